"""Specs: TOML files and ``normviz render`` flags are checked before anything renders.

Every bad spec is one line on stderr naming the file, the explainer and the field (or the
option), exit code 2, and nothing is written under the output folder.
"""

from __future__ import annotations

import json
import textwrap

import pytest

from normviz.catalog import LESSON, SCENES
from normviz.cli import main
from normviz.spec import lesson_specs, load_specs, make_spec

GOOD = """
[defaults]
lang = "zh"
quality = "l"

[[explainer]]
name = "steep-l1"
scene = "l1"
center = [3, 1]
matrix = [[2, 0.5], [0.5, 1]]
radius = 2

[[explainer]]
scene = "ridge_vs_lasso"
format = ["gif", "mp4"]
"""


def write(tmp_path, content: str):
    path = tmp_path / "spec.toml"
    path.write_text(textwrap.dedent(content), encoding="utf-8")
    return path


def test_good_spec_file(tmp_path):
    first, second = load_specs(write(tmp_path, GOOD))
    assert first.name == "steep-l1" and first.lang == "zh" and first.formats == ("mp4",)
    assert first.parameters == {"center": [3.0, 1.0], "matrix": [[2.0, 0.5], [0.5, 1.0]],
                                "radius": 2.0}
    assert second.name == "ridge_vs_lasso-zh" and second.formats == ("mp4", "gif")


def test_default_names_tell_renders_apart():
    plain = make_spec({"scene": "l1"})
    other = make_spec({"scene": "l1", "radius": 1.5})
    chinese = make_spec({"scene": "l1", "lang": "zh"})
    assert plain.name == "l1" and chinese.name == "l1-zh"
    assert other.name.startswith("l1-") and other.name != plain.name
    assert plain.digest() != other.digest() != chinese.digest()


def test_lesson_follows_the_note():
    specs = lesson_specs("en", "l", ["mp4"])
    assert [s.scene for s in specs] == list(LESSON)
    assert [s.name for s in specs][:3] == ["lesson-01-title", "lesson-02-side-by-side",
                                           "lesson-03-cloud"]
    assert specs[-1].name == f"lesson-{len(LESSON):02d}-recap"
    assert all(s.sections for s in specs)
    assert set(LESSON) <= set(SCENES)


BAD_SPECS = [
    ('[[explainer]]\nscene = "l1"\nradius = -1', "explainer 1: radius must be"),
    ('[[explainer]]\nscene = "l1"\nradius = "big"', "explainer 1: radius must be"),
    ('[[explainer]]\nscene = "l1"\ncenter = [3, "x"]', "explainer 1: center must be"),
    ('[[explainer]]\nscene = "l1"\ncenter = [3, 1, 2]', "explainer 1: center must have 2"),
    ('[[explainer]]\nscene = "l1"\nmatrix = [[1, 2], [2, 1]]', "explainer 1: matrix must be"),
    ('[[explainer]]\nscene = "l1"\nmatrix = [[2, 0.5], [0.4, 1]]', "explainer 1: matrix must"),
    ('[[explainer]]\nscene = "l1"\nmatrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]',
     "explainer 1: matrix must"),
    ('[[explainer]]\nscene = "tangency"\nnorm = "l3"', "explainer 1: norm must be one of"),
    ('[[explainer]]\nscene = "cloud"\nradius = 2', "radius is not a parameter of scene cloud"),
    ('[[explainer]]\nscene = "l9"', "explainer 1: scene must be one of"),
    ('[[explainer]]\nradius = 2', "explainer 1: scene is required"),
    ('[[explainer]]\nscene = "l1"\nlang = "fr"', "explainer 1: lang must be one of en, zh"),
    ('[[explainer]]\nscene = "l1"\nquality = "x"', "explainer 1: quality must be one of"),
    ('[[explainer]]\nscene = "l1"\nformat = ["avi"]', "explainer 1: format must be one of"),
    ('[[explainer]]\nscene = "l1"\nformat = []', "explainer 1: format must be a list"),
    ('[[explainer]]\nscene = "l1"\nname = "../up"', "explainer 1 (../up): name must match"),
    ('[[explainer]]\nscene = "l1"\nradus = 2', "explainer 1: unknown field 'radus'"),
    ('[[explainer]]\nscene = "l1"\n[[explainer]]\nscene = "l1"', "two explainers are named"),
    ('[[explainer]]\nscene = "l1"\n[[explainer]]\nscene = "l1"\nradius = "x"',
     "explainer 2: radius must be"),
    ('[defaults]\nspeed = 2\n[[explainer]]\nscene = "l1"', "[defaults]: unknown field 'speed'"),
    ('[hack]\ncode = "import os"\n[[explainer]]\nscene = "l1"', "unknown table 'hack'"),
    ('[[explainer]]\nscene = "__import__(\'os\').system(\'touch pwned\')"',
     "scene must be one of"),
    ("title = 'no explainer'", "unknown table 'title'"),
    ("", "needs at least one [[explainer]]"),
    ("[[explainer]\nscene = 1", "not valid TOML"),
    ('[[explainer]]\nscene = "l1"\nradius = 1e308\ncenter = [1e308, 1e308]', "overflows"),
]


@pytest.mark.parametrize(("content", "message"), BAD_SPECS)
def test_bad_spec_file_is_one_line_exit_2(content, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, content)
    code = main(["render", str(path), "--out", str(tmp_path / "renders")])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith(f"normviz: error: {path}: ")
    assert message in captured.err, captured.err
    assert not (tmp_path / "renders").exists() and not (tmp_path / "pwned").exists()


