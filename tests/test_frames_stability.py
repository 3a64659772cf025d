"""Frame tests of scenes/stability.py: the shown correlation's two planes (at least 170 px
tall at 480p, their windows drawn), the minibatch optima, their contours over the full
data's dashed grey one, their own balls, the edge or corner each lasso optimum lies on,
the full data's balls, the clouds and the table of every correlation; one sentence in
the panel at a time (the beat's); the first minibatch within 5 s; then the 1-D picture of
the mechanism.

Every plane is checked in the decoded video against mathcore at the frame's recorded state.
While the full data alone is shown (from the first second): its ball is drawn in its norm's
colour exactly where mathcore puts it (every pixel of that colour on it, at least 95 % of
its outline in view drawn, less the star), and its optimum is a white star found within 2
px, with no yellow near it. While minibatches arrive one by one, in both planes at once: the
minibatch's own ball (through its optimum), its contour at its own level touching it there
and its optimum (within 2 px, green with an exact zero), the lasso plane drawing thick
exactly the flat edge of that diamond the optimum lies on (nothing thick for an optimum on
a corner); the shown correlation's changed-zeros cell and the panel's line name that
minibatch (the drawn text is the one with mathcore's count, not a neighbour's). Between two
minibatches the picture moves: in the middle of each move, the same checks at the blend of
the two minibatches' losses and mathcore's optimum for it. The minibatch's texts are gone
before the table comes (never both drawn). The rest of the clouds grow in over time, after
the full data's balls came back (held with the five optima shown: 95 % of each outline not
under a dot drawn; the panel says they are the full data's); once all 200 are in (at the
hold's last frame, the encoding settled: ``settled``), the planes have no tick marks,
and every minibatch optimum is drawn where it lies and nowhere else (in the raw frame;
but for the dots whose centre lies under the star, smaller now, drawn over the cloud),
every white pixel near the star lies on the star's outline and 90 % of that outline is
drawn, and the table's cells show mathcore's ratio, interval and count. A check that
cannot find what it looks for fails. The beats
follow mathcore: "jumps to a corner" only at the correlations where a shown minibatch has an
exact zero. After the clouds comes the 1-D picture of the mechanism (``check_mechanism``):
dots where ``mathcore.stability.orthogonal_mechanism`` puts the least-squares, ridge and
lasso fits, spreads in the ratio 1 + 2 lambda_2 : 1 : 1, the lasso's zone (in L1's colour)
from -lambda_1 to lambda_1 on the least-squares row with its label under it, no white text
beside a star, and at most two short lines of heading.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.spatial import cKDTree

from mathcore import QuadraticLoss, contour_shape, ellipse_points, norm_value
from mathcore.norms import norm_named
from mathcore.stability import (
    lasso_solution,
    minibatch_stability,
    orthogonal_mechanism,
    ridge_coefficient,
    ridge_solution,
)
from scenes import theme
from scenes.pieces import optimum_color
from scenes.stability import (
    BATCH_SECONDS,
    BATCH_SIZE,
    BATCHES,
    CLOUD_DOT,
    CLOUD_STAR_RIM,
    FACE_STROKE,
    FULL_DATA_COLOR,
    HELD_RIM,
    LIVE_ROW,
    MECH_COUNT,
    MECH_DOT,
    MECH_ROWS,
    MECH_STAR,
    REPLAY_LEGS,
    RHO_STEPS,
    SEED,
    SHOWN,
    SHOWN_ONE_BY_ONE,
    STAR_RADIUS,
    STAR_RIM,
    STAR_STROKE,
    TABLE_LINE,
    VALLEY_STROKE,
    ZEROS_COLUMN,
    ZONE_COLOR,
    ZONE_STROKE,
    MinibatchStability,
    ball_radius,
    batch_optima,
    corner_rhos,
    full_optimum,
    lasso_face,
    mech_full,
    plane_name,
    replay_pair,
    zero_coordinate,
)
from scenes.strings import reading_seconds, text
from tests.frames import (
    ANTIALIAS_PX,
    MARKER_TOLERANCE,
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    TextPainter,
    assert_near_polylines,
    bright_pixels,
    check_basics,
    color_mask,
    curve_gap_px,
    densify,
    luma,
    pixel_centres,
    region_pixels,
    rgb,
    tick_offsets_px,
)

pytestmark = pytest.mark.slow

DOT_COLORS = (theme.SOLUTION_COLOR, theme.ZERO_COLOR)
STAR_OTHERS = [theme.SOLUTION_COLOR, theme.ZERO_COLOR, theme.L1_COLOR, theme.L2_COLOR,
               theme.LOSS_COLOR, theme.MUTED_TEXT_COLOR, theme.AXES_COLOR]
#: The planes' least height at 480p (px), and their window's outline drawn along at least
#: this share of it.
PLANE_PX, WINDOW_DRAWN = 170.0, 0.9
WINDOW_CONTRAST = 30.0  # the window's grey outline (luma over the background; a ball's fill: 27)
#: The first minibatch is held by this time (s): the opening is short.
FIRST_BATCH_BY = 5.0
#: Share of a ball's outline in view (less what lies under the star or a dot) that must be
#: drawn in its colour.
BALL_DRAWN = 0.95


def star_reach(video) -> float:
    """How far (px) from its centre the star covers what lies under it: its tips, its
    dark rim beyond its white outline, and the antialiasing."""
    return video.screen_px(STAR_RADIUS) + video.half_stroke_px(STAR_RIM) + ANTIALIAS_PX


def star_centre(frame: np.ndarray, expected: np.ndarray, video) -> np.ndarray | None:
    """Centre of the hollow star near ``expected``: the mean of its outline's pixels (a
    regular star's outline is symmetric about its centre)."""
    reach = video.screen_px(STAR_RADIUS) + 2.0
    box = np.array([expected - reach, expected + reach])
    pixels = region_pixels(frame, FULL_DATA_COLOR, box, STAR_OTHERS)
    pixels = pixels[np.linalg.norm(pixels - expected, axis=1) <= reach]
    return pixels.mean(axis=0) if len(pixels) > 10 else None


def yellow_near(frame: np.ndarray, expected: np.ndarray, video) -> int:
    """Pixels of an optimum's yellow within the star's reach of ``expected``."""
    reach = video.screen_px(STAR_RADIUS) + 2.0
    box = np.array([expected - reach, expected + reach])
    pixels = region_pixels(frame, theme.SOLUTION_COLOR, box,
                           [FULL_DATA_COLOR, *STAR_OTHERS])
    return int((np.linalg.norm(pixels - expected, axis=1) <= reach).sum())


def check_star_outline(video, index: int, frame: np.ndarray, star, dots_px: np.ndarray
                       ) -> dict:
    """The star over a cloud: every white pixel within its reach lies on its outline as
    the scene drew it (within half its stroke and the antialiasing), but for the pale rims
    of the dots (pixel centres ``dots_px``) over the ball's fill, and at least 90 % of that
    outline is drawn white (a star moved by a pixel or two fails the first, a star hidden
    or missing the second)."""
    outline = densify(video.screen_to_pixels(star.get_anchors()))
    centre = video.screen_to_pixels(np.array([star.get_center()]))[0]
    reach = video.screen_px(STAR_RADIUS) + 2.0
    pixels = region_pixels(frame, FULL_DATA_COLOR, np.array([centre - reach, centre + reach]),
                           STAR_OTHERS)
    assert len(pixels) >= 10, f"no star outline at frame {index}: {len(pixels)} px"
    drawn = float(np.mean(cKDTree(pixels).query(outline)[0] <= 1.5))
    rims = cKDTree(dots_px).query(pixels)[0] <= video.screen_px(CLOUD_DOT) + ANTIALIAS_PX + 1.0
    off = cKDTree(outline).query(pixels)[0]
    off[rims] = np.minimum(off[rims], 0.0)  # a dot's rim, not the star's
    limit = video.half_stroke_px(STAR_STROKE) + ANTIALIAS_PX + 0.5
    assert off.max() <= limit, (
        f"star: a white pixel {off.max():.1f} px off its outline at frame {index}")
    assert drawn >= 0.9, f"star: {drawn:.0%} of its outline drawn at frame {index}"
    return {"worst_px": float(off.max()), "drawn": drawn}


