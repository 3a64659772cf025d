"""Minibatch SGD with an L1 and an L2 penalty.

The claim under test: L2 is the more stable penalty under minibatch noise because its
slope 2b changes smoothly while L1's, sign(b), jumps at 0.  The video shows two cases: one
where the jump at 0 never acts and L1 still spreads more (for another reason), and one
where it does act.  (Least squares against ridge on minibatches, exact refits rather than
SGD, is its own video: ``scenes/ols_ridge.py``.)  Penalties as in the lesson: lambda ||b||_1
or lambda ||b||_2^2 added to the loss (``mathcore.sgd`` writes ridge's as (lam/2) ||b||^2:
the same penalty, lambda = lam / 2).

First the two slopes (a recap of the penalty video), short and moving: beta sweeps from
-1.2 to 1.2 with a dot on each slope curve; sign(b) jumps from -1 to +1 as beta crosses 0
while 2b passes smoothly through 0 (the read-outs give both).

Then the two L1 steps, defined where they first appear: above three panels (one per
method) one line of settings (rho = 0.99, batches of 100, step size eta = 0.05, the two
penalties and their lambda, mathcore's, the same for both at two decimals) and under it,
one under the other (the second as the first has been read, both kept while the burn-in
is swept), each step in its panel's colour: a subgradient step
b <- b - eta (grad loss + lambda sign b), then a proximal step in plain words (a loss
step, then each b moves eta lambda toward 0, stopping at 0: the soft-threshold) (the
subtitle: the two differ only near 0, where the proximal one can land on exactly 0); as
the run's counting starts, what the burn-in is takes their place (what the plot shows
there: L1's b1 and b2 still drifting apart toward their optima).

The run (``mathcore.sgd.sgd_trajectories``): L1 subgradient SGD (orange), L1 proximal SGD
(a muted orange: an L1 colour; its own panel, since here it takes the same steps) and L2 SGD
(blue), the coefficient traces drawn step by step under a cursor (beta1 in the panel's
colour, beta2 in violet in every panel), with the exact optima dashed over them and the
bands named
beta1 and beta2 in their traces' colours beside the plot at mathcore's optima (side by side
over both where they run together).  The burn-in (the first half: nothing is counted
there) is swept fast; where counting starts, each panel's live mean distance to its
optimum appears (mathcore's, over the steps after the burn-in up to the cursor, with the
steps counted under the L2 panel) and moves to the end.  The spread beat shows the final
mean distances large, each named by its method (the two L1 methods differ), then each
panel's sds and, in its live distance's place, the offset of its iterates' average from
the optimum (mathcore's ``mean_offset``: the distance comes from spread and offset
together), then one line (one after the other, while the subtitle is read): no iterate
reached 0 or flipped sign,
so sign(b)'s jump never acted; what differs is the pull back: away from 0 the L1 slope is
a constant, so only the loss pulls an iterate back, and at rho = 0.99 it hardly does along
b1 - b2 (curvature 1 - rho), while L2's 2b adds a pull in every direction (the subtitle).

Then "where a weight should be 0": y = x1 + e with x2 correlated with x1 at rho = 0.5
(``sgd_trajectories(..., weights=(1, 0))``: same batches of 100, step size 0.05, seed,
600 steps, penalties matched the same way), whose full-data lasso optimum has b2* = 0
exactly.  Why rho drops (a line and the subtitle): on the same data at rho = 0.99 no
method's b2 reaches 0 within the 600 steps (measured here), so the counts would all be 0.
Three rows, one per method, show b2 on one zoomed y range (-0.1 to 0.2) under a cursor:
the subgradient b2 chatters across 0 and flips sign, the proximal b2 lands on exactly 0
and stays (green where mathcore's b2 is exactly 0: the colour of an exact 0), the ridge b2
settles smoothly at its small optimum, of one sign.  Beside each row two large lines: the
method, and one live counter line (mathcore's sign changes of b2 and steps with b2
exactly 0, from step 1 to the cursor); after the sweep the counters hold their final
values, boxed one after the other in the subtitle's order (subgradient, proximal, ridge),
in a beat of their own that asks the viewer to compare them.  In the rows
the dashed b2* = 0 of the lasso (also the true weight) is green, the colour of an exact 0,
drawn over the traces;
the proximal row has no dashed line (its green marks lie on 0); ridge's b2* is dashed
yellow.  The settings line names both.

The zoom: a window of 21 consecutive steps after the burn-in (the first where the proximal
b2 is exactly 0 throughout) is marked on the rows, and its frame grows into the rows'
places while the rows fade out (then the magnified rows fade in, one change at a time):
per row the same window magnified (each row 0.06 high, one range for the two L1
rows and one for ridge's, a tick at every step), drawn again a step at a time, one dot per
step: the subgradient dots jump from one side of 0 to the other (their sign changes
counted in the subtitle), the proximal dots sit on 0 in green, ridge's move in small steps
far above 0. The closing beat keeps the setup line and adds the verdict: the flips come
from the subgradient step, the proximal step holds b2 at 0, L2 is smooth but biased (its
b2*, 0.136, against the true 0).

Trackers: ``slope_beta`` (beta of the slopes beat), ``step`` (the SGD steps drawn so far,
0 outside the run), ``zero_step`` (the same for the zero beat) and ``zoom_step`` (the last
step the zoom shows); the read-outs' values are recorded as trackers too
(``sub_distance`` ... ``l2_distance``, ``zero_sub_flips`` ... ``zero_l2_zeros``).

Render: ``manim render scenes/sgd.py``.
"""

from __future__ import annotations

import string

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Circle,
    Circumscribe,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Rectangle,
    ReplacementTransform,
    VGroup,
    VMobject,
    Write,
    linear,
)

from mathcore.penalties import l1_subgradient, l2_gradient
from mathcore.sgd import METHODS, sgd_trajectories
from mathcore.stability import ridge_coefficient
from scenes import layout, pieces, theme
from scenes.base import STILL_SECONDS, NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import STRINGS, format_count, reading_seconds, text
from scenes.theme import PROX_COLOR

RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED = 0.99, 100, 3000, 0.05, 0
#: The run's sweep: the burn-in (nothing is counted yet) in BURN_SECONDS, while the two
#: L1 steps are read, then the counted steps after it in COUNT_SECONDS, the live mean
#: distances moving all along.
BURN_SECONDS, COUNT_SECONDS = 3.0, 7.0
#: The run's band above the panels: a line of settings, and under it the subgradient step
#: and the proximal step, then the burn-in and the optima's key (room for the spread
#: beat's four lines there later).
RUN_TEXT_LINES = 4
#: Where a weight should be 0: y = x1 + e, x2 correlated with x1 at ZERO_RHO (same batches,
#: step size and seed; penalties matched the same way).
ZERO_RHO, ZERO_WEIGHTS, ZERO_STEPS = 0.5, (1.0, 0.0), 600
#: The zoomed y range of the zero beat's traces (all three rows on one scale).
ZERO_RANGE = (-0.1, 0.2)
ZERO_SWEEP_SECONDS = 9.0
ZERO_LABEL_WIDTH, ZERO_ROW_GAP = 4.3, 0.12
#: The gap between the lines of text beside each row.
ZERO_LINE_GAP = 0.07
#: The band above the rows: four lines of settings (the setup, how the two lambdas were
#: chosen, why rho is now ZERO_RHO, the dashed lines), later the setup and the two lines of
#: the verdict.
ZERO_TEXT_BAND = 1.85
#: Room left of the zero beat's plots for their tick numbers (the widest: "0.12").
ZERO_NUMBER_ROOM = 1.0
#: The rows of the zero beat: (method, short name, trace colour).
ZERO_ROWS = (("l1_subgradient", "sub", theme.L1_COLOR),
             ("l1_proximal", "prox", PROX_COLOR),
             ("l2", "l2", theme.L2_COLOR))
