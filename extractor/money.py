"""Money amounts: ``parse_money`` for one surface, ``find_money`` for running text.

Both go through the same regular expression and the same ``_build``, so the parser
and the extractor cannot drift apart. The expression is assembled from named pieces
whose vocabularies live in ``resources/`` (currencies, qualifiers, numerals).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator
from dataclasses import replace
from decimal import Decimal

import regex

from ._resources import read_rows, read_words
from ._scan import windows
from .context import CLAUSE_MARKS, SENTENCE_MARKS, sentence_start
from .normalize import normalize
from .numerals import ARABIC, SPACED_POINT, canonical, digit_pair, numeral_chars, parse_number
from .types import Money

# A multiplier written after a number or after 多/余: 3000多万元, 十余亿元, 3至5亿元.
MULTIPLIER = "万亿|千亿|百亿|千万|百万|亿|万|千"
RANGE_SEPARATOR = "至|到|-|~"
# 几百万元, 数千亿元: an indefinite count of a magnitude; the value is the magnitude, qualifier over.
INDEFINITE = "几数"
_WITHOUT_INDEFINITE = str.maketrans("", "", INDEFINITE + "好")  # 好几千: 几千, many thousands
_INDEFINITE_CHARS = frozenset(INDEFINITE)
_CODE = regex.compile(r"0\d")
# 块 is colloquial 元 (50块, 100块钱) but also counts things (5000多万块面板, 3块地).
_TRIGGER_REACH = 12  # a money word this close before a bare figure makes it money (投资120亿)
_KUAI = regex.compile(r"块(?!钱|[涨跌多]|奖励|奖金)(?=\p{Han})")  # 几千块涨到: a price that changes; 300块奖励
_TAIL = regex.compile(rf"(?:{MULTIPLIER})$")
# What a price is per (2分/千瓦时, 每吨75万元, 一元一市斤), for the amount and its role
_UNITS_PRICED = (
    "千瓦时 度 吨 公斤 千克 克 斤 市斤 两 盎司 桶 立方米 方 升 平方米 平米 米 "
    "公里 件 个 只 台 辆 股 张 份 瓶 盒 袋 包 碗 杯"
)
PRICE_UNITS = "|".join(sorted(_UNITS_PRICED.split(), key=lambda unit: (-len(unit), unit)))
_PER_UNIT = regex.compile(rf"/(?:{PRICE_UNITS})")
_LONE_DIGITS = frozenset("一二两三四五六七八九十")
# A magnitude written without a number before a currency: 逼近万元大关, 上亿元, 超过万亿元.
_LONE_MAGNITUDES = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12}
# ... but not a rate per 10,000 yuan (吨标准煤/万元, 每万元GDP) nor 万元户 (a household).
_PER_MAGNITUDE = regex.compile(r"[/每]$")
_RATIO_AFTER = regex.compile(r"户|GDP|生产总值|地区生产总值|产值|工业增加值|增加值")
# 角/毛 (0.1) and 分 (0.01) after 元/圆/块 belong to the amount: 五元三毛 = 5.3, 50元6角三分 = 50.63.
# One digit each; 分之 (a fraction) and 分钟 (minutes) are not 分.
_SUB_DIGIT = r"[\d一二两三四五六七八九壹贰貳叁肆伍陆陸柒捌玖]"
SUBUNITS = (
    rf"(?<=(?<![美港欧日韩澳加坡门新])[元圆]|块)"
    rf"(?:(?P<jiao>{_SUB_DIGIT})[角毛](?:零?(?P<fen>{_SUB_DIGIT})分(?![之钟]))?|零?(?P<fen_only>{_SUB_DIGIT})分(?![之钟]))"
)


def _alternation(words: Collection[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def currency_codes() -> dict[str, tuple[str, str]]:
    """Currency surface → (ISO 4217 code, position)."""
    return {word: (code, position) for word, code, position, _ in read_rows("currencies.tsv", 4)}


@functools.cache
def currency_scales() -> dict[str, Decimal]:
    """Currency subunits → base units per unit (美分 → 0.01)."""
    return {word: Decimal(scale) for word, _, _, scale in read_rows("currencies.tsv", 4) if scale}


@functools.cache
def qualifier_words() -> dict[str, tuple[str, str]]:
    """Qualifier word → (qualifier, position)."""
    return {word: (qualifier, position) for word, qualifier, position in read_rows("qualifiers.tsv", 3)}


def number_pattern() -> str:
    """A written number: Arabic (with Chinese multipliers after it) or Chinese numerals."""
    scales = numeral_chars("unit", "big")
    chinese = numeral_chars("digit", "unit", "big", "point")
    # 兆 is 10^12 in Korean and Japanese amounts (37兆韩元); elsewhere it is ambiguous.
    arabic = (
        rf"(?:{ARABIC})(?:(?<=\d)几)?(?:{SPACED_POINT})?(?:\x20?[{scales}]+(?:\d+[{scales}]+)*\d*|兆(?=韩元|日元))?"
    )
    # 几百万, 十几亿, 几个亿: 几 or 数 once, before, inside or (before 个) alone; 20几元: after digits
    indefinite = rf"[{chinese}]+[{INDEFINITE}][{chinese}]*|[{INDEFINITE}]?[{chinese}]+|[{INDEFINITE}](?=个)"
    # 净资产为负2.07亿欧元; 好几千元, 好几个亿: 好 before 几 belongs to the number
    return rf"(?<![\d.])(?:负?{arabic}|负?(?:好(?=几))?(?:{indefinite}))"


def qualifier_pattern(position: str) -> str:
    return _alternation([w for w, (_, pos) in qualifier_words().items() if pos == position])


def _first_chars() -> str:
    """The characters a money mention can start with: a qualifier before it, a prefix, a number."""
    words = [w for w, (_, pos) in currency_codes().items() if pos in ("prefix", "both")]
    words += [w for w, (_, pos) in qualifier_words().items() if pos == "before"]
    chars = {w[0] for w in words} | set(numeral_chars("digit", "unit", "big", "point") + INDEFINITE + "负好")
    return re.escape("".join(sorted(chars)))


# Words that end in 约 and are no qualifier: 签约, 节约, 合约, 制约, 契约, 预约, 邀约, 条约, 公约.
YUE_WORDS = "签节合制契预邀条公"
# regex's \s (Unicode White_Space) is re's \s without the separators \x1c-\x1f.
_SPACE = r"[^\S\x1c-\x1f]"


@functools.cache
def money_regex() -> re.Pattern[str]:
    """A money mention, in the stdlib ``re``: led by a look at its first character, it is
    searched twice as fast as by ``regex``, which tries the whole expression at every offset."""
    codes = currency_codes()
    prefix = _alternation([w for w, (_, pos) in codes.items() if pos in ("prefix", "both")])
    suffix = _alternation([w for w, (_, pos) in codes.items() if pos in ("suffix", "both", "formal")])
    number, inside = number_pattern(), qualifier_pattern("inside")
    return re.compile(
        rf"""
        (?=[\d{_first_chars()}])
        (?:(?:(?!约)|(?<![{YUE_WORDS}]))(?P<before>{qualifier_pattern("before")}))?  # not the 约 of 签约, 节约
        (?P<core>
            (?:(?P<prefix>{prefix}){_SPACE}{{0,2}})?  # a space counts only after a prefix: 人民币 8千元
            (?P<low>{number})(?:(?P<inner>{inside})(?P<mult>{MULTIPLIER})?)?
            (?:(?P<currency1>{suffix})?(?:{RANGE_SEPARATOR})
               (?P<high>{number})(?:(?P<inner2>{inside})(?P<mult2>{MULTIPLIER})?)?)?
            (?:\x20?(?P<currency>{suffix}))?
            # a currency, or 万/亿 (3万多, 1万5: the elided unit) for bare money:
            (?(currency)|(?(prefix)|(?(currency1)|(?:(?<=[万亿])|(?<=[万亿][多余])|(?<=\d[万亿]\d)(?![\d.])|(?<=\d[万亿]\d[千百])|(?<=[一二两三四五六七八九十][万亿][一二两三四五六七八九])(?![一二两三四五六七八九十百千万亿零])))))
            (?:{SUBUNITS})?
        )
        (?P<after>{qualifier_pattern("after")}|(?<=[元块角])多)?  # 3角多, 17块多: 多 for the smaller units
        """,
        re.VERBOSE,
    )


@functools.cache
def bare_triggers() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Words that make a figure without a currency money: before it, or right after it."""
    rows = read_rows("money_triggers.tsv", 2)
    before = _alternation([w for w, pos in rows if pos == "before"])
    after = _alternation([w for w, pos in rows if pos == "after"])
    # 1.91万亿的收入; “千亿”年销售额: a quoted figure, the money word after the quote
    # 2000万的破产费用: 的 and the words that say what kind, then the money word
    # 三十亿以上重大工业项目: projects of that size and more, the words of their kind between
    return regex.compile(rf"(?:{before})"), regex.compile(
        rf"(?:(?<=[\p{{Han}}\d])”)?(?:的\p{{Han}}{{0,4}}?)?(?:{after})|(?<=以上)\p{{Han}}{{1,4}}?项目"
    )


