"""Growth figures (changes and rates) and plain percentages.

``增长8%`` → value 8, unit percent, direction up. The expression is built from the
change words in ``resources/change_words.tsv``; ``parse_growth`` and ``find_growth``
share it and ``_build``, as money does.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex

from ._resources import read_rows
from ._scan import overlaps_any, windows
from .money import qualifier_pattern, qualifier_words
from .normalize import normalize
from .numerals import ARABIC, SPACED_POINT, canonical, digit_pair, numeral_chars, parse_number
from .types import Growth, Percentage

UNITS = {"%": "percent", "个百分点": "point", "百分点": "point", "倍": "times", "成": "percent"}
DOUBLINGS = {
    **{
        f"翻{le}{times}番": Decimal(value)
        for le in ("", "了")
        for times, value in (("一", 100), ("两", 300), ("三", 700))
    },
    "翻番": Decimal(100),
    "翻倍": Decimal(100),
}
_GAP = r"[^\d\s,，。；;:：!！?？、()（）%]"
# Every growth figure holds an anchor (_anchor_regex); the expression runs only near one. A mention
# starts at most _REACH_BACK before its anchor and ends at most _REACH_FORWARD after it.
_REACH_BACK, _REACH_FORWARD = 30, 16
_TARGET_WORDS = ("目标", "预期", "预计", "计划")
_BASIS_WINDOW = 8
_LIST_JOIN = "(?:、|和|及|与|或)"
# Change verbs that may take their object between them and the figure (降低单位GDP能耗16%).
OBJECT_VERBS = ("降低", "减少", "削减", "节约", "节省", "压缩", "提高", "提升", "增加", "下调", "上调", "调低", "调高")


@functools.cache
def _anchor_regex() -> regex.Pattern[str]:
    """The anchors: a unit, a doubling (翻番), a fraction or a half (一半). 成 is a unit only
    right after a number (三成, 半成), not in the words it is so common in (完成, 成为), which
    would make half of what the expression scans."""
    number_end = rf"[\d{numeral_chars('digit', 'unit', 'point')}半]"
    return regex.compile(rf"%|百分点|倍|(?<={number_end})成|番|分之|\d/\d|一半")


@functools.cache
def change_words() -> dict[str, tuple[str, str]]:
    """Change word → (direction, kind)."""
    return {word: (direction, kind) for word, direction, kind in read_rows("change_words.tsv", 3)}


def _words(*kinds: str, min_length: int = 1) -> str:
    words = [w for w, (_, kind) in change_words().items() if kind in kinds and len(w) >= min_length]
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _one_character_verbs() -> str:
    """升, 降: after a rate noun and a modifier (增速季升0.1%) the mention starts at the noun."""
    return "[" + "".join(w for w, (_, kind) in change_words().items() if kind == "verb" and len(w) == 1) + "]"


def _number_pattern() -> str:
    # 负 is a written minus; a space may split a decimal, as in some typeset articles (4 .7%, 4. 7%)
    return rf"(?:-|负)?(?:{ARABIC})(?:{SPACED_POINT})?|[{numeral_chars('digit', 'unit', 'point')}]+"


def _quantity_pattern() -> str:
    """A number with a short unit, before 或 and a percentage: 13.82万吨, 3亿元."""
    return rf"(?:{_number_pattern()})\s?[^\d\s或,，。；;、%个]{{1,3}}"


def _listed_pattern() -> str:
    """A figure whose unit is written once, after the last of a list: 降低3.1和4.8个百分点,
    拉低2.9个和1.9个百分点."""
    number = _number_pattern()
    shared = rf"(?=(?:{_LIST_JOIN}\s?(?:{number}))+(?P<unit>%|个百分点|百分点))"
    counted = rf"个(?=(?:{_LIST_JOIN}\s?(?:{number})个?)+(?P<unit>百分点))"  # 个 is only of 个百分点
    return rf"(?P<number>{number})(?:{shared}|{counted})"


def _figure_pattern() -> str:
    number = _number_pattern()
    part = rf"\d{{1,3}}|[{numeral_chars('digit', 'unit')}]+"  # of a fraction
    return rf"""
        (?:(?P<before>{qualifier_pattern("before")}))?
        (?:百分之(?P<cnpercent>{ARABIC}|[{numeral_chars("digit", "unit", "point")}]+)
          |(?P<denominator>{part})分之(?P<numerator>{part})  # 减少四分之一, 跌了近三分之二
          |(?<![\d/.])(?P<numerator>\d)/(?P<denominator>\d{{1,2}})(?![\d/])  # 损失近1/3
          |(?<![另大多])(?P<half>一半)  # 减少一半: 50 %; not 另一半, 一大半
          |(?P<number>{number}|半(?=成))(?P<inner>[多余](?=倍|个百分点))?
           (?:%?(?:~|-|至|到)(?P<number2>{number}))?(?P<unit>%|个百分点|百分点|倍|成))
        (?P<after>{qualifier_pattern("after")}|(?<=倍)[多余])?  # 100多倍, 两倍多
    """


@functools.cache
def growth_regex() -> regex.Pattern[str]:
    """A change word, a short gap without another change word, and a figure; or the figure first."""
    figure, listed = _figure_pattern(), _listed_pattern()
    gap = rf"(?:(?!{_words('verb', 'rate')}){_GAP})"  # the figure belongs to the nearest change word
    object_char = rf"(?:(?!{_words('verb', 'rate')})[\p{{Han}}A-Za-z])"  # of the object a verb acts on
    # 高于全国增幅3.77个百分点: a rate noun (增幅, with its one-character verb 增) may sit in between
    # and a rate noun may stand in what is compared (高出食品市场平均增长率20个百分点)
    verb_gap = rf"(?:(?!(?:{_words('verb', min_length=2)})(?!率)){_GAP})"
    quantity = _quantity_pattern()
    compared = _words("comparison", min_length=2)  # 高于, 低出: the two-character comparison words
    return regex.compile(
        rf"""
        (?P<doubling>{"|".join(DOUBLINGS)})
        |(?<!推)(?P<word>翻)(?=了?\s?[^，。、\s]{{0,6}}?倍)了?\s?{figure}  # 翻了两倍, 翻100多倍 (not 翻番)
        |(?P<word>增长)(?:{_words("verb")})[至到]\s?{figure}  # 增长回落至13.4%: the rate's new level
        |(?P<word>增长){gap}{{0,4}}?达到了?\s?{figure}  # 增长仍然达到了37.2%: the noun growth
        |(?P<word>{_words("verb")})(?![至到率])\s?{quantity}或\s?{figure}  # 增加13.82万吨或9.10%
        # 增长最快，均超过20%: the highest change, then its figure after a comma
        |(?P<word>{_words("verb")}){gap}{{0,3}}?(?:最快|最高|最大|最多)[,，]\s?{gap}{{0,3}}?{figure}
        |(?!{_words("rate")})(?P<word>{_words("verb")})(?![至到率持]){gap}{{0,4}}?\s?(?<![到至的]|[到至]了)(?:{figure}|{listed})
        # 减少能源消耗和二氧化碳排放20%: a cut or a rise, the noun phrase it acts on, its figure
        |(?P<word>{"|".join(OBJECT_VERBS)})了?(?![至到值]){object_char}{{5,14}}?(?<![到至的为是])(?:{figure}|{listed})(?!的)
        |(?P<word>{_words("rate")})(?!的)(?:{gap}{{0,4}}?{_OLD_LEVEL})?{gap}{{0,8}}?(?:(?:{_words("verb")})[到至]|(?P<shift>{_one_character_verbs()}))?:?\s?(?:{figure}|{listed})
        # a comparison word, not the 少 of 至少
        |(?<!至)(?P<word>{compared}){verb_gap}{{0,12}}?(?=[^%]*?(?:个百分点|倍))(?:{figure}|{listed})
        # 超过承诺10个百分点, 领先全国2个百分点: outdoing what is named, in percentage points
        |(?P<word>{_words("outdoing")}){verb_gap}{{1,12}}?(?=[^%]*?个百分点)(?:{figure}|{listed})
        # 高/低/少 alone right before the figure (高3.8个百分点); not 最低 nor the 高 of 高清
        |(?<![至最])(?P<word>{_words("comparison")})了?(?=[^%]*?(?:个百分点|倍))(?:{figure}|{listed})
        # 比预期低3%, 较原装价格低近70%, 比承诺少10%: higher or lower than what 比/较 names, in percent
        |(?<=[比较][^，。；,;%\d]{{1,12}})(?P<word>[高低少])(?=[出了]?\s?[^，。；\d]{{0,2}}\d[\d.]*%)[出了]?\s?{figure}
        |(?P<word>{_words("elided")})\s?(?=[-负\d]){figure}(?!的{gap}{{0,4}}?(?:{_words("verb", "rate")}))
        # 20%的增速; not 19%的企业反映涨幅超过20%, whose rate has a figure of its own
        |{figure}(?<!一半)的{gap}{{0,4}}?(?P<word>{_words("verb", "rate")})(?!值)(?![^，。；,;%\d]{{0,4}}\d)
        """,
        regex.VERBOSE,
    )


@functools.cache
def continuation_regex() -> regex.Pattern[str]:
    """A further figure in a list after a growth figure: 分别增长13.4%和0.7%; 增加13.82万吨或9.10%，
    12.7万吨或8.73%."""
    quantity = _quantity_pattern()
    return regex.compile(
        rf"{_LIST_JOIN}\s?(?:{_figure_pattern()}|{_listed_pattern()})|[,，]\s?{quantity}或\s?{_figure_pattern()}",
        regex.VERBOSE,
    )


@functools.cache
def level_regex() -> regex.Pattern[str]:
    """A rate's new level after its old one: 增速从去年的38%回落到17%."""
    when = r"(?:(?:(?:19|20)\d{2}年|\d{1,2}月份?)[^，。；,;\d%]{0,3}?的)?"  # 降至2012年的25.29%: the new level's time
    return regex.compile(rf"(?:{_words('verb')})[到至]了?\s?{when}{_figure_pattern()}", regex.VERBOSE)


