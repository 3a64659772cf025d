"""Frame tests: render a scene, decode its video, find what is drawn, compare with mathcore.

``render_video`` renders a scene at -ql with frames and reads back the MP4 (PyAV) and the
frame timeline the scene base wrote beside it (``scenes.timeline``): for every frame, the
trackers' values and every plane's data-to-pixel map.  The finders locate elements by
their theme colours; the checks compare them with what mathcore says at that frame's
recorded state, and fail with the frame index, the time and the error in pixels.

Pixel coordinates are continuous (pixel (i, j) covers [i, i + 1) x [j, j + 1)), as in
the timeline, so the centre of pixel (i, j) is (i + 0.5, j + 0.5).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import av
import numpy as np
from manim import Mobject, Scene
from scipy import ndimage
from scipy.spatial import cKDTree

from scenes import theme
from scenes.timeline import apply_projection
from tests.scene_rendering import check_text_layout, render_scene

#: Largest distance (px) between a drawn marker and mathcore's optimum.
MARKER_TOLERANCE = 2.0
#: A cursor is drawn over the live ends of the curves it follows: ends are checked this far back.
UNDER_CURSOR_PX = 4.0
#: Antialiasing and chroma subsampling: how far (px) beyond a stroke's edge its colour
#: may still be found.
ANTIALIAS_PX = 1.0
#: manim's Cairo camera draws a stroke of width w as w / 100 manim units wide.
STROKE_UNIT = 0.01


def rgb(color: str) -> np.ndarray:
    """``"#RRGGBB"`` -> array of three floats in 0..255."""
    return np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)


def blend(color: str, opacity: float, under: str = theme.BACKGROUND_COLOR) -> str:
    """``color`` at ``opacity`` over ``under`` (how a translucent fill is drawn)."""
    mixed = opacity * rgb(color) + (1 - opacity) * rgb(under)
    return "#" + "".join(f"{round(v):02X}" for v in mixed)


#: Decode forward (rather than seek) to a frame at most this many frames ahead.
SEEK_AFTER_FRAMES = 30


class FrameReader:
    """An MP4 kept open between reads: a frame at most ``SEEK_AFTER_FRAMES`` after the last
    one read is decoded forward from it, any other from the key frame at or before its time
    (manim starts a key frame at every animation)."""

    def __init__(self, movie: Path, fps: float) -> None:
        self.movie, self.fps = movie, fps
        self.container = av.open(str(movie))
        self.stream = self.container.streams.video[0]
        self.next_index: int | None = None
        self.decoder: Iterator[av.VideoFrame] = iter(())

    def read(self, index: int) -> np.ndarray:
        """The RGB picture of frame ``index``."""
        if self.next_index is None or not 0 <= index - self.next_index <= SEEK_AFTER_FRAMES:
            self.container.seek(round(index / self.fps / self.stream.time_base),
                                stream=self.stream, backward=True, any_frame=False)
            self.decoder = self.container.decode(self.stream)
        for frame in self.decoder:
            self.next_index = round(float(frame.pts * self.stream.time_base) * self.fps) + 1
            if self.next_index - 1 == index:
                return frame.to_ndarray(format="rgb24")
        raise AssertionError(f"frame {index} not found in {self.movie}")


@dataclass
class RenderedVideo:
    """A scene rendered with frames: the scene's final state, its MP4 and its timeline."""

    scene: Scene
    movie: Path
    timeline: dict
    _frames: dict[int, np.ndarray] = field(default_factory=dict)
    _reader: FrameReader | None = field(default=None, repr=False)

    @property
    def fps(self) -> float:
        return float(self.timeline["fps"])

    @property
    def frame_count(self) -> int:
        return int(self.timeline["frame_count"])

    def frames(self, indices: Iterable[int]) -> dict[int, np.ndarray]:
        """The decoded RGB frames at ``indices`` (decoded once, kept; the video stays open
        between calls, so that frames asked for one at a time in order decode forward)."""
        indices = list(indices)
        wanted = sorted(set(indices) - set(self._frames))
        if wanted and self._reader is None:
            self._reader = FrameReader(self.movie, self.fps)
        for index in wanted:
            self._frames[index] = self._reader.read(index)
        return {i: self._frames[i] for i in indices}

    def decoded_frame_count(self) -> int:
        with av.open(str(self.movie)) as container:
            return sum(1 for _ in container.decode(video=0))

    def beat(self, name: str) -> tuple[int, int]:
        """First and last frame of the beat ``name`` (the first beat of that name)."""
        for beat in self.timeline["beats"]:
            if beat["name"] == name:
                return beat["first_frame"], beat["last_frame"]
        raise KeyError(f"no beat {name!r}; beats: {[b['name'] for b in self.timeline['beats']]}")

    def beats(self, prefix: str) -> list[tuple[int, int]]:
        """Frame ranges of every beat whose name starts with ``prefix``."""
        return [(b["first_frame"], b["last_frame"]) for b in self.timeline["beats"]
                if b["name"].startswith(prefix)]

    def value(self, tracker: str, frame: int) -> float:
        """The tracker's value recorded for ``frame``."""
        value = self.timeline["trackers"][tracker][frame]
        assert value is not None, f"{tracker} not recorded at frame {frame}"
        return float(value)

    def changing(self, tracker: str) -> list[tuple[int, int]]:
        """Frame ranges in which ``tracker`` moves (a value unlike its neighbour's)."""
        values = [np.nan if v is None else v for v in self.timeline["trackers"][tracker]]
        moving = [k for k in range(1, len(values) - 1)
                  if values[k] != values[k - 1] or values[k] != values[k + 1]]
        ranges: list[tuple[int, int]] = []
        for k in moving:
            if ranges and k == ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], k)
            else:
                ranges.append((k, k))
        return ranges

    def projection(self, plane: str, frame: int) -> np.ndarray:
        """The plane's data-to-pixel matrix at ``frame``."""
        runs = self.timeline["planes"][plane]
        current = [run for run in runs if run["from_frame"] <= frame]
        assert current, f"plane {plane} not on screen at frame {frame}"
        return np.array(current[-1]["matrix"])

    def to_pixels(self, plane: str, frame: int, points) -> np.ndarray:
        """Pixel coordinates (k, 2) of data points of ``plane`` at ``frame``."""
        return apply_projection(self.projection(plane, frame), points)

    def to_data(self, plane: str, frame: int, pixels: np.ndarray) -> np.ndarray:
        """Data coordinates (k, 2) of pixel coordinates on a 2-D plane at ``frame``."""
        affine = self.projection(plane, frame)
        return np.linalg.solve(affine[:2, :2], (np.atleast_2d(pixels) - affine[:2, 2]).T).T

    def pixels_per_unit(self, plane: str, frame: int) -> float:
        """Screen length (px) of one data unit on a 2-D plane (equal units on both axes)."""
        return float(np.linalg.norm(self.projection(plane, frame)[:2, 0]))

    def time(self, frame: int) -> float:
        return frame / self.fps

    def screen_px(self, length: float) -> float:
        """A length in manim units, in pixels."""
        return length * self.timeline["pixel_size"][0] / self.timeline["frame_size"][0]

    def half_stroke_px(self, stroke_width: float) -> float:
        """Half the drawn width (px) of a stroke of manim width ``stroke_width``."""
        return self.screen_px(0.5 * stroke_width * STROKE_UNIT)

    @property
    def dot_radius_px(self) -> float:
        """The radius (px) of the theme's markers."""
        return self.screen_px(theme.DOT_RADIUS)

    def screen_to_pixels(self, points: np.ndarray) -> np.ndarray:
        """Pixel coordinates (k, 2) of manim frame coordinates (k, 3) (2-D scenes)."""
        (pixel_width, pixel_height), (width, height) = (self.timeline["pixel_size"],
                                                        self.timeline["frame_size"])
        points = np.atleast_2d(points)
        return np.column_stack([(points[:, 0] / width + 0.5) * pixel_width,
                                (0.5 - points[:, 1] / height) * pixel_height])

    def pixel_box(self, mobject: Mobject, margin_px: float = 2.0,
                  shift_px: np.ndarray | None = None) -> np.ndarray:
        """((left, top), (right, bottom)) in pixels of ``mobject``'s bounding box (as it
        is at the end of the scene, moved by ``shift_px`` when given)."""
        corners = self.screen_to_pixels(np.array([mobject.get_corner([-1, 1, 0]),
                                                  mobject.get_corner([1, -1, 0])]))
        if shift_px is not None:
            corners = corners + shift_px
        return corners + np.array([[-margin_px, -margin_px], [margin_px, margin_px]])

    def plane_box(self, axes: Mobject) -> np.ndarray:
        """The pixel box of a plane's axes, 2 px inside its edges (texts placed next to a
        plane may touch its bounding box)."""
        return self.pixel_box(axes, margin_px=-2.0)

    def cursor_band(self, plane: str, index: int, x: float, region: np.ndarray) -> np.ndarray:
        """The pixel box of a dashed vertical cursor at data ``x`` of ``plane``, across
        ``region``: its pixels take the colour of the curves they touch, so checks leave it
        out (``UNDER_CURSOR_PX`` either side, less the antialiased pixel)."""
        cursor = self.to_pixels(plane, index, [[x, 0.0]])[0, 0]
        return np.array([[cursor - UNDER_CURSOR_PX + 1, region[0, 1]],
                         [cursor + UNDER_CURSOR_PX - 1, region[1, 1]]])

    def disc_box(self, centre_px: np.ndarray, radius_px: float) -> np.ndarray:
        """The pixel box around a disc (a marker) of ``radius_px`` plus antialiasing."""
        reach = radius_px + 2.0
        return np.array([centre_px - reach, centre_px + reach])