def thin_ball_px(video) -> float:
    """How far a pixel of a ball's ordinary outline may lie from the ball (as the plane
    checks allow): beyond it, an L1 pixel belongs to the thick edge."""
    return video.half_stroke_px(theme.BALL_STROKE) + ANTIALIAS_PX + 0.5


def off_discs(points: np.ndarray, excluded) -> np.ndarray:
    """Which of ``points`` (pixels) lie outside the discs whose boxes (``video.disc_box``:
    a dot's, the star's) are ``excluded`` (each disc inside its box)."""
    keep = np.ones(len(points), dtype=bool)
    for lo, hi in excluded:
        keep &= np.linalg.norm(points - (lo + hi) / 2, axis=1) > (hi - lo)[0] / 2
    return keep


def face_pixels(video, plane: str, index: int, frame: np.ndarray, box: np.ndarray,
                beta: np.ndarray, excluded) -> np.ndarray:
    """L1-coloured pixels of the lasso plane further from the minibatch's own diamond than
    its ordinary outline reaches: the thick part, wherever it is drawn (off the discs of
    the things drawn over it, ``excluded``).  The colours are judged as the plane check
    judges the ball's (the ball's, the optimum's and the contour's colours), so that the
    pixels painted out for that check are exactly the ones it would see as L1."""
    others = [theme.L1_COLOR, optimum_color(beta), theme.LOSS_COLOR]
    pixels = pixel_centres(color_mask(frame, theme.L1_COLOR, others, box))
    pixels = pixels[off_discs(pixels, excluded)]
    radius = float(np.abs(beta).sum())
    gaps = curve_gap_px(video, plane, index, pixels, np.zeros(2),
                        lambda x: norm_value(x, "l1"), radius)
    return pixels[np.abs(gaps) > thin_ball_px(video)]


#: L1-coloured pixels beyond a ball's ordinary outline allowed when no edge is drawn thick
#: (an optimum on a corner): the antialiased blend of the contour's pink over the outline.
NO_FACE_PX = 5


def check_face(video, plane: str, index: int, frame: np.ndarray, box: np.ndarray,
               beta: np.ndarray, excluded) -> dict:
    """The thick part of the lasso plane is the flat edge of the minibatch's own diamond
    that its optimum lies on (it ends at the corners): every thick pixel lies within the
    thick stroke of it, and it is drawn along (nearly) all of its length in view (less the
    discs of the things drawn over it, ``excluded`` as the boxes of ``video.disc_box``).
    An optimum on a corner (a coefficient 0) has no thick part: nothing beyond the
    ordinary outline in L1's colour (no edge past the corner)."""
    expected = [densify(video.to_pixels(plane, index, piece)) for piece in lasso_face(beta)]
    thick = face_pixels(video, plane, index, frame, box, beta, excluded)
    if np.any(beta == 0.0):
        assert not expected
        assert len(thick) <= NO_FACE_PX, (
            f"{plane}: {len(thick)} thick px at the corner optimum {np.round(beta, 3)} at "
            f"frame {index} ({video.time(index):.2f} s)")
        return {"thick_px": len(thick), "covered": 1.0, "worst_px": 0.0}
    assert expected, f"no face for {beta}"
    half = video.half_stroke_px(FACE_STROKE)
    assert len(thick) >= 20, (
        f"{plane}: no thick edge at frame {index} ({video.time(index):.2f} s): {len(thick)} px")
    along = np.vstack(expected)
    far = cKDTree(along).query(thick)[0]
    assert far.max() <= half + ANTIALIAS_PX + 1.5, (
        f"{plane}: thick pixels {far.max():.1f} px from the edge of the optimum "
        f"{np.round(beta, 3)} at frame {index} ({video.time(index):.2f} s)")
    (left, top), (right, bottom) = box
    inside = ((along[:, 0] > left + 3) & (along[:, 0] < right - 3)
              & (along[:, 1] > top + 3) & (along[:, 1] < bottom - 3))
    samples = along[inside & off_discs(along, excluded)][::3]
    assert len(samples) >= 5, f"{plane}: the edge of {np.round(beta, 3)} is not in view"
    near = cKDTree(thick).query(samples)[0]
    covered = float(np.mean(near <= half + ANTIALIAS_PX))
    assert covered >= 0.8, (
        f"{plane}: only {covered:.0%} of the edge of the optimum {np.round(beta, 3)} drawn "
        f"thick at frame {index} ({video.time(index):.2f} s)")
    return {"thick_px": len(thick), "covered": covered, "worst_px": float(far.max())}


def without_face(video, plane: str, index: int, frame: np.ndarray, box: np.ndarray,
                 beta: np.ndarray, excluded) -> np.ndarray:
    """``frame`` with the thick edge's pixels beyond the ordinary outline painted over in
    the background's colour, for the checks of the ball's outline (the edge passed
    ``check_face``: only those pixels go)."""
    frame = frame.copy()
    for x, y in np.floor(face_pixels(video, plane, index, frame, box, beta,
                                     excluded)).astype(int):
        frame[y, x] = rgb(theme.BACKGROUND_COLOR)
    return frame


def check_full_ball(video, plane: str, index: int, frame: np.ndarray, norm: str, result,
                    box: np.ndarray, over: np.ndarray | None = None) -> float:
    """The full data's ball is drawn in its norm's colour (not grey): at least
    ``BALL_DRAWN`` of its outline's points in view have a pixel of that colour within the
    ball's stroke, less the points under the star (with its rim, ``star_reach``) and under
    the dots ``over`` (pixel centres; a dot covers the stroke within its radius).  Fails
    when fewer than 20 points are left to look at.  Returns the share."""
    outline = norm_named(norm).outline(ball_radius(result, norm), 400)
    points = video.to_pixels(plane, index, outline)
    (left, top), (right, bottom) = box
    points = points[(points[:, 0] > left + 3) & (points[:, 0] < right - 3)
                    & (points[:, 1] > top + 3) & (points[:, 1] < bottom - 3)]
    star = video.to_pixels(plane, index, [full_optimum(result, norm)])
    points = points[np.linalg.norm(points - star, axis=1) > star_reach(video)]
    half = video.half_stroke_px(theme.BALL_STROKE)
    if over is not None:
        covered = video.screen_px(CLOUD_DOT) + half + ANTIALIAS_PX
        points = points[cKDTree(over).query(points)[0] > covered]
    assert len(points) >= 20, f"{plane}: the full data's ball is not in view at frame {index}"
    color = theme.NORM_COLORS[norm]
    mask = color_mask(frame, color, [*STAR_OTHERS, FULL_DATA_COLOR], box)
    drawn = pixel_centres(mask)
    assert len(drawn), f"{plane}: nothing in {color} at frame {index}"
    near = cKDTree(drawn).query(points)[0] <= half + ANTIALIAS_PX + 1.0
    share = float(np.mean(near))
    assert share >= BALL_DRAWN, (
        f"{plane}: the full data's ball drawn in its colour along {share:.0%} of its outline "
        f"at frame {index} ({video.time(index):.2f} s)")
    return share


def dot_pixel_count(frame: np.ndarray, boxes) -> int:
    return sum(int(color_mask(frame, color, [*DOT_COLORS, theme.L1_COLOR, theme.L2_COLOR,
                                             theme.LOSS_COLOR], box).sum())
               for box in boxes for color in DOT_COLORS)


def text_luma(painter: TextPainter, mobject) -> np.ndarray:
    """``mobject`` alone on the background, on the video's pixel grid (luma)."""
    painter.camera.reset()
    painter.camera.capture_mobject(mobject)
    return luma(painter.camera.pixel_array[..., :3].astype(float))


def shows_text(video, painter: TextPainter, frame: np.ndarray, right, wrong) -> tuple:
    """The frame shows the label ``right`` (placed as the scene places it) rather than
    ``wrong`` (the same label with another number): the mean luma difference over both
    labels' box, against each."""
    box = np.vstack([video.pixel_box(right, margin_px=3.0), video.pixel_box(wrong,
                                                                           margin_px=3.0)])
    (left, top), (right_px, bottom) = np.floor(box.min(axis=0)).astype(int), \
        np.ceil(box.max(axis=0)).astype(int)
    drawn = luma(frame[top:bottom, left:right_px])
    differences = tuple(float(np.abs(drawn - text_luma(painter, m)[top:bottom, left:right_px])
                              .mean()) for m in (right, wrong))
    assert differences[0] < differences[1], differences
    return differences