@functools.cache
def _measure_start() -> regex.Pattern[str]:
    """A measure word after a figure (300万吨), unless it opens a money word (30亿项目: 项)."""
    after = _alternation([w for w, pos in read_rows("money_triggers.tsv", 2) if pos == "after"])
    return regex.compile(rf"(?!{after})(?:{_alternation(read_words('measure_words.tsv'))})")


def _value(number: str, inner: str | None, mult: str | None) -> Decimal | None:
    if number.startswith("0") and _CODE.match(number):
        return None  # 0451-86888888 is a telephone number, not a range of money
    number = number.replace(" .", ".")
    if number.endswith("兆"):
        trillions = parse_number(number[:-1])
        return None if trillions is None else canonical(trillions * Decimal(10) ** 12)
    bare = number.translate(_WITHOUT_INDEFINITE)  # 十几亿 → 十亿, its lower bound
    value = _LONE_MAGNITUDES.get(number) or _LONE_MAGNITUDES.get(bare) or parse_number(bare or "1")  # 几亿元, 几个亿
    if value is None:
        return None
    if mult:
        scale = _multiplier(mult)
        value = None if scale is None else canonical(value * scale)
    return value


@functools.cache
def _multiplier(mult: str) -> Decimal | None:
    """The value of a multiplier (万亿, 千万, 亿 …): one of a few words, parsed once."""
    return parse_number("1" + mult)


