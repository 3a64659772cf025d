"""Frame tests of scenes/ball3d.py: the optimum drawn where the camera's projection puts
mathcore's optimum, on every checked frame of every story, while the camera turns (and,
for a contact with no zero, orbits), and moving through the hold after it appears (the
camera drifts); the touched vertex, edge or face of the octahedron highlighted on those
frames, the face seen as a face (its projected triangle wide, its area filled) from the
first frame it is drawn on and not drawn while it is seen edge on; the axes named at
their ends (each name where the camera draws its axis's end, a gap beyond it along the
axis, at least 14 px tall, in the text colour on its backing, and clear of every other
text on every frame) and by the triad (arrows along the camera's picture of the axes, in
the axes' neutral colour, names in the text colour where the scene put them, at least 14
px tall, apart, and no body in the triad's box); no beat holds still before its closing
picture, nor longer than its closing second (but for eased ends of camera moves); the
share of vertex, edge and face optima shown beside the octahedron alone, never beside
the sphere, its digits at least 14 px tall, its rows coming in one at a time with the
vertices, the edges and the faces they count drawn on the octahedron in the rows'
colours."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from mathcore.octahedron_share import KINDS, octahedron_face_shares
from scenes import pieces, theme
from scenes.ball3d import (
    AXIS_COLOR,
    AXIS_END,
    DRAW_SECONDS,
    END_GAP,
    GHOST_OPACITY,
    HOLD_SECONDS,
    NAME_COLOR,
    ORBIT_SECONDS,
    RADIUS,
    ROW_HOLD,
    ROW_IN,
    ROW_SECONDS,
    SHARE_SAMPLES,
    SHARE_SECONDS,
    SHARE_SEED,
    STORIES,
    SWING_SECONDS,
    TOUCH_WIDTH,
    TRIAD_ORIGIN,
    TRIAD_TIP,
    VERTEX_RING,
    BallsIn3D,
    note_text,
    share_opacities,
    silhouette_theta,
)
from scenes.base import STILL_SECONDS
from scenes.pieces import optimum_color
from scenes.strings import text
from tests.frames import (
    MarkerCheck,
    bright_pixels,
    check_basics,
    classify,
    color_mask,
    decoded,
    marker_position,
    pixel_centres,
    rgb,
    spread,
    still_runs,
)

pytestmark = pytest.mark.slow


#: A drawn highlight pixel: bright and grey (the text colour), found within this many
#: pixels of where the touched vertex's ring or the touched edge projects.
TOUCH_LUMA, TOUCH_SEARCH_PX = 200.0, 2
#: Luma of a pixel: the weights of the video's brightness (BT.601).
LUMA = np.array([0.299, 0.587, 0.114])


def touched_points(video, frame: int, beta: np.ndarray) -> np.ndarray:
    """Pixels where the touched part of the octahedron is drawn at ``frame``: points on
    the ring round a vertex, or along each side of the touched edge or face (the
    vertices ``RADIUS sign(beta_i) e_i`` of the optimum's non-zero coefficients), away
    from the optimum's dot and the sides' ends."""
    support = np.flatnonzero(beta)
    corners = video.to_pixels("space", frame, [RADIUS * np.sign(beta[i]) * np.eye(3)[i]
                                               for i in support])
    if len(corners) == 1:
        angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
        radius = video.screen_px(VERTEX_RING * theme.DOT_RADIUS)
        return corners[0] + radius * np.column_stack([np.cos(angles), np.sin(angles)])
    sides = [(corners[i], corners[(i + 1) % len(corners)])
             for i in range(len(corners) if len(corners) == 3 else 1)]
    dot = video.to_pixels("space", frame, beta)[0]
    points = np.array([a + t * (b - a) for a, b in sides for t in np.linspace(0.15, 0.85, 8)])
    return points[np.linalg.norm(points - dot, axis=1) > 2 * video.dot_radius_px]


def highlighted_share(video, frame: int, pixels: np.ndarray, beta: np.ndarray) -> float:
    """The share of ``touched_points`` with a highlight pixel (bright and grey) next to
    them."""
    pixels = pixels.astype(float)
    bright = (pixels @ LUMA > TOUCH_LUMA) & (np.ptp(pixels, axis=2) < 40)
    near = TOUCH_SEARCH_PX + int(np.ceil(video.half_stroke_px(TOUCH_WIDTH)))
    hits = [bright[max(y - near, 0):y + near + 1, max(x - near, 0):x + near + 1].any()
            for x, y in np.round(touched_points(video, frame, beta)).astype(int)]
    return float(np.mean(hits))


def check_touched(video, frame: int, pixels: np.ndarray, beta: np.ndarray) -> float:
    """The share of ``touched_points`` with a highlight pixel next to them (all of them)."""
    share = highlighted_share(video, frame, pixels, beta)
    assert share == 1.0, (f"the touched part of the octahedron at {beta} is not highlighted "
                          f"at frame {frame} ({video.time(frame):.2f} s): {share:.0%} drawn")
    return share


def check_ball3d(video) -> dict:
    """In every story, on frames from the contact's appearance through the turn (and the
    orbit): the optimum's dot at mathcore's projected optimum; on the octahedron, on the
    frames where the scene has drawn it whole (tracker ``touched`` at 1), the touched
    vertex, edge or face highlighted; and the hold right after the contact appears is not
    still: from its first to its last frame the camera drifts and the drawn optimum moves
    with it."""
    stories = video.timeline["trackers"]["story"]
    drawn = video.timeline["trackers"]["touched"]
    summary = {}
    hold = round(HOLD_SECONDS * video.fps) - 1
    for index, (norm, center, matrix) in enumerate(STORIES):
        solution = solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS)
        frames = [k for k, value in enumerate(stories) if value == index]
        whole = [k for k in frames if drawn[k] == 1.0]
        assert bool(whole) == (norm == "l1"), f"{solution.face}: touched part drawn {whole}"
        check = MarkerCheck(f"{solution.face} optimum")
        # a contact with no zero orbits further: checked more often
        count = 10 if np.all(solution.beta != 0) else 6
        picks = sorted({*spread([(frames[0], frames[-1])], count, 0), frames[0] + hold,
                        *(spread([(whole[0], whole[-1])], 3, 0) if whole else [])})
        for k, frame in video.frames(picks).items():
            expected = video.to_pixels("space", k, solution.beta)[0]
            found = marker_position(frame, optimum_color(solution.beta), expected,
                                    video.dot_radius_px,
                                    [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR])
            check.add(k, expected, found, video)
            if k in whole:
                check_touched(video, k, frame, solution.beta)
        check.assert_within(video)
        check.assert_moves(video)  # the camera turns: the optimum moves on screen
        first, last = check.frames.index(frames[0]), check.frames.index(frames[0] + hold)
        drift = float(np.linalg.norm(check.found[last] - check.found[first]))
        expected_drift = float(np.linalg.norm(check.expected[last] - check.expected[first]))
        assert expected_drift >= 3.0 and drift >= 0.5 * expected_drift, (
            f"{solution.face}: the hold after the contact appears is still "
            f"(the optimum moves {drift:.1f} px, mathcore's {expected_drift:.1f} px)")
        summary[solution.face] = {**check.summary(video), "hold_drift_px": round(drift, 1),
                                  "highlight_checked": sum(k in whole for k in picks)}
    return summary


#: The triad's arrows: drawn along the camera's picture of their axes, within this angle.
TRIAD_ANGLE_DEG = 2.0
#: A name's box holds at least this share of pixels in its axis's colour.
NAME_SHARE = 0.05
#: The antialiased edge of the triad's arrows and names (pixels).
EDGE_PX = 2
#: A pixel is drawn when it is off the background by more than this (RGB levels: the
#: encoder bleeds a coloured line's chroma up to 15 levels into the background a few
#: pixels round it; a body's translucent fill is 50 or more off it).
DRAWN_LEVELS = 30.0
#: Colours that are not the names' (the glyph masks tell them apart).
BODY_COLORS = (theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR, theme.SOLUTION_COLOR,
               theme.ZERO_COLOR)


def triad_point(video, kind: str, axis: int, frame: int) -> np.ndarray:
    """The recorded screen point (pixels) of the triad's arrow tip or name centre."""
    point = [video.value(f"{kind}{axis}_x", frame), video.value(f"{kind}{axis}_y", frame), 0.0]
    return video.screen_to_pixels(np.array([point]))[0]


