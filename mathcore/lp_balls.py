"""The whole family of 2-D balls, as the Lp-family scene sweeps it: a ``Ball`` is a norm of
``mathcore.norms`` with its radius.

* Lp: ``lp_ball(p, t)`` for p in (0, inf]: p < 1 a non-convex four-pointed star, p = 1 the
  diamond, p = 2 the disc, p = inf the square with corners at (+-t, +-t).
* Elastic net through the axis points (+-reach, 0), (0, +-reach): ``enet_ball(rho,
  reach)``, from the lasso diamond (rho = 1) to the ridge disc (rho = 0).

Corners on the axes (points where the boundary is not smooth, on an axis) are what
produce exact zeros: the Lp ball has them for p <= 1, the elastic-net ball for every
rho > 0; the Lp ball for p > 1 has none (p = inf has its corners on the diagonals).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from mathcore.loss import QuadraticLoss
from mathcore.norms import DENSE_CHECK, Norm, elastic_net, lp
from mathcore.solution import ConstrainedSolution
from mathcore.solve import solve_constrained
from mathcore.validation import as_radius


@dataclass(frozen=True)
class Ball:
    """``{b : N(b) <= t}`` for a norm N of ``mathcore.norms`` and a radius t."""

    norm: Norm
    radius: float

    def gauge(self, points: np.ndarray) -> np.ndarray:
        """N at each row; inside means <= radius."""
        return np.atleast_1d(self.norm.value(np.atleast_2d(points)))

    def outline(self, count: int = 720) -> np.ndarray:
        """``count`` sphere points (4 | count: the axis points are exact), counter-clockwise."""
        return self.norm.outline(self.radius, count)

    def reach(self, directions: np.ndarray) -> np.ndarray:
        """Distance from 0 to the sphere along each unit direction (rows)."""
        return self.norm.reach(self.radius, directions)

    @property
    def sparse_corners(self) -> bool:
        """True when the sphere has corners on the axes (so optima can have zeros)."""
        return self.norm.corners_on_axes


def solve_ball(loss: QuadraticLoss, ball: Ball, dense_check: int = DENSE_CHECK
               ) -> ConstrainedSolution:
    """The optimum over the ball (``solve_constrained``; ``dense_check`` sphere directions
    certify the searched balls, and a scene redrawing every frame may ask for fewer)."""
    return solve_constrained(loss, ball.norm, ball.radius, dense_check)


def lp_ball(p: float, radius: float) -> Ball:
    """The Lp ball of radius t (the exact L1 / L2 norms at p = 1, 2)."""
    return Ball(lp(p), as_radius(radius))


def enet_ball(rho: float, reach: float) -> Ball:
    """The elastic-net ball ``rho ||b||_1 + (1 - rho) ||b||_2^2 <= rho reach + (1 - rho)
    reach^2``, whose axis points are (+-reach, 0), (0, +-reach) for every rho: the L1 ball
    of radius reach at rho = 1 and the L2 ball of radius reach at rho = 0."""
    return Ball(*elastic_net(rho, as_radius(reach, "reach")))


def parameter_where_zeros_end(loss: QuadraticLoss, ball_at: Callable[[float], Ball],
                              low: float, high: float, rtol: float = 1e-9) -> float | None:
    """The family parameter in [low, high] where the optimum over ``ball_at(parameter)``
    stops having a zero coefficient, by bisection: the last parameter found (within
    ``rtol`` of the change) at which it still has one; None if it has a zero at neither or
    at both ends.  ``low`` must be the sparse end (small p, large rho).

    Accurate to about 1e-7 relative: an optimum closer than that to the axis gains less
    than rounding over the axis point, which then wins.  (For Lp the exact answer is
    p = 1 for every loss whose optimum is a corner at p = 1: there are no corners on the
    axes for p > 1; the off-axis coefficient shrinks like ``r^(1/(p-1))``, below what the
    loss resolves and below any float for p a little above 1, and ``Lp.off_axis`` keeps it
    from being reported as 0.)"""
    def has_zero(value: float) -> bool:
        return bool(solve_ball(loss, ball_at(value)).zeros)

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
