"""Least squares against ridge on minibatches of highly correlated data.

The claim: ridge is used with highly correlated features because it lowers the variance of
the fit, compared with plain least squares.

The data (``mathcore.correlated.correlated_pair``, rho = 0.99, ``y = x1 + x2 + e``): a
scatter of 200 of the 20,000 rows, x2 against x1, on a line.  Then
``mathcore.sgd.ols_vs_ridge``: on each of 200 minibatches of 100 rows (the stability
video's batches) a least-squares fit and a ridge fit (lambda as in the stability video: the
full-data ridge fit has half the least-squares norm; on screen both objectives are written
out, the ridge penalty as ``lambda ||b||_2^2`` with mathcore's ``ridge_coefficient``).
With correlated features the fits swing along (1, -1), so each row plots beta1 - beta2 of
every minibatch's fit, the minibatches arriving one by one (batch k's two fits at once)
(``OlsRidgeResult.along``) with a band of the mean +- 1 sd
(``along_sd``).  Both rows share ONE y range (the OLS swing), so the ridge row is a flat
line; a small inset beside it, labelled with its zoom (a round x100 for the defaults),
shows ridge's own scatter; every number and name on the rows is at least 14 px tall at
480p (``TICK_SIZE``), and only the ends of each y axis are numbered (a 0 between would all
but touch them).  Then
the full-data fits (ridge (0.50, 0.50), marked as the subtitle reads it, then OLS
(0.96, 1.04) as the subtitle names them: ridge's price is shrinkage), the two sds
compared (each marked) and
sd ratio along beta1 - beta2 (147x: the data tell OLS almost nothing in that direction,
shown by a line first: x beta sees beta1 - beta2 only through x1 - x2, whose sd over the
rows is tiny beside x1 + x2's; the sds along beta1 + beta2 take its place after) and
along beta1 + beta2 (alike), and the ratio of the mean distances to the full-data fit in the
plane (15.6x, not 147x; under it its 95 % bootstrap interval, said to be the ratio over
resamplings of the minibatches), which mixes both
directions: ridge's distance is mostly its beta1 + beta2 spread, OLS's its beta1 - beta2
swing; every sd and ratio names its method.  A line appears as the subtitle reads the words
that name it (``wait_until_read``); no beat holds longer than its subtitle needs.  The data
beat states y = x1 + x2 + e (true beta (1, 1)) and ridge's lambda
(mathcore's).  Last, every fit as a point (beta1, beta2): least squares a streak along
(1, -1), ridge a small blob near its full-data fit, with the two directions as arrows on
the plane (numbers next to their own axes), then the truth (1, 1) ringed and each method's
mean distance to it (``OlsRidgeResult.mean_error``): ridge's smaller spread is around a fit
0.71 from the truth, least squares' wider one around a fit near it (less spread, more bias).

Render: ``manim render scenes/ols_ridge.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Arrow,
    Circle,
    Circumscribe,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    GrowArrow,
    Polygon,
    VGroup,
    VMobject,
    Write,
    linear,
)

from mathcore.correlated import correlated_pair
from mathcore.parameters import STABILITY_SAMPLES as SAMPLES
from mathcore.sgd import ols_vs_ridge
from mathcore.stability import ridge_coefficient
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.strings import format_count, text

RHO, BATCH_SIZE, OLS_BATCHES, SEED = 0.99, 100, 200, 0
#: The data scatter: the first rows of the data, x2 against x1, on +- DATA_SPAN.
DATA_ROWS, DATA_SPAN, DATA_DOT = 200, 3.0, 0.03
#: Least squares is neither penalty: a chart series colour of the theme.
OLS_COLOR = theme.SERIES_COLORS[0]
#: The rows of beta1 - beta2: the label column's width, the inset's width, the gap between
#: the rows, the y half-range as a multiple of the farthest value, the bands' opacity.
LABEL_WIDTH, INSET_WIDTH, ROW_GAP, ROOM, BAND_OPACITY = 3.6, 3.45, 0.2, 1.1, 0.3
NUMBER_ROOM, LINE_GAP = 0.45, 0.1
#: Left of and under the two planes, room for their numbers ("−2" is 0.46 units wide).
PLANE_NUMBER_ROOM = 0.55
#: Tick numbers and the axes' names: at least 14 px tall at 480p (digits have no
#: ascenders or descenders: the body size), and the room left of the inset for its
#: longest number ("−0.02" is 1.03 units wide at that size).
TICK_SIZE, INSET_NUMBER_ROOM = theme.BODY_SIZE, 1.15
CLOUD_DOT, INSET_DOT = 0.035, 0.035
#: The caption lines at the bottom: the sd ratio along beta1 - beta2, why the data say so
#: little about it (later the sds along beta1 + beta2 in its place), the distance ratio,
#: its interval and what that interval is.
CAPTION_LINES = 4
#: The true coefficients of ``correlated_pair``'s default ``y = x1 + x2 + e``.
TRUE_WEIGHTS = (1, 1)
#: The room (screen units) kept between the inset and the frame's right edge (>= 24 px at
#: 480p: 0.45 units are 27 px).
RIGHT_MARGIN = 0.45
#: The minibatches arrive one by one in this many seconds (the swing beat).
ARRIVAL_SECONDS = 4.0
#: The (beta1, beta2) plane of the last beat: the length (screen units) of the two
#: direction arrows on it; the (1, -1) arrow runs beside least squares' streak, this far
#: (data units, along (1, 1)) from its full-data fit; the (1, 1) arrow is centred at
#: PLUS_ARROW_AT, in the empty corner under the streak (beta1 > 0, beta2 < 0), tagged below.
ARROW_LENGTH, MINUS_ARROW_OFFSET, PLUS_ARROW_AT = 1.1, 0.6, (0.7, -1.3)
#: The numbered ticks of the plane, next to their own axis (2 would sit on the streak).
PLANE_TICKS = (-1.0, 1.0)
#: The truth (1, 1) on the plane: a ring of this radius (screen units), drawn over the
#: streak that passes through it.
TRUTH_RING = 0.09


class OlsAgainstRidge(NormvizScene):
    """Minibatch fits of least squares and ridge at rho = 0.99, on one y scale."""

    def construct(self) -> None:
        self.batch = self.tracker("batch", 0)
        self.fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
        rows = correlated_pair(RHO, SAMPLES, SEED)[0]
        self.data = rows[:DATA_ROWS]
        # the sds of x1 - x2 and x1 + x2 over all the rows: how much the data vary along
        # the direction that multiplies beta1 - beta2, and along beta1 + beta2's
        self.input_sd = {"minus": float((rows[:, 0] - rows[:, 1]).std()),
                         "plus": float((rows[:, 0] + rows[:, 1]).std())}
        self.show("ols_vs_ridge", self.fits.as_dict())
        self.title = pieces.title(text("ols_title", self.lang))
        self.data_beat()
        self.swing_beat()
        self.closing_beats()
        self.plane_beat()

    # -- the data --------------------------------------------------------------------------
    def data_beat(self) -> None:
        lang = self.lang
        left, right = layout.stage().split_left(4.6)
        square = left.shrink(left=PLANE_NUMBER_ROOM, bottom=PLANE_NUMBER_ROOM,
                             right=layout.AXIS_NAME_ROOM, top=0.3)
        size = min(square.width, square.height)
        # a tick at every whole number: the numbered ticks (-2, 0, 2) among them
        axes = self.plane("data", pieces.coefficient_axes((-DATA_SPAN, DATA_SPAN),
                                                          (-DATA_SPAN, DATA_SPAN), size, size,
                                                          x_step=1.0))
        square.place(axes)
        self.data_labels = pieces.axis_labels(axes, "x₁", "x₂")
        frame = VGroup(axes, tick_numbers(axes, (-2.0, 0.0, 2.0), (-2.0, 0.0, 2.0), left),
                       self.data_labels)
        inside = np.all(np.abs(self.data) < DATA_SPAN, axis=1)
        self.data_points = self.data[inside]
        dots = cloud(axes, self.data_points, DATA_DOT, theme.TEXT_COLOR)
        lines = [pieces.label(text("ols_rho", lang, rho=RHO), theme.BODY_SIZE, theme.TEXT_COLOR),
                 pieces.label(text("ols_truth", lang, w1=TRUE_WEIGHTS[0], w2=TRUE_WEIGHTS[1]),
                              theme.BODY_SIZE, theme.TEXT_COLOR),
                 pieces.label(text("ols_rows", lang, rows=DATA_ROWS,
                                   total=format_count(SAMPLES, lang)),
                              theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
                 pieces.label(text("ols_batches", lang, batches=OLS_BATCHES, size=BATCH_SIZE),
                              theme.BODY_SIZE, theme.TEXT_COLOR),
                 pieces.label(text("ols_each", lang), theme.BODY_SIZE, theme.TEXT_COLOR),
                 pieces.label(text("ols_lambda", lang, size=BATCH_SIZE,
                                   lam=f"{ridge_coefficient(self.fits.lam):.2f}"),
                              theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR)]
        readouts = VGroup(*lines).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        assert readouts.width <= right.width, "the data read-outs do not fit"
        readouts.move_to(right.center).align_to([right.left, 0.0, 0.0], LEFT)
        self.data_axes, self.data_readouts = axes, readouts
        self.beat("ols_data", rho=RHO, batches=OLS_BATCHES)
        self.play(Write(self.title), Create(frame), run_time=1.0)
        self.play(FadeIn(dots), FadeIn(readouts[:2]), run_time=1.2)
        self.play(FadeIn(readouts[2]), run_time=0.6)  # how many rows are shown
        self.wait_until_read(str(OLS_BATCHES))
        self.play(FadeIn(readouts[3:]), run_time=0.6)
        self.leftovers = VGroup(frame, dots, readouts)

    # -- the swing: beta1 - beta2 per minibatch, one y scale --------------------------------
    def swing_beat(self) -> None:
        fits, lang = self.fits, self.lang
        area = layout.stage(caption_lines=CAPTION_LINES)
        settings_band, area = area.split_top(layout.CAPTION_LINE)
        self.settings = settings_band.place(pieces.label(
            text("ols_what", lang), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR))
        assert settings_band.fits(self.settings, slack=0.01), "ols_what does not fit"
        area, _ = area.split_bottom(NUMBER_ROOM)
        height = (area.height - ROW_GAP) / 2
        reach = ROOM * float(np.abs(fits.along("ols")).max())
        self.rows = {}
        self.strip_labels = VGroup()  # every number and name on the rows and the inset
        parts, bands, dots, full = VGroup(self.settings), VGroup(), VGroup(), VGroup()
        for k, name in enumerate(("ols", "ridge")):
            top = area.top - k * (height + ROW_GAP)
            row = layout.Region(area.left, area.right, top - height, top)
            label_column, plot = row.split_left(LABEL_WIDTH)
            plot, inset_column = plot.split_left(plot.width - INSET_WIDTH, gap=0.15)
            plot = plot.shrink(left=NUMBER_ROOM, top=0.05, bottom=0.05)
            # ONE y range for both rows: ridge at OLS's scale
            axes = self.plane(f"{name}_along", pieces.coefficient_axes(
                (0, OLS_BATCHES + 1), (-reach, reach), plot.width, plot.height))
            plot.place(axes)
            # screen units per unit of beta1 - beta2, the same in both rows
            self.row_scale = plot.height / (2 * reach)
            tick = nice_floor(0.9 * reach)
            # only the ends numbered: a number at 0 would all but touch them (0 is the
            # zero line between them)
            frame = VGroup(axes, tick_numbers(
                axes, (1, OLS_BATCHES) if k == 1 else (), (-tick, tick),
                row.shrink(bottom=-NUMBER_ROOM)))
            if k == 1:  # the axis's name between its two numbers
                frame.add(pieces.label(text("ols_batch_axis", lang), TICK_SIZE,
                                       theme.MUTED_TEXT_COLOR)
                          .next_to(axes.c2p(0.5 * OLS_BATCHES, -reach), DOWN, buff=0.08))
            self.strip_labels.add(*frame[1], *frame[2:])  # the numbers, the axis name
            color = OLS_COLOR if name == "ols" else theme.L2_COLOR
            values, sd = fits.along(name), fits.along_sd(name)
            mean = float(values.mean())
            bands.add(band(axes, mean, sd, color))
            dots.add(BatchCloud(axes, np.column_stack([np.arange(1, len(values) + 1), values]),
                                CLOUD_DOT, color))
            fit = {"ols": fits.full_ols, "ridge": fits.full_ridge}[name]
            stack = VGroup(
                pieces.label(text(f"ols_{name}_header", lang), theme.BODY_SIZE, color),
                pieces.label(text("ols_sd", lang, sd=f"{sd:.4f}" if name == "ridge"
                                  else f"{sd:.3f}"), theme.SMALL_SIZE, color),
                pieces.label(text("ols_full_fit", lang, b1=f"{fit[0]:.2f}", b2=f"{fit[1]:.2f}"),
                             theme.SMALL_SIZE, color))
            stack.arrange(DOWN, aligned_edge=LEFT, buff=LINE_GAP)
            assert stack.width <= label_column.width and stack.height <= label_column.height, \
                f"the labels of {name} do not fit"
            stack.align_to([label_column.left, label_column.top, 0.0], UP + LEFT)
            parts.add(frame, *stack[:-1])
            full.add(stack[-1])
            self.rows[name] = {"axes": axes, "mean": mean, "sd": sd, "text": stack,
                               "full": fit, "ticks": frame[1]}
            if name == "ridge":
                self.inset = self.build_inset(inset_column, values, mean, sd)
        self.show("ols_vs_ridge_along", {name: {"sd": row["sd"], "mean": row["mean"]}
                                         for name, row in self.rows.items()}
                  | {"inset_zoom": self.zoom, "sd_ratio": fits.along_sd_ratio(),
                     "sum_sd_ratio": fits.along_sd_ratio((1.0, 1.0))})
        self.beat("ols_swing")
        self.play(FadeOut(self.leftovers), FadeIn(parts), run_time=0.8)
        # the minibatches arrive one by one: batch k's two fits (one dot per row) at once
        self.dots = dots
        moving = self.drive(self.follow_batches, *dots)
        self.play(self.batch.animate.set_value(OLS_BATCHES), run_time=ARRIVAL_SECONDS,
                  rate_func=linear)
        self.stop_driving(moving, self.follow_batches)
        self.play(FadeIn(bands), run_time=0.6)
        self.beat("ols_inset", zoom=self.zoom)
        self.play(FadeIn(self.inset["group"]), run_time=0.8)
        ridge, ols = fits.full_ridge, fits.full_ols
        r1, r2, o1, o2 = (f"{v:.2f}" for v in (*ridge, *ols))
        self.beat("ols_shrink", r1=r1, r2=r2, o1=o1, o2=o2)
        # each full-data fit as the subtitle names it: ridge's (marked as its numbers are
        # read), then least squares'
        self.play(FadeIn(full[1]), run_time=0.6)
        self.wait_until_read(f"({r1}, {r2})")
        self.play(Circumscribe(full[1], color=theme.MUTED_TEXT_COLOR, stroke_width=2),
                  run_time=1.0)
        self.wait_until_read(f"({o1}, {o2})")
        self.play(FadeIn(full[0]), run_time=0.6)
        self.full_lines = full
        self.swing_parts = VGroup(parts, bands, dots, full, self.inset["group"])

    def build_inset(self, region: layout.Region, values: np.ndarray, mean: float,
                    sd: float) -> dict:
        """Ridge's beta1 - beta2 again, its y axis magnified by a round zoom (the largest at
        which its farthest value, with room, fits the inset), named in its label."""
        region = region.shrink(right=RIGHT_MARGIN)
        box = region.shrink(left=INSET_NUMBER_ROOM, top=0.45, bottom=0.05)
        self.zoom = round_zoom(box.height / 2 / (self.row_scale * ROOM
                                                 * float(np.abs(values).max())))
        half = box.height / (2 * self.zoom * self.row_scale)
        axes = self.plane("ridge_inset", pieces.coefficient_axes(
            (0, OLS_BATCHES + 1), (-half, half), box.width, box.height))
        box.place(axes)
        tick = nice_floor(0.9 * half)
        # (as in the rows: the ends numbered, 0 the zero line between them)
        frame = VGroup(axes, tick_numbers(axes, (), (-tick, tick), region))
        name = pieces.label(text("ols_inset", self.lang, zoom=self.zoom), theme.SMALL_SIZE,
                            theme.L2_COLOR)
        name.next_to(axes, UP, buff=0.1).align_to([region.right, 0.0, 0.0], RIGHT)
        assert name.width <= region.width, "ols_inset does not fit"
        self.strip_labels.add(*frame[1], name)
        outline = Polygon(*[axes.c2p(x, y) for x, y in ((0, -half), (OLS_BATCHES + 1, -half),
                                                       (OLS_BATCHES + 1, half), (0, half))],
                          stroke_color=theme.AXES_COLOR, stroke_width=1.5)
        inset_dots = cloud(axes, np.column_stack([np.arange(1, len(values) + 1), values]),
                           INSET_DOT, theme.L2_COLOR)
        shade = band(axes, mean, sd, theme.L2_COLOR)
        group = VGroup(frame, outline, shade, inset_dots, name)
        return {"axes": axes, "group": group, "name": name, "half": half, "band": shade,
                "ticks": frame[1]}

    # -- the ratios ------------------------------------------------------------------------
    def closing_beats(self) -> None:
        fits, lang = self.fits, self.lang
        caption = layout.caption_band(CAPTION_LINES)
        low, high = fits.ratio_ci95
        line_sd = pieces.label(text(
            "ols_ratio", lang, ols=f"{fits.along_sd('ols'):.3f}",
            ridge=f"{fits.along_sd('ridge'):.4f}", ratio=f"{fits.along_sd_ratio():.0f}"),
            theme.BODY_SIZE, theme.TEXT_COLOR)
        line_sum = pieces.label(text(
            "ols_sum_sd", lang, sum_ols=f"{fits.along_sd('ols', (1.0, 1.0)):.3f}",
            sum_ridge=f"{fits.along_sd('ridge', (1.0, 1.0)):.3f}"),
            theme.BODY_SIZE, theme.TEXT_COLOR)
        # why: x beta = (b1 + b2)(x1 + x2)/2 + (b1 - b2)(x1 - x2)/2, so the data see
        # b1 - b2 only through x1 - x2, which hardly varies at rho = 0.99
        line_why = pieces.label(text(
            "ols_why", lang, minus=f"{self.input_sd['minus']:.2f}",
            plus=f"{self.input_sd['plus']:.2f}"), theme.BODY_SIZE, theme.TEXT_COLOR)
        line_distance = pieces.label(text("ols_distance", lang, ratio=f"{fits.ratio:.1f}",
                                          sd_ratio=f"{fits.along_sd_ratio():.0f}"),
                                     theme.BODY_SIZE, theme.TEXT_COLOR)
        # the distance ratio's interval, and what it is, on a line of its own
        line_ci = pieces.label(text("ols_distance_ci", lang, low=f"{low:.1f}",
                                    high=f"{high:.1f}", batches=OLS_BATCHES),
                               theme.BODY_SIZE, theme.MUTED_TEXT_COLOR)
        lines = VGroup(line_sd, line_sum, line_distance, line_ci).arrange(
            DOWN, aligned_edge=LEFT, buff=0.05)
        caption.place(lines).align_to([caption.left, 0.0, 0.0], LEFT)
        line_why.move_to(line_sum).align_to(line_sum, LEFT)
        # (the plane beat) each method's mean distance to the truth, in the interval's place
        line_truth = pieces.label(text(
            "ols_truth_error", lang, w1=TRUE_WEIGHTS[0], w2=TRUE_WEIGHTS[1],
            ols=f"{fits.mean_error('ols', TRUE_WEIGHTS):.2f}",
            ridge=f"{fits.mean_error('ridge', TRUE_WEIGHTS):.2f}"),
            theme.BODY_SIZE, theme.TEXT_COLOR)
        line_truth.move_to(line_ci).align_to(line_ci, LEFT)
        assert caption.fits(VGroup(lines, line_why, line_truth), slack=0.01), \
            "ols_ratio and ols_distance do not fit"
        ratio = f"{fits.along_sd_ratio():.0f}"
        self.beat("ols_ratio", ratio=ratio)
        # the two sds compared, one after the other (ridge's with its inset), then their
        # ratio as the subtitle reaches it
        for marked in (self.rows["ols"]["text"][1],
                       VGroup(self.rows["ridge"]["text"][1], self.inset["group"])):
            self.play(Circumscribe(marked, color=theme.MUTED_TEXT_COLOR, stroke_width=2),
                      run_time=1.0)
        self.play(FadeIn(line_why), run_time=0.6)
        self.wait_until_read(ratio)
        self.play(FadeIn(line_sd), run_time=0.6)
        self.beat("ols_distance", ratio=f"{fits.ratio:.1f}",
                  sd_ratio=f"{fits.along_sd_ratio():.0f}")
        # the sds along beta1 + beta2 take the place of the why
        self.play(FadeOut(line_why), run_time=0.4)
        self.play(FadeIn(line_sum), run_time=0.6)
        # marked while the subtitle says they spread alike
        self.play(Circumscribe(line_sum, color=theme.MUTED_TEXT_COLOR, stroke_width=2),
                  run_time=1.0)
        # the distance ratio as the subtitle reaches it, then its interval
        self.wait_until_read(f"{fits.ratio:.1f}")
        self.play(FadeIn(line_distance), run_time=0.6)
        self.play(FadeIn(line_ci), run_time=0.6)
        self.ratio_lines, self.why_line, self.truth_line = lines, line_why, line_truth

    # -- the fits in the (beta1, beta2) plane ---------------------------------------------
    def plane_beat(self) -> None:
        """Every minibatch fit as a point (beta1, beta2): least squares a streak along
        (1, -1), ridge a blob; on the plane the two directions as arrows and, as the
        subtitle names it, the truth (1, 1), each method's mean distance to it below."""
        fits, lang = self.fits, self.lang
        area = layout.stage(caption_lines=CAPTION_LINES)
        left, right = area.split_left(area.height + 0.6)
        square = left.shrink(left=PLANE_NUMBER_ROOM, bottom=PLANE_NUMBER_ROOM,
                             right=layout.AXIS_NAME_ROOM, top=0.3)
        size = min(square.width, square.height)
        both = np.vstack([fits.batch_ols, fits.batch_ridge])
        low, high = float(np.floor(both.min())), float(np.ceil(both.max()))
        # a tick at every whole number (low is one): the numbered even ones among them
        axes = self.plane("fits", pieces.coefficient_axes((low, high), (low, high), size,
                                                          size, x_step=1.0))
        square.place(axes)
        labels = pieces.axis_labels(axes, "β₁", "β₂")
        self.fits_numbers = axis_numbers(axes, PLANE_TICKS)
        frame = VGroup(axes, self.fits_numbers, labels)
        ols = cloud(axes, fits.batch_ols, CLOUD_DOT, OLS_COLOR)
        ridge = cloud(axes, fits.batch_ridge, CLOUD_DOT, theme.L2_COLOR)
        # beside the plane: the two clouds named and what the two directions show
        side = VGroup(*[pieces.label(line, theme.BODY_SIZE, color) for line, color in (
            (text("ols_plane_ols", lang, batches=OLS_BATCHES), OLS_COLOR),
            (text("ols_plane_ridge", lang, batches=OLS_BATCHES, b1=f"{fits.full_ridge[0]:.2f}",
                  b2=f"{fits.full_ridge[1]:.2f}"), theme.L2_COLOR),
            (text("ols_plane_minus", lang), theme.TEXT_COLOR),
            (text("ols_plane_plus", lang), theme.TEXT_COLOR))])
        for meaning in side[2:]:
            meaning.scale(theme.SMALL_SIZE / theme.BODY_SIZE)
        side.arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        assert side.width <= right.width and side.height <= right.height, \
            "the plane's names do not fit"
        side.move_to(right.center).align_to([right.left, 0.0, 0.0], LEFT)
        names, meanings = side[:2], side[2:]
        # on the plane: the two directions as arrows, (1, -1) beside least squares' streak,
        # (1, 1) in the empty corner under it, each tagged
        beside = np.asarray(fits.full_ols) + MINUS_ARROW_OFFSET * np.ones(2)
        arrows = VGroup(direction_arrow(axes, beside, (1.0, -1.0), "β₁ − β₂", UP + RIGHT),
                        direction_arrow(axes, PLUS_ARROW_AT, (1.0, 1.0), "β₁ + β₂", DOWN))
        # the truth in the text colour (yellow means an optimum), named under the names
        # beside the plane (on the plane the streak, ridge's blob and the arrows crowd it)
        ring = Circle(radius=TRUTH_RING, stroke_color=theme.TEXT_COLOR,
                      stroke_width=5).move_to(axes.c2p(*TRUE_WEIGHTS))
        name = pieces.label(text("ols_truth_name", lang, w1=TRUE_WEIGHTS[0],
                                 w2=TRUE_WEIGHTS[1]), theme.SMALL_SIZE, theme.TEXT_COLOR)
        name.next_to(side, DOWN, buff=0.25, aligned_edge=LEFT)
        assert right.fits(name, slack=0.01), "the truth's name does not fit"
        truth = VGroup(ring, name)
        self.fits_axes, self.fits_labels, self.fits_arrows = axes, labels, arrows
        self.fits_names, self.fits_meanings, self.truth_ring = names, meanings, truth
        self.beat("ols_plane", b1=f"{fits.full_ridge[0]:.2f}", b2=f"{fits.full_ridge[1]:.2f}",
                  w1=TRUE_WEIGHTS[0], w2=TRUE_WEIGHTS[1],
                  ols=f"{fits.mean_error('ols', TRUE_WEIGHTS):.2f}",
                  ridge=f"{fits.mean_error('ridge', TRUE_WEIGHTS):.2f}")
        self.play(FadeOut(self.swing_parts), run_time=0.4)
        # the plane first (its ticks seen clear of the clouds), then each cloud, named as
        # it appears
        # it appears, each as the subtitle names it: least squares with the (1, -1) arrow,
        # ridge with the (1, 1) arrow
        self.play(Create(frame), run_time=0.5)
        self.play(FadeIn(ols), FadeIn(names[0]), run_time=0.6)
        self.wait_until_read("β1 − β2")
        self.play(GrowArrow(arrows[0][0]), FadeIn(arrows[0][1]), FadeIn(meanings[0]),
                  run_time=0.6)
        self.wait_until_read({"en": "ridge", "zh": "岭回归"}[lang])
        self.play(FadeIn(ridge), FadeIn(names[1]), run_time=0.6)
        self.play(GrowArrow(arrows[1][0]), FadeIn(arrows[1][1]), FadeIn(meanings[1]),
                  run_time=0.6)
        # the truth as the subtitle reaches it, and each method's mean distance to it in
        # the interval's place
        self.wait_until_read({"en": "truth", "zh": "真实值"}[lang])
        self.play(Create(truth), FadeOut(self.ratio_lines[-1]), FadeIn(self.truth_line),
                  run_time=0.6)

    def follow_batches(self) -> None:
        """The swing beat's updater: the dots of minibatches 1..k (k: the batch tracker)."""
        k = int(np.floor(self.batch.get_value() + 1e-9))
        for cloud_k in self.dots:
            cloud_k.show_first(k)


