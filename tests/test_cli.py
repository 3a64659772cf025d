"""``normviz solve``: JSON on success, one-line errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from normviz.cli import main

KEYS = {"beta", "loss", "multiplier", "face", "zeros", "unique", "kkt_residual", "certificate",
        "message"}
GOOD = ["solve", "--norm", "l1", "--radius", "2", "--center", "3,1", "--matrix", "2,0.5,0.5,1"]


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_issue_example(capsys):
    code, out, err = run(GOOD, capsys)
    assert code == 0 and err == ""
    result = json.loads(out)
    assert set(result) == KEYS
    assert result["beta"] == [2.0, 0.0]
    assert result["zeros"] == [1]
    assert result["face"] == "vertex"
    assert result["unique"] is True
    assert result["kkt_residual"] < 1e-12
    assert result["certificate"] == {"kind": "kkt", "residual": result["kkt_residual"]}
    assert "KKT" in result["message"]


def test_any_dimension_and_negative_values(capsys):
    code, out, _ = run(["solve", "--norm", "l2", "--radius", "1", "--center", "-3,1,2",
                        "--matrix", "1,0,0,0,2,0,0,0,3"], capsys)
    assert code == 0
    result = json.loads(out)
    assert len(result["beta"]) == 3 and result["face"] == "boundary"


def test_numbers_with_spaces_after_commas(capsys):
    argv = list(GOOD)
    argv[argv.index("--center") + 1] = "3, 1"
    assert run(argv, capsys)[0] == 0


def test_non_unique_is_reported(capsys):
    code, out, _ = run(["solve", "--norm", "l1", "--radius", "1", "--center", "2,2",
                        "--matrix", "1,1,1,1"], capsys)
    assert code == 0 and json.loads(out)["unique"] is False


@pytest.mark.parametrize(
    ("change", "parameter"),
    [
        ({"--norm": "l3"}, "--norm"),
        ({"--radius": "0"}, "--radius"),
        ({"--radius": "-2"}, "--radius"),
        ({"--radius": "nan"}, "--radius"),
        ({"--radius": "abc"}, "--radius"),
        ({"--center": "3,nan"}, "--center"),
        ({"--center": "3,inf"}, "--center"),
        ({"--center": "3,x"}, "--center"),
        ({"--center": "3,,1"}, "--center"),  # an empty entry is not dropped
        ({"--center": "3,1,"}, "--center"),
        ({"--matrix": "2,0.5,,0.5,1"}, "--matrix"),
        ({"--matrix": "2,0.5,0.4,1"}, "--matrix"),  # not symmetric
        ({"--matrix": "1,2,2,1"}, "--matrix"),  # not positive semi-definite
        ({"--matrix": "-1,0,0,-1"}, "--matrix"),
        ({"--matrix": "2,0.5,0.5"}, "--matrix"),  # shapes disagree
        ({"--center": "3,1,2"}, "--matrix"),
        ({"--matrix": "2,nan,nan,1"}, "--matrix"),
    ],
)
def test_bad_input_is_one_line_exit_2(change, parameter, capsys):
    argv = list(GOOD)
    for option, value in change.items():
        argv[argv.index(option) + 1] = value
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"normviz: error: {parameter} ")


def test_missing_option_is_one_line_exit_2(capsys):
    assert main(GOOD[:-2]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--matrix" in err


@pytest.mark.slow
def test_console_script_runs():
    done = subprocess.run(
        [sys.executable, "-m", "normviz.cli", *GOOD], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["beta"] == [2.0, 0.0]
    bad = subprocess.run(
        [sys.executable, "-m", "normviz.cli", *GOOD[:-1], "2,0.5,0.4,1"],
        capture_output=True, text=True, check=False,
    )
    assert bad.returncode == 2 and bad.stderr.startswith("normviz: error: --matrix")
    assert "Traceback" not in bad.stderr


PATH_KEYS = {"features", "alphas", "coefs", "events"}


def test_path_lasso_diabetes_json(capsys):
    code, out, err = run(["path", "--data", "diabetes", "--method", "lasso", "--standardize",
                          "--json"], capsys)
    assert code == 0 and err == ""
    result = json.loads(out)
    assert set(result) >= PATH_KEYS
    assert result["features"][:4] == ["age", "sex", "bmi", "bp"]
    assert len(result["coefs"]) == len(result["alphas"]) == 13
    assert all(a > b for a, b in zip(result["alphas"], result["alphas"][1:], strict=False))
    assert result["events"][0] == {"alpha": result["alphas"][0], "feature": "bmi",
                                   "action": "enter"}
    assert result["events"][10] == {"alpha": result["alphas"][10], "feature": "s3",
                                    "action": "leave"}


@pytest.mark.parametrize("method", ["ridge", "enet"])
def test_path_other_methods(method, capsys):
    code, out, _ = run(["path", "--data", "diabetes", "--method", method, "--json"], capsys)
    result = json.loads(out)
    assert code == 0 and len(result["alphas"]) == 100
    assert (result["events"] == []) == (method == "ridge")


def test_path_user_csv(tmp_path, capsys):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(30, 3))
    y = X @ [1.0, 0.0, -2.0] + 0.1 * rng.normal(size=30)
    table = tmp_path / "mine.csv"
    table.write_text("a,b,c,out\n" + "\n".join(
        ",".join(f"{v:.6f}" for v in (*row, target)) for row, target in zip(X, y, strict=True)))
    code, out, _ = run(["path", "--data", str(table), "--target", "out", "--method", "lasso",
                        "--json"], capsys)
    assert code == 0 and json.loads(out)["features"] == ["a", "b", "c"]


def test_path_csv_with_a_byte_order_mark(tmp_path, capsys):
    """Excel's UTF-8 CSV starts with a BOM: the first column is still named "a"."""
    table = tmp_path / "bom.csv"
    table.write_text("\ufeffa,b,y\n1,2,3\n4,5,7\n7,9,8\n2,1,1\n", encoding="utf-8")
    code, out, _ = run(["path", "--data", str(table), "--target", "a", "--method", "lasso",
                        "--json"], capsys)
    assert code == 0 and json.loads(out)["features"] == ["b", "y"]


