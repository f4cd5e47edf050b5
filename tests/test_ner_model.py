"""Tests of the statistical NER model shipped in extractor/models/ner.

The sentences below were written for these tests (not taken from any dataset);
the assertions are only the ones the shipped model passes reliably (see
docs/ner.md for its measured scores).
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer

from extractor import ner_train
from extractor.ner_train import (
    LABEL_MAP,
    LABELS_PATH,
    OUR_LABELS,
    load_label_map,
    make_doc,
    read_boson,
    read_cluener,
)

MODEL_PATH = Path(str(resources.files("extractor").joinpath("models", "ner")))


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(MODEL_PATH)


def test_model_dir_is_the_package_path_and_small() -> None:
    assert MODEL_PATH == ner_train.MODEL_DIR
    size = sum(f.stat().st_size for f in MODEL_PATH.rglob("*") if f.is_file())
    assert size <= 30 * 1024 * 1024


def test_model_loads_with_char_tokenizer(nlp: Language) -> None:
    assert nlp.lang == "zh"
    assert nlp.pipe_names == ["ner"]
    assert [t.text for t in nlp.make_doc("南宁市 ABC")] == ["南", "宁", "市", "A", "B", "C"]


def test_labels_are_exactly_ours(nlp: Language) -> None:
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, EntityRecognizer)
    assert set(ner.labels) == set(OUR_LABELS)
    assert set(LABEL_MAP.values()) == set(OUR_LABELS)


# Sentences written for this test, in the style of 哈尔滨市道里区委书记冯延平说.
PERSON_SENTENCES = {
    "南宁市青秀区委书记王建国说，今年将加快推进一批重点项目建设。": "王建国",
    "记者李明从杭州市发改委获悉，该市上半年固定资产投资增长8%。": "李明",
    "在昨天的签约仪式上，公司董事长张志强介绍了项目的投资计划。": "张志强",
    "襄阳市副市长刘海涛出席开工仪式并讲话。": "刘海涛",
}


@pytest.mark.parametrize("text", sorted(PERSON_SENTENCES))
def test_finds_a_person(nlp: Language, text: str) -> None:
    persons = [ent.text for ent in nlp(text).ents if ent.label_ == "PERSON"]
    assert persons, f"no PERSON in {text}"
    assert PERSON_SENTENCES[text] in persons


def test_label_file_has_no_duplicate_keys() -> None:
    keys = []
    for line in LABELS_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            dataset, source, _ = line.split("\t")
            keys.append((dataset, source))
    assert keys, "label file is empty"
    assert [key for key, n in Counter(keys).items() if n > 1] == []
    assert load_label_map() == dict(zip(keys, LABEL_MAP.values(), strict=True))


def test_label_file_rejects_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "labels.tsv"
    path.write_text("# x\nboson\tlocation\tPLACE\nboson\tlocation\tORG\n", encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate"):
        load_label_map(path)


def test_read_cluener_maps_labels_and_offsets(tmp_path: Path) -> None:
    text = "甲乙公司总经理王五在丙市说起《某书》。"
    record = {
        "text": text,
        "label": {
            "company": {"甲乙公司": [[0, 3]]},
            "position": {"总经理": [[4, 6]]},
            "name": {"王五": [[7, 8]]},
            "address": {"丙市": [[10, 11]]},
            "book": {"《某书》": [[14, 17]]},
        },
    }
    path = tmp_path / "c.json"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [(got_text, spans)] = list(read_cluener(path))
    assert got_text == text
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("甲乙公司", "COMPANY"),
        ("总经理", "TITLE"),
        ("王五", "PERSON"),
        ("丙市", "PLACE"),
    ]


def test_read_boson_splits_sentences_and_keeps_offsets(tmp_path: Path) -> None:
    text = "记者 张三报道。丁县政府和戊公司签约！己市很大\n"
    ents = [
        (2, 5, "person_name", " 张三"),  # leading space, as in the real file
        (8, 12, "org_name", "丁县政府"),
        (13, 16, "company_name", "戊公司"),
        (13, 16, "product_name", "戊公司"),  # dropped label
        (5, 9, "location", "报道。丁"),  # crosses a sentence end: skipped
        (19, 21, "location", "己市"),
    ]
    record = {
        "text": text,
        "entity_list": [{"entity_index": {"begin": b, "end": e}, "entity_type": t, "entity": s} for b, e, t, s in ents],
    }
    path = tmp_path / "b.txt"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    got = [[(sent[s:e], label) for s, e, label in spans] for sent, spans in read_boson(path)]
    assert got == [
        [("张三", "PERSON")],
        [("丁县政府", "ORG"), ("戊公司", "COMPANY")],
        [("己市", "PLACE")],
    ]
    sentences = [sent for sent, _ in read_boson(path)]
    assert sentences == ["记者 张三报道。", "丁县政府和戊公司签约！", "己市很大"]
    whole = list(read_boson(path, split_sentences=False))
    assert len(whole) == 1
    assert len(whole[0][1]) == 5


def test_make_doc_aligns_spans_and_marks_missing() -> None:
    blank = spacy.blank("zh")
    text = "记者 张三在丁县说"
    doc, skipped = make_doc(blank, text, [(3, 5, "PERSON"), (6, 8, "PLACE"), (2, 4, "PERSON")], [(0, 2)])
    assert skipped == 1  # (2, 4) starts on a space and overlaps 张三
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("张三", "PERSON"), ("丁县", "PLACE")]
    assert [t.ent_iob_ for t in doc[:2]] == ["", ""]  # 记者: missing, not O
    assert doc[4].ent_iob_ == "O"  # 在


def test_read_gold_labels_every_occurrence_of_dev_names_only(tmp_path: Path) -> None:
    import hashlib

    text = "甲公司在丁县投资。丁县政府表示，甲公司将扩产。"
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "x-1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    mention = {"start": 0, "end": 3}
    for split in ("dev", "test"):
        gold = {
            "id": "x-1",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "source": "corpus",
            "split": split,
            "body": [0, len(text)],
            "amounts": [],
            "growth": [],
            "companies": [{"text": "甲公司", **mention}],
            "organizations": [{"text": "丁县政府", "start": 9, "end": 13}],
            "persons": [],
            "places": [{"text": "丁县", "start": 4, "end": 6}],
            "projects": [],
        }
        (tmp_path / "gold" / split).mkdir(parents=True)
        (tmp_path / "gold" / split / "x-1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    got = [
        [(sent[s:e], label) for s, e, label in spans] for sent, spans in ner_train.read_gold(tmp_path / "gold", corpus)
    ]
    assert got == [
        [("甲公司", "COMPANY"), ("丁县", "PLACE")],
        [("丁县政府", "ORG"), ("甲公司", "COMPANY")],  # 丁县 inside 丁县政府 yields to it
    ]