def frames_where(video, tracker: str, predicate) -> list[int]:
    """The frames at which ``tracker``'s recorded value satisfies ``predicate``."""
    values = video.timeline["trackers"][tracker]
    return [k for k in range(video.frame_count) if values[k] is not None and predicate(values[k])]


def settled(held: list[int]) -> int:
    """The frame at which the checks look at a still held over the frames ``held``: its
    last.  The encoder (x264 at crf 23, one colour sample per 2 x 2 pixels) starts the
    still on a key frame and refines it frame after frame, so for a while thin strokes
    beside other colours decode in their neighbours' colour: in the zh video, the held
    clouds' first 14 frames read the L1 edge beside the green dots as yellow (6.4 px from
    every optimum) and a later one the star's white as the axes' grey (83 % of its outline
    drawn), where manim drew the star whole and no yellow there; in the 1-D picture, the
    least-squares star beside the pink dots reads as grey but for its top for the first 5
    to 12 frames of each hold (found 5.3 px off).  By the hold's last frame the decoded
    picture has stopped changing."""
    assert held and held == list(range(held[0], held[-1] + 1)), f"not one hold: {held}"
    return held[-1]


def check_plane_size(video, boxes) -> dict:
    """Both planes are at least ``PLANE_PX`` tall (and as wide) at 480p, scaled from the
    video's height, and the decoded frame draws each window's outline there: brighter
    than the background along at least ``WINDOW_DRAWN`` of its four edges."""
    scene = video.scene
    index = frames_where(video, "batch", lambda v: v == 1)[0]
    frame = video.frames([index])[index]
    least = PLANE_PX * video.timeline["pixel_size"][1] / 480
    sizes = {}
    for key, plane in scene.planes.items():
        (left, top), (right, bottom) = video.pixel_box(plane["window"], margin_px=0.0)
        assert min(right - left, bottom - top) >= least, (key, right - left, bottom - top)
        corners = np.array([[left, top], [right, top], [right, bottom], [left, bottom]])
        edges = densify(np.vstack([corners, corners[:1]]))
        box = np.array([[left - 4, top - 4], [right + 4, bottom + 4]])
        drawn = bright_pixels(frame, box, contrast=WINDOW_CONTRAST)
        assert len(drawn), f"{key}: no window drawn at frame {index}"
        share = float(np.mean(cKDTree(drawn).query(edges)[0] <= 2.5))
        assert share >= WINDOW_DRAWN, f"{key}: window drawn along {share:.0%} at frame {index}"
        sizes[plane_name(*key)] = (round(float(right - left)), round(share, 3))
    return sizes


#: The panel's one sentence in each beat of the planes, and what the planes show then.
SENTENCES = {"st_start": "st_say_start", "st_batches": None, "st_step": "st_table_key",
             "st_far": "st_mech_far"}


def sentence_words(scene, key: str | None) -> str:
    """A panel sentence's words: the minibatches' (None) and the closing one have fields
    only the scene knows."""
    if key is None:
        return scene.why_text()
    return scene.far_text() if key == "st_mech_far" else text(key, scene.lang)


def check_one_sentence(video) -> dict:
    """In the middle of each beat of the planes, the panel under the slot of what the
    planes show holds one sentence only, the beat's (``SENTENCES``; the minibatches'
    beat: ``why_text``): every bright pixel there lies in that sentence's box, and it is
    drawn (the one shown rather than the other beats' sentences)."""
    scene = video.scene
    panel = scene.panel
    painter = TextPainter(video)
    corners = video.screen_to_pixels(np.array([[panel.left, scene.slot_top, 0.0],
                                               [panel.right, panel.bottom, 0.0]]))
    region = np.array([corners[0] - 2.0, corners[1] + [2.0, 0.0]])
    words = {name: sentence_words(scene, key) for name, key in SENTENCES.items()}
    found = {}
    for beat in scene.beats:
        name = "st_batches" if beat["name"].startswith("st_batches") else beat["name"]
        if name not in words:
            continue
        index = (beat["first_frame"] + beat["last_frame"]) // 2
        frame = video.frames([index])[index]
        sentence = scene.say(words[name])
        box = video.pixel_box(sentence, margin_px=3.0)
        drawn = bright_pixels(frame, region)
        assert len(drawn) > 50, f"{name}: no sentence in the panel at frame {index}"
        inside = np.all((drawn >= box[0]) & (drawn <= box[1]), axis=1)
        assert inside.all(), (
            f"{name}: {int((~inside).sum())} bright px in the panel beside its one sentence "
            f"at frame {index}")
        for other in set(words.values()) - {words[name]}:
            shows_text(video, painter, frame, sentence, scene.say(other))
        found[name] = len(drawn)
    assert sorted(found) == sorted(SENTENCES), found
    return found


def check_full_data(video, results, boxes) -> dict:
    """The full data alone, in every plane from the first second: its ball where mathcore
    puts it and drawn, its star within 2 px, no yellow near the star."""
    scene = video.scene
    alone = frames_where(video, "batch", lambda v: v == 0)
    assert alone and video.time(alone[0]) <= 1.5, "the planes are empty at the start"
    picked = [alone[round(i)] for i in np.linspace(0, len(alone) - 1, 4)]
    stars = {key: MarkerCheck(f"{plane_name(*key)} full-data optimum") for key in boxes}
    shares = []
    for index, frame in video.frames(picked).items():
        for (norm, column), box in boxes.items():
            plane, result = plane_name(norm, column), results[column]
            star = video.to_pixels(plane, index, [full_optimum(result, norm)])[0]
            stars[(norm, column)].add(index, star, star_centre(frame, star, video), video)
            assert yellow_near(frame, star, video) == 0, (plane, index)
            # every pixel of the norm's colour on the full data's ball, and the ball drawn
            PlaneChecker(video, plane, box).check(index, frame, PlanePicture(
                plane=plane, ball_gauge=lambda x, norm=norm: norm_value(x, norm),
                radius=ball_radius(result, norm), ball_color=theme.NORM_COLORS[norm]),
                excluded=[video.disc_box(star, star_reach(video))])
            shares.append(check_full_ball(video, plane, index, frame, norm, result, box))
        assert len(bright_pixels(frame, video.pixel_box(scene.cells))) == 0, "table too early"
    worst = max(check.assert_within(video, tolerance=MARKER_TOLERANCE)
                for check in stars.values())
    return {"star_px": round(worst, 2), "ball_drawn": round(min(shares), 3)}


def check_held_over_star(video, frame: np.ndarray, dot: np.ndarray, color: str,
                         box: np.ndarray) -> dict:
    """A held minibatch optimum near the star is drawn over it, as a dot of its own: its
    disc (less the antialiasing) in its colour, and no white of the star's outline on a
    ring of the background round it (``HELD_RIM``), so that it does not read as the
    star's fill."""
    radius, ring = video.dot_radius_px, video.half_stroke_px(HELD_RIM)
    (left, top), (right, bottom) = np.floor(dot - radius - ring - 2), np.ceil(dot + radius
                                                                               + ring + 2)
    ys, xs = np.mgrid[int(top):int(bottom), int(left):int(right)]
    centres = np.column_stack([xs.ravel() + 0.5, ys.ravel() + 0.5])
    far = np.linalg.norm(centres - dot, axis=1)
    own = color_mask(frame, color, [*STAR_OTHERS, FULL_DATA_COLOR], box)
    disc = far <= radius - ANTIALIAS_PX
    covered = float(np.mean(own[ys.ravel()[disc], xs.ravel()[disc]]))
    white = color_mask(frame, FULL_DATA_COLOR, STAR_OTHERS, box)
    on_ring = (far >= radius + ANTIALIAS_PX) & (far <= radius + ring - ANTIALIAS_PX)
    whites = int(white[ys.ravel()[on_ring], xs.ravel()[on_ring]].sum())
    assert covered >= 0.9, f"the held optimum covers {covered:.0%} of its disc over the star"
    assert on_ring.sum() >= 8 and whites == 0, (
        f"the star's white on the held optimum's ring: {whites} of {on_ring.sum()} px")
    return {"covered": covered, "ring_px": int(on_ring.sum())}


#: The full data's dashed contour under a minibatch's: drawn (grey) along this share of
#: its length in view at least, and at most (dashes with gaps as long: half of it).  Grey
#: (``REFERENCE_COLOR``) has no hue for the colour classifier: its pixels are found by
#: their brightness, and the loss's pink must be absent there.
REFERENCE_DRAWN = (0.25, 0.8)
#: The closing picture's long contour axis, dashed: the share of its points with the
#: loss's colour drawn within 1.5 px.
VALLEY_DRAWN = (0.25, 0.8)
REFERENCE_CHECKED = 3  # of the minibatches shown one by one, in each plane


