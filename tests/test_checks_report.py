"""Consistency checks and the readable report."""

from __future__ import annotations

import pytest
from conftest import SEED

import extractor
from extractor.cli import main
from extractor.report import render


def test_parts_that_exceed_the_total_are_flagged() -> None:
    doc = extractor.extract(
        "签约项目总投资额达293.9亿元。其中，金融项目4个，总投资206亿元；科技项目8个，总投资118.5亿元。"
    )
    [check] = doc.checks
    assert check.kind == "parts-exceed-total" and check.severity == "warning"
    assert check.amounts == (0, 1, 2)
    assert "32,450,000,000 CNY" in check.message


def test_parts_that_match_the_total_are_a_note() -> None:
    doc = extractor.extract("签约项目总投资额达300亿元，其中，金融项目总投资200亿元，科技项目总投资100亿元。")
    assert [c.kind for c in doc.checks] == ["parts-match-total"]


def test_a_breakdown_in_brackets_is_checked_whatever_the_role() -> None:
    doc = extractor.extract("公司承接8200万欧元的债务(其中银行借款5000万欧元、其他债务3500万欧元)。")
    [check] = doc.checks
    assert check.kind == "parts-exceed-total" and check.amounts == (0, 1, 2)


def test_listed_amounts_summed_in_their_sentence_are_checked() -> None:
    doc = extractor.extract(
        "职工债权总计约8967万元，税务债权总计约2238万元，抵押债权总计约3.4亿元，四项合计约4.6亿元。"
    )
    assert doc.checks == ()  # 四项 says four parts, three are listed: no sum to check
    doc = extractor.extract("A公司投资5亿元，B公司投资3亿元，共计投资10亿元。")
    [check] = doc.checks
    assert check.kind == "parts-differ-from-total" and check.severity == "warning" and check.amounts == (0, 1, 2)
    assert "800,000,000 CNY" in check.message


def test_a_sum_that_agrees_once_rounded_is_a_note() -> None:
    doc = extractor.extract("职工债权约8967万元，税务债权约2238万元，抵押债权约3.4亿元，三项合计约4.5亿元。")
    assert [c.kind for c in doc.checks] == ["parts-match-total"]  # 4.5205亿 written as 4.5亿


def test_amounts_per_unit_are_no_parts() -> None:
    assert extractor.extract("每股3元，另付手续费2元，共计300万元。").checks == ()


def test_parts_below_the_total_are_fine(seed_text: str) -> None:
    assert extractor.extract(seed_text).checks == ()  # 206 + 18.5 < 293.9: 其中 lists only some


def test_an_open_ended_total_is_not_checked() -> None:
    doc = extractor.extract("总投资达10亿元以上，其中，一期总投资8亿元，二期总投资5亿元。")
    assert doc.checks == ()


def test_the_same_fact_with_two_values_is_flagged() -> None:
    doc = extractor.extract("今年，道里区地区生产总值完成494.3亿元。\n今年，道里区地区生产总值完成495.3亿元。")
    [check] = doc.checks
    assert check.kind == "conflicting-values" and check.amounts == (0, 1)


@pytest.mark.parametrize(
    "text",
    [
        "今年，道里区地区生产总值完成36.7亿元。\n今年，道里区地区生产总值完成36.71亿元。",  # agree when rounded
        "今年，道里区进出口总额完成15亿美元。\n今年，道里区进出口总额完成100亿元。",  # two currencies
        "今年，道里区销售收入不足3亿元。\n今年，道里区销售收入完成5亿元。",  # a bound, not a value
        "今年，道里区销售收入目标为5亿元。\n今年，道里区销售收入完成2.8亿元。",  # a goal, not a result
        "今年，道里区地区生产总值从36亿元增加到40亿元。",  # one sentence: a change
    ],
    ids=["rounded", "currencies", "bound", "goal", "change-in-one-sentence"],
)
def test_values_that_do_not_contradict(text: str) -> None:
    assert extractor.extract(text).checks == ()


def test_values_that_differ_beyond_rounding_are_flagged() -> None:
    doc = extractor.extract(
        "今年，道里区财政收入完成20亿元。\n今年，道里区财政收入完成15亿元。"
    )  # 20亿 is not 2×10⁹ ± 5亿
    assert [check.kind for check in doc.checks] == ["conflicting-values"]


def test_different_projects_are_not_compared() -> None:
    doc = extractor.extract("道里区甲项目总投资10亿元。道里区乙项目总投资20亿元。")
    assert doc.checks == ()


def test_report_marks_every_figure(seed_text: str) -> None:
    report = render(extractor.extract(seed_text))
    assert "293.9亿元 = 29,390,000,000 CNY · 总投资额" in report
    assert "增长8% = +8% · 国民生产总值 · 道里区 · 今年1-3季度 [2017]" in report
    assert "拿下近⟦300亿⟧大单" in report
    assert "冯延平 (区委书记, 哈尔滨市道里区)" in report
    assert "招商蛇口金融中心项目 (investment 16,200,000,000 CNY)" in report
    assert "硬蛋 (for 硬蛋科技(深圳)有限公司)" in report
    assert "文化创意产业园项目 (by 深圳华视影业投资有限公司)" in report
    assert "国际在线版权" not in report


def test_report_lists_and_marks_shares() -> None:
    report = render(extractor.extract("今年全市开工率98%，工业增加值占GDP比重达到42.5%。"))
    assert "98% = 98% · 开工率" in report
    assert "42.5% = 42.5% · 工业增加值占GDP比重" in report
    assert "开工率⟦98%⟧" in report


def test_report_says_when_a_section_is_empty() -> None:
    report = render(extractor.extract("今年全市开工率98%。"))
    assert "MONEY\n  none found\n" in report
    assert "SHARES AND LEVELS\n  1. 98%" in report


def test_report_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEED), "--colour", "never"]) == 0
    assert "MONEY" in capsys.readouterr().out


def test_report_of_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "/no/such/file.txt"]) == 2
    assert "No such file" in capsys.readouterr().err
