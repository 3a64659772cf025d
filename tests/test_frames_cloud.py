"""Frame tests of scenes/cloud.py: random losses, the cloud of centres, the zones, the zoom.

While a random loss is held on screen, each plane shows its centre, its touching contour
(on mathcore's level, never inside the ball) and its optimum (within 2 px, green with an
exact zero, yellow without); each small ball is drawn whole in its colour (the contour
passes under it, no tick cuts across the diamond's tips).  While the cloud piles up, the
centres drawn are exactly the first ``dots`` of the scene's losses, each in its optimum's
colour.  The zones: at every checked frame of the zones and the tilt, the pixels inside
mathcore's corner wedges for the recorded shape A(s) are the zone's green, those outside
are not, and the L2 plane's green pixels lie on mathcore's four rays, each drawn to the
edge.  While dimmed under the zones, every dot clear of others keeps at least half of its
outcome's colour and reads as green or yellow as mathcore's optimum says.  The tilted
example and the zoom insets show contour, ball and optimum where mathcore puts them.  The
notes under the planes and the line under the key change cleanly: at no decoded frame are
the old and the new text both drawn; at most three shares are read at once.  The title
appears whole (faded in, never half-written).  Each plane's scale (tick numbers and the
names β₁, β₂) is drawn outside it, at least 14 px high, where its ticks are (not while the
zoomed insets cover the planes); the round wedges are not outlined once they have turned
(the tilted panel is not cluttered); the line on what ×N counts is read with the tallies
while they pile up; and in the exact-shares beat something changes at least every 3 s.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.balls import boundary_points
from mathcore.catchment import catchment_regions, l2_zero_rays
from mathcore.cloud import CENTER_RANGE, draw_problems
from mathcore.planar_batch import solve_planar_batch
from scenes import defaults, theme
from scenes.cloud import (
    BOX,
    CASE,
    CLOUD_DOT,
    CLOUD_SIZE,
    EXACT_SAMPLES,
    FIRST_HOLD,
    NOTES_OUT,
    PLANE_RANGE,
    RADIUS,
    RAY_STROKE,
    SEED,
    SHAPE_SECONDS,
    SHOWN_ONE_BY_ONE,
    TICK_STEP,
    TILT_DEGREES,
    ZONE_OPACITY,
    ZOOM_FACTOR,
    ZOOM_HALF,
    CornerPiles,
    RandomLossCloud,
    percent,
    shape_at,
    slope_text,
)
from scenes.layout import SUBTITLE_SHARE
from scenes.pieces import number_text, optimum_color
from scenes.strings import format_count, text
from tests.frames import (
    PlaneChecker,
    PlanePicture,
    assert_near_polylines,
    assert_reaches,
    blend,
    bright_pixels,
    check_basics,
    check_dots,
    color_mask,
    densify,
    inside_box,
    marker_position,
    pixel_centres,
    region_pixels,
    rgb,
    spread,
    still_runs,
)
from tests.test_frames_lesson_ends import check_fades_in_whole

pytestmark = pytest.mark.slow

#: How far (px) from a wedge's border, a dot or a line a sampled pixel must be.
CLEAR_PX = 3.5
#: Largest colour distance (0..255 per channel) of a zone or background pixel.
FILL_TOLERANCE = 14.0
#: A dimmed dot reads as its outcome's colour when its centre pixel holds at least this
#: share of that colour over what lies under it (the zone's green or the background), as
#: the other frame checks read a colour (tests.frames.classify's min_share).
READABLE_SHARE = 0.5
#: A text counts as drawn in a frame where this share of its own pixels (those no other
#: text of the change covers) is brighter than the background by TEXT_CONTRAST (luma).
TEXT_DRAWN, TEXT_CONTRAST = 0.05, 10.0
#: Every change of texts (the old fade out, then the new fade in) is over in this long.
CHANGE_SECONDS = NOTES_OUT + SHAPE_SECONDS + 0.5


def problems() -> dict:
    """The scene's random losses and their exact optima, from mathcore."""
    found = {}
    for norm in ("l1", "l2"):
        centers, matrices = draw_problems(np.random.default_rng(SEED), CLOUD_SIZE, CASE, norm,
                                          RADIUS)
        optima = solve_planar_batch(norm, centers, matrices, np.full(CLOUD_SIZE, RADIUS))
        found[norm] = (centers, matrices, optima)
    return found


def ball_gauge(norm: str):
    return lambda x: norm_value(x, norm)


def check_each_loss(video, drawn: dict) -> None:
    """The held losses: centre, contour, optimum, zeros, on both planes."""
    scene = video.scene
    holds = [k for k, value in enumerate(video.timeline["trackers"]["loss"])
             if value is not None and value >= 0]
    checkers = {norm: PlaneChecker(video, norm, video.plane_box(plane["axes"]))
                for norm, plane in scene.planes.items()}
    # the first loss is held (about 3 s) before the others go by faster
    first_hold = sum(1 for k in holds if video.value("loss", k) == 0)
    assert first_hold >= FIRST_HOLD * video.fps - 1, first_hold
    for index, frame in video.frames(spread([(holds[0], holds[-1])], 9, margin=0)).items():
        if video.value("loss", index) < 0:
            continue
        k = int(video.value("loss", index))
        for norm, checker in checkers.items():
            centers, matrices, _ = drawn[norm]
            loss = QuadraticLoss.create(centers[k], matrices[k])
            solution = solve_constrained(loss, norm, RADIUS)
            centre_px = video.to_pixels(norm, index, loss.center)[0]
            found = marker_position(frame, theme.LOSS_COLOR, centre_px, video.dot_radius_px,
                                    [theme.NORM_COLORS[norm], theme.ZERO_COLOR,
                                     theme.SOLUTION_COLOR], search_px=4.0)
            assert found is not None, f"{norm}: no centre c at frame {index}"
            checker.check(index, frame, PlanePicture(
                plane=norm, ball_gauge=ball_gauge(norm), radius=RADIUS,
                ball_color=theme.NORM_COLORS[norm], loss_center=loss.center,
                loss_matrix=loss.matrix, level=solution.loss, optimum=solution.beta,
                zeros=solution.zeros, marker_color=optimum_color(solution.beta)),
                excluded=[video.disc_box(centre_px, video.dot_radius_px),
                          *[video.disc_box(earlier, video.screen_px(CLOUD_DOT)) for earlier
                            in video.to_pixels(norm, index, centers[:k])]])
    for checker in checkers.values():
        assert len(checker.marker.frames) >= 3
        checker.marker.assert_within(video)


