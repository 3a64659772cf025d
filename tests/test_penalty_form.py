"""mathcore.penalty_form: penalised optima against cvxpy, the budget <-> penalty link
against the constrained solver, and the 1-D minimisers against a dense grid."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mathcore import QuadraticLoss, solve_constrained
from mathcore.penalty_form import (
    budget_for_penalty,
    l1_normal_cone,
    penalised_optimum,
    penalty_for_budget,
    scalar_minimizer,
    stationarity,
    zero_zone,
)
from scenes import defaults
from tests.references import cvxpy_penalised, cvxpy_solve, random_problem

NORMS = st.sampled_from(["l1", "l2"])


def budgeted_problem(seed: int, dim: int, norm: str, share: float) -> tuple[QuadraticLoss, float]:
    """A random loss (``tests.references.random_problem``) and the budget t = share * ||c||
    in ``norm``, so that the constraint binds."""
    center, matrix = random_problem(np.random.default_rng(seed), dim)
    radius = share * float(np.linalg.norm(center, ord=1 if norm == "l1" else 2))
    return QuadraticLoss.create(center, matrix), radius


@given(st.integers(0, 10**6), st.integers(2, 5), NORMS, st.floats(0.0, 30.0))
def test_penalised_optimum_matches_cvxpy(seed, dim, norm, lam):
    rng = np.random.default_rng(seed)
    center, matrix = random_problem(rng, dim)
    ours = penalised_optimum(QuadraticLoss.create(center, matrix), norm, lam)
    reference = cvxpy_penalised(center, matrix, norm, lam)
    assert np.allclose(ours, reference, atol=1e-6 * (1 + np.abs(center).max()))


@given(st.integers(0, 10**6), st.integers(2, 5), NORMS, st.floats(0.05, 0.95))
def test_the_constrained_optimum_is_the_penalised_one_at_its_multiplier(seed, dim, norm,
                                                                         share):
    loss, radius = budgeted_problem(seed, dim, norm, share)
    constrained = solve_constrained(loss, norm, radius).beta
    penalised = penalised_optimum(loss, norm, penalty_for_budget(loss, norm, radius))
    assert np.allclose(penalised, constrained, atol=1e-9 * (1 + np.abs(loss.center).max()))
    if norm == "l1":  # the same zeros, exactly
        assert np.array_equal(penalised == 0.0, constrained == 0.0)


def test_the_default_loss_at_t_2_is_the_lasso_at_lambda_5():
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    assert penalty_for_budget(loss, "l1", defaults.RADIUS) == pytest.approx(5.0, abs=1e-12)
    assert penalised_optimum(loss, "l1", 5.0).tolist() == [2.0, 0.0]


def test_a_slack_budget_needs_no_penalty():
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    for norm in ("l1", "l2"):
        assert penalty_for_budget(loss, norm, 100.0) == 0.0
        assert np.allclose(penalised_optimum(loss, norm, 0.0), loss.center)


@given(st.integers(0, 10**6), st.integers(2, 5), NORMS, st.floats(0.05, 0.95))
def test_the_budget_read_off_a_penalty_inverts_the_penalty_read_off_a_budget(seed, dim, norm,
                                                                              share):
    loss, radius = budgeted_problem(seed, dim, norm, share)
    center, matrix = loss.center, loss.matrix
    lam = penalty_for_budget(loss, norm, radius)
    assert budget_for_penalty(loss, norm, lam) == pytest.approx(radius, rel=1e-7)
    # against cvxpy: the norm of the penalised optimum, independently solved
    reference = cvxpy_penalised(center, matrix, norm, lam)
    assert budget_for_penalty(loss, norm, lam) == pytest.approx(
        float(np.linalg.norm(reference, ord=1 if norm == "l1" else 2)), abs=1e-5 * (1 + radius))


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_a_bigger_penalty_means_a_smaller_ball(norm):
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    lams = np.linspace(0.0, 20.0, 81)
    radii = np.array([budget_for_penalty(loss, norm, lam) for lam in lams])
    assert radii[0] == pytest.approx(np.linalg.norm(loss.center, ord=1 if norm == "l1" else 2))
    assert np.all(np.diff(radii) <= 1e-12)
    assert np.all(np.diff(radii)[: 40] < 0.0)  # strictly while the ball is not yet 0
    assert (radii[-1] == 0.0) == (norm == "l1")  # lam = 20 >= max |2Ac| = 13 for L1


@given(st.integers(0, 10**6), st.integers(2, 5), NORMS, st.floats(0.05, 0.95))
def test_the_gradient_is_balanced_by_mu_times_a_subgradient_of_the_norm(seed, dim, norm,
                                                                       share):
    loss, radius = budgeted_problem(seed, dim, norm, share)
    center, matrix = loss.center, loss.matrix
    beta = solve_constrained(loss, norm, radius).beta
    gradient, mu, s = stationarity(loss, norm, radius)
    assert np.allclose(gradient, 2.0 * matrix @ (beta - center))
    assert mu > 0.0 and np.allclose(gradient + mu * s, 0.0)
    tol = 1e-6
    if norm == "l1":  # s in the subdifferential of ||.||_1 at beta
        assert np.all(np.abs(s) <= 1.0 + tol)
        nonzero = beta != 0.0
        assert np.allclose(s[nonzero], np.sign(beta[nonzero]), atol=tol)
    else:
        assert np.allclose(s, beta / np.linalg.norm(beta), atol=tol)
    lam = mu if norm == "l1" else mu / (2.0 * radius)
    assert lam == pytest.approx(penalty_for_budget(loss, norm, radius), rel=1e-12)


def test_the_default_balance_at_t_2():
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    gradient, mu, s = stationarity(loss, "l1", defaults.RADIUS)
    assert gradient.tolist() == pytest.approx([-5.0, -3.0]) and mu == pytest.approx(5.0)
    assert s.tolist() == pytest.approx([1.0, 0.6])
    assert stationarity(loss, "l2", 100.0)[1] == 0.0  # a slack ball: no multiplier


def test_the_l1_normal_cone_is_the_fan_of_signs():
    assert l1_normal_cone(np.array([2.0, 0.0])).tolist() == [[1.0, -1.0], [1.0, 1.0]]
    assert l1_normal_cone(np.array([0.0, -3.0])).tolist() == [[-1.0, -1.0], [1.0, -1.0]]
    assert l1_normal_cone(np.array([1.0, -1.0])).tolist() == [[1.0, -1.0]]  # an edge: one
    assert len(l1_normal_cone(np.zeros(3))) == 8
    # the default optimum's balancing subgradient lies inside the corner's fan
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    beta = solve_constrained(loss, "l1", defaults.RADIUS).beta
    low, high = l1_normal_cone(beta)
    s = stationarity(loss, "l1", defaults.RADIUS)[2]
    assert np.all(np.minimum(low, high) - 1e-12 <= s) and np.all(s <= np.maximum(low, high) + 1e-12)
    with pytest.raises(ValueError):
        l1_normal_cone(np.array([np.nan, 0.0]))


@given(st.floats(-5.0, 5.0), st.floats(0.0, 6.0), NORMS)
def test_the_scalar_minimiser_is_the_grid_minimum(v, lam, norm):
    grid = np.linspace(-6.0, 6.0, 240_001)  # step 5e-5
    penalty = np.abs(grid) if norm == "l1" else grid**2
    best = grid[np.argmin((grid - v) ** 2 + lam * penalty)]
    assert float(scalar_minimizer(v, lam, norm)) == pytest.approx(best, abs=1e-4)


@given(st.floats(-5.0, 5.0, allow_subnormal=False), st.floats(0.01, 6.0))
def test_l1_sticks_at_exactly_zero_in_its_zone_and_l2_never(v, lam):
    l1 = float(scalar_minimizer(v, lam, "l1"))
    assert (l1 == 0.0) == (abs(v) <= zero_zone(lam))
    assert (float(scalar_minimizer(v, lam, "l2")) == 0.0) == (v == 0.0)


@pytest.mark.parametrize(("call", "message"), [
    (lambda loss: penalised_optimum(loss, "l1", -1.0), "lam must be a finite number >= 0"),
    (lambda loss: penalised_optimum(loss, "l1", float("nan")), "lam must be"),
    (lambda loss: penalised_optimum(loss, "l3", 1.0), "norm must be one of"),
])
def test_bad_input_is_named(call, message):
    loss = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
    with pytest.raises(ValueError, match=message):
        call(loss)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_the_penalised_level_set_is_a_contour_round_the_penalised_optimum(norm):
    from mathcore.penalty_form import penalised_level_set, penalised_value

    loss = QuadraticLoss.create(np.array([3.0, 1.5]), np.array([[1.0, -0.4], [-0.4, 0.6]]))
    lam = 5.0 if norm == "l1" else 1.28
    beta = penalised_optimum(loss, norm, lam)
    bottom = float(penalised_value(loss, norm, lam, beta))
    for rise in (0.5, 2.0):
        points = penalised_level_set(loss, norm, lam, bottom + rise, samples=90)
        assert np.allclose(penalised_value(loss, norm, lam, points), bottom + rise, atol=1e-9)
        # round the optimum, once: the angles from it increase
        angles = np.unwrap(np.arctan2(*(points - beta).T[::-1]))
        assert np.all(np.diff(angles) > 0) and np.ptp(angles) > 1.9 * np.pi
    # nothing lower anywhere near: the optimum is the minimum
    rng = np.random.default_rng(0)
    near = beta + rng.normal(scale=0.3, size=(500, 2))
    assert np.all(penalised_value(loss, norm, lam, near) >= bottom - 1e-12)
    if norm == "l1":  # in each quadrant a quadratic about its own centre c_sigma
        for sigma in itertools.product((-1.0, 1.0), repeat=2):
            sigma = np.array(sigma)
            inner = np.linalg.solve(loss.matrix, sigma)
            shifted = loss.center - 0.5 * lam * inner
            points = np.abs(rng.normal(size=(50, 2))) * sigma
            quadratic = QuadraticLoss.create(shifted, loss.matrix).value(points)
            constant = lam * sigma @ loss.center - 0.25 * lam ** 2 * sigma @ inner
            assert np.allclose(penalised_value(loss, norm, lam, points), quadratic + constant)
    with pytest.raises(ValueError):
        penalised_level_set(loss, norm, lam, bottom - 1.0)


@pytest.mark.parametrize("norm", ["l1", "l2"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_multiplier_is_the_price_of_the_budget(norm, seed):
    """mu = -df*/dt (the bridge video's words "f falls about mu per unit of t"): the least
    loss f*(t), solved by cvxpy (tests/references.py) at t -+ h, falls at the rate mathcore's
    multiplier says, for the default loss at t = 2 and for random binding budgets."""
    if seed == 0:
        loss, radius = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX), defaults.RADIUS
    else:
        loss, radius = budgeted_problem(seed, 3, norm, 0.5)
    mu = stationarity(loss, norm, radius)[1]
    h = 1e-3 * radius
    least = [float(loss.value(cvxpy_solve(loss.center, loss.matrix, norm, radius + step)))
             for step in (-h, h)]
    assert mu > 0 and -(least[1] - least[0]) / (2 * h) == pytest.approx(mu, rel=2e-3)
