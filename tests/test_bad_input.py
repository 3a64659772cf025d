"""Every subcommand against bad input (issue 12, part 3): exit code 2, one line on stderr
that names the parameter, nothing on stdout, no traceback, and nothing in the project
created, changed or deleted.

Each case runs ``normviz`` in a fresh project folder holding a finished render ``good``,
a good CSV file and the files the case needs; the whole folder is compared before and
after.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from normviz.cli import main
from tests.fake_renders import published

#: A named pipe where a file is expected (reading it would never end).
FIFO = ("fifo",)
GOOD_SOLVE = {"--norm": "l1", "--radius": "2", "--center": "3,1", "--matrix": "2,0.5,0.5,1"}
CSV = "a,b,y\n1,2,3\n4,5,7\n7,9,8\n"
BIG_CELL = "x" * 200_000


def solve(**change: str) -> list[str]:
    options = {**GOOD_SOLVE, **{f"--{k.replace('_', '-')}": v for k, v in change.items()}}
    return ["solve", *(part for item in options.items() if item[1] is not None
                       for part in item)]


def spec(text: str) -> dict[str, str]:
    return {"spec.toml": text}


EXPLAINER = '[[explainer]]\nscene = "l1"\n'

#: (id, argv, files to create in the project, how the message starts after "error: ").
CASES: list[tuple[str, list[str], dict[str, str | bytes | None], str]] = [
    # --- solve -----------------------------------------------------------------------
    *[(f"solve-norm-{v or 'empty'}", solve(norm=v), {}, "--norm ")
      for v in ("l3", "", "lone", "1.5", "L3", "l1 l2", "linf")],
    *[(f"solve-radius-{v or 'empty'}", solve(radius=v), {}, "--radius ")
      for v in ("0", "-1", "abc", "nan", "inf", "-inf", "1e-320", "", "1e999", "0x10",
                "2,3", "true")],
    *[(f"solve-center-{i}", solve(center=v), {}, "--center ")
      for i, v in enumerate(("1,,2", "1,", ",", "a,b", "nan,1", "inf,1", "", "1;2",
                             "1e999,1", "true,false"))],
    ("solve-center-3d-matrix-2d", solve(center="3,1,2"), {}, "--matrix "),
    *[(f"solve-matrix-{i}", solve(matrix=v), {}, "--matrix ")
      for i, v in enumerate(("1,2,3", "1,2,3,4", "-1,0,0,1", "0,0,0,0", "nan,0,0,1", "a",
                             "1,,0,1", "1,2,2,1", "1e999,0,0,1", "", "1,0,0,1,0"))],
    ("solve-overflow", solve(center="1e308,1e308", matrix="1e308,0,0,1e308"), {},
     "--center, --matrix and --radius are too large"),
    *[(f"solve-missing-{option}", solve(**{option: None}), {},
       "the following arguments are required")
      for option in ("norm", "radius", "center", "matrix")],
    ("solve-unknown-option", [*solve(), "--foo", "1"], {}, "unrecognized arguments"),
    ("solve-extra-positional", [*solve(), "extra"], {}, "unrecognized arguments"),
    # --- path ------------------------------------------------------------------------
    ("path-missing-file", ["path", "--data", "nowhere.csv", "--target", "y", "--method",
                           "lasso"], {}, "--data "),
    ("path-data-is-folder", ["path", "--data", "folder", "--target", "y", "--method",
                             "lasso"], {"folder": None}, "--data "),
    *[(f"path-csv-{name}", ["path", "--data", "bad.csv", "--target", "y", "--method",
                            "lasso"], {"bad.csv": content}, start)
      for name, content, start in (
          ("empty", "", "--data "),
          ("header-only", "a,b,y\n", "--data "),
          ("only-target", "y\n1\n2\n3\n", "--data "),
          ("text-cell", "a,y\n1,2\nx,3\n4,5\n", "--data "),
          ("huge-cell", f"a,y\n1,2\n{BIG_CELL},3\n4,5\n", "--data "),
          ("huge-number-cell", f"a,y\n1,2\n{'9' * 400},3\n4,5\n", "--data "),
          ("ragged", "a,b,y\n1,2,3\n4,5\n6,7,8\n", "--data "),
          ("nan-cell", "a,y\n1,2\nnan,3\n4,5\n", "--data "),
          ("inf-cell", "a,y\n1,2\ninf,3\n4,5\n", "--data "),
          ("constant-column", "a,b,y\n1,2,3\n1,5,6\n1,8,10\n", "--data "),
          ("one-row", "a,y\n1,2\n", "--data "),
          ("duplicate-column", "a,a,y\n1,2,3\n4,5,6\n7,8,10\n", "--data "),
          ("nul-byte", "a,y\n1,2\n3\x00,4\n5,6\n", "--data "),
          ("not-utf8", b"a,y\n1,2\n\xff\xfe,3\n4,5\n", "--data "),
          ("missing-target", "a,b\n1,2\n3,5\n4,7\n", "--target "),
          ("bom-target-missing", "\ufeffa,b\n1,2\n3,5\n4,7\n", "--target "),
      )],
    ("path-csv-without-target", ["path", "--data", "good.csv", "--method", "lasso"], {},
     "--target "),
    ("path-target-with-diabetes", ["path", "--data", "diabetes", "--target", "y", "--method",
                                   "lasso"], {}, "--target "),
    ("path-method-bogus", ["path", "--data", "diabetes", "--method", "bogus"], {},
     "--method "),
    ("path-method-missing", ["path", "--data", "diabetes"], {},
     "the following arguments are required"),
    ("path-l1-ratio-with-lasso", ["path", "--data", "diabetes", "--method", "lasso",
                                  "--l1-ratio", "0.5"], {}, "--l1-ratio "),
    *[(f"path-l1-ratio-{v}", ["path", "--data", "diabetes", "--method", "enet", "--l1-ratio",
                              v], {}, "--l1-ratio ") for v in ("2", "-0.1", "abc", "nan")],
    # --- cloud -----------------------------------------------------------------------
    *[(f"cloud-{name}", ["cloud", "--norm", "l1", *argv], {}, start)
      for name, argv, start in (
          ("case-bogus", ["--case", "bogus"], "--case "),
          ("case-missing", [], "the following arguments are required"),
          ("samples-0", ["--case", "general", "--samples", "0"], "--samples "),
          ("samples-negative", ["--case", "general", "--samples", "-5"], "--samples "),
          ("samples-fraction", ["--case", "general", "--samples", "1.5"], "--samples "),
          ("samples-text", ["--case", "general", "--samples", "abc"], "--samples "),
          ("samples-huge", ["--case", "general", "--samples", "1000000000"], "--samples "),
          ("seed-negative", ["--case", "general", "--seed", "-1"], "--seed "),
          ("seed-huge", ["--case", "general", "--seed", str(2**63)], "--seed "),
          ("dim-0", ["--case", "random", "--dim", "0"], "--dim "),
          ("dim-1001", ["--case", "random", "--dim", "1001"], "--dim "),
          ("dim-for-2d", ["--case", "general", "--dim", "3"], "--dim "),
          ("dim-missing", ["--case", "isotropic"], "--dim "),
          ("grid-for-nd", ["--case", "random", "--dim", "3", "--method", "grid"], "--method "),
          ("method-bogus", ["--case", "general", "--method", "bogus"], "--method "),
          ("boundary-points-3", ["--case", "general", "--method", "grid",
                                 "--boundary-points", "3"], "--boundary-points "),
          ("boundary-points-exact", ["--case", "general", "--boundary-points", "50"],
           "--boundary-points "),
          ("relative-budget-0", ["--case", "random", "--dim", "3", "--relative-budget", "0"],
           "--relative-budget "),
          ("relative-budget-1", ["--case", "random", "--dim", "3", "--relative-budget", "1"],
           "--relative-budget "),
          ("relative-budget-2d", ["--case", "general", "--relative-budget", "0.5"],
           "--relative-budget "),
          ("too-much-work", ["--case", "random", "--dim", "1000", "--samples", "50000"],
           "--samples x dim^3"),
          ("too-much-memory", ["--case", "isotropic", "--dim", "1000", "--samples",
                               "1000000"], "--samples x dim"),
      )],
    ("cloud-norm-bogus", ["cloud", "--norm", "l3", "--case", "general"], {}, "--norm "),
    # --- stability -------------------------------------------------------------------
    *[(f"stability-{name}", ["stability", option, value], {}, f"{option} ")
      for name, option, value in (
          ("rho-1", "--rho", "1"), ("rho-minus-1", "--rho", "-1"), ("rho-2", "--rho", "2"),
          ("rho-nan", "--rho", "nan"), ("rho-text", "--rho", "abc"),
          ("batch-size-0", "--batch-size", "0"), ("batch-size-big", "--batch-size", "20001"),
          ("batch-size-fraction", "--batch-size", "1.5"), ("batches-1", "--batches", "1"),
          ("batches-big", "--batches", "200001"), ("batches-text", "--batches", "x"),
          ("seed-negative", "--seed", "-1"), ("seed-text", "--seed", "one"),
      )],
    # --- render: flags ---------------------------------------------------------------
    ("render-unknown-scene", ["render", "nosuch"], {}, "SCENE "),
    *[(f"render-{name}", ["render", "l1", *argv], {}, start)
      for name, argv, start in (
          ("radius-0", ["--radius", "0"], "--radius "),
          ("radius-text", ["--radius", "x"], "--radius "),
          ("norm-l3", ["--norm", "l3"], "--norm "),
          ("center-empty-entry", ["--center", "1,,2"], "--center "),
          ("center-3d", ["--center", "1,2,3"], "--center "),
          ("matrix-3-numbers", ["--matrix", "1,2,3"], "--matrix "),
          ("matrix-not-symmetric", ["--matrix", "1,2,3,4"], "--matrix "),
          ("matrix-not-psd", ["--matrix", "1,2,2,1"], "--matrix "),
          ("lang-fr", ["--lang", "fr"], "--lang "),
          ("quality-z", ["--quality", "z"], "--quality "),
          ("format-avi", ["--format", "avi"], "--format "),
          ("format-trailing-comma", ["--format", "mp4,"], "--format "),
          ("name-spaces", ["--name", "Bad Name"], "--name "),
          ("name-escape", ["--name", "../x"], "--name "),
          ("name-empty", ["--name", ""], "--name "),
          ("name-too-long", ["--name", "x" * 65], "--name "),
          ("workers-0", ["--workers", "0"], "--workers "),
          ("workers-65", ["--workers", "65"], "--workers "),
          ("workers-text", ["--workers", "x"], "--workers "),
          ("scheduler-not-url", ["--scheduler", "not a url"], "--scheduler "),
          ("scheduler-no-port", ["--scheduler", "tcp://host"], "--scheduler "),
          ("out-is-file", ["--out", "afile"], "--out "),
      )],
    ("render-radius-for-cloud", ["render", "cloud", "--radius", "2"], {}, "--radius "),
    ("render-norm-for-l1", ["render", "l1", "--norm", "l2"], {}, "--norm "),
    ("render-name-folder-is-file", ["render", "l1", "--name", "taken"],
     {"renders/taken": "a file"},
     "renders/taken is a file, not a folder: normviz keeps the render taken"),
    ("render-staging-is-file", ["render", "l1"], {"renders/.staging": "a file"},
     "renders/.staging is a file"),
    ("render-locks-is-file", ["render", "l1"], {"renders/.locks": "a file"},
     "renders/.locks is a file"),
    # --- render: spec files ----------------------------------------------------------
    ("spec-missing", ["render", "nowhere.toml"], {}, "nowhere.toml: cannot read"),
    ("spec-is-folder", ["render", "dir.toml"], {"dir.toml": None}, "dir.toml: cannot read"),
    ("spec-not-toml", ["render", "spec.toml"], spec("this is = = not toml"),
     "spec.toml: not valid TOML"),
    ("spec-not-utf8", ["render", "spec.toml"], {"spec.toml": b"\xff\xfe\x00"},
     "spec.toml: not UTF-8"),
    ("spec-too-deep", ["render", "spec.toml"],
     spec(EXPLAINER + "center = " + "[" * 3000 + "]" * 3000), "spec.toml: nested too deep"),
    ("spec-with-flags", ["render", "spec.toml", "--radius", "2"], spec(EXPLAINER),
     "--radius applies only"),
    *[(f"spec-{name}", ["render", "spec.toml"], spec(text), "spec.toml: ")
      for name, text in (
          ("radius-text", EXPLAINER + 'radius = "2"'),
          ("radius-bool", EXPLAINER + "radius = true"),
          ("radius-zero", EXPLAINER + "radius = 0"),
          ("radius-array", EXPLAINER + "radius = [2]"),
          ("center-bools", EXPLAINER + "center = [true, false]"),
          ("center-text", EXPLAINER + 'center = ["3", "1"]'),
          ("center-table", EXPLAINER + "center = {x = 3}"),
          ("center-3d", EXPLAINER + "center = [3, 1, 2]"),
          ("center-nested", EXPLAINER + "center = [[3, 1]]"),
          ("center-nan", EXPLAINER + "center = [nan, 1]"),
          ("matrix-bools", EXPLAINER + "matrix = [[true, false], [false, true]]"),
          ("matrix-not-psd", EXPLAINER + "matrix = [[1, 2], [2, 1]]"),
          ("matrix-ragged", EXPLAINER + "matrix = [[1, 0], [0]]"),
          ("norm-number", '[[explainer]]\nscene = "tangency"\nnorm = 3'),
          ("explainer-ints", "explainer = [1, 2]"),
          ("explainer-strings", 'explainer = ["l1"]'),
          ("explainer-table", 'explainer = {scene = "l1"}'),
          ("explainer-missing", '[defaults]\nlang = "en"'),
          ("explainer-empty", "explainer = []"),
          ("unknown-table", EXPLAINER + "[other]\nx = 1"),
          ("unknown-field", EXPLAINER + "colour = 1"),
          ("defaults-not-table", "defaults = 3\n" + EXPLAINER),
          ("defaults-unknown", "[defaults]\nradius = 2\n" + EXPLAINER),
          ("scene-missing", "[[explainer]]\nradius = 2"),
          ("scene-bogus", '[[explainer]]\nscene = "l9"'),
          ("scene-number", "[[explainer]]\nscene = 1"),
          ("lang-fr", EXPLAINER + 'lang = "fr"'),
          ("quality-number", EXPLAINER + "quality = 1"),
          ("format-empty", EXPLAINER + "format = []"),
          ("format-bogus", EXPLAINER + 'format = ["avi"]'),
          ("format-number", EXPLAINER + "format = 4"),
          ("name-bad", EXPLAINER + 'name = "../up"'),
          ("name-number", EXPLAINER + "name = 7"),
          ("names-repeat", EXPLAINER + 'name = "a"\n' + EXPLAINER + 'name = "a"'),
          ("parameter-of-other-scene", '[[explainer]]\nscene = "cloud"\nradius = 2'),
          ("overflow", EXPLAINER + "center = [1e308, 1e308]\nmatrix = [[1e308, 0], [0, 1e308]]"),
      )],
    # --- lesson ----------------------------------------------------------------------
    *[(f"lesson-{name}", ["lesson", *argv], files, start)
      for name, argv, files, start in (
          ("lang-fr", ["--lang", "fr"], {}, "--lang "),
          ("quality-z", ["--quality", "z"], {}, "--quality "),
          ("format-avi", ["--format", "avi"], {}, "--format "),
          ("workers-0", ["--workers", "0"], {}, "--workers "),
          ("out-is-file", ["--out", "afile"], {}, "--out "),
          ("scheduler-bad", ["--scheduler", "::"], {}, "--scheduler "),
      )],
    # --- list, embed, gallery, slides, top level --------------------------------------
    ("list-lang-fr", ["list", "--lang", "fr"], {}, "--lang "),
    ("list-unknown-option", ["list", "--bogus"], {}, "unrecognized arguments"),
    ("embed-missing", ["embed", "nosuch"], {}, "NAME "),
    ("embed-escape", ["embed", "../good"], {}, "NAME "),
    ("embed-style-bogus", ["embed", "good", "--style", "pdf"], {}, "--style "),
    ("embed-out-missing", ["embed", "good", "--out", "nowhere"], {}, "NAME "),
    ("embed-out-is-file", ["embed", "good", "--out", "afile"], {}, "NAME "),
    ("embed-sidecar-list", ["embed", "bad"], {"renders/bad/bad.json": "[1, 2]"}, "NAME "),
    ("embed-sidecar-broken", ["embed", "bad"], {"renders/bad/bad.json": "{"}, "NAME "),
    ("embed-sidecar-escape", ["embed", "bad"], {"renders/bad/bad.json": None}, "NAME "),
    ("gallery-out-is-file", ["gallery", "--out", "afile"], {}, "--out "),
    ("gallery-index-is-folder", ["gallery"], {"renders/index.html": None},
     "renders/index.html is not a file"),
    ("gallery-markdown-is-folder", ["gallery"], {"renders/index.md": None},
     "renders/index.md is not a file"),
    ("slides-lang-fr", ["slides", "--lang", "fr"], {}, "--lang "),
    ("slides-quality-z", ["slides", "--quality", "z"], {}, "--quality "),
    ("slides-workers-0", ["slides", "--workers", "0"], {}, "--workers "),
    ("slides-out-is-file", ["slides", "--out", "afile"], {}, "--out "),
    # --- found by an adversarial review (issue 12) -------------------------------------
    ("name-trailing-newline", ["render", "l1", "--name", "abc\n"], {}, "--name "),
    ("name-reserved", ["render", "l1", "--name", "slides"], {}, "--name "),
    ("spec-name-newline", ["render", "spec.toml"], spec(EXPLAINER + 'name = "q\\nq"'),
     "spec.toml: "),
    ("csv-fifo", ["path", "--data", "pipe.csv", "--target", "y", "--method", "lasso"],
     {"pipe.csv": FIFO}, "--data "),
    ("spec-fifo", ["render", "pipe.toml"], {"pipe.toml": FIFO}, "pipe.toml: cannot read"),
    ("out-file-with-newline", ["gallery", "--out", "af\nile"], {"af\nile": "x"}, "--out "),
    ("data-name-with-newline", ["path", "--data", "a\nb.csv", "--target", "y", "--method",
                                "lasso"], {}, "--data "),
    ("csv-header-newline", ["path", "--data", "bad.csv", "--target", "z", "--method", "lasso"],
     {"bad.csv": '"a\nb",y\n1,2\n3,5\n'}, "--target "),
    ("csv-empty-header", ["path", "--data", "bad.csv", "--target", "y", "--method", "lasso"],
     {"bad.csv": ",y\n1,2\n3,5\n4,7\n"}, "--data "),
    ("csv-huge-values", ["path", "--data", "bad.csv", "--target", "y", "--method", "lasso"],
     {"bad.csv": "a,y\n1e200,2\n3e200,5\n4e200,7\n"}, "--data "),
    ("csv-subnormal-values", ["path", "--data", "bad.csv", "--target", "y", "--method",
                              "ridge"], {"bad.csv": "a,y\n1e-310,2\n3e-310,5\n4e-310,7\n"},
     "--data "),
    ("gallery-out-under-file", ["gallery", "--out", "afile/sub"], {}, "--out "),
    ("gallery-out-dangling-link", ["gallery", "--out", "dl"], {"dl": ("link", "nowhere")},
     "--out "),
    ("gallery-out-too-long", ["gallery", "--out", "x" * 300], {}, "--out "),
    ("render-out-under-file", ["render", "l1", "--out", "afile/sub"], {}, "--out "),
    ("gallery-out-empty", ["gallery", "--out", ""], {}, "--out "),
    ("method-100kb", ["path", "--data", "diabetes", "--method", "m" * 100_000], {},
     "--method "),
    ("stability-rho-rounding", ["stability", "--rho", "0.9999999999999999"], {}, "--rho "),
    ("stability-batch-size-all", ["stability", "--batch-size", "20000"], {}, "--batch-size "),
    ("cloud-relative-budget-subnormal", ["cloud", "--norm", "l2", "--case", "isotropic",
                                         "--dim", "5", "--relative-budget", "5e-324"], {},
     "--relative-budget "),
    ("solve-extreme-spread", solve(center="1e-300,1e300", matrix="1,0,0,1e-300", radius="1"),
     {}, "--center, --matrix and --radius"),
    ("solve-singular-huge-l1", solve(radius="1e300", matrix="1,1,1,1"), {},
     "--center, --matrix and --radius"),
    ("solve-singular-huge-l2", solve(norm="l2", radius="1e200", matrix="1,1,1,1"), {},
     "--center, --matrix and --radius"),
    ("lock-is-folder", ["render", "l1"], {"renders/.locks/l1.lock": None},
     "renders/.locks/l1.lock is not a plain file"),
    ("slides-folder-is-link", ["slides"], {"renders/slides": ("link", "../outside")},
     "renders/slides is a link"),
    ("slides-page-is-link", ["slides"], {"renders/lesson-en.html": ("link", "../victim.txt")},
     "renders/lesson-en.html is not a plain file"),
    ("embed-linked-sidecar", ["embed", "ev"],
     {"renders/ev/ev.json": ("link", "../good/good.json")}, "NAME "),
    # --- render ridge_vs_lasso on a CSV file (issue 14): mathcore's one-line errors ------
    ("rvl-missing-file", ["render", "ridge_vs_lasso", "--data", "nowhere.csv", "--target", "y"],
     {}, "--data nowhere.csv: cannot read"),
    ("rvl-data-is-folder", ["render", "ridge_vs_lasso", "--data", "folder", "--target", "y"],
     {"folder": None}, "--data "),
    ("rvl-data-is-fifo", ["render", "ridge_vs_lasso", "--data", "pipe.csv", "--target", "y"],
     {"pipe.csv": FIFO}, "--data "),
    *[(f"rvl-csv-{name}", ["render", "ridge_vs_lasso", "--data", "bad.csv", "--target", "y"],
       {"bad.csv": content}, start)
      for name, content, start in (
          ("empty", "", "--data "),
          ("header-only", "a,b,y\n", "--data "),
          ("text-cell", "a,y\n1,2\nx,3\n4,5\n", "--data "),
          ("one-row", "a,y\n1,2\n", "--data "),
          ("ragged", "a,b,y\n1,2,3\n4,5\n6,7,8\n", "--data "),
          ("constant-column", "a,b,y\n1,2,3\n1,5,6\n1,8,10\n", "--data "),
          ("not-utf8", b"a,y\n1,2\n\xff\xfe,3\n4,5\n", "--data "),
          ("missing-target", "a,b\n1,2\n3,5\n4,7\n", "--target column 'y' is not in"),
          ("eleven-features", ",".join(f"f{k}" for k in range(11)) + ",y\n"
           + "\n".join(",".join(str((k + 2) ** r % 97) for k in range(12))
                       for r in range(5)) + "\n", "--data bad.csv has 11 feature columns"),
      )],
    ("rvl-csv-without-target", ["render", "ridge_vs_lasso", "--data", "good.csv"], {},
     "--target must name"),
    ("rvl-target-with-diabetes", ["render", "ridge_vs_lasso", "--target", "y"], {},
     "--target applies only to a CSV file"),
    ("rvl-data-on-l1", ["render", "l1", "--data", "good.csv", "--target", "y"], {},
     "--data is not a parameter of scene l1"),
    ("rvl-data-with-spec", ["render", "spec.toml", "--data", "good.csv"],
     spec('[[explainer]]\nscene = "ridge_vs_lasso"\n'), "--data applies only"),
    ("rvl-spec-missing-data", ["render", "spec.toml"],
     spec('[[explainer]]\nscene = "ridge_vs_lasso"\ndata = "nowhere.csv"\ntarget = "y"\n'),
     "spec.toml: explainer 1: data "),
    ("rvl-spec-data-not-text", ["render", "spec.toml"],
     spec('[[explainer]]\nscene = "ridge_vs_lasso"\ndata = 3\n'),
     "spec.toml: explainer 1: data must be diabetes or the path of a CSV file"),
    ("rvl-spec-target-not-text", ["render", "spec.toml"],
     spec('[[explainer]]\nscene = "ridge_vs_lasso"\ndata = "good.csv"\ntarget = 1\n'),
     "spec.toml: explainer 1: target must be the name of a column"),
    ("no-command", [], {}, "the following arguments are required"),
    ("unknown-command", ["frobnicate"], {}, "command invalid choice"),
    ("unknown-top-option", ["--bogus"], {}, "the following arguments are required"),
]


def _escaping_sidecar() -> str:
    from tests.fake_renders import render_data

    data = render_data("bad", {"mp4": "../../victim.txt"})
    data["records"] = {"../../victim.txt": {"size": 1, "sha256": "ab" * 32}}
    return json.dumps(data)


def tree(folder: Path) -> dict[str, str]:
    """Every path under ``folder`` with a digest of its content ('dir' for folders, the
    target for links, 'fifo' for pipes)."""
    def content(path: Path) -> str:
        if path.is_symlink():
            return f"link to {os.readlink(path)}"
        if path.is_dir():
            return "dir"
        if not path.is_file():
            return "fifo"
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return {str(path.relative_to(folder)): content(path) for path in sorted(folder.rglob("*"))}


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = tmp_path / "renders"
    published(root, "good", "a claim")
    (tmp_path / "good.csv").write_text(CSV)
    (tmp_path / "afile").write_text("a file, not a folder")
    (tmp_path / "victim.txt").write_text("do not touch")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_there_are_at_least_150_cases():
    assert len(CASES) >= 150
    assert len({case[0] for case in CASES}) == len(CASES)


@pytest.mark.parametrize(("argv", "files", "start"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_bad_input(project, capsys, argv, files, start):
    for relative, content in files.items():
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():  # a folder the finished render left, replaced by the case's file
            shutil.rmtree(path)
        if content == FIFO:
            os.mkfifo(path)
        elif isinstance(content, tuple):
            path.symlink_to(content[1])
        elif content is None and relative.endswith(".json"):
            path.write_text(_escaping_sidecar())
        elif content is None:
            path.mkdir()
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    before = tree(project)
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2, captured.err
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith(f"normviz: error: {start}"), captured.err
    assert "Traceback" not in captured.err and len(captured.err) < 600
    assert tree(project) == before
