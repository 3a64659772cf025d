"""The explorer page (``normviz explore``) in Debian's Chromium, opened from ``file://``
with the network off: it loads with no error and no request, and each way of changing the
problem (dragging c, the radius slider, the arrow keys, the ball and form switches) shows
mathcore's optimum in the read-out; a number box applies its value only when done (Enter
or leaving it); bad typed values and refused switches show a message naming the field or
the switch and keep the last good state.  One browser serves the whole module; each test
opens the page in a fresh offline context."""

from __future__ import annotations

import re
import statistics

import numpy as np
import pytest

from mathcore import QuadraticLoss, solve_constrained
from mathcore.penalty_form import penalised_optimum
from normviz.explore import (
    ASSETS,
    SCRIPTS,
    STYLE,
    build_page,
    explorer_state,
    page_strings,
    write_page,
)
from tests.explorer_browser import offline_page

#: The state every browser test starts from: c in the L1 corner's cone of the tip (2, 0).
CENTER = (3.0, 1.0)
MATRIX = ((2.0, 0.5), (0.5, 1.0))
RADIUS = 2.0
MINUS = "\u2212"


# ---------------------------------------------------------------------- static checks


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_page_is_small_and_fetches_nothing(lang):
    html = build_page(explorer_state(), lang)
    assert len(html.encode("utf-8")) < 300_000
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "default-src 'none'" in html and "connect-src 'none'" in html
    assert f'<html lang="{"zh-Hans" if lang == "zh" else "en"}">' in html
    assert f"<title>{page_strings(lang)['title']}</title>" in html


