"""Names: companies, organisations, persons, places and projects, found by rule.

jieba's words and part-of-speech tags (``tokenizer.tag``) are the evidence; the rules
and their vocabularies live in ``resources/names_*.tsv``:

1. A name suffix (``有限公司``, ``协会``, ``项目``: ``names_suffixes.tsv``) that ends a word
   heads a name; the words before it belong to the name while they look like parts of
   a name (nouns by their tag; ``names_boundaries.tsv`` overrides the tag).
2. A title (``董事长``, ``区委书记``: ``names_titles.tsv``) followed by a family name
   (``names_surnames.tsv``) gives a person with that title; a business post
   (``董事长``) makes the unnamed words before it a company.
3. Words tagged ``ns`` (place) or known (``names_known.tsv``) are places; adjacent
   places are one name as written (``哈尔滨市道里区``). Words tagged ``nr`` with a family
   name are persons when the sentence treats them as one.
4. Where candidates overlap, the stronger rule wins, then the longer name: a company
   inside a project name is no company mention there.
5. Short names the article uses for a name already found (``硬蛋`` for
   ``硬蛋科技(深圳)有限公司``, ``道里`` for ``道里区``) are names at every other occurrence.

Offsets point into the original text; ``text == original[start:end]`` for every name.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from typing import Any

import regex

from ._resources import read_map, read_rows
from .normalize import normalize
from .tokenizer import tag
from .types import Money, json_number

LABELS = ("company", "organization", "person", "place", "project")
# The most characters a name may take left of its suffix, per label.
_MAX_BODY = {"company": 24, "organization": 20, "project": 30, "place": 12}
# Tags of words that may be part of a name: nouns, abbreviations, foreign words.
_NAME_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng", "nx", "j", "eng", "vn", "b", "an"})
_PLACE_TAGS = frozenset({"ns", "n", "nr", "nz", "nt", "j", "eng"})
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt", "n", "ns", "nz", "ng", "j"})
_FUNCTION_TAGS = frozenset({"v", "p", "d", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "x", "m", "q", "f", "r", "t"})
# Words after a bare person name that show it is one (李东生表示).
_SPEECH = frozenset({"说", "表示", "称", "认为", "指出", "介绍", "透露", "告诉", "坦言", "强调", "说道", "回应"})
_COMPANY_FORMS = frozenset({"公司", "有限公司", "股份有限公司", "有限责任公司", "集团公司", "集团有限公司"})
_ADMIN = "省市县区镇乡州"
_SPACE = regex.compile(r"\s+")
_HAN_NAME = regex.compile(r"\p{Han}{2,4}")
_FOREIGN_PERSON = regex.compile(r"(?<!\p{Han})\p{Han}{1,6}·\p{Han}{1,6}")
_PAREN_GROUP = regex.compile(r"\(\p{Han}{1,6}\)$")

# Rule strength: a lower rank wins an overlap, then the longer span.
_RANK_SUFFIX, _RANK_TITLE, _RANK_KNOWN, _RANK_EMPLOYER, _RANK_WORD = 0, 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Name:
    """One name mention: ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    label: str
    normalized: str | None = None
    title: str | None = None
    affiliation: str | None = None
    investment: Decimal | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["investment"] = json_number(self.investment)
        return out


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    pos: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    label: str
    start: int
    end: int
    rank: int
    title: str | None = None
    title_start: int | None = None


# --------------------------------------------------------------------------- tables


@functools.cache
def suffixes() -> dict[str, tuple[str, int]]:
    """Name suffix → (label, fewest characters before it)."""
    return {suffix: (label, int(least)) for suffix, label, least in read_rows("names_suffixes.tsv", 3)}


@functools.cache
def _suffix_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(s) for s in suffixes()}, reverse=True))


@functools.cache
def titles() -> dict[str, tuple[str, str]]:
    """Title word → (kind: post | modifier, employer: company | any)."""
    return {word: (kind, employer) for word, (kind, employer) in read_map("names_titles.tsv", 3).items()}


