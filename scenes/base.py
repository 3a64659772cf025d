"""The base of every normviz scene: background, language, storyboard beats, the numbers
on screen, the one updater, and the frame timeline.

A scene subclasses ``NormvizScene`` (or ``Normviz3DScene``) and

* calls ``self.beat(key)`` where a new idea starts: a manim section named ``key`` and
  the subtitle ``sub_<key>`` in the scene's language, lasting until the next beat and
  cut into cues of at most two short lines (``scenes.cues``), so the ``.srt`` manim
  writes covers the whole video; a beat too short to read its cues is held on its
  last picture until they can be, and at least ``STILL_SECONDS`` after its last
  animation (the last beat, which ends the video, ``CLOSING_STILL_SECONDS``), so that
  every beat ends on a still picture; ``self.read(text)`` holds a paragraph on screen
  long enough to read;
* records what the viewer reads with ``self.show(name, value)`` / ``self.show_next``
  (the generator writes it into the sidecar);
* makes its ValueTrackers with ``self.tracker(name, value)`` and registers its planes
  with ``self.plane(name, axes)``: the base records both for every frame written
  (``scenes.timeline``) and saves them as ``<video>.timeline.json`` beside the video;
* moves its mobjects with ``self.drive(update, *mobjects)``: the update runs every
  frame on a group that is in the scene (an updater on a group that was never added is
  never called, and the video freezes while the numbers move).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from manim import Axes, Mobject, Scene, ThreeDScene, ValueTracker, VGroup, Wait, config

from scenes import theme
from scenes.camera import BatchedCamera
from scenes.cues import cue_seconds, cue_times, cues, subtitle_seconds
from scenes.strings import reading_seconds, text
from scenes.timeline import FrameTimeline

TIMELINE_SUFFIX = ".timeline.json"
#: Every beat ends on a still picture held this long after its last animation.
STILL_SECONDS = 1.0
#: The video ends on its last picture held this long: the answer stays to be read.
CLOSING_STILL_SECONDS = 3.0


class NormvizBase:
    """Mixin for a manim scene class; see the module docstring."""

    lang: str = "en"

    def setup(self) -> None:
        super().setup()
        self.camera.background_color = theme.BACKGROUND_COLOR
        self.shown: dict[str, Any] = {}
        self.beats: list[dict[str, Any]] = []
        self.last_motion_end = 0.0
        #: The current beat's still lasts at least until this time (``hold_to_read``).
        self.read_by = 0.0
        self.timeline = FrameTimeline(self.camera, config.frame_rate,
                                      (config.pixel_width, config.pixel_height),
                                      (config.frame_width, config.frame_height))
        write_frames = self.renderer.add_frame

        def add_frame(frame: Any, num_frames: int = 1) -> None:
            if not self.renderer.skip_animations:
                self.timeline.add_frames(num_frames)
            write_frames(frame, num_frames)

        self.renderer.add_frame = add_frame

    # -- story ---------------------------------------------------------------------------
    def beat(self, key: str, **fields: object) -> None:
        """Start the beat ``key``: a new section, and the subtitle ``sub_<key>``."""
        self._close_beat()
        self.next_section(key)
        self.beats.append({"name": key, "start": self.time,
                           "first_frame": self.timeline.frame_count,
                           "subtitle": text(f"sub_{key}", self.lang, **fields)})

    def play(self, *animations: Any, **kwargs: Any) -> None:
        """manim's play; the end of anything but a wait is the beat's last motion so far."""
        super().play(*animations, **kwargs)
        if not all(isinstance(animation, Wait) for animation in animations):
            self.last_motion_end = self.time

    def read(self, *paragraphs: str) -> None:
        """Hold the picture while ``paragraphs`` on screen are read (``reading_seconds``)."""
        self.wait(reading_seconds(" ".join(paragraphs), self.lang))

    def read_since(self, shown: float, *paragraphs: str) -> None:
        """Hold until ``paragraphs``, on screen since the time ``shown``, can be read."""
        left = reading_seconds(" ".join(paragraphs), self.lang) - (self.time - shown)
        if left > 0:  # whole frames, one more (as base's beats): manim floors a wait's frames
            self.wait((np.ceil(left * config.frame_rate - 1e-9) + 1.5) / config.frame_rate)

    def hold_to_read(self, shown: float, *paragraphs: str) -> None:
        """The current beat's closing still lasts until ``paragraphs``, on screen since the
        time ``shown``, can be read: one hold with the beat's own (two waits in a row can
        differ by the encoder's noise, and read as two pictures)."""
        self.read_by = max(self.read_by,
                           shown + reading_seconds(" ".join(paragraphs), self.lang))

    def read_left(self, words: str | None = None) -> float:
        """Seconds from now until the current beat's subtitle is read up to ``words`` (to
        its end when None): the reading time (``scenes.cues.cue_seconds``) of the cues
        before the one holding ``words`` plus that cue's share before them (by
        characters, in either language), less the time the beat has run; negative when
        read already."""
        beat = self.beats[-1]
        start = 0.0
        for cue in cues(beat["subtitle"], self.lang):
            line = cue.replace("\n", " " if self.lang == "en" else "")
            if words is not None and words in line:
                start += cue_seconds(cue, self.lang) * line.index(words) / len(line)
                break
            start += cue_seconds(cue, self.lang)
        else:
            if words is not None:
                raise AssertionError(f"{words!r} is not in the subtitle of {beat['name']}")
        return start - (self.time - beat["start"])

    def wait_until_read(self, words: str | None = None) -> None:
        """Hold until the current beat's subtitle is read up to ``words`` (``read_left``;
        to its end when None): what the words name appears as they are read."""
        left = self.read_left(words)
        if left > 0:
            self.wait(left)

    def show(self, name: str, value: Any) -> None:
        """Record a number (or a small structure of numbers) that appears on screen."""
        self.shown[name] = value

    def show_next(self, name: str, value: Any) -> None:
        """Append to the list ``name``: one entry per stop of a story that repeats."""
        self.shown.setdefault(name, []).append(value)

    # -- state and motion ----------------------------------------------------------------
    def tracker(self, name: str, value: float) -> ValueTracker:
        """A ValueTracker whose value the timeline records for every frame."""
        tracker = ValueTracker(value)
        self.timeline.track(name, tracker)
        return tracker

    def plane(self, name: str, axes: Axes) -> Axes:
        """Register ``axes``: the timeline records its data-to-pixel map for every frame."""
        self.timeline.plane(name, axes)
        return axes

    def drive(self, update: Callable[[], None], *mobjects: Mobject) -> VGroup:
        """Run ``update`` now and before every frame; it moves ``mobjects``.

        The mobjects are grouped, the updater sits on the group and the group is added to
        the scene (on top), so manim calls it and redraws them every frame.
        """
        group = VGroup(*mobjects)
        update()
        group.add_updater(lambda _group: update())
        self.add(group)
        return group

    def stop_driving(self, group: VGroup, update: Callable[[], None]) -> None:
        """Final state (also when manim skipped the frames), then no more updates."""
        update()
        group.clear_updaters()

    # -- end -----------------------------------------------------------------------------
    def tear_down(self) -> None:
        self._close_beat(CLOSING_STILL_SECONDS)
        super().tear_down()

    def render(self, preview: bool = False) -> bool | None:
        """Render, then write the frame timeline beside the video (when one was written)."""
        result = super().render(preview)
        movie = getattr(self.renderer.file_writer, "movie_file_path", None)
        if movie is not None and Path(movie).exists() and self.timeline.frame_count:
            self.timeline_path = Path(movie).with_suffix(TIMELINE_SUFFIX)
            self.timeline_path.write_text(json.dumps(self.timeline.as_dict(self.beats)),
                                          encoding="utf-8")
        return result

    def _close_beat(self, still_seconds: float = STILL_SECONDS) -> None:
        """End the current beat, holding the picture until its subtitle can be read and
        for ``still_seconds`` after its last animation."""
        if not self.beats or "end" in self.beats[-1]:
            return
        current = self.beats[-1]
        # one frame more than the reading time, in whole frames: manim turns a wait into
        # int(duration * fps) frozen frames, or ceil(duration * fps) drawn ones
        short = max(subtitle_seconds(current["subtitle"], self.lang)
                    - (self.time - current["start"]),
                    still_seconds - (self.time - self.last_motion_end),
                    self.read_by - self.time) + 1 / config.frame_rate
        if short > 1e-9:
            frames = int(np.ceil(short * config.frame_rate - 1e-9))
            self.wait((frames + 0.5) / config.frame_rate)
        current["end"] = self.time
        current["last_frame"] = self.timeline.frame_count - 1
        self.read_by = 0.0
        duration = current["end"] - current["start"]
        if duration > 0:
            for cue, start, end in cue_times(current["subtitle"], self.lang, duration):
                self.add_subcaption(cue, duration=end - start, offset=start - duration)


class NormvizScene(NormvizBase, Scene):
    """A 2-D normviz scene, drawn by ``scenes.camera.BatchedCamera`` (manim's pictures,
    batched)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("camera_class", BatchedCamera)
        super().__init__(**kwargs)


class Normviz3DScene(NormvizBase, ThreeDScene):
    """A 3-D normviz scene (the timeline records the camera's projection every frame)."""
