"""Names: companies, organisations, persons, places and projects, found by rule.

jieba's words and part-of-speech tags (``tokenizer.tag``) are the evidence; the rules
and their vocabularies live in ``resources/names_*.tsv``:

1. A name suffix (``有限公司``, ``协会``, ``项目``, ``新区``: ``names_suffixes.tsv``) that ends
   a word heads a name; the words before it belong to the name while they look like
   parts of one (nouns by their tag; ``names_boundaries.tsv`` overrides the tag).
2. A title (``董事长``, ``区委书记``: ``names_titles.tsv``) followed by a family name
   (``names_surnames.tsv``) gives a person with that title; a business post
   (``董事长``) makes the unnamed words before it a company.
3. Names listed before a head noun (``GE、西门子和东芝五家企业``: ``names_lists.tsv``) get
   the head's label; known short names (``国务院``: ``names_known.tsv``) their own.
4. Words tagged ``ns`` (place) or known places are places, adjacent ones joined as
   written (``哈尔滨市道里区``); words tagged ``nr`` are persons where the sentence treats
   them as one (speech follows, a list of names, named twice).
5. Where candidates overlap, the stronger rule wins, then the longer name: a company
   inside a project name is no company mention there. Suffix, title, list and known
   names are chosen before the word-tag rules.
6. Short names the article uses for a name found (``硬蛋`` for ``硬蛋科技(深圳)有限公司``,
   ``伊钢`` defined by ``(下称“伊钢”)``, ``道里`` for ``道里区``) are names wherever they
   stand as whole words.
7. A project's investment is a money amount in 元 tied to it: ``总投资162亿元的X项目``,
   ``X项目总投资40亿元``, or ``该项目总投资…`` after the project was named.

Offsets point into the original text; ``text == original[start:end]`` for every name.
Words come from the normalised text (same length), names are cut from the original.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import operator
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple

import regex

from ._resources import read_map, read_rows, read_words
from ._scan import matches_at
from .context import SENTENCE_MARKS, sentence_start
from .divisions import resolve
from .errors import Errors, InputError
from .money import currency_codes
from .normalize import normalize
from .tokenizer import in_dictionary, tag
from .types import Money, Name

LABELS = ("company", "organization", "person", "place", "project")
# The most characters a name may take left of its suffix, per label.
_MAX_BODY = {"company": 24, "organization": 20, "project": 30, "place": 12}
# Tags of words that may be part of a name: nouns, abbreviations, foreign words.
_NAME_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng", "nx", "j", "eng", "vn", "b", "an"})
_PLACE_TAGS = frozenset({"ns", "n", "nr", "nrt", "nz", "nt", "j", "eng"})
_PLACE_TAILS = frozenset({"地区", "大陆", "内地"})  # generic alone, part of a place after one: 新疆地区, 中国内地
_NUMERALS = "一二三四五六七八九十两几"
_CITY = "市县省州"
_GEOGRAPHIC = frozenset("市县省州区镇乡村旗盟路街道湾岛山河湖江港海峡湾原谷岭关城")  # ends a place name
_MARKETS = frozenset({"上市", "超市", "股市", "楼市", "车市", "城市", "都市", "夜市", "集市", "黑市", "开市", "收市",
                      "闭市", "入市", "退市", "救市", "菜市", "早市", "牛市", "熊市", "门市", "互市"})  # fmt: skip
_TOWN = frozenset("市县镇乡")  # one-character divisions written as a word of their own: 百善 + 镇
_ADMIN_NAME_TAGS = frozenset({"v", "n", "nr", "nrt", "ns", "nz", "j"})
_PROPER_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nz", "nt", "eng", "x"})
_NOUN_TAGS = frozenset({"n", "nz", "nt", "j"})
_PIECE_TAGS = frozenset({"v", "z", "m", "a", "f", "d"})
_LEVELS = "省市县"  # the level that opens a body named without its place: 省经信委
# 以中粮美裕为代表的民营资本: the exemplar of a kind of capital or firm is a company.
_EXEMPLAR = regex.compile(
    r"以(?P<name>[^，。、；以为的\s]{2,10})为代表的\p{Han}{0,4}?(?:资本|外资|企业|公司|央企|国企|民企|外企|房企|车企)"
)
_TICKER = regex.compile(r"(?P<name>[\p{Han}*]{2,8}[AB]?)\((?:\d{6})(?:\.S[ZH])?[,，;；)]")
# A news site's link to a company's page after its name: SOHO中国(企业专区,旗下楼盘)
_COMPANY_PAGE = regex.compile(r"(?P<name>[\p{Han}A-Za-z0-9]{2,12})\(企业专区")
# A property site's links after a housing estate's name: 现代城 (论坛 相册 户型 样板间 地图搜索)
_ESTATE_PAGE = regex.compile(r"(?P<name>[\p{Han}A-Za-z0-9]{2,12}) ?\(论坛 相册")
_MEDIA = regex.compile(
    r"《(?P<name>[^《》\s]{2,12})》(?=记者|杂志|报道|评论员|采访)"  # 《求是》杂志, 接受《第一财经周刊》采访
    r"|(?<=告诉|(?<![反相针])对|向)《(?P<name>[^《》\s]{2,12})》(?=说|称|表示|透露|介绍|[。，])"  # 对《财富》说
    r"|(?<=^|\n)《(?P<name>[^《》\s]{2,12})》(?=[：:])"  # an interviewer's lines: 《21世纪》：
    # a medium written without 《》 whose reporter is spoken to: 对界面新闻大湾区频道记者表示, 我是北京参考消息的记者
    r"|(?<=(?<![反相针])对|向|接受|是)(?P<name>\p{Han}{2,6}?(?:新闻|消息|日报|晚报|早报|时报|商报|周刊|新媒体))"
    r"(?:\p{Han}{1,6}频道)?的?(?=记者)"
)
_APPOSED_TAGS = frozenset({"nz", "nt", "eng", "nr", "nrt"})  # not j: 企业海外投资/j
_CUE_NAME_TAGS = frozenset({"nz", "nt", "j", "eng", "nr", "nrt"})
_TRADE_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nz", "nt", "eng", "j"})
_REGISTERED_PIECE_TAGS = _PIECE_TAGS | {"s"}  # 海口/s 奇力制药股份有限公司
_POINTING = regex.compile(r"[一二两三四五六七八九十几另这那该各每]")  # a count or a pointer: 另一家/l
_MISTAGGED_PLACE = frozenset({"s", "d", "f"})  # tags jieba gives some place names
_EDGE_PIECE_TAGS = _REGISTERED_PIECE_TAGS - {"v"}  # 友达/a 光电, 北方/f 绿色食品, 三一/m 重工
_RUN_TAGS = _REGISTERED_PIECE_TAGS | {"q", "c", "t"}  # pieces of a trade name: 泓/q 达/v, 诚天/q 和/c, 明日/t
_RUN_JOINTS = frozenset({"和"})  # a stop word elsewhere, inside a trade name here: 正广和
_MAX_RUN = 5
_COUNT_ENDS = frozenset("大个家批些")  # 两大集团, 一批集团: counts, not trade names
_POLITE_FORMS = ("先生", "女士")  # after a name they show a person: 杜裴然女士
_PERSONAL_TITLES = ("教授", "博士", "院士", *_POLITE_FORMS)  # after a two-character name
_ADDRESS_FORMS = ("先生", "女士", "小姐", "老板", "师傅", "老师", "医生", "大爷", "大妈", "阿姨", "大姐")
# 张雷先生: a person's name glued to the form of address; 孙师傅, 陈老师: a surname and one, no name
_EDGE_TAGS = frozenset({"x", "p", "c", "u", "uj", "ul", "uz", "v"})
_SUFFIX_WORD_TAGS = frozenset({"nt", "j", "n", "nr", "nz", "ng", "ns"})
_COMMON_TAGS = frozenset({"n", "v", "vn", "a", "an", "d"})
_LIST_OPENERS = frozenset({"包括", "如", "例如", "比如", "像", "包含", "有", "还有"})
_HEAD_REACH = 4  # words between a list and its head noun: 等 + 全球 + 矿业 + 巨头
_LIST_JOINTS = frozenset({"和", "及", "与", "以及"})
_GROUP_JOINTS = _LIST_JOINTS | {"同", "跟"}  # 与宏碁/v 集团
_INNER_NAME_TAGS = frozenset({"f", "t", "s"})  # 北方/f 绿色食品, 本溪中日/t 龙山 between two 、
_MAX_ITEM = 12
_LONG_BODY = 6  # a project body this long names something even without a proper noun, when a firm owns it
_COMMON_BODY = 8  # …and when none does: 农林生物质发电项目 names a kind of project, not one
# A firm written right before the project and joined to it by 的: 深圳华视影业投资有限公司的文化创意产业园项目.
_FIRM_BEFORE = regex.compile(
    r"(?:公司|集团)(?:等)?(?:共同|联合)?(?:合作|投资|建设|投资建设|开发|承建|打造)*的\p{Han}{0,6}$"
)
_LINE_HEADS = frozenset({"生产线", "代线"})
_LEAD_TAGS = frozenset({"v", "vn", "b", "a", "ad", "d"})
_NAME_WORD_TAGS = frozenset({"nr", "nrfg", "nrt"})  # words jieba tags as person names
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt", "n", "ns", "nz", "ng", "j", "x"})
_FUNCTION_TAGS = frozenset({"v", "p", "d", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "x", "m", "q", "f", "r", "t"})
# Characters cut from the end of a word that starts with a name (彭琦向/nr 记者 → 彭琦).
_BYLINE = regex.compile(r"[(（](?P<name>\p{Han}{2,4})/文[)）]")
# A line that holds only names, the article's byline: 张丽华 李娟, 蒋卓颖.
_BYLINE_LINE = regex.compile(r"^[ \t\u3000]*\p{Han}{2,3}(?:[ \t\u3000]+\p{Han}{2,3}){0,3}[ \t\u3000]*$", regex.M)
_NOT_GIVEN = frozenset({"笔者", "记者", "媒体", "经理", "总", *_ADDRESS_FORMS})
_SPEECH_GLUED = regex.compile(r"\p{Han}[说称讲]")
_TRAILING = frozenset("向对在与和说称也都是等曾将已并则却就才不处")  # after a name: 侯树谦处/nr 得知
_MEASURE = regex.compile(r"\d+(?:\.\d+)?[A-Za-z]{1,3}")  # 6200t, 200MW: jieba tags them eng
_PER = frozenset({"年", "天", "日", "月", "小时", "d", "h", "a"})
_EMPLOYER_UNITS = frozenset({"中心", "产业", "事业部", "事业群", "部门"})
_NAME_SEPARATORS = frozenset({"|", ":"})  # between a title and a name: 记者 | 张三
_ADMIN = "省市县区镇乡州"
_SPACE = regex.compile(r"\s+")
# A suffix that begins a term rather than ends a name: 政府采购, 政府指导价格.
_NOT_AN_END = regex.compile(
    r"政府(?:采购|指导价|补贴|投资|引导)|控股(?:股东|子公司|权|比例|地位)|办(?:起|企业|工厂|学校|实业)|部门"
)  # 控股股东: a controlling shareholder; 老区办企业, 老区办起: 办 (to set up) is the verb; 市场营销部/门: a department
# A division of a government body, named before its head's title: 粮食局 + 农村处 + 处长.
_DEPARTMENT = regex.compile(
    r"(?P<unit>[^\P{Han}和与及]\p{Han}{1,5}?(?P<kind>[处司]))副?(?P=kind)长"
)  # not 局 + 和财政司
# A department of a ministry, written right after it: 科技部高新司, 发改委价格司.
_BUREAU = regex.compile(r"[^\P{Han}公]{2,3}司(?![长机法令])")
# A centre or institute of a university, written right after it: 复旦大学平板显示中心.
_ACADEMIC_UNIT = regex.compile(
    r"[^\P{Han}的和与及在是]{2,12}?(?:研究中心|中心|研究所|研究院|实验室|医学部|教研室|学系)"
)
# A committee or working group of an association, written right after it: 中国电子商务协会 +
# 移动商务专家咨询委, 中国欧盟商会 + 公共采购工作组.
_ASSOCIATION_UNIT = regex.compile(r"[^\P{Han}的和与及在是]{2,10}?(?:专业委员会|委员会|工作组|咨询委|分会)")
# A website before the words that cite it: 搜猪网分析师, 慧聪网报道, 金属网数据显示.
_SITE_CUE = regex.compile(r"(?P<name>网)(?=的?(?:分析师|主编|总编|编辑|记者|讯|报道|消息|数据|统计|监测|调查|主办))")
_NETWORKS = ("电网", "互联网", "物联网", "官网", "管网", "路网", "联网", "上网", "内网", "外网", "局域网")
_SITE_STOPS = frozenset({"x", "p", "c", "u", "uj", "ul", "uz", "r", "m", "d", "t", "f"})
_SITE_TEXT = regex.compile(r"[\p{Han}A-Za-z]+")
_GLUED_FUNCTION_CHARS = frozenset("据和与各在从向对了由即")  # 到了泽东/nr 公司: the particle 了 opens no name
_GLUED_PREPOSITIONS = frozenset("据与在从对由即被")  # glued to a name's first character alone (由通/nr 号集团)
_ENTERPRISE_BODIES = ("协会", "联合会", "商会", "联盟", "家协会", "家联合会")  # bodies of firms, after 企业
_LONE_PREPOSITIONS = frozenset({"经"})  # a word of its own; not the 经 of 经营 (a stop word would trim it)
_LATIN_COMPANY = regex.compile(
    r"(?<![A-Za-z&.\- ])[A-Z][A-Za-z&.\-]*(?: [A-Z][A-Za-z&.\-]*)*(?:\([A-Za-z ]+\))? ?"
    r"(?:Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|GmbH|AG|LLC|PLC|plc)(?![A-Za-z])"
)
# Investment tied to a project: 总投资, 计划投资, 投资额; 该项目总投资 refers back.
_INVESTED = regex.compile(r"投资|投入")
_ANAPHORA = regex.compile(r"(?:该|此|本|这一|这个)?项目(?:的)?(?:总|计划|预计)?(?:投资|投入)")
_CLAUSE_END = regex.compile(r"[。;!?]")
_PROJECT_TALLY = regex.compile(r"项目\d+个|\d+个[^，。,]{0,8}项目")
_INVEST_WINDOW, _ANAPHORA_REACH = 12, 200
# A short name defined in parentheses right after a name: (以下简称“河北钢铁”), (下称“伊钢”).
_ALIAS = regex.compile(r"\((?:以下|下文)?(?:简称|下称|又称)[:]?[“\"‘]?(?P<alias>[^”\"’(),，、]{2,12})[”\"’]?\)")
# A company's short name in bare parentheses right after it: 新疆建材化工(集团)股份公司(青松建化).
_BARE_ALIAS = regex.compile(r"\((?P<alias>[\p{Han}A-Za-z]{2,10}|[A-Z][A-Za-z.&-]*(?: [A-Z][A-Za-z.&-]*){1,3})\)")
_CAMEL = regex.compile(r"(?:[A-Z]+[a-z]+){2,}")  # DisplaySearch, TrendForce
_HAN = regex.compile(r"\p{Han}+")
_PAREN_GROUP = regex.compile(r"\(\p{Han}{1,6}\)$")

# Rule strength: a lower rank wins an overlap, then the longer span.
_RANK_KNOWN, _RANK_SUFFIX, _RANK_TITLE, _RANK_LIST, _RANK_EMPLOYER, _RANK_FORM, _RANK_WORD = 0, 1, 1, 2, 2, 3, 4


class _Word(NamedTuple):
    """A tagged word; a tuple, as thousands are made per article."""

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
def _company_suffixes() -> tuple[str, ...]:
    """Company suffixes, longest first (股份有限公司 before 有限公司 before 公司)."""
    return tuple(sorted((s for s, (label, _) in suffixes().items() if label == "company"), key=len, reverse=True))


@functools.cache
def _company_suffix_set() -> frozenset[str]:
    return frozenset(_company_suffixes())


def _company_suffix(text: str, before: int = 0) -> str | None:
    """The longest company suffix ``text`` ends with, with ``before`` characters or more
    before it: each of the text's endings is looked up, where a test of every suffix in
    turn took some twenty calls of ``str.endswith``."""
    table = _company_suffix_set()
    for length in range(min(len(_company_suffixes()[0]), len(text) - before), 0, -1):
        if text[-length:] in table:
            return text[-length:]
    return None


@functools.cache
def titles() -> dict[str, tuple[str, str]]:
    """Title word → (kind: post | modifier, employer: company | public | any)."""
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
def _longest_trade() -> int:
    return max(map(len, industry_words()), default=0)


@functools.cache
def surnames() -> frozenset[str]:
    return frozenset(read_map("names_surnames.tsv"))


@functools.cache
def known() -> dict[str, tuple[str, str]]:
    """Known name → (label, kind: country | region | body)."""
    return {name: (label, kind) for name, (label, kind) in read_map("names_known.tsv", 3).items()}


@functools.cache
def _legal_forms() -> frozenset[str]:
    """Company suffixes that are legal forms (有限公司, 集团公司): a word of its own ends a name."""
    return frozenset(s for s, (label, _) in suffixes().items() if label == "company" and s.endswith("公司"))


_Trie = dict[str, "_Trie"]  # a character → the words that go on with it; "" where a word ends


def _alternation(words: Iterable[str]) -> str:
    """The words as one pattern that tries a longer word before a word it begins with
    (有限公司 before 有限): written as a trie, 有限(?:公司|责任公司)?, so that a search reads
    the characters words share once instead of trying each word (a third faster)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    """The pattern of the words below ``node``; the longer go on first, then the word that ends here."""
    branches = [regex.escape(char) + _trie_pattern(after) for char, after in sorted(node.items()) if char]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{joined})?" if "" in node else joined


@functools.cache
def _title_words() -> tuple[str, str]:
    """The alternations of the modifiers and of the posts of ``names_titles.tsv``."""
    table = titles()
    modifiers = _alternation(w for w, (kind, _) in table.items() if kind == "modifier")
    posts = _alternation(w for w, (kind, _) in table.items() if kind == "post")
    return modifiers, posts


@functools.cache
def title_regex() -> regex.Pattern[str]:
    """A title: modifiers (副, 常务副) then a post (区长); the post ends the title, or a
    second post held with it does (董事长兼CEO, 执行副总裁兼上海区域总经理)."""
    modifiers, posts = _title_words()
    held = rf"(?:兼\p{{Han}}{{0,6}}?(?:{modifiers})*(?:{posts}))"
    return regex.compile(rf"(?P<modifier>(?:{modifiers})*)(?P<post>{posts}){held}*")


@functools.cache
def _title_starts() -> re.Pattern[str]:
    """Where a title starts, as an empty match: ``re`` skips to the characters a title
    begins with, where ``regex`` would try every title at every offset."""
    modifiers, posts = _title_words()
    firsts = "".join(sorted({word[0] for word in titles()}))
    return re.compile(rf"(?=[{re.escape(firsts)}])(?=(?:{modifiers})*(?:{posts}))")


def _titles(words: _Words) -> Iterator[regex.Match[str]]:
    """The titles in the body, as ``title_regex().finditer`` finds them (3x faster): a
    title is read where one starts, past the end of the one before."""
    position, stop = _begin(words), _end(words)
    for start in _title_starts().finditer(words.text, position, stop):
        if start.start() >= position and (match := title_regex().match(words.text, start.start(), stop)):
            yield match
            position = match.end()


def _is_generic(word: str, label: str) -> bool:
    return generic().get(word) in (label, "any")


# --------------------------------------------------------------------------- words


class _Words:
    """The tagged words of the body, with lookups by character offset."""

    def __init__(self, norm: str, start: int, stop: int, tagged: Sequence[tuple[str, str]] | None = None) -> None:
        self.text = norm
        columns = _tagged_span(tagged, start, stop) if tagged is not None else None
        texts, tags, bounds = columns if columns is not None else _columns(tag(norm[start:stop]), start)
        self.starts, ends = bounds[:-1], bounds[1:]
        # _Word(...) goes through a Python-level __new__; thousands per article, so the
        # tuples are made by tuple.__new__, mapped over the columns without a Python loop
        self.items: list[_Word] = list(
            map(tuple.__new__, itertools.repeat(_Word), zip(self.starts, ends, texts, tags, strict=True))
        )
        self.by_start = dict(zip(self.starts, range(len(texts)), strict=True))
        self.by_end = dict(zip(ends, range(len(texts)), strict=True))
        self.by_text: dict[str, list[int]] = {}
        self.by_tag: dict[str, list[int]] = {}
        for index, text, tag_name in zip(itertools.count(), texts, tags):
            self.by_text.setdefault(text, []).append(index)
            self.by_tag.setdefault(tag_name, []).append(index)

    def written(self, texts: Collection[str]) -> list[int]:
        """Indices of the words written as one of ``texts``, in order: most rules look for a
        few words (、, 等, a cue), and this spares them a walk over every word. A long list
        of texts is matched against the article's words instead."""
        if len(texts) > len(self.by_text):
            texts = [text for text in self.by_text if text in texts]
        found = map(self.by_text.get, texts, itertools.repeat(()))  # by_text.get(text, ()), mapped in C
        return sorted(itertools.chain.from_iterable(found))

    def tagged_as(self, tags: Collection[str]) -> list[int]:
        """Indices of the words tagged one of ``tags``, in order: read from the index by tag,
        built with the index by text in one walk, where a test of every word's tag for each
        call costs more than the walk."""
        found = map(self.by_tag.get, frozenset(tags), itertools.repeat(()))
        return sorted(itertools.chain.from_iterable(found))

    def text_of(self, index: int) -> str:
        """The text of word ``index``, or "" past the end."""
        return self.items[index].text if 0 <= index < len(self.items) else ""

    def index_at(self, offset: int) -> int:
        """Index of the word that contains the character at ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def next_word(self, offset: int) -> int | None:
        """Index of the word starting at ``offset``, skipping spaces."""
        index = self.by_start.get(offset)
        while index is not None and self.items[index].text.isspace():
            index = index + 1 if index + 1 < len(self.items) else None
        return index


_Columns = tuple[Sequence[str], Sequence[str], list[int]]  # words, tags, bounds (each start, then the end)


def _columns(pairs: Sequence[tuple[str, str]], start: int) -> _Columns:
    """The words and tags of ``pairs`` and their bounds, the first word starting at ``start``.
    Each column is read by an item getter mapped over the pairs: ``zip(*pairs)`` makes an
    iterator of every pair first, twice as slow for an article's thousand words."""
    texts, tags = list(map(_FIRST, pairs)), list(map(_SECOND, pairs))
    return texts, tags, list(itertools.accumulate(map(len, texts), initial=start))


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def _tagged_span(tagged: Sequence[tuple[str, str]], start: int, stop: int) -> _Columns | None:
    """The tagged words of the whole text that tile ``[start, stop)``, if words begin and end
    there: the columns of the whole text are sliced, not built again for the span."""
    texts, tags, bounds = _columns(tagged, 0)
    first, last = bisect.bisect_left(bounds, start), bisect.bisect_left(bounds, stop)
    if first == len(bounds) or bounds[first] != start or last == len(bounds) or bounds[last] != stop:
        return None
    return texts[first:last], tags[first:last], bounds[first : last + 1]


@functools.cache
def _appositive_heads() -> frozenset[str]:
    """Nouns that stand before a company's name and say what it is (开发商, 巨头, 代理商)."""
    return frozenset(h for h, label in list_heads().items() if label == "company" and h not in suffixes())


def _appositive(text: str) -> bool:
    heads = _appositive_heads()
    return text[-2:] in heads or text[-3:] in heads  # 民营企业, 国际芯片巨头


@functools.cache
def _units() -> frozenset[str]:
    """Units of a figure inside a project name (300万吨, 220千伏, 8.5代)."""
    measures = {word for word, kind in read_rows("measure_words.tsv", 2) if kind == "measure"}
    return frozenset(measures | {w for w, role in boundaries().items() if role == "unit"})


@functools.cache
def _counters() -> frozenset[str]:
    """Classifiers that make a numeral a count (三个, 两家)."""
    return frozenset(w for w, kind in read_rows("measure_words.tsv", 2) if kind == "count" and len(w) == 1)


def _count(word: _Word) -> bool:
    """A numeral with its classifier (三个, 一家): a count, never a piece of a name."""
    return word.pos == "m" and word.text[-1:] in _counters()


def _is_figure(word: _Word, before: _Word | None) -> bool:
    """A number, or a unit right after a number, as in 年产100万吨 or 8.5代线, or a rate's
    slash and period after a unit (20万吨/年, 6200t/d)."""
    if word.pos == "m" and any(c.isdigit() for c in word.text):
        return True
    if word.pos == "eng" and _MEASURE.fullmatch(word.text):
        return True  # 6200t
    if before is not None and word.text == "/":  # 20万吨 / 年, 6200t / d
        return before.text.lstrip("万亿千百") in _units() or _MEASURE.fullmatch(before.text) is not None
    if before is not None and before.text == "/":
        return word.text in _PER
    after_number = before is not None and before.pos == "m" and before.text[-1:].isdigit()
    unit = word.text.lstrip("万亿千百")
    return after_number and (unit in _units() or (word.pos == "m" and unit in _counters()))  # 30 + 万台


def _city(text: str) -> bool:
    """Is ``text`` the short name of a prefecture-level city (包头, 唐山)?"""
    division = resolve(text) if len(text) >= 2 else None
    return division is not None and division.level == "city"


def _post_word(text: str) -> bool:
    """Is ``text`` a post with the 兼 (also) that jieba glued to it (社长兼/l, 总裁兼/j)? A post
    alone may be inside a name (投资顾问有限公司, 专家委员会); a post held also is not."""
    post = text[:-1]
    return text.endswith("兼") and len(post) >= 2 and titles().get(post, ("",))[0] == "post"


def _may_continue(word: _Word, label: str, before: _Word | None) -> bool:
    """May ``word`` be part of a ``label`` name (walking leftwards from its suffix)?"""
    role = boundaries().get(word.text)
    if role in ("stop", "keep", "speech"):
        return role == "keep"
    if word.text in _LONE_PREPOSITIONS or (word.text == "华" and before is not None and before.text == "在"):
        return False  # 经/n 国家…检验中心: "through", which jieba tags a noun; 在华: in China
    if word.text.endswith(_ADDRESS_FORMS):
        return False  # 张雷先生/nr 北京当代…有限公司: a person, glued to the form of address
    if label in ("company", "organization") and _post_word(word.text):
        return False  # 出版社 社长兼/l 彩翎音像制作有限公司: a post held also ends the name before it
    if label == "project":
        if role == "lead":
            return False
        if role == "project" or _is_figure(word, before):
            return True
        if word.pos == "s" and len(word.text) == 2 and not _is_generic(word.text, "place"):
            return True  # 江苏100万千瓦海上/s 风电项目: where the plant stands, inside its name
        if word.pos == "a" and len(word.text) == 1 and before is not None and before.pos == "ns":
            return True  # 台州/ns 大/a 石化项目: a one-character adjective after the place
        if word.text in _QUARTERS and before is not None and before.pos in _NOUN_TAGS:
            return True  # 中色/n 南方/f 稀土项目: a quarter inside the owner's name
    elif word.text in _legal_forms() or (label == "company" and _appositive(word.text)):
        return False  # 公司 before a company name: another name ends there; 开发商 香江集团
    elif label == "company" and len(word.text) > 2 and word.text.endswith("公司") and word.pos == "n":
        return False  # 钢铁公司/n 鞍钢股份: a kind of company, then the company's name
    if word.pos == "x":
        return _HAN.fullmatch(word.text) is not None  # a rare character jieba left untagged (娲)
    if label in ("company", "organization") and word.pos in _MISTAGGED_PLACE and _place_name(word.text):
        return True  # 大连/d 大雪啤酒有限公司, 海口/s 奇力制药
    if label in ("company", "organization") and word.pos == "v" and known().get(word.text, ("",))[0] == "company":
        return before is None or before.pos == "x"  # 。攀钢/v 集团…研究院: a known company jieba takes for a verb
    if label == "organization" and word.pos == "i" and _city(word.text):
        return True  # 攀枝花/i 钒钛钢铁研究院: jieba takes the city for an idiom
    if label in ("company", "organization") and word.pos == "v" and _city(word.text):
        return True  # 包头/v 钢铁(集团)有限公司; not the county 比如/v
    if label in ("company", "organization") and word.pos == "l" and before is not None and before.pos in _NAME_TAGS:
        # 深圳市/ns 软科学/l 研究会, 巨丰/nz 再生资源/l 利用有限公司: a set phrase inside the name
        return _HAN.fullmatch(word.text) is not None and not _POINTING.search(word.text)  # not 江西 另一家/l 稀土公司
    if label == "place":
        fitting = word.pos in _PLACE_TAGS or (word.pos == "a" and len(word.text) >= 2)  # 雄安/a 新区
        return fitting and not _is_generic(word.text, "place")
    return word.pos in _NAME_TAGS


_QUARTERS = frozenset({"南方", "北方", "东方", "西方"})


def _outside_company(word: _Word) -> bool:
    """Is ``word`` before a company's name a trade role that is no part of it (集成商 通号集团,
    开发商 万科)? 农工商 (of 农工商房地产) is a name's word."""
    return word.text.endswith("商") and (word.text in _appositive_heads() or word.text in _TRADE_ROLES)


_TRADE_ROLES = frozenset({"集成商", "生产商", "销售商", "批发商", "分销商", "设备商", "建筑商"})


def _paren_start(words: _Words, index: int) -> int | None:
    """Start of a parenthesised place ``(深圳)`` whose ``)`` is word ``index``."""
    text = words.text[max(0, words.items[index].end - 9) : words.items[index].end]
    match = _PAREN_GROUP.search(text)
    if match is None:
        return None
    start = words.items[index].end - len(match.group(0))
    return start if start in words.by_start else None


