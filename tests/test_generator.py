"""``normviz render`` end to end at low quality: outputs, sidecar, cache, atomic writes,
batches (worker processes and a Dask cluster), embedding and the gallery in Chromium."""

from __future__ import annotations

import collections
import functools
import hashlib
import http.server
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import av
import distributed
import numpy as np
import pytest
import srt
from PIL import Image

from mathcore import QuadraticLoss, solve_constrained
from normviz.cli import main
from normviz.outputs import read_all
from normviz.transcode import probe
from scenes import defaults
from scenes.cues import cues
from scenes.strings import text

#: Session-scoped fixtures: the render of l1 is made once on the module's worker (a
#: module-scoped fixture is made again each time the worker comes back to the module).
pytestmark = pytest.mark.slow
#: The beats of ``normviz render l1`` (the side-by-side video, focused on L1).
SIDE_BY_SIDE_BEATS = ["sbs_balls", "sbs_problem", "sbs_grow", "sbs_touch_corner",
                      "sbs_turn_stick", "sbs_recap"]
CLI = [sys.executable, "-m", "normviz.cli"]
CHROMIUM = "/usr/bin/chromium"


def normviz(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *argv], capture_output=True, text=True, check=False, cwd=cwd)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file()}


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    """``normviz render l1 --format mp4,webm,gif`` in a fresh folder: (cwd, stdout lines)."""
    cwd = tmp_path_factory.mktemp("project")
    done = normviz("render", "l1", "--format", "mp4,webm,gif", cwd=cwd)
    assert done.returncode == 0, done.stderr
    return cwd, done.stdout.splitlines()


def test_render_prints_the_files_it_wrote(rendered):
    cwd, lines = rendered
    folder = cwd / "renders" / "l1"
    assert lines == [f"renders/l1/l1.{ext}" for ext in
                     ("png", "srt", "vtt", "timeline.json", "mp4", "webm", "gif", "json")]
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(line).name for line in lines)


def test_mp4_plays_in_browsers_and_other_formats_match(rendered):
    folder = rendered[0] / "renders" / "l1"
    mp4 = probe(folder / "l1.mp4")
    assert (mp4["codec"], mp4["pix_fmt"], mp4["width"], mp4["height"]) == \
        ("h264", "yuv420p", 854, 480)
    webm = probe(folder / "l1.webm")
    assert (webm["codec"], webm["width"], webm["height"]) == ("vp9", 854, 480)
    assert abs(webm["duration"] - mp4["duration"]) < 0.1
    with Image.open(folder / "l1.gif") as gif:
        assert gif.size == (854, 480) and gif.n_frames == round(mp4["duration"] * 15)


def test_timeline_has_a_state_for_every_frame(rendered):
    folder = rendered[0] / "renders" / "l1"
    timeline = json.loads((folder / "l1.timeline.json").read_text(encoding="utf-8"))
    with av.open(str(folder / "l1.mp4")) as container:
        frames = sum(1 for _ in container.decode(video=0))
    assert timeline["frame_count"] == frames == len(timeline["trackers"]["level"])
    assert timeline["fps"] == 15 and timeline["pixel_size"] == [854, 480]
    assert [b["name"] for b in timeline["beats"]] == SIDE_BY_SIDE_BEATS
    assert timeline["beats"][0]["first_frame"] == 0
    assert timeline["beats"][-1]["last_frame"] == frames - 1
    levels = [v for v in timeline["trackers"]["level"] if v is not None]
    assert levels == sorted(levels) and levels[-1] == pytest.approx(4.0)  # f(b*) = 4 on L1
    turns = timeline["trackers"]["turn"]
    assert turns == sorted(turns) and turns[0] == 0.0 and turns[-1] == 1.0


def test_poster_is_the_last_frame(rendered):
    folder = rendered[0] / "renders" / "l1"
    with av.open(str(folder / "l1.mp4")) as container:
        # every frame decoded, only the last one converted to RGB
        last = collections.deque(container.decode(video=0), maxlen=1)[0].to_ndarray(
            format="rgb24")
    poster = np.asarray(Image.open(folder / "l1.png").convert("RGB"))
    assert poster.shape == last.shape == (480, 854, 3)
    assert np.abs(poster.astype(int) - last.astype(int)).mean() < 2.0  # H.264 rounding only


