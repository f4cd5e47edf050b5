"""Consistency checks: do the figures of an article agree with each other?

- ``parts-exceed-total``: a total (``总投资额达293.9亿元``) followed by its parts
  (``其中，…总投资206亿元；…总投资18.5亿元``) whose sum is larger than the total.
- ``parts-match-total``: the parts add up to the total exactly (reported as a note).
- ``conflicting-values``: the same metric, region and period given two different values
  (only where the article names a region and a period, so that two different projects'
  figures are not compared).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ._scan import indexes_between
from .types import Check, Fact, Money

_PARTS_MARK = "其中"
_PARAGRAPH = "\n"


def _parts(norm: str, total_index: int, amounts: Sequence[Money], starts: Sequence[int]) -> list[int]:
    """Amounts after ``其中`` in the total's paragraph, in the total's currency."""
    total = amounts[total_index]
    paragraph_end = norm.find(_PARAGRAPH, total.end)
    paragraph_end = len(norm) if paragraph_end < 0 else paragraph_end
    mark = norm.find(_PARTS_MARK, total.end, paragraph_end)
    between = norm[total.end : mark].strip()
    if mark < 0 or ("。" in between and between != "。"):
        return []  # 其中 must follow the total in its sentence or open the next one
    head = (total.role or "").split("总")[-1][:2]  # 项目总投资额 → 投资
    return [
        i
        for i in indexes_between(starts, mark + 1, paragraph_end)
        if amounts[i].currency == total.currency and amounts[i].value is not None
        and (not head or (amounts[i].role or "").find(head) >= 0)
    ]  # fmt: skip


def _money(value: Decimal, currency: str) -> str:
    return f"{value:,} {currency}"


def check_parts(norm: str, amounts: Sequence[Money]) -> list[Check]:
    checks = []
    starts = [m.start for m in amounts]
    for index, total in enumerate(amounts):
        if total.value is None or not total.role or "总" not in total.role or total.qualifier not in ("exact", "about"):
            continue
        parts = _parts(norm, index, amounts, starts)
        if len(parts) < 2:
            continue
        summed = sum((amounts[i].value or Decimal(0) for i in parts), Decimal(0))
        if summed > total.value:
            message = f"the parts add up to {_money(summed, total.currency)}, more than the total {total.text}"
            checks.append(Check("parts-exceed-total", "warning", message, (index, *parts)))
        elif summed == total.value:
            checks.append(Check("parts-match-total", "note", f"the parts add up to {total.text}", (index, *parts)))
    return checks


def check_conflicts(facts: Sequence[Fact], amounts: Sequence[Money]) -> list[Check]:
    seen: dict[tuple[str, str | None, int | None, str | None], int] = {}
    checks = []
    for fact in facts:
        if fact.amount is None or not fact.metric or not fact.region or not fact.period:
            continue
        money = amounts[fact.amount]
        key = (fact.metric, fact.region, fact.year, fact.period)
        first = seen.setdefault(key, fact.amount)
        other = amounts[first]
        if first != fact.amount and other.value is not None and money.value is not None and other.value != money.value:
            where = " ".join(part for part in (fact.region, fact.period) if part)
            message = f"{fact.metric} ({where}) is {other.text} here and {money.text} there"
            checks.append(Check("conflicting-values", "warning", message, (first, fact.amount)))
    return checks


def run_checks(norm: str, amounts: Sequence[Money], facts: Sequence[Fact]) -> list[Check]:
    return check_parts(norm, amounts) + check_conflicts(facts, amounts)