def check_whole_balls(video, drawn: dict) -> None:
    """At the last frame the first loss is held: every sampled point of mathcore's sphere
    ||b||_p = RADIUS (but under the optimum's dot) has the ball's colour within 1.5 px, the
    stretch the contour touches included; beside each of the diamond's tips, where a tick
    at ±RADIUS would cross it, no grey is drawn."""
    index = max(k for k, value in enumerate(video.timeline["trackers"]["loss"]) if value == 0)
    frame = video.frames([index])[index]
    for norm, plane in video.scene.planes.items():
        region = video.plane_box(plane["axes"])
        color = theme.NORM_COLORS[norm]
        others = [theme.LOSS_COLOR, theme.AXES_COLOR, theme.ZERO_COLOR, theme.SOLUTION_COLOR]
        mask = ndimage.binary_dilation(color_mask(frame, color, others, region), iterations=2)
        outline = video.to_pixels(norm, index, boundary_points(norm, RADIUS, 200))
        optimum = video.to_pixels(norm, index, drawn[norm][2][0])[0]
        seen = [mask[int(y), int(x)] for x, y in outline
                if np.linalg.norm([x, y] - optimum) > video.dot_radius_px + 3.0]
        assert len(seen) >= 150 and all(seen), (norm, len(seen), seen.count(False))
        if norm == "l1":
            for tip in video.to_pixels(norm, index, boundary_points(norm, RADIUS, 4)):
                if np.linalg.norm(tip - optimum) <= video.dot_radius_px + 3.0:
                    continue
                along = (tip - video.to_pixels(norm, index, [0.0, 0.0])[0])
                across = np.array([-along[1], along[0]]) / np.linalg.norm(along)
                for side in (-1.0, 1.0):
                    x, y = np.round(tip + side * 5.0 * across).astype(int)
                    grey = color_mask(frame, theme.AXES_COLOR, [color, theme.LOSS_COLOR])
                    assert not grey[y - 1:y + 2, x - 1:x + 2].any(), ("tick at tip", tip)


def check_cloud(video, drawn: dict) -> None:
    """While the cloud piles up and once it is complete: every centre shown is drawn
    where it lies in its optimum's colour, and no other dot."""
    lang = video.scene.lang
    colors = {norm: {tuple(c): optimum_color(b) for c, b in zip(drawn[norm][0], drawn[norm][2],
                                                                 strict=True)}
              for norm in drawn}
    piling = [(first, last) for first, last in video.changing("dots")
              if video.value("dots", last) > SHOWN_ONE_BY_ONE]
    exact = video.beat("cloud_exact")
    for index, frame in video.frames([*spread(piling, 5, margin=0), exact[1]]).items():
        shown = round(video.value("dots", index))
        for norm in ("l1", "l2"):
            piles = [video.pixel_box(part) for pile in CornerPiles(
                video.scene.planes[norm]["axes"], lang).count(drawn[norm][2][:shown])
                for part in pile] if norm == "l1" else []
            check_dots(video, index, frame, norm, drawn[norm][0][:shown], CLOUD_DOT,
                       excluded=piles,
                       color_of=lambda c, norm=norm: colors[norm][tuple(c)])
    assert video.value("dots", exact[1]) == CLOUD_SIZE
    for norm, counter in video.scene.counters.items():  # a gap between plane and counter
        plane_bottom = video.pixel_box(video.scene.planes[norm]["axes"], margin_px=0.0)[1][1]
        assert video.pixel_box(counter, margin_px=0.0)[0][1] >= plane_bottom + 3


def distance_to_polygon_px(points: np.ndarray, polygon: np.ndarray) -> np.ndarray:
    """Distance (px) of each point to the border of a pixel polygon."""
    best = np.full(len(points), np.inf)
    for a, b in zip(polygon, np.roll(polygon, -1, axis=0), strict=True):
        edge = b - a
        t = np.clip(((points - a) @ edge) / max(float(edge @ edge), 1e-12), 0.0, 1.0)
        best = np.minimum(best, np.linalg.norm(points - (a + t[:, None] * edge), axis=1))
    return best


def inside_polygon(points: np.ndarray, polygon: np.ndarray) -> np.ndarray:
    """Whether each point lies inside a convex polygon (either orientation)."""
    edges = np.roll(polygon, -1, axis=0) - polygon
    cross = (edges[None, :, 0] * (points[:, None, 1] - polygon[None, :, 1])
             - edges[None, :, 1] * (points[:, None, 0] - polygon[None, :, 0]))
    return np.all(cross >= 0, axis=1) | np.all(cross <= 0, axis=1)


def round_corners() -> list:
    """mathcore's corner wedges of the round loss A = I."""
    return [r for r in catchment_regions(shape_at(0.0), RADIUS, BOX) if r.face == "corner"]


def check_zones(video, index: int, frame: np.ndarray, centers: np.ndarray) -> dict:
    """The L1 plane at ``index``: sampled pixels clear of every border, dot and line are
    the zone's green inside mathcore's corner wedges for A(shape) and background outside."""
    shape = video.value("shape", index)
    regions = [r for r in catchment_regions(shape_at(shape), RADIUS, BOX) if r.face != "edge"]
    low, high = video.to_pixels("l1", index, [[BOX[0], BOX[3]], [BOX[1], BOX[2]]])
    grid = np.stack(np.meshgrid(np.arange(low[0] + 3, high[0] - 3, 2.0),
                                np.arange(low[1] + 3, high[1] - 3, 2.0)), -1).reshape(-1, 2)
    grid = np.floor(grid) + 0.5
    dot_px = video.screen_px(CLOUD_DOT)
    clear = np.ones(len(grid), bool)
    clear &= np.min(np.linalg.norm(grid[:, None] - video.to_pixels("l1", index, centers)[None],
                                   axis=2), axis=1) > dot_px + CLEAR_PX
    origin = video.to_pixels("l1", index, [[0.0, 0.0]])[0]
    clear &= np.min(np.abs(grid - origin), axis=1) > CLEAR_PX + 3  # axis lines and ticks
    wedge = np.zeros(len(grid), bool)
    for region in regions:
        polygon = video.to_pixels("l1", index, region.polygon)
        clear &= distance_to_polygon_px(grid, polygon) > CLEAR_PX
        if region.face == "corner":
            wedge |= inside_polygon(grid, polygon)
        else:  # the ball: its fill and outline are not the zone's
            clear &= ~inside_polygon(grid, polygon)
    columns, rows = np.floor(grid[clear]).astype(int).T
    pixels = frame[rows, columns].astype(float)
    expected = np.where(wedge[clear][:, None], rgb(blend(theme.ZERO_COLOR, ZONE_OPACITY)),
                        rgb(theme.BACKGROUND_COLOR))
    errors = np.abs(pixels - expected).max(axis=1)
    inside, outside = wedge[clear], ~wedge[clear]
    assert inside.sum() >= 200 and outside.sum() >= 200, (inside.sum(), outside.sum())
    share = {"inside": float(np.mean(errors[inside] <= FILL_TOLERANCE)),
             "outside": float(np.mean(errors[outside] <= FILL_TOLERANCE))}
    assert min(share.values()) >= 0.99, (
        f"zones at frame {index} (shape {shape:.3f}): share of sampled pixels in their "
        f"colour {share}")
    return share


