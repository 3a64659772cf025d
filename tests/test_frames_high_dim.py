"""Frame tests of scenes/high_dim.py: the mechanism first (one loss's |c_i| as bars, L1's
threshold line and the bars it cuts down by theta, its exact zeros, L2's bars scaled by one
factor, all as ``mathcore.soft_threshold`` computes them); then every measured curve and
the L2 series (one labelled line on 0) where mathcore puts it, each drawn in its own beat
and not before; while each ball's budget is spent, L1's threshold line sliding down at the
recorded theta with every bar's part above it in L1's colour, and L2's bars at the
recorded factor; the called-out dimensions' dots on mathcore's values, with their numbers,
one at a time; the panels' names; the closing note with mathcore's numbers, in its beat;
the subtitle's claim that the share of optima with a zero rises with n, true at every n;
the budget lines at the body size; every reveal held still; the L2 label beside its line;
the side margins kept empty."""

from __future__ import annotations

import functools

import numpy as np
import pytest

from mathcore.cloud import cloud_nd
from mathcore.soft_threshold import threshold_example
from scenes import layout, theme
from scenes.base import CLOSING_STILL_SECONDS
from scenes.high_dim import (
    BAND_OPACITY,
    CALLOUT_DOT,
    CALLOUTS,
    CASE,
    DIMENSIONS,
    HOLD_SECONDS,
    L1_WIDTH,
    L2_DOT,
    L2_WIDTH,
    MECH_BAR,
    MECH_DIM,
    MECH_DOT,
    MECH_TOP,
    PANELS,
    RELATIVE_BUDGET,
    SAMPLES,
    SEED,
    SIDE_ROOM,
    TICK_VALUES,
    ZerosInHighDimensions,
    percent,
)
from scenes.pieces import format_number
from scenes.strings import format_count, text
from tests.frames import (
    ANTIALIAS_PX,
    MarkerCheck,
    assert_near_polylines,
    blend,
    bright_pixels,
    check_basics,
    decoded,
    marker_position,
    region_pixels,
    spread,
    still_runs,
)

pytestmark = pytest.mark.slow
#: What is on screen at the end of each beat after the mechanism's: (the left curve, the
#: share of all coefficients that are 0; the right curve, the share of optima with a zero;
#: the call-outs, the L2 series, the closing note).
SHOWN = {"hd_share": (True, False, False, False, False),
         "hd_any": (True, True, False, False, False),
         "hd_rise": (True, True, True, False, False),
         "hd_l2": (True, True, True, True, False),
         "hd_end": (True, True, True, True, True)}
#: Two decoded frames of one still picture: at most this many pixels differ by more than
#: this much in brightness (an encoder's key frame; a curve growing or a text fading in
#: changes far more).
STILL_PIXELS, STILL_CONTRAST = 80, 40.0
#: The smallest font size a caption may be shrunk to in order to fit (about 15 px from
#: ascender to descender at 480p).
MIN_FONT = 20.0
#: Dead time: no beat's picture stays still longer than this (the last beat's closing
#: still, ``CLOSING_STILL_SECONDS``, aside), plus the frame the base adds to each hold.
DEAD_SECONDS = 3.0


@functools.cache
def measured(norm: str, stat: str) -> np.ndarray:
    return np.array([getattr(cloud_nd(norm, CASE, SAMPLES, n, seed=SEED,
                                      relative_budget=RELATIVE_BUDGET), stat)
                     for n in DIMENSIONS])


