"""Gold data: standoff files under ``gold/<split>/<id>.json`` and their article texts.

A gold file holds the article ``id``, the ``sha256`` of its text, its ``source``
(``corpus`` for the shared regional-news corpus, whose text is read at run time from a
path, or a file path relative to the repository), the ``body`` offsets, and the
mentions per field with ``start``, ``end``, ``text`` and normalised values.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import types
from ._resources import read_json
from .errors import Errors, GoldError

FIGURE_FIELDS = ("amounts", "growth")
NAME_FIELDS = tuple(types.NAME_FIELDS.values())
FIELDS = FIGURE_FIELDS + NAME_FIELDS
CORPUS_ENV = "EXTRACTOR_CORPUS"


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    split: str
    source: str
    sha256: str
    body: tuple[int, int]
    mentions: dict[str, list[dict[str, Any]]]
    path: Path


def _read(path: Path) -> GoldDoc:
    try:
        data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except (OSError, ValueError) as error:
        raise GoldError(Errors.E008.format(path=path, reason=error)) from None
    validate(data, path)
    return GoldDoc(
        id=data["id"],
        split=data["split"],
        source=data["source"],
        sha256=data["sha256"],
        body=(data["body"][0], data["body"][1]),
        mentions={field: data.get(field, []) for field in FIELDS},
        path=path,
    )


def validate(data: Any, path: Path) -> None:
    """Check a gold file against ``resources/gold.schema.json`` (when jsonschema is installed)."""
    try:
        import jsonschema
    except ImportError:  # the schema check is a development aid; loading works without it
        return
    try:
        jsonschema.validate(json.loads(json.dumps(data, default=float)), read_json("gold.schema.json"))
    except jsonschema.ValidationError as error:
        raise GoldError(Errors.E008.format(path=path, reason=error.message)) from None


def load_gold(gold_dir: Path, split: str | None = None) -> list[GoldDoc]:
    """All gold documents under ``gold_dir`` (``dev`` and ``test``, or one split)."""
    splits = [split] if split else ["dev", "test"]
    return [_read(path) for name in splits for path in sorted((gold_dir / name).glob("*.json"))]


def default_corpus(repo_root: Path) -> Path:
    """The corpus path from ``EXTRACTOR_CORPUS``, else ``../shared/corpus/regional_news.jsonl``."""
    env = os.environ.get(CORPUS_ENV)
    return Path(env) if env else repo_root.parent / "shared" / "corpus" / "regional_news.jsonl"


def read_corpus(path: Path, ids: set[str] | None = None) -> dict[str, str]:
    """Article texts by id from a JSON Lines corpus (only ``ids`` if given)."""
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if ids is None or record["id"] in ids:
                texts[record["id"]] = record["text"]
    return texts


def gold_texts(docs: list[GoldDoc], corpus: Path | None, repo_root: Path) -> Iterator[tuple[GoldDoc, str]]:
    """Each gold document with its article text, checked against the stored sha256."""
    wanted = {doc.id for doc in docs if doc.source == "corpus"}
    corpus_texts = read_corpus(corpus, wanted) if corpus is not None and corpus.exists() and wanted else {}
    for doc in docs:
        if doc.source == "corpus":
            if doc.id not in corpus_texts:
                raise GoldError(Errors.E009.format(id=doc.id))
            text = corpus_texts[doc.id]
        else:
            text = (repo_root / doc.source).read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != doc.sha256:
            raise GoldError(Errors.E008.format(path=doc.path, reason="sha256 does not match the article text"))
        yield doc, text
