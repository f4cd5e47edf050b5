"""How the statistical model's names join the rules' names (extractor/ner.py)."""

from __future__ import annotations

import extractor
from extractor.ner import combine
from extractor.types import Name


def company(text: str, start: int) -> Name:
    return Name(text, start, start + len(text), "company")


def test_a_repeated_model_company_is_added() -> None:
    model = [company("京东方", 10), company("京东方", 40)]
    assert [(n.text, n.start) for n in combine([], model)] == [("京东方", 10), ("京东方", 40)]


def test_a_single_model_company_is_not_added() -> None:
    assert combine([], [company("京东方", 10)]) == []


def test_rules_win_where_the_model_overlaps() -> None:
    rules = [Name("招商蛇口金融中心项目", 5, 15, "project")]
    model = [company("招商蛇口", 5), company("招商蛇口", 30)]
    assert [(n.text, n.start) for n in combine(rules, model)] == [("招商蛇口金融中心项目", 5), ("招商蛇口", 30)]


def test_other_labels_from_the_model_are_not_added() -> None:
    model = [Name("张三", 1, 3, "person"), Name("张三", 9, 11, "person")]
    assert combine([], model) == []


def test_ner_pipeline_keeps_every_rule_name(seed_text: str) -> None:
    rules = {(n.text, n.label) for n in extractor.extract(seed_text).names}
    with_model = {(n.text, n.label) for n in extractor.extract(seed_text, ner=True).names}
    assert rules <= with_model
