"""Three dimensions: the L1 octahedron and the L2 sphere with a touching ellipsoid.

Four stories: an ellipsoidal level set touches the octahedron at a vertex (two zeros),
another touches it on an edge (one zero), a third on a face (no zero: L1 gives zeros often,
not always), the first one touches the sphere (no zero).  Each story has three beats, each
with its own subtitle: ``b3_<face>_grow``, the ball is drawn and the level set grows out of
the loss's centre until, at the touching level, it first meets the ball; ``_touch``, the
optimum appears there, with the read-out that names the coefficients that are exactly 0
(mathcore's ``zeros``); ``_turn``, the camera turns aside.  The view of the first two
beats has the line of sight in the common tangent plane at the contact: there the two
bodies are seen side by side, touching at the optimum and nowhere else, instead of one
seeming to cut into the other.  The part of the octahedron the level set touches (a
vertex, an edge in a coordinate plane, a face, filled) is drawn over the ball: a vertex or
an edge as the optimum appears; a face lies in the tangent plane, so seen edge on it would
be a line: it is drawn while the camera turns aside, once the face opens out, and the story
ends seen from aside.  The camera never holds still on a story: it drifts a few degrees
while the contact is seen edge on, turns 30 degrees further round towards the side the
contact faces (45 for a contact with no zero, slowly) and, but for the face, comes back to
the edge-on view, the level set faint while the view is not edge on.
The last beat, ``b3_share``, shows the octahedron alone with the measured share
(``mathcore.octahedron_share``): over 20 000 random losses, how often the L1 optimum lies
on a vertex, an edge or a face, with the 95 % intervals' half width and how the losses were
drawn: random losses seldom touch a face.  The rows come in one at a time, each with the
parts of the octahedron it counts drawn in its colour (the six vertices ringed, the twelve
edges, the eight faces filled), while the camera turns: the faces, nearly all of the
surface, catch the fewest optima.
Vertices from ``mathcore.l1_vertices``, optima and touching levels from
``solve_constrained``, the contact normal from the loss's gradient, ellipsoids from
``mathcore.contours.ellipsoid_point``.

The axes are drawn in the lesson's axis colour (no colour of their own: an axis in a
colour of the key would read as L1, a zero, ...) and named twice, in the text colour:
each axis's name, beta_1, beta_2, beta_3, just beyond its positive end, fixed in the frame
(upright, at the font's size) and moved every frame to where the camera draws that end,
on a backing of the background's colour (readable over a body); and a small triad fixed
in the frame's left margin, three arrows in the axes' colour with the same names, that
turns with the camera (each arrow is its axis's direction as the camera sees it).  The
axes are short enough (``AXIS_END``) that, over every view of the video, the names at
their ends stay clear of the title, the read-out and the share's panel and note.
Every turn stays on the side of the stories' edge-on views where no floor axis is seen
pointing straight up (beside the beta_3 axis): the triad's arrows, and the axes, stay
apart.

Drawing: ``BatchedThreeDCamera`` draws manim's picture (same depth order, paths and
shading; each face flat in its mean shade) with the work per face batched in numpy;
manim's own camera spends about 0.3 ms of Python per face and frame (bounding boxes for
the depth sort, the shading normals, a projection per face) and fills every face with a
gradient, the cost of a 3-D render.

Trackers: ``story`` (0, 1, 2, 3 from a story's optimum on, -1 before it and in the share);
``touched`` (the share of the touched vertex, edge or face drawn, 0 to 1; 0 on the sphere);
``triad{k}_x``, ``triad{k}_y`` (the screen point of the triad arrow's tip of axis k),
``name{k}_x``, ``name{k}_y`` (the centre of its name) and ``end{k}_x``, ``end{k}_y`` (the
centre of the name at the axis's end), every frame; ``share_clock`` (the
seconds since the share's rows began to come in, ``share_opacities``).

Render: ``manim render scenes/ball3d.py``.
"""

from __future__ import annotations

import itertools

import cairo
import numpy as np
from manim import (
    DEGREES,
    DOWN,
    LEFT,
    PI,
    RIGHT,
    UP,
    AnimationGroup,
    Arrow,
    BackgroundRectangle,
    Circle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    GrowFromPoint,
    Line,
    Mobject,
    Polygon,
    Polyhedron,
    Sphere,
    Succession,
    Surface,
    ThreeDAxes,
    VGroup,
    Wait,
    linear,
    smooth,
)
from manim.camera.camera import CAP_STYLE_MAP, LINE_JOIN_MAP, Camera
from manim.camera.three_d_camera import ThreeDCamera
from manim.utils.space_ops import get_unit_normal

from mathcore import QuadraticLoss, l1_vertices, solve_constrained
from mathcore.cloud import cloud_nd
from mathcore.contours import ellipsoid_point
from mathcore.octahedron_share import CENTER_RANGE, KINDS, octahedron_face_shares
from scenes import layout, pieces, theme
from scenes.base import Normviz3DScene
from scenes.camera import subpath_splits, trace_path
from scenes.strings import format_count, text

