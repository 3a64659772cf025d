"""Every bad input is a ValueError whose one-line message names the parameter."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained

GOOD_CENTER = [3.0, 1.0]
GOOD_MATRIX = [2.0, 0.5, 0.5, 1.0]


@pytest.mark.parametrize(
    ("center", "matrix", "parameter"),
    [
        ([3.0, np.nan], GOOD_MATRIX, "center"),
        ([3.0, np.inf], GOOD_MATRIX, "center"),
        ([], GOOD_MATRIX, "center"),
        ([[3.0, 1.0]], GOOD_MATRIX, "center"),
        (["a", 1.0], GOOD_MATRIX, "center"),
        (GOOD_CENTER, [2.0, 0.5, 0.4, 1.0], "matrix"),  # not symmetric
        (GOOD_CENTER, [1.0, 2.0, 2.0, 1.0], "matrix"),  # indefinite
        (GOOD_CENTER, [-1.0, 0.0, 0.0, -1.0], "matrix"),  # negative definite
        (GOOD_CENTER, [0.0, 0.0, 0.0, 0.0], "matrix"),  # zero
        (GOOD_CENTER, [2.0, 0.5, 0.5], "matrix"),  # wrong size
        ([1.0, 2.0, 3.0], GOOD_MATRIX, "matrix"),  # shapes disagree
        (GOOD_CENTER, [2.0, np.nan, np.nan, 1.0], "matrix"),
        (GOOD_CENTER, [2.0, 0.5, 0.5, np.inf], "matrix"),
    ],
)
def test_bad_loss_names_the_parameter(center, matrix, parameter):
    with pytest.raises(ValueError, match=rf"^{parameter} ") as error:
        QuadraticLoss.create(center, matrix)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("norm", "radius", "parameter"),
    [
        ("l3", 2.0, "norm"),
        ("linf", 2.0, "norm"),
        ("l1", 0.0, "radius"),
        ("l1", -1.0, "radius"),
        ("l2", np.nan, "radius"),
        ("l2", np.inf, "radius"),
        ("l2", "two", "radius"),
    ],
)
def test_bad_problem_names_the_parameter(norm, radius, parameter):
    loss = QuadraticLoss.create(GOOD_CENTER, GOOD_MATRIX)
    with pytest.raises(ValueError, match=rf"^{parameter} ") as error:
        solve_constrained(loss, norm, radius)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("X", "y", "parameter"),
    [
        (np.ones(3), np.ones(3), "X"),
        (np.array([[1.0, np.nan], [0.0, 1.0]]), np.ones(2), "X"),
        (np.eye(3), np.ones(2), "y"),
    ],
)
def test_bad_data_names_the_parameter(X, y, parameter):
    with pytest.raises(ValueError, match=rf"^{parameter} "):
        QuadraticLoss.from_data(X, y)


def test_norm_names_are_forgiving():
    loss = QuadraticLoss.create(GOOD_CENTER, GOOD_MATRIX)
    assert solve_constrained(loss, "L1", 2).norm == "l1"
    assert solve_constrained(loss, 2, 2).norm == "l2"
