"""One render job: a spec in, a folder of outputs under ``renders/<name>/`` out.

The outputs of a render named N, all in ``renders/N/``:

* ``N.mp4`` (H.264, yuv420p), ``N.webm`` (VP9), ``N.gif``: the formats asked for;
* ``N.png``: the poster, the video's last frame (always);
* ``N.srt`` and ``N.vtt``: the subtitles, each beat's cut into cues of two short lines,
  in the spec's language (always; WebVTT is what an HTML ``<track>`` reads);
* ``N.timeline.json``: for every frame of the video, the state that decides it (the
  scene's trackers, each plane's data-to-pixel map) and the beats' frame ranges, written
  by the scene base (``scenes.timeline``);
* ``sections/``: manim's section videos and their index (lesson renders);
* ``N.json``: the sidecar: the spec, the numbers on screen (from mathcore), the beats,
  the video's codec and duration, every file's size and sha256, package versions, the
  render environment and the content hash.

Atomic and serialised (``normviz.outputs``): under the lock of N, manim renders into
``renders/.staging/N.<pid>.<token>/``; only when every output is complete is that folder
swapped in as ``renders/N/`` with one rename.  A render that fails or is killed leaves the
earlier folder as it was; its staging folder is removed by the next render of N.

Cached: the content hash covers the spec (not its name), the source of mathcore, scenes
and the render modules, the versions of manim, numpy, scipy and PyAV, and the environment
that changes the pixels: whether LaTeX and dvisvgm are found, and which font files the
theme's families resolve to.  A render is cached when its sidecar has that hash and every
file it lists has the recorded size and sha256.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import importlib.metadata
import json
import re
import shutil
import subprocess
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from manim import tempconfig
from PIL import Image

from normviz import transcode
from normviz.catalog import scene_entry
from normviz.outputs import (
    check_folders,
    name_lock,
    new_staging,
    publish,
    remove_abandoned_staging,
    verified,
)
from normviz.spec import QUALITIES, RenderSpec

#: x264 at manim's crf 23 with the superfast preset: 1.58x the encode speed of manim's
#: default (medium) at equal quality against the raw frames (PSNR 46.2 dB / SSIM 0.9987,
#: medium 45.7 / 0.9986), files 1.33x larger (bench/encode.py; manim.cfg says the same
#: for ``manim render``).
ENCODER_OPTIONS = {"crf": "23", "preset": "superfast"}

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: Source whose code decides the pixels and numbers of a render (the other normviz
#: modules only arrange renders: changing them does not invalidate the cache).
SOURCE_FOLDERS = ("mathcore", "scenes")
SOURCE_MODULES = ("normviz/catalog.py", "normviz/spec.py", "normviz/render.py",
                  "normviz/transcode.py")
VERSIONED_PACKAGES = ("manim", "numpy", "scipy", "av", "normviz")
#: The programs whose presence changes the pixels (formulas typeset or plain text).
RENDER_PROGRAMS = ("latex", "dvisvgm")


@dataclass
class JobResult:
    """What happened to one spec: ``rendered``, ``cached`` or ``failed`` (with the error)."""

    name: str
    status: str
    files: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


def versions() -> dict[str, str]:
    """Installed versions of the packages that shape a render."""
    return {name: importlib.metadata.version(name) for name in VERSIONED_PACKAGES}


@functools.cache
def environment() -> dict[str, object]:
    """What outside Python changes the pixels: LaTeX's programs found or not, and the font
    file each of the theme's families resolves to (fontconfig's choice, as Pango's)."""
    from scenes.theme import FONTS

    programs = {program: shutil.which(program) is not None for program in RENDER_PROGRAMS}
    fonts: dict[str, str] = {}
    for family in FONTS:
        try:
            found = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True,
                                   text=True, timeout=10, check=False).stdout
        except (OSError, subprocess.TimeoutExpired):
            found = ""
        fonts[family] = found or "not found"
    return {"programs": programs, "fonts": fonts}


def source_digest() -> str:
    """sha256 over mathcore's and the scenes' source and data, the render modules, the
    package versions and the render environment."""
    digest = hashlib.sha256()
    paths = [PROJECT_ROOT / module for module in SOURCE_MODULES]
    for folder in SOURCE_FOLDERS:
        paths += sorted(path for path in (PROJECT_ROOT / folder).rglob("*")
                        if path.suffix in (".py", ".csv") and "__pycache__" not in path.parts)
    for path in paths:
        digest.update(str(path.relative_to(PROJECT_ROOT)).encode())
        digest.update(path.read_bytes())
    digest.update(json.dumps(versions(), sort_keys=True).encode())
    digest.update(json.dumps(environment(), sort_keys=True).encode())
    return digest.hexdigest()


def content_hash(spec: RenderSpec, sources: str | None = None) -> str:
    """The hash a render's outputs are cached under."""
    sources = source_digest() if sources is None else sources
    return hashlib.sha256(f"{spec.digest()}:{sources}".encode()).hexdigest()


def expected_kinds(spec: RenderSpec) -> tuple[str, ...]:
    """The files a render of ``spec`` has: poster, subtitles, timeline, each video format."""
    return ("poster", "srt", "vtt", "timeline",
            *(kind for kind in spec.formats if kind != "png"))


def cached_result(spec: RenderSpec, root: Path, digest: str) -> JobResult | None:
    """A ``cached`` result when a render of exactly this content is complete in ``root``:
    it lists every file the spec asks for, and every file its sidecar lists has the
    recorded size and sha256."""
    sidecar = verified(root, spec.name, digest, expected_kinds(spec))
    if sidecar is None:
        return None
    return JobResult(spec.name, "cached", [str(p) for p in sidecar.paths(root)])


