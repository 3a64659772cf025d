"""Each kind of frame check fails on a picture broken on purpose.

A check that cannot fail proves nothing: these scenes are the real ones with one thing
broken (an updater left on a group that is not in the scene, a contour drawn at the wrong
level, a contour cutting into the ball, a marker nudged off its axis), rendered and
decoded like the real ones, and the check that stands for that kind of truth must raise.
"""

from __future__ import annotations

import numpy as np
import pytest
from manim import VGroup

from scenes import theme
from scenes.correlated import CorrelatedFeatures, solutions_at
from scenes.path import ShrinkingBudget
from scenes.side_by_side import SideBySide
from tests.frames import MarkerCheck, marker_position, spread
from tests.stories import L1Tangency
from tests.test_frames_path import check_path
from tests.test_frames_side_by_side import check_turn
from tests.test_frames_tangency import check_tangency

pytestmark = pytest.mark.slow


class Frozen:
    """The bug once shipped: the updater sits on a group that is never added to the scene."""

    def drive(self, update, *mobjects):
        group = VGroup(*mobjects)
        update()
        group.add_updater(lambda _group: update())
        return group


class FrozenCorrelated(Frozen, CorrelatedFeatures):
    """correlated.py with its sweep frozen."""


class FrozenPath(Frozen, ShrinkingBudget):
    """path.py with its budget sweep frozen."""


class FrozenTurn(Frozen, SideBySide):
    """side_by_side.py with its turn frozen (the growth before it still drawn)."""


class ShrunkContour(L1Tangency):
    """The contour is drawn at 0.8 of the level the timeline records."""

    def grow_contour(self) -> None:
        self.contour.show(level=0.8 * self.level.get_value())


class CuttingContour(L1Tangency):
    """The contour grows on past the touch, into the ball (and the marker is shown)."""

    def solve_problem(self) -> None:
        super().solve_problem()
        self.touch_level = 1.5 * self.solution.loss


class MarkerOffAxis(L1Tangency):
    """The optimum (2, 0) is drawn 0.06 units above its axis."""

    def build_picture(self) -> None:
        super().build_picture()
        self.marker[0].shift(self.axes.c2p(0.0, 0.06) - self.axes.c2p(0.0, 0.0))


def test_a_frozen_sweep_fails_the_position_and_the_motion_checks(rendered_video):
    video = rendered_video(FrozenCorrelated)
    drawn = MarkerCheck("frozen lasso")
    for index, frame in video.frames(spread([video.beat("corr_sweep")], 12)).items():
        _, solutions = solutions_at(video.value("rho", index))
        expected = video.to_pixels("l1", index, solutions["l1"].beta)[0]
        found = marker_position(frame, theme.SOLUTION_COLOR, expected, video.dot_radius_px,
                                search_px=np.inf)
        drawn.add(index, expected, found, video)
    with pytest.raises(AssertionError, match="from mathcore's optimum"):
        drawn.assert_within(video)
    with pytest.raises(AssertionError, match="frozen between frames"):
        drawn.assert_moves(video)


def test_a_frozen_turn_fails_the_side_by_side_checks(rendered_video):
    with pytest.raises(AssertionError, match=r"off the curve mathcore gives|from mathcore's "
                                             r"optimum|no marker near|frozen between "
                                             r"frames|pixels found"):
        check_turn(rendered_video(FrozenTurn))


def test_frozen_paths_fail_the_frame_checks(rendered_video):
    # (whichever live element is judged first fails: the curves, the optima or the cue
    # that rides beside the t cursor)
    with pytest.raises(AssertionError, match=r"off the curve mathcore gives|no marker near|"
                                             r"cue not drawn"):
        check_path(rendered_video(FrozenPath))


def test_a_contour_at_the_wrong_level_fails(rendered_video):
    with pytest.raises(AssertionError, match="off the curve mathcore gives"):
        check_tangency(rendered_video(ShrunkContour))


def test_a_contour_inside_the_ball_fails(rendered_video):
    with pytest.raises(AssertionError, match="inside the ball"):
        check_tangency(rendered_video(CuttingContour))


def test_a_zero_drawn_off_its_axis_fails_the_axis_and_the_position_checks(rendered_video):
    video = rendered_video(MarkerOffAxis)
    with pytest.raises(AssertionError, match="off its axis"):
        check_tangency(video)
    index = video.frame_count - 1
    frame = video.frames([index])[index]
    expected = video.to_pixels("plane", index, video.scene.solution.beta)[0]
    drawn = MarkerCheck("nudged")
    drawn.add(index, expected, marker_position(frame, theme.SOLUTION_COLOR, expected,
                                               video.dot_radius_px), video)
    with pytest.raises(AssertionError, match="from mathcore's optimum"):
        drawn.assert_within(video)
