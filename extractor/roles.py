"""What each figure measures: the money ``role`` and the growth ``metric``.

The metric is a noun phrase in the figure's clause, before it: the longest known
measure (``resources/metrics.tsv``) that the clause ends with once the linking words
(达, 为, 完成, 同比 …) are stripped, else the clause's last noun-like stretch after a
place, a time or a function word. A growth figure with no phrase of its own
(``完成494.3亿元，增长8%``) takes the metric of the figure before it in its sentence.
An amount with no such phrase takes the money word after it (``400万元的产值``), else the
verb it is the object of (``下跌347元``, ``净买入1.5亿元``).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections.abc import Sequence
from decimal import Decimal

import regex

from ._resources import read_words
from ._scan import indexes_between
from .context import CLAUSE_MARKS, SENTENCE_MARKS, is_period, sentence_start
from .divisions import resolve
from .growth import OBJECT_VERBS, change_words
from .money import PRICE_UNITS, YUE_WORDS, bare_triggers, currency_codes
from .tokenizer import tag
from .types import Count, Growth, Money, Percentage

_MAX_METRIC = 12
_MAX_TOPIC = 14
_MIN_METRIC = 2
# Words between two amounts that make the second restate the first (a conversion, a change).
_RESTATES = regex.compile(r"约合|折合|合人民币|相当于|至|到")
_LEVEL_WORDS = frozenset({"高位", "低位", "高点", "低点"})  # 从…的高位下降到: where a figure stood, no metric
_SPANS_OF_TIME = ("时间", "时候", "期间", "时期")  # 一个多月的时间里上涨近六成: when, not what
_SERIES_MARKS = regex.compile(r"[;,、\s]")
_NUMBER_RUN = regex.compile(r"\d[\d.,]*")
_LAST_JOINT = regex.compile(r"[和及与](?!.*[和及与])")
_LINK = regex.compile(
    r"(?:同比|环比|按年|累计|一共|共计|合计|总计|等|确定为|定为|定在|分别|分别为|预计|预期|目标|计划|要有|要|需|应该|应当|(?<![效反供适相对响答回顺感呼])应|可|有望|从|由|已经|只有|仅有|至少有?|目前|"
    rf"约合|折合|大约|(?<![{YUE_WORDS}])约|近|超过|超出|超|逾|达到|到达|高达|逼近|达|为|是|完成|实现|不断|只能|可能|才能|全年|上半年|下半年|"
    r"增长|下降|提高|"
    # a comparison with an earlier time: 较前一交易日, 比上月, 较去年底, 比过去的五年, 较1~3月累计值
    # (not 比如, 比重)
    r"(?:较|比(?![如重例较]))[^，,。；;较比]{0,10}?(?:年底|年初|年末|年度|往年|同期|预期|月份|[年月日周末底初]|季度)(?:累计值)?|较|比上年|比上一年|比上年同期|比去年|比去年同期|仅|已|将|共|则|了|的|都|也|就|甚至|却|仍|每\p{Han}{1,2}|"
    r"(?:自|从)[^，,。；;自从]{1,10}?以来|上述|这笔|该笔|此笔|(?:19|20)\d{2}年|\d{1,2}月份?|去年|今年|上年|本年|在|于|\([^()]{1,12}\)|\s|"
    r"(?:[一二两三四五六七八九十半]|\d{1,2})(?:周|天|日|个月|年)(?:来|内|间)?|单日|当日|今日|昨日|前一(?:日|天|交易日)|全天|当天|最高|最低|之前|此前|以前|原来|本周|上周|当周|(?:上|本|下)?周[一二三四五六日末]|"
    r"(?<![截甚乃以])至|只|里|大幅度?|小幅|略有|稳步|继续|持续|明显|普遍|大概|或将|很容易|虽然|平均年|年平均|年均|复合|均|平均|再度|再次|再|又|还|按照|将有|年内|出现了?|保持着?|维持着?|与去年同期相比|相比|来看|算下来|经季节调整后|经季调后|季调后|"
    r"不超过|不足|不到|不低于|不少于|突破|破|减少|增加|收盘报|收报|报收|收于|(?:在|于)[^，,。；;]{1,8}?(?:内|里|中|间)|在[^，,。；;在]{1,10}?的(?:刺激|影响|带动|推动)下|在[^，,。；;在]{1,10}?基础上?|"
    r"(?:一路|逐步|逐渐|急剧)?(?:上涨|上扬|上升|攀升|下降|下跌|下滑|回落|回升|扩大|缩小|上调|下调|提高|提升|降低|增加|减少|跌|涨|升|降|增|减)(?:到|至)|接近|"
    r"人民币|新台币|港币|美元|US\$|\$|￥)+$"
)
_LINK_FROM_END = regex.compile(_LINK.pattern, regex.REVERSE)
# A clause that ends with a change stated in words: its subject is what a later rate measures.
_CHANGED = regex.compile(
    r"(?:增长|下降|上涨|下跌|上升|减少|增加|下滑|回落|上扬|提高|降低|萎缩|回升|上行|下行|走高|走低|攀升|飙升|"
    r"攀高|走强|走弱|大涨|大跌|暴涨|暴跌|飙涨|下挫)了?\s*$"
)
_FROM = regex.compile(r"[从由]")
_QUANTITY_END = regex.compile(r"\d\s*[万亿千百]?\p{Han}{0,2}$")  # 155.20万辆: a level, no subject
_REACHED = regex.compile(r"(?:至|到|达到|升至|增至|降至|跌至|回落到|回落至)?")  # left once link words are gone
_FIGURE_FIRST = regex.compile(
    r"^[^的]*[\d一二两三四五六七八九十半][^的]*的(?P<metric>\p{Han}{2,8}?)(?:增速|增幅|增长|涨幅|降幅)$"
)  # 20%的产能增速, 两成的产量增速
_AFTER_GAP = regex.compile(r"的(?:庞大|巨额|高额)?(?=\p{Han})")
_MONEY_VERB = regex.compile(
    r"(?P<verb>净?(?:买入|卖出|流入|流出)|净亏损?|亏损|减亏|增收|斥资|耗资|净赚|下跌|上涨|下降|上升|跌|涨|减少|增加|"
    r"上调|下调|调高|调低|安排|拨付|挣|赚|花|增资|注资|出资|融资|募资|认购|支出|增发|支付|预亏|预盈|"
    r"捐赠|捐款|捐资|捐助|捐献|筹集|筹措|净?回笼|净?投放|直降|提现|缴纳|节省|节约|省下|借给|借|凑|赚取|提取|赔付|收取|收|交|付|拿出|掏出|拨出)"
    r"(?:了|约|近|达|共|超过?|逾|大约|大概|不低于|不超过)*\s*$"  # not 涨至6.86元: a level, not a change
)
_NOUN_TAGS = ("n", "vn", "b", "an", "eng", "j", "l", "g")  # g: 钕/g of 稀土金属钕价格
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nsf"})
_SETTLEMENTS = frozenset({"城市", "农村", "城镇", "乡村"})  # CPI by where people live: 城市上涨5.3%，农村上涨
_MONEY_HEADS = frozenset("费款额价税率")  # one character that ends a measure: 开发费, 货款, 对价, 欺诈/vn 率/v
_CUT = regex.compile(
    r".*(?:[区市省县州镇国](?!场|值|际|内|外|企|有|域|间)(?<![城股楼车]市)|[年月日][内里间来]?|季度|年度|公司|其中|全年|今年|去年|同期|的|和|与|及|在|对|其|是|将|\d(?![\dA-Za-z])|[、\s()（）“”\"])"
)


@functools.cache
def _known_metric() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in read_words("metrics.tsv"))
    return regex.compile(rf"(?:{words})$")


def _noun_phrase(text: str, head: str) -> str:
    """``head`` (a known measure ending ``text``) with the nouns before it, by jieba's tags."""
    kept, category = 0, False
    for word, flag in reversed(tag(text)):
        noun = flag.startswith(_NOUN_TAGS) and flag not in _NAME_TAGS
        noun = noun or (kept == 0 and word in _SETTLEMENTS)  # 城市/ns 上涨5.3%: jieba tags it a place name
        noun = noun or (
            kept == 0 and word[-1:] in _MONEY_HEADS
        )  # 开发/n 费/v, 保费/v: a kind of money, whatever the tag
        noun = noun or (kept == 0 and len(word) > 1 and word in currency_codes())  # 英镑/q 下跌了25%: a currency
        bound = kept == 1 and flag.startswith("v")  # 回收/v 量/n: a measure made from a verb
        if kept >= len(head) and not noun and not category and not bound and word != "类":
            break
        category = word == "类"  # 居住/v 类/q: a category name, whatever its first word's tag
        kept += len(word)
    return text[len(text) - max(kept, len(head)) :]


