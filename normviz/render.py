"""One render job: a spec in, a folder of outputs under ``renders/<name>/`` out.

The outputs of a render named N, all in ``renders/N/``:

* ``N.mp4`` (H.264, yuv420p), ``N.webm`` (VP9), ``N.gif``: the formats asked for;
* ``N.png``: the poster, the video's last frame (always);
* ``N.srt`` and ``N.vtt``: the subtitles, one per storyboard beat, in the spec's language
  (always; WebVTT is what an HTML ``<track>`` reads);
* ``N.timeline.json``: for every frame of the video, the state that decides it (the
  scene's trackers, each plane's data-to-pixel map) and the beats' frame ranges, written
  by the scene base (``scenes.timeline``);
* ``sections/``: manim's section videos and their index (lesson renders);
* ``N.json``: the sidecar: the spec, the numbers on screen (from mathcore), the beats,
  the video's codec and duration, package versions, and the content hash.

Atomic: manim renders into ``renders/.staging/N.<pid>.<token>/``; only when every output
is complete are the files moved into ``renders/N/`` (``os.replace``, same file system),
the sidecar last.  A render that fails or is killed leaves the earlier outputs as they
were; its staging folder is removed by the next render of N.

Cached: the content hash covers the spec (not its name), the source of mathcore, scenes
and this generator, and the versions of manim, numpy, scipy and PyAV.  When the sidecar
in ``renders/N/`` has the same hash and every file it lists exists, ``cached_result``
finds it and the batch renders nothing.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import time
import traceback
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from manim import tempconfig
from PIL import Image

from normviz import transcode
from normviz.catalog import scene_entry
from normviz.spec import QUALITIES, RenderSpec

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: Source whose code decides the pixels and numbers of a render (the other normviz
#: modules only arrange renders: changing them does not invalidate the cache).
SOURCE_FOLDERS = ("mathcore", "scenes")
SOURCE_MODULES = ("normviz/catalog.py", "normviz/spec.py", "normviz/render.py",
                  "normviz/transcode.py")
VERSIONED_PACKAGES = ("manim", "numpy", "scipy", "av", "normviz")
STAGING = ".staging"


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


def source_digest() -> str:
    """sha256 over mathcore's and the scenes' source and data, the render modules, versions."""
    digest = hashlib.sha256()
    paths = [PROJECT_ROOT / module for module in SOURCE_MODULES]
    for folder in SOURCE_FOLDERS:
        paths += sorted(path for path in (PROJECT_ROOT / folder).rglob("*")
                        if path.suffix in (".py", ".csv") and "__pycache__" not in path.parts)
    for path in paths:
        digest.update(str(path.relative_to(PROJECT_ROOT)).encode())
        digest.update(path.read_bytes())
    digest.update(json.dumps(versions(), sort_keys=True).encode())
    return digest.hexdigest()


def content_hash(spec: RenderSpec, sources: str | None = None) -> str:
    """The hash a render's outputs are cached under."""
    sources = source_digest() if sources is None else sources
    return hashlib.sha256(f"{spec.digest()}:{sources}".encode()).hexdigest()


def sidecar_path(root: Path, name: str) -> Path:
    return root / name / f"{name}.json"


