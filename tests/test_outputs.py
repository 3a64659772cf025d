"""The renders folder without manim: publishing is one swap (faults injected at every step,
processes killed at random moments), renders of one name serialise, the cache trusts only
files with their recorded size and hash, and sidecars are untrusted input."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from normviz import outputs
from normviz.outputs import (
    Sidecar,
    SidecarError,
    name_lock,
    publish,
    read_all,
    read_sidecar,
    remove_abandoned_staging,
    verified,
)
from tests.fake_renders import HASH, published, render_data, snapshot, stage

#: SIGKILLs per publishing method in the random-kill test.
KILLS = 15


class InjectedError(Exception):
    """The injected failure."""


def failing_at(step: int, counter: list[int]):
    """A wrapper factory: the ``step``-th call through any wrapped function raises."""
    def wrap(function):
        def wrapped(*args, **kwargs):
            counter[0] += 1
            if counter[0] == step:
                raise InjectedError(f"injected at step {step}")
            return function(*args, **kwargs)
        return wrapped
    return wrap


PUBLISH_STEPS = ("record_of", "exchange")


@pytest.mark.parametrize("can_exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_fault_at_every_step_leaves_the_old_or_the_new_set(tmp_path, monkeypatch,
                                                            can_exchange):
    """Every call publish makes that touches the disk fails once, in turn; afterwards (and
    after ``recover``) the folder is exactly the old set or exactly the new one."""
    root = tmp_path / "renders"
    old = published(root, "l1", "old")
    if not can_exchange:
        monkeypatch.setattr(outputs, "exchange", lambda first, second: False)
    steps = tried = 0
    while True:
        steps += 1
        counter = [0]
        wrap = failing_at(steps, counter)
        folder, data = stage(root, "l1", "new")
        with monkeypatch.context() as patch:
            for module, attribute in ((outputs, "record_of"), (outputs, "exchange"),
                                      (outputs.os, "rename"), (outputs.os, "fsync"),
                                      (outputs.shutil, "rmtree"), (Path, "write_text"),
                                      (Path, "open")):
                patch.setattr(module, attribute, wrap(getattr(module, attribute)))
            try:
                publish(folder, root, data)
                failed = False
            except InjectedError:
                failed = True
        tried += 1
        with name_lock(root, "l1"):
            remove_abandoned_staging(root, "l1")
        now = snapshot(root / "l1")
        new_names = {*data["files"].values(), "l1.json"}
        if failed:
            assert now == old or set(now) == new_names, f"mixed set after a fault at {steps}"
        else:
            assert set(now) == new_names
            assert read_sidecar(root, "l1").claim == "new"
            break
        shutil.rmtree(root / "l1")
        shutil.rmtree(root / outputs.STAGING)
        old = published(root, "l1", "old")
    assert tried >= 8  # every step of publish failed once before the run that succeeded
    assert not [p for p in (root / outputs.STAGING).iterdir() if not p.name.startswith("l1.")]


_PUBLISHER = """
import sys, shutil
from pathlib import Path
sys.path.insert(0, {root!r})
from tests.fake_renders import stage
from normviz.outputs import name_lock, publish, remove_abandoned_staging
root = Path(sys.argv[1])
for round in range(10**6):
    label = "A" if round % 2 else "B"
    with name_lock(root, "l1"):
        remove_abandoned_staging(root, "l1")
        folder, data = stage(root, "l1", label, count=12)
        publish(folder, root, data)
        shutil.rmtree(folder.parent)
    print(round, flush=True)
"""


@pytest.mark.parametrize("can_exchange", [True, False], ids=["exchange", "two-renames"])
def test_killed_at_random_moments_the_folder_is_one_whole_set(tmp_path, can_exchange):
    """A process publishes sets A and B in turn; it is killed (SIGKILL) KILLS times at random
    moments; after each kill the folder is all of A or all of B, never a mixture."""
    root = tmp_path / "renders"
    script = _PUBLISHER.format(root=str(Path(__file__).parent.parent))
    if not can_exchange:
        script = script.replace("root = Path", "import normviz.outputs as o\n"
                                "o.exchange = lambda a, b: False\nroot = Path")
    rng = random.Random(7)
    labels = set()
    for _ in range(KILLS):
        process = subprocess.Popen([sys.executable, "-c", script, str(root)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout.readline()  # one whole round published
        time.sleep(rng.uniform(0.0, 0.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        with name_lock(root, "l1"):
            remove_abandoned_staging(root, "l1")
        now = snapshot(root / "l1")
        sidecar = read_sidecar(root, "l1")
        assert sidecar is not None
        label = sidecar.claim
        labels.add(label)
        assert verified(root, "l1", HASH) is not None, "a file differs from its record"
        assert all(content.startswith(label.encode()) for path, content in now.items()
                   if path != "l1.json"), f"mixed set: {sorted(now)}"
    assert labels == {"A", "B"}


_HOLDER = """
import sys, time
from pathlib import Path
from normviz.outputs import name_lock
with name_lock(Path(sys.argv[1]), "l1"):
    print(time.time(), flush=True)
    time.sleep(1.0)
    print(time.time(), flush=True)
