"""Frame tests of scenes/sgd.py: the SGD traces, their counters, and OLS against ridge.

During the run the traces of each panel are drawn up to the step tracker and no further
(the rightmost pixel of the norm's colour sits at mathcore's iterate of that step, the
cursor's band left out); the counters recorded per frame are mathcore's sign changes and
zero steps at that step, and their lines are drawn.  In the beat "where a weight should be
0" the three traces of b2 end at the cursor, the proximal trace's green marks lie on the 0
line and only over steps where mathcore's proximal b2 is exactly 0 (and every longer run of
exact zeros is marked), and the recorded counters are mathcore's.  In the last beats every
minibatch's OLS fit and ridge fit is a dot where mathcore puts it (the ridge fits also in
the inset, at its zoom), and nowhere else, and the dashed circles have the radius of
mathcore's mean distance to the full-data fit.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore.sgd import METHODS, ols_vs_ridge, sgd_trajectories
from scenes import theme
from scenes.sgd import (
    BATCH_SIZE,
    CIRCLE_COLOR,
    CLOUD_DOT,
    COUNTER_TRACKERS,
    INSET_STAR,
    OLS_BATCHES,
    OLS_COLOR,
    RHO,
    SEED,
    STAR_RADIUS,
    STEP_SIZE,
    STEPS,
    ZERO_RHO,
    ZERO_ROWS,
    ZERO_STEPS,
    ZERO_TRACKERS,
    ZERO_WEIGHTS,
    MinibatchSGD,
    zero_runs,
)
from tests.frames import (
    UNDER_CURSOR_PX,
    bright_pixels,
    check_basics,
    check_dots,
    region_pixels,
    spread,
)

pytestmark = pytest.mark.slow


def optimum_bands(video, norm: str, index: int, optimum, region) -> list[np.ndarray]:
    """Pixel bands of the dashed optimum lines (yellow: at their edges it blends towards
    the trace colours), left out of the trace's pixels."""
    rows = video.to_pixels(norm, index, [[0.0, v] for v in optimum])[:, 1]
    return [np.array([[region[0, 0], y - 3.0], [region[1, 0], y + 3.0]]) for y in rows]


def check_run(video) -> dict:
    scene = video.scene
    run = sgd_trajectories(RHO, BATCH_SIZE, STEPS, STEP_SIZE, SEED)
    moving = [k for k in range(*video.beat("sgd_run"))
              if 150 < (video.timeline["trackers"]["step"][k] or 0) < STEPS]
    assert len(moving) > 20
    worst = 0.0
    picked = spread([(moving[0], moving[-1])], 6, 0)
    for index, frame in video.frames(picked).items():
        k = int(np.floor(video.value("step", index) + 1e-9))
        for norm, method, color in (("l1", "l1_subgradient", theme.L1_COLOR),
                                    ("l2", "l2", theme.L2_COLOR)):
            axes = scene.panels[norm]["axes"]
            region = video.plane_box(axes)
            cursor = video.cursor_band(norm, index, k, region)
            header = video.pixel_box(scene.panels[norm]["header"])
            pixels = region_pixels(frame, color, region,
                                   [theme.SOLUTION_COLOR, theme.MUTED_TEXT_COLOR,
                                    theme.TEXT_COLOR],
                                   excluded=[cursor, header, *optimum_bands(
                                       video, norm, index, run.optima[method], region)])
            ends = video.to_pixels(norm, index, [[k, v] for v in run.iterates[method][k - 1]])
            # nothing of the trace right of the cursor; the trace reaches the cursor
            assert pixels[:, 0].max() <= ends[0, 0] + 2.0, (norm, index, k)
            near = pixels[pixels[:, 0] >= ends[0, 0] - UNDER_CURSOR_PX - 6.0]
            assert len(near), (norm, index, k)
            worst = max(worst, float(ends[0, 0] - pixels[:, 0].max()))
        for method in METHODS:
            flips = run.sign_flips(method, 0, k)
            expected = (flips[0], flips[1], run.zero_steps(method, 0, k))
            recorded = [video.value(name, index) for name in COUNTER_TRACKERS[method]]
            assert recorded == [float(x) for x in expected], (method, index, k)
            line = scene.counters[method][0]
            assert len(bright_pixels(frame, video.pixel_box(line), contrast=25.0)) > 30
    # the final counters: mathcore's over the whole run
    for method in METHODS:
        line = scene.counters[method][0]
        assert "0" in line.shown_text and str(run.zero_steps(method)) in line.shown_text
    return {"trace_end_gap_px": round(worst, 2)}


