"""Walking along the sphere of a 2-D ball, and what it does to the loss.

Why a corner holds an optimum while a round ball does not (after T. Parr's zoom on the
diamond's tip): move a distance h along the sphere ``||b||_p = t`` from the optimum b*.

* At a corner of the diamond, the loss's gradient g = 2 A (b* - c) points into the ball
  between the two edges' normals, so along each edge the loss rises at first order,
  ``f(b* + h e) - f(b*) = h g.e + h^2 e^T A e`` with ``g.e > 0`` on both sides.
* On the circle (and inside an edge) g is normal to the sphere, so the first-order term
  vanishes: the sphere is locally flat for the loss and the rise is of order h^2.

The sphere is parametrised by arc length: the diamond's perimeter 4 sqrt(2) t counter-
clockwise from (t, 0), the circle's 2 pi t.
"""

from __future__ import annotations

import numpy as np

from mathcore.loss import QuadraticLoss
from mathcore.norms import SphereWalk, norm_named
from mathcore.validation import as_radius


def _walkable(norm: object) -> SphereWalk:
    norm = norm_named(norm)
    if not isinstance(norm, SphereWalk):
        raise ValueError(f"norm must be l1 or l2 to walk along its sphere, got {norm.name}")
    return norm


def arc_position(norm: object, radius: float, point: np.ndarray) -> float:
    """Arc length from (t, 0), counter-clockwise, to ``point`` on the sphere."""
    return _walkable(norm).arc_position(as_radius(radius), point)


def along_sphere(norm: object, radius: float, start: np.ndarray, distances: object
                 ) -> np.ndarray:
    """The points at signed arc lengths ``distances`` from ``start`` along the sphere
    (positive: counter-clockwise), shape (k, 2)."""
    norm, t = _walkable(norm), as_radius(radius)
    arcs = norm.arc_position(t, start) + np.atleast_1d(np.asarray(distances, dtype=float))
    return norm.along_sphere(t, arcs)


def sphere_directions(norm: object, radius: float, start: np.ndarray) -> np.ndarray:
    """The unit directions in which the sphere leaves ``start``: clockwise, then
    counter-clockwise, shape (2, 2).  At a corner of the diamond they are its two edges;
    elsewhere they are opposite (the tangent line)."""
    return _walkable(norm).sphere_directions(as_radius(radius), start)


def slopes_along_sphere(loss: QuadraticLoss, norm: object, radius: float,
                        start: np.ndarray) -> np.ndarray:
    """The loss's rate of change per unit of arc length when leaving ``start`` along the
    sphere, clockwise then counter-clockwise: ``g . e`` with g = 2 A (b - c).  Both > 0:
    every move along the ball raises the loss at once (a corner that holds); 0 and 0 at an
    optimum on a smooth piece (the sphere is flat there for the loss)."""
    gradient = loss.gradient(np.asarray(start, dtype=float))
    return sphere_directions(norm, radius, start) @ gradient


def rise_along_sphere(loss: QuadraticLoss, norm: object, radius: float, start: np.ndarray,
                      step: float) -> np.ndarray:
    """``f(b(-h)) - f(b*)`` and ``f(b(+h)) - f(b*)``: the loss's change after moving
    ``step`` = h clockwise and counter-clockwise along the sphere from ``start``."""
    points = along_sphere(norm, radius, start, [-step, step])
    return loss.value(points) - float(loss.value(np.asarray(start, dtype=float)))
