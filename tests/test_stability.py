"""Penalty shapes, proximal steps and the minibatch stability experiment."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.optimize import minimize_scalar

from mathcore.penalties import (
    enet_penalty,
    enet_prox,
    enet_subgradient,
    l1_penalty,
    l1_subgradient,
    l2_gradient,
    l2_penalty,
    l2_prox,
    prediction_shift,
    soft_threshold,
)
from mathcore.stability import gram, minibatch_stability, sgd_jitter
from normviz.cli import main

values = st.floats(-50, 50, allow_nan=False)
strengths = st.floats(1e-3, 10)


def numeric_prox(penalty, v: float, lam: float) -> float:
    """argmin_b (b - v)^2 / 2 + lam penalty(b) by a bounded scalar search (independent,
    accurate to about 1e-6; the exact optimality conditions are checked separately)."""
    result = minimize_scalar(lambda b: 0.5 * (b - v) ** 2 + lam * float(penalty(b)),
                             bounds=(-abs(v) - 1, abs(v) + 1), method="bounded",
                             options={"xatol": 1e-12})
    return result.x


@given(v=values, lam=strengths)
def test_soft_threshold_is_the_l1_prox(v, lam):
    assert soft_threshold(v, lam) == pytest.approx(numeric_prox(l1_penalty, v, lam), abs=1e-5)
    if abs(v) <= lam:
        assert soft_threshold(v, lam) == 0.0  # exactly
    # optimality: v - prox is lam times a subgradient of |.| at prox
    p = soft_threshold(v, lam)
    assert abs(v - p) <= lam + 1e-12
    if p != 0:
        assert v - p == pytest.approx(lam * np.sign(p))


@given(v=values, lam=strengths)
def test_l2_prox_only_scales(v, lam):
    p = l2_prox(v, lam)
    assert p == pytest.approx(numeric_prox(l2_penalty, v, lam), abs=1e-5)
    assert (p == 0.0) == (v == 0.0)
    assert v - p == pytest.approx(lam * l2_gradient(p))


@given(v=values, lam=strengths, rho=st.floats(0, 1))
def test_enet_prox(v, lam, rho):
    expected = numeric_prox(lambda b: enet_penalty(b, rho), v, lam)
    assert enet_prox(v, lam, rho) == pytest.approx(expected, abs=1e-5)


def test_gradient_jump_versus_line():
    b = np.array([-1e-9, 1e-9, -2.0, 2.0])
    assert l1_subgradient(b).tolist() == [-1.0, 1.0, -1.0, 1.0]  # jumps by 2 at 0
    assert l1_subgradient(np.array([0.0]))[0] == 0.0
    np.testing.assert_allclose(l2_gradient(b), 2 * b)  # a line through 0
    np.testing.assert_allclose(enet_subgradient(b, 1.0), l1_subgradient(b))
    np.testing.assert_allclose(enet_subgradient(b, 0.0), l2_gradient(b))


@given(w=st.lists(values, min_size=3, max_size=3), x=st.lists(values, min_size=3, max_size=3),
       delta=values, i=st.integers(0, 2))
def test_prediction_shift_of_an_error_in_one_feature(w, x, delta, i):
    """The prediction w . x moves by w_i delta when feature i alone is observed delta off."""
    w, x, error = np.array(w), np.array(x), np.zeros(3)
    error[i] = delta
    assert prediction_shift(w, error) == pytest.approx(w[i] * delta)
    assert prediction_shift(w, error) == pytest.approx(w @ (x + error) - w @ x, abs=1e-9)


def test_spread_weights_cost_l2_less_and_shift_less():
    """Two copies of one feature: (1, 0) and (1/2, 1/2) predict the same; L1 charges both 1,
    L2 charges the spread ones 1/2, and an error in x1 moves their prediction half as far."""
    whole, spread = np.array([1.0, 0.0]), np.array([0.5, 0.5])
    x = np.array([3.0, 3.0])
    assert whole @ x == spread @ x
    assert l1_penalty(whole).sum() == l1_penalty(spread).sum() == 1.0
    assert (l2_penalty(whole).sum(), l2_penalty(spread).sum()) == (1.0, 0.5)
    error = np.array([0.5, 0.0])
    assert (prediction_shift(whole, error), prediction_shift(spread, error)) == (0.5, 0.25)


@pytest.fixture(scope="module")
def experiment():
    return minibatch_stability(0.9, batch_size=100, batches=200, seed=3)


def test_every_minibatch_solution_satisfies_kkt(experiment):
    from mathcore.correlated import correlated_pair
    from mathcore.stability import SAMPLES

    X, y = correlated_pair(0.9, SAMPLES, 3)
    rng = np.random.default_rng([3, 1])
    for k in range(len(experiment.batch_l1)):
        rows = rng.choice(SAMPLES, 100, replace=False)
        G, q = gram(X[rows], y[rows])
        b = experiment.batch_l1[k]
        correlation = q - G @ b
        assert np.all(np.abs(correlation) <= experiment.alpha * (1 + 1e-9))
        on = b != 0
        np.testing.assert_allclose(correlation[on], experiment.alpha * np.sign(b[on]),
                                   atol=1e-9)
        r = experiment.batch_l2[k]
        np.testing.assert_allclose(G @ r - q + experiment.lam * r, 0.0, atol=1e-10)


def test_full_solutions_have_half_the_least_squares_norm(experiment):
    from mathcore.correlated import correlated_pair
    from mathcore.stability import SAMPLES

    X, y = correlated_pair(0.9, SAMPLES, 3)
    G, q = gram(X, y)
    ols = np.linalg.solve(G, q)
    assert np.abs(experiment.full_l1).sum() == pytest.approx(0.5 * np.abs(ols).sum(), rel=1e-9)
    assert np.linalg.norm(experiment.full_l2) == pytest.approx(0.5 * np.linalg.norm(ols),
                                                               rel=1e-9)


def test_ratio_and_interval(experiment):
    low, high = experiment.ratio_ci95
    assert low <= experiment.ratio <= high
    assert low > 1.0  # the lasso moves more, significantly
    assert sum(experiment.lasso_supports.values()) == pytest.approx(1.0)


def test_support_differs_counts_batches_against_the_full_data_support(experiment):
    """Counted directly, batch by batch, and from the support patterns' shares."""
    full = {i for i in range(2) if experiment.full_l1[i] != 0.0}
    direct = np.mean([{i for i in range(2) if b[i] != 0.0} != full
                      for b in experiment.batch_l1])
    assert experiment.support_differs() == pytest.approx(direct, abs=1e-15)
    same = ",".join(str(i + 1) for i in sorted(full))
    assert experiment.support_differs() == pytest.approx(
        1.0 - experiment.lasso_supports.get(same, 0.0), abs=1e-12)
    assert experiment.support_differs(1) in (0.0, 1.0)


