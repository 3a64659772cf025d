"""Every subtitle of the lesson, cut into cues: at most two lines a player can show, the
text kept whole and in order, each cue on screen long enough to read."""

from __future__ import annotations

import itertools
import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenes.cues import CUE_LINES, LINE_WIDTH, cue_seconds, cue_times, cues, subtitle_seconds
from scenes.strings import READING_RATE, SHORTEST_CUE, STRINGS


class _Blank(dict):
    """Placeholders as a short number, as the scenes fill them."""

    def __missing__(self, key: str) -> str:
        return "0.50"


def _subtitles(lang: str) -> list[str]:
    return [string.Formatter().vformat(line, (), _Blank())
            for key, line in STRINGS[lang].items() if key.startswith("sub_")]


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