def check_reference(video, plane: str, index: int, frame: np.ndarray, box: np.ndarray,
                    norm: str, result, beta: np.ndarray, loss, excluded) -> float | None:
    """The full data's contour stays under the minibatch's as a dashed grey line: along
    its points in view (away from the discs ``excluded``, from the minibatch's contour and
    from its ball's outline, by 4 px more than their strokes), the share with a grey pixel
    within 1.5 px lies in ``REFERENCE_DRAWN`` (neither solid nor gone), and almost none
    of them (5 % at most) has a pixel of the loss's colour there (it is not pink).  None
    when fewer than 20 points are clear (the minibatch's thick edge or contour lies over
    it): ``check_minibatches`` requires the check in most minibatches of each plane."""
    full = QuadraticLoss.from_gram(*result.full_gram)
    points = densify(video.to_pixels(plane, index, ellipse_points(
        full, float(full.value(full_optimum(result, norm))), 2000)))
    (left, top), (right, bottom) = box
    points = points[(points[:, 0] > left + 3) & (points[:, 0] < right - 3)
                    & (points[:, 1] > top + 3) & (points[:, 1] < bottom - 3)]
    points = points[off_discs(points, excluded)]
    own = video.to_pixels(plane, index, ellipse_points(loss, float(loss.value(beta)), 4000))
    ball = video.to_pixels(plane, index, norm_named(norm).outline(
        float(norm_value(beta, norm)), 4000))
    clear = video.half_stroke_px(FACE_STROKE if norm == "l1" else theme.BALL_STROKE) + 4.0
    points = points[(cKDTree(densify(own)).query(points)[0]
                     > video.half_stroke_px(theme.CONTOUR_STROKE) + 4.0)
                    & (cKDTree(densify(ball)).query(points)[0] > clear)][::2]
    if len(points) < 20:
        return None
    palette = [theme.NORM_COLORS[norm], theme.SOLUTION_COLOR, theme.ZERO_COLOR]
    shares = []  # drawn (a grey is told from the background by its brightness), in pink
    for drawn in (bright_pixels(frame, box), region_pixels(frame, theme.LOSS_COLOR, box,
                                                            palette)):
        near = cKDTree(drawn).query(points)[0] <= 1.5 if len(drawn) else np.zeros(len(points))
        shares.append(float(np.mean(near)))
    low, high = REFERENCE_DRAWN
    assert low <= shares[0] <= high, (
        f"{plane}: the full data's contour drawn grey along {shares[0]:.0%} at frame {index}")
    assert shares[1] <= 0.05, (
        f"{plane}: the full data's contour in the loss's colour along {shares[1]:.0%}")
    return shares[0]


def blended_batch(result, position: float, norm: str) -> tuple[np.ndarray, QuadraticLoss]:
    """The optimum (mathcore's exact lasso or ridge fit) and the loss of the blend of
    minibatches floor(position) and the next (0-based), the later one's share the
    fractional part: their Grams and linear terms averaged with those weights."""
    k = int(np.floor(position))
    share = position - k
    grams, linears = result.batch_grams
    gram = (1.0 - share) * grams[k] + share * grams[k + 1]
    linear = (1.0 - share) * linears[k] + share * linears[k + 1]
    fit = (lasso_solution(gram, linear, result.alpha) if norm == "l1"
           else ridge_solution(gram, linear, result.lam))
    return fit, QuadraticLoss.from_gram(gram, linear)


def check_batch_picture(video, index: int, frame: np.ndarray, key, box: np.ndarray, result,
                        beta: np.ndarray, loss, earlier: int, checkers: dict,
                        summary: dict) -> None:
    """One plane showing a minibatch (or a blend of two): the ball through ``beta``, the
    contour of ``loss`` touching it there, ``beta`` drawn (over the star, a dot of its own),
    the thick flat edge or none at a corner, the full data's dashed contour; the first
    ``earlier`` minibatches' optima are cloud dots drawn there too."""
    norm, column = key
    plane = plane_name(norm, column)
    star = video.to_pixels(plane, index, [full_optimum(result, norm)])[0]
    dot = video.to_pixels(plane, index, [beta])[0]
    # the star (where the held optimum does not cover it) and the earlier optima,
    # small dots now, are other things drawn there
    excluded = [video.disc_box(star, star_reach(video))]
    excluded += [video.disc_box(p, video.screen_px(CLOUD_DOT))
                 for p in video.to_pixels(plane, index, batch_optima(result, norm)[:earlier])]
    picture_frame = frame
    if norm == "l1":
        near_dot = video.disc_box(dot, video.dot_radius_px + 2.0)
        check_face(video, plane, index, frame, box, beta, [*excluded, near_dot])
        summary["faces"] += 1
        summary["corners"] += int(np.any(beta == 0.0))
        picture_frame = without_face(video, plane, index, frame, box, beta, excluded)
    share = check_reference(video, plane, index, frame, box, norm, result, beta, loss,
                            [*excluded, video.disc_box(dot, video.dot_radius_px + 2.0)])
    if share is not None:
        summary["reference"].setdefault(plane, []).append(round(share, 2))
    if np.linalg.norm(dot - star) <= video.screen_px(STAR_RADIUS):  # on the star
        check_held_over_star(video, frame, dot, optimum_color(beta), box)
        summary["over_star"] += 1
    checkers[key].check(index, picture_frame, PlanePicture(
        plane=plane, ball_gauge=lambda x, norm=norm: norm_value(x, norm),
        radius=float(norm_value(beta, norm)), ball_color=theme.NORM_COLORS[norm],
        loss_center=loss.center, loss_matrix=loss.matrix,
        level=float(loss.value(beta)), optimum=beta,
        zeros=tuple(np.flatnonzero(beta == 0.0)), marker_color=optimum_color(beta)),
        excluded=excluded)


