"""normviz explore: the page it writes, its one-line errors, and the gallery's explorer
presets and iframe snippets."""

from __future__ import annotations

import json
import os
import re

import pytest

from normviz.cli import main
from normviz.explore import ExplorerState, explorer_state, page_config
from normviz.gallery import embed, write_gallery
from normviz.outputs import read_all
from scenes import defaults
from scenes.strings import STRINGS
from tests.fake_renders import published

#: What would make a page reach the network: a URL in an attribute or in CSS.
_FETCH = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(|@import""",
                    re.IGNORECASE)


def _config_of(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="normviz-config">(.*?)</script>',
                      page, re.DOTALL)
    assert found, "the page carries its configuration"
    return json.loads(found.group(1))


def test_explore_writes_one_self_contained_page(tmp_path, capsys):
    target = tmp_path / "notes" / "explore.html"
    assert main(["explore", "--center=-1.5,2", "--radius", "0.8", "--norm", "enet",
                 "--l1-ratio", "0.3", "--lang", "zh", "--out", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    page = target.read_text(encoding="utf-8")
    assert _FETCH.search(page) is None
    assert page.count("<script") == 3  # the configuration, solver.js, explorer.js
    config = _config_of(page)
    assert config["state"]["center"] == [-1.5, 2.0] and config["state"]["norm"] == "enet"
    assert config["state"]["l1_ratio"] == 0.3 and config["lang"] == "zh"
    assert config["strings"]["title"] == STRINGS["zh"]["explore_title"]
    assert len(page.encode()) < 300_000


def test_default_page_is_the_lessons_example():
    state = page_config(ExplorerState(), "en")["state"]
    assert (state["center"], state["matrix"], state["radius"]) == (
        defaults.CENTER, defaults.MATRIX, defaults.RADIUS)


@pytest.mark.parametrize(("flags", "message"), [
    (["--radius", "-1"], "--radius must be a real number >= 2.23e-308, got -1.0"),
    (["--radius", "abc"], "--radius must be a number, got 'abc'"),
    (["--norm", "l3"], "--norm must be one of l1, l2, enet, lp, got 'l3'"),
    (["--matrix", "1,2,2,1"], "--matrix must be positive semi-definite (smallest eigenvalue "
     "-1 < 0)"),
    (["--center", "1"], "--center must have 2 coordinates for the explorer, got 1"),
    (["--p", "20"], "--p must be a real number in [0.5, 8], got 20.0"),
    (["--l1-ratio", "1.5"], "--l1-ratio must be a real number in [0, 1], got 1.5"),
    (["--lam=-2"], "--lam must be a real number in [0, 1000000], got -2.0"),
    (["--layout", "grid"], "--layout must be one of both, single, got 'grid'"),
    (["--form", "dual"], "--form must be one of constrained, penalised, got 'dual'"),
    (["--lang", "fr"], "--lang must be one of en, zh, got 'fr'"),
    (["--theme", "light"], "--theme must be one of dark, got 'light'"),
])
def test_bad_flags_get_one_line_and_leave_the_page(tmp_path, capsys, flags, message):
    target = tmp_path / "explore.html"
    target.write_text("the reader's own page", encoding="utf-8")
    assert main(["explore", *flags, "--out", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == f"normviz: error: {message}\n"
    assert target.read_text(encoding="utf-8") == "the reader's own page"
    assert [path.name for path in tmp_path.iterdir()] == ["explore.html"]


def test_out_must_be_an_html_file(tmp_path, capsys):
    assert main(["explore", "--out", str(tmp_path / "page.txt")]) == 2
    assert capsys.readouterr().err == (
        f"normviz: error: --out must be a file name ending in .html, got "
        f"'{tmp_path / 'page.txt'}'\n")
    assert list(tmp_path.iterdir()) == []


def test_gallery_writes_a_preset_per_tangency_render_and_embed_frames_it(tmp_path):
    root = tmp_path / "renders"
    published(root, "mine", "a claim")  # scene l1, the default numbers
    published(root, "other", "another claim")
    path = root / "other" / "other.json"
    data = json.loads(path.read_text())
    data["spec"]["scene"] = "cloud"
    path.write_text(json.dumps(data))
    written = write_gallery(root)
    assert [p.relative_to(root).as_posix() for p in written] == [
        "index.html", "index.md", "explore/mine.html"]
    config = _config_of((root / "explore" / "mine.html").read_text(encoding="utf-8"))
    assert config["state"]["norm"] == "l1" and config["state"]["layout"] == "single"
    assert 'href="./explore/mine.html"' in (root / "index.html").read_text(encoding="utf-8")
    mine, other = read_all(root)
    snippet = embed(mine, "iframe", "notes/renders")
    assert snippet.startswith('<iframe src="notes/renders/explore/mine.html" title="a claim"')
    assert "<figure>" in snippet and snippet.endswith("</iframe>")  # the render inside
    with pytest.raises(ValueError, match=re.escape("render 'other' (scene cloud) has no explorer")):
        embed(other, "iframe")


def test_lp_alone_has_no_penalised_form(capsys):
    assert main(["explore", "--norm", "lp", "--layout", "single", "--form", "penalised"]) == 2
    assert capsys.readouterr().err == ("normviz: error: --form must be constrained for norm lp "
                                       "(the page has no penalised form of the Lp ball)\n")


def test_the_page_has_the_mode_of_any_file_the_user_writes(tmp_path):
    """Not mkstemp's 0600 (a web server running as another user could not read it)."""
    mask = os.umask(0o022)
    try:
        assert main(["explore", "--out", str(tmp_path / "explore.html")]) == 0
    finally:
        os.umask(mask)
    assert (tmp_path / "explore.html").stat().st_mode & 0o777 == 0o644


def test_a_boolean_is_not_a_number():
    with pytest.raises(ValueError, match=re.escape("l1_ratio must be a real number in [0, 1], "
                                                   "got True")):
        explorer_state(l1_ratio=True)