_FORMAL = regex.compile("(?=.*[零壹贰叁肆伍陆柒捌玖拾佰仟])[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+")  # not 万分 (激动万分)


def _formal_only(word: str | None) -> bool:
    return bool(word) and currency_codes()[word or ""][1] == "formal"


Figure = re.Match[str]  # a match of ``money_regex``
Groups = dict[str, str | None]  # a match's groups, read once (match.group is slow per call)


def _subunits(g: Groups) -> Decimal:
    """The 角 and 分 written after 元 (五元三毛 → 0.3), in 元."""
    total = Decimal(0)
    if not (g["jiao"] or g["fen"] or g["fen_only"]):
        return total
    for name, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01")), ("fen_only", Decimal("0.01"))):
        digit = g[name]
        value = parse_number(digit) if digit else None
        if value is not None:
            total += value * scale
    return total


def _currency(g: Groups) -> str | None:
    words = [word for word in (g["currency"], g["prefix"], g["currency1"]) if word]
    if g["prefix"]:  # 新台币923.3亿元: 元 is the unit of the currency named before the number
        words = [word for word in words if word not in ("元", "圆")]
    codes = [currency_codes()[word][0] for word in words]
    if not codes or len(set(codes)) > 1:
        return None
    return codes[0]


def _range_bounds(g: Groups) -> tuple[Decimal | None, Decimal | None]:
    low_text, high_text = g["low"] or "", g["high"] or ""
    high = _value(high_text, g["inner2"], g["mult2"])
    tail = _TAIL.search(g["mult2"] or high_text)
    if tail and not g["mult"] and not _TAIL.search(low_text):
        low_text += tail.group(0)  # the unit written once applies to both ends: 3至5亿元
    low = _value(low_text, g["inner"], g["mult"])
    return low, high


# Two digits side by side are an approximate range (七八块钱 = 7-8, 三五万元 = 3-5万), not 78.
def has_digit(text: str) -> bool:
    """True if ``text`` writes a digit or a magnitude (百亿投资, 超千亿, 几百万): 千万 alone does not."""
    digits = numeral_chars("digit")
    return text.startswith(("十", "百", "千亿", *INDEFINITE)) or any(c.isdigit() or c in digits for c in text)


# 分 after Arabic digits is money in a clause about the price of power (电价上调0.4分, 每度电
# 上涨1.67分) and before 钱 (1分钱); not 一分钱, which is an idiom (不花一分钱).
_POWER_PRICE = regex.compile(r"电价|电费|每度|度电|千瓦时")
_POWER_REACH = 20