RADIUS = 2.0
#: The axis names' strings, beta_1, beta_2, beta_3.
AXIS_KEYS = ("axis_x", "axis_y", "axis_z")
STORIES = (  # (norm, centre, matrix)
    ("l1", (3.0, 1.0, 0.5), ((2.0, 0.5, 0.0), (0.5, 1.0, 0.0), (0.0, 0.0, 1.0))),
    ("l1", (2.0, 2.0, 0.3), ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))),
    ("l1", (1.6, 1.4, 1.2), ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))),
    ("l2", (3.0, 1.0, 0.5), ((2.0, 0.5, 0.0), (0.5, 1.0, 0.0), (0.0, 0.0, 1.0))),
)
#: Faces of the octahedron as indices into l1_vertices (+x, -x, +y, -y, +z, -z).
OCTAHEDRON_FACES = [[x, y, z] for x, y, z in itertools.product((0, 1), (2, 3), (4, 5))]
#: The camera's elevation and zoom throughout; each story turns TURN away (in azimuth)
#: from its silhouette view and back, towards the side the contacts face (every contact
#: has beta_1, beta_2 >= 0): the views stay between azimuths -90 and 0 degrees, where
#: neither floor axis is seen pointing straight up.  A contact with no zero is shown
#: further round, ORBIT, slowly.
START_THETA, PHI, ZOOM = -40 * DEGREES, 55 * DEGREES, 0.9
TURN, TURN_SECONDS = 30 * DEGREES, 2.0
ORBIT, ORBIT_SECONDS = 45 * DEGREES, 4.0
#: The hold after the contact appears is not still: seen edge on, the camera drifts this
#: share of the story's turn (a few degrees: the silhouettes still meet at the contact)
#: over HOLD_SECONDS, towards the turn (the views stay within the turn's range).
DRIFT_SHARE, HOLD_SECONDS = 1 / 6, 1.5
#: A touched face is drawn once the camera has turned this share of its turn aside from
#: the edge on view: by then its picture is at least a quarter as wide as seen face on
#: (its area over its longest side squared).
FACE_OPEN_SHARE = 3 / 4
#: The level set's opacity, and how faint it gets while the camera is turned aside (still
#: seen at the contact, but not hiding the touched vertex, edge or face).
SURFACE_OPACITY, GHOST_OPACITY = 0.5, 0.2
#: The axes run from -AXIS_END to AXIS_END (data units, beta_1, beta_2, beta_3): a radius
#: past the balls' vertices, so that they read through the translucent bodies, and short
#: enough that their names, beyond their ends, stay clear of the read-out under the
#: picture and of the share's panel at its right in every view (the frame test checks
#: every frame).
AXIS_END, AXIS_WIDTH = 3.0, 3.0
#: An axis's name lies END_GAP beyond the axis's end, along the axis as the camera draws it
#: (manim units), on a backing of the background's colour END_PAD round it.
END_GAP, END_PAD = 0.15, 0.05
#: The axes and the triad's arrows are drawn in the lesson's axis colour, the triad's
#: names (beta_1, beta_2, beta_3, which tell the axes apart) in the text colour: neither
#: is a colour of the key (L1, L2, the loss, an optimum, a zero).
AXIS_COLOR, NAME_COLOR = theme.AXES_COLOR, theme.TEXT_COLOR
#: The axes' length on screen per data unit (before the camera's zoom).
AXIS_UNIT = 0.9
#: The triad: where its arrows start (fixed in the frame, in the left margin, clear of the
#: bodies in every view), an arrow's length for an axis seen broadside (manim units; an
#: axis seen slanting is shorter), the gap between an arrow's tip and its name, and the
#: arrows' width.
TRIAD_ORIGIN = np.array([-5.3, -1.0, 0.0])
TRIAD_LENGTH, TRIAD_GAP, TRIAD_WIDTH = 1.6, 0.2, 5.0
#: The length (and width) of a triad arrow's head (manim units).
TRIAD_TIP = 0.22
#: The touched vertex, edge or face: drawn over the ball in the text colour, this wide;
#: a vertex as a ring of VERTEX_RING dot radii round the optimum.
TOUCH_WIDTH, VERTEX_RING = 6.0, 2.2
#: A touched face is filled too (the text colour, this opaque): seen from aside it reads
#: as a face, not as the edge its outline draws when it is seen edge on.
FACE_FILL = 0.45
#: The random losses of the share read-out (mathcore.octahedron_share) and its place: a
#: column at the frame's right edge, clear of the octahedron, SHARE_WIDTH wide (manim
#: units).
SHARE_SAMPLES, SHARE_SEED, SHARE_WIDTH = 20_000, 0, 3.0
#: The font size of the share's head (digits at least 14 px tall at 480p, as narrow as
#: the share's column allows) and of its note under the picture (a little larger:
#: capitals and digits at least 14 px tall).
HEAD_SIZE, NOTE_SIZE = 24, 26
#: How long a ball takes to be drawn, a level set to grow to the touching level, and the
#: optimum (and the touched vertex or edge) to appear (seconds).
DRAW_SECONDS, GROW_SECONDS, APPEAR_SECONDS = 1.2, 2.5, 1.2
#: The share's rows (vertex, edge, face) come in one at a time, each with the parts of the
#: octahedron it counts drawn in its colour: ROW_IN seconds to appear, held ROW_HOLD, the
#: parts fading over ROW_OUT (the next row coming in after them, the note with the last).
ROW_IN, ROW_HOLD, ROW_OUT = 0.6, 0.8, 0.4
ROW_SECONDS = ROW_IN + ROW_HOLD + ROW_OUT
#: The share's view: from the sphere's edge on view the camera turns SHARE_TURN round while
#: the rows come in, over SHARE_SECONDS (the floor axes stay clear of the share at the
#: right and of its note under the picture).
SHARE_TURN, SHARE_SECONDS = TURN / 2, len(KINDS) * ROW_SECONDS
#: The faces' fill while the face row is shown (the solution colour, this opaque).
SHARE_FACE_FILL = 0.35
#: The camera's swing from one story's view to the next (the old story fading out): at
#: this speed (radians a second), and never in less than SWING_SECONDS.
SWING_SPEED, SWING_SECONDS = 40 * DEGREES, 1.0
#: The read-out's gap above the subtitles' strip (manim units).
READOUT_GAP = 0.12


