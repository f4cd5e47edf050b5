"""Counts and measures: ``20个重大产业项目``, ``项目4个``, ``1.4万家供应商``, ``7500万吨``.

A number followed by a classifier or a measure word (``resources/measure_words.tsv``,
kinds ``count`` and ``measure``). ``of`` is what is counted: the nouns after the
classifier, or before the number when none follow (``项目4个``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from ._resources import read_rows
from ._scan import overlaps_any
from .numerals import ARABIC, canonical, numeral_chars, parse_number
from .tokenizer import tag
from .types import Count

_NOUN_TAGS = ("n", "vn", "b", "a", "an", "j", "l", "eng")
_MAX_OF = 10
_TIME_NOUNS = ("月", "季度", "年", "小时", "天", "周")


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
    after = _nouns(tag(norm[end : end + _MAX_OF]))
    if after:
        return "".join(after)
    window = max(0, start - _MAX_OF - _WORD_SLACK)
    words = tag(norm[window:start])
    before = _nouns(list(reversed(words[1:] if window > 0 else words)))  # the first word may be cut
    return "".join(reversed(before)) or None


_WORD_SLACK = 4  # characters read before the nouns, so that the first noun is a whole word


def find_counts(text: str, norm: str, start: int, end: int, taken: Sequence[tuple[int, int]] = ()) -> Iterator[Count]:
    """Counts in ``text[start:end]`` outside the spans in ``taken`` (money, percentages)."""
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
        unit = match.group("unit")
        if norm.startswith(_TIME_NOUNS, match.end()):
            continue  # 5个月 is a duration
        of = _counted(norm, match.start(), match.end(), unit, unit in noun_units)
        yield Count(
            text=text[match.start() : match.end()],
            start=match.start(),
            end=match.end(),
            value=canonical(value),
            unit=unit,
            of=of,
        )
