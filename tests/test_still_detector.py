"""The shared still detector (``tests.frames.still_runs``) on synthetic frames: a still run
longer than the limit fails, a shorter one passes, an excluded span is ignored, and each
change measure (channel, sum, luma, blocks; against the frame before or the run's start)
counts a change as its tests need."""

from __future__ import annotations

import numpy as np
import pytest

from tests.frames import still_runs

FPS = 10.0


def movie(pictures: list[int], size: int = 16) -> list[tuple[int, np.ndarray]]:
    """Frames ``(index, RGB)``: frame k is grey at level ``pictures[k]``."""
    return [(k, np.full((size, size, 3), level, dtype=np.uint8))
            for k, level in enumerate(pictures)]


def held(counts: list[int]) -> list[int]:
    """A picture per count, each held that many frames (levels 0, 50, 100, ...)."""
    return [50 * n for n, count in enumerate(counts) for _ in range(count)]


def test_runs_and_their_seconds():
    runs = still_runs(movie(held([3, 12, 1])), FPS, level=20)
    assert runs == [(0, 2, 0.3), (3, 14, 1.2), (15, 15, 0.1)]


def test_a_still_longer_than_the_limit_fails_a_shorter_passes():
    frames = movie(held([5, 31, 4]))  # 3.1 s still in the middle
    with pytest.raises(AssertionError, match=r"hold still 3\.10 s"):
        still_runs(frames, FPS, level=20, limit=3.0)
    still_runs(frames, FPS, level=20, limit=3.1)
    still_runs(movie(held([5, 30, 4])), FPS, level=20, limit=3.0)  # exactly 3 s


def test_an_excluded_span_is_ignored():
    frames = movie(held([5, 10, 40]))  # the closing still: 4 s
    with pytest.raises(AssertionError):
        still_runs(frames, FPS, level=20, limit=3.0)
    still_runs(frames, FPS, level=20, limit=3.0, exclude=[(15, 54)])
    with pytest.raises(AssertionError):  # a span must hold the whole run
        still_runs(frames, FPS, level=20, limit=3.0, exclude=[(20, 54)])


def test_a_limit_per_run():
    frames = movie(held([20, 35]))
    still_runs(frames, FPS, level=20, limit=lambda first, last: 3.5 if first >= 20 else 2.0)
    with pytest.raises(AssertionError):
        still_runs(frames, FPS, level=20, limit=lambda first, last: 3.0)


def test_allowed_pixels_and_level():
    frames = movie([0, 0, 0])
    frames[1][1][:2, :5] = 30  # 10 pixels change by 30
    assert len(still_runs(frames, FPS, level=20, allowed=10)) == 1
    assert len(still_runs(frames, FPS, level=20, allowed=9)) == 3
    assert len(still_runs(frames, FPS, level=30, allowed=0)) == 1  # by more than the level


def test_measures():
    frames = movie([0, 0])
    frames[1][1][:, :, :] = (12, 12, 12)
    assert len(still_runs(frames, FPS, level=12)) == 1  # channel: 12 is not more than 12
    assert len(still_runs(frames, FPS, level=29, measure="sum")) == 2  # 36 > 29
    assert len(still_runs(frames, FPS, level=12.5, measure="luma")) == 1
    frames[1][1][:, :, :] = 0
    frames[1][1][0, 0] = 255  # one pixel: its 8 x 8 block's mean moves by 255 / 64
    assert len(still_runs(frames, FPS, level=4.0, block=8, allowed=0)) == 1
    assert len(still_runs(frames, FPS, level=3.9, block=8, allowed=0)) == 2


def test_a_slow_fade_against_the_start():
    frames = movie(list(range(0, 60, 5)))  # 5 levels a frame
    assert len(still_runs(frames, FPS, level=20)) == 1
    starts = [first for first, _, _ in still_runs(frames, FPS, level=20, against="start")]
    assert starts == [0, 5, 10]


def test_restart_region_and_backwards():
    frames = movie(held([10]))
    assert [r[0] for r in still_runs(frames, FPS, level=20, restart=[4])] == [0, 4]
    frames[9][1][:8] = 200  # the last frame changes in its top half only
    assert len(still_runs(frames, FPS, level=20, region=np.s_[8:])) == 1
    runs = still_runs(frames[::-1], FPS, level=20)  # backwards from the last frame
    assert runs == [(9, 9, 0.1), (8, 0, 0.9)]
