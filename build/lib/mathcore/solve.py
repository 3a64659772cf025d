"""``solve_constrained``: the one entry point for ``min f(b) s.t. ||b||_p <= t``, p in {1, 2}.

Dispatch: L2 by the secular equation (any n); L1 in 2-D by corner/edge enumeration, in
other dimensions by the exact lasso homotopy.  Every answer is certified: a KKT residual
above ``KKT_TOLERANCE`` is an internal error and raises instead of returning a wrong optimum.
"""

from __future__ import annotations

from mathcore.certificate import certify
from mathcore.l1_planar import solve_l1_planar
from mathcore.l1_solver import solve_l1
from mathcore.l2_solver import solve_l2
from mathcore.loss import QuadraticLoss
from mathcore.solution import ConstrainedSolution
from mathcore.validation import as_norm, as_radius

#: Largest KKT residual (relative) accepted as a certificate of optimality.
KKT_TOLERANCE = 1e-8


def solve_constrained(loss: QuadraticLoss, norm: str, radius: float) -> ConstrainedSolution:
    """Exact, certified optimum of ``min (b-c)^T A (b-c) s.t. ||b||_norm <= radius``."""
    norm = as_norm(norm)
    radius = as_radius(radius)
    if norm == "l2":
        beta = solve_l2(loss, radius)
    elif loss.dim == 2:
        beta = solve_l1_planar(loss, radius)
    else:
        beta = solve_l1(loss, radius)
    solution = certify(loss, norm, radius, beta)
    if solution.kkt_residual > KKT_TOLERANCE:
        raise RuntimeError(
            f"solver failed its certificate: KKT residual {solution.kkt_residual:.2e} "
            f"> {KKT_TOLERANCE:.0e} for norm={norm}, radius={radius}"
        )
    return solution
