"""Frame tests of scenes/correlated.py: the decoded video against mathcore at each frame's rho.

On every checked frame of the sweep, both planes show mathcore's optimum at the recorded
rho (within 2 px), its touching contour (never inside the ball), the ball, and c; the
lasso marker and c move on screen as rho moves them (the sweep was once frozen).  The
plot of the loss along the lasso's edge is mathcore's, smallest at the corner.  At
rho = 0.99 each plane's inset shows, magnified PLANE_RANGE / ZOOM_HALF times, the ball,
mathcore's touching contour and its optimum (the lasso's corner, the ridge's edge point);
before that the inset's contour grows, at each frame's recorded size, outside the ball.
Each inset's contour ends at its frame (never beyond it); the ridge's inset shows the
diagonal beta1 = beta2.  The lasso's is also stretched across the diamond's edge (its
loss is ``inset_loss``, checked here against the plain loss), because at the zoom alone
mathcore's half-degree angle between contour and edge is narrower than the strokes: in the
decoded frame the contour runs off the edge by the stretched gap mathcore gives, several
pixels wide, touching it only at the corner; the inset and its caption name the angle
and the stretch.
The data's line is shown (white) at the start; then other draws of the data show mathcore's
optima one after the other (the lasso keeps x1 in some, x2 in others), and the closing
tally is white prose (green is kept for exact zeros), with the 300 draws' optima dropping
onto the planes: the lasso's pile on its corners (on the axes), the ridge's in one cluster
by the diagonal, each counted beside its pile.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
import pytest
from scipy import ndimage
from scipy.spatial import cKDTree

from mathcore import contour_angle, contour_shape, ellipse_points, norm_value
from mathcore.correlated import correlated_pair
from mathcore.norms import norm_named
from scenes import theme
from scenes.correlated import (
    CORNER_RING_RADIUS,
    DRAW_SEEDS,
    INSET_ANGLE,
    INSET_GROWTH_START,
    RADII,
    RHO_END,
    SAMPLES,
    SEED,
    SLIDER_COLOR,
    SLIDER_RADIUS,
    STRETCHES,
    TAG_BUFF,
    TAG_SIDES,
    TALLY_DOT_RADIUS,
    TALLY_DRAWS,
    ZOOM_HALF,
    CorrelatedFeatures,
    box_minimum,
    draw_optima,
    draw_tally,
    edge_angle,
    edge_at,
    inset_loss,
    inset_size,
    inset_stretch,
    lasso_keeps,
    loss_at,
    magnification,
    ridge_share,
    sample_r,
    solutions_at,
    stretch_matrix,
)
from scenes.pieces import optimum_color
from scenes.strings import reading_seconds
from tests.frames import (
    MarkerCheck,
    PlaneChecker,
    PlanePicture,
    assert_near_polylines,
    blobs,
    bright_pixels,
    check_basics,
    check_dots,
    color_mask,
    inside_box,
    marker_position,
    region_pixels,
    rgb,
    spread,
    without_boxes,
)

pytestmark = pytest.mark.slow


def picture(plane: str, norm: str, loss, solution) -> PlanePicture:
    return PlanePicture(
        plane=plane, ball_gauge=lambda x: norm_value(x, norm), radius=RADII[norm],
        ball_color=theme.NORM_COLORS[norm], loss_center=loss.center,
        loss_matrix=loss.matrix, level=solution.loss, optimum=solution.beta,
        zeros=solution.zeros, marker_color=optimum_color(solution.beta))


def tag_offset(plane: dict, side: int) -> np.ndarray:
    """Screen offset (x, y) of "c"'s centre from its dot's when it stands on ``side``."""
    tag, dot = plane["center_tag"], plane["center"]
    half = np.array([tag.width, tag.height]) / 2 + dot.width / 2 + TAG_BUFF
    return TAG_SIDES[side][:2] * half


def boxes_meet(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two pixel boxes ((left, top), (right, bottom)) overlap."""
    return bool(np.all(a[0] < b[1]) and np.all(b[0] < a[1]))


class PlaneWatch:
    """Both planes (contour, ball, optimum) and the loss's centre c, checked at chosen
    frames against mathcore's loss and optima for that frame's state."""

    def __init__(self, video) -> None:
        self.video, self.radius_px = video, video.dot_radius_px
        self.checkers = {norm: PlaneChecker(video, norm, video.plane_box(plane["axes"]))
                         for norm, plane in video.scene.planes.items()}
        self.centres = {norm: MarkerCheck(f"c on {norm}") for norm in video.scene.planes}
        # c's tag is drawn beside c; its box is known at the last frame
        self.final_centre = solutions_at(RHO_END, DRAW_SEEDS[-1])[0].center

    def check(self, index: int, frame: np.ndarray, loss, solutions: dict) -> None:
        video = self.video
        for norm, plane in video.scene.planes.items():
            centre = video.to_pixels(norm, index, loss.center)[0]
            shift = centre - video.to_pixels(norm, video.frame_count - 1,
                                             self.final_centre)[0]
            # c's tag moves to another side of c where it would meet an axis's name
            sides = [round(video.value(f"tag_side_{norm}", k))
                     for k in (index, video.frame_count - 1)]
            moved = tag_offset(plane, sides[0]) - tag_offset(plane, sides[1])
            shift = shift + video.screen_px(1.0) * moved * np.array([1.0, -1.0])
            tag = video.pixel_box(plane["center_tag"], shift_px=shift)
            for name in plane["names"]:  # "c" never on "b1" or "b2"
                assert not boxes_meet(tag, video.pixel_box(name, margin_px=0.0)), (
                    f"{norm}: c's tag meets an axis's name at frame {index}")
            self.checkers[norm].check(index, frame, picture(norm, norm, loss, solutions[norm]),
                                      excluded=[video.disc_box(centre, self.radius_px), tag])
            found = marker_position(frame, theme.LOSS_COLOR, centre, self.radius_px,
                                    [theme.NORM_COLORS[norm], theme.SOLUTION_COLOR,
                                     theme.ZERO_COLOR])
            self.centres[norm].add(index, centre, found, video)

    def assert_seen(self) -> None:
        """Every marker was found where mathcore puts it, and the L1 optimum moved."""
        for check in (*[c.marker for c in self.checkers.values()], *self.centres.values()):
            check.assert_within(self.video)
        self.checkers["l1"].marker.assert_moves(self.video)

    def summary(self) -> dict:
        return {norm: c.summary() for norm, c in self.checkers.items()}