_SPOKEN_JIAO = frozenset({"角钱", "毛钱"})
_UNIT_BEFORE_DUO = frozenset({"元", "块", "角"})
_JIAO_END = regex.compile(r"[多余]|[^\p{Han}]|$")


def _spoken_fen(text: str, match: Figure, number: str) -> bool:
    if match.group("currency") == "角" and number.isdigit():
        return _JIAO_END.match(text, match.end("currency")) is not None  # 上涨3角多: 3角形 is no money
    if match.group("currency") == "厘":  # 电价上调四厘: a thousandth of a yuan, in power prices only
        return not text.startswith("米", match.end("currency")) and _in_power_price(text, match)
    if match.group("currency") in _SPOKEN_JIAO:
        return number != "一"  # 两毛钱, 五角钱 are money; 一毛钱一打 and 一毛钱关系 are idioms
    if match.group("currency") not in ("分", "分钱") or not number[:1].isdigit():
        return False  # 一分钱都不花 says nothing was spent: no amount
    if match.group("currency") == "分钱":
        return True
    return _in_power_price(text, match)


def _in_power_price(text: str, match: Figure) -> bool:
    """Does the figure's clause speak of the price of power (电价, 每度) before it?"""
    clause = sentence_start(text, match.start(), max(0, match.start() - _POWER_REACH), CLAUSE_MARKS)
    return _POWER_PRICE.search(text, clause, match.start()) is not None


def _formal(match: Figure, original: str, number: str) -> bool:
    """Is 角/分 alone money here: after formal numerals (壹角), in a unit price (2分/千瓦时), or spoken (1分钱)?"""
    if _FORMAL.fullmatch(number.lstrip("负")) or _PER_UNIT.match(original, match.end("core")):
        return True
    return _spoken_fen(original, match, number)


def _build(match: Figure, offset: int, original: str) -> Money | None:
    """A ``Money`` from a match of ``money_regex``, or ``None`` if its numbers do not parse."""
    g: Groups = match.groupdict()
    number = g["low"] or ""
    currency = _currency(g) or "CNY"
    if _formal_only(g["currency"]) and not _formal(match, original, number):
        return None  # 角/分 alone are money only after formal numerals (壹角); 三角, 十分 are words
    start, end = match.span("core")
    if g["after"] == "多" and (g["currency"] or "") in _UNIT_BEFORE_DUO:
        end = match.end("after")  # 3角多 is 3 jiao and some fen: the 多 reads as part of the number
    scale = currency_scales().get(g["currency"] or "", Decimal(1))
    pair = None if g["high"] else digit_pair(number, neighbours=False)  # 三五万元: 3万 to 5万
    low: Decimal | None
    high: Decimal | None
    if pair:
        low, high = canonical(pair[0] * scale), canonical(pair[1] * scale)
        value, qualifier = None, "range"
    elif g["high"]:
        low, high = _range_bounds(g)
        if low is None or high is None or low >= high:
            return None
        value, qualifier = None, "range"
    else:
        value = _value(number, g["inner"], g["mult"])
        if value is None:
            return None
        value = canonical(value * scale + _subunits(g))
        qualifier_word = g["before"] or g["after"]
        qualifier = qualifier_words()[qualifier_word][0] if qualifier_word else "exact"
        low = high = None
        if (g["inner"] and qualifier_words()[g["inner"]][0] == "over") or not _INDEFINITE_CHARS.isdisjoint(number):
            qualifier, low = "over", value  # 3000多万元, 几百万元; not 17个亿
        elif end == match.end("after"):
            low = value  # 3角多: at least 3 jiao, as 3000多万元 is at least 3000万
    return Money(
        text=original[start:end],
        start=offset + start,
        end=offset + end,
        value=value,
        currency=currency,
        qualifier=qualifier,
        low=low,
        high=high,
    )


def parse_money(text: str) -> Money | None:
    """Parse one money surface (``"近300亿"``, ``"人民币5亿元"``, ``"3至5亿元"``).

    The caller asserts the text is money, so a figure without a currency word is taken
    as CNY. Offsets in the result are into ``text``; ``None`` means not money.
    """
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    match = money_regex().fullmatch(normalize(stripped))
    if match is None:
        return None
    return _build(match, lead, stripped)


