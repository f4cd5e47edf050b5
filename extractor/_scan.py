"""Scanning only where a figure can be: windows around anchors.

A figure's expression starts with optional parts (qualifiers, prefixes), so a regex
search tries it at every position of the text. Every figure has an anchor that a plain
alternation finds quickly (a currency word, 万/亿, %, 个百分点 …), so the full
expression needs to run only in a stretch around each anchor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

import regex


def windows(
    anchor: re.Pattern[str] | regex.Pattern[str], text: str, start: int, stop: int, back: int, forward: int
) -> list[tuple[int, int]]:
    """Merged stretches ``(start, end)`` of ``text[start:stop]`` within reach of an anchor."""
    found: list[tuple[int, int]] = []
    low = high = -1
    for match in anchor.finditer(text, start, stop):
        at, end = match.span()
        if at - back > high:  # a new stretch
            if high >= 0:
                found.append((max(start, low), min(stop, high)))
            low = at - back
        high = end + forward
    if high >= 0:
        found.append((max(start, low), min(stop, high)))
    return found


def indexes_between(starts: Sequence[int], low: int, high: int) -> range:
    """Indexes ``i`` of the sorted ``starts`` with ``low <= starts[i] < high``."""
    return range(bisect.bisect_left(starts, low), bisect.bisect_left(starts, high))


def overlaps_any(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int, reach: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted by start; none longer than ``reach``)."""
    return any(spans[i][0] < end and start < spans[i][1] for i in indexes_between(starts, start - reach, end))


def matches_at(
    pattern: regex.Pattern[str], starts: Iterable[int], text: str, start: int, stop: int
) -> Iterator[regex.Match[str]]:
    """The matches ``pattern.finditer(text, start, stop)`` finds, for a pattern whose every
    match begins at one of ``starts`` (ascending) and none is empty: the pattern is tried
    there only, past the end of the match before, where a search tries every offset."""
    position = start
    for at in starts:
        if at >= position and (match := pattern.match(text, at, stop)):
            yield match
            position = match.end()
