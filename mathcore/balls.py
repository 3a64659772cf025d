"""L1 and L2 balls ``{b : ||b||_p <= t}`` in any dimension, and their 2-D outlines.

Conventions: ``p`` is named ``"l1"`` or ``"l2"``; ``t > 0`` is the radius (the
constraint budget); points are rows.  The L1 ball (cross-polytope) has the 2n vertices
``+-t e_i``, all on the coordinate axes; the L2 ball is round and has none.
"""

from __future__ import annotations

import numpy as np

from mathcore.validation import as_norm, as_radius


def norm_value(beta: np.ndarray, norm: str) -> np.ndarray | float:
    """``||b||_1`` or ``||b||_2`` of a vector, or of each row of a 2-D array.

    The L2 norm is computed as ``m sqrt(sum((b / m)^2))`` with ``m = max |b_i|``, so that
    it neither underflows for tiny b (1e-200) nor overflows for huge b.
    """
    beta = np.abs(np.asarray(beta, dtype=float))
    if as_norm(norm) == "l1":
        return beta.sum(axis=-1)
    largest = beta.max(axis=-1, keepdims=True)
    safe = np.where(largest > 0.0, largest, 1.0)
    return (largest * np.sqrt(((beta / safe) ** 2).sum(axis=-1, keepdims=True)))[..., 0]


def l1_vertices(radius: float, dim: int) -> np.ndarray:
    """The 2n vertices ``+t e_0, -t e_0, +t e_1, ...`` of the L1 ball, shape (2n, n)."""
    t = as_radius(radius)
    eye = np.eye(dim) * t
    return np.stack([eye, -eye], axis=1).reshape(2 * dim, dim)


def boundary_points(norm: str, radius: float, count: int = 400) -> np.ndarray:
    """``count`` points on the 2-D sphere ``||b||_p = t``, counter-clockwise from (t, 0).

    The points are equally spaced in arc length.  When ``count`` is a multiple of 4 the
    four axis points ``(t,0), (0,t), (-t,0), (0,-t)`` are among them exactly (for the
    circle too: each quadrant is the first one turned by exact quarter turns).
    """
    norm = as_norm(norm)
    t = as_radius(radius)
    if int(count) < 4:
        raise ValueError(f"count must be an integer >= 4, got {count}")
    s = np.arange(int(count)) / int(count)
    if norm == "l2":
        if int(count) % 4 == 0:
            angle = 2.0 * np.pi * s[: int(count) // 4]
            quadrant = t * np.column_stack([np.cos(angle), np.sin(angle)])
            quadrant[0] = [t, 0.0]
            turns = [quadrant, quadrant[:, ::-1] * [-1, 1], -quadrant, quadrant[:, ::-1] * [1, -1]]
            return np.vstack(turns)
        angle = 2.0 * np.pi * s
        return t * np.column_stack([np.cos(angle), np.sin(angle)])
    corners = l1_vertices(t, 2)[[0, 2, 1, 3, 0]]  # (t,0), (0,t), (-t,0), (0,-t), back
    side = np.minimum((4 * s).astype(int), 3)
    local = 4 * s - side
    return corners[side] * (1.0 - local)[:, None] + corners[side + 1] * local[:, None]
