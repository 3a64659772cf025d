"""From a constraint radius to a penalty: one optimum, found both ways, in two dimensions.

(The 1-D penalised minimisers, soft-thresholding against scaling, are the penalty video's
``pen_prox`` beat, ``scenes/penalty.py``; this video starts where it stops.)

Two framed windows, L1 left and L2 right, each holding the ball and both touching contours:
the loss f (named so under each plane) and its nested contours around c, the touching one
growing from c until it meets the ball, and the constrained optimum at the radius t = 2
(``solve_constrained``); numbers at every other tick along the windows' bottom and left
edges (``tick_values``), so that t and the optimum's coordinates are read off the picture.
At the touch the loss's pull ``-grad f(b*)`` is ``mu s``, mu >= 0 the Lagrange multiplier
and s a subgradient of the norm at b* (``mathcore.penalty_form.stationarity``): for L1 ``s
in d||b||_1`` (at the corner (1, a), not a unit vector), for L2 ``s = b*/||b*||_2``, the
unit normal; s is said first to be the norm's slope at b* with its length |s| (1.166 for L1:
why mu = |grad f| / |s| depends on it), drawn RULER_ZOOM times longer and named so (at the
arrows' scale it would be shorter than its own tip), then stretched into mu s. Both arrows
are drawn at one scale (``ARROW_SCALE`` data units per unit of gradient), so they have one
length: -grad f from b*, mu s beside it,
moved ``ARROW_GAP`` scene units across (sideways, away from -grad f's name) so that the two,
equal and parallel, are both seen. Then what mu is: the price of the budget, how fast the
least loss falls as t grows (-df*/dt = mu, tests/test_penalty_form.py): the budget steps to
t + PRICE_STEP and back, the optimum, its contour and its balance following, the ball and
the optimum at t left behind thin (``ghost``) so that the small step shows. The fan: at the
diamond's corner the norm has no gradient; its subgradients are a whole cone (the normal
cone), s = (1, a) with |a| <= 1 (``l1_normal_cone``), a clean 90-degree wedge bounded by the
two edge normals, drawn first, then shaded (``fan_sector``), reaching just past the longest
-grad f of the slide (``fan_radius``); the loss's centre slides along a line
(``fan_center``), and mathcore's exact optimum, solved at every frame, stays on the corner
while -grad f turns inside the fan (a read-out of a = s_2); the circle, with one normal per
point, moves its optimum. Every name on a plane (the arrows', c's) goes to the first free
place near what it names, clear of every contour, the ball, the axes and the other names
(``place_clear``): at the balance and through the budget's step on its own arrow's side, in
one place relative to it (``steady_spots``); while the loss slides, in another such place
kept through the whole slide, clear of the fan's wedge too (so they turn with the arrows and
never jump); c and its tag step aside meanwhile (when -grad f points at c, c lies just past
the tips, by the names) and the sliding contour shows the loss moving. (``place_clear``
stays here: it knows this scene's cast, c's tag, the two arrows and their family of
obstacles; its general step, ``first_clear``, is a few lines.) Then the logic the right way
round: the constrained b* satisfies grad f(b*) = -mu s; so at ``lam = mu`` (L1) or ``mu /
(2t)`` (L2) (``penalty_for_budget``; ``penalised_optimum`` solves it independently) b*
minimises the penalised objective too: a ring on it, the objective's own contours
(``penalised_level_set``) nested round it, clear of the ring, in a colour of their own
(``theme.PENALISED_COLOR``) and named on the window's top edge ("f + lam ||b||_1 contours"),
f's touching contour and c kept faded under them. Last, lam is scaled up and back for both
norms, its objective (f + lam ||b||_1, f + lam ||b||_2^2) written above: the norm ``t =
||b*(lam)||`` of the penalised optimum shrinks as lam grows (``budget_for_penalty``), and
the ball drawn is that equivalent budget t; back at lam = mu, the penalised optimum's b_2 is
said: exactly 0 for L1 (the corner's zero), not 0 for L2. At most CAPTION_LINES lines of
words under a plane at a time, each faded out when it has said its piece.

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
    Rectangle,
    ReplacementTransform,
    Sector,
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
#: The names on a plane whose places the fan beat records: -grad f's, mu s's, c's tag.
NAMED = ("pull_name", "push_name", "tag")
#: The 2-D window: it holds the ball, both touching contours as first drawn and every
#: centre c of the fan beat, with BOX_MARGIN data units to spare; a thin frame marks it
#: (a contour that leaves it while the loss moves is cut at the frame).
BOX_MARGIN = 0.25
WINDOW_STROKE, WINDOW_OPACITY = 1.5, 0.6
#: The loss's nested family (its levels, the innermost wide enough for c's tag), shown
#: while no arrow is: the arrows' names need the room between c and the touching contour.
FAMILY_LEVELS, FAMILY_OPACITY = (1.0, 2.0), 0.4
#: The balance arrows: -grad f from b* and mu s, both at ARROW_SCALE data units per unit
#: of gradient (one length: -grad f = mu s); mu s is moved ARROW_GAP scene units sideways
#: (not a data offset: only so that it is not drawn over -grad f).
ARROW_SCALE = 0.18
ARROW_GAP = 0.13
ARROW_STROKE = 5
TIP_LENGTH = 0.16
#: An arrow's name sits NAME_GAP (scene units) from its shaft at least.
NAME_GAP = 0.14
#: The arrows' names (on the planes and the ruler): their tallest glyphs (the nabla, the
#: mu) at least 14 px tall at 480p (15.2 px, SMALL_SIZE's 22 gave 13.9).
NAME_SIZE = 24
#: Every on-plane name sits on a box of the background's colour, LABEL_PAD wider on each
#: side, so that nothing drawn under it runs through its letters.
LABEL_PAD = 0.06
#: Where a name may go, in order (it goes to the first place whose box is NAME_CLEAR scene
#: units clear of every stroke drawn with it, else to the clearest): an arrow's name at
#: NAME_SHARES of its shaft, NAME_GAP plus NAME_GAPS out from it, on its own side; c's tag
#: in the eight compass directions, above first.
NAME_SHARES, NAME_GAPS = (0.6, 0.35, 0.85, 1.15, 1.45, 1.75), (0.0, 0.12, 0.24, 0.36, 0.5, 0.7)
NAME_CLEAR = 0.05
#: A name that had to go farther than LEADER_FROM (scene units) from its arrow's shaft
#: gets a thin line to it (LEADER_STROKE wide, LEADER_GAP short of the box and the shaft).
LEADER_FROM, LEADER_GAP, LEADER_STROKE = 0.3, 0.05, 1.5
#: Strokes are sampled at most STROKE_STEP scene units apart for that test.
STROKE_STEP = 0.02
#: The ruler: -grad f and mu s copied under the caption, magnified RULER_ZOOM times (both
#: norms at one zoom), mu s with a tick across it at every multiple of s (TICK_HALF scene
#: units to each side of the shaft), so that mu is read as how many times s fits in
#: -grad f; its two rows RULER_ROWS apart.
RULER_ZOOM, RULER_ROWS, RULER_TIP = 4, 0.27, 0.14
TICK_HALF, TICK_STROKE = 0.08, 5
#: The fan of the L1 corner's normals: it reaches FAN_REACH data units beyond the longest
#: -grad f of the slide (``fan_radius``); its fill opacity, and its two edges' (the edge
#: normals') stroke width and opacity (a shade of their own, between the fill's and the
#: ball's, so that the edges are not taken for mu s).
FAN_REACH, FAN_OPACITY, FAN_EDGE, FAN_EDGE_OPACITY = 0.12, 0.45, 2.5, 0.75
#: The slide's a values at which the names' one place each (kept through it) is tested.
FAN_SAMPLES = 24
#: The fan beat: a = s_2 at the corner goes A_HIGH -> A_LOW -> back to its start, c sliding
#: along the line on which the corner stays optimal (fan_center); seconds per leg.
A_HIGH, A_LOW, FAN_SECONDS = 0.95, -0.6, 2.8
#: The fan comes in edges first (the two edge normals drawn), then its shading (seconds).
FAN_EDGES_SECONDS, FAN_FILL_SECONDS = 1.0, 0.8
#: lam as a multiple k of each norm's t = 2 penalty: up to K_TOP, then back to 1.
K_TOP, K_SECONDS = 2.0, 2.0
#: The caption under each plane: CAPTION_ROWS rows, CAPTION_LINES of them for lines of
#: words (at most three on screen at a time) and the last two for the ruler while it is
#: shown, at CAPTION_SIZE, less only if the widest line would not fit the column.
CAPTION_SIZE, CAPTION_ROWS, CAPTION_LINES = 25, 5, 3
#: The first line's gap under the window's frame, and the gap between two lines' boxes
#: (scene units; 7 px at 480p, so that one line's bars and descenders stay clear of the
#: next one's).
SLOT_GAP, SLOT_BUFF = 0.1, 0.12
#: The slot each line of words first takes (s's line moves up to slot 1 when the slope's
#: has said its piece and the balance takes slot 2; the balance moves up to slot 1 when
#: s's line has said its piece and the price takes slot 2; the sparse line takes the
#: ball's line's slot at the end).
SLOTS = {"constrained": 0, "loss": 1, "pull": 1, "slope": 1, "normal": 2, "balance": 2,
         "price": 2, "sparse": 2,
         "stationary": 0, "so": 1, "penalised": 2}
#: The opening: the touching contour grows from GROW_FROM of the way from c's level to
#: the touching level, over GROW_SECONDS (the first contour to touch the ball).
GROW_FROM, GROW_SECONDS = 0.04, 2.5
#: The penalised objective f + lam P drawn in bridge_same: its contours at these rises
#: above its minimum (all inside the window, the innermost clear of the ring: PEN_CLEAR
#: scene units beyond it), thin, in PEN_COLOR (its caption line's and its label's too).
PEN_RISES, PEN_STROKE, PEN_COLOR = (4.0, 7.0, 10.0), 3, theme.PENALISED_COLOR
PEN_CLEAR = 0.08
#: The gap (scene units, 5 px at 480p) between the contours' name's letters and the
#: window's frame, which it sits over.
PEN_LABEL_GAP = 0.085
#: Where in each subtitle the next step of a beat is shown (``wait_until_read``): the
#: balance's s, the slope's line, s's line, mu s with mu's line, the ruler; the penalty's
#: "so" line and its ring; the sweep's ball named, lam back to mu, then L1's zero and L2's
#: coordinate.
KKT_WORDS = {"en": ("is μ times s", "the slope of the norm", "a mix of the", "so its length",
                    "Below"),
             "zh": ("等于乘数", "就是范数", "它是两条", "所以长度", "下方")}
SAME_WORDS = {"en": ("So at λ", "(circled)"), "zh": ("所以 L1", "（已圈出）")}
#: s's name comes in as its scale is read.
SCALE_WORDS = {"en": f"s at {RULER_ZOOM}×", "zh": f"s 再放大 {RULER_ZOOM} 倍"}
#: The ruler, once complete, stays this long (s) before the price beat takes it away.
RULER_HOLD = 1.5
SWEEP_WORDS = {"en": ("the ball drawn", "Back at"), "zh": ("画出的球", "回到")}
SPARSE_WORDS = {"en": ("the L1 optimum keeps", "like the ball's"),
                "zh": ("恰好是", "L2")}
#: The penalty's lines come in as their words are read, but after SAME_PAUSE seconds at
#: most (no still picture longer than 3 s).
SAME_PAUSE = 2.8
#: mu's line (its values at t) while the price beat steps the budget away from t.
STEP_DIM = 0.35
#: The small step of the budget whose fall of the least loss the price line shows
#: (f*(t) - f*(t + PRICE_STEP), close to PRICE_STEP mu: mu is the rate for small steps).
PRICE_STEP = 0.1
#: The price beat shows that step: the budget t goes to t + PRICE_STEP and back (seconds
#: each way, and held at t + PRICE_STEP), the ball, the optimum, its contour and the
#: balance following mathcore's constrained optimum at every frame.
STEP_SECONDS, STEP_HOLD = 1.0, 0.6
#: The ball and optimum at t left behind during the step: stroke width, and the ring's
#: gap round the optimum's dot (scene units).
GHOST_STROKE, GHOST_GAP = 2.5, 0.04
#: The windows' tick numbers (at the axes' ticks and 0, outside the window: along its
#: bottom and left edges), digits at least 14 px tall at 480p; the room kept for them.
TICK_SIZE, TICK_GAP = theme.BODY_SIZE, 0.08


def price_drop(loss: QuadraticLoss, norm: str, radius: float) -> float:
    """How much the least loss falls when the budget grows by PRICE_STEP:
    ``f*(t) - f*(t + PRICE_STEP)``, both from mathcore's constrained optimum."""
    return (solve_constrained(loss, norm, radius).loss
            - solve_constrained(loss, norm, radius + PRICE_STEP).loss)


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


