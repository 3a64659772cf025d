"""Frame tests of the lesson's title card (scenes/title.py) and recap (scenes/recap.py).

Title: the title fades in whole (never a half-written title); one beat per row of the key
(``title_<meaning>``, its own subtitle): at the end of its beat the row's swatch and words
are drawn in the theme's colour for it, and before its beat they are not; the miniature's
contours grow at the recorded share of mathcore's touching level and end touching each
ball at its optimum; each miniature's axes are named beta1 and beta2, clear of the loss's
contour.
Recap: at the end of each row's beat, that row (its words and its two pictures) and the
rows before it are drawn and the rows after it are not, each held long enough to read, all
clear of the subtitles' strip, across the frame's width, every cell one size, at least 15 px
high at 480p, never shrunk; each picture is at least LEAST_PICTURE_PX square at 480p (the
balls fill theirs) and drawn in its norm's colour (the touch row's optimum in the optimum's
colour at mathcore's optimum, the zeros row's wedges in the zero colour, the features
row's pie green for mathcore's share of zero coefficients); the penalty row has no picture
and the loss f it holds for is written out under the table with it; the whole table is
held unchanged; the touch, large-weights, stability, penalty (t = 2 as lambda = 5 for L1),
SGD, features and real-data rows quote mathcore's numbers.
"""

from __future__ import annotations

import numpy as np
import pytest
from manim import VGroup

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.cloud import cloud_nd
from mathcore.datasets import load_diabetes
from mathcore.orbit import LossOrbit, zero_share
from mathcore.paths import budget_shares, lasso_path
from mathcore.penalties import l1_penalty, l2_penalty
from mathcore.penalty_form import penalty_for_budget
from mathcore.preprocessing import standardize
from mathcore.sgd import sgd_trajectories
from mathcore.stability import minibatch_stability
from scenes import defaults, theme
from scenes import high_dim as hd
from scenes import sgd as sgd_scene
from scenes.base import STILL_SECONDS
from scenes.cues import cues, subtitle_seconds
from scenes.layout import SUBTITLE_SHARE
from scenes.pieces import optimum_color
from scenes.recap import (
    BAR_FADE,
    BAR_OPACITY,
    BAR_PAD,
    CELL_SIZE,
    CONCENTRATED,
    FOOT,
    LEAST_PICTURE_PX,
    PLAIN_ROWS,
    ROW_FADE_SECONDS,
    ROWS,
    SGD_L1,
    SGD_PROX,
    SPREAD,
    TABLE_HOLD_SECONDS,
    LessonRecap,
)
from scenes.ridge_vs_lasso import COMPARE_AT
from scenes.stability import BATCH_SIZE, BATCHES, RHO_STEPS, SEED
from scenes.strings import reading_seconds, text
from scenes.title import LessonTitle
from tests.frames import (
    PlaneChecker,
    PlanePicture,
    blend,
    bright_pixels,
    check_basics,
    region_pixels,
    rgb,
    spread,
)

pytestmark = pytest.mark.slow

OTHERS = [color for _, color in theme.COLOR_KEY]
#: A title appears whole when each decoded frame's title box is, within this share of its
#: final contrast, its final picture at one opacity (a fade); a Write caught mid-stroke
#: shows some letters whole, others outlined or not yet drawn.
WHOLE_TOLERANCE = 0.15
#: ... and it is all there (at least 95 % of its final contrast) this long after its beat
#: begins.
TITLE_SECONDS = 1.5