def check_high_dim(video) -> dict:
    """At the end of every beat (``SHOWN``): each L1 curve and its band where mathcore puts
    them once their beat has come, and nothing of them before; the call-outs; the L2
    series on the zero line from the L2 beat on."""
    band_color = blend(theme.L1_COLOR, BAND_OPACITY)
    palette = [theme.L1_COLOR, theme.L2_COLOR, band_color]
    worst: dict[str, float] = {}
    instants = [(video.beat(name)[1], shown) for name, shown in SHOWN.items()]
    marks = video.scene.marks
    for index, (share_shown, any_shown, marks_shown, l2_shown, _) in instants:
        frame = video.frames([index])[index]
        for panel, (_, stat, interval), curve_shown in zip(
                video.scene.panels, PANELS, (any_shown, share_shown), strict=True):
            region = video.plane_box(panel["axes"])
            # a share of 1 runs along the plane's top edge: the whole stroke counts
            region[0, 1] -= video.half_stroke_px(L1_WIDTH) + 2.0
            # the call-outs' dots and numbers are checked on their own below
            skip = [video.pixel_box(mark, margin_px=3.0) for mark in marks] \
                if stat == "fraction_zero" else []
            pixels = region_pixels(frame, theme.L1_COLOR, region, palette, skip)
            band = region_pixels(frame, band_color, region, palette, skip)
            if not curve_shown:
                assert len(pixels) == 0, f"{stat}: L1 curve drawn before its beat at {index}"
                assert len(band) == 0, f"{stat}: L1 band drawn before its beat at {index}"
            else:
                expected = video.to_pixels(stat, index, np.column_stack(
                    [DIMENSIONS, measured("l1", stat)]))
                worst[f"{stat}_l1_px"] = max(worst.get(f"{stat}_l1_px", 0.0),
                                             assert_near_polylines(video, index, pixels,
                                                                   [expected], f"{stat} L1",
                                                                   L1_WIDTH))
                # the band: where it shows beside the line, between the interval's ends
                intervals = measured("l1", interval)
                if len(band):
                    data = video.to_data(stat, index, band)
                    low = np.interp(data[:, 0], DIMENSIONS, intervals[:, 0])
                    high = np.interp(data[:, 0], DIMENSIONS, intervals[:, 1])
                    slack = 2.0 / video.pixels_per_unit(stat, index)
                    assert np.all((data[:, 1] >= low - slack) & (data[:, 1] <= high + slack))
            if stat == "fraction_zero":
                worst["callout_px"] = max(worst.get("callout_px", 0.0), check_callouts(
                    video, index, frame, marks_shown))
            zero_row = video.to_pixels(stat, index, [[0.0, 0.0]])[0, 1]
            reach = video.half_stroke_px(L2_WIDTH) + 3.0
            whole = video.pixel_box(panel["axes"], reach)
            label_box = video.pixel_box(panel["l2_label"], margin_px=2.0)
            l2_pixels = region_pixels(frame, theme.L2_COLOR, whole, palette, [label_box])
            label_pixels = region_pixels(frame, theme.L2_COLOR, label_box, palette)
            if not l2_shown:
                assert len(l2_pixels) == 0, f"L2 series drawn before its beat at {index}"
                assert len(label_pixels) == 0, f"L2 label drawn before its beat at {index}"
                continue
            assert np.all(np.abs(l2_pixels[:, 1] - zero_row) <= reach), "L2 off the zero line"
            l2 = np.column_stack([DIMENSIONS, measured("l2", stat)])
            worst[f"{stat}_l2_px"] = assert_near_polylines(
                video, index, l2_pixels, [video.to_pixels(stat, index, l2)], f"{stat} L2",
                L2_WIDTH)
            # drawn end to end, from the first dimension to the last
            ends = video.to_pixels(stat, index, l2[[0, -1]])[:, 0]
            assert l2_pixels[:, 0].min() <= ends[0] + 3 and l2_pixels[:, 0].max() >= ends[1] - 3
            worst[f"{stat}_l2_label_px"] = check_l2_label(video, index, stat, label_pixels,
                                                          zero_row)
    return {key: round(value, 2) for key, value in worst.items()}