@functools.cache
def boundaries() -> dict[str, str]:
    return {word: role for word, (role,) in read_map("names_boundaries.tsv").items()}


@functools.cache
def generic() -> dict[str, str]:
    return {word: label for word, (label,) in read_map("names_generic.tsv").items()}


@functools.cache
def industry_words() -> frozenset[str]:
    return frozenset(read_map("names_industry.tsv"))


@functools.cache
def surnames() -> frozenset[str]:
    return frozenset(read_map("names_surnames.tsv"))


@functools.cache
def known() -> dict[str, tuple[str, str]]:
    """Known name → (label, kind: country | region | body)."""
    return {name: (label, kind) for name, (label, kind) in read_map("names_known.tsv", 3).items()}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def title_regex() -> regex.Pattern[str]:
    """A title: modifiers (副, 常务副) then a post (区长); the post ends the title."""
    table = titles()
    modifiers = _alternation(w for w, (kind, _) in table.items() if kind == "modifier")
    posts = _alternation(w for w, (kind, _) in table.items() if kind == "post")
    return regex.compile(rf"(?P<modifier>(?:{modifiers})*)(?P<post>{posts})")


def is_generic(word: str, label: str) -> bool:
    return generic().get(word) in (label, "any")


# --------------------------------------------------------------------------- words


