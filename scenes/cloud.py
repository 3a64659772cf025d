"""Why corners catch: where a loss's centre must lie for its optimum to have a zero.

After T. Parr, "A visual explanation for regularization of linear models".  Left the L1
diamond, right the L2 circle (radius 2), both over the whole square [-10, 10]^2 the
centres are drawn from (ticks every 5, numbered outside the plane, none across the small
balls' tips; the axis names β₁, β₂ outside too; the balls drawn whole over the axes and the
contours, the optima over the balls).  Random losses of
Parr's ``general`` case (``mathcore.cloud``) appear with their centre c (the unconstrained
minimum), touching contour and optimum; then hundreds of centres pile up, each coloured
by its optimum (green: an exact zero, yellow: none), with counters; then mathcore's exact
share over a million losses takes their place.  At most three shares are on screen at once
(each named), and each text under the planes fades out before the next fades in.

Then the reason: for one fixed loss shape A the centres whose L1 optimum is a tip form a
wedge beyond it (``mathcore.catchment``): for the round loss A = I the quarter-planes
between the two edge normals at each tip, for a tilted A skewed ones; the random shapes of
the cloud blur these zones into its green areas (a line in plain text says the shading is
one shape's only, so a yellow dot inside it is no contradiction). On the circle only one
ray from each axis point leads to a zero (a set of area 0). Last, a zoom on each touch
point in Parr's manner
(``mathcore.boundary_walk``): at the tip every move along the diamond raises the loss at a
non-zero rate, so a loss tilted a little still touches there; the circle is flat for the
loss at its touch point, so any tilt moves the optimum.

Trackers: ``loss`` (the random loss whose contour is on screen, -1 for none), ``dots``
(how many centres each plane shows), ``shape`` (-1 before the zones; then s in [0, 1],
the loss shape A(s) = (1 - s) I + s A_tilted), ``outlined`` (the corner wedge whose
outline is fully drawn while the round zones are read, -1 for none), ``grow`` (the tilted
example's contour level as a share of each ball's touching level while it grows from c,
-1 before), ``zoom`` (1 while the insets show) and ``arrows`` (how many of the two steps
along the ball, with their slopes, each inset shows; while the loss turns they are gone
and the notes say what the turn does).  The tallies "×N" at the diamond's tips, each with
a leader to its tip, count the shown optima exactly there (one line under the L1 plane
says so while the cloud piles up); the circle's axis points catch none, and one line
under the L2 plane says that instead.  Each plane is framed, numbered at both ends and 0
of each edge, with β₁ at the right end of its axis and β₂ at the top of its axis.

Render: ``manim render scenes/cloud.py``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Arrow,
    Axes,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    GrowArrow,
    Line,
    Polygon,
    Rectangle,
    VGroup,
    linear,
)

from mathcore import QuadraticLoss, solve_constrained
from mathcore.balls import boundary_points
from mathcore.boundary_walk import slopes_along_sphere, sphere_directions
from mathcore.catchment import catchment_regions, corner_share, l2_zero_rays
from mathcore.cloud import CENTER_RANGE, cloud_2d, draw_problems
from mathcore.planar_batch import solve_planar_batch
from scenes import defaults, layout, pieces, theme
from scenes.base import STILL_SECONDS, NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import format_count, reading_seconds, text
from scenes.zoom import zoom_view

CASE, SEED, RADIUS = defaults.CLOUD_CASE, defaults.CLOUD_SEED, defaults.RADIUS
SHOWN_ONE_BY_ONE = 3
CLOUD_SIZE, BATCHES = 400, 4
EXACT_SAMPLES = defaults.CLOUD_SAMPLES
#: The planes show the whole square the centres are drawn from, with a tick every
#: TICK_STEP: none at the ball's axis points (±RADIUS), where a tick would cut across a tip
#: of the small diamond.
PLANE_RANGE = CENTER_RANGE
TICK_STEP = 5.0
#: The balls are drawn over the axes and the losses' contours (their outline whole where a
#: contour touches it), the optima and the piles on the tips over the balls.
BALL_Z, OVER_BALL_Z = 1, 2
BOX = (-PLANE_RANGE, PLANE_RANGE, -PLANE_RANGE, PLANE_RANGE)
CLOUD_DOT = 0.04
#: The tilted loss shape of the zones: the example loss's A (scenes.defaults).
TILTED = np.array(defaults.MATRIX)
ZONE_OPACITY = 0.25
RAY_STROKE = 4
#: A pile of k optima on one tip is a disc of radius PILE_UNIT * sqrt(k).
PILE_UNIT = 0.015
PILE_OPACITY = 0.85
#: Each tally "×N" sits on an opaque patch of background (over the cloud's dots), this
#: far (manim units) out from its pile, off the ball, turned this share of a quarter turn
#: off the axis; a short leader joins it to its tip.
TALLY_PAD, TALLY_PATCH_OPACITY, TALLY_BUFF, TALLY_ASIDE = 0.05, 1.0, 0.22, 0.6
#: The leader's stroke, on a halo of background (it crosses the cloud's dots).
LEADER_STROKE, LEADER_HALO = 3, 8
#: Lines under each plane: while the cloud piles up the counter, then the line on the
#: tallies; later the two-line notes of each beat, from the top.
TEXT_LINES = 2
NOTE_LINES = 2
#: The one-line note on what the tallies count, under the counter.
TALLY_LINE = 1
#: Space between a plane's bottom tick numbers and its counter.
PLANE_GAP = 0.15
#: The numbered ticks (every TICK_STEP) and the axis names β₁, β₂, outside each plane, at
#: the body size (at least 14 px at 480p); the band under a plane for its tick numbers
#: (one caption line: the planes keep the size and place they had with three lines below).
TICK_NUMBER_SIZE, TICK_ROOM, AXIS_NAME_BUFF = theme.BODY_SIZE, layout.CAPTION_LINE, 0.1
#: The plane's frame (the square the centres are drawn from), its outward ticks (length,
#: manim units) at each numbered value, and the gap between the left numbers and the
#: bottom-left corner's number (both numbers of that corner are shown).
FRAME_STROKE, FRAME_TICK, CORNER_GAP = 1.5, 0.06, 0.25
#: The zoom: data half-width around the touch point (the zoomed view covers the plane,
#: so it magnifies ZOOM_FACTOR times: scenes.zoom).
ZOOM_HALF = 0.5
ZOOM_FACTOR = PLANE_RANGE / ZOOM_HALF
#: The cloud steps back while the zones of one loss shape are drawn over it, each dot
#: still drawn in most of its outcome's colour (green and yellow told apart, also over
#: the green zones).
CLOUD_DIMMED = 0.6
#: Old notes fade out in this long before new ones fade in (never both at once).
NOTES_OUT = 0.4
#: The exact shares come one after another: each fades in this long, then is held this
#: long before the next.
EXACT_STEP = (0.8, 0.45)
#: Length (data units) of the arrows along the sphere in the insets.
STEP_ARROW = 0.3
#: Their stroke, on a halo of background (they lie on the ball's line and the contour).
STEP_STROKE, STEP_HALO = 4, 10
SHAPE_SECONDS = 3.0
#: While the zone notes are read, each corner wedge is outlined in turn (stroke width).
OUTLINE_STROKE = 4
OUTLINE_DRAW, OUTLINE_FADE = 0.6, 0.4
#: The tilted example's contour grows from this share of its touching level to 1.
GROW_START, GROW_SECONDS = 0.02, 2.0
#: Each step along the ball in the insets is drawn in this long.
STEP_DRAW = 0.6
#: The first loss of the opening is held this long once drawn (the viewer finds its
#: centre, contour and touch point); the next ones go faster (the video does not grow).
FIRST_HOLD, LATER_HOLD = 1.5, 0.4
#: The first loss's contour grows from c to the ball in this long (slow enough to see it
#: grow until it touches), a later one's faster (a later loss's centre, contour growth
#: and fade); each optimum then fades in.
FIRST_GROW, OPTIMUM_IN = 2.5, 0.3
LATER_SHOW = (0.3, 1.2, 0.4)
#: In the zoom, the example loss is turned about its centre by up to this angle (degrees)
#: each way and back (mathcore re-solves each frame): the tip holds, the circle's slides.
TILT_DEGREES = 8.0
#: Shares of the tilt's time: to +angle, over to -angle, back to 0; its time (seconds).
TILT_SHARES, TILT_LEAST = (0.3, 0.4, 0.3), 3.0
STEPS_FADE = 0.3


def percent(value: float) -> str:
    return f"{100 * value:.2f}"


def slope_text(value: float) -> str:
    """A slope as shown: sign and two decimals, ``+0.00`` for a rounding-size one."""
    return f"{round(value, 2) + 0.0:+.2f}"


def shape_at(s: float) -> np.ndarray:
    """The loss shape of the zones at ``shape`` = s: from round (I) to ``TILTED``; every
    A(s) is positive definite (a mix of two definite matrices)."""
    return (1.0 - s) * np.eye(2) + s * TILTED


def spaced_ticks(axes: Axes, step: float) -> Axes:
    """``axes`` with its ticks every ``step`` (both axes) instead of fit_axes' own."""
    for axis in (axes.x_axis, axes.y_axis):
        axis.remove(axis.ticks)
        axis.x_range = np.array([axis.x_range[0], axis.x_range[1], step])
        axis.add_ticks()
    return axes


