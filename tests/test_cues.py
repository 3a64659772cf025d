"""Every subtitle of the lesson, cut into cues: at most two lines a player can show, the
text kept whole and in order, each cue on screen long enough to read."""

from __future__ import annotations

import itertools
import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenes.cues import (
    CUE_LINES,
    LINE_WIDTH,
    ZH_MEASURED,
    ZH_WORDS,
    cue_seconds,
    cue_times,
    cues,
    subtitle_seconds,
)
from scenes.strings import READING_RATE, SHORTEST_CUE, STRINGS


class _Blank(dict):
    """Placeholders as a number, as the scenes fill them (``0.50`` unless told)."""

    def __init__(self, number: str = "0.50"):
        super().__init__()
        self.number = number

    def __missing__(self, key: str) -> str:
        return self.number


def _subtitles(lang: str, number: str = "0.50") -> list[str]:
    return [string.Formatter().vformat(line, (), _Blank(number))
            for key, line in STRINGS[lang].items() if key.startswith("sub_")]


def _cut(subtitle: str) -> str:
    """The subtitle's letters with "|" wherever a cue or one of its lines ends."""
    return "|".join(_letters(line) for cue in cues(subtitle, "zh") for line in cue.split("\n"))


def _cut_inside(cut: str, word: str) -> bool:
    """Whether a cue or a line ends inside an occurrence of ``word``."""
    return any(f"{word[:k]}|{word[k:]}" in cut for k in range(1, len(word)))


def _letters(line: str) -> str:
    return re.sub(r"\s", "", line)


def _check(subtitle: str, lang: str) -> None:
    pieces = cues(subtitle, lang)
    assert _letters("".join(pieces)) == _letters(subtitle)  # nothing lost, nothing moved
    for cue in pieces:
        lines = cue.split("\n")
        assert 1 <= len(lines) <= CUE_LINES, cue
        for line in lines:
            assert line == line.strip() and line
            assert len(line) <= LINE_WIDTH[lang] or " " not in line.strip(), line


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_subtitle_cuts_into_short_cues(lang):
    for subtitle in _subtitles(lang):
        _check(subtitle, lang)


def test_a_long_english_sentence_becomes_balanced_two_line_cues():
    sentence = " ".join(["word"] * 40)  # 199 characters
    pieces = cues(sentence, "en")
    assert len(pieces) == 3
    widths = [len(line) for cue in pieces for line in cue.split("\n")]
    assert max(widths) - min(widths) <= 10


def test_chinese_lines_neither_end_with_an_opening_bracket_nor_start_with_a_comma():
    subtitle = "两种 λ 尺度不同（这里 λ = 5.00，那里 λ = 1.28），所以不能直接比较两个数。" * 2
    for cue in cues(subtitle, "zh"):
        for line in cue.split("\n"):
            assert not line.endswith(("（", "(")) and not line.startswith(("，", "）", "。"))


def test_a_short_lead_in_takes_the_clauses_that_fit_and_cues_end_at_clauses():
    subtitle = "放松惩罚：LASSO 逐个纳入特征，岭回归让所有系数同时变为非零"
    assert cues(subtitle, "zh") == ["放松惩罚：LASSO\n逐个纳入特征，",
                                    "岭回归让所有系数同时变为非零"]
    english = ("Zoomed ×4: the thin contour runs almost along the diamond's edge, yet touches "
               "only its corner at (0.50, 0.50), exactly")
    for cue in cues(english, "en"):
        assert cue.endswith((",", ":", "exactly")) and "(0.50, 0.50)" in english


def test_a_long_chinese_run_breaks_after_a_particle_not_inside_a_word():
    subtitle = "所有系数中的一部分在这时被压到了零而另一部分只是变小了"
    lines = [line for cue in cues(subtitle, "zh") for line in cue.split("\n")]
    assert all(line.endswith(tuple("的了是在和与或而把被从到向给让时后就也都只但并及其为")) or
               line == lines[-1] for line in lines), lines