def read_sidecar(root: Path, name: str) -> dict | None:
    """The sidecar of render ``name``, or None when there is none (or it is unreadable)."""
    try:
        return json.loads(sidecar_path(root, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def output_files(root: Path, sidecar: dict) -> list[Path]:
    """Every file a sidecar lists, the sidecar itself last."""
    folder = root / sidecar["spec"]["name"]
    return [folder / name for name in sidecar["files"].values()] + [
        sidecar_path(root, sidecar["spec"]["name"])]


def cached_result(spec: RenderSpec, root: Path, digest: str) -> JobResult | None:
    """A ``cached`` result when a render of exactly this content is complete in ``root``."""
    remove_abandoned_staging(root, spec.name)
    sidecar = read_sidecar(root, spec.name)
    if sidecar is None or sidecar.get("content_hash") != digest:
        return None
    files = output_files(root, sidecar)
    if not all(path.exists() for path in files):
        return None
    return JobResult(spec.name, "cached", [str(p) for p in files])


def render_job(spec: RenderSpec, root: str, digest: str | None = None) -> JobResult:
    """Render ``spec`` into ``root/<name>/``; never raises (for worker pools).

    The cache is the caller's to check (``cached_result``); ``digest`` is the spec's
    content hash when the caller has it (a batch hashes the sources once).
    """
    started = time.perf_counter()
    root_path = Path(root)
    try:
        digest = content_hash(spec) if digest is None else digest
        files = _render_and_publish(spec, root_path, digest)
        return JobResult(spec.name, "rendered", [str(p) for p in files],
                         seconds=time.perf_counter() - started)
    except Exception as error:  # reported per job; the batch goes on
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if Path(f.filename).is_relative_to(PROJECT_ROOT)
                and ".venv" not in Path(f.filename).parts]
        where = (ours or frames)[-1]
        message = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return JobResult(spec.name, "failed",
                         error=f"{type(error).__name__}: {message} "
                               f"({Path(where.filename).name}:{where.lineno})",
                         seconds=time.perf_counter() - started)


def _render_and_publish(spec: RenderSpec, root: Path, digest: str) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    remove_abandoned_staging(root, spec.name)
    staging = root / STAGING / f"{spec.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
    staging.mkdir(parents=True)
    try:
        sidecar = _render_into(spec, staging, digest)
        return _publish(staging / "out", root, sidecar)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def remove_abandoned_staging(root: Path, name: str) -> None:
    """Staging folders of N left by renders whose process is gone (killed, crashed)."""
    for folder in (root / STAGING).glob(f"{name}.*.*"):
        pid = folder.name.split(".")[-2]
        if pid.isdigit() and not _process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
                "write_to_movie": True}
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
        "render_seconds": round(time.perf_counter() - started, 3),
        "rendered_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }


def srt_to_vtt(subtitles: str) -> str:
    """SubRip text as WebVTT (what a browser's ``<track>`` reads): header, dotted times."""
    lines = [re.sub(r"(\d\d:\d\d:\d\d),(\d\d\d)", r"\1.\2", line) if "-->" in line else line
             for line in subtitles.splitlines()]
    return "WEBVTT\n\n" + "\n".join(lines) + "\n"


def _publish(out: Path, root: Path, sidecar: dict) -> list[Path]:
    """Move the finished outputs into ``root/<name>/``, the sidecar last; drop stale files."""
    name = sidecar["spec"]["name"]
    target = root / name
    target.mkdir(parents=True, exist_ok=True)
    previous = read_sidecar(root, name)
    for relative in sidecar["files"].values():
        if relative.startswith("sections/"):
            continue
        os.replace(out / relative, target / relative)
    if (out / "sections").exists():
        _replace_folder(out / "sections", target / "sections")
    staged_sidecar = out / f"{name}.json"
    staged_sidecar.write_text(json.dumps(sidecar, indent=1, ensure_ascii=False, default=_plain),
                              encoding="utf-8")
    os.replace(staged_sidecar, sidecar_path(root, name))
    if previous is not None:
        kept = set(sidecar["files"].values())
        for relative in set(previous.get("files", {}).values()) - kept:
            with contextlib.suppress(OSError):
                (target / relative).unlink()
        if not any(r.startswith("sections/") for r in kept):
            shutil.rmtree(target / "sections", ignore_errors=True)
    return output_files(root, sidecar)


def _replace_folder(source: Path, target: Path) -> None:
    """Swap a folder in: the old one is renamed aside first, then removed."""
    aside = target.with_name(f".{target.name}.old.{uuid.uuid4().hex[:8]}")
    if target.exists():
        os.replace(target, aside)
    os.replace(source, target)
    shutil.rmtree(aside, ignore_errors=True)


def _plain(value: object) -> object:
    """JSON fallback for numpy scalars and arrays in the numbers on screen."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")