def check_sweep(video) -> dict:
    """Both planes and the moving c at 12 frames of the sweep."""
    watch = PlaneWatch(video)
    for index, frame in video.frames(spread([video.beat("corr_sweep")], 12)).items():
        watch.check(index, frame, *solutions_at(video.value("rho", index)))
    watch.assert_seen()
    for check in watch.centres.values():
        check.assert_moves(video)
    return watch.summary()


def check_sweep_shape(video) -> dict:
    """The contours stretch along (1, -1): mathcore's length-over-width grows with rho and
    the long axis turns to (1, -1) / sqrt(2) (what the middle column reads out)."""
    first, last = video.beat("corr_sweep")
    rhos = [video.value("rho", index) for index in (first, last)]
    (start, _), (end, axis) = (contour_shape(solutions_at(rho)[0]) for rho in rhos)
    assert rhos[1] == pytest.approx(RHO_END) and end > 10 * start
    assert abs(axis @ np.array([1.0, -1.0])) / np.sqrt(2) > 0.999
    return {"ratio_start": round(start, 2), "ratio_end": round(end, 2)}


def check_insets(video) -> dict:
    """The zoomed insets at rho = 0.99: each inset's contour grows (at every checked frame
    mathcore's contour at the recorded size, never inside the ball) until it touches; then
    each shows its ball, mathcore's touching contour and the optimum (the lasso's at the
    corner (1, 0)), magnified as stated."""
    scene = video.scene
    _, solutions = solutions_at(RHO_END)
    first, last = video.beat("corr_inset")
    growing = [(a, b) for a, b in video.changing("inset_growth") if first <= a <= last]
    assert growing, "the insets' contours never grow"
    grow_first, grow_last = growing[0][0], growing[-1][1]
    assert video.value("inset_growth", grow_first - 1) == pytest.approx(INSET_GROWTH_START)
    touched = grow_last + round(0.6 * video.fps)  # the optima fade in over 0.4 s
    summaries = {}
    for norm, plane in scene.planes.items():
        inset = plane["inset"]
        name = f"{norm}_zoom"
        scale = video.pixels_per_unit(name, last) / video.pixels_per_unit(norm, last)
        assert scale == pytest.approx(magnification(), rel=1e-6)
        texts = [video.pixel_box(inset["scale"]), *[video.pixel_box(m) for m in
                                                     inset["texts"].family_members_with_points()]]
        checker = PlaneChecker(video, name, video.plane_box(inset["axes"]), excluded=texts)
        frame_box = video.pixel_box(inset["frame"], margin_px=0.0)
        # "zoom x4" above the inset's frame (off the ball's fill and the contour), under the
        # plane's header, and drawn
        scale_box = video.pixel_box(inset["scale"], margin_px=0.0)
        assert scale_box[1, 1] <= frame_box[0, 1], (norm, scale_box, frame_box)
        assert scale_box[0, 1] >= video.pixel_box(plane["header"], margin_px=0.0)[1, 1]
        assert len(bright_pixels(video.frames([last])[last], scale_box)) > 20, norm
        if norm == "l1":
            check_angle_label(video, inset, frame_box)
            clear_of_contour(video, inset, inset["texts"][0], last)
        grown = []
        for index, frame in video.frames(spread([(grow_first, grow_last)], 5)).items():
            assert video.value("rho", index) == pytest.approx(RHO_END)
            growth = video.value("inset_growth", index)
            assert INSET_GROWTH_START <= growth < 1.0
            grown.append(growth)
            checker.check(index, frame, replace(
                picture(name, norm, inset_loss(norm), solutions[norm]),
                level=inset_size(norm, growth)**2 * solutions[norm].loss, optimum=None,
                zeros=(), touches=False))
            check_answers_hidden(video, index, frame, norm)
            outside = outside_pink(frame, frame_box)
            assert outside == 0, f"{name}: {outside} contour pixels beyond the frame at {index}"

        assert "contour_off_px" in checker.worst, f"{name}: the growing contour never seen"
        assert grown == sorted(grown) and grown[-1] - grown[0] > 0.2  # it grows
        marks = []
        for index, frame in video.frames(spread([(touched, last)], 4)).items():
            assert video.value("inset_growth", index) == pytest.approx(1.0)
            checker.check(index, frame, picture(name, norm, inset_loss(norm), solutions[norm]))
            assert outside_pink(frame, frame_box) == 0, (name, index)
            if norm == "l2":
                marks.append(inset_mark_seen(video, index, frame, name, texts))
            else:
                marks.append(check_gap(video, index, frame, frame_box))
        checker.marker.assert_within(video)
        summaries[norm] = {"magnification": round(scale, 4), "growth_checked": grown,
                           "mark_seen" if norm == "l2" else "gap_px": min(marks),
                           **checker.summary()}
    assert solutions["l1"].zeros and not solutions["l2"].zeros
    return summaries