def check_texts(video) -> None:
    """The panels' names say which share each counts; the closing note carries
    mathcore's numbers and appears in its beat, not before (found by its colour in its own
    box); no legend or cloud comparison under the plots; the right panel's subtitle gives
    only that the share of optima with a zero rises with n, which holds at every n."""
    scene, lang = video.scene, video.scene.lang
    for panel, (key, _, _) in zip(scene.panels, PANELS, strict=True):
        assert panel["header"].original_text == text(key, lang)
    assert not hasattr(scene, "legend") and not hasattr(scene, "cloud_line")
    share = measured("l1", "mean_zero_fraction")
    assert share[-1] > share[0] + 0.1, "the share rises with n: never say it is steady"
    right = next(beat for beat in scene.beats if beat["name"] == "hd_any")
    assert right["subtitle"] == text("sub_hd_any", lang)
    assert np.all(np.diff(measured("l1", "fraction_zero")) >= 0.0), "it rises with n"
    chance = measured("l1", "fraction_zero")[-1]
    mean = measured("l1", "mean_zero_fraction")[-1]
    low, high = measured("l1", "mean_zero_ci95")[-1]
    assert chance == 1.0, "the note and the last subtitle say every optimum has a zero"
    assert scene.note.original_text == text(
        "hd_note", lang, n=DIMENSIONS[-1], any=format_number(100 * chance), share=percent(mean),
        half=f"{100 * (high - low) / 2:.2f}")
    # the called-out dimensions and their chances, as computed (no number written in)
    rise = next(beat for beat in scene.beats if beat["name"] == "hd_rise")
    chances = measured("l1", "fraction_zero")
    assert rise["subtitle"] == text("sub_hd_rise", lang, **{
        field: value for key, n in zip("abc", CALLOUTS, strict=True)
        for field, value in ((f"n_{key}", str(n)),
                             (f"p_{key}", f"{100 * chances[DIMENSIONS.index(n)]:.0f}"))})
    end = next(beat for beat in scene.beats if beat["name"] == "hd_end")
    assert end["subtitle"] == text("sub_hd_end", lang, n=DIMENSIONS[-1],
                                   share=f"{100 * mean:.1f}",
                                   count=f"{mean * DIMENSIONS[-1]:.0f}")
    # each ball's own budget on screen, in its colour (L1's and L2's differ)
    assert [line.original_text for line in scene.budget_lines] == [
        text(f"hd_budget_{norm}", lang, kappa=f"{RELATIVE_BUDGET:g}") for norm in ("l1", "l2")]
    # readable at 480p: no caption shrunk below ``MIN_FONT`` to fit the width; the lines
    # under the title (the losses sampled, the budgets) at the body size, unshrunk
    settings = [panel["setting"] for panel in scene.panels]
    for mobject in (scene.budget[0], *scene.budget_lines, scene.note, *settings):
        assert mobject.font_size >= MIN_FONT, (mobject.original_text, mobject.font_size)
    # under each panel's name, the losses and the budget it was measured with, from the
    # panels' beat on (the call-outs' shares are read against them)
    for setting in settings:
        assert setting.original_text == text("hd_setting", lang,
                                             kappa=f"{RELATIVE_BUDGET:g}")
    # (as the names: before the panels' beats the mechanism's charts lie there)
    for name in SHOWN:
        index = video.beat(name)[1]
        frame = video.frames([index])[index]
        for setting in settings:
            drawn = len(bright_pixels(frame, video.pixel_box(setting, margin_px=1.0),
                                      contrast=40.0))
            assert drawn > 50, (name, setting.original_text, drawn)
    for mobject in (scene.budget[0], *scene.budget_lines):
        assert mobject.font_size == pytest.approx(theme.BODY_SIZE), mobject.original_text
    # (a flag None: on screen from the first beat on)
    texts = {"header_any": (scene.panels[0]["header"], theme.TEXT_COLOR, None),
             "header_share": (scene.panels[1]["header"], theme.TEXT_COLOR, None),
             "budget_l1": (scene.budget_lines[0], theme.L1_COLOR, None),
             "budget_l2": (scene.budget_lines[1], theme.L2_COLOR, None),
             "note": (scene.note, theme.ZERO_COLOR, 4)}
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.TEXT_COLOR, theme.ZERO_COLOR]
    for name, shown in {"hd_start": (False,) * 6, **SHOWN}.items():
        index = video.beat(name)[1]
        frame = video.frames([index])[index]
        for what, (mobject, color, flag) in texts.items():
            if name == "hd_start" and not what.startswith("budget"):
                continue  # the panels come after the mechanism, over its charts
            expected = True if flag is None else shown[flag]
            box = video.pixel_box(mobject, margin_px=1.0)
            drawn = len(region_pixels(frame, color, box, palette))
            if expected:
                assert drawn > 50, f"{what} not drawn at the end of {name} ({drawn} px)"
            else:
                assert len(bright_pixels(frame, box, contrast=25.0)) == 0, (
                    f"{what} drawn before its beat, at the end of {name}")


def same_picture(frame: np.ndarray, other: np.ndarray) -> bool:
    """Two decoded frames show one picture: at most ``STILL_PIXELS`` pixels differ by more
    than ``STILL_CONTRAST`` in brightness (the encoder's noise after a key frame)."""
    weights = np.array([0.299, 0.587, 0.114])
    change = np.abs((frame.astype(float) - other.astype(float)) @ weights)
    return int((change > STILL_CONTRAST).sum()) <= STILL_PIXELS


def held_frames(video, first: int, last: int) -> int:
    """How many frames up to ``last`` (not before ``first``) show ``last``'s picture."""
    frames = video.frames(range(first, last + 1))
    count = 0
    while last - count >= first and same_picture(frames[last - count], frames[last]):
        count += 1
    return count


def check_holds(video) -> dict:
    """Every reveal is held still: each beat ends on at least ``HOLD_SECONDS`` of one
    picture (the last one ``CLOSING_STILL_SECONDS``), and the call-outs come one at a time,
    each shown (with those before it) on a still picture for ``HOLD_SECONDS``.  Returns the
    held seconds."""
    held = int(HOLD_SECONDS * video.fps) - 1  # a fade's last frame may pass for still
    seconds = {}
    for name in (*MECHANISM, *SHOWN):
        first, last = video.beat(name)
        needed = int(CLOSING_STILL_SECONDS * video.fps) - 1 if name == "hd_end" else held
        # (only the frames the hold needs are decoded: the count stops there)
        frames = held_frames(video, max(first, last - needed - 1), last)
        seconds[name] = frames / video.fps
        assert frames >= needed, f"beat {name} ends on {frames} still frames, not {needed}"
    first, last = video.beat("hd_rise")
    frames = video.frames(range(first, last + 1))
    counts = [sum(len(bright_pixels(frames[i], video.pixel_box(mark[1], margin_px=0.0),
                                    contrast=40.0)) > 20 for mark in video.scene.marks)
              for i in range(first, last + 1)]
    assert counts == sorted(counts), "a call-out left before the others came"
    for count in range(1, len(CALLOUTS) + 1):
        assert count in counts, f"never exactly {count} call-out(s) on screen"
        stop = first + len(counts) - 1 - counts[::-1].index(count)
        frames_held = held_frames(video, first, stop)
        seconds[f"callouts_{count}"] = frames_held / video.fps
        assert frames_held >= held, (
            f"{count} call-out(s) held still for {frames_held} frames, not {held}")
    return seconds


