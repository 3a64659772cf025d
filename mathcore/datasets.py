"""Data sets as (X, y, feature names): the shipped diabetes data, or a user's CSV file.

The diabetes data (Efron, Hastie, Johnstone and Tibshirani, "Least angle regression",
Annals of Statistics 2004): 442 patients, 10 baseline variables (age, sex, body mass
index, mean blood pressure, six blood serum measurements s1..s6) and a quantitative
measure of disease progression one year later.  Shipped unscaled in ``data/diabetes.csv``
(the same numbers as scikit-learn's ``load_diabetes(scaled=False)``); nothing is downloaded.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

#: Sizes of a non-zero value that least squares can square and sum without overflow or
#: underflow (over up to 1e8 rows).
LARGEST_VALUE, SMALLEST_VALUE = 1e100, 1e-100


@dataclass(frozen=True)
class Dataset:
    """Design matrix ``X`` (n samples x p features), response ``y`` and the names."""

    X: np.ndarray
    y: np.ndarray
    features: tuple[str, ...]
    target: str


def _parse_rows(rows: list[list[str]], source: str, target: str) -> Dataset:
    """Validate a header + rows table and split off the target column."""
    if not rows or not rows[0]:
        raise ValueError(f"data {source} is empty")
    header = [name.strip() for name in rows[0]]
    if "" in header:
        raise ValueError(f"data {source}: column {header.index('') + 1} has no name")
    if len(header) < 2:
        raise ValueError(f"data {source} needs the target column and at least one feature "
                         f"column, got only {', '.join(header)[:80]!r}")
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise ValueError(f"data {source}: column {repeated[0]!r} appears more than once")
    if target not in header:
        raise ValueError(
            f"target column {target!r} is not in {source} (columns: {', '.join(header)[:200]})"
        )
    body = rows[1:]
    if len(body) < 2:
        raise ValueError(f"data {source} needs at least 2 rows of numbers, got {len(body)}")
    values = np.empty((len(body), len(header)))
    for i, row in enumerate(body, start=2):
        if len(row) != len(header):
            raise ValueError(
                f"data {source} line {i} has {len(row)} fields, expected {len(header)}"
            )
        for j, cell in enumerate(row):
            try:
                values[i - 2, j] = float(cell)
            except ValueError:
                shown = cell if len(cell) <= 40 else f"{cell[:40]}..."
                raise ValueError(
                    f"data {source} line {i}, column {header[j][:40]!r}: {shown!r} is not a "
                    "number"
                ) from None
    bad = ~np.isfinite(values)
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise ValueError(f"data {source} line {i + 2}, column {header[j][:40]!r} is NaN or "
                         "infinite")
    size = np.abs(values)
    extreme = (size > LARGEST_VALUE) | ((size > 0.0) & (size < SMALLEST_VALUE))
    if extreme.any():
        i, j = np.argwhere(extreme)[0]
        raise ValueError(f"data {source} line {i + 2}, column {header[j][:40]!r}: "
                         f"{values[i, j]:.3g} is outside [{SMALLEST_VALUE:g}, "
                         f"{LARGEST_VALUE:g}] in size (its square would overflow or underflow)")
    constant = [header[j] for j in range(len(header)) if np.ptp(values[:, j]) == 0.0]
    if constant:
        raise ValueError(
            f"data {source}: column {constant[0]!r} is constant (it carries no information)"
        )
    column = header.index(target)
    features = tuple(name for name in header if name != target)
    return Dataset(np.delete(values, column, axis=1), values[:, column], features, target)


def read_csv(path: str | Path, target: str) -> Dataset:
    """A comma-separated file with a header row; every other column is a feature."""
    path = Path(path)
    if path.exists() and not path.is_file():
        raise ValueError(f"data {path} is not a plain file (a folder, a pipe or a device)")
    reader = None
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:  # a leading BOM is dropped
            reader = csv.reader(handle)
            rows = [row for row in reader if row]
    except OSError as error:
        raise ValueError(f"data {path}: cannot read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ValueError(f"data {path} is not a UTF-8 text CSV file") from None
    except csv.Error as error:  # a NUL byte, a cell over csv's 128 KiB limit
        line = reader.line_num if reader is not None else 0
        raise ValueError(f"data {path} line {line}: not a CSV table ({error})") from None
    return _parse_rows(rows, str(path), target)


def load_diabetes() -> Dataset:
    """The 442 x 10 diabetes data, unscaled; the response column is ``target``."""
    text = resources.files("mathcore").joinpath("data/diabetes.csv").read_text()
    rows = [row for row in csv.reader(text.splitlines()) if row]
    return _parse_rows(rows, "diabetes", "target")


def load(name_or_path: str, target: str | None = None) -> Dataset:
    """``"diabetes"`` or the path of a CSV file (then ``target`` names its response column)."""
    if name_or_path == "diabetes":
        return load_diabetes()
    if target is None:
        raise ValueError("target must name the response column of a CSV file")
    return read_csv(name_or_path, target)
