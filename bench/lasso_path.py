"""The exact lasso path against scikit-learn's ``lars_path(method="lasso")``, side by side.

Problems: the standardised diabetes data (442 x 10) and a synthetic 1000 x 200 design
(Gaussian features, 20 true non-zeros, unit noise), both centred.  Each solver runs five
times, alternating; printed: median seconds of each, their ratio, the number of knots,
and the largest coefficient difference over the knots the two paths share.
"""

from __future__ import annotations

import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import lars_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mathcore.datasets import load_diabetes
from mathcore.paths import lasso_path
from mathcore.preprocessing import center, standardize

ROUNDS = 5


def problems() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    data = load_diabetes()
    rng = np.random.default_rng(2026)
    X = rng.standard_normal((1000, 200))
    truth = np.zeros(200)
    truth[rng.choice(200, 20, replace=False)] = rng.uniform(-3, 3, 20)
    return {
        "diabetes 442 x 10": center(standardize(data.X), data.y),
        "synthetic 1000 x 200": center(X, X @ truth + rng.standard_normal(1000)),
    }


def sklearn_path(X: np.ndarray, y: np.ndarray):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        alphas, _, coefs = lars_path(X, y, method="lasso")
    return alphas, coefs.T


def main() -> None:
    for name, (X, y) in problems().items():
        ours_times, theirs_times = [], []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            ours = lasso_path(X, y)
            ours_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            alphas, coefs = sklearn_path(X, y)
            theirs_times.append(time.perf_counter() - start)
        shared = min(len(alphas), len(ours.alphas))
        difference = np.abs(ours.coefs[:shared] - coefs[:shared]).max()
        scale = np.abs(coefs).max()
        ours_s, theirs_s = statistics.median(ours_times), statistics.median(theirs_times)
        print(f"[{name}]")
        print(f"  mathcore lasso_path: {ours_s * 1e3:9.2f} ms  ({len(ours.alphas)} knots)")
        print(f"  sklearn lars_path:   {theirs_s * 1e3:9.2f} ms  ({len(alphas)} knots)")
        print(f"  time ratio mathcore / sklearn: {ours_s / theirs_s:.2f}")
        print(f"  largest |coef difference| over {shared} shared knots: {difference:.2e} "
              f"(relative to max |coef| {difference / scale:.2e})")


if __name__ == "__main__":
    main()
