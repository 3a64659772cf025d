"""Penalised solvers and paths against scikit-learn (a test-only dependency)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import ElasticNet, Lasso, Ridge, enet_path, lars_path
from sklearn.linear_model import lasso_path as sk_lasso_path

from mathcore import QuadraticLoss, solve_constrained
from mathcore.datasets import load_diabetes
from mathcore.paths import default_alphas, lasso_path, ridge_path, ridge_zero_crossings
from mathcore.paths import enet_path as exact_enet_path
from mathcore.penalized import (
    elastic_net,
    gram_form,
    lasso,
    lasso_alpha_for_radius,
    lasso_radius_for_alpha,
    ridge,
    ridge_alpha_for_radius,
    ridge_radius_for_alpha,
)
from mathcore.preprocessing import center, standardize

RTOL = 1e-8


@pytest.fixture(scope="module", params=["standardized", "raw"])
def diabetes(request):
    data = load_diabetes()
    X = standardize(data.X) if request.param == "standardized" else data.X
    return X, data.y


def sklearn_lars(X, y, record: list | None = None):
    """scikit-learn's ``lars_path(method="lasso")`` on centred data; its warnings go to
    ``record``."""
    Xc, yc = center(X, y)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        alphas, _, coefs = lars_path(Xc, yc, method="lasso")
    if record is not None:
        record.extend(str(w.message) for w in caught)
    return alphas, coefs.T


def knots_satisfying_kkt(X, y, alphas, coefs, tolerance=1e-9) -> int:
    """How many leading knots of a path are lasso optima (KKT within ``tolerance``)."""
    gram, linear = gram_form(X, y)
    scale = max(1.0, float(np.abs(linear).max()))
    for k, (alpha, beta) in enumerate(zip(alphas, coefs, strict=True)):
        correlation = linear - gram @ beta
        on = beta != 0.0
        if np.any(np.abs(correlation) > alpha + tolerance * scale) or np.any(
            np.abs(correlation[on] - alpha * np.sign(beta[on])) > tolerance * scale
        ):
            return k
    return len(alphas)


def support_events(alphas, coefs):
    """(alpha, feature, action) wherever the support changes between consecutive knots: a
    feature non-zero after knot k-1 entered there; one zero at knot k left there."""
    events = []
    nonzero = np.abs(coefs) > 1e-12 * max(1.0, np.abs(coefs).max())
    for k in range(1, len(alphas)):
        for j in np.flatnonzero(nonzero[k] != nonzero[k - 1]):
            entered = bool(nonzero[k, j])
            events.append((alphas[k - 1] if entered else alphas[k], int(j),
                           "enter" if entered else "leave"))
    return sorted(events, key=lambda event: -event[0])


def assert_close(ours, reference, rtol=RTOL):
    scale = max(1.0, float(np.max(np.abs(reference))))
    assert np.max(np.abs(np.asarray(ours) - reference)) <= rtol * scale


def test_diabetes_shape_and_names():
    data = load_diabetes()
    assert data.X.shape == (442, 10) and data.y.shape == (442,)
    assert data.features == ("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6")
    np.testing.assert_allclose(standardize(data.X).std(axis=0), 1.0)


def test_lasso_path_matches_lars_path_on_diabetes(diabetes):
    X, y = diabetes
    path = lasso_path(X, y)
    alphas, coefs = sklearn_lars(X, y)
    assert path.alphas.shape == alphas.shape
    assert_close(path.alphas, alphas)
    assert_close(path.coefs, coefs)
    expected = support_events(alphas, coefs)
    assert [(e.feature, e.action) for e in path.events] == [(f, a) for _, f, a in expected]
    assert_close([e.alpha for e in path.events], [a for a, _, _ in expected])
    assert len(path.events) == len(path.alphas) - 1  # one event per knot, then alpha = 0


def test_diabetes_lasso_drops_s3_once():
    """The LARS paper's example: with standardised data one variable (s3) leaves and returns."""
    data = load_diabetes()
    path = lasso_path(standardize(data.X), data.y)
    leaves = [data.features[e.feature] for e in path.events if e.action == "leave"]
    assert leaves == ["s3"]
    assert [data.features[e.feature] for e in path.events[:3]] == ["bmi", "s5", "bp"]


def test_lasso_path_matches_coordinate_descent(diabetes):
    X, y = diabetes
    path = lasso_path(X, y)
    grid = np.geomspace(path.alphas[0], path.alphas[0] * 1e-3, 30)
    Xc, yc = center(X, y)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        _, coefs, _ = sk_lasso_path(Xc, yc, alphas=grid, tol=1e-14, max_iter=200_000)
    ours = np.array([path.coefs_at(a) for a in grid])
    assert_close(ours, coefs.T, rtol=1e-7)
    for alpha, row in zip(grid[::6], ours[::6], strict=True):
        np.testing.assert_allclose(lasso(X, y, alpha), row, rtol=0, atol=1e-9 * np.abs(row).max())


