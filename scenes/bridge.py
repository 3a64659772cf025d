"""From a constraint radius to a penalty: one optimum, found both ways, in two dimensions.

(The 1-D penalised minimisers, soft-thresholding against scaling, are the penalty video's
``pen_prox`` beat, ``scenes/penalty.py``; this video starts where it stops.)

Two framed windows, L1 left and L2 right, each holding the ball and both touching contours:
the loss's nested contours around c and the constrained optimum at the radius t = 2
(``solve_constrained``).  At the touch the loss's pull ``-grad f(b*)`` is ``mu s``, mu >= 0
the Lagrange multiplier and s a subgradient of the norm at b* (``mathcore.penalty_form.
stationarity``): for L1 ``s in d||b||_1`` (at the corner (1, a), not a unit vector), for L2
``s = b*/||b*||_2``, the unit normal.  Both arrows are drawn at one scale (``ARROW_SCALE``
data units per unit of gradient), so they have one length: -grad f from b*, mu s beside it,
moved ``ARROW_GAP`` scene units across (sideways, away from -grad f's name) so that the
two, equal and parallel, are both seen.
The fan: at the diamond's corner the subgradients are a whole cone, s = (1, a) with
|a| <= 1 (``l1_normal_cone``), shaded; the loss's centre slides along a line
(``fan_center``), and mathcore's exact optimum, solved at every frame, stays on the corner
while -grad f turns inside the fan (a read-out of a = s_2); the circle, with one normal
per point, moves its optimum.  The penalised optimum at ``lam = mu`` (L1) or ``mu / (2t)``
(L2) (``penalty_for_budget``, ``penalised_optimum``, solved independently) is drawn as a
ring on it, with the penalised objective's own contours (``penalised_level_set``) nested
round it, clear of the ring, in a colour of their own (``theme.PENALISED_COLOR``) and named
on the window's top edge ("f + lam ||b||_1 contours"), told in lines one at a time: for L1
the objective has a kink at b*, so it is not flat there; it has no downhill direction (0
lies in its subdifferential, -grad f = lam s); for L2 its gradient is 0.  Last, lam is
scaled up and back for both norms, its objective (f + lam ||b||_1, f + lam ||b||_2^2)
written above: the norm ``t = ||b*(lam)||`` of the penalised optimum shrinks as lam grows
(``budget_for_penalty``), and the ball drawn is that equivalent budget t.

Trackers: ``a`` (s_2 at the corner while the loss slides), ``k`` (each norm's lam as a
multiple of its t = 2 value).

Render: ``manim render scenes/bridge.py``.
"""

from __future__ import annotations

import itertools

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Arrow,
    Circle,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    GrowArrow,
    Line,
    Polygon,
    Rectangle,
    ReplacementTransform,
    TransformFromCopy,
    VGroup,
    VMobject,
    Write,
    smooth,
)

from mathcore import QuadraticLoss, solve_constrained
from mathcore.contours import ellipse_half_extent
from mathcore.penalty_form import (
    budget_for_penalty,
    l1_normal_cone,
    penalised_level_set,
    penalised_optimum,
    penalised_value,
    penalty_for_budget,
    stationarity,
)
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import text

