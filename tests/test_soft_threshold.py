"""mathcore.soft_threshold: the threshold theta of the L1 optimum for a round loss."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore.cloud import cloud_nd, l1_projection_batch
from mathcore.soft_threshold import l1_threshold, threshold_example


def test_threshold_by_hand():
    # |c| = (3, 1), t = 2: theta = 1 gives (2, 0), whose L1 norm is 2
    assert l1_threshold(np.array([3.0, -1.0]), 2.0) == pytest.approx(1.0)
    # |c| = (3, 2), t = 3: theta = 1 gives (2, 1)
    assert l1_threshold(np.array([-3.0, 2.0]), 3.0) == pytest.approx(1.0)
    assert l1_threshold(np.array([0.5, 0.5]), 2.0) == 0.0  # inside the ball


@pytest.mark.parametrize("dim", [2, 10, 20, 50])
def test_example_is_the_projection(dim):
    e = threshold_example(dim, seed=4, relative_budget=0.5)
    assert np.abs(e.l1).sum() == pytest.approx(e.l1_budget)
    assert e.l1_budget == pytest.approx(0.5 * np.abs(e.center).sum())
    np.testing.assert_allclose(e.l1, l1_projection_batch(e.center[None], e.l1_budget)[0],
                               atol=1e-12)
    # below theta: exactly 0; above: cut down by theta, sign kept
    small = np.abs(e.center) <= e.theta
    assert np.all(e.l1[small] == 0.0)
    np.testing.assert_allclose(np.abs(e.l1[~small]), np.abs(e.center[~small]) - e.theta)
    assert np.all(np.sign(e.l1[~small]) == np.sign(e.center[~small]))
    # L2: every coefficient scaled by one factor, none 0
    assert e.scale == pytest.approx(0.5)
    np.testing.assert_allclose(e.l2, e.scale * e.center)
    assert np.linalg.norm(e.l2) == pytest.approx(e.l2_budget)
    assert np.all(e.l2 != 0.0)


def test_example_is_cloud_nds_first_draw():
    """The centre is drawn as cloud_nd draws its first: one sample of cloud_nd at the same
    seed has the example's zeros."""
    e = threshold_example(10, seed=4, relative_budget=0.5)
    result = cloud_nd("l1", "isotropic", 1, 10, seed=4, relative_budget=0.5)
    assert result.mean_zero_fraction == pytest.approx(np.mean(e.l1 == 0.0))
