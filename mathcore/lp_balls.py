"""The whole family of 2-D balls: Lp for p in (0, inf] and the elastic-net ball.

* Lp: ``||b||_p = (|b_0|^p + |b_1|^p)^(1/p)``, ``||b||_inf = max |b_i|``.  For p < 1 this
  is not a norm and the ball ``||b||_p <= t`` is not convex (a four-pointed star); p = 1
  is the diamond, p = 2 the disc, p = inf the square with corners at (+-t, +-t).
* Elastic net (Zou and Hastie 2005): ``g(b) = rho ||b||_1 + (1 - rho) ||b||_2^2 <= t``;
  rho = 1 is the lasso diamond, rho = 0 the ridge disc of radius sqrt(t).

Corners on the axes (points where the boundary is not smooth, on an axis) are what
produce exact zeros: the Lp ball has them for p <= 1, the elastic-net ball for every
rho > 0; the Lp ball for p > 1 has none (p = inf has its corners on the diagonals).

Constrained optimum ``min (b - c)^T A (b - c)`` over these balls in 2-D: c if it is
inside; otherwise the optimum is on the boundary (an interior minimiser would have zero
gradient, i.e. be c).  p in {1, 2}: the exact solvers.  Otherwise the boundary is
parametrised by the direction angle and f is minimised over a dense angle grid that
contains every axis and diagonal direction, then refined by Brent's method around the
best grid angle; a non-convex ball (p < 1) is handled the same way because the search
is global over the whole boundary.  The answer is certified by a second, denser check
(``DENSE_CHECK`` directions): no point there may beat it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar

from mathcore.loss import QuadraticLoss
from mathcore.solve import solve_constrained
from mathcore.validation import as_radius

SEARCH_GRID = 4096
DENSE_CHECK = 200_000


def as_exponent(value: float) -> float:
    """p in (0, inf]."""
    p = float(value)
    if not p > 0.0:
        raise ValueError(f"p must be > 0 (inf allowed), got {value}")
    return p


@dataclass(frozen=True)
class Ball2D:
    """An Lp ball (``kind="lp"``, parameter p) or elastic-net ball (``"enet"``, rho)."""

    kind: str
    parameter: float
    radius: float

    @classmethod
    def lp(cls, p: float, radius: float) -> Ball2D:
        return cls("lp", as_exponent(p), as_radius(radius))

    @classmethod
    def enet(cls, rho: float, radius: float) -> Ball2D:
        rho = float(rho)
        if not 0.0 <= rho <= 1.0:
            raise ValueError(f"rho must be in [0, 1], got {rho}")
        return cls("enet", rho, as_radius(radius))

    @classmethod
    def enet_through_axes(cls, rho: float, reach: float) -> Ball2D:
        """The elastic-net ball whose axis points are (+-reach, 0), (0, +-reach) for every
        rho: ``rho ||b||_1 + (1 - rho) ||b||_2^2 <= rho reach + (1 - rho) reach^2``, the L1
        ball of radius reach at rho = 1 and the L2 ball of radius reach at rho = 0."""
        reach = as_radius(reach, "reach")
        return cls.enet(rho, float(rho) * reach + (1.0 - float(rho)) * reach**2)

    def gauge(self, points: np.ndarray) -> np.ndarray:
        """The ball's function at each row: ``||b||_p`` or ``g(b)``; inside means <= radius."""
        size = np.abs(np.atleast_2d(points))
        if self.kind == "enet":
            rho = self.parameter
            return rho * size.sum(axis=1) + (1 - rho) * (size**2).sum(axis=1)
        p = self.parameter
        if np.isinf(p):
            return size.max(axis=1)
        largest = size.max(axis=1)
        safe = np.where(largest > 0, largest, 1.0)
        return largest * ((size / safe[:, None]) ** p).sum(axis=1) ** (1 / p)

    def reach(self, directions: np.ndarray) -> np.ndarray:
        """Distance r from 0 to the boundary along unit directions (rows): gauge(r u) = t."""
        u = np.abs(directions)
        t = self.radius
        if self.kind == "lp":
            return t / self.gauge(u)
        rho, l1 = self.parameter, u.sum(axis=1)
        # the positive root of (1 - rho) r^2 + rho l1 r - t = 0, in the form without
        # cancellation (also right for rho = 1, where it is t / l1)
        return 2 * t / (rho * l1 + np.sqrt((rho * l1) ** 2 + 4 * (1 - rho) * t))

    def boundary(self, angles: np.ndarray) -> np.ndarray:
        """Boundary points in the directions ``angles`` (radians)."""
        directions = np.column_stack([np.cos(angles), np.sin(angles)])
        directions[np.abs(directions) < 1e-15] = 0.0  # cos(pi/2) is 6e-17: make axes exact
        return self.reach(directions)[:, None] * directions

    def other_coordinate(self, first: np.ndarray) -> np.ndarray:
        """``|b_1|`` of the sphere point with a given ``b_0`` (|b_0| <= the axis reach)."""
        t, x = self.radius, np.minimum(np.abs(first), self.reach(np.array([[1.0, 0.0]]))[0])
        if self.kind == "enet":
            rho = self.parameter
            left = np.maximum(t - rho * x - (1 - rho) * x**2, 0.0)  # = -(the constant term)
            return 2 * left / (rho + np.sqrt(rho**2 + 4 * (1 - rho) * left))
        p = self.parameter
        return np.full_like(x, t) if np.isinf(p) else np.maximum(t**p - x**p, 0.0) ** (1 / p)

    def outline(self, count: int = 720) -> np.ndarray:
        """``count`` boundary points (4 | count: the axis points are exact), counter-clockwise.

        A finite-p Lp ball is sampled as the superellipse ``t (s(cos u) |cos u|^(2/p),
        s(sin u) |sin u|^(2/p))``, u evenly spaced (s the sign): every point is on the
        ball (|x|^p + |y|^p = t^p cos^2 + t^p sin^2), and for p < 1 the points crowd into
        the spikes at the axes, where evenly spaced directions would cut across them.
        Other balls are convex: evenly spaced directions."""
        angles = 2 * np.pi * np.arange(count) / count
        if self.kind == "enet" or np.isinf(self.parameter):
            return self.boundary(angles)
        trig = np.column_stack([np.cos(angles), np.sin(angles)])
        trig[np.abs(trig) < 1e-15] = 0.0  # cos(pi/2) is 6e-17: make axes exact
        return self.radius * np.sign(trig) * np.abs(trig) ** (2 / self.parameter)

    @property
    def sparse_corners(self) -> bool:
        """True when the boundary has corners on the axes (so optima can have zeros)."""
        return self.parameter <= 1.0 if self.kind == "lp" else self.parameter > 0.0