def render_job(spec: RenderSpec, root: str, digest: str | None = None,
               force: bool = False) -> JobResult:
    """Render ``spec`` into ``root/<name>/``; never raises (for worker pools).

    Under the lock of the name: unless ``force``, a render of the same content that
    finished meanwhile (a concurrent job) is reported as cached; otherwise it renders and
    publishes.
    ``digest`` is the spec's content hash when the caller has it (a batch hashes the
    sources once).
    """
    started = time.perf_counter()
    root_path = Path(root)
    try:
        digest = content_hash(spec) if digest is None else digest
        check_folders(root_path, [spec.name])
        root_path.mkdir(parents=True, exist_ok=True)
        with name_lock(root_path, spec.name):
            remove_abandoned_staging(root_path, spec.name)
            cached = None if force else cached_result(spec, root_path, digest)
            if cached is not None:
                return cached
            files = _render_and_publish(spec, root_path, digest)
        return JobResult(spec.name, "rendered", [str(p) for p in files],
                         seconds=time.perf_counter() - started)
    except Exception as error:  # reported per job; the batch goes on
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if Path(f.filename).is_relative_to(PROJECT_ROOT)
                and ".venv" not in Path(f.filename).parts]
        where = (ours or frames)[-1] if frames else None
        message = str(error).strip().splitlines()[0] if str(error).strip() else ""
        place = f" ({Path(where.filename).name}:{where.lineno})" if where else ""
        return JobResult(spec.name, "failed", error=f"{type(error).__name__}: {message}{place}",
                         seconds=time.perf_counter() - started)


def _render_and_publish(spec: RenderSpec, root: Path, digest: str) -> list[Path]:
    staging = new_staging(root, spec.name)
    try:
        data = _render_into(spec, staging, digest)
        return publish(staging / "out", root, data).paths(root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _scene_attributes(spec: RenderSpec) -> dict[str, object]:
    """Spec parameters as the scene's class attributes (tuples, as the defaults are)."""
    attributes: dict[str, object] = {"lang": spec.lang}
    for key, value in spec.parameters.items():
        if key == "matrix":
            value = tuple(tuple(row) for row in value)  # type: ignore[union-attr]
        elif key == "center":
            value = tuple(value)  # type: ignore[arg-type]
        attributes[key] = value
    return attributes


def _render_into(spec: RenderSpec, staging: Path, digest: str) -> dict:
    """Render with manim into ``staging/media``; the finished outputs go to ``staging/out``."""
    entry = scene_entry(spec.scene)
    base = entry.load()
    scene_class = type(base.__name__, (base,), _scene_attributes(spec))
    out = staging / "out"
    out.mkdir()
    settings = {"media_dir": str(staging / "media"), "quality": QUALITIES[spec.quality],
                "format": "mp4", "disable_caching": True, "verbosity": "ERROR",
                "progress_bar": "none", "save_sections": spec.sections,
                "write_to_movie": True, "video_encoder_options": ENCODER_OPTIONS}
    started = time.perf_counter()
    with tempconfig(settings):
        scene = scene_class()
        scene.render()
        writer = scene.renderer.file_writer
        movie = Path(writer.movie_file_path)
        subtitles = writer.output_plan.subcaption_file
        sections = Path(writer.sections_output_dir) if spec.sections else None
        last_frame = scene.renderer.get_frame()
    files: dict[str, str] = {}
    name = spec.name
    Image.fromarray(np.asarray(last_frame)).convert("RGB").save(out / f"{name}.png")
    files["poster"] = f"{name}.png"
    shutil.copyfile(subtitles, out / f"{name}.srt")
    files["srt"] = f"{name}.srt"
    (out / f"{name}.vtt").write_text(srt_to_vtt(Path(subtitles).read_text(encoding="utf-8")),
                                     encoding="utf-8")
    files["vtt"] = f"{name}.vtt"
    shutil.copyfile(scene.timeline_path, out / f"{name}.timeline.json")
    files["timeline"] = f"{name}.timeline.json"
    video = transcode.probe(movie)
    if "mp4" in spec.formats:
        shutil.copyfile(movie, out / f"{name}.mp4")
        files["mp4"] = f"{name}.mp4"
    if "webm" in spec.formats:
        transcode.to_webm(movie, out / f"{name}.webm")
        files["webm"] = f"{name}.webm"
    if "gif" in spec.formats:
        transcode.to_gif(movie, out / f"{name}.gif")
        files["gif"] = f"{name}.gif"
    if sections is not None:
        shutil.copytree(sections, out / "sections")
        for path in sorted((out / "sections").iterdir()):
            files[f"section:{path.name}"] = f"sections/{path.name}"
    return {
        "spec": spec.as_dict(),
        "claim": entry.claim(spec.lang),
        "content_hash": digest,
        "files": files,
        "video": video,
        "duration": video["duration"],
        "beats": scene.beats,
        "shown": scene.shown,
        "versions": versions(),
        "environment": environment(),
        "render_seconds": round(time.perf_counter() - started, 3),
        "rendered_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }


def srt_to_vtt(subtitles: str) -> str:
    """SubRip text as WebVTT (what a browser's ``<track>`` reads): header, dotted times."""
    lines = [re.sub(r"(\d\d:\d\d:\d\d),(\d\d\d)", r"\1.\2", line) if "-->" in line else line
             for line in subtitles.splitlines()]
    return "WEBVTT\n\n" + "\n".join(lines) + "\n"
