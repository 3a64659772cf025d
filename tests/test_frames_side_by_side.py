"""Frame tests of the side-by-side tangency video (scenes/side_by_side.py; l1.py and l2.py
are it, focused): the decoded video against mathcore at each frame's recorded state.

First a white point walks once around each ball's edge: on every checked frame it sits
where mathcore's radial point at the recorded share of the walk is, and it moves.  While
the highlighted contour grows, each plane shows mathcore's level set at the
recorded level (stopped at that ball's touch level), never inside its ball; once a ball is
touched its marker sits on mathcore's optimum; at the touch on a corner, the corner's
zoom shows mathcore's fan, -gradient, contour and optimum at ``ZOOM`` times.  During the
turn, every checked frame shows the loss turned by the recorded angle, each ball's optimum
of it (within 2 px) with its touching contour, a zero on its axis, and both markers move;
the L1 marker stays put while mathcore says the optimum sits on a corner, c's dot follows
the turned loss, and each plane's read-out and zero-time counter show mathcore's numbers
at the recorded angle.

The layout: both framed plot windows at one scale fill the stage between their headers and
their read-out and counter lines; the level numbers of the family of contours are apart
from each other, clear of both balls and inside their own window; no contour-coloured
pixel lies outside the windows while the contour grows and while the loss turns.
"""

from __future__ import annotations

import numpy as np
import pytest
from manim import DOWN, LEFT, RIGHT, UP
from scipy.ndimage import binary_dilation
from scipy.ndimage import label as label_patches

from mathcore import QuadraticLoss, norm_value, solve_constrained, unit_ellipse
from mathcore.balls import boundary_points, l1_vertices, radial_point
from mathcore.orbit import LossOrbit, zero_share
from scenes import layout, pieces, theme
from scenes.base import CLOSING_STILL_SECONDS
from scenes.cues import subtitle_seconds
from scenes.l1 import L1Tangency
from scenes.pieces import format_coefficient, optimum_color
from scenes.side_by_side import (
    ARROW_LENGTH,
    FAN_LENGTH,
    FAN_OPACITY,
    LINE_BAND,
    MIDDLE_WIDTH,
    NAME_GAP,
    NORMS,
    RECAP_FADE_SECONDS,
    SMALL_BAND,
    ZOOM,
    ZOOM_ARROW,
    ZOOM_EDGES_SECONDS,
    ZOOM_FAN,
    SideBySide,
    box_min_norm,
    center_tag_center,
    edge_directions,
    off_edge,
    plane_windows,
)
from scenes.strings import reading_seconds, text
from tests.frames import (
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    TextPainter,
    blend,
    bright_pixels,
    check_basics,
    color_mask,
    marker_position,
    readout_difference,
    region_pixels,
    rgb,
    spread,
    still_runs,
    text_box,
    without_boxes,
)


class UserNumbers(SideBySide):
    """``normviz render side_by_side`` with a user's numbers: the corner on the other axis."""

    center = (-1.0, 3.0)
    matrix = ((1.0, 0.3), (0.3, 2.0))
    radius = 1.5


class InsideBoth(SideBySide):
    """``normviz render side_by_side --center 0.5,0.3``: c inside both balls, all turn long."""

    center = (0.5, 0.3)


class InsideCircle(SideBySide):
    """``--center 1.2,1.2``: c inside the circle only (outside the diamond)."""

    center = (1.2, 1.2)


class WideUserNumbers(SideBySide):
    """``--center 1,2 --matrix 1,0,0,3 --radius 1``: the corner (0, 1) on the b2 axis."""

    center = (1.0, 2.0)
    matrix = ((1.0, 0.0), (0.0, 3.0))
    radius = 1.0


pytestmark = pytest.mark.slow

#: How far from a touch (manim units) a highlight around the new marker would reach (the
#: removed Flash: rays from 0.3 to 0.5 units).
FLASH_REACH = 0.6
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


#: The walking point is white: every channel above this, unlike the balls' colours (each
#: has one channel far lower) and the grey axes.
WHITE_FLOOR = 180


def white_disc(frame: np.ndarray, expected: np.ndarray, radius_px: float,
               search_px: float = 20.0) -> np.ndarray | None:
    """Centroid of the white pixels within ``search_px`` of ``expected``, if they fill at
    least half a disc of ``radius_px`` (judged by brightness alone: on a ball's stroke the
    video's colour subsampling tints the white disc's pixels)."""
    (left, top), (right, bottom) = np.floor(expected - search_px), np.ceil(expected + search_px)
    window = frame[max(int(top), 0):int(bottom), max(int(left), 0):int(right)]
    rows, cols = np.nonzero(window.min(axis=2) > WHITE_FLOOR)
    if len(rows) < 0.5 * np.pi * radius_px**2:
        return None
    return np.array([cols.mean() + 0.5 + max(int(left), 0), rows.mean() + 0.5 + max(int(top), 0)])


def center_tag_box(video, side: dict, norm: str, index: int, center: np.ndarray) -> np.ndarray:
    """Pixel box of c's tag at frame ``index``: on the side of c's dot the timeline
    recorded, for c at ``center``."""
    tag = side["center_tag"]
    size = np.array([tag.width, tag.height])
    middle = center_tag_center(side["axes"].c2p(*center), size,
                               int(video.value(f"tag_{norm}", index)))
    corners = video.screen_to_pixels(np.array([[*(middle[:2] - size / 2), 0.0],
                                               [*(middle[:2] + size / 2), 0.0]]))
    return np.array([corners.min(axis=0) - 2.0, corners.max(axis=0) + 2.0])