ZERO_PALETTE = [theme.ZERO_COLOR, theme.TEXT_COLOR, theme.SOLUTION_COLOR, theme.AXES_COLOR,
                theme.MUTED_TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR]


def check_zero(video) -> dict:
    """The beat where a weight should be 0: traces to the cursor, green exact zeros on the
    0 line where mathcore's proximal b2 is exactly 0, counters equal to mathcore's."""
    scene = video.scene
    run = sgd_trajectories(ZERO_RHO, BATCH_SIZE, ZERO_STEPS, STEP_SIZE, SEED, ZERO_WEIGHTS)
    first, last = video.beat("sgd_zero")
    moving = [k for k in range(first, last)
              if 40 < (video.timeline["trackers"]["zero_step"][k] or 0) < ZERO_STEPS]
    assert len(moving) > 20
    zeros = np.flatnonzero(run.iterates["l1_proximal"][:, 1] == 0.0) + 1  # 1-based steps
    runs = zero_runs(run.iterates["l1_proximal"][:, 1])
    marks = 0
    for index, frame in video.frames(spread([(moving[0], moving[-1])], 6, 0)).items():
        k = int(np.floor(video.value("zero_step", index) + 1e-9))
        for method, short, color in ZERO_ROWS:
            row = scene.zero_rows[method]
            plane = f"zero_{short}"
            region = video.plane_box(row["axes"])
            cursor = video.cursor_band(plane, index, k, region)
            end = video.to_pixels(plane, index, [[k, run.iterates[method][k - 1, 1]]])[0]
            if method != "l1_proximal":
                # the dashed optimum (yellow) is told apart by colour, not left out: the
                # ridge trace runs along it
                pixels = region_pixels(frame, color, region, ZERO_PALETTE, excluded=[cursor])
                assert pixels[:, 0].max() <= end[0] + 2.0, (method, index, k)
                assert len(pixels[pixels[:, 0] >= end[0] - UNDER_CURSOR_PX - 6.0]), \
                    (method, index, k)
            else:
                green = region_pixels(frame, theme.ZERO_COLOR, region, ZERO_PALETTE,
                                      excluded=[cursor])
                assert len(green), (index, k)
                zero_row = video.to_pixels(plane, index, [[0.0, 0.0]])[0, 1]
                assert np.abs(green[:, 1] - zero_row).max() <= 3.0, (index, k)
                assert green[:, 0].max() <= end[0] + 2.0, (index, k)
                # every green pixel lies over a step (up to the cursor) with b2 exactly 0
                steps = video.to_data(plane, index, green)[:, 0]
                per_px = 1.0 / (video.to_pixels(plane, index, [[1.0, 0.0]])[0, 0]
                                - video.to_pixels(plane, index, [[0.0, 0.0]])[0, 0])
                shown = zeros[zeros <= k]
                gap = np.abs(steps[:, None] - shown[None, :]).min(axis=1)
                assert gap.max() <= 0.5 + 2.0 * per_px, (index, k, float(gap.max()))
                # every run of 4 or more exact zeros before the cursor is marked
                for a, b in runs:
                    if b - a >= 3 and b <= k - 2:
                        middle = video.to_pixels(plane, index, [[(a + b) / 2, 0.0]])[0, 0]
                        assert np.any(np.abs(green[:, 0] - middle) <= 1.5), (index, a, b)
                        marks += 1
            flips = int(run.sign_flips(method, 0, k)[1])
            expected = [float(flips), float(run.zero_steps(method, 0, k, coefficient=1))]
            assert [video.value(name, index) for name in ZERO_TRACKERS[method]] == expected, \
                (method, index, k)
            for line in row["lines"]:
                assert len(bright_pixels(frame, video.pixel_box(line), contrast=25.0)) > 20
    # the final counters: mathcore's over the whole run
    for method, _, _ in ZERO_ROWS:
        lines = scene.zero_rows[method]["lines"]
        assert str(int(run.sign_flips(method, 0)[1])) in lines[0].shown_text
        assert str(run.zero_steps(method, coefficient=1)) in lines[1].shown_text
    return {"zero_runs_checked": marks}


