"""Frame tests of scenes/ball3d.py: the optimum drawn where the camera's projection puts
mathcore's optimum, on every checked frame of every story, while the camera turns (and,
for a contact with no zero, orbits), and moving through the hold after it appears (the
camera drifts); the touched vertex, edge or face of the octahedron highlighted on those
frames; the axes named by the triad (arrows along the camera's picture of the axes, in
the axes' colours, names where the scene put them, apart, and no body in the triad's
box); the sphere's story never holds still before the closing picture (but for eased ends
of camera moves)."""

from __future__ import annotations

import av
import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from mathcore.octahedron_share import KINDS, octahedron_face_shares
from scenes import theme
from scenes.ball3d import (
    AXIS_COLORS,
    GHOST_OPACITY,
    HOLD_SECONDS,
    ORBIT_SECONDS,
    RADIUS,
    SHARE_SAMPLES,
    SHARE_SEED,
    STORIES,
    TOUCH_WIDTH,
    TRIAD_ORIGIN,
    TRIAD_TIP,
    VERTEX_RING,
    BallsIn3D,
    note_text,
    silhouette_theta,
)
from scenes.pieces import optimum_color
from tests.frames import (
    MarkerCheck,
    check_basics,
    classify,
    color_mask,
    marker_position,
    pixel_centres,
    rgb,
    spread,
)

pytestmark = pytest.mark.slow


#: A drawn highlight pixel: bright and grey (the text colour), found within this many
#: pixels of where the touched vertex's ring or the touched edge projects.
TOUCH_LUMA, TOUCH_SEARCH_PX = 200.0, 2


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


def check_touched(video, frame: int, pixels: np.ndarray, beta: np.ndarray) -> float:
    """The share of ``touched_points`` with a highlight pixel next to them (all of them)."""
    weights = np.array([0.299, 0.587, 0.114])
    pixels = pixels.astype(float)
    bright = (pixels @ weights > TOUCH_LUMA) & (np.ptp(pixels, axis=2) < 40)
    near = TOUCH_SEARCH_PX + int(np.ceil(video.half_stroke_px(TOUCH_WIDTH)))
    hits = [bright[max(y - near, 0):y + near + 1, max(x - near, 0):x + near + 1].any()
            for x, y in np.round(touched_points(video, frame, beta)).astype(int)]
    share = float(np.mean(hits))
    assert share == 1.0, (f"the touched part of the octahedron at {beta} is not highlighted "
                          f"at frame {frame} ({video.time(frame):.2f} s): {share:.0%} drawn")
    return share