def check_triad(video) -> dict:
    """The axes are named by the triad.  On checked frames of every story (from the
    contact's appearance through the turn): each arrow points the way the camera draws
    its axis at the origin (the recorded projection), its tip drawn in the axes' colour
    where the scene put it, its name drawn in the text colour centred where the scene put
    it, at least ``LABEL_PX`` tall; and nothing but the triad drawn in the triad's box (no
    body, level set or optimum).  Each 3-D axis is given the arrows' colour (manim's 3-D
    shading lightens it along the axis, so the pixels are not compared).  On every frame
    of the video (the recorded places): no two names overlap, and no name lies on
    another's arrow."""
    scene = video.scene
    stories = video.timeline["trackers"]["story"]
    sizes = np.array([[video.screen_px(name.width), video.screen_px(name.height)]
                      for name in scene.axis_names])
    origin = video.screen_to_pixels(np.array([TRIAD_ORIGIN]))[0]
    others = [*BODY_COLORS, theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, AXIS_COLOR]
    for axis in scene.axes.axes:
        assert axis.get_color().to_hex().upper() == AXIS_COLOR.upper()
    worst = {"angle_deg": 0.0, "centre_error_px": 0.0, "name_height_px": np.inf}
    for index in range(len(STORIES)):
        frames = [k for k, value in enumerate(stories) if value == index]
        for k, frame in video.frames(spread([(frames[0], frames[-1])], 4, 0)).items():
            corners, tips, boxes = [origin], [], []
            for axis in range(3):
                tip = triad_point(video, "triad", axis, k)
                centre = triad_point(video, "name", axis, k)
                seen = np.diff(video.to_pixels("space", k, [np.zeros(3), 0.5 * np.eye(3)[axis]]),
                               axis=0)[0]
                drawn = tip - origin
                angle = np.degrees(abs(np.angle(complex(*drawn) / complex(*seen))))
                assert angle <= TRIAD_ANGLE_DEG, (
                    f"triad arrow {axis + 1} {angle:.1f} degrees off its axis at frame {k} "
                    f"({video.time(k):.2f} s)")
                worst["angle_deg"] = max(worst["angle_deg"], round(float(angle), 2))
                near = np.array([tip - 4, tip + 4])
                assert color_mask(frame, AXIS_COLOR, others, near).any(), (
                    f"triad arrow {axis + 1} not drawn at its tip {np.round(tip, 1)} px, "
                    f"frame {k} ({video.time(k):.2f} s)")
                box = np.array([centre - sizes[axis] / 2 - 2, centre + sizes[axis] / 2 + 2])
                glyphs = color_mask(frame, NAME_COLOR, others, box)
                # the arrow's own pixels (within its head's half width of the shaft) are
                # not the name's
                rows, columns = np.indices(glyphs.shape)
                pixels = np.stack([columns + 0.5, rows + 0.5], axis=-1) - origin
                along = np.clip(pixels @ drawn / (drawn @ drawn), 0.0, 1.0)
                off = np.linalg.norm(pixels - along[..., None] * drawn, axis=-1)
                glyphs &= off > video.screen_px(TRIAD_TIP) / 2 + 1
                (left, top), (right, bottom) = np.floor(box[0]), np.ceil(box[1])
                area = (right - left) * (bottom - top)
                assert glyphs.sum() >= NAME_SHARE * area, (
                    f"name of axis {axis + 1} not drawn at {np.round(centre, 1)} px, frame {k} "
                    f"({video.time(k):.2f} s): {glyphs.sum()} pixels")
                # the middle of the glyphs' extent (a subscript has less ink than the
                # letter: their mean lies left of the middle)
                ink = pixel_centres(glyphs)
                found = (ink.min(axis=0) + ink.max(axis=0)) / 2
                error = np.abs(found - centre)
                assert np.all(error <= sizes[axis] / 4), (
                    f"name of axis {axis + 1} drawn {np.round(error, 1)} px off its place at "
                    f"frame {k} ({video.time(k):.2f} s)")
                worst["centre_error_px"] = max(worst["centre_error_px"],
                                               round(float(error.max()), 2))
                # readable: the glyphs' rows (beta and its subscript) scaled to 480 rows
                height = (ink[:, 1].max() - ink[:, 1].min() + 1.0) * 480 / frame.shape[0]
                assert height >= LABEL_PX, (
                    f"name of axis {axis + 1} is {height:.1f} px tall at frame {k}")
                worst["name_height_px"] = min(worst["name_height_px"], round(float(height), 1))
                corners += [tip, centre - sizes[axis] / 2, centre + sizes[axis] / 2]
                tips.append(tip)
                boxes.append(np.array([centre - sizes[axis] / 2, centre + sizes[axis] / 2]))
            corners = np.array(corners)
            region = np.array([corners.min(axis=0) - 4, corners.max(axis=0) + 4])
            stray = stray_pixels(video, frame, region, tips, boxes)
            assert stray == 0, (f"{stray} pixels drawn in the triad's box, off the triad, at "
                                f"frame {k} ({video.time(k):.2f} s)")
    worst.update(check_names_apart(video, sizes))
    return worst


