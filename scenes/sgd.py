"""Minibatch SGD with an L1 and an L2 penalty, and least squares against ridge per minibatch.

The claim under test: L2 is the more stable penalty under minibatch noise because its
slope 2b changes smoothly while L1's, sign(b), jumps at 0; and ridge is used for highly
correlated features because it has a lower variance than plain least squares.

First the two slopes (a recap of the penalty video): sign(b) is -1 or +1, the same for
every b of one sign, with a jump of 2 at 0; 2b grows with b.  Then SGD at rho = 0.99
(``mathcore.sgd.sgd_trajectories``: batches of 100, step size 0.05, 3,000 steps from
b = 0, penalties matched as in the stability video): the coefficient traces of L1
subgradient SGD (orange), L1 proximal SGD (a thin light line over it) and L2 SGD (blue),
drawn step by step under a cursor, with the exact optima dashed and live counters of the
sign flips and of the steps with a coefficient exactly 0 so far.  Here no iterate ever
reaches 0, so the jump at 0 never acts (the counters stay at 0 and the two L1 methods
take the same steps); what differs is the pull back: away from 0 the L1 slope is a
constant, so only the loss pulls an iterate back, and at rho = 0.99 it hardly does along
b1 - b2 (curvature 1 - rho), while L2's 2b adds a pull in every direction.  The spreads
after the burn-in (the second half) are mathcore's.  Last, OLS beside ridge on 200
minibatches (``mathcore.sgd.ols_vs_ridge``, the stability video's batches): every
minibatch's fit as a dot in two coefficient planes on one scale, the full-data fits as
hollow stars, and the ratio of the mean distances with its 95 % bootstrap interval.

Tracker: ``step`` (the SGD steps drawn so far, 0 outside the run); the counters' values
are recorded as trackers too (``sub_flips1`` ... ``l2_zeros``).

Render: ``manim render scenes/sgd.py``.
"""

from __future__ import annotations

import string

import numpy as np
from manim import (
    DOWN,
    LEFT,
    UP,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Star,
    VGroup,
    VMobject,
    Write,
    linear,
)

from mathcore.penalties import l1_subgradient, l2_gradient
from mathcore.sgd import METHODS, ols_vs_ridge, sgd_trajectories
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import STRINGS, format_count, text

RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED = 0.99, 100, 3000, 0.05, 0
OLS_BATCHES = 200
#: Least squares is neither penalty: a chart series colour of the theme.
OLS_COLOR = theme.SERIES_COLORS[0]
#: The proximal L1 trace: thin and light, drawn over the subgradient trace.
PROX_COLOR, PROX_STROKE = theme.TEXT_COLOR, 1.2
SWEEP_SECONDS = 12.0
SLOPE_SPAN = 1.5
TRACE_TOP = 0.7
HEADER, NUMBER_ROOM = 0.45, 0.4
#: Room above a plot for the y axis's name, under the header.
AXIS_NAME_TOP = 0.3
CLOUD_DOT, STAR_RADIUS, STAR_STROKE, MARGIN = 0.035, 0.16, 3, 0.25
#: The counters recorded per frame: (method, name in the timeline).
COUNTER_TRACKERS = {method: (f"{short}_flips1", f"{short}_flips2", f"{short}_zeros")
                    for method, short in zip(METHODS, ("sub", "prox", "l2"), strict=True)}


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
    """SGD traces under L1 and L2, then OLS against ridge per minibatch."""

    def construct(self) -> None:
        self.step = self.tracker("step", 0)
        self.counter_values = {name: self.tracker(name, 0) for names in
                               COUNTER_TRACKERS.values() for name in names}
        self.run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
        self.fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
        # the closing paragraph of the run says that no iterate came back to 0
        assert all(self.run.zero_steps(m) == 0 and not self.run.sign_flips(m, 0).any()
                   for m in METHODS), "sgd_why no longer describes this run"
        self.show("sgd", self.run.summary())
        self.show("ols_vs_ridge", self.fits.as_dict())
        self.title = pieces.title(text("sgd_title", self.lang))
        self.slopes()
        self.sgd_run()
        self.ols_ridge()

    # -- beat 1: the two slopes ----------------------------------------------------------
    def slopes(self) -> None:
        left, right = layout.stage().split_left(5.2)
        square = left.shrink(left=NUMBER_ROOM, bottom=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM)
        size = min(square.width, square.height)
        axes = self.plane("slopes", pieces.coefficient_axes(
            (-SLOPE_SPAN, SLOPE_SPAN), (-2 * SLOPE_SPAN, 2 * SLOPE_SPAN), size, size))
        square.place(axes)
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
        notes = VGroup(*[pieces.label(text(key, self.lang), theme.BODY_SIZE if k else
                                      theme.SMALL_SIZE, color)
                         for k, (key, color) in enumerate((
                             ("sgd_slope_recap", theme.MUTED_TEXT_COLOR),
                             ("sgd_slope_l1", theme.L1_COLOR),
                             ("sgd_slope_l2", theme.L2_COLOR)))])
        notes.arrange(DOWN, aligned_edge=LEFT, buff=0.45)
        right.place(pieces.fit_into(notes, right.width))
        self.beat("sgd_slopes")
        self.play(Write(self.title), Create(frame), run_time=1.0)
        self.play(Create(curves), FadeIn(keys), FadeIn(notes[0]), run_time=1.2)
        self.play(FadeIn(notes[1]), run_time=0.5)
        self.play(FadeIn(notes[2]), run_time=0.5)
        self.read(*[n.original_text for n in notes])
        self.play(FadeOut(VGroup(frame, curves, keys, notes)), run_time=0.6)

    # -- beat 2: the SGD traces ----------------------------------------------------------
    def build_traces(self) -> None:
        area = layout.stage()
        self.settings_band, area = area.split_top(2 * layout.CAPTION_LINE)
        settings_band = self.settings_band
        self.settings = settings_band.place(pieces.fit_into(pieces.label(
            text("sgd_settings", self.lang, rho=RHO, size=BATCH_SIZE, step=STEP_SIZE,
                 steps=format_count(STEPS, self.lang)),
            theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR), settings_band.width))
        self.panels = {}
        lines = {"l1": 3, "l2": 2}
        for norm, column in zip(("l1", "l2"), area.columns(2), strict=True):
            header_band, rest = column.split_top(HEADER)
            box, counter_band = rest.split_bottom(3 * layout.CAPTION_LINE)
            box = box.shrink(left=NUMBER_ROOM, bottom=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM,
                             top=AXIS_NAME_TOP)
            axes = self.plane(norm, pieces.coefficient_axes((0, STEPS), (0, TRACE_TOP),
                                                            box.width, box.height))
            box.place(axes)
            header = header_band.place(pieces.fit_into(pieces.label(
                text(f"sgd_{norm}_header", self.lang), theme.SMALL_SIZE,
                theme.NORM_COLORS[norm]), column.width))
            frame = VGroup(axes, pieces.tick_numbers(axes, (0, STEPS // 2, STEPS),
                                                     (0.0, 0.5)),
                           pieces.axis_labels(axes, text("sgd_step_axis", self.lang), "β"))
            self.panels[norm] = {"axes": axes, "header": header, "frame": frame,
                                 "counters": counter_band, "lines": lines[norm]}
        self.traces, self.optima = {}, VGroup()
        for method in METHODS:
            axes = self.panels["l2" if method == "l2" else "l1"]["axes"]
            color, width = ((PROX_COLOR, PROX_STROKE) if method == "l1_proximal" else
                            (theme.NORM_COLORS[method[:2]], theme.PATH_STROKE))
            self.traces[method] = [trace(axes, self.run.iterates[method][:, j], color, width)
                                   for j in range(2)]
            if method != "l1_proximal":
                for value in self.run.optima[method]:
                    self.optima.add(DashedLine(axes.c2p(0, value), axes.c2p(STEPS, value),
                                               color=theme.SOLUTION_COLOR, stroke_width=2,
                                               dash_length=0.08))
        self.cursors = {norm: DashedLine(panel["axes"].c2p(0, 0),
                                         panel["axes"].c2p(0, TRACE_TOP),
                                         color=theme.MUTED_TEXT_COLOR, stroke_width=2)
                        for norm, panel in self.panels.items()}
        self.counters = {}
        width = self.panels["l1"]["counters"].width - 0.2
        for method in METHODS:
            panel = self.panels["l2" if method == "l2" else "l1"]
            key = {"l1_subgradient": "sgd_counter_sub", "l1_proximal": "sgd_counter_prox",
                   "l2": "sgd_counter_l2"}[method]
            color = PROX_COLOR if method == "l1_proximal" else theme.NORM_COLORS[method[:2]]
            widest = {"flips1": "00", "flips2": "00", "zeros": "0,000"}
            size = theme.SMALL_SIZE * min(1.0, width / live_line(
                key, self.lang, widest, theme.SMALL_SIZE, color)[0].width)
            line, order = live_line(key, self.lang, {"flips1": "0", "flips2": "0",
                                                     "zeros": "0"}, size, color)
            row = 1 if method == "l1_proximal" else 0
            band = panel["counters"]
            line.align_to([band.left + 0.2, band.top - row * layout.CAPTION_LINE, 0.0],
                          UP + LEFT)
            self.counters[method] = (line, order)
        band = self.panels["l2"]["counters"]
        self.step_line, self.step_order = live_line("sgd_step_counter", self.lang,
                                      {"step": "0", "steps": format_count(STEPS, self.lang)},
                                      theme.SMALL_SIZE, theme.TEXT_COLOR)
        self.step_line.align_to([band.left + 0.2, band.top - 2 * layout.CAPTION_LINE, 0.0],
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
            line, order = self.counters[method]
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
        self.play(FadeIn(self.settings), *[FadeIn(p["frame"], p["header"])
                                           for p in self.panels.values()],
                  Create(self.optima), run_time=1.2)
        moving_parts = [c for curves in self.traces.values() for c in curves]
        counters = [line for line, _ in self.counters.values()]
        moving = self.drive(self.follow, *moving_parts, *self.cursors.values(), *counters,
                            self.step_line)
        self.wait(0.5)
        self.play(self.step.animate.set_value(STEPS), run_time=SWEEP_SECONDS, rate_func=linear)
        self.stop_driving(moving, self.follow)
        self.wait(0.5)
        # the spread after the burn-in, and why
        self.beat("sgd_spread", burn=format_count(self.run.burn_in, self.lang))
        spreads = VGroup()
        for method, norm, row in (("l1_subgradient", "l1", 2), ("l2", "l2", 1)):
            panel = self.panels[norm]
            sd = self.run.spread(method)
            line = pieces.label(text(f"sgd_spread_{norm}", self.lang,
                                     burn=format_count(self.run.burn_in, self.lang),
                                     sd1=f"{sd[0]:.3f}", sd2=f"{sd[1]:.3f}",
                                     dist=f"{self.run.mean_distance(method):.3f}"),
                                theme.SMALL_SIZE, theme.NORM_COLORS[norm])
            band = panel["counters"]
            line = pieces.fit_into(line, band.width - 0.2)
            line.align_to([band.left + 0.2, band.top - row * layout.CAPTION_LINE, 0.0],
                          UP + LEFT)
            spreads.add(line)
        band = self.settings_band
        why = band.place(pieces.fit_into(pieces.label(
            text("sgd_why", self.lang, rho=RHO, curvature=f"{1 - RHO:.2f}"),
            theme.SMALL_SIZE, theme.ZERO_COLOR), band.width))
        self.remove(self.step_line)
        self.play(FadeOut(self.settings), *[FadeOut(c) for c in self.cursors.values()],
                  run_time=0.5)
        self.play(FadeIn(spreads), FadeIn(why), run_time=0.8)
        self.read(why.original_text)
        self.step.set_value(0)
        everything = VGroup(*[VGroup(p["frame"], p["header"])
                                             for p in self.panels.values()],
                            self.optima, *moving_parts, *counters, spreads, why)
        self.play(FadeOut(everything), run_time=0.6)

    # -- beat 3: OLS against ridge -------------------------------------------------------
    def ols_ridge(self) -> None:
        fits = self.fits
        area = layout.stage(caption_lines=1)
        settings_band, area = area.split_top(layout.CAPTION_LINE)
        settings = settings_band.place(pieces.fit_into(pieces.label(
            text("sgd_ols_settings", self.lang, rho=RHO, batches=OLS_BATCHES,
                 size=BATCH_SIZE), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
            settings_band.width))
        every = np.vstack([fits.batch_ols, fits.batch_ridge, [fits.full_ols, fits.full_ridge]])
        low, high = min(0.0, every.min()) - MARGIN, every.max() + MARGIN
        self.planes = {}
        parts, dots, stars, counters = VGroup(settings), VGroup(), VGroup(), VGroup()
        for name, column in zip(("ols", "ridge"), area.columns(2), strict=True):
            header_band, rest = column.split_top(HEADER)
            square, counter_band = rest.split_bottom(2 * layout.CAPTION_LINE)
            square = square.shrink(right=layout.AXIS_NAME_ROOM, top=AXIS_NAME_TOP)
            axes = self.plane(name, pieces.fit_axes(np.array([low, low]),
                                                    np.array([high, high]),
                                                    square.width, square.height))
            square.place(axes)
            color = OLS_COLOR if name == "ols" else theme.L2_COLOR
            header = header_band.place(pieces.label(text(f"sgd_{name}_header", self.lang),
                                                    theme.BODY_SIZE, color))
            self.planes[name] = {"axes": axes}
            batch = fits.batch_ols if name == "ols" else fits.batch_ridge
            full = fits.full_ols if name == "ols" else fits.full_ridge
            spread = fits.spread_ols if name == "ols" else fits.spread_ridge
            parts.add(axes, header, pieces.axis_labels(axes, text("axis_x", self.lang),
                                                      text("axis_y", self.lang)))
            dots.add(*[Dot(axes.c2p(*b), radius=CLOUD_DOT, color=color) for b in batch])
            stars.add(Star(n=5, outer_radius=STAR_RADIUS, color=theme.SOLUTION_COLOR,
                           stroke_width=STAR_STROKE, fill_opacity=0).move_to(axes.c2p(*full)))
            counter = pieces.fit_into(pieces.label(
                text("sgd_fit_counter", self.lang, coords=pieces.coordinates_text(full),
                     dev=f"{spread:.3f}"), theme.SMALL_SIZE, color), counter_band.width - 0.3)
            counters.add(counter.align_to([counter_band.left + 0.3, counter_band.top, 0.0],
                                          UP + LEFT))
        low_ci, high_ci = fits.ratio_ci95
        band = layout.caption_band(1)
        ratio = band.place(pieces.fit_into(pieces.label(
            text("sgd_ratio", self.lang, rho=RHO, ratio=f"{fits.ratio:.1f}",
                 low=f"{low_ci:.1f}", high=f"{high_ci:.1f}"), theme.SMALL_SIZE,
            theme.ZERO_COLOR), band.width))
        self.beat("sgd_ols", batches=OLS_BATCHES)
        self.play(FadeIn(parts), run_time=0.8)
        self.play(FadeIn(stars), FadeIn(dots, lag_ratio=0.005), FadeIn(counters),
                  run_time=1.5)
        self.beat("sgd_ratio", ratio=f"{fits.ratio:.1f}", low=f"{low_ci:.1f}",
                  high=f"{high_ci:.1f}")
        self.play(FadeIn(ratio), run_time=0.6)
        self.dots, self.stars = dots, stars
        self.wait(1.0)