def check_fades_in_whole(video, title, beat: tuple[int, int]) -> dict:
    """From the first frame of ``beat`` the title's pixels (luma over the background) are
    its final pixels times one opacity a in [0, 1], never a half-written title, and a is
    1 from ``TITLE_SECONDS`` on: P - B = a (F - B), F the title at the end of the beat."""
    first, last = beat
    box = video.pixel_box(title, margin_px=1.0)
    (left, top), (right, bottom) = np.floor(box).astype(int)
    weights = np.array([0.299, 0.587, 0.114])
    background = rgb(theme.BACKGROUND_COLOR) @ weights

    def contrast(frame: np.ndarray) -> np.ndarray:
        return (frame[top:bottom, left:right].astype(float) @ weights - background).ravel()

    final = contrast(video.frames([last])[last])
    assert np.sum(final > 40.0) >= 200, "no title at the end of its beat"
    reach = first + int(np.ceil(TITLE_SECONDS * video.fps))
    opacities = {}
    for index, frame in video.frames(range(first, reach + 1)).items():
        seen = contrast(frame)
        opacity = float(seen @ final / (final @ final))
        off = float(np.linalg.norm(seen - opacity * final) / np.linalg.norm(final))
        opacities[index] = round(opacity, 3)
        assert off <= WHOLE_TOLERANCE, (
            f"title half drawn at frame {index}: {off:.2f} of it off a fade (opacity "
            f"{opacity:.2f})")
    assert opacities[reach] >= 0.95, opacities
    return opacities


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_colour_key_is_shown_in_the_themes_colours(lang, rendered_video):
    """Each row of the key, and last the line on every other colour, appears in its own
    beat (not before it) in its colour, and stays at least ``KEY_HOLD`` seconds before the
    next; all of it above the subtitles' strip."""
    from scenes.title import KEY_HOLD

    video = rendered_video(LessonTitle, lang)
    check_basics(video)
    check_fades_in_whole(video, video.scene.title, video.beat("title_start"))
    names = ["title_key", *[f"title_{name}" for name, _ in theme.COLOR_KEY], "title_others"]
    assert [beat["name"] for beat in video.timeline["beats"]] == ["title_start", *names]
    ends = [video.beat(name)[1] for name in names]
    frames = video.frames(ends)
    rows = [*zip(theme.COLOR_KEY, video.scene.key, strict=True),
            (("others", theme.MUTED_TEXT_COLOR), [video.scene.others])]
    height = video.timeline["pixel_size"][1]
    for k, ((name, color), row) in enumerate(rows):
        before, shown = frames[ends[k]], frames[ends[k + 1]]  # the beat before, its own
        first, last = video.beat(f"title_{name}")
        assert (last - first + 1) / video.fps >= KEY_HOLD, name  # on screen, alone
        for part in row:
            box = video.pixel_box(part, margin_px=1.0)
            assert len(region_pixels(shown, color, box, OTHERS)) >= 15, (
                f"{part} not drawn in {color} by the end of title_{name}")
            assert len(bright_pixels(before, box, contrast=25.0)) == 0, (
                f"{part} drawn before title_{name}")
            assert box[1, 1] <= (1.0 - SUBTITLE_SHARE) * height, (name, box)


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
        tag = video.pixel_box(part["centre_tag"], margin_px=1.0)  # c's name, in pink too
        checker = PlaneChecker(video, norm, region, excluded=[centre, tag])
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
def test_the_miniature_shades_the_centres_that_give_an_exact_zero(lang, rendered_video):
    """The key's promise is kept: with the green row (``title_zero``) the L1 miniature
    shades green mathcore's wedges of centres c whose L1 optimum is a tip (for the
    example's loss shape), c inside one, each wedge drawn out to the plane's edge (not cut
    short before c); not before; and outside them nothing is shaded."""
    from mathcore.catchment import catchment_regions
    from scenes.title import ZONE_OPACITY

    video = rendered_video(LessonTitle, lang)
    scene = video.scene
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    before, final = video.beat("title_optimum")[1], video.beat("title_zero")[1]
    frames = video.frames([before, final])
    corners = [np.array(polygon) for polygon in scene.shown["zero_zones"]]
    (xmin, ymin), (xmax, ymax) = (np.min([c.min(axis=0) for c in corners], axis=0),
                                  np.max([c.max(axis=0) for c in corners], axis=0))
    regions = [r for r in catchment_regions(loss.matrix, defaults.RADIUS,
                                            (xmin, xmax, ymin, ymax)) if r.face == "corner"]
    assert any(r.contains(loss.center) for r in regions)
    for region, polygon in zip(regions, corners, strict=True):
        np.testing.assert_allclose(region.polygon, polygon, atol=1e-9)
    # a grid over the picture, away from the drawn lines: inside a wedge, outside all
    xs, ys = np.meshgrid(np.linspace(xmin, xmax, 31)[1:-1], np.linspace(ymin, ymax, 31)[1:-1])
    grid = np.column_stack([xs.ravel(), ys.ravel()])
    level = scene.mini["l1"]["solution"].loss
    away = ((np.abs(grid).sum(axis=1) > defaults.RADIUS + 0.15)
            & np.all(np.abs(grid) > 0.15, axis=1)
            & (np.abs(loss.value(grid) - level) > 0.3 * level)
            & (np.linalg.norm(grid - loss.center, axis=1) > 0.3))
    # the wedges reach the plane's edge: the box they span is the plane's data box
    axes = scene.mini["l1"]["axes"]
    np.testing.assert_allclose([xmin, xmax, ymin, ymax], [*axes.x_range[:2], *axes.y_range[:2]],
                               atol=1e-9)

    def depth(points: np.ndarray) -> np.ndarray:
        """How far (data units) each point lies inside the nearest wedge (< 0: outside)."""
        best = np.full(len(points), -np.inf)
        for region in regions:
            edges = np.roll(region.polygon, -1, axis=0) - region.polygon
            normals = np.column_stack([-edges[:, 1], edges[:, 0]])
            normals /= np.linalg.norm(normals, axis=1, keepdims=True)
            inner = ((points[:, None, :] - region.polygon[None]) * normals[None]).sum(axis=2)
            best = np.maximum(best, inner.min(axis=1))
        return best

    # (strictly inside or outside: two pixels from every wedge's edge)
    margin = 2.0 / video.pixels_per_unit("l1", final)
    inside = depth(grid) > margin
    outside = depth(grid) < -margin
    shaded = rgb(blend(theme.ZERO_COLOR, ZONE_OPACITY))
    background = rgb(theme.BACKGROUND_COLOR)
    for points, colors in ((grid[away & inside], (background, shaded)),
                           (grid[away & outside], (background, background))):
        assert len(points) >= 10
        for index, color in zip((before, final), colors, strict=True):
            pixels = np.round(video.to_pixels("l1", index, points)).astype(int)
            drawn = frames[index][pixels[:, 1], pixels[:, 0]].astype(float)
            assert np.median(np.abs(drawn - color).max(axis=1)) <= 8, (index, color)
    # c sits inside the shading, as the key says: a ring of pixels just around its dot
    # is shaded all round
    centre = video.to_pixels("l1", final, loss.center)[0]
    turns = np.linspace(0.0, 2.0 * np.pi, 24, endpoint=False)
    ring = centre + (video.dot_radius_px + 4.0) * np.column_stack([np.cos(turns), np.sin(turns)])
    ring = np.round(ring).astype(int)
    drawn = frames[final][ring[:, 1], ring[:, 0]].astype(float)
    assert np.all(np.abs(drawn - shaded).max(axis=1) <= 12), drawn


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
        for index, (cells, thumbs) in enumerate(zip(scene.rows, scene.thumbs, strict=True)):
            for cell in cells:
                box = video.pixel_box(cell, margin_px=1.0)
                drawn = len(bright_pixels(frames[end], box, contrast=25.0))
                if index < shown:
                    assert drawn >= 15, f"row {ROWS[index]} missing at frame {end}"
                else:
                    assert drawn == 0, f"row {ROWS[index]} drawn early at frame {end}"
            for norm, thumb in zip(("l1", "l2"), thumbs, strict=True):
                box = video.pixel_box(thumb, margin_px=0.0)
                drawn = len(region_pixels(frames[end], theme.NORM_COLORS[norm], box, OTHERS))
                if index < shown and ROWS[index] not in PLAIN_ROWS:
                    assert drawn >= 5, f"{ROWS[index]}'s {norm} thumbnail missing at {end}"
                else:
                    assert drawn == 0, f"{ROWS[index]}'s {norm} thumbnail early at {end}"
    # the title leaves before the header comes in: no frame shows both (the header's
    # L1/L2 cells in their colours, the title's words outside the header's and the
    # rule's boxes)
    title_box = video.pixel_box(scene.title, margin_px=1.0)
    header_boxes = [video.pixel_box(cell, margin_px=2.0) for cell in scene.header]
    rule_box = video.pixel_box(scene.rule, margin_px=2.0)
    first, last = video.beat("recap_start")
    opening = video.frames(range(first, last + 1))
    for index, frame in opening.items():
        title_drawn = len(bright_pixels(frame, title_box, [*header_boxes, rule_box],
                                        contrast=25.0)) >= 15
        header_drawn = any(
            len(region_pixels(frame, color, box, OTHERS)) >= 15
            for color, box in zip((theme.L1_COLOR, theme.L2_COLOR), header_boxes[1:],
                                  strict=True))
        assert not (title_drawn and header_drawn), f"title over the header at frame {index}"
    # the penalty row's loss f, written out under the table, comes with that row
    penalty_end = ends[ROWS.index("penalty")]
    note_box = video.pixel_box(scene.note, margin_px=1.0)
    assert len(bright_pixels(frames[penalty_end], note_box, contrast=25.0)) >= 15
    assert len(bright_pixels(frames[ends[ROWS.index("penalty") - 1]], note_box,
                             contrast=25.0)) == 0
    # every picture is at least LEAST_PICTURE_PX square at 480p; the balls fill theirs
    width, height = video.timeline["pixel_size"]
    least = LEAST_PICTURE_PX * height / 480
    last = frames[ends[-1]]
    for row, thumbs in zip(ROWS, scene.thumbs, strict=True):
        for norm, thumb in zip(("l1", "l2"), thumbs, strict=True):
            (left, top), (right, bottom) = video.pixel_box(thumb, margin_px=0.0)
            assert min(right - left, bottom - top) >= least - 0.5, (row, norm)
            if row == "shape":
                ink = region_pixels(last, theme.NORM_COLORS[norm],
                                    video.pixel_box(thumb, margin_px=1.0), OTHERS)
                spans = ink.max(axis=0) - ink.min(axis=0) + 1
                assert spans.min() >= 0.85 * least, (norm, spans)
    # the thumbnails' key marks: the touch row's optima at mathcore's optima, the zeros
    # row's L1 wedges in the zero colour
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    touch = scene.thumbs[ROWS.index("touch")]
    for norm, thumb in zip(("l1", "l2"), touch, strict=True):
        solution = solve_constrained(loss, norm, defaults.RADIUS)
        dot = thumb[1][-1]
        assert np.allclose(dot.get_center(), thumb[1][0].c2p(*solution.beta))
        box = video.pixel_box(dot, margin_px=1.0)
        assert len(region_pixels(last, optimum_color(solution.beta), box, OTHERS)) >= 3
    wedges = scene.thumbs[ROWS.index("zeros")][0]
    assert len(region_pixels(last, theme.ZERO_COLOR, video.pixel_box(wedges, 0.0),
                             OTHERS)) >= 40
    # the features row's pies: the zero colour takes mathcore's mean share of zero
    # coefficients at the high_dim scene's largest n (L1), none of the L2 pie
    for norm, pie in zip(("l1", "l2"), scene.thumbs[ROWS.index("features")], strict=True):
        share = cloud_nd(norm, hd.CASE, hd.SAMPLES, hd.DIMENSIONS[-1], seed=hd.SEED,
                         relative_budget=hd.RELATIVE_BUDGET).mean_zero_fraction
        box = video.pixel_box(pie, margin_px=0.0)
        green = len(region_pixels(last, theme.ZERO_COLOR, box, OTHERS))
        rest = len(region_pixels(last, theme.NORM_COLORS[norm], box, OTHERS))
        assert green / (green + rest) == pytest.approx(share, abs=0.04), (norm, green, rest)
    # the use row's bars: each exact 0 of the closing share is a zero-coloured dot on the
    # base line, drawn; no other slot has one (ridge: none at all)
    for norm, thumb in zip(("l1", "l2"), scene.thumbs[ROWS.index("use")], strict=True):
        bars, _, dots = thumb[1]
        zeros = np.flatnonzero(scene.at_share[norm] == 0.0)
        assert len(dots) == len(zeros) == (3 if norm == "l1" else 0)
        slots = [bars[j].get_center()[0] for j in zeros]
        assert np.allclose([dot.get_center()[0] for dot in dots], slots)
        for dot in dots:
            assert len(region_pixels(last, theme.ZERO_COLOR, video.pixel_box(dot, 1.0),
                                     OTHERS)) >= 3
        green = region_pixels(last, theme.ZERO_COLOR, video.pixel_box(bars, 1.0), OTHERS)
        assert len(green) == 0 or norm == "l1"
    # the bar marks the row being read: the gap between its question and its L1 thumbnail
    # is the bar's shade in the middle of its beat, the background once the next beat ends
    shade, background = rgb(blend(theme.TEXT_COLOR, BAR_OPACITY)), rgb(theme.BACKGROUND_COLOR)
    later = [*ends[1:], video.beat("recap_end")[1]]
    middles = [sum(video.beat(f"recap_{row}")) // 2 for row in ROWS]
    more = video.frames([*later, *middles])
    for k, cells in enumerate(scene.rows):
        left = int(video.pixel_box(cells[0], margin_px=0.0)[1][0]) + 2
        right = int(video.pixel_box(scene.thumbs[k][0], margin_px=0.0)[0][0]) - 2
        middle = int(video.pixel_box(cells, margin_px=0.0).mean(axis=0)[1])
        assert right - left >= 3
        for frame, color in ((more[middles[k]], shade), (more[later[k]], background)):
            strip = frame[middle - 1:middle + 2, left:right].reshape(-1, 3).astype(float)
            assert np.median(np.abs(strip - color).max(axis=1)) <= 8, (ROWS[k], color)
        # the bar ends with its row: 3 px under the bar is background, not the shade (the
        # penalty row's bar once stretched down to the loss note under the table)
        row_bottom = video.pixel_box(VGroup(cells, scene.thumbs[k]), margin_px=0.0)[1][1]
        under = int(row_bottom + video.screen_px(BAR_PAD)) + 3
        strip = more[middles[k]][under:under + 2, left:right].reshape(-1, 3).astype(float)
        assert np.median(np.abs(strip - background).max(axis=1)) <= 8, (ROWS[k], "bar")
    # every row stays FOOT clear of the subtitles' strip; the table spans the width;
    # every cell is drawn at the one cell size (never shrunk) and at least 15 px high at
    # 480p, measured on the decoded frame: the rows of bright pixels in its box
    width, height = video.timeline["pixel_size"]
    clear = (1.0 - SUBTITLE_SHARE) * height - video.screen_px(FOOT) + 1.0
    assert max(video.pixel_box(part, margin_px=0.0)[1][1] for part in scene.lines) <= clear
    boxes = [video.pixel_box(cell, margin_px=0.0) for cells in scene.rows for cell in cells]
    assert max(b[1][0] for b in boxes) - min(b[0][0] for b in boxes) >= 0.75 * width
    # the right column stays 24 px (at 480p) clear of the frame's right edge
    assert max(b[1][0] for b in boxes) <= width - 24 * height / 480
    final = video.frames([video.beat("recap_end")[1]])[video.beat("recap_end")[1]]
    for cells in scene.rows:
        for cell in cells:
            assert cell.font_size == pytest.approx(CELL_SIZE), cell.original_text
            box = video.pixel_box(cell, margin_px=1.0)
            ink = bright_pixels(final, box, contrast=25.0)
            rows_drawn = ink[:, 1].max() - ink[:, 1].min() + 1
            assert rows_drawn * 480 / height >= 15, (cell.original_text, rows_drawn)
    # each row is held until its subtitle and its cells are read, and no longer: the
    # longer of its subtitle's reading (its cues', each at the reading rate, at least 1.5 s)
    # and its fade-in with its cells' reading (or the still every beat ends on), to the
    # frame (rows were once held 6 to 9 s)
    for row, cells in zip(ROWS, scene.rows, strict=True):
        beat = next(b for b in scene.beats if b["name"] == f"recap_{row}")
        needed = max(subtitle_seconds(beat["subtitle"], lang), sum(
            reading_seconds(cell.original_text, lang) for cell in cells[1:]))
        first, last = video.beat(f"recap_{row}")
        held = (last - first + 1) / video.fps
        assert held >= needed, f"recap_{row} too short to read"
        cells_read = reading_seconds(" ".join(c.original_text for c in cells), lang)
        most = max(subtitle_seconds(beat["subtitle"], lang),
                   ROW_FADE_SECONDS + max(cells_read, STILL_SECONDS))
        assert held <= most + 2.5 / video.fps, (row, held, most)
    check_rows_keep_moving(video)
    # a number stays with its unit: no cue line starts with "%" ("s = 50 / %")
    for beat in scene.beats:
        for cue in cues(beat["subtitle"], lang):
            assert not any(line.startswith("%") for line in cue.split("\n")), cue


def check_rows_keep_moving(video) -> dict:
    """While a row is read it comes in: its answers one after the other with their
    pictures drawn (the penalty row: the loss f under the table written, then L2's answer
    fading in), decoded: inside the row (its answers, its pictures, the penalty row's note)
    the picture changes from frame to frame until the beat's closing still, so that no row
    stands still longer than ``STILL_SECONDS`` (and a frame or two) before the next comes
    in."""
    scene, found = video.scene, {}
    for k, row in enumerate(ROWS):
        first, last = video.beat(f"recap_{row}")
        drawn = VGroup(*scene.rows[k][1:], scene.thumbs[k],
                       *([scene.note] if row in PLAIN_ROWS else []))
        (left, top), (right, bottom) = np.round(video.pixel_box(drawn, 1.0)).astype(int)
        frames = video.frames(range(first, last + 1))
        still, longest = 0, 0
        for index in range(first + 1, last + 1):
            crop = [frames[i][top:bottom, left:right].astype(int) for i in (index - 1, index)]
            changed = int((np.abs(crop[1] - crop[0]).max(axis=2) > 20).sum())
            still = still + 1 if changed == 0 else 0
            longest = max(longest, still)
        found[row] = round(longest / video.fps, 2)
        assert longest / video.fps <= STILL_SECONDS + 2.5 / video.fps, (row, found[row])
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_whole_recap_table_is_held_and_its_numbers_are_mathcores(lang, rendered_video):
    """The last beat holds the full table, unchanged, for ``TABLE_HOLD_SECONDS``; the
    stability row quotes the minibatch measure over the stability scene's correlations
    (the ratio's range; the support changes only at high rho); the weights, error and large
    rows quote mathcore.penalties."""
    video = rendered_video(LessonRecap, lang)
    first, last = video.beat("recap_end")
    first += int(np.ceil(BAR_FADE * video.fps))  # (the last row's bar fades out first)
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
    # the question names rho's range; L1's cell how far it moves against L2's (which has
    # no zeros to change); the subtitle that at high rho the lasso's zeros change from refit
    # to refit (none at rho = 0, most at 0.99)
    for result in (results[0], results[-1]):  # both ends of the range, as computed
        assert f"{result.rho:g}" in row[0].original_text
        assert f"{result.ratio:.2f}" in row[1].original_text  # as the stability video has it
        assert np.all(result.batch_l2 != 0.0)  # no ridge refit has a zero to change
    assert results[0].support_differs() == 0.0 and results[-1].support_differs() > 0.5
    assert results[0].ratio < results[-1].ratio
    penalty = video.scene.shown["recap_penalty"]  # t = 2 as a penalty (the bridge's)
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    cells = video.scene.rows[ROWS.index("penalty")]
    for norm, cell in zip(("l1", "l2"), cells[1:], strict=True):
        lam = penalty_for_budget(loss, norm, defaults.RADIUS)
        assert penalty[norm] == lam and f"λ = {lam:.3g}" in cell.original_text
    assert f"{penalty_for_budget(loss, 'l1', defaults.RADIUS):g}" == "5"
    touch = video.scene.shown["recap_touch"]  # the example's optima: one 0 for L1 only
    for norm in ("l1", "l2"):
        assert touch[norm] == solve_constrained(loss, norm, defaults.RADIUS).beta.tolist()
    cells = video.scene.rows[ROWS.index("touch")]
    zero = [k for k, value in enumerate(touch["l1"]) if value == 0.0]
    assert len(zero) == 1
    orbit = LossOrbit(loss, clockwise=True)  # the side_by_side turn: usually a corner
    share = zero_share(orbit, "l1", defaults.RADIUS).share
    assert video.scene.shown["recap_touch_share"] == share and 0.5 < share < 1.0
    assert f"{100 * share:.0f}" in cells[1].original_text
    # the same turn's share with an exact 0 for L2, in its cell
    l2_share = zero_share(orbit, "l2", defaults.RADIUS).share
    assert video.scene.shown["recap_touch_l2_share"] == l2_share
    assert f"{100 * l2_share:.0f}" in cells[2].original_text
    assert 0.0 not in touch["l2"]
    spread = video.scene.shown["recap_spread"]  # (1, 0) against (0.5, 0.5)
    cells = video.scene.rows[ROWS.index("spread")]
    for norm, penalty, cell in zip(("l1", "l2"), (l1_penalty, l2_penalty), cells[1:],
                                   strict=True):
        costs = [float(penalty(w).sum()) for w in (CONCENTRATED, SPREAD)]
        assert spread[norm] == costs
        assert f"{costs[0]:g}" in cell.original_text and cell.original_text.endswith(
            f"{costs[1]:g}")
    assert spread["l1"][0] == spread["l1"][1] and spread["l2"][1] < spread["l2"][0]
    sgd = video.scene.shown["recap_sgd"]
    run = sgd_trajectories(sgd_scene.RHO, sgd_scene.BATCH_SIZE, sgd_scene.STEPS,
                           sgd_scene.STEP_SIZE, sgd_scene.SEED)
    assert sgd["l1"] == run.mean_distance(SGD_L1) and sgd["l2"] == run.mean_distance("l2")
    assert sgd["prox"] == run.mean_distance(SGD_PROX)
    cells = video.scene.rows[ROWS.index("sgd")]
    # both L1 methods' distances as the SGD video shows them (3 decimals); the subtitle
    # gives each one's ratio to L2's, to one decimal, from the exact distances
    assert f"{sgd['prox']:.3f}" in cells[1].original_text
    assert f"{sgd['l1']:.3f}" in cells[1].original_text
    assert f"{sgd['l2']:.3f}" in cells[2].original_text
    assert video.scene.fields["sgd_ratio"] == f"{sgd['l1'] / sgd['l2']:.1f}"
    assert video.scene.fields["prox_ratio"] == f"{sgd['prox'] / sgd['l2']:.1f}"
    assert video.scene.beats[ROWS.index("sgd") + 1]["subtitle"] == text(
        "sub_recap_sgd", lang, **video.scene.fields)
    features = video.scene.shown["recap_features"]  # the high_dim scene's largest n
    cells = video.scene.rows[ROWS.index("features")]
    n = hd.DIMENSIONS[-1]
    for norm, cell in zip(("l1", "l2"), cells[1:], strict=True):
        result = cloud_nd(norm, hd.CASE, hd.SAMPLES, n, seed=hd.SEED,
                          relative_budget=hd.RELATIVE_BUDGET)
        assert features[norm] == result.fraction_zero
        count, half = n * result.mean_zero_fraction, n * hd.half_width(result.mean_zero_ci95)
        assert features["counts"][norm] == count and features["halves"][norm] == half
        # the mean count to one decimal, its 95 % interval narrower than that decimal (L2's
        # none: no optimum of any draw has a 0)
        assert (f"{count:.1f} " in cell.original_text if norm == "l1"
                else count == 0.0 and "0" in cell.original_text) and half < 0.05
    # the subtitle says every L1 optimum had zeros and no L2 optimum had one
    assert features["l1"] == 1.0 and features["l2"] == 0.0
    # the penalty row's loss f is the example loss, written out under the table
    note = video.scene.note.original_text
    assert "({})".format(", ".join(f"{x:g}" for x in defaults.CENTER)) in note
    assert all(f"{a:g}" in note for row in defaults.MATRIX for a in row)
    data = video.scene.shown["recap_data"]
    d = load_diabetes()
    X = standardize(d.X)
    lasso = lasso_path(X, d.y)
    alpha = np.interp(COMPARE_AT, budget_shares(lasso.coefs, "l1"), lasso.alphas)
    assert data["l1"] == np.count_nonzero(lasso.coefs_at(alpha)) < X.shape[1]
    cells = video.scene.rows[ROWS.index("data")]
    assert f"{data['l1']} " in cells[1].original_text
    assert f"{data['l2']} " in cells[2].original_text