@functools.lru_cache(maxsize=1024)
def _without_links(text: str) -> str:
    """``text`` without the link words that end it (同比, 约, 达到, 2019年): ``_LINK.sub``,
    which tries its long pattern at every offset (7 us for a clause of 14 characters). The
    same clause comes back for several figures of an article (three calls in ten over the
    corpus are a clause seen before in the same article), so the result is cached. Most
    clauses (seven in ten over the corpus) end with no link word, which a search from the
    end says in a third of the time: the ``$`` holds it to the last offset. Both searches
    find a match exactly when some link words end the text; only the forward one finds
    where the first of them begins."""
    return _LINK.sub("", text) if _LINK_FROM_END.search(text) else text


def metric_before(norm: str, position: int, floor: int = 0) -> str | None:
    """The metric phrase ending just before ``position`` in its clause, if any; a figure
    right after a colon is labelled by the clause before it (每股净资产：3.14元)."""
    start = sentence_start(norm, position, floor, CLAUSE_MARKS)
    if start == position and position - 1 > floor and norm[position - 1] in _COLONS:
        position -= 1
        start = sentence_start(norm, position, floor, CLAUSE_MARKS)
    return _clause_metric(norm[start:position])


_COLONS = frozenset(":：")


@functools.lru_cache(maxsize=256)
def _clause_metric(clause: str) -> str | None:
    """The metric phrase that ends ``clause``. It depends on the clause alone, and the same
    clause comes back, for several figures of an article or in the next articles (a quarter
    of the calls over the corpus), each time with two slow link-word substitutions and a
    tagging."""
    stripped = _without_links(_without_adverbs(_before_standard(_without_links(clause))))
    if not stripped:  # 人民币升值3%: a currency word, which the link words strip, is the subject
        return clause if len(clause) > 1 and clause in currency_codes() else None
    clause = stripped
    known = _known_metric().search(clause)
    head = known.group(0) if known else ""
    phrase = _noun_phrase(clause[_cut_end(clause, known.start() if known else len(clause)) :], head)
    if len(phrase) > _MAX_METRIC:
        return head or None
    named = len(phrase) >= _MIN_METRIC and phrase not in _rate_words() and phrase not in _LEVEL_WORDS
    named = named and not phrase.endswith(_SPANS_OF_TIME)
    return phrase if named else None


def _cut_end(clause: str, limit: int) -> int:
    """Where the metric may start: after the last cut word before ``limit`` (a place, a time,
    的, a figure), not after a cut character inside a word (交易对价: 对价 is a word, not 对)."""
    cut = _CUT.match(clause, 0, limit)
    while cut is not None and clause[cut.end() - 1] in _INNER_CUTS and cut.end() not in _word_ends(clause):
        cut = _CUT.match(clause, 0, cut.end() - 1)
    return cut.end() if cut else 0


_INNER_CUTS = frozenset("对其是将在和与及")  # cut characters that also begin words: 对价, 其他, 和谐


@functools.lru_cache(maxsize=256)
def _word_ends(clause: str) -> frozenset[int]:
    return frozenset(itertools.accumulate(len(word) for word, _ in tag(clause)))


def _before_standard(clause: str) -> str:
    """``clause`` up to the 比 that opens what it is compared with: 汽车价格通常比丰田、大众 (低10%)
    → 汽车价格通常; a comparison with an earlier time is a link word and gone already."""
    if "比" not in clause:
        return clause  # most clauses: no need to tag them (metric_before runs for every figure)
    words = tag(clause)
    offsets = list(itertools.accumulate((len(word) for word, _ in words), initial=0))
    for index in range(len(words) - 1, -1, -1):
        word, flag = words[index]
        if word == "比" and flag == "p" and (index == 0 or words[index - 1][0] != "占"):  # not 占比, a share
            return clause[: offsets[index]]
    return clause


# Modal verbs, and adverbs jieba does not tag d (或: maybe; 基本都: nearly all; 一度/mq: at one point;
# 名义/实际: nominal, real, of a rate; 有所/n: somewhat).
_MODALS = frozenset(
    {"能", "会", "可以", "能够", "将会", "或", "基本", "基本上", "一度", "顺势", "名义", "实际", "有所", "差不多"}
)


def _without_adverbs(clause: str) -> str:
    """``clause`` without the adverbs and modal verbs that end it, by jieba's tags (线缆成本同步
    提高近30% → 线缆成本; 生产成本能降低10% → 生产成本)."""
    words = tag(clause[-_MAX_METRIC:])
    cut = len(clause)
    for word, flag in reversed(words):
        if flag != "d" and word not in _MODALS:
            break
        cut -= len(word)
    return clause[:cut]


@functools.cache
def _rate_words() -> frozenset[str]:
    """增速, 涨幅, 增长率: the rate itself, no metric of its own (住宅价格平均年增长率约6%)."""
    return frozenset(word for word, (_, kind) in change_words().items() if kind == "rate")


_CHANGE_VERBS = "上调|下调|调高|调低|提高|降低"  # changes that name what they change after them
_OBJECT = regex.compile(
    rf"^(?:{_CHANGE_VERBS}|拉低|拉高|{'|'.join(OBJECT_VERBS)})了?(?P<metric>[\p{{Han}}A-Za-z]{{2,14}}?)(?=(?:超过|约|近|逾)?\d)"
)


