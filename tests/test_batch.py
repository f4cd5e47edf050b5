"""Batch work: one output per input record, a fault on one record never ends the batch."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import extractor
import extractor.batch
from extractor.cli import main

SENTENCE = "道里区一举拿下近300亿大单，总投资额达293.9亿元。"
RECORDS: list[Any] = [
    {"id": "a", "text": SENTENCE, "published": "2017-11-30"},
    {"id": 7},  # no text
    "not a mapping",
    {"id": "b", "text": SENTENCE, "published": 2017},  # a date that is not a string
    {"text": "投资120亿"},  # no id
]


def test_one_output_per_record_in_order() -> None:
    out = list(extractor.extract_records(RECORDS))
    assert [r["id"] for r in out] == ["a", "7", None, "b", None]
    assert [("error" in r) for r in out] == [False, True, True, True, False]
    assert out[0]["meta"]["published"] == "2017-11-30"
    assert [m["text"] for m in out[4]["amounts"]] == ["120亿"]


def test_a_fault_on_one_record_is_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    real = extractor.batch.extract

    def faulty(text: str, **kwargs: Any) -> extractor.Document:
        if "坏" in text:
            raise RuntimeError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(extractor.batch, "extract", faulty)
    out = list(extractor.extract_records([{"id": "x", "text": "坏"}, {"id": "y", "text": SENTENCE}]))
    assert out[0] == {"id": "x", "error": extractor.errors.Errors.E011.format(kind="RuntimeError", reason="boom")}
    assert len(out[1]["amounts"]) == 2


def test_cli_batch_survives_a_fault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(extractor.batch, "extract", lambda text, **kwargs: 1 / 0)
    lines = [json.dumps({"id": i, "text": SENTENCE}, ensure_ascii=False) for i in ("p", "q")]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in.jsonl")]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["id"], "ZeroDivisionError" in r["error"]) for r in out] == [("p", True), ("q", True)]


def test_non_string_published_is_a_clear_error() -> None:
    with pytest.raises(extractor.InputError, match="ISO date string"):
        extractor.extract(SENTENCE, published=2017)  # type: ignore[arg-type]


def test_dask_bag_map_in_worker_processes() -> None:
    bag_module = pytest.importorskip("dask.bag")
    records = [{"id": str(i), "text": f"投资{i}亿元"} for i in range(1, 7)]
    bag = bag_module.from_sequence(records, npartitions=3)
    out = bag.map(extractor.extract_record).compute(scheduler="processes", num_workers=2)
    assert [(r["id"], r["amounts"][0]["value"]) for r in out] == [(str(i), i * 100_000_000) for i in range(1, 7)]
