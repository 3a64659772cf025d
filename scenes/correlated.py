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
balls' edges; each budget is about half of its ||c||_p, which is why the two differ).  At
rho = 0.99 an inset over each plane magnifies x4 the square around its optimum (as
scenes/cloud.py's zoom), with the corner's coordinates beside the lasso's optimum and the
diagonal b1 = b2 beside the ridge's; each inset's opaque frame comes first, then its
picture (and on leaving the picture goes first, then the frame: the plane and the inset
are never drawn over each other); in it the contour, cut inside the inset's frame, grows
(the level rises, from where it enters the frame: ``inset_size``) until it first touches:
the diamond at its corner (1, 0), the circle beside the diagonal; only then come the
optima, the corner's coordinates, the angle and the read-outs under the planes.  The
lasso's contour is not the diamond's edge: it leaves the corner 0.52 degrees off it
(``mathcore.contour_angle``), a gap narrower than the two lines' strokes at any zoom (a
zoom keeps angles), so the lasso's inset is also stretched
x10 across the edge (``inset_stretch``: the angle opens to 5 degrees; the diamond is
unchanged there) and says so in plain words (the gap drawn 10 times wider so that it can
be seen); the inset and its caption say the true angle, and the caption says why a contour
looks straight there (a tiny piece of a very long ellipse).  Then a
small plot shows the loss along the diamond's edge, from the lasso's corner to the other
twin's, on a loss axis tight round its values: it rises from the corner (the first contact)
but only a little, because the contour runs at the small angle mathcore measures to the
edge.  A point slides along the edge (white, on the lasso's plane and on the plot, read out)
out to the other twin's corner and back; it is larger than an optimum and drawn under it,
so at the corner it rings the green optimum.  Then other draws of the same model at
rho = 0.99 (x1, x2 and e redrawn: seeds 3, 19, 0, 22, picked among the first 25 so that c
stays on the plane and both twins appear, which the screen says) replace the data one after
the other: the lasso keeps x1 in some and x2 in others (a green ring round its optimum
where it is a corner: the contour lies almost along the edge, but touches only there), the
ridge's share of the weight on x1 is 49-51 %. The closing note (white) gives mathcore's
count over 300 draws (seeds 0-299): only x1 121, only x2 95, both 84; the ridge's share of
the weight on x1 stays within 48-52 %; meanwhile the 300 draws' optima drop onto the planes
as small dots, one draw after the other (green: an exact 0, yellow: both kept), counted
beside their piles: the lasso's on its two corners (x121 at (1, 0), x95 at (0, 1)) and
along its edge (x84), the ridge's in one tight cluster by the diagonal (x300).  With x1,
x2 of seed 3 kept
and only e redrawn (300 draws of e from ``default_rng(1000 + k)``) the lasso keeps only x1
202 times, only x2 12, both 86: the choice comes from the whole draw, not the noise alone,
so the screen says "draws", not "the noise".  The budgets are set by hand, each
51-58 % of its ||c||_p over the sweep (``budget_shares``): the middle column reads out
t / ||c||_p = t / ||c||_p's value = its percentage at the current rho, and the first cue says
"a little over half".  Contours, optima, c and the read-outs follow rho (and the draw) on
every frame.

Render: ``manim render scenes/correlated.py``.
"""

from __future__ import annotations

import itertools
from functools import cache

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
    LaggedStart,
    Polygon,
    VGroup,
    Write,
    linear,
    smooth,
)

from mathcore import QuadraticLoss, contour_angle, contour_shape, norm_value, solve_constrained
from mathcore.correlated import correlated_pair, sample_correlation
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
#: The insets' growth runs from 0 to 1 (``inset_size``: each inset's contour from where it
#: first enters its frame to where it touches its ball), over at least
#: ``INSET_GROWTH_SECONDS`` (longer while the caption is read); then the optima fade in,
#: with the lasso's labels (the corner's coordinates, the angle) and the read-outs.
INSET_GROWTH_START = 0.0
INSET_GROWTH_SECONDS, OPTIMA_FADE = 2.5, 0.4
#: Other draws of the same model at rho = 0.99 (x1, x2 and e redrawn), shown one after the
#: other: picked among the first 25 seeds so that c stays on the plane and both twins appear.
DRAW_SEEDS = (SEED, 19, 0, 22)
DRAW_HOLD = 1.6
#: In the draws, where the lasso's optimum is a corner (an exact 0) a ring in the zero's
#: colour round it says that the contour touches there, at the corner, not along the edge
#: it nearly lies on (in these draws a fraction of a degree off it, ``contour_angle``): its
#: radius (screen units) and stroke.
CORNER_RING_RADIUS, CORNER_RING_STROKE = 0.22, 3
#: rho's sweep from 0 to 0.99 (s): long enough to watch the contours stretch along (1, -1).
SWEEP_SECONDS = 6.5
#: The middle column's lines fade in one after the other over this time (s), each this
#: share of it after the one before.
MIDDLE_SECONDS, MIDDLE_LAG = 2.5, 0.6
#: Seeds 0 .. TALLY_DRAWS - 1: how often the lasso keeps x1 only, x2 only or both.
TALLY_DRAWS = 300
#: The tally's optima drop onto the planes one draw after the other over at least this time
#: (s): as long as the closing note and subtitle take to read.
TALLY_SECONDS = 3.0
#: Each draw's optimum in the tally: smaller than the optimum's marker, so that the lasso's
#: optima that keep both features stand apart along the edge.
TALLY_DOT_RADIUS = 0.45 * theme.DOT_RADIUS
#: The counts beside the piles: their distance from a corner (and the step of the distances
#: tried from a pile's optima), and the least room left round a pile's count.
COUNT_BUFF, COUNT_CLEAR = 0.12, 0.08
COUNT_SIDES = (UP + RIGHT, RIGHT, UP, DOWN + RIGHT, UP + LEFT)
#: A pile's count keeps this far from the counts placed before it (the corners'), so that
#: it reads as its own pile's count.
COUNT_APART = 0.5
#: The lasso's inset is also stretched across the diamond's edge (about the corner): by
#: the least of ``STRETCHES`` that opens the contour's angle to the edge (mathcore's, half
#: a degree) to at least ``INSET_ANGLE`` degrees on screen, so that the gap between them,
#: narrower than their strokes at the zoom alone, is seen.  Within the inset the diamond is
#: unchanged (its two edges at the corner lie along and across the stretch).
INSET_ANGLE = 5.0
STRETCHES = tuple(m * 10**k for k in range(3) for m in (1, 2, 5))
EDGE_NUMBER_SIZE = theme.SMALL_SIZE
#: At most this many numbers on the plot's loss axis.
EDGE_NUMBERS = 3
#: Space between the lines of the middle column.
LINE_GAP = 0.12
NAMES = {"l1": "lasso", "l2": "ridge"}
#: Least room between "c" and an axis's name; "c"'s places beside its dot, in order of
#: preference, and its distance from it.
TAG_GAP = 0.05
TAG_SIDES = (UP, LEFT, DOWN, RIGHT)
TAG_BUFF = 0.08
#: Between an inset's frame and its "zoom" label above it (in the axis names' room).
SCALE_GAP = 0.06
#: The lasso inset's angle label, inside its frame's top right corner; its corner's
#: coordinates, beside the optimum.
ANGLE_BUFF, CORNER_BUFF = 0.12, 0.15


def boxes_overlap(a, b, gap: float = 0.0) -> bool:
    """Whether the bounding boxes of ``a`` and ``b``, grown by ``gap``, overlap."""
    return pieces.Box.of(a).gap(pieces.Box.of(b)) < gap


def loss_at(rho: float, seed: int = SEED) -> QuadraticLoss:
    """The least-squares loss of the correlated data (draw ``seed``) at correlation rho."""
    return QuadraticLoss.from_data(*center(*correlated_pair(rho, SAMPLES, seed)))


@cache
def sample_r(rho: float, seed: int = SEED) -> float:
    """The correlation of the two features as drawn (draw ``seed``) at rho: at rho = 0 it
    is not 0, and the contours lean accordingly."""
    return sample_correlation(correlated_pair(rho, SAMPLES, seed)[0])


def magnification() -> float:
    return PLANE_RANGE / ZOOM_HALF


@cache
def edge_angle() -> float:
    """The angle (radians) between the lasso's contour and the diamond's edge at the
    corner, at rho = 0.99 (``mathcore.contour_angle``)."""
    loss, solutions = solutions_at(RHO_END)
    corner = solutions["l1"].beta
    return float(contour_angle(loss, corner, corner[::-1] - corner))


def inset_stretch() -> int:
    """How many times the lasso's inset is stretched across the edge: the least of
    ``STRETCHES`` for which k tan(angle) >= tan(INSET_ANGLE) (a stretch multiplies the
    tangent of an angle measured from the stretch's fixed line)."""
    need = np.tan(np.radians(INSET_ANGLE)) / np.tan(edge_angle())
    return next(k for k in STRETCHES if k >= need)


def stretch_matrix() -> tuple[np.ndarray, np.ndarray]:
    """The lasso's corner at rho = 0.99 and the stretch M = I + (k - 1) n n^T about it
    (n: the unit normal of the diamond's edge from it to the other twin's corner): a
    point b of the plane is drawn in the inset at corner + M (b - corner)."""
    corner = solutions_at(RHO_END)[1]["l1"].beta
    edge = corner[::-1] - corner
    normal = np.array([-edge[1], edge[0]]) / np.linalg.norm(edge)
    return corner, np.eye(2) + (inset_stretch() - 1) * np.outer(normal, normal)


def inset_loss(norm: str) -> QuadraticLoss:
    """The loss as drawn in ``norm``'s inset at rho = 0.99: the ridge's as it is; the
    lasso's stretched (``stretch_matrix``): f(b) = (b - c)^T A (b - c) at w = corner +
    M (b - corner) is (w - c')^T M^-1 A M^-1 (w - c') with c' = corner + M (c - corner),
    the same value at the image of each point (so each contour keeps its level)."""
    loss = solutions_at(RHO_END)[0]
    if norm == "l2":
        return loss
    corner, stretch = stretch_matrix()
    inverse = np.linalg.inv(stretch)
    return QuadraticLoss.create(corner + stretch @ (loss.center - corner),
                                inverse @ loss.matrix @ inverse)


def box_minimum(loss: QuadraticLoss, low: np.ndarray, high: np.ndarray) -> float:
    """min of f(b) = (b - c)^T A (b - c) over the box [low, high] (2-D): 0 with c inside;
    else on an edge a + t d (t in [0, 1]), where f is least at t = -d^T A (a - c) / d^T A d,
    clipped to [0, 1]."""
    if np.all((low <= loss.center) & (loss.center <= high)):
        return 0.0
    corners = np.array([low, [high[0], low[1]], high, [low[0], high[1]]])
    best = np.inf
    for a, b in zip(corners, np.roll(corners, -1, axis=0), strict=True):
        d, offset = b - a, a - loss.center
        t = np.clip(-(d @ loss.matrix @ offset) / (d @ loss.matrix @ d), 0.0, 1.0)
        best = min(best, float(loss.value(a + t * d)))
    return best


def inset_size(norm: str, growth: float) -> float:
    """The size (sqrt of the level over the optimum's loss) of ``norm``'s inset contour
    at ``growth`` in [0, 1]: from the size at which it first meets the inset's square
    [optimum - ZOOM_HALF, optimum + ZOOM_HALF]^2 (its loss, ``inset_loss``, at least
    ``box_minimum`` there) to 1, where it touches the ball; linear in between."""
    solution = solutions_at(RHO_END)[1][norm]
    start = np.sqrt(box_minimum(inset_loss(norm), solution.beta - ZOOM_HALF,
                                solution.beta + ZOOM_HALF) / solution.loss)
    return float(start + (1.0 - start) * growth)


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


@cache
def draw_optima(count: int = TALLY_DRAWS) -> dict[str, np.ndarray]:
    """Both constrained optima at rho = 0.99 for the draws seed = 0 .. count - 1: for each
    norm an array of shape (count, 2), row k from seed k (mathcore's solver)."""
    rows = [solutions_at(RHO_END, seed)[1] for seed in range(count)]
    return {norm: np.array([row[norm].beta for row in rows]) for norm in RADII}


def draw_tally(count: int = TALLY_DRAWS) -> dict:
    """Over the draws seed = 0 .. count - 1 at rho = 0.99: how many times the lasso keeps
    only x1, only x2 or both, and the smallest and largest ridge share on x1."""
    optima = draw_optima(count)
    kept = {"x1": 0, "x2": 0, "both": 0}
    for beta in optima["l1"]:
        kept[lasso_keeps(beta)] += 1
    ridge = optima["l2"]
    shares = 100 * np.abs(ridge[:, 0]) / np.abs(ridge).sum(axis=1)
    return {**kept, "share_low": float(shares.min()), "share_high": float(shares.max())}


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
        # where each plane's "c" stands beside its dot: an index into TAG_SIDES
        self.tag_sides = {norm: self.tracker(f"tag_side_{norm}", 0) for norm in RADII}
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
        self.sample_line = LiveLine(text("corr_sample", self.lang), ["−0.00"], size,
                                    theme.TEXT_COLOR)
        self.shape_line = LiveLine(text("corr_shape", self.lang), ["0.0"], size,
                                   theme.LOSS_COLOR)
        self.budget_lines = {norm: LiveLine(text(f"corr_budget_{norm}", self.lang, t=f"{t:g}"),
                                            ["0.000", "00"], size, theme.NORM_COLORS[norm])
                             for norm, t in RADII.items()}
        low, high = budget_shares()
        self.show("budget_shares", {"low": low, "high": high})
        self.middle_lines = VGroup(self.sample_line, key, self.shape_line,
                                   *self.budget_lines.values())
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
        self.sample_line.set_fields(
            pieces.with_minus(f"{sample_r(rho, round(self.seed.get_value())):.2f}"))
        ratio, _ = contour_shape(loss)
        self.shape_line.set_fields(f"{ratio:.1f}")
        for norm, line in self.budget_lines.items():
            size_of_c = norm_value(loss.center, norm)
            line.set_fields(f"{size_of_c:.3f}", f"{100 * RADII[norm] / size_of_c:.0f}")
        for norm, plane in self.planes.items():
            axes, beta = plane["axes"], solutions[norm].beta
            plane["contour"].show(loss, solutions[norm].loss)
            plane["dot"].move_to(axes.c2p(*beta)).set_color(pieces.optimum_color(beta))
            plane["center"].move_to(axes.c2p(*loss.center))
            self.place_center_tag(norm)
            plane["readout"].set_fields(*(pieces.format_coefficient(x) for x in beta))

    def place_center_tag(self, norm: str) -> None:
        """"c" beside its dot: above it, or else left, below or right of it, the first
        place that stays off the axes' names (and inside the plane); the side is recorded."""
        plane = self.planes[norm]
        tag, dot, axes = plane["center_tag"], plane["center"], plane["axes"]
        for index, side in enumerate(TAG_SIDES):
            tag.next_to(dot, side, buff=TAG_BUFF)
            inside = (axes.get_left()[0] <= tag.get_left()[0]
                      and tag.get_right()[0] <= axes.get_right()[0]
                      and axes.get_bottom()[1] <= tag.get_bottom()[1]
                      and tag.get_top()[1] <= axes.get_top()[1] + 0.3)
            if inside and not any(boxes_overlap(tag, name, TAG_GAP) for name in plane["names"]):
                self.tag_sides[norm].set_value(index)
                return
        tag.next_to(dot, UP, buff=TAG_BUFF)
        self.tag_sides[norm].set_value(0)

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
        self.beat("corr_start", r=pieces.with_minus(f"{sample_r(RHO_START):.2f}"))
        self.play(Write(self.title), *[FadeIn(m) for m in still], run_time=1.5)
        shown = self.time
        self.play(*[FadeIn(m) for m in moving], FadeIn(self.rho_line), FadeIn(self.data_note),
                  run_time=1.0)
        # the middle column one line after the other, in the subtitle's order (c, the budgets,
        # the sample's r and the contours' shape), over its reading
        sample, key, shape, *budgets = self.middle_lines
        self.play(LaggedStart(*[FadeIn(line) for line in (key, *budgets, sample, shape)],
                              lag_ratio=MIDDLE_LAG),
                  run_time=max(MIDDLE_SECONDS, self.read_left() - 1.0))
        # the data's note stays on through the sweep: read by the sweep's end
        left = (reading_seconds(self.data_note.original_text, self.lang) - SWEEP_SECONDS
                - (self.time - shown))
        if left > 0:
            self.wait(left)
        sweep = self.drive(self.follow_rho, self.rho_line, *self.middle_lines, *moving)
        self.beat("corr_sweep")
        self.play(self.rho.animate.set_value(RHO_END), run_time=SWEEP_SECONDS,
                  rate_func=smooth)
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
        self.build_tally()
        self.beat("corr_end")
        shown = self.time
        # the last draw's contours, c and optima go; the 300 draws' optima drop in, one
        # draw after the other, and the counts beside them follow
        # (the last draw's ring, if it has one, goes with them: it stays while that draw
        # is on screen)
        ring = [self.corner_ring] if self.corner_ring in self.mobjects else []
        self.play(*[FadeOut(m) for m in (*moving, *ring)], run_time=0.8)
        self.play(FadeIn(self.tally_labels), run_time=0.3)
        dropping = self.drive(self.follow_tally, self.tally_dots, self.tally_labels)
        # the drop takes the time the subtitle takes to read
        left = reading_seconds(self.beats[-1]["subtitle"], self.lang) - (self.time - shown)
        self.play(self.tally_shown.animate.set_value(TALLY_DRAWS), rate_func=linear,
                  run_time=max(TALLY_SECONDS, left))
        self.stop_driving(dropping, self.follow_tally)
        # the note's counts only once the counters beside the piles have reached them
        noted = self.time
        self.play(FadeIn(self.note), run_time=0.5)
        self.hold_to_read(noted, self.note.original_text)

    def build_tally(self) -> None:
        """The optima of the TALLY_DRAWS draws (mathcore's) as small dots on each plane,
        coloured as every optimum (green: an exact 0, yellow: both kept), and counts beside
        where they pile: the lasso's two corners and its edge, the ridge's cluster."""
        optima = draw_optima()
        self.tally_shown = self.tracker("tally_shown", 0.0)
        self.tally_dots = VGroup()
        self.tally_kinds = [lasso_keeps(beta) for beta in optima["l1"]]
        for norm, plane in self.planes.items():
            axes = plane["axes"]
            plane["tally_all"] = [
                Dot(axes.c2p(*beta), radius=TALLY_DOT_RADIUS, color=pieces.optimum_color(beta))
                .set_z_index(3) for beta in optima[norm]]
            plane["tally"] = VGroup()  # holds the first k of them (follow_tally)
            self.tally_dots.add(plane["tally"])
        lasso = self.planes["l1"]["axes"]
        corners = {"x1": (lasso.c2p(1.0, 0.0), DOWN + RIGHT), "x2": (lasso.c2p(0.0, 1.0),
                                                                    UP + LEFT)}
        piles = {"both": ("l1", optima["l1"][[kind == "both" for kind in self.tally_kinds]]),
                 "ridge": ("l2", optima["l2"])}
        self.tally_counts = {}
        for kind in ("x1", "x2", "both", "ridge"):
            line = LiveLine(text("corr_tally_count", self.lang), [str(TALLY_DRAWS)],
                            theme.SMALL_SIZE, theme.ZERO_COLOR if kind in corners
                            else theme.SOLUTION_COLOR)
            if kind in corners:  # beside its corner, off the ball's outline
                line.next_to(corners[kind][0], corners[kind][1], buff=COUNT_BUFF)
            else:
                self.place_count(line, *piles[kind], optima, list(self.tally_counts.values()))
            self.tally_counts[kind] = line
        self.tally_labels = VGroup(*self.tally_counts.values())
        self.show("tally_dots", {norm: optima[norm].tolist() for norm in RADII})
        self.follow_tally()

    def place_count(self, line, norm: str, pile: np.ndarray, optima: dict,
                    others: list) -> None:
        """A pile's count beside one of its optima (the nearest to the pile's mean first, on
        the first of ``COUNT_SIDES``), the least ``COUNT_BUFF`` steps away, where its box
        is ``COUNT_CLEAR`` clear of the ball's outline, the diagonal, every draw's optimum
        on the plane and the axes' names, and ``COUNT_APART`` from the ``others`` counts
        (read as another pile's, not as a second count of theirs)."""
        plane = self.planes[norm]
        axes = plane["axes"]
        steps = np.linspace(-PLANE_RANGE, PLANE_RANGE, 400)
        obstacles = np.vstack([plane["ball"].get_anchors(), axes.c2p(np.column_stack(
            [steps, steps])), axes.c2p(optima[norm])])
        anchors = pile[np.argsort(np.linalg.norm(pile - pile.mean(axis=0), axis=1))]
        for buff in COUNT_BUFF * np.arange(1, 6):
            for anchor, side in itertools.product(anchors, COUNT_SIDES):
                line.next_to(axes.c2p(*anchor), side, buff=buff)
                if (pieces.box_clearance(line, obstacles) >= COUNT_CLEAR + TALLY_DOT_RADIUS
                        and not any(boxes_overlap(line, name) for name in plane["names"])
                        and not any(boxes_overlap(line, other, COUNT_APART)
                                    for other in others)):
                    return
        raise ValueError(f"no room for the count of the {norm} pile")

    def follow_tally(self) -> None:
        """The first k draws' optima shown (k from the tracker) and the counts among them."""
        shown = round(self.tally_shown.get_value())
        for plane in self.planes.values():
            plane["tally"].submobjects = plane["tally_all"][:shown]
        kinds = self.tally_kinds[:shown]
        for kind, line in self.tally_counts.items():
            line.set_fields(str(shown if kind == "ridge" else kinds.count(kind)))

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
                 kept=text(f"corr_keeps_{row['keeps']}", self.lang), share=row["share"]),
            theme.SMALL_SIZE, theme.TEXT_COLOR), band.width)
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
        self.corner_ring = Circle(radius=CORNER_RING_RADIUS, stroke_color=theme.ZERO_COLOR,
                                  stroke_width=CORNER_RING_STROKE).set_z_index(4)
        for seed, row in zip(DRAW_SEEDS, self.draw_rows, strict=True):
            self.seed.set_value(seed)
            self.ring_corner(seed)
            self.play(FadeIn(row), run_time=0.4)
            self.wait(DRAW_HOLD)
        self.stop_driving(driving, self.follow_rho)

    def ring_corner(self, seed: int) -> None:
        """The ring round the lasso's optimum of draw ``seed`` (mathcore's) where it is a
        corner (one coefficient exactly 0), none where it keeps both."""
        beta = solutions_at(RHO_END, seed)[1]["l1"].beta
        if lasso_keeps(beta) == "both":
            self.remove(self.corner_ring)
            return
        self.corner_ring.move_to(self.planes["l1"]["axes"].c2p(*beta))
        self.add(self.corner_ring)

    def follow_edge(self) -> None:
        """The sliding point at the tracker's step: on the lasso's plane, on the plot of
        the loss along the edge, and read out."""
        step = self.edge_step.get_value()
        point, value = edge_at(step)
        self.slider.move_to(self.planes["l1"]["axes"].c2p(*point))
        self.plot_slider.move_to(self.edge_axes.c2p(step, value))
        # the point as precisely as the loss: "(0.000, 1.000)" only at the corner itself
        self.edge_readout.set_fields(*(f"{x:.3f}" for x in point), f"{value:.3f}")

    def slide(self, to: float, *reading: str) -> None:
        """Move the sliding point to step ``to`` over what is left, since the beat began,
        of the time it takes to read ``reading`` (the beat's subtitle and its note), less
        the still second at the end; then hold until they are read."""
        start = self.beats[-1]["start"]
        seconds = reading_seconds(" ".join(reading), self.lang) - (self.time - start)
        self.play(self.edge_step.animate.set_value(to), run_time=max(2.0, seconds - 1.0),
                  rate_func=smooth)
        self.read_since(start, *reading)

    def zoom_on_corner(self) -> None:
        """At rho = 0.99: the loss along the diamond's edge, from the lasso's corner to the
        other twin's: it rises from the corner, so the corner is the first contact, but only
        a little (the contour runs almost along the edge, at the angle mathcore measures)."""
        loss, solutions = solutions_at(RHO_END)
        corner = solutions["l1"].beta
        other = corner[::-1]  # the other twin's corner
        edge = other - corner
        angle = np.degrees(edge_angle())
        steps = np.linspace(0.0, 1.0, EDGE_SAMPLES)
        values = np.asarray(loss.value(corner + steps[:, None] * edge))
        band = self.middle.split_top(0.8)[1]
        header, plot_area = band.split_top(1.2)
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
        title = pieces.fit_into(pieces.label(text("corr_edge", self.lang, low=f"{low:.2f}"),
                                             theme.SMALL_SIZE), header.width)
        self.edge_readout = LiveLine(text("corr_edge_point", self.lang),
                                     ["0.000", "0.000", "0.000"], theme.SMALL_SIZE,
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
        cut = pieces.axis_cut(self.edge_axes, 0.05)
        self.edge_plot = VGroup(self.edge_axes, cut, curve, marker, names, title)
        # the caption's two losses are the read-out's at the two ends (one number each)
        here, there = edge_at(0.0)[1], edge_at(1.0)[1]
        rise = 100 * (there - here) / here
        caption = layout.caption_band(2)
        self.edge_note = caption.place(pieces.fit_into(pieces.label(
            text("corr_zoom", self.lang, angle=f"{angle:.2f}", here=f"{here:.3f}",
                 there=f"{there:.3f}", rise=f"{rise:.0f}"),
            theme.SMALL_SIZE, theme.TEXT_COLOR), caption.width))
        self.show("edge", {"corner": corner.tolist(), "other_corner": other.tolist(),
                           "angle_degrees": angle, "loss_at_corner": float(values[0]),
                           "loss_at_other_corner": float(values[-1]),
                           "loss_range": [float(low), float(high)], "numbers": numbers})
        self.beat("corr_zoom", angle=f"{angle:.2f}")
        # the insets' pictures go, then their opaque frames (the planes come back under
        # them): never two pictures on top of each other
        frames = [plane["inset"]["frame"] for plane in self.planes.values()]
        self.play(FadeOut(self.middle_lines), FadeOut(self.inset_note),
                  FadeOut(VGroup(*[m for m in self.insets.family_members_with_points()
                                   if m not in frames])), run_time=0.3)
        self.play(*[FadeOut(frame) for frame in frames],
                  *[FadeIn(plane["names"]) for plane in self.planes.values()], run_time=0.3)
        self.planes["l1"]["dot"].set_z_index(4)  # above the slider (the insets are gone)
        # the loss axis starts above 0: a cut across its foot says so
        self.play(FadeIn(title), Create(self.edge_axes), FadeIn(names), FadeIn(cut),
                  run_time=0.8)
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
            inset, source = self.inset(norm, plane["axes"], solutions[norm])
            self.insets.add(VGroup(source, inset))
        ratio = contour_shape(loss)[0]
        lasso, ridge = solutions["l1"].beta, solutions["l2"].beta
        caption = layout.caption_band(2)
        self.inset_note = caption.place(pieces.fit_into(pieces.label(
            text("corr_inset", self.lang, rho=RHO_END, zoom=f"{magnification():g}",
                 ratio=f"{ratio:.1f}", corner=pieces.coordinates_text(lasso),
                 ridge=pieces.coordinates_text(ridge), angle=f"{np.degrees(edge_angle()):.2f}",
                 stretch=inset_stretch()),
            theme.SMALL_SIZE, theme.TEXT_COLOR), caption.width))
        self.show("inset", {"magnification": magnification(), "half_width": ZOOM_HALF,
                            "centres": {norm: s.beta.tolist() for norm, s in solutions.items()},
                            "length_over_width": ratio,
                            "angle_degrees": float(np.degrees(edge_angle())),
                            "stretch": inset_stretch()})
        self.beat("corr_inset", zoom=f"{magnification():g}")
        # each inset's contour grows (the loss's level rises) until it first touches its
        # ball; then the optimum appears there
        self.inset_growth = self.tracker("inset_growth", INSET_GROWTH_START)
        self.follow_growth()
        # what names the touching point (the optima, the lasso's corner coordinates and
        # angle, the read-outs under the planes) comes when the contours touch
        answers = [plane["inset"]["optimum"] for plane in self.planes.values()]
        answers.append(self.planes["l1"]["inset"]["texts"])
        readouts = [plane["readout"] for plane in self.planes.values()]
        frames = [plane["inset"]["frame"] for plane in self.planes.values()]
        self.play(*[Create(group[0]) for group in self.insets], FadeOut(self.data_note),
                  *[FadeOut(readout) for readout in readouts], run_time=0.6)
        shown = self.time
        # the insets' opaque frames first (the planes fade out under them), then what they
        # show: never two pictures on top of each other
        self.play(*[FadeIn(frame) for frame in frames], FadeIn(self.inset_note),
                  *[FadeOut(plane["names"]) for plane in self.planes.values()], run_time=0.4)
        self.play(*[FadeIn(VGroup(*[m for m in group[1].family_members_with_points()
                                    if m not in frames and not any(
                                        m in a.get_family() for a in answers)]))
                    for group in self.insets], run_time=0.6)
        growing = self.drive(self.follow_growth,
                             *[plane["inset"]["contour"] for plane in self.planes.values()])
        # the growth fills the time the caption takes to read, less the optima's fade-in
        # and a still second at the end
        left = reading_seconds(self.inset_note.original_text, self.lang) - (self.time - shown)
        self.play(self.inset_growth.animate.set_value(1.0), rate_func=smooth,
                  run_time=max(INSET_GROWTH_SECONDS, left - OPTIMA_FADE - 1.0))
        self.stop_driving(growing, self.follow_growth)
        self.play(*[FadeIn(optimum, scale=0.5) for optimum in answers[:2]],
                  FadeIn(answers[2]), *[FadeIn(readout) for readout in readouts],
                  run_time=OPTIMA_FADE)
        self.read_since(shown, self.inset_note.original_text)

    def follow_growth(self) -> None:
        """Each inset's contour at ``inset_size``^2 times its optimum's loss."""
        growth = self.inset_growth.get_value()
        _, solutions = solutions_at(RHO_END)
        for norm, plane in self.planes.items():
            size = inset_size(norm, growth)
            plane["inset"]["contour"].show(level=size**2 * solutions[norm].loss)

    def inset(self, norm: str, axes, solution) -> tuple[VGroup, VGroup]:
        """The square around the optimum, then its view magnified over the whole plane (the
        lasso's also stretched across the edge: ``inset_loss``), and where it comes from
        marked on the plane."""
        view = zoom_view(axes, PLANE_RANGE, solution.beta, ZOOM_HALF, norm, RADII[norm],
                         inset_loss(norm), solution.loss)
        zoom = self.plane(f"{norm}_zoom", view.axes)
        words = (text("corr_inset_scale", self.lang, zoom=f"{magnification():g}")
                 if norm == "l2" else text("corr_inset_stretch", self.lang,
                                           zoom=f"{magnification():g}", stretch=inset_stretch()))
        scale = pieces.label(words, theme.SMALL_SIZE, theme.TEXT_COLOR)
        assert scale.width <= view.frame.width, "the inset's scale is wider than its frame"
        # above the frame, at its left (in the room of the axis names, gone meanwhile): off
        # the ball's fill and the contour
        scale.align_to(view.frame, LEFT).align_to(
            [0.0, view.frame.get_top()[1] + SCALE_GAP, 0.0], DOWN)
        view.keep_contour_inside()
        contour = view.contour
        marks, texts = self.inset_marks(norm, zoom, solution.beta)
        under = VGroup(*[part for part in view.body if part is not contour])
        inset = VGroup(under, marks, contour, view.optimum, scale, texts)
        inset.set_z_index(2)
        self.planes[norm]["inset"] = {"axes": zoom, "scale": scale, "frame": view.frame,
                                      "contour": contour, "optimum": view.optimum,
                                      "marks": marks, "texts": texts}
        return inset, view.source if norm == "l2" else self.stretched_source(axes)

    @staticmethod
    def stretched_source(axes) -> Polygon:
        """What the lasso's stretched inset shows, marked on its plane: the square
        [corner - h, corner + h]^2 of the inset mapped back, b = corner + M^-1 (w - corner)
        (a thin rhombus along the edge), outlined as ``zoom_view`` marks a square."""
        corner, stretch = stretch_matrix()
        square = corner + ZOOM_HALF * np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]])
        points = corner + (square - corner) @ np.linalg.inv(stretch).T
        return Polygon(*axes.c2p(points), stroke_color=theme.MUTED_TEXT_COLOR,
                       stroke_width=2).set_z_index(1)

    def inset_marks(self, norm: str, zoom, optimum: np.ndarray) -> tuple[VGroup, VGroup]:
        """What locates the magnified square: in the lasso's, the corner's coordinates
        beside it (up and right: the outside of both edges, off the touching contour) and
        the contour's true angle to the diamond's edge (in the empty corner above both, top
        right; the scale above the frame says how much the gap is stretched); in the
        ridge's (no axis crosses it), the dashed diagonal beta1 = beta2, named.  Lines,
        then texts (the lasso's angle last)."""
        (x0, x1), (y0, y1) = zoom.x_range[:2], zoom.y_range[:2]
        if norm == "l1":
            corner = pieces.label(f"({pieces.coordinates_text(optimum)})", theme.SMALL_SIZE,
                                  theme.MUTED_TEXT_COLOR)
            corner.next_to(zoom.c2p(*optimum), UP + RIGHT, buff=CORNER_BUFF)
            angle = pieces.label(text("corr_inset_angle", self.lang,
                                      angle=f"{np.degrees(edge_angle()):.2f}"),
                                 theme.SMALL_SIZE, theme.LOSS_COLOR)
            angle.next_to(zoom.c2p(x1, y1), DOWN + LEFT, buff=ANGLE_BUFF)
            return VGroup(), VGroup(corner, angle)
        low, high = max(x0, y0), min(x1, y1)
        diagonal = DashedLine(zoom.c2p(low, low), zoom.c2p(high, high),
                              color=theme.MUTED_TEXT_COLOR, stroke_width=1.5)
        name = pieces.label(text("corr_inset_diagonal", self.lang), theme.SMALL_SIZE,
                            theme.MUTED_TEXT_COLOR)
        # at the box's left edge, over the line's low end and inside the circle, away from
        # the contour (which passes the optimum going down to the right)
        name.move_to(zoom.c2p(low, low)).shift(
            RIGHT * (name.width / 2 + 0.1) + UP * (name.width + name.height / 2 + 0.2))
        return VGroup(diagonal), VGroup(name)

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