def _joins(words: _Words, index: int, label: str, offset: int) -> bool:
    """Is word ``index`` a piece of a name that jieba cut and mis-tagged?

    Such a piece sits between a proper noun and an industry word, a proper noun or the
    suffix (哈尔滨工业大学众达/v 电子有限公司, 宁波均/d 胜/v 电子), or is a short adjective
    right after a boundary (的硬/a 蛋科技公司, 和平安/a 银行).
    """
    items, word = words.items, words.items[index]
    if label == "company" and (_registered(words, index, offset) or _piece_run(words, index, offset)):
        return True
    if label == "project" and _inner_verb(items, index, offset):
        return True  # 煤焦油加氢/v 深加工项目
    if label == "project" and _inner_measure(items, index, offset):
        return True  # LED外延/n 片/q 生产线项目
    if label == "project" and _station_piece(words, index, offset):
        return True  # 永春/ns 高/a 垄/v 变电站
    if label == "organization" and word.end == offset and _division_of_body(words, index):
        return True  # 株洲市/ns 天元/q 区委: the district jieba did not see before 区委
    holds_company = label == "project" and "有限公司" in words.text[word.end : offset]  # 友达/a 光电…有限公司8.5代…项目
    if (label not in ("company", "organization") and not holds_company) or word.pos not in _PIECE_TAGS:
        return False
    if boundaries().get(word.text) in ("stop", "speech") or not _HAN.fullmatch(word.text):
        return False
    if _count(word):
        return False  # 株洲三个公司: a count, not a name
    before = items[index - 1] if index > 0 else None
    after = items[index + 1]
    if before is None or before.pos in _EDGE_TAGS or boundaries().get(before.text) == "stop":
        edge_ok = len(word.text) == 1 or after.start == offset
        opening = word.pos in _EDGE_PIECE_TAGS and len(word.text) == 2 and after.text in industry_words()
        opening = opening and (
            _opens_sentence(words, index)
            or (before is not None and (before.text == "、" or _place_in_brackets(words, index - 1)))
        )  # 。国都/d 证券研究所; 、辉煌/a 科技集团; 惠生(南京)清洁/a 能源公司
        group = _group_edge(words, index, offset, before)
        return (edge_ok and word.pos in ("a", "f")) or opening or group or _registered_edge(words, index, offset)
    if len(word.text) == 1 and len(before.text) == 1 and before.pos in _PIECE_TAGS and index > 1:
        before = items[index - 2]  # two one-character pieces: 均 + 胜
    right = after.text in industry_words() or after.text in suffixes() or after.pos in _PROPER_TAGS
    right = right or (len(after.text) == 1 and after.pos in _PIECE_TAGS)
    right = right or (label == "company" and len(word.text) == 1 and after.start == offset)  # 德豪润/nr 达/v 董事长
    return right and before.pos in _PROPER_TAGS - {"x"}


def _place_in_brackets(words: _Words, index: int) -> bool:
    """Is word ``index`` the closing bracket of a place written inside a name: 惠生(南京)?"""
    opened = _paren_start(words, index) if words.items[index].text == ")" else None
    return opened is not None and _place_name(words.text[opened + 1 : words.items[index].start])


def _group_edge(words: _Words, index: int, offset: int, before: _Word | None) -> bool:
    """Does a group (…集团) open with word ``index``, a two-character trade name jieba tags a
    numeral (，三一/m 集团) or, after 与/和, a verb (与宏碁/v 集团)? Not a count or a rank
    (两大集团, 第二集团)."""
    word = words.items[index]
    if len(word.text) != 2 or words.items[index + 1].start != offset or not words.text.startswith("集团", offset):
        return False
    if word.pos == "m":
        count = any(c.isdigit() for c in word.text) or word.text[-1] in _COUNT_ENDS or word.text[0] == "第"
        return not count  # 两大集团, 第二集团
    return word.pos == "v" and before is not None and before.text in _GROUP_JOINTS


def _division_of_body(words: _Words, index: int) -> bool:
    """Is word ``index``, with the 区/县/市 that opens the body's suffix after it, a division
    of the place before it (株洲市 + 天元 + 区委)?"""
    word = words.items[index]
    admin = words.text[word.end : word.end + 1]
    if index == 0 or admin not in ("区", "县", "市") or len(word.text) < 2:
        return False
    before = words.items[index - 1]
    return before.pos == "ns" and resolve(before.text + word.text + admin) is not None


def _registered(words: _Words, index: int, offset: int) -> bool:
    """Inside a registered name (…有限公司), is word ``index`` a piece between two name
    words? Such names run long and jieba tags pieces of them as verbs or localities:
    江苏熔盛重工集团控股/v 有限公司, 湖北长飞/v 光纤光缆有限公司, 成都南方/f 家具有限公司."""
    items, word = words.items, words.items[index]
    if index == 0 or "有限" not in words.text[offset : offset + 4]:
        return False
    if word.text in ("和", "与") and index + 1 < len(items):  # 新疆金特和/c 钢/n 钢铁有限公司
        after = items[index + 1]
        return len(after.text) == 1 and after.start < offset and items[index - 1].pos in _PROPER_TAGS - {"x"}
    if word.pos not in _REGISTERED_PIECE_TAGS:
        return False
    if boundaries().get(word.text) in ("stop", "speech") or not _HAN.fullmatch(word.text):
        return False
    before, after = items[index - 1], items[index + 1]
    named_after = after.start == offset or after.pos in _NAME_TAGS or after.text in industry_words()
    return named_after and before.pos in _NAME_TAGS and boundaries().get(before.text) not in ("stop", "speech")


def _run_piece(words: _Words, index: int, offset: int) -> bool:
    """Could word ``index`` be a short piece jieba cut from a trade name (泓/q, 达/v, 诚天/q)?"""
    word = words.items[index]
    if word.end > offset or len(word.text) > 2 or word.pos not in _RUN_TAGS or not _HAN.fullmatch(word.text):
        return False
    if _count(word) or (word.pos == "v" and len(word.text) > 1):
        return False  # 一家: a count; 吸收合并: verbs of their own
    return word.text in _RUN_JOINTS or boundaries().get(word.text) not in ("stop", "speech")


def _piece_run(words: _Words, index: int, offset: int) -> bool:
    """Inside a registered name (…有限公司), is word ``index`` one of a run of short pieces
    jieba cut from the trade name (荣成市泓/q 达/v 房地产开发有限公司, 松阳诚天/q 和/c 食品有限公司,
    浙江明日/t 控股集团有限公司, 考察的万士/m 达/v 液晶显示器有限公司)? The run holds at most
    five characters, a lone 和 is no run (美的和格力电器有限公司), and a name word, an industry
    word or the suffix follows it; a name word comes before it, or 的 or a preposition with a
    name word after the run."""
    items = words.items
    if "有限" not in words.text[offset : offset + 4] or not _run_piece(words, index, offset):
        return False
    first = last = index
    while first > 0 and _run_piece(words, first - 1, offset):
        first -= 1
    while last + 1 < len(items) and _run_piece(words, last + 1, offset):
        last += 1
    run = items[first : last + 1]
    if first == 0 or last + 1 >= len(items) or sum(len(w.text) for w in run) > _MAX_RUN:
        return False
    if len(run) == 1 and run[0].text in _RUN_JOINTS:
        return False
    before, after = items[first - 1], items[last + 1]
    if run[-1].pos == "q" and after.pos in _NAME_WORD_TAGS:
        return False  # 张/q 雷先生/nr: a surname jieba cut from the given name
    named_after = after.pos in _NAME_TAGS and after.text not in _legal_forms()
    if not (after.start == offset or named_after or after.text in industry_words()):
        return False
    if before.text == "的" or before.pos == "p":
        return named_after and not _place_name(after.text) and len(run) > 1
    stop = boundaries().get(before.text) in ("stop", "speech") or before.text in _legal_forms()
    return before.pos in _NAME_TAGS and not stop


def _registered_edge(words: _Words, index: int, offset: int) -> bool:
    """Does a registered name (…有限公司) open with word ``index``, a two-character piece
    jieba tags an adjective or locality, after a function word (收购北方/f 绿色食品股份有限公司,
    批准了友达/a 光电(昆山)有限公司)? Not a verb (宣布剥离/v 唐山盾石混凝土有限公司) unless it
    opens the sentence (。长飞/v 光纤光缆有限公司人士透露), and the
    word after it is a name that is not a place."""
    word, after = words.items[index], words.items[index + 1]
    before = words.items[index - 1] if index > 0 else None
    governed = before is not None and (before.text == "的" or before.pos == "p")  # 成立的奔腾/v 电器, 向联想/v 控股
    tags = _REGISTERED_PIECE_TAGS if _opens_sentence(words, index) or governed else _EDGE_PIECE_TAGS
    registered = "有限" in words.text[offset : offset + 4] or "有限公司" in words.text[word.end : offset]
    if len(word.text) != 2 or word.pos not in tags or not registered:
        return False  # …有限公司, or a project of one: 友达光电(昆山)有限公司8.5代…项目
    named = (
        after.pos in _NAME_TAGS - {"ns"} and not _place_name(after.text)
    ) or after.start == offset  # 联想/v 控股有限公司
    return named and boundaries().get(word.text) is None


def _opens_sentence(words: _Words, index: int) -> bool:
    """Does word ``index`` open a sentence or a line (no verb can govern it there)?"""
    before = words.items[index - 1].text.strip() if index > 0 else ""
    return before == "" or (len(before) == 1 and before in SENTENCE_MARKS)


def _name_start(words: _Words, offset: int, label: str) -> int:
    """Where a ``label`` name whose suffix (or title) begins at ``offset`` starts."""
    items, index = words.items, words.index_at(offset)
    start = offset
    if index >= 0 and items[index].start < offset:
        start = items[index].start
    index = words.index_at(start - 1) if start > 0 else -1
    limit = _MAX_BODY[label]
    while index >= 0 and offset - items[index].start <= limit:
        word, before = items[index], items[index - 1] if index > 0 else None
        if label == "company" and _outside_company(word):
            break
        if word.text == ")" and label in ("company", "organization", "project"):
            opened = _paren_start(words, index)
            inner = words.index_at(opened - 1) if opened else -1  # the word the bracket follows
            if inner > 0 and words.items[inner].text == " ":
                inner -= 1  # 中铝稀土 (江苏)有限公司: a stray space before the bracket
            if opened is None or inner < 0 or not _bracket_follows(items[inner], label):
                break  # (三)新能源项目: a numbering, not a place inside a name
            start, index = opened, inner
            if not _may_continue(items[inner], label, None):  # the suffix word: 控股/v (集团)公司
                start, index = items[inner].start, inner - 1
        elif label == "project" and word.text in _BUILDING_VERBS and items[index + 1].start < offset:
            break  # 公司投资建设 + 沈阳光伏电池生产基地: what is built comes after the verb
        elif label == "project" and word.text in _OWNER_VERBS and before is not None and _firm_word(before.text):
            break  # 集团开发 + 金顶铅锌矿: the firm that develops the project, then its name
        elif label == "project" and _apposed_head(items, index, offset):
            break  # 煤制烯烃示范项目 + 神华包头煤制烯烃示范工程: what the project is, then its name
        elif label == "project" and word.text == "-" and before is not None and _joint_name(before):
            start, index = word.start, index - 1  # 罗田水库-铁岗水库输水隧洞工程: two ends of one work
        elif (
            label == "project"
            and word.text == "的"
            and _CAPACITY_BEFORE.search(words.text, max(0, word.start - 12), word.start)
        ):
            start, index = word.start, index - 1  # 年产100亿颗的SMD-LED背光源封装生产线: the capacity is in the name
        elif label == "project" and word.text == "及" and _joined_products(items, index, offset):
            start, index = word.start, index - 1  # 太阳能电池及组件扩产项目: one project for two products
        elif label == "project" and word.text in ("和", "及") and _joined_lines(words, index, offset):
            start, index = word.start, index - 1  # X熟料生产线和Y建材生产线项目: one project, two lines
            limit = offset - start + _MAX_BODY[label]  # the first line is as long as a name
        elif word.text == "·" and label in ("company", "organization") and before is not None and _dotted_name(before):
            start, index = before.start, index - 2  # 路易/n ·/x 达孚/nr 公司: a foreign name, as for persons
        elif word.text == " " and _spaced_letters(items, index) and label in ("company", "organization"):
            start, index = word.start, index - 1  # Arrow Energy公司: a space between two Latin words
            while index >= 0 and _latin_piece(items, index) and offset - items[index].start <= limit:
                start, index = items[index].start, index - 1  # Top Glory Australia, not 糖商 before it
            break
        elif label == "project" and before is not None and before.text == "/" and word.text in _PER:
            # 20万吨/年 + 铅锌项目: 年, a stop word elsewhere, is the rate's period
            start, index = word.start, index - 1
        elif label == "project" and _spaced_decimal(items, index):
            start, index = items[index - 1].start, index - 2  # 北京8 .5代线: a space before the decimal point
        elif label == "project" and word.text in (" ", "-") and _spaced_code(items, index):
            start, index = word.start, index - 1  # 8.5代T FT -L C D生产线: letters spaced out, the walk goes on
        elif label == "organization" and _national_after_ministry(items, index):
            break  # 环保部国家质量监督检验检疫总局: two bodies, the second national
        elif label == "organization" and _level_prefix(word, before):
            start = word.end - 1  # 据省 + 经信委 → 省经信委; 脚步 省 经信委 → 省经信委
            break
        elif label == "organization" and _person_before_place(words, index):
            break  # 王耀强/nr 乌审旗/nr 建设局: a person's name, then the place that opens the body
        elif label in ("company", "organization") and _verb_before_whole(words, index, offset, label):
            break  # 调查/vn 东亚银行/nt: the verb acts on a name jieba knows whole
        elif label in ("company", "organization") and (
            _glued_joint_end(word, offset) or _person_joint_end(word, before, offset)
        ):
            start = word.end  # 云南英茂及/nr 光明集团: another name ends at the 及 jieba glued to it
            break
        elif _may_continue(word, label, before) or _joins(words, index, label, offset):
            start, index = word.start, index - 1
            glued = len(word.text) >= 3 and word.text[0] in _GLUED_FUNCTION_CHARS and word.end <= offset
            glued = glued or _glued_preposition(word, offset)
            if glued and resolve(word.text) is None:  # not the county 和静县/nr
                return start + 1  # 染色馒头从盛禄/nr 食品公司: the name starts after 从
        elif word.text == "和" and _division_opened_by_he(words, index):
            start, index = word.start, index - 1  # 新疆 + 和/c 静/nr: the county 和静, not a joint
        elif label == "company" and _stop_inside_form(words, word):
            start, index = word.start, index - 1  # 伟佳国际企业有限公司, 赣商联合股份有限公司: part of the name
        elif label == "organization" and word.text == "企业" and words.text.startswith(_ENTERPRISE_BODIES, word.end):
            start, index = word.start, index - 1  # 外商投资企业协会: 企业, a stop word elsewhere, names the members
        elif label == "organization" and _inner_conjunction(items, index):
            start, index = items[index - 1].start, index - 2
        else:
            break
    return _trim_lead_char(words, _trim_open_paren(words.text, start, offset), offset)


def _glued_preposition(word: _Word, offset: int) -> bool:
    """Is ``word`` a preposition glued to the first character of a name that goes on after it,
    which jieba takes for a person (由通/nr 号集团 → 通号集团)?"""
    return (
        len(word.text) == 2
        and word.pos in _NAME_WORD_TAGS
        and word.text[0] in _GLUED_PREPOSITIONS
        and word.end < offset
    )


def _apposed_head(items: Sequence[_Word], index: int, offset: int) -> bool:
    """Is the word at ``index`` the head of a description set before a project's name, which
    a proper name or a capacity opens right after it (示范项目 神华/nz 包头煤制烯烃示范工程,
    太阳能光伏发电站 100兆瓦大型光伏并网发电站)?"""
    after, word = items[index + 1], items[index]
    if after.start >= offset:
        return False
    if word.text == "项目":
        return after.pos in _PROPER_TAGS
    return word.text.endswith(_STATION_HEADS) and after.pos == "m"


_STATION_HEADS = ("电站", "电厂")


def _person_before_place(words: _Words, index: int) -> bool:
    """Is the word at ``index`` a three-character person's name (a family name first, no
    place) right before a Chinese division written with its suffix (王耀强/nr 乌审旗/nr)? A
    body may hold a person's name (徐悲鸿研究会), but not before the place that names it."""
    word = words.items[index]
    after = words.items[index + 1] if index + 1 < len(words.items) else None
    if word.pos not in _NAME_WORD_TAGS or len(word.text) != 3 or word.text[0] not in surnames():
        return False
    if after is None or after.text[-1:] not in _ADMIN + "旗" or _place_name(word.text):
        return False  # 南二环/nr 交口处: a county's short name (交口) without its suffix is no division here
    return resolve(after.text) is not None


def _verb_before_whole(words: _Words, index: int, offset: int, label: str) -> bool:
    """Is the word at ``index`` a verb (召集/v, 调查/vn) right before a name that jieba's
    dictionary holds whole (国民党中央委员会/nt, 东亚银行/nt), the word that holds the suffix?
    A verbal noun stops only a company: 国家体育总局 体育/vn 信息中心/nt is one body."""
    after = words.items[index + 1] if index + 1 < len(words.items) else None
    verbs = ("v", "vn") if label == "company" else ("v",)
    if words.items[index].pos not in verbs or after is None or after.pos != "nt":
        return False
    return len(after.text) >= 4 and after.start <= offset < after.end


_CAPACITY_BEFORE = regex.compile(r"(?:年产|日产|月产)[\d.]+[万亿千百]?\p{Han}{1,2}$")


def _stop_inside_form(words: _Words, word: _Word) -> bool:
    """Is ``word``, a stop word elsewhere, part of a registered name before its legal form
    (伟佳国际企业有限公司, 赣商联合股份有限公司; but 企业集团 is a kind of group)?"""
    forms = ("有限公司", "股份有限公司", "有限责任公司")
    if word.text == "联合":
        return words.text.startswith((*forms, "集团"), word.end)
    return word.text == "企业" and words.text.startswith(forms, word.end)


def _division_opened_by_he(words: _Words, index: int) -> bool:
    """Is the 和 at word ``index`` the first character of a division named after the one
    before it (新疆 + 和静, 新疆 + 和田): a place inside a name, not a joint of two?"""
    if index == 0 or index + 1 >= len(words.items):
        return False
    division = resolve(words.text[words.items[index].start : words.items[index + 1].end])
    outer = resolve(words.items[index - 1].text)
    return division is not None and outer is not None and outer.name in division.path[:-1]


def _glued_joint_end(word: _Word, offset: int) -> bool:
    """Is ``word`` a name with 及/和/与 glued to its end (英茂及/nr), before the suffix word?"""
    return len(word.text) >= 3 and word.text[-1] in _GLUED_JOINTS and word.end < offset


def _person_joint_end(word: _Word, before: _Word | None, offset: int) -> bool:
    """Is ``word`` a person's last character and a glued 和/及/与 (道德模范史振/nr 平和/a 衡水田源
    餐饮有限公司: 史振平 和 the company), the family name and given name before it?"""
    if len(word.text) != 2 or word.text[1] not in _GLUED_JOINTS or word.end >= offset or before is None:
        return False
    return before.pos in _NAME_WORD_TAGS and len(before.text) == 2 and before.text[0] in surnames()


def _dotted_name(word: _Word) -> bool:
    """Is ``word``, beside a middle dot inside a name, a part of a foreign name (路易·达孚, 马克斯·宁德)?"""
    return word.pos in _PERSON_TAGS and _HAN.fullmatch(word.text) is not None


def _inner_measure(items: Sequence[_Word], index: int, offset: int) -> bool:
    """Is word ``index`` the last character of a product's name that jieba took for a measure
    word, between the rest of the product and the project's head (外延/n 片/q 生产线)?"""
    word = items[index]
    if word.pos != "q" or len(word.text) != 1 or index == 0 or items[index + 1].start > offset:
        return False
    return items[index - 1].pos in _NOUN_TAGS and items[index + 1].pos in _NAME_TAGS


def _station_piece(words: _Words, index: int, offset: int) -> bool:
    """Is word ``index`` one of the one-character pieces jieba cut a station's name into,
    between a known place and a head a bare name opens (永春/ns 高/a 垄/v 变电站)?"""
    items, run = words.items, index
    if words.text[offset : words.items[words.index_at(offset)].end] not in _facility_heads():
        return False
    while run >= 0 and len(items[run].text) == 1 and items[run].pos in _STATION_PIECE_TAGS:
        run -= 1
    after = words.index_at(offset)
    pieces = after - run - 1
    if run < 0 or not 1 <= pieces <= 3 or not _place_name(items[run].text) or index <= run:
        return False  # not 如西/ns 泾/zg: a place jieba glued to 如
    return all(len(w.text) == 1 and w.pos in _STATION_PIECE_TAGS for w in items[index:after])


_STATION_PIECE_TAGS = frozenset({"a", "v", "d", "zg", "ng", "q"})


def _inner_verb(items: Sequence[_Word], index: int, offset: int) -> bool:
    """Is word ``index`` a verb between two nouns inside a project's name (煤焦油加氢/v
    深加工项目, 半导体照明/v 光源产业化项目), or 用 (光源用 LED器件产业化项目)?"""
    word = items[index]
    verb = (word.pos == "v" and len(word.text) == 2) or word.text == "用"  # 光源用/p LED器件: for
    if index == 0 or not verb or boundaries().get(word.text) is not None:
        return False
    before, after = items[index - 1], items[index + 1]
    inside = after.start < offset and after.pos in _NAME_TAGS
    window = range(max(1, index - 5), index)  # a number and its unit: 7000吨, 300万亩
    capacity = after.start == offset and any(
        _is_figure(items[i], items[i - 1]) and items[i - 1].pos == "m" for i in window
    )
    inside = inside or capacity  # 7000吨/年稀土分离/v 项目: the process a capacity is for
    inside = inside or (after.start == offset and word.text in _SHOWCASE)  # 钒电池示范/v 基地
    noun = before.pos in _NOUN_TAGS or (before.pos == "eng" and before.text.isalpha())  # LED照明/v 产品
    return inside and noun and before.text not in _legal_forms() and before.text not in suffixes()


_SHOWCASE = frozenset({"示范"})  # a verb that says which kind of work a project is: 示范工程, 示范基地


def _latin_piece(items: Sequence[_Word], index: int) -> bool:
    """A Latin word, or a space between two, in a spaced Latin name (Top Glory Australia)."""
    text = items[index].text
    return (text.isascii() and text.isalnum()) or (text == " " and _spaced_letters(items, index))


def _spaced_decimal(items: Sequence[_Word], index: int) -> bool:
    """Is the point at ``index`` a decimal point with a stray space before it (8 .5代线)?"""
    if items[index].text != "." or index < 2 or index + 1 >= len(items) or items[index - 1].text != " ":
        return False
    return items[index - 2].text.isdigit() and items[index + 1].text.isdigit()


def _spaced_code(items: Sequence[_Word], index: int) -> bool:
    """Is the space or hyphen at ``index`` inside a code of Latin letters written spaced out
    (T C L, T FT -L C D): Latin letters on both sides, past other spaces and hyphens?"""
    left, right = index - 1, index + 1
    while left >= 0 and items[left].text in (" ", "-"):
        left -= 1
    while right < len(items) and items[right].text in (" ", "-"):
        right += 1
    if left < 0 or right >= len(items):
        return False
    return all(items[i].text.isascii() and items[i].text.isalpha() for i in (left, right))


def _spaced_letters(items: Sequence[_Word], index: int) -> bool:
    """Is the space at ``index`` between two Latin words (Arrow Energy)?"""
    if index == 0 or index + 1 >= len(items):
        return False
    before, after = items[index - 1].text, items[index + 1].text
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


def _joined_products(items: Sequence[_Word], index: int, offset: int) -> bool:
    """Is the 及 at ``index`` between two common nouns inside one project's name, the
    products it makes (太阳能电池 及 组件扩产项目, 变频电机 及 控制系统项目), not between two
    names (伊犁及准东煤炭基地, 万科及保利地产项目)?"""
    if index == 0 or items[index + 1].start >= offset:
        return False
    before, after = items[index - 1], items[index + 1]
    return (
        before.pos in _PRODUCT_TAGS
        and after.pos in _PRODUCT_TAGS
        and _HAN.fullmatch(before.text + after.text) is not None
    )


_PRODUCT_TAGS = frozenset({"n", "vn", "l"})


def _joined_lines(words: _Words, index: int, offset: int) -> bool:
    """Is the joint at ``index`` between two production lines that one 项目 heads
    (熟料生产线 和 建材生产线 + 项目)?"""
    before = words.items[index - 1] if index > 0 else None
    lines = before is not None and before.text in _LINE_HEADS
    return lines and words.text.startswith("项目", offset) and words.text[:offset].endswith(tuple(_LINE_HEADS))


def _bracket_follows(word: _Word, label: str) -> bool:
    """May a name run on through ``word`` before a bracket inside it? A suffix word may:
    重庆轻纺控股/v (集团)公司 is one company."""
    return _may_continue(word, label, None) or (label == "company" and suffixes().get(word.text, ("",))[0] == "company")


def _inner_conjunction(items: Sequence[_Word], index: int) -> bool:
    """Is 与/和/及 at ``index`` inside a body's office, between two common nouns after the body
    or a national scope, a country's among them (北京市住建委/nt 建筑节能/n 与 建筑材料/n 办公室,
    国家办公设备及耗材…中心, 美国标准与技术研究院),
    not between two bodies (商务部与发改委)?"""
    if items[index].text not in ("与", "和", "及") or index < 2 or index + 1 >= len(items):
        return False
    before, after, body = items[index - 1], items[index + 1], items[index - 2]
    nouns = before.pos == after.pos == "n" and len(before.text) >= 2 and before.text not in suffixes()
    national = body.text in ("国家", "中国")  # 国家 + 办公设备及耗材质量监督检验中心
    national = national or known().get(body.text, ("", ""))[1] == "country"  # 美国 + 标准与技术研究院
    return nouns and (body.pos == "nt" or body.text[-1:] in "委局厅部办" or national)


def _joint_name(word: _Word) -> bool:
    """Is ``word``, before a hyphen in a project name, a name (罗田水库-, 中电熊猫-), not a figure?"""
    return word.pos in _NAME_TAGS and _HAN.fullmatch(word.text) is not None


def _level_prefix(word: _Word, before: _Word | None) -> bool:
    """Is ``word`` the level (省, 市) that opens a government body named without its place
    (省经信委, 市科工信局), glued to the word before it or standing after a common word?"""
    if word.text[-1:] not in _LEVELS or word.pos == "ns":
        return False
    if len(word.text) > 1:
        return not _place_name(word.text)  # 据省, not 五常市
    return before is None or before.pos not in _PLACE_TAGS - {"n"}


def _trim_open_paren(text: str, start: int, offset: int) -> int:
    while start < offset and text[start] in "(":
        start += 1
    return start


def _trim_lead_char(words: _Words, start: int, offset: int) -> int:
    """Cut a function character jieba glued to the first word (如肥矿/n → 肥矿)."""
    index = words.by_start.get(start)
    if index is None or words.items[index].pos == "nt":
        return start  # 同济大学/nt: a name of jieba's dictionary
    glued = len(words.items[index].text) >= 3 and start + 1 < offset
    return start + 1 if glued and boundaries().get(words.text[start]) == "stop" else start


# --------------------------------------------------------------------------- rules


@functools.cache
def _plain_words(label: str) -> frozenset[str]:
    """Words that name nothing in a ``label`` name: industries, generic words, verbs kept."""
    kept = {w for w, role in boundaries().items() if role == "keep"}
    trades = industry_words() if label != "organization" else frozenset()  # 科技部, 能源局 name a body
    return trades | kept | {w for w, lab in generic().items() if lab in (label, "any")}


def _pieces(words: _Words, start: int, end: int) -> Iterator[tuple[str, _Word]]:
    """The words over ``[start, end)``, each clipped to the span, with the word itself."""
    for index in range(max(words.index_at(start), 0), words.index_at(end - 1) + 1):
        word = words.items[index]
        yield words.text[max(word.start, start) : min(word.end, end)], word


def _specific(words: _Words, start: int, end: int, label: str) -> bool:
    """Does the body name something, or is it made of generic words (投资公司, 产业项目)?"""
    plain = _plain_words(label)
    return any(piece not in plain for piece, _ in _pieces(words, start, end))


def _title_glued(words: _Words, end: int, suffix_start: int) -> bool:
    """Does a title glued to a suffix by jieba end the word at ``end`` (商会会长/n), the suffix
    not being part of a longer title (集团党委书记: 党委书记 is the post)?"""
    index = words.index_at(end)
    if not 0 <= index < len(words.items):
        return False
    word = words.items[index]
    post = words.text[end : word.end]
    return post in titles() and word.text not in titles() and words.text[suffix_start : word.end] not in titles()


def _deng_glued(words: _Words, end: int) -> bool:
    """Is the 等 that closes a list glued by jieba to the suffix ending at ``end`` (矿冶/j 局等/u)?"""
    index = words.index_at(end)
    return 0 <= index < len(words.items) and words.items[index].end == end + 1 and words.text[end] == "等"


@functools.cache
def suffix_regex() -> re.Pattern[str]:
    """The longest suffix starting at each offset, as group 1 of an empty match there.

    ``re`` rather than ``regex``: the leading class lets it skip to the characters a
    suffix begins with instead of trying every suffix at every offset (4x faster).
    """
    table = suffixes()
    firsts = "".join(sorted({suffix[0] for suffix in table}))
    return re.compile(rf"(?=[{re.escape(firsts)}])(?=({_alternation(table)}))")