def stray_pixels(video, frame: np.ndarray, region: np.ndarray, tips: list[np.ndarray],
                 boxes: list[np.ndarray]) -> int:
    """How many pixels of the triad's box ``region`` are drawn (off the background by
    more than ``DRAWN_LEVELS``) outside the triad itself: its names' boxes and its arrows
    (within their heads' half width, and the antialiased edge, of the shafts)."""
    origin = video.screen_to_pixels(np.array([TRIAD_ORIGIN]))[0]
    (left, top), (right, bottom) = np.floor(region[0]).astype(int), np.ceil(region[1]).astype(int)
    rows, columns = np.mgrid[top:bottom, left:right]
    points = np.stack([columns + 0.5, rows + 0.5], axis=-1)
    triad = np.zeros(rows.shape, dtype=bool)
    for tip in tips:
        shaft = tip - origin
        along = np.clip((points - origin) @ shaft / (shaft @ shaft), 0.0, 1.0)
        off = np.linalg.norm(points - origin - along[..., None] * shaft, axis=-1)
        triad |= off <= video.screen_px(TRIAD_TIP) / 2 + EDGE_PX
    for low, high in boxes:
        triad |= np.all((points >= low - EDGE_PX) & (points <= high + EDGE_PX), axis=-1)
    pixels = frame[top:bottom, left:right].astype(float)
    drawn = np.abs(pixels - rgb(theme.BACKGROUND_COLOR)).max(axis=-1) > DRAWN_LEVELS
    return int((drawn & ~triad).sum())


def check_names_apart(video, sizes: np.ndarray) -> dict:
    """On every frame (the recorded places): the names' boxes apart, and no name's box
    over another axis's arrow (sampled along it)."""
    origin = video.screen_to_pixels(np.array([TRIAD_ORIGIN]))[0]
    closest = np.inf
    for k in range(video.frame_count):
        centres = [triad_point(video, "name", axis, k) for axis in range(3)]
        tips = [triad_point(video, "triad", axis, k) for axis in range(3)]
        for i in range(3):
            low, high = centres[i] - sizes[i] / 2, centres[i] + sizes[i] / 2
            for j in range(3):
                if j == i:
                    continue
                gap = np.abs(centres[i] - centres[j]) - (sizes[i] + sizes[j]) / 2
                assert gap.max() > 0, f"names {i + 1} and {j + 1} overlap at frame {k}"
                closest = min(closest, float(gap.max()))
                along = origin + np.linspace(0, 1, 20)[:, None] * (tips[j] - origin)
                assert not np.any(np.all((along >= low) & (along <= high), axis=1)), (
                    f"name {i + 1} over arrow {j + 1} at frame {k} ({video.time(k):.2f} s)")
    return {"closest_names_gap_px": round(closest, 1)}


#: Two decoded frames show the same picture when at most STILL_OUTLIERS of their 8 x 8
#: blocks' mean colours differ by more than STILL_LEVELS (RGB levels): the encoder's noise
#: on a still picture moves a block's mean by 3 levels, now and then one block's by a
#: little over 4; a turning camera moves tens of blocks by tens of levels.
STILL_BLOCK, STILL_LEVELS, STILL_OUTLIERS = 8, 4.0, 1
#: The longest still a beat may show before its closing picture: the eased ends of two
#: camera moves meeting (the hold after the contact appears drifts).
LONGEST_STILL_S = 0.5


def check_beats_move(video) -> dict:
    """Every beat moves until its closing picture (the run of frames like the one before
    them that ends it): before it, the picture never holds longer than
    ``LONGEST_STILL_S``; the closing picture holds at most ``STILL_SECONDS`` and an eased
    end (its subtitle needs no longer hold of a finished picture), but for the last beat,
    which ends the video on its answer; the sphere's orbit (both ways) moves for at least
    ``2 * ORBIT_SECONDS``."""
    pictures = still_runs(decoded(video.movie), video.fps, level=STILL_LEVELS,
                          allowed=STILL_OUTLIERS, block=STILL_BLOCK)
    assert pictures[-1][1] == video.frame_count - 1
    beats = video.timeline["beats"]
    summary = {"longest_still_s": 0.0, "longest_closing_s": 0.0}
    for number, beat in enumerate(beats):
        first, last = beat["first_frame"], beat["last_frame"]
        # the stretches of the beat's frames like the frame before them (first, last)
        runs = [(max(a + 1, first), min(b, last)) for a, b, _ in pictures
                if max(a + 1, first) <= min(b, last)]
        assert runs and runs[-1][1] == last, f"{beat['name']} does not end on a still picture"
        closing = runs.pop()
        longest = max(((b - a + 1) / video.fps for a, b in runs), default=0.0)
        assert longest <= LONGEST_STILL_S, (
            f"{beat['name']} holds still {longest:.2f} s before its closing picture: "
            f"{[(round(video.time(a), 2), round(video.time(b), 2)) for a, b in runs]}")
        # the closing picture: the frame before the run and the run
        seconds = (closing[1] - closing[0] + 2) / video.fps
        if number < len(beats) - 1:
            assert seconds <= STILL_SECONDS + LONGEST_STILL_S, (
                f"{beat['name']} ends on a still of {seconds:.2f} s")
            summary["longest_closing_s"] = max(summary["longest_closing_s"], round(seconds, 2))
        summary["longest_still_s"] = max(summary["longest_still_s"], round(longest, 2))
        if beat["name"] == "b3_boundary_turn":
            moving = (closing[0] - first - sum(b - a + 1 for a, b in runs)) / video.fps
            assert moving >= 2 * ORBIT_SECONDS, f"the sphere's orbit moves only {moving:.2f} s"
            summary["orbit_moving_s"] = round(moving, 2)
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


