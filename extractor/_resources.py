"""Loading of the data files in ``extractor/resources``.

Every table is a UTF-8 TSV file whose ``#`` lines are a header saying where the data
comes from and what each column means. Tables are read once and cached.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from .errors import Errors, ResourceError


def read_text(name: str) -> str:
    return resources.files("extractor").joinpath("resources").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def read_rows(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV resource, each padded to ``columns`` fields (empty strings)."""
    rows = []
    for number, line in enumerate(read_text(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) > columns:
            raise ResourceError(Errors.E003.format(name=name, line=number, columns=columns))
        rows.append(tuple(fields) + ("",) * (columns - len(fields)))
    return tuple(rows)


@functools.cache
def read_map(name: str, columns: int = 2) -> dict[str, tuple[str, ...]]:
    """A TSV resource as a mapping from its first column to the other columns.

    A key that occurs twice is an error: tables are data and must not contradict
    themselves silently.
    """
    table: dict[str, tuple[str, ...]] = {}
    for row in read_rows(name, columns):
        if row[0] in table:
            raise ResourceError(Errors.E004.format(name=name, key=row[0]))
        table[row[0]] = row[1:]
    return table


@functools.cache
def read_words(name: str) -> tuple[str, ...]:
    """The first column of a TSV resource, longest first (for regex alternations)."""
    return tuple(sorted({row[0] for row in read_rows(name, 8)}, key=lambda w: (-len(w), w)))


@functools.cache
def read_json(name: str) -> Any:
    return json.loads(read_text(name))
