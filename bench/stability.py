"""Minibatch stability: solutions per second, and one ``normviz stability`` run with the
defaults (rho 0.9, batch size 100, 400 batches), timed end to end in a subprocess.

Exact minibatch solutions: the lasso by the homotopy, the ridge by a 2x2 solve; measured
over 2,000 batches of 100 rows.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mathcore.correlated import correlated_pair
from mathcore.stability import (
    SAMPLES,
    gram,
    lasso_solution,
    penalties_for_half_norm,
    ridge_solution,
)

BATCHES, BATCH_SIZE = 2_000, 100


def main() -> None:
    X, y = correlated_pair(0.9, SAMPLES, 0)
    alpha, lam = penalties_for_half_norm(*gram(X, y))
    rng = np.random.default_rng(0)
    forms = [gram(X[rows], y[rows]) for rows in
             (rng.choice(SAMPLES, BATCH_SIZE, replace=False) for _ in range(BATCHES))]
    start = time.perf_counter()
    for G, q in forms:
        lasso_solution(G, q, alpha)
    lasso_rate = BATCHES / (time.perf_counter() - start)
    start = time.perf_counter()
    for G, q in forms:
        ridge_solution(G, q, lam)
    ridge_rate = BATCHES / (time.perf_counter() - start)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "normviz.cli", "stability", "--json"],
                          capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    print(f"exact lasso minibatch solutions: {lasso_rate:10.0f} per second")
    print(f"exact ridge minibatch solutions: {ridge_rate:10.0f} per second")
    print(f"normviz stability (defaults), whole process: {wall:.2f} s")
    print(f"  its answer: {done.stdout.strip()[:160]}...")


if __name__ == "__main__":
    main()
