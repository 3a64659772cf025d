"""Boundary checks for user-supplied numbers.

Every check raises ``ValueError`` with a one-line message that starts with the
parameter's name and states the allowed range, so that the CLI can print it as is.  The
scalar checks read their types and ranges from ``mathcore.parameters``; vectors and
matrices are checked here.  A boolean is never a number.
"""

from __future__ import annotations

import numpy as np

from mathcore.parameters import PARAMETERS, Parameter

NORMS = PARAMETERS["norm"].choices

#: Relative tolerance for symmetry and for calling an eigenvalue zero.
MATRIX_RTOL = 1e-10


def _only_numbers(value: object) -> bool:
    """True when ``value`` is a number or (nested) lists / arrays of numbers: no booleans,
    no text (numpy would read ``True`` as 1.0 and ``"2"`` as 2.0)."""
    if isinstance(value, np.ndarray):
        return value.dtype.kind in "iuf"
    if isinstance(value, list | tuple):
        return all(_only_numbers(item) for item in value)
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(
        value, bool | np.bool_)


def as_vector(value: object, name: str) -> np.ndarray:
    """Return ``value`` as a finite 1-D float array of length >= 1."""
    if not _only_numbers(value):
        raise ValueError(f"{name} must be a list of real numbers (not booleans or text), "
                         f"got {value!r}"[:200])
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} must be a list of real numbers") from None
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D vector, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must contain only finite numbers (no NaN or inf)")
    return array


def as_matrix(value: object, name: str, size: int) -> np.ndarray:
    """Return ``value`` as a finite, symmetric, positive semi-definite ``size x size`` array.

    A flat sequence of ``size**2`` numbers is read row-major.  The matrix must not be
    zero: a zero quadratic form is not a loss.
    """
    if not _only_numbers(value):
        raise ValueError(f"{name} must be a matrix of real numbers (not booleans or text), "
                         f"got {value!r}"[:200])
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} must be a matrix of real numbers") from None
    if array.ndim == 1 and array.size == size * size:
        array = array.reshape(size, size)
    if array.shape != (size, size):
        raise ValueError(
            f"{name} must be {size}x{size} ({size * size} numbers, row-major) to match the "
            f"centre's dimension {size}, got shape {array.shape}"
        )
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must contain only finite numbers (no NaN or inf)")
    scale = float(np.max(np.abs(array)))
    if scale == 0.0:
        raise ValueError(f"{name} must not be zero (a zero quadratic form is not a loss)")
    if np.max(np.abs(array - array.T)) > MATRIX_RTOL * scale:
        raise ValueError(f"{name} must be symmetric (A == A^T)")
    array = array / 2.0 + array.T / 2.0  # no overflow near the largest float
    smallest = float(np.linalg.eigvalsh(array)[0])
    if smallest < -MATRIX_RTOL * scale * size:
        raise ValueError(
            f"{name} must be positive semi-definite (smallest eigenvalue {smallest:.3g} < 0)"
        )
    return array


def as_radius(value: object, name: str = "radius") -> float:
    """Return ``value`` as a finite float > 0 (a normal float: at least 2.2e-308)."""
    return PARAMETERS["radius"].check(value, name)  # type: ignore[return-value]


def as_norm_name(value: object, name: str = "norm") -> str:
    """Return the norm's name, one of ``mathcore.norms.NORMS`` (``1``/``2``, as text or
    integers, and upper case accepted; a boolean is not a norm)."""
    if isinstance(value, int) and not isinstance(value, bool) and value in (1, 2):
        value = str(value)
    text = value.strip().lower() if isinstance(value, str) else value
    return PARAMETERS["norm"].check(f"l{text}" if text in ("1", "2") else text, name)  # type: ignore[return-value]


def as_count(value: object, name: str, low: int, high: int) -> int:
    """An integer in [low, high] (an integral float such as 3.0 is accepted; a boolean or
    text is not)."""
    return Parameter(name, "integer", name, low=low, high=high).check(value)  # type: ignore[return-value]


def as_real(value: object, name: str) -> float:
    """A finite real number (not a boolean, not text)."""
    return Parameter(name, "real", name).check(value)  # type: ignore[return-value]
