"""The Norm family (mathcore.norms): one object per ball, one result type for every solver."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mathcore import QuadraticLoss, solve_constrained
from mathcore.norms import (
    L1_NORM,
    L2_NORM,
    NORMS,
    ElasticNet,
    Lp,
    Norm,
    elastic_net,
    lp,
    norm_named,
)
from tests.test_catchment import random_definite


def test_registry_and_names():
    assert set(NORMS) == {"l1", "l2"}
    for value in ("l1", "L1", 1, "1", " l1 "):
        assert norm_named(value) is L1_NORM
    assert norm_named(L2_NORM) is L2_NORM
    with pytest.raises(ValueError, match="norm must be one of"):
        norm_named("l3")
    assert lp(1) is L1_NORM and lp(2.0) is L2_NORM and isinstance(lp(1.5), Lp)
    assert elastic_net(1.0, 2.0) == (L1_NORM, 2.0) and elastic_net(0.0, 2.0) == (L2_NORM, 2.0)
    net, radius = elastic_net(0.5, 2.0)
    assert isinstance(net, ElasticNet) and radius == 0.5 * 2 + 0.5 * 4
    np.testing.assert_allclose(net.axis_points(radius), [[2, 0], [0, 2], [-2, 0], [0, -2]],
                               atol=1e-15)


@given(st.integers(0, 10**6))
def test_searched_balls_agree_with_the_exact_ones(seed):
    """Lp(p) at p = 1, 2 (the search, not the exact solver) finds the exact optimum, and
    the result has scipy's shape either way."""
    rng = np.random.default_rng(seed)
    loss = QuadraticLoss.create(rng.uniform(-5, 5, 2), random_definite(rng))
    for p, exact in ((1.0, L1_NORM), (2.0, L2_NORM)):
        searched = solve_constrained(loss, Lp(p), 2.0, dense_check=20_000)
        certain = solve_constrained(loss, exact, 2.0)
        assert searched.fun <= certain.fun + 1e-9 * max(certain.fun, 1.0)
        np.testing.assert_allclose(searched.x, certain.x, atol=1e-5)
        assert searched.success and certain.success
        assert searched.certificate["kind"] == "dense check"
        assert searched.certificate["gap"] >= -1e-10 * max(certain.fun, 1.0)
        assert certain.certificate == {"kind": "kkt", "residual": certain.kkt_residual}


def test_a_new_norm_is_an_object_not_a_string():
    """The square ball (p = inf) is solved by passing its object: corners on the
    diagonals, so no zero for a loss centred off the axes."""
    square = Lp(np.inf)
    assert isinstance(square, Norm) and not square.corners_on_axes
    loss = QuadraticLoss.create([3.0, 1.0], [[2.0, 0.5], [0.5, 1.0]])
    result = solve_constrained(loss, square, 2.0)
    # on the edge b_1 = 2: b_2 minimises f there, b_2 = 1 - 0.5 (2 - 3) / 1 = 1.5
    np.testing.assert_allclose(result.x, [2.0, 1.5], atol=1e-7)
    assert result.face == "boundary" and result.zeros == () and result.norm == "linf"


def test_faces_and_outlines():
    loss = QuadraticLoss.create([3.0, 1.0], [[2.0, 0.5], [0.5, 1.0]])
    assert solve_constrained(loss, "l1", 2.0).face == "vertex"
    assert solve_constrained(loss, "l2", 2.0).face == "boundary"
    assert solve_constrained(loss, "l1", 10.0).face == "interior"
    np.testing.assert_array_equal(L1_NORM.outline(2.0), [[2, 0], [0, 2], [-2, 0], [0, -2]])
    circle = L2_NORM.outline(2.0, 240)
    np.testing.assert_allclose(L2_NORM.value(circle), 2.0)
    assert [2.0, 0.0] in circle.tolist() and [0.0, -2.0] in circle.tolist()
