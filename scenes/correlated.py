"""Two features growing correlated: the lasso often keeps only one, the ridge splits the weight.

Data (``mathcore.correlated``, stated on screen from the start): n = 60 samples,
``x1 = z1``, ``x2 = rho z1 + sqrt(1 - rho^2) z2``, ``y = x1 + x2 + e`` with z1, z2, e standard
normal, drawn once (seed 3) and kept for every rho; the loss is least squares on them,
centred at the least-squares fit c.  As rho sweeps from 0 to 0.99 the loss ellipses stretch
along (1, -1), the direction the data cannot pin down: the L1 optimum (left, budget
``||b||_1 <= 1``) slides along the diamond's edge to the corner (1, 0), which it reaches only
near rho = 0.99; the L2 optimum (right, ``||b||_2 <= 0.75``) stays close to the diagonal
b1 = b2.  The middle column says what c is (the least-squares fit), reads out the contours'
length over width and long axis (from A's eigenvalues: 1.2 at rho = 0, 13.6 along
(0.70, -0.71) at 0.99) and each budget against the size of c (||c||_1 >= 1.84 > 1,
||c||_2 >= 1.30 > 0.75 for every rho: c is outside both balls, so both optima lie on their
balls' edges).  At rho = 0.99 an inset over each plane magnifies x4 the square around its
optimum (as scenes/cloud.py's zoom); in it the contour grows (the level rises) until it
first touches: the diamond at its corner (1, 0), the circle beside the diagonal.  Then a
small plot shows the loss along the diamond's edge, from the lasso's corner to the other
twin's, on a loss axis tight round its values: it rises from the corner (the first contact)
but only a little, because the contour runs at the small angle mathcore measures to the
edge.  A point slides along the edge (white, on the lasso's plane and on the plot, read out)
out to the other twin's corner and back; it is larger than an optimum and drawn under it,
so at the corner it rings the green optimum.  Then other draws of the same model at
rho = 0.99 (x1, x2 and e redrawn: seeds 3, 19, 0, 22, picked among the first 25 so that c
stays on the plane and both twins appear, which the screen says) replace the data one after
the other: the lasso keeps x1 in some and x2 in others, the ridge splits 49-51 %.  The
closing note (white) gives mathcore's count over 300 draws (seeds 0-299): only x1 121, only
x2 95, both 84; the ridge's share on x1 stays within 48-52 %.  With x1, x2 of seed 3 kept
and only e redrawn (300 draws of e from ``default_rng(1000 + k)``) the lasso keeps only x1
202 times, only x2 12, both 86: the choice comes from the whole draw, not the noise alone,
so the screen says "draws", not "the noise".  The budgets are set by hand; the
middle column says so, and that each is 51-58 % of its ||c||_p over the sweep
(``budget_shares``).  Contours, optima, c and the read-outs follow rho (and the draw) on
every frame.

Render: ``manim render scenes/correlated.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UL,
    UP,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    VGroup,
    Write,
    config,
    smooth,
)

from mathcore import QuadraticLoss, contour_angle, norm_value, solve_constrained
from mathcore.correlated import correlated_pair
from mathcore.preprocessing import center
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import LiveLine
from scenes.strings import reading_seconds, text
from scenes.zoom import zoom_view

RHO_START, RHO_END = 0.0, 0.99
RADII = {"l1": 1.0, "l2": 0.75}
SAMPLES, SEED = 60, 3
PLANE_RANGE = 1.6
READOUT_GAP = 0.5
MIDDLE_WIDTH = 3.4
EDGE_SAMPLES = 200
#: The insets at rho = 0.99: data half-width of the square around each optimum; the inset
#: covers its plane, so it magnifies PLANE_RANGE / ZOOM_HALF times.
ZOOM_HALF = 0.4
#: The point that slides along the diamond's edge and its twin on the plot of the loss: a
#: white disc larger than an optimum's and drawn under it, so at the corner it rings the
#: green optimum instead of covering it.
SLIDER_COLOR = theme.TEXT_COLOR
SLIDER_RADIUS = 1.6 * theme.DOT_RADIUS
#: The insets' contour grows from this fraction of its touching size (sqrt of the level).
INSET_GROWTH_START = 0.6
INSET_GROWTH_SECONDS = 2.5
#: Other draws of the same model at rho = 0.99 (x1, x2 and e redrawn), shown one after the
#: other: picked among the first 25 seeds so that c stays on the plane and both twins appear.
DRAW_SEEDS = (SEED, 19, 0, 22)
DRAW_HOLD = 1.6
#: Seeds 0 .. TALLY_DRAWS - 1: how often the lasso keeps x1 only, x2 only or both.
TALLY_DRAWS = 300
EDGE_NUMBER_SIZE = theme.SMALL_SIZE * 0.8
#: At most this many numbers on the plot's loss axis.
EDGE_NUMBERS = 3
#: Space between the lines of the middle column.
LINE_GAP = 0.12
NAMES = {"l1": "lasso", "l2": "ridge"}


def loss_at(rho: float, seed: int = SEED) -> QuadraticLoss:
    """The least-squares loss of the correlated data (draw ``seed``) at correlation rho."""
    return QuadraticLoss.from_data(*center(*correlated_pair(rho, SAMPLES, seed)))


def contour_shape(loss: QuadraticLoss) -> tuple[float, np.ndarray]:
    """Every contour's length over its width, sqrt(largest / smallest eigenvalue of A), and
    its long axis (the eigenvector of the smallest eigenvalue, first component >= 0)."""
    values, vectors = loss.eigen
    order = np.argsort(values)
    axis = vectors[:, order[0]]
    return float(np.sqrt(values[order[-1]] / values[order[0]])), axis if axis[0] >= 0 else -axis


def magnification() -> float:
    return PLANE_RANGE / ZOOM_HALF


def budget_shares(count: int = 100) -> tuple[float, float]:
    """The smallest and largest budget t as a percentage of ||c||_p (either norm) over the
    sweep: RADII are set by hand, each about half of its ||c||_p at every rho."""
    shares = [100 * t / norm_value(loss_at(rho).center, norm)
              for rho in np.linspace(RHO_START, RHO_END, count) for norm, t in RADII.items()]
    return float(min(shares)), float(max(shares))


def edge_at(step: float) -> tuple[np.ndarray, float]:
    """The point ``step`` of the way along the diamond's edge from the lasso's corner at
    rho = 0.99 to the other twin's corner, and the loss there."""
    loss, solutions = solutions_at(RHO_END)
    corner = solutions["l1"].beta
    point = corner + step * (corner[::-1] - corner)
    return point, float(loss.value(point))


