"""A beat's subtitle cut into cues a player shows and a learner reads.

A cue holds at most ``CUE_LINES`` lines of at most ``LINE_WIDTH[lang]`` characters (42 in
English, 16 in Chinese: the usual broadcast limits). Cues end at a sentence's end where
they can. Lines break between phrases: at a space in English; in Chinese after a comma,
colon or closing bracket, before an opening one, or at a space (around a number or a
formula), and inside a run of Han characters only where a phrase is longer than a line.
A short formula stays whole: a bracketed group such as ``(1, a)`` and both sides of
``=``, ``≤``, ``→`` ... are never cut apart.

A cue of ``n`` characters needs ``max(SHORTEST_CUE, n / READING_RATE[lang])`` seconds
(``cue_seconds``); a beat shows its cues one after another, each for its need plus a
share of the beat's spare time proportional to that need (``cue_times``).
"""

from __future__ import annotations

import re

from scenes.strings import reading_seconds

#: Characters on one line of a cue, per language.
LINE_WIDTH = {"en": 42, "zh": 16}
#: Lines in one cue.
CUE_LINES = 2

_SENTENCE_END = {"en": re.compile(r"(?<=[.!?;:])\s+"), "zh": re.compile(r"(?<=[。！？；：])")}
_HAN = "\u4e00-\u9fff"
_OPENING = "（《“‘"
_CLOSING = "，。：；！？、）》”’"
#: Where a Chinese line breaks first: after closing punctuation, before an opening
#: bracket; then, in a phrase longer than a line, at a space (around a number or a
#: formula); then between two Han characters.
_ZH_BREAK = re.compile(rf"(?<=[{_CLOSING}])(?![{_CLOSING}])|(?<![{_OPENING}])(?=[{_OPENING}])")
#: A Chinese phrase cut where it is longer than a line: a Han character, or a run of
#: anything else (a number, a Latin word), with the punctuation that must stay with it.
_ZH_PIECE = re.compile(rf"[{_OPENING}]*(?:[{_HAN}]|[^{_HAN}{_OPENING}{_CLOSING}]+)"
                       rf"[{_CLOSING}]*|[{_OPENING}{_CLOSING}]+")
#: Signs that bind the words on both sides, and the longest bracketed group kept whole.
_BINDING = {"=", "≤", "≥", "<", ">", "→", "↔", "×", "+", "−", "≈", "·", "|"}
_GROUP = 16


def _bind(phrases: list[str]) -> list[str]:
    """Phrases joined where a line must not break: around a binding sign, and inside a
    short bracketed group.  A phrase keeps the space written before it."""
    bound: list[str] = []
    glue = False
    group_start: int | None = None
    for phrase in phrases:
        word = phrase.strip()
        if bound and (glue or word in _BINDING):
            bound[-1] += phrase
        else:
            bound.append(phrase)
        glue = word in _BINDING
        if word.startswith("(") and word.count("(") > word.count(")"):
            group_start = len(bound) - 1
        if group_start is not None and word.endswith(")"):
            group = "".join(bound[group_start:])
            if len(group.strip()) <= _GROUP:
                bound[group_start:] = [group]
            group_start = None
    return bound


def _phrases(sentence: str, lang: str) -> list[str]:
    """The units a line is filled with, each with the space written before it."""
    pattern = re.compile(r"(\s+)") if lang == "en" else _ZH_BREAK
    phrases: list[str] = []
    spaced = False
    for part in pattern.split(sentence.strip()):
        if not part:
            continue
        if part.isspace():
            spaced = True
            continue
        phrases.append((" " if spaced and phrases else "") + part)
        spaced = False
    return _bind(phrases)


def _fill(phrases: list[str], lang: str, width: int) -> list[str]:
    """``phrases`` in lines of at most ``width`` characters, filled greedily; a phrase
    longer than a line is cut into its pieces (Chinese) or stands alone (English)."""
    lines: list[str] = []
    current = ""
    for phrase in phrases:
        candidate = current + phrase if current else phrase.lstrip()
        if len(candidate) <= width:
            current = candidate
            continue
        if lang == "zh" and len(phrase.strip()) > width:
            pieces = [piece for word in _phrases(phrase, "en")
                      for piece in ([word] if len(word.strip()) <= width else
                                    _ZH_PIECE.findall(word))]
            if phrase.startswith(" ") and pieces:
                pieces[0] = " " + pieces[0].lstrip()
            for piece in pieces:
                if current and len(current + piece) > width:
                    lines.append(current.rstrip())
                    current = piece.lstrip()
                else:
                    current = current + piece if current else piece.lstrip()
            continue
        if current:
            lines.append(current.rstrip())
        current = phrase.lstrip()
    if current:
        lines.append(current.rstrip())
    return lines


def wrap(sentence: str, lang: str, most_lines: int | None = None) -> list[str]:
    """``sentence`` in as few lines of at most ``LINE_WIDTH[lang]`` characters as it
    needs, rounded up to a multiple of ``most_lines`` when given, and balanced: the
    narrowest width that keeps that many lines, so that no line is left nearly empty."""
    phrases = _phrases(sentence, lang)
    lines = _fill(phrases, lang, LINE_WIDTH[lang])
    count = len(lines)
    if most_lines:
        count = -(-count // most_lines) * most_lines
    for width in range(LINE_WIDTH[lang] // 2, LINE_WIDTH[lang]):
        narrower = _fill(phrases, lang, width)
        if len(narrower) <= count:
            return narrower
    return lines


def _rest(sentence: str, lines: list[str]) -> str:
    """What of ``sentence`` follows ``lines`` (its first lines), spaces as written."""
    letters = sum(len(re.sub(r"\s", "", line)) for line in lines)
    for index, char in enumerate(sentence):
        if letters == 0:
            return sentence[index:].strip()
        if not char.isspace():
            letters -= 1
    return ""


def cues(subtitle: str, lang: str) -> list[str]:
    """``subtitle`` as cues of at most ``CUE_LINES`` lines joined by newlines; a sentence
    starts a new cue unless it fits beside the one before."""
    joiner = " " if lang == "en" else ""
    subtitle = re.sub(r"\s*\n\s*", joiner, subtitle.strip())  # the cues break the lines
    sentences = [part.strip() for part in _SENTENCE_END[lang].split(subtitle)
                 if part.strip()]
    result: list[str] = []
    current = ""
    for sentence in sentences:
        if current and len(wrap(current + joiner + sentence, lang)) <= CUE_LINES:
            current += joiner + sentence
            continue
        if current:
            result.append("\n".join(wrap(current, lang)))
        current = sentence
        while len(wrap(current, lang)) > CUE_LINES:
            head = wrap(current, lang, CUE_LINES)[:CUE_LINES]
            result.append("\n".join(head))
            current = _rest(current, head)
    if current:
        result.append("\n".join(wrap(current, lang)))
    return result or [subtitle]


def cue_seconds(cue: str, lang: str) -> float:
    """How long one cue must stay on screen: ``max(SHORTEST_CUE, characters / rate)``
    (``strings.reading_seconds``: in Chinese, white space is not read)."""
    return reading_seconds(cue, lang)


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
