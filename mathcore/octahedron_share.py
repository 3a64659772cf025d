"""Where do random losses touch the octahedron?  The 3-D share of vertex, edge and face
optima of ``min f(b) s.t. ||b||_1 <= t``.

The losses are ``mathcore.cloud.cloud_nd``'s ``random`` case with n = 3, drawn from the
same random stream (the same seed gives the same losses): the centre c ~ U[-10, 10]^3,
redrawn while inside the ball (so the constraint binds), and ``A = M M^T / 3 + 0.01 I``
with M a 3 x 3 standard normal matrix (positive definite).

Each optimum is found exactly, all losses at once, by enumerating the octahedron's 26
faces (6 vertices, 12 edges, 8 triangles): the optimum lies in the relative interior of
one face F and, f being convex, minimises f over F's affine hull; conversely every
face's affine minimiser that lies in its face is a point of the ball.  So the optimum is
the best of the face minimisers that lie in their faces, and its face has 1, 2 or 3
non-zero coefficients: a vertex (two zeros), an edge (one) or a face (none).

Shares come with the 95 % Wilson interval of ``mathcore.cloud``.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import numpy as np

from mathcore.cloud import CENTER_RANGE, centers_outside, random_nd_matrices, wilson_interval
from mathcore.norms import L1_NORM
from mathcore.parameters import check
from mathcore.validation import as_radius

#: The kinds of face, by the number of non-zero coefficients (1, 2, 3).
KINDS = ("vertex", "edge", "face")
#: A face minimiser counts as inside its face when its barycentric coordinates are at
#: least this (relative rounding of the 2 x 2 solves).
INSIDE_TOLERANCE = 1e-12


@dataclass(frozen=True)
class FaceShares:
    """Share of optima on a vertex, an edge and a face of the octahedron, each with its
    95 % Wilson interval, over ``samples`` random losses."""

    counts: dict[str, int]
    shares: dict[str, float]
    ci95: dict[str, tuple[float, float]]
    samples: int
    seed: int
    radius: float


def _faces() -> list[tuple[np.ndarray, np.ndarray]]:
    """Every face of the octahedron as (support, signs): the coordinates it may use and
    their signs (its vertices are ``t sign_i e_i``)."""
    faces = []
    for size in (1, 2, 3):
        for support in itertools.combinations(range(3), size):
            for signs in itertools.product((1.0, -1.0), repeat=size):
                faces.append((np.array(support), np.array(signs)))
    return faces


def octahedron_optima(centers: np.ndarray, matrices: np.ndarray,
                      radius: float) -> np.ndarray:
    """The exact optima of ``(b - c)^T A (b - c)`` over ``||b||_1 <= radius`` for each row
    c of ``centers`` (outside the ball) and A of ``matrices`` (positive definite), by the
    face enumeration of the module docstring; coefficients off the optimum's face are
    exactly 0.0."""
    count = len(centers)
    best = np.full(count, np.inf)
    optima = np.zeros((count, 3))
    for support, signs in _faces():
        corners = radius * signs[:, None] * np.eye(3)[support]  # (k, 3)
        base, spans = corners[0], corners[1:] - corners[0]  # b = base + w @ spans
        if len(spans) == 0:
            weights = np.zeros((count, 0))
        else:
            # minimise (base + w S - c)^T A (base + w S - c) over w: (S A S^T) w = S A (c - base)
            gram = np.einsum("ik,mkl,jl->mij", spans, matrices, spans)
            rhs = np.einsum("ik,mkl,ml->mi", spans, matrices, centers - base)
            weights = np.linalg.solve(gram, rhs[..., None])[..., 0]
        barycentric = np.column_stack([1.0 - weights.sum(axis=1), weights])
        inside = (barycentric >= -INSIDE_TOLERANCE).all(axis=1)
        points = np.zeros((count, 3))
        points[:, support] = (radius * signs) * np.clip(barycentric, 0.0, None)
        diff = points - centers
        values = np.einsum("mi,mij,mj->m", diff, matrices, diff)
        better = inside & (values < best)
        best[better] = values[better]
        optima[better] = points[better]
    return optima


def random_losses(samples: int, seed: int, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """``cloud_nd("l1", "random", samples, 3, seed, radius)``'s losses, in its order:
    all centres first, then one matrix per loss (``random_nd_matrices``)."""
    rng = np.random.default_rng(seed)
    centers = centers_outside(rng, samples, 3, L1_NORM, radius)
    return centers, random_nd_matrices(rng, samples, 3)


@functools.lru_cache(maxsize=8)
def octahedron_face_shares(samples: int = 20_000, seed: int = 0,
                           radius: float = 2.0) -> FaceShares:
    """The share of random losses (the module docstring) whose L1 optimum lies on a
    vertex, on an edge and on a face of the octahedron of ``radius``."""
    samples, seed, radius = check("samples", samples), check("seed", seed), as_radius(radius)
    centers, matrices = random_losses(samples, seed, radius)
    nonzero = np.count_nonzero(octahedron_optima(centers, matrices, radius), axis=1)
    counts = {kind: int((nonzero == size).sum()) for size, kind in enumerate(KINDS, start=1)}
    return FaceShares(counts=counts,
                      shares={kind: n / samples for kind, n in counts.items()},
                      ci95={kind: wilson_interval(n, samples) for kind, n in counts.items()},
                      samples=samples, seed=seed, radius=radius)


__all__ = ["CENTER_RANGE", "KINDS", "FaceShares", "octahedron_face_shares",
           "octahedron_optima", "random_losses"]