def test_a_chinese_line_cut_after_a_formula_keeps_no_trailing_space():
    subtitle = "惩罚再拉回到 (β − v)²/2 + λ × 惩罚 的最小点：其余不变。"
    _check(subtitle, "zh")


@pytest.mark.parametrize("number", ["0", "2", "0.5", "0.50", "10.62", "100.00", "1,000,000"])
def test_no_chinese_subtitle_is_cut_inside_a_word(number):
    """Every Chinese subtitle, its numbers filled at several widths: no cue and no line
    ends inside a word of ``ZH_WORDS``, a numeral with its measure word, "−grad f" or a
    short full-width bracketed group."""
    for subtitle in _subtitles("zh", number):
        cut = _cut(subtitle)
        # a bracketed group with the punctuation after it that fits on a line
        groups = [_letters(group) for group in re.findall(r"（[^（）]*）[，。：；！？]*", subtitle)
                  if len(group) <= LINE_WIDTH["zh"]]
        words = [*ZH_WORDS, *re.findall(ZH_MEASURED, _letters(subtitle)), "−gradf", *groups]
        for word in words:
            assert not _cut_inside(cut, word), (word, cut)


@pytest.mark.parametrize(("subtitle", "word"), [
    ("放大 4 倍：细长的等高线几乎沿着菱形的边，却只碰到它的角", "等高线"),
    ("右图：零系数占比始终不低于 16%，所以 n 越大，有零的占比越接近 1", "始终"),
    ("原因（特征正交时的一维情形）：岭回归把每个拟合连同噪声除以 1 + λ2；"
     "LASSO 只平移 λ1，离散程度不变", "噪声"),
    ("现在损失转一圈：看两个最优解如何跟着动", "两个"),
    ("每个球的第一个接触点就是最优解：坐标见下方", "就是"),
])
def test_a_word_the_lines_used_to_cut_stays_whole(subtitle, word):
    """Regressions: each of these was cut inside the word before."""
    _check(subtitle, "zh")
    assert not _cut_inside(_cut(subtitle), word), _cut(subtitle)


@pytest.mark.parametrize(("subtitle", "group"), [
    ("t < 3.162（c 的 L2 范数）时圆才起约束；之前 L2 最优解就是 c", "（c 的 L2 范数）"),
    ("t = 4「c 的 L1 范数」时两个球都包含 c，之后 L1 先起约束", "「c 的 L1 范数」"),
    ("L2 把所有柱子按同一比例缩小，直到用完预算（这里乘以 0.50）：没有一根到 0",
     "（这里乘以 0.50）："),
    ("改用惩罚：因为 −grad f = λs，L1 惩罚后的损失在 β* 处没有下降方向", "−grad f = λs，"),
])
def test_a_full_width_bracketed_group_and_an_operator_stay_on_one_line(subtitle, group):
    """（…） and 「…」 are bound like ASCII brackets; "−grad f" like a formula."""
    _check(subtitle, "zh")
    assert any(group in line for cue in cues(subtitle, "zh") for line in cue.split("\n"))


@given(st.text(alphabet=st.sampled_from(list("abc de. fg, hij: ")), max_size=300),
       st.floats(min_value=0.0, max_value=30.0))
def test_cue_times_cover_the_beat_and_give_each_cue_its_reading_time(text, spare):
    if not text.strip():
        return
    _check(text, "en")
    duration = subtitle_seconds(text, "en") + spare
    times = cue_times(text, "en", duration)
    assert times[0][1] == 0.0 and abs(times[-1][2] - duration) < 1e-9
    for (_, _, end), (_, later, _) in itertools.pairwise(times):
        assert end == later
    for cue, start, end in times:
        need = max(SHORTEST_CUE, len(cue) / READING_RATE["en"])
        assert end - start >= need - 1e-9 and cue_seconds(cue, "en") == need
