"""Frame tests of the tangency scenes (l1, l2, tangency): the decoded video against mathcore.

While the contour grows, every frame's contour lies on mathcore's level set at the
recorded level and never inside the ball; once it touches, the marker sits on mathcore's
optimum (within 2 px), the contour meets the ball there, and a coefficient shown as 0
sits on its axis.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import norm_value
from scenes import theme
from scenes.tangency import TangencyScene
from tests.frames import PlaneChecker, PlanePicture, check_basics, spread
from tests.stories import L1Tangency, L2Tangency


class OtherTangency(TangencyScene):
    """``normviz render tangency`` with a user's numbers: the corner on the other axis."""

    norm = "l1"
    center = (-1.0, 3.0)
    matrix = ((1.0, 0.3), (0.3, 2.0))
    radius = 1.5


SCENES = {"l1": L1Tangency, "l2": L2Tangency, "tangency": OtherTangency}
pytestmark = pytest.mark.slow
CASES = [("l1", "en"), ("l1", "zh"), ("l2", "en"), ("l2", "zh"), ("tangency", "en")]


def picture(scene, level: float, optimum: np.ndarray | None) -> PlanePicture:
    return PlanePicture(
        plane="plane", ball_gauge=lambda x: norm_value(x, scene.norm),
        radius=scene.solution.radius, ball_color=theme.NORM_COLORS[scene.norm],
        loss_center=scene.loss.center, loss_matrix=scene.loss.matrix, level=level,
        optimum=optimum, zeros=scene.solution.zeros if optimum is not None else (),
    )


def checker(video) -> PlaneChecker:
    scene = video.scene
    return PlaneChecker(video, type(scene).__name__, video.plane_box(scene.axes),
                        excluded=[video.pixel_box(part) for part in
                                  (*scene.center_marker, scene.marker[1])])


def check_tangency(video) -> dict:
    """Every check of the tangency story on ``video``; returns the measured errors."""
    scene = video.scene
    growth = checker(video)
    grow = video.beat("tan_grow")
    for index, frame in video.frames(spread([grow], 12)).items():
        level = video.value("level", index)
        shortest_axis = np.sqrt(level / np.linalg.eigvalsh(scene.loss.matrix).max())
        if shortest_axis * video.pixels_per_unit("plane", index) < 15.0:
            continue  # still hidden under the centre marker
        growth.check(index, frame, picture(scene, level, None))
    assert len(growth.worst), "no frame of the growing contour was checked"
    touch = checker(video)
    first, last = video.beat(f"tan_{scene.solution.face}")
    settled = (first + round(1.3 * video.fps), last)  # after the marker has grown in
    for index, frame in video.frames(spread([settled], 4)).items():
        touch.check(index, frame, picture(scene, video.value("level", index),
                                          scene.solution.beta))
    touch.marker.assert_within(video)
    return {"growing": growth.summary(), "touching": touch.summary()}


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_frames_show_the_growing_contour_and_the_touch(name, lang, rendered_video):
    video = rendered_video(SCENES[name], lang)
    check_basics(video)
    check_tangency(video)
