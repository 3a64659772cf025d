"""Zeros in higher dimensions: P(some coefficient is 0) and the share of zeros against n.

Centres c ~ U[-10, 10]^n (said on screen: the shares depend on how c is drawn), round
losses (A = I, exact by soft-thresholding, ``mathcore.cloud.cloud_nd``) and a budget that
is the same share of every loss's own need, t = 1/2 ||c||_p (a fixed t would shrink
relative to c as n grows, because ||c|| grows with n, and mix the dimension with the
budget).  Left, the chance that an L1 optimum has at least one exact zero, with its 95 %
Wilson interval; right, the share of its coefficients that are exactly 0, with its 95 %
interval.  At 20,000 samples the intervals are narrower than the line: the band is drawn
to scale, the legend states the largest half-width, and an inset in each panel magnifies
the point with the widest interval (its error bar between the interval's ends, read off
``CloudResult``, at a whole-number vertical magnification said on screen).  The L2 optima
are measured the same way and drawn as ringed markers on the zero line, labelled beside
it: not one zero at any n.  Texts and plots keep ``SIDE_ROOM`` from the screen's sides.

Render: ``manim render scenes/high_dim.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Circle,
    Create,
    Dot,
    FadeIn,
    Line,
    Polygon,
    Rectangle,
    VGroup,
    VMobject,
    Write,
)

from mathcore.cloud import CENTER_RANGE, cloud_nd
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.layout import Region
from scenes.strings import format_count, text

DIMENSIONS = (2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50)
SAMPLES, SEED = 20_000, 4
CASE = "isotropic"
RELATIVE_BUDGET = 0.5
#: Panels: (key, statistic of ``CloudResult``, its 95 % interval).
PANELS = (("hd_any", "fraction_zero", "ci95"),
          ("hd_share", "mean_zero_fraction", "mean_zero_ci95"))
L1_WIDTH = 5.0
BAND_OPACITY = 0.3
L2_WIDTH = 5.0
#: The L2 markers: larger than a line's width, ringed in the background colour so they
#: stand out from the x-axis they lie on.
L2_DOT = 0.08
L2_RING = 3.0
TICK_LABELS = ((0.0, "0"), (0.5, "0.5"), (1.0, "1"))
TICK_ROOM = 0.75  # left of each plot, for its tick labels
#: Room left empty on each side of everything: the screen's edge margin plus a gutter.
SIDE_ROOM = layout.GUTTER
#: The insets sit over the part of the x range from this share on (where the curves are flat).
INSET_FROM = 0.2
INSET_PAD = 0.12
INSET_MAX_HEIGHT = 2.0
INSET_AXIS_WIDTH = 0.3
#: The inset's error bar: stroke, cap length, and the dot at the measured value.
BAR_WIDTH = 4.0
CAP = 0.24
INSET_DOT = 0.06
#: The error bar fills this share of the inset's height at most (before rounding the
#: magnification down to a whole number).
BAR_SHARE = 0.5
#: Ring around the magnified point on the main plot, and the leader to its inset.
RING_RADIUS = 0.13
LEADER_WIDTH = 2.0
INSET_TEXT = theme.SMALL_SIZE * 0.85


def percent(value: float) -> str:
    """0.54935 -> "54.94": a share in percent with two decimals (the insets' precision)."""
    return f"{100 * value:.2f}"


def widest(intervals: np.ndarray) -> int:
    """Index of the plotted dimension whose 95 % interval is widest."""
    return int(np.argmax(intervals[:, 1] - intervals[:, 0]))


def half_width(interval) -> float:
    """Half the width of an interval (for the Wilson interval, within 0.01 point of both
    distances from the estimate at 20,000 samples)."""
    return float(interval[1] - interval[0]) / 2


class ZerosInHighDimensions(NormvizScene):
    """Each curve is measured by mathcore at every plotted dimension."""

    def construct(self) -> None:
        self.measure()
        self.build_panels()
        self.tell_story()

    def measure(self) -> None:
        """One ``cloud_nd`` run per (norm, n) at the relative budget."""
        self.values: dict[tuple[str, str], np.ndarray] = {}
        for norm in ("l1", "l2"):
            runs = [cloud_nd(norm, CASE, SAMPLES, n, seed=SEED,
                             relative_budget=RELATIVE_BUDGET) for n in DIMENSIONS]
            for _, stat, interval in PANELS:
                self.values[norm, stat] = np.array([getattr(r, stat) for r in runs])
                self.values[norm, interval] = np.array([getattr(r, interval) for r in runs])
        self.largest_half = max(half_width(row) for _, _, interval in PANELS
                                for row in self.values["l1", interval])
        self.show("dimensions", list(DIMENSIONS))
        self.show("relative_budget", RELATIVE_BUDGET)
        self.show("largest_half_width", self.largest_half)
        self.show("series", {f"{norm}/{stat}": values.tolist()
                             for (norm, stat), values in self.values.items()})

    def build_panels(self) -> None:
        area = layout.stage(caption_lines=2).shrink(left=SIDE_ROOM, right=SIDE_ROOM)
        title = pieces.title(text("hd_title", self.lang))
        self.title = pieces.fit_into(title, area.width).move_to(title.get_top(), UP)
        budget_band, area = area.split_top(2 * layout.CAPTION_LINE)
        self.budget = budget_band.place(pieces.fit_into(pieces.label(
            text("hd_budget", self.lang, kappa=f"{RELATIVE_BUDGET:g}", low=-int(CENTER_RANGE),
                 high=int(CENTER_RANGE), iso=format_count(SAMPLES, self.lang)),
            theme.SMALL_SIZE, theme.TEXT_COLOR), budget_band.width))
        self.panels = []
        for (key, stat, interval), column in zip(PANELS, area.columns(2, gap=1.0), strict=True):
            header_band, rest = column.split_top(0.5)
            plot_area = rest.split_bottom(0.9)[0]  # below: ticks and the axis name
            axes = self.plane(stat, pieces.coefficient_axes(
                (0.0, float(DIMENSIONS[-1])), (0.0, 1.0), plot_area.width - TICK_ROOM - 0.25,
                plot_area.height))
            axes.move_to(plot_area.center).align_to([plot_area.right - 0.25, 0.0, 0.0], RIGHT)
            header = header_band.place(pieces.label(text(key, self.lang), theme.BODY_SIZE))
            ticks = VGroup(*[
                pieces.label(mark, theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
                    axes.c2p(0.0, y), LEFT, buff=0.12) for y, mark in TICK_LABELS],
                *[pieces.label(str(n), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
                    axes.c2p(n, 0.0), DOWN, buff=0.12) for n in (0, 25, 50)])
            name = pieces.label(text("hd_x", self.lang), theme.SMALL_SIZE,
                                theme.MUTED_TEXT_COLOR).next_to(axes, DOWN, buff=0.45)
            l2 = self.l2_series(axes, self.values["l2", stat])
            panel = {
                "axes": axes, "header": header, "frame": VGroup(ticks, name),
                "band": self.band(axes, self.values["l1", interval]),
                "curve": self.curve(axes, self.values["l1", stat], theme.L1_COLOR, L1_WIDTH),
                "l2": l2, "stat": stat, "interval": interval}
            panel["l2_label"] = self.l2_label(axes)
            panel["inset"] = self.inset(panel)
            self.panels.append(panel)
        self.legend = self.build_legend()
        mean = self.values["l1", "mean_zero_fraction"]
        last = self.values["l1", "mean_zero_ci95"][-1]
        note_band = layout.caption_band(2).shrink(left=SIDE_ROOM, right=SIDE_ROOM) \
            .split_bottom(layout.CAPTION_LINE)[1]
        self.note = note_band.place(pieces.fit_into(pieces.label(
            text("hd_note", self.lang, n=DIMENSIONS[-1], share=percent(mean[-1]),
                 half=f"{100 * half_width(last):.2f}", kappa=f"{RELATIVE_BUDGET:g}"),
            theme.SMALL_SIZE, theme.ZERO_COLOR), note_band.width))

    @staticmethod
    def curve(axes, values: np.ndarray, color: str, width: float) -> VMobject:
        line = VMobject(color=color, stroke_width=width)
        line.set_points_as_corners(axes.c2p(np.column_stack([DIMENSIONS, values])))
        return line

    @staticmethod
    def band(axes, intervals: np.ndarray) -> Polygon:
        """The 95 % interval around the L1 series: low ends left to right, high ends back."""
        outline = np.vstack([np.column_stack([DIMENSIONS, intervals[:, 0]]),
                             np.column_stack([DIMENSIONS, intervals[:, 1]])[::-1]])
        return Polygon(*axes.c2p(outline), stroke_width=0, fill_color=theme.L1_COLOR,
                       fill_opacity=BAND_OPACITY)

    def l2_series(self, axes, values: np.ndarray) -> VGroup:
        """The measured L2 series: its line and a ringed marker at every dimension."""
        return VGroup(
            self.curve(axes, values, theme.L2_COLOR, L2_WIDTH),
            *[Dot(axes.c2p(n, value), radius=L2_DOT, color=theme.L2_COLOR,
                  stroke_color=theme.BACKGROUND_COLOR, stroke_width=L2_RING)
              for n, value in zip(DIMENSIONS, values, strict=True)])

    def l2_label(self, axes) -> VMobject:
        """"L2: 0 of 20,000 at every n", just above the L2 markers, at the right end."""
        words = pieces.label(text("hd_l2", self.lang, samples=format_count(SAMPLES, self.lang)),
                             theme.SMALL_SIZE, theme.L2_COLOR)
        end = axes.c2p(DIMENSIONS[-1], 0.0)
        return words.next_to(end + L2_DOT * UP, UP, buff=0.1).align_to(end, RIGHT)

    def inset(self, panel: dict) -> VGroup:
        """The point with the widest 95 % interval, magnified: its error bar between the
        interval's ends (labelled), in a frame over the flat part of the plot, on the side
        of the curve with more room; a ring on the point and a leader to the frame."""
        axes, stat, interval = panel["axes"], panel["stat"], panel["interval"]
        values, intervals = self.values["l1", stat], self.values["l1", interval]
        k = widest(intervals)
        n, value, (low, high) = DIMENSIONS[k], float(values[k]), intervals[k]
        half = half_width(intervals[k])
        # where the frame goes: beside the curve over x >= INSET_FROM of the range
        start = INSET_FROM * DIMENSIONS[-1]
        flat = np.concatenate([[np.interp(start, DIMENSIONS, values)],
                               values[np.array(DIMENSIONS) >= start]])
        left, right = axes.c2p(start, 0.0)[0], axes.c2p(DIMENSIONS[-1], 0.0)[0]
        stroke = L1_WIDTH * 0.01 / 2 + INSET_PAD
        if flat.min() > 1.0 - flat.max():  # more room below the curve
            bottom = panel["l2_label"].get_top()[1] + INSET_PAD
            top = axes.c2p(0.0, flat.min())[1] - stroke
        else:
            bottom = axes.c2p(0.0, flat.max())[1] + stroke
            top = axes.c2p(0.0, 1.0)[1] - INSET_PAD  # below the panel's header
        room = Region(left, right, bottom, top)
        if room.height > INSET_MAX_HEIGHT:
            room = room.shrink(bottom=(room.height - INSET_MAX_HEIGHT) / 2,
                               top=(room.height - INSET_MAX_HEIGHT) / 2)
        inner = room.shrink(INSET_PAD, INSET_PAD, INSET_PAD, INSET_PAD)
        heading = pieces.label(text("hd_inset", self.lang, n=n, zoom=1), INSET_TEXT)
        reading = pieces.label(text("hd_inset_value", self.lang, value=percent(value),
                                    half=f"{100 * half:.2f}"), INSET_TEXT, theme.L1_COLOR)
        heading_band, plot_band = inner.split_top(heading.height, gap=INSET_PAD)
        # a whole-number magnification, the error bar at most BAR_SHARE of the height
        main_unit = axes.c2p(0.0, 1.0)[1] - axes.c2p(0.0, 0.0)[1]
        zoom = int(np.floor(BAR_SHARE * plot_band.height / (2 * half * main_unit)))
        span = plot_band.height / (zoom * main_unit)
        middle = (low + high) / 2
        heading = heading_band.place(pieces.fit_into(pieces.label(
            text("hd_inset", self.lang, n=n, zoom=zoom), INSET_TEXT), inner.width))
        zoomed = self.plane(f"{stat}_inset", Axes(
            x_range=[n - 1, n + 1, 1], y_range=[middle - span / 2, middle + span / 2, span],
            x_length=INSET_AXIS_WIDTH, y_length=plot_band.height, tips=False,
            axis_config={"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE,
                         "include_ticks": False}))
        zoomed.move_to(plot_band.center)
        ticks = VGroup(*[Line(LEFT * 0.06, RIGHT * 0.06, color=theme.AXES_COLOR,
                              stroke_width=theme.AXES_STROKE).move_to(
                                  zoomed.y_axis.number_to_point(end)) for end in (high, low)])
        ends = VGroup(*[pieces.label(f"{percent(end)} %", INSET_TEXT, theme.MUTED_TEXT_COLOR)
                        .next_to(tick, LEFT, buff=0.08)
                        for tick, end in zip(ticks, (high, low), strict=True)])
        bar = VGroup(
            Line(zoomed.c2p(n, low), zoomed.c2p(n, high), color=theme.L1_COLOR,
                 stroke_width=BAR_WIDTH),
            *[Line(zoomed.c2p(n, end) + CAP / 2 * LEFT, zoomed.c2p(n, end) + CAP / 2 * RIGHT,
                   color=theme.L1_COLOR, stroke_width=BAR_WIDTH) for end in (low, high)],
            Dot(zoomed.c2p(n, value), radius=INSET_DOT, color=theme.L1_COLOR))
        frame = Rectangle(width=room.width, height=room.height, color=theme.AXES_COLOR,
                          stroke_width=theme.AXES_STROKE).move_to(room.center)
        point = axes.c2p(n, value)
        ring = Circle(radius=RING_RADIUS, color=theme.MUTED_TEXT_COLOR,
                      stroke_width=LEADER_WIDTH).move_to(point)
        corner = np.array([room.left, room.bottom if room.bottom > point[1] else room.top, 0.0])
        direction = (corner - point) / np.linalg.norm(corner - point)
        leader = Line(point + RING_RADIUS * direction, corner, color=theme.MUTED_TEXT_COLOR,
                      stroke_width=LEADER_WIDTH)
        # centre the labelled axis and its bar in the frame
        reading.next_to(bar, RIGHT, buff=0.2)
        offset = (plot_band.center[0] - VGroup(ends, reading).get_center()[0]) * RIGHT
        for part in (zoomed, ticks, ends, bar, reading):
            part.shift(offset)
        group = VGroup(frame, heading, reading, ends, zoomed.y_axis, ticks, bar, ring, leader)
        group.zoom, group.bar, group.zoomed = zoom, bar, zoomed
        group.point = (n, value, float(low), float(high), half)
        return group

    def build_legend(self) -> VGroup:
        """The L1 series with its band and the intervals' largest half-width, above the note."""
        swatch = VGroup(Rectangle(width=0.5, height=0.22, stroke_width=0,
                                  fill_color=theme.L1_COLOR, fill_opacity=BAND_OPACITY),
                        Line(LEFT * 0.25, RIGHT * 0.25, color=theme.L1_COLOR,
                             stroke_width=L1_WIDTH))
        l1 = VGroup(swatch, pieces.label(
            text("hd_isotropic", self.lang, half=f"{100 * self.largest_half:.2f}"),
            theme.SMALL_SIZE, theme.L1_COLOR)).arrange(RIGHT, buff=0.15)
        band = layout.caption_band(2).shrink(left=SIDE_ROOM, right=SIDE_ROOM) \
            .split_top(layout.CAPTION_LINE)[0]
        return band.place(pieces.fit_into(VGroup(l1), band.width))

    def tell_story(self) -> None:
        self.beat("hd_start")
        self.play(Write(self.title), FadeIn(self.budget),
                  *[Create(p["axes"]) for p in self.panels],
                  *[FadeIn(p["header"], p["frame"]) for p in self.panels], run_time=1.2)
        self.play(FadeIn(self.legend), run_time=0.6)
        self.play(*[FadeIn(p["band"]) for p in self.panels],
                  *[Create(p["curve"]) for p in self.panels], run_time=2.5)
        self.wait(1.0)
        self.beat("hd_ci")
        self.play(*[FadeIn(p["inset"]) for p in self.panels], run_time=1.2)
        self.wait(1.5)
        self.beat("hd_l2", samples=format_count(SAMPLES, self.lang))
        self.play(*[Create(p["l2"][0]) for p in self.panels],
                  *[FadeIn(p["l2"][1:], lag_ratio=0.05) for p in self.panels],
                  *[FadeIn(p["l2_label"]) for p in self.panels], run_time=1.2)
        self.wait(1.5)
        low, high = self.values["l1", "mean_zero_ci95"][-1]
        self.beat("hd_end", n=DIMENSIONS[-1],
                  share=f"{100 * self.values['l1', 'mean_zero_fraction'][-1]:.1f}",
                  low=f"{100 * low:.1f}", high=f"{100 * high:.1f}")
        self.play(FadeIn(self.note, shift=0.1 * UP), run_time=0.8)
