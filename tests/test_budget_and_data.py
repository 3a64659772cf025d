"""Budget paths b*(t), the correlated design, budget shares and the data loaders."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.optimize import brentq

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.budget_path import budget_path, l2_shrinks_without_zero, l2_zero_crossings
from mathcore.correlated import correlated_pair, sample_correlation
from mathcore.datasets import load, read_csv
from mathcore.paths import budget_shares, ridge_path_at_shares
from tests.references import random_problem


@pytest.mark.parametrize("norm", ["l1", "l2"])
@given(seed=st.integers(0, 2**32 - 1), dim=st.integers(1, 6),
       share=st.one_of(st.just(0.0), st.floats(1e-12, 1.2)))
def test_budget_path_is_the_constrained_optimum(norm, seed, dim, share):
    center, matrix = random_problem(np.random.default_rng(seed), dim, 100.0)
    loss = QuadraticLoss.create(center, matrix)
    path = budget_path(loss, norm)
    t = share * path.full_radius
    beta = path.beta_at(t)
    if t == 0.0:
        assert np.all(beta == 0.0)
        return
    expected = solve_constrained(loss, norm, min(t, path.full_radius)).beta
    np.testing.assert_allclose(beta, expected, atol=1e-9 * max(1.0, path.full_radius))


@given(seed=st.integers(0, 2**32 - 1), dim=st.integers(2, 6))
def test_l1_budget_events_mark_where_coefficients_become_zero(seed, dim):
    center, matrix = random_problem(np.random.default_rng(seed), dim, 100.0)
    path = budget_path(QuadraticLoss.create(center, matrix), "l1")
    for event in path.events:
        below = path.beta_at(event.radius * (1 - 1e-7))[event.feature]
        above = path.beta_at(min(event.radius * (1 + 1e-7), path.full_radius))[event.feature]
        if event.action == "zeroed":
            assert below == 0.0 and above != 0.0
        else:
            assert below != 0.0 and above == 0.0


def test_l2_zero_crossing_by_hand():
    """c = (2, 0.5), A = [[1, -0.5], [-0.5, 1]]: b(mu) = (A + mu I)^-1 A c has b_2 = 0 at
    mu = 0.75, where b = (1, 0), so t = 1; b_1 never changes sign."""
    loss = QuadraticLoss.create([2.0, 0.5], [1.0, -0.5, -0.5, 1.0])
    (feature, t), = l2_zero_crossings(loss)
    assert feature == 1 and t == pytest.approx(1.0, abs=1e-12)


@given(seed=st.integers(0, 2**32 - 1), dim=st.integers(2, 4))
def test_l2_zero_crossings_against_the_constrained_solver(seed, dim):
    """Reference: the constrained L2 solver (secular equation) on a grid of t, each sign
    change bracketed and solved by brentq; every crossing found there is reported, and at
    every reported t the solver's coefficient is 0 and changes sign."""
    center, matrix = random_problem(np.random.default_rng(seed), dim, 100.0)
    loss = QuadraticLoss.create(center, matrix)
    full = float(np.linalg.norm(center))
    crossings = l2_zero_crossings(loss)
    for feature, t in crossings:
        assert 0.0 < t < full
        scale = 1e-7 * max(1.0, full)
        assert abs(solve_constrained(loss, "l2", t).beta[feature]) <= scale
    grid = np.linspace(0.0, full, 302)[1:-1]
    betas = np.array([solve_constrained(loss, "l2", t).beta for t in grid])
    for feature in range(dim):
        signs = np.sign(betas[:, feature])
        for k in np.flatnonzero(signs[:-1] * signs[1:] < 0):
            root = brentq(lambda t, f=feature: solve_constrained(loss, "l2", t).beta[f],
                          grid[k], grid[k + 1], xtol=1e-13)
            assert any(f == feature and abs(t - root) <= 1e-6 * max(1.0, full)
                       for f, t in crossings)


def test_l2_shrinks_without_zero():
    """c = (2, 1), A = I: b*(t) = t c / ||c||, both coefficients shrink and stay non-zero;
    c = (2, 0.5) with the tilted A above crosses 0 at t = 1."""
    budgets = np.linspace(0.1, 2.0, 50)
    assert l2_shrinks_without_zero(budget_path(QuadraticLoss.create([2.0, 1.0], [1, 0, 0, 1]),
                                               "l2"), budgets)
    tilted = QuadraticLoss.create([2.0, 0.5], [1.0, -0.5, -0.5, 1.0])
    assert not l2_shrinks_without_zero(budget_path(tilted, "l2"), budgets)


def test_budget_path_needs_a_definite_loss():
    with pytest.raises(ValueError, match=r"^matrix "):
        budget_path(QuadraticLoss.create([1, 1], [1, 1, 1, 1]), "l1")


def test_correlated_pair_has_the_asked_correlation_and_is_reproducible():
    X, _ = correlated_pair(0.9, 20000, seed=5)
    assert np.corrcoef(X.T)[0, 1] == pytest.approx(0.9, abs=0.01)
    np.testing.assert_allclose(X.std(axis=0), 1.0, atol=0.02)
    again, _ = correlated_pair(0.9, 20000, seed=5)
    assert np.array_equal(X, again)
    same_draws, _ = correlated_pair(0.0, 20000, seed=5)
    assert np.array_equal(same_draws[:, 0], X[:, 0])  # rho moves the data continuously


def test_sample_correlation_is_pearsons_by_hand():
    X, _ = correlated_pair(0.3, 50, seed=2)
    centred = X - X.mean(axis=0)
    by_hand = centred[:, 0] @ centred[:, 1] / np.sqrt(
        (centred[:, 0] @ centred[:, 0]) * (centred[:, 1] @ centred[:, 1]))
    assert sample_correlation(X) == pytest.approx(by_hand, rel=1e-12)
    assert sample_correlation(X[:, ::-1]) == pytest.approx(by_hand, rel=1e-12)
    with pytest.raises(ValueError, match=r"^X must be an \(n, 2\) array"):
        sample_correlation(X[:, :1])


@pytest.mark.parametrize(("rho", "n", "name"), [(1.0, 10, "rho"), (-1.5, 10, "rho"),
                                                (0.5, 1, "n"), (0.5, 2.5, "n")])
def test_correlated_pair_bad_arguments(rho, n, name):
    with pytest.raises(ValueError, match=rf"^{name} "):
        correlated_pair(rho, n)


def test_ridge_path_at_shares_hits_each_share():
    X, y = correlated_pair(0.7, 200, seed=1)
    shares = np.array([0.0, 0.1, 0.5, 0.9, 1.0])
    path = ridge_path_at_shares(X, y, shares)
    np.testing.assert_allclose(budget_shares(path.coefs, "l2"), shares, atol=1e-10)
    assert np.isinf(path.alphas[0]) and path.alphas[-1] == 0.0


def test_csv_loader_reads_a_header_and_a_target(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("a,b,y\n1,2,3\n4,5.5,6\n7,8,10\n")
    data = read_csv(table, "y")
    assert data.features == ("a", "b") and data.target == "y"
    assert data.X.tolist() == [[1, 2], [4, 5.5], [7, 8]] and data.y.tolist() == [3, 6, 10]
    assert load("diabetes").X.shape == (442, 10)
    with pytest.raises(ValueError, match=r"^target "):
        load(str(table))
    assert float(norm_value(np.array([3.0, -4.0]), "l2")) == 5.0
