"""Frame tests of scenes/ball3d.py: the optimum drawn where the camera's projection puts
mathcore's optimum, on every checked frame of every story, while the camera turns."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from scenes import theme
from scenes.ball3d import RADIUS, STORIES, BallsIn3D, silhouette_theta
from tests.frames import MarkerCheck, check_basics, marker_position, spread

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("ball3d")]


def check_ball3d(video) -> dict:
    stories = video.timeline["trackers"]["story"]
    summary = {}
    for index, (norm, center, matrix) in enumerate(STORIES):
        solution = solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS)
        frames = [k for k, value in enumerate(stories) if value == index]
        check = MarkerCheck(f"{solution.face} optimum")
        for k, frame in video.frames(spread([(frames[0], frames[-1])], 8, 0)).items():
            expected = video.to_pixels("space", k, solution.beta)[0]
            found = marker_position(frame, theme.SOLUTION_COLOR, expected, video.dot_radius_px,
                                    [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR])
            check.add(k, expected, found, video)
        check.assert_within(video)
        check.assert_moves(video)  # the camera turns: the optimum moves on screen
        summary[solution.face] = check.summary(video)
    return summary


def test_silhouette_view_is_edge_on():
    """At the chosen azimuth the line of sight is perpendicular to the contact normal."""
    for norm, center, matrix in STORIES:
        loss = QuadraticLoss.create(center, matrix)
        normal = -loss.gradient(solve_constrained(loss, norm, RADIUS).beta)
        phi = np.radians(70)
        theta = silhouette_theta(normal, phi, np.radians(-40))
        sight = np.array([np.sin(phi) * np.cos(theta), np.sin(phi) * np.sin(theta), np.cos(phi)])
        assert abs(sight @ normal) <= 1e-12 * np.linalg.norm(normal)


def test_the_optimum_is_drawn_at_the_projected_optimum(rendered_video):
    """English only: the 3-D picture (camera, bodies, optimum) does not depend on the
    language, and its texts, fixed in the frame, are checked in both languages by
    test_layout_languages; a 3-D render is the slowest of all."""
    video = rendered_video(BallsIn3D)
    check_basics(video)
    check_ball3d(video)
