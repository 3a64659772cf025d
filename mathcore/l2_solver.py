"""Exact minimiser of ``f(b) = (b - c)^T A (b - c)`` over the L2 ball ``||b||_2 <= t``.

Any dimension n >= 1.  With ``A = Q diag(d) Q^T`` and ``g = Q^T c``:

* If the loss's own minimum is feasible the constraint is slack: b* = c when
  ``||c|| <= t``, else (A singular) the minimum-norm minimiser ``Q_r g_r`` when its norm
  is <= t (``_r``: the eigenvectors with d_i > 0).
* Otherwise the KKT conditions ``A (b - c) + lam b = 0`` give
  ``b(lam) = (A + lam I)^{-1} A c``, i.e. ``Q^T b_i = d_i g_i / (d_i + lam)``, and lam > 0 is
  the unique root of the secular equation ``||b(lam)||_2 = t``.  It is solved in the
  scaled unknown ``m = lam t``, which keeps every radius (down to 1e-300) in range:
  ``||w / (d t + m)|| = 1`` with ``w = d g``; the left side falls strictly from
  ``||g_r|| / t > 1`` at m = 0 to at most 1 at ``m = ||w||``, so Brent's method on that
  bracket finds m to machine precision, and ``Q^T b = w t / (d t + m)``.  When
  ``||g_r||`` exceeds t only by rounding (the centre on the sphere), m = 0.

The multiplier of the norm form ``f + mu (||b||_2 - t)`` is ``mu = 2 lam t``.
"""

from __future__ import annotations

import math

import numpy as np
from scipy.optimize import brentq

from mathcore.loss import QuadraticLoss


def solve_l2(loss: QuadraticLoss, radius: float) -> np.ndarray:
    """b* of ``min f(b) s.t. ||b||_2 <= radius`` (see the module docstring)."""
    c = loss.center
    if np.linalg.norm(c) <= radius:
        return c.copy()
    values, vectors = loss.eigen
    positive = values > 0.0
    coords = vectors.T @ c
    if np.linalg.norm(coords[positive]) <= radius:
        return vectors[:, positive] @ coords[positive]
    weighted = values[positive] * coords[positive]
    scaled_values = values[positive] * radius

    def excess(scaled_lam: float) -> float:
        # at m = 0 a tiny radius overflows to +inf, which still has the right sign
        with np.errstate(over="ignore", divide="ignore"):
            shares = weighted / (scaled_values + scaled_lam)
            # np.linalg.norm's own sum (its dot, then sqrt) without its checks: a
            # secular equation is evaluated a dozen times a solve
            return math.sqrt(shares.dot(shares)) - 1.0

    if excess(0.0) <= 0.0:  # ||g_r|| > t only by rounding: the minimiser is on the sphere
        return vectors[:, positive] @ coords[positive]
    upper = float(np.linalg.norm(weighted))
    scaled_lam = brentq(excess, 0.0, upper, xtol=1e-300, rtol=4 * np.finfo(float).eps,
                        maxiter=500)
    return vectors[:, positive] @ (weighted * radius / (scaled_values + scaled_lam))
