"""Growth figures (changes and rates) and plain percentages.

``增长8%`` → value 8, unit percent, direction up. The expression is built from the
change words in ``resources/change_words.tsv``; ``parse_growth`` and ``find_growth``
share it and ``_build``, as money does.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal

import regex

from ._resources import read_rows
from .money import qualifier_pattern, qualifier_words
from .normalize import normalize
from .numerals import ARABIC, canonical, numeral_chars, parse_number
from .types import Growth, Percentage

UNITS = {"%": "percent", "个百分点": "point", "百分点": "point", "倍": "times", "成": "percent"}
DOUBLINGS = {"翻一番": Decimal(100), "翻番": Decimal(100), "翻两番": Decimal(300), "翻三番": Decimal(700)}
_FILLER = r"[^\d\s,，。；;:：!！?？、()（）%]{0,8}?"
_TARGET_WORDS = ("目标", "预期", "预计", "计划")
_BASIS_WINDOW = 8


@functools.cache
def change_words() -> dict[str, tuple[str, str]]:
    """Change word → (direction, kind)."""
    return {word: (direction, kind) for word, direction, kind in read_rows("change_words.tsv", 3)}


def _words(*kinds: str) -> str:
    words = [w for w, (_, kind) in change_words().items() if kind in kinds]
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def growth_regex() -> regex.Pattern[str]:
    number = rf"-?(?:{ARABIC})|[{numeral_chars('digit', 'unit', 'point')}]+"
    figure = rf"""
        (?:(?P<before>{qualifier_pattern("before")}))?
        (?:百分之(?P<cnpercent>[{numeral_chars("digit", "unit", "point")}]+)
          |(?P<number>{number})(?P<unit>%|个百分点|百分点|倍|成))
        (?P<after>{qualifier_pattern("after")})?
    """
    return regex.compile(
        rf"""
        (?P<doubling>{"|".join(DOUBLINGS)})
        |(?P<word>{_words("verb", "rate")}){_FILLER}{figure}
        |(?P<word>{_words("comparison")}){_FILLER}
            (?=[^%]*?(?:个百分点|倍)){figure}
        """,
        regex.VERBOSE,
    )


@functools.cache
def percent_regex() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\d.])(?P<number>-?(?:{ARABIC}))%")


def _direction(word: str, value: Decimal) -> str:
    direction = change_words()[word][0]
    if direction == "sign":
        return "down" if value < 0 else ("flat" if value == 0 else "up")
    if value < 0:
        return "down"
    return direction


def _figure(match: regex.Match[str]) -> tuple[Decimal, str] | None:
    if match.group("doubling"):
        return DOUBLINGS[match.group("doubling")], "percent"
    if match.group("cnpercent"):
        value = parse_number(match.group("cnpercent"))
        return None if value is None else (value, "percent")
    value = parse_number(match.group("number").lstrip("-"))
    if value is None:
        return None
    if match.group("number").startswith("-"):
        value = -value
    unit = match.group("unit")
    if unit == "成":
        value *= 10
    return canonical(value), UNITS[unit]


def _basis(norm: str, start: int) -> str | None:
    window = norm[max(0, start - _BASIS_WINDOW) : start]
    if "环比" in window or "比上月" in window or "较上月" in window:
        return "mom"
    if "同比" in window or "同期" in window:
        return "yoy"
    return None


def _build(match: regex.Match[str], norm: str, original: str, offset: int) -> Growth | None:
    figure = _figure(match)
    if figure is None:
        return None
    value, unit = figure
    start, end = match.start(), match.end()
    if match.group("after"):
        end = match.start("after")
    word = match.group("word") or ""
    direction = "up" if match.group("doubling") else _direction(word, value)
    qualifier_word = match.group("before") or match.group("after")
    clause = norm[max(0, start - 12) : end]
    return Growth(
        text=original[start:end],
        start=offset + start,
        end=offset + end,
        value=value,
        unit=unit,
        direction=direction,
        qualifier=qualifier_words()[qualifier_word][0] if qualifier_word else "exact",
        basis=_basis(norm, start),
        target=any(word in clause for word in _TARGET_WORDS),
    )


def parse_growth(text: str) -> Growth | None:
    """Parse one growth surface (``"同比增长6.3%"``); ``None`` if it is not one."""
    if not isinstance(text, str):
        return None
    norm = normalize(text)
    match = growth_regex().search(norm)
    if match is None or norm[match.end() :].strip(" 左右上下以上以下"):
        return None
    return _build(match, norm, text, 0)


def find_growth(text: str, start: int = 0, end: int | None = None, *, normalized: str | None = None) -> Iterator[Growth]:
    """Growth figures in ``text[start:end]``, with offsets into ``text``."""
    norm = normalize(text) if normalized is None else normalized
    for match in growth_regex().finditer(norm, start, len(norm) if end is None else end):
        growth = _build(match, norm, text, 0)
        if growth is not None:
            yield growth


def find_percentages(
    text: str, start: int = 0, end: int | None = None, *, normalized: str | None = None
) -> Iterator[Percentage]:
    """Percentages in ``text[start:end]`` that are not part of a growth figure."""
    norm = normalize(text) if normalized is None else normalized
    stop = len(norm) if end is None else end
    taken = [(g.start, g.end) for g in find_growth(text, start, stop, normalized=norm)]
    for match in percent_regex().finditer(norm, start, stop):
        if any(s <= match.start() < e for s, e in taken):
            continue
        value = parse_number(match.group("number").lstrip("-"))
        if value is None:
            continue
        sign = -1 if match.group("number").startswith("-") else 1
        yield Percentage(text=text[match.start() : match.end()], start=match.start(), end=match.end(), value=value * sign)