RING_RADIUS, RING_STROKE = 0.17, 3
NORMS = ("l1", "l2")
#: The 2-D window: it holds the ball, both touching contours as first drawn and every
#: centre c of the fan beat, with BOX_MARGIN data units to spare; a thin frame marks it
#: (a contour that leaves it while the loss moves is cut at the frame).
BOX_MARGIN = 0.25
WINDOW_STROKE, WINDOW_OPACITY = 1.5, 0.6
FAMILY_LEVELS, FAMILY_OPACITY = (0.25, 1.0, 2.0), 0.4
#: The balance arrows: -grad f from b* and mu s, both at ARROW_SCALE data units per unit
#: of gradient (one length: -grad f = mu s); mu s is moved ARROW_GAP scene units sideways
#: (not a data offset: only so that it is not drawn over -grad f).
ARROW_SCALE = 0.18
ARROW_GAP = 0.13
ARROW_STROKE = 5
TIP_LENGTH = 0.16
#: Where the arrows' names sit along them, and their gap from the shaft (scene units).
NAME_AT, NAME_GAP = 0.6, 0.14
#: Every on-plane name sits on a box of the background's colour, LABEL_PAD wider on each
#: side, so that no contour or arrow runs through its letters.
LABEL_PAD = 0.06
#: The ruler: -grad f and mu s copied under the caption, magnified RULER_ZOOM times (both
#: norms at one zoom), mu s with a tick across it at every multiple of s (TICK_HALF scene
#: units to each side of the shaft), so that mu is read as how many times s fits in
#: -grad f; its two rows RULER_ROWS apart.
RULER_ZOOM, RULER_ROWS, RULER_TIP = 4, 0.27, 0.14
TICK_HALF, TICK_STROKE = 0.08, 5
#: The fan of the L1 corner's normals: its radius (data units) and fill opacity.
FAN_RADIUS, FAN_OPACITY = 1.55, 0.45
#: The fan beat: a = s_2 at the corner goes A_HIGH -> A_LOW -> back to its start, c sliding
#: along the line on which the corner stays optimal (fan_center); seconds per leg.
A_HIGH, A_LOW, FAN_SECONDS = 0.95, -0.6, 2.0
#: lam as a multiple k of each norm's t = 2 penalty: up to K_TOP, then back to 1.
K_TOP, K_SECONDS = 2.0, 2.0
#: The caption under each plane: CAPTION_ROWS lines (the ruler takes the last two while it
#: is shown) at CAPTION_SIZE, less only if the widest line would not fit the column.
CAPTION_SIZE, CAPTION_ROWS = 25, 5
#: The penalised objective f + lam P drawn in bridge_same: its contours at these rises
#: above its minimum (all inside the window, the innermost clear of the ring: PEN_CLEAR
#: scene units beyond it), thin, in PEN_COLOR (its caption line's and its label's too).
PEN_RISES, PEN_STROKE, PEN_COLOR = (4.0, 7.0, 10.0), 3, theme.PENALISED_COLOR
PEN_CLEAR = 0.08
#: Pauses (s) between the lines of the balance and of the penalty, told one at a time.
KKT_PAUSE, SAME_PAUSE = 0.9, 1.3


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


def across(axes, beta: np.ndarray, gradient: np.ndarray, side: float) -> np.ndarray:
    """The unit scene vector across -grad f's arrow on ``side`` (+1: counter-clockwise of
    its direction, -1: clockwise)."""
    start, end = axes.c2p(*beta), axes.c2p(*(beta - ARROW_SCALE * gradient))
    unit = (end - start) / max(np.linalg.norm(end - start), 1e-9)
    return side * np.array([-unit[1], unit[0], 0.0])


def balance_arrows(axes, norm: str, beta: np.ndarray, gradient: np.ndarray,
                   normal: np.ndarray, mu: float, side: float) -> tuple[Arrow, Arrow]:
    """-grad f (the loss's colour) from b*, and mu s (the norm's) of the same scale beside
    it, ARROW_GAP to the side opposite ``side`` (where -grad f's name is)."""
    start = axes.c2p(*beta)
    style = {"buff": 0.0, "stroke_width": ARROW_STROKE, "tip_length": TIP_LENGTH,
             "max_tip_length_to_length_ratio": 0.3, "max_stroke_width_to_length_ratio": 40}
    pull = Arrow(start, axes.c2p(*(beta - ARROW_SCALE * gradient)), color=theme.LOSS_COLOR,
                 **style)
    shift = -ARROW_GAP * across(axes, beta, gradient, side)
    push = Arrow(start + shift, axes.c2p(*(beta + ARROW_SCALE * mu * normal)) + shift,
                 color=theme.NORM_COLORS[norm], **style)
    return pull, push