def test_unreadable_spec_file(tmp_path, capsys):
    missing = tmp_path / "missing.toml"
    assert main(["render", str(missing)]) == 2
    assert capsys.readouterr().err == f"normviz: error: {missing}: cannot read: " \
                                      "No such file or directory\n"
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    assert main(["render", str(binary)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


BAD_FLAGS = [
    (["l1", "--radius", "-1"], "--radius must be"),
    (["l1", "--radius", "abc"], "--radius must be"),
    (["l1", "--center", "3,x"], "--center must be comma-separated numbers"),
    (["l1", "--center", "3,1,2"], "--center must have 2 numbers"),
    (["l1", "--matrix", "1,2,3"], "--matrix must have n*n numbers"),
    (["l1", "--matrix", "1,0,0,-1"], "--matrix must be positive semi-definite"),
    (["l1", "--norm", "l2"], "--norm is not a parameter of scene l1"),
    (["tangency", "--norm", "l3"], "--norm must be one of"),
    (["l9"], "SCENE must be one of"),
    (["l1", "--lang", "fr"], "--lang must be one of en, zh"),
    (["l1", "--quality", "z"], "--quality must be one of l, m, h, p, k"),
    (["l1", "--format", "mp4,avi"], "--format must be one of mp4, webm, gif, png"),
    (["l1", "--name", "Bad Name"], "--name must match"),
    (["l1", "--workers", "0"], "--workers must be an integer in [1, 64]"),
    (["cloud", "--center", "3,1"], "--center is not a parameter of scene cloud"),
    (["spec.toml", "--radius", "2"], "--radius applies only to a scene name"),
]


@pytest.mark.parametrize(("argv", "message"), BAD_FLAGS)
def test_bad_render_flags_are_one_line_exit_2(argv, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code = main(["render", *argv])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith(f"normviz: error: {message}"), captured.err
    assert not (tmp_path / "renders").exists()


@pytest.mark.parametrize(("argv", "message"), [
    (["lesson", "--lang", "fr"], "--lang must be one of"),
    (["lesson", "--format", "mov"], "--format must be one of"),
    (["embed", "l1", "--style", "latex"], "--style must be one of obsidian, markdown, html"),
    (["embed", "never-rendered"], "NAME 'never-rendered' has no render"),
])
def test_other_generator_commands_reject_bad_input(argv, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and message in captured.err, captured.err


def test_list_shows_scenes_and_parameters(capsys):
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["scene"] for row in rows] == list(SCENES)
    l1 = next(row for row in rows if row["scene"] == "side_by_side")
    assert l1["parameters"] == {"center": [3.0, 1.0], "matrix": [[2.0, 0.5], [0.5, 1.0]],
                                "radius": 2.0}
    assert main(["list", "--lang", "zh"]) == 0
    listing = capsys.readouterr().out
    assert "菱形" in listing and "--radius" in listing


# --- ridge_vs_lasso on a user's CSV file (issue 14) -----------------------------------
CSV = "x1,x2,price\n1,2,3\n2,1,5\n3,5,4\n4,3,9\n5,4,8\n"


def test_ridge_vs_lasso_data_from_flags_and_toml(tmp_path, monkeypatch):
    import hashlib

    data = tmp_path / "data" / "mine.csv"
    data.parent.mkdir()
    data.write_text(CSV)
    monkeypatch.chdir(tmp_path)
    flags = make_spec({"scene": "ridge_vs_lasso", "data": "data/mine.csv", "target": "price"})
    assert flags.parameters == {"data": str(data.resolve()), "target": "price",
                                "data_sha256": hashlib.sha256(CSV.encode()).hexdigest()}
    assert flags.name.startswith("ridge_vs_lasso-") and flags.name != "ridge_vs_lasso"
    # a spec file reads a relative path from its own folder, wherever normviz runs
    spec_file = write(data.parent, """
        [[explainer]]
        scene = "ridge_vs_lasso"
        data = "mine.csv"
        target = "price"
        """)
    monkeypatch.chdir(data.parent.parent.parent)
    (toml,) = load_specs(spec_file)
    assert toml.parameters == flags.parameters and toml.digest() == flags.digest()
    # the shipped data, named or not, is today's video
    assert make_spec({"scene": "ridge_vs_lasso", "data": "diabetes"}) == \
        make_spec({"scene": "ridge_vs_lasso"})


def test_changed_csv_is_a_new_render(tmp_path):
    from normviz.render import content_hash

    data = tmp_path / "mine.csv"
    data.write_text(CSV)
    before = make_spec({"scene": "ridge_vs_lasso", "data": str(data), "target": "price"})
    data.write_text(CSV.replace("9", "10"))
    after = make_spec({"scene": "ridge_vs_lasso", "data": str(data), "target": "price"})
    assert content_hash(before, "sources") != content_hash(after, "sources")
    assert before.name != after.name


def test_render_flags_reach_the_scene(tmp_path, monkeypatch):
    """``--data/--target`` become the scene's class attributes (as --center does)."""
    from normviz.commands import _specs_for
    from normviz.render import _scene_attributes

    (tmp_path / "mine.csv").write_text(CSV)
    monkeypatch.chdir(tmp_path)
    args = argparse_namespace(target="ridge_vs_lasso", data="mine.csv", data_target="price")
    (spec,) = _specs_for(args)
    attributes = _scene_attributes(spec)
    assert attributes["data"] == str((tmp_path / "mine.csv").resolve())
    assert attributes["target"] == "price" and len(attributes["data_sha256"]) == 64


def argparse_namespace(**given):
    import argparse

    keys = ("center", "matrix", "radius", "norm", "data", "data_target", "lang", "quality",
            "format", "name")
    return argparse.Namespace(**{**{key: None for key in keys}, **given})


def test_list_shows_the_data_parameters(capsys):
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    row = next(row for row in rows if row["scene"] == "ridge_vs_lasso")
    assert row["parameters"] == {"data": "diabetes", "target": None}
