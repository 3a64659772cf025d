"""From a constraint radius to a penalty: where lasso's exact zeros come from, in 1-D.

Left: for an input v, the penalised objectives ``(b - v)^2 + lam |b|`` (L1) and
``(b - v)^2 + lam b^2`` (L2) over b, with the loss ``(b - v)^2`` alone, and each
objective's minimiser on its curve (yellow, green when exactly 0).  The window is cut
close to the minima (0 <= objective <= 1.5) so L1's corner at 0 and its minimum sitting
on it are seen.  Right: the minimiser against v, drawn as v sweeps
(``mathcore.penalty_form.scalar_minimizer``), with the loss alone's ``b* = v`` dotted:
L1's stays at exactly 0 while |v| <= lam / 2 (``zero_zone``), where the objective's
corner at 0 is its lowest point; past it L1 moves v towards 0 by lam / 2 (a bar shows
the gap): soft-thresholding at lam / 2 (this scene's objective is twice
``1/2 (b - v)^2 + lam/2 |b|``).  L2's is v / (1 + lam), never 0.

Then in two dimensions, in a framed window that holds the ball and both touching
contours: the loss's nested contours around c and the constrained optimum at the radius t;
at the touch the loss's pull ``-grad f(b*)`` is ``mu s`` (s an outward normal of the ball,
a subgradient of the norm; mu >= 0 the Lagrange multiplier,
``mathcore.penalty_form.stationarity``): both arrows from b*, named, pointing out of the
ball (-grad f at ``ARROW_SCALE`` data units per unit of gradient, s at ``NORMAL_SCALE``).
The fan: at the diamond's corner the normals are a whole cone, s = (1, a) with |a| <= 1
(``l1_normal_cone``), shaded; the loss's centre slides along a line (``fan_center``), and
mathcore's exact optimum, solved at every frame, stays on the corner while -grad f turns
inside the fan (a read-out of a = s_2); the circle, with one normal per point, moves its
optimum.  The penalised optimum at ``lam = mu`` (L1) or ``mu / (2t)`` (L2)
(``penalty_for_budget``) is drawn as a ring on it.  Last, lam is scaled up and back for
both norms and each ball follows ``t = ||b*(lam)||`` (``budget_for_penalty``): a bigger
lam, a smaller ball.

Trackers: ``v`` (the 1-D input), ``a`` (s_2 at the corner while the loss slides), ``k``
(each norm's lam as a multiple of its t = 2 value).

Render: ``manim render scenes/bridge.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Arrow,
    Circle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    GrowArrow,
    Line,
    Polygon,
    Rectangle,
    VGroup,
    VMobject,
    Write,
    linear,
    smooth,
)

from mathcore import QuadraticLoss, solve_constrained
from mathcore.contours import ellipse_half_extent
from mathcore.penalty_form import (
    budget_for_penalty,
    l1_normal_cone,
    penalised_optimum,
    penalty_for_budget,
    scalar_minimizer,
    stationarity,
    zero_zone,
)
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import text

LAMBDA = 1.0
#: The 1-D window: b and v in [-SPAN, SPAN], the objective in [0, OBJECTIVE_TOP] (close
#: to the minima: at v = +-SPAN both minima stay inside it).
SPAN = 1.5
OBJECTIVE_TOP = 1.5
TICK_STEP = 0.5
SAMPLES = 601
SWEEP_SECONDS, ZONE_V, PROX_V = 8.0, 0.45, 1.3
#: The minimisers' dots on the objectives: small enough to stay apart inside L1's zone.
MINIMUM_DOT = 0.07
RING_RADIUS, RING_STROKE = 0.17, 3
NORMS = ("l1", "l2")
#: Room left of and under a plane for its tick numbers.
NUMBER_ROOM = 0.35
#: The gap bar between b* = v and L1's b* in the proximal beat.
GAP_STROKE = 4
#: The 2-D window: it holds the ball, both touching contours as first drawn and every
#: centre c of the fan beat, with BOX_MARGIN data units to spare; a thin frame marks it
#: (a contour that leaves it while the loss moves is cut at the frame).
BOX_MARGIN = 0.25
WINDOW_STROKE, WINDOW_OPACITY = 1.5, 0.6
FAMILY_LEVELS, FAMILY_OPACITY = (0.25, 1.0, 2.0), 0.4
#: The balance arrows from b*: -grad f at ARROW_SCALE data units per unit of gradient,
#: the normal s at NORMAL_SCALE data units per unit (shorter: drawn over -grad f's foot).
ARROW_SCALE = 0.16
NORMAL_SCALE = 0.5
ARROW_STROKE = 6
#: Where the name of -grad f sits along its arrow.
NAME_AT = 0.7
#: The fan of the L1 corner's normals: its radius (data units) and fill opacity.
FAN_RADIUS, FAN_OPACITY = 1.4, 0.45
#: The fan beat: a = s_2 at the corner goes A_HIGH -> A_LOW -> back to its start, c sliding
#: along the line on which the corner stays optimal (fan_center); seconds per leg.
A_HIGH, A_LOW, FAN_SECONDS = 0.95, -0.6, 3.5
#: Where the name of b* = v sits along the diagonal from (-SPAN, -SPAN) to (0, 0).
IDENTITY_NAME_AT = 0.55
#: Opacity of the t = 2 lines while lam sweeps (they hold for k = 1 only).
DIM_OPACITY = 0.45
#: lam as a multiple k of each norm's t = 2 penalty: up to K_TOP, then back to 1.
K_TOP, K_SECONDS = 2.0, 4.0


def objective(norm: str, v: float, b: np.ndarray) -> np.ndarray:
    """``(b - v)^2 + LAMBDA P(b)``: the 1-D penalised objective."""
    penalty = np.abs(b) if norm == "l1" else np.square(b)
    return np.square(b - v) + LAMBDA * penalty


def fan_center(loss: QuadraticLoss, a: float) -> np.ndarray:
    """The centre c that slides along a line for the fan beat: ``c + (mu/2)(a - a0) A^{-1} e2``
    with mu, a0 = s_2 the L1 balance of ``loss`` at t = RADIUS.  While the L1 optimum stays at
    its corner, -grad f = 2A(c - b*) then changes by mu (a - a0) e2: s = -grad f / mu goes
    from (1, a0) to (1, a).  (The scene does not assume this: mathcore's solver places b*.)"""
    _, mu, s = stationarity(loss, "l1", defaults.RADIUS)
    step = np.linalg.solve(loss.matrix, np.array([0.0, 1.0]))
    return loss.center + 0.5 * mu * (a - s[1]) * step


def fan_path(loss: QuadraticLoss) -> tuple[float, ...]:
    """The stops of a in the fan beat: from the default's a0 up to A_HIGH, down to A_LOW
    and back to a0 (the loss as it was)."""
    a0 = float(stationarity(loss, "l1", defaults.RADIUS)[2][1])
    return (a0, A_HIGH, A_LOW, a0)


def balance_arrows(axes, norm: str, beta: np.ndarray, gradient: np.ndarray,
                   normal: np.ndarray) -> tuple[Arrow, Arrow]:
    """-grad f (the loss's colour) and s (the norm's), both from b* and pointing out of
    the ball."""
    start = axes.c2p(*beta)
    pull = Arrow(start, axes.c2p(*(beta - ARROW_SCALE * gradient)), buff=0.0,
                 color=theme.LOSS_COLOR, stroke_width=ARROW_STROKE,
                 max_tip_length_to_length_ratio=0.3, max_stroke_width_to_length_ratio=40)
    push = Arrow(start, axes.c2p(*(beta + NORMAL_SCALE * normal)), buff=0.0,
                 color=theme.NORM_COLORS[norm], stroke_width=ARROW_STROKE,
                 max_tip_length_to_length_ratio=0.3, max_stroke_width_to_length_ratio=40)
    return pull, push


def place_arrow_names(pull: Arrow, push: Arrow, pull_name: VMobject, push_name: VMobject,
                      side: float) -> None:
    """'-grad f' beside its shaft (NAME_AT of the way out) on ``side`` of the arrows (+1:
    counter-clockwise of their direction, -1: clockwise; chosen away from c), 's' beside
    its own tip on the other side."""
    start, end = pull.get_start(), pull.get_end()
    unit = (end - start) / max(np.linalg.norm(end - start), 1e-9)
    across = side * np.array([-unit[1], unit[0], 0.0])
    for name, at, way in ((pull_name, start + NAME_AT * (end - start), 1.0),
                          (push_name, push.get_end(), -1.0)):
        reach = 0.5 * np.hypot(name.width, name.height) + 0.04
        name.move_to(at + way * across * reach)


class ConstraintToPenalty(NormvizScene):
    """The 1-D penalised minimisers as v slides, then constraint radius = penalty in 2-D."""

    def construct(self) -> None:
        self.v = self.tracker("v", -SPAN)
        self.k = self.tracker("k", 1.0)
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
        # its name along it, in the empty half below it left of 0 (no minimiser goes there)
        start, end = self.map_axes.c2p(-SPAN, -SPAN), self.map_axes.c2p(0.0, 0.0)
        angle = float(np.arctan2(end[1] - start[1], end[0] - start[0]))
        self.identity_name = pieces.label(text("bridge_identity", self.lang),
                                          theme.SMALL_SIZE * 0.8, theme.MUTED_TEXT_COLOR)
        self.identity_name.rotate(angle)
        normal = np.array([np.sin(angle), -np.cos(angle), 0.0])  # below-right of the line
        half_height = 0.5 * pieces.label("β", theme.SMALL_SIZE * 0.8).height
        self.identity_name.move_to(start + IDENTITY_NAME_AT * (end - start)
                                   + normal * (half_height + 0.1))
        half = zero_zone(LAMBDA)
        self.zone = Line(self.map_axes.c2p(-half, 0), self.map_axes.c2p(half, 0),
                         color=theme.ZERO_COLOR, stroke_width=8)
        self.gap = Line(self.map_axes.c2p(0, 0), self.map_axes.c2p(0, 0.01),
                        color=theme.TEXT_COLOR, stroke_width=GAP_STROKE)
        band = layout.caption_band(2)
        self.readout = LiveLine(text("bridge_readout", self.lang, v=FIELD, l1=FIELD, l2=FIELD),
                                ["+3.00", "-0.000", "-0.000"], theme.BODY_SIZE)
        self.readout.move_to(band.center).align_to([0.0, band.top, 0.0], UP)
        self.zone_note = pieces.fit_into(pieces.label(
            text("bridge_zone_note", self.lang, half=f"{half:g}", lam=f"{LAMBDA:g}"),
            theme.SMALL_SIZE, theme.ZERO_COLOR), band.width)
        self.zone_note.next_to(self.readout, DOWN, buff=0.12)
        self.prox_note = pieces.fit_into(pieces.label(
            text("bridge_prox_note", self.lang, half=f"{half:g}"),
            theme.SMALL_SIZE, theme.TEXT_COLOR), band.width)
        self.prox_note.next_to(self.readout, DOWN, buff=0.12)
        self.follow_v()

    def panel_axes(self, name: str, column: layout.Region, y_range, heading: str, names):
        """A square plane in ``column`` under its heading, with its axis names (the x name
        right of the axis's end, clear of the curves)."""
        heading_band, rest = column.split_top(layout.CAPTION_LINE * 1.4)
        square = rest.shrink(left=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM, top=0.3,
                             bottom=NUMBER_ROOM)
        size = min(square.width, square.height)
        axes = self.plane(name, pieces.coefficient_axes((-SPAN, SPAN), y_range, size, size))
        axes.align_to([square.left, 0.0, 0.0], LEFT).set_y(square.center[1])
        axes.numbers = pieces.tick_numbers(
            axes, np.arange(-SPAN, SPAN + 1e-9, TICK_STEP),
            np.arange(y_range[0], y_range[1] + 1e-9, TICK_STEP))
        caption = heading_band.place(pieces.fit_into(pieces.label(heading, theme.BODY_SIZE),
                                                     heading_band.width))
        # over the plane, but never past the column's edges
        x = float(np.clip(axes.get_center()[0], column.left + caption.width / 2,
                          column.right - caption.width / 2))
        caption.set_x(x)
        x_name, y_name = pieces.axis_labels(axes, *names)
        # right of the axis's end and above it: clear of the last tick's number below
        x_name.next_to(axes.x_axis.get_end(), RIGHT, buff=0.12)
        x_name.align_to(axes.x_axis.get_end() + 0.08 * UP, DOWN)
        axes.heading = VGroup(caption, VGroup(x_name, y_name), axes.numbers)
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
        top = self.map_axes.c2p(v, v)
        self.gap.put_start_and_end_on(top, self.map_axes.c2p(v, shown["l1"])
                                      if shown["l1"] != v else top + 0.001 * DOWN)
        self.readout.set_fields(f"{v:+.2f}", pieces.format_coefficient(shown["l1"]),
                                pieces.format_coefficient(shown["l2"]))

    def tell_1d(self) -> None:
        self.beat("bridge_start", lam=f"{LAMBDA:g}")
        self.play(Write(self.title), run_time=0.8)
        self.play(*[Create(axes) for axes in (self.curve_axes, self.map_axes)],
                  *[FadeIn(axes.heading) for axes in (self.curve_axes, self.map_axes)],
                  Create(self.identity), FadeIn(self.identity_name), run_time=1.0)
        self.play(*[Create(curve) for curve in self.objectives.values()],
                  *[FadeIn(dot) for dot in (*self.minima.values(), *self.movers.values())],
                  FadeIn(self.readout), FadeIn(self.legend), run_time=1.0)
        self.add(*self.traces.values())
        self.beat("bridge_sweep")
        moving = (*self.objectives.values(), *self.minima.values(), *self.traces.values(),
                  *self.movers.values(), self.readout)
        driven = self.drive(self.follow_v, *moving)
        self.play(self.v.animate.set_value(SPAN), run_time=SWEEP_SECONDS, rate_func=linear)
        self.beat("bridge_zone", half=f"{zero_zone(LAMBDA):g}")
        self.play(self.v.animate.set_value(ZONE_V), Create(self.zone), FadeIn(self.zone_note),
                  run_time=2.0)
        self.beat("bridge_prox", half=f"{zero_zone(LAMBDA):g}")
        self.stop_driving(driven, self.follow_v)
        driven = self.drive(self.follow_v, self.gap, *moving)  # the bar under the dots
        self.play(FadeOut(self.zone_note), FadeIn(self.prox_note), run_time=0.5)
        self.play(self.v.animate.set_value(PROX_V), run_time=3.0, rate_func=smooth)
        self.stop_driving(driven, self.follow_v)

    # -- two dimensions ------------------------------------------------------------------
    def window_box(self, loss: QuadraticLoss) -> tuple[np.ndarray, np.ndarray]:
        """The data box of both planes: the ball, both touching contours as first drawn and
        every centre the fan beat visits (with the room of c's tag above it)."""
        radius = defaults.RADIUS
        points = [np.array([-radius, -radius]), np.array([radius, radius])]
        for norm in NORMS:
            reach = ellipse_half_extent(loss, solve_constrained(loss, norm, radius).loss)
            points += [loss.center - reach, loss.center + reach]
        points += [fan_center(loss, a) for a in (A_HIGH, A_LOW)]
        points = np.array(points)
        return points.min(axis=0) - BOX_MARGIN, points.max(axis=0) + BOX_MARGIN

    def build_2d(self, norm: str, column: layout.Region, loss: QuadraticLoss,
                 box: tuple[np.ndarray, np.ndarray]) -> dict:
        square, below = column.split_bottom(4 * layout.CAPTION_LINE)
        axes = self.plane(f"{norm}_2d", pieces.fit_axes(*box, square.width, square.height))
        square.place(axes)
        low, high = axes.c2p(*box[0]), axes.c2p(*box[1])
        window = Rectangle(width=high[0] - low[0], height=high[1] - low[1],
                           stroke_color=theme.AXES_COLOR, stroke_width=WINDOW_STROKE,
                           stroke_opacity=WINDOW_OPACITY).move_to((low + high) / 2)
        radius = defaults.RADIUS
        constrained = solve_constrained(loss, norm, radius)
        lam = penalty_for_budget(loss, norm, radius)
        penalised = penalised_optimum(loss, norm, lam)
        gradient, mu, subgradient = stationarity(loss, norm, radius)
        self.show(f"{norm}_bridge", {"radius": radius, "lambda": lam, "multiplier": mu,
                                     "gradient": gradient.tolist(),
                                     "subgradient": subgradient.tolist(),
                                     "constrained": constrained.beta.tolist(),
                                     "penalised": penalised.tolist()})
        family = VGroup(*[pieces.LossContour(axes, loss, level, clip_to_axes=True)
                          .set_stroke(width=2, opacity=FAMILY_OPACITY)
                          for level in FAMILY_LEVELS])
        center = Dot(axes.c2p(*loss.center), radius=theme.DOT_RADIUS, color=theme.LOSS_COLOR)
        center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                  theme.LOSS_COLOR).next_to(center, UP, buff=0.08)
        pull, push = balance_arrows(axes, norm, constrained.beta, gradient, subgradient)
        names = VGroup(pieces.label(text("bridge_pull_name", self.lang), theme.SMALL_SIZE,
                                    theme.LOSS_COLOR),
                       pieces.label(text("bridge_normal_name", self.lang), theme.SMALL_SIZE,
                                    theme.NORM_COLORS[norm]))
        # the names on the side of the arrows away from c (kept while the loss slides)
        toward_c = loss.center - constrained.beta
        turn = toward_c[0] * gradient[1] - toward_c[1] * gradient[0]  # (-grad f) x (c - b*)
        side = -1.0 if turn > 0 else 1.0
        place_arrow_names(pull, push, *names, side)
        color = theme.NORM_COLORS[norm]
        t = pieces.format_number(radius)
        beta = pieces.coordinates_text(constrained.beta)

        def line(key: str, tint: str, **fields) -> VMobject:
            return pieces.label(text(key, self.lang, **fields), theme.SMALL_SIZE, tint)

        caption = VGroup(line(f"bridge_constrained_{norm}", color, t=t, beta=beta),
                         line(f"bridge_balance_{norm}", theme.TEXT_COLOR, mu=f"{mu:.2f}"),
                         line(f"bridge_penalised_{norm}", theme.TEXT_COLOR, lam=f"{lam:.2f}",
                              t=t, mu=f"{mu:.2f}"),
                         line("bridge_penalised_at", theme.TEXT_COLOR,
                              beta=pieces.coordinates_text(penalised)))
        caption.arrange(DOWN, buff=0.1)
        caption.sources = [line.text for line in caption]
        # one size for every line: the widest one fits the column
        shrink = min(1.0, below.width / caption.width)
        caption.scale(shrink)
        caption.move_to(below.center).align_to([0, below.top, 0], UP)
        size = theme.SMALL_SIZE * shrink
        live = LiveLine(text(f"bridge_sweep_{norm}", self.lang, lam=FIELD, t=FIELD),
                        ["10.00", "0.000"], size, color)
        live.move_to(caption[0])
        fan_lines = VGroup(
            LiveLine(text("bridge_fan_beta", self.lang, b1=FIELD, b2=FIELD),
                     ["2.000", "0"], size, color),
            LiveLine(text(f"bridge_fan_normal_{norm}", self.lang, s1=FIELD, s2=FIELD),
                     ["1.00", "+0.60"], size, theme.TEXT_COLOR),
            line(f"bridge_fan_note_{norm}", color).scale(size / theme.SMALL_SIZE))
        for fan_line, slot in zip(fan_lines, caption, strict=False):
            fan_line.move_to(slot)
        pieces.fit_into(fan_lines[2], below.width)
        side = {"axes": axes, "window": window, "ball": pieces.BallOutline(axes, norm, radius),
                "family": family,
                "contour": pieces.LossContour(axes, loss, constrained.loss, clip_to_axes=True),
                "center": VGroup(center, center_tag),
                "dot": Dot(axes.c2p(*constrained.beta), radius=theme.DOT_RADIUS,
                           color=pieces.optimum_color(constrained.beta)),
                "ring": Circle(radius=RING_RADIUS, color=theme.TEXT_COLOR,
                               stroke_width=RING_STROKE).move_to(axes.c2p(*penalised)),
                "pull": pull, "push": push, "names": names, "side": side, "caption": caption,
                "live": live, "fan_lines": fan_lines, "lam": lam, "loss": loss}
        if norm == "l1":
            rays = l1_normal_cone(constrained.beta)
            angles = np.arctan2(rays[:, 1], rays[:, 0])
            arc = np.linspace(angles.min(), angles.max(), 32)
            corner = constrained.beta
            outline = [corner, *(corner + FAN_RADIUS * np.column_stack([np.cos(arc),
                                                                        np.sin(arc)]))]
            side["fan"] = Polygon(*[axes.c2p(*p) for p in outline], stroke_width=0,
                                  fill_color=color, fill_opacity=FAN_OPACITY)
        return side

    def follow_k(self) -> None:
        """Each norm's lam = k times its t = 2 penalty: optimum, ring, ball, contour, text."""
        k = self.k.get_value()
        for norm, side in self.sides.items():
            lam = k * side["lam"]
            beta = penalised_optimum(side["loss"], norm, lam)
            radius = budget_for_penalty(side["loss"], norm, lam)
            point = side["axes"].c2p(*beta)
            side["dot"].move_to(point).set_color(pieces.optimum_color(beta))
            side["ring"].move_to(point)
            side["ball"].set_radius(radius)
            side["contour"].show(level=float(side["loss"].value(beta)))
            side["live"].set_fields(f"{lam:.2f}", f"{radius:.3f}")

    def follow_fan(self) -> None:
        """The one updater of the fan beat: the loss centred at fan_center(a); for each ball
        mathcore's exact optimum, its balance -grad f = mu s, the contours, c and the text."""
        loss = QuadraticLoss.create(fan_center(self.loss, self.fan.get_value()),
                                    self.loss.matrix)
        for norm, side in self.sides.items():
            axes = side["axes"]
            beta = solve_constrained(loss, norm, defaults.RADIUS).beta
            gradient, _, normal = stationarity(loss, norm, defaults.RADIUS)
            side["dot"].move_to(axes.c2p(*beta)).set_color(pieces.optimum_color(beta))
            pull, push = balance_arrows(axes, norm, beta, gradient, normal)
            side["pull"].become(pull)
            side["push"].become(push)
            place_arrow_names(side["pull"], side["push"], *side["names"], side["side"])
            for contour in side["family"]:
                contour.show(loss)
            side["contour"].show(loss, float(loss.value(beta)))
            side["center"].move_to(side["center"].get_center()
                                   + axes.c2p(*loss.center) - side["center"][0].get_center())
            side["fan_lines"][0].set_fields(*[pieces.format_coefficient(x) for x in beta])
            side["fan_lines"][1].set_fields(f"{normal[0]:.2f}", f"{normal[1]:+.2f}")

    def tell_2d(self) -> None:
        self.beat("bridge_2d", t=pieces.format_number(defaults.RADIUS))
        one_d = VGroup(self.curve_axes, self.map_axes, self.legend, self.curve_axes.heading,
                       self.map_axes.heading, self.identity, self.identity_name, self.zone,
                       self.prox_note, self.readout, self.gap, *self.objectives.values(),
                       *self.minima.values(), *self.traces.values(), *self.movers.values())
        self.play(FadeOut(one_d), run_time=0.6)
        loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        self.loss = loss
        self.fan = self.tracker("a", float(stationarity(loss, "l1", defaults.RADIUS)[2][1]))
        columns = layout.two_columns(caption_lines=0)
        box = self.window_box(loss)
        self.box = box
        self.sides = {norm: self.build_2d(norm, column, loss, box)
                      for norm, column in zip(NORMS, columns, strict=True)}
        sides = list(self.sides.values())
        self.play(*[Create(s["axes"]) for s in sides], *[Create(s["ball"]) for s in sides],
                  *[FadeIn(s["window"]) for s in sides],
                  *[FadeIn(s["family"]) for s in sides], *[FadeIn(s["center"]) for s in sides],
                  run_time=1.0)
        self.play(*[Create(s["contour"]) for s in sides], *[FadeIn(s["dot"]) for s in sides],
                  *[FadeIn(s["caption"][0]) for s in sides], run_time=1.0)
        self.beat("bridge_kkt")
        self.play(*[GrowArrow(s["pull"]) for s in sides],
                  *[FadeIn(s["names"][0]) for s in sides], run_time=1.0)
        self.play(*[GrowArrow(s["push"]) for s in sides],
                  *[FadeIn(s["names"][1]) for s in sides],
                  *[FadeIn(s["caption"][1]) for s in sides], run_time=1.0)
        self.bring_to_front(*[s["dot"] for s in sides])  # the optimum over the arrows' feet
        self.tell_fan()
        self.beat("bridge_same")
        self.play(*[FadeOut(s[part]) for s in sides for part in ("pull", "push", "names")],
                  run_time=0.4)
        self.play(*[Create(s["ring"]) for s in sides],
                  *[FadeIn(s["caption"][i]) for s in sides for i in (2, 3)], run_time=1.0)
        self.beat("bridge_lambda")
        self.play(*[FadeOut(s["caption"][0]) for s in sides],
                  *[s["caption"][i].animate.set_opacity(DIM_OPACITY) for s in sides
                    for i in (1, 2, 3)],
                  *[FadeIn(s["live"]) for s in sides], run_time=0.6)
        driven = self.drive(self.follow_k, *[s[part] for s in sides
                                             for part in ("ball", "contour", "dot", "ring",
                                                          "live")])
        self.play(self.k.animate.set_value(K_TOP), run_time=K_SECONDS, rate_func=smooth)
        lams = {norm: s["lam"] for norm, s in self.sides.items()}
        self.show("sweep", {norm: [[k * lam, budget_for_penalty(loss, norm, k * lam)]
                                   for k in (1.0, K_TOP)] for norm, lam in lams.items()})
        self.beat("bridge_why", l1=f"{lams['l1']:.2f}", l2=f"{lams['l2']:.2f}",
                  t=pieces.format_number(defaults.RADIUS),
                  twice=pieces.format_number(2 * defaults.RADIUS))
        self.play(self.k.animate.set_value(1.0), run_time=K_SECONDS, rate_func=smooth)
        self.stop_driving(driven, self.follow_k)
        self.play(*[s["caption"][i].animate.set_opacity(1.0) for s in sides
                    for i in (1, 2, 3)], run_time=0.5)

    def tell_fan(self) -> None:
        """The corner's fan of normals; the loss slides, -grad f turns inside the fan and
        the L1 optimum stays on the corner, while the circle's optimum moves."""
        sides = list(self.sides.values())
        l1 = self.sides["l1"]
        path = fan_path(self.loss)
        corner = solve_constrained(self.loss, "l1", defaults.RADIUS).beta
        self.show("fan", {"path": list(path), "corner": corner.tolist(),
                          "normals": l1_normal_cone(corner).tolist()})
        self.beat("bridge_fan", beta=pieces.coordinates_text(corner))
        self.follow_fan()
        self.play(FadeIn(l1["fan"]),
                  *[FadeOut(s["caption"][i]) for s in sides for i in (0, 1)],
                  *[FadeIn(s["fan_lines"]) for s in sides], run_time=1.0)
        self.bring_to_front(*[s[part] for s in sides for part in ("pull", "push", "dot")])
        moving = [s[part] for s in sides for part in ("family", "contour", "center", "pull",
                                                      "push", "names", "dot", "fan_lines")]
        driven = self.drive(self.follow_fan, *moving)
        for stop in path[1:]:
            self.play(self.fan.animate.set_value(stop), run_time=FAN_SECONDS, rate_func=smooth)
        self.stop_driving(driven, self.follow_fan)
        self.play(FadeOut(l1["fan"]), *[FadeOut(s["fan_lines"]) for s in sides],
                  *[FadeIn(s["caption"][i]) for s in sides for i in (0, 1)], run_time=0.6)