def solutions_at(rho: float, seed: int = SEED) -> tuple[QuadraticLoss, dict]:
    """mathcore's loss and both constrained optima at ``rho`` (data drawn with ``seed``)."""
    loss = loss_at(rho, seed)
    return loss, {norm: solve_constrained(loss, norm, t) for norm, t in RADII.items()}


def lasso_keeps(beta: np.ndarray) -> str:
    """Which features the lasso optimum keeps: "x1", "x2" or "both" (exact zeros)."""
    kept = np.flatnonzero(beta)
    return "both" if len(kept) != 1 else f"x{int(kept[0]) + 1}"


def ridge_share(beta: np.ndarray) -> int:
    """The ridge's weight on x1, in whole per cent of |b1| + |b2|."""
    return round(100 * abs(beta[0]) / np.abs(beta).sum())


def draw_tally(count: int = TALLY_DRAWS) -> dict:
    """Over the draws seed = 0 .. count - 1 at rho = 0.99: how many times the lasso keeps
    only x1, only x2 or both, and the smallest and largest ridge share on x1."""
    kept = {"x1": 0, "x2": 0, "both": 0}
    shares = []
    for seed in range(count):
        solutions = solutions_at(RHO_END, seed)[1]
        kept[lasso_keeps(solutions["l1"].beta)] += 1
        shares.append(100 * abs(solutions["l2"].beta[0]) / np.abs(solutions["l2"].beta).sum())
    return {**kept, "share_low": float(min(shares)), "share_high": float(max(shares))}