_LIST_JOINTS = frozenset({"和", "及", "与"})


def _object_of_change(text: str) -> str | None:
    """What a change names between its verb and its figure (上调存准率0.5个百分点 → 存准率;
    上调了出厂价13% → 出厂价), when it is a noun."""
    match = _OBJECT.match(text)
    if match is None:
        return None
    words = tag(match.group("metric"))
    for index, (word, flag) in enumerate(words):
        joint = 0 < index < len(words) - 1 and word in _LIST_JOINTS  # 能源消耗和二氧化碳排放: two objects
        if flag in _FUNCTION_FLAGS and not joint:
            return None
    return match.group("metric")


def _object_after(norm: str, g: Growth) -> str | None:
    """What a cut or a rise acts on, written right after its figure (降低40%成本, 节省70%以上花费,
    节省了70%的电费), when a noun closes the clause there."""
    match = _OBJECT_AFTER.match(norm, g.end) if g.text.startswith(_TRANSITIVE) else None
    if match is None:
        return None
    words = tag(match.group("object"))
    return match.group("object") if all(flag in ("n", "vn") for _, flag in words) else None


_TRANSITIVE = ("节省", "节约", "降低", "减少", "压缩", "削减", "提高", "增加")
_OBJECT_AFTER = regex.compile(r"(?:以上|左右|多)?的?(?P<object>\p{Han}{2,4}?)(?=[,，。;；、!?！？]|$)")


_FUNCTION_FLAGS = frozenset({"p", "c", "u", "uj", "ul", "ud", "d", "r", "m", "q", "mq", "x", "f", "t"})


def _metric_inside(text: str) -> str | None:
    """A figure written first names its metric after 的: 20%的产能增速 → 产能."""
    match = _FIGURE_FIRST.match(text)
    if match is None:
        return None
    metric = match.group("metric")
    nouns = all(flag.startswith("n") or flag in ("v", "vn") for _, flag in tag(metric))  # 产能/v; not 持续/vd
    pace = metric in ("速度", "幅度") or metric in _rate_words()  # 12%的速度增长: a pace, no metric
    return metric if nouns and not pace and not metric.endswith(("式", "性", "型")) else None  # not 爆炸式


def _role_after(norm: str, end: int) -> str | None:
    """The money word right after the amount (300亿大单, 400万元的产值, 70亿日元的亏损), or
    after 的 with the words that say what kind (每年近4000亿元的水利投资 → 水利投资)."""
    if per := _PER.match(norm, end):
        end = per.end()  # 17.88元/股的价格: the unit a price is per
    at = _AFTER_GAP.match(norm, end)
    after = bare_triggers()[1].match(norm, at.end() if at else end)
    if after:
        return after.group(0).lstrip("”的")  # “千亿”年销售额 → 年销售额
    kind = _KIND_OF_MONEY.match(norm, end)
    return kind.group("role") if kind else _measure_after(norm, end)


_MEASURE_AFTER = regex.compile(r"[)）]?(?P<de>的)?(?P<words>\p{Han}{2,8})")
_WORD_END = regex.compile(r"[^\p{Han}]|[的和及与、等为是]|$")


def _measure_after(norm: str, end: int) -> str | None:
    """A measure written right after the amount, maybe after a bracket or 的, that ends where a
    word ends (1000亿元授信额度, (3200多万欧元)的并购贷款, 上千万元的技术授权费)."""
    match = _MEASURE_AFTER.match(norm, end)
    if match is None:
        return None
    words = match.group("words")
    for length in range(2, len(words) + 1):
        phrase = words[:length]
        known = _known_metric().search(phrase)
        if known and _WORD_END.match(norm, match.start("words") + length):
            noun = _noun_phrase(phrase, known.group(0))  # 用于偿还银行贷款 → 银行贷款
            return noun if noun == phrase or match.group("de") else None
    tagged = tag(words)
    word, flag = tagged[0]
    fee = len(word) > 1 and word[-1] in _FEE_HEADS and flag in ("n", "vn") and word not in _NOT_FEES
    ends = _WORD_END.match(norm, match.start("words") + len(word)) or (len(tagged) > 1 and tagged[1][1][:1] != "n")
    return word if fee and ends else None  # 一万余元学费/n 拿回来; not 现金/n 花红/n: the fee word is no modifier


_FEE_HEADS = frozenset("费款税金")  # a word for a kind of money: 年费, 手续费, 汇款, 营业税, 慰问金
_NOT_FEES = frozenset({"黄金", "白金", "铂金", "合金", "五金", "千金"})  # metals and a daughter


_PER = regex.compile(r"/\p{Han}{1,3}(?=的)")
_KIND_OF_MONEY = regex.compile(r"的(?P<role>\p{Han}{1,4}?(?:投资|价格|费用|资金|贷款|收入|补贴|订单))")


_PROJECT_AFTER = regex.compile(r"的(?P<project>\p{Han}{2,12}?(?:项目|工程))")


def _project_after(norm: str, end: int) -> str | None:
    """The project an amount is the size of, named after it, when nothing before says what
    the amount is (开展一个1.91亿美元的智能电网试点项目 → 智能电网试点项目)."""
    match = _PROJECT_AFTER.match(norm, end)
    return match.group("project") if match else None


def _verb_role(norm: str, start: int, floor: int) -> str | None:
    """The verb an amount is the object of, when no noun says what it is: 下跌347元,
    净买入1.5亿元, 减亏3亿元."""
    clause = norm[sentence_start(norm, start, floor, CLAUSE_MARKS) : start]
    match = _MONEY_VERB.search(clause)
    return match.group("verb") if match else None


def _earlier_metric(norm: str, position: int, floor: int) -> str | None:
    """The metric of an earlier clause of the sentence: the phrase before its last number
    (商品房销售面积为47.9万平方米，同比下降37.05% → 商品房销售面积)."""
    sentence = sentence_start(norm, position, floor, SENTENCE_MARKS)
    clause_end, depth = position, 0
    if clause_end > sentence and norm[clause_end - 1] in CLAUSE_MARKS:
        clause_end, depth = clause_end - 1, 1  # the figure opens its clause: the one before is the first
    while clause_end > sentence:
        clause_start = sentence_start(norm, clause_end - 1, sentence, CLAUSE_MARKS)
        for anchor in _anchors(norm, clause_start, clause_end, topic=depth == 1):  # 1: the clause before
            metric = metric_before(norm, anchor, clause_start)
            if metric:
                return metric
        if depth == 1 and not _NUMBER_RUN.search(norm, clause_start, clause_end):
            subject = _subject_words(norm[clause_start:clause_end])  # 家具产业超过建筑、汽车增长，增速是35.5%
            if subject and subject not in _rate_words() and not _SPOKEN.search(norm, clause_start, clause_end):
                return subject
        clause_end, depth = clause_start - 1, depth + 1
    return None


def _from_subject(norm: str, position: int, floor: int) -> str | None:
    """The subject before 从/由 in the figure's clause, when the old level stands between it
    and the change (汽车销量从3月时的54万辆急降10% → 汽车销量)."""
    clause = sentence_start(norm, position, floor, CLAUSE_MARKS)
    source = _FROM.search(norm, clause, position)
    return metric_before(norm, source.start(), clause) if source else None


