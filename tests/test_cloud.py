"""The batched solvers and the random-loss experiment."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mathcore import QuadraticLoss, norm_value, solve_constrained
from mathcore.cloud import (
    CASES_2D,
    CENTER_RANGE,
    DIAGONAL_RANGE,
    OFF_DIAGONAL_RANGE,
    cloud_2d,
    cloud_nd,
    draw_problems,
    grid_optima,
    l1_projection_batch,
    random_matrices,
    symmetric_l1_zero_probability,
    wilson_interval,
)
from mathcore.planar_batch import solve_planar_batch
from normviz.cli import main
from tests.references import random_problem, slsqp


@pytest.mark.parametrize("norm", ["l1", "l2"])
@given(seed=st.integers(0, 2**32 - 1), log_condition=st.floats(0, 6))
def test_batched_solver_equals_the_single_problem_solver(norm, seed, log_condition):
    rng = np.random.default_rng(seed)
    problems = [random_problem(rng, 2, 10**log_condition) for _ in range(20)]
    centers = np.array([c for c, _ in problems])
    matrices = np.array([a for _, a in problems])
    radii = rng.uniform(0.05, 8.0, 20)
    batch = solve_planar_batch(norm, centers, matrices, radii)
    for k in range(20):
        single = solve_constrained(QuadraticLoss.create(centers[k], matrices[k]), norm, radii[k])
        np.testing.assert_allclose(batch[k], single.beta, rtol=0, atol=1e-13 * max(1, radii[k]))
        assert np.array_equal(batch[k] == 0.0, single.beta == 0.0)


def test_symmetric_l1_matches_its_closed_form():
    """a = b, c = 0: a corner exactly when ||x| - |y|| >= t; P = (R-t)^2 / (R^2 - t^2/2)."""
    expected = symmetric_l1_zero_probability(2.0)
    assert expected == pytest.approx(32 / 49)
    result = cloud_2d("l1", "symmetric", 1_000_000, seed=11)
    low, high = result.ci95
    assert low <= expected <= high
    assert high - low < 0.002


@pytest.mark.parametrize("case", CASES_2D)
def test_exact_l2_never_has_a_zero_but_the_grid_does(case):
    assert cloud_2d("l2", case, 200_000, seed=3).fraction_zero == 0.0
    assert cloud_2d("l2", case, 200_000, seed=3, method="grid").fraction_zero > 0.005


@pytest.mark.parametrize("case", CASES_2D)
@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_fractions_agree_with_scipy_per_problem(case, norm):
    """A subsample solved one by one with SLSQP gives the same optima and zeros."""
    exact = cloud_2d(norm, case, 300, seed=5, keep=True)
    rng = np.random.default_rng(5)  # the draws of cloud_2d(seed=5)
    centers, matrices = draw_problems(rng, 300, case, norm, 2.0)
    zeros = 0
    for k in range(300):
        reference = slsqp(centers[k], matrices[k], norm, 2.0)
        np.testing.assert_allclose(reference, exact.optima[k], atol=2e-4)
        zeros += np.any(np.abs(reference) < 1e-6)
    assert abs(zeros / 300 - exact.fraction_zero) <= 0.02


def test_reproducible_by_seed_and_different_across_seeds():
    first = cloud_2d("l1", "general", 5000, seed=9, keep=True)
    again = cloud_2d("l1", "general", 5000, seed=9, keep=True)
    other = cloud_2d("l1", "general", 5000, seed=10, keep=True)
    assert np.array_equal(first.optima, again.optima)
    assert not np.array_equal(first.optima, other.optima)


@pytest.mark.parametrize("case", CASES_2D)
@given(seed=st.integers(0, 2**32 - 1), radius=st.floats(0.5, 8.0))
def test_one_seed_draws_the_same_losses_for_both_balls(case, seed, radius):
    """From one generator state the L1 and L2 draws share their matrices, and their
    centres wherever the L1 centre lies outside the circle too (the cloud scene shows each
    loss on both balls); every centre lies outside its own ball, uniform in the square."""
    draws = {norm: draw_problems(np.random.default_rng(seed), 500, case, norm, radius)
             for norm in ("l1", "l2")}
    (l1_centers, l1_matrices), (l2_centers, l2_matrices) = draws["l1"], draws["l2"]
    assert np.array_equal(l1_matrices, l2_matrices)
    outside_both = norm_value(l1_centers, "l2") > radius
    assert np.array_equal(l1_centers[outside_both], l2_centers[outside_both])
    for norm, (centers, _) in draws.items():
        assert np.all(norm_value(centers, norm) > radius)
        assert np.abs(centers).max() <= CENTER_RANGE


def test_general_matrices_follow_the_sampling_the_scene_states():
    """The cloud's sampling line: A = [[a, e], [e, b]], a, b ~ U[0, 10], e ~ U[-1, 1],
    kept only if ab > e² (positive definite); checked on 20 000 draws, with e's spread
    near the uniform's (range / sqrt(3))."""
    matrices = random_matrices(np.random.default_rng(7), 20_000, "general")
    a, b, e = matrices[:, 0, 0], matrices[:, 1, 1], matrices[:, 0, 1]
    assert np.array_equal(e, matrices[:, 1, 0])
    assert a.min() >= 0 and a.max() <= DIAGONAL_RANGE and b.max() <= DIAGONAL_RANGE
    assert np.abs(e).max() <= OFF_DIAGONAL_RANGE and np.all(a * b > e**2)
    assert abs(e.std() - OFF_DIAGONAL_RANGE / np.sqrt(3)) < 0.01
    assert np.all(np.linalg.eigvalsh(matrices) > 0)


