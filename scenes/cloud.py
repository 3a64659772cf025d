"""Random losses, one after another: how often does the optimum have a zero coefficient?

Left the L1 diamond, right the L2 circle (radius 2).  Random losses of T. Parr's
``general`` case (``mathcore.cloud``) appear with their touching contour and optimum;
then hundreds of optima pile up, green where the optimum has an exact zero and yellow
where it has none, with a counter that ends at mathcore's exact share over a million
losses (a share that depends on how the losses are drawn, as the scene says).  Last, the
coarse-grid artefact: Parr's original method (argmin over 100 boundary points) puts some
L2 optima exactly on the axes, because the grid contains the axis points; the exact L2
optimum never is.

Trackers: ``loss`` (the loss whose contour is on screen, -1 for none), ``dots`` (how many
optima each plane shows) and ``grid`` (1 once the L2 optima are snapped to the grid).

Render: ``manim render scenes/cloud.py``.
"""

from __future__ import annotations

import numpy as np
from manim import DOWN, UP, Create, Dot, FadeIn, FadeOut, Transform, VGroup, Write, linear

from mathcore import QuadraticLoss, solve_constrained
from mathcore.balls import boundary_points
from mathcore.cloud import CENTER_RANGE, cloud_2d, draw_problems, grid_optima
from mathcore.planar_batch import solve_planar_batch
from scenes import layout, pieces, theme
from scenes.base import NormvizScene
from scenes.live_text import FIELD, LiveLine
from scenes.strings import format_count, text

CASE, SEED, RADIUS = "general", 7, 2.0
SHOWN_ONE_BY_ONE = 4
CLOUD_SIZE, BATCHES = 400, 4
EXACT_SAMPLES = 1_000_000
GRID_POINTS = 100
PLANE_RANGE = 3.2
CLOUD_DOT = 0.035
#: A pile of k optima on one axis point is a disc of radius PILE_UNIT * sqrt(k).
PILE_UNIT = 0.02
PILE_OPACITY = 0.85
#: How far the balls' outlines step back once the optima pile up on them.
DIMMED = 0.4
#: Lines of text under each plane: the counter, then the exact share (two lines) or, on
#: the L2 side, the grid's share and why (three lines).
TEXT_LINES = 4
NOTE_LINES = 2


def percent(value: float) -> str:
    return f"{100 * value:.2f}"


