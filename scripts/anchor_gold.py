"""Turn a hand-written gold draft into a standoff gold file with exact offsets.

A draft names each mention by its text (and, where the same text occurs more
than once, a ``context`` string around it); this script finds the offsets, checks
that ``text == article[start:end]`` and writes ``gold/<split>/<id>.json`` with the
sha256 of the article text. Figures (amounts, growth) are located in document
order; names are located at their first occurrence in the body.

Usage:
    python scripts/anchor_gold.py DRAFT.json --split dev \
        [--corpus ../shared/corpus/regional_news.jsonl] [--out gold]

A draft for a file in ``corpora/`` sets ``"source": "corpora/<file>.txt"``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

FIGURE_FIELDS = ("amounts", "growth")
NAME_FIELDS = ("companies", "organizations", "persons", "places", "projects")
ROOT = Path(__file__).resolve().parent.parent


class AnchorError(Exception):
    pass


def load_text(draft: dict[str, Any], corpus: Path) -> str:
    source = draft.get("source", "corpus")
    if source != "corpus":
        return (ROOT / source).read_text(encoding="utf-8")
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] == draft["id"]:
                return str(record["text"])
    raise AnchorError(f"{draft['id']}: not found in {corpus}")


def locate(text: str, mention: dict[str, Any], start: int, end: int) -> int:
    surface = mention["text"]
    context = mention.get("context")
    if context:
        at = text.find(context, start, end)
        if at < 0:
            raise AnchorError(f"context {context!r} not found after offset {start}")
        inner = text.find(surface, at, at + len(context))
        if inner < 0:
            raise AnchorError(f"text {surface!r} is not inside context {context!r}")
        return inner
    at = text.find(surface, start, end)
    if at < 0:
        raise AnchorError(f"text {surface!r} not found after offset {start}")
    return at


def as_number(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def anchor_mention(text: str, mention: dict[str, Any] | str, start: int, end: int) -> dict[str, Any]:
    if isinstance(mention, str):
        mention = {"text": mention}
    at = locate(text, mention, start, end)
    out: dict[str, Any] = {"text": mention["text"], "start": at, "end": at + len(mention["text"])}
    for key, value in mention.items():
        if key in ("text", "context"):
            continue
        out[key] = as_number(value) if key in ("value", "low", "high", "investment") else value
    assert text[out["start"] : out["end"]] == out["text"]
    return out


def anchor(draft: dict[str, Any], text: str, split: str) -> dict[str, Any]:
    body_start = text.find(draft["body_from"]) if draft.get("body_from") else 0
    body_end = text.find(draft["body_until"]) if draft.get("body_until") else len(text)
    if body_start < 0 or body_end < 0:
        raise AnchorError("body_from/body_until not found")
    gold: dict[str, Any] = {
        "id": draft["id"],
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "source": draft.get("source", "corpus"),
        "split": split,
        "body": [body_start, body_end],
    }
    for field in FIGURE_FIELDS:
        cursor, mentions = body_start, []
        for mention in draft.get(field, []):
            try:
                anchored = anchor_mention(text, mention, cursor, body_end)
            except AnchorError as error:
                raise AnchorError(f"{draft['id']} {field}: {error}") from None
            mentions.append(anchored)
            cursor = anchored["start"] + 1
        gold[field] = mentions
    for field in NAME_FIELDS:
        try:
            gold[field] = [anchor_mention(text, m, body_start, body_end) for m in draft.get(field, [])]
        except AnchorError as error:
            raise AnchorError(f"{draft['id']} {field}: {error}") from None
        names = [m["text"] for m in gold[field]]
        if len(names) != len(set(names)):
            raise AnchorError(f"{draft['id']} {field}: a name is listed twice")
    return gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("drafts", nargs="+", type=Path)
    parser.add_argument("--split", required=True, choices=["dev", "test"])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/regional_news.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "gold")
    args = parser.parse_args()
    failed = 0
    for path in args.drafts:
        draft = json.loads(path.read_text(encoding="utf-8"))
        try:
            gold = anchor(draft, load_text(draft, args.corpus), args.split)
        except AnchorError as error:
            print(f"error: {error}", file=sys.stderr)
            failed += 1
            continue
        target = args.out / args.split / f"{draft['id']}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = ", ".join(f"{f}={len(gold[f])}" for f in FIGURE_FIELDS + NAME_FIELDS)
        print(f"wrote {target}: {counts}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
