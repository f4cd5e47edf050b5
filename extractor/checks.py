"""Consistency checks: do the figures of an article agree with each other?

- ``parts-exceed-total``: a total (``总投资额达293.9亿元``) followed by its parts
  (``其中，…总投资206亿元；…总投资18.5亿元``) whose sum is larger than the total.
- ``parts-match-total``: the parts add up to the total exactly (reported as a note).
- ``parts-exceed-total`` and ``parts-match-total`` also for a breakdown in brackets right
  after an amount (``8211万欧元的债务(其中流动负债4750万欧元、银行借款2004万欧元…)``).
- ``parts-differ-from-total``: amounts listed in a sentence and then summed there
  (``…普通债权总计约21.7亿元，四项合计约26.2亿元``) whose sum, rounded as the total is
  written, is not the total; ``parts-match-total`` when it is. A count before the sum word
  (四项) must be the number of amounts listed; amounts per unit (每股3元) are no parts.
- ``conflicting-values``: the same metric, region and period given two different values
  (only where the article names a region and a period, so that two different projects'
  figures are not compared). Only two exact amounts in one currency, in different
  sentences, neither of them a goal, can conflict: a sentence that gives one metric two
  values is a change (从1.7万元升到3.5万元), a comparison or a part (单月超过1.1亿元); a bound
  (不足3亿元) or a goal (目标…5亿元) does not contradict a result; and values that agree
  once the more precise one is rounded (36.7亿元, 36.71亿元) do not disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from ._scan import indexes_between
from .context import CLAUSE_MARKS, sentence_start
from .numerals import parse_number
from .types import Check, Fact, Money

_PARTS_MARK = "其中"
_PARAGRAPH = "\n"
_GOAL_WORDS = ("目标", "力争", "计划", "预计", "争取", "预期", "有望")  # before an amount in its sentence


_BRACKET_BREAKDOWN = regex.compile(r"[^，,。；;()（）]{0,8}?[(（]其中")
_CLOSING = regex.compile(r"[)）]")


def _bracketed_parts(norm: str, total_index: int, amounts: Sequence[Money], starts: Sequence[int]) -> list[int]:
    """The amounts of a breakdown in brackets right after the total (8211万欧元的债务(其中…)),
    in the total's currency: a bracket holds the total's parts, whatever the total's role."""
    total = amounts[total_index]
    opening = _BRACKET_BREAKDOWN.match(norm, total.end)
    closing = _CLOSING.search(norm, opening.end()) if opening else None
    if opening is None or closing is None:
        return []
    inside = indexes_between(starts, opening.end(), closing.start())
    return [i for i in inside if amounts[i].currency == total.currency and amounts[i].value is not None]


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
        if total.value is None or total.qualifier not in ("exact", "about"):
            continue
        parts = _bracketed_parts(norm, index, amounts, starts)
        if not parts and total.role and "总" in total.role:
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


# A sum word right before the total, maybe after a count of the parts and before a short
# verb or noun (四项合计约26.2亿元, 共计投资10亿元); not 累计, a running total over time.
_SUM = regex.compile(
    r"(?:(?P<count>[\d两二三四五六七八九十]{1,3})(?:项|笔|家|个|部分)?)?(?:合计|共计|总计|总共|一共)"
    r"\p{Han}{0,2}?(?:约|为|达到|达|是|有|了)*$"
)
_PER = regex.compile(r"每\p{Han}{0,2}$")
_PER_AFTER = regex.compile(r"/|每")
_ROUNDABLE = ("exact", "about")


