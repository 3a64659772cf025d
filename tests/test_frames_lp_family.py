"""Frame tests of scenes/lp_family.py: the morphing ball, its touching contour and optimum.

At every checked frame of both morphs (Lp, then elastic net) the ball is drawn as
mathcore's ball at the recorded parameter, the optimum sits on mathcore's (within 2 px)
and moves with it, the contour is the level set through the optimum and stays outside
the ball, and a zero coefficient sits on its axis.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss
from mathcore.lp_balls import solve_ball_2d
from scenes import theme
from scenes.lp_family import FRAME_CHECK, BallFamily, ball_at
from tests.frames import (
    PlaneChecker,
    PlanePicture,
    assert_near_polylines,
    assert_on_curve,
    assert_outside,
    check_basics,
    curve_gap_px,
    quadratic_gauge,
    region_pixels,
    spread,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("lp_family")]


def check_family(video) -> dict:
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    region = video.plane_box(scene.axes)
    checker = PlaneChecker(video, "lp_family", region)
    morphs = [(first, last) for first, last in video.changing("setting") if last - first > 3]
    # into four of the five Lp stops, to the elastic net's threshold and its two last stops
    assert len(morphs) == 7
    frames = spread(morphs, 16, margin=0)
    worst: dict[str, float] = {}
    for index, frame in video.frames(frames).items():
        ball = ball_at(video.value("family", index), video.value("setting", index))
        optimum = solve_ball_2d(loss, ball, FRAME_CHECK)
        color = theme.L1_COLOR if ball.sparse_corners else theme.L2_COLOR
        others = [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR, theme.SOLUTION_COLOR]
        expected = video.to_pixels("plane", index, optimum.beta)[0]
        centre = video.to_pixels("plane", index, loss.center)[0]
        discs = [video.disc_box(expected, video.dot_radius_px),
                 video.disc_box(centre, video.dot_radius_px),
                 video.pixel_box(scene.center_tag)]
        outline = ball.outline(4000)
        pixels = region_pixels(frame, color, region, others, discs)
        if len(pixels) < 20:
            continue  # the outline is fading between the two families
        worst["ball_off_px"] = max(worst.get("ball_off_px", 0.0), assert_near_polylines(
            video, index, pixels, [video.to_pixels("plane", index, np.vstack([
                outline, outline[:1]]))], "ball", theme.BALL_STROKE))
        contour = region_pixels(frame, theme.LOSS_COLOR, region, others, discs)
        gaps = curve_gap_px(video, "plane", index, contour, loss.center,
                            quadratic_gauge(loss.matrix), np.sqrt(optimum.loss))
        worst["contour_off_px"] = max(worst.get("contour_off_px", 0.0), assert_on_curve(
            video, index, gaps, "contour", theme.CONTOUR_STROKE, pixels=contour))
        ball_gaps = curve_gap_px(video, "plane", index, contour, np.zeros(2),
                                 lambda x, ball=ball: ball.gauge(x), ball.radius)
        worst["contour_inside_px"] = max(worst.get("contour_inside_px", -np.inf),
                                         assert_outside(video, index, ball_gaps, "contour",
                                                        theme.CONTOUR_STROKE))
        checker.check(index, frame, PlanePicture(plane="plane", optimum=optimum.beta,
                                                 zeros=optimum.zeros), excluded=discs[1:])
    checker.marker.assert_within(video)
    checker.marker.assert_moves(video)
    return {**checker.summary(), **{k: round(v, 2) for k, v in worst.items()}}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_ball_morphs_and_the_optimum_follows(lang, rendered_video):
    video = rendered_video(BallFamily, lang)
    check_basics(video)
    check_family(video)