def check_callouts(video, index: int, frame: np.ndarray, shown: bool) -> float:
    """The called-out dimensions: a dot on mathcore's chance of a zero at each, with its
    number ("n = 2: 33 %") drawn beside it; nothing of them before their beat.  Returns the
    worst dot error (px)."""
    scene, values = video.scene, measured("l1", "fraction_zero")
    check = MarkerCheck("call-out")
    for n, mark in zip(CALLOUTS, scene.marks, strict=True):
        value = float(values[DIMENSIONS.index(n)])
        words = mark[1]
        box = video.pixel_box(words, margin_px=0.0)
        drawn = len(bright_pixels(frame, box, contrast=40.0))
        if not shown:
            assert drawn == 0, f"call-out n = {n} drawn before its beat at {index}"
            continue
        assert words.original_text == text("hd_callout", scene.lang, n=n,
                                           share=f"{100 * value:.0f}")
        assert drawn > 20, f"call-out n = {n}: its number is not drawn at {index}"
        expected = video.to_pixels("fraction_zero", index, [[n, value]])[0]
        check.add(index, expected, marker_position(
            frame, theme.L1_COLOR, expected, video.screen_px(CALLOUT_DOT),
            [theme.L2_COLOR, theme.AXES_COLOR]), video)
    return check.assert_within(video) if shown else 0.0


def check_l2_label(video, index: int, stat: str, pixels: np.ndarray, zero_row: float) -> float:
    """"L2: 0 of SAMPLES at every n" is drawn right above the L2 markers and ends at the
    last dimension.  Returns the gap between the label and the markers (px)."""
    assert len(pixels) > 20, f"{stat}: L2 label not drawn at {index}"
    marker_top = zero_row - video.screen_px(L2_DOT)
    gap = marker_top - pixels[:, 1].max()
    assert 0.0 <= gap <= video.screen_px(0.1) + 3.0, (
        f"{stat}: L2 label {gap:.1f} px above its markers at {index}")
    end = video.to_pixels(stat, index, [[DIMENSIONS[-1], 0.0]])[0, 0]
    # (a glyph's thin last stroke may be too faint to be told by its colour)
    right = pixels[:, 0].max()
    assert end - video.screen_px(0.3) <= right <= end + 2.0, (
        f"{stat}: L2 label ends at {right:.1f} px, the last marker at {end:.1f}")
    return float(gap)


def check_margins(video) -> None:
    """Nothing is drawn within the edge margin and ``SIDE_ROOM`` of the frame's sides (nor
    the edge margin at the top) at the end of every beat."""
    width, height = video.timeline["pixel_size"]
    side = video.screen_px(layout.EDGE_MARGIN + SIDE_ROOM) - ANTIALIAS_PX
    # the title sits on the edge margin (pieces.title): it may blend into the row above
    top = video.screen_px(layout.EDGE_MARGIN) - ANTIALIAS_PX - 1.0
    strips = {"left": np.array([[0.0, 0.0], [side, height]]),
              "right": np.array([[width - side, 0.0], [width, height]]),
              "top": np.array([[0.0, 0.0], [width, top]])}
    for beat in video.scene.beats:
        index = beat["last_frame"]
        frame = video.frames([index])[index]
        for name, strip in strips.items():
            drawn = bright_pixels(frame, strip, contrast=25.0)
            assert len(drawn) == 0, (
                f"{len(drawn)} pixels drawn in the {name} margin at frame {index} "
                f"(beat {beat['name']})")


#: The mechanism's beats: whether L1's and L2's bars have been cut and scaled at its end.
MECHANISM = {"hd_start": (False, False), "hd_cut": (True, False), "hd_scale": (True, True)}
#: Bar ends (px): antialiasing and the video's 2 x 2 colour blocks.
EDGE_PX = 2.5


def bar_tops(video, index: int, frame: np.ndarray, plane: str, color: str | None,
             palette: list[str], from_zero: bool = True) -> list[float | None]:
    """The top (in data units) of the ``color`` pixels (None: of any bright pixel) over
    each coefficient's bar in ``plane`` (None where there are none), and (``from_zero``)
    that each starts at 0."""
    tops = []
    for i in range(1, MECH_DIM + 1):
        (left, top), (right, bottom) = video.to_pixels(
            plane, index, [[i - MECH_BAR / 2, 10.0], [i + MECH_BAR / 2, 0.0]])
        # the middle of the bar: its sides are the ghost's outline
        region = np.array([[left + 3, top - 4], [right - 3, bottom - 2]])
        pixels = bright_pixels(frame, region, contrast=40.0) if color is None \
            else region_pixels(frame, color, region, palette)
        if len(pixels) == 0:
            tops.append(None)
            continue
        assert not from_zero or pixels[:, 1].max() >= bottom - 2 - EDGE_PX, (
            f"{plane} bar {i} does not start at 0")
        tops.append(float(video.to_data(plane, index, [[0.0, pixels[:, 1].min()]])[0, 1]))
    return tops


