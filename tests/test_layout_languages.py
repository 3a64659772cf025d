"""Every scene's final picture, in English and in Chinese: every text on screen lies inside
the frame less its margin (``scenes.layout.screen``) and no two texts overlap (Chinese
lines have other widths than English ones)."""

from __future__ import annotations

import itertools

import pytest
from manim import MathTex, Mobject, Text

from normviz.catalog import SCENES
from scenes import layout
from tests.scene_rendering import assert_inside_frame, boxes_overlap, render_scene

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
    assert_inside_frame(scene, mobjects=texts)
    margin = layout.screen()
    for mobject in texts:
        assert margin.fits(mobject, slack=0.02), (getattr(mobject, "original_text", mobject),
                                                 mobject.get_corner([-1, -1, 0]),
                                                 mobject.get_corner([1, 1, 0]))
    for a, b in itertools.combinations(texts, 2):
        assert not boxes_overlap(a, b), (getattr(a, "original_text", a),
                                         getattr(b, "original_text", b))