def clear_of_ball(axes, norm: str, low: np.ndarray, high: np.ndarray) -> bool:
    """Whether the scene box (``low``, ``high`` corners) lies outside the ball of radius t
    and its stroke: every point of its rim is at least the stroke's half width (data
    units) from the ball; (||b||_p - t) / sqrt(2) bounds the distance from below for L1,
    ||b||_2 - t is it for L2."""
    corners = [low, [high[0], low[1], 0.0], high, [low[0], high[1], 0.0], low]
    rim = np.vstack([np.linspace(a, b, 60) for a, b in itertools.pairwise(np.array(corners))])
    data = np.array([axes.p2c(point)[:2] for point in rim])
    order, slack = (1, np.sqrt(2.0)) if norm == "l1" else (2, 1.0)
    reach = (np.linalg.norm(data, ord=order, axis=1) - defaults.RADIUS) / slack
    half_stroke = 0.5 * theme.BALL_STROKE / 100 / axes.x_axis.get_unit_size()
    return bool(reach.min() >= half_stroke)


def backed(name: VMobject) -> VGroup:
    """``name`` on a box of the background's colour (LABEL_PAD round it)."""
    box = Rectangle(width=name.width + 2 * LABEL_PAD, height=name.height + 2 * LABEL_PAD,
                    stroke_width=0, fill_color=theme.BACKGROUND_COLOR,
                    fill_opacity=1.0).move_to(name)
    return VGroup(box, name)


def place_name(name: VMobject, arrow: Arrow, way: np.ndarray) -> None:
    """``name`` beside ``arrow``'s shaft, NAME_AT of the way out, on the side ``way``."""
    start, end = arrow.get_start(), arrow.get_end()
    reach = 0.5 * abs(name.width * way[0]) + 0.5 * abs(name.height * way[1]) + NAME_GAP
    name.move_to(start + NAME_AT * (end - start) + way * reach)


def place_arrow_names(pull: Arrow, push: Arrow, pull_name: VMobject, push_name: VMobject,
                      way: np.ndarray) -> None:
    """'-grad f' beside its shaft on the side ``way`` (a unit scene vector across the
    arrows, away from c), 'mu s' beside its own on the other."""
    place_name(pull_name, pull, way)
    place_name(push_name, push, -way)


def single_normal(push: Arrow, mu: float, color: str) -> Arrow:
    """s itself: the arrow mu s shrunk by mu, from the same foot."""
    start, end = push.get_start(), push.get_end()
    return Arrow(start, start + (end - start) / mu, color=color, buff=0.0,
                 stroke_width=ARROW_STROKE, tip_length=TIP_LENGTH,
                 max_tip_length_to_length_ratio=0.45, max_stroke_width_to_length_ratio=40)


def ruler(length: float, mu: float, color: str, names: list[VMobject],
          zoom_tag: VMobject) -> VGroup:
    """-grad f (the loss's colour) above mu s (the norm's), both ``length`` scene units
    long from one left end, mu s with a tick at s, 2s, ... (every k < mu): -grad f = mu s
    is mu lengths of s.  -grad f's name goes left of its row, mu s's right of its own (so
    that the two do not touch), ``zoom_tag`` on the top row, right of mu s's name."""
    style = {"buff": 0.0, "stroke_width": ARROW_STROKE, "tip_length": RULER_TIP,
             "max_tip_length_to_length_ratio": 0.3, "max_stroke_width_to_length_ratio": 40}
    top, low = np.array([0.0, 0.0, 0.0]), np.array([0.0, -RULER_ROWS, 0.0])
    step = np.array([length, 0.0, 0.0])
    pull = Arrow(top, top + step, color=theme.LOSS_COLOR, **style)
    push = Arrow(low, low + step, color=color, **style)
    ticks = VGroup(*[Line(low + (k / mu) * step + TICK_HALF * UP,
                          low + (k / mu) * step + TICK_HALF * DOWN,
                          color=color, stroke_width=TICK_STROKE)
                     for k in range(1, int(np.ceil(mu)))])
    names[0].next_to(top, LEFT, buff=0.12)
    names[1].next_to(low + step, RIGHT, buff=0.12)
    zoom_tag.next_to(names[1], RIGHT, buff=0.12).set_y(top[1])  # clear of mu s's name
    return VGroup(pull, push, ticks, *names, zoom_tag)


