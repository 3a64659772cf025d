"""The exact 2-D solvers against scipy SLSQP on the same 10,000 random problems.

Problems: centre ~ U[-10, 10]^2, A = Q diag(d) Q^T with a random rotation and condition
number log-uniform in [1, 1e3], radius t = 2.  Printed per norm: problems per second of
``solve_constrained`` (exact + KKT certificate), of the bare exact solver, of the batched
L1 enumeration, and of SLSQP; the speed ratio; the largest distance between the optima;
how far SLSQP's points overshoot the ball; and the loss of SLSQP's point scaled back
into the ball minus the exact optimum's (never negative when the exact solver is right).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mathcore import QuadraticLoss, solve_constrained
from mathcore.l1_planar import solve_l1_planar, solve_l1_planar_batch
from mathcore.l2_solver import solve_l2
from tests.references import into_ball, random_problem, slsqp

COUNT = 10_000
RADIUS = 2.0


def timed(function, items):
    start = time.perf_counter()
    results = [function(item) for item in items]
    return np.array(results), time.perf_counter() - start


def bench_norm(norm: str, problems: list, losses: list) -> None:
    """Time the exact and reference solvers on every problem for one norm and print."""
    bare = {"l1": solve_l1_planar, "l2": solve_l2}[norm]
    certified, t_cert = timed(lambda loss: solve_constrained(loss, norm, RADIUS).beta, losses)
    exact, t_exact = timed(lambda loss: bare(loss, RADIUS), losses)
    reference, t_ref = timed(lambda p: slsqp(p[0], p[1], norm, RADIUS), problems)
    assert np.array_equal(certified, exact)
    order = 1 if norm == "l1" else 2
    overshoot = np.linalg.norm(reference, ord=order, axis=1).max() / RADIUS - 1.0
    gaps = np.array([loss.value(into_ball(r, norm, RADIUS)) - loss.value(e)
                     for loss, r, e in zip(losses, reference, exact, strict=True)])
    print(f"\n[{norm}]")
    print(f"  solve_constrained (exact + certificate): {COUNT / t_cert:10.0f} problems/s")
    print(f"  exact solver alone:                      {COUNT / t_exact:10.0f} problems/s")
    if norm == "l1":
        centers = np.array([c for c, _ in problems])
        matrices = np.array([a for _, a in problems])
        start = time.perf_counter()
        batch = solve_l1_planar_batch(centers, matrices, np.full(COUNT, RADIUS))
        t_batch = time.perf_counter() - start
        assert np.array_equal(batch, exact)
        print(f"  batched enumeration (one numpy call):   {COUNT / t_batch:10.0f} problems/s")
    print(f"  scipy SLSQP:                             {COUNT / t_ref:10.0f} problems/s")
    print(f"  speed ratio exact / SLSQP:               {t_ref / t_exact:10.1f} x")
    print(f"  speed ratio certified / SLSQP:           {t_ref / t_cert:10.1f} x")
    print(f"  largest |beta_exact - beta_SLSQP|:       {np.abs(exact - reference).max():10.2e}")
    print(f"  SLSQP's largest overshoot of the ball:   {overshoot:10.2e} (relative)")
    print("  f(SLSQP) - f(exact), SLSQP's point scaled into the ball (>= 0: exact is better):")
    print(f"    largest {gaps.max():.2e}, smallest {gaps.min():.2e}")


def main() -> None:
    rng = np.random.default_rng(2026)
    problems = [random_problem(rng, 2, 10 ** rng.uniform(0, 3)) for _ in range(COUNT)]
    losses = [QuadraticLoss.create(c, a) for c, a in problems]
    print(f"{COUNT} random 2-D problems, radius {RADIUS}")
    for norm in ("l1", "l2"):
        bench_norm(norm, problems, losses)


if __name__ == "__main__":
    main()
