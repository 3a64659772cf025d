"""Frame tests of scenes/high_dim.py: every measured curve and every L2 point where mathcore
puts it, in the picture the viewer ends on."""

from __future__ import annotations

import functools

import numpy as np
import pytest

from mathcore.cloud import cloud_nd
from scenes import theme
from scenes.high_dim import (
    CASES,
    COLORS,
    DIMENSIONS,
    ISOTROPIC_SAMPLES,
    L2_DOT,
    PANELS,
    RANDOM_SAMPLES,
    RELATIVE_BUDGET,
    SEED,
    WIDTHS,
    ZerosInHighDimensions,
)
from tests.frames import (
    assert_near_polylines,
    blobs,
    check_basics,
    check_dots,
    color_mask,
    region_pixels,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("high_dim")]


@functools.cache
def measured(case: str, norm: str, stat: str) -> np.ndarray:
    samples = ISOTROPIC_SAMPLES if case == "isotropic" else RANDOM_SAMPLES
    return np.array([getattr(cloud_nd(norm, case, samples, n, seed=SEED,
                                      relative_budget=RELATIVE_BUDGET), stat)
                     for n in DIMENSIONS])


def check_high_dim(video) -> dict:
    """The curves at the end of the first beat (drawn, no L2 points yet), then the curves
    and the L2 points at the end of the L2 beat and on the last frame."""
    palette = [*COLORS.values(), theme.L2_COLOR]
    worst: dict[str, float] = {}
    instants = ((video.beat("hd_start")[1], False), (video.beat("hd_l2")[1], True),
                (video.frame_count - 1, True))
    for index, l2_shown in instants:
        frame = video.frames([index])[index]
        for panel, (_, stat) in zip(video.scene.panels, PANELS, strict=True):
            region = video.plane_box(panel["axes"])
            for case in CASES:
                expected = video.to_pixels(stat, index, np.column_stack(
                    [DIMENSIONS, measured(case, "l1", stat)]))
                pixels = region_pixels(frame, COLORS[case], region, palette)
                worst[f"{stat}_{case}_px"] = max(worst.get(f"{stat}_{case}_px", 0.0),
                                                 assert_near_polylines(
                    video, index, pixels, [expected], f"{stat} {case}", WIDTHS[case]))
            zero_row = video.to_pixels(stat, index, [[0.0, 0.0]])[0, 1]
            reach = video.screen_px(L2_DOT) + 3.0
            if l2_shown:
                l2 = np.column_stack([DIMENSIONS, measured("isotropic", "l2", stat)])
                whole = video.pixel_box(panel["axes"], reach)
                band = np.array([[whole[0, 0], zero_row - reach],
                                 [whole[1, 0], zero_row + reach]])
                check_dots(video, index, frame, stat, l2, L2_DOT, region=whole,
                           color_of=lambda _point: theme.L2_COLOR, palette=palette,
                           stray_region=band)
            # above the zero line the two series cross, and their mix looks blue in thin
            # lines: there, no blue *disc* may be drawn
            for centre, _ in blobs(color_mask(frame, theme.L2_COLOR, palette, region),
                                   video.screen_px(L2_DOT)):
                assert l2_shown and abs(centre[1] - zero_row) <= reach, \
                    f"an L2 point off the zero line (or before its beat): {centre}"
    return {key: round(value, 2) for key, value in worst.items()}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_curves_and_l2_points_where_mathcore_measures_them(lang, rendered_video):
    video = rendered_video(ZerosInHighDimensions, lang)
    check_basics(video)
    assert all(np.all(measured(case, "l2", stat) == 0.0) for case in CASES for _, stat in PANELS)
    check_high_dim(video)
