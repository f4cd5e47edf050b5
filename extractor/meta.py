"""The article's own record (title, date, source, editors) and where its body is.

Recognised header forms: a title line followed by ``2017-11-30 08:50:49|来源:黑龙江日报|
编辑:吕岩|责编:刘征宇``; a ``来源：宁夏日报`` line near the start; a news-agency dateline
(``新华网北京8月5日电``). Boilerplate after the article (copyright notices, see
``resources/boilerplate.tsv``) is outside the body and is not extracted from.
"""

from __future__ import annotations

import functools

import regex

from ._resources import read_words
from .types import Meta

_HEADER_LINES = 3
_TITLE_MAX = 80
_META_LINE = regex.compile(
    r"""^\s*(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?:\|(?P<fields>.*))?$""",
)
_FIELD = regex.compile(r"^\s*(?P<key>来源|编辑|责编|作者|记者)\s*[:：]\s*(?P<value>.+?)\s*$")
_SOURCE_LINE = regex.compile(r"^\s*(?:\S+\s+)?来源\s*[:：]\s*(?P<source>[^\s|]+)")
_AGENCIES = "新华网|新华社|中新网|中新社|中国新闻网|人民网|央视网|中国网|国际在线|中广网|央广网"
_DATELINE = regex.compile(rf"(?P<agency>{_AGENCIES})(?P<place>\p{{Han}}{{2,3}})?\d{{1,2}}月\d{{1,2}}日电")


@functools.cache
def _boilerplate() -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(m) for m in read_words("boilerplate.tsv")))


def _lines(text: str, count: int) -> list[tuple[int, int, str]]:
    """The first ``count`` non-empty lines as (start, end, stripped text)."""
    out: list[tuple[int, int, str]] = []
    position = 0
    while position < len(text) and len(out) < count:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if line.strip():
            out.append((position, end, line.strip()))
        position = end + 1
    return out


def _published(date: str) -> str:
    day, _, clock = date.partition(" ")
    year, month, dom = (int(part) for part in day.split("-"))
    iso = f"{year:04d}-{month:02d}-{dom:02d}"
    return f"{iso}T{clock.strip()}" if clock.strip() else iso


def _meta_line(line: str) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    match = _META_LINE.match(line)
    if match is None:
        return None
    source, editors = None, []
    for part in (match.group("fields") or "").split("|"):
        field = _FIELD.match(part)
        if field and field.group("key") == "来源":
            source = field.group("value")
        elif field and field.group("key") in ("编辑", "责编"):
            editors.append(field.group("value"))
    return _published(match.group("date")), source, tuple(editors)


def find_meta(text: str) -> tuple[Meta, tuple[int, int]]:
    """The article's metadata and its body as (start, end) offsets into ``text``."""
    lines = _lines(text, _HEADER_LINES)
    title = published = source = None
    editors: tuple[str, ...] = ()
    body_start = 0
    for index, (_, end, line) in enumerate(lines):
        parsed = _meta_line(line)
        if parsed is not None:
            published, source, editors = parsed
            if index == 1 and len(lines[0][2]) <= _TITLE_MAX:
                title = lines[0][2]
            body_start = end
            break
        found = _SOURCE_LINE.match(line)
        if found and source is None:
            source = found.group("source")
    if source is None:
        dateline = _DATELINE.search(text, 0, min(len(text), 200))
        source = dateline.group("agency") if dateline else None
    trailer = _boilerplate().search(text, body_start)
    body_end = trailer.start() if trailer else len(text)
    return Meta(title=title, published=published, source=source, editors=editors), (body_start, body_end)