def _is_bare_money(match: Figure, text: str) -> bool:
    """A figure without currency is money only with 万/亿 and a money word around it."""
    core = match.group("core")
    if not ("万" in core or "亿" in core):
        return False
    end = match.end()
    if _measure_start().match(text, end):
        return False
    if match.group("inner") in ("个", "个多") and match.group("mult") == "亿":
        return True  # 几个亿, 三个多亿: the spoken measure of money; a count is written 亿个
    if "亿" in core and text.startswith("级", end) and not _SCALE_OF_COUNT.match(text, end + 1):
        return True  # 5个百亿级项目, 提升到几十亿级: a scale of money (annotation: money without 元)
    after = bare_triggers()[1]
    money_after = after.match(text, end)
    if money_after and text.startswith(("者", "人"), money_after.end()):
        money_after = None  # 2000万投资者 counts investors
    if core in _LONE_MAGNITUDES and match.group("before") and not money_after:
        money_after = _clause_trigger(match, text)  # 产值近亿, 投资过亿: a qualifier makes the magnitude a figure
    if not has_digit(core):  # 千万 is also "by all means": money only right before a money word
        return (core == "千万" or core in _LONE_MAGNITUDES) and money_after is not None
    trigger = _clause_trigger(match, text)  # not 支付 of 符合信用支付要求的买家已经达到8000万
    return bool(money_after) or (trigger is not None and not _COUNTED.search(text, trigger.end(), match.start()))


# 从几千块涨到了1万多: the level a change reaches from an amount is an amount too.
_FROM_LEVEL = regex.compile(
    r"[从由](?P<level>[^，。；,;从由]{1,12}?)(?:一路)?(?:上涨|下跌|上升|下降|攀升|飙升|回落|增加|减少|涨|跌|升|降|增|减)"
    r"(?:到|至)了?$"
)


def _from_currency(match: Figure, norm: str) -> str | None:
    """The currency of the amount a change starts from, for the bare 万/亿 level it reaches
    (从几千块涨到了1万多, 从8000美元涨到了1.2万)."""
    if not ("万" in match.group("core") or "亿" in match.group("core")):
        return None
    before = _FROM_LEVEL.search(norm, _trigger_clause(match, norm), match.start())
    level = money_regex().fullmatch(before.group("level")) if before else None
    if level is None or not (level.group("currency") or level.group("prefix")):
        return None
    return _currency(level.groupdict())


def _trigger_clause(match: Figure, text: str) -> int:
    """Where the figure's clause starts, looking back no further than a money word may stand."""
    return sentence_start(text, match.start(), max(0, match.start() - _TRIGGER_REACH), CLAUSE_MARKS)


def _clause_trigger(match: Figure, text: str) -> regex.Match[str] | None:
    """A money word before the figure in its clause (投资120亿)."""
    return bare_triggers()[0].search(text, _trigger_clause(match, text), match.start())


_SCALE_OF_COUNT = regex.compile(r"别|用户|人|网民|观众|粉丝")  # 千亿级别 (of output), 10亿级用户


def _listed_currency(match: Figure, norm: str, stop: int) -> str | None:
    """The currency of the amount listed right after a bare 万/亿 figure (1.38亿、承担债务1亿欧元):
    a figure of the same list, of the same magnitude, is money in the same currency."""
    core = match.group("core")
    if not ("万" in core or "亿" in core) or not norm.startswith("、", match.end()):
        return None
    clause_end = _LISTED_END.search(norm, match.end(), stop)
    nxt = money_regex().search(norm, match.end() + 1, clause_end.start() if clause_end else stop)
    if nxt is None or nxt.start() - match.end() > _LISTED_GAP or core[-1] not in nxt.group("core"):
        return None  # 销量200万、产值10亿元: not one list of amounts
    return _currency(nxt.groupdict()) if nxt.group("currency") or nxt.group("prefix") else None


def _bracketed_currency(norm: str, end: int) -> str | None:
    """The currency written after a bracket that follows a bare 万/亿 figure, or that closes
    right after one: 15亿(后上升为16.8亿)澳元 — both amounts are in 澳元."""
    match = _bracketed().match(norm, end)
    return currency_codes()[match.group("currency")][0] if match else None


@functools.cache
def _bracketed() -> regex.Pattern[str]:
    words = _alternation([w for w, (_, position) in currency_codes().items() if position in ("suffix", "both")])
    return regex.compile(rf"(?<=[万亿])(?:\([^()]{{1,16}}\)|\))(?P<currency>{words})")


_LISTED_END = regex.compile(r"[，。；;,)）]")
_LISTED_GAP = 6


