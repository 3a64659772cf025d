"""Catchment regions of the L1 corners and edges (mathcore.catchment) against the solver."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mathcore import QuadraticLoss, solve_constrained
from mathcore.catchment import catchment_regions, corner_share, polygon_area
from mathcore.cloud import symmetric_l1_zero_probability

BOX = (-6.0, 6.0, -5.0, 7.0)


def random_definite(rng: np.random.Generator) -> np.ndarray:
    root = rng.normal(size=(2, 2))
    return root @ root.T + 0.05 * np.eye(2)


@given(st.integers(0, 10**6))
def test_a_centre_in_a_region_has_that_optimum(seed):
    """60 random centres of the box: the region that holds each one names the solver's
    optimum (the corner itself, a point inside that edge, or the centre in the ball)."""
    rng = np.random.default_rng(seed)
    matrix, radius = random_definite(rng), float(rng.uniform(0.3, 3.0))
    regions = catchment_regions(matrix, radius, BOX)
    for c in rng.uniform([BOX[0], BOX[2]], [BOX[1], BOX[3]], size=(60, 2)):
        holding = [r for r in regions if r.contains(c)]
        assert holding, c
        beta = solve_constrained(QuadraticLoss.create(c, matrix), "l1", radius).beta
        for region in holding:  # a point on a shared border belongs to both: both agree
            if region.face == "corner":
                corner = radius * np.array([[1, 0], [0, 1], [-1, 0], [0, -1]])[region.index]
                assert np.allclose(beta, corner, atol=1e-9 * radius)
            elif region.face == "edge":
                assert abs(np.abs(beta).sum() - radius) <= 1e-9 * radius
                quadrant = np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]])[region.index]
                assert np.all(beta * quadrant >= -1e-9 * radius)
            else:
                assert np.allclose(beta, c)


@pytest.mark.parametrize("seed", range(5))
def test_the_regions_tile_the_box(seed):
    rng = np.random.default_rng(seed)
    regions = catchment_regions(random_definite(rng), 1.5, BOX)
    box_area = (BOX[1] - BOX[0]) * (BOX[3] - BOX[2])
    assert sum(region.area for region in regions) == pytest.approx(box_area, rel=1e-12)
    assert len(regions) == 9


def test_round_loss_matches_the_closed_form():
    """A = I, centres uniform on [-10, 10]^2 outside the ball t = 2: the corners catch
    (R - t)^2 / (R^2 - t^2 / 2) = 32/49 of them (``symmetric_l1_zero_probability``)."""
    assert corner_share(np.eye(2), 2.0, 10.0) == pytest.approx(
        symmetric_l1_zero_probability(2.0, 10.0), rel=1e-12)
    assert symmetric_l1_zero_probability(2.0, 10.0) == pytest.approx(32 / 49)


def test_a_tilted_loss_skews_the_cones():
    """With A = I the corner (t, 0)'s cone is bounded by the directions (1, 1) and (1, -1);
    a tilted A turns them to A^-1 (1, 1) and A^-1 (1, -1)."""
    matrix = np.array([[2.0, 0.5], [0.5, 1.0]])
    cone = catchment_regions(matrix, 1.0, BOX)[0]
    inverse = np.linalg.inv(matrix)
    for direction in (inverse @ [1.0, 1.0], inverse @ [1.0, -1.0]):
        assert cone.contains(np.array([1.0, 0.0]) + 0.5 * direction / np.linalg.norm(direction))
    assert polygon_area(cone.polygon) > 0


def test_singular_shapes_are_refused():
    with pytest.raises(ValueError, match=r"^matrix must be a positive definite"):
        catchment_regions([[1.0, 1.0], [1.0, 1.0]], 1.0, BOX)
