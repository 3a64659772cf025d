"""A beat's subtitle cut into cues a player shows and a learner reads.

A cue holds at most ``CUE_LINES`` lines of at most ``LINE_WIDTH[lang]`` characters (42 in
English, 16 in Chinese: the usual broadcast limits). Cues end at a sentence's end where
they can, lines at a space (English) or between two characters (Chinese, where a run of
Latin letters, digits and symbols such as ``72.61 %`` or ``(2, 0)`` stays whole).

A cue of ``n`` characters needs ``max(SHORTEST_CUE, n / READING_RATE[lang])`` seconds
(``cue_seconds``); a beat shows its cues one after another, each for its need plus a
share of the beat's spare time proportional to that need (``cue_times``).
"""

from __future__ import annotations

import re

from scenes.strings import READING_RATE, SHORTEST_CUE

#: Characters on one line of a cue, per language.
LINE_WIDTH = {"en": 42, "zh": 16}
#: Lines in one cue.
CUE_LINES = 2

_SENTENCE_END = {"en": re.compile(r"(?<=[.!?;:])\s+"), "zh": re.compile(r"(?<=[。！？；：])")}
_HAN = "\u4e00-\u9fff"
_OPENING = re.escape("（《“‘([")
_CLOSING = re.escape("，。：；！？、）》”’)]")
#: Chinese tokens: a Han character, or a run of anything else without a space or Han in
#: it (a number with its unit, a formula, a Latin word), with the opening bracket before
#: it and the punctuation after it (a line neither ends in "（" nor starts with "，"),
#: or a space.
_ZH_TOKEN = re.compile(rf"[{_OPENING}]*(?:[{_HAN}]|[^\s{_HAN}{_OPENING}{_CLOSING}]+)"
                       rf"[{_CLOSING}]*|[{_OPENING}{_CLOSING}]+|\s+")


def _size(line: str, lang: str) -> int:
    """Characters read: all in English, all but white space in Chinese."""
    return len(re.sub(r"\s", "", line)) if lang == "zh" else len(line)


def _tokens(sentence: str, lang: str) -> list[str]:
    if lang == "zh":
        return _ZH_TOKEN.findall(sentence)
    return re.findall(r"\S+|\s+", sentence)


def _fill(sentence: str, lang: str, width: int) -> list[str]:
    """``sentence`` in lines of at most ``width`` characters, filled greedily (a single
    token longer than a line gets a line of its own)."""
    lines: list[str] = []
    current = ""
    for token in _tokens(sentence, lang):
        if token.isspace():
            if current:
                current += " "
            continue
        candidate = current + token
        if current and len(candidate.rstrip()) > width:
            lines.append(current.rstrip())
            current = token
        else:
            current = candidate
    if current.strip():
        lines.append(current.rstrip())
    return lines


def wrap(sentence: str, lang: str, most_lines: int | None = None) -> list[str]:
    """``sentence`` in as few lines of at most ``LINE_WIDTH[lang]`` characters as it
    needs, rounded up to a multiple of ``most_lines`` when given, and balanced: the
    narrowest width that keeps that many lines, so that no line is left nearly empty."""
    lines = _fill(sentence, lang, LINE_WIDTH[lang])
    count = len(lines)
    if most_lines:
        count = -(-count // most_lines) * most_lines
    for width in range(1, LINE_WIDTH[lang]):
        narrower = _fill(sentence, lang, width)
        if len(narrower) <= count:
            return narrower
    return lines


def cues(subtitle: str, lang: str) -> list[str]:
    """``subtitle`` as cues of at most ``CUE_LINES`` lines joined by newlines; a sentence
    starts a new cue unless it fits beside the one before."""
    sentences = [part.strip() for part in _SENTENCE_END[lang].split(subtitle.strip())
                 if part.strip()]
    joiner = " " if lang == "en" else ""
    result: list[str] = []
    current: list[str] = []
    for sentence in sentences:
        merged = wrap(joiner.join([*current, sentence]), lang) if current else []
        if current and len(merged) <= CUE_LINES:
            current.append(sentence)
            continue
        if current:
            result.append("\n".join(wrap(joiner.join(current), lang)))
        lines = wrap(sentence, lang, CUE_LINES)
        while len(lines) > CUE_LINES:
            result.append("\n".join(lines[:CUE_LINES]))
            lines = lines[CUE_LINES:]
        current = [_join(lines, lang)]
    if current:
        result.append("\n".join(wrap(joiner.join(current), lang)))
    return result or [subtitle]


def _join(lines: list[str], lang: str) -> str:
    """Lines back into one sentence: a space between two lines unless both sides of the
    break are Chinese characters or punctuation."""
    text = lines[0]
    for line in lines[1:]:
        han_break = lang == "zh" and (re.match(rf"[{_HAN}{_CLOSING}{_OPENING}]", line)
                                      or re.search(rf"[{_HAN}{_CLOSING}{_OPENING}]$", text))
        text += ("" if han_break else " ") + line
    return text


def cue_seconds(cue: str, lang: str) -> float:
    """How long one cue must stay on screen: ``max(SHORTEST_CUE, characters / rate)``."""
    return max(SHORTEST_CUE, _size(cue, lang) / READING_RATE[lang])


def subtitle_seconds(subtitle: str, lang: str) -> float:
    """How long a beat must last for all of its cues to be read."""
    return sum(cue_seconds(cue, lang) for cue in cues(subtitle, lang))


def cue_times(subtitle: str, lang: str, duration: float) -> list[tuple[str, float, float]]:
    """The cues of a beat lasting ``duration`` seconds, as ``(cue, start, end)`` from the
    beat's start: each cue gets its need and a share of the spare time in proportion."""
    needs = [(cue, cue_seconds(cue, lang)) for cue in cues(subtitle, lang)]
    total = sum(need for _, need in needs)
    scale = duration / total
    times = []
    start = 0.0
    for cue, need in needs:
        end = start + need * scale
        times.append((cue, start, end))
        start = end
    return times