def _suffix_candidates(words: _Words) -> Iterator[_Candidate]:
    table, longest = suffixes(), dict[int, str]()
    for match in suffix_regex().finditer(words.text, words.starts[0], _end(words)):
        suffix, end = match.group(1), match.end(1)
        if len(suffix) <= len(longest.get(end, "")):
            continue
        # A suffix ends a word, or a title or a 等 jieba glued to it does (the two tests
        # look at the text after the suffix: only for the suffixes that end no word).
        if end in words.by_end or _title_glued(words, end, match.start()) or _deng_glued(words, end):
            longest[end] = suffix
    for end, suffix in longest.items():
        label, least = table[suffix]
        offset = end - len(suffix)
        if words.items[words.index_at(end - 1)].pos in ("x", "m") or _NOT_AN_END.match(words.text, offset):
            continue
        head = words.items[words.index_at(offset)]
        if len(suffix) == 1 and (not _single_suffix(words, head) or words.text[offset : offset + 2] in titles()):
            continue  # 上海铁路局 局/n 长安/ns: the 局 opens a title (局长), not a name
        if len(suffix) == 1 and words.text[offset - 1 : end] in titles():
            continue  # 省委常委, 中央政治局常委: the 委 ends a post (常委), not a body
        if _suffix_as_word(words.text, suffix, offset, end):
            continue  # 连胜三局 (sets), 遵义路天山路处 (the spot), 还学会了 (learnt)
        if head.start < offset and (
            _is_generic(head.text, label) or boundaries().get(words.text[head.start : offset]) == "stop"
        ):
            continue  # 子公司, 哪些项目: the word holding the suffix names nothing
        if suffix in _RETAIL and not _retail_name(words, offset):
            continue  # 大型超市, 连锁超市, 兰州超市: a kind of shop, or the shops of a place
        start = _name_start(words, offset, label)
        if head.pos == "nt" and _opened_by_place(head.text) and _common_before(words, start, head.start):
            start = head.start  # 利用/n 浙江大学/nt: jieba's whole name opened by its place, a common word before it
        if label == "project":
            end = _phase_end(words, end)
        found = _suffix_candidate(words, label, start, offset, end, least)
        if found is not None:
            yield from found


def _opened_by_place(name: str) -> bool:
    """Does a name of four characters or more open with a place (浙江 of 浙江大学)?"""
    return len(name) >= 4 and any(_place_name(name[:k]) for k in (2, 3))


def _common_before(words: _Words, start: int, stop: int) -> bool:
    """Are the words over ``[start, stop)`` common words (利用/n), no place or name?"""
    pieces = [word for _, word in _pieces(words, start, stop)] if start < stop else []
    return bool(pieces) and all(w.pos in ("n", "v", "vn") and not _place_name(w.text) for w in pieces)


_CLASSIFIER_SUFFIXES = frozenset("局处所")  # also classifiers: 三局 (three sets), 两处 (two spots)
_SPOT_BEFORE = frozenset("路街道口桥门")  # 天山路处: the spot on the road, no office


def _suffix_as_word(text: str, suffix: str, offset: int, end: int) -> bool:
    """Is the suffix at ``offset`` an ordinary word there: a classifier after a numeral, the
    处 of a spot after a road, or the verb 学会 (learnt) before 了?"""
    before = text[offset - 1 : offset]
    if suffix in _CLASSIFIER_SUFFIXES and before and before in _NUMERALS:
        return True
    if suffix == "处" and before in _SPOT_BEFORE:
        return True
    return suffix == "学会" and text.startswith("了", end)


_RETAIL = frozenset({"超市", "百货"})  # shop heads that follow any word: only a trade name makes them a company


def _retail_name(words: _Words, offset: int) -> bool:
    """Is the word before a shop head at ``offset`` a trade name (京客隆/nz 超市, 银泰/nz 百货)?"""
    index = words.by_end.get(offset)
    if index is None:
        return False
    word = words.items[index]
    return word.pos in _TRADE_NAME_TAGS and not _place_name(word.text) and not _is_generic(word.text, "company")


def _phase_end(words: _Words, end: int) -> int:
    """The end of a project name with the phase written after its head (江津油溪电厂一期
    已完成), unless the phase belongs to the noun after it (项目首期设备)."""
    index = words.by_start.get(end)
    if index is None or boundaries().get(words.items[index].text) != "project":
        return end
    after = words.items[index + 1] if index + 1 < len(words.items) else None
    return end if after is not None and after.pos in _NAME_TAGS else words.items[index].end


def _trim_lead(words: _Words, start: int, offset: int, label: str) -> int:
    """Drop verbs and modifiers that open a project name (建设, 投资, 大型)."""
    while label == "project" and start < offset and (index := words.by_start.get(start)) is not None:
        word = words.items[index]
        if len(word.text) == 3 and boundaries().get(word.text[:2]) == "lead" and word.end < offset:
            return word.start + 2  # 推进机/n 荷高速公路: jieba glued the verb to the name's first character
        if (word.pos not in _LEAD_TAGS and boundaries().get(word.text) != "keep") or _place_name(word.text):
            break  # 茂名/a 石化: a place jieba tags an adjective opens the name
        if _registered_edge(words, index, offset):
            break  # 友达/a 光电(昆山)有限公司8.5代…: the company the project holds opens it
        start = word.end
    return start


def _proper(words: _Words, start: int, end: int, *, owned: bool = False, firm: bool = False) -> bool:
    """Does a project body name something: a proper name, or a figure with a named product?

    Long bodies pass (招商蛇口金融中心); short ones of common words do not (风电, 8.5代线),
    and a figure does not make a body long (3200吨/日生产线), but a capacity names a
    product of four characters (100万千瓦海上风电项目). An ``owned`` body (of a
    production line) must hold a proper name, its owner's or its place's: 京东方8.5代线,
    not 8.5代液晶面板生产线.
    """
    plain, figure, named, length = _plain_words("project"), False, False, 0
    for piece, word in _pieces(words, start, end):
        index = words.by_start.get(word.start, 0)
        if _is_figure(word, words.items[index - 1] if index > 0 else None):
            figure = True
            continue
        if word.pos == "x" and not piece.isalnum():
            continue  # 8 .5代线: a stray space or point names nothing
        proper = word.pos in _PROPER_TAGS or (word.pos == "n" and _city(piece))  # 酒泉/n 风电基地
        proper = proper and piece not in plain and not _is_generic(piece, "place") and not piece.endswith("性")
        if proper and not _CHEMICAL.search(piece):
            return True  # not 二甲醚/nz, 己二酸/nz: jieba tags a chemical as a proper noun
        length += len(piece)
        named = named or (piece not in plain and word.pos in _NAME_TAGS)
    long_enough = length >= (_LONG_BODY if firm else _COMMON_BODY)
    return not owned and (long_enough or (figure and (named or length >= 4)))


def _after_places(words: _Words, start: int, offset: int) -> tuple[int, list[tuple[str, _Word]]]:
    """How many place words open ``[start, offset)``, and the pieces after them."""
    pieces = list(_pieces(words, start, offset))
    places = 0
    while places < len(pieces) and _place_name(pieces[places][0]):
        places += 1
    return places, pieces[places:]


def _after_building(words: _Words, start: int, offset: int) -> int:
    """Where a project body starts when places and a building verb open it: 在山东省枣庄市建设
    精细化工基地 names where it is built, then what (精细化工基地)."""
    if start not in words.by_start:
        return start
    places, rest = _after_places(words, start, offset)
    if places == 0 or len(rest) < 2 or rest[0][1].text not in _BUILDING_VERBS:
        return start
    return rest[0][1].end


_OWNER_VERBS = frozenset({"开发", "投资", "经营", "运营"})


def _firm_word(text: str) -> bool:
    """Is ``text`` a common word for a firm (集团, 公司, 企业), the subject of a verb after it?"""
    return text in _legal_forms() or _is_generic(text, "company")


_BUILDING_VERBS = frozenset({"建设", "建立", "打造", "新建", "兴建", "筹建", "投建"})


def _regional_kind(words: _Words, start: int, offset: int) -> bool:
    """Is a project body places, then words that say only what kind of project (产业, 重点)?"""
    places, rest = _after_places(words, start, offset)
    return places > 0 and bool(rest) and all(piece in _KIND_WORDS for piece, _ in rest)


_KIND_WORDS = frozenset({"产业", "工业", "重点", "重大", "招商", "投资", "建设", "合作"})
_COUNT_OPEN = regex.compile(r"(?:\d+|[一二两三四五六七八九十几数多]+)[项条个座批家波]")
_TALLY_AFTER = regex.compile(r"(?:\d+|[一二两三四五六七八九十几]+)个")


def _largest_of_kind(words: _Words, start: int, offset: int) -> bool:
    """Does a superlative (最大的) describe a project body that holds no proper name? A named
    one stays a name (投资额最大的天津海吉星农产品国际物流园项目)."""
    superlative = _SUPERLATIVE.search(words.text, max(0, start - 4), start) is not None
    return superlative and not _proper(words, start, offset, owned=True)


_SUPERLATIVE = regex.compile(r"最\p{Han}{1,2}的$")  # 最大的, 最先进的
_CAPACITY = regex.compile(r"\d(?:\.\d+)?[万千百亿]?(?:吨|千瓦|兆瓦|立方米|台|套|辆)")
_MILITARY = regex.compile(r"[空海陆美驻]军|军事|军用|自卫队|潜艇|导弹")
_COUNT_BEFORE = regex.compile(r"(?:\d+|[两二三四五六七八九十几数]+)[项条座批处]$")
_FIRST_OF_KIND = ("首个", "第一个", "首座", "第一座", "首条", "第一条")  # 全国首个, 中国第一条
_CHEMICAL = regex.compile(r"(?<=\p{Han})[醚酸醇烃烯烷酯胺苯酚醛酮硅]$")  # a compound's class: 二甲醚, 己二酸


def _single_suffix(words: _Words, head: _Word) -> bool:
    """A one-character suffix (局, 部, 委) ends a name word (招商局/nt, 工信部) or follows a
    noun as a word of its own (国家能源 + 局, 湖南矿冶 + 局等), not a common word (布局, 干部,
    怎么办)."""
    listed = len(head.text) == 2 and head.text[1] == "等"  # 矿冶/j 局等/u: the suffix and a list's 等
    if head.text == "办" and head.pos == "v":
        return _placed_office(words, words.by_start[head.start])
    if head.pos not in _SUFFIX_WORD_TAGS and not listed:
        return False
    if len(head.text) == 2 and head.text[1] == "厂" and head.pos == "n":
        return head.text not in list_heads() and not _is_generic(head.text, "any")  # 阿坝 + 铝厂/n; not 工厂
    if len(head.text) > 1 and not listed:
        common = _is_generic(head.text[-2:], "organization")  # 产业布局, 基层干部
        return head.pos in ("nt", "j") or (len(head.text) >= 3 and not common)
    index = words.by_start[head.start]
    before = words.items[index - 1] if index > 0 else None
    if before is None or _is_generic(before.text + head.text, "organization"):
        return False  # 免费 体验/n 厅/n: jieba cut the common word 体验厅 in two
    return before.pos in _SUFFIX_WORD_TAGS and len(before.text) >= 2


def _placed_office(words: _Words, index: int) -> bool:
    """Is 办/v at ``index`` a place's office for a trade (松阳县/ns 茶叶/n 办/v 有关负责人), not the
    verb (老区办企业, 县里办培训): a noun of two characters before it, a place before that, and
    no noun after it that would be what is set up."""
    if index < 2 or index + 1 >= len(words.items):
        return False
    trade, place, after = words.items[index - 1], words.items[index - 2], words.items[index + 1]
    if trade.pos != "n" or len(trade.text) != 2 or not (place.pos == "ns" and _place_name(place.text)):
        return False
    return after.text == "有关" or not (after.pos.startswith("n") or after.pos == "vn")  # 有关/vn 负责人


def _suffix_candidate(
    words: _Words, label: str, start: int, offset: int, end: int, least: int
) -> list[_Candidate] | None:
    start = _trim_lead(words, start, offset, label)
    if label == "project":
        start = _after_building(words, start, offset)
    text = words.text[start:end]
    if offset - start < least or _is_generic(text, label):
        return None
    if label == "place":
        county = words.text[start:offset]
        if text.endswith("县城") and not (_place_name(county) or _place_name(county + "县")):
            return None  # 距离县城, 西距巴里坤县城: a county's seat is named by the county (平山县城)
        named = offset > start and _specific(words, start, offset, "place")  # not 项目县, 重点片区
        return [_Candidate("place", start, end, _RANK_SUFFIX)] if named else None
    if label == "project" and (_COUNT_OPEN.match(text) or _COUNT_BEFORE.search(words.text, max(0, start - 4), start)):
        return None  # 2条全自动新型建材生产线, 一波甲醇制烯烃项目, 两条 + 8.5代…生产线: things counted
    if label == "project" and words.text[offset:end] == "项目" and _TALLY_AFTER.match(words.text, end):
        return None  # 金融及总部经济项目4个: projects of a kind, counted
    if label == "project" and words.text[offset:end] == "装置" and not _CAPACITY.search(words.text, start, offset):
        return None  # 脱硫装置, 余热发电装置: equipment; a plant unit is named with its capacity
    if label == "project" and words.text.startswith(_company_suffixes(), end):
        return None  # 北京工程 + 公司: the head of a company's name, no project
    if label == "project" and words.text.endswith("油气田", 0, end):
        return None  # 中石油西南油气田: an oil company's regional branch, named for its fields
    if label == "project" and _country_end(words.text, start, ("country", "region")) == offset:
        return None  # 为美国项目注册子公司: the firm's projects in a country, none named
    if label == "project" and _MILITARY.search(words.text, start, offset):
        return None  # 范登堡空军基地, 海军基地: a military base, no investment project
    if label == "project" and _largest_of_kind(words, start, offset):
        return None  # 参与建设的最大的电力高速公路项目: the largest of a kind, described, not named
    if label == "project" and words.text.endswith(_FIRST_OF_KIND, 0, start):
        return None  # 全国首个煤制烯烃示范项目: the first of a kind, described, not named
    opening = words.by_start.get(start)  # 五矿/j 南方稀土项目: a firm's abbreviation opens it
    firm = _FIRM_BEFORE.search(words.text, max(0, start - 24), start) is not None
    firm = firm or (opening is not None and words.items[opening].pos == "j")
    if label == "project" and not _proper(words, start, offset, owned=words.text[offset:end] in _LINE_HEADS, firm=firm):
        return None  # a production line is a project only as somebody's or somewhere's
    if label == "project" and _regional_kind(words, start, offset):
        return None  # 哈尔滨市道里区产业项目: a district's projects of a kind, not one named
    if label == "project" and words.text[start:end].endswith(("园", "园区")):
        return _split_park(words, start, offset, end)
    if label == "project" and words.text[offset:end].endswith("矿"):
        return _split_mine(words, start, offset, end)
    dictionary_name = words.items[words.index_at(start)].pos == "nt" and words.by_end.get(end) == words.index_at(start)
    long_project = label == "project" and offset - start >= _LONG_BODY
    governed = label == "organization" and words.text[start:offset] in _LEVEL_GOVERNMENTS  # 县政府 + 办公室
    if (
        offset > start
        and not (dictionary_name or long_project or governed)
        and not _specific(words, start, offset, label)
    ):
        return None  # 投资公司; but 交通银行/nt is one word of jieba's dictionary
    if (
        label == "organization"
        and words.text[offset:end] in _GOVERNMENTS
        and not _jurisdiction(words.text[start:offset])
    ):
        return None  # 充分利用政府, 县区政府: a government is named by its place
    institute = _company_institute(words.text[start:offset], words.text[offset:end])  # 国都证券研究所
    if (
        label == "organization"
        and words.text[offset:end] in _INSTITUTIONS
        and not (institute or _named_body(words, start, offset))
    ):
        return None  # 工程研究中心, 医学研究院, 产业技术创新战略联盟: a kind of body, not one named
    if label == "organization" and words.text[offset:end] in _OFFICES and not _office_of_body(words, start, offset):
        return None  # 贸易商郭先生办公室, 从供货商处: somebody's office, a place to go
    if label == "organization" and words.text[offset:end] == "部":
        if _UNIVERSITY.search(words.text, start, offset - 1):
            return [_Candidate(label, start, end, _RANK_SUFFIX)]  # 北京大学医学部: a university's school
        if (inner := _body_before_unit(words.text, start, offset)) is not None:
            return [_Candidate(label, start, inner, _RANK_SUFFIX)]  # 中国水泥协会 + 信息部
        if not _ministry(words.text[start:end]):
            return None  # a company's department: 食品部, 招商部
    if label == "company" and words.text[offset:end] == "厂" and not _named_factory(words, start, offset):
        return None  # 稻米加工厂, 整车厂, 中国大陆面板厂: a kind of factory, not one named
    if label == "company" and words.text[offset:end] == "股份" and _dealt_shares(words, start, offset):
        return None  # 可 配售/vn 股份: shares dealt in, not a company's short name
    inner = _after_referent(words, start, offset) if label == "company" else None
    if inner is not None:
        return _split_origin(words, inner, end)  # 该集团 + 北京工程公司: the group pointed at owns the unit
    if label == "company" and words.text[offset:end] in ("公司", "分公司") and _plain_company(words, start, offset):
        return None  # 铁岭公司, 优化公司, 巴西分公司: a company of a place or of a kind, not a name
    if label == "company" or institute:
        return _split_origin(words, _without_former(words, start), end)  # 中投证券研究所: a company's research arm
    if label == "organization":
        start = _jurisdiction_start(words, start, offset)
        start = _without_former(words, start)
        end = _unit_end(words.text, start, end)
        if _head_of(words, end):
            end -= 1  # 佛山灯协会长吴育林: 佛山灯协 and its 会长, as jieba cut 协会/长
        if words.text.endswith(("大学", "学院"), start, end) and (country := _country_end(words.text, start)):
            return [_Candidate("place", start, country, _RANK_SUFFIX), _Candidate(label, country, end, _RANK_SUFFIX)]
    return [_Candidate(label, start, end, _RANK_SUFFIX)]


_LEVEL_GOVERNMENTS = frozenset(f"{level}{body}" for level in "省市县区镇乡" for body in ("政府", "人民政府"))


_REFERENTS = frozenset({"该", "本", "其", "此", "这家", "该家"})  # point back at a firm named before
_REFERRED_HEADS = frozenset({"集团", "公司"})


def _after_referent(words: _Words, start: int, offset: int) -> int | None:
    """Where a unit's name starts after a firm pointed back at (该/r 集团/n 北京工程公司, 本集团
    深圳公司): the head after 该 is that firm, not part of the unit's name; None if none opens it."""
    index = words.by_start.get(start)
    if index is None or index == 0 or words.items[index].text not in _REFERRED_HEADS:
        return None
    head = words.items[index]
    if words.items[index - 1].text not in _REFERENTS or offset - head.end < 2:
        return None
    return head.end


def _dealt_shares(words: _Words, start: int, offset: int) -> bool:
    """Is the body before 股份 one verb (配售/vn, 持有/v, 转让/v), what is done with shares?"""
    index = words.by_start.get(start)
    return index is not None and words.items[index].end == offset and words.items[index].pos in ("v", "vn")


def _country_end(text: str, start: int, kinds: tuple[str, ...] = ("country",)) -> int | None:
    """End of a foreign country (or another of ``kinds``) that opens ``text[start:]``
    (美国 + 弗吉尼亚理工大学): a university is named without the country it is in;
    中国人民大学 keeps its 中国."""
    for length in (5, 4, 3, 2):
        word = text[start : start + length]
        if word != "中国" and known().get(word, ("", ""))[1] in kinds:
            return start + length
    return None


def _without_former(words: _Words, start: int) -> int:
    """Where a name starts without 原 or 前 written before it as a word of its own: they qualify
    the post after the name (原中共中央政策研究室副主任, 原包头钢铁公司总工程师)."""
    first = words.by_start.get(start)
    return words.items[first].end if first is not None and words.items[first].text in ("原", "前") else start


def _named_factory(words: _Words, start: int, offset: int) -> bool:
    """Is a factory (…厂) named: one word before the word that holds 厂, a trade name
    (梅雪/nr 啤酒厂) or a Chinese place (鲁南化肥厂, 沈阳啤酒厂, 阿坝铝厂), not a country, a
    region or a kind of thing (中国大陆面板厂, 稻米加工厂, 整车厂)?"""
    first, head = words.by_start.get(start), words.index_at(offset)
    if first is None or head - first != 1 or words.items[head].start == offset:
        return False
    lead = words.items[first]
    if len(lead.text) < 2 or _is_generic(lead.text, "place") or known().get(lead.text, ("", ""))[1] != "":
        return False
    return lead.pos in ("ns", "nr", "nrt", "nz") or _place_name(lead.text)


def _jurisdiction_start(words: _Words, start: int, offset: int) -> int:
    """Where a body's jurisdiction begins inside its name: a division with its 省/市/县/区 after
    words that are no place (机械城经/n 上海市 商委 → 上海市商委)."""
    first = words.by_start.get(start)
    if first is None:
        return start
    for index in range(first + 1, words.index_at(offset - 1) + 1):
        word, before = words.items[index], words.items[index - 1]
        if word.pos == "ns" and word.text[-1] in "省市县区" and before.pos != "ns" and not _place_name(before.text):
            return word.start
    return start


_OFFICES = frozenset({"处", "办公室"})


def _head_of(words: _Words, end: int) -> bool:
    """Is the 会 that ends a body the first character of 会长, the word 长 standing alone after
    it (协会/n 长/a: 佛山灯协 + 会长; not 协会 + 长期)?"""
    index = words.by_start.get(end)
    return index is not None and words.items[index].text == "长" and words.text[end - 2 : end] == "协会"


_GOVERNMENTS = frozenset({"政府", "人民政府"})
_INSTITUTIONS = frozenset({"研究中心", "研究院", "研究所", "学院", "联盟", "委员会", "中心"})
_FIRM_ENDS = ("证券", "银行", "集团", "公司", "股份")
_SCOPES = ("国家", "中国", "全国", "中华", *_LEVELS, "区")


def _named_body(words: _Words, start: int, offset: int) -> bool:
    """Does the body before an institution's head name it: a proper word, a place or a
    scope (国家, 省), not only common words (工程研究中心, 家具委员会)?"""
    if words.text.startswith(_SCOPES, start):
        return True
    pieces = _pieces(words, start, offset)
    table = known()
    return any(
        word.pos in _PROPER_TAGS
        or word.pos == "j"
        or _place_name(piece)
        or piece in table
        or piece.endswith(_FIRM_ENDS)
        for piece, word in pieces
    )  # 包钢 of 包钢稀土研究院 is a known company, 银河证券/n of 银河证券基金研究中心 a firm


def _jurisdiction(body: str) -> bool:
    """Is ``body`` a place a government can be of (北京市, 屏山县, 瑞典, 香港特区, 古镇,
    澳大利亚新洲)?"""
    if _place_name(body) or resolve(body) is not None or (len(body) >= 2 and body[-1] in "镇乡旗"):
        return True
    return (len(body) >= 3 and body[-1] in "区省市县州") or any(
        _place_name(body[:cut]) for cut in range(2, len(body) - 1)
    )


_LEARNING_VERBS = ("了解", "获悉", "得知", "获得", "获取", "证实", "确认", "打听", "听说")


def _office_of_body(words: _Words, start: int, offset: int) -> bool:
    """Does an office (…处, …办公室) belong to a body or a place named before it
    (粮食局农村处, 新疆建材行业办公室), not to a person (侯树谦处/nr)?"""
    holder = words.items[words.index_at(offset)]
    if holder.pos.startswith("nr") or offset <= start:
        return False
    if words.text[offset] == "处" and words.text.startswith(_LEARNING_VERBS, offset + 1):
        return False  # 从曲阜警方处获得消息, 从东风日产经销商处了解到: where news was had, no office
    first = words.items[words.index_at(start)]
    return _GOVERNMENT_WORD.search(words.text, start, offset) is not None or _place_name(first.text)


_COMMON_BODY_TAGS = frozenset({"n", "vn", "v", "a", "ad", "an", "b", "d", "m", "q", "l", "i", "r", "f", "s", "t", "z"})


_DESCRIBING_TAGS = frozenset({"v", "vn", "m", "q", "r", "d", "l", "b", "ad", "i", "t"})


def _plain_company(words: _Words, start: int, offset: int) -> bool:
    """Is the body before a bare 公司 a place, a kind (资源型), or common words with a verb, numeral or
    distinguishing word among them (铁岭公司, 优化公司, 跨国汽车公司), so that 公司 means "the company"
    of the sentence, not a name? Nouns alone may be a trade name jieba does not know
    (金盘/n 电气公司, 椰岛/n 公司)."""
    if _place_name(words.text[start:offset]) or words.text[offset - 1 : offset] == "型":
        return True  # 资源型公司, 创新型公司: a kind of company
    pieces = [word for _, word in _pieces(words, start, offset)]
    common = all(word.pos in _COMMON_BODY_TAGS and not _place_name(word.text) for word in pieces)
    if common and any(_describing(word) for word in pieces):
        return True  # not 金盘/n 电气, 硬/a 蛋/n 科技
    before = words.items[index - 1].text if (index := words.by_start.get(start, 0)) > 0 else ""
    return before in _DETERMINERS and all(_kind_piece(word) for word in pieces)  # 的LED照明公司, 各大集团公司


def _kind_piece(word: _Word) -> bool:
    """A word that says what a company does, not who it is: an acronym of a technology (LED),
    a verb (照明/v, 封装/v), or 集团, 合资 and the like; not a noun such as 椰岛/n."""
    return (word.text.isascii() and word.text.isupper()) or word.pos in ("v", "vn") or word.text in _KIND_PIECES


_DESCRIBING_WORDS = frozenset({"国际", "商业", "大型", "中型", "小型", "综合性", "跨国"})
_EVENT_WORDS = ("大会", "会议", "论坛", "峰会", "展会", "博览会", "年会")
_KIND_PIECES = frozenset({"集团", "合资", "独资", "外资", "上市"})
_DETERMINERS = frozenset({"的", "一家", "这家", "那家", "该", "各大", "多家", "几家", "每家", "各家"})


def _describing(word: _Word) -> bool:
    """Does ``word`` say what kind of company it is (跨国/v, 国际/n, 经营性/n), not name one?"""
    return (
        word.pos in _DESCRIBING_TAGS
        or word.text in _DESCRIBING_WORDS
        or (len(word.text) >= 2 and word.text[-1] == "性")
    )


_UNIVERSITY = regex.compile(r"大学|学院")


def _body_before_unit(text: str, start: int, offset: int) -> int | None:
    """The end of a body named right before a short unit ending in 部 (中国水泥协会 + 信息部)."""
    for cut in range(offset - 2, max(start + 2, offset - 4) - 1, -1):
        suffix = next(
            (text[cut - k : cut] for k in (3, 2) if suffixes().get(text[cut - k : cut], ("",))[0] == "organization"),
            None,
        )
        if suffix is not None and cut - len(suffix) > start and suffix != "政府":
            return cut  # not 缅甸政府 + 投资部: a government's ministry
    return None


def _unit_end(text: str, start: int, end: int) -> int:
    """Where a body's name ends when one of its units is written right after it."""
    if (department := _DEPARTMENT.match(text, end)) is not None:
        return department.end("unit")  # 黑龙江省粮食局 + 行业指导处 (处长李珠元)
    if text[end - 1] in "部委" and (bureau := _BUREAU.match(text, end)) is not None:
        return bureau.end()  # 科技部 + 高新司: a ministry's department
    if text.endswith(("大学", "学院"), start, end) and (unit := _ACADEMIC_UNIT.match(text, end)) is not None:
        end = unit.end()  # 复旦大学 + 平板显示中心: a university's centre
        if text.endswith(("研究院", "研究所"), start, end) and (inner := _ACADEMIC_UNIT.match(text, end)) is not None:
            end = inner.end()  # 中央财经大学中国煤炭经济研究院 + 中国煤炭上市公司研究中心
        return end
    if text.endswith(("协会", "商会", "学会"), start, end) and (unit := _ASSOCIATION_UNIT.match(text, end)) is not None:
        return unit.end()
    return end


@functools.cache
def ministries() -> tuple[str, ...]:
    """Names of ministries and party departments (财政部, 宣传部): ``names_ministries.tsv``."""
    return read_words("names_ministries.tsv")


_GOVERNMENT_WORD = regex.compile(r"政府|[党团]?委|国家|中央|国务院|人民|中心|局|厅|院|协会|省|市|县|区|国")


def _national_after_ministry(items: Sequence[_Word], index: int) -> bool:
    """Is word ``index`` a ministry right before a national body's first word (环保部 +
    国家质量监督检验检疫总局), so that two bodies are written side by side?"""
    after = items[index + 1] if index + 1 < len(items) else None
    return items[index].text in ministries() and after is not None and after.text in ("国家", "国务院")


def _ministry(name: str) -> bool:
    """Is a name ending in 部 a ministry (美国商务部, 市委宣传部) or a government body's
    department (缅甸政府投资部), not a company's (食品部)?"""
    if name.endswith("事业部"):
        return False  # 美的中央空调事业部: a company's division, whatever words it holds
    return name.endswith(ministries()) or _GOVERNMENT_WORD.search(name[:-1]) is not None


def _company_institute(body: str, suffix: str) -> bool:
    """Is ``body + suffix`` a company's research institute (湘财证券研究所, 兖矿集团战略研究院)?"""
    if suffix not in ("研究所", "研究院"):
        return False
    return any(suffixes()[s][0] == "company" for s in suffixes() if len(s) >= 2 and s in body)