def circle_hits(video, frame, plane: str, index: int, centre, radius: float,
                region: np.ndarray, axes_lines: np.ndarray) -> dict:
    """Share of 24 angle bins holding a neutral grey pixel (the dashed circle: the dots,
    stars and texts around it are coloured) within 2 px of the circle of data ``radius``
    around ``centre`` (key 0); the same on smaller and larger circles, at least 5 px away,
    where none is drawn (keys -1, 1).  ``axes_lines``: pixel boxes of the grey axis
    lines, left out."""
    centre_px = video.to_pixels(plane, index, [centre])[0]
    radius_px = video.to_pixels(plane, index, [[centre[0] + radius, centre[1]]])[0, 0] \
        - centre_px[0]
    pixels = bright_pixels(frame, region, axes_lines, contrast=60.0)
    colours = frame[pixels[:, 1].astype(int), pixels[:, 0].astype(int)].astype(float)
    neutral = pixels[np.ptp(colours, axis=1) < 30.0] - centre_px
    distance = np.hypot(*neutral.T)
    shares = {}
    for key, ring in ((-1, radius_px - max(5.0, 0.3 * radius_px)), (0, radius_px),
                      (1, radius_px + max(5.0, 0.1 * radius_px))):
        on = neutral[np.abs(distance - ring) <= 2.0]
        bins = np.unique(np.floor((np.arctan2(on[:, 1], on[:, 0]) + np.pi) / (2 * np.pi) * 24))
        shares[key] = len(bins) / 24
    return shares


def check_fits(video) -> dict:
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    first, last = video.beat("sgd_ratio")
    index = (first + last) // 2
    frame = video.frames([index])[index]
    inset = video.scene.inset
    inset_box = video.pixel_box(inset["frame"][0], margin_px=2.0)
    for name, batch, full, color in (("ols", fits.batch_ols, fits.full_ols, OLS_COLOR),
                                     ("ridge", fits.batch_ridge, fits.full_ridge,
                                      theme.L2_COLOR)):
        star = video.to_pixels(name, index, full)[0]
        check_dots(video, index, frame, name, batch, CLOUD_DOT,
                   # the ridge cloud lies inside its star's box: drawn over the star
                   excluded=[video.disc_box(star, video.screen_px(STAR_RADIUS))]
                   if name == "ols" else [inset_box],
                   color_of=lambda _p, color=color: color,
                   palette=[theme.SOLUTION_COLOR, CIRCLE_COLOR])
    # the inset: every ridge fit at the zoom, around the same star
    inner = video.pixel_box(inset["frame"][0], margin_px=-3.0)
    star = video.to_pixels("ridge_zoom", index, fits.full_ridge)[0]
    check_dots(video, index, frame, "ridge_zoom", fits.batch_ridge, CLOUD_DOT,
               excluded=[video.disc_box(star, video.screen_px(INSET_STAR))], region=inner,
               color_of=lambda _p: theme.L2_COLOR,
               palette=[theme.SOLUTION_COLOR, CIRCLE_COLOR, theme.AXES_COLOR])
    zoom = video.pixels_per_unit("ridge_zoom", index) / video.pixels_per_unit("ridge", index)
    assert zoom == pytest.approx(inset["zoom"], rel=1e-6)
    # the dashed circles: mathcore's mean distance around each full-data fit
    origin = video.to_pixels("ols", index, [[0.0, 0.0]])[0]
    width, height = video.timeline["pixel_size"]
    axes_lines = [np.array([[origin[0] - 3, 0], [origin[0] + 3, height]]),
                  np.array([[0, origin[1] - 3], [width, origin[1] + 3]])]
    shares = {}
    for plane, full, radius, region, lines in (
            ("ols", fits.full_ols, fits.spread_ols,
             video.plane_box(video.scene.planes["ols"]["axes"]), axes_lines),
            ("ridge_zoom", fits.full_ridge, fits.spread_ridge, inner, [])):
        found = circle_hits(video, frame, plane, index, full, radius, region, lines)
        assert found[0] >= 0.5 and found[-1] <= 0.25 and found[1] <= 0.25, (plane, found)
        shares[plane] = found
    return shares


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sgd_traces_counters_and_fits(lang, rendered_video):
    video = rendered_video(MinibatchSGD, lang)
    check_basics(video)
    check_run(video)
    check_zero(video)
    check_fits(video)
