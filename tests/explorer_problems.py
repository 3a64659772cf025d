"""Random 2-D problems for the explorer's solver (normviz/explorer/solver.js) and
mathcore's answers to them, shared by its browser test and its benchmark.

Each problem is ``{center, matrix, radius, norm, l1_ratio, p}`` as the page's
``normviz.solve`` takes it: A = Q diag(d) Q^T with a condition number log-uniform in
[1, 1e6] and a scale log-uniform in [1e-2, 1e2]; the ball's reach (where it meets the
axes) log-uniform in [1e-3, 1e3]; the centre in a random direction at 0.1 to 10 reaches
(so inside and outside the ball); the elastic net's mixing 0, 1 or uniform in (0, 1),
Lp's p 1, 2 or uniform in [0.5, 8].  Lp is searched: both sides use ``LP_DENSE_CHECK``
sphere directions for its certificate (the check does not move the optimum).
"""

from __future__ import annotations

import math

import numpy as np

from mathcore import QuadraticLoss, solve_constrained
from mathcore.norms import ElasticNet, lp
from mathcore.penalty_form import penalised_enet, penalised_optimum

NORM_NAMES = ("l1", "l2", "enet", "lp")
#: The balls in turn: three of each exact ball to one Lp (the searched ball is a hundred
#: times slower to solve, on both sides).
BALL_CYCLE = ("l1", "l2", "enet") * 3 + ("lp",)
LP_DENSE_CHECK = 4096


def random_problems(count: int, seed: int) -> list[dict]:
    """``count`` problems, the balls in turn (``BALL_CYCLE``; see the module docstring)."""
    rng = np.random.default_rng(seed)
    problems = []
    for k in range(count):
        norm = BALL_CYCLE[k % len(BALL_CYCLE)]
        turn = rng.uniform(0.0, math.pi)
        rotation = np.array([[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]])
        values = 10.0 ** rng.uniform(-2, 2) * np.array([1.0, 10.0 ** rng.uniform(0, 6)])
        matrix = rotation @ np.diag(rng.permutation(values)) @ rotation.T
        matrix = (matrix + matrix.T) / 2.0
        reach = 10.0 ** rng.uniform(-3, 3)
        direction = rng.uniform(0.0, 2.0 * math.pi)
        size = reach * 10.0 ** rng.uniform(-1, 1)
        problem = {"center": [size * math.cos(direction), size * math.sin(direction)],
                   "matrix": matrix.tolist(), "radius": reach, "norm": norm}
        if norm == "enet":
            rho = float(rng.choice([0.0, 1.0, rng.uniform(0.0, 1.0)], p=[0.1, 0.1, 0.8]))
            problem["l1_ratio"] = rho
            problem["radius"] = rho * reach + (1.0 - rho) * reach * reach
        if norm == "lp":
            problem["p"] = float(rng.choice([1.0, 2.0, rng.uniform(0.5, 8.0)], p=[0.1, 0.1, 0.8]))
            problem["denseCheck"] = LP_DENSE_CHECK
        problems.append(problem)
    return problems


def mathcore_answer(problem: dict) -> dict:
    """What ``normviz solve`` prints for the problem (the fields of ``as_dict``)."""
    loss = QuadraticLoss.create(problem["center"], problem["matrix"])
    norm = {"l1": "l1", "l2": "l2"}.get(problem["norm"])
    if problem["norm"] == "enet":
        norm = ElasticNet(problem["l1_ratio"])
    if problem["norm"] == "lp":
        norm = lp(problem["p"])
    return solve_constrained(loss, norm, problem["radius"], LP_DENSE_CHECK).as_dict()


def mathcore_penalised(problem: dict) -> np.ndarray:
    """argmin f + lam P by mathcore."""
    loss = QuadraticLoss.create(problem["center"], problem["matrix"])
    if problem["norm"] == "enet":
        return penalised_enet(loss, problem["l1_ratio"], problem["lam"])
    return penalised_optimum(loss, problem["norm"], problem["lam"])


def disagreement(problem: dict, ours: dict, theirs: dict) -> dict[str, float]:
    """Relative differences of two answers to ``problem``: b* (max-norm, relative to
    ||b*||_inf); the loss f* (relative to f*); the multiplier mu (relative to mu plus the
    size ``max_i 2 (|A| |b*| + |A| |c|)_i`` of the gradient terms it is computed from, as
    the certificate measures it: near a centre just outside the ball mu is a difference
    of those terms).  Lp has no multiplier (NaN in mathcore, null in JSON)."""
    beta, other = np.asarray(ours["beta"]), np.asarray(theirs["beta"])
    size = max(float(np.abs(beta).max()), 1e-300)
    size_of_terms = np.abs(problem["matrix"]) @ (np.abs(beta) + np.abs(problem["center"]))
    multiplier = ours["multiplier"]
    other_multiplier = math.nan if theirs["multiplier"] is None else theirs["multiplier"]
    return {
        "beta": float(np.abs(beta - other).max()) / size,
        "loss": abs(ours["loss"] - theirs["loss"]) / max(abs(ours["loss"]), 1e-300),
        "multiplier": (0.0 if math.isnan(multiplier) and math.isnan(other_multiplier)
                       else abs(multiplier - other_multiplier)
                       / (abs(multiplier) + 2.0 * float(size_of_terms.max()))),
    }
