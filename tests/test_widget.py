"""normviz.widget.Explorer driven without a browser, through its widget model: the
traits are the page's state, checked and solved by mathcore in Python."""

from __future__ import annotations

import json

import pytest

from mathcore import QuadraticLoss, solve_constrained
from mathcore.norms import ElasticNet
from mathcore.penalty_form import penalised_optimum
from normviz.widget import Explorer  # the optional extra (anywidget): in the test extra
from scenes import defaults


def test_the_widget_starts_with_its_numbers_and_solves_them():
    explorer = Explorer(center=[3, 1], radius=2, norm="l1")
    assert explorer.solution == solve_constrained(
        QuadraticLoss.create([3, 1], defaults.MATRIX), "l1", 2.0).as_dict()
    assert explorer.solution["face"] == "vertex" and explorer.solution["zeros"] == [1]
    assert "window.normviz" in explorer._page and "NormvizMath" in explorer._page
    assert explorer._esm.endswith("export default { render };\n")


def test_python_changes_reach_the_model_and_are_solved():
    explorer = Explorer()
    explorer.center = [0.5, 0.2]
    assert explorer.get_state()["center"] == [0.5, 0.2]  # what the front end is sent
    assert explorer.solution["face"] == "interior"
    explorer.norm, explorer.l1_ratio = "enet", 0.4
    reach = explorer.radius
    expected = solve_constrained(QuadraticLoss.create([0.5, 0.2], defaults.MATRIX),
                                 ElasticNet(0.4), ElasticNet.through_axes_radius(0.4, reach))
    assert explorer.solution == expected.as_dict()


def test_front_end_changes_update_the_traits():
    """The page posts its state; the widget's model applies it as the comm would."""
    explorer = Explorer()
    explorer.set_state({"center": [1.0, 3.0], "form": "penalised", "lam": 2.0})
    assert (explorer.center, explorer.form, explorer.lam) == ([1.0, 3.0], "penalised", 2.0)
    expected = penalised_optimum(QuadraticLoss.create([1, 3], defaults.MATRIX), "l1", 2.0)
    assert explorer.solution == {"beta": expected.tolist()}


@pytest.mark.parametrize(("change", "message"), [
    ({"radius": -1.0}, "radius must be a real number >= 2.23e-308, got -1.0"),
    ({"matrix": [[1.0, 2.0], [2.0, 1.0]]},
     "matrix must be positive semi-definite (smallest eigenvalue -1 < 0)"),
    ({"norm": "l3"}, "norm must be one of l1, l2, enet, lp, got 'l3'"),
])
def test_a_bad_value_is_refused_and_the_last_good_state_stays(change, message):
    explorer = Explorer(center=[3, 1])
    before = explorer.solution
    explorer.set_state(change)
    assert explorer.error == message
    (name, _), = change.items()
    assert getattr(explorer, name) == getattr(Explorer(center=[3, 1]), name)
    assert explorer.solution == before
    explorer.center = [2.0, 2.0]  # the next good change clears the message
    assert explorer.error == ""


def test_a_bad_first_state_is_an_error():
    with pytest.raises(ValueError, match="radius must be"):
        Explorer(radius=0)


def test_the_penalised_form_of_a_singular_loss_is_refused_as_on_the_page():
    explorer = Explorer(matrix=[[1.0, 1.0], [1.0, 1.0]], norm="l1", layout="single")
    explorer.form = "penalised"
    assert explorer.error.startswith("matrix must be positive definite for the penalised form")
    assert explorer.form == "constrained"


def test_the_solution_is_strict_json_for_every_ball():
    """Lp has no multiplier (NaN in mathcore): the widget sends null, which JSON.parse reads."""
    explorer = Explorer(norm="lp", layout="single", p=3.0)
    assert explorer.solution["multiplier"] is None and explorer.solution["kkt_residual"] is None
    json.dumps(explorer.get_state()["solution"], allow_nan=False)