def check_mechanism(video) -> dict:
    """At the end of each mechanism beat: first the |c_i| (grey bars) at mathcore's values
    in both charts; after the cut, L1's bars at |c_i| - theta, none where
    |c_i| <= theta but a green dot on 0 there, the threshold line gone and the gap theta
    marked beside a cut bar (``check_theta_gap``); after the
    scaling, L2's bars at scale |c_i|, every one above 0.  Returns the worst errors (px)."""
    example = threshold_example(MECH_DIM, SEED, RELATIVE_BUDGET)
    scene, lang = video.scene, video.scene.lang
    assert scene.shown["mechanism"]["theta"] == example.theta
    zeros = int(np.sum(example.l1 == 0.0))
    assert 0 < zeros < MECH_DIM and np.all(example.l2 != 0.0)
    fields = {"theta": f"{example.theta:.2f}", "scale": f"{example.scale:g}", "zeros": zeros,
              "n": MECH_DIM, "least": f"{np.min(np.abs(example.l2)):.2f}"}
    left, right = scene.mech
    assert left["header"].original_text == text("hd_mech_l1", lang, **fields)
    assert right["header"].original_text == text("hd_mech_l2", lang, **fields)
    assert left["note"].original_text == text("hd_mech_l1_note", lang, **fields)
    assert scene.why.original_text == text("hd_mech_why", lang)
    assert right["note"].original_text == text("hd_mech_l2_note", lang, **fields)
    sizes = np.abs(example.center)
    palette = [theme.MUTED_TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR,
               theme.TEXT_COLOR]
    worst = {"grey_px": 0.0, "l1_px": 0.0, "l2_px": 0.0, "theta_px": 0.0, "zero_px": 0.0}
    for name, (cut, scaled) in MECHANISM.items():
        index = video.beat(name)[1]
        frame = video.frames([index])[index]
        for plane, done, after, color, key in (
                ("mech_l1", cut, np.abs(example.l1), theme.L1_COLOR, "l1_px"),
                ("mech_l2", scaled, np.abs(example.l2), theme.L2_COLOR, "l2_px")):
            unit = video.pixels_per_unit(plane, index)
            if name == "hd_start":  # nothing else in the charts yet
                grey = bar_tops(video, index, frame, plane, None, palette)
                for top, size in zip(grey, sizes, strict=True):
                    assert top is not None, f"{name}: a bar of |c| missing in {plane}"
                    worst["grey_px"] = max(worst["grey_px"], abs(top - size) * unit)
            coloured = bar_tops(video, index, frame, plane, color, palette)
            for i, (top, value) in enumerate(zip(coloured, after, strict=True)):
                if not done:
                    assert top is None, f"{name}: {plane} bar {i + 1} changed too early"
                elif value == 0.0:
                    assert top is None, f"{name}: L1 bar {i + 1} drawn, mathcore has 0"
                elif value * unit >= 2 * EDGE_PX:  # taller than the encoder's blur
                    assert top is not None, f"{name}: {plane} bar {i + 1} missing"
                    worst[key] = max(worst[key], abs(top - value) * unit)
        # why one theta comes off every bar: drawn in hd_cut only, L2's chart hidden then
        # (its text colour, under the row of L2's chart's names, which share it, and off
        # the columns of L2's bars, whose edges the encoder brightens)
        box = video.pixel_box(scene.why, margin_px=1.0)
        box[0, 1] = max(box[0, 1], max(video.pixel_box(right[key], margin_px=1.0)[1, 1]
                                       for key in ("start", "header")))
        columns = [video.to_pixels("mech_l2", index, [[i - MECH_BAR / 2, MECH_TOP],
                                                      [i + MECH_BAR / 2, 0.0]])
                   + np.array([[-3.0, -3.0], [3.0, 3.0]]) for i in range(1, MECH_DIM + 1)]
        why = len(region_pixels(frame, theme.TEXT_COLOR, box, [
            theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.L2_COLOR, theme.AXES_COLOR],
            excluded=columns))
        assert (why > 50) == (name == "hd_cut"), (name, "reason", why)
        if name == "hd_cut":  # nothing of L2's bars at their feet, under the reason
            for i, size in enumerate(sizes):
                feet = video.to_pixels("mech_l2", index, [[i + 1 - MECH_BAR / 2, min(size, 1.0)],
                                                          [i + 1 + MECH_BAR / 2, 0.1]])
                assert len(bright_pixels(frame, feet, contrast=40.0)) < 3, (
                    f"L2's bar {i + 1} drawn over the reason's beat")
        for part, plane in ((left, "mech_l1"), (right, "mech_l2")):
            box = video.pixel_box(part["note"], margin_px=1.0)
            drawn = len(bright_pixels(frame, box, contrast=40.0))
            assert (drawn > 20) == (MECHANISM[name][plane == "mech_l2"]), (name, plane, drawn)
        if cut:  # the threshold line gone, the gap theta marked, the zeros' dots on 0
            worst["theta_px"] = max(worst["theta_px"],
                                    check_theta_gap(video, index, frame, example, name))
            check = MarkerCheck("zero")
            for i in np.flatnonzero(example.l1 == 0.0):
                expected = video.to_pixels("mech_l1", index, [[i + 1.0, 0.0]])[0]
                check.add(index, expected, marker_position(
                    frame, theme.ZERO_COLOR, expected, video.screen_px(MECH_DOT),
                    [theme.L1_COLOR, theme.AXES_COLOR]), video)
            worst["zero_px"] = max(worst["zero_px"], check.assert_within(video))
    assert worst["grey_px"] <= EDGE_PX + 1.0 and worst["l1_px"] <= EDGE_PX + 1.0
    assert worst["l2_px"] <= EDGE_PX + 1.0 and worst["theta_px"] <= 2.5, worst
    return {key: round(value, 2) for key, value in worst.items()}