"""


def test_renders_of_one_name_serialise(tmp_path):
    """Two processes take the lock of one name: the second starts after the first ends."""
    root = tmp_path / "renders"
    first = subprocess.Popen([sys.executable, "-c", _HOLDER, str(root)], stdout=subprocess.PIPE,
                             text=True)
    assert first.stdout.readline()
    second = subprocess.Popen([sys.executable, "-c", _HOLDER, str(root)],
                              stdout=subprocess.PIPE, text=True)
    first_end = float(first.stdout.readline())
    second_start = float(second.stdout.readline())
    first.wait()
    second.wait()
    assert second_start >= first_end


def test_the_cache_trusts_only_recorded_sizes_and_hashes(tmp_path):
    root = tmp_path / "renders"
    published(root, "l1", "old")
    assert verified(root, "l1", HASH) is not None
    assert verified(root, "l1", "cd" * 32) is None  # another content hash
    target = root / "l1" / "l1.1.bin"
    original = target.read_bytes()
    damages = {
        "truncated to 0 bytes": lambda: target.write_bytes(b""),
        "one byte changed, same size": lambda: target.write_bytes(b"X" + original[1:]),
        "missing": target.unlink,
        "a link to a copy": lambda: (target.unlink(), (tmp_path / "copy").write_bytes(original),
                                     target.symlink_to(tmp_path / "copy")),
        "a folder": lambda: (target.unlink(), target.mkdir()),
    }
    for damage, apply in damages.items():
        apply()
        assert verified(root, "l1", HASH) is None, damage
        if target.is_dir() and not target.is_symlink():
            target.rmdir()
        else:
            target.unlink(missing_ok=True)
        target.write_bytes(original)
        assert verified(root, "l1", HASH) is not None


VICTIM = "do not touch"


def crafted_sidecars() -> dict[str, object]:
    """Sidecars an attacker or a broken disk could leave in the renders folder."""
    good = render_data("x", {"mp4": "x.mp4"})
    good["records"] = {"x.mp4": {"size": 1, "sha256": HASH}}
    escape = {**good, "files": {"mp4": "../../victim.txt"},
              "records": {"../../victim.txt": {"size": 1, "sha256": HASH}}}
    absolute = {**good, "files": {"mp4": "/etc/passwd"},
                "records": {"/etc/passwd": {"size": 1, "sha256": HASH}}}
    return {
        "a JSON list": [1, 2],
        "a JSON string": "sidecar",
        "keys missing": {"spec": {"name": "x"}},
        "unknown language": {**good, "spec": {**good["spec"], "lang": "fr"}},
        "path escapes with ..": escape,
        "absolute path": absolute,
        "name of another folder": {**good, "spec": {**good["spec"], "name": "y"}},
        "width not a number": {**good, "video": {"width": "<b>", "height": 1}},
        "duration is true": {**good, "duration": True},
        "duration is NaN": {**good, "duration": float("nan")},
        "files not text": {**good, "files": {"mp4": 3}},
        "no records": {k: v for k, v in good.items() if k != "records"},
        "record without hash": {**good, "records": {"x.mp4": {"size": 1}}},
        "beats not a list": {**good, "beats": "b"},
        "shown not an object": {**good, "shown": [1]},
        "claim not text": {**good, "claim": ["<script>"]},
        "hash not hex": {**good, "content_hash": "zz"},
    }


@pytest.mark.parametrize("case", list(crafted_sidecars()))
def test_a_bad_sidecar_is_skipped_with_one_warning(tmp_path, capsys, case):
    root = tmp_path / "renders"
    (root / "x").mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_text(VICTIM)
    (root / "x" / "x.json").write_text(json.dumps(crafted_sidecars()[case]))
    with pytest.raises(SidecarError):
        Sidecar.checked(json.loads((root / "x" / "x.json").read_text()), "x")
    assert read_all(root) == []
    warning = capsys.readouterr().err
    assert warning.count("\n") == 1 and warning.startswith("normviz: warning: skipping ")
    assert str(root / "x" / "x.json") in warning
    assert victim.read_text() == VICTIM


def test_sidecar_not_json_or_too_deep_is_skipped(tmp_path, capsys):
    root = tmp_path / "renders"
    for name, content in (("a", "{not json"), ("b", "[" * 100_000 + "]" * 100_000),
                          ("c", b"\xff\xfe")):
        (root / name).mkdir(parents=True)
        path = root / name / f"{name}.json"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    assert read_all(root) == []
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3 and all(line.startswith("normviz: warning: skipping") for line in lines)


def test_publish_over_a_crafted_sidecar_touches_nothing_outside(tmp_path):
    """The old render's sidecar lists ../../victim.txt: publishing swaps the whole folder and
    deletes only the old folder, never a path a sidecar names."""
    root = tmp_path / "renders"
    victim = tmp_path / "victim.txt"
    victim.write_text(VICTIM)
    (root / "l1").mkdir(parents=True)
    (root / "l1" / "l1.json").write_text(json.dumps(crafted_sidecars()["path escapes with .."]))
    published(root, "l1", "new")
    assert victim.read_text() == VICTIM
    assert read_sidecar(root, "l1").claim == "new"


def test_a_link_in_the_render_folder_is_not_followed(tmp_path):
    root = tmp_path / "renders"
    published(root, "l1", "old")
    outside = tmp_path / "outside.bin"
    outside.write_bytes(b"secret")
    target = root / "l1" / "l1.1.bin"
    target.unlink()
    target.symlink_to(outside)
    with pytest.raises(SidecarError):
        outputs.inside(root / "l1", "l1.1.bin")
    published(root, "l1", "new")
    assert outside.read_bytes() == b"secret"


@pytest.mark.parametrize("relative", ["../x", "/abs", "a/../../b", "", "a\\b", "./a", "a\0b"])
def test_paths_that_leave_the_folder_are_refused(tmp_path, relative):
    with pytest.raises(SidecarError):
        outputs.inside(tmp_path, relative)


def test_the_output_layer_does_not_load_manim():
    """embed, gallery and solve start without manim: importing the CLI does not load it."""
    code = ("import sys, normviz.cli, normviz.gallery, normviz.outputs; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('manim', 'manimpango')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_render_environment_is_in_the_content_hash(monkeypatch):
    """LaTeX found or not, and the font files found, change the hash."""
    from normviz import render

    with_latex = render.source_digest()
    render.environment.cache_clear()
    real_which = shutil.which
    monkeypatch.setattr(render.shutil, "which",
                        lambda name: None if name == "latex" else real_which(name))
    try:
        without_latex = render.source_digest()
        assert render.environment()["programs"]["latex"] is False
    finally:
        render.environment.cache_clear()
    assert without_latex != with_latex
    monkeypatch.undo()
    assert render.source_digest() == with_latex
    render.environment.cache_clear()
    real_run = subprocess.run
    monkeypatch.setattr(render.subprocess, "run", lambda *a, **k: (
        subprocess.CompletedProcess(a, 0, "/usr/share/fonts/other.ttf", "")
        if a[0][0] == "fc-match" else real_run(*a, **k)))
    try:
        assert render.source_digest() != with_latex
    finally:
        render.environment.cache_clear()


_RIVAL = """
import sys, shutil
from pathlib import Path
sys.path.insert(0, {root!r})
from tests.fake_renders import stage
from normviz.outputs import name_lock, publish, remove_abandoned_staging
root, label = Path(sys.argv[1]), sys.argv[2]
for _ in range(40):
    with name_lock(root, "l1"):
        remove_abandoned_staging(root, "l1")
        folder, data = stage(root, "l1", label, count=12)
        publish(folder, root, data)
        shutil.rmtree(folder.parent)
