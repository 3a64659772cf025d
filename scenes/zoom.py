"""A magnified view of a small square of a plane, drawn over the whole plane.

The square [c - h, c + h]^2 around an optimum c (data units) is marked on the plane and
shown again, magnified ``plane_range / h`` times, in a framed view of the plane's size: the
ball's edge, the contour of the loss through c and the optimum itself, all drawn in the
view's own data coordinates (its axes are hidden, their map is what the frame tests read).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import Axes, Dot, Rectangle, VGroup

from mathcore import QuadraticLoss
from scenes import pieces, theme

#: manim's stroke widths are in hundredths of a scene unit.
STROKE_UNIT = 0.01


@dataclass(frozen=True)
class ZoomView:
    """The magnified plane, its frame, the square it magnifies, what is drawn in the view
    under the optimum (frame, axes, ball, contour), the loss contour on its own and the
    optimum's dot."""

    axes: Axes
    frame: Rectangle
    source: Rectangle
    body: VGroup
    contour: pieces.LossContour
    optimum: Dot

    def keep_contour_inside(self, scale: float = 1.0) -> None:
        """Cut the contour inside the frame by half its stroke and the frame's whole stroke:
        its centre line is clipped at the view's box, so its stroke would poke out of the
        frame (and after the encoder's colour blur, its colour would lie outside).
        ``scale``: the factor the view is scaled by once built (strokes do not scale)."""
        low, high = self.contour.clip
        pad = STROKE_UNIT * (self.contour.get_stroke_width() / 2
                             + self.frame.get_stroke_width()) / scale
        pad = np.array([pad, pad, 0.0])
        self.contour.clip = (low + pad, high - pad)
        self.contour.show()


def zoom_view(axes: Axes, plane_range: float, centre: np.ndarray, half_width: float,
              norm: str, radius: float, loss: QuadraticLoss, level: float) -> ZoomView:
    """The view of [centre - half_width, centre + half_width]^2 over ``axes`` (a plane
    showing [-plane_range, plane_range]^2), with the ball of ``norm`` and ``radius``, the
    loss contour {beta : loss(beta) = level} (the optimum's loss) and ``centre`` marked as
    the optimum."""
    side = axes.x_length
    zoom = pieces.fit_axes(centre - half_width, centre + half_width, side, side)
    zoom.move_to(axes.get_center())
    zoom.x_axis.set_opacity(0.0)
    zoom.y_axis.set_opacity(0.0)
    frame = Rectangle(width=side, height=side, stroke_color=theme.MUTED_TEXT_COLOR,
                      stroke_width=2, fill_color=theme.BACKGROUND_COLOR, fill_opacity=1.0)
    frame.move_to(zoom.get_center())
    window = pieces.BallWindow(zoom, norm, radius)
    contour = pieces.LossContour(zoom, loss, level, clip_to_axes=True)
    optimum = Dot(zoom.c2p(*centre), radius=theme.DOT_RADIUS, color=pieces.optimum_color(centre))
    source_side = side * half_width / plane_range
    source = Rectangle(width=source_side, height=source_side,
                       stroke_color=theme.MUTED_TEXT_COLOR, stroke_width=2)
    source.move_to(axes.c2p(*centre)).set_z_index(1)
    return ZoomView(zoom, frame, source, VGroup(frame, zoom, window, contour), contour,
                    optimum)