_CHANGED_OBJECT = regex.compile(rf"(?:{_CHANGE_VERBS})了?(?P<object>\p{{Han}}{{2,10}})$")


def _object_changed_before(norm: str, g: Growth, floor: int) -> str | None:
    """The object of the change the clause before names, for a size of change (上调贵州茅台酒出厂
    价格，平均上调幅度约为13% → 贵州茅台酒出厂价格), when it is nouns."""
    if "幅" not in g.text:
        return None
    clause = sentence_start(norm, g.start, floor, CLAUSE_MARKS)
    if clause <= floor + 1 or norm[clause - 1] not in ",，":
        return None
    before = _CHANGED_OBJECT.search(norm, sentence_start(norm, clause - 1, floor, CLAUSE_MARKS), clause - 1)
    if before is None:
        return None
    words = tag(before.group("object"))
    return before.group("object") if all(flag not in _FUNCTION_FLAGS for _, flag in words) else None


def _rate_subject(norm: str, g: Growth, floor: int) -> str | None:
    """A rate that changes by points is itself the metric (增速比4月份回落0.1个百分点 → 增速;
    增幅比1-4月回落3.6个百分点 → 增幅; 同比增速较头3个月累计值减少3.21个百分点 → 增速),
    whether it opens the figure's text or its clause."""
    if g.unit != "point":
        return None
    rates = _rate_words()
    own = next((rate for rate in sorted(rates, key=len, reverse=True) if g.text.startswith(rate)), None)
    if own is not None:
        return own
    clause = _without_links(norm[sentence_start(norm, g.start, floor, CLAUSE_MARKS) : g.start])
    clause = clause.removeprefix("同比").removeprefix("环比")  # 同比增速较1~3月累计值回落4.72个百分点
    return clause if clause in rates else None


def _previous_metric(
    norm: str, g: Growth, growth: Sequence[Growth], metrics: Sequence[str | None], floor: int
) -> str | None:
    """The metric of the growth figure just before, in the same clause or the one before
    (净利润环比增长31.81%，同比18.60%; 增长率由此前的2.7%调降至2.1%)."""
    index, before = len(metrics), 1  # the figure's clause and the one before it
    if index > 1 and metrics[-1] in _rate_words() and g.unit != "point":
        index, before = index - 1, 2  # 价格上涨1.0%，涨幅扩大0.8个百分点；环比上涨0.9%: the price, not the rate
    if index == 0 or metrics[index - 1] is None:
        return None
    start = sentence_start(norm, g.start, floor, CLAUSE_MARKS)
    for _ in range(before):
        start = sentence_start(norm, start - 1, floor, CLAUSE_MARKS)
    return metrics[index - 1] if start <= growth[index - 1].start < g.start else None


_DATE_AFTER = regex.compile(r"[日号]")  # A股市场7日温和走升: a day, no figure of the subject


def _coded(norm: str, number: regex.Match[str]) -> bool:
    """Is the number part of a code written with Latin letters (B2C, 4G, T7), no figure?"""
    before = norm[number.start() - 1] if number.start() > 0 else ""
    after = norm[number.end()] if number.end() < len(norm) else ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _anchors(norm: str, start: int, end: int, topic: bool) -> list[int]:
    """Where the subject of an earlier clause ends: before 从 in 价格从A下降到B, before its
    first figure (销售收入达到37兆韩元（约344亿美元）), before its last one, or before the
    change stated in words (产值大幅度下降，…降幅达到45%)."""
    numbers = [
        m.start()
        for m in _NUMBER_RUN.finditer(norm, start, end)
        if not _in_brackets(norm, start, m.start()) and not _DATE_AFTER.match(norm, m.end()) and not _coded(norm, m)
    ]
    found = [numbers[-1], numbers[0]] if numbers else []
    source = _FROM.search(norm, start, numbers[0]) if numbers else None
    verb = _CHANGED.search(norm, start, end)
    if verb:
        found.append(verb.start())
    if topic and not found and end - start <= _MAX_TOPIC:
        found.append(end)  # a short clause that names the topic: 今年沿海的劳动力成本，比去年增长20%
    return ([source.start()] if source else []) + found


def _in_brackets(norm: str, start: int, position: int) -> bool:
    before = norm[start:position]
    return before.count("(") > before.count(")")


def _list_items(norm: str, position: int, end: int, floor: int) -> list[str]:
    """``水产品、蔬菜、干鲜果类分别增长…`` → the listed subjects, in order (分别 may sit
    inside the figure's text: 增速分别为42.1%)."""
    clause_start = sentence_start(norm, position, floor, CLAUSE_MARKS)
    clause = norm[clause_start:end]
    if "分别" not in clause:
        return []
    listed = subjects = _without_links(clause.split("分别")[0])
    if not listed and clause_start > floor:  # 衣着、交通通讯，分别较上年同期下降4.3%、0.7%
        before = norm[sentence_start(norm, clause_start - 1, floor, CLAUSE_MARKS) : clause_start - 1]
        listed = _without_links(before.split("分别")[0])  # 资本充足率和核心资本充足率分别为14.01%和12.17%
    items = _split_items(listed)
    if any(len(item) > _MAX_TOPIC for item in items):  # 沪综指和深成指的周K线收出长下影线十字星，分别下跌
        items = [item.split("的")[0] for item in items]  # the subjects, without what is said of them
        if any(len(item) > _MAX_TOPIC for item in items):
            return []
    if items and is_period(items[0]):
        return []  # 去年和前年总体增长分别超过40%和30%: years listed, not subjects
    if len(items) > 1 and not any(_QUANTITY_END.search(item) for item in items):
        return _shared_head(items)  # not 产销量分别为153.53万辆和155.20万辆，分别同比减少…: levels, not subjects
    return _clause_subjects(norm, clause_start, floor) if not subjects else []


def _split_items(listed: str) -> list[str]:
    """``A、B和C`` → A, B, C (及 may sit inside an item: 家庭设备用品及维修服务和交通通讯)."""
    items = listed.split("、")
    joint = _LAST_JOINT.search(items[-1])
    if joint:
        items[-1:] = [items[-1][: joint.start()], items[-1][joint.end() :]]
    return [item for item in items if item]


def _paired_items(norm: str, growth: Sequence[Growth], index: int, floor: int) -> list[str]:
    """Subjects listed before a rate that lists as many figures, in order, without 分别:
    非金属矿物制品和有色金属行业用电量增幅高达32.3%和33.4% → 非金属矿物制品…, 有色金属行业用电量."""
    run, g = 1, growth[index]
    for earlier, later in itertools.pairwise(growth[index:]):
        if not later.text[:1].isdigit() or norm[earlier.end : later.start] not in _FIGURE_JOINTS:
            break
        run += 1
    items = _items_before(norm, g.start, run, floor) if run > 1 else []
    if not items or is_period(items[0]) or any(_QUANTITY_END.search(item) for item in items):
        return []
    if all(resolve(item) is not None for item in items):
        return []  # 滨州、聊城、菏泽增速仅为1.2%、1.5%、3.2%: where, not what
    return _shared_head(items)