def test_grid_method_picks_the_best_boundary_point():
    rng = np.random.default_rng(2)
    centers = rng.uniform(-10, 10, (50, 2))
    matrices = random_matrices(rng, 50, "general")
    picked = grid_optima("l2", centers, matrices, 2.0, 100)
    for k in range(50):
        loss = QuadraticLoss.create(centers[k], matrices[k])
        exact = solve_constrained(loss, "l2", 2.0).loss
        assert loss.value(picked[k]) >= exact - 1e-12
        assert loss.value(picked[k]) <= exact + 0.05 * loss.value(np.zeros(2))


def test_l1_projection_is_the_isotropic_optimum():
    rng = np.random.default_rng(4)
    centers = rng.uniform(-10, 10, (40, 6))
    projected = l1_projection_batch(centers, 2.0)
    for k in range(40):
        single = solve_constrained(QuadraticLoss.create(centers[k], np.eye(6)), "l1", 2.0)
        np.testing.assert_allclose(projected[k], single.beta, atol=1e-12)
        assert np.array_equal(projected[k] == 0.0, single.beta == 0.0)


def test_higher_dimensions_make_zeros_more_likely():
    shares = [cloud_nd("l1", "isotropic", 4000, n, seed=1).mean_zero_fraction
              for n in (2, 5, 20)]
    assert shares[0] < shares[1] < shares[2]
    assert cloud_nd("l2", "isotropic", 2000, 10, seed=1).fraction_zero == 0.0
    assert cloud_nd("l1", "random", 200, 5, seed=1).fraction_zero > 0.5


@pytest.mark.parametrize("case", ["isotropic", "random"])
@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_a_relative_budget_gives_each_loss_that_share_of_its_own_norm(norm, case):
    """t = kappa ||c||_p per loss: recomputed here loss by loss with the general solver,
    each optimum has that norm, and the shares of zeros agree."""
    from mathcore.cloud import centers_outside

    kappa, dim, seed = 0.4, 6, 3
    result = cloud_nd(norm, case, 30, dim, seed=seed, relative_budget=kappa)
    rng = np.random.default_rng(seed)
    centers = centers_outside(rng, 30, dim, norm, 0.0)
    zeros = []
    for center in centers:
        matrix = np.eye(dim)
        if case == "random":
            root = rng.standard_normal((dim, dim))
            matrix = root @ root.T / dim + 0.01 * np.eye(dim)
        budget = kappa * float(norm_value(center, norm))
        optimum = solve_constrained(QuadraticLoss.create(center, matrix), norm, budget)
        assert norm_value(optimum.beta, norm) == pytest.approx(budget, rel=1e-9)
        zeros.append(np.mean(optimum.beta == 0.0))
    assert result.mean_zero_fraction == pytest.approx(np.mean(zeros), abs=1e-12)
    half = 1.959963984540054 * np.std(zeros, ddof=1) / np.sqrt(len(zeros))
    np.testing.assert_allclose(result.mean_zero_ci95, np.clip(
        [np.mean(zeros) - half, np.mean(zeros) + half], 0.0, 1.0), atol=1e-12)
    with pytest.raises(ValueError, match="relative_budget"):
        cloud_nd(norm, case, 10, dim, relative_budget=1.0)


def test_wilson_interval():
    low, high = wilson_interval(50, 100)
    assert low == pytest.approx(0.4038, abs=1e-4) and high == pytest.approx(0.5962, abs=1e-4)
    assert wilson_interval(0, 10)[0] == 0.0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--norm", "l1", "--case", "general", "--samples", "0"], "--samples "),
        (["--norm", "l3", "--case", "general"], "--norm "),
        (["--norm", "l1", "--case", "random"], "--dim "),
        (["--norm", "l1", "--case", "random", "--dim", "0"], "--dim "),
        (["--norm", "l1", "--case", "general", "--method", "grid", "--boundary-points", "2"],
         "--boundary-points "),
        (["--norm", "l1", "--case", "isotropic", "--dim", "3", "--method", "grid"], "--method "),
        (["--norm", "l1", "--case", "general", "--relative-budget", "0.5"], "--relative-budget "),
        (["--norm", "l1", "--case", "isotropic", "--dim", "3", "--relative-budget", "1.5"],
         "--relative-budget "),
    ],
)
def test_cloud_bad_arguments(argv, message, capsys):
    code = main(["cloud", *argv])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and err.startswith(f"normviz: error: {message}")


def test_cloud_json(capsys):
    assert main(["cloud", "--norm", "l1", "--case", "symmetric", "--samples", "1000",
                 "--seed", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"fraction_zero", "ci95", "mean_zero_fraction", "mean_zero_ci95",
                           "samples", "seconds"}
    assert result["samples"] == 1000 and result["ci95"][0] <= result["fraction_zero"]