def _lone_digit_name(match: Figure, norm: str) -> bool:
    """One Chinese digit and 元/块 alone is a name or a count, not money (北京三元 the dairy,
    分为六块 six parts), unless 钱, a price per unit, a money word or a qualifier says
    otherwise (三元钱, 每斤两元, 花费我三块, 上涨了十元左右); news writes small amounts
    in Arabic digits."""
    core = match.group("core")
    if len(core) != 2 or core[0] not in _LONE_DIGITS or core[1] not in "元块" or match.group("after"):
        return False
    if norm.startswith("钱", match.end("core")) or "每" in norm[max(0, match.start() - 3) : match.start()]:
        return False  # 三元钱, 每斤两元
    if _PER_ONE_UNIT.match(norm, match.end("core")):
        return False  # 生姜一元一市斤: a price for one unit
    return _clause_trigger(match, norm) is None


_PER_ONE_UNIT = regex.compile(rf"一(?:{PRICE_UNITS})")


# Words around a figure in 块 that make it yuan: buying, paying, a price, a change of price.
_KUAI_CUE = regex.compile(r"花|买|卖|付|交|赚|挣|收|赔|罚|给|价|钱|每|贵|便宜|工资|成本|涨|跌|高出|低|奖励|奖金")
_KUAI_REACH = 4  # characters after 块 where a price may still be named: 17块多的价格


def _kuai_counts(match: Figure, norm: str) -> bool:
    """Does a figure in 块 (no 钱) count pieces (岩石2485块, 切成200块), with no word of money
    in its clause or right after it (花了200块, 每斤3块, 从几千块涨到)?"""
    if norm.startswith("钱", match.end("currency")):
        return False
    before = _KUAI_CUE.search(norm, _trigger_clause(match, norm), match.start())
    return before is None and _KUAI_CUE.search(norm, match.end(), match.end() + _KUAI_REACH) is None


def _lone_magnitude_no_money(match: Figure, norm: str) -> bool:
    """Is a magnitude without a number a rate per 10,000 yuan (吨标准煤/万元, 万元GDP能耗), or
    the unit of a figure the page left blank (外币存款增加 亿美元: a table whose numbers are lost)?"""
    if match.group("low") not in _LONE_MAGNITUDES:
        return False
    if match.start("core") > 0 and norm[match.start("core") - 1].isspace() and not match.group("before"):
        return True
    return bool(_PER_MAGNITUDE.search(norm, 0, match.start("core"))) or bool(_RATIO_AFTER.match(norm, match.end()))


def find_money(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    normalized: str | None = None,
    token_starts: Collection[int] | None = None,
) -> Iterator[Money]:
    """Money amounts in ``text[start:end]``, with offsets into ``text``.

    ``normalized`` is ``normalize(text)`` when the caller has it already;
    ``token_starts`` are the start offsets of the tokeniser's words, used as evidence
    against a match that cuts through a word.
    """
    norm = normalize(text) if normalized is None else normalized
    stop = len(norm) if end is None else end
    found: list[Money] = []
    bare: list[Figure] = []
    for window_start, window_end in windows(_anchor_regex(), norm, start, stop, _REACH_BACK, _REACH_FORWARD):
        found.extend(_find_in(text, norm, window_start, window_end, token_starts, bare))
    if bare and found:
        found = sorted(found + list(_echoes(text, norm, found, bare)), key=lambda money: money.start)
    siblings = list(_siblings(text, norm, found, start, stop))
    yield from sorted(found + siblings, key=lambda money: money.start) if siblings else found


# Where a bare sibling of an amount stands: at a clause end, or before 排名, 每 or 的.
_SIBLING = regex.compile(r"[多余]?”?(?:[，。；;、,]|排名|每|的|大关|乃至|甚至)")
_MAGNITUDE = regex.compile(r"[万亿]")
_SENTENCE_END = regex.compile(f"[{regex.escape(SENTENCE_MARKS)}]")
# people counted, or a count of things (日登陆量, 数量): the bare 万/亿 figure after them is no money
_COUNTED = regex.compile(
    r"用户|人口|人数|人次|人群|网民|观众|粉丝|游客|员工|就业|会员|买家|"
    r"数量|销量|产量|访问量|登陆量|登录量|下载量|浏览量|点击量|流量"
)  # not 总量, 存量: 经济总量, 资金存量


