"""Frame tests of the lesson's title card (scenes/title.py) and recap (scenes/recap.py).

Title: once the key is shown, every meaning's swatch and words are drawn in the theme's
colour for it, and before its beat none is; the miniature's contours grow at the
recorded share of mathcore's touching level and end touching each ball at its optimum.
Recap: at the end of each row's beat, that row and the rows before it are drawn and the
rows after it are not; the whole table is
then held unchanged, and the stability row shows mathcore's minibatch numbers.
"""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.stability import minibatch_stability
from scenes import defaults, theme
from scenes.pieces import optimum_color
from scenes.recap import ROWS, TABLE_HOLD_SECONDS, LessonRecap
from scenes.stability import BATCH_SIZE, BATCHES, RHO_STEPS, SEED
from scenes.title import LessonTitle
from tests.frames import (
    PlaneChecker,
    PlanePicture,
    bright_pixels,
    check_basics,
    region_pixels,
    spread,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("lesson_ends")]

OTHERS = [color for _, color in theme.COLOR_KEY]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_colour_key_is_shown_in_the_themes_colours(lang, rendered_video):
    video = rendered_video(LessonTitle, lang)
    check_basics(video)
    before, shown = video.beat("title_start")[1], video.beat("title_key")[1]
    frames = video.frames([before, shown])
    for (_, color), row in zip(theme.COLOR_KEY, video.scene.key, strict=True):
        for part in row:
            box = video.pixel_box(part, margin_px=1.0)
            assert len(region_pixels(frames[shown], color, box, OTHERS)) >= 15, (
                f"{part} not drawn in {color}")
            assert len(bright_pixels(frames[before], box, contrast=25.0)) == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_miniature_grows_the_loss_to_its_touch_on_each_ball(lang, rendered_video):
    video = rendered_video(LessonTitle, lang)
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    growing = [(first, last) for first, last in video.changing("grow")]
    assert growing, "the contours never grew"
    final = video.beat("title_key")[1]
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
    bottom = np.max([video.pixel_box(cells, margin_px=0.0)[1][1] for cells in scene.rows])
    assert bottom <= 0.88 * video.timeline["pixel_size"][1]  # clear of the subtitles


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_whole_recap_table_is_held_and_its_numbers_are_mathcores(lang, rendered_video):
    """The last beat holds the full table, unchanged, for ``TABLE_HOLD_SECONDS``; the
    stability row's numbers are the minibatch measure at the largest correlation."""
    video = rendered_video(LessonRecap, lang)
    first, last = video.beat("recap_end")
    assert (last - first + 1) / video.fps >= TABLE_HOLD_SECONDS
    held = video.frames([first, last])
    (left, top), (right, bottom) = video.pixel_box(video.scene.rows, 1.0).astype(int)
    difference = np.abs(held[first][top:bottom, left:right].astype(int)
                        - held[last][top:bottom, left:right].astype(int))
    changed = difference.max(axis=2) > 25  # encoder noise on text edges stays below
    assert changed.mean() <= 0.002 and difference.mean() <= 2.0
    result = minibatch_stability(RHO_STEPS[-1], BATCH_SIZE, BATCHES, SEED)
    shown = video.scene.shown["recap_stability"]
    assert shown["support_differs_percent"] == pytest.approx(100 * result.support_differs())
    assert shown["ratio"] == pytest.approx(result.ratio)
    weights = video.scene.shown["recap_weights"]  # (1, 0) against (1/2, 1/2)
    assert weights["l1"][0] == weights["l1"][1] and weights["l2"][1] == weights["l2"][0] / 2
    row = video.scene.rows[ROWS.index("stability")]
    assert f"{shown['support_differs_percent']:.0f}" in row[1].original_text
    assert f"{shown['ratio']:.1f}" in row[2].original_text
