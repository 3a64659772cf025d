"""The lesson's title card and its colour key, shown once before the first video.

The key is the theme's (``theme.COLOR_KEY``): every later video uses these colours with
these meanings and no other, so the viewer learns them here once.

Render: ``manim render scenes/title.py``.
"""

from __future__ import annotations

from manim import DOWN, LEFT, RIGHT, UP, Dot, FadeIn, Square, VGroup, Write

from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

SWATCH = 0.32


class LessonTitle(NormvizScene):
    """Title, what the lesson shows, and the colour key."""

    def construct(self) -> None:
        self.title = pieces.title(text("lesson_title", self.lang))
        stage = layout.stage()
        self.promise = pieces.fit_into(pieces.label(text("lesson_promise", self.lang),
                                                    theme.BODY_SIZE, theme.MUTED_TEXT_COLOR),
                                       stage.width)
        self.promise.next_to(self.title, DOWN, buff=0.5)
        self.key = VGroup(*[self.key_row(name, color) for name, color in theme.COLOR_KEY])
        self.key.arrange(DOWN, aligned_edge=LEFT, buff=0.28)
        heading = pieces.label(text("key_heading", self.lang), theme.BODY_SIZE)
        self.key_block = VGroup(heading, self.key).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        room = layout.Region(stage.left, stage.right, stage.bottom,
                             self.promise.get_bottom()[1] - 0.4)
        pieces.fit_into(self.key_block, room.width)
        if self.key_block.height > room.height:
            self.key_block.scale_to_fit_height(room.height)
        room.place(self.key_block)
        self.beat("title_start")
        self.play(Write(self.title), run_time=1.2)
        self.play(FadeIn(self.promise, shift=0.1 * UP), run_time=0.8)
        self.beat("title_key")
        self.play(FadeIn(heading), run_time=0.5)
        for row in self.key:
            self.play(FadeIn(row, shift=0.1 * RIGHT), run_time=0.5)
        self.read(*[row[1].original_text for row in self.key])

    def key_row(self, name: str, color: str) -> VGroup:
        """A swatch in the meaning's colour and what it means."""
        if name in ("optimum", "zero"):
            swatch = Dot(radius=SWATCH / 2, color=color)
        else:
            swatch = Square(side_length=SWATCH, stroke_color=color, stroke_width=theme.BALL_STROKE,
                            fill_color=color, fill_opacity=0.18)
        words = pieces.label(text(f"key_{name}", self.lang), theme.BODY_SIZE, color)
        return VGroup(swatch, words).arrange(RIGHT, buff=0.3)