def silhouette_theta(normal: np.ndarray, phi: float, near: float) -> float:
    """The azimuth nearest ``near`` from which, at elevation ``phi``, the line of sight
    (sin phi cos theta, sin phi sin theta, cos phi) is perpendicular to ``normal``: the
    tangent plane with that normal is seen edge on.  Solves
    ``r sin(phi) cos(theta - a) = -n_z cos(phi)`` with ``(r, a)`` the polar form of
    ``(n_x, n_y)``; when no azimuth does it at this elevation, the nearest one does best."""
    radius, angle = np.hypot(normal[0], normal[1]), np.arctan2(normal[1], normal[0])
    ratio = -normal[2] * np.cos(phi) / (radius * np.sin(phi)) if radius > 0 else 0.0
    offset = np.arccos(np.clip(ratio, -1.0, 1.0))
    candidates = [angle + offset, angle - offset]
    return float(min(candidates, key=lambda t: abs(np.angle(np.exp(1j * (t - near))))))


def share_opacities(clock: float) -> tuple[list[float], list[float], float]:
    """The share's schedule at ``clock`` seconds after its head: row k (vertex, edge,
    face) comes in over ``ROW_IN`` from ``k ROW_SECONDS`` and stays; its parts come in
    with it, are held ``ROW_HOLD`` and fade over ``ROW_OUT``; the note comes in with the
    last parts' fading.  Returns the rows' opacities, the parts' and the note's (each
    eased with manim's ``smooth``)."""
    def ramp(start: float, seconds: float) -> float:
        return smooth(float(np.clip((clock - start) / seconds, 0.0, 1.0)))

    starts = [k * ROW_SECONDS for k in range(len(KINDS))]
    rows = [ramp(start, ROW_IN) for start in starts]
    parts = [row - ramp(start + ROW_IN + ROW_HOLD, ROW_OUT)
             for row, start in zip(rows, starts, strict=True)]
    return rows, parts, ramp(SHARE_SECONDS - ROW_OUT, ROW_OUT)


def above_subtitles(mobject: Mobject) -> Mobject:
    """``mobject`` centred in the two-line caption band, but never into the subtitles'
    strip (``READOUT_GAP`` above it: the Chinese lines are taller than the band's small
    text)."""
    band = layout.caption_band(2)
    band.place(mobject)
    return mobject.shift(UP * max(band.bottom + READOUT_GAP - mobject.get_bottom()[1], 0.0))


def note_text(solution, lang: str) -> str:
    """The read-out's note: where the contact is and which coefficients (mathcore's
    ``zeros``) are exactly 0, as ``beta_2 = beta_3 = 0`` (in Chinese ``beta_2、beta_3``: "="
    between them would read as "beta_2 equals beta_3")."""
    names = text("b3_zero_join", lang).join(text(AXIS_KEYS[i], lang) for i in solution.zeros)
    return text(f"b3_note_{solution.face}", lang, zeros=names)


def beyond(ends: np.ndarray, directions: np.ndarray, sizes: np.ndarray,
           gap: float) -> np.ndarray:
    """The centres of boxes (``sizes``: width, height per row) placed ``gap`` beyond the
    points ``ends`` (rows: screen x, y) along ``directions``: each centre is
    ``end + (gap + reach) u`` with ``u`` the unit direction and ``reach`` the box's half
    extent along it, ``|u_x| w / 2 + |u_y| h / 2``: every point of the box lies at least
    ``gap`` past the line through the end across ``u``."""
    units = directions / np.linalg.norm(directions, axis=1, keepdims=True)
    reach = (np.abs(units) * sizes / 2).sum(axis=1, keepdims=True)
    return ends + (gap + reach) * units