def check_moves(video, results, boxes, checkers: dict, summary: dict) -> int:
    """Between two minibatches the picture moves: frames with the blend position ``mix``
    strictly between two whole ones (no minibatch held), and in the middle frame of each
    move, every plane as ``check_batch_picture`` at the blend's loss and mathcore's
    optimum for it, which lies strictly between the two minibatches' somewhere (it
    moved)."""
    values = video.timeline["trackers"]["mix"]
    moving: dict[int, list[int]] = {}
    for index in range(video.frame_count):
        value = values[index]
        if value is not None and value >= 0 and value != np.floor(value):
            assert video.value("batch", index) == -1, index
            moving.setdefault(int(np.floor(value)), []).append(index)
    assert sorted(moving) == list(range(SHOWN_ONE_BY_ONE - 1)), sorted(moving)
    for k, frames in sorted(moving.items()):
        assert len(frames) >= 5, (k, frames)
        index = frames[len(frames) // 2]
        frame = video.frames([index])[index]
        position = float(values[index])
        for key, box in boxes.items():
            beta, loss = blended_batch(results[key[1]], position, key[0])
            check_batch_picture(video, index, frame, key, box, results[key[1]], beta, loss,
                                k + 1, checkers, summary)
    return len(moving)


def check_minibatches(video, results, boxes) -> dict:
    """The minibatches held one by one, all planes at once: own ball, contour touching it
    at the optimum, the optimum (over the star, a dot of its own: ``check_held_over_star``),
    the thick flat edge (none at a corner); the live texts; then the moves between them
    (``check_moves``)."""
    scene = video.scene
    held: dict[int, list[int]] = {}
    for k in frames_where(video, "batch", lambda v: 0 < v < BATCHES):
        held.setdefault(int(video.value("batch", k)), []).append(k)
    assert sorted(held) == list(range(1, SHOWN_ONE_BY_ONE + 1))
    # the first minibatch comes soon: the opening holds the full data alone briefly
    assert video.time(held[1][0]) <= FIRST_BATCH_BY, video.time(held[1][0])
    for k, frames in held.items():  # held as long as BATCH_SECONDS says (a frame less)
        assert len(frames) / video.fps >= BATCH_SECONDS[k - 1] - 1.5 / video.fps, (k, frames)
    checkers = {key: PlaneChecker(video, plane_name(*key), box) for key, box in boxes.items()}
    painter = TextPainter(video)
    summary: dict[str, object] = {"faces": 0, "corners": 0, "texts": 0, "over_star": 0,
                                  "reference": {}}
    for k, frames in sorted(held.items()):
        index = frames[len(frames) // 2]
        frame = video.frames([index])[index]
        for key, box in boxes.items():
            result = results[key[1]]
            beta = batch_optima(result, key[0])[k - 1]
            loss = QuadraticLoss.from_gram(result.batch_grams[0][k - 1],
                                           result.batch_grams[1][k - 1])
            check_batch_picture(video, index, frame, key, box, result, beta, loss, k - 1,
                                checkers, summary)
        # the shown correlation's changed-zeros cell counts the minibatches shown so far
        # (mathcore's count, not one more or one less), and the panel names this minibatch
        result = results[SHOWN]
        count = round(result.support_differs(k) * k)
        wrong = count + 1 if count < k else count - 1
        right_cell = scene.zeros_cell(result, k, LIVE_ROW)
        wrong_cell = scene.cell("st_cell_zeros", LIVE_ROW, ZEROS_COLUMN, theme.L1_COLOR,
                                count=wrong, batches=k)
        shows_text(video, painter, frame, right_cell, wrong_cell)
        summary["texts"] += 1
        check_live_row(video, index, frame, right_cell, result, k)
        other = k + 1 if k < SHOWN_ONE_BY_ONE else k - 1
        shows_text(video, painter, frame, scene.batch_phase(k), scene.batch_phase(other))
    assert summary["corners"] >= 1 and summary["faces"] - summary["corners"] >= 1
    assert summary["over_star"] >= 1  # the ridge's optima lie on the star: checked there
    # the full data's dashed contour checked under most minibatches, in both planes
    assert sorted(summary["reference"]) == sorted(plane_name(*key) for key in boxes) and all(
        len(shares) >= REFERENCE_CHECKED for shares in summary["reference"].values()), (
        summary["reference"])
    summary["moves"] = check_moves(video, results, boxes, checkers, summary)
    for checker in checkers.values():
        checker.marker.assert_within(video)
    for key in boxes:  # the optima move from one minibatch to the next
        if key[0] == "l1":
            checkers[key].marker.assert_moves(video)
    return {plane_name(*key): c.summary() for key, c in checkers.items()} | summary


def check_live_row(video, index: int, frame: np.ndarray, cell, result, seen: int) -> None:
    """While the minibatches come one by one, the shown correlation's name and its count
    stand on the table's first row, right under the "changed zeros" header: drawn there,
    nothing drawn on the rows below (where the shown correlation's row will stand later),
    and the header one table line above the count."""
    scene = video.scene
    live = scene.live_rho
    assert live.get_y() == pytest.approx(scene.table_rows[LIVE_ROW + 1])
    assert len(bright_pixels(frame, video.pixel_box(live))) > 20, f"no ρ name at {index}"
    header = video.pixel_box(scene.table_labels[ZEROS_COLUMN])
    cell = video.pixel_box(cell)
    assert cell[0, 1] - header[1, 1] <= video.screen_px(TABLE_LINE), (header, cell)
    for row in range(LIVE_ROW + 1, len(RHO_STEPS)):
        for box in (video.pixel_box(scene.rho_cells[row]),
                    video.pixel_box(scene.zeros_cell(result, seen, row))):
            drawn = bright_pixels(frame, box)
            assert len(drawn) == 0, f"{len(drawn)} px drawn on table row {row} at {index}"


def hidden_by_star(video, index: int, star, dots_px: np.ndarray) -> np.ndarray:
    """The dots (pixel centres) whose centre lies under the star's white outline or its
    dark rim over the clouds (dots in its hollow middle and between its arms stay in
    view)."""
    path = densify(video.screen_to_pixels(star.get_anchors()))
    under = video.half_stroke_px(CLOUD_STAR_RIM) + ANTIALIAS_PX
    return cKDTree(path).query(dots_px)[0] <= under


def check_cloud_dots(video, plane: str, index: int, frame: np.ndarray, batch: np.ndarray,
                     star, box: np.ndarray, ball: np.ndarray) -> dict:
    """As ``check_dots``, with the star over the cloud: every optimum whose centre is not
    under the star's outline and rim is drawn in its colour where it lies (all of them:
    dense clouds overlap, but a dot on top still has its colour at its centre), and no
    pixel of a dot's colour lies further than a dot's radius (and the antialiasing) from
    every optimum, hidden ones included (on the full data's ball outline ``ball``, data
    points, the reach grows by the ball's half stroke: a dot's rim blended with the orange
    edge it touches reads as its colour along the edge)."""
    dots = video.to_pixels(plane, index, batch)
    hidden = hidden_by_star(video, index, star, dots)
    colors = [optimum_color(b) for b in batch]
    others = [*DOT_COLORS, theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR, FULL_DATA_COLOR]
    masks = {c: color_mask(frame, c, others, box) for c in set(colors)}
    missing = [tuple(np.round(p, 1)) for p, c, h in zip(dots, colors, hidden, strict=True)
               if not h and not masks[c][int(p[1]) - 1:int(p[1]) + 2,
                                         int(p[0]) - 1:int(p[0]) + 2].any()]
    assert (~hidden).sum() >= 10 and len(missing) <= 0.03 * (~hidden).sum(), (
        f"{plane}: optima not drawn at frame {index}: {missing}")
    pixels = pixel_centres(np.any(list(masks.values()), axis=0))
    # the star's white outline and dark rim are drawn over everything: where they cross
    # the L1 ball's orange edge the antialiased blend reads as yellow, so those pixels
    # belong to the star, not to a dot
    path = densify(video.screen_to_pixels(star.get_anchors()))
    on_star = cKDTree(path).query(pixels)[0] <= (video.half_stroke_px(CLOUD_STAR_RIM)
                                                 + ANTIALIAS_PX) if len(pixels) else []
    pixels = pixels[~np.asarray(on_star, dtype=bool)] if len(pixels) else pixels
    distances = cKDTree(dots).query(pixels)[0] if len(pixels) else np.zeros(1)
    if len(pixels):
        outline = densify(video.to_pixels(plane, index, ball))
        on_ball = cKDTree(outline).query(pixels)[0] <= thin_ball_px(video)
        distances[on_ball] -= video.half_stroke_px(theme.BALL_STROKE)
    stray = float(distances.max())
    assert stray <= video.screen_px(CLOUD_DOT) + 2.5, (
        f"{plane}: a dot {stray:.1f} px from every optimum at frame {index}, at "
        f"{pixels[int(np.argmax(distances))]}")
    return {"hidden": int(hidden.sum()), "missing": len(missing), "stray_px": round(stray, 2)}


def table_and_slot_boxes(video) -> tuple[np.ndarray, list[np.ndarray]]:
    """The panel's slot for its sentence (pixel box), and the boxes of every text of the
    table (header, rho names, cells)."""
    scene = video.scene
    panel = scene.panel
    corners = video.screen_to_pixels(np.array([[panel.left, scene.slot_top, 0.0],
                                               [panel.right, panel.bottom, 0.0]]))
    table = [video.pixel_box(m) for m in (*scene.table_labels, *scene.rho_cells,
                                          *[c for row in scene.cells for c in row])]
    return np.array([corners[0] - 2.0, corners[1] + [2.0, 0.0]]), table


def check_swap(video, back: list[int]) -> dict:
    """The minibatches' texts go before the table comes, never drawn together: while the
    full data's balls are held before the clouds grow (``back``), nothing is drawn in the
    panel's sentence slot nor anywhere in the table (the old sentence, the counter "k of
    5" and its row's name are gone); before that, from the beat's start, the texts that
    only the table brings (the other rows, the other headers) are not drawn yet."""
    scene = video.scene
    start = next(b["first_frame"] for b in scene.beats if b["name"] == "st_step")
    slot, table = table_and_slot_boxes(video)
    # (the going texts stand on the first row: its name and its changed-zeros cell)
    new = [video.pixel_box(m) for m in (*[label for j, label in enumerate(scene.table_labels)
                                          if j != ZEROS_COLUMN],
                                        *[c for i, row in enumerate(scene.cells)
                                          for j, c in enumerate(row)
                                          if (i, j) != (LIVE_ROW, ZEROS_COLUMN)],
                                        *[c for i, c in enumerate(scene.rho_cells)
                                          if i != LIVE_ROW])]
    before = list(range(start, back[0]))
    assert before, "the minibatch's texts do not go before the balls come back"
    frames = video.frames([*before, back[0], back[-1]])
    for index in before:
        for box in new:
            assert len(bright_pixels(frames[index], box)) == 0, (
                f"the table comes while the minibatch's texts go (frame {index})")
    for index in (back[0], back[-1]):
        for box in (slot, *table):
            drawn = bright_pixels(frames[index], box)
            assert len(drawn) == 0, (
                f"{len(drawn)} px of the old texts still drawn at frame {index}")
    return {"before": len(before)}


def check_no_ticks(video, index: int, frame: np.ndarray, boxes) -> int:
    """The planes' axes have no tick marks (unnumbered, they read as marks on the curves
    crossing them): none in either plane's axes, and in the decoded ridge plane (no
    optimum lies on its axes) nothing bright just off each axis line at every tick value,
    where the axis itself is found (the check looks at a drawn axis)."""
    scene = video.scene
    looked = 0
    for key in boxes:
        for axis in scene.planes[key]["axes"].get_axes():
            assert axis.ticks not in axis.submobjects, f"{plane_name(*key)}: tick marks"
    key = ("l2", SHOWN)
    axes, plane = scene.planes[key]["axes"], plane_name(*key)
    for vertical, axis in ((False, axes.x_axis), (True, axes.y_axis)):
        values = [float(v) for v in axis.get_tick_range()]
        assert values, f"{plane}: no tick values to look at"
        assert np.all(np.isinf(tick_offsets_px(video, plane, index, frame, values, 0.0,
                                               vertical))), (
            f"{plane}: a tick mark at {values} (frame {index})")
        for value in values:  # the axis line itself is drawn there
            point = video.to_pixels(plane, index, [[0.0, value] if vertical
                                                   else [value, 0.0]])[0]
            line = bright_pixels(frame, np.array([point - 2.0, point + 2.0]))
            assert len(line) >= 2, f"{plane}: no axis at {value} (frame {index})"
            looked += 1
    return looked


def check_clouds(video, results, boxes) -> dict:
    """The old texts go first (``check_swap``); the full data's balls come back (drawn, 95
    % of their outline not under the first dots) with the line that says they are the
    full data's (lambda fixed: each optimum has its own norm); the rest of the clouds grow
    in; then every optimum is drawn where it lies and nowhere else, the star lies over the
    cloud, the planes have no tick marks, the table shows mathcore's numbers."""
    scene = video.scene
    back = frames_where(video, "cloud", lambda v: v == SHOWN_ONE_BY_ONE)
    assert back, "the full data's balls are never held before the clouds grow"
    swap = check_swap(video, back)
    index = back[len(back) // 2]
    frame = video.frames([index])[index]
    painter = TextPainter(video)
    shows_text(video, painter, frame, scene.phase_text("st_phase_cloud"),
               scene.batch_phase(SHOWN_ONE_BY_ONE))
    summary: dict[str, object] = {"ball_drawn": 1.0, "star_px": 0.0, "hidden": 0}
    for (norm, column), box in boxes.items():
        plane, result = plane_name(norm, column), results[column]
        first = video.to_pixels(plane, index, batch_optima(result, norm)[:SHOWN_ONE_BY_ONE])
        share = check_full_ball(video, plane, index, frame, norm, result, box, over=first)
        summary["ball_drawn"] = min(summary["ball_drawn"], round(share, 3))
    last_single = max(frames_where(video, "batch", lambda v: v == SHOWN_ONE_BY_ONE))
    done = frames_where(video, "cloud", lambda v: v == BATCHES)
    growing = [k for k in range(back[-1] + 1, done[0])]
    assert last_single < back[0]
    picks = [growing[round(s * (len(growing) - 1))] for s in (0.3, 0.55, 0.8)]
    index = settled(done)
    grown = video.frames([*picks, index])
    counts = [dot_pixel_count(grown[k], boxes.values()) for k in (*picks, index)]
    assert all(a < b for a, b in itertools.pairwise(counts)), (
        f"the clouds do not grow in ({counts} dot pixels)")
    assert counts[0] <= 0.6 * counts[-1], f"most of the clouds appear at once ({counts})"
    frame = grown[index]
    summary["growth"] = counts
    summary["swap"] = swap
    summary["axes_looked"] = check_no_ticks(video, index, frame, boxes)
    shows_text(video, painter, frame, scene.phase_text("st_phase_cloud"),
               scene.batch_phase(SHOWN_ONE_BY_ONE))
    for (norm, column), box in boxes.items():
        plane, result = plane_name(norm, column), results[column]
        batch, star = batch_optima(result, norm), scene.planes[(norm, column)]["star"]
        dots = video.to_pixels(plane, index, batch)
        ball = norm_named(norm).outline(ball_radius(result, norm), 400)
        found = check_cloud_dots(video, plane, index, frame, batch, star, box, ball)
        outline = check_star_outline(video, index, frame, star, dots)
        summary["star_px"] = max(summary["star_px"], round(outline["worst_px"], 2))
        summary["hidden"] = max(summary["hidden"], found["hidden"])
    # the table: mathcore's numbers, drawn
    for column, (result, cells) in enumerate(zip(results, scene.cells, strict=True)):
        low, high = result.ratio_ci95
        zeros, ratio, interval = (cell.original_text for cell in cells)
        assert f"{result.ratio:.2f}" in ratio
        assert f"{low:.2f}" in interval and f"{high:.2f}" in interval
        count = round(result.support_differs() * BATCHES)
        assert zeros == text("st_cell_zeros", scene.lang, count=count, batches=BATCHES)
        for cell in cells:
            assert len(bright_pixels(frame, video.pixel_box(cell))) > 20, (column, cell)
    return summary


def check_stability(video) -> dict:
    scene = video.scene
    results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
    boxes = {key: video.plane_box(plane["axes"]) for key, plane in scene.planes.items()}
    assert sorted(boxes) == [("l1", SHOWN), ("l2", SHOWN)]
    # the beats follow mathcore: "jumps to a corner" where a shown minibatch has a zero
    corners = corner_rhos(results)
    assert corners == [r.rho for r in results
                       if np.any(r.batch_l1[:SHOWN_ONE_BY_ONE] == 0.0)] == [0.99]
    assert [b["name"] for b in scene.beats] == [
        "st_start", "st_batches" if corners else "st_batches_flat", "st_step", "st_mech",
        "st_far"]
    assert results[0].support_differs() == 0.0 and results[-1].support_differs() > 0.0
    # one scale for the two planes: the same pixels per unit of beta everywhere
    first = video.frame_count // 2
    scales = {video.pixels_per_unit(plane_name(*key), first) for key in boxes}
    assert max(scales) - min(scales) < 1e-9, scales
    return {"planes": check_plane_size(video, boxes),
            "sentences": check_one_sentence(video),
            "full_data": check_full_data(video, results, boxes),
            "minibatches": check_minibatches(video, results, boxes),
            "clouds": check_clouds(video, results, boxes)}


def check_header(video, index: int, frame: np.ndarray) -> int:
    """Between the title and the 1-D picture's rows, at most two short lines of text:
    returns how many (runs of drawn pixel rows, apart by more than 3 empty rows)."""
    scene = video.scene
    top = video.screen_to_pixels(np.array([[0.0, scene.title.get_bottom()[1], 0.0]]))[0, 1]
    # down to the top of the first row's label
    bottom = video.screen_to_pixels(np.array([[0.0, scene.mech_rows_top, 0.0]]))[0, 1] - 1.0
    width = video.timeline["pixel_size"][0]
    drawn = bright_pixels(frame, np.array([[0.0, top + 2.0], [width, bottom]]))
    assert len(drawn), f"no heading at frame {index}"
    rows = np.unique(np.floor(drawn[:, 1]).astype(int))
    lines = 1 + int(np.sum(np.diff(rows) > 3))
    assert lines <= 2, f"{lines} lines of text above the 1-D picture at frame {index}"
    assert np.ptp(drawn[:, 0]) <= 0.75 * width, (
        f"the heading spans {np.ptp(drawn[:, 0]):.0f} of {width} px at frame {index}")
    return lines


def mech_px(video, row: dict, value: float) -> np.ndarray:
    """Pixel of ``value`` on a row of the 1-D picture."""
    return video.screen_to_pixels(np.array([MinibatchStability.mech_point(row, value)]))[0]


MECH_PALETTE = [theme.LOSS_COLOR, theme.SOLUTION_COLOR, theme.ZERO_COLOR, FULL_DATA_COLOR,
                theme.AXES_COLOR, theme.MUTED_TEXT_COLOR, theme.L1_COLOR, theme.L2_COLOR]


#: The dots of each row of the 1-D picture: least squares in the loss's colour, ridge in
#: L2's, the lasso in L1's (none of the fits shown is 0).
ROW_COLORS = {"least_squares": theme.LOSS_COLOR, "ridge": theme.L2_COLOR,
              "lasso": theme.L1_COLOR}


def check_mechanism(video) -> dict:
    """The 1-D picture after the clouds, held: on each row, the dots of the first
    minibatches' least-squares (pink), ridge (L2's blue) and lasso fits (L1's orange)
    exactly where mathcore's 1-D maps put them and nowhere else, in no other row's colour
    and not in the optimum's yellow, a row only once it has come; the full data's fits as
    white stars with no white text beside them; once the lasso row has come, the zone
    from -lambda_1 to lambda_1 on the least-squares row (the fits the lasso sends to 0)
    in L1's colour, not the zeros' green (no least-squares fit is 0), with its label under
    it, and no green on the least-squares or lasso row (no fit there is 0); the ridge
    dots' spread is the least-squares one divided by
    1 + 2 lambda_2, the lasso's is the same; above it all, at most two short lines."""
    scene = video.scene
    result = minibatch_stability(RHO_STEPS[0], BATCH_SIZE, BATCHES, SEED)
    mech = orthogonal_mechanism(result, MECH_COUNT)
    shrink = 1.0 + 2.0 * ridge_coefficient(result.lam)
    assert np.all(mech.lasso != 0.0)  # no fit within lambda_1 of 0 at rho = 0
    assert mech.ratio == pytest.approx(shrink)
    rows = scene.mech_layout
    phases = video.timeline["trackers"]["mech"]
    held = {p: [k for k in range(video.frame_count) if phases[k] == p] for p in (1, 2, 3, 4)}
    assert all(len(frames) >= 5 for frames in held.values()), {
        p: len(f) for p, f in held.items()}
    picks = [settled(held[p]) for p in (1, 2, 3, 4)]
    radius = video.screen_px(MECH_DOT)
    summary: dict[str, float] = {"worst_dot_px": 0.0, "worst_star_px": 0.0}
    for index, frame in video.frames(picks).items():
        phase = int(video.value("mech", index))
        check_header(video, index, frame)
        spans = {}
        for name in MECH_ROWS:
            row = rows[name]
            low, high = row["range"]
            (left, y), right = mech_px(video, row, low), mech_px(video, row, high)[0]
            band = np.array([[left - 5, y - radius - 4], [right + 5, y + radius + 4]])
            color = ROW_COLORS[name]
            pixels = region_pixels(frame, color, band, MECH_PALETTE)
            # each row's dots in its own colour only: no optimum-yellow, no other row's
            # (on the least-squares row, the zone in L1's colour is checked below; over the
            # star, white blended with orange reads as yellow)
            zone_row = {ZONE_COLOR} if name == "least_squares" else set()
            reach = video.screen_px(MECH_STAR) + 2.0
            star = mech_px(video, row, mech_full(mech, name))
            for other in {theme.SOLUTION_COLOR, *ROW_COLORS.values()} - {color} - zone_row:
                assert len(region_pixels(frame, other, band, MECH_PALETTE,
                                         [np.array([star - reach, star + reach])])) < 3, (
                    f"{name}: {other} on its row at frame {index}")
            shown = (name == "least_squares" or phase >= 3
                     or (name == "ridge" and phase >= 2))
            if not shown:
                assert len(pixels) < 3, f"{name} row drawn too early (frame {index})"
                continue
            values = getattr(mech, name)
            centres = np.array([mech_px(video, row, v) for v in values])
            far = cKDTree(centres).query(pixels)[0]
            near = cKDTree(pixels).query(centres)[0]
            assert far.max() <= radius + ANTIALIAS_PX + 1.0, (
                f"{name}: a dot {far.max():.1f} px from every fit at frame {index}")
            # each dot is drawn (under the star, drawn on top with its dark rim, a part of it)
            star = mech_px(video, row, mech_full(mech, name))
            under_star = np.linalg.norm(centres - star, axis=1) <= video.screen_px(MECH_STAR) + 1
            allowed = np.where(under_star, radius, 1.0)
            assert np.all(near <= allowed), f"{name}: a fit not drawn at frame {index}"
            summary["worst_dot_px"] = max(summary["worst_dot_px"], float(far.max()) - radius)
            spans[name] = np.ptp(pixels[:, 0]) - 2 * radius  # the dots' centres' spread
            # the full data's fit: a white star
            reach = video.screen_px(MECH_STAR) + 2.0
            white = region_pixels(frame, FULL_DATA_COLOR,
                                  np.array([star - reach, star + reach]), MECH_PALETTE)
            white = white[np.linalg.norm(white - star, axis=1) <= reach]
            assert len(white) > 5, f"{name}: no star at frame {index}"
            off = float(np.linalg.norm(white.mean(axis=0) - star))
            assert off <= 3.0, (
                f"{name}: star at {white.mean(axis=0)}, expected {star} (frame {index})")
            summary["worst_star_px"] = max(summary["worst_star_px"], off)
            # no white text above or below the star (it would pull the star finder off;
            # along the row, the rims of touching dots may blend to near white)
            near = region_pixels(frame, FULL_DATA_COLOR,
                                 np.array([star - 3 * reach, star + 3 * reach]), MECH_PALETTE)
            beside = ((np.linalg.norm(near - star, axis=1) > reach)
                      & (np.abs(near[:, 1] - star[1]) > radius + 2.0))
            assert beside.sum() < 3, f"{name}: white beside its star at frame {index}"
        scale = video.screen_px(1.0) * (rows["ridge"]["right"] - rows["ridge"]["left"]) / (
            rows["ridge"]["range"][1] - rows["ridge"]["range"][0])  # px per unit of b1
        ls_span = np.ptp(mech.least_squares) * scale
        # (within 4 px: a dot's anti-aliased rim over the zone or a link is not yellow)
        assert spans["least_squares"] == pytest.approx(ls_span, abs=4.0)
        if phase >= 2:  # ridge: the spread divided by 1 + 2 lambda_2
            assert spans["ridge"] == pytest.approx(ls_span / shrink, abs=4.0)
        if phase >= 3:  # lasso: the same spread
            assert spans["lasso"] == pytest.approx(ls_span, abs=4.0)
        # the zone [-lambda_1, lambda_1] on the least-squares row, with the lasso row
        row, half = rows["least_squares"], video.half_stroke_px(ZONE_STROKE)
        (left, y), right = mech_px(video, row, -mech.alpha), mech_px(video, row, mech.alpha)[0]
        band = np.array([[left - 20, y - half - 4], [right + 20, y + half + 4]])
        assert ZONE_COLOR == theme.L1_COLOR != theme.ZERO_COLOR
        assert len(region_pixels(frame, theme.ZERO_COLOR, band, MECH_PALETTE)) < 3
        zone = region_pixels(frame, ZONE_COLOR, band, MECH_PALETTE)
        below = np.array([[mech_px(video, row, row["range"][0])[0], y + half + 4],
                          [mech_px(video, row, row["range"][1])[0],
                           mech_px(video, rows["lasso"], 0.0)[1] - radius - 4]])
        name_px = region_pixels(frame, ZONE_COLOR, below, MECH_PALETTE)
        lasso_row = rows["lasso"]
        lasso_y = mech_px(video, lasso_row, 0.0)[1]
        lasso_band = np.array([[mech_px(video, lasso_row, lasso_row["range"][0])[0], lasso_y - 8],
                               [mech_px(video, lasso_row, lasso_row["range"][1])[0],
                                lasso_y + 8]])
        assert len(region_pixels(frame, theme.ZERO_COLOR, lasso_band, MECH_PALETTE)) < 3
        if phase >= 3:
            assert len(zone) > 50, f"no zone at frame {index}"
            assert zone[:, 0].min() == pytest.approx(left, abs=2.0)
            assert zone[:, 0].max() == pytest.approx(right, abs=2.0)
            assert np.abs(zone[:, 1] - y).max() <= half + ANTIALIAS_PX + 0.5
            # its label: text in L1's colour under the zone, as wide as half of it at least
            assert len(name_px) > 30, f"no label under the zone at frame {index}"
            ends = (name_px[:, 0].min(), name_px[:, 0].max())
            assert ends[0] >= left - 2.0 and ends[1] <= right + 2.0, (ends, left, right)
            assert ends[1] - ends[0] >= 0.5 * (right - left), (ends, left, right)
            summary["zone_px"] = float(right - left)
        else:  # nor the zone, nor its label
            assert len(zone) < 3 and len(name_px) < 3, f"zone too early (frame {index})"
    return summary


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_minibatch_optima_contours_balls_and_edges(lang, rendered_video):
    video = rendered_video(MinibatchStability, lang)
    check_basics(video)
    check_stability(video)
    check_mechanism(video)
    check_closing(video)


def check_closing(video) -> dict:
    """The mechanism's note (the ratio at rho = 0) ends st_mech; in st_far the shown rho's
    planes are back, every optimum of both clouds drawn where it lies, and through each
    star the full data's long contour axis (``contour_shape``) dashed in the loss's
    colour: along its points clear of the dots and the star, the share with a pixel of
    the loss's colour within 1.5 px lies in ``VALLEY_DRAWN`` (dashed, neither solid nor
    gone); the picture is held until the panel's sentence is read."""
    scene = video.scene
    results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
    (_, mech_last), (far_first, far_last) = (video.beat(name)
                                              for name in ("st_mech", "st_far"))
    frames = video.frames([mech_last, far_last])
    note = video.pixel_box(scene.mech_note, margin_px=0.0)
    assert len(bright_pixels(frames[mech_last], note, contrast=60.0)) >= 200
    frame, result = frames[far_last], results[SHOWN]
    _, axis = contour_shape(QuadraticLoss.from_gram(*result.full_gram))
    reach = (batch_optima(result, "l1") - full_optimum(result, "l1")) @ axis
    summary = {}
    for (norm, column), plane in scene.planes.items():
        name, box = plane_name(norm, column), video.plane_box(plane["axes"])
        batch, star = batch_optima(result, norm), plane["star"]
        ball = norm_named(norm).outline(ball_radius(result, norm), 400)
        check_cloud_dots(video, name, far_last, frame, batch, star, box, ball)
        ends = full_optimum(result, norm) + np.outer([reach.min(), reach.max()], axis)
        points = densify(video.to_pixels(name, far_last, ends))
        (left, top), (right, bottom) = box
        points = points[(points[:, 0] > left + 3) & (points[:, 0] < right - 3)
                        & (points[:, 1] > top + 3) & (points[:, 1] < bottom - 3)]
        dots = video.to_pixels(name, far_last, batch)
        clear = video.screen_px(CLOUD_DOT) + ANTIALIAS_PX
        points = points[(cKDTree(dots).query(points)[0] > clear)
                        & (np.linalg.norm(points - video.pixel_box(star).mean(axis=0), axis=1)
                           > star_reach(video))]
        assert len(points) >= 40, (name, len(points))
        palette = [theme.NORM_COLORS[norm], theme.SOLUTION_COLOR, theme.ZERO_COLOR]
        drawn = region_pixels(frame, theme.LOSS_COLOR, box, palette)
        share = float(np.mean(cKDTree(drawn).query(points)[0] <= 1.5)) if len(drawn) else 0.0
        low, high = VALLEY_DRAWN
        assert low <= share <= high, f"{name}: the long axis drawn along {share:.0%}"
        summary[name] = round(share, 2)
    summary["replay"] = check_replay(video, result)
    shown = far_first / video.fps + 0.5 + 0.6  # (the 1-D picture goes, the planes come)
    held = (far_last + 1) / video.fps - shown
    assert held >= reading_seconds(scene.far_text(), scene.lang) - 1 / video.fps
    return summary


def check_replay(video, result) -> dict:
    """The closing beat's replay, decoded: at the frames where the blend position
    ``replay`` is held on a minibatch and in the middle of every leg, in each plane the
    optimum (mathcore's for the blend, ``blended_batch``) is a dot of its colour there,
    its disc at least half drawn in it; the replayed minibatches are ``replay_pair``'s, the
    lasso's optimum on one corner at one end and on the other at the other end."""
    scene = video.scene
    k = replay_pair(result)
    values = video.timeline["trackers"]["replay"]
    frames = [i for i, v in enumerate(values) if v is not None and v >= 0]
    assert frames and {values[i] for i in frames} >= {float(k), float(k + 1)}, "no replay"
    assert all(k <= values[i] <= k + 1 for i in frames)
    legs, run = [], []
    for i in frames:  # the legs: runs of frames strictly between the two minibatches
        if k < values[i] < k + 1:
            run.append(i)
        elif run:
            legs.append(run)
            run = []
    assert len(legs) == REPLAY_LEGS, len(legs)
    picks = sorted({*[leg[len(leg) // 2] for leg in legs],
                    *[next(i for i in frames if values[i] == float(end)) for end in (k, k + 1)]})
    corners = {zero_coordinate(result.batch_l1[k]), zero_coordinate(result.batch_l1[k + 1])}
    assert corners == {0, 1}
    decoded = video.frames(picks)
    radius = video.dot_radius_px
    _, axis = contour_shape(QuadraticLoss.from_gram(*result.full_gram))
    reach = (batch_optima(result, "l1") - full_optimum(result, "l1")) @ axis
    drawn, off = [], []
    for index in picks:
        for (norm, column), plane in scene.planes.items():
            name, box = plane_name(norm, column), video.plane_box(plane["axes"])
            beta, _ = blended_batch(result, float(values[index]), norm)
            centre = video.to_pixels(name, index, [beta])[0]
            mask = color_mask(decoded[index], optimum_color(beta),
                              [*DOT_COLORS, theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR,
                               FULL_DATA_COLOR], box)
            pixels = pixel_centres(mask)
            inside = int((np.linalg.norm(pixels - centre, axis=1) <= radius).sum()) \
                if len(pixels) else 0
            share = inside / (np.pi * radius ** 2)
            assert share >= 0.5, f"{name}: the replayed optimum {share:.0%} drawn at {index}"
            drawn.append(round(share, 2))
            # the loss's colour there: the blend's contour through its optimum and the
            # long axis, dashed, nothing else (the dot's disc left out)
            _, loss = blended_batch(result, float(values[index]), norm)
            contour = video.to_pixels(name, index, ellipse_points(
                loss, float(loss.value(beta)), 4000))
            ends = full_optimum(result, norm) + np.outer([reach.min(), reach.max()], axis)
            pink = region_pixels(decoded[index], theme.LOSS_COLOR, box,
                                 [theme.NORM_COLORS[norm], *DOT_COLORS],
                                 [video.disc_box(centre, radius + 2.0)])
            off.append(assert_near_polylines(
                video, index, pink, [contour, video.to_pixels(name, index, ends)],
                f"{name} replay contour", VALLEY_STROKE, min_pixels=40))
    return {"frames": len(frames), "checked": len(picks), "least_drawn": min(drawn),
            "contour_off_px": round(max(off), 2)}


def test_the_face_of_an_optimum():
    """The edge between the two corners of the optimum's quadrant (ending at them); none
    for an optimum on a corner (nor at 0)."""
    np.testing.assert_allclose(lasso_face(np.array([0.25, -0.5]))[0], [[0.75, 0], [0, -0.75]])
    assert lasso_face(np.array([0.0, 1.2])) == []
    assert lasso_face(np.zeros(2)) == []
    assert SHOWN_ONE_BY_ONE >= 2


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_texts_say_what_is_counted(lang):
    """The changed-zeros cell has no noun to agree with its count ("1 of 1", never "1 of 1
    minibatches"), the interval stays on one line, and the first subtitle says why the
    minibatches' dots are not on one ball (fixed penalties) as they come."""
    for seen in (1, 2, BATCHES):
        cell = text("st_cell_zeros", lang, count=1, batches=seen)
        assert "\n" not in cell and "minibatch" not in cell, cell
    interval = text("st_cell_ci", lang, low="9.52", high="11.87")
    assert "\n" not in interval and "9.52" in interval and "11.87" in interval
    for key in ("sub_st_batches", "sub_st_batches_flat"):
        assert "λ1" in text(key, lang), key