def check_answers_hidden(video, index: int, frame: np.ndarray, norm: str) -> None:
    """While the inset's contour grows, what names the touching point is not drawn yet:
    the plane's read-out "beta* = ..." under the plane and, in the lasso's inset, the
    corner's coordinates (in the muted text colour: none of that colour in their box) and
    the angle (in the loss's colour: none of it in its box off the growing contour)."""
    plane = video.scene.planes[norm]
    readout = video.pixel_box(plane["readout"])
    assert len(bright_pixels(frame, readout)) == 0, f"{norm}: read-out drawn at {index}"
    if norm == "l1":
        corner, angle = plane["inset"]["texts"]
        box = video.pixel_box(corner, margin_px=0.0)
        muted = region_pixels(frame, theme.MUTED_TEXT_COLOR, box, [theme.LOSS_COLOR])
        assert len(muted) < 3, f"the corner's label drawn at {index}"
        growth = video.value("inset_growth", index)
        loss, solution = inset_loss(norm), solutions_at(RHO_END)[1][norm]
        level = inset_size(norm, growth) ** 2 * solution.loss
        contour = video.to_pixels("l1_zoom", index, ellipse_points(loss, level, 2000))
        box = video.pixel_box(angle, margin_px=0.0)
        pink = region_pixels(frame, theme.LOSS_COLOR, box, [theme.MUTED_TEXT_COLOR])
        if len(pink):
            off = cKDTree(contour).query(pink)[0] > 4.0
            assert off.sum() < 3, f"the angle's label drawn at {index}"


def check_inset_growth_starts() -> None:
    """Each inset's contour starts where it first meets its square (``box_minimum``, checked
    against a dense grid of the square) and ends touching its ball."""
    for norm, solution in solutions_at(RHO_END)[1].items():
        loss = inset_loss(norm)
        grid = np.linspace(-ZOOM_HALF, ZOOM_HALF, 401)
        points = solution.beta + np.stack(np.meshgrid(grid, grid), axis=-1).reshape(-1, 2)
        least = box_minimum(loss, solution.beta - ZOOM_HALF, solution.beta + ZOOM_HALF)
        assert least == pytest.approx(float(np.min(loss.value(points))), rel=1e-4)
        assert inset_size(norm, 0.0) ** 2 * solution.loss == pytest.approx(least)
        assert inset_size(norm, 1.0) == pytest.approx(1.0)


def clear_of_contour(video, inset: dict, label, index: int) -> None:
    """``label`` (in the lasso's inset) lies clear of the touching contour at ``index``."""
    anchors = inset["contour"].data_points()
    along = np.linspace(0.0, 1.0, 50)[:, None]
    points = np.vstack([a + along * (b - a) for a, b in itertools.pairwise(anchors)])
    contour = video.to_pixels("l1_zoom", index, points)
    grown = video.pixel_box(label, margin_px=0.0) + np.array([[-2.0, -2.0], [2.0, 2.0]])
    inside = np.all((contour >= grown[0]) & (contour <= grown[1]), axis=1)
    assert not inside.any(), f"{label.original_text!r} lies on the contour"


def drawn_share(frame: np.ndarray, points_px: np.ndarray) -> float:
    """The share of ``points_px`` where something bright is drawn (a pixel within 1 px
    more than 90 off the background in some channel): a full-strength ball edge is, the
    dim ball fill is not."""
    background = rgb(theme.BACKGROUND_COLOR)
    far = np.abs(frame.astype(float) - background).max(axis=2) > 90
    grown = ndimage.binary_dilation(far, iterations=1)
    columns, rows = np.floor(points_px).astype(int).T
    keep = (rows >= 0) & (rows < frame.shape[0]) & (columns >= 0) & (columns < frame.shape[1])
    return float(grown[rows[keep], columns[keep]].mean())


def check_no_double_image(video) -> dict:
    """Entering the insets (from the beat's start until their contours grow) and leaving
    them (the zoom beat's first 0.8 s) the plane's ball and the inset's magnified ball are
    never both drawn: at every frame, of each ball's outline (the points more than 6 px
    from the other's, inside the inset's frame), at most one is drawn at over half its
    points."""
    scene = video.scene
    first = video.beat("corr_inset")[0]
    growing = [a for a, _ in video.changing("inset_growth") if a >= first]
    start = video.beat("corr_zoom")[0]
    frames = [*range(first, growing[0]), *range(start, start + round(0.8 * video.fps))]
    worst = 0.0
    for index, frame in video.frames(frames).items():
        for norm, plane in scene.planes.items():
            outline = norm_named(norm).outline(RADII[norm], 2000)
            box = video.pixel_box(plane["inset"]["frame"], margin_px=-4.0)
            lines = []
            for name in (norm, f"{norm}_zoom"):
                px = video.to_pixels(name, index, outline)
                lines.append(px[np.all((px >= box[0]) & (px <= box[1]), axis=1)])
            shares = []
            for mine, other in (lines, lines[::-1]):
                apart = mine[cKDTree(other).query(mine)[0] > 6.0]
                assert len(apart) > 20, (norm, index)
                shares.append(drawn_share(frame, apart))
            worst = max(worst, min(shares))
            assert min(shares) <= 0.5, f"{norm}: both balls drawn at frame {index}: {shares}"
    return {"frames": len(frames), "worst_share": round(worst, 3)}


