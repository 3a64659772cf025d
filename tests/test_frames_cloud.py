"""Frame tests of scenes/cloud.py: each random loss, then the cloud of optima, then the grid.

While a random loss is held on screen, each plane shows its touching contour (on
mathcore's level, never inside the ball) and its optimum (within 2 px, green when it has
an exact zero, yellow when not).  While the cloud piles up, the optima drawn are exactly
the first ``dots`` of mathcore's (the number the counters show), and none beyond them;
once complete, every optimum is drawn where it lies in its colour; during the grid
artefact the L2 dots sit on the grid's optima, and at the end on the exact optima again.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.cloud import draw_problems, grid_optima
from mathcore.planar_batch import solve_planar_batch
from scenes import theme
from scenes.cloud import (
    CASE,
    CLOUD_DOT,
    CLOUD_SIZE,
    GRID_POINTS,
    RADIUS,
    SEED,
    SHOWN_ONE_BY_ONE,
    CornerPiles,
    RandomLossCloud,
)
from scenes.pieces import optimum_color
from tests.frames import PlaneChecker, PlanePicture, check_basics, check_dots, spread

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("cloud")]


def problems() -> dict:
    """The scene's random losses and their exact optima, from mathcore."""
    found = {}
    for norm in ("l1", "l2"):
        centers, matrices = draw_problems(np.random.default_rng(SEED), CLOUD_SIZE, CASE, norm,
                                          RADIUS)
        optima = solve_planar_batch(norm, centers, matrices, np.full(CLOUD_SIZE, RADIUS))
        found[norm] = (centers, matrices, optima)
    return found


def check_each_loss(video, drawn: dict) -> dict:
    """The held losses: contour, optimum, zeros, on both planes."""
    scene = video.scene
    holds = [k for k, value in enumerate(video.timeline["trackers"]["loss"])
             if value is not None and value >= 0]
    checkers = {norm: PlaneChecker(video, norm, video.plane_box(plane["axes"]))
                for norm, plane in scene.planes.items()}
    for index, frame in video.frames(spread([(holds[0], holds[-1])], 12, margin=0)).items():
        if video.value("loss", index) < 0:
            continue
        k = int(video.value("loss", index))
        for norm, checker in checkers.items():
            centers, matrices, _ = drawn[norm]
            loss = QuadraticLoss.create(centers[k], matrices[k])
            solution = solve_constrained(loss, norm, RADIUS)
            checker.check(index, frame, PlanePicture(
                plane=norm, ball_gauge=lambda x, norm=norm: norm_value(x, norm), radius=RADIUS,
                ball_color=theme.NORM_COLORS[norm], loss_center=loss.center,
                loss_matrix=loss.matrix, level=solution.loss, optimum=solution.beta,
                zeros=solution.zeros, marker_color=optimum_color(solution.beta)))
    for checker in checkers.values():
        assert len(checker.marker.frames) >= 4
        checker.marker.assert_within(video)
    return {norm: checker.summary() for norm, checker in checkers.items()}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_loss_then_the_cloud_then_the_grid(lang, rendered_video):
    video = rendered_video(RandomLossCloud, lang)
    check_basics(video)
    drawn = problems()
    check_each_loss(video, drawn)
    exact = video.beat("cloud_exact")
    piling = [(first, last) for first, last in video.changing("dots")
              if video.value("dots", last) > SHOWN_ONE_BY_ONE]  # the ball outlines are dimmed
    for index, frame in video.frames([*spread(piling, 6, margin=0),
                                      (exact[0] + exact[1]) // 2]).items():
        shown = round(video.value("dots", index))
        # the piles as the scene draws them for this frame's count (their tags move out
        # as they grow)
        piles = [video.pixel_box(part) for pile in CornerPiles(
            video.scene.planes["l1"]["axes"], lang).count(drawn["l1"][2][:shown])
            for part in pile]
        for plane in ("l1", "l2"):
            check_dots(video, index, frame, plane, drawn[plane][2][:shown], CLOUD_DOT,
                       excluded=piles if plane == "l1" else ())
    assert video.value("dots", index) == CLOUD_SIZE
    index = video.beat("cloud_grid")[1] - 1
    assert video.value("grid", index) == 1
    grid = grid_optima("l2", *drawn["l2"][:2], RADIUS, GRID_POINTS)
    check_dots(video, index, video.frames([index])[index], "l2", grid, CLOUD_DOT,
               excluded=[video.pixel_box(part) for pile in video.scene.grid_piles
                         for part in pile])
    index = video.frame_count - 1
    assert video.value("grid", index) == 0
    check_dots(video, index, video.frames([index])[index], "l2", drawn["l2"][2], CLOUD_DOT)