class _Words:
    """The tagged words of the body, with lookups by character offset."""

    def __init__(self, norm: str, start: int, stop: int) -> None:
        self.text = norm
        self.items: list[_Word] = []
        position = start
        for word, pos in tag(norm[start:stop]):
            self.items.append(_Word(position, position + len(word), word, pos))
            position += len(word)
        self.starts = [w.start for w in self.items]
        self.by_start = {w.start: i for i, w in enumerate(self.items)}
        self.by_end = {w.end: i for i, w in enumerate(self.items)}

    def index_at(self, offset: int) -> int:
        """Index of the word that contains the character at ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def next_word(self, offset: int) -> int | None:
        """Index of the word starting at ``offset``, skipping spaces."""
        index = self.by_start.get(offset)
        while index is not None and self.items[index].text.isspace():
            index = index + 1 if index + 1 < len(self.items) else None
        return index


def _may_continue(word: _Word, label: str) -> bool:
    """May ``word`` be part of a ``label`` name (walking leftwards from its suffix)?"""
    role = boundaries().get(word.text)
    if role is not None:
        return role == "keep"
    if label != "project" and word.text in _COMPANY_FORMS:
        return False
    if label == "project" and word.pos == "m":
        return any(c.isdigit() for c in word.text)
    return word.pos in _NAME_TAGS


def _paren_start(words: _Words, index: int) -> int | None:
    """Start of a parenthesised place ``(深圳)`` whose ``)`` is word ``index``."""
    text = words.text[max(0, words.items[index].end - 9) : words.items[index].end]
    match = _PAREN_GROUP.search(text)
    if match is None:
        return None
    start = words.items[index].end - len(match.group(0))
    return start if start in words.by_start else None


def name_start(words: _Words, offset: int, label: str) -> int:
    """Where a ``label`` name whose suffix (or title) begins at ``offset`` starts."""
    index = words.index_at(offset)
    start = offset
    if index >= 0 and words.items[index].start < offset:
        start = words.items[index].start
    index = words.index_at(start - 1) if start > 0 else -1
    limit = _MAX_BODY[label]
    while index >= 0 and index < len(words.items) and offset - words.items[index].start <= limit:
        word = words.items[index]
        if word.text == ")" and label in ("company", "organization"):
            opened = _paren_start(words, index)
            if opened is None or opened == start:
                break
            start, index = opened, words.index_at(opened - 1) if opened > 0 else -1
            continue
        if not _may_continue(word, label):
            break
        start, index = word.start, index - 1
    return _trim_open_paren(words.text, start, offset)


def _trim_open_paren(text: str, start: int, offset: int) -> int:
    while start < offset and text[start] in "(":
        start += 1
    return start


# --------------------------------------------------------------------------- rules


def _body_words(words: _Words, start: int, end: int) -> list[str]:
    first, last = words.index_at(start), words.index_at(end - 1)
    return [w.text for w in words.items[max(first, 0) : last + 1]]


@functools.cache
def _plain_words(label: str) -> frozenset[str]:
    """Words that name nothing in a ``label`` name: industries, generic words, verbs kept."""
    kept = {w for w, role in boundaries().items() if role == "keep"}
    return industry_words() | kept | {w for w, lab in generic().items() if lab in (label, "any")}


def _specific(words: _Words, start: int, end: int, label: str) -> bool:
    """Does the body name something, or is it made of generic words (投资公司, 产业项目)?"""
    plain = _plain_words(label)
    for index in range(max(words.index_at(start), 0), words.index_at(end - 1) + 1):
        word = words.items[index]
        if word.text not in plain:
            return True
    return False


@functools.cache
def suffix_regex() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alternation(suffixes())})")


def _suffix_candidates(words: _Words) -> Iterator[_Candidate]:
    table, longest = suffixes(), {}
    for match in suffix_regex().finditer(words.text, words.starts[0], _end(words), overlapped=True):
        end = match.end()
        if end in words.by_end and len(match.group(0)) > len(longest.get(end, "")):
            longest[end] = match.group(0)
    for end, suffix in longest.items():
        label, least = table[suffix]
        offset = end - len(suffix)
        if words.items[words.by_end[end]].pos in ("x", "m"):
            continue
        if len(suffix) == 1 and words.items[words.index_at(offset)].start == offset:
            continue  # a one-character suffix must end a longer word: 招商局, not 局
        start = name_start(words, offset, label)
        found = _suffix_candidate(words, label, start, offset, end, least)
        if found is not None:
            yield from found


def _suffix_candidate(
    words: _Words, label: str, start: int, offset: int, end: int, least: int
) -> list[_Candidate] | None:
    text = words.text[start:end]
    if offset - start < least or is_generic(text, label):
        return None
    if label == "place":
        return [_Candidate("place", start, end, _RANK_SUFFIX)] if offset > start else None
    if offset > start and not _specific(words, start, offset, label) and (label != "project" or offset - start < 5):
        return None
    if label == "company":
        return _split_origin(words, start, end)
    return [_Candidate(label, start, end, _RANK_SUFFIX)]


def _split_origin(words: _Words, start: int, end: int) -> list[_Candidate]:
    """A country or province before a company is a place of its own (韩国锦湖韩亚集团)."""
    index = words.by_start.get(start)
    if index is None:
        return [_Candidate("company", start, end, _RANK_SUFFIX)]
    word = words.items[index]
    foreign = known().get(word.text, ("", ""))[1] == "country" and word.text != "中国"
    province = word.pos == "ns" and word.text.endswith(("省", "市"))
    if (foreign or province) and end - word.end >= 4:
        return [_Candidate("place", start, word.end, _RANK_SUFFIX), _Candidate("company", word.end, end, _RANK_SUFFIX)]
    return [_Candidate("company", start, end, _RANK_SUFFIX)]


def _title_at(words: _Words, match: regex.Match[str]) -> bool:
    return match.start() in words.by_start and match.end() in words.by_end


def _person_after(words: _Words, offset: int) -> tuple[int, int] | None:
    """The span of a person's name written at ``offset`` (after a title), if any."""
    index = words.next_word(offset)
    if index is None:
        return None
    word, items = words.items[index], words.items
    following = items[index + 1] if index + 1 < len(items) else None
    if word.text[:1] not in surnames() and word.text[:2] not in surnames():
        return None
    if 2 <= len(word.text) <= 3 and word.pos in _PERSON_TAGS and _HAN_NAME.fullmatch(word.text):
        if (
            len(word.text) == 2
            and following is not None
            and len(following.text) == 1
            and following.pos in ("a", "ng", "nr")
            and _HAN_NAME.fullmatch(word.text + following.text)
        ):
            return word.start, following.end
        return word.start, word.end
    if len(word.text) == 1 and following is not None and 1 <= len(following.text) <= 2:
        if following.pos not in _FUNCTION_TAGS and _HAN_NAME.fullmatch(word.text + following.text):
            return word.start, following.end
    return None


