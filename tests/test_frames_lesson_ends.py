"""Frame tests of the lesson's title card (scenes/title.py) and recap (scenes/recap.py).

Title: one beat per row of the key (``title_<meaning>``, its own subtitle): at the end of
its beat the row's swatch and words are drawn in the theme's colour for it, and before its
beat they are not; the miniature's contours grow at the recorded share of mathcore's
touching level and end touching each ball at its optimum; each miniature's axes are named
beta1 and beta2, clear of the loss's contour.
Recap: at the end of each row's beat, that row and the rows before it are drawn and the
rows after it are not, each held long enough to read, all clear of the subtitles' strip;
each pictured row's two planes show what mathcore gives (balls, the example's touch and
optima, the zero wedges and rays, the penalties crossing at 1, the weights on their
balls, the minibatch clouds), and the pictures are gone before the whole table is held
unchanged; the stability, weights, error and large rows quote mathcore's numbers.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.catchment import catchment_regions, l2_zero_rays
from mathcore.penalties import EQUAL_COST, l1_penalty, l2_penalty, prediction_shift
from mathcore.stability import minibatch_stability
from scenes import defaults, theme
from scenes.layout import SUBTITLE_SHARE
from scenes.pieces import optimum_color
from scenes.recap import (
    CLOUD_DOT,
    CURVE_STROKE,
    ERROR,
    FOOT,
    HALVES,
    LARGE_RANGE,
    PICTURE_SECONDS,
    PICTURES,
    RAY_STROKE,
    ROWS,
    TABLE_HOLD_SECONDS,
    WHOLE,
    ZONE_HALF,
    ZONE_OPACITY,
    LessonRecap,
)
from scenes.stability import BATCH_SIZE, BATCHES, RHO_STEPS, SEED
from scenes.strings import reading_seconds
from scenes.title import LessonTitle
from tests.frames import (
    MARKER_TOLERANCE,
    PlaneChecker,
    PlanePicture,
    assert_near_polylines,
    assert_on_curve,
    blend,
    bright_pixels,
    check_basics,
    check_dots,
    curve_gap_px,
    marker_position,
    region_pixels,
    spread,
)

pytestmark = pytest.mark.slow

OTHERS = [color for _, color in theme.COLOR_KEY]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_colour_key_is_shown_in_the_themes_colours(lang, rendered_video):
    video = rendered_video(LessonTitle, lang)
    check_basics(video)
    names = ["title_key", *[f"title_{name}" for name, _ in theme.COLOR_KEY]]
    assert [beat["name"] for beat in video.timeline["beats"]] == ["title_start", *names]
    ends = [video.beat(name)[1] for name in names]
    frames = video.frames(ends)
    for k, ((name, color), row) in enumerate(zip(theme.COLOR_KEY, video.scene.key,
                                                 strict=True)):
        before, shown = frames[ends[k]], frames[ends[k + 1]]  # the beat before, its own
        for part in row:
            box = video.pixel_box(part, margin_px=1.0)
            assert len(region_pixels(shown, color, box, OTHERS)) >= 15, (
                f"{part} not drawn in {color} by the end of title_{name}")
            assert len(bright_pixels(before, box, contrast=25.0)) == 0, (
                f"{part} drawn before title_{name}")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_miniature_grows_the_loss_to_its_touch_on_each_ball(lang, rendered_video):
    video = rendered_video(LessonTitle, lang)
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    growing = [(first, last) for first, last in video.changing("grow")]
    assert growing, "the contours never grew"
    final = video.beat(f"title_{theme.COLOR_KEY[-1][0]}")[1]
    indices = [*spread(growing, 3), final]
    for norm, part in video.scene.mini.items():
        solution = solve_constrained(loss, norm, defaults.RADIUS)
        region = video.plane_box(part["axes"])
        centre = video.disc_box(video.to_pixels(norm, final, loss.center)[0],
                                video.dot_radius_px)
        checker = PlaneChecker(video, norm, region, excluded=[centre])
        for index, frame in video.frames(indices).items():
            share = video.value("grow", index)
            done = index == final
            assert share == pytest.approx(1.0) if done else 0.0 < share < 1.0
            checker.check(index, frame, PlanePicture(
                plane=norm, ball_gauge=lambda x, norm=norm: norm_value(x, norm),
                radius=defaults.RADIUS, ball_color=theme.NORM_COLORS[norm],
                loss_center=loss.center, loss_matrix=loss.matrix,
                level=share * solution.loss, optimum=solution.beta if done else None,
                zeros=solution.zeros if done else (), touches=done,
                marker_color=optimum_color(solution.beta)))
    # the axis names, drawn, clear of the loss's contour
    frame = video.frames([final])[final]
    for part in video.scene.mini.values():
        assert [name.original_text for name in part["names"]] == ["β₁", "β₂"]
        for name in part["names"]:
            box = video.pixel_box(name, margin_px=1.0)
            assert len(bright_pixels(frame, box, contrast=25.0)) >= 10
            assert len(region_pixels(frame, theme.LOSS_COLOR, box,
                                     [theme.MUTED_TEXT_COLOR, *OTHERS])) == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_recap_rows_appear_one_per_beat(lang, rendered_video):
    video = rendered_video(LessonRecap, lang)
    check_basics(video)
    scene = video.scene
    ends = [video.beat(f"recap_{row}")[1] for row in ROWS]
    frames = video.frames([video.beat("recap_start")[1], *ends])
    header_end = video.beat("recap_start")[1]
    assert len(bright_pixels(frames[header_end], video.pixel_box(scene.header[0], 1.0),
                             contrast=25.0)) >= 15
    for cell, color in zip(scene.header[1:], (theme.L1_COLOR, theme.L2_COLOR), strict=True):
        box = video.pixel_box(cell, margin_px=1.0)
        assert len(region_pixels(frames[header_end], color, box, OTHERS)) >= 15
    for shown, end in enumerate([header_end, *ends]):
        for index, cells in enumerate(scene.rows):
            for cell in cells:
                box = video.pixel_box(cell, margin_px=1.0)
                drawn = len(bright_pixels(frames[end], box, contrast=25.0))
                if index < shown:
                    assert drawn >= 15, f"row {ROWS[index]} missing at frame {end}"
                else:
                    assert drawn == 0, f"row {ROWS[index]} drawn early at frame {end}"
    # every row and picture stays FOOT clear of the subtitles' strip
    height = video.timeline["pixel_size"][1]
    clear = (1.0 - SUBTITLE_SHARE) * height - video.screen_px(FOOT) + 1.0
    parts = [*scene.rows, *[plane["axes"] for plane in scene.planes.values()]]
    assert max(video.pixel_box(part, margin_px=0.0)[1][1] for part in parts) <= clear
    # each row is held until its subtitle and its two answers are read, and its picture
    for row, cells in zip(ROWS, scene.rows, strict=True):
        beat = next(b for b in scene.beats if b["name"] == f"recap_{row}")
        needed = reading_seconds(beat["subtitle"], lang) + sum(
            reading_seconds(cell.original_text, lang) for cell in cells[1:])
        needed += PICTURE_SECONDS if row in PICTURES else 0.0
        assert beat["end"] - beat["start"] >= needed, f"recap_{row} too short to read"


def picture_checks(video, row: str, index: int, frame: np.ndarray, norm: str) -> None:
    """The picture of ``row`` on the plane of ``norm`` at ``index``, against mathcore."""
    scene, name = video.scene, PICTURES[row]
    plane = f"{name}_{norm}"
    part = scene.planes[plane]
    region = video.plane_box(part["axes"])
    color = theme.NORM_COLORS[norm]
    gauge = lambda x, norm=norm: norm_value(x, norm)  # noqa: E731
    if name in ("shape", "touch"):
        loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        solution = solve_constrained(loss, norm, defaults.RADIUS)
        done = name == "touch"
        centre = video.disc_box(video.to_pixels(plane, index, loss.center)[0],
                                video.dot_radius_px)
        PlaneChecker(video, plane, region, excluded=[centre] if done else []).check(
            index, frame, PlanePicture(
                plane=plane, ball_gauge=gauge, radius=defaults.RADIUS, ball_color=color,
                loss_center=loss.center if done else None, loss_matrix=loss.matrix,
                level=solution.loss if done else None,
                optimum=solution.beta if done else None, zeros=solution.zeros if done else (),
                marker_color=optimum_color(solution.beta)))
        if done:  # L1's optimum is the corner (2, 0), L2's on the round edge, no zero
            assert (len(solution.zeros) > 0) == (norm == "l1")
    elif name == "zeros":
        box = (-ZONE_HALF, ZONE_HALF, -ZONE_HALF, ZONE_HALF)
        centre_px = video.to_pixels(plane, index, defaults.CENTER)[0]
        found = marker_position(frame, theme.LOSS_COLOR, centre_px, video.dot_radius_px,
                                [color, theme.ZERO_COLOR])
        assert found is not None and np.linalg.norm(found - centre_px) <= MARKER_TOLERANCE
        if norm == "l1":
            shade = blend(theme.ZERO_COLOR, ZONE_OPACITY)
            corners = [r for r in catchment_regions(defaults.MATRIX, defaults.RADIUS, box)
                       if r.face == "corner"]
            for region_ in corners:  # each wedge shaded at its inner point
                inner = video.to_pixels(plane, index, region_.polygon.mean(axis=0))[0]
                spot = np.array([inner - 2.0, inner + 2.0])
                assert len(region_pixels(frame, shade, spot, [theme.BACKGROUND_COLOR])) >= 4
            # outside every wedge and the ball: no shade (a point of an edge strip)
            strip = next(r for r in catchment_regions(defaults.MATRIX, defaults.RADIUS, box)
                         if r.face == "edge" and r.index == 0)
            outside = video.to_pixels(plane, index, strip.polygon.mean(axis=0))[0]
            spot = np.array([outside - 2.0, outside + 2.0])
            assert len(region_pixels(frame, shade, spot, [theme.BACKGROUND_COLOR])) == 0
            # the example's centre lies in the wedge of the corner its optimum is on
            solution = solve_constrained(QuadraticLoss.create(defaults.CENTER,
                                                              defaults.MATRIX), "l1",
                                         defaults.RADIUS)
            holder = next(r for r in corners if r.contains(np.array(defaults.CENTER)))
            assert np.allclose(holder.polygon[np.argmin(np.linalg.norm(
                holder.polygon - solution.beta, axis=1))], solution.beta)
        else:
            rays = l2_zero_rays(defaults.MATRIX, defaults.RADIUS, box)
            pixels = region_pixels(frame, theme.ZERO_COLOR, region,
                                   [color, theme.LOSS_COLOR, theme.AXES_COLOR],
                                   excluded=[video.disc_box(centre_px, video.dot_radius_px)])
            assert_near_polylines(video, index, pixels,
                                  [video.to_pixels(plane, index, ray) for ray in rays],
                                  "the L2 zero rays", RAY_STROKE)
    elif name == "large":
        penalty = l1_penalty if norm == "l1" else l2_penalty
        b = np.linspace(0.0, LARGE_RANGE, 2001)
        kept = penalty(b) <= LARGE_RANGE
        curve = video.to_pixels(plane, index, np.column_stack([b[kept], penalty(b)[kept]]))
        cross = video.to_pixels(plane, index, [[EQUAL_COST, EQUAL_COST]])[0]
        label = video.pixel_box(part["name"], margin_px=2.0)
        pixels = region_pixels(frame, color, region,
                               [theme.MUTED_TEXT_COLOR, theme.TEXT_COLOR, theme.AXES_COLOR],
                               excluded=[label, video.disc_box(cross, video.dot_radius_px)])
        assert_near_polylines(video, index, pixels, [curve], f"{norm} penalty", CURVE_STROKE)
        found = marker_position(frame, theme.TEXT_COLOR, cross, video.dot_radius_px, [color])
        assert found is not None and np.linalg.norm(found - cross) <= MARKER_TOLERANCE
        assert float(l1_penalty(EQUAL_COST)) == float(l2_penalty(EQUAL_COST))
    elif name == "weights":
        points = np.array([WHOLE, HALVES])
        expected = video.to_pixels(plane, index, points)
        discs = []
        for point in expected:  # both weight vectors, each where it lies: the white disc's
            # core (brighter than either ball's colour; its rim blends with the fill under
            # one half and the background under the other, so colour would pull it aside)
            disc = video.disc_box(point, video.dot_radius_px)
            core = bright_pixels(frame, disc, contrast=190.0)
            assert len(core) >= 0.4 * np.pi * video.dot_radius_px ** 2
            assert np.linalg.norm(core.mean(axis=0) - point) <= MARKER_TOLERANCE
            discs.append(disc)
        # the balls through them: one diamond for L1 (both cost 1), two circles for L2
        radii = np.unique(norm_value(points, norm))
        assert len(radii) == (1 if norm == "l1" else 2)
        pixels = region_pixels(frame, color, region, [theme.TEXT_COLOR, theme.AXES_COLOR],
                               excluded=discs)
        gaps = np.min([np.abs(curve_gap_px(video, plane, index, pixels, np.zeros(2), gauge,
                                           r)) for r in radii], axis=0)
        assert_on_curve(video, index, gaps, f"{norm} balls through the weights",
                        theme.BALL_STROKE, pixels=pixels)
        for r in radii:  # each ball is drawn, not just one of them
            near = np.abs(curve_gap_px(video, plane, index, pixels, np.zeros(2), gauge, r))
            assert (near <= video.half_stroke_px(theme.BALL_STROKE) + 1.5).sum() >= 20
    elif name == "stability":
        result = minibatch_stability(RHO_STEPS[-1], BATCH_SIZE, BATCHES, SEED)
        batch = result.batch_l1 if norm == "l1" else result.batch_l2
        check_dots(video, index, frame, plane, batch, CLOUD_DOT, region=region,
                   palette=[theme.MUTED_TEXT_COLOR])
        if norm == "l1":  # at rho = 0.99 the lasso's refits lie on the axes (green) too
            assert np.any(batch == 0.0)
        else:
            assert not np.any(batch == 0.0)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_recap_row_brings_back_its_picture(lang, rendered_video):
    """At the end of each pictured row's beat its two planes show what mathcore gives
    (the balls, the example's touch, the zero wedges and rays, the penalties crossing at
    1, the weights on their balls, the minibatch clouds); once the last rows come, the
    pictures are gone, and the table is held alone."""
    video = rendered_video(LessonRecap, lang)
    scene = video.scene
    ends = {row: video.beat(f"recap_{row}")[1] for row in ROWS}
    frames = video.frames(ends.values())
    for row in PICTURES:
        for norm in ("l1", "l2"):
            picture_checks(video, row, ends[row], frames[ends[row]], norm)
    planes = [video.plane_box(plane["axes"]) for plane in scene.planes.values()]
    area = np.array([np.min([p[0] for p in planes], axis=0),
                     np.max([p[1] for p in planes], axis=0)])
    for row in ROWS:
        drawn = len(bright_pixels(frames[ends[row]], area, contrast=25.0))
        assert (drawn >= 50) == (row in PICTURES), f"picture area at recap_{row}: {drawn}"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_whole_recap_table_is_held_and_its_numbers_are_mathcores(lang, rendered_video):
    """The last beat holds the full table, unchanged, for ``TABLE_HOLD_SECONDS``; the
    stability row quotes the minibatch measure over the stability scene's correlations
    (the ratio's range, the support changes at both ends); the weights, error and large
    rows quote mathcore.penalties."""
    video = rendered_video(LessonRecap, lang)
    first, last = video.beat("recap_end")
    assert (last - first + 1) / video.fps >= TABLE_HOLD_SECONDS
    held = video.frames([first, last])
    (left, top), (right, bottom) = video.pixel_box(video.scene.rows, 1.0).astype(int)
    difference = np.abs(held[first][top:bottom, left:right].astype(int)
                        - held[last][top:bottom, left:right].astype(int))
    changed = difference.max(axis=2) > 25  # encoder noise on text edges stays below
    assert changed.mean() <= 0.002 and difference.mean() <= 2.0
    results = [minibatch_stability(rho, BATCH_SIZE, BATCHES, SEED) for rho in RHO_STEPS]
    shown = video.scene.shown["recap_stability"]
    for entry, result in zip(shown, results, strict=True):
        assert entry["rho"] == result.rho
        assert entry["ratio"] == pytest.approx(result.ratio)
        assert entry["support_differs_percent"] == pytest.approx(100 * result.support_differs())
    row = video.scene.rows[ROWS.index("stability")]
    words = row[1].original_text + row[2].original_text
    for result in (results[0], results[-1]):  # both ends of the range, as computed
        assert f"{result.ratio:.1f}" in words and f"{result.rho:g}" in words
        assert f"{100 * result.support_differs():.0f}" in row[1].original_text
    assert results[0].ratio < results[-1].ratio
    weights = video.scene.shown["recap_weights"]  # (1, 0) against (1/2, 1/2)
    assert weights["l1"][0] == weights["l1"][1] and weights["l2"][1] == weights["l2"][0] / 2
    cells = video.scene.rows[ROWS.index("weights")]
    assert "β₁² + β₂²" in cells[2].original_text
    assert f"{weights['l2'][1]:g}" in cells[2].original_text
    error = video.scene.shown["recap_error"]
    shifts = [prediction_shift(np.array(w), np.array(ERROR)) for w in (WHOLE, HALVES)]
    assert error["shifts"] == shifts and shifts[1] == shifts[0] / 2
    cells = video.scene.rows[ROWS.index("error")]
    assert f"{shifts[0]:g}" in cells[1].original_text
    assert f"{shifts[1]:g}" in cells[2].original_text
    cells = video.scene.rows[ROWS.index("large")]
    assert f"{EQUAL_COST:g}" in cells[2].original_text
