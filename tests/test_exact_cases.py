"""Hand-checked cases: interior, vertex, edge, round edge, non-unique, ill-conditioned, 1-D."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mathcore import QuadraticLoss, solve_constrained
from mathcore.l1_planar import solve_l1_planar, solve_l1_planar_batch
from mathcore.l1_solver import solve_l1
from tests.references import random_problem


def solve(center, matrix, norm, radius):
    return solve_constrained(QuadraticLoss.create(center, matrix), norm, radius)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_interior_centre_is_the_answer(norm):
    solution = solve([0.5, -0.25], [2, 0.5, 0.5, 1], norm, 2.0)
    assert np.array_equal(solution.beta, [0.5, -0.25])
    assert solution.face == "interior"
    assert solution.multiplier == 0.0
    assert solution.loss == 0.0
    assert solution.unique


def test_l1_vertex_with_exact_zero():
    # f = 2(b0-3)^2 + (b0-3)(b1-1) + (b1-1)^2; at (2, 0): g = (-5, -3), mu = 5 >= |g1| = 3
    solution = solve([3, 1], [2, 0.5, 0.5, 1], "l1", 2.0)
    assert solution.beta.tolist() == [2.0, 0.0]
    assert solution.zeros == (1,)
    assert solution.face == "vertex"
    assert solution.multiplier == pytest.approx(5.0)
    assert solution.loss == pytest.approx(4.0)
    assert solution.kkt_residual < 1e-15


def test_l1_edge_symmetric():
    solution = solve([2, 2], [1, 0, 0, 1], "l1", 1.0)
    np.testing.assert_allclose(solution.beta, [0.5, 0.5], rtol=1e-15)
    assert solution.face == "edge"
    assert solution.zeros == ()
    assert solution.multiplier == pytest.approx(3.0)


def test_l2_round_edge_is_the_scaled_centre_for_isotropic_loss():
    solution = solve([3, 4], [1, 0, 0, 1], "l2", 2.0)
    np.testing.assert_allclose(solution.beta, [1.2, 1.6], rtol=1e-14)
    assert solution.face == "boundary"
    # A = I: 2(b - c) + mu b/|b| = 0 with |c| = 5, |b| = 2 -> mu = 2 (5 - 2) = 6
    assert solution.multiplier == pytest.approx(6.0)


def test_l2_default_scene_problem_has_no_zero():
    solution = solve([3, 1], [2, 0.5, 0.5, 1], "l2", 2.0)
    assert solution.zeros == ()
    assert np.all(np.abs(solution.beta) > 0.5)
    assert np.linalg.norm(solution.beta) == pytest.approx(2.0, rel=1e-15)


def test_non_unique_level_set_parallel_to_an_edge():
    # duplicated features: f = (b0 + b1 - 4)^2, level sets parallel to the first-quadrant edge
    solution = solve([2, 2], [1, 1, 1, 1], "l1", 1.0)
    assert not solution.unique
    assert solution.face in ("vertex", "edge")
    ends = sorted(tuple(np.round(p, 9)) for p in solution.optimal_segment)
    assert ends == [(0.0, 1.0), (1.0, 0.0)]
    assert solution.loss == pytest.approx(9.0)


def test_non_unique_in_higher_dimension_duplicated_column():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(50, 3))
    X = np.column_stack([X, X[:, 0]])  # feature 3 duplicates feature 0
    y = X @ np.array([3.0, -1.0, 0.5, 3.0]) + rng.normal(size=50)
    loss = QuadraticLoss.from_data(X, y)
    solution = solve_constrained(loss, "l1", 2.0)
    assert not solution.unique
    assert solution.kkt_residual < 1e-10
    low, high = solution.optimal_segment
    assert loss.value(low) == pytest.approx(solution.loss, rel=1e-9)
    assert loss.value(high) == pytest.approx(solution.loss, rel=1e-9)
    assert abs(low[0] + low[3] - high[0] - high[3]) < 1e-7  # only the split moves


def test_singular_matrix_interior_chord_is_reported():
    # f = (b0 + b1)^2 is 0 on a line through the L2 ball: a chord of optima
    solution = solve([2, -2], [1, 1, 1, 1], "l2", 1.0)
    assert solution.face == "interior"
    assert not solution.unique
    low, high = solution.optimal_segment
    assert np.linalg.norm(high - low) == pytest.approx(2.0)


def test_singular_matrix_can_still_have_a_unique_optimum():
    solution = solve([-3, 1], [1, 0, 0, 0], "l1", 2.0)
    assert solution.beta.tolist() == [-2.0, 0.0]
    assert solution.unique


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_one_dimension(norm):
    solution = solve([-5.0], [[3.0]], norm, 2.0)
    assert solution.beta.tolist() == [-2.0]
    assert solution.multiplier == pytest.approx(18.0)


@given(seed=st.integers(0, 2**32 - 1), radius=st.floats(0.1, 10.0),
       log_condition=st.floats(0.0, 6.0))
def test_planar_enumeration_equals_homotopy(seed, radius, log_condition):
    center, matrix = random_problem(np.random.default_rng(seed), 2, 10**log_condition)
    loss = QuadraticLoss.create(center, matrix)
    planar, homotopy = solve_l1_planar(loss, radius), solve_l1(loss, radius)
    assert loss.value(planar) == pytest.approx(loss.value(homotopy), rel=1e-9, abs=1e-12)
    if log_condition < 3:
        np.testing.assert_allclose(planar, homotopy, atol=1e-9 * radius)
        assert np.array_equal(planar == 0.0, homotopy == 0.0)


def test_planar_batch_equals_single_problems():
    rng = np.random.default_rng(3)
    problems = [random_problem(rng, 2, 100.0) for _ in range(200)]
    centers = np.array([c for c, _ in problems])
    matrices = np.array([a for _, a in problems])
    radii = rng.uniform(0.5, 5.0, size=200)
    batch = solve_l1_planar_batch(centers, matrices, radii)
    for k in range(200):
        single = solve_l1_planar(QuadraticLoss.create(centers[k], matrices[k]), radii[k])
        assert np.array_equal(batch[k], single)


def test_certificate_catches_a_wrong_optimum():
    from mathcore.certificate import certify

    loss = QuadraticLoss.create([3, 1], [2, 0.5, 0.5, 1])
    wrong = certify(loss, "l1", 2.0, np.array([1.9, 0.1]))  # on the sphere, not optimal
    assert wrong.kkt_residual > 1e-3


@pytest.mark.parametrize("norm", ["l1", "l2"])
@pytest.mark.parametrize("radius", [3e-308, 1e-200, 1e-20, 1e-9])
def test_tiny_radii_are_solved_exactly(norm, radius):
    """No cancellation or underflow: tiny budgets still give certified optima on the sphere."""
    for seed in range(20):
        for dim in (1, 2, 5):
            center, matrix = random_problem(np.random.default_rng(seed), dim, 100.0)
            solution = solve(center, matrix, norm, radius)
            assert solution.kkt_residual <= 1e-10
            order = 1 if norm == "l1" else 2
            assert np.linalg.norm(solution.beta / radius, ord=order) == pytest.approx(1.0,
                                                                                       rel=1e-12)
            if norm == "l1":  # the first feature to enter, at a vertex
                assert solution.face == "vertex"
                first = np.argmax(np.abs(matrix @ center))
                expected = radius * np.sign((matrix @ center)[first])
                assert solution.beta[first] == pytest.approx(expected, rel=4e-16)
                assert np.count_nonzero(solution.beta) == 1


def test_subnormal_radius_is_rejected():
    with pytest.raises(ValueError, match=r"^radius must be a real number >= 2.23e-308"):
        solve([1.0, 1.0], [1, 0, 0, 1], "l1", 1e-320)
