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
    wrap,
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
    assert cues(subtitle, "zh") == ["放松惩罚：\nLASSO 逐个纳入特征，",
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


def _lines(subtitle: str) -> list[str]:
    return [line for cue in cues(subtitle, "zh") for line in cue.split("\n")]


@pytest.mark.parametrize(("subtitle", "phrases"), [
    ("一个圆形损失，n = 10：最小值点记为 c，每根柱子的高度是它的一个坐标的绝对值",
     ["它的一个坐标"]),
    ("对圆形损失，L1 最优解就是把每根柱子都减去同一个 θ，减到 0 为止（原因见右侧）。"
     "θ 线下移直到用完预算：低于 θ 的 4 根变成 0", ["把每根柱子都减去同一个 θ，"]),
    ("每个 n 取 2 万个损失。每个球的预算，都是 c 的范数的一半。左图：L1 置为 0 的系数所占的比例",
     ["^左图："]),
    ("L1 在 0 处的跳跃让 β* 恰好停在 0，直到 g 达到 λ = 1；L2 的斜率 2β 让 β* 立刻离开 0",
     ["立刻离开 0"]),
    ("这就是前面的平衡，只是 g = v，所以门槛相同：|v| ≤ λ = 1 时 L1 恰好为 0，"
     "否则向 0 移动 1。L2：缩小为 1/3，从不为 0", ["|v| ≤ λ = 1 时", "^L2："]),
    ("惩罚的斜率是把权重拉向 0 的力：只要 β ≠ 0，|β| 的斜率大小就是 1；"
     "β² 的斜率 2β 在 0 附近趋于 0", ["|β| 的斜率"]),
    ("放松惩罚：LASSO 逐个纳入特征（每个特征进入时高亮，并在图下标出名字）；"
     "岭回归让所有系数同时变为非零。别的特征进入时，LASSO 的系数也可能回到 0（sex 退出）",
     ["LASSO 逐个纳入特征", "同时变为非零。", "回到 0"]),
    ("L2 两个系数一起收缩，都不为 0。停在 t = 0.8：到 t = 0 两者才都为 0", ["到 t = 0"]),
])
def test_a_chinese_line_breaks_at_a_phrase_boundary(subtitle, phrases):
    """Regressions: each phrase was cut between lines or cues before ("它的/一个坐标",
    "把每根柱子都/减去", "|v| ≤ λ = 1/时", "左图：" at a line's end ...); now it stays on
    one line ("^": at the start of a line)."""
    _check(subtitle, "zh")
    lines = _lines(subtitle)
    for phrase in phrases:
        assert any(line.startswith(phrase[1:]) if phrase.startswith("^") else phrase in line
                   for line in lines), (phrase, lines)


_FORMULA_SIGNS = ("=", "≤", "≥", "<", ">", "→", "×", "+", "−", "≈", "·")


@pytest.mark.parametrize("number", ["0", "2", "0.5", "0.50"])
def test_no_chinese_line_is_a_scrap(number):
    """Every Chinese subtitle, its numbers filled: no line starts with closing punctuation
    or with 的, 时 or 了 (they belong to the line before); no line is a lone number, a
    formula cut at a sign ("|v| ≤ λ =") or a scrap of one or two characters."""
    for subtitle in _subtitles("zh", number):
        for line in _lines(subtitle):
            core = line.strip("，。：；！？、（）()")
            assert line[:1] not in "，。：；！？、）》”’」』的时了", (line, subtitle)
            assert not re.fullmatch(r"[−-]?[\d.,]+%?", core), (line, subtitle)
            assert not core.startswith(_FORMULA_SIGNS), (line, subtitle)
            assert not core.endswith(_FORMULA_SIGNS), (line, subtitle)
            assert len(_letters(line)) > 2, (line, subtitle)


def test_an_empty_chinese_sentence_has_no_lines():
    """Nothing to break gives no line (the least-cost search has no piece to place)."""
    assert wrap("", "zh") == [] and wrap("   ", "zh") == []