def _split_origin(words: _Words, start: int, end: int) -> list[_Candidate]:
    """A foreign country or a province before a company is a place of its own.

    韩国锦湖韩亚集团 → place 韩国 + company 锦湖韩亚集团; a domestic place without an
    administrative suffix stays in the name (河北东旭集团), and so does a place before a
    generic remainder (甘肃省电力公司). 中国 before a known company's name is a place (中国 +
    中粮集团), unless the whole is the known name (中国华能).
    """
    whole = [_Candidate("company", start, end, _RANK_SUFFIX)]
    china = words.text.startswith("中国", start) and _known_firm(words.text[start + 2 : end])
    if china and not _known_firm(words.text[start:end]):  # 中国联通, 中国华能: 中国 is the name's
        return [
            _Candidate("place", start, start + 2, _RANK_SUFFIX),
            _Candidate("company", start + 2, end, _RANK_SUFFIX),
        ]
    rest = _origin_end(words, start)
    if rest is None:
        return whole
    if end - rest < 4 and not (_country_end(words.text, start) == rest and _brand(words, rest, end)):
        return whole  # a short rest stands alone only after a country: 德国 + 西门子, 瑞士 + ABB
    if not _specific(words, rest, _suffix_start(words, rest, end), "company"):
        return whole
    return [_Candidate("place", start, rest, _RANK_SUFFIX), _Candidate("company", rest, end, _RANK_SUFFIX)]


def _known_firm(name: str) -> bool:
    """Is ``name``, without its company suffix, a company the lexicon or the known names hold
    (中粮 of 中粮集团, 国家电网 of 国家电网公司)?"""
    suffix = _company_suffix(name)
    core = name[: -len(suffix)] if suffix and len(suffix) < len(name) else name
    return core in lexicon() or known().get(core, ("",))[0] == "company"


def _brand(words: _Words, start: int, end: int) -> bool:
    """Is ``words.text[start:end]`` a short company name of its own: a known one (西门子), Latin
    letters (ABB), or one word jieba tags as a name (东升/nr); not a common word (农场, 银行)?"""
    name = words.text[start:end]
    if len(name) < 2:
        return False
    if name in lexicon() or (name.isascii() and name.isalnum()):
        return True
    index = words.by_start.get(start)
    return index is not None and words.items[index].end == end and words.items[index].pos in _NAME_LIKE_TAGS


def _split_park(words: _Words, start: int, offset: int, end: int) -> list[_Candidate]:
    """A park after the division it lies in: 奇台县 + 喇嘛湖梁工业园, 浙江省东阳市 + 白云商贸园区
    (a division with its 省/市/县, as before a company); 道里新榆产业园区 keeps its 道里, and a
    park named only by its division keeps it too (烟台市高新技术产业园区)."""
    rest = start
    while (cut := _origin_end(words, rest)) is not None and cut < offset:
        rest = cut  # 浙江省 + 东阳市: the divisions, one after another
    if rest == start or offset - rest < 2 or not _proper(words, rest, offset, owned=True):
        return [_Candidate("project", start, end, _RANK_SUFFIX)]
    return [_Candidate("place", start, rest, _RANK_SUFFIX), _Candidate("project", rest, end, _RANK_SUFFIX)]


def _split_mine(words: _Words, start: int, offset: int, end: int) -> list[_Candidate]:
    """A mine abroad after its country and state, places of their own: 南非 + Townlands铬铁矿,
    美国内华达州 + 布纳维斯塔铁矿; one named only by its country (智利铜矿) is no name.
    A mine in China keeps its places (四川冕宁牦牛坪稀土矿)."""
    rest = _country_end(words.text, start)
    if rest is None:
        return [_Candidate("project", start, end, _RANK_SUFFIX)]
    while (index := words.by_start.get(rest)) is not None and rest < offset and _state(words.items[index]):
        rest = words.items[index].end  # 美国 + 内华达州
    if offset - rest < 2:
        return []
    return [_Candidate("place", start, rest, _RANK_SUFFIX), _Candidate("project", rest, end, _RANK_SUFFIX)]


def _state(word: _Word) -> bool:
    """Is ``word`` a state or province written after its country (内华达州/ns)?"""
    return word.pos == "ns" and word.text.endswith(("州", "省"))


def _origin_end(words: _Words, start: int) -> int | None:
    """End of a foreign country (日本丰田) or a 省/市/县 place word that opens a company name."""
    if (country := _country_end(words.text, start, ("country", "region"))) is not None:
        return country
    index = words.by_start.get(start)
    word = words.items[index] if index is not None else None
    if word is not None and word.text.endswith(("省", "市", "县")) and (word.pos == "ns" or _place_name(word.text)):
        return word.end  # 荣成市/n: a division jieba tags a noun
    if index is not None and index + 1 < len(words.items) and _inside_next(words.items[index], words.items[index + 1]):
        return words.items[index].end  # 位于松江 + 上海盛禄食品有限公司: a district, then the city it is in
    return None


def _inside_next(word: _Word, after: _Word) -> bool:
    """Is the place ``word`` inside the place written right after it (松江 上海)?"""
    inner = resolve(word.text) if len(word.text) >= 2 else None
    outer = resolve(after.text) if inner is not None and len(after.text) >= 2 else None
    return inner is not None and outer is not None and outer.name in inner.path[:-1]


def _suffix_start(words: _Words, start: int, end: int) -> int:
    """Where the company suffix of ``words.text[start:end]`` begins."""
    text = words.text[start:end]
    return end - max((len(s) for s in suffixes() if text.endswith(s)), default=0)


def _person_after(words: _Words, offset: int) -> tuple[int, int] | None:
    """The span of a person's name written at ``offset`` (after a title), if any."""
    span = _tagged_person_after(words, offset) or _latin_person_after(words, offset)
    if span is None or (span[1] - span[0] == 2 and span[0] == offset):
        span = _glued_name(words.text, offset) or span  # 董事长朱要/b 文在/p, 主任徐长/nr 明用/v
    span = span or _name_before_speech(words.text, offset) or _sounded_name_after(words.text, offset)
    return _without_credit(words.text, _with_sounded_tail(words, span))


def _with_sounded_tail(words: _Words, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A name and the pieces of a transliterated name jieba cut after it (主席施图岑/nr 贝格/nrt,
    部长罗季奥 + 诺夫/nrt): words it tags nrt, of three characters at most."""
    if span is None:
        return None
    end = span[1]
    while (index := words.by_start.get(end)) is not None:
        word = words.items[index]
        if word.pos != "nrt" or len(word.text) > 3 or not _HAN.fullmatch(word.text) or end - span[0] >= _MAX_SOUNDED:
            break
        end = word.end
    return span[0], end


# What may close a foreign name read from its characters after a title
_SOUNDED_ENDS = regex.compile(
    r"[\d，。、,;；:：（(）)“”\s]|等|和(?!国)|与|及|女士|先生|近日|日前|今天|昨天|在|说|表示|指出|称|认为"
)
_MAX_SOUNDED = 7


def _sounded_name_after(text: str, offset: int) -> tuple[int, int] | None:
    """A foreign name of three to seven characters after a title, written with the
    characters Chinese writes foreign names with, all but one (外交部长恩佐30日, 总统巴嘎班迪12月,
    副主席卡明斯基，), and closed by a figure, a mark, a joint or speech."""
    end = offset
    while end < len(text) and end - offset < _MAX_SOUNDED and _HAN.fullmatch(text[end]):
        if _SOUNDED_ENDS.match(text, end) and end - offset >= 2:
            break
        end += 1
    name = text[offset:end]
    if len(name) < 2 or (end < len(text) and not _SOUNDED_ENDS.match(text, end)):
        return None
    if any(_place_name(name[:length]) for length in (2, 3)):
        return None  # 主席波兰共和国总统: a country, not a name
    unsounded = _unsounded(name)
    if len(name) == 2:  # 外交部长恩佐30日: two characters, both written by sound, before a figure or mark
        return (offset, end) if unsounded == 0 and _SOUNDED_MARKS.match(text, end) else None
    return (offset, end) if unsounded <= 1 and name not in titles() else None


_SOUNDED_MARKS = regex.compile(r"[\d，。、,;；]")


_CREDIT_ENDS = frozenset(")）]】 \t\n\u3000")


def _without_credit(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A name without the 摄 of a photo credit glued to it: (新华社记者郜南摄/nr), 记者谭进/nr 摄/vg)
    name 郜南 and 谭进, who took the photo."""
    if span is None or span[1] - span[0] < 3 or text[span[1] - 1] != "摄":
        return span
    closed = span[1] == len(text) or text[span[1]] in _CREDIT_ENDS
    return (span[0], span[1] - 1) if closed else span


_BEFORE_SPEECH = ("接受", "在", "已经承认", "承认", "对《")


@functools.cache
def _name_enders() -> tuple[str, ...]:
    """What may follow a name read from its characters: a reporting verb, or ``_BEFORE_SPEECH``."""
    return _BEFORE_SPEECH + _speech_words()


_SPOKEN_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "n", "ns", "nz", "j"})


def _name_before_speech(text: str, offset: int) -> tuple[int, int] | None:
    """A name of two to four Han characters after a title, read from the characters when a
    reporting verb follows it, for names jieba's cut does not show: a Japanese name
    (总经理苍石诚司已经承认, 总裁大泽敏志接受记者采访), a rare family name (合伙人介文治认为,
    研究员于特对《每日经济新闻》表示). Its words are names or nouns, one of them a name
    or four characters of them (not 总经理本人表示, 董事长随后表示)."""
    for length in (4, 3, 2):
        name, rest = text[offset : offset + length], offset + length
        if len(name) < length or not _HAN.fullmatch(name) or not text.startswith(_name_enders(), rest):
            continue
        tags = [flag for _, flag in tag(name)]
        named = length == 4 or any(flag.startswith("nr") for flag in tags)
        if named and set(tags) <= _SPOKEN_NAME_TAGS and name not in titles() and not _is_generic(name, "person"):
            return offset, rest
    return None


def _latin_person_after(words: _Words, offset: int) -> tuple[int, int] | None:
    """A name in Latin letters, a capitalised first and last name, after a title (分析师Jonathan
    Baratt称, 董事会主席Ralph Crave在); not an acronym (CEO) or a single word."""
    index = words.by_start.get(offset)
    if index is None or index + 2 >= len(words.items):
        return None
    first, space, last = words.items[index : index + 3]
    if space.text != " " or not all(_LATIN_NAME.fullmatch(w.text) for w in (first, last)):
        return None
    return first.start, last.end


_LATIN_NAME = regex.compile(r"[A-Z][a-z]+")


def _glued_name(text: str, offset: int) -> tuple[int, int] | None:
    """A three-character name at ``offset`` that jieba cut apart, read from the characters:
    a family name, two Han characters, then a character that ends a name (朱要文 + 在)."""
    name, after = text[offset : offset + 3], text[offset + 3 : offset + 4]
    if len(name) < 3 or name[0] not in surnames() or not _HAN.fullmatch(name):
        return None
    if after not in _GLUED_AFTER and (name[0] in _TRAILING or not text.startswith(_speech_words(), offset + 3)):
        return None  # 创建人牟/nr 镠/zg 峰/nr 认为: a reporting verb ends the name too
    if name[2] in _TRAILING or name[1:] in _ADDRESS_FORMS:
        return None  # 龙华 + 就向: a two-character name, then two that end it; 刘先生则: no name
    if _common_opening(name):
        return None  # 股东成功/a 定/v 向: a common word, then a character of the next one
    return None if _is_generic(name, "person") else (offset, offset + 3)


_OPENING_TAGS = frozenset({"a", "ad", "d", "v", "vn"})  # not p: jieba tags some unknown pairs p (郭在/p 根)


def _common_opening(name: str) -> bool:
    """Do the first two characters of ``name`` make a common word of jieba's (成功/a 定/v),
    not a family name and the start of a given name (朱要/b 文, 车/zg 建新/v)?"""
    first, flag = tag(name)[0]
    return len(first) == 2 and flag in _OPENING_TAGS


@functools.cache
def _speech_words() -> tuple[str, ...]:
    """The reporting verbs of names_boundaries.tsv (表示, 认为), for ``str.startswith``."""
    return tuple(word for word, role in boundaries().items() if role == "speech")


_GLUED_AFTER = _TRAILING | {"用", "担"}  # 主任徐长/nr 明用/v, CEO车/zg 建新/v 担任


def _tagged_person_after(words: _Words, offset: int) -> tuple[int, int] | None:
    items, index = words.items, words.next_word(offset)
    if index is not None and items[index].text in _NAME_SEPARATORS:
        index = words.next_word(items[index].end)  # 记者 | 张三, 记者：张三
    if index is None or not _HAN.fullmatch(items[index].text):
        return None
    word = items[index]
    following = items[index + 1] if index + 1 < len(items) else None
    if (dot := _dot_ahead(items, index)) is not None:
        return word.start, _dotted_stop(items[_dotted_end(items, dot + 1)])  # 蒂姆·库克, 费尔/nr 迪南·沙德尔
    if word.text[:1] not in surnames() and word.text[:2] not in surnames():
        tagged_name = word.pos in _NAME_WORD_TAGS and len(word.text) == 3  # 那永卓/nr: a rare family name
        tagged_name = tagged_name or (
            word.pos == "ns" and len(word.text) == 3 and not _place_name(word.text)
        )  # 奥巴马/ns
        return (word.start, word.end) if tagged_name and _name_length(word.text) == 3 else None
    if len(word.text) == 2 and word.text in surnames() and following is not None and _compound_given(following):
        return word.start, following.end  # 司徒/n 建强/v: a two-character family name, the given name next
    if len(word.text) == 1:  # the family name alone, the given name next: 冯 + 延平, 何 + 朝晖
        if (
            word.pos == "p"
            and (following is None or following.pos not in _NAME_WORD_TAGS)
            and not _speaks(words, index + 2)
        ):
            return None  # 市长向/p 全市/n 人民拜年: a preposition; 局长向/p 东升/nr, 研究员向/p 健军/n 表示: names
        if following is not None and len(following.text) <= 2 and _given_name(following, None):
            return word.start, following.end
        if following is not None and _untagged_given(
            word, following, items[index + 2] if index + 2 < len(items) else None
        ):
            return word.start, following.end  # 发言人刘/zg 为民/v 11日, 局长马/n 立新/d 、
        if following is not None and (given := _given_before_form(following.text)):
            return word.start, following.start + given  # 张/q 雷先生/nr: the form of address glued on
        if following is not None and following.text == " " and _spaced_given(items, index + 2):
            return word.start, items[index + 2].end  # 记者 王 炜: a two-character name spaced out
        return None
    after = items[index + 2] if index + 2 < len(items) else None
    if len(word.text) == 2 and following is not None and _before_speech(following, after):
        return word.start, following.end  # 朱中 一/m 表示, 盛来/v 运 表示: jieba's tags fail on the given name
    if word.pos not in _PERSON_TAGS:
        return None
    length = _name_length(word.text)
    if length == 0 and len(word.text) == 4 and following is not None and boundaries().get(following.text) == "speech":
        return word.start, word.end  # 主席范克高夫/nr 说: a transliterated name of four characters
    if (
        length == 2 == len(word.text)
        and following is not None
        and len(following.text) == 1
        and _given_name(following, after)
    ):
        return word.start, following.end  # 王维 + 舟
    if length == 2 == len(word.text) and following is not None and _SPEECH_GLUED.fullmatch(following.text):
        return word.start, following.start + 1  # 秦立 明说: the given name's last character glued to 说
    name = word.text[:length]
    if name[1:] in _ADDRESS_FORMS:
        return None  # 负责人刘先生/nr: a surname and a form of address, no name
    return (word.start, word.start + length) if length and not _is_generic(name, "person") else None


_LEARNING = frozenset({"获悉", "了解", "得知", "发现", "看到", "注意", "调查", "采访"})  # 记者获悉


def _untagged_given(family: _Word, given: _Word, after: _Word | None) -> bool:
    """After a title, is ``given`` a two-character given name jieba tagged a verb, adverb or
    adjective (刘/zg 为民/v), the name closed by a figure, a time, a mark or speech?"""
    if family.pos in _FUNCTION_TAGS or given.pos not in ("v", "d", "a") or len(given.text) != 2:
        return False
    if boundaries().get(given.text) is not None or given.text in titles() or given.text in _LEARNING:
        return False  # 王/n 表示/v: speech, no given name
    return _name_closed(after, ("x", "m", "t")) and _HAN.fullmatch(given.text) is not None


def _name_closed(after: _Word | None, tags: tuple[str, ...]) -> bool:
    """Does ``after`` close a name before it: the text's end, a word of one of ``tags`` (a mark,
    a time, a figure) or a reporting verb?"""
    return after is None or after.pos in tags or boundaries().get(after.text) == "speech"


def _spaced_given(items: Sequence[_Word], at: int) -> bool:
    """Is word ``at`` one Han character jieba tags a name, the given name of a two-character
    name written with a space inside to match three-character ones (王 炜)?"""
    if at >= len(items):
        return False
    word = items[at]
    return len(word.text) == 1 and word.pos in _NAME_WORD_TAGS and _HAN.fullmatch(word.text) is not None


def _given_before_form(text: str) -> int:
    """The length of the given name of one or two Han characters that a form of address
    follows in ``text`` (雷先生, 建华女士), or 0."""
    form = next((f for f in _POLITE_FORMS if text.endswith(f)), "")
    given = len(text) - len(form)
    return given if form and 1 <= given <= 2 and _HAN.fullmatch(text) else 0


def _compound_given(word: _Word) -> bool:
    """Can ``word`` be the given name after a two-character family name (司徒 + 建强/v)? Any
    one or two Han characters but a function word: such family names rarely stand alone."""
    if not 1 <= len(word.text) <= 2 or not _HAN.fullmatch(word.text) or word.text in _TRAILING:
        return False
    return word.pos not in _FUNCTION_TAGS - {"v"} and boundaries().get(word.text) is None


def _before_speech(word: _Word, after: _Word | None) -> bool:
    """Is ``word`` one Han character (a given name's last) right before a reporting verb?"""
    one = len(word.text) == 1 and _HAN.fullmatch(word.text) is not None and word.text not in _TRAILING
    speaks = after is not None and (boundaries().get(after.text) == "speech" or after.text == ":")  # text is normalised
    return one and speaks  # 朱中一表示; 朱中一：(an interview's answer)


def _person_before(words: _Words, offset: int, post: str = "") -> tuple[int, int] | None:
    """The span of a person's name written right before a title at ``offset`` (戴灿勇董事长,
    苏子/nr 孟/nr 秘书长): a word or two jieba tags as a name, making a full name."""
    index = words.by_end.get(offset)
    if index is None:
        return None
    word = words.items[index]
    if word.pos in _NAME_WORD_TAGS and _is_name(word.text) and _name_length(word.text) == len(word.text) == 3:
        return word.start, offset
    # 王刚/nr 教授, 李鹏/nr 总理: a title no firm gives; not 海信/nr 董事长
    personal = words.text.startswith(_PERSONAL_TITLES, offset) or titles().get(post, ("", ""))[1] == "public"
    if personal and word.pos in _NAME_WORD_TAGS and len(word.text) == 2 and _is_name(word.text):
        return word.start, offset
    before = words.items[index - 1] if index > 0 else None
    last = word.pos in _NAME_WORD_TAGS or _given_name(word, None)  # 罗树/nr 新/a 教授: any tag for the last
    if before is not None and len(word.text) == 1 and before.pos in _NAME_WORD_TAGS and last:
        return (before.start, offset) if _is_name(before.text + word.text) else None
    return None


def _name_length(text: str) -> int:
    """How much of a word that starts with a name is the name (彭琦向 → 2, 陈建宏不愿 → 3)."""
    if len(text) > 3 and text[:2] in surnames():
        return 4 if len(text) == 4 or text[4] in _TRAILING else 0
    if len(text) == 3:
        return 2 if text[2] in _TRAILING else 3
    if len(text) > 3:
        return 3 if text[3] in _TRAILING else 0
    return len(text)


def _given_name(word: _Word, after: _Word | None) -> bool:
    """Can ``word`` be (the end of) a given name? A verb only before speech (徐铎 + 善 + 介绍)."""
    if word.pos in _FUNCTION_TAGS - {"v", "x"} or not _HAN.fullmatch(word.text):
        return False  # a Han character jieba does not know is tagged x (陈家/nrfg 珑/x)
    if word.text in _TRAILING or word.text in _NOT_GIVEN or boundaries().get(word.text) in ("stop", "speech"):
        return False  # 老板向/p 笔者: a preposition, then the writer, no name
    if word.pos == "v" and len(word.text) == 1:
        return after is None or boundaries().get(after.text) == "speech" or after.pos == "x"
    return word.pos != "v"


def _title_candidates(words: _Words) -> Iterator[_Candidate]:
    for match in _titles(words):
        title = match.group(0)
        position = match.end()
        if position not in words.by_end:  # a title ends a word, maybe a longer one (农村处处长: 处长)
            if (glued := _glued_name(words.text, position)) is not None:
                yield _Candidate("person", glued[0], glued[1], _RANK_TITLE, title, match.start())  # 主任何曼青则称
            continue
        while (span := _person_after(words, position)) is not None:
            yield _Candidate("person", span[0], span[1], _RANK_TITLE, title, match.start())
            position = span[1]
            if words.text[position : position + 1] != " ":
                break
        end = match.start()
        if position == match.end() and (span := _person_before(words, end, match.group("post"))) is not None:
            yield _Candidate("person", span[0], span[1], _RANK_TITLE, title, span[0])  # 苏子孟秘书长
            end = span[0]
        if titles()[match.group("post")][1] == "company" and not match.group("modifier").startswith(("原", "前")):
            start = _name_start(words, end, "company")
            last = words.items[words.index_at(end - 1)]
            if last.text.endswith("区") and last.start > start:
                end = last.start  # Displaysearch大中华区副总裁: the region belongs to the title
            end = _without_units(words, start, end)
            employer = words.text[start:end]
            posts = "兼" in employer  # 执行副总裁兼上海区域总经理: a chain of posts, no employer
            posts = posts or (employer.endswith("区") and _place_name(employer[:-1]))  # 中国区总经理: a region
            named = len(employer) >= 2 and employer not in titles() and not posts
            named = named and _specific(words, start, end, "company")
            if named and not any(employer.endswith(s) for s in suffixes()):
                yield _Candidate("company", start, end, _RANK_EMPLOYER)


def _without_units(words: _Words, start: int, end: int) -> int:
    """The end of an employer without the unit written after it (奥维咨询产业中心副总经理 →
    奥维咨询), when what is left holds a proper name (not 该公司视频监控事业部)."""
    cut = end
    while (last := words.items[words.index_at(cut - 1)]).text in _EMPLOYER_UNITS and last.start > start:
        cut = last.start
    named = any(word.pos in _PROPER_TAGS - {"x"} for _, word in _pieces(words, start, cut)) if cut < end else False
    return cut if named else end


def _begin(words: _Words) -> int:
    return words.starts[0] if words.starts else 0


def _end(words: _Words) -> int:
    return words.items[-1].end if words.items else 0


def _is_place_word(word: _Word, chained: bool) -> bool:
    """Is ``word`` a place (or, ``chained`` after a place, the rest of one: 内华达 + 州)?"""
    text = word.text
    if chained and (text in _PLACE_TAILS or (len(text) == 1 and text in _ADMIN)):
        return True
    if len(text) < 2 or _is_generic(text, "place"):
        return False
    if known().get(text, ("",))[0] == "place":
        return True  # 四川, 三亚: a numeral opens some names
    if len(text) == 2 and text[0] in _NUMERALS and resolve(text) is None:
        return False  # 两地, 五市: a count of places
    if len(text) >= 3 and text[-1] in _DIVISION_HEADS and getattr(resolve(text), "name", None) == text:
        return True  # 杭锦旗/nr, 五常市/n: a division's full name, whatever jieba tags it
    if word.pos in _NAME_LIKE_TAGS and len(text) >= 3 and (city := resolve(text)) is not None:
        return city.level == "city"  # 石家庄/nr, 张家口/nr: a city jieba took for a person
    if text.endswith("超市"):
        return False  # 大型超市/ns: a shop, not a city
    if len(text) > 2 and text.endswith(_PLACE_GROUPS):
        return False  # 欧美国家/ns, 欧洲各国/ns, 北京郊区/ns: a group of places or the land around one
    if text[-1] == "省" and resolve(text) is None and not _named_province(text):
        return False  # 经济产业省: a ministry; China's provinces are a closed list
    if word.pos == "ns":  # jieba tags some common words ns (扎堆, 加盟): two characters must resolve
        if text[0] in _GLUED_FUNCTION_CHARS and resolve(text) is None:
            return False  # 据锦湖/ns 轮胎, 各县区/ns: a function character glued to a word
        if len(text) >= 3 and text[-1] not in _GEOGRAPHIC and _place_name(text[:-1]) and not _place_name(text):
            return False  # 新疆棉/ns: a place's product, not a place
        if len(text) == 3 and _unplaced_three(text):
            return False  # 上半场/ns, 多角度/ns, 之日起/ns: jieba's ns on a common phrase
        if _lead_descriptor(text):
            return True  # 首都北京: the place, after what it is (its start is moved past 首都)
        if len(text) == 4 and text[-1] not in _GEOGRAPHIC:
            if _common_halves(text) and resolve(text) is None:
                return False  # 重大/a 意义/n, 自觉/d 遵守/v: two common words jieba tags one ns word
            if _place_then_common(text):
                return False  # 香港/ns 回归/v, 香港/ns 市民/n: what a place did or who lives there
        if len(text) == 4 and _dictionary_halves(text) and not _place_name(text):
            return False  # 兴旺 + 发达, 山水 + 相连, 特大 + 城市: an idiom or a phrase jieba tags ns
        return len(text) > 2 or chained or resolve(text) is not None
    if len(text) < 3 or text[-1] not in _ADMIN or suffixes().get(text[-2:], ("",))[0] == "organization":
        return False
    if text[-2:] in _MARKETS:
        return False  # 借壳上市/n, 房地产楼市: a market, not a city
    return chained or text[-1] in _CITY  # 天元区 only after a place; 五常市 alone


_DIVISION_HEADS = frozenset("省市县区旗盟州")  # end a division's full name


_HEAD_HALF_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "b", "ng"})
# a tail jieba tags a name is common too after a common head: 依法/n 治国/ns, 热烈/a 祝贺/nr (a slogan)
_TAIL_HALF_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "ng", "ag", "p", "ns", "nr"})


_LANDMARK_ENDS = frozenset("洋岸园潭坞塔寺宫庙陵峰泉池洲堡门球")


def _unplaced_three(text: str) -> bool:
    """Is a three-character ns word no place: it resolves to no division, is no known place,
    ends in no geographic or landmark character and has no character foreign names are
    written with (魁北克, 开普敦 have)?"""
    if text[-1] in _GEOGRAPHIC or text[-1] in _ADMIN or text[-1] in _LANDMARK_ENDS or _place_name(text):
        return False  # 大西洋, 东海岸, 颐和园, 日月潭
    if text[0] in "东南西北" and _place_name(text[1:]):
        return False  # 南朝鲜: a part of a place
    return _unsounded(text) == len(text)


@functools.cache
def _place_then_common(text: str) -> bool:
    """Is a four-character word a place, then one common word that is no part of a place's
    name (香港/ns 回归/v), where the whole resolves to no place?"""
    tail = tag(text[2:])
    common = len(tail) == 1 and tail[0][1] in ("n", "v", "vn") and text[2:] not in _LANDFORMS
    return common and _place_name(text[:2]) and not _place_name(text)


@functools.cache
def _lead_descriptor(text: str) -> int:
    """The length of a common word that opens a four-character word jieba tags ns and that
    describes the known place or city after it (首都 + 北京), else 0."""
    head, tail = text[:2], text[2:]
    if len(text) != 4 or not in_dictionary(head) or _place_name(head) or _place_name(text) or _transliterated(text):
        return 0  # not 马来 + 西亚: 马来西亚 is a country
    division = resolve(tail)
    known_place = known().get(tail, ("",))[0] == "place"
    return 2 if known_place or (division is not None and division.level in ("city", "province")) else 0


@functools.cache
def _dictionary_halves(text: str) -> bool:
    """Is each half of a four-character word a word of jieba's dictionary and no place, the
    second no landform, area or islands (云贵/高原, 沂蒙/山区, 英伦/三岛 name places), the whole
    not a foreign name written by sound? The halves of a foreign name are no words (巴尔的摩,
    喀喇昆仑, 格拉斯哥)."""
    head, tail = text[:2], text[2:]
    if tail in _LANDFORMS or tail in _PLACE_TAILS or tail[-1] in "区岛" or _transliterated(text):
        return False
    return all(in_dictionary(half) and not _place_name(half) for half in (head, tail))


_LANDFORMS = frozenset({"盆地", "高原", "平原", "大陆", "半岛", "沙漠", "草原", "流域", "海峡", "群岛", "山脉", "地区"})


@functools.cache
def _common_halves(text: str) -> bool:
    """Is each half of a four-character word one common word of jieba's dictionary (法律/n
    条文/n, 热烈/a 祝贺/v), where a place has a name in it (东方/s 广场, 苏州/ns 园林)?"""
    head, tail = tag(text[:2]), tag(text[2:])
    if len(head) != 1 or len(tail) != 1:
        return False
    return head[0][1] in _HEAD_HALF_TAGS and tail[0][1] in _TAIL_HALF_TAGS


def _named_province(text: str) -> bool:
    """A province the divisions do not list (台湾省) or a group of them (东三省)."""
    return known().get(text[:-1], ("",))[0] == "place" or any(c in _NUMERALS for c in text)


