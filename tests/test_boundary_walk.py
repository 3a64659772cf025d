"""Walking along the sphere (mathcore.boundary_walk) and the L2 zero rays (catchment)."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.boundary_walk import (
    along_sphere,
    arc_position,
    rise_along_sphere,
    slopes_along_sphere,
)
from mathcore.catchment import l2_zero_rays
from tests.test_catchment import random_definite

seeds = st.integers(0, 10**6)


@given(seeds)
def test_walking_stays_on_the_sphere_and_arc_lengths_add_up(seed):
    rng = np.random.default_rng(seed)
    t = float(rng.uniform(0.2, 5.0))
    for norm, perimeter in (("l1", 4 * np.sqrt(2) * t), ("l2", 2 * np.pi * t)):
        start = along_sphere(norm, t, along_sphere(norm, t, [t, 0.0], rng.uniform(0, 10))[0],
                             0.0)[0]
        steps = rng.uniform(-perimeter, perimeter, size=8)
        points = along_sphere(norm, t, start, steps)
        np.testing.assert_allclose(norm_value(points, norm), t, rtol=1e-12)
        moved = np.array([arc_position(norm, t, p) for p in points]) - arc_position(norm, t, start)
        np.testing.assert_allclose((moved - steps + perimeter / 2) % perimeter - perimeter / 2,
                                   0.0, atol=1e-9 * perimeter)


@given(seeds)
def test_slopes_are_the_limit_of_the_rise_and_hold_the_optimum(seed):
    """At the exact optimum: on a corner both one-sided slopes are >= 0 (KKT); on the
    circle or inside an edge both are 0.  And rise(h) / h -> slope as h -> 0."""
    rng = np.random.default_rng(seed)
    matrix, t = random_definite(rng), float(rng.uniform(0.5, 3.0))
    centre = rng.uniform(-8, 8, size=2)
    loss = QuadraticLoss.create(centre, matrix)
    for norm in ("l1", "l2"):
        solution = solve_constrained(loss, norm, t)
        if norm_value(solution.beta, norm) < t * (1 - 1e-9):
            continue  # the centre is inside: no boundary to walk
        slopes = slopes_along_sphere(loss, norm, t, solution.beta)
        scale = np.linalg.norm(loss.gradient(solution.beta)) + 1e-12
        if norm == "l1" and np.any(solution.beta == 0.0):
            assert np.all(slopes >= -1e-9 * scale)
        else:
            np.testing.assert_allclose(slopes, 0.0, atol=1e-7 * scale)
        h = 1e-6 * t
        np.testing.assert_allclose(rise_along_sphere(loss, norm, t, solution.beta, h) / h,
                                   slopes, atol=1e-4 * (scale + 1))


@given(seeds)
def test_a_centre_on_an_l2_ray_has_an_optimum_on_the_axis(seed):
    """Centres b + lam A^-1 b on the rays have the axis point b as exact-arithmetic
    optimum: the solver's optimum is within rounding of it; just off the ray it is not."""
    rng = np.random.default_rng(seed)
    matrix, t = random_definite(rng), float(rng.uniform(0.5, 3.0))
    rays = l2_zero_rays(matrix, t, (-10.0, 10.0, -10.0, 10.0))
    inverse = np.linalg.inv(matrix)
    for start, end in rays:
        np.testing.assert_allclose(np.abs(start).sum(), t)
        direction = inverse @ start
        assert abs(direction[0] * (end - start)[1] - direction[1] * (end - start)[0]) \
            <= 1e-9 * np.linalg.norm(direction) * (np.linalg.norm(end - start) + 1)
        assert np.isclose(np.abs(end).max(), 10.0) or np.allclose(end, start)
        centre = start + rng.uniform(0.1, 1.0) * (end - start)
        beta = solve_constrained(QuadraticLoss.create(centre, matrix), "l2", t).beta
        np.testing.assert_allclose(beta, start, atol=1e-7 * t)


def test_round_loss_rays_are_the_axes():
    rays = l2_zero_rays(np.eye(2), 2.0, (-10.0, 10.0, -10.0, 10.0))
    np.testing.assert_array_equal(rays[:, 1], [[10, 0], [0, 10], [-10, 0], [0, -10]])
