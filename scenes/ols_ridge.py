"""Least squares against ridge on minibatches of highly correlated data.

The claim: ridge is used with highly correlated features because it lowers the variance of
the fit, compared with plain least squares.

The data (``mathcore.correlated.correlated_pair``, rho = 0.99, ``y = x1 + x2 + e``): a
scatter of 200 of the 20,000 rows, x2 against x1, on a line.  Then
``mathcore.sgd.ols_vs_ridge``: on each of 200 minibatches of 100 rows (the stability
video's batches) a least-squares fit and a ridge fit (lambda as in the stability video: the
full-data ridge fit has half the least-squares norm).  With correlated features the fits
swing along (1, -1), so each row plots beta1 - beta2 of every minibatch's fit
(``OlsRidgeResult.along``) with a band of the mean +- 1 sd (``along_sd``).  Both rows share
ONE y range (the OLS swing), so the ridge row is a flat line; a small inset beside it,
labelled with its zoom (a round x100 for the defaults), shows ridge's own scatter.  Then
the full-data fits (OLS (0.96, 1.04), ridge (0.50, 0.50): ridge's price is shrinkage), the
sd ratio along beta1 - beta2 (147x: the data tell OLS almost nothing in that direction) and
along beta1 + beta2 (alike), and the ratio of the mean distances to the full-data fit in the
plane (15.6x, 95 % bootstrap interval), which mixes both directions: ridge's distance is
mostly its beta1 + beta2 spread, OLS's its beta1 - beta2 swing.

Render: ``manim render scenes/ols_ridge.py``.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, Create, Dot, FadeIn, FadeOut, Polygon, VGroup, Write

from mathcore.correlated import correlated_pair
from mathcore.parameters import STABILITY_SAMPLES as SAMPLES
from mathcore.sgd import ols_vs_ridge
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
LABEL_WIDTH, INSET_WIDTH, ROW_GAP, ROOM, BAND_OPACITY = 3.6, 3.0, 0.2, 1.1, 0.3
NUMBER_ROOM, LINE_GAP = 0.45, 0.1
CLOUD_DOT, INSET_DOT = 0.035, 0.035
#: The caption lines at the bottom (the ratios).
CAPTION_LINES = 2


class OlsAgainstRidge(NormvizScene):
    """Minibatch fits of least squares and ridge at rho = 0.99, on one y scale."""

    def construct(self) -> None:
        self.fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
        self.data = correlated_pair(RHO, SAMPLES, SEED)[0][:DATA_ROWS]
        self.show("ols_vs_ridge", self.fits.as_dict())
        self.title = pieces.title(text("ols_title", self.lang))
        self.data_beat()
        self.swing_beat()
        self.closing_beats()

    # -- the data --------------------------------------------------------------------------
    def data_beat(self) -> None:
        lang = self.lang
        left, right = layout.stage().split_left(4.6)
        square = left.shrink(left=NUMBER_ROOM, bottom=NUMBER_ROOM, right=layout.AXIS_NAME_ROOM,
                             top=0.3)
        size = min(square.width, square.height)
        axes = self.plane("data", pieces.coefficient_axes((-DATA_SPAN, DATA_SPAN),
                                                          (-DATA_SPAN, DATA_SPAN), size, size))
        square.place(axes)
        self.data_labels = pieces.axis_labels(axes, "x₁", "x₂")
        frame = VGroup(axes, pieces.tick_numbers(axes, (-2.0, 0.0, 2.0), (-2.0, 0.0, 2.0)),
                       self.data_labels)
        inside = np.all(np.abs(self.data) < DATA_SPAN, axis=1)
        self.data_points = self.data[inside]
        dots = VGroup(*[Dot(axes.c2p(*p), radius=DATA_DOT, color=theme.TEXT_COLOR)
                        for p in self.data_points])
        lines = [pieces.label(text("ols_rho", lang, rho=RHO), theme.BODY_SIZE, theme.TEXT_COLOR),
                 pieces.label(text("ols_rows", lang, rows=DATA_ROWS,
                                   total=format_count(SAMPLES, lang)),
                              theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
                 pieces.label(text("ols_batches", lang, batches=OLS_BATCHES, size=BATCH_SIZE),
                              theme.BODY_SIZE, theme.TEXT_COLOR),
                 pieces.label(text("ols_each", lang), theme.BODY_SIZE, theme.TEXT_COLOR)]
        readouts = VGroup(*lines).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        assert readouts.width <= right.width, "the data read-outs do not fit"
        readouts.move_to(right.center).align_to([right.left, 0.0, 0.0], LEFT)
        self.data_axes, self.data_readouts = axes, readouts
        self.beat("ols_data", rho=RHO, batches=OLS_BATCHES)
        self.play(Write(self.title), Create(frame), run_time=1.0)
        self.play(FadeIn(dots, lag_ratio=0.01), FadeIn(readouts[:2]), run_time=1.2)
        self.play(FadeIn(readouts[2:]), run_time=0.6)
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
            frame = VGroup(axes, pieces.tick_numbers(
                axes, (1, OLS_BATCHES // 2, OLS_BATCHES) if k == 1 else (), (-tick, 0.0, tick)))
            if k == 1:
                frame.add(pieces.label(text("ols_batch_axis", lang), theme.SMALL_SIZE,
                                       theme.MUTED_TEXT_COLOR)
                          .next_to(axes.c2p(0.75 * OLS_BATCHES, -reach), DOWN, buff=0.12))
            color = OLS_COLOR if name == "ols" else theme.L2_COLOR
            values, sd = fits.along(name), fits.along_sd(name)
            mean = float(values.mean())
            bands.add(band(axes, mean, sd, color))
            dots.add(*[Dot(axes.c2p(i + 1, v), radius=CLOUD_DOT, color=color)
                       for i, v in enumerate(values)])
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
                               "full": fit}
            if name == "ridge":
                self.inset = self.build_inset(inset_column, values, mean, sd)
        self.show("ols_vs_ridge_along", {name: {"sd": row["sd"], "mean": row["mean"]}
                                         for name, row in self.rows.items()}
                  | {"inset_zoom": self.zoom, "sd_ratio": fits.along_sd_ratio(),
                     "sum_sd_ratio": fits.along_sd_ratio((1.0, 1.0))})
        self.beat("ols_swing")
        self.play(FadeOut(self.leftovers), FadeIn(parts), run_time=0.8)
        self.play(FadeIn(dots, lag_ratio=0.005), run_time=1.5)
        self.play(FadeIn(bands), run_time=0.6)
        self.beat("ols_inset", zoom=self.zoom)
        self.play(FadeIn(self.inset["group"]), run_time=0.8)
        ridge, ols = fits.full_ridge, fits.full_ols
        self.beat("ols_shrink", r1=f"{ridge[0]:.2f}", r2=f"{ridge[1]:.2f}",
                  o1=f"{ols[0]:.2f}", o2=f"{ols[1]:.2f}")
        self.play(FadeIn(full), run_time=0.6)
        self.dots, self.full_lines = dots, full

    def build_inset(self, region: layout.Region, values: np.ndarray, mean: float,
                    sd: float) -> dict:
        """Ridge's beta1 - beta2 again, its y axis magnified by a round zoom (the largest at
        which its farthest value, with room, fits the inset), named in its label."""
        box = region.shrink(left=NUMBER_ROOM + 0.25, top=0.45, bottom=0.05)
        self.zoom = round_zoom(box.height / 2 / (self.row_scale * ROOM
                                                 * float(np.abs(values).max())))
        half = box.height / (2 * self.zoom * self.row_scale)
        axes = self.plane("ridge_inset", pieces.coefficient_axes(
            (0, OLS_BATCHES + 1), (-half, half), box.width, box.height))
        box.place(axes)
        tick = nice_floor(0.9 * half)
        frame = VGroup(axes, pieces.tick_numbers(axes, (), (-tick, 0.0, tick)))
        name = pieces.label(text("ols_inset", self.lang, zoom=self.zoom), theme.SMALL_SIZE,
                            theme.L2_COLOR)
        name.next_to(axes, UP, buff=0.1).align_to([region.right, 0.0, 0.0], RIGHT)
        assert name.width <= region.width, "ols_inset does not fit"
        outline = Polygon(*[axes.c2p(x, y) for x, y in ((0, -half), (OLS_BATCHES + 1, -half),
                                                       (OLS_BATCHES + 1, half), (0, half))],
                          stroke_color=theme.AXES_COLOR, stroke_width=1.5)
        inset_dots = VGroup(*[Dot(axes.c2p(i + 1, v), radius=INSET_DOT, color=theme.L2_COLOR)
                              for i, v in enumerate(values)])
        shade = band(axes, mean, sd, theme.L2_COLOR)
        group = VGroup(frame, outline, shade, inset_dots, name)
        return {"axes": axes, "group": group, "name": name, "half": half, "band": shade}

    # -- the ratios ------------------------------------------------------------------------
    def closing_beats(self) -> None:
        fits, lang = self.fits, self.lang
        caption = layout.caption_band(CAPTION_LINES)
        low, high = fits.ratio_ci95
        line_sd = pieces.label(text(
            "ols_ratio", lang, ols=f"{fits.along_sd('ols'):.3f}",
            ridge=f"{fits.along_sd('ridge'):.4f}", ratio=f"{fits.along_sd_ratio():.0f}"),
            theme.BODY_SIZE, theme.TEXT_COLOR)
        line_distance = pieces.label(text(
            "ols_distance", lang, sum_ols=f"{fits.along_sd('ols', (1.0, 1.0)):.3f}",
            sum_ridge=f"{fits.along_sd('ridge', (1.0, 1.0)):.3f}", ratio=f"{fits.ratio:.1f}",
            low=f"{low:.1f}", high=f"{high:.1f}"), theme.SMALL_SIZE, theme.TEXT_COLOR)
        lines = VGroup(line_sd, line_distance).arrange(DOWN, aligned_edge=LEFT, buff=0.05)
        caption.place(lines).align_to([caption.left, 0.0, 0.0], LEFT)
        assert caption.fits(lines, slack=0.01), "ols_ratio and ols_distance do not fit"
        self.beat("ols_ratio", ratio=f"{fits.along_sd_ratio():.0f}")
        self.play(FadeIn(line_sd), run_time=0.6)
        self.beat("ols_distance", ratio=f"{fits.ratio:.1f}", low=f"{low:.1f}",
                  high=f"{high:.1f}")
        self.play(FadeIn(line_distance), run_time=0.6)
        self.ratio_lines = lines


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