def _place_at(words: _Words, index: int, chained: bool, places: frozenset[str], listed: bool) -> bool:
    """Is word ``index`` a place, or (``chained``) the rest of the place before it?
    ``listed``: the word stands next to a 、 or 和."""
    items, word = words.items, words.items[index]
    if listed and (_listed_division(items, index) or _listed_area(items, index)):
        return True  # 青岛、日照/n、威海: a division jieba did not tag as a place, listed with places
    if not chained and index > 0 and items[index - 1].text in _LOCATIVES and _located_division(items, index):
        return True  # 在五家渠/nr 投资: a division jieba took for a name, after 在
    if not chained and _division_of(items, index):
        return True  # 江苏的仪征/n: a division written after the province it lies in
    if not chained and _city_before_noun(items, index):
        return True  # 唐山/nr 普碳/n 钢坯: a city jieba took for a person, before what it qualifies
    if not chained and (word.pos not in _PLACE_TAGS or not _may_be_place(items, index, places)):
        return False
    return _is_place_word(word, chained) or (_admin_pair(words, index) and boundaries().get(word.text) != "stop")


def _division_of(items: Sequence[_Word], index: int) -> bool:
    """Is word ``index`` a division right after 的 and a place it lies in (江苏的仪征)?"""
    if index < 2 or items[index - 1].text != "的" or items[index - 2].pos != "ns" or len(items[index].text) < 2:
        return False
    return resolve(items[index - 2].text + items[index].text) is not None


def _city_before_noun(items: Sequence[_Word], index: int) -> bool:
    """Is word ``index`` a two-character city tagged as a name (唐山/nr) right before a noun
    that is no post (a person's name would be followed by a title or a verb)?"""
    word = items[index]
    if word.pos not in _NAME_LIKE_TAGS or len(word.text) != 2 or index + 1 >= len(items):
        return False
    after = items[index + 1]
    if after.pos not in ("n", "vn") or after.text in titles() or boundaries().get(after.text) is not None:
        return False
    return _city(word.text)


_LOCATIVES = frozenset({"在", "于", "位于", "落户", "落户于", "地处"})
_PLACE_GROUPS = ("各国", "国家", "郊区")
_NAME_LIKE_TAGS = frozenset({"nr", "nrt", "nz"})
_STREETS = frozenset("路街道巷桥")


def _located_division(items: Sequence[_Word], index: int) -> bool:
    """Is word ``index``, which follows 在/位于/落户 (``_LOCATIVES``), a city of any tag (于包头/v
    召开) or a county tagged as a name?"""
    word = items[index]
    if word.pos in ("x", "m", "p", "uj") or len(word.text) < 2:
        return False
    if index + 1 < len(items) and items[index + 1].text[:1] in _STREETS:
        return False  # 在昌乐/nr 路: a street named after the county
    division = resolve(word.text)
    if division is None:
        return False
    return division.level == "city" or (division.level == "county" and word.pos in _NAME_LIKE_TAGS)  # 于包头/v


_UNNAMED_TAGS = frozenset({"a", "ad", "an", "v", "vn", "d"})  # tags of words more often than of places


def _listed_division(items: Sequence[_Word], index: int) -> bool:
    """Is word ``index`` a division that stands in a 、 list next to a place or another
    division (青岛、日照/n), or, when jieba took it for a name, joined to one by 和 (顺德/nrt 和重庆)?"""
    word = items[index]
    if word.pos == "ns" or not 2 <= len(word.text) <= 4 or (division := resolve(word.text)) is None:
        return False  # most words beside a 、 are no division: the lookup (cached) goes first
    if word.pos in _UNNAMED_TAGS and division.level != "city":
        return False  # 友好/a、合作/vn: words, though 友好区 and 合作市 exist; 大连/a is a city
    sides = ((index - 2, index - 1), (index + 2, index + 1))
    marks = {"、"} if word.pos not in _NAME_LIKE_TAGS else _SIBLING_JOINTS  # not 山区和资源/n, 新华联和三元/m
    neighbours = [items[i] for i, mark in sides if 0 <= i < len(items) and items[mark].text in marks]
    return any(n.pos == "ns" or resolve(n.text) is not None for n in neighbours)


def _listed_area(items: Sequence[_Word], index: int) -> bool:
    """Is word ``index`` a named area jieba tags ns, two characters no division holds, listed
    with 、 beside a division (伊犁、库拜/ns 四大煤田): the list is of places."""
    word = items[index]
    if word.pos != "ns" or len(word.text) != 2 or not _HAN.fullmatch(word.text) or resolve(word.text) is not None:
        return False
    if _is_generic(word.text, "place") or boundaries().get(word.text) is not None:
        return False
    sides = ((index - 2, index - 1), (index + 2, index + 1))
    neighbours = [items[i] for i, mark in sides if 0 <= i < len(items) and items[mark].text == "、"]
    return any(resolve(n.text) is not None for n in neighbours)


@functools.cache
def _known_places() -> frozenset[str]:
    return frozenset(word for word, (label, _) in known().items() if label == "place")


def _may_be_place(items: Sequence[_Word], index: int, places: frozenset[str]) -> bool:
    """A quick test before the full one: most words show no sign of a place."""
    word = items[index]
    if word.pos == "ns" or word.text[-1] in _ADMIN or word.text in places:
        return True
    if word.pos in _NAME_LIKE_TAGS and len(word.text) >= 3 and resolve(word.text) is not None:
        return True  # 石家庄/nr
    return index + 1 < len(items) and items[index + 1].text in _TOWN


def _place_signs(words: _Words, places: frozenset[str]) -> set[int]:
    """The words of a place's tag that show a sign ``_place_at`` looks for when a word is
    neither chained, listed nor located: a tag of names, a division's character at the end,
    a known place, a town after it. Without one every test there fails. Read from the
    article's indexes, where a walk would test every word."""
    items = words.items
    signs = set(words.tagged_as(("ns", *_NAME_LIKE_TAGS)))  # place tags all
    marked = [text for text in words.by_text if text[-1] in _ADMIN or text in places]
    signs.update(index for index in words.written(marked) if items[index].pos in _PLACE_TAGS)
    signs.update(index - 1 for index in words.written(_TOWN) if index > 0 and items[index - 1].pos in _PLACE_TAGS)
    return signs


def _admin_pair(words: _Words, index: int) -> bool:
    """Is word ``index`` a name followed by a one-character division (百善 + 镇)?"""
    if index + 1 >= len(words.items) or words.items[index + 1].text not in _TOWN:
        return False
    word, admin = words.items[index], words.items[index + 1]
    generic = _is_generic(word.text, "place") or _is_generic(word.text + admin.text, "place")  # 项目县
    return len(word.text) == 2 and word.pos in _ADMIN_NAME_TAGS and not generic and not _level_list(words, index + 1)


def _level_list(words: _Words, index: int) -> bool:
    """Does the one-character division at ``index`` open a list of levels (江苏要求市、县财政),
    naming no place?"""
    after = words.items[index + 1 : index + 3]
    return len(after) == 2 and after[0].text == "、" and after[1].text in _TOWN


def _place_candidates(words: _Words) -> Iterator[_Candidate]:
    """Place words, adjacent ones joined as written (哈尔滨市道里区, 阳新县富池镇)."""
    start = end = -1
    items, places = words.items, _known_places()
    listed = {i + step for i in words.written(_SIBLING_JOINTS) for step in (-1, 1)}
    located = {i + 1 for i in words.written(_LOCATIVES)}
    located |= {i + 1 for i in words.written(("的",)) if i > 0 and items[i - 1].pos == "ns"}  # 江苏的仪征
    maybe = listed | located | _place_signs(words, places)  # the only words that may open a place
    # The words tested, in order: those that may open a place, and the word after each place
    # word (it may go on with the place). Most words of the body are neither and are never
    # visited; a sorted list is a heap, to which the word after a place word is pushed.
    pending, last = sorted(index for index in maybe if 0 <= index < len(items)), -1
    while pending:
        index = heapq.heappop(pending)
        if index <= last:
            continue  # pushed as the word after a place word and also a word that may open one
        last, word = index, items[index]
        chained = word.start == end and _goes_on(words.text[start:end], word.text, words.text[word.end : word.end + 1])
        if not chained and word.pos not in _PLACE_TAGS and index not in listed and index not in located:
            continue  # right after a place, a word of no place's tag may only go on with it
        if not _place_at(words, index, chained, places, index in listed) and not (
            word.start == end and _sub_division(words, start, index)  # only right after a place word
        ):
            continue
        if not chained:
            if end > start and not _port(words.text[start:end]):
                yield _Candidate("place", start, end, _RANK_WORD)
            start = word.start + (_lead_descriptor(word.text) if word.pos == "ns" else 0)
        end = word.end
        if index + 1 < len(items):
            heapq.heappush(pending, index + 1)
    if end > start and not _port(words.text[start:end]):
        yield _Candidate("place", start, end, _RANK_WORD)


def _goes_on(place: str, word: str, after: str) -> bool:
    """May ``word`` (``after`` is the character after it) continue ``place``? After a division
    written with its suffix (焦作市) only a division inside it does (道里区, 罗湖 of 深圳市,
    富池 + 镇), not a river, a hub or a park the place is the seat of (焦作市 + 瓮涧河, 上海市
    + 虹桥枢纽, 苏州市 + 苏州公园)."""
    if _side_by_side(place, word):
        return False
    if not place or place[-1] not in _ADMIN:
        return True
    if word in place:
        return False  # 苏州市 + 苏州/ns 公园: the city named again, by what is in it
    if word[-1] in _ADMIN or after in _TOWN or word in _PLACE_TAILS:
        return True
    return resolve(place + word) is not None


_REGIONS = frozenset({"province", "region"})


def _side_by_side(place: str, word: str) -> bool:
    """Are ``place`` and the ``word`` after it two places side by side, not one inside the
    other: a country after anything but a continent (越南/ns 菲律宾/ns, 马鞍山/ns 中国/ns; not
    非洲喀麦隆) or two provinces and regions (新疆/ns 香港/ns, 北京/ns 上海/ns); 美国加州, 中国台湾
    and 广东深圳 stay one place."""
    kind, before = known().get(word, ("", ""))[1], known().get(place, ("", ""))[1]
    if kind == "country":
        return before != "region"
    return kind in _REGIONS and before in _REGIONS


def _port(name: str) -> bool:
    """A port named after its city (天津港, 青岛港, 黄骅港) is a facility, not a place; 香港 and
    张家港 are cities."""
    return name.endswith("港") and len(name) >= 3 and _place_name(name[:-1])


def _sub_division(words: _Words, start: int, index: int) -> bool:
    """Does word ``index``, right after the place word at ``start``, name a division
    inside it that jieba did not tag as a place (山西/ns 阳泉/nr, 广州/ns 增城/v)?"""
    word, before = words.items[index], words.items[index - 1] if index > 0 else None
    if before is None or before.start != start or word.start != before.end or len(word.text) < 2:
        return False  # one place word before it: not 鄂尔多斯市杭锦旗 + 蒙西
    if before.text == "中国" or words.text[word.end : word.end + 1] in _ADMIN:
        return False  # 中国 + 新建 (产能), 天元 + 区委
    return resolve(words.text[start : word.end]) is not None


@functools.cache
def company_cues() -> frozenset[str]:
    """Words after a proper name that show it is a company (海信旗下, 京东方股价)."""
    return frozenset(read_words("names_cues.tsv"))


def _cue_candidates(words: _Words) -> Iterator[_Candidate]:
    """A proper name right before a corporate cue word: 海信旗下, TCL公告称."""
    for index in words.written(company_cues()):
        if index == 0:
            continue
        last = index
        while last > max(index - 2, 0) and _cue_gap(words.items[last - 1]):
            last -= 1  # 奇美二季度/mq 净亏损, 友达的亏损额
        first = last
        while first > max(last - 2, 0) and words.items[first - 1].pos in _CUE_NAME_TAGS:
            first -= 1
        if first == last:
            first = _trade_before_cue(words, last)
        if first > 0 and _known_firm(words.text[words.items[first - 1].start : words.items[last].start]):
            first -= 1  # 中国/ns 中冶 相关人士: the known name holds the place
        if first == last or (first > 0 and _glued_piece(words.items[first - 1])):
            continue  # 台湾胜/v 华科技的子公司: the name starts before the words found
        start, end = words.items[first].start, words.items[last].start
        if words.text[start:end] in currency_codes() or words.text[start:end] in list_heads():
            continue  # 280亿欧元的营收; 油企负责人: firms of a kind
        if _bare_company(words, start, end, words.items[first] if first == last - 1 else None):
            yield _Candidate("company", start, end, _RANK_EMPLOYER)


def _trade_before_cue(words: _Words, last: int) -> int:
    """Where a trade name before a cue starts: one word of two Han characters that jieba
    takes for a common noun, then industry words (烽火/n 科技/n 人士, 奇力/n 制药/n 董事长),
    after a mark or a function word; or ``last`` when the words before the cue are none."""
    trade = last
    while trade > 0 and words.items[trade - 1].text in industry_words():
        trade -= 1
    first = trade - 1
    if trade == last or first < 0 or len(words.items[first].text) != 2:
        return last  # 指高科/n 奶业, 但华域/n 汽车: three characters may hold a glued word
    if not _trade_head(words.items, first, 1, (), words.items[first + 1].text):
        return last
    before = words.items[first - 1] if first > 0 else None
    if before is not None and before.pos not in _FUNCTION_TAGS:
        return last
    return first


def _glued_piece(word: _Word) -> bool:
    """A one-character piece or a space inside letters (L G D isplay) before a name."""
    return (len(word.text) == 1 and word.pos in _PIECE_TAGS) or word.text == " "


def _cue_gap(word: _Word) -> bool:
    """A word between a name and its cue: a period (二季度/mq, 去年/t) or 的."""
    return word.text in _CUE_GAPS or word.pos in ("t", "mq")


_CUE_GAPS = frozenset({"的", "相关", "有关"})  # 烟台万华/nz 相关/v 负责人


def _bare_company(words: _Words, start: int, end: int, single: _Word | None) -> bool:
    """May the span a cue or an appositive head points at be a company name? Two to eight
    characters that name something; not a person's name (``single``: the one word of the
    span), a place, or a division ending in 区 (罗兰·贝格中国区副总裁)."""
    name = words.text[start:end]
    person = single is not None and single.pos.startswith("nr") and _is_name(name)
    regional = name.endswith("区")
    return (
        2 <= len(name) <= (16 if name.isascii() else 8)  # LGDisplay
        and _specific(words, start, end, "company")
        and not (person or regional or _place_name(name))
    )


def _appositive_candidates(words: _Words) -> Iterator[_Candidate]:
    """A proper name right after a noun that says what it is: 彩电厂商海信电器, 珠宝企业周大福.

    The name is one or two proper-noun words (with an industry word after them) that end
    at a word no name holds: a verb, a particle, a mark or a period.
    """
    heads, items = _appositive_heads() - {"品牌"}, words.items  # a brand names a product
    for index in words.written(heads):
        if index == len(items) - 1:
            continue
        last = index
        while last < min(index + 2, len(items) - 1) and _apposed(items[last + 1]):
            last += 1
        if last == index and _traded_ns(items, index + 1):
            last += 1  # 民企/j 永源/ns 稀土/n: a name jieba tags a place, before its trade
        last = _industry_end(items, last)
        after = items[last + 1] if last + 1 < len(items) else None
        if last == index or after is None or after.pos not in _FUNCTION_TAGS or _glued(after):
            continue
        start, end = items[index + 1].start, items[last].end
        if _bare_company(words, start, end, items[last] if last == index + 1 else None):
            yield _Candidate("company", start, end, _RANK_EMPLOYER)
    yield from _latin_after_kind(words)
    yield from _subsidiaries(words)


def _traded_ns(items: Sequence[_Word], at: int) -> bool:
    """Is word ``at`` two characters tagged ns that no place holds, an industry word after it?"""
    if at + 1 >= len(items) or items[at + 1].text not in industry_words():
        return False
    word = items[at]
    return word.pos == "ns" and len(word.text) == 2 and not _place_name(word.text) and not _is_generic(word.text, "any")


def _latin_after_kind(words: _Words) -> Iterator[_Candidate]:
    """A name in Latin letters right after a kind of company, 公司 after a common word
    (调查/vn 公司 Displaysearch, 投资/vn 公司 MIY, 水务/n 公司 ITT), 上市公司, or a research body
    (调查/vn 机构 Alix Partners): the kind says what the name is. Not a post (公司CEO) nor a
    figure's unit."""
    items = words.items
    for index in words.written(("公司", "上市公司", "机构")):
        if index + 2 >= len(items) or (items[index].text != "上市公司" and not _kind_before(items, index)):
            continue
        if items[index].text == "机构" and items[index - 1].text not in _RESEARCH_KINDS:
            continue  # 监管机构Ofgem: a regulator; 调查机构Alix Partners: a research firm
        name, last = items[index + 1], index + 1
        while last + 2 < len(items) and items[last + 1].text == " " and _LATIN_NAME.fullmatch(items[last + 2].text):
            last += 2  # Alix Partners: capitalised words with a space between are one name
        after = items[last + 1] if last + 1 < len(items) else None
        if name.pos != "eng" or len(name.text) < 2 or name.text in titles() or _MEASURE.fullmatch(name.text):
            continue
        if after is not None and after.pos in _FUNCTION_TAGS:
            yield _Candidate("company", name.start, items[last].end, _RANK_EMPLOYER)


_RESEARCH_KINDS = frozenset({"调查", "研究", "调研", "咨询", "评级", "市调"})  # 机构 after them: a firm


def _kind_before(items: Sequence[_Word], index: int) -> bool:
    """Is the word before 公司 at ``index`` a common word saying what kind of firm (调查/vn, 水务/n)?"""
    before = items[index - 1] if index > 0 else None
    return before is not None and before.pos in ("n", "vn", "v") and len(before.text) >= 2


def _apposed(word: _Word) -> bool:
    """May ``word`` be (part of) the name after a noun that says what it is? A proper noun, or a
    word of three characters or more jieba tags a place that is none (服装企业百斯顿/ns 的); two
    characters tagged ns are often common words (扎堆/ns, 深度/ns)."""
    if word.pos == "ns":
        return len(word.text) >= 3 and not _place_name(word.text) and not _is_generic(word.text, "company")
    return word.pos in _APPOSED_TAGS


_SUBSIDIARY_HEADS = frozenset({"子公司", "全资子公司", "控股子公司", "分公司"})  # not 企业“走出去”
_QUOTED = regex.compile(r"“(?P<name>[^\d\s“”，。、；：,.;:()（）《》]{2,10})”(?=[，。；、的)）]|$)")


def _subsidiaries(words: _Words) -> Iterator[_Candidate]:
    """A subsidiary named right after 子公司: quoted (全资子公司“锐拓显示”), or a place and a
    proper name (子公司新疆/ns 海龙/nz 于近日开工)."""
    items = words.items
    for index in words.written(_SUBSIDIARY_HEADS):
        if index == len(items) - 1:
            continue
        word = items[index]
        if (match := _QUOTED.match(words.text, word.end)) is not None:
            start, end = match.span("name")
            if start in words.by_start and end in words.by_end and _bare_company(words, start, end, None):
                yield _Candidate("company", start, end, _RANK_EMPLOYER)
        elif index + 3 < len(items) and items[index + 1].pos == "ns" and items[index + 2].pos in _TRADE_OWNER_TAGS:
            last = _industry_end(items, index + 2)
            after = items[last + 1] if last + 1 < len(items) else None
            if after is not None and after.pos in _FUNCTION_TAGS and _trade_piece(items[index + 2]):
                yield _Candidate("company", items[index + 1].start, items[last].end, _RANK_EMPLOYER)


_LAUNCHED = frozenset({"将", "即将", "将要", "新", "刚", "刚刚", "陆续", "正式"})
_LISTED_STOPS = frozenset({"的", "是", "在", "将", "也", "已", "都", "和", "与", "及", "等", "于"})


def _listed_candidates(words: _Words) -> Iterator[_Candidate]:
    """A name right after 上市的 (2010年上市的潮宏基、; 已经上市的洲明科技董事长): only a company
    is listed. The name runs to a mark, a title or a function word, and holds a proper
    noun or ends in an industry word (not 上市的新产品)."""
    items = words.items
    for index in words.written(("的",)):
        if not 0 < index < len(items) - 1 or items[index - 1].text != "上市":
            continue
        if index > 1 and items[index - 2].text in _LAUNCHED:
            continue  # 将要上市的雪佛兰科鲁兹: a product comes onto the market
        last = index
        while last + 1 < len(items) and _listed_piece(items[last + 1]) and items[last + 1].end - items[index].end <= 8:
            last += 1
        if last == index or (last + 1 < len(items) and _listed_piece(items[last + 1])):
            continue  # no name, or one longer than a name
        start, end = items[index + 1].start, items[last].end
        proper = any(w.pos in _PROPER_TAGS - {"x"} for w in items[index + 1 : last + 1])
        if items[last].text in list_heads():
            continue  # 上市的澳洲矿企: a description
        trade = items[last].text in industry_words() and end - start >= 4
        if (proper or trade) and _bare_company(words, start, end, items[last] if last == index + 1 else None):
            yield _Candidate("company", start, end, _RANK_EMPLOYER)


def _listed_piece(word: _Word) -> bool:
    return word.pos != "x" and word.text not in _LISTED_STOPS and word.text not in titles()


def _glued(word: _Word) -> bool:
    """A one-character verb right after a name may be its last character: 万邦/nz 达/v."""
    return word.pos == "v" and len(word.text) == 1


def _site_candidates(words: _Words) -> Iterator[_Candidate]:
    """News and data websites named by their staff or reports: 搜猪网分析师, 据慧聪网报道,
    富宝金属网数据显示; not a common network (互联网数据显示, 国家电网)."""
    items = words.items
    for match in _SITE_CUE.finditer(words.text, _begin(words), _end(words)):
        index = words.index_at(match.start())
        if index < 0 or items[index].end != match.end("name") or items[index].text.endswith(_NETWORKS):
            continue
        first = index
        while first > 0 and _site_piece(items[first - 1]) and match.end("name") - items[first - 1].start <= 12:
            first -= 1
        start = items[first].start
        if match.end("name") - start >= 3:
            yield _Candidate("organization", start, match.end("name"), _RANK_LIST)


def _site_piece(word: _Word) -> bool:
    """May ``word`` be part of a website's name (搜猪/v, 中国/ns 猪/n e/eng)?"""
    if word.text in ("第一", "第二"):
        return True  # 第一/m 纺织网: an ordinal that opens the name
    if word.pos in _SITE_STOPS or boundaries().get(word.text) == "stop":
        return False
    return _SITE_TEXT.fullmatch(word.text) is not None


def _media_candidates(words: _Words) -> Iterator[_Candidate]:
    """Media named by their reporters or issues: 《每日经济新闻》记者, 《求是》杂志, 导报记者,
    CBN记者 (an acronym before 记者)."""
    for match in matches_at(_MEDIA, _media_starts(words), words.text, _begin(words), _end(words)):
        start, end = match.span("name")
        if start in words.by_start and not _is_generic(match.group("name"), "organization"):
            yield _Candidate("organization", start, end, _RANK_LIST)
    begin, stop = (words.starts[0], _end(words)) if words.items else (0, 0)
    for cue in ("记者", "笔者"):  # 导报记者, 新快报笔者
        yield from _reporter_papers(words, cue, begin, stop)
    yield from _reporting_media(words)
    for match in _CHANNEL.finditer(words.text, _begin(words), _end(words)):
        yield _Candidate("organization", match.start(), match.end(), _RANK_LIST)  # CCTV-2: a channel


_CHANNEL = regex.compile(r"(?<![A-Za-z])CCTV-\d{1,2}(?!\d)")
# Where a medium of ``_MEDIA`` can begin: at a 《, or after the 对, 向, 接受 or 是 before it.
_MEDIA_OPENS = re.compile("[《对向受是]")


def _media_starts(words: _Words) -> Iterator[int]:
    """The offsets ``_MEDIA`` may match at; a word before the body may open one at its start."""
    for match in _MEDIA_OPENS.finditer(words.text, max(_begin(words) - 1, 0), _end(words)):
        yield match.start() if match.group() == "《" else match.end()


_REPORTER_TAGS = frozenset({"n", "nz", "nt", "nr", "nrt", "nrfg", "j", "q", "eng"})
_NO_MEDIUM = ("媒体", "外媒", "人士", "消息", "资料")  # 据外媒报道, 据业内人士报道 name no body


def _reporting_media(words: _Words) -> Iterator[_Candidate]:
    """The medium that reported it: 据经济之声报道, 据彭博社报道 (not 据外媒报道, 据公开报道)."""
    items = words.items
    for index in words.written(("报道", "消息")):
        if index < 2:
            continue  # 据彭博社报道, 据路透的消息
        last = index - 2 if items[index - 1].text == "的" else index - 1
        first = next((at for at in range(last, max(last - 3, 0), -1) if items[at - 1].text == "据"), None)
        if first is None or first > last or any(item.pos not in _REPORTER_TAGS for item in items[first : last + 1]):
            continue
        name = words.text[items[first].start : items[last].end]
        medium = 2 <= len(name) <= 6 and not name.endswith(_NO_MEDIUM) and not _is_generic(name, "organization")
        if medium and not _place_name(name):
            yield _Candidate("organization", items[first].start, items[last].end, _RANK_LIST)


def _reporter_papers(words: _Words, cue: str, position: int, stop: int) -> Iterator[_Candidate]:
    """A paper named right before its reporter (``cue``): a word ending in 报/刊, or an acronym."""
    while (position := words.text.find(cue, position, stop)) >= 0:
        index = words.by_end.get(position)
        word = words.items[index] if index is not None else None
        position += 2
        paper = word is not None and len(word.text) >= 2 and word.text[-1] in "报刊"
        paper = paper or (
            word is not None and word.pos == "eng" and len(word.text) >= 2 and word.text.isupper()
        )  # CBN记者
        if word is not None and paper and not _is_generic(word.text, "organization"):
            start = _paper_start(words, index) if index is not None else word.start
            yield _Candidate("organization", start, word.end, _RANK_LIST)  # 导报记者


_PAPER_LEAD_TAGS = frozenset({"n", "ns", "nz", "nt", "j"})


def _paper_start(words: _Words, index: int) -> int:
    """Where the paper ending in word ``index`` starts: a short paper word (证券报, 周报) takes
    the noun or place written before it, which names the paper (中国/ns 证券报, 理财/n 周报)."""
    word = words.items[index]
    before = words.items[index - 1] if index > 0 else None
    if len(word.text) > 3 or before is None or before.pos not in _PAPER_LEAD_TAGS or len(before.text) < 2:
        return word.start
    if boundaries().get(before.text) is not None or _is_generic(before.text + word.text, "organization"):
        return word.start
    return before.start


def _exemplar_candidates(words: _Words) -> Iterator[_Candidate]:
    """The name a kind of capital or firm is exemplified by: 以中粮美裕为代表的民营资本,
    以益海为代表的外资 (not 以变频空调为代表的空调: a product)."""
    for match in _EXEMPLAR.finditer(words.text, _begin(words), _end(words)):
        start, end = match.span("name")  # the pattern marks the edges, even where jieba glued 以益/d 海为/n
        if _bare_company(words, start, end, None):
            yield _Candidate("company", start, end, _RANK_EMPLOYER)


def _latin_candidates(words: _Words) -> Iterator[_Candidate]:
    """A company written in Latin letters with its legal form: Queensland Sugar Ltd,
    Harvatck(HongKong)Limited, TerexCorp."""
    for match in _LATIN_COMPANY.finditer(words.text, _begin(words), _end(words)):
        yield _Candidate("company", match.start(), match.end(), _RANK_KNOWN)  # over HongKong (camel case)


def _ticker_candidates(words: _Words) -> Iterator[_Candidate]:
    """A name followed by its stock code, 万科A(000002.SZ), 信维通信(300136，收盘价18.25元), or by
    a news site's link to its company page, SOHO中国(企业专区,旗下楼盘)."""
    found = itertools.chain(*(p.finditer(words.text, _begin(words), _end(words)) for p in (_TICKER, _COMPANY_PAGE)))
    for match in found:
        end = match.end("name")
        start = max(_name_start(words, end, "company"), match.start("name"))
        if end not in words.by_end or start not in words.by_start or end - start < 2:
            continue
        if not _specific(words, start, end, "company"):
            continue
        yield _Candidate("company", start, end, _RANK_LIST)
    yield from _share_class_candidates(words)
    yield from _quote_candidates(words)
    yield from _estate_candidates(words)


def _estate_candidates(words: _Words) -> Iterator[_Candidate]:
    """A housing estate (a project) named before a property site's links to its pages: the
    words back to a function word, a verb or a count (目睹了 + 现代城, 介绍一下 + MOMA万万树)."""
    for match in _ESTATE_PAGE.finditer(words.text, _begin(words), _end(words)):
        end = match.end("name")
        index = words.by_end.get(end)
        first = index
        while first is not None and first > 0 and not _ends_estate_name(words.items[first - 1]):
            first -= 1
        if (
            first is not None
            and end - words.items[first].start >= 2
            and words.items[first].start >= match.start("name")
        ):
            yield _Candidate("project", words.items[first].start, end, _RANK_LIST)


def _ends_estate_name(word: _Word) -> bool:
    """Does ``word`` stand before an estate's name: a function word, a verb, a count (一下, 两个)?"""
    counted = word.pos == "m" and word.text[:1] in "一两几"
    return word.pos in _ESTATE_STOPS or (word.pos == "v" and len(word.text) > 1) or counted


_ESTATE_STOPS = frozenset({"p", "d", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "x", "r", "y"})


# A stock's short name before its quote, in a sentence about shares: 酒鬼酒收于16.69元,
# 吉林敖东净流入2.70亿元, 水井坊收盘20.19元.
_QUOTE = regex.compile(
    r"(?<=[，,、；;：:。！？!?\s]|^)(?P<name>\p{Han}{2,6}?)(?:收于|收盘价?(?:为|报)?|收报|报收|净流入|净流出)(?=\d)"
)
_SHARES = regex.compile(r"股|涨停|跌停")
_MARKET_WORDS = regex.compile(r"[价指盘市]|个股|期货")  # 停牌前股价, 沪指, 大盘, 两市: no stock's name


