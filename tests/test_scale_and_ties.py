"""mathcore at every scale and on tie-heavy data (issue 12, part 0): the centre on the
sphere to rounding, losses and centres from 1e-300 to 1e300, integer designs whose lasso
path has simultaneous events, and ridge's budget <-> penalty map on badly scaled features."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.linear_model import Lasso, Ridge

from mathcore import QuadraticLoss, solve_constrained
from mathcore.lasso_homotopy import lasso_homotopy
from mathcore.penalized import gram_form, lasso, ridge, ridge_alpha_for_radius

NEAR_SPHERE = dict(radius=1.7719656315478716, center=[-1.7248528483498617, 0.4058877319237632],
                   matrix=[721352.3102818506, 0, 0, 328.92425289141005])


def test_the_reported_centre_on_the_sphere_is_solved():
    loss = QuadraticLoss.create(NEAR_SPHERE["center"], NEAR_SPHERE["matrix"])
    solution = solve_constrained(loss, "l2", NEAR_SPHERE["radius"])
    assert solution.kkt_residual <= 1e-12
    assert np.linalg.norm(solution.beta) <= NEAR_SPHERE["radius"] * (1 + 1e-15)
    assert np.allclose(solution.beta, NEAR_SPHERE["center"], rtol=1e-15, atol=0)


@given(st.integers(0, 10**6), st.integers(-6, 6), st.floats(-6, 6))
def test_centres_on_the_sphere_to_rounding_are_solved(seed, ulps, log_condition):
    """t = ||c|| (1 + k eps), k in [-6, 6], A with condition number up to 1e6: certified."""
    rng = np.random.default_rng(seed)
    center = rng.normal(size=2) * 10.0 ** rng.uniform(-3, 3)
    matrix = np.diag(10.0 ** np.array([0.0, log_condition]) * 10.0 ** rng.uniform(-3, 6))
    radius = float(np.linalg.norm(center)) * (1 + ulps * np.finfo(float).eps)
    solution = solve_constrained(QuadraticLoss.create(center, matrix), "l2", radius)
    assert solution.kkt_residual <= 1e-10
    assert np.linalg.norm(solution.beta) <= radius * (1 + 4 * np.finfo(float).eps)


BASE = QuadraticLoss.create([3.0, 1.0], [[2.0, 0.5], [0.5, 1.0]])


@pytest.mark.parametrize("norm", ["l1", "l2"])
@given(matrix_exponent=st.integers(-300, 300), length_exponent=st.integers(-150, 150))
def test_any_scale_gives_the_scaled_answer(norm, matrix_exponent, length_exponent):
    """A -> 10^a A, c -> 10^k c, t -> 10^k t: b* -> 10^k b*, f -> 10^(a + 2k) f,
    mu -> 10^(a + k) mu, whenever those are floats (||A c|| from 1e-450 to 1e450)."""
    if not -300 <= matrix_exponent + 2 * length_exponent <= 300:
        return
    a, k = 10.0 ** matrix_exponent, 10.0 ** length_exponent
    reference = solve_constrained(BASE, norm, 2.0)
    scaled = solve_constrained(QuadraticLoss.create(BASE.center * k, BASE.matrix * a), norm,
                               2.0 * k)
    assert scaled.kkt_residual <= 1e-12
    assert np.allclose(scaled.beta / k, reference.beta, rtol=1e-13, atol=0)
    assert scaled.loss / (a * k * k) == pytest.approx(reference.loss, rel=1e-13)
    assert scaled.multiplier / (a * k) == pytest.approx(reference.multiplier, rel=1e-13)
    assert scaled.zeros == reference.zeros and scaled.face == reference.face


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_tiny_radius_with_tiny_matrix_on_the_command_line(norm):
    """radius 1e-300 and A of size 1e-150 (issue 12): an answer, not a RuntimeError."""
    done = subprocess.run([sys.executable, "-m", "normviz.cli", "solve", "--norm", norm,
                           "--radius", "1e-300", "--center", "3,1", "--matrix",
                           "2e-150,0.5e-150,0.5e-150,1e-150"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert '"kkt_residual"' in done.stdout


def tie_heavy_design(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Integer features and target with repeated values (0, 1, 2): many exact ties."""
    rng = np.random.default_rng(seed)
    n, p = int(rng.integers(4, 12)), int(rng.integers(2, 6))
    X = rng.integers(0, 3, size=(n, p)).astype(float)
    y = rng.integers(0, 4, size=n).astype(float)
    y[0] += 1.0 if np.ptp(y) == 0 else 0.0
    return X, y


