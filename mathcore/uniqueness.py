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

from mathcore.loss import QuadraticLoss
from mathcore.norms import Norm

#: Two optimal points closer than this (relative to max(t, 1)) are the same point.
SEGMENT_RTOL = 1e-7


def optimal_segment(
    loss: QuadraticLoss, norm: Norm, radius: float, beta: np.ndarray, multiplier: float
) -> tuple[np.ndarray, np.ndarray] | None:
    """Two distinct optimal points, or None when b* is the unique optimum."""
    null = loss.null_space
    if null.shape[1] == 0 or (norm.strictly_convex and multiplier > 0.0):
        return None
    _, vectors = loss.eigen
    range_basis = vectors[:, null.shape[1]:]
    for direction in null.T:
        low, high = norm.optimal_set_extent(range_basis, beta, radius, direction)
        if np.linalg.norm(high - low) > SEGMENT_RTOL * max(radius, 1.0):
            return low, high
    return None