def check_angle_label(video, inset: dict, frame_box: np.ndarray) -> None:
    """The lasso inset's contour is not the diamond's edge: the angle between them at the
    corner (mathcore's ``contour_angle``, computed here) is written in the inset, in the
    loss's colour, inside its frame and clear of the contour, and in the caption."""
    loss, solutions = solutions_at(RHO_END)
    corner = solutions["l1"].beta
    angle = f"{np.degrees(contour_angle(loss, corner, corner[::-1] - corner)):.2f}°"
    assert 0.3 < float(angle[:-1]) < 1.0  # small, yet not 0: the two lines differ
    label = inset["texts"][-1]
    assert angle in label.original_text and angle in video.scene.inset_note.original_text
    stretch = inset_stretch()
    assert f"×{stretch}" in inset["scale"].original_text
    assert f" {stretch} " in video.scene.inset_note.original_text.replace("×", " ")
    last = video.beat("corr_inset")[1]
    frame = video.frames([last])[last]
    box = video.pixel_box(label, margin_px=0.0)
    assert np.all(box[0] >= frame_box[0]) and np.all(box[1] <= frame_box[1]), box
    assert len(region_pixels(frame, theme.LOSS_COLOR, box, [theme.TEXT_COLOR])) >= 20
    clear_of_contour(video, inset, label, last)


def outside_pink(frame: np.ndarray, box: np.ndarray, reach_px: float = 6.0) -> int:
    """Pixels of the loss's colour in the band 1 to ``reach_px`` px outside the pixel box
    ``box`` (an inset's frame): a contour cut at the box ends inside the frame's line, not
    beyond it (the video before the fix had its pink 1.5-2.5 px beyond the box)."""
    others = [theme.MUTED_TEXT_COLOR, theme.AXES_COLOR, theme.L1_COLOR, theme.L2_COLOR,
              theme.TEXT_COLOR, theme.ZERO_COLOR, theme.SOLUTION_COLOR]
    outer = box + np.array([[-reach_px, -reach_px], [reach_px, reach_px]])
    inner = box + np.array([[-1.0, -1.0], [1.0, 1.0]])  # the encoder's colour blur
    return int(without_boxes(color_mask(frame, theme.LOSS_COLOR, others, outer),
                             [inner]).sum())


def check_stretch() -> dict:
    """The lasso's inset loss is the plain loss seen through the stretch about the corner:
    equal values at b and at its image, the corner fixed, the diamond's two edges at the
    corner mapped onto themselves; the stretch is the least 1-2-5 step that opens the angle
    to the scene's minimum (the zoom alone, an angle-keeping map, leaves it at 0.52°)."""
    loss, solutions = solutions_at(RHO_END)
    corner, stretch = stretch_matrix()
    assert np.array_equal(corner, solutions["l1"].beta)
    points = corner + np.random.default_rng(0).uniform(-0.4, 0.4, size=(50, 2))
    images = corner + (points - corner) @ stretch.T
    np.testing.assert_allclose(inset_loss("l1").value(images), loss.value(points), rtol=1e-9)
    for edge in (corner[::-1] - corner, np.array([-1.0, -1.0])):
        image = stretch @ edge
        assert abs(image[0] * edge[1] - image[1] * edge[0]) < 1e-9 and image @ edge > 0
    k = inset_stretch()
    opened, before = (np.degrees(np.arctan(m * np.tan(edge_angle())))
                      for m in (k, ([1, *STRETCHES])[STRETCHES.index(k)]))
    assert opened >= INSET_ANGLE and (before < INSET_ANGLE or k == STRETCHES[0])
    return {"stretch": k, "angle_on_screen_deg": round(float(opened), 2)}


def check_gap(video, index: int, frame: np.ndarray, frame_box: np.ndarray) -> float:
    """In the decoded frame, the lasso's stretched inset: from points of the diamond's edge
    (a third to nine tenths of the way from the corner to the frame) out along the edge's
    normal, the contour's pink is found where mathcore's stretched contour lies (within
    1.5 px), a gap that grows from the corner and is at least 4 px at the last point; at
    the zoom alone (the gap over the stretch) the two lines' strokes would overlap.
    Returns the largest gap found (px)."""
    corner, _ = stretch_matrix()
    edge = corner[::-1] - corner
    along, normal = edge / np.linalg.norm(edge), np.array([edge[1], -edge[0]])
    normal = normal / np.linalg.norm(normal) * np.sign(normal @ np.array([1.0, 1.0]))
    loss, level = inset_loss("l1"), solutions_at(RHO_END)[1]["l1"].loss
    per_unit = video.pixels_per_unit("l1_zoom", index)
    reach = 0.9 * ZOOM_HALF * np.sqrt(2)  # (the frame's corner lies ZOOM_HALF sqrt 2 away)
    mask = color_mask(frame, theme.LOSS_COLOR, [theme.L1_COLOR, theme.BACKGROUND_COLOR,
                                                theme.MUTED_TEXT_COLOR, theme.AXES_COLOR])
    gaps = []
    for share in (0.33, 0.6, 0.9):
        start = corner + share * reach * along
        offsets = np.linspace(0.0, 0.2, 4001)
        values = np.asarray(loss.value(start + offsets[:, None] * normal))
        expected = offsets[np.argmin(np.abs(values - level))] * per_unit
        ray = video.to_pixels("l1_zoom", index, start + np.linspace(0.0, 0.2, 2001)[:, None]
                              * normal)
        inside = np.all((ray >= frame_box[0] + 3) & (ray <= frame_box[1] - 3), axis=1)
        hits = [k for k, (x, y) in enumerate(ray) if inside[k] and mask[int(y), int(x)]]
        assert hits, f"no contour found off the edge at {share:.0%} of the way ({index})"
        px = np.linalg.norm(ray[hits] - ray[0], axis=1)
        first = px[px < px.min() + 4 * theme.CONTOUR_STROKE * video.screen_px(0.01)]
        found = float((first.min() + first.max()) / 2)  # the stroke's middle
        assert abs(found - expected) <= 1.5, (share, found, expected)
        gaps.append(found)
    assert gaps == sorted(gaps) and gaps[-1] >= 4.0, gaps
    # at the zoom alone the contour's stroke and the edge's would overlap all along it
    strokes = video.screen_px((theme.CONTOUR_STROKE + theme.BALL_STROKE) / 2 * 0.01)
    assert gaps[-1] / inset_stretch() < strokes, (gaps, strokes)
    return round(gaps[-1], 2)