def check_theta_gap(video, index: int, frame: np.ndarray, example, name: str) -> float:
    """Once the parts above theta have dropped: no threshold line left (in every gap
    between the bars, over the zero line and its ticks, nothing is drawn, so no cut bar
    stands under a theta line) but in the gap right of the bar ``gap_bar`` picks, the
    white mark from that bar's cut top |c_i| - theta up to |c_i|, named "θ".  Returns the
    mark's worst end error (px)."""
    sizes = np.abs(example.center)
    i = ZerosInHighDimensions.gap_bar(sizes, example.theta)
    assert sizes[i] > example.theta and example.l1[i] != 0.0
    assert sizes[i] - example.theta > (sizes[i + 1] if i + 1 < MECH_DIM else 0.0)
    worst = 0.0
    for gap in np.arange(1.5, MECH_DIM, 1.0):
        (a, top), (b, bottom) = video.to_pixels("mech_l1", index, [
            [gap - (1 - MECH_BAR) / 2, 10.0], [gap + (1 - MECH_BAR) / 2, 0.0]])
        drawn = bright_pixels(frame, np.array([[a + 2, top], [b - 2, bottom - 10]]),
                              contrast=40.0)
        if gap != i + 1.5:
            assert len(drawn) < 3, f"{name}: a threshold line left in the gap at {gap}"
            continue
        marked = region_pixels(frame, theme.TEXT_COLOR, np.array(
            [[a + 2, top], [b - 2, bottom - 10]]), [theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR,
                                                    theme.L1_COLOR, theme.ZERO_COLOR])
        assert len(marked) > 20, f"{name}: the gap theta is not marked"
        ends = video.to_pixels("mech_l1", index, [[gap, sizes[i]],
                                                  [gap, sizes[i] - example.theta]])[:, 1]
        worst = max(abs(marked[:, 1].min() - ends[0]), abs(marked[:, 1].max() - ends[1]))
    return float(worst)


def threshold_line_row(video, index: int, frame: np.ndarray, top_value: float,
                       skip: float | None = None) -> np.ndarray:
    """The bright pixels in the gaps between L1's bars (but the gap at ``skip``), below
    ``top_value`` and above the zero line's ticks: only the threshold line is drawn
    there."""
    line = []
    for gap in np.arange(1.5, MECH_DIM, 1.0):
        if gap == skip:
            continue
        (a, top), (b, bottom) = video.to_pixels("mech_l1", index, [
            [gap - (1 - MECH_BAR) / 2, top_value], [gap + (1 - MECH_BAR) / 2, 0.0]])
        line.extend(bright_pixels(frame, np.array([[a + 2, top], [b - 2, bottom - 10]]),
                                  contrast=40.0))
    return np.array(line)


def check_theta_line(video) -> dict:
    """hd_cut, on every frame of the beat: wherever the threshold line is drawn (in the
    gaps between L1's bars, but for the gap where theta is marked once the line is gone)
    it lies at the recorded theta, the value the reading and the name "θ = ..." are made
    of (never below it while the cut parts drop onto 0); it is drawn on every frame of
    the slide and once the slide has ended it lies at mathcore's theta.  Returns the
    worst row error (px) and the frames it was seen on."""
    example = threshold_example(MECH_DIM, SEED, RELATIVE_BUDGET)
    sizes = np.abs(example.center)
    marked = ZerosInHighDimensions.gap_bar(sizes, example.theta) + 1.5
    first, last = video.beat("hd_cut")
    (start, stop), = video.changing("theta")
    worst, seen = 0.0, 0
    for index, frame in video.frames(range(first, last + 1)).items():
        line = threshold_line_row(video, index, frame, MECH_TOP, skip=marked)
        if start <= index <= stop:
            assert len(line) > 20, f"threshold line not drawn at {index}"
        if len(line) < 3:
            continue
        value = video.value("theta", index)
        if index > stop:
            assert value == pytest.approx(example.theta)
        row = video.to_pixels("mech_l1", index, [[0.0, value]])[0, 1]
        error = float(np.abs(line[:, 1] - row).max())
        assert error <= EDGE_PX + 1.0, (
            f"threshold line {error:.1f} px off theta = {value:.2f} at frame {index}")
        worst, seen = max(worst, error), seen + 1
    return {"theta_line_px": round(worst, 2), "theta_line_frames": seen}


