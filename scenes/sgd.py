"""Minibatch SGD with an L1 and an L2 penalty.

The claim under test: L2 is the more stable penalty under minibatch noise because its
slope 2b changes smoothly while L1's, sign(b), jumps at 0.  The video shows two cases: one
where the jump at 0 never acts and L1 still spreads more (for another reason), and one
where it does act.  (Least squares against ridge on minibatches, exact refits rather than
SGD, is its own video: ``scenes/ols_ridge.py``.)

First the two slopes (a recap of the penalty video), short and moving: beta sweeps from
-1.2 to 1.2 with a dot on each slope curve; sign(b) jumps from -1 to +1 as beta crosses 0
while 2b passes smoothly through 0 (the read-outs give both).  Then SGD at rho = 0.99
(``mathcore.sgd.sgd_trajectories``: batches of 100, step size 0.05, 3,000 steps from
b = 0, penalties matched as in the stability video): three panels, one per method, L1
subgradient SGD (orange), L1 proximal SGD (light orange: an L1 colour; its own panel,
since here it takes the same steps) and L2 SGD (blue), the coefficient traces drawn step
by step under a cursor, with the exact optima dashed and the bands named beta1 and beta2
beside the plot at mathcore's optima (one name over both where they run together), and
under each panel its live counters (sign flips of beta1 and beta2; steps at 0), counted
from step 1 to the cursor.  Here no iterate ever reaches
0, so the jump at 0 never acts (the counters stay at 0 and the two L1 methods take the
same steps); what differs is the pull back: away from 0 the L1 slope is a constant, so
only the loss pulls an iterate back, and at rho = 0.99 it hardly does along b1 - b2
(curvature 1 - rho), while L2's 2b adds a pull in every direction (told in the subtitle).
The spread beat shows a large read-out of mathcore's mean distance to the optimum after
the burn-in (the steps after the first half) for L1 and L2, and each panel's sds.  The
subtitle of the run says what to watch (the counters).

Then "where a weight should be 0": y = x1 + e with x2 correlated with x1 at rho = 0.5
(``sgd_trajectories(..., weights=(1, 0))``: same batches of 100, step size 0.05, seed,
600 steps, penalties matched the same way), whose full-data lasso optimum has b2* = 0
exactly.  Three rows, one per method, show b2 on one zoomed y range (-0.1 to 0.2) under a
cursor: the subgradient b2 chatters across 0 and flips sign, the proximal b2 lands on
exactly 0 and stays (green where mathcore's b2 is exactly 0: the colour of an exact 0),
the ridge b2 settles smoothly at its small optimum, of one sign.  Beside each row two
large lines: the method, and one live counter line (mathcore's sign changes of b2 and
steps with b2 exactly 0, from step 1 to the cursor).  The setup line (y = x1 + noise,
rho = 0.5, true b2 = 0, 600 steps) stays on screen into the closing beat, which adds the
verdict: the flips come from the subgradient step, the proximal step holds b2 at 0, L2 is
smooth but biased (its b2*, 0.136, against the true 0).

In the zero beat the dashed b2* = 0 of the lasso (also the true weight) is green, the
colour of an exact 0 (and as wide as the proximal row's green marks, over the axis); the
proximal row has no dashed line (its green marks lie on 0); ridge's b2* is dashed yellow,
the colour of an optimum with no zero.  The settings line names both.

Trackers: ``slope_beta`` (beta of the slopes beat), ``step`` (the SGD steps drawn so far,
0 outside the run) and ``zero_step`` (the same for the zero beat); the counters' values
are recorded as trackers too (``sub_flips1`` ... ``l2_zeros``, ``zero_sub_flips`` ...
``zero_l2_zeros``).

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
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    VGroup,
    VMobject,
    Write,
    linear,
)

from mathcore.penalties import l1_subgradient, l2_gradient
from mathcore.sgd import METHODS, sgd_trajectories
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import STRINGS, format_count, text

RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED = 0.99, 100, 3000, 0.05, 0
#: Where a weight should be 0: y = x1 + e, x2 correlated with x1 at ZERO_RHO (same batches,
#: step size and seed; penalties matched the same way).
ZERO_RHO, ZERO_WEIGHTS, ZERO_STEPS = 0.5, (1.0, 0.0), 600
#: The zoomed y range of the zero beat's traces (all three rows on one scale).
ZERO_RANGE = (-0.1, 0.2)
ZERO_SWEEP_SECONDS = 9.0
ZERO_LABEL_WIDTH, ZERO_ROW_GAP = 4.3, 0.12
#: The gap between the lines of text beside each row.
ZERO_LINE_GAP = 0.07
#: The band above the rows: two lines of settings, later five: what the counts cover, the
#: mechanism of each method, and ridge's bias.
ZERO_TEXT_BAND = 1.45
#: The proximal L1 trace: a light orange (L1, told apart from the subgradient's orange),
#: in its own panel (it takes the same steps as the subgradient trace in the run).
PROX_COLOR = "#F7C98D"
#: The rows of the zero beat: (method, short name, trace colour).
ZERO_ROWS = (("l1_subgradient", "sub", theme.L1_COLOR),
             ("l1_proximal", "prox", PROX_COLOR),
             ("l2", "l2", theme.L2_COLOR))
SWEEP_SECONDS = 9.5
#: The run's panels: (name, the methods drawn in it, its colour).
PANELS = (("l1", "l1_subgradient", theme.L1_COLOR), ("prox", "l1_proximal", PROX_COLOR),
          ("l2", "l2", theme.L2_COLOR))
SLOPE_SPAN = 1.5
#: The slopes beat: beta sweeps from -SLOPE_SWEEP to SLOPE_SWEEP in SLOPE_SECONDS, a dot on
#: each slope curve at beta.
SLOPE_SWEEP, SLOPE_SECONDS, SLOPE_DOT = 1.2, 3.6, 0.09
TRACE_TOP = 0.7
HEADER, NUMBER_ROOM = 0.45, 0.4
#: Room above a plot for the y axis's name, under the header.
AXIS_NAME_TOP = 0.3
CLOUD_DOT = 0.035
#: The counters recorded per frame: (method, name in the timeline).
COUNTER_TRACKERS = {method: (f"{short}_flips1", f"{short}_flips2", f"{short}_zeros")
                    for method, short in zip(METHODS, ("sub", "prox", "l2"), strict=True)}
#: The zero beat's counters of b2 per frame: (method, (flips tracker, zeros tracker)).
ZERO_TRACKERS = {method: (f"zero_{short}_flips", f"zero_{short}_zeros")
                 for method, short, _ in ZERO_ROWS}


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


def trace(axes, values: np.ndarray, color: str, width: float) -> pieces.CurveReveal:
    """One coefficient over the steps, from b = 0 at step 0, revealed by step."""
    steps = np.arange(len(values) + 1, dtype=float)
    points = axes.c2p(np.column_stack([steps, np.concatenate([[0.0], values])]))
    return pieces.CurveReveal(points, steps, increasing=True, stroke_color=color,
                              stroke_width=width)


class MinibatchSGD(NormvizScene):
    """SGD traces under L1 and L2, and where a weight should be 0."""

    def construct(self) -> None:
        self.step = self.tracker("step", 0)
        self.slope_beta = self.tracker("slope_beta", -SLOPE_SWEEP)
        self.counter_values = {name: self.tracker(name, 0) for names in
                               COUNTER_TRACKERS.values() for name in names}
        self.zero_step = self.tracker("zero_step", 0)
        self.zero_values = {name: self.tracker(name, 0) for names in ZERO_TRACKERS.values()
                            for name in names}
        self.run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
        self.zero_run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED,
                                          ZERO_WEIGHTS)
        # the spread beat's subtitle says that no iterate came back to 0
        assert all(self.run.zero_steps(m) == 0 and not self.run.sign_flips(m, 0).any()
                   for m in METHODS), "sub_sgd_spread no longer describes this run"
        zero = self.zero_run
        # the zero beat's subtitles describe this run: the lasso's b2* is exactly
        # 0, the subgradient b2 flips sign and is never 0, the proximal b2 sits at 0, the
        # ridge b2 keeps one sign
        assert zero.optima["l1_proximal"][1] == 0.0 and zero.optima["l2"][1] != 0.0
        assert zero.sign_flips("l1_subgradient")[1] > 0
        assert zero.zero_steps("l1_subgradient", coefficient=1) == 0
        assert zero.zero_share("l1_proximal", coefficient=1) > 0.5
        assert zero.sign_flips("l2", 0)[1] == 0 and zero.zero_steps("l2", coefficient=1) == 0
        self.show("sgd", self.run.summary())
        self.show("sgd_zero", {**zero.summary(),
                               "b2_sd": {m: float(zero.spread(m)[1]) for m in METHODS},
                               "b2_zero_share": {m: zero.zero_share(m, coefficient=1)
                                                 for m in METHODS},
                               "alpha": zero.alpha, "step_times_alpha":
                               zero.step_size * zero.alpha})
        self.title = pieces.title(text("sgd_title", self.lang))
        self.slopes()
        self.sgd_run()
        self.zero_weight()

    # -- beat 1: the two slopes ----------------------------------------------------------
    def slope_readout(self) -> None:
        """The slopes beat's updater: the dots on both slope curves and the read-outs at
        the tracker's beta."""
        beta, axes = self.slope_beta.get_value(), self.planes_slopes
        l1, l2 = float(l1_subgradient(np.array(beta))), float(l2_gradient(np.array(beta)))
        self.slope_dots[0].move_to(axes.c2p(beta, l1))
        self.slope_dots[1].move_to(axes.c2p(beta, l2))
        values = {"beta": signed(beta), "l1": signed(l1, 0), "l2": signed(l2)}
        for line, order in self.slope_lines:
            line.set_fields(*[values[name] for name in order])

    def slopes(self) -> None:
        left, right = layout.stage().split_left(5.2)
        square = left.shrink(left=NUMBER_ROOM, bottom=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM)
        size = min(square.width, square.height)
        axes = self.plane("slopes", pieces.coefficient_axes(
            (-SLOPE_SPAN, SLOPE_SPAN), (-2 * SLOPE_SPAN, 2 * SLOPE_SPAN), size, size))
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
        keys = VGroup(pieces.label("sign(β)", theme.SMALL_SIZE, theme.L1_COLOR)
                      .next_to(axes.c2p(1.0, 1.0), UP, buff=0.12),
                      pieces.label("2β", theme.SMALL_SIZE, theme.L2_COLOR)
                      .next_to(axes.c2p(1.3, 2.6), LEFT, buff=0.15))
        frame = VGroup(axes, pieces.tick_numbers(axes, (-1.0, 0.0, 1.0), (-2.0, 0.0, 2.0)),
                       pieces.axis_labels(axes, "β", "β")[0])
        # the read-outs: beta, then the slope of each penalty at beta, live
        widest = {"beta": "−0.00", "l1": "−0", "l2": "−0.00"}
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

    # -- beat 2: the SGD traces ----------------------------------------------------------
    def band_names(self, axes, optimum) -> VGroup:
        """The names of the two traces of a panel at their optima (mathcore's): right of
        the plot, one per band, or one name over both where the bands run together."""
        rows = [axes.c2p(STEPS, value)[1] for value in optimum]
        names = [pieces.label(f"β{'₁₂'[j]}", theme.SMALL_SIZE, theme.TEXT_COLOR)
                 for j in range(2)]
        if abs(rows[0] - rows[1]) >= 1.2 * names[0].height:
            for name, value in zip(names, optimum, strict=True):
                name.next_to(axes.c2p(STEPS, value), RIGHT, buff=0.08)
            return VGroup(*names)
        both = pieces.label("β₁, β₂", theme.SMALL_SIZE, theme.TEXT_COLOR)
        top = max(optimum) + 0.5 * (TRACE_TOP - max(optimum))
        return VGroup(both.move_to(axes.c2p(0.8 * STEPS, top)))

    def build_traces(self) -> None:
        area = layout.stage()
        self.settings_band, area = area.split_top(2 * layout.CAPTION_LINE)
        settings_band = self.settings_band
        self.settings = settings_band.place(pieces.label(
            text("sgd_settings", self.lang, rho=RHO, size=BATCH_SIZE, step=STEP_SIZE,
                 steps=format_count(STEPS, self.lang)),
            theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR))
        assert settings_band.fits(self.settings, slack=0.01), "sgd_settings does not fit"
        self.panels, self.traces, self.optima = {}, {}, VGroup()
        for (norm, method, color), column in zip(PANELS, area.columns(3), strict=True):
            header_band, rest = column.split_top(HEADER)
            box, counter_band = rest.split_bottom(3 * layout.CAPTION_LINE)
            box = box.shrink(left=NUMBER_ROOM, bottom=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM,
                             top=AXIS_NAME_TOP)
            axes = self.plane(norm, pieces.coefficient_axes((0, STEPS), (0, TRACE_TOP),
                                                            box.width, box.height))
            box.place(axes)
            header = header_band.place(pieces.fit_into(pieces.label(
                text(f"sgd_{norm}_header", self.lang), theme.SMALL_SIZE, color),
                column.width))
            optimum = self.run.optima[method]
            frame = VGroup(axes, pieces.tick_numbers(axes, (0, STEPS // 2, STEPS),
                                                     (0.0, 0.5)),
                           pieces.axis_labels(axes, text("sgd_step_axis", self.lang), "β"),
                           self.band_names(axes, optimum))
            assert column.fits(frame[-1], slack=0.01), f"the names of {norm}'s bands"
            self.panels[norm] = {"axes": axes, "header": header, "frame": frame,
                                 "counters": counter_band, "names": frame[-1]}
            self.traces[method] = [trace(axes, self.run.iterates[method][:, j], color,
                                         theme.PATH_STROKE) for j in range(2)]
            for value in optimum:
                self.optima.add(DashedLine(axes.c2p(0, value), axes.c2p(STEPS, value),
                                           color=theme.SOLUTION_COLOR, stroke_width=2,
                                           dash_length=0.08))
        self.cursors = {norm: DashedLine(panel["axes"].c2p(0, 0),
                                         panel["axes"].c2p(0, TRACE_TOP),
                                         color=theme.MUTED_TEXT_COLOR, stroke_width=2)
                        for norm, panel in self.panels.items()}
        # under each panel its method's counters: the sign flips, then the steps at 0
        self.counters, self.zero_counters = {}, {}
        for norm, method, color in PANELS:
            band = self.panels[norm]["counters"]
            widest = {"flips1": "00", "flips2": "00", "zeros": "0,000"}
            for row, (key, lines) in enumerate((("sgd_counter", self.counters),
                                                ("sgd_counter_zeros", self.zero_counters))):
                size = theme.SMALL_SIZE * min(1.0, (band.width - 0.1) / live_line(
                    key, self.lang, widest, theme.SMALL_SIZE, color)[0].width)
                line, order = live_line(key, self.lang, {"flips1": "0", "flips2": "0",
                                                         "zeros": "0"}, size, color)
                line.align_to([band.left + 0.1, band.top - row * layout.CAPTION_LINE, 0.0],
                              UP + LEFT)
                lines[method] = (line, order)
        band = self.panels["l2"]["counters"]
        total = format_count(STEPS, self.lang)
        size = theme.SMALL_SIZE * min(1.0, (band.width - 0.1) / live_line(
            "sgd_step_counter", self.lang, {"step": total, "steps": total}, theme.SMALL_SIZE,
            theme.TEXT_COLOR)[0].width)
        self.step_line, self.step_order = live_line("sgd_step_counter", self.lang,
                                                    {"step": "0", "steps": total}, size,
                                                    theme.TEXT_COLOR)
        self.step_line.align_to([band.left + 0.1, band.top - 2 * layout.CAPTION_LINE, 0.0],
                                UP + LEFT)

    def follow(self) -> None:
        """The one updater of the run: traces, cursors and counters at the step tracker."""
        k = int(np.floor(self.step.get_value() + 1e-9))
        for method, curves in self.traces.items():
            for curve in curves:
                curve.show_until(k, curve.all_points[k])
            flips = self.run.sign_flips(method, 0, k) if k else np.zeros(2, dtype=int)
            zeros = self.run.zero_steps(method, 0, k)
            values = {"flips1": str(int(flips[0])), "flips2": str(int(flips[1])),
                      "zeros": format_count(zeros, self.lang)}
            for line, order in (self.counters[method], self.zero_counters[method]):
                line.set_fields(*[values[name] for name in order])
            for tracker, value in zip(COUNTER_TRACKERS[method], (flips[0], flips[1], zeros),
                                      strict=True):
                self.counter_values[tracker].set_value(float(value))
        self.step_line.set_fields(*[{"step": format_count(k, self.lang),
                                     "steps": format_count(STEPS, self.lang)}[name]
                                    for name in self.step_order])
        for norm, cursor in self.cursors.items():
            axes = self.panels[norm]["axes"]
            cursor.put_start_and_end_on(axes.c2p(k, 0), axes.c2p(k, TRACE_TOP))

    def sgd_run(self) -> None:
        self.build_traces()
        self.beat("sgd_run", rho=RHO, size=BATCH_SIZE, step=STEP_SIZE)
        self.play(FadeOut(self.leftovers), FadeIn(self.settings), *[FadeIn(p["frame"], p["header"])
                                           for p in self.panels.values()],
                  Create(self.optima), run_time=1.2)
        moving_parts = [c for curves in self.traces.values() for c in curves]
        counters = [line for lines in (self.counters, self.zero_counters)
                    for line, _ in lines.values()]
        moving = self.drive(self.follow, *moving_parts, *self.cursors.values(), *counters,
                            self.step_line)
        self.wait(0.5)
        self.play(self.step.animate.set_value(STEPS), run_time=SWEEP_SECONDS, rate_func=linear)
        self.stop_driving(moving, self.follow)
        self.wait(0.5)
        # the spread after the burn-in, and why
        self.beat("sgd_spread", burn=format_count(self.run.burn_in, self.lang))
        spreads = VGroup()
        for norm, method, color in PANELS:
            panel = self.panels[norm]
            sd = self.run.spread(method)
            line = pieces.label(text("sgd_spread", self.lang,
                                     burn=format_count(self.run.burn_in, self.lang),
                                     sd1=f"{sd[0]:.3f}", sd2=f"{sd[1]:.3f}"),
                                theme.SMALL_SIZE, color)
            band = panel["counters"]
            assert line.width <= band.width - 0.1, f"sgd_spread ({norm}) does not fit"
            line.align_to([band.left + 0.1, band.top - 2 * layout.CAPTION_LINE, 0.0],
                          UP + LEFT)
            spreads.add(line)
        # the read-out: the mean distance to the optimum after the burn-in, large
        band = self.settings_band
        burn = format_count(self.run.burn_in, self.lang)
        why = VGroup(pieces.label(text("sgd_spread_head", self.lang, burn=burn),
                                  theme.BODY_SIZE, theme.TEXT_COLOR),
                     *[pieces.label(text("sgd_spread_value", self.lang, norm=norm.upper(),
                                         dist=f"{self.run.mean_distance(method):.3f}"),
                                    theme.BODY_SIZE, theme.NORM_COLORS[norm])
                       for method, norm in (("l1_subgradient", "l1"), ("l2", "l2"))])
        why.arrange(RIGHT, buff=0.35)
        assert why.width <= band.width, "the spread read-out does not fit"
        band.place(why).align_to([band.left, 0.0, 0.0], LEFT)
        # (the sd of the L2 panel takes the step line's place)
        self.play(FadeOut(self.settings), *[FadeOut(c) for c in self.cursors.values()],
                  FadeOut(self.step_line), run_time=0.5)
        self.play(FadeIn(spreads), FadeIn(why), run_time=0.8)
        self.run_why = why
        self.step.set_value(0)
        everything = VGroup(*[VGroup(p["frame"], p["header"])
                                             for p in self.panels.values()],
                            self.optima, *moving_parts, *counters, spreads, why)
        # faded out as the next beat starts: no empty picture while a subtitle is read
        self.leftovers = everything

    # -- beat 3: where a weight should be 0 ----------------------------------------------
    def build_zero(self) -> None:
        run, lang = self.zero_run, self.lang
        area = layout.stage()
        # the settings (two lines), later the mechanism (three lines) in their place
        self.zero_band, area = area.split_top(ZERO_TEXT_BAND, gap=0.1)
        settings_band = self.zero_band
        # the setup (kept through the next beat), then what the dashed lines are
        self.zero_settings = VGroup(*[pieces.label(
            text(key, lang, rho=ZERO_RHO, w2=pieces.format_number(ZERO_WEIGHTS[1]),
                 steps=format_count(ZERO_STEPS, lang)), theme.SMALL_SIZE,
            theme.MUTED_TEXT_COLOR) for key in ("sgd_zero_setup", "sgd_zero_settings")])
        self.zero_settings.arrange(DOWN, aligned_edge=LEFT, buff=ZERO_LINE_GAP)
        self.zero_settings.align_to([settings_band.left, settings_band.top, 0.0], UP + LEFT)
        assert settings_band.fits(self.zero_settings, slack=0.01), \
            "sgd_zero_settings does not fit"
        area, _ = area.split_bottom(NUMBER_ROOM)
        height = (area.height - 2 * ZERO_ROW_GAP) / 3
        self.zero_rows = {}
        parts, optima = VGroup(), VGroup()
        for k, (method, short, color) in enumerate(ZERO_ROWS):
            row = layout.Region(area.left, area.right, area.top - k * (height + ZERO_ROW_GAP)
                                - height, area.top - k * (height + ZERO_ROW_GAP))
            label_column, plot = row.split_left(ZERO_LABEL_WIDTH)
            plot = plot.shrink(left=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM, top=0.05,
                               bottom=0.05)
            axes = self.plane(f"zero_{short}", pieces.coefficient_axes(
                (0, ZERO_STEPS), ZERO_RANGE, plot.width, plot.height))
            plot.place(axes)
            last = k == len(ZERO_ROWS) - 1
            frame = VGroup(axes, pieces.tick_numbers(
                axes, (0, ZERO_STEPS // 2, ZERO_STEPS) if last else (), (0.0, 0.1)))
            if last:
                # between the tick numbers 300 and 600, under the axis
                frame.add(pieces.label(text("sgd_step_axis", lang), theme.SMALL_SIZE * 0.8,
                                       theme.MUTED_TEXT_COLOR)
                          .next_to(axes.c2p(0.75 * ZERO_STEPS, ZERO_RANGE[0]), DOWN,
                                   buff=0.12))
            # header and one counter line, one font size, stacked
            widest = live_line("sgd_zero_counter", lang, {"flips": "000", "zeros": "000"},
                               theme.BODY_SIZE, color)[0]
            size = theme.BODY_SIZE * min(1.0, label_column.width / widest.width)
            for _ in range(3):  # smaller until the two lines fit the row's height
                header = pieces.fit_into(pieces.label(
                    text(f"sgd_zero_{short}_header", lang), size, color), label_column.width)
                counter, order = live_line("sgd_zero_counter", lang,
                                           {"flips": "0", "zeros": "0"}, size, color)
                lines = [counter]
                stack = VGroup(header, *lines).arrange(DOWN, aligned_edge=LEFT,
                                                       buff=ZERO_LINE_GAP)
                if stack.height <= label_column.height:
                    break
                size *= 0.98 * label_column.height / stack.height
            stack.align_to([label_column.left, label_column.top, 0.0], UP + LEFT)
            assert label_column.fits(stack, slack=0.01), f"the texts beside {method} do not fit"
            optimum = run.optima[method][1]
            # the lasso's b2* is exactly 0 (and the true weight): dashed in the colour of an
            # exact 0; ridge's b2* is not 0: dashed in the colour of an optimum.  The proximal
            # row has none: its green marks of exact zeros lie on that line.
            if method != "l1_proximal":
                # (the exact 0 as wide as the proximal row's green marks: it lies on the
                # axis, and a thin green dash over it would read as grey)
                optima.add(DashedLine(axes.c2p(0, optimum), axes.c2p(ZERO_STEPS, optimum),
                                      color=zero_line_color(optimum),
                                      stroke_width=(theme.PATH_STROKE + 2 if optimum == 0.0
                                                    else 2), dash_length=0.08))
            curve = trace(axes, run.iterates[method][:, 1], color, theme.PATH_STROKE)
            cursor = DashedLine(axes.c2p(0, ZERO_RANGE[0]), axes.c2p(0, ZERO_RANGE[1]),
                                color=theme.MUTED_TEXT_COLOR, stroke_width=2)
            parts.add(frame, header)
            self.zero_rows[method] = {"axes": axes, "header": header, "trace": curve,
                                      "lines": lines, "order": order, "cursor": cursor,
                                      "column": label_column}
        self.zero_parts, self.zero_optima = parts, optima
        # the proximal b2's exact zeros, in the colour of an exact 0, over its trace
        self.zero_marks = VMobject(stroke_color=theme.ZERO_COLOR,
                                   stroke_width=theme.PATH_STROKE + 2)
        self.zero_mark_runs = zero_runs(run.iterates["l1_proximal"][:, 1])

    def follow_zero(self) -> None:
        """The zero beat's updater: traces, cursors, counters and the green exact zeros at
        the step tracker."""
        run, k = self.zero_run, int(np.floor(self.zero_step.get_value() + 1e-9))
        for method, row in self.zero_rows.items():
            row["trace"].show_until(k, row["trace"].all_points[k])
            flips = int(run.sign_flips(method, 0, k)[1]) if k else 0
            zeros = run.zero_steps(method, 0, k, coefficient=1)
            values = {"flips": str(flips), "zeros": format_count(zeros, self.lang)}
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

    def zero_bias(self) -> float:
        """The ridge optimum's b2 less the true weight of x2 (0): ridge's bias."""
        return float(self.zero_run.optima["l2"][1] - ZERO_WEIGHTS[1])

    def zero_weight(self) -> None:
        self.build_zero()
        rows = self.zero_rows.values()
        self.beat("sgd_zero")
        self.play(FadeOut(self.leftovers), run_time=0.6)
        self.play(FadeIn(self.zero_settings), FadeIn(self.zero_parts),
                  Create(self.zero_optima), run_time=1.2)
        moving_parts = [part for row in rows for part in
                        (row["trace"], row["cursor"], *row["lines"])]
        moving = self.drive(self.follow_zero, *moving_parts, self.zero_marks)
        self.wait(0.5)
        self.play(self.zero_step.animate.set_value(ZERO_STEPS), run_time=ZERO_SWEEP_SECONDS,
                  rate_func=linear)
        self.stop_driving(moving, self.follow_zero)
        self.wait(0.5)
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
        self.play(FadeOut(self.zero_settings[1]), *[FadeOut(row["cursor"]) for row in rows],
                  run_time=0.4)
        self.play(FadeIn(why[0]), run_time=0.6)
        self.play(FadeIn(why[1]), run_time=0.5)
        self.zero_step.set_value(0)
        self.zero_why = why
        self.leftovers = VGroup(self.zero_parts, self.zero_optima,
                                *[VGroup(row["trace"], *row["lines"]) for row in rows],
                                self.zero_marks, self.zero_settings[0], why)


def zero_line_color(optimum: float) -> str:
    """The colour of a dashed optimum of the zero beat: green (an exact 0) or yellow."""
    return theme.ZERO_COLOR if optimum == 0.0 else theme.SOLUTION_COLOR