def triad_points(rotation: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The triad seen through the camera's ``rotation`` (rows: screen x, y, depth): each
    axis arrow's tip (``TRIAD_ORIGIN`` plus ``TRIAD_LENGTH`` times the screen part of the
    axis's unit vector) and its name's centre, ``TRIAD_GAP`` beyond the tip along the
    arrow (``beyond``; ``sizes``: the names' width, height per axis)."""
    directions = rotation[:2, :].T  # row k: axis k's unit vector on screen
    tips = TRIAD_ORIGIN[:2] + TRIAD_LENGTH * directions
    return tips, beyond(tips, directions, sizes, TRIAD_GAP)


# -- drawing ------------------------------------------------------------------------------
def _unit_normals(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """manim's ``get_unit_normal(first[k], second[k])`` for every row k, batched; rows in
    its special cases (a null or aligned pair) go through manim's own function."""
    scale1, scale2 = np.abs(first).max(axis=1), np.abs(second).max(axis=1)
    cross = np.cross(first / np.where(scale1 == 0, 1.0, scale1)[:, None],
                     second / np.where(scale2 == 0, 1.0, scale2)[:, None])
    length = np.sqrt((cross * cross).sum(axis=1))
    special = (scale1 == 0) | (scale2 == 0) | (length <= 1e-6)
    normals = cross / np.where(special, 1.0, length)[:, None]
    for k in np.flatnonzero(special):
        normals[k] = get_unit_normal(first[k], second[k])
    return normals


class BatchedThreeDCamera(ThreeDCamera):
    """manim's ``ThreeDCamera``, drawing its picture with the work per face batched.

    Per frame manim computes, one VMobject at a time: a bounding box for the depth sort, a
    projection, two shading normals and the colours, then draws the path with Cairo.
    Here the depth keys, the projections, the light terms (``get_shaded_rgb``) and the
    subpath splits are computed for all faces of a frame in a few numpy calls, grouped by
    point count; the Cairo calls are then manim's, in manim's order, with one change: a
    shaded face is filled and stroked flat, in the mean of its two corner colours (the
    middle of the linear gradient manim draws between them: Cairo fills and strokes a
    gradient at about half the speed of a flat colour, and on faces this small the two
    corners differ by a few levels).
    What is not a plain face (a background stroke, a mobject whose gradient ends are its
    own, points that are not finite) goes through manim's own code.
    """

    def capture_mobjects(self, mobjects, **kwargs) -> None:
        self._shifts = {}  # fixed-orientation offsets, one per centre function and frame
        super().capture_mobjects(mobjects, **kwargs)

    def get_mobjects_to_display(self, *args, **kwargs):
        """manim's order: the faces shaded in 3-D far to near (by the centre of their
        bounding box), then everything else in scene order."""
        mobjects = Camera.get_mobjects_to_display(self, *args, **kwargs)
        row = self.get_rotation_matrix()[2]
        keys = [np.inf] * len(mobjects)
        groups: dict[int, list[int]] = {}
        for k, mob in enumerate(mobjects):
            if not getattr(mob, "shade_in_3d", False):
                continue
            count = len(mob.points)
            if mob.submobjects or hasattr(mob, "z_index_group") or count < 4 or count % 4:
                keys[k] = float(np.dot(mob.get_z_index_reference_point(), row))
            else:
                groups.setdefault(count, []).append(k)
        for count, members in groups.items():
            anchors = np.stack([mobjects[k].points for k in members])[
                :, np.sort(np.r_[0:count:4, 3:count:4])]
            centres = (anchors.min(axis=1) + anchors.max(axis=1)) / 2
            for k, key in zip(members, (centres @ row).tolist(), strict=True):
                keys[k] = key
        return [mobjects[k] for k in sorted(range(len(mobjects)), key=keys.__getitem__)]

    def display_multiple_non_background_colored_vmobjects(self, vmobjects, pixel_array) -> None:
        ctx = self.get_cairo_context(pixel_array)
        mobjects = list(vmobjects)
        screens = self._screen_points(mobjects)
        lights = self._light_terms(mobjects)
        splits = subpath_splits(mobjects, screens)
        for mob, screen, light, subpaths in zip(mobjects, screens, lights, splits, strict=True):
            if screen is None:
                self.display_vectorized(mob, ctx)
            else:
                self._draw(ctx, mob, screen, light, subpaths)

    def _screen_points(self, mobjects: list) -> list:
        """Each mobject's points as ``transform_points_pre_display`` gives them (all the
        projected ones in one call); None where manim's own code is to draw it."""
        screens: list = [None] * len(mobjects)
        projected = []
        for k, mob in enumerate(mobjects):
            if (mob.get_stroke_width(background=True) > 0
                    or not np.isfinite(mob.points).all()):
                continue
            if mob in self.fixed_in_frame_mobjects:
                screens[k] = mob.points
            elif mob in self.fixed_orientation_mobjects:
                centre_of = self.fixed_orientation_mobjects[mob]
                if centre_of not in self._shifts:
                    centre = centre_of()
                    self._shifts[centre_of] = self.project_point(centre) - centre
                screens[k] = mob.points + self._shifts[centre_of]
            else:
                projected.append(k)
        if projected:
            flat = self.project_points(np.concatenate([mobjects[k].points for k in projected]))
            start = 0
            for k in projected:
                end = start + len(mobjects[k].points)
                screens[k] = flat[start:end]
                start = end
        return screens

    def _light_terms(self, mobjects: list) -> list:
        """The light ``get_shaded_rgb`` adds at the start and the end corner of each face
        shaded in 3-D (from its 3-D points, as manim does); None for the others."""
        terms: list = [None] * len(mobjects)
        if not self.should_apply_shading:
            return terms
        groups: dict[int, list[int]] = {}
        for k, mob in enumerate(mobjects):
            if mob.shade_in_3d and len(mob.points):
                groups.setdefault(len(mob.points), []).append(k)
        source = self.light_source.points[0]
        for count, members in groups.items():
            points = np.stack([mobjects[k].points for k in members])
            anchors = 1 if count == 1 else 2 * min(len(range(0, count, 4)),
                                                   len(range(3, count, 4)))
            corners = []
            for i in (0, ((count - 1) // 6) * 3):
                corner = points[:, i]
                if anchors <= 2:
                    normals = np.broadcast_to(UP, corner.shape)
                else:
                    after = i + 3 if i < count - 3 else 3
                    before = i - 3 if i > 2 else count - 4
                    normals = _unit_normals(points[:, after] - corner,
                                            points[:, before] - corner)
                to_sun = source - corner
                length = np.sqrt((to_sun * to_sun).sum(axis=1))
                to_sun = to_sun / np.where(length > 0, length, 1.0)[:, None]
                light = 0.5 * (normals * to_sun).sum(axis=1) ** 3
                corners.append(np.where(light < 0, 0.5 * light, light).tolist())
            for k, start, end in zip(members, *corners, strict=True):
                terms[k] = (start, end)
        return terms

    def _draw(self, ctx, mob, screen: np.ndarray, light, subpaths) -> None:
        """manim's ``display_vectorized`` with points, light and subpaths given."""
        trace_path(ctx, mob, screen, subpaths)
        fill = mob.get_fill_rgbas()
        if fill[:, 3].any():  # a transparent fill leaves the picture as it is
            self._set_source(ctx, mob, fill, light)
            ctx.fill_preserve()
        width = mob.get_stroke_width()
        if width > 0:
            self._set_source(ctx, mob, mob.get_stroke_rgbas(), light)
            ctx.set_line_width(width * self.cairo_line_width_multiple)
            ctx.set_line_join(LINE_JOIN_MAP[mob.joint_type])
            ctx.set_line_cap(CAP_STYLE_MAP[mob.cap_style])
            ctx.stroke_preserve()

    def _set_source(self, ctx, mob, rgbas: np.ndarray, light) -> None:
        """manim's ``set_cairo_context_color`` after ``modified_rgbas``, faces flat."""
        rows = rgbas.tolist()
        if light is not None:
            rows = (rows * 2)[:2] if len(rows) < 2 else rows[:2]
            rows = [[red + term, green + term, blue + term, alpha]
                    for (red, green, blue, alpha), term in zip(rows, light, strict=True)]
        if light is not None and "get_gradient_start_and_end_points" not in mob.__dict__:
            # a face: flat, in the mean of its two corner colours (manim's gradient
            # between them, at the face's middle)
            rows = [[(first + second) / 2 for first, second in zip(*rows, strict=True)]]
        if len(rows) == 1:
            red, green, blue, alpha = rows[0]
            ctx.set_source_rgba(blue, green, red, alpha)
            return
        ends = self.transform_points_pre_display(
            mob, np.array(mob.get_gradient_start_and_end_points()))[:, :2].tolist()
        pattern = cairo.LinearGradient(*ends[0], *ends[1])
        for offset, (red, green, blue, alpha) in zip(np.linspace(0, 1, len(rows)).tolist(),
                                                   rows, strict=True):
            pattern.add_color_stop_rgba(offset, blue, green, red, alpha)
        ctx.set_source(pattern)


class BallsIn3D(Normviz3DScene):
    """Octahedron and sphere, ellipsoids touching them, the camera turning to the contact."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("camera_class", BatchedThreeDCamera)
        super().__init__(**kwargs)

    def construct(self) -> None:
        self.story = self.tracker("story", -1)
        self.share_clock = self.tracker("share_clock", 0.0)
        self.touch = self.tracker("touched", 0.0)
        self.axes = self.plane("space", ThreeDAxes(
            x_range=[-AXIS_END, AXIS_END, 1], y_range=[-AXIS_END, AXIS_END, 1],
            z_range=[-AXIS_END, AXIS_END, 1], x_length=2 * AXIS_UNIT * AXIS_END,
            y_length=2 * AXIS_UNIT * AXIS_END, z_length=2 * AXIS_UNIT * AXIS_END,
            axis_config={"stroke_width": AXIS_WIDTH}))
        for axis in self.axes.axes:
            axis.set_color(AXIS_COLOR)
        self.axes.shift(-self.axes.c2p(0, 0, 0))  # the origin at the centre of the turns
        self.fix_axis_gradients()
        self.set_camera_orientation(phi=PHI, theta=START_THETA, zoom=ZOOM)
        self.add(self.axes)
        self.add_triad()
        self.add_end_names()
        self.solutions = []
        shown = None
        for index, (norm, center, matrix) in enumerate(STORIES):
            shown = self.tell(index, norm, QuadraticLoss.create(center, matrix), shown)
        self.tell_shares(shown)

    def fix_axis_gradients(self) -> None:
        """ThreeDAxes shades each piece of an axis along the light with a function that
        measures the whole axis, per piece and frame; the axes never move, so the ends it
        returns are measured once (the same picture, without the cost)."""
        light = self.axes.light_source
        for axis in self.axes.axes:
            ends = (axis.get_edge_center(-light), axis.get_edge_center(light))
            for piece in axis.family_members_with_points():
                piece.get_gradient_start_and_end_points = lambda ends=ends: ends

    # -- the axis triad ------------------------------------------------------------------
    def add_triad(self) -> None:
        """The triad, fixed in the frame: an arrow per axis in the axes' colour, turned as
        the camera sees the axis, and its name beyond the tip; redrawn every frame."""
        self.axis_names = VGroup(*[pieces.label(text(key, self.lang), theme.BODY_SIZE,
                                                NAME_COLOR) for key in AXIS_KEYS])
        self.triad_arrows = VGroup(*[Arrow(TRIAD_ORIGIN, TRIAD_ORIGIN + UP, buff=0,
                                           color=AXIS_COLOR, stroke_width=TRIAD_WIDTH)
                                     for _ in AXIS_KEYS])
        self.triad_trackers = [[self.tracker(f"{kind}{k}_{xy}", 0.0) for xy in "xy"]
                               for kind in ("triad", "name") for k in range(3)]
        self.triad = VGroup(self.triad_arrows, self.axis_names)
        self.triad_tips: np.ndarray | None = None  # the tips the arrows were last built to
        self.add_fixed_in_frame_mobjects(self.triad)
        self.place_triad(self.triad)
        self.triad.add_updater(self.place_triad)
        self.add_foreground_mobjects(self.triad)

    def place_triad(self, _triad=None) -> None:
        """Each triad arrow to its tip as the camera now sees its axis (``triad_points``),
        rebuilt only when that tip moved since the last frame (a still camera leaves the
        arrows as they are), and each name beyond its tip; the trackers record both."""
        camera = self.renderer.camera
        camera.reset_rotation_matrix()
        sizes = np.array([[name.width, name.height] for name in self.axis_names])
        tips, centres = triad_points(camera.get_rotation_matrix(), sizes)
        moved = (np.ones(len(tips), dtype=bool) if self.triad_tips is None
                 else np.any(tips != self.triad_tips, axis=1))
        self.triad_tips = tips
        for k, (arrow, name) in enumerate(zip(self.triad_arrows, self.axis_names,
                                              strict=True)):
            if moved[k]:
                arrow.become(Arrow(TRIAD_ORIGIN, np.array([*tips[k], 0.0]), buff=0,
                                   color=AXIS_COLOR, stroke_width=TRIAD_WIDTH,
                                   max_tip_length_to_length_ratio=0.35, tip_length=TRIAD_TIP))
            name.move_to([*centres[k], 0.0])
        for (x, y), point in zip(self.triad_trackers, [*tips, *centres], strict=True):
            x.set_value(point[0])
            y.set_value(point[1])

    # -- the names at the axes' ends -----------------------------------------------------
    def add_end_names(self) -> None:
        """Each axis's name beyond its positive end, fixed in the frame on its backing and
        moved there every frame (``place_end_names``); drawn over the bodies."""
        self.end_names = VGroup(*[
            VGroup(BackgroundRectangle(name, color=theme.BACKGROUND_COLOR, fill_opacity=1.0,
                                       buff=END_PAD), name)
            for name in (pieces.label(text(key, self.lang), theme.BODY_SIZE, NAME_COLOR)
                         for key in AXIS_KEYS)])
        self.end_trackers = [[self.tracker(f"end{k}_{xy}", 0.0) for xy in "xy"]
                             for k in range(3)]
        self.add_fixed_in_frame_mobjects(self.end_names)
        self.place_end_names()
        self.end_names.add_updater(self.place_end_names)
        self.add_foreground_mobjects(self.end_names)

    def place_end_names(self, _names=None) -> None:
        """Each backed name ``END_GAP`` beyond the camera's picture of its axis's end
        (``beyond``, along the picture of the axis from the origin: a line's picture is a
        line, in perspective too)."""
        camera = self.renderer.camera
        camera.reset_rotation_matrix()
        origin, *ends = (camera.project_point(self.axes.c2p(*point))[:2] for point in
                         [np.zeros(3), *(AXIS_END * np.eye(3))])
        ends = np.array(ends)
        sizes = np.array([[plate.width, plate.height] for plate in self.end_names])
        centres = beyond(ends, ends - origin, sizes, END_GAP)
        for plate, centre, (x, y) in zip(self.end_names, centres, self.end_trackers,
                                         strict=True):
            plate.move_to([*centre, 0.0])
            x.set_value(centre[0])
            y.set_value(centre[1])

    def ball(self, norm: str):
        """The octahedron (vertices from mathcore) or the sphere, in the norm's colour."""
        color = theme.NORM_COLORS[norm]
        if norm == "l1":
            vertices = [self.axes.c2p(*v) for v in l1_vertices(RADIUS, 3)]
            octahedron = Polyhedron(vertices, OCTAHEDRON_FACES,
                                    faces_config={"fill_color": color, "fill_opacity": 0.35,
                                                  "stroke_color": color, "stroke_width": 2},
                                    graph_config={"vertex_config": {"radius": 0.0,
                                                                    "fill_opacity": 0.0}})
            # the vertex markers have radius 0: never seen, but 64 faces each to draw
            # every frame
            octahedron.graph.remove(*octahedron.graph.vertices.values())
            # nor do they move: the updaters that rebuild the edges and faces from them
            # every frame would only redraw the same octahedron
            octahedron.clear_updaters()
            return octahedron
        unit = self.axes.x_axis.get_unit_size()
        return Sphere(center=self.axes.c2p(0, 0, 0), radius=RADIUS * unit, resolution=(24, 12),
                      fill_opacity=0.3, checkerboard_colors=[color, color],
                      stroke_color=color, stroke_width=0.5)

    def ellipsoid(self, loss: QuadraticLoss, level: float) -> Surface:
        """The touching level set, from mathcore's parametrisation."""
        return Surface(lambda u, v: self.axes.c2p(*ellipsoid_point(loss, level, u, v)),
                       u_range=[0, 2 * PI], v_range=[0, PI], resolution=(24, 12),
                       fill_opacity=SURFACE_OPACITY, checkerboard_colors=[theme.LOSS_COLOR] * 2,
                       stroke_color=theme.LOSS_COLOR, stroke_width=0.4)

    def texts(self, solution) -> VGroup:
        """Title at the top and the read-out at the bottom, fixed in the frame: the
        optimum and, as large, which of its coefficients are exactly 0."""
        title = pieces.title(text(f"b3_title_{solution.face}", self.lang))
        color = pieces.optimum_color(solution.beta)
        readout = VGroup(
            pieces.label(text("b3_readout", self.lang,
                              coords=pieces.coordinates_text(solution.beta)),
                         theme.BODY_SIZE, color),
            pieces.label(note_text(solution, self.lang), theme.BODY_SIZE, color),
        ).arrange(DOWN, buff=0.12)
        return VGroup(title, above_subtitles(readout))

    def share_panel(self, shares, percent: dict[str, str]) -> VGroup:
        """The measured 3-D share (mathcore): over random losses, how often the L1 optimum
        lies on a vertex, an edge or a face, each in the key's colour (green: a zero,
        yellow: none), and under them that these shares depend on how the losses are
        drawn (other videos draw others); a column at the right edge of the screen."""
        samples = format_count(shares.samples, self.lang)
        rows = [pieces.label(text(f"b3_share_{kind}", self.lang, share=percent[kind]),
                             theme.BODY_SIZE,
                             pieces.optimum_color([0.0] if kind != "face" else [1.0]))
                for kind in KINDS]
        panel = VGroup(
            pieces.label(text("b3_share_head", self.lang, samples=samples), HEAD_SIZE),
            VGroup(*rows).arrange(DOWN, aligned_edge=LEFT, buff=0.18),
            pieces.label(text("b3_share_depends", self.lang), HEAD_SIZE,
                         theme.MUTED_TEXT_COLOR),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        area = layout.stage(2)
        if panel.width > SHARE_WIDTH:
            raise ValueError(f"the share panel is {panel.width:.2f} wide, more than "
                             f"{SHARE_WIDTH} (it would reach the octahedron)")
        return panel.move_to([area.right - panel.width / 2, area.center[1], 0.0])

    def share_note(self, shares) -> VGroup:
        """Under the picture, in two lines: how the losses were drawn (random shapes, the
        centres' range, mathcore.cloud's ``CENTER_RANGE``) and the largest half width of
        the shares' 95 % intervals (percentage points, rounded up to a tenth); that the
        shares depend on how the losses are drawn (other videos draw others), and how many
        L2 optima of losses drawn the same way (centres outside the sphere) have a 0
        (``cloud_nd``, exactly: the sphere has no corner), in words when none has."""
        half = max(max(high - shares.shares[k], shares.shares[k] - low)
                   for k, (low, high) in shares.ci95.items())
        l2 = cloud_nd("l2", "random", shares.samples, 3, seed=shares.seed, radius=RADIUS)
        l2_zeros = round(l2.fraction_zero * l2.samples)
        self.show("b3_share_l2_zeros", l2_zeros)
        l2_part = text("b3_share_l2_none" if l2_zeros == 0 else "b3_share_l2_some", self.lang,
                       l2=l2_zeros, samples=format_count(l2.samples, self.lang))
        note = pieces.label(text("b3_share_note", self.lang,
                                 half=f"{np.ceil(1000 * half) / 10:.1f}",
                                 bound=int(CENTER_RANGE), l2_part=l2_part),
                            NOTE_SIZE, theme.MUTED_TEXT_COLOR)
        above_subtitles(note)
        # right-aligned under the share panel, a gutter inside the screen's margin: the
        # triad's names reach the band's left
        right = layout.stage(2).right - layout.GUTTER
        return note.shift(RIGHT * (right - note.get_right()[0]))

    # -- the stories ---------------------------------------------------------------------
    def swing(self, theta: float, previous: VGroup | None) -> None:
        """The camera turns to the azimuth ``theta`` while ``previous`` fades out (at
        ``SWING_SPEED``, in ``SWING_SECONDS`` at least); the first story starts there."""
        if previous is None:
            self.set_camera_orientation(theta=theta)
            return
        angle = abs(theta - self.renderer.camera.get_theta())
        self.move_camera(theta=theta, run_time=max(SWING_SECONDS, angle / SWING_SPEED),
                         added_anims=[FadeOut(previous)])

    def tell(self, index: int, norm: str, loss: QuadraticLoss,
             previous: VGroup | None) -> VGroup:
        """One story in three beats: the level set grows until it touches the ball, seen
        edge on (``b3_<face>_grow``); the optimum appears there, the camera drifting
        (``_touch``); the camera turns aside (``_turn``)."""
        solution = solve_constrained(loss, norm, RADIUS)
        # the same ball as the story before stays on screen (no empty axes between them)
        kept = previous is not None and self.solutions[-1][0] == norm
        self.solutions.append((norm, loss, solution))
        self.show_next("optima", {"norm": norm, **solution.as_dict()})
        # outward normal of the ball at the contact: towards the ellipsoid, -grad f(b*)
        theta = silhouette_theta(-loss.gradient(solution.beta), PHI, START_THETA)
        ball = previous[0] if kept else self.ball(norm)
        surface = self.ellipsoid(loss, solution.loss)
        dot = Dot(self.axes.c2p(*solution.beta), radius=theme.DOT_RADIUS,
                  color=pieces.optimum_color(solution.beta))  # the key: green with a 0
        title, (coords, note) = self.texts(solution)
        self.add_fixed_in_frame_mobjects(title, coords, note)
        self.remove(title, coords, note)
        guides = self.coordinate_guides(solution.beta)
        touched = self.touched(norm, solution)
        # a touched face lies in the tangent plane, a line when seen edge on: it (and the
        # note that names it) is drawn once the camera has turned aside
        on_face = solution.face == "face"
        story = VGroup(ball, surface, dot, title, coords, note, guides, touched)

        self.beat(f"b3_{solution.face}_grow")
        self.story.set_value(-1)
        self.touch.set_value(0.0)
        self.swing(theta, VGroup(*previous.submobjects[1:]) if kept else previous)
        self.play(FadeIn(title), *([] if kept else [Create(ball)]), run_time=DRAW_SECONDS)
        # the level set grows out of c until it first touches the ball
        self.play(GrowFromPoint(surface, self.axes.c2p(*loss.center)), run_time=GROW_SECONDS)

        self.beat(f"b3_{solution.face}_touch")
        # a contact with no zero is off every axis: seen from further round, slowly
        turn, seconds = ((ORBIT, ORBIT_SECONDS) if np.all(solution.beta != 0)
                         else (TURN, TURN_SECONDS))
        self.add_fixed_orientation_mobjects(dot)
        self.play(FadeIn(dot), FadeIn(coords), Create(guides),
                  *([] if on_face else self.highlight(touched, note)), run_time=APPEAR_SECONDS)
        self.add_foreground_mobjects(*([] if on_face else [touched]), dot)
        self.story.set_value(index)
        # seen edge on, drifting a few degrees: the bodies touch at the optimum only
        self.move_camera(theta=theta + DRIFT_SHARE * turn, run_time=HOLD_SECONDS,
                         rate_func=smooth)

        self.beat(f"b3_{solution.face}_turn")
        # the third dimension of the ball: seen from aside, the translucent level set would
        # lie over the ball as if it cut into it, so it steps back while the view is not
        # edge on
        ghost = surface.animate.set_fill(opacity=GHOST_OPACITY).set_stroke(opacity=GHOST_OPACITY)
        if on_face:
            self.show_face(theta, (turn, seconds), ghost, (touched, note, dot))
        else:
            self.move_camera(theta=theta + turn, run_time=seconds, added_anims=[ghost])
            self.move_camera(theta=theta, run_time=seconds)
            self.play(surface.animate.set_fill(opacity=SURFACE_OPACITY).set_stroke(opacity=1.0),
                      run_time=0.6)  # then the beat's closing still (base.STILL_SECONDS)
        self.remove_foreground_mobjects(touched, dot)
        return story

    def show_face(self, theta: float, turn: tuple[float, float], ghost,
                  parts: tuple[VGroup, VGroup, Dot]) -> None:
        """The face's turn: the camera turns ``turn`` (angle, seconds) aside from the edge
        on view ``theta``, the level set stepping back; once the camera has turned
        ``FACE_OPEN_SHARE`` of the angle, and the face has opened out, the touched face
        and the note are drawn over the rest of the turn (the same easing: the drawing
        starts when the camera reaches that share of the angle); then the camera drifts
        on, further from edge on, and the story ends seen aside (the face keeps its
        area)."""
        angle, seconds = turn
        touched, note, dot = parts
        drawing = Succession(Wait(run_time=FACE_OPEN_SHARE),
                             AnimationGroup(*self.highlight(touched, note),
                                            run_time=1 - FACE_OPEN_SHARE))
        self.move_camera(theta=theta + angle, run_time=seconds, rate_func=smooth,
                         added_anims=[ghost, drawing])
        self.add_foreground_mobjects(touched, dot)
        self.move_camera(theta=theta + (1 + DRIFT_SHARE) * angle, run_time=HOLD_SECONDS,
                         rate_func=smooth)

    def highlight(self, touched: VGroup, note: Mobject) -> list:
        """The animations that show the contact's note and draw the touched part of the
        ball (none on the sphere), the tracker ``touched`` following the drawing from 0
        to 1 (the share of it drawn)."""
        if not touched.submobjects:
            return [FadeIn(note)]
        return [FadeIn(note), Create(touched), self.touch.animate.set_value(1.0)]

    def tell_shares(self, previous: VGroup) -> None:
        """The last beat: the octahedron alone, and beside it the measured share
        (mathcore) of random losses whose L1 optimum lies on a vertex, an edge or a face;
        the camera turns ``SHARE_TURN`` round while the rows come in one at a time, each
        with the parts it counts drawn on the octahedron (``share_parts``)."""
        shares = octahedron_face_shares(SHARE_SAMPLES, SHARE_SEED, RADIUS)
        percent = {kind: f"{100 * shares.shares[kind]:.1f}" for kind in KINDS}
        self.beat("b3_share", samples=format_count(shares.samples, self.lang), **percent)
        self.story.set_value(-1)
        self.touch.set_value(0.0)
        title = pieces.title(text("b3_title_share", self.lang))
        panel, note = self.share_panel(shares, percent), self.share_note(shares)
        self.share_group = VGroup(panel, note)
        self.add_fixed_in_frame_mobjects(title, panel, note)
        self.remove(title, panel, note)
        octahedron = self.ball("l1")
        theta = self.renderer.camera.get_theta()
        self.swing(theta, previous)
        self.play(Create(octahedron), FadeIn(title), FadeIn(panel[0]), run_time=DRAW_SECONDS)
        rows, depends, parts = panel[1], panel[2], self.share_parts()

        def show() -> None:
            """Rows, parts and note at the opacities of the tracker's time."""
            row_shares, part_shares, note_share = share_opacities(self.share_clock.get_value())
            for row, part, fill, row_share, part_share in zip(
                    rows, parts, (0.0, 0.0, SHARE_FACE_FILL), row_shares, part_shares,
                    strict=True):  # (only the faces are filled)
                row.set_opacity(row_share)
                part.set_stroke(opacity=part_share).set_fill(opacity=fill * part_share)
            note.set_opacity(note_share)
            depends.set_opacity(note_share)

        shown = self.drive(show, *rows, *parts, note, depends)
        self.move_camera(theta=theta + SHARE_TURN, run_time=SHARE_SECONDS, added_anims=[
            self.share_clock.animate(rate_func=linear).set_value(SHARE_SECONDS)])
        self.stop_driving(shown, show)

    def share_parts(self) -> list[VGroup]:
        """The parts of the octahedron each share counts, in its row's colour: its six
        vertices (``l1_vertices``) ringed and its twelve edges (the segments between two
        vertices that are not opposite) in the zero's green, its eight faces
        (``OCTAHEDRON_FACES``) filled in the optimum's yellow."""
        corners = [self.axes.c2p(*v) for v in l1_vertices(RADIUS, 3)]
        green = pieces.optimum_color([0.0])
        rings = VGroup(*[Circle(radius=VERTEX_RING * theme.DOT_RADIUS, color=green,
                                stroke_width=TOUCH_WIDTH).move_to(corner) for corner in corners])
        self.add_fixed_orientation_mobjects(*rings)
        self.remove(*rings)
        edges = VGroup(*[Line(corners[i], corners[j], color=green, stroke_width=TOUCH_WIDTH)
                         for i, j in itertools.combinations(range(len(corners)), 2)
                         if i // 2 != j // 2])  # (vertices 2k, 2k + 1 are opposite)
        faces = VGroup(*[Polygon(*[corners[i] for i in face], stroke_width=0,
                                 fill_color=pieces.optimum_color([1.0]),
                                 fill_opacity=SHARE_FACE_FILL) for face in OCTAHEDRON_FACES])
        return [rings, edges, faces]

    def touched(self, norm: str, solution) -> VGroup:
        """The part of the ball the level set touches, from mathcore's optimum: on the
        octahedron the vertex (a ring round it), the edge or the face whose relative
        interior holds the optimum (the vertices ``RADIUS sign(beta_i) e_i`` of its
        non-zero coefficients); nothing on the sphere, which has no corners."""
        beta = solution.beta
        if norm != "l1":
            return VGroup()
        support = np.flatnonzero(beta)
        corners = [self.axes.c2p(*(RADIUS * np.sign(beta[i]) * np.eye(3)[i])) for i in support]
        style = {"color": theme.TEXT_COLOR, "stroke_width": TOUCH_WIDTH}
        if len(corners) == 1:
            ring = Circle(radius=VERTEX_RING * theme.DOT_RADIUS, **style).move_to(corners[0])
            self.add_fixed_orientation_mobjects(ring)
            self.remove(ring)  # drawn when the contact appears
            return VGroup(ring)
        if len(corners) == 3:
            return VGroup(Polygon(*corners, fill_color=theme.TEXT_COLOR, fill_opacity=FACE_FILL,
                                  **style))
        return VGroup(Line(*corners, **style))

    def coordinate_guides(self, beta) -> VGroup:
        """Dashed lines from the optimum down to the floor and across to the axes: each
        coefficient is a leg of the box; a coefficient of exactly 0 leaves no leg."""
        floor = (beta[0], beta[1], 0.0)
        legs = [(beta, floor), (floor, (beta[0], 0.0, 0.0)), (floor, (0.0, beta[1], 0.0))]
        return VGroup(*[DashedLine(self.axes.c2p(*a), self.axes.c2p(*b),
                                   color=theme.SOLUTION_COLOR, stroke_width=2)
                        for a, b in legs if np.linalg.norm(np.subtract(a, b)) > 1e-9])
