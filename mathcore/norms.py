"""The balls of the lesson as objects: one ``Norm`` per kind of constraint ``N(b) <= t``.

A ``Norm`` knows its value N(b), its 2-D sphere (``reach`` along a direction, an
``outline``, the ``axis_points`` and whether they are corners), its normal cone (through
``stationarity_violation``, the KKT test of a candidate optimum, and ``face``) and how to
find the constrained optimum of ``f(b) = (b - c)^T A (b - c)`` (``optimum``):

* ``L1`` and ``L2`` (registered as ``"l1"``, ``"l2"``): exact solvers in any dimension,
  certified by the KKT conditions (``mathcore.certificate``);
* ``ElasticNet(rho)`` (the constraint ``rho ||b||_1 + (1 - rho) ||b||_2^2 <= t``), in
  2-D: exact (``mathcore.enet_planar``), certified by the KKT conditions;
* ``Lp(p)`` for other p in (0, inf], in 2-D: a global search of the sphere, certified
  by a dense check (no point of ``DENSE_CHECK`` sphere directions does better).
  ``lp(p)`` and ``elastic_net(rho)`` give the exact L1 / L2 objects where they coincide.

Every solver returns a ``ConstrainedSolution`` (``mathcore.solution``, shaped like scipy's
``OptimizeResult``).  ``norm_named`` looks a norm up by name (``"l1"``, ``1``, ``"L2"``...)
with a one-line error listing the names; adding a norm means a subclass here, its entry in
``NORMS`` and the parameter table's choices, and its display name in scenes/strings.py.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable

import numpy as np
from scipy.optimize import brentq, linprog, minimize_scalar

from mathcore.loss import QuadraticLoss
from mathcore.validation import as_norm_name

#: Directions of the sphere searched, then checked, for the balls without an exact solver.
SEARCH_GRID = 4096
DENSE_CHECK = 200_000
#: Half-widths, in grid steps, of the brackets ``Lp.refine`` tries round a searched point.
REFINE_STEPS = (1, 4, 16, 64)


class Norm(ABC):
    """A constraint ``N(b) <= t`` on the coefficients (see the module docstring)."""

    name: str
    #: True for the norms solved exactly in any dimension and certified by KKT.
    exact: bool = False
    #: True when the sphere holds no segment: an optimum on it is unique.
    strictly_convex: bool = False
    #: True when ``N(s b) = |s| N(b)``: the exact solvers may then change the unit of length.
    homogeneous: bool = True

    def __repr__(self) -> str:
        return self.name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Norm) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    @abstractmethod
    def value(self, beta: np.ndarray) -> np.ndarray | float:
        """N(b) of a vector, or of each row of a 2-D array."""

    def radial(self, beta: np.ndarray) -> float:
        """``b . s`` for the subgradients s of N at b: N(b) for a homogeneous N (Euler),
        so that the KKT multiplier is ``mu = -grad f(b*) . b* / radial(b*)``."""
        return float(np.atleast_1d(self.value(beta))[0])

    def normal_size(self, beta: np.ndarray) -> float:
        """The largest entry of N's subgradients at b (``||s||_inf``): 1 for a norm (L1's
        entries are signs, L2's ``b / ||b||`` is at most 1 and at least 1/sqrt(n)), so that
        ``mu normal_size`` is the size of ``mu dN(b)`` in the gradient's units."""
        return 1.0

    @abstractmethod
    def reach(self, radius: float, directions: np.ndarray) -> np.ndarray:
        """Distance r from 0 to the sphere ``N(b) = t`` along each unit direction (rows)."""

    @property
    @abstractmethod
    def corners_on_axes(self) -> bool:
        """Whether the sphere has corners (non-smooth points) on the axes: what produces
        exact zeros for a whole range of losses."""

    def boundary(self, radius: float, angles: np.ndarray) -> np.ndarray:
        """2-D sphere points in the directions ``angles`` (radians); axis points exact."""
        directions = np.column_stack([np.cos(angles), np.sin(angles)])
        directions[np.abs(directions) < 1e-15] = 0.0  # cos(pi/2) is 6e-17
        return self.reach(radius, directions)[:, None] * directions

    def outline(self, radius: float, count: int = 720) -> np.ndarray:
        """``count`` points of the 2-D sphere, counter-clockwise from the positive b_1 axis
        (with 4 | count the four axis points are among them exactly)."""
        return self.boundary(radius, 2 * np.pi * np.arange(count) / count)

    def axis_points(self, radius: float) -> np.ndarray:
        """Where the 2-D sphere meets the axes: (r, 0), (0, r), (-r, 0), (0, -r)."""
        return self.boundary(radius, np.pi / 2 * np.arange(4))

    def optimum(self, loss: QuadraticLoss, radius: float,
                dense_check: int = DENSE_CHECK):
        """The global optimum over the ball in 2-D, by search, certified by a dense check
        of ``dense_check`` sphere directions (see ``mathcore.solve`` for L1 and L2)."""
        from mathcore.solution import ConstrainedSolution

        if loss.dim != 2:
            raise ValueError(f"center must have 2 coordinates for the {self.name} ball, "
                             f"got {loss.dim}")
        inside = float(np.atleast_1d(self.value(loss.center))[0]) <= radius
        beta = loss.center.copy() if inside else self.refine(loss, radius, self.off_axis(
            loss, radius, _sphere_search(loss, self, radius)))
        value = float(loss.value(beta))
        dense = self.boundary(radius, 2 * np.pi * np.arange(dense_check) / dense_check)
        gap = float(loss.value(dense).min() - value)
        scale = max(float(loss.value(np.zeros(2))), 1e-300)
        success = gap >= -1e-10 * scale
        if not success:
            raise RuntimeError(f"{self.name} optimum failed its dense check by {gap:.2e}")
        return ConstrainedSolution(
            beta=beta, loss=value, multiplier=float("nan"),
            face="interior" if inside else (
                "vertex" if np.any(beta == 0.0) and self.corners_on_axes else "boundary"),
            zeros=tuple(int(i) for i in np.flatnonzero(beta == 0.0)), unique=True,
            kkt_residual=float("nan"), norm=self.name, radius=radius,
            certificate={"kind": "dense check", "directions": dense_check, "gap": gap},
            message=f"global search of the sphere; no rival among {dense_check} directions")


    def off_axis(self, loss: QuadraticLoss, radius: float, beta: np.ndarray) -> np.ndarray:
        """The searched sphere point, moved off an axis point where the search kept it
        only because the loss cannot tell them apart (a sphere round at its axis points,
        see ``Lp.off_axis``); unchanged here."""
        return beta

    def refine(self, loss: QuadraticLoss, radius: float, beta: np.ndarray) -> np.ndarray:
        """The searched sphere point made exact to rounding where the sphere is smooth
        (see ``Lp.refine``); unchanged here."""
        return beta


