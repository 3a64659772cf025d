"""The one result type of every constrained solver, shaped like ``scipy.optimize.OptimizeResult``:
``x`` (the optimum), ``fun`` (the loss there), ``success``, ``message``, plus the face,
the zero coefficients and the certificate."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Names of the face of the ball on which an optimum lies.
#: ``interior``: the constraint does not bind (multiplier 0, the loss's own minimum is
#: feasible); ``vertex`` / ``edge`` / ``face``: an L1 optimum with 1 / 2 / >= 3 non-zero
#: coefficients (``vertex`` also a corner on an axis of the elastic net, rho > 0, or of an
#: Lp ball, p < 1); ``boundary``: an optimum anywhere else on the sphere (an L2 optimum, or
#: an axis point of a smooth sphere, which has a zero but no corner).
FACES = ("interior", "vertex", "edge", "face", "boundary")


@dataclass(frozen=True)
class ConstrainedSolution:
    """Optimum of ``min f(b) s.t. ||b||_p <= t`` with its optimality certificate.

    Attributes:
        beta: the optimum b*.
        loss: f(b*), which is also the level of the contour that touches the ball.
        multiplier: mu >= 0 of the Lagrangian ``f(b) + mu (||b||_p - t)``; the KKT
            conditions read ``0 in 2A(b* - c) + mu d||b*||_p`` and ``mu (||b*||_p - t) = 0``.
        face: one of ``FACES``.
        zeros: indices i with ``b*_i == 0.0`` exactly.
        unique: False when another point of the ball attains the same loss (only possible
            when A is singular: a level set parallel to a face of the ball).
        kkt_residual: relative violation of the KKT conditions (see ``kkt_residual``).
        norm, radius: the problem's ball.
        optimal_segment: when not unique, two distinct optimal points; every point of the
            segment between them is optimal too.
        certificate: how optimality was checked: ``{"kind": "kkt", "residual": r}`` for
            the exact L1 / L2 solvers, ``{"kind": "dense check", "directions": k,
            "gap": g}`` (no sphere point among k beats b* by more than rounding; g >= 0 is
            the best rival's excess loss) for the searched balls.
        message: how the optimum was found, in words.
    """

    beta: np.ndarray
    loss: float
    multiplier: float
    face: str
    zeros: tuple[int, ...]
    unique: bool
    kkt_residual: float
    norm: str
    radius: float
    optimal_segment: tuple[np.ndarray, np.ndarray] | None = None
    certificate: dict[str, object] | None = None
    message: str = ""

    @property
    def x(self) -> np.ndarray:
        """The optimum, as scipy names it."""
        return self.beta

    @property
    def fun(self) -> float:
        """The loss at the optimum, as scipy names it."""
        return self.loss

    @property
    def success(self) -> bool:
        """Every returned solution passed its certificate (a failure raises instead)."""
        return True

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form with the keys that ``normviz solve`` prints."""
        return {
            "beta": [float(x) for x in self.beta],
            "loss": float(self.loss),
            "multiplier": float(self.multiplier),
            "face": self.face,
            "zeros": [int(i) for i in self.zeros],
            "unique": bool(self.unique),
            "kkt_residual": float(self.kkt_residual),
            "certificate": self.certificate,
            "message": self.message,
        }
