"""x264 at manim's settings against faster presets, on the lesson's own frames at 1080p60.

Raw frames are captured from two lesson scenes rendered at -qh (the first ``FRAMES`` each:
the side-by-side turn and the cloud of centres, one smooth motion and one of many small
dots), then encoded with PyAV exactly as manim encodes a segment (libx264, yuv420p,
crf 23, 60 fps) with each preset, side by side in one run: encode seconds and frames/s,
file size, and quality against the raw frames (PSNR and SSIM of the luma, the mean over
every 8th frame).  manim's own preset is x264's default, ``medium``.

Run: ``python bench/encode.py`` (about 3 minutes here).  ``bench/lesson.py`` uses
``capture_frames`` and ``encode`` for its encode-only floor.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from scipy.ndimage import gaussian_filter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FRAMES = 240
#: Quality is measured on every QUALITY_STEP-th frame (SSIM at 1080p takes a while).
QUALITY_STEP = 8
PRESETS = ("medium", "fast", "faster", "veryfast", "superfast")
#: manim's x264 settings (manim/_config/video_encoder.py): crf 23, yuv420p.
CRF = "23"


class _EnoughFramesError(Exception):
    """Raised from the frame hook once enough frames are captured."""


def capture_frames(scene_class: type, count: int = FRAMES) -> list[np.ndarray]:
    """The first ``count`` frames (RGB, 1080p) the scene writes, rendered at -qh."""
    from manim import tempconfig

    frames: list[np.ndarray] = []

    class Capturing(scene_class):
        def setup(self) -> None:
            super().setup()
            write = self.renderer.add_frame

            def add_frame(frame, num_frames: int = 1) -> None:
                for _ in range(num_frames):
                    frames.append(np.ascontiguousarray(frame[:, :, :3]))
                    if len(frames) >= count:
                        raise _EnoughFramesError
                write(frame, num_frames)

            self.renderer.add_frame = add_frame

    with tempfile.TemporaryDirectory() as media, tempconfig({
            "media_dir": media, "quality": "high_quality", "disable_caching": True,
            "verbosity": "ERROR", "progress_bar": "none"}), contextlib.suppress(_EnoughFramesError):
        Capturing().render()
    return frames[:count]


def encode(frames: list[np.ndarray], preset: str, target: Path, total: int | None = None
           ) -> float:
    """Seconds to encode ``total`` frames (``frames`` cycled) as manim does, with ``preset``."""
    total = len(frames) if total is None else total
    height, width = frames[0].shape[:2]
    started = time.perf_counter()
    with av.open(str(target), mode="w") as container:
        stream = container.add_stream("libx264", rate=Fraction(60),
                                      options={"crf": CRF, "preset": preset})
        stream.pix_fmt, stream.width, stream.height = "yuv420p", width, height
        for index in range(total):
            picture = av.VideoFrame.from_ndarray(frames[index % len(frames)], format="rgb24")
            for packet in stream.encode(picture):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return time.perf_counter() - started


def luma(rgb: np.ndarray) -> np.ndarray:
    """BT.601 luma in 0..255."""
    return rgb.astype(float) @ np.array([0.299, 0.587, 0.114])


def psnr(reference: np.ndarray, test: np.ndarray) -> float:
    error = float(np.mean((luma(reference) - luma(test)) ** 2))
    return float("inf") if error == 0 else 10 * np.log10(255.0**2 / error)


def ssim(reference: np.ndarray, test: np.ndarray) -> float:
    """Mean SSIM of the luma (Wang et al. 2004: Gaussian window sigma 1.5, K = 0.01, 0.03)."""
    x, y = luma(reference), luma(test)
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    mu_x, mu_y = gaussian_filter(x, 1.5), gaussian_filter(y, 1.5)
    var_x = gaussian_filter(x * x, 1.5) - mu_x**2
    var_y = gaussian_filter(y * y, 1.5) - mu_y**2
    cov = gaussian_filter(x * y, 1.5) - mu_x * mu_y
    index = ((2 * mu_x * mu_y + c1) * (2 * cov + c2)
             / ((mu_x**2 + mu_y**2 + c1) * (var_x + var_y + c2)))
    return float(index.mean())


def quality(frames: list[np.ndarray], movie: Path) -> tuple[float, float]:
    """Mean PSNR (dB) and SSIM of the decoded movie against the raw frames, over every
    ``QUALITY_STEP``-th frame."""
    scores = []
    with av.open(str(movie)) as container:
        for index, (raw, decoded) in enumerate(zip(frames, container.decode(video=0),
                                                   strict=False)):
            if index % QUALITY_STEP == 0:
                picture = decoded.to_ndarray(format="rgb24")
                scores.append((psnr(raw, picture), ssim(raw, picture)))
    return tuple(float(np.mean(column)) for column in zip(*scores, strict=True))


def main() -> None:
    from scenes.cloud import RandomLossCloud
    from scenes.side_by_side import SideBySide

    frames = capture_frames(SideBySide) + capture_frames(RandomLossCloud)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for preset in PRESETS:
            movie = Path(scratch) / f"{preset}.mp4"
            seconds = encode(frames, preset, movie)
            rows.append((preset, seconds, movie.stat().st_size, *quality(frames, movie)))
    medium = rows[0]
    print(f"x264 crf {CRF}, yuv420p, {len(frames)} frames at 1920x1080 (2 lesson scenes):")
    print("  preset     encode s  frames/s  speed-up  size kB  size ratio  PSNR dB  SSIM")
    for preset, seconds, size, db, index in rows:
        print(f"  {preset:<9} {seconds:8.2f} {len(frames) / seconds:9.1f} "
              f"{medium[1] / seconds:8.2f}x {size / 1024:8.0f} {size / medium[2]:10.2f} "
              f"{db:8.2f} {index:.4f}")


if __name__ == "__main__":
    main()