@dataclass(frozen=True)
class BallOptimum:
    """Optimum over a ``Ball2D``: b*, f(b*), and the dense check's best rival gap (>= 0)."""

    beta: np.ndarray
    loss: float
    zeros: tuple[int, ...]
    check_gap: float


def _exact_equivalent(ball: Ball2D) -> tuple[str, float] | None:
    """The L1 / L2 problem that the ball is (p = 1, 2; rho = 1, 0), if any."""
    if ball.kind == "lp" and ball.parameter in (1.0, 2.0):
        return f"l{int(ball.parameter)}", ball.radius
    if ball.kind == "enet" and ball.parameter in (0.0, 1.0):
        return ("l1", ball.radius) if ball.parameter == 1.0 else ("l2", np.sqrt(ball.radius))
    return None


def solve_ball_2d(loss: QuadraticLoss, ball: Ball2D, dense_check: int = DENSE_CHECK) -> BallOptimum:
    """Global minimiser of f over the 2-D ball, certified by a check over ``dense_check``
    boundary directions (a scene redrawing every frame may ask for fewer)."""
    if loss.dim != 2:
        raise ValueError(f"center must have 2 coordinates, got {loss.dim}")
    exact = _exact_equivalent(ball)
    if ball.gauge(loss.center)[0] <= ball.radius:
        beta = loss.center.copy()
    elif exact is not None:
        beta = solve_constrained(loss, *exact).beta
    else:
        beta = _boundary_search(loss, ball)
    value = float(loss.value(beta))
    dense = ball.boundary(2 * np.pi * np.arange(dense_check) / dense_check)
    gap = float(loss.value(dense).min() - value)
    scale = max(float(loss.value(np.zeros(2))), 1e-300)
    if gap < -1e-10 * scale:
        raise RuntimeError(f"ball optimum failed its dense check by {gap:.2e}")
    return BallOptimum(beta, value, tuple(int(i) for i in np.flatnonzero(beta == 0.0)), gap)