@pytest.mark.parametrize(
    ("content", "target", "message"),
    [
        ("a,b,y\n1,2,3\nx,5,6\n7,8,9\n", "y", "--data "),  # non-numeric
        ("a,b,y\n1,2,3\n4,5,6\n", "z", "--target "),  # missing target column
        ("a,b,y\n1,2,3\n1,5,6\n1,8,10\n", "y", "--data "),  # constant column
        ("a,b,y\n1,2,3\nnan,5,6\n7,8,10\n", "y", "--data "),  # NaN
        ("a,b,y\n1,2,3\n", "y", "--data "),  # fewer than 2 rows
        ("", "y", "--data "),  # empty
    ],
)
def test_path_bad_csv_is_one_line_exit_2(tmp_path, capsys, content, target, message):
    table = tmp_path / "bad.csv"
    table.write_text(content)
    code, out, err = run(["path", "--data", str(table), "--target", target, "--method",
                          "lasso", "--json"], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"normviz: error: {message}"), err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--data", "nowhere.csv", "--target", "y", "--method", "lasso"], "--data "),
        (["--data", "diabetes", "--method", "lasso", "--l1-ratio", "0.5"], "--l1-ratio "),
        (["--data", "diabetes", "--method", "enet", "--l1-ratio", "1.5"], "--l1-ratio "),
        (["--data", "mine.csv", "--method", "lasso"], "--target "),
    ],
)
def test_path_bad_options(argv, message, capsys):
    code, out, err = run(["path", *argv], capsys)
    assert code == 2 and out == "" and err.startswith(f"normviz: error: {message}"), err


def test_version_is_the_package_version(capsys):
    import importlib.metadata

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"normviz {importlib.metadata.version('normviz')}"


def test_every_subcommand_describes_itself():
    """`normviz X --help` opens with a sentence for every X (not only a one-line help)."""
    from normviz.cli import build_parser

    parser = build_parser()
    assert "``" not in parser.description and "L1" in parser.description
    commands = next(a for a in parser._actions if a.dest == "command")
    for name, sub in commands.choices.items():
        assert sub.description and len(sub.description) > 40, name
    solve_help = commands.choices["solve"].format_help()
    assert "positive semi-definite" in solve_help
    for name in ("cloud", "stability"):
        assert "seed of numpy's random generator" in commands.choices[name].format_help()
