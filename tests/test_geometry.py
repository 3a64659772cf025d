"""Balls and contours: the shapes the scenes draw."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mathcore import (
    QuadraticLoss,
    boundary_points,
    contour_angle,
    contour_shape,
    ellipse_half_extent,
    ellipse_points,
    l1_vertices,
    norm_value,
    solve_constrained,
)
from mathcore.balls import radial_point
from tests.references import random_problem


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_boundary_points_lie_on_the_sphere(norm):
    points = boundary_points(norm, 2.5, 400)
    np.testing.assert_allclose(norm_value(points, norm), 2.5, rtol=1e-14)


@given(norm=st.sampled_from(["l1", "l2"]), radius=st.floats(1e-3, 1e3),
       angle=st.floats(-10.0, 10.0))
def test_radial_point_is_on_the_sphere_in_its_direction(norm, radius, angle):
    point = radial_point(norm, radius, angle)
    assert np.isclose(norm_value(point, norm), radius, rtol=1e-12)
    direction = point / np.linalg.norm(point)
    np.testing.assert_allclose(direction, [np.cos(angle), np.sin(angle)], atol=1e-12)


def test_diamond_outline_contains_its_corners_exactly():
    points = boundary_points("l1", 2.0, 8)
    assert points[::2].tolist() == [[2.0, 0.0], [0.0, 2.0], [-2.0, 0.0], [0.0, -2.0]]


def test_l1_vertices_are_on_the_axes():
    vertices = l1_vertices(1.5, 3)
    assert vertices.shape == (6, 3)
    assert np.all(np.count_nonzero(vertices, axis=1) == 1)
    np.testing.assert_array_equal(np.abs(vertices).sum(axis=1), 1.5)


@given(seed=st.integers(0, 2**32 - 1), level=st.floats(1e-3, 1e3))
def test_ellipse_points_are_on_the_level_set(seed, level):
    center, matrix = random_problem(np.random.default_rng(seed), 2, 1e3)
    loss = QuadraticLoss.create(center, matrix)
    points = ellipse_points(loss, level, 90)
    np.testing.assert_allclose(loss.value(points), level, rtol=1e-10)
    reach = ellipse_half_extent(loss, level)
    assert np.all(np.abs(points - center) <= reach * (1 + 1e-12))
    dense = ellipse_points(loss, level, 20000)
    np.testing.assert_allclose(np.abs(dense - center).max(axis=0), reach, rtol=1e-6)


@pytest.mark.parametrize("norm", ["l1", "l2"])
@given(seed=st.integers(0, 2**32 - 1), radius=st.floats(0.3, 5.0))
def test_touching_contour_touches_and_smaller_contours_stay_outside(norm, seed, radius):
    """What the tangency scenes draw: contours grown from c stay outside the ball until the
    level f(b*), where the contour touches it at b*."""
    center, matrix = random_problem(np.random.default_rng(seed), 2, 100.0, spread=6.0)
    loss = QuadraticLoss.create(center, matrix)
    solution = solve_constrained(loss, norm, radius)
    end = solution.loss
    if solution.face == "interior":
        return
    touching = ellipse_points(loss, end, 4000)
    assert norm_value(touching, norm).min() >= radius * (1 - 1e-9)  # never strictly inside the ball
    # and it does reach the ball: b* is on both the contour and the sphere
    assert loss.value(solution.beta) == pytest.approx(end, rel=1e-12)
    assert norm_value(solution.beta, norm) == pytest.approx(radius, rel=1e-12)
    for share in (0.2, 0.6, 0.95):
        growing = norm_value(ellipse_points(loss, share * end, 4000), norm)
        assert growing.min() > radius * (1 - 1e-9)


def test_contours_need_a_definite_planar_loss():
    with pytest.raises(ValueError, match=r"^matrix "):
        ellipse_points(QuadraticLoss.create([1, 1], [1, 1, 1, 1]), 1.0)
    with pytest.raises(ValueError, match=r"^level "):
        ellipse_points(QuadraticLoss.create([1, 1], [1, 0, 0, 1]), -1.0)


@given(seed=st.integers(0, 2**32 - 1), level=st.floats(1e-2, 1e2), k=st.integers(0, 359))
def test_contour_angle_against_the_sampled_tangent(seed, level, k):
    """The tangent of the drawn ellipse, from neighbouring points, gives the same angle."""
    center, matrix = random_problem(np.random.default_rng(seed), 2, 1e2)
    loss = QuadraticLoss.create(center, matrix)
    points = ellipse_points(loss, level, 360 * 64)
    here = points[64 * k]
    chord = points[(64 * k + 1) % len(points)] - points[64 * k - 1]
    for direction in (np.array([1.0, 0.0]), np.array([-1.0, 1.0]), np.array([0.3, -2.0])):
        cosine = abs(chord @ direction) / np.linalg.norm(chord) / np.linalg.norm(direction)
        expected = np.arccos(min(cosine, 1.0))
        assert contour_angle(loss, here, direction) == pytest.approx(expected, abs=2e-4)
    with pytest.raises(ValueError, match="centre"):
        contour_angle(loss, loss.center, np.array([1.0, 0.0]))


@given(seed=st.integers(0, 2**32 - 1), level=st.floats(1e-2, 1e2))
def test_contour_shape_against_the_drawn_ellipse(seed, level):
    """Length over width and long axis, measured on the drawn ellipse: its farthest point
    from c against its nearest, and the direction of the farthest."""
    center, matrix = random_problem(np.random.default_rng(seed), 2, 1e2)
    loss = QuadraticLoss.create(center, matrix)
    offsets = ellipse_points(loss, level, 360 * 64) - loss.center
    radii = np.linalg.norm(offsets, axis=1)
    ratio, axis = contour_shape(loss)
    assert ratio == pytest.approx(radii.max() / radii.min(), rel=1e-6)
    far = offsets[np.argmax(radii)] / radii.max()
    assert abs(far @ axis) == pytest.approx(1.0, abs=1e-6)
    assert axis[0] >= 0.0 and np.linalg.norm(axis) == pytest.approx(1.0)
