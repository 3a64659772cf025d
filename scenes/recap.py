"""The lesson's closing recap: L1 against L2, one row per question the lesson answered.

Rows (the note's claims): the ball's shape, where the loss's contour first touches it,
whether the optimum has exact zeros, stability under minibatches, the regression's name,
and when to use it.  Each row appears in its own beat, with its subtitle; the table ends
whole on screen.

Render: ``manim render scenes/recap.py``.
"""

from __future__ import annotations

from manim import DOWN, LEFT, UP, FadeIn, Line, VGroup, Write

from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text

ROWS = ("shape", "touch", "zeros", "stability", "name", "use")
#: Width of the question column, as a share of the table's.
QUESTION_SHARE = 0.24
ROW_GAP = 0.22


class LessonRecap(NormvizScene):
    """The recap table, row by row."""

    def construct(self) -> None:
        self.title = pieces.title(text("recap_title", self.lang))
        stage = layout.stage()
        question_width = QUESTION_SHARE * stage.width
        answer_width = (stage.width - question_width - 2 * layout.GUTTER) / 2
        self.columns = [stage.left, stage.left + question_width + layout.GUTTER,
                        stage.left + question_width + answer_width + 2 * layout.GUTTER]
        widths = [question_width, answer_width, answer_width]
        self.header = VGroup(*[
            pieces.label(text(key, self.lang), theme.BODY_SIZE, color)
            for key, color in (("recap_question", theme.MUTED_TEXT_COLOR),
                               ("recap_l1", theme.L1_COLOR), ("recap_l2", theme.L2_COLOR))])
        self.rows = VGroup()
        for row in ROWS:
            cells = [pieces.label(text(f"recap_{row}", self.lang), theme.SMALL_SIZE,
                                  theme.MUTED_TEXT_COLOR),
                     pieces.label(text(f"recap_{row}_l1", self.lang), theme.SMALL_SIZE,
                                  theme.TEXT_COLOR),
                     pieces.label(text(f"recap_{row}_l2", self.lang), theme.SMALL_SIZE,
                                  theme.TEXT_COLOR)]
            for cell, width in zip(cells, widths, strict=True):
                pieces.fit_into(cell, width)
            self.rows.add(VGroup(*cells))
        for cell, width in zip(self.header, widths, strict=True):
            pieces.fit_into(cell, width)
        self.place_table(stage)
        rule = Line([stage.left, 0, 0], [stage.right, 0, 0], color=theme.AXES_COLOR,
                    stroke_width=theme.AXES_STROKE)
        rule.next_to(self.header, DOWN, buff=ROW_GAP / 2).set_x(stage.center[0])
        self.beat("recap_start")
        self.play(Write(self.title), FadeIn(self.header), FadeIn(rule), run_time=1.2)
        for row, cells in zip(ROWS, self.rows, strict=True):
            self.beat(f"recap_{row}")
            self.play(FadeIn(cells, shift=0.1 * UP), run_time=0.6)
            self.read(*[cell.original_text for cell in cells[1:]])

    def place_table(self, stage: layout.Region) -> None:
        """Header and rows stacked from the top of the stage, each cell at its column."""
        top = stage.top
        for line in [self.header, *self.rows]:
            height = max(cell.height for cell in line)
            for cell, left in zip(line, self.columns, strict=True):
                cell.align_to([left, 0, 0], LEFT).align_to([0, top, 0], UP)
            top -= height + ROW_GAP
        table = VGroup(self.header, self.rows)
        if table.get_bottom()[1] < stage.bottom:
            table.scale_to_fit_height(stage.top - stage.bottom).align_to([0, stage.top, 0], UP)
