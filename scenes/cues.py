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
(``cue_seconds``); a beat shows its cues one after another from its start, each for its
need, the last until the beat ends (``cue_times``).
"""

from __future__ import annotations

import functools
import itertools
import math
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
ZH_WORDS = ("最小二乘", "最小值点", "弹性网络", "等高线", "最优解", "岭回归", "小批量", "真实值",
            "坐标", "方法", "方向", "只要",
            "次梯度", "坐标轴", "对角线", "八面体", "正方形", "接触点", "双胞胎", "拟合出",
            "不低于", "始终", "系数", "损失", "噪声", "梯度", "范数", "预算", "特征", "惩罚",
            "拟合", "收缩", "楔形", "菱形", "扇形", "法向", "法线", "占比", "不再", "就是",
            "到不了", "数据", "样本", "距离", "星号", "变号", "平均", "散布", "摆动", "直到",
            "均摊", "斜率",
            "达到", "放大", "只有", "相同", "相近", "时间", "角外", "步中", "个里",
            "低于", "大于", "小于", "高于", "这么多个", "略大于", "相应", "零系数", "长度", "实际",
            "射线", "落在", "停在", "箭头", "实际长度", "最小二乘解", "一直",
            "相关系数", "平均距离")
#: Chinese measure words (a number's unit: 个, 根, 条 ...).
_ZH_MEASURES = "个根条种次倍片步"
#: A Chinese numeral (or 每, 各, 这, 那) with its measure word: 两个, 每根, 一条.
ZH_MEASURED = f"[一两二三四五六七八九十几每各这那][{_ZH_MEASURES}]"
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
#: Chinese particles and function words after which a run of Han characters may break,
#: the prepositions and adverbs before which it may ("就是/把每根柱子都减去"), and the
#: particles that tie a modifier to the word after it (a break there parts the two).
_ZH_PARTICLES = set("了是时后其为着过")
_ZH_MODIFIER = set("的地得")
_ZH_LEADING = set("把被从给让对和与或而但并及就都也只沿")
#: A one-letter symbol ("s", "λ", "β*", "∇"): a Chinese line never ends with one, nor starts
#: with one cut from the words after it ("这么多个 / s 首尾相接").
_LONE_SYMBOL = re.compile(r"[A-Za-zΑ-Ωα-ωΔ∇][*₁₂]?")
#: A number as written on screen: "0.50", "1,500", "72.61%".
_NUMBER = re.compile(r"[−-]?[\d.,]+%?")
#: The cost of a Chinese line break: after Chinese punctuation, before an opening
#: bracket, at a space between a formula and Chinese (``_space_cost`` says which spaces
#: count as between two words, or more), after a particle, after 的, between two words.
_ZH_COST = {"punctuation": 0.0, "bracket": 1.0, "space": 3.0, "particle": 3.0,
            "modifier": 5.0, "word": 6.0}
#: Particles that belong to the word before them: a line never starts with one.
_ZH_TRAILING = "的地得了着过时吗呢吧"
#: The cost of a bad Chinese line (a lone formula, a scrap, a bad first character), and
#: of each character of room left on a line, squared.
_ZH_BAD = 1000.0
_ZH_EVEN = 0.02


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


def _is_han(piece: str) -> bool:
    """Whether ``piece`` starts (after any opening bracket) with a Han character."""
    return bool(re.match(rf"[{_OPENING}]*[{_HAN}]", piece))


def _fill(phrases: list[str], width: int) -> list[str]:
    """``phrases`` (English words) in lines of at most ``width`` characters, filled
    greedily; a word longer than a line stands alone."""
    lines: list[str] = []
    current = ""
    for phrase in phrases:
        candidate = current + phrase if current else phrase.lstrip()
        if len(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current.rstrip())
        current = phrase.lstrip()
    if current:
        lines.append(current.rstrip())
    return lines


def _space_cost(before: str, word: str) -> float:
    """The cost of a Chinese line break at the space between ``before`` and ``word``: a
    formula after Chinese ("最小二乘 / 沿 β1 − β2") or a word that opens a phrase after
    a formula ("β1 − β2 / 只有", "(L1) / 与岭回归") is a phrase boundary; a formula after
    的/地/得 is the noun it modifies ("的 β2"), a name before its word ("L1 最优解") and
    a number after its word ("回到 0") are kept as between two words."""
    before, word = before.strip(), word.strip()
    if _is_han(word) and (word[:1] in _ZH_LEADING or " " in before):
        return _ZH_COST["space"]
    if _is_han(before[-1:]) and not _NUMBER.match(word):
        return _ZH_COST["word"] + 1.0 if before[-1:] in _ZH_MODIFIER else _ZH_COST["space"]
    if before.split()[-1:] in (["L1"], ["L2"]) and _is_han(word):
        return _ZH_COST["word"] + 2.0  # a norm's name is part of the noun: "L1 最优解"
    return _ZH_COST["word"]


def _zh_atoms(sentence: str) -> list[tuple[str, float]]:
    """``sentence`` (Chinese) as the pieces a line is built of, each with the space written
    before it and the cost of a line break before it (``_ZH_COST``): none after Chinese
    punctuation, a little before an opening bracket, more at a space between a formula and
    a Chinese word, more after a particle, most between two Chinese words; a bound formula
    (``|v| ≤ λ = 1``), a number with its word, a short bracketed group, a word of
    ``ZH_WORDS``, a numeral with its measure word and a lone symbol with the words after
    it (``_LONE_SYMBOL``) are never cut."""
    atoms: list[tuple[str, float]] = []
    for phrase in _phrases(sentence, "zh"):
        first = True
        for word in _phrases(phrase, "en", LINE_WIDTH["zh"]):
            head = (_ZH_COST["bracket"] if phrase.lstrip()[:1] in _OPENING
                    else _ZH_COST["punctuation"]) if first else _space_cost(atoms[-1][0], word)
            if not first and _NUMBER.fullmatch(atoms[-1][0].split()[-1]) and _is_han(word.strip()):
                head = _ZH_BAD  # a number and the word it counts: "0.50 个小批量"
            first = False
            if _is_group(word) or not re.search(rf"[{_HAN}]", word):
                atoms.append((word, head))
                continue
            pieces = _ZH_PIECE.findall(word.strip())
            pieces[0] = word[:len(word) - len(word.lstrip())] + pieces[0]
            atoms.append((pieces[0], head))
            for before, piece in itertools.pairwise(pieces):
                glued = not (_is_han(before.strip()) and _is_han(piece))  # "0.50 根", "λ = 1 时"
                last = before.rstrip(_CLOSING)[-1:]
                atoms.append((piece, _ZH_BAD if glued else _ZH_COST["modifier"]
                              if last in _ZH_MODIFIER else _ZH_COST["particle"]
                              if last in _ZH_PARTICLES or piece[:1] in _ZH_LEADING
                              else _ZH_COST["word"]))
    for index in range(1, len(atoms) - 1):
        text = atoms[index][0]
        # a word that opens a phrase ("沿", "都") never ends a line, nor does a measure
        # word after a number ("4 条 / 射线")
        word, before = text.strip(), atoms[index - 1][0].split()
        if word in _ZH_LEADING or (len(word) == 1 and word in _ZH_MEASURES and before
                                   and _NUMBER.fullmatch(before[-1])):
            atoms[index + 1] = (atoms[index + 1][0], _ZH_BAD)
        # a lone symbol stays with its words
        if _LONE_SYMBOL.fullmatch(word):
            atoms[index + 1] = (atoms[index + 1][0], _ZH_BAD)
            if _is_han(atoms[index + 1][0].strip()) and atoms[index - 1][0][-1:] not in _CLOSING:
                atoms[index] = (text, _ZH_BAD)
    return [(text, 0.0 if index == 0 else cost) for index, (text, cost) in enumerate(atoms)]


def _zh_line_cost(atoms: list[tuple[str, float]], whole: bool) -> float:
    """The cost of a line made of ``atoms`` (``whole`` when it is the only line): infinite
    when it is too long (unless one piece), ``_ZH_BAD`` when it starts with closing
    punctuation or a particle that belongs to the word before (的, 时, 了 ...), when it
    holds no Chinese word (a lone number, formula or Latin name) or only one or two
    characters; plus the square of the room left, so that lines come out even."""
    line = "".join(text for text, _ in atoms).strip()
    if len(line) > LINE_WIDTH["zh"] and len(atoms) > 1:
        return math.inf
    bad = 0.0 if whole else _ZH_BAD * (
        (line[:1] in _CLOSING + _ZH_TRAILING) + (not re.search(rf"[{_HAN}]", line))
        + (len(re.sub(r"\s", "", line)) <= 2))
    return bad + _ZH_EVEN * max(0, LINE_WIDTH["zh"] - len(line)) ** 2


@functools.lru_cache(maxsize=4096)
def _zh_lines(sentence: str, most: int | None) -> tuple[tuple[str, ...], float]:
    """``sentence`` in the fewest lines it fits in (rounded up to a multiple of ``most``
    when given), broken where the sum of the break costs and the line costs is least
    (dynamic programming over the pieces of ``_zh_atoms``, one more line at a time until
    that count is reached); and the sum of the costs of its breaks."""
    atoms = _zh_atoms(sentence)
    count = len(atoms)
    if count == 0:
        return (), 0.0
    # best[k][i]: the least cost of the first i pieces in k lines, and where line k starts
    best = [[(0.0, 0)] + [(math.inf, 0)] * count]
    fewest = target = None
    while target is None or len(best) <= target:
        row = [(math.inf, 0)] * (count + 1)
        for end in range(1, count + 1):
            for start in range(end - 1, -1, -1):
                line = atoms[start:end]
                if len("".join(t for t, _ in line).strip()) > LINE_WIDTH["zh"] and end - start > 1:
                    break
                cost = (best[-1][start][0] + line[0][1]
                        + _zh_line_cost(line, start == 0 and end == count))
                if cost < row[end][0]:
                    row[end] = (cost, start)
        best.append(row)
        lines = len(best) - 1
        if fewest is None and row[count][0] < _ZH_BAD:
            fewest = lines
        elif fewest is None and lines == count:  # nothing under _ZH_BAD: the first that fits
            fewest = next(k for k in range(1, count + 1) if best[k][count][0] < math.inf)
        if fewest is not None and target is None:
            target = min(-(-fewest // most) * most if most else fewest, count)
    lines_used = min(range(1, target + 1), key=lambda k: best[k][count][0])
    result, end, breaks = [], count, 0.0
    for k in range(lines_used, 0, -1):
        start = best[k][end][1]
        result.append("".join(text for text, _ in atoms[start:end]).strip())
        breaks += atoms[start][1]
        end = start
    return tuple(result[::-1]), breaks


def wrap(sentence: str, lang: str, most_lines: int | None = None) -> list[str]:
    """``sentence`` in as few lines of at most ``LINE_WIDTH[lang]`` characters as it
    needs, rounded up to a multiple of ``most_lines`` when given, and balanced. English:
    the narrowest width that keeps that many lines, so that no line is left nearly empty.
    Chinese: the breaks of least cost (``_zh_lines``): at phrase ends, never leaving a
    lone number or a one- or two-character scrap on a line."""
    if lang == "zh":
        return list(_zh_lines(sentence, most_lines)[0])
    phrases = _phrases(sentence, lang)
    lines = _fill(phrases, LINE_WIDTH[lang])
    count = len(lines)
    if most_lines:
        count = -(-count // most_lines) * most_lines
    for width in range(LINE_WIDTH[lang] // 2, LINE_WIDTH[lang]):
        narrower = _fill(phrases, width)
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

    def joins(head: str, tail: str) -> bool:
        """Whether ``head`` and ``tail`` fill one cue together; in Chinese, only where
        their lines break no worse than each of them alone, bar a bracket (``_ZH_COST``),
        so that two short clauses break their lines at the punctuation between them, and
        never where ``tail`` is the lead-in of a new sentence ("左图：")."""
        text = head + joiner + tail
        if lang != "zh":
            return fits(text)
        if tail.endswith("：") and head.endswith(tuple(_SENTENCE_END["zh"])):
            return False  # a new sentence's lead-in ("左图：") starts a cue
        lines, breaks = _zh_lines(text, None)
        return len(lines) <= CUE_LINES and breaks <= (
            _zh_lines(head, None)[1] + _zh_lines(tail, None)[1] + _ZH_COST["bracket"])

    result: list[str] = []
    current = ""
    for sentence in _split_after(subtitle, lang, _SENTENCE_END[lang]):
        if current and joins(current, sentence):
            current += joiner + sentence
            continue
        parts = _split_after(sentence, lang, _CLAUSE_END[lang])
        if current and len(wrap(current, lang)) == 1:
            while parts and joins(current, parts[0]):
                current += joiner + parts.pop(0)
        if parts and current:
            result.append("\n".join(wrap(current, lang)))
            current = ""
        for part in parts:
            if current and joins(current, part):
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
    beat's start: each cue for its need, one after another from the beat's start, the last
    held to the beat's end.  So a cue is on screen when ``NormvizBase.read_left`` says its
    words are read, and what a scene brings in as its words are read comes with them
    (spread over a longer beat, the words would run behind the picture)."""
    needs = [(cue, cue_seconds(cue, lang)) for cue in cues(subtitle, lang)]
    times = []
    start = 0.0
    for index, (cue, need) in enumerate(needs):
        end = duration if index == len(needs) - 1 else start + need
        times.append((cue, start, end))
        start = end
    return times
