"""mathcore's exact solvers against independent references on random problems.

References: scipy SLSQP and trust-constr (smooth reformulations), cvxpy (Clarabel), and
brute force over 200,000 points of the 2-D sphere.  Properties: our optimum is feasible,
no reference finds a lower loss, the references land next to it, and the KKT certificate
is tight.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.certificate import gradient_scale
from tests.references import (
    cvxpy_solve,
    dense_boundary_2d,
    into_ball,
    loss_value,
    random_problem,
    slsqp,
    trust_constr,
)

problems = st.fixed_dictionaries({
    "seed": st.integers(0, 2**32 - 1),
    "dim": st.integers(1, 10),
    "log_condition": st.floats(0.0, 3.0),
    "radius": st.floats(0.1, 10.0),
    "norm": st.sampled_from(["l1", "l2"]),
})


def solve_random(problem: dict, condition: float | None = None):
    rng = np.random.default_rng(problem["seed"])
    condition = condition or 10 ** problem["log_condition"]
    center, matrix = random_problem(rng, problem["dim"], condition)
    loss = QuadraticLoss.create(center, matrix)
    return center, matrix, loss, solve_constrained(loss, problem["norm"], problem["radius"])


def assert_not_beaten(center, matrix, loss, solution, reference, tolerance=1e-10):
    """No reference beats b*, and each one is as close to b* as optimality demands.

    For every feasible b, optimality of b* gives ``g(b*)^T (b - b*) >= 0``, hence
    ``f(b) - f(b*) >= (b - b*)^T A (b - b*) >= d_min ||b - b*||^2``: a reference with a
    loss near f(b*) must lie near b*.  Both sides are checked, up to a relative ``tolerance``.
    """
    reach = max(float(np.linalg.norm(center)), solution.radius)
    scale = gradient_scale(loss, solution.radius) * reach
    feasible = into_ball(reference, solution.norm, solution.radius)
    gap = loss_value(center, matrix, feasible) - solution.loss
    assert gap >= -tolerance * scale
    assert float(norm_value(solution.beta, solution.norm)) <= solution.radius * (1 + 1e-13)
    smallest = float(np.linalg.eigvalsh(matrix)[0])
    distance = float(np.linalg.norm(feasible - solution.beta))
    assert smallest * distance**2 <= max(gap, 0.0) + tolerance * scale


@pytest.mark.parametrize("reference_solver", [slsqp, trust_constr, cvxpy_solve],
                         ids=["slsqp", "trust-constr", "cvxpy"])
@given(problem=problems)
def test_never_beaten_by_a_reference_and_close_to_it(reference_solver, problem):
    center, matrix, loss, solution = solve_random(problem)
    reference = reference_solver(center, matrix, problem["norm"], problem["radius"])
    assert_not_beaten(center, matrix, loss, solution, reference)
    assert np.linalg.norm(reference - solution.beta) <= 1e-3 * max(1.0, problem["radius"])
    assert solution.kkt_residual <= 1e-10


@given(problems.map(lambda p: {**p, "dim": 2}))
def test_2d_matches_dense_boundary_search(problem):
    center, matrix, loss, solution = solve_random(problem)
    reference = dense_boundary_2d(center, matrix, problem["norm"], problem["radius"])
    assert_not_beaten(center, matrix, loss, solution, reference)
    # 200,000 points: spacing ~ 3e-5 t, so the best point is that close to b*
    assert np.linalg.norm(reference - solution.beta) <= 1e-3 * problem["radius"]


@pytest.mark.parametrize("norm", ["l1", "l2"])
@given(seed=st.integers(0, 2**32 - 1), radius=st.floats(0.1, 10.0))
def test_condition_number_1e6_2d(norm, seed, radius):
    center, matrix, loss, solution = solve_random(
        {"seed": seed, "dim": 2, "radius": radius, "norm": norm}, condition=1e6
    )
    assert solution.kkt_residual <= 1e-9
    reference = dense_boundary_2d(center, matrix, norm, radius)
    assert_not_beaten(center, matrix, loss, solution, reference)


@pytest.mark.parametrize("norm", ["l1", "l2"])
@given(seed=st.integers(0, 2**32 - 1), dim=st.integers(3, 10), radius=st.floats(0.1, 10.0))
def test_condition_number_1e6_nd(norm, seed, dim, radius):
    center, matrix, loss, solution = solve_random(
        {"seed": seed, "dim": dim, "radius": radius, "norm": norm}, condition=1e6
    )
    assert solution.kkt_residual <= 1e-9
    assert_not_beaten(center, matrix, loss, solution, slsqp(center, matrix, norm, radius))


@given(problem=problems.map(lambda p: {**p, "dim": max(p["dim"], 2)}), rank=st.integers(1, 9))
def test_singular_matrices_duplicated_and_collinear_features(problem, rank):
    """A = X^T X / n from collinear columns: optimal value still exact, ties reported."""
    rng = np.random.default_rng(problem["seed"])
    dim = problem["dim"]
    rank = min(rank, dim - 1)
    base = rng.normal(size=(40, rank))
    mixing = rng.normal(size=(rank, dim))
    mixing[:, -1] = mixing[:, 0]  # a duplicated feature as well
    X = base @ mixing
    y = X @ rng.uniform(-3, 3, size=dim) + rng.normal(size=40)
    loss = QuadraticLoss.from_data(X, y)
    solution = solve_constrained(loss, problem["norm"], problem["radius"])
    assert solution.kkt_residual <= 1e-8
    reference = slsqp(loss.center, loss.matrix, problem["norm"], problem["radius"])
    scale = gradient_scale(loss, problem["radius"]) * max(
        float(np.linalg.norm(loss.center)), problem["radius"]
    )
    feasible = into_ball(reference, problem["norm"], problem["radius"])
    assert solution.loss <= loss.value(feasible) + 1e-10 * scale
    if not solution.unique:
        for end in solution.optimal_segment:
            assert float(norm_value(end, problem["norm"])) <= problem["radius"] * (1 + 1e-7)
            assert loss.value(end) == pytest.approx(solution.loss, rel=1e-7, abs=1e-9 * scale)
