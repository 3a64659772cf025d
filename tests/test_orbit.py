"""The turning loss (mathcore.orbit) and its zero stretches, against brute force."""

from __future__ import annotations

import numpy as np
import pytest

from mathcore import QuadraticLoss
from mathcore.certificate import certify
from mathcore.l1_planar import solve_l1_planar
from mathcore.orbit import S_TOLERANCE, LossOrbit, rotation, zero_share

BASE = QuadraticLoss.create([3.0, 1.0], [[2.0, 0.5], [0.5, 1.0]])


def test_the_loss_turns_rigidly():
    orbit = LossOrbit(BASE)
    for s in (0.0, 0.125, 0.5, 0.9):
        loss = orbit.loss_at(s)
        turn = rotation(2 * np.pi * s)
        point = np.array([0.3, -1.2])
        assert loss.value(turn @ point) == pytest.approx(BASE.value(point), rel=1e-14)
    assert np.allclose(orbit.loss_at(1.0).center, BASE.center, atol=1e-14)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_zero_stretches_match_dense_sampling(norm):
    """On 20 001 instants, the optimum has a zero exactly inside the stretches (to the
    sampling step at their ends), and the share matches the sampled fraction."""
    orbit = LossOrbit(BASE)
    result = zero_share(orbit, norm, 2.0)
    instants = np.linspace(0.0, 1.0, 20_001)
    has = np.array([bool(orbit.solution_at(norm, 2.0, s).zeros) for s in instants])
    inside = np.array([any(a <= s <= b for a, b in result.intervals) for s in instants])
    assert np.mean(has != inside) < 5e-4
    assert result.share == pytest.approx(np.mean(has), abs=1e-3)
    if norm == "l2":
        assert result.share == 0.0 and not result.intervals


def test_stretch_ends_are_face_changes():
    """Just inside a stretch the optimum has a zero; just outside it has none."""
    orbit = LossOrbit(BASE)
    result = zero_share(orbit, "l1", 2.0)
    assert result.share == pytest.approx(0.681, abs=1e-3)
    for start, end in result.intervals:
        for edge, side in ((start, 1), (end, -1)):
            if edge in (0.0, 1.0):
                continue
            assert orbit.solution_at("l1", 2.0, edge + side * 1e-9).zeros
            assert not orbit.solution_at("l1", 2.0, edge - side * 1e-9).zeros
    share_until = [result.share_until(s) for s in np.linspace(0.01, 1.0, 50)]
    assert share_until[-1] == pytest.approx(result.share, abs=1e-12)
    assert S_TOLERANCE < 1e-9


def test_an_edge_point_a_hair_from_its_corner_beats_the_corner():
    """Where the optimum leaves a corner, the edge minimiser lies 1e-8 from it and its loss
    ties with the corner's after rounding; returning the corner (as the solver once did)
    failed the certificate (residual 8e-9).  Every instant within 3e-10 of each face
    change of the turn is certified to rounding."""
    orbit = LossOrbit(QuadraticLoss.create([1.5, 0.5], [[1.0, 0.25], [0.25, 0.5]]))
    loss = orbit.loss_at(0.359155772599681)
    beta = solve_l1_planar(loss, 1.0)
    assert np.count_nonzero(beta) == 2
    assert certify(loss, "l1", 1.0, beta).kkt_residual < 1e-14
    worst = 0.0
    for start, end in zero_share(orbit, "l1", 1.0).intervals:
        for edge in (start, end):
            for s in np.linspace(edge - 3e-10, edge + 3e-10, 201):
                turned = orbit.loss_at(s)
                worst = max(worst, certify(turned, "l1", 1.0,
                                           solve_l1_planar(turned, 1.0)).kkt_residual)
    assert worst < 1e-14
