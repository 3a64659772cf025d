"""Ridge against lasso on standardised data: coefficient paths side by side.

x: the share s of the least-squares budget (``||b||_p / ||b_LS||_p``), from 0 (penalty so
large that b = 0) to 1 (no penalty: both paths end at the least-squares fit, named), swept
left to right: as the penalty relaxes, the lasso lets features in one at a time and holds
every other coefficient at exactly 0 over whole stretches of s; the ridge grows all of them
at once.  A live counter over each plot says how many coefficients are non-zero at s.  A
ridge coefficient may cross 0 (mathcore finds the crossings, marked and named under the
plot in the closing note on them, not during the sweep, where marks on the 0 line would
read as entries), but it never stays there.  The lasso path is exact (its knots are where a feature
enters or leaves; each is named under the plot); the ridge path is exact at each plotted
share.  The closing notes compare the two at ``COMPARE_AT``, marked on both plots; each
share axis is named in words under its plot (the lasso's s is a share of the L1 norm, the
ridge's of the L2 norm), and the coefficient axis has numbers at round ticks.  A feature
whose lasso coefficient drops back to exactly 0 at a knot and later becomes non-zero again
is named twice under the plot: "<name> leaves" at the knot where it drops out, "<name>
back in" where it re-enters (on the diabetes data: s3).  The names under the plots are as
large as the axes' numbers and never shrunk: they stand in rows (``ruler_levels``), the
leaders passing between the names of the rows above; long names are cut shorter first.
Colour singles features out, and means nothing else: the features the subtitle speaks
of are lit, in ``theme.FEATURE_PALETTE``'s violet and lavender taken in turn down the
order of their least-squares coefficients (``lit_colours``: names stacked next to each
other at the plots' right ends alternate); every other feature is drawn in the grey
``theme.FEATURE_REST`` (ten colours cannot all stay clear of the lesson's meanings), and
so is every feature in the closing picture, none singled out.  Everything drawn for a
feature (its curves, names, knot and crossing marks, zoom dot, bead) takes its colour on
that plot.  Every lit curve that is not 0 carries its name at its live end, as large as
the axes' numbers (spread apart, with a leader); the other curves and the lasso's zeros
go unnamed there (ten names at once would have to be too small to read).  One line under the
title says what the data are (from the loader: n, the features, the target; a run of
numbered names such as s1 ... s6 written s1–s6).  In the closing notes the cursors go back
to s = ``COMPARE_AT``, the counters counting at them all the way, so that the counters
count where the notes look; the s = ``COMPARE_AT`` line and tag and the notes come in only
once the cursors stand there.  The notes come one at a time, as large as the axes' numbers.

Near s = 0 the sweep stops at ``ZOOM_AT`` for a zoom on the sizes: each coefficient's |β|
on one log scale per plot (mathcore's values): the ridge's are small but not 0, the
lasso's zeros sit on a row of their own under the scale, exactly 0.

The data: the diabetes data (default), or a user's CSV file (``data`` and ``target``
class attributes, set by ``normviz render ridge_vs_lasso --data mine.csv --target price``);
numbers from ``mathcore.paths`` on ``mathcore.datasets``.

Render: ``manim render scenes/ridge_vs_lasso.py``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Create,
    DashedLine,
    DashedVMobject,
    Dot,
    FadeIn,
    FadeOut,
    GrowFromCenter,
    LaggedStart,
    Line,
    Rectangle,
    VGroup,
    VMobject,
    Write,
    linear,
)

from mathcore.datasets import Dataset, load_diabetes, read_csv
from mathcore.paths import budget_shares, lasso_path, ridge_path_at_shares, ridge_zero_crossings
from mathcore.preprocessing import standardize
from scenes import layout, pieces, theme
from scenes.base import STILL_SECONDS, NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import reading_seconds, text

RIDGE_SAMPLES = 121
#: The share at which the closing notes compare the two paths (marked on both plots).
COMPARE_AT = 0.5
#: Seconds the sweep takes from s = 0 to s = 1 (about 1.5 s between the lasso's knots on
#: the diabetes data), and the holds at s = ``COMPARE_AT`` and at s = 1.
SWEEP_SECONDS, HOLD_SECONDS = 18.0, 1.5
#: The sweep stops at this share for the zoom near s = 0: each coefficient's size on a log
#: scale (the ridge's small but not 0, the lasso's exactly 0 below the scale).
ZOOM_AT = 0.05
HEADER, MARK_ROW, NAME_ROOM, AXIS_NAME = 0.42, 0.3, 0.8, 0.3  # NAME_ROOM: at least
#: The small words over the plots and in the zoom (as large as the axes' numbers: at
#: least 14 px high at 480p).
RULER_SIZE = theme.SMALL_SIZE * 1.05
#: How far under the plot the names' leaders start (under the share's numbers).
RULER_TOP = 0.37
#: The numbers on both axes (digits at least 14 px high at 480p) and the names of the share
#: axes under the plots (as large).
TICK_SIZE = AXIS_NAME_SIZE = theme.SMALL_SIZE * 1.05
#: The knot / crossing names under the plots: as large as the axes' numbers (digits at
#: least 14 px high at 480p), never shrunk.
RULER_NAME_SIZE = TICK_SIZE
DATA_SIZE = theme.SMALL_SIZE * 0.95  # at least 16 px high at 480p
#: The closing notes, one at a time: as large as the axes' numbers.
NOTE_SIZE = TICK_SIZE
#: Between the two plots' columns (the right one's numbers need little room).
COLUMN_GAP = 0.3
#: Rows of knot / crossing names under a plot: kept free at first, and at most (then the
#: names are cut shorter); from the leaders' start to the first row's top, from one row's
#: top to the next (a row of names and the gap the leaders cross), the space between two
#: names of a row, and the room a leader takes where it passes a row above its name's.
#: A leader runs sideways only level, in the middle of the gaps above the rows
#: (``RULER_LEAD``, and ``RULER_PITCH`` less a row's height of 0.30 at this size), and
#: down only between names: never slanting along a name's top or bottom.
RULER_ROWS, RULER_MAX_ROWS, RULER_LEAD, RULER_PITCH = 2, 3, 0.15, 0.38
RULER_GAP, LEADER_SLOT = 0.16, 0.08
#: The shortest a feature's name is cut to under the plots when the rows are full.
RULER_MIN_NAME = 3
CROSSING_DOT = 0.075
#: The closing notes: held this far above the subtitles' strip, and this far inside the
#: screen's side margins (they are long lines of small text).
NOTES_GAP, NOTES_INSET = 0.25, 0.45
#: How far under the plot's top the live names stay (the row above holds the s = 1 tag).
NAMES_DROP = 0.15
#: The zoom's log scale: its dots, and at most this many decades numbered.
ZOOM_DOT, ZOOM_NUMBERS = 0.06, 3
#: Seconds the zoom's dots take to come in, one after another.
ZOOM_DOTS_SECONDS = 1.5
#: The zoom names the dots its readout speaks of when they are at most this many.
ZOOM_NAMED = 3
#: The zoom's width at least (manim units).
ZOOM_WIDTH = 3.6
#: The coefficient axis's name and the s = COMPARE_AT tag share the row above the plot,
#: at least this far apart (closer, they read as one phrase).
Y_NAME_GAP = 0.35
#: How many numbers the coefficient axis gets, at most (at a round step).
Y_NUMBERS = 3
#: Characters of a feature name on screen; a longer one is cut in the middle with "…".
MAX_NAME = 10
#: Seconds the cursors take to go back from s = 1 to s = ``COMPARE_AT`` for the notes.
BACK_SECONDS = 2.0
#: The features the current subtitle speaks of are lit: their curves at full opacity and
#: ``LIT_STROKE`` wide, in the feature palette (``lit_colours``), named at their live ends;
#: the other curves are drawn grey at ``DIM_OPACITY``, unnamed (ten curves are hard to
#: follow at once).
DIM_OPACITY, LIT_STROKE = 0.3, 2.0 * theme.PATH_STROKE
#: The live names: as large as the axes' numbers (digits at least 14 px high at 480p),
#: never shrunk, at least ``NAME_GAP`` apart (manim units: 4 px at 480p is 0.067).
LIVE_NAME_SIZE, NAME_GAP = TICK_SIZE, 0.1
#: In the closing notes a bead in the feature's colour runs along each lit curve from
#: s = 0 to s = 1 (mathcore's values), at least this long.
TRACE_DOT, TRACE_SECONDS = 0.085, 3.0
#: In the closing notes a lit ridge curve whose largest |β| is under ``MAGNIFY_BELOW`` of
#: the coefficient axis's span (a few pixels: it would look held at 0 like the lasso's
#: zeros) is drawn a second time, dashed, magnified by a round factor (1, 2 or 5 times a
#: power of ten) that takes its largest |β| to at most ``MAGNIFY_FILL`` of the axis's
#: nearer end, and named under the ridge plot in the row below the crossings' names.
MAGNIFY_BELOW, MAGNIFY_FILL = 0.05, 0.8
#: While the ridge's crossings are told the lasso's plot gives way to the ridge's lit curves
#: near 0: the coefficient axis magnified CROSSING_ZOOM times (the curves cut at its ends),
#: each with its bead and its crossings' dots, so that a crossing a few tenths from 0
#: (under a pixel on the full axis) is seen.
CROSSING_ZOOM = 10
def shade(mobject, opacity: float, set_opacity) -> None:
    """Draw ``mobject`` at ``opacity`` (0: hidden) with ``set_opacity``, only when that
    changes (re-colouring every point of a text every frame is most of an updater's
    time)."""
    if getattr(mobject, "shade", None) != opacity:
        set_opacity(opacity)
        mobject.shade = opacity


def screen_name(name: str, limit: int = MAX_NAME, tail: int | None = None) -> str:
    """``name`` as shown: one line of printable characters, at most ``limit`` of them (a
    longer name keeps its start and its last ``tail`` characters around an ellipsis)."""
    name = " ".join("".join(c if c.isprintable() else " " for c in name).split()) or "?"
    if len(name) <= limit:
        return name
    tail = (limit - 1) // 2 if tail is None else tail
    return name[:limit - 1 - tail] + "…" + name[len(name) - tail:]


def screen_names(names: tuple[str, ...], limit: int = MAX_NAME) -> list[str]:
    """Every feature's ``screen_name`` of at most ``limit`` characters, cut where the names
    stay apart (long names that share a start keep more of their ends); names that still
    shorten alike get their column number."""
    best: list[str] = []
    for tail in sorted(range(1, max(limit - 1, 2)), key=lambda t: abs(t - (limit - 1) // 2)):
        shown = [screen_name(name, limit, tail) for name in names]
        if len(set(shown)) > len(set(best)):
            best = shown
    return [f"{screen_name(name, max(limit - 3, 1))}#{j + 1}" if best.count(best[j]) > 1
            else best[j] for j, name in enumerate(names)]


def lit_colours(lit: frozenset[int] | None, ends: np.ndarray) -> list[str]:
    """Each feature's colour with the features ``lit`` singled out (None: none): the lit
    ones take ``theme.FEATURE_PALETTE``'s entries in turn in the order of their
    least-squares coefficients ``ends``, largest first (names stacked next to each other
    at the plots' right ends alternate); the others ``theme.FEATURE_REST``."""
    palette, colours = theme.FEATURE_PALETTE, [theme.FEATURE_REST] * len(ends)
    order = [int(j) for j in np.argsort(-np.asarray(ends), kind="stable") if j in (lit or ())]
    for k, j in enumerate(order):
        colours[j] = palette[k % len(palette)]
    return colours


def ruler_levels(xs: list[float], widths: list[float], left: float, right: float,
                 most: int = RULER_MAX_ROWS) -> tuple[list[int], list[list[float]]] | None:
    """Rows for names under a plot, none overlapping and no leader through a name: the
    k-th name in share order (at ``xs``, sorted) goes to row k mod r, with r the fewest
    rows, at most ``most``, in which every level fits between ``left`` and ``right``.  At
    level l stand, in share order, the names of row l and a ``LEADER_SLOT`` for the leader
    of each name of a lower row, each as near where it stood a level up as the others
    allow (``spread_row``, ``RULER_GAP`` apart): keeping their order at every level, the
    leaders never cross each other or a name.  Each name's row and its x at each level
    down to its row, or None when ``most`` rows do not fit."""
    n = len(xs)
    for rows in range(1, most + 1):
        row = [k % rows for k in range(n)]
        path = [[x] for x in xs]
        for level in range(rows):
            items = [k for k in range(n) if row[k] >= level]
            room = [widths[k] if row[k] == level else LEADER_SLOT for k in items]
            if sum(room) + RULER_GAP * (len(items) - 1) > right - left:
                break
            centres = spread_row([path[k][-1] for k in items], room, RULER_GAP, left, right)
            for k, centre in zip(items, centres, strict=True):
                path[k].append(centre)
        else:
            return row, [steps[1:] for steps in path]
    return None


def note_lines(sentence: str, lang: str, size: float, width: float) -> str:
    """``sentence`` on one line when it is at most ``width`` wide at ``size``, else on two,
    broken after the space (English) or the punctuation mark (Chinese) that leaves the
    longer line shortest."""
    if pieces.label(sentence, size).width <= width:
        return sentence
    marks = "，；：" if lang == "zh" else " "
    breaks = [k + 1 for k, char in enumerate(sentence[:-1]) if char in marks]
    if not breaks:
        return sentence
    cut = min(breaks, key=lambda k: max(k, len(sentence) - k))
    return f"{sentence[:cut].rstrip()}\n{sentence[cut:].lstrip()}"


def name_list(names: list[str]) -> str:
    """``names`` joined with commas, a run of three or more numbered alike (s1, s2, s3, ...)
    written as its first and last joined by a dash (s1–s6)."""
    parts = [re.fullmatch(r"(.*?)(\d+)", name) for name in names]
    shown, k = [], 0
    while k < len(names):
        end = k
        while (parts[k] and end + 1 < len(names) and parts[end + 1]
               and parts[end + 1][1] == parts[k][1]
               and int(parts[end + 1][2]) == int(parts[end][2]) + 1):
            end += 1
        if end - k < 2:
            end = k
        shown.append(f"{names[k]}–{names[end]}" if end > k else names[k])
        k = end + 1
    return ", ".join(shown)


def load_data(data: str, target: str | None, sha256: str | None = None) -> Dataset:
    """``"diabetes"`` or a CSV file; with ``sha256`` the file must still hold what was
    checked when the render was asked for."""
    if data == "diabetes":
        return load_diabetes()
    if sha256 is not None:
        try:
            now = hashlib.sha256(Path(data).read_bytes()).hexdigest()
        except OSError as error:
            raise ValueError(f"data {data}: cannot read ({error.strerror})") from None
        if now != sha256:
            raise ValueError(f"data {data} changed after it was checked; render again")
    if target is None:
        raise ValueError("target must name the response column of a CSV file")
    return read_csv(data, target)


def axis_numbers(axes, low: float, ticks: list[float]) -> VGroup:
    """A coefficient plot's numbers: s = 0, 0.5 and 1 under its s axis (at the coefficient
    ``low``), and ``ticks`` left of the coefficient axis, clear of its tick marks."""
    return VGroup(*[pieces.label(mark, TICK_SIZE, theme.MUTED_TEXT_COLOR)
                    .next_to(axes.c2p(value, low), DOWN, buff=0.08)
                    for value, mark in ((0.0, "0"), (0.5, "0.5"), (1.0, "1"))],
                  *[pieces.label(pieces.number_text(value), TICK_SIZE, theme.MUTED_TEXT_COLOR)
                    .next_to(axes.c2p(0.0, value), LEFT, buff=0.14) for value in ticks])


def round_factor(limit: float) -> float:
    """The largest of 1, 2 and 5 times a power of ten that is at most ``limit`` (> 0)."""
    power = 10.0 ** np.floor(np.log10(limit))
    return max(step * power for step in (1.0, 2.0, 5.0) if step * power <= limit * (1 + 1e-12))


def round_ticks(low: float, high: float, most: int = Y_NUMBERS) -> list[float]:
    """Where the coefficient axis gets numbers: on every k-th of its tick marks
    (``pieces.coefficient_axes`` puts them at multiples of a power of ten, through 0), with
    k the smallest that leaves at most ``most`` numbers in [low, high]."""
    span = high - low
    tick = float(10 ** np.floor(np.log10(span / 2)))
    for k in range(1, 100):
        step = k * tick
        values = np.arange(np.ceil(low / step), np.floor(high / step) + 1) * step
        if len(values) <= most:
            return [float(v) + 0.0 for v in values]
    return [0.0] if low <= 0.0 <= high else []


def spread_row(xs: list[float], widths: list[float], gap: float, left: float,
               right: float) -> list[float]:
    """Centres of names of ``widths`` in one row, in the order of ``xs``, each as near its
    ``x`` as the names to its left allow, ``gap`` apart, then pushed back left where the
    row would pass ``right``, and right where it would pass ``left`` (it fits: the caller
    shrinks the names to the row)."""
    centres: list[float] = []
    edge = left - gap
    for x, width in zip(xs, widths, strict=True):
        centre = max(x, edge + gap + width / 2)
        centres.append(centre)
        edge = centre + width / 2
    edge = right + gap
    for k in range(len(centres) - 1, -1, -1):
        centres[k] = min(centres[k], edge - gap - widths[k] / 2)
        edge = centres[k] - widths[k] / 2
    return centres


class RidgeVsLasso(NormvizScene):
    """Lasso and ridge coefficient paths on a data set as the penalty relaxes."""

    #: ``"diabetes"`` or the path of a CSV file with a header; ``target`` names its
    #: response column (``data_sha256``: the file's content as checked by the spec).
    data: str = "diabetes"
    target: str | None = None
    data_sha256: str | None = None

    def construct(self) -> None:
        self.share = self.tracker("share", 0.0)
        #: where the cursors stand and the counters count: the swept share, then, for the
        #: closing notes, back at s = COMPARE_AT with the whole paths drawn
        self.counted = self.tracker("counted", 0.0)
        self.nonzero = {norm: self.tracker(f"{norm}_nonzero", 0.0) for norm in ("l1", "l2")}
        #: where the closing notes' beads stand on the lit curves
        self.traced = self.tracker("traced", 0.0)
        self.crossing_zoom: dict | None = None  # while the ridge's crossings are told
        #: the features lit (None: all, none singled out); during the sweep the last
        #: lasso knot's feature (``sweep_lights``)
        self.lit: frozenset[int] | None = None
        #: the plots on which ``lit`` is lit (on the others every curve is dim, unnamed and
        #: bead-less: the ridge's note speaks of the ridge plot only)
        self.lit_norms: tuple[str, ...] = ("l1", "l2")
        #: the features whose knots are named under the lasso plot (None: every knot
        #: passed); in the closing notes only those the current note speaks of
        self.knots_named: frozenset[int] | None = None
        self.sweep_lights = True
        #: the ridge's crossings of 0 are drawn only from the note that explains them on
        self.crossings_shown = False
        self.compute_paths()
        rows = RULER_ROWS
        while True:  # a ruler that needs more rows than kept free: lay out again
            self.build_panels(rows)
            self.build_rulers()
            if self.ruler_rows == rows:
                break
            rows = self.ruler_rows
        self.build_zoom()
        self.tell_story()

    # -- numbers -------------------------------------------------------------------------
    def compute_paths(self) -> None:
        """Exact lasso knots, ridge at evenly spaced shares, and where ridge crosses 0."""
        data = load_data(self.data, self.target, self.data_sha256)
        X = standardize(data.X)
        self.dataset = data
        self.features = tuple(screen_names(data.features))
        self.lasso = lasso_path(X, data.y)
        self.lasso_shares = budget_shares(self.lasso.coefs, "l1")
        self.ridge_shares = np.linspace(0.0, 1.0, RIDGE_SAMPLES)
        self.ridge = ridge_path_at_shares(X, data.y, self.ridge_shares)
        self.crossings = ridge_zero_crossings(X, data.y)
        values = np.concatenate([self.lasso.coefs.ravel(), self.ridge.coefs.ravel()])
        pad = 0.06 * (values.max() - values.min())
        self.y_range = (values.min() - pad, values.max() + pad)
        self.magnify = self.magnified()
        self.show("features", list(data.features))
        self.show("ridge_zero_crossings", [{"feature": data.features[c.feature],
                                            "share": c.share, "alpha": c.alpha}
                                           for c in self.crossings])

    def magnified(self) -> tuple[int, float, float] | None:
        """The ridge curve the closing notes magnify: among the lasso's zeros at
        ``COMPARE_AT`` (the features lit there), the one whose largest ridge |β| over the
        path, m, is smallest, when m < ``MAGNIFY_BELOW`` times the coefficient axis's span;
        with its factor k = ``round_factor(MAGNIFY_FILL * min(|low|, high) / m)`` and m.
        None when there is no such curve."""
        zeros = np.flatnonzero(self.lasso_at(COMPARE_AT) == 0.0)
        if not len(zeros):
            return None
        largest = np.abs(self.ridge.coefs[:, zeros]).max(axis=0)
        feature, size = int(zeros[np.argmin(largest)]), float(largest.min())
        low, high = self.y_range
        if not 0.0 < size < MAGNIFY_BELOW * (high - low):
            return None
        return feature, round_factor(MAGNIFY_FILL * min(-low, high) / size), size

    def lasso_at(self, share: float) -> np.ndarray:
        """The lasso's exact coefficients at budget share ``share`` (linear in alpha
        between knots, and so is the share)."""
        return self.lasso.coefs_at(np.interp(share, self.lasso_shares, self.lasso.alphas))

    def nonzero_count(self, norm: str, share: float) -> int:
        """How many coefficients are not 0 at ``share``: the lasso's exact path; the ridge
        is 0 only at s = 0 and, for one coefficient, at each of its isolated crossings."""
        if norm == "l1":
            return int(np.count_nonzero(self.lasso_at(share)))
        if share <= 0.0:
            return 0
        return len(self.features) - sum(c.share == share for c in self.crossings)

    # -- mobjects ------------------------------------------------------------------------
    def build_panels(self, ruler_rows: int) -> None:
        """Two coefficient plots with their curves, headers, counters, markers, axis
        names and end labels; ``ruler_rows`` rows kept free under each for the names."""
        y_range = self.y_range
        # none singled out yet: every feature in the rest colour (``paint`` lights them)
        self.colors = {norm: lit_colours(None, self.ridge.coefs[-1]) for norm in ("l1", "l2")}
        colors = self.colors["l1"]
        default = self.data == "diabetes"
        self.title = pieces.title(
            text("rvl_title", self.lang) if default else
            text("rvl_title_csv", self.lang, target=screen_name(self.dataset.target, 24),
                 count=len(self.features)))
        # what the data are, in one line under the title (in the title band's gap)
        screen = layout.screen()
        self.data_line = pieces.fit_into(pieces.label(self.data_text(), DATA_SIZE,
                                                      theme.MUTED_TEXT_COLOR), screen.width)
        self.data_line.next_to(self.title, DOWN, buff=0.08)
        top = min(layout.title_band().bottom, self.data_line.get_bottom()[1] - 0.08)
        # the notes above the subtitles' strip, with room on every side
        band = layout.caption_band(2)
        self.notes_band = layout.Region(band.left + NOTES_INSET, band.right - NOTES_INSET,
                                        band.bottom + NOTES_GAP, band.top + NOTES_GAP)
        area = layout.Region(screen.left, screen.right, self.notes_band.top, top)
        # the coefficient axis's numbers, left of each plot
        self.y_ticks = round_ticks(*y_range)
        number_room = max(pieces.label(pieces.number_text(v),
                                       TICK_SIZE).width
                          for v in self.y_ticks) + 0.2
        self.panels = {}
        # the share's marks (0.4), the rows of names and the axis name under them
        ruler_room = RULER_TOP + RULER_LEAD + ruler_rows * RULER_PITCH + AXIS_NAME
        # right of each plot: room for the widest end label and its leader line
        # (the y axis's tick marks reach left of s = 0: the plot is shifted by their length)
        name_room = max(NAME_ROOM, pieces.LEADER + 0.2 + max(
            pieces.label(name, LIVE_NAME_SIZE).width for name in self.features))
        total = len(self.features)
        for norm, column, shares, path in (
            ("l1", area.columns(2, COLUMN_GAP)[0], self.lasso_shares, self.lasso),
            ("l2", area.columns(2, COLUMN_GAP)[1], self.ridge_shares, self.ridge),
        ):
            header_band, rest = column.split_top(HEADER)
            mark_band, rest = rest.split_top(MARK_ROW)
            plot_area = rest.split_bottom(ruler_room)[0]
            axes = self.plane(norm, pieces.coefficient_axes(
                (0.0, 1.0), y_range, plot_area.width - name_room - number_room,
                plot_area.height))
            axes.move_to(plot_area.center).align_to([plot_area.left + number_room, 0.0, 0.0],
                                                    LEFT)
            header = header_band.place(pieces.label(
                text(f"rvl_{norm}", self.lang), theme.BODY_SIZE,
                theme.NORM_COLORS[norm])).align_to([plot_area.left, 0.0, 0.0], LEFT)
            # how many coefficients are not 0 at the swept share, right above the plot's end
            template = text("rvl_nonzero", self.lang, count=FIELD, total=total)
            room = axes.get_right()[0] - header.get_right()[0] - 0.3  # a narrow plot: smaller
            size = min(theme.SMALL_SIZE, theme.SMALL_SIZE * room / pieces.label(
                template.replace(FIELD, str(total)), theme.SMALL_SIZE).width)
            counter = LiveLine(template, [str(total)], size, theme.TEXT_COLOR,
                               field_length=len(str(total)))
            counter.move_to(header_band.center).align_to(axes.get_right(), RIGHT)
            curves = [
                pieces.CurveReveal(axes.c2p(np.column_stack([shares, path.coefs[:, j]])),
                                   shares, increasing=True, color=colors[j],
                                   stroke_width=theme.PATH_STROKE)
                for j in range(len(self.features))
            ]
            # each lit curve's name at its live end, moved by the sweep (``label_layout``)
            tags = [pieces.label(name, LIVE_NAME_SIZE, color)
                    for name, color in zip(self.features, colors, strict=True)]
            leaders = VGroup(*[Line(LEFT, RIGHT, color=color, stroke_width=1.0,
                                    stroke_opacity=0.7) for color in colors])
            names = VGroup(*tags, leaders)
            cursor = DashedLine(axes.c2p(0.0, y_range[0]), axes.c2p(0.0, y_range[1]),
                                color=theme.MUTED_TEXT_COLOR, stroke_width=2).set_z_index(2)
            # the closing notes' beads, one per feature, over the lit curves
            beads = VGroup(*[Dot(radius=TRACE_DOT, color=color, stroke_color=theme.TEXT_COLOR,
                                 stroke_width=1.5) for color in colors]).set_z_index(3)
            compare_line = DashedLine(axes.c2p(COMPARE_AT, y_range[0]),
                                      axes.c2p(COMPARE_AT, y_range[1]),
                                      color=theme.TEXT_COLOR, stroke_width=2)
            compare_tag = pieces.label(text("rvl_compare_at", self.lang, share=COMPARE_AT),
                                       RULER_SIZE, theme.TEXT_COLOR)
            # left of its line; the least-squares name right of it, ending over s = 1
            compare_tag.move_to([0.0, mark_band.center[1], 0.0]).align_to(
                compare_line.get_center() - [0.06, 0.0, 0.0], RIGHT)
            least_squares = pieces.label(text("rvl_least_squares", self.lang), RULER_SIZE,
                                         theme.MUTED_TEXT_COLOR)
            least_squares.move_to(mark_band.center).align_to(axes.c2p(1.0, 0.0), RIGHT)
            # too long to end over s = 1: it reaches right over the end names' room, up to
            # the column's edge (Y_NAME_GAP clear of the s = 0.5 tag), shrunk only past that
            room = column.right - compare_tag.get_right()[0] - Y_NAME_GAP
            if least_squares.get_left()[0] < compare_tag.get_right()[0] + Y_NAME_GAP:
                least_squares.align_to([min(column.right, compare_tag.get_right()[0]
                                            + Y_NAME_GAP + least_squares.width), 0.0, 0.0],
                                       RIGHT)
                if least_squares.width > room:
                    least_squares.scale_to_fit_width(room).align_to(
                        [column.right, 0.0, 0.0], RIGHT)
            end_tick = Line(axes.c2p(1.0, y_range[1]),
                            [axes.c2p(1.0, 0.0)[0], least_squares.get_bottom()[1] - 0.02, 0.0],
                            color=theme.MUTED_TEXT_COLOR, stroke_width=2)
            # what s is, in each panel's own norm, in the plain font of every other label
            axis_name = pieces.fit_into(pieces.label(text(f"rvl_x_{norm}", self.lang),
                                                     AXIS_NAME_SIZE, theme.TEXT_COLOR),
                                        column.width)
            scale = axis_numbers(axes, y_range[0], self.y_ticks)
            # in the row above the plot, clear of the names that follow the curves: right
            # of the coefficient axis's end, or moved left (at most to be centred on it,
            # and clear of its numbers) to stay Y_NAME_GAP clear of the s = 0.5 tag
            y_name = pieces.label(text("rvl_y", self.lang), RULER_SIZE, theme.MUTED_TEXT_COLOR)
            axis_x = axes.c2p(0.0, 0.0)[0]
            y_name.move_to([0.0, axes.get_top()[1] + 0.04 + y_name.height / 2, 0.0])
            y_name.align_to([max(min(axis_x + 0.12, compare_tag.get_left()[0] - Y_NAME_GAP
                                     - y_name.width), axis_x - y_name.width / 2,
                                 column.left), 0.0, 0.0], LEFT)
            if any(number.get_top()[1] > y_name.get_bottom()[1]
                   and number.get_right()[0] > y_name.get_left()[0]
                   for number in scale[3:]):  # over the axis's top number: back right
                y_name.align_to([axis_x + 0.12, 0.0, 0.0], LEFT)
            if y_name.get_right()[0] + Y_NAME_GAP > compare_tag.get_left()[0]:
                # a narrow plot (a user's long names): the name reaches under the s = 0.5
                # tag, so it steps down clear of it
                y_name.shift(DOWN * max(0.0, y_name.get_top()[1] - compare_tag.get_bottom()[1]
                                        + 0.06))
            self.panels[norm] = {"axes": axes, "header": header, "curves": curves,
                                 "names": names, "cursor": cursor, "shares": shares,
                                 "path": path, "y_range": y_range, "axis_name": axis_name,
                                 "column": column, "beads": beads,
                                 "scale": VGroup(scale, y_name), "bottom": rest.bottom,
                                 "counter": counter, "compare": VGroup(compare_line,
                                                                       compare_tag),
                                 "least_squares": VGroup(least_squares, end_tick)}
        ridge = self.panels["l2"]
        self.crossing_dots = VGroup(*[
            Dot(ridge["axes"].c2p(c.share, 0.0), radius=CROSSING_DOT, color=colors[c.feature])
            for c in self.crossings]).set_z_index(2)

    def ruler(self, axes, marks: list[tuple[float, int, str | None]]
              ) -> tuple[VGroup, VGroup, int]:
        """Under ``axes``: every mark ``(share, feature, key)`` named (the feature's name, or
        the string ``key`` of it) in the feature's colour at ``RULER_NAME_SIZE``, in rows
        spread along the plot's column (``ruler_levels``: none overlap, the leaders from
        each share on the axis down to its name never cross each other or a name).  When
        ``RULER_MAX_ROWS`` rows do not hold them, the features' names are cut shorter
        (``screen_names``, down to ``RULER_MIN_NAME`` characters), and only past that are
        the names shrunk.  The leaders, the names, and the rows they take."""
        top = axes.get_bottom()[1] - RULER_TOP  # under the 0, 0.5, 1 of the share axis
        column = self.panels["l1" if axes is self.panels["l1"]["axes"] else "l2"]["column"]
        marks = sorted(marks, key=lambda mark: mark[0])
        xs = [axes.c2p(share, 0.0)[0] for share, _, _ in marks]
        for limit in range(MAX_NAME, RULER_MIN_NAME - 1, -1):
            names = screen_names(self.dataset.features, limit)
            tags = [pieces.label(names[feature] if key is None else
                                 text(key, self.lang, name=names[feature]),
                                 RULER_NAME_SIZE, theme.FEATURE_REST)
                    for _, feature, key in marks]
            levels = ruler_levels(xs, [tag.width for tag in tags], column.left, column.right)
            if levels is not None:
                break
        while levels is None:  # a last resort: more names than the rows hold at this size
            for tag in tags:
                tag.scale(0.95)
            levels = ruler_levels(xs, [tag.width for tag in tags], column.left, column.right)
        rows, paths = levels
        tall = pieces.label("Ag", tags[0].font_size).height if tags else 0.0  # a row's height
        tops = [top - RULER_LEAD - level * RULER_PITCH for level in range(max(rows, default=0) + 1)]
        ticks, shown = VGroup(), VGroup()
        for (share, feature, _), tag, x, row, path in zip(marks, tags, xs, rows, paths,
                                                          strict=True):
            tag.move_to([path[row], tops[row] - tall / 2, 0.0])
            # sideways in the middle of the gap above each level (under the share axis's
            # numbers, then between the rows) to where it stands at that level, and down
            # there between the names of the rows above its own
            corners, along = [[x, top, 0.0]], x
            for level in range(row + 1):
                gap_top = top if level == 0 else tops[level - 1] - tall
                middle = (gap_top + tops[level]) / 2
                corners += [[along, middle, 0.0], [path[level], middle, 0.0]]
                along = path[level]
            corners.append([path[row], tag.get_top()[1] + 0.03, 0.0])
            tick = VMobject(stroke_color=theme.FEATURE_REST, stroke_width=1.5
                            ).set_points_as_corners(corners)
            tick.share = tag.share = share
            tick.feature = tag.feature = feature
            tick.row = tag.row = row
            ticks.add(tick)
            shown.add(tag)
        return ticks, shown, max(rows, default=-1) + 1

    def build_rulers(self) -> None:
        """Under the lasso plot every knot is named (``name`` or ``name out``); under the
        ridge plot every crossing of 0 (each dot), so no drawn point goes unnamed."""
        lasso, ridge = self.panels["l1"], self.panels["l2"]
        knots, entered = [], set()
        for event in self.lasso.events:
            k = int(np.flatnonzero(self.lasso.alphas == event.alpha)[0])
            key = None
            if event.action != "enter":
                key = "rvl_leaves"
            elif event.feature in entered:  # it left before: it comes back
                key = "rvl_back"
            entered.add(event.feature)
            knots.append((self.lasso_shares[k], event.feature, key))
        self.knots = knots
        self.knot_ticks, self.knot_tags, knot_rows = self.ruler(lasso["axes"], knots)
        self.crossing_ticks, self.crossing_tags, crossing_rows = self.ruler(
            ridge["axes"], [(c.share, c.feature, None) for c in self.crossings])
        self.ruler_rows = max(knot_rows, crossing_rows + (self.magnify is not None))
        self.knot_marks = VGroup(self.knot_ticks, self.knot_tags)
        self.crossing_marks = VGroup(self.crossing_ticks, self.crossing_tags)
        self.magnifier = self.build_magnifier(crossing_rows)
        # both axis names on one level, under the lower of the two rulers
        level = min((marks if len(marks[0]) else panel["scale"]).get_bottom()[1]
                    for panel, marks in ((lasso, self.knot_marks), (ridge, self.crossing_marks)))
        if len(self.magnifier):
            level = min(level, self.magnifier[1].get_bottom()[1])
        for panel in (lasso, ridge):
            # under the plot's middle, as far as its column allows (a user's long names
            # narrow the plot, and the name may be as wide as the column)
            half, column = panel["axis_name"].width / 2, panel["column"]
            middle = float(np.clip(panel["axes"].get_center()[0], column.left + half,
                                   column.right - half))
            panel["axis_name"].move_to([middle, 0.0, 0.0]).align_to([0.0, level - 0.1, 0.0], UP)

    def build_magnifier(self, row: int) -> VGroup:
        """The magnified ridge curve (``magnified``): k times the ridge path of the feature,
        dashed in its colour on the ridge plot, and its name, factor and largest |β| in a
        line under the plot in ruler row ``row`` (the first the crossings leave free).
        Empty when no curve is magnified."""
        if self.magnify is None:
            return VGroup()
        feature, factor, size = self.magnify
        ridge = self.panels["l2"]
        axes, column, color = ridge["axes"], ridge["column"], self.colors["l2"][feature]
        points = axes.c2p(np.column_stack([self.ridge_shares,
                                           factor * self.ridge.coefs[:, feature]]))
        curve = DashedVMobject(VMobject().set_points_as_corners(points), num_dashes=60,
                               dashed_ratio=0.6).set_stroke(  # thin: a copy, not a curve
                                   color, width=theme.PATH_STROKE)
        said = text("rvl_magnified", self.lang, name=self.features[feature],
                    factor=pieces.format_number(factor), value=pieces.format_coefficient(size))
        tag = pieces.fit_into(pieces.label(said, RULER_NAME_SIZE, color), column.width)
        top = axes.get_bottom()[1] - RULER_TOP - RULER_LEAD - row * RULER_PITCH
        half = tag.width / 2
        middle = float(np.clip(axes.get_center()[0], column.left + half, column.right - half))
        tag.move_to([middle, top - tag.height / 2, 0.0])
        # and named at the curve itself, inside its farthest point from 0
        peak = points[int(np.argmax(np.abs(self.ridge.coefs[:, feature])))]
        short = pieces.label(text("rvl_magnified_short", self.lang, name=self.features[feature],
                                  factor=pieces.format_number(factor)), RULER_NAME_SIZE, color)
        short.next_to(peak, DOWN if peak[1] >= axes.c2p(0.0, 0.0)[1] else UP, buff=0.12)
        self.show("magnified", {"feature": self.dataset.features[feature], "factor": factor,
                                "largest": size})
        return VGroup(curve.set_z_index(1), tag, short)

    def data_text(self) -> str:
        """One line on the data, from the loader: its name, n, the features, the target."""
        data = self.dataset
        default = self.data == "diabetes"
        return text("rvl_data", self.lang,
                    name=text("rvl_data_diabetes", self.lang) if default
                    else screen_name(Path(self.data).name, 24),
                    n=data.X.shape[0], count=len(data.features),
                    features=name_list(screen_names(data.features)),
                    target=text("rvl_target_diabetes", self.lang) if default
                    else screen_name(data.target, 24))

    def label_layout(self, norm: str, share: float, lit: frozenset[int] | None
                     ) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        """Where each lit curve's name stands at ``share``: ``{feature: (the curve's live
        end, the name's centre)}``, right of the end (a leader between), spread at least
        NAME_GAP apart and kept between the plot's top and bottom.  Named: every feature
        of ``lit`` (None: none singled out, none named) whose curve is not 0 there (the
        lasso's zeros lie on the axis, named under the plot when they enter); the ridge's
        from s > 0 on (0 only where it crosses); none when they do not all fit at full
        size (the closing notes list them)."""
        panel = self.panels[norm]
        axes, coefs, tags = panel["axes"], panel["path"].coefs, panel["names"][:-1]
        if norm == "l1":
            shown = [int(j) for j in np.flatnonzero(self.lasso_at(share))]
        else:
            shown = list(range(coefs.shape[1])) if share > 0.0 else []
        shown = [j for j in shown if lit is not None and j in lit]
        if not shown:
            return {}
        ends = {j: axes.c2p(share, np.interp(share, panel["shares"], coefs[:, j]))
                for j in shown}
        half = max(tags[j].height for j in shown) / 2
        # kept a little under the plot's top: clear of the tags in the row above it
        top, bottom = axes.get_top()[1] - NAMES_DROP, axes.get_bottom()[1]
        gap = min(2 * half + 2 * NAME_GAP, (top - bottom - 2 * half) / max(len(shown) - 1, 1))
        if gap < 2 * half + NAME_GAP:
            return {}  # more lit names than the plot's height holds: the notes name them
        heights = pieces.spread_positions(np.array([ends[j][1] for j in shown]), gap)
        # then inside [bottom, top]: up from the bottom, down from the top, ``gap`` apart
        # (they fit: ``gap`` leaves room for all)
        order = np.argsort(heights, kind="stable")
        low = bottom + half - gap
        for k in order:
            heights[k] = low = max(heights[k], low + gap)
        high = top - half + gap
        for k in order[::-1]:
            heights[k] = high = min(heights[k], high - gap)
        return {j: (ends[j], np.array([ends[j][0] + pieces.LEADER + tags[j].width / 2,
                                       height, 0.0]))
                for j, height in zip(shown, heights, strict=True)}

    def zoom_values(self) -> dict[str, np.ndarray]:
        """Both paths' coefficients at s = ``ZOOM_AT`` (the lasso's exact; the ridge's at
        exactly that share)."""
        X = standardize(self.dataset.X)
        return {"l1": self.lasso_at(ZOOM_AT),
                "l2": ridge_path_at_shares(X, self.dataset.y, np.array([ZOOM_AT])).coefs[0]}

    def build_zoom(self) -> None:
        """Under each plot at s = ``ZOOM_AT``: each coefficient's size |β| on
        a log scale (one column per feature, in its colour), the same scale on both plots,
        and a row under the scale for the coefficients that are exactly 0."""
        values = self.zoom_values()
        sizes = np.abs(np.concatenate(list(values.values())))
        nonzero = sizes[sizes > 0.0]
        high = int(np.ceil(np.log10(nonzero.max())))
        low = int(np.floor(np.log10(nonzero.min())))
        if low == high:
            low -= 1
        step = int(np.ceil((high - low + 1) / ZOOM_NUMBERS))
        decades = list(range(high, low - 1, -step))
        self.zoom = {"values": values, "decades": (low, high), "numbers": decades,
                     "smallest": int(np.argmin(np.abs(values["l2"])))}
        for norm, panel in self.panels.items():
            axes, column = panel["axes"], panel["column"]
            # under the plot (the plot itself stays in view): right of the names under
            # it that are shown at s = ZOOM_AT, from under the share's numbers down to
            # the subtitles' strip; the axis names and the note on s make way meanwhile
            # (the ridge's crossings are not drawn yet)
            ruler = self.knot_tags if norm == "l1" else []
            names_right = max((tag.get_right()[0] for tag in ruler if tag.share <= ZOOM_AT),
                              default=column.left)
            numbers = {k: pieces.label(f"{10.0 ** k:.{max(-k, 0)}f}", RULER_SIZE,
                                       theme.MUTED_TEXT_COLOR) for k in decades}
            zero_name = pieces.label(text("rvl_zoom_zero", self.lang), RULER_SIZE,
                                     theme.MUTED_TEXT_COLOR)
            number_room = max(m.width for m in [*numbers.values(), zero_name]) + 0.12
            # right of the live names; wide enough for a column per feature (long names
            # or many features: over the names, for the zoom's few seconds)
            needed = 0.22 + number_room + 3 * ZOOM_DOT * len(self.features)
            left = min(max(names_right + 0.25, axes.c2p(ZOOM_AT, 0.0)[0]),
                       column.right - needed)
            box = layout.Region(left, min(column.right, left + max(needed, ZOOM_WIDTH)),
                                layout.screen().bottom + 0.05, axes.get_bottom()[1] - 0.42)
            head = pieces.fit_into(pieces.label(text("rvl_zoom_head", self.lang, share=ZOOM_AT),
                                                RULER_SIZE, theme.TEXT_COLOR), box.width - 0.2)
            zeros = int(np.count_nonzero(values[norm] == 0.0))
            order = np.argsort(np.abs(values[norm]))
            smallest = int(order[zeros]) if zeros < len(order) else None
            if zeros:
                said = text("rvl_zoom_zeros", self.lang, count=zeros,
                            total=len(self.features))
            else:
                said = text("rvl_zoom_smallest", self.lang, name=self.features[smallest],
                            value=pieces.format_coefficient(abs(values[norm][smallest])))
            readout = pieces.fit_into(pieces.label(said, RULER_SIZE, theme.NORM_COLORS[norm]),
                                      box.width - 0.2)
            head.move_to(box.center).align_to([0.0, box.top - 0.08, 0.0], UP)
            readout.move_to(box.center).align_to(head.get_bottom() - [0.0, 0.08, 0.0], UP)
            scale_left, scale_right = box.left + 0.1 + number_room, box.right - 0.12
            scale_top = readout.get_bottom()[1] - 0.18
            zero_y = box.bottom + 0.16
            scale_bottom = zero_y + 0.3

            def point(j: int, value: float, scale_left=scale_left,
                      scale_right=scale_right, scale_top=scale_top, scale_bottom=scale_bottom,
                      zero_y=zero_y) -> np.ndarray:
                x = scale_left + (j + 0.5) / len(self.features) * (scale_right - scale_left)
                if value == 0.0:
                    return np.array([x, zero_y, 0.0])
                share = (np.log10(abs(value)) - low) / (high - low)
                return np.array([x, scale_bottom + share * (scale_top - scale_bottom), 0.0])

            frame = Rectangle(width=box.width, height=box.height,
                              stroke_color=theme.MUTED_TEXT_COLOR, stroke_width=1.5,
                              fill_color=theme.BACKGROUND_COLOR, fill_opacity=1.0
                              ).move_to(box.center)
            scale = VGroup(Line([scale_left - 0.04, scale_bottom, 0.0],
                                [scale_left - 0.04, scale_top, 0.0],
                                color=theme.AXES_COLOR, stroke_width=1.5))
            for k, number in numbers.items():
                y = point(0, 10.0 ** k)[1]
                number.move_to([0.0, y, 0.0]).align_to([scale_left - 0.12, 0.0, 0.0], RIGHT)
                scale.add(Line([scale_left - 0.1, y, 0.0], [scale_left - 0.04, y, 0.0],
                               color=theme.AXES_COLOR, stroke_width=1.5), number)
            zero_name.move_to([0.0, zero_y, 0.0]).align_to([scale_left - 0.12, 0.0, 0.0],
                                                             RIGHT)
            scale.add(DashedLine([scale_left - 0.04, zero_y, 0.0], [scale_right, zero_y, 0.0],
                                 color=theme.AXES_COLOR, stroke_width=1.0), zero_name)
            dots = VGroup(*[Dot(point(j, value), radius=ZOOM_DOT, color=self.colors[norm][j])
                            for j, value in enumerate(values[norm])])
            # the dots the readout speaks of, named under them: the ones not 0 (when at
            # most ZOOM_NAMED), else the smallest
            named = [int(j) for j in np.flatnonzero(values[norm])] if zeros else [smallest]
            dot_names = VGroup(*[
                pieces.label(self.features[j], RULER_NAME_SIZE, self.colors[norm][j])
                .next_to(dots[j], DOWN, buff=0.05)
                for j in (named if len(named) <= ZOOM_NAMED else [])])
            for name in dot_names:  # inside the box
                name.shift(RIGHT * (max(0.0, box.left + 0.05 - name.get_left()[0])
                                    + min(0.0, box.right - 0.05 - name.get_right()[0])))
            # where on the plot the zoom looks: the share ZOOM_AT on the share axis
            spot = Line(axes.c2p(ZOOM_AT, 0.0) + 0.12 * UP, axes.c2p(ZOOM_AT, 0.0) + 0.12 * DOWN,
                        color=theme.TEXT_COLOR, stroke_width=3)
            panel["zoom"] = VGroup(frame, scale, dots, dot_names, head, readout)
            panel["zoom_names"] = dot_names
            panel["zoom_named"] = named if len(named) <= ZOOM_NAMED else []
            panel["zoom_point"] = point
            panel["zoom_dots"] = dots
            panel["zoom_spot"] = spot
            panel["zoom_box"] = box
        self.show("zoom", {"share": ZOOM_AT,
                           **{norm: [float(v) for v in values[norm]] for norm in values}})

    # -- motion --------------------------------------------------------------------------
    def follow_share(self) -> None:
        """The one updater: curves, cursors, counters and marks follow the swept share."""
        share = self.share.get_value()
        self.counted.set_value(share)
        if self.sweep_lights:
            self.light(frozenset({self.last_knot(share)}))
        self.count_at(share)
        for panel in self.panels.values():
            axes, coefs = panel["axes"], panel["path"].coefs
            now = [np.interp(share, panel["shares"], coefs[:, j]) for j in range(coefs.shape[1])]
            for curve, value in zip(panel["curves"], now, strict=True):
                curve.show_until(share, axes.c2p(share, value))
        self.place_names(share)
        self.show_marks(share, share if self.crossings_shown else -1.0)

    def place_names(self, share: float) -> None:
        """The lit curves' names at their live ends at ``share`` (``label_layout``), with
        their leaders; every other name hidden."""
        for norm, panel in self.panels.items():
            placed = self.label_layout(norm, share, self.panel_lit(norm))
            tags, leaders = panel["names"][:-1], panel["names"][-1]
            for j, (tag, leader) in enumerate(zip(tags, leaders, strict=True)):
                opacity = float(j in placed)
                shade(tag, opacity, tag.set_opacity)
                shade(leader, opacity, lambda opacity, leader=leader:
                      leader.set_stroke(opacity=0.7 * opacity))
                if j in placed:
                    end, centre = placed[j]
                    tag.move_to(centre)
                    # two corners: far cheaper per frame than put_start_and_end_on
                    leader.set_points_as_corners(
                        [end, [centre[0] - tag.width / 2 - 0.04, centre[1], 0.0]])

    def show_marks(self, knots: float, crossings: float) -> None:
        """The lasso's knots (their names) up to share ``knots``, the ridge's crossings of
        0 (dots and names) up to share ``crossings`` (-1: none; they stay hidden until the
        note that explains them, so that no ridge mark on the 0 line reads as an entry)."""
        named = self.knots_named
        for ticks, tags, until, kept in ((self.knot_ticks, self.knot_tags, knots, named),
                                         (self.crossing_ticks, self.crossing_tags, crossings,
                                          None)):
            for tick in ticks:  # lines: no fill to show
                shade(tick, float(until >= tick.share and (kept is None
                                                           or tick.feature in kept)),
                      lambda opacity, tick=tick: tick.set_stroke(opacity=opacity))
            for tag in tags:
                shade(tag, float(until >= tag.share and (kept is None or tag.feature in kept)),
                      tag.set_opacity)
        for dot, crossing in zip(self.crossing_dots, self.crossings, strict=True):
            shade(dot, float(crossings >= crossing.share), dot.set_opacity)

    def last_knot(self, share: float) -> int:
        """The feature of the lasso's last knot at or before ``share`` (the first knot,
        at s = 0, before any)."""
        passed = [feature for at, feature, _ in self.knots if at <= share]
        return passed[-1] if passed else self.knots[0][1]

    def count_at(self, share: float) -> None:
        """Each cursor at ``share``, its counter counting the coefficients not 0 there."""
        for norm, panel in self.panels.items():
            low, high = panel["y_range"]
            panel["cursor"].put_start_and_end_on(panel["axes"].c2p(share, low),
                                                 panel["axes"].c2p(share, high))
            count = self.nonzero_count(norm, share)
            self.nonzero[norm].set_value(count)
            panel["counter"].set_fields(str(count))

    def tell_story(self) -> None:
        """Axes first, then the penalty relaxes from "everything 0" to least squares, a
        zoom on the sizes near s = 0 on the way; last the two notes at s = COMPARE_AT,
        each with beads running along the curves it speaks of."""
        moving = self.open_axes()
        self.zoom_in()
        self.sweep()
        self.stop_driving(moving, self.follow_share)
        self.notes = self.closing_notes()
        self.note_zeros()
        self.note_crossings()

    def open_axes(self) -> VGroup:
        """Title, data, axes and what s is; the sweep starts while they are read.  The
        group the sweep drives."""
        panels = self.panels.values()
        self.follow_share()  # counters at s = 0 before they are shown
        self.beat("rvl_start" if self.data == "diabetes" else "rvl_start_csv",
                  target=screen_name(self.dataset.target, 24))
        # what s is (in each model's own norm), where the closing notes will stand: on
        # screen from the start and through the sweep, read while the paths grow
        meaning = text("rvl_s_means", self.lang)
        if self.data == "diabetes":  # what its numbered features are
            meaning = f"{meaning} {text('rvl_serum', self.lang)}"
        self.s_meaning = self.notes_band.place(pieces.fit_into(
            pieces.label(meaning, theme.SMALL_SIZE, theme.TEXT_COLOR), self.notes_band.width))
        self.play(Write(self.title), FadeIn(self.data_line),
                  *[Create(p["axes"]) for p in panels],
                  *[FadeIn(p["header"], p["axis_name"], p["scale"], p["counter"])
                    for p in panels], FadeIn(self.s_meaning), run_time=1.5)
        moving = self.drive(self.follow_share,
                            *[c for p in panels for c in p["curves"]],
                            *[p["cursor"] for p in panels], *[p["counter"] for p in panels],
                            *[p["names"] for p in panels],
                            self.knot_marks, self.crossing_marks, self.crossing_dots)
        # a first step at once, as long as the opening line is read (then the beat's
        # closing still)
        self.play(self.share.animate.set_value(ZOOM_AT), rate_func=linear, run_time=max(
            SWEEP_SECONDS * ZOOM_AT, reading_seconds(self.beats[-1]["subtitle"], self.lang)
            - 1.5 - STILL_SECONDS))
        return moving

    def zoom_in(self) -> None:
        """At s = ZOOM_AT: each |β| on a log scale; the ridge's smallest, which the
        subtitle names, lit on both plots; held as long as the subtitle is read."""
        panels = self.panels.values()
        smallest = self.zoom["smallest"]
        self.beat("rvl_zoom", share=ZOOM_AT, name=self.features[smallest],
                  count=int(np.count_nonzero(self.zoom["values"]["l1"] == 0.0)))
        self.sweep_lights = False
        self.light(frozenset({smallest}))
        # the boxes and scales first, then the dots one by one, then what they say
        self.play(*[FadeIn(*[part for k, part in enumerate(p["zoom"]) if k not in (2, 3, 5)],
                           p["zoom_spot"]) for p in panels],
                  *[FadeOut(m) for m in self.under_zoom()], run_time=0.6)
        self.play(*[LaggedStart(*[GrowFromCenter(dot) for dot in p["zoom"][2]],
                                lag_ratio=0.5, run_time=ZOOM_DOTS_SECONDS) for p in panels])
        self.play(*[FadeIn(p["zoom"][3], p["zoom"][5]) for p in panels], run_time=0.5)
        self.wait(max(reading_seconds(self.beats[-1]["subtitle"], self.lang) - 0.6
                      - ZOOM_DOTS_SECONDS - 0.5, 0.5))

    def under_zoom(self) -> list[VMobject]:
        """What the zoom's boxes stand over: the note on s and the share axes' names."""
        return [self.s_meaning, *[p["axis_name"] for p in self.panels.values()]]

    def sweep(self) -> None:
        """From ZOOM_AT to s = 1, each lasso knot's feature lit as the sweep passes it;
        slow enough to read each counter step, held at the compared share."""
        panels = self.panels.values()
        # a lasso coefficient that drops back to 0 as others enter: said, by name
        leaving = [self.features[f] for _, f, key in self.knots if key == "rvl_leaves"]
        self.beat("rvl_sweep", leaves=text("rvl_sweep_leaves", self.lang, names=", ".join(
            dict.fromkeys(leaving))) if leaving else "")
        self.sweep_lights = True
        fade = 0.5  # the zoom goes while the sweep goes on at its speed
        self.play(*[FadeOut(p["zoom"], p["zoom_spot"]) for p in panels],
                  *[FadeIn(m) for m in self.under_zoom()],
                  self.share.animate.set_value(ZOOM_AT + fade / SWEEP_SECONDS),
                  run_time=fade, rate_func=linear)
        self.play(self.share.animate.set_value(COMPARE_AT),
                  run_time=SWEEP_SECONDS * (COMPARE_AT - ZOOM_AT) - fade, rate_func=linear)
        self.wait(HOLD_SECONDS)
        self.play(self.share.animate.set_value(1.0),
                  run_time=SWEEP_SECONDS * (1.0 - COMPARE_AT), rate_func=linear)

    def note_zeros(self) -> None:
        """The lasso's note: its zeros at s = COMPARE_AT lit; the cursors and counters go
        back there, then the s = COMPARE_AT line, the note and the magnified curve come in;
        beads show each lit curve held at exactly 0 over a stretch of s."""
        panels = self.panels.values()
        zeros = frozenset(int(j) for j in np.flatnonzero(self.lasso_at(COMPARE_AT) == 0.0))
        self.beat("rvl_zeros" if zeros else "rvl_zeros_none", share=COMPARE_AT)
        self.light(zeros or self.every_feature())  # none left: every curve's bead
        self.knots_named = zeros or None  # under the lasso plot: only the lit knots' names
        self.show_marks(1.0, -1.0)
        # the notes speak of s = COMPARE_AT: first the cursors go back there, the counters
        # counting at the cursors all the way (the paths stay whole); only then the
        # s = COMPARE_AT line, its tag and the note come in (none of them names a share
        # the counters do not count at)
        cursors = [p["cursor"] for p in panels]
        back = self.drive(lambda: self.count_at(self.counted.get_value()), *cursors,
                          *[p["counter"] for p in panels])
        self.play(self.counted.animate.set_value(COMPARE_AT), FadeOut(self.s_meaning),
                  run_time=BACK_SECONDS)
        self.stop_driving(back, lambda: self.count_at(self.counted.get_value()))
        self.play(*[FadeIn(p["compare"], p["least_squares"]) for p in panels],
                  *[FadeOut(cursor) for cursor in cursors],  # onto the s = 0.5 line
                  FadeIn(self.notes[0], self.magnifier), run_time=1.0)
        self.trace(self.reading_left(self.notes[0], BACK_SECONDS + 1.0))

    def note_crossings(self) -> None:
        """The ridge's note (in the lasso's note's place): the features that cross 0 lit,
        beads showing each lit curve passing through 0 at its dot and moving on; last the
        magnified curve goes and every feature is lit again for the closing picture."""
        crossed = frozenset(c.feature for c in self.crossings)
        self.beat("rvl_crossings" if crossed else "rvl_crossings_none")
        self.light(crossed or self.every_feature(), ("l2",))
        self.crossings_shown = True
        self.knots_named = frozenset()  # the note speaks of the ridge plot only
        self.show_marks(1.0, 1.0)  # all the crossings: the paths are whole
        zoom = []
        if crossed:  # the lasso's plot gives way to the ridge's near 0
            self.build_crossing_zoom(crossed)
            self.follow_zoom_beads(0.0)
            zoom = [self.crossing_zoom["picture"], *self.crossing_zoom["beads"].values()]
        # (the lasso's axis name, partly below the cover, goes while the zoom is shown)
        hidden = [self.panels["l1"]["axis_name"]] if crossed else []
        self.play(FadeOut(self.notes[0], *hidden),
                  FadeIn(self.notes[1], self.crossing_marks, self.crossing_dots, *zoom),
                  run_time=0.5)
        self.trace(self.reading_left(self.notes[1], 0.5 + 0.5))
        if crossed:  # a second cue: the beads again, as the curves move on past 0
            self.beat("rvl_crossings_on")
            self.trace(max(TRACE_SECONDS, reading_seconds(self.beats[-1]["subtitle"], self.lang)
                           - STILL_SECONDS))
        # the magnified copy and the zoom are shown only in the notes that speak of them:
        # in the closing picture the copy would read as a large coefficient of its own
        self.play(*[FadeOut(p["beads"]) for p in self.panels.values()],
                  FadeOut(self.magnifier), *[FadeOut(m) for m in zoom],
                  *[FadeIn(m) for m in hidden], run_time=0.5)
        self.light(None)
        self.knots_named = None  # the closing picture: every knot named again
        self.show_marks(1.0, 1.0)

    def build_crossing_zoom(self, crossed: frozenset[int]) -> None:
        """The lasso's column covered (its plot gives way while the ridge's crossings are
        told) by the ridge's plot near 0: the same s axis, the coefficient axis
        ``CROSSING_ZOOM`` times magnified, the ``crossed`` features' curves in their lit
        colours cut at its ends, a bead on each, the crossings' dots on the s axis."""
        lasso, ridge = self.panels["l1"], self.panels["l2"]
        low, high = (value / CROSSING_ZOOM for value in ridge["y_range"])
        axes = self.plane("l2_zoom", pieces.coefficient_axes(
            (0.0, 1.0), (low, high), lasso["axes"].x_length, lasso["axes"].y_length))
        axes.move_to(lasso["axes"].get_center())
        column = lasso["column"]
        cover = Rectangle(width=column.width, height=column.top - self.notes_band.top,
                          fill_color=theme.BACKGROUND_COLOR, fill_opacity=1.0, stroke_width=0)
        cover.move_to([column.center[0], (column.top + self.notes_band.top) / 2, 0.0])
        header = pieces.label(text("rvl_crossing_zoom", self.lang, zoom=CROSSING_ZOOM),
                              theme.BODY_SIZE, theme.L2_COLOR)
        header.move_to(lasso["header"]).align_to(lasso["header"], LEFT)
        pieces.fit_into(header, column.right - header.get_left()[0])
        ticks = [value / CROSSING_ZOOM for value in self.y_ticks]
        scale = axis_numbers(axes, low, ticks)
        box = (axes.c2p(0.0, low), axes.c2p(1.0, high))
        shares, coefs = ridge["shares"], ridge["path"].coefs
        curves, beads = VGroup(), {}
        for j in sorted(crossed):
            color = ridge["curves"][j].get_stroke_color()
            curve = VMobject(color=color, stroke_width=LIT_STROKE)
            for arc in pieces.clip_polyline(axes.c2p(np.column_stack([shares, coefs[:, j]])),
                                            *box):
                curve.start_new_path(arc[0])
                curve.add_points_as_corners(arc[1:])
            curves.add(curve)
            beads[j] = Dot(radius=TRACE_DOT, color=color, stroke_color=theme.TEXT_COLOR,
                           stroke_width=1.5)
        dots = VGroup(*[Dot(axes.c2p(c.share, 0.0), radius=CROSSING_DOT,
                            color=ridge["curves"][c.feature].get_stroke_color())
                        for c in self.crossings if c.feature in crossed])
        # its s axis named as the ridge's, in the lasso's axis name's place (which goes)
        axis_name = ridge["axis_name"].copy().move_to(lasso["axis_name"])
        self.crossing_zoom = {"axes": axes, "beads": beads, "range": (low, high),
                              "picture": VGroup(cover, axes, scale, header, curves, dots,
                                                axis_name)}
        self.crossing_zoom["picture"].set_z_index(5)
        VGroup(*beads.values()).set_z_index(6)

    def follow_zoom_beads(self, traced: float) -> None:
        """The crossing zoom's beads at s = traced, at mathcore's value there; hidden
        while it lies beyond the zoom's coefficient range."""
        low, high = self.crossing_zoom["range"]
        ridge, axes = self.panels["l2"], self.crossing_zoom["axes"]
        for j, bead in self.crossing_zoom["beads"].items():
            value = float(np.interp(traced, ridge["shares"], ridge["path"].coefs[:, j]))
            shade(bead, float(low <= value <= high), bead.set_opacity)
            bead.move_to(axes.c2p(traced, min(max(value, low), high)))

    def every_feature(self) -> frozenset[int]:
        """Every feature singled out (a note on none of them: each curve gets a bead)."""
        return frozenset(range(len(self.features)))

    def reading_left(self, note: VMobject, spent: float) -> float:
        """Seconds left to read the beat's subtitle and ``note`` after ``spent`` seconds
        of it (and before its closing still), at least TRACE_SECONDS."""
        said = f"{self.beats[-1]['subtitle']} {note.original_text}"
        return max(TRACE_SECONDS, reading_seconds(said, self.lang) - spent - STILL_SECONDS)

    def trace(self, seconds: float) -> None:
        """Beads run along the lit curves from s = 0 to s = 1 in ``seconds`` (and along
        the crossing zoom's, while it is shown)."""
        self.traced.set_value(0.0)
        zoom = [*self.crossing_zoom["beads"].values()] if self.crossing_zoom else []
        beads = self.drive(self.follow_trace, *[p["beads"] for p in self.panels.values()],
                           *zoom)
        self.play(self.traced.animate.set_value(1.0), run_time=seconds, rate_func=linear)
        self.stop_driving(beads, self.follow_trace)

    def follow_trace(self) -> None:
        """Each lit curve's bead at s = traced, at mathcore's value there; the others
        hidden."""
        traced = self.traced.get_value()
        if self.crossing_zoom:
            self.follow_zoom_beads(traced)
        for norm, panel in self.panels.items():
            axes, coefs = panel["axes"], panel["path"].coefs
            for j, bead in enumerate(panel["beads"]):
                lit = j in (self.panel_lit(norm) or ())
                shade(bead, float(lit), bead.set_opacity)
                if lit:
                    bead.move_to(axes.c2p(traced, np.interp(traced, panel["shares"],
                                                            coefs[:, j])))

    def panel_lit(self, norm: str) -> frozenset[int] | None:
        """The features lit on plot ``norm``: ``lit`` on the plots of ``lit_norms``, none
        (an empty set: every curve dim) on the others."""
        return self.lit if norm in self.lit_norms else frozenset()

    def brightness(self, norm: str, feature: int) -> float:
        """How bright ``feature``'s curve is drawn on plot ``norm``: 1 when lit there or
        when none is singled out, else DIM_OPACITY."""
        lit = self.panel_lit(norm)
        return 1.0 if lit is None or feature in lit else DIM_OPACITY

    def light(self, lit: frozenset[int] | None, norms: tuple[str, ...] = ("l1", "l2")
              ) -> None:
        """Light the features ``lit`` on the plots ``norms`` (None: every feature, none
        singled out): their curves at full opacity, LIT_STROKE wide, over the others and
        named at their live ends; the others' curves (every curve of another plot) at
        DIM_OPACITY, unnamed."""
        if (lit, norms) == (self.lit, self.lit_norms):
            return
        self.lit, self.lit_norms = lit, norms
        for norm, panel in self.panels.items():
            shown = self.panel_lit(norm)
            self.paint(norm, lit_colours(shown, self.ridge.coefs[-1]))
            for j, curve in enumerate(panel["curves"]):
                singled = shown is not None and j in shown
                curve.set_stroke(width=LIT_STROKE if singled else theme.PATH_STROKE,
                                 opacity=self.brightness(norm, j)
                                 ).set_z_index(1 if singled else 0)
        self.place_names(self.share.get_value())

    def paint(self, norm: str, colours: list[str]) -> None:
        """Everything drawn for each feature on plot ``norm`` in its colour of ``colours``:
        its curve, live name and leader, bead and zoom dot (and name); under the lasso plot
        its knots' names and leaders; on the ridge plot its crossings' dots, names and
        leaders and its magnified curve."""
        panel, before = self.panels[norm], self.colors[norm]
        marks = ([*zip(self.knot_ticks, self.knot_tags, strict=True)] if norm == "l1" else
                 [*zip(self.crossing_ticks, self.crossing_tags, strict=True)])
        for j, colour in enumerate(colours):
            if colour == before[j]:
                continue
            panel["curves"][j].set_stroke(color=colour)
            panel["names"][j].set_color(colour)
            panel["names"][-1][j].set_stroke(color=colour)
            panel["beads"][j].set_fill(colour)
            panel["zoom_dots"][j].set_fill(colour)
            for tick, tag in marks:
                if tick.feature == j:
                    tick.set_stroke(color=colour)
                    tag.set_color(colour)
            if norm == "l2":
                for dot, crossing in zip(self.crossing_dots, self.crossings, strict=True):
                    if crossing.feature == j:
                        dot.set_fill(colour)
                if len(self.magnifier) and self.magnify[0] == j:
                    self.magnifier[0].set_stroke(color=colour)
                    self.magnifier[1:].set_color(colour)
        for name, j in zip(panel["zoom_names"], panel["zoom_named"], strict=True):
            name.set_color(colours[j])
        self.colors[norm] = list(colours)

    def closing_notes(self) -> VGroup:
        """Exact zeros of the lasso at one share; where the ridge crosses 0 (every dot)."""
        lasso_now = self.lasso_at(COMPARE_AT)
        zero = [self.features[j] for j in np.flatnonzero(lasso_now == 0.0)]
        crossed = [self.features[c.feature] for c in self.crossings]
        times = {name: crossed.count(name) for name in crossed}
        listed = [name if times[name] == 1 else
                  text("rvl_times", self.lang, name=name, count=times[name])
                  for name in dict.fromkeys(crossed)]
        lasso_note = (text("rvl_note_lasso", self.lang, share=COMPARE_AT, count=len(zero),
                           names=", ".join(zero)) if zero else
                      text("rvl_note_lasso_none", self.lang, share=COMPARE_AT))
        ridge_note = (text("rvl_note_ridge", self.lang, names=", ".join(listed),
                           count=len(self.crossings)) if listed else
                      text("rvl_note_ridge_none", self.lang))
        # one note at a time, in the same place (the ridge's replaces the lasso's), as
        # large as the names under the plots
        notes = VGroup(*[self.notes_band.place(pieces.fit_into(
            pieces.label(note_lines(note, self.lang, NOTE_SIZE, self.notes_band.width),
                         NOTE_SIZE, color), self.notes_band.width))
            for note, color in ((lasso_note, theme.L1_COLOR), (ridge_note, theme.L2_COLOR))])
        assert all(self.notes_band.fits(note) for note in notes), "a note is too tall"
        self.compare = {"lasso_zeros": zero, "ridge_crossed": listed}
        self.show("lasso_events", [vars(e) for e in self.lasso.events])
        self.show("at_share", {"share": COMPARE_AT, "lasso_zero_features": zero})
        return notes
