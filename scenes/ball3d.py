"""Three dimensions: the L1 octahedron and the L2 sphere with a touching ellipsoid.

Three stories: an ellipsoidal level set touches the octahedron at a vertex (two zeros),
another touches it on an edge (one zero), the first one touches the sphere (no zero).
Each is shown first with the line of sight in the common tangent plane at the contact:
there the two bodies are seen side by side, touching at the optimum and nowhere else,
instead of one seeming to cut into the other; then the camera turns 30 degrees aside to
show the third dimension and back, the level set faint while the view is not edge on.
Vertices from ``mathcore.l1_vertices``, optima and touching levels from
``solve_constrained``, the contact normal from the loss's gradient, ellipsoids from
``mathcore.contours.ellipsoid_point``.

Trackers: ``story`` (0, 1, 2 while a story is on screen, -1 between two).

Render: ``manim render scenes/ball3d.py``.
"""

from __future__ import annotations

import itertools

import numpy as np
from manim import (
    DEGREES,
    DOWN,
    PI,
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
    VGroup,
)

from mathcore import QuadraticLoss, l1_vertices, solve_constrained
from mathcore.contours import ellipsoid_point
from scenes import layout, pieces, theme
from scenes.base import Normviz3DScene
from scenes.strings import text

RADIUS = 2.0
STORIES = (  # (norm, centre, matrix)
    ("l1", (3.0, 1.0, 0.5), ((2.0, 0.5, 0.0), (0.5, 1.0, 0.0), (0.0, 0.0, 1.0))),
    ("l1", (2.0, 2.0, 0.3), ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))),
    ("l2", (3.0, 1.0, 0.5), ((2.0, 0.5, 0.0), (0.5, 1.0, 0.0), (0.0, 0.0, 1.0))),
)
#: Faces of the octahedron as indices into l1_vertices (+x, -x, +y, -y, +z, -z).
OCTAHEDRON_FACES = [[x, y, z] for x, y, z in itertools.product((0, 1), (2, 3), (4, 5))]
#: The camera's elevation and zoom throughout; each story turns TURN away (in azimuth)
#: from its silhouette view and back.
START_THETA, PHI, ZOOM = -40 * DEGREES, 70 * DEGREES, 0.9
TURN, TURN_SECONDS = 30 * DEGREES, 2.5
#: The level set's opacity, and how faint it gets while the camera is turned aside.
SURFACE_OPACITY, GHOST_OPACITY = 0.3, 0.04


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


class BallsIn3D(Normviz3DScene):
    """Octahedron and sphere, ellipsoids touching them, the camera turning to the contact."""

    def construct(self) -> None:
        self.story = self.tracker("story", -1)
        self.axes = self.plane("space", ThreeDAxes(
            x_range=[-3, 3, 1], y_range=[-3, 3, 1], z_range=[-3, 3, 1],
            x_length=5.4, y_length=5.4, z_length=5.4,
            axis_config={"color": theme.AXES_COLOR}))
        names = [pieces.label(text(key, self.lang), theme.TITLE_SIZE, theme.TEXT_COLOR)
                 for key in ("axis_x", "axis_y", "axis_z")]
        self.axis_names = VGroup(*names)
        for name, end in zip(names, (self.axes.x_axis.get_end(), self.axes.y_axis.get_end(),
                                     self.axes.z_axis.get_end()), strict=True):
            name.move_to(end * 1.1)
        self.set_camera_orientation(phi=PHI, theta=START_THETA, zoom=ZOOM)
        self.add(self.axes)
        self.add_fixed_orientation_mobjects(*names)
        self.add_foreground_mobjects(*names)  # never hidden behind a body
        self.solutions = []
        shown = None
        for index, (norm, center, matrix) in enumerate(STORIES):
            shown = self.tell(index, norm, QuadraticLoss.create(center, matrix), shown)

    def ball(self, norm: str):
        """The octahedron (vertices from mathcore) or the sphere, in the norm's colour."""
        color = theme.NORM_COLORS[norm]
        if norm == "l1":
            vertices = [self.axes.c2p(*v) for v in l1_vertices(RADIUS, 3)]
            return Polyhedron(vertices, OCTAHEDRON_FACES,
                              faces_config={"fill_color": color, "fill_opacity": 0.35,
                                            "stroke_color": color, "stroke_width": 2},
                              graph_config={"vertex_config": {"radius": 0.0,
                                                              "fill_opacity": 0.0}})
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
                         theme.BODY_SIZE, theme.SOLUTION_COLOR),
            pieces.label(text(f"b3_note_{solution.face}", self.lang), theme.SMALL_SIZE,
                         theme.ZERO_COLOR),
        ).arrange(DOWN, buff=0.15)
        layout.caption_band(2).place(readout)
        return VGroup(title, readout)

    def tell(self, index: int, norm: str, loss: QuadraticLoss,
             previous: VGroup | None) -> VGroup:
        solution = solve_constrained(loss, norm, RADIUS)
        self.solutions.append((norm, loss, solution))
        self.show_next("optima", {"norm": norm, **solution.as_dict()})
        self.beat(f"b3_{solution.face}")
        # outward normal of the ball at the contact: towards the ellipsoid, -grad f(b*)
        theta = silhouette_theta(-loss.gradient(solution.beta), PHI, START_THETA)
        self.story.set_value(-1)
        # the old story leaves while the camera goes to where the new contact is seen edge on
        self.move_camera(theta=theta, run_time=1.0,
                         added_anims=[FadeOut(previous)] if previous is not None else [])
        ball = self.ball(norm)
        surface = self.ellipsoid(loss, solution.loss)
        dot = Dot(self.axes.c2p(*solution.beta), radius=theme.DOT_RADIUS,
                  color=theme.SOLUTION_COLOR)
        words = self.texts(solution)
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
        self.move_camera(theta=theta + TURN, run_time=TURN_SECONDS,
                         added_anims=[surface.animate.set_fill(opacity=GHOST_OPACITY)
                                      .set_stroke(opacity=GHOST_OPACITY)])
        self.move_camera(theta=theta, run_time=TURN_SECONDS)
        self.play(surface.animate.set_fill(opacity=SURFACE_OPACITY).set_stroke(opacity=1.0),
                  run_time=0.6)
        self.wait(1.5)
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