def inset_mark_seen(video, index: int, frame: np.ndarray, name: str,
                    excluded: list) -> float:
    """The share of points along the ridge inset's mark where a thin grey line is drawn:
    the diagonal beta1 = beta2 (dashed).
    A 1-px grey line is blended with what lies under it (the background, the ball's fill)
    past the colour classifier's tolerance; it is found as a grey (low-chroma) pixel within
    1 px of the line, brighter by 15 than the pixels 4 px to either side of it."""
    axes = video.scene.planes["l2"]["inset"]["axes"]
    (x0, x1), (y0, y1) = axes.x_range[:2], axes.y_range[:2]
    steps = np.linspace(0.03, 0.97, 60)[:, None]
    low, high = max(x0, y0), min(x1, y1)
    ends, color, needed = np.array([[low, low], [high, high]]), theme.MUTED_TEXT_COLOR, 0.3
    points = video.to_pixels(name, index, ends[0] + steps * (ends[1] - ends[0]))
    optimum = video.to_pixels(name, index, [video.scene.shown["inset"]["centres"]["l2"]])[0]
    pixels = frame.astype(float)
    luma = pixels @ np.array([0.299, 0.587, 0.114])
    grey = (pixels.max(axis=2) - pixels.min(axis=2) <= 25) & (luma >= 0.5 * (rgb(color) @ [
        0.299, 0.587, 0.114]))
    luma = np.where(without_boxes(np.ones(luma.shape, bool), excluded), luma, np.nan)
    direction = points[-1] - points[0]
    normal = np.array([-direction[1], direction[0]]) / np.linalg.norm(direction)

    def around(point: np.ndarray, values: np.ndarray) -> np.ndarray:
        column, row = np.floor(point).astype(int)
        return values[row - 1:row + 2, column - 1:column + 2]

    seen = []
    for point in points:
        if np.linalg.norm(point - optimum) < video.dot_radius_px + 4.0:
            continue  # under the optimum's marker
        here = around(point, luma)
        if np.isnan(here).all():
            continue  # under a text
        sides = np.nanmax([np.nanmax(around(point + side * 4.0 * normal, luma), initial=0.0)
                           for side in (-1, 1)])
        line = np.where(around(point, grey), here, np.nan)
        seen.append(bool(np.nanmax(line, initial=-np.inf) >= sides + 15))
    share = float(np.mean(seen))
    assert share >= needed, f"{name}: its mark is seen at only {share:.0%} of its points"
    return round(share, 3)


