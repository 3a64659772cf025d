"""The explorer page's window-message protocol, which normviz.widget's front end
(``normviz/explorer/widget.js``) relies on, tested in Debian's Chromium with the page in an
<iframe> of a small parent page (both from ``file://``, the network off):

* a ``{type: "normviz:setState", state}`` message from the parent window is applied: the
  page's state and read-out become mathcore's optimum for the new numbers;
* a bad one is refused (the last good state stays, nothing is thrown), and one from any
  window other than the parent is ignored;
* a change made in the page is posted to the parent as ``{type: "normviz:state", state}``
  (after a drag, once, when it ends); the parent's own setState is not posted back."""

from __future__ import annotations

import re

import pytest

from mathcore import QuadraticLoss, solve_constrained
from normviz.explore import ASSETS, build_page, explorer_state, write_page
from tests.explorer_browser import offline_page

CENTER = (3.0, 1.0)
MATRIX = ((2.0, 0.5), (0.5, 1.0))
RADIUS = 2.0
MINUS = "\u2212"
WAIT_MS = 5000  # for a message the page should post at once

#: The parent: the page in an <iframe>; every message from the iframe's window is kept in
#: window.received (the listener is added before the iframe exists, so none is missed).
PARENT = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>normviz explorer in an iframe</title>
<script>
window.received = [];
window.addEventListener("message", (event) => {
  if (event.source === document.getElementById("explorer").contentWindow) {
    window.received.push(event.data);
  }
});
window.send = (message) => document.getElementById("explorer").contentWindow
  .postMessage(message, "*");
</script>
</head>
<body>
<iframe id="explorer" name="explorer" src="explore.html" title="explorer"
        width="1240" height="760"></iframe>
<iframe id="other" name="other" srcdoc="<p>another window</p>" title="other"
        width="100" height="40"></iframe>
</body>
</html>
"""

#: Resolves with the next message the iframe's window receives, once the page has handled
#: it (the page's listener was added first, so it runs first).
NEXT_MESSAGE = """() => {
    window.nextMessage = new Promise((done) => window.addEventListener(
        "message", (event) => done(event.data), { once: true }));
}"""


@pytest.fixture(scope="module")
def parent(tmp_path_factory):
    root = tmp_path_factory.mktemp("embedded")
    state = explorer_state(center=CENTER, matrix=MATRIX, radius=RADIUS, norm="l1",
                           layout="both", form="constrained")
    write_page(root / "explore.html", build_page(state, "en"))
    path = root / "parent.html"
    path.write_text(PARENT, encoding="utf-8")
    return path


@pytest.fixture
def opened(browser, parent):
    with offline_page(browser, parent) as opened:
        frame = opened.page.frame(name="explorer")
        frame.wait_for_function("window.normviz !== undefined")
        yield opened
    assert opened.errors == [] and opened.blocked == []


def explorer(opened):
    return opened.page.frame(name="explorer")


def received(opened) -> list:
    return opened.page.evaluate("window.received")


def seen(frame) -> list:
    """What the page holds and shows: its state and both panels' read-outs."""
    return frame.evaluate("[normviz.getState(), normviz.readout().panels.map(p => p.shown)]")


def send_from_parent(opened, message: dict) -> None:
    """Post ``message`` from the parent to the iframe; return once the page handled it."""
    frame = explorer(opened)
    frame.evaluate(NEXT_MESSAGE)
    opened.page.evaluate("message => window.send(message)", message)
    assert frame.evaluate("window.nextMessage") == message


def assert_digits(text: str, value: float) -> None:
    """``text`` is ``value`` to the read-out's 4 significant digits; "0" exactly when 0."""
    if value == 0.0:
        assert text == "0"
    else:
        assert float(text.replace(MINUS, "-")) == pytest.approx(value, rel=6e-4)


def widget_keys() -> list[str]:
    """The state's keys that widget.js reads from a "normviz:state" message."""
    script = (ASSETS / "widget.js").read_text(encoding="utf-8")
    return re.findall(r'"(\w+)"', re.search(r"const KEYS = \[(.*?)\];", script).group(1))


def state_messages(messages: list) -> list[dict]:
    assert all(message["type"] == "normviz:state" for message in messages), messages
    return [message["state"] for message in messages]


@pytest.mark.slow
def test_set_state_from_the_parent_shows_mathcores_optimum(opened):
    frame = explorer(opened)
    send_from_parent(opened, {"type": "normviz:setState",
                              "state": {"center": [1.5, -0.5], "radius": 1.2}})
    state, panels = seen(frame)
    assert state["center"] == [1.5, -0.5] and state["radius"] == 1.2
    assert state["matrix"] == [list(row) for row in MATRIX]
    assert float(frame.locator("#radius-number").input_value()) == 1.2
    assert float(frame.locator("#c2-number").input_value()) == -0.5
    loss = QuadraticLoss.create([1.5, -0.5], MATRIX)
    for norm, numbers in zip(("l1", "l2"), panels, strict=True):
        solution = solve_constrained(loss, norm, 1.2)
        assert_digits(numbers["b1"], float(solution.beta[0]))
        assert_digits(numbers["b2"], float(solution.beta[1]))
        assert_digits(numbers["loss"], solution.loss)
        assert_digits(numbers["mu"], solution.multiplier)


