"""Scoring predictions against gold, shaped like spaCy's ``PRFScore``.

Figures (amounts, growth) score per mention: *strict* needs the same span and the
same normalised value, *lenient* an overlapping span and the same value. Names score
as sets of distinct names per article: *strict* the same string, *lenient* one string
containing the other. Matching is one-to-one. Links (money ``role``, growth
``metric``) are scored on strictly matched pairs whose gold link is set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .gold import FIGURE_FIELDS, NAME_FIELDS

Mention = dict[str, Any]


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {"p": self.precision, "r": self.recall, "f": self.f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """Links right to the letter (``right``) or one containing the other (``near``)."""

    right: int = 0
    near: int = 0
    total: int = 0

    @property
    def lenient(self) -> float:
        return self.near / self.total if self.total else 0.0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


def _number(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def value_key(field_name: str, mention: Mention) -> tuple[Any, ...]:
    """What must agree for a figure to count as right."""
    numbers = tuple(_number(mention.get(k)) for k in ("value", "low", "high"))
    if field_name == "amounts":
        return (*numbers, mention.get("currency"))
    return (*numbers, mention.get("unit"), mention.get("direction"))


def _overlaps(a: Mention, b: Mention) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _match(
    gold: Sequence[Mention], pred: Sequence[Mention], same: Callable[[Mention, Mention], bool]
) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


@dataclass
class FieldResult:
    strict: PRF = field(default_factory=PRF)
    lenient: PRF = field(default_factory=PRF)
    link: Accuracy = field(default_factory=Accuracy)
    errors: list[dict[str, Any]] = field(default_factory=list)


def _prf(gold: Sequence[Mention], pred: Sequence[Mention], pairs: list[tuple[int, int]]) -> PRF:
    return PRF(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))


def _names(mentions: Iterable[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m["text"], m)
    return list(seen.values())


def score_field(field_name: str, gold: Sequence[Mention], pred: Sequence[Mention]) -> FieldResult:
    """Score one field of one document."""
    result = FieldResult()
    if field_name in NAME_FIELDS:
        gold, pred = _names(gold), _names(pred)
        strict = _match(gold, pred, lambda g, p: g["text"] == p["text"])
        lenient = _match(gold, pred, lambda g, p: g["text"] in p["text"] or p["text"] in g["text"])
    else:
        strict = _match(
            gold,
            pred,
            lambda g, p: (
                (g["start"], g["end"]) == (p["start"], p["end"])
                and value_key(field_name, g) == value_key(field_name, p)
            ),
        )
        lenient = _match(
            gold, pred, lambda g, p: _overlaps(g, p) and value_key(field_name, g) == value_key(field_name, p)
        )
        link_key = "role" if field_name == "amounts" else "metric"
        for gi, pi in strict:
            want, got = gold[gi].get(link_key), pred[pi].get(link_key)
            if want:
                result.link.total += 1
                result.link.right += want == got
                result.link.near += isinstance(got, str) and bool(got) and (want in got or got in want)
    result.strict, result.lenient = _prf(gold, pred, strict), _prf(gold, pred, lenient)
    matched_gold, matched_pred = {g for g, _ in strict}, {p for _, p in strict}
    result.errors = [{"kind": "fn", **g} for i, g in enumerate(gold) if i not in matched_gold] + [
        {"kind": "fp", **p} for i, p in enumerate(pred) if i not in matched_pred
    ]
    return result


@dataclass
class Scores:
    fields: dict[str, FieldResult] = field(default_factory=dict)
    per_doc: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)

    def add(self, doc_id: str, gold: dict[str, list[Mention]], pred: dict[str, list[Mention]]) -> list[dict[str, Any]]:
        errors = []
        counts = {}
        for name in FIGURE_FIELDS + NAME_FIELDS:
            result = score_field(name, gold.get(name, []), pred.get(name, []))
            total = self.fields.setdefault(name, FieldResult())
            total.strict.add(result.strict)
            total.lenient.add(result.lenient)
            total.link.right += result.link.right
            total.link.near += result.link.near
            total.link.total += result.link.total
            counts[name] = {"gold": result.strict.tp + result.strict.fn, "pred": result.strict.tp + result.strict.fp}
            counts[name]["tp"] = result.strict.tp
            errors += [{"id": doc_id, "field": name, **e} for e in result.errors]
        self.per_doc[doc_id] = counts
        return errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": {
                name: {
                    "strict": r.strict.to_dict(),
                    "lenient": r.lenient.to_dict(),
                    **(
                        {"link_accuracy": r.link.value, "link_lenient": r.link.lenient, "links": r.link.total}
                        if name in FIGURE_FIELDS
                        else {}
                    ),
                }
                for name, r in self.fields.items()
            },
            "documents": self.per_doc,
        }

    def table(self) -> str:
        lines = [
            "| field | strict P | strict R | strict F1 | lenient F1 | gold | link exact | link lenient |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for name, r in self.fields.items():
            link = f"{r.link.value:.3f} (n={r.link.total}) | {r.link.lenient:.3f}" if name in FIGURE_FIELDS else " |"
            s = r.strict
            lines.append(
                f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {r.lenient.f1:.3f} "
                f"| {s.tp + s.fn} | {link} |"
            )
        return "\n".join(lines)
