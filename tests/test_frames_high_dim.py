"""Frame tests of scenes/high_dim.py: every measured curve and every L2 point where mathcore
puts it; the called-out dimensions' dots on mathcore's values, with their numbers; the L2
label beside its markers; the side margins kept empty."""

from __future__ import annotations

import functools

import numpy as np
import pytest

from mathcore.cloud import cloud_nd
from scenes import layout, theme
from scenes.high_dim import (
    BAND_OPACITY,
    CALLOUT_DOT,
    CALLOUTS,
    CASE,
    DIMENSIONS,
    L1_WIDTH,
    L2_DOT,
    PANELS,
    RELATIVE_BUDGET,
    SAMPLES,
    SEED,
    SIDE_ROOM,
    ZerosInHighDimensions,
)
from scenes.strings import format_count, text
from tests.frames import (
    ANTIALIAS_PX,
    MarkerCheck,
    assert_near_polylines,
    blend,
    bright_pixels,
    check_basics,
    check_dots,
    marker_position,
    region_pixels,
)

pytestmark = pytest.mark.slow


@functools.cache
def measured(norm: str, stat: str) -> np.ndarray:
    return np.array([getattr(cloud_nd(norm, CASE, SAMPLES, n, seed=SEED,
                                      relative_budget=RELATIVE_BUDGET), stat)
                     for n in DIMENSIONS])


def check_high_dim(video) -> dict:
    """The L1 curve and its band at the end of the first beat (no call-out, no L2 series
    yet), with the call-outs at the end of the rise beat, then with the L2 series on the
    zero line at the end of the L2 beat and on the last frame."""
    band_color = blend(theme.L1_COLOR, BAND_OPACITY)
    palette = [theme.L1_COLOR, theme.L2_COLOR, band_color]
    worst: dict[str, float] = {}
    instants = ((video.beat("hd_start")[1], False, False),
                (video.beat("hd_rise")[1], True, False),
                (video.beat("hd_l2")[1], True, True), (video.frame_count - 1, True, True))
    marks = video.scene.marks
    for index, marks_shown, l2_shown in instants:
        frame = video.frames([index])[index]
        for panel, (_, stat, interval) in zip(video.scene.panels, PANELS, strict=True):
            region = video.plane_box(panel["axes"])
            # the call-outs' dots and numbers are checked on their own below
            skip = [video.pixel_box(mark, margin_px=3.0) for mark in marks] \
                if stat == "fraction_zero" else []
            expected = video.to_pixels(stat, index, np.column_stack(
                [DIMENSIONS, measured("l1", stat)]))
            pixels = region_pixels(frame, theme.L1_COLOR, region, palette, skip)
            worst[f"{stat}_l1_px"] = max(worst.get(f"{stat}_l1_px", 0.0), assert_near_polylines(
                video, index, pixels, [expected], f"{stat} L1", L1_WIDTH))
            # the band: where it shows beside the line, between the interval's ends
            intervals = measured("l1", interval)
            band = region_pixels(frame, band_color, region, palette, skip)
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
            reach = video.screen_px(L2_DOT) + 3.0
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
                2 * 100 * L2_DOT)  # the dots are wider than the line
            # every point is drawn (the line joining them is the same colour: it was
            # checked above, so no pixel of that colour counts as a stray dot)
            check_dots(video, index, frame, stat, l2, L2_DOT, region=whole,
                       color_of=lambda _point: theme.L2_COLOR, palette=palette,
                       stray_region=np.zeros((2, 2)))
            worst[f"{stat}_l2_label_px"] = check_l2_label(video, index, stat, label_pixels,
                                                          zero_row)
    return {key: round(value, 2) for key, value in worst.items()}


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
    """"L2: 0 of 20,000 at every n" is drawn right above the L2 markers and ends at the
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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_curves_and_l2_points_where_mathcore_measures_them(lang, rendered_video):
    video = rendered_video(ZerosInHighDimensions, lang)
    check_basics(video)
    assert all(np.all(measured("l2", stat) == 0.0) for _, stat, _ in PANELS)
    assert video.scene.panels[0]["l2_label"].original_text == text(
        "hd_l2", lang, samples=format_count(SAMPLES, lang))
    check_high_dim(video)
    check_margins(video)
