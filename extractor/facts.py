"""The fact table: each figure with its metric, region and period, money and growth joined.

A growth figure and the amount before it in the same sentence whose role is the
growth's metric are one fact (``国民生产总值完成494.3亿元，增长8%``). Every other figure
with a metric, a share or level among them (``开工率98%``), is a fact of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ._scan import indexes_between
from .context import Period, Regions, find_period, sentence_start
from .types import Fact, Growth, Money, Percentage


def publication_year(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None


_LEVEL_GAP = 8  # 由去年的15%降至4%: the new level follows the old within a few characters


def _old_level_period(norm: str, g: Growth, year: int | None) -> Period | None:
    """The period a rate's old level names inside its own text (增幅由去年的15%, 降幅由4月时的2%);
    the new level after it (降至4%) takes the period of the sentence instead."""
    text = norm[g.start : g.end]
    if not any(mark in text for mark in "由从自"):
        return None
    return find_period(norm, g.end, year, g.start)


def situate(norm: str, growth: Sequence[Growth], floor: int, year: int | None, regions: Regions) -> list[Growth]:
    """Copies of the growth figures with ``period``, ``year`` and ``region`` filled in."""
    out: list[Growth] = []
    old_level: Growth | None = None  # the figure before, when it is a rate's old level
    for g in growth:
        own = _old_level_period(norm, g, year)
        period = own
        if own is None:
            new_level = old_level is not None and g.start - old_level.end <= _LEVEL_GAP
            period = find_period(norm, old_level.start if old_level and new_level else g.start, year, floor)
        old_level = g if own is not None else None
        out.append(
            dataclasses.replace(
                g,
                period=period.text if period else None,
                year=period.year if period else None,
                region=regions.at(g.start),
            )
        )
    return out


def build_facts(
    norm: str,
    amounts: Sequence[Money],
    growth: Sequence[Growth],
    floor: int,
    year: int | None,
    regions: Regions,
    percentages: Sequence[Percentage] = (),
) -> list[Fact]:
    facts: list[Fact] = []
    joined: set[int] = set()
    starts = [m.start for m in amounts]
    for gi, g in enumerate(growth):
        sentence = sentence_start(norm, g.start, floor)
        partner = [
            ai for ai in indexes_between(starts, sentence, g.start) if amounts[ai].role and amounts[ai].role == g.metric
        ]
        amount = partner[-1] if partner else None
        if amount is not None:
            joined.add(amount)
        facts.append(Fact(g.metric, g.region, g.period, g.year, amount=amount, growth=gi))
    for ai, m in enumerate(amounts):
        if ai in joined or not m.role:
            continue
        period = find_period(norm, m.start, year, floor)
        facts.append(
            Fact(
                m.role, regions.at(m.start), period.text if period else None, period.year if period else None, amount=ai
            )
        )
    for pi, p in enumerate(percentages):
        if p.metric:
            period = find_period(norm, p.start, year, floor)
            text, in_year = (period.text, period.year) if period else (None, None)
            facts.append(Fact(p.metric, regions.at(p.start), text, in_year, percentage=pi))
    return sorted(facts, key=lambda f: _position(f, amounts, growth, percentages))


def _position(fact: Fact, amounts: Sequence[Money], growth: Sequence[Growth], percentages: Sequence[Percentage]) -> int:
    if fact.amount is not None:
        return amounts[fact.amount].start
    if fact.growth is not None:
        return growth[fact.growth].start
    return percentages[fact.percentage].start if fact.percentage is not None else 0