class RandomLossCloud(NormvizScene):
    """Optima of random losses on both balls, counted; then the grid artefact."""

    def construct(self) -> None:
        self.loss_shown = self.tracker("loss", -1)
        self.dots_shown = self.tracker("dots", 0)
        self.snapped = self.tracker("grid", 0)
        self.compute()
        self.build_planes()
        self.tell_story()

    def compute(self) -> None:
        """The losses, their exact optima, the grid optima and the million-loss shares."""
        self.problems, self.optima = {}, {}
        for norm in ("l1", "l2"):
            rng = np.random.default_rng(SEED)
            centers, matrices = draw_problems(rng, CLOUD_SIZE, CASE, norm, RADIUS)
            self.problems[norm] = (centers, matrices)
            self.optima[norm] = solve_planar_batch(norm, centers, matrices,
                                                   np.full(CLOUD_SIZE, RADIUS))
        self.grid = grid_optima("l2", *self.problems["l2"], RADIUS, GRID_POINTS)
        self.exact = {norm: cloud_2d(norm, CASE, EXACT_SAMPLES, seed=SEED) for norm in self.optima}
        self.grid_share = cloud_2d("l2", CASE, EXACT_SAMPLES, seed=SEED, method="grid",
                                   boundary_count=GRID_POINTS)
        self.show("exact", {norm: {"samples": r.samples, "fraction_zero": r.fraction_zero,
                                   "ci95": list(r.ci95)} for norm, r in self.exact.items()})
        self.show("grid_l2", {"points": GRID_POINTS,
                              "fraction_zero": self.grid_share.fraction_zero})

    def build_planes(self) -> None:
        self.title = pieces.title(text("cloud_title", self.lang))
        self.planes = {}
        columns = layout.two_columns(caption_lines=NOTE_LINES)
        for norm, column in zip(("l1", "l2"), columns, strict=True):
            square, below = column.split_bottom(TEXT_LINES * layout.CAPTION_LINE)
            axes = self.plane(norm, pieces.fit_axes(
                np.array([-PLANE_RANGE, -PLANE_RANGE]), np.array([PLANE_RANGE, PLANE_RANGE]),
                square.width, square.height))
            square.place(axes)
            ball = pieces.BallOutline(axes, norm, RADIUS)
            self.planes[norm] = {"axes": axes, "ball": ball, "below": below}

    def dot_for(self, norm: str, point: np.ndarray, radius: float = CLOUD_DOT) -> Dot:
        return Dot(self.planes[norm]["axes"].c2p(*point), radius=radius,
                   color=pieces.optimum_color(point))

    def counter(self, norm: str) -> LiveLine:
        """The live count of optima with a zero, at the top of the text under the plane."""
        line = LiveLine(text("cloud_count", self.lang, zeros=FIELD, total=FIELD, share=FIELD),
                        [str(CLOUD_SIZE), str(CLOUD_SIZE), "100.0"], theme.SMALL_SIZE,
                        theme.NORM_COLORS[norm])
        below = self.planes[norm]["below"]
        return line.move_to(below.center).align_to([0.0, below.top, 0.0], UP)

    def show_one(self, index: int) -> None:
        """The k-th loss on both sides: touching contour and optimum; then it fades."""
        shown = VGroup()
        for norm, plane in self.planes.items():
            centers, matrices = self.problems[norm]
            loss = QuadraticLoss.create(centers[index], matrices[index])
            solution = solve_constrained(loss, norm, RADIUS)
            contour = pieces.LossContour(plane["axes"], loss, solution.loss, clip_to_axes=True)
            dot = self.dot_for(norm, solution.beta, theme.DOT_RADIUS)
            shown.add(VGroup(contour, dot))
        self.play(*[Create(group[0]) for group in shown], *[FadeIn(group[1]) for group in shown],
                  run_time=0.8)
        self.loss_shown.set_value(index)  # fully drawn: held while the viewer looks
        self.wait(0.8)
        self.loss_shown.set_value(-1)
        self.play(*[FadeOut(group[0]) for group in shown],
                  *[group[1].animate.scale(CLOUD_DOT / theme.DOT_RADIUS) for group in shown],
                  run_time=0.4)
        self.dots_shown.set_value(index + 1)
        for norm, group in zip(self.planes, shown, strict=True):
            self.clouds[norm].add(group[1])

    def follow_dots(self) -> None:
        """The one updater of the pile: the first ``dots`` optima shown, counted and piled."""
        shown = round(self.dots_shown.get_value())
        for norm, dots in self.new_dots.items():
            for index, dot in enumerate(dots, start=SHOWN_ONE_BY_ONE):
                dot.set_opacity(1.0 if index < shown else 0.0)
            zeros = int(np.any(self.optima[norm][:shown] == 0.0, axis=1).sum())
            self.counters[norm].set_fields(str(zeros), str(shown), f"{100 * zeros / shown:.1f}")
        self.corner_piles.count(self.optima["l1"][:shown])

    def tell_story(self) -> None:
        self.beat("cloud_start")
        self.play(Write(self.title), *[Create(p["axes"]) for p in self.planes.values()],
                  *[Create(p["ball"]) for p in self.planes.values()], run_time=1.2)
        self.clouds = {norm: VGroup() for norm in self.planes}
        for index in range(SHOWN_ONE_BY_ONE):
            self.show_one(index)
        self.beat("cloud_pile")
        self.counters = {norm: self.counter(norm) for norm in self.planes}
        self.corner_piles = CornerPiles(self.planes["l1"]["axes"], self.lang)
        self.new_dots = {norm: VGroup(*[self.dot_for(norm, p)
                                        for p in self.optima[norm][SHOWN_ONE_BY_ONE:]])
                         for norm in self.planes}
        for norm, dots in self.new_dots.items():
            self.clouds[norm].add(*dots)
        self.follow_dots()
        # the outlines step back so that the optima on them can be seen
        self.play(*[FadeIn(c) for c in self.counters.values()], FadeIn(self.corner_piles),
                  *[p["ball"].animate.set_stroke(opacity=DIMMED) for p in self.planes.values()],
                  run_time=0.6)
        driven = self.drive(self.follow_dots, *self.new_dots.values(), *self.counters.values(),
                            self.corner_piles)
        edges = np.linspace(SHOWN_ONE_BY_ONE, CLOUD_SIZE, BATCHES + 1).astype(int)
        for high in edges[1:]:
            self.play(self.dots_shown.animate.set_value(high), run_time=1.0, rate_func=linear)
            self.wait(0.6)
        self.stop_driving(driven, self.follow_dots)
        self.exact_lines = VGroup(*[
            pieces.label(text("cloud_exact", self.lang,
                              samples=format_count(EXACT_SAMPLES, self.lang),
                              share=percent(result.fraction_zero),
                              low=percent(result.ci95[0]), high=percent(result.ci95[1])),
                         theme.SMALL_SIZE, theme.NORM_COLORS[norm])
            .next_to(self.counters[norm], DOWN, buff=0.1)
            for norm, result in self.exact.items()
        ])
        band = layout.caption_band(NOTE_LINES)
        sampling = text("cloud_sampling", self.lang, low=-int(CENTER_RANGE),
                        high=int(CENTER_RANGE))
        self.sampling_note = band.place(pieces.fit_into(pieces.label(
            sampling, theme.SMALL_SIZE, theme.MUTED_TEXT_COLOR), band.width))
        self.beat("cloud_exact", l1=percent(self.exact["l1"].fraction_zero),
                  l2=percent(self.exact["l2"].fraction_zero))
        self.play(FadeIn(self.exact_lines), FadeIn(self.sampling_note), run_time=0.8)
        self.read(sampling)
        self.show_grid_artefact()
        self.recap()

    def show_grid_artefact(self) -> None:
        """Parr's grid on the L2 side: optima snap onto grid points, some onto the axes."""
        axes = self.planes["l2"]["axes"]
        self.grid_dots = VGroup(*[Dot(axes.c2p(*p), radius=0.02, color=theme.TEXT_COLOR)
                                  for p in boundary_points("l2", RADIUS, GRID_POINTS)])
        self.snapped_dots = VGroup(*[self.dot_for("l2", p) for p in self.grid])
        self.exact_dots = self.clouds["l2"].copy()
        self.beat("cloud_grid")
        self.play(FadeOut(self.exact_lines[1]), FadeOut(self.counters["l2"]),
                  FadeIn(self.grid_dots), run_time=0.6)
        self.play(Transform(self.clouds["l2"], self.snapped_dots), run_time=1.5)
        self.grid_piles = CornerPiles(axes, self.lang).count(self.grid)
        self.snapped.set_value(1)
        grid_text = text("cloud_grid", self.lang, points=GRID_POINTS,
                         count=int(np.any(self.grid == 0.0, axis=1).sum()), total=CLOUD_SIZE,
                         samples=format_count(EXACT_SAMPLES, self.lang),
                         share=percent(self.grid_share.fraction_zero))
        why = text("cloud_grid_why", self.lang, exact=percent(self.exact["l2"].fraction_zero))
        self.grid_lines = VGroup(
            pieces.label(grid_text, theme.SMALL_SIZE, theme.ZERO_COLOR),
            pieces.label(why, theme.SMALL_SIZE, theme.TEXT_COLOR),
        ).arrange(DOWN, buff=0.1)
        below = self.planes["l2"]["below"]
        for line in self.grid_lines:
            pieces.fit_into(line, below.width)
        self.grid_lines.move_to(below.center).align_to([0.0, below.top, 0.0], UP)
        self.play(FadeIn(self.grid_piles), FadeIn(self.grid_lines), run_time=0.8)
        self.read(grid_text, why)

    def recap(self) -> None:
        """Back to the exact optima: the grid's 'zeros' go, the exact L2 count returns."""
        self.beat("cloud_recap", l1=percent(self.exact["l1"].fraction_zero))
        self.play(FadeOut(self.grid_dots), FadeOut(self.grid_piles), FadeOut(self.grid_lines),
                  Transform(self.clouds["l2"], self.exact_dots), run_time=1.2)
        self.snapped.set_value(0)
        self.play(FadeIn(self.counters["l2"]), FadeIn(self.exact_lines[1]), run_time=0.6)


