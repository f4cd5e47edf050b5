"""The command line: every input record yields a result or an error record."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from extractor.cli import Progress, count_records, main

SENTENCE = "道里区一举拿下近300亿大单，总投资额达293.9亿元。"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(list(args)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_txt_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    [record] = run(capsys, "extract", str(tmp_path / "a.txt"))
    assert record["id"] == "a"
    assert [m["text"] for m in record["amounts"]] == ["300亿", "293.9亿元"]  # type: ignore[union-attr]


def test_directory_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "gb.txt").write_bytes(SENTENCE.encode("gb18030"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    records = {r["id"]: r for r in run(capsys, "extract", str(tmp_path))}
    assert len(records["gb"]["amounts"]) == 2  # type: ignore[arg-type]
    assert "error" in records["binary"]
    assert records["empty"]["amounts"] == []


def test_jsonl_keeps_going_past_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": "x", "text": SENTENCE}, ensure_ascii=False), "", "not json", '{"text": 5}']
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = run(capsys, "extract", str(tmp_path / "in.jsonl"))
    assert len(records) == 4
    assert records[0]["id"] == "x" and "error" not in records[0]
    assert all("error" in r for r in records[1:])


def test_stdin_json_lines(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = '{"id": "a", "text": "总投资10亿元"}\n{"id": "b", "text": "增长8%"}\nnot json\n'
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    rows = run(capsys, "extract", "-")
    assert [row["id"] for row in rows] == ["a", "b", "stdin:3"]
    assert rows[0]["amounts"][0]["text"] == "10亿元" and "error" in rows[2]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SENTENCE))
    [record] = run(capsys, "extract", "-")
    assert len(record["amounts"]) == 2  # type: ignore[arg-type]


def test_missing_path_is_an_error_record(capsys: pytest.CaptureFixture[str]) -> None:
    [record] = run(capsys, "extract", "/no/such/file.txt")
    assert "No such file" in str(record["error"])


def test_resume_skips_done_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    for name in "abc":
        (tmp_path / "in" / f"{name}.txt").write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "a"}) + "\n", encoding="utf-8")
    run(capsys, "extract", str(tmp_path / "in"), "--out", str(out), "--resume")
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "b", "c"]


def test_parallel_jobs_keep_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": str(i), "text": SENTENCE}, ensure_ascii=False) for i in range(40)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines), encoding="utf-8")
    records = run(capsys, "extract", str(tmp_path / "in.jsonl"), "--jobs", "2")
    assert [r["id"] for r in records] == [str(i) for i in range(40)]


def test_eval_prints_the_table(corpus_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--split", "dev", "--corpus", str(corpus_path)]) == 0
    out = capsys.readouterr().out
    assert "| amounts |" in out and "| growth |" in out


def test_eval_compares_with_baselines(corpus_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--split", "dev", "--corpus", str(corpus_path), "--compare"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.startswith("| field | extractor | regex")


def test_eval_without_corpus_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--split", "dev", "--corpus", str(tmp_path / "missing.jsonl")]) == 2
    assert "EXTRACTOR_CORPUS" in capsys.readouterr().err


def test_flat_facts_are_table_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "今年1-3季度，道里区国民生产总值完成494.3亿元，增长8%。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00binary")
    rows = run(capsys, "extract", str(tmp_path), "--flat", "facts")
    assert rows == [
        {"id": "a", "metric": "国民生产总值", "region": "道里区", "period": "今年1-3季度", "year": None,
         "amount": 0, "growth": 0, "percentage": None, "amount_text": "494.3亿元", "amount_value": 49430000000,
         "currency": "CNY", "growth_text": "增长8%", "growth_value": 8, "growth_unit": "percent", "direction": "up",
         "percentage_text": None, "percentage_value": None}
    ]  # fmt: skip


def test_flat_facts_carry_shares(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("今年1-7月，西安市开工率98%。", encoding="utf-8")
    [row] = run(capsys, "extract", str(tmp_path), "--flat", "facts")
    assert (row["metric"], row["region"], row["percentage"], row["percentage_text"], row["percentage_value"]) == (
        "开工率", "西安市", 0, "98%", 98
    )  # fmt: skip


def test_flat_errors_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b.txt").write_bytes(b"\x00binary")
    assert main(["extract", str(tmp_path), "--flat", "amounts"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and '"error"' in captured.err


def test_jsonl_is_split_at_newlines_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = [SENTENCE + "\u2028" + SENTENCE, "投资5亿元\x0c。"]  # U+2028 and a form feed inside a record
    lines = [json.dumps({"id": str(i), "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    (tmp_path / "in.jsonl").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    records = run(capsys, "extract", str(tmp_path / "in.jsonl"))
    assert [(r["id"], len(r["amounts"])) for r in records] == [("0", 4), ("1", 1)]  # type: ignore[arg-type]


def test_a_line_of_bad_bytes_is_one_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = json.dumps({"id": "ok", "text": SENTENCE}, ensure_ascii=False).encode("gb18030")
    (tmp_path / "in.jsonl").write_bytes(b'{"id": "bad", "text": "\x00\xff"}\n' + good + b"\n")
    records = run(capsys, "extract", str(tmp_path / "in.jsonl"))
    assert "error" in records[0] and len(records[1]["amounts"]) == 2  # type: ignore[arg-type]


def test_progress_counts_the_records_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "投资5亿元"}\n\n{"text": "投资6亿元"}\n', encoding="utf-8")
    assert count_records([str(tmp_path)]) == 4 and count_records(["-"]) is None
    assert main(["extract", str(tmp_path), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "4/4 records (100 %)" in err and err.endswith("4 records, 1 errors\n")


def test_progress_line_without_a_total() -> None:
    stream = io.StringIO()
    progress = Progress(None, stream)
    progress.shown -= 1  # as if the last line were shown a second ago
    progress.step()
    assert stream.getvalue().startswith("\r1 records, ")
