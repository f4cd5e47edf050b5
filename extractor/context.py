"""When and where a figure is about: its period and its region, from its sentence.

The period is the nearest time expression before the figure in its sentence
(``今年1-3季度``, ``上半年``, ``1—7月``, ``2022年``), with the year resolved from the
publication date where it is relative (今年 in a 2017 article → 2017). The region is
the nearest place name before the figure in its sentence (jieba's ``ns`` words); a
collective ``全区``/``全市``/``全省`` resolves to the article's most frequent place with
that suffix.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

import regex

from ._resources import read_map
from .divisions import resolve
from .tokenizer import tag

SENTENCE_MARKS = "。！？!?\n"  # not ；: the items of a statistics sentence share its period
CLAUSE_MARKS = "，,。；;：:！？!?\n"
_RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_YEAR = r"(?:19|20)\d{2}年|今年|本年|当年|去年|上年|前年|明年"
_PART = r"""
    (?:前|第)?[一二三四1-4](?:[-~至到][一二三四1-4])?季度
  | [上下]半年 | 全年 | 年初 | 年底
  | (?:前)?\d{1,2}(?:[-~至到]\d{1,2})?月(?:份)?(?:末|底)?
  | (?:前)?[一二三四五六七八九十]{1,2}个月
"""
_PERIOD = regex.compile(rf"(?P<year>{_YEAR})(?P<part>{_PART})?|(?P<part>{_PART})", regex.VERBOSE)
_WRITTEN_YEAR = regex.compile(r"(\d{4})年")
_COLLECTIVE = regex.compile(r"全(?P<suffix>[省市区县州])")


@dataclass(frozen=True, slots=True)
class Period:
    text: str
    year: int | None


def is_period(text: str) -> bool:
    """Is ``text`` a period and nothing else (去年, 2010年上半年, 1-5月)?"""
    return _PERIOD.fullmatch(text) is not None


MAX_SENTENCE = 400  # look no further back for a sentence start: keeps long texts linear


def sentence_start(norm: str, position: int, floor: int = 0, marks: str = SENTENCE_MARKS) -> int:
    """Where the sentence (or clause, with clause ``marks``) holding ``position`` starts.

    The last mark before ``position`` is found by one search backwards, which stops at
    the mark, where a ``str.rfind`` for each mark went back to the floor for the marks the
    sentence has not; offsets below zero count from the end, as in ``str.rfind``."""
    floor = max(floor, position - MAX_SENTENCE)
    if floor < 0 or position < 0:
        return max([floor] + [norm.rfind(mark, floor, position) + 1 for mark in marks])
    mark = _last_mark(marks).search(norm, floor, position)
    return floor if mark is None else mark.end()


@functools.lru_cache(maxsize=8)
def _last_mark(marks: str) -> regex.Pattern[str]:
    return regex.compile(f"[{regex.escape(marks)}]", regex.REVERSE)


def _year(text: str, published_year: int | None) -> int | None:
    written = _WRITTEN_YEAR.match(text)
    if written:
        return int(written.group(1))
    for word, shift in _RELATIVE_YEARS.items():
        if text.startswith(word) and published_year is not None:
            return published_year + shift
    return None


def find_period(norm: str, position: int, published_year: int | None, floor: int = 0) -> Period | None:
    """The nearest time expression before ``position`` in its sentence."""
    start = sentence_start(norm, position, floor)
    found = None
    for match in _PERIOD.finditer(norm, start, position):
        compared = norm[max(start, match.start() - 1) : match.start()] in ("比", "较", "于")
        if match.group(0) and (match.group("part") or match.group("year")) and not compared:
            found = match
    if found is None:
        return None
    text = found.group(0)
    year = _year(text, published_year) if found.group("year") else published_year
    return Period(text=text, year=year)


@functools.cache
def _known_places() -> frozenset[str]:
    """Countries, provinces, world cities and regions known without a suffix."""
    return frozenset(name for name, (label, _) in read_map("names_known.tsv", 3).items() if label == "place")


@functools.cache
def _not_places() -> frozenset[str]:
    """Common words that a division's short name writes too (新建 of 新建区, 全市): the names
    stage's list of words that are no place."""
    return frozenset(word for word, (label,) in read_map("names_generic.tsv").items() if label in ("place", "any"))


def _is_place(word: str) -> bool:
    """Is a word jieba tags ns a place? Not 上市, 城市, 海关, 三洋: it must be a division
    of China or a known place (美国, 长三角), optionally with 地区 after it, and no common
    word (新建商品房)."""
    base = word[:-2] if word.endswith("地区") and len(word) > 3 else word
    return word not in _not_places() and (base in _known_places() or resolve(base) is not None)


@functools.lru_cache(maxsize=256)
def _places(sentence: str) -> tuple[tuple[int, str], ...]:
    out, position = [], 0
    for word, flag in tag(sentence):
        if flag == "ns" and len(word) >= 2 and _is_place(word):
            out.append((position, word))
        position += len(word)
    return tuple(out)


class Regions:
    """Region lookup for one article: nearest place before a figure in its sentence."""

    def __init__(self, norm: str, body: tuple[int, int]) -> None:
        self.norm, self.body, self.floor = norm, body, body[0]
        self._counts: Counter[str] | None = None

    def main(self, suffix: str) -> str | None:
        """The article's most frequent place ending in ``suffix`` (tagged on first use)."""
        if self._counts is None:
            self._counts = Counter(word for _, word in _places(self.norm[self.body[0] : self.body[1]]))
        ranked = [word for word, _ in self._counts.most_common() if word.endswith(suffix)]
        return ranked[0] if ranked else None

    def at(self, position: int) -> str | None:
        start = sentence_start(self.norm, position, self.floor)
        before = self.norm[start:position]
        places = [word for offset, word in _places(before)]
        collective = list(_COLLECTIVE.finditer(before))
        if collective and (not places or before.rfind(places[-1]) < collective[-1].start()):
            return self.main(collective[-1].group("suffix")) or collective[-1].group(0)
        return places[-1] if places else None