#: Frames per second of the videos the frame tests render: -ql's size (854 x 480) at 10
#: frames a second instead of 15 (a third fewer frames to draw; every check reads the
#: recorded state of the frame it decodes, whatever the rate) ...
TEST_FPS = 10
#: ... but for the scenes whose checks follow thin strokes in mid-motion (penalty's pull
#: line and shift arrow, bridge's two arrows turning in the corner's fan), where a third
#: more motion per frame leaves the encoder's blur on them: -ql's own 15.
FULL_RATE_SCENES = {"PenaltyShapes": 15, "ConstraintToPenalty": 15}


def render_video(scene_class: type[Scene], media_dir: Path, lang: str = "en") -> RenderedVideo:
    """Render ``scene_class`` in ``lang`` at -ql's size and ``TEST_FPS`` (or its rate in
    ``FULL_RATE_SCENES``) into ``media_dir`` and load its timeline."""
    scene_class = type(scene_class.__name__, (scene_class,), {"lang": lang})
    scene = render_scene(scene_class, media_dir, frames=True,
                         frame_rate=FULL_RATE_SCENES.get(scene_class.__name__, TEST_FPS))
    movie = next(media_dir.rglob(f"{scene_class.__name__}.mp4"))
    timeline = json.loads(scene.timeline_path.read_text(encoding="utf-8"))
    return RenderedVideo(scene, movie, timeline)


def spread(ranges: Sequence[tuple[int, int]], count: int, margin: int = 1) -> list[int]:
    """``count`` frame indices spread evenly over the frame ranges (ends excluded by
    ``margin`` frames: the first frame of a beat may still show the last one's end)."""
    frames = [k for first, last in ranges for k in range(first + margin, last - margin + 1)]
    assert frames, f"no frames in {ranges}"
    picks = np.linspace(0, len(frames) - 1, min(count, len(frames)))
    return sorted({frames[round(p)] for p in picks})


# -- finding elements by colour ----------------------------------------------------------
#: What lies under the elements: the background, or a ball's translucent fill over it.
BALL_FILL_OPACITY = 0.18


def backgrounds() -> tuple[str, ...]:
    """The colours an element may be drawn over: the background and each ball's fill."""
    return (theme.BACKGROUND_COLOR, *[blend(color, BALL_FILL_OPACITY)
                                      for color in theme.NORM_COLORS.values()])