def _parametrisations(ball: Ball2D) -> list[tuple[Callable, np.ndarray]]:
    """Ways to walk the sphere, each with a search grid: by direction angle, and by either
    coordinate (with the other from ``other_coordinate``, both signs).  The coordinate
    walks reach the axis tips of a p < 1 star, which the angle walk crowds together."""
    extent = ball.reach(np.array([[1.0, 0.0]]))[0]
    walks = [(lambda a: ball.boundary(np.atleast_1d(a)),
              2 * np.pi * np.arange(SEARCH_GRID) / SEARCH_GRID)]
    coordinates = np.linspace(-extent, extent, SEARCH_GRID // 4 + 1)
    for axis in (0, 1):
        for sign in (1.0, -1.0):
            def walk(x, axis=axis, sign=sign):
                x = np.atleast_1d(x)
                pair = np.column_stack([x, sign * ball.other_coordinate(x)])
                return pair if axis == 0 else pair[:, ::-1]
            walks.append((walk, coordinates))
    return walks


def _boundary_search(loss: QuadraticLoss, ball: Ball2D) -> np.ndarray:
    """Best grid point of every walk, refined by Brent between its grid neighbours.

    The four axis points come first and keep their place unless another point is lower
    by more than rounding (8 eps f(0)): next to a corner, points 1e-16 off the axis
    differ from it only by rounding, and an exact zero must not be lost to that.
    """
    axis_points = ball.boundary(np.pi / 2 * np.arange(4))
    axis_values = loss.value(axis_points)
    best = int(np.argmin(axis_values))
    best_point, best_value = axis_points[best], float(axis_values[best])
    slack = 8 * np.finfo(float).eps * float(loss.value(np.zeros(2)))
    for walk, grid in _parametrisations(ball):
        values = loss.value(walk(grid))
        k = int(np.argmin(values))
        low, high = grid[max(k - 1, 0)], grid[min(k + 1, len(grid) - 1)]
        refined = minimize_scalar(lambda x, walk=walk: float(loss.value(walk(x)[0])),
                                  bounds=(low, high), method="bounded",
                                  options={"xatol": 1e-14 * max(1.0, abs(high))})
        for point in (walk(grid[k])[0], walk(refined.x)[0]):
            value = float(loss.value(point))
            if value < best_value - slack:
                best_point, best_value = point, value
    return best_point


def parameter_where_zeros_end(loss: QuadraticLoss, ball_at: Callable[[float], Ball2D],
                              low: float, high: float, rtol: float = 1e-9) -> float | None:
    """The family parameter in [low, high] where the optimum over ``ball_at(parameter)``
    stops having a zero coefficient, by bisection: the last parameter found (within
    ``rtol`` of the change) at which it still has one; None if it has a zero at neither or
    at both ends.  ``low`` must be the sparse end (small p, large rho).

    Accurate to about 1e-7 relative: an optimum closer than that to the axis gains less
    than rounding over the axis point, which then wins.  (For Lp the exact answer is
    p = 1 for every loss whose optimum is a corner at p = 1: there are no corners on the
    axes for p > 1, but the off-axis coefficient shrinks like ``r^(1/(p-1))``, below any
    float for p a little above 1.)"""
    def has_zero(value: float) -> bool:
        return bool(solve_ball_2d(loss, ball_at(value)).zeros)

    sparse_low, sparse_high = has_zero(low), has_zero(high)
    if sparse_low == sparse_high:
        return None
    if sparse_high:
        raise ValueError("low must be the sparse end of the range (the optimum has a zero there)")
    while abs(high - low) > rtol * max(abs(low), abs(high), 1.0):
        middle = (low + high) / 2
        if has_zero(middle):
            low = middle
        else:
            high = middle
    return low