def plane_scale(axes: Axes, lang: str) -> VGroup:
    """A plane's scale, outside it (clear of the dots and the zones): its frame, the square
    [-PLANE_RANGE, PLANE_RANGE]², with an outward tick at every TICK_STEP; the numbers of
    those ticks, both ends and 0 on each edge, under the bottom edge (β₁) and left of the
    left edge (β₂, moved left to clear the bottom-left corner's β₁ number); then the axis
    names at the axes' ends: β₁ right of the β₁ axis's right end, β₂ above the β₂ axis's
    top end."""
    values = np.arange(-PLANE_RANGE, PLANE_RANGE + TICK_STEP / 2, TICK_STEP)
    bottom = pieces.tick_numbers(axes, values, [], font_size=TICK_NUMBER_SIZE)
    left = pieces.tick_numbers(axes, [], values, font_size=TICK_NUMBER_SIZE)
    left.shift(LEFT * max(left.get_right()[0] - (bottom[0].get_left()[0] - CORNER_GAP), 0.0))
    low, high = axes.c2p(-PLANE_RANGE, -PLANE_RANGE), axes.c2p(PLANE_RANGE, PLANE_RANGE)
    frame = Rectangle(width=high[0] - low[0], height=high[1] - low[1],
                      stroke_color=theme.MUTED_TEXT_COLOR, stroke_width=FRAME_STROKE)
    frame.move_to((low + high) / 2)
    ticks = VGroup(*[Line(axes.c2p(v, -PLANE_RANGE), axes.c2p(v, -PLANE_RANGE) + DOWN * FRAME_TICK)
                     for v in values],
                   *[Line(axes.c2p(-PLANE_RANGE, v), axes.c2p(-PLANE_RANGE, v) + LEFT * FRAME_TICK)
                     for v in values]).set_stroke(theme.MUTED_TEXT_COLOR, FRAME_STROKE)
    x_name = pieces.label(text("axis_x", lang), TICK_NUMBER_SIZE, theme.MUTED_TEXT_COLOR)
    y_name = pieces.label(text("axis_y", lang), TICK_NUMBER_SIZE, theme.MUTED_TEXT_COLOR)
    x_name.next_to(axes.c2p(PLANE_RANGE, 0.0), RIGHT, buff=AXIS_NAME_BUFF)
    y_name.next_to(axes.c2p(0.0, PLANE_RANGE), UP, buff=AXIS_NAME_BUFF)
    return VGroup(VGroup(*bottom, *left), x_name, y_name,
                  VGroup(frame, ticks).set_z_index(-2))


