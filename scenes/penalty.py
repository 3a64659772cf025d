"""The two penalties, their gradients and their proximal steps, side by side.

Left: |b| and b^2.  Middle: their (sub)gradients: sign(b) is -1 for every b < 0 and +1 for
every b > 0, so L1 pulls a weight towards 0 just as hard when it is tiny as when it is
large, while L2's pull 2b fades to nothing near 0.  At 0 itself |b| has no slope: every
value in [-1, 1] is a subgradient (shown on its own, the green segment, before a weight
sweeps from just right of 0): the penalty lambda |b| (lambda: the penalty's weight in
loss + lambda penalty) can push back with any force up to lambda.  One convention all
through (``mathcore.penalties``'s): the loss is (b - v)^2 / 2, so its pull at 0 is v itself
and L1's minimiser is 0 exactly while |v| <= lambda (threshold lambda, said on screen).
The slopes' panel shows it as a balance of forces: the loss b^2 / 2 - g b pulls a weight
with g - b (g: its pull at 0; the pink line, named by a legend), and the minimiser of
b^2 / 2 - g b + lambda P(b) is where that pull line meets lambda times the penalty's
slope.  As g grows from 0 the line climbs
L1's jump at 0, so L1's minimiser stays exactly 0 until g reaches lambda, while it meets
L2's 2b at g / 3 > 0 as soon as g > 0; two tracks under the panel show both minimisers on
their own rows (they never hide each other).  Right (the penalties' panel gives way to
three short lines): the proximal step, where a weight lands when a gradient step on the
loss has taken it to v and the penalty then pulls it in: the minimiser of
(b - v)^2 / 2 + lambda P(b), the map drawn as a curve with its flat zero stretch
|v| <= lambda in the zeros' colour.  L1 moves v by lambda beyond it (soft-thresholding);
L2 only scales v by 1 / (1 + 2 lambda).  First one step, under the proximal note in the
first column on a row of beta for each penalty: a gradient step takes a weight from 0.2
to v = 0.8, then L1 pulls v to exactly 0 and L2 to v / 3, and the proximal panel marks
that same v and both outputs; the step's rows then give way (one v on screen at a time)
and v sweeps from there down to -2 and up to 2, tracing both maps.
Between them, why L2's taste for small components makes models steadier: two features
that measure one quantity predict the same with the weights (1, 0) and (1/2, 1/2); L1
charges both 1 (it is indifferent), L2 charges the spread ones half as much (it prefers
to spread weight over features), and an observation error delta
on x1 alone moves their prediction by w1 delta: half as far with the spread weights.
Every curve and number is evaluated by ``mathcore.penalties``.

Render: ``manim render scenes/penalty.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Arrow,
    Axes,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    GrowArrow,
    GrowFromEdge,
    Line,
    Polygon,
    VGroup,
    VMobject,
    Write,
    config,
    linear,
)

from mathcore.penalties import (
    EQUAL_COST,
    L1_SUBDIFFERENTIAL_AT_ZERO,
    l1_penalty,
    l1_subgradient,
    l2_gradient,
    l2_penalty,
    l2_prox,
    prediction_shift,
    soft_threshold,
)
from scenes import layout, pieces, theme
from scenes.base import STILL_SECONDS, NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import reading_seconds, text

#: The penalty's weight in loss + lambda penalty: the objective (b - v)^2 / 2 + LAMBDA P(b),
#: mathcore's proximal operators' own convention.  L1's threshold is LAMBDA (the minimiser
#: is 0 exactly while |v| <= LAMBDA), L2's scaling 1 / (1 + 2 LAMBDA).
THRESHOLD = LAMBDA = 1.0
L2_SCALE = float(l2_prox(1.0, LAMBDA))
#: 1 / L2_SCALE, written in the words (v/3 for LAMBDA = 1).
L2_DIVISOR = 1.0 / L2_SCALE
SPAN = 2.0
SAMPLES = 401
#: The sweep of v on the proximal panel: seconds per unit of v; before it, the one
#: step's rows fade out in STEP_FADE seconds.
SWEEP_SECONDS, STEP_FADE = 0.9, 0.4
PROBE = 0.07
#: The gap between a key and the corner of the region a moving dot or line sweeps.
KEY_CLEAR = 0.15
#: The pull line's name follows it: down and left of its point at beta = PULL_NAME_AT,
#: PULL_NAME_GAP away (below the line, right of the vertical axis, under the beta axis
#: and so under L1's +1 and L2's 2b for every g <= G_MAX: no curve runs there).
PULL_NAME_AT, PULL_NAME_GAP = 1.25, 0.06
#: Once the line there runs above the beta axis, the name stops this far under the axis
#: (clear of its tick marks: the axis never runs through it).
PULL_NAME_FLOOR = 0.2
#: The proximal panel's L2 key: down and right of L2's line at v = L2_KEY_AT, KEY_CLEAR
#: away (under the blue line, above the v axis, where L1's line runs above L2's).
L2_KEY_AT = 1.7
#: The input dot's name ``v`` stands this far above the dot.
V_NAME_GAP = 0.06
#: The least margin (px at 854 wide) between the words and the frame's edge.
NOTE_EDGE_PX = 24
#: Room above each panel for its two-line heading, and below for the dead-zone label or
#: a live reading; left of and under each plane for its tick numbers.
HEADING, BELOW, NUMBER_ROOM = 0.95, 0.5, 0.5
#: The planes' tick numbers: digits at least 16 px high at 480p.
TICK_SIZE = 27
#: The minimisers' tracks under the slopes' panel (one row each for L1 and L2): their gap
#: under the tick numbers, the rows' spacing and the size of their names.
TRACK_GAP, TRACK_STEP = 0.25, 0.42
#: The large-weight probe sweeps beta from 0 to this (the note: L2 punishes large weights).
LARGE = 2.0
#: The shortest run time of that sweep.
WEIGHT_SWEEP = 2.4
#: The loss of the balance of forces, b^2 / 2 - g b = (b - g)^2 / 2 - g^2 / 2, pulls a
#: weight with g - b; its pull g at 0 grows from 0 to G_MAX, pausing at g = LAMBDA.
G_MAX = 2.5
#: The shortest run times of g's two legs (0 to LAMBDA, LAMBDA to G_MAX) and the pause
#: between them; each leg lasts while its sentence of the subtitle is read.
G_LEGS, G_PAUSE = (3.5, 4.0), 0.6
#: The shortest run time of what pen_hold brings in as its sentences are read.
BRING_IN = 0.6
#: Two features that carry one signal (x1 and x2 measure the same quantity), so
#: w1 x1 + w2 x2 predicts the same with all the weight on one or the weight spread evenly.
SAME_SIGNAL = (np.array([1.0, 0.0]), np.array([0.5, 0.5]))
#: An observation error on x1 alone.
DELTA = 0.5
#: The features' colours (bars, and the shift an error in x1 causes): a light and a deep
#: violet, not L1, L2 or a zero (no olive: a green bar reads as the key's "exactly 0"; no
#: vermilion: under the orange "L1:" costs it reads as an L1 quantity).
FEATURE_COLORS = (theme.FEATURE_PALETTE[1], theme.FEATURE_PALETTE[0])
#: Half a bar's width (data units: the bars stand at 1 and 2), the weights' plot's
#: size, and the size of the weights written on the bars and of the bars' names (kept
#: when the plots are scaled to fit: at 480p the weights are at least 16 px high).
BAR_HALF, BARS_WIDTH, BARS_HEIGHT = 0.3, 3.0, 0.8
#: The spread beat's words stop this far above the subtitles' strip.
SPREAD_GAP = 0.15
VALUE_SIZE, NAME_SIZE = 30, theme.BODY_SIZE
#: The three short lines of each beat's words.
NOTE_SIZE = 24
#: The weights' plot's x range: the bars stand at 1 and 2, apart enough for their values.
BARS_RANGE = (0.4, 2.6)
#: The shift axis (0 to DELTA) and its height (the arrow lies on its x axis).
SHIFT_WIDTH, SHIFT_HEIGHT = 2.8, 0.3
#: The sweep of a weight on the slopes' panel starts just right of 0 (at 0 itself |b| has
#: no slope: that moment is shown on its own first, with every slope in [-1, 1]).
SLOPE_START = 0.01
#: One proximal step shown on two rows under the panels: a weight at STEP_FROM, a
#: gradient step of STEP to v, then each penalty's pull (v = 0.8: L1 to exactly 0).
STEP_FROM, STEP = 0.2, 0.6
#: The rows' spacing, and their gap under the proximal note.
STEP_ROW, STEP_GAP = 1.1, 0.3
#: How far above its row the gradient step's arrow (STEP_FROM to v) runs, and above that
#: the penalty's pull back from v: both stay, one after the other, until the rows go.
MOVE_LIFT, PULL_LIFT = 0.28, 0.56
#: The gap between the penalties' beta axis name and the axis's end (up and right of it:
#: clear of the tick number 2 under that end, which would read "2β").
NAME_GAP = 0.1
#: The size of the ``β = v`` key (at 480p at least 14 px high).
V_KEY_SIZE = theme.SMALL_SIZE
#: The rows' range of beta (around the step and both outputs) and their numbered ticks.
STEP_RANGE, STEP_TICKS = (-0.5, 1.5), (-0.5, 0.0, 0.5, 1.0, 1.5)
#: Where in pen_hold's subtitle the next step is shown (``wait_until_read``): the words
#: (the loss), the pull line and its name, the minimisers where it meets the slopes,
#: their tracks and reading, g's first leg (0 to lambda: L1 held at 0, L2 moving), its
#: second (lambda to G_MAX: L1 moving too).
HOLD_WORDS = {"en": ("The data's loss", "pulls β with force", "Where that line",
                     "that β is β*", "As g grows", "Past λ"),
              "zh": ("损失 β²/2", "损失的拉力", "粉色线与", "那里就是 β*", "g 增大到", "g 超过 λ")}
#: Where in pen_prox's subtitle the gradient step, the penalty's pull and the words that
#: it is the balance with g = v come.
STEP_WORDS = {"en": ("A gradient step", "Then the penalty", "That is the balance"),
              "zh": ("沿损失的负梯度", "惩罚再把", "这就是前面")}
#: The objectives' panel (pen_hold, in the penalties' place): each objective less its
#: lowest value, drawn up to OBJECTIVE_TOP.
OBJECTIVE_TOP = 4.0
TICKS = {"penalty": (np.arange(-2.0, 2.1), np.arange(0.0, 4.1)),
         "objective": (np.arange(-2.0, 2.1), np.arange(0.0, 4.1)),
         "gradient": (np.arange(-2.0, 2.1), np.arange(-4.0, 4.1, 2.0)),
         "prox": (np.arange(-2.0, 2.1), np.arange(-2.0, 2.1))}


def prox_l1(v):
    """Where L1 puts a weight that a gradient step took to ``v``: soft-thresholding at
    LAMBDA."""
    return soft_threshold(v, LAMBDA)


def prox_l2(v):
    """Where L2 puts it: ``v / (1 + 2 LAMBDA)``."""
    return l2_prox(v, LAMBDA)


def held_minimisers(g: float) -> tuple[float, float]:
    """The minimisers of b^2 / 2 - g b + LAMBDA P(b) = (b - g)^2 / 2 + LAMBDA P(b) + const:
    the proximal step at v = g (L1 exactly 0 while g <= LAMBDA)."""
    return float(prox_l1(g)), float(prox_l2(g))


def pull(g: float, b) -> np.ndarray:
    """The loss b^2 / 2 - g b pulls a weight at b with minus its slope: g - b."""
    return g - np.asarray(b, dtype=float)


def objective_above_minimum(g: float, b, penalty) -> np.ndarray:
    """The balance's objective ``b^2 / 2 - g b + LAMBDA P(b)`` (P = mathcore's ``penalty``)
    less its value at its minimiser: 0 at the lowest point, which is where the curve
    touches the beta axis."""
    b = np.asarray(b, dtype=float)
    minimiser = held_minimisers(g)[0 if penalty is l1_penalty else 1]

    def value(x):
        return 0.5 * np.square(x) - g * x + LAMBDA * penalty(x)

    return value(b) - value(minimiser)


def shown(value: float) -> str:
    """Two decimals, never "-0.00" (a tiny negative output reads as 0.00)."""
    written = f"{value:.2f}"
    return "0.00" if float(written) == 0 else written


def curve(axes, xs: np.ndarray, ys: np.ndarray, color: str) -> VMobject:
    line = VMobject(color=color, stroke_width=theme.PATH_STROKE)
    line.set_points_as_corners(axes.c2p(np.column_stack([xs, ys])))
    return line


class PenaltyShapes(NormvizScene):
    """|b| vs b^2: values, gradients, proximal steps."""

    def construct(self) -> None:
        self.v = self.tracker("v", STEP_FROM + STEP)  # the one step's v, then the sweep
        self.beta = self.tracker("beta", 0.0)
        self.g = self.tracker("g", 0.0)
        self.step = self.tracker("step", 0.0)  # 0 to 1: the gradient step; 1 to 2: the pull
        self.build()
        self.tell_story()

    def build(self) -> None:
        self.title = pieces.title(text("pen_title", self.lang))
        xs = np.linspace(-SPAN, SPAN, SAMPLES)
        negative, positive = xs[xs < 0], xs[xs > 0]
        self.panels = []
        columns = layout.stage(caption_lines=2).columns(3, gap=0.6)
        wide = self.prox_region(columns)
        for name, column, y_range, heading, names in zip(
            ("penalty", "gradient", "prox"), (*columns[:2], wide),
            ((0.0, SPAN**2), (-2 * SPAN, 2 * SPAN), (-SPAN, SPAN)),
            (text("pen_penalty", self.lang), text("pen_gradient", self.lang),
             text("pen_prox", self.lang, lam=f"{LAMBDA:g}")),
            (("β", ""), ("β", ""), ("v", "β")), strict=True,
        ):
            heading_band, rest = column.split_top(HEADING)
            square = rest.split_bottom(BELOW)[0].shrink(
                left=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM, bottom=NUMBER_ROOM)
            size = min(square.width, square.height)
            axes = self.plane(name, pieces.coefficient_axes((-SPAN, SPAN), y_range, size, size))
            square.place(axes)
            numbers = pieces.tick_numbers(axes, *TICKS[name], TICK_SIZE)
            caption = heading_band.place(pieces.label(heading, theme.BODY_SIZE))
            axis_names = pieces.axis_labels(axes, *names)
            if name != "penalty":  # below the axis: sign(β) = +1 and the L2 key run above it
                axis_names[0].next_to(axes.x_axis.get_end(), DOWN, buff=0.15)
            else:  # up and right of the axis's end: clear of the tick number 2 under it
                axis_names[0].next_to(axes.x_axis.get_end(), UP + RIGHT, buff=NAME_GAP)
            self.panels.append({"axes": axes, "caption": VGroup(caption, axis_names, numbers),
                                "heading": caption, "width": column.width})
        self.fit_headings()
        self.build_objectives(columns[0])
        values, gradients, proxes = (p["axes"] for p in self.panels)
        self.curves = [
            VGroup(curve(values, xs, l1_penalty(xs), theme.L1_COLOR),
                   curve(values, xs, l2_penalty(xs), theme.L2_COLOR)),
            VGroup(curve(gradients, negative, l1_subgradient(negative), theme.L1_COLOR),
                   DashedLine(*[gradients.c2p(0, s) for s in L1_SUBDIFFERENTIAL_AT_ZERO],
                              color=theme.L1_COLOR, stroke_width=2),
                   curve(gradients, positive, l1_subgradient(positive), theme.L1_COLOR),
                   curve(gradients, xs, l2_gradient(xs), theme.L2_COLOR)),
            VGroup(DashedLine(proxes.c2p(-SPAN, -SPAN), proxes.c2p(SPAN, SPAN),
                              color=theme.MUTED_TEXT_COLOR, stroke_width=1.5),
                   curve(proxes, xs, prox_l1(xs), theme.L1_COLOR),
                   curve(proxes, xs, prox_l2(xs), theme.L2_COLOR)),
        ]
        self.keys = [self.curve_keys(values, (("|β|", theme.L1_COLOR, SPAN, 2.3),
                                              ("β²", theme.L2_COLOR, 1.25, 3.6))),
                     self.curve_keys(gradients, (("sign(β)", theme.L1_COLOR, 0.0, 0.0),
                                                 ("2β", theme.L2_COLOR, 1.55, 3.6))),
                     VGroup(pieces.label("β = v", V_KEY_SIZE, theme.MUTED_TEXT_COLOR),
                            *self.curve_keys(proxes, (("L1", theme.L1_COLOR, 1.45, 0.95),)),
                            pieces.label("L2", theme.SMALL_SIZE, theme.L2_COLOR).next_to(
                                proxes.c2p(L2_KEY_AT, float(prox_l2(L2_KEY_AT))),
                                DOWN + RIGHT, buff=KEY_CLEAR))]
        self.place_clear_keys(gradients, proxes)
        # at β = 0 every slope in [-1, 1] is a subgradient: the pull that holds zero weights
        self.hold = Line(gradients.c2p(0, -1), gradients.c2p(0, 1), color=theme.ZERO_COLOR,
                         stroke_width=8)
        self.dead_zone = Line(proxes.c2p(-THRESHOLD, 0), proxes.c2p(THRESHOLD, 0),
                              color=theme.ZERO_COLOR, stroke_width=8)
        # the words (three short lines) stand in an empty column (the third until the
        # proximal step comes, then the first), level with the headings: none at the foot
        self.notes = []
        edge = NOTE_EDGE_PX / 854 * config.frame_width
        for key, column in (("pen_gradient_note", columns[2]), ("pen_hold_note", columns[2]),
                            ("pen_prox_note", columns[0])):
            note = pieces.label(text(key, self.lang, lam=f"{LAMBDA:g}",
                                     inv=f"{L2_DIVISOR:g}"), NOTE_SIZE)
            assert len(note.original_text.splitlines()) <= 3, f"{key}: more than 3 lines"
            assert note.width <= column.width, f"{key} is wider than its column"
            note.next_to(column.center * RIGHT + self.panels[0]["heading"].get_top() * UP,
                         DOWN, buff=0.0)
            assert column.fits(note), f"{key} leaves its column"
            assert note.get_right()[0] <= config.frame_width / 2 - edge, f"{key}: at the edge"
            self.notes.append(note)
        self.probes = VGroup(Dot(color=theme.L1_COLOR, radius=PROBE),
                             Dot(color=theme.L2_COLOR, radius=PROBE))
        # the balance of forces on the slopes' panel: the loss's pull line and where it
        # meets lambda times each penalty's slope (LAMBDA = 1: the curves drawn)
        self.pull_line = VMobject(color=theme.LOSS_COLOR, stroke_width=theme.PATH_STROKE)
        # its name, written beside it on the plane (it follows the line)
        self.pull_name = pieces.label(text("pen_pull_key", self.lang), theme.SMALL_SIZE,
                                      theme.LOSS_COLOR)
        # what g is, in plain words, under the balance's words
        self.g_meaning = pieces.label(text("pen_g_meaning", self.lang), theme.SMALL_SIZE)
        self.g_meaning.next_to(self.notes[1], DOWN, buff=0.4).align_to(self.notes[1], LEFT)
        assert columns[2].fits(self.g_meaning), "pen_g_meaning leaves its column"
        # the proximal step is that balance with g = v: right of the proximal plane
        self.prox_same = pieces.label(text("pen_prox_same", self.lang), theme.SMALL_SIZE)
        self.prox_same.next_to(proxes.get_corner(UP + RIGHT) + layout.AXIS_NAME_ROOM * RIGHT,
                               DOWN + RIGHT, buff=0.0)
        assert self.prox_side.fits(self.prox_same), "pen_prox_same leaves its region"
        self.balance = VGroup(Dot(color=theme.L1_COLOR, radius=PROBE),
                              Dot(color=theme.L2_COLOR, radius=PROBE))
        # the input v before the penalty acts: on the line beta = v
        self.v_dot = Dot(color=theme.TEXT_COLOR, radius=PROBE)
        self.v_name = pieces.label("v", theme.SMALL_SIZE)
        self.build_tracks(gradients)
        self.build_large_weights(values, gradients)
        self.build_step(columns[0])
        self.build_spread(columns)

    def build_objectives(self, column) -> None:
        """The balance's objectives themselves, in the penalties' column once that panel
        has gone (pen_hold): ``b^2 / 2 - g b + LAMBDA P(b)`` for L1 and L2, each less its
        lowest value (``objective_above_minimum``), drawn live as g moves, each minimiser a
        dot on the beta axis where its curve touches it: L1's sits in the kink at 0 while
        g <= LAMBDA.  The same square and heading size as the penalties' panel."""
        penalties = self.panels[0]
        heading_band = column.split_top(HEADING)[0]
        axes = self.plane("objective", pieces.coefficient_axes(
            (-SPAN, SPAN), (0.0, OBJECTIVE_TOP), penalties["axes"].x_length,
            penalties["axes"].y_length))
        axes.move_to(penalties["axes"].get_center())
        # the headings' size (``fit_headings``), less if it would not fit the column
        heading = pieces.label(text("pen_objective", self.lang), theme.BODY_SIZE)
        heading.scale(min(penalties["heading"].height / pieces.label(
            penalties["heading"].original_text, theme.BODY_SIZE).height,
            column.width / heading.width))
        heading.move_to(heading_band.center).match_y(penalties["heading"])
        assert column.fits(heading), "pen_objective leaves its column"
        names = pieces.axis_labels(axes, "β", "")
        names[0].next_to(axes.x_axis.get_end(), UP + RIGHT, buff=NAME_GAP)
        self.objective = {
            "axes": axes, "heading": heading,
            "caption": VGroup(heading, names,
                              pieces.tick_numbers(axes, *TICKS["objective"], TICK_SIZE)),
            "curves": VGroup(VMobject(color=theme.L1_COLOR, stroke_width=theme.PATH_STROKE),
                             VMobject(color=theme.L2_COLOR, stroke_width=theme.PATH_STROKE)),
            "dots": VGroup(Dot(color=theme.L1_COLOR, radius=PROBE),
                           Dot(color=theme.L2_COLOR, radius=PROBE))}

    def follow_objectives(self, g: float) -> None:
        """The objectives at g: each curve cut at OBJECTIVE_TOP, its minimiser's dot."""
        axes, xs = self.objective["axes"], np.linspace(-SPAN, SPAN, SAMPLES)
        low, high = axes.c2p(-SPAN, 0.0), axes.c2p(SPAN, OBJECTIVE_TOP)
        for line, dot, penalty, b in zip(self.objective["curves"], self.objective["dots"],
                                         (l1_penalty, l2_penalty), held_minimisers(g),
                                         strict=True):
            points = axes.c2p(np.column_stack([xs, objective_above_minimum(g, xs, penalty)]))
            line.clear_points()
            for arc in pieces.clip_polyline(points, low, high):
                line.start_new_path(arc[0])
                line.add_points_as_corners(arc[1:])
            dot.move_to(axes.c2p(b, 0.0))

    def prox_region(self, columns) -> layout.Region:
        """The proximal panel's region: it comes when the other two panels have gone, so it
        takes the second column and the third, from the stage's top down to the subtitles'
        strip; as wide as its square plane (height-bound) with the plane's numbers and axis
        names.  Right of it (``self.prox_side``) the words that tie it to the balance."""
        height = columns[2].top - layout.screen().bottom
        side = height - HEADING - BELOW - NUMBER_ROOM
        width = side + NUMBER_ROOM + layout.AXIS_NAME_ROOM
        region = layout.Region(columns[1].left, columns[1].left + width,
                               layout.screen().bottom, columns[2].top)
        self.prox_side = layout.Region(region.right, columns[2].right, region.bottom,
                                       region.top)
        return region

    def build_tracks(self, gradients) -> None:
        """Under the slopes' panel, one row for each minimiser (planes ``track_l1`` and
        ``track_l2``, x aligned with the panel's beta): the two never hide each other."""
        numbers = self.panels[1]["caption"][2]
        top = min(numbers.get_bottom()[1], gradients.get_bottom()[1]) - TRACK_GAP
        self.tracks, self.track_dots = VGroup(), VGroup()
        width = gradients.x_axis.get_length()
        for k, (name, color) in enumerate((("L1", theme.L1_COLOR), ("L2", theme.L2_COLOR))):
            track = self.plane(f"track_{name.lower()}", Axes(
                x_range=[-SPAN, SPAN, 1.0], y_range=[-1.0, 1.0, 1.0], x_length=width,
                y_length=0.2, tips=False,
                axis_config={"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE},
                y_axis_config={"include_ticks": False}))
            track.y_axis.set_stroke(opacity=0.0)
            track.shift(gradients.c2p(0, 0)[0] * RIGHT - track.c2p(0, 0)[0] * RIGHT
                        + (top - k * TRACK_STEP - track.c2p(0, 0)[1]) * UP)
            zero = Line(track.c2p(0, -1), track.c2p(0, 1), color=theme.TEXT_COLOR,
                        stroke_width=2)
            name_label = pieces.label(f"{name} β*", theme.SMALL_SIZE, color)
            name_label.next_to(track.c2p(-SPAN, 0), LEFT, buff=0.12)
            self.tracks.add(VGroup(track, zero, name_label))
            self.track_dots.add(Dot(color=color, radius=PROBE))

    def build_step(self, column) -> None:
        """In the first column under the proximal note (the penalties' panel has given way
        to it), one proximal step on two rows of beta (planes ``step_l1`` and
        ``step_l2``): a weight at STEP_FROM, a gradient step to v, then each penalty's
        pull to its output; three lines of words under them."""
        v = STEP_FROM + STEP
        outputs = (float(prox_l1(v)), float(prox_l2(v)))
        self.step_values = {"from": STEP_FROM, "v": v, "l1": outputs[0], "l2": outputs[1]}
        top = self.notes[2].get_bottom()[1] - STEP_GAP - 0.3
        width = column.width - 0.8  # the rows' names on their left, clear of "-0.5"
        self.step_rows, self.step_moves, self.step_pulls = VGroup(), VGroup(), VGroup()
        self.step_starts, self.step_vs, self.step_outs = VGroup(), VGroup(), VGroup()
        for k, (name, color, out) in enumerate((("L1", theme.L1_COLOR, outputs[0]),
                                                ("L2", theme.L2_COLOR, outputs[1]))):
            row = self.plane(f"step_{name.lower()}", Axes(
                x_range=[*STEP_RANGE, 0.5], y_range=[-1.0, 1.0, 1.0], x_length=width,
                y_length=0.2, tips=False,
                axis_config={"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE},
                y_axis_config={"include_ticks": False}))
            row.y_axis.set_stroke(opacity=0.0)
            row.shift((column.right - 0.1 - row.c2p(STEP_RANGE[1], 0)[0]) * RIGHT
                      + (top - PULL_LIFT - k * STEP_ROW - row.c2p(0, 0)[1]) * UP)
            name_label = pieces.label(f"{name}", theme.SMALL_SIZE, color)
            name_label.next_to(row.c2p(STEP_RANGE[0], 0), LEFT, buff=0.35)
            self.step_rows.add(VGroup(row, name_label))
            move, back = MOVE_LIFT * UP, PULL_LIFT * UP
            self.step_moves.add(Arrow(row.c2p(STEP_FROM, 0) + move, row.c2p(v, 0) + move,
                                      buff=0, color=theme.LOSS_COLOR, stroke_width=4,
                                      max_tip_length_to_length_ratio=0.25))
            self.step_pulls.add(Arrow(row.c2p(v, 0) + back, row.c2p(out, 0) + back, buff=0,
                                      color=color, stroke_width=4,
                                      max_tip_length_to_length_ratio=0.25))
            self.step_starts.add(Dot(row.c2p(STEP_FROM, 0), color=theme.TEXT_COLOR,
                                     radius=PROBE))
            self.step_vs.add(Dot(row.c2p(v, 0), color=theme.TEXT_COLOR, radius=PROBE))
            self.step_outs.add(Dot(row.c2p(out, 0), color=color, radius=PROBE))
        numbers = VGroup(*[pieces.label(pieces.number_text(x), theme.SMALL_SIZE,
                                        theme.MUTED_TEXT_COLOR)
                           .next_to(self.step_rows[1][0].c2p(x, 0), DOWN, buff=0.12)
                           for x in STEP_TICKS])
        self.step_rows.add(numbers)
        words = VGroup(
            pieces.label(text("pen_step_move", self.lang, b=f"{STEP_FROM:g}", v=f"{v:g}"),
                         theme.SMALL_SIZE, theme.TEXT_COLOR),
            pieces.label(text("pen_step_l1", self.lang, a=shown(outputs[0])),
                         theme.SMALL_SIZE, theme.L1_COLOR),
            pieces.label(text("pen_step_l2", self.lang, s=shown(outputs[1])),
                         theme.SMALL_SIZE, theme.L2_COLOR)).arrange(DOWN, aligned_edge=LEFT,
                                                                    buff=0.12)
        words.next_to(numbers, DOWN, buff=0.3).align_to([column.left, 0.0, 0.0], LEFT)
        self.step_words = words
        # down to the subtitles' strip: the caption band under the first column is empty
        room = layout.Region(column.left, column.right, layout.stage().bottom, column.top)
        assert room.fits(words), "the step's words leave their column"
        floor = layout.stage().bottom
        assert VGroup(self.step_rows, words).get_bottom()[1] >= floor, "step under the strip"

    def show_step(self) -> None:
        """A weight at STEP_FROM; a gradient step takes it to v (the pink arrow, tracker
        ``step`` 0 to 1); then each penalty pulls v back to its output (L1: exactly 0
        here; L2: v / 3; the arrows above, ``step`` 1 to 2): both arrows stay.  The
        proximal panel shows the same v: its input dot on beta = v as v is reached, both
        outputs and the reading with the rows' outputs; then the words that it is the
        balance with g = v."""
        words = STEP_WORDS[self.lang]
        self.follow()
        self.play(FadeIn(self.step_rows), FadeIn(self.step_starts), run_time=0.5)
        self.wait_until_read(words[0])
        self.play(GrowArrow(self.step_moves[0]), GrowArrow(self.step_moves[1]),
                  FadeIn(self.step_words[0]), self.step.animate.set_value(1.0), run_time=1.2)
        self.play(FadeIn(self.step_vs), FadeIn(self.v_dot), FadeIn(self.v_name),
                  FadeOut(self.step_starts), run_time=0.3)
        self.wait_until_read(words[1])
        self.play(*[GrowArrow(a) for a in self.step_pulls], FadeIn(self.step_words[1:]),
                  self.step.animate.set_value(2.0), run_time=1.2)
        self.play(FadeIn(self.step_outs), FadeIn(self.probes), FadeIn(self.readings[2]),
                  run_time=0.3)
        self.show("step_reading", self.readings[2].shown_text)
        self.wait_until_read(words[2])
        self.play(FadeIn(self.prox_same), run_time=0.5)
        self.wait(1.0)

    def build_large_weights(self, values, gradients) -> None:
        """The probes of a growing weight on the penalties and their slopes, their live
        readings, and the point where the two penalties cost the same."""
        self.weight_probes = [VGroup(Dot(color=theme.L1_COLOR, radius=PROBE),
                                     Dot(color=theme.L2_COLOR, radius=PROBE))
                              for _ in range(2)]
        self.equal = Dot(values.c2p(EQUAL_COST, float(l2_penalty(EQUAL_COST))),
                         radius=PROBE, color=theme.TEXT_COLOR)
        # one short word up and left of the dot, above both curves (they pass the dot
        # going down-left below the line beta = 1): clear of the beta axis's name at the
        # axis's end and of the next panel
        self.equal_label = pieces.label(text("pen_equal", self.lang), theme.SMALL_SIZE)
        self.equal_label.next_to(self.equal, UP + LEFT, buff=0.05)
        self.readings = []
        for panel, key, fields in ((self.panels[0], "pen_value_reading", ["0.00"] * 3),
                                   (self.panels[1], "pen_slope_reading", ["0.00"] * 2),
                                   (self.panels[2], "pen_prox_reading", ["-0.00"] * 3),
                                   (self.panels[1], "pen_hold_reading", ["0.00"] * 3)):
            template = text(key, self.lang, b=FIELD, a=FIELD, s=FIELD, g=FIELD, v=FIELD)
            # at the small size, under its panel: wider than a column, it reaches under
            # the next one, empty below its plane while the reading is shown
            reading = LiveLine(template, fields, theme.SMALL_SIZE)
            self.readings.append(reading.next_to(panel["axes"], DOWN, buff=NUMBER_ROOM))
        # the moment at beta = 0 on the slopes' panel, where its reading comes after it
        self.slope_zero = pieces.label(text("pen_slope_zero", self.lang), theme.SMALL_SIZE,
                                       theme.ZERO_COLOR)
        self.slope_zero.next_to(self.panels[1]["axes"], DOWN, buff=NUMBER_ROOM)
        # the balance's reading under the minimisers' tracks
        self.readings[3].next_to(self.tracks, DOWN, buff=0.2)
        self.readings[3].set_x(self.panels[1]["axes"].get_center()[0])
        screen = layout.screen()
        for reading in (*self.readings, self.slope_zero):
            reading.shift(max(0.0, screen.left - reading.get_left()[0]) * RIGHT
                          + max(0.0, reading.get_right()[0] - screen.right) * LEFT)
            assert screen.fits(reading), "a reading leaves the screen"

    def build_spread(self, columns) -> None:
        """In the two empty columns, one per weight vector of ``SAME_SIGNAL``: its weights
        as bars, its L1 and L2 costs, and the shift of its prediction when x1 is observed
        ``DELTA`` too high (planes ``spread_weights_k`` and ``spread_shift_k``)."""
        self.spread_costs, self.spread_shifts = [], []
        self.spread_parts = []
        self.spread_note = pieces.label(text("pen_spread_note", self.lang, d=f"{DELTA:g}"),
                                        theme.SMALL_SIZE)
        # the whole height down to just above the subtitles' strip (no caption band)
        area = layout.Region(columns[1].left, columns[2].right,
                             layout.stage().bottom + SPREAD_GAP, columns[1].top)
        assert self.spread_note.width <= area.width, "pen_spread_note is wider than its area"
        l1s = [float(np.sum(l1_penalty(w))) for w in SAME_SIGNAL]
        l2s = [float(np.sum(l2_penalty(w))) for w in SAME_SIGNAL]
        assert l1s[0] == l1s[1] and l2s[1] < l2s[0], "the verdict's words would be false"
        # one line under the notes: L1 indifferent (equal costs), L2 prefers the spread w
        self.spread_verdict = VGroup(
            pieces.label(text("pen_spread_l1_verdict", self.lang, a=f"{l1s[0]:g}",
                              b=f"{l1s[1]:g}"), theme.SMALL_SIZE, theme.L1_COLOR),
            pieces.label(text("pen_spread_l2_verdict", self.lang, a=f"{l2s[1]:g}",
                              b=f"{l2s[0]:g}"), theme.SMALL_SIZE, theme.L2_COLOR),
        ).arrange(RIGHT, buff=0.5)  # centred under both plots: each speaks of both w
        if self.spread_verdict.width > area.width:  # one verdict a line
            self.spread_verdict.arrange(DOWN, buff=0.12)
        assert self.spread_verdict.width <= area.width, "the verdict is wider than its area"
        words = VGroup(self.spread_verdict, self.spread_note.copy()).arrange(DOWN, buff=0.2)
        area, band = area.split_bottom(words.height, gap=0.3)
        band.place(words)
        self.spread_note.move_to(words[1])
        error = np.array([DELTA, 0.0])
        columns, wholes = area.columns(2, gap=0.6), []
        for k, weights in enumerate(SAME_SIGNAL):
            heading = pieces.label(text("pen_spread_weights", self.lang,
                                        w1=f"{weights[0]:g}", w2=f"{weights[1]:g}"),
                                   theme.BODY_SIZE)
            bars_axes = self.plane(f"spread_weights_{k}", Axes(
                x_range=[*BARS_RANGE, 1.0], y_range=[0.0, 1.0, 0.5],
                x_length=BARS_WIDTH, y_length=BARS_HEIGHT, tips=False,
                axis_config={"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE},
                x_axis_config={"include_ticks": False}))
            bars, names, values = VGroup(), VGroup(), VGroup()
            for i, (w, color) in enumerate(zip(weights, FEATURE_COLORS, strict=True)):
                x = i + 1.0
                if w > 0:
                    bars.add(Polygon(*bars_axes.c2p(np.array(
                        [[x - BAR_HALF, 0.0], [x + BAR_HALF, 0.0], [x + BAR_HALF, w],
                         [x - BAR_HALF, w]])), color=color, fill_opacity=1.0,
                        stroke_width=0))
                names.add(pieces.label(f"w{pieces.subscript(i + 1)}", theme.BODY_SIZE,
                                       theme.MUTED_TEXT_COLOR)
                          .next_to(bars_axes.c2p(x, 0.0), DOWN, buff=0.12))
                values.add(pieces.label(f"{w:g}", VALUE_SIZE)
                           .next_to(bars_axes.c2p(x, w), UP, buff=0.08))
            l1, l2 = float(np.sum(l1_penalty(weights))), float(np.sum(l2_penalty(weights)))
            costs = VGroup(
                pieces.label(text("pen_spread_l1", self.lang, c=f"{l1:g}"), theme.SMALL_SIZE,
                             theme.L1_COLOR),
                pieces.label(text("pen_spread_l2", self.lang, c=f"{l2:g}"), theme.SMALL_SIZE,
                             theme.L2_COLOR)).arrange(DOWN, buff=0.15)
            shift_value = prediction_shift(weights, error)
            shift_axes = self.plane(f"spread_shift_{k}", Axes(
                x_range=[0.0, DELTA, DELTA / 2], y_range=[-1.0, 1.0, 1.0],
                x_length=SHIFT_WIDTH, y_length=SHIFT_HEIGHT, tips=False,
                axis_config={"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE},
                y_axis_config={"include_ticks": False}))
            shift_axes.y_axis.set_stroke(opacity=0.0)
            shift_numbers = pieces.tick_numbers(shift_axes, [0.0, DELTA / 2, DELTA], [],
                                                theme.SMALL_SIZE)
            shift_label = pieces.label(text("pen_spread_shift", self.lang,
                                            s=f"{shift_value:g}"), theme.SMALL_SIZE)
            arrow = Arrow(shift_axes.c2p(0.0, 0.0), shift_axes.c2p(shift_value, 0.0), buff=0,
                          color=FEATURE_COLORS[0], stroke_width=6,
                          max_tip_length_to_length_ratio=0.3, max_stroke_width_to_length_ratio=20)
            # the weights' bars with their values, their costs under them
            row = VGroup(VGroup(bars_axes, bars, names, values), costs).arrange(DOWN,
                                                                                buff=0.2)
            top = VGroup(heading, row).arrange(DOWN, buff=0.2)
            bottom = VGroup(shift_label, VGroup(shift_axes, shift_numbers)).arrange(DOWN,
                                                                                    buff=0.15)
            VGroup(top, bottom).arrange(DOWN, buff=0.25)
            whole = VGroup(top, bottom, arrow)
            arrow.put_start_and_end_on(shift_axes.c2p(0.0, 0.0),
                                       shift_axes.c2p(shift_value, 0.0))
            wholes.append(whole)
            self.spread_parts.append({"heading": heading, "axes": bars_axes, "bars": bars,
                                      "labels": VGroup(names, values), "costs": costs,
                                      "shift": VGroup(shift_label, shift_axes, shift_numbers),
                                      "arrow": arrow})
            self.spread_costs.append((l1, l2))
            self.spread_shifts.append(shift_value)
        # one scale for both, the weights' planes level: their bars and shifts compare
        scale = min(1.0, *[min(c.width / w.width, c.height / w.height)
                           for c, w in zip(columns, wholes, strict=True)])
        for column, whole, part, weights in zip(columns, wholes, self.spread_parts,
                                                SAME_SIGNAL, strict=True):
            whole.scale(scale)
            column.place(whole)
            level = self.spread_parts[0]["axes"].get_center()[1]
            whole.shift((level - part["axes"].get_center()[1]) * UP)
            # the weights and the bars' names at their own size, whatever the scale; the
            # heading at one height over both plots, above the tallest weight
            axes, (names, values) = part["axes"], part["labels"]
            for i, (name, value, w) in enumerate(zip(names, values, weights, strict=True)):
                name.become(pieces.label(name.original_text, NAME_SIZE,
                                         theme.MUTED_TEXT_COLOR)
                            .next_to(axes.c2p(i + 1.0, 0.0), DOWN, buff=0.12))
                value.become(pieces.label(value.original_text, VALUE_SIZE)
                             .next_to(axes.c2p(i + 1.0, w), UP, buff=0.08))
            # every other text at its own size too (the plots alone are scaled)
            for text_, size in ((part["heading"], theme.BODY_SIZE),
                                *[(line, theme.SMALL_SIZE) for line in part["costs"]],
                                *[(t, theme.SMALL_SIZE) for t in part["shift"][::2]]):
                for item in (text_ if not hasattr(text_, "original_text") else [text_]):
                    item.become(pieces.label(item.original_text, size, item.get_color())
                                .move_to(item))
            part["heading"].next_to(axes.c2p(1.5, 1.0) + (values[0].height + 0.08) * UP, UP,
                                    buff=0.2)
            part["costs"].arrange(DOWN, buff=0.15).next_to(names, DOWN, buff=0.2)
            label_, shift_axes, numbers = part["shift"]
            for number, value in zip(numbers, (0.0, DELTA / 2, DELTA), strict=True):
                number.next_to(shift_axes.c2p(value, -1.0), DOWN, buff=0.08)
            label_.next_to(shift_axes, UP, buff=0.15)
            assert column.fits(whole, slack=0.02), "the spread beat leaves its column"

    def show_spread(self) -> None:
        """Two weight vectors that predict the same: their costs, then an error on x1."""
        parts = self.spread_parts
        self.play(FadeIn(self.spread_note), *[FadeIn(p["heading"]) for p in parts],
                  *[Create(p["axes"]) for p in parts], run_time=0.8)
        self.play(*[GrowFromEdge(bar, DOWN) for p in parts for bar in p["bars"]],
                  *[FadeIn(p["labels"]) for p in parts], run_time=1.0)
        self.play(*[FadeIn(p["costs"]) for p in parts], run_time=0.8)
        self.play(FadeIn(self.spread_verdict), run_time=0.6)
        self.wait(2.5)
        self.play(*[FadeIn(p["shift"]) for p in parts], run_time=0.6)
        self.play(*[GrowArrow(p["arrow"]) for p in parts], run_time=self.until_read(1.2))

    def hide_spread(self) -> None:
        self.play(FadeOut(self.spread_note), FadeOut(self.spread_verdict),
                  *[FadeOut(VGroup(*p.values())) for p in self.spread_parts], run_time=0.5)

    def follow_weight(self, panel: int) -> None:
        """The updater of a weight's sweep on ``panel`` (0: the penalties, 1: their
        slopes): its probes and reading at ``beta`` rounded to the reading's two decimals
        (so the reading's β, |β| and β² agree: 1.04 and 1.08, not 1.04 and 1.09 from
        β = 1.045)."""
        b = round(self.beta.get_value(), 2)
        axes = self.panels[panel]["axes"]
        if panel == 0:
            heights = (float(l1_penalty(b)), float(l2_penalty(b)))
            self.readings[0].set_fields(f"{b:.2f}", f"{heights[0]:.2f}", f"{heights[1]:.2f}")
        else:
            heights = (float(l1_subgradient(b)), float(l2_gradient(b)))
            self.readings[1].set_fields(f"{b:.2f}", f"{heights[1]:.2f}")
        for dot, y in zip(self.weight_probes[panel], heights, strict=True):
            dot.move_to(axes.c2p(b, y))

    def sweep_weight(self, panel: int, last: bool = False) -> None:
        """A weight growing from 0 to ``LARGE`` on one panel, its probes and reading (on
        the slopes' panel from just right of 0, after the moment at 0 itself); as the
        beat's ``last`` motion it lasts while the subtitle is read."""
        self.beta.set_value(0.0 if panel == 0 else SLOPE_START)

        def update() -> None:
            self.follow_weight(panel)

        update()
        self.play(FadeIn(self.weight_probes[panel]), FadeIn(self.readings[panel]),
                  run_time=0.4)
        moving = self.drive(update, self.weight_probes[panel], self.readings[panel])
        run_time = self.until_read(WEIGHT_SWEEP) if last else WEIGHT_SWEEP
        self.play(self.beta.animate.set_value(LARGE), run_time=run_time, rate_func=linear)
        self.stop_driving(moving, update)

    def follow_balance(self) -> None:
        """The updater of the balance of forces: the pull line g - 2b inside the slopes'
        plane, the two minimisers on it, and the reading."""
        g, axes = self.g.get_value(), self.panels[1]["axes"]
        top = 2 * SPAN  # the plane's y range is [-2 SPAN, 2 SPAN]
        ends = np.array([max(-SPAN, g - top), min(SPAN, g + top)])
        self.pull_line.set_points_as_corners(axes.c2p(np.column_stack([ends, pull(g, ends)])))
        self.pull_name.next_to(axes.c2p(PULL_NAME_AT, float(pull(g, PULL_NAME_AT))),
                               DOWN + LEFT, buff=PULL_NAME_GAP)
        floor = axes.c2p(0.0, 0.0)[1] - PULL_NAME_FLOOR  # under the beta axis
        self.pull_name.shift(min(0.0, floor - self.pull_name.get_top()[1]) * UP)
        minimisers = held_minimisers(g)
        for dot, track_dot, track, b in zip(self.balance, self.track_dots, self.tracks,
                                            minimisers, strict=True):
            dot.move_to(axes.c2p(b, float(pull(g, b))))
            track_dot.move_to(track[0].c2p(b, 0.0))
        self.readings[3].set_fields(f"{g:.2f}", *[shown(b) for b in minimisers])
        self.follow_objectives(g)

    def show_balance(self, note) -> None:
        """The loss's pull at 0 grows from 0 to G_MAX: L1's minimiser climbs the jump at
        0 (exactly 0) until g = LAMBDA, L2's leaves 0 at once."""
        words = HOLD_WORDS[self.lang]
        self.g.set_value(0.0)
        self.follow_balance()
        self.bring_in(Write(self.g_meaning), until=words[0])  # what g is, as it is said
        self.wait_until_read(words[0])
        objective = self.objective
        # the loss, as it is read, with the objectives it makes with each penalty
        self.bring_in(Write(note), Create(objective["axes"]), FadeIn(objective["caption"]),
                      Create(objective["curves"]), until=words[1])
        self.wait_until_read(words[1])
        self.bring_in(Create(self.pull_line), FadeIn(self.pull_name), until=words[2])
        self.wait_until_read(words[2])
        # where the line meets a slope: each objective's lowest point
        self.play(FadeIn(self.balance), FadeIn(objective["dots"]), run_time=BRING_IN)
        self.bring_in(Create(self.tracks), until=words[3])  # a row for each minimiser
        self.wait_until_read(words[3])
        self.bring_in(FadeIn(self.readings[3]), FadeIn(self.track_dots), until=words[4])
        moving = self.drive(self.follow_balance, self.pull_line, self.pull_name,
                            self.balance, self.track_dots, self.readings[3],
                            objective["curves"], objective["dots"])
        # L1's leg (held at 0 up to lambda) as its sentence is read, then L2's
        self.wait_until_read(words[4])
        self.play(self.g.animate.set_value(LAMBDA),
                  run_time=max(G_LEGS[0], self.read_left(words[5]) - G_PAUSE),
                  rate_func=linear)
        self.wait(G_PAUSE)  # g = lambda: the line reaches the top of the jump
        self.play(self.g.animate.set_value(G_MAX), run_time=self.until_read(G_LEGS[1]),
                  rate_func=linear)
        self.stop_driving(moving, self.follow_balance)

    def bring_in(self, *animations, until: str) -> None:
        """Play ``animations`` (what a sentence names, drawn as it is read) so that they
        end STILL_SECONDS before the subtitle is read up to ``until`` (BRING_IN at least):
        the picture is never held longer while the next sentence comes."""
        self.play(*animations, run_time=max(BRING_IN, self.read_left(until) - STILL_SECONDS))

    def until_read(self, shortest: float) -> float:
        """The run time of a beat's last motion: ``shortest``, or longer, so that it ends
        STILL_SECONDS before the beat's subtitle has been read (no longer still)."""
        return max(shortest, self.read_left() - STILL_SECONDS)

    def read_rest(self, note, since: float) -> None:
        """Hold the picture until ``note``, on screen since ``since``, can be read."""
        rest = reading_seconds(note.original_text, self.lang) - (self.time - since)
        if rest > 0:
            self.wait(rest)

    def place_clear_keys(self, gradients, proxes) -> None:
        """The two keys that moving things would cross.  ``sign(β)``: up and right of
        (G_MAX − λ, λ), where the last pull line g − β (g = G_MAX) meets λ·sign = λ: every
        pull line (g <= G_MAX) runs below and left of that corner, the +1 branch under it.
        ``β = v``: in the empty wedge under the line β = v left of the β axis (no curve
        there: both outputs lie between v and 0), its top-left corner KEY_CLEAR right and
        down of the line's point at the wedge's height, so the input dot on that line never
        reaches it; its foot on the plane's bottom edge (the numbers are under it)."""
        sign_key, v_key = self.keys[1][0], self.keys[2][0]
        sign_key.next_to(gradients.c2p(G_MAX - LAMBDA, LAMBDA), UP + RIGHT, buff=KEY_CLEAR)
        foot = proxes.c2p(0.0, -SPAN)[1]
        corner = proxes.p2c(np.array([0.0, foot + v_key.height + KEY_CLEAR, 0.0]))[1]
        v_key.next_to(proxes.c2p(corner, corner), DOWN + RIGHT, buff=KEY_CLEAR)
        assert v_key.get_right()[0] <= proxes.c2p(0.0, 0.0)[0] - KEY_CLEAR, "β = v on the β axis"

    @staticmethod
    def curve_keys(axes, keys) -> VGroup:
        """Small names written beside curves: (text, colour, x, y) in data coordinates."""
        return VGroup(*[pieces.label(name, theme.SMALL_SIZE, color).move_to(axes.c2p(x, y))
                        for name, color, x, y in keys])

    def fit_headings(self) -> None:
        """Every heading at the same size: the largest that lets each fit its column."""
        scale = min(1.0, *[p["width"] / p["heading"].width for p in self.panels])
        for panel in self.panels:
            panel["heading"].scale(scale).next_to(panel["axes"], UP, buff=0.3)

    def follow(self) -> None:
        """The one updater: the input v and both proximal outputs at v, and the reading."""
        v, axes = self.v.get_value(), self.panels[2]["axes"]
        outputs = (float(prox_l1(v)), float(prox_l2(v)))
        self.v_dot.move_to(axes.c2p(v, v))
        self.v_name.next_to(self.v_dot, UP, buff=V_NAME_GAP)
        for dot, y in zip(self.probes, outputs, strict=True):
            dot.move_to(axes.c2p(v, y))
        self.readings[2].set_fields(f"{v:.2f}", *[shown(y) for y in outputs])

    def tell_story(self) -> None:
        self.show("lambda", LAMBDA)
        gradient_note, hold_note, prox_note = self.notes
        self.beat("pen_shapes")
        self.play(Write(self.title), run_time=0.8)
        panel = self.panels[0]
        self.play(Create(panel["axes"]), FadeIn(panel["caption"]), run_time=0.6)
        for curve_, key in zip(self.curves[0], self.keys[0], strict=True):
            self.play(Create(curve_), FadeIn(key), run_time=1.5)  # |b| (corner), b^2 (flat)
        self.wait(1.5)
        big, small = float(l2_penalty(LARGE)), float(l1_penalty(LARGE))
        self.beat("pen_large", b=f"{EQUAL_COST:g}", big=f"{big:g}", large=f"{LARGE:g}",
                  ratio=f"{big / small:g}")
        self.play(FadeIn(self.equal), FadeIn(self.equal_label), run_time=0.5)
        self.sweep_weight(0, last=True)
        l1, l2 = zip(*self.spread_costs, strict=True)
        self.show("spread", {"costs_l1": list(l1), "costs_l2": list(l2), "delta": DELTA,
                             "shifts": list(self.spread_shifts)})
        self.beat("pen_spread", l1=f"{l1[0]:g}", l2=f"{l2[1]:g}", d=f"{DELTA:g}",
                  near=f"{self.spread_shifts[1]:g}", far=f"{self.spread_shifts[0]:g}")
        # the sweep's probes and reading have said their piece: they do not stay frozen
        self.play(FadeOut(self.weight_probes[0]), FadeOut(self.readings[0]), run_time=0.4)
        since = self.time
        self.show_spread()
        self.read_rest(self.spread_note, since)
        self.beat("pen_gradient")
        self.hide_spread()
        panel = self.panels[1]
        self.play(Create(panel["axes"]), FadeIn(panel["caption"]), run_time=0.6)
        self.play(Create(self.curves[1]), FadeIn(self.keys[1]), FadeIn(gradient_note),
                  run_time=1.4)
        since = self.time
        # at 0 itself |b| has no slope: every value in [-1, 1] (the green segment)
        self.play(Create(self.hold), FadeIn(self.slope_zero), run_time=0.8)
        self.read(self.slope_zero.original_text)
        self.play(FadeOut(self.slope_zero), run_time=0.3)
        self.sweep_weight(1)
        self.read_rest(gradient_note, since)
        self.show("balance", {"lambda": LAMBDA, "g_max": G_MAX,
                              "minimisers": list(held_minimisers(G_MAX))})
        self.beat("pen_hold", lam=f"{LAMBDA:g}", inv=f"{L2_DIVISOR:g}")
        # the penalties' panel has said its piece: the balance is read without it
        values = self.panels[0]
        self.play(FadeOut(gradient_note), FadeOut(self.weight_probes[1]),
                  FadeOut(self.readings[1]), FadeOut(values["axes"]),
                  FadeOut(values["caption"]), FadeOut(self.curves[0]), FadeOut(self.keys[0]),
                  FadeOut(self.equal), FadeOut(self.equal_label), run_time=0.5)
        since = self.time
        self.show_balance(hold_note)
        self.read_rest(hold_note, since)  # why L1 gives zeros: time to read it
        self.show("prox", {"lambda": LAMBDA, "threshold": THRESHOLD, "l2_scale": L2_SCALE})
        self.beat("pen_prox", lam=f"{LAMBDA:g}", inv=f"{L2_DIVISOR:g}", b=f"{STEP_FROM:g}",
                  v=f"{STEP_FROM + STEP:g}")
        prox = self.panels[2]
        self.play(FadeOut(hold_note), FadeOut(self.pull_line), FadeOut(self.pull_name),
                  FadeOut(self.g_meaning), FadeOut(self.balance),
                  FadeOut(self.readings[3]), FadeOut(self.tracks), FadeOut(self.track_dots),
                  FadeOut(VGroup(*[self.objective[k] for k in ("axes", "caption", "curves",
                                                               "dots")])),
                  run_time=0.5)
        # the slopes' panel has said its piece: the proximal step is read without it
        slopes = self.panels[1]
        self.play(FadeOut(slopes["axes"]), FadeOut(slopes["caption"]), FadeOut(self.curves[1]),
                  FadeOut(self.keys[1]), FadeOut(self.hold), run_time=0.4)
        self.follow()
        self.play(FadeIn(prox_note), Create(prox["axes"]), FadeIn(prox["caption"]),
                  run_time=0.8)
        self.play(Create(self.curves[2]), FadeIn(self.keys[2]), Create(self.dead_zone),
                  run_time=1.2)
        self.bring_to_front(prox["axes"])  # its ticks at ±λ over the zeros' stretch
        since = self.time - 1.2
        self.show_step()
        # the step gives way (one v on screen), its v sweeps on: down to -SPAN, up to SPAN
        self.play(FadeOut(VGroup(self.step_rows, self.step_vs, self.step_moves,
                                 self.step_pulls, self.step_outs, self.step_words)),
                  run_time=STEP_FADE)
        moving = self.drive(self.follow, self.v_dot, self.v_name, self.probes,
                            self.readings[2])
        v = self.v.get_value()
        self.play(self.v.animate.set_value(-SPAN), run_time=SWEEP_SECONDS * (v + SPAN),
                  rate_func=linear)
        self.play(self.v.animate.set_value(SPAN), run_time=SWEEP_SECONDS * 2 * SPAN,
                  rate_func=linear)
        self.stop_driving(moving, self.follow)
        self.read_rest(prox_note, since)
