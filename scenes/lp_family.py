"""The whole family of balls: Lp from p = 0.5 to infinity, then the elastic net.

One loss (the default of the tangency scenes), one budget: every ball passes through
(+-2, 0) and (0, +-2).  The ball morphs continuously and the optimum follows it: sharp
corners on the axes (p <= 1) give an exact zero; for p > 1 the ball has no corner at the
axes (smooth there, though sharply curved near p = 1) and the zero is gone; p = inf has
corners on the diagonals.  Then the elastic net
``a ||b||_1 + (1 - a) ||b||_2^2 <= 2 a + 4 (1 - a)`` (a, w on screen: the L1 share;
not scikit-learn's alpha, which is the penalty's weight)
morphs from the lasso diamond (a = 1) to the ridge circle (a = 0), the same circle as
p = 2: its corners stay on the axes for every a > 0, and for this loss the optimum leaves
the corner at the a that mathcore finds.  One beat per stop, each with its own subtitle;
at p = 0.7 a dashed segment between two points of the ball leaves it: why it is not
convex.  With a user's loss (``--center``, ``--matrix``) each stop's subtitle and note
say only what mathcore's optimum there shows (``choose_words``: on a corner or not).

The read-out gives the running p with two decimals up to the p axis' last finite tick
(p = 2), then "p -> inf" until the infinity tick (p = 752 would tell a newcomer nothing the
axis does not); a value that only rounds to a tick's reads "~" (p ~ 1.00 just past the
diamond, never "p = 1.00" with the zero gone).
b* reads "= 0" only for mathcore's exact 0; a tiny non-zero one, as just past p = 1 where
b2* ~ r^(1/(p-1)), reads "< 0.001", and the optimum is then yellow, not green.  At the stop
past p = 1 a log-scale inset under the chart shows that coefficient for p in (1, 1.5]
(mathcore's values: 0.011 at p = 1.1, 1e-8 near p = 1.03, never 0) above a grey row of
its own, named "= 0", that holds the exact 0 mathcore finds at p = 1 as the inset's only
green (a green dot: the 0 is exact nowhere past p = 1; a log scale has no 0: its axis
breaks between them).

Left, the plane: ball, the loss contour through the optimum (the view is chosen from
mathcore's optima along the whole sweep, so that every touching contour is drawn whole)
and the optimum; the ball is named where it is drawn, in its colour, by its p (or w), as
the read-out gives it, above the point (0, t) every ball passes through.
Right, the sweep: a live read-out of p (or alpha) and of b*; a chart of
b1* and b2* against the sweep, drawn as it goes, over a green band where a coefficient
is exactly 0; under it the p axis (alpha axis for the elastic net) with a marker at the
tracker's value the whole time (its tick labels under the marker's disc, never covered),
and a dashed cursor from the marker up the chart that breaks around any text it passes
(no line crosses text).  Colours keep the lesson's key (scenes/title.py): the
ball and the marker are the L1 colour only at the L1 ball (p = 1, the elastic net's lasso
end), the L2 colour only at the L2 ball (p = 2, the ridge end), and
``theme.OTHER_BALL_COLOR`` in between; b1* and b2* are drawn in ``CURVE_COLORS`` (the
coefficient palette's, none of them a colour of the key) and named at their live ends;
green marks only an exact 0.  Ball outlines, optima (certified
against a dense check), contours and the chart's curves all come from
``mathcore.lp_balls``.  Nothing essential is drawn in the bottom
``layout.SUBTITLE_SHARE`` of the frame, where players draw subtitles.

Trackers: ``family`` (0 Lp, 1 elastic net) and ``setting`` (q = 1/p, or alpha).  The
chart's x coordinate is the sweep position ``position_of(family, setting)`` in [0, 2]:
2 - q for Lp (p = 0.5 at 0, p = 1 at 1, p = inf at 2), 2 (1 - alpha) for the elastic net.

Render: ``manim render scenes/lp_family.py``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

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
    Line,
    Polygon,
    Rectangle,
    VGroup,
    VMobject,
    Write,
    config,
    smooth,
)

from mathcore import ConstrainedSolution, QuadraticLoss, ellipse_half_extent
from mathcore.lp_balls import Ball, enet_ball, lp_ball, parameter_where_zeros_end, solve_ball
from mathcore.penalties import l2_gradient
from mathcore.penalty_form import l1_normal_cone
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import LiveLine
from scenes.strings import reading_seconds, text

RADIUS = defaults.RADIUS
#: Stops of the Lp morph, as q = 1 / p (q = 0 is p = infinity): (q, beat).  The sweep
#: starts at p = 0.5 and lingers at the key values p = 0.7, 1, 1.1, 1.5, 2 (each morph
#: eases in and out, so it is slow at a key value and fast between).
LP_STOPS = ((1 / 0.7, "lp_below"), (1.0, "lp_one"), (2 / 3, "lp_above"), (0.5, "lp_two"),
            (0.0, "lp_inf"))
#: Where the Lp sweep starts: q = 2, p = 0.5 (the chart's left end).
LP_START = 2.0
#: Key values passed on the way to a stop (q), where the sweep pauses ``WAYPOINT_SECONDS``
#: without a note: p = 1.1, where b2* is tiny but not 0.
LP_WAYPOINTS = {"lp_above": (1 / 1.1,)}
WAYPOINT_SECONDS = 1.5
#: Morph and hold seconds of the Lp stops (p = infinity, no key value, goes faster).
LP_MORPH_SECONDS = {"lp_inf": 1.2}
#: p = inf's stop is held long enough to read (at least 6 s in all); p = 2's, whose note
#: is short, gives that time back (the sweep and the video do not grow).
LP_HOLD_SECONDS = {"lp_inf": 3.9, "lp_two": 1.6}
KEY_MORPH_SECONDS = 1.6
#: An old note fades out in this long before the sweep moves on; a new one fades in in
#: this long.
NOTE_FADE_SECONDS, NOTE_FADE_IN = 0.4, 0.6
#: The Lp stops whose note is held at least its reading time (``reading_seconds``): p = inf,
#: whose note names the optimum's flat side (the inset's caption is always held so).
READ_BEATS = ("lp_inf",)
FRAME_CHECK = 20_000  # dense-check directions per frame
STOP_CHECK = 200_000  # and at each stop
FAMILIES = ("lp", "enet")
MORPH_SECONDS, HOLD_SECONDS = 2.0, 3.0
#: How far past the mix where the optimum leaves the corner the story stops.
LEAVE_MARGIN = 0.15
#: The pause on the threshold itself, before the optimum leaves the corner.
LEAVE_PAUSE_SECONDS = 1.0
#: The elastic-net corner's fan of normals in the leave beat: its radius (data units),
#: fill opacity, and -grad f at the corner drawn as long as the fan's radius.  Both stay
#: (the fan still narrowing) while the note that names them is read.
FAN_RADIUS, FAN_OPACITY = 1.2, 0.45
FAN_ARC_POINTS = 32
#: The ball's name in the plane (its p or w, in its colour): beside the point (0, RADIUS),
#: which every ball of both families passes through, on the side of the beta_2 axis away
#: from c and above it (every ball lies in the square |b_i| <= RADIUS, so the name never
#: lies on the ball), this far (manim units) from that point.
BALL_NAME_BUFF = 0.12
#: The dashed segment between two points of a ball with p < 1 (it leaves the ball): its
#: stroke and dash length (manim units).
CHORD_STROKE, CHORD_DASH = 3, 0.12

#: The sweep position runs over [0, SWEEP_END]; the chart samples it at this many points.
SWEEP_END = 2.0
CHART_SAMPLES = 161
#: Room (data units) around the balls and the touching contours in the plane's view.
VIEW_MARGIN = 0.2
#: Room (data units) beyond the view's right edge for the name above the end of the x axis.
NAME_ROOM_DATA = 0.35
#: The plane's share of the stage's width; the sweep panel takes the rest.
PLANE_SHARE = 0.5
#: Room beside / above the plane for its axis names.
NAME_ROOM = 0.3
#: Heights in the panel (manim units): formula, read-outs, notes (three lines of small
#: text, or the log inset past p = 1), under the chart.
FORMULA_BAND, VALUE_BAND, BETA_BAND = 0.55, 0.42, 0.36
NOTE_BAND, UNDER_CHART = 1.5, 0.82
#: b1* and b2* (read-outs, curves, heads, names): violet (the coefficient palette's second
#: colour) and a teal a shade bluer than the palette's #22B3A6 (which sits too near the
#: key's green), both far from L1 orange and L2 blue; no colour of the key (the tests keep
#: them away from every meaning and from the other ball; a pale one, such as lavender,
#: passes for the text's white in a small head).  A read-out whose coefficient is exactly
#: 0 turns green, as the optimum and the band's name "b* = 0" do.
CURVE_COLORS = (theme.FEATURE_PALETTE[0], "#22B3B3")
#: Each curve's name rides right of its head, lifted by this share of its height, and keeps
#: this gap (manim units: 6 px at 480p) from the other's; a name whose head is off the
#: chart's zero line by less than its height stands wholly above it, ``NAME_GAP / 2`` clear.
NAME_LIFT, NAME_GAP = 0.3, 0.1
#: Room (manim units) between a head and its name (the head stays a disc of its own).
NAME_BUFF = 0.15
#: The most value ticks the chart's y axis may number (its step: 1, 2 or 5 times a power
#: of 10, the smallest that keeps to it).
MOST_Y_TICKS = 4
#: Least room (manim units) between two neighbouring tick labels of the sweep axis.
TICK_LABEL_GAP = 0.3
#: Room left of the chart for its tick labels, right of it for the axis name, and the
#: least gap between the axis name and the last tick's label.
TICK_ROOM, AXIS_NAME_ROOM, AXIS_NAME_GAP = 0.45, 0.7, 0.08
#: The p axis lies this far (manim units) below the chart's lowest value.
AXIS_DROP = 0.28
#: Room (manim units) between the marker's disc on the sweep axis and the tick labels
#: under it, and between the cursor and any text it passes (a line never crosses text).
MARKER_CLEARANCE, CURSOR_CLEARANCE = 0.08, 0.06
BAND_OPACITY = 0.16
#: Room (manim units) between the chart's y axis and the zero band's name.
BAND_NAME_BUFF = 0.12
HEAD_RADIUS = 0.07
#: The chart's curves: at least two pixels wide at -ql, so that a flat curve lying on the
#: border between two pixel rows still covers one of them.
CURVE_STROKE = 4
#: Least room (chart units) between the zero band's name and the curves around it.
NAME_CLEARANCE = 0.05
#: The zero band's name fades in while the band grows this far (manim units) under it;
#: a band that never grows this share of it under its name gets no name.
NAME_FADE, NAME_LEAST = 0.5, 0.5
VALUE_SIZE = 30
#: The ball's formula: at the read-outs' size (its exponents and indices at least 10 px at
#: 480p), in the text colour with a thin stroke of it (the TeX glyphs are thin).
FORMULA_SIZE, FORMULA_STROKE = VALUE_SIZE, 1.0
#: The longest read-out value ``parameter_fields`` makes (a live line's field length).
PARAMETER_CHARACTERS = 8
#: Ticks of the sweep axes: the setting at each (q for Lp, alpha for the elastic net).
TICKS = {"lp": (2.0, 1.0, 2 / 3, 0.5, 0.0), "enet": (1.0, 0.75, 0.5, 0.25, 0.0)}
#: The last finite p the p axis labels: beyond it the read-out says "p -> infinity", as
#: the axis does between that tick and the infinity tick (no number a reader could check).
LAST_FINITE_P = max(1.0 / q for q in TICKS["lp"] if q > 0.0)
#: Coefficients that three decimals would show as 0.000 (but are not 0) read "<0.001".
COEFFICIENT_FLOOR = 0.001
#: The log-scale inset of the stop past p = 1 (``lp_above``): the zero coefficient of
#: p <= 1 against p in [1, INSET_P_HIGH] on a log scale from 10^INSET_LOG_LOW to 1 (ticks
#: every INSET_LOG_STEP decades), above a grey row of its own for the value 0 (a log scale
#: has no 0), named "= 0": mathcore's value at INSET_SAMPLES values of p, at the waypoint
#: p = 1.1 a dot, and at p = 1 a green dot in the row.
INSET_P_HIGH, INSET_LOG_LOW, INSET_LOG_STEP = 1.5, -8, 4
INSET_SAMPLES = 61
#: (spaced in 1/p, 1.25 would sit 0.4 of the width from 1.5: too near to number both)
INSET_P_TICKS = (1.0, 1.5)
#: Its numbers and names (digits at least 14 px high at 480p: 16 at the body size), and the
#: exponent of "10⁻⁸", raised beside its "10" at a size whose digits still are 14 px
#: (a superscript glyph is only about 10 px).
INSET_LABEL_SIZE, INSET_EXPONENT_SIZE = theme.BODY_SIZE, 24
#: Least room (manim units, 4 px at 480p) between the inset's texts and its marks.
INSET_TEXT_GAP = 0.07
#: Gaps (manim units): between the log scale's bottom and the band of the exact 0 (where
#: the y axis breaks), the band's height, and the break mark's half-width.
INSET_ZERO_GAP, INSET_ZERO_BAND, INSET_BREAK = 0.27, 0.2, 0.07
#: The row of the value 0 under the break: a grey of no meaning, not the chart's green band
#: (green would say "exactly 0" along all of it; the 0 is exact only at p = 1).
INSET_ROW_OPACITY = 0.3
#: Room kept above the inset (under the sweep axis' labels) and under its p labels.
INSET_ROOM = 0.1
#: The inset's plot width (manim units); its caption takes the rest of the panel's width.
INSET_PLOT_WIDTH = 1.7
#: The stop past p = 1 holds a second longer (the inset is read); the elastic net's first
#: stop, where nothing moves, holds as much less (the video does not grow).
INSET_EXTRA_SECONDS = 1.0
INSET_BEAT = "lp_above"
#: The inset comes in as the subtitle tells it: its axes and caption, then the curve drawn
#: from p = 1 out (tiny, never 0), then the exact 0 at p = 1 in its row (seconds each).
INSET_CURVE_SECONDS, INSET_ZERO_SECONDS = 1.6, 0.6
#: What a stop draws beside its note (``stop_at``'s ``drawing``) comes this long after the
#: note, and is drawn in this long (the stop's hold is split around it: no long still).
DRAWING_DELAY, DRAWING_SECONDS = 0.8, 1.0
#: The leave beat: from the threshold w slowly past it (the fan narrowing on), then a hold
#: (seconds; the beat keeps its length).
LEAVE_MORPH_SECONDS, LEAVE_HOLD_SECONDS = 4.6, 2.4
LP_HOLD_SECONDS[INSET_BEAT] = HOLD_SECONDS + INSET_EXTRA_SECONDS
def power_of_ten(exponent: int, color: str = theme.MUTED_TEXT_COLOR) -> VGroup:
    """10^exponent as "10" with its exponent raised beside it at ``INSET_EXPONENT_SIZE``
    (the exponent's bottom at the middle of the "10"), so that its digits keep 14 px."""
    base = pieces.label("10", INSET_LABEL_SIZE, color)
    power = pieces.label(str(exponent).replace("-", "\u2212"), INSET_EXPONENT_SIZE, color)
    power.next_to(base, RIGHT, buff=0.03)
    power.shift((base.get_center()[1] - power.get_bottom()[1]) * UP)
    return VGroup(base, power)


def ball_at(family: float, setting: float) -> Ball:
    """The ball at a recorded state: ``family`` indexes ``FAMILIES``; the setting is
    q = 1/p for Lp (q = 0 is p = infinity) and rho for the elastic net, whose ball goes
    through the same axis points as the Lp balls."""
    if FAMILIES[int(family)] == "lp":
        return lp_ball(np.inf if setting <= 0.0 else 1.0 / setting, RADIUS)
    return enet_ball(min(max(setting, 0.0), 1.0), RADIUS)


def ball_color(family: float, setting: float) -> str:
    """The key's colour of the ball at a recorded state: L1 only for the L1 ball (p = 1,
    the elastic net at alpha = 1), L2 only for the L2 ball (p = 2, alpha = 0), and a
    colour of no meaning for every other ball."""
    lp_family = FAMILIES[int(family)] == "lp"
    if setting == 1.0:
        return theme.L1_COLOR
    if setting == (0.5 if lp_family else 0.0):
        return theme.L2_COLOR
    return theme.OTHER_BALL_COLOR


def position_of(family: float, setting: float) -> float:
    """The sweep position (the chart's x) of a recorded state: 2 - q, or 2 (1 - alpha)."""
    return 2.0 - setting if FAMILIES[int(family)] == "lp" else 2.0 * (1.0 - setting)


def setting_at(family: float, position: float) -> float:
    """The setting (q or alpha) at a sweep position: the inverse of ``position_of``."""
    return 2.0 - position if FAMILIES[int(family)] == "lp" else 1.0 - position / 2.0


def sweep_positions() -> np.ndarray:
    """Where the chart's curves are sampled (from mathcore), both ends included."""
    return np.linspace(0.0, SWEEP_END, CHART_SAMPLES)


def sweep_optima(loss: QuadraticLoss, family: float) -> list[ConstrainedSolution]:
    """mathcore's optimum at every ``sweep_positions`` of one family."""
    return [solve_ball(loss, ball_at(family, setting_at(family, s)), FRAME_CHECK)
            for s in sweep_positions()]


def parameter_fields(family: float, setting: float, lang: str) -> tuple[str, str]:
    """The read-out's two fields, the relation and the running value: alpha with three
    decimals, p with two up to the p axis' last finite tick (``LAST_FINITE_P``), then
    ("→", infinity) on the way to the infinity tick, and ("=", infinity) at q = 0.
    A value that rounds to a tick's but is not that tick reads "≈" (p ≈ 1.00 just past
    the diamond, not p = 1.00 with the zero gone)."""
    lp_family = FAMILIES[int(family)] == "lp"
    if lp_family and setting <= 0.0:
        return "=", text("infinity", lang)
    if lp_family and 1.0 / setting > LAST_FINITE_P:
        return "\u2192", text("infinity", lang)
    shown = f"{1.0 / setting:.2f}" if lp_family else f"{setting:.3f}"
    for tick in TICKS[FAMILIES[int(family)]]:
        if tick > 0.0 or not lp_family:
            at_tick = f"{1.0 / tick:.2f}" if lp_family else f"{tick:.3f}"
            if shown == at_tick and setting != tick:
                return "\u2248", shown
    return "=", shown


def coefficient_color(value: float, curve_color: str) -> str:
    """A coefficient read-out's colour: the key's green for mathcore's exact 0 (as the
    chart's band and its name "b* = 0"), else its curve's colour."""
    return theme.ZERO_COLOR if value == 0.0 else curve_color


def coefficient_fields(value: float) -> tuple[str, str]:
    """A coefficient's relation and value, three decimals: "= 0" only for mathcore's exact
    0; one that is not 0 but would round to it reads "< 0.001" (or "> -0.001")."""
    if value == 0.0:
        return "=", "0"
    if abs(value) < COEFFICIENT_FLOOR / 2:
        return ("<", f"{COEFFICIENT_FLOOR:g}") if value > 0 else (">", f"-{COEFFICIENT_FLOOR:g}")
    return "=", f"{value:.3f}"


def tick_text(family: float, setting: float, lang: str) -> str:
    """A sweep axis' tick label: p (0.5, 1, 1.5, 2, infinity) or alpha (1, 0.75, ...)."""
    if FAMILIES[int(family)] == "lp" and setting <= 0.0:
        return text("infinity", lang)
    return f"{1.0 / setting if FAMILIES[int(family)] == 'lp' else setting:.4g}"


def budget_numbers() -> dict[str, str]:
    """The elastic net's budget t w + t^2 (1 - w) as shown: t and t^2 (every ball of both
    families passes through (+-t, 0) and (0, +-t))."""
    return {"radius": pieces.format_number(RADIUS), "square": pieces.format_number(RADIUS**2)}


def flat_side(beta: np.ndarray) -> int | None:
    """The coefficient at the bound of the p = inf square |b_i| <= RADIUS when exactly one
    is (the optimum lies on that flat side, inside it, not on a corner); None when none is
    (inside the square) or both are (a corner)."""
    at_bound = np.flatnonzero(np.isclose(np.abs(beta), RADIUS, rtol=0.0, atol=1e-9 * RADIUS))
    return int(at_bound[0]) if len(at_bound) == 1 else None


def name_centres(heads: np.ndarray, sizes: np.ndarray, zero_y: float) -> np.ndarray:
    """The centres of the curves' names (rows: b1*, b2*) beside their heads (screen
    points): each ``NAME_BUFF`` right of its head's disc, lifted ``NAME_LIFT`` of its
    height, and wholly above the zero line (screen y ``zero_y``) when its head is off the
    line by less than its height (the line would cross the name; a head on the line, an
    exact 0, lies in the zero band, whose own name stands above it); two closer than
    ``NAME_GAP`` (their boxes, ``sizes``: width, height) are pushed apart by halves."""
    centres = heads.astype(float).copy()
    centres[:, 0] += HEAD_RADIUS + NAME_BUFF + sizes[:, 0] / 2
    centres[:, 1] += NAME_LIFT * sizes[:, 1]
    off_line = np.abs(heads[:, 1] - zero_y)
    near = (off_line < sizes[:, 1]) & (off_line > 1e-9)
    above = zero_y + sizes[:, 1] / 2 + NAME_GAP / 2
    centres[near, 1] = np.maximum(centres[near, 1], above[near])
    lower, upper = np.argsort(centres[:, 1], kind="stable")
    short = NAME_GAP - ((centres[upper, 1] - sizes[upper, 1] / 2)
                        - (centres[lower, 1] + sizes[lower, 1] / 2))
    if short > 0:
        centres[lower, 1] -= short / 2
        centres[upper, 1] += short / 2
    return centres


def subtitle_floor() -> float:
    """The frame's y above which essential things stay (subtitles are drawn below)."""
    return -config.frame_height / 2 + layout.SUBTITLE_SHARE * config.frame_height


def view_box(loss: QuadraticLoss, optima: list[ConstrainedSolution],
             balls: list[Ball]) -> tuple[np.ndarray, np.ndarray]:
    """The plane's data box: every ball, c, and every touching contour, whole."""
    lows, highs = [loss.center], [loss.center]
    for optimum in optima:
        half = ellipse_half_extent(loss, optimum.loss)
        lows.append(loss.center - half)
        highs.append(loss.center + half)
    for ball in balls:
        outline = ball.outline(720)
        lows.append(outline.min(axis=0))
        highs.append(outline.max(axis=0))
    # and room for the axis names above the ends of the axes, clear of the curves
    return (np.min(lows, axis=0) - VIEW_MARGIN,
            np.max(highs, axis=0) + VIEW_MARGIN + np.array([NAME_ROOM_DATA, 0.0]))


def spread_labels(labels: VGroup) -> None:
    """Push neighbouring tick labels (left to right) apart to ``TICK_LABEL_GAP``, each
    still under its own tick (p = 1.5 and p = 2 lie close on the 1/p axis)."""
    for left, right in itertools.pairwise(labels):
        short = TICK_LABEL_GAP - (right.get_left()[0] - left.get_right()[0])
        if short > 0:
            tick_left, tick_right = left.get_center()[0], right.get_center()[0]
            left.shift(min(short / 2, 0.45 * left.width) * LEFT)
            right.shift(min(short / 2, 0.45 * right.width) * RIGHT)
            assert left.get_right()[0] > tick_left and right.get_left()[0] < tick_right


class SweepChart:
    """b1* and b2* against the sweep position, revealed as it goes, over the band where a
    coefficient is exactly 0, with the sweep's own axis (p, or alpha) underneath and a
    marker on it at the tracker's value."""

    def __init__(self, region: layout.Region, samples: dict[str, list[ConstrainedSolution]],
                 zero_bands: dict[str, tuple[int, float] | None], lang: str):
        self.positions = sweep_positions()
        betas = {family: np.array([o.beta for o in optima]) for family, optima in samples.items()}
        values = np.concatenate([b.ravel() for b in betas.values()])
        low, high = min(0.0, float(values.min())), max(0.0, float(values.max()))
        pad = 0.08 * max(high - low, 1e-9)
        self.low, self.high = low - pad, high + pad
        span = self.high - self.low
        # the smallest 1-2-5 step from a power of 10 near half the span, with at most
        # MOST_Y_TICKS numbers (a line apart on the short chart)
        power = float(10 ** np.floor(np.log10(span / 2)))
        step = next(m * power for m in (1.0, 2.0, 5.0, 10.0) if span / (m * power)
                    <= MOST_Y_TICKS)
        box = region.shrink(left=TICK_ROOM, right=AXIS_NAME_ROOM, bottom=UNDER_CHART)
        self.axes = Axes(x_range=[0.0, SWEEP_END, 1.0], y_range=[self.low, self.high, step],
                         x_length=box.width, y_length=box.height, tips=False,
                         axis_config={"color": theme.AXES_COLOR,
                                      "stroke_width": theme.AXES_STROKE},
                         x_axis_config={"include_ticks": False})
        self.axes.move_to(box.center)
        self.tick_step = step
        self.axis_y = float(self.axes.p2c(self.axes.c2p(0.0, self.low) + AXIS_DROP * DOWN)[1])
        ticks = [v for v in np.arange(np.ceil(self.low / step), np.floor(self.high / step) + 1)
                 * step]
        self.tick_labels = VGroup(*[pieces.label(f"{v + 0.0:g}", theme.SMALL_SIZE,
                                                 theme.MUTED_TEXT_COLOR).next_to(
            self.axes.c2p(0.0, v), LEFT, buff=0.12) for v in ticks])
        self.cursor = DashedLine(self.axes.c2p(0.0, self.axis_y), self.axes.c2p(0.0, self.high),
                                 color=theme.MUTED_TEXT_COLOR, stroke_width=1.5)
        self.marker = Dot(self.axes.c2p(0.0, self.axis_y), radius=theme.DOT_RADIUS,
                          color=theme.L1_COLOR)
        self.heads = [Dot(self.axes.c2p(0.0, 0.0), radius=HEAD_RADIUS, color=color)
                      for color in CURVE_COLORS]
        # each curve named at its live end
        self.names = [pieces.label(text("lp_curve", lang, index=pieces.subscript(i + 1)),
                                   theme.SMALL_SIZE, color)
                      for i, color in enumerate(CURVE_COLORS)]
        self.parts = {family: self._family_parts(family, betas[family], zero_bands[family], lang)
                      for family in samples}

    def _family_parts(self, family: str, betas: np.ndarray, zero_band: tuple[int, float] | None,
                      lang: str) -> dict:
        """One family's curves, zero band and sweep axis (ticks, names, colours)."""
        axes, index = self.axes, FAMILIES.index(family)
        curves = [pieces.CurveReveal(axes.c2p(np.column_stack([self.positions, betas[:, i]])),
                                     self.positions, increasing=True, color=color,
                                     stroke_width=CURVE_STROKE)
                  for i, color in enumerate(CURVE_COLORS)]
        band = VMobject(fill_color=theme.ZERO_COLOR, fill_opacity=BAND_OPACITY, stroke_width=0)
        band_name = VGroup()
        if zero_band is not None:
            zero, end = zero_band
            band_name = pieces.label(text("zero_coefficient", lang,
                                          index=pieces.subscript(zero + 1)),
                                     theme.SMALL_SIZE, theme.ZERO_COLOR)
            # just right of the chart's y axis, where the band starts: clear of the cursor
            # and the heads while the band is still short (p < 1)
            band_name.next_to(axes.c2p(0.0, 0.0), RIGHT, buff=BAND_NAME_BUFF)
            room = axes.c2p(end, 0.0)[0] - axes.c2p(0.0, 0.0)[0]
            band_name.set_y(axes.c2p(0.0, self.name_height(band_name, betas, zero))[1])
            if room - (band_name.get_left()[0] - axes.c2p(0.0, 0.0)[0]) \
                    < NAME_LEAST * NAME_FADE:
                band_name = VGroup()  # (a band too narrow to show its name, even faintly)
        # the sweep axis, in the axes' colour: the marker on it wears the ball's colour
        axis = Line(axes.c2p(0.0, self.axis_y), axes.c2p(SWEEP_END, self.axis_y),
                    color=theme.AXES_COLOR, stroke_width=theme.AXES_STROKE + 1)
        ticks, labels = VGroup(), VGroup()
        for setting in TICKS[family]:
            where = axes.c2p(position_of(index, setting), self.axis_y)
            ticks.add(Line(where + 0.08 * DOWN, where + 0.08 * UP,
                           color=theme.MUTED_TEXT_COLOR, stroke_width=theme.AXES_STROKE))
            # under the marker's disc (which rides on the axis): never covered by it
            labels.add(pieces.label(tick_text(index, setting, lang), theme.SMALL_SIZE,
                                    theme.MUTED_TEXT_COLOR).next_to(
                where, DOWN, buff=theme.DOT_RADIUS + MARKER_CLEARANCE))
        spread_labels(labels)
        name = pieces.label(text(f"lp_axis_{family}", lang), theme.BODY_SIZE,
                            theme.TEXT_COLOR).next_to(axes.c2p(SWEEP_END, self.axis_y), RIGHT,
                                                      buff=0.12)
        # clear of the last tick's label (the infinity under the axis' end reaches right
        # of it, up to the name's descender)
        name.shift(max(labels[-1].get_right()[0] + AXIS_NAME_GAP - name.get_left()[0], 0.0)
                   * RIGHT)
        static = VGroup(axis, ticks, labels, name)
        return {"curves": curves, "band": band, "zero_band": zero_band, "band_name": band_name,
                "static": static}

    def name_height(self, name: VGroup, betas: np.ndarray, zero: int) -> float:
        """Where (chart y) the zero band's name goes: in the gap between the zero
        coefficient's curve and the other's over the whole sweep under the name, clear of
        both, and halfway between two y ticks where it can be (a name level with a tick
        reads as that tick's label)."""
        axes = self.axes
        left, right = (float(axes.p2c(name.get_edge_center(side))[0]) for side in (LEFT, RIGHT))
        under = (self.positions >= left - NAME_CLEARANCE) & (self.positions <= right
                                                            + NAME_CLEARANCE)
        lower, upper = float(betas[under, zero].max()), float(betas[under, 1 - zero].min())
        half = (axes.p2c(name.get_top())[1] - axes.p2c(name.get_bottom())[1]) / 2
        low, high = lower + half + NAME_CLEARANCE, upper - half - NAME_CLEARANCE
        middle = (lower + upper) / 2
        step = self.tick_step
        between = [(k + 0.5) * step for k in range(int(np.floor(low / step)) - 1,
                                                   int(np.ceil(high / step)) + 1)]
        fits = [y for y in between if low <= y <= high]
        return min(fits, key=lambda y: abs(y - middle)) if fits else middle

    def place_names(self) -> None:
        """Each curve's name where ``name_centres`` puts it beside its head."""
        centres = name_centres(np.array([head.get_center() for head in self.heads]),
                               np.array([[name.width, name.height] for name in self.names]),
                               self.axes.c2p(0.0, 0.0)[1])
        for name, centre in zip(self.names, centres, strict=True):
            name.move_to(centre)

    def clear_cursor(self, texts: list[VMobject]) -> None:
        """Hide the cursor's dashes that would cross one of ``texts`` (its box grown by
        ``CURSOR_CLEARANCE`` and the dash's half stroke: manim draws a stroke of width w
        0.01 w units wide): the cursor breaks around a text, never crosses it."""
        x = self.cursor.get_x()
        boxes = [(t.get_left()[0], t.get_right()[0], t.get_bottom()[1], t.get_top()[1])
                 for t in texts]
        for dash in self.cursor.submobjects:
            low, high = dash.get_bottom()[1], dash.get_top()[1]
            clear = CURSOR_CLEARANCE + 0.005 * dash.get_stroke_width()
            crosses = any(left - clear <= x <= right + clear
                          and low <= top + clear and high >= bottom - clear
                          for left, right, bottom, top in boxes)
            dash.set_stroke(opacity=0.0 if crosses else 1.0)

    def still(self, family: str) -> VGroup:
        """What does not move in one family's chart (faded in and out with the family)."""
        return self.parts[family]["static"]

    def moving(self, family: str) -> list[VMobject]:
        """What the updater moves, in drawing order: band and its name, cursor, curves,
        marker, heads."""
        parts = self.parts[family]
        return [parts["band"], parts["band_name"], self.cursor, *parts["curves"], self.marker,
                *self.heads, *self.names]

    def family_chart(self, family: str) -> list[VMobject]:
        """What belongs to one family only (faded in and out with it)."""
        parts = self.parts[family]
        return [parts["static"], parts["band"], parts["band_name"], *parts["curves"]]

    def follow(self, family: str, position: float, beta: np.ndarray, color: str) -> None:
        """Reveal the curves up to ``position`` (ending on b*), grow the zero band while the
        zero holds, and move the cursor, the heads and the marker there."""
        axes, parts = self.axes, self.parts[family]
        for curve, value, head in zip(parts["curves"], beta, self.heads, strict=True):
            curve.show_until(position, axes.c2p(position, value))
            head.move_to(axes.c2p(position, value))
        self.place_names()
        if parts["zero_band"] is not None:
            right = min(position, parts["zero_band"][1])
            parts["band"].set_points_as_corners(axes.c2p(np.array(
                [[0.0, self.low], [right, self.low], [right, self.high], [0.0, self.high],
                 [0.0, self.low]])))
            # the band's name comes in as the band grows under it
            name = parts["band_name"]
            if name.family_members_with_points():  # (none where the band is too narrow)
                grown = (axes.c2p(right, 0.0)[0] - name.get_left()[0]) / NAME_FADE
                name.set_opacity(float(np.clip(grown, 0.0, 1.0)))
        self.cursor.put_start_and_end_on(axes.c2p(position, self.axis_y),
                                         axes.c2p(position, self.high))
        name = parts["band_name"]
        shown = name.family_members_with_points() and name.get_fill_opacity() > 0.0
        self.clear_cursor([*self.names, *([name] if shown else [])])
        self.marker.move_to(axes.c2p(position, self.axis_y)).set_color(color)


class BallFamily(NormvizScene):
    """Lp balls morphing with the optimum following, then the elastic net."""

    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX

    def construct(self) -> None:
        self.loss = QuadraticLoss.create(self.center, self.matrix)
        self.family = self.tracker("family", FAMILIES.index("lp"))
        self.setting = self.tracker("setting", LP_START)
        # the last optimum ``optimum_here`` solved, with the trackers' state and the check
        self.solved: tuple[tuple[float, float, int], ConstrainedSolution] | None = None
        self.solve_sweeps()
        self.choose_words()
        self.build_picture()
        self.tell_story()

    def ball(self) -> Ball:
        """The ball the trackers stand at."""
        return ball_at(self.family.get_value(), self.setting.get_value())

    def optimum_here(self, dense_check: int) -> ConstrainedSolution:
        """mathcore's optimum over ``self.ball()`` (``solve_ball`` with ``dense_check``
        directions), solved again only when the trackers or the check changed since the
        last call: a hold redraws the same optimum frame after frame."""
        state = (self.family.get_value(), self.setting.get_value(), dense_check)
        if self.solved is None or self.solved[0] != state:
            self.solved = (state, solve_ball(self.loss, self.ball(), dense_check))
        return self.solved[1]

    def family_name(self) -> str:
        return FAMILIES[int(self.family.get_value())]

    # -- numbers -------------------------------------------------------------------------
    def solve_sweeps(self) -> None:
        """mathcore's optimum along both sweeps (the chart, the view), and where a zero
        holds: (the coefficient, the sweep position where it stops being 0) per family."""
        self.samples = {family: sweep_optima(self.loss, FAMILIES.index(family))
                        for family in FAMILIES}
        self.leave = parameter_where_zeros_end(
            self.loss, lambda mix: enet_ball(mix, RADIUS), 1.0, 0.0)
        self.zero_bands: dict[str, tuple[int, float] | None] = {}
        for family, optima in self.samples.items():
            index = FAMILIES.index(family)
            zeros = optima[0].zeros
            if not zeros:
                self.zero_bands[family] = None
                continue
            if family == "lp":
                # the zero can hold only while the ball has corners on the axes (p <= 1)
                at_one = solve_ball(self.loss, ball_at(index, 1.0))
                end = 1.0 if at_one.zeros == zeros else parameter_where_zeros_end(
                    self.loss, lambda q: ball_at(0, q), 2.0, 1.0)
                end = position_of(index, end)
            else:
                end = SWEEP_END if self.leave is None else position_of(index, self.leave)
            self.zero_bands[family] = (zeros[0], end)
        self.show("sweeps", {family: {
            "positions": sweep_positions().tolist(),
            "beta": [o.beta.tolist() for o in optima],
            "zero_band": self.zero_bands[family]} for family, optima in self.samples.items()})

    def choose_words(self) -> None:
        """Which subtitle and note each Lp stop gets: only what mathcore's optimum there
        shows (an optimum on a corner at p = 0.7 and at p = 1, or not: c inside the ball,
        or a touch off the corners); the log inset past p = 1 only where p = 1 has its
        exact 0 (``self.inset_zero``, the coefficient that is 0 there, else None); at
        p = inf the note names the square's flat side that holds the optimum, if one does
        (``self.inf_side``, ``flat_side``)."""
        at = {beat: solve_ball(self.loss, ball_at(0, q), STOP_CHECK) for q, beat in LP_STOPS}
        below, one = at["lp_below"], at["lp_one"]
        corner_below, corner_one = below.face == "vertex", one.face == "vertex"
        self.inset_zero = one.zeros[0] if corner_one else None
        self.inf_side = flat_side(at["lp_inf"].beta)
        # (beat name = its subtitle's key, note's key)
        self.stop_words = {
            "lp_below": ("lp_below", "lp_below_note") if corner_below
            else ("lp_below_off", "lp_below_off_note"),
            "lp_one": ("lp_one" if corner_below else "lp_one_corner", "lp_one_note")
            if corner_one else ("lp_one_off", "lp_one_note"),
            "lp_above": ("lp_above", "lp_above_note") if corner_one
            else ("lp_above_plain", "lp_above_plain_note"),
            "lp_two": ("lp_two", "lp_two_note"),
            "lp_inf": ("lp_inf", "lp_inf_note" if self.inf_side is None else "lp_inf_side_note")}
        self.show("stop_words", self.stop_words)

    # -- mobjects ------------------------------------------------------------------------
    def build_picture(self) -> None:
        self.title = pieces.title(text("lp_title", self.lang))
        stage = layout.stage()
        stage = layout.Region(stage.left, stage.right, max(stage.bottom, subtitle_floor()),
                              stage.top)
        plane_region, panel = stage.split_left(PLANE_SHARE * stage.width)
        balls = [ball_at(FAMILIES.index(family), setting_at(FAMILIES.index(family), s))
                 for family in FAMILIES for s in sweep_positions()]
        lower, upper = view_box(self.loss, [o for optima in self.samples.values()
                                            for o in optima], balls)
        # room on the left too: the p = inf square's edge stays clear of the frame's edge
        square = plane_region.shrink(left=NAME_ROOM, right=NAME_ROOM, top=NAME_ROOM)
        self.axes = self.plane("plane", pieces.fit_axes(lower, upper, square.width,
                                                        square.height))
        square.place(self.axes)
        self.names = pieces.axis_labels(self.axes, text("axis_x", self.lang),
                                        text("axis_y", self.lang))
        self.outline = pieces.BallOutline(self.axes, "l1", RADIUS)
        self.ball_name = self.ball_name_line("lp")
        optimum = solve_ball(self.loss, self.ball())
        self.contour = pieces.LossContour(self.axes, self.loss, optimum.loss)
        self.dot = Dot(self.axes.c2p(*optimum.beta), radius=theme.DOT_RADIUS,
                       color=pieces.optimum_color(optimum.beta))
        self.center_dot = Dot(self.axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                              color=theme.LOSS_COLOR)
        self.center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                       theme.LOSS_COLOR).next_to(self.center_dot, UP, buff=0.08)
        # the panel, top to bottom: the ball's formula, the read-outs, the chart over the
        # sweep axis, each stop's note (which says where the corners are)
        self.formula_band, rest = panel.split_top(FORMULA_BAND, gap=0.12)
        self.value_band, rest = rest.split_top(VALUE_BAND, gap=0.06)
        self.beta_band, rest = rest.split_top(BETA_BAND, gap=0.2)
        chart_region, self.note_band = rest.split_bottom(NOTE_BAND, gap=0.1)
        self.chart = SweepChart(chart_region, self.samples, self.zero_bands, self.lang)
        self.plane("chart", self.chart.axes)
        # before the first stop, the note's place says how the p axis is spaced (q = 1/p)
        self.axis_note = pieces.fit_into(pieces.label(
            text("lp_axis_note", self.lang), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
            self.note_band.width).align_to([self.note_band.left, self.note_band.top, 0.0],
                                           UP + LEFT)
        self.formula = self.family_formula("lp")
        self.heading = self.value_line("lp")
        self.optimum_line = VGroup(*[
            LiveLine(text("lp_beta", self.lang, index=pieces.subscript(i + 1)), ["=", "0.000"],
                     theme.BODY_SIZE, color) for i, color in enumerate(CURVE_COLORS)])
        band = self.beta_band
        for k, line in enumerate(self.optimum_line):
            line.align_to([band.left + k * band.width / 2, band.top, 0.0], UP + LEFT)
        self.follow()

    def family_formula(self, family: str) -> VGroup:
        """The inequality that defines the current family's ball, top left of the panel."""
        band = self.formula_band
        numbers = budget_numbers()
        formula = pieces.fit_into(pieces.formula(
            text(f"lp_formula_{family}_tex", self.lang, **numbers),
            text(f"lp_formula_{family}", self.lang, **numbers), FORMULA_SIZE), band.width)
        formula.set_stroke(theme.TEXT_COLOR, width=FORMULA_STROKE)  # thin glyphs made bold
        return formula.move_to(band.center).align_to([band.left, band.top, 0.0], UP + LEFT)

    def ball_name_line(self, family: str) -> LiveLine:
        """The ball's name in the plane, "p = 0.70" (or "w = 0.707"): the read-out's
        fields (``parameter_fields``), updated every frame by ``place_ball_name``."""
        key = "lp_value" if family == "lp" else "enet_ball_name"
        return LiveLine(text(key, self.lang),
                        parameter_fields(FAMILIES.index(family), 1.0, self.lang),
                        theme.BODY_SIZE, field_length=PARAMETER_CHARACTERS)

    def place_ball_name(self, line: LiveLine, family: float, setting: float) -> LiveLine:
        """``line`` showing the ball at (``family``, ``setting``) in its colour, its bottom
        corner ``BALL_NAME_BUFF`` up and aside (away from c) from the point (0, RADIUS)."""
        side = LEFT if self.loss.center[0] >= 0.0 else RIGHT
        line.set_fields(*parameter_fields(family, setting, self.lang))
        line.set_color(ball_color(family, setting))
        return line.next_to(self.axes.c2p(0.0, RADIUS), UP + side, buff=BALL_NAME_BUFF)

    def value_line(self, family: str) -> LiveLine:
        """The live read-out of p (or alpha), updated every frame."""
        fields = parameter_fields(FAMILIES.index(family), 1.0, self.lang)
        line = LiveLine(text("lp_value" if family == "lp" else "enet_value", self.lang),
                        fields, VALUE_SIZE, field_length=PARAMETER_CHARACTERS)
        band = self.value_band
        return line.align_to([band.left, band.top, 0.0], UP + LEFT)

    # -- motion --------------------------------------------------------------------------
    def follow(self, dense_check: int = FRAME_CHECK) -> ConstrainedSolution:
        """The one updater: ball outline, optimum, touching contour, read-outs and chart."""
        optimum = self.optimum_here(dense_check)
        family, value = self.family.get_value(), self.setting.get_value()
        color = ball_color(family, value)
        self.outline.show_outline(self.axes, self.ball().outline(720), color)
        self.place_ball_name(self.ball_name, family, value)
        self.dot.move_to(self.axes.c2p(*optimum.beta)).set_color(
            pieces.optimum_color(optimum.beta))  # the key: green with an exact 0
        self.contour.show(level=optimum.loss)
        self.heading.set_fields(*parameter_fields(family, value, self.lang))
        for line, x, curve_color in zip(self.optimum_line, optimum.beta, CURVE_COLORS,
                                        strict=True):
            line.set_fields(*coefficient_fields(x))
            line.set_color(coefficient_color(x, curve_color))
        self.chart.follow(self.family_name(), position_of(family, value), optimum.beta, color)
        return optimum

    def drive_family(self) -> VGroup:
        """Start the updater on everything that moves in the current family."""
        return self.drive(self.follow, self.outline, self.ball_name, self.contour, self.dot,
                          self.heading, self.optimum_line,
                          *self.chart.moving(self.family_name()))

    # -- the elastic net's corner ---------------------------------------------------------
    def fan_rays(self, mix: float) -> np.ndarray:
        """The two edges of the fan of normals of the elastic-net ball at the corner where
        the zero holds (the L1 optimum): the subgradients ``mix s + (1 - mix) 2 b`` for s
        at the L1 normal cone's edges (mathcore), as unit vectors."""
        rays = mix * l1_normal_cone(self.corner) + (1.0 - mix) * l2_gradient(self.corner)
        return rays / np.linalg.norm(rays, axis=1, keepdims=True)

    def fan_outline(self, mix: float) -> np.ndarray:
        """The fan at ``mix`` as a wedge of radius ``FAN_RADIUS`` at the corner (data)."""
        angles = np.sort(np.arctan2(*self.fan_rays(mix)[:, ::-1].T))
        arc = np.linspace(angles[0], angles[1], FAN_ARC_POINTS)
        return np.vstack([self.corner, self.corner + FAN_RADIUS * np.column_stack(
            [np.cos(arc), np.sin(arc)]), self.corner])

    def build_fan(self) -> None:
        """The corner's fan of normals (in the ball's colour, narrowing as w falls) and
        -grad f at the corner (in the loss's colour): the corner holds the optimum while the
        fan contains -grad f."""
        self.corner = self.samples["enet"][0].beta
        pull = -np.asarray(self.loss.gradient(self.corner), dtype=float)
        self.pull_direction = pull / np.linalg.norm(pull)
        self.show("enet_corner", {"corner": self.corner.tolist(), "pull": pull.tolist()})
        wedge = Polygon(*self.axes.c2p(self.fan_outline(1.0)), stroke_width=0,
                        fill_color=theme.L1_COLOR, fill_opacity=FAN_OPACITY)
        start = self.axes.c2p(*self.corner)
        arrow = Arrow(start, self.axes.c2p(*(self.corner + FAN_RADIUS * self.pull_direction)),
                      buff=0.0, color=theme.LOSS_COLOR, stroke_width=4,
                      max_tip_length_to_length_ratio=0.3)
        pull_name = pieces.label(text("lp_pull", self.lang), theme.SMALL_SIZE,
                                 theme.LOSS_COLOR).next_to(arrow.get_end(), RIGHT, buff=0.08)
        self.fan = VGroup(wedge, arrow, pull_name)
        self.dot.set_z_index(1)  # the optimum stays on top of the fan at the corner

    def follow_fan(self) -> None:
        """The fan at the tracker's w, in the ball's colour."""
        mix = self.setting.get_value()
        self.fan[0].set_points_as_corners(self.axes.c2p(self.fan_outline(mix)))
        self.fan[0].set_fill(ball_color(self.family.get_value(), mix), opacity=FAN_OPACITY)

    def record_stop(self, optimum: ConstrainedSolution) -> None:
        self.show_next("stops", {
            "family": self.family_name(),
            "parameter": self.setting.get_value(), "beta": optimum.beta.tolist(),
            "loss": optimum.loss, "zeros": list(optimum.zeros), "certificate": optimum.certificate,
        })

    def stop_at(self, value: float, note: str, previous: VGroup | None,
                morph_seconds: float = MORPH_SECONDS, waypoints: tuple[float, ...] = (),
                hold_seconds: float = HOLD_SECONDS, inset: bool = False,
                drawing: Callable[[], VMobject] | None = None,
                read: bool = False) -> VGroup:
        """Clear the old note, morph to ``value`` (the read-out follows), pausing at each
        waypoint on the way, show the note (with ``inset``: the log-scale inset, the note
        its caption, its curve then its exact 0 brought in one after the other) and what
        ``drawing`` draws at the stop (``DRAWING_DELAY`` after the note).  The hold is
        what is left of ``hold_seconds`` after those reveals; a note to ``read`` (and the
        inset's caption) stays at least its reading time (``reading_seconds``) from its
        fade-in to the next fade-out.  Notes are in the text colour: none is about the
        exact 0 where it sits (green means a 0)."""
        if previous is not None:
            self.play(FadeOut(previous), run_time=NOTE_FADE_SECONDS)
        for waypoint in waypoints:
            self.play(self.setting.animate.set_value(waypoint), run_time=morph_seconds,
                      rate_func=smooth)
            self.setting.set_value(waypoint)
            self.record_stop(self.follow(dense_check=STOP_CHECK))
            self.wait(WAYPOINT_SECONDS)
        self.play(self.setting.animate.set_value(value), run_time=morph_seconds,
                  rate_func=smooth)
        self.setting.set_value(value)  # exactly the stop (p = 1 sits on the corner/round edge)
        optimum = self.follow(dense_check=STOP_CHECK)
        self.record_stop(optimum)
        if read or inset:
            hold_seconds = max(hold_seconds, reading_seconds(note, self.lang) - NOTE_FADE_IN)
        if inset:
            lines = self.log_inset(note)
            frame, ticks, curve, dots, words = lines
            self.play(FadeIn(VGroup(frame, ticks, words), shift=0.1 * UP), run_time=NOTE_FADE_IN)
            self.play(Create(curve), FadeIn(dots[0]), run_time=INSET_CURVE_SECONDS)
            # the reading time left split around the exact 0's reveal (no long still)
            hold_seconds = (hold_seconds - INSET_CURVE_SECONDS - INSET_ZERO_SECONDS) / 2
            self.wait(hold_seconds)
            self.play(FadeIn(dots[1]), run_time=INSET_ZERO_SECONDS)
        else:
            lines = self.note_lines(note)
            self.play(FadeIn(lines, shift=0.1 * UP), run_time=NOTE_FADE_IN)
        if drawing is None:
            self.wait(hold_seconds)
            return lines
        extra = drawing()
        self.wait(DRAWING_DELAY)
        self.play(Create(extra), run_time=DRAWING_SECONDS)
        self.wait(hold_seconds - DRAWING_DELAY - DRAWING_SECONDS)
        return VGroup(lines, extra)

    def note_lines(self, note: str) -> VGroup:
        """A stop's note in the notes' band, top left, shrunk to its width if need be."""
        band = self.note_band
        lines = pieces.fit_into(pieces.label(note, theme.SMALL_SIZE), band.width)
        return lines.align_to([band.left, band.top, 0.0], UP + LEFT)

    def side_fields(self) -> dict[str, str]:
        """The p = inf note's flat side (``self.inf_side``): its coefficient's index and
        the bound it sits at (the radius)."""
        if self.inf_side is None:
            return {}
        return {"side": pieces.subscript(self.inf_side + 1),
                "value": pieces.format_number(RADIUS)}

    def stop_drawing(self, beat: str) -> Callable[[], VMobject] | None:
        """What an Lp stop draws beside its note: why p < 1 is not convex (``chord``),
        where the square's corners lie (``diagonals``); nothing at the other stops."""
        return {"lp_below": self.chord, "lp_inf": self.diagonals}.get(beat)

    def chord(self) -> DashedLine:
        """At a stop with p < 1: the dashed segment between the ball's two axis points in
        the quadrant away from c (mathcore's reach of the ball along the axes); its middle
        lies outside the ball (mathcore's gauge there exceeds the radius), so the ball is
        not convex."""
        ball = self.ball()
        signs = np.where(self.loss.center > 0.0, -1.0, 1.0)
        axes_out = np.diag(signs)  # the unit directions along each axis, away from c
        ends = axes_out * ball.reach(axes_out)[:, None]
        middle = ends.mean(axis=0)
        outside = float(ball.gauge(middle)[0])
        assert outside > ball.radius, (outside, ball.radius)
        self.show("chord", {"ends": ends.tolist(), "middle_norm": outside,
                            "radius": ball.radius})
        return DashedLine(self.axes.c2p(*ends[0]), self.axes.c2p(*ends[1]),
                          color=theme.MUTED_TEXT_COLOR, stroke_width=CHORD_STROKE,
                          dash_length=CHORD_DASH)

    def leave_corner(self, previous: VGroup) -> VGroup:
        """The leave beat: the corner's fan and -grad f come in; w falls to the threshold
        (the optimum still on the corner, -grad f still in the fan), where the note says
        what happens as it happens; then w slowly goes a little past it while the fan, left
        at the corner by the optimum with -grad f, narrows on, clear of -grad f; both stay
        while the note that names them is read.  Returns the note with them (they go
        together)."""
        self.build_fan()
        self.play(FadeOut(previous), FadeIn(self.fan), run_time=0.4)
        # (driven once shown: adding the fan would split a group driven before)
        fan = self.drive(self.follow_fan, self.fan)
        self.play(self.setting.animate.set_value(self.leave), run_time=MORPH_SECONDS,
                  rate_func=smooth)
        self.setting.set_value(self.leave)
        zero = pieces.subscript(int(np.flatnonzero(self.corner == 0.0)[0]) + 1)
        note = self.note_lines(text("lp_leave_note", self.lang, index=zero,
                                    value=f"{self.leave:.3f}"))
        self.play(FadeIn(note, shift=0.1 * UP), run_time=0.6)
        self.wait(LEAVE_PAUSE_SECONDS)
        past = max(self.leave - LEAVE_MARGIN, 0.5 * self.leave)
        self.play(self.setting.animate.set_value(past), rate_func=smooth,
                  run_time=LEAVE_MORPH_SECONDS)
        self.setting.set_value(past)
        self.stop_driving(fan, self.follow_fan)
        self.record_stop(self.follow(dense_check=STOP_CHECK))
        self.wait(LEAVE_HOLD_SECONDS)
        return VGroup(note, self.fan)

    def diagonals(self) -> VGroup:
        """At p = infinity: the two diagonals, dashed, between opposite corners of the
        square (mathcore's reach of the ball along the diagonal directions): its corners
        lie on them, none on an axis."""
        ball = self.ball()
        directions = np.array([[1.0, 1.0], [1.0, -1.0]]) / np.sqrt(2.0)
        corners = directions * ball.reach(directions)[:, None]
        self.show("diagonals", {"corners": corners.tolist()})
        return VGroup(*[DashedLine(self.axes.c2p(*-corner), self.axes.c2p(*corner),
                                   color=theme.MUTED_TEXT_COLOR, stroke_width=CHORD_STROKE,
                                   dash_length=CHORD_DASH) for corner in corners])

    # -- the log-scale inset past p = 1 -----------------------------------------------------
    def inset_values(self) -> tuple[int, np.ndarray, np.ndarray, float]:
        """mathcore's zero coefficient of p <= 1 (its index) at ``INSET_SAMPLES`` values of
        p in (1, ``INSET_P_HIGH``], and at p = 1 (where it must be exactly 0)."""
        zero = self.inset_zero
        ps = np.linspace(1.0, INSET_P_HIGH, INSET_SAMPLES)[1:]
        values = np.array([solve_ball(self.loss, lp_ball(p, RADIUS), FRAME_CHECK).beta[zero]
                           for p in ps])
        at_one = float(solve_ball(self.loss, lp_ball(1.0, RADIUS), STOP_CHECK).beta[zero])
        return zero, ps, values, at_one

    def inset_point(self, p: float, log_value: float | None) -> np.ndarray:
        """The inset's screen point of (p, log10 of the value); None: the middle of the
        band of the exact 0, under the log scale.  Its p axis is spaced evenly in 1/p, as
        the sweep axis above it is: x grows with 1 - 1/p."""
        left, bottom, width, height = self.inset_frame
        x = left + (1.0 - 1.0 / p) / (1.0 - 1.0 / INSET_P_HIGH) * width
        if log_value is None:
            return np.array([x, bottom - INSET_ZERO_GAP - INSET_ZERO_BAND / 2, 0.0])
        return np.array([x, bottom + (log_value - INSET_LOG_LOW) / -INSET_LOG_LOW * height, 0.0])

    def log_inset(self, caption: str) -> VGroup:
        """Under the chart, in the notes' place: the zero coefficient of p <= 1 against p
        just past 1 on a log scale (mathcore's values, cut at 10^INSET_LOG_LOW where it
        falls on), over a grey row of its own for the value 0 (a log scale has no 0; the y
        axis breaks between them), named "= 0" and holding mathcore's 0 at p = 1 as a green
        dot, the inset's only green mark (exact 0 nowhere else); the caption (the stop's
        note) right of it."""
        zero, ps, values, at_one = self.inset_values()
        assert at_one == 0.0 and np.all(values > 0.0)  # 0 at p = 1, never past it
        self.show("log_inset", {"index": zero, "p": ps.tolist(), "value": values.tolist(),
                                "at_one": at_one})
        color = CURVE_COLORS[zero]
        size = INSET_LABEL_SIZE
        labels = self.chart.parts["lp"]["static"][2]
        band = self.note_band
        probe = power_of_ten(INSET_LOG_LOW)
        digit = pieces.label("1", size)
        top = min(label.get_bottom()[1] for label in labels) - INSET_ROOM - digit.height / 2
        zero_name = pieces.label(text("lp_inset_zero", self.lang), size, theme.ZERO_COLOR)
        left = band.left + max(probe.width + 0.12, zero_name.width + theme.DOT_RADIUS
                               + INSET_TEXT_GAP)
        # the plot's box: the log scale above, the band of the 0 and the p labels under it
        bottom = band.bottom + INSET_ROOM + digit.height + 0.16 + INSET_ZERO_BAND \
            + INSET_ZERO_GAP
        self.inset_frame = (left, bottom, INSET_PLOT_WIDTH, top - bottom)
        point = self.inset_point
        axis_color = {"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE}
        # the row of the value 0, in no colour of meaning: the coefficient is exactly 0 only
        # at p = 1 (its green dot), at no p the row spans past it
        zero_band = Rectangle(width=INSET_PLOT_WIDTH, height=INSET_ZERO_BAND, stroke_width=0,
                              fill_color=theme.AXES_COLOR, fill_opacity=INSET_ROW_OPACITY)
        zero_band.move_to((point(1.0, None) + point(INSET_P_HIGH, None)) / 2)
        frame = VGroup(zero_band, Line(point(1.0, INSET_LOG_LOW), point(1.0, 0.0), **axis_color))
        # a break mark between the log scale's bottom and the band of the exact 0
        middle = point(1.0, INSET_LOG_LOW) + INSET_ZERO_GAP / 2 * DOWN
        frame.add(*[Line(middle + INSET_BREAK * (LEFT + 0.5 * DOWN) + k * 0.05 * UP,
                         middle + INSET_BREAK * (RIGHT + 0.5 * UP) + k * 0.05 * UP,
                         **axis_color) for k in (-1, 1)])
        ticks = VGroup()
        for decade in range(0, INSET_LOG_LOW - 1, -INSET_LOG_STEP):
            where = point(1.0, decade)
            ticks.add(Line(where, where + 0.08 * LEFT, **axis_color))
            if decade == 0:  # the scale's ends named (room for two)
                ticks.add(pieces.label("1", size, theme.MUTED_TEXT_COLOR).next_to(
                    where, LEFT, buff=0.12))
            elif decade == INSET_LOG_LOW:  # (its "10" level with the tick)
                self.inset_power = power_of_ten(decade)
                self.inset_power.shift(
                    (where[0] - 0.12 - self.inset_power.get_right()[0]) * RIGHT
                    + (where[1] - self.inset_power[0].get_center()[1]) * UP)
                ticks.add(self.inset_power)
        # (clear of the green dot of p = 1 on the band's left end)
        ticks.add(zero_name.next_to(zero_band, LEFT, buff=theme.DOT_RADIUS + INSET_TEXT_GAP))
        p_labels = VGroup()
        for p in INSET_P_TICKS:
            where = zero_band.get_bottom()[1] * UP + point(p, None)[0] * RIGHT
            ticks.add(Line(where, where + 0.08 * DOWN, **axis_color))
            p_labels.add(pieces.label(f"{p:g}", size, theme.MUTED_TEXT_COLOR).next_to(
                where + 0.08 * DOWN, DOWN, buff=0.08))
        ticks.add(*p_labels, pieces.label(text("lp_axis_lp", self.lang), size).next_to(
            p_labels[-1], RIGHT, buff=0.2))
        # the curve, cut where it falls below the scale (between two of mathcore's values)
        logs = np.log10(values)
        shown = logs >= INSET_LOG_LOW
        first = int(np.argmax(shown))
        start = []
        if first > 0:
            share = (INSET_LOG_LOW - logs[first - 1]) / (logs[first] - logs[first - 1])
            start = [point(ps[first - 1] + share * (ps[first] - ps[first - 1]), INSET_LOG_LOW)]
        curve = VMobject(stroke_color=color, stroke_width=CURVE_STROKE).set_points_as_corners(
            [*start, *[point(p, v) for p, v in zip(ps[shown], logs[shown], strict=True)]])
        # the stop's own p (the read-out's and the marker's; the inset's p tick under it),
        # its value on the curve
        stop_p = 1.0 / self.setting.get_value()
        assert 1.0 < stop_p <= INSET_P_HIGH, stop_p
        at_stop = solve_ball(self.loss, ball_at(0, 1.0 / stop_p), STOP_CHECK).beta[zero]
        here = Dot(point(stop_p, float(np.log10(at_stop))), radius=HEAD_RADIUS, color=color)
        dots = VGroup(here, Dot(point(1.0, None), radius=theme.DOT_RADIUS,
                                color=theme.ZERO_COLOR))
        words = pieces.label(caption, theme.SMALL_SIZE, theme.TEXT_COLOR)
        pieces.fit_into(words, band.right - ticks.get_right()[0] - 0.25)
        words.move_to([band.right - words.width / 2,
                       (top + probe.height / 2 + ticks.get_bottom()[1]) / 2, 0.0])
        self.inset = VGroup(frame, ticks, curve, dots, words)
        return self.inset

    def tell_story(self) -> None:
        self.beat("lp_start")
        self.play(Write(self.title), Create(self.axes), FadeIn(self.names),
                  Create(self.chart.axes), FadeIn(self.chart.tick_labels), run_time=1.2)
        self.play(FadeIn(self.outline), FadeIn(self.ball_name), FadeIn(self.center_dot),
                  FadeIn(self.center_tag),
                  FadeIn(self.contour), FadeIn(self.dot), FadeIn(self.formula),
                  FadeIn(self.heading), FadeIn(self.optimum_line),
                  *[FadeIn(m) for m in (self.chart.still("lp"), *self.chart.moving("lp"))],
                  FadeIn(self.axis_note), run_time=1.2)
        moving = self.drive_family()
        lines = self.axis_note  # (it gives way to the first stop's note)
        # (the inset shows the coefficient that is exactly 0 at p = 1, where there is one)
        zero = 0 if self.inset_zero is None else self.inset_zero
        for value, beat in LP_STOPS:
            key, note_key = self.stop_words[beat]
            # (subtitles are drawn by the player: a plain digit, no subscript)
            self.beat(key, index=zero + 1)
            note = text(note_key, self.lang, index=pieces.subscript(zero + 1),
                        **self.side_fields())
            lines = self.stop_at(value, note, lines,
                                 morph_seconds=LP_MORPH_SECONDS.get(beat, KEY_MORPH_SECONDS),
                                 waypoints=LP_WAYPOINTS.get(beat, ()),
                                 hold_seconds=LP_HOLD_SECONDS.get(beat, HOLD_SECONDS),
                                 inset=beat == INSET_BEAT and self.inset_zero is not None,
                                 drawing=self.stop_drawing(beat), read=beat in READ_BEATS)
        self.stop_driving(moving, self.follow)
        # the square cannot morph into the diamond: fade between the two families
        self.beat("lp_enet")
        formula = self.family_formula("enet")
        self.play(FadeOut(lines), FadeOut(self.outline), FadeOut(self.ball_name),
                  FadeOut(self.formula),
                  FadeOut(self.heading), *[FadeOut(m) for m in self.chart.family_chart("lp")],
                  run_time=0.4)
        self.formula = formula
        self.family.set_value(FAMILIES.index("enet"))
        self.setting.set_value(1.0)
        self.heading = self.value_line("enet")
        self.ball_name = self.ball_name_line("enet")
        self.follow()
        self.play(FadeIn(self.outline), FadeIn(self.ball_name), FadeIn(self.formula),
                  FadeIn(self.heading),
                  *[FadeIn(m) for m in self.chart.family_chart("enet")], run_time=0.4)
        moving = self.drive_family()
        # nothing moves on the way to this stop: it gives back the inset's extra second
        # and the fade of the axis note before the first stop
        lines = self.stop_at(1.0, text("lp_enet_note", self.lang, **budget_numbers()), None,
                             morph_seconds=MORPH_SECONDS - INSET_EXTRA_SECONDS
                             - NOTE_FADE_SECONDS)
        if self.leave is not None:
            self.beat("lp_leave", value=f"{self.leave:.3f}")
            lines = self.leave_corner(lines)
        self.beat("lp_ridge")
        lines = self.stop_at(0.0, text("lp_ridge_note", self.lang), lines)
        self.stop_driving(moving, lambda: self.follow(dense_check=STOP_CHECK))
        self.final_lines = VGroup(self.heading, self.optimum_line, lines)