def check_center_tag(video) -> dict:
    """While the loss turns, c's tag sits on the recorded side of c, apart from both axis
    names (boxes disjoint), and is drawn there (loss-coloured pixels in its box), at 24
    frames; at every frame of the turn its box (and 2 px round it) stays at least 2 px
    from mathcore's contour at the optimum's loss (the whole ellipse)."""
    scene = video.scene
    sides_used: set[int] = set()
    nearest = np.inf
    for index in [k for a, b in video.changing("turn") for k in range(a, b + 1)]:
        loss = scene.orbit.loss_at(video.value("turn", index))
        for norm, side in scene.sides.items():
            level = solve_constrained(loss, norm, scene.radius).loss
            if level <= 0.0:
                continue  # c inside the ball: no contour drawn
            tag = center_tag_box(video, side, norm, index, loss.center)
            ellipse = video.to_pixels(norm, index, loss.center + np.sqrt(level)
                                      * unit_ellipse(loss, 720))
            gap = np.maximum(np.maximum(tag[0] - ellipse, ellipse - tag[1]), 0.0)
            clear = float(np.min(np.hypot(gap[:, 0], gap[:, 1])))
            nearest = min(nearest, clear)
            assert clear >= 2.0, (f"{norm}: c's tag on the contour at frame {index} "
                                  f"({video.time(index):.2f} s): {clear:.1f} px")
    for index, frame in video.frames(spread(video.changing("turn"), 24)).items():
        loss = scene.orbit.loss_at(video.value("turn", index))
        for norm, side in scene.sides.items():
            sides_used.add(int(video.value(f"tag_{norm}", index)))
            tag = center_tag_box(video, side, norm, index, loss.center)
            for name in side["names"]:
                assert disjoint(tag, video.pixel_box(name, margin_px=0.0)), (
                    f"{norm}: c's tag on the axis name {name.original_text} at frame "
                    f"{index} ({video.time(index):.2f} s)")
            # (a one-letter glyph is too thin for its colour to survive the video's chroma
            # subsampling: what is drawn there is judged by its brightness)
            assert len(bright_pixels(frame, tag, contrast=40.0)) >= 5, (
                f"{norm}: c's tag not drawn at frame {index}")
    return {"tag_sides_used": sorted(sides_used), "contour_clear_px": round(nearest, 1)}


def check_touch_keeps_moving(video) -> dict:
    """In the corner's beat the picture changes at least every 3 s (decoded: no run of
    frames longer than that in which at most 40 pixels change by more than 20)."""
    beats = video.beats("sbs_touch_corner")
    if not beats:
        return {}
    (first, last), = beats
    frames = video.frames(range(first, last + 1))
    still, longest = 0, 0
    for index in range(first + 1, last + 1):
        changed = int((np.abs(frames[index].astype(int) - frames[index - 1].astype(int))
                       .max(axis=2) > 20).sum())
        still = still + 1 if changed <= 40 else 0
        longest = max(longest, still)
    assert longest / video.fps <= 3.0 + 1.5 / video.fps, (longest / video.fps)
    return {"longest_still_s": round(longest / video.fps, 2)}


def check_walk(video) -> dict:
    """The walking point on each ball's edge at the recorded share of its turn."""
    scene = video.scene
    walkers = {norm: MarkerCheck(f"walker on {norm}") for norm in NORMS}
    moving = video.changing("walk")
    assert moving, "the walk tracker never moved"
    for index, frame in video.frames(spread(moving, 12)).items():
        angle = 2.0 * np.pi * video.value("walk", index)
        for norm in NORMS:
            expected = video.to_pixels(norm, index, radial_point(norm, scene.radius, angle))[0]
            walkers[norm].add(index, expected, white_disc(frame, expected, video.dot_radius_px),
                              video)
    for check in walkers.values():
        check.assert_within(video)
        check.assert_moves(video)
    return {norm: check.summary(video) for norm, check in walkers.items()}


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
    # its first second, before the fan of normals and the arrows come in (check_cone)
    for index, frame in video.frames(spread([(first, min(last, first + int(video.fps)))],
                                            4)).items():
        for norm, solution in scene.solutions.items():
            touch[norm].check(index, frame, picture(scene, norm, scene.loss, solution.loss,
                                                    solution))
    for check in touch.values():
        check.marker.assert_within(video)
    return {norm: check.summary() for norm, check in touch.items()}


