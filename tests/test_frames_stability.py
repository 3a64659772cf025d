"""Frame tests of scenes/stability.py: the minibatch optima, their contours and the balls.

For every rho: while minibatches arrive one by one, each plane shows the matched ball
(half the full-data least-squares norm), the latest minibatch's contour at its own level
and its optimum (within 2 px, green with an exact zero); the full-data optimum (the star)
sits where mathcore puts it; once all 200 minibatches are in, every minibatch optimum is
drawn where it lies and nowhere else.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, norm_value
from mathcore.stability import minibatch_stability
from scenes import theme
from scenes.pieces import optimum_color
from scenes.stability import (
    BATCH_SIZE,
    BATCHES,
    CLOUD_DOT,
    RHO_STEPS,
    SEED,
    STAR_RADIUS,
    MinibatchStability,
)
from tests.frames import (
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    check_basics,
    check_dots,
    region_pixels,
    spread,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("stability")]


def star_centre(frame: np.ndarray, expected: np.ndarray, video) -> np.ndarray | None:
    """Centre of the hollow star near ``expected``: the mean of its outline's pixels (a
    regular star's outline is symmetric about its centre)."""
    reach = video.screen_px(STAR_RADIUS) + 2.0
    box = np.array([expected - reach, expected + reach])
    pixels = region_pixels(frame, theme.SOLUTION_COLOR, box,
                           [theme.ZERO_COLOR, theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR])
    pixels = pixels[np.linalg.norm(pixels - expected, axis=1) <= reach]
    return pixels.mean(axis=0) if len(pixels) > 10 else None


def shown_before(video, index: int, norm: str, result, k: int) -> list[np.ndarray]:
    """Pixel boxes of the minibatch optima shown before the k-th (small dots by now)."""
    batch = result.batch_l1 if norm == "l1" else result.batch_l2
    return [video.disc_box(p, video.screen_px(CLOUD_DOT))
            for p in video.to_pixels(norm, index, batch[:k])]


def check_stability(video) -> dict:
    scene = video.scene
    results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
    boxes = {norm: video.plane_box(plane["axes"]) for norm, plane in scene.planes.items()}
    checkers = {norm: PlaneChecker(video, norm, box) for norm, box in boxes.items()}
    stars = {norm: MarkerCheck(f"{norm} full-data optimum") for norm in boxes}
    trackers = video.timeline["trackers"]
    arriving = [k for k in range(video.frame_count)
                if trackers["step"][k] is not None and trackers["step"][k] >= 0
                and 0 < trackers["batch"][k] < BATCHES]
    summary: dict[str, float] = {}
    for index, frame in video.frames(spread([(arriving[0], arriving[-1])], 16, 0)).items():
        if not 0 < video.value("batch", index) < BATCHES:
            continue
        result = results[int(video.value("step", index))]
        k = int(video.value("batch", index)) - 1
        loss = QuadraticLoss.from_gram(result.batch_grams[0][k], result.batch_grams[1][k])
        full = {"l1": result.full_l1, "l2": result.full_l2}
        for norm, beta in (("l1", result.batch_l1[k]), ("l2", result.batch_l2[k])):
            star = video.to_pixels(norm, index, full[norm])[0]
            star_box = video.disc_box(star, video.screen_px(STAR_RADIUS))
            # a minibatch optimum is where its contour touches the ball through it
            radius = float(np.linalg.norm(beta, ord=1 if norm == "l1" else 2))
            checkers[norm].check(index, frame, PlanePicture(
                plane=norm, ball_gauge=lambda x, norm=norm: norm_value(x, norm), radius=radius,
                ball_color=theme.NORM_COLORS[norm], loss_center=loss.center,
                loss_matrix=loss.matrix, level=float(loss.value(beta)), optimum=beta,
                zeros=tuple(np.flatnonzero(beta == 0.0)),
                marker_color=optimum_color(beta)), excluded=[star_box, *shown_before(
                    video, index, norm, result, k)])
    # the full data alone: batch 0 before a step's first minibatch (batch 0 also marks
    # the fade that brings in the rest of the minibatches, whose dots crowd the star)
    upcoming, alone = None, []
    for k in range(video.frame_count - 1, -1, -1):
        if trackers["batch"][k] not in (None, 0):
            upcoming = trackers["batch"][k]
        elif (trackers["step"][k] is not None and trackers["step"][k] >= 0
              and trackers["batch"][k] == 0 and upcoming == 1):
            alone.append(k)
    alone.sort()
    picked = [alone[round(i)] for i in np.linspace(0, len(alone) - 1, 8)]
    for index, frame in video.frames(picked).items():
        result = results[int(video.value("step", index))]
        for norm, full in (("l1", result.full_l1), ("l2", result.full_l2)):
            star = video.to_pixels(norm, index, full)[0]
            stars[norm].add(index, star, star_centre(frame, star, video), video)
    for check in (*[c.marker for c in checkers.values()], *stars.values()):
        check.assert_within(video)
    assert all(len(check.frames) >= 2 for check in stars.values())
    checkers["l1"].marker.assert_moves(video)
    for step, result in enumerate(results):
        done = [k for k in range(video.frame_count) if trackers["step"][k] == step
                and trackers["batch"][k] == BATCHES]
        index = done[len(done) // 2]
        frame = video.frames([index])[index]
        for norm, batch in (("l1", result.batch_l1), ("l2", result.batch_l2)):
            star = video.to_pixels(norm, index, result.full_l1 if norm == "l1"
                                   else result.full_l2)[0]
            check_dots(video, index, frame, norm, batch, CLOUD_DOT,
                       excluded=[video.disc_box(star, video.screen_px(STAR_RADIUS))])
    return {norm: c.summary() for norm, c in checkers.items()} | summary


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_minibatch_optima_contours_and_balls(lang, rendered_video):
    video = rendered_video(MinibatchStability, lang)
    check_basics(video)
    check_stability(video)