def test_the_stories_cover_every_face_of_the_octahedron_and_the_sphere():
    """A vertex (two zeros), an edge (one), a face (none: L1 gives zeros often, not always)
    and the sphere (none)."""
    faces = [(s.face, len(s.zeros)) for s in (
        solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS)
        for norm, center, matrix in STORIES)]
    assert faces == [("vertex", 2), ("edge", 1), ("face", 0), ("boundary", 0)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_note_names_the_zero_coefficients(lang):
    """The read-out names exactly mathcore's zero coefficients (beta_i by axis name)."""
    for norm, center, matrix in STORIES:
        solution = solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS)
        note = note_text(solution, lang)
        named = [i for i, key in enumerate(("β₁", "β₂", "β₃")) if key in note]
        assert named == list(solution.zeros), (note, solution.zeros)


def test_the_optimum_is_drawn_at_the_projected_optimum(rendered_video):
    """English only: the 3-D picture (camera, bodies, optimum) does not depend on the
    language, and its texts, fixed in the frame, are checked in both languages by
    test_layout_languages; a 3-D render is the slowest of all."""
    video = rendered_video(BallsIn3D)
    check_basics(video)
    check_ball3d(video)


def test_the_axes_are_named_by_the_triad(rendered_video):
    """beta_1, beta_2, beta_3 read: the triad's arrows turn with the camera, in the axes'
    colours, their names apart and no body in the triad's box (the same render)."""
    check_triad(rendered_video(BallsIn3D))


#: The name at an axis's end: its backing's box starts END_GAP beyond the end (across the
#: axis as the camera draws it there) and is centred on the axis's line, within this many
#: pixels (of the recorded projection); its glyphs' extent is centred where the scene put
#: it within as many.
END_PLACE_PX = 2.0
#: Inside a name's backing (but for its antialiased edge, ``EDGE_PX``), the pixels are
#: blends of the background and the name's colour: at most this many are drawn off that
#: blend (by more than ``DRAWN_LEVELS``: the encoder moves a glyph's edge pixels up to 29
#: levels off it; a body's translucent fill, an axis or a marker under or over the name
#: would move tens of them by 50 or more).
BACKING_STRAY = 2


def end_name_box(video, axis: int, frame: int) -> np.ndarray:
    """The pixel box of axis ``axis``'s name's backing at ``frame`` (its recorded centre)."""
    plate = video.scene.end_names[axis]
    centre = video.screen_to_pixels(np.array([[video.value(f"end{axis}_x", frame),
                                               video.value(f"end{axis}_y", frame), 0.0]]))[0]
    half = np.array([video.screen_px(plate.width), video.screen_px(plate.height)]) / 2
    return np.array([centre - half, centre + half])


def other_text_boxes(video) -> list[tuple[str, tuple[int, int], np.ndarray]]:
    """Every text of the video but the axes' names, as (name, frames (first, last) it may
    be on screen, pixel box): each story's title and read-out from its first beat through
    the next story's first beat (it fades out in that beat's swing), the share's title, panel
    and note through the share's beat (``scene.texts`` and ``pieces.title`` build them as
    the scene did)."""
    scene = video.scene
    last = video.frame_count - 1
    starts = [video.beat(f"b3_{solution.face}_grow") for _, _, solution in scene.solutions]
    texts = []
    for index, (_, _, solution) in enumerate(scene.solutions):
        until = starts[index + 1][1] if index + 1 < len(starts) else last
        title, (coords, note) = scene.texts(solution)
        texts += [(f"{solution.face} {name}", (starts[index][0], until),
                   video.pixel_box(mobject, margin_px=0.0))
                  for name, mobject in (("title", title), ("coords", coords), ("note", note))]
    share = video.beat("b3_share")[0]
    panel, note = scene.share_group
    title = pieces.title(text("b3_title_share", scene.lang))
    texts += [(name, (share, last), video.pixel_box(mobject, margin_px=0.0))
              for name, mobject in (("share title", title), ("share panel", panel),
                                    ("share note", note))]
    return texts


def box_gap(first: np.ndarray, second: np.ndarray) -> float:
    """How far apart two pixel boxes are (the larger of the gaps along x and y; negative
    when they overlap)."""
    return float(np.max(np.maximum(second[0] - first[1], first[0] - second[1])))


def check_end_places(video) -> dict:
    """On every frame (the recorded places and projection): each name's backing starts
    ``END_GAP`` beyond its axis's end (``AXIS_END``), across the axis as the camera draws
    it, centred on the axis's line; and it lies clear of every other text on screen then
    (``other_text_boxes``, the triad's names at their recorded places, the other axes'
    names)."""
    sizes = np.array([[video.screen_px(name.width), video.screen_px(name.height)]
                      for name in video.scene.axis_names])
    texts = other_text_boxes(video)
    gap_px = video.screen_px(END_GAP)
    worst = {"end_gap_error_px": 0.0, "end_off_line_px": 0.0, "end_clearance_px": np.inf}
    for k in range(video.frame_count):
        boxes = [end_name_box(video, axis, k) for axis in range(3)]
        for axis, box in enumerate(boxes):
            origin, end = video.to_pixels("space", k, [np.zeros(3), AXIS_END * np.eye(3)[axis]])
            unit = (end - origin) / np.linalg.norm(end - origin)
            corners = np.array([[x, y] for x in box[:, 0] for y in box[:, 1]])
            gap_error = abs(float(np.min((corners - end) @ unit)) - gap_px)
            centre = box.mean(axis=0) - end
            off_line = abs(float(centre[0] * unit[1] - centre[1] * unit[0]))
            assert gap_error <= END_PLACE_PX and off_line <= END_PLACE_PX, (
                f"name of axis {axis + 1} at frame {k} ({video.time(k):.2f} s): its box "
                f"starts {gap_error:.1f} px off {gap_px:.1f} px beyond the axis's end, "
                f"{off_line:.1f} px off the axis's line")
            worst["end_gap_error_px"] = max(worst["end_gap_error_px"], round(gap_error, 2))
            worst["end_off_line_px"] = max(worst["end_off_line_px"], round(off_line, 2))
            others = [(f"triad name {j + 1}", np.array([point - sizes[j] / 2,
                                                        point + sizes[j] / 2]))
                      for j, point in enumerate(triad_point(video, "name", j, k)
                                                for j in range(3))]
            others += [(f"end name {j + 1}", boxes[j]) for j in range(3) if j != axis]
            others += [(name, text_box) for name, (first, last), text_box in texts
                       if first <= k <= last]
            for name, text_box in others:
                clearance = box_gap(box, text_box)
                assert clearance > 0, (f"name of axis {axis + 1} over the {name} at frame {k} "
                                       f"({video.time(k):.2f} s)")
                worst["end_clearance_px"] = min(worst["end_clearance_px"], round(clearance, 1))
    return worst


