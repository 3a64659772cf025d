"""A line of text whose numbers change every frame, without building text per frame.

``LiveLine("lasso β* = ({}, {})", ...)`` is laid out once by Pango with ``0`` in place of
every field.  A field's characters are drawn from a cache of glyphs (one small Pango
layout per character and size, made once), set on the placeholder's baseline; the text
after a field moves by the field's change of width.  Every glyph slot is a mobject made
up front and refilled in place, so the mobject's family never changes while a scene plays
(manim draws the family it saw when an animation began).

Spacing, from two layouts per character c: ``d_c`` is the distance from c's ink to the
ink of a following ``0`` (``"c0"``), ``e_c`` from the ink of a leading ``0`` to c's ink
(``"0c"``).  Consecutive characters a, b of a field sit ``d_a + e_b - d_0`` apart, the
first one ``e_c - d_0`` right of the placeholder's ink, and the field is
``sum(d_c + e_c - d_0) - d_0`` wider than the placeholder.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from manim import VGroup, VMobject

from scenes import theme
from scenes.pieces import label

FIELD = "{}"
#: Glyph slots per field unless the caller asks for more.
DEFAULT_FIELD_LENGTH = 12


@dataclass(frozen=True)
class Glyph:
    """One character's outline at a font size, and how it sits after a ``0``."""

    points: np.ndarray  # outline, ink left at x = 0, bottom at y = 0
    lead: float  # e_c: ink of "0" to ink of c in "0c"
    advance: float  # d_c: ink of c to ink of "0" in "c0"
    rise: float  # bottom of c above the bottom of "0" in "0c"


@functools.cache
def glyph(character: str, font_size: float) -> Glyph:
    """The cached glyph of ``character`` (not whitespace) at ``font_size``."""
    if not character.strip():
        raise ValueError("a live field cannot hold whitespace")
    after_zero = label("0" + character, font_size)
    before_zero = label(character + "0", font_size)
    ink = after_zero[1]
    points = ink.points - np.array([ink.get_left()[0], ink.get_bottom()[1], 0.0])
    return Glyph(points=points,
                 lead=float(ink.get_left()[0] - after_zero[0].get_left()[0]),
                 advance=float(before_zero[1].get_left()[0] - before_zero[0].get_left()[0]),
                 rise=float(ink.get_bottom()[1] - after_zero[0].get_bottom()[1]))


class LiveLine(VGroup):
    """Text with ``{}`` fields; ``set_fields`` changes the fields' strings in place.

    Place it with ``move_to`` / ``next_to`` / ``shift`` (translations are kept across
    updates); do not scale it after it is made: choose ``font_size`` instead.
    """

    def __init__(self, template: str, fields: Sequence[str], font_size: float = theme.BODY_SIZE,
                 color: str = theme.TEXT_COLOR, field_length: int = DEFAULT_FIELD_LENGTH):
        pieces = template.split(FIELD)
        self.pieces = pieces
        laid_out = label("0".join(pieces), font_size, color)
        self.font_size = font_size
        glyphs = list(laid_out.submobjects)
        # glyph index of each placeholder "0": each piece's own glyph count (not its
        # characters: Pango joins "fi", "fl", "ffi" into one ligature glyph)
        counts = [len(label(piece, font_size, color).submobjects) if piece.strip() else 0
                  for piece in pieces]
        placeholders = [sum(counts[:k + 1]) + k for k in range(len(pieces) - 1)]
        self.anchors = [np.array([glyphs[p].get_left()[0], glyphs[p].get_bottom()[1], 0.0])
                        for p in placeholders]
        self.static = [g for i, g in enumerate(glyphs) if i not in placeholders]
        self.static_origin = [g.points.copy() for g in self.static]
        self.static_after = [sum(1 for p in placeholders if p < i)
                             for i in range(len(glyphs)) if i not in placeholders]
        self.slots = [[VMobject(fill_color=color, fill_opacity=1.0, stroke_width=0)
                       for _ in range(field_length)] for _ in placeholders]
        self.reference = VMobject().set_points_as_corners([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
        self.reference.set_stroke(width=0, opacity=0.0)
        super().__init__(self.reference, *self.static,
                         *[slot for field in self.slots for slot in field])
        self.set_fields(*fields)

    def set_fields(self, *strings: str) -> LiveLine:
        """Show ``strings`` in the fields, in order, where the line now stands."""
        if len(strings) != len(self.slots):
            raise ValueError(f"expected {len(self.slots)} field strings, got {len(strings)}")
        self.shown_text = "".join(p + f for p, f in zip(self.pieces, [*strings, ""],
                                                        strict=True))
        moved = self.reference.points[0].copy()  # the line's translation since it was made
        zero = glyph("0", self.font_size)
        shifts = [0.0]
        for string, slots, anchor in zip(strings, self.slots, self.anchors, strict=True):
            if len(string) > len(slots):
                raise ValueError(f"field {string!r} is longer than {len(slots)} characters")
            pen = anchor + moved + np.array([shifts[-1] - zero.advance, 0.0, 0.0])
            for index, slot in enumerate(slots):
                if index >= len(string):
                    slot.points = np.zeros((0, 3))
                    continue
                current = glyph(string[index], self.font_size)
                slot.points = current.points + pen + np.array([current.lead, current.rise, 0.0])
                pen = pen + np.array([current.lead + current.advance - zero.advance, 0.0, 0.0])
            width = sum(glyph(c, self.font_size).lead + glyph(c, self.font_size).advance
                        - zero.advance for c in string) - zero.advance
            shifts.append(shifts[-1] + width)
        for mobject, origin, after in zip(self.static, self.static_origin, self.static_after,
                                          strict=True):
            mobject.points = origin + moved + np.array([shifts[after], 0.0, 0.0])
        return self
