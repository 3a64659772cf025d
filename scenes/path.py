"""Shrinking the budget t: the L1 optimum reaches an axis and stays there, the L2 optimum
shrinks both coefficients into 0.

One loss and one budget t for both balls, shrinking from ``T = max(||c||_1, ||c||_2)``
(where both balls hold c) down to ``END_SHARE`` of it (at t = 0 both optima are 0 and
alike, so the sweep stops short and says so); above ``||c||_p`` a ball holds c and its
optimum is c, as the callouts say (the circle binds from ``||c||_2`` down).  Each ball
with the loss contour that touches it at its optimum, dashed in the loss's colour (each
norm its own dash, named), cut to the plane's framed window.  The optima are coloured
as the lesson's key says: yellow, green when a coefficient is exactly 0, so the L1
optimum turns green where it lands on the axis; each is ringed in its ball's colour, so
that the two are told apart.  "c" stands where no touching contour crosses it at the
first knot (a thin line leads to it there).  The sweep slows into that knot and stops
there for a beat of its own, one green ring flashing round the L1 optimum.  Right: every
coefficient against t itself (the same units for L1 and L2), drawn in step.  The plot
reads the way the story goes: t shrinks to the right (from T at the left to 0 at the
right end), so the L1 penalty lambda with the same optimum (``mathcore.penalty_form``),
numbered along the plot's top (named there: the L1 penalty weight with the same optimum,
not evenly spaced), grows to the right too, and an arrow under the plot says it: a stronger
penalty to the right.  Both come in at the end, with the words that name the penalty form
(L1 = lasso, L2 = ridge), so that lambda is on screen only once it is said what it is.
All numbers come from ``mathcore.budget_path`` (exact L1 knots; L2 by its secular
equation).

With a user's numbers (``normviz render path --center ... --matrix ...``) every sentence
says only what mathcore's paths show (``choose_words``): the sweep stops at each L1 event
inside it (``"zeroed"``, and ``"revived"`` where a zeroed coefficient comes back, which
the lasso's path can do); a drop "stays 0" only when no revival of it follows, else its
words give the range where it is 0; without a drop inside the sweep no sentence says L1
drops a feature; "L2 shrinks both" only where each |b_i| of the L2 path shrinks and none
crosses 0 (where one does, the words give mathcore's t of the crossing).

Render: ``manim render scenes/path.py``.
"""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
from manim import (
    DL,
    DOWN,
    DR,
    LEFT,
    ORIGIN,
    RIGHT,
    UL,
    UP,
    UR,
    Arrow,
    Circle,
    Create,
    DashedLine,
    DashedVMobject,
    Dot,
    FadeIn,
    FadeOut,
    GrowArrow,
    GrowFromCenter,
    Line,
    Rectangle,
    Succession,
    VGroup,
    VMobject,
    Wait,
    Write,
    linear,
    rate_functions,
)

from mathcore import QuadraticLoss
from mathcore.budget_path import (
    BudgetEvent,
    budget_path,
    l2_shrinks_without_zero,
    l2_zero_crossings,
)
from mathcore.penalty_form import budget_for_penalty, penalty_for_budget
from scenes import defaults, layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import text
from scenes.zoom import zoom_view