def check_slides(video) -> dict:
    """hd_cut: the threshold line slides down from the tallest bar to mathcore's theta
    (one run of the recorded theta, inside the beat); at frames of the slide it lies at
    the recorded theta and each bar's part above it is in L1's colour (from theta up to
    |c_i|); the run ends at theta, where the parts add up to L1's budget.  hd_scale: the
    factor runs from 1 to mathcore's scale inside its beat and L2's bars stand at the
    recorded factor times |c_i|.  Both beats last at least 7 s.  Returns the worst
    errors (px)."""
    example = threshold_example(MECH_DIM, SEED, RELATIVE_BUDGET)
    sizes = np.abs(example.center)
    assert float(np.sum(np.maximum(sizes - example.theta, 0.0))) == pytest.approx(
        example.l1_budget)
    assert float(np.linalg.norm(example.scale * sizes)) == pytest.approx(example.l2_budget)
    palette = [theme.MUTED_TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR, theme.ZERO_COLOR,
               theme.TEXT_COLOR]
    worst = {"slide_line_px": 0.0, "slide_l1_px": 0.0, "slide_l2_px": 0.0}
    for beat, tracker, start, end in (("hd_cut", "theta", sizes.max(), example.theta),
                                      ("hd_scale", "scale", 1.0, example.scale)):
        first, last = video.beat(beat)
        assert (last - first + 1) / video.fps >= 7.0, f"{beat} shorter than 7 s"
        runs = video.changing(tracker)
        assert len(runs) == 1 and first <= runs[0][0] and runs[0][1] <= last, (beat, runs)
        assert video.value(tracker, first) == pytest.approx(start)
        assert video.value(tracker, last) == pytest.approx(end)
        picks = spread(runs, 4, 1)
        values = [video.value(tracker, k) for k in picks]
        assert values == sorted(values, reverse=True) and values[0] > values[-1]
        for index, frame in video.frames(picks).items():
            value = video.value(tracker, index)
            plane = "mech_l1" if beat == "hd_cut" else "mech_l2"
            unit = video.pixels_per_unit(plane, index)
            if beat == "hd_cut":
                line = threshold_line_row(video, index, frame, sizes.max())
                row = video.to_pixels(plane, index, [[0.0, value]])[0, 1]
                assert len(line) > 20, f"threshold line not drawn at {index}"
                worst["slide_line_px"] = max(worst["slide_line_px"],
                                             float(np.abs(line[:, 1] - row).max()))
                expected = np.maximum(sizes - value, 0.0)
                tops = bar_tops(video, index, frame, plane, theme.L1_COLOR, palette,
                                from_zero=False)
                for top, size, part in zip(tops, sizes, expected, strict=True):
                    if part * unit >= 2 * EDGE_PX + 2:
                        assert top is not None, f"{beat}: a part above theta missing"
                        worst["slide_l1_px"] = max(worst["slide_l1_px"],
                                                   abs(top - size) * unit)
                    elif part == 0.0:
                        assert top is None, f"{beat}: L1 colour on a bar under the line"
            else:
                tops = bar_tops(video, index, frame, plane, theme.L2_COLOR, palette)
                for top, size in zip(tops, sizes, strict=True):
                    if value * size * unit >= 2 * EDGE_PX:
                        assert top is not None, f"{beat}: a scaled bar missing"
                        worst["slide_l2_px"] = max(worst["slide_l2_px"],
                                                   abs(top - value * size) * unit)
    assert max(worst.values()) <= EDGE_PX + 1.0, worst
    return {key: round(value, 2) for key, value in worst.items()}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_curves_and_l2_points_where_mathcore_measures_them(lang, rendered_video):
    video = rendered_video(ZerosInHighDimensions, lang)
    check_basics(video)
    assert all(np.all(measured("l2", stat) == 0.0) for _, stat, _ in PANELS)
    assert video.scene.panels[0]["l2_label"].original_text == text(
        "hd_l2", lang, samples=format_count(SAMPLES, lang))
    any_panel, share_panel = video.scene.panels  # the share of zeros leads, on the left
    assert share_panel["axes"].get_center()[0] < 0 < any_panel["axes"].get_center()[0]
    print(check_mechanism(video))
    print(check_slides(video))
    print(check_theta_line(video))
    check_high_dim(video)
    check_texts(video)
    check_holds(video)
    check_margins(video)
    check_ticks(video)
    print(check_circled(video))
    print(check_dead_time(video))