def _title_candidates(words: _Words) -> Iterator[_Candidate]:
    for match in title_regex().finditer(words.text, words.starts[0] if words.starts else 0, _end(words)):
        if not _title_at(words, match):
            continue
        title = match.group(0)
        position = match.end()
        while (span := _person_after(words, position)) is not None:
            yield _Candidate("person", span[0], span[1], _RANK_TITLE, title, match.start())
            position = span[1]
            if words.text[position : position + 1] != " ":
                break
        if titles()[match.group("post")][1] == "company" and not match.group("modifier").startswith(("原", "前")):
            start = name_start(words, match.start(), "company")
            if match.start() - start >= 2 and _specific(words, start, match.start(), "company"):
                if not any(words.text.endswith(s, start, match.start()) for s in suffixes()):
                    yield _Candidate("company", start, match.start(), _RANK_EMPLOYER)


def _end(words: _Words) -> int:
    return words.items[-1].end if words.items else 0


def _is_place_word(word: _Word) -> bool:
    if len(word.text) < 2 or is_generic(word.text, "place"):
        return False
    if known().get(word.text, ("",))[0] == "place":
        return True
    if word.pos == "ns":
        return True
    return (
        len(word.text) >= 3
        and word.text[-1] in _ADMIN
        and word.pos[:1] in ("n", "j")
        and suffixes().get(word.text[-2:], ("",))[0] != "organization"
    )


def _place_candidates(words: _Words) -> Iterator[_Candidate]:
    """Place words, adjacent ones joined as written (哈尔滨市道里区)."""
    start = end = -1
    for word in words.items:
        if word.pos not in _PLACE_TAGS or not _is_place_word(word):
            continue
        if word.start != end:
            if end > start:
                yield _Candidate("place", start, end, _RANK_WORD)
            start = word.start
        end = word.end
    if end > start:
        yield _Candidate("place", start, end, _RANK_WORD)


def _known_candidates(words: _Words) -> Iterator[_Candidate]:
    for word in words.items:
        entry = known().get(word.text)
        if entry is not None:
            yield _Candidate(entry[0], word.start, word.end, _RANK_KNOWN)


def _person_candidates(words: _Words) -> Iterator[_Candidate]:
    items = words.items
    for index, word in enumerate(items):
        if word.pos not in ("nr", "nrfg") or not _HAN_NAME.fullmatch(word.text) or len(word.text) > 3:
            continue
        if word.text[0] not in surnames() or is_generic(word.text, "person"):
            continue
        following = items[index + 1].text if index + 1 < len(items) else ""
        if len(word.text) == 3 or following in _SPEECH:
            yield _Candidate("person", word.start, word.end, _RANK_WORD)
    for match in _FOREIGN_PERSON.finditer(words.text, 0, _end(words)):
        if match.start() in words.by_start and match.end() in words.by_end:
            yield _Candidate("person", match.start(), match.end(), _RANK_WORD)


# --------------------------------------------------------------------------- choice


def _choose(candidates: Iterable[_Candidate], taken: bytearray, base: int) -> list[_Candidate]:
    """Non-overlapping candidates: stronger rank first, then longer, then earlier."""
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (c.rank, c.start - c.end, c.start)):
        span = range(candidate.start - base, candidate.end - base)
        if any(taken[i] for i in span):
            continue
        for i in span:
            taken[i] = 1
        chosen.append(candidate)
    return chosen


def _short_forms(name: str, label: str) -> set[str]:
    """Short names an article may use for ``name`` later (中粮 for 中粮集团, 道里 for 道里区)."""
    forms: set[str] = set()
    if label == "place":
        if len(name) >= 3 and name[-1] in _ADMIN and not name.endswith(("新区", "开发区", "高新区")):
            forms.add(name[:-1])
        return forms
    core = name
    for suffix in sorted(suffixes(), key=len, reverse=True):
        if suffixes()[suffix][0] == "company" and core.endswith(suffix) and len(core) > len(suffix) + 1:
            core = core[: -len(suffix)]
            break
    core = _PAREN_GROUP.sub("", core)
    while core:
        forms.add(core)
        trimmed = next((core[: -len(w)] for w in industry_words() if core.endswith(w) and len(core) > len(w)), None)
        if trimmed is None:
            break
        core = trimmed
    return {form for form in forms if len(form) >= 2 and form != name}


