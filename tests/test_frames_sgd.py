"""Frame tests of scenes/sgd.py: the SGD traces, their counters, and OLS against ridge.

During the run the traces of each panel are drawn up to the step tracker and no further
(the rightmost pixel of the norm's colour sits at mathcore's iterate of that step, the
cursor's band left out); the counters recorded per frame are mathcore's sign changes and
zero steps at that step, and their lines are drawn; in the last beats every minibatch's
OLS fit and ridge fit is a dot where mathcore puts it, and nowhere else.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore.sgd import METHODS, ols_vs_ridge, sgd_trajectories
from scenes import theme
from scenes.sgd import (
    BATCH_SIZE,
    CLOUD_DOT,
    COUNTER_TRACKERS,
    OLS_BATCHES,
    OLS_COLOR,
    RHO,
    SEED,
    STAR_RADIUS,
    STEP_SIZE,
    STEPS,
    MinibatchSGD,
)
from tests.frames import (
    UNDER_CURSOR_PX,
    bright_pixels,
    check_basics,
    check_dots,
    region_pixels,
    spread,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sgd")]


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


def check_fits(video) -> None:
    fits = ols_vs_ridge(RHO, BATCH_SIZE, OLS_BATCHES, SEED)
    first, last = video.beat("sgd_ratio")
    index = (first + last) // 2
    frame = video.frames([index])[index]
    for name, batch, full, color in (("ols", fits.batch_ols, fits.full_ols, OLS_COLOR),
                                     ("ridge", fits.batch_ridge, fits.full_ridge,
                                      theme.L2_COLOR)):
        star = video.to_pixels(name, index, full)[0]
        check_dots(video, index, frame, name, batch, CLOUD_DOT,
                   # the ridge cloud lies inside its star's box: drawn over the star
                   excluded=[video.disc_box(star, video.screen_px(STAR_RADIUS))]
                   if name == "ols" else [],
                   color_of=lambda _p, color=color: color, palette=[theme.SOLUTION_COLOR])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sgd_traces_counters_and_fits(lang, rendered_video):
    video = rendered_video(MinibatchSGD, lang)
    check_basics(video)
    check_run(video)
    check_fits(video)