def check_tally(video) -> dict:
    """The closing beat: the TALLY_DRAWS draws' optima (mathcore's) drop onto the planes one
    draw after the other; at frames during the drop and at the end each plane shows the
    first k of them (k recorded), each in its colour where it lies (green: the lasso's
    corners, on the axes; yellow: its edge and the ridge's cluster), and nothing else in
    those colours; the counts beside the piles are mathcore's tally.  The closing note, which
    says the same counts, is not drawn until the drop has ended."""
    scene = video.scene
    first, last = video.beat("corr_end")
    optima = draw_optima()
    dropping = [(a, b) for a, b in video.changing("tally_shown") if first <= a <= last]
    assert dropping, "the tally's optima never drop in"
    excluded = [video.pixel_box(line) for line in scene.tally_counts.values()]
    shown = {}
    # a frame late in the drop (both corners taken: the corner pixels of the diamond's
    # outline, crossed by the axes' ticks, mix into dot colours) and the last one
    start, end = dropping[0][0], dropping[-1][1]
    for index, frame in video.frames([start + (2 * (end - start)) // 3, last]).items():
        k = shown[index] = round(video.value("tally_shown", index))
        for norm in RADII:
            check_dots(video, index, frame, norm, optima[norm][:k], TALLY_DOT_RADIUS,
                       excluded=excluded, palette=[theme.AXES_COLOR, theme.MUTED_TEXT_COLOR])
    counts = list(shown.values())
    assert counts == sorted(counts) and 0 < counts[0] < TALLY_DRAWS == counts[-1]
    quiet = {}
    for index, frame in video.frames([start, (start + end) // 2, end]).items():
        quiet[index] = text_pixels(video, frame, scene.note)
        assert quiet[index]["white"] < 20, (index, quiet[index])
    # the piles: the lasso's single-feature optima are the two corners, on the axes; the
    # ridge's are one cluster by the diagonal
    kinds = [lasso_keeps(beta) for beta in optima["l1"]]
    corners = {tuple(beta) for beta, kind in zip(optima["l1"], kinds, strict=True)
               if kind != "both"}
    assert corners == {(1.0, 0.0), (0.0, 1.0)}
    ridge = optima["l2"]
    assert np.all(ridge > 0) and np.max(np.abs(ridge[:, 0] - ridge[:, 1])) < 0.06
    tally = draw_tally()
    counted = {kind: line.shown_text for kind, line in scene.tally_counts.items()}
    assert counted == {kind: f"×{tally[kind]}" for kind in ("x1", "x2", "both")} | {
        "ridge": f"×{TALLY_DRAWS}"}
    return {"shown": shown, "counts": counted, "note_while_dropping": quiet}


def check_edge_plot(video) -> dict:
    """The loss along the lasso's edge at rho = 0.99: the curve as mathcore evaluates it,
    and the corner's marker at its left end, where the loss is smallest."""
    loss, solutions = solutions_at(RHO_END)
    corner = solutions["l1"].beta
    steps = np.linspace(0.0, 1.0, 400)
    values = np.asarray(loss.value(corner + steps[:, None] * (corner[::-1] - corner)))
    assert np.argmin(values) == 0  # the corner is the first contact along the edge
    scene = video.scene
    region = video.plane_box(scene.edge_axes)
    first, last = video.beat("corr_zoom")
    marker = MarkerCheck("edge minimum")
    worst = 0.0
    for index, frame in video.frames(spread([(first + round(2.5 * video.fps), last)],
                                            3)).items():
        curve = video.to_pixels("edge", index, np.column_stack([steps, values]))
        pixels = region_pixels(frame, theme.LOSS_COLOR, region, [theme.ZERO_COLOR],
                               [video.disc_box(curve[0], video.dot_radius_px)])
        worst = max(worst, assert_near_polylines(video, index, pixels, [curve], "edge loss",
                                                 theme.CONTOUR_STROKE))
        found = marker_position(frame, optimum_color(corner), curve[0], video.dot_radius_px,
                                [theme.LOSS_COLOR])
        marker.add(index, curve[0], found, video)
    marker.assert_within(video)
    return {"edge_curve_off_px": round(worst, 2), **marker.summary(video)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sweep_moves_with_rho_and_matches_mathcore(lang, rendered_video):
    video = rendered_video(CorrelatedFeatures, lang)
    check_basics(video)
    check_sweep(video)
    check_sweep_shape(video)
    check_stretch()
    check_inset_growth_starts()
    check_insets(video)
    check_no_double_image(video)


def test_the_loss_along_the_edge_is_smallest_at_the_corner(rendered_video):
    video = rendered_video(CorrelatedFeatures)
    summary = check_edge_plot(video)
    assert np.isfinite(summary["max_error_px"])


def white_mask(frame: np.ndarray, box: np.ndarray, share: float = 0.95) -> np.ndarray:
    """Pixels of the white slider inside ``box``: brighter (luma) than any other theme colour
    and with no strong hue.  The colour classifier cannot tell white from the grey axis it
    crosses (the encoder's chroma noise on white fits grey better), brightness can."""
    assert SLIDER_COLOR == theme.TEXT_COLOR
    pixels = frame.astype(float)
    luma = pixels @ np.array([0.299, 0.587, 0.114])
    mask = (luma >= share * (rgb(SLIDER_COLOR) @ np.array([0.299, 0.587, 0.114])))
    mask &= pixels.min(axis=2) >= 200 * share / 0.95
    return inside_box(mask, box)


def white_disc(frame: np.ndarray, expected: np.ndarray, radius_px: float) -> np.ndarray | None:
    """Centre of the white disc nearest ``expected`` (as ``marker_position``, holes filled)."""
    reach = 40.0 + 2 * radius_px
    mask = ndimage.binary_fill_holes(white_mask(frame, np.array([expected - reach,
                                                                 expected + reach])))
    found = [centre for centre, size in blobs(mask, radius_px)
             if size >= 0.4 * np.pi * radius_px**2]
    if not found:
        return None
    nearest = min(found, key=lambda c: np.linalg.norm(c - expected))
    return nearest if np.linalg.norm(nearest - expected) <= 40.0 else None


def halo_around(video, frame: np.ndarray, centre: np.ndarray) -> tuple[int, int]:
    """White pixels of the slider within its radius of ``centre`` but outside the optimum's
    disc drawn over it (the ring that shows the slider is there; its thin antialiased band
    is judged at 80 % of white's brightness, still above every other theme colour), and
    how many of the ring's four quadrants have some."""
    slider_px, dot_px = video.screen_px(SLIDER_RADIUS), video.dot_radius_px
    mask = white_mask(frame, np.array([centre - slider_px - 2, centre + slider_px + 2]),
                      share=0.8)
    rows, cols = np.nonzero(mask)
    dx, dy = cols + 0.5 - centre[0], rows + 0.5 - centre[1]
    ring = (np.hypot(dx, dy) > dot_px + 1.0) & (np.hypot(dx, dy) <= slider_px + 1.0)
    quadrants = {(bool(x > 0), bool(y > 0)) for x, y in zip(dx[ring], dy[ring], strict=True)}
    return int(ring.sum()), len(quadrants)


def check_sliding_point(video) -> dict:
    """Zoom beat and the start of the draws: the white point slides along the diamond's edge
    (corner to the other twin's corner, then back) and its twin on the plot of the loss
    follows at mathcore's loss; both move on screen as the recorded step moves.  Where the
    point is at the lasso's corner, the green optimum (and the plot's green corner marker)
    is drawn over it and stays visible, ringed by the white point.  The plot's loss axis is
    tight round the values (the rise from the corner fills a good part of its height)."""
    scene = video.scene
    _, solutions = solutions_at(RHO_END)
    corner_color = optimum_color(solutions["l1"].beta)
    slider_px, dot_px = video.screen_px(SLIDER_RADIUS), video.dot_radius_px
    checks = {name: MarkerCheck(name) for name in ("edge point", "plot point")}
    optima = {name: MarkerCheck(f"green under the {name}") for name in checks}
    halos = []
    steps = []
    frames = []
    for beat, after, until in (("corr_zoom", 3.2, None), ("corr_draws", 0.0, 1.45)):
        first, last = video.beat(beat)
        end = last if until is None else first + round(until * video.fps)
        frames += [*spread([(first + round(after * video.fps), end)], 8), end]
    for index, frame in video.frames(frames).items():
        step = video.value("edge_step", index)
        steps.append(step)
        point, value = edge_at(step)
        for name, plane, at, corner in (("edge point", "l1", point, edge_at(0.0)[0]),
                                        ("plot point", "edge", [step, value],
                                         [0.0, edge_at(0.0)[1]])):
            expected = video.to_pixels(plane, index, [at])[0]
            corner_px = video.to_pixels(plane, index, [corner])[0]
            if np.linalg.norm(expected - corner_px) > slider_px + dot_px + 2.0:
                found = white_disc(frame, expected, slider_px)
                checks[name].add(index, expected, found, video)
                continue
            # on (or partly over) the corner: the green is found where mathcore puts it,
            # and the white ring round it
            found = marker_position(frame, corner_color, corner_px, dot_px,
                                    [SLIDER_COLOR, theme.LOSS_COLOR, theme.L1_COLOR])
            optima[name].add(index, corner_px, found, video)
            ring, sides = halo_around(video, frame, expected)
            assert ring >= 0.3 * np.pi * (slider_px**2 - dot_px**2) and sides == 4, (
                name, index, ring, sides)
            halos.append((name, index, ring))
    for check in checks.values():
        check.assert_within(video)
        check.assert_moves(video)
    for check in optima.values():
        check.assert_within(video)
    assert {name for name, _, _ in halos} == set(checks), "the point never rings the corner"
    assert max(steps) > 0.95 and steps[-1] < 0.01  # out to the other corner, and back
    # the tight loss axis: the rise spans at least 40 % of the plot's height
    first, _ = video.beat("corr_draws")
    box = video.plane_box(scene.edge_axes)
    rise = video.to_pixels("edge", first, [[0.0, edge_at(0.0)[1]], [1.0, edge_at(1.0)[1]]])
    assert rise[0, 1] - rise[1, 1] >= 0.4 * (box[1, 1] - box[0, 1])
    low, high = scene.shown["edge"]["loss_range"]
    assert low > 0.5 * edge_at(0.0)[1]  # not from 0
    numbers = scene.shown["edge"]["numbers"]
    assert len(numbers) >= 2 and all(low <= v <= high for v in numbers)
    return {"halo_frames": halos, **{name: check.summary(video)
                                      for name, check in checks.items()}}


def check_draws(video) -> dict:
    """Other draws of the data at rho = 0.99, one after the other: at two frames of each
    draw's hold both planes show mathcore's contour, ball and optimum for the recorded seed,
    and c moves with it; the lasso keeps x1 in some draws and x2 in others, the ridge keeps
    both, near half and half (the rows the middle column reads out)."""
    scene = video.scene
    first, last = video.beat("corr_draws")
    watch = PlaneWatch(video)
    rings: list[int] = []
    frames_of = {}
    for index in range(first, last + 1):
        frames_of.setdefault(round(video.value("seed", index)), []).append(index)
    assert list(frames_of)[-len(DRAW_SEEDS):] == list(DRAW_SEEDS)
    chosen = []
    for seed in DRAW_SEEDS:
        held = frames_of[seed]
        chosen += [held[len(held) // 2], held[-2]]  # after the row has faded in
    keeps = []
    for index, frame in video.frames(chosen).items():
        seed = round(video.value("seed", index))
        assert video.value("rho", index) == pytest.approx(RHO_END)
        loss, solutions = solutions_at(RHO_END, seed)
        watch.check(index, frame, loss, solutions)
        keeps.append(lasso_keeps(solutions["l1"].beta))
        if index == frames_of[seed][-2]:  # the draw's row read (the first's hold begins
            # with the slide back along the edge, before the draws)
            rings.append(corner_ring_sectors(video, index, frame, solutions["l1"].beta))
        assert not solutions["l2"].zeros and 45 <= ridge_share(solutions["l2"].beta) <= 55
    watch.assert_seen()
    assert len(rings) == len(DRAW_SEEDS), rings
    assert {"x1", "x2"} <= set(keeps), keeps
    rows = scene.shown["draws"]
    assert [row["seed"] for row in rows] == list(DRAW_SEEDS) and rows[0]["seed"] == SEED
    for row in rows:
        solutions = solutions_at(RHO_END, row["seed"])[1]
        assert row["keeps"] == lasso_keeps(solutions["l1"].beta)
        assert row["share"] == ridge_share(solutions["l2"].beta)
    return {"keeps": keeps, "corner_ring_sectors": rings, **watch.summary()}


def corner_ring_sectors(video, index: int, frame: np.ndarray, beta: np.ndarray) -> int:
    """In the decoded frame of a draw, the green ring round the lasso's optimum where it is a
    corner (an exact 0: the contour touches there, not along the edge it nearly lies on):
    green on the ring's radius in at least 12 of 16 sectors round mathcore's optimum (the
    contour and the diamond's edges cross it, and cover a few); where the optimum keeps
    both, no ring (green in at most 2).  Returns the sectors found."""
    centre = video.to_pixels("l1", index, [beta])[0]
    radius = video.screen_px(CORNER_RING_RADIUS)
    box = np.array([centre - radius - 4, centre + radius + 4])
    others = [theme.LOSS_COLOR, theme.L1_COLOR, theme.SOLUTION_COLOR, theme.MUTED_TEXT_COLOR]
    found = region_pixels(frame, theme.ZERO_COLOR, box, others) - centre
    on_ring = found[np.abs(np.linalg.norm(found, axis=1) - radius) <= 1.5]
    sectors = len(np.unique(np.floor((np.arctan2(on_ring[:, 1], on_ring[:, 0]) + np.pi)
                                     / (2 * np.pi) * 16).astype(int) % 16))
    if lasso_keeps(beta) == "both":
        assert sectors <= 2, (index, sectors)
    else:
        assert sectors >= 12, (index, beta.tolist(), sectors)
    return sectors


def text_pixels(video, frame: np.ndarray, mobject) -> dict:
    """Pixels of the theme's text colour (white: judged by brightness, as the slider) and
    of the zero colour in ``mobject``'s box."""
    box = video.pixel_box(mobject)
    colors = [theme.ZERO_COLOR, theme.TEXT_COLOR, theme.LOSS_COLOR, theme.MUTED_TEXT_COLOR]
    return {"white": int(white_mask(frame, box, share=0.8).sum()),
            "green": int(color_mask(frame, theme.ZERO_COLOR, colors, box).sum())}


def check_notes(video) -> dict:
    """The data's line is on screen, white, from the start through the sweep; the closing
    tally is white prose (no green: green means an exact zero) and is mathcore's count."""
    scene = video.scene
    assert scene.shown["data"] == {"n": 60, "seed": SEED}
    first, _ = video.beat("corr_start")
    _, sweep_last = video.beat("corr_sweep")
    counts = {}
    for index, frame in video.frames([first + round(2.8 * video.fps), sweep_last]).items():
        counts[index] = found = text_pixels(video, frame, scene.data_note)
        assert found["white"] > 150 and found["green"] <= 0.02 * found["white"], found
    last = video.frame_count - 1
    found = text_pixels(video, video.frames([last])[last], scene.note)
    assert found["white"] > 150 and found["green"] <= 0.02 * found["white"], found
    tally = scene.shown["tally"]
    assert tally == {"draws": TALLY_DRAWS, **draw_tally()}
    assert tally["x1"] + tally["x2"] + tally["both"] == TALLY_DRAWS
    assert tally["x1"] > 0 and tally["x2"] > 0
    return {"data": counts, "note": found}


#: The smallest font size a text may be shrunk to in order to fit its band (about 15 px
#: from ascender to descender at 480p).
MIN_FONT = 20.0


def check_text_sizes(video) -> dict:
    """The captions under the planes and the middle column's prose are readable (none
    shrunk below ``MIN_FONT``), and each caption is drawn, white, at the end of its beat."""
    scene = video.scene
    captions = {"corr_sweep": scene.data_note, "corr_inset": scene.inset_note,
                "corr_zoom": scene.edge_note, "corr_end": scene.note}
    for mobject in (*captions.values(), scene.middle_lines[0], *scene.draw_rows):
        assert mobject.font_size >= MIN_FONT, (mobject.original_text, mobject.font_size)
    # the middle column: at most five lines under the correlation (the sample's, c, the
    # contours' shape, the two budgets), counted as runs of drawn pixel rows at the end of
    # the sweep
    last = video.beat("corr_sweep")[1]
    middle = scene.middle
    (left, top), (right, bottom) = video.screen_to_pixels(np.array(
        [[middle.left, scene.rho_line.get_bottom()[1], 0.0],
         [middle.right, middle.bottom, 0.0]]))
    drawn = bright_pixels(video.frames([last])[last],
                          np.array([[left, top + 2.0], [right, bottom]]))
    rows = np.unique(np.floor(drawn[:, 1]).astype(int))
    lines = 1 + int(np.sum(np.diff(rows) > 3))
    assert 2 <= lines <= 5, f"{lines} lines in the middle column"
    found = {}
    for beat, note in captions.items():
        last = video.beat(beat)[1]
        found[beat] = text_pixels(video, video.frames([last])[last], note)
        assert found[beat]["white"] > 150, (beat, found[beat])
    return found


def check_reading_time(video) -> None:
    """The zoom and end beats hold until their note and their subtitle are both read."""
    scene = video.scene
    for beat, note in (("corr_zoom", scene.edge_note), ("corr_end", scene.note)):
        record = next(b for b in scene.beats if b["name"] == beat)
        needed = reading_seconds(record["subtitle"] + " " + note.original_text, scene.lang)
        assert record["end"] - record["start"] >= needed, (beat, needed)
        if beat == "corr_zoom":  # and no longer: it once dragged for 20 s
            assert record["end"] - record["start"] <= needed + 1.5, (beat, needed)
    # the caption's losses at the two corners are the read-out's there, one number each
    for step in (0.0, 1.0):
        assert f"{edge_at(step)[1]:.3f}" in scene.edge_note.original_text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_point_slides_along_the_edge_and_the_plot_follows(lang, rendered_video):
    video = rendered_video(CorrelatedFeatures, lang)
    check_sliding_point(video)
    check_reading_time(video)
    low, high = video.scene.shown["budget_shares"].values()
    assert 50 < low < high < 60  # both t set by hand: "a little over half" of ||c||
    scene = video.scene
    loss = loss_at(scene.rho.get_value(), round(scene.seed.get_value()))
    for norm, line in scene.budget_lines.items():  # the read-out at the last rho and draw
        size_of_c = norm_value(loss.center, norm)
        assert line.shown_text.endswith(
            f"= {RADII[norm]:g} / {size_of_c:.3f} = {100 * RADII[norm] / size_of_c:.0f}"
            + (" %" if lang == "en" else "%")), line.shown_text
    # the sample's own correlation, Pearson's of the drawn features computed here (-0.14
    # at rho = 0 for this draw: why the contours lean along (1, 1) at the start)
    def pearson(rho: float, seed: int) -> float:
        return float(np.corrcoef(correlated_pair(rho, SAMPLES, seed)[0].T)[0, 1])

    rho, seed = scene.rho.get_value(), round(scene.seed.get_value())
    assert scene.sample_line.shown_text.endswith(
        f"r = {pearson(rho, seed):.2f}".replace("-", "−"))
    assert round(pearson(0.0, SEED), 2) == -0.14 == round(sample_r(0.0), 2)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_other_draws_flip_the_lasso_but_not_the_ridge(lang, rendered_video):
    video = rendered_video(CorrelatedFeatures, lang)
    check_draws(video)
    check_notes(video)
    check_text_sizes(video)
    check_tally(video)