#: The zoom on the zero beat: b2 at the ZOOM_STEPS + 1 steps a..a + ZOOM_STEPS, one dot
#: each (a: the first step after the burn-in from which the proximal b2 is exactly 0
#: throughout), in the rows' places, revealed a step at a time in ZOOM_SECONDS; each row
#: ZOOM_SPAN high (three ticks of ZOOM_TICK), the same range for the rows of one penalty.
ZOOM_STEPS, ZOOM_TICK, ZOOM_SECONDS, ZOOM_DOT = 20, 0.02, 6.0, 0.055
ZOOM_SPAN = 3 * ZOOM_TICK
#: The zoom's y numbers this much further left than ``pieces.tick_numbers`` puts them: clear
#: of the tick marks (0.1 either side of the axis).
ZOOM_NUMBER_GAP = 0.1
#: The radius of a ring where the zoom's subgradient b2 crosses 0 (manim units): wider
#: than a dot, unlike the axis's ticks.
CROSSING_RING = 0.1
#: The run's panels: (name, the methods drawn in it, its colour).
PANELS = (("l1", "l1_subgradient", theme.L1_COLOR), ("prox", "l1_proximal", PROX_COLOR),
          ("l2", "l2", theme.L2_COLOR))
#: The run's beta2 trace in every panel: a feature colour (a violet), a hue apart from all
#: three panels' colours, the optima's yellow and the zero's green (beta1 keeps its
#: panel's colour); each band named in its trace's colour.
B2_COLOR = theme.FEATURE_PALETTE[0]
SLOPE_SPAN = 1.5
#: The spread beat's pieces (the distances, the sds with what drift and wobble are, the
#: last line) come this far apart while its subtitle is read: none held still over 3 s.
SPREAD_GAP = 2.5
NEVER_WRITE_SECONDS = 2.0  # its last line written in this long at least
#: The pause between two boxed counters.
COUNTER_GAP = 1.2
#: A boxed counter's room inside its box: across, and above and below (under the gap
#: between a row's two lines, ZERO_LINE_GAP).
COUNTER_PAD = (0.1, 0.055)
#: The slopes beat: beta sweeps from -SLOPE_SWEEP to SLOPE_SWEEP in SLOPE_SECONDS, a dot on
#: each slope curve at beta.
SLOPE_SWEEP, SLOPE_SECONDS, SLOPE_DOT = 1.2, 3.6, 0.09
#: The sign(b) key's b: under the line sign(b) = 1, where 2b is well above it.
SLOPE_KEY_AT = 0.9
#: The 2b key's centre: right of the line 2b (at b = 0.875 there) and above sign(b) = 1.
L2_KEY_AT = (1.3, 1.75)
TRACE_TOP = 0.7
HEADER = 0.45
#: Tick numbers: digits about 16 px tall at 480p (at least 14), and the room they take
#: left of and under a plot (the widest, "0.5", and a gap).
TICK_SIZE, NUMBER_ROOM = theme.BODY_SIZE, 0.65
#: Room above a plot for the y axis's name, under the header.
AXIS_NAME_TOP = 0.3
#: The run's live mean distance of each method, per frame: (method, name in the timeline).
DISTANCE_TRACKERS = {method: f"{short}_distance"
                     for method, short in zip(METHODS, ("sub", "prox", "l2"), strict=True)}
#: The zero beat's counters of b2 per frame: (method, (flips tracker, zeros tracker)).
ZERO_TRACKERS = {method: (f"zero_{short}_flips", f"zero_{short}_zeros")
                 for method, short, _ in ZERO_ROWS}


def count_text(count: int, lang: str) -> str:
    """``format_count``, but a Chinese number under 10,000 without a thousands comma
    (3000, not 3,000)."""
    shown = format_count(count, lang)
    return shown.replace(",", "") if lang == "zh" and count < 10_000 else shown


def zero_runs(values: np.ndarray) -> list[tuple[int, int]]:
    """The runs of steps (1-based, inclusive) at which ``values`` (one per step) is exactly 0."""
    zero = np.concatenate([[0], (np.asarray(values) == 0.0).astype(int), [0]])
    edges = np.diff(zero)
    return [(int(a) + 1, int(b)) for a, b in zip(np.flatnonzero(edges == 1),
                                                  np.flatnonzero(edges == -1), strict=True)]


def signed(value: float, digits: int = 2) -> str:
    """``value`` with its sign (a true minus sign; 0 without one)."""
    shown = f"{value:+.{digits}f}"
    return shown[1:] if float(shown) == 0.0 else shown.replace("-", "\u2212")


def field_order(key: str, lang: str) -> list[str]:
    """The names of the string's fields in the order they occur in ``lang``."""
    return [name for _, name, _, _ in string.Formatter().parse(STRINGS[lang][key]) if name]


def live_line(key: str, lang: str, values: dict[str, str], size: float,
              color: str) -> tuple[LiveLine, list[str]]:
    """A LiveLine of the string ``key`` whose fields are ``values``' names, and the names
    in the order the fields occur in this language's string."""
    order = field_order(key, lang)
    template = text(key, lang, **{name: FIELD for name in order})
    return LiveLine(template, [values[name] for name in order], size, color), order


def fitted_live_line(key: str, lang: str, widest: dict[str, str], start: dict[str, str],
                     width: float, color: str,
                     size: float = theme.SMALL_SIZE) -> tuple[LiveLine, list[str]]:
    """``live_line`` at ``size``, or smaller where its widest fields would not fit in
    ``width``; its fields first set to ``start``."""
    size *= min(1.0, width / live_line(key, lang, widest, size, color)[0].width)
    return live_line(key, lang, start, size, color)


def trace(axes, values: np.ndarray, color: str, width: float) -> pieces.CurveReveal:
    """One coefficient over the steps, from b = 0 at step 0, revealed by step."""
    steps = np.arange(len(values) + 1, dtype=float)
    points = axes.c2p(np.column_stack([steps, np.concatenate([[0.0], values])]))
    return pieces.CurveReveal(points, steps, increasing=True, stroke_color=color,
                              stroke_width=width)


def optimum_line(axes, x_range: tuple[float, float], optimum: float) -> DashedLine:
    """A dashed b2* across the plot: green (an exact 0, as wide as the proximal row's green
    marks: it lies on the axis, and a thin green dash over it would read as grey), else
    yellow (an optimum with no zero)."""
    return DashedLine(axes.c2p(x_range[0], optimum), axes.c2p(x_range[1], optimum),
                      color=zero_line_color(optimum),
                      stroke_width=theme.PATH_STROKE + 2 if optimum == 0.0 else 2,
                      dash_length=0.08)


def zoom_range(values: np.ndarray) -> tuple[float, float]:
    """A zoom row's y range: ZOOM_SPAN high from a multiple of ZOOM_TICK (so that the axis's
    ticks fall on round numbers), as nearly centred on ``values`` as that allows; it holds
    them with at least an eighth of a tick to spare."""
    middle = (values.min() + values.max()) / 2
    low = ZOOM_TICK * round((middle - ZOOM_SPAN / 2) / ZOOM_TICK)
    spare = ZOOM_TICK / 8
    assert low + spare <= values.min() and values.max() <= low + ZOOM_SPAN - spare, \
        "the zoom's values do not fit its range"
    return low, low + ZOOM_SPAN