def polar_px(video, frame: np.ndarray, mask: np.ndarray, origin_px: np.ndarray,
             radii: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Angles (degrees, y up) and radii of the ``mask`` pixels at ``radii`` (pixels) from
    ``origin_px``."""
    rows, cols = np.nonzero(mask)
    offset = np.column_stack([cols + 0.5, rows + 0.5]) - origin_px
    radius = np.hypot(offset[:, 0], offset[:, 1])
    keep = (radius >= radii[0]) & (radius <= radii[1])
    return np.degrees(np.arctan2(-offset[keep, 1], offset[keep, 0])), radius[keep]


def sector_share(frame: np.ndarray, mask: np.ndarray, origin_px: np.ndarray,
                 radii: tuple[float, float], angles: tuple[float, float]) -> float:
    """Share of the pixels in the sector (``radii`` in pixels, ``angles`` in degrees, y up)
    around ``origin_px`` that ``mask`` holds."""
    height, width = mask.shape
    rows, cols = np.mgrid[0:height, 0:width]
    offset = np.stack([cols + 0.5 - origin_px[0], origin_px[1] - rows - 0.5], axis=-1)
    radius = np.hypot(offset[..., 0], offset[..., 1])
    angle = np.degrees(np.arctan2(offset[..., 1], offset[..., 0]))
    low, high = angles
    inside = (radius >= radii[0]) & (radius <= radii[1]) & (
        ((angle - low) % 360.0) <= ((high - low) % 360.0))
    return float(mask[inside].mean())


def check_cone(video) -> dict:
    """At the touch on a corner: the light fan of the diamond's outward normals at the
    corner (between the normals of its two edges there, from mathcore's vertices) is drawn
    there and only there, after the beat begins; the loss's -gradient at the optimum
    (mathcore's) is drawn inside it; the circle's one normal at its touch is drawn along
    b*/||b*||."""
    scene = video.scene
    beats = video.beats("sbs_touch_corner")
    if not beats:
        assert not len(scene.sides["l1"]["cone"])
        return {}
    (first, last), = beats
    index = last - 1
    frames = video.frames([first, index])
    frame = frames[index]
    l1, l2 = scene.solutions["l1"], scene.solutions["l2"]
    corner = l1.beta
    corner_px = video.to_pixels("l1", index, corner)[0]

    def angle_of(plane: str, start: np.ndarray, direction: np.ndarray) -> float:
        ends = video.to_pixels(plane, index, np.array([start, start + direction]))
        offset = ends[1] - ends[0]
        return float(np.degrees(np.arctan2(-offset[1], offset[0])))

    # the outward normals of the diamond's two edges at the corner
    vertices = l1_vertices(scene.radius, 2)
    normals = []
    for other in vertices:
        if np.allclose(other, corner) or np.allclose(other, -corner):
            continue
        edge = other - corner
        normal = np.array([edge[1], -edge[0]])
        normals.append(normal if normal @ corner > 0 else -normal)
    edge_angles = sorted(angle_of("l1", corner, n / np.linalg.norm(n)) for n in normals)
    low, high = edge_angles if edge_angles[1] - edge_angles[0] < 180 else edge_angles[::-1]
    descent = -scene.loss.gradient(corner)
    descent_angle = angle_of("l1", corner, descent / np.linalg.norm(descent))
    assert ((descent_angle - low) % 360) < ((high - low) % 360), "-grad f outside the cone"
    fan_px = video.screen_px(FAN_LENGTH)
    radii = (0.35 * fan_px, 0.85 * fan_px)
    others = [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR, theme.SOLUTION_COLOR,
              theme.ZERO_COLOR, theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR]
    shades = {}
    for name, at in (("before", first), ("shown", index)):
        fan = color_mask(frames[at], blend(theme.L1_COLOR, FAN_OPACITY), others)
        shades[name] = {
            "inside": sector_share(frames[at], fan, corner_px, radii, (low + 8, high - 8)),
            "beyond": max(sector_share(frames[at], fan, corner_px, radii, (high + 15, high + 40)),
                          sector_share(frames[at], fan, corner_px, radii, (low - 40, low - 15)))}
    assert shades["shown"]["inside"] >= 0.4, shades
    assert shades["shown"]["beyond"] <= 0.05 and shades["before"]["inside"] <= 0.05, shades
    # the -gradient arrow: loss-coloured pixels inside the fan lie along -grad f
    arrow_px = video.screen_px(ARROW_LENGTH)
    descent_off = descent_in_fan(video, frame, others, corner_px, arrow_px, (low, high),
                                 descent_angle, least=8, tolerance_deg=4.0)
    # the circle's one normal at its touch: L2-coloured pixels outside the circle
    touch_px = video.to_pixels("l2", index, l2.beta)[0]
    origin_px = video.to_pixels("l2", index, np.zeros(2))[0]
    blue = color_mask(frame, theme.L2_COLOR, others)
    rows, cols = np.nonzero(blue)
    outside = np.hypot(cols + 0.5 - origin_px[0], rows + 0.5 - origin_px[1]) > (
        scene.radius * video.pixels_per_unit("l2", index) + 4.0)
    blue_outside = np.zeros_like(blue)
    blue_outside[rows[outside], cols[outside]] = True
    angles, _ = polar_px(video, frame, blue_outside, touch_px, (0.3 * arrow_px, 0.8 * arrow_px))
    normal_angle = angle_of("l2", l2.beta, l2.beta / np.linalg.norm(l2.beta))
    assert len(angles) >= 8, len(angles)
    normal_off = abs(float(np.median(angles)) - normal_angle)
    assert normal_off <= 4.0, (np.median(angles), normal_angle)
    zoom = check_zoom(video, frames, first, index, (low, high), descent, others)
    return {"fan": shades, "descent_off_deg": descent_off, "normal_off_deg": normal_off,
            "zoom": zoom}


def descent_in_fan(video, frame, others, corner_px, arrow_px: float,
                   fan_deg: tuple[float, float], descent_angle: float, least: int,
                   tolerance_deg: float) -> float:
    """The loss-coloured -grad f arrow drawn from the corner inside the fan ``fan_deg``
    (at least ``least`` pixels between 0.3 and 0.8 of its length) and along mathcore's
    descent direction within ``tolerance_deg``.  Returns how far off (degrees)."""
    low, high = fan_deg
    loss_mask = color_mask(frame, theme.LOSS_COLOR, [*others, blend(theme.L1_COLOR,
                                                                     FAN_OPACITY)])
    angles, _ = polar_px(video, frame, loss_mask, corner_px, (0.3 * arrow_px, 0.8 * arrow_px))
    inside = angles[((angles - low - 5) % 360) < ((high - low - 10) % 360)]
    assert len(inside) >= least, len(inside)
    descent_off = abs(float(np.median(inside)) - descent_angle)
    assert descent_off <= tolerance_deg, (np.median(inside), descent_angle)
    return descent_off


def check_zoom(video, frames: dict, first: int, index: int, edges: tuple[float, float],
               descent: np.ndarray, others: list[str]) -> dict:
    """The corner magnified ZOOM times in the middle column (between the windows, under
    its text, apart from both): absent at the beat's first frame; at its end framed, with
    the fan of ways out of the diamond at the corner (between the same edge normals), the
    loss's -gradient inside it (mathcore's), mathcore's touching contour through the
    corner, the optimum's marker on mathcore's corner, and its labels drawn inside it."""
    scene = video.scene
    zoom = scene.zoom
    corner = scene.solutions["l1"].beta
    frame, before = frames[index], frames[first]
    box = video.pixel_box(zoom["frame"], margin_px=0.0)
    for side in scene.sides.values():
        assert disjoint(box, window_box(video, side)), "the zoom covers a plot window"
    assert disjoint(box, video.pixel_box(scene.explain_cone)), "the zoom covers its text"
    magnification = (video.pixels_per_unit("l1_zoom", index)
                     / video.pixels_per_unit("l1", index))
    assert abs(magnification - ZOOM) < 0.01 * ZOOM, magnification
    (left, _), (right, bottom) = box  # its bottom edge (below the column's texts)
    edge = np.array([[left + 2, bottom - 2], [right - 2, bottom + 2]])
    drawn = {name: len({int(x) for x, _ in bright_pixels(at, edge, contrast=12.0)})
             for name, at in (("before", before), ("shown", frame))}
    assert drawn["shown"] >= 0.95 * (right - left - 4) and drawn["before"] <= 2, drawn
    corner_px = video.to_pixels("l1_zoom", index, corner)[0]
    low, high = edges
    reach = zoom["side"] / 2
    fan_px = video.screen_px(ZOOM_FAN * reach)
    radii = (0.35 * fan_px, 0.85 * fan_px)
    shades = {}
    for name, at in (("before", before), ("shown", frame)):
        fan = color_mask(at, blend(theme.L1_COLOR, FAN_OPACITY), others)
        shades[name] = sector_share(at, fan, corner_px, radii, (low + 8, high - 8))
    assert shades["shown"] >= 0.4 and shades["before"] <= 0.05, shades
    # first, before the fan: the two ways along the diamond's edges, white arrows, the loss
    # rising along both (mathcore's gradient)
    notes = " ".join(side["zero_note"].original_text for side in scene.sides.values())
    edges_at = video.time(first) + 2.0 + reading_seconds(notes, scene.lang) \
        + ZOOM_EDGES_SECONDS / 2
    early = min(round(edges_at * video.fps), index)
    early_frame = video.frames([early])[early]
    fan_early = sector_share(early_frame, color_mask(early_frame, blend(
        theme.L1_COLOR, FAN_OPACITY), others), corner_px, radii, (low + 8, high - 8))
    assert fan_early <= 0.05, fan_early
    slopes = [float(scene.loss.gradient(corner) @ way)
              for way in edge_directions(corner, scene.radius)]
    assert all(slope > 0.0 for slope in slopes) and slopes == zoom["slopes"], slopes
    white = color_mask(early_frame, theme.TEXT_COLOR, [theme.L1_COLOR, theme.LOSS_COLOR,
                                                       theme.MUTED_TEXT_COLOR])
    arrow_px = video.screen_px(ZOOM_ARROW * reach)
    angles, _ = polar_px(video, early_frame, white, corner_px, (0.3 * arrow_px,
                                                                0.8 * arrow_px))
    for way in edge_directions(corner, scene.radius):
        tip = video.to_pixels("l1_zoom", early, np.array([corner, corner + way]))
        angle = float(np.degrees(np.arctan2(-(tip[1] - tip[0])[1], (tip[1] - tip[0])[0])))
        near = np.abs((angles - angle + 180) % 360 - 180) <= 4.0
        assert near.sum() >= 8, (angle, int(near.sum()))
    ends = video.to_pixels("l1_zoom", index, np.array([corner, corner + descent]))
    descent_angle = float(np.degrees(np.arctan2(-(ends[1] - ends[0])[1],
                                                (ends[1] - ends[0])[0])))
    descent_off = descent_in_fan(video, frame, others, corner_px,
                                 video.screen_px(ZOOM_ARROW * reach), (low, high),
                                 descent_angle, least=20, tolerance_deg=3.0)
    # mathcore's touching contour, where it crosses the view (off the corner's marker)
    loss, level = scene.loss, scene.solutions["l1"].loss
    ring = video.to_pixels("l1_zoom", index,
                           loss.center + np.sqrt(level) * unit_ellipse(loss, 2000))
    keep = np.all((ring > box[0] + 6) & (ring < box[1] - 6), axis=1) & (
        np.hypot(*(ring - corner_px).T) > 3 * video.dot_radius_px)
    pink = binary_dilation(color_mask(frame, theme.LOSS_COLOR, others, tolerance=40.0),
                           np.hypot(*np.mgrid[-2:3, -2:3]) <= 2.5)  # pink within 2.5 px
    near = [pink[int(y), int(x)] for x, y in ring[keep]]
    assert len(near) >= 50 and np.mean(near) >= 0.9, (len(near), np.mean(near))
    dot = marker_position(frame, optimum_color(corner), corner_px, video.dot_radius_px,
                          [theme.L1_COLOR, theme.LOSS_COLOR])
    assert dot is not None and np.hypot(*(dot - corner_px)) <= 2.0, (dot, corner_px)
    labels = [video.pixel_box(label, margin_px=0.0) for label in zoom["labels"]]
    scale = 480 / video.timeline["pixel_size"][1]
    # the labels readable (their ink at least 14 px tall at 480p, in the decoded frame)
    # and off the diamond's edge (wholly outside the diamond or wholly inside)
    inks = {}
    for label in zoom["labels"]:
        inks[label.original_text] = ink_height_px(frame, video, label) * scale
        assert inks[label.original_text] >= 14.0, (label.original_text, inks)
        corners = [zoom["axes"].p2c(label.get_corner(c))[:2] for c in (DOWN + LEFT, UP + RIGHT)]
        assert off_edge(np.array(corners[0]), np.array(corners[1]), "l1", scene.radius, 0.0)
    # the text beside it (it names f, -grad f and the fan) at its full size, never shrunk
    alone = pieces.fit_into(pieces.label(scene.explain_cone.original_text, theme.SMALL_SIZE),
                            scene.middle.width)
    assert scene.explain_cone.height == pytest.approx(alone.height, rel=1e-3)
    for k, label in enumerate(labels):
        assert np.all(label[0] >= box[0]) and np.all(label[1] <= box[1]), "a label leaves it"
        assert all(disjoint(label, other) for other in labels[k + 1:]), "labels overlap"
        assert len(bright_pixels(frame, label, contrast=40.0)) >= 5, "a label not drawn"
    return {"magnification": round(magnification, 3), "fan": shades,
            "descent_off_deg": round(descent_off, 2), "contour_on": float(np.mean(near)),
            "label_ink_px": {k: round(v, 1) for k, v in inks.items()}}


def ink_height_px(frame: np.ndarray, video, label) -> float:
    """Height (px) of the drawn (bright) pixels of a one-line label in the decoded frame,
    from its highest to its lowest inked row."""
    drawn = bright_pixels(frame, video.pixel_box(label, margin_px=1.0), contrast=60.0)
    assert len(drawn) > 10, label.original_text
    return float(drawn[:, 1].max() - drawn[:, 1].min() + 1.0)


def check_turn(video) -> dict:
    """Both planes at 16 frames of the turn, from mathcore at the recorded angle."""
    scene = video.scene
    turn = checkers(video)
    centres = {norm: MarkerCheck(f"c on {norm}") for norm in NORMS}
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
            tag = center_tag_box(video, side, norm, index, loss.center)
            found = turn[norm].check(index, frame, picture(scene, norm, loss, solution.loss,
                                                           solution),
                                     excluded=[video.disc_box(centre, video.dot_radius_px),
                                               tag])
            if solution.face != "interior":  # (else the optimum is c, its dot over c's)
                centres[norm].add(index, centre, marker_position(
                    frame, theme.LOSS_COLOR, centre, video.dot_radius_px,
                    [theme.NORM_COLORS[norm], theme.SOLUTION_COLOR, theme.ZERO_COLOR]), video)
            if norm == "l1" and solution.face == "vertex":
                still_on_corner.append((s, solution.beta.copy(), found))
    # c's dot is checked wherever it is not under an optimum's (c outside the ball: for
    # the circle, all turn long or never)
    assert bool(centres["l2"].found) == (scene.solutions["l2"].face != "interior")
    for check in (*[c.marker for c in turn.values()],
                  *[check for check in centres.values() if check.found]):
        check.assert_within(video)
        check.assert_moves(video)
    corners = {tuple(beta) for _, beta, _ in still_on_corner}
    # the L1 optimum seen on corners exactly when mathcore's turn has it there for a while
    assert bool(still_on_corner) == (scene.zeros["l1"].share > 0.0), len(still_on_corner)
    assert all(len(np.flatnonzero(b)) == 1 for b in corners)
    return {**{norm: check.summary() for norm, check in turn.items()},
            "live_lines": check_live_lines(video, [index for index in video.frames(
                spread(moving, 16))][::3])}


#: A connected patch of a fill's colour this large (pixels) is a filled area drawn, not
#: the antialiased rim of a line or a dot (a pixel or two, where colours blend).
FILLED_PATCH_PX = 20
#: The least height (px at 480p) of a line of text's ink.
LEAST_TEXT_PX = 14.0


def fan_patch_off_the_diamond(video, frame: np.ndarray, index: int) -> int:
    """The largest connected patch (pixels) of the fan's fill colour in the L1 window
    outside the diamond, more than 5 px from its outline, corners included: the fan is a
    filled sector there (hundreds of pixels), while the antialiased rims of the diamond's
    stroke and of the dots over it blend to the same colour in a pixel or two."""
    scene = video.scene
    others = [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR, theme.SOLUTION_COLOR,
              theme.ZERO_COLOR, theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR]
    box = window_box(video, scene.sides["l1"])
    fan = color_mask(frame, blend(theme.L1_COLOR, FAN_OPACITY), others, box)
    rows, cols = np.nonzero(fan)
    pixels = np.column_stack([cols + 0.5, rows + 0.5])
    outside = np.abs(video.to_data("l1", index, pixels)).sum(axis=1) > scene.radius
    if not outside.any():
        return 0
    outline = video.to_pixels("l1", index, boundary_points("l1", scene.radius, 4000))
    gaps = np.min(np.linalg.norm(pixels[outside][:, None, :] - outline[None, ::2, :],
                                 axis=2), axis=1)
    kept = np.zeros_like(fan)
    kept[rows[outside][gaps > 5.0], cols[outside][gaps > 5.0]] = True
    patches, count = label_patches(kept)
    return int(np.bincount(patches.ravel())[1:].max()) if count else 0


def check_turn_shows_the_turn_only(video) -> dict:
    """While the loss turns, nothing of the corner's beat is left (it would be false
    wherever the optimum has left that corner): no patch of fan fill in the L1 window
    (the same count finds the fan at the end of the corner's beat) and, where the zoom
    was, nothing but the turn's text.  (A ball-coloured line off a ball, such as the
    circle's normal, fails check_turn.)"""
    scene = video.scene
    found = {}
    touch = video.beats("sbs_touch_corner")
    if touch:
        shown = touch[0][1] - 1
        found["fan_at_touch"] = fan_patch_off_the_diamond(
            video, video.frames([shown])[shown], shown)
        assert found["fan_at_touch"] >= 5 * FILLED_PATCH_PX, found
    worst_fan, worst_zoom = 0, 0
    for index, frame in video.frames(spread(video.changing("turn"), 16)).items():
        worst_fan = max(worst_fan, fan_patch_off_the_diamond(video, frame, index))
        if scene.zoom:
            box = video.pixel_box(scene.zoom["frame"], margin_px=2.0)
            worst_zoom = max(worst_zoom, len(bright_pixels(
                frame, box, [video.pixel_box(scene.explain_turn, margin_px=2.0)],
                contrast=25.0)))
    assert worst_fan < FILLED_PATCH_PX and worst_zoom == 0, (worst_fan, worst_zoom)
    return {**found, "fan_in_turn": worst_fan, "zoom_in_turn": worst_zoom}


def check_live_lines(video, indices: list[int]) -> dict:
    """While the loss turns, each plane's optimum read-out and zero-time counter show
    mathcore's numbers at the recorded turn: at each of ``indices`` the decoded line is
    nearer (mean luma difference) to the line drawn with them than with a neighbour
    (the counter one percent off, the read-out's first coordinate 0.01 off)."""
    scene = video.scene
    painter = TextPainter(video)
    worst = 0.0
    for index, frame in video.frames(indices).items():
        s = video.value("turn", index)
        loss = scene.orbit.loss_at(s)
        for norm, side in scene.sides.items():
            beta = solve_constrained(loss, norm, scene.radius).beta
            share = 100 * scene.zeros[norm].share_until(s)
            coordinates = [format_coefficient(x) for x in beta]
            for key, right, wrong in (
                    ("counter", (f"{share:.0f}",), (f"{share + 1:.0f}",)),
                    ("readout", tuple(coordinates),
                     (format_coefficient(beta[0] + 0.01), coordinates[1]))):
                line = side[key]
                box = text_box(video, line, [right, wrong])
                off = [readout_difference(video, frame, painter, line, fields, box)
                       for fields in (right, wrong)]
                assert off[0] < off[1], (norm, key, right, wrong, off, index)
                worst = max(worst, off[0] / off[1])
    last = scene.orbit.loss_at(1.0)
    for norm, side in scene.sides.items():  # back to the last frame's lines
        side["readout"].set_fields(*(format_coefficient(x) for x in solve_constrained(
            last, norm, scene.radius).beta))
        side["counter"].set_fields(f"{100 * scene.zeros[norm].share:.0f}")
    return {"frames": len(indices), "worst_ratio": round(worst, 3)}


def disjoint(a: np.ndarray, b: np.ndarray) -> bool:
    """True when the pixel boxes ((left, top), (right, bottom)) do not overlap."""
    return bool(a[1, 0] <= b[0, 0] or b[1, 0] <= a[0, 0]
                or a[1, 1] <= b[0, 1] or b[1, 1] <= a[0, 1])


def window_box(video, side) -> np.ndarray:
    return video.pixel_box(side["frame"], margin_px=0.0)


def check_windows(video) -> dict:
    """Both windows equal (one scale), as tall as the stage less the header above and the
    two lines below, and framed: their edges are drawn."""
    scene = video.scene
    last = video.frame_count - 1
    stage = layout.stage()
    x_name = scene.sides["l1"]["names"][0]
    window, _, _ = plane_windows(stage, LINE_BAND, 2 * SMALL_BAND, MIDDLE_WIDTH,
                                 x_name.width + NAME_GAP)
    tall = video.screen_px(window.height)
    frame = video.frames([last])[last]
    sizes = {}
    for norm, side in scene.sides.items():
        box = window_box(video, side)
        sizes[norm] = box[1] - box[0]
        assert abs(sizes[norm][1] - tall) <= 1.0, (norm, sizes[norm], tall)
        assert np.isclose(video.pixels_per_unit(norm, last),
                          video.pixels_per_unit(NORMS[0], last))
        for mobject in (side["header"], side["counter"], side["readout"], side["names"][0]):
            assert stage.fits(mobject), f"{norm}: a text leaves the stage"
        # b1's name outside its window (where no contour is drawn), level with the x axis
        name = video.pixel_box(side["names"][0], margin_px=0.0)
        box = window_box(video, side)
        assert name[0, 0] > box[1, 0], f"{norm}: b1's name inside the window"
        axis_y = video.to_pixels(norm, last, np.zeros(2))[0, 1]
        assert name[0, 1] < axis_y < name[1, 1]
        assert len(bright_pixels(frame, name, contrast=40.0)) >= 5
        (left, top), (_, bottom) = box
        edge = np.array([[left - 2, top + 2], [left + 2, bottom - 2]])
        rows = {int(y) for _, y in bright_pixels(frame, edge, contrast=12.0)}
        assert len(rows) >= 0.95 * (bottom - top - 4), f"{norm}: the window's frame is not drawn"
    assert np.allclose(sizes["l1"], sizes["l2"], atol=1.0)
    return {norm: [round(float(v), 1) for v in size] for norm, size in sizes.items()}


def check_level_tags(video) -> dict:
    """At the end of the first beat (the family and its numbers shown): the numbers'
    boxes are pairwise disjoint, inside their own window, off both balls' edges (in data:
    wholly outside or wholly inside each; in the picture: no ball-coloured pixel in
    them) and drawn, their digits inked at least ``LEAST_TEXT_PX`` high."""
    scene = video.scene
    _, last = video.beat("sbs_problem")
    scale = 480 / video.timeline["pixel_size"][1]
    frame = video.frames([last - 1])[last - 1]
    counts = {}
    for norm, side in scene.sides.items():
        tags = list(side["family_tags"])
        assert len(tags) == len(scene.levels) >= 2, (
            f"{norm}: {len(tags)} numbers for the levels {scene.levels}")
        boxes = [video.pixel_box(tag, margin_px=0.0) for tag in tags]
        window = window_box(video, side)
        for k, box in enumerate(boxes):
            assert all(disjoint(box, other) for other in boxes[k + 1:]), f"{norm}: tags overlap"
            assert np.all(box[0] >= window[0]) and np.all(box[1] <= window[1]), (
                f"{norm}: a level number leaves its window")
            corners = video.to_data(norm, last, box)
            low, high = corners.min(axis=0), corners.max(axis=0)
            for ball in NORMS:
                assert off_edge(low, high, ball, scene.radius, 0.0), (
                    f"{norm}: level number {tags[k].original_text} on the {ball} ball's edge")
            ball_pixels = color_mask(frame, theme.NORM_COLORS[norm],
                                     [theme.MUTED_TEXT_COLOR, theme.LOSS_COLOR], box)
            assert not ball_pixels.any(), f"{norm}: ball pixels under a level number"
            assert len(bright_pixels(frame, box, contrast=40.0)) >= 5, "a level number not drawn"
            ink = ink_height_px(frame, video, tags[k]) * scale
            assert ink >= LEAST_TEXT_PX, (norm, tags[k].original_text, ink)
        counts[norm] = len(tags)
    return counts


def check_touch_labels(video) -> dict:
    """Once the highlighted contours are drawn (the end of the touch beat): each level
    number left on screen is clear of its plane's highlighted contour (no pixel of the
    contour's full colour in its box), and those marked crossed are gone (no pixel of the
    numbers' colour in their box); at the touch on a corner, the circle's normal arrow is
    named in the L2 colour, outside the circle, inside the window, apart from c, and only
    after the beat begins.  While the point walks, each plane's norm is written on two
    lines at least ``LEAST_TEXT_PX`` high."""
    scene = video.scene
    touch = video.beats("sbs_touch_corner") or video.beats("sbs_touch")
    (first, last), = touch
    frames = video.frames([first, last - 1])
    frame = frames[last - 1]
    faint = [theme.MUTED_TEXT_COLOR, theme.TEXT_COLOR, blend(theme.LOSS_COLOR, 0.35),
             *theme.NORM_COLORS.values()]
    kept = crossed = 0
    for side in scene.sides.values():
        for tag in side["family_tags"]:
            box = video.pixel_box(tag, margin_px=0.0)
            if tag.crossed:
                crossed += 1
                assert not len(region_pixels(frame, theme.MUTED_TEXT_COLOR, box,
                                             [theme.LOSS_COLOR])), "a crossed number stays"
            else:
                kept += 1
                # (and keeps 4 px of background from it at 480p)
                room = video.pixel_box(tag, margin_px=4.0 * video.timeline["pixel_size"][1]
                                       / 480)
                assert not len(region_pixels(frame, theme.LOSS_COLOR, room, faint)), (
                    f"the highlighted contour runs through the number {tag.original_text}")
    result = {"numbers_kept": kept, "numbers_crossed": crossed}
    if scene.corner:
        name = scene.sides["l2"]["cone"][1][0]
        box = video.pixel_box(name, margin_px=1.0)
        assert len(region_pixels(frame, theme.L2_COLOR, box)) >= 15, "the L2 arrow unnamed"
        assert not len(region_pixels(frames[first], theme.L2_COLOR, box)), "named too early"
        window = window_box(video, scene.sides["l2"])
        assert np.all(box[0] >= window[0]) and np.all(box[1] <= window[1])
        corners = video.to_data("l2", last - 1, box)
        assert box_min_norm(corners.min(axis=0), corners.max(axis=0), "l2") > scene.radius
        centre = video.pixel_box(scene.sides["l2"]["center"], margin_px=1.0)
        assert disjoint(box, centre), "the L2 arrow's name covers c"
        result["l2_name_px"] = box.tolist()
        # its leader crosses no contour but the highlighted one it must (the arrow lies
        # inside it): decoded, along the leader, at most one run of the loss's colour
        # (full or faint)
        cone = scene.sides["l2"]["cone"][1]
        if len(cone) > 1:
            leader = cone[1]
            ends = video.screen_to_pixels(np.array([leader.get_start(), leader.get_end()]))
            points = np.round(ends[0] + np.outer(np.linspace(0.0, 1.0, 80), ends[1] - ends[0]))
            pink = [rgb(theme.LOSS_COLOR), rgb(blend(theme.LOSS_COLOR, 0.35))]
            colors = frame[points[:, 1].astype(int), points[:, 0].astype(int)].astype(float)
            on = np.min([np.abs(colors - c).max(axis=1) for c in pink], axis=0) <= 30.0
            runs = int(on[0]) + int(np.sum(on[1:] & ~on[:-1]))
            assert runs <= 1, f"the L2 name's leader crosses {runs} contours"
            result["leader_crossings"] = runs
    moving = video.changing("walk")
    walk = video.frames([moving[0][1]])[moving[0][1]]
    scale = 480 / video.timeline["pixel_size"][1]
    for side in scene.sides.values():
        for line in (side["walk_name"], side["walk_readout"]):
            ink = ink_height_px(walk, video, line) * scale
            assert ink >= LEAST_TEXT_PX, (getattr(line, "original_text", "walk"), ink)
    return result


def check_contours_inside(video) -> dict:
    """While the contour grows and while the loss turns, no pixel of the contours' colour
    lies outside the two windows (their frames, widened by half a contour stroke and the
    antialiasing)."""
    scene = video.scene
    reach = video.half_stroke_px(theme.CONTOUR_STROKE) + 1.5
    windows = [window_box(video, side) + np.array([[-reach, -reach], [reach, reach]])
               for side in scene.sides.values()]
    others = [theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR,
              *theme.NORM_COLORS.values()]
    ranges = [*video.beats("sbs_grow"), *video.changing("turn")]
    indices = spread(ranges, 40)
    for index, frame in video.frames(indices).items():
        outside = without_boxes(color_mask(frame, theme.LOSS_COLOR, others), windows)
        rows, cols = np.nonzero(outside)
        assert not len(rows), (
            f"{len(rows)} contour pixels outside the windows at frame {index} "
            f"({video.time(index):.2f} s), e.g. at x={cols[0]}, y={rows[0]}")
    return {"frames": len(indices)}


def check_touch_leaves_nothing_behind(video) -> dict:
    """The last ball touched (the largest touching level) gets its marker and nothing
    else: from the first frame at its level to the end of the grow beat, the ring around
    its optimum (from 3 px past the marker to ``FLASH_REACH`` manim units) shows the beat's
    last picture there (no rays or specks around the touch; the contour no longer moves).
    The L2 note "both shrunk toward 0" is said only where mathcore's L2 optimum is nearer
    0 than c in each coordinate."""
    scene = video.scene
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    solutions = {norm: solve_constrained(loss, norm, scene.radius) for norm in NORMS}
    if solutions["l2"].face == "boundary":
        assert scene.sides["l2"]["zero_note"].original_text == text("sbs_no_zero_l2",
                                                                      scene.lang)
        assert np.all(np.abs(solutions["l2"].beta) < np.abs(loss.center))
    first, last = video.beat(scene.story["grow"])
    norm = max(NORMS, key=lambda n: solutions[n].loss)
    if solutions[norm].face == "interior":
        return {"ring_frames": 0}
    touched = [i for i in range(first, last + 1)
               if video.value("level", i) >= solutions[norm].loss - 1e-12]
    assert touched, f"{norm} never touched in the grow beat"
    frames = video.frames(range(touched[0], last + 1))
    centre = video.to_pixels(norm, last, solutions[norm].beta)[0]
    rows, cols = np.mgrid[0:frames[last].shape[0], 0:frames[last].shape[1]]
    distance = np.hypot(cols - centre[0], rows - centre[1])
    ring = (distance > video.dot_radius_px + 3.0) & (distance < video.screen_px(FLASH_REACH))
    final = frames[last][ring].astype(int)
    for index, frame in frames.items():
        changed = np.abs(frame[ring].astype(int) - final).sum(axis=1) > 60
        assert changed.sum() <= 3, (
            f"{int(changed.sum())} pixels around the {norm} touch differ from the beat's "
            f"end at frame {index} ({video.time(index):.2f} s)")
    return {"ring_frames": len(frames)}


@pytest.mark.parametrize(("scene_class", "lang"), CASES,
                         ids=[f"{c.__name__}-{lang}" for c, lang in CASES])
def test_frames_show_the_touches_and_the_turn(scene_class, lang, rendered_video):
    video = rendered_video(scene_class, lang)
    check_basics(video)
    check_windows(video)
    check_level_tags(video)
    check_walk(video)
    check_contours_inside(video)
    check_growth(video)
    check_touch(video)
    check_touch_labels(video)
    check_cone(video)
    check_turn(video)
    check_turn_shows_the_turn_only(video)
    check_center_tag(video)
    check_touch_keeps_moving(video)
    check_touch_leaves_nothing_behind(video)


def test_the_counters_end_on_mathcores_shares(rendered_video):
    """The recap's percentages are mathcore's measure of this turn; after the turn each
    counter says it counts the whole turn (the "so far" line gone); the faint norm
    contours of the first beat stay until its end."""
    video = rendered_video(L1Tangency)
    scene = video.scene
    shares = video.scene.shown["recap_shares_percent"]
    last = video.frame_count - 1
    _, balls_end = video.beat("sbs_balls")
    frames = video.frames([balls_end - 1, last])
    for norm in NORMS:
        assert shares[norm] == f"{100 * scene.zeros[norm].share:.0f}"
        side = scene.sides[norm]
        done = side["counter_done"]
        assert shares[norm] in done.original_text and side["counter"] not in scene.mobjects
        assert len(bright_pixels(frames[last], video.pixel_box(done, 1.0), contrast=40.0)) >= 30
        rings = side["rings"]
        assert len(bright_pixels(frames[balls_end - 1], video.pixel_box(rings[0], 1.0),
                                 contrast=12.0)) >= 10, f"{norm}: the norm contours gone early"
    assert float(shares["l1"]) > 50 and shares["l2"] == "0"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_recap_is_held_only_while_it_is_read(lang, rendered_video):
    """The recap (the video's last beat) fades in its paragraph with the whole-turn
    counters, both drawn to the end, and lasts as long as the longest of: its subtitle
    read, the paragraph read after its fade-in, the closing still; no longer (it held
    about 12 s with nothing new on screen)."""
    video = rendered_video(L1Tangency, lang)
    scene = video.scene
    first, last = video.beat("sbs_recap")
    assert last == video.frame_count - 1
    beat = next(b for b in scene.beats if b["name"] == "sbs_recap")
    seconds = (last - first + 1) / video.fps
    subtitle = subtitle_seconds(beat["subtitle"], lang)
    need = max(subtitle, RECAP_FADE_SECONDS + max(reading_seconds(
        scene.recap.original_text, lang), CLOSING_STILL_SECONDS))
    assert subtitle <= seconds <= need + 2.5 / video.fps, (seconds, subtitle, need)
    shown = first + int(np.ceil(RECAP_FADE_SECONDS * video.fps)) + 1
    frames = video.frames([shown, last])
    for index in (shown, last):
        for mobject in (scene.recap, *scene.part("counter_done")):
            box = video.pixel_box(mobject, 1.0)
            assert len(bright_pixels(frames[index], box, contrast=40.0)) >= 30, (index, mobject)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_turn_text_is_full_size_and_the_recap_moves(lang, rendered_video):
    """The middle column's text while the loss turns is at the notes' size, unshrunk
    (its ink at least ``LEAST_TEXT_PX`` high per line); in the recap each whole-turn share
    is outlined as the subtitle names it: before the closing still no run of decoded
    frames showing the same picture lasts over ``LONGEST_STILL`` s."""
    from tests.test_frames_ols_ridge import LONGEST_STILL, STILL_LEVEL, STILL_PIXELS

    video = rendered_video(L1Tangency, lang)
    scene = video.scene
    words = scene.explain_turn
    alone = pieces.label(words.original_text, theme.SMALL_SIZE)
    assert words.height == pytest.approx(alone.height, rel=1e-3)
    index = video.changing("turn")[0][1]
    frame = video.frames([index])[index]
    lines = words.original_text.count("\n") + 1
    ink = ink_height_px(frame, video, words) * 480 / video.timeline["pixel_size"][1]
    assert ink / lines >= LEAST_TEXT_PX, (ink, lines)
    first, last = video.beat("sbs_recap")
    closing = int(np.ceil(CLOSING_STILL_SECONDS * video.fps)) + 2
    still_runs(video.frames(range(first, last + 1 - closing)).items(), video.fps,
               level=STILL_LEVEL, allowed=STILL_PIXELS, limit=LONGEST_STILL)


@pytest.mark.parametrize("scene_class", [L1Tangency, UserNumbers, WideUserNumbers,
                                         InsideBoth, InsideCircle],
                         ids=lambda c: c.__name__)
def test_the_words_hold_for_the_numbers(scene_class):
    """Each beat and middle text is chosen from mathcore's numbers for these c, A, t (no
    sentence of the default story is kept where it would be false): "grow out from c"
    unless c is inside both balls; the corner's beat (and its zoom) only for an L1 optimum
    on a corner with the L2 optimum on the round edge, without a 0; "L1 waits on corners
    most of the time" only for a zero share over a half with the L2 optimum on the circle
    (then all turn long: the circle is the same at every angle); the corner's recap only
    when L1 had an exact 0 for some stretch and L2 stayed on the circle."""
    scene = scene_class()
    scene.setup()
    scene.solve_problem()
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    l1, l2 = (solve_constrained(loss, norm, scene.radius) for norm in NORMS)
    orbit = LossOrbit(loss, clockwise=True)
    share = zero_share(orbit, "l1", scene.radius).share
    on_circle = np.linalg.norm(loss.center) > scene.radius
    # the L2 optimum's face is the same at every angle of the turn (checked at 12)
    assert {orbit.solution_at("l2", scene.radius, s).face == "boundary"
            for s in np.linspace(0.0, 1.0, 12)} == {on_circle}
    corner = l1.face == "vertex" and on_circle and not l2.zeros
    assert scene.story == {
        "grow": "sbs_grow_inside" if l1.face == l2.face == "interior" else "sbs_grow",
        "touch": "sbs_touch_corner" if corner else "sbs_touch",
        "turn": "sbs_turn_stick" if share > 0.5 and on_circle else "sbs_turn",
        "turn_text": "sbs_turn" if share > 0.5 else "sbs_turn_follow",
        "recap": f"sbs_recap_{scene.focus or 'pair'}" if share > 0.0 and on_circle
        else "sbs_recap_even"}


def test_c_inside_both_balls_is_said_and_drawn(rendered_video):
    """c inside both balls: no contour grows (the level stays 0), both optima are c (the
    markers on c, the notes say so), the family's numbers sit inside the balls, clear of
    their edges, and are drawn; during the turn both optima follow c (check_turn) and the
    recap gives mathcore's shares without the corner's story."""
    video = rendered_video(InsideBoth)
    scene = video.scene
    assert [b["name"] for b in video.timeline["beats"]] == [
        "sbs_balls", "sbs_problem", "sbs_grow_inside", "sbs_touch", "sbs_turn", "sbs_recap"]
    first, last = video.beat("sbs_grow_inside")
    assert {video.value("level", i) for i in range(first, last + 1)} == {0.0}
    for side in scene.sides.values():
        assert side["zero_note"].original_text == text("sbs_inside")
    assert scene.recap.original_text == text("sbs_recap_even", l1="0", l2="0")
    assert scene.explain_turn.original_text == text("sbs_turn_follow")
    check_basics(video)
    counts = check_level_tags(video)
    check_touch(video)
    check_turn(video)
    check_turn_shows_the_turn_only(video)
    assert min(counts.values()) >= 2
