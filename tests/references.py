"""Independent reference solvers for the tests (none shares code with mathcore's solvers)."""

from __future__ import annotations

import warnings

import numpy as np
from scipy.optimize import minimize


def random_problem(
    rng: np.random.Generator, dim: int, condition: float = 10.0, spread: float = 10.0
):
    """(c, A) with A = Q diag(d) Q^T, eigenvalues log-spaced from 1 to ``condition``."""
    q, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    eigenvalues = np.logspace(0.0, np.log10(condition), dim) if dim > 1 else np.ones(1)
    matrix = (q * rng.permutation(eigenvalues)) @ q.T
    matrix = (matrix + matrix.T) / 2.0
    return rng.uniform(-spread, spread, size=dim), matrix


def into_ball(beta: np.ndarray, norm: str, radius: float) -> np.ndarray:
    """A reference answer that overshoots the sphere (solver tolerance), scaled back onto it."""
    size = float(np.linalg.norm(beta, ord=1 if norm == "l1" else 2))
    return beta if size <= radius else beta * (radius / size)


def loss_value(center: np.ndarray, matrix: np.ndarray, beta: np.ndarray) -> float:
    diff = beta - center
    return float(diff @ matrix @ diff)


def slsqp(center: np.ndarray, matrix: np.ndarray, norm: str, radius: float) -> np.ndarray:
    """scipy SLSQP; L1 through the split b = u - v, u, v >= 0, sum(u + v) <= t (smooth)."""
    n = center.size
    if norm == "l2":
        result = minimize(
            lambda b: loss_value(center, matrix, b), np.zeros(n),
            jac=lambda b: 2 * matrix @ (b - center), method="SLSQP",
            constraints=[{"type": "ineq", "fun": lambda b: radius**2 - b @ b,
                          "jac": lambda b: -2 * b}],
            options={"ftol": 1e-15, "maxiter": 2000},
        )
        return result.x

    def split_loss(z: np.ndarray) -> float:
        return loss_value(center, matrix, z[:n] - z[n:])

    def split_grad(z: np.ndarray) -> np.ndarray:
        g = 2 * matrix @ (z[:n] - z[n:] - center)
        return np.concatenate([g, -g])

    result = minimize(
        split_loss, np.zeros(2 * n), jac=split_grad, method="SLSQP",
        bounds=[(0, None)] * (2 * n),
        constraints=[{"type": "ineq", "fun": lambda z: radius - z.sum(),
                      "jac": lambda z: -np.ones(2 * n)}],
        options={"ftol": 1e-15, "maxiter": 2000},
    )
    return result.x[:n] - result.x[n:]


def trust_constr(center: np.ndarray, matrix: np.ndarray, norm: str, radius: float) -> np.ndarray:
    """scipy trust-constr (interior point) on the same smooth formulations."""
    from scipy.optimize import Bounds, LinearConstraint, NonlinearConstraint

    n = center.size
    if norm == "l2":
        result = minimize(
            lambda b: loss_value(center, matrix, b), np.zeros(n),
            jac=lambda b: 2 * matrix @ (b - center), hess=lambda b: 2 * matrix,
            method="trust-constr",
            constraints=[NonlinearConstraint(lambda b: b @ b, -np.inf, radius**2,
                                             jac=lambda b: 2 * b[None, :],
                                             hess=lambda b, v: 2 * v[0] * np.eye(n))],
            options={"gtol": 1e-12, "xtol": 1e-14, "maxiter": 5000},
        )
        return result.x
    big = np.block([[matrix, -matrix], [-matrix, matrix]])
    result = minimize(
        lambda z: loss_value(center, matrix, z[:n] - z[n:]), np.full(2 * n, radius / (4 * n)),
        jac=lambda z: np.concatenate([g := 2 * matrix @ (z[:n] - z[n:] - center), -g]),
        hess=lambda z: 2 * big, method="trust-constr",
        bounds=Bounds(np.zeros(2 * n), np.full(2 * n, np.inf)),
        constraints=[LinearConstraint(np.ones((1, 2 * n)), -np.inf, radius)],
        options={"gtol": 1e-12, "xtol": 1e-14, "maxiter": 5000},
    )
    return result.x[:n] - result.x[n:]


def dense_boundary_2d(center: np.ndarray, matrix: np.ndarray, norm: str, radius: float,
                      count: int = 200_000) -> np.ndarray:
    """Brute force in 2-D: the best of ``count`` points on the sphere, or c if it is inside."""
    order = 1 if norm == "l1" else 2
    if np.linalg.norm(center, ord=order) <= radius:
        return center.copy()
    angle = np.linspace(0.0, 2 * np.pi, count, endpoint=False)
    direction = np.column_stack([np.cos(angle), np.sin(angle)])
    points = radius * direction / np.linalg.norm(direction, ord=order, axis=1)[:, None]
    diff = points - center
    values = np.einsum("ki,ij,kj->k", diff, matrix, diff)
    return points[np.argmin(values)]


def cvxpy_solve(center: np.ndarray, matrix: np.ndarray, norm: str, radius: float) -> np.ndarray:
    """cvxpy (Clarabel interior point, tolerances 1e-11) on the convex problem as written."""
    import cvxpy as cp

    beta = cp.Variable(center.size)
    root = np.linalg.cholesky(matrix).T
    objective = cp.Minimize(cp.sum_squares(root @ (beta - center)))
    constraint = [cp.norm(beta, 1 if norm == "l1" else 2) <= radius]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "may be inaccurate" at tol 1e-11
        cp.Problem(objective, constraint).solve(
            solver=cp.CLARABEL, tol_gap_abs=1e-11, tol_gap_rel=1e-11, tol_feas=1e-11
        )
    return np.asarray(beta.value)


def cvxpy_penalised(center: np.ndarray, matrix: np.ndarray, norm: str, lam: float) -> np.ndarray:
    """cvxpy (Clarabel) on ``min f(b) + lam ||b||_1`` (l1) or ``+ lam ||b||_2^2`` (l2)."""
    import cvxpy as cp

    beta = cp.Variable(center.size)
    root = np.linalg.cholesky(matrix).T
    penalty = cp.norm(beta, 1) if norm == "l1" else cp.sum_squares(beta)
    objective = cp.Minimize(cp.sum_squares(root @ (beta - center)) + lam * penalty)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        cp.Problem(objective).solve(solver=cp.CLARABEL, tol_gap_abs=1e-11, tol_gap_rel=1e-11,
                                    tol_feas=1e-11)
    return np.asarray(beta.value)


def cvxpy_enet(center: np.ndarray, matrix: np.ndarray, rho: float, radius: float) -> np.ndarray:
    """cvxpy (Clarabel) on ``min f(b) s.t. rho ||b||_1 + (1 - rho) ||b||_2^2 <= t``."""
    import cvxpy as cp

    beta = cp.Variable(center.size)
    root = np.linalg.cholesky(matrix).T
    objective = cp.Minimize(cp.sum_squares(root @ (beta - center)))
    constraint = [rho * cp.norm(beta, 1) + (1 - rho) * cp.sum_squares(beta) <= radius]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        cp.Problem(objective, constraint).solve(
            solver=cp.CLARABEL, tol_gap_abs=1e-11, tol_gap_rel=1e-11, tol_feas=1e-11
        )
    return np.asarray(beta.value)