_FROM_LEVEL = regex.compile(r"[自从由]")
# The old level of a rate, when a comma or a month stands between the rate word and it:
# 增幅，已由去年的15%降至4%; 降幅由4月时的不足2%扩大到了近5%
_OLD_LEVEL = r"(?:[,，]已?[由从自]|[由从自]\d{1,4}(?:-\d{1,2})?(?:年|月份?))"
_BARE_LESS = frozenset({"少了", "少掉"})  # 总量少了40%

# 成 after a number is a tenth (三成 = 30 %) unless it begins a word: 半成品, 一成不变, 这一成功.
_CHENG_WORD = "品|功|不变|立|员|本|交|果|都|效|绩|熟|型|套|长|就"


@functools.cache
def percent_regex() -> re.Pattern[str]:
    """A plain percentage. ``re`` rather than ``regex``, led by a look at the characters a
    percentage starts with: ``re`` then skips to those characters, where ``regex`` tried the
    whole expression at every offset of the body."""
    chinese = numeral_chars("digit", "unit", "point")
    digit = numeral_chars("digit")
    # Not inside a URL (%28, q=30%25) or a fraction (五百分之二 is 2/500): 百分之2.4, 负3.9%,
    # 百分之负六十五点二八; spoken 百分三十 and 百分百; tenths 三成, 7.2成, 三成半, 半成.
    return re.compile(
        rf"(?=[\d\-负百半{chinese}])"
        rf"(?:(?<![\d.A-Za-z%=/&?#_])(?P<number>(?:-|负)?(?:{ARABIC})(?:{SPACED_POINT})?)%"
        rf"|(?<![\d{digit}])百分之(?P<cnpercent>(?:负)?(?:{ARABIC}|[{chinese}]+))"
        rf"|(?<![\d{digit}])百分(?P<spoken>百|[{digit}十][{chinese}]*)"
        rf"|(?<![\d.{chinese}第这])(?P<tenths>{ARABIC}|[{chinese}]+|半)成(?P<half>半|[{digit}](?![\\d{chinese}个家名人户项年月日天次种]))?(?!{_CHENG_WORD}))"
    )


