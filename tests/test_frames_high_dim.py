"""Frame tests of scenes/high_dim.py: every measured curve and every L2 point where mathcore
puts it; the magnified error bars between mathcore's interval ends at the magnification
said on screen; the L2 label beside its markers; the side margins kept empty."""

from __future__ import annotations

import functools

import numpy as np
import pytest
from scipy.spatial import cKDTree

from mathcore.cloud import cloud_nd
from scenes import layout, theme
from scenes.high_dim import (
    BAND_OPACITY,
    BAR_WIDTH,
    CAP,
    CASE,
    DIMENSIONS,
    L1_WIDTH,
    L2_DOT,
    LEADER_WIDTH,
    PANELS,
    RELATIVE_BUDGET,
    RING_RADIUS,
    SAMPLES,
    SEED,
    SIDE_ROOM,
    ZerosInHighDimensions,
)
from scenes.strings import format_count, text
from tests.frames import (
    ANTIALIAS_PX,
    assert_near_polylines,
    blend,
    bright_pixels,
    check_basics,
    check_dots,
    densify,
    region_pixels,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("high_dim")]


@functools.cache
def measured(norm: str, stat: str) -> np.ndarray:
    return np.array([getattr(cloud_nd(norm, CASE, SAMPLES, n, seed=SEED,
                                      relative_budget=RELATIVE_BUDGET), stat)
                     for n in DIMENSIONS])


def widest_point(stat: str, interval: str) -> tuple[int, float, float, float]:
    """mathcore's (n, estimate, low, high) with the widest 95 % interval of a panel."""
    intervals = measured("l1", interval)
    k = int(np.argmax(intervals[:, 1] - intervals[:, 0]))
    return DIMENSIONS[k], float(measured("l1", stat)[k]), *map(float, intervals[k])


def check_high_dim(video) -> dict:
    """The L1 curve and its band at the end of the first beat (no inset, no L2 series
    yet), with the insets at the end of the interval beat, then with the L2 series on the
    zero line at the end of the L2 beat and on the last frame."""
    band_color = blend(theme.L1_COLOR, BAND_OPACITY)
    palette = [theme.L1_COLOR, theme.L2_COLOR, band_color]
    worst: dict[str, float] = {}
    instants = ((video.beat("hd_start")[1], False, False), (video.beat("hd_ci")[1], True, False),
                (video.beat("hd_l2")[1], True, True), (video.frame_count - 1, True, True))
    for index, inset_shown, l2_shown in instants:
        frame = video.frames([index])[index]
        for panel, (_, stat, interval) in zip(video.scene.panels, PANELS, strict=True):
            region = video.plane_box(panel["axes"])
            inset_box = video.pixel_box(panel["inset"][0], margin_px=3.0)
            ring = panel["inset"][-2]
            # the inset, its ring and leader are checked on their own below
            skip = [inset_box, video.pixel_box(ring, margin_px=3.0)]
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
            inset_l1 = region_pixels(frame, theme.L1_COLOR, inset_box, palette)
            if not inset_shown:
                assert len(inset_l1) == 0, f"inset drawn before its beat at {index}"
            else:
                worst[f"{stat}_bar_px"] = max(worst.get(f"{stat}_bar_px", 0.0),
                                              check_inset(video, index, frame, panel, stat,
                                                          interval))
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


def check_inset(video, index: int, frame: np.ndarray, panel: dict, stat: str,
                interval: str) -> float:
    """The magnified error bar spans mathcore's widest interval of the panel on the
    inset's own scale, which is the main plot's scale times the whole number on screen;
    the ring sits on that point of the main plot.  Returns the worst end error (px)."""
    inset = panel["inset"]
    n, value, low, high = widest_point(stat, interval)
    # its texts and bar inside its frame (drawn boxes, in pixels)
    (left, top), (right, bottom) = video.pixel_box(inset[0], margin_px=0.0)
    for part in inset[1:-2]:
        (a, b), (c, d) = video.pixel_box(part, margin_px=0.0)
        assert left < a and c < right and top < b and d < bottom, f"{stat}: inset overflows"
    zoomed = f"{stat}_inset"
    # the magnification said on screen is the ratio of the two vertical scales
    main_unit = np.diff(video.to_pixels(stat, index, [[n, 0.0], [n, 1.0]])[:, 1])[0]
    inset_unit = np.diff(video.to_pixels(zoomed, index, [[n, 0.0], [n, 1.0]])[:, 1])[0]
    assert inset_unit / main_unit == pytest.approx(inset.zoom, rel=1e-6), (
        f"{stat} inset magnified {inset_unit / main_unit:.3f}x, says {inset.zoom}x")
    assert inset[1].original_text == text("hd_inset", video.scene.lang, n=n, zoom=inset.zoom)
    half = (high - low) / 2
    assert round(100 * (value - low), 2) == pytest.approx(round(100 * half, 2), abs=0.011)
    assert round(100 * (high - value), 2) == pytest.approx(round(100 * half, 2), abs=0.011)
    assert inset[2].original_text == text("hd_inset_value", video.scene.lang,
                                          value=f"{100 * value:.2f}", half=f"{100 * half:.2f}")
    # the bar: L1 pixels in a column around x = n, from the high end's cap to the low one's
    (x_bar, y_high), (_, y_low) = video.to_pixels(zoomed, index, [[n, high], [n, low]])
    reach = video.screen_px(CAP / 2) + 2.0
    column = np.array([[x_bar - reach, y_high - 20.0], [x_bar + reach, y_low + 20.0]])
    bar = region_pixels(frame, theme.L1_COLOR, column, [theme.AXES_COLOR])
    assert len(bar) > 0, f"{stat}: no error bar in the inset at {index}"
    stroke = video.half_stroke_px(BAR_WIDTH)
    top, bottom = bar[:, 1].min(), bar[:, 1].max()
    errors = [abs(top - (y_high - stroke)), abs(bottom - (y_low + stroke))]
    assert max(errors) <= ANTIALIAS_PX + 1.0, (
        f"{stat}: error bar rows {top:.1f}..{bottom:.1f}, interval ends at "
        f"{y_high:.1f}..{y_low:.1f} (+-{stroke:.1f} stroke) at frame {index}")
    # it is really magnified: the bar is many pixels long, the interval on the main plot not
    assert bottom - top >= 10 * abs(main_unit) * (high - low)
    # the ring around the point on the main plot
    centre = video.to_pixels(stat, index, [[n, value]])[0]
    box = video.disc_box(centre, video.screen_px(RING_RADIUS) + 3.0)
    # what is drawn there, less the L1 curve (and its band) passing through the ring
    drawn = bright_pixels(frame, box)
    curve = densify(video.to_pixels(stat, index, np.column_stack(
        [DIMENSIONS, measured("l1", stat)])), 0.25)
    off_curve = cKDTree(curve).query(drawn)[0] > video.half_stroke_px(L1_WIDTH) + 2.5
    ring = drawn[off_curve]
    assert len(ring) > 0, f"{stat}: no ring at the magnified point at {index}"
    radii = np.linalg.norm(ring - centre, axis=1)
    ring_error = abs(float(np.median(radii)) - video.screen_px(RING_RADIUS))
    assert ring_error <= video.half_stroke_px(LEADER_WIDTH) + ANTIALIAS_PX + 0.5, (
        f"{stat}: ring radius {np.median(radii):.1f} px around the point, "
        f"drawn {video.screen_px(RING_RADIUS):.1f}")
    return float(max(errors))


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