def test_subtitles_follow_the_beats(rendered):
    folder = rendered[0] / "renders" / "l1"
    sidecar = json.loads((folder / "l1.json").read_text(encoding="utf-8"))
    subtitles = list(srt.parse((folder / "l1.srt").read_text(encoding="utf-8")))
    shares = {norm: f"{100 * share['share']:.0f}" for norm, share in
              ((norm, sidecar["shown"]["turn"][norm]) for norm in ("l1", "l2"))}
    assert [s.content for s in subtitles] == [
        cue for key in SIDE_BY_SIDE_BEATS for cue in cues(
            text(f"sub_{key}", **(shares if key == "sbs_recap"
                                  else {"radius": "2"} if key == "sbs_balls" else {})), "en")]
    assert subtitles[0].start.total_seconds() == 0.0
    for earlier, later in itertools.pairwise(subtitles):
        assert earlier.end == later.start  # no gap, no overlap
    assert abs(subtitles[-1].end.total_seconds() - sidecar["duration"]) < 0.1
    vtt = (folder / "l1.vtt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT\n\n") and "00:00:00.000 -->" in vtt


def test_sidecar_holds_spec_numbers_versions_and_hash(rendered):
    folder = rendered[0] / "renders" / "l1"
    sidecar = json.loads((folder / "l1.json").read_text(encoding="utf-8"))
    expected = solve_constrained(QuadraticLoss.create(defaults.CENTER, defaults.MATRIX), "l1",
                                 defaults.RADIUS).as_dict()
    assert sidecar["shown"]["solutions"]["l1"] == expected
    assert sidecar["spec"] == {"name": "l1", "scene": "l1", "lang": "en", "quality": "l",
                               "format": ["mp4", "webm", "gif"], "parameters": {},
                               "sections": False}
    assert sidecar["video"]["codec"] == "h264"
    assert abs(sidecar["duration"] - probe(folder / "l1.mp4")["duration"]) < 1e-9
    assert set(sidecar["versions"]) >= {"manim", "numpy", "scipy", "av"}
    assert len(sidecar["content_hash"]) == 64
    assert [b["name"] for b in sidecar["beats"]] == SIDE_BY_SIDE_BEATS
    for relative in sidecar["files"].values():
        content = (folder / relative).read_bytes()
        assert sidecar["records"][relative] == {
            "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
    assert sidecar["environment"]["programs"] == {"latex": True, "dvisvgm": True}
    assert all(path.startswith("/") for path in sidecar["environment"]["fonts"].values())


def test_unchanged_spec_is_skipped(rendered):
    cwd, lines = rendered
    folder = cwd / "renders" / "l1"
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    again = normviz("render", "l1", "--format", "mp4,webm,gif", cwd=cwd)
    assert again.returncode == 0 and again.stdout.splitlines() == lines
    assert "0 rendered, 1 cached" in again.stderr
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


@pytest.fixture(scope="session")
def custom_l2(rendered) -> Path:
    """``normviz render l2`` with a user's numbers, MP4 only, beside the l1 render: the
    render folder."""
    root = rendered[0] / "renders"
    assert main(["render", "l2", "--center=-3,1", "--radius", "1.5", "--name", "mine",
                 "--out", str(root)]) == 0
    return root


def test_custom_numbers_render_their_own_optimum(custom_l2):
    sidecar = json.loads((custom_l2 / "mine" / "mine.json").read_text(encoding="utf-8"))
    expected = solve_constrained(QuadraticLoss.create((-3, 1), defaults.MATRIX), "l2", 1.5)
    assert sidecar["shown"]["solutions"]["l2"]["beta"] == expected.as_dict()["beta"]
    assert sidecar["spec"]["parameters"] == {"center": [-3.0, 1.0], "radius": 1.5}


def test_killed_render_keeps_the_earlier_outputs(rendered):
    cwd, lines = rendered
    folder = cwd / "renders" / "l1"
    before = digests(folder)
    staging = cwd / "renders" / ".staging"
    process = subprocess.Popen([*CLI, "render", "l1", "--format", "mp4,webm,gif", "--force"],
                               cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(staging.glob("l1.*/media/**/*.mp4")) and time.monotonic() < deadline:
        time.sleep(0.05)  # manim is writing the movie: kill it in the middle
    assert process.poll() is None, "the render finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert digests(folder) == before
    assert any(staging.iterdir())  # the killed render's leftovers, not in renders/l1
    again = normviz("render", "l1", "--format", "mp4,webm,gif", cwd=cwd)
    assert again.returncode == 0 and again.stdout.splitlines() == lines
    assert not any(staging.iterdir())  # abandoned staging cleaned up
    assert digests(folder) == before


#: Two short single-ball renders (the batch tests time the batch, not the scenes).
SPEC = """
[defaults]
quality = "l"
[[explainer]]
name = "good-l2"
scene = "tangency"
norm = "l2"
radius = 1.5
[[explainer]]
name = "broken"
scene = "tangency"
"""


#: Loaded by every Python process of the test (workers too, through PYTHONPATH): the
#: render of the explainer named "broken" fails inside its worker.
_BREAK_ONE_RENDER = """
import normviz.render as render
_real = render._render_into
def _broken(spec, staging, digest):
    if spec.name == "broken":
        raise OSError("disk full")
    return _real(spec, staging, digest)
render._render_into = _broken
"""


def test_batch_reports_a_failed_job_and_finishes_the_others(tmp_path):
    (tmp_path / "spec.toml").write_text(SPEC, encoding="utf-8")
    inject = tmp_path / "inject"
    inject.mkdir()
    (inject / "sitecustomize.py").write_text(_BREAK_ONE_RENDER, encoding="utf-8")
    done = subprocess.run([*CLI, "render", "spec.toml", "--workers", "2"], cwd=tmp_path,
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(inject)})
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == "renders/good-l2/good-l2.png"
    assert (tmp_path / "renders" / "good-l2" / "good-l2.json").exists()
    assert not (tmp_path / "renders" / "broken").exists()
    assert "1 rendered, 0 cached (unchanged), 1 failed" in done.stderr
    assert "failed: broken: OSError: disk full" in done.stderr and "Traceback" not in done.stderr


def test_a_file_where_a_render_folder_goes_is_a_usage_error(tmp_path):
    """renders/broken is a file: exit 2, one line naming it, nothing rendered or deleted."""
    (tmp_path / "spec.toml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "renders").mkdir()
    (tmp_path / "renders" / "broken").write_text("a file where the folder should go")
    done = normviz("render", "spec.toml", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "renders/broken is a file" in done.stderr
    assert sorted(p.name for p in (tmp_path / "renders").iterdir()) == ["broken"]
    assert (tmp_path / "renders" / "broken").read_text() == "a file where the folder should go"


def test_batch_on_a_dask_cluster(tmp_path, capsys):
    (tmp_path / "spec.toml").write_text(SPEC.replace('"broken"', '"second"'), encoding="utf-8")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        code = main(["render", str(tmp_path / "spec.toml"), "--scheduler",
                     cluster.scheduler_address, "--out", str(tmp_path / "renders")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "2 rendered" in captured.err
    for name in ("good-l2", "second"):
        sidecar = json.loads((tmp_path / "renders" / name / f"{name}.json").read_text())
        assert sidecar["video"]["codec"] == "h264"
    assert main(["render", "l1", "--scheduler", "tcp://127.0.0.1:9", "--out",
                 str(tmp_path)]) == 2
    assert "--scheduler cannot reach a Dask scheduler" in capsys.readouterr().err


def test_embed_snippets(rendered, capsys):
    cwd = rendered[0]
    root = str(cwd / "renders")
    assert main(["embed", "l1", "--style", "obsidian", "--out", root]) == 0
    assert capsys.readouterr().out.startswith("![[renders/l1/l1.mp4]]\n*")
    assert main(["embed", "l1", "--style", "markdown", "--out", root, "--prefix", "media"]) == 0
    assert capsys.readouterr().out.startswith("[![") and "](media/l1/l1.png)](media/l1/l1.mp4)"
    assert main(["embed", "l1", "--style", "html", "--out", root]) == 0
    snippet = capsys.readouterr().out
    for part in ('poster="renders/l1/l1.png"', 'src="renders/l1/l1.webm" type="video/webm"',
                 'src="renders/l1/l1.mp4" type="video/mp4"', 'src="renders/l1/l1.vtt"'):
        assert part in snippet


def test_gallery_pages(rendered, capsys):
    root = rendered[0] / "renders"
    assert main(["gallery", "--out", str(root)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [str(root / "index.html"), str(root / "index.md")]
    assert lines[2:] == [str(root / "explore" / f"{sidecar.name}.html")  # all tangency scenes
                         for sidecar in read_all(root)]
    page = (root / "index.md").read_text(encoding="utf-8")
    assert "](./l1/l1.png)](./l1/l1.mp4)" in page
    assert "`solutions.l1.beta`: `[2.0, 0.0]`" in page


def test_gallery_videos_load_in_chromium(custom_l2):
    """l1 with a WebM beside its MP4, mine (l2) with an MP4 only: no WebM to fall back on."""
    from playwright.sync_api import sync_playwright

    root = custom_l2
    assert main(["gallery", "--out", str(root)]) == 0
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True,
                args=["--headless", "--no-sandbox", "--disable-gpu",
                      "--disable-background-networking"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/index.html")
            loaded = page.evaluate(_LOAD_EVERY_VIDEO)
            browser.close()
    finally:
        server.shutdown()
    rendered_sidecars = read_all(root)
    assert [Path(source).name for source, _ in loaded] == ["l1.webm", "mine.mp4"]
    for (source, duration), sidecar in zip(loaded, rendered_sidecars, strict=True):
        assert duration == pytest.approx(sidecar.duration, abs=0.1), source


_LOAD_EVERY_VIDEO = """async () => Promise.all([...document.querySelectorAll('video')].map(
  video => new Promise(done => {
    const report = () => done([video.currentSrc, video.duration]);
    if (video.readyState >= 1) { report(); return; }
    video.addEventListener('loadedmetadata', report);
    video.addEventListener('error', () => done([video.currentSrc, 'error']));
    setTimeout(() => done([video.currentSrc, 'timeout']), 20000);
  })))"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass



def test_slides_from_lesson_sections(tmp_path):
    from normviz.render import render_job
    from normviz.slides import slides_page
    from normviz.spec import make_spec

    spec = make_spec({"scene": "tangency", "norm": "l2", "name": "lesson-02-l2"},
                     sections=True)
    assert render_job(spec, str(tmp_path)).status == "rendered"
    sidecar = json.loads((tmp_path / spec.name / f"{spec.name}.json").read_text())
    sections = [k for k in sidecar["files"] if k.startswith("section:") and k.endswith(".mp4")]
    assert len(sections) == len(sidecar["beats"]) == 3
    page = slides_page(tmp_path, [spec.name], tmp_path / "lesson.html").read_text()
    assert page.count("<section") == len(sections)
    for beat in sidecar["beats"]:
        assert beat["subtitle"] in page  # the speaker note of its slide


def test_failed_render_keeps_the_earlier_outputs(rendered, monkeypatch):
    from normviz import transcode
    from normviz.render import render_job
    from normviz.spec import make_spec

    folder = rendered[0] / "renders" / "l1"
    before = digests(folder)

    def broken(source, target):
        Path(target).write_bytes(b"half a gif")
        raise OSError("disk full")

    monkeypatch.setattr(transcode, "to_gif", broken)
    # a short scene under the same name: what is tested is the job's failure, not the scene
    spec = make_spec({"scene": "tangency", "name": "l1", "format": ["mp4", "webm", "gif"]})
    result = render_job(spec, str(rendered[0] / "renders"), force=True)
    assert result.status == "failed" and result.error.startswith("OSError: disk full")
    assert digests(folder) == before
    assert not any((rendered[0] / "renders" / ".staging").iterdir())


def test_gallery_and_embed_escape_what_a_sidecar_says(tmp_path):
    """A sidecar that passes the schema but carries markup in its text fields: the gallery's
    HTML has no tag from it, its Markdown no link or HTML from it, embed neither."""
    from normviz.gallery import embed, gallery_html, gallery_markdown
    from normviz.outputs import read_all
    from tests.fake_renders import published

    root = tmp_path / "renders"
    claim = '<script>alert(1)</script> ](javascript:alert(1)) ![x](http://evil/x.png) `code`'
    published(root, "evil", claim)
    path = root / "evil" / "evil.json"
    data = json.loads(path.read_text())
    data["spec"]["scene"] = '<img src=x onerror="alert(2)">'
    data["shown"] = {"<b>key</b>": "<i>value</i> `tick`"}
    path.write_text(json.dumps(data))
    (sidecar,) = read_all(root)
    page = gallery_html([sidecar])
    assert "<script>" not in page and "<img src=x" not in page and "<b>key" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    markdown = gallery_markdown([sidecar]) + embed(sidecar, "markdown") + embed(sidecar,
                                                                               "obsidian")
    outside_code = re.sub(r"(`+).*?\1", "", markdown)  # a code span shows text as it is
    for raw in ("<script", "](javascript:", "![x](", "<b>", "<i>", "<img"):
        assert raw not in outside_code, raw
    assert '`` "<i>value</i> `tick`" ``' in markdown  # a code span fenced past its backticks