# The words of a quote, one of which every match of ``_QUOTE`` holds.
_QUOTE_WORDS = re.compile("收于|收盘|收报|报收|净流入|净流出")


def _quote_candidates(words: _Words) -> Iterator[_Candidate]:
    if not _QUOTE_WORDS.search(words.text, _begin(words), _end(words)):
        return  # most articles quote no stock: ``_QUOTE`` is tried at every offset, this at few
    for match in _QUOTE.finditer(words.text, _begin(words), _end(words)):
        start, end = match.span("name")
        sentence = words.text[sentence_start(words.text, start, _begin(words)) : start]
        if start not in words.by_start or not _SHARES.search(sentence) or _MARKET_WORDS.search(match.group("name")):
            continue
        if _specific(words, start, end, "company") and not _is_generic(match.group("name"), "company"):
            yield _Candidate("company", start, end, _RANK_LIST)


_SHARE_CLASS = regex.compile(r"(?<=\p{Han})[AB](?![A-Za-z0-9股])")  # the class letter; the name is before it


def _share_class_candidates(words: _Words) -> Iterator[_Candidate]:
    """A stock's short name with its share class: 万科A, 新大洲A, 南玻A (not A股, the market)."""
    for match in _SHARE_CLASS.finditer(words.text, _begin(words), _end(words)):
        end = match.start()
        index = words.by_end.get(end)
        if index is None or index + 1 >= len(words.items) or words.items[index + 1].start != end:
            continue
        first = index if len(words.items[index].text) >= 2 else index - 1  # 南/ns 玻/n A
        if (
            first < 0
            or not 2 <= end - words.items[first].start <= 5
            or not _HAN.fullmatch(words.text[words.items[first].start : end])
        ):
            continue
        start = words.items[first].start
        pieces = words.items[first : index + 1]
        if all(piece.pos in _TRADE_NAME_TAGS | {"n"} for piece in pieces) and _specific(words, start, end, "company"):
            yield _Candidate("company", start, match.end(), _RANK_LIST)


def _place_name(text: str) -> bool:
    return known().get(text, ("",))[0] == "place" or resolve(text) is not None


def _known_candidates(words: _Words) -> Iterator[_Candidate]:
    """Known bodies (国务院, 中钢协), with the place or the State Council written right before
    them (江西省国资委, 国务院国资委), and brand names in camel case (DisplaySearch)."""
    table = known()
    openers = [t for t in words.by_text if t in table or (t.isascii() and _CAMEL.fullmatch(t))]  # most words: neither
    for index in words.written(openers):
        word = words.items[index]
        entry = table.get(word.text)
        if entry is not None and entry[0] == "organization":  # places: _place_candidates
            before = words.items[index - 1] if index > 0 else None
            local = before is not None and before.pos in ("ns", "n") and _place_name(before.text)  # 五常市/n
            joined = ("国务院", "国家", *_LEVELS)  # 国务院 + 国资委, 国家 + 电监会, 省 + 统计局
            local = local or (before is not None and before.text in joined)
            start = before.start if local and before else word.start
            if (
                before is not None
                and not local
                and _level_prefix(before, words.items[index - 2] if index > 1 else None)
            ):
                start = before.end - 1  # 据省/n 统计局: the level glued to a preposition
            yield _Candidate(entry[0], start, word.end, _RANK_KNOWN)
        elif word.pos == "eng" and _CAMEL.fullmatch(word.text):
            after = words.text[word.end : word.end + 4].lstrip()
            if after.startswith(_EVENT_WORDS):
                continue  # GridWeek 大会: an event named in camel case
            end = word.end + 2 if words.text.startswith("公司", word.end) else word.end  # HutaStalowaWola公司
            yield _Candidate("company", word.start, end, _RANK_KNOWN)


@functools.cache
def lexicon() -> frozenset[str]:
    """Company names known without a suffix (格力电器, 阿里巴巴): ``names_lexicon.tsv``."""
    return frozenset(read_words("names_lexicon.tsv"))


@functools.cache
def _lexicon_prefixes() -> frozenset[str]:
    return frozenset(name[:cut] for name in lexicon() for cut in range(1, len(name) + 1))


_LEXICON_WORDS = 4
_MODEL_CODE = regex.compile(r"[A-Za-z0-9]")


def _lexicon_word(text: str) -> bool:
    """One jieba word made of a known name and an industry word: 华为技术."""
    return len(text) >= 4 and any(
        text[:cut] in lexicon() and text[cut:] in industry_words() for cut in range(2, len(text) - 1)
    )


def _lexicon_end(items: Sequence[_Word], first: int) -> int | None:
    """The last word of the longest known name made of whole words from ``first``."""
    names, prefixes = lexicon(), _lexicon_prefixes()
    joined, last = "", None
    for index in range(first, min(first + _LEXICON_WORDS, len(items))):
        joined += items[index].text
        if joined not in prefixes:
            break
        if joined in names:
            last = index
    if last is None and _lexicon_word(items[first].text):
        return first
    return last


def _known_name_end(items: Sequence[_Word], last: int) -> int:
    """``_industry_end`` for a known company's name, whose industry words stay out when
    they open a noun phrase (西门子 + 环保业务, 海尔 + 智能家电系统: the company's line of
    business, not its name)."""
    end = _industry_end(items, last)
    after = items[end + 1] if end + 1 < len(items) else None
    if end > last and after is not None and after.pos in ("n", "vn") and after.text not in suffixes():
        return last
    return end


def _industry_end(items: Sequence[_Word], last: int) -> int:
    """The index of the last industry word right after word ``last`` (三星 + 电子, 华润 + 水泥),
    or ``last`` when none follows."""
    while last + 1 < len(items) and items[last + 1].text in industry_words():
        last += 1
    return last


@functools.cache
def _known_company_names() -> frozenset[str]:
    return frozenset(name for name, (label, _) in known().items() if label == "company")


@functools.cache
def _known_company_heads() -> frozenset[str]:
    """The beginnings of known company names (中国 of 中国铝业), to test a cut name quickly."""
    return frozenset(name[:cut] for name in _known_company_names() for cut in range(1, len(name)))


def _known_companies(words: _Words) -> Iterator[_Candidate]:
    """Known short names of companies (中石化, 中粮, 首钢) with the industry words after
    them (华润 + 水泥), weak: any longer name found around one wins (中粮集团, 华润雪花,
    中石油西南油气田)."""
    items, table, heads = words.items, known(), _known_company_heads()
    named = words.written(_known_company_names())
    after_heads = [index + 1 for index in words.written(heads) if index + 1 < len(items)]
    for index in sorted({*named, *after_heads}):  # the only words the tests below can pass
        word, first = items[index], index
        if table.get(word.text, ("",))[0] != "company":
            if index == 0 or items[index - 1].text not in heads:
                continue
            if table.get(items[index - 1].text + word.text, ("",))[0] != "company":
                continue
            first = index - 1  # 中国/ns 铝业/n: a known name jieba cut in two
        last = min(_industry_end(items, index), index + 1)  # 联想 + 控股, not + 控股投资 (a phrase)
        if last + 1 < len(items) and items[last + 1].pos in ("n", "vn") and not _former(items[last + 1]):
            last = index  # 八钢 + 建材资源: the industry word begins a noun phrase; not + 原/n 董事长
        yield _Candidate("company", items[first].start, items[last].end, _RANK_FORM)  # beside a short form, the longer


def _former(word: _Word) -> bool:
    """Is ``word`` a one-character modifier of a post (原, 前: former; 副), which opens no noun
    phrase with the industry word before it (中煤能源 原董事长)? Not 市场, 技术: 水泥市场."""
    return len(word.text) == 1 and titles().get(word.text, ("", ""))[0] == "modifier"


def _lexicon_candidates(words: _Words) -> Iterator[_Candidate]:
    """One to four whole words that make a known company name, with the industry words
    after it (三星 + 电子, 华为技术); not in quotes (制造业“阿里巴巴”) nor before a model
    code (奇瑞A3). Before 记者 the name is a paper's (南都记者), an organisation."""
    items, prefixes = words.items, _lexicon_prefixes()
    # The words that begin a known name, or are one glued to an industry word (华为技术):
    # _lexicon_end gives None at once for any other word. Most words are neither.
    openers = [text for text in words.by_text if text in prefixes or (len(text) >= 4 and _lexicon_word(text))]
    for first in words.written(openers):
        last = _lexicon_end(items, first)
        if last is None:
            continue
        last = _known_name_end(items, last)
        before, after = words.text_of(first - 1), words.text_of(last + 1)
        if before.endswith(("“", '"', "‘")) or _MODEL_CODE.match(after):
            continue
        label = "organization" if after == "记者" or words.text.startswith("记者", items[last].end) else "company"
        yield _Candidate(label, items[first].start, items[last].end, _RANK_LIST)  # 南都记者: a paper's


_BROAD_TRADES = frozenset({"资产", "产业", "国际", "发展"})  # say no line of business: 上海梅林资产质量


# A proper name before a telling trade: jieba knows 振华/nz; 金健/nr it takes for a person,
# but no person's name is followed by 米业 or 重工.
_TRADE_OWNER_TAGS = frozenset({"nz", "nrt", "nr"})
_TELLING_TRADES = frozenset(
    {
        "米业",
        "药业",
        "酒业",
        "乳业",
        "钢铁",
        "电器",
        "电子",
        "光电",
        "重工",
        "汽车",
        "轮胎",
        "机电",
        "电气",
        "化工",
        "水泥",
        "纸业",
        "矿业",
        "煤业",
        "铝业",
        "置业",
        "地产",
        "化学",
        "石化",
        "制药",
        "光纤",
        "机械",
        "电机",
    }
)
_LATIN_BRAND = regex.compile(r"[A-Z]{2,5}")  # LG + 电子, TCL + 集团: an acronym brand before a trade


def _trade_candidates(words: _Words) -> Iterator[_Candidate]:
    """A place, a proper name and industry words: a company written without its suffix
    (珠海/ns 德豪/nr 电器, 深圳/ns 华星/nz 光电)."""
    items = words.items
    for index in words.tagged_as(("ns",)):
        if index >= len(items) - 2:
            break
        place, name = items[index], items[index + 1]
        country = known().get(place.text, ("", ""))[1] == "country"  # 韩国 + 现代汽车: a place of its own
        if country or not _place_name(place.text) or not _trade_piece(name):
            continue
        last = _industry_end(items, index + 1)
        trades = {word.text for word in items[index + 2 : last + 1]}
        if trades - _BROAD_TRADES:
            yield _Candidate("company", place.start, items[last].end, _RANK_FORM)
        elif last == index + 1 and _local_brand(words, index):
            yield _Candidate("company", place.start, name.end, _RANK_FORM)
    for index in (i - 1 for i in words.written(_TELLING_TRADES) if i > 0):  # the word before a telling trade
        name = items[index]
        owner = (name.pos in _TRADE_OWNER_TAGS and _trade_piece(name)) or _LATIN_BRAND.fullmatch(name.text) is not None
        if not owner:
            continue
        last = _industry_end(items, index)
        if last + 1 >= len(items) or not _name_goes_on(items[last + 1]):  # not 金健米业 + 股份 / 公司
            yield _Candidate("company", name.start, items[last].end, _RANK_FORM)


_TAKEOVER_VERBS = frozenset({"收购", "并购", "兼并", "重组", "创办", "创立"})
_TAKEOVER_NAME_TAGS = frozenset({"n", "nr", "nrt", "nz", "ns", "j", "vg", "nt"})
_VAGUE_TRADES = _BROAD_TRADES | {"管理", "服务", "经营", "销售", "开发", "建设", "技术", "信息", "工程", "制造"}


def _takeover_candidates(words: _Words) -> Iterator[_Candidate]:
    """The firm taken over or founded, a name and industry words right after the verb (收购了
    新疆/ns 八一/nr 钢铁/n 进入, 收购哈尔滨/ns 啤酒/n ，, 创办的晓清/nr 环保/j): what is taken
    over or founded is a firm, and the trade word says so. A function word or a mark must
    follow (not 收购哈尔滨啤酒 + 股权 or + 公司, which the suffix rule reads), and the name must
    be more than a place."""
    items = words.items
    for index in words.written(_TAKEOVER_VERBS):
        first = index + 2 if words.text_of(index + 1) in ("了", "的") else index + 1
        stop = first
        while stop < min(first + 3, len(items)) and _takeover_piece(items[stop]):
            stop += 1
        last = _industry_end(items, stop - 1)
        after = items[last + 1] if last + 1 < len(items) else None
        if stop == first or last < stop or (after is not None and after.pos not in _FUNCTION_TAGS):
            continue
        if items[last].text in _VAGUE_TRADES:
            continue  # 并购贷款风险管理: a kind of work, not a firm's trade
        start, trade = items[first].start, items[stop].start
        if _place_name(words.text[start:trade]) or not _specific(words, start, trade, "company"):
            continue
        yield from (replace(c, rank=_RANK_LIST) for c in _split_origin(words, start, items[last].end))


def _takeover_piece(word: _Word) -> bool:
    """A word of the name after a takeover verb: a noun or a name, or a numeral that counts
    nothing (八一/m 钢铁; not 两家/m)."""
    if word.text in industry_words() or word.text in generic():
        return False
    counted = word.pos == "m" and (len(word.text) < 2 or not _HAN.fullmatch(word.text) or _count(word))
    return word.pos in _TAKEOVER_NAME_TAGS or (word.pos == "m" and not counted and word.text[-1] not in _COUNT_ENDS)


_BRAND_OPENERS_NOT = _GLUED_FUNCTION_CHARS | {"如", "像"}  # 重庆如/…: a preposition, no brand


def _local_brand(words: _Words, index: int) -> bool:
    """A Chinese division and a two-character proper name ending a phrase (无锡/ns 尚德/nr 共同,
    定南/ns 大华/nz 和): a firm named by its city, as 浙江吉利. Not a foreign city (巴黎宝藏) nor
    a phrase in quotes (“云南荣耀”: a slogan)."""
    items = words.items
    place, name = items[index], items[index + 1]
    after = items[index + 2] if index + 2 < len(items) else None
    if name.pos not in ("nr", "nz") or len(name.text) != 2 or after is None or after.pos not in _FUNCTION_TAGS:
        return False
    quoted = words.text_of(index - 1) == "“" and after.text == "”"
    if quoted or name.text[-1] == "某" or name.text[0] in _BRAND_OPENERS_NOT:
        return False  # 无极县李某: a person; 重庆如/…: a preposition glued on
    if resolve(name.text) is not None or resolve(place.text + name.text) is not None:
        return False  # 上海宝山: a district of the city, no firm
    return resolve(place.text) is not None


def _name_goes_on(word: _Word) -> bool:
    """Does ``word`` continue the name before it (金健米业 + 股份), unlike a model number
    (振华重工 + 3800T/eng)?"""
    return word.pos in _NAME_TAGS and not (word.pos == "eng" and word.text[:1].isdigit())


def _trade_piece(word: _Word) -> bool:
    """Can ``word`` be the proper part of a trade name: two or more Han characters jieba
    tags a name (or a place our divisions do not know: 美涂士/ns, 西湖/ns), not a known
    place, not a generic or boundary word?"""
    if word.pos not in ("nr", "nrt", "nrfg", "nz", "ns") or len(word.text) < 2 or not _HAN.fullmatch(word.text):
        return False
    return not _place_name(word.text) and boundaries().get(word.text) is None and word.text not in generic()


_DEMONSTRATIVES = frozenset({"这", "那", "该", "每", "这一", "那一", "同一"})
_CLASSIFIER_SURNAMES = frozenset("段张条项位名支")  # family names that are also classifiers


def _person_candidates(words: _Words) -> Iterator[_Candidate]:
    """Words tagged as person names that the sentence treats as persons.

    A name is a person when speech follows (李东生表示), when it stands in a list of such
    names (吴锦、方晓阳、胡敏), or when the article names it more than once.
    """
    items = words.items
    names = [i for i in words.tagged_as(("nr", "nrfg")) if _is_name(items[i].text)]
    foreign = [i for i in words.tagged_as(("nr", "nrt")) if _foreign_speaker(words, i)]
    names = sorted({*names, *foreign})  # 帕尔默还表示: a foreign name, when speech follows
    counts: dict[str, int] = {}
    for index in names:
        counts[items[index].text] = counts.get(items[index].text, 0) + 1
    named = set(names)  # once, not for each name it is tested against
    listed = {i for i in names if _listed_with_name(words, i, named)}
    brands = {items[i].text for i in names if _brand_like(words, i)}
    for index in names:
        word = items[index]
        if index > 0 and items[index - 1].text in _DEMONSTRATIVES and word.text[0] in _CLASSIFIER_SURNAMES:
            continue  # 这/r 段时间/nr: a demonstrative, a classifier and a noun, no 段 family
        speech = _speaks(words, index + 1) or words.text.startswith(_POLITE_FORMS, word.end)  # 杜裴然女士
        speech = speech or (len(word.text) == 3 and index > 0 and _occupation(items[index - 1]))  # 茶商吴军浩
        speech = speech or _beside_kin(words, index)  # 薛伟成之子薛嘉琛
        repeated = counts[word.text] > 1 and len(word.text) == 3 and word.text not in brands
        if speech or ((index in listed or repeated) and not _place_name(word.text)):  # not 石家庄, 龙岗
            yield _Candidate("person", word.start, word.end - _glued_verb(words, index), _RANK_WORD)
    verbs = (i for i in words.written(_speech_words()) if i >= 2)
    for index in verbs:  # 佘/zg 万能/nz 告诉: a name jieba cut after its family name
        family, given = items[index - 2], items[index - 1]
        if _split_name(family, given, items[index]) or _cut_after_two(family, given, items[index]):
            yield _Candidate("person", family.start, given.end, _RANK_WORD)  # 盛来/v 运 表示
        elif _glued_before_speech(given):
            yield _Candidate("person", given.start, given.start + 3, _RANK_WORD)  # 陈建宏不愿/nr 透露
        elif _set_phrase_name(words, index - 1):
            yield _Candidate("person", given.start, given.end, _RANK_WORD)  # 。盛运来/l 表示
    for match in _BYLINE.finditer(words.text, items[0].start if items else 0, _end(words)):
        yield _Candidate("person", *match.span("name"), _RANK_WORD)  # (朱玲烨/文)
    yield from _byline_names(words)
    for index in words.written(("·",)):
        if 0 < index < len(items) - 1:
            before, after = items[index - 1], items[index + 1]
            if _dotted_name(before) and _dotted_name(after):
                end = _dotted_stop(items[_dotted_end(items, index + 1)])
                if not _dotted_common(before, after, words.text[after.start : end]):
                    yield _Candidate(
                        "person", items[_dotted_start(items, index - 1)].start, end, _RANK_WORD
                    )  # 马克斯·宁德


def _dotted_common(before: _Word, after: _Word, rest: str) -> bool:
    """Are the words beside a middle dot no foreign name: one character each (文·图, a credit;
    ``rest`` is all that follows the dot), or a place, then a word not written by sound
    (东亚·瑞晶苑, 中国·无锡; not 米兰·昆德拉)?"""
    if len(before.text) == 1 and len(rest) == 1:
        return True
    return _place_name(before.text) and _unsounded(after.text) > 0


def _dotted_start(items: Sequence[_Word], first: int) -> int:
    """The first word of a dotted name whose part before the dot ends with word ``first``:
    words written by sound that jieba cut from it (费尔/nr 迪南·沙德尔), but for one that is a
    dotted name's end itself (阿卜杜勒·卡拉勒 和)."""
    while first > 0 and _sounded(items[first - 1], 2) and (first < 2 or items[first - 2].text != "·"):
        first -= 1
    return first


def _name_piece_closed(items: Sequence[_Word], index: int) -> bool:
    """Is word ``index`` a piece of a dotted name's last part: a word of two or three Han
    characters jieba tags a name, followed by a mark, a time or the text's end?"""
    word = items[index]
    if word.pos not in ("nr", "nrt", "nz") or not 2 <= len(word.text) <= 3 or not _HAN.fullmatch(word.text):
        return False
    return _name_closed(items[index + 1] if index + 1 < len(items) else None, ("x", "t"))


def _dotted_stop(last: _Word) -> int:
    """Where a dotted name ends in its last word: before a last character not written by sound
    that jieba glued to a part written by sound (约翰·拉贝死/nr 了 → 拉贝)."""
    text = last.text
    glued = len(text) >= 3 and text[-1] in _GLUED_AFTER_NAME and _unsounded(text[:-1]) == 0
    return last.end - 1 if glued else last.end


_GLUED_AFTER_NAME = frozenset("死说称在是的了和与也就都将又还等被把向对为")  # not 蒙吉奈: a name's own end


def _dot_ahead(items: Sequence[_Word], index: int) -> int | None:
    """The middle dot after word ``index`` and the words written by sound jieba cut from its
    part (皮特·库克; 费尔/nr 迪南/nr ·), when a part follows the dot; else ``None``."""
    dot = index + 1
    if dot < len(items) and items[dot].text != "·" and _sounded(items[index]):
        while dot < len(items) - 1 and dot - index <= 2 and _sounded(items[dot]):
            dot += 1
    follows = dot + 1 < len(items) and _HAN.fullmatch(items[dot + 1].text) is not None
    return dot if dot < len(items) and items[dot].text == "·" and follows else None


def _sounded(word: _Word, shortest: int = 1) -> bool:
    """Is ``word`` a piece of a foreign name: a word of ``shortest`` to three characters, each
    of those Chinese writes foreign names with?"""
    return shortest <= len(word.text) <= 3 and _unsounded(word.text) == 0


def _dotted_end(items: Sequence[_Word], last: int) -> int:
    """The last word of a dotted name whose part after the dot is word ``last``: a further dot
    and part (菲利普·西摩尔·霍夫曼), or a transliterated word jieba cut from it (皮特·考/v 蒂斯/nrt)."""
    while last + 1 < len(items):
        after = items[last + 1]
        if after.text == "·" and last + 2 < len(items) and _dotted_name(items[last + 2]):
            last += 2
        elif (after.pos == "nrt" and _HAN.fullmatch(after.text) and len(after.text) <= 3) or _sounded(after):
            last += 1  # 皮特·考/v 蒂斯/nrt, 卡斯特/nr 亚诺斯
        elif _name_piece_closed(items, last + 1):
            last += 1  # 埃文·毛/nr 赛尔/nz ，: a piece jieba tags a name, then the name ends
        else:
            break
    return last


# Characters Chinese writes foreign names with (Xinhua's transliteration tables, the commonest).
_TRANSLITERATION = frozenset(
    "阿埃艾安奥巴贝本比波伯布查达戴德迪蒂杜顿多恩法菲费弗福盖戈格古哈海汉赫亨胡霍基吉加杰金卡凯康科克库"
    "拉莱兰劳勒雷里利林卢鲁伦罗洛马麦曼梅门米姆穆纳内尼纽努诺欧帕佩皮普奇乔切琼萨塞森沙舍斯松苏索塔泰汤"
    "特廷图托瓦威维温沃乌西希谢辛休逊雅亚扬耶伊因尤约詹泽扎尔默潘南蒙丹丽娜莎莉黛茨兹翰鲍佐莫奎芬昆丁"
)


def _unsounded(text: str) -> int:
    """How many characters of ``text`` are not among those Chinese writes foreign names with."""
    return sum(char not in _TRANSLITERATION for char in text)


def _transliterated(text: str) -> bool:
    """Is ``text`` a foreign name of three or four characters written by sound (帕尔默, 格林斯潘)?"""
    return 3 <= len(text) <= 4 and _unsounded(text) == 0


def _foreign_speaker(words: _Words, index: int) -> bool:
    """A foreign name right before speech (帕尔默还表示), whole: not the last part of a dotted
    name (维克多·科马尔金) nor the end of one jieba cut (扎耶 + 姆斯基)."""
    if not _transliterated(words.items[index].text) or not _speaks(words, index + 1):
        return False
    before = words.text_of(index - 1) if index > 0 else ""
    return before != "·" and not (before and _unsounded(before) == 0)


def _glued_verb(words: _Words, index: int) -> int:
    """1 if word ``index`` is a two-character name with 说 or 称 glued to it that ends the
    clause (王川称/nr 。), else 0."""
    text, after = words.items[index].text, words.text_of(index + 1)
    return int(len(text) == 3 and text[-1] in "说称" and (not after or words.items[index + 1].pos == "x"))


def _speaks(words: _Words, index: int) -> bool:
    """Is word ``index`` a reporting verb, maybe after an adverb or a time (邓锋就曾表示,
    秦洪昨天也表示, 帕尔默还表示)?"""
    for word in words.items[index : index + _SPEECH_REACH + 1]:
        if boundaries().get(word.text) == "speech":
            return True
        if word.pos not in ("d", "t"):
            return False
    return False


_SPEECH_REACH = 2  # adverbs and times between a name and its reporting verb


_KIN = frozenset({"之子", "之女", "之妻", "之夫", "之父", "之母"})


def _beside_kin(words: _Words, index: int) -> bool:
    """Does a kinship word stand right before or after the name at ``index`` (薛伟成之子薛嘉琛)?"""
    return words.text_of(index - 1) in _KIN or words.text_of(index + 1) in _KIN


def _set_phrase_name(words: _Words, index: int) -> bool:
    """A three-character name jieba took for a set phrase, opening a clause before a reporting
    verb (?盛运来/l 表示)."""
    word = words.items[index]
    clause = index == 0 or words.items[index - 1].pos == "x"
    return word.pos in ("l", "i") and clause and _is_name(word.text) and not _place_name(word.text)


def _glued_before_speech(word: _Word) -> bool:
    """A three-character name jieba glued to the adverb after it (陈建宏不愿/nr 透露)."""
    long = word.pos in ("nr", "nrfg") and len(word.text) > 3
    return long and _name_length(word.text) == 3 and _is_name(word.text[:3])


def _byline_names(words: _Words) -> Iterator[_Candidate]:
    """The names of a line that holds nothing but names (张丽华 李娟): the article's authors.
    The lines are tried at their starts only, where a search tried every offset."""
    begin, end = _begin(words), _end(words)
    for line in matches_at(_BYLINE_LINE, _line_starts(words.text, begin, end), words.text, begin, end):
        names = list(regex.finditer(r"\p{Han}+", line.group(0)))
        if all(_is_name(n.group(0)) for n in names):
            for n in names:
                yield _Candidate("person", line.start() + n.start(), line.start() + n.end(), _RANK_WORD)


def _line_starts(text: str, begin: int, end: int) -> list[int]:
    """The offsets in ``[begin, end)`` where ``^`` matches in multiline mode: the text's
    start and each offset after a newline."""
    starts = [begin] if begin == 0 or text[begin - 1] == "\n" else []
    return starts + [match.end() for match in _NEWLINE.finditer(text, begin, end)]


_NEWLINE = re.compile("\n")


def _cut_after_two(first: _Word, last: _Word, after: _Word) -> bool:
    """盛来/v 运/n 表示: a family name and a given name's first character, then its last
    character alone, right before speech."""
    if len(first.text) != 2 or first.text[0] not in surnames() or first.pos in _FUNCTION_TAGS - {"v"}:
        return False
    if len(last.text) != 1 or not _given_name(last, after) or first.text in titles():
        return False
    return _is_name(first.text + last.text) and not _is_generic(first.text, "any")


def _split_name(family: _Word, given: _Word, after: _Word) -> bool:
    """佘/zg 万能/nz 告诉: a family name, a given name jieba cut off, then speech; not
    向 笔者 表示 (a preposition and a noun) or 文 经理 称 (a family name and a post)."""
    if len(family.text) != 1 or family.text not in surnames() or family.text in _TRAILING:
        return False
    if boundaries().get(after.text) != "speech" or not 1 <= len(given.text) <= 2 or given.pos not in _PERSON_TAGS:
        return False
    common = given.text in titles() or given.text in _NOT_GIVEN or given.text in _ADDRESS_FORMS
    common = common or _is_generic(given.text, "person")  # 雷/nr 师傅/n 说: a form of address, no given name
    return not common and _given_name(given, after)


def _is_name(text: str) -> bool:
    if not 2 <= len(text) <= 3 or text[0] not in surnames():
        return False
    if text in _ADDRESS_FORMS or text[1:] in _ADDRESS_FORMS or text[1:] in titles():
        return False  # 郭先生/nr 介绍, 吴老板: a surname and a form of address or a post; 师傅/nr 说
    if len(text) == 3 and text[-1] in _NOUN_ENDS:
        return False  # 安全性/nr, 常见病/nr: jieba tags words that open with a surname as names
    return not _is_generic(text, "person") and _HAN.fullmatch(text) is not None


def _occupation(word: _Word) -> bool:
    """Is ``word`` a trade or a walk of life written before a full name (茶商, 牧民, 农民)?"""
    return word.pos == "n" and len(word.text) == 2 and word.text[-1] in "商民"


_NOUN_ENDS = frozenset("性病壳率度器剂症")  # end common nouns, never a given name


