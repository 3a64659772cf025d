"""Every scene's final picture, in English and in Chinese: every text on screen lies inside
the frame and no two texts overlap (Chinese lines have other widths than English ones)."""

from __future__ import annotations

import itertools

import pytest
from manim import MathTex, Mobject, Text, config

from normviz.catalog import SCENES
from tests.scene_rendering import boxes_overlap, render_scene

pytestmark = pytest.mark.slow


def visible_texts(scene) -> list[Mobject]:
    """Text and formulas still drawn at the end (faded-out callouts have opacity 0)."""
    found = []
    for top in scene.mobjects:
        for mobject in top.get_family():
            if isinstance(mobject, Text | MathTex) and mobject.get_fill_opacity() > 0.05:
                found.append(mobject)
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(SCENES))
def test_texts_inside_the_frame_and_apart(name, lang, tmp_path):
    base = SCENES[name].load()
    scene = render_scene(type(base.__name__, (base,), {"lang": lang}), tmp_path)
    texts = visible_texts(scene)
    assert texts
    half_width, half_height = config.frame_width / 2, config.frame_height / 2
    for text in texts:
        low, high = text.get_corner([-1, -1, 0]), text.get_corner([1, 1, 0])
        name_of = getattr(text, "original_text", text)
        assert -half_width <= low[0] and high[0] <= half_width, name_of
        assert -half_height <= low[1] and high[1] <= half_height, name_of
    for a, b in itertools.combinations(texts, 2):
        assert not boxes_overlap(a, b), (getattr(a, "original_text", a),
                                         getattr(b, "original_text", b))
