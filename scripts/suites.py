"""Score the number, money and percent parsers against other projects' test suites.

The suites are the JSONL files described in ``../shared/suites/README.md`` (one case a
line: ``source, case_id, kind, input, expected, notes, meta``). Each case is run through
the parser that answers it, and scored by the project's conventions
(``/work/shared/ANNOTATION.md``, ``docs/annotation.md``) where a source's differ:

- numbers: ``parse_number`` on each span the suite gives (a parser, not a finder: the
  extractor finds numbers only inside money, growth and percent mentions);
- money: ``find_money`` over the sentence (Recognizers-Text: value, ISO 4217 currency
  and span text must match, with no extra amount), ``parse_money`` on whole surfaces
  (WeTextProcessing, cn2an's cheque-style amounts: value and currency);
- percent: ``find_growth`` and ``find_percentages`` over the input (value, and the
  suite's span inside ours);
- number_range: the approximate numbers (多/余/几 inside the number) through
  ``parse_number``, whose value is the written number (the lower bound), as in money §1.

A case a convention or our schema puts out of scope is counted out of scope with a
concrete reason (``--out-of-scope`` lists them); it is never silently dropped.

Usage:
    python scripts/suites.py [--suites DIR] [--failures] [--out-of-scope] [--json]

``--suites`` defaults to ``$EXTRACTOR_SUITES`` or ``../shared/suites`` next to the repo.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractor.growth import find_growth, find_percentages  # noqa: E402
from extractor.money import find_money, parse_money  # noqa: E402
from extractor.normalize import normalize  # noqa: E402
from extractor.numerals import parse_number  # noqa: E402

SUITE_FILES = (
    "recognizers_text.jsonl",
    "cn2an.jsonl",
    "wetextprocessing.jsonl",
    "chinese2digits.jsonl",
    "numcn.jsonl",
)
KINDS = ("number", "number_range", "money", "percent")
PASS, FAIL, OUT = "pass", "fail", "out"

# Out-of-scope categories: a stable key and the reason printed with each case.
OUT_REASONS: dict[str, str] = {
    "fraction": "fraction (三分之一, 3/5, 四百三十二分之2345): not a quantity in our schema",
    "dozen": (
        "dozen 打 (一打 = 12): a counting unit multiplied into the value; our schema keeps a number and its unit apart"
    ),
    "zhao": (
        "兆 is 10^12 in Taiwan/Japan usage and 10^6 (mega) in mainland usage: ambiguous; we read it as "
        "10^12 only right before 韩元/日元 (37兆韩元), which these cases do not have"
    ),
    "exponent": "exponent notation (2e5, 2^5, 21.2E0): programming/maths notation, not a written figure in our schema",
    "latin_suffix": "Latin magnitude suffix (40k, 2.5 M, 3.2k): English notation, not a Chinese written figure",
    "leading_point": (
        "convention differs: leading decimal point (.5, 点五零); cn2an requires a digit before the point "
        "(cn2an_test.py L175 点零, L187 点一 must fail) and so do we"
    ),
    "running_text_negative": (
        "negative case in running text: tests number detection; we parse spans and find numbers only "
        "inside money/growth/percent mentions (no finder for bare numbers)"
    ),
    "running_text": (
        "running text rewrite: the number sits in a sentence and the suite gives no span; "
        "we have no finder for bare numbers"
    ),
    "code": (
        "phone number, ID or code read digit by digit (尾号1702, 127.0.0.1): not a quantity (§1: phone numbers, codes)"
    ),
    "radio_digits": "radio digit names (洞 = 0, 拐 = 7) in a phone number: not a quantity, not in our numeral table",
    "adjacent_range": (
        "adjacent-digit approximate range (三五百 = 300~500, 十五六 = 15~16, 八九千美元): a range form our "
        "conventions do not define (§1 ranges are written with 至/到/-/—); our parser rejects it rather than misread it"
    ),
    "strict_only": (
        "cn2an strict-mode-only rejection: the same input has a value in cn2an's normal/smart mode, which we follow"
    ),
    "rmb_rounded": (
        "cn2an rmb mode rounds to 分: the written amount (零元整, 肆角叁分) does not carry the source value, "
        "so there is no exact value to compare"
    ),
    "fullwidth_comma": (
        "convention differs: a full-width comma between digit groups ($20，300) is a thousands separator for us "
        "(the project's money tests read 1，200万元 as 12000000); Recognizers-Text reads it as a list comma"
    ),
    "no_amount": "currency name without an amount (人民币, 美元): not an amount in our schema (§1)",
    "crypto": "cryptocurrency (比特币): no ISO 4217 code, and our schema requires one",
    "foreign_subunit": (
        "Japanese sen 銭 (10日元5日本銭): a subunit outside ISO 4217 decimal amounts in our currency table"
    ),
    "comparison": (
        "comparison or open bound (大于二十, 至少有10, 超过300): our schema records such qualifiers only on money "
        "and growth mentions, not on bare numbers"
    ),
    "bare_range": (
        "range between bare numbers (20~100, 一千到一千五百): our schema has ranges only for money (§1 low/high)"
    ),
    "discount": "discount 折 (七五折 = pay 75%): a price ratio, not a percentage figure in our schema",
    "points": (
        "convention differs: 个百分点 are percentage points, a growth unit (§2 unit point), not a percentage; "
        "with no change word there is no mention in our schema"
    ),
    "permille": "per-mille/per-myriad (千分之, 万分之): our schema records percentages only",
    "spaced": (
        "spaced-out characters inside the figure (百 分 之 2.4, 十 成): tokenised/ASR-style input; "
        "our finders read figures as written in news text"
    ),
    "baisi": (
        "convention differs: chinese2digits reads 百四 as 百分之四 (4%); Recognizers-Text (NumberModel#72 百三 = 130) "
        "and we read it as a number"
    ),
    "finance_shorthand": (
        "finance shorthand 万三 = 万分之三, 千四五 = 千分之四五 (commission rates): not a number in our schema"
    ),
    "percent_in_number": "percent sign inside a number (.3%万): not a well-formed figure",
    "digit_string_unit": (
        "digit-by-digit string before a unit (三零万 = 30万): not natural Chinese; natural text reads adjacent digits "
        "before a unit as a range (三五万 = 3~5万, WeTextProcessing), so our parser rejects both readings"
    ),
    "suite_conflict_shi": (
        "suites conflict: chinese2digits leaves a lone 拾 unconverted, cn2an reads it as 10 (cn2an_test.py L40); "
        "as a parser we follow cn2an"
    ),
    "adjacent_percent": (
        "adjacent-digit percent 百分之三五 (chinese2digits: 35%): natural text reads it as 3~5% (see adjacent_range)"
    ),
    "span_cut": "the suite's span cuts through 百分之 (伍亿柒仟万拾柒百|分之): an artifact of the source's splitting",
}

# Kinds a source has that this script does not measure, with the reason.
NOT_MEASURED: dict[str, str] = {
    "date": "dates: not a quantity in our schema (dates belong to the metadata record)",
    "date_period": "date periods: not a quantity in our schema",
    "datetime": "dates and times: not a quantity in our schema",
    "duration": "durations: not money, growth or a percentage",
    "time": "clock times: not a quantity in our schema",
    "age": "ages: a count/measure, not money, growth or a percentage",
    "dimension": "measures (km, kg): counts and measures are not money (§1); not measured here",
    "measure": "measures (千克, 公里, 人): counts and measures are not money (§1); not measured here",
    "temperature": "temperatures: a measure, not money, growth or a percentage",
    "ordinal": "ordinal 第三: not a quantity in our schema",
    "transform": "sentence-level rewrites mixing every kind (dates, ordinals, fractions): no per-mention expectation",
    "sentence": "whole-sentence rewrites mixing every kind: no per-mention expectation",
    "fraction": "fractions: not a quantity in our schema",
    "math": "maths expressions: not a quantity in our schema",
    "char": "character normalisation: not a figure",
    "other": "licence plates, train numbers, pre/post-processing: not figures",
    "sport": "sports scores: not a quantity in our schema",
    "whitelist": "whitelisted abbreviations: not figures",
}

# Characters that may make up a written number (Arabic or Chinese), for "is this input a
# bare number?" questions. Independent of the parser under test.
NUMERAL_CHARS = set(
    "0123456789.,-零〇○一壹幺二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億点點负負廿卅卌"
)
APPROX_CHARS = set("多余几幾餘")
RT_CURRENCY = {"Dollar": "USD"}  # Recognizers-Text's unit names that are not ISO 4217 codes
SYMBOL_CURRENCY = {
    "¥": "CNY",
    "￥": "CNY",
    "CNY": "CNY",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "₽": "RUB",
    "TWD": "TWD",
    "RM": "MYR",
}
_SYMBOL_VALUE = re.compile(r"(?P<symbol>¥|￥|CNY|\$|£|€|₽|TWD|RM)\s?(?P<number>.+)")
_ARABIC_SECTIONS = re.compile(r"(-?)((?:\d+(?:\.\d+)?(?:亿|万)?)+)")
_ARABIC_SECTION = re.compile(r"(\d+(?:\.\d+)?)(亿|万)?")
_ADJACENT_RANGE_OUT = re.compile(r"\d\s*[~-]\s*\d")
_CHEQUE = re.compile(r"[元圆角分整]")
_COMPARISON = re.compile(
    r"大于|小于|等于|至少|最多|最少|超过|不大|不小|以上|以下|之下|低于|少于|≥|≤|<|>|比|或者|过|更多"
)
_BETWEEN = re.compile(r"之间|间|到|~|–|-|与|和")


@dataclass(frozen=True)
class Case:
    source: str
    case_id: str
    kind: str
    input: str
    expected: list[dict[str, Any]]
    notes: str
    meta: dict[str, Any]


@dataclass
class Outcome:
    """The result of one case: pass, fail, or out of scope (with the reason)."""

    source: str
    kind: str
    case_id: str
    input: str
    status: str
    reason: str = ""
    category: str = ""
    detail: str = ""
    dropped: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Entity:
    """One expected mention after scoping: ``out`` is an OUT_REASONS key or empty."""

    text: str | None
    value: Decimal | None
    raw_value: str
    currency: str | None = None
    out: str = ""


# --------------------------------------------------------------------------- values


def to_decimal(value: Any) -> Decimal | None:
    """A suite value as a ``Decimal`` (floats through their shortest repr), or None."""
    if value is None or isinstance(value, bool):
        return None
    text = repr(value) if isinstance(value, float) else str(value)
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        return None


def _significant_digits(raw: str) -> int | None:
    """Digits of a source value printed as a rounded float (``2.02107211321364E+23``)."""
    if "E" not in raw.upper():
        return None
    mantissa = raw.upper().split("E")[0].lstrip("-+").replace(".", "").lstrip("0")
    return len(mantissa) if len(mantissa) >= 15 else None


def same_value(ours: Decimal | None, expected: Decimal | None, raw: str = "") -> bool:
    """Exact equality; a source float printed to 15+ digits is compared at that precision."""
    if ours is None or expected is None:
        return False
    if ours == expected:
        return True
    digits = _significant_digits(raw)
    if digits is None or ours == 0:
        return False
    exponent = ours.adjusted() - digits + 1
    return ours.scaleb(-exponent).to_integral_value().scaleb(exponent) == expected.normalize()


def arabic_value(text: str) -> Decimal | None:
    """The value of an Arabic rewrite (``10300``, ``100万1111``, ``1亿2300``), by a reader
    independent of the parser under test."""
    match = _ARABIC_SECTIONS.fullmatch(text.strip())
    if match is None:
        return None
    total = Decimal(0)
    for number, unit in _ARABIC_SECTION.findall(match.group(2)):
        total += Decimal(number) * {"亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}.get(unit, Decimal(1))
    return -total if match.group(1) else total


def squash(text: str) -> str:
    return normalize(text).replace(" ", "")


def is_bare_number(text: str) -> bool:
    """True if ``text`` is written with numeral characters only (a parser's input)."""
    chars = squash(text)
    return bool(chars) and all(c in NUMERAL_CHARS or c in APPROX_CHARS for c in chars)


# --------------------------------------------------------------------------- scoping


def number_scope(text: str) -> str:
    """The out-of-scope category of a number span, or '' if it is in scope."""
    squashed = squash(text)
    if "分之" in squashed or "/" in squashed:
        return "fraction"
    if "%" in squashed:
        return "percent_in_number"
    if "打" in squashed:
        return "dozen"
    if "兆" in squashed:
        return "zhao"
    if re.search(r"\d[eE]|\^", squashed):
        return "exponent"
    if re.search(r"\d\s*[kKmM]$", squashed):
        return "latin_suffix"
    if re.match(r"-?\.|负?点", squashed):
        return "leading_point"
    return ""


def percent_scope(text: str) -> str:
    if "折" in text:
        return "discount"
    squashed = squash(text)
    if "百分点" in squashed or "百分點" in squashed:
        return "points"
    if re.search(r"[千仟万萬]分之", squashed):
        return "permille"
    if re.search(r"\d\s*[kK]", text):
        return "latin_suffix"
    if re.match(r"-?\.|负?百分之负?点|负?点", squashed):
        return "leading_point"
    if " " in text.strip():
        return "spaced"
    return ""


# --------------------------------------------------------------------------- finders


@dataclass(frozen=True)
class Found:
    text: str
    value: Decimal | None
    start: int
    end: int
    currency: str | None = None


def found_money(text: str) -> list[Found]:
    return [Found(normalize(m.text), m.value, m.start, m.end, m.currency) for m in find_money(text)]


def found_percents(text: str) -> list[Found]:
    items = [Found(normalize(g.text), g.value, g.start, g.end) for g in find_growth(text) if g.unit == "percent"]
    items += [Found(normalize(p.text), p.value, p.start, p.end) for p in find_percentages(text)]
    return items


def match_found(
    source_text: str,
    entities: list[Entity],
    found: list[Found],
    spans: list[tuple[int, int] | None],
    *,
    exact_span: bool,
    check_currency: bool,
) -> str:
    """'' if every in-scope entity is found and nothing else is; else what went wrong."""
    unused = list(found)
    problems: list[str] = []
    for entity in entities:
        if entity.out:
            continue
        hit = None
        for item in unused:
            if not same_value(item.value, entity.value, entity.raw_value):
                continue
            if check_currency and item.currency != entity.currency:
                continue
            if entity.text is not None:
                want = normalize(entity.text)
                if exact_span and want != item.text:
                    continue
                if not exact_span and want.replace(" ", "") not in item.text.replace(" ", ""):
                    continue
            hit = item
            break
        if hit is None:
            problems.append(f"missed {entity.text or entity.raw_value!r} = {entity.raw_value} {entity.currency or ''}")
        else:
            unused.remove(hit)
    out_spans = [span for entity, span in zip(entities, spans, strict=True) if entity.out and span is not None]
    for item in unused:
        if any(item.start < end and start < item.end for start, end in out_spans):
            continue  # the finder's reading of a mention that is out of scope
        problems.append(f"spurious {item.text!r} = {item.value} {item.currency or ''}".rstrip())
    if problems:
        got = ", ".join(f"{f.text!r}={f.value}{' ' + f.currency if f.currency else ''}" for f in found) or "nothing"
        return "; ".join(problems) + f" (found: {got})"
    return ""


def entity_span(case: Case, raw: dict[str, Any], text: str | None) -> tuple[int, int] | None:
    resolution = raw.get("raw_resolution") or {}
    if isinstance(resolution, dict) and isinstance(resolution.get("Start"), int):
        return int(resolution["Start"]), int(resolution["End"]) + 1
    if text:
        at = normalize(case.input).find(text)
        if at >= 0:
            return at, at + len(text)
    return None


# --------------------------------------------------------------------------- outcomes


def outcome(case: Case, kind: str, status: str, detail: str = "", category: str = "") -> Outcome:
    reason = OUT_REASONS[category] if category else ""
    return Outcome(case.source, kind, case.case_id, case.input, status, reason, category, detail)


def score_spans(case: Case, kind: str, entities: list[Entity], check: Callable[[Entity], str]) -> Outcome:
    """Score a case entity by entity: each in-scope entity must pass ``check``."""
    dropped = [{"text": str(e.text), "category": e.out, "reason": OUT_REASONS[e.out]} for e in entities if e.out]
    live = [e for e in entities if not e.out]
    if not live:
        first = entities[0].out
        detail = ", ".join(str(e.text or e.raw_value) for e in entities)
        return outcome(case, kind, OUT, detail, first)
    problems = [problem for e in live if (problem := check(e))]
    result = outcome(case, kind, FAIL if problems else PASS, "; ".join(problems))
    result.dropped = dropped
    return result


def check_number(entity: Entity) -> str:
    text = entity.text or ""
    ours = parse_number(normalize(text))
    if same_value(ours, entity.value, entity.raw_value):
        return ""
    return f"{text!r}: expected {entity.raw_value}, got {ours}"


def check_no_number(case: Case, kind: str) -> Outcome:
    ours = parse_number(normalize(case.input))
    if ours is None:
        return outcome(case, kind, PASS)
    return outcome(case, kind, FAIL, f"must not parse, got {ours}")


def check_money_surface(surface: str, value: Decimal | None, currency: str, raw: str) -> str:
    money = parse_money(surface)
    if money is None:
        return f"{surface!r}: expected {raw} {currency}, got nothing"
    if not same_value(money.value, value, raw) or money.currency != currency:
        return f"{surface!r}: expected {raw} {currency}, got {money.value} {money.currency}"
    return ""


# --------------------------------------------------------------------------- Recognizers-Text


def score_recognizers_text(case: Case) -> Outcome | None:
    if case.kind == "number":
        return rt_number(case)
    if case.kind == "number_range":
        return rt_number_range(case)
    if case.kind == "money":
        return rt_money(case)
    if case.kind == "percent":
        return rt_percent(case)
    return None


def rt_number(case: Case) -> Outcome:
    if not case.expected:
        if is_bare_number(case.input):
            return check_no_number(case, "number")
        return outcome(case, "number", OUT, case.input, "running_text_negative")
    entities = []
    for raw in case.expected:
        text = str(raw["text"])
        entities.append(Entity(text, to_decimal(raw["value"]), str(raw["value"]), out=number_scope(text)))
    return score_spans(case, "number", entities, check_number)


def rt_number_range(case: Case) -> Outcome:
    entities = []
    for raw in case.expected:
        text = str(raw["text"])
        squashed = squash(text)
        if any(c in APPROX_CHARS for c in squashed) and not _COMPARISON.search(squashed):
            out = number_scope(text)
        elif _BETWEEN.search(squashed) and raw.get("min") is not None and raw.get("max") is not None:
            out = "comparison" if _COMPARISON.search(squashed) else "bare_range"
        else:
            out = "comparison"
        # Our value for 多/余/几 inside a number is the written number, the lower bound.
        entities.append(Entity(text, to_decimal(raw.get("min")), str(raw.get("min")), out=out))
    return score_spans(case, "number_range", entities, check_number)


def rt_money_scope(text: str, unit: str, value: Any) -> str:
    if value is None:
        return "no_amount"
    if unit == "Bitcoin":
        return "crypto"
    if "銭" in text:
        return "foreign_subunit"
    if "兆" in text:
        return "zhao"
    return ""


def touches_digit_group(text: str, span: tuple[int, int] | None) -> bool:
    """True if a span ends or starts at a full-width comma between digit groups (20，300)."""
    if span is None:
        return False
    start, end = span
    after = re.match(r"，\d{3}(?!\d)", text[end:]) is not None and text[end - 1].isdigit()
    before = start >= 2 and text[start - 1] == "，" and text[start - 2].isdigit()
    return after or (before and re.match(r"\d{3}(?!\d)", normalize(text[start:end])) is not None)


def rt_money(case: Case) -> Outcome:
    entities: list[Entity] = []
    spans: list[tuple[int, int] | None] = []
    for raw in case.expected:
        text = str(raw["text"])
        unit = str(raw.get("unit"))
        currency = RT_CURRENCY.get(unit, unit)
        span = entity_span(case, raw, text)
        out = rt_money_scope(text, unit, raw.get("value"))
        if not out and touches_digit_group(case.input, span):
            out = "fullwidth_comma"
        entities.append(Entity(text, to_decimal(raw.get("value")), str(raw.get("value")), currency, out))
        spans.append(span)
    if entities and all(e.out for e in entities):
        return outcome(case, "money", OUT, ", ".join(str(e.text) for e in entities), entities[0].out)
    problem = match_found(case.input, entities, found_money(case.input), spans, exact_span=True, check_currency=True)
    result = outcome(case, "money", FAIL if problem else PASS, problem)
    result.dropped = [{"text": str(e.text), "category": e.out, "reason": OUT_REASONS[e.out]} for e in entities if e.out]
    return result


def rt_percent(case: Case) -> Outcome:
    entities: list[Entity] = []
    spans: list[tuple[int, int] | None] = []
    for raw in case.expected:
        text = str(raw["text"])
        entities.append(Entity(text, to_decimal(raw["value"]), str(raw["value"]), out=percent_scope(text)))
        spans.append(entity_span(case, raw, text))
    if not entities:
        out = percent_scope(case.input) if "百分点" in squash(case.input) or "折" in case.input else ""
        if out:
            return outcome(case, "percent", OUT, case.input, out)
    elif all(e.out for e in entities):
        return outcome(case, "percent", OUT, ", ".join(str(e.text) for e in entities), entities[0].out)
    problem = match_found(
        case.input, entities, found_percents(case.input), spans, exact_span=False, check_currency=False
    )
    result = outcome(case, "percent", FAIL if problem else PASS, problem)
    result.dropped = [{"text": str(e.text), "category": e.out, "reason": OUT_REASONS[e.out]} for e in entities if e.out]
    return result


# --------------------------------------------------------------------------- cn2an


def score_cn2an(case: Case, valued_inputs: dict[str, str]) -> Outcome | None:
    if case.kind != "number":
        return None
    if not case.expected:
        other = valued_inputs.get(case.input)
        if other is not None:
            return outcome(case, "number", OUT, f"{case.input!r} has a value in {other}", "strict_only")
        return check_no_number(case, "number")
    raw = case.expected[0]
    value = to_decimal(raw["value"])
    raw_value = str(raw["value"])
    if _CHEQUE.search(case.input):
        if value is not None and value != value.quantize(Decimal("0.01")):
            return outcome(case, "money", OUT, f"{case.input!r} for {raw_value}", "rmb_rounded")
        problem = check_money_surface(case.input, value, "CNY", raw_value)
        return outcome(case, "money", FAIL if problem else PASS, problem)
    # Direct mode's strings keep leading zeros ('01'); our values are numbers, compared as such.
    entity = Entity(case.input, value, raw_value, out=number_scope(case.input))
    return score_spans(case, "number", [entity], check_number)


def cn2an_valued_inputs(cases: Iterable[Case]) -> dict[str, str]:
    """Inputs that some cn2an case gives a value (normal/smart mode), with that case."""
    valued: dict[str, str] = {}
    for case in cases:
        if case.source == "cn2an" and case.kind == "number" and case.expected:
            valued.setdefault(case.input, case.case_id)
    return valued


# --------------------------------------------------------------------------- WeTextProcessing


def wtp_number_scope(spoken: str, written: str) -> str:
    if "洞" in spoken or "拐" in spoken:
        return "radio_digits"
    if not is_bare_number(spoken) or re.search(r"\d{3,4}-\d{7,8}", written):
        if re.search(r"尾号|电话|手机|身份证|拨打|\d{3,4}-\d{7,8}", spoken + written):
            return "code"
        return "running_text"
    if written.count(".") > 1:
        return "code"
    if _ADJACENT_RANGE_OUT.search(written):
        return "adjacent_range"
    return number_scope(spoken)


def score_wetextprocessing(case: Case) -> Outcome | None:
    if case.kind not in ("number", "money", "percent"):
        return None
    direction = case.meta.get("direction")
    rewrite = str(case.expected[0]["value"]) if case.expected else ""
    # itn: spoken Chinese -> written; tn: written -> spoken Chinese. The Chinese side is
    # what our parser reads; the written side gives the value.
    spoken, written = (case.input, rewrite) if direction == "itn" else (rewrite, case.input)
    kind = case.kind
    if kind == "number" and "%" in written:
        kind = "percent"
    if kind == "number":
        out = wtp_number_scope(spoken, written)
        if out:
            return outcome(case, kind, OUT, f"{spoken!r} -> {written!r}", out)
        value = arabic_value(written)
        entity = Entity(spoken, value, written)
        return score_spans(case, kind, [entity], check_number)
    if kind == "money":
        match = _SYMBOL_VALUE.fullmatch(written.strip())
        if match is None:
            return outcome(case, kind, FAIL, f"cannot read the written side {written!r}")
        if _ADJACENT_RANGE_OUT.search(match.group("number")):
            return outcome(case, kind, OUT, f"{spoken!r} -> {written!r}", "adjacent_range")
        currency = SYMBOL_CURRENCY[match.group("symbol")]
        value = to_decimal(match.group("number"))
        problem = check_money_surface(spoken, value, currency, match.group("number"))
        return outcome(case, kind, FAIL if problem else PASS, problem)
    # percent
    number = written.strip().rstrip("%")
    if _ADJACENT_RANGE_OUT.search(number) or "~" in number:
        return outcome(case, kind, OUT, f"{spoken!r} -> {written!r}", "bare_range")
    entity = Entity(None, to_decimal(number), number, out=percent_scope(spoken))
    if entity.out:
        return outcome(case, kind, OUT, spoken, entity.out)
    problem = match_found(spoken, [entity], found_percents(spoken), [None], exact_span=False, check_currency=False)
    return outcome(case, kind, FAIL if problem else PASS, problem)


# --------------------------------------------------------------------------- chinese2digits, numcn


def c2d_scope(case: Case, text: str, raw_value: str) -> str:
    squashed = squash(text)
    if raw_value.endswith("%") and "百分之" not in squashed and "%" not in squashed:
        return "baisi"
    if re.match(r"负?[千万]分之", squashed):
        return "permille"
    if re.match(r"[万千]", squashed) and (to_decimal(raw_value) or 1) < 1:
        return "finance_shorthand"
    if "%" in squashed and not squashed.endswith("%"):
        return "percent_in_number"
    if re.search(r"百分之负?[一二三四五六七八九]{2}$", squashed):
        return "adjacent_percent"
    if re.fullmatch(r"[零一二三四五六七八九]{2,}[十百千万亿].*", squashed) and "点" not in squashed:
        return "digit_string_unit"
    if squashed.endswith("百") and "百分之" in case.input and normalize(case.input).find(squashed) < 0:
        return "span_cut"
    if re.match(r"负?百分之|.*%$", squashed):
        return percent_scope(text)
    return number_scope(text)


def score_chinese2digits(case: Case) -> list[Outcome]:
    """Entity by entity on the suite's spans: numbers through ``parse_number``, percentages
    (百分之X, X%) through the percent finders on the span; one outcome per kind."""
    if not case.expected:
        return [outcome(case, "number", OUT, case.input, "suite_conflict_shi")]
    convert = bool(case.meta.get("percentConvert"))
    numbers: list[Entity] = []
    percents: list[Entity] = []
    for raw in case.expected:
        text = str(raw["text"])
        raw_value = str(raw["value"])
        out = c2d_scope(case, text, raw_value)
        if re.match(r"负?百分之|.*%$", squash(text)):
            value = to_decimal(raw_value.rstrip("%"))
            if value is not None and convert:
                value = (value * 100).normalize()  # percentConvert gives the ratio; our value is the percent
            percents.append(Entity(text, value, str(value), out=out))
        else:
            numbers.append(Entity(text, to_decimal(raw_value), raw_value, out=out))
    results = []
    if numbers:
        results.append(score_spans(case, "number", numbers, check_number))
    if percents:
        results.append(score_spans(case, "percent", percents, check_percent_span))
    return results


def check_percent_span(entity: Entity) -> str:
    text = entity.text or ""
    problem = match_found(text, [entity], found_percents(text), [None], exact_span=False, check_currency=False)
    return f"{text!r}: {problem}" if problem else ""


def score_numcn(case: Case) -> Outcome:
    raw = case.expected[0]
    entity = Entity(case.input, to_decimal(raw["value"]), str(raw["value"]), out=number_scope(case.input))
    return score_spans(case, "number", [entity], check_number)


# --------------------------------------------------------------------------- driver


def load_cases(suites: Path) -> list[Case]:
    cases = []
    for name in SUITE_FILES:
        path = suites / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    cases.append(
                        Case(
                            source=record["source"],
                            case_id=record["case_id"],
                            kind=record["kind"],
                            input=record["input"],
                            expected=record.get("expected") or [],
                            notes=record.get("notes") or "",
                            meta=record.get("meta") or {},
                        )
                    )
    return cases


@dataclass
class Report:
    outcomes: list[Outcome]
    not_measured: dict[tuple[str, str], int]


def score_cases(cases: list[Case]) -> Report:
    valued = cn2an_valued_inputs(cases)
    outcomes: list[Outcome] = []
    not_measured: Counter[tuple[str, str]] = Counter()
    for case in cases:
        result: Outcome | None
        if case.source == "recognizers_text":
            result = score_recognizers_text(case)
        elif case.source == "cn2an":
            result = score_cn2an(case, valued)
        elif case.source == "wetextprocessing":
            result = score_wetextprocessing(case)
        elif case.source == "chinese2digits":
            outcomes.extend(score_chinese2digits(case))
            continue
        elif case.source == "numcn":
            result = score_numcn(case)
        else:
            result = None
        if result is None:
            not_measured[(case.source, case.kind)] += 1
        else:
            outcomes.append(result)
    return Report(outcomes, dict(not_measured))


def score_suites(suites: Path) -> Report:
    """Score every suite file found in ``suites``."""
    return score_cases(load_cases(suites))


@dataclass
class Row:
    source: str
    kind: str
    cases: int = 0
    in_scope: int = 0
    passed: int = 0

    @property
    def rate(self) -> float | None:
        return self.passed / self.in_scope if self.in_scope else None


def summarize(outcomes: Iterable[Outcome]) -> list[Row]:
    """One row per source and kind, then one ``all`` row per kind."""
    rows: dict[tuple[str, str], Row] = {}
    for item in outcomes:
        for key in ((item.source, item.kind), ("all", item.kind)):
            row = rows.setdefault(key, Row(*key))
            row.cases += 1
            row.in_scope += item.status != OUT
            row.passed += item.status == PASS
    kind_order = {kind: i for i, kind in enumerate(KINDS)}
    source_order = {name.removesuffix(".jsonl"): i for i, name in enumerate(SUITE_FILES)}
    return sorted(
        rows.values(),
        key=lambda r: (r.source == "all", kind_order.get(r.kind, 99), source_order.get(r.source, 99)),
    )


def pass_rates(report: Report) -> dict[str, float | None]:
    """In-scope pass rate per kind over all sources."""
    return {row.kind: row.rate for row in summarize(report.outcomes) if row.source == "all"}


def out_of_scope_counts(report: Report) -> Counter[str]:
    """Out-of-scope cases (and dropped entities inside in-scope cases) per category."""
    counts: Counter[str] = Counter()
    for item in report.outcomes:
        if item.status == OUT:
            counts[item.category] += 1
        for entity in item.dropped:
            counts[entity["category"] + " (entity)"] += 1
    return counts


def render_table(report: Report) -> str:
    lines = [
        "| source | kind | cases | in scope | passed | pass rate |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for row in summarize(report.outcomes):
        rate = "n/a" if row.rate is None else f"{100 * row.rate:.1f} %"
        source = f"**{row.source}**" if row.source == "all" else row.source
        lines.append(f"| {source} | {row.kind} | {row.cases} | {row.in_scope} | {row.passed} | {rate} |")
    return "\n".join(lines)


def render_not_measured(report: Report) -> str:
    lines = ["| source | kind | cases | why not measured |", "|---|---|---:|---|"]
    for (source, kind), count in sorted(report.not_measured.items()):
        lines.append(f"| {source} | {kind} | {count} | {NOT_MEASURED.get(kind, 'not a kind this script measures')} |")
    return "\n".join(lines)


def render_categories(report: Report) -> str:
    lines = ["| category | count | reason |", "|---|---:|---|"]
    for category, count in sorted(out_of_scope_counts(report).items(), key=lambda kv: (-kv[1], kv[0])):
        key = category.removesuffix(" (entity)")
        lines.append(f"| {category} | {count} | {OUT_REASONS[key]} |")
    return "\n".join(lines)


def _lines(items: Iterable[Outcome], show: Callable[[Outcome], Iterator[str]]) -> str:
    return "\n".join(line for item in items for line in show(item))


def render_failures(report: Report) -> str:
    def show(item: Outcome) -> Iterator[str]:
        yield f"- `{item.source}` {item.kind} `{item.case_id}` {item.input!r}: {item.detail}"

    return _lines((o for o in report.outcomes if o.status == FAIL), show)


def render_out_of_scope(report: Report) -> str:
    def show(item: Outcome) -> Iterator[str]:
        if item.status == OUT:
            yield f"- `{item.source}` {item.kind} `{item.case_id}` {item.input!r} [{item.category}]: {item.reason}"
        for entity in item.dropped:
            yield (
                f"- `{item.source}` {item.kind} `{item.case_id}` span {entity['text']!r} (inside an in-scope case) "
                f"[{entity['category']}]: {entity['reason']}"
            )

    return _lines(report.outcomes, show)


def default_suites() -> Path:
    env = os.environ.get("EXTRACTOR_SUITES")
    return Path(env) if env else ROOT.parent / "shared" / "suites"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--suites", type=Path, default=None, help="suites directory (default: $EXTRACTOR_SUITES)")
    parser.add_argument("--failures", action="store_true", help="list the failing in-scope cases")
    parser.add_argument("--out-of-scope", action="store_true", help="list every out-of-scope case with its reason")
    parser.add_argument("--json", action="store_true", help="print the outcomes and the table as JSON")
    args = parser.parse_args(argv)
    suites: Path = args.suites or default_suites()
    if not suites.is_dir():
        print(f"suites directory not found: {suites} (use --suites or EXTRACTOR_SUITES)", file=sys.stderr)
        return 2
    report = score_suites(suites)
    if args.json:
        payload = {
            "rows": [{**asdict(row), "pass_rate": row.rate} for row in summarize(report.outcomes)],
            "not_measured": [{"source": s, "kind": k, "cases": n} for (s, k), n in sorted(report.not_measured.items())],
            "out_of_scope_categories": dict(out_of_scope_counts(report)),
            "outcomes": [asdict(item) for item in report.outcomes],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=1))
        return 0
    print(render_table(report))
    print("\nNot measured:\n")
    print(render_not_measured(report))
    print("\nOut-of-scope categories:\n")
    print(render_categories(report))
    if args.failures:
        print("\nFailures:\n")
        print(render_failures(report) or "(none)")
    if args.out_of_scope:
        print("\nOut of scope:\n")
        print(render_out_of_scope(report) or "(none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
