"""The lesson's title card and its colour key, shown once before the first video.

The key is the theme's (``theme.COLOR_KEY``): every later video uses these colours with
these meanings and no other, so the viewer learns them here once.  Beside the key, the
lesson's example in miniature (``scenes.defaults``: the loss with centre c = (3, 1),
touching the L1 diamond and the L2 circle of radius 2, solved by ``mathcore``): each
meaning, as its row appears, is drawn in the picture in its colour (the diamond, the
circle, the loss's centre c, named, and its contour growing until it first touches each
ball, the optimum on the circle, the exact 0 at the diamond's corner, and shaded green the
centres c whose L1 optimum has an exact 0 for this loss's shape: the wedges beyond the
diamond's tips, ``mathcore.catchment``, opening out of the tips to the plane's edge, then
the example's c, inside one, pointed at), so the colours are seen at work
before they are used.  One beat per row of the key, each with its own subtitle
(``title_<meaning>``), so that no cue outlasts what it describes.  A last line says that
any other colour has no fixed meaning and is named where it is drawn: the full-data star
(white, scenes/stability.py), least squares (magenta, ols_ridge.py), the proximal iterate
(light orange, sgd.py), a ball neither L1 nor L2 (ivory, lp_family.py) and the penalised
objective (chartreuse, bridge.py) are each drawn in one video only, and the features'
colours (``theme.FEATURE_PALETTE``) are the colours of their names.

Trackers: ``grow`` (the contour's level as a share of each ball's touching level),
``wedges`` (each green wedge drawn scaled by it about its tip).

Render: ``manim render scenes/title.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Create,
    Dot,
    FadeIn,
    Indicate,
    Polygon,
    Square,
    VGroup,
    config,
)

from mathcore import QuadraticLoss, ellipse_half_extent, solve_constrained
from mathcore.catchment import catchment_regions
from scenes import defaults, layout, pieces, theme
from scenes.base import STILL_SECONDS, NormvizScene
from scenes.strings import text

SWATCH = 0.32
#: Share of the stage's width the key takes; the two miniatures, side by side, the rest.
KEY_SHARE = 0.5
#: Room around c and the touching contours in the miniature planes (data units).
MARGIN = 0.5
#: Room beyond each tip of the balls in the miniature planes, as a share of the radius
#: (where the green wedges of the tips show; the contours are cut at the plane's edge).
TIP_ROOM = 0.4
#: Room (manim units) right of and above each miniature plane for its axis names, and
#: between the two planes.
NAME_ROOM, PLANE_GAP = 0.45, 0.4
#: Between c's dot and its name above it (manim units; the dot's rim stays clear).
TAG_GAP = 0.12
#: The fill of the green wedges (the centres whose L1 optimum has an exact 0).
ZONE_OPACITY = 0.5
#: The fade-in of the key's heading (s).
HEADING_FADE = 1.0
#: The green row: the wedges open out from their tips, then c, inside one, is pointed at (s).
WEDGE_GROW, CENTRE_POINT = 1.5, 1.0
#: Each row of the key is held at least this long (seconds) before the next appears.
KEY_HOLD = 3.0
#: Room left between the key's last line and the subtitles' strip.
KEY_FOOT = 0.15


class LessonTitle(NormvizScene):
    """Title, what the lesson shows, the colour key and the example it colours."""

    def construct(self) -> None:
        self.grow = self.tracker("grow", 0.0)
        self.wedges = self.tracker("wedges", 0.0)
        self.title = pieces.title(text("lesson_title", self.lang))
        stage = layout.stage()
        self.promise = pieces.fit_into(pieces.label(text("lesson_promise", self.lang),
                                                    theme.BODY_SIZE, theme.MUTED_TEXT_COLOR),
                                       stage.width)
        self.promise.next_to(self.title, DOWN, buff=0.5)
        room = layout.Region(stage.left, stage.right, stage.bottom + KEY_FOOT,
                             self.promise.get_bottom()[1] - 0.4)
        key_room, picture_room = room.split_left(KEY_SHARE * room.width)
        self.build_key(key_room)
        self.build_miniature(picture_room)
        # the wedges, shut at their tips, lie first in the scene: while they open every
        # later mobject is redrawn with them, in z order, so they stay under the picture
        self.follow_wedges()
        self.add(self.zones)
        self.beat("title_start")
        # the question with its picture: both balls and the loss growing until it touches;
        # the title fades in whole (a Write would show half-drawn letters meanwhile)
        self.play(FadeIn(self.title), *[anim for norm in ("l1", "l2")
                                       for anim in self.drawing(norm)], run_time=1.2)
        self.play(FadeIn(self.promise, shift=0.1 * UP), *self.drawing("loss"), run_time=0.8)
        self.grow_contours()
        self.beat("title_key")
        self.play(FadeIn(self.heading), run_time=HEADING_FADE)
        for (name, _), row in zip(theme.COLOR_KEY, self.key, strict=True):
            self.beat(f"title_{name}")  # the subtitle reads the row out
            start = self.time
            moves = self.drawing(name) if name in ("optimum", "zero") else []
            self.play(FadeIn(row, shift=0.1 * RIGHT), *moves, run_time=0.8)
            if name == "zero":
                self.open_wedges()
            self.hold_key(start)
        self.beat("title_others")  # every other colour: named where it is drawn
        start = self.time
        self.play(FadeIn(self.others, shift=0.1 * RIGHT), run_time=0.8)
        self.hold_key(start)

    def hold_key(self, start: float) -> None:
        """Hold until ``KEY_HOLD`` seconds after ``start``, one frame more (manim turns a
        wait into whole frames, rounding down)."""
        self.wait(max(0.0, KEY_HOLD - (self.time - start)) + 1 / config.frame_rate)

    # -- the key -------------------------------------------------------------------------
    def build_key(self, room: layout.Region) -> None:
        self.key = VGroup(*[self.key_row(name, color) for name, color in theme.COLOR_KEY])
        self.key.arrange(DOWN, aligned_edge=LEFT, buff=0.28)
        self.heading = pieces.label(text("key_heading", self.lang), theme.BODY_SIZE)
        self.others = pieces.label(text("key_others", self.lang), theme.BODY_SIZE,
                                   theme.MUTED_TEXT_COLOR)
        self.key_block = VGroup(self.heading, self.key, self.others).arrange(
            DOWN, aligned_edge=LEFT, buff=0.35)
        pieces.fit_into(self.key_block, room.width)
        if self.key_block.height > room.height:
            self.key_block.scale_to_fit_height(room.height)
        room.place(self.key_block)

    def key_row(self, name: str, color: str) -> VGroup:
        """A swatch in the meaning's colour and what it means."""
        if name in ("optimum", "zero"):
            swatch = Dot(radius=SWATCH / 2, color=color)
        else:
            swatch = Square(side_length=SWATCH, stroke_color=color, stroke_width=theme.BALL_STROKE,
                            fill_color=color, fill_opacity=0.18)
        words = pieces.label(text(f"key_{name}", self.lang), theme.BODY_SIZE, color)
        return VGroup(swatch, words).arrange(RIGHT, buff=0.3)

    # -- the miniature -------------------------------------------------------------------
    def build_miniature(self, room: layout.Region) -> None:
        """The example loss on each ball, the two planes side by side."""
        self.loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        self.mini = {}
        solutions = {norm: solve_constrained(self.loss, norm, defaults.RADIUS)
                     for norm in ("l1", "l2")}
        columns = room.columns(2, PLANE_GAP)
        size = np.array([columns[0].width, columns[0].height]) - NAME_ROOM
        lower, upper = self.picture_box(solutions, size)
        for norm, part in zip(("l1", "l2"), columns, strict=True):
            solution = solutions[norm]
            axes = self.plane(norm, pieces.fit_axes(lower, upper, *size))
            part.place(axes)
            axes.shift(NAME_ROOM / 2 * (LEFT + DOWN))  # the room right of and above it
            self.mini[norm] = {
                "axes": axes, "solution": solution, "names": self.axis_names(axes),
                "ball": pieces.BallOutline(axes, norm, defaults.RADIUS),
                "centre": Dot(axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                              color=theme.LOSS_COLOR),
                "centre_tag": pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                           theme.LOSS_COLOR),
                "contour": pieces.LossContour(axes, self.loss, 0.0, clip_to_axes=True),
                "optimum": Dot(axes.c2p(*solution.beta), radius=theme.DOT_RADIUS,
                               color=pieces.optimum_color(solution.beta))}
        for part in self.mini.values():  # c's name above its dot, inside the touching contour
            part["centre_tag"].next_to(part["centre"], UP, buff=TAG_GAP)
        self.zones = self.zero_zones(lower, upper)
        self.show("miniature", {norm: {"optimum": part["solution"].beta.tolist(),
                                       "level": part["solution"].loss}
                                for norm, part in self.mini.items()})

    def zero_zones(self, lower: np.ndarray, upper: np.ndarray) -> VGroup:
        """The L1 miniature's green wedges: the centres c whose L1 optimum is a tip of
        the diamond (an exact 0) for the example's loss shape (``mathcore.catchment``, cut
        at the picture's box only, so that c lies well inside its wedge); drawn under the
        ball and the contour."""
        axes = self.mini["l1"]["axes"]
        box = (lower[0], upper[0], lower[1], upper[1])
        corners = [r for r in catchment_regions(self.loss.matrix, defaults.RADIUS, box)
                   if r.face == "corner"]
        assert any(r.contains(self.loss.center) for r in corners)  # why c's optimum is a tip
        self.show("zero_zones", [r.polygon.tolist() for r in corners])
        # each wedge opens out from its tip, the diamond's vertex: its point of least L1 norm
        self.tips = [r.polygon[np.argmin(np.abs(r.polygon).sum(axis=1))] for r in corners]
        assert np.allclose([np.abs(tip).sum() for tip in self.tips], defaults.RADIUS)
        self.wedge_shapes = [r.polygon for r in corners]
        return VGroup(*[Polygon(*axes.c2p(r.polygon),
                                stroke_width=0, fill_color=theme.ZERO_COLOR,
                                fill_opacity=ZONE_OPACITY)
                        for r in corners]).set_z_index(-1)

    def axis_names(self, axes) -> VGroup:
        """beta1 right of the x axis' end (above it the loss's contour may pass), beta2 right
        of the y axis' top end."""
        names = pieces.axis_labels(axes, text("axis_x", self.lang), text("axis_y", self.lang))
        names[0].next_to(axes.x_axis.get_end(), RIGHT, buff=0.1)
        return names

    def picture_box(self, solutions: dict, size: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The data box both miniatures share: the balls with ``TIP_ROOM`` beyond each tip
        (room for the wedges there) and c, with ``MARGIN``; then, along the axis with room
        to spare in a plane of ``size`` (manim units), as much more of the touching
        contours (their bounding box, ``mathcore.ellipse_half_extent``) as fits at that
        scale.  The contours are cut at its edge."""
        reach = np.full(2, (1.0 + TIP_ROOM) * defaults.RADIUS)
        lower = np.minimum(-reach, self.loss.center - MARGIN)
        upper = np.maximum(reach, self.loss.center + MARGIN)
        half = np.max([ellipse_half_extent(self.loss, s.loss) for s in solutions.values()], 0)
        unit = np.min(size / (upper - lower))
        spare = size / unit - (upper - lower)  # data units left over along each axis
        wanted_low = np.clip(lower - (self.loss.center - half - MARGIN), 0.0, None)
        more_low = np.minimum(wanted_low, spare)
        more_high = np.minimum(np.clip(self.loss.center + half + MARGIN - upper, 0.0, None),
                               spare - more_low)
        return lower - more_low, upper + more_high

    def drawing(self, name: str) -> list:
        """The animations that draw the meaning ``name`` in the miniature."""
        l1, l2 = self.mini["l1"], self.mini["l2"]
        if name in ("l1", "l2"):
            part = self.mini[name]
            return [Create(part["axes"]), FadeIn(part["names"]), Create(part["ball"])]
        if name == "loss":
            return [FadeIn(part[key]) for part in (l1, l2) for key in ("centre", "centre_tag")]
        if name == "optimum":  # the yellow touch
            return [FadeIn(l2["optimum"], scale=0.5)]
        # the green corner (then open_wedges: the centres whose optimum has an exact 0)
        return [FadeIn(l1["optimum"], scale=0.5)]

    def follow_wedges(self) -> None:
        """Each wedge W drawn as tip + s (W - tip), s = ``wedges``: it opens out of its tip."""
        share, axes = self.wedges.get_value(), self.mini["l1"]["axes"]
        for wedge, shape, tip in zip(self.zones, self.wedge_shapes, self.tips, strict=True):
            corners = axes.c2p(tip + share * (shape - tip))
            wedge.set_points_as_corners([*corners, corners[0]])

    def open_wedges(self) -> None:
        """The green wedges grow out of the diamond's tips to the plane's edge; then c,
        which lies inside one (``zero_zones``), is pointed at; the growth takes what the
        subtitle's reading leaves (at least ``WEDGE_GROW``), so the row never stands still
        while it is read."""
        self.zones.add_updater(lambda _zones: self.follow_wedges())
        self.play(self.wedges.animate.set_value(1.0),
                  run_time=max(WEDGE_GROW, self.read_left() - CENTRE_POINT - STILL_SECONDS))
        self.stop_driving(self.zones, self.follow_wedges)
        l1 = self.mini["l1"]
        self.play(Indicate(VGroup(l1["centre"], l1["centre_tag"]), color=theme.LOSS_COLOR),
                  run_time=CENTRE_POINT)

    def follow_growth(self) -> None:
        """The one updater: each contour at ``grow`` times its ball's touching level."""
        for part in self.mini.values():
            part["contour"].show(level=self.grow.get_value() * part["solution"].loss)

    def grow_contours(self) -> None:
        """The loss's contours grow from c until they first touch each ball."""
        contours = [part["contour"] for part in self.mini.values()]
        driven = self.drive(self.follow_growth, *contours)
        self.play(self.grow.animate.set_value(1.0), run_time=2.5)
        self.stop_driving(driven, self.follow_growth)
