"""Frame tests of scenes/correlated.py: the decoded video against mathcore at each frame's rho.

On every checked frame of the sweep, both planes show mathcore's optimum at the recorded
rho (within 2 px), its touching contour (never inside the ball), the ball, and c; the
lasso marker and c move on screen as rho moves them (the sweep was once frozen).  The
zoomed inset shows the contour meeting the diamond only at the corner.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import norm_value
from scenes import theme
from scenes.correlated import RADII, RHO_END, CorrelatedFeatures, solutions_at
from tests.frames import (
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    check_basics,
    marker_position,
    spread,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("correlated")]


def picture(plane: str, norm: str, loss, solution) -> PlanePicture:
    return PlanePicture(
        plane=plane, ball_gauge=lambda x: norm_value(x, norm), radius=RADII[norm],
        ball_color=theme.NORM_COLORS[norm], loss_center=loss.center,
        loss_matrix=loss.matrix, level=solution.loss, optimum=solution.beta,
        zeros=solution.zeros)


def check_sweep(video) -> dict:
    """Both planes and the moving c at 12 frames of the sweep."""
    scene = video.scene
    radius_px = video.dot_radius_px
    checkers = {norm: PlaneChecker(video, norm, video.plane_box(plane["axes"]))
                for norm, plane in scene.planes.items()}
    centres = {norm: MarkerCheck(f"c on {norm}") for norm in scene.planes}
    for index, frame in video.frames(spread([video.beat("corr_sweep")], 12)).items():
        loss, solutions = solutions_at(video.value("rho", index))
        for norm, plane in scene.planes.items():
            centre = video.to_pixels(norm, index, loss.center)[0]
            final = video.to_pixels(norm, video.frame_count - 1, solutions_at(RHO_END)[0].center)
            tag = video.pixel_box(plane["center_tag"], shift_px=centre - final[0])
            checkers[norm].check(index, frame, picture(norm, norm, loss, solutions[norm]),
                                 excluded=[video.disc_box(centre, radius_px), tag])
            found = marker_position(frame, theme.LOSS_COLOR, centre, radius_px,
                                    [theme.NORM_COLORS[norm], theme.SOLUTION_COLOR])
            centres[norm].add(index, centre, found, video)
    for check in (*[c.marker for c in checkers.values()], *centres.values()):
        check.assert_within(video)
    checkers["l1"].marker.assert_moves(video)
    for check in centres.values():
        check.assert_moves(video)
    return {norm: c.summary() for norm, c in checkers.items()}


def check_zoom(video) -> dict:
    """The inset: the contour at f(b*) stays outside the diamond and meets it at the corner."""
    scene = video.scene
    loss, solutions = solutions_at(RHO_END)
    inset = PlaneChecker(video, "l1_zoom", video.pixel_box(scene.inset.backdrop, -3.0))
    first, last = video.beat("corr_zoom")
    for index, frame in video.frames(spread([(first + round(1.7 * video.fps), last)], 3)).items():
        inset.check(index, frame, picture("l1_zoom", "l1", loss, solutions["l1"]))
    inset.marker.assert_within(video)
    return inset.summary()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sweep_moves_with_rho_and_matches_mathcore(lang, rendered_video):
    video = rendered_video(CorrelatedFeatures, lang)
    check_basics(video)
    check_sweep(video)


def test_the_zoom_shows_the_contour_meeting_the_diamond_only_at_the_corner(rendered_video):
    video = rendered_video(CorrelatedFeatures)
    summary = check_zoom(video)
    assert summary["contour_inside_px"] <= 2.2
    assert np.isfinite(summary["max_error_px"])
