"""The whole lesson at -ql: one worker against two, side by side in one run; then a re-run
that finds every render cached.

Each round renders all eleven lesson videos with ``--force`` into a fresh folder, once with
``--workers 1`` and once with ``--workers 2`` (the order alternates between rounds, so
neither always runs on a warmer machine).  The ratio is wall time (1 worker) / wall time
(2 workers); with two cores the ideal is 2.  The cached re-run is ``normviz lesson`` again
on the last folder: it hashes the sources and reads the sidecars, rendering nothing.

Run: ``python bench/lesson.py [rounds]`` (default 1 round: about 4 minutes here).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "normviz.cli", "lesson", "--quality", "l"]
ROOT = Path(__file__).resolve().parents[1]


def timed_lesson(out: Path, *options: str) -> float:
    """Wall seconds of one ``normviz lesson`` run; fails loudly if any video failed."""
    started = time.perf_counter()
    done = subprocess.run([*CLI, "--out", str(out), *options], capture_output=True, text=True,
                          check=False, cwd=ROOT)
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
                walls[workers].append(timed_lesson(out, "--workers", str(workers), "--force"))
        cached = [timed_lesson(Path(scratch) / "w2", "--workers", "2") for _ in range(3)]
    one, two = statistics.median(walls[1]), statistics.median(walls[2])
    print(f"lesson (11 videos, -ql), {rounds} round(s), median wall time:")
    print(f"  1 worker : {one:6.1f} s   {[round(w, 1) for w in walls[1]]}")
    print(f"  2 workers: {two:6.1f} s   {[round(w, 1) for w in walls[2]]}")
    print(f"  ratio 1 worker / 2 workers: {one / two:.2f} (ideal on 2 cores: 2)")
    print(f"  cached re-run (nothing rendered): median {statistics.median(cached):.2f} s "
          f"{[round(c, 2) for c in cached]}, {one / statistics.median(cached):.0f}x faster "
          "than rendering with 1 worker")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