def _siblings(text: str, norm: str, found: list[Money], start: int, stop: int) -> Iterator[Money]:
    """Bare 万/亿 figures that stand beside an amount of the same magnitude in its sentence
    (中国石化以1.91万亿的收入排名第一，中国石油1.47万亿排名第二; 江门每年安排1.5亿，东莞每年投入5亿;
    从去年的5万元每吨上涨到6万多每吨): a sentence that counts money in 亿 goes on counting
    money in 亿. The figure must end where a noun would (a clause end, 排名, 每, 的), so
    that 带动就业1万人 or 产能500亿标砖 stay counts, and no people may be counted in its
    clause (用户数达1亿)."""
    taken = [(money.start, money.end) for money in found]
    for opening, closing, magnitudes in _money_sentences(norm, found, start, stop):
        cues = _sibling_cue().finditer(norm, opening, closing + 1)
        if not any(all(not a <= m.start() < b for a, b in taken) for m in cues):
            continue  # a cheap look first: no 万/亿 outside an amount ends where a noun would
        for match in money_regex().finditer(norm, opening, closing):
            core = match.group("core")
            if match.group("currency") or match.group("prefix") or not has_digit(core):
                continue
            if core.rstrip("多余")[-1:] not in magnitudes or not _SIBLING.match(norm, match.end()):
                continue
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if _COUNTED.search(norm, sentence_start(norm, match.start(), opening, CLAUSE_MARKS), match.start()):
                continue
            sibling = _build(match, 0, text)
            if sibling is not None:
                taken.append((sibling.start, sibling.end))
                yield sibling


@functools.cache
def _sibling_cue() -> regex.Pattern[str]:
    """Where a sibling can end: 万/亿, its 多/余 and after-qualifier, then a clause end or 排名, 每, 的."""
    return regex.compile(rf"[万亿][多余]?(?:{qualifier_pattern('after')})?{_SIBLING.pattern}")


def _money_sentences(norm: str, found: list[Money], start: int, stop: int) -> list[tuple[int, int, set[str]]]:
    """The sentences holding an amount in 万 or 亿, with the magnitudes their amounts use."""
    sentences: dict[tuple[int, int], set[str]] = {}
    for money in found:
        magnitudes = set(_MAGNITUDE.findall(money.text))
        if magnitudes and money.value is not None:
            opening = sentence_start(norm, money.start, start)
            closing = _SENTENCE_END.search(norm, money.end, stop)
            sentences.setdefault((opening, closing.start() if closing else stop), set()).update(magnitudes)
    return [(opening, closing, magnitudes) for (opening, closing), magnitudes in sorted(sentences.items())]


@functools.cache
def _anchor_regex() -> re.Pattern[str]:
    """Where money can be: a currency word or 万/亿 (a mention ends there) or a prefix.

    A word holding a one-character anchor (美元 holds 元) is found by that character: a
    character class is searched faster than the long alternation of every word.
    万/亿 right before a measure word (300万吨) end no money (``_is_bare_money``) and are
    no anchor: a third of the 万/亿 in news count tons, cars and square metres.
    The stdlib ``re``, led by a look at the first characters of the anchors, skips to
    them twice as fast as ``regex`` goes through the text.
    """
    words = [w for w in currency_codes() if w[0] not in "角分"]
    single = {w for w in words if len(w) == 1}
    longer = [w for w in words if len(w) > 1 and not any(c in single for c in w)]
    chars = re.escape("".join(sorted(single)))
    firsts = re.escape("".join(sorted(single | {w[0] for w in longer} | set("万亿角分"))))
    measure = _measure_start().pattern
    return re.compile(
        rf"(?=[{firsts}])"
        rf"(?:[{chars}]|[万亿](?!{measure})|{_alternation(longer)}|[角分][/钱]|(?<=\d)分(?![之钟])|(?<=\d)角)"
    )


_FROM = regex.compile(r"从\s?$")
_SPREAD = regex.compile(r"\s?(?:不等|之间)")


def _from_to(match: Figure, norm: str) -> bool:
    """Is a range a move from one level to another (营业额要从几亿元到几十亿元), two amounts,
    rather than a spread (从3亿到5亿元不等)?"""
    if not match.group("high") or _FROM.search(norm, max(0, match.start() - 2), match.start()) is None:
        return False
    return _SPREAD.match(norm, match.end()) is None


# A mention starts at most this far before its anchor (qualifier, prefix, long numeral)
# and ends at most this far after it (after-qualifier, 角/分).
_REACH_BACK, _REACH_FORWARD = 30, 12


