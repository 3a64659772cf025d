"""The frame timeline: for every frame written to the video, the state that decides it.

A scene's picture at frame k is a function of a few numbers (its ValueTrackers: a contour
level, a correlation, a budget share) and of where its planes sit on screen.  The
timeline stores, for each frame in the order the encoder receives them:

* ``trackers[name][k]``: the tracker's value when frame k was captured;
* ``planes[name]``: the map from data coordinates to pixel coordinates as runs
  ``{"from_frame": k, "matrix": P}``: P is 3 x (d + 1) and a data point x in R^d is drawn
  at pixel ``(u / w, v / w)`` with ``(u, v, w) = P @ (x, 1)``.  Pixel coordinates are
  continuous: the top left corner of the frame is (0, 0), pixel (i, j) covers
  [i, i + 1) x [j, j + 1).  For a 2-D plane P is affine (last row (0, 0, 1)); for a 3-D
  scene it is the camera's perspective projection at that frame;
* ``beats``: the first and last frame of every storyboard beat;
* ``pixel_size`` and ``frame_size``: the frame in pixels and in manim units (where text
  and other mobjects fixed in the frame are drawn).

Tests decode the video, find what is drawn at frame k and compare it with mathcore at the
state recorded for frame k: a picture frozen while its numbers move cannot pass.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from manim import Axes, Mobject, ThreeDAxes, ValueTracker


def projection_matrix(camera: Any, axes: Axes) -> np.ndarray:
    """The 3 x (d + 1) map from ``axes``' data coordinates to the camera's pixels."""
    probe = Mobject()  # any mobject that is not fixed in the frame or in orientation
    dim = 3 if isinstance(axes, ThreeDAxes) else 2
    if dim == 2:
        data = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
        pixels = camera.points_to_subpixel_coords(probe, axes.c2p(data))
        origin = pixels[0]
        affine = np.column_stack([pixels[1] - origin, pixels[2] - origin, origin])
        return np.vstack([affine, [0.0, 0.0, 1.0]])
    corners = np.array([[x, y, z] for x in (-1.0, 1.0) for y in (-1.0, 1.0) for z in (-1.0, 1.0)])
    data = np.vstack([np.zeros(3), corners])
    pixels = camera.points_to_subpixel_coords(probe, axes.c2p(data))
    return _direct_linear_transform(data, pixels)


def _direct_linear_transform(data: np.ndarray, pixels: np.ndarray) -> np.ndarray:
    """The projective P (3 x 4) with ``pixels ~ P @ (data, 1)``: the null vector of the
    DLT system, scaled so that the origin's homogeneous weight is 1."""
    rows = []
    for x, (u, v) in zip(np.column_stack([data, np.ones(len(data))]), pixels, strict=True):
        zero = np.zeros(4)
        rows.append(np.concatenate([x, zero, -u * x]))
        rows.append(np.concatenate([zero, x, -v * x]))
    _, _, vt = np.linalg.svd(np.array(rows))
    matrix = vt[-1].reshape(3, 4)
    return matrix / matrix[2, 3]


def apply_projection(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Pixel coordinates (k, 2) of data points (k, d) under a recorded map."""
    points = np.atleast_2d(np.asarray(points, dtype=float))
    homogeneous = np.column_stack([points, np.ones(len(points))]) @ np.asarray(matrix).T
    return homogeneous[:, :2] / homogeneous[:, 2:3]


class FrameTimeline:
    """Collects, frame by frame, the trackers' values and the planes' pixel maps."""

    def __init__(self, camera: Any, fps: float, pixel_size: tuple[int, int],
                 frame_size: tuple[float, float]):
        self.camera = camera
        self.fps = fps
        self.pixel_size = pixel_size
        self.frame_size = frame_size
        self.frame_count = 0
        self.trackers: dict[str, ValueTracker] = {}
        self.planes: dict[str, Axes] = {}
        self.values: dict[str, list[float | None]] = {}
        self.maps: dict[str, list[dict[str, Any]]] = {}

    def track(self, name: str, tracker: ValueTracker) -> None:
        """Record ``tracker``'s value from the next frame on (None before)."""
        self.trackers[name] = tracker
        self.values.setdefault(name, [None] * self.frame_count)

    def plane(self, name: str, axes: Axes) -> None:
        """Record where ``axes`` maps data points from the next frame on."""
        self.planes[name] = axes
        self.maps.setdefault(name, [])

    def add_frames(self, count: int) -> None:
        """``count`` identical frames are written now: record the current state for each."""
        for name, tracker in self.trackers.items():
            self.values[name].extend([float(tracker.get_value())] * count)
        for name, axes in self.planes.items():
            matrix = projection_matrix(self.camera, axes)
            runs = self.maps[name]
            if not runs or not np.array_equal(runs[-1]["matrix"], matrix):
                runs.append({"from_frame": self.frame_count, "matrix": matrix})
        self.frame_count += count

    def as_dict(self, beats: list[dict[str, Any]]) -> dict[str, Any]:
        """JSON-ready: fps, size, frame count, beats (frame ranges), trackers, plane maps."""
        return {
            "fps": self.fps,
            "pixel_size": list(self.pixel_size),
            "frame_size": list(self.frame_size),
            "frame_count": self.frame_count,
            "beats": [{"name": beat["name"], "first_frame": beat["first_frame"],
                       "last_frame": beat.get("last_frame", self.frame_count - 1)}
                      for beat in beats],
            "trackers": self.values,
            "planes": {name: [{"from_frame": run["from_frame"],
                               "matrix": np.asarray(run["matrix"]).tolist()} for run in runs]
                       for name, runs in self.maps.items()},
        }