def check_end_names(video) -> dict:
    """On three frames of every beat (the decoded video): each axis's name drawn in the
    text colour at the recorded place (its glyphs' extent centred there), at least
    ``LABEL_PX`` tall, and nothing but the name on its backing (no body, axis or other
    mark: readable over the bodies)."""
    scene = video.scene
    others = [*BODY_COLORS, theme.MUTED_TEXT_COLOR, AXIS_COLOR]
    worst = {"end_name_height_px": np.inf, "end_centre_error_px": 0.0,
             "backing_levels": 0.0, "backing_stray_px": 0}
    picks = sorted({k for beat in video.timeline["beats"]
                    for k in spread([(beat["first_frame"], beat["last_frame"])], 3, 0)})
    for k, frame in video.frames(picks).items():
        for axis in range(len(scene.end_names)):
            box = end_name_box(video, axis, k)
            centre = box.mean(axis=0)
            glyphs = color_mask(frame, NAME_COLOR, others, box)
            assert glyphs.sum() >= NAME_SHARE * np.prod(box[1] - box[0]), (
                f"name of axis {axis + 1} not drawn at {np.round(centre, 1)} px, frame {k} "
                f"({video.time(k):.2f} s): {glyphs.sum()} pixels")
            ink = pixel_centres(glyphs)
            error = float(np.abs((ink.min(axis=0) + ink.max(axis=0) + 1) / 2 - centre).max())
            assert error <= END_PLACE_PX, (f"name of axis {axis + 1} drawn {error:.1f} px off "
                                           f"its place at frame {k} ({video.time(k):.2f} s)")
            height = (ink[:, 1].max() - ink[:, 1].min() + 1.0) * 480 / frame.shape[0]
            assert height >= LABEL_PX, (
                f"name of axis {axis + 1} is {height:.1f} px tall at frame {k}")
            inner = np.array([box[0] + EDGE_PX, box[1] - EDGE_PX])
            (left, top), (right, bottom) = np.ceil(inner[0]).astype(int), inner[1].astype(int)
            levels = blend_offset(frame[top:bottom, left:right])
            stray = int((levels > DRAWN_LEVELS).sum())
            assert stray <= BACKING_STRAY, (
                f"something but the name drawn on axis {axis + 1}'s backing at frame {k} "
                f"({video.time(k):.2f} s): {stray} pixels up to {levels.max():.0f} levels "
                "off its blend")
            worst["end_name_height_px"] = min(worst["end_name_height_px"], round(height, 1))
            worst["end_centre_error_px"] = max(worst["end_centre_error_px"], round(error, 2))
            worst["backing_levels"] = max(worst["backing_levels"], round(levels.max(), 1))
            worst["backing_stray_px"] = max(worst["backing_stray_px"], stray)
    return {"frames": len(picks), **worst}


def blend_offset(pixels: np.ndarray) -> np.ndarray:
    """The distance (RGB levels) of each of ``pixels`` from the segment between the
    background and the names' colour (every blend of the two)."""
    base, span = rgb(theme.BACKGROUND_COLOR), rgb(NAME_COLOR) - rgb(theme.BACKGROUND_COLOR)
    offsets = pixels.reshape(-1, 3).astype(float) - base
    shares = np.clip(offsets @ span / (span @ span), 0.0, 1.0)
    return np.linalg.norm(offsets - shares[:, None] * span, axis=1)


def test_the_axes_are_named_at_their_ends(rendered_video):
    """beta_1, beta_2, beta_3 read at the axes' ends in every view: where the camera draws
    each end, readable on its backing, clear of every other text (the same render)."""
    video = rendered_video(BallsIn3D)
    check_end_places(video)
    check_end_names(video)


def test_every_beat_keeps_moving(rendered_video):
    """Each beat, with its own subtitle, moves until its closing picture, which holds
    about a second (the subtitle is read while the picture it describes is shown); the
    L2 beat shows the contact from further round, slowly (and check_ball3d finds the
    optimum at mathcore's projected optimum on frames through the orbit)."""
    check_beats_move(rendered_video(BallsIn3D))


#: A pixel of the touched face's fill is at least this light (luma: the octahedron's own
#: translucent orange, under the faint level set, is about 90; the fill lifts it above 160).
FACE_FILL_LUMA = 120.0
#: The touched face is seen as a face from the first frame it is drawn on: its projected
#: triangle's area, over its longest side squared, is at least a quarter of what it is seen
#: face on (an equilateral triangle: sqrt(3) / 4; seen edge on: 0).
FACE_FATNESS = np.sqrt(3) / 16
#: Once drawn whole, the face's fill covers its projected triangle: light pixels inside it
#: number at least this share of the triangle's area (pixels).
FACE_LIT_SHARE = 0.95


def face_story() -> tuple[int, np.ndarray]:
    """The index of the story whose optimum lies on a face, and that optimum."""
    for index, (norm, center, matrix) in enumerate(STORIES):
        solution = solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS)
        if solution.face == "face":
            return index, solution.beta
    raise AssertionError("no story touches a face")