class ConstraintToPenalty(NormvizScene):
    """Constraint radius = penalty in 2-D: the balance at the touch, the corner's fan."""

    def construct(self) -> None:
        self.k = self.tracker("k", 1.0)
        self.title = pieces.title(text("bridge_title", self.lang))
        self.tell_2d()

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
        square, below = column.split_bottom(CAPTION_ROWS * layout.CAPTION_LINE)
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
        center_tag = backed(pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                         theme.LOSS_COLOR)).next_to(center, UP, buff=0.05)
        # the names on the side of the arrows away from c (kept while the loss slides)
        toward_c = loss.center - constrained.beta
        turn = toward_c[0] * gradient[1] - toward_c[1] * gradient[0]  # (-grad f) x (c - b*)
        side = -1.0 if turn > 0 else 1.0
        pull, push = balance_arrows(axes, norm, constrained.beta, gradient, subgradient, mu,
                                    side)
        names = VGroup(*[backed(pieces.label(text(key, self.lang), theme.SMALL_SIZE, tint))
                         for key, tint in (("bridge_pull_name", theme.LOSS_COLOR),
                                           ("bridge_normal_name", theme.NORM_COLORS[norm]))])
        way = across(axes, constrained.beta, gradient, side)
        place_arrow_names(pull, push, *names, way)
        color = theme.NORM_COLORS[norm]
        # s itself, then stretched mu times into mu s
        single = single_normal(push, mu, color)
        single_name = backed(pieces.label(text("bridge_s_name", self.lang), theme.SMALL_SIZE,
                                          color))
        place_name(single_name, single, -way)
        lengths = (float(np.linalg.norm(gradient)), float(np.linalg.norm(subgradient)))
        t = pieces.format_number(radius)
        beta = pieces.coordinates_text(constrained.beta)

        def line(key: str, tint: str, **fields) -> VMobject:
            return pieces.label(text(key, self.lang, **fields), CAPTION_SIZE, tint)

        caption = VGroup(line(f"bridge_constrained_{norm}", color, t=t, beta=beta),
                         line(f"bridge_balance_{norm}", theme.TEXT_COLOR,
                              g=f"{lengths[0]:.3f}", s=f"{lengths[1]:.3f}", mu=f"{mu:.2f}"),
                         line(f"bridge_penalised_{norm}", PEN_COLOR),
                         line(f"bridge_penalised_why_{norm}", theme.TEXT_COLOR),
                         line(f"bridge_penalised_at_{norm}", theme.TEXT_COLOR, lam=f"{lam:.2f}",
                              beta=pieces.coordinates_text(penalised)))
        normal_line = line(f"bridge_normal_{norm}", theme.TEXT_COLOR,
                           s1=f"{subgradient[0]:.2f}", s2=f"{subgradient[1]:.2f}")
        caption.arrange(DOWN, buff=0.07)
        caption.sources = [line.text for line in caption]
        # one size for every line: the widest one fits the column
        shrink = min(1.0, below.width / max(caption.width, normal_line.width))
        caption.scale(shrink)
        caption.move_to(below.center).align_to([0, below.top, 0], UP)
        # s's line, in the slot of the penalty's until the penalty is told
        normal_line.scale(shrink).move_to(caption[2])
        size = CAPTION_SIZE * shrink
        # the sweep of lam: the objective it weighs, its optimum's norm t, and what the
        # drawn ball now is (the budget t that the penalised optimum spends)
        objective = line(f"bridge_sweep_objective_{norm}", PEN_COLOR).scale(shrink)
        objective.move_to(caption[0])
        live = LiveLine(text(f"bridge_sweep_{norm}", self.lang, lam=FIELD, t=FIELD),
                        ["10.00", "0.000"], size, color)
        live.move_to(caption[1])
        ball_line = line("bridge_sweep_ball", theme.TEXT_COLOR).scale(shrink).move_to(caption[2])
        fan_lines = VGroup(
            LiveLine(text("bridge_fan_beta", self.lang, b1=FIELD, b2=FIELD),
                     ["2.000", "0"], size, color),
            LiveLine(text(f"bridge_fan_normal_{norm}", self.lang, s1=FIELD, s2=FIELD),
                     ["1.00", "+0.60"], size, theme.TEXT_COLOR),
            line(f"bridge_fan_note_{norm}", color).scale(shrink))
        for fan_line, slot in zip(fan_lines, caption, strict=False):
            fan_line.move_to(slot)
        pieces.fit_into(fan_lines[2], below.width)
        # the ruler, magnified: in the caption's free last slot, down to the column's foot
        scale = RULER_ZOOM * float(np.linalg.norm(pull.get_end() - pull.get_start()))
        ruler_names = [pieces.label(text(key, self.lang), theme.SMALL_SIZE, tint)
                       for key, tint in (("bridge_pull_name", theme.LOSS_COLOR),
                                         ("bridge_normal_name", color))]
        zoom_tag = pieces.label(text("bridge_zoom", self.lang, zoom=RULER_ZOOM),
                                theme.SMALL_SIZE * 0.9, theme.MUTED_TEXT_COLOR)
        ruler_group = ruler(scale, mu, color, ruler_names, zoom_tag)
        ruler_group.move_to([below.center[0], 0, 0]).align_to([0, below.bottom, 0], DOWN)
        ruler_group.shift(0.04 * UP)
        pen_contours, pen_label = self.penalised_contours(norm, axes, window, lam, penalised)
        side = {"axes": axes, "window": window, "pen_contours": pen_contours,
                "pen_label": pen_label,
                "ball": pieces.BallOutline(axes, norm, radius),
                "family": family,
                "contour": pieces.LossContour(axes, loss, constrained.loss, clip_to_axes=True),
                "center": VGroup(center, center_tag),
                "dot": Dot(axes.c2p(*constrained.beta), radius=theme.DOT_RADIUS,
                           color=pieces.optimum_color(constrained.beta)),
                "ring": Circle(radius=RING_RADIUS, color=theme.TEXT_COLOR,
                               stroke_width=RING_STROKE).move_to(axes.c2p(*penalised)),
                "pull": pull, "push": push, "names": names, "side": side, "caption": caption,
                "single": single, "single_name": single_name, "ruler": ruler_group,
                "lengths": lengths,
                "normal_line": normal_line, "live": live, "ball_line": ball_line,
                "objective": objective,
                "fan_lines": fan_lines, "lam": lam, "mu": mu,
                "loss": loss}
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

    def penalised_contours(self, norm: str, axes, window: Rectangle, lam: float,
                           optimum: np.ndarray) -> tuple[VGroup, VGroup]:
        """The contours f + lam P = min + rise of the penalised objective round its own
        minimiser (mathcore's level sets, one per PEN_RISES), the innermost clear of the
        ring; and their name, centred on the window's top edge, clear of them and the
        ball."""
        bottom = float(penalised_value(self.loss, norm, lam, optimum))
        levels = [bottom + rise for rise in PEN_RISES]
        self.show(f"{norm}_penalised_levels", levels)
        contours = VGroup()
        for level in levels:
            points = penalised_level_set(self.loss, norm, lam, level)
            curve = VMobject().set_points_as_corners([axes.c2p(*p) for p in
                                                      np.vstack([points, points[:1]])])
            contours.add(curve.set_stroke(PEN_COLOR, width=PEN_STROKE))
        centre = axes.c2p(*optimum)
        nearest = min(np.linalg.norm(contours[0].points - centre, axis=1))
        assert nearest >= RING_RADIUS + PEN_CLEAR, f"{norm}: a contour under the ring"
        label = backed(pieces.label(text(f"bridge_pen_contours_{norm}", self.lang),
                                    theme.SMALL_SIZE, PEN_COLOR))
        label.move_to(window.get_top())  # a title on the window's frame
        low, high = label.get_corner(DOWN + LEFT), label.get_corner(UP + RIGHT)
        points = np.vstack([c.points for c in contours])
        assert not np.any(np.all((points[:, :2] >= low[:2]) & (points[:, :2] <= high[:2]),
                                 axis=1)), f"{norm}: the contours' name on a contour"
        assert clear_of_ball(axes, norm, low, high), f"{norm}: the contours' name on the ball"
        return contours, label

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
            gradient, mu, normal = stationarity(loss, norm, defaults.RADIUS)
            side["dot"].move_to(axes.c2p(*beta)).set_color(pieces.optimum_color(beta))
            pull, push = balance_arrows(axes, norm, beta, gradient, normal, mu, side["side"])
            side["pull"].become(pull)
            side["push"].become(push)
            place_arrow_names(side["pull"], side["push"], *side["names"],
                              across(axes, beta, gradient, side["side"]))
            for contour in side["family"]:
                contour.show(loss)
            side["contour"].show(loss, float(loss.value(beta)))
            side["center"].move_to(side["center"].get_center()
                                   + axes.c2p(*loss.center) - side["center"][0].get_center())
            side["fan_lines"][0].set_fields(*[pieces.format_coefficient(x) for x in beta])
            side["fan_lines"][1].set_fields(f"{normal[0]:.2f}", f"{normal[1]:+.2f}")

    def tell_2d(self) -> None:
        self.beat("bridge_start", t=pieces.format_number(defaults.RADIUS))
        loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        self.loss = loss
        self.fan = self.tracker("a", float(stationarity(loss, "l1", defaults.RADIUS)[2][1]))
        columns = layout.two_columns(caption_lines=0)
        box = self.window_box(loss)
        self.box = box
        self.sides = {norm: self.build_2d(norm, column, loss, box)
                      for norm, column in zip(NORMS, columns, strict=True)}
        sides = list(self.sides.values())
        self.play(Write(self.title), *[Create(s["axes"]) for s in sides],
                  *[Create(s["ball"]) for s in sides], *[FadeIn(s["window"]) for s in sides],
                  *[FadeIn(s["family"]) for s in sides], *[FadeIn(s["center"]) for s in sides],
                  run_time=1.0)
        self.play(*[Create(s["contour"]) for s in sides], *[FadeIn(s["dot"]) for s in sides],
                  *[FadeIn(s["caption"][0]) for s in sides], run_time=1.0)
        self.beat("bridge_kkt", mu=f"{self.sides['l1']['mu']:.2f}", zoom=RULER_ZOOM)
        # one line at a time, in step with the subtitle: -grad f, s, mu s, then the ruler
        self.play(*[GrowArrow(s["pull"]) for s in sides],
                  *[FadeIn(s["names"][0]) for s in sides], run_time=0.8)
        self.wait(KKT_PAUSE)
        self.play(*[GrowArrow(s["single"]) for s in sides],
                  *[FadeIn(s["single_name"]) for s in sides],
                  *[FadeIn(s["normal_line"]) for s in sides], run_time=0.8)
        self.wait(KKT_PAUSE)
        self.play(*[ReplacementTransform(s["single"], s["push"]) for s in sides],
                  *[ReplacementTransform(s["single_name"], s["names"][1]) for s in sides],
                  *[FadeIn(s["caption"][1]) for s in sides], run_time=1.0)
        self.wait(KKT_PAUSE)
        # the two arrows magnified under the caption, s laid off mu times along mu s
        self.play(*[TransformFromCopy(s["pull"], s["ruler"][0]) for s in sides],
                  *[TransformFromCopy(s["push"], s["ruler"][1]) for s in sides],
                  *[FadeIn(s["ruler"][3:]) for s in sides], run_time=0.8)
        self.play(*[FadeIn(s["ruler"][2], lag_ratio=0.5) for s in sides], run_time=1.2)
        self.bring_to_front(*[s["dot"] for s in sides])  # the optimum over the arrows' feet
        self.tell_fan()
        self.beat("bridge_same")
        self.play(*[FadeOut(s[part]) for s in sides
                    for part in ("pull", "push", "names", "normal_line")], run_time=0.4)
        # the penalty's lines one at a time, with the subtitle: its contours (in place of
        # the loss's) and no downhill way, why, lam
        self.play(*[FadeOut(s[part]) for s in sides for part in ("family", "contour",
                                                                 "center")],
                  *[Create(s["pen_contours"]) for s in sides],
                  *[FadeIn(s["pen_label"]) for s in sides],
                  *[FadeIn(s["caption"][2]) for s in sides], run_time=0.8)
        self.wait(SAME_PAUSE)
        self.play(*[FadeIn(s["caption"][3]) for s in sides], run_time=0.8)
        self.wait(SAME_PAUSE)
        self.play(*[Create(s["ring"]) for s in sides],
                  *[FadeIn(s["caption"][4]) for s in sides], run_time=1.0)
        self.beat("bridge_lambda")
        self.play(*[FadeOut(s["caption"]) for s in sides],
                  *[FadeOut(s[part]) for s in sides for part in ("pen_contours", "pen_label")],
                  *[FadeIn(s[part]) for s in sides for part in ("family", "contour", "center")],
                  *[FadeIn(s[part]) for s in sides for part in ("objective", "live")],
                  *[FadeIn(s["ball_line"]) for s in sides], run_time=0.6)
        driven = self.drive(self.follow_k, *[s[part] for s in sides
                                             for part in ("ball", "contour", "dot", "ring",
                                                          "live")])
        self.play(self.k.animate.set_value(K_TOP), run_time=K_SECONDS, rate_func=smooth)
        lams = {norm: s["lam"] for norm, s in self.sides.items()}
        self.show("sweep", {norm: [[k * lam, budget_for_penalty(loss, norm, k * lam)]
                                   for k in (1.0, K_TOP)] for norm, lam in lams.items()})
        self.play(self.k.animate.set_value(1.0), run_time=K_SECONDS, rate_func=smooth)
        self.stop_driving(driven, self.follow_k)

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
        # the fan under everything else (the axes' ticks and the contours drawn over it)
        self.add(l1["fan"])
        self.bring_to_back(l1["fan"])
        self.play(FadeIn(l1["fan"]), *[FadeOut(s["ruler"]) for s in sides],
                  *[FadeOut(s["caption"][i]) for s in sides for i in (0, 1)],
                  *[FadeOut(s["normal_line"]) for s in sides],
                  *[FadeIn(s["fan_lines"]) for s in sides], run_time=1.0)
        self.bring_to_front(*[s[part] for s in sides for part in ("pull", "push", "dot")])
        # over the fan the names go without their boxes: the fan is seen whole through them
        boxes = [name[0] for name in l1["names"]]
        for box in boxes:
            box.set_fill(opacity=0.0)
        moving = [s[part] for s in sides for part in ("family", "contour", "center", "pull",
                                                      "push", "names", "dot", "fan_lines")]
        driven = self.drive(self.follow_fan, *moving)
        for stop in path[1:]:
            self.play(self.fan.animate.set_value(stop), run_time=FAN_SECONDS, rate_func=smooth)
        self.stop_driving(driven, self.follow_fan)
        self.play(FadeOut(l1["fan"]), *[FadeOut(s["fan_lines"]) for s in sides],
                  *[FadeIn(s["caption"][i]) for s in sides for i in (0, 1)],
                  *[FadeIn(s["normal_line"]) for s in sides], run_time=0.6)
        for box in boxes:
            box.set_fill(opacity=1.0)
