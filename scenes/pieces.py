"""Reusable visual pieces: every scene builds its pictures from these.

Geometry always comes from mathcore in data (beta) coordinates and is mapped to the
screen by an ``Axes`` with equal units on both axes, so circles stay round and the
diamond's corners stay on the axes.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Dot,
    Line,
    MathTex,
    Mobject,
    Polygon,
    Rectangle,
    Text,
    VGroup,
    VMobject,
    config,
    logger,
)

from mathcore import ConstrainedSolution, QuadraticLoss, unit_ellipse
from mathcore.norms import norm_named
from scenes import theme
from scenes.strings import text

_SUBSCRIPT_DIGITS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


@functools.cache
def latex_available() -> bool:
    """True when ``latex`` and ``dvisvgm`` are on PATH; warns once when they are not."""
    found = shutil.which("latex") is not None and shutil.which("dvisvgm") is not None
    if not found:
        logger.warning(
            "normviz: LaTeX (latex, dvisvgm) not found; formulas are drawn as plain text. "
            "Install texlive-latex-base texlive-latex-extra dvisvgm for typeset formulas."
        )
    return found


def without_svg_sources(mobject: VMobject) -> VMobject:
    """Drop the svgelements paths that glyphs keep after their points are built.

    ``Text`` and ``MathTex`` glyphs hold the parsed SVG path they were made from; it is
    never read again, but every copy (each FadeIn, Transform, Write starts with one)
    deep-copies it, which makes copying a line of text about 15x slower.
    """
    for part in mobject.get_family():
        if getattr(part, "path_obj", None) is not None:
            part.path_obj = None
    return mobject


#: Distinct texts and formulas kept typeset per process (a scene has a few hundred).
TYPESET_KEPT = 2048


@functools.lru_cache(maxsize=TYPESET_KEPT)
def _typeset_label(content: str, font_size: float, color: str) -> Text:
    return without_svg_sources(Text(content, font=theme.FONT, font_size=font_size, color=color,
                                    line_spacing=theme.LINE_SPACING, warn_missing_font=False))


@functools.lru_cache(maxsize=TYPESET_KEPT)
def _typeset_formula(tex: str, font_size: float, color: str) -> MathTex:
    return without_svg_sources(MathTex(tex, font_size=font_size * 1.15, color=color))


def label(content: str, font_size: float = theme.BODY_SIZE, color: str = theme.TEXT_COLOR) -> Text:
    """Plain text in the theme's font list (Pango picks the first family with the glyph).

    Each distinct text is typeset once per process and handed out as a copy (typesetting,
    Pango's SVG parsed into glyphs, costs about 16 copies)."""
    return _typeset_label(content, font_size, color).copy()


def formula(
    tex: str, plain: str, font_size: float = theme.BODY_SIZE, color: str = theme.TEXT_COLOR
) -> VMobject:
    """``MathTex(tex)``, or ``plain`` as Pango text when LaTeX is not installed; typeset
    once per process, as ``label``."""
    if latex_available():
        return _typeset_formula(tex, font_size, color).copy()
    return label(plain, font_size, color)


def backed(name: VMobject, pad: float) -> VGroup:
    """``name`` on a box of the background's colour, ``pad`` wider on each side: it stays
    readable over the strokes it sits on."""
    box = Rectangle(width=name.width + 2 * pad, height=name.height + 2 * pad,
                    stroke_width=0, fill_color=theme.BACKGROUND_COLOR,
                    fill_opacity=1.0).move_to(name)
    return VGroup(box, name)


def subscript(number: int) -> str:
    """``12`` -> ``"₁₂"``."""
    return str(number).translate(_SUBSCRIPT_DIGITS)


def optimum_color(point: np.ndarray) -> str:
    """How an optimum is coloured: green when a coefficient is exactly 0, else yellow."""
    return theme.ZERO_COLOR if np.any(np.asarray(point) == 0.0) else theme.SOLUTION_COLOR


def with_minus(text: str) -> str:
    """``text`` with the minus sign (U+2212) for each hyphen: "-0.14" -> "−0.14", as the
    captions and formulas write a negative number."""
    return text.replace("-", "−")


def format_number(value: float) -> str:
    """A short form of a given input number: ``2.0`` -> ``"2"``, ``0.5`` -> ``"0.5"``."""
    return f"{value:g}"


def number_text(value: float) -> str:
    """A number as a label writes it: ``format_number`` with the minus sign (U+2212) for a
    negative one, ``-2.0`` -> ``"−2"``."""
    return with_minus(format_number(value))


def format_coefficient(value: float) -> str:
    """Three decimals; exactly ``"0"`` only for an exact zero, never a rounded-away one."""
    if value == 0.0:
        return "0"
    shown = f"{value:.3f}"
    return shown if float(shown) != 0.0 else f"{value:.2e}"


def fit_axes(lower: np.ndarray, upper: np.ndarray, width: float, height: float) -> Axes:
    """Axes spanning the data box [lower, upper] inside width x height, equal units."""
    span = np.asarray(upper, dtype=float) - np.asarray(lower, dtype=float)
    unit = min(width / span[0], height / span[1])
    step = float(max(1.0, np.floor(max(span) / 8.0)))
    return Axes(
        x_range=[lower[0], upper[0], step],
        y_range=[lower[1], upper[1], step],
        x_length=span[0] * unit,
        y_length=span[1] * unit,
        tips=False,
        axis_config={"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE},
    )


def axis_labels(axes: Axes, x_text: str, y_text: str) -> VGroup:
    """Axis names at the positive ends of the axes."""
    x_label = label(x_text, theme.BODY_SIZE, theme.MUTED_TEXT_COLOR)
    y_label = label(y_text, theme.BODY_SIZE, theme.MUTED_TEXT_COLOR)
    x_label.next_to(axes.x_axis.get_end(), UP, buff=0.15)
    y_label.next_to(axes.y_axis.get_end(), RIGHT, buff=0.15)
    return VGroup(x_label, y_label)


def tick_numbers(axes: Axes, x_values: Sequence[float], y_values: Sequence[float],
                 font_size: float = theme.SMALL_SIZE * 0.8) -> VGroup:
    """Numbers for the ticks at ``x_values`` along the plane's bottom edge and at
    ``y_values`` along its left edge (outside the plane: never on a line or a curve).
    The bottom-left corner gets only its x number (the two would meet there); a negative
    number with the minus sign, not a hyphen."""
    numbers = VGroup()
    x_shown = [v for v in x_values if axes.x_range[0] <= v <= axes.x_range[1]]
    for value in x_shown:
        numbers.add(label(number_text(value), font_size, theme.MUTED_TEXT_COLOR)
                    .next_to(axes.c2p(value, axes.y_range[0]), DOWN, buff=0.08))
    corner_taken = bool(x_shown) and min(x_shown) == axes.x_range[0]
    for value in y_values:
        if axes.y_range[0] <= value <= axes.y_range[1] and not (
                corner_taken and value == axes.y_range[0]):
            numbers.add(label(number_text(value), font_size,
                              theme.MUTED_TEXT_COLOR)
                        .next_to(axes.c2p(axes.x_range[0], value), LEFT, buff=0.08))
    return numbers


def _clip_segments(points: np.ndarray, low: np.ndarray,
                   high: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Liang-Barsky on every segment of the polyline ``points`` at once: for segment i
    (from point i to point i + 1), the parameters 0 <= start <= end <= 1 of the part inside
    the box [low, high] (x and y) as the points at ``start`` and ``end``, and whether any
    part is inside."""
    a, b = points[:-1], points[1:]
    delta = b - a
    start = np.zeros(len(a))
    end = np.ones(len(a))
    inside = np.ones(len(a), dtype=bool)
    for axis in (0, 1):
        for step, room in ((-delta[:, axis], a[:, axis] - low[axis]),
                           (delta[:, axis], high[axis] - a[:, axis])):
            flat = step == 0.0
            inside &= ~(flat & (room < 0.0))
            with np.errstate(divide="ignore", invalid="ignore"):
                ratio = room / step
            start = np.where(~flat & (step < 0.0), np.maximum(start, ratio), start)
            end = np.where(~flat & (step > 0.0), np.minimum(end, ratio), end)
    inside &= start <= end
    return a + start[:, None] * delta, a + end[:, None] * delta, inside


def clip_polyline(points: np.ndarray, low: np.ndarray, high: np.ndarray) -> list[np.ndarray]:
    """The pieces of the polyline ``points`` (screen, k x 3) inside the box [low, high],
    cut exactly where they cross its border (``_clip_segments``); a segment whose inside
    part starts where the previous one's ended continues that piece; a closed polyline
    (last point = first) whose inside piece runs through its first point comes back as
    one piece."""
    points = np.asarray(points, dtype=float)
    if len(points) < 2:
        return []
    starts, ends, inside = _clip_segments(points, low, high)
    joined = np.zeros(len(inside), dtype=bool)
    joined[1:] = inside[1:] & inside[:-1] & np.all(
        np.abs(ends[:-1] - starts[1:]) <= 1e-08 + 1e-05 * np.abs(starts[1:]), axis=1)
    arcs: list[list[np.ndarray]] = []
    for i in np.flatnonzero(inside):
        if joined[i]:
            arcs[-1].append(ends[i])
        else:
            arcs.append([starts[i], ends[i]])
    closed = len(points) > 2 and np.allclose(points[0], points[-1])
    if closed and len(arcs) > 1 and np.allclose(arcs[0][0], points[0]) \
            and np.allclose(arcs[-1][-1], points[-1]):
        arcs[0] = arcs.pop() + arcs[0][1:]
    return [np.array(arc) for arc in arcs]


def clip_convex(points: np.ndarray, window: np.ndarray) -> np.ndarray:
    """The closed polygon ``points`` (k x d, d >= 2; last point not repeated) cut to the
    convex ``window`` (m x 2, counter-clockwise), by Sutherland-Hodgman: the part of the
    region inside the window, with the window's edges where it was cut (in x and y; any
    further coordinate is interpolated along)."""
    region = [np.asarray(p, dtype=float) for p in points]
    window = np.asarray(window, dtype=float)
    for start, end in zip(window, np.roll(window, -1, axis=0), strict=True):
        normal = np.array([start[1] - end[1], end[0] - start[0]])  # points into the window

        def side(p: np.ndarray, start=start, normal=normal) -> float:
            return float(normal @ (p[:2] - start))

        clipped = []
        for current, following in zip(region, region[1:] + region[:1], strict=True):
            here, there = side(current), side(following)
            if here >= 0.0:
                clipped.append(current)
            if (here >= 0.0) != (there >= 0.0):
                clipped.append(current + here / (here - there) * (following - current))
        region = clipped
        if not region:
            break
    return np.array(region).reshape(-1, np.asarray(points).shape[-1])


def clip_polygon(points: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """The convex box [low, high] cut out of the closed polygon ``points`` (k x 3, last
    point not repeated): the region, with the box's edges (``clip_convex``)."""
    box = [(low[0], low[1]), (high[0], low[1]), (high[0], high[1]), (low[0], high[1])]
    return clip_convex(points, np.array(box))


class BallOutline(Polygon):
    """The sphere ``||b||_p = t`` (diamond corners exact), faintly filled, in the norm's colour.

    ``set_radius`` rescales it about the origin in place (the screen map is affine with
    equal units), so a budget t can shrink it frame by frame.
    """

    def __init__(self, axes: Axes, norm: str, radius: float):
        color = theme.NORM_COLORS[norm]
        corners = norm_named(norm).outline(1.0)  # the norm's own sampling: corners exact
        super().__init__(
            *axes.c2p(corners), color=color, stroke_width=theme.BALL_STROKE,
            fill_color=color, fill_opacity=0.18,
        )
        self.origin = axes.c2p(0.0, 0.0)
        self.unit_points = self.points - self.origin
        self.set_radius(radius)

    def set_radius(self, radius: float) -> None:
        """Show the sphere of radius ``radius`` (>= 0)."""
        self.points = self.origin + max(radius, 0.0) * self.unit_points

    def show_outline(self, axes: Axes, outline: np.ndarray, color: str) -> None:
        """Show another ball's outline (data points, closed) in ``color``: for morphing."""
        self.set_points_as_corners(axes.c2p(np.vstack([outline, outline[:1]])))
        self.set_stroke(color=color).set_fill(color=color)


#: Points on a round ball's outline when only a window of it is shown (a small arc).
ROUND_POINTS = 4000


class BallWindow(VGroup):
    """The ball ``||b||_p <= t`` seen through the box of ``axes``: the fill cut to the box
    and the pieces of the outline inside it."""

    def __init__(self, axes: Axes, norm: str, radius: float):
        color = theme.NORM_COLORS[norm]
        outline = axes.c2p(norm_named(norm).outline(radius, ROUND_POINTS))
        low = axes.c2p(axes.x_range[0], axes.y_range[0])
        high = axes.c2p(axes.x_range[1], axes.y_range[1])
        region = clip_polygon(outline, low, high)
        fill = Polygon(*region, stroke_width=0, fill_color=color, fill_opacity=0.18) \
            if len(region) >= 3 else VMobject()
        arcs = [VMobject(color=color, stroke_width=theme.BALL_STROKE).set_points_as_corners(arc)
                for arc in clip_polyline(np.vstack([outline, outline[:1]]), low, high)]
        super().__init__(fill, *arcs)



def fit_into(mobject: VMobject, width: float) -> VMobject:
    """Shrink ``mobject`` to ``width`` when it is wider (never enlarge it)."""
    if mobject.width > width:
        mobject.scale_to_fit_width(width)
    return mobject


#: Horizontal run of the leader line from a curve's end to its name.
LEADER = 0.3


_COMPASS = [np.array([np.cos(a), np.sin(a), 0.0]) for a in np.arange(8) * np.pi / 4]


@dataclass(frozen=True)
class Box:
    """A mobject's bounding box, the one ``get_corner`` measures: ``low`` and ``high`` are
    its lower-left and upper-right corners (3-D points).  Built once, moved as numbers:
    a placement search tries a label at hundreds of places without moving its glyphs."""

    low: np.ndarray
    high: np.ndarray

    @classmethod
    def of(cls, mobject: Mobject) -> Box:
        """The box of the mobject's anchors (of its whole family; a VMobject's handles do
        not count), as manim's ``get_critical_point`` finds it, in one pass."""
        if isinstance(mobject, VMobject):
            parts = []
            for part in mobject.get_family():
                step = part.n_points_per_cubic_curve
                if len(part.points) == 1:
                    parts.append(part.points)
                elif len(part.points):
                    parts += [part.points[::step], part.points[step - 1::step]]
        else:
            parts = [mobject.get_all_points()]
        points = np.concatenate(parts) if parts else np.zeros((0, 3))
        if not len(points):
            return cls(np.zeros(3), np.zeros(3))
        return cls(points.min(axis=0), points.max(axis=0))

    @property
    def center(self) -> np.ndarray:
        return (self.low + self.high) / 2

    def moved_to(self, center: np.ndarray) -> Box:
        """The same box centred on ``center`` (where ``move_to(center)`` puts it)."""
        shift = np.asarray(center, dtype=float) - self.center
        return Box(self.low + shift, self.high + shift)

    def gap(self, other: Box) -> float:
        """How far apart the two boxes are along x or y (the larger gap; negative when
        they overlap)."""
        return float(max(self.low[0] - other.high[0], other.low[0] - self.high[0],
                         self.low[1] - other.high[1], other.low[1] - self.high[1]))

    def clearance(self, points: np.ndarray) -> float:
        """Smallest distance from ``points`` (k, 3) to the box."""
        gap = np.maximum(np.maximum(self.low - points, points - self.high), 0.0)[:, :2]
        return float(np.min(np.hypot(gap[:, 0], gap[:, 1])))


def box_clearance(mobject: VMobject, points: np.ndarray) -> float:
    """Smallest distance from ``points`` (k, 3) to the mobject's bounding box."""
    return Box.of(mobject).clearance(points)


def point_marker(
    axes: Axes, point: np.ndarray, text: str, color: str, obstacles: np.ndarray
) -> VGroup:
    """A dot at ``point`` (data coordinates) with its label on the side clearest of ``obstacles``.

    ``obstacles`` are screen points (k, 3) of lines the label must not cover; the label
    is tried in the eight compass directions and put where its box is farthest from them.
    """
    dot = Dot(axes.c2p(*point), radius=theme.DOT_RADIUS, color=color)
    tag = label(text, theme.BODY_SIZE, color)

    def clearance(direction: np.ndarray) -> float:
        tag.next_to(dot, direction, buff=0.1)
        return box_clearance(tag, obstacles)

    tag.next_to(dot, max(_COMPASS, key=clearance), buff=0.1)
    return VGroup(dot, tag)


def axes_points(axes: Axes, count: int = 200) -> np.ndarray:
    """Screen points along both axis lines (obstacles for labels)."""
    s = np.linspace(0.0, 1.0, count)[:, None]
    lines = [(axes.x_axis.get_start(), axes.x_axis.get_end()),
             (axes.y_axis.get_start(), axes.y_axis.get_end())]
    return np.vstack([a + s * (b - a) for a, b in lines])


class LossContour(VMobject):
    """The loss contour ``f(b) = level``, moved in place when the level or the loss changes.

    Every contour of a loss is ``c + sqrt(level) * E`` with E its level-1 ellipse
    (mathcore's ``unit_ellipse``, from ``eigh``); the screen map is affine with equal units,
    so a new level only rescales the stored level-1 points about c, and a new loss
    recomputes E once.  No rebuilding of the mobject, no implicit curves.
    """

    def __init__(self, axes: Axes, loss: QuadraticLoss, level: float, count: int = 240,
                 clip_to_axes: bool = False):
        super().__init__(color=theme.LOSS_COLOR, stroke_width=theme.CONTOUR_STROKE)
        self.axes = axes
        self.count = count
        self.level = level
        self.clip = (axes.c2p(axes.x_range[0], axes.y_range[0]),
                     axes.c2p(axes.x_range[1], axes.y_range[1])) if clip_to_axes else None
        self.loss: QuadraticLoss | None = None
        self.show(loss, level)

    def show(self, loss: QuadraticLoss | None = None, level: float | None = None) -> None:
        """Draw the contour of ``loss`` (default: the current one) at ``level``."""
        if loss is not None and loss is not self.loss:
            self.loss = loss
            self.anchor = self.axes.c2p(*loss.center)
            outline = self.axes.c2p(loss.center + unit_ellipse(loss, self.count))
            self.set_points_as_corners([*outline, outline[0]])
            self.unit_points = self.points - self.anchor
        if level is not None:
            self.level = level
        self.points = self.screen_points_at(self.level)
        if self.clip is not None:
            self.keep_inside(*self.clip)

    def keep_inside(self, low: np.ndarray, high: np.ndarray) -> None:
        """Keep the one arc inside the screen box [low, high] that passes closest to the
        plane's origin (where a touching contour meets the ball); a contour that leaves
        the box and comes back would otherwise leave stray fragments in its corners."""
        arcs = clip_polyline(self.get_anchors_closed(), low, high)
        self.clear_points()
        if arcs:
            origin = self.axes.c2p(0.0, 0.0)
            self.set_points_as_corners(min(
                arcs, key=lambda arc: np.min(np.linalg.norm(arc - origin, axis=1))))

    def get_anchors_closed(self) -> np.ndarray:
        """The curve's corners in order, the first one repeated at the end."""
        corners = self.get_start_anchors()
        return np.vstack([corners, corners[:1]])

    def screen_points_at(self, level: float) -> np.ndarray:
        """The curve's points for ``level`` (without moving it)."""
        return self.anchor + np.sqrt(max(level, 0.0)) * self.unit_points

    def data_points(self) -> np.ndarray:
        """The curve's anchor points in data coordinates, shape (k, 2)."""
        return np.array([self.axes.p2c(p) for p in self.get_anchors()])[:, :2]


#: The samples per Bézier curve that manim's arc length (and so its dashing) uses.
LENGTH_SAMPLES = 10


def dash_fractions(count: int, ratio: float, closed: bool) -> tuple[np.ndarray, np.ndarray]:
    """Where ``count`` dashes start and end, as fractions of a curve's length, laid as
    manim's ``DashedVMobject`` lays them (no offset): each dash ``ratio / count`` long,
    the gaps ``(1 - ratio) / count`` on a closed curve, ``(1 - ratio) / (count - 1)`` on an
    open one, which starts with a dash and ends with one (at 1)."""
    dash = ratio / count
    gap = (1 - ratio) / count if closed else (1 - ratio if count == 1 else
                                                (1 - ratio) / (count - 1))
    starts = np.arange(count) * (dash + gap)
    ends = starts + dash
    if not closed:
        ends[-1] = 1.0
    return starts, ends


def sampled_arc_lengths(curve: VMobject) -> np.ndarray:
    """The arc length of ``curve`` at ``LENGTH_SAMPLES`` equal steps of each cubic's
    parameter (first value 0, as a flat increasing array): the polyline through the
    samples ``B_i(t) = sum_j C(3, j) t^j (1 - t)^(3 - j) P_ij``, all cubics at once."""
    t = np.linspace(0.0, 1.0, LENGTH_SAMPLES)[:, None]
    weights = np.hstack([(1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t ** 2 * (1 - t), t ** 3])
    cubics = curve.points[:curve.get_num_curves() * 4].reshape(-1, 4, 3)
    samples = np.einsum("sj,cjd->csd", weights, cubics)
    steps = np.linalg.norm(np.diff(samples, axis=1), axis=2).ravel()
    return np.cumsum(np.concatenate([[0.0], steps]))


def dash_in_place(dashes: VGroup, curve: VMobject, count: int, ratio: float) -> None:
    """Dash ``curve`` into ``count`` equally long dashes (dash to period ``ratio``), the
    picture manim's ``DashedVMobject(curve, count, ratio)`` draws, by setting the points
    of the first ``count`` members of the fixed group ``dashes`` (the rest emptied): no
    mobject is built, so a moving curve is dashed every frame at little cost.  A dash
    from length fraction s0 to s1 is the part of the curve between the parameters where
    its sampled arc length (``sampled_arc_lengths``, total L) reaches s0 L and s1 L; with
    no offset no dash runs through a closed curve's start, so each is one piece."""
    parts = dashes.submobjects
    assert count <= len(parts), (count, len(parts))
    for part in parts[count:]:
        part.clear_points()
    if count == 0:
        return
    lengths = sampled_arc_lengths(curve)
    where = np.linspace(0.0, 1.0, lengths.size)
    starts, ends = dash_fractions(count, ratio, curve.is_closed())
    lows = np.interp(starts * lengths[-1], lengths, where)
    highs = np.interp(ends * lengths[-1], lengths, where)
    for part, low, high in zip(parts[:count], lows, highs, strict=True):
        part.pointwise_become_partial(curve, low, high)


def panel(items: list[VMobject], width: float) -> VGroup:
    """Stack items top to bottom, left aligned, each shrunk to fit ``width``."""
    for item in items:
        if item.width > width:
            item.scale_to_fit_width(width)
    return VGroup(*items).arrange(DOWN, aligned_edge=LEFT, buff=0.35)


def solution_readout(solution: ConstrainedSolution, lang: str) -> tuple[VMobject, str]:
    """The line ``beta* = (..), f(beta*) = ..`` and the coordinates as shown."""
    coords = coordinates_text(solution.beta)
    loss = format_coefficient(solution.loss)
    line = formula(
        text("solution_tex", lang, coords=coords, loss=loss),
        text("solution_plain", lang, coords=coords, loss=loss),
        color=theme.SOLUTION_COLOR,
    )
    return line, coords



class CurveReveal(VMobject):
    """A polyline through ``points`` (screen, in sweep order) shown up to a sweep position.

    ``show_until(position)`` keeps the points whose sweep ``positions`` come before
    ``position`` and ends the line exactly at ``end`` (the live value there), so a sweep
    draws the curve as it goes; the curve's data come from mathcore once, up front.
    """

    def __init__(self, points: np.ndarray, positions: np.ndarray, increasing: bool, **style):
        super().__init__(**style)
        self.all_points = np.asarray(points, dtype=float)
        self.positions = np.asarray(positions, dtype=float)
        self.increasing = increasing
        self.set_points_as_corners(self.all_points)

    def show_until(self, position: float, end: np.ndarray) -> None:
        """Draw from the first point up to sweep ``position``, ending at ``end``."""
        passed = self.positions <= position if self.increasing else self.positions >= position
        self.set_points_as_corners(np.vstack([self.all_points[passed], end]))


def coefficient_axes(x_range: tuple[float, float], y_range: tuple[float, float],
                     width: float, height: float, x_step: float | None = None) -> Axes:
    """Axes for coefficients (y) against a sweep variable (x), with a zero line.  The x
    ticks fall every ``x_step`` from ``x_range[0]`` (default: a quarter of the range);
    a caller that numbers ticks at round values passes a step that reaches them."""
    span = y_range[1] - y_range[0]
    step = float(10 ** np.floor(np.log10(span / 2))) if span > 0 else 1.0
    return Axes(
        x_range=[x_range[0], x_range[1],
                 (x_range[1] - x_range[0]) / 4 if x_step is None else x_step],
        y_range=[y_range[0], y_range[1], step],
        x_length=width,
        y_length=height,
        tips=False,
        axis_config={"color": theme.AXES_COLOR, "stroke_width": theme.AXES_STROKE},
    )



#: The cut across an axis that does not start at 0: its two strokes' half-length, their
#: slant (rise over run) and the gap between them (screen units).
CUT_HALF, CUT_SLANT, CUT_GAP = 0.11, 0.5, 0.07


def axis_cut(axes: Axes, height: float = 0.1) -> VGroup:
    """Two short slanted strokes across the y axis of ``axes``, ``height`` of its length
    above its foot, with the axis blanked between them: the usual mark of an axis that
    does not start at 0."""
    foot, top = axes.y_axis.get_start(), axes.y_axis.get_end()
    middle = foot + height * (top - foot)
    run = CUT_HALF * np.array([1.0, CUT_SLANT, 0.0]) / np.hypot(1.0, CUT_SLANT)
    strokes = [Line(middle + shift * UP - run, middle + shift * UP + run,
                    color=theme.AXES_COLOR, stroke_width=theme.AXES_STROKE)
               for shift in (-CUT_GAP / 2, CUT_GAP / 2)]
    gap = Polygon(*[middle + dx * RIGHT + dy * UP + dx * CUT_SLANT * UP
                    for dx, dy in ((-run[0], -CUT_GAP / 2), (run[0], -CUT_GAP / 2),
                                   (run[0], CUT_GAP / 2), (-run[0], CUT_GAP / 2))],
                  stroke_width=0, fill_color=theme.BACKGROUND_COLOR, fill_opacity=1.0)
    return VGroup(gap, *strokes)


def spread_positions(values: np.ndarray, min_gap: float) -> np.ndarray:
    """Positions as close as possible to ``values`` with neighbours at least ``min_gap`` apart.

    Labels that would collide are pushed apart symmetrically (pool adjacent violators on
    the sorted values), keeping their order; returned in the input order.
    """
    values = np.asarray(values, dtype=float)
    order = np.argsort(values)
    shifted = values[order] - min_gap * np.arange(len(values))
    blocks: list[list[float]] = []  # [mean, count]
    for value in shifted:
        blocks.append([value, 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, count = blocks.pop()
            blocks[-1] = [(blocks[-1][0] * blocks[-1][1] + mean * count) / (blocks[-1][1] + count),
                          blocks[-1][1] + count]
    fitted = np.concatenate([[mean] * int(count) for mean, count in blocks])
    result = np.empty_like(values)
    result[order] = fitted + min_gap * np.arange(len(values))
    return result


def end_labels(axes: Axes, names: list[str], values: np.ndarray, colors: list[str],
               x_value: float, top: float = np.inf, bottom: float = -np.inf) -> VGroup:
    """Names at the right end of curves (at ``x_value``), each joined to its curve's end by
    a thin leader line: spread so that none overlap (1.25 label heights apart), then kept
    between heights ``bottom`` and ``top``, closer together only if they must be."""
    tags = [label(name, theme.SMALL_SIZE, color) for name, color in zip(names, colors, strict=True)]
    ends = [axes.c2p(x_value, value) for value in values]
    half = max(tag.height for tag in tags) / 2
    gap = min(half * 2.5, (top - bottom - 2 * half) / max(len(tags) - 1, 1))
    heights = spread_positions(np.array([end[1] for end in ends]), gap)
    heights = heights - max(0.0, heights.max() + half - top)
    heights = heights + max(0.0, bottom - (heights.min() - half))
    leaders = VGroup()
    for tag, end, height, color in zip(tags, ends, heights, colors, strict=True):
        tag.move_to([end[0] + LEADER + tag.width / 2, height, 0.0])
        leaders.add(Line(end, [end[0] + LEADER - 0.04, height, 0.0], color=color,
                         stroke_width=1.0, stroke_opacity=0.7))
    return VGroup(*tags, leaders)


def title(content: str) -> Text:
    """The scene's title at the top, shrunk if needed to leave a margin on both sides."""
    heading = label(content, theme.TITLE_SIZE)
    if heading.width > config.frame_width - 2 * theme.TITLE_MARGIN:
        heading.scale_to_fit_width(config.frame_width - 2 * theme.TITLE_MARGIN)
    return heading.to_edge(UP, buff=0.3)


def coordinates_text(beta: np.ndarray) -> str:
    """``(2.0, 0.0)`` -> ``"2.000, 0"``: how an optimum's coefficients are shown."""
    return ", ".join(format_coefficient(x) for x in beta)
