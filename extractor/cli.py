"""The command line: ``extractor extract``, ``report``, ``eval`` and ``train``.

Results go to stdout (or ``--out``) as JSON Lines; messages go to stderr. Every input
record yields one output line: a result, or ``{"id", "error"}``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TextIO

from .batch import result_or_error
from .errors import Errors, ExtractorError
from .gold import default_corpus
from .pipeline import extract
from .types import NAME_FIELDS

REPO_ROOT = Path(__file__).resolve().parent.parent
Record = tuple[str, str | None, str | None, str | None]  # id, text, published, error


def decode(data: bytes, path: str) -> str:
    """Text from bytes: UTF-8, else GB18030; binary data is refused."""
    if b"\x00" in data:
        raise ExtractorError(Errors.E006.format(path=path))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractorError(Errors.E006.format(path=path))


def _jsonl_lines(path: Path) -> Iterator[bytes]:
    """The lines of a JSON Lines file, read as a stream and split at ``\n`` only (a
    record's text may hold U+2028 or a form feed, which ``str.splitlines`` would cut at)."""
    with path.open("rb") as handle:
        for line in handle:
            yield line.rstrip(b"\r\n")


def _jsonl_records(lines: Iterable[bytes], name: str) -> Iterator[Record]:
    for number, line in enumerate(lines, start=1):
        record_id = f"{name}:{number}"
        try:
            data = json.loads(decode(line, f"{name}: line {number}"))
            if not isinstance(data, dict) or not isinstance(data.get("text"), str):
                raise ValueError
            if not isinstance(data.get("published"), str | None):
                raise ValueError
        except ExtractorError as error:
            yield record_id, None, None, str(error)
            continue
        except ValueError:
            yield record_id, None, None, Errors.E007.format(path=name, line=number)
            continue
        yield str(data.get("id", record_id)), data["text"], data.get("published"), None


def _file_records(path: Path) -> Iterator[Record]:
    try:
        if path.suffix == ".jsonl":
            yield from _jsonl_records(_jsonl_lines(path), str(path))
            return
        text = decode(path.read_bytes(), str(path))
    except (OSError, ExtractorError) as error:
        yield path.stem, None, None, str(error)
        return
    yield path.stem, text, None, None


def _stdin_records(data: str) -> Iterator[Record]:
    """Standard input as one article, or as JSON Lines when it opens with ``{`` (no article
    does): ``cat news.jsonl | extractor extract -``."""
    if data.lstrip().startswith("{"):
        lines = data.removesuffix("\n").split("\n")  # as a .jsonl file is read: every line a record
        yield from _jsonl_records((line.rstrip("\r").encode("utf-8") for line in lines), "stdin")
    else:
        yield "stdin", data, None, None


def read_inputs(paths: Iterable[str], stdin: TextIO) -> Iterator[Record]:
    """Records from .txt files, directories of them, .jsonl files, or ``-`` (stdin)."""
    for name in paths:
        path = Path(name)
        if name == "-":
            yield from _stdin_records(stdin.read())
        elif path.exists():
            for child in _input_files(path):
                yield from _file_records(child)
        else:
            yield name, None, None, Errors.E010.format(path=name)


def _input_files(path: Path) -> list[Path]:
    if path.is_dir():
        return [child for child in sorted(path.rglob("*")) if child.is_file() and child.suffix in (".txt", ".jsonl")]
    return [path]


def count_records(paths: Iterable[str]) -> int | None:
    """How many records the inputs hold, for the progress line (None when reading stdin)."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        for path in _input_files(Path(name)):
            try:
                total += sum(1 for _ in _jsonl_lines(path)) if path.suffix == ".jsonl" else 1
            except OSError:
                total += 1  # an unreadable file is one error record
    return total


class Progress:
    """A progress line on stderr: records done, of how many, rate and time left."""

    def __init__(self, total: int | None, stream: TextIO) -> None:
        self.total, self.stream, self.count, self.width = total, stream, 0, 0
        self.started = self.shown = time.monotonic()

    def step(self) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self.shown >= 0.5 or self.count == self.total:
            self.shown, line = now, self.line(now)
            self.width = max(self.width, len(line))
            self.stream.write("\r" + line.ljust(self.width))  # a shorter line covers the longer one
            self.stream.flush()

    def line(self, now: float) -> str:
        rate = self.count / max(now - self.started, 1e-9)
        if not self.total or self.count > self.total:
            return f"{self.count} records, {rate:,.0f}/s"
        left = max(self.total - self.count, 0) / rate if rate else 0.0
        percent = 100 * self.count / self.total
        return f"{self.count}/{self.total} records ({percent:.0f} %), {rate:,.0f}/s, {left:,.0f} s left"


def process(record: Record, ner: bool = False) -> dict[str, Any]:
    """One output object for one input record; bad input becomes an error record."""
    record_id, text, published, error = record
    if error is not None or text is None:
        return {"id": record_id, "error": error or "no text"}
    return result_or_error(record_id, text, published, ner=ner)


def _done_ids(out: Path) -> set[str]:
    if not out.exists():
        return set()
    done = set()
    for line in out.read_text(encoding="utf-8").splitlines():
        try:
            done.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            continue
    return done


def _results(records: Iterable[Record], jobs: int, ner: bool) -> Iterator[dict[str, Any]]:
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    work = functools.partial(process, ner=ner)
    if jobs == 1:
        yield from map(work, records)
        return
    with multiprocessing.Pool(jobs) as pool:
        yield from pool.imap(work, records, chunksize=16)


FLAT_FIELDS = ("amounts", "growth", "percentages", "counts", "facts", "checks", *NAME_FIELDS.values())


def flat_rows(result: dict[str, Any], field: str) -> list[dict[str, Any]]:
    """One row per mention of ``field``, with the article id; facts carry their figures."""
    rows = [{"id": result["id"], **item} for item in result[field]]
    if field == "facts":
        for row in rows:
            money = result["amounts"][row["amount"]] if row["amount"] is not None else {}
            growth = result["growth"][row["growth"]] if row["growth"] is not None else {}
            share = result["percentages"][row["percentage"]] if row["percentage"] is not None else {}
            row.update(amount_text=money.get("text"), amount_value=money.get("value"), currency=money.get("currency"),
                       growth_text=growth.get("text"), growth_value=growth.get("value"), growth_unit=growth.get("unit"),
                       direction=growth.get("direction"), percentage_text=share.get("text"),
                       percentage_value=share.get("value"))  # fmt: skip
    return rows


def _write(out: IO[str], result: dict[str, Any], args: argparse.Namespace) -> None:
    if args.flat is None:
        out.write(json.dumps(result, ensure_ascii=False, indent=2 if args.pretty else None) + "\n")
    elif "error" in result:
        print(json.dumps(result, ensure_ascii=False), file=sys.stderr)  # a table row has no place for it
    else:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in flat_rows(result, args.flat))


def run_extract(args: argparse.Namespace) -> int:
    records: Iterable[Record] = read_inputs(args.paths, sys.stdin)
    done: set[str] = _done_ids(Path(args.out)) if args.resume and args.out else set()
    if done:
        records = (r for r in records if r[0] not in done)
    total = count_records(args.paths) if args.progress else None
    progress = Progress(None if total is None else max(total - len(done), 0), sys.stderr) if args.progress else None
    failed = count = 0
    with contextlib.ExitStack() as stack:
        mode = "a" if args.resume else "w"
        out = stack.enter_context(Path(args.out).open(mode, encoding="utf-8")) if args.out else sys.stdout
        for result in _results(records, args.jobs, args.ner):
            count += 1
            failed += "error" in result
            _write(out, result, args)
            if progress:
                progress.step()
    lead = "\n" if progress and count else ""
    print(f"{lead}{count} records, {failed} errors", file=sys.stderr)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    corpus = Path(args.corpus) if args.corpus else default_corpus(REPO_ROOT)
    try:
        scores, errors = evaluate(Path(args.gold), split=args.split, corpus=corpus, repo_root=REPO_ROOT,
                                  system=args.system)  # fmt: skip
    except ExtractorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.compare:
        print(compare_table(args, corpus, scores))
    elif args.json:
        print(json.dumps(scores.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(f"{args.system} on gold {args.split or 'dev+test'} ({len(scores.per_doc)} articles)\n")
        print(scores.table())
    if args.errors:
        for row in errors:
            print(f"{row['id']}\t{row['field']}\t{row['kind']}\t{row['text']}\t{row['sentence']}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from .report import render

    [record] = list(read_inputs([args.path], sys.stdin))[:1] or [(args.path, None, None, "no text")]
    record_id, text, published, error = record
    if error is not None or text is None:
        print(f"error: {error or 'no text'}", file=sys.stderr)
        return 2
    colour = args.colour == "always" or (args.colour == "auto" and sys.stdout.isatty())
    doc = extract(text, published=args.published or published, id=record_id, ner=args.ner)
    sys.stdout.write(render(doc, colour=colour))
    return 0


def compare_table(args: argparse.Namespace, corpus: Path, ours: Any) -> str:
    """Strict F1 of the extractor beside the baselines, on the same gold documents."""
    from .evaluate import evaluate

    columns = {"extractor": ours}
    for system in ("regex", "jionlp"):
        try:
            columns[system], _ = evaluate(Path(args.gold), split=args.split, corpus=corpus, repo_root=REPO_ROOT,
                                          system=system)  # fmt: skip
        except ImportError:
            print(f"{system}: not installed (pip install -e '.[bench]')", file=sys.stderr)
    lines = ["| field | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for field in ("amounts", "growth"):
        results = [scores.fields[field].strict for scores in columns.values()]
        cells = [f"{r.f1:.3f}" if r.tp + r.fp else "–" for r in results]  # – : the system finds none
        lines.append(f"| {field} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run_train(args: argparse.Namespace) -> int:
    from .ner_train import main as train

    return train(args.options)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="extractor", description="Figures and names from Chinese economic news.")
    commands = top.add_subparsers(dest="command", required=True)
    ex = commands.add_parser("extract", help="extract from .txt files, directories, .jsonl files or - (stdin)")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--out", help="write JSON Lines here instead of stdout")
    ex.add_argument("--pretty", action="store_true", help="indented JSON, for reading")
    ex.add_argument("--jobs", type=int, default=1, help="worker processes (default 1; 0: one per core)")
    ex.add_argument("--resume", action="store_true", help="with --out: skip ids already in it, append the rest")
    ex.add_argument("--progress", action="store_true", help="report progress on stderr")
    ex.add_argument("--ner", action="store_true", help="add the statistical NER model's companies (slower)")
    ex.add_argument(
        "--flat",
        choices=FLAT_FIELDS,
        help="one JSON line per mention of this field, with the article id (a table: facts, amounts, …)",
    )
    rep = commands.add_parser("report", help="a readable report of one article: figures, checks, marked text")
    rep.add_argument("path", help="a .txt file, or - for stdin")
    rep.add_argument("--published", help="publication date (ISO), to resolve 今年 and the like")
    rep.add_argument("--colour", choices=["auto", "always", "never"], default="auto")
    rep.add_argument("--ner", action="store_true", help="add the statistical NER model's companies (slower)")
    tr = commands.add_parser("train", help="retrain the NER model (see docs/ner.md; --help for its options)")
    tr.add_argument(
        "options",
        nargs=argparse.REMAINDER,
        help="passed to the trainer (--corpus DIR [--seed N] ...); python -m extractor.ner_train -h lists them",
    )
    ev = commands.add_parser("eval", help="score against the gold data")
    ev.add_argument("--gold", default=str(REPO_ROOT / "gold"))
    ev.add_argument("--split", choices=["dev", "test"])
    ev.add_argument("--corpus", help="regional_news.jsonl (default: $EXTRACTOR_CORPUS or ../shared/corpus)")
    ev.add_argument("--system", choices=["extractor", "extractor+ner", "ner", "regex", "jionlp"], default="extractor")
    ev.add_argument("--json", action="store_true", help="scores as JSON")
    ev.add_argument("--compare", action="store_true", help="strict F1 beside the regex and JioNLP baselines")
    ev.add_argument("--errors", action="store_true", help="list every false positive and negative")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    handler = {"extract": run_extract, "eval": run_eval, "report": run_report, "train": run_train}[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