def _plain_percent(match: re.Match[str]) -> tuple[Decimal, int] | None:
    """A plain percentage's value and end; a Chinese numeral that does not parse whole is
    cut back to its longest parsing prefix ending in a unit (百分之七十百分位 → 百分之七十)."""
    if match.group("number"):
        value = _signed(match.group("number"))
        return None if value is None else (value, match.end())
    tenths = match.group("tenths")
    if tenths is not None:
        if len(tenths) > 1 and regex.fullmatch(f"[{numeral_chars('digit')}]+", tenths):
            return None  # 七八成 is 70-80 %, not 78 成
        value = Decimal("0.5") if tenths == "半" else _signed(tenths)
        if value is None or not 0 < value <= 10:
            return None  # more than 十成 is no share: 2019成
        half = match.group("half")
        tail = Decimal(0) if not half else (Decimal(5) if half == "半" else parse_number(half) or Decimal(0))
        return canonical(value * 10 + tail), match.end()
    group = "cnpercent" if match.group("cnpercent") is not None else "spoken"
    numeral = match.group(group)
    if numeral == "百":
        return Decimal(100), match.end()
    value = parse_number(numeral)
    if value is not None:
        return value, match.end()
    for cut in range(len(numeral) - 1, 0, -1):  # cut only after a unit: not 百分之二三|十
        value = parse_number(numeral[:cut]) if numeral[cut - 1] in numeral_chars("unit") else None
        if value is not None:
            return value, match.start(group) + cut
    return None


