"""Three dimensions: the L1 octahedron and the L2 sphere with a touching ellipsoid.

Four stories: an ellipsoidal level set touches the octahedron at a vertex (two zeros),
another touches it on an edge (one zero), a third on a face (no zero: L1 gives zeros often,
not always), the first one touches the sphere (no zero).
Each is shown first with the line of sight in the common tangent plane at the contact:
there the two bodies are seen side by side, touching at the optimum and nowhere else,
instead of one seeming to cut into the other; then the camera turns 30 degrees aside to
show the third dimension and back, the level set faint while the view is not edge on.
The sphere's contact, which has no zero, is shown from 60 degrees round, slowly: the
dashed legs from it to the floor and to both axes (all three coordinates) stay in sight.
Vertices from ``mathcore.l1_vertices``, optima and touching levels from
``solve_constrained``, the contact normal from the loss's gradient, ellipsoids from
``mathcore.contours.ellipsoid_point``.

The axes are labelled beta_1, beta_2, beta_3: flat in the frame, drawn over the bodies, each
at the projection of a point in space (an anchor) that, for each story, is next to the
tip of its own axis (within ``LABEL_REACH``) where no body, contact, text, axis tip or
other label is in any view of that story (``place_labels``); between two stories the
anchors move with the camera.  The two floor axes run on to 6 through the level sets so
that their tips, seen from this elevation, come out of them.

Drawing: ``BatchedThreeDCamera`` draws manim's picture (same depth order, paths and
shading; each face flat in its mean shade) with the work per face batched in numpy;
manim's own camera spends about 0.3 ms of Python per face and frame (bounding boxes for
the depth sort, the shading normals, a projection per face) and fills every face with a
gradient, the cost of a 3-D render.

Trackers: ``story`` (0, 1, 2, 3 while a story is on screen, -1 between two).

Render: ``manim render scenes/ball3d.py``.
"""

from __future__ import annotations

import itertools

import cairo
import numpy as np
from manim import (
    DEGREES,
    DOWN,
    PI,
    UP,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    GrowFromPoint,
    Line,
    Polyhedron,
    Sphere,
    Surface,
    ThreeDAxes,
    UpdateFromAlphaFunc,
    VGroup,
    smooth,
)
from manim.camera.camera import CAP_STYLE_MAP, LINE_JOIN_MAP, Camera
from manim.camera.three_d_camera import ThreeDCamera
from manim.utils.space_ops import get_unit_normal
from scipy.spatial import ConvexHull

from mathcore import QuadraticLoss, l1_vertices, solve_constrained
from mathcore.contours import ellipsoid_point
from scenes import layout, pieces, theme
from scenes.base import Normviz3DScene
from scenes.strings import text

RADIUS = 2.0
STORIES = (  # (norm, centre, matrix)
    ("l1", (3.0, 1.0, 0.5), ((2.0, 0.5, 0.0), (0.5, 1.0, 0.0), (0.0, 0.0, 1.0))),
    ("l1", (2.0, 2.0, 0.3), ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))),
    ("l1", (1.6, 1.4, 1.2), ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))),
    ("l2", (3.0, 1.0, 0.5), ((2.0, 0.5, 0.0), (0.5, 1.0, 0.0), (0.0, 0.0, 1.0))),
)
#: Faces of the octahedron as indices into l1_vertices (+x, -x, +y, -y, +z, -z).
OCTAHEDRON_FACES = [[x, y, z] for x, y, z in itertools.product((0, 1), (2, 3), (4, 5))]
#: The camera's elevation and zoom throughout; each story turns TURN away (in azimuth)
#: from its silhouette view and back.  A contact with no zero (on the sphere) is shown
#: from further round, ORBIT, slowly: from the silhouette view round to the side the
#: contact faces, where the dashed legs to the floor and to both axes are seen broadside.
START_THETA, PHI, ZOOM = -40 * DEGREES, 55 * DEGREES, 0.9
TURN, TURN_SECONDS = -30 * DEGREES, 2.5
ORBIT, ORBIT_SECONDS = -60 * DEGREES, 5.0
#: The level set's opacity, and how faint it gets while the camera is turned aside.
SURFACE_OPACITY, GHOST_OPACITY = 0.3, 0.04
#: The axes run from -AXIS_END to AXIS_ENDS (data units, beta_1, beta_2, beta_3), drawn a
#: little brighter and wider than manim's default so that they read through the
#: translucent bodies.  The beta_1 axis runs on through the level sets, which lie about it
#: (their centres have beta_1 = 2 and 3), until its tip, and its label, come out of them
#: in every view; the other two tips are clear of the bodies or just behind one.
AXIS_END, AXIS_COLOR, AXIS_WIDTH = 3.0, theme.MUTED_TEXT_COLOR, 3.0
AXIS_ENDS = (6.0, 6.0, AXIS_END)
#: The axes' length on screen per data unit (before the camera's zoom).
AXIS_UNIT = 0.9
#: Where an axis label may sit, in data units: this far past its axis's tip and this far
#: off the axis (``place_labels``).
LABEL_PAST = np.arange(0.0, 2.01, 0.2)
LABEL_ASIDE = (0.0, 0.3, 0.6, 0.9, 1.2)
#: The length (data units) of an axis's arrow tip, which no label covers.
TIP_LENGTH = 0.4
#: The farthest (manim units, on screen) a label's centre may be from its axis's tip in
#: any view: next to the end of its own axis.
LABEL_REACH = 1.0
#: Space (manim units) kept between a label and a body, the contact or another text.
LABEL_CLEARANCE = 0.1
#: Views (azimuths) of a story checked when placing the labels: the turn, sampled.
LABEL_VIEWS = 7


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