def dense(points: np.ndarray) -> np.ndarray:
    """The polyline through ``points`` (k, 3) sampled at most STROKE_STEP apart: each
    segment a -> b cut into n = ceil(|b - a| / STROKE_STEP) equal steps, a + (i / n)(b - a)
    for i < n (as ``np.linspace(0, 1, n, endpoint=False)`` gives them), then the last point."""
    if len(points) < 2:
        return points
    starts, spans = points[:-1], np.diff(points, axis=0)
    counts = np.maximum(1, np.ceil(np.linalg.norm(spans, axis=1) / STROKE_STEP).astype(int))
    segment = np.repeat(np.arange(len(counts)), counts)
    step = np.arange(len(segment)) - np.repeat(np.cumsum(counts) - counts, counts)
    shares = step * (1.0 / counts)[segment]
    return np.vstack([starts[segment] + shares[:, None] * spans[segment], points[-1:]])


def subpaths(part: VMobject) -> list[np.ndarray]:
    """``part``'s points cut where one curve does not start at the last one's end (manim's
    ``get_subpaths``, found with its vectorised split)."""
    splits = part.get_subpath_split_indices_from_points(part.points)
    return [part.points[first:end] for first, end in splits
            if end - first >= part.n_points_per_cubic_curve]


def stroke_points(*mobjects: VMobject) -> np.ndarray:
    """Every stroke of ``mobjects`` (and of their parts) as densely sampled screen points."""
    return np.vstack([dense(path) for mobject in mobjects
                      for part in mobject.family_members_with_points()
                      for path in subpaths(part)])


