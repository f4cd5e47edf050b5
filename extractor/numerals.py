"""Numbers written in Arabic digits, Chinese numerals, or a mix: exact ``Decimal`` values.

``parse_number("二百九十三点九亿") == Decimal("29390000000")``. Input is expected to be
normalised (half-width digits); thousands separators are accepted. The grammar is the
usual section grammar of Chinese numerals: digits scaled by 十/百/千 inside a section,
sections closed by 万 and 亿, an elided last unit (一万五 = 15000), and digit strings
(二〇一七 = 2017).
"""

from __future__ import annotations

import functools
from decimal import Decimal

import regex

from ._resources import read_rows

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_TOKEN = regex.compile(rf"{ARABIC}|.")
_TEN = Decimal(10)


@functools.cache
def numeral_table() -> dict[str, tuple[str, Decimal]]:
    """Chinese numeral characters: kind (digit, unit, big, point) and value."""
    return {char: (kind, Decimal(value)) for char, kind, value in read_rows("digits.tsv", 3)}


def numeral_chars(*kinds: str) -> str:
    """The numeral characters of the given kinds, for building character classes."""
    return "".join(char for char, (kind, _) in numeral_table().items() if kind in kinds)


def canonical(value: Decimal) -> Decimal:
    """``value`` without exponent or trailing zeros: 1.2E+12 → 1200000000000, 3.90 → 3.9."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


class _Sections:
    """The running state of the section grammar."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.current: Decimal | None = None
        self.fraction: str | None = None
        self.last_scale: Decimal | None = None
        self.digits_after_scale = 0

    def digit(self, value: Decimal) -> None:
        if self.fraction is not None:
            self.fraction += str(value)
            return
        if self.current is not None and self.last_scale is None:
            self.current = self.current * _TEN + value  # a digit string: 二〇一七
        else:
            self.current = value if self.current is None else self.current * _TEN + value
        self.digits_after_scale += 1

    def arabic(self, value: Decimal) -> bool:
        if self.current is not None or self.fraction is not None:
            return False
        self.current = value
        self.digits_after_scale = 2  # never elide after an Arabic number
        return True

    def point(self) -> None:
        self.current = self.current or Decimal(0)
        self.fraction = ""
        self.digits_after_scale = 2  # 一百点五 is 100.5: no elided unit after a point

    def _close_fraction(self) -> None:
        if self.fraction is not None:
            whole = self.current or Decimal(0)
            self.current = whole + Decimal("0." + (self.fraction or "0"))
            self.fraction = None

    def unit(self, value: Decimal) -> None:
        self._close_fraction()
        self.section += (Decimal(1) if self.current is None else self.current) * value
        self._scaled(value)

    def big(self, value: Decimal) -> bool:
        self._close_fraction()
        if self.current is None and self.section == 0 and self.total == 0:
            return False
        if value >= Decimal(100000000):
            self.total = (self.total + self.section + (self.current or 0)) * value
            self.section = Decimal(0)
        else:
            self.section = (self.section + (self.current or 0)) * value
        self._scaled(value)
        return True

    def _scaled(self, value: Decimal) -> None:
        self.current = None
        self.last_scale = value
        self.digits_after_scale = 0

    def result(self) -> Decimal:
        self._close_fraction()
        current = self.current or Decimal(0)
        if self.current is not None and self.last_scale is not None and self.digits_after_scale == 1:
            current *= self.last_scale / _TEN  # elided unit: 一万五 = 15000, 两千五 = 2500
        return self.total + self.section + current


def parse_number(text: str) -> Decimal | None:
    """The exact value of a written number, or ``None`` if ``text`` is not one."""
    if not text:
        return None
    table = numeral_table()
    state = _Sections()
    seen_digit = False
    for token in _TOKEN.findall(text.replace(" ", "")):
        if token[0].isdigit():
            if not state.arabic(Decimal(token.replace(",", ""))):
                return None
            seen_digit = True
            continue
        kind, value = table.get(token, ("", Decimal(0)))
        if kind == "digit":
            state.digit(value)
            seen_digit = True
        elif kind == "unit":
            state.unit(value)
        elif kind == "big":
            if not state.big(value):
                return None
        elif kind == "point" and state.fraction is None and seen_digit:
            state.point()
        else:
            return None
    if not seen_digit and not text.startswith(("十", "拾", "百", "佰", "千", "仟")):
        return None
    return canonical(state.result())