@pytest.mark.slow
def test_the_parents_own_state_is_not_posted_back(opened):
    """Only a change made in the page is posted: an echo of the parent's setState would
    undo the parent's next change (widget.js sets its traits one at a time, so the echo of
    a half-set state and the parent's answer to it went back and forth forever)."""
    frame = explorer(opened)
    count = len(received(opened))
    send_from_parent(opened, {"type": "normviz:setState", "state": {"radius": 1.2}})
    assert frame.evaluate("normviz.getState().radius") == 1.2
    frame.locator("#radius-number").fill(str(RADIUS))  # back to the first state: posted
    frame.locator("#radius-number").press("Enter")
    opened.page.wait_for_function("count => window.received.length > count", arg=count,
                                  timeout=WAIT_MS)
    # messages from one window arrive in order: an echo of 1.2 would have come first
    assert [state["radius"] for state in state_messages(received(opened)[count:])] == [RADIUS]


@pytest.mark.slow
def test_a_bad_set_state_is_refused_and_the_last_good_state_kept(opened):
    frame = explorer(opened)
    before = seen(frame)
    for bad in ({"radius": -1}, {"center": [1.5]}, {"norm": "cube"}, {"colour": "red"}):
        send_from_parent(opened, {"type": "normviz:setState", "state": bad})
        assert seen(frame) == before, bad
        assert opened.errors == []  # refused without an uncaught error
    kept = {key: before[0][key] for key in widget_keys()}  # all the page said: the state kept
    assert all(state == kept for state in state_messages(received(opened)))


@pytest.mark.slow
def test_set_state_from_another_window_is_ignored(opened):
    frame = explorer(opened)
    before = seen(frame)
    message = {"type": "normviz:setState", "state": {"radius": 0.5}}
    frame.evaluate(NEXT_MESSAGE)
    frame.evaluate("message => window.postMessage(message, '*')", message)  # to itself
    assert frame.evaluate("window.nextMessage") == message
    assert seen(frame) == before
    frame.evaluate(NEXT_MESSAGE)
    opened.page.frame(name="other").evaluate(  # from a sibling: the parent's other iframe
        "message => window.parent.frames['explorer'].postMessage(message, '*')", message)
    assert frame.evaluate("window.nextMessage") == message
    assert seen(frame) == before


@pytest.mark.slow
def test_a_change_in_the_page_is_posted_to_the_parent(opened):
    page, frame = opened.page, explorer(opened)
    count = len(received(opened))
    frame.locator("#radius-number").fill("0.75")
    frame.locator("#radius-number").press("Enter")
    page.wait_for_function("count => window.received.length > count", arg=count,
                           timeout=WAIT_MS)
    last = state_messages(received(opened))[-1]
    assert sorted(last) == sorted(widget_keys())
    assert last["radius"] == 0.75 and last["center"] == list(CENTER)
    now = frame.evaluate("normviz.getState()")
    assert last == {key: now[key] for key in widget_keys()}

    # a drag of c: nothing while it moves, its end posted once
    canvas = frame.locator("#panel-0 canvas")
    box = canvas.bounding_box()  # in the parent's viewport
    x, y, scale = frame.evaluate("""([x, y]) => {
        const canvas = document.querySelector("#panel-0 canvas");
        const width = canvas.clientWidth, height = canvas.clientHeight;
        const scale = Math.min(width, height) / (2 * normviz.getState().view);
        return [canvas.clientLeft + width / 2 + x * scale,
                canvas.clientTop + height / 2 - y * scale, scale];
    }""", list(CENTER))
    count = len(received(opened))
    page.mouse.move(box["x"] + x, box["y"] + y)
    page.mouse.down()
    page.mouse.move(box["x"] + x - 80, box["y"] + y - 50, steps=5)
    moved = frame.evaluate("normviz.getState().center")
    assert moved[0] == pytest.approx(CENTER[0] - 80 / scale, abs=1.5 / scale)
    assert moved[1] == pytest.approx(CENTER[1] + 50 / scale, abs=1.5 / scale)
    assert len(received(opened)) == count
    page.mouse.up()
    page.wait_for_function("count => window.received.length > count", arg=count,
                           timeout=WAIT_MS)
    page.wait_for_timeout(50)  # room for a second message, which should not come
    after = state_messages(received(opened)[count:])
    assert len(after) == 1
    assert after[0]["center"] == frame.evaluate("normviz.getState().center")
    assert after[0]["radius"] == 0.75
