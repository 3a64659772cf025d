"""Frame tests of scenes/ball3d.py: the optimum drawn where the camera's projection puts
mathcore's optimum, on every checked frame of every story, while the camera turns; the
axis labels drawn where the scene placed them, clear of the bodies."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from scenes import theme
from scenes.ball3d import RADIUS, STORIES, BallsIn3D, silhouette_theta
from scenes.pieces import optimum_color
from tests.frames import MarkerCheck, check_basics, marker_position, rgb, spread

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
            found = marker_position(frame, optimum_color(solution.beta), expected,
                                    video.dot_radius_px,
                                    [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR])
            check.add(k, expected, found, video)
        check.assert_within(video)
        check.assert_moves(video)  # the camera turns: the optimum moves on screen
        summary[solution.face] = check.summary(video)
    return summary


#: A label's glyphs: bright and grey (the text colour and its blends with the background).
GLYPH_LUMA, GREY_CHROMA = 150.0, 30.0
#: A body's translucent fill over the background has a chroma of 30 or more (the L1 fill
#: about 57, the sphere's 48, the level set's 31); a grey axis line has 22 at most.
BODY_CHROMA = 28.0


def check_axis_labels(video) -> dict:
    """In checked frames of every story, from the silhouette view through the turn: each
    axis label's pixel box (its place through the recorded projection, its size on
    screen) holds the label's glyphs, centred there (within a quarter of the box), and
    no pixel in a body's colours (chroma: the bodies are coloured, text and axes grey)."""
    weights = np.array([0.299, 0.587, 0.114])
    assert rgb(theme.TEXT_COLOR) @ weights > GLYPH_LUMA  # the labels' colour is bright
    scene = video.scene
    stories = video.timeline["trackers"]["story"]
    worst = {"centre_error_px": 0.0}
    for index in range(len(STORIES)):
        frames = [k for k, value in enumerate(stories) if value == index]
        for k, frame in video.frames(spread([(frames[0], frames[-1])], 6, 0)).items():
            pixels = frame.astype(float)
            luma, chroma = pixels @ weights, np.ptp(pixels, axis=2)
            for name, place in zip(scene.axis_names, scene.label_places[index], strict=True):
                centre = video.to_pixels("space", k, [scene.axes.p2c(place)])[0]
                half = np.array([video.screen_px(name.width), video.screen_px(name.height)]) / 2
                left, top = np.floor(centre - half - 2).astype(int)
                right, bottom = np.ceil(centre + half + 2).astype(int)
                box = (slice(top, bottom), slice(left, right))
                glyphs = (luma[box] > GLYPH_LUMA) & (chroma[box] < GREY_CHROMA)
                label = name.original_text
                assert glyphs.sum() >= 0.05 * glyphs.size, (
                    f"label {label} of story {index} not drawn at {np.round(centre, 1)} px, "
                    f"frame {k} ({video.time(k):.2f} s): {glyphs.sum()} glyph pixels")
                rows, columns = np.nonzero(glyphs)
                error = np.abs(np.array([columns.mean() + left + 0.5,
                                         rows.mean() + top + 0.5]) - centre)
                assert np.all(error <= half / 2), (
                    f"label {label} of story {index} drawn {np.round(error, 1)} px off its "
                    f"place at frame {k} ({video.time(k):.2f} s)")
                body = int((chroma[box] >= BODY_CHROMA).sum())
                assert body == 0, (
                    f"label {label} of story {index} over a body at frame {k} "
                    f"({video.time(k):.2f} s): {body} coloured pixels in its box")
                worst["centre_error_px"] = max(worst["centre_error_px"],
                                               round(float(error.max()), 2))
    return worst


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


def test_the_axis_labels_are_drawn_clear_of_the_bodies(rendered_video):
    """beta_1, beta_2, beta_3 read: drawn where the scene placed them for each story, in
    every view of the story, over no body (the same render as the test above)."""
    check_axis_labels(rendered_video(BallsIn3D))
