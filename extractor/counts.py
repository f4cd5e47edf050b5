"""Counts and measures: ``20个重大产业项目``, ``项目4个``, ``1.4万家供应商``, ``7500万吨``.

A number followed by a classifier or a measure word (``resources/measure_words.tsv``,
kinds ``count`` and ``measure``). ``of`` is what is counted: the nouns after the
classifier, or before the number when none follow (``项目4个``). A count in Chinese numerals
must start and end where words do (not 千方 of 千方百计, 八方 of 四面八方, 陆方 of 大陆方面),
and two neighbouring digits (五六米, 三四家) are a range, no count of 56 or 34.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Sequence

from ._resources import read_rows
from ._scan import overlaps_any
from .money import qualifier_words
from .numerals import ARABIC, canonical, digit_pair, numeral_chars, parse_number
from .tokenizer import tag
from .types import Count

_NOUN_TAGS = ("n", "vn", "b", "a", "an", "j", "l", "eng")
_MAX_OF = 10
# 5个月 is a duration, 4个百分点 a difference of rates: no count of either
_NOT_COUNTED = ("月", "季度", "年", "小时", "天", "周", "百分点")


@functools.cache
def count_regex() -> re.Pattern[str]:
    """A number and its classifier or measure word.

    ``re`` rather than ``regex``, led by a look at the characters a number starts with: ``re``
    then skips to those characters, where ``regex`` tried the whole expression at every offset.
    """
    units = [word for word, kind in read_rows("measure_words.tsv", 2) if kind in ("count", "measure")]
    alternation = "|".join(re.escape(u) for u in sorted(units, key=lambda u: (-len(u), u)))
    chinese = numeral_chars("digit", "unit", "big")
    # not inside a numeral (第十二次: no 二次), an ordinal, 唯一 or an indefinite number (数千名);
    # the 千 of 千瓦, 千克, 千米, 千伏 is the unit's (千万千瓦 is ten million kW)
    arabic = rf"(?<![\d.第届])(?:{ARABIC})(?:[万亿])?"
    number = rf"(?=[\d{chinese}])(?P<number>{arabic}|(?<![\d.第届唯几数{chinese}])[{chinese}]+(?!(?<=千)[瓦克米伏]))"
    return re.compile(rf"{number}(?P<inner>多|余)?(?P<unit>{alternation})")


@functools.cache
def _noun_units() -> frozenset[str]:
    """Classifiers of two characters or more that are what they count (粉丝, 人次)."""
    return frozenset(word for word, kind in read_rows("measure_words.tsv", 2) if kind == "count" and len(word) > 1)


def _nouns(words: Sequence[tuple[str, str]]) -> list[str]:
    """The leading run of noun-like words (no names), at most ``_MAX_OF`` characters."""
    out: list[str] = []
    for word, flag in words:
        if not flag.startswith(_NOUN_TAGS) or flag in ("nr", "ns", "ad") or len("".join(out) + word) > _MAX_OF:
            break  # not 普遍/ad: 企业普遍 ends at 企业
        out.append(word)
    return out


def _counted(norm: str, start: int, end: int, unit: str, unit_is_noun: bool) -> str | None:
    """What is counted: the unit itself (2000万粉丝), the nouns after it, or those before."""
    if unit_is_noun:
        return unit
    after = _nouns(tag(norm[end : end + _MAX_OF + _WORD_SLACK]))  # whole words: not 生产线项 of 生产线项目
    if after:
        return _named("".join(after))
    window = max(0, start - _MAX_OF - _WORD_SLACK)
    words = tag(norm[window:start])[1 if window > 0 else 0 :]  # the first word may be cut
    while words and (words[-1][0] in qualifier_words() or words[-1][0] in _TALLIES or _lone_modifier(words[-1])):
        words.pop()  # 企业近/a 3000家, 突破/vn 1600万吨, 库存高/a 达: what is counted stands before these
    return _named("".join(reversed(_nouns(list(reversed(words)))))) or None


_TALLIES = frozenset({"合计", "共计", "总计", "累计", "预计", "共", "达", "达到"})


def _lone_modifier(word: tuple[str, str]) -> bool:
    return len(word[0]) == 1 and word[1] in ("a", "d")


def _named(counted: str) -> str | None:
    """What is counted, but not one character jieba tags an adjective (24米宽, 近)."""
    return None if len(counted) == 1 and tag(counted)[0][1].startswith("a") else counted or None


_WORD_SLACK = 4  # characters read beyond the nouns, so that the first and the last are whole words


_HELD_BEFORE = frozenset("这那该此每有共约近逾仅")  # jieba keeps 这三家, 该四人, 有四人 as one word


def _cuts_a_word(norm: str, match: re.Match[str], word_bounds: Collection[int] | None) -> bool:
    """Does a count in Chinese numerals start or end inside a word (千家 of 千家万户, 八方 of
    四面八方), but for a word that only a demonstrative or a verb opens (这三家, 有四人)?"""
    if word_bounds is None or match.group("number")[0].isdigit():
        return False
    opens = match.start() in word_bounds or norm[match.start() - 1 : match.start()] in _HELD_BEFORE
    return not opens or match.end() not in word_bounds


def find_counts(
    text: str,
    norm: str,
    start: int,
    end: int,
    taken: Sequence[tuple[int, int]] = (),
    word_bounds: Collection[int] | None = None,
) -> Iterator[Count]:
    """Counts in ``text[start:end]`` outside the spans in ``taken`` (money, percentages);
    ``word_bounds`` are the offsets where the tokeniser's words start and end."""
    noun_units = _noun_units()
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    reach = max((e - s for s, e in spans), default=0)
    for match in count_regex().finditer(norm, start, end):
        if overlaps_any(spans, starts, match.start(), match.end(), reach):
            continue
        value = parse_number(match.group("number"))
        if value is None or (value == 1 and not match.group("number")[0].isdigit()):
            continue  # 一个, 一家: an article, not a count
        if digit_pair(match.group("number")) is not None or _cuts_a_word(norm, match, word_bounds):
            continue
        unit = match.group("unit")
        if norm.startswith(_NOT_COUNTED, match.end()):
            continue
        of = _counted(norm, match.start(), match.end(), unit, unit in noun_units)
        yield Count(
            text=text[match.start() : match.end()],
            start=match.start(),
            end=match.end(),
            value=canonical(value),
            unit=unit,
            of=of,
        )