def axis_numbers(axes, values) -> VGroup:
    """The ``values`` numbered next to their own axis: under the beta1 axis and left of
    the beta2 axis (where they cross, at 0, nothing), at ``TICK_SIZE``, negative ones with
    the minus sign."""
    numbers = VGroup()
    for value in values:
        shown = pieces.number_text(value)
        numbers.add(pieces.label(shown, TICK_SIZE, theme.MUTED_TEXT_COLOR)
                    .next_to(axes.c2p(value, 0.0), DOWN, buff=0.08),
                    pieces.label(shown, TICK_SIZE, theme.MUTED_TEXT_COLOR)
                    .next_to(axes.c2p(0.0, value), LEFT, buff=0.08))
    return numbers


def direction_arrow(axes, centre, direction: tuple[float, float], tag: str,
                    side: np.ndarray) -> VGroup:
    """An arrow ``ARROW_LENGTH`` long centred at the data point ``centre``, along the plane's
    screen direction of ``direction``, with ``tag`` on its ``side``."""
    screen = axes.c2p(*direction) - axes.c2p(0, 0)
    screen = ARROW_LENGTH * screen / np.linalg.norm(screen)
    middle = axes.c2p(*centre)
    arrow = Arrow(middle - screen / 2, middle + screen / 2, buff=0, color=theme.TEXT_COLOR,
                  stroke_width=4, max_tip_length_to_length_ratio=0.2)
    name = pieces.label(tag, theme.SMALL_SIZE, theme.TEXT_COLOR).next_to(arrow, side,
                                                                          buff=0.1)
    return VGroup(arrow, name)