def _echoes(text: str, norm: str, found: list[Money], bare: list[Figure]) -> Iterator[Money]:
    """Bare 万/亿 figures that repeat the value of an amount of the article (a heading's
    7000亿？ when the body says 7000亿元; 48.4亿-34亿=14.4亿 of profits named 48.4亿元
    elsewhere): the same figure is the same money, in the same currency. Figures in a
    clause that counts people (用户1亿) stay counts."""
    currencies = {money.value: money.currency for money in found if money.value and _MAGNITUDE.search(money.text)}
    for match in bare:
        if not has_digit(match.group("core")) or match.group("inner") or _measure_start().match(norm, match.end()):
            continue  # 500万吨 beside 500万元 counts tons
        money = _build(match, 0, text)
        if money is None or money.value not in currencies:
            continue
        if _COUNTED.search(norm, sentence_start(norm, match.start(), 0, CLAUSE_MARKS), match.start()):
            continue
        yield replace(money, currency=currencies[money.value])


def _at_word_start(match: re.Match[str], token_starts: Collection[int]) -> bool:
    """Does the figure start a word, or does the qualifier or adverb before it (上万元/m,
    近万元, 仅四厘: one word to jieba)?"""
    if match.start("core") in token_starts or (match.group("before") is not None and match.start() in token_starts):
        return True
    core = match.start("core")
    return core > 0 and match.string[core - 1] in _GLUED_ADVERBS and core - 1 in token_starts


_GLUED_ADVERBS = frozenset("仅只才共")  # jieba holds 仅四厘, 共三元 as one word


def _prefix_cuts_a_word(match: re.Match[str], token_starts: Collection[int]) -> bool:
    """Does a figure in Chinese numerals after a currency prefix, with no currency word after
    it, end inside a word (人民币一 of 人民币一年期)?"""
    low = match.group("low")
    bare = match.group("prefix") and not match.group("currency") and not match.group("currency1")
    return bool(bare) and not low[0].isdigit() and match.end() not in token_starts and match.end() < len(match.string)


def _find_in(
    text: str,
    norm: str,
    start: int,
    stop: int,
    token_starts: Collection[int] | None,
    bare: list[Figure] | None = None,
) -> Iterator[Money]:
    """The amounts in ``norm[start:stop]``; bare 万/亿 figures that no money word makes money
    go to ``bare``."""
    position, search = start, money_regex().search
    while (match := search(norm, position, stop)) is not None:
        core, currency = match.group("core", "currency")
        if token_starts is not None and not core[0].isdigit() and not _at_word_start(match, token_starts):
            position = match.start("core") + 1  # cuts a word (李四人民币50元): look again inside
            continue
        if token_starts is not None and _prefix_cuts_a_word(match, token_starts):
            position = match.end()  # 美元兑人民币一年期: a word follows the currency, no figure
            continue
        if match.group("inner") == "个" and (
            match.group("mult") not in ("亿", "万") or norm.startswith("级", match.end())
        ):
            position = match.start("inner") + 1  # 5个百亿级项目, 5个亿元级企业 count things: look again after 个
            continue
        position = max(match.end(), position + 1)
        if currency == "块" and (
            _KUAI.match(norm, match.end("currency") - 1) or "万" in core or _kuai_counts(match, norm)
        ):
            continue
        bracketed = None if currency or match.group("prefix") else _bracketed_currency(norm, match.end())
        written = currency or match.group("prefix") or match.group("currency1")
        money_like = written or _is_bare_money(match, norm)
        listed = bracketed or (  # a bare figure a money word makes money may still take a currency
            None if written else _listed_currency(match, norm, stop) or _from_currency(match, norm)
        )
        if not money_like and listed is None:
            if bare is not None and not match.group("high"):
                bare.append(match)
            continue
        if _lone_digit_name(match, norm):
            continue
        money = None if _from_to(match, norm) else _build(match, 0, text)
        if money is not None and listed is not None:
            money = replace(money, currency=listed)  # 收购价1.38亿、承担债务1亿欧元
        if money is not None and _lone_magnitude_no_money(match, norm):
            continue
        if money is not None:
            yield money
        elif match.group("high"):  # 从7000亿到6000亿 falls: not a range but two amounts
            yield from _find_in(text, norm, match.start(), match.start("high"), token_starts)
            position = match.start("high")
