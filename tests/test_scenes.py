"""Render the scenes at low quality and check what the viewer sees against mathcore."""

from __future__ import annotations

import av
import numpy as np
import pytest

from mathcore import QuadraticLoss, norm_value, solve_constrained
from scenes import pieces
from tests.scene_rendering import assert_inside_frame, boxes_overlap, render_scene
from tests.stories import L1Tangency, L2Tangency


@pytest.fixture(scope="session", params=[L1Tangency, L2Tangency], ids=["l1", "l2"])
def rendered(request, tmp_path_factory):
    media = tmp_path_factory.mktemp(request.param.__name__)
    return render_scene(request.param, media, frames=True), media


def expected(scene):
    loss = QuadraticLoss.create(scene.center, scene.matrix)
    return loss, solve_constrained(loss, scene.norm, scene.radius)


@pytest.mark.slow
def test_video_written(rendered):
    scene, media = rendered
    videos = list(media.rglob(f"{type(scene).__name__}.mp4"))
    assert len(videos) == 1
    with av.open(str(videos[0])) as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (854, 480)
        seconds = float(container.duration / av.time_base)
        assert seconds == pytest.approx(scene.renderer.time, abs=0.2)


@pytest.mark.slow
def test_solution_marker_sits_at_the_optimum(rendered):
    scene, _ = rendered
    _, solution = expected(scene)
    dot = scene.marker[0]
    np.testing.assert_allclose(scene.axes.p2c(dot.get_center())[:2], solution.beta, atol=1e-6)
    assert dot in scene.mobjects or any(dot in m.get_family() for m in scene.mobjects)


@pytest.mark.slow
def test_final_contour_touches_and_never_enters_the_ball(rendered):
    scene, _ = rendered
    loss, solution = expected(scene)
    assert scene.level.get_value() == pytest.approx(solution.loss, rel=1e-12)
    points = scene.contour.data_points()
    np.testing.assert_allclose(loss.value(points), solution.loss, rtol=1e-6)
    assert norm_value(points, scene.norm).min() >= solution.radius * (1 - 1e-9)
    assert solution.face != "interior"


@pytest.mark.slow
def test_coordinates_read_out_as_mathcore_says(rendered):
    scene, _ = rendered
    _, solution = expected(scene)
    shown = scene.readout_coordinates.split(", ")
    assert shown == [pieces.format_coefficient(x) for x in solution.beta]
    if scene.norm == "l1":
        assert solution.face == "vertex"
        assert [shown[i] for i in solution.zeros] == ["0"]
        assert "β₂* = 0" in scene.note_text()
    else:
        assert solution.face == "boundary"
        assert "0" not in shown and solution.zeros == ()


@pytest.mark.slow
def test_layout_nothing_cut_off_or_overlapping(rendered):
    scene, _ = rendered
    assert_inside_frame(scene)
    texts = [scene.title, scene.problem, scene.data, scene.caption, scene.readout,
             scene.note, scene.marker[1], scene.center_marker[1]]
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert not boxes_overlap(a, b), (a, b)
    for panel_text in [scene.problem, scene.data, scene.caption, scene.readout, scene.note]:
        assert panel_text.get_left()[0] > scene.axes.get_right()[0]
    assert not boxes_overlap(scene.title, scene.axes)
    # readable at 480p: no text shrunk below font size 18 (about 9 px capital height)
    for text_mobject in [*texts, *scene.labels]:
        assert text_mobject.font_size >= 18, text_mobject


class InteriorL2(L2Tangency):
    center = (0.5, -0.5)


@pytest.mark.slow
def test_interior_case_says_so(tmp_path):
    scene = render_scene(InteriorL2, tmp_path)
    assert scene.solution.face == "interior"
    np.testing.assert_allclose(scene.axes.p2c(scene.marker[0].get_center())[:2], [0.5, -0.5],
                               atol=1e-6)
    assert scene.note_text().startswith("c is inside the ball")
    assert scene.title.original_text.endswith("minimum is inside")  # no touch is claimed
    assert scene.level.get_value() == 0.0


def test_formula_falls_back_to_pango_without_latex(monkeypatch, caplog):
    import shutil

    pieces.latex_available.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    try:
        with caplog.at_level("WARNING", logger="manim"):
            first = pieces.formula(r"\beta", "β")
            pieces.formula(r"\gamma", "γ")
        assert first.__class__.__name__ == "Text"
        warnings = [r for r in caplog.records if "LaTeX" in r.getMessage()]
        assert len(warnings) == 1
    finally:
        pieces.latex_available.cache_clear()


def test_no_latex_render_does_not_crash(tmp_path, monkeypatch):
    import shutil

    pieces.latex_available.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    try:
        scene = render_scene(L1Tangency, tmp_path)
        assert scene.problem.__class__.__name__ == "Text"
    finally:
        pieces.latex_available.cache_clear()


def test_a_live_line_sets_its_fields_where_pango_sets_the_whole_text():
    """Ligatures ("fi", "fl", "ffi") are one glyph each: the fields still land where the
    whole text, laid out by Pango, has their characters."""
    from scenes.live_text import LiveLine

    line = LiveLine("fine fl {} office {}", ["12", "7"])
    whole = pieces.label("fine fl 12 office 7").submobjects
    shift = line.static[0].get_left()[0] - whole[0].get_left()[0]
    drawn = [line.static[:4], line.slots[0][:2], line.static[4:], line.slots[1][:1]]
    lefts = [glyph.get_left()[0] - shift for part in drawn for glyph in part]
    assert np.allclose(lefts, [glyph.get_left()[0] for glyph in whole], atol=0.01)
