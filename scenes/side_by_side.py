"""Tangency side by side (ESL Fig. 3.11): the L1 diamond and the L2 circle, one loss.

Both balls at the same scale and origin, the same loss on both: a family of nested
contours with their levels around c, the unregularised (least-squares) fit.  One
highlighted contour grows from c; the first point where it touches a ball is that ball's
optimum: on the L2 circle's round edge first, then, at a higher level, on a corner of
the L1 diamond, where a coefficient is exactly 0.  Then the loss turns once around the
origin, keeping its shape (``mathcore.orbit``), for ``TURN_SECONDS``: both optima follow
on every frame, the L1 optimum sitting on corners for long stretches while the L2 optimum
glides, and two counters show the share of the elapsed time each optimum has spent with a
coefficient exactly 0, measured by mathcore on this very turn (``zero_share``).

``l1.py`` and ``l2.py`` render this video focused on their ball (title and recap);
``normviz render side_by_side`` renders it without a focus.  Every number and position
comes from mathcore; two trackers (the level, then the turn) drive the only updaters.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    UP,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    Flash,
    GrowFromCenter,
    VGroup,
    Write,
    linear,
)

from mathcore import QuadraticLoss, ellipse_half_extent, solve_constrained, unit_ellipse
from mathcore.orbit import LossOrbit, zero_share
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import LiveLine
from scenes.strings import text

NORMS = ("l1", "l2")
#: How long the loss takes to turn once (s).
TURN_SECONDS = 20.0
#: Width of the text column between the two planes.
MIDDLE_WIDTH = 3.1
#: Height of a line of text above or below a plane.
LINE_BAND = 0.45
#: Room around the balls, the centre's circle and the contours, as a share of their reach.
MARGIN = 0.05
#: The family of contours: levels from a 1-2-5 series, none within this share of a touch.
FAMILY_SIZE, FAMILY_CLEARANCE = 5, 0.2
#: What a counter shows before the turn starts (no time has passed to share out).
NOT_YET = "–"
#: Extra time on the two optima and on the recap, beyond the reading time (s).
TOUCH_HOLD_SECONDS, RECAP_EXTRA_SECONDS = 2.0, 2.0
#: Stroke opacity of the family of contours (dimmer than the highlighted one).
FAMILY_OPACITY = 0.35


def family_levels(touches: list[float], reach: float) -> list[float]:
    """Up to ``FAMILY_SIZE`` round levels (1-2-5 series) between a quarter of the lower
    touch level and ``reach``, none within ``FAMILY_CLEARANCE`` of a touch level."""
    low = 0.25 * min(level for level in touches if level > 0.0) if any(touches) else reach / 20
    series = [m * 10.0**k for k in range(-3, 6) for m in (1.0, 2.0, 5.0)]
    chosen = [level for level in series if low <= level <= reach
              and all(abs(level - touch) > FAMILY_CLEARANCE * touch for touch in touches)]
    step = max(1, int(np.ceil(len(chosen) / FAMILY_SIZE)))
    return chosen[::step][:FAMILY_SIZE]


def level_text(level: float) -> str:
    return f"{level:g}"


class SideBySide(NormvizScene):
    """L1 and L2 optima of one loss, side by side: first touch, then a full turn."""

    focus: str | None = None
    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX
    radius: float = defaults.RADIUS

    def construct(self) -> None:
        self.solve_problem()
        self.build_planes()
        self.tell_story()

    # -- numbers -------------------------------------------------------------------------
    def solve_problem(self) -> None:
        """Both optima of the loss, the turn and mathcore's measure of its zeros."""
        self.loss = QuadraticLoss.create(self.center, self.matrix)
        self.solutions = {norm: solve_constrained(self.loss, norm, self.radius)
                          for norm in NORMS}
        # clockwise: from the default loss the L1 optimum then stays on its corner first
        self.orbit = LossOrbit(self.loss, clockwise=True)
        self.zeros = {norm: zero_share(self.orbit, norm, self.radius) for norm in NORMS}
        self.show("solutions", {norm: s.as_dict() for norm, s in self.solutions.items()})
        self.show("turn", {"seconds": TURN_SECONDS,
                           **{norm: z.as_dict() for norm, z in self.zeros.items()}})

    # -- mobjects ------------------------------------------------------------------------
    def build_planes(self) -> None:
        """Two planes with the same data box: balls, family, contour, c, optimum, texts."""
        title_key = f"sbs_title_{self.focus or 'pair'}"
        self.title = pieces.title(text(title_key, self.lang))
        left, self.middle, right = layout.flanking_squares(
            MIDDLE_WIDTH, below=3 * LINE_BAND)
        touches = [self.solutions[norm].loss for norm in NORMS]
        # the box holds both balls, the circle c travels on and both touching contours as
        # first drawn (while the loss turns, a contour may leave it and is cut at its edge)
        reach = max(float(np.max(np.abs(self.loss.center) + ellipse_half_extent(
            self.loss, level))) for level in touches)
        half = max(self.radius, float(np.linalg.norm(self.loss.center)), reach) * (1 + MARGIN)
        self.levels = family_levels(touches, float(max(touches) * 4))
        self.sides = {norm: self.build_side(norm, column, half)
                      for norm, column in zip(NORMS, (left, right), strict=True)}
        self.level = self.tracker("level", 0.0)
        self.turn = self.tracker("turn", 0.0)
        self.build_middle()

    def build_side(self, norm: str, column: layout.Region, half: float) -> dict:
        """One plane: header above; ball, family, growing contour, c and optimum; the
        optimum's read-out and its zero note, then the zero-time counter, below."""
        header_band, column = column.split_top(LINE_BAND)
        square, below = column.split_bottom(2 * LINE_BAND)
        readout_band, counter_band = below.split_top(LINE_BAND)
        square = square.shrink(right=layout.AXIS_NAME_ROOM, top=layout.AXIS_NAME_ROOM)
        axes = self.plane(norm, pieces.fit_axes(np.array([-half, -half]),
                                                np.array([half, half]),
                                                square.width, square.height))
        square.place(axes)
        color = theme.NORM_COLORS[norm]
        header = header_band.place(pieces.fit_into(pieces.label(
            text(f"sbs_header_{norm}", self.lang, radius=pieces.format_number(self.radius)),
            theme.BODY_SIZE, color), header_band.width))
        family = VGroup(*[pieces.LossContour(axes, self.loss, level, clip_to_axes=True)
                          .set_stroke(width=2, opacity=FAMILY_OPACITY) for level in self.levels])
        family_tags = VGroup(*[self.level_tag(axes, level) for level in self.levels])
        solution = self.solutions[norm]
        readout = LiveLine(text("sbs_optimum", self.lang),
                           [pieces.format_coefficient(x) for x in solution.beta],
                           theme.SMALL_SIZE, color)
        readout_band.place(readout)
        zero_note = counter_band.place(pieces.label(
            self.zero_note(norm, solution), theme.SMALL_SIZE,
            theme.ZERO_COLOR if solution.zeros else color))
        # sized for its widest reading, "100", to fit under its plane
        widest = LiveLine(text("sbs_counter", self.lang), ["100"], theme.SMALL_SIZE, color)
        size = theme.SMALL_SIZE * min(1.0, counter_band.width / widest.width)
        counter = LiveLine(text("sbs_counter", self.lang), [NOT_YET], size, color)
        counter_band.place(counter)
        center_dot = Dot(axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                                color=theme.LOSS_COLOR)
        center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                  theme.LOSS_COLOR).next_to(center_dot, UP, buff=0.08)
        return {
            "axes": axes, "header": header, "names": pieces.axis_labels(
                axes, text("axis_x", self.lang), text("axis_y", self.lang)),
            "ball": pieces.BallOutline(axes, norm, self.radius), "family": family,
            "family_tags": family_tags,
            "contour": pieces.LossContour(axes, self.loss, 0.0, clip_to_axes=True),
            "center": center_dot, "center_tag": center_tag,
            "dot": Dot(axes.c2p(*solution.beta), radius=theme.DOT_RADIUS,
                       color=pieces.optimum_color(solution.beta)),
            "readout": readout, "zero_note": zero_note, "counter": counter,
        }

    def level_tag(self, axes, level: float):
        """The level's number just above the top of its contour (none outside the box)."""
        ring = self.loss.center + np.sqrt(level) * unit_ellipse(self.loss, 240)
        top = ring[int(np.argmax(ring[:, 1]))]
        tag = pieces.label(level_text(level), theme.SMALL_SIZE * 0.8, theme.MUTED_TEXT_COLOR)
        if np.any(np.abs(top) > axes.x_range[1]):
            return tag.set_opacity(0.0)
        return tag.next_to(axes.c2p(*top), UP, buff=0.04)

    def zero_note(self, norm: str, solution) -> str:
        """Which coefficients are exactly 0; or that c is its own optimum; or that none is."""
        if solution.zeros:
            return ", ".join(text("zero_coefficient", self.lang, index=pieces.subscript(i + 1))
                             for i in solution.zeros) + text("sbs_exactly", self.lang)
        if solution.face == "interior":
            return text("sbs_inside", self.lang)
        return text(f"sbs_no_zero_{norm}", self.lang)

    def build_middle(self) -> None:
        """The column between the planes: what is drawn, then what moves."""
        def paragraph(key: str, **fields: object):
            return pieces.fit_into(pieces.label(text(key, self.lang, **fields),
                                                theme.SMALL_SIZE), self.middle.width)
        self.explain_loss = paragraph("sbs_same_loss", center=", ".join(
            pieces.format_number(x) for x in self.loss.center))
        self.explain_grow = paragraph("sbs_grow")
        self.explain_turn = paragraph("sbs_turn")
        shares = {norm: f"{100 * self.zeros[norm].share:.0f}" for norm in NORMS}
        self.recap = paragraph(f"sbs_recap_{self.focus or 'pair'}", **shares)
        stack = VGroup(self.explain_loss, self.explain_grow).arrange(DOWN, buff=0.4,
                                                                     aligned_edge=LEFT)
        stack.move_to(self.middle.center).align_to([0, self.middle.top - 0.3, 0], UP)
        for late in (self.explain_turn, self.recap):
            late.move_to(self.middle.center).align_to([0, self.middle.top - 0.3, 0], UP)
        self.show("recap_shares_percent", shares)

    # -- the two updaters ----------------------------------------------------------------
    def grow(self) -> None:
        """The highlighted contour of each side at the tracked level, stopped at its touch."""
        level = self.level.get_value()
        for norm, side in self.sides.items():
            side["contour"].show(level=min(level, self.solutions[norm].loss))

    def follow_turn(self) -> None:
        """The loss at the tracked turn: contours, c, optima, read-outs, zero-time counters."""
        s = self.turn.get_value()
        loss = self.orbit.loss_at(s)
        for norm, side in self.sides.items():
            solution = solve_constrained(loss, norm, self.radius)
            axes = side["axes"]
            side["contour"].show(loss, solution.loss)
            side["center"].move_to(axes.c2p(*loss.center))
            side["center_tag"].next_to(side["center"], UP, buff=0.08)
            side["dot"].move_to(axes.c2p(*solution.beta)).set_color(
                pieces.optimum_color(solution.beta))  # the key: green with an exact 0
            side["readout"].set_fields(*(pieces.format_coefficient(x) for x in solution.beta))
            side["counter"].set_fields(
                f"{100 * self.zeros[norm].share_until(s):.0f}" if s > 0 else NOT_YET)

    # -- storyboard ----------------------------------------------------------------------
    def part(self, key: str) -> list:
        return [side[key] for side in self.sides.values()]

    def tell_story(self) -> None:
        self.beat("sbs_problem")
        self.play(Write(self.title), *[Create(m) for m in self.part("axes")],
                  *[FadeIn(m) for m in (*self.part("names"), *self.part("header"))],
                  run_time=1.5)
        self.play(*[Create(m) for m in self.part("ball")],
                  *[Create(m) for m in self.part("family")],
                  *[FadeIn(m) for m in (*self.part("family_tags"), *self.part("center"),
                                        *self.part("center_tag"))],
                  FadeIn(self.explain_loss), run_time=2.0)
        self.read(self.explain_loss.original_text)

        self.beat("sbs_grow")
        growing = self.drive(self.grow, *self.part("contour"))
        self.play(FadeIn(self.explain_grow), run_time=0.8)
        self.wait(1.0)  # the caption is read while the contour grows
        for norm in sorted(NORMS, key=lambda n: self.solutions[n].loss):
            target = self.solutions[norm].loss
            seconds = 1.5 + 2.0 * np.sqrt(target / max(s.loss for s in self.solutions.values()))
            self.play(self.level.animate.set_value(target), run_time=seconds, rate_func=linear)
            side = self.sides[norm]
            self.play(GrowFromCenter(side["dot"]),
                      Flash(side["dot"], color=side["dot"].get_color(), flash_radius=0.3),
                      run_time=0.8)
        self.stop_driving(growing, self.grow)

        corner = bool(self.solutions["l1"].zeros) and not self.solutions["l2"].zeros
        self.beat("sbs_touch_corner" if corner else "sbs_touch")
        self.play(*[FadeIn(m) for m in (*self.part("readout"), *self.part("zero_note"))],
                  run_time=1.0)
        self.read(*[m.original_text for m in self.part("zero_note")])
        self.wait(TOUCH_HOLD_SECONDS)

        self.beat("sbs_turn_stick" if self.zeros["l1"].share > self.zeros["l2"].share
                  else "sbs_turn")
        self.play(*[FadeOut(m) for m in (*self.part("family"), *self.part("family_tags"),
                                         *self.part("zero_note"), self.explain_loss,
                                         self.explain_grow)], run_time=0.8)
        self.play(FadeIn(self.explain_turn), *[FadeIn(m) for m in self.part("counter")],
                  run_time=0.8)
        turning = self.drive(self.follow_turn, *self.part("contour"), *self.part("center"),
                             *self.part("center_tag"), *self.part("dot"),
                             *self.part("readout"), *self.part("counter"))
        self.play(self.turn.animate.set_value(1.0), run_time=TURN_SECONDS, rate_func=linear)
        self.stop_driving(turning, self.follow_turn)

        self.beat("sbs_recap", **{norm: f"{100 * self.zeros[norm].share:.0f}"
                                  for norm in NORMS})
        self.play(FadeOut(self.explain_turn), FadeIn(self.recap), run_time=0.8)
        self.read(self.recap.original_text)
        self.wait(RECAP_EXTRA_SECONDS)