_FIGURE_JOINTS = frozenset({"和", "、", "及", "与"})


def _items_before(norm: str, position: int, count: int, floor: int) -> list[str]:
    """The items listed in the clause before ``position``, if there are ``count`` of them: the
    subjects of as many figures listed after them."""
    clause = sentence_start(norm, position, floor, CLAUSE_MARKS)
    if _RATE_FIGURE.search(norm, clause, position):
        return []  # 分别增长7.2%、7.4%、7.9%和8.2%: figures listed before, not subjects
    items = _split_items(_without_links(norm[clause:position]))
    return items if len(items) == count else []


_RATE_FIGURE = regex.compile(r"\d\s*(?:%|个百分点)")


def _shared_head(items: list[str]) -> list[str]:
    """Listed subjects with the measure written once, after the last (粗钢、坯材产量 → 粗钢产量,
    坯材产量; 电子信息业、汽车制造业两大行业利润总额 → 电子信息业利润总额, 汽车制造业利润总额),
    the first without the words that open the clause (公司二季度粗钢 → 粗钢)."""
    cut = _CUT.match(items[0])
    first = items[0][cut.end() :] if cut else items[0]
    items = [first or items[0], *items[1:]]
    if (closing := items[-1].rfind("等")) > 0:  # 出口交货值等年均增速: 等 closes the list; a rate is no measure
        tail = items[-1][closing + 1 :]
        items[-1] = items[-1][:closing] + (tail if _known_metric().search(tail) else "")
    known = _known_metric().search(items[-1])
    owned = items[-1].rfind("的")  # 东航、国航和南航的客座率: a measure after 的, known or not
    if known is None and owned > 0 and items[-1][-1] in _MEASURE_ENDS and all("的" not in i for i in items[:-1]):
        split = owned + 1
    elif known is None or known.start() == 0 or any(_own_measure(item) for item in items[:-1]):
        return items  # 搜狗搜索量及广告平均单位价格: each item has its measure
    else:
        split = owned + 1 or _kind_start(items[-1], known.start())  # 牟平的采购规模: all after 的
    last, head = items[-1][:split].removesuffix("的"), items[-1][split:]
    owners = [*items[:-1], _COUNTED_KINDS.sub("", last) or last]
    if all(resolve(owner) is not None for owner in owners):
        return [head] * len(owners)  # 北京、上海的财政收入: where, not what; the measure is shared
    return [owner + head for owner in owners]


_MEASURE_ENDS = frozenset("率量额价值数费")  # the last character of a measure: 客座率, 客运周转量


def _own_measure(item: str) -> bool:
    """Does a listed item name its own measure (粗钢产量, 搜狗搜索量), known or by its last character?"""
    return _known_metric().search(item) is not None or (len(item) > 2 and item[-1] in _MEASURE_ENDS)


def _kind_start(item: str, measure: int) -> int:
    """Where the shared measure starts: with the kind of the listed subjects written once before
    it (非金属矿物制品和有色金属行业用电量 → 行业用电量), not a count of them (两大行业利润总额)."""
    kind = _SHARED_KIND.search(item, 0, measure)
    return kind.start() if kind and kind.end() == measure and not _COUNTED_KINDS.search(item, 0, measure) else measure


_SHARED_KIND = regex.compile(r"(?:行业|产业|类)$")  # 食品和居住类价格 → 食品类价格
_COUNTED_KINDS = regex.compile(r"[两二三四五六七八九十几]大(?:行业|产业|类)$")  # 两大行业利润总额: a count of the items


def _clause_subjects(norm: str, clause_start: int, floor: int) -> list[str]:
    """The subjects of the clauses before a bare 分别 clause, each with its own figure:
    营业收入199.9亿元，净利为29.8亿元，同比分别增长19.2%和5.9% → 营业收入, 净利."""
    sentence = sentence_start(norm, clause_start, floor, SENTENCE_MARKS)
    subjects: list[str] = []
    end = clause_start - 1
    while end > sentence:
        start = sentence_start(norm, end - 1, sentence, CLAUSE_MARKS)
        numbers = list(_NUMBER_RUN.finditer(norm, start, end))  # the last: not 7月份 before it
        subject = metric_before(norm, numbers[-1].start(), start) if numbers else None
        if subject is not None:
            subjects.insert(0, subject)
        elif subjects or numbers:
            break  # a clause without a figure may stand between: 与上季度相比，分别增长…
        end = start - 1
    return subjects if len(subjects) > 1 else []


def _growth_metrics(
    norm: str, growth: Sequence[Growth], figures: list[tuple[int, str | None]], floor: int
) -> list[str | None]:
    metrics: list[str | None] = []
    items: list[str] = []
    starts = [start for start, _ in figures]
    for index, g in enumerate(growth):
        if g.text[:1].isdigit() and items:  # a bare figure continuing a 分别 list
            metrics.append(items.pop(0))
            continue
        items = _list_items(norm, g.start, g.end, floor) or _paired_items(norm, growth, index, floor)
        if items:
            metrics.append(items.pop(0))
            continue
        metric = _metric_inside(g.text) or _object_of_change(g.text) or _object_after(norm, g)
        metric = metric or metric_before(norm, g.start, floor) or _subject_of_pace(norm, g, floor)
        metric = metric or _compared_subject(norm, g, floor)
        metric = metric or _object_changed_before(norm, g, floor)
        metric = metric or _from_subject(norm, g.start, floor)
        metric = metric or _rate_subject(norm, g, floor)
        metric = metric or _previous_metric(norm, g, growth, metrics, floor)
        metric = metric or _earlier_metric(norm, g.start, floor)
        if metric is None:  # the role of an amount earlier in the sentence (300亿大单 …)
            sentence = sentence_start(norm, g.start, floor, SENTENCE_MARKS)
            earlier = [figures[i][1] for i in indexes_between(starts, sentence, g.start) if figures[i][1]]
            metric = earlier[-1] if earlier else _opening_subject(norm, g.start, floor)
        metrics.append(_without_rate(metric, g))
    return metrics


_PACE = regex.compile(r"以(?:每年|年均|平均|超过|近){0,2}$")  # 以30%的幅度增长, 以每年超过80%的增长速度


def _subject_of_pace(norm: str, g: Growth, floor: int) -> str | None:
    """The subject of a change stated as a pace (岗位需求会以30%的幅度增长 → 岗位需求): the
    phrase before 以."""
    pace = _PACE.search(norm, max(floor, g.start - 6), g.start)
    return metric_before(norm, pace.start(), floor) if pace else None


_THAN = regex.compile(r"[比较][^，。；,;%\d比较]{1,12}$")


def _compared_subject(norm: str, g: Growth, floor: int) -> str | None:
    """What is higher or lower than what 比/较 names (妇女的退休金通常要比男子低40% → 退休金):
    the phrase before 比, past its adverbs."""
    if g.text[:1] not in "高低少":
        return None
    than = _THAN.search(norm, max(floor, g.start - 13), g.start)
    return metric_before(norm, than.start(), floor) if than else None