@functools.cache
def _blend_basis(color: str, under: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(base, basis, pseudo-inverse) of the blends of ``color`` and grey over ``under``."""
    base = rgb(under)
    basis = np.column_stack([rgb(color) - base, rgb(theme.MUTED_TEXT_COLOR) - base])
    return base, basis, np.linalg.pinv(basis)


def _blend_fit(pixels: np.ndarray, color: str) -> tuple[np.ndarray, np.ndarray]:
    """Each pixel as what lies under it (the background or a ball's fill) plus a share of
    ``color`` and a share of grey (text, axes and cursors are greys): P = B + a (C - B)
    + g (G - B) with g >= 0, by least squares, under whichever B fits best.  Returns (a,
    the fit's residual): a line's own pixels have a near 1, a pixel where it crosses a
    grey line keeps a clear share of it, a grey glyph's edge has none."""
    best_share = np.zeros(pixels.shape[:-1])
    best_residual = np.full(pixels.shape[:-1], np.inf)
    for under in backgrounds():
        base, basis, inverse = _blend_basis(color, under)
        offsets = pixels - base
        shares = offsets @ inverse.T
        alone = shares[..., 1] < 0.0  # no grey: the share of the colour alone
        span = basis[:, 0]
        shares[alone] = np.column_stack([offsets[alone] @ span / (span @ span),
                                         np.zeros(int(alone.sum()))])
        residual = np.linalg.norm(offsets - shares @ basis.T, axis=-1)
        better = residual < best_residual
        best_share[better], best_residual[better] = shares[..., 0][better], residual[better]
    return best_share, best_residual


#: A colour ``classify`` has not judged yet for a palette (judged ones are -1 or an index).
_UNJUDGED = -2


@functools.lru_cache(maxsize=6)
def _judgements(colors: tuple[str, ...], tolerance: float, min_share: float) -> np.ndarray:
    """What ``classify`` found for each 24-bit colour (red << 16 | green << 8 | blue) with
    this palette: ``_UNJUDGED`` until it meets the colour (16 MiB a palette; a frame's
    colours are mostly the last frame's, so each is judged once, not once a frame).  The
    background itself fits it with no share of any colour: -1 without being judged."""
    table = np.full(1 << 24, _UNJUDGED, dtype=np.int8)
    table[int(rgb(theme.BACKGROUND_COLOR).round() @ [1 << 16, 1 << 8, 1])] = -1
    return table


def _judge(codes: np.ndarray, colors: Sequence[str], tolerance: float,
           min_share: float) -> np.ndarray:
    """For each 24-bit colour of ``codes``, the index in ``colors`` of the colour whose
    blend fits it best (``classify``), or -1."""
    pixels = np.column_stack([codes >> 16, (codes >> 8) & 255, codes & 255]).astype(float)
    best = np.full(len(codes), -1)
    best_residual = np.full(len(codes), np.inf)
    for index, color in enumerate(colors):
        share, residual = _blend_fit(pixels, color)
        fits = (share >= min_share) & (residual < best_residual)
        best[fits], best_residual[fits] = index, residual[fits]
    best[best_residual >= tolerance] = -1
    return best


def classify(frame: np.ndarray, colors: Sequence[str], region: np.ndarray | None = None,
             tolerance: float = 25.0, min_share: float = 0.5) -> np.ndarray:
    """For each pixel, the index in ``colors`` of the colour it is drawn in, or -1: the
    colour whose blend (at least ``min_share`` of it, over what lies under it, with grey)
    fits best, within ``tolerance``.  Only inside the box ``region`` ((left, top), (right,
    bottom)) when given: -1 elsewhere."""
    classes = np.full(frame.shape[:2], -1)
    rows, columns = slice(None), slice(None)
    if region is not None:
        (left, top), (right, bottom) = region
        rows = slice(max(int(np.floor(top)), 0), max(int(np.ceil(bottom)), 0))
        columns = slice(max(int(np.floor(left)), 0), max(int(np.ceil(right)), 0))
    window = frame[rows, columns].astype(np.int32)
    codes = (window[..., 0] << 16) | (window[..., 1] << 8) | window[..., 2]
    table = _judgements(tuple(colors), float(tolerance), float(min_share))
    judged = table[codes]
    new = judged == _UNJUDGED
    if new.any():
        unseen = np.unique(codes[new])
        table[unseen] = _judge(unseen, colors, tolerance, min_share)
        judged[new] = table[codes[new]]
    classes[rows, columns] = judged
    return classes


def color_mask(frame: np.ndarray, color: str, others: Sequence[str] = (),
               region: np.ndarray | None = None, tolerance: float = 25.0,
               min_share: float = 0.5) -> np.ndarray:
    """Pixels drawn in ``color`` rather than in any of ``others`` (the theme's other colours
    in the picture), as ``classify`` judges them."""
    palette = [color, *[other for other in others if other != color]]
    return classify(frame, palette, region, tolerance, min_share) == 0


def without_boxes(mask: np.ndarray, boxes: Iterable[np.ndarray]) -> np.ndarray:
    """``mask`` with the pixel boxes ((left, top), (right, bottom)) cleared."""
    mask = mask.copy()
    for (left, top), (right, bottom) in boxes:
        mask[max(int(np.floor(top)), 0):max(int(np.ceil(bottom)), 0),
             max(int(np.floor(left)), 0):max(int(np.ceil(right)), 0)] = False
    return mask


def inside_box(mask: np.ndarray, box: np.ndarray) -> np.ndarray:
    """``mask`` cleared outside the pixel box ((left, top), (right, bottom))."""
    return mask & ~without_boxes(np.ones_like(mask), [box])


def pixel_centres(mask: np.ndarray) -> np.ndarray:
    """Continuous coordinates (k, 2) of the centres of the pixels in ``mask``."""
    rows, cols = np.nonzero(mask)
    return np.column_stack([cols + 0.5, rows + 0.5])


def blobs(mask: np.ndarray, radius_px: float) -> list[tuple[np.ndarray, int]]:
    """Filled discs of at least ``radius_px`` in ``mask``: (centre, pixel count) of each.

    Strokes, glyphs and dots thinner than about half the radius vanish under an erosion
    by that much; what survives of a disc is a smaller concentric disc, whose centroid is
    the disc's centre even where lines or small dots touch its rim.  The count is that of
    the survivor grown back within the mask."""
    erosion = max(1, int(radius_px * 0.5))
    structure = ndimage.generate_binary_structure(2, 1)
    # the same steps on the box that holds the mask's pixels (nothing outside it erodes,
    # labels or grows into it), the centres back in the frame's coordinates
    rows, columns = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not len(rows):
        return []
    mask = mask[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1]
    corner = np.array([columns[0], rows[0]], dtype=float)
    cores = ndimage.binary_erosion(mask, structure, iterations=erosion)
    labels, count = ndimage.label(cores)
    found = []
    for index in range(1, count + 1):
        core = labels == index
        grown = ndimage.binary_dilation(core, structure, iterations=erosion + 1) & mask
        found.append(((pixel_centres(core) + corner).mean(axis=0), int(grown.sum())))
    return found


#: A marker's colour may stray further than a line's: a small disc's colour is averaged
#: with whatever it covers (one colour sample per 2 x 2 pixels); being a disc, it cannot
#: be mistaken for a line or a glyph however its colour is judged.
MARKER_COLOR_TOLERANCE = 40.0


def marker_position(frame: np.ndarray, color: str, expected: np.ndarray, radius_px: float,
                    others: Sequence[str] = (), search_px: float = 40.0) -> np.ndarray | None:
    """Centre of the disc of ``color`` nearest to ``expected`` (within ``search_px``)."""
    reach = search_px + 2 * radius_px
    region = None if np.isinf(reach) else np.array([expected - reach, expected + reach])
    mask = color_mask(frame, color, others, region, tolerance=MARKER_COLOR_TOLERANCE)
    candidates = [centre for centre, size in blobs(mask, radius_px)
                  if size >= 0.4 * np.pi * radius_px**2]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: np.linalg.norm(c - expected))
    return nearest if np.linalg.norm(nearest - expected) <= search_px else None


# -- checks -------------------------------------------------------------------------------
@dataclass
class MarkerCheck:
    """Where a marker was found against where mathcore puts it, frame by frame."""

    name: str
    frames: list[int] = field(default_factory=list)
    expected: list[np.ndarray] = field(default_factory=list)
    found: list[np.ndarray] = field(default_factory=list)

    def add(self, frame: int, expected: np.ndarray, found: np.ndarray | None,
            video: RenderedVideo) -> None:
        assert found is not None, (f"{self.name}: no marker near {np.round(expected, 1)} px "
                                   f"at frame {frame} ({video.time(frame):.2f} s)")
        self.frames.append(frame)
        self.expected.append(np.asarray(expected, dtype=float))
        self.found.append(np.asarray(found, dtype=float))

    @property
    def errors(self) -> np.ndarray:
        return np.linalg.norm(np.array(self.found) - np.array(self.expected), axis=1)

    def assert_within(self, video: RenderedVideo, tolerance: float = MARKER_TOLERANCE) -> float:
        """Every found marker within ``tolerance`` px of mathcore's; returns the largest error."""
        assert self.frames, f"{self.name}: no frame checked"
        errors = self.errors
        worst = int(np.argmax(errors))
        assert errors[worst] <= tolerance, (
            f"{self.name}: marker {errors[worst]:.2f} px from mathcore's optimum at frame "
            f"{self.frames[worst]} ({video.time(self.frames[worst]):.2f} s): drawn at "
            f"{np.round(self.found[worst], 1)}, expected {np.round(self.expected[worst], 1)}")
        return float(errors.max())

    def assert_moves(self, video: RenderedVideo, min_step_px: float = 3.0) -> None:
        """Where mathcore's marker moves by ``min_step_px`` or more between two checked
        frames, the drawn marker moves too, at least half as far (a frozen picture fails)."""
        moved = 0
        for k in range(1, len(self.frames)):
            expected_step = np.linalg.norm(self.expected[k] - self.expected[k - 1])
            if expected_step < min_step_px:
                continue
            moved += 1
            found_step = np.linalg.norm(self.found[k] - self.found[k - 1])
            assert found_step >= 0.5 * expected_step, (
                f"{self.name}: frozen between frames {self.frames[k - 1]} and {self.frames[k]} "
                f"({video.time(self.frames[k - 1]):.2f}-{video.time(self.frames[k]):.2f} s): "
                f"mathcore moves {expected_step:.1f} px, the picture {found_step:.1f} px")
        assert moved, f"{self.name}: the recorded state never moves between checked frames"

    def summary(self, video: RenderedVideo) -> dict:
        """Checked instants (s) and the largest error (px): for the closing notes."""
        return {"marker": self.name, "instants_s": [round(video.time(f), 2) for f in self.frames],
                "max_error_px": round(float(self.errors.max()), 2)}


def curve_gap_px(video: RenderedVideo, plane: str, frame: int, pixels: np.ndarray,
                 centre: np.ndarray, gauge: Callable[[np.ndarray], np.ndarray],
                 size: float) -> np.ndarray:
    """Signed distance (px, > 0 outside) of each pixel from the curve {gauge(x - centre) =
    size}, to first order: ``(gauge - size) / |grad gauge|`` (the gradient by central
    differences); ``gauge`` is a norm for a ball, sqrt of the quadratic form for a contour.
    """
    offsets = video.to_data(plane, frame, pixels) - np.asarray(centre, dtype=float)
    values = gauge(offsets)
    step = 1e-6 * max(float(np.abs(offsets).max(initial=0.0)), 1e-9)
    gradient = np.column_stack([
        (gauge(offsets + step * unit) - gauge(offsets - step * unit)) / (2 * step)
        for unit in np.eye(2)])
    slope = np.maximum(np.linalg.norm(gradient, axis=1), 1e-12)
    return (values - size) / slope * video.pixels_per_unit(plane, frame)


def assert_on_curve(video: RenderedVideo, frame: int, gaps_px: np.ndarray, what: str,
                    stroke_width: float, min_pixels: int = 20,
                    pixels: np.ndarray | None = None) -> float:
    """The pixels of ``what`` lie on its curve, within half the stroke and the
    antialiasing (and there are pixels at all): a curve drawn at another size, or frozen,
    fails.  Where two lines cross, a few blended pixels take the nearer colour: 1 % of the
    pixels (at least 2) may lie up to 2 px further.  Returns the worst distance (px)."""
    tolerance_px = video.half_stroke_px(stroke_width) + ANTIALIAS_PX + 0.5
    assert len(gaps_px) >= min_pixels, (
        f"{what}: only {len(gaps_px)} pixels found at frame {frame} ({video.time(frame):.2f} s)")
    distances = np.sort(np.abs(gaps_px))
    blended = max(2, len(distances) // 100)
    typical, worst = float(distances[-blended - 1]), float(distances[-1])
    where = "" if pixels is None else f" (at {np.round(pixels[np.argmax(np.abs(gaps_px))], 1)})"
    assert typical <= tolerance_px and worst <= tolerance_px + 2.0, (
        f"{what}: pixels lie up to {worst:.1f} px off the curve mathcore gives{where} at "
        f"frame {frame} ({video.time(frame):.2f} s)")
    return worst


def assert_outside(video: RenderedVideo, frame: int, gaps_px: np.ndarray, what: str,
                   stroke_width: float) -> float:
    """No pixel of the curve ``what`` lies inside the ball (its signed gaps to the ball's
    boundary) beyond half its stroke and the antialiasing; returns the deepest reach (px)."""
    tolerance_px = video.half_stroke_px(stroke_width) + ANTIALIAS_PX
    assert len(gaps_px), f"{what}: no pixels at frame {frame} ({video.time(frame):.2f} s)"
    deepest = float(-gaps_px.min())
    assert deepest <= tolerance_px, (
        f"{what}: a pixel lies {deepest:.1f} px inside the ball at frame {frame} "
        f"({video.time(frame):.2f} s)")
    return deepest


def assert_touches_at(video: RenderedVideo, frame: int, pixels: np.ndarray,
                      ball_gap_px: np.ndarray, touch_zone_px: np.ndarray,
                      tolerance_px: float = 3.0) -> None:
    """The drawn contour comes within ``tolerance_px`` of the ball, and where it comes
    closest lies within ``tolerance_px`` of the touch zone: the points of mathcore's
    contour less than a pixel from the ball (the optimum alone for a clean touch; a
    stretch when the contour runs almost along an edge)."""
    closest = int(np.argmin(ball_gap_px))
    assert ball_gap_px[closest] <= tolerance_px, (
        f"the contour stays {ball_gap_px[closest]:.1f} px away from the ball at frame {frame} "
        f"({video.time(frame):.2f} s)")
    near = pixels[ball_gap_px <= ball_gap_px[closest] + 1.0]
    distance = float(cKDTree(touch_zone_px).query(near)[0].min())
    assert distance <= tolerance_px, (
        f"the contour touches the ball {distance:.1f} px from where mathcore's contour does "
        f"at frame {frame} ({video.time(frame):.2f} s)")


def assert_on_axis(video: RenderedVideo, plane: str, frame: int, marker_px: np.ndarray,
                   index: int, tolerance_px: float = MARKER_TOLERANCE) -> float:
    """A marker whose coefficient ``index`` is shown as 0 sits on that coefficient's axis:
    its distance (px) from the line {x_index = 0}."""
    matrix = video.projection(plane, frame)
    direction = matrix[:2, 1 - index]  # the axis line runs along the other coordinate
    origin = matrix[:2, 2]
    offset = marker_px - origin
    distance = abs(offset[0] * direction[1] - offset[1] * direction[0]) / np.linalg.norm(direction)
    assert distance <= tolerance_px, (
        f"a coefficient shown as 0 is drawn {distance:.1f} px off its axis at frame {frame} "
        f"({video.time(frame):.2f} s)")
    return float(distance)


# -- one plane: a loss contour touching a ball at a marked optimum -----------------------
def quadratic_gauge(matrix: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """x -> sqrt(x^T A x): the contour {f = L} is {gauge(x - c) = sqrt(L)}."""
    matrix = np.asarray(matrix, dtype=float)
    return lambda offsets: np.sqrt(np.maximum(np.einsum("ij,jk,ik->i", offsets, matrix,
                                                        offsets), 0.0))


@dataclass
class PlanePicture:
    """What one plane must show at one frame, from mathcore at the recorded state."""

    plane: str
    ball_gauge: Callable[[np.ndarray], np.ndarray] | None = None
    radius: float = 0.0
    ball_color: str = theme.L1_COLOR
    loss_center: np.ndarray | None = None
    loss_matrix: np.ndarray | None = None
    level: float | None = None
    optimum: np.ndarray | None = None
    zeros: Sequence[int] = ()
    touches: bool = True
    marker_color: str = theme.SOLUTION_COLOR
    contour_color: str = theme.LOSS_COLOR


@dataclass
class PlaneChecker:
    """Checks ``PlanePicture``s frame after frame and keeps the marker's track and the
    worst errors, for the moving-marker check and for the closing note."""

    video: RenderedVideo
    name: str
    region: np.ndarray  # pixel box of the plane
    excluded: Sequence[np.ndarray] = ()  # pixel boxes of other things of the same colours
    marker_radius_px: float | None = None  # default: the theme's marker
    marker: MarkerCheck = field(init=False)
    worst: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.marker = MarkerCheck(self.name)
        if self.marker_radius_px is None:
            self.marker_radius_px = self.video.dot_radius_px

    def _note(self, key: str, value: float) -> None:
        self.worst[key] = max(self.worst.get(key, -np.inf), value)

    def _pixels(self, frame: np.ndarray, color: str, others: Sequence[str],
                around: np.ndarray | None, excluded: Sequence[np.ndarray]) -> np.ndarray:
        mask = without_boxes(color_mask(frame, color, others, self.region),
                             [*self.excluded, *excluded])
        pixels = pixel_centres(mask)
        if around is not None:  # the marker's edge blends with the curves through it
            keep = np.linalg.norm(pixels - around, axis=1) > self.marker_radius_px + 3.0
            pixels = pixels[keep]
        return pixels

    def _touch_zone(self, index: int, picture: PlanePicture,
                    optimum_px: np.ndarray) -> np.ndarray:
        """Pixels of mathcore's contour less than one pixel from the ball, and the optimum."""
        from mathcore import QuadraticLoss, ellipse_points

        loss = QuadraticLoss.create(picture.loss_center, picture.loss_matrix)
        points = ellipse_points(loss, picture.level, 20_000)
        pixels = self.video.to_pixels(picture.plane, index, points)
        gaps = curve_gap_px(self.video, picture.plane, index, pixels, np.zeros(2),
                            picture.ball_gauge, picture.radius)
        return np.vstack([pixels[gaps <= 1.0], optimum_px])

    def _visible_contour_px(self, index: int, picture: PlanePicture) -> float:
        """Length (px) of the expected contour inside the plane's box."""
        from mathcore import QuadraticLoss, ellipse_points

        loss = QuadraticLoss.create(picture.loss_center, picture.loss_matrix)
        points = self.video.to_pixels(
            picture.plane, index, ellipse_points(loss, picture.level, 2000))
        (left, top), (right, bottom) = self.region
        inside = ((points[:, 0] >= left) & (points[:, 0] <= right)
                  & (points[:, 1] >= top) & (points[:, 1] <= bottom))
        steps = np.linalg.norm(np.diff(points, axis=0), axis=1)
        return float(steps[inside[1:] & inside[:-1]].sum())

    def check(self, index: int, frame: np.ndarray, picture: PlanePicture,
              excluded: Sequence[np.ndarray] = ()) -> np.ndarray | None:
        """Every check of ``picture`` on ``frame`` (``excluded``: pixel boxes of other
        things drawn in the same colours at this frame); returns the marker found."""
        video = self.video
        expected = None
        if picture.optimum is not None:
            expected = video.to_pixels(picture.plane, index, picture.optimum)[0]
        others = [picture.ball_color, picture.marker_color, picture.contour_color]
        if picture.ball_gauge is not None:
            ball = self._pixels(frame, picture.ball_color, others, expected, excluded)
            gaps = curve_gap_px(video, picture.plane, index, ball, np.zeros(2),
                                 picture.ball_gauge, picture.radius)
            self._note("ball_off_px", assert_on_curve(video, index, gaps, f"{self.name} ball",
                                                      theme.BALL_STROKE, pixels=ball))
        if picture.level is not None and self._visible_contour_px(index, picture) >= 20.0:
            contour = self._pixels(frame, picture.contour_color, others, expected, excluded)
            gaps = curve_gap_px(video, picture.plane, index, contour, picture.loss_center,
                                 quadratic_gauge(picture.loss_matrix), np.sqrt(picture.level))
            self._note("contour_off_px", assert_on_curve(
                video, index, gaps, f"{self.name} contour", theme.CONTOUR_STROKE,
                pixels=contour))
            if picture.ball_gauge is not None:
                ball_gaps = curve_gap_px(video, picture.plane, index, contour, np.zeros(2),
                                          picture.ball_gauge, picture.radius)
                self._note("contour_inside_px", assert_outside(
                    video, index, ball_gaps, f"{self.name} contour", theme.CONTOUR_STROKE))
                if picture.touches and expected is not None:
                    # the pixels next to the marker are left out: the nearest kept ones lie
                    # a marker radius and a few pixels along the contour from the touch
                    assert_touches_at(video, index, contour, ball_gaps,
                                      self._touch_zone(index, picture, expected),
                                      tolerance_px=2 * self.marker_radius_px + 6.0)
        if expected is None:
            return None
        found = marker_position(frame, picture.marker_color, expected,
                                self.marker_radius_px, others)
        self.marker.add(index, expected, found, video)
        for zero in picture.zeros:
            self._note("zero_off_axis_px",
                       assert_on_axis(video, picture.plane, index, found, zero))
        return found

    def summary(self) -> dict:
        worst = {key: round(value, 2) for key, value in self.worst.items()}
        if self.marker.frames:
            worst.update(self.marker.summary(self.video))
        return {"plane": self.name, **worst}


def check_basics(video: RenderedVideo) -> None:
    """What every video must get right: one recorded state per decoded frame, the theme's
    background, the subtitles' strip left empty, the texts of the last picture inside the
    frame's margin and apart, and every subtitle on screen long enough to be read."""
    from scenes.cues import subtitle_seconds

    assert video.decoded_frame_count() == video.frame_count
    last = video.frame_count - 1
    for index, frame in video.frames([0, last // 2, last]).items():
        for corner in (frame[2, 2], frame[-3, -3]):
            assert np.abs(corner.astype(float) - rgb(theme.BACKGROUND_COLOR)).max() <= 4, (
                f"background {corner} at frame {index}, theme {theme.BACKGROUND_COLOR}")
    check_subtitle_strip(video)
    check_text_layout(video.scene)
    lang = video.scene.lang
    for beat in video.scene.beats:
        # half a frame to spare: subtitle files round the times to milliseconds
        needed = subtitle_seconds(beat["subtitle"], lang) + 0.5 / video.fps
        assert beat["end"] - beat["start"] >= needed, (
            f"subtitle of beat {beat['name']} shown {beat['end'] - beat['start']:.2f} s, "
            f"needs {needed:.2f} s: {beat['subtitle']!r}")


EDGE_BLEND_PX = 1.0


def check_subtitle_strip(video: RenderedVideo) -> None:
    """Nothing is drawn in the bottom ``layout.SUBTITLE_SHARE`` of the frame (players draw
    subtitles there), at the middle and the last frame of every beat."""
    from scenes.layout import SUBTITLE_SHARE

    width, height = video.timeline["pixel_size"]
    # a text or line ending on the strip's edge may blend into its first pixel row
    strip = np.array([[0.0, (1.0 - SUBTITLE_SHARE) * height + EDGE_BLEND_PX], [width, height]])
    indices = {index for beat in video.scene.beats
               for index in ((beat["first_frame"] + beat["last_frame"]) // 2,
                             beat["last_frame"])}
    for index, frame in video.frames(indices).items():
        drawn = bright_pixels(frame, strip, contrast=25.0)
        assert len(drawn) == 0, (
            f"{len(drawn)} pixels drawn in the subtitles' strip at frame {index} "
            f"({index / video.fps:.2f} s), the highest at row {drawn[:, 1].min():.0f}")


# -- curves given as polylines (paths, plots, ball outlines) -----------------------------
def densify(polyline_px: np.ndarray, spacing_px: float = 0.5) -> np.ndarray:
    """Points along a pixel polyline (k, 2), at most ``spacing_px`` apart: each segment a -> b
    cut into n = ceil(|b - a| / spacing) steps, a + i (b - a) / n for i < n (the points
    ``linspace(0, 1, n, endpoint=False)`` gives), then the last point."""
    polyline_px = np.atleast_2d(np.asarray(polyline_px, dtype=float))
    if len(polyline_px) == 1:
        return polyline_px
    steps = np.diff(polyline_px, axis=0)
    counts = np.maximum(1, np.ceil(np.sqrt((steps * steps).sum(axis=1)) / spacing_px)
                        .astype(int))
    segment = np.repeat(np.arange(len(steps)), counts)
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    shares = within * np.repeat(1.0 / counts, counts)
    return np.vstack([polyline_px[:-1][segment] + shares[:, None] * steps[segment],
                      polyline_px[-1:]])


def assert_near_polylines(video: RenderedVideo, frame: int, pixels: np.ndarray,
                          polylines_px: Sequence[np.ndarray], what: str,
                          stroke_width: float, min_pixels: int = 20) -> float:
    """The pixels of ``what`` lie on the expected polylines (pixel coordinates), as
    ``assert_on_curve`` asks of a curve given by an equation.  Returns the worst (px)."""
    tree = cKDTree(np.vstack([densify(p) for p in polylines_px]))
    distances = tree.query(pixels)[0] if len(pixels) else np.zeros(0)
    return assert_on_curve(video, frame, distances, what, stroke_width, min_pixels, pixels)


def point_before_end(polyline_px: np.ndarray, distance_px: float) -> np.ndarray:
    """The point ``distance_px`` before the end of a pixel polyline, along it."""
    points = densify(polyline_px, 0.25)[::-1]
    steps = np.linalg.norm(np.diff(points, axis=0), axis=1)
    travelled = np.concatenate([[0.0], np.cumsum(steps)])
    return points[min(int(np.searchsorted(travelled, distance_px)), len(points) - 1)]


def assert_reaches(video: RenderedVideo, frame: int, pixels: np.ndarray,
                   polylines_px: Sequence[np.ndarray], what: str, stroke_width: float,
                   back_px: float = 0.0) -> float:
    """Each curve is drawn up to its live end (where the sweep stands): it has a pixel
    within half a stroke and the antialiasing of the point ``back_px`` before the end
    (out from under a cursor drawn over the end).  Returns the largest distance (px)."""
    tolerance = video.half_stroke_px(stroke_width) + ANTIALIAS_PX + 1.0
    tree = cKDTree(pixels)
    worst = 0.0
    for polyline in polylines_px:
        point = point_before_end(polyline, back_px)
        distance = float(tree.query(point)[0])
        worst = max(worst, distance)
        assert distance <= tolerance, (
            f"{what}: no pixel within {tolerance:.1f} px of {np.round(point, 1)}, "
            f"{back_px:g} px before the curve's live end, at frame {frame} "
            f"({video.time(frame):.2f} s); nearest {distance:.1f} px")
    return worst


def bright_pixels(frame: np.ndarray, region: np.ndarray,
                  excluded: Sequence[np.ndarray] = (), contrast: float = 40.0) -> np.ndarray:
    """Centres of the pixels at least ``contrast`` brighter (luma) than the background,
    inside ``region``, less ``excluded``: where a line is drawn, whatever its colour
    (the video keeps brightness at every pixel, colour only per 2 x 2 block)."""
    weights = np.array([0.299, 0.587, 0.114])
    luma = frame.astype(float) @ weights
    mask = inside_box(luma > rgb(theme.BACKGROUND_COLOR) @ weights + contrast, region)
    return pixel_centres(without_boxes(mask, excluded))


#: Tick marks reach manim's tick size (0.1 units, 6 px at 480p) either side of their axis:
#: they are looked for this far off the axis's centre line (clear of its stroke).
TICK_BAND_PX = (3.0, 5.0)


def tick_offsets_px(video: RenderedVideo, plane: str, index: int, frame: np.ndarray,
                    values: Sequence[float], across: float, vertical: bool = False,
                    reach_px: float = 8.0, others: Sequence[str] = (),
                    sides: Sequence[float] = (-1.0, 1.0)) -> np.ndarray:
    """For each numbered value, how far (px, along the axis) the tick mark drawn nearest it
    lies from the value's own position: the axis through data ``across`` (the x axis at
    y = across, or with ``vertical`` the y axis at x = across), its tick marks found in the
    decoded frame as the bright pixels just off the axis line (``TICK_BAND_PX``), within
    ``reach_px`` of each value (where dots or curves of the colours ``others`` may cross
    the axis: its pixels of the axes' colour rather than theirs; or look on one side of
    the axis only, ``sides`` = (1.0,) for larger pixel coordinates, where no curve leaves
    the axis at the tick).  A value with no tick mark there gives inf."""
    points = [[across, v] if vertical else [v, across] for v in values]
    positions = video.to_pixels(plane, index, points)
    along, off = (1, 0) if vertical else (0, 1)
    offsets = []
    for position in positions:
        found = []
        for side in sides:
            near, far = position[off] + side * np.array(TICK_BAND_PX)
            box = np.zeros((2, 2))
            box[:, along] = position[along] - reach_px, position[along] + reach_px
            box[:, off] = min(near, far), max(near, far)
            found.append(region_pixels(frame, theme.AXES_COLOR, box, others) if others
                         else bright_pixels(frame, box))
        drawn = np.vstack(found)
        offsets.append(abs(drawn[:, along].mean() - position[along]) if len(drawn) else np.inf)
    return np.array(offsets)


def region_pixels(frame: np.ndarray, color: str, region: np.ndarray,
                  others: Sequence[str] = (), excluded: Sequence[np.ndarray] = ()) -> np.ndarray:
    """Centres of the pixels of ``color`` inside the pixel box ``region``, less ``excluded``."""
    return pixel_centres(without_boxes(color_mask(frame, color, others, region), excluded))


def check_dots(video: RenderedVideo, frame_index: int, frame: np.ndarray, plane: str,
               points: np.ndarray, dot_radius: float, excluded: Sequence[np.ndarray] = (),
               region: np.ndarray | None = None,
               color_of: Callable[[np.ndarray], str] | None = None,
               palette: Sequence[str] = (), stray_region: np.ndarray | None = None) -> dict:
    """Dots at data points (a cloud of optima, a measured series): every point is drawn in
    its colour where it lies (97 % at least: dots may hide each other), and no dot of
    those colours lies anywhere else in the plane's box (less ``excluded``).  Colours:
    ``color_of(point)``, by default an optimum's (green with an exact zero, else yellow);
    ``palette``: the other colours in the picture.  ``stray_region``: where no other dot
    may be (default: ``region``)."""
    from scenes.pieces import optimum_color

    color_of = optimum_color if color_of is None else color_of
    if region is None:
        region = video.plane_box(video.scene.planes[plane]["axes"])
    centres = video.to_pixels(plane, frame_index, points)
    colors = [color_of(p) for p in points]
    dot_colors = sorted(set(colors))
    others = [*dot_colors, *palette, theme.L1_COLOR, theme.L2_COLOR, theme.LOSS_COLOR]
    masks = {c: without_boxes(color_mask(frame, c, others, region), excluded)
             for c in dot_colors}
    hits = []
    for centre, color in zip(centres, colors, strict=True):
        if any(np.all((box[0] <= centre) & (centre <= box[1])) for box in excluded):
            continue  # under something else drawn there
        column, row = np.floor(centre).astype(int)
        hits.append(bool(masks[color][row - 1:row + 2, column - 1:column + 2].any()))
    share = float(np.mean(hits))
    assert share >= 0.97, (f"{plane}: only {share:.1%} of the {len(hits)} points in view are "
                           f"drawn in their colour at frame {frame_index}")
    # where a tiny dot's colour is mixed with its neighbours' (one colour sample per 2 x 2
    # pixels) it may take another dot colour: any dot pixel must be near some point
    pixels = pixel_centres(inside_box(np.any([masks[c] for c in dot_colors], axis=0),
                                      region if stray_region is None else stray_region))
    stray = float(cKDTree(centres).query(pixels)[0].max()) if len(pixels) else 0.0
    reach = video.screen_px(dot_radius) + 2.5
    assert stray <= reach, f"{plane}: a dot {stray:.1f} px from every point at {frame_index}"
    return {"drawn_share": round(share, 4), "stray_px": round(stray, 2)}


class TextPainter:
    """Draws a mobject alone, on the background, on the video's pixel grid: what a
    text line would look like with other fields (a read-out test compares the decoded
    line with the right number and with a neighbour)."""

    def __init__(self, video):
        from manim import Camera, tempconfig

        (width, height), (frame_width, frame_height) = (video.timeline["pixel_size"],
                                                        video.timeline["frame_size"])
        with tempconfig({"pixel_width": width, "pixel_height": height,
                         "frame_width": frame_width, "frame_height": frame_height}):
            self.camera = Camera(background_color=theme.BACKGROUND_COLOR)
        self.cache: dict[tuple, np.ndarray] = {}

    def luma(self, line, fields: tuple[str, ...]) -> np.ndarray:
        key = (id(line), fields)
        if key not in self.cache:
            line.set_fields(*fields)
            self.camera.reset()
            self.camera.capture_mobject(line)
            self.cache[key] = luma(self.camera.pixel_array[..., :3].astype(float))
        return self.cache[key]


def luma(pixels: np.ndarray) -> np.ndarray:
    """Rec. 601 luma of RGB pixels."""
    return pixels.astype(float) @ np.array([0.299, 0.587, 0.114])


def readout_difference(video, frame: np.ndarray, painter: TextPainter, line,
                       fields: tuple[str, ...], box: np.ndarray) -> float:
    """Mean |luma difference| in ``box`` between the frame and ``line`` showing ``fields``."""
    (left, top), (right, bottom) = np.floor(box[0]).astype(int), np.ceil(box[1]).astype(int)
    drawn = painter.luma(line, fields)[top:bottom, left:right]
    return float(np.abs(luma(frame[top:bottom, left:right]) - drawn).mean())


def text_box(video, line, variants: list[tuple[str, ...]], part=None) -> np.ndarray:
    """The pixel box that holds ``line`` (or ``part(line)``) with any of ``variants`` in
    its fields."""
    boxes = []
    for fields in variants:
        line.set_fields(*fields)
        boxes.append(video.pixel_box(line if part is None else part(line), margin_px=3.0))
    return np.array([np.min([b[0] for b in boxes], axis=0),
                     np.max([b[1] for b in boxes], axis=0)])


#: Luma weights (ITU-R BT.601) for the ``"luma"`` change measure of ``still_runs``.
LUMA_WEIGHTS = np.array([0.299, 0.587, 0.114], dtype=np.float32)


def decoded(movie: Path) -> Iterable[tuple[int, np.ndarray]]:
    """Every frame of ``movie`` as ``(index, RGB)``, decoded one by one, none kept."""
    with av.open(str(movie)) as container:
        for index, frame in enumerate(container.decode(video=0)):
            yield index, frame.to_ndarray(format="rgb24")


def _change_values(frame: np.ndarray, measure: str, block: int,
                   region: tuple | None) -> np.ndarray:
    """What ``still_runs`` compares of a frame: its ``region``, averaged over ``block`` x
    ``block`` squares, as luma (``"luma"``) or RGB (``"channel"``, ``"sum"``; kept as
    bytes when nothing is averaged)."""
    pixels = frame if region is None else frame[region]
    if measure == "luma":
        return pixels.astype(np.float32) @ LUMA_WEIGHTS
    if block > 1:
        rows, columns = (np.array(pixels.shape[:2]) // block) * block
        blocks = pixels[:rows, :columns].reshape(rows // block, block, columns // block, block, 3)
        # down each block's rows, then across: exact integer sums, a few times faster
        # than numpy's reduction over both axes at once
        sums = blocks.sum(axis=1, dtype=np.int32).sum(axis=2, dtype=np.int32)
        return sums / float(block * block)
    return np.ascontiguousarray(pixels)


def _changed_pixels(before: np.ndarray, after: np.ndarray, measure: str, level: float) -> int:
    """How many pixels differ by more than ``level``: in luma, in the largest of the RGB
    channels (``"channel"``) or in the sum of the three (``"sum"``)."""
    if before.dtype == np.uint8:  # |after - before| without leaving bytes
        difference = np.maximum(after, before) - np.minimum(after, before)
    else:
        difference = np.abs(after - before)
    if measure == "channel":
        difference = np.maximum(np.maximum(difference[..., 0], difference[..., 1]),
                                difference[..., 2])
    elif measure == "sum":
        difference = (difference[..., 0].astype(np.float32) + difference[..., 1]
                      + difference[..., 2])
    else:
        assert measure == "luma", measure
    return int(np.count_nonzero(difference > level))


def still_runs(frames: Iterable[tuple[int, np.ndarray]], fps: float, *, level: float,
               allowed: int = 0, measure: str = "channel", block: int = 1,
               region: tuple | None = None, against: str = "previous",
               restart: Iterable[int] = (),
               limit: float | Callable[[int, int], float] | None = None,
               exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, float]]:
    """The runs of decoded frames that show one picture, as ``(first, last, seconds)``.

    The rule: ``frames`` (``(index, RGB)`` in the order given; every frame, a sample, or
    backwards) are cut into runs.  A frame starts a new run when more than ``allowed`` of
    its pixels (inside ``region``, a numpy index; after averaging ``block`` x ``block``
    squares) differ by more than ``level`` (``measure``: the largest RGB channel, the RGB
    sum, or luma) from the frame before (``against="previous"``) or from the run's first
    frame (``"start"``: a slow fade is a change too); the first frame and the frames in
    ``restart`` always start one.  A run lasts from its first frame to the first frame of
    the next run (past the last frame: the frame after it), ``|next - first| / fps``
    seconds: a picture held n frames lasts n / fps.

    With ``limit`` (seconds, or a function of the run's first and last frame) every run
    outside the spans in ``exclude`` (first, last frame, both included; e.g. the closing
    still) must last at most ``limit``: an ``AssertionError`` names the first that does
    not.
    """
    assert against in ("previous", "start"), against
    restart = set(restart)
    runs: list[list] = []
    reference, step = None, 1
    for index, frame in frames:
        values = _change_values(frame, measure, block, region)
        if runs:
            step = 1 if index > runs[-1][1] else -1
        if (reference is None or index in restart
                or _changed_pixels(reference, values, measure, level) > allowed):
            if runs:
                runs[-1][2] = abs(index - runs[-1][0]) / fps
            runs.append([index, index, 0.0])
            reference = values
        else:
            runs[-1][1] = index
            if against == "previous":
                reference = values
    if runs:
        runs[-1][2] = abs(runs[-1][1] + step - runs[-1][0]) / fps
    found = [(first, last, seconds) for first, last, seconds in runs]
    if limit is not None:
        for first, last, seconds in found:
            if any(a <= min(first, last) and max(first, last) <= b for a, b in exclude):
                continue
            most = limit(first, last) if callable(limit) else limit
            assert seconds <= most, (
                f"frames {first}..{last} ({first / fps:.2f} s on) hold still {seconds:.2f} s, "
                f"more than {most:.2f} s")
    return found
