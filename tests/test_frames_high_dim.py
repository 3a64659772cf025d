"""Frame tests of scenes/high_dim.py: every measured curve and every L2 point where mathcore
puts it, in the picture the viewer ends on."""

from __future__ import annotations

import functools

import numpy as np
import pytest

from mathcore.cloud import cloud_nd
from scenes import theme
from scenes.high_dim import (
    BAND_OPACITY,
    CASE,
    DIMENSIONS,
    L1_WIDTH,
    L2_DOT,
    PANELS,
    RELATIVE_BUDGET,
    SAMPLES,
    SEED,
    ZerosInHighDimensions,
)
from tests.frames import (
    assert_near_polylines,
    blend,
    check_basics,
    check_dots,
    region_pixels,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("high_dim")]


@functools.cache
def measured(norm: str, stat: str) -> np.ndarray:
    return np.array([getattr(cloud_nd(norm, CASE, SAMPLES, n, seed=SEED,
                                      relative_budget=RELATIVE_BUDGET), stat)
                     for n in DIMENSIONS])


def check_high_dim(video) -> dict:
    """The L1 curve and its band at the end of the first beat (no L2 series yet), then
    with the L2 series on the zero line at the end of the L2 beat and on the last frame."""
    band_color = blend(theme.L1_COLOR, BAND_OPACITY)
    palette = [theme.L1_COLOR, theme.L2_COLOR, band_color]
    worst: dict[str, float] = {}
    instants = ((video.beat("hd_start")[1], False), (video.beat("hd_l2")[1], True),
                (video.frame_count - 1, True))
    for index, l2_shown in instants:
        frame = video.frames([index])[index]
        for panel, (_, stat, interval) in zip(video.scene.panels, PANELS, strict=True):
            region = video.plane_box(panel["axes"])
            expected = video.to_pixels(stat, index, np.column_stack(
                [DIMENSIONS, measured("l1", stat)]))
            pixels = region_pixels(frame, theme.L1_COLOR, region, palette)
            worst[f"{stat}_l1_px"] = max(worst.get(f"{stat}_l1_px", 0.0), assert_near_polylines(
                video, index, pixels, [expected], f"{stat} L1", L1_WIDTH))
            # the band: where it shows beside the line, between the interval's ends
            intervals = measured("l1", interval)
            band = region_pixels(frame, band_color, region, palette)
            if len(band):
                data = video.to_data(stat, index, band)
                low = np.interp(data[:, 0], DIMENSIONS, intervals[:, 0])
                high = np.interp(data[:, 0], DIMENSIONS, intervals[:, 1])
                slack = 2.0 / video.pixels_per_unit(stat, index)
                assert np.all((data[:, 1] >= low - slack) & (data[:, 1] <= high + slack))
            zero_row = video.to_pixels(stat, index, [[0.0, 0.0]])[0, 1]
            reach = video.screen_px(L2_DOT) + 3.0
            whole = video.pixel_box(panel["axes"], reach)
            l2_pixels = region_pixels(frame, theme.L2_COLOR, whole, palette)
            if not l2_shown:
                assert len(l2_pixels) == 0, f"L2 series drawn before its beat at {index}"
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
    return {key: round(value, 2) for key, value in worst.items()}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_curves_and_l2_points_where_mathcore_measures_them(lang, rendered_video):
    video = rendered_video(ZerosInHighDimensions, lang)
    check_basics(video)
    assert all(np.all(measured("l2", stat) == 0.0) for _, stat, _ in PANELS)
    check_high_dim(video)
