"""The 2-D camera every normviz scene draws with: manim's Cairo camera with the work
done once per VMobject per frame (splitting its points into subpaths) batched over the
frame, and its path traced from plain floats.

The pictures are manim's to the byte: the same subpaths, the same Cairo calls in the
same order, manim's own strokes and fills.  ``scenes.ball3d`` builds its 3-D camera on
the same two pieces.
"""

from __future__ import annotations

import itertools
import weakref

import numpy as np
from manim import VMobject
from manim.camera.camera import Camera


def subpath_splits(mobjects: list[VMobject], screens: list) -> list:
    """``get_subpath_split_indices_from_points(screen, n_dims=2)`` (as ``[start, end]``
    pairs) of every mobject whose screen points are whole cubic curves (at least two),
    batched by point count: one numpy pass per count, not one per mobject.  None for the
    others (no screen points, or not a multiple of 4)."""
    splits: list = [None] * len(mobjects)
    groups: dict[tuple[int, float], list[int]] = {}
    for k, (mob, screen) in enumerate(zip(mobjects, screens, strict=True)):
        if screen is not None and len(screen) >= 8 and len(screen) % 4 == 0:
            groups.setdefault((len(screen), mob.tolerance_for_point_equality), []).append(k)
    for (count, tolerance), members in groups.items():
        points = np.stack([screens[k][:, :2] for k in members])
        # a curve's end anchor against the next curve's start: np.isclose, as manim
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


def trace_path(ctx, mob: VMobject, screen: np.ndarray, subpaths: list | None) -> None:
    """manim's ``Camera.set_cairo_context_path`` for finite ``screen`` points, with the
    subpaths given (``subpath_splits``; None: found here as manim does)."""
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


class BatchedCamera(Camera):
    """manim's ``Camera``; a frame's subpaths are split in a few numpy passes
    (``subpath_splits``) and each path traced from floats (``trace_path``).  A mobject
    whose points are the ones it had when its path was last traced gets that path back
    from Cairo (``copy_path`` / ``append_path``: most of a picture does not move from one
    frame to the next).  A mobject with points that are not finite goes through manim's
    own code."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._traced: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def display_multiple_non_background_colored_vmobjects(self, vmobjects, pixel_array) -> None:
        ctx = self.get_cairo_context(pixel_array)
        mobjects = list(vmobjects)
        screens: list = []
        paths: list = []
        for mob in mobjects:
            points = mob.points
            traced = self._traced.get(mob)
            same = traced is not None and np.array_equal(traced[0], points)
            paths.append(traced[1] if same else None)
            # points to trace: finite ones not traced as they are
            screens.append(None if same or not np.isfinite(points).all() else points)
        splits = subpath_splits(mobjects, screens)
        for mob, screen, path, subpaths in zip(mobjects, screens, paths, splits, strict=True):
            if path is not None:
                ctx.new_path()
                ctx.append_path(path)
            elif screen is None or not len(screen):
                self.display_vectorized(mob, ctx)
                continue
            else:
                trace_path(ctx, mob, screen, subpaths)
                self._traced[mob] = (screen.copy(), ctx.copy_path())
            self.apply_stroke(ctx, mob, background=True)
            self.apply_fill(ctx, mob)
            self.apply_stroke(ctx, mob)
