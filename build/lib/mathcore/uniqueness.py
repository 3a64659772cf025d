"""Is a constrained optimum unique?  Where not, find a segment of optimal points.

With A positive definite f is strictly convex and the optimum is unique.  With A
singular, every b with ``A b = A b*`` has ``f(b) = f(b*)`` (expand f), so the optimal set
is ``S = {b : A b = A b*, ||b||_p <= t}``: b* plus null-space directions of A, cut by the
ball.  For L2 with mu > 0 it is a single point (a convex subset of a round sphere); in the
other cases S is measured along each null-space direction d of A:

* L1: two linear programs ``min / max d^T b over S`` (b = u - v, u, v >= 0) with HiGHS;
* L2: the chord ``b* + s d`` with ``||b* + s d||_2 <= t``.

S is a single point exactly when every such extent is zero.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linprog

from mathcore.loss import QuadraticLoss

#: Two optimal points closer than this (relative to max(t, 1)) are the same point.
SEGMENT_RTOL = 1e-7


def _l1_extent(range_basis: np.ndarray, beta: np.ndarray, radius: float, direction: np.ndarray):
    """Minimiser and maximiser of ``d^T b`` over ``{R^T b = R^T b*, ||b||_1 <= t}``."""
    n = beta.size
    equality = np.hstack([range_basis.T, -range_basis.T])
    budget = np.ones((1, 2 * n))
    ends = []
    for sign in (1.0, -1.0):
        cost = sign * np.concatenate([direction, -direction])
        result = linprog(
            cost, A_ub=budget, b_ub=[radius], A_eq=equality, b_eq=range_basis.T @ beta,
            bounds=(0, None), method="highs",
        )
        if result.status != 0:
            raise RuntimeError(f"linear program for the optimal set failed: {result.message}")
        ends.append(result.x[:n] - result.x[n:])
    return ends


def _l2_extent(beta: np.ndarray, radius: float, direction: np.ndarray):
    """End points of the chord ``b* + s d`` (unit d) inside the L2 ball."""
    half_b = float(direction @ beta)
    discriminant = max(half_b**2 - (float(beta @ beta) - radius**2), 0.0)
    root = np.sqrt(discriminant)
    return [beta + (-half_b - root) * direction, beta + (-half_b + root) * direction]


def optimal_segment(
    loss: QuadraticLoss, norm: str, radius: float, beta: np.ndarray, multiplier: float
) -> tuple[np.ndarray, np.ndarray] | None:
    """Two distinct optimal points, or None when b* is the unique optimum."""
    null = loss.null_space
    if null.shape[1] == 0 or (norm == "l2" and multiplier > 0.0):
        return None
    _, vectors = loss.eigen
    range_basis = vectors[:, null.shape[1]:]
    for direction in null.T:
        if norm == "l1":
            low, high = _l1_extent(range_basis, beta, radius, direction)
        else:
            low, high = _l2_extent(beta, radius, direction)
        if np.linalg.norm(high - low) > SEGMENT_RTOL * max(radius, 1.0):
            return low, high
    return None