def _listed(norm: str, total_index: int, amounts: Sequence[Money]) -> list[int] | None:
    """The amounts listed before the sum word in the total's sentence, if they may be summed:
    two or more, in the total's currency, none a range, a bound or an amount per unit."""
    total = amounts[total_index]
    clause = sentence_start(norm, total.start, 0, CLAUSE_MARKS)
    found = _SUM.search(norm, clause, total.start)
    if found is None or found.start() != clause:
        return None  # the sum word opens the total's clause: 四项合计约26.2亿元
    sentence = sentence_start(norm, total.start)
    parts = [i for i in range(total_index) if amounts[i].start >= sentence]
    for i in parts:
        part = amounts[i]
        per_unit = _PER.search(norm, max(sentence, part.start - 3), part.start) or _PER_AFTER.match(norm, part.end)
        if part.value is None or part.qualifier not in _ROUNDABLE or part.currency != total.currency or per_unit:
            return None
    count = parse_number(found.group("count")) if found.group("count") else None
    return parts if len(parts) >= 2 and (count is None or count == len(parts)) else None


def check_listed_sums(norm: str, amounts: Sequence[Money]) -> list[Check]:
    checks = []
    for index, total in enumerate(amounts):
        if total.value is None or total.qualifier not in _ROUNDABLE:
            continue
        parts = _listed(norm, index, amounts)
        if parts is None:
            continue
        summed = sum((amounts[i].value or Decimal(0) for i in parts), Decimal(0))
        step = Decimal(1).scaleb(_precision(total, total.value))
        if summed.quantize(step) == total.value.quantize(step):
            checks.append(Check("parts-match-total", "note", f"the parts add up to {total.text}", (*parts, index)))
        else:
            message = f"the parts add up to {_money(summed, total.currency)}, not the total {total.text}"
            checks.append(Check("parts-differ-from-total", "warning", message, (*parts, index)))
    return checks


def _goal(norm: str, money: Money) -> bool:
    before = norm[sentence_start(norm, money.start) : money.start]
    return any(word in before for word in _GOAL_WORDS)


_UNIT_EXPONENTS = (("万亿", 12), ("亿", 8), ("千万", 7), ("百万", 6), ("万", 4), ("千", 3))


def _precision(money: Money, value: Decimal) -> int:
    """The power of ten the amount is written to: 36.7亿元 → 7; 20亿元 → 8, not 9."""
    unit = next((exponent for word, exponent in _UNIT_EXPONENTS if word in money.text), 0)
    return min(int(value.normalize().as_tuple().exponent), unit)


def _agree_when_rounded(a: Money, a_value: Decimal, b: Money, b_value: Decimal) -> bool:
    """36.7亿元 and 36.71亿元 agree: both round to the coarser one's precision alike."""
    step = Decimal(1).scaleb(max(_precision(a, a_value), _precision(b, b_value)))
    return a_value.quantize(step) == b_value.quantize(step)


def _may_conflict(norm: str, first: Money, other: Money) -> bool:
    if first.value is None or other.value is None or first.value == other.value:
        return False
    if first.qualifier != "exact" or other.qualifier != "exact" or first.currency != other.currency:
        return False
    if sentence_start(norm, first.start) == sentence_start(norm, other.start):
        return False
    return not (_agree_when_rounded(first, first.value, other, other.value) or _goal(norm, first) or _goal(norm, other))


def check_conflicts(norm: str, facts: Sequence[Fact], amounts: Sequence[Money]) -> list[Check]:
    seen: dict[tuple[str, str | None, int | None, str | None], int] = {}
    checks = []
    for fact in facts:
        if fact.amount is None or not fact.metric or not fact.region or not fact.period:
            continue
        money = amounts[fact.amount]
        key = (fact.metric, fact.region, fact.year, fact.period)
        first = seen.setdefault(key, fact.amount)
        other = amounts[first]
        if first != fact.amount and _may_conflict(norm, other, money):
            where = " ".join(part for part in (fact.region, fact.period) if part)
            message = f"{fact.metric} ({where}) is {other.text} here and {money.text} there"
            checks.append(Check("conflicting-values", "warning", message, (first, fact.amount)))
    return checks


def run_checks(norm: str, amounts: Sequence[Money], facts: Sequence[Fact]) -> list[Check]:
    return check_parts(norm, amounts) + check_listed_sums(norm, amounts) + check_conflicts(norm, facts, amounts)