def _without_rate(metric: str | None, g: Growth) -> str | None:
    """The measure of a rate in percent, not the rate (GDP增长率由2.7%调降至2.1% → GDP); a
    change in points is a change of the rate itself (增速回落0.1个百分点 → 增速)."""
    if metric is None or g.unit != "percent":
        return metric
    rate = next((r for r in _rate_words() if metric.endswith(r) and len(metric) > len(r) + 1), None)
    return metric[: -len(rate)] if rate else metric


def _opening_subject(norm: str, position: int, floor: int) -> str | None:
    """The nouns that open the nearest clause of the sentence that opens with nouns: what a
    bare rate is of when nothing nearer names it (深证成指收复14000点整数位，收报14051.52点，
    涨幅为1.20% → 深证成指)."""
    sentence = sentence_start(norm, position, floor, SENTENCE_MARKS)
    end = position
    while end > sentence:
        start = sentence_start(norm, end - 1, sentence, CLAUSE_MARKS)
        subject = _subject_words(norm[start:end])
        if subject and subject not in _rate_words() and not _SPOKEN.search(norm, start, end):
            return subject  # not 华锐风电副总裁陶刚在接受本报采访时表示: who speaks
        end = start - 1
    return None


def _subject_words(clause: str) -> str | None:
    """The nouns before the clause's first other word; after a time or place word (今年上半年,
    国内, or 下游 opening the clause), the nouns that follow it:
    江苏圣奥化学科技有限公司今年上半年PPD类橡胶防老剂销量继续创历史新高 → PPD类橡胶防老剂销量.
    Not a link word (同比/n, 收报/n), nor places alone (滨州、聊城): they say where, not what."""
    run: list[tuple[str, str]] = []
    subject: list[tuple[str, str]] = []
    for index, (word, flag) in enumerate(tag(clause)):
        if flag in ("t", "s") or (flag == "f" and index == 0):  # 今年上半年, 国内, 下游: when and where
            subject, run = run or subject, []
        elif (flag.startswith(_SUBJECT_TAGS) or word == "类") and not _LINK.fullmatch(word):
            run.append((word, flag))
        elif word == "的" and run and all(f == "ns" for _, f in run):
            run = []  # 中国的SUV市场销量增幅: where, then what
        else:
            break
    subject = run or subject
    text = "".join(word for word, _ in subject)
    places = all(flag == "ns" for _, flag in subject)
    return text if len(text) >= _MIN_METRIC and not places else None


_SUBJECT_TAGS = ("n", "vn", "b", "an", "eng", "j", "g")  # nouns, names among them; not l: 止跌回升/l
_SPOKEN = regex.compile(r"表示|说|认为|指出|介绍|透露|称|了解|告诉|预计|预测|分析|显示|公布|发布|发表|发现")


def _money_roles(norm: str, amounts: Sequence[Money], floor: int) -> list[Money]:
    """Each amount's role: the phrase before it, else the word after it (300亿大单); an
    amount that restates the one before it in its clause (约合12.8亿元人民币; 从423元跌至255元)
    takes that amount's role."""
    out: list[Money] = []
    paired = _paired_roles(norm, amounts, floor)
    for index, m in enumerate(amounts):
        end = _past_brackets(norm, m.end)  # 约9.63亿欧元(合13.6亿美元)的价格: the restatement is aside
        after = _role_after(norm, end)
        named = after if after and norm.startswith("的", end) else None  # 损失大概400万元的产值: 产值
        role = named or _listed_role(norm, m, out, floor) or paired.get(index) or _listed_verb(norm, m, out, floor)
        role = role or metric_before(norm, _before_qualifier(norm, m), floor) or after or _project_after(norm, m.end)
        role = role or _from_subject(norm, m.start, floor)  # 沪铜单价从2009年初的27000元/吨上涨至…
        role = role or _rate_before(norm, m.start, floor)  # 周涨幅达200-500元/吨: a rise in 元
        previous = out[-1] if out else None
        if previous is not None and previous.role:
            clause = sentence_start(norm, m.start, floor, CLAUSE_MARKS)
            between = norm[previous.end : m.start]
            if previous.start >= clause and (role is None or _RESTATES.search(between)):
                role = previous.role
            elif role is None and _only_links(_SERIES_MARKS.sub("", between)) and not _MONEY_VERB.search(between):
                role = previous.role  # 万科销售额91.6亿元；2005年，139.5亿元: the same measure, by year
        out.append(dataclasses.replace(m, role=role))
    return out


def _before_qualifier(norm: str, money: Money) -> int:
    """Where the words before an amount end, past the 上 of 上千万元 (over ten million), which
    the link words leave: as a word of its own it would cut 线上, 网上."""
    return money.start - 1 if money.qualifier == "over" and norm.startswith("上", money.start - 1) else money.start


def _rate_before(norm: str, position: int, floor: int) -> str | None:
    """The rate word ending an amount's clause (涨幅, 跌幅): no metric for a percentage, it is
    what an amount in 元 measures (涨幅在几百元至2000元/吨)."""
    clause = _without_links(norm[sentence_start(norm, position, floor, CLAUSE_MARKS) : position])
    return max((word for word in _rate_words() if clause.endswith(word)), key=len, default=None)


_ASIDE = regex.compile(r"\([^()]{1,16}\)|\)")  # a bracket after an amount, or the one it closes


def _past_brackets(norm: str, end: int) -> int:
    """The end of a bracket right after an amount (9.63亿欧元(合13.6亿美元)), or of the
    bracket an amount closes (合13.6亿美元)), where 的 follows it; else ``end``."""
    aside = _ASIDE.match(norm, end)
    return aside.end() if aside and norm.startswith("的", aside.end()) else end


def _paired_roles(norm: str, amounts: Sequence[Money], floor: int) -> dict[int, str]:
    """Measures listed before as many amounts, in order, without 分别 (营收和利润增加到120.5亿元
    和12.6亿元 → 营收, 利润), by the index of each amount; measures only, as for 分别."""
    roles: dict[int, str] = {}
    first = 0
    while first < len(amounts):
        last = first
        while last + 1 < len(amounts) and norm[amounts[last].end : amounts[last + 1].start] in _FIGURE_JOINTS:
            last += 1
        items = _items_before(norm, amounts[first].start, last - first + 1, floor) if last > first else []
        if items and all(_known_metric().search(item) for item in items):
            roles.update(zip(range(first, last + 1), _shared_head(items), strict=True))
        first = last + 1
    return roles


_LEVEL_VERBS = frozenset({"为", "是", "达", "达到", "有", "占", "约"})  # say the level, not what was done