def box_points(mobject: VMobject) -> np.ndarray:
    """The rim of ``mobject``'s bounding box, densely sampled (an obstacle for a name)."""
    low, high = mobject.get_corner(DOWN + LEFT), mobject.get_corner(UP + RIGHT)
    corners = np.array([low, [high[0], low[1], 0.0], high, [low[0], high[1], 0.0], low])
    return dense(corners)


def clearances(name: VMobject, spots: list[np.ndarray], strokes: np.ndarray,
               inside: VMobject) -> np.ndarray:
    """For each of ``spots``: how far ``name``'s box, centred there, is from ``strokes``
    (screen points sampled STROKE_STEP apart; ``pieces.Box.clearance``); where it covers
    some, minus the length of stroke it hides (so the clearest of covering spots hides
    least); -1 - (a frame's worth) where the box leaves ``inside``'s."""
    frame = pieces.Box.of(inside)
    box = pieces.Box.of(name)
    gaps = []
    for spot in spots:
        place = box.moved_to(spot)
        if not (np.all(place.low[:2] >= frame.low[:2])
                and np.all(place.high[:2] <= frame.high[:2])):
            gaps.append(-1.0 - len(strokes) * STROKE_STEP)
            continue
        gap = place.clearance(strokes)
        if gap <= 0.0:
            hidden = np.all((strokes[:, :2] >= place.low[:2]) & (strokes[:, :2] <= place.high[:2]),
                            axis=1)
            gap = -float(hidden.sum()) * STROKE_STEP
        gaps.append(gap)
    return np.array(gaps)


def first_clear_index(gaps: np.ndarray) -> int:
    """The first spot whose clearance is at least NAME_CLEAR, else the clearest."""
    clear = np.flatnonzero(gaps >= NAME_CLEAR)
    return int(clear[0]) if len(clear) else int(np.argmax(gaps))


def first_clear(name: VMobject, spots: list[np.ndarray], strokes: np.ndarray,
                inside: VMobject) -> np.ndarray:
    """Move ``name`` to the first of ``spots`` where its box is NAME_CLEAR clear of
    ``strokes`` (screen points) and inside ``inside``'s box, else to the clearest spot
    inside; return every spot's clearance (``clearances``)."""
    gaps = clearances(name, spots, strokes, inside)
    name.move_to(spots[first_clear_index(gaps)])
    return gaps


def arrow_spots(name: VMobject, arrow: Arrow, way: np.ndarray,
                sides: tuple[float, ...] = (1.0,)) -> list[np.ndarray]:
    """Places for ``name`` beside ``arrow``'s shaft, on the side ``way`` (with ``sides``
    (1, -1), on either side, the nearer first; by default on its own side only, never
    over the other arrow): NAME_SHARES of the way out, NAME_GAP plus each of NAME_GAPS
    from it."""
    start, end = arrow.get_start(), arrow.get_end()
    reach = 0.5 * abs(name.width * way[0]) + 0.5 * abs(name.height * way[1]) + NAME_GAP
    return [start + share * (end - start) + side * way * (reach + gap)
            for gap in NAME_GAPS for side in sides for share in NAME_SHARES]


def with_leader(name: VGroup, arrow: Arrow, color: str) -> VGroup:
    """``name`` with a thin line from its box to ``arrow``'s shaft (NAME_SHARES[0] of the
    way out) when the box is farther than LEADER_FROM from that point: the name of a short
    arrow in a crowded plane can only go where it is far from what it names."""
    box = pieces.Box.of(name)
    start, end = arrow.get_start(), arrow.get_end()
    target = start + NAME_SHARES[0] * (end - start)
    near = np.clip(target, box.low, box.high)
    span = float(np.linalg.norm(target - near))
    if span > LEADER_FROM:
        way = (target - near) / span
        name.add(Line(near + LEADER_GAP * way, target - LEADER_GAP * way, color=color,
                      stroke_width=LEADER_STROKE))
    return name


def tag_spots(tag: VMobject, dot: Dot) -> list[np.ndarray]:
    """Places for c's tag next to its dot: above it first, then round the compass."""
    spots = []
    for angle in np.pi / 2 + np.array([0, -1, 1, -2, 2, -3, 3, 4]) * np.pi / 4:
        tag.next_to(dot, np.array([np.cos(angle), np.sin(angle), 0.0]), buff=0.05)
        spots.append(tag.get_center())
    return spots


def place_clear(side: dict, way: np.ndarray, family: bool,
                fixed: tuple[int, ...] = ()) -> np.ndarray | None:
    """c's tag and the arrows' names (-grad f's on the side ``way``, mu s's on the other),
    each at the first free place near what it names, inside the window (``first_clear``),
    clear of every stroke drawn with it: the tag of the touching contour, the ball and the
    axes, and of the loss's nested family when ``family`` (shown only while the arrows are
    not), else of the arrows; each name of the contour, the ball, the arrows, c's dot and
    tag (unless ``family``: then the names are not shown with it) and the other name; an
    arrow's name on its own side only.  The first
    ``len(fixed)`` of (tag, -grad f's name, mu s's name) go to their spots of those
    indices instead (one choice kept through a motion); returns the clearances of the
    spots of the next one (None when all are fixed)."""
    dot, tag = side["center"]
    strokes = [stroke_points(side["contour"], side["ball"], side["pull"], side["push"]),
               side.get("wedge", np.empty((0, 3)))]
    around = stroke_points(*side["family"]) if family else np.vstack(strokes)
    choices = [(tag, tag_spots(tag, dot),
                [around, stroke_points(side["contour"], side["ball"], side["axes"])])]
    choices += [(name, arrow, toward) for name, arrow, toward in
                zip(side["names"], (side["pull"], side["push"]), (way, -way), strict=True)]
    result = None
    for k, choice in enumerate(choices):
        if k == 0:
            name, spots, obstacles = choice
        else:
            name, arrow, toward = choice
            spots, obstacles = arrow_spots(name, arrow, toward), strokes
        if k < len(fixed):
            name.move_to(spots[fixed[k]])
        else:
            gaps = first_clear(name, spots, np.vstack(obstacles), side["window"])
            result = gaps if k == len(fixed) else result
        # the names keep clear of c's dot and (unless the family shows) its tag as placed
        strokes += ([box_points(dot)] if family else [box_points(dot), box_points(tag)]
                    ) if k == 0 else [box_points(name)]
    return result