def random_design(seed: int, n: int, p: int, kind: str):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, p))
    if kind == "duplicated":
        X[:, -1] = X[:, 0]
    elif kind == "collinear":
        X[:, -1] = X[:, 0] - 2.0 * X[:, 1]
    y = X[:, : min(3, p)] @ np.array([3.0, -2.0, 1.5][: min(3, p)]) + rng.normal(size=n)
    return X, y


@given(seed=st.integers(0, 2**32 - 1), n=st.integers(5, 40), p=st.integers(2, 12),
       kind=st.sampled_from(["plain", "duplicated", "collinear"]))
def test_lasso_path_matches_lars_path_on_random_problems(seed, n, p, kind):
    """Random designs, p > n included.  In general position (plain) the lasso solution is
    unique and the paths must agree knot by knot; with duplicated or collinear columns
    several coefficient vectors are optimal, but the fit X b and ||b||_1 are unique
    (Tibshirani 2013), so those are compared at every alpha scikit-learn gets right."""
    X, y = random_design(seed, n, p, kind)
    path = lasso_path(X, y)
    assert knots_satisfying_kkt(X, y, path.alphas, path.coefs) == len(path.alphas)
    complaints: list[str] = []
    alphas, coefs = sklearn_lars(X, y, complaints)
    # scikit-learn may stop on a degenerate design with a knot that is not a lasso
    # optimum (its Cholesky pivot test); it then says so in a warning
    valid = knots_satisfying_kkt(X, y, alphas, coefs)
    if valid < len(alphas):
        assert complaints, "scikit-learn returned a non-optimal knot without a warning"
    Xc, _ = center(X, y)
    if kind == "plain":
        assert valid == len(alphas)
        assert_close(path.alphas, alphas)
        assert_close(path.coefs, coefs)
    for alpha, reference in zip(alphas[:valid], coefs[:valid], strict=True):
        ours = path.coefs_at(alpha)
        assert_close(Xc @ ours, Xc @ reference)
        assert abs(np.abs(ours).sum() - np.abs(reference).sum()) <= RTOL * max(
            1.0, np.abs(reference).sum())


@given(seed=st.integers(0, 2**32 - 1), n=st.integers(5, 40), p=st.integers(2, 12),
       kind=st.sampled_from(["plain", "duplicated", "collinear"]))
def test_kkt_holds_at_every_knot(seed, n, p, kind):
    X, y = random_design(seed, n, p, kind)
    path = lasso_path(X, y)
    assert knots_satisfying_kkt(X, y, path.alphas, path.coefs) == len(path.alphas)
    assert path.alphas[-1] == 0.0 and np.all(np.diff(path.alphas) <= 0.0)


def test_ridge_matches_sklearn(diabetes):
    X, y = diabetes
    grid = default_alphas(X, y, 0.0)
    path = ridge_path(X, y)
    for alpha, row in list(zip(grid, path.coefs, strict=True))[::9]:
        reference = Ridge(alpha=alpha, fit_intercept=True, solver="svd").fit(X, y).coef_
        assert_close(row, reference)
    assert np.all(path.coefs != 0.0)


@pytest.mark.parametrize("l1_ratio", [0.1, 0.5, 0.9])
def test_elastic_net_matches_sklearn(diabetes, l1_ratio):
    X, y = diabetes
    path = exact_enet_path(X, y, l1_ratio, alphas=default_alphas(X, y, l1_ratio, count=20))
    Xc, yc = center(X, y)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        _, coefs, _ = enet_path(Xc, yc, l1_ratio=l1_ratio, alphas=path.alphas, tol=1e-14,
                                max_iter=200_000)
    assert_close(path.coefs, coefs.T, rtol=1e-7)
    alpha = float(path.alphas[10])
    reference = ElasticNet(alpha=alpha, l1_ratio=l1_ratio, tol=1e-14, max_iter=200_000).fit(X, y)
    assert_close(elastic_net(X, y, alpha, l1_ratio), reference.coef_, rtol=1e-7)
    for event in path.events:  # each bisected event sits where the support flips
        below = elastic_net(X, y, event.alpha * (1 - 1e-9), l1_ratio)[event.feature] != 0.0
        above = elastic_net(X, y, event.alpha * (1 + 1e-9), l1_ratio)[event.feature] != 0.0
        assert below != above and below == (event.action == "enter")


def test_lasso_matches_sklearn_lasso(diabetes):
    X, y = diabetes
    alpha = lasso_path(X, y).alphas[0] / 7.0
    reference = Lasso(alpha=alpha, tol=1e-14, max_iter=200_000).fit(X, y).coef_
    assert_close(lasso(X, y, alpha), reference, rtol=1e-7)


