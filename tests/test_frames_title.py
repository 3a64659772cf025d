"""Frame tests of the title card's miniature (scenes/title.py), beyond
tests/test_frames_lesson_ends.py (which checks the key's rows and the wedges' final shading).

The loss's centre is named: from the end of ``title_start`` a "c" in the loss's colour
stands just above c's dot in both planes, inside the touching contour (mathcore: the loss
there is below the touching level).  The green wedges open out of the diamond's tips:
at every frame of ``title_zero`` the shaded pixels are the wedges scaled by the recorded
``wedges`` share about their tips (mathcore.catchment's polygons), shaded points near the
tips before the far ones; and nothing in the beat stands still for more than
``LONGEST_STILL`` seconds.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss
from mathcore.catchment import catchment_regions
from scenes import defaults, theme
from scenes.title import ZONE_OPACITY, LessonTitle
from tests.frames import blend, check_basics, color_mask, rgb, still_runs

pytestmark = pytest.mark.slow

#: The longest the busiest frame may stand still (s) in the green row's beat.
LONGEST_STILL = 3.0
#: Least number of pixels, at least half loss colour, that make the "c" (480p, SMALL_SIZE
#: text: its ring of ink, about 8 px high; 11 to 14 such pixels where it was measured,
#: none where no "c" is drawn).
LEAST_TAG_PX = 8


def wedges(video) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """mathcore's corner regions (cut at the L1 plane's data box) and their tips: the
    vertex of least L1 norm, which is the diamond's tip (L1 norm = the radius)."""
    axes = video.scene.mini["l1"]["axes"]
    box = (*axes.x_range[:2], *axes.y_range[:2])
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    polygons = [r.polygon for r in catchment_regions(loss.matrix, defaults.RADIUS, box)
                if r.face == "corner"]
    tips = [p[np.argmin(np.abs(p).sum(axis=1))] for p in polygons]
    np.testing.assert_allclose([np.abs(t).sum() for t in tips], defaults.RADIUS, atol=1e-9)
    return polygons, tips


def depth(points: np.ndarray, polygon: np.ndarray) -> np.ndarray:
    """How far (data units) each point lies inside the convex ``polygon`` (< 0: outside):
    the least distance to its edges' lines, inward normals (vertices made counter-clockwise
    by the sign of the shoelace area)."""
    following = np.roll(polygon, -1, axis=0)
    if np.sum(polygon[:, 0] * following[:, 1] - following[:, 0] * polygon[:, 1]) < 0.0:
        polygon = polygon[::-1]
    edges = np.roll(polygon, -1, axis=0) - polygon
    normals = np.column_stack([-edges[:, 1], edges[:, 0]])
    normals /= np.linalg.norm(normals, axis=1)[:, None]
    return ((points[:, None, :] - polygon[None]) * normals[None]).sum(axis=2).min(axis=1)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_centre_is_named_c(lang, rendered_video):
    video = rendered_video(LessonTitle, lang)
    check_basics(video)
    scene = video.scene
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    index = video.beat("title_start")[1]
    frame = video.frames([index])[index]
    for norm, part in scene.mini.items():
        tag = part["centre_tag"]
        box = video.pixel_box(tag, margin_px=1.0)
        drawn = color_mask(frame, theme.LOSS_COLOR, [theme.L1_COLOR, theme.L2_COLOR,
                                                     theme.ZERO_COLOR, theme.SOLUTION_COLOR],
                           region=box)
        assert drawn.sum() >= LEAST_TAG_PX, (norm, int(drawn.sum()))
        # just above c's dot, and inside the contour that touches the ball
        dot = part["centre"]
        assert tag.get_bottom()[1] > dot.get_top()[1]
        assert abs(tag.get_center()[0] - dot.get_center()[0]) < 1e-6
        corners = np.array([part["axes"].p2c(tag.get_corner(way))[:2]
                            for way in ([-1, -1, 0], [1, -1, 0], [-1, 1, 0], [1, 1, 0])])
        assert np.all(loss.value(corners) < part["solution"].loss), (norm, corners)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_wedges_open_out_of_the_tips(lang, rendered_video):
    video = rendered_video(LessonTitle, lang)
    scene = video.scene
    polygons, tips = wedges(video)
    for shape, tip, drawn, drawn_tip in zip(polygons, tips, scene.wedge_shapes, scene.tips,
                                            strict=True):
        np.testing.assert_allclose(shape, drawn, atol=1e-9)
        np.testing.assert_allclose(tip, drawn_tip, atol=1e-9)
    first, last = video.beat("title_zero")
    opening = [i for i in range(first, last + 1) if 0.0 < video.value("wedges", i) < 1.0]
    assert opening, "the wedges never open"
    assert video.value("wedges", first) == 0.0 and video.value("wedges", last) == 1.0
    shares = [video.value("wedges", i) for i in opening]
    assert np.all(np.diff(shares) > 0.0), "the wedges do not keep opening"
    shaded, background = rgb(blend(theme.ZERO_COLOR, ZONE_OPACITY)), rgb(theme.BACKGROUND_COLOR)
    level = scene.mini["l1"]["solution"].loss
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    frames = video.frames(opening[1:-1:3])
    for index, frame in frames.items():
        share = video.value("wedges", index)
        margin = 2.0 / video.pixels_per_unit("l1", index)
        for shape, tip in zip(polygons, tips, strict=True):
            # points along the wedge, from its tip to its far edge, away from drawn lines
            inner = shape.mean(axis=0)
            points = np.array([tip + t * (u * (inner - tip) + (1 - u) * (v - tip))
                               for t in np.linspace(0.05, 0.95, 19)
                               for u in (0.5, 0.8) for v in shape])
            points = points[(np.abs(points).sum(axis=1) > defaults.RADIUS + 0.15)
                            & np.all(np.abs(points) > 0.15, axis=1)
                            & (np.abs(loss.value(points) - level) > 0.3 * level)
                            & (np.linalg.norm(points - tip, axis=1) > 0.3)  # its dot
                            & (np.linalg.norm(points - loss.center, axis=1) > 1.0)]  # c, "c"
            now = depth(points, tip + share * (shape - tip))
            pixels = np.round(video.to_pixels("l1", index, points)).astype(int)
            colours = frame[pixels[:, 1], pixels[:, 0]].astype(float)
            for mask, colour in ((now > margin, shaded), (now < -margin, background)):
                if mask.sum():
                    off = np.abs(colours[mask] - colour).max(axis=1)
                    assert np.median(off) <= 8, (index, share, colour, np.median(off))
    # both kinds of point seen: a wedge part-open shows its near part shaded, far part not
    assert any(0.2 < video.value("wedges", i) < 0.8 for i in frames)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_green_row_never_stands_still_long(lang, rendered_video):
    video = rendered_video(LessonTitle, lang)
    first, last = video.beat("title_zero")
    # (summed over RGB: 30 or more is a change; a picture changes at 20 pixels or more)
    still_runs(video.frames(range(first, last + 1)).items(), video.fps, level=29,
               allowed=19, measure="sum", limit=LONGEST_STILL)