def _g(match: regex.Match[str], name: str) -> str | None:
    """A group's text, or None where the expression has no such group (list continuations).

    Not by ``groupdict``, which builds a dict of every group on each call."""
    try:
        value: str | None = match.group(name)
    except IndexError:  # no such group
        return None
    return value


def _change_word(match: regex.Match[str]) -> str:
    """The word that says how the figure changes: the verb after a rate noun (增速回落1.2个百分点)."""
    return _g(match, "shift") or _g(match, "word") or ""


# 幅度 alone is the size of the change named before it: a rise unless a cut is named.
_CUT_BEFORE = regex.compile(r"下调|调低|降价|下降|下跌|回落|下滑|减少|降低|缩减")
_CUT_REACH = 12


def _direction(word: str, value: Decimal) -> str:
    direction = change_words()[word][0]
    if direction == "sign":
        return "down" if value < 0 else ("flat" if value == 0 else "up")
    if value < 0:
        return "down"
    return direction


def _figure(match: regex.Match[str]) -> tuple[Decimal, str] | None:
    """The figure's value (the upper end for a range) and unit."""
    doubling = _g(match, "doubling")
    if doubling:
        return DOUBLINGS[doubling], "percent"
    if match.group("cnpercent"):
        value = parse_number(match.group("cnpercent"))
        return None if value is None else (value, "percent")
    if match.group("denominator"):
        return _fraction(match.group("numerator"), match.group("denominator"))
    if _g(match, "half"):
        return Decimal(50), "percent"
    neighbours = digit_pair(match.group("number") or "") if not match.group("number2") else None
    value = neighbours[1] if neighbours else _signed(match.group("number2") or match.group("number"))
    if value is None:
        return None
    unit = match.group("unit")
    if unit == "成":
        value *= 10
    return canonical(value), UNITS[unit]


def _fraction(numerator: str, denominator: str) -> tuple[Decimal, str] | None:
    """A fraction of the whole in percent (三分之二, 1/3 → 100/3); a proper fraction only."""
    top, bottom = parse_number(numerator), parse_number(denominator)
    if top is None or bottom is None or not 0 < top < bottom:
        return None
    return canonical(Decimal(100) * top / bottom), "percent"


def _signed(number: str) -> Decimal | None:
    value = Decimal("0.5") if number == "半" else parse_number(number.lstrip("-"))  # 大跌半成
    return None if value is None else (-value if number.startswith("-") else value)


