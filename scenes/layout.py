"""Where things go on screen: regions of the frame, derived from ``config``'s frame size.

Every scene places its planes, plots and texts into these regions instead of hand-placed
offsets, so a change of frame size or of a margin moves every scene consistently.  Manim
units: the frame is ``config.frame_width`` x ``config.frame_height`` (14.2 x 8 at 16:9),
centred on the origin.

    +--------------------------- title band ----------------------------+
    |                                                                   |
    |                            stage                                  |
    |      (two planes side by side, or a plane and a side panel)       |
    |                                                                   |
    +--------------------------- caption band --------------------------+
    (the bottom 12 %: left to the player's subtitles)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import Mobject, config

#: Empty border around everything (manim units).
EDGE_MARGIN = 0.3
#: The bottom share of the frame that video players draw subtitles over: nothing a viewer
#: must read is placed there.
SUBTITLE_SHARE = 0.12
#: Height of the title band (one line of title text and its gap).
TITLE_BAND = 0.95
#: Height of one line of small text in a caption band, gap included.
CAPTION_LINE = 0.42
#: Gap between neighbouring regions.
GUTTER = 0.5
#: Room beside a plane for the axis names drawn at the ends of its axes.
AXIS_NAME_ROOM = 0.45


@dataclass(frozen=True)
class Region:
    """An axis-aligned rectangle of the frame, in manim units."""

    left: float
    right: float
    bottom: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def center(self) -> np.ndarray:
        return np.array([(self.left + self.right) / 2, (self.bottom + self.top) / 2, 0.0])

    def columns(self, count: int, gap: float = GUTTER) -> list[Region]:
        """``count`` columns of equal width with ``gap`` between them."""
        width = (self.width - gap * (count - 1)) / count
        return [Region(self.left + k * (width + gap), self.left + k * (width + gap) + width,
                       self.bottom, self.top) for k in range(count)]

    def split_left(self, width: float, gap: float = GUTTER) -> tuple[Region, Region]:
        """A left part ``width`` wide and the rest to its right (after ``gap``)."""
        return (Region(self.left, self.left + width, self.bottom, self.top),
                Region(self.left + width + gap, self.right, self.bottom, self.top))

    def split_bottom(self, height: float, gap: float = 0.0) -> tuple[Region, Region]:
        """The part above and a bottom part ``height`` high (``gap`` between)."""
        return (Region(self.left, self.right, self.bottom + height + gap, self.top),
                Region(self.left, self.right, self.bottom, self.bottom + height))

    def split_top(self, height: float, gap: float = 0.0) -> tuple[Region, Region]:
        """A top part ``height`` high and the part below (``gap`` between)."""
        return (Region(self.left, self.right, self.top - height, self.top),
                Region(self.left, self.right, self.bottom, self.top - height - gap))

    def shrink(self, left: float = 0.0, right: float = 0.0, bottom: float = 0.0,
               top: float = 0.0) -> Region:
        """The region less the given room on each side (for labels drawn outside a plot)."""
        return Region(self.left + left, self.right - right, self.bottom + bottom,
                      self.top - top)

    def place(self, mobject: Mobject) -> Mobject:
        """Centre ``mobject`` in the region (it must already fit)."""
        return mobject.move_to(self.center)

    def fits(self, mobject: Mobject, slack: float = 1e-6) -> bool:
        """True when ``mobject``'s bounding box lies inside the region."""
        low, high = mobject.get_corner([-1, -1, 0]), mobject.get_corner([1, 1, 0])
        return bool(low[0] >= self.left - slack and high[0] <= self.right + slack
                    and low[1] >= self.bottom - slack and high[1] <= self.top + slack)


def screen() -> Region:
    """The whole frame less the edge margin, and less the subtitles' strip at the bottom."""
    half_width, half_height = config.frame_width / 2, config.frame_height / 2
    bottom = max(EDGE_MARGIN, SUBTITLE_SHARE * config.frame_height)
    return Region(-half_width + EDGE_MARGIN, half_width - EDGE_MARGIN,
                  -half_height + bottom, half_height - EDGE_MARGIN)


def title_band() -> Region:
    """The title's band at the top of the screen."""
    return screen().split_top(TITLE_BAND)[0]


def stage(caption_lines: int = 0) -> Region:
    """Below the title, above a caption band of ``caption_lines`` lines of small text."""
    below_title = screen().split_top(TITLE_BAND)[1]
    return below_title.split_bottom(caption_lines * CAPTION_LINE)[0] if caption_lines \
        else below_title


def caption_band(lines: int) -> Region:
    """The band at the bottom of the screen for ``lines`` lines of small text."""
    return screen().split_bottom(lines * CAPTION_LINE)[1]


def two_columns(caption_lines: int = 0) -> tuple[Region, Region]:
    """The stage split into a left and a right half (two planes side by side)."""
    left, right = stage(caption_lines).columns(2)
    return left, right


def flanking_squares(middle_width: float, caption_lines: int = 0,
                     below: float = 0.0) -> tuple[Region, Region, Region]:
    """Two squares at the stage's sides (each with a band ``below`` it, included in the
    region) and the middle between them, at least ``middle_width`` wide."""
    area = stage(caption_lines)
    size = min(area.height - below, (area.width - 2 * GUTTER - middle_width) / 2)
    left, rest = area.split_left(size)
    middle, right = rest.split_left(rest.width - size - GUTTER)
    return left, middle, right


def plane_and_panel(caption_lines: int = 0, plane_share: float = 0.52) -> tuple[Region, Region]:
    """A plane on the left (``plane_share`` of the width, at most square) and a text panel."""
    area = stage(caption_lines)
    width = min(area.height, plane_share * area.width)
    return area.split_left(width)
