"""What the names of an article say of each other.

- A company's short name stands for its full name when the article gives one full name it
  is a part of (``硬蛋`` and ``硬蛋科技公司`` → ``硬蛋科技(深圳)有限公司``; ``格力电器`` →
  ``珠海格力电器股份有限公司``), or names it with 简称 right after the full name
  (``中国石油化工集团公司(简称“中石化”)``): ``full_name``. The full name may add a place
  before the short name and a word of legal form after it (科技, 股份, 集团), no more: a
  word of trade may name a subsidiary. Two full names it could stand for leave it unlinked.
- A project's companies are the companies written right before it and joined to it by
  的, maybe after a verb of building or signing (``硬蛋科技(深圳)有限公司的…平台项目``,
  ``A公司和B公司等共同合作的…基地项目``, ``由河北东旭集团投资的…项目``): ``companies``.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

import regex

from .context import sentence_start
from .divisions import resolve
from .types import Name

_LEGAL = regex.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|公司)$")
_BRACKETED = regex.compile(r"[(（][^()（）]*[)）]")
_ABBREVIATED = regex.compile(r"[(（,，]\s*(?:以下)?简称[:：]?\s*[“\"「]?$")
# Between a project's last company and the project: 等, a verb of working together,
# building, investing or signing, then 的 and at most a few words.
_OWNS = regex.compile(
    r"(?:等(?:企业|公司|单位)?)?(?:共同|联合|携手)?"
    r"(?:合作|投资|建设|投资建设|开发|承建|建造|兴建|打造|签约|签署|运营|主导|引进|落户)*的\p{Han}{0,6}?"
)  # 的全球最大…平台项目: a few words of praise may stand after 的
_JOINT = regex.compile(r"[、,，]|和|与|及|以及|、和")
_REACH = 120  # characters before a project where its companies may stand


def link_names(norm: str, names: Sequence[Name]) -> list[Name]:
    """Copies of ``names`` with ``full_name`` on short company names and ``companies`` on
    projects, where the article says."""
    companies = [n for n in names if n.label == "company"]
    full = _full_names(norm, companies)
    out = []
    for name in names:
        if name.label == "company" and name.text in full:
            name = dataclasses.replace(name, full_name=full[name.text])
        elif name.label == "project":
            owners = _project_companies(norm, name, companies)
            name = dataclasses.replace(name, companies=owners) if owners else name
        out.append(name)
    return out


def _core(text: str) -> str:
    """A company name without its legal form and bracketed place: 硬蛋科技(深圳)有限公司 → 硬蛋科技."""
    return _LEGAL.sub("", _BRACKETED.sub("", text))


def _stands_for(short: str, full: str, cores: dict[str, str]) -> bool:
    """Can ``short`` be the short name of ``full``: the full name's core is the short one's
    after a place (珠海格力电器 for 格力电器) and before at most a few words of trade
    (硬蛋科技 for 硬蛋)? Not a group or a legal name itself (中粮集团 is no short name of
    中粮肉食投资有限公司), nor the short name of a branch (…分公司) or of a longer name
    led by another (TCL宏齐科技 for 宏齐科技). ``cores`` holds each name's ``_core``."""
    if _HELD_FORM.search(short) or _BRANCH.search(full):
        return False
    core, whole = cores[short], cores[full]
    at = whole.find(core)
    if len(core) < 2 or at < 0 or whole[at + len(core) :] not in _FORM_WORDS or (core == whole and short == full):
        return False
    return at == 0 or resolve(whole[:at]) is not None or whole[:at] in ("中国", "国家")


_HELD_FORM = regex.compile(r"有限公司|有限责任公司|股份|集团")
_BRANCH = regex.compile(r"(?:分公司|子公司|区域公司|办事处|分行|支行)$")
# The words a full name may add after the short name and say nothing of the business: a
# word of trade (华润雪花 → 华润雪花啤酒(铁岭)有限公司, 江铜 → 四川江铜稀土公司) may name a
# subsidiary.
_FORM_WORDS = frozenset({"", "科技", "股份", "控股", "集团", "实业"})


def _full_names(norm: str, companies: Sequence[Name]) -> dict[str, str]:
    cores = {c.text: _core(c.text) for c in companies}  # once per name, not once per pair of names
    legal = sorted(text for text, core in cores.items() if _LEGAL.search(text) and len(core) >= 2)
    links: dict[str, str] = {}
    for short in sorted(cores, key=lambda text: (-len(text), text)):  # longest first
        candidates = {full for full in legal if full != short and _stands_for(short, full, cores)}
        named = {links.get(full, full) for full in candidates}  # 硬蛋科技公司 stands for the full name too
        if len(named) == 1:
            links[short] = named.pop()
    links.update(_abbreviations(norm, companies))
    return links


def _abbreviations(norm: str, companies: Sequence[Name]) -> dict[str, str]:
    """Short names given with 简称 right after a full name: (以下简称“中石化”)."""
    links: dict[str, str] = {}
    ordered = sorted(companies, key=lambda n: n.start)
    for before, after in itertools.pairwise(ordered):
        gap = norm[before.end : after.start]
        if after.text not in links and _ABBREVIATED.search(gap) and len(gap) <= 10 and _LEGAL.search(before.text):
            links[after.text] = before.text
    return links


def _project_companies(norm: str, project: Name, companies: Sequence[Name]) -> tuple[str, ...] | None:
    floor = max(sentence_start(norm, project.start), project.start - _REACH)
    before = sorted((c for c in companies if floor <= c.start and c.end <= project.start), key=lambda n: n.start)
    if not before or not _OWNS.fullmatch(norm, before[-1].end, project.start):
        return None
    owners = [before[-1]]
    for company in reversed(before[:-1]):
        if not _JOINT.fullmatch(norm, company.end, owners[-1].start):
            break
        owners.append(company)
    return tuple(dict.fromkeys(c.text for c in reversed(owners)))