def _listed_verb(norm: str, money: Money, before: Sequence[Money], floor: int) -> str | None:
    """The verb after 分别 when the listed are not measures (交通运输、教育、科技以及信息化行业
    分别完成182.4亿元、164.5亿元和70.2亿元 → 完成): what each of them did with the money."""
    clause = sentence_start(norm, money.start, floor, CLAUSE_MARKS)
    listing = norm.find("分别", clause, money.start)
    if listing < 0:
        return None
    first = next((m for m in before if m.start > listing), money)  # the verb stands before the first amount
    words = tag(norm[listing + 2 : first.start])
    if len(words) != 1 or not words[0][1].startswith("v") or words[0][0] in _LEVEL_VERBS:
        return None
    items = _list_items(norm, money.start, money.end, floor)
    return None if items and all(_known_metric().search(item) for item in items) else words[0][0]


def _listed_role(norm: str, money: Money, before: Sequence[Money], floor: int) -> str | None:
    """The measure listed before 分别 for the amount's place in the list: 营业收入和净利润分别为
    199.9亿元和29.8亿元 → 营业收入, 净利润. Only measures: in 腾讯和阿里分别投资5亿元和3亿元
    the listed are investors."""
    items = _list_items(norm, money.start, money.end, floor)
    if not items or not all(_known_metric().search(item) for item in items):
        return None
    clause = sentence_start(norm, money.start, floor, CLAUSE_MARKS)
    listing = norm.find("分别", clause, money.start)
    place = sum(1 for m in before if m.start >= listing)
    return items[place] if place < len(items) else None


def assign_metrics(
    norm: str,
    amounts: Sequence[Money],
    growth: Sequence[Growth],
    body: tuple[int, int],
    counts: Sequence[Count] = (),
) -> tuple[list[Money], list[Growth]]:
    """Copies of the figures with ``role`` / ``metric`` filled in where the text says; a
    growth figure with no metric of its own takes what an amount or a count earlier in its
    sentence measures (认购的7225万股股份，如今已翻番 → 股份)."""
    floor = body[0]
    with_roles = _money_roles(norm, amounts, floor)
    figures = [(m.start, m.role) for m in with_roles]
    measured = sorted([*figures, *((c.start, c.of) for c in counts)], key=lambda figure: figure[0])
    metrics = _growth_metrics(norm, growth, measured, floor)
    with_roles = [m if m.role else dataclasses.replace(m, role=_verb_role(norm, m.start, floor)) for m in with_roles]
    with_metrics = [dataclasses.replace(g, metric=metric) for g, metric in zip(growth, metrics, strict=True)]
    labelled = sorted([*figures, *((g.start, g.metric) for g in with_metrics)])
    with_roles = [m if m.role else dataclasses.replace(m, role=_changed_to(norm, m, with_metrics)) for m in with_roles]
    with_roles = [
        m if m.role else dataclasses.replace(m, role=_level_role(norm, m, labelled, floor)) for m in with_roles
    ]
    with_roles = [m if m.role else dataclasses.replace(m, role=_measure_opening(norm, m, floor)) for m in with_roles]
    with_roles = [m if m.role else dataclasses.replace(m, role=_bought_with(norm, m)) for m in with_roles]
    with_roles = _echo_roles(_series_roles(norm, with_roles))
    return [m if m.role else dataclasses.replace(m, role=_priced(norm, m, floor)) for m in with_roles], with_metrics


# A share: what takes it, 占, of what, then the figure (入院人数占全国医疗机构入院人数的2.5%,
# 占全省工业固定资产投资的66%, 出口交货值各占全国纺织品服装出口的比重为27.45%).
_SHARE_ADVERBS = r"(?:大约|大概|[各约仅只已就也要])*"  # 大约仅占, 各占: before 占, no part of the share
_SHARE_LINKS = "为|是|达到|高达|达|约|近|超过|超"  # between a share's words and its figure
_SHARE = regex.compile(
    rf"(?P<share>{_SHARE_ADVERBS}(?:占据|占(?![有比])|相当于)(?:到|了)*(?P<whole>[^占，,。；;]{{0,16}}?))"
    rf"(?:的(?:比重|比例|份额)?)?(?:{_SHARE_LINKS})*$"
)
_SHARE_LEAD = regex.compile(rf"^{_SHARE_ADVERBS}")
_RANGE_OR_LIST = regex.compile(r"[、和及与~～\-—―至到]|[、,，]?(?:和|及|以及)")
_HOLDING_AFTER = regex.compile(r"(?:以上|左右)?的(?P<held>股权|股份|份额|市场份额|权益)")


def percentage_metrics(norm: str, percentages: Sequence[Percentage], floor: int) -> list[Percentage]:
    """Copies of the percentages with ``metric`` filled in where the text says: the measure
    before the figure (空置率达到了18.2% → 空置率), what is held (19.9%的股权 → 股权), or for a
    share what takes it and of what (入院人数占全国医疗机构入院人数的2.5% → 入院人数占全国医疗机构
    入院人数); a share that opens its clause is taken by the measure of the figure in the clause
    before (社会投资1665.8亿元，占74.3%), and one whose taker neither names has no metric (the
    whole alone would mislead). A percentage listed right after another (6%~7%, 19.7%、21.9%和27.5%) measures
    what the first does."""
    out: list[Percentage] = []
    for p in percentages:
        previous = out[-1] if out else None
        listed = previous is not None and _RANGE_OR_LIST.fullmatch(norm, previous.end, p.start) is not None
        metric = previous.metric if listed and previous else _percentage_metric(norm, p, floor)
        out.append(dataclasses.replace(p, metric=metric))
    return out


_SHARE_NOUN = regex.compile(rf"(?P<noun>\p{{Han}}{{0,8}}?(?:占比|比重|比例|占有率|份额))(?:{_SHARE_LINKS}|仅为|已达)*$")


def _share_noun(clause: str) -> str | None:
    """A share named by its noun and what it is of, before the figure (定速空调市场占比为35%,
    第三产业比重达到45%): the words before the noun as jieba cuts them, from the clause's
    last cut."""
    found = _SHARE_NOUN.search(clause)
    if found is None:
        return None
    noun = found.group("noun")
    return noun[_cut_end(noun, len(noun)) :] or None


def _percentage_metric(norm: str, percentage: Percentage, floor: int) -> str | None:
    if held := _HOLDING_AFTER.match(norm, percentage.end):
        return held.group("held")  # 持有里奇蒙德公司19.9%的股权
    clause = sentence_start(norm, percentage.start, floor, CLAUSE_MARKS)
    share = _SHARE.search(norm, clause, percentage.start)
    if share is None:  # 全球占有率从2009年底的6.5%提升到…: the subject before 从
        metric = _from_subject(norm, percentage.start, floor) or metric_before(norm, percentage.start, floor)
        return metric or _share_noun(norm[clause : percentage.start])
    taker = (
        _clause_metric(norm[clause : share.start()]) if share.start() > clause else _taker_before(norm, clause, floor)
    )
    if taker is None or not share.group("whole"):
        return taker  # 投资性消费占到了30%: the taker alone, the whole unsaid
    phrase = _SHARE_LEAD.sub("", norm[share.start("share") : share.end("whole")])
    named = _SHARE_NAMED.match(phrase)  # 占GDP比重可能早就低于30%: the share ends at its noun
    return taker + (named.group(0) if named else phrase)


