"""``solve_constrained``: the one entry point for ``min f(b) s.t. N(b) <= t``.

The norm (``mathcore.norms``) solves: L2 by the secular equation (any n); L1 in 2-D by
corner/edge enumeration, in other dimensions by the exact lasso homotopy; the 2-D
elastic net by its tips' normal cones and its quadrants' discs; the Lp balls by a global
search of the sphere with a dense check.  Every exact
answer is certified: a KKT residual above ``KKT_TOLERANCE`` is an internal error and
raises instead of returning a wrong optimum.

Any scale: the problem is solved in units where ``max |A_ij|`` and ``max |c_i|`` are about
1 (t within ``2^+-LENGTH_SPAN`` of that unit, so that it stays a normal float).  With
``A = 2^a A'``, ``c = 2^k c'``, ``t = 2^k t'`` the optimum is ``b* = 2^k b'*``,
``f(b*) = 2^(a + 2k) f'(b'*)`` and ``mu = 2^(a + k) mu'``; powers of two scale
floating-point numbers exactly, so nothing is rounded by the change of units, and squares
such as ``||A c||^2`` neither overflow nor underflow when the answer itself is a float.
The elastic net is not homogeneous (``Norm.homogeneous``): only A's unit changes (k = 0).
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from mathcore.certificate import certify
from mathcore.loss import QuadraticLoss
from mathcore.norms import DENSE_CHECK, Norm, norm_named
from mathcore.solution import ConstrainedSolution
from mathcore.validation import as_radius

#: Largest KKT residual (relative) accepted as a certificate of optimality.
KKT_TOLERANCE = 1e-8
#: The radius in the solver's units lies in [2^-LENGTH_SPAN, 2^LENGTH_SPAN].
LENGTH_SPAN = 1000


def solve_constrained(loss: QuadraticLoss, norm: Norm | str, radius: float,
                      dense_check: int = DENSE_CHECK) -> ConstrainedSolution:
    """Certified optimum of ``min (b-c)^T A (b-c) s.t. N(b) <= radius``: exact for L1 and L2
    (``norm`` a ``Norm`` or its name), searched and checked over ``dense_check`` sphere
    directions for the other 2-D balls (a scene redrawing every frame may ask for fewer)."""
    norm = norm_named(norm)
    radius = as_radius(radius)
    if not norm.exact:
        return norm.optimum(loss, radius, dense_check)
    matrix_exponent = _exponent(float(np.abs(loss.matrix).max()))
    center_size = float(np.abs(loss.center).max())
    radius_exponent = _exponent(radius)
    length_exponent = min(max(_exponent(center_size) if center_size > 0.0 else radius_exponent,
                              radius_exponent - LENGTH_SPAN), radius_exponent + LENGTH_SPAN)
    if not norm.homogeneous:  # N(2^k b) != 2^k N(b): only the loss's scale may change
        length_exponent = 0
    unit_loss = QuadraticLoss.create(np.ldexp(loss.center, -length_exponent),
                                     np.ldexp(loss.matrix, -matrix_exponent))
    unit_radius = math.ldexp(radius, -length_exponent)
    beta = norm.solve_exact(unit_loss, unit_radius)
    unit = certify(unit_loss, norm, unit_radius, beta)
    if unit.kkt_residual > KKT_TOLERANCE:
        raise RuntimeError(
            f"solver failed its certificate: KKT residual {unit.kkt_residual:.2e} "
            f"> {KKT_TOLERANCE:.0e} for norm={norm}, radius={radius}"
        )
    segment = unit.optimal_segment
    with np.errstate(over="ignore"):  # a loss too large for a float is inf; callers check
        return dataclasses.replace(
            unit,
            beta=np.ldexp(unit.beta, length_exponent),
            loss=float(np.ldexp(unit.loss, matrix_exponent + 2 * length_exponent)),
            multiplier=float(np.ldexp(unit.multiplier, matrix_exponent + length_exponent)),
            radius=radius,
            optimal_segment=None if segment is None else tuple(
                np.ldexp(point, length_exponent) for point in segment),
        )


def _exponent(size: float) -> int:
    """The e for which ``2^e`` is nearest ``size`` (0 for 0): the unit of a quantity."""
    return 0 if size == 0.0 else math.frexp(size)[1] - 1
