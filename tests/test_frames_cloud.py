"""Frame tests of scenes/cloud.py: each random loss, then the cloud of optima, then the grid.

While a random loss is held on screen, each plane shows its touching contour (on
mathcore's level, never inside the ball) and its optimum (within 2 px, green when it has
an exact zero, yellow when not).  Once the cloud is complete, every optimum mathcore
finds is drawn where it lies in its colour, and no dot is drawn anywhere else; after the
grid artefact, the L2 dots sit on the grid's optima.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial import cKDTree

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.cloud import draw_problems, grid_optima
from mathcore.planar_batch import solve_planar_batch
from scenes import theme
from scenes.cloud import (
    CASE,
    CLOUD_SIZE,
    GRID_POINTS,
    RADIUS,
    SEED,
    RandomLossCloud,
    dot_color,
)
from tests.frames import (
    PlaneChecker,
    PlanePicture,
    check_basics,
    color_mask,
    inside_box,
    pixel_centres,
    spread,
    without_boxes,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("cloud")]
DOT_COLORS = (theme.ZERO_COLOR, theme.SOLUTION_COLOR)


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
    checkers = {norm: PlaneChecker(video, norm, video.pixel_box(plane["axes"], 0.0))
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
                zeros=solution.zeros, marker_color=dot_color(solution.beta)))
    for checker in checkers.values():
        assert len(checker.marker.frames) >= 4
        checker.marker.assert_within(video)
    return {norm: checker.summary() for norm, checker in checkers.items()}


def check_cloud(video, frame_index: int, frame: np.ndarray, plane: str,
                points: np.ndarray, excluded=()) -> dict:
    """Every expected dot is drawn in its colour where it lies, and no dot elsewhere."""
    region = video.pixel_box(video.scene.planes[plane]["axes"], 0.0)
    centres = video.to_pixels(plane, frame_index, points)
    colors = [dot_color(p) for p in points]
    others = [*DOT_COLORS, theme.NORM_COLORS[plane]]
    masks = {c: without_boxes(inside_box(color_mask(frame, c, others), region), excluded)
             for c in DOT_COLORS}
    hits = []
    for centre, color in zip(centres, colors, strict=True):
        column, row = np.floor(centre).astype(int)
        patch = masks[color][row - 1:row + 2, column - 1:column + 2]
        hits.append(bool(patch.any()))
    share = float(np.mean(hits))
    assert share >= 0.97, (f"{plane}: only {share:.1%} of the {len(points)} optima are drawn "
                           f"in their colour at frame {frame_index}")
    stray = 0.0
    for color in DOT_COLORS:
        wanted = centres[[c == color for c in colors]]
        pixels = pixel_centres(masks[color])
        if len(pixels) and len(wanted):
            stray = max(stray, float(cKDTree(wanted).query(pixels)[0].max()))
        else:
            assert not len(pixels), f"{plane}: {color} dots where none belong"
    reach = video.screen_px(0.035) + 2.5
    assert stray <= reach, f"{plane}: a dot {stray:.1f} px from every optimum at {frame_index}"
    return {"drawn_share": round(share, 4), "stray_px": round(stray, 2)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_loss_then_the_cloud_then_the_grid(lang, rendered_video):
    video = rendered_video(RandomLossCloud, lang)
    check_basics(video)
    drawn = problems()
    check_each_loss(video, drawn)
    tallies = [video.pixel_box(tag) for tag in video.scene.tallies]
    first, last = video.beat("cloud_exact")
    index = first + (last - first) // 2
    frame = video.frames([index])[index]
    assert video.value("dots", index) == CLOUD_SIZE
    for plane in ("l1", "l2"):
        check_cloud(video, index, frame, plane, drawn[plane][2],
                    excluded=tallies if plane == "l1" else ())
    index = video.frame_count - 1
    assert video.value("grid", index) == 1
    grid = grid_optima("l2", *drawn["l2"][:2], RADIUS, GRID_POINTS)
    check_cloud(video, index, video.frames([index])[index], "l2", grid)
