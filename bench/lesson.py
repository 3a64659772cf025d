"""The whole lesson at -ql: one worker against two, side by side in one run; then a re-run
that finds every render cached.

Each round renders all the lesson's videos with ``--force`` into a fresh folder, once with
``--workers 1`` and once with ``--workers 2`` (the order alternates between rounds, so
neither always runs on a warmer machine).  The ratio is wall time (1 worker) / wall time
(2 workers); with two cores the ideal is 2.  The cached re-run is ``normviz lesson`` again
on the last folder: it hashes the sources and reads the sidecars, rendering nothing.

Run: ``python bench/lesson.py [rounds]`` (default 1 round: about 6 minutes here).

``python bench/lesson.py --hq``: the whole lesson once at -qh (1080p60) with two workers,
beside the encode time of the same number of frames in the same run: lesson frames in
motion (1080p, captured from the side-by-side scene and cycled) encoded as manim encodes
them (libx264, yuv420p, crf 23; the rate measured on 6000 frames, the time for the lesson's
count derived from it) with x264's default preset and with the preset normviz
uses (``normviz.render.ENCODER_OPTIONS``).  Every one of those frames differs from the
last; most of the lesson's frames are held pictures, which x264 encodes almost for free,
so this is the cost of encoding the lesson as if it moved all the time, not a floor the
render must stay above.  About 10 minutes here.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "normviz.cli", "lesson"]
#: Moving frames encoded to measure the encoder's rate (x264's rate per frame is steady, so
#: the time for the lesson's count is that count over the rate).
FLOOR_FRAMES = 6000
ROOT = Path(__file__).resolve().parents[1]


def timed_lesson(out: Path, *options: str) -> float:
    """Wall seconds of one ``normviz lesson`` run; fails loudly if any video failed."""
    started = time.perf_counter()
    done = subprocess.run([*CLI, "--out", str(out), *options], capture_output=True,
                          text=True, check=False, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"normviz lesson failed:\n{done.stderr}")
    return seconds


def main(rounds: int) -> None:
    walls: dict[int, list[float]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as scratch:
        for round_number in range(rounds):
            order = (1, 2) if round_number % 2 == 0 else (2, 1)
            for workers in order:
                out = Path(scratch) / f"w{workers}"
                walls[workers].append(timed_lesson(out, "--quality", "l", "--workers",
                                                   str(workers), "--force"))
        cached = [timed_lesson(Path(scratch) / "w2", "--quality", "l", "--workers", "2")
                  for _ in range(3)]
    one, two = statistics.median(walls[1]), statistics.median(walls[2])
    print(f"lesson (-ql), {rounds} round(s), median wall time:")
    print(f"  1 worker : {one:6.1f} s   {[round(w, 1) for w in walls[1]]}")
    print(f"  2 workers: {two:6.1f} s   {[round(w, 1) for w in walls[2]]}")
    print(f"  ratio 1 worker / 2 workers: {one / two:.2f} (ideal on 2 cores: 2)")
    print(f"  cached re-run (nothing rendered): median {statistics.median(cached):.2f} s "
          f"{[round(c, 2) for c in cached]}, {one / statistics.median(cached):.0f}x faster "
          "than rendering with 1 worker")


def frame_count(folder: Path) -> int:
    """Frames of every MP4 under ``folder`` (decoded counts, not the header's estimate)."""
    import av

    total = 0
    for movie in sorted(folder.rglob("*.mp4")):
        with av.open(str(movie)) as container:
            total += sum(1 for _ in container.demux(video=0) if _.size)
    return total


def high_quality() -> None:
    """The lesson at -qh with two workers against the encode-only floor (module docstring)."""
    sys.path.insert(0, str(ROOT))
    from bench.encode import capture_frames, encode
    from normviz.render import ENCODER_OPTIONS
    from scenes.side_by_side import SideBySide

    with tempfile.TemporaryDirectory() as scratch:
        wall = timed_lesson(Path(scratch) / "hq", "--quality", "h", "--workers", "2",
                            "--force")
        frames = frame_count(Path(scratch) / "hq")
        sample = capture_frames(SideBySide)
        encoded = min(frames, FLOOR_FRAMES)
        rates = {preset: encoded / encode(sample, preset, Path(scratch) / f"{preset}.mp4",
                                          encoded)
                 for preset in dict.fromkeys(("medium", ENCODER_OPTIONS["preset"]))}
    print(f"lesson at -qh (1080p60), 2 workers: {wall:.1f} s for {frames} frames "
          f"({frames / wall:.1f} frames/s)")
    for preset, rate in rates.items():
        seconds = frames / rate
        print(f"  encoding as many moving frames, x264 crf 23 preset {preset}: "
              f"{seconds:.1f} s ({rate:.1f} frames/s, one process, measured on {encoded} "
              f"frames); render / that {wall / seconds:.2f}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--hq"]:
        high_quality()
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