def _range(match: regex.Match[str], high: Decimal) -> tuple[Decimal | None, Decimal | None]:
    neighbours = digit_pair(_g(match, "number") or "") if _g(match, "unit") else None
    if not _g(match, "number2") and neighbours is None:
        return None, None
    low = neighbours[0] if neighbours else _signed(match.group("number"))
    scale = Decimal(10) if match.group("unit") == "成" else Decimal(1)
    return (None if low is None else canonical(low * scale)), high


def _qualifier_before(norm: str, start: int) -> str | None:
    """A two-character qualifier right before the change word: 至少增长20%."""
    word = norm[max(0, start - 2) : start]
    return word if qualifier_words().get(word, ("", ""))[1] == "before" else None


_LINKED_QUALIFIER = regex.compile(r"(?P<qualifier>大约|约|将近|接近|近)(?:达到|达|为|是|在)$")


def _qualifier_linked(norm: str, match: regex.Match[str]) -> str | None:
    """A qualifier before the link verb that leads to the figure: 增长率约达45%, 增幅接近为3%."""
    number = match.start("number") if _g(match, "number") else -1
    if number < 0:
        return None
    found = _LINKED_QUALIFIER.search(norm, max(0, number - 4), number)
    return found.group("qualifier") if found else None


def _basis(norm: str, start: int, word: str) -> str | None:
    window = norm[max(0, start - _BASIS_WINDOW) : start] + word  # the word itself when elided (同比18.6%)
    if "环比" in window or "比上月" in window or "较上月" in window:
        return "mom"
    if any(word in window for word in ("同比", "同期", "比上年", "较上年", "比去年", "较去年")):
        return "yoy"
    return None


def _build(match: regex.Match[str], norm: str, original: str, word: str) -> Growth | None:
    """A ``Growth`` from a match; ``word`` is the change word (given for list continuations)."""
    figure = _figure(match)
    if figure is None or (word in _BARE_LESS and norm[match.start() - 1 : match.start()] in ("至", "多")):
        return None  # 至少了解30%, 多少了: 少 is no fall there
    value, unit = figure
    start, end = match.start(), match.end()
    if match.group("after") and match.end("after") == end:
        end = match.start("after")
    elided = word and change_words()[word][1] == "elided"
    figure_first = _g(match, "word") and match.start("word") > match.start()  # 两成的产量增速
    if elided or figure_first or (not _g(match, "word") and not _g(match, "doubling")):
        start = match.start("number") if match.group("number") else start  # 、0.7% in a list; 同比18.6%
    if word and change_words()[word][1] == "rate" and (compared := _compared(match, norm)) is not None:
        start, word = compared  # 比出厂价格指数涨幅高3.7个百分点: the comparison, not the rate, is the change
    direction = "up" if _g(match, "doubling") else _direction(word, value)
    if word == "幅度" and _CUT_BEFORE.search(norm, max(0, start - _CUT_REACH), start):
        direction = "down"  # 价格下调，幅度为5%: the size of the cut the clause before names
    qualifier_word = (
        match.group("before")
        or match.group("after")
        or match.group("inner")
        or _qualifier_before(norm, start)
        or _qualifier_linked(norm, match)
    )
    qualifier = qualifier_words()[qualifier_word][0] if qualifier_word else "exact"
    low, high = _range(match, value)
    if low is not None:
        qualifier = "range"
    elif match.group("inner"):
        low = value  # 100多倍: at least the number written, as for money
    clause = norm[max(0, start - 12) : end]
    return Growth(
        text=original[start:end],
        start=start,
        end=end,
        value=None if qualifier == "range" else value,
        unit=unit,
        direction=direction,
        qualifier=qualifier,
        low=low,
        high=high,
        basis=_basis(norm, start, word),
        target=any(word in clause for word in _TARGET_WORDS),
    )


def _compared(match: regex.Match[str], norm: str) -> tuple[int, str] | None:
    """The comparison word (高, 高出, 低于) between a rate noun and its figure, with its start."""
    if not _g(match, "word") or match.start("word") > match.start():
        return None  # a figure written first: 20%的增速
    figure = match.start("before") if match.group("before") else match.start("number") if match.group("number") else -1
    found = _compared_regex().search(norm, match.end("word"), figure) if figure > 0 else None
    return (found.start(), found.group("word")) if found else None


