"""Other projects' test suites (``scripts/suites.py``): pass-rate floors and parser regressions.

The floors are the in-scope pass rates measured by ``python scripts/suites.py`` (see
``docs/suites.md``); a change that lowers one fails here. The regression tests below name
the parser bug each one pins down; they run without the suites.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

import extractor
from extractor import parse_number
from extractor.growth import find_growth, find_percentages
from extractor.money import find_money
from extractor.numerals import digit_pair

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "suites.py"

# In-scope pass-rate floors over all sources, per kind (measured; docs/suites.md).
FLOORS = {
    "number": 0.95,
    "number_range": 0.95,
    "money": 0.98,
    "percent": 0.95,
}


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("suites_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def suites() -> ModuleType:
    return load_script()


@pytest.fixture(scope="module")
def report(suites: ModuleType) -> object:
    env = os.environ.get("EXTRACTOR_SUITES")
    directory = Path(env) if env else ROOT.parent / "shared" / "suites"
    if not directory.is_dir():
        pytest.skip(f"suites not found at {directory}: set EXTRACTOR_SUITES to the shared suites directory")
    return suites.score_suites(directory)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_pass_rate_floor(suites: ModuleType, report: object, kind: str) -> None:
    rate = suites.pass_rates(report)[kind]
    assert rate is not None and rate >= FLOORS[kind], f"{kind}: {rate:.3f} < floor {FLOORS[kind]}"


def test_every_out_of_scope_case_has_a_reason(suites: ModuleType, report: object) -> None:
    for item in report.outcomes:  # type: ignore[attr-defined]
        if item.status == suites.OUT:
            assert item.category in suites.OUT_REASONS and item.reason, item
        for entity in item.dropped:
            assert entity["category"] in suites.OUT_REASONS, entity


def test_every_kind_is_measured(suites: ModuleType, report: object) -> None:
    rows = {(row.source, row.kind) for row in suites.summarize(report.outcomes)}  # type: ignore[attr-defined]
    for key in [
        ("recognizers_text", "number"),
        ("recognizers_text", "money"),
        ("recognizers_text", "percent"),
        ("cn2an", "number"),
        ("wetextprocessing", "money"),
        ("chinese2digits", "number"),
        ("numcn", "number"),
    ]:
        assert key in rows


def test_written_side_reader(suites: ModuleType) -> None:
    assert suites.arabic_value("100万1111") == Decimal(1001111)
    assert suites.arabic_value("1亿2300") == Decimal(100002300)
    assert suites.arabic_value("-3.1415926") == Decimal("-3.1415926")
    assert suites.arabic_value("300~500") is None


def test_float_rounded_source_values(suites: ModuleType) -> None:
    raw = "2.02107211321364E+23"
    assert suites.same_value(Decimal("202107211321363588510367"), Decimal(raw), raw)
    assert not suites.same_value(Decimal("202107211321363588510367"), Decimal("2E+23"), "2E+23")


# Regression tests, one per parser bug found by the suites.


def test_zero_before_a_unit_stands_for_one() -> None:
    # 一万零十二 was 10002: 零十 multiplied the unit by 0.
    assert parse_number("一万零十二") == 10012
    assert parse_number("零十") == 10
    assert parse_number("一百零十万") == 1100000
    assert parse_number("一万零百一十一") == 10111


def test_elided_unit_before_a_point() -> None:
    # 两千三点一 was 2003.1: the elided 百 was dropped when a point followed.
    assert parse_number("两千三点一") == Decimal("2300.1")
    assert parse_number("一千六点五") == Decimal("1600.5")
    assert parse_number("一百点五") == Decimal("100.5")


def test_point_after_a_bare_unit() -> None:
    # 十点二三三 was None: a point needed a digit before it, and 十 is a unit.
    assert parse_number("十点二三三") == Decimal("10.233")


def test_negative_sign() -> None:
    # 负三十二 and -10.1万 were None.
    assert parse_number("负三十二") == -32
    assert parse_number("負四十五亿零四百零四万") == -4504040000
    assert parse_number("-10.1万") == -101000
    assert parse_number("负") is None


def test_approximate_inside_the_number_gives_the_written_number() -> None:
    # 一千多万 was None; money §1 takes the written number (the lower bound).
    assert parse_number("一千多万") == 10000000
    assert parse_number("十余万") == 100000
    assert parse_number("二十几万") == 200000
    assert parse_number("500余万") == 5000000
    assert parse_number("三十万多亿") == 30000000000000
    assert parse_number("几十") is None
    assert parse_number("三千多五百") is None


def test_arabic_digits_after_zero() -> None:
    # 1千零20 was None: an Arabic number after 零 was refused.
    assert parse_number("1千零20") == 1020
    assert parse_number("2千零30万") == 20300000


def test_arabic_digits_after_a_chinese_point() -> None:
    # 一百点123 was None.
    assert parse_number("一百点123") == Decimal("100.123")


def test_literary_tens() -> None:
    # 廿二 and 卌玖 were None.
    assert parse_number("廿二") == 22
    assert parse_number("卌玖") == 49


def test_point_without_digits_is_not_a_number() -> None:
    # 零点 was 0.
    assert parse_number("零点") is None
    assert parse_number("一点") is None


def test_repeated_or_rising_unit_is_not_a_number() -> None:
    # 十一十二 was 22, 十七十八 was 88, 百十一 was 111.
    assert parse_number("十一十二") is None
    assert parse_number("十七十八") is None
    assert parse_number("百十一") is None
    assert parse_number("百三") == 130
    assert parse_number("百万") == 1000000


def test_adjacent_digits_are_a_range_not_a_number() -> None:
    # 三五百 was 3500, 十五六 was 21, 一万六七 was 10067, 二三十 was 230, 八九千 was 89000.
    for text in ["三五百", "十五六", "四十五六", "一万六七", "二三十", "八九千", "三零万"]:
        assert parse_number(text) is None, text
    assert parse_number("二〇一七") == 2017
    assert parse_number("一二点三零") == Decimal("12.3")


def test_one_digit_after_wan_or_yi_stands_for_the_next_unit_down() -> None:
    assert parse_number("1万5") == 15000  # as 一万五
    assert parse_number("2亿3") == 230000000
    assert parse_number("1万50") == 10050  # two digits: no unit elided
    assert parse_number("1万零5") == 10005


def test_digit_pair_gives_the_ends_of_the_range() -> None:
    assert digit_pair("七八") == (7, 8)
    assert digit_pair("三四十") == (30, 40)
    assert digit_pair("三五万") is None  # neighbours only, as counts and changes read them
    assert digit_pair("三五万", neighbours=False) == (30000, 50000)
    assert digit_pair("五三", neighbours=False) is None  # a falling pair is no range
    assert digit_pair("十五") is None


def test_chinese_digit_after_an_arabic_number_is_not_a_number() -> None:
    # 0.1零 was 1.
    assert parse_number("0.1零") is None


def test_more_parts_after_a_scaled_decimal_are_not_a_number() -> None:
    # 10.1万零100 would read as 101100.
    assert parse_number("10.1万零100") is None
    assert parse_number("4.78万亿") == 4780000000000
    assert parse_number("3.1千万") == 31000000


def test_liang_is_not_a_digit_of_a_digit_string() -> None:
    # 两两 ("in pairs") was 22.
    assert parse_number("两两") is None
    assert parse_number("两千两百") == 2200


def test_money_text_has_no_leading_space() -> None:
    # 4人民币 5美元 gave ' 5美元' starting at the space: the space before a number was
    # taken into the mention when no currency prefix preceded it.
    found = [(m.text, m.start) for m in find_money("4人民币 5美元")]
    assert found == [("4人民币", 0), ("5美元", 5)]
    assert [m.text for m in find_money("总投资 5亿元")] == ["5亿元"]
    assert [m.text for m in find_money("人民币 8千元")] == ["人民币 8千元"]


def test_money_subunits_after_yuan() -> None:
    # 五元三毛 gave 五元 = 5 and 50元6角三分 gave 50元 = 50: 角/毛/分 after 元 were dropped.
    assert [(m.text, m.value) for m in find_money("这个手机壳五元三毛")] == [("五元三毛", Decimal("5.3"))]
    assert [(m.text, m.value) for m in find_money("50元6角三分")] == [("50元6角三分", Decimal("50.63"))]
    assert [(m.text, m.value) for m in find_money("壹元零壹分")] == [("壹元零壹分", Decimal("1.01"))]
    assert [m.text for m in find_money("5元一分钟")] == ["5元"]
    assert [m.text for m in find_money("100元三分之一")] == ["100元"]
    assert [m.text for m in find_money("两美元三毛")] == ["两美元"]


def test_percent_baifenzhi_with_arabic_digits() -> None:
    # 百分之2.4 and 上升了百分之2.2 gave nothing: only Chinese numerals were read after 百分之.
    assert [(p.text, p.value) for p in find_percentages("百分之2.4")] == [("百分之2.4", Decimal("2.4"))]
    assert [(g.text, g.value) for g in find_growth("上升了百分之2.2")] == [("上升了百分之2.2", Decimal("2.2"))]
    assert list(find_percentages("五百分之2.2")) == []  # a fraction, 2.2/500


def test_percent_fu_is_a_minus_sign() -> None:
    # 负3.9% gave 3.9, and 增速为负3.9% gave 3.9 up.
    assert [p.value for p in find_percentages("负3.9%")] == [Decimal("-3.9")]
    assert [(g.value, g.direction) for g in find_growth("增速为负3.9%")] == [(Decimal("-3.9"), "down")]


def test_percent_signs_in_urls_are_not_percentages() -> None:
    # q=30%25%2020% gave 30%, 25% and 2020%: URL escapes were read as percentages.
    assert list(find_percentages("https://www.test.com/search?q=30%25%2020%")) == []
    assert [p.value for p in find_percentages("占比62.0%")] == [Decimal("62")]


def test_formal_subunit_alone_is_money() -> None:
    money = extractor.parse_money("壹角")
    assert money is not None and money.value == Decimal("0.1")
    assert extractor.extract("三角形的三角").amounts == ()


def test_negative_formal_amount() -> None:
    money = extractor.parse_money("负壹拾壹元整")
    assert money is not None and money.value == Decimal("-11")


def test_spaces_after_a_currency_prefix() -> None:
    [money] = extractor.extract("人民币  50元").amounts
    assert money.text == "人民币  50元"


def test_more_currencies() -> None:
    money = extractor.parse_money("445奈拉")
    assert money is not None and money.currency == "NGN"