def test_colours_and_sentences_come_from_the_configuration():
    script = (ASSETS / "explorer.js").read_text(encoding="utf-8")
    style = (ASSETS / STYLE).read_text(encoding="utf-8")
    for text in (script, style):
        assert not re.search(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(", text)
    assert "console.log" not in script and SCRIPTS[-1] == "explorer.js"
    used = set(re.findall(r"\bS\.(\w+)", script))
    used |= {f"{kind}_{name}" for kind, names in (
        ("panel", ("l1", "l2", "enet", "lp")), ("pen", ("l1", "l2", "enet")),
        ("face", ("vertex", "edge", "boundary", "interior", "origin")),
        ("field", ("a", "b", "d"))) for name in names}
    for lang in ("en", "zh"):
        assert used <= set(page_strings(lang)), used - set(page_strings(lang))


# ---------------------------------------------------------------------- the browser


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    root = tmp_path_factory.mktemp("explorer")
    state = explorer_state(center=CENTER, matrix=MATRIX, radius=RADIUS, norm="l1",
                           layout="both", form="constrained", lam=1.0)
    return {lang: write_page(root / f"explore-{lang}.html", build_page(state, lang))
            for lang in ("en", "zh")}


@pytest.fixture
def page(browser, pages):
    with offline_page(browser, pages["en"]) as opened:
        opened.page.wait_for_function("window.normviz !== undefined")
        yield opened.page
        settle(opened.page)
    assert opened.errors == [] and opened.blocked == []


def settle(page) -> None:
    """Wait for the page's next animation frame (its coalesced redraw)."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => done()))")


def shown(page, index: int) -> dict[str, str]:
    """The numbers and words panel ``index``'s read-out shows, by their key."""
    return page.evaluate("""index => Object.fromEntries([...document.querySelectorAll(
        `#panel-${index} .readout span.num`)].map(span => [span.dataset.key, span.textContent]))""",
                         index)


def number(text: str) -> float:
    return float(text.replace(MINUS, "-"))


def state(page) -> dict:
    return page.evaluate("normviz.getState()")


def enter(page, field: str, text: str) -> None:
    """Type ``text`` into the number box of ``field`` and press Enter (which applies it)."""
    page.locator(f"#{field}-number").fill(text)
    page.locator(f"#{field}-number").press("Enter")


def assert_digits(text: str, value: float) -> None:
    """``text`` is ``value`` to the 4 significant digits shown; "0" exactly when 0."""
    if value == 0.0:
        assert text == "0"
    else:
        assert text != "0"
        assert number(text) == pytest.approx(value, rel=6e-4, abs=1e-300)


def assert_constrained(page, index: int, norm: str) -> None:
    """Panel ``index`` shows mathcore's optimum over the ``norm`` ball for the page's state."""
    now = state(page)
    solution = solve_constrained(QuadraticLoss.create(now["center"], now["matrix"]), norm,
                                 now["radius"])
    numbers = shown(page, index)
    assert_digits(numbers["b1"], float(solution.beta[0]))
    assert_digits(numbers["b2"], float(solution.beta[1]))
    assert_digits(numbers["loss"], solution.loss)
    assert_digits(numbers["mu"], solution.multiplier)


def screen_point(page, index: int, point) -> tuple[float, float, float]:
    """Where the world point lies on panel ``index``'s canvas (page pixels), and the scale."""
    return tuple(page.evaluate("""([index, x, y]) => {
        const canvas = document.querySelector(`#panel-${index} canvas`);
        const box = canvas.getBoundingClientRect();
        const width = canvas.clientWidth, height = canvas.clientHeight;
        const scale = Math.min(width, height) / (2 * normviz.getState().view);
        return [box.left + canvas.clientLeft + width / 2 + x * scale,
                box.top + canvas.clientTop + height / 2 - y * scale, scale];
    }""", [index, *point]))


def canvas_pixels(page, index: int) -> str:
    settle(page)
    return page.evaluate("i => document.querySelector(`#panel-${i} canvas`).toDataURL()", index)


# ---------------------------------------------------------------------- the tests


@pytest.mark.slow
def test_opens_offline_with_mathcores_optimum_and_its_words(page):
    assert page.evaluate("document.documentElement.lang") == "en"
    assert state(page)["center"] == list(CENTER)
    assert_constrained(page, 0, "l1")
    assert_constrained(page, 1, "l2")
    first = shown(page, 0)
    assert first["b2"] == "0" and first["face"] == "On a corner"
    assert first["zeros"] == "β₂* = 0 exactly"
    assert not page.locator("#panel-0 .shade-legend").is_hidden()  # L1's cones are shaded
    assert page.locator("#panel-1 .shade-legend").is_hidden()
    assert page.evaluate("""() => [...document.querySelectorAll('input')]
        .every(input => input.labels.length > 0)""")
    # one short live summary, not the read-outs; a number box is named apart from its slider
    assert page.locator("[aria-live]").count() == 1
    assert page.locator("#announce[aria-live=polite]").inner_text() == ""
    assert page.evaluate("i => i.labels[0].textContent", page.locator("#radius-number")
                         .element_handle()) == "Radius t, value"
    assert page.locator("#radius-range").get_attribute("aria-valuetext") == "Radius t = 2"
    assert page.locator("#angle-range").get_attribute("aria-valuetext") == (
        f"Angle = {page.locator('#angle-number').input_value()}°")
    assert page.locator("canvas[tabindex='0'][aria-label]").count() == 2
    assert page.locator("input[type=range]").count() == 7
    assert page.locator("input[type=range] + input[type=text]").count() == 7  # a number beside
    # a field that may be negative gets a keyboard with a minus sign (not iOS's decimal pad)
    modes = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        'input[type=text]')].map(input => [input.id.replace('-number', ''), input.inputMode]))""")
    assert {name for name, mode in modes.items() if mode != "decimal"} == {"c1", "c2", "b", "angle"}
    assert all(modes[name] == "text" for name in ("c1", "c2", "b", "angle"))
    assert page.locator("#key-zero").inner_text().startswith("an optimum with an exact 0;")


@pytest.mark.slow
def test_dragging_c_moves_the_optimum(page):
    before = state(page)["center"]
    x, y, scale = screen_point(page, 0, before)
    view = state(page)["view"]
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 90, y - 60, steps=6)
    page.mouse.up()
    after = state(page)["center"]
    assert state(page)["view"] == view  # the scale holds when the drag ends
    assert after[0] == pytest.approx(before[0] - 90 / scale, abs=1.5 / scale)
    assert after[1] == pytest.approx(before[1] + 60 / scale, abs=1.5 / scale)
    assert float(page.locator("#c1-number").input_value()) == pytest.approx(after[0], rel=1e-3)
    assert_constrained(page, 0, "l1")
    assert_constrained(page, 1, "l2")
    # dragging on the right panel moves the same c
    x, y, _ = screen_point(page, 1, after)
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 40, y + 100, steps=4)
    page.mouse.up()
    assert state(page)["center"][1] < after[1]
    assert_constrained(page, 0, "l1")
    assert_constrained(page, 1, "l2")


@pytest.mark.slow
def test_the_radius_slider_and_its_number(page):
    page.locator("#radius-range").fill("1.5")
    assert state(page)["radius"] == 1.5
    assert page.locator("#radius-number").input_value() == "1.5"
    assert page.locator("#radius-range").get_attribute("aria-valuetext") == "Radius t = 1.5"
    assert_constrained(page, 0, "l1")
    assert_constrained(page, 1, "l2")
    enter(page, "radius", "0.75")
    assert state(page)["radius"] == 0.75
    assert page.locator("#radius-range").input_value() == "0.75"
    assert_constrained(page, 0, "l1")
    assert_constrained(page, 1, "l2")
    enter(page, "radius", "5")  # c inside both balls: the constraint is slack
    numbers = shown(page, 0)
    assert (numbers["b1"], numbers["b2"], numbers["mu"]) == ("3.000", "1.000", "0")
    assert "c is inside the ball" in page.locator("#panel-0 .readout").inner_text()


@pytest.mark.slow
def test_the_arrow_keys_move_c(page):
    canvas = page.locator("#panel-0 canvas")
    canvas.focus()
    start = state(page)["center"]
    canvas.press("ArrowLeft")
    canvas.press("ArrowLeft")
    step = (start[0] - state(page)["center"][0]) / 2
    assert step > 0
    canvas.press("Shift+ArrowUp")
    now = state(page)["center"]
    assert now[1] == pytest.approx(start[1] + 5 * step)
    assert now[0] == pytest.approx(start[0] - 2 * step)
    assert_constrained(page, 0, "l1")
    assert_constrained(page, 1, "l2")
    canvas.press("ArrowDown")
    assert state(page)["center"][1] == pytest.approx(start[1] + 4 * step)
    assert_constrained(page, 1, "l2")


@pytest.mark.slow
def test_the_live_region_says_one_short_summary_after_a_burst_of_keys(page):
    page.evaluate("""() => {
        window.said = [];
        new MutationObserver(() => window.said.push(document.getElementById("announce")
            .textContent)).observe(document.getElementById("announce"), {childList: true});
    }""")
    page.locator("#panel-0 canvas").focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    page.wait_for_function("() => window.said.length > 0")
    page.wait_for_timeout(100)
    said = page.evaluate("window.said")
    assert len(said) == 1  # debounced: once for the burst
    c1, c2 = state(page)["center"]
    first, second = shown(page, 0), shown(page, 1)
    assert said[0] == (f"c = ({c1:.3g}, {c2:.3g}). L1: β* = ({number(first['b1']):.3g}, 0), "
                       f"β₂* exactly 0. L2: β* = ({number(second['b1']):.3g}, "
                       f"{number(second['b2']):.3g}), no zero.")


BAD_VALUES = [
    ("radius", "", "Radius t: empty. Enter a number greater than 0 and at most 100."),
    ("radius", "-1", f"Radius t: {MINUS}1 is out of range. Enter a number greater than 0"),
    ("radius", "0", "Radius t: 0 is out of range."),
    ("radius", "two", "Radius t: “two” is not a number."),
    ("c1", "1..2", f"c₁: “1..2” is not a number. Enter a number from {MINUS}100 to 100."),
    ("axis2", "-3", f"Half-axis 2: {MINUS}3 is out of range. Enter a number greater than 0"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("field", "text", "message"), BAD_VALUES,
                         ids=["empty", "negative", "zero", "word", "c1-typo", "axis-negative"])
def test_a_bad_value_is_named_and_the_last_good_state_kept(page, field, text, message):
    before = (state(page), shown(page, 0), shown(page, 1), canvas_pixels(page, 0))
    field_input = page.locator(f"#{field}-number")
    good = field_input.input_value()
    field_input.fill(text)
    field_input.press("Enter")
    alert = page.locator(f"#{field}-error[role=alert]")
    assert message in alert.inner_text()
    assert field_input.get_attribute("aria-invalid") == "true"
    assert (state(page), shown(page, 0), shown(page, 1), canvas_pixels(page, 0)) == before
    page.locator("#panel-0 canvas").press("ArrowRight")  # moves c: c's fields show it
    if field in ("c1", "c2"):
        assert alert.inner_text() == "" and field_input.get_attribute("aria-invalid") is None
        assert number(field_input.input_value()) == state(page)["center"][field == "c2"]
    else:  # left: the box shows the last good value again, and the message says it was kept
        head = message.split(". ")[0].rstrip(".")
        assert field_input.input_value() == good
        assert alert.inner_text() == f"{head}; kept {good}."
    enter(page, field, "1.25")
    assert alert.inner_text() == ""
    assert field_input.get_attribute("aria-invalid") is None


@pytest.mark.slow
def test_a_matrix_that_is_not_positive_semi_definite_is_refused(page):
    enter(page, "a", "1")  # [[1, 0.5], [0.5, 1]]: a good matrix, applied
    assert state(page)["matrix"] == [[1, 0.5], [0.5, 1]]
    assert page.locator("#axis1-number").input_value() == f"{2 ** 0.5:.4g}"  # 1/sqrt(0.5)
    assert page.locator("#angle-number").input_value() == "135"
    before = (state(page), shown(page, 0), shown(page, 1), canvas_pixels(page, 1))
    page.locator("#b-number").fill("2")  # [[1, 2], [2, 1]]: eigenvalues 3 and -1
    page.locator("#b-number").press("Enter")
    message = page.locator("#matrix-error[role=alert]").inner_text()
    assert message.startswith("Matrix A: A = [[1, 2], [2, 1]] is not positive semi-definite.")
    assert "a ≥ 0, d ≥ 0 and ad ≥ b²" in message
    assert (state(page), shown(page, 0), shown(page, 1), canvas_pixels(page, 1)) == before
    page.locator("#b-number").fill("")
    page.locator("#b-number").press("Enter")
    assert "Matrix A, entry b: empty." in page.locator("#matrix-error").inner_text()
    enter(page, "b", "-0.25")
    assert page.locator("#matrix-error").inner_text() == ""
    assert state(page)["matrix"] == [[1, -0.25], [-0.25, 1]]
    assert_constrained(page, 0, "l1")
    assert_constrained(page, 1, "l2")
    page.locator("#angle-range").fill("30")  # the shape's sliders write the matrix
    a, b, d = (float(page.locator(f"#{name}-number").input_value()) for name in "abd")
    assert np.degrees(np.arctan2(*np.linalg.eigh([[a, b], [b, d]])[1][::-1, 0])) % 180 == (
        pytest.approx(30, abs=0.1))
    assert_constrained(page, 1, "l2")


@pytest.mark.slow
def test_typed_text_applies_only_when_done(page):
    """Typing "1e3" one key at a time never applies t = 1 (nor 1e): only Enter does, and
    it refuses 1000; leaving the box shows the last good value, and the message says so."""
    box = page.locator("#radius-number")
    box.fill("")
    for key in "1e3":
        box.press_sequentially(key)
        assert state(page)["radius"] == RADIUS
        assert page.locator("#radius-error").inner_text() == ""
    box.press("Enter")
    assert state(page)["radius"] == RADIUS
    message = page.locator("#radius-error").inner_text()
    assert message.startswith("Radius t: 1e3 is out of range.")
    assert box.get_attribute("aria-invalid") == "true"
    page.locator("#c1-number").focus()  # leaving the box: back to the last good value
    assert box.input_value() == "2" and box.get_attribute("aria-invalid") is None
    assert page.locator("#radius-error").inner_text() == "Radius t: 1e3 is out of range; kept 2."
    box.fill("1.5")
    page.locator("#c2-number").focus()  # leaving the box is done too: applied
    assert state(page)["radius"] == 1.5 and page.locator("#radius-error").inner_text() == ""


@pytest.mark.slow
def test_a_refused_switch_says_why_and_the_radios_show_the_state(page):
    page.locator("#form-penalised").check()  # A positive definite: the lasso's form exists
    enter(page, "d", "0.125")  # ad = b^2: a singular A, refused for the penalised lasso
    message = page.locator("#matrix-error").inner_text()
    assert "needs A positive definite" in message
    assert page.locator("#form-penalised").get_attribute("aria-describedby") is None
    assert message.endswith("Enter a, b, d with a > 0 and ad > b² (or switch to the "
                            "constrained form).")
    assert state(page)["matrix"] == [list(row) for row in MATRIX]
    page.locator("#form-constrained").check()
    enter(page, "d", "0.125")  # the constrained form takes a singular A
    assert state(page)["matrix"] == [[2, 0.5], [0.5, 0.125]]
    page.locator("#form-penalised").click()  # refused: the radios show the state
    assert state(page)["form"] == "constrained"
    assert page.locator("#form-constrained").is_checked()
    assert not page.locator("#form-penalised").is_checked()
    assert page.locator("#row-radius").is_visible() and page.locator("#row-lam").is_hidden()
    reason = page.locator("#form-error[role=alert]").inner_text()
    assert reason == ("Not switched to “Penalised: min f(β) + λP(β)”: the penalised lasso (or "
                      "elastic net with ρ = 1) needs A positive definite (a > 0 and ad > b²), "
                      "and this A is singular; ridge, and the elastic net with ρ < 1, do not.")
    assert page.locator("#form-penalised").get_attribute("aria-describedby") == "form-error"
    page.locator("#view-l2").check()  # ridge's penalty has a ridge part: allowed
    page.locator("#form-penalised").check()
    assert state(page)["form"] == "penalised" and page.locator("#form-error").inner_text() == ""
    page.locator("#view-l1").click()  # the penalised lasso again: refused
    assert (state(page)["layout"], state(page)["norm"]) == ("single", "l2")
    assert page.locator("#view-l2").is_checked() and not page.locator("#view-l1").is_checked()
    assert page.locator("#view-error").inner_text().startswith(
        "Not switched to “L1: diamond (LASSO)”: the penalised lasso (or elastic net with ρ = 1) "
        "needs A positive definite")


@pytest.mark.slow
def test_a_segment_of_optima_is_drawn_and_said_first(page):
    page.evaluate("normviz.setState({matrix: [[1, 1], [1, 1]]})")  # f = (b1 + b2 - 4)^2
    lines = page.locator("#panel-0 .readout p:not([hidden])").all_inner_texts()
    assert lines[0] == ("Not unique: a whole segment, from (0, 2.000) to (2.000, 0), is "
                        "optimal; the dot is one of its points.")
    assert lines[1] == "β* = (2.000, 0)"
    # the whole edge is optimal: not "a corner"; its ends are the optimal points with a 0
    assert lines[2] == ("On an edge, all of it optimal: an exact 0 only at (0, 2.000) and "
                        "(2.000, 0); the dot is one of them")
    assert page.locator("#panel-0 .singular-legend").is_visible()
    assert page.locator("#key-optimum").inner_text().startswith(
        "an optimum with no coefficient 0; also a whole segment of optima and its dot")
    assert page.locator("#key-segment").is_visible()
    assert page.locator("#panel-1 .readout p").first.inner_text().startswith("β* = (")
    # the dot is in the optimum's colour, not the zero colour: the optima have no 0
    x, y, _ = screen_point(page, 0, (2, 0))
    settle(page)
    pixel = page.evaluate("""([x, y]) => {
        const canvas = document.querySelector("#panel-0 canvas");
        const box = canvas.getBoundingClientRect();
        const ratio = canvas.width / canvas.clientWidth;
        return [...canvas.getContext("2d").getImageData(Math.round((x - box.left) * ratio),
            Math.round((y - box.top) * ratio), 1, 1).data.slice(0, 3)];
    }""", [x, y])
    colors = page.evaluate("JSON.parse(document.getElementById('normviz-config')"
                           ".textContent).colors")
    assert "#" + "".join(f"{value:02x}" for value in pixel) == colors["optimum"].lower()
    page.evaluate("normviz.setState({matrix: [[2, 0.5], [0.5, 1]]})")
    assert page.locator("#key-segment").is_hidden()
    assert page.locator("#panel-0 .singular-legend").is_hidden()
    assert page.locator("#key-optimum").inner_text() == "an optimum with no coefficient 0"


@pytest.mark.slow
def test_a_segment_through_the_ball_names_its_points_with_a_zero(page):
    """A singular, c = (3, -2): f = (b1 + b2 - 1)^2 reaches 0 along a line through the ball,
    so mu = 0 and the optimum is the chord from (-0.5, 1.5) to (1.5, -0.5); its points
    (0, 1) and (1, 0) have an exact 0, the dot does not.  The shading and the rays are not
    drawn, and the page says so; the colour key and the why-line claim nothing undrawn."""
    page.evaluate("normviz.setState({matrix: [[1, 1], [1, 1]], center: [3, -2]})")
    for index in (0, 1):
        lines = page.locator(f"#panel-{index} .readout p:not([hidden])").all_inner_texts()
        assert lines[2] == ("On a chord of the ball: an exact 0 only at (0, 1.000) and "
                            "(1.000, 0); the dot has none")
        assert shown(page, index)["mu"] == "0"
        assert lines[-1] == ("The constraint does not bind (μ = 0): f reaches its least value, "
                             "0, all along the segment.")
        assert "no coefficient is exactly 0" not in page.locator(
            f"#panel-{index} .readout").inner_text()
        assert page.locator(f"#panel-{index} .shade-legend").is_hidden()
        assert page.locator(f"#panel-{index} .singular-legend").inner_text().startswith(
            "A is singular: the regions of c that give an exact 0 are not drawn here")
    assert shown(page, 0)["b1"] == f"{MINUS}0.5000" and shown(page, 0)["b2"] == "1.500"
    assert page.locator("#key-zero").inner_text() == "an optimum with an exact 0"
    assert page.locator("#why").is_hidden()


@pytest.mark.slow
def test_the_smooth_balls_zero_rays_and_the_cone_c_is_in(page):
    rays = page.locator("#panel-1 .rays-legend")
    assert rays.is_visible() and page.locator("#panel-0 .rays-legend").is_hidden()
    assert rays.inner_text() == ("Thin lines: the only c outside the ball for which L2 gives "
                                 "an exact 0 (a set of area 0)")
    assert page.locator("#panel-0 .shade-legend").inner_text().endswith(
        "c is in the outlined region")  # c = (3, 1) is in the cone of the corner (2, 0)
    page.locator("#view-lp").check()  # p = 1.5: smooth, rays too
    assert "for which this Lp ball gives" in page.locator("#panel-0 .rays-legend").inner_text()
    page.locator("#view-l2").check()
    page.locator("#form-penalised").check()  # the penalised form draws no rays
    assert page.locator("#panel-0 .rays-legend").is_hidden()


@pytest.mark.slow
def test_every_ball_and_the_penalised_form(page):
    titles = {}
    for view in ("l1", "l2", "enet", "lp", "both"):
        page.locator(f"#view-{view}").check()
        single = view != "both"
        assert page.locator("#panel-1").is_hidden() == single
        titles[view] = page.locator("#panel-0 .panel-name").inner_text()
        assert page.locator("#row-rho").is_visible() == (view == "enet")
        assert page.locator("#row-p").is_visible() == (view == "lp")
        assert page.locator("#form-penalised").is_disabled() == (view == "lp")
        assert page.locator("#form-note").is_visible() == (view == "lp")
        # the radio is described by the note only while the note is shown
        assert page.locator("#form-penalised").get_attribute("aria-describedby") == (
            "form-note" if view == "lp" else None)
        if view in ("l1", "l2"):
            assert_constrained(page, 0, view)
        if view == "enet":
            page.locator("#rho-range").fill("0.3")
            assert page.locator("#panel-0 .panel-name").inner_text() == (
                "Elastic net, ρ = 0.3: ρ‖β‖₁ + (1 − ρ)‖β‖₂² ≤ ρt + (1 − ρ)t²")
            assert page.locator("#panel-0 .shade-legend").is_visible()
            assert ("f(β) + λ(ρ‖β‖₁ + (1 − ρ)‖β‖₂²) with λ = μ has the same β*"
                    in page.locator("#panel-0 .readout").inner_text())
            # the link is true: the penalised elastic net at lambda = mu has this optimum
            now = state(page)
            mu = number(shown(page, 0)["mu"])
            beta = page.evaluate("""([c, A, lam]) => normviz.penalised({center: c, matrix: A,
                lam, norm: "enet", l1_ratio: 0.3}).beta""", [now["center"], now["matrix"], mu])
            assert_digits(shown(page, 0)["b1"], beta[0])
            assert_digits(shown(page, 0)["b2"], beta[1])
        if view == "lp":
            enter(page, "p", "0.8")
            assert page.locator("#p-range").input_value() == "0.8"
            assert "p = 0.8" in page.locator("#panel-0 .panel-name").inner_text()
            assert shown(page, 0)["b2"] == "0"  # p < 1: a corner on the axis
            text = page.locator("#panel-0 .readout").inner_text()
            assert "not convex" in text and "μ is not computed here" in text
    assert titles["l1"].startswith("L1") and titles["l2"].startswith("L2")
    assert titles["enet"].startswith("Elastic net") and titles["lp"].startswith("Lp ball")

    page.locator("#form-penalised").check()
    assert page.locator("#row-lam").is_visible() and page.locator("#row-radius").is_hidden()
    page.locator("#lam-range").fill("0.5")  # log10: lambda = 10^0.5, shown to 3 digits
    lam = state(page)["lam"]
    assert lam == 3.16 and page.locator("#lam-number").input_value() == "3.16"
    assert page.locator("#lam-range").get_attribute("aria-valuetext") == "λ = 3.16"
    loss = QuadraticLoss.create(CENTER, MATRIX)
    for index, norm in enumerate(("l1", "l2")):
        beta = penalised_optimum(loss, norm, lam)
        numbers = shown(page, index)
        assert_digits(numbers["b1"], float(beta[0]))
        assert_digits(numbers["b2"], float(beta[1]))
        size = np.abs(beta).sum() if norm == "l1" else np.linalg.norm(beta)
        assert_digits(numbers["t"], float(size))
        assert page.locator(f"#panel-{index} .shade-legend").is_hidden()
    # nothing is shaded in the penalised form: the key and the why-line do not say so
    assert page.locator("#key-zero").inner_text() == "an optimum with an exact 0"
    assert page.locator("#why").inner_text().startswith("Why: the lasso's penalty λ‖β‖₁ has a kink")
    page.locator("#view-enet").check()
    assert page.locator("#panel-0 .panel-name").inner_text().startswith("Elastic net, ρ = 0.3")
    page.locator("#view-lp").check()  # no penalised Lp: back to the constrained form
    assert state(page)["form"] == "constrained"
    assert page.locator("#form-constrained").is_checked()


@pytest.mark.slow
def test_chinese_page_and_small_screens(browser, pages):
    with offline_page(browser, pages["zh"], 390, 844) as opened:
        page = opened.page
        page.wait_for_function("window.normviz !== undefined")
        assert page.evaluate("document.documentElement.lang") == "zh-Hans"
        assert "菱形" in page.locator(".hint").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert shown(page, 0)["face"] == "在顶点上"
        page.locator("#radius-number").fill("-2")
        page.locator("#radius-number").press("Enter")
        assert page.locator("#radius-error").inner_text() == (
            f"半径 t：{MINUS}2 超出范围。请输入大于 0、不超过 100 的数。")
        page.set_viewport_size({"width": 1920, "height": 1080})
        settle(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= 1920
        times = page.evaluate("() => Array.from({length: 40}, () => normviz.redraw())")
        assert statistics.median(times) < 16  # the goal is 4 ms; this catches a regression
        settle(page)
    assert opened.errors == [] and opened.blocked == []
