"""Exact 2-D minimiser of ``f(b) = (b - c)^T A (b - c)`` over the L1 diamond ``|b_0| + |b_1| <= t``.

The diamond's boundary is four segments between the corners ``(t,0), (0,t), (-t,0), (0,-t)``.
If ``||c||_1 <= t`` the optimum is c.  Otherwise (A definite) the optimum lies on the
boundary, and on the segment ``a + s e`` (s in [0, 1], ``e = b - a``) f is the 1-D
quadratic with curvature ``e^T A e`` and slope ``2 e^T A (a - c)`` at s = 0, minimised at
``s = -e^T A (a - c) / e^T A e``.  The answer is the best of the four corners and of the
edge minimisers that fall strictly inside their edge (compared by ``f(b) - f(0)``, which
has no cancellation; an edge minimiser's value is its nearer corner's less an exact
positive drop, and it wins a rounding tie with a corner, since inside its edge it is
strictly lower), so no search and no tolerance is involved; corners are exact (one
coefficient is exactly 0.0).  With A singular the same enumeration still finds a
minimiser (the boundary meets every level set that the ball meets), and
``certificate.certify`` reports the rest of the optimal set.

Vectorised over problems: arrays of m centres, matrices and radii are solved at once.
"""

from __future__ import annotations

import numpy as np

from mathcore.loss import QuadraticLoss

_CORNER_DIRECTIONS = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])


def solve_l1_planar_batch(
    centers: np.ndarray, matrices: np.ndarray, radii: np.ndarray
) -> np.ndarray:
    """b* for m problems: centres (m, 2), matrices (m, 2, 2), radii (m,) -> (m, 2)."""
    centers = np.asarray(centers, dtype=float)
    matrices = np.asarray(matrices, dtype=float)
    radii = np.asarray(radii, dtype=float)
    corners = radii[:, None, None] * _CORNER_DIRECTIONS[None]  # (m, 4, 2)
    edges = np.roll(corners, -1, axis=1) - corners  # corner k -> corner k+1
    offset = corners - centers[:, None, :]
    edge_A = np.einsum("mki,mij->mkj", edges, matrices)
    curvature = np.einsum("mkj,mkj->mk", edge_A, edges)
    slope = np.einsum("mkj,mkj->mk", edge_A, offset)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = -slope / curvature
    inside = (curvature > 0.0) & (s > 0.0) & (s < 1.0)
    s = np.where(inside, s, 0.0)
    edge_points = corners + s[..., None] * edges
    candidates = np.concatenate([edge_points, corners], axis=1)  # (m, 8, 2)
    # f(b) - f(0) = b^T A b - 2 b^T A c: no cancellation against the large constant f(0),
    # so even a radius 1e-300 compares the candidates correctly
    pull = np.einsum("mij,mj->mi", matrices, centers)
    corner_values = (np.einsum("mki,mij,mkj->mk", corners, matrices, corners)
                     - 2.0 * np.einsum("mki,mi->mk", corners, pull))
    # along an edge f(a + s e) = f(a) + 2 s slope + s^2 curvature, so its minimiser lies
    # exactly slope^2 / curvature below its first corner a, and (slope + curvature)^2 /
    # curvature below its second one: measured from the nearer corner.  An edge minimiser
    # inside its edge is strictly below both its corners, so where rounding makes it tie
    # with one (a hair from the corner), the edge point wins: edges come first in argmin
    next_values = np.roll(corner_values, -1, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        from_first = corner_values - slope**2 / curvature
        from_second = next_values - (slope + curvature) ** 2 / curvature
    edge_values = np.where(inside, np.where(s <= 0.5, from_first, from_second), np.inf)
    values = np.concatenate([edge_values, corner_values], axis=1)
    best = np.argmin(values, axis=1)  # ties go to the edge point (lower index)
    beta = candidates[np.arange(len(best)), best]
    feasible = np.abs(centers).sum(axis=1) <= radii
    return np.where(feasible[:, None], centers, beta)


def solve_l1_planar(loss: QuadraticLoss, radius: float) -> np.ndarray:
    """b* of the 2-D problem ``min f(b) s.t. ||b||_1 <= radius``."""
    if loss.dim != 2:
        raise ValueError(f"center must have 2 coordinates for the planar solver, got {loss.dim}")
    return solve_l1_planar_batch(loss.center[None], loss.matrix[None], np.array([radius]))[0]