def check_rays(video, index: int, frame: np.ndarray, excluded=()) -> float:
    """The L2 plane's green pixels lie on mathcore's rays for A(shape), each drawn."""
    rays = l2_zero_rays(shape_at(video.value("shape", index)), RADIUS, BOX)
    polylines = [video.to_pixels("l2", index, ray) for ray in rays]
    region = video.plane_box(video.scene.planes["l2"]["axes"])
    mask = color_mask(frame, theme.ZERO_COLOR, [theme.L2_COLOR, theme.SOLUTION_COLOR,
                                                theme.LOSS_COLOR, theme.AXES_COLOR], region)
    for box in excluded:
        (left, top), (right, bottom) = box
        mask[int(top):int(np.ceil(bottom)), int(left):int(np.ceil(right))] = False
    pixels = pixel_centres(mask)
    worst = assert_near_polylines(video, index, pixels, polylines, "L2 rays", RAY_STROKE)
    # each ray reaches the plane's edge (and is not hidden under the ball's outline)
    assert_reaches(video, index, pixels, [p for p in polylines], "L2 rays", RAY_STROKE,
                   back_px=6.0)
    return worst


def check_example(video, index: int, frame: np.ndarray, plane: str, norm: str,
                  region: np.ndarray, dots: np.ndarray | None = None,
                  share: float = 1.0) -> None:
    """The example loss (scenes.defaults) touching the ball of ``norm`` on ``plane``
    (``dots``: the cloud's centres on that plane, left out); with ``share`` < 1 its
    contour at that share of the touching level, not yet touching, no optimum."""
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    solution = solve_constrained(loss, norm, RADIUS)
    centre_px = video.to_pixels(plane, index, loss.center)[0]
    checker = PlaneChecker(video, plane, region)
    checker.check(index, frame, PlanePicture(
        plane=plane, ball_gauge=ball_gauge(norm), radius=RADIUS,
        ball_color=theme.NORM_COLORS[norm], loss_center=loss.center, loss_matrix=loss.matrix,
        level=share * solution.loss, optimum=solution.beta if share == 1.0 else None,
        zeros=solution.zeros if share == 1.0 else (), touches=share == 1.0,
        marker_color=optimum_color(solution.beta)),
        excluded=[video.disc_box(centre_px, video.dot_radius_px),
                  *[video.disc_box(dot, video.screen_px(CLOUD_DOT))
                    for dot in ([] if dots is None else video.to_pixels(plane, index, dots))]])
    if share == 1.0:
        checker.marker.assert_within(video)


def check_exact_notes(video) -> None:
    """While the cloud piles up, the L1 plane explains its tallies ("×N at a tip"); then the
    million-loss shares: with their interval where mathcore counts zeros, and as "none",
    the zero set's area of 0, without an interval, where it counts none (L2)."""
    scene, lang = video.scene, video.scene.lang
    _, last = video.beat("cloud_pile")
    frame = video.frames([last])[last]
    note = scene.tally_note
    assert note.original_text == text("cloud_tally_note", lang)
    assert len(bright_pixels(frame, video.pixel_box(note, margin_px=0.0), contrast=40.0)) > 30
    samples = format_count(EXACT_SAMPLES, lang)
    for norm, result in scene.exact.items():
        expected = text("cloud_exact", lang, samples=samples, share=percent(result.fraction_zero),
                        low=percent(result.ci95[0]), high=percent(result.ci95[1])) \
            if result.fraction_zero > 0 else text("cloud_exact_none", lang, samples=samples)
        assert scene.exact_notes[norm].original_text == expected
    assert scene.exact["l1"].fraction_zero > 0.5 and scene.exact["l2"].fraction_zero == 0.0


def check_tallies(video, drawn: dict) -> None:
    """"×N" at each tip of the diamond, N the shown optima exactly there (mathcore), drawn
    in green at the end of the exact beat and again at the end of the recap, each joined
    to its tip by a green leader drawn between the pile and the number (the circle's axis
    points get no tallies: none of its optima has a zero); under the exact shares, the key
    (what a dot is) and the sampling line they were drawn by ("drawn as below"), in plain
    words with mathcore's range of the centres, both unshrunk (at least 14 px at 480p)."""
    from scenes import pieces

    scene, lang = video.scene, video.scene.lang
    assert list(scene.corner_piles) == ["l1"]
    assert not np.any(drawn["l2"][2] == 0.0)
    ends = [video.beat("cloud_exact")[1], video.beat("cloud_recap")[1]]
    green = rgb(theme.ZERO_COLOR)
    for index, frame in video.frames(ends).items():
        # the sampling is the exact shares' caption, in both beats
        sampling = scene.key[1]
        assert sampling.original_text == text("cloud_sampling", lang, low=-int(CENTER_RANGE),
                                              high=int(CENTER_RANGE))
        assert scene.key[0].original_text == text("cloud_key", lang)
        for line in scene.key:
            assert line.height == pytest.approx(pieces.label(line.original_text,
                                                              theme.SMALL_SIZE).height, rel=1e-3)
            assert ink_height_480(frame, video, line) >= 14.0, line.original_text
            assert len(bright_pixels(frame, video.pixel_box(line, margin_px=0.0),
                                     contrast=25.0)) > 30
        assert video.value("dots", index) == CLOUD_SIZE
        for norm, piles in scene.corner_piles.items():
            optima = drawn[norm][2]
            for corner, (leader, disc, patch, tag) in zip(piles.corners, piles, strict=True):
                # the leader's stretch between the disc and the patch is drawn green
                ends_px = video.screen_to_pixels(np.array([leader.get_start(),
                                                           leader.get_end()]))
                along = [ends_px[0] + f * (ends_px[1] - ends_px[0])
                         for f in np.linspace(0.0, 1.0, 40)]
                clear = [point for point in along
                         if not any(np.all(point >= box[0] - 2) and np.all(point <= box[1] + 2)
                                    for box in (video.pixel_box(disc, margin_px=0.0),
                                                video.pixel_box(patch, margin_px=0.0)))]
                assert len(clear) >= 3, ("leader hidden", corner, len(clear))
                lit = [np.min(np.abs(frame[int(y) - 1:int(y) + 2, int(x) - 1:int(x) + 2]
                                     .reshape(-1, 3).astype(float) - green).max(axis=1)) <= 40
                       for x, y in clear]
                assert np.mean(lit) >= 0.8, ("leader not drawn", corner, lit)
                count = int(np.all(optima == corner, axis=1).sum())
                assert tag.shown_text == f"×{count}"
                box = video.pixel_box(tag, margin_px=0.0)
                assert len(region_pixels(frame, theme.ZERO_COLOR, box,
                                         [theme.BACKGROUND_COLOR, theme.TEXT_COLOR])) >= 8, (
                    f"{norm} tally ×{count} at {corner} not drawn at frame {index}")
                # on its opaque patch: no dot and no ball line shows through the number
                for color in (theme.SOLUTION_COLOR, theme.NORM_COLORS[norm]):
                    assert len(region_pixels(frame, color, box, [theme.BACKGROUND_COLOR,
                                                                 theme.ZERO_COLOR])) <= 1, (
                        f"{norm} tally ×{count} at {corner}: {color} under it")
            total = sum(int(np.all(optima == c, axis=1).sum()) for c in piles.corners)
            assert total == int(np.any(optima == 0.0, axis=1).sum())