def check_ball3d(video) -> dict:
    """In every story, on frames from the contact's appearance through the turn (and the
    orbit): the optimum's dot at mathcore's projected optimum; on the octahedron the
    touched vertex, edge or face highlighted; and the hold right after the contact
    appears is not still: from its first to its last frame the camera drifts and the
    drawn optimum moves with it."""
    stories = video.timeline["trackers"]["story"]
    summary = {}
    hold = round(HOLD_SECONDS * video.fps) - 1
    for index, (norm, center, matrix) in enumerate(STORIES):
        solution = solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS)
        frames = [k for k, value in enumerate(stories) if value == index]
        check = MarkerCheck(f"{solution.face} optimum")
        # a contact with no zero orbits further: checked more often
        count = 10 if np.all(solution.beta != 0) else 6
        picks = sorted({*spread([(frames[0], frames[-1])], count, 0), frames[0] + hold})
        for k, frame in video.frames(picks).items():
            expected = video.to_pixels("space", k, solution.beta)[0]
            found = marker_position(frame, optimum_color(solution.beta), expected,
                                    video.dot_radius_px,
                                    [theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR])
            check.add(k, expected, found, video)
            if norm == "l1":
                check_touched(video, k, frame, solution.beta)
        check.assert_within(video)
        check.assert_moves(video)  # the camera turns: the optimum moves on screen
        first, last = check.frames.index(frames[0]), check.frames.index(frames[0] + hold)
        drift = float(np.linalg.norm(check.found[last] - check.found[first]))
        expected_drift = float(np.linalg.norm(check.expected[last] - check.expected[first]))
        assert expected_drift >= 3.0 and drift >= 0.5 * expected_drift, (
            f"{solution.face}: the hold after the contact appears is still "
            f"(the optimum moves {drift:.1f} px, mathcore's {expected_drift:.1f} px)")
        summary[solution.face] = {**check.summary(video), "hold_drift_px": round(drift, 1)}
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
    its axis at the origin (the recorded projection), its tip drawn in the axis's colour
    where the scene put it, its name drawn in that colour centred where the scene put it;
    and nothing but the triad drawn in the triad's box (no body, level set or optimum).
    Each 3-D axis is given its arrow's colour (manim's 3-D shading lightens it along the
    axis, so the pixels are not compared).  On every frame of the video
    (the recorded places): no two names overlap, and no name lies on another's arrow."""
    scene = video.scene
    stories = video.timeline["trackers"]["story"]
    sizes = np.array([[video.screen_px(name.width), video.screen_px(name.height)]
                      for name in scene.axis_names])
    origin = video.screen_to_pixels(np.array([TRIAD_ORIGIN]))[0]
    others = [*BODY_COLORS, theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR]
    for axis, color in zip(scene.axes.axes, AXIS_COLORS, strict=True):
        assert axis.get_color().to_hex().upper() == color.upper()
    worst = {"angle_deg": 0.0, "centre_error_px": 0.0}
    for index in range(len(STORIES)):
        frames = [k for k, value in enumerate(stories) if value == index]
        for k, frame in video.frames(spread([(frames[0], frames[-1])], 4, 0)).items():
            corners, tips, boxes = [origin], [], []
            for axis, color in enumerate(AXIS_COLORS):
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
                assert color_mask(frame, color, others, near).any(), (
                    f"triad arrow {axis + 1} not drawn at its tip {np.round(tip, 1)} px, "
                    f"frame {k} ({video.time(k):.2f} s)")
                box = np.array([centre - sizes[axis] / 2 - 2, centre + sizes[axis] / 2 + 2])
                glyphs = color_mask(frame, color, others, box)
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


#: Two decoded frames show the same picture when no 8 x 8 block's mean colour differs by
#: more than this (RGB levels): the encoder's noise on a still picture moves a block's
#: mean by 3 levels at most, a turning camera by tens.
STILL_BLOCK, STILL_LEVELS = 8, 4.0
#: The longest still the sphere's story may show before its closing picture: the eased
#: ends of two camera moves meeting (the hold after the contact appears drifts).
LONGEST_STILL_S = 0.5


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


def test_the_sphere_story_keeps_moving(rendered_video):
    """The L2 beat shows the contact from further round, slowly: its frames change until
    the closing picture (and check_ball3d finds the optimum at mathcore's projected
    optimum on frames through the orbit)."""
    check_sphere_story_moves(rendered_video(BallsIn3D))


#: The touched face is filled: at the camera's widest turn in the face's story, the mean
#: luma round a point inside the face is at least this (the octahedron's own translucent
#: orange, under the faint level set, is about 90; the face's fill lifts it above 130).
FACE_FILL_LUMA = 120.0


