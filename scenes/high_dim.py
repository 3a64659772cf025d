"""Zeros in higher dimensions: the mechanism for one loss, then the share of zeros against n.

Centres c ~ U[-10, 10]^n (said on screen: the shares depend on how c is drawn), round
losses (A = I, exact by soft-thresholding, ``mathcore.cloud.cloud_nd``) and a budget that
is the same share of every loss's own need, t = 1/2 ||c||_p (a fixed t would shrink
relative to c as n grows, because ||c|| grows with n, and mix the dimension with the
budget).  First the mechanism, for one loss at n = 10 (``mathcore.soft_threshold``, drawn as
``cloud_nd`` draws its first): its |c_i| as bars; L1's threshold line slides down from the
tallest bar, each bar's part above it coloured and their sum (the L1 norm of the optimum)
read out live, until it spends the budget t at theta; those parts then drop by theta onto
0 while the line fades where it is, at theta (no cut bar is then drawn under a theta
line), so the bars below theta become exactly 0 (green dots) and the others are cut down by
the same amount theta: their outlines stay, and beside one of them a dimension line named
theta marks the gap from its cut top up to its outline.  Meanwhile L2's chart makes way
for why one theta comes off every bar (each unit of height costs the same budget and
lowers the loss most on the deepest cut).  L2's factor shrinks from 1, every bar scaled by
it and the L2 norm read out, until it spends its budget at t / ||c||_2: none reaches 0.
A chart's old name goes before its new one comes.

Then the measured shares, the meaningful one first.  Left, the share of all coefficients
that are exactly 0 (it rises from 16.7 % at n = 2 to 28.7 % at n = 50, with its 95 %
interval, narrower than the line); right, the chance that an optimum has at least one
exact zero, with its 95 % Wilson interval: it rises with n (checked, as the subtitle says
only that).  Three dimensions are called out
on the right curve (n = 2, 5, 50: the chance rises from about a third to 1).  The L2
optima are measured the same way and drawn as one line on 0, labelled "L2: 0 % at every
n" just above it.  Texts and plots keep ``SIDE_ROOM`` from the screen's sides.  Every
reveal is held still before the next.  Under the title, the losses sampled here (the
2-D and 3-D videos sample others, so their shares differ: said on screen and in the
call-outs' subtitle) and each ball's own budget, in its colour, at the body size (the
small size reads about 12 px at 480p); under each panel's name again, small, the round
losses and the budget its shares were measured with.

Render: ``manim render scenes/high_dim.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Circumscribe,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Line,
    Polygon,
    Transform,
    VGroup,
    VMobject,
    Write,
    linear,
)

from mathcore.cloud import CENTER_RANGE, cloud_nd
from mathcore.soft_threshold import threshold_example
from scenes import layout, pieces, theme
from scenes.base import CLOSING_STILL_SECONDS, NormvizScene
from scenes.cues import subtitle_seconds
from scenes.live_text import FIELD, LiveLine
from scenes.strings import format_count, text

DIMENSIONS = (2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50)
SAMPLES, SEED = 20_000, 4
CASE = "isotropic"
RELATIVE_BUDGET = 0.5
#: Panels: (key, statistic of ``CloudResult``, its 95 % interval).
PANELS = (("hd_any", "fraction_zero", "ci95"),
          ("hd_share", "mean_zero_fraction", "mean_zero_ci95"))
#: The column of each panel: the share of all coefficients (the measure of sparsity) on the
#: left, drawn first; the chance of at least one zero on the right.
COLUMNS = (1, 0)
L1_WIDTH = 5.0
BAND_OPACITY = 0.3
L2_WIDTH = 5.0
#: The L2 markers: larger than a line's width, ringed in the background colour so they
#: stand out from the x-axis they lie on.
L2_DOT = 0.08
L2_RING = 3.0
#: The L2 label's gap over the markers' top (its baseline about 4 px higher at 480p).
L2_LABEL_GAP = 0.07
#: The shares' ticks, labelled in per cent as the call-outs and the note are.
TICK_VALUES = (0.0, 0.5, 1.0)
TICK_ROOM = 0.75  # left of each bar chart, for its tick labels
TICK_GAP = 0.12  # between a tick label and its axis
#: Room left empty on each side of everything: the screen's edge margin plus a gutter.
SIDE_ROOM = layout.GUTTER
#: The dimensions called out on the left curve, the callout's dot and text size.
CALLOUTS = (2, 5, 50)
CALLOUT_DOT, CALLOUT_TEXT = 0.07, theme.SMALL_SIZE
#: Room above each plot for its name, and the name's distance from the plot's top.
HEADER_ROOM, HEADER_GAP = 0.55, 0.15
#: Under each panel's name, the losses and budget it was measured with (why its shares
#: are not the 2-D and 3-D videos'): the extra room it takes and its gap to the name.
SETTING_ROOM, SETTING_GAP = 0.45, 0.06
#: The two balls' budgets under the loss's line: the room between them, and between lines.
BUDGET_GAP, BUDGET_LINE_GAP = 0.8, 0.06
#: The band of those two lines (at the body size) is this much taller than two lines of
#: small text: room between them and the names over the plots.
BUDGET_ROOM = 0.1
#: Least room between two call-outs' words.
CALLOUT_GAP = 0.2
#: How long each L1 curve takes to be drawn, left to right (s).
DRAW_SECONDS = 3.0
#: The picture is held still this long after each key reveal, before anything else moves.
HOLD_SECONDS = 1.5
#: Each call-out is held this long (its subtitle tells why these shares differ from the
#: 2-D and 3-D videos': read while they come), then the lines under the title that say
#: so (the round loss, each ball's budget) are circled for ``CIRCLE_SECONDS``.
CALLOUT_HOLD, CIRCLE_SECONDS = 2.2, 1.5
#: How long the |c_i| bars take to come in, and the L2 lines to be drawn (s).
BARS_SECONDS, L2_DRAW_SECONDS = 2.0, 2.5
#: Lines of small text under the plots: the closing note.
CAPTION_LINES = 1
#: The mechanism: one loss of ``MECH_DIM`` coefficients (``mathcore.soft_threshold``), its
#: |c_i| as bars on a 0..``MECH_TOP`` scale, each ``MECH_BAR`` wide; the zeros' dots.
MECH_DIM, MECH_TOP, MECH_BAR, MECH_DOT = 10, 10.0, 0.6, 0.09
MECH_GHOST = 2.0  # the outline left where |c_i| was
#: The mark of the gap theta beside a cut bar: its end ticks' half width (data units of i)
#: and its stroke.
GAP_TICK, GAP_STROKE = 0.12, 3.0
#: How long L1's threshold line slides down from the tallest bar to theta (while the
#: subtitle says why one theta comes off every bar), and L2's factor from 1 down to its
#: scale, each spending its ball's budget (s).
L1_SLIDE_SECONDS, SLIDE_SECONDS = 5.5, 3.5


def percent(value: float) -> str:
    """0.54935 -> "54.94": a share in percent with two decimals."""
    return f"{100 * value:.2f}"


def half_width(interval) -> float:
    """Half the width of an interval (for the Wilson interval, within 0.01 point of both
    distances from the estimate at SAMPLES losses)."""
    return float(interval[1] - interval[0]) / 2


class ZerosInHighDimensions(NormvizScene):
    """Each curve is measured by mathcore at every plotted dimension."""

    def construct(self) -> None:
        self.measure()
        self.build_panels()
        self.build_mechanism()
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
        area = layout.stage(caption_lines=CAPTION_LINES).shrink(left=SIDE_ROOM,
                                                                right=SIDE_ROOM)
        title = pieces.title(text("hd_title", self.lang))
        self.title = pieces.fit_into(title, area.width).move_to(title.get_top(), UP)
        budget_band, area = area.split_top(2 * layout.CAPTION_LINE + BUDGET_ROOM)
        self.plot_area = area
        self.budget_text = text("hd_budget", self.lang, low=-int(CENTER_RANGE),
                                high=int(CENTER_RANGE))
        # the loss, then each ball's own budget in its colour (L1's and L2's differ)
        self.budget_lines = VGroup(*[pieces.label(
            text(f"hd_budget_{norm}", self.lang, kappa=f"{RELATIVE_BUDGET:g}"),
            theme.BODY_SIZE, theme.NORM_COLORS[norm]) for norm in ("l1", "l2")]).arrange(
            RIGHT, buff=BUDGET_GAP)
        # at the band's top, apart from the names over the plots under it
        self.budget = pieces.fit_into(VGroup(
            pieces.label(self.budget_text, theme.BODY_SIZE, theme.TEXT_COLOR),
            self.budget_lines).arrange(DOWN, buff=BUDGET_LINE_GAP), budget_band.width)
        self.budget.move_to(budget_band.center).align_to([0.0, budget_band.top, 0.0], UP)
        self.panels = []
        columns = area.columns(2, gap=1.0)
        # left of each plot: room for its widest tick label ("100 %") and the gap
        room = TICK_GAP + max(pieces.label(self.tick_text(y), theme.SMALL_SIZE).width
                              for y in TICK_VALUES)
        for (key, stat, interval), column in zip(PANELS, [columns[k] for k in COLUMNS],
                                                 strict=True):
            # above: the plot's name and the losses it was measured with
            rest = column.split_top(HEADER_ROOM + SETTING_ROOM)[1]
            plot_area = rest.split_bottom(0.9)[0]  # below: ticks and the axis name
            axes = self.plane(stat, pieces.coefficient_axes(
                (0.0, float(DIMENSIONS[-1])), (0.0, 1.0), plot_area.width - room - 0.25,
                plot_area.height))
            axes.move_to(plot_area.center).align_to([plot_area.right - 0.25, 0.0, 0.0], RIGHT)
            # over the plot itself, clear of the tick labels on its left and of the top
            setting = pieces.label(text("hd_setting", self.lang,
                                        kappa=f"{RELATIVE_BUDGET:g}"),
                                   theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR)
            setting.move_to(axes.get_center()).next_to(axes, UP, buff=HEADER_GAP)
            header = pieces.label(text(key, self.lang), theme.BODY_SIZE)
            header.move_to(axes.get_center()).next_to(setting, UP, buff=SETTING_GAP)
            ticks = VGroup(*[
                pieces.label(self.tick_text(y), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR)
                .next_to(axes.c2p(0.0, y), LEFT, buff=TICK_GAP) for y in TICK_VALUES],
                *[pieces.label(str(n), theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR).next_to(
                    axes.c2p(n, 0.0), DOWN, buff=0.12) for n in (0, 25, 50)])
            name = pieces.label(text("hd_x", self.lang), theme.SMALL_SIZE,
                                theme.MUTED_TEXT_COLOR).next_to(axes, DOWN, buff=0.45)
            l2 = self.l2_series(axes, self.values["l2", stat])
            panel = {
                "axes": axes, "header": header, "frame": VGroup(ticks, name, setting),
                "setting": setting,
                "band": self.band(axes, self.values["l1", interval]),
                "curve": self.curve(axes, self.values["l1", stat], theme.L1_COLOR, L1_WIDTH),
                "l2": l2, "stat": stat, "interval": interval}
            panel["l2_label"] = self.l2_label(axes)
            self.panels.append(panel)
        # both names at one size, as wide as the wider may be over its plot
        widest = max(p["header"].width / p["axes"].width for p in self.panels)
        for panel in self.panels:
            panel["header"].scale(min(1.0, 1.0 / widest), about_edge=DOWN)
        self.marks = self.callouts(self.panels[0])
        mean = self.values["l1", "mean_zero_fraction"]
        last = self.values["l1", "mean_zero_ci95"][-1]
        chance = self.values["l1", "fraction_zero"][-1]
        self.note = self.caption_row(0).place(pieces.fit_into(pieces.label(
            text("hd_note", self.lang, n=DIMENSIONS[-1], any=pieces.format_number(100 * chance),
                 share=percent(mean[-1]), half=f"{100 * half_width(last):.2f}"),
            theme.SMALL_SIZE, theme.ZERO_COLOR), self.caption_row(0).width))

    def tick_text(self, share: float) -> str:
        """A share's tick label in per cent: 0.5 -> "50 %"."""
        return text("hd_tick", self.lang, value=f"{100 * share:g}")

    @staticmethod
    def caption_row(row: int) -> layout.Region:
        """Line ``row`` (0 at the top) of the caption band under the plots."""
        band = layout.caption_band(CAPTION_LINES).shrink(left=SIDE_ROOM, right=SIDE_ROOM)
        below = band.split_top(row * layout.CAPTION_LINE)[1] if row else band
        return below.split_top(layout.CAPTION_LINE)[0]

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
        """The measured L2 series: one labelled line (0 at every n: no markers piled on
        the axis)."""
        return VGroup(self.curve(axes, values, theme.L2_COLOR, L2_WIDTH))

    def l2_label(self, axes) -> VMobject:
        """"L2: 0 % at every n", just above the L2 line, at the right end."""
        words = pieces.label(text("hd_l2", self.lang, samples=format_count(SAMPLES, self.lang)),
                             theme.SMALL_SIZE, theme.L2_COLOR)
        end = axes.c2p(DIMENSIONS[-1], 0.0)
        return words.next_to(end + L2_DOT * UP, UP, buff=L2_LABEL_GAP).align_to(end, RIGHT)

    def callouts(self, panel: dict) -> VGroup:
        """Dots on the left curve at ``CALLOUTS``, each with "n = 2: 33 %": below and right
        of the dot where the curve still climbs (it passes above the words), under the last
        one, right-aligned, below the curve's flat top."""
        axes, values = panel["axes"], self.values["l1", panel["stat"]]
        group = VGroup()
        for n in CALLOUTS:
            value = float(values[DIMENSIONS.index(n)])
            dot = Dot(axes.c2p(n, value), radius=CALLOUT_DOT, color=theme.L1_COLOR)
            words = pieces.label(text("hd_callout", self.lang, n=n, share=f"{100 * value:.0f}"),
                                 CALLOUT_TEXT, theme.L1_COLOR)
            if n != CALLOUTS[-1]:  # the curve climbs above and to the right of these
                words.next_to(dot, RIGHT, buff=0.15).align_to(dot.get_center(), UP)
            else:  # under the flat top of the curve, and under any call-out it would meet
                words.next_to(dot, DOWN, buff=0.2).align_to(dot, RIGHT)
                for _, other in group:
                    if other.get_right()[0] + CALLOUT_GAP > words.get_left()[0] \
                            and other.get_bottom()[1] - CALLOUT_GAP < words.get_top()[1]:
                        words.shift((other.get_bottom()[1] - CALLOUT_GAP
                                     - words.get_top()[1]) * UP)
            group.add(VGroup(dot, words))
        return group

    def build_mechanism(self) -> None:
        """One loss at n = ``MECH_DIM``: its |c_i| as bars in two charts (planes
        ``mech_l1`` and ``mech_l2``); L1 cuts every bar down by theta (the threshold line),
        those below theta become exactly 0 (dots); L2 scales every bar by one factor."""
        example = threshold_example(MECH_DIM, SEED, RELATIVE_BUDGET)
        self.example = example
        sizes = np.abs(example.center)
        self.show("mechanism", {"c": example.center.tolist(), "theta": example.theta,
                                "l1": example.l1.tolist(), "scale": example.scale,
                                "l2": example.l2.tolist()})
        zeros = int(np.sum(example.l1 == 0.0))
        fields = {"theta": f"{example.theta:.2f}", "scale": f"{example.scale:g}",
                  "zeros": zeros, "n": MECH_DIM,
                  "least": f"{np.min(np.abs(example.l2)):.2f}"}
        self.mech_fields = fields
        self.mech = []
        # the panels' area and the caption band under it (empty until the panels come)
        band = layout.caption_band(CAPTION_LINES)
        area = layout.Region(self.plot_area.left, self.plot_area.right, band.bottom,
                             self.plot_area.top)
        for k, (column, norm) in enumerate(zip(area.columns(2, gap=1.0), ("l1", "l2"),
                                               strict=True)):
            rest = column.split_top(HEADER_ROOM)[1]  # above: the chart's name
            plot, foot = rest.split_bottom(0.9)
            axes = self.plane(f"mech_{norm}", pieces.coefficient_axes(
                (0.0, MECH_DIM + 1.0), (0.0, MECH_TOP), plot.width - TICK_ROOM - 0.25,
                plot.height))
            axes.move_to(plot.center).align_to([plot.right - 0.25, 0.0, 0.0], RIGHT)
            ticks = VGroup(*[pieces.label(f"{y:g}", theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR)
                             .next_to(axes.c2p(0.0, y), LEFT, buff=0.12)
                             for y in (0.0, MECH_TOP / 2, MECH_TOP)])
            name = pieces.label(text("hd_mech_x", self.lang, n=MECH_DIM), theme.SMALL_SIZE,
                                theme.MUTED_TEXT_COLOR).next_to(axes, DOWN, buff=0.15)
            # over the chart itself, clear of the tick numbers on its left
            start = pieces.fit_into(pieces.label(text("hd_mech_c", self.lang),
                                                 theme.BODY_SIZE), axes.width)
            start.move_to(axes.get_center()).next_to(axes, UP, buff=HEADER_GAP)
            header = pieces.fit_into(pieces.label(
                text(f"hd_mech_{norm}", self.lang, **fields), theme.BODY_SIZE,
                theme.L1_COLOR if k == 0 else theme.L2_COLOR), axes.width)
            header.move_to(axes.get_center()).next_to(axes, UP, buff=HEADER_GAP)
            after = example.l1 if norm == "l1" else example.l2
            color = theme.L1_COLOR if norm == "l1" else theme.L2_COLOR
            bars = VGroup(*[self.bar(axes, i + 1, size, theme.MUTED_TEXT_COLOR)
                            for i, size in enumerate(sizes)])
            ghosts = VGroup(*[self.bar(axes, i + 1, size, theme.MUTED_TEXT_COLOR, ghost=True)
                              for i, size in enumerate(sizes)])
            results = VGroup(*[self.bar(axes, i + 1, abs(value), color)
                               for i, value in enumerate(after)])
            note = pieces.label(text(f"hd_mech_{norm}_note", self.lang, **fields),
                                theme.SMALL_SIZE, theme.ZERO_COLOR if k == 0 else color)
            note = pieces.fit_into(note, foot.width).next_to(name, DOWN, buff=0.12)
            # the live norm of the optimum while the budget is being spent, in the note's
            # place (the note replaces it once the budget is spent)
            budget = example.l1_budget if norm == "l1" else example.l2_budget
            reading = LiveLine(text(f"hd_mech_{norm}_spent", self.lang, value=FIELD,
                                    t=f"{budget:.2f}"), ["00.00"], theme.SMALL_SIZE, color)
            reading.move_to(note).align_to(note, DOWN)  # never lower than the note
            # the bars while they change: L1's parts above the sliding line, L2's scaled
            live = VGroup(*[self.bar(axes, i + 1, size, color) for i, size in enumerate(sizes)])
            part = {"axes": axes, "frame": VGroup(ticks, name), "start": start,
                    "header": header, "bars": bars, "ghosts": ghosts, "results": results,
                    "note": note, "reading": reading, "live": live}
            part["chart"] = VGroup(axes, part["frame"], start, bars)
            if norm == "l1":
                part["gap"] = self.theta_gap(axes, sizes, example.theta)
                part["line"] = DashedLine(axes.c2p(0.0, example.theta),
                                          axes.c2p(MECH_DIM + 1.0, example.theta),
                                          color=theme.TEXT_COLOR, stroke_width=3)
                part["theta"] = pieces.label("θ", theme.SMALL_SIZE).next_to(
                    axes.c2p(MECH_DIM + 1.0, example.theta), RIGHT, buff=0.08)
                part["dots"] = VGroup(*[Dot(axes.c2p(i + 1, 0.0), radius=MECH_DOT,
                                            color=theme.ZERO_COLOR)
                                        for i, value in enumerate(after) if value == 0.0])
            self.mech.append(part)
        self.why = self.reason(self.mech[1])

    def reason(self, part: dict) -> VMobject:
        """Why L1 takes one theta off every bar (for hd_cut, in place of L2's chart,
        which is hidden until its own beat): the loss sum (|c_i| - b_i)^2 falls by
        2 (|c_i| - b_i) per unit of height b_i, the L1 budget sum b_i charges every unit
        alike, so the budget goes to the deepest cut until all cuts are equal (theta);
        a bar with |c_i| <= theta buys less than that, so it gets none (0)."""
        axes, header = part["axes"], part["start"]
        words = pieces.label(text("hd_mech_why", self.lang), theme.SMALL_SIZE)
        words = pieces.fit_into(words, axes.width + TICK_ROOM)
        room = header.get_top()[1] - axes.get_bottom()[1]
        if words.height > room:
            words.scale_to_fit_height(room)
        return words.move_to([axes.get_center()[0] - TICK_ROOM / 2,
                              (header.get_top()[1] + axes.get_bottom()[1]) / 2, 0.0])

    @staticmethod
    def gap_bar(sizes: np.ndarray, theta: float) -> int:
        """The 0-based index of the cut bar (|c_i| > theta) whose right neighbour (0 past
        the last bar) lies lowest under its cut top |c_i| - theta: beside it, the gap
        theta between the cut top and the outline of |c_i| is marked and named."""
        after = np.append(sizes[1:], 0.0)
        room = np.where(sizes > theta, sizes - theta - after, -np.inf)
        return int(np.argmax(room))

    def theta_gap(self, axes, sizes: np.ndarray, theta: float) -> VGroup:
        """A dimension line right of the chosen cut bar i (``gap_bar``), from its cut top
        |c_i| - theta up to |c_i|, with end ticks and "θ" beside it: every cut bar ends
        theta below its outline."""
        i = self.gap_bar(sizes, theta)
        x, low, high = i + 1 + 0.5, sizes[i] - theta, sizes[i]
        ends = [Line(axes.c2p(x - GAP_TICK, y), axes.c2p(x + GAP_TICK, y),
                     color=theme.TEXT_COLOR, stroke_width=GAP_STROKE) for y in (low, high)]
        line = Line(axes.c2p(x, low), axes.c2p(x, high), color=theme.TEXT_COLOR,
                    stroke_width=GAP_STROKE)
        name = pieces.label("θ", theme.SMALL_SIZE).next_to(ends[0], RIGHT, buff=0.08)
        return VGroup(line, *ends, name.set_y(line.get_center()[1]))

    @staticmethod
    def bar(axes, x: float, height: float, color: str, ghost: bool = False) -> Polygon:
        """A bar from 0 to ``height`` at ``x`` (a zero-height one is a flat line)."""
        corners = np.array([[x - MECH_BAR / 2, 0.0], [x + MECH_BAR / 2, 0.0],
                            [x + MECH_BAR / 2, height], [x - MECH_BAR / 2, height]])
        if ghost:
            return Polygon(*axes.c2p(corners), color=color, stroke_width=MECH_GHOST,
                           fill_opacity=0.0)
        return Polygon(*axes.c2p(corners), stroke_width=0, fill_color=color, fill_opacity=1.0)

    def slide_l1(self) -> None:
        """The updater of L1's slide: the line at the tracked threshold, each bar's part
        above it in L1's colour, and the L1 norm those parts add up to."""
        part, theta = self.mech[0], self.theta.get_value()
        axes, sizes = part["axes"], np.abs(self.example.center)
        part["line"].put_start_and_end_on(axes.c2p(0.0, theta),
                                          axes.c2p(MECH_DIM + 1.0, theta))
        part["theta"].next_to(axes.c2p(MECH_DIM + 1.0, theta), RIGHT, buff=0.08)
        for i, (piece, size) in enumerate(zip(part["live"], sizes, strict=True)):
            low = min(theta, size)
            piece.set_points_as_corners(axes.c2p(np.array(
                [[i + 1 - MECH_BAR / 2, low], [i + 1 + MECH_BAR / 2, low],
                 [i + 1 + MECH_BAR / 2, size], [i + 1 - MECH_BAR / 2, size],
                 [i + 1 - MECH_BAR / 2, low]])))
        spent = float(np.sum(np.maximum(sizes - theta, 0.0)))
        part["reading"].set_fields(f"{spent:.2f}")

    def slide_l2(self) -> None:
        """The updater of L2's scaling: every bar times the tracked factor, and the L2
        norm of the scaled c."""
        part, scale = self.mech[1], self.scale.get_value()
        axes, sizes = part["axes"], np.abs(self.example.center)
        for i, (piece, size) in enumerate(zip(part["live"], sizes, strict=True)):
            piece.set_points_as_corners(axes.c2p(np.array(
                [[i + 1 - MECH_BAR / 2, 0.0], [i + 1 + MECH_BAR / 2, 0.0],
                 [i + 1 + MECH_BAR / 2, scale * size], [i + 1 - MECH_BAR / 2, scale * size],
                 [i + 1 - MECH_BAR / 2, 0.0]])))
        part["reading"].set_fields(f"{scale * float(np.linalg.norm(sizes)):.2f}")

    def show_mechanism(self) -> None:
        """Three beats: the |c_i|; L1's threshold sliding down from the tallest bar until
        the parts above it spend the budget, then those parts dropped onto 0; L2's factor
        shrinking from 1 until the scaled bars spend theirs."""
        left, right = self.mech
        sizes = np.abs(self.example.center)
        self.theta = self.tracker("theta", float(sizes.max()))
        self.scale = self.tracker("scale", 1.0)
        self.beat("hd_start", **self.mech_fields)
        self.play(Write(self.title), FadeIn(self.budget),
                  *[Create(p["axes"]) for p in self.mech],
                  *[FadeIn(p["frame"], p["start"]) for p in self.mech], run_time=1.0)
        self.play(*[FadeIn(p["bars"], lag_ratio=0.1) for p in self.mech],
                  run_time=BARS_SECONDS)
        self.wait(HOLD_SECONDS)
        self.beat("hd_cut", **self.mech_fields)
        self.slide_l1()
        # L2's chart makes way for why one theta comes off every bar (back in hd_scale)
        self.play(FadeOut(right["chart"]), run_time=0.5)
        self.play(Create(left["line"]), FadeIn(left["theta"]), FadeIn(left["reading"]),
                  FadeIn(self.why), run_time=0.8)
        self.add(left["live"])
        moving = self.drive(self.slide_l1, left["line"], left["theta"], left["live"],
                            left["reading"])
        self.play(self.theta.animate.set_value(self.example.theta),
                  run_time=L1_SLIDE_SECONDS, rate_func=linear)
        self.stop_driving(moving, self.slide_l1)
        self.wait(1.0)  # the budget spent: theta found
        # the parts above theta drop by theta onto 0: the L1 optimum; the |c_i| outlined;
        # the threshold line stays at theta while it fades (no bar is left "under" it),
        # and the gap theta between a cut bar and its outline is marked instead; the old
        # name and reading go before the new ones come (never one over the other)
        self.add(left["ghosts"])
        self.play(FadeOut(left["bars"]), Transform(left["live"], left["results"]),
                  FadeOut(left["line"]), FadeOut(left["theta"]), FadeOut(left["start"]),
                  FadeOut(left["reading"]), run_time=1.2)
        self.play(FadeIn(left["dots"]), FadeIn(left["gap"]), FadeIn(left["header"]),
                  FadeIn(left["note"]), run_time=0.6)
        self.wait(HOLD_SECONDS)
        self.beat("hd_scale", **self.mech_fields)
        self.slide_l2()
        self.play(FadeOut(self.why), run_time=0.5)
        self.play(FadeIn(right["chart"]), run_time=0.6)
        self.play(FadeIn(right["reading"]), FadeIn(right["live"]), run_time=0.6)
        self.add(right["ghosts"])
        self.remove(right["bars"])
        moving = self.drive(self.slide_l2, right["live"], right["reading"])
        self.play(self.scale.animate.set_value(self.example.scale), run_time=SLIDE_SECONDS,
                  rate_func=linear)
        self.stop_driving(moving, self.slide_l2)
        self.wait(1.0)  # the budget spent
        self.play(FadeOut(right["reading"]), FadeOut(right["start"]), run_time=0.4)
        self.play(FadeIn(right["note"]), FadeIn(right["header"]), run_time=0.4)
        self.wait(HOLD_SECONDS)

    def rise_fields(self) -> dict[str, str]:
        """The called-out dimensions and mathcore's chance of a zero at each, in whole per
        cent, as the subtitle's n_a, p_a, n_b, p_b, n_c, p_c."""
        values = self.values["l1", "fraction_zero"]
        return {field: value for key, n in zip("abc", CALLOUTS, strict=True)
                for field, value in ((f"n_{key}", str(n)),
                                     (f"p_{key}", f"{100 * values[DIMENSIONS.index(n)]:.0f}"))}

    def tell_story(self) -> None:
        """One thing per beat, each held still after it appears: the mechanism (three
        beats); the left curve (all coefficients); the right curve (optima with a zero);
        its called-out dimensions, then the lines under the title circled (why n = 2
        differs from the 2-D and 3-D scenes: a round loss, half the budget c needs); the
        L2 series; the closing note, written while it is read."""
        any_panel, share_panel = self.panels
        circled = self.tracker("circled", 0.0)  # 0 -> 1 while the budget lines are circled
        self.show_mechanism()
        self.beat("hd_share", samples=format_count(SAMPLES, self.lang))
        self.play(*[FadeOut(VGroup(*[m for key, m in p.items() if key not in
                                     ("start", "results", "bars", "reading", "line",
                                      "theta", "chart")]))
                    for p in self.mech],
                  run_time=0.5)
        self.play(*[Create(p["axes"]) for p in self.panels],
                  *[FadeIn(p["header"], p["frame"]) for p in self.panels], run_time=0.8)
        self.play(FadeIn(share_panel["band"]),
                  Create(share_panel["curve"]), run_time=DRAW_SECONDS, rate_func=linear)
        self.wait(HOLD_SECONDS)
        # the subtitle says only that the chance of a zero rises with n: it must
        if np.any(np.diff(self.values["l1", "fraction_zero"]) < 0.0):
            raise ValueError("the share of L1 optima with a zero does not rise with n")
        self.beat("hd_any")
        self.play(FadeIn(any_panel["band"]), Create(any_panel["curve"]),
                  run_time=DRAW_SECONDS, rate_func=linear)
        self.wait(HOLD_SECONDS)
        self.beat("hd_rise", **self.rise_fields())
        for mark in self.marks:
            self.play(FadeIn(mark), run_time=0.8)
            self.wait(CALLOUT_HOLD)
        # the lines that say why these shares are not the 2-D and 3-D videos' (the round
        # loss, the budget half of c's own norm), circled while the subtitle says so
        self.play(Circumscribe(self.budget, color=theme.TEXT_COLOR, buff=0.05,
                               stroke_width=2),
                  circled.animate.set_value(1.0), run_time=CIRCLE_SECONDS)
        self.wait(HOLD_SECONDS)
        self.beat("hd_l2", samples=format_count(SAMPLES, self.lang))
        self.play(*[Create(p["l2"][0]) for p in self.panels],
                  *[FadeIn(p["l2_label"]) for p in self.panels], run_time=L2_DRAW_SECONDS)
        self.wait(HOLD_SECONDS)
        mean = self.values["l1", "mean_zero_fraction"][-1]
        self.beat("hd_end", n=DIMENSIONS[-1], share=f"{100 * mean:.1f}",
                  count=f"{mean * DIMENSIONS[-1]:.0f}")
        # written while its subtitle is read, so that only the closing still is left
        reading = subtitle_seconds(self.beats[-1]["subtitle"], self.lang)
        self.play(Write(self.note), run_time=max(0.8, reading - CLOSING_STILL_SECONDS))