def tick_numbers(axes, x_values, y_values, region: layout.Region) -> VMobject:
    """``pieces.tick_numbers`` at ``TICK_SIZE``, inside ``region`` (the room left for them)."""
    numbers = pieces.tick_numbers(axes, x_values, y_values, font_size=TICK_SIZE)
    assert region.fits(numbers, slack=0.01), "the tick numbers do not fit"
    return numbers


def cloud(axes, points: np.ndarray, radius: float, color: str) -> VMobject:
    """Dots at the data ``points`` as ONE mobject (a path of many discs): far cheaper to
    draw, frame after frame, than one mobject per dot."""
    disc = Dot(radius=radius)
    shape = disc.points - disc.get_center()
    dots = VMobject(fill_color=color, fill_opacity=1.0, stroke_width=0)
    for centre in axes.c2p(np.asarray(points, dtype=float)):
        dots.append_points(shape + centre)
    return dots


class BatchCloud(VMobject):
    """``cloud``'s dots (one per minibatch, in order), of which only the first k are
    drawn (``show_first``): the minibatches arriving one by one."""

    def __init__(self, axes, points: np.ndarray, radius: float, color: str):
        super().__init__(fill_color=color, fill_opacity=1.0, stroke_width=0)
        self.all_points = cloud(axes, points, radius, color).points.copy()
        self.per_dot = len(self.all_points) // len(points)
        self.show_first(len(points))

    def show_first(self, count: int) -> None:
        """Draw the dots of the first ``count`` minibatches (none: one invisible point
        keeps the mobject drawable)."""
        if count > 0:
            self.set_points(self.all_points[:count * self.per_dot])
        else:
            self.set_points(np.repeat(self.all_points[:1], 4, axis=0))


def band(axes, mean: float, sd: float, color: str) -> Polygon:
    """The band mean +- sd across the minibatches."""
    return Polygon(*[axes.c2p(x, y) for x, y in (
        (0.5, mean - sd), (OLS_BATCHES + 0.5, mean - sd),
        (OLS_BATCHES + 0.5, mean + sd), (0.5, mean + sd))],
        stroke_width=0, fill_color=color, fill_opacity=BAND_OPACITY)


def nice_floor(value: float) -> float:
    """The largest 1, 2 or 5 times a power of ten that is at most ``value`` (> 0)."""
    power = 10.0 ** np.floor(np.log10(value))
    return max(m * power for m in (1.0, 2.0, 5.0) if m * power <= value * (1 + 1e-12))


def round_zoom(largest: float) -> int:
    """A round whole-number zoom (1, 2 or 5 times a power of ten) at most ``largest``."""
    return max(1, round(nice_floor(largest)))