"""


def test_two_processes_rendering_one_name_never_mix(tmp_path):
    """Two processes publish sets A and B of one name 40 times each, at once; whenever the
    test holds the lock, and at the end, the folder is all A or all B."""
    root = tmp_path / "renders"
    published(root, "l1", "A")
    script = _RIVAL.format(root=str(Path(__file__).parent.parent))
    rivals = [subprocess.Popen([sys.executable, "-c", script, str(root), label])
              for label in ("A", "B")]
    looks = 0
    while any(rival.poll() is None for rival in rivals) or looks == 0:
        with name_lock(root, "l1"):
            label = read_sidecar(root, "l1").claim
            assert verified(root, "l1", HASH) is not None
            assert all(content.startswith(label.encode())
                       for path, content in snapshot(root / "l1").items() if path != "l1.json")
        looks += 1
        time.sleep(0.01)
    assert [rival.wait() for rival in rivals] == [0, 0]
    assert looks >= 5
    assert verified(root, "l1", HASH) is not None


def test_links_pipes_and_huge_numbers_in_the_renders_folder_are_skipped(tmp_path, capsys):
    """A sidecar reached through a link (to a valid one outside), a pipe where the sidecar
    goes, an integer of 5000 digits: each skipped with one warning, nothing read outside."""
    outside = tmp_path / "outside"
    published(outside, "ev", "SECRET OUTSIDE CLAIM")
    root = tmp_path / "renders"
    published(root, "good", "a claim")
    (root / "ev").mkdir()
    (root / "ev" / "ev.json").symlink_to(outside / "ev" / "ev.json")
    (root / "linked").symlink_to(outside / "ev")
    (root / "pipe").mkdir()
    os.mkfifo(root / "pipe" / "pipe.json")
    big = json.loads((root / "good" / "good.json").read_text())
    big["shown"] = {"huge": 0}
    (root / "big").mkdir()
    text = json.dumps({**big, "spec": {**big["spec"], "name": "big"}}).replace(
        '"huge": 0', '"huge": ' + "9" * 5000)
    (root / "big" / "big.json").write_text(text)
    found = read_all(root)
    assert [sidecar.name for sidecar in found] == ["good"]
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 3 and all(w.startswith("normviz: warning: skipping") for w in warnings)
    assert "SECRET" not in "".join(warnings)


def test_the_cache_needs_every_kind_the_spec_asks_for(tmp_path):
    root = tmp_path / "renders"
    published(root, "l1", "old")
    assert verified(root, "l1", HASH, ("poster", "srt", "vtt")) is not None
    assert verified(root, "l1", HASH, ("poster", "srt", "vtt", "webm")) is None


def test_recovery_puts_back_only_a_real_folder(tmp_path):
    """A link or a file named like an old folder set aside is never renamed into place."""
    root = tmp_path / "renders"
    (root / outputs.STAGING).mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (root / outputs.STAGING / "l1.old.1.aa").symlink_to(tmp_path / "outside")
    (root / outputs.STAGING / "l1.old.1.bb").write_text("a file")
    outputs.recover(root, "l1")
    assert not (root / "l1").exists() and not (root / "l1").is_symlink()
    (root / outputs.STAGING / "l1.old.1.cc").mkdir()
    outputs.recover(root, "l1")
    assert (root / "l1").is_dir() and not (root / "l1").is_symlink()


def test_slide_notes_are_escaped(tmp_path):
    """A beat's subtitle goes into the deck's HTML as text, never as markup."""
    from normviz.slides import presentation

    root = tmp_path / "renders"
    published(root, "lesson-01-x", "a claim")
    path = root / "lesson-01-x" / "lesson-01-x.json"
    data = json.loads(path.read_text())
    data["beats"] = [{"name": "b", "subtitle": "<img src=x onerror=alert(1)><script>x</script>"}]
    path.write_text(json.dumps(data))
    (root / "lesson-01-x" / "sections" / "index.json").write_text(
        json.dumps([{"name": "b", "video": "lesson-01-x.bin"}]))
    (slide,) = presentation(root, "lesson-01-x").slides
    assert "<" not in slide.notes and "&lt;script&gt;" in slide.notes
    (root / "lesson-01-x" / "sections" / "index.json").write_text("[1, 2]")
    with pytest.raises(ValueError, match="sections index"):
        presentation(root, "lesson-01-x")


def test_a_link_put_where_the_render_goes_is_never_swapped(tmp_path):
    """renders/l1 turned into a link to an outside folder after the checks: publishing
    refuses, and the link and the folder it points to stay as they were."""
    root = tmp_path / "renders"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    folder, data = stage(root, "l1", "new")
    (root / "l1").symlink_to(outside)
    with pytest.raises(outputs.OutputError, match="is a link or a file"):
        publish(folder, root, data)
    assert (root / "l1").is_symlink() and (outside / "keep.txt").read_text() == "keep"
    assert sorted(p.name for p in outside.iterdir()) == ["keep.txt"]