NORMS = ("l1", "l2")
PLOT_HEIGHT = 3.6
#: Room left of the plot's numbers for the curve names, and below the plot for the t
#: numbers, the knots' numbers, the t axis' caption and the arrow of a stronger penalty.
NAME_ROOM, BELOW_PLOT = 0.5, 1.5
#: The coefficient curves: at least two pixels wide at -ql, so that a flat stretch lying
#: on the border between two pixel rows still covers one of them.
PLOT_STROKE = 4
#: Room left of the plot for its y tick numbers; the least pitch between two of them, in
#: their own heights.
Y_NUMBERS_ROOM, Y_NUMBER_ROWS = 0.45, 1.5
#: Above the plot: the callout, later the closing notes (the plot leaves them room), and
#: their gap.
NOTES_GAP = 0.3
#: Room between the legend and the status lines or notes above it.
ABOVE_LEGEND = 0.25
#: Each optimum is ringed in its ball's colour (the two are yellow, or green, alike): the
#: rings' radii (screen units, L2's the larger, so that both show where the optima meet)
#: and stroke.
RING_RADIUS = {"l1": 1.55 * theme.DOT_RADIUS, "l2": 2.1 * theme.DOT_RADIUS}
RING_STROKE = 2.5
#: "c" beside its dot (``place_center_tag``): the sides tried in order, its least distance
#: from the dot, and the least room (screen units) between its box and a contour or a trace.
TAG_SIDES = (UR, UP, UL, RIGHT, LEFT, DR, DOWN, DL)
TAG_BUFF, TAG_CLEAR = 0.05, 0.06
#: How far from c's dot its name may stand, searched in steps; the line that leads to it
#: there (its stroke, and its gap from the dot and from the name).
TAG_REACH, TAG_STEP = 0.6, 0.03
TAG_LEADER_STROKE, TAG_GAP = 1.5, 0.04
#: Samples of t along each path (every L1 knot and ||c||_2 are added).
SAMPLES = 240
#: The plane's window frame (contours are cut at it); the axis names sit outside it.
WINDOW_STROKE, WINDOW_OPACITY = 1.5, 0.6
NAME_GAP = 0.12
#: Room between the window's frame and the subtitles' strip under it.
STRIP_CLEARANCE = 0.1
#: The sweep from T to ||c||_2 (where the L2 ball starts to bind); in the knot's own beat
#: the sweep on to the L1 knot, slowing to a stop there, and the stop (the flash as it
#: lands, the number, then a still picture); the sweep from the knot to 0.
OPENING_SWEEP_SECONDS = 2.0
#: The opening's balls come in as the subtitle reads these words (its budget's sentence).
OPENING_BALLS_AT = {"en": "One budget", "zh": "两个球"}
#: The flash as the L1 optimum lands: one green ring round it (screen units), growing out
#: of the optimum, held, then fading (seconds of its ``KNOT_FLASH_SECONDS``).
FLASH_RADIUS, FLASH_STROKE = 0.3, 4
FLASH_GROW, FLASH_HOLD, FLASH_FADE = 0.35, 0.35, 0.3
INTO_KNOT_SECONDS, KNOT_FLASH_SECONDS, KNOT_STILL_SECONDS = 4.0, 1.0, 1.5
#: The sweep past the knot ends at this share of the starting budget (t = 0.8 for the
#: defaults), not at 0: at t = 0 both optima are 0 and the two balls look alike.
END_SHARE = 0.2
#: (slow: the L1 optimum visibly stays on the axis while t keeps shrinking)
TO_END_SECONDS = 4.0
#: At the sweep's end both balls are small: a zoom (``scenes.zoom``) on the square around
#: both optima, in the window's corner away from c, this share of the window's side; its
#: half-width about ``ZOOM_ROOM`` times the optima's distance (and at least
#: ``ZOOM_LEAST`` of the end budget), rounded so that it magnifies a whole number of
#: times (named in it); its fade and the still after it.
ZOOM_SHARE, ZOOM_ROOM, ZOOM_LEAST = 0.4, 1.2, 0.3
ZOOM_FADE, ZOOM_STILL = 1.0, 2.5
#: Room between the zoom's frame and the window's frame, and its name inside its frame.
ZOOM_INSET, ZOOM_NAME_BUFF = 0.08, 0.08
#: The zoom's name sits on a box of the background this much wider on each side.
ZOOM_NAME_PAD = 0.05
#: The closing note names the L1 penalty lambda of the budget at this share of the
#: starting one (t = 2 for the defaults; mathcore.penalty_form).
PENALTY_SHARE = 0.5
#: The pause where the circle starts to bind (t = ||c||_2), its callout fading in.
BINDING_SECONDS = 1.0
#: The knot's mark on the t axis: its line reaches below the row of tick numbers, so the
#: knot's number sits in a row of its own and every t tick keeps its number.
KNOT_MARK_LENGTH = 0.42
#: The size of the marked t values' numbers (as large as they fit apart on the axis),
#: and of the t, value and lambda numbers.
MARK_SIZE = NUMBER_SIZE = 18.0
#: The gap between a mark's line and its number, and the least gap between two numbers.
MARK_BUFF, MARK_GAP = 0.05, 0.12
#: The t axis' caption below the plot, under the knot's row; the arrow's row under it.
CAPTION_GAP, ARROW_GAP = 0.72, 0.1
#: The length of that arrow's head (manim units).
ARROW_TIP = 0.22
#: The L1 penalty's row above the plot: its height (ticks and numbers), the ticks'
#: length, the least room (manim units) between two of its numbers, the most ticks, and
#: the 1-2-5 steps of lambda tried for them (the smallest that keeps its numbers apart).
LAMBDA_ROW, LAMBDA_TICK, LAMBDA_GAP = 0.45, 0.08, 0.3
#: The row's name ("lambda for the L1 ball, not evenly spaced") on a line of its own
#: above its numbers, this far above them.
LAMBDA_NAME_GAP = 0.08
LAMBDA_MOST_TICKS = 8
LAMBDA_STEPS = tuple(m * 10.0**k for k in range(-3, 5) for m in (1.0, 2.0, 5.0))
#: The gap between the cursor and the curves' names right of it (and between two names).
CURVE_NAME_GAP = 0.1
#: The closing note's pair of t and lambda, marked on the plot: its dashed line's stroke,
#: and the gap between the line's top and its words.
PAIR_STROKE, PAIR_BUFF = 2, 0.1
#: The touching contours, told apart: both in the loss's colour (the key: a colour means
#: one thing), dashed with their own dash (screen units per dash, share of a dash drawn):
#: L1's long dashes, L2's short ones, so that the two still read apart where their levels
#: nearly meet (t near the sweep's end, 3-4 px apart at -ql); named by a legend above the
#: plot (a dash sample and its name each).
CONTOUR_DASH = {"l1": (0.5, 0.6), "l2": (0.14, 0.45)}
#: The legend's dash samples: their length (screen units) and the gaps in the row.
LEGEND_SAMPLE, LEGEND_GAP, LEGEND_SPACE = 0.72, 0.12, 0.4
#: The most dashes a contour cut to the window may need.
MAX_DASHES = 400
#: The cue "t shrinks ->" rides under the plot, in the row of the marked t values'
#: numbers, ``CUE_GAP`` right of the widest of them centred on the cursor (a mark appears
#: at the cursor as the sweep stops on its t, and stays behind as the cue rides on):
#: no curve is ever drawn there.  It fades out over ``CUE_FADE`` (manim units) as it
#: nears the plot's right end.
CUE_GAP, CUE_FADE = 0.3, 0.3


def revival_after(events, drop) -> BudgetEvent | None:
    """The event at which a coefficient zeroed at ``drop`` becomes non-zero again as t
    shrinks on (mathcore's ``"revived"``), or None when it stays 0 down to t = 0 (the
    events in the order of a shrinking budget)."""
    later = events[events.index(drop) + 1:]
    return next((e for e in later if e.feature == drop.feature and e.action == "revived"),
                None)


