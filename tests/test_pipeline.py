"""End-to-end behaviour of the pipeline and the result object."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
import spacy

import extractor
from extractor._resources import read_json
from extractor.gold import read_corpus
from extractor.normalize import normalize


def test_seed_meta_and_body(seed_text: str) -> None:
    doc = extractor.extract(seed_text)
    assert doc.meta.title == "道里高起点开启跨区域合作新境界"
    assert doc.meta.published == "2017-11-30T08:50:49"
    assert doc.meta.source == "黑龙江日报"
    assert doc.meta.editors == ("吕岩", "刘征宇")
    body = seed_text[doc.body[0] : doc.body[1]]
    assert body.strip().startswith("28日")
    assert "国际在线版权" not in body


def test_seed_amounts(seed_text: str) -> None:
    doc = extractor.extract(seed_text)
    found = {(m.text, m.value, m.qualifier) for m in doc.amounts}
    assert ("300亿", Decimal("30000000000"), "about") in found
    assert ("293.9亿元", Decimal("29390000000"), "exact") in found
    assert ("162亿元", Decimal("16200000000"), "exact") in found
    assert all(m.start >= doc.body[0] and m.end <= doc.body[1] for m in doc.amounts)


def test_seed_roles_and_metrics(seed_text: str) -> None:
    doc = extractor.extract(seed_text)
    roles = {m.text: m.role for m in doc.amounts}
    assert roles["162亿元"] == "总投资"
    assert roles["494.3亿元"] == "国民生产总值"
    assert (doc.growth[0].text, doc.growth[0].metric) == ("增长8%", "国民生产总值")


def test_seed_counts_are_not_money(seed_text: str) -> None:
    texts = {m.text for m in extractor.extract(seed_text).amounts}
    assert not texts & {"2000万", "1.4万", "2万"}


def test_offsets_hold_on_the_whole_corpus(corpus_path: Path) -> None:
    for record_id, text in read_corpus(corpus_path).items():
        result = extractor.extract(text, id=record_id).to_dict()
        for field in ("amounts", "growth", "percentages"):
            for mention in result[field]:
                assert text[mention["start"] : mention["end"]] == mention["text"], (record_id, mention)


def test_normalisation_keeps_length_on_the_corpus(corpus_path: Path) -> None:
    for text in read_corpus(corpus_path).values():
        assert len(normalize(text)) == len(text)


def test_output_validates_against_the_schema(seed_text: str, corpus_path: Path) -> None:
    schema = read_json("schema.json")
    texts = [seed_text, *list(read_corpus(corpus_path).values())[:40]]
    for doc in extractor.extract_many(texts):
        jsonschema.validate(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)), schema)


def test_json_numbers_read_back_exactly(corpus_path: Path) -> None:
    for text in read_corpus(corpus_path).values():
        for money in extractor.extract(text).amounts:
            dumped = json.loads(json.dumps(money.to_dict()), parse_float=Decimal)
            if money.value is not None:
                assert Decimal(str(dumped["value"])) == money.value


@pytest.mark.parametrize("text", ["", "   \n\t ", "Hello world, no Chinese here.", "，。！？", "\x00\x01"])
def test_text_without_figures_gives_empty_lists(text: str) -> None:
    doc = extractor.extract(text)
    assert doc.amounts == () and doc.growth == ()


def test_non_text_input_raises_our_error() -> None:
    with pytest.raises(extractor.InputError, match="Expected text as str"):
        extractor.extract(b"bytes")  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_5_mb_article_is_processed(seed_text: str) -> None:
    start, end = extractor.extract(seed_text).body
    body = seed_text[start:end]
    copies = 5_000_000 // len(body.encode("utf-8")) + 1
    doc = extractor.extract(body * copies)
    assert len(doc.amounts) == 9 * copies


def test_extract_many_keeps_order(seed_text: str) -> None:
    docs = list(extractor.extract_many(["投资120亿", "", seed_text]))
    assert [len(d.amounts) > 0 for d in docs] == [True, False, True]


def test_extract_and_extract_many_share_one_pipeline() -> None:
    from extractor.pipeline import default_pipeline

    assert default_pipeline() is default_pipeline(False) is default_pipeline(ner=False)
    assert default_pipeline(True) is default_pipeline(ner=True)


def test_later_articles_leave_the_vocabulary_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import pipeline

    texts = [f"公司{i}号项目总投资{i}.{i}7亿元，同比增长{i}.3%。" for i in range(1, 40)]
    nlp = pipeline.default_pipeline()
    lasting = [extractor.extract(text).to_dict() for text in texts]
    monkeypatch.setattr(pipeline, "VOCABULARY", pipeline._Vocabulary(lasting=0))
    strings = len(nlp.vocab.strings)
    fresh = [f"公司{i}号项目总投资{i}.{i}8亿元，同比增长{i}.4%。" for i in range(1, 40)]
    freed = [extractor.extract(text).to_dict() for text in texts]
    streamed = [document.to_dict() for document in extractor.extract_many(fresh)]
    assert freed == lasting  # the same results inside a memory zone
    assert [d["amounts"][0]["text"] for d in streamed] == [f"{i}.{i}8亿元" for i in range(1, 40)]
    [extractor.extract(text) for text in fresh]
    assert len(nlp.vocab.strings) == strings


def test_components_work_in_another_pipeline() -> None:
    nlp = spacy.blank("zh")  # spaCy's own character segmenter, not ours
    nlp.add_pipe("exr_meta")
    nlp.add_pipe("exr_money")
    doc = nlp("道里区一举拿下近300亿大单，总投资额达293.9亿元。")
    assert [m.text for m in doc._.exr_amounts] == ["300亿", "293.9亿元"]


def test_a_match_that_cuts_a_word_is_rejected() -> None:
    texts = [m.text for m in extractor.extract("李四人民币50元").amounts]
    assert "四人民币" not in texts
    assert texts == ["人民币50元"]


def test_parser_and_extractor_agree_on_the_seed(seed_text: str) -> None:
    for money in extractor.extract(seed_text).amounts:
        parsed = extractor.parse_money(money.text)
        assert parsed is not None
        assert (parsed.value, parsed.currency, parsed.low, parsed.high) == (
            money.value,
            money.currency,
            money.low,
            money.high,
        )
