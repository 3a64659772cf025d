"""Exact 2-D minimiser of ``f(b) = (b - c)^T A (b - c)`` over the elastic-net ball
``g(b) = rho ||b||_1 + (1 - rho) ||b||_2^2 <= t``, 0 <= rho < 1.

The ball is convex with corners only at its four tips ``+-r e_i`` on the axes, where r is
the root of ``(1 - rho) r^2 + rho r = t``.  Two facts make the problem exact:

* A tip v is the optimum exactly when ``-grad f(v) = 2 A (c - v)`` lies in the ball's
  normal cone there, spanned by the normals of the two arcs that meet at v: for
  v = r e_1 these are ``(rho + 2 (1 - rho) r, +-rho)``, so the test is ``p_1 >= 0`` and
  ``|p_2| (rho + 2 (1 - rho) r) <= rho p_1`` with ``p = -grad f(v)`` (turned to v's axis).
* In the closed quadrant of signs s the ball is the disc
  ``D_s : ||b + rho s / (2 (1 - rho))||^2 <= t / (1 - rho) + rho^2 / (2 (1 - rho)^2)``
  cut to the quadrant, and the whole ball lies in every D_s (``s . b <= ||b||_1``).  So an
  optimum inside the open quadrant is the minimiser of f over D_s (the KKT conditions of
  the ball and of D_s coincide there), and a minimiser of f over D_s that lies in its
  open quadrant is feasible and optimal for the ball.  Each disc problem is the L2 ball's
  secular equation (``mathcore.l2_solver``), shifted.

So: c itself when ``g(c) <= t``; else a tip that passes its cone test; else the best of
the disc minimisers that fall inside their quadrant.  No search and no tolerance; a tip
that missed its cone test by rounding while no disc minimiser fell inside its quadrant
is found by the last fallback (the best tip).  rho = 1 is the L1 ball
(``mathcore.l1_planar``).
"""

from __future__ import annotations

import math

import numpy as np

from mathcore.l1_planar import solve_l1_planar
from mathcore.l2_solver import solve_l2
from mathcore.loss import QuadraticLoss

_TIPS = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
_QUADRANTS = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])


def enet_value(rho: float, beta: np.ndarray) -> float:
    """``g(b) = rho ||b||_1 + (1 - rho) ||b||_2^2``."""
    return float(rho * np.abs(beta).sum() + (1.0 - rho) * (beta @ beta))


def tip_reach(rho: float, radius: float) -> float:
    """r with ``(1 - rho) r^2 + rho r = t``, in the form without cancellation."""
    return 2.0 * radius / (rho + math.sqrt(rho * rho + 4.0 * (1.0 - rho) * radius))


def solve_enet_planar(loss: QuadraticLoss, rho: float, radius: float) -> np.ndarray:
    """b* of ``min f(b) s.t. rho ||b||_1 + (1 - rho) ||b||_2^2 <= radius`` in 2-D."""
    if loss.dim != 2:
        raise ValueError(f"center must have 2 coordinates for the planar solver, got {loss.dim}")
    center, matrix = loss.center, loss.matrix
    if rho == 1.0:
        return solve_l1_planar(loss, radius)
    if enet_value(rho, center) <= radius:
        return center.copy()
    reach = tip_reach(rho, radius)
    along = rho + 2.0 * (1.0 - rho) * reach
    best, best_value = None, math.inf
    for k, direction in enumerate(_TIPS):
        tip = reach * direction
        axis = k % 2
        pull = -loss.gradient(tip)
        outward = direction[axis] * pull[axis]
        if outward >= 0.0 and abs(pull[1 - axis]) * along <= rho * outward:
            value = float(loss.value(tip))
            if value < best_value:
                best, best_value = tip, value
    if best is not None:
        return best
    shift = rho / (2.0 * (1.0 - rho))
    disc_radius = math.sqrt(radius / (1.0 - rho) + 2.0 * shift * shift)
    for signs in _QUADRANTS:
        origin = -shift * signs
        point = origin + solve_l2(QuadraticLoss(center=center - origin, matrix=matrix),
                                  disc_radius)
        if np.all(signs * point > 0.0):
            value = float(loss.value(point))
            if value < best_value:
                best, best_value = point, value
    if best is not None:
        return best
    tips = reach * _TIPS
    return tips[int(np.argmin(loss.value(tips)))]
