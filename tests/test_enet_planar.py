"""The exact 2-D elastic-net solver (mathcore/enet_planar.py) against independent
references: cvxpy, the sphere search it replaced, and a dense brute force."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mathcore import QuadraticLoss, solve_constrained
from mathcore.enet_planar import tip_reach
from mathcore.norms import ElasticNet
from tests.references import cvxpy_enet, random_problem

RHOS = st.floats(0.0, 0.999)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), rho=RHOS, radius=st.floats(0.05, 5.0))
def test_enet_optimum_matches_cvxpy(seed, rho, radius):
    center, matrix = random_problem(np.random.default_rng(seed), 2, 1e3, spread=6.0)
    solution = solve_constrained(QuadraticLoss.create(center, matrix), ElasticNet(rho), radius)
    reference = cvxpy_enet(center, matrix, rho, radius)
    np.testing.assert_allclose(solution.beta, reference, atol=2e-5 * max(1.0, radius))
    assert solution.kkt_residual <= 1e-12


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), rho=RHOS, radius=st.floats(0.05, 5.0))
def test_enet_optimum_is_no_worse_than_the_sphere_search(seed, rho, radius):
    """The searched optimum (``Norm.optimum``, what mathcore used before) checks 200,000
    sphere directions: the exact one is at least as low, and the same point."""
    center, matrix = random_problem(np.random.default_rng(seed), 2, 100.0, spread=6.0)
    loss = QuadraticLoss.create(center, matrix)
    exact = solve_constrained(loss, ElasticNet(rho), radius)
    searched = ElasticNet(rho).optimum(loss, radius)
    scale = float(loss.value(np.zeros(2)))
    assert exact.loss <= searched.loss + 1e-12 * scale
    np.testing.assert_allclose(exact.beta, searched.beta, atol=1e-6 * max(1.0, radius))
    assert (exact.zeros == ()) == (searched.zeros == ())


def test_a_tip_is_exactly_sparse_and_its_cone_is_the_kkt_one():
    """c = (3, 0.2), A = diag(1, 0.6), rho = 0.5, t = 1: -grad f at the tip (r, 0) lies in
    its normal cone, so b* = (r, 0) with b2 exactly 0 and mu = p1 / (rho + 2 (1-rho) r)."""
    loss = QuadraticLoss.create([3.0, 0.2], [1.0, 0.0, 0.0, 0.6])
    solution = solve_constrained(loss, ElasticNet(0.5), 1.0)
    reach = tip_reach(0.5, 1.0)
    assert solution.beta.tolist() == [reach, 0.0]
    assert solution.face == "vertex" and solution.zeros == (1,)
    pull = -loss.gradient(solution.beta)
    assert solution.multiplier == pytest.approx(pull[0] / (0.5 + 2 * 0.5 * reach), rel=1e-14)


@pytest.mark.parametrize("rho", [0.0, 1.0])
def test_enet_ends_are_ridge_and_lasso(rho):
    loss = QuadraticLoss.create([2.0, 1.2], [1.0, 0.4, 0.4, 0.6])
    solution = solve_constrained(loss, ElasticNet(rho), 1.0)
    exact = solve_constrained(loss, "l2" if rho == 0.0 else "l1", 1.0)
    np.testing.assert_allclose(solution.beta, exact.beta, rtol=1e-14, atol=1e-15)


def test_inside_the_ball_the_constraint_does_not_bind():
    loss = QuadraticLoss.create([0.3, -0.2], [2.0, 0.5, 0.5, 1.0])
    solution = solve_constrained(loss, ElasticNet(0.4), 1.0)
    assert solution.beta.tolist() == [0.3, -0.2]
    assert solution.face == "interior" and solution.multiplier == 0.0


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), exponent=st.floats(-3.0, 3.0))
def test_at_rho_zero_the_net_is_the_ridge_disc_at_any_scale(seed, exponent):
    """rho = 0: the ball ||b||^2 <= t is the L2 ball of radius sqrt(t), for reaches from
    1e-3 to 1e3 and condition numbers to 1e6 (the multiplier of ||b||^2 is mu_L2 / (2 ||b||),
    which a test of mu against the gradient's size alone would call 0: regression, reach 568,
    A's condition 6.8e5)."""
    reach = 10.0 ** exponent
    center, matrix = random_problem(np.random.default_rng(seed), 2, 1e6, spread=3.0 * reach)
    loss = QuadraticLoss.create(center, matrix)
    net = solve_constrained(loss, ElasticNet(0.0), reach * reach)
    disc = solve_constrained(loss, "l2", reach)
    np.testing.assert_allclose(net.beta, disc.beta, rtol=1e-9, atol=1e-12 * reach)
    if disc.multiplier > 0.0:
        assert net.multiplier == pytest.approx(disc.multiplier / (2.0 * reach), rel=1e-6)
    assert net.face == disc.face
