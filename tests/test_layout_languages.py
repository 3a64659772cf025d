"""Every scene's final picture, in English and in Chinese: every text on screen lies inside
the frame less its margin (``scenes.layout.screen``) and no two texts overlap (Chinese
lines have other widths than English ones).

The scenes in ``FRAME_CHECKED`` are rendered with frames by their frame tests, whose
``tests.frames.check_basics`` makes this same check on the rendered scene's final state;
the others are run here without frames.
"""

from __future__ import annotations

import pytest

from normviz.catalog import SCENES
from tests.scene_rendering import check_text_layout, render_scene

pytestmark = pytest.mark.slow
LANGS = ("en", "zh")
FRAME_CHECKED = {
    *[(name, lang) for lang in LANGS
      for name in ("title", "l1", "cloud", "lp_family", "high_dim", "penalty", "bridge", "path",
                   "ridge_vs_lasso", "correlated", "stability", "ols_ridge", "sgd",
                   "recap")],
    ("ball3d", "en"),
}
CASES = [(name, lang) for name in SCENES for lang in LANGS if (name, lang) not in FRAME_CHECKED]


def test_the_frame_checked_scenes_are_in_the_catalog():
    assert {name for name, _ in FRAME_CHECKED} <= set(SCENES)


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_texts_inside_the_frame_and_apart(name, lang, tmp_path):
    base = SCENES[name].load()
    check_text_layout(render_scene(type(base.__name__, (base,), {"lang": lang}), tmp_path))
