"""Tangency side by side (ESL Fig. 3.11): the L1 diamond and the L2 circle, one loss.

First the balls alone: each is one contour (level set) of its norm, drawn with three
inner ones; a point walks once around each edge (``mathcore.balls.radial_point``) while
a read-out sums its norm, |b1| + |b2| on the diamond and sqrt(b1^2 + b2^2) on the circle:
the same value t at every point.  Then both balls at the same scale and origin, the same
loss on both: a family of nested contours with their levels around c, the unregularised
(least-squares) fit.  One
highlighted contour grows from c; the first point where it touches a ball is that ball's
optimum: on the L2 circle's round edge first, then, at a higher level, on a corner of
the L1 diamond, where a coefficient is exactly 0; there a zoom (``scenes.zoom``, in the
middle column) magnifies the corner ``ZOOM`` times: the loss's downhill direction -grad f
lies in the corner's fan of directions out of the diamond.  Then the loss turns once around
the origin, keeping its shape (``mathcore.orbit``), for ``TURN_SECONDS``: both optima follow
on every frame, the L1 optimum sitting on corners for long stretches while the L2 optimum
glides, and two counters show the share of the elapsed time each optimum has spent with a
coefficient exactly 0, measured by mathcore on this very turn (``zero_share``).

The two plot windows are framed, equal (one scale) and as large as the stage allows under
their headers and above their read-out and counter lines; every contour is cut at its
window's frame, and each level's number sits on its contour where it is clear of the other
numbers, both balls, c and the axis names.

With a user's numbers (``--center``, ``--matrix``, ``--radius``) each beat and text says
only what mathcore finds for them (``choose_words``): c inside both balls, a touch off
the corners, an L1 optimum on corners for less than half of the turn each get their own
words, never the default's.

``l1.py`` and ``l2.py`` render this video focused on their ball (title and recap);
``normviz render side_by_side`` renders it without a focus.  Every number and position
comes from mathcore; three trackers (the walk, the level, then the turn) drive the only
updaters.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    AnimationGroup,
    Arrow,
    BackgroundRectangle,
    Circumscribe,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    GrowFromCenter,
    LaggedStart,
    Line,
    Polygon,
    Rectangle,
    VGroup,
    Write,
    linear,
)

from mathcore import (
    QuadraticLoss,
    ellipse_half_extent,
    norm_value,
    solve_constrained,
    unit_ellipse,
)
from mathcore.balls import radial_point
from mathcore.orbit import LossOrbit, zero_share
from scenes import defaults, layout, pieces, theme
from scenes.base import CLOSING_STILL_SECONDS, STILL_SECONDS, NormvizScene
from scenes.live_text import LiveLine
from scenes.strings import reading_seconds, text
from scenes.zoom import zoom_view

NORMS = ("l1", "l2")
#: How long the loss takes to turn once (s); how long a point takes to walk once around
#: each ball's edge (s).
TURN_SECONDS, WALK_SECONDS = 20.0, 6.0
#: The inner contours of each norm drawn with its ball, as shares of the radius.
NORM_RINGS = (0.25, 0.5, 0.75)
#: Narrowest text column between the two planes.
MIDDLE_WIDTH = 3.1
#: Height of the header line above a plane, and of a line of small text below it.
LINE_BAND, SMALL_BAND = 0.45, 0.4
#: Gap between an axis name and the axis end or window edge it sits at: b2 inside the
#: window, b1 just outside its right edge (in room kept for it), clear of every contour.
NAME_GAP = 0.08
#: The depth of the plate under b2's name (over the contours, under c, the optimum and the
#: name).
PLATE_Z = 1
#: Stroke of the plot window's frame (contours are cut at it).
WINDOW_STROKE, WINDOW_OPACITY = 1.5, 0.6
#: Room around the balls, the centre's circle and the contours, as a share of their reach.
MARGIN = 0.05
#: The family of contours: levels from a 1-2-5 series, none within this share of a touch.
FAMILY_SIZE, FAMILY_CLEARANCE = 5, 0.2
#: What a counter shows before the turn starts (no time has passed to share out).
NOT_YET = "–"
#: Extra time on the two optima, beyond the reading time (s).  (The recap, the last beat,
#: is held while its paragraph and subtitle are read, then the closing still.)
TOUCH_HOLD_SECONDS = 2.0
#: The recap's fade-in (its paragraph, the whole-turn counters), and how long each whole-turn
#: share is then outlined (L1, then L2).
RECAP_FADE_SECONDS, SHARE_OUTLINE_SECONDS = 0.8, 1.2
#: A shorter outline would only flicker: none is drawn.
SHARE_OUTLINE_LEAST = 0.4
#: Stroke opacity of the family of contours (dimmer than the highlighted one).
FAMILY_OPACITY = 0.35
#: Level tags: size (digits about 15 px high at 480p: at least 14), gap to their contour,
#: room kept around them (manim units), and the points of each contour tried as a tag's
#: place.
TAG_SIZE = 24
TAG_GAP, TAG_ROOM, TAG_CANDIDATES = 0.05, 0.06, 96
#: A tag this far from every other line (manim units) counts as clear of them; from the
#: thick highlighted contour it keeps at least this much (7 px at 480p, its half stroke
#: and 4 px of background beside it) to count as clear of it.
TAG_CLEAR = 0.12
#: At the touch on a corner: the fan of the diamond's outward normals there (its length,
#: manim units, and fill opacity), the loss's -gradient inside it and the circle's one
#: normal at its touch (arrows: their length, short of c, and stroke).
FAN_LENGTH, FAN_OPACITY = 0.5, 0.35
ARROW_LENGTH, ARROW_STROKE = 0.4, 4
#: The circle's normal arrow's name: the directions and distances (shares of the name's
#: own reach) tried around the arrow's tip.
NORMAL_NAME_ANGLES, NORMAL_NAME_REACH = 48, (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0)
#: The gap at each end of the leader from that name to the arrow's tip.
NORMAL_LEADER_GAP = 0.06
#: The zoom on that corner, in the middle column under its text (scenes/zoom.py): its
#: magnification, its side (manim units, at most the column's width), how far its centre
#: sits out from the corner (a share of its half-width: room for the fan); in it, the
#: fan's radius and the arrows' lengths (shares of its half side); the gap under it.
ZOOM, ZOOM_SIDE, ZOOM_SHIFT = 4.0, 3.6, 0.35
ZOOM_FAN, ZOOM_ARROW, ZOOM_GAP = 0.6, 0.5, 0.05
#: Its labels: the candidate places tried (a grid of this many a side), the room kept
#: around each (from every line drawn and the frame) and between two of them (wider:
#: two labels side by side would read as one).
ZOOM_GRID, ZOOM_ROOM, ZOOM_LABEL_GAP = 21, 0.08, 0.35
#: Their size: the body text's, a tenth larger (the ink of "fan" and "−∇f", the shortest,
#: about 17 px high at 480p; at the small size it was 13).
ZOOM_TAG_SIZE = theme.BODY_SIZE * 1.1
#: How long the corner's two uphill edge arrows are shown before the fan (s).
ZOOM_EDGES_SECONDS = 2.5
#: Each of the corner's pictures (fan, -grad f, the circle's normal) fades in this long.
CONE_FADE_SECONDS = 1.0
#: Where c's tag may sit around its dot, in order of preference, and its gap to the dot;
#: how much farther out each further ring of places lies, how many rings there are, and
#: how far (manim units, 4 px at 480p is 0.067) the tag keeps from the turning contour.
CENTER_TAG_SIDES, CENTER_TAG_GAP = (UP, RIGHT, DOWN, LEFT), 0.08
CENTER_TAG_STEP, CENTER_TAG_RINGS, CENTER_TAG_CLEAR = 0.12, 3, 0.08


def center_tag_center(dot_center: np.ndarray, size: np.ndarray, side: int) -> np.ndarray:
    """Centre of c's tag of ``size`` (width, height) at place ``side``: on side
    ``CENTER_TAG_SIDES[side % 4]`` of c's dot (its radius ``theme.DOT_RADIUS``), in ring
    ``side // 4`` (each ring ``CENTER_TAG_STEP`` farther out)."""
    direction = CENTER_TAG_SIDES[side % len(CENTER_TAG_SIDES)]
    reach = theme.DOT_RADIUS + CENTER_TAG_GAP + abs(direction[0]) * size[0] / 2 \
        + abs(direction[1]) * size[1] / 2 + side // len(CENTER_TAG_SIDES) * CENTER_TAG_STEP
    return dot_center + reach * direction


