"""The Lp / elastic-net family of 2-D balls and their certified optima."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mathcore import QuadraticLoss, solve_constrained
from mathcore.lp_balls import Ball, enet_ball, lp_ball, solve_ball
from mathcore.norms import ElasticNet
from tests.references import random_problem, slsqp

EXPONENTS = [0.5, 0.8, 1.0, 1.3, 2.0, 3.0, np.inf]


def enet_radius_ball(rho: float, radius: float) -> Ball:
    """The elastic-net ball ``rho ||b||_1 + (1 - rho) ||b||_2^2 <= radius`` (exact)."""
    return Ball(ElasticNet(rho), radius)


def other_coordinate(ball: Ball, first: np.ndarray, top: float) -> np.ndarray:
    """|b_1| on the sphere for a given b_0, by bisection on the ball's defining function
    alone (independent of the solver's closed forms)."""
    low, high = np.zeros_like(first), np.full_like(first, top)
    for _ in range(52):
        middle = (low + high) / 2
        inside = ball.gauge(np.column_stack([first, middle])) <= ball.radius
        low, high = np.where(inside, middle, low), np.where(inside, high, middle)
    return low


def brute_force(loss: QuadraticLoss, ball: Ball, count: int = 40_000) -> float:
    """The lowest loss over ``count`` sphere points with b_0 (and, swapped, b_1) uniform in
    its range, both signs: the axis tips of a p < 1 star are reached too.  0 inside."""
    if ball.gauge(loss.center)[0] <= ball.radius:
        return 0.0
    extent = ball.reach(np.array([[1.0, 0.0]]))[0]
    first = np.random.default_rng(0).uniform(-extent, extent, count)
    second = other_coordinate(ball, first, 2 * extent)
    points = np.vstack([np.column_stack([first, second]), np.column_stack([first, -second])])
    points = np.vstack([points, points[:, ::-1]])
    return float(loss.value(points).min())


@pytest.mark.parametrize("p", EXPONENTS)
@settings(max_examples=20)
@given(seed=st.integers(0, 2**32 - 1), radius=st.floats(0.3, 4.0))
def test_lp_optimum_beats_a_dense_random_search(p, seed, radius):
    center, matrix = random_problem(np.random.default_rng(seed), 2, 100.0, spread=6.0)
    loss = QuadraticLoss.create(center, matrix)
    ball = lp_ball(p, radius)
    optimum = solve_ball(loss, ball)
    if optimum.certificate["kind"] == "dense check":  # p = 1, 2: the exact solvers' KKT
        assert optimum.certificate["gap"] >= -1e-10 * float(loss.value(np.zeros(2)))
    assert ball.gauge(optimum.beta)[0] <= radius * (1 + 1e-12)
    scale = float(loss.value(np.zeros(2)))
    best = brute_force(loss, ball)
    assert optimum.loss <= best + 1e-10 * scale
    assert optimum.loss >= best - 1e-3 * scale  # and the search is not far below (sanity)


@pytest.mark.parametrize("p", [1.0, 2.0])
def test_lp_one_and_two_are_the_exact_solvers(p):
    loss = QuadraticLoss.create([3, 1], [2, 0.5, 0.5, 1])
    optimum = solve_ball(loss, lp_ball(p, 2.0))
    exact = solve_constrained(loss, f"l{int(p)}", 2.0)
    assert np.array_equal(optimum.beta, exact.beta)


def test_corners_on_the_axes_only_for_p_up_to_one():
    loss = QuadraticLoss.create([3, 1], [2, 0.5, 0.5, 1])
    zeros = {p: solve_ball(loss, lp_ball(p, 2.0)).zeros for p in EXPONENTS}
    assert all(zeros[p] == (1,) for p in (0.5, 0.8, 1.0))
    assert all(zeros[p] == () for p in (1.3, 2.0, 3.0, np.inf))
    assert [lp_ball(p, 1).sparse_corners for p in EXPONENTS] == [True] * 3 + [False] * 4


@pytest.mark.parametrize("p", [0.5, 0.7, 1.0, 1.5, 2.0, 3.0, np.inf])
def test_outline_chords_stay_on_the_ball(p):
    """The polyline through 720 outline points is the ball to 0.1 % of its radius: each
    chord's midpoint against the boundary point in its direction (p < 1 has spikes)."""
    ball = lp_ball(p, 2.0)
    outline = ball.outline(720)
    np.testing.assert_allclose(ball.gauge(outline), 2.0, rtol=1e-12)
    middles = (outline + np.roll(outline, -1, axis=0)) / 2
    distances = np.linalg.norm(middles, axis=1)
    reach = ball.reach(middles / distances[:, None])
    assert np.abs(distances - reach).max() < 1e-3 * 2.0


def test_infinity_ball_is_the_square_and_its_corners_are_diagonal():
    ball = lp_ball(np.inf, 2.0)
    outline = ball.outline(8)
    assert outline[1].tolist() == pytest.approx([2.0, 2.0])
    assert np.abs(outline).max() == pytest.approx(2.0)


@pytest.mark.parametrize("rho", [0.0, 0.2, 0.5, 0.8, 1.0])
def test_elastic_net_ball_morphs_from_disc_to_diamond(rho):
    ball = enet_radius_ball(rho, 1.0)
    outline = ball.outline(720)
    np.testing.assert_allclose(ball.gauge(outline), 1.0, rtol=1e-12)
    assert outline[0].tolist() == [1.0, 0.0]  # the axis point is on the ball for every rho
    loss = QuadraticLoss.create([3, 1], [2, 0.5, 0.5, 1])
    optimum = solve_ball(loss, ball)
    assert optimum.loss <= brute_force(loss, ball) + 1e-10 * float(loss.value(np.zeros(2)))


def test_nonconvex_ball_global_optimum_can_be_far_from_a_local_one():
    """p = 0.5: two corner candidates; the search must return the global one."""
    loss = QuadraticLoss.create([2.2, 2.0], [1, 0, 0, 1])
    optimum = solve_ball(loss, lp_ball(0.5, 2.0))
    corners = [np.array([2.0, 0.0]), np.array([0.0, 2.0])]
    assert optimum.loss <= min(loss.value(c) for c in corners) + 1e-12


@pytest.mark.parametrize("norm", ["l1", "l2"])
@given(seed=st.integers(0, 2**32 - 1), radius=st.floats(0.3, 4.0))
def test_three_dimensions_against_scipy(norm, seed, radius):
    center, matrix = random_problem(np.random.default_rng(seed), 3, 30.0, spread=5.0)
    solution = solve_constrained(QuadraticLoss.create(center, matrix), norm, radius)
    reference = slsqp(center, matrix, norm, radius)
    np.testing.assert_allclose(solution.beta, reference, atol=1e-4 * max(1.0, radius))


@pytest.mark.parametrize(("factory", "value", "name"), [
    (lp_ball, 0.0, "p"), (lp_ball, -1.0, "p"), (lp_ball, np.nan, "p"),
    (enet_radius_ball, 1.5, "rho"), (enet_radius_ball, -0.1, "rho"),
])
def test_bad_ball_parameters(factory, value, name):
    with pytest.raises(ValueError, match=rf"^{name} "):
        factory(value, 1.0)


@pytest.mark.parametrize("rho", [0.0, 0.3, 0.8, 1.0])
def test_elastic_net_through_the_axes_keeps_its_axis_points(rho):
    """Every rho: the ball passes through (+-2, 0) and (0, +-2); rho = 1 is the L1 ball
    and rho = 0 the L2 ball of radius 2."""
    ball = enet_ball(rho, 2.0)
    axes = np.array([[2.0, 0.0], [0.0, -2.0], [-2.0, 0.0], [0.0, 2.0]])
    np.testing.assert_allclose(ball.gauge(axes), ball.radius, rtol=1e-15)
    outline = ball.outline(400)
    if rho == 1.0:
        np.testing.assert_allclose(np.abs(outline).sum(axis=1), 2.0, rtol=1e-12)
    if rho == 0.0:
        np.testing.assert_allclose(np.linalg.norm(outline, axis=1), 2.0, rtol=1e-12)


def test_a_huge_p_neither_overflows_nor_leaves_the_square():
    """p = 5000 (a frame near p = inf at 1080p60): the ball is the square to 0.1 %."""
    loss = QuadraticLoss.create([3, 1], [2, 0.5, 0.5, 1])
    with np.errstate(over="raise"):
        optimum = solve_ball(loss, lp_ball(5000.0, 2.0), 20_000)
    np.testing.assert_allclose(optimum.beta, [2.0, 1.5], atol=2e-3)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), p=st.floats(0.6, 8.0), radius=st.floats(0.3, 4.0))
def test_lp_optimum_off_the_axes_is_tangent_to_rounding(seed, p, radius):
    """``Lp.refine``: off the axes the gradient of f is along the sphere's normal
    ``(s(b_1) |b_1|^(p-1), s(b_2) |b_2|^(p-1))`` to rounding (the search alone leaves an
    angle of about 1e-8 between them), and the refined point is no worse than the search's."""
    center, matrix = random_problem(np.random.default_rng(seed), 2, 100.0, spread=6.0)
    loss = QuadraticLoss.create(center, matrix)
    optimum = solve_ball(loss, lp_ball(p, radius))
    if optimum.face == "interior" or optimum.zeros:
        return
    gradient = loss.gradient(optimum.beta)
    normal = np.sign(optimum.beta) * np.abs(optimum.beta) ** (p - 1.0)
    sine = abs(gradient[0] * normal[1] - gradient[1] * normal[0]) / (
        np.linalg.norm(gradient) * np.linalg.norm(normal))
    terms = np.abs(matrix) @ (np.abs(optimum.beta) + np.abs(center))
    assert sine <= 1e-9 * float(terms.max()) / np.linalg.norm(gradient)  # rounding's scale
