"""``scenes.pieces.clip_polyline`` (all segments clipped at once) against a reference that
clips one segment at a time, and against the polyline sampled densely."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scenes.pieces import clip_polyline

LOW, HIGH = np.array([-1.0, -0.5, 0.0]), np.array([1.5, 1.0, 0.0])


def clip_segment(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """The part of ab in the box [LOW, HIGH]: the parameters where ab is inside in x and
    in y, intersected (each an interval, solved one axis at a time)."""
    start, end = 0.0, 1.0
    for axis in (0, 1):
        if a[axis] == b[axis]:
            if not LOW[axis] <= a[axis] <= HIGH[axis]:
                return None
            continue
        enter, leave = sorted(((LOW[axis] - a[axis]) / (b[axis] - a[axis]),
                               (HIGH[axis] - a[axis]) / (b[axis] - a[axis])))
        start, end = max(start, enter), min(end, leave)
    if start > end:
        return None
    return a + start * (b - a), a + end * (b - a)


def reference(points: np.ndarray) -> list[np.ndarray]:
    """Segment by segment: a clipped segment starting where the last one ended continues
    its piece; a closed line's last piece joins its first when both meet at the start."""
    arcs: list[list[np.ndarray]] = []
    previous_end = None
    for a, b in itertools.pairwise(points):
        clipped = clip_segment(a, b)
        if clipped is None:
            previous_end = None
            continue
        if previous_end is not None and np.allclose(previous_end, clipped[0]):
            arcs[-1].append(clipped[1])
        else:
            arcs.append(list(clipped))
        previous_end = clipped[1]
    if len(points) > 2 and np.allclose(points[0], points[-1]) and len(arcs) > 1 \
            and np.allclose(arcs[0][0], points[0]) and np.allclose(arcs[-1][-1], points[-1]):
        arcs[0] = arcs.pop() + arcs[0][1:]
    return [np.array(arc) for arc in arcs]


coordinate = st.floats(-3, 3, allow_nan=False).map(lambda v: round(v, 1))
polylines = st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=30)


@settings(max_examples=300, deadline=None)
@given(polylines, st.booleans())
def test_clip_polyline_matches_the_segment_by_segment_reference(corners, closed):
    """Same pieces as the reference (rounded coordinates make segments that run along
    the border, start or end on it, or have zero length)."""
    points = np.array([[x, y, 0.0] for x, y in corners])
    if closed:
        points = np.vstack([points, points[:1]])
    got, expected = clip_polyline(points, LOW, HIGH), reference(points)
    assert len(got) == len(expected)
    for piece, want in zip(got, expected, strict=True):
        np.testing.assert_allclose(piece, want, atol=1e-12)


def test_clipped_pieces_cover_the_inside_of_a_circle():
    """A circle of radius 1.2 about the origin cut by the box: every point of the dense
    circle inside the box lies on a returned piece, and every piece lies in the box."""
    angles = np.linspace(0, 2 * np.pi, 401)
    circle = np.column_stack([1.2 * np.cos(angles), 1.2 * np.sin(angles), 0 * angles])
    circle[-1] = circle[0]
    pieces = clip_polyline(circle, LOW, HIGH)
    assert len(pieces) == 2
    for piece in pieces:
        assert np.all(piece[:, :2] >= LOW[:2] - 1e-12) and np.all(piece[:, :2] <= HIGH[:2] + 1e-12)
    on_pieces = np.vstack(pieces)[:, :2]
    inside = circle[np.all((circle[:, :2] >= LOW[:2]) & (circle[:, :2] <= HIGH[:2]), axis=1)]
    gaps = np.linalg.norm(inside[:, None, :2] - on_pieces[None], axis=2).min(axis=1)
    assert gaps.max() < 1e-12
