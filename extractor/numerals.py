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
# A stray space beside the decimal point, as typeset articles have it: 107 .7亿, 18. 5亿元, 4 .7%.
SPACED_POINT = r"\x20\.\x20?\d+|\.\x20\d+"
_TOKEN = regex.compile(rf"{ARABIC}|.")
_TEN = Decimal(10)


@functools.cache
def numeral_table() -> dict[str, tuple[str, Decimal]]:
    """Chinese numeral characters: kind (digit, unit, big, point) and value."""
    return {char: (kind, Decimal(value)) for char, kind, value in read_rows("digits.tsv", 3)}


@functools.cache
def numeral_chars(*kinds: str) -> str:
    """The numeral characters of the given kinds, for building character classes."""
    return "".join(char for char, (kind, _) in numeral_table().items() if kind in kinds)


def canonical(value: Decimal) -> Decimal:
    """``value`` without exponent or trailing zeros: 1.2E+12 → 1200000000000, 3.90 → 3.9."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


# Characters read by ``parse_number`` only (not by the money and growth expressions):
# a sign before the number, the approximate 多/余/几 inside it (3000多万 = 30000000, the
# written number, as money §1 takes it), and the literary tens 廿 (20), 卅 (30), 卌 (40).
SIGNS = ("-", "负", "負")
APPROX = frozenset("多余几幾餘")
_TENS = str.maketrans({"廿": "二十", "卅": "三十", "卌": "四十"})
_LEADING_UNITS = ("十", "拾", "百", "佰", "千", "仟")


class _Reject(Exception):
    """The text is not a well-formed number."""


class _Sections:
    """The running state of the section grammar.

    ``current`` is the coefficient being read; ``section`` the value of the open section
    (below the next 万/亿); ``total`` the value closed by 亿. A ``_Reject`` is raised for
    text that is not one number: 十一十二 (a unit repeated in a section), 三五百 or 四十五六
    (adjacent digits, an approximate range), 0.1零 (a Chinese digit after an Arabic number),
    10.1万零100 (more parts after a scaled decimal).
    """

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.current: Decimal | None = None
        self.fraction: str | None = None
        self.last_scale: Decimal | None = None
        self.digits_after_scale = 0
        self.arabic_current = False  # ``current`` is an Arabic number
        self.decimal_current = False  # ``current`` has a fractional part: 10.1, 二十点一
        self.digit_string = False  # ``current`` is two or more digits read one by one: 二〇一七
        self.string_has_liang = False  # 两 is never a digit of a digit string (两两 is not 22)
        self.section_unit: Decimal | None = None  # the last 十/百/千 of the open section
        self.bare_lead = False  # the number opened with a bare 百/千 (百三 = 130, 百万)
        self.scaled_fraction = False  # a decimal was scaled (4.78万): only a larger 万/亿 may follow
        self.approximate = False  # 多/余/几 was read: only 万/亿 may follow

    def _open(self) -> None:
        if self.approximate or self.scaled_fraction:
            raise _Reject

    def digit(self, value: Decimal, char: str) -> None:
        if self.fraction is not None:
            self.fraction += str(value)
            return
        self._open()
        if self.arabic_current:
            raise _Reject  # 0.1零
        if self.current is None:
            self.current = value
            self.string_has_liang = char == "两"
        elif self.last_scale is None:
            self.current = self.current * _TEN + value  # a digit string: 二〇一七
            self.digit_string = True
            self.string_has_liang = self.string_has_liang or char == "两"
            if self.string_has_liang:
                raise _Reject
        elif self.current == 0:
            self.current = value  # 一千零五: 零 holds the place, the digit is the coefficient
        else:
            raise _Reject  # 四十五六, 一万六七: adjacent digits after a unit are a range
        self.bare_lead = False
        self.digits_after_scale += 1

    def arabic(self, token: str) -> None:
        if self.fraction == "" and token.isdigit():
            self.fraction = token  # 一百点123
            return
        self._open()
        if self.fraction is not None or (self.current is not None and (self.current != 0 or self.arabic_current)):
            raise _Reject
        elided = self.digits_after_scale == 0 and self.last_scale is not None and len(token) == 1
        self.current = Decimal(token.replace(",", ""))  # also after 零: 1千零20
        self.arabic_current = True
        self.decimal_current = "." in token
        self.bare_lead = False
        self.digits_after_scale = 1 if elided else 2  # 1万5 = 15000 as 一万五; 1万50 is 10050

    def point(self) -> None:
        if self.fraction is not None:
            raise _Reject
        self._open()
        if self.current is not None and self.last_scale is not None and self.digits_after_scale == 1:
            self.current *= self.last_scale / _TEN  # 两千三点一 = 2300.1: the unit is elided before 点
        self.current = self.current or Decimal(0)
        self.fraction = ""
        self.digits_after_scale = 2  # 一百点五 is 100.5: no elided unit after a point

    def approx(self) -> None:
        if self.fraction is not None or (self.current is None and self.section == 0 and self.total == 0):
            raise _Reject  # 几十 and 三点多 have no written lower bound
        self.approximate = True

    def _close_fraction(self) -> bool:
        """Close an open fraction; True if the coefficient has a fractional part."""
        if self.fraction is not None:
            if not self.fraction:
                raise _Reject  # 零点: a point with no digit after it
            whole = self.current or Decimal(0)
            self.current = whole + Decimal("0." + self.fraction)
            self.fraction = None
            self.decimal_current = True
        return self.decimal_current

    def _check_scale(self) -> None:
        """Before a unit or 万/亿: the coefficient must be one number."""
        if self.digit_string:
            raise _Reject  # 三五百, 二三十, 三零万: adjacent digits before a unit

    def unit(self, value: Decimal) -> None:
        decimal = self._close_fraction()
        self._open()
        self._check_scale()
        if self.bare_lead or (self.section_unit is not None and value >= self.section_unit):
            raise _Reject  # 百十一, 十一十二: units fall within a section
        self.bare_lead = self.current is None and self.section == 0 and self.total == 0 and value > _TEN
        coefficient = self.current or Decimal(1)  # 零十 = 一十: 一千零十 = 1010
        self.section += coefficient * value
        self.section_unit = value
        self._scaled(value)
        self.scaled_fraction = decimal

    def big(self, value: Decimal) -> bool:
        decimal = self._close_fraction()
        if self.scaled_fraction and self.last_scale is not None and value < self.last_scale:
            raise _Reject  # 1.5万千
        self._check_scale()
        if self.current is None and self.section == 0 and self.total == 0:
            return False
        if value >= Decimal(100000000):
            self.total = (self.total + self.section + (self.current or 0)) * value
            self.section = Decimal(0)
        else:
            self.section = (self.section + (self.current or 0)) * value
        self.section_unit = None
        self.bare_lead = False
        self._scaled(value)
        self.scaled_fraction = self.scaled_fraction or decimal
        return True

    def _scaled(self, value: Decimal) -> None:
        self.current = None
        self.arabic_current = self.decimal_current = False
        self.last_scale = value
        self.digits_after_scale = 0

    def result(self) -> Decimal:
        self._close_fraction()
        current = self.current or Decimal(0)
        if self.current is not None and self.last_scale is not None and self.digits_after_scale == 1:
            current *= self.last_scale / _TEN  # elided unit: 一万五 = 15000, 两千五 = 2500
        return self.total + self.section + current


_SIMPLE = regex.compile(r"(\d+(?:\.\d+)?)(万亿|亿|万)?")
_SIMPLE_SCALES = {"": Decimal(1), "万": Decimal(10**4), "亿": Decimal(10**8), "万亿": Decimal(10**12)}


def parse_number(text: str) -> Decimal | None:
    """The exact value of a written number, or ``None`` if ``text`` is not one number.

    A leading 负 or ``-`` makes it negative. 多/余/几 inside the number give the written
    number, its lower bound (``"3000多万"`` → 30000000); the qualifier is the caller's.
    Adjacent digits before or after a unit (``"三五百"``, ``"十五六"``) are an approximate
    range, not a number, and give ``None``.
    """
    if not text:
        return None
    simple = _SIMPLE.fullmatch(text)
    if simple:  # the common case, 293.9亿: no need for the section grammar
        number, scale = simple.groups()
        return canonical(Decimal(number) * _SIMPLE_SCALES[scale or ""])
    body = text.replace(" ", "").translate(_TENS)
    negative = body.startswith(SIGNS)
    if negative:
        body = body[1:]
    if not body:
        return None
    table = numeral_table()
    state = _Sections()
    seen_digit = seen_numeral = False
    try:
        for token in _TOKEN.findall(body):
            if token[0].isdigit():
                state.arabic(token)
                seen_digit = seen_numeral = True
                continue
            kind, value = table.get(token, ("", Decimal(0)))
            if kind == "digit":
                state.digit(value, token)
                seen_digit = seen_numeral = True
            elif kind == "unit":
                state.unit(value)
                seen_numeral = True
            elif kind == "big":
                if not state.big(value):
                    return None
            elif kind == "point" and seen_numeral:
                state.point()
            elif token in APPROX and seen_numeral:
                state.approx()
            else:
                return None
        value = state.result()
    except _Reject:
        return None
    if not seen_digit and not body.startswith(_LEADING_UNITS):
        return None
    value = canonical(value)
    return -value if negative and value else value


_DIGIT_PAIR = regex.compile(r"(?P<a>[一二两三四五六七八九])(?P<b>[二三四五六七八九])(?P<scale>[十百千万亿]*)")


def digit_pair(number: str, *, neighbours: bool = True) -> tuple[Decimal, Decimal] | None:
    """The ends of a range written as two digits side by side, each times the units after
    them (七八成 → 7, 8; 三四十 → 30, 40; 三五万 → 30000, 50000), or ``None``. With
    ``neighbours`` the digits must be one apart (五六米; 三五 is then no range): for counts and
    changes, where 三五 is rarely written; money takes any rising pair."""
    found = _DIGIT_PAIR.fullmatch(number)
    if found is None:
        return None
    a, b = parse_number(found.group("a")), parse_number(found.group("b"))
    scale = parse_number("一" + found.group("scale")) if found.group("scale") else Decimal(1)
    if a is None or b is None or scale is None or (b != a + 1 if neighbours else a >= b):
        return None
    return a * scale, b * scale
