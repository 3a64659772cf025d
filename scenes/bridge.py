"""From a budget to a penalty: where lasso's exact zeros come from, in one dimension.

Left: for an input v, the penalised objectives ``(b - v)^2 + lam |b|`` (L1) and
``(b - v)^2 + lam b^2`` (L2) over b, with the loss ``(b - v)^2`` alone, and each
objective's minimiser on its curve.  Right: the minimiser against v, drawn as v sweeps
(``mathcore.penalty_form.scalar_minimizer``): L1's stays at exactly 0 while
|v| <= lam / 2 (``zero_zone``), where the objective's corner at 0 is its lowest point;
L2's is v / (1 + lam), never 0.  This map is the proximal step (soft-thresholding) of
lasso solvers, named only after it is seen.

Then in two dimensions: the constrained optimum at the budget t and the penalised optimum
at the penalty mathcore reads off the constraint's multiplier
(``penalty_for_budget``; t = 2 <-> lam = 5 for the default loss's L1 ball) are drawn
together: the same point, computed two independent ways.

Tracker: ``v`` (the 1-D input).

Render: ``manim render scenes/bridge.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Circle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Line,
    VGroup,
    VMobject,
    Write,
    linear,
)

from mathcore import QuadraticLoss, solve_constrained
from mathcore.penalty_form import (
    penalised_optimum,
    penalty_for_budget,
    scalar_minimizer,
    zero_zone,
)
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import text

LAMBDA = 1.0
SPAN = 3.0
OBJECTIVE_TOP = 6.0
SAMPLES = 601
SWEEP_SECONDS, ZONE_V = 10.0, 0.45
#: The minimisers' dots on the objectives: small enough to stay apart inside L1's zone.
MINIMUM_DOT = 0.06
RING_RADIUS, RING_STROKE = 0.17, 3
NORMS = ("l1", "l2")
#: Room left of and under a plane for its tick numbers.
NUMBER_ROOM = 0.35
PENALTY_SYMBOL = {"l1": "‖β‖₁", "l2": "‖β‖₂²"}


def objective(norm: str, v: float, b: np.ndarray) -> np.ndarray:
    """``(b - v)^2 + LAMBDA P(b)``: the 1-D penalised objective."""
    penalty = np.abs(b) if norm == "l1" else np.square(b)
    return np.square(b - v) + LAMBDA * penalty


class ConstraintToPenalty(NormvizScene):
    """The 1-D penalised minimisers as v slides, then budget = penalty in 2-D."""

    def construct(self) -> None:
        self.v = self.tracker("v", -SPAN)
        self.title = pieces.title(text("bridge_title", self.lang))
        self.build_panels()
        self.show("lambda", LAMBDA)
        self.show("zero_zone", zero_zone(LAMBDA))
        self.tell_1d()
        self.tell_2d()

    # -- one dimension -------------------------------------------------------------------
    def build_panels(self) -> None:
        left, right = layout.two_columns(caption_lines=2)
        self.curve_axes = self.panel_axes("objective", left, (0.0, OBJECTIVE_TOP),
                                          text("bridge_objective", self.lang, lam=f"{LAMBDA:g}"),
                                          ("β", ""))
        self.map_axes = self.panel_axes("minimiser", right, (-SPAN, SPAN),
                                        text("bridge_map", self.lang), ("v", "β*"))
        self.bs = np.linspace(-SPAN, SPAN, SAMPLES)
        self.objectives = {name: VMobject(color=color, stroke_width=width)
                           for name, color, width in (
                               ("loss", theme.LOSS_COLOR, 2), ("l1", theme.L1_COLOR, 4),
                               ("l2", theme.L2_COLOR, 4))}
        lam = f"{LAMBDA:g}"
        self.legend = VGroup(*[pieces.label(text(f"bridge_key_{name}", self.lang, lam=lam),
                                            theme.SMALL_SIZE, color)
                               for name, color in (("l1", theme.L1_COLOR), ("l2", theme.L2_COLOR),
                                                   ("loss", theme.LOSS_COLOR))])
        self.legend.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        room = left.right - self.curve_axes.get_right()[0] - layout.AXIS_NAME_ROOM
        pieces.fit_into(self.legend, room)
        self.legend.next_to(self.curve_axes, RIGHT, buff=layout.AXIS_NAME_ROOM,
                            aligned_edge=UP)
        self.minima = {norm: Dot(radius=MINIMUM_DOT) for norm in NORMS}
        vs = np.linspace(-SPAN, SPAN, SAMPLES)
        self.traces = {norm: pieces.CurveReveal(
            self.map_axes.c2p(np.column_stack([vs, scalar_minimizer(vs, LAMBDA, norm)])), vs,
            increasing=True, color=theme.NORM_COLORS[norm], stroke_width=theme.PATH_STROKE)
            for norm in NORMS}
        self.movers = {norm: Dot(radius=theme.DOT_RADIUS * 0.8, color=theme.NORM_COLORS[norm])
                       for norm in NORMS}
        self.identity = DashedLine(self.map_axes.c2p(-SPAN, -SPAN), self.map_axes.c2p(SPAN, SPAN),
                                   color=theme.MUTED_TEXT_COLOR, stroke_width=1.5)
        half = zero_zone(LAMBDA)
        self.zone = Line(self.map_axes.c2p(-half, 0), self.map_axes.c2p(half, 0),
                         color=theme.ZERO_COLOR, stroke_width=8)
        band = layout.caption_band(2)
        self.readout = LiveLine(text("bridge_readout", self.lang, v=FIELD, l1=FIELD, l2=FIELD),
                                ["+3.00", "-0.000", "-0.000"], theme.BODY_SIZE)
        self.readout.move_to(band.center).align_to([0.0, band.top, 0.0], UP)
        self.zone_note = pieces.fit_into(pieces.label(
            text("bridge_zone_note", self.lang, half=f"{half:g}", lam=f"{LAMBDA:g}"),
            theme.SMALL_SIZE, theme.ZERO_COLOR), band.width)
        self.zone_note.next_to(self.readout, DOWN, buff=0.12)
        self.follow_v()

    def panel_axes(self, name: str, column: layout.Region, y_range, heading: str, names):
        """A square plane in ``column`` under its heading, with its axis names."""
        heading_band, rest = column.split_top(layout.CAPTION_LINE * 1.4)
        square = rest.shrink(left=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM, top=0.3,
                             bottom=NUMBER_ROOM)
        size = min(square.width, square.height)
        axes = self.plane(name, pieces.coefficient_axes((-SPAN, SPAN), y_range, size, size))
        axes.align_to([square.left, 0.0, 0.0], LEFT).set_y(square.center[1])
        axes.numbers = pieces.tick_numbers(axes, np.arange(-SPAN, SPAN + 0.1, 1.5),
                                           np.arange(y_range[0], y_range[1] + 0.1, 1.5))
        caption = heading_band.place(pieces.fit_into(pieces.label(heading, theme.BODY_SIZE),
                                                     heading_band.width))
        caption.set_x(axes.get_center()[0])
        axes.heading = VGroup(caption, pieces.axis_labels(axes, *names), axes.numbers)
        return axes

    def follow_v(self) -> None:
        """The one updater: every curve, minimiser, trace and number at the current v."""
        v = self.v.get_value()
        axes = self.curve_axes
        low, high = axes.c2p(-SPAN, 0.0), axes.c2p(SPAN, OBJECTIVE_TOP)
        for name, curve in self.objectives.items():
            values = np.square(self.bs - v) if name == "loss" else objective(name, v, self.bs)
            arcs = pieces.clip_polyline(axes.c2p(np.column_stack([self.bs, values])), low, high)
            curve.clear_points()
            for arc in arcs:
                curve.start_new_path(arc[0])
                curve.add_points_as_corners(arc[1:])
        shown = {}
        for norm in NORMS:
            best = float(scalar_minimizer(v, LAMBDA, norm))
            shown[norm] = best
            self.minima[norm].move_to(axes.c2p(best, float(objective(norm, v, best))))
            self.minima[norm].set_color(pieces.optimum_color(np.array([best])))
            end = self.map_axes.c2p(v, best)
            self.traces[norm].show_until(v, end)
            self.movers[norm].move_to(end)
        self.readout.set_fields(f"{v:+.2f}", pieces.format_coefficient(shown["l1"]),
                                pieces.format_coefficient(shown["l2"]))

    def tell_1d(self) -> None:
        self.beat("bridge_start", lam=f"{LAMBDA:g}")
        self.play(Write(self.title), run_time=0.8)
        self.play(*[Create(axes) for axes in (self.curve_axes, self.map_axes)],
                  *[FadeIn(axes.heading) for axes in (self.curve_axes, self.map_axes)],
                  Create(self.identity), run_time=1.0)
        self.play(*[Create(curve) for curve in self.objectives.values()],
                  *[FadeIn(dot) for dot in (*self.minima.values(), *self.movers.values())],
                  FadeIn(self.readout), FadeIn(self.legend), run_time=1.0)
        self.add(*self.traces.values())
        self.beat("bridge_sweep")
        driven = self.drive(self.follow_v, *self.objectives.values(), *self.minima.values(),
                            *self.traces.values(), *self.movers.values(), self.readout)
        self.play(self.v.animate.set_value(SPAN), run_time=SWEEP_SECONDS, rate_func=linear)
        self.beat("bridge_zone", half=f"{zero_zone(LAMBDA):g}")
        self.play(self.v.animate.set_value(ZONE_V), Create(self.zone), FadeIn(self.zone_note),
                  run_time=2.0)
        self.stop_driving(driven, self.follow_v)
        self.beat("bridge_prox")
        self.wait(1.0)

    # -- two dimensions ------------------------------------------------------------------
    def tell_2d(self) -> None:
        self.beat("bridge_2d")
        one_d = VGroup(self.curve_axes, self.map_axes, self.legend, self.curve_axes.heading,
                       self.map_axes.heading, self.identity, self.zone, self.zone_note,
                       self.readout, *self.objectives.values(), *self.minima.values(),
                       *self.traces.values(), *self.movers.values())
        self.play(FadeOut(one_d), run_time=0.6)
        loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        self.planes_2d = {}
        columns = layout.two_columns(caption_lines=2)
        lines = VGroup()
        for norm, column in zip(NORMS, columns, strict=True):
            square, below = column.split_bottom(2 * layout.CAPTION_LINE)
            axes = self.plane(f"{norm}_2d", pieces.fit_axes(np.array([-3.0, -3.0]),
                                                            np.array([4.0, 3.0]),
                                                            square.width, square.height))
            square.place(axes)
            constrained = solve_constrained(loss, norm, defaults.RADIUS)
            lam = penalty_for_budget(loss, norm, defaults.RADIUS)
            penalised = penalised_optimum(loss, norm, lam)
            self.show(f"{norm}_bridge", {"radius": defaults.RADIUS, "lambda": lam,
                                         "constrained": constrained.beta.tolist(),
                                         "penalised": penalised.tolist()})
            ball = pieces.BallOutline(axes, norm, defaults.RADIUS)
            contour = pieces.LossContour(axes, loss, constrained.loss, clip_to_axes=True)
            dot = Dot(axes.c2p(*constrained.beta), radius=theme.DOT_RADIUS,
                      color=pieces.optimum_color(constrained.beta))
            ring = Circle(radius=RING_RADIUS, color=theme.TEXT_COLOR,
                          stroke_width=RING_STROKE).move_to(axes.c2p(*penalised))
            caption = VGroup(*[pieces.fit_into(pieces.label(line, theme.SMALL_SIZE, color),
                                               below.width)
                               for line, color in (
                (text(f"bridge_constrained_{norm}", self.lang, t=f"{defaults.RADIUS:g}",
                      beta=pieces.coordinates_text(constrained.beta)), theme.NORM_COLORS[norm]),
                (text(f"bridge_penalised_{norm}", self.lang, lam=f"{lam:.2f}",
                      beta=pieces.coordinates_text(penalised)), theme.TEXT_COLOR))])
            caption.arrange(DOWN, buff=0.1).move_to(below.center)
            self.planes_2d[norm] = VGroup(axes, ball, contour, dot, ring)
            lines.add(caption)
        self.play(*[Create(group[0]) for group in self.planes_2d.values()],
                  *[Create(group[1]) for group in self.planes_2d.values()], run_time=0.8)
        self.play(*[Create(group[2]) for group in self.planes_2d.values()],
                  *[FadeIn(group[3]) for group in self.planes_2d.values()],
                  *[FadeIn(caption[0]) for caption in lines], run_time=1.0)
        self.beat("bridge_same")
        self.play(*[Create(group[4]) for group in self.planes_2d.values()],
                  *[FadeIn(caption[1]) for caption in lines], run_time=1.0)