def family_levels(touches: list[float], reach: float) -> list[float]:
    """Up to ``FAMILY_SIZE`` round levels (1-2-5 series) between a quarter of the lower
    touch level and ``reach``, none within ``FAMILY_CLEARANCE`` of a touch level."""
    low = 0.25 * min(level for level in touches if level > 0.0) if any(touches) else reach / 20
    series = [m * 10.0**k for k in range(-3, 6) for m in (1.0, 2.0, 5.0)]
    chosen = [level for level in series if low <= level <= reach
              and all(abs(level - touch) > FAMILY_CLEARANCE * touch for touch in touches)]
    step = max(1, int(np.ceil(len(chosen) / FAMILY_SIZE)))
    return chosen[::step][:FAMILY_SIZE]


def window_level(loss: QuadraticLoss, half: float) -> float:
    """The highest level whose contour stays inside the box [-half, half]^2: its
    half-extents (mathcore's) grow as the square root of the level."""
    unit = ellipse_half_extent(loss, 1.0)
    return float(np.min(((half - np.abs(loss.center)) / unit) ** 2))


def level_text(level: float) -> str:
    return f"{level:g}"


def plane_windows(stage: layout.Region, header: float, below: float, middle_width: float,
                  name_room: float = 0.0) -> tuple[layout.Region, layout.Region, layout.Region]:
    """The two largest equal square plot windows at the stage's sides, with a band of
    ``header`` above and ``below`` under each and ``name_room`` right of each (for the
    b1 axis name: the left window's in the gutter before the middle column, so at most
    ``layout.GUTTER``), and the middle column between them (at least ``middle_width``
    wide).  Returns (left window, middle, right window)."""
    assert name_room <= layout.GUTTER, name_room
    size = min(stage.height - header - below,
               (stage.width - 2 * layout.GUTTER - middle_width - name_room) / 2)
    top = stage.top - header
    left = layout.Region(stage.left, stage.left + size, top - size, top)
    right = layout.Region(stage.right - name_room - size, stage.right - name_room,
                          top - size, top)
    middle = layout.Region(left.right + layout.GUTTER, right.left - layout.GUTTER,
                           stage.bottom, stage.top)
    return left, middle, right


def normal_directions(norm: str, beta: np.ndarray) -> np.ndarray:
    """Unit directions spanning the ball's normal cone at ``beta`` on its sphere: for L1
    the extreme subgradients s (s_i = sign(b_i), or +-1 where b_i = 0; two at a corner of
    the diamond, one on an edge); for L2 the one normal b / ||b||.  Rows, each of length 1."""
    if norm == "l2":
        return (beta / np.linalg.norm(beta))[None, :]
    zeros = np.flatnonzero(beta == 0.0)
    rows = []
    for signs in ([1.0, -1.0] if len(zeros) else [1.0]):
        s = np.sign(beta).astype(float)
        s[zeros] = signs
        rows.append(s / np.linalg.norm(s))
    return np.array(rows)


def edge_directions(beta: np.ndarray, radius: float) -> np.ndarray:
    """Unit directions from the corner ``beta`` of the L1 ball of ``radius`` along its two
    edges (towards the two neighbouring corners on the other axis).  Rows."""
    axis = int(np.flatnonzero(beta != 0.0)[0])
    rows = []
    for sign in (1.0, -1.0):
        other = np.zeros_like(beta, dtype=float)
        other[1 - axis] = sign * radius
        way = other - beta
        rows.append(way / np.linalg.norm(way))
    return np.array(rows)


def fan(start: np.ndarray, directions: np.ndarray, length: float) -> Polygon:
    """The light sector of radius ``length`` at ``start`` between the two unit
    ``directions`` (rows; the equal units keep their angles on screen)."""
    angles = np.unwrap(np.arctan2(directions[:, 1], directions[:, 0]))
    return Polygon(start, *[start + length * np.array([np.cos(a), np.sin(a), 0.0])
                            for a in np.linspace(angles[0], angles[1], 24)],
                   stroke_width=0, fill_color=theme.L1_COLOR, fill_opacity=FAN_OPACITY)


def along(mobject, count: int = 80) -> np.ndarray:
    """``count`` points spread along ``mobject``'s path (its lines, not just their ends):
    manim's ``point_from_proportion`` at ``count`` proportions, with the curves' lengths
    measured once (manim measures them all again for every point)."""
    mobject.throw_error_if_no_points()
    curves = tuple(mobject.get_curve_functions_with_lengths())
    total = sum(length for _, length in curves)
    points = []
    for alpha in np.linspace(0, 1, count):
        if alpha == 1:
            points.append(mobject.points[-1])
            continue
        target, reached = alpha * total, 0
        for curve, length in curves:
            if reached + length >= target:
                points.append(curve((target - reached) / length if length != 0 else 0))
                break
            reached += length
    return np.array(points)


