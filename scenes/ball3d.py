"""Three dimensions: the L1 octahedron and the L2 sphere with a touching ellipsoid.

Three stories, camera turning: an ellipsoidal level set touches the octahedron at a
vertex (two zeros), another touches it on an edge (one zero), the first one touches the
sphere (no zero).  Vertices from ``mathcore.l1_vertices``, optima and touching levels from
``solve_constrained``, ellipsoids from ``mathcore.contours.ellipsoid_point``.

Render: ``manim render scenes/ball3d.py``.
"""

from __future__ import annotations

import itertools

from manim import (
    DEGREES,
    DOWN,
    PI,
    Create,
    Dot3D,
    FadeIn,
    FadeOut,
    Polyhedron,
    Sphere,
    Surface,
    ThreeDAxes,
    VGroup,
)

from mathcore import QuadraticLoss, l1_vertices, solve_constrained
from mathcore.contours import ellipsoid_point
from scenes import pieces, theme
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


class BallsIn3D(Normviz3DScene):
    """Octahedron and sphere, ellipsoids touching them, camera turning."""

    def construct(self) -> None:
        self.axes = ThreeDAxes(x_range=[-3, 3, 1], y_range=[-3, 3, 1], z_range=[-3, 3, 1],
                               x_length=5.4, y_length=5.4, z_length=5.4,
                               axis_config={"color": theme.AXES_COLOR})
        self.set_camera_orientation(phi=68 * DEGREES, theta=-40 * DEGREES, zoom=0.9)
        self.add(self.axes)
        self.solutions = []
        shown = None
        for norm, center, matrix in STORIES:
            shown = self.tell(norm, QuadraticLoss.create(center, matrix), shown)
        self.wait(1.0)

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
                       fill_opacity=0.3, checkerboard_colors=[theme.LOSS_COLOR] * 2,
                       stroke_color=theme.LOSS_COLOR, stroke_width=0.4)

    def tell(self, norm: str, loss: QuadraticLoss, previous: VGroup | None) -> VGroup:
        solution = solve_constrained(loss, norm, RADIUS)
        self.solutions.append((norm, loss, solution))
        self.show_next("optima", {"norm": norm, **solution.as_dict()})
        self.beat(f"b3_{solution.face}")
        ball = self.ball(norm)
        surface = self.ellipsoid(loss, solution.loss)
        dot = Dot3D(self.axes.c2p(*solution.beta), radius=0.09, color=theme.SOLUTION_COLOR)
        title = pieces.title(text(f"b3_title_{solution.face}", self.lang))
        readout = VGroup(
            pieces.label(text("b3_readout", self.lang,
                              coords=pieces.coordinates_text(solution.beta)),
                         theme.BODY_SIZE, theme.SOLUTION_COLOR),
            pieces.label(text(f"b3_note_{solution.face}", self.lang), theme.SMALL_SIZE,
                         theme.ZERO_COLOR),
        ).arrange(DOWN, buff=0.15).to_edge(DOWN, buff=0.3)
        self.add_fixed_in_frame_mobjects(title, readout)
        title.set_opacity(0), readout.set_opacity(0)
        outgoing = [FadeOut(previous)] if previous is not None else []
        self.play(*outgoing, Create(ball), title.animate.set_opacity(1), run_time=1.2)
        self.play(FadeIn(surface), FadeIn(dot), readout.animate.set_opacity(1), run_time=1.2)
        self.begin_ambient_camera_rotation(rate=0.35)
        self.wait(3.0)
        self.stop_ambient_camera_rotation()
        return VGroup(ball, surface, dot, title, readout)


