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

from mathcore.balls import l1_vertices, norm_value
from mathcore.loss import QuadraticLoss
from mathcore.validation import as_norm, as_radius

_DIAMOND = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])


def arc_position(norm: str, radius: float, point: np.ndarray) -> float:
    """Arc length from (t, 0), counter-clockwise, to ``point`` on the sphere."""
    norm, t = as_norm(norm), as_radius(radius)
    x, y = np.asarray(point, dtype=float)
    if norm == "l2":
        return float(t * (np.arctan2(y, x) % (2 * np.pi)))
    side = int(np.argmin([abs(norm_value(np.array([x, y]) - t * _DIAMOND[k], "l1")
                              + norm_value(np.array([x, y]) - t * _DIAMOND[(k + 1) % 4], "l1")
                              - 2 * t) for k in range(4)]))
    edge = t * np.sqrt(2.0)
    return float(side * edge + np.hypot(*(np.array([x, y]) - t * _DIAMOND[side])))


def along_sphere(norm: str, radius: float, start: np.ndarray, distances: object) -> np.ndarray:
    """The points at signed arc lengths ``distances`` from ``start`` along the sphere
    (positive: counter-clockwise), shape (k, 2)."""
    norm, t = as_norm(norm), as_radius(radius)
    s = arc_position(norm, t, start) + np.atleast_1d(np.asarray(distances, dtype=float))
    if norm == "l2":
        angle = s / t
        return t * np.column_stack([np.cos(angle), np.sin(angle)])
    edge = t * np.sqrt(2.0)
    s = s % (4 * edge)
    side = np.minimum((s // edge).astype(int), 3)
    local = (s - side * edge) / edge
    corners = l1_vertices(t, 2)[[0, 2, 1, 3]]
    return corners[side] * (1 - local)[:, None] + corners[(side + 1) % 4] * local[:, None]


def sphere_directions(norm: str, radius: float, start: np.ndarray) -> np.ndarray:
    """The unit directions in which the sphere leaves ``start``: clockwise, then
    counter-clockwise, shape (2, 2).  At a corner of the diamond they are its two edges;
    elsewhere they are opposite (the tangent line)."""
    norm, t = as_norm(norm), as_radius(radius)
    if norm == "l2":
        angle = arc_position(norm, t, start) / t
        tangent = np.array([-np.sin(angle), np.cos(angle)])
        return np.array([-tangent, tangent])
    edge = t * np.sqrt(2.0)
    where = arc_position(norm, t, start) / edge
    ahead, behind = int(np.floor(where + 1e-12)) % 4, (int(np.ceil(where - 1e-12)) - 1) % 4
    sides = (np.roll(_DIAMOND, -1, axis=0) - _DIAMOND) / np.sqrt(2.0)
    return np.array([-sides[behind], sides[ahead]])


def slopes_along_sphere(loss: QuadraticLoss, norm: str, radius: float,
                        start: np.ndarray) -> np.ndarray:
    """The loss's rate of change per unit of arc length when leaving ``start`` along the
    sphere, clockwise then counter-clockwise: ``g . e`` with g = 2 A (b - c).  Both > 0:
    every move along the ball raises the loss at once (a corner that holds); 0 and 0 at an
    optimum on a smooth piece (the sphere is flat there for the loss)."""
    gradient = loss.gradient(np.asarray(start, dtype=float))
    return sphere_directions(norm, radius, start) @ gradient


def rise_along_sphere(loss: QuadraticLoss, norm: str, radius: float, start: np.ndarray,
                      step: float) -> np.ndarray:
    """``f(b(-h)) - f(b*)`` and ``f(b(+h)) - f(b*)``: the loss's change after moving
    ``step`` = h clockwise and counter-clockwise along the sphere from ``start``."""
    points = along_sphere(norm, radius, start, [-step, step])
    return loss.value(points) - float(loss.value(np.asarray(start, dtype=float)))