class SphereWalk(ABC):
    """A 2-D sphere walked by arc length (``mathcore.boundary_walk``)."""

    @abstractmethod
    def arc_position(self, radius: float, point: np.ndarray) -> float:
        """Arc length from (t, 0), counter-clockwise, to ``point`` on the sphere."""

    @abstractmethod
    def along_sphere(self, radius: float, arcs: np.ndarray) -> np.ndarray:
        """The sphere's points at arc lengths ``arcs`` from (t, 0)."""

    @abstractmethod
    def sphere_directions(self, radius: float, point: np.ndarray) -> np.ndarray:
        """The unit directions in which the sphere leaves ``point``: clockwise, then
        counter-clockwise."""


class L1(Norm, SphereWalk):
    """``||b||_1``: the cross-polytope, vertices ``+-t e_i`` on the axes."""

    name = "l1"
    exact = True
    corners_on_axes = True

    def value(self, beta: np.ndarray) -> np.ndarray | float:
        return np.abs(np.asarray(beta, dtype=float)).sum(axis=-1)

    def reach(self, radius: float, directions: np.ndarray) -> np.ndarray:
        return radius / np.abs(directions).sum(axis=1)

    def outline(self, radius: float, count: int = 4) -> np.ndarray:
        """``count`` points equally spaced in arc length; the 4 corners when count = 4."""
        s = np.arange(int(count)) / int(count)
        corners = vertices(radius, 2)[[0, 2, 1, 3, 0]]  # (t,0), (0,t), (-t,0), (0,-t), back
        side = np.minimum((4 * s).astype(int), 3)
        local = 4 * s - side
        return corners[side] * (1.0 - local)[:, None] + corners[side + 1] * local[:, None]

    def stationarity_violation(self, beta: np.ndarray, gradient: np.ndarray,
                               multiplier: float) -> np.ndarray:
        """``0 in g + mu d||b||_1``: ``g_i = -mu sign(b_i)`` where b_i != 0, ``|g_i| <= mu``
        where b_i = 0 (the normal cone at a vertex is wide: a whole range of g fits)."""
        return np.where(beta != 0.0, np.abs(gradient + multiplier * np.sign(beta)),
                        np.maximum(np.abs(gradient) - multiplier, 0.0))

    def face(self, beta: np.ndarray, multiplier: float) -> str:
        if multiplier == 0.0:
            return "interior"
        return {1: "vertex", 2: "edge"}.get(int(np.count_nonzero(beta)), "face")

    def solve_exact(self, loss: QuadraticLoss, radius: float) -> np.ndarray:
        """b*: corner / edge enumeration in 2-D, the exact lasso homotopy otherwise."""
        from mathcore.l1_planar import solve_l1_planar
        from mathcore.l1_solver import solve_l1

        return solve_l1_planar(loss, radius) if loss.dim == 2 else solve_l1(loss, radius)

    def optimal_set_extent(self, range_basis: np.ndarray, beta: np.ndarray, radius: float,
                           direction: np.ndarray) -> list[np.ndarray]:
        """Minimiser and maximiser of ``d^T b`` over ``{R^T b = R^T b*, ||b||_1 <= t}``:
        two linear programs (b = u - v, u, v >= 0) with HiGHS."""
        n = beta.size
        equality = np.hstack([range_basis.T, -range_basis.T])
        budget = np.ones((1, 2 * n))
        ends = []
        for sign in (1.0, -1.0):
            cost = sign * np.concatenate([direction, -direction])
            result = linprog(
                cost, A_ub=budget, b_ub=[radius], A_eq=equality, b_eq=range_basis.T @ beta,
                bounds=(0, None), method="highs",
            )
            if result.status != 0:
                raise RuntimeError(f"linear program for the optimal set failed: {result.message}")
            ends.append(result.x[:n] - result.x[n:])
        return ends

    def arc_position(self, radius: float, point: np.ndarray) -> float:
        point = np.asarray(point, dtype=float)
        corners = DIAMOND * radius
        side = int(np.argmin([abs(self.value(point - corners[k])
                                  + self.value(point - corners[(k + 1) % 4]) - 2 * radius)
                              for k in range(4)]))
        return float(side * radius * np.sqrt(2.0) + np.hypot(*(point - corners[side])))

    def along_sphere(self, radius: float, arcs: np.ndarray) -> np.ndarray:
        edge = radius * np.sqrt(2.0)
        s = np.asarray(arcs, dtype=float) % (4 * edge)
        side = np.minimum((s // edge).astype(int), 3)
        local = (s - side * edge) / edge
        corners = DIAMOND * radius
        return corners[side] * (1 - local)[:, None] + corners[(side + 1) % 4] * local[:, None]

    def sphere_directions(self, radius: float, point: np.ndarray) -> np.ndarray:
        """At a corner of the diamond: its two edges."""
        where = self.arc_position(radius, point) / (radius * np.sqrt(2.0))
        ahead, behind = int(np.floor(where + 1e-12)) % 4, (int(np.ceil(where - 1e-12)) - 1) % 4
        sides = (np.roll(DIAMOND, -1, axis=0) - DIAMOND) / np.sqrt(2.0)
        return np.array([-sides[behind], sides[ahead]])


class L2(Norm, SphereWalk):
    """``||b||_2``, computed without overflow or underflow: the round ball, no corners."""

    name = "l2"
    exact = True
    strictly_convex = True
    corners_on_axes = False

    def value(self, beta: np.ndarray) -> np.ndarray | float:
        """``m sqrt(sum((b / m)^2))`` with ``m = max |b_i|``: no underflow for tiny b
        (1e-200), no overflow for huge b."""
        beta = np.abs(np.asarray(beta, dtype=float))
        largest = beta.max(axis=-1, keepdims=True)
        safe = np.where(largest > 0.0, largest, 1.0)
        return (largest * np.sqrt(((beta / safe) ** 2).sum(axis=-1, keepdims=True)))[..., 0]

    def reach(self, radius: float, directions: np.ndarray) -> np.ndarray:
        return np.full(len(directions), float(radius))

    def outline(self, radius: float, count: int = 240) -> np.ndarray:
        """Equally spaced in angle; with 4 | count the axis points are exact (each quadrant
        is the first one turned by exact quarter turns)."""
        count = int(count)
        if count % 4:
            return super().outline(radius, count)
        angle = 2.0 * np.pi * np.arange(count // 4) / count
        quadrant = radius * np.column_stack([np.cos(angle), np.sin(angle)])
        quadrant[0] = [radius, 0.0]
        return np.vstack([quadrant, quadrant[:, ::-1] * [-1, 1], -quadrant,
                          quadrant[:, ::-1] * [1, -1]])

    def stationarity_violation(self, beta: np.ndarray, gradient: np.ndarray,
                               multiplier: float) -> np.ndarray:
        """``g = -mu b / ||b||_2``: the normal cone of the round sphere is one ray."""
        size = float(self.value(beta))
        direction = beta / size if size > 0 else np.zeros_like(beta)
        return np.abs(gradient + multiplier * direction)

    def face(self, beta: np.ndarray, multiplier: float) -> str:
        return "interior" if multiplier == 0.0 else "boundary"

    def solve_exact(self, loss: QuadraticLoss, radius: float) -> np.ndarray:
        """b*: the secular equation, any dimension."""
        from mathcore.l2_solver import solve_l2

        return solve_l2(loss, radius)

    def optimal_set_extent(self, range_basis: np.ndarray, beta: np.ndarray, radius: float,
                           direction: np.ndarray) -> list[np.ndarray]:
        """End points of the chord ``b* + s d`` (unit d) inside the ball."""
        half_b = float(direction @ beta)
        root = np.sqrt(max(half_b**2 - (float(beta @ beta) - radius**2), 0.0))
        return [beta + (-half_b - root) * direction, beta + (-half_b + root) * direction]

    def arc_position(self, radius: float, point: np.ndarray) -> float:
        x, y = np.asarray(point, dtype=float)
        return float(radius * (np.arctan2(y, x) % (2 * np.pi)))

    def along_sphere(self, radius: float, arcs: np.ndarray) -> np.ndarray:
        angle = np.asarray(arcs, dtype=float) / radius
        return radius * np.column_stack([np.cos(angle), np.sin(angle)])

    def sphere_directions(self, radius: float, point: np.ndarray) -> np.ndarray:
        """The tangent line at ``point``."""
        angle = self.arc_position(radius, point) / radius
        tangent = np.array([-np.sin(angle), np.cos(angle)])
        return np.array([-tangent, tangent])


class Lp(Norm):
    """``||b||_p = (|b_1|^p + |b_2|^p)^(1/p)``, ``||b||_inf = max |b_i|``, in 2-D; for
    p < 1 not a norm and its ball is not convex (a four-pointed star)."""

    exact = False

    def __init__(self, p: float):
        p = float(p)
        if not p > 0.0:
            raise ValueError(f"p must be > 0 (inf allowed), got {p}")
        self.p = p
        self.name = f"l{p:g}"

    @property
    def corners_on_axes(self) -> bool:
        return self.p <= 1.0

    def value(self, beta: np.ndarray) -> np.ndarray:
        size = np.abs(np.atleast_2d(np.asarray(beta, dtype=float)))
        if np.isinf(self.p):
            return size.max(axis=1)
        largest = size.max(axis=1)
        safe = np.where(largest > 0, largest, 1.0)
        return largest * ((size / safe[:, None]) ** self.p).sum(axis=1) ** (1 / self.p)

    def reach(self, radius: float, directions: np.ndarray) -> np.ndarray:
        return radius / self.value(directions)

    def other_coordinate(self, radius: float, first: np.ndarray) -> np.ndarray:
        """``|b_2|`` of the sphere point with a given ``b_1`` (|b_1| <= t), as
        ``t (1 - (|b_1| / t)^p)^(1/p)``: no overflow for a huge p (t^p would be inf)."""
        x = np.minimum(np.abs(first), radius)
        if np.isinf(self.p):
            return np.full_like(x, radius)
        return radius * np.maximum(1.0 - (x / radius) ** self.p, 0.0) ** (1 / self.p)

    def off_axis(self, loss: QuadraticLoss, radius: float, beta: np.ndarray) -> np.ndarray:
        """For 1 < p < inf the sphere is round at the axis points: an axis point is the
        optimum only where the loss' gradient there is normal to the sphere (along the
        axis).  Where it is not, the optimum leaves the axis by
        ``|b_k| = |b_j| (|g_k| / |g_j|)^(1 / (p - 1))`` (stationarity, ``g`` the gradient),
        which for p near 1 is far below what the loss can resolve (the search keeps the
        axis point) and below any float for p a little above 1.  This solves that
        stationarity by fixed-point steps; a coefficient below the smallest float is
        returned as the smallest float of its sign, not as 0: 0 would claim an exact zero
        that a ball without corners on the axes does not make."""
        if not 1.0 < self.p < np.inf:
            return beta
        zero = np.flatnonzero(beta == 0.0)
        if len(zero) != 1:
            return beta
        k, j = int(zero[0]), 1 - int(zero[0])
        gradient = loss.gradient(beta)
        # rounding of 2 A (b - c): a tangential part within it may be an exact zero
        noise = 64 * np.finfo(float).eps * 2.0 * float(
            np.abs(loss.matrix[k]) @ np.abs(beta - loss.center))
        if abs(gradient[k]) <= noise or gradient[j] == 0.0:
            return beta
        tiny = float(np.finfo(float).smallest_subnormal)
        point = beta.astype(float)
        for _ in range(8):
            g = loss.gradient(point)
            if g[k] == 0.0 or g[j] == 0.0 or np.sign(g[k]) != np.sign(gradient[k]):
                return beta
            log_size = (np.log(abs(point[j])) + (np.log(abs(g[k])) - np.log(abs(g[j])))
                        / (self.p - 1.0))
            size = max(float(np.exp(log_size)), tiny)
            point = np.empty(2)
            point[k] = -np.sign(gradient[k]) * size
            point[j] = np.sign(beta[j]) * float(self.other_coordinate(
                radius, np.array([size]))[0])
        slack = 8 * np.finfo(float).eps * float(loss.value(np.zeros(2)))
        if not float(loss.value(point)) <= float(loss.value(beta)) + slack:
            return beta
        return point

    def refine(self, loss: QuadraticLoss, radius: float, beta: np.ndarray) -> np.ndarray:
        """For a finite p, an optimum off the axes is a stationary point of f along the
        sphere: with the sphere's normal ``n = (s(b_1) |b_1|^(p-1), s(b_2) |b_2|^(p-1))``
        and tangent ``T = (-n_2, n_1)`` (counter-clockwise), ``h(u) = grad f(b(u)) . T``
        changes sign from - to + at the direction angle u of a minimum.  The search's
        point is near it, but its own precision is only that of f's flatness (about 1e-8
        relative, and worse where f is nearly constant along a flat side of a large-p
        ball); Brent's method on h within 1, 4, 16, then 64 grid steps (2 pi /
        SEARCH_GRID) of it, kept in the point's open quadrant, finds the root to
        rounding.  The root's
        point replaces the search's when its loss is no higher (to 8 eps times the size
        ``|b - c|^T |A| |b - c|`` of the terms f is summed from: a stiff A's cancellation
        lets a point 1e-8 away look lower by more than eps f); where h
        does not change sign there (an axis point, p = inf) the point stays."""
        if np.isinf(self.p) or np.any(beta == 0.0):
            return beta
        angle = float(np.arctan2(beta[1], beta[0]))
        quadrant = np.floor(angle / (np.pi / 2))
        offset = np.abs(beta - loss.center)
        slack = 8 * np.finfo(float).eps * float(offset @ np.abs(loss.matrix) @ offset)

        def turn(u: float) -> float:
            point = self.boundary(radius, np.array([u]))[0]
            normal = np.sign(point) * np.abs(point) ** (self.p - 1.0)
            return float(loss.gradient(point) @ np.array([-normal[1], normal[0]]))

        for width in REFINE_STEPS:
            low = max(angle - width * 2 * np.pi / SEARCH_GRID, quadrant * np.pi / 2)
            high = min(angle + width * 2 * np.pi / SEARCH_GRID, (quadrant + 1) * np.pi / 2)
            with np.errstate(all="ignore"):
                below, above = turn(low), turn(high)
                if not (np.isfinite(below) and np.isfinite(above) and below < 0.0 < above):
                    continue
                root = brentq(turn, low, high, xtol=1e-300, rtol=4 * np.finfo(float).eps,
                              maxiter=500)
            point = self.boundary(radius, np.array([root]))[0]
            if np.all(point != 0.0) and float(loss.value(point)) <= float(
                    loss.value(beta)) + slack:
                return point
        return beta

    def outline(self, radius: float, count: int = 720) -> np.ndarray:
        """A finite p is sampled as the superellipse ``t (s(cos u) |cos u|^(2/p),
        s(sin u) |sin u|^(2/p))``, u evenly spaced (s the sign): every point is on the
        sphere, and for p < 1 the points crowd into the spikes at the axes, where evenly
        spaced directions would cut across them."""
        if np.isinf(self.p):
            return super().outline(radius, count)
        angles = 2 * np.pi * np.arange(count) / count
        trig = np.column_stack([np.cos(angles), np.sin(angles)])
        trig[np.abs(trig) < 1e-15] = 0.0
        return radius * np.sign(trig) * np.abs(trig) ** (2 / self.p)


class ElasticNet(Norm):
    """``g(b) = rho ||b||_1 + (1 - rho) ||b||_2^2`` (Zou and Hastie 2005), in 2-D: rho = 1
    is the lasso diamond, rho = 0 the ridge disc of radius sqrt(t); corners on the axes
    for every rho > 0.  Solved exactly (``mathcore.enet_planar``) and certified by the KKT
    conditions with ``dg(b) = rho s + 2 (1 - rho) b``, s a subgradient of ``||b||_1``."""

    exact = True
    homogeneous = False

    def __init__(self, rho: float):
        rho = float(rho)
        if not 0.0 <= rho <= 1.0:
            raise ValueError(f"rho must be in [0, 1], got {rho}")
        self.rho = rho
        self.name = f"enet{rho:g}"
        self.strictly_convex = rho < 1.0

    def radial(self, beta: np.ndarray) -> float:
        """``b . dg(b) = rho ||b||_1 + 2 (1 - rho) ||b||_2^2``."""
        beta = np.asarray(beta, dtype=float)
        return float(self.rho * np.abs(beta).sum() + 2.0 * (1.0 - self.rho) * (beta @ beta))

    def normal_size(self, beta: np.ndarray) -> float:
        """``max_i |rho s_i + 2 (1 - rho) b_i| = rho + 2 (1 - rho) ||b||_inf``."""
        return float(self.rho + 2.0 * (1.0 - self.rho) * np.abs(beta).max())

    def stationarity_violation(self, beta: np.ndarray, gradient: np.ndarray,
                               multiplier: float) -> np.ndarray:
        """``0 in g + mu (rho s + 2 (1 - rho) b)``: equality where b_i != 0,
        ``|g_i| <= mu rho`` where b_i = 0."""
        smooth = 2.0 * (1.0 - self.rho) * beta
        return np.where(beta != 0.0,
                        np.abs(gradient + multiplier * (self.rho * np.sign(beta) + smooth)),
                        np.maximum(np.abs(gradient) - multiplier * self.rho, 0.0))

    def face(self, beta: np.ndarray, multiplier: float) -> str:
        """``vertex`` at a tip (a corner for rho > 0; at rho = 0 the sphere is round)."""
        if multiplier == 0.0:
            return "interior"
        return "vertex" if int(np.count_nonzero(beta)) == 1 and self.rho > 0.0 else "boundary"

    def solve_exact(self, loss: QuadraticLoss, radius: float) -> np.ndarray:
        """b*: a tip by its normal cone, else a quadrant's disc (``mathcore.enet_planar``)."""
        from mathcore.enet_planar import solve_enet_planar

        return solve_enet_planar(loss, self.rho, radius)

    def optimal_set_extent(self, range_basis: np.ndarray, beta: np.ndarray, radius: float,
                           direction: np.ndarray) -> list[np.ndarray]:
        """End points of the chord ``b* + s d`` inside the ball: ``g(b* + s d)`` is convex
        in s, so each end is found by bisection (to rounding)."""
        ends = []
        for side in (1.0, -1.0):
            low, high = 0.0, max(radius, 1.0)
            while float(self.value(beta + side * high * direction)[0]) <= radius:
                high *= 2.0
            for _ in range(200):
                middle = 0.5 * (low + high)
                if float(self.value(beta + side * middle * direction)[0]) <= radius:
                    low = middle
                else:
                    high = middle
            ends.append(beta + side * low * direction)
        return ends

    @property
    def corners_on_axes(self) -> bool:
        return self.rho > 0.0

    def value(self, beta: np.ndarray) -> np.ndarray:
        size = np.abs(np.atleast_2d(np.asarray(beta, dtype=float)))
        return self.rho * size.sum(axis=1) + (1 - self.rho) * (size**2).sum(axis=1)

    def reach(self, radius: float, directions: np.ndarray) -> np.ndarray:
        """The positive root of ``(1 - rho) r^2 + rho l1 r - t = 0`` (l1 = ||u||_1), in the
        form without cancellation (also right for rho = 1, where it is t / l1)."""
        rho, l1 = self.rho, np.abs(directions).sum(axis=1)
        return 2 * radius / (rho * l1 + np.sqrt((rho * l1) ** 2 + 4 * (1 - rho) * radius))

    def other_coordinate(self, radius: float, first: np.ndarray) -> np.ndarray:
        """``|b_2|`` of the sphere point with a given ``b_1``."""
        x = np.minimum(np.abs(first), self.reach(radius, np.array([[1.0, 0.0]]))[0])
        left = np.maximum(radius - self.rho * x - (1 - self.rho) * x**2, 0.0)
        denominator = self.rho + np.sqrt(self.rho**2 + 4 * (1 - self.rho) * left)
        # left = 0 (the axis tip) gives 0, also for rho = 0 where the formula is 0 / 0
        return np.divide(2 * left, denominator, out=np.zeros_like(left), where=left > 0)

    @staticmethod
    def through_axes_radius(rho: float, reach: float) -> float:
        """The t for which the sphere meets the axes at +-reach for every rho:
        ``rho reach + (1 - rho) reach^2`` (the L1 ball of radius reach at rho = 1, the L2
        ball of radius reach at rho = 0)."""
        return float(rho) * reach + (1.0 - float(rho)) * reach**2


#: The 2-D diamond's corners for t = 1, counter-clockwise from (1, 0): also the four
#: axis points of every 2-D ball of radius 1 through the axes.
DIAMOND = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
L1_NORM, L2_NORM = L1(), L2()
#: The norms known by name (the CLI's ``--norm``, specs, ``solve_constrained``).
NORMS: dict[str, Norm] = {norm.name: norm for norm in (L1_NORM, L2_NORM)}


def norm_named(value: object, name: str = "norm") -> Norm:
    """The norm ``value`` names (a ``Norm`` is returned as it is); a one-line error
    otherwise (``mathcore.validation.as_norm_name``)."""
    if isinstance(value, Norm):
        return value
    return NORMS[as_norm_name(value, name)]


def lp(p: float) -> Norm:
    """The Lp ball's norm: the exact ``L1`` / ``L2`` for p = 1, 2, else ``Lp(p)``."""
    p = float(p)
    return {1.0: L1_NORM, 2.0: L2_NORM}.get(p) or Lp(p)


def elastic_net(rho: float, reach: float) -> tuple[Norm, float]:
    """The elastic-net ball through (+-reach, 0), (0, +-reach): its norm and radius (the
    exact L1 ball at rho = 1, L2 at rho = 0)."""
    rho = float(rho)
    if rho == 1.0:
        return L1_NORM, reach
    if rho == 0.0:
        return L2_NORM, reach
    net = ElasticNet(rho)
    return net, ElasticNet.through_axes_radius(rho, reach)


def vertices(radius: float, dim: int) -> np.ndarray:
    """The 2n vertices ``+t e_0, -t e_0, +t e_1, ...`` of the L1 ball, shape (2n, n)."""
    eye = np.eye(dim) * radius
    return np.stack([eye, -eye], axis=1).reshape(2 * dim, dim)


def _walks(norm: Norm, radius: float) -> list[tuple[Callable, np.ndarray]]:
    """Ways to walk a 2-D sphere, each with a search grid: by direction angle, and by
    either coordinate (the other from ``other_coordinate``, both signs).  The coordinate
    walks reach the axis tips of a p < 1 star, which the angle walk crowds together."""
    extent = norm.reach(radius, np.array([[1.0, 0.0]]))[0]
    walks = [(lambda a: norm.boundary(radius, np.atleast_1d(a)),
              2 * np.pi * np.arange(SEARCH_GRID) / SEARCH_GRID)]
    coordinates = np.linspace(-extent, extent, SEARCH_GRID // 4 + 1)
    for axis in (0, 1):
        for sign in (1.0, -1.0):
            def walk(x, axis=axis, sign=sign):
                x = np.atleast_1d(x)
                pair = np.column_stack([x, sign * norm.other_coordinate(radius, x)])
                return pair if axis == 0 else pair[:, ::-1]
            walks.append((walk, coordinates))
    return walks


def _sphere_search(loss: QuadraticLoss, norm: Norm, radius: float) -> np.ndarray:
    """Best grid point of every walk, refined by Brent between its grid neighbours.

    The four axis points come first and keep their place unless another point is lower
    by more than rounding (8 eps f(0)): next to a corner, points 1e-16 off the axis
    differ from it only by rounding, and an exact zero must not be lost to that.
    """
    axis_points = norm.axis_points(radius)
    axis_values = loss.value(axis_points)
    best = int(np.argmin(axis_values))
    best_point, best_value = axis_points[best], float(axis_values[best])
    slack = 8 * np.finfo(float).eps * float(loss.value(np.zeros(2)))
    for walk, grid in _walks(norm, radius):
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