def step_axes(first: int, last: int, y_range: tuple[float, float], width: float,
              height: float) -> Axes:
    """One row of the zoom: the steps first - 1 .. last + 1 (a tick at every step) against
    ``y_range`` (a tick every ZOOM_TICK)."""
    return Axes(x_range=[first - 1, last + 1, 1], y_range=[*y_range, ZOOM_TICK],
                x_length=width, y_length=height, tips=False,
                axis_config={"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE})


class MinibatchSGD(NormvizScene):
    """SGD traces under L1 and L2, and where a weight should be 0."""

    def construct(self) -> None:
        self.step = self.tracker("step", 0)
        self.slope_beta = self.tracker("slope_beta", -SLOPE_SWEEP)
        self.distances = {name: self.tracker(name, 0) for name in DISTANCE_TRACKERS.values()}
        self.zero_step = self.tracker("zero_step", 0)
        self.zero_values = {name: self.tracker(name, 0) for names in ZERO_TRACKERS.values()
                            for name in names}
        self.zoom_step = self.tracker("zoom_step", 0)
        self.run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
        self.zero_run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED,
                                          ZERO_WEIGHTS)
        # the spread beat says that no iterate came back to 0 or flipped sign
        assert all(self.run.zero_steps(m) == 0 and not self.run.sign_flips(m, 0).any()
                   for m in METHODS), "sgd_never no longer describes this run"
        zero = self.zero_run
        # the zero beat's subtitles describe this run: the lasso's b2* is exactly
        # 0, the subgradient b2 flips sign and is never 0, the proximal b2 sits at 0, the
        # ridge b2 keeps one sign
        assert zero.optima["l1_proximal"][1] == 0.0 and zero.optima["l2"][1] != 0.0
        assert zero.sign_flips("l1_subgradient")[1] > 0
        assert zero.zero_steps("l1_subgradient", coefficient=1) == 0
        assert zero.zero_share("l1_proximal", coefficient=1) > 0.5
        assert zero.sign_flips("l2", 0)[1] == 0 and zero.zero_steps("l2", coefficient=1) == 0
        # why rho drops: on the same data at RHO, no method's b2 reaches 0 in ZERO_STEPS
        high = sgd_trajectories(RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
        assert all(high.zero_steps(m, coefficient=1) == 0 and high.sign_flips(m, 0)[1] == 0
                   for m in METHODS), "sgd_zero_rho no longer holds"
        self.show("sgd", self.run.summary())
        self.show("sgd_zero", {**zero.summary(),
                               "b2_sd": {m: float(zero.spread(m)[1]) for m in METHODS},
                               "b2_zero_share": {m: zero.zero_share(m, coefficient=1)
                                                 for m in METHODS},
                               "alpha": zero.alpha, "step_times_alpha":
                               zero.step_size * zero.alpha,
                               # the counters on screen: b2 over all the steps
                               "shown_b2_sign_flips": {m: int(zero.sign_flips(m, 0)[1])
                                                       for m in METHODS},
                               "shown_b2_zero_steps": {m: zero.zero_steps(m, coefficient=1)
                                                       for m in METHODS}})
        self.show("sgd_halving_steps", {m: self.run.halving_steps(m) for m in METHODS})
        self.title = pieces.title(text("sgd_title", self.lang))
        self.slopes()
        self.sgd_steps()
        self.sgd_run()
        self.spread()
        self.zero_weight()
        self.zoom()
        self.zero_why()

    # -- beat 1: the two slopes ----------------------------------------------------------
    def slope_readout(self) -> None:
        """The slopes beat's updater: the dots on both slope curves and the read-outs at
        the tracker's beta."""
        beta, axes = self.slope_beta.get_value(), self.planes_slopes
        l1, l2 = float(l1_subgradient(np.array(beta))), float(l2_gradient(np.array(beta)))
        self.slope_dots[0].move_to(axes.c2p(beta, l1))
        self.slope_dots[1].move_to(axes.c2p(beta, l2))
        # beta to 3 decimals, so that twice the beta shown rounds to the 2beta shown
        values = {"beta": signed(beta, 3), "l1": signed(l1, 0), "l2": signed(l2)}
        for line, order in self.slope_lines:
            line.set_fields(*[values[name] for name in order])

    def slopes(self) -> None:
        left, right = layout.stage().split_left(5.2)
        square = left.shrink(left=NUMBER_ROOM, bottom=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM)
        size = min(square.width, square.height)
        # a tick every half unit from -SLOPE_SPAN: the numbered -1, 0 and 1 among them
        axes = self.plane("slopes", pieces.coefficient_axes(
            (-SLOPE_SPAN, SLOPE_SPAN), (-2 * SLOPE_SPAN, 2 * SLOPE_SPAN), size, size,
            x_step=0.5))
        square.place(axes)
        self.planes_slopes = axes
        xs = np.linspace(-SLOPE_SPAN, SLOPE_SPAN, 301)
        negative, positive = xs[xs < 0], xs[xs > 0]

        def line(x, y, color):
            curve = VMobject(stroke_color=color, stroke_width=theme.PATH_STROKE)
            return curve.set_points_as_corners(axes.c2p(np.column_stack([x, y])))

        curves = VGroup(line(negative, l1_subgradient(negative), theme.L1_COLOR),
                        DashedLine(axes.c2p(0, -1), axes.c2p(0, 1), color=theme.L1_COLOR,
                                   stroke_width=2),
                        line(positive, l1_subgradient(positive), theme.L1_COLOR),
                        line(xs, l2_gradient(xs), theme.L2_COLOR))
        # sign(b) under its line at b = 0.9, where 2b runs above it (1.8) and the dot
        # passes over it; 2b right of and under its line, above sign(b)'s: clear of both
        # dots' paths
        keys = VGroup(pieces.label("sign(β)", theme.SMALL_SIZE, theme.L1_COLOR)
                      .next_to(axes.c2p(SLOPE_KEY_AT, 1.0), DOWN, buff=0.12),
                      pieces.label("2β", theme.SMALL_SIZE, theme.L2_COLOR)
                      .move_to(axes.c2p(*L2_KEY_AT)))
        self.slope_keys = keys
        self.slope_ticks = pieces.tick_numbers(axes, (-1.0, 0.0, 1.0), (-2.0, 0.0, 2.0),
                                               TICK_SIZE)
        frame = VGroup(axes, self.slope_ticks, pieces.axis_labels(axes, "β", "β")[0])
        # the read-outs: beta, then the slope of each penalty at beta, live
        widest = {"beta": "−0.000", "l1": "−0", "l2": "−0.00"}
        self.slope_lines = []
        for key, color in (("sgd_slope_beta", theme.TEXT_COLOR),
                           ("sgd_slope_l1", theme.L1_COLOR), ("sgd_slope_l2", theme.L2_COLOR)):
            self.slope_lines.append(live_line(key, self.lang, widest, theme.BODY_SIZE, color))
        readouts = VGroup(*[line for line, _ in self.slope_lines])
        readouts.arrange(DOWN, aligned_edge=LEFT, buff=0.45)
        assert readouts.width <= right.width, "the slope read-outs do not fit"
        readouts.move_to(right.center).align_to([right.left, 0.0, 0.0], LEFT)
        self.slope_dots = VGroup(*[Dot(radius=SLOPE_DOT, color=theme.TEXT_COLOR)
                                   for _ in range(2)])
        self.slope_beta.set_value(-SLOPE_SWEEP)
        self.beat("sgd_slopes")
        self.play(Write(self.title), Create(frame), run_time=1.0)
        self.play(Create(curves), FadeIn(keys), run_time=0.8)
        # in place before they fade in, driven after (a FadeIn of a driven mobject would
        # take it out of the driven group)
        self.slope_readout()
        self.play(FadeIn(self.slope_dots), FadeIn(readouts), run_time=0.4)
        moving = self.drive(self.slope_readout, *self.slope_dots, readouts)
        self.play(self.slope_beta.animate.set_value(SLOPE_SWEEP), run_time=SLOPE_SECONDS,
                  rate_func=linear)
        self.stop_driving(moving, self.slope_readout)
        # faded out as the next beat starts: no empty picture while a subtitle is read
        self.leftovers = VGroup(frame, curves, keys, self.slope_dots, readouts)

    # -- beats 2-4: the two L1 steps, the SGD traces, their spread -------------------------
    def band_names(self, axes, optimum, color: str) -> VGroup:
        """The names of the two traces of a panel at their optima (mathcore's), each in its
        trace's colour (beta1 the panel's ``color``, beta2 ``B2_COLOR``): right of the plot,
        one per band, or "beta1 ~ beta2" over both where the bands run together (beta1's
        trace, drawn last, then hides beta2's)."""
        rows = [axes.c2p(STEPS, value)[1] for value in optimum]
        names = VGroup(*[pieces.label(f"β{'₁₂'[j]}", theme.SMALL_SIZE, shade)
                         for j, shade in enumerate(coefficient_colors(color))])
        if abs(rows[0] - rows[1]) >= 1.2 * names[0].height:
            for name, value in zip(names, optimum, strict=True):
                name.next_to(axes.c2p(STEPS, value), RIGHT, buff=0.08)
            return names
        # the bands run together (beta1 drawn over beta2): "beta1 = beta2" near enough
        names = VGroup(pieces.label("β₁ ≈", theme.SMALL_SIZE, color), names[1])
        top = max(optimum) + 0.5 * (TRACE_TOP - max(optimum))
        return names.arrange(RIGHT, buff=0.12).move_to(axes.c2p(0.8 * STEPS, top))

    def penalty_weight(self) -> str:
        """lambda of both penalties as shown (lambda ||b||_1 and lambda ||b||_2^2: mathcore's
        alpha and lam / 2), two decimals; they agree there, else the line would be false."""
        l1, l2 = f"{self.run.alpha:.2f}", f"{ridge_coefficient(self.run.lam):.2f}"
        assert l1 == l2, f"sgd_settings says one lambda for both: {l1} against {l2}"
        return l1

    def build_settings(self) -> None:
        """The band above the panels: the settings on one line; under it, in one place and
        one at a time, the subgradient step and the proximal step (each in its panel's
        colour), then what the burn-in is."""
        lang = self.lang
        settings = pieces.fit_into(pieces.label(
            text("sgd_settings", lang, rho=RHO, size=BATCH_SIZE, step=STEP_SIZE,
                 lam=self.penalty_weight()), theme.BODY_SIZE, theme.MUTED_TEXT_COLOR),
            self.settings_band.width)
        self.definitions = VGroup(*[pieces.label(text(key, lang), theme.BODY_SIZE, color)
                                    for key, color in (("sgd_def_sub", theme.L1_COLOR),
                                                       ("sgd_def_prox", PROX_COLOR))])
        # after the burn-in L1 is still settling: its gap along the loss's flattest
        # direction (beta1 - beta2) halves only every halving_steps (mathcore's)
        halving = {m: count_text(round(self.run.halving_steps(m)), lang)
                   for m in ("l1_subgradient", "l2")}
        self.burn_note = pieces.fit_into(pieces.label(
            text("sgd_burn_note", lang, burn=count_text(self.run.burn_in, lang),
                 l1=halving["l1_subgradient"], l2=halving["l2"]),
            theme.BODY_SIZE, theme.TEXT_COLOR), self.settings_band.width)
        # the dashed yellow lines named under the burn-in, in the optimum's colour
        self.optimum_key = pieces.label(text("sgd_optimum_key", lang), theme.BODY_SIZE,
                                        theme.SOLUTION_COLOR)
        second = VGroup(*self.definitions, self.burn_note, self.optimum_key)
        VGroup(settings, *self.definitions).arrange(DOWN, aligned_edge=LEFT,
                                                    buff=ZERO_LINE_GAP)
        self.burn_note.align_to(self.definitions[0], UP + LEFT)
        self.optimum_key.next_to(self.burn_note, DOWN, aligned_edge=LEFT, buff=ZERO_LINE_GAP)
        self.settings = VGroup(settings, second)
        self.settings.align_to([self.settings_band.left, self.settings_band.top, 0.0],
                               UP + LEFT)
        assert self.settings_band.fits(self.settings, slack=0.01), "sgd_settings does not fit"

    def build_traces(self) -> None:
        """Three panels, one per method: header, axes, the traces of b1 and b2 and the
        exact optima; under each its live mean distance (the L2 panel also the steps it
        covers)."""
        area = layout.stage()
        self.settings_band, area = area.split_top(RUN_TEXT_LINES * layout.CAPTION_LINE)
        self.build_settings()
        self.panels, self.traces, self.optima = {}, {}, VGroup()
        for (norm, method, color), column in zip(PANELS, area.columns(3), strict=True):
            header_band, rest = column.split_top(HEADER)
            box, counter_band = rest.split_bottom(2 * layout.CAPTION_LINE)
            box = box.shrink(left=NUMBER_ROOM, bottom=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM,
                             top=AXIS_NAME_TOP)
            axes = self.plane(norm, pieces.coefficient_axes((0, STEPS), (0, TRACE_TOP),
                                                            box.width, box.height))
            box.place(axes)
            header = header_band.place(pieces.fit_into(pieces.label(
                text(f"sgd_{norm}_header", self.lang), theme.SMALL_SIZE, color),
                column.width))
            optimum = self.run.optima[method]
            ticks = pieces.tick_numbers(axes, (0, STEPS // 2, STEPS), (0.0, 0.5), TICK_SIZE)
            frame = VGroup(axes, ticks,
                           pieces.axis_labels(axes, text("sgd_step_axis", self.lang), "β"),
                           self.band_names(axes, optimum, color))
            assert column.fits(frame[-1], slack=0.01), f"the names of {norm}'s bands"
            self.panels[norm] = {"axes": axes, "header": header, "frame": frame,
                                 "counters": counter_band, "names": frame[-1], "ticks": ticks}
            self.traces[method] = [trace(axes, self.run.iterates[method][:, j], shade,
                                         theme.PATH_STROKE)
                                   for j, shade in enumerate(coefficient_colors(color))]
            for value in optimum:
                self.optima.add(DashedLine(axes.c2p(0, value), axes.c2p(STEPS, value),
                                           color=theme.SOLUTION_COLOR,
                                           stroke_width=theme.PATH_STROKE, dash_length=0.08))
        # the optima over the traces (as wide): the dashes stay seen where the traces
        # reach them
        self.optima.set_z_index(1)
        self.cursors = {norm: DashedLine(panel["axes"].c2p(0, 0),
                                         panel["axes"].c2p(0, TRACE_TOP),
                                         color=theme.MUTED_TEXT_COLOR, stroke_width=2)
                        for norm, panel in self.panels.items()}
        self.build_counters()

    def build_counters(self) -> None:
        """Under each panel its method's mean distance to its optimum over the counted
        steps; under the L2 panel's, the steps counted so far."""
        lang, burn = self.lang, self.run.burn_in
        self.distance_lines = {}
        for norm, method, color in PANELS:
            band = self.panels[norm]["counters"]
            line, order = fitted_live_line("sgd_distance", lang, {"dist": "0.000"},
                                           {"dist": "0.000"}, band.width - 0.1, color,
                                           theme.BODY_SIZE)
            line.align_to([band.left + 0.1, band.top, 0.0], UP + LEFT)
            self.distance_lines[method] = (line, order)
        band = self.panels["l2"]["counters"]
        total = count_text(STEPS, lang)
        first = count_text(burn + 1, lang)
        self.step_line, self.step_order = fitted_live_line(
            "sgd_step_counter", lang, {"first": first, "step": total, "steps": total},
            {"first": first, "step": first, "steps": total}, band.width - 0.1,
            theme.TEXT_COLOR)
        self.step_line.align_to([band.left + 0.1, band.top - layout.CAPTION_LINE, 0.0],
                                UP + LEFT)

    def follow(self) -> None:
        """The one updater of the run: traces and cursors at the step tracker, and each
        method's mean distance to its optimum over the steps after the burn-in up to the
        cursor (mathcore's)."""
        k = int(np.floor(self.step.get_value() + 1e-9))
        burn = self.run.burn_in
        for method, curves in self.traces.items():
            for curve in curves:
                curve.show_until(k, curve.all_points[k])
            distance = self.run.mean_distance(method, burn, k)
            line, order = self.distance_lines[method]
            line.set_fields(*[{"dist": f"{distance:.3f}"}[name] for name in order])
            self.distances[DISTANCE_TRACKERS[method]].set_value(distance)
        values = {"first": count_text(burn + 1, self.lang),
                  "step": count_text(max(k, burn + 1), self.lang),
                  "steps": count_text(STEPS, self.lang)}
        self.step_line.set_fields(*[values[name] for name in self.step_order])
        for norm, cursor in self.cursors.items():
            axes = self.panels[norm]["axes"]
            cursor.put_start_and_end_on(axes.c2p(k, 0), axes.c2p(k, TRACE_TOP))

    def sgd_steps(self) -> None:
        """The panels, the two L1 steps defined where they first appear, and the burn-in
        (nothing is counted there) swept while they are read."""
        self.build_traces()
        self.beat("sgd_steps")
        self.play(FadeOut(self.leftovers), FadeIn(self.settings[0]),
                  *[FadeIn(p["frame"], p["header"]) for p in self.panels.values()],
                  Create(self.optima), run_time=1.2)
        # the two L1 steps one under the other, the second as the first has been read; both
        # stay while the burn-in is swept
        subgradient, proximal = self.definitions
        self.play(FadeIn(subgradient), run_time=0.5)
        self.wait(1.5)
        self.play(FadeIn(proximal), run_time=0.5)
        # beta2 under beta1: where the two bands run together (L2) the panel's colour stays
        self.curves = [c for method_curves in self.traces.values()
                       for c in reversed(method_curves)]
        moving = self.drive(self.follow, *self.curves, *self.cursors.values())
        self.play(self.step.animate.set_value(self.run.burn_in + 1), run_time=BURN_SECONDS,
                  rate_func=linear)
        self.stop_driving(moving, self.follow)

    def sgd_run(self) -> None:
        """Where counting starts: the live distances appear and move with the sweep."""
        curves, burn = self.curves, self.run.burn_in
        self.beat("sgd_run", first=count_text(burn + 1, self.lang))
        # the read-outs appear at the first counted step, then move
        counters = [line for line, _ in self.distance_lines.values()]
        # what the burn-in was takes the two steps' place
        self.play(FadeOut(self.definitions), FadeIn(self.burn_note), FadeIn(self.optimum_key),
                  *[FadeIn(line) for line in (*counters, self.step_line)], run_time=0.3)
        moving = self.drive(self.follow, *curves, *self.cursors.values(), *counters,
                            self.step_line)
        self.play(self.step.animate.set_value(STEPS), run_time=COUNT_SECONDS, rate_func=linear)
        self.stop_driving(moving, self.follow)
        self.run_parts = VGroup(*[VGroup(p["frame"], p["header"]) for p in self.panels.values()],
                                self.optima, *curves)

    def spread(self) -> None:
        """The mean distances large, each panel's sds, and that no iterate reached 0."""
        lang = self.lang
        burn = count_text(self.run.burn_in, lang)
        self.beat("sgd_spread")
        spreads, offsets = VGroup(), VGroup()
        for norm, method, color in PANELS:
            sd = self.run.spread(method)
            # the distance comes from the spread and from the offset of the iterates'
            # average (mathcore's): the offset in the distance line's place, the sds under it
            line = pieces.label(text("sgd_spread", lang, burn=burn, sd1=f"{sd[0]:.3f}",
                                     sd2=f"{sd[1]:.3f}"), theme.SMALL_SIZE, color)
            offset = pieces.label(text("sgd_offset", lang,
                                       offset=f"{self.run.mean_offset(method):.3f}"),
                                  theme.SMALL_SIZE, color)
            band = self.panels[norm]["counters"]
            assert max(line.width, offset.width) <= band.width - 0.1, \
                f"sgd_spread ({norm}) does not fit"
            line.align_to([band.left + 0.1, band.top - layout.CAPTION_LINE, 0.0], UP + LEFT)
            offset.align_to([band.left + 0.1, band.top, 0.0], UP + LEFT)
            spreads.add(line)
            offsets.add(offset)
        # the read-out: the mean distance to the optimum after the burn-in, large; under it
        # that no iterate reached 0 or flipped sign
        band = self.settings_band
        # every method named with its own mean distance (the two L1 methods differ)
        values = VGroup(*[pieces.label(text(f"sgd_spread_{short}", lang,
                                            dist=f"{self.run.mean_distance(method):.3f}"),
                                       theme.BODY_SIZE, color)
                          for (short, (_, method, color)) in zip(("sub", "prox", "l2"), PANELS,
                                                                  strict=True)])
        values.arrange(RIGHT, buff=0.5)
        head = VGroup(pieces.label(text("sgd_spread_head", lang, burn=burn),
                                   theme.BODY_SIZE, theme.TEXT_COLOR), *values)
        never = pieces.label(text("sgd_never", lang, steps=count_text(STEPS, lang)),
                             theme.BODY_SIZE, theme.TEXT_COLOR)
        # what the panels' drift and wobble are, in plain words
        terms = pieces.fit_into(pieces.label(text("sgd_spread_terms", lang), theme.SMALL_SIZE,
                                             theme.MUTED_TEXT_COLOR), band.width)
        why = VGroup(head[0], values, terms, never).arrange(DOWN, aligned_edge=LEFT,
                                                            buff=ZERO_LINE_GAP)
        assert band.fits(band.place(why), slack=0.01), "the spread read-out does not fit"
        why.align_to([band.left, 0.0, 0.0], LEFT)
        # (the sd of the L2 panel takes the step line's place)
        self.play(FadeOut(self.settings[0], self.burn_note, self.optimum_key),
                  *[FadeOut(c) for c in self.cursors.values()],
                  FadeOut(self.step_line), run_time=0.5)
        # one after the other while the subtitle is read: the distances, the sds, the line
        self.play(FadeIn(head[0]), FadeIn(values), run_time=0.8)
        self.wait(SPREAD_GAP)
        counters = [line for line, _ in self.distance_lines.values()]
        self.play(FadeIn(spreads), FadeOut(*counters), FadeIn(offsets), FadeIn(terms),
                  run_time=0.6)
        self.wait(SPREAD_GAP)
        # written as it is read (the link to the next beat, where a weight does reach 0)
        shown = self.time
        self.play(Write(never), run_time=max(NEVER_WRITE_SECONDS, reading_seconds(
            never.original_text, lang) - STILL_SECONDS))
        self.hold_to_read(shown, never.original_text)
        self.run_why, self.run_never, self.run_sds = head, never, spreads
        self.run_offsets, self.run_terms = offsets, terms
        self.step.set_value(0)
        # faded out as the next beat starts: no empty picture while a subtitle is read
        self.leftovers = VGroup(self.run_parts, spreads, offsets, why)

    # -- beats 5-7: where a weight should be 0, magnified, and why -------------------------
    def build_zero(self) -> None:
        run, lang = self.zero_run, self.lang
        area = layout.stage()
        self.zero_band, area = area.split_top(ZERO_TEXT_BAND, gap=0.1)
        settings_band = self.zero_band
        # the setup (kept through the last beat), why rho is lower than in the run, what
        # the dashed lines are, and how the lambdas were chosen (shown second)
        self.zero_settings = VGroup(*[pieces.fit_into(pieces.label(
            text(key, lang, rho=ZERO_RHO, high=RHO, w2=pieces.format_number(ZERO_WEIGHTS[1]),
                 steps=count_text(ZERO_STEPS, lang), **self.zero_lambdas()), theme.SMALL_SIZE,
            theme.MUTED_TEXT_COLOR), settings_band.width)
            for key in ("sgd_zero_setup", "sgd_zero_rho", "sgd_zero_settings",
                        "sgd_zero_lambdas")])
        setup, why_rho, dashed, lambdas = self.zero_settings
        VGroup(setup, lambdas, why_rho, dashed).arrange(DOWN, aligned_edge=LEFT,
                                                        buff=ZERO_LINE_GAP)
        self.zero_settings.align_to([settings_band.left, settings_band.top, 0.0], UP + LEFT)
        assert settings_band.fits(self.zero_settings, slack=0.01), \
            "sgd_zero_settings does not fit"
        area, _ = area.split_bottom(NUMBER_ROOM)
        height = (area.height - 2 * ZERO_ROW_GAP) / 3
        self.zero_rows = {}
        frames, headers, optima = VGroup(), VGroup(), VGroup()
        for k, (method, short, color) in enumerate(ZERO_ROWS):
            row = layout.Region(area.left, area.right, area.top - k * (height + ZERO_ROW_GAP)
                                - height, area.top - k * (height + ZERO_ROW_GAP))
            label_column, plot = row.split_left(ZERO_LABEL_WIDTH)
            plot = plot.shrink(left=ZERO_NUMBER_ROOM, right=layout.AXIS_NAME_ROOM, top=0.05,
                               bottom=0.05)
            axes = self.plane(f"zero_{short}", pieces.coefficient_axes(
                (0, ZERO_STEPS), ZERO_RANGE, plot.width, plot.height))
            plot.place(axes)
            last = k == len(ZERO_ROWS) - 1
            ticks = pieces.tick_numbers(axes, (0, ZERO_STEPS // 2, ZERO_STEPS) if last else (),
                                        (0.0, 0.1), TICK_SIZE)
            frame = VGroup(axes, ticks)
            if last:
                frame.add(self.step_name(axes, 0.75 * ZERO_STEPS))
            stack, lines, order = self.zero_texts(short, color, label_column)
            stack.align_to([label_column.left, label_column.top, 0.0], UP + LEFT)
            assert label_column.fits(stack, slack=0.01), f"the texts beside {method} do not fit"
            optimum = run.optima[method][1]
            # the lasso's b2* is exactly 0 (and the true weight): dashed in the colour of an
            # exact 0; ridge's b2* is not 0: dashed in the colour of an optimum.  The proximal
            # row has none: its green marks of exact zeros lie on that line.
            if method != "l1_proximal":
                optima.add(optimum_line(axes, (0, ZERO_STEPS), optimum))
            curve = trace(axes, run.iterates[method][:, 1], color, theme.PATH_STROKE)
            cursor = DashedLine(axes.c2p(0, ZERO_RANGE[0]), axes.c2p(0, ZERO_RANGE[1]),
                                color=theme.MUTED_TEXT_COLOR, stroke_width=2)
            frames.add(frame)
            headers.add(stack[0])
            self.zero_rows[method] = {"axes": axes, "header": stack[0], "trace": curve,
                                      "lines": lines, "order": order, "cursor": cursor,
                                      "column": label_column, "plot": plot, "ticks": ticks}
        # the dashed optima over the traces: the green 0 stays seen under the subgradient
        # b2's noise
        optima.set_z_index(1)
        self.zero_frames, self.zero_headers, self.zero_optima = frames, headers, optima
        # the proximal b2's exact zeros, in the colour of an exact 0, over its trace
        self.zero_marks = VMobject(stroke_color=theme.ZERO_COLOR,
                                   stroke_width=theme.PATH_STROKE + 2)
        self.zero_mark_runs = zero_runs(run.iterates["l1_proximal"][:, 1])

    def step_name(self, axes, step: float) -> VMobject:
        """The x axis's name under the bottom row, between two tick numbers."""
        return pieces.label(text("sgd_step_axis", self.lang), TICK_SIZE,
                            theme.MUTED_TEXT_COLOR).next_to(axes.c2p(step, axes.y_range[0]),
                                                            DOWN, buff=0.12)

    def zero_texts(self, short: str, color: str, column) -> tuple[VGroup, list, list[str]]:
        """Beside a row: its header and one counter line, one font size, stacked (smaller
        until the two lines fit the row's height)."""
        lang = self.lang
        widest = live_line("sgd_zero_counter", lang, {"flips": "000", "zeros": "000"},
                           theme.BODY_SIZE, color)[0]
        size = theme.BODY_SIZE * min(1.0, column.width / widest.width)
        for _ in range(3):
            header = pieces.fit_into(pieces.label(
                text(f"sgd_zero_{short}_header", lang), size, color), column.width)
            counter, order = live_line("sgd_zero_counter", lang,
                                       {"flips": "0", "zeros": "0"}, size, color)
            stack = VGroup(header, counter).arrange(DOWN, aligned_edge=LEFT,
                                                    buff=ZERO_LINE_GAP)
            if stack.height <= column.height:
                break
            size *= 0.98 * column.height / stack.height
        return stack, [counter], order

    def follow_zero(self) -> None:
        """The zero beat's updater: traces, cursors, counters and the green exact zeros at
        the step tracker."""
        run, k = self.zero_run, int(np.floor(self.zero_step.get_value() + 1e-9))
        for method, row in self.zero_rows.items():
            row["trace"].show_until(k, row["trace"].all_points[k])
            flips = int(run.sign_flips(method, 0, k)[1]) if k else 0
            zeros = run.zero_steps(method, 0, k, coefficient=1)
            values = {"flips": str(flips), "zeros": count_text(zeros, self.lang)}
            row["lines"][0].set_fields(*[values[name] for name in row["order"]])
            for tracker, value in zip(ZERO_TRACKERS[method], (flips, zeros), strict=True):
                self.zero_values[tracker].set_value(float(value))
            axes = row["axes"]
            row["cursor"].put_start_and_end_on(axes.c2p(k, ZERO_RANGE[0]),
                                               axes.c2p(k, ZERO_RANGE[1]))
        axes = self.zero_rows["l1_proximal"]["axes"]
        self.zero_marks.clear_points()
        for first, last in self.zero_mark_runs:
            if first > k:
                break
            # each step at exactly 0 is marked half a step either side (up to the cursor)
            start, end = first - 0.5, min(last + 0.5, k)
            self.zero_marks.start_new_path(axes.c2p(start, 0.0))
            self.zero_marks.add_line_to(axes.c2p(end, 0.0))
        if not self.zero_marks.has_points():
            # nothing to mark yet: an invisible point keeps the mobject drawable
            self.zero_marks.set_points_as_corners([axes.c2p(0, 0.0), axes.c2p(0, 0.0)])

    def zero_lambdas(self) -> dict[str, str]:
        """lambda of the zero run's penalties as shown (mathcore's alpha for lambda ||b||_1,
        lam / 2 for lambda ||b||_2^2), two decimals: matched to this run's data as in the run
        before, so they differ from it and from each other."""
        run = self.zero_run
        return {"lam1": f"{run.alpha:.2f}", "lam2": f"{ridge_coefficient(run.lam):.2f}"}

    def zero_bias(self) -> float:
        """The ridge optimum's b2 less the true weight of x2 (0): ridge's bias."""
        return float(self.zero_run.optima["l2"][1] - ZERO_WEIGHTS[1])

    def zero_weight(self) -> None:
        self.build_zero()
        rows = self.zero_rows.values()
        self.beat("sgd_zero", rho=ZERO_RHO, high=RHO, steps=count_text(ZERO_STEPS, self.lang))
        self.play(FadeOut(self.leftovers), run_time=0.6)
        self.play(FadeIn(self.zero_settings), FadeIn(self.zero_frames),
                  FadeIn(self.zero_headers), Create(self.zero_optima), run_time=1.2)
        moving_parts = [part for row in rows for part in
                        (row["trace"], row["cursor"], *row["lines"])]
        moving = self.drive(self.follow_zero, *moving_parts, self.zero_marks)
        self.wait(0.5)
        self.play(self.zero_step.animate.set_value(ZERO_STEPS), run_time=ZERO_SWEEP_SECONDS,
                  rate_func=linear)
        self.stop_driving(moving, self.follow_zero)
        self.wait(0.5)
        self.compare_counters()

    def compare_counters(self) -> None:
        """The counters held at their final values (mathcore's, over all the steps), each
        boxed, while the viewer compares them."""
        run = self.zero_run
        self.beat("sgd_zero_counts", flips=int(run.sign_flips("l1_subgradient", 0)[1]),
                  zeros=count_text(run.zero_steps("l1_proximal", coefficient=1), self.lang),
                  steps=count_text(ZERO_STEPS, self.lang))
        self.counter_boxes = VGroup(*[counter_box(row["lines"][0])
                                      for row in self.zero_rows.values()])
        # one box at a time, in the subtitle's order: the subgradient's at once, the
        # proximal one as its words are read, ridge's after it
        subgradient, proximal, ridge = self.counter_boxes
        self.play(Create(subgradient), run_time=0.6)
        self.wait_until_read({"en": "Proximal", "zh": "近端法"}[self.lang])
        self.play(Create(proximal), run_time=0.6)
        self.wait(COUNTER_GAP)
        self.play(Create(ridge), run_time=0.6)

    def zoom_window(self) -> int:
        """The first step a after the burn-in from which the proximal b2 is exactly 0 at
        all the steps a..a + ZOOM_STEPS (1-based)."""
        run = self.zero_run
        zero = run.iterates["l1_proximal"][:, 1] == 0.0
        for first in range(run.burn_in + 1, run.steps - ZOOM_STEPS + 1):
            if zero[first - 1:first + ZOOM_STEPS].all():
                return first
        raise AssertionError("no window where the proximal b2 stays at 0")

    def zoom_values(self, method: str) -> np.ndarray:
        """b2 of ``method`` at the zoom's steps a..a + ZOOM_STEPS (mathcore's)."""
        return self.zero_run.iterates[method][self.zoom_first - 1:
                                              self.zoom_first + ZOOM_STEPS, 1]

    def build_zoom(self) -> None:
        """The zoom in the rows' places: per row its axes, the dashed b2* as in the row, the
        line through b2 at the zoom's steps and a dot at each (green where exactly 0); a
        frame around the three, and the window it magnifies marked on the rows."""
        run, first = self.zero_run, self.zoom_first
        last = first + ZOOM_STEPS
        steps = np.arange(first, last + 1, dtype=float)
        # one range for the two L1 rows (the same problem), one for ridge's
        l1 = np.concatenate([self.zoom_values(m) for m in ("l1_subgradient", "l1_proximal")])
        ranges = {"l1_subgradient": zoom_range(l1), "l1_proximal": zoom_range(l1),
                  "l2": zoom_range(self.zoom_values("l2"))}
        self.zoom_rows, frames, optima = {}, VGroup(), VGroup()
        for k, (method, short, color) in enumerate(ZERO_ROWS):
            plot, optimum = self.zero_rows[method]["plot"], run.optima[method][1]
            values, (low, _) = self.zoom_values(method), ranges[method]
            axes = self.plane(f"zoom_{short}", step_axes(first, last, ranges[method],
                                                         plot.width, plot.height))
            plot.place(axes)
            bottom = k == len(ZERO_ROWS) - 1
            ticks = self.zoom_numbers(axes, (first, last) if bottom else (), low)
            frame = VGroup(axes, ticks)
            if bottom:
                frame.add(self.step_name(axes, (first + last) / 2))
            frames.add(frame)
            if method != "l1_proximal":
                optima.add(optimum_line(axes, (first - 1, last + 1), optimum))
            points = axes.c2p(np.column_stack([steps, values]))
            curve = pieces.CurveReveal(points, steps, increasing=True, stroke_color=color,
                                       stroke_width=theme.PATH_STROKE)
            dots = VGroup(*[Dot(point, radius=ZOOM_DOT, color=theme.ZERO_COLOR
                                if value == 0.0 else color)
                            for point, value in zip(points, values, strict=True)])
            dots.set_z_index(2)  # over the rings that mark the crossings of 0
            self.zoom_rows[method] = {"axes": axes, "trace": curve, "dots": dots,
                                      "ticks": ticks, "values": values}
        self.zoom_frames, self.zoom_optima = frames, optima
        self.zoom_crossings = self.crossing_marks()
        plots = VGroup(*[row["axes"] for row in self.zoom_rows.values()])
        self.zoom_frame = Rectangle(width=plots.width + 0.2, height=plots.height + 0.2,
                                    stroke_color=theme.MUTED_TEXT_COLOR, stroke_width=2)
        self.zoom_frame.move_to(plots.get_center())
        # the window on the rows: its steps (half a step either side), across all three
        top = self.zero_rows[ZERO_ROWS[0][0]]["axes"].get_top()[1]
        low = self.zero_rows[ZERO_ROWS[-1][0]]["axes"].get_bottom()[1]
        axes = self.zero_rows[ZERO_ROWS[0][0]]["axes"]
        left, right = axes.c2p(first - 0.5, 0)[0], axes.c2p(last + 0.5, 0)[0]
        self.zoom_source = Rectangle(width=right - left, height=top - low,
                                     stroke_color=theme.TEXT_COLOR, stroke_width=2)
        self.zoom_source.move_to([(left + right) / 2, (top + low) / 2, 0.0]).set_z_index(1)
        self.zoom_note = pieces.label(
            text("sgd_zoom_note", self.lang, first=first, last=last,
                 span=pieces.format_number(ZOOM_SPAN)), theme.SMALL_SIZE,
            theme.MUTED_TEXT_COLOR)
        self.zoom_note.align_to(self.zero_settings[3], UP + LEFT)
        assert self.zero_band.fits(self.zoom_note, slack=0.01), "sgd_zoom_note does not fit"

    @staticmethod
    def zoom_numbers(axes: Axes, steps: tuple[int, ...], low: float) -> VGroup:
        """A zoom row's tick numbers: ``steps`` under it, and one of its two inner y ticks
        (the one nearer 0: 0 itself in the L1 rows) left of it, ZOOM_NUMBER_GAP clear of
        the tick marks (one number a row: two would touch in rows this low)."""
        inner = [round(low + j * ZOOM_TICK, 10) for j in (1, 2)]
        numbers = pieces.tick_numbers(axes, steps, (), TICK_SIZE)
        value = min(inner, key=abs)
        number = pieces.tick_numbers(axes, (), (value,), TICK_SIZE)
        return VGroup(*numbers, *number.shift(LEFT * ZOOM_NUMBER_GAP))

    def crossing_marks(self) -> VGroup:
        """A white ring on b2 = 0 wherever the subgradient b2 changes sign between two steps
        of the zoom (at the straight line's crossing between the two dots): its dips below 0
        are shallow, the rings count the crossings.  Each ring's ``step`` is the later of
        its two steps (it shows with that step's dot)."""
        row = self.zoom_rows["l1_subgradient"]
        axes, values = row["axes"], row["values"]
        marks = VGroup()
        for j in np.flatnonzero(np.sign(values[1:]) != np.sign(values[:-1])) + 1:
            before, after = values[j - 1], values[j]
            step = self.zoom_first + j - 1 + before / (before - after)
            mark = Circle(radius=CROSSING_RING, color=theme.TEXT_COLOR,
                          stroke_width=2.5).move_to(axes.c2p(step, 0.0)).set_z_index(1)
            mark.step = int(j)
            marks.add(mark)
        return marks

    def follow_zoom(self) -> None:
        """The zoom's updater: each row's line and dots up to the step tracker, a step at a
        time."""
        shown = int(np.floor(self.zoom_step.get_value() + 1e-9)) - self.zoom_first
        for row in self.zoom_rows.values():
            curve = row["trace"]
            # (before the first step: a line of no length at it, drawable and invisible)
            curve.show_until(self.zoom_first + max(shown, 0), curve.all_points[max(shown, 0)])
            for j, dot in enumerate(row["dots"]):
                dot.set_opacity(1.0 if j <= shown else 0.0)
        for mark in self.zoom_crossings:
            mark.set_stroke(opacity=1.0 if mark.step <= shown else 0.0)

    def zoom_facts(self) -> dict[str, int]:
        """What the zoom's subtitle says, checked against mathcore: the subgradient b2's
        sign changes over the window (its dots on both sides of 0), the proximal b2 at
        exactly 0 throughout, ridge's b2 in steps less than half the subgradient's, never
        as near 0 as the subgradient's."""
        first = self.zoom_first
        sub, l2 = self.zoom_values("l1_subgradient"), self.zoom_values("l2")
        flips = int(self.zero_run.sign_flips("l1_subgradient", first - 1,
                                             first + ZOOM_STEPS)[1])
        assert flips > 0 and np.all(self.zoom_values("l1_proximal") == 0.0)
        assert len(self.zoom_crossings) == flips and np.all(sub != 0.0)
        assert np.abs(np.diff(l2)).mean() < 0.5 * np.abs(np.diff(sub)).mean()
        assert l2.min() > np.abs(sub).max()
        return {"first": first, "last": first + ZOOM_STEPS, "flips": flips}

    def zoom(self) -> None:
        """The window of the rows magnified, then drawn again a step at a time."""
        self.zoom_first = self.zoom_window()
        self.build_zoom()
        facts = self.zoom_facts()
        self.show("sgd_zoom", facts)
        self.beat("sgd_zoom", **facts)
        self.play(Create(self.zoom_source), FadeOut(self.counter_boxes), run_time=0.5)
        self.wait(0.4)  # the window seen before it grows
        rows = self.zero_rows.values()
        long = VGroup(self.zero_frames, self.zero_optima, self.zero_marks,
                      *[VGroup(row["trace"], row["cursor"]) for row in rows])
        self.zoom_step.set_value(self.zoom_first - 1)
        self.follow_zoom()
        # one change at a time: the rows (and the line on rho) fade out while the window's
        # box grows into the zoom's frame; then the magnified rows and their note fade in
        self.play(FadeOut(long), FadeOut(self.zero_settings[1], self.zero_settings[3]),
                  ReplacementTransform(self.zoom_source, self.zoom_frame), run_time=0.8)
        self.play(FadeIn(self.zoom_note), FadeIn(self.zoom_frames), Create(self.zoom_optima),
                  run_time=0.6)
        moving = self.drive(self.follow_zoom, *[part for row in self.zoom_rows.values()
                                                for part in (row["trace"], row["dots"])],
                            self.zoom_crossings)
        self.play(self.zoom_step.animate.set_value(self.zoom_first + ZOOM_STEPS),
                  run_time=ZOOM_SECONDS, rate_func=linear)
        self.stop_driving(moving, self.follow_zoom)

    def zero_why(self) -> None:
        self.beat("sgd_zero_why")
        band = self.zero_band
        paragraph = text("sgd_zero_why", self.lang, bias=f"{self.zero_bias():.3f}")
        # under the setup: the verdict, one line per cause
        why = VGroup(*[pieces.fit_into(pieces.label(line, theme.BODY_SIZE, theme.TEXT_COLOR),
                                       band.width) for line in paragraph.split("\n")])
        why.arrange(DOWN, aligned_edge=LEFT, buff=ZERO_LINE_GAP)
        why.next_to(self.zero_settings[0], DOWN, buff=ZERO_LINE_GAP, aligned_edge=LEFT)
        assert band.fits(VGroup(self.zero_settings[0], why), slack=0.01), \
            "sgd_zero_why does not fit"
        self.show("sgd_zero_l2_bias", self.zero_bias())
        self.play(FadeOut(self.zero_settings[2]), FadeOut(self.zoom_note), run_time=0.4)
        self.play(FadeIn(why[0]), run_time=0.6)
        # each row marked as the subtitle names it (the subgradient's crossings, the
        # proximal exact zeros, ridge's biased b2), the second line as it reaches L2
        words = {"en": ("overshoots", "the proximal step", "L2", "biased"),
                 "zh": ("越过", "近端步", "L2", "有偏")}[self.lang]
        for word, method in zip(words[:2], ("l1_subgradient", "l1_proximal"), strict=True):
            self.wait_until_read(word)
            self.circle_row(method)
        self.wait_until_read(words[2])
        self.play(FadeIn(why[1]), run_time=0.5)
        self.wait_until_read(words[3])
        self.circle_row("l2")
        self.zero_why_lines = why

    def circle_row(self, method: str) -> None:
        """A passing box round the zoom's dots of ``method``."""
        self.play(Circumscribe(self.zoom_rows[method]["dots"], color=theme.MUTED_TEXT_COLOR,
                               stroke_width=2), run_time=1.0)


def counter_box(line: VMobject) -> Rectangle:
    """A box round a boxed counter, ``COUNTER_PAD`` clear of its text on every side (less
    above and below than the gap between a row's lines)."""
    pad_x, pad_y = COUNTER_PAD
    return Rectangle(width=line.width + 2 * pad_x, height=line.height + 2 * pad_y,
                     stroke_color=theme.MUTED_TEXT_COLOR, stroke_width=2).move_to(line)


def coefficient_colors(color: str) -> tuple[str, str]:
    """The colours of a run panel's traces: beta1 in the panel's ``color``, beta2 in
    ``B2_COLOR``."""
    return color, B2_COLOR


def zero_line_color(optimum: float) -> str:
    """The colour of a dashed optimum of the zero beat: green (an exact 0) or yellow."""
    return theme.ZERO_COLOR if optimum == 0.0 else theme.SOLUTION_COLOR