@pytest.mark.parametrize("share", [0.1, 0.35, 0.7, 0.95, 1.5])
def test_penalised_and_constrained_agree_through_the_map(diabetes, share):
    X, y = diabetes
    Xc, yc = center(X, y)
    loss = QuadraticLoss.from_data(Xc, yc)
    n = X.shape[0]
    for norm, alpha_for, radius_for, solver in (
        ("l1", lasso_alpha_for_radius, lasso_radius_for_alpha, lasso),
        ("l2", ridge_alpha_for_radius, ridge_radius_for_alpha, ridge),
    ):
        full = np.linalg.norm(loss.center, ord=1 if norm == "l1" else 2)
        t = share * full
        alpha = alpha_for(X, y, t)
        constrained = solve_constrained(loss, norm, t)
        penalised = solver(X, y, alpha)
        assert_close(penalised, constrained.beta, rtol=1e-9)
        if share < 1:
            assert radius_for(X, y, alpha) == pytest.approx(t, rel=1e-10)
            expected_mu = 2 * alpha if norm == "l1" else 2 * alpha * t / n
            assert constrained.multiplier == pytest.approx(expected_mu, rel=1e-8)
        else:
            assert alpha == 0.0 and constrained.face == "interior"


def test_maps_on_a_2d_problem_use_the_independent_planar_solver():
    X, y = random_design(3, 60, 2, "plain")
    Xc, yc = center(X, y)
    loss = QuadraticLoss.from_data(Xc, yc)
    for t in (0.5, 1.5, 3.0):
        alpha = lasso_alpha_for_radius(X, y, t)
        assert_close(lasso(X, y, alpha), solve_constrained(loss, "l1", t).beta, rtol=1e-10)


@pytest.mark.parametrize("bad", [-1.0, np.nan, np.inf])
def test_bad_penalties(bad):
    X, y = random_design(1, 20, 3, "plain")
    with pytest.raises(ValueError, match=r"^alpha "):
        lasso(X, y, bad)
    with pytest.raises(ValueError, match=r"^alpha "):
        ridge(X, y, bad)
    with pytest.raises(ValueError, match=r"^l1_ratio "):
        elastic_net(X, y, 1.0, 1.5)


def sklearn_ridge_coefs(X, y, alphas) -> np.ndarray:
    """scikit-learn's Ridge (``||y - Xb||^2 + alpha ||b||^2``, centred) at each alpha."""
    return np.array([Ridge(alpha=a, fit_intercept=True, solver="svd").fit(X, y).coef_
                     for a in alphas])


def test_ridge_zero_crossings_against_sklearn(diabetes):
    """Each crossing is a sign change of scikit-learn's coefficient across it, and a dense
    scan of scikit-learn's path finds no other."""
    X, y = diabetes
    crossings = ridge_zero_crossings(X, y)
    for crossing in crossings:
        below, above = sklearn_ridge_coefs(X, y, [crossing.alpha * (1 - 1e-7),
                                                  crossing.alpha * (1 + 1e-7)])
        assert np.sign(below[crossing.feature]) == -np.sign(above[crossing.feature])
        full = np.linalg.norm(sklearn_ridge_coefs(X, y, [0.0])[0])
        at = sklearn_ridge_coefs(X, y, [crossing.alpha])[0]
        assert abs(at[crossing.feature]) < 1e-9 * full
        assert np.linalg.norm(at) / full == pytest.approx(crossing.share, rel=1e-9)
    scan = sklearn_ridge_coefs(X, y, np.logspace(-3, 7, 3000))
    changes = np.signbit(scan[:-1]) != np.signbit(scan[1:])
    assert sorted(np.nonzero(changes)[1].tolist()) == sorted(c.feature for c in crossings)


def test_standardised_diabetes_ridge_crosses_zero_six_times():
    """What the ridge_vs_lasso scene marks: sex, s2 (twice), s1, age and s3 cross 0."""
    data = load_diabetes()
    crossings = ridge_zero_crossings(standardize(data.X), data.y)
    assert [(data.features[c.feature], round(c.share, 4)) for c in crossings] == [
        ("sex", 0.0918), ("s2", 0.2689), ("s1", 0.3978), ("age", 0.5891), ("s2", 0.6301),
        ("s3", 0.8283)]


@given(seed=st.integers(0, 2**32 - 1))
def test_ridge_zero_crossings_are_roots(seed):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((40, 5)) @ rng.standard_normal((5, 5))
    y = X @ rng.standard_normal(5) + rng.standard_normal(40)
    for crossing in ridge_zero_crossings(X, y):
        coefs = ridge(X, y, np.array([crossing.alpha * 0.999, crossing.alpha,
                                      crossing.alpha * 1.001]))
        column = coefs[:, crossing.feature]
        assert abs(column[1]) <= 1e-9 * np.abs(coefs).max()
        assert np.sign(column[0]) == -np.sign(column[2])
