"""A zoomed inset of a plane: what happens near one point, magnified uniformly.

``ZoomInset(plane, focus, zoom, size)`` makes a second pair of axes on the data window of
half-width ``size / (2 * zoom * unit)`` around ``focus`` (``unit``: the plane's screen
length of one data unit), so lengths are ``zoom`` times longer than on the plane and
angles are unchanged.  It carries an opaque backdrop with a border, the ball seen through
the window (``BallWindow``), a contour and a marker; a frame marks the window on the plane
and two lines join it to the inset.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Dot,
    Line,
    Rectangle,
    VGroup,
)

from mathcore import QuadraticLoss
from scenes import pieces, theme


class ZoomInset(VGroup):
    """A magnified window of ``plane`` around ``focus``, placed with its centre at
    ``position`` (manim coordinates)."""

    def __init__(self, plane: Axes, focus: np.ndarray, zoom: float, size: float,
                 position: np.ndarray):
        unit = float(np.linalg.norm(plane.c2p(1.0, 0.0) - plane.c2p(0.0, 0.0)))
        half = size / (2.0 * zoom * unit)
        focus = np.asarray(focus, dtype=float)
        self.zoom = zoom
        self.axes = pieces.fit_axes(focus - half, focus + half, size, size)
        self.axes.move_to(position)
        self.axes.set_stroke(opacity=0.0)  # the window's own axes are not drawn
        self.backdrop = Rectangle(width=size, height=size, stroke_color=theme.MUTED_TEXT_COLOR,
                                  stroke_width=2, fill_color=theme.BACKGROUND_COLOR,
                                  fill_opacity=1.0).move_to(position)
        self.window = Rectangle(width=2 * half * unit, height=2 * half * unit,
                                stroke_color=theme.MUTED_TEXT_COLOR, stroke_width=2)
        self.window.move_to(plane.c2p(*focus))
        self.connectors = VGroup(*[
            Line(self.window.get_corner(corner), self.backdrop.get_corner(corner),
                 color=theme.MUTED_TEXT_COLOR, stroke_width=1.5)
            for corner in self._facing_corners()
        ])
        self.view = VGroup()
        super().__init__(self.window, self.connectors, self.backdrop, self.axes, self.view)

    def _facing_corners(self) -> list[np.ndarray]:
        """The two corners whose connecting lines do not cross the window or the inset."""
        offset = self.backdrop.get_center() - self.window.get_center()
        horizontal = RIGHT if offset[0] > 0 else LEFT
        vertical = UP if offset[1] > 0 else DOWN
        if abs(offset[0]) > abs(offset[1]):
            return [horizontal + UP, horizontal + DOWN]
        return [vertical + LEFT, vertical + RIGHT]

    def show_ball(self, norm: str, radius: float) -> pieces.BallWindow:
        ball = pieces.BallWindow(self.axes, norm, radius)
        self.view.add(ball)
        return ball

    def show_contour(self, loss: QuadraticLoss, level: float) -> pieces.LossContour:
        """The contour at ``level``, sampled finely enough to stay smooth at this zoom."""
        count = int(np.clip(240 * self.zoom, 240, 20_000))
        contour = pieces.LossContour(self.axes, loss, level, count=count, clip_to_axes=True)
        self.view.add(contour)
        return contour

    def show_point(self, point: np.ndarray, color: str) -> Dot:
        dot = Dot(self.axes.c2p(*point), radius=theme.DOT_RADIUS, color=color)
        self.view.add(dot)
        return dot
