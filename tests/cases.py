"""Shared pieces of the case-table tests: example rows and how a result is compared.

Each row is written by hand from the annotation guidelines (``/work/shared/ANNOTATION.md``
and ``docs/annotation.md``), never copied from the extractor's output. A field left at
``...`` is not checked for that row: the guidelines do not fix it there.

The expected span is where the expected ``text`` first occurs in the source, so every
row checks the offsets as well as ``text == source[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import EllipsisType
from typing import Any

import pytest

from extractor import Growth, Money


def known_bug(reason: str) -> pytest.MarkDecorator:
    """Mark a row the extractor gets wrong today; strict, so a fix is noticed."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _span(source: str, text: str) -> tuple[int, int]:
    start = source.index(text)
    return start, start + len(text)


@dataclass(frozen=True)
class MoneyCase:
    """One money mention expected in ``source`` (a surface for ``parse_money``, or a sentence)."""

    source: str
    text: str
    value: str | None
    currency: str = "CNY"
    qualifier: str = "exact"
    low: str | EllipsisType | None = ...
    high: str | EllipsisType | None = ...
    role: str | EllipsisType | None = ...

    def expected(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "span": _span(self.source, self.text),
            "value": _decimal(self.value),
            "currency": self.currency,
            "qualifier": self.qualifier,
        }
        if not isinstance(self.low, EllipsisType):
            out["low"] = _decimal(self.low)
        if not isinstance(self.high, EllipsisType):
            out["high"] = _decimal(self.high)
        if not isinstance(self.role, EllipsisType):
            out["role"] = self.role
        return out

    def actual(self, money: Money) -> dict[str, Any]:
        found = {
            "text": money.text,
            "span": (money.start, money.end),
            "value": money.value,
            "currency": money.currency,
            "qualifier": money.qualifier,
            "low": money.low,
            "high": money.high,
            "role": money.role,
        }
        return {key: found[key] for key in self.expected()}


@dataclass(frozen=True)
class GrowthCase:
    """One growth mention expected in ``source`` (a surface for ``parse_growth``, or a sentence)."""

    source: str
    text: str
    value: str
    unit: str = "percent"
    direction: str = "up"
    qualifier: str = "exact"
    basis: str | None = None
    target: bool = False
    metric: str | EllipsisType | None = ...

    def expected(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "span": _span(self.source, self.text),
            "value": Decimal(self.value),
            "unit": self.unit,
            "direction": self.direction,
            "qualifier": self.qualifier,
            "basis": self.basis,
            "target": self.target,
        }
        if not isinstance(self.metric, EllipsisType):
            out["metric"] = self.metric
        return out

    def actual(self, growth: Growth) -> dict[str, Any]:
        found = {
            "text": growth.text,
            "span": (growth.start, growth.end),
            "value": growth.value,
            "unit": growth.unit,
            "direction": growth.direction,
            "qualifier": growth.qualifier,
            "basis": growth.basis,
            "target": growth.target,
            "metric": growth.metric,
        }
        return {key: found[key] for key in self.expected()}


def check_money(case: MoneyCase, money: Money | None) -> None:
    assert money is not None, f"no amount found in {case.source!r}"
    assert money.text == case.source[money.start : money.end], f"text {money.text!r} is not source[start:end]"
    actual, expected = case.actual(money), case.expected()
    assert actual == expected, f"found {actual}, expected {expected}"


def check_only_money(case: MoneyCase, amounts: tuple[Money, ...]) -> None:
    """``amounts`` (from running text) is exactly the one expected mention."""
    texts = [m.text for m in amounts]
    assert texts == [case.text], f"found amounts {texts}, expected [{case.text!r}]"
    check_money(case, amounts[0])


def check_growth(case: GrowthCase, growth: Growth | None) -> None:
    assert growth is not None, f"no growth figure found in {case.source!r}"
    assert growth.text == case.source[growth.start : growth.end], f"text {growth.text!r} is not source[start:end]"
    actual, expected = case.actual(growth), case.expected()
    assert actual == expected, f"found {actual}, expected {expected}"


def check_only_growth(case: GrowthCase, found: tuple[Growth, ...]) -> None:
    """``found`` (from running text) is exactly the one expected mention."""
    texts = [g.text for g in found]
    assert texts == [case.text], f"found growth {texts}, expected [{case.text!r}]"
    check_growth(case, found[0])


def assert_offsets(source: str, mentions: tuple[Money, ...] | tuple[Growth, ...]) -> None:
    """Every mention found in running text points at its own text."""
    assert [m.text for m in mentions] == [source[m.start : m.end] for m in mentions]