def check_face_filled(video) -> float:
    """b3_face: at the frame of the camera's widest turn (the recorded azimuth furthest
    from the story's first), a point inside the touched face, away from the optimum, is
    drawn light (its fill), not just its outline."""
    index = next(k for k, (norm, center, matrix) in enumerate(STORIES)
                 if solve_constrained(QuadraticLoss.create(center, matrix), norm,
                                      RADIUS).face == "face")
    norm, center, matrix = STORIES[index]
    beta = solve_constrained(QuadraticLoss.create(center, matrix), norm, RADIUS).beta
    frames = [k for k, value in enumerate(video.timeline["trackers"]["story"]) if value == index]
    # the widest turn: the triad's beta_1 tip furthest from where it starts
    start = triad_point(video, "triad", 0, frames[0])
    widest = max(frames, key=lambda k: np.linalg.norm(triad_point(video, "triad", 0, k) - start))
    # a point of the face away from the optimum's dot: towards the corner of its
    # smallest coefficient from the centroid
    corner = RADIUS * np.sign(beta) * np.eye(3)[np.argmin(np.abs(beta))]
    inside = 0.6 * RADIUS * np.sign(beta) / 3 + 0.4 * corner
    x, y = np.round(video.to_pixels("space", widest, inside)[0]).astype(int)
    patch = video.frames([widest])[widest][y - 2:y + 3, x - 2:x + 3].astype(float)
    luma = float((patch @ np.array([0.299, 0.587, 0.114])).mean())
    assert luma >= FACE_FILL_LUMA, (f"the touched face is not filled at frame {widest} "
                                    f"({video.time(widest):.2f} s): luma {luma:.0f}")
    return luma


def check_share_panel(video) -> dict:
    """b3_boundary: the measured share (mathcore) reads mathcore's percentages; once faded
    in (the last quarter of the beat) each row's text is drawn in its colour (green: a
    zero, yellow: none) where the scene put it; and no body, level set or axis is drawn
    in the panel's box on frames from the middle of the beat (the orbit) to its end."""
    scene = video.scene
    shares = octahedron_face_shares(SHARE_SAMPLES, SHARE_SEED, RADIUS)
    panel = scene.share_group
    _head, rows, _note = panel
    for kind, row in zip(KINDS, rows, strict=True):
        assert row.text.replace(" ", "").endswith(f"{100 * shares.shares[kind]:.1f}%"), row.text
    first, last = video.beat("b3_boundary")
    box = video.screen_to_pixels(np.array([panel.get_corner([-1, 1, 0]),
                                           panel.get_corner([1, -1, 0])]))
    box = np.array([box[0] - 3, box[1] + 3])
    # what may reach the panel in this beat: the sphere, the level set and the two floor
    # axes (the beta_3 axis stands in the middle); the octahedron's orange and the
    # beta_3 axis's olive are in the palette only to take the antialiased edges of the
    # yellow and green glyphs, which fit them best
    absorbers = [AXIS_COLORS[2], theme.L1_COLOR]
    intruders = [theme.L2_COLOR, theme.LOSS_COLOR, AXIS_COLORS[0], AXIS_COLORS[1]]
    palette = [theme.TEXT_COLOR, theme.MUTED_TEXT_COLOR, theme.ZERO_COLOR,
               theme.SOLUTION_COLOR, *absorbers, *intruders]
    worst = 0
    shown = (first + 3 * last) // 4
    picks = spread([((first + last) // 2, last)], 4, 0)
    assert sum(k >= shown for k in picks) >= 2
    for k, frame in video.frames(picks).items():
        for row, kind in zip(rows if k >= shown else [], KINDS, strict=False):
            color = theme.SOLUTION_COLOR if kind == "face" else theme.ZERO_COLOR
            corners = video.screen_to_pixels(np.array([row.get_corner([-1, 1, 0]),
                                                       row.get_corner([1, -1, 0])]))
            ink = color_mask(frame, color, palette, corners).sum()
            area = np.prod(corners[1] - corners[0])
            assert ink >= 0.04 * area, (f"share row {kind} not drawn at frame {k} "
                                      f"({video.time(k):.2f} s): {ink} pixels")
        classes = classify(frame, palette, box)
        stray = int((classes >= len(palette) - len(intruders)).sum())
        worst = max(worst, stray)
        assert stray <= 4, (f"{stray} pixels of a body or axis in the share panel at frame "
                            f"{k} ({video.time(k):.2f} s)")
    return {"panel_stray_px": worst}


def test_the_face_and_the_share_are_drawn(rendered_video):
    """b3_face fills the touched face; b3_boundary shows mathcore's 3-D share (the same
    render)."""
    video = rendered_video(BallsIn3D)
    assert GHOST_OPACITY >= 0.15  # the level set stays seen at the contact while turned
    check_face_filled(video)
    check_share_panel(video)