TIE_SEEDS = range(400)


def test_tie_heavy_paths_satisfy_kkt_at_every_knot():
    """At every knot: r_i = mu sign(b_i) where b_i != 0, |r_i| <= mu where b_i == 0 (so no
    coefficient of +-1e-17 with the wrong sign), and no feature enters and leaves at one
    penalty.  Among these 400 designs, the homotopy before issue 12 broke this in 5."""
    for seed in TIE_SEEDS:
        gram, linear = gram_form(*tie_heavy_design(seed))
        knots = lasso_homotopy(gram, linear)
        for knot in knots:
            r = linear - gram @ knot.beta
            violation = np.where(knot.beta != 0.0, np.abs(r - knot.penalty * np.sign(knot.beta)),
                                 np.maximum(np.abs(r) - knot.penalty, 0.0))
            assert violation.max() <= 1e-9 * knot.penalty + 1e-14, (seed, knot)
        by_penalty: dict[float, list[tuple[str, int]]] = {}
        for knot in knots:
            if knot.event in ("enter", "leave"):
                by_penalty.setdefault(knot.penalty, []).append((knot.event, knot.feature))
        for events in by_penalty.values():
            features = [feature for _, feature in events]
            assert len(features) == len(set(features)), (seed, events)  # one event each


@pytest.mark.parametrize(("table", "expected"), [
    ("x0,x1,x2,y\n1,-1,3,0\n0,-3,1,-3\n-2,-3,1,-3\n", [("enter", "x1")]),
    ("a,b,c,d,y\n2,-2,2,-2,0\n-1,2,1,2,0\n0,0,1,0,2\n", [("enter", "c"), ("enter", "b")]),
])
def test_reported_tie_designs_have_one_event_per_feature(tmp_path, table, expected):
    """Two designs where the path once printed "enter x0, enter x1, leave x0" at one alpha."""
    data = tmp_path / "ties.csv"
    data.write_text(table)
    done = subprocess.run([sys.executable, "-m", "normviz.cli", "path", "--data", str(data),
                           "--target", "y", "--method", "lasso", "--json"],
                          capture_output=True, text=True, check=True)
    events = json.loads(done.stdout)["events"]
    assert [(e["action"], e["feature"]) for e in events] == expected
    alphas = json.loads(done.stdout)["alphas"]
    assert len(alphas) == len(set(alphas))


def lasso_objective(X, y, beta, alpha):
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    return float(np.sum((yc - Xc @ beta) ** 2) / (2 * len(y)) + alpha * np.abs(beta).sum())


@pytest.mark.parametrize("seed", range(0, 400, 40))
def test_tie_heavy_lasso_is_at_least_as_good_as_scikit_learn(seed):
    """The exact path's objective is never above coordinate descent's (tol 1e-12)."""
    X, y = tie_heavy_design(seed)
    top = float(np.max(np.abs(gram_form(X, y)[1])))
    for share in (0.5, 0.1, 0.01):
        alpha = share * top
        ours = lasso(X, y, alpha)
        theirs = Lasso(alpha=alpha, tol=1e-12, max_iter=200_000).fit(X, y).coef_
        assert lasso_objective(X, y, ours, alpha) <= lasso_objective(X, y, theirs, alpha) + 1e-12


def badly_scaled(seed: int, low: float, high: float) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(100, 12)) * np.logspace(np.log10(low), np.log10(high), 12)
    return X, X @ np.ones(12) + rng.normal(size=100)


@pytest.mark.parametrize("alpha", [1e-6, 1.0, 1000.0])
def test_ridge_radius_map_on_features_scaled_1e6(alpha):
    """alpha -> t = ||b(alpha)|| -> alpha again, on features scaled 1e-6 to 1e6, and b(alpha)
    equals scikit-learn's Ridge (cholesky) there."""
    X, y = badly_scaled(1, 1e-6, 1e6)
    beta = ridge(X, y, alpha)
    reference = Ridge(alpha=alpha, solver="cholesky").fit(X, y).coef_
    assert np.allclose(beta, reference, rtol=1e-6, atol=1e-12 * np.abs(reference).max())
    found = ridge_alpha_for_radius(X, y, float(np.linalg.norm(beta)))
    assert found == pytest.approx(alpha, rel=1e-6)
