"""The measured quantities added for the SGD and OLS/ridge videos, against independent
computations: the offset of the SGD iterates' mean from the optimum (a loop over the steps,
and the bias-variance identity), and the mean distance of the minibatch fits to the truth
(a loop over the minibatches)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mathcore.sgd import METHODS, ols_vs_ridge, sgd_trajectories


@pytest.mark.parametrize("method", METHODS)
def test_mean_offset_is_the_distance_of_the_mean_iterate(method):
    run = sgd_trajectories(0.99, 100, 400, 0.05, 0)
    settled = run.iterates[method][run.burn_in:]
    total = [0.0, 0.0]
    for b in settled:  # the mean by a plain loop
        total = [total[0] + float(b[0]), total[1] + float(b[1])]
    mean = [t / len(settled) for t in total]
    optimum = run.optima[method]
    expected = math.hypot(mean[0] - optimum[0], mean[1] - optimum[1])
    assert run.mean_offset(method) == pytest.approx(expected, rel=1e-12, abs=1e-15)
    # bias-variance: mean squared distance = offset^2 + var(b1) + var(b2)
    squared = float(np.mean([np.sum((b - optimum) ** 2) for b in settled]))
    assert squared == pytest.approx(run.mean_offset(method) ** 2
                                    + float(np.sum(run.spread(method) ** 2)), rel=1e-9)


def test_mean_error_is_the_loop_over_the_fits():
    fits = ols_vs_ridge(0.99, 100, 50, 0)
    for name, batch in (("ols", fits.batch_ols), ("ridge", fits.batch_ridge)):
        expected = sum(math.hypot(b1 - 1.0, b2 - 1.0) for b1, b2 in batch) / len(batch)
        assert fits.mean_error(name) == pytest.approx(expected, rel=1e-12)
        assert fits.mean_error(name, (0.0, 0.0)) == pytest.approx(
            float(np.mean([math.hypot(*b) for b in batch])), rel=1e-12)
    # at rho = 0.99 ridge's full-data fit (0.5, 0.5) is about 0.71 from the truth (1, 1):
    # its fits are no nearer the truth than least squares' by anything like the spread ratio
    assert fits.mean_error("ridge") > 0.5 * fits.mean_error("ols")