def fan_radius(loss: QuadraticLoss) -> float:
    """The fan's radius (data units): FAN_REACH beyond the longest -grad f drawn while the
    loss slides, ``ARROW_SCALE mu |(1, a)|`` at the larger |a| (mathcore's balance at
    ``fan_center``), so that every arrow lies inside the fan and the names beyond it."""
    lengths = [ARROW_SCALE * float(np.linalg.norm(stationarity(
        QuadraticLoss.create(fan_center(loss, a), loss.matrix), "l1", defaults.RADIUS)[0]))
        for a in (A_HIGH, A_LOW)]
    return max(lengths) + FAN_REACH


def fan_sector(axes, corner: np.ndarray, radius: float, color: str) -> VGroup:
    """The corner's normal cone {corner + r s : s = (1, a), |a| <= 1, |r s| <= radius}: a
    clean wedge bounded by the two edge normals (``l1_normal_cone``), each drawn as a line
    from the corner, and shaded between them (the axes have one unit on both sides:
    angles are kept)."""
    rays = l1_normal_cone(corner)
    angles = np.arctan2(rays[:, 1], rays[:, 0])
    start = axes.c2p(*corner)
    reach = radius * axes.x_axis.get_unit_size()
    shade = Sector(radius=reach, start_angle=float(angles.min()), angle=float(np.ptp(angles)),
                   arc_center=start, stroke_width=0, fill_color=color,
                   fill_opacity=FAN_OPACITY)
    edges = VGroup(*[Line(start, start + reach * np.array([np.cos(t), np.sin(t), 0.0]),
                          color=color, stroke_width=FAN_EDGE,
                          stroke_opacity=FAN_EDGE_OPACITY) for t in angles])
    return VGroup(shade, edges)


def wedge_points(axes, corner: np.ndarray, radius: float) -> np.ndarray:
    """The fan's wedge, its inside too, sampled at most STROKE_STEP apart (screen points):
    what the names keep clear of while it is shown."""
    rays = l1_normal_cone(corner)
    angles = np.arctan2(rays[:, 1], rays[:, 0])
    reach = radius * axes.x_axis.get_unit_size()
    radii = np.linspace(0.0, reach, int(np.ceil(reach / STROKE_STEP)) + 1)
    turns = np.linspace(angles.min(), angles.max(),
                        int(np.ceil(reach * np.ptp(angles) / STROKE_STEP)) + 1)
    r, t = np.meshgrid(radii, turns)
    start = axes.c2p(*corner)
    return np.stack([start[0] + (r * np.cos(t)).ravel(), start[1] + (r * np.sin(t)).ravel(),
                     np.zeros(r.size)], axis=1)


def tick_values(axis) -> list[float]:
    """Every other tick of ``axis`` (the multiples of twice its step in its range, 0 among
    them): the numbers written along the window's edge."""
    low, high, step = axis.x_range[:3]
    return [2 * step * k for k in range(int(np.ceil(low / (2 * step))),
                                        int(np.floor(high / (2 * step))) + 1)]


def faded(side: dict) -> VGroup:
    """The touching contour of f and c (dot and tag) as they are, at FAMILY_OPACITY: kept
    as the reference while the penalised objective's contours are shown."""
    contour = side["contour"].copy().clear_updaters()
    contour.set_stroke(opacity=FAMILY_OPACITY)
    return VGroup(contour, side["center"].copy().set_opacity(FAMILY_OPACITY))


def ghost(side: dict) -> VGroup:
    """The ball and the optimum as they are (budget t), drawn thin (GHOST_STROKE) in the
    text's colour: left behind while the budget steps, so that the step shows."""
    ball = side["ball"].copy().set_fill(opacity=0.0).set_stroke(theme.TEXT_COLOR,
                                                                 width=GHOST_STROKE)
    ring = Circle(radius=theme.DOT_RADIUS + GHOST_GAP, color=theme.TEXT_COLOR,
                  stroke_width=GHOST_STROKE).move_to(side["dot"])
    return VGroup(ball, ring)


