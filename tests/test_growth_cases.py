"""Growth case tables, one per phenomenon (guidelines §2 and docs/annotation.md, Growth).

Rows are ``GrowthCase(source, text, value, unit, direction, qualifier, basis, target,
metric)``; the expected values are written from the guidelines. Surfaces go through
``parse_growth``; sentences go through ``extract`` and must give exactly the listed
figures. Known failures stay in the tables as strict xfails.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from cases import GrowthCase as G
from cases import assert_offsets, check_growth, check_only_growth

from extractor import extract, parse_growth
from extractor.growth import find_percentages

# Rising: 增长 增加 上升 提高 提升 上涨 涨 加快 扩大 回升.
UP = [
    pytest.param(G("增长8%", "增长8%", "8"), id="up-zengzhang"),
    pytest.param(G("增长6.3%", "增长6.3%", "6.3"), id="up-zengzhang-decimal"),
    pytest.param(G("增长12.35%", "增长12.35%", "12.35"), id="up-zengzhang-two-decimals"),
    pytest.param(G("增长120%", "增长120%", "120"), id="up-zengzhang-over-hundred"),
    pytest.param(G("增长了8%", "增长了8%", "8"), id="up-zengzhang-le"),
    pytest.param(G("营业额较6月份增加4 .7%", "增加4 .7%", "4.7"), id="up-decimal-split-by-space"),
    pytest.param(G("营业额较6月份增加4. 7%", "增加4. 7%", "4.7"), id="up-decimal-space-after-point"),
    pytest.param(G("增长达到12%", "增长达到12%", "12"), id="up-zengzhang-dadao"),
    pytest.param(G("增长８％", "增长８％", "8"), id="up-zengzhang-fullwidth-digit"),
    pytest.param(G("增长8％", "增长8％", "8"), id="up-zengzhang-fullwidth-percent"),
    pytest.param(G("增长百分之八", "增长百分之八", "8"), id="up-zengzhang-baifenzhi"),
    pytest.param(G("增长百分之六点五", "增长百分之六点五", "6.5"), id="up-zengzhang-baifenzhi-decimal"),
    pytest.param(G("上升2.1%", "上升2.1%", "2.1"), id="up-shangsheng"),
    pytest.param(G("提高1.5%", "提高1.5%", "1.5"), id="up-tigao"),
    pytest.param(G("提升3%", "提升3%", "3"), id="up-tisheng"),
    pytest.param(G("上涨5.7%", "上涨5.7%", "5.7"), id="up-shangzhang"),
    pytest.param(G("增加12.4%", "增加12.4%", "12.4"), id="up-zengjia"),
    pytest.param(G("涨3.2%", "涨3.2%", "3.2"), id="up-zhang"),
    pytest.param(G("加快0.5个百分点", "加快0.5个百分点", "0.5", "point"), id="up-jiakuai-point"),
    pytest.param(G("扩大2.3个百分点", "扩大2.3个百分点", "2.3", "point"), id="up-kuoda-point"),
    pytest.param(G("回升0.8个百分点", "回升0.8个百分点", "0.8", "point"), id="up-huisheng-point"),
    pytest.param(G("微涨1%", "微涨1%", "1"), id="up-weizhang"),
    pytest.param(G("大涨40%", "大涨40%", "40"), id="up-dazhang"),
]

# Falling: 下降 减少 降低 回落 下跌 跌 下滑 放缓 收窄 降 负增长; the value stays unsigned.
DOWN = [
    # 一半 after a change verb is 50 %: 减少一半, 下降了近一半; not 一半的企业, 另一半, 下降到一半 (a level)
    pytest.param(G("利润减少一半", "减少一半", "50", "percent", "down"), id="down-half"),
    pytest.param(G("驱动器寿命就会折损一半", "折损一半", "50", "percent", "down"), id="down-zhesun-half"),
    pytest.param(G("成本降低近一半", "降低近一半", "50", "percent", "down", qualifier="about"), id="down-nearly-half"),
    pytest.param(G("下降0.5%", "下降0.5%", "0.5", direction="down"), id="down-xiajiang"),
    pytest.param(G("下降了0.5%", "下降了0.5%", "0.5", direction="down"), id="down-xiajiang-le"),
    pytest.param(G("减少3.2%", "减少3.2%", "3.2", direction="down"), id="down-jianshao"),
    pytest.param(G("降低1.1个百分点", "降低1.1个百分点", "1.1", "point", "down"), id="down-jiangdi-point"),
    pytest.param(G("回落0.3个百分点", "回落0.3个百分点", "0.3", "point", "down"), id="down-huiluo-point"),
    pytest.param(G("回落2.1%", "回落2.1%", "2.1", direction="down"), id="down-huiluo-percent"),
    pytest.param(G("下跌2.5%", "下跌2.5%", "2.5", direction="down"), id="down-xiadie"),
    pytest.param(G("跌1.8%", "跌1.8%", "1.8", direction="down"), id="down-die"),
    pytest.param(G("下滑4.6%", "下滑4.6%", "4.6", direction="down"), id="down-xiahua"),
    pytest.param(G("放缓0.2个百分点", "放缓0.2个百分点", "0.2", "point", "down"), id="down-fanghuan-point"),
    pytest.param(G("收窄1.5个百分点", "收窄1.5个百分点", "1.5", "point", "down"), id="down-shouzhai-point"),
    pytest.param(G("降2%", "降2%", "2", direction="down"), id="down-jiang"),
    pytest.param(G("负增长3%", "负增长3%", "3", direction="down"), id="down-fuzengzhang"),
    pytest.param(G("微跌1.45%", "微跌1.45%", "1.45", direction="down"), id="down-weidie"),
    pytest.param(G("大降34%", "大降34%", "34", direction="down"), id="down-dajiang"),
    pytest.param(G("较去年同期的2.8亿元劲增39%", "劲增39%", "39", basis="yoy"), id="up-jinzeng"),
    pytest.param(G("暴跌6%", "暴跌6%", "6", direction="down"), id="down-baodie"),
    pytest.param(G("缩水了近5%", "缩水了近5%", "5", direction="down", qualifier="about"), id="down-suoshui"),
    pytest.param(G("销量从3月时的54万辆急降10%", "急降10%", "10", direction="down"), id="down-jijiang"),
    pytest.param(G("开支减少四分之一", "减少四分之一", "25", direction="down"), id="down-fraction-in-words"),
    pytest.param(
        G("价格跌了近三分之二", "跌了近三分之二", str(Decimal(200) / 3), direction="down", qualifier="about"),
        id="down-fraction-two-thirds",
    ),
    pytest.param(G("出口减少1/4", "减少1/4", "25", direction="down"), id="down-fraction-slash"),
    pytest.param(
        G("原糖出口或损失近1/3", "损失近1/3", str(Decimal(100) / 3), direction="down", qualifier="about"),
        id="down-sunshi-fraction",
    ),
    pytest.param(
        G("投入百万元赔了三分之二", "赔了三分之二", str(Decimal(200) / 3), direction="down"), id="down-peile-fraction"
    ),
    pytest.param(G("工厂一年将能节能36%", "节能36%", "36", direction="down"), id="down-jieneng"),
]

# A written minus sign is kept in the value and makes the direction down.
SIGNED = [
    pytest.param(G("增长-2.3%", "增长-2.3%", "-2.3", direction="down"), id="signed-zengzhang-minus"),
    pytest.param(G("增长－2.3%", "增长－2.3%", "-2.3", direction="down"), id="signed-zengzhang-fullwidth-minus"),
    pytest.param(G("增速为-1.2%", "增速为-1.2%", "-1.2", direction="down"), id="signed-zengsu-minus"),
    pytest.param(G("增幅为-0.8%", "增幅为-0.8%", "-0.8", direction="down"), id="signed-zengfu-minus"),
]

# Rate nouns 增速 增幅 涨幅 降幅 增长率: text runs from the noun to the figure.
RATES = [
    pytest.param(G("增速达6.3%", "增速达6.3%", "6.3"), id="rate-zengsu-da"),
    pytest.param(G("增速为6.3%", "增速为6.3%", "6.3"), id="rate-zengsu-wei"),
    pytest.param(G("增速达到7.2%", "增速达到7.2%", "7.2"), id="rate-zengsu-dadao"),
    pytest.param(G("增速6.8%", "增速6.8%", "6.8"), id="rate-zengsu-direct"),
    pytest.param(G("增速为百分之七", "增速为百分之七", "7"), id="rate-zengsu-baifenzhi"),
    pytest.param(
        G("销售额增长幅度超过了50%", "增长幅度超过了50%", "50", qualifier="over"), id="rate-zengzhang-fudu-chaoguole"
    ),
    pytest.param(G("价格下降幅度为3%", "下降幅度为3%", "3", direction="down"), id="rate-xiajiang-fudu"),
    pytest.param(
        G("订单都出现了萎缩，下滑幅度约为10%", "下滑幅度约为10%", "10", direction="down", qualifier="about"),
        id="rate-xiahua-fudu",
    ),
    pytest.param(G("增幅为12%", "增幅为12%", "12"), id="rate-zengfu-wei"),
    pytest.param(G("增幅甚至达到了61.8%", "增幅甚至达到了61.8%", "61.8"), id="rate-zengfu-long-gap"),
    pytest.param(G("增长率为5%", "增长率为5%", "5"), id="rate-zengzhanglv"),
    pytest.param(G("涨幅为2.1%", "涨幅为2.1%", "2.1"), id="rate-zhangfu-wei"),
    pytest.param(G("涨幅达3.4%", "涨幅达3.4%", "3.4"), id="rate-zhangfu-da"),
    pytest.param(G("涨幅2.3%", "涨幅2.3%", "2.3"), id="rate-zhangfu-direct"),
    pytest.param(G("降幅为3.5%", "降幅为3.5%", "3.5", direction="down"), id="rate-jiangfu-wei"),
    pytest.param(G("降幅达1.2%", "降幅达1.2%", "1.2", direction="down"), id="rate-jiangfu-da"),
    # A rate noun, a modifier and a one-character verb: the mention starts at the noun; the
    # verb says the direction. A verb of two characters is the verb word itself.
    pytest.param(G("增速季升0.1%", "增速季升0.1%", "0.1"), id="rate-zengsu-ji-sheng"),
    pytest.param(G("增速季降0.3%", "增速季降0.3%", "0.3", direction="down"), id="rate-zengsu-ji-jiang"),
    pytest.param(G("增速回落1.2个百分点", "回落1.2个百分点", "1.2", "point", "down"), id="rate-zengsu-two-char-verb"),
    # The noun 增长 with 达到 after an adverb: 增长仍然达到了37.2%.
    pytest.param(G("增长仍然达到了37.2%", "增长仍然达到了37.2%", "37.2"), id="up-zengzhang-adverb-dadao"),
    # A change given as a quantity and as a rate: 增加13.82万吨或9.10%.
    pytest.param(G("增加13.82万吨或9.10%", "增加13.82万吨或9.10%", "9.10"), id="up-quantity-or-rate"),
    pytest.param(G("减少3亿元或12%", "减少3亿元或12%", "12", direction="down"), id="down-quantity-or-rate"),
    pytest.param(G("跌幅依次为：50.6%", "跌幅依次为：50.6%", "50.6", direction="down"), id="rate-colon-before-figure"),
]

# Percentage points (个百分点), including comparisons 高于/低于.
POINTS = [
    pytest.param(G("提高1.2个百分点", "提高1.2个百分点", "1.2", "point"), id="point-tigao"),
    pytest.param(G("提升1.2个百分点", "提升1.2个百分点", "1.2", "point"), id="point-tisheng"),
    pytest.param(G("增长8个百分点", "增长8个百分点", "8", "point"), id="point-zengzhang-int"),
    pytest.param(G("下降0.4个百分点", "下降0.4个百分点", "0.4", "point", "down"), id="point-xiajiang"),
    pytest.param(G("提高两个百分点", "提高两个百分点", "2", "point"), id="point-cn-liang"),
    pytest.param(G("提高零点五个百分点", "提高零点五个百分点", "0.5", "point"), id="point-cn-decimal"),
    pytest.param(G("高于全国3.8个百分点", "高于全国3.8个百分点", "3.8", "point"), id="point-gaoyu-quanguo"),
    pytest.param(
        G("拉低全省工业利润增速2.9个百分点", "拉低全省工业利润增速2.9个百分点", "2.9", "point", direction="down"),
        id="point-ladi",
    ),
    pytest.param(G("比出厂价格指数涨幅高3.7个百分点", "高3.7个百分点", "3.7", "point"), id="point-rate-then-gao"),
    pytest.param(
        G("涨幅高出近50个百分点", "高出近50个百分点", "50", "point", qualifier="about"), id="point-rate-then-gaochu"
    ),
    pytest.param(
        G("增速低于全国0.5个百分点", "低于全国0.5个百分点", "0.5", "point", "down"), id="point-rate-then-diyu"
    ),
    pytest.param(G("增速高达15%", "增速高达15%", "15"), id="rate-gaoda-not-a-comparison"),
    pytest.param(
        G("高于全国增幅3.77个百分点", "高于全国增幅3.77个百分点", "3.77", "point"), id="point-gaoyu-across-rate-noun"
    ),
    pytest.param(
        G("高于全市平均水平1.1个百分点", "高于全市平均水平1.1个百分点", "1.1", "point"), id="point-gaoyu-long-gap"
    ),
    pytest.param(G("低于全省0.6个百分点", "低于全省0.6个百分点", "0.6", "point", "down"), id="point-diyu-quansheng"),
    pytest.param(
        G("价格指数高出工业生产者出厂价格指数4个百分点", "高出工业生产者出厂价格指数4个百分点", "4", "point"),
        id="point-gaochu-long-object",
    ),
    pytest.param(
        G("规模增长较快，高出食品市场平均增长率20个百分点", "高出食品市场平均增长率20个百分点", "20", "point"),
        id="point-gaochu-rate-noun-in-object",
    ),
    pytest.param(G("这一成绩超过承诺10个百分点", "超过承诺10个百分点", "10", "point"), id="point-chaoguo-promise"),
    pytest.param(G("该市领先全省2个百分点", "领先全省2个百分点", "2", "point"), id="point-lingxian-province"),
]

# Multiples: 倍 (unit times), 翻番 and 成 (unit percent).
MULTIPLES = [
    pytest.param(G("增长1.5倍", "增长1.5倍", "1.5", "times"), id="times-zengzhang-decimal"),
    pytest.param(G("增长3倍", "增长3倍", "3", "times"), id="times-zengzhang-int"),
    pytest.param(G("增长两倍", "增长两倍", "2", "times"), id="times-zengzhang-cn-liang"),
    pytest.param(G("增加2.5倍", "增加2.5倍", "2.5", "times"), id="times-zengjia"),
    pytest.param(G("提高1倍", "提高1倍", "1", "times"), id="times-tigao"),
    pytest.param(G("翻一番", "翻一番", "100"), id="times-fan-yifan"),
    pytest.param(G("翻两番", "翻两番", "300"), id="times-fan-liangfan"),
    pytest.param(G("翻三番", "翻三番", "700"), id="times-fan-sanfan"),
    pytest.param(G("翻番", "翻番", "100"), id="times-fanfan"),
    pytest.param(G("翻倍", "翻倍", "100"), id="times-fanbei"),
    pytest.param(G("翻了一番", "翻了一番", "100"), id="times-fan-le-yifan"),
    pytest.param(G("增长三成", "增长三成", "30"), id="cheng-zengzhang-cn"),
    pytest.param(G("增长3成", "增长3成", "30"), id="cheng-zengzhang-arabic"),
    pytest.param(G("下降两成", "下降两成", "20", direction="down"), id="cheng-xiajiang-liang"),
    pytest.param(G("利润率大跌半成", "大跌半成", "5", direction="down"), id="cheng-half"),
    pytest.param(G("少掉40%", "少掉40%", "40", direction="down"), id="less-by"),
    pytest.param(G("节省70%", "节省70%", "70", direction="down"), id="saved"),
    pytest.param(G("出货量比预期低3%", "低3%", "3", direction="down", target=True), id="lower-than-bi"),
    pytest.param(G("比去年同期高出5%", "高出5%", "5", basis="yoy"), id="higher-than-bi"),
    pytest.param(G("比在国际上的承诺少10%", "少10%", "10", direction="down"), id="less-than-bi"),
    # 翻 before a multiple in 倍 (not 翻番, which is a doubling); 多 inside or after it is "over".
    pytest.param(G("铜价翻了两倍多", "翻了两倍", "2", "times", qualifier="over"), id="times-fan-le-liangbei-duo"),
    pytest.param(
        G("同期相比翻了约三倍", "翻了约三倍", "3", "times", qualifier="about", basis="yoy"), id="times-fan-about"
    ),
    pytest.param(G("装机容量要翻100多倍", "翻100多倍", "100", "times", qualifier="over"), id="times-fan-inner-duo"),
    pytest.param(G("增长100多倍", "增长100多倍", "100", "times", qualifier="over"), id="times-inner-duo"),
    pytest.param(G("提高10多个百分点", "提高10多个百分点", "10", "point", qualifier="over"), id="point-inner-duo"),
]

# 修饰词 and targets: 左右/以上/上下 after the figure stay out of the text; 近/超过/约 inside the
# verb-to-figure stretch stay in it.
QUALIFIERS = [
    pytest.param(G("增长6%左右", "增长6%", "6", qualifier="about"), id="qual-zuoyou"),
    pytest.param(G("增长7%上下", "增长7%", "7", qualifier="about"), id="qual-shangxia"),
    pytest.param(G("提高1个百分点左右", "提高1个百分点", "1", "point", qualifier="about"), id="qual-zuoyou-point"),
    pytest.param(G("增长15%以上", "增长15%", "15", qualifier="over"), id="qual-yishang"),
    pytest.param(G("增长近8%", "增长近8%", "8", qualifier="about"), id="qual-jin"),
    pytest.param(G("增长约5%", "增长约5%", "5", qualifier="about"), id="qual-yue"),
    pytest.param(G("增长超过10%", "增长超过10%", "10", qualifier="over"), id="qual-chaoguo"),
    pytest.param(G("增长逾20%", "增长逾20%", "20", qualifier="over"), id="qual-yu"),
    pytest.param(G("增长不足3%", "增长不足3%", "3", qualifier="under"), id="qual-buzu"),
    pytest.param(G("增长率约达45%", "增长率约达45%", "45", qualifier="about"), id="qual-yue-before-link-verb"),
    pytest.param(G("下降不到1%", "下降不到1%", "1", direction="down", qualifier="under"), id="qual-budao-down"),
    pytest.param(G("增长目标6%左右", "增长目标6%", "6", qualifier="about", target=True), id="target-mubiao-zuoyou"),
    pytest.param(G("增长目标为6.5%", "增长目标为6.5%", "6.5", target=True), id="target-mubiao-wei"),
    pytest.param(G("预期增长7%左右", "增长7%", "7", qualifier="about", target=True), id="target-yuqi-zuoyou"),
]

# basis: a leading 同比/环比 (or 比上年) is the basis, not part of the text.
BASIS = [
    pytest.param(G("同比增长6.3%", "增长6.3%", "6.3", basis="yoy"), id="basis-tongbi"),
    pytest.param(G("同比下降1.2%", "下降1.2%", "1.2", direction="down", basis="yoy"), id="basis-tongbi-down"),
    pytest.param(G("同比上涨2.1%", "上涨2.1%", "2.1", basis="yoy"), id="basis-tongbi-shangzhang"),
    pytest.param(G("同比提高0.8个百分点", "提高0.8个百分点", "0.8", "point", basis="yoy"), id="basis-tongbi-point"),
    pytest.param(G("同比增长-2.3%", "增长-2.3%", "-2.3", direction="down", basis="yoy"), id="basis-tongbi-minus"),
    pytest.param(G("环比增长0.5%", "增长0.5%", "0.5", basis="mom"), id="basis-huanbi"),
    pytest.param(G("环比上涨0.1%", "上涨0.1%", "0.1", basis="mom"), id="basis-huanbi-shangzhang"),
    pytest.param(G("环比下跌0.3%", "下跌0.3%", "0.3", direction="down", basis="mom"), id="basis-huanbi-down"),
    pytest.param(
        G("比上年增长8%", "增长8%", "8", basis="yoy"),
        id="basis-bi-shangnian",
    ),
    pytest.param(G("比上年同期增长12%", "增长12%", "12", basis="yoy"), id="basis-bi-shangnian-tongqi"),
    # An elided verb: 同比/环比 followed directly by the figure; the text is the bare figure.
    pytest.param(G("同比18.60%", "18.60%", "18.60", basis="yoy"), id="basis-elided-tongbi"),
    pytest.param(G("环比-2.1%", "-2.1%", "-2.1", direction="down", basis="mom"), id="basis-elided-huanbi-minus"),
    pytest.param(G("同比 256%", "256%", "256", basis="yoy"), id="basis-elided-space"),
    pytest.param(G("两年平均增长1.7%", "增长1.7%", "1.7"), id="basis-liangnian-pingjun"),
]

# metric: the noun phrase that grew, in running text.
METRICS = [
    # A short clause before the figure that names its topic; the metric of the growth just
    # before for an elided figure; the last figure of the clause before, outside brackets.
    pytest.param(
        G(
            "今年沿海的劳动力成本，比去年至少增长20%。",
            "增长20%",
            "20",
            qualifier="over",
            basis="yoy",
            metric="劳动力成本",
        ),
        id="metric-topic-clause",
    ),
    pytest.param(
        G(
            "80家工业企业累计完成工业总产值203.74亿元，同比增长23.7%",
            "增长23.7%",
            "23.7",
            basis="yoy",
            metric="工业总产值",
        ),
        id="metric-last-figure-of-clause",
    ),
    # 市 and 国 end a place before a metric, but not inside 市场, 国际, 国内.
    pytest.param(G("国际棉花指数上涨5%", "上涨5%", "5", metric="国际棉花指数"), id="metric-guoji-not-cut"),
    # A span of time or a weekday is when the change happened, not what changed.
    pytest.param(
        G(
            "股价从4.32元起步，涨至6.86元的高点，一个多月的时间里上涨近六成。",
            "上涨近六成",
            "60",
            qualifier="about",
            metric="股价",
        ),
        id="metric-not-a-span-of-time",
    ),
    # An adverbial of place or time (在…内) and a closing verb (收盘报, 收于) stand between a metric and its figure.
    pytest.param(
        G("如今的铜价已经在短短的两年半内翻了两倍多。", "翻了两倍", "2", unit="times", qualifier="over", metric="铜价"),
        id="metric-before-zai-nei",
    ),
    pytest.param(
        G("万科A今日收于8.06元，下跌0.12元，降幅为1.47%。", "降幅为1.47%", "1.47", direction="down", metric="万科A"),
        id="metric-before-shouyu",
    ),
    pytest.param(
        G("两市成交额较上周五萎缩逾三成。", "萎缩逾三成", "30", direction="down", qualifier="over", metric="成交额"),
        id="metric-not-a-weekday",
    ),
    pytest.param(G("国内贷款增长4.6%", "增长4.6%", "4.6", metric="贷款"), id="metric-guonei-dropped"),
    pytest.param(
        G("水泥市场价格涨幅达14.8%", "涨幅达14.8%", "14.8", metric="水泥市场价格"), id="metric-shichang-not-cut"
    ),
    pytest.param(G("哈尔滨市工业产值增长8%", "增长8%", "8", metric="工业产值"), id="metric-city-cut"),
    # Adverbs and localities between the subject and the change are not the metric.
    pytest.param(G("其中，住宅投资里仅增长了0.9%", "增长了0.9%", "0.9", metric="住宅投资"), id="metric-skip-li-jin"),
    pytest.param(G("房价只增长了1%", "增长了1%", "1", metric="房价"), id="metric-skip-zhi"),
    # A span of time between the subject and the change (一周, 单日, 三年) is not the metric.
    pytest.param(G("稀土金属钕价格一周上涨23%", "上涨23%", "23", metric="稀土金属钕价格"), id="metric-skip-yizhou"),
    pytest.param(G("原油单日暴跌6%", "暴跌6%", "6", direction="down", metric="原油"), id="metric-skip-danri"),
    pytest.param(G("劳动力成本三年翻一番", "翻一番", "100", metric="劳动力成本"), id="metric-skip-sannian"),
    pytest.param(
        G("机电企业的销售量甚至下滑50%", "下滑50%", "50", "percent", "down", metric="销售量"), id="metric-skip-shenzhi"
    ),
    pytest.param(
        G("消费零售总额比上一年增长了15.5%", "增长了15.5%", "15.5", metric="消费零售总额"),
        id="metric-skip-bishangyinian",
    ),
    # A clause that states the change in words (上行, 攀升) names what the rate after it measures.
    pytest.param(
        G("居民消费价格继续上行，同比上涨5.5%", "上涨5.5%", "5.5", basis="yoy", metric="居民消费价格"),
        id="metric-shangxing-before",
    ),
    # A rate after a clause that states the change in words, or a from-to, or a figure.
    pytest.param(
        G(
            "产值大幅度下降，与去年同期相比降幅达到45%",
            "降幅达到45%",
            "45",
            direction="down",
            basis="yoy",
            metric="产值",
        ),
        id="metric-change-in-words-before",
    ),
    pytest.param(
        G("铜价从4月的8000美元下降到7月的6000美元，降幅达25%", "降幅达25%", "25", direction="down", metric="铜价"),
        id="metric-from-to-before",
    ),
    pytest.param(
        G("其销售收入虽然达到37亿美元（约240亿元），同比增长6.8%", "增长6.8%", "6.8", basis="yoy", metric="销售收入"),
        id="metric-first-figure-of-clause",
    ),
    pytest.param(
        G("道里区国民生产总值完成494.3亿元，增长8%", "增长8%", "8", metric="国民生产总值"), id="metric-gnp-seed"
    ),
    pytest.param(
        G("全区地区生产总值同比增长6.3%", "增长6.3%", "6.3", basis="yoy", metric="地区生产总值"), id="metric-gdp-tongbi"
    ),
    pytest.param(G("地区生产总值增速达6.3%", "增速达6.3%", "6.3", metric="地区生产总值"), id="metric-gdp-zengsu"),
    pytest.param(
        G("规模以上工业增加值增长7.2%", "增长7.2%", "7.2", metric="规模以上工业增加值"),
        id="metric-gongye-zengjiazhi",
    ),
    pytest.param(G("固定资产投资增长12.5%", "增长12.5%", "12.5", metric="固定资产投资"), id="metric-guding-zichan"),
    pytest.param(
        G("地方公共财政预算收入完成12.3亿元，增长15.2%", "增长15.2%", "15.2", metric="地方公共财政预算收入"),
        id="metric-caizheng-yusuan",
    ),
    pytest.param(
        G("社会消费品零售总额增长10.1%", "增长10.1%", "10.1", metric="社会消费品零售总额"), id="metric-lingshou-zonge"
    ),
    pytest.param(
        G("进出口总额下降3.5%", "下降3.5%", "3.5", direction="down", metric="进出口总额"), id="metric-jinchukou-down"
    ),
    pytest.param(
        G("居民人均可支配收入增长8.9%", "增长8.9%", "8.9", metric="居民人均可支配收入"),
        id="metric-kezhipei-shouru",
    ),
    pytest.param(G("CPI同比上涨2.1%", "上涨2.1%", "2.1", basis="yoy", metric="CPI"), id="metric-cpi"),
    pytest.param(
        G("PPI同比下降1.5%", "下降1.5%", "1.5", direction="down", basis="yoy", metric="PPI"), id="metric-ppi-down"
    ),
    pytest.param(G("工业用电量增长８％", "增长８％", "8", metric="工业用电量"), id="metric-fullwidth-figure"),
    pytest.param(G("同比增长6.3%", "增长6.3%", "6.3", basis="yoy", metric=None), id="metric-none"),
    # A cut or a rise whose object stands between the verb and the figure, longer than a word.
    pytest.param(
        G(
            "目标是截至2012年年底减少能源消耗和二氧化碳排放20%。",
            "减少能源消耗和二氧化碳排放20%",
            "20",
            direction="down",
            target=True,
            metric="能源消耗和二氧化碳排放",
        ),
        id="metric-long-object-of-cut",
    ),
    pytest.param(
        G("到2015年降低单位GDP能耗16%。", "降低单位GDP能耗16%", "16", direction="down", metric="单位GDP能耗"),
        id="metric-latin-object-of-cut",
    ),
    pytest.param(
        G(
            "央行下调个人住房公积金贷款利率0.18个百分点",
            "下调个人住房公积金贷款利率0.18个百分点",
            "0.18",
            unit="point",
            direction="down",
            metric="个人住房公积金贷款利率",
        ),
        id="metric-long-object-of-xiatiao",
    ),
    pytest.param(
        G("公司决定上调贵州茅台酒出厂价格13%", "上调贵州茅台酒出厂价格13%", "13", metric="贵州茅台酒出厂价格"),
        id="metric-long-object-of-shangtiao",
    ),
    pytest.param(
        G(
            "力争提高农产品加工转化率5个百分点",
            "提高农产品加工转化率5个百分点",
            "5",
            unit="point",
            metric="农产品加工转化率",
        ),
        id="metric-long-object-of-rise-in-points",
    ),
]

# Several figures in one sentence come back in document order.
SEQUENCES = [
    pytest.param("一产增加值增长3.1%，二产增加值增长8.2%", ("增长3.1%", "增长8.2%"), id="seq-two-metrics"),
    pytest.param(
        "地区生产总值增长8%，高于全省1.2个百分点", ("增长8%", "高于全省1.2个百分点"), id="seq-growth-then-gap"
    ),
    pytest.param("财政收入完成12.3亿元，增长15.2%；税收收入下降10%", ("增长15.2%", "下降10%"), id="seq-up-then-down"),
    # the new level may be given its time: 降至2012年的25.29%
    pytest.param(
        "增速从过去几年近四成降至2012年的25.29%。", ("增速从过去几年近四成", "25.29%"), id="new-level-with-its-year"
    ),
]

# Lists after one change word: each figure its own mention, the first with the change word,
# later ones bare; a unit written once, after the last figure, applies to every figure.
LISTS = [
    pytest.param(
        "环比增加13.82万吨或9.10%，12.7万吨或8.73%", ("增加13.82万吨或9.10%", "8.73%"), id="list-quantity-or-percent"
    ),
    pytest.param("同比增长最快，均超过20%", ("增长最快，均超过20%",), id="superlative-then-figure"),
    # A rate's old level, with a comma or a month before it, then its new level.
    pytest.param("出口数量同比增幅，已由去年的15%降至4%。", ("增幅，已由去年的15%", "4%"), id="old-level-after-comma"),
    pytest.param("产量同比降幅由4月时的不足2%扩大到了近5%", ("降幅由4月时的不足2%", "5%"), id="old-level-of-a-month"),
    pytest.param("增速由1-2月份的10.5%回落到9.8%", ("增速由1-2月份的10.5%", "9.8%"), id="old-level-of-months"),
    pytest.param("分别提高2.9个和1.9个百分点", ("提高2.9个", "1.9个百分点"), id="list-points-counted-each"),
    pytest.param("同比增长也是最高，达到504%", ("增长也是最高，达到504%",), id="superlative-after-ye-shi"),
    pytest.param("销量增长最快的是SUV，达到20%", (), id="superlative-not-before-comma"),
    pytest.param("分别增长13.4%和10.5%", ("增长13.4%", "10.5%"), id="list-two-percent"),
    pytest.param("分别增长56.5%、86.9%、109.4%", ("增长56.5%", "86.9%", "109.4%"), id="list-three-percent"),
    pytest.param("分别比去年同期降低3.1和4.8个百分点", ("降低3.1", "4.8个百分点"), id="list-shared-point"),
    pytest.param("分别上升0.6和0.1个百分点", ("上升0.6", "0.1个百分点"), id="list-shared-point-up"),
    pytest.param("分别增长3.5、4.2和5.1个百分点", ("增长3.5", "4.2", "5.1个百分点"), id="list-shared-point-three"),
    pytest.param("分别增长5和8%", ("增长5", "8%"), id="list-shared-percent"),
    pytest.param("同比30%的增长", ("30%的增长",), id="figure-first-after-tongbi"),
    pytest.param("其中19%的企业反映涨幅超过20%。", ("涨幅超过20%",), id="share-before-a-rate-with-its-figure"),
    pytest.param("也较5月份衰退\n4.3%", ("衰退\n4.3%",), id="line-break-before-figure"),
    pytest.param("同比涨幅达 91.63%", ("涨幅达 91.63%",), id="space-before-figure"),
    # A rate's old and new levels: both are growth rates; the new one is the bare figure.
    pytest.param("增速将从去年的38%回落到17%左右", ("增速将从去年的38%", "17%"), id="rate-from-old-to-new-level"),
    pytest.param("增幅将下降到10%以内", ("增幅将下降到10%",), id="rate-falls-to-level"),
    pytest.param("经济增长预估自2.5%调降至1%", ("增长预估自2.5%", "1%"), id="growth-forecast-from-old-to-new-level"),
    pytest.param("增长2.5%，降至1%的水平", ("增长2.5%",), id="not-level-without-zi"),
    pytest.param("产值下降到10%", (), id="not-level-of-a-non-rate"),
    pytest.param("GDP增长率由此前的2.7%调降至2.1%。", ("增长率由此前的2.7%", "2.1%"), id="rate-revised-down"),
    pytest.param("与将近两成的产量增速不相匹配", ("两成的产量增速",), id="figure-first-qualifier-outside"),
    pytest.param("汽车增长率相当于GDP增长率的1.5倍左右", (), id="not-ratio-of-rates"),
    pytest.param("是中国汽车市场总体增幅的近3倍", (), id="not-ratio-of-rate"),
    pytest.param("工业增加值同比增长回落至13.4%", ("增长回落至13.4%",), id="growth-falls-to-level"),
    pytest.param("分别增长3和5个月", (), id="not-list-months"),
    # A figure after 的 is a share of what the gap names, not the change (节电费用中的90%).
    pytest.param("用户可获得节电费用中的90%。", (), id="not-share-after-de"),
    pytest.param("价格仍是节能灯价格的2到3倍。", (), id="not-ratio-after-de"),
    pytest.param("使用寿命延长60~100倍。", ("延长60~100倍",), id="up-yanchang-times"),
    pytest.param("较传统光源节电40%~80%。", ("节电40%~80%",), id="down-jiedian-range"),
    # The rates a rate is compared with are growth figures, bare; a threshold is not compared.
    pytest.param(
        "技改投资增速明显低于工业新建投资22.5%和工业固定资产投资13.2%的增速，也低于去年同期27.7%。",
        ("22.5%", "13.2%", "27.7%"),
        id="compared-rates",
    ),
    pytest.param("技改资金同比增长14.1%，远远低于去年同期的34.2%。", ("增长14.1%", "34.2%"), id="compared-rate-de"),
    pytest.param("目标增长6%，高于全国GDP5.5%的增长目标。", ("增长6%", "5.5%的增长"), id="compared-rate-figure-first"),
    pytest.param("占比低于全国平均水平的30%。", (), id="not-compared-without-rate"),
    # A rate stated as a level goes on in the next clause for another subject or year, bare.
    pytest.param(
        "增加值增速为16%，而技术玻璃为31.7%、玻璃纤维及制品为46.3%。",
        ("增速为16%", "31.7%", "46.3%"),
        id="continued-rates",
    ),
    pytest.param(
        "净利润增长率为396.92%，2009年200.16%，保持", ("增长率为396.92%", "200.16%"), id="continued-rate-year"
    ),
    pytest.param("涨幅为0.45%，全天振幅0.96%。", ("涨幅为0.45%",), id="not-continued-amplitude"),
    pytest.param("工业增加值增速为10%，占全省的30%。", ("增速为10%",), id="not-continued-share"),
    pytest.param("同比口径下", (), id="not-elided-no-figure"),
]

# Not growth: shares and levels (reported as percentages), ranks, dates, codes, changes
# without a figure or with a unit that is not percent/point/times.
NOT_GROWTH_IN_TEXT = [
    pytest.param("一半的企业亏损", (), id="not-half-of-the-firms"),
    pytest.param("一半的增长来自出口", (), id="not-half-of-the-growth"),
    pytest.param("价格下降到一半", (), id="not-half-as-a-level"),
    pytest.param("占比62.0%", ("62.0",), id="not-zhanbi"),
    pytest.param("持有3%的股份", ("3",), id="not-gufen"),
    pytest.param("推翻了3%的假设", ("3",), id="not-overturned"),
    pytest.param("至少了解30%的情况", ("30",), id="not-at-least"),
    pytest.param("目标是至少10%", ("10",), id="not-at-least-figure"),
    pytest.param("比较低的10%的家庭", ("10",), id="not-bijiao-di"),
    pytest.param("到2010年，这一比例增加到了40%。", ("40",), id="not-level-reached-after-zeng"),
    pytest.param("翻看了20%的资料", ("20",), id="not-leafed-through"),
    pytest.param("其中三分之二的建议集中在医疗，占比62%", ("62",), id="not-fraction-share"),
    pytest.param("将自营占比提高至1/3，目前为20%", ("20",), id="not-fraction-level"),
    pytest.param("“90/70”政策改为“90/50”，下降的户型占比20%", ("20",), id="not-slash-policy"),
    pytest.param("2007年又增持股权达80%", ("80",), id="not-stake-raised-to"),
    pytest.param("公司减持3%股份", ("3",), id="not-stake-sold"),
    pytest.param("最低相对估值到过12倍左右。", (), id="not-zuidi-is-no-comparison"),
    pytest.param("分辨率是高清电视标准的四倍，所以被俗称", (), id="not-the-gao-of-gaoqing"),
    pytest.param("有关部门正在谋划提高液晶面板现有5%的进口关税。", ("5",), id="not-level-of-object-raised"),
    pytest.param("完成率54.4%", ("54.4",), id="not-wanchenglv"),
    pytest.param("国产化率达70%", ("70",), id="not-guochanhualv-da"),
    pytest.param("税率为13%", ("13",), id="not-shuilv"),
    pytest.param("贷款利率4.35%", ("4.35",), id="not-lilv"),
    pytest.param("失业率为3.2%", ("3.2",), id="not-shiyelv"),
    pytest.param("完成年度计划的85%", ("85",), id="not-jihua-wancheng"),
    pytest.param(
        "占全市的百分之三十",
        ("30",),
        id="not-zhan-baifenzhi",
    ),
    pytest.param("第3季度", (), id="not-quarter"),
    pytest.param("2017年11月30日", (), id="not-date"),
    pytest.param("2016-2020年", (), id="not-year-range"),
    pytest.param("咨询电话0451-86888888", (), id="not-phone"),
    pytest.param("涨幅居首", (), id="not-zhangfu-juzhou"),
    pytest.param("实现大幅增长", (), id="not-dafu-zengzhang"),
    pytest.param("保持稳定增长", (), id="not-wending-zengzhang"),
    pytest.param("培育新的经济增长点", (), id="not-zengzhangdian"),
    pytest.param("预计2018年增长", (), id="not-year-before-verb"),
    pytest.param("增速居全省第3位", (), id="not-zengsu-rank"),
    pytest.param("涨幅排名第2", (), id="not-zhangfu-rank"),
    pytest.param("排名上升到第5名", (), id="not-shangsheng-rank"),
    pytest.param("新增就业岗位增加3000个", (), id="not-count-change"),
    pytest.param("收入增加5亿元", (), id="not-money-change"),
    pytest.param("每吨上涨5元", (), id="not-price-change"),
    pytest.param("水位下降0.5米", (), id="not-measure-change"),
    pytest.param("提高3次", (), id="not-times-count"),
]

# parse_growth on a surface that is not growth returns None.
NOT_PARSED = [
    pytest.param("超过10个百分点", id="chaoguo-without-what-is-outdone-is-a-qualifier"),
    pytest.param("", id="unparsed-empty"),
    pytest.param("增长", id="unparsed-no-figure"),
    pytest.param("8%", id="unparsed-percent-alone"),
    pytest.param("占比62.0%", id="unparsed-zhanbi"),
    pytest.param("完成率54.4%", id="unparsed-wanchenglv"),
    pytest.param("涨幅居首", id="unparsed-zhangfu-juzhou"),
    pytest.param("增加5亿元", id="unparsed-money-change"),
]


@pytest.mark.parametrize("case", UP)
def test_up(case: G) -> None:
    check_growth(case, parse_growth(case.source))


@pytest.mark.parametrize("case", DOWN)
def test_down(case: G) -> None:
    check_growth(case, parse_growth(case.source))


@pytest.mark.parametrize("case", SIGNED)
def test_signed(case: G) -> None:
    check_growth(case, parse_growth(case.source))


@pytest.mark.parametrize("case", RATES)
def test_rate_nouns(case: G) -> None:
    check_growth(case, parse_growth(case.source))


@pytest.mark.parametrize("case", POINTS)
def test_points(case: G) -> None:
    check_growth(case, parse_growth(case.source))


@pytest.mark.parametrize("case", MULTIPLES)
def test_multiples(case: G) -> None:
    check_growth(case, parse_growth(case.source))


@pytest.mark.parametrize("case", QUALIFIERS)
def test_qualifiers_and_targets(case: G) -> None:
    check_growth(case, parse_growth(case.source))


@pytest.mark.parametrize("case", BASIS)
def test_basis(case: G) -> None:
    check_growth(case, parse_growth(case.source))


@pytest.mark.parametrize("case", METRICS)
def test_metrics_in_text(case: G) -> None:
    check_only_growth(case, extract(case.source).growth)


@pytest.mark.parametrize(("source", "texts"), SEQUENCES)
def test_growth_in_document_order(source: str, texts: tuple[str, ...]) -> None:
    growth = extract(source).growth
    assert_offsets(source, growth)
    assert tuple(g.text for g in growth) == texts


@pytest.mark.parametrize(("source", "texts"), LISTS)
def test_lists(source: str, texts: tuple[str, ...]) -> None:
    growth = extract(source).growth
    assert_offsets(source, growth)
    assert tuple(g.text for g in growth) == texts


@pytest.mark.parametrize(
    ("source", "low"),
    [("翻100多倍", Decimal(100)), ("提高10多个百分点", Decimal(10)), ("翻了两倍多", None), ("增长3倍", None)],
)
def test_inner_qualifier_sets_low(source: str, low: Decimal | None) -> None:
    """多 inside the number makes the written number the lower bound, as for money (3000多万元)."""
    (growth,) = extract(source).growth
    assert (growth.low, growth.high) == (low, None)


@pytest.mark.parametrize(("source", "percentages"), NOT_GROWTH_IN_TEXT)
def test_not_growth_in_text(source: str, percentages: tuple[str, ...]) -> None:
    doc = extract(source)
    assert [g.text for g in doc.growth] == []
    assert tuple(p.value for p in doc.percentages) == tuple(Decimal(v) for v in percentages)


@pytest.mark.parametrize("source", NOT_PARSED)
def test_not_parsed(source: str) -> None:
    assert parse_growth(source) is None


def test_shared_unit_applies_to_every_figure() -> None:
    growth = extract("分别比去年同期降低3.1和4.8个百分点").growth
    assert [(g.value, g.unit, g.direction) for g in growth] == [
        (Decimal("3.1"), "point", "down"),
        (Decimal("4.8"), "point", "down"),
    ]


def test_at_least_is_no_comparison() -> None:
    assert extract("至少10个百分点").growth == ()  # 至少 qualifies; 少 compares only after 比/较


def test_listed_figure_and_new_level_share_the_basis() -> None:
    growth = extract("纺织品出口数量同比增幅，已由去年的15%降至4%；利润同比增长13.4%和0.7%").growth
    assert [g.basis for g in growth] == ["yoy"] * 4


def test_elided_figure_takes_the_metric_of_the_growth_before() -> None:
    growth = extract("净利润环比增长31.81%，同比18.60%。").growth
    assert [(g.text, g.metric) for g in growth] == [("增长31.81%", "净利润"), ("18.60%", "净利润")]


# Plain percentages in their written forms: 百分之, spoken 百分三十 / 百分百, and tenths
# 成 (三成 = 30 %), with the words that begin with 成 and the ranges that are not one value.
PLAIN_PERCENTAGES = [
    pytest.param("占比62.0%", (("62.0%", "62.0"),), id="arabic"),
    pytest.param("平均清偿比例为9 .57%。", (("9 .57%", "9.57"),), id="decimal-split-by-space"),
    pytest.param("百分之七十的企业", (("百分之七十", "70"),), id="baifenzhi"),
    pytest.param("百分之负六十五点二八", (("百分之负六十五点二八", "-65.28"),), id="baifenzhi-negative"),
    pytest.param("收盘价的百分之七十百分位", (("百分之七十", "70"),), id="baifenzhi-cut-before-baifenwei"),
    pytest.param("百分之二三十", (), id="baifenzhi-adjacent-digits-not-cut"),
    pytest.param("百分三十", (("百分三十", "30"),), id="spoken-baifen"),
    pytest.param("百分百满意", (("百分百", "100"),), id="spoken-baifenbai"),
    pytest.param("有七成市民", (("七成", "70"),), id="tenths-chinese"),
    pytest.param("占全国的六成以上", (("六成", "60"),), id="tenths-before-qualifier"),
    pytest.param("7.2成", (("7.2成", "72"),), id="tenths-decimal"),
    pytest.param("八点五成", (("八点五成", "85"),), id="tenths-chinese-decimal"),
    pytest.param("三成半", (("三成半", "35"),), id="tenths-and-a-half"),
    pytest.param("半成", (("半成", "5"),), id="half-a-tenth"),
    pytest.param("接近四成五，", (("四成五", "45"),), id="tenths-and-digit"),
    pytest.param("三成五家企业", (("三成", "30"),), id="tenths-digit-counts-next"),
    pytest.param("十成", (("十成", "100"),), id="ten-tenths"),
    pytest.param("五、六成", (("六成", "60"),), id="tenths-list-second-only"),
    pytest.param("占到七八成", (), id="tenths-adjacent-digits-range"),
    pytest.param("半成品或者", (), id="not-banchengpin"),
    pytest.param("这一成功案例", (), id="not-chenggong"),
    pytest.param("不是一成不变的", (), id="not-yichengbubian"),
    pytest.param("2019成都", (), id="not-year-before-chengdu"),
    pytest.param("二十成员", (), id="not-chengyuan"),
    pytest.param("提高1.2个百分点", (), id="not-points"),
]


@pytest.mark.parametrize(("source", "expected"), PLAIN_PERCENTAGES)
def test_plain_percentages(source: str, expected: tuple[tuple[str, str], ...]) -> None:
    found = list(find_percentages(source))
    assert_offsets(source, found)
    assert tuple((p.text, p.value) for p in found) == tuple((t, Decimal(v)) for t, v in expected)


# Metrics of figures in lists and of rates: each figure of a bare 分别 clause takes the
# subject of its own clause before; a rate word (增长率, 涨幅) is no metric; a figure written
# first names its metric after 的; a measure made from a verb (回收量) is whole.
METRIC_LINKS = [
    # 在…基础上 says from what level, not what grew
    pytest.param("公司营收在去年的基础上增长20%。", ("营收",), id="on-the-basis-of"),
    pytest.param("手机银行客户要在去年的基础增长3倍。", ("手机银行客户",), id="on-the-basis-without-shang"),
    pytest.param("当日两市成交额较前一交易日增长10%。", ("成交额",), id="compared-with-the-day-before"),
    pytest.param("废铜贸易商表示目前销售量较去年底下滑了30%左右。", ("销售量",), id="compared-with-year-end"),
    pytest.param("我国的环保投资需求将比过去的五年增加一倍以上。", ("环保投资需求",), id="compared-with-past-years"),
    pytest.param("而水晶挂件也普遍上涨了10%～15%。", ("水晶挂件",), id="adverb-pubian"),
    pytest.param("4月份汽车销量从3月时的54万辆急降10%。", ("汽车销量",), id="subject-before-old-level"),
    pytest.param(
        "房屋销售价格同比上涨1.0%，涨幅比上月扩大0.8个百分点；环比上涨0.9%。",
        ("房屋销售价格", "涨幅", "房屋销售价格"),
        id="rate-changing-by-points-is-its-own-metric",
    ),
    pytest.param(
        "工业增加值同比增长13.3%，增速比4月份回落0.1个百分点。", ("工业增加值", "增速"), id="rate-opens-the-figure"
    ),
    pytest.param(
        "累计完成工业总产值6713.72亿元，同比增速较头3个月累计值减少3.21个百分点。",
        ("增速",),
        id="rate-compared-with-cumulative-value",
    ),
    # Adverbs and modal verbs that end the clause before the change, by jieba's tags.
    pytest.param("光这项就让线缆成本同步提高近30%。", ("线缆成本",), id="adverb-tongbu"),
    pytest.param("5月份CPI同比上涨5.5%。其中，城市上涨5.3%。", ("CPI", "城市"), id="settlement-tagged-ns"),
    pytest.param("今年以来股市上涨了20%。", ("股市",), id="market-ending-in-shi"),
    pytest.param("受减产影响，原糖出口或损失近1/3。", ("原糖出口",), id="modal-huo"),
    pytest.param("两市大幅低开，高铁概念股更是一度下跌达5%。", ("高铁概念股",), id="adverb-yidu"),
    # What a change names between its verb and its figure is its metric.
    pytest.param("根据央行再次发布上调存准率0.5个百分点计算", ("存准率",), id="object-between-verb-and-figure"),
    pytest.param("贵州茅台平均上调了出厂价13%。", ("出厂价",), id="object-after-le"),
    pytest.param("2007年，一年内价格涨了五倍多。", ("价格",), id="within-a-year-is-a-time"),
    pytest.param("公司的营业收入将会增长20%。", ("营业收入",), id="modal-hui"),
    pytest.param("其生产成本几乎不变，利润却可以翻倍。", ("利润",), id="modal-keyi"),
    pytest.param("当日上证综指全天涨幅0.45%，收盘报3331点。", ("上证综指",), id="whole-day-quantian"),
    pytest.param("中国的碳强度大概只能下降35%。", ("碳强度",), id="adverb-dagai"),
    pytest.param("全球面板产能增长20%。", ("全球面板产能",), id="neng-ends-a-noun"),
    pytest.param("钢材价格比上月下降3%。", ("钢材价格",), id="compared-with-last-month"),
    # Compared with something else (比 + a standard), the metric is the subject before 比.
    pytest.param("它的汽车价格通常比丰田、大众低10%。", ("汽车价格",), id="compared-with-companies"),
    pytest.param("燃油效率比市面上同级车型高出大约15%。", ("燃油效率",), id="compared-with-other-models"),
    pytest.param("2011年全球电视总出货量比预期低3%。", ("全球电视总出货量",), id="compared-with-forecast"),
    pytest.param("比亚迪销量增长10%。", ("销量",), id="biyadi-is-no-comparison"),  # a company is no metric
    pytest.param("邦东乡鲜叶单价达15元/公斤，比全区平均价格高出55%。", ("鲜叶单价",), id="comparison-opens-the-clause"),
    pytest.param(
        "4月份，汽车产销量数字分别为153.53万辆和155.20万辆，分别同比减少了1.85%和0.25%。",
        ("汽车产销量数字", "汽车产销量数字"),
        id="levels-listed-are-no-subjects",
    ),
    # What a cut or a rise acts on may follow its figure (降低40%成本, 节省了70%的电费).
    pytest.param("通过实施降低40%成本、集中投放多", ("成本",), id="object-after-figure"),
    pytest.param("就给银泰节省了70%的电费。", ("电费",), id="object-after-figure-de"),
    pytest.param(
        "公司上半年实现营业收入199.9亿元，净利为29.8亿元，同比分别增长19.2%和5.9%。",
        ("营业收入", "净利"),
        id="fenbie-over-earlier-clauses",
    ),
    pytest.param(
        "7月份该公司实现销售面积58.3万平方米，销售额51.2亿元，分别比去年同期增长61.8%和64.5%。",
        ("销售面积", "销售额"),
        id="fenbie-date-before-subject",
    ),
    pytest.param(
        "销售量1096万台，销售额418亿元，回收量1124.2万台，与上季度相比，分别增长13.8%、13.2%和13.4%。",
        ("销售量", "销售额", "回收量"),
        id="fenbie-across-a-comparison-clause",
    ),
    pytest.param("GDP平均年增长率超过9%；住宅价格平均年增长率约6%。", ("GDP", "住宅价格"), id="rate-word-not-metric"),
    # A product code ends in letters (R410A): its digits do not cut the metric before them.
    pytest.param("2010年用于多联机的R410A达到6900吨，同比增长了61.63%。", ("R410A",), id="product-code-metric"),
    pytest.param("期房成交达到22010套，环比上升了52%。", ("期房成交",), id="chengjiao-is-a-measure"),
    pytest.param("去年和前年总体增长分别超过40%和30%。", ("总体", "总体"), id="fenbie-over-years-is-no-list"),
    pytest.param("R410A的价格也顺势走高，2011年3月的价格与2010年同期相比翻了约三倍。", ("价格",), id="adverb-shunshi"),
    # With no metric of its own, a change takes what a count before it in the sentence counts.
    pytest.param("李东生认购的7225万股股份，如今已翻番至1.45亿股。", ("股份",), id="metric-of-a-count-before"),
    pytest.param("2010年，我们拥有近60000多项专利，比去年增加了10%。", ("专利",), id="metric-of-a-count-clause"),
    # 保持/维持 and what drives a change (在…的刺激下) stand between the subject and its rate.
    pytest.param("中国环保产业在未来较长时间内仍将保持年均15%-20%的增长速度。", ("环保产业",), id="baochi-rate"),
    pytest.param("LED产业应用产值保持着20%以上的年增长率。", ("产值",), id="baochizhe-rate"),
    pytest.param("由于日本市场在节能返点政策的刺激下2010年出现了60%以上的增长。", ("市场",), id="driven-by-ciji"),
    # A bare rate with nothing nearer takes the nouns that open the nearest clause of its
    # sentence (after a time word, the nouns after it), not a speaker, a link word or places.
    pytest.param(
        "深证成指收复14000点整数位，收报14051.52点，涨166.59点，涨幅为1.20%。", ("深证成指",), id="opening-subject"
    ),
    pytest.param(
        "中国装载机也遇到了1995年以来的最大寒流，下降幅度达12%以上。", ("中国装载机",), id="opening-subject-ye"
    ),
    pytest.param(
        "江苏圣奥化学科技有限公司今年上半年PPD类橡胶防老剂销量继续创历史新高，同比上升15%。",
        ("PPD类橡胶防老剂销量",),
        id="opening-subject-after-a-time",
    ),
    pytest.param("日前，华锐风电副总裁陶刚表示，增长率有望保持在30%。", (None,), id="opening-subject-not-a-speaker"),
    pytest.param("滨州、聊城、菏泽增速仅为1.2%、1.5%、3.2%。", (None, None, None), id="opening-places-are-no-subject"),
    # A measure written once after the last listed subject belongs to each (粗钢、坯材产量).
    pytest.param(
        "公司二季度粗钢、坯材产量分别环比增加9.10%和9.5%。", ("粗钢产量", "坯材产量"), id="fenbie-shared-head"
    ),
    pytest.param(
        "广东电子信息业、汽车制造业两大行业利润总额同比分别下降17.4%和14.2%。",
        ("广东电子信息业利润总额", "汽车制造业利润总额"),
        id="fenbie-shared-head-after-a-count",
    ),
    pytest.param("水产品、蔬菜、干鲜果类分别增长10%、8%和7%。", ("水产品", "蔬菜", "干鲜果类"), id="fenbie-no-head"),
    # As many subjects as figures, in order, without 分别; the kind written once is shared.
    pytest.param(
        "非金属矿物制品和有色金属行业用电量增幅高达32.3%和33.4%。",
        ("非金属矿物制品行业用电量", "有色金属行业用电量"),
        id="paired-subjects-shared-kind",
    ),
    pytest.param("出口和进口增长5%和3%。", ("出口", "进口"), id="paired-subjects"),
    pytest.param(
        "白酒类股上涨，决定自2010年1月1日起适当上调贵州茅台酒出厂价格，平均上调幅度约为13%。",
        ("贵州茅台酒出厂价格",),
        id="size-of-the-change-before",
    ),
    pytest.param(
        "据团队的预测，钛白粉的原料钛精矿现货价格年内将有30%-70%的涨幅。",
        ("原料钛精矿现货价格",),
        id="within-the-year-will-have",
    ),
    pytest.param("如果全部在现货市场采购，压缩毛利率超过10%。", ("毛利率",), id="object-of-squeezing"),
    pytest.param("食品和居住类价格分别上涨13.4%和10.5%", ("食品类价格", "居住类价格"), id="shared-category-word"),
    pytest.param("各拉低全省工业利润增速2.9个和1.9个百分点。", ("全省工业利润增速",) * 2, id="object-of-pulling-down"),
    pytest.param("今年出口增长5%和3%。", ("出口", "出口"), id="paired-one-subject"),
    pytest.param("滨州和聊城增速为1.2%和1.5%。", (None, None), id="paired-places-are-no-subjects"),
    pytest.param(
        "工业增加值、出口交货值等年均增速分别为23.4%、34.9%。",
        ("工业增加值", "出口交货值"),
        id="fenbie-deng-closes-list",
    ),
    pytest.param("2012年GDP增长率由此前的2.7%调降至2.1%。", ("GDP", "GDP"), id="rate-in-percent-measures-its-base"),
    pytest.param("碳排放10年降15%", ("碳排放",), id="emissions-are-a-measure"),
    pytest.param("而且09年前两个月投资的名义增速只有1%。", ("投资",), id="nominal-rate-of-investment"),
    pytest.param("不到20%的产能增速，却有170%的利润增长。", ("产能", "利润"), id="figure-first-metric"),
    pytest.param("与将近两成的产量增速不相匹配的是", ("产量",), id="figure-first-metric-chinese-numeral"),
    # Figures listed before are no subjects of the figures after them; the measures listed
    # before the 分别 of the clause before are.
    pytest.param(
        "四个季度GDP累计分别增长7.2%、7.4%、7.9%和8.2%，呈现逐季提升态势。",
        ("GDP", "GDP", "GDP", "GDP"),
        id="figures-listed-are-no-subjects",
    ),
    pytest.param(
        "锦州银行的资本充足率和核心资本充足率分别为14.01%和12.17%，分别下降了0.7个百分点、0.56个百分点。",
        ("资本充足率", "核心资本充足率"),
        id="measures-listed-before-fenbie-of-clause-before",
    ),
    # 率 ends a measure whatever jieba's tag (欺诈/vn 率/v); 支出 (tagged v) is a measure; 有所 is an adverb.
    pytest.param("实施了IC卡迁移后，这些地区的伪卡欺诈率下降了90％以上。", ("伪卡欺诈率",), id="lv-ends-a-measure"),
    pytest.param("2010年居民人均购房支出比2005年增长70%。", ("居民人均购房支出",), id="zhichu-is-a-measure"),
    pytest.param(
        "但公司综合成本率也有所增长，截至6月30日，综合成本率为95.5%，同比增长了2.4个百分点。",
        ("综合成本率",),
        id="yousuo-is-an-adverb",
    ),
    # A source that publishes or shows the figures (公布, 显示, 发现) is no metric; 效应 ends in 应
    # but is no modal; 差不多 is an adverb.
    # 经季节调整后 (seasonally adjusted) is a link word: the measure before it is the metric
    pytest.param(
        "美国商务部数据则显示，美国10月份批发销售额经季节调整后增加2.2%，", ("销售额",), id="source-is-no-metric"
    ),
    pytest.param("辐射强迫即气候的增暖效应增加了32%。", ("效应",), id="xiaoying-is-no-modal"),
    pytest.param("REIT 2011年对办公房产的投资差不多翻了一倍", ("投资",), id="chabuduo-is-an-adverb"),
    pytest.param(
        "一方面，中国的SUV市场销量增幅呈现明显的下降趋势，2009年增长47%，2010年增长101%。",
        ("SUV市场销量", "SUV市场销量"),
        id="place-de-before-subject",
    ),
    # A change stated as a pace (以30%的幅度增长): the subject before 以; 结算 is a measure.
    pytest.param("同时，未来三年岗位需求会以30%的幅度增长，紧缺状态难以缓解。", ("岗位需求",), id="subject-of-pace"),
    pytest.param(
        "目前我国电子商务市场正在以每年超过80%的增长速度快速膨胀", ("电子商务市场",), id="subject-of-yearly-pace"
    ),
    pytest.param("广发行前三季度国际贸易结算增长41%，增速位居首位。", ("国际贸易结算",), id="jiesuan-is-a-measure"),
    # What is higher or lower than what 比 names.
    pytest.param("由于妇女的退休金通常要比男子低40％左右，这部分老妇人", ("退休金",), id="subject-before-bi"),
    # A currency is a subject (英镑/q); 自…以来 says since when.
    pytest.param("数据显示，英镑自2007年初以来下跌了25%。", ("英镑",), id="currency-since-when"),
    pytest.param("今年以来，人民币升值3%。", ("人民币",), id="currency-alone-is-the-subject"),
    # A measure after the 的 of the last listed subject, known or not, is every subject's; a
    # listed subject is not what is said of it.
    pytest.param(
        "东航、国航和南航的客座率分别同比下降了2.8个百分点、0.9个百分点和3.3个百分点。",
        ("东航客座率", "国航客座率", "南航客座率"),
        id="shared-measure-after-de",
    ),
    # A number inside a Latin code (B2C, 4G) is no figure whose subject a clause names.
    pytest.param("京东商城领涨B2C商品价格，涨幅为5%~15%。", ("B2C商品价格",), id="number-in-a-code-is-no-figure"),
    pytest.param(
        "搜狗搜索量及广告平均单位价格分别增长25%和50%。",
        ("搜狗搜索量", "广告平均单位价格"),
        id="items-with-their-own-measures",
    ),
    pytest.param(
        "沪综指和深成指的周K线收出长下影线十字星，分别下跌1.27%和0.43%。",
        ("沪综指", "深成指"),
        id="listed-subjects-not-what-is-said",
    ),
    # 爆炸式 is a manner, not a metric; the subject before 就实现了 is.
    pytest.param("山推混凝土机械就实现了596%的爆炸式增长。", ("混凝土机械",), id="figure-first-manner-word-not-metric"),
    # A day (7日) is no figure of a subject: the rate belongs to the index of the nearer clause.
    pytest.param(
        "A股市场7日温和走升,深证成指成功站上14000点整数位,涨幅超过1%。", ("深证成指",), id="day-is-no-figure-of-subject"
    ),
    # A clause without a figure that opens with nouns names the subject of the bare figure after it.
    pytest.param(
        "2009年中国进口多晶硅占国内总需求的55%;而进入2010年,进口多晶硅数量更是猛增,各月同比基本都增长100%以上。",
        ("进口多晶硅数量",),
        id="subject-of-clause-without-figure",
    ),
    pytest.param(
        "下游醋酸上半年有一轮强劲上涨，4月份涨幅达到42.15%。", ("醋酸",), id="subject-after-opening-position-word"
    ),
    # A size of change that opens its clause: the change stated in words in the clause before.
    pytest.param("今年上半年的订单都出现了萎缩，下滑幅度约为一至两成。", ("订单",), id="change-in-words-clause-before"),
    # A pace (速度, 幅度) is no metric of its own; 削减 + its object + the figure.
    pytest.param(
        "近年来，首都国际机场飞机起降架次以平均12%的速度增长，", ("首都国际机场飞机",), id="pace-is-no-metric"
    ),
    pytest.param(
        "沿淮工业污染源实现达标排放,削减污染负荷40%以上,淮河治污告捷。", ("污染负荷",), id="xuejian-object-figure"
    ),
]


@pytest.mark.parametrize(("source", "metrics"), METRIC_LINKS)
def test_metric_links(source: str, metrics: tuple[str | None, ...]) -> None:
    assert tuple(g.metric for g in extract(source).growth) == metrics


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [("鲁花已陆续调价，幅度达到10%，", "幅度达到10%", "up"), ("出厂价格下调，幅度为5%。", "幅度为5%", "down")],
    ids=["fudu-after-a-price-change", "fudu-after-a-cut"],
)
def test_fudu_alone_takes_the_change_before_it(text: str, figure: str, direction: str) -> None:
    assert [(g.text, g.direction) for g in extract(text).growth] == [(figure, direction)]


# What a percentage that states no change measures: the measure before it, what is held,
# or for a share what takes it and of what; a figure listed after another measures the same.
PERCENTAGE_METRICS = [
    pytest.param("今年全市开工率98%，完成率54.4%。", ("开工率", "完成率"), id="rate-nouns"),
    pytest.param("写字楼空置率也达到了18.2%。", ("写字楼空置率",), id="level-after-link-words"),
    pytest.param("工业增加值占GDP比重达到42.5%。", ("工业增加值占GDP比重",), id="share-of-gdp"),
    pytest.param("入院人数占全国医疗机构入院人数的2.5%。", ("入院人数占全国医疗机构入院人数",), id="share-with-de"),
    pytest.param("钛白粉大约仅占涂料综合成本的13%。", ("钛白粉占涂料综合成本",), id="share-after-adverbs"),
    pytest.param("投资性消费占到了30%。", ("投资性消费",), id="share-whole-unsaid"),
    pytest.param("京东方在全球液晶面板市场的份额将提升至8%左右。", ("份额",), id="level-after-tisheng-zhi"),
    pytest.param("开工率降低到30%。", ("开工率",), id="level-after-jiangdi-dao"),
    # a share that opens its clause is taken by the measure of the figure in the clause before
    pytest.param(
        "服务类项目采购额0.29亿元,占全市采购额1.3%。",
        ("服务类项目采购额占全市采购额",),
        id="share-taken-by-the-clause-before",
    ),
    pytest.param("社会投资1665.8亿元，占74.3%。", ("社会投资",), id="share-of-the-clause-before-whole-unsaid"),
    pytest.param("其中标记不规范成为主因，占到63.9%。", (None,), id="share-with-no-figure-before"),
    pytest.param("占全省固定资产投资的30.6%。", (None,), id="share-without-taker"),
    pytest.param("河北钢铁将持有该公司19.9%的股权。", ("股权",), id="held-after"),
    pytest.param("烧碱出口产能占到全球产能的6%~7%。", ("烧碱出口产能占到全球产能",) * 2, id="range-shares-the-metric"),
    pytest.param("这一比例分别为19.7%、21.9%和27.5%。", ("比例",) * 3, id="list-shares-the-metric"),
    pytest.param("定速空调市场占比为35%。", ("定速空调市场占比",), id="share-noun-zhanbi"),
    pytest.param("制造业占GDP比重可能早就低于30%。", ("制造业占GDP比重",), id="share-ends-at-its-noun"),
    pytest.param("第三产业比重达到45%。", ("第三产业比重",), id="share-noun-bizhong"),
    pytest.param("夏普的全球占有率从2009年底的6.5%提升到8%。", ("全球占有率", "全球占有率"), id="share-from-old-level"),
    pytest.param("五家企业占据国内市场份额高达92%。", ("企业占据国内市场份额",), id="share-zhanju-gaoda"),
]


@pytest.mark.parametrize(("source", "metrics"), PERCENTAGE_METRICS)
def test_percentage_metrics(source: str, metrics: tuple[str | None, ...]) -> None:
    assert tuple(p.metric for p in extract(source).percentages) == metrics


# Two neighbouring digits are a range: 七八成 is 70-80 %, 三四倍 three to four times.
NEIGHBOURING_RANGES = [
    pytest.param("销量增长七八成", "增长七八成", "70", "80", "percent", id="tenths"),
    pytest.param("产量增长三四倍", "增长三四倍", "3", "4", "times", id="times"),
    pytest.param("收入增长10%-15%", "增长10%-15%", "10", "15", "percent", id="written-range-still"),
]


@pytest.mark.parametrize(("source", "text", "low", "high", "unit"), NEIGHBOURING_RANGES)
def test_neighbouring_digits_are_a_range(source: str, text: str, low: str, high: str, unit: str) -> None:
    [g] = extract(source).growth
    assert (g.text, g.value, g.low, g.high, g.unit, g.qualifier) == (
        text,
        None,
        Decimal(low),
        Decimal(high),
        unit,
        "range",
    )
