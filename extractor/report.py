"""A readable report of one article, for checking its figures by eye.

The article body with every figure marked (``⟦293.9亿元⟧``, or in colour on a terminal),
then each figure normalised with what it measures (money, growth, shares and levels), the
names, and the warnings of the consistency checks.
"""

from __future__ import annotations

from decimal import Decimal

from .types import Document, Growth, Money, Percentage

_MARK = ("⟦", "⟧")
_COLOUR = {"money": ("\033[1;33m", "\033[0m"), "growth": ("\033[1;36m", "\033[0m"), "share": ("\033[1;35m", "\033[0m")}
_SIGN = {"up": "+", "down": "-", "flat": "±"}
_UNIT = {"percent": "%", "point": " points", "times": " times"}


def _number(value: Decimal | None) -> str:
    return "?" if value is None else f"{value:,}"


def money_line(money: Money) -> str:
    if money.qualifier == "range":
        amount = f"{_number(money.low)} to {_number(money.high)} {money.currency}"
    else:
        amount = f"{_number(money.value)} {money.currency}"
        if money.qualifier != "exact":
            amount += f" ({money.qualifier})"
    return f"{money.text} = {amount}" + (f" · {money.role}" if money.role else "")


def growth_line(growth: Growth) -> str:
    value = (
        f"{_number(growth.low)} to {_number(growth.high)}" if growth.value is None else _number(growth.value.copy_abs())
    )
    figure = f"{_SIGN[growth.direction]}{value}{_UNIT[growth.unit]}"
    if growth.qualifier not in ("exact", "range"):
        figure += f" ({growth.qualifier})"
    where = [part for part in (growth.metric, growth.region, growth.period) if part]
    year = f" [{growth.year}]" if growth.year else ""
    return f"{growth.text} = {figure}" + (" · " + " · ".join(where) if where else "") + year


def percentage_line(percentage: Percentage) -> str:
    return f"{percentage.text} = {_number(percentage.value)}%" + (
        f" · {percentage.metric}" if percentage.metric else ""
    )


_NAME_HEADINGS = {"company": "companies", "organization": "organisations", "person": "persons",
                  "place": "places", "project": "projects"}  # fmt: skip


def name_lines(doc: Document) -> list[str]:
    """One line per kind of name: each distinct name once, with what the article says of it."""
    lines = []
    for label, heading in _NAME_HEADINGS.items():
        shown: dict[str, str] = {}
        for name in doc.names:
            if name.label != label or name.text in shown:
                continue
            detail = [name.title, name.affiliation, name.parent and f"in {name.parent}", name.code]
            detail += [
                name.full_name and f"for {name.full_name}",
                "by " + "、".join(name.companies) if name.companies else None,
            ]
            if name.investment is not None:
                detail.append(f"investment {name.investment:,} CNY")
            extra = ", ".join(part for part in detail if part)
            shown[name.text] = f"{name.text} ({extra})" if extra else name.text
        if shown:
            lines.append(f"  {heading}: " + "; ".join(shown.values()))
    return lines


def marked_body(doc: Document, colour: bool) -> str:
    spans = [(m.start, m.end, "money") for m in doc.amounts] + [(g.start, g.end, "growth") for g in doc.growth]
    spans += [(p.start, p.end, "share") for p in doc.percentages]
    out, position = [], doc.body[0]
    for start, end, kind in sorted(spans):
        if start < position:
            continue
        left, right = _COLOUR[kind] if colour else _MARK
        out += [doc.text[position:start], left, doc.text[start:end], right]
        position = end
    out.append(doc.text[position : doc.body[1]])
    return "".join(out).strip()


def _section(heading: str, items: list[str]) -> list[str]:
    """A heading and its numbered items, or "none found" under it: an empty section says so."""
    return ["", heading] + ([f"  {i}. {item}" for i, item in enumerate(items, 1)] or ["  none found"])


def render(doc: Document, *, colour: bool = False) -> str:
    """The report as text."""
    lines = [doc.meta.title or doc.id or "(untitled)"]
    lines.append(" · ".join(part for part in (doc.meta.published, doc.meta.source) if part) or "")
    lines += _section("MONEY", [money_line(m) for m in doc.amounts])
    lines += _section("GROWTH", [growth_line(g) for g in doc.growth])
    lines += _section("SHARES AND LEVELS", [percentage_line(p) for p in doc.percentages])
    lines += ["", "NAMES"] + (name_lines(doc) or ["  none found"])
    warnings = [c for c in doc.checks if c.severity == "warning"]
    notes = [c for c in doc.checks if c.severity != "warning"]
    lines += ["", "CHECKS"]
    lines += [f"  ! {c.message}" for c in warnings] + [f"  · {c.message}" for c in notes]
    if not doc.checks:
        lines.append("  no disagreement found between the figures")
    lines += ["", "TEXT", marked_body(doc, colour)]
    return "\n".join(lines) + "\n"
