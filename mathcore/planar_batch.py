"""Exact 2-D constrained optima for many problems at once, with no Python loop per problem.

Problems: ``min (b - c_k)^T A_k (b - c_k) s.t. ||b||_p <= t_k``, k = 1..m, A_k positive
definite 2x2.  L1: the corner/edge enumeration of ``l1_planar``.  L2: all A_k are
diagonalised by one batched ``eigh`` and the scaled secular equation of ``l2_solver``,
``phi(m) = 1 - 1 / ||w / (d t + m)|| = 0``, is solved by Newton's method from m = 0:
written as ``1/||u(m)|| = 1`` the left side is convex and increasing in m and below 1 at
m = 0 (c_k outside the ball), so Newton climbs monotonically to the root; iterations
stop when no problem's m changes.
"""

from __future__ import annotations

import numpy as np

from mathcore.l1_planar import solve_l1_planar_batch
from mathcore.norms import L1_NORM, L2_NORM, norm_named

#: Newton iterations are capped here (they stop earlier, typically after 5 to 8).
MAX_NEWTON_STEPS = 100


def eigen_2x2(matrices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues (m, 2), ascending, and eigenvectors (m, 2, 2) of symmetric 2x2 matrices."""
    return np.linalg.eigh(matrices)


def solve_l2_planar_batch(centers: np.ndarray, matrices: np.ndarray,
                          radii: np.ndarray) -> np.ndarray:
    """b* of m 2-D L2 problems: centres (m, 2), matrices (m, 2, 2), radii (m,) -> (m, 2)."""
    centers = np.asarray(centers, dtype=float)
    radii = np.asarray(radii, dtype=float)
    values, vectors = eigen_2x2(np.asarray(matrices, dtype=float))
    coords = np.einsum("mji,mj->mi", vectors, centers)  # Q^T c
    weighted = values * coords  # w = d g
    scaled = values * radii[:, None]  # d t
    outside = np.linalg.norm(centers, axis=1) > radii
    m = np.zeros(len(radii))
    for _ in range(MAX_NEWTON_STEPS):
        u = weighted / (scaled + m[:, None])
        size = np.linalg.norm(u, axis=1)
        # phi = 1 - 1/|u|;  phi' = -(sum u_i^2 / (d_i t + m)) / |u|^3
        slope = (u**2 / (scaled + m[:, None])).sum(axis=1) / size**3
        with np.errstate(divide="ignore", invalid="ignore"):
            step = np.where(outside, (1.0 - 1.0 / size) / slope, 0.0)
        new = m + np.maximum(step, 0.0)
        if np.array_equal(new, m):
            break
        m = new
    beta_coords = weighted * radii[:, None] / (scaled + m[:, None])
    beta = np.einsum("mij,mj->mi", vectors, beta_coords)
    return np.where(outside[:, None], beta, centers)


def solve_planar_batch(norm: str, centers: np.ndarray, matrices: np.ndarray,
                       radii: np.ndarray) -> np.ndarray:
    """b* of m 2-D problems for the L1 or L2 ball (see the module docstring)."""
    return _BATCH_SOLVERS[norm_named(norm)](centers, matrices, radii)


_BATCH_SOLVERS = {L1_NORM: solve_l1_planar_batch, L2_NORM: solve_l2_planar_batch}
