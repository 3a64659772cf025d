"""Frame tests of scenes/ball3d.py: the optimum drawn where the camera's projection puts
mathcore's optimum, on every checked frame of every story, while the camera turns (and,
on the sphere, orbits); the axis labels drawn where the scene placed them, next to the
tips of their own axes, clear of the bodies; the sphere's story never holds still
longer than its one edge-on hold before the closing picture."""

from __future__ import annotations

import av
import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from scenes import theme
from scenes.ball3d import (
    AXIS_ENDS,
    LABEL_REACH,
    ORBIT_SECONDS,
    RADIUS,
    STORIES,
    BallsIn3D,
    silhouette_theta,
)
from scenes.pieces import optimum_color
from tests.frames import MarkerCheck, check_basics, marker_position, rgb, spread

pytestmark = pytest.mark.slow


def check_ball3d(video) -> dict:
    stories = video.timeline["trackers"]["story"]
    summary = {}
    for index, (norm, center, matrix) in enumerate(STORIES):
        solution = solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS)
        frames = [k for k, value in enumerate(stories) if value == index]
        check = MarkerCheck(f"{solution.face} optimum")
        # the sphere's story orbits twice as far: checked twice as often
        count = 16 if np.all(solution.beta != 0) else 8
        for k, frame in video.frames(spread([(frames[0], frames[-1])], count, 0)).items():
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
    screen) holds the label's glyphs, centred there (within a quarter of the box), their
    centre within ``LABEL_REACH`` (and a pixel) of the recorded projection of its own
    axis's tip, and no pixel in a body's colours (chroma: the bodies are coloured, text
    and axes grey)."""
    weights = np.array([0.299, 0.587, 0.114])
    assert rgb(theme.TEXT_COLOR) @ weights > GLYPH_LUMA  # the labels' colour is bright
    scene = video.scene
    stories = video.timeline["trackers"]["story"]
    worst = {"centre_error_px": 0.0, "tip_distance_px": 0.0}
    reach = video.screen_px(LABEL_REACH) + 1.0
    for index in range(len(STORIES)):
        frames = [k for k, value in enumerate(stories) if value == index]
        for k, frame in video.frames(spread([(frames[0], frames[-1])], 6, 0)).items():
            pixels = frame.astype(float)
            luma, chroma = pixels @ weights, np.ptp(pixels, axis=2)
            for axis, (name, place) in enumerate(zip(scene.axis_names,
                                                     scene.label_places[index], strict=True)):
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
                tip = video.to_pixels("space", k, [AXIS_ENDS[axis] * np.eye(3)[axis]])[0]
                drawn = np.array([columns.mean() + left + 0.5, rows.mean() + top + 0.5])
                distance = float(np.linalg.norm(drawn - tip))
                assert distance <= reach, (
                    f"label {label} of story {index} drawn {distance:.1f} px from its axis's "
                    f"tip at {np.round(tip, 1)} px, frame {k} ({video.time(k):.2f} s); "
                    f"next to the tip is {reach:.1f} px at most")
                worst["tip_distance_px"] = max(worst["tip_distance_px"], round(distance, 2))
                body = int((chroma[box] >= BODY_CHROMA).sum())
                assert body == 0, (
                    f"label {label} of story {index} over a body at frame {k} "
                    f"({video.time(k):.2f} s): {body} coloured pixels in its box")
                worst["centre_error_px"] = max(worst["centre_error_px"],
                                               round(float(error.max()), 2))
    return worst


#: Two decoded frames show the same picture when no 8 x 8 block's mean colour differs by
#: more than this (RGB levels): the encoder's noise on a still picture moves a block's
#: mean by 3 levels at most, a turning camera by tens.
STILL_BLOCK, STILL_LEVELS = 8, 4.0
#: The longest still the sphere's story may show before its closing picture: the edge-on
#: hold after the contact appears (1.5 s), and the slow first frames of the turn.
LONGEST_STILL_S = 1.7


def still_runs(movie, first: int, last: int) -> list[tuple[int, int]]:
    """Runs (first, last frame) of frames in ``first..last`` showing the same picture as
    the frame before them, decoded one by one (none kept)."""
    runs: list[tuple[int, int]] = []
    previous = None
    with av.open(str(movie)) as container:
        for index, frame in enumerate(container.decode(video=0)):
            if index < first - 1:
                continue
            pixels = frame.to_ndarray(format="rgb24").astype(float)
            rows, columns = (np.array(pixels.shape[:2]) // STILL_BLOCK) * STILL_BLOCK
            pixels = pixels[:rows, :columns].reshape(
                rows // STILL_BLOCK, STILL_BLOCK, columns // STILL_BLOCK, STILL_BLOCK, 3
            ).mean(axis=(1, 3))
            if (previous is not None and index >= first
                    and np.abs(pixels - previous).max() <= STILL_LEVELS):
                if runs and runs[-1][1] == index - 1:
                    runs[-1] = (runs[-1][0], index)
                else:
                    runs.append((index, index))
            previous = pixels
            if index >= last:
                break
    return runs


def check_sphere_story_moves(video) -> dict:
    """The sphere's beat: from its first frame to the closing still (the run of still
    frames that ends the video), the picture never holds longer than ``LONGEST_STILL_S``,
    and the camera's orbit (both ways) takes at least ``2 * ORBIT_SECONDS`` of it."""
    first, last = video.beat("b3_boundary")
    assert last == video.frame_count - 1  # the sphere's story ends the video
    runs = still_runs(video.movie, first, last)
    assert runs and runs[-1][1] == last, "the video does not end on a still picture"
    closing = runs.pop()
    longest = max(((b - a + 1) / video.fps for a, b in runs), default=0.0)
    assert longest <= LONGEST_STILL_S, (
        f"the sphere's story holds still {longest:.2f} s before its closing picture: "
        f"{[(round(video.time(a), 2), round(video.time(b), 2)) for a, b in runs]}")
    moving = (closing[0] - first - sum(b - a + 1 for a, b in runs)) / video.fps
    assert moving >= 2 * ORBIT_SECONDS, f"the sphere's story moves only {moving:.2f} s"
    return {"longest_still_s": round(longest, 2), "moving_s": round(moving, 2),
            "closing_still_s": round((closing[1] - closing[0] + 1) / video.fps, 2)}


def test_silhouette_view_is_edge_on():
    """At the chosen azimuth the line of sight is perpendicular to the contact normal."""
    for norm, center, matrix in STORIES:
        loss = QuadraticLoss.create(center, matrix)
        normal = -loss.gradient(solve_constrained(loss, norm, RADIUS).beta)
        phi = np.radians(70)
        theta = silhouette_theta(normal, phi, np.radians(-40))
        sight = np.array([np.sin(phi) * np.cos(theta), np.sin(phi) * np.sin(theta), np.cos(phi)])
        assert abs(sight @ normal) <= 1e-12 * np.linalg.norm(normal)


def test_the_stories_cover_every_face_of_the_octahedron_and_the_sphere():
    """A vertex (two zeros), an edge (one), a face (none: L1 gives zeros often, not always)
    and the sphere (none)."""
    faces = [(s.face, len(s.zeros)) for s in (
        solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS)
        for norm, center, matrix in STORIES)]
    assert faces == [("vertex", 2), ("edge", 1), ("face", 0), ("boundary", 0)]


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


def test_the_sphere_story_keeps_moving(rendered_video):
    """The L2 beat shows the contact from further round, slowly: its frames change until
    the closing picture (and check_ball3d finds the optimum at mathcore's projected
    optimum on frames through the orbit)."""
    check_sphere_story_moves(rendered_video(BallsIn3D))
