"""Beats of a storyboard: each beat is a manim section and one subtitle.

A scene mixes ``Storyboard`` in before its manim base class and calls ``self.beat(key)``
where a new idea starts.  The beat opens a manim section named ``key`` and a subtitle
``sub_<key>`` from the strings table in the scene's language; the subtitle lasts until
the next beat or the end of the scene, so the ``.srt`` file manim writes next to the
video covers the whole video without gaps.

``self.show(name, value)`` records a number the viewer sees (JSON-ready: floats,
lists, dicts), ``self.show_next(name, value)`` one more entry of a list of them; the
generator writes them into the render's sidecar JSON.
"""

from __future__ import annotations

from typing import Any

from scenes.strings import text


class Storyboard:
    """Mixin for ``Scene`` subclasses: named beats (sections + subtitles) and shown numbers."""

    lang: str = "en"

    def setup(self) -> None:
        super().setup()
        self.shown: dict[str, Any] = {}
        self.beats: list[dict[str, Any]] = []

    def beat(self, key: str, **fields: object) -> None:
        """Start the beat ``key``: a new section, and the subtitle ``sub_<key>``."""
        self._close_beat()
        self.next_section(key)
        self.beats.append(
            {"name": key, "start": self.time, "subtitle": text(f"sub_{key}", self.lang, **fields)}
        )

    def show(self, name: str, value: Any) -> None:
        """Record a number (or a small structure of numbers) that appears on screen."""
        self.shown[name] = value

    def show_next(self, name: str, value: Any) -> None:
        """Append to the list ``name``: one entry per stop of a story that repeats."""
        self.shown.setdefault(name, []).append(value)

    def tear_down(self) -> None:
        self._close_beat()
        super().tear_down()

    def _close_beat(self) -> None:
        if not self.beats or "end" in self.beats[-1]:
            return
        current = self.beats[-1]
        current["end"] = self.time
        duration = current["end"] - current["start"]
        if duration > 0:
            self.add_subcaption(current["subtitle"], duration=duration, offset=-duration)