def check_ticks(video) -> None:
    """The shares' axes are numbered in per cent, as the call-outs and the note are: each
    tick label reads text("hd_tick") of its share ("50 %") and is drawn (decoded) at the
    height of its share on its plot, from the panels' beat on."""
    scene, lang = video.scene, video.scene.lang
    index = video.beat("hd_share")[1]
    frame = video.frames([index])[index]
    for panel in scene.panels:
        labels = panel["frame"][0][:len(TICK_VALUES)]
        for value, label in zip(TICK_VALUES, labels, strict=True):
            assert label.original_text == text("hd_tick", lang, value=f"{100 * value:g}")
            assert "%" in label.original_text
            drawn = bright_pixels(frame, video.pixel_box(label, margin_px=1.0), contrast=40.0)
            assert len(drawn) > 20, f"tick {label.original_text} not drawn"
            row = video.to_pixels(panel["stat"], index, [[0.0, value]])[0, 1]
            middle = (drawn[:, 1].min() + drawn[:, 1].max()) / 2
            assert abs(middle - row) <= 3.0, (label.original_text, middle, row)


def ring_pixels(video, frame: np.ndarray, mobject, inner_px: float, outer_px: float) -> int:
    """Bright pixels around ``mobject``: within ``outer_px`` of its box but not within
    ``inner_px``."""
    outer = bright_pixels(frame, video.pixel_box(mobject, margin_px=outer_px), contrast=40.0)
    inner = video.pixel_box(mobject, margin_px=inner_px)
    outside = ((outer[:, 0] < inner[0, 0]) | (outer[:, 0] > inner[1, 0])
               | (outer[:, 1] < inner[0, 1]) | (outer[:, 1] > inner[1, 1]))
    return int(outside.sum())


def check_circled(video) -> dict:
    """hd_rise: once the three call-outs are on screen (the subtitle then says why these
    shares differ from the 2-D and 3-D videos'), the lines under the title that say so
    (the round loss, each ball's budget) are circled (the tracked ``circled`` runs once
    inside the beat, after the last call-out came): decoded, a line runs around them
    during the run and is gone at the beat's end.  Returns the most pixels around them."""
    first, last = video.beat("hd_rise")
    runs = video.changing("circled")
    assert len(runs) == 1 and first <= runs[0][0] and runs[0][1] <= last, runs
    budget, marks = video.scene.budget, video.scene.marks
    outer = video.screen_px(0.05) + 4.0
    before = runs[0][0] - 1
    picks = [before, *spread(runs, 6, 1), last]
    frames = video.frames(picks)
    for mark in marks:  # every call-out is on screen before the circling starts
        box = video.pixel_box(mark[1], margin_px=0.0)
        assert len(bright_pixels(frames[before], box, contrast=40.0)) > 20
    around = {k: ring_pixels(video, frames[k], budget, 2.0, outer) for k in picks}
    assert around[before] < 3 and around[last] < 3, around
    assert max(around[k] for k in picks[1:-1]) > 40, around
    return {"circled_px": max(around.values())}


def check_dead_time(video) -> dict:
    """No dead time: in every beat the picture changes at least every ``DEAD_SECONDS``
    (the closing beat: it ends on ``CLOSING_STILL_SECONDS`` still, no longer; its note is
    written while its subtitle is read); decoded one by one: a still ends when more than
    ``STILL_PIXELS`` pixels differ by more than ``STILL_CONTRAST`` in brightness from its
    first frame, or at a beat's start.  Returns each beat's longest still (s)."""
    beats = [(beat["name"], beat["first_frame"], beat["last_frame"])
             for beat in video.scene.beats]

    def beat_of(frame: int) -> str:
        return next(name for name, first, last in beats if first <= frame <= last)

    extra = 2.0 / video.fps  # the frame each hold adds, and a frame rounded up
    runs = still_runs(
        decoded(video.movie), video.fps, level=STILL_CONTRAST, allowed=STILL_PIXELS,
        measure="luma", against="start", restart=[first for _, first, _ in beats],
        limit=lambda first, _last: extra + (
            CLOSING_STILL_SECONDS if beat_of(first) == "hd_end" else DEAD_SECONDS))
    seconds = {name: max(held for first, _, held in runs if beat_of(first) == name)
               for name, _, _ in beats}
    # the closing note is written over time: half-way it is partly drawn
    first, last = video.beat("hd_end")
    middle = first + int((last - first + 1 - CLOSING_STILL_SECONDS * video.fps) / 2)
    frames = video.frames([middle, last])
    box = video.pixel_box(video.scene.note, margin_px=1.0)
    part, whole = (len(bright_pixels(frames[k], box, contrast=40.0)) for k in (middle, last))
    assert 0 < part < whole, (part, whole)
    return {name: round(value, 2) for name, value in seconds.items()}
