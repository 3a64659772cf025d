"""Problems per second on the random-loss experiment (``general`` case, t = 2), in one run.

* batched exact solver (``mathcore.planar_batch``): a million problems;
* Parr's grid method (argmin over 100 boundary points, vectorised): a million problems;
* scipy SLSQP, one problem at a time: 2,000 problems.

Both norms; printed with the ratios to SLSQP and the fractions each method reports.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mathcore.cloud import cloud_2d, draw_problems
from tests.references import slsqp

MANY, FEW = 1_000_000, 2_000


def main() -> None:
    for norm in ("l1", "l2"):
        exact = cloud_2d(norm, "general", MANY, seed=1)
        grid = cloud_2d(norm, "general", MANY, seed=1, method="grid")
        centers, matrices = draw_problems(np.random.default_rng(1), FEW, "general", norm, 2.0)
        start = time.perf_counter()
        optima = np.array([slsqp(c, a, norm, 2.0) for c, a in zip(centers, matrices, strict=True)])
        scipy_rate = FEW / (time.perf_counter() - start)
        exact_rate, grid_rate = MANY / exact.seconds, MANY / grid.seconds
        near_zero = float(np.mean(np.any(np.abs(optima) < 1e-6, axis=1)))
        print(f"[{norm}]")
        print(f"  batched exact: {exact_rate:12.0f} problems/s  ({exact_rate / scipy_rate:7.0f} x "
              f"SLSQP)  zero share {exact.fraction_zero:.4f}")
        print(f"  grid, K = 100: {grid_rate:12.0f} problems/s  ({grid_rate / scipy_rate:7.0f} x "
              f"SLSQP)  zero share {grid.fraction_zero:.4f}")
        print(f"  scipy SLSQP:   {scipy_rate:12.0f} problems/s  (1 x)        "
              f"|b_i| < 1e-6 share {near_zero:.4f} on {FEW}")


if __name__ == "__main__":
    main()
