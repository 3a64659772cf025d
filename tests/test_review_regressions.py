"""Regressions for problems found in review: each test failed before its fix."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from mathcore.certificate import certify
from mathcore.cloud import cloud_2d, l1_projection_batch
from mathcore.datasets import read_csv
from mathcore.lasso_homotopy import lasso_homotopy
from mathcore.lp_balls import enet_ball, parameter_where_zeros_end, solve_ball
from mathcore.paths import budget_shares
from mathcore.penalized import lasso
from mathcore.preprocessing import center
from tests.test_lp_balls import enet_radius_ball


def test_badly_scaled_feature_is_not_held_out():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 2))
    X[:, 0] *= 1e6
    y = 3 * X[:, 1] + 0.01 * rng.normal(size=50)
    least_squares = np.linalg.lstsq(*center(X, y), rcond=None)[0]
    np.testing.assert_allclose(lasso(X, y, 0.0), least_squares, rtol=1e-8, atol=1e-15)


def test_first_feature_with_a_small_diagonal_enters():
    knots = lasso_homotopy(np.diag([1e12, 1e-2]), np.array([1.0, 10.0]))
    np.testing.assert_allclose(knots[-1].beta, [1e-12, 1e3])


def test_stiff_matrix_gets_the_right_optimum_and_a_strict_certificate():
    loss = QuadraticLoss.create([1e-6, 5, 0.5], np.diag([1e12, 1, 1]))
    solution = solve_constrained(loss, "l1", 1.0)
    assert solution.face == "edge" and solution.unique
    assert solution.loss < 16.26  # (1e-6, 1, 0) is feasible with f = 16.25
    wrong = certify(loss, "l1", 1.0, np.array([1e-6, 0.0, 0.0]))
    assert wrong.kkt_residual > 0.5  # the soft directions' violation is no longer hidden


def test_l1_projection_keeps_points_inside():
    np.testing.assert_array_equal(l1_projection_batch(np.array([[0.5, 0.5]]), 2.0),
                                  [[0.5, 0.5]])


def test_zeros_end_needs_the_sparse_end_first():
    loss = QuadraticLoss.create([3, 1], [2, 0.5, 0.5, 1])
    with pytest.raises(ValueError, match=r"^low "):
        parameter_where_zeros_end(loss, lambda rho: enet_radius_ball(rho, 2.0), 0.0, 1.0)


def test_zeros_end_returns_the_last_parameter_with_a_zero():
    """Shown on screen as 'still on the corner': the optimum there must have its zero."""
    loss = QuadraticLoss.create([3, 1], [2, 0.5, 0.5, 1])
    leave = parameter_where_zeros_end(
        loss, lambda rho: enet_ball(rho, 2.0), 1.0, 0.0)
    assert solve_ball(loss, enet_ball(leave, 2.0)).zeros
    assert not solve_ball(loss, enet_ball(leave - 1e-6, 2.0)).zeros


def test_budget_shares_accept_every_norm_spelling():
    coefs = np.array([[0.0, 0.0], [1.0, -1.0], [2.0, 2.0]])
    np.testing.assert_allclose(budget_shares(coefs, "L1"), budget_shares(coefs, "l1"))
    np.testing.assert_allclose(budget_shares(coefs, "L1"), [0.0, 0.5, 1.0])


def test_repeated_column_names_are_rejected(tmp_path):
    table = tmp_path / "twice.csv"
    table.write_text("a,y,y\n1,2,3\n4,5,6\n7,8,10\n")
    with pytest.raises(ValueError, match=r"^data .*'y' appears more than once"):
        read_csv(table, "y")


@pytest.mark.parametrize("samples", [1000.0, 1000])
def test_integral_float_counts_are_accepted(samples):
    assert cloud_2d("l1", "general", samples, seed=1).samples == 1000


@pytest.mark.parametrize("samples", [np.nan, 10.5, "many", 0])
def test_bad_counts_name_the_parameter(samples):
    with pytest.raises(ValueError, match=r"^samples must be an integer in"):
        cloud_2d("l1", "general", samples)