def _brand_like(words: _Words, index: int) -> bool:
    """Is the name at word ``index`` written as a brand: in quotes (“温斯帝”), or listed next to
    a word in Latin letters (Cree、欧司朗和日亚; 高尔夫、GTI)? A name the article repeats is then
    no person for the repeating alone."""
    items, word = words.items, words.items[index]
    if words.text[word.start - 1 : word.start] == "“" and words.text[word.end : word.end + 1] == "”":
        return True
    neighbours = (index - 2, index + 2)
    joined = [i for i in neighbours if 0 <= i < len(items) and items[(i + index) // 2].text in ("、", "和")]
    return any(_LATIN_WORD.fullmatch(items[i].text) for i in joined)


_LATIN_WORD = regex.compile(r"[A-Za-z][A-Za-z0-9-]*")


def _listed_with_name(words: _Words, index: int, names: set[int]) -> bool:
    """Is word ``index`` next to another person name, with 、 between (吴锦、方晓阳)?"""
    items = words.items
    return (index - 2 in names and items[index - 1].text == "、") or (
        index + 2 in names and index + 1 < len(items) and items[index + 1].text == "、"
    )


@functools.cache
def list_heads() -> dict[str, str]:
    """Head noun closing a list of names → the label of the listed names."""
    return {head: label for head, (label,) in read_map("names_lists.tsv").items()}


def _list_candidates(words: _Words) -> Iterator[_Candidate]:
    """Names listed with a head noun that says what they are.

    The head follows the list (GE、西门子和东芝五家企业; 力拓、必和必拓等矿业巨头) or comes
    before it with 包括/如 (上市企业包括万东医疗、鱼跃医疗等).
    """
    items = words.items
    # The only words _closes_list or _counts_projects can pass: 等, 五家, 三个, 两项.
    closers = [text for text in words.by_text if text == "等" or text.endswith(("家", "个", "项"))]
    for index in words.written(closers):
        if not (_closes_list(items[index]) or _counts_projects(items, index)):
            continue
        if index > 0 and _closes_list(items[index - 1]):
            continue
        after = _head_after(words, index)
        spans = _list_items(words, index, after)
        label = after or (_head_before(words, spans[-1][0]) if spans else None)
        if label != "project":  # only a project's name runs long: 罗田水库-铁岗水库输水隧洞工程
            spans = [(start, end) for start, end in spans if end - start <= _MAX_ITEM]
        label = label or _trade_list(words, spans)
        if label is not None and len(spans) >= 2 and not _lists_products(words, index):
            yield from _list_names(words, label, spans)
    yield from _open_lists(words)


def _open_lists(words: _Words) -> Iterator[_Candidate]:
    """Companies listed after a head and 包括/还有 up to the clause's end, without 等
    (上市公司还有澳洋科技、湖北金环、新乡化纤。)."""
    items = words.items
    for opener in words.written(_OPEN_LIST_OPENERS):  # the list must be opened
        index = next(
            (i for i in range(opener + 1, min(opener + 40, len(items))) if items[i].text in _CLAUSE_ENDS), None
        )
        if index is None or items[index - 1].text == "等" or all(w.text != "、" for w in items[opener:index]):
            continue
        spans = [(start, end) for start, end in _list_items(words, index) if end - start <= _MAX_ITEM]
        if len(spans) < 2 or not words.text.endswith(_OPEN_LIST_OPENERS, 0, spans[-1][0]):
            continue  # 企业更有信心、更有希望: 有 opens no list here
        if _head_before(words, spans[-1][0]) == "company":
            yield from _list_names(words, "company", spans)


_CLAUSE_ENDS = frozenset({"。", "，", ",", "；", ";"})
_OPEN_LIST_OPENERS = ("包括", "还有", "如", "例如", "比如")


def _list_names(words: _Words, label: str, spans: list[tuple[int, int]]) -> Iterator[_Candidate]:
    """The names of a list whose items are ``label`` names."""
    first = min((start for start, _ in spans), default=0)
    kept = {end: _trim_item(words, start, end, label, first) for start, end in spans}  # 、直营连锁营销网络建设、
    spans = [(_trim_lead(words, start, end, label), end) for start, end in spans]  # 推进 X、Y等项目
    named = label == "project" and any(_proper(words, start, end) for start, end in spans)
    if label == "company" and _lists_industries(words, spans):
        return  # 造船、高端铸锻、新能源客车、高速机车配套等企业: kinds of firm, not names
    if label == "project" and any(_place_item(words.text[start:end]) for start, end in spans):
        return  # 高新区、经开区等园区: the parks are named by their places
    for start, end in spans:
        generic = start == end or _is_generic(words.text[start:end], label)
        generic = generic or (label == "company" and _industry_item(words, start, end))
        generic = generic or (label == "organization" and not _body_like(words, start, end))
        if generic or not (label != "project" or _proper(words, start, end) or (named and end - start >= 4)):
            continue  # 磺酸盐、无灰分散剂等 are projects; not 铁路、电力等项目
        if label == "company":  # 宜兴市 + 长江稀土冶炼厂, as for a name with a suffix
            yield from (replace(c, rank=_RANK_LIST) for c in _split_origin(words, start, end))
        else:
            rank = _RANK_SUFFIX if _work_on_named(words, start, end) else _RANK_LIST
            yield _Candidate(label, min(start, kept.get(end, start)), end, rank)


def _body_like(words: _Words, start: int, end: int) -> bool:
    """Does a listed item name a body: a proper name in it, a body's suffix or a known body
    (not 书法、美术、篮球等学科协会: subjects, whose associations the head names)?"""
    text = words.text[start:end]
    if known().get(text, ("",))[0] == "organization" or text.endswith(_suffixes_of("organization")):
        return True
    return any(word.pos in _PROPER_TAGS or word.pos == "j" for _, word in _pieces(words, start, end))  # 北大/j


def _work_on_named(words: _Words, start: int, end: int) -> bool:
    """Is a listed item the work done on a project named inside it (南通家纺生产基地 + 扩建)?
    The whole item is the listed project, and wins over the name its suffix gives."""
    index = words.by_end.get(end)
    if index is None or index == 0 or words.items[index].text not in _WORKS:
        return False
    return words.items[index].start > start and words.items[index - 1].text.endswith(_suffixes_of("project"))


@functools.cache
def _suffixes_of(label: str) -> tuple[str, ...]:
    """The suffixes that head a ``label`` name (project: 项目, 基地, 电站), for ``str.endswith``."""
    return tuple(s for s, (kind, _) in suffixes().items() if kind == label)


_WORKS = frozenset({"扩建", "改造", "改扩建", "建设", "升级", "搬迁", "技改"})


def _trim_item(words: _Words, start: int, end: int, label: str, first: int) -> int:
    """Where a listed item starts without the verbs that open it: the first item's lead words
    (推进 X、Y等项目) go, but an item after 、 keeps the modifiers of its name (、直营/b
    连锁/vn 营销网络建设、), which has its left edge."""
    if start == first or (index := words.by_start.get(start)) is None or words.items[index].pos == "v":
        return _trim_lead(words, start, end, label)
    return start


def _lists_products(words: _Words, close: int) -> bool:
    """Does the clause after the list's end call its items product brands (等国内外知名产品品牌)?"""
    clause = _CLAUSE_HEAD.match(words.text, words.items[close].end)
    return clause is not None and "产品品牌" in clause.group(0)


_CLAUSE_HEAD = regex.compile(r"[^，。；：、,;:]{0,12}")  # the words after a list, up to a mark


def _place_item(text: str) -> bool:
    """Is a list item a place, by name or by a place suffix (苏州, 高新区)?"""
    return _place_name(text) or text.endswith(_place_suffixes())


@functools.cache
def _place_suffixes() -> tuple[str, ...]:
    """The suffixes that head a place name (新区, 开发区), for ``str.endswith``."""
    return tuple(s for s, (label, _) in suffixes().items() if label == "place")


def _lists_industries(words: _Words, spans: Sequence[tuple[int, int]]) -> bool:
    """Are most items of a company list industries (造船、高端铸锻), so none is a name?"""
    industries = sum(1 for start, end in spans if _industry_item(words, start, end))
    return 2 * industries > len(spans)


_COUNT_WORDS = frozenset("个项批座处条")  # counters of things, not of companies (家)
_PROJECT_COUNT = regex.compile(r"[两二三四五六七八九十几\d]+[个项]")


def _counts_projects(items: Sequence[_Word], index: int) -> bool:
    """A count right before a project head closes a list as 等 does: X、Y、Z三个项目."""
    if items[index].pos != "m" or index + 1 >= len(items):
        return False
    return _PROJECT_COUNT.fullmatch(items[index].text) is not None and _head_label(items[index + 1]) == "project"


def _industry_item(words: _Words, start: int, end: int) -> bool:
    """Is a list item an industry, common words opened by an industry word (造船、高端铸锻、
    新能源客车等企业), not a company's name (红日药业, where the industry word ends it)?"""
    pieces = [word for _, word in _pieces(words, start, end)]
    common = all(word.pos in _COMMON_ITEM_TAGS for word in pieces)
    return common and bool(pieces) and pieces[0].text in industry_words()


_COMMON_ITEM_TAGS = frozenset({"n", "vn", "v", "a", "d", "b"})


def _trade_list(words: _Words, spans: Sequence[tuple[int, int]]) -> str | None:
    """A list without a head is of companies when most items are trade names, a name and
    an industry word (惠普森医药、齐鲁制药、双成药业等), or end in a company suffix (赛维LDK、
    大全集团、中冶集团等)."""
    named = sum(1 for start, end in spans if _trade_name(words, start, end) or _suffixed(words.text[start:end]))
    return "company" if named >= 2 and 2 * named >= len(spans) else None


def _suffixed(item: str) -> bool:
    """Does a list item end in a company suffix after a name of two or more characters (大全集团)?"""
    suffix = _company_suffix(item)
    return suffix is not None and len(item) - len(suffix) >= 2


def _trade_name(words: _Words, start: int, end: int) -> bool:
    """A proper name that is not a place, then an industry word: 齐鲁制药, not 混凝土机械
    (a common noun) or 黑山电动车 (an industry of a county)."""
    stop = end
    while (last := words.items[words.index_at(stop - 1)]).text in industry_words() and last.start - start >= 2:
        stop = last.start  # 凌海塑料化工 → 凌海
    name = words.text[start:stop]
    if stop == end or _place_name(name):
        return False
    proper = any(word.pos in _TRADE_NAME_TAGS for _, word in _pieces(words, start, stop))
    return proper and _specific(words, start, stop, "company")


def _head_label(word: _Word) -> str | None:
    heads = list_heads()
    if len(word.text) == 4 and heads.get(word.text[:2]) == "project":
        return "project"  # 等 + 项目前期/n 工作: jieba glues the head to the next word
    return heads.get(word.text[-2:]) or heads.get(word.text[-3:])


def _head_after(words: _Words, close: int) -> str | None:
    """The label of a head noun a few words after the list's end (等很多企业, 五家企业); a
    count between them does not use up the reach (等一批/m 拟/v 开工/v 项目)."""
    if words.text_of(close + 1) == "地":
        return None  # 北京、上海等地/uv 企业: 地 says the items are places, whatever head follows
    reach, index, noun = _HEAD_REACH, close, False
    while reach > 0 and index < len(words.items):
        word = words.items[index]
        if word.pos == "x" or (word.text == "的" and noun):  # 等领域的86个项目: a list of 领域
            return None
        if (label := _head_label(word)) is not None:
            return label
        if index <= close + 1 and _firm_count(words.items, index):
            return "company"
        noun = noun or word.pos.startswith("n")
        index += 1
        reach -= index == close + 1 or not _free_count(word, words.items[index : index + 1])
    return None


def _firm_count(items: Sequence[_Word], index: int) -> bool:
    """Is word ``index`` an exact count of firms with no noun after it (晶元、光磊及隆达等七家/m
    已在大陆建厂)? 家 counts firms; a noun after it would say what else it counts (七家医院)."""
    word = items[index]
    after = items[index + 1] if index + 1 < len(items) else None
    if word.pos != "m" or not word.text.endswith("家") or any(c in word.text for c in "余多几数"):
        return False  # 等百余家/m 报道: a rough count, of any kind of body
    return after is not None and not after.pos.startswith("n")


def _free_count(word: _Word, after: Sequence[_Word]) -> bool:
    """A count that is not of companies (一批, 几个, 20/m 个/q), unlike 22/m 家/q."""
    if word.pos == "q":
        return word.text in _COUNT_WORDS
    return word.pos == "m" and not word.text.endswith("家") and not (after and after[0].text == "家")


def _head_before(words: _Words, first: int) -> str | None:
    """The label of a head noun before 包括/如 that opens the list (个股公司如中国南车…);
    分别是 may follow a comma after the head or a count of companies (企业主要有9家，分别是…)."""
    index = words.by_start.get(first, 0) - 1
    if index > 0 and words.items[index].text in (":", "："):
        index -= 1  # 分别是：华润雪花、…
    enumerated = index > 1 and words.items[index].text in ("是", "为") and words.items[index - 1].text == "分别"
    if enumerated:
        index -= 1  # 分别/d 是/v
    elif index < 1 or words.items[index].text not in _LIST_OPENERS:
        return None
    crossed = not enumerated  # one comma may be crossed before 分别是
    for before in range(index - 1, max(index - _HEAD_REACH - 1, -1), -1):
        word = words.items[before]
        if word.text in ("，", ",") and not crossed:
            crossed = True
            continue
        if word.pos == "x":
            return None
        if word.text == "家" and before > 0 and words.items[before - 1].pos == "m":
            return "company"  # 9家: a count of companies
        if (label := _head_label(word)) is not None:
            return label
    return None


def _closes_list(word: _Word) -> bool:
    return word.text == "等" or (word.pos == "m" and word.text.endswith("家"))


def _list_items(words: _Words, close: int, label: str | None = None) -> list[tuple[int, int]]:
    """The items of the list that ends right before word ``close`` (等, 五家).

    Items are separated by 、; the last may hold a second item after 和/及/与 (东软和东芝);
    the first starts where its words stop looking like a name. In a list of projects a
    figure and a phase are part of an item (华昌光伏200兆瓦太阳能电池, 钛白粉一期) and a
    lead word ends what comes before it (推进).
    """
    items, chunks = words.items, [list[_Word]()]
    index = close - 1
    while index > 0 and items[index].text.strip("….") == "":
        index -= 1  # 东莞正科机械……等: an ellipsis before 等 closes the list as 等 does
    while index >= 0 and (
        items[index].pos != "x"
        or items[index].text in "、/“”"
        or _hyphen_joint(items, index)
        or (label == "project" and _amount_aside(items, index) is not None)
    ):
        if items[index].text == "等":
            break  # 阜新等城市拥有多家企业: an earlier list closed at 等
        if items[index].text == ")" and (opening := _amount_aside(items, index)) is not None:
            index = opening - 1  # 研发设计中心建设(3703.5万元)等3个项目: the amount each item takes
            continue
        if items[index].text in "“”":  # “太标”、“一通”等13家企业: quoted items
            if label == "project" and _inner_quote(items, index, close):
                chunks[-1].insert(0, items[index])  # 罗湖“二线插花地”棚户区改造项目: a quoted word inside
                index -= 1
                continue
            if items[index].text == "“" and (index == 0 or items[index - 1].text != "、"):
                break  # the opening quote of the first item
            index -= 1
            continue
        if items[index].text == "、":
            chunks.append([])
        else:
            chunks[-1].insert(0, items[index])
        index -= 1
    last = chunks[0]
    joint = next((i for i, w in enumerate(last) if w.text in _LIST_JOINTS), None)
    if len(chunks) < 2 and (joint is None or label != "project" or last[joint].text not in ("和", "及")):
        return []  # one item; but two projects may stand without 、 (锦懋200兆瓦和博阳200兆瓦电池组件等项目)
    if joint is not None and last[joint].start - last[0].start >= 2 and last[-1].end - last[joint].end >= 2:
        chunks[0:1] = [last[joint + 1 :], last[:joint]]
    for n, chunk in enumerate(chunks):
        ends = _ends_inner_item if n < len(chunks) - 1 else _ends_item  # after a 、 (or 和), or the first
        quoted = _quoted(chunk)
        cut = next(  # after the last word that ends what comes before the item, read from the end
            (
                i + 1
                for i in reversed(range(len(chunk)))
                if i not in quoted and ends(chunk, i, label) and not _bound_end(chunk, i)
            ),
            0,
        )
        if label == "company" and cut and _place_led(chunk):
            cut = 0  # 广州有/v 成, 东莞正/d 科机械: a company named by its city and a trade name jieba cut
        del chunk[:cut]  # 兵库县的藤野肉鸡 → 藤野肉鸡; 中东部地区以及四川 → 四川
    spans = [(chunk[0].start, chunk[-1].end) for chunk in chunks if chunk]
    if joint is None and chunks[0]:
        spans[0:1] = _glued_joint(chunks[0])
    return [(start, end) for start, end in spans if 2 <= end - start <= _MAX_BODY["project"]]


def _amount_aside(items: Sequence[_Word], index: int) -> int | None:
    """The opening bracket of an amount in brackets that ends at ``items[index]`` right after
    a listed project and before the next item or the list's end (研发设计中心建设(3703.5万元)、)."""
    if items[index].text != ")" or index + 1 >= len(items) or items[index + 1].text not in ("、", "等"):
        return None
    opening = next((i for i in range(index - 1, max(index - 4, 0), -1) if items[i].text == "("), None)
    if opening is None or opening == index - 1 or _HAN.match(items[opening - 1].text) is None:
        return None
    inner = items[opening + 1 : index]
    return opening if all(w.pos == "m" for w in inner) and inner[-1].text.endswith("元") else None


def _inner_quote(items: Sequence[_Word], index: int, close: int) -> bool:
    """Is the quote mark ``items[index]`` one of a pair that quotes a word of a list item
    (罗湖“二线插花地”棚户区改造项目, “菜篮子”工程), not the whole item (“太标”、“一通”等):
    words of the item follow the closing mark?"""
    closing = index if items[index].text == "”" else _pair_end(items, index, close)
    if closing is None or closing + 1 >= close or _pair_start(items, closing) is None:
        return False
    return _HAN.match(items[closing + 1].text) is not None


def _quoted(chunk: Sequence[_Word]) -> set[int]:
    """The places of the words between a pair of quote marks in a list item, and the marks'."""
    quoted: set[int] = set()
    opening = None
    for i, word in enumerate(chunk):
        if word.text == "“":
            opening = i
        elif word.text == "”" and opening is not None:
            quoted.update(range(opening, i + 1))
            opening = None
    return quoted


def _pair_end(items: Sequence[_Word], index: int, close: int) -> int | None:
    """The closing quote of the opening one at ``index``, before word ``close``."""
    return next((i for i in range(index + 1, min(index + 8, close)) if items[i].text == "”"), None)


def _pair_start(items: Sequence[_Word], index: int) -> int | None:
    """The opening quote of the closing one at ``index``."""
    return next((i for i in range(index - 1, max(index - 8, -1), -1) if items[i].text == "“"), None)


def _place_led(chunk: Sequence[_Word]) -> bool:
    """Does a list item open with a city or province and hold no more than a short name after
    it, so that the words after the place are the name, whatever their tags?"""
    return chunk[0].pos == "ns" and _place_name(chunk[0].text) and chunk[-1].end - chunk[0].end <= 6


def _glued_joint(chunk: Sequence[_Word]) -> list[tuple[int, int]]:
    """The last item, or two items when jieba glued 及/和 to a name beside it (万润及/nz 联建光电,
    新世纪光电 及隆/nr 达, 广晟和厦/nr 钨), second item first as ``_list_items`` orders them."""
    start, end = chunk[0].start, chunk[-1].end
    for word in chunk:
        at = word.end - 1 if word.text[-1] in _GLUED_JOINTS else word.start if word.text[0] in _GLUED_JOINTS else None
        if at is None and word.pos in _NAME_WORD_TAGS and len(word.text) >= 4:
            inner = next((i for i in range(2, len(word.text) - 1) if word.text[i] in _GLUED_JOINTS), None)
            at = None if inner is None else word.start + inner  # 广晟和厦/nr 钨: jieba took the joint for a person
        if at is not None and len(word.text) >= 2 and at - start >= 2 and end - at - 1 >= 2:
            return [(at + 1, end), (start, at)]
    return [(start, end)]


_GLUED_JOINTS = frozenset("及和与")


def _bound_end(chunk: Sequence[_Word], i: int) -> bool:
    """Is ``chunk[i]`` a bound morpheme closing the item (义县天合5万吨复合/v 剂/zg), which
    ends the item itself, not what comes before it?"""
    return i == len(chunk) - 1 > 0 and chunk[i].pos in _BOUND_TAGS


_BOUND_TAGS = frozenset({"zg", "ng", "k"})


def _hyphen_joint(items: Sequence[_Word], index: int) -> bool:
    """A hyphen between two names inside one item: 罗田水库-铁岗水库输水隧洞工程."""
    return items[index].text == "-" and 0 < index < len(items) - 1 and _joint_name(items[index - 1])


def _ends_item(chunk: Sequence[_Word], i: int, label: str | None = None) -> bool:
    """Does ``chunk[i]`` end what comes before a list item (a joint, a word no name holds)?"""
    if chunk[i].text == "-":
        return not _hyphen_joint(chunk, i)
    if label == "project":
        role = boundaries().get(chunk[i].text)
        if role in ("lead", "project") or _is_figure(chunk[i], chunk[i - 1] if i > 0 else None):
            return role == "lead"
        if chunk[i].pos in _BOUND_TAGS:
            return False  # 蓝宝石单晶棒/zg 生产线: a bound morpheme inside a product's name
    return not _list_word(chunk[i]) or chunk[i].text in _LIST_JOINTS or chunk[i].text in _LIST_OPENERS


def _ends_inner_item(chunk: Sequence[_Word], i: int, label: str | None = None) -> bool:
    """An item between two 、 has its left edge, so a locality or time word inside it is
    part of the name (、北方/f 绿色食品、, 、本溪中日/t 龙山、); other words end what comes
    before them as in the first item (兵库县的藤野肉鸡)."""
    word = chunk[i]
    if len(chunk) == 1 and _numeral_named(word):
        return False  # 、鼎元/m 、: a name jieba read as a number, alone between two 、
    if i == 1 < len(chunk) - 1 and word.text in _RUN_JOINTS and len(chunk[0].text) == 1:
        return False  # 、六/m 和/c 机械、: one character and 和 open a trade name (正广和), no joint
    inner = word.pos in _INNER_NAME_TAGS or (i == 0 < len(chunk) - 1 and word.text not in _LIST_JOINTS)
    if inner and boundaries().get(word.text) != "stop" and _HAN.fullmatch(word.text):
        return False
    return _ends_item(chunk, i, label)


def _numeral_named(word: _Word) -> bool:
    """A word jieba tags a numeral that is no number and no count: 鼎元/m, 三一/m is."""
    if word.pos != "m" or len(word.text) < 2 or not _HAN.fullmatch(word.text) or _count(word):
        return False
    return not _NUMERAL_RUN.fullmatch(word.text)


_NUMERAL_RUN = regex.compile(r"[〇零一二两三四五六七八九十百千万亿几数多余]+")


def _list_word(word: _Word) -> bool:
    """May ``word`` be part of the first item of a list (whose left end is open)?"""
    if boundaries().get(word.text) == "stop" or word.pos in ("x", "m", "t", "r"):
        return False
    return _may_continue(word, "company", None) or (len(word.text) >= 2 and word.pos in ("v", "a", "z", "nz", "g"))


_SIBLING_JOINTS = frozenset({"、", "和", "与", "及"})  # between the items of a list, of companies or of places
_CUT_TAGS = frozenset({"v", "vg", "n", "ng", "q", "m", "a", "nr"})  # 盛昌/要停止, 华润/万家


def _sibling_word(word: _Word) -> bool:
    return word.pos in _TRADE_NAME_TAGS or word.text in industry_words()


def _sibling(words: _Words, index: int, step: int, trade: str = "") -> tuple[int, int] | None:
    """The list item next to the item whose edge word is ``index``, across 、/和/与/及:
    up to three proper or industry words (not 上市公司, 专家: common nouns end it), not
    followed by a one-character word that would cut a word of the name; or a word and
    ``trade``, the industry word the company beside it ends in (江铃汽车、星马/n 汽车)."""
    items, joint = words.items, index + step
    if step < 0 and joint >= 0 and _glued_joint_end(items[joint], items[index].end):
        first = joint - 1 if joint > 0 and items[joint - 1].pos == "ns" else joint
        return items[first].start, items[joint].end - 1  # 云南/ns 英茂及/nr 光明集团: the 及 glued on
    if not 0 <= joint < len(items) or items[joint].text not in _SIBLING_JOINTS:
        return None
    span: list[int] = []
    at = joint + step
    if step < 0 and at > 0 and _closing_noun(items[at]) and _sibling_word(items[at - 1]) and _item_opens(items, at - 1):
        span.append(at)  # ，中华/nz 牙膏/n 、乐百氏: the noun closing the item before the 、
        at += step
    while (
        0 <= at < len(items)
        and (_sibling_word(items[at]) or _trade_head(items, at, step, span, trade))
        and len(span) < 3
    ):
        span.append(at)
        at += step
        if _latin_space(items, at, step):
            at += step  # LG Display: Latin words with a space between are one name
    if not span and _bare_item(items, joint + step, step):
        span.append(joint + step)  # 青啤、雪花/n 、燕京: a common word standing alone as an item
    span = _placed_item(items, span, joint, step)
    if not span:
        return None
    first, last = min(span), max(span)
    after = items[last + 1] if last + 1 < len(items) else None
    if after is not None and len(after.text) == 1 and after.pos in _CUT_TAGS:
        return None
    if step > 0 and after is not None and _item_noun(items, last + 1):
        last += 1  # 大宝、南孚/nr 电池/n 、: the noun closing the item is the name's
    return items[first].start, items[last].end


_TRADE_HEAD_TAGS = frozenset({"n", "vg", "j", "nr", "nrt", "nz", "ns"})


def _placed_item(items: Sequence[_Word], span: list[int], joint: int, step: int) -> list[int]:
    """A listed item that is a place and one word more, the whole item (常山股份、山东/ns 如意/v
    等): beside a company, a firm named by its place and a trade name jieba read as a common
    word. ``span`` as found, or with the word added."""
    if step > 0 and len(span) == 1 and _place_name(items[span[0]].text):
        name = span[0] + 1
        if name + 1 < len(items) and _placed_name(items[name]) and _ends_listed(items[name + 1]):
            return [*span, name]
    if step < 0 and not span and joint >= 2 and _placed_name(items[joint - 1]):
        place = items[joint - 2]
        if _place_name(place.text) and place.pos == "ns" and _item_opens(items, joint - 2):
            return [joint - 1, joint - 2]
    return span


def _placed_name(word: _Word) -> bool:
    """Two or three Han characters that may name a firm after its place: not a function word."""
    return 2 <= len(word.text) <= 3 and _HAN.fullmatch(word.text) is not None and word.pos not in _PLACED_STOPS


_PLACED_STOPS = _FUNCTION_TAGS - {"v"}  # 山东/ns 如意/v: a verb's characters may name a firm


def _ends_listed(word: _Word) -> bool:
    """Does ``word`` end a listed item: a mark, 等 or a joint?"""
    return word.text in _ITEM_ENDS or word.text in _SIBLING_JOINTS


def _trade_head(items: Sequence[_Word], at: int, step: int, span: Sequence[int], trade: str) -> bool:
    """Is word ``at`` the name a listed item opens with, before the industry word ``trade``
    that ends the company beside it too (江铃汽车、星马/n 汽车/n 等; not 一汽集团、商用/n 汽车):
    two or three Han characters, not an industry word, with the item's edge on its far side?"""
    word = items[at]
    if word.pos not in _TRADE_HEAD_TAGS or not 2 <= len(word.text) <= 3 or not _HAN.fullmatch(word.text):
        return False
    if not trade or word.text in industry_words() or at + 1 >= len(items) or items[at + 1].text != trade:
        return False
    return not span if step > 0 else bool(span) and _item_opens(items, at)


def _trade_item(pieces: Sequence[_Word]) -> bool:
    """A listed item made of a name jieba took for a common noun and an industry word (星马汽车)."""
    return len(pieces) == 2 and pieces[1].text in industry_words()


def _item_noun(items: Sequence[_Word], at: int) -> bool:
    """Is word ``at`` a common noun of two characters that closes a list item, a 、 after it?"""
    return _closing_noun(items[at]) and at + 1 < len(items) and items[at + 1].text == "、"


def _item_opens(items: Sequence[_Word], at: int) -> bool:
    """Does a list item start at word ``at``: after a mark, a list opener or nothing?"""
    return at == 0 or items[at - 1].pos == "x" or items[at - 1].text in _LIST_OPENERS


def _closing_noun(word: _Word) -> bool:
    """A common noun of two Han characters, which may close a listed name (电池, 牙膏)."""
    return word.pos == "n" and len(word.text) == 2 and _HAN.fullmatch(word.text) is not None


def _latin_space(items: Sequence[_Word], at: int, step: int) -> bool:
    """Is ``items[at]`` one space between two words in Latin letters (LG Display)?"""
    if not 0 <= at + step < len(items) or items[at].text != " ":
        return False
    return all(_LATIN_WORD.fullmatch(items[i].text) for i in (at - step, at + step))


_ITEM_ENDS = frozenset({"、", "等", "，", ",", "。"})
_BARE_ITEM_TAGS = frozenset({"n", "a", "b", "vn", "v", "s"})
_ITEM_NOUN_ENDS = frozenset("性病壳率度器剂症人站")  # end common nouns, not a brand listed bare


def _bare_item(items: Sequence[_Word], at: int, step: int) -> bool:
    """Is word ``at`` a whole list item of two or three characters, a 、 or the list's end on
    its far side, which jieba tags a common word (雪花/n, 燕京 beside 青啤)? Beside a company
    it names one; the sibling's other tests still apply (not a place, not generic)."""
    if not 0 <= at < len(items) or not 0 <= at + step < len(items):
        return False
    word, beyond = items[at], items[at + step]
    if word.pos not in _BARE_ITEM_TAGS or not 2 <= len(word.text) <= 3 or not _HAN.fullmatch(word.text):
        return False
    if word.text[-1] in _ITEM_NOUN_ENDS or (word.pos == "v" and len(word.text) == 2):
        return False  # 协调性, 代理人, 水电站: common nouns; 使用、发布、交流: verbs listed
    return beyond.text in _ITEM_ENDS if step > 0 else beyond.text == "、"


_DIVISION_ENDS = frozenset("省市县州区")


def _sibling_name(words: _Words, start: int, end: int, taken: bytearray, base: int, early: bool) -> bool:
    """May a free span listed beside a company be one? A proper name, not a place."""
    name = words.text[start:end]
    if not 2 <= len(name) <= _MAX_ITEM or not _free(taken, start - base, end - base):
        return False
    divided = name[-1] in _DIVISION_ENDS or words.text[end : end + 1] in _DIVISION_ENDS
    if divided or _place_item(name) or _is_generic(name, "company"):
        return False  # 兵库县的藤野肉鸡、香川/ns 县/zg…: a place
    if not _specific(words, start, end, "company"):
        return False
    pieces = [w for _, w in _pieces(words, start, end)]
    if early and len(pieces) == 1 and pieces[0].pos.startswith("nr"):
        return False  # before persons are chosen, a lone person-tagged word may be one (…集团与张志勇)
    if len(pieces) == 1 and pieces[0].pos in _BARE_ITEM_TAGS:
        return not _is_generic(name, "any") and name not in industry_words()  # 雪花/n between two 、
    return any(w.pos in _TRADE_NAME_TAGS for w in pieces) or _trade_item(pieces)


def _known_cut(words: _Words, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A sibling jieba glued to the next character (夏普均/nr 在): the known name in it."""
    if span is None:
        return None
    text = words.text[span[0] : span[1]]
    head = text[:-1]
    if len(text) >= 3 and (head in lexicon() or known().get(head, ("",))[0] == "company") and known().get(text) is None:
        return span[0], span[1] - 1
    return span


def _sibling_candidates(
    words: _Words, chosen: Sequence[_Candidate], taken: bytearray, base: int, *, early: bool = False
) -> list[_Candidate]:
    """Items listed with a company found by a strong rule are companies too: 宇通、奇瑞
    beside 吉利, 老凤祥、潮宏基、明牌珠宝; the chain goes on from each new one. ``early``:
    before places are chosen, so that 武汉凯迪 beside 国电集团 is not the place 武汉."""
    found: list[_Candidate] = []
    queue = [(c.start, c.end) for c in chosen if c.label == "company"]
    while queue:
        start, end = queue.pop()
        edges = ((words.by_start.get(start), -1), (words.by_end.get(end), 1))
        last = words.by_end.get(end)
        trade = words.items[last].text if last is not None and words.items[last].text in industry_words() else ""
        for index, step in edges:
            span = None if index is None else _known_cut(words, _sibling(words, index, step, trade))
            if span is not None and _sibling_name(words, *span, taken, base, early):
                _take(taken, span[0] - base, span[1] - base)
                parts = _split_origin(words, *span)  # 德国 + 大众汽车 beside 一汽集团
                found += [replace(part, rank=_RANK_LIST) for part in parts]
                queue.append((parts[-1].start, parts[-1].end))
    return found


def _project_siblings(words: _Words, chosen: Sequence[_Candidate]) -> Iterator[_Candidate]:
    """Items listed with 、 before a project whose head only the last one writes, each a
    place and a capacity like the project's own start (甘肃酒泉二期500万千瓦、新疆哈密200万千瓦、
    吉林通榆150万千瓦风电项目)."""
    items, reach = words.items, _MAX_BODY["project"]
    for project in (c for c in chosen if c.label == "project"):
        first = words.by_start.get(project.start)
        if first is None or items[first].pos != "ns":
            continue  # the project itself opens with a place
        index = first - 1
        while index > 0 and items[index].text == "、":
            stop = index
            index -= 1
            while index >= 0 and _sibling_piece(items[index]) and items[stop].start - items[index].start <= reach:
                index -= 1
            lead = next((i for i in range(index + 1, stop) if items[i].pos == "ns"), None)
            if lead is None or not _is_figure(items[stop - 1], items[stop - 2]):
                break  # not a place followed by a capacity
            yield _Candidate("project", items[lead].start, items[stop].start, _RANK_LIST)
            index = lead - 1


def _shared_heads(words: _Words) -> Iterator[_Candidate]:
    """Works listed with 、 and 和 before a head that only the last one writes, each a name
    of its own (建成藏木、老虎嘴、果多和多布水电站): every item is a project, and so is the
    last with the head, though its name alone would be too short to tell."""
    items, heads = words.items, _facility_heads()
    for index in words.written(heads):
        spans = _named_items(words, index)
        if len(spans) >= 3:
            yield from (_Candidate("project", start, end, _RANK_LIST) for start, end in spans[1:])
            yield _Candidate("project", spans[0][0], items[index].end, _RANK_LIST)


@functools.cache
def _facility_heads() -> frozenset[str]:
    """Project heads that a bare name opens (多布水电站, 西泾变电站), not the heads of a kind
    of work (项目, 工程, 基地), which common words open (风电、光伏和储能项目)."""
    kinds = {"项目", "工程", "基地", "基金", "园区", "生产线", "代线"}
    return frozenset(s for s, (label, _) in suffixes().items() if label == "project" and s not in kinds)


def _named_items(words: _Words, head: int) -> list[tuple[int, int]]:
    """The items of ``X、Y和Z`` + the head at ``head``, last first, when a verb opens the list
    and each item is one or two words of a name (no figure, no place, no common word)."""
    items, spans, joints, index = words.items, list[tuple[int, int]](), list[str](), head - 1
    while True:
        stop = index
        while index >= 0 and stop - index < 2 and _item_word(items[index]):
            index -= 1
        if index == stop:
            return []
        spans.append((items[index + 1].start, items[stop].end))
        if index < 0 or items[index].text not in ("和", "及", "、") or len(spans) > 8:
            break
        joints.append(items[index].text)
        index -= 1
    if len(spans) < 3 or index < 0 or items[index].pos != "v":
        return []  # 建成 藏木、老虎嘴、果多和多布
    if joints[0] not in ("和", "及") or any(joint != "、" for joint in joints[1:]):
        return []
    return spans if all(_name_item(words.text[start:end]) for start, end in spans) else []


def _item_word(word: _Word) -> bool:
    """May ``word`` be part of a bare name listed before a shared head (老虎/nr 嘴/n, 果多/d)?"""
    return word.pos not in _ITEM_STOPS and _HAN.fullmatch(word.text) is not None


_ITEM_STOPS = frozenset({"v", "vn", "p", "c", "u", "uj", "ul", "r", "m", "q", "x"})


def _name_item(text: str) -> bool:
    """May ``text`` be a work's bare name in a list (藏木, 老虎嘴), not a kind or a place?"""
    if not 2 <= len(text) <= 4 or _place_item(text) or text in industry_words():
        return False
    return not (_is_generic(text, "project") or _is_generic(text, "any") or text in _plain_words("project"))


def _tied_projects(words: _Words, chosen: Sequence[_Candidate]) -> Iterator[_Candidate]:
    """A project of common words is named by what ties it to this news: the amount invested
    in it (投资5.5亿元的家居广场项目) or the company that builds it (TCL与宏齐科技共同建设LED
    封装项目); alone, 风电项目 or 生物质发电项目 names only a kind of project."""
    companies = [c.end for c in chosen if c.label == "company"]
    for match in _TIED_PROJECT.finditer(words.text, _begin(words), _end(words)):
        start, end = match.span("body")
        body = words.text[start:end]
        if start not in words.by_start or _COUNTED.search(body) or _is_generic(body + "项目", "project"):
            continue  # 等3个项目, 100个投资5000万元以上项目: a count of projects
        if match.group("verb"):
            sentence = sentence_start(words.text, match.start(), _begin(words), SENTENCE_MARKS)
            if not any(sentence <= company <= match.start() for company in companies):
                continue  # 中国自主建设海上风电项目: nobody's project
        yield _Candidate("project", start, match.end("head"), _RANK_WORD)


_TIED_PROJECT = regex.compile(
    r"(?:(?P<verb>投资建设|共同建设|建设|投建|兴建|投产)|(?<=(?:投资|投入|斥资)[^\p{P}]{0,8}?\d[\d.]*[万亿]?元)的)"
    r"(?P<body>(?:[^\p{P}\s的和及与]|/){2,14}?)(?P<head>项目)(?![一二三四五六七八九\d]期|工程|建设)"
)
_COUNTED = regex.compile(r"\d+个|[一二两三四五六七八九十几]+个|等")


def _sibling_piece(word: _Word) -> bool:
    """May ``word`` be inside a listed project item (a place, a name, a phase, a figure)?"""
    return word.pos not in ("x", "v", "vn", "p", "c", "uj", "d", "r") and boundaries().get(word.text) in (
        None,
        "project",
    )


# --------------------------------------------------------------------------- choice


def _within_bodies(words: _Words, candidates: list[_Candidate]) -> list[_Candidate]:
    """A known body that opens a longer body's name found from its suffix is part of it
    (中钢协 of 中钢协钒业分会, 欧盟 of 中国欧盟商会), so that candidate does not win; not when
    a verb follows the known body (国务院转发发改委) or the longer name holds another one
    (国务院国资委)."""
    known_spans = [c for c in candidates if c.rank == _RANK_KNOWN]
    bodies = [
        b
        for b in candidates
        if b.rank == _RANK_SUFFIX
        and b.label == "organization"
        and sum(b.start <= k.start and k.end <= b.end for k in known_spans) == 1
    ]

    def inside(c: _Candidate) -> bool:
        after = words.index_at(c.end)
        if after < 0 or words.items[after].pos == "v":
            return False
        return any(b.start <= c.start and c.end < b.end and b.label == c.label for b in bodies)

    return [c for c in candidates if c.rank != _RANK_KNOWN or not inside(c)]


def _join_branches(chosen: list[_Candidate], norm: str) -> list[_Candidate]:
    """A branch written right after its parent is one name with it
    (北方绿色食品股份有限公司清河墨尼啤酒分公司), and so is a place right before a short name
    (上海万科); ``chosen`` is sorted by start."""
    joined: list[_Candidate] = []
    for candidate in chosen:
        if joined and _branch_of(joined[-1], candidate, norm):
            joined[-1] = replace(joined[-1], end=candidate.end)
        elif joined and _local_firm(joined[-1], candidate, norm):
            joined[-1] = replace(candidate, start=joined[-1].start)  # 上海 + 万科 → 上海万科
        elif joined and _owners_project(joined[-1], candidate, norm):
            joined[-1] = replace(candidate, start=joined[-1].start)  # X有限公司 + 第8.5代…生产线项目
        else:
            joined.append(candidate)
    return [_with_bare_branch(c, norm) for c in joined]


def _whole_owners(chosen: list[_Candidate], norm: str) -> list[_Candidate]:
    """A project that starts inside the name of a company of the article starts with that
    name (新兴/b 铸管新疆和静300万吨特钢炼铁工程, the article naming 新兴铸管集团): jieba's tags cut
    the project where the company's name begins with an adjective or a verb."""
    firms = {_short_form(norm[c.start : c.end]) for c in chosen if c.label == "company"}
    firms = {firm for firm in firms if len(firm) >= 3}
    if not firms:
        return chosen
    return [replace(c, start=_owner_start(c.start, firms, norm)) if c.label == "project" else c for c in chosen]


def _short_form(firm: str) -> str:
    """A company's name without its legal form (新兴铸管集团 → 新兴铸管)."""
    for cut in range(len(firm) - 2, 1, -1):
        if suffixes().get(firm[cut:], ("",))[0] == "company":
            return firm[:cut]
    return firm


def _owner_start(start: int, firms: set[str], norm: str) -> int:
    """Where a company name straddling ``start`` begins, else ``start``."""
    for firm in firms:
        for cut in range(1, len(firm)):
            if norm.startswith(firm, start - cut) and norm.startswith(firm[cut:], start):
                return start - cut
    return start


def _owners_project(firm: _Candidate, project: _Candidate, norm: str) -> bool:
    """Is a project written right after the registered name of the company that owns it, which
    then opens the project's name (友达光电(昆山)有限公司第8.5代TFT-LCD面板生产线项目)?"""
    if firm.label != "company" or project.label != "project":
        return False
    if not norm.endswith("公司", firm.start, firm.end):
        return firm.end == project.start and _place_led_project(norm, project)  # 友达 + 昆山8.5代线
    return norm[firm.end : project.start] in ("", "第")


def _place_led_project(norm: str, project: _Candidate) -> bool:
    """Does a project's name open with a place, the plant's site, then a figure (昆山8.5代线),
    so that the company's short name written right before it is the owner opening the name?"""
    match = _PLACE_FIGURE.match(norm, project.start, project.end)
    return match is not None and _place_name(match.group("place"))


_PLACE_FIGURE = regex.compile(r"(?P<place>\p{Han}{2,3}?)第?\d")


def _local_firm(place: _Candidate, firm: _Candidate, norm: str) -> bool:
    """Is a Chinese place written right before a company's short name part of that name
    (上海万科, 合肥三洋, 广西柳工), the place having no 省/市/县 that would set it apart
    (江西省 + 电子集团)?"""
    if place.label != "place" or firm.label != "company" or place.end != firm.start:
        return False
    if (
        known().get(norm[place.start : place.end], ("", ""))[1] in ("country", "region")
        or norm[place.start : place.end] in _APART
    ):
        return False  # 日本 + 三菱, 台湾 + 联电集团: a country or region is a place of its own (韩国锦湖韩亚集团)
    return norm[place.end - 1] not in _ADMIN and firm.end - firm.start <= 4 and place.end - place.start <= 3


_APART = frozenset({"中国", "台湾", "香港", "澳门"})


def _with_bare_branch(candidate: _Candidate, norm: str) -> _Candidate:
    """A company with 分公司 right after it names its branch (上海盛禄食品有限公司分公司)."""
    bare = candidate.label == "company" and norm.endswith("公司", candidate.start, candidate.end)
    return replace(candidate, end=candidate.end + 3) if bare and norm.startswith("分公司", candidate.end) else candidate


def _branch_of(parent: _Candidate, branch: _Candidate, norm: str) -> bool:
    if parent.label != "company" or branch.label != "company" or parent.end != branch.start:
        return False
    return norm.endswith("公司", parent.start, parent.end) and norm.endswith("分公司", branch.start, branch.end)


def _body_units(words: _Words, found: Sequence[_Candidate]) -> list[_Candidate]:
    """A centre or a division inside a body, written right after it (国家科技部 + 科技经费监管中心,
    国务院 + 研究发展中心, 广东省科技厅 + 规划发展处): the unit is the organisation named."""
    units = []
    for body in (c for c in found if c.label == "organization"):
        index = words.by_end.get(body.end)
        inner = words.items[index + 1 : index + 1 + _UNIT_REACH] if index is not None else []
        for n, word in enumerate(inner):
            if word.text in _UNIT_HEADS and n > 0:
                units.append(replace(body, end=word.end, rank=max(body.rank, _RANK_SUFFIX)))
                break
            if word.pos not in _UNIT_WORD_TAGS and word.text != "所":  # 能源所/c CDM中心
                break
    return units


_UNIT_HEADS = frozenset({"中心", "处"})
_UNIT_REACH = 5
_UNIT_WORD_TAGS = frozenset({"n", "vn", "eng", "j", "nz"})


def _choose(candidates: Iterable[_Candidate], taken: bytearray, base: int) -> list[_Candidate]:
    """Non-overlapping candidates: stronger rank first, then longer, then earlier."""
    chosen = []
    for candidate in sorted(candidates, key=lambda c: (c.rank, c.start - c.end, c.start)):
        start, end = candidate.start - base, candidate.end - base
        if _free(taken, start, end):
            _take(taken, start, end)
            chosen.append(candidate)
    return chosen


# ``taken`` has a byte for each character of the body, 1 where a chosen name lies. Every
# candidate is made of the body's words: its offsets, less the body's start, index ``taken``.
def _free(taken: bytearray, start: int, end: int) -> bool:
    """Is no byte of ``taken[start:end]`` set? ``bytearray.find`` scans in C, where a test
    of each byte went through a generator."""
    return taken.find(1, start, end) < 0


def _take(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def _short_forms(name: str, label: str) -> dict[str, bool]:
    """Short names an article may use for ``name`` later (中粮 for 中粮集团, 道里 for 道里区).

    Each form maps to whether a leading place was dropped to make it (浙江吉利 → 吉利);
    such a form may be a common word (日本肉鸡 → 肉鸡) and is checked where it occurs. A
    generic word is no form (国家 of 国家电网).
    """
    forms: dict[str, bool] = {}
    if label == "place":
        if len(name) >= 3 and name[-1] in _ADMIN and not name.endswith(("新区", "开发区", "高新区")):
            forms[name[:-1]] = False
        return forms
    suffix = _company_suffix(name, before=2)
    core = name[: -len(suffix)] if suffix else name
    core = _PAREN_GROUP.sub("", core)
    lead = next((k for k in (3, 2) if known().get(core[:k], ("",))[0] == "place" and len(core) > k + 1), 0)
    for base, stripped in ((core[lead:], lead > 0), (core, False)):  # 吉利控股 and 浙江吉利控股
        forms[base] = stripped
        while base := _without_trade(base):
            if not _place_name(base):  # 包头 is no short name of 包头钢铁 (but 光明 is of 光明集团)
                forms[base] = stripped
    return {
        form: stripped for form, stripped in forms.items() if len(form) >= 2 and form != name and form not in generic()
    }


def _without_trade(name: str) -> str:
    """``name`` without the industry word it ends with (荣盛发展 → 荣盛), or ""."""
    trades, longest = industry_words(), _longest_trade()
    return next((name[:-k] for k in range(min(len(name) - 1, longest), 0, -1) if name[-k:] in trades), "")


def _form_candidates(words: _Words, chosen: Sequence[_Candidate], labels: tuple[str, ...]) -> Iterator[_Candidate]:
    """Other occurrences of chosen names and of their short forms, as whole words."""
    forms: dict[str, tuple[str, bool]] = {}
    named = dict.fromkeys((words.text[c.start : c.end], c.label) for c in chosen if c.label in labels)  # once each
    for name, label in named:
        if label in ("person", "company", "organization"):
            forms.setdefault(name, (label, False))  # a name found in one context (德豪润达董事长), written alone before
        for form, stripped in _short_forms(name, label).items():
            if _is_generic(form, label) or form in industry_words() or _known_not_company(form):
                continue
            forms.setdefault(form, (label, stripped))
    for alias, (label, start) in _aliases(words, chosen).items():
        if label in labels:
            forms[alias] = (label, False)
            yield _Candidate(label, start, start + len(alias), _RANK_FORM)  # where it is defined, whole or not
    starts = {c.start for c in chosen}  # a chosen name's own place: taken, no candidate there
    for form, (label, stripped) in forms.items():
        for start in _occurrences(words, form):
            if start in starts:
                continue
            tag = words.items[words.by_start[start]].pos
            if (stripped and tag in _COMMON_TAGS) or (tag == "t" and label == "company"):
                continue  # 肉鸡 from 日本肉鸡: a common noun where it stands; 现代/t 信息技术
            end = start + len(form)
            start = _local_start(words, start) if label == "company" else start
            if label == "company" and not _ends_in_trade(form):  # 荣盛 may take 发展; 联想控股 takes no 投资
                end = _trade_after(words, end)
            if label == "company":
                end = _suffix_after(words, end)
            yield _Candidate(label, start, end, _RANK_FORM)


def _suffix_after(words: _Words, end: int) -> int:
    """The end of a known short name with a company suffix written after it (奔腾/v 集团,
    联想/v 控股集团: jieba takes the name for a verb, so the suffix rule missed it)."""
    index = words.by_start.get(end)
    if index is None or _NOT_AN_END.match(words.text, end):
        return end  # 武陵酒 + 控股股东: a shareholder, no suffix
    word = words.items[index]
    forms = suffixes()
    return word.end if forms.get(word.text, ("",))[0] == "company" and len(word.text) >= 2 else end


def _trade_after(words: _Words, end: int) -> int:
    """The end of a short name with the one industry word after it (荣盛 + 发展); two or more
    make a phrase about the firm (联想 + 控股投资, TCL + 产业发展), which stays out."""
    index = words.by_start.get(end)
    if index is None or words.items[index].text not in industry_words() or _NOT_AN_END.match(words.text, end):
        return end
    after = words.items[index + 1] if index + 1 < len(words.items) else None
    return end if after is not None and after.text in industry_words() else words.items[index].end


def _ends_in_trade(form: str) -> bool:
    """Does a short name already end in an industry word or a company suffix (武陵酒业, 联想控股)?"""
    return bool(_without_trade(form)) or form.endswith(_company_suffixes())


def _local_start(words: _Words, start: int) -> int:
    """A company's short name right after a Chinese city names that city's company of
    the brand (合肥/n 三洋, beside 三洋电机): the name starts at the city. A country or a
    province stays a place of its own (日本三菱, 黑龙江北大荒)."""
    index = words.by_start[start]
    before = words.items[index - 1] if index > 0 else None
    division = resolve(before.text) if before is not None and len(before.text) >= 2 else None
    return before.start if before is not None and division is not None and division.level == "city" else start


def _known_not_company(form: str) -> bool:
    return known().get(form, ("company",))[0] != "company"  # 中国 of 中国中铝 is a place; 中铝 a company


def _aliases(words: _Words, chosen: Sequence[_Candidate]) -> dict[str, tuple[str, int]]:
    """Short names defined for a name, with their label and where the definition writes
    them: 首钢伊犁钢铁公司(下称“伊钢”) → 伊钢, a company; a company's also in bare
    parentheses: 新疆建材化工(集团)股份公司(青松建化) → 青松建化."""
    ends = {c.end: c.label for c in chosen}
    aliases = {
        match.group("alias"): (ends[match.start()], match.start("alias"))
        for match in _ALIAS.finditer(words.text, _begin(words), _end(words))
        if match.start() in ends and not _is_generic(match.group("alias"), ends[match.start()])  # (以下简称中心)
    }
    for match in _BARE_ALIAS.finditer(words.text, _begin(words), _end(words)):
        alias = match.group("alias")
        defined = _ALIAS.match(words.text, match.start()) is not None  # (下称包钢稀土), taken above
        acronym = alias.isascii() and alias.isupper()  # 美国标准与技术研究院(NIST): a body's too
        if defined or not (
            ends.get(match.start()) == "company" or (acronym and ends.get(match.start()) == "organization")
        ):
            continue
        if acronym and ends[match.start()] == "organization":
            aliases.setdefault(alias, ("organization", match.start("alias")))
            continue
        if not _place_name(alias) and not _is_generic(alias, "company"):
            aliases.setdefault(alias, ("company", match.start("alias")))
    return aliases


def _occurrences(words: _Words, form: str) -> Iterator[int]:
    """Starts of ``form`` in the body where it is whole words."""
    start, stop = (words.starts[0], _end(words)) if words.items else (0, 0)
    while (start := words.text.find(form, start, stop)) >= 0:
        if start in words.by_start and start + len(form) in words.by_end:
            yield start
        start += 1


# --------------------------------------------------------------------------- output


def _name_ends(chosen: Sequence[_Candidate]) -> dict[int, _Candidate]:
    """Places, organisations and companies by their end offset (for affiliations)."""
    return {c.end: c for c in chosen if c.label in ("place", "organization", "company")}


def _affiliation(candidate: _Candidate, ends: dict[int, _Candidate], text: str) -> str | None:
    if candidate.title_start is None:
        return None
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


def _investments(chosen: Sequence[_Candidate], amounts: Sequence[Money], norm: str) -> dict[str, Decimal]:
    """Project name → the amount in 元 the article ties to it.

    Ties: 总投资162亿元的X项目 (amount before), X项目总投资40亿元 (amount after, same
    clause), X项目…。该项目总投资120亿 (the project named last). Every occurrence of the
    name gets the amount.
    """
    projects = [c for c in chosen if c.label == "project"]
    starts = [p.start for p in projects]
    tied: dict[str, Decimal] = {}
    for money in amounts:
        if money.currency != "CNY" or money.value is None:
            continue
        low = bisect.bisect_left(starts, money.start - _ANAPHORA_REACH - _MAX_BODY["project"] - 8)
        high = bisect.bisect_right(starts, money.end + 1)
        project = _tied_project(money, projects[low:high], norm)
        if project is not None:
            tied.setdefault(norm[project.start : project.end], money.value)
    return tied


def _tied_project(money: Money, projects: Sequence[_Candidate], norm: str) -> _Candidate | None:
    lead = norm[max(0, money.start - _INVEST_WINDOW) : money.start]
    if _INVESTED.search(lead[-6:]):  # 投资5.5亿元的家居广场项目, before a project named earlier
        named = (p for p in projects if money.end <= p.start and norm[money.end : p.start] in ("的", ""))
        if (project := next(named, None)) is not None:
            return project
    for project in projects:
        if 0 <= money.start - project.end <= _INVEST_WINDOW:
            between = norm[project.end : money.start]
            if _INVESTED.search(between) and not _CLAUSE_END.search(between):
                return project
    anaphora = _ANAPHORA.search(lead)
    if anaphora is None or _CLAUSE_END.search(lead, anaphora.end()):
        return None
    earlier = [p for p in projects if 0 <= money.start - p.end <= _ANAPHORA_REACH]
    headed = [p for p in earlier if norm.endswith("项目", p.start, p.end)]
    earlier = headed or earlier  # 该项目 is the X项目 named last, not the park it is built in
    if not earlier or _PROJECT_TALLY.search(norm, earlier[-1].end, money.start):
        return None  # 项目159个，项目总投资160.3亿元: the projects counted, not the one named before
    return earlier[-1]


def _build(
    candidate: _Candidate, text: str, norm: str, ends: dict[int, _Candidate], investments: dict[str, Decimal]
) -> Name:
    start, end, label = candidate.start, candidate.end, candidate.label
    surface = text[start:end]
    if label == "company":
        return Name(surface, start, end, label, normalized=_SPACE.sub("", norm[start:end]))
    if label == "person":
        return Name(surface, start, end, label, title=candidate.title, affiliation=_affiliation(candidate, ends, text))
    if label == "project":
        return Name(surface, start, end, label, investment=investments.get(norm[start:end]))
    return Name(surface, start, end, label)


_BOOK_TITLE = regex.compile(r"《([^《》]{1,80})》")
# A place that opens the name of an event (中国茶商大会, 2008年北京奥运会, 2007中国PC行业发展高峰论坛)
# names the event, not where the news happens.
_EVENT_AFTER = regex.compile(
    r"[^，。、；：“”\"\s,.;:!?()的在于召开举行和与及将是]{0,14}?"
    r"(?:大会|论坛|峰会|奥运会|世博会|博览会|展会|交易会|年会|研讨会|洽谈会|发布会|展览会|运动会|世界杯|锦标赛)"
)


def _opens_event(candidate: _Candidate, norm: str) -> bool:
    return candidate.label == "place" and _EVENT_AFTER.match(norm, candidate.end) is not None


def _outside_titles(chosen: list[_Candidate], norm: str, start: int, stop: int) -> list[_Candidate]:
    """Drop names inside the title of a document, a law or a plan (《国务院关于…的决定》,
    《四川省…发展规划》): they name the document, not a party to the news. A title that is a
    name in full (《每日经济新闻》, a paper) stays."""
    titles = [match.span(1) for match in _BOOK_TITLE.finditer(norm, start, stop)]
    if not titles:
        return chosen
    return [c for c in chosen if not any(s <= c.start and c.end <= e and (c.start, c.end) != (s, e) for s, e in titles)]


def find_names(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    normalized: str | None = None,
    amounts: Sequence[Money] = (),
    tagged: Sequence[tuple[str, str]] | None = None,
) -> list[Name]:
    """All name mentions in ``text[start:end]`` (every occurrence, offsets into ``text``).

    ``normalized`` is ``normalize(text)`` when the caller has it; ``amounts`` are the
    money mentions already found, used to tie an investment to a project; ``tagged`` is
    ``tag(normalized)``, the tokenizer stage's words, when the caller has them.
    """
    if not isinstance(text, str):
        raise InputError(Errors.E001.format(type=type(text).__name__))
    norm = normalize(text) if normalized is None else normalized
    start, stop = max(start, 0), len(text) if end is None else min(end, len(text))
    if stop <= start:
        return []
    words = _Words(norm, start, stop, tagged)
    taken = bytearray(stop - start)
    strong = [
        *_suffix_candidates(words),
        *_title_candidates(words),
        *_known_candidates(words),
        *_list_candidates(words),
        *_cue_candidates(words),
        *_appositive_candidates(words),
        *_listed_candidates(words),
        *_shared_heads(words),
        *_media_candidates(words),
        *_site_candidates(words),
        *_ticker_candidates(words),
        *_exemplar_candidates(words),
        *_latin_candidates(words),
        *_lexicon_candidates(words),
        *_trade_candidates(words),
        *_takeover_candidates(words),
    ]
    strong += _body_units(words, strong)
    chosen = _choose(_within_bodies(words, strong), taken, start)
    chosen += _sibling_candidates(words, chosen, taken, start, early=True)
    chosen += _choose(_project_siblings(words, chosen), taken, start)
    weak = [*_place_candidates(words), *_person_candidates(words), *_known_companies(words)]
    chosen += _choose([*_form_candidates(words, chosen, ("company", "person", "organization")), *weak], taken, start)
    chosen += _choose(_form_candidates(words, chosen, ("place",)), taken, start)
    chosen += _sibling_candidates(words, chosen, taken, start)
    chosen += _choose(_tied_projects(words, chosen), taken, start)
    chosen = [c for c in _outside_titles(chosen, norm, start, stop) if not _opens_event(c, norm)]
    chosen = _join_branches(sorted(chosen, key=lambda c: c.start), norm)
    chosen = _whole_owners(chosen, norm)
    investments = _investments(chosen, amounts, norm)
    ends = _name_ends(chosen)
    return [_build(c, text, norm, ends, investments) for c in chosen]