def single_normal(push: Arrow, mu: float, color: str) -> Arrow:
    """s drawn RULER_ZOOM times longer (the ruler's scale; at the arrows' own scale s is
    shorter than its tip and the optimum's dot): the arrow mu s times RULER_ZOOM / mu,
    from the same foot."""
    start, end = push.get_start(), push.get_end()
    return Arrow(start, start + RULER_ZOOM * (end - start) / mu, color=color, buff=0.0,
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


def pose(side: dict, loss: QuadraticLoss, radius: float
         ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One plane at ``loss`` and budget ``radius``, its names aside: the ball of that
    radius, mathcore's constrained optimum b*, its balance -grad f = mu s (the arrows),
    the touching contour and c; returns b*, s and the unit vector across -grad f towards
    its name (``across``)."""
    axes, norm = side["axes"], side["norm"]
    side["ball"].set_radius(radius)
    beta = solve_constrained(loss, norm, radius).beta
    gradient, mu, normal = stationarity(loss, norm, radius)
    side["dot"].move_to(axes.c2p(*beta)).set_color(pieces.optimum_color(beta))
    pull, push = balance_arrows(axes, norm, beta, gradient, normal, mu, side["side"])
    side["pull"].become(pull)
    side["push"].become(push)
    side["contour"].show(loss, float(loss.value(beta)))
    side["center"][0].move_to(axes.c2p(*loss.center))
    return beta, normal, across(axes, beta, gradient, side["side"])


def steady_spots(side: dict, states: list[tuple[QuadraticLoss, float]],
                 chosen: tuple[int, ...] = ()) -> tuple[int, ...]:
    """One spot (index into ``tag_spots`` / ``arrow_spots``) for each of c's tag,
    -grad f's and mu s's names, kept through a motion over ``states`` (loss, budget), so
    that each name moves with what it names and never jumps: in turn (after those
    ``chosen`` already), the first spot clear (NAME_CLEAR) at every state, else the one
    whose worst clearance is largest."""
    chosen = list(chosen)
    for _ in NAMED[len(chosen):]:
        worst = None
        for loss, radius in states:
            _, _, way = pose(side, loss, radius)
            gaps = place_clear(side, way, family=False, fixed=tuple(chosen))
            worst = gaps if worst is None else np.minimum(worst, gaps)
        chosen.append(first_clear_index(worst))
    return tuple(chosen)


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
        # room under the window for its x numbers (its y numbers go in the column's side room)
        square = square.shrink(bottom=pieces.label("0", TICK_SIZE).height + 2 * TICK_GAP)
        axes = self.plane(f"{norm}_2d", pieces.fit_axes(*box, square.width, square.height))
        square.place(axes)
        numbers = pieces.tick_numbers(axes, tick_values(axes.x_axis),
                                      tick_values(axes.y_axis), TICK_SIZE)
        assert column.fits(numbers) and numbers.get_bottom()[1] >= below.top, norm
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
        center_tag = pieces.backed(pieces.label(text("label_center", self.lang),
                                                theme.SMALL_SIZE, theme.LOSS_COLOR),
                                   LABEL_PAD).next_to(center, UP, buff=0.05)
        # the names on the side of the arrows away from c (kept while the loss slides)
        toward_c = loss.center - constrained.beta
        turn = toward_c[0] * gradient[1] - toward_c[1] * gradient[0]  # (-grad f) x (c - b*)
        side = -1.0 if turn > 0 else 1.0
        pull, push = balance_arrows(axes, norm, constrained.beta, gradient, subgradient, mu,
                                    side)
        names = VGroup(*[pieces.backed(pieces.label(text(key, self.lang), NAME_SIZE, tint),
                                       LABEL_PAD)
                         for key, tint in (("bridge_pull_name", theme.LOSS_COLOR),
                                           ("bridge_normal_name", theme.NORM_COLORS[norm]))])
        way = across(axes, constrained.beta, gradient, side)
        color = theme.NORM_COLORS[norm]
        # s itself, then stretched mu times into mu s
        single = single_normal(push, mu, color)
        single_name = pieces.backed(pieces.label(text("bridge_s_zoomed", self.lang,
                                                      zoom=RULER_ZOOM), NAME_SIZE, color),
                                    LABEL_PAD)
        lengths = (float(np.linalg.norm(gradient)), float(np.linalg.norm(subgradient)))
        t = pieces.format_number(radius)
        beta = pieces.coordinates_text(constrained.beta)

        def line(key: str, tint: str, **fields) -> VMobject:
            return pieces.label(text(key, self.lang, **fields), CAPTION_SIZE, tint)

        # every line of the caption, each shown in one of CAPTION_LINES slots at a time
        lines = {"constrained": line(f"bridge_constrained_{norm}", color, t=t, beta=beta),
                 "loss": line("bridge_loss_line", theme.LOSS_COLOR),
                 "pull": line("bridge_pull_line", theme.LOSS_COLOR),
                 "slope": line(f"bridge_slope_{norm}", theme.TEXT_COLOR,
                               s=f"{lengths[1]:.3f}"),
                 "normal": line(f"bridge_normal_{norm}", theme.TEXT_COLOR,
                                s1=f"{subgradient[0]:.2f}", s2=f"{subgradient[1]:.2f}"),
                 "balance": line(f"bridge_balance_{norm}", theme.TEXT_COLOR,
                                 g=f"{lengths[0]:.3f}", s=f"{lengths[1]:.3f}",
                                 mu=f"{mu:.2f}"),
                 "price": line("bridge_price", theme.TEXT_COLOR,
                               dt=pieces.format_number(PRICE_STEP),
                               drop=f"{price_drop(loss, norm, radius):.2f}"),
                 "stationary": line(f"bridge_stationary_{norm}", theme.TEXT_COLOR),
                 "so": line(f"bridge_so_{norm}", theme.TEXT_COLOR, lam=f"{lam:.2f}"),
                 "penalised": line(f"bridge_penalised_at_{norm}", PEN_COLOR),
                 # what the sweep ends on, back at k = 1: the penalised optimum's second
                 # coordinate, exactly 0 for L1 (the corner's zero kept), not 0 for L2
                 "sparse": line(f"bridge_sparse_{norm}", color,
                                b2=pieces.format_coefficient(penalised[1]))}
        # one size for every line: the widest one fits the column
        shrink = min(1.0, below.width / max(mob.width for mob in lines.values()))
        slots = VGroup(*[line(f"bridge_constrained_{norm}", color, t=t, beta=beta)
                         for _ in range(CAPTION_LINES)]).arrange(DOWN, buff=SLOT_BUFF)
        slots.scale(shrink).move_to(below.center).align_to([0, below.top - SLOT_GAP, 0], UP)
        for mob in lines.values():
            mob.scale(shrink)
        for key, slot in SLOTS.items():
            lines[key].move_to(slots[slot])
        size = CAPTION_SIZE * shrink
        # the sweep of lam: the objective it weighs, its optimum's norm t, and what the
        # drawn ball now is (the budget t that the penalised optimum spends)
        objective = line(f"bridge_sweep_objective_{norm}", PEN_COLOR).scale(shrink)
        objective.move_to(slots[0])
        live = LiveLine(text(f"bridge_sweep_{norm}", self.lang, lam=FIELD, t=FIELD),
                        ["10.00", "0.000"], size, color)
        live.move_to(slots[1])
        ball_line = line("bridge_sweep_ball", theme.TEXT_COLOR).scale(shrink).move_to(slots[2])
        fan_lines = VGroup(
            LiveLine(text("bridge_fan_beta", self.lang, b1=FIELD, b2=FIELD),
                     ["2.000", "0"], size, color),
            LiveLine(text(f"bridge_fan_normal_{norm}", self.lang, s1=FIELD, s2=FIELD),
                     ["1.00", "+0.60"], size, theme.TEXT_COLOR),
            line(f"bridge_fan_note_{norm}", color).scale(shrink))
        for fan_line, slot in zip(fan_lines, slots, strict=True):
            fan_line.move_to(slot)
        # the constraint's line while the price beat steps the budget: its t and b* live
        template = text(f"bridge_constrained_{norm}", self.lang, t=FIELD,
                        beta=f"{FIELD}, {FIELD}")
        widest = ["0.00", "0.000", "0.000"]  # (t to 2 decimals, b* to 3: the widest fields)
        step_size = size * min(1.0, below.width / LiveLine(template, widest, size).width)
        step_line = LiveLine(template, [f"{radius:.2f}", *beta.split(", ")], step_size, color)
        step_line.move_to(slots[SLOTS["constrained"]])
        pieces.fit_into(fan_lines[2], below.width)
        # the ruler, magnified: in the caption's free last slot, down to the column's foot
        scale = RULER_ZOOM * float(np.linalg.norm(pull.get_end() - pull.get_start()))
        ruler_names = [pieces.label(text(key, self.lang), NAME_SIZE, tint)
                       for key, tint in (("bridge_pull_name", theme.LOSS_COLOR),
                                         ("bridge_normal_name", color))]
        zoom_tag = pieces.label(text("bridge_zoom", self.lang, zoom=RULER_ZOOM),
                                theme.BODY_SIZE, theme.MUTED_TEXT_COLOR)
        ruler_group = ruler(scale, mu, color, ruler_names, zoom_tag)
        ruler_group.move_to([below.center[0], 0, 0]).align_to([0, below.bottom, 0], DOWN)
        ruler_group.shift(0.04 * UP)
        pen_contours, pen_label = self.penalised_contours(norm, axes, window, lam, penalised)
        side = {"axes": axes, "norm": norm, "numbers": numbers, "window": window,
                "pen_contours": pen_contours,
                "pen_label": pen_label,
                "ball": pieces.BallOutline(axes, norm, radius),
                "family": family,
                "contour": pieces.LossContour(axes, loss, constrained.loss, clip_to_axes=True),
                "center": VGroup(center, center_tag),
                "dot": Dot(axes.c2p(*constrained.beta), radius=theme.DOT_RADIUS,
                           color=pieces.optimum_color(constrained.beta)),
                "ring": Circle(radius=RING_RADIUS, color=theme.TEXT_COLOR,
                               stroke_width=RING_STROKE).move_to(axes.c2p(*penalised)),
                "pull": pull, "push": push, "names": names, "side": side, "lines": lines,
                "slots": [slot.get_center() for slot in slots], "below": below,
                "single": single, "single_name": single_name, "ruler": ruler_group,
                "lengths": lengths,
                "live": live, "ball_line": ball_line,
                "objective": objective,
                "fan_lines": fan_lines, "step_line": step_line, "lam": lam, "mu": mu,
                "loss": loss}
        side["way"] = way
        # the names' places at the balance, kept (moving with the arrows) through the
        # budget's small step
        side["fixed"] = side["balance_spots"] = steady_spots(side, [(loss, radius)])
        pose(side, loss, radius)
        place_clear(side, way, family=False, fixed=side["fixed"])
        # s's name where mu s's will be, clear of the strokes drawn while it is shown
        first_clear(single_name, arrow_spots(single_name, single, -way, (1.0, -1.0)),
                    np.vstack([stroke_points(side["contour"], side["ball"], pull),
                               box_points(names[0]), box_points(VGroup(center, center_tag))]),
                    window)
        with_leader(single_name, single, color)
        side["tag_spots"] = {False: center_tag.get_center()}
        spots = [name.get_center() for name in names]
        place_clear(side, way, family=True)  # c's tag, shown first with the family
        side["tag_spots"][True] = center_tag.get_center()
        for name, spot in zip(names, spots, strict=True):  # the names shown with the arrows
            name.move_to(spot)
        side["color"] = color
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
        label = pieces.backed(pieces.label(text(f"bridge_pen_contours_{norm}", self.lang),
                                           theme.SMALL_SIZE, PEN_COLOR), LABEL_PAD)
        # a title over the window's frame, its letters PEN_LABEL_GAP clear of it, under the
        # video's title
        label.next_to(window, UP, buff=PEN_LABEL_GAP - LABEL_PAD)
        assert label[1].get_top()[1] < self.title.get_bottom()[1], f"{norm}: on the title"
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

    def place_balance(self, norm: str, loss: QuadraticLoss, radius: float
                      ) -> tuple[np.ndarray, np.ndarray]:
        """One plane at ``loss`` and budget ``radius``: mathcore's constrained optimum b*,
        its balance -grad f = mu s (the arrows), the touching contour, c and the names
        placed clear (``place_clear``); returns b* and s."""
        side = self.sides[norm]
        beta, normal, way = pose(side, loss, radius)
        place_clear(side, way, family=False, fixed=side["fixed"])
        for part, mobject in zip(NAMED, (*side["names"], side["center"][1]), strict=True):
            for k, axis in enumerate("xy"):
                self.spots[norm, part, axis].set_value(float(mobject.get_center()[k]))
        return beta, normal

    def follow_budget(self) -> None:
        """The updater of the price beat: the budget t (tracker ``t``), each ball of that
        radius and, at it, mathcore's constrained optimum and its balance."""
        radius = self.budget.get_value()
        for norm, side in self.sides.items():
            beta, _ = self.place_balance(norm, self.loss, radius)
            side["step_line"].set_fields(f"{radius:.2f}", *[pieces.with_minus(
                pieces.format_coefficient(x)) for x in beta])

    def follow_fan(self) -> None:
        """The one updater of the fan beat: the loss centred at fan_center(a); for each ball
        mathcore's exact optimum, its balance -grad f = mu s, the contours, c and the text."""
        loss = QuadraticLoss.create(fan_center(self.loss, self.fan.get_value()),
                                    self.loss.matrix)
        for norm, side in self.sides.items():
            for contour in side["family"]:
                contour.show(loss)
            beta, normal = self.place_balance(norm, loss, defaults.RADIUS)
            # (read-outs with the minus sign the captions use, not a hyphen)
            side["fan_lines"][0].set_fields(*[pieces.with_minus(pieces.format_coefficient(x))
                                              for x in beta])
            side["fan_lines"][1].set_fields(pieces.with_minus(f"{normal[0]:.2f}"),
                                            pieces.with_minus(f"{normal[1]:+.2f}"))

    def tell_2d(self) -> None:
        self.beat("bridge_start", t=pieces.format_number(defaults.RADIUS))
        loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        self.loss = loss
        self.fan = self.tracker("a", float(stationarity(loss, "l1", defaults.RADIUS)[2][1]))
        self.budget = self.tracker("t", defaults.RADIUS)
        # where each name stands, frame by frame, while the budget steps and the loss
        # slides (scene units)
        self.spots = {(norm, part, axis): self.tracker(f"{norm}_{part}_{axis}", 0.0)
                      for norm in NORMS for part in NAMED for axis in "xy"}
        columns = layout.two_columns(caption_lines=0)
        box = self.window_box(loss)
        self.box = box
        self.sides = {norm: self.build_2d(norm, column, loss, box)
                      for norm, column in zip(NORMS, columns, strict=True)}
        sides = list(self.sides.values())
        self.play(Write(self.title), *[Create(s["axes"]) for s in sides],
                  *[FadeIn(s["numbers"]) for s in sides],
                  *[Create(s["ball"]) for s in sides], *[FadeIn(s["window"]) for s in sides],
                  *[FadeIn(s["family"]) for s in sides], *[FadeIn(s["center"]) for s in sides],
                  run_time=1.0)
        self.play(*self.lines_in("loss"), run_time=0.8)
        # the contours of f grow from c until the first one touches the ball
        grow = self.tracker("grow", GROW_FROM)
        lowest = float(loss.value(loss.center))

        def follow_grow() -> None:
            """Each touching contour at the level lowest + grow (f* - lowest)."""
            for side in sides:
                touch = solve_constrained(loss, side["norm"], defaults.RADIUS).loss
                side["contour"].show(level=lowest + grow.get_value() * (touch - lowest))

        driven = self.drive(follow_grow, *[s["contour"] for s in sides])
        self.play(grow.animate.set_value(1.0), run_time=GROW_SECONDS, rate_func=smooth)
        self.stop_driving(driven, follow_grow)
        self.play(*[FadeIn(s["dot"]) for s in sides], *self.lines_in("constrained"),
                  run_time=1.0)
        self.tell_balance()
        self.tell_fan()
        self.tell_same()
        self.tell_sweep()

    def lines_in(self, *keys: str) -> list:
        """Both sides' caption lines ``keys`` faded in."""
        return [FadeIn(s["lines"][key]) for s in self.sides.values() for key in keys]

    def lines_out(self, *keys: str) -> list:
        """Both sides' caption lines ``keys`` faded out."""
        return [FadeOut(s["lines"][key]) for s in self.sides.values() for key in keys]

    def tell_balance(self) -> None:
        """-grad f, s, mu s one at a time with their lines, the ruler; then what mu means:
        the price of the budget (-df*/dt)."""
        sides = list(self.sides.values())
        self.beat("bridge_kkt", mu=f"{self.sides['l1']['mu']:.2f}", zoom=RULER_ZOOM,
                  scale=pieces.format_number(ARROW_SCALE))
        words = KKT_WORDS[self.lang]
        # one line at a time, in step with the subtitle: -grad f, s (the norm's slope, then
        # what it is), mu s, then the ruler
        # the family gives way to the arrows and their names (c's tag moves clear of them)
        self.play(*[GrowArrow(s["pull"]) for s in sides],
                  *[FadeIn(s["names"][0]) for s in sides],
                  *[FadeOut(s["family"]) for s in sides],
                  *[s["center"][1].animate.move_to(s["tag_spots"][False]) for s in sides],
                  *self.lines_out("loss"), *self.lines_in("pull"), run_time=0.8)
        self.wait_until_read(words[0])
        # s grows as it is named, its name (and the leader to it) comes in as its scale is
        # read, then the words that say what it is
        self.play(*[GrowArrow(s["single"]) for s in sides], run_time=1.0)
        self.wait_until_read(SCALE_WORDS[self.lang])
        self.play(*[FadeIn(s["single_name"]) for s in sides], run_time=0.6)
        self.wait_until_read(words[1])
        self.play(*self.lines_out("pull"), *self.lines_in("slope"), run_time=0.8)
        self.wait_until_read(words[2])
        self.play(*self.lines_in("normal"), run_time=0.8)
        self.wait_until_read(words[3])
        # the slope's line has said its piece: s's moves up, mu's comes in under it
        self.play(*[ReplacementTransform(s["single"], s["push"]) for s in sides],
                  *[ReplacementTransform(s["single_name"], s["names"][1]) for s in sides],
                  *self.lines_out("slope"),
                  *[s["lines"]["normal"].animate.move_to(s["slots"][1]) for s in sides],
                  *self.lines_in("balance"), run_time=1.0)
        self.wait_until_read(words[4])
        # the two arrows magnified under the caption, s laid off mu times along mu s
        self.play(*[TransformFromCopy(s["pull"], s["ruler"][0]) for s in sides],
                  *[TransformFromCopy(s["push"], s["ruler"][1]) for s in sides],
                  *[FadeIn(s["ruler"][3:]) for s in sides], run_time=0.8)
        self.play(*[FadeIn(s["ruler"][2], lag_ratio=0.5) for s in sides], run_time=1.2)
        self.wait(RULER_HOLD)  # the whole ruler, read before the price beat takes it away
        self.bring_to_front(*[s["dot"] for s in sides])  # the optimum over the arrows' feet
        self.show("price", {norm: s["mu"] for norm, s in self.sides.items()})
        self.show("price_drop", {norm: price_drop(self.loss, norm, defaults.RADIUS)
                                 for norm in self.sides})
        l1 = self.sides["l1"]
        self.beat("bridge_price", dt=pieces.format_number(PRICE_STEP),
                  drop=f"{price_drop(self.loss, 'l1', defaults.RADIUS):.2f}",
                  approx=f"{PRICE_STEP * l1['mu']:.2f}")
        # s's line and the ruler have said their piece: mu's line moves up, its price under
        self.play(*[FadeOut(s["ruler"]) for s in sides], *self.lines_out("normal"),
                  *[s["lines"]["balance"].animate.move_to(s["slots"][1]) for s in sides],
                  run_time=0.6)
        self.play(*self.lines_in("price"), run_time=0.6)
        # the step the price line speaks of: t to t + PRICE_STEP (the least f falls) and back
        # the ball and the optimum at t left behind, thin, while the budget steps
        ghosts = [ghost(s) for s in sides]
        self.play(*[FadeIn(g) for g in ghosts], run_time=0.4)
        moving = [s[part] for s in sides for part in ("ball", "contour", "center", "pull",
                                                      "push", "names", "dot")]
        # the constraint's line says the stepping t and b* (the ghosts keep t's); mu's line,
        # about t, is dimmed while t steps away from it
        steps = [s["step_line"] for s in sides]
        self.play(*[FadeOut(s["lines"]["constrained"]) for s in sides],
                  *[FadeIn(line) for line in steps],
                  *[s["lines"]["balance"].animate.set_opacity(STEP_DIM) for s in sides],
                  run_time=0.3)
        driven = self.drive(self.follow_budget, *moving, *steps)
        self.bring_to_front(*ghosts)
        # the step out and back, again while the subtitle leaves time for a whole one (the
        # beat then ends on its usual still, not a longer one)
        cycle = 2 * STEP_SECONDS + STEP_HOLD
        while True:
            self.play(self.budget.animate.set_value(defaults.RADIUS + PRICE_STEP),
                      run_time=STEP_SECONDS, rate_func=smooth)
            self.wait(STEP_HOLD)
            self.play(self.budget.animate.set_value(defaults.RADIUS), run_time=STEP_SECONDS,
                      rate_func=smooth)
            if self.read_left() < cycle + STEP_HOLD:
                break
            self.wait(STEP_HOLD)
        self.stop_driving(driven, self.follow_budget)
        self.play(*[FadeOut(g) for g in ghosts], *[FadeOut(line) for line in steps],
                  *[FadeIn(s["lines"]["constrained"]) for s in sides],
                  *[s["lines"]["balance"].animate.set_opacity(1.0) for s in sides],
                  run_time=0.4)

    def tell_same(self) -> None:
        """The constrained optimum's balance, read the right way round: at b*, grad f =
        -mu s; so with lam = mu (L1) or mu / (2t) (L2) the penalised objective, drawn by its
        own contours, has b* as its minimiser (the ring)."""
        sides = list(self.sides.values())
        self.beat("bridge_same")
        self.play(*[FadeOut(s[part]) for s in sides for part in ("pull", "push", "names")],
                  run_time=0.4)
        # f's touching contour and c stay, faded (the reference), under the new contours
        self.faded = [faded(s) for s in sides]
        self.play(*[FadeOut(s[part]) for s in sides for part in ("contour", "center")],
                  *[FadeIn(f) for f in self.faded],
                  *[Create(s["pen_contours"]) for s in sides],
                  *[FadeIn(s["pen_label"]) for s in sides], *self.lines_out("constrained"),
                  *self.lines_in("stationary"), run_time=0.8)
        self.bring_to_front(*[s["dot"] for s in sides])  # the optimum over f's faded contour
        words = SAME_WORDS[self.lang]
        self.wait(min(SAME_PAUSE, max(self.read_left(words[0]), 0.0)))
        self.play(*self.lines_in("so"), run_time=0.8)
        self.wait(min(SAME_PAUSE, max(self.read_left(words[1]), 0.0)))
        self.play(*[Create(s["ring"]) for s in sides], *self.lines_in("penalised"),
                  run_time=1.0)

    def tell_sweep(self) -> None:
        """lam scaled up and back: the penalised optimum, and its norm t as the ball."""
        sides = list(self.sides.values())
        loss = self.loss
        sparse = {norm: penalised_optimum(loss, norm, s["lam"])[1]
                  for norm, s in self.sides.items()}
        self.beat("bridge_lambda", zero=pieces.format_coefficient(sparse["l1"]),
                  b2=pieces.format_coefficient(sparse["l2"]))
        for side in sides:  # the loss as it was, the family back: c's tag where it has room
            side["center"][1].move_to(side["tag_spots"][True])
        # the read-out shows lam and t of k = 1 before it is seen; the old lines leave their
        # slots before the new ones come in (one line of words per slot at every frame)
        self.follow_k()
        self.play(*self.lines_out("stationary", "so", "penalised"),
                  *[FadeOut(s[part]) for s in sides for part in ("pen_contours", "pen_label")],
                  *[FadeOut(f) for f in self.faded], run_time=0.4)
        self.play(*[FadeIn(s[part]) for s in sides for part in ("family", "contour", "center")],
                  *[FadeIn(s[part]) for s in sides for part in ("objective", "live")],
                  run_time=0.5)
        driven = self.drive(self.follow_k, *[s[part] for s in sides
                                             for part in ("ball", "contour", "dot", "ring",
                                                          "live")])
        self.play(self.k.animate.set_value(K_TOP), run_time=K_SECONDS, rate_func=smooth)
        lams = {norm: s["lam"] for norm, s in self.sides.items()}
        self.show("sweep", {norm: [[k * lam, budget_for_penalty(loss, norm, k * lam)]
                                   for k in (1.0, K_TOP)] for norm, lam in lams.items()})
        # the ball named as it is said, then lam back to mu as that is said
        words = SWEEP_WORDS[self.lang]
        self.wait_until_read(words[0])
        self.play(*[FadeIn(s["ball_line"]) for s in sides], run_time=0.5)
        self.wait_until_read(words[1])
        self.play(self.k.animate.set_value(1.0), run_time=K_SECONDS, rate_func=smooth)
        self.stop_driving(driven, self.follow_k)
        # back at lam = mu: the L1 optimum's exact zero said, then the L2 one's none (each
        # in place of its ball's line, which has said its piece)
        self.show("sparse", {norm: float(value) for norm, value in sparse.items()})
        for norm, words in zip(NORMS, SPARSE_WORDS[self.lang], strict=True):
            side = self.sides[norm]
            self.wait_until_read(words)
            self.play(FadeOut(side["ball_line"]), run_time=0.3)
            self.play(FadeIn(side["lines"]["sparse"]), run_time=0.6)

    def tag_moving(self, fan: bool) -> list:
        """c's tag's place for the fan's loss now, at its spot kept through the slide
        (``fan_spots``) when ``fan``, else at the balance's (``balance_spots``), the
        arrows' names at theirs: the animations that move the tags there from where they
        are."""
        starts = {norm: s["center"][1].get_center() for norm, s in self.sides.items()}
        for side in self.sides.values():
            side["fixed"] = side["fan_spots"] if fan else side["balance_spots"]
        self.follow_fan()
        moves = []
        for norm, side in self.sides.items():
            tag = side["center"][1]
            target = tag.get_center()
            tag.move_to(starts[norm])
            moves.append(tag.animate.move_to(target))
        return moves

    def tell_fan(self) -> None:
        """The corner's fan of normals, its two edge normals first, then its shading; the
        loss slides, -grad f turns inside the fan and the L1 optimum stays on the corner,
        while the circle's optimum moves.  The arrows' names step aside meanwhile (the
        arrows keep their colours, and the caption names -grad f / mu = s): beside arrows
        that sweep the whole fan no place stays clear of it, of c and of the contour; c's
        tag keeps one place by c through the slide (``steady_spots``), clear of the fan."""
        sides = list(self.sides.values())
        l1 = self.sides["l1"]
        path = fan_path(self.loss)
        corner = solve_constrained(self.loss, "l1", defaults.RADIUS).beta
        reach = fan_radius(self.loss)
        self.show("fan", {"path": list(path), "corner": corner.tolist(),
                          "normals": l1_normal_cone(corner).tolist(), "radius": reach})
        self.beat("bridge_fan", beta=pieces.coordinates_text(corner))
        l1["fan"] = fan_sector(l1["axes"], corner, reach, l1["color"])
        l1["wedge"] = wedge_points(l1["axes"], corner, reach)
        states = [(QuadraticLoss.create(fan_center(self.loss, a), self.loss.matrix),
                   defaults.RADIUS) for a in np.linspace(A_LOW, A_HIGH, FAN_SAMPLES)]
        for side in sides:
            side["fan_spots"] = steady_spots(side, states)
        moves = self.tag_moving(fan=True)
        # the fan under everything else (the axes' ticks and the contours drawn over it):
        # its two edges, the edge normals, first
        shade, edges = l1["fan"]
        shade.set_fill(opacity=0.0)
        self.add(l1["fan"])
        self.bring_to_back(l1["fan"])
        self.play(Create(edges), *self.lines_out("constrained", "balance", "price"),
                  *[FadeIn(s["fan_lines"]) for s in sides], *moves,
                  *[FadeOut(s["names"]) for s in sides], run_time=FAN_EDGES_SECONDS)
        self.play(shade.animate.set_fill(opacity=FAN_OPACITY), run_time=FAN_FILL_SECONDS)
        self.bring_to_front(*[s[part] for s in sides for part in ("pull", "push", "dot")])
        moving = [s[part] for s in sides for part in ("contour", "center", "pull", "push",
                                                      "dot", "fan_lines")]
        driven = self.drive(self.follow_fan, *moving)
        for stop in path[1:]:
            self.play(self.fan.animate.set_value(stop), run_time=FAN_SECONDS, rate_func=smooth)
        self.stop_driving(driven, self.follow_fan)
        # (the loss as it was: the names back at their places at the balance)
        moves = self.tag_moving(fan=False)
        del l1["wedge"]
        self.play(FadeOut(l1["fan"]), *[FadeOut(s["fan_lines"]) for s in sides],
                  *self.lines_in("constrained"), *moves,
                  *[FadeIn(s["names"]) for s in sides], run_time=0.6)