def box_min_norm(low: np.ndarray, high: np.ndarray, norm: str) -> float:
    """Smallest ``norm`` over the data box [low, high]: the norm of the box's point
    nearest 0 coordinatewise (both norms grow with every |b_i|)."""
    nearest = np.clip(0.0, low, high)
    return float(np.sum(np.abs(nearest)) if norm == "l1" else np.hypot(*nearest))


def box_max_norm(low: np.ndarray, high: np.ndarray, norm: str) -> float:
    """Largest ``norm`` over the data box [low, high]: the norm of its corner farthest
    from 0 coordinatewise."""
    farthest = np.maximum(np.abs(low), np.abs(high))
    return float(np.sum(farthest) if norm == "l1" else np.hypot(*farthest))


def off_edge(low: np.ndarray, high: np.ndarray, norm: str, radius: float, room: float) -> bool:
    """True when the data box [low, high] lies wholly outside the ball of ``norm`` and
    ``radius``, or wholly inside it, ``room`` (data units) from its edge either way."""
    return box_min_norm(low, high, norm) >= radius + room \
        or box_max_norm(low, high, norm) <= radius - room


def leader_crossings(box: pieces.Box, tip: np.ndarray, lines: list[np.ndarray]) -> int:
    """How many of ``lines`` (screen polylines) come within ``NORMAL_LEADER_GAP`` of the
    straight leader from a name's ``box`` to ``tip``."""
    near = np.clip(tip, box.low, box.high)
    span = near - tip
    length = float(np.dot(span, span))
    count = 0
    for points in lines:
        share = np.clip((points - tip) @ span / length, 0.0, 1.0) if length > 0 else 0.0
        gaps = np.linalg.norm(points - (tip + np.outer(share, span)), axis=1)
        count += int(np.min(gaps) < NORMAL_LEADER_GAP)
    return count


