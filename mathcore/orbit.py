"""A loss that moves continuously: it turns once about the origin, keeping its shape.

At time s in [0, 1] the loss is the base loss turned by the angle ``2 pi s`` about the
origin: ``c(s) = R(s) c``, ``A(s) = R(s) A R(s)^T`` with ``R(s)`` the rotation by
``2 pi s``.  So the ellipse turns through 360 degrees while its centre circles the balls at
the distance ``||c||_2`` (after ievron's RegularizationAnimation, where the loss turns
and slides and the L1 optimum sticks to corners while the L2 optimum glides).

Because the L2 ball is round, the L2 optimum just turns with the loss: it glides along
the circle at a constant speed and has a zero only at the instants it crosses an axis.
The L1 ball has corners on the axes, so the L1 optimum stays on a corner for whole
stretches of time.  ``zero_share`` measures those stretches exactly: the instants where the
optimum's face changes are located by bisection in s to ``S_TOLERANCE``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mathcore.loss import QuadraticLoss
from mathcore.solution import ConstrainedSolution
from mathcore.solve import solve_constrained

#: Grid of s on which face changes are bracketed before bisection.
GRID = 720
#: The instants of a face change are found to this precision in s.
S_TOLERANCE = 1e-13


def rotation(angle: float) -> np.ndarray:
    """The 2-D rotation by ``angle`` (radians, counter-clockwise)."""
    cos, sin = np.cos(angle), np.sin(angle)
    return np.array([[cos, -sin], [sin, cos]])


@dataclass(frozen=True)
class LossOrbit:
    """The base loss turned by ``2 pi s`` about the origin, s in [0, 1] (2-D), counter-
    clockwise, or clockwise (the angle ``-2 pi s``) when ``clockwise``."""

    base: QuadraticLoss
    clockwise: bool = False

    def __post_init__(self) -> None:
        if self.base.dim != 2:
            raise ValueError(f"center must have 2 numbers for a turning loss, got {self.base.dim}")

    def loss_at(self, s: float) -> QuadraticLoss:
        """``c(s) = R c``, ``A(s) = R A R^T`` with R the rotation by ``2 pi s``."""
        turn = rotation((-2.0 if self.clockwise else 2.0) * np.pi * s)
        return QuadraticLoss.create(turn @ self.base.center,
                                    turn @ self.base.matrix @ turn.T)

    def solution_at(self, norm: str, radius: float, s: float) -> ConstrainedSolution:
        """The certified optimum over the ``norm`` ball of radius t at time s."""
        return solve_constrained(self.loss_at(s), norm, radius)


@dataclass(frozen=True)
class ZeroShare:
    """When the optimum has a coefficient exactly 0 during the orbit.

    ``intervals`` are the stretches [start, end] of s (closed, sorted) with a zero;
    ``share`` is their total length (the share of the time).  A zero at isolated instants
    (a glide across an axis) has length 0.
    """

    intervals: tuple[tuple[float, float], ...]
    instants: tuple[float, ...]
    share: float

    def share_until(self, s: float) -> float:
        """The share of the time [0, s] spent with a zero (0 at s = 0)."""
        if s <= 0.0:
            return 0.0
        inside = sum(max(0.0, min(end, s) - start) for start, end in self.intervals)
        return inside / s

    def as_dict(self) -> dict[str, object]:
        return {"share": self.share, "intervals": [list(pair) for pair in self.intervals],
                "instants": list(self.instants)}


def zero_share(orbit: LossOrbit, norm: str, radius: float) -> ZeroShare:
    """The exact stretches of s in [0, 1] in which the optimum has a zero coefficient.

    The optimum's having a zero is decided on a grid of ``GRID`` + 1 instants; between
    neighbours that disagree, the change is located by bisection to ``S_TOLERANCE``.  A
    zero that the grid sees at a single instant with none on either side, or that lasts
    less than the tolerance, is an instant (an axis crossing), not a stretch.  Zeros that
    open and close again between two grid instants (within 1/720 of a turn) would be
    missed.
    """
    grid = np.linspace(0.0, 1.0, GRID + 1)

    def has_zero(s: float) -> bool:
        return bool(orbit.solution_at(norm, radius, s).zeros)

    zeros = [has_zero(s) for s in grid]
    edges = []
    for k in range(GRID):
        if zeros[k] != zeros[k + 1]:
            low, high = grid[k], grid[k + 1]
            while high - low > S_TOLERANCE:
                middle = 0.5 * (low + high)
                if has_zero(middle) == zeros[k]:
                    low = middle
                else:
                    high = middle
            edges.append((0.5 * (low + high), zeros[k + 1]))
    intervals: list[tuple[float, float]] = []
    start = 0.0 if zeros[0] else None
    for where, opens in edges:
        if opens:
            start = where
        elif start is not None:
            intervals.append((start, where))
            start = None
    if start is not None:
        intervals.append((start, 1.0))
    stretches = tuple((a, b) for a, b in intervals if b - a > 2 * S_TOLERANCE)
    instants = tuple(0.5 * (a + b) for a, b in intervals if b - a <= 2 * S_TOLERANCE)
    return ZeroShare(stretches, instants, float(sum(b - a for a, b in stretches)))
