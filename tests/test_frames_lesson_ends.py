"""Frame tests of the lesson's title card (scenes/title.py) and recap (scenes/recap.py).

Title: once the key is shown, every meaning's swatch and words are drawn in the theme's
colour for it, and before its beat none is.  Recap: at the end of each row's beat, that
row and the rows before it are drawn and the rows after it are not.
"""

from __future__ import annotations

import numpy as np
import pytest

from scenes import theme
from scenes.recap import ROWS, LessonRecap
from scenes.title import LessonTitle
from tests.frames import bright_pixels, check_basics, region_pixels

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
