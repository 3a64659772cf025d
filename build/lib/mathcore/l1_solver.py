"""Exact minimiser of ``f(b) = (b - c)^T A (b - c)`` over the L1 ball ``||b||_1 <= t``, any n.

If ``||c||_1 <= t`` the optimum is c.  Otherwise the optimum of the constrained problem is
the penalised optimum ``argmin f(b) + mu ||b||_1`` at the mu where the lasso path first
reaches ``||b||_1 = t`` (mu is then the KKT multiplier of the constraint).  The path is
followed exactly by ``lasso_homotopy`` with ``G = 2A``, ``q = 2Ac``; coefficients outside
the active set are exactly 0.0.  In 2-D, ``l1_planar`` gives the same optimum by
enumerating corners and edges.
"""

from __future__ import annotations

import numpy as np

from mathcore.lasso_homotopy import lasso_homotopy
from mathcore.loss import QuadraticLoss


def solve_l1(loss: QuadraticLoss, radius: float) -> np.ndarray:
    """b* of ``min f(b) s.t. ||b||_1 <= radius`` (see the module docstring)."""
    c = loss.center
    if np.abs(c).sum() <= radius:
        return c.copy()
    gram = 2.0 * loss.matrix
    return lasso_homotopy(gram, gram @ c, l1_budget=radius)[-1].beta