def triangle_area(corners: np.ndarray) -> float:
    """The area of the triangle with vertices ``corners`` (3, 2)."""
    (ax, ay), (bx, by), (cx, cy) = corners
    return 0.5 * abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax))


def inside_triangle(corners: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """The pixels whose centres lie inside the triangle ``corners`` (pixels)."""
    rows, columns = np.indices(shape)
    x, y = columns + 0.5, rows + 0.5
    sides = [(bx - ax) * (y - ay) - (by - ay) * (x - ax)
             for (ax, ay), (bx, by) in zip(corners, np.roll(corners, -1, axis=0), strict=True)]
    return np.all(np.array(sides) > 0, axis=0) | np.all(np.array(sides) < 0, axis=0)


def check_face_seen(video) -> dict:
    """The touched face is drawn only while the camera turns aside (in ``b3_face_turn``),
    and seen as a face from the first frame it is drawn on (tracker ``touched`` above 0):
    its projected triangle (the corners ``RADIUS sign(beta_i) e_i`` at the frame's
    recorded projection) at least ``FACE_FATNESS`` wide; once drawn whole, the light
    pixels of the decoded frame inside the triangle number at least ``FACE_LIT_SHARE`` of
    its area (its fill covers it); seen edge on, in ``b3_face_touch``, no side of it is
    highlighted."""
    index, beta = face_story()
    stories, drawn = (video.timeline["trackers"][name] for name in ("story", "touched"))
    corners = RADIUS * np.sign(beta)[:, None] * np.eye(3)
    frames = [k for k, value in enumerate(stories) if value == index and drawn[k] > 0]
    turn = video.beat("b3_face_turn")
    assert frames and frames[0] >= turn[0], f"the face drawn before the turn: {frames[:1]}"
    fatness = {}
    for k in frames:
        pixels = video.to_pixels("space", k, corners)
        sides = np.linalg.norm(pixels - np.roll(pixels, 1, axis=0), axis=1)
        fatness[k] = triangle_area(pixels) / sides.max() ** 2
    thinnest = min(fatness, key=fatness.get)
    assert fatness[thinnest] >= FACE_FATNESS, (
        f"the touched face is drawn seen nearly edge on at frame {thinnest} "
        f"({video.time(thinnest):.2f} s): area / side^2 {fatness[thinnest]:.3f}")
    whole = [k for k in frames if drawn[k] == 1.0]
    covered = []
    for k, frame in video.frames(spread([(whole[0], whole[-1])], 6, 0)).items():
        pixels = video.to_pixels("space", k, corners)
        lit = (frame.astype(float) @ LUMA >= FACE_FILL_LUMA) & inside_triangle(
            pixels, frame.shape[:2])
        covered.append(lit.sum() / triangle_area(pixels))
        assert covered[-1] >= FACE_LIT_SHARE, (
            f"the touched face's fill covers {covered[-1]:.0%} of its "
            f"{triangle_area(pixels):.0f} px at frame {k} ({video.time(k):.2f} s)")
    first, last = video.beat("b3_face_touch")
    for k, frame in video.frames(spread([(first, last)], 3)).items():
        share = highlighted_share(video, k, frame, beta)
        assert drawn[k] == 0 and share == 0, (
            f"the touched face is highlighted while seen edge on at frame {k} "
            f"({video.time(k):.2f} s): {share:.0%} of its sides")
    return {"face_fatness_min": round(fatness[thinnest], 3),
            "face_area_px_min": round(min(triangle_area(video.to_pixels("space", k, corners))
                                          for k in whole)),
            "face_covered_min": round(min(covered), 3)}


#: With the share, only the octahedron is drawn: the pixels in the sphere's or the level
#: set's colour number at most this share of those on the sphere's last picture (the axes'
#: antialiased crossings with the octahedron's orange fit them now and then), and the
#: octahedron's at least this share of those on the first story's last picture.
SHARE_ALONE, OCTAHEDRON_SHOWN = 0.01, 0.5


def body_pixels(frame: np.ndarray) -> np.ndarray:
    """How many pixels of ``frame`` are drawn in the octahedron's, the sphere's and the
    level set's colours (against the axes' and the texts' colours)."""
    palette = [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR, AXIS_COLOR,
               theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.ZERO_COLOR, theme.SOLUTION_COLOR]
    classes = classify(frame, palette)
    return np.array([(classes == k).sum() for k in range(3)])


def share_frame(video, clock: float) -> int:
    """The frame of b3_share whose recorded ``share_clock`` is nearest ``clock`` (s)."""
    first, last = video.beat("b3_share")
    frames = np.arange(first, last + 1)
    clocks = np.array([video.value("share_clock", k) for k in frames])
    return int(frames[np.argmin(np.abs(clocks - clock))])


def axis_pixels(video, frame: int) -> np.ndarray:
    """Points (pixels) along the three axes at ``frame``'s recorded projection."""
    steps = np.linspace(0.0, 1.0, 200)[:, None]
    return np.concatenate([video.to_pixels("space", frame, np.eye(3)[i] * (
        AXIS_END * (2 * steps - 1))) for i in range(3)])


def check_share_panel(video) -> dict:
    """b3_share: the measured share (mathcore) reads mathcore's percentages; from the
    moment the sphere's story has faded out (the swing): only the octahedron is drawn (no
    sphere, no level set), no body in the panel's or its note's box and no axis through
    them (the recorded projection); once all in (``share_clock`` at its end) each row's
    text is drawn in its colour (green: a zero, yellow: none) where the scene put it, and
    under the rows, muted, that the shares depend on how the losses are drawn.  In
    the sphere's beats no text of the share is drawn in the panel's box."""
    scene = video.scene
    shares = octahedron_face_shares(SHARE_SAMPLES, SHARE_SEED, RADIUS)
    panel, note = scene.share_group
    _head, rows, depends = panel
    assert depends.original_text == text("b3_share_depends", scene.lang)
    for kind, row in zip(KINDS, rows, strict=True):
        assert row.text.replace(" ", "").endswith(f"{100 * shares.shares[kind]:.1f}%"), row.text
    first, last = video.beat("b3_share")
    alone = first + int(np.ceil(SWING_SECONDS * video.fps)) + 1
    drawn = first + int(np.ceil((SWING_SECONDS + DRAW_SECONDS) * video.fps))
    shown = share_frame(video, SHARE_SECONDS)
    assert video.value("share_clock", shown) == SHARE_SECONDS
    references = [video.beat(name)[1] for name in ("b3_boundary_turn", "b3_vertex_turn")]
    sphere, octahedron = (body_pixels(frame) for frame in video.frames(references).values())
    boxes = [video.pixel_box(group, margin_px=3.0) for group in (panel, note)]
    # the octahedron's orange and the axes' grey are in the palette only to take the
    # antialiased edges of the yellow, green and grey glyphs, which fit them best
    absorbers = [AXIS_COLOR, theme.L1_COLOR]
    intruders = [theme.L2_COLOR, theme.LOSS_COLOR]
    texts = [theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.ZERO_COLOR, theme.SOLUTION_COLOR]
    palette = [*texts, *absorbers, *intruders]
    summary = {"panel_stray_px": 0, "sphere_or_level_px": 0,
               "sphere_reference_px": int(sphere[1:].sum())}
    picks = spread([(alone, last)], 6, 0)
    assert sum(k >= shown for k in picks) >= 2 and sum(k < shown for k in picks) >= 2
    for k, frame in video.frames(picks).items():
        for row, kind in zip(rows if k >= shown else [], KINDS, strict=False):
            color = theme.SOLUTION_COLOR if kind == "face" else theme.ZERO_COLOR
            box = video.pixel_box(row, margin_px=0.0)
            ink = color_mask(frame, color, palette, box).sum()
            assert ink >= 0.04 * np.prod(box[1] - box[0]), (
                f"share row {kind} not drawn at frame {k} ({video.time(k):.2f} s): {ink} px")
        if k >= shown:  # under the rows: that the shares depend on how losses are drawn
            box = video.pixel_box(depends, margin_px=0.0)  # (no body there: checked below)
            ink = len(bright_pixels(frame, box, contrast=40.0))
            assert ink >= 0.04 * np.prod(box[1] - box[0]), (
                f"the shares' dependence not drawn at frame {k}: {ink} px")
        for box in boxes:
            classes = classify(frame, palette, box)
            stray = int((classes >= len(palette) - len(intruders)).sum())
            summary["panel_stray_px"] = max(summary["panel_stray_px"], stray)
            assert stray <= 4, (f"{stray} pixels of a body in the share's box "
                                f"{np.round(box)} at frame {k} ({video.time(k):.2f} s)")
            axis = axis_pixels(video, k)
            assert not np.any(np.all((axis >= box[0]) & (axis <= box[1]), axis=1)), (
                f"an axis runs through the share's box at frame {k} ({video.time(k):.2f} s)")
        bodies = body_pixels(frame)
        summary["sphere_or_level_px"] = max(summary["sphere_or_level_px"], int(bodies[1:].sum()))
        assert bodies[1:].sum() <= SHARE_ALONE * sphere[1:].sum(), (
            f"the share is shown beside {bodies[1:]} pixels of the sphere and a level set at "
            f"frame {k} ({video.time(k):.2f} s)")
        # (while a row's parts are drawn over it, the octahedron is not all orange)
        bare = not any(share_opacities(video.value("share_clock", k))[1])
        assert k < drawn or not bare or bodies[0] >= OCTAHEDRON_SHOWN * octahedron[0], (
            f"the share is shown beside {bodies[0]} pixels of the octahedron at frame {k} "
            f"({video.time(k):.2f} s), {octahedron[0]} in the first story")
    for begin, end in video.beats("b3_boundary"):
        for k, frame in video.frames(spread([(begin, end)], 3)).items():
            classes = classify(frame, palette, boxes[0])
            share_text = int(np.isin(classes, [0, 2, 3]).sum())
            assert share_text <= 4, (f"{share_text} pixels of the share's text beside the "
                                     f"sphere at frame {k} ({video.time(k):.2f} s)")
    return summary


#: The share's digits (its head's and its note's) are at least this tall (px at 480p).
LABEL_PX = 14.0


def check_share_digits(video) -> dict:
    """On the last frame, the first glyph of the share's head and of its note (a digit:
    the number of losses, the "95" of the intervals) is drawn at least ``LABEL_PX`` tall
    (its bright pixels' rows, scaled to 480 rows)."""
    (head, _rows, _depends), note = video.scene.share_group
    last = video.frame_count - 1
    frame = video.frames([last])[last]
    heights = {}
    for name, glyph in (("head", head[0]), ("note", note[0])):
        drawn = bright_pixels(frame, video.pixel_box(glyph, margin_px=1.0), contrast=60.0)
        assert len(drawn) > 10, f"the share's {name} is not drawn"
        height = float(drawn[:, 1].max() - drawn[:, 1].min() + 1.0)
        heights[f"{name}_digit_px"] = round(height * 480 / frame.shape[0], 1)
        assert heights[f"{name}_digit_px"] >= LABEL_PX, heights
    return heights


#: A row's parts are drawn: a green pixel (the zero's colour) within the parts' half
#: stroke and this many pixels of ``ROW_PART_SHARE`` of the points sampled on the rings and
#: along the edges; parts not (yet, or no longer) drawn leave at most ``ROW_NOT_SHARE`` of
#: them green.
ROW_PART_SHARE, ROW_NOT_SHARE = 0.95, 0.1
#: The faces' yellow fill lifts green over blue at the faces' centres (the yellow's G - B
#: is 134 levels, the orange's 100; manim's light adds the same to R, G and B, so the
#: shading of a face does not change it), against the bare octahedron at the beat's end,
#: by at least this many levels (on average); with no fill, by at most
#: ``FACE_BARE_LEVELS``.
FACE_FILL_LEVELS, FACE_BARE_LEVELS = 20.0, 8.0


def segment_distance(points: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The distance of each of ``points`` from the segment ``start``-``end`` (pixels)."""
    along = np.clip((points - start) @ (end - start) / max((end - start) @ (end - start),
                                                           1e-9), 0.0, 1.0)
    return np.linalg.norm(points - start - along[:, None] * (end - start), axis=1)


def part_points(video, frame: int) -> dict[str, np.ndarray]:
    """Pixels sampled at ``frame`` on the share's parts: 16 points on each vertex's ring
    and points along each edge (vertices not opposite), each kept only clear of the other
    part (a ring crosses the edges at its vertex; an edge seen foreshortened runs into its
    ends' rings); each face's centre."""
    vertices = RADIUS * np.concatenate([np.eye(3), -np.eye(3)])
    corners = video.to_pixels("space", frame, vertices)
    angles = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    radius = video.screen_px(VERTEX_RING * theme.DOT_RADIUS)
    clear = 2 * (TOUCH_SEARCH_PX + video.half_stroke_px(TOUCH_WIDTH))
    rings = np.concatenate([c + radius * np.column_stack([np.cos(angles), np.sin(angles)])
                            for c in corners])
    pairs = [(i, j) for i, j in itertools.combinations(range(6), 2) if i % 3 != j % 3]
    edges = np.array([corners[i] + t * (corners[j] - corners[i]) for i, j in pairs
                      for t in np.linspace(0.1, 0.9, 17)])
    rings = rings[np.min([segment_distance(rings, corners[i], corners[j])
                          for i, j in pairs], axis=0) > clear]
    edges = edges[np.min(np.linalg.norm(edges[:, None] - corners[None], axis=2), axis=1)
                  > radius + clear]
    assert len(rings) >= 24 and len(edges) >= 60, (len(rings), len(edges))
    centres = video.to_pixels("space", frame, [RADIUS * np.array(signs) / 3 for signs in
                                               itertools.product((1, -1), repeat=3)])
    return {"vertex": rings, "edge": edges, "face": centres}


def green_share(video, frame: np.ndarray, points: np.ndarray) -> float:
    """The share of ``points`` with a pixel of the zero's green next to them."""
    palette = [theme.L1_COLOR, theme.SOLUTION_COLOR, theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR,
               AXIS_COLOR]
    near = TOUCH_SEARCH_PX + int(np.ceil(video.half_stroke_px(TOUCH_WIDTH)))
    green = color_mask(frame, theme.ZERO_COLOR, palette)
    return float(np.mean([green[max(y - near, 0):y + near + 1, max(x - near, 0):x + near + 1].any()
                          for x, y in np.round(points).astype(int)]))


def green_channel(frame: np.ndarray, points: np.ndarray) -> float:
    """The mean of green less blue over the 3 x 3 pixels round ``points``."""
    pixels = frame.astype(float)
    return float(np.mean([(pixels[y - 1:y + 2, x - 1:x + 2, 1]
                           - pixels[y - 1:y + 2, x - 1:x + 2, 2]).mean()
                          for x, y in np.round(points).astype(int)]))


def check_share_rows(video) -> dict:
    """b3_share's rows come in one at a time (``share_clock``): in the middle of row k's
    hold, rows 0..k are drawn in their colours and the later ones not yet; and the parts
    of the octahedron row k counts are drawn, no other: the six vertices ringed in green
    (vertex), the twelve edges in green (edge), the eight faces filled in yellow (face),
    at mathcore's vertices (``RADIUS e_i``) as the recorded projection puts them."""
    (_head, rows, _depends), _note = video.scene.share_group
    last = video.frame_count - 1
    bare = video.frames([last])[last]
    bare_green = green_channel(bare, part_points(video, last)["face"])
    palette = [theme.ZERO_COLOR, theme.SOLUTION_COLOR, theme.TEXT_COLOR,
               theme.MUTED_TEXT_COLOR, theme.L1_COLOR, AXIS_COLOR]
    summary = {}
    for k, kind in enumerate(KINDS):
        index = share_frame(video, k * ROW_SECONDS + ROW_IN + ROW_HOLD / 2)
        frame = video.frames([index])[index]
        rows_drawn = []
        for j, (row, row_kind) in enumerate(zip(rows, KINDS, strict=True)):
            color = theme.SOLUTION_COLOR if row_kind == "face" else theme.ZERO_COLOR
            box = video.pixel_box(row, margin_px=0.0)
            ink = int(color_mask(frame, color, palette, box).sum())
            rows_drawn.append(ink)
            assert (ink >= 0.04 * np.prod(box[1] - box[0])) == (j <= k), (
                f"share row {row_kind} at frame {index} ({video.time(index):.2f} s), "
                f"row {kind}'s hold: {ink} px")
        points = part_points(video, index)
        shares = {part: green_share(video, frame, points[part]) for part in ("vertex", "edge")}
        lift = green_channel(frame, points["face"]) - bare_green
        for part in ("vertex", "edge"):
            if part == kind:
                assert shares[part] >= ROW_PART_SHARE, (kind, shares)
            else:
                assert shares[part] <= ROW_NOT_SHARE, (kind, shares)
        assert (lift >= FACE_FILL_LEVELS) if kind == "face" else (lift <= FACE_BARE_LEVELS), (
            f"the faces' green lift is {lift:.1f} in row {kind}'s hold")
        summary[kind] = {"frame": index, "green": {p: round(v, 2) for p, v in shares.items()},
                         "face_lift": round(lift, 1), "row_ink": rows_drawn}
    return summary


def test_the_axes_wear_no_colour_of_the_key():
    """The axes and the triad's arrows are in the axes' grey, the names in the text
    colour: each at least 20 CIE76 units from the five colours of the key (L1, L2, the
    loss, an optimum, a zero)."""
    from tests.test_theme import lab

    assert AXIS_COLOR == theme.AXES_COLOR and NAME_COLOR == theme.TEXT_COLOR
    for color in (AXIS_COLOR, NAME_COLOR):
        for name, key in theme.COLOR_KEY:
            assert np.linalg.norm(lab(color) - lab(key)) >= 20, (color, name)


def test_the_face_and_the_share_are_drawn(rendered_video):
    """b3_face_turn draws the touched face once it is seen as a face and fills it;
    b3_share shows mathcore's 3-D share beside the octahedron alone, readable (the same
    render)."""
    video = rendered_video(BallsIn3D)
    assert GHOST_OPACITY >= 0.15  # the level set stays seen at the contact while turned
    check_face_seen(video)
    check_share_panel(video)
    check_share_rows(video)
    check_share_digits(video)
