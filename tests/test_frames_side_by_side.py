"""Frame tests of the side-by-side tangency video (scenes/side_by_side.py; l1.py and l2.py
are it, focused): the decoded video against mathcore at each frame's recorded state.

While the highlighted contour grows, each plane shows mathcore's level set at the
recorded level (stopped at that ball's touch level), never inside its ball; once a ball is
touched its marker sits on mathcore's optimum.  During the turn, every checked frame shows
the loss turned by the recorded angle, each ball's optimum of it (within 2 px) with its
touching contour, a zero on its axis, and both markers move; the L1 marker stays put while
mathcore says the optimum sits on a corner, and c's dot follows the turned loss.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import norm_value, solve_constrained
from scenes import theme
from scenes.l1 import L1Tangency
from scenes.pieces import optimum_color
from scenes.side_by_side import NORMS, SideBySide
from tests.frames import (
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    check_basics,
    marker_position,
    spread,
)


class UserNumbers(SideBySide):
    """``normviz render side_by_side`` with a user's numbers: the corner on the other axis."""

    center = (-1.0, 3.0)
    matrix = ((1.0, 0.3), (0.3, 2.0))
    radius = 1.5


pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("side_by_side")]
#: l2.py differs from l1.py only in its title and recap (the layout test covers their texts)
CASES = [(L1Tangency, "en"), (L1Tangency, "zh"), (UserNumbers, "en")]


def picture(scene, norm: str, loss, level: float, solution=None) -> PlanePicture:
    return PlanePicture(
        plane=norm, ball_gauge=lambda x: norm_value(x, norm), radius=scene.radius,
        ball_color=theme.NORM_COLORS[norm], loss_center=loss.center, loss_matrix=loss.matrix,
        level=level, optimum=None if solution is None else solution.beta,
        zeros=() if solution is None else solution.zeros,
        marker_color=theme.SOLUTION_COLOR if solution is None
        else optimum_color(solution.beta))


def checkers(video) -> dict[str, PlaneChecker]:
    scene = video.scene
    return {norm: PlaneChecker(video, norm, video.plane_box(side["axes"]),
                               excluded=[video.pixel_box(side["center_tag"]),
                                         video.pixel_box(side["center"])])
            for norm, side in scene.sides.items()}


def check_growth(video) -> dict:
    """Each plane's contour at min(level, its touch level); its marker once touched."""
    scene = video.scene
    growth = checkers(video)
    for index, frame in video.frames(spread([video.beat("sbs_grow")], 16)).items():
        level = video.value("level", index)
        for norm in NORMS:
            touch = scene.solutions[norm].loss
            if level == touch:
                continue  # its marker is growing in
            solution = scene.solutions[norm] if level > touch else None
            shown = min(level, touch)
            axis = np.sqrt(shown / np.linalg.eigvalsh(scene.loss.matrix).max())
            if axis * video.pixels_per_unit(norm, index) < 15.0:
                continue  # still hidden under the centre's dot
            growth[norm].check(index, frame, picture(scene, norm, scene.loss, shown, solution))
    assert all(check.worst for check in growth.values()), "no growing contour was checked"
    return {norm: check.summary() for norm, check in growth.items()}


def check_touch(video) -> dict:
    scene = video.scene
    touch = checkers(video)
    (first, last), = video.beats("sbs_touch")
    for index, frame in video.frames(spread([(first, last)], 4)).items():
        for norm, solution in scene.solutions.items():
            touch[norm].check(index, frame, picture(scene, norm, scene.loss, solution.loss,
                                                    solution))
    for check in touch.values():
        check.marker.assert_within(video)
    return {norm: check.summary() for norm, check in touch.items()}


def check_turn(video) -> dict:
    """Both planes at 16 frames of the turn, from mathcore at the recorded angle."""
    scene = video.scene
    turn = checkers(video)
    centres = {norm: MarkerCheck(f"c on {norm}") for norm in NORMS}
    {norm: MarkerCheck(f"c on {norm}") for norm in NORMS}
    moving = [pair for pair in video.changing("turn")]
    assert moving, "the turn tracker never moved"
    still_on_corner = []
    for index, frame in video.frames(spread(moving, 16)).items():
        s = video.value("turn", index)
        loss = scene.orbit.loss_at(s)
        for norm in NORMS:
            solution = solve_constrained(loss, norm, scene.radius)
            side = scene.sides[norm]
            centre = video.to_pixels(norm, index, loss.center)[0]
            final = video.to_pixels(norm, video.frame_count - 1, scene.loss.center)[0]
            tag = video.pixel_box(side["center_tag"], shift_px=centre - final)
            found = turn[norm].check(index, frame, picture(scene, norm, loss, solution.loss,
                                                           solution),
                                     excluded=[video.disc_box(centre, video.dot_radius_px),
                                               tag])
            centres[norm].add(index, centre, marker_position(
                frame, theme.LOSS_COLOR, centre, video.dot_radius_px,
                [theme.NORM_COLORS[norm], theme.SOLUTION_COLOR, theme.ZERO_COLOR]), video)
            if norm == "l1" and solution.zeros:
                still_on_corner.append((s, solution.beta.copy(), found))
    for check in (*[c.marker for c in turn.values()], *centres.values()):
        check.assert_within(video)
        check.assert_moves(video)
    corners = {tuple(beta) for _, beta, _ in still_on_corner}
    assert still_on_corner and all(len(np.flatnonzero(b)) == 1 for b in corners)
    return {norm: check.summary() for norm, check in turn.items()}


@pytest.mark.parametrize(("scene_class", "lang"), CASES,
                         ids=[f"{c.__name__}-{lang}" for c, lang in CASES])
def test_frames_show_the_touches_and_the_turn(scene_class, lang, rendered_video):
    video = rendered_video(scene_class, lang)
    check_basics(video)
    check_growth(video)
    check_touch(video)
    check_turn(video)


def test_the_counters_end_on_mathcores_shares(rendered_video):
    """The recap's percentages are mathcore's measure of this turn."""
    video = rendered_video(L1Tangency)
    scene = video.scene
    shares = video.scene.shown["recap_shares_percent"]
    for norm in NORMS:
        assert shares[norm] == f"{100 * scene.zeros[norm].share:.0f}"
    assert float(shares["l1"]) > 50 and shares["l2"] == "0"
