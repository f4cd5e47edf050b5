"""Short company names tied to their full names, and projects to their companies."""

from __future__ import annotations

from typing import Any

import pytest

import extractor


def _companies(text: str) -> dict[str, Any]:
    return {c["text"]: c["full_name"] for c in extractor.extract(text).to_dict()["companies"]}


def _projects(text: str) -> dict[str, Any]:
    return {p["text"]: p["companies"] for p in extractor.extract(text).to_dict()["projects"]}


FULL_NAMES = [
    pytest.param(
        "硬蛋科技(深圳)有限公司拥有平台。硬蛋科技公司表示，“硬蛋”将帮助企业。",
        {"硬蛋科技公司": "硬蛋科技(深圳)有限公司", "硬蛋": "硬蛋科技(深圳)有限公司"},
        id="trade-name-and-its-company-form",
    ),
    pytest.param(
        "珠海格力电器股份有限公司发布公告称，格力电器净利润增长。",
        {"格力电器": "珠海格力电器股份有限公司"},
        id="place-before-the-short-name",
    ),
    pytest.param(
        "中国石油化工集团公司(以下简称“中石化”)宣布，中石化将加大投资。",
        {"中石化": "中国石油化工集团公司"},
        id="abbreviated-with-jiancheng",
    ),
    pytest.param(
        "华润雪花啤酒(铁岭)有限公司投产。华润雪花今年扩张。",
        {"华润雪花": None},
        id="a-word-of-trade-may-name-a-subsidiary",
    ),
    pytest.param(
        "中粮集团旗下的中粮肉食投资有限公司上市。",
        {"中粮集团": None},
        id="a-group-is-no-short-name",
    ),
    pytest.param(
        "上海宏达科技有限公司和北京宏达科技有限公司签约。宏达科技表示欢迎。",
        {"宏达科技": None},
        id="two-full-names-leave-it-unlinked",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FULL_NAMES)
def test_full_names(text: str, expected: dict[str, str | None]) -> None:
    found = _companies(text)
    assert {short: found.get(short, "missing") for short in expected} == expected


PROJECT_COMPANIES = [
    pytest.param(
        "深圳秉政民航投资有限公司和哈尔滨工业大学众达电子有限公司等共同合作的支线航空运营总部基地项目落户。",
        {"支线航空运营总部基地项目": ["深圳秉政民航投资有限公司", "哈尔滨工业大学众达电子有限公司"]},
        id="listed-and-working-together",
    ),
    pytest.param(
        "推进由河北东旭集团投资的年产100兆瓦太阳能电池项目。",
        {"年产100兆瓦太阳能电池项目": ["河北东旭集团"]},
        id="you-x-touzi-de",
    ),
    pytest.param(
        "硬蛋科技(深圳)有限公司的全球最大智能硬件创新创业平台项目签约。",
        {"智能硬件创新创业平台项目": ["硬蛋科技(深圳)有限公司"]},
        id="de-and-words-of-praise",
    ),
    pytest.param(
        "深圳华视影业投资有限公司表示，动漫文化创意产业园项目明年开工。",
        {"动漫文化创意产业园项目": None},
        id="a-company-in-another-clause-is-no-owner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROJECT_COMPANIES)
def test_project_companies(text: str, expected: dict[str, list[str] | None]) -> None:
    found = _projects(text)
    assert {project: found.get(project, "missing") for project in expected} == expected
