"""mathcore.octahedron_share: the batched face enumeration against the lasso homotopy
(solve_constrained), against brute force (a dense grid on the octahedron's surface), and
its losses against cloud_nd's random case."""

from __future__ import annotations

import itertools

import numpy as np

from mathcore import QuadraticLoss, solve_constrained
from mathcore.cloud import cloud_nd
from mathcore.octahedron_share import (
    KINDS,
    octahedron_face_shares,
    octahedron_optima,
    random_losses,
)

RADIUS = 2.0


def surface_grid(steps: int = 60) -> np.ndarray:
    """Points of every triangle of the octahedron on a barycentric grid (its vertices,
    edges and faces included)."""
    grid = [(i, j, steps - i - j) for i in range(steps + 1) for j in range(steps + 1 - i)]
    weights = np.array(grid, dtype=float) / steps
    return np.concatenate([RADIUS * weights * np.array(signs)
                           for signs in itertools.product((1.0, -1.0), repeat=3)])


def test_the_face_enumeration_agrees_with_the_lasso_homotopy():
    """Point by point and face by face (which coefficients are exactly 0)."""
    centers, matrices = random_losses(300, 7, RADIUS)
    optima = octahedron_optima(centers, matrices, RADIUS)
    for center, matrix, beta in zip(centers, matrices, optima, strict=True):
        solution = solve_constrained(QuadraticLoss.create(center, matrix), "l1", RADIUS)
        assert np.allclose(beta, solution.beta, atol=1e-9)
        assert tuple(np.flatnonzero(beta == 0.0)) == solution.zeros
    assert np.allclose(np.abs(optima).sum(axis=1), RADIUS)


def test_no_point_of_a_dense_surface_grid_beats_the_optimum():
    """Brute force: over ~15 000 points of the octahedron's surface, none has a lower
    loss, and the best of them lies near the optimum."""
    centers, matrices = random_losses(100, 3, RADIUS)
    optima = octahedron_optima(centers, matrices, RADIUS)
    grid = surface_grid()
    for center, matrix, beta in zip(centers, matrices, optima, strict=True):
        diff = grid - center
        values = np.einsum("ki,ij,kj->k", diff, matrix, diff)
        best = (beta - center) @ matrix @ (beta - center)
        assert best <= values.min() * (1 + 1e-12)
        assert np.linalg.norm(grid[np.argmin(values)] - beta) <= 0.2


def test_the_losses_and_the_zero_share_are_cloud_nds():
    """The same seed draws cloud_nd's random case: the same share with a zero."""
    shares = octahedron_face_shares(400, 11, RADIUS)
    cloud = cloud_nd("l1", "random", 400, 3, seed=11, radius=RADIUS)
    assert shares.counts["vertex"] + shares.counts["edge"] == round(400 * cloud.fraction_zero)


def test_the_shares_add_up_with_their_intervals():
    shares = octahedron_face_shares(2000, 0, RADIUS)
    assert sum(shares.counts.values()) == 2000
    assert abs(sum(shares.shares.values()) - 1.0) <= 1e-12
    for kind in KINDS:
        low, high = shares.ci95[kind]
        assert low < shares.shares[kind] < high
    # most random losses touch a vertex, few a face
    assert shares.shares["vertex"] > shares.shares["edge"] > shares.shares["face"]
