"""Scanning only where a figure can be: windows around anchors.

A figure's expression starts with optional parts (qualifiers, prefixes), so a regex
search tries it at every position of the text. Every figure has an anchor that a plain
alternation finds quickly (a currency word, 万/亿, %, 个百分点 …), so the full
expression needs to run only in a stretch around each anchor.
"""

from __future__ import annotations

import regex


def windows(
    anchor: regex.Pattern[str], text: str, start: int, stop: int, back: int, forward: int
) -> list[tuple[int, int]]:
    """Merged stretches ``(start, end)`` of ``text[start:stop]`` within reach of an anchor."""
    found: list[tuple[int, int]] = []
    for match in anchor.finditer(text, start, stop):
        low, high = max(start, match.start() - back), min(stop, match.end() + forward)
        if found and low <= found[-1][1]:
            found[-1] = (found[-1][0], high)
        else:
            found.append((low, high))
    return found
