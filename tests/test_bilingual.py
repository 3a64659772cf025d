"""English and Chinese: the same strings in both, and no missing glyph (no tofu) in Chinese.

Pango draws each character with the first family of ``theme.FONT`` that has it.  A
character that no family in the list covers is drawn as a box (tofu); the check below asks
each font's character map (fontTools) directly.
"""

from __future__ import annotations

import functools
import re
import string
import subprocess

import manimpango
import pytest
from fontTools.ttLib import TTCollection, TTFont
from manim import Text

from scenes import theme
from scenes.strings import STRINGS
from tests.scene_rendering import render_scene
from tests.stories import L1Tangency


@functools.cache
def character_map(family: str) -> frozenset[int]:
    """Code points of the font fontconfig picks for ``family`` (the right face of a .ttc)."""
    path = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True,
                          text=True, check=True).stdout
    if path.endswith(".ttc"):
        fonts = TTCollection(path).fonts
        font = next(f for f in fonts if f["name"].getDebugName(1) == family)
    else:
        font = TTFont(path)
    assert font["name"].getDebugName(1) == family, f"fontconfig has no {family}: {path}"
    return frozenset(font.getBestCmap())


def uncovered(content: str) -> set[str]:
    """Characters of ``content`` that no family of the theme's font list can draw."""
    return {c for c in content if not c.isspace()
            and not any(ord(c) in character_map(family) for family in theme.FONTS)}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_string_exists_in_both_languages_with_the_same_fields():
    english, chinese = STRINGS["en"], STRINGS["zh"]
    assert set(english) == set(chinese)
    for key in english:
        assert fields(english[key]) == fields(chinese[key]), key


def test_the_theme_fonts_are_installed():
    installed = set(manimpango.list_fonts())
    for family in theme.FONTS:
        assert family in installed, f"{family} missing: run make setup"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_plain_string_has_its_glyphs(lang):
    missing = {key: uncovered(value) for key, value in STRINGS[lang].items()
               if not key.endswith("_tex") and uncovered(value)}
    assert not missing


@pytest.mark.slow
def test_chinese_render_has_no_tofu(tmp_path):
    scene_class = type("L1Tangency", (L1Tangency,), {"lang": "zh"})
    scene = render_scene(scene_class, tmp_path, frames=True)
    texts = [m for m in scene.mobjects for m in m.get_family() if isinstance(m, Text)]
    shown = "".join(t.original_text for t in texts)
    assert sum("\u4e00" <= c <= "\u9fff" for c in shown) >= 40  # it is the Chinese version
    assert not uncovered(shown)
    for mobject in texts:  # one glyph drawn per visible character
        assert len(mobject.submobjects) == sum(not c.isspace() for c in mobject.original_text)
    assert list(tmp_path.rglob("*.mp4"))


def test_the_check_sees_tofu():
    assert uncovered("β 零 𓀀") == {"𓀀"}  # an Egyptian hieroglyph: in neither font


SUBTITLE_CHARACTERS = re.compile(
    r"^[\x20-\x7e\u00b0\u00b2\u00d7\u0370-\u03ff\u2018\u2019\u201c\u201d\u2026\u2212\u2260"
    r"\u2264\u2265\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*$")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_subtitles_use_characters_every_player_shows(lang):
    """Subtitles are drawn by the viewer's player in its own font: no superscripts,
    subscripts or double bars (they are boxes in many players); formulas go in words."""
    for key, line in STRINGS[lang].items():
        if key.startswith("sub_"):
            odd = sorted({ch for ch in line if not SUBTITLE_CHARACTERS.match(ch)})
            assert not odd, (key, odd)