def outcome_color(optimum: np.ndarray) -> str:
    """A centre's colour: its optimum's (green with an exact zero, else yellow)."""
    return pieces.optimum_color(optimum)


class RandomLossCloud(NormvizScene):
    """Centres of random losses coloured by their optimum; the zones that explain them."""

    def construct(self) -> None:
        self.loss_shown = self.tracker("loss", -1)
        self.dots_shown = self.tracker("dots", 0)
        self.shape = self.tracker("shape", -1)
        self.zoomed = self.tracker("zoom", 0)
        self.outlined = self.tracker("outlined", -1)
        self.grow = self.tracker("grow", -1)
        self.opening = self.tracker("opening", -1)
        self.arrows_shown = self.tracker("arrows", 0)
        self.tilt = self.tracker("tilt", 0.0)
        self.compute()
        self.build_planes()
        self.tell_story()

    # -- numbers -------------------------------------------------------------------------
    def compute(self) -> None:
        """The losses, their exact optima, the million-loss shares and the zones' shares."""
        self.problems, self.optima = {}, {}
        for norm in ("l1", "l2"):
            rng = np.random.default_rng(SEED)
            centers, matrices = draw_problems(rng, CLOUD_SIZE, CASE, norm, RADIUS)
            self.problems[norm] = (centers, matrices)
            self.optima[norm] = solve_planar_batch(norm, centers, matrices,
                                                   np.full(CLOUD_SIZE, RADIUS))
        # the losses shown one by one are the same on both sides (one seed draws the same
        # matrices for both, and the same centres but between the diamond and the circle)
        for norm in ("l1", "l2"):
            for drawn, other in zip(self.problems[norm], self.problems["l1"], strict=True):
                assert np.array_equal(drawn[:SHOWN_ONE_BY_ONE], other[:SHOWN_ONE_BY_ONE]), (
                    "a loss shown on both sides differs between them")
        self.exact = {norm: cloud_2d(norm, CASE, EXACT_SAMPLES, seed=SEED) for norm in self.optima}
        self.zone_share = {"round": corner_share(np.eye(2), RADIUS, PLANE_RANGE),
                           "tilted": corner_share(TILTED, RADIUS, PLANE_RANGE)}
        self.example = QuadraticLoss.create(defaults.CENTER, defaults.MATRIX)
        self.example_solutions = {norm: solve_constrained(self.example, norm, RADIUS)
                                  for norm in ("l1", "l2")}
        self.slopes = {norm: slopes_along_sphere(self.example, norm, RADIUS, solution.beta)
                       for norm, solution in self.example_solutions.items()}
        self.show("exact", {norm: {"samples": r.samples, "fraction_zero": r.fraction_zero,
                                   "ci95": list(r.ci95)} for norm, r in self.exact.items()})
        self.show("corner_zone_share", self.zone_share)
        self.show("slopes_along_sphere", {norm: [float(s) for s in slopes]
                                          for norm, slopes in self.slopes.items()})

    # -- layout --------------------------------------------------------------------------
    def build_planes(self) -> None:
        self.title = pieces.title(text("cloud_title", self.lang))
        self.planes = {}
        columns = layout.two_columns(caption_lines=NOTE_LINES)
        for norm, column in zip(("l1", "l2"), columns, strict=True):
            square, below = column.split_bottom(TEXT_LINES * layout.CAPTION_LINE + PLANE_GAP
                                                + TICK_ROOM)
            axes = self.plane(norm, spaced_ticks(pieces.fit_axes(
                np.array([-PLANE_RANGE, -PLANE_RANGE]), np.array([PLANE_RANGE, PLANE_RANGE]),
                square.width, square.height), TICK_STEP))
            square.place(axes)
            ball = pieces.BallOutline(axes, norm, RADIUS).set_z_index(BALL_Z)
            self.planes[norm] = {"axes": axes, "ball": ball, "below": below,
                                 "scale": plane_scale(axes, self.lang)}
        # the key and the sampling, one line each at the small size (each fits the width)
        band = layout.caption_band(NOTE_LINES)
        self.key = band.place(VGroup(*[
            pieces.fit_into(pieces.label(line, theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR),
                            band.width)
            for line in (text("cloud_key", self.lang),
                         text("cloud_sampling", self.lang, low=-int(CENTER_RANGE),
                              high=int(CENTER_RANGE)))]).arrange(DOWN, buff=0.1))
        # the sampling is a caption of the exact shares only; from the tilt on, its line
        # says why the shares differ: the share depends on the losses, the wedges are exact
        self.shares = pieces.fit_into(pieces.label(
            text("cloud_shares", self.lang, mixed=percent(self.exact["l1"].fraction_zero),
                 round=percent(self.zone_share["round"]),
                 tilted=percent(self.zone_share["tilted"])),
            theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR), band.width).move_to(self.key[1])
        # while the zones of one loss shape are shaded, the key's first line says, in the
        # text colour (it is no footnote), that the shading is that shape's only (each dot
        # had a random shape of its own, so a yellow dot inside it is no contradiction)
        self.zone_key = pieces.fit_into(pieces.label(
            text("cloud_zone_key", self.lang), theme.SMALL_SIZE, theme.TEXT_COLOR),
            band.width).move_to(self.key[0])

    def swap(self, old: list, new: list, *alongside, run_time: float) -> None:
        """``old`` fades out first (``NOTES_OUT``), then ``new`` fades in with the
        animations ``alongside`` (``run_time``): two texts never share a place on screen."""
        self.play(*[FadeOut(m) for m in old], run_time=NOTES_OUT)
        self.play(*[FadeIn(m) for m in new], *alongside, run_time=run_time)

    def dot_for(self, norm: str, point: np.ndarray, color: str,
                radius: float = CLOUD_DOT) -> Dot:
        return Dot(self.planes[norm]["axes"].c2p(*point), radius=radius, color=color)

    def under(self, norm: str, line: int, mobject) -> object:
        """Put ``mobject`` on line ``line`` (0 the first) under the plane."""
        below = self.planes[norm]["below"]
        pieces.fit_into(mobject, below.width)
        top = below.top - TICK_ROOM - PLANE_GAP - line * layout.CAPTION_LINE
        return mobject.move_to(below.center).align_to([0.0, top, 0.0], UP)

    def note(self, norm: str, key: str, line: int = 0, **fields: object):
        """The two-line note under a plane from line ``line`` on, in the plane's colour."""
        return self.under(norm, line, pieces.label(text(key, self.lang, **fields),
                                                   theme.SMALL_SIZE, theme.NORM_COLORS[norm]))

    # -- story ---------------------------------------------------------------------------
    def tell_story(self) -> None:
        self.beat("cloud_start")
        self.play(FadeIn(self.title), *[Create(p["axes"]) for p in self.planes.values()],
                  *[Create(p["ball"]) for p in self.planes.values()], FadeIn(self.key[0]),
                  *[FadeIn(p["scale"]) for p in self.planes.values()], run_time=1.2)
        self.clouds = {norm: VGroup() for norm in self.planes}
        for index in range(SHOWN_ONE_BY_ONE):
            self.show_one(index)
        self.pile_up()
        samples = format_count(EXACT_SAMPLES, self.lang)
        self.beat("cloud_exact", samples=samples, l1=percent(self.exact["l1"].fraction_zero),
                  l2=percent(self.exact["l2"].fraction_zero))
        # a share of exactly 0 is geometry (a set of area 0), not a statistic with an interval
        self.notes = {norm: self.note(norm, "cloud_exact", samples=samples,
                                      share=percent(result.fraction_zero),
                                      low=percent(result.ci95[0]), high=percent(result.ci95[1]))
                      if result.fraction_zero > 0 else self.note(norm, "cloud_exact_none",
                                                                 samples=samples)
                      for norm, result in self.exact.items()}
        self.exact_notes = dict(self.notes)
        # the million losses' shares replace the 400 dots' counts: first how the losses
        # were drawn (the line the shares point to, "drawn as below"), then the L1 share,
        # then the L2 share, in the subtitle's order
        self.play(*[FadeOut(m) for m in [self.tally_note, self.tally_none,
                                          *self.counters.values()]],
                  run_time=NOTES_OUT)
        for shown in (self.key[1], self.notes["l1"], self.notes["l2"]):
            self.play(FadeIn(shown), run_time=EXACT_STEP[0])
            if shown is not self.notes["l2"]:
                self.wait(EXACT_STEP[1])
        self.show_zones()
        self.tilt_zones()
        self.zoom_in()
        self.recap()

    def show_one(self, index: int) -> None:
        """The k-th loss on both sides (the same loss: ``compute``): its centre, touching
        contour and optimum; then
        the contour and optimum go and the centre stays, coloured by the optimum."""
        shown = []
        for norm, plane in self.planes.items():
            centers, matrices = self.problems[norm]
            loss = QuadraticLoss.create(centers[index], matrices[index])
            solution = solve_constrained(loss, norm, RADIUS)
            contour = pieces.LossContour(plane["axes"], loss, solution.loss, clip_to_axes=True)
            optimum = self.dot_for(norm, solution.beta, pieces.optimum_color(solution.beta),
                                   theme.DOT_RADIUS).set_z_index(OVER_BALL_Z)
            centre = self.dot_for(norm, loss.center, theme.LOSS_COLOR, theme.DOT_RADIUS)
            shown.append((contour, optimum, centre, solution.beta))
        centre_in, draw, fade = (0.4, FIRST_GROW, 0.5) if index == 0 else LATER_SHOW
        self.play(*[FadeIn(centre) for _, _, centre, _ in shown], run_time=centre_in)
        self.grow_contours([(contour, beta) for contour, _, _, beta in shown], draw)
        self.play(*[FadeIn(optimum) for _, optimum, _, _ in shown], run_time=OPTIMUM_IN)
        self.loss_shown.set_value(index)  # fully drawn: held while the viewer looks
        self.wait(FIRST_HOLD if index == 0 else LATER_HOLD)
        self.loss_shown.set_value(-1)
        self.play(*[FadeOut(contour) for contour, *_ in shown],
                  *[FadeOut(optimum) for _, optimum, _, _ in shown],
                  *[centre.animate.scale(CLOUD_DOT / theme.DOT_RADIUS)
                    .set_color(outcome_color(beta)) for _, _, centre, beta in shown],
                  run_time=fade)
        self.dots_shown.set_value(index + 1)
        for norm, (_, _, centre, _) in zip(self.planes, shown, strict=True):
            self.clouds[norm].add(centre)

    def grow_contours(self, contours: list, seconds: float) -> None:
        """Each contour grows from c: its level goes from ``GROW_START`` times its touching
        level f(β*) up to f(β*) (tracker ``opening``, that share), where it first touches
        the ball."""
        levels = [contour.level for contour, _ in contours]
        self.opening.set_value(GROW_START)

        def follow() -> None:
            for (contour, _), level in zip(contours, levels, strict=True):
                contour.show(level=self.opening.get_value() * level)

        driven = self.drive(follow, *[contour for contour, _ in contours])
        self.play(self.opening.animate.set_value(1.0), run_time=seconds)
        self.stop_driving(driven, follow)
        self.opening.set_value(-1)

    def counter(self, norm: str) -> LiveLine:
        """The live count of centres whose optimum has a zero."""
        line = LiveLine(text("cloud_count", self.lang, zeros=FIELD, total=FIELD, share=FIELD),
                        [str(CLOUD_SIZE), str(CLOUD_SIZE), "100.0"], theme.SMALL_SIZE,
                        theme.NORM_COLORS[norm])
        return self.under(norm, 0, line)

    def follow_dots(self) -> None:
        """The one updater of the pile: the first ``dots`` centres shown and counted."""
        shown = round(self.dots_shown.get_value())
        for norm, dots in self.new_dots.items():
            for index, dot in enumerate(dots, start=SHOWN_ONE_BY_ONE):
                dot.set_opacity(1.0 if index < shown else 0.0)
            zeros = int(np.any(self.optima[norm][:shown] == 0.0, axis=1).sum())
            self.counters[norm].set_fields(str(zeros), str(shown), f"{100 * zeros / shown:.1f}")
        self.corner_piles["l1"].count(self.optima["l1"][:shown])

    def pile_up(self) -> None:
        self.beat("cloud_pile")
        self.counters = {norm: self.counter(norm) for norm in self.planes}
        # the circle's axis points catch no optimum: one line says so instead of ×0 tallies
        self.corner_piles = {"l1": CornerPiles(self.planes["l1"]["axes"], self.lang)}
        self.new_dots = {norm: VGroup(*[self.dot_for(norm, c, outcome_color(b)) for c, b in
                                        zip(self.problems[norm][0][SHOWN_ONE_BY_ONE:],
                                            self.optima[norm][SHOWN_ONE_BY_ONE:], strict=True)])
                         for norm in self.planes}
        for norm, dots in self.new_dots.items():
            self.clouds[norm].add(*dots)
        self.follow_dots()
        self.tally_note = self.note("l1", "cloud_tally_note", line=TALLY_LINE)
        self.tally_none = self.note("l2", "cloud_tally_none", line=TALLY_LINE)
        self.play(*[FadeIn(c) for c in self.counters.values()],
                  *[FadeIn(p) for p in self.corner_piles.values()],
                  FadeIn(self.tally_note), FadeIn(self.tally_none), run_time=0.6)
        driven = self.drive(self.follow_dots, *self.new_dots.values(), *self.counters.values(),
                            *self.corner_piles.values())
        edges = np.linspace(SHOWN_ONE_BY_ONE, CLOUD_SIZE, BATCHES + 1).astype(int)
        for high in edges[1:]:
            self.play(self.dots_shown.animate.set_value(high), run_time=1.0, rate_func=linear)
            self.wait(0.5)
        self.stop_driving(driven, self.follow_dots)

    def follow_shape(self) -> None:
        """The one updater of the zones: corner wedges and L2 rays for A(shape)."""
        matrix = shape_at(self.shape.get_value())
        axes = self.planes["l1"]["axes"]
        corners = [r for r in catchment_regions(matrix, RADIUS, BOX) if r.face == "corner"]
        for wedge, region in zip(self.wedges, corners, strict=True):
            wedge.set_points_as_corners(axes.c2p(np.vstack([region.polygon,
                                                            region.polygon[:1]])))
        axes = self.planes["l2"]["axes"]
        for ray, (start, end) in zip(self.rays, l2_zero_rays(matrix, RADIUS, BOX), strict=True):
            ray.put_start_and_end_on(axes.c2p(*start), axes.c2p(*end))

    def show_zones(self) -> None:
        """The round loss's zones: the wedges beyond the tips, the four rays."""
        self.beat("cloud_zones")
        self.wedges = VGroup(*[Polygon(*[[0.0, 0.0, 0.0]] * 3, stroke_width=0,
                                       fill_color=theme.ZERO_COLOR, fill_opacity=ZONE_OPACITY)
                               for _ in range(4)]).set_z_index(-1)
        self.rays = VGroup(*[Line(color=theme.ZERO_COLOR, stroke_width=RAY_STROKE)
                             for _ in range(4)])  # over the axes: with A = I they are the axes
        self.shape.set_value(0.0)
        self.follow_shape()
        zone_notes = {"l1": self.note("l1", "cloud_zones_l1",
                                      share=percent(self.zone_share["round"])),
                      "l2": self.note("l2", "cloud_zones_l2")}
        self.swap([*self.notes.values(), *self.key, *self.corner_piles.values()],
                  [*zone_notes.values(), self.zone_key], FadeIn(self.wedges), Create(self.rays),
                  *[cloud.animate.set_opacity(CLOUD_DIMMED) for cloud in self.clouds.values()],
                  run_time=1.2)
        self.notes = self.zone_notes = zone_notes
        self.outline_wedges(reading_seconds(
            " ".join(n.original_text for n in zone_notes.values()), self.lang))

    def outline_wedges(self, seconds: float) -> None:
        """While the notes are read, the round loss's corner wedges are outlined one after
        another (mathcore's polygons), each held, then faded; the beat's still close
        (``STILL_SECONDS``) completes the reading time."""
        axes = self.planes["l1"]["axes"]
        corners = [r for r in catchment_regions(shape_at(0.0), RADIUS, BOX)
                   if r.face == "corner"]
        hold = max((seconds - STILL_SECONDS) / len(corners) - OUTLINE_DRAW - OUTLINE_FADE,
                   0.5)
        for k, region in enumerate(corners):
            outline = Polygon(*axes.c2p(region.polygon), color=theme.ZERO_COLOR,
                              stroke_width=OUTLINE_STROKE, fill_opacity=0.0)
            self.play(Create(outline), run_time=OUTLINE_DRAW)
            self.outlined.set_value(k)
            self.wait(hold)
            self.outlined.set_value(-1)
            self.play(FadeOut(outline), run_time=OUTLINE_FADE)

    def tilt_zones(self) -> None:
        """The zones turn into the tilted loss's; then that loss itself, on both balls."""
        self.beat("cloud_tilt", share=percent(self.zone_share["tilted"]))
        # the tilted share is read once, beside the others, in the line under the key
        tilt_notes = {norm: self.note(norm, f"cloud_tilt_{norm}") for norm in self.planes}
        driven = self.drive(self.follow_shape, self.wedges, self.rays)
        self.swap(list(self.notes.values()), [*tilt_notes.values(), self.shares],
                  self.shape.animate.set_value(1.0), run_time=SHAPE_SECONDS)
        self.stop_driving(driven, self.follow_shape)
        self.notes = self.tilt_notes = tilt_notes
        self.examples = VGroup()
        for norm, plane in self.planes.items():
            solution = self.example_solutions[norm]
            contour = pieces.LossContour(plane["axes"], self.example, GROW_START * solution.loss)
            centre = self.dot_for(norm, self.example.center, theme.LOSS_COLOR, theme.DOT_RADIUS)
            optimum = self.dot_for(norm, solution.beta, pieces.optimum_color(solution.beta),
                                   theme.DOT_RADIUS).set_z_index(OVER_BALL_Z)
            self.examples.add(VGroup(contour, centre, optimum))
        self.play(*[FadeIn(group[1]) for group in self.examples], run_time=0.4)
        # while the notes are read, the contour grows from c until it first touches
        reading = reading_seconds(" ".join(n.original_text for n in tilt_notes.values()),
                                  self.lang)
        self.grow.set_value(GROW_START)
        driven = self.drive(self.follow_growth, *[group[0] for group in self.examples])
        self.play(*[FadeIn(group[0]) for group in self.examples], run_time=0.2)
        self.play(self.grow.animate.set_value(1.0),
                  run_time=max(reading - 0.8 - STILL_SECONDS, GROW_SECONDS))
        self.stop_driving(driven, self.follow_growth)
        self.play(*[FadeIn(group[2]) for group in self.examples], run_time=0.4)

    def follow_growth(self) -> None:
        """The one updater of the example's contours: ``grow`` times each touching level."""
        for norm, group in zip(self.planes, self.examples, strict=True):
            group[0].show(level=self.grow.get_value() * self.example_solutions[norm].loss)

    def zoom_in(self) -> None:
        """Parr's zoom: near each touch point, which way the loss goes along the ball."""
        self.beat("cloud_zoom")
        self.insets = VGroup()
        zoom_notes = {}
        for norm, plane in self.planes.items():
            inset, source = self.inset(norm, plane["axes"])
            self.insets.add(VGroup(source, inset))
            back, ahead = (slope_text(s) for s in self.slopes[norm])
            x, y = (f"{round(v, 2):g}" for v in self.example_solutions[norm].beta)
            zoom_notes[norm] = self.note(norm, f"cloud_zoom_{norm}", back=back, ahead=ahead,
                                         zoom=f"{ZOOM_FACTOR:g}", x=x, y=y)
        # the shares step aside: the zoom's numbers are the slopes; the insets cover the
        # shaded zones, and with them goes the line on the shading; the planes' scales
        # (not the insets') go while the insets cover the planes
        self.play(*[Create(group[0]) for group in self.insets],
                  *[FadeOut(n) for n in self.notes.values()], FadeOut(self.shares),
                  FadeOut(self.zone_key), *[FadeOut(p["scale"]) for p in self.planes.values()],
                  run_time=0.6)
        built = [list(group[1].submobjects) for group in self.insets]
        steps = VGroup(*[VGroup(group[1][1], group[1][2]) for group in self.insets])
        for group in self.insets:  # the steps along the ball come one at a time
            group[1].remove(group[1][1], group[1][2])
        self.play(*[FadeIn(group[1]) for group in self.insets],
                  *[FadeIn(n) for n in zoom_notes.values()], run_time=1.0)
        self.zoomed.set_value(1)
        self.notes = self.zoom_notes = zoom_notes
        reading = reading_seconds(" ".join(n.original_text for n in zoom_notes.values()),
                                  self.lang)
        # half the reading time for the two steps, then the tilt (TILT_LEAST seconds)
        for k in range(2):
            self.play(*[GrowArrow(arrows[k]) for arrows, _ in steps],
                      *[FadeIn(tags[k]) for _, tags in steps], run_time=STEP_DRAW)
            self.arrows_shown.set_value(k + 1)
            self.wait(max((reading - STILL_SECONDS) / 4 - STEP_DRAW, 0.5))
        # the steps' slopes belong to the untilted loss: they and their notes step aside
        # while it turns; the notes then say what the tilt does
        self.tilt_notes_zoom = {norm: self.note(norm, f"cloud_zoom_tilt_{norm}",
                                                degrees=f"{TILT_DEGREES:g}")
                                for norm in self.planes}
        self.play(FadeOut(steps), *[FadeOut(n) for n in zoom_notes.values()],
                  run_time=STEPS_FADE)
        self.arrows_shown.set_value(0)
        self.play(*[FadeIn(n) for n in self.tilt_notes_zoom.values()], run_time=STEPS_FADE)
        self.notes = self.tilt_notes_zoom
        seconds = TILT_LEAST
        driven = self.drive(self.follow_tilt, *[part for parts in self.tilt_parts
                                                for part in parts[1:]])
        for angle, share in zip((TILT_DEGREES, -TILT_DEGREES, 0.0), TILT_SHARES, strict=True):
            self.play(self.tilt.animate.set_value(angle), run_time=share * seconds)
        self.stop_driving(driven, self.follow_tilt)
        steps.set_opacity(0.0)  # the steps stay gone; the insets keep their parts as built
        for group, parts in zip(self.insets, built, strict=True):
            group[1].remove(*group[1].submobjects)
            group[1].add(*parts)

    def inset(self, norm: str, axes) -> tuple[VGroup, VGroup]:
        """The square around the touch point, then its zoomed view over the whole plane,
        with an arrow along the sphere each way and the loss's slope along it."""
        solution = self.example_solutions[norm]
        centre = solution.beta
        view = zoom_view(axes, PLANE_RANGE, centre, ZOOM_HALF, norm, RADIUS, self.example,
                         solution.loss)
        zoom = self.plane(f"{norm}_zoom", view.axes)
        if not hasattr(self, "tilt_parts"):
            self.tilt_parts = []
        self.tilt_parts.append((zoom, view.contour, view.optimum))
        arrows, tags = VGroup(), VGroup()
        for direction, slope in zip(sphere_directions(norm, RADIUS, centre), self.slopes[norm],
                                    strict=True):
            tip = centre + STEP_ARROW * direction
            arrow = Arrow(zoom.c2p(*centre), zoom.c2p(*tip), buff=0.0, stroke_width=STEP_STROKE,
                          color=theme.TEXT_COLOR, max_tip_length_to_length_ratio=0.2)
            # a halo of background: the step runs along the ball's line and the contour
            arrows.add(arrow.set_background_stroke(color=theme.BACKGROUND_COLOR,
                                                   width=STEP_HALO))
            tag = pieces.label(slope_text(slope), theme.SMALL_SIZE, theme.TEXT_COLOR)
            tags.add(keep_within(tag.next_to(zoom.c2p(*tip), inward_normal(direction, centre),
                                             buff=0.12), view.frame))
        inset = VGroup(view.body, arrows, tags, view.optimum).set_z_index(2)
        view.optimum.set_z_index(3)  # over the steps, which are drawn after it
        return inset, view.source

    def tilted_loss(self, degrees: float) -> QuadraticLoss:
        """The example loss turned about its centre c by ``degrees``: A -> R A R^T."""
        angle = np.radians(degrees)
        turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        return QuadraticLoss.create(self.example.center, turn @ self.example.matrix @ turn.T)

    def follow_tilt(self) -> None:
        """The one updater of the tilt: each inset's contour and optimum for the example
        loss turned by ``tilt`` degrees, the optimum solved by mathcore."""
        loss = self.tilted_loss(self.tilt.get_value())
        for norm, (zoom, contour, optimum) in zip(self.planes, self.tilt_parts, strict=True):
            solution = solve_constrained(loss, norm, RADIUS)
            contour.show(loss, solution.loss)
            optimum.move_to(zoom.c2p(*solution.beta)).set_color(
                pieces.optimum_color(solution.beta))

    def recap(self) -> None:
        self.beat("cloud_recap", l1=percent(self.exact["l1"].fraction_zero),
                  samples=format_count(EXACT_SAMPLES, self.lang))
        self.zoomed.set_value(0)
        # the million losses' shares again, under them the sampling they were drawn by
        self.swap([self.insets, self.wedges, self.rays, self.examples, *self.notes.values()],
                  [*self.exact_notes.values(), *self.key, *self.corner_piles.values(),
                   *[p["scale"] for p in self.planes.values()]],
                  *[cloud.animate.set_opacity(1.0) for cloud in self.clouds.values()],
                  run_time=0.8)
        self.notes = self.exact_notes