def edge_numbers(low: float, high: float, tick: float) -> list[float]:
    """Numbers on every k-th tick (multiples of ``tick``) in [low, high], k the smallest
    that leaves at most ``EDGE_NUMBERS`` of them."""
    for k in range(1, 100):
        step = k * tick
        values = np.arange(np.ceil(low / step - 1e-9), np.floor(high / step + 1e-9) + 1) * step
        if len(values) <= EDGE_NUMBERS:
            return [round(float(v), 10) for v in values]
    return []


class CorrelatedFeatures(NormvizScene):
    """Lasso and ridge optima on the same loss while the features' correlation grows."""

    def construct(self) -> None:
        self.rho = self.tracker("rho", RHO_START)
        self.seed = self.tracker("seed", SEED)
        self.build_planes()
        self.tell_story()

    def build_planes(self) -> None:
        """Left: L1 plane; right: L2 plane; each with ball, diagonal, contour, c, optimum;
        between them the correlation (and, later, the zoom on the lasso's corner)."""
        self.title = pieces.title(text("corr_title", self.lang))
        left, self.middle, right = layout.flanking_squares(MIDDLE_WIDTH, caption_lines=2,
                                                           below=2 * READOUT_GAP)
        loss, solutions = solutions_at(RHO_START)
        self.rho_line = LiveLine(text("corr_rho", self.lang), [f"{RHO_START:.2f}"],
                                 theme.BODY_SIZE)
        self.rho_line.move_to(self.middle.center).align_to([0.0, self.middle.top, 0.0], UP)
        self.build_middle(loss)
        self.planes = {}
        for norm, column in zip(RADII, (left, right), strict=True):
            header_band, column = column.split_top(READOUT_GAP)
            square, readout_band = column.split_bottom(READOUT_GAP)
            square = square.shrink(right=layout.AXIS_NAME_ROOM, top=layout.AXIS_NAME_ROOM)
            axes = self.plane(norm, pieces.fit_axes(
                np.array([-PLANE_RANGE, -PLANE_RANGE]), np.array([PLANE_RANGE, PLANE_RANGE]),
                square.width, square.height))
            square.place(axes)
            names = pieces.axis_labels(axes, text("axis_x", self.lang), text("axis_y", self.lang))
            diagonal = DashedLine(axes.c2p(-PLANE_RANGE, -PLANE_RANGE),
                                  axes.c2p(PLANE_RANGE, PLANE_RANGE),
                                  color=theme.MUTED_TEXT_COLOR, stroke_width=1.5)
            ball = pieces.BallOutline(axes, norm, RADII[norm])
            contour = pieces.LossContour(axes, loss, solutions[norm].loss, clip_to_axes=True)
            center_dot = Dot(axes.c2p(*loss.center), radius=theme.DOT_RADIUS,
                             color=theme.LOSS_COLOR)
            center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                      theme.LOSS_COLOR)
            dot = Dot(axes.c2p(*solutions[norm].beta), radius=theme.DOT_RADIUS,
                      color=pieces.optimum_color(solutions[norm].beta))
            readout = LiveLine(text("corr_optimum", self.lang), ["0.000", "0.000"],
                               theme.SMALL_SIZE, theme.NORM_COLORS[norm])
            readout_band.place(readout)
            header = header_band.place(pieces.fit_into(pieces.label(
                text(f"corr_{NAMES[norm]}", self.lang), theme.BODY_SIZE, theme.NORM_COLORS[norm]),
                header_band.width))
            self.planes[norm] = {"axes": axes, "names": names, "diagonal": diagonal,
                                 "ball": ball, "header": header, "contour": contour,
                                 "center": center_dot, "center_tag": center_tag, "dot": dot,
                                 "readout": readout}
        self.follow_rho()

    def build_middle(self, loss: QuadraticLoss) -> None:
        """Under the correlation: what c is, the contours' shape (length : width and long
        axis, from A's eigenvalues), and each budget t against the size of c."""
        size = theme.SMALL_SIZE
        width = self.middle.width
        key = pieces.fit_into(pieces.label(text("corr_center", self.lang), size,
                                           theme.LOSS_COLOR), width)
        self.shape_line = LiveLine(text("corr_shape", self.lang), ["0.0"], size,
                                   theme.LOSS_COLOR)
        self.axis_line = LiveLine(text("corr_axis", self.lang), ["0.00", "0.00"], size,
                                  theme.LOSS_COLOR)
        self.budget_lines = {norm: LiveLine(text(f"corr_budget_{norm}", self.lang), ["0.00"],
                                            size, theme.NORM_COLORS[norm]) for norm in RADII}
        low, high = budget_shares()
        why = pieces.fit_into(pieces.label(text("corr_budget_why", self.lang,
                                                low=f"{np.floor(low):.0f}",
                                                high=f"{np.ceil(high):.0f}"), size,
                                           theme.MUTED_TEXT_COLOR), width)
        self.show("budget_shares", {"low": low, "high": high})
        self.middle_lines = VGroup(key, self.shape_line, self.axis_line,
                                   *self.budget_lines.values(), why)
        above = self.rho_line
        for line in self.middle_lines:
            line.next_to(above, DOWN, buff=LINE_GAP + (0.25 if line is self.budget_lines["l1"]
                                                       else 0.0))
            line.set_x(self.middle.center[0])
            above = line
        for line in self.middle_lines:
            assert line.width <= width + 1e-6, "a middle line is wider than the column"
        shape = contour_shape(loss)
        self.show("contour_shape_start", {"ratio": shape[0], "axis": shape[1].tolist()})

    def follow_rho(self) -> None:
        """The one updater: the loss at the current rho moves contours, c, optima, read-outs."""
        rho = self.rho.get_value()
        loss, solutions = solutions_at(rho, round(self.seed.get_value()))
        self.rho_line.set_fields(f"{rho:.2f}")
        ratio, axis = contour_shape(loss)
        self.shape_line.set_fields(f"{ratio:.1f}")
        self.axis_line.set_fields(*(f"{x:.2f}".replace("-", "−") for x in axis))
        for norm, line in self.budget_lines.items():
            line.set_fields(f"{norm_value(loss.center, norm):.2f}")
        for norm, plane in self.planes.items():
            axes, beta = plane["axes"], solutions[norm].beta
            plane["contour"].show(loss, solutions[norm].loss)
            plane["dot"].move_to(axes.c2p(*beta)).set_color(pieces.optimum_color(beta))
            plane["center"].move_to(axes.c2p(*loss.center))
            plane["center_tag"].next_to(plane["center"], UP, buff=0.08)
            plane["readout"].set_fields(*(pieces.format_coefficient(x) for x in beta))

    def tell_story(self) -> None:
        """Planes and optima at rho = 0, rho sweeps to 0.99, the zoom on the corner."""
        fixed = ("axes", "names", "diagonal", "ball", "header")
        still = [m for plane in self.planes.values() for key, m in plane.items() if key in fixed]
        moving = [m for plane in self.planes.values()
                  for key, m in plane.items() if key not in fixed]
        caption = layout.caption_band(2)
        self.data_note = caption.place(pieces.fit_into(pieces.label(
            text("corr_data", self.lang, n=SAMPLES, seed=SEED), theme.SMALL_SIZE,
            theme.TEXT_COLOR), caption.width))
        self.show("data", {"n": SAMPLES, "seed": SEED})
        self.beat("corr_start")
        self.play(Write(self.title), *[FadeIn(m) for m in still], run_time=1.5)
        shown = self.time
        self.play(*[FadeIn(m) for m in moving], FadeIn(self.rho_line), FadeIn(self.middle_lines),
                  FadeIn(self.data_note), run_time=1.0)
        # the data's one line is read before rho starts to move (it stays during the sweep)
        self.read_since(shown, self.data_note.original_text)
        sweep = self.drive(self.follow_rho, self.rho_line, *self.middle_lines, *moving)
        self.beat("corr_sweep")
        self.play(self.rho.animate.set_value(RHO_END), run_time=9.0, rate_func=smooth)
        self.stop_driving(sweep, self.follow_rho)
        self.show("optima", {f"{rho:g}": {norm: s.as_dict() for norm, s in
                                          solutions_at(rho)[1].items()}
                             for rho in (RHO_START, RHO_END)})
        self.show("contour_shape_end", dict(zip(("ratio", "axis"), (
            lambda shape: (shape[0], shape[1].tolist()))(contour_shape(solutions_at(RHO_END)[0])),
            strict=True)))
        self.show("center_norms", {f"{rho:g}": {norm: float(norm_value(
            solutions_at(rho)[0].center, norm)) for norm in RADII}
                                   for rho in (RHO_START, RHO_END)})
        self.zoom_in()
        self.zoom_on_corner()
        self.redraw(moving)
        self.note = self.closing_note()
        self.beat("corr_end")
        shown = self.time
        self.play(FadeIn(self.note), run_time=0.8)
        self.read_since(shown, self.beats[-1]["subtitle"], self.note.original_text)

    def redraw(self, moving: list) -> None:
        """Back to the lasso's corner, then other draws of the same model at rho = 0.99, one
        after the other: the planes show each draw's contours, c and optima (mathcore's), and
        a row per draw says which twin the lasso keeps and how the ridge splits."""
        rows = []
        for seed in DRAW_SEEDS:
            solutions = solutions_at(RHO_END, seed)[1]
            lasso, ridge = solutions["l1"].beta, solutions["l2"].beta
            share = ridge_share(ridge)
            rows.append({"seed": seed, "keeps": lasso_keeps(lasso), "share": share,
                         "lasso": lasso.tolist(), "ridge": ridge.tolist()})
        self.show("draws", rows)
        band = self.middle.split_top(0.8)[1]
        header = pieces.fit_into(pieces.label(text("corr_draws_head", self.lang, rho=RHO_END),
                                              theme.SMALL_SIZE, theme.TEXT_COLOR), band.width)
        self.draw_rows = [pieces.fit_into(pieces.label(
            text("corr_draw_row", self.lang, seed=row["seed"],
                 kept=text(f"corr_keeps_{row['keeps']}", self.lang), share=row["share"],
                 rest=100 - row["share"]), theme.SMALL_SIZE, theme.TEXT_COLOR), band.width)
            for row in rows]
        table = VGroup(header, *self.draw_rows).arrange(DOWN, buff=2 * LINE_GAP)
        table.move_to(band.center).align_to([0.0, band.top, 0.0], UP)
        self.beat("corr_draws")
        # back to the corner the lasso kept (the first contact, narrowly), then the plot goes
        self.play(FadeOut(self.edge_note), self.edge_step.animate.set_value(0.0),
                  run_time=1.5, rate_func=smooth)
        self.stop_driving(self.sliding, self.follow_edge)
        self.play(FadeOut(self.edge_plot), FadeOut(self.slider), FadeOut(self.plot_slider),
                  FadeOut(self.edge_readout), FadeIn(header), run_time=0.6)
        driving = self.drive(self.follow_rho, *moving)
        for seed, row in zip(DRAW_SEEDS, self.draw_rows, strict=True):
            self.seed.set_value(seed)
            self.play(FadeIn(row), run_time=0.4)
            self.wait(DRAW_HOLD)
        self.stop_driving(driving, self.follow_rho)

    def follow_edge(self) -> None:
        """The sliding point at the tracker's step: on the lasso's plane, on the plot of
        the loss along the edge, and read out."""
        step = self.edge_step.get_value()
        point, value = edge_at(step)
        self.slider.move_to(self.planes["l1"]["axes"].c2p(*point))
        self.plot_slider.move_to(self.edge_axes.c2p(step, value))
        self.edge_readout.set_fields(*(f"{x:.2f}" for x in point), f"{value:.3f}")

    def slide(self, to: float, *reading: str) -> None:
        """Move the sliding point to step ``to`` over the time it takes to read
        ``reading`` (the beat's subtitle and its note), less the still second at the end."""
        seconds = reading_seconds(" ".join(reading), self.lang)
        self.play(self.edge_step.animate.set_value(to), run_time=max(2.0, seconds - 1.0),
                  rate_func=smooth)

    def zoom_on_corner(self) -> None:
        """At rho = 0.99: the loss along the diamond's edge, from the lasso's corner to the
        other twin's: it rises from the corner, so the corner is the first contact, but only
        a little (the contour runs almost along the edge, at the angle mathcore measures)."""
        loss, solutions = solutions_at(RHO_END)
        corner = solutions["l1"].beta
        other = corner[::-1]  # the other twin's corner
        edge = other - corner
        angle = np.degrees(contour_angle(loss, corner, edge))
        steps = np.linspace(0.0, 1.0, EDGE_SAMPLES)
        values = np.asarray(loss.value(corner + steps[:, None] * edge))
        band = self.middle.split_top(0.8)[1]
        header, plot_area = band.split_top(0.9)
        # a tight range round the values (the rise is a few per cent): its ticks, at
        # multiples of a power of ten, and numbers on every k-th of them
        span = float(values.max() - values.min())
        tick = float(10 ** np.floor(np.log10(span / 2)))
        low = np.floor((values.min() - 0.25 * span) / tick) * tick
        high = np.ceil((values.max() + 0.25 * span) / tick) * tick
        numbers = edge_numbers(low, high, tick)
        number_room = max(pieces.label(f"{v:.2f}", EDGE_NUMBER_SIZE).width for v in numbers)
        self.edge_axes = self.plane("edge", pieces.coefficient_axes(
            (0.0, 1.0), (low, high), plot_area.width - 0.5 - number_room,
            0.55 * plot_area.height))
        self.edge_axes.move_to(plot_area.center).align_to([plot_area.right - 0.3, 0, 0], RIGHT)
        curve = pieces.CurveReveal(self.edge_axes.c2p(np.column_stack([steps, values])), steps,
                                   increasing=True, color=theme.LOSS_COLOR,
                                   stroke_width=theme.CONTOUR_STROKE)
        marker = Dot(self.edge_axes.c2p(0.0, values[0]), radius=theme.DOT_RADIUS,
                     color=pieces.optimum_color(corner))  # the corner: an exact 0
        ticks = VGroup(*[pieces.label(f"{v:.2f}", EDGE_NUMBER_SIZE, theme.MUTED_TEXT_COLOR)
                         .next_to(self.edge_axes.c2p(0.0, v), LEFT, buff=0.14)
                         for v in numbers])
        # the corners under the ends of the axis, inside its span
        names = VGroup(*[pieces.label("({}, {})".format(*[f"{value:g}" for value in point]),
                                      theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
            self.edge_axes.c2p(x, low), DOWN, buff=0.1, aligned_edge=edge)
            for x, point, edge in ((0.0, corner, LEFT), (1.0, other, RIGHT))], ticks)
        title = pieces.fit_into(pieces.label(text("corr_edge", self.lang), theme.SMALL_SIZE),
                                header.width)
        self.edge_readout = LiveLine(text("corr_edge_point", self.lang),
                                     ["0.00", "0.00", "0.000"], theme.SMALL_SIZE,
                                     SLIDER_COLOR)
        VGroup(title, self.edge_readout).arrange(DOWN, buff=LINE_GAP).move_to(header.center)
        assert self.edge_readout.width <= header.width + 1e-6
        # the point that slides along the edge: on the lasso's plane and on the plot
        self.edge_step = self.tracker("edge_step", 0.0)
        # the sliders under the optima they pass: the corner's green stays visible
        self.slider = Dot(radius=SLIDER_RADIUS, color=SLIDER_COLOR).set_z_index(3)
        self.plot_slider = Dot(radius=SLIDER_RADIUS, color=SLIDER_COLOR).set_z_index(3)
        marker.set_z_index(4)
        self.follow_edge()
        self.edge_plot = VGroup(self.edge_axes, curve, marker, names, title)
        rise = 100 * (values[-1] - values[0]) / values[0]
        caption = layout.caption_band(2)
        self.edge_note = caption.place(pieces.fit_into(pieces.label(
            text("corr_zoom", self.lang, angle=f"{angle:.2f}", here=f"{values[0]:.3f}",
                 there=f"{values[-1]:.3f}", rise=f"{rise:.0f}"),
            theme.SMALL_SIZE, theme.TEXT_COLOR), caption.width))
        self.show("edge", {"corner": corner.tolist(), "other_corner": other.tolist(),
                           "angle_degrees": angle, "loss_at_corner": float(values[0]),
                           "loss_at_other_corner": float(values[-1]),
                           "loss_range": [float(low), float(high)], "numbers": numbers})
        self.beat("corr_zoom", angle=f"{angle:.2f}")
        self.play(FadeOut(self.middle_lines), FadeOut(self.inset_note), FadeOut(self.insets),
                  *[FadeIn(plane["names"]) for plane in self.planes.values()], run_time=0.4)
        self.planes["l1"]["dot"].set_z_index(4)  # above the slider (the insets are gone)
        self.play(FadeIn(title), Create(self.edge_axes), FadeIn(names), run_time=0.8)
        self.play(Create(curve), FadeIn(marker), FadeIn(self.edge_note), run_time=1.5)
        self.play(FadeIn(self.slider, self.plot_slider, self.edge_readout), run_time=0.4)
        self.sliding = self.drive(self.follow_edge, self.slider, self.plot_slider,
                                  self.edge_readout)
        # out along the edge to the other twin's corner while the note is read: the loss
        # rises the whole way
        self.slide(1.0, self.beats[-1]["subtitle"], self.edge_note.original_text)

    def zoom_in(self) -> None:
        """At rho = 0.99, as in the cloud scene: a square around each optimum, then its view
        magnified over the whole plane, with the ball, the long thin contour and the optimum."""
        loss, solutions = solutions_at(RHO_END)
        self.insets = VGroup()
        for norm, plane in self.planes.items():
            inset, source = self.inset(norm, plane["axes"], loss, solutions[norm])
            self.insets.add(VGroup(source, inset))
        ratio = contour_shape(loss)[0]
        lasso, ridge = solutions["l1"].beta, solutions["l2"].beta
        caption = layout.caption_band(2)
        self.inset_note = caption.place(pieces.fit_into(pieces.label(
            text("corr_inset", self.lang, rho=RHO_END, zoom=f"{magnification():g}",
                 ratio=f"{ratio:.1f}", corner=pieces.coordinates_text(lasso),
                 ridge=pieces.coordinates_text(ridge)),
            theme.SMALL_SIZE, theme.TEXT_COLOR), caption.width))
        self.show("inset", {"magnification": magnification(), "half_width": ZOOM_HALF,
                            "centres": {norm: s.beta.tolist() for norm, s in solutions.items()},
                            "length_over_width": ratio})
        self.beat("corr_inset", zoom=f"{magnification():g}")
        # each inset's contour grows (the loss's level rises) until it first touches its
        # ball; then the optimum appears there
        self.inset_growth = self.tracker("inset_growth", INSET_GROWTH_START)
        self.follow_growth()
        optima = [plane["inset"]["optimum"] for plane in self.planes.values()]
        self.play(*[Create(group[0]) for group in self.insets], FadeOut(self.data_note),
                  run_time=0.6)
        shown = self.time
        self.play(*[FadeIn(VGroup(*[m for m in group[1] if m not in optima]))
                    for group in self.insets], FadeIn(self.inset_note),
                  *[FadeOut(plane["names"]) for plane in self.planes.values()], run_time=1.0)
        growing = self.drive(self.follow_growth,
                             *[plane["inset"]["contour"] for plane in self.planes.values()])
        self.play(self.inset_growth.animate.set_value(1.0), run_time=INSET_GROWTH_SECONDS,
                  rate_func=smooth)
        self.stop_driving(growing, self.follow_growth)
        self.play(*[FadeIn(optimum, scale=0.5) for optimum in optima], run_time=0.4)
        self.read_since(shown, self.inset_note.original_text)

    def read_since(self, shown: float, *paragraphs: str) -> None:
        """Hold until ``paragraphs``, on screen since the time ``shown``, can be read."""
        left = reading_seconds(" ".join(paragraphs), self.lang) - (self.time - shown)
        if left > 0:  # whole frames, one more (as base's beats): manim floors a wait's frames
            self.wait((np.ceil(left * config.frame_rate - 1e-9) + 1.5) / config.frame_rate)

    def follow_growth(self) -> None:
        """Each inset's contour at growth^2 times its optimum's loss (its size: growth)."""
        growth = self.inset_growth.get_value()
        _, solutions = solutions_at(RHO_END)
        for norm, plane in self.planes.items():
            plane["inset"]["contour"].show(level=growth**2 * solutions[norm].loss)

    def inset(self, norm: str, axes, loss: QuadraticLoss, solution) -> tuple[VGroup, VGroup]:
        """The square around the optimum, then its view magnified over the whole plane."""
        view = zoom_view(axes, PLANE_RANGE, solution.beta, ZOOM_HALF, norm, RADII[norm], loss,
                         solution.loss)
        zoom = self.plane(f"{norm}_zoom", view.axes)
        scale = pieces.label(text("corr_inset_scale", self.lang, zoom=f"{magnification():g}"),
                             theme.SMALL_SIZE, theme.TEXT_COLOR)
        scale.next_to(view.frame.get_corner(UL), DOWN + RIGHT, buff=0.08)
        inset = VGroup(view.body, view.optimum, scale).set_z_index(2)
        # the contour is the last piece of the view's body (scenes/zoom.py)
        self.planes[norm]["inset"] = {"axes": zoom, "scale": scale, "frame": view.frame,
                                      "contour": view.body[-1], "optimum": view.optimum}
        return inset, view.source

    def closing_note(self) -> VGroup:
        """Over TALLY_DRAWS draws at 0.99: how often the lasso keeps x1, x2 or both, and the
        range of the ridge's share on x1 (explanatory prose: the theme's text colour)."""
        tally = draw_tally()
        self.show("tally", {"draws": TALLY_DRAWS, **tally})
        band = layout.caption_band(2)
        note = pieces.label(text("corr_note", self.lang, rho=RHO_END, count=TALLY_DRAWS,
                                 x1=tally["x1"], x2=tally["x2"], both=tally["both"],
                                 low=f"{np.floor(tally['share_low']):.0f}",
                                 high=f"{np.ceil(tally['share_high']):.0f}"),
                            theme.SMALL_SIZE, theme.TEXT_COLOR)
        return band.place(pieces.fit_into(note, band.width))