class CornerPiles(VGroup):
    """At each axis point of the ball, a green disc whose area grows with the number of
    optima sitting exactly there (one dot would hide them all), and that number."""

    def __init__(self, axes, lang: str):
        super().__init__()
        self.axes = axes
        self.corners = boundary_points("l1", RADIUS, 4)
        for _ in self.corners:
            disc = Dot(radius=PILE_UNIT, color=theme.ZERO_COLOR, fill_opacity=PILE_OPACITY)
            tag = LiveLine(text("cloud_tally", lang, count=FIELD), [str(CLOUD_SIZE)],
                           theme.SMALL_SIZE, theme.ZERO_COLOR)
            self.add(VGroup(disc, tag))

    def count(self, optima: np.ndarray) -> CornerPiles:
        """Size, number and show (or hide) each pile for the optima given."""
        for corner, (disc, tag) in zip(self.corners, self.submobjects, strict=True):
            count = int(np.all(optima == corner, axis=1).sum())
            disc.scale_to_fit_width(2 * PILE_UNIT * np.sqrt(max(count, 1)))
            disc.move_to(self.axes.c2p(*corner)).set_fill(opacity=PILE_OPACITY if count else 0.0)
            outward = np.append(corner / RADIUS, 0.0)
            aside = np.array([-outward[1], outward[0], 0.0])  # a quarter turn: off the axis
            tag.set_fields(str(count))
            tag.next_to(disc, outward + 0.9 * aside, buff=0.08).set_opacity(1.0 if count else 0.0)
        return self
