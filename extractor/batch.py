"""Batch work: every input record yields one output object, a result or an error record.

``extract_records`` is the unit of work for any batch runner: the command line's worker
processes, ``dask.bag.Bag.map_partitions``, a Spark or multiprocessing map. A record is a
mapping with ``text`` and optional ``id`` and ``published``; what cannot be processed
becomes ``{"id", "error"}`` and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .errors import Errors, ExtractorError
from .pipeline import extract

logger = logging.getLogger(__name__)


def result_or_error(
    record_id: str | None, text: str, published: str | None = None, *, ner: bool = False
) -> dict[str, Any]:
    """The JSON object for one article, or an error record; never raises."""
    try:
        return extract(text, published=published, id=record_id, ner=ner).to_dict()
    except ExtractorError as failure:
        return {"id": record_id, "error": str(failure)}
    except Exception as failure:  # a fault on one article must not end a batch of millions
        logger.exception("extraction failed on record %s", record_id)
        return {"id": record_id, "error": Errors.E011.format(kind=type(failure).__name__, reason=failure)}


def extract_record(record: Mapping[str, Any], *, ner: bool = False) -> dict[str, Any]:
    """One output object for one record (a ``Bag.map`` function); never raises.

    >>> extract_record({"id": "a", "text": "投资120亿"})["amounts"][0]["text"]
    '120亿'
    """
    if not isinstance(record, Mapping):
        return {"id": None, "error": Errors.E012}
    record_id = None if record.get("id") is None else str(record["id"])
    text, published = record.get("text"), record.get("published")
    if not isinstance(text, str) or not isinstance(published, str | None):
        return {"id": record_id, "error": Errors.E012}
    return result_or_error(record_id, text, published, ner=ner)


def extract_records(records: Iterable[Mapping[str, Any]], *, ner: bool = False) -> Iterator[dict[str, Any]]:
    """One output object per record, streaming, in input order."""
    return (extract_record(record, ner=ner) for record in records)