def check_outlines(video) -> None:
    """While the round zones are read, the corner wedges are outlined one after another:
    while wedge k's outline is held, points along its edges off the plane's border are
    drawn in full green, those of the other wedges are not."""
    held = {}
    for index, value in enumerate(video.timeline["trackers"]["outlined"]):
        if value is not None and value >= 0:
            held.setdefault(int(value), []).append(index)
    regions = [r for r in catchment_regions(shape_at(0.0), RADIUS, BOX) if r.face == "corner"]
    assert sorted(held) == list(range(len(regions)))
    middles = {k: frames[len(frames) // 2] for k, frames in held.items()}
    zones = video.beat("cloud_zones")
    assert all(zones[0] <= index <= zones[1] for index in middles.values())
    green = rgb(theme.ZERO_COLOR)
    for k, (index, frame) in zip(sorted(middles), video.frames(
            [middles[k] for k in sorted(middles)]).items(), strict=True):
        for j, region in enumerate(regions):
            polygon = region.polygon
            points = []
            for a, b in zip(polygon, np.roll(polygon, -1, axis=0), strict=True):
                if any(np.isclose(a[i], b[i]) and np.isclose(abs(a[i]), BOX[1])
                       for i in (0, 1)):
                    continue  # along the plane's border
                points += [a + f * (b - a) for f in np.linspace(0.2, 0.8, 7)]
            pixels = video.to_pixels("l1", index, np.array(points))
            lit = 0
            for x, y in pixels:
                patch = frame[int(y) - 1:int(y) + 2, int(x) - 1:int(x) + 2].reshape(-1, 3)
                lit += bool(np.min(np.abs(patch.astype(float) - green).max(axis=1)) <= 40)
            if j == k:
                assert lit >= 0.8 * len(pixels), f"wedge {k} outline at frame {index}: {lit}"
            else:
                assert lit <= 0.2 * len(pixels), f"wedge {j} lit while {k} is: {lit}"


def check_words(video, index: int) -> None:
    """At the end of the tilt: the notes say the tilt in words (no A^-1 v), drawn; the key
    and the sampling line under the planes are drawn at the small size, unshrunk (at
    least 14 px a line at 480p), inside the frame and above the subtitles' strip."""
    from scenes import pieces

    scene, lang = video.scene, video.scene.lang
    frame = video.frames([index])[index]
    width, height = video.timeline["pixel_size"]
    for norm, note in scene.tilt_notes.items():
        assert "⁻¹" not in note.original_text
        assert note.original_text == text(f"cloud_tilt_{norm}", lang)
        assert len(bright_pixels(frame, video.pixel_box(note, margin_px=0.0),
                                 contrast=40.0)) > 30
    # the line under the key says why the shares differ (the share depends on the losses
    # drawn, the wedges are exact); the sampling caption was shown with the exact shares
    shares = scene.shares.original_text
    for value in (scene.exact["l1"].fraction_zero, *scene.zone_share.values()):
        assert percent(value) in shares
    # the key's first line says the shading is this loss shape's only (dots: random shapes)
    for line in (scene.zone_key, scene.shares):
        assert line.height == pytest.approx(pieces.label(line.original_text,
                                                          theme.SMALL_SIZE).height, rel=1e-3)
        (left, top), (right, bottom) = video.pixel_box(line, margin_px=0.0)
        assert (bottom - top) * 480 / height >= 14, line.original_text
        assert left >= 0 and right <= width and bottom <= (1.0 - SUBTITLE_SHARE) * height
        assert len(bright_pixels(frame, video.pixel_box(line, margin_px=0.0),
                                 contrast=25.0)) > 30


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_loss_then_the_cloud_of_centres(lang, rendered_video):
    video = rendered_video(RandomLossCloud, lang)
    check_basics(video)
    drawn = problems()
    check_each_loss(video, drawn)
    check_whole_balls(video, drawn)
    check_cloud(video, drawn)
    check_exact_notes(video)
    check_tallies(video, drawn)
    check_fades_in_whole(video, video.scene.title, video.beat("cloud_start"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_zones_follow_the_loss_shape(lang, rendered_video):
    video = rendered_video(RandomLossCloud, lang)
    centers = problems()["l1"][0]
    zones, tilt = video.beat("cloud_zones"), video.beat("cloud_tilt")
    morph = [(first, last) for first, last in video.changing("shape") if first >= tilt[0]]
    assert morph, "the shape never changes in the tilt beat"
    morph_end = morph[-1][1] + 1
    assert video.value("shape", zones[1]) == 0.0 and video.value("shape", morph_end) == 1.0
    checked = [zones[1], *spread(morph, 4, margin=0), morph_end]
    shapes = set()
    for index, frame in video.frames(checked).items():
        check_zones(video, index, frame, centers)
        check_rays(video, index, frame)
        shapes.add(round(video.value("shape", index), 3))
    assert len(shapes) >= 4  # the zones were seen moving
    drawn = problems()
    for index, frame in video.frames([zones[1], checked[2], morph_end]).items():
        check_dimmed_dots(video, index, frame, drawn)
    check_outlines(video)
    check_clean_changes(video)
    check_few_shares(video)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_tilted_example_and_the_zoom(lang, rendered_video):
    video = rendered_video(RandomLossCloud, lang)
    scene = video.scene
    tilt = video.beat("cloud_tilt")
    growing = [(first, last) for first, last in video.changing("grow") if first >= tilt[0]]
    index = tilt[1]
    assert growing and video.value("grow", index) == 1.0
    drawn = problems()
    middle = [k for k in range(growing[0][0], growing[-1][1] + 1)
              if 0.6 <= video.value("grow", k) <= 0.9]
    checked = [*spread([(middle[0], middle[-1])], 2, margin=0), index]
    for k, frame in video.frames(checked).items():  # the contour grows from c to its touch
        share = video.value("grow", k)
        for norm, plane in scene.planes.items():
            check_example(video, k, frame, norm, norm, video.plane_box(plane["axes"]),
                          drawn[norm][0], share=share)
    check_words(video, index)
    zoom = video.beat("cloud_zoom")
    index = zoom[1]
    assert video.value("zoom", index) == 1
    frame = video.frames([index])[index]
    for norm, group in zip(scene.planes, scene.insets, strict=True):
        inset = group[1]
        arrows, tags = inset[1], inset[2]
        region = video.pixel_box(inset[0][0], margin_px=-3.0)
        check_example(video, index, frame, f"{norm}_zoom", norm, region)
        for arrow in arrows:
            assert video.pixel_box(arrow)[0][0] >= region[0][0] - 3
        lines = [theme.NORM_COLORS[norm], theme.LOSS_COLOR]
        for tag in tags:  # the slopes are read inside the inset, off the ball and contour
            box = video.pixel_box(tag, margin_px=0.0)
            assert np.all(box[0] >= region[0] - 3) and np.all(box[1] <= region[1] + 3)
            for color in lines:
                crossing = inside_box(color_mask(frame, color, [theme.TEXT_COLOR, *lines]), box)
                assert crossing.sum() <= 2, f"{norm} slope {tag.original_text} on a {color} line"
    # the two steps along the ball come one after the other
    first = [k for k, value in enumerate(video.timeline["trackers"]["arrows"])
             if value == 1 and zoom[0] <= k <= zoom[1]]
    assert first
    middle = first[len(first) // 2]
    frame = video.frames([middle])[middle]
    for group in scene.insets:
        tags = group[1][2]
        drawn_tags = [len(region_pixels(frame, theme.TEXT_COLOR, video.pixel_box(
            tag, margin_px=0.0), [theme.BACKGROUND_COLOR])) for tag in tags]
        assert drawn_tags[0] >= 8 and drawn_tags[1] == 0, drawn_tags
    # the notes name the zoom (the insets' magnification, read on the decoded geometry)
    # and the touch point (mathcore's), and give the slopes
    for norm in scene.planes:
        beta = scene.example_solutions[norm].beta
        x, y = (f"{round(v, 2):g}" for v in beta)
        back, ahead = (slope_text(v) for v in scene.slopes[norm])
        assert scene.zoom_notes[norm].original_text == text(
            f"cloud_zoom_{norm}", lang, zoom=f"{ZOOM_FACTOR:g}", x=x, y=y, back=back,
            ahead=ahead)
        span = [beta, beta + np.array([ZOOM_HALF, 0.0])]
        zoomed = np.diff(video.to_pixels(f"{norm}_zoom", middle, span), axis=0)[0, 0]
        plain = np.diff(video.to_pixels(norm, middle, span), axis=0)[0, 0]
        assert zoomed / plain == pytest.approx(ZOOM_FACTOR, rel=0.01)
        assert len(bright_pixels(frame, video.pixel_box(scene.zoom_notes[norm],
                                                        margin_px=0.0))) > 30
    slopes = scene.slopes
    check_tilt(video, zoom)
    assert np.all(slopes["l1"] > 1.0)  # the tip holds: uphill both ways
    assert np.all(np.abs(slopes["l2"]) < 1e-9)  # flat on the circle


def check_tilt(video, zoom: tuple[int, int]) -> None:
    """In the zoom the example loss turns a few degrees each way (the tracker ``tilt``):
    at both extremes mathcore's L1 optimum stays exactly on the tip, drawn green there,
    while the L2 optimum slides along the circle, drawn yellow where mathcore puts it, off
    its untilted place."""
    scene = video.scene
    tilts = {k: video.value("tilt", k) for k in range(zoom[0], zoom[1] + 1)}
    extremes = [max(tilts, key=tilts.get), min(tilts, key=tilts.get)]
    assert tilts[extremes[0]] >= TILT_DEGREES - 0.5 and tilts[extremes[1]] <= 0.5 - TILT_DEGREES
    # while it turns, the untilted loss's steps and slopes are gone, and the notes say
    # what the turn does
    for index, frame in video.frames(extremes).items():
        for norm, group in zip(scene.planes, scene.insets, strict=True):
            for tag in group[1][2]:
                assert len(region_pixels(frame, theme.TEXT_COLOR, video.pixel_box(
                    tag, margin_px=0.0), [theme.BACKGROUND_COLOR])) == 0, (norm, index)
            note = scene.tilt_notes_zoom[norm]
            assert note.original_text == text(f"cloud_zoom_tilt_{norm}", scene.lang,
                                              degrees=f"{TILT_DEGREES:g}")
            assert len(bright_pixels(frame, video.pixel_box(note, margin_px=0.0))) > 30
    assert tilts[zoom[1]] == 0.0  # back to the untilted loss at the end
    for index, frame in video.frames(extremes).items():
        loss = scene.tilted_loss(tilts[index])
        for norm in scene.planes:
            beta = solve_constrained(loss, norm, RADIUS).beta
            untilted = scene.example_solutions[norm].beta
            expected = video.to_pixels(f"{norm}_zoom", index, beta)[0]
            found = marker_position(frame, optimum_color(beta), expected, video.dot_radius_px,
                                    [theme.NORM_COLORS[norm], theme.LOSS_COLOR,
                                     theme.BACKGROUND_COLOR], search_px=4.0)
            assert found is not None, f"{norm} optimum not at mathcore's, tilt {tilts[index]}"
            moved = np.linalg.norm(expected - video.to_pixels(f"{norm}_zoom", index,
                                                              untilted)[0])
            if norm == "l1":
                assert np.array_equal(beta, untilted) and beta[1] == 0.0  # the tip holds
            else:
                assert np.all(beta != 0.0) and moved >= 6.0, moved  # the circle's slides


def colour_shares(pixels: np.ndarray, color: str, under: np.ndarray) -> tuple[np.ndarray,
                                                                              np.ndarray]:
    """Each pixel P as U + a (C - U) + r over what lies under it (U, one row a pixel):
    (a, |r|)."""
    span = rgb(color) - under
    share = np.sum((pixels - under) * span, axis=1) / np.sum(span * span, axis=1)
    return share, np.linalg.norm(pixels - under - share[:, None] * span, axis=1)


def check_dimmed_dots(video, index: int, frame: np.ndarray, drawn: dict) -> dict:
    """While the cloud is dimmed under the zones, each dot clear of the other dots, the
    wedges' borders, the rays, the ball and the axes is read at its centre pixel as its
    outcome's colour (mathcore's optimum: green with an exact zero, else yellow): at
    least ``READABLE_SHARE`` of it over the zone or the background under it, and nearer
    to it than to the other outcome's colour."""
    from scipy.spatial import cKDTree

    matrix = shape_at(video.value("shape", index))
    dot_px = video.screen_px(CLOUD_DOT)
    found = {}
    for norm in ("l1", "l2"):
        centers, _, optima = drawn[norm]
        pixels = video.to_pixels(norm, index, centers)
        near = cKDTree(pixels).query(pixels, k=2)[0][:, 1]
        clear = near > 2 * dot_px + 2.0
        origin = video.to_pixels(norm, index, [[0.0, 0.0]])[0]
        clear &= np.min(np.abs(pixels - origin), axis=1) > dot_px + 6.0  # axes and ticks
        ball = video.to_pixels(norm, index, boundary_points(norm, RADIUS, 400))
        clear &= cKDTree(ball).query(pixels)[0] > dot_px + 4.0
        under = np.tile(rgb(theme.BACKGROUND_COLOR), (len(centers), 1))
        if norm == "l1" and index >= video.beat("cloud_tilt")[0]:
            for region in catchment_regions(matrix, RADIUS, BOX):
                polygon = video.to_pixels("l1", index, region.polygon)
                clear &= distance_to_polygon_px(pixels, polygon) > dot_px + 2.0
                if region.face == "corner":
                    under[inside_polygon(pixels, polygon)] = rgb(blend(theme.ZERO_COLOR,
                                                                       ZONE_OPACITY))
        else:
            for ray in l2_zero_rays(matrix, RADIUS, BOX):
                line = densify(video.to_pixels("l2", index, ray))
                clear &= cKDTree(line).query(pixels)[0] > (dot_px + video.half_stroke_px(
                    RAY_STROKE) + 2.0)
        columns, rows = np.floor(pixels[clear]).astype(int).T
        seen = frame[rows, columns].astype(float)
        colors = np.array([optimum_color(b) for b in optima[clear]])
        green, green_residual = colour_shares(seen, theme.ZERO_COLOR, under[clear])
        yellow, yellow_residual = colour_shares(seen, theme.SOLUTION_COLOR, under[clear])
        is_green = colors == theme.ZERO_COLOR
        own_share = np.where(is_green, green, yellow)
        own_fits = np.where(is_green, green_residual < yellow_residual,
                            yellow_residual < green_residual)
        read = (own_share >= READABLE_SHARE) & own_fits
        for color in (theme.ZERO_COLOR, theme.SOLUTION_COLOR):
            mine = colors == color
            if not mine.any():
                continue
            share = float(np.mean(read[mine]))
            found[(norm, color)] = (int(mine.sum()), round(share, 3),
                                    round(float(np.median(own_share[mine])), 2))
            assert share >= 0.97, (f"{norm}: only {share:.1%} of {int(mine.sum())} dimmed "
                                   f"{color} dots read as {color} at frame {index}: {found}")
    # both outcomes were seen on the L1 plane, the yellow ones on the L2 plane
    assert found[("l1", theme.ZERO_COLOR)][0] >= 30, found
    assert found[("l1", theme.SOLUTION_COLOR)][0] >= 10, found
    assert found[("l2", theme.SOLUTION_COLOR)][0] >= 50, found
    return found


def text_pixels(video, frame: np.ndarray, boxes: list[np.ndarray]) -> np.ndarray:
    """The mask of pixels inside ``boxes`` at least TEXT_CONTRAST brighter than the
    background (luma)."""
    weights = np.array([0.299, 0.587, 0.114])
    luma = frame.astype(float) @ weights
    lit = luma > rgb(theme.BACKGROUND_COLOR) @ weights + TEXT_CONTRAST
    inside = np.zeros_like(lit)
    for (left, top), (right, bottom) in boxes:
        inside[max(int(top), 0):int(np.ceil(bottom)), max(int(left), 0):int(np.ceil(right))] = True
    return lit & inside


def check_clean_change(video, beat: str, old: list, new: list, shown: int,
                       start: int | None = None) -> dict:
    """When ``beat`` begins (or at frame ``start`` in it), the texts ``old`` (drawn at the
    frame before) give way to ``new`` (drawn at frame ``shown``): at no decoded frame in
    between are both drawn (each judged on its own pixels, those the other's text does not
    cover)."""
    first = video.beat(beat)[0] if start is None else start
    boxes = [video.pixel_box(m, margin_px=1.0) for m in [*old, *new]]
    ends = video.frames([first - 1, shown])
    before = text_pixels(video, ends[first - 1], boxes)
    after = text_pixels(video, ends[shown], boxes)
    old_only = before & ~ndimage.binary_dilation(after, iterations=2)
    new_only = after & ~ndimage.binary_dilation(before, iterations=2)
    assert old_only.sum() >= 50 and new_only.sum() >= 50, (beat, old_only.sum(),
                                                           new_only.sum())
    # every text change is over within CHANGE_SECONDS; decoded a few frames at a time
    last = min(shown, first + int(np.ceil(CHANGE_SECONDS * video.fps)))
    both, seen = [], []
    for start in range(first, last + 1, 10):
        for index, frame in video.frames(range(start, min(start + 10, last + 1))).items():
            lit = text_pixels(video, frame, boxes)
            drawn = (float(lit[old_only].mean()), float(lit[new_only].mean()))
            seen.append(drawn)
            if min(drawn) > TEXT_DRAWN:
                both.append((index, drawn))
            video._frames.pop(index, None)  # hundreds of frames: not kept
    assert not both, f"{beat}: the old and the new texts drawn at once at {both[:5]}"
    assert seen[0][0] > 0.5 and seen[-1][1] > 0.5, (beat, seen[0], seen[-1])
    return {"frames": len(seen)}


def check_clean_changes(video) -> None:
    """Each change of the texts under the planes and under the key is clean: the
    counts and the tally note give way to the exact shares with the sampling; those to the
    round zones' notes; those to the tilted ones with the shares compared; those to the
    zoom's slopes; those, when the steps go and the loss turns, to what the turn does;
    those to the exact shares with the sampling again."""
    scene = video.scene
    ends = {name: video.beat(name)[1] for name in
            ("cloud_exact", "cloud_zones", "cloud_tilt", "cloud_zoom", "cloud_recap")}
    first_outline = min(k for k, v in enumerate(video.timeline["trackers"]["outlined"])
                        if v is not None and v >= 0)
    growing = min(k for k, v in enumerate(video.timeline["trackers"]["grow"])
                  if v is not None and v > 0)
    exact = [*scene.exact_notes.values(), scene.key[1]]
    arrows = video.timeline["trackers"]["arrows"]
    zoom = video.beat("cloud_zoom")
    steps = {n: min(k for k in range(zoom[0], zoom[1] + 1) if arrows[k] == n) for n in (1, 2)}
    turning = min(k for k in range(zoom[0], zoom[1] + 1) if video.value("tilt", k) != 0.0)
    changes = [
        ("cloud_exact", [scene.tally_note, *scene.counters.values()], exact,
         ends["cloud_exact"]),
        ("cloud_zones", [*exact, scene.key[0]], [*scene.zone_notes.values(), scene.zone_key],
         first_outline),
        ("cloud_tilt", list(scene.zone_notes.values()),
         [*scene.tilt_notes.values(), scene.shares], growing),
        ("cloud_zoom", [*scene.tilt_notes.values(), scene.shares, scene.zone_key],
         list(scene.zoom_notes.values()), steps[1]),
        ("cloud_recap", list(scene.tilt_notes_zoom.values()), [*exact, scene.key[0]],
         ends["cloud_recap"]),
    ]
    for beat, old, new, shown in changes:
        check_clean_change(video, beat, old, new, shown)
    check_clean_change(video, "cloud_zoom", list(scene.zoom_notes.values()),
                       list(scene.tilt_notes_zoom.values()), turning, start=steps[2])


def check_few_shares(video) -> None:
    """At the end of each beat, the texts drawn under the planes and the key hold at
    most three shares (numbers with decimals; the zoom's slopes are not shares), each
    in a named text, all from mathcore."""
    import re

    scene = video.scene
    counters = [c.shown_text for c in scene.counters.values()]
    shown = {"cloud_pile": [*counters, scene.tally_note.original_text,
                            scene.tally_none.original_text],
             "cloud_exact": [n.original_text for n in [*scene.exact_notes.values(),
                                                       scene.key[1]]],
             "cloud_zones": [n.original_text for n in scene.zone_notes.values()],
             "cloud_tilt": [n.original_text for n in [*scene.tilt_notes.values(),
                                                      scene.shares]]}
    shown["cloud_recap"] = shown["cloud_exact"]
    values = {percent(v) for v in (*[r.fraction_zero for r in scene.exact.values()],
                                   *[r.ci95[k] for r in scene.exact.values() for k in (0, 1)],
                                   *scene.zone_share.values())}
    for beat, texts in shown.items():
        numbers = re.findall(r"\d+\.\d+", " ".join(texts))
        assert len(numbers) <= 3, (beat, numbers)
        if beat != "cloud_pile":  # the live counts are checked in check_cloud
            assert set(numbers) <= values, (beat, numbers)


def ink_px(frame: np.ndarray, video, label) -> np.ndarray:
    """The drawn (bright) pixels of ``label`` in the decoded frame; their box
    ((left, top), (right, bottom)) and height at 480p."""
    drawn = bright_pixels(frame, video.pixel_box(label, margin_px=1.0), contrast=40.0)
    assert len(drawn) > 10, f"{label.original_text} not drawn"
    return drawn


def ink_height_480(frame: np.ndarray, video, label) -> float:
    drawn = ink_px(frame, video, label)
    return float(drawn[:, 1].max() - drawn[:, 1].min() + 1.0) * 480 / \
        video.timeline["pixel_size"][1]


def disjoint(a: np.ndarray, b: np.ndarray, gap: float = 0.0) -> bool:
    """Whether two pixel boxes ((left, top), (right, bottom)) are at least ``gap`` apart."""
    return bool(a[1][0] + gap <= b[0][0] or b[1][0] + gap <= a[0][0]
                or a[1][1] + gap <= b[0][1] or b[1][1] + gap <= a[0][1])


def check_scale(video, index: int) -> dict:
    """Each plane's scale at ``index``: a number for every tick (every TICK_STEP) along
    its bottom and left edges, both ends and 0 on each, drawn at least 14 px high (480p)
    under or beside that tick's recorded place (the corner's two "−10" apart), the plane's
    frame drawn along its edges, and the names β₁ (right of the β₁ axis's end, at β₂ = 0)
    and β₂ (above the β₂ axis's top end, under the title), all outside the plane: clear
    of its dots and zones."""
    scene, lang = video.scene, video.scene.lang
    frame = video.frames([index])[index]
    values = np.arange(-PLANE_RANGE, PLANE_RANGE + TICK_STEP / 2, TICK_STEP)
    heights = []
    title_px = video.pixel_box(scene.title, margin_px=0.0)
    for norm, plane in scene.planes.items():
        numbers, x_name, y_name, _ = plane["scale"]
        plane_px = video.pixel_box(plane["axes"], margin_px=0.0)
        texts = sorted(n.original_text for n in numbers)
        assert texts == sorted([number_text(v) for v in values] * 2), texts
        corner = [n for n in numbers
                  if n.original_text == number_text(-PLANE_RANGE)]
        assert disjoint(*[video.pixel_box(n, margin_px=0.0) for n in corner], gap=4.0)
        # the frame: each edge is drawn halfway between its ticks
        halves = values[:-1] + TICK_STEP / 2
        edge = np.full(len(halves), PLANE_RANGE)
        for points in ([halves, -edge], [halves, edge], [-edge, halves], [edge, halves]):
            pixels = video.to_pixels(norm, index, np.column_stack(points))
            lit = [len(bright_pixels(frame, np.array([point - 2, point + 2]),
                                     contrast=25.0)) >= 2 for point in pixels]
            assert all(lit), ("frame", norm, points, lit)
        for number in numbers:
            drawn = ink_px(frame, video, number)
            heights.append(ink_height_480(frame, video, number))
            centre = (drawn.min(axis=0) + drawn.max(axis=0)) / 2
            value = float(number.original_text.replace("−", "-"))
            below = drawn[:, 0].max() >= plane_px[0][0]  # else left of the plane
            tick = video.to_pixels(norm, index, [[value, -PLANE_RANGE] if below
                                                 else [-PLANE_RANGE, value]])[0]
            axis = 0 if below else 1
            assert abs(centre[axis] - tick[axis]) <= 2.0, (norm, number.original_text, centre,
                                                           tick)
            assert disjoint(video.pixel_box(number, margin_px=0.0), plane_px), number.original_text
        origin = video.to_pixels(norm, index, [[0.0, 0.0]])[0]
        assert x_name.original_text == text("axis_x", lang)
        assert y_name.original_text == text("axis_y", lang)
        for name in (x_name, y_name):
            heights.append(ink_height_480(frame, video, name))
            assert disjoint(video.pixel_box(name, margin_px=0.0), plane_px)
        # β₁ right of the right end of its axis, at β₂ = 0
        drawn = ink_px(frame, video, x_name)
        assert abs((drawn[:, 1].min() + drawn[:, 1].max()) / 2 - origin[1]) <= 5.0
        assert drawn[:, 0].min() > plane_px[1][0]
        # β₂ above the top end of its axis, at β₁ = 0, under the title
        drawn = ink_px(frame, video, y_name)
        assert abs((drawn[:, 0].min() + drawn[:, 0].max()) / 2 - origin[0]) <= 5.0
        assert drawn[:, 1].max() < plane_px[0][1]
        assert drawn[:, 1].min() > title_px[1][1], (drawn[:, 1].min(), title_px)
    assert min(heights) >= 14.0, heights
    return {"label_px": (round(min(heights), 1), round(max(heights), 1))}


def check_no_round_outline(video, index: int, centers: np.ndarray) -> float:
    """Once the wedges have turned (at ``index``, the tilt's end), the round loss's wedges
    are not outlined (the tilted panel holds only its own zones, the dots and the example):
    points along their edges (off the plane's border, clear of the tilted wedges' borders
    and of the dots) are no brighter than the fill under them."""
    shape = video.value("shape", index)
    assert shape == 1.0
    frame = video.frames([index])[index]
    weights = np.array([0.299, 0.587, 0.114])
    luma = frame.astype(float) @ weights
    tilted = [r for r in catchment_regions(shape_at(shape), RADIUS, BOX) if r.face != "edge"]
    dots = video.to_pixels("l1", index, centers)
    dot_px = video.screen_px(CLOUD_DOT)
    lit = []
    for region in round_corners():
        polygon = region.polygon
        for a, b in zip(polygon, np.roll(polygon, -1, axis=0), strict=True):
            if any(np.isclose(a[i], b[i]) and np.isclose(abs(a[i]), BOX[1]) for i in (0, 1)):
                continue
            points = video.to_pixels("l1", index, [a + f * (b - a)
                                                   for f in np.linspace(0.15, 0.85, 15)])
            for point in points:
                if np.min(np.linalg.norm(dots - point, axis=1)) <= dot_px + 3.0 or any(
                        distance_to_polygon_px(point[None], video.to_pixels(
                            "l1", index, r.polygon))[0] <= CLEAR_PX for r in tilted):
                    continue
                inside = any(inside_polygon(point[None], video.to_pixels("l1", index,
                                                                         r.polygon))[0]
                             for r in tilted if r.face == "corner")
                under = blend(theme.ZERO_COLOR, ZONE_OPACITY) if inside \
                    else theme.BACKGROUND_COLOR
                x, y = np.floor(point).astype(int)
                patch = luma[y - 1:y + 2, x - 1:x + 2]
                lit.append(patch.max() >= rgb(under) @ weights + 12.0)
    assert len(lit) >= 20 and np.mean(lit) <= 0.05, (len(lit), np.mean(lit))
    return float(np.mean(lit))


def check_tally_note(video) -> None:
    """While the cloud piles up, the one line saying what ×N counts is drawn in the L1
    colour, at least 14 px high, under the counter and above the key, out of the
    subtitles' strip."""
    scene = video.scene
    note = scene.tally_note
    height = video.timeline["pixel_size"][1]
    for beat in ("cloud_pile",):
        index = video.beat(beat)[1]
        frame = video.frames([index])[index]
        # the L2 plane has no tallies: one line says no optimum lands on an axis
        none = scene.tally_none
        assert none.original_text == text("cloud_tally_none", scene.lang)
        assert ink_height_480(frame, video, none) >= 14.0
        assert len(region_pixels(frame, theme.L2_COLOR, video.pixel_box(none, margin_px=0.0),
                                 [theme.BACKGROUND_COLOR])) >= 20
        assert video.pixel_box(none, margin_px=0.0)[1][1] <= (1.0 - SUBTITLE_SHARE) * height
        assert "\n" not in note.original_text
        assert ink_height_480(frame, video, note) >= 14.0
        assert len(region_pixels(frame, theme.L1_COLOR, video.pixel_box(note, margin_px=0.0),
                                 [theme.BACKGROUND_COLOR])) >= 20
        box = video.pixel_box(note, margin_px=0.0)
        assert box[0][1] >= video.pixel_box(scene.counters["l1"], margin_px=0.0)[1][1]
        assert box[1][1] <= video.pixel_box(scene.key[0], margin_px=0.0)[0][1]
        assert box[1][1] <= (1.0 - SUBTITLE_SHARE) * height


def check_no_long_still(video, beat: str, longest: float = 3.0) -> list:
    """In ``beat`` something changes on screen at least every ``longest`` seconds: the
    decoded frames, every quarter second, differ (over 20 pixels by more than 12 of 255)
    from the previous one at most ``longest`` apart, from the beat's start to its end.
    Returns the runs of one picture (first, last sampled frame, seconds)."""
    first, last = video.beat(beat)
    step = max(1, round(video.fps / 4))
    indices = list(range(first, last + 1, step))
    if indices[-1] != last:
        indices.append(last)
    return still_runs(video.frames(indices).items(), video.fps, level=12, allowed=20,
                      limit=longest)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_scale_outline_tallies_and_pace(lang, rendered_video):
    video = rendered_video(RandomLossCloud, lang)
    check_scale(video, video.beat("cloud_start")[1])
    check_scale(video, video.beat("cloud_recap")[1])
    index = video.beat("cloud_zoom")[1]  # the insets' scale is not the planes': none drawn
    frame = video.frames([index])[index]
    for plane in video.scene.planes.values():
        for number in plane["scale"][0]:
            assert len(bright_pixels(frame, video.pixel_box(number, margin_px=0.0))) == 0
    tilt = video.beat("cloud_tilt")
    morph = [(first, last) for first, last in video.changing("shape") if first >= tilt[0]]
    check_no_round_outline(video, morph[-1][1] + 1, problems()["l1"][0])
    check_tally_note(video)
    check_no_long_still(video, "cloud_exact")
