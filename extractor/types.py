"""The result objects: small, typed, immutable; ``Document.to_dict()`` is the JSON.

Money values are ``Decimal``. In JSON they are numbers: an integral value is written
as an integer, any other as the shortest float that reads back to the same decimal
(every money value in base units has few enough digits for that; a test checks it).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

SCHEMA_VERSION = "1.1"  # 1.1: parts-differ-from-total; facts of percentages; full_name, companies


def _flat(obj: Any) -> dict[str, Any]:
    """The fields of a flat dataclass as a JSON-ready dict, Decimals as JSON numbers
    (``dataclasses.asdict`` deep-copies, ten times slower)."""
    out = {f.name: getattr(obj, f.name) for f in fields(obj)}
    return {k: json_number(v) if isinstance(v, Decimal) else v for k, v in out.items()}


def json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True, slots=True)
class Money:
    """One money amount. ``text == source[start:end]``; ``value`` in base units (元)."""

    text: str
    start: int
    end: int
    value: Decimal | None
    currency: str
    qualifier: str
    low: Decimal | None = None
    high: Decimal | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class Growth:
    """A change or rate: ``增长8%`` → value 8, unit percent, direction up."""

    text: str
    start: int
    end: int
    value: Decimal | None
    unit: str
    direction: str
    qualifier: str = "exact"
    low: Decimal | None = None
    high: Decimal | None = None
    basis: str | None = None
    metric: str | None = None
    period: str | None = None
    year: int | None = None
    region: str | None = None
    target: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class Percentage:
    """A share or level that states no change: ``占比62.0%``."""

    text: str
    start: int
    end: int
    value: Decimal
    metric: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class Count:
    """A counted quantity: ``20个重大产业项目`` → value 20, unit 个, of 重大产业项目."""

    text: str
    start: int
    end: int
    value: Decimal
    unit: str
    of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class Name:
    """One name mention: ``text == source[start:end]``; ``label`` company, organization,
    person, place or project."""

    text: str
    start: int
    end: int
    label: str
    normalized: str | None = None
    title: str | None = None
    affiliation: str | None = None
    investment: Decimal | None = None
    level: str | None = None  # places: province, city or county, where resolved
    code: str | None = None  # places: the six-digit administrative division code
    parent: str | None = None  # places: the parent division's full name
    full_name: str | None = None  # companies: the full name a short name stands for
    companies: tuple[str, ...] | None = None  # projects: the companies that build or sign them

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


NAME_FIELDS = {"company": "companies", "organization": "organizations", "person": "persons",
               "place": "places", "project": "projects"}  # fmt: skip
_NAME_KEYS = {
    "company": ("normalized", "full_name"),
    "organization": (),
    "person": ("title", "affiliation"),
    "place": ("level", "code", "parent"),
    "project": ("investment", "companies"),
}


def distinct_names(names: tuple[Name, ...], label: str) -> list[dict[str, Any]]:
    """One entry per distinct name: its first mention, every mention's offsets, and the
    first title / affiliation / investment any mention gives."""
    entries: dict[str, dict[str, Any]] = {}
    for name in names:
        if name.label != label:
            continue
        entry = entries.setdefault(name.text, {"text": name.text, "start": name.start, "end": name.end, "mentions": []})
        entry["mentions"].append([name.start, name.end])
        for key in _NAME_KEYS[label]:
            if entry.get(key) is None:
                value = getattr(name, key)
                entry[key] = (
                    json_number(value)
                    if isinstance(value, Decimal)
                    else list(value)
                    if isinstance(value, tuple)
                    else value
                )
    return list(entries.values())


@dataclass(frozen=True, slots=True)
class Fact:
    """One row of a fact table: what was measured, where, when, and which figures say it.

    ``amount``, ``growth`` and ``percentage`` are indexes into the document's ``amounts``,
    ``growth`` and ``percentages``.
    """

    metric: str | None
    region: str | None
    period: str | None
    year: int | None
    amount: int | None = None
    growth: int | None = None
    percentage: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class Check:
    """A consistency finding: ``severity`` is warning or note; ``amounts`` are indexes."""

    kind: str
    severity: str
    message: str
    amounts: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "severity": self.severity, "message": self.message, "amounts": list(self.amounts)}


@dataclass(frozen=True, slots=True)
class Meta:
    """The article's own record: title, publication date, source, editors."""

    title: str | None = None
    published: str | None = None
    source: str | None = None
    editors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "editors": list(self.editors),
        }


@dataclass(frozen=True, slots=True)
class Document:
    """Everything extracted from one article."""

    text: str
    id: str | None = None
    meta: Meta = field(default_factory=Meta)
    body: tuple[int, int] = (0, 0)
    amounts: tuple[Money, ...] = ()
    growth: tuple[Growth, ...] = ()
    percentages: tuple[Percentage, ...] = ()
    counts: tuple[Count, ...] = ()
    facts: tuple[Fact, ...] = ()
    checks: tuple[Check, ...] = ()
    names: tuple[Name, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the stable output schema (``resources/schema.json``)."""
        return {
            "id": self.id,
            "schema_version": SCHEMA_VERSION,
            "meta": self.meta.to_dict(),
            "body": {"start": self.body[0], "end": self.body[1]},
            "amounts": [m.to_dict() for m in self.amounts],
            "growth": [g.to_dict() for g in self.growth],
            "percentages": [p.to_dict() for p in self.percentages],
            "counts": [c.to_dict() for c in self.counts],
            "facts": [f.to_dict() for f in self.facts],
            "checks": [c.to_dict() for c in self.checks],
            **{field: distinct_names(self.names, label) for label, field in NAME_FIELDS.items()},
        }