@functools.cache
def _compared_regex() -> regex.Pattern[str]:
    """A comparison word at the end of a gap: the two-character ones (高于, 低出) may take what
    is compared (低于全国0.5个百分点); 高/低 stand right before the figure."""
    words = _words("comparison", min_length=2)
    return regex.compile(rf"(?:(?P<word>{words})[^，。；,;%\d]{{0,12}}?|(?P<word>高|低)了?)\s?$")


def parse_growth(text: str) -> Growth | None:
    """Parse one growth surface (``"同比增长6.3%"``); ``None`` if it is not one."""
    if not isinstance(text, str):
        return None
    norm = normalize(text)
    match = growth_regex().search(norm)
    if match is None or norm[match.end() :].strip():
        return None
    return _build(match, norm, text, _change_word(match))


def _from_level(match: regex.Match[str], norm: str, word: str) -> bool:
    """May a new level follow this figure (增速从38%回落到17%; 增长预估自2.5%调降至1%)?
    After a rate word, or after 自/从/由 between the change word and the figure."""
    if change_words()[word][1] == "rate":
        return True
    number = match.start("number") if match.group("number") else match.start()
    return _FROM_LEVEL.search(norm, match.start(), number) is not None


def find_growth(
    text: str, start: int = 0, end: int | None = None, *, normalized: str | None = None
) -> Iterator[Growth]:
    """Growth figures in ``text[start:end]``, with offsets into ``text``."""
    norm = normalize(text) if normalized is None else normalized
    stop = len(norm) if end is None else end
    compared = list(_compared_rates(norm, text, start, stop))
    starts = {g.start for g in compared}
    found = [g for g in _growth_figures(text, norm, start, stop) if g.start not in starts] + compared
    yield from sorted([*found, *_continued_rates(norm, text, stop, found)], key=lambda g: g.start)


def _continued_rates(norm: str, original: str, stop: int, found: Sequence[Growth]) -> Iterator[Growth]:
    """Rates the next clause states without a rate word, for another subject or year, after a
    rate stated as a level: 增加值增速为13.1%，而水泥制品为34.8%; 净利润增长率为396.92%，2009年
    200.16%. A share (占全省的30%) is no rate."""
    taken = {g.start for g in found}
    for g in found:
        if g.unit != "percent" or not _RATE_LEVEL.match(norm, g.start, g.end):
            continue
        following = _CONTINUED.match(norm, g.end, stop)
        if following is not None and any(word in following.group(0) for word in _NO_RATES):
            continue  # 涨幅为0.45%，全天振幅0.96%: a day's range, not a rate
        figures = _with_listed(norm, following, stop) if following else []  # 、玻璃纤维及制品为46.3%
        yield from (_bare_rate(original, f, g.direction) for f in figures if f.start("number") not in taken)


_NO_RATES = ("振幅", "换手率", "份额", "比重", "比例")
_RATE_LEVEL = regex.compile(r"(?:增速|增幅|增长率|增长速度|涨幅|降幅|跌幅)(?:为|是|达到?)")
_CONTINUED = regex.compile(
    r"[,，;；]\s*(?:而|其中)?(?:(?:19|20)\d{2}年)?[^,，;；。！？!?\d%占比的]{0,12}?(?:为|是|达到?)?\s*(?P<number>\d+(?:\.\d+)?)%(?=[,，;；。、和及]|$)"
)


def _growth_figures(text: str, norm: str, start: int, stop: int) -> Iterator[Growth]:
    done = start
    for window_start, window_end in windows(_anchor_regex(), norm, start, stop, _REACH_BACK, _REACH_FORWARD):
        for match in growth_regex().finditer(norm, max(window_start, done), window_end):
            word = _change_word(match)
            growth = _build(match, norm, text, word)
            while growth is not None:
                yield growth
                done = match.end()
                following = continuation_regex().match(norm, match.end(), stop)
                if following is None and word and _from_level(match, norm, word):
                    following = level_regex().match(norm, match.end(), stop)
                if following is None or not word:
                    break
                match, growth = following, _inherit_basis(_build(following, norm, text, word), growth)


