"""A beat's subtitle cut into cues a player shows and a learner reads.

A cue holds at most ``CUE_LINES`` lines of at most ``LINE_WIDTH[lang]`` characters (42 in
English, 16 in Chinese: the usual broadcast limits). Cues end at the end of a clause (a
sentence, or a part of one closed by a comma, colon or semicolon outside brackets): as
many whole clauses as fit; a clause longer than a cue is cut between its lines. Lines
break between phrases: at a space in English; in Chinese after a comma, colon or closing
bracket, before an opening one, or at a space (around a number or a formula), and inside
a run of Han characters only where a phrase is longer than a line, then after a particle
such as 的 or 是 where it can, and never inside a word of ``ZH_WORDS`` (the lesson's
terms: 等高线, 最优解 ...) or a numeral with its measure word (两个), so that a word is not
cut in two.
A short formula stays whole: a bracketed group such as ``(1, a)``, ``（c 的 L2 范数）`` or
``「…」``, both sides of ``=``, ``≤``, ``→`` ... and an operator with its argument
(``−grad f``) are never cut apart.

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

#: Where a sentence ends, and where a clause ends: after this punctuation (in English only
#: where a space follows), outside brackets.
_SENTENCE_END = {"en": ".!?;:", "zh": "。！？；："}
_CLAUSE_END = {"en": ".!?;:,", "zh": "。！？；：，"}
_OPEN_BRACKETS, _CLOSE_BRACKETS = "([{（「『", ")]}）」』"
_HAN = "\u4e00-\u9fff"
_OPENING = "（《“‘「『"
_CLOSING = "，。：；！？、）》”’」』"
#: Chinese words a line never cuts: the lesson's terms and the short words a line was
#: cut inside before (a run of Han characters has no spaces to show where a word ends).
ZH_WORDS = ("最小二乘", "最小值点", "弹性网络", "等高线", "最优解", "岭回归", "小批量",
            "次梯度", "坐标轴", "对角线", "八面体", "正方形", "接触点", "双胞胎", "拟合出",
            "不低于", "始终", "系数", "损失", "噪声", "梯度", "范数", "预算", "特征", "惩罚",
            "拟合", "收缩", "楔形", "菱形", "扇形", "法向", "法线", "占比", "不再", "就是",
            "到不了", "数据", "样本", "距离", "星号", "变号", "平均", "散布", "摆动")
#: A Chinese numeral (or 每, 各, 这, 那) with its measure word: 两个, 每根, 一条.
ZH_MEASURED = "[一两二三四五六七八九十几每各这那][个根条种次倍片步]"
#: Where a Chinese line breaks first: after closing punctuation, before an opening
#: bracket; then, in a phrase longer than a line, at a space (around a number or a
#: formula); then between two Han characters.
_ZH_BREAK = re.compile(rf"(?<=[{_CLOSING}])(?![{_CLOSING}])|(?<![{_OPENING}])(?=[{_OPENING}])")
#: A Chinese phrase cut where it is longer than a line: a word of ``ZH_WORDS`` (longest
#: first), a numeral with its measure word, a Han character, or a run of anything else (a
#: number, a Latin word), with the punctuation that must stay with it.
_ZH_PIECE = re.compile(rf"[{_OPENING}]*(?:{'|'.join(sorted(ZH_WORDS, key=len, reverse=True))}"
                       rf"|{ZH_MEASURED}|[{_HAN}]"
                       rf"|[^{_HAN}{_OPENING}{_CLOSING}]+)[{_CLOSING}]*|[{_OPENING}{_CLOSING}]+")
#: Signs that bind the words on both sides, and the longest bracketed group kept whole.
_BINDING = {"=", "≤", "≥", "<", ">", "→", "↔", "×", "+", "−", "≈", "·", "|"}
_GROUP = 16
#: Operator names written before their argument ("−grad f"): bound to the word after.
_OPERATORS = ("grad",)
#: Chinese particles and function words after which a run of Han characters may break.
_ZH_PARTICLES = set("的了是在和与或而把被从到向给让时后就也都只但并及其为")
#: A number as written on screen: "0.50", "1,500", "72.61%".
_NUMBER = re.compile(r"[−-]?[\d.,]+%?")
#: The longest run of Han characters kept whole when it has no particle.
_HAN_GROUP = 8


def _depth(text: str) -> int:
    """Brackets ``text`` opens and does not close (ASCII and full-width)."""
    return sum(char in _OPEN_BRACKETS for char in text) - sum(
        char in _CLOSE_BRACKETS for char in text)


def _is_group(word: str) -> bool:
    """Whether ``word`` is a whole bracketed group ("(1, a)", "（c 的 L2 范数）：") short
    enough (``_GROUP``) to be kept on one line."""
    word = word.strip()
    return (word[:1] in _OPEN_BRACKETS and _depth(word) == 0 and len(word) <= _GROUP)


def _bind(phrases: list[str], width: int) -> list[str]:
    """Phrases joined where a line must not break: around a binding sign, after an
    operator name ("−grad f"), between a number and the Chinese word after it
    ("0.50 个"), and inside a short bracketed group ("(1, a)", "（c 的 L2 范数）",
    "「…」"); a formula longer than a line (``width``) is cut after a sign. A phrase
    keeps the space written before it."""
    bound: list[str] = []
    glue = False
    group_start: int | None = None
    for phrase in phrases:
        word = phrase.strip()
        if bound and len((bound[-1] + phrase).strip()) <= width and (
                glue or word in _BINDING or (
                _NUMBER.fullmatch(bound[-1].split()[-1]) and _is_han(word))):
            bound[-1] += phrase
        else:
            bound.append(phrase)
        glue = word in _BINDING or word.endswith(_OPERATORS)
        if group_start is None and word[:1] in _OPEN_BRACKETS and _depth(word) > 0:
            group_start = len(bound) - 1
        elif group_start is not None and _depth("".join(bound[group_start:])) <= 0:
            group = "".join(bound[group_start:])
            if len(group.strip()) <= _GROUP:
                bound[group_start:] = [group]
            group_start = None
    return bound


def _phrases(sentence: str, lang: str, width: int | None = None) -> list[str]:
    """The units a line is filled with, each with the space written before it (a bound
    formula at most ``width`` long, a line of ``lang`` unless told)."""
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
    return _bind(phrases, width or LINE_WIDTH[lang])


def _han_words(word: str, width: int) -> list[str]:
    """``word`` (longer than a line) in pieces a line may break between: Han characters
    grouped up to and including a particle (``_ZH_PARTICLES``), other runs whole; a group
    of Han characters longer than ``_HAN_GROUP`` (a run with no particle: no sign of where
    its words end) or any piece longer than ``width`` falls back to single characters."""
    groups: list[str] = []
    closed = True
    for piece in _ZH_PIECE.findall(word):
        han = _is_han(piece)
        if han and not closed and groups:
            groups[-1] += piece
        else:
            groups.append(piece)
        closed = not han or piece.rstrip(_CLOSING)[-1] in _ZH_PARTICLES
    return [part for group in groups
            for part in ([group] if len(group) <= (_HAN_GROUP if _is_han(group) else width)
                         else _ZH_PIECE.findall(group))]


def _is_han(piece: str) -> bool:
    """Whether ``piece`` starts (after any opening bracket) with a Han character."""
    return bool(re.match(rf"[{_OPENING}]*[{_HAN}]", piece))


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
            pieces = [piece for word in _phrases(phrase, "en", LINE_WIDTH[lang])
                      for piece in ([word] if len(word.strip()) <= width or _is_group(word)
                                    else _han_words(word, LINE_WIDTH[lang]))]
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


def _split_after(text: str, lang: str, ends: str) -> list[str]:
    """``text`` cut after each of ``ends`` (in English only before a space), never inside
    brackets, so that "(0.50, 0.50)" stays whole."""
    parts: list[str] = []
    start, depth = 0, 0
    for index, char in enumerate(text):
        depth += (char in _OPEN_BRACKETS) - (char in _CLOSE_BRACKETS)
        following = text[index + 1:index + 2]
        if depth <= 0 and char in ends and (lang == "zh" or following.isspace()
                                            or not following):
            parts.append(text[start:index + 1])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def cues(subtitle: str, lang: str) -> list[str]:
    """``subtitle`` as cues of at most ``CUE_LINES`` lines joined by newlines: whole
    sentences while they fit; a sentence that does not fit beside the cue before starts a
    new cue (after a one-line lead-in such as "ρ = 0:" has taken the clauses that fit),
    and one longer than a cue is cut at its clauses, then between lines."""
    joiner = " " if lang == "en" else ""
    subtitle = re.sub(r"\s*\n\s*", joiner, subtitle.strip())  # the cues break the lines

    def fits(text: str) -> bool:
        return len(wrap(text, lang)) <= CUE_LINES

    result: list[str] = []
    current = ""
    for sentence in _split_after(subtitle, lang, _SENTENCE_END[lang]):
        if current and fits(current + joiner + sentence):
            current += joiner + sentence
            continue
        parts = _split_after(sentence, lang, _CLAUSE_END[lang])
        if current and len(wrap(current, lang)) == 1:
            while parts and fits(current + joiner + parts[0]):
                current += joiner + parts.pop(0)
        if parts and current:
            result.append("\n".join(wrap(current, lang)))
            current = ""
        for part in parts:
            if current and fits(current + joiner + part):
                current += joiner + part
                continue
            if current:
                result.append("\n".join(wrap(current, lang)))
            current = part
            while not fits(current):
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