_SHARE_NAMED = regex.compile(r".*?(?:比重|比例|份额)")


def _taker_before(norm: str, clause: int, floor: int) -> str | None:
    """What takes a share that opens its clause: the measure of the first figure of the clause
    before, in the same sentence (保障房竣工面积7.82万平方米，占住宅竣工面积的53.45% → 保障房竣工面积)."""
    sentence = sentence_start(norm, clause, floor, SENTENCE_MARKS)
    if clause - 1 <= sentence:
        return None
    before = sentence_start(norm, clause - 1, sentence, CLAUSE_MARKS)
    number = _NUMBER_RUN.search(norm, before, clause - 1)
    return metric_before(norm, number.start(), before) if number else None


_PER_UNIT_BEFORE = regex.compile(rf"每(?:{PRICE_UNITS})[^，,。；;]{{0,4}}$")
_PER_UNIT_AFTER = regex.compile(rf"[/每](?:{PRICE_UNITS})")


def _priced(norm: str, money: Money, floor: int) -> str | None:
    """What an amount per unit (每吨75万元, 8450元/吨) is the price of, when nothing names a
    measure: the subject opening its clause, or the one before 从 (小叶紫檀从每吨75万元一路跌到
    了每吨35万元 → 小叶紫檀), a commodity or a share."""
    clause = sentence_start(norm, money.start, floor, CLAUSE_MARKS)
    per_unit = _PER_UNIT_BEFORE.search(norm, clause, money.start) or _PER_UNIT_AFTER.match(norm, money.end)
    if per_unit is None:
        return None
    source = _FROM.search(norm, clause, money.start)
    subject = _subject_words(norm[clause : source.start() if source else money.start])
    return None if subject is None or subject.endswith(_NO_COMMODITY) else subject


_NO_COMMODITY = ("公司", "集团", "市场", "企业", "厂", "机构", "银行", "协会", "部门", "政府")  # who, not what


_BY_MEANS = regex.compile(r"以(?:约|近|超过|逾)?$")
_BUYING = regex.compile(r"(?:/\p{Han})?(?P<verb>收购|认购|参股|入股|购买|买下|竞得|拍得|增持|控股|定向增发|增发)")


def _bought_with(norm: str, money: Money) -> str | None:
    """What an amount paid with 以 buys, when a buying verb follows it (以2.86亿澳元(约合18亿元
    人民币)收购 → 收购, 愿以6500万元参股 → 参股)."""
    if not _BY_MEANS.search(norm, max(0, money.start - 3), money.start):
        return None
    aside = _ASIDE.match(norm, money.end)
    verb = _BUYING.match(norm, aside.end() if aside else money.end)  # 以15.61元/股定向增发: per share
    return verb.group("verb") if verb else None


_RESTATED = regex.compile(r"[(,，]?(?:约合|折合|合|相当于)(?:人民币)?")


def _series_roles(norm: str, amounts: list[Money]) -> list[Money]:
    """An amount listed right after another (分别流出3.38亿元、3.15亿元) or restating it (净亏480亿
    韩元(约合2.9亿元人民币)) measures what the first does, once every other rule has had its say."""
    out: list[Money] = []
    for money in amounts:
        previous = out[-1] if out else None
        between = norm[previous.end : money.start] if previous is not None else ""
        listed = previous is not None and (between in _FIGURE_JOINTS or _RESTATED.fullmatch(between) is not None)
        out.append(dataclasses.replace(money, role=previous.role) if listed and previous and not money.role else money)
    for index in range(len(out) - 2, -1, -1):  # “百亿”、“500亿”乃至“千亿”年销售额: the measure after the last
        money, following = out[index], out[index + 1]
        if not money.role and following.role and _LISTED_BEFORE.fullmatch(norm, money.end, following.start):
            out[index] = dataclasses.replace(money, role=following.role)
    return out


_LISTED_BEFORE = regex.compile(r"”?(?:、|和|及|与|或|以及|乃至|甚至)“?")


_WRITTEN_DIGIT = regex.compile(r"\d")  # 万元, 百亿 alone are orders of magnitude, no figure to repeat


def _echo_roles(amounts: list[Money]) -> list[Money]:
    """An amount nothing around it names takes the role of the nearest amount of the same
    value and currency that has one: a heading's 7000亿？ is the body's 7000亿元 (7000亿元
    人民币的政府采购市场规模)."""
    named: dict[tuple[Decimal | None, str], list[Money]] = {}
    for money in amounts:
        if money.role and money.value is not None and _WRITTEN_DIGIT.search(money.text):
            named.setdefault((money.value, money.currency), []).append(money)
    if not named:
        return amounts
    return [
        dataclasses.replace(m, role=min(same, key=lambda o: abs(o.start - m.start)).role)
        if not m.role and _WRITTEN_DIGIT.search(m.text) and (same := named.get((m.value, m.currency)))
        else m
        for m in amounts
    ]


def _measure_opening(norm: str, money: Money, floor: int) -> str | None:
    """The subject opening the nearest clause, for an amount, when it ends in a measure
    (R22价格止跌回升，一路上扬，…已经涨至每吨近3万元 → R22价格), up to the measure's last word: a
    buyer or a speaker is no role."""
    subject = _opening_subject(norm, money.start, floor)
    if subject is None:
        return None
    ends = sorted(_word_ends(subject), reverse=True)  # R22价格总算/n: a word jieba took for a noun
    return next((subject[:end] for end in ends if _known_metric().search(subject, 0, end)), None)


def _only_links(text: str) -> bool:
    """Is ``text`` link words only, or nothing (``not _LINK.sub("", text)``)? The pattern is
    tried at the start alone, where ``sub`` tries it at every offset (a long text, between
    two figures, took half a millisecond)."""
    return not text or _LINK.fullmatch(text) is not None


_TO_LEVEL = regex.compile(r"[,，]?(?:至|到|达到|达)")


def _changed_to(norm: str, money: Money, growth: Sequence[Growth]) -> str | None:
    """The metric of the change an amount is the new level of (营业收入较去年同期增长44.29%至
    77.25亿元 → 营业收入): the change stands right before it, joined by 至 or 到."""
    changed = next((g for g in reversed(growth) if g.end <= money.start), None)
    if changed is None or _TO_LEVEL.fullmatch(norm, changed.end, money.start) is None:
        return None
    return changed.metric


def _level_role(norm: str, money: Money, labelled: Sequence[tuple[int, str | None]], floor: int) -> str | None:
    """The level a change reached, in a clause of its own (销售收入增长了44%，达到1.644万亿元):
    the measure of the figure before it in the sentence, where that figure has one (the
    role a change amount got from its verb, 上涨334元/吨，至2902元/吨, is not looked at)."""
    clause = sentence_start(norm, money.start, floor, CLAUSE_MARKS)
    if _REACHED.fullmatch(_without_links(norm[clause : money.start])) is None:
        return None
    sentence = sentence_start(norm, money.start, floor, SENTENCE_MARKS)
    before = [label for start, label in labelled if sentence <= start < clause]
    return before[-1] if before else None