def box_polygon(centre: np.ndarray, width: float, height: float, margin: float) -> np.ndarray:
    """The corners of a screen box around ``centre``, ``margin`` wider on every side."""
    half = np.array([width / 2 + margin, height / 2 + margin])
    return centre[:2] + half * np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]])


def convex_overlap(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two convex polygons (vertices in order) overlap: no separating axis."""
    for polygon in (a, b):
        edges = np.roll(polygon, -1, axis=0) - polygon
        normals = np.column_stack([edges[:, 1], -edges[:, 0]])
        along_a, along_b = a @ normals.T, b @ normals.T
        if np.any((along_a.max(axis=0) < along_b.min(axis=0))
                  | (along_b.max(axis=0) < along_a.min(axis=0))):
            return False
    return True


def outline(points: np.ndarray) -> np.ndarray:
    """The convex outline (vertices in order) of screen points: a convex body's silhouette."""
    return points[ConvexHull(points).vertices]


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
        splits = self._subpaths(mobjects, screens)
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

    @staticmethod
    def _subpaths(mobjects: list, screens: list) -> list:
        """``get_subpath_split_indices_from_points(screen, n_dims=2)`` of every mobject
        made of whole cubic curves, batched by point count; None for the others."""
        splits: list = [None] * len(mobjects)
        groups: dict[tuple[int, float], list[int]] = {}
        for k, (mob, screen) in enumerate(zip(mobjects, screens, strict=True)):
            if screen is not None and len(screen) >= 8 and len(screen) % 4 == 0:
                groups.setdefault((len(screen), mob.tolerance_for_point_equality), []).append(k)
        for (count, tolerance), members in groups.items():
            points = np.stack([screens[k][:, :2] for k in members])
            ends, starts = points[:, 3:count - 1:4], points[:, 4::4]
            close = np.abs(ends - starts) <= tolerance + 1.0e-5 * np.abs(starts)
            breaks = ~close.all(axis=2)
            whole = [[0, count]]
            for k, row in zip(members, breaks, strict=True):
                if not row.any():
                    splits[k] = whole
                else:
                    cuts = [0, *(4 * (np.flatnonzero(row) + 1)).tolist(), count]
                    splits[k] = [list(pair) for pair in itertools.pairwise(cuts)]
        return splits

    def _draw(self, ctx, mob, screen: np.ndarray, light, subpaths) -> None:
        """manim's ``display_vectorized`` with points, light and subpaths given."""
        ctx.new_path()
        if subpaths is None:
            subpaths = (mob.get_subpath_split_indices_from_points(screen, n_dims=2).tolist()
                        if len(screen) >= 4 else [])
        xy = screen[:, :2].tolist()
        for start, end in subpaths:
            if end - start < 4:
                continue
            ctx.new_sub_path()
            ctx.move_to(*xy[start])
            for i in range(start, end - 3, 4):
                ctx.curve_to(*xy[i + 1], *xy[i + 2], *xy[i + 3])
            if mob.consider_points_equals_2d(xy[start], xy[end - 1]):
                ctx.close_path()
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
        self.axes = self.plane("space", ThreeDAxes(
            x_range=[-AXIS_END, AXIS_ENDS[0], 1], y_range=[-AXIS_END, AXIS_ENDS[1], 1],
            z_range=[-AXIS_END, AXIS_ENDS[2], 1],
            x_length=AXIS_UNIT * (AXIS_END + AXIS_ENDS[0]),
            y_length=AXIS_UNIT * (AXIS_END + AXIS_ENDS[1]),
            z_length=AXIS_UNIT * (AXIS_END + AXIS_ENDS[2]),
            axis_config={"color": AXIS_COLOR, "stroke_width": AXIS_WIDTH}))
        self.axes.shift(-self.axes.c2p(0, 0, 0))  # the origin at the centre of the turns
        self.fix_axis_gradients()
        names = [pieces.label(text(key, self.lang), theme.TITLE_SIZE, theme.TEXT_COLOR)
                 for key in ("axis_x", "axis_y", "axis_z")]
        self.axis_names = VGroup(*names)
        self.label_anchors = [self.axes.c2p(*((end + LABEL_PAST[-1]) * unit))
                              for end, unit in zip(AXIS_ENDS, np.eye(3), strict=True)]
        self.set_camera_orientation(phi=PHI, theta=START_THETA, zoom=ZOOM)
        self.add(self.axes)
        self.add_fixed_in_frame_mobjects(self.axis_names)
        self.place_names()
        self.axis_names.add_updater(lambda _names: self.place_names())
        self.add_foreground_mobjects(self.axis_names)  # never hidden behind a body
        self.solutions = []
        self.label_places = []
        shown = None
        for index, (norm, center, matrix) in enumerate(STORIES):
            shown = self.tell(index, norm, QuadraticLoss.create(center, matrix), shown)

    def fix_axis_gradients(self) -> None:
        """ThreeDAxes shades each piece of an axis along the light with a function that
        measures the whole axis, per piece and frame; the axes never move, so the ends it
        returns are measured once (the same picture, without the cost)."""
        light = self.axes.light_source
        for axis in self.axes.axes:
            ends = (axis.get_edge_center(-light), axis.get_edge_center(light))
            for piece in axis.family_members_with_points():
                piece.get_gradient_start_and_end_points = lambda ends=ends: ends

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
        """Title at the top and the read-out at the bottom, fixed in the frame."""
        title = pieces.title(text(f"b3_title_{solution.face}", self.lang))
        readout = VGroup(
            pieces.label(text("b3_readout", self.lang,
                              coords=pieces.coordinates_text(solution.beta)),
                         theme.BODY_SIZE, pieces.optimum_color(solution.beta)),
            pieces.label(text(f"b3_note_{solution.face}", self.lang), theme.SMALL_SIZE,
                         pieces.optimum_color(solution.beta)),
        ).arrange(DOWN, buff=0.15)
        layout.caption_band(2).place(readout)
        return VGroup(title, readout)

    # -- the axis labels -----------------------------------------------------------------
    def place_names(self) -> None:
        """Each axis label, flat in the frame, centred where the camera now sees its anchor
        (in the frame, so that what is drawn is where the texts are: the layout checks
        read it)."""
        camera = self.renderer.camera
        camera.reset_rotation_matrix()
        for name, anchor in zip(self.axis_names, self.label_anchors, strict=True):
            x, y = camera.project_point(np.asarray(anchor, dtype=float))[:2]
            name.move_to([x, y, 0.0])

    def move_anchors(self, places: list[np.ndarray]):
        """An animation taking the label anchors to ``places`` (the labels follow)."""
        start = [np.asarray(anchor, dtype=float) for anchor in self.label_anchors]

        def step(_names, alpha: float) -> None:
            self.label_anchors = [(1 - alpha) * a + alpha * b
                                  for a, b in zip(start, places, strict=True)]
            self.place_names()

        return UpdateFromAlphaFunc(self.axis_names, step, rate_func=smooth)

    def screen(self, points, theta: float) -> np.ndarray:
        """Screen (x, y) of scene points seen from azimuth ``theta``: the camera's own
        projection at its elevation, zoom and focal distance."""
        camera = self.renderer.camera
        now = camera.get_theta()
        camera.theta_tracker.set_value(theta)
        camera.reset_rotation_matrix()
        try:
            return camera.project_points(np.atleast_2d(np.asarray(points, dtype=float)))[:, :2]
        finally:
            camera.theta_tracker.set_value(now)
            camera.reset_rotation_matrix()

    def tip_box(self, axis: int, theta: float) -> np.ndarray:
        """The screen box around axis ``axis``'s arrow tip seen from ``theta``."""
        unit = np.eye(3)[axis]
        ends = self.screen([self.axes.c2p(*(AXIS_ENDS[axis] * unit)),
                            self.axes.c2p(*((AXIS_ENDS[axis] - TIP_LENGTH) * unit))], theta)
        return box_polygon(ends.mean(axis=0), *np.abs(ends[1] - ends[0]), 0.0)

    def place_labels(self, theta: float, turn: float, bodies: list[np.ndarray],
                     contact: np.ndarray, words: list) -> list[np.ndarray]:
        """Where (scene points) the axis labels go for a story seen from ``theta`` to
        ``theta + turn``.  Candidates lie ``LABEL_PAST`` past each axis's tip and
        ``LABEL_ASIDE`` off the axis; a candidate is free when its box, in every view, keeps
        ``LABEL_CLEARANCE`` from each body's silhouette, the contact, the story's texts
        and the labels placed before it, inside the frame's margins, and its centre is
        within ``LABEL_REACH`` of the axis's tip on screen.  Among the free ones
        the label goes nearest to its axis's tip on screen, a step aside counting twice a
        step along the axis (a label on the axis's line, past the bodies, reads as that
        axis's); where none is free, the one free in the most views."""
        views = np.linspace(theta, theta + turn, LABEL_VIEWS)
        region = layout.screen()
        obstacles = [[outline(self.screen(body, view)) for body in bodies]
                     + [box_polygon(self.screen([contact], view)[0], 0, 0,
                                    2 * theme.DOT_RADIUS)]
                     + [box_polygon(part.get_center(), part.width, part.height, 0.0)
                        for part in words]
                     + [self.tip_box(axis, view) for axis in range(3)]
                     for view in views]
        places = []
        for axis, name in enumerate(self.axis_names):
            unit, end = np.eye(3)[axis], AXIS_ENDS[axis]
            ends = [self.screen([self.axes.c2p(*(end * unit)),
                                 self.axes.c2p(*((end + 1) * unit))], view)
                    for view in views]
            sides = [np.roll(unit, 1), -np.roll(unit, 1), np.roll(unit, 2), -np.roll(unit, 2)]
            candidates = [(end + past) * unit + aside * side
                          for aside in LABEL_ASIDE for past in LABEL_PAST
                          for side in (sides if aside else sides[:1])]
            best = None
            for data in candidates:
                point = self.axes.c2p(*data)
                centres = [self.screen([point], view)[0] for view in views]
                boxes = [box_polygon(c, name.width, name.height, LABEL_CLEARANCE)
                         for c in centres]
                blocked = sum(
                    any(convex_overlap(box, other) for other in others)
                    or box[:, 0].min() < region.left or box[:, 0].max() > region.right
                    or box[:, 1].min() < region.bottom or box[:, 1].max() > region.top
                    or np.linalg.norm(centre - tip) > LABEL_REACH
                    for box, others, centre, (tip, _) in zip(boxes, obstacles, centres, ends,
                                                             strict=True))
                distance = 0.0
                for centre, (tip, beyond) in zip(centres, ends, strict=True):
                    direction = (beyond - tip) / np.linalg.norm(beyond - tip)
                    offset = centre - tip
                    along = float(offset @ direction)
                    distance += abs(along) + 2 * float(np.linalg.norm(offset - along * direction))
                cost = (blocked, distance)
                if best is None or cost < best[0]:
                    best = (cost, point, boxes)
            _, point, boxes = best
            for others, box in zip(obstacles, boxes, strict=True):
                others.append(box)
            places.append(point)
        return places

    # -- a story -------------------------------------------------------------------------
    def tell(self, index: int, norm: str, loss: QuadraticLoss,
             previous: VGroup | None) -> VGroup:
        solution = solve_constrained(loss, norm, RADIUS)
        self.solutions.append((norm, loss, solution))
        self.show_next("optima", {"norm": norm, **solution.as_dict()})
        self.beat(f"b3_{solution.face}")
        # outward normal of the ball at the contact: towards the ellipsoid, -grad f(b*)
        theta = silhouette_theta(-loss.gradient(solution.beta), PHI, START_THETA)
        self.story.set_value(-1)
        ball = self.ball(norm)
        surface = self.ellipsoid(loss, solution.loss)
        dot = Dot(self.axes.c2p(*solution.beta), radius=theme.DOT_RADIUS,
                  color=pieces.optimum_color(solution.beta))  # the key: green with a 0
        words = self.texts(solution)
        # a contact with no zero is off every axis: seen from further round
        turn, seconds = ((ORBIT, ORBIT_SECONDS) if np.all(solution.beta != 0)
                         else (TURN, TURN_SECONDS))
        places = self.place_labels(
            theta, turn, [ball.get_all_points(), surface.get_all_points()],
            self.axes.c2p(*solution.beta), [words[0], *words[1]])
        self.label_places.append(places)
        # the old story leaves while the camera goes to where the new contact is seen edge
        # on, and the axis labels go where this story's bodies leave them room; the first
        # story starts there (no labels seen from a view they were not placed for)
        if previous is None:
            self.set_camera_orientation(theta=theta)
            self.label_anchors = list(places)
            self.place_names()
        else:
            self.move_camera(theta=theta, run_time=1.0,
                             added_anims=[self.move_anchors(places), FadeOut(previous)])
        self.add_fixed_in_frame_mobjects(words)
        self.remove(words)
        guides = self.coordinate_guides(solution.beta)
        self.play(Create(ball), FadeIn(words[0]), run_time=1.2)
        # the level set grows out of c until it first touches the ball
        self.play(GrowFromPoint(surface, self.axes.c2p(*loss.center)), run_time=2.5)
        self.add_fixed_orientation_mobjects(dot)
        self.play(FadeIn(dot), FadeIn(words[1]), Create(guides), run_time=1.2)
        self.add_foreground_mobject(dot)
        self.story.set_value(index)
        self.wait(1.5)  # seen edge on: the bodies touch at the optimum only
        # the third dimension of the ball: seen from aside, the translucent level set would
        # lie over the ball as if it cut into it, so it steps back until the view is edge
        # on again
        self.move_camera(theta=theta + turn, run_time=seconds,
                         added_anims=[surface.animate.set_fill(opacity=GHOST_OPACITY)
                                      .set_stroke(opacity=GHOST_OPACITY)])
        self.move_camera(theta=theta, run_time=seconds)
        self.play(surface.animate.set_fill(opacity=SURFACE_OPACITY).set_stroke(opacity=1.0),
                  run_time=0.6)
        self.wait(1.5)
        if index < len(STORIES) - 1:  # the last contact stays on top to the end
            self.remove_foreground_mobject(dot)
        return VGroup(ball, surface, dot, words, guides)

    def coordinate_guides(self, beta) -> VGroup:
        """Dashed lines from the optimum down to the floor and across to the axes: each
        coefficient is a leg of the box; a coefficient of exactly 0 leaves no leg.  On an
        edge of the octahedron, that edge is drawn thick."""
        floor = (beta[0], beta[1], 0.0)
        legs = [(beta, floor), (floor, (beta[0], 0.0, 0.0)), (floor, (0.0, beta[1], 0.0))]
        guides = VGroup(*[DashedLine(self.axes.c2p(*a), self.axes.c2p(*b),
                                     color=theme.SOLUTION_COLOR, stroke_width=2)
                          for a, b in legs if np.linalg.norm(np.subtract(a, b)) > 1e-9])
        support = np.flatnonzero(beta)
        if len(support) == 2 and np.isclose(np.abs(beta).sum(), RADIUS):  # an L1 edge
            ends = [np.where(np.arange(3) == i, RADIUS * np.sign(beta[i]), 0.0)
                    for i in support]
            guides.add(Line(self.axes.c2p(*ends[0]), self.axes.c2p(*ends[1]),
                            color=theme.L1_COLOR, stroke_width=8))
        return guides