class SideBySide(NormvizScene):
    """L1 and L2 optima of one loss, side by side: first touch, then a full turn."""

    focus: str | None = None
    center: tuple[float, ...] = defaults.CENTER
    matrix: tuple[tuple[float, ...], ...] = defaults.MATRIX
    radius: float = defaults.RADIUS

    def construct(self) -> None:
        self.solve_problem()
        self.build_planes()
        self.tell_story()

    # -- numbers -------------------------------------------------------------------------
    def solve_problem(self) -> None:
        """Both optima of the loss, the turn and mathcore's measure of its zeros."""
        self.loss = QuadraticLoss.create(self.center, self.matrix)
        self.solutions = {norm: solve_constrained(self.loss, norm, self.radius)
                          for norm in NORMS}
        # clockwise: from the default loss the L1 optimum then stays on its corner first
        self.orbit = LossOrbit(self.loss, clockwise=True)
        self.zeros = {norm: zero_share(self.orbit, norm, self.radius) for norm in NORMS}
        self.choose_words()
        self.show("solutions", {norm: s.as_dict() for norm, s in self.solutions.items()})
        self.show("turn", {"seconds": TURN_SECONDS,
                           **{norm: z.as_dict() for norm, z in self.zeros.items()}})

    def choose_words(self) -> None:
        """Which sentences hold for these numbers (each beat and text says only what the
        picture shows): c inside both balls (no contour grows; both optima are c); a touch
        on an L1 corner with the L2 optimum on the round edge, without a 0 (the corner's
        beat and its zoom); during the turn the L1 optimum on corners for some stretches
        (``zero_share``) and for most of it, and the L2 optimum on the circle all along
        (the circle is the same at every angle of the turn, so the turned loss's optimum
        stays on it exactly when the first one is)."""
        l1, l2 = self.solutions["l1"], self.solutions["l2"]
        both_inside = l1.face == l2.face == "interior"
        l2_on_edge = l2.face == "boundary"
        self.corner = l1.face == "vertex" and l2_on_edge and not l2.zeros
        waits, mostly = self.zeros["l1"].share > 0.0, self.zeros["l1"].share > 0.5
        self.story = {
            "grow": "sbs_grow_inside" if both_inside else "sbs_grow",
            "touch": "sbs_touch_corner" if self.corner else "sbs_touch",
            "turn": "sbs_turn_stick" if mostly and l2_on_edge else "sbs_turn",
            "turn_text": "sbs_turn" if mostly else "sbs_turn_follow",
            "recap": f"sbs_recap_{self.focus or 'pair'}" if waits and l2_on_edge
            else "sbs_recap_even",
        }
        self.show("story", self.story)

    # -- mobjects ------------------------------------------------------------------------
    def build_planes(self) -> None:
        """Two planes with the same data box: balls, family, contour, c, optimum, texts."""
        title_key = f"sbs_title_{self.focus or 'pair'}"
        self.title = pieces.title(text(title_key, self.lang))
        # the two largest equal windows the stage leaves under their headers and above
        # their read-out and counter lines; the axis names sit inside the windows
        x_name = pieces.label(text("axis_x", self.lang), theme.BODY_SIZE)
        left, self.middle, right = plane_windows(layout.stage(), LINE_BAND, 2 * SMALL_BAND,
                                                 MIDDLE_WIDTH, x_name.width + NAME_GAP)
        touches = [self.solutions[norm].loss for norm in NORMS]
        # the box holds both balls, the circle c travels on and both touching contours as
        # first drawn (while the loss turns, a contour may leave it and is cut at its edge)
        reach = max(float(np.max(np.abs(self.loss.center) + ellipse_half_extent(
            self.loss, level))) for level in touches)
        half = max(self.radius, float(np.linalg.norm(self.loss.center)), reach) * (1 + MARGIN)
        self.levels = family_levels(touches, float(max(touches) * 4) if max(touches) > 0.0
                                    else window_level(self.loss, half))
        self.sides = {norm: self.build_side(norm, window, half)
                      for norm, window in zip(NORMS, (left, right), strict=True)}
        if self.corner:
            self.place_normal_name(self.sides["l2"])
        self.walk_share = self.tracker("walk", 0.0)
        # which side of c its tag sits on while the loss turns (CENTER_TAG_SIDES)
        self.tag_sides = {norm: self.tracker(f"tag_{norm}", 0) for norm in NORMS}
        self.level = self.tracker("level", 0.0)
        self.turn = self.tracker("turn", 0.0)
        self.build_middle()
        # (the corner's zoom and fans only in the corner's beat)
        self.zoom = self.corner_zoom(self.sides["l1"]["axes"], half, self.solutions["l1"]) \
            if self.corner else {}
        if self.zoom:  # the text above the zoom, shrunk if it would reach it
            room = self.middle.top - 0.3 - self.zoom["frame"].get_top()[1] - 0.2
            if self.explain_cone.height > room:
                self.explain_cone.scale_to_fit_height(room)
            self.explain_cone.align_to([0, self.middle.top - 0.3, 0], UP)
            self.show("zoom", {"magnification": ZOOM, "side": self.zoom["side"]})

    def build_side(self, norm: str, window: layout.Region, half: float) -> dict:
        """One plane: header above; ball, family, growing contour, c and optimum in its
        framed window; the optimum's read-out and its zero note, then the zero-time
        counter, below."""
        header_band = layout.Region(window.left, window.right, window.top,
                                    window.top + LINE_BAND)
        readout_band = layout.Region(window.left, window.right, window.bottom - SMALL_BAND,
                                     window.bottom)
        counter_band = layout.Region(window.left, window.right,
                                     window.bottom - 2 * SMALL_BAND, window.bottom - SMALL_BAND)
        axes = self.plane(norm, pieces.fit_axes(np.array([-half, -half]),
                                                np.array([half, half]),
                                                window.width, window.height))
        window.place(axes)
        low, high = axes.c2p(-half, -half), axes.c2p(half, half)
        frame = Rectangle(width=high[0] - low[0], height=high[1] - low[1],
                          stroke_color=theme.AXES_COLOR, stroke_width=WINDOW_STROKE,
                          stroke_opacity=WINDOW_OPACITY).move_to((low + high) / 2)
        color = theme.NORM_COLORS[norm]
        header = header_band.place(pieces.fit_into(pieces.label(
            text(f"sbs_header_{norm}", self.lang, radius=pieces.format_number(self.radius)),
            theme.BODY_SIZE, color), header_band.width))
        family = VGroup(*[pieces.LossContour(axes, self.loss, level, clip_to_axes=True)
                          .set_stroke(width=2, opacity=FAMILY_OPACITY) for level in self.levels])
        solution = self.solutions[norm]
        readout = LiveLine(text("sbs_optimum", self.lang),
                           [pieces.format_coefficient(x) for x in solution.beta],
                           theme.SMALL_SIZE, color)
        readout_band.place(readout)
        zero_note = counter_band.place(pieces.fit_into(pieces.label(
            self.zero_note(norm, solution), theme.SMALL_SIZE,
            theme.ZERO_COLOR if solution.zeros else color), counter_band.width))
        # sized for its widest reading, "100", to fit under its plane
        widest = LiveLine(text("sbs_counter", self.lang), ["100"], theme.SMALL_SIZE, color)
        size = theme.SMALL_SIZE * min(1.0, counter_band.width / widest.width)
        counter = LiveLine(text("sbs_counter", self.lang), [NOT_YET], size, color)
        counter_band.place(counter)
        done = pieces.label(text("sbs_counter_done", self.lang,
                                 share=f"{100 * self.zeros[norm].share:.0f}"), size, color)
        counter_band.place(pieces.fit_into(done, counter_band.width))
        center_dot = Dot(axes.c2p(*self.loss.center), radius=theme.DOT_RADIUS,
                         color=theme.LOSS_COLOR).set_z_index(PLATE_Z + 1)
        center_tag = pieces.label(text("label_center", self.lang), theme.SMALL_SIZE,
                                  theme.LOSS_COLOR).next_to(center_dot, UP, buff=0.08)
        center_tag.set_z_index(PLATE_Z + 1)
        names = self.axis_names(axes, half)
        names[1].set_z_index(PLATE_Z + 1)
        rings = VGroup(*[pieces.BallOutline(axes, norm, share * self.radius)
                         .set_fill(opacity=0.0).set_stroke(opacity=FAMILY_OPACITY)
                         for share in NORM_RINGS])
        # the walk's norm on two lines under its plane (the counter's line is free then):
        # its formula, then its sum, sized for its widest reading to fit
        formula, template = text(f"sbs_walk_{norm}", self.lang).split("\n")
        walk_name = readout_band.place(pieces.fit_into(
            pieces.label(formula, theme.SMALL_SIZE, color), readout_band.width))
        widest = LiveLine(template, ["0.00", "0.00", "0.00"], theme.SMALL_SIZE, color)
        walk_readout = LiveLine(template, ["0.00"] * 3, theme.SMALL_SIZE * min(
            1.0, counter_band.width / widest.width), color)
        counter_band.place(walk_readout)
        return {
            "cone": self.normal_picture(norm, axes, solution) if self.corner else VGroup(),
            "axes": axes, "frame": frame, "header": header, "names": names,
            # b2's name sits inside the window: a plate of the background under it keeps
            # it clear of a contour passing there while the loss turns (c stays on top)
            "name_plate": BackgroundRectangle(names[1], color=theme.BACKGROUND_COLOR,
                                              fill_opacity=1.0, buff=NAME_GAP / 2)
            .set_z_index(PLATE_Z),
            "ball": pieces.BallOutline(axes, norm, self.radius), "family": family,
            "family_tags": self.level_tags(axes, half, [*names, center_dot, center_tag],
                                           solution.loss),
            "contour": pieces.LossContour(axes, self.loss, 0.0, clip_to_axes=True),
            "center": center_dot, "center_tag": center_tag,
            "dot": Dot(axes.c2p(*solution.beta), radius=theme.DOT_RADIUS,
                       color=pieces.optimum_color(solution.beta)).set_z_index(PLATE_Z + 1),
            "readout": readout, "zero_note": zero_note, "counter": counter,
            "counter_done": done,
            "rings": rings, "walk_readout": walk_readout, "walk_name": walk_name,
            "walker": Dot(axes.c2p(self.radius, 0.0), radius=theme.DOT_RADIUS,
                          color=theme.TEXT_COLOR),
        }

    def axis_names(self, axes, half: float) -> VGroup:
        """The axis names at the positive ends of the axes: b1 just outside the window's
        right edge, level with the x axis (where no contour is drawn: they are cut at the
        window), b2 inside the window right of the y axis."""
        x_name = pieces.label(text("axis_x", self.lang), theme.BODY_SIZE, theme.MUTED_TEXT_COLOR)
        y_name = pieces.label(text("axis_y", self.lang), theme.BODY_SIZE, theme.MUTED_TEXT_COLOR)
        x_name.move_to(axes.c2p(half, 0.0) + np.array([NAME_GAP + x_name.width / 2, 0.0, 0.0]))
        y_name.move_to(axes.c2p(0.0, half) + np.array(
            [NAME_GAP + y_name.width / 2, -NAME_GAP - y_name.height / 2, 0.0]))
        return VGroup(x_name, y_name)

    def normal_picture(self, norm: str, axes, solution) -> VGroup:
        """At the optimum on the ball's sphere, in two parts shown one after the other: for
        L1 at a corner, the fan of the diamond's outward normals there (light), then the
        loss's -gradient (mathcore's, at b*) inside it; for L2, the circle's single normal,
        then its name.  Empty anywhere else (no corner, c inside)."""
        beta = solution.beta
        if solution.face == "interior" or (norm == "l1" and not solution.zeros):
            return VGroup()
        start = axes.c2p(*beta)
        directions = normal_directions(norm, beta)
        if norm == "l2":
            # (under everything else: the optimum's dot stays whole on top); its name is
            # placed once the plane is built (place_normal_name)
            arrow = self.arrow(start, directions[0], theme.L2_COLOR)
            name = pieces.label(text("sbs_normal_l2", self.lang), theme.SMALL_SIZE,
                                theme.L2_COLOR)
            return VGroup(VGroup(arrow).set_z_index(-1), VGroup(name))
        descent = -self.loss.gradient(beta)
        return VGroup(VGroup(fan(start, directions, FAN_LENGTH)).set_z_index(-1),
                      VGroup(self.arrow(start, descent / np.linalg.norm(descent),
                                        theme.LOSS_COLOR)).set_z_index(-1))

    def place_normal_name(self, side: dict) -> None:
        """The circle's normal arrow's name, near the arrow's tip inside the window and
        outside the ball: of the places around the tip that keep ``TAG_ROOM`` from c, its
        tag, the axis names, the level numbers, the ball and the highlighted contour, the
        one whose leader to the tip passes the fewest contours (highlighted or family),
        then the nearest the tip, then the clearest of the family's contours (up to
        ``TAG_CLEAR``)."""
        arrow, name = side["cone"][0][0], side["cone"][1][0]
        low, high = side["frame"].get_corner(DOWN + LEFT), side["frame"].get_corner(UP + RIGHT)
        touching = self.loss.center + np.sqrt(self.solutions["l2"].loss) * unit_ellipse(
            self.loss, 160)
        hard = np.vstack([along(side["ball"], 160), side["axes"].c2p(touching),
                          along(arrow, 20), pieces.axes_points(side["axes"])])
        soft = np.vstack([along(contour, 160) for contour in side["family"]])
        contours = [side["axes"].c2p(touching), *[along(contour, 160)
                                                  for contour in side["family"]]]
        boxes = [pieces.Box.of(other) for other in
                 (side["center"], side["center_tag"], *side["names"],
                  *[tag for tag in side["family_tags"] if not tag.crossed])]
        tip = arrow.get_end()
        name_box = pieces.Box.of(name)
        best, best_score = tip, None
        for angle in np.linspace(0.0, 2.0 * np.pi, NORMAL_NAME_ANGLES, endpoint=False):
            way = np.array([np.cos(angle), np.sin(angle), 0.0])
            reach = abs(way[0]) * name.width / 2 + abs(way[1]) * name.height / 2
            for share in NORMAL_NAME_REACH:
                place = name_box.moved_to(tip + (TAG_GAP + share * reach) * way)
                if np.any(place.low[:2] < low[:2] + TAG_ROOM) \
                        or np.any(place.high[:2] > high[:2] - TAG_ROOM) \
                        or place.clearance(hard) < TAG_ROOM \
                        or box_min_norm(side["axes"].p2c(place.low)[:2],
                                        side["axes"].p2c(place.high)[:2], "l2") < self.radius \
                        or not all(place.gap(other) >= TAG_ROOM for other in boxes):
                    continue
                crossed = leader_crossings(place, tip, contours)
                score = (-crossed, -share, min(place.clearance(soft), TAG_CLEAR))
                if best_score is None or score > best_score:
                    best, best_score = place.center, score
        name.move_to(best)
        # a thin leader from the name's box to the tip, each end NORMAL_LEADER_GAP short
        low, high = name.get_corner(DOWN + LEFT), name.get_corner(UP + RIGHT)
        near = np.clip(tip, low, high)
        span = np.linalg.norm(near - tip)
        if span > 3 * NORMAL_LEADER_GAP:
            way = (near - tip) / span
            side["cone"][1].add(Line(tip + NORMAL_LEADER_GAP * way, near - NORMAL_LEADER_GAP * way,
                                     color=theme.L2_COLOR, stroke_width=1.5))

    def corner_zoom(self, axes, half: float, solution) -> dict:
        """The L1 touch on a corner magnified ``ZOOM`` times in the middle column, under
        its text (``scenes.zoom``; a square marks the magnified part of the plane): the
        diamond's corner, the touching contour, the optimum, the fan of the directions
        pointing out of the diamond there with its two edges' outward arrows, and the
        loss's downhill direction -grad f (mathcore's, at b*) inside it, each labelled.
        Empty when the L1 optimum is not on a corner."""
        beta = solution.beta
        if solution.face == "interior" or not solution.zeros:
            return {}
        out = beta / np.linalg.norm(beta)  # a corner lies on an axis: straight out of it
        side = min(ZOOM_SIDE, self.middle.width)
        scale = side / axes.x_length
        half_width = half * scale / ZOOM  # the data the view shows around its centre
        view = zoom_view(axes, half, beta + ZOOM_SHIFT * half_width * out, half_width, "l1",
                         self.radius, self.loss, solution.loss)
        view.keep_contour_inside(scale)  # built at the plane's size, then scaled
        contour = view.contour
        inset = view.body.scale(scale, about_point=axes.get_center())  # (not the dot)
        inset.shift(np.array([self.middle.center[0], self.middle.bottom + ZOOM_GAP + side / 2,
                              0.0]) - view.frame.get_center())
        zoom = self.plane("l1_zoom", view.axes)
        start = zoom.c2p(*beta)
        view.optimum.move_to(start).set_color(pieces.optimum_color(beta))
        directions = normal_directions("l1", beta)
        descent = -self.loss.gradient(beta)
        descent /= np.linalg.norm(descent)
        reach = side / 2
        shade = fan(start, directions, ZOOM_FAN * reach)
        edges = VGroup(*[self.arrow(start, d, theme.L1_COLOR, ZOOM_FAN * reach)
                         for d in directions])
        downhill = self.arrow(start, descent, theme.LOSS_COLOR, ZOOM_ARROW * reach)
        # first: the two ways along the diamond's edges from the corner, each with the
        # loss's slope along it (mathcore's gradient: both positive at the optimum)
        ways = edge_directions(beta, self.radius)
        slopes = [float(self.loss.gradient(beta) @ way) for way in ways]
        rises = VGroup(*[self.arrow(start, way, theme.TEXT_COLOR, ZOOM_ARROW * reach)
                         for way in ways])
        lines = np.vstack([along(m) for m in (contour, *view.body[2][1:], *edges, downhill,
                                              view.optimum, *rises)])
        arc = shade.get_vertices()[1:]
        wedge = np.vstack([start + share * (arc - start) for share in np.linspace(0, 1, 6)])
        labels = [
            *[(pieces.label(text("sbs_zoom_rise", self.lang), ZOOM_TAG_SIZE,
                            theme.TEXT_COLOR), rise.get_end()[None, :]) for rise in rises],
            (pieces.label(text("sbs_zoom_down", self.lang), ZOOM_TAG_SIZE, theme.LOSS_COLOR),
             downhill.get_end()[None, :]),
            (pieces.label(text("sbs_zoom_out", self.lang), ZOOM_TAG_SIZE, theme.L1_COLOR), arc),
            (pieces.label(text("sbs_zoom_level", self.lang,
                               level=pieces.format_number(solution.loss)),
                          ZOOM_TAG_SIZE, theme.LOSS_COLOR), contour.points),
        ]
        placed = VGroup()
        for label, anchor in labels:
            self.place_zoom_label(pieces.fit_into(label, side - 2 * ZOOM_ROOM), view.frame,
                                  zoom, np.vstack([lines, wedge]), anchor, placed)
            placed.add(label)
        view.source.set_z_index(1)
        # shown in two steps: the corner with its two uphill ways along the edges, then
        # the fan with the downhill arrow inside it
        first = VGroup(view.source, VGroup(inset, rises, view.optimum, *placed[:2],
                                           placed[4]))  # and the contour's level
        second = VGroup(VGroup(shade, edges, placed[3]), VGroup(downhill, placed[2]))
        group = VGroup(first, second)
        view.optimum.set_z_index(1)  # over the arrows, which start at it
        self.show("zoom_edge_slopes", slopes)
        return {"group": group, "first": first, "second": second, "axes": zoom,
                "frame": view.frame, "fan": shade, "downhill": downhill, "edges": edges,
                "rises": rises, "slopes": slopes, "contour": contour,
                "optimum": view.optimum, "labels": placed, "side": side}

    def place_zoom_label(self, label, frame, zoom, lines: np.ndarray, anchor: np.ndarray,
                         placed: VGroup) -> None:
        """Put ``label`` inside the ``frame``, off the diamond's edges (wholly outside it or
        wholly inside, ``ZOOM_ROOM`` from them), ``ZOOM_LABEL_GAP`` apart from the labels
        already ``placed`` and ``ZOOM_ROOM`` clear of the ``lines`` (where no place keeps
        both, the one that keeps most of the scarcer), and of those places the one nearest
        its ``anchor`` points."""
        low, high = frame.get_corner(DOWN + LEFT), frame.get_corner(UP + RIGHT)
        size = np.array([label.width, label.height, 0.0]) / 2 + ZOOM_ROOM
        # ZOOM_ROOM clear of the diamond's edge (in the zoom's data units)
        clearance = ZOOM_ROOM / (zoom.c2p(1.0, 0.0) - zoom.c2p(0.0, 0.0))[0]
        label_box = pieces.Box.of(label)
        placed_boxes = [pieces.Box.of(other) for other in placed]
        best, best_score = None, None
        for x in np.linspace(low[0] + size[0], high[0] - size[0], ZOOM_GRID):
            for y in np.linspace(low[1] + size[1], high[1] - size[1], ZOOM_GRID):
                place = label_box.moved_to([x, y, 0.0])
                corners = zoom.p2c(place.low), zoom.p2c(place.high)
                if not off_edge(np.array(corners[0][:2]), np.array(corners[1][:2]), "l1",
                                self.radius, clearance):
                    continue
                clear = min(place.clearance(lines), ZOOM_ROOM)
                gap = min((place.gap(other) for other in placed_boxes), default=ZOOM_LABEL_GAP)
                # both rooms kept where they can be (else as much of the scarcer one)
                kept = min(clear / ZOOM_ROOM, gap / ZOOM_LABEL_GAP, 1.0)
                score = (kept, -place.clearance(anchor))
                if best_score is None or score > best_score:
                    best, best_score = np.array([x, y, 0.0]), score
        label.move_to(best)

    @staticmethod
    def arrow(start: np.ndarray, direction: np.ndarray, color: str,
              length: float = ARROW_LENGTH) -> Arrow:
        """An arrow of ``length`` from ``start`` along the unit data ``direction`` (the
        planes' units are equal, so directions keep their angles on screen)."""
        return Arrow(start, start + length * np.array([*direction, 0.0]), buff=0.0,
                     color=color, stroke_width=ARROW_STROKE, tip_length=0.14,
                     max_tip_length_to_length_ratio=0.3)

    def level_tags(self, axes, half: float, obstacles: list, touch: float) -> VGroup:
        """Each family level's number just outside its contour, inside the window, placed
        innermost first where its box keeps ``TAG_ROOM`` from the other tags, the
        ``obstacles`` (axis names, c and its tag) and both balls' edges (with an optimum's
        dot; wholly outside a ball or, when c and its contours lie inside, inside it),
        preferring a place clear of the highlighted contour at this plane's ``touch`` level
        (a number that cannot be is marked ``crossed`` and leaves as that contour grows),
        then one clear of the other lines, then the top of the contour.  A level with no
        such place on its visible part gets no number."""
        unit = (axes.c2p(1.0, 0.0) - axes.c2p(0.0, 0.0))[0]
        ball_room = (TAG_ROOM + theme.DOT_RADIUS) / unit  # in data units
        low, high = axes.c2p(-half, -half), axes.c2p(half, half)
        rings = {level: self.loss.center + np.sqrt(level) * unit_ellipse(self.loss, 240)
                 for level in [*self.levels, *(s.loss for s in self.solutions.values())]}
        axis_lines = pieces.axes_points(axes)
        highlighted = axes.c2p(rings[touch]) if touch > 0.0 else None
        placed: list = []
        for level in sorted(self.levels):
            lines = np.vstack([axis_lines, *[axes.c2p(ring) for other, ring in rings.items()
                                             if other != level]])
            offsets = np.sqrt(level) * unit_ellipse(self.loss, TAG_CANDIDATES)
            normals = offsets @ self.loss.matrix  # the outward normal, A (b - c)
            normals /= np.linalg.norm(normals, axis=1, keepdims=True)
            tag = pieces.label(level_text(level), TAG_SIZE, theme.MUTED_TEXT_COLOR)
            tag_box = pieces.Box.of(tag)
            taken = [pieces.Box.of(other) for other in (*placed, *obstacles)]
            best, best_score = None, None
            for offset, normal in zip(offsets, normals, strict=True):
                point = self.loss.center + offset
                if np.any(np.abs(point) > half):
                    continue  # that part of the contour is cut off
                reach = TAG_GAP + abs(normal[0]) * tag.width / 2 + abs(normal[1]) * tag.height / 2
                place = tag_box.moved_to(axes.c2p(*point) + reach * np.array([*normal, 0.0]))
                if np.any(place.low[:2] < low[:2] + TAG_ROOM) \
                        or np.any(place.high[:2] > high[:2] - TAG_ROOM):
                    continue
                data_low, data_high = axes.p2c(place.low)[:2], axes.p2c(place.high)[:2]
                if not all(off_edge(np.array(data_low), np.array(data_high), norm,
                                    self.radius, ball_room) for norm in NORMS):
                    continue
                if not all(place.gap(other) >= TAG_ROOM for other in taken):
                    continue
                score = (highlighted is None or place.clearance(highlighted) >= TAG_CLEAR,
                         min(place.clearance(lines), TAG_CLEAR), normal[1])
                if best_score is None or score > best_score:
                    best, best_score = place.center, score
            if best is not None:
                tag.level = level
                tag.crossed = not best_score[0]
                placed.append(tag.move_to(best))
        return VGroup(*placed)

    def zero_note(self, norm: str, solution) -> str:
        """Which coefficients are exactly 0; or that c is its own optimum; or that none is."""
        if solution.zeros:
            return ", ".join(text("zero_coefficient", self.lang, index=pieces.subscript(i + 1))
                             for i in solution.zeros) + text("sbs_exactly", self.lang)
        if solution.face == "interior":
            return text("sbs_inside", self.lang)
        if norm == "l2":  # the words say each coefficient is shrunk toward 0 from c's
            assert np.all(np.abs(solution.beta) < np.abs(self.loss.center)), solution.beta
        return text(f"sbs_no_zero_{norm}", self.lang)

    def build_middle(self) -> None:
        """The column between the planes: what is drawn, then what moves."""
        def paragraph(key: str, **fields: object):
            return pieces.fit_into(pieces.label(text(key, self.lang, **fields),
                                                theme.SMALL_SIZE), self.middle.width)
        self.explain_loss = paragraph("sbs_same_loss", center=", ".join(
            pieces.format_number(x) for x in self.loss.center))
        self.explain_rings = paragraph("sbs_rings", radius=pieces.format_number(self.radius),
                                       inner=", ".join(pieces.format_number(share * self.radius)
                                                       for share in NORM_RINGS))
        self.explain_grow = paragraph(self.story["grow"])
        self.explain_turn = paragraph(self.story["turn_text"])
        self.explain_cone = paragraph("sbs_cone", zoom=f"{ZOOM:g}")
        shares = {norm: f"{100 * self.zeros[norm].share:.0f}" for norm in NORMS}
        self.recap = paragraph(self.story["recap"], **shares)
        stack = VGroup(self.explain_loss, self.explain_grow).arrange(DOWN, buff=0.4,
                                                                     aligned_edge=LEFT)
        stack.move_to(self.middle.center).align_to([0, self.middle.top - 0.3, 0], UP)
        for late in (self.explain_rings, self.explain_turn, self.explain_cone, self.recap):
            late.move_to(self.middle.center).align_to([0, self.middle.top - 0.3, 0], UP)
        self.show("recap_shares_percent", shares)

    # -- the three updaters --------------------------------------------------------------
    def walk(self) -> None:
        """A point at the tracked share of a turn around each ball's edge, and its norm
        summed: ``|b1| + |b2|`` on the diamond, ``sqrt(b1^2 + b2^2)`` on the circle."""
        angle = 2.0 * np.pi * self.walk_share.get_value()
        for norm, side in self.sides.items():
            point = radial_point(norm, self.radius, angle)
            terms = np.abs(point) if norm == "l1" else point**2
            side["walker"].move_to(side["axes"].c2p(*point))
            side["walk_readout"].set_fields(*(f"{x:.2f}" for x in terms),
                                            f"{float(norm_value(point, norm)):.2f}")

    def grow(self) -> None:
        """The highlighted contour of each side at the tracked level, stopped at its touch."""
        level = self.level.get_value()
        for norm, side in self.sides.items():
            side["contour"].show(level=min(level, self.solutions[norm].loss))

    def follow_turn(self) -> None:
        """The loss at the tracked turn: contours, c, optima, read-outs, zero-time counters."""
        s = self.turn.get_value()
        loss = self.orbit.loss_at(s)
        for norm, side in self.sides.items():
            solution = solve_constrained(loss, norm, self.radius)
            axes = side["axes"]
            side["contour"].show(loss, solution.loss)
            side["center"].move_to(axes.c2p(*loss.center))
            self.place_center_tag(norm, side)
            side["dot"].move_to(axes.c2p(*solution.beta)).set_color(
                pieces.optimum_color(solution.beta))  # the key: green with an exact 0
            side["readout"].set_fields(*(pieces.format_coefficient(x) for x in solution.beta))
            side["counter"].set_fields(
                f"{100 * self.zeros[norm].share_until(s):.0f}" if s > 0 else NOT_YET)

    def place_center_tag(self, norm: str, side: dict) -> None:
        """c's tag at the first place by its dot (above, right, below, left; then the same
        a ring farther out) where it stays inside the window, keeps ``TAG_ROOM`` from both
        axis names and ``CENTER_TAG_CLEAR`` from the contour drawn (the whole ellipse);
        where none does, the allowed place farthest from the contour."""
        tag, contour = side["center_tag"], side["contour"]
        size = np.array([tag.width, tag.height])
        half = np.array([*size / 2, 0.0])
        frame = pieces.Box.of(side["frame"])
        names = [pieces.Box.of(name) for name in side["names"]]
        centre = side["center"].get_center()
        ellipse = contour.screen_points_at(contour.level)
        best, chosen = -np.inf, 0
        for index in range(CENTER_TAG_RINGS * len(CENTER_TAG_SIDES)):
            middle = center_tag_center(centre, size, index)
            place = pieces.Box(middle - half, middle + half)
            inside = np.all(place.low[:2] >= frame.low[:2]) and np.all(
                place.high[:2] <= frame.high[:2])
            if not inside or not all(place.gap(name) >= TAG_ROOM for name in names):
                continue
            clear = place.clearance(ellipse) if contour.level > 0 else np.inf
            if clear >= CENTER_TAG_CLEAR:
                chosen = index
                break
            if clear > best:
                best, chosen = clear, index
        tag.move_to(center_tag_center(side["center"].get_center(), size, chosen))
        self.tag_sides[norm].set_value(chosen)

    # -- storyboard ----------------------------------------------------------------------
    def show_cone_steps(self, reading: float) -> None:
        """The corner's fan (with the words on it), -grad f in it, the circle's one normal:
        each fades in over ``CONE_FADE_SECONDS``, the words' ``reading`` seconds (the
        later fades and the beat's closing still count) shared evenly between the holds
        after them, so that the picture changes every few seconds."""
        zoom = [self.zoom] if self.zoom else []
        l1, l2 = self.sides["l1"]["cone"], self.sides["l2"]["cone"]
        steps = [VGroup(*l1[:1], *[m["second"][0] for m in zoom]),
                 VGroup(*l1[1:], *[m["second"][1] for m in zoom]), VGroup(*l2)]
        steps = [step for step in steps if len(step)]
        hold = max(reading - (len(steps) - 1) * CONE_FADE_SECONDS - STILL_SECONDS, 0.0)
        self.play(FadeIn(self.explain_cone), FadeIn(steps[0]), run_time=CONE_FADE_SECONDS)
        for step in steps[1:]:
            self.wait(hold / len(steps))
            self.play(FadeIn(step), run_time=CONE_FADE_SECONDS)
        self.wait(hold / len(steps))  # (the zoom's labels: in the holds)

    def part(self, key: str) -> list:
        return [side[key] for side in self.sides.values()]

    def point_at_shares(self) -> None:
        """While the recap is read: each side's whole-turn share of time with a 0 is
        outlined in its ball's colour, L1 then L2, as the subtitle names them, within the
        paragraph's reading time less the closing still (base.py holds
        ``CLOSING_STILL_SECONDS`` after the last motion), so the beat does not grow; a
        paragraph read within the closing still needs no outline."""
        spare = reading_seconds(self.recap.original_text, self.lang) - CLOSING_STILL_SECONDS
        outline = min(SHARE_OUTLINE_SECONDS, spare / len(NORMS))
        if outline < SHARE_OUTLINE_LEAST:
            return
        for norm in NORMS:
            if spare / len(NORMS) - outline > 1e-3:
                self.wait(spare / len(NORMS) - outline)
            self.play(Circumscribe(self.sides[norm]["counter_done"],
                                   color=theme.NORM_COLORS[norm], buff=0.06),
                      run_time=outline)

    def tell_story(self) -> None:
        self.beat("sbs_balls", radius=pieces.format_number(self.radius))
        self.play(Write(self.title), *[Create(m) for m in self.part("axes")],
                  *[FadeIn(m) for m in (*self.part("frame"), *self.part("names"),
                                        *self.part("name_plate"),
                                        *self.part("header"))],
                  run_time=1.5)
        self.play(*[Create(m) for m in (*self.part("ball"), *self.part("rings"))],
                  FadeIn(self.explain_rings), run_time=1.2)
        walking = self.drive(self.walk, *self.part("walker"), *self.part("walk_readout"))
        self.play(*[FadeIn(m) for m in (*self.part("walker"), *self.part("walk_readout"),
                                        *self.part("walk_name"))], run_time=0.5)
        self.play(self.walk_share.animate.set_value(1.0), run_time=WALK_SECONDS,
                  rate_func=linear)
        self.stop_driving(walking, self.walk)
        self.play(*[FadeOut(m) for m in (*self.part("walker"), *self.part("walk_readout"),
                                         *self.part("walk_name"))], run_time=0.6)

        self.beat("sbs_problem")  # the faint norm contours stay until the cue is read
        self.play(*[FadeOut(m) for m in (*self.part("rings"), self.explain_rings)],
                  *[FadeIn(m) for m in (*self.part("center"), *self.part("center_tag"))],
                  FadeIn(self.explain_loss), run_time=1.0)
        # while the paragraph is read, the contours are drawn outwards from c, one level
        # after another, each with its number
        self.play(LaggedStart(*[AnimationGroup(
            *[Create(side["family"][k]) for side in self.sides.values()],
            *[FadeIn(tag) for side in self.sides.values() for tag in side["family_tags"]
              if tag.level == level]) for k, level in enumerate(self.levels)],
            lag_ratio=1.0), run_time=max(2.0, reading_seconds(
                self.explain_loss.original_text, self.lang) - 1.0))

        self.beat(self.story["grow"])
        growing = self.drive(self.grow, *self.part("contour"))
        # the numbers the highlighted contour will cross leave before it grows
        self.play(FadeIn(self.explain_grow), *[FadeOut(tag) for side in self.sides.values()
                                               for tag in side["family_tags"] if tag.crossed],
                  run_time=0.8)
        self.wait(1.0)  # the caption is read while the contour grows
        top = max(s.loss for s in self.solutions.values())  # 0 when c is inside both
        for norm in sorted(NORMS, key=lambda n: self.solutions[n].loss):
            target = self.solutions[norm].loss
            seconds = 1.5 + 2.0 * np.sqrt(target / top if top > 0.0 else 0.0)
            self.play(self.level.animate.set_value(target), run_time=seconds, rate_func=linear)
            side = self.sides[norm]
            # (no Flash: its thin rays read as stray dots around the touch at 480p)
            self.play(GrowFromCenter(side["dot"]), run_time=0.8)
        self.stop_driving(growing, self.grow)

        self.beat(self.story["touch"])
        self.play(*[FadeIn(m) for m in (*self.part("readout"), *self.part("zero_note"))],
                  run_time=1.0)
        self.read(*[m.original_text for m in self.part("zero_note")])
        explained = [self.explain_loss, self.explain_grow]
        if self.corner:
            # why the corner holds: -grad f lies in the diamond's fan of normals there;
            # the circle has one normal at its touch
            zoom = [self.zoom["group"]] if self.zoom else []
            # first the corner up close: along both edges the loss rises
            self.play(FadeOut(self.explain_loss), FadeOut(self.explain_grow),
                      *[FadeIn(m["first"]) for m in ([self.zoom] if self.zoom else [])],
                      run_time=1.0)
            self.wait(ZOOM_EDGES_SECONDS)
            # then, one after another while the words are read, the fan of directions
            # the corner faces, -grad f inside it, and the circle's one direction
            self.show_cone_steps(reading_seconds(self.explain_cone.original_text, self.lang))
            explained = [self.explain_cone, *self.part("cone"), *zoom]
        else:
            self.wait(TOUCH_HOLD_SECONDS)

        self.beat(self.story["turn"])
        self.play(*[FadeOut(m) for m in (*self.part("family"), *self.part("family_tags"),
                                         *self.part("zero_note"), *explained)], run_time=0.8)
        self.play(FadeIn(self.explain_turn), *[FadeIn(m) for m in self.part("counter")],
                  run_time=0.8)
        turning = self.drive(self.follow_turn, *self.part("contour"), *self.part("center"),
                             *self.part("center_tag"), *self.part("dot"),
                             *self.part("readout"), *self.part("counter"))
        self.play(self.turn.animate.set_value(1.0), run_time=TURN_SECONDS, rate_func=linear)
        self.stop_driving(turning, self.follow_turn)

        self.beat("sbs_recap", **{norm: f"{100 * self.zeros[norm].share:.0f}"
                                  for norm in NORMS})
        # the counters now count the whole turn, and say so
        self.play(FadeOut(self.explain_turn), FadeIn(self.recap),
                  *[FadeOut(m) for m in self.part("counter")],
                  *[FadeIn(m) for m in self.part("counter_done")], run_time=RECAP_FADE_SECONDS)
        self.point_at_shares()