def test_ratio_grows_with_correlation():
    ratios = [minibatch_stability(rho, 100, 200, seed=1).ratio for rho in (0.0, 0.5, 0.9, 0.99)]
    assert all(a < b for a, b in itertools.pairwise(ratios))


def test_reproducible_by_seed():
    first = minibatch_stability(0.5, 50, 50, seed=8)
    again = minibatch_stability(0.5, 50, 50, seed=8)
    assert np.array_equal(first.batch_l1, again.batch_l1)
    assert first.ratio_ci95 == again.ratio_ci95


def test_sgd_jitter_is_measured_for_each_method():
    jitter = sgd_jitter(0.9, steps=600)
    assert set(jitter) == {"l1_subgradient", "l1_proximal", "l2"}
    assert all(value > 0 for value in jitter.values())


@pytest.mark.parametrize(("argv", "message"), [
    (["--rho", "1"], "--rho "), (["--rho", "-1.5"], "--rho "),
    (["--batch-size", "0"], "--batch-size "), (["--batch-size", "20001"], "--batch-size "),
    (["--batches", "1"], "--batches "),
])
def test_stability_bad_arguments(argv, message, capsys):
    assert main(["stability", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"normviz: error: {message}")


def test_stability_json(capsys):
    assert main(["stability", "--rho", "0.5", "--batch-size", "50", "--batches", "40",
                 "--seed", "1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"mean_dev_l1", "mean_dev_l2", "ratio", "ratio_ci95", "lasso_supports"} <= set(result)