def _inherit_basis(growth: Growth | None, before: Growth) -> Growth | None:
    """A figure listed after another, or a rate's new level, is on the first one's basis
    (同比增长13.4%和0.7%; 同比增幅由去年的15%降至4%)."""
    if growth is None or growth.basis is not None or before.basis is None:
        return growth
    return dataclasses.replace(growth, basis=before.basis)


# A rate compared with other rates: each figure it is compared with is a growth figure of its
# own (技改投资增速低于工业新建投资22.5%和工业固定资产投资13.2%的增速; 远远低于去年同期的34.2%).
# What is compared stands between the comparison word and the figure, so a threshold
# (首次低于10%) is no comparison.
_NEXT_COMPARED = regex.compile(r"(?:和|、|及|与)[^，。；;,%\d]{0,12}?(?P<number>\d+(?:\.\d+)?)%")
_RATE_AFTER = regex.compile(r"的?(?:增长|增速|增幅|涨幅|降幅|增长率|增长速度)")


@functools.cache
def _rate_comparison() -> regex.Pattern[str]:
    """高于/低于/快于/慢于, what is compared, then a percentage (高出 gives a difference instead)."""
    words = "|".join(w for w, (_, kind) in change_words().items() if kind == "comparison" and w.endswith("于"))
    return regex.compile(rf"(?:{words})[^，。；;,%\d]{{2,12}}?(?P<number>\d+(?:\.\d+)?)%")


@functools.cache
def _rate_before() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_words('verb', 'rate', min_length=2)})")


def _compared_rates(norm: str, original: str, start: int, stop: int) -> Iterator[Growth]:
    """The figures a rate is compared with, bare (22.5%, 13.2%), in a sentence that states a
    rate or a change before the comparison. One figure written with its rate noun after it
    (高于全国GDP5.5%的增长目标) is left to the figure-first reading (5.5%的增长)."""
    for match in _rate_comparison().finditer(norm, start, stop):
        sentence = max(norm.rfind(mark, start, match.start()) for mark in "。；;！？!?")
        if not _rate_before().search(norm, max(sentence + 1, start), match.start()):
            continue
        figures = _with_listed(norm, match, stop)
        if len(figures) == 1 and _RATE_AFTER.match(norm, match.end()):
            continue
        yield from (_bare_rate(original, figure, "up") for figure in figures)


def _with_listed(norm: str, first: regex.Match[str], stop: int) -> list[regex.Match[str]]:
    """A bare rate and those listed after it with 和/、/及/与 (22.5%和工业固定资产投资13.2%)."""
    figures = [first]
    while (following := _NEXT_COMPARED.match(norm, figures[-1].end(), stop)) is not None:
        figures.append(following)
    return figures


def _bare_rate(original: str, figure: regex.Match[str], direction: str) -> Growth:
    """The growth figure a bare rate match writes, in percent, from its number to its end."""
    begin, end = figure.start("number"), figure.end()
    return Growth(original[begin:end], begin, end, Decimal(figure.group("number")), "percent", direction)


def find_percentages(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    normalized: str | None = None,
    growth: Sequence[Growth] | None = None,
) -> Iterator[Percentage]:
    """Percentages in ``text[start:end]`` that are not part of a growth figure.

    ``growth`` is ``find_growth``'s result for the same span, when the caller has it.
    """
    norm = normalize(text) if normalized is None else normalized
    stop = len(norm) if end is None else end
    found = find_growth(text, start, stop, normalized=norm) if growth is None else growth
    taken = sorted((g.start, g.end) for g in found)
    starts = [s for s, _ in taken]
    reach = max((e - s for s, e in taken), default=0)
    for match in percent_regex().finditer(norm, start, stop):
        if overlaps_any(taken, starts, match.start(), match.start() + 1, reach):
            continue
        parsed = _plain_percent(match)
        if parsed is not None:
            value, stop_at = parsed
            yield Percentage(text=text[match.start() : stop_at], start=match.start(), end=stop_at, value=value)