def _form_candidates(words: _Words, chosen: Sequence[_Candidate]) -> Iterator[_Candidate]:
    forms: dict[str, str] = {}
    for candidate in chosen:
        if candidate.label in ("company", "place"):
            for form in _short_forms(words.text[candidate.start : candidate.end], candidate.label):
                if not is_generic(form, candidate.label) and form not in industry_words() and form not in known():
                    forms.setdefault(form, candidate.label)
    if not forms:
        return
    pattern = regex.compile(_alternation(forms))
    for match in pattern.finditer(words.text, words.starts[0] if words.starts else 0, _end(words)):
        if match.start() in words.by_start and match.end() in words.by_end:
            yield _Candidate(forms[match.group(0)], match.start(), match.end(), _RANK_WORD)


# --------------------------------------------------------------------------- output


def _affiliation(candidate: _Candidate, chosen: Sequence[_Candidate], text: str) -> str | None:
    if candidate.title_start is None:
        return None
    ends = {c.end: c for c in chosen if c.label in ("place", "organization", "company")}
    start = candidate.title_start
    while start in ends:
        start = ends[start].start
    if start == candidate.title_start:
        return None
    affiliation = text[start : candidate.title_start]
    title = candidate.title or ""
    if title[:1] in _ADMIN and title[1:2] in "委长" and affiliation[-1:] not in _ADMIN:
        affiliation += title[0]  # 道里区委书记: the 区 of 区委书记 closes the place 道里区
    return affiliation


def _investment(candidate: _Candidate, amounts: Sequence[Money], norm: str) -> Decimal | None:
    """The amount in 元 tied to a project: 总投资162亿元的X项目, X项目总投资40亿元."""
    for money in amounts:
        if money.currency != "CNY" or money.value is None:
            continue
        if money.end <= candidate.start and norm[money.end : candidate.start] in ("的", ""):
            if "投资" in norm[max(0, money.start - 6) : money.start]:
                return money.value
        if 0 <= money.start - candidate.end <= 12:
            between = norm[candidate.end : money.start]
            if "投资" in between and not any(mark in between for mark in "。;;!?"):
                return money.value
    return None


def _build(candidate: _Candidate, text: str, norm: str, chosen: Sequence[_Candidate], amounts: Sequence[Money]) -> Name:
    surface = text[candidate.start : candidate.end]
    name = Name(surface, candidate.start, candidate.end, candidate.label)
    if candidate.label == "company":
        return replace(name, normalized=_SPACE.sub("", norm[candidate.start : candidate.end]))
    if candidate.label == "person":
        return replace(name, title=candidate.title, affiliation=_affiliation(candidate, chosen, text))
    if candidate.label == "project":
        return replace(name, investment=_investment(candidate, amounts, norm))
    return name


def find_names(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    normalized: str | None = None,
    amounts: Sequence[Money] = (),
) -> list[Name]:
    """All name mentions in ``text[start:end]`` (every occurrence, offsets into ``text``).

    ``normalized`` is ``normalize(text)`` when the caller has it; ``amounts`` are the
    money mentions already found, used to tie an investment to a project.
    """
    norm = normalize(text) if normalized is None else normalized
    stop = len(text) if end is None else end
    if stop <= start:
        return []
    words = _Words(norm, start, stop)
    taken = bytearray(stop - start)
    first = [
        *_suffix_candidates(words),
        *_title_candidates(words),
        *_known_candidates(words),
        *_place_candidates(words),
        *_person_candidates(words),
    ]
    chosen = _choose(first, taken, start)
    chosen += _choose(_form_candidates(words, chosen), taken, start)
    chosen.sort(key=lambda c: c.start)
    return [_build(c, text, norm, chosen, amounts) for c in chosen]