def inward_normal(direction: np.ndarray, point: np.ndarray) -> np.ndarray:
    """The unit normal to a step ``direction`` along the sphere at ``point`` that points
    into the ball (towards the origin): a slope's number sits there, off the sphere's
    line and away from the loss's contour, which lies outside the ball."""
    normal = np.array([-direction[1], direction[0]]) / np.linalg.norm(direction)
    return np.append(-normal if normal @ point > 0 else normal, 0.0)


def keep_within(mobject, frame, margin: float = 0.06):
    """Shift ``mobject`` into ``frame``'s box (``margin`` inside its edges)."""
    low = frame.get_corner(DOWN + LEFT) + margin - mobject.get_corner(DOWN + LEFT)
    high = frame.get_corner(UP + RIGHT) - margin - mobject.get_corner(UP + RIGHT)
    return mobject.shift(np.clip(0.0, low, high) * np.array([1.0, 1.0, 0.0]))


class CornerPiles(VGroup):
    """At each tip of the diamond, a green disc whose area grows with the number of optima
    sitting exactly there (one dot would hide them all), and that number, "×N" (also
    "×0"), on a patch of background (it is read over the cloud's dots), joined to its tip
    by a short leader (drawn under the disc and the patch)."""

    def __init__(self, axes, lang: str):
        super().__init__()
        self.axes = axes
        self.corners = boundary_points("l1", RADIUS, 4)
        for _ in self.corners:
            leader = Line(color=theme.ZERO_COLOR, stroke_width=LEADER_STROKE)
            leader.set_background_stroke(color=theme.BACKGROUND_COLOR, width=LEADER_HALO)
            disc = Dot(radius=PILE_UNIT, color=theme.ZERO_COLOR, fill_opacity=PILE_OPACITY)
            tag = LiveLine(text("cloud_tally", lang, count=FIELD), [str(CLOUD_SIZE)],
                           theme.SMALL_SIZE, theme.ZERO_COLOR)
            patch = Rectangle(stroke_width=0, fill_color=theme.BACKGROUND_COLOR)
            self.add(VGroup(leader, disc, patch, tag))
        self.set_z_index(OVER_BALL_Z)

    def count(self, optima: np.ndarray) -> CornerPiles:
        """Size, number and show (or hide) each pile for the optima given."""
        for corner, (leader, disc, patch, tag) in zip(self.corners, self.submobjects,
                                                      strict=True):
            count = int(np.all(optima == corner, axis=1).sum())
            disc.scale_to_fit_width(2 * PILE_UNIT * np.sqrt(max(count, 1)))
            disc.move_to(self.axes.c2p(*corner)).set_fill(opacity=PILE_OPACITY if count else 0.0)
            outward = np.append(corner / RADIUS, 0.0)
            aside = np.array([-outward[1], outward[0], 0.0])  # a quarter turn: off the axis
            tag.set_fields(str(count))
            tag.next_to(disc, outward + TALLY_ASIDE * aside, buff=TALLY_BUFF)
            patch.stretch_to_fit_width(tag.width + 2 * TALLY_PAD)
            patch.stretch_to_fit_height(tag.height + 2 * TALLY_PAD).move_to(tag)
            patch.set_fill(opacity=TALLY_PATCH_OPACITY)
            leader.put_start_and_end_on(disc.get_center(), patch.get_center())
        return self