class ShrinkingBudget(NormvizScene):
    """Both constrained optima as one budget t shrinks from ``max ||c||_p`` to 0."""

    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX

    def construct(self) -> None:
        self.loss = QuadraticLoss.create(self.center, self.matrix)
        self.paths = {norm: budget_path(self.loss, norm) for norm in NORMS}
        #: where the sweep starts: the larger full radius, where both balls hold c
        self.start = max(path.full_radius for path in self.paths.values())
        #: where the sweep stops (at t = 0 both optima would be 0, alike)
        self.end = END_SHARE * self.start
        self.choose_words()
        self.show("events_l1", [vars(e) for e in self.paths["l1"].events])
        self.show("full_radius", {norm: path.full_radius for norm, path in self.paths.items()})
        self.show("start_budget", self.start)
        self.show("end_budget", self.end)
        self.budget = self.tracker("budget", self.start)
        #: the L1 penalty whose penalised optimum is the constrained one at a budget
        self.penalty_budget = PENALTY_SHARE * self.start
        self.penalty = penalty_for_budget(self.loss, "l1", self.penalty_budget)
        self.show("penalty_for_budget", {"t": self.penalty_budget, "lambda": self.penalty})
        self.plane_region, self.plot_region = layout.plane_and_panel()
        self.build_plane()
        self.build_plot()
        self.zoom, self.zoom_source = self.build_zoom()
        self.tell_story()

    def choose_words(self) -> None:
        """What mathcore's paths show inside the sweep (from the start down to its end),
        and so which sentences hold: the L1 events there (``knots``: each drop, each
        revival), for each drop whether it stays 0 down to t = 0 (``until``: the t of
        its revival), whether L1 still has a 0 where the sweep stops, and for L2 whether
        both coefficients shrink without a 0 or where one crosses 0."""
        events = list(self.paths["l1"].events)
        self.knots = [e for e in events if e.radius >= self.end]
        self.drops = [e for e in self.knots if e.action == "zeroed"]
        self.until = {drop: revival_after(events, drop) for drop in self.drops}
        ends_sparse = bool(np.any(self.paths["l1"].beta_at(self.end) == 0.0))
        l1_case = ("none" if not self.drops else "drop" if ends_sparse else "back")
        budgets = self.sample("l2")[0]
        crossings = l2_zero_crossings(self.loss)
        shrinks = l2_shrinks_without_zero(self.paths["l2"], budgets[budgets >= self.end])
        self.l2_crossing = crossings[0] if crossings else None
        l2_case = "cross" if crossings else "shrink" if shrinks else "nonzero"
        self.story = {"l1": l1_case, "l2": l2_case}
        #: the sweep pauses where the circle starts to bind when that comes first
        self.l2_binds_first = not self.knots or \
            self.paths["l2"].full_radius > self.knots[0].radius
        self.show("story", {**self.story, "l2_crossing": self.l2_crossing,
                            "until": [None if e is None else e.radius
                                      for e in self.until.values()]})

    def plot_x(self, budget: float | np.ndarray) -> float | np.ndarray:
        """The plot's x coordinate of a budget t: how far t has shrunk from the start,
        ``T - t`` (the plot's data x; t shrinks to the right, the penalty grows there)."""
        return self.start - budget

    def sample(self, norm: str) -> tuple[np.ndarray, np.ndarray]:
        """Budgets t from 0 to the start (with every knot and ||c||_p) and b*(t) at each."""
        path = self.paths[norm]
        budgets = np.union1d(np.linspace(0.0, self.start, SAMPLES),
                             [*path.knot_radii, path.full_radius])
        return budgets, np.array([path.beta_at(t) for t in budgets])

    # -- mobjects ------------------------------------------------------------------------
    def build_plane(self) -> None:
        """A framed window with the axes, both balls, the centre, both optima and their
        traced paths; the axis names outside the frame, where no contour reaches."""
        reach = max(self.start, float(np.abs(self.loss.center).max())) * 1.1
        region = self.plane_region
        x_name = pieces.label(text("axis_x", self.lang), theme.BODY_SIZE,
                              theme.MUTED_TEXT_COLOR)
        y_name = pieces.label(text("axis_y", self.lang), theme.BODY_SIZE,
                              theme.MUTED_TEXT_COLOR)
        # the frame's stroke (and the encoder's blur) stays above the subtitles' strip
        window = layout.Region(region.left, region.right - x_name.width - NAME_GAP,
                               region.bottom + STRIP_CLEARANCE,
                               region.top - y_name.height - NAME_GAP)
        self.axes = self.plane("plane", pieces.fit_axes(
            np.array([-reach, -reach]), np.array([reach, reach]), window.width, window.height))
        window.place(self.axes)
        low, high = self.axes.c2p(-reach, -reach), self.axes.c2p(reach, reach)
        self.window = Rectangle(width=high[0] - low[0], height=high[1] - low[1],
                                stroke_color=theme.AXES_COLOR, stroke_width=WINDOW_STROKE,
                                stroke_opacity=WINDOW_OPACITY).move_to((low + high) / 2)
        x_name.next_to(self.axes.c2p(reach, 0.0), RIGHT, buff=NAME_GAP)
        y_name.next_to(self.axes.c2p(0.0, reach), UP, buff=NAME_GAP)
        self.plane_labels = VGroup(x_name, y_name)
        self.balls, self.dots, self.traces, self.contours = {}, {}, {}, {}
        self.rings = {}
        self.dashes = {}
        self.full_balls = VGroup()
        for norm in NORMS:
            self.balls[norm] = pieces.BallOutline(self.axes, norm, self.start)
            self.full_balls.add(self.balls[norm].copy().set_fill(opacity=0.0).set_stroke(
                width=1.5, opacity=0.45))
            budgets, betas = self.sample(norm)
            self.traces[norm] = pieces.CurveReveal(
                self.axes.c2p(betas[::-1]), budgets[::-1], increasing=False,
                color=theme.NORM_COLORS[norm], stroke_width=theme.PATH_STROKE,
            )
            self.dots[norm] = Dot(self.axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                                  color=pieces.optimum_color(self.loss.center))
            self.rings[norm] = Circle(radius=RING_RADIUS[norm], stroke_width=RING_STROKE,
                                      stroke_color=theme.NORM_COLORS[norm]).move_to(
                self.dots[norm])
            self.contours[norm] = pieces.LossContour(self.axes, self.loss, 0.0,
                                                     clip_to_axes=True)
            # a fixed set of dashes moved in place (manim draws the mobjects it found
            # moving when an animation began: replaced ones would linger)
            self.dashes[norm] = VGroup(*[VMobject(stroke_color=theme.LOSS_COLOR,
                                                  stroke_width=theme.CONTOUR_STROKE)
                                         for _ in range(MAX_DASHES)])
        self.center_dot = Dot(self.axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                              color=theme.LOSS_COLOR)
        # both balls hold c at the start, and both optima start on it: the name says so
        self.center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                       theme.LOSS_COLOR)
        self.place_center_tag()
        self.title = pieces.title(self.title_words())

    def place_center_tag(self) -> None:
        """"c" beside its dot where no touching contour crosses it while the sweep stops
        at the first knot (at the sweep's end without one): the least distance from the
        dot (from ``TAG_BUFF`` in steps of ``TAG_STEP``), then the first of ``TAG_SIDES``,
        where the loss along its box's outline (grown by ``TAG_CLEAR``) has no contour's
        level between its least and largest value, and the box is ``TAG_CLEAR`` clear of
        the traces from c to both optima.  Away from the dot, a thin line in the loss's
        colour leads to it.  The side and distance are recorded."""
        budget = self.knots[0].radius if self.knots else self.end
        levels = [float(self.loss.value(path.beta_at(budget))) for path in self.paths.values()]
        traces = np.vstack([self.axes.c2p(betas[budgets >= budget]) for budgets, betas in
                            (self.sample(norm) for norm in NORMS)])
        self.center_leader = VGroup()
        for buff in np.arange(TAG_BUFF, TAG_REACH + 1e-9, TAG_STEP):
            for side in TAG_SIDES:
                self.center_tag.next_to(self.center_dot, side, buff=buff)
                values = self.loss.value(self.screen_to_data(self.tag_outline()))
                crossed = any(values.min() <= level <= values.max() for level in levels)
                if not crossed and pieces.box_clearance(self.center_tag, traces) >= TAG_CLEAR:
                    self.show("center_tag", {"side": side[:2].tolist(), "buff": float(buff)})
                    if buff > TAG_BUFF:
                        self.center_leader.add(self.tag_leader())
                    return
        raise ValueError("no place for c's name clear of the contours")

    def tag_outline(self, count: int = 40) -> np.ndarray:
        """Screen points along the outline of c's name's box grown by ``TAG_CLEAR``."""
        low = self.center_tag.get_corner(DOWN + LEFT) - TAG_CLEAR
        high = self.center_tag.get_corner(UP + RIGHT) + TAG_CLEAR
        corners = np.array([low, [high[0], low[1], 0.0], high, [low[0], high[1], 0.0], low])
        steps = np.linspace(0.0, 1.0, count, endpoint=False)[:, None]
        return np.vstack([a + steps * (b - a) for a, b in itertools.pairwise(corners)])

    def screen_to_data(self, points: np.ndarray) -> np.ndarray:
        """Data coordinates (k, 2) of screen points (k, 3) on the plane."""
        return np.array([self.axes.p2c(point)[:2] for point in points])

    def tag_leader(self) -> Line:
        """The thin line from c's dot towards its name's centre, ``TAG_GAP`` short of both."""
        dot, tag = self.center_dot.get_center(), self.center_tag.get_center()
        direction = (tag - dot) / np.linalg.norm(tag - dot)
        # where the line meets the name's box, from its centre
        reach = np.min(np.array([self.center_tag.width, self.center_tag.height]) / 2
                       / np.maximum(np.abs(direction[:2]), 1e-9))
        return Line(dot + direction * (theme.DOT_RADIUS + TAG_GAP),
                    tag - direction * (reach + TAG_GAP), color=theme.LOSS_COLOR,
                    stroke_width=TAG_LEADER_STROKE)

    def title_words(self) -> str:
        """The title for ``story``: what L1 does in the sweep (drops a feature; drops it
        and takes it back; no exact 0), and "L2 shrinks both" only where it does."""
        l2 = text("path_title_l2", self.lang) if self.story["l2"] == "shrink" else ""
        return text(f"path_title_{self.story['l1']}", self.lang, l2=l2,
                    end=f"{self.end:.4g}")

    def build_plot(self) -> None:
        """Coefficients against the budget t for both norms, revealed as t shrinks to the
        right; t numbered under the plot, the L1 penalty lambda over it, an arrow under
        both: a stronger penalty to the right."""
        samples = {norm: self.sample(norm) for norm in NORMS}
        values = np.concatenate([betas.ravel() for _, betas in samples.values()])
        low, high = min(0.0, values.min()), values.max()
        pad = 0.08 * (high - low)
        region = self.plot_region
        self.notes = self.final_notes()
        self.legend = self.contour_legend()
        lambda_name = pieces.fit_into(pieces.label(text("path_lambda_axis", self.lang),
                                                   MARK_SIZE, theme.MUTED_TEXT_COLOR),
                                      region.width)
        # the lambda row: its ticks and numbers, its name on a line above them
        lambda_room = LAMBDA_ROW + lambda_name.height + LAMBDA_NAME_GAP
        # (room right of the plot for half of the number under its right end, t = 0)
        last_number = pieces.label(pieces.format_number(0.0), NUMBER_SIZE)
        self.plot = self.plane("plot", pieces.coefficient_axes(
            (0.0, self.start), (low - pad, high + pad),
            region.width - NAME_ROOM - Y_NUMBERS_ROOM - last_number.width / 2,
            min(PLOT_HEIGHT, region.height - BELOW_PLOT - self.notes.height - NOTES_GAP
                - self.legend.height - ABOVE_LEGEND - lambda_room)))
        self.plot.align_to([0.0, region.bottom + BELOW_PLOT, 0.0], DOWN)
        # its y axis (not its ticks, which stick out) at the right of the numbers' room
        self.plot.shift((region.left + NAME_ROOM + Y_NUMBERS_ROOM
                         - self.plot.c2p(0.0, 0.0)[0]) * RIGHT)
        self.curves = []
        for norm, (budgets, betas) in samples.items():
            for index in range(self.loss.dim):
                points = self.plot.c2p(np.column_stack(
                    [self.plot_x(budgets), betas[:, index]])[::-1])
                curve = pieces.CurveReveal(points, budgets[::-1], increasing=False,
                                           color=theme.NORM_COLORS[norm],
                                           stroke_width=PLOT_STROKE)
                self.curves.append((norm, index, curve))
        y_low, y_high = self.plot.y_range[:2]
        self.cursor = DashedLine(self.plot.c2p(0.0, y_low), self.plot.c2p(0.0, y_high),
                                 color=theme.MUTED_TEXT_COLOR, stroke_width=2)
        # one plot, two coefficients: its y axis named once (in the room left of its
        # numbers), each coefficient's pair of curves named at its live end
        self.y_name = pieces.label(text("path_y_name", self.lang), theme.SMALL_SIZE,
                                   theme.TEXT_COLOR)
        self.y_name.next_to(self.plot.c2p(0.0, (y_low + y_high) / 2)
                            + Y_NUMBERS_ROOM * LEFT, LEFT, buff=0.08)
        self.curve_names = VGroup(*[pieces.label(
            text("coefficient_name", self.lang, index=pieces.subscript(i + 1)),
            theme.SMALL_SIZE, theme.TEXT_COLOR) for i in range(self.loss.dim)])
        self.place_curve_names(self.start)
        # every t tick numbered, the start at the left, 0 at the right (the knots'
        # numbers sit a row lower)
        step = self.plot.x_range[2]
        x_values = list(np.arange(0.0, self.start + step / 2, step))
        y_step = self.plot.y_range[2]
        # every tick's number, or every k-th (0 among them) where their rows would touch
        ticks = np.arange(np.ceil(y_low / y_step), np.floor(y_high / y_step) + 1)
        row = pieces.label("0", NUMBER_SIZE).height * Y_NUMBER_ROWS
        stride = int(np.ceil(row / abs(self.plot.c2p(0.0, y_step)[1] - self.plot.c2p(0.0, 0.0)[1])))
        y_values = ticks[np.round(ticks) % stride == 0] * y_step + 0.0  # no "-0"
        t_numbers = [pieces.label(pieces.format_number(t), NUMBER_SIZE, theme.MUTED_TEXT_COLOR)
                     .next_to(self.plot.c2p(self.plot_x(t), y_low), DOWN, buff=0.08)
                     for t in x_values]
        self.tick_numbers = VGroup(*t_numbers, *pieces.tick_numbers(self.plot, [], [*y_values],
                                                                     NUMBER_SIZE))
        self.show("plot_x_numbers", [float(v) for v in x_values])
        self.show("plot_y_numbers", [float(v) for v in y_values])
        self.x_caption = pieces.fit_into(
            pieces.label(text("path_x_label", self.lang), theme.SMALL_SIZE,
                         theme.MUTED_TEXT_COLOR), self.plot_region.width)
        self.x_caption.next_to(self.plot, DOWN, buff=CAPTION_GAP).set_x(region.center[0])
        self.penalty_arrow = self.stronger_arrow()
        self.lambda_row = self.penalty_row(lambda_name)
        self.pair_mark = self.penalty_pair()
        self.cue = pieces.label(text("path_shrink_cue", self.lang), MARK_SIZE,
                                theme.TEXT_COLOR)
        self.mark_places = self.place_mark_numbers()
        self.plot_labels = VGroup(self.x_caption, self.y_name, *self.tick_numbers)
        self.legend.next_to(self.plot, UP, buff=NOTES_GAP + lambda_room)
        self.legend.align_to([region.left, 0.0, 0.0], LEFT)
        self.notes.next_to(self.legend, UP, buff=ABOVE_LEGEND)
        self.notes.align_to([region.left, 0.0, 0.0], LEFT)

    def stronger_arrow(self) -> VGroup:
        """Under the t axis' caption, across the plot: "stronger penalty" and an arrow to
        the plot's right end (smaller t, larger lambda)."""
        words = pieces.label(text("path_stronger", self.lang), theme.SMALL_SIZE,
                             theme.TEXT_COLOR)
        words.next_to(self.x_caption, DOWN, buff=ARROW_GAP).align_to(self.plot, LEFT)
        arrow = Arrow(words.get_right() + 0.15 * RIGHT,
                      [self.plot.get_right()[0], words.get_y(), 0.0], buff=0.0,
                      color=theme.TEXT_COLOR, stroke_width=3, tip_length=ARROW_TIP,
                      max_tip_length_to_length_ratio=0.5)
        return VGroup(words, arrow)

    def penalty_row(self, name) -> VGroup:
        """Along the plot's top: the L1 penalty lambda whose penalised optimum is the
        constrained one at each t (``mathcore.penalty_form``; 0 while the diamond holds
        c), at round lambdas up to the one at the sweep's end, each at its own t
        (``budget_for_penalty``): it grows to the right as t shrinks, unevenly.  Named
        on a line above its numbers, from the plot's region's left: the L1 penalty weight
        with the same optimum, not evenly spaced."""
        top = self.plot.y_range[1]
        most = penalty_for_budget(self.loss, "l1", self.end)
        for step in [step for step in LAMBDA_STEPS if most / step <= LAMBDA_MOST_TICKS]:
            lambdas = step * np.arange(np.floor(most / step) + 1)
            xs = self.plot.c2p(np.column_stack([self.plot_x(np.array(
                [budget_for_penalty(self.loss, "l1", lam) for lam in lambdas])),
                np.full(len(lambdas), top)]))[:, 0]
            numbers = [pieces.label(pieces.format_number(lam), NUMBER_SIZE,
                                    theme.MUTED_TEXT_COLOR) for lam in lambdas]
            widths = np.array([n.width for n in numbers])
            if np.all(np.diff(xs) - (widths[1:] + widths[:-1]) / 2 >= LAMBDA_GAP):
                break
        self.show("lambda_row", {"lambda": lambdas.tolist(), "t": [
            budget_for_penalty(self.loss, "l1", lam) for lam in lambdas]})
        line = Line(self.plot.c2p(0.0, top), self.plot.c2p(self.start, top),
                    color=theme.AXES_COLOR, stroke_width=theme.AXES_STROKE)
        ticks, labels = VGroup(), VGroup()
        for x, number in zip(xs, numbers, strict=True):
            where = np.array([x, line.get_y(), 0.0])
            ticks.add(Line(where, where + LAMBDA_TICK * UP, color=theme.AXES_COLOR,
                           stroke_width=theme.AXES_STROKE))
            labels.add(number.next_to(where + LAMBDA_TICK * UP, UP, buff=0.05))
        name.next_to(labels, UP, buff=LAMBDA_NAME_GAP)
        name.align_to([self.plot_region.left, 0.0, 0.0], LEFT)
        return VGroup(line, ticks, labels, name)

    def penalty_pair(self) -> VGroup:
        """The budget of the closing note and its L1 penalty (``mathcore.penalty_form``)
        marked on the plot: a dashed line at that t from the t axis up to lambda's row,
        and beside it, under the plot's top, "t = 2 <-> lambda = 5" (for the defaults)."""
        low, high = self.plot.y_range[:2]
        x = self.plot_x(self.penalty_budget)
        line = DashedLine(self.plot.c2p(x, low), self.plot.c2p(x, high),
                          color=theme.TEXT_COLOR, stroke_width=PAIR_STROKE)
        words = pieces.label(text("path_pair", self.lang, t=f"{self.penalty_budget:.4g}",
                                  lam=f"{self.penalty:.4g}"), MARK_SIZE, theme.TEXT_COLOR)
        words.next_to(self.plot.c2p(x, high), DOWN + RIGHT, buff=PAIR_BUFF)
        return VGroup(line, words)

    # -- motion --------------------------------------------------------------------------
    def follow_budget(self) -> None:
        """The one updater: every moving part reads the budget t from the tracker."""
        budget = self.budget.get_value()
        for norm, path in self.paths.items():
            beta = path.beta_at(budget)
            self.balls[norm].set_radius(budget)
            self.contours[norm].show(level=float(self.loss.value(beta)))
            self.dots[norm].move_to(self.axes.c2p(*beta))
            self.dots[norm].set_color(pieces.optimum_color(beta))  # green with an exact 0
            self.rings[norm].move_to(self.dots[norm])
            self.traces[norm].show_until(budget, self.axes.c2p(*beta))
        for norm, index, curve in self.curves:
            beta = self.paths[norm].beta_at(budget)
            curve.show_until(budget, self.plot.c2p(self.plot_x(budget), beta[index]))
        low, high = self.plot.y_range[:2]
        self.cursor.put_start_and_end_on(self.plot.c2p(self.plot_x(budget), low),
                                         self.plot.c2p(self.plot_x(budget), high))
        for norm in NORMS:
            self.dash_contour(norm)
        self.place_curve_names(budget)
        center, opacity = self.cue_place(budget)
        self.cue.move_to(center).set_opacity(opacity)

    def place_curve_names(self, budget: float) -> None:
        """Each coefficient's name just right of the cursor (the curves' live ends), at the
        mean of its L1 and L2 values b*_i(t), pushed apart where two would touch and kept
        inside the plot's height."""
        x = self.plot.c2p(self.plot_x(budget), 0.0)[0] + CURVE_NAME_GAP
        values = np.mean([self.paths[norm].beta_at(budget) for norm in NORMS], axis=0)
        height = max(name.height for name in self.curve_names)
        low, high = (self.plot.c2p(0.0, y)[1] for y in self.plot.y_range[:2])
        ys = pieces.spread_positions(np.array([self.plot.c2p(0.0, v)[1] for v in values]),
                                     height + CURVE_NAME_GAP)
        ys = ys - max(0.0, ys.max() + height / 2 - high) + max(0.0, low - ys.min() + height / 2)
        for name, y in zip(self.curve_names, ys, strict=True):
            name.move_to([x + name.width / 2, y, 0.0])

    def dash_contour(self, norm: str) -> None:
        """The touching contour of ``norm`` (as cut to the window) dashed in the loss's
        colour, with dashes of a fixed length on screen (each norm its own dash)."""
        contour, (dash, ratio) = self.contours[norm], CONTOUR_DASH[norm]
        anchors = contour.get_anchors()
        length = float(np.sum(np.linalg.norm(np.diff(anchors, axis=0), axis=1))) \
            if len(anchors) >= 2 else 0.0
        count = max(2, int(length / dash)) if length >= dash else 0
        pieces.dash_in_place(self.dashes[norm], contour, count, ratio)

    def cue_place(self, budget: float) -> tuple[np.ndarray, float]:
        """Centre and opacity of the cue "t shrinks ->" at ``budget``: under the plot, its
        top level with the marked t values' numbers (``t_mark``), its left end
        ``CUE_GAP`` right of the widest of them centred on the cursor; it fades out as
        its right end nears the plot's right end (t = 0)."""
        cursor = self.plot.c2p(self.plot_x(budget), self.plot.y_range[0])
        top = cursor[1] - KNOT_MARK_LENGTH - MARK_BUFF
        center = np.array([cursor[0] + self.mark_reach + CUE_GAP + self.cue.width / 2,
                           top - self.cue.height / 2, 0.0])
        room = self.plot.c2p(self.start, 0.0)[0] - center[0] - self.cue.width / 2 - CUE_GAP
        return center, float(np.clip(room / CUE_FADE, 0.0, 1.0))

    def tell_story(self) -> None:
        """Both balls at t = T, then t shrinks to 0, slowing into each L1 knot and stopping
        there; at the end the note names the penalty form."""
        self.beat("path_start", start=f"{self.start:.4g}")
        self.knot_marks = VGroup()
        binding = self.paths["l2"].full_radius
        l2_binds_first = self.l2_binds_first
        self.build_callouts(l2_binds_first)
        free_l1 = self.callouts[0]
        self.play(Write(self.title), Create(self.axes), Create(self.window),
                  FadeIn(self.plane_labels), Create(self.plot), FadeIn(self.plot_labels),
                  FadeIn(self.curve_names),
                  run_time=1.5)
        # as the subtitle reads: c, then the two balls of one budget holding it, then the
        # line that says so and the legend of the contours that the sweep then draws
        self.play(FadeIn(self.center_dot), FadeIn(self.center_tag),
                  FadeIn(self.center_leader), run_time=0.6)
        self.wait_until_read(OPENING_BALLS_AT[self.lang])
        self.add(self.full_balls)
        self.play(*[FadeIn(ball) for ball in self.balls.values()],
                  *[FadeIn(ring) for ring in self.rings.values()],
                  *[FadeIn(dot) for dot in self.dots.values()], run_time=1.0)
        self.wait_until_read(f"t = {self.start:.4g}")
        self.play(FadeIn(free_l1), FadeIn(self.legend), run_time=0.6)
        moving = self.drive(self.follow_budget, *self.balls.values(), *self.dashes.values(),
                            *self.traces.values(),
                            *[c for _, _, c in self.curves], self.cursor, *self.rings.values(),
                            # the L1 optimum on top where the two meet: its knots are the story
                            self.dots["l2"], self.dots["l1"], self.cue, self.curve_names)
        self.beat("path_shrink", binding=pieces.format_coefficient(binding))
        if l2_binds_first:
            self.play(self.budget.animate.set_value(binding),
                      run_time=OPENING_SWEEP_SECONDS, rate_func=linear)
            # the circle binds from here down: above it c lies inside and L2's optimum is c
            self.show("binding_budget", binding)
            free_l2 = self.callouts[1]
            self.binding_mark = self.t_mark(binding, theme.L2_COLOR)
            self.play(FadeIn(free_l2), FadeIn(self.binding_mark), run_time=BINDING_SECONDS)
        for knot, callout in zip(self.knots, self.callouts[len(self.callouts)
                                                           - len(self.knots):], strict=True):
            self.knot_beat(knot, callout)
        self.beat(f"path_end_{self.story['l2']}", end=f"{self.end:.4g}", **self.l2_fields())
        self.play(self.budget.animate.set_value(self.end), run_time=TO_END_SECONDS,
                  rate_func=linear)
        self.stop_driving(moving, self.follow_budget)
        # the status lines go, then the notes come in their place (never over each other)
        self.play(FadeOut(self.callouts), FadeOut(self.cue), run_time=1.0)
        self.beat("path_zoom", factor=self.zoom_factor, end=f"{self.end:.4g}")
        self.play(FadeIn(self.zoom_source), run_time=0.5)
        self.play(FadeIn(self.zoom), FadeIn(self.notes[:-1]), run_time=ZOOM_FADE)
        self.wait(ZOOM_STILL)
        # the penalty form comes in with its words: lambda along the plot's top (what it
        # is, named there), then the arrow under the t axis that says which way it grows
        self.beat("path_names")
        self.play(FadeIn(self.notes[-1]), run_time=1.0)
        self.play(FadeIn(self.lambda_row, shift=0.15 * DOWN), run_time=1.2)
        self.play(Create(self.pair_mark[0]), FadeIn(self.pair_mark[1]), run_time=1.0)
        self.play(FadeIn(self.penalty_arrow[0]), GrowArrow(self.penalty_arrow[1]),
                  run_time=1.2)

    def l2_fields(self) -> dict[str, str]:
        """The L2 path's first crossing of 0 (its coefficient, a plain digit, and its t)
        for the sentences that name it; none without a crossing."""
        if self.l2_crossing is None:
            return {}
        feature, budget = self.l2_crossing
        return {"l2_index": str(feature + 1), "l2_t": pieces.format_coefficient(budget)}

    def knot_beat(self, knot: BudgetEvent, callout: VGroup) -> None:
        """The sweep slows into an L1 knot and stops on it: the optimum is on the axis
        there (exactly 0 at the knot: green) and flashes green, landing at a drop, about
        to leave at a revival.  The exact t is written above the plot and marked on its t
        axis, then a still."""
        radius = pieces.format_coefficient(knot.radius)
        # (subtitles are drawn by the player: a plain digit, no subscript)
        if knot.action == "zeroed":
            until = self.until[knot]
            key = "path_drop" if until is None else "path_drop_until"
            fields = {} if until is None else {"until": pieces.format_coefficient(until.radius)}
        else:
            key, fields = "path_revive", {}
        self.beat(key, index=knot.feature + 1, radius=radius, **fields)
        # slow into the knot and stop exactly on it (the tracker ends on its radius)
        self.play(self.budget.animate.set_value(knot.radius),
                  run_time=INTO_KNOT_SECONDS, rate_func=rate_functions.ease_out_cubic)
        self.show_next("knot_numbers", radius)
        mark = self.t_mark(knot.radius, theme.L1_COLOR)
        ring = Circle(radius=FLASH_RADIUS, stroke_color=theme.ZERO_COLOR,
                      stroke_width=FLASH_STROKE).move_to(self.dots["l1"])
        self.play(Succession(GrowFromCenter(ring, run_time=FLASH_GROW), Wait(FLASH_HOLD),
                             FadeOut(ring, run_time=FLASH_FADE)),
                  FadeIn(callout), FadeIn(mark), run_time=KNOT_FLASH_SECONDS)
        self.wait(KNOT_STILL_SECONDS)
        self.knot_marks.add(mark)

    def build_zoom(self) -> tuple[VGroup, VMobject]:
        """The zoom at the sweep's end (``zoom_view``): the square around the midpoint of
        both optima b*_1(t), b*_2(t) at t = end, magnified a whole number of times (the
        largest that keeps ``ZOOM_ROOM`` times their distance on each side), in the
        window's corner opposite c: both balls of radius t, both touching contours dashed
        as on the plane, both optima ringed, its factor named inside its frame; and the
        square it shows, marked on the plane."""
        betas = {norm: self.paths[norm].beta_at(self.end) for norm in NORMS}
        centre = (betas["l1"] + betas["l2"]) / 2
        reach = float(self.axes.x_range[1])
        per_unit = self.axes.x_length / (2 * reach)
        side = ZOOM_SHARE * self.window.width
        wanted = max(ZOOM_ROOM * float(np.linalg.norm(betas["l1"] - betas["l2"])),
                     ZOOM_LEAST * self.end)
        self.zoom_factor = max(2, int(side / (2 * wanted * per_unit)))
        half = side / (2 * self.zoom_factor * per_unit)
        self.show("zoom", {"factor": self.zoom_factor, "half_width": half,
                           "centre": centre.tolist()})
        levels = {norm: float(self.loss.value(beta)) for norm, beta in betas.items()}
        view = zoom_view(self.axes, reach, centre, half, "l1", self.end, self.loss,
                         levels["l1"])
        zoom = self.plane("zoom", view.axes)
        body = VGroup(view.frame, zoom, view.body[2], pieces.BallWindow(zoom, "l2", self.end))
        scale = side / view.frame.width
        corner = -np.sign(np.append(self.loss.center, 0.0))
        corner[corner == 0.0] = -1.0
        body.scale(scale).move_to(self.window.get_corner(corner)
                                  - corner * (side / 2 + ZOOM_INSET))
        (x0, x1), (y0, y1) = zoom.x_range[:2], zoom.y_range[:2]
        body.add(*[Line(zoom.c2p(*a), zoom.c2p(*b), color=theme.AXES_COLOR,
                        stroke_width=theme.AXES_STROKE)  # the plane's axes where they pass
                   for a, b, inside in (((x0, 0.0), (x1, 0.0), y0 < 0.0 < y1),
                                        ((0.0, y0), (0.0, y1), x0 < 0.0 < x1)) if inside])
        dashed = VGroup()
        for norm in NORMS:  # (built on the view as it now stands: cut at its box)
            contour = pieces.LossContour(zoom, self.loss, levels[norm], clip_to_axes=True)
            dataclasses.replace(view, contour=contour).keep_contour_inside(scale)
            dash, ratio = CONTOUR_DASH[norm]
            anchors = contour.get_anchors()
            length = float(np.sum(np.linalg.norm(np.diff(anchors, axis=0), axis=1))) \
                if len(anchors) >= 2 else 0.0
            if length >= dash:
                dashed.add(DashedVMobject(contour, num_dashes=int(length / dash),
                                          dashed_ratio=ratio))
        marks = VGroup()
        for norm in ("l2", "l1"):  # (the L1 optimum on top, as on the plane)
            where = zoom.c2p(*betas[norm])
            marks.add(Circle(radius=RING_RADIUS[norm], stroke_width=RING_STROKE,
                             stroke_color=theme.NORM_COLORS[norm]).move_to(where),
                      Dot(where, radius=theme.DOT_RADIUS,
                          color=pieces.optimum_color(betas[norm])))
        name = pieces.label(text("path_zoom_name", self.lang, factor=self.zoom_factor),
                            theme.SMALL_SIZE, theme.TEXT_COLOR)
        name.align_to(view.frame, UL).shift(ZOOM_NAME_BUFF * (RIGHT + DOWN))
        self.zoom_parts = {"frame": view.frame, "axes": zoom, "name": name, "marks": marks}
        # on a box of the background: the arcs and dashes pass under it, not through it
        plate = pieces.backed(name, ZOOM_NAME_PAD)
        return VGroup(body, dashed, marks, plate).set_z_index(2), view.source

    def contour_legend(self) -> VGroup:
        """One row above the plot naming the touching contours: for each norm a sample of
        its dash (in the loss's colour) and its name."""
        row = VGroup()
        for norm in NORMS:
            dash, ratio = CONTOUR_DASH[norm]
            sample = DashedVMobject(Line(ORIGIN, LEGEND_SAMPLE * RIGHT, color=theme.LOSS_COLOR,
                                         stroke_width=theme.CONTOUR_STROKE),
                                    num_dashes=max(2, int(LEGEND_SAMPLE / dash)),
                                    dashed_ratio=ratio)
            name = pieces.label(text(f"path_contour_{norm}", self.lang), theme.SMALL_SIZE,
                                theme.LOSS_COLOR)
            row.add(VGroup(sample, name).arrange(RIGHT, buff=LEGEND_GAP))
        row.arrange(RIGHT, buff=LEGEND_SPACE)
        return pieces.fit_into(row, self.plot_region.width)

    def build_callouts(self, l2_binds_first: bool) -> None:
        """The status lines above the plot, in the order they appear (the oldest at the
        top, read downwards): L1's optimum is c down to ||c||_1; L2's down to ||c||_2 (when
        the circle binds before the first knot); each knot's exact zero.  The block ends
        just above the legend."""
        lines = [(text("path_free_l1", self.lang,
                       radius=f"{self.paths['l1'].full_radius:.4g}"), theme.L1_COLOR)]
        if l2_binds_first:
            lines.append((text("path_free_l2", self.lang, radius=pieces.format_coefficient(
                self.paths["l2"].full_radius)), theme.L2_COLOR))
        lines += [(self.knot_words(knot), theme.L1_COLOR) for knot in self.knots]
        self.callouts = VGroup(*[
            pieces.fit_into(pieces.label(words, theme.SMALL_SIZE, color),
                            self.plot_region.width) for words, color in lines])
        self.callouts.arrange(DOWN, aligned_edge=LEFT, buff=0.1)
        self.callouts.next_to(self.legend, UP, buff=ABOVE_LEGEND)
        self.callouts.align_to([self.plot_region.left, 0.0, 0.0], LEFT)

    def knot_words(self, knot: BudgetEvent) -> str:
        """The status line of an L1 knot: a drop that stays 0 "from t down", one that comes
        back with its range of t, a revival "non-zero again below t"."""
        fields = {"index": pieces.subscript(knot.feature + 1),
                  "radius": pieces.format_coefficient(knot.radius)}
        if knot.action == "revived":
            return text("path_revived", self.lang, **fields)
        until = self.until[knot]
        if until is None:
            return text("path_zeroed", self.lang, **fields)
        return text("path_zeroed_until", self.lang, until=pieces.format_coefficient(
            until.radius), **fields)

    def place_mark_numbers(self) -> dict[float, float]:
        """The x of each marked t's number (where the circle binds, if the sweep pauses
        there, and each knot): under its mark, pushed apart (``spread_positions``) where two
        would touch.  Also ``mark_reach``: how far right of its t a number reaches, the
        most of them (the cue rides clear of it)."""
        budgets = [self.paths["l2"].full_radius] if self.l2_binds_first else []
        budgets += [knot.radius for knot in self.knots]
        widths = np.array([pieces.label(pieces.format_coefficient(t), MARK_SIZE).width
                           for t in budgets])
        xs = np.array([self.plot.c2p(self.plot_x(t), 0.0)[0] for t in budgets])
        placed = pieces.spread_positions(xs, widths.max() + MARK_GAP)
        self.mark_reach = float(np.max(placed - xs + widths / 2))
        return dict(zip(budgets, placed, strict=True))

    def t_mark(self, budget: float, color: str) -> VGroup:
        """A mark under the plot's t axis at ``budget``, with its number in the row below
        the tick numbers (at its place: ``place_mark_numbers``)."""
        bottom = self.plot.c2p(self.plot_x(budget), self.plot.y_range[0])
        mark = VGroup(Line(bottom, bottom + KNOT_MARK_LENGTH * DOWN, color=color,
                           stroke_width=2),
                      pieces.label(pieces.format_coefficient(budget), MARK_SIZE,
                                   color))
        mark[1].next_to(mark[0], DOWN, buff=MARK_BUFF).set_x(self.mark_places[budget])
        return mark

    def final_notes(self) -> VGroup:
        """What each path did and the names of the two penalties, arranged (placed above
        the plot once it is built)."""
        if not self.drops:
            l1 = text("path_note_l1_none", self.lang, end=f"{self.end:.4g}")
        elif self.until[self.drops[0]] is None:
            l1 = text("path_note_l1", self.lang, index=pieces.subscript(
                self.drops[0].feature + 1), radius=pieces.format_coefficient(self.drops[0].radius))
        else:
            l1 = self.knot_words(self.drops[0])
        l2_fields = self.l2_fields()
        if l2_fields:
            l2_fields["l2_index"] = pieces.subscript(self.l2_crossing[0] + 1)
        notes = VGroup(
            pieces.label(l1, theme.SMALL_SIZE, theme.L1_COLOR),  # the first drop, if any
            pieces.label(text(f"path_note_l2_{self.story['l2']}", self.lang, **l2_fields),
                         theme.SMALL_SIZE, theme.L2_COLOR),
            pieces.label(text("path_note_names", self.lang,
                              t=f"{self.penalty_budget:.4g}", lam=f"{self.penalty:.4g}"),
                         theme.SMALL_SIZE, theme.TEXT_COLOR))
        for note in notes:
            pieces.fit_into(note, self.plot_region.width)
        return notes.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
