"""Name extraction (extractor.names): case tables per label, hard negatives, offsets, data.

Every row is a sentence written for this table (not taken from the corpus), the label,
the name expected in that sentence and, where the rule sets one, its title or the
investment tied to it. ``present=False`` rows are hard negatives: the name must not be
reported with that label. Rows the rules get wrong stay in the table as strict xfails,
so that a fix is noticed.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from extractor._resources import read_map
from extractor.errors import InputError
from extractor.money import find_money
from extractor.names import LABELS, Name, find_names


@dataclass(frozen=True)
class Case:
    sentence: str
    label: str
    name: str
    present: bool = True
    title: str | None = None
    affiliation: str | None = None
    investment: int | None = None


def case(sentence: str, label: str, name: str, id: str, *, xfail: str | None = None, **expected: object) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(Case(sentence, label, name, **expected), id=id, marks=marks)  # type: ignore[arg-type]


def names_in(sentence: str) -> list[Name]:
    return find_names(sentence, amounts=list(find_money(sentence)))


def check(item: Case) -> None:
    found = [n for n in names_in(item.sentence) if n.label == item.label and n.text == item.name]
    if not item.present:
        assert not found, f"{item.name!r} must not be a {item.label}"
        return
    assert found, f"{item.name!r} not found as {item.label}: {[(n.text, n.label) for n in names_in(item.sentence)]}"
    first = found[0]
    if item.title is not None:
        assert first.title == item.title
    if item.affiliation is not None:
        assert first.affiliation == item.affiliation
    if item.investment is not None:
        assert first.investment == Decimal(item.investment)


# A list after 分别是 whose head (企业, 9家) stands before the comma.
BREWERS = "年产量3万千升以上的企业主要有9家，分别是：华润雪花、哈尔滨啤酒、北方绿色食品、本溪中日龙山、阜新梅雪等。"

COMPANIES = [
    case("北京交通大学教授、辉煌科技集团独立董事唐涛表示", "company", "辉煌科技集团", "adjective-name-after-dun"),
    # 企业 and 联合 stop a name elsewhere, but stand inside one before its legal form.
    case("江西省国资委与赣商联合股份有限公司签订了合同", "company", "赣商联合股份有限公司", "lianhe-before-form"),
    case(
        "受让13.53%；伟佳国际企业有限公司(简称：伟佳国际)以300万元",
        "company",
        "伟佳国际企业有限公司",
        "qiye-before-form",
    ),
    case(
        "广西柳工在海外收购波兰工程机械HutaStalowaWola公司(下称“HSW”)遇阻",
        "company",
        "HutaStalowaWola公司",
        "camel-case-gongsi",
    ),
    case("集团旗下的金盘电气公司发布", "company", "金盘电气公司", "trade-name-after-de"),
    case(
        "利润3亿元。惠生(南京)清洁能源公司预计将在2013年投产",
        "company",
        "惠生(南京)清洁能源公司",
        "adjective-after-bracketed-place",
    ),
    case("比如京客隆超市就曾表示，过期产品将返还厂家", "company", "京客隆超市", "shop-head-after-trade-name"),
    case("华润置地公告称，将华润置地资产注入。", "company", "华润置地资产", "assets-are-no-industry", present=False),
    case("央视曝光“上海华联超市等销售染色馒头”", "company", "上海华联超市", "shop-head-with-place"),
    case("利用独立店、大型超市等渠道进行销售", "company", "大型超市", "shop-head-after-adjective", present=False),
    case("5月底，兰州超市新鲜猪肉价格达到25.5元", "company", "兰州超市", "shop-head-after-place", present=False),
    case("往了上海各大超市和连锁超市", "company", "连锁超市", "shop-head-after-kind", present=False),
    case("新疆和静县宏达有限公司成立", "company", "新疆和静县宏达有限公司", "county-he-jing-glued"),
    # A known company that jieba tags a verb (攀钢/v) opens the name of its institute.
    case("。攀钢集团攀枝花钢铁研究院专家表示", "company", "攀钢集团攀枝花钢铁研究院", "known-company-tagged-verb"),
    case(
        "如云南巨丰再生资源利用有限公司，利用率达到95%。",
        "company",
        "云南巨丰再生资源利用有限公司",
        "set-phrase-inside-name",
    ),
    case("华为技术有限公司今天发布了新款手机。", "company", "华为技术有限公司", "legal-form-youxian"),
    case("此前，本田汽车上游零部件企业也发生类似事件。", "company", "本田汽车", "known-name-and-telling-trade"),
    # jieba takes 金健 for a person's name, but no person is followed by 米业; a model number
    # (3800T) after the trade does not continue the name.
    case("公司持有金健米业10%的股权。", "company", "金健米业", "person-tagged-name-and-telling-trade"),
    case("公司承接的振华重工3800T深水起重铺管船设计业务。", "company", "振华重工", "telling-trade-before-model-number"),
    case("指出部分韩泰轮胎存在安全隐患。", "company", "韩泰轮胎", "person-tagged-name-and-tyres"),
    case("中投顾问环保行业研究员侯宇轩表示。", "company", "中投顾问", "known-consultancy"),
    case("上榜的有“太标”、“同乐”等13家企业。", "company", "同乐", "quoted-list-items"),
    case("而是德豪润达的全资子公司“锐拓显示”。", "company", "锐拓显示", "quoted-subsidiary"),
    case("市场回暖，子公司新疆海龙于近日开工。", "company", "新疆海龙", "subsidiary-place-and-name"),
    case("上海万科的销售额超过百亿。", "company", "上海万科", "city-and-known-short-name"),
    case("上榜的有“太标”、“同乐”等13家企业。", "company", "太标", "quoted-first-list-item"),
    case("北极光创投的邓锋就曾表示。", "company", "北极光创投", "venture-capital-firm"),
    case(
        "主营粘胶短纤的上市公司还有澳洋科技、湖北金环、新乡化纤。受制于成本，",
        "company",
        "湖北金环",
        "open-list-after-haiyou",
    ),
    case("以泸州老窖为例，今年11月开始已经涨了一波。", "company", "泸州老窖", "known-liquor-maker"),
    case("山东黄金、新大洲A流出金额也较大。", "company", "新大洲A", "share-class-after-place-word"),
    case("南玻A公告称，公司将扩产。", "company", "南玻A", "share-class-after-cut-name"),
    case("以及浙江青年莲花汽车有限公司签署协议。", "company", "浙江青年莲花汽车有限公司", "time-tagged-word-in-name"),
    case(
        "它与位于松江上海盛禄食品有限公司之间是什么关系？",
        "company",
        "上海盛禄食品有限公司",
        "district-before-its-city",
    ),
    case(
        "从业人员只有8人的上海盛禄食品有限公司分公司每天生产馒头。",
        "company",
        "上海盛禄食品有限公司分公司",
        "bare-branch-after-company",
    ),
    case(
        "以1.66元/股的价格，向联想控股有限公司定向发行股份。",
        "company",
        "联想控股有限公司",
        "verb-tagged-name-after-preposition",
    ),
    case("其主要生产工厂萨固密德国公司申请破产保护。", "company", "萨固密德国公司", "after-appositive-factory"),
    case("轻纺集团将大力发展萨固密集团的非汽车产品。", "company", "萨固密集团", "after-idiom-verb"),
    case(
        "新疆建材化工（集团）股份公司（青松建化）是一家水泥企业。", "company", "青松建化", "short-name-in-bare-brackets"
    ),
    case("英国精密技术集团(PTG)下属6家子公司。", "company", "PTG", "latin-short-name-in-brackets"),
    case("知名调查机构Forward Insight发布的报告指出，", "company", "Forward Insight", "latin-after-research-body"),
    case("英国能源监管机构Ofcom表示，将调整电价。", "company", "Ofcom", "latin-after-regulator", present=False),
    case(
        "研究机构睿远集团(Blue Harbor Group)的报告认为。",
        "company",
        "Blue Harbor Group",
        "spaced-latin-name-in-brackets",
    ),
    case(
        "加拿大枫叶食品公司(Maple Leaf Foods)将提供资金支持。",
        "company",
        "Maple Leaf Foods",
        "two-word-latin-name-in-brackets",
    ),
    case(
        "昨日，重庆轻纺控股(集团)公司召开了新闻发布会。",
        "company",
        "重庆轻纺控股(集团)公司",
        "suffix-word-before-group-bracket",
    ),
    case(
        "此次出售的是注册成立的奔腾电器(上海)有限公司。",
        "company",
        "奔腾电器(上海)有限公司",
        "verb-tagged-name-after-de",
    ),
    case("本次签约企业包括宁波均胜电子股份有限公司。", "company", "宁波均胜电子股份有限公司", "after-baokuo"),
    case("记者从北京京东世纪贸易有限公司获悉，", "company", "北京京东世纪贸易有限公司", "after-cong"),
    case("开发区与海尔集团签订了战略合作协议。", "company", "海尔集团", "after-yu-jituan"),
    case("美的集团股份有限公司发布公告称，", "company", "美的集团股份有限公司", "gufen-youxian"),
    case("招商银行和平安银行均下调了房贷利率。", "company", "招商银行", "bank-first"),
    case("招商银行和平安银行均下调了房贷利率。", "company", "平安银行", "bank-after-he"),
    case("中信证券发布研报认为，", "company", "中信证券", "securities"),
    case("富士康科技(深圳)有限公司宣布扩产。", "company", "富士康科技(深圳)有限公司", "paren-place"),
    case("比亚迪汽车（西安）有限公司投产。", "company", "比亚迪汽车（西安）有限公司", "fullwidth-paren"),
    case("中国石油天然气集团公司在当地设立分公司。", "company", "中国石油天然气集团公司", "jituan-gongsi"),
    case("江苏恒瑞医药股份有限公司的新药获批。", "company", "江苏恒瑞医药股份有限公司", "pharma"),
    # Registered names run long; jieba tags pieces of them as verbs or localities.
    case("广东美的集团控股有限公司投资建设新工厂。", "company", "广东美的集团控股有限公司", "registered-konggu-verb"),
    case("江西南方稀土高技术股份有限公司发布公告。", "company", "江西南方稀土高技术股份有限公司", "registered-fangwei"),
    case("湖北长飞光纤有限公司在当地投资。", "company", "湖北长飞光纤有限公司", "registered-verb-piece"),
    case("两家企业共同设立深圳华强电子有限公司。", "company", "深圳华强电子有限公司", "registered-after-sheli"),
    case("据参加过老凤祥股东大会的人介绍。", "company", "老凤祥", "cue-gudong-dahui"),
    # A list after 分别是 takes the head or count before it; an item between two 、 keeps
    # the locality or time word jieba tags inside it.
    case(BREWERS, "company", "哈尔滨啤酒", "list-fenbieshi-count"),
    case(
        "集团正与造船、高端铸锻、新能源客车、高速机车配套等企业洽谈。",
        "company",
        "新能源客车",
        "list-of-industries",
        present=False,
    ),
    case("天士力、红日药业、远兴能源等企业入驻。", "company", "红日药业", "list-item-ending-in-industry"),
    case("产品销往迪亚天天、联华、华联、乐天玛特、惠侬等超市。", "company", "乐天玛特", "list-head-supermarkets"),
    case(
        "产品销往乐家购物中心松江店、雨润发购物中心、吉买盛等超市。",
        "company",
        "购物中心",
        "list-item-generic-mall",
        present=False,
    ),
    case(
        "记者走访广州家乐福、卜蜂莲花、吉之岛等多家大型超市。",
        "company",
        "走访广州家乐福",
        "list-after-visit-verb",
        present=False,
    ),
    case("三洋电机公司是合肥三洋的第二大股东。", "company", "合肥三洋", "city-before-short-form"),
    case(
        "中粮集团携手日本三菱集团，三菱将出资。日本三菱表示同意。",
        "company",
        "日本三菱",
        "country-before-short-form",
        present=False,
    ),
    case("与大众、宝马、奔驰、福特等一流汽车主机厂建立了合作关系。", "company", "奔驰", "list-head-carmakers"),
    case(BREWERS, "company", "北方绿色食品", "list-inner-item-locality"),
    case(BREWERS, "company", "本溪中日龙山", "list-inner-item-time-word"),
    case(
        "三星电子、现代重工、SK电信等大型企业。结合了现代信息技术。",
        "company",
        "现代重工",
        "list-short-form-not-time-word",
    ),
    # A collective head or a title's modifier before a name is no part of it.
    case("杜双华与香港上市公司开源控股合作。", "company", "开源控股", "head-shangshi-gongsi"),
    case("这一意见发布后，央企五矿集团已高调宣布。", "company", "五矿集团", "head-yangqi"),
    case("包钢稀土首任总经理陈隆淮指出。", "company", "首任", "title-modifier", present=False),
    # A place before 公司 says whose company, not which: no name (方正集团 is one).
    # Nor do common words with a verb or a distinguishing word among them (优化公司, 合资公司);
    # nouns alone may be a trade name jieba does not know (椰岛公司).
    case("通过优化公司的产品结构提升效益。", "company", "优化公司", "verb-gongsi", present=False),
    case("成立一家乘用车合资公司。", "company", "乘用车合资公司", "joint-venture-gongsi", present=False),
    case("椰岛公司产值增长。", "company", "椰岛公司", "noun-trade-name-gongsi"),
    case("它只给了深圳公司内销产品的授权。", "company", "深圳公司", "place-gongsi", present=False),
    case("方正集团发布公告。", "company", "方正集团", "place-like-jituan"),
    # Only a company is listed: a name right after 上市的, but not a product being launched
    # (将要上市的) nor a description ending in a collective noun (上市的澳洲矿企).
    case("加上2010年上市的潮宏基、2011年上市的明牌珠宝。", "company", "明牌珠宝", "listed-de"),
    case("已经上市的洲明科技董事长林锋直言。", "company", "洲明科技", "listed-de-before-title"),
    case("其中一辆是将要上市的雪佛兰科鲁兹。", "company", "雪佛兰科鲁兹", "launched-product", present=False),
    case("是一家在证交所上市的澳洲矿企。", "company", "澳洲矿企", "listed-description", present=False),
    # A one-character verb jieba cut off a trade name before a title is part of it.
    case("对此，德豪润达董事长王冬雷回应称。", "company", "德豪润达", "glued-verb-before-title"),
    # A unit written between an employer and a title belongs to the title.
    case("奥维咨询产业中心副总经理李秋纬表示。", "company", "奥维咨询", "employer-unit"),
    case("该公司视频监控事业部总经理李顺说。", "company", "视频监控", "employer-unit-no-name", present=False),
    # At the start of a sentence a two-character piece before an industry word opens the name.
    case("据悉。国都证券研究所研究员魏静认为。", "company", "国都证券研究所", "sentence-start-piece"),
    case("加快证券公司发展。", "company", "加快证券公司", "sentence-start-verb", present=False),
    # A conjunction before a one-character piece inside a registered name is part of it.
    case(
        "新兴铸管集团重组新疆金特和钢钢铁有限公司。",
        "company",
        "新疆金特和钢钢铁有限公司",
        "registered-inner-conjunction",
    ),
    case("腾讯和美团科技有限公司签约。", "company", "腾讯和美团科技有限公司", "conjunction-two-names", present=False),
    # …and open with a piece tagged an adjective or a locality; a verb before a place does not.
    case("投资3亿元收购北方绿色食品股份有限公司。", "company", "北方绿色食品股份有限公司", "registered-edge-locality"),
    case(
        "发改委批准了友达光电(昆山)有限公司的项目。", "company", "友达光电(昆山)有限公司", "registered-edge-adjective"
    ),
    case("宣布剥离唐山盾石混凝土有限公司等4家股权。", "company", "唐山盾石混凝土有限公司", "registered-after-verb"),
    case("市场很大。\n长飞光纤光缆有限公司人士透露，", "company", "长飞光纤光缆有限公司", "registered-verb-opens-line"),
    case("市场很大！长飞光纤光缆有限公司人士透露，", "company", "长飞光纤光缆有限公司", "registered-verb-after-bang"),
    case("海装集团、能投集团、水投集团等多家企业进入重庆。", "company", "能投集团", "list-inner-item-first-word"),
    case(
        "出资3亿元收购北方绿色食品股份有限公司清河墨尼啤酒分公司80.1%股权。",
        "company",
        "北方绿色食品股份有限公司清河墨尼啤酒分公司",
        "branch-after-parent",
    ),
    case("实际控制人万向集团将委托生产。", "company", "万向集团", "after-kongzhiren"),
    case("阿里巴巴集团宣布在杭州建设新园区。", "company", "阿里巴巴集团", "alibaba-group"),
    case("哈尔滨电气集团公司中标该工程。", "company", "哈尔滨电气集团公司", "city-prefix-kept"),
    case("韩国现代汽车集团在华新建工厂。", "company", "现代汽车集团", "foreign-origin-split"),
    case("日本丰田汽车公司宣布召回部分车辆。", "company", "丰田汽车公司", "foreign-origin-toyota"),
    case("已完成出让荣成市泓达房地产开发有限公司", "company", "泓达房地产开发有限公司", "city-tagged-noun-split"),
    case("已完成出让荣成市泓达房地产开发有限公司", "place", "荣成市", "city-tagged-noun-is-place"),
    case("深圳市大疆创新科技有限公司发布新品。", "company", "大疆创新科技有限公司", "city-shi-split"),
    case("格力电器董事长董明珠表示，", "company", "格力电器", "employer-before-title"),
    # 董事会主席 and 厂长 are posts held in a business: the name before them is the employer.
    case("多晶硅厂商保利协鑫董事会主席朱共山表示，", "company", "保利协鑫", "employer-before-board-chair"),
    case("多晶硅厂商保利协鑫董事会主席朱共山表示，", "person", "朱共山", "board-chair-title", title="董事会主席"),
    case("发布后，阿坝铝厂厂长陈国友说，", "person", "陈国友", "factory-director-title", title="厂长"),
    case("进而再次推高CPI上涨?盛运来表示，此次自然灾害", "person", "盛运来", "name-taken-for-set-phrase"),
    case("其中，薛伟成之子薛嘉琛作为大股东，持股34.6%", "person", "薛嘉琛", "name-after-kinship-word"),
    case("。一帆风顺表示，", "person", "一帆风顺", "idiom-is-no-name", present=False),
    case("联想、华为和小米等企业参加了展会。", "company", "联想", "list-first"),
    case("华为、中兴等通信企业和联想、小米等企业参展。", "company", "联想", "list-after-earlier-list"),
    case("据中石油、中石化第一季度财报，", "company", "中石化", "known-enterprise"),
    case(
        "宏齐科技全资子公司Harvatck(HongKong)Limited正式签署协议。",
        "company",
        "Harvatck(HongKong)Limited",
        "latin-legal-form",
    ),
    case("另一本土企业昆士兰糖业(Queensland Sugar Ltd,QSL)持有股份。", "company", "Queensland Sugar Ltd", "latin-ltd"),
    case("生猪价格创新高之际，中粮集团携手日本三菱。", "company", "中粮集团", "known-enterprise-yields"),
    case("就有了今天的海螺水泥、南方水泥和华润水泥。", "company", "华润水泥", "known-enterprise-industry"),
    case("七月第二周八钢建材资源较上周下降15.38%。", "company", "八钢", "known-enterprise-before-noun"),
    case("以9.54元/股的价格，向珠海德豪电器定向增发。", "company", "珠海德豪电器", "place-trade-name-industry"),
    case("广东美涂士化工今年销售增长。", "company", "广东美涂士化工", "place-trade-name-tagged-place"),
    case("杭州西湖啤酒市场份额下降。", "company", "杭州西湖啤酒", "place-landmark-trade-name"),
    case("联想、华为和小米等企业参加了展会。", "company", "华为", "list-middle"),
    case("十大厂家中，晶元、光磊、鼎元、粲圆等四家已在大陆建厂。", "company", "光磊", "list-closed-by-firm-count"),
    case("十大厂家中，晶元、光磊、鼎元、粲圆等四家已在大陆建厂。", "company", "鼎元", "list-item-tagged-numeral"),
    case("加之瓦克、德山、OCI等国际大厂都在扩产。", "company", "德山", "list-head-dachang"),
    case("赛维LDK、大全集团、中冶集团等均有类似安排。", "company", "赛维LDK", "headless-list-of-suffixed-names"),
    case("德国大众汽车与一汽集团及上汽集团均签署了声明。", "company", "大众汽车", "sibling-after-its-country"),
    case("获得了粮商巨头法国路易·达孚公司的支持。", "company", "路易·达孚公司", "middle-dot-in-company"),
    case("云南英茂及光明集团曾先后尝试收购澳洲农业资产。", "company", "光明集团", "suffixed-name-after-glued-ji"),
    case("云南英茂及光明集团曾先后尝试收购澳洲农业资产。", "company", "云南英茂", "sibling-with-glued-ji"),
    case("德国大众汽车与一汽集团及上汽集团均签署了声明。", "place", "德国", "country-before-sibling"),
    case("该公司与扬州大华共同打造光伏基地。", "company", "扬州大华", "city-and-brand"),
    case("这是温水游泳池产业的“云南荣耀”。", "company", "云南荣耀", "city-and-word-in-quotes", present=False),
    case("沙龙带着巴黎宝藏来了。", "company", "巴黎宝藏", "foreign-city-and-word", present=False),
    case("中国中铝公司宣布将扩大产能。", "company", "中铝公司", "china-before-known-firm"),
    case("中国中铝公司宣布将扩大产能。", "place", "中国", "china-before-known-firm-place"),
    case("中国华能集团宣布将扩大产能。", "company", "中国华能集团", "china-inside-known-firm"),
    case("其二，该集团天津工程公司负责施工。", "company", "天津工程公司", "unit-after-referred-group"),
    case(
        "其二，该集团天津工程公司负责施工。", "company", "集团天津工程公司", "referred-group-not-in-name", present=False
    ),
    case("其二，该集团天津工程公司负责施工。", "project", "集团天津工程", "company-head-not-project", present=False),
    case("赛维LDK、大全集团、中冶集团等均有类似安排。", "company", "大全集团", "headless-list-adverb-tagged-name"),
    case("木林森、聚作、万润及联建光电等企业都已排队上市。", "company", "万润", "list-joint-glued-to-name"),
    case("木林森、聚作、万润及联建光电等企业都已排队上市。", "company", "联建光电", "list-item-after-glued-joint"),
    case("联想、华为和小米等企业参加了展会。", "company", "小米", "list-after-he"),
    case("市场调研机构TrendForce发布报告称，", "company", "TrendForce", "camel-case-brand"),
    case("浙江吉利控股集团有限公司今天宣布，吉利将在当地建厂。", "company", "吉利", "short-name-later"),
    case("腾讯控股的股价今天上涨。", "company", "腾讯控股", "konggu"),
    case("首钢伊犁钢铁公司(下称“伊钢”)今日开工，伊钢将扩大产能。", "company", "伊钢", "alias-xiacheng"),
    case("参展企业包括海信、创维等。", "company", "创维", "list-head-before"),
    case(
        "常见的合资车企如上汽大众、一汽丰田等，",
        "company",
        "上汽大众",
        "list-head-before-ru",
    ),
    case("交通银行发布年度报告。", "company", "交通银行", "bank-alone"),
    # A place name jieba tags as a locality or adverb (大连/d, 海口/s) still opens the name.
    case("他们收购了大连华星啤酒有限公司全部股权。", "company", "大连华星啤酒有限公司", "place-tagged-adverb"),
    case("”海口明泰制药股份有限公司负责人说。", "company", "海口明泰制药股份有限公司", "place-tagged-locality"),
    case("比如潍坊三建集团已经转型。", "company", "潍坊三建集团", "county-name-as-verb-stays-out"),
    case(
        "由上海电气承建的电站并网发电。",
        "company",
        "上海电气",
        "no-suffix-short-name",
        xfail="a short name without a suffix, list or title is not recognised",
    ),
    case(
        "三一重工股份有限公司发布业绩预告。",
        "company",
        "三一重工股份有限公司",
        "numeral-trade-name",
    ),
    # Trade names jieba cuts into short pieces tagged q, v, c, t or m, inside a registered name.
    case("已完成出让荣成市泓达房地产开发有限公司47.62%股权。", "company", "泓达房地产开发有限公司", "run-q-v"),
    case("松阳诚天和食品有限公司就研制出了新产品。", "company", "松阳诚天和食品有限公司", "run-q-and"),
    case("浙江明日控股集团有限公司总经理韩新伟说。", "company", "浙江明日控股集团有限公司", "run-time-word"),
    case("上海正广和网上购物有限公司56.5%股权", "company", "上海正广和网上购物有限公司", "run-three-pieces"),
    case("林毅夫考察的万士达液晶显示器有限公司，", "company", "万士达液晶显示器有限公司", "run-after-de"),
    # A factory is a company when a trade name or a Chinese place names it.
    case("据鲁南化肥厂党委书记王天峰介绍，", "company", "鲁南化肥厂", "factory-of-a-place"),
    case("位于阜新的梅雪啤酒厂也已归至华润雪花", "company", "梅雪啤酒厂", "factory-of-a-trade-name"),
    case("从沈阳啤酒厂发展起来的雪花啤酒", "company", "沈阳啤酒厂", "factory-of-a-city"),
    case("随后，遵义铝厂宣布减产三成。", "company", "遵义铝厂", "factory-two-character-word"),
    case("生产这套动力组合的上海工厂已投产。", "company", "上海工厂", "factory-of-a-firm-in-a-city", present=False),
    case("1999年，三一集团销售额为3.7亿元，", "company", "三一集团", "group-numeral-trade-name"),
    case("苏宁电器与宏碁集团在台北进行深度会晤", "company", "宏碁集团", "group-verb-after-yu"),
    case("罗莱家居吸收合并南通罗莱卧室用品有限公司", "company", "南通罗莱卧室用品有限公司", "run-no-two-char-verbs"),
    case(
        "当代节能置业主席张雷先生北京当代东君房地产开发有限公司",
        "company",
        "北京当代东君房地产开发有限公司",
        "run-stops-at-address",
    ),
    case("该线路的信号系统由通号集团负责。", "company", "通号集团", "preposition-glued-to-first-char"),
    case("这批设备由通号公司提供。", "company", "通号公司", "preposition-glued-before-suffix"),
    case("园区的主体即燕达集团投资建设。", "company", "燕达集团", "ji-glued-to-name"),
    case("宝钢、中铝、五矿、广晟和厦钨等几家企业表态。", "company", "广晟", "list-joint-inside-person-word"),
    case("宝钢、中铝、五矿、广晟和厦钨等几家企业表态。", "company", "厦钨", "list-joint-inside-person-word-second"),
    case("这些配套厂背靠宝钢、武钢等大集团。", "company", "宝钢", "reliance-verb-before-first-item"),
    case("去年，华润水泥原总经理调任他职。", "company", "华润水泥", "known-industry-before-former-post"),
    case("去年，中煤能源原董事长退休了。", "company", "中煤能源", "known-industry-before-former-post-2"),
    case("这家工厂与创维数码、长虹签订了协议。", "company", "创维数码", "industry-digital-after-known"),
    case("他们与华硕电脑、联想签订了合同。", "company", "华硕电脑", "industry-computers-after-known"),
]

# Company names known without a suffix (names_lexicon.tsv, from public NER datasets).
LEXICON_CASES = [
    case("百度宣布在北京设立研发中心。", "company", "百度", "lexicon-one-word"),
    case("中国移动在2月份向业内厂商下发标书。", "company", "中国移动", "lexicon-two-words"),
    case("华为技术在深圳扩大投资。", "company", "华为技术", "lexicon-with-industry-word"),
    # Names the datasets label once, where they occur: a firm a small dataset names once.
    case("评级机构穆迪下调了葡萄牙的主权信用评级。", "company", "穆迪", "lexicon-labelled-once"),
    case("红星美凯龙在成都新开了两家家居商场。", "company", "红星美凯龙", "lexicon-labelled-once-long"),
    case("中资企业在海外的投资正在增加。", "company", "中资企业", "lexicon-kind-of-firm-left-out", present=False),
    case("比亚迪F3的销量下降。", "company", "比亚迪", "lexicon-before-model-code", present=False),
    case("被称为“华为”的这家企业。", "company", "华为", "lexicon-in-quotes", present=False),
    case("今年苹果价格上涨。", "company", "苹果", "lexicon-excludes-common-noun", present=False),
    # A proper name listed beside a company (、和与及, no head noun) is a company too.
    case("今年华为、中兴先后发布新品。", "company", "中兴", "sibling-after-comma"),
    case("百度和搜狐发布财报。", "company", "搜狐", "sibling-after-he"),
    case("万科与沈阳、大连两市签约。", "company", "沈阳", "sibling-place-stays-place", present=False),
    case("万科和专家一起调研。", "company", "专家", "sibling-common-noun", present=False),
    # A place and a proper name listed beside a company are one company, not a place.
    case("杭州凯迪、华电集团已经开始项目前期工作。", "company", "杭州凯迪", "sibling-place-and-name"),
    case("杭州凯迪、华电集团已经开始项目前期工作。", "place", "杭州", "sibling-place-not-alone", present=False),
    case("宁波华翔、万向集团都在扩产。", "company", "宁波华翔", "sibling-before-suffix-word"),
    # What a takeover verb takes is a firm when a trade word ends it.
    case("华润去年成功收购了金星啤酒，市场份额上升。", "company", "金星啤酒", "takeover-object-with-trade"),
    case("宝钢通过收购广西八一钢铁进入华南市场。", "company", "广西八一钢铁", "takeover-object-numeral-name"),
    case("该集团拟收购两家钢铁，扩大产能。", "company", "两家钢铁", "takeover-count-not-name", present=False),
    case("他一手创办的晓光环保目前已经上市。", "company", "晓光环保", "founded-firm-with-trade"),
    case("电厂大量收购山西煤炭，价格上涨。", "company", "山西煤炭", "takeover-place-and-trade", present=False),
    case("银行发布了并购贷款风险管理指引。", "company", "贷款风险管理", "takeover-vague-trade", present=False),
    case("江铃汽车、星马汽车的销量都在下滑。", "company", "星马汽车", "sibling-noun-name-and-trade"),
    case("国美、大中、苏宁等渠道商纷纷扩张。", "company", "大中", "list-head-qudaoshang"),
    case("瑞利、九和机械等零部件配套公司产值下降。", "company", "九和机械", "list-item-numeral-and-he"),
    case("瑞利、九和机械等零部件配套公司产值下降。", "company", "机械", "list-item-numeral-and-he-cut", present=False),
    case("当地民企永源稀土的负责人表示，", "company", "永源稀土", "appositive-minqi-ns-name"),
    case("星马汽车、江铃汽车的经销商都在观望。", "company", "星马汽车", "sibling-noun-name-and-trade-before"),
    case("一汽集团、商用汽车的销量都在增长。", "company", "商用汽车", "sibling-trade-kind", present=False),
    case("常山股份、山东如意等纺织股涨停。", "company", "山东如意", "sibling-place-and-verb-word"),
    case("浙江如意、常山股份等纺织股涨停。", "company", "浙江如意", "sibling-place-and-verb-word-before"),
    case("常山股份、山东等地的企业涨停。", "company", "山东等地", "sibling-place-alone", present=False),
    case("还入股兵库县的藤野食品、香川县的森孵化场等企业。", "company", "香川", "sibling-cut-division", present=False),
    # Words that open no name stop the walk from the suffix (则, 加盟, 所属, 人为, 大佬, 分管):
    # a person, a verb or an appositive before the name is not part of it.
    case("王明则加盟北京远航控股集团担任总裁。", "company", "北京远航控股集团", "stop-at-adverb-verb"),
    case("华信股份所属杭州明珠新材料有限公司签约。", "company", "杭州明珠新材料有限公司", "stop-at-suoshu"),
    case("该院是央企中国电力建设集团公司下属的企业。", "company", "中国电力建设集团公司", "stop-at-central-soe"),
    case("北京市华信律师事务所高级律师王明表示，", "company", "华信律师事务所", "law-firm"),
    # The exemplar of a kind of capital or firm is a company (以X为代表的民营资本).
    case("吸引了以中粮美裕为代表的民营资本、以益海为代表的外资前来投资", "company", "益海", "exemplar-of-capital"),
    case("吸引了以中粮美裕为代表的民营资本、以益海为代表的外资前来投资", "company", "中粮美裕", "exemplar-glued"),
    case("以中国五矿为代表的央企已入驻江西。中国五矿表示，", "company", "中国五矿", "exemplar-central-soe"),
    # The best-known firms by their short names, with no suffix, list or cue around them.
    case("提到空调消费者就想到格力，说起冰箱首选海尔。", "company", "海尔", "known-brand-maker"),
    case("从2005年到2010年，三一重工市值增长34倍。", "company", "三一重工", "known-machinery-maker"),
    case("此后联想控股投资的项目有两个。", "company", "联想控股投资", "known-name-one-industry-word", present=False),
    case("友达二季度净亏损24亿元，奇美也亏损。", "company", "奇美", "known-panel-maker"),
    case("中粮集团携手日本三菱、伊藤忠等进入国内生猪养殖领域。", "company", "伊藤忠", "known-trading-house"),
    case(
        "中粮集团携手日本三菱、伊藤忠等进入国内生猪养殖领域。",
        "person",
        "伊藤忠",
        "trading-house-not-person",
        present=False,
    ),
    case(
        "由郑州鼎盛公司承建的山东金龙日产8000吨砂石骨料生产线",
        "company",
        "日产",
        "daily-output-not-nissan",
        present=False,
    ),
    case("征兆。索尼、夏普均在财报中表示亏损", "company", "夏普均", "sibling-glued-to-adverb", present=False),
    # Central state-owned enterprises by their short names, which jieba cuts in two (中国/ns 铝业/n).
    case("中国铝业将不得已要与中色股份一决高下。", "company", "中国铝业", "central-soe-short-name"),
    case("中国铝业将不得已要与中色股份一决高下。", "place", "中国", "central-soe-not-a-place", present=False),
    # jieba writes a group of countries, or the land around a city, as one place word.
    case("目前欧美国家对低辐射玻璃的需求很大。", "place", "欧美国家", "group-of-countries", present=False),
    case("欧洲各国、美国都在研究。", "place", "欧洲各国", "each-country", present=False),
    case("位于北京郊区的燕达国际健康城", "place", "北京郊区", "outskirts", present=False),
    case("患者满意度为基础的考核", "place", "满意度", "jieba-ns-manyidu", present=False),
    case("让他们高高兴兴地回家", "place", "高高兴兴", "jieba-ns-idiom", present=False),
    case("这批设备由通号公司提供。", "company", "设备由通号公司", "preposition-glued-not-in-name", present=False),
    case("园区的主体即燕达集团投资建设。", "company", "主体即燕达集团", "ji-glued-not-in-name", present=False),
    case("这些配套厂背靠宝钢、武钢等大集团。", "company", "背靠宝钢", "reliance-verb-opens-list", present=False),
    case("这些配套厂依靠宝钢、武钢等大集团。", "company", "依靠宝钢", "reliance-verb-opens-list-2", present=False),
    case("去年，中煤能源原董事长退休了。", "company", "中煤", "known-industry-not-cut-before-former", present=False),
    case("这家工厂与创维数码、长虹签订了协议。", "company", "创维", "industry-digital-not-cut", present=False),
    case(
        "宝钢、中铝、五矿、广晟和厦钨等几家企业表态。", "company", "广晟和厦钨", "list-joint-not-in-name", present=False
    ),
    case("他说中国中铁、中国铁建并称三大央企。", "company", "中国铁建", "central-soe-listed"),
    case("双方共同成立华联稀土 (江苏)有限公司。", "company", "华联稀土 (江苏)有限公司", "space-before-bracket"),
    case(
        "进驻商家如天津富怡、深圳汉邦、东莞正科机械……等知名生产厂家。", "company", "深圳汉邦", "list-closed-by-ellipsis"
    ),
    case("开盘以来已有上工、兄弟标准、宝宇等企业进驻。", "company", "上工", "list-after-yiyou"),
    case("两家公司联合收购了Arrow Energy公司。", "company", "Arrow Energy公司", "spaced-latin-name"),
    case("澳大利亚糖商Tully Sugar公司的股份。", "company", "Tully Sugar公司", "spaced-latin-after-appositive"),
    # A 省/市/县 place before a firm is a place of its own, in a list as after a suffix.
    case("中联与宏达纳米、常州市明华纺织厂、盛昌稀土等企业签约。", "company", "明华纺织厂", "listed-city-prefix-split"),
    case("中联与宏达纳米、常州市明华纺织厂、盛昌稀土等企业签约。", "place", "常州市", "listed-city-prefix-place"),
    case("他们收购了金华县永安纺织有限公司的股权。", "company", "永安纺织有限公司", "county-prefix-split"),
]

COMPANY_NEGATIVES = [
    case(
        "南通网讯（记者 李波 通讯员 范文）在全国多地血库告急之际",
        "company",
        "南通网讯",
        "dateline-is-no-firm",
        present=False,
    ),
    # a division and a two-character name that is a district, a person or a glued preposition
    case(
        "上海宝山一62岁男子因经济纠纷与同事发生矛盾",
        "company",
        "上海宝山",
        "city-and-district-is-no-firm",
        present=False,
    ),
    case(
        "无极县李某在一次用网银汇款时写错了账号", "company", "无极县李某", "county-and-person-is-no-firm", present=False
    ),
    case("请出本次活动的承办方富龙集团董事长。", "company", "承办方富龙集团", "organiser-role", present=False),
    case("自己委托渣打银行理财。", "company", "委托渣打银行", "weituo-verb", present=False),
    case("按比例向全体股东配售，共计可配售股份总额为40万股。", "company", "配售股份", "shares-placed", present=False),
    case("宝钢股份的财务报表出现变化。", "company", "宝钢股份", "listed-gufen"),
    case(
        "中国好人、衡水道德模范史振平和衡水田源餐饮有限公司董事长葛景艳等",
        "company",
        "衡水田源餐饮有限公司",
        "person-he-glued",
    ),
    case(
        "原音像出版社社长兼彩翎音像制作有限公司董事长王滨雁。",
        "company",
        "彩翎音像制作有限公司",
        "post-held-also",
    ),
    case(
        "创始人之一，集团副总裁兼销售公司总经理夏治冰。",
        "company",
        "集团副总裁兼销售公司",
        "vice-president-also",
        present=False,
    ),
    case("香港调查东亚银行被传倒闭事件。", "company", "调查东亚银行", "verb-before-dictionary-bank", present=False),
    case("她投资兴业银行理财产品亏损。", "company", "投资兴业银行", "touzi-before-dictionary-bank", present=False),
    case("而被告携程商务公司就是营运商。", "company", "被告携程商务公司", "defendant-role", present=False),
    case("全部遭遇病毒集团的反击。", "company", "遭遇病毒集团", "zaoyu-verb", present=False),
    case("新疆将培育几家大型企业集团", "company", "企业集团", "enterprise-group-is-a-kind", present=False),
    case("作为日产在华合资公司，东风日产到目前为止", "company", "华合资公司", "zai-hua-in-china", present=False),
    # Words before a post that belong to it or name a company's region, not a company.
    case("大众中国主管市场和销售的高级副总裁苏伟铭说", "company", "高级", "title-modifier-gaoji", present=False),
    case("飞利浦的全球总裁就曾经来过", "company", "全球", "title-modifier-quanqiu", present=False),
    case("将中国区总经理升为中国本部长", "company", "中国区", "company-region-before-post", present=False),
    case("成为过去15年里的明星CEO。", "company", "明星", "star-ceo", present=False),
    case("这两家隶属于同一集团但各自独立运营", "company", "隶属于同一集团", "the-same-group", present=False),
    case("美国商务部长骆家辉在GridWeek 大会上宣布了", "company", "GridWeek", "camel-case-event", present=False),
    # After 的 or a count, a bare 公司 whose body says what it does (LED照明, 跨国汽车) is a kind.
    case("中国的LED封装公司大量使用通用散热", "company", "LED封装公司", "kind-after-de", present=False),
    case("这家最早进入中国市场的跨国汽车公司其耐用", "company", "跨国汽车公司", "kind-transnational", present=False),
    case("PTA、氯碱等行业产能过剩。", "company", "PTA", "product-acronym-no-company", present=False),
    case(
        "将原本的15个业务集团缩减为3大核心业务领域", "company", "业务集团", "business-groups-of-a-firm", present=False
    ),
    case("据海洋财富网、慧聪网等百余家报道，", "company", "慧聪网", "rough-count-of-any-body", present=False),
    case("三一、两三等七家医院", "company", "两三", "numeral-item-is-a-number", present=False),
    case("而江西另一家稀土公司也已停产。", "company", "江西另一家稀土公司", "set-phrase-pointing", present=False),
    case("国内两大集团的竞争", "company", "两大集团", "group-count", present=False),
    case("广东湛江化工产业发展迅速。", "company", "广东湛江化工", "province-city-industry", present=False),
    case("位列第二集团的企业", "company", "第二集团", "group-rank", present=False),
    case("，成立集团", "company", "成立集团", "group-verb-at-edge", present=False),
    case("小型稻米加工厂数量众多。", "company", "小型稻米加工厂", "factory-of-a-kind", present=False),
    case("国内整车厂纷纷停产。", "company", "整车厂", "factory-no-name", present=False),
    case("中国大陆面板厂的产能扩张", "company", "中国大陆面板厂", "factory-of-a-country", present=False),
    case("广州、东莞等市灯饰厂", "company", "东莞等市灯饰厂", "factory-after-deng", present=False),
    case("让搞实体经济的企业更有信心、更有希望。", "company", "信心", "you-opens-no-list", present=False),
    case(
        "到国际水务公司在中国市场的攻城略地。", "company", "国际水务公司", "international-firms-generic", present=False
    ),
    case("该企业“走出去”的步伐加快。", "company", "走出去", "quoted-slogan-after-firm", present=False),
    case("包钢稀土和江西铜业都是资源型公司。", "company", "资源型公司", "kind-of-company", present=False),
    case("由于国内的A股市场低迷。", "company", "国内的A股", "a-share-market", present=False),
    case("包括上汽集团在内的国内三大汽车集团发布了规划。", "company", "三大汽车集团", "count-of-groups", present=False),
    case("年产420万条子午线轮胎。", "company", "子午线轮胎", "radial-tyre-is-a-product", present=False),
    case("公共部分收益物业公司提取法定佣金后，", "company", "收益物业公司", "revenue-not-a-name", present=False),
    # An industry (风电, 电网) before 公司 names no firm, and no short form of one is a name.
    case("在风电领域，电网公司的表态是风电技术不成熟。", "company", "电网公司", "grid-company-generic", present=False),
    case(
        "协合风电公司因电缆故障脱网。在风电领域发展很快。", "company", "风电", "industry-no-short-form", present=False
    ),
    case("国家电网公司表示，在国家基础建设暂告一段落之时，", "company", "国家", "state-no-short-form", present=False),
    case("以变频空调为代表的新产品实现增长。", "company", "变频空调", "exemplar-of-product", present=False),
    case("已投入运营的有美国、加拿大、巴西分公司。", "company", "巴西分公司", "branch-of-a-country", present=False),
    case(
        "知名品牌包括标准、重机、兄弟……等国内外知名产品品牌。", "company", "重机", "product-brand-list", present=False
    ),
    case("尤其关注具有跨国公司从业经历的人。", "company", "跨国公司", "multinational-generic", present=False),
    case("公司一直在整个集团的整合范围之内。", "company", "整个集团", "whole-group-deictic", present=False),
    case("实际控制人为光华食品集团。", "company", "人为光华食品集团", "controller-is-not-name", present=False),
    case("由另一央企大佬华电股份牵头。", "company", "一央企大佬华电股份", "appositive-big-shot", present=False),
    case("他加入远东集团任助理总经理。", "company", "助理", "assistant-post-no-employer", present=False),
    case("原执行副总裁兼华东区域总经理张强牵线。", "company", "副总裁兼华东区域", "chain-of-posts", present=False),
    case("主要分管集团人力资源工作。", "company", "分管集团", "in-charge-of-group", present=False),
    case("有利于优化上海梅林资产质量。", "company", "上海梅林资产", "place-name-broad-trade", present=False),
    case("当印度塔塔汽车宣布推出微型车，", "company", "印度塔塔汽车", "country-trade-name", present=False),
    case("根据调查公司Displaysearch的最新数据，", "company", "调查公司", "generic-research-firm", present=False),
    case(
        "华润雪花在沈阳、铁岭、阜新等城市拥有多家啤酒生产企业。",
        "company",
        "城市拥有",
        "list-closed-at-deng-before-count",
        present=False,
    ),
    case(
        "三星电子、现代重工、SK电信等大型企业。结合了现代信息技术。",
        "company",
        "现代",
        "short-form-time-word",
        present=False,
    ),
    case("咨询公司罗兰·贝格中国区副总裁沈军说。", "company", "贝格中国区", "cue-regional-division", present=False),
    case("被称为制造业“阿里巴巴”的这家企业。", "company", "阿里巴巴", "quoted-metaphor", present=False),
    # A name followed by its stock code.
    case("这位万科A(000002.SZ)董事长王石表示", "company", "万科A", "stock-code-sz"),
    case("而潘石屹和他带领的SOHO中国(企业专区,旗下楼盘)似乎是一个例外", "company", "SOHO中国", "site-company-page"),
    # A trade role before a company's name is no part of it; 农工商 is.
    case("1.集成商通号集团：检查进行中", "company", "通号集团", "trade-role-before-name"),
    case("进入汽车市场的钢铁公司鞍钢股份，也在加大投入", "company", "鞍钢股份", "kind-of-company-before-name"),
    # An acronym brand before a telling trade is a company (LG + 电子, LG + 化学).
    case("该光电还与LG化学签署战略合作协议", "company", "LG化学", "latin-brand-and-trade"),
    case("荣盛石化也提出了扩能计划", "company", "荣盛石化", "trade-name-petrochemicals"),
    case("山推与日本日工、武汉中南机电三方共同出资", "company", "武汉中南机电", "place-trade-name-machinery"),
    # A city jieba tags as a verb opens the name (包头/v); a county that is a common verb does not (比如/v).
    case("稀土市场是包头钢铁(集团)有限公司的天下", "company", "包头钢铁(集团)有限公司", "city-tagged-verb"),
    case("比如潍坊三建集团已开工", "company", "潍坊三建集团", "county-like-verb-biru"),
    case("原包头钢铁公司总工程师马鹏起表示", "company", "包头钢铁公司", "former-before-company"),
    case("LG电子、绿猫钢铁厂等企业", "company", "LG电子", "latin-brand-and-electronics"),
    # jieba cuts 等车企处 into 等车 + 企处 unless 车企 is in the user dictionary.
    case("记者从中国重汽、福田汽车等车企处了解到", "company", "福田汽车", "list-before-chexqi"),
    case(
        "上海农工商房地产(集团)股份有限公司", "company", "上海农工商房地产(集团)股份有限公司", "nonggongshang-in-name"
    ),
    # A foreign country before a short company name in a list is a place of its own; a common
    # word after it is no company's name (荷兰银行 stays whole).
    case("德国西门子、SAP及瑞士ABB等大企业", "company", "ABB", "country-before-latin-name"),
    case("德国西门子、SAP及瑞士ABB等大企业", "place", "瑞士", "country-before-latin-name-place"),
    case("圣瑞思、日本东升、广州有成等企业", "company", "东升", "country-before-short-name"),
    case("青鸟会员与荷兰银行的VIP们", "company", "银行", "country-bank-stays-whole", present=False),
    # A kind of company named by its trade alone is no name (家装公司, 国际石油公司, 各大集团公司).
    case("家装公司、工地项目和门店散售", "company", "家装公司", "kind-home-decoration", present=False),
    case("中国市场对国际石油公司的重要性日益增加", "company", "国际石油公司", "kind-oil", present=False),
    case("研究鼓励商业保险公司开发产品", "company", "商业保险公司", "kind-insurance", present=False),
    case("中国人寿保险公司开发产品", "company", "中国人寿保险公司", "named-insurance-company"),
    case("中国是西门子环保业务发展的关键市场", "company", "西门子", "lexicon-name-before-business-phrase"),
    # A list item that opens with its city keeps the words after it whatever their tags.
    case("如日本东升、广州有成、山东红帆等知名品牌生产厂家", "company", "广州有成", "listed-city-and-cut-name"),
    case(
        "如日本东升、惠州新发五金配件、东莞正科机械……等知名品牌生产厂家",
        "company",
        "东莞正科机械",
        "listed-city-name-d",
    ),
    case("中国是西门子环保业务发展的关键市场", "company", "西门子环保", "lexicon-business-phrase", present=False),
    case("信维通信(300136，收盘价18.25元)大客户拓展取得突破", "company", "信维通信", "stock-code-price"),
    # A stock's short name before its quote, in a sentence about shares.
    case("其他上涨白酒股中，酒鬼酒收于16.69元，水井坊收盘20.19元。", "company", "酒鬼酒", "quote-shouyu"),
    case("其他上涨白酒股中，酒鬼酒收于16.69元，水井坊收盘20.19元。", "company", "水井坊", "quote-shoupan"),
    case("个股方面,吉林敖东净流入2.70亿元居首。", "company", "吉林敖东", "quote-net-inflow"),
    case("该股停牌前股价收于12.5元。", "company", "停牌前股价", "quote-share-price-is-no-name", present=False),
    case("昨日纽约原油收于90美元。", "company", "纽约原油", "quote-needs-shares", present=False),
    # A company's research institute is a company (gold/NOTES.md: 中投证券研究所).
    case("根据中投证券研究所的预测，", "company", "中投证券研究所", "company-institute"),
    case("中国农业科学院棉花研究所预测。", "company", "中国农业科学院棉花研究所", "academic-institute", present=False),
    # A noun that says what the company is (开发商, 巨头, 民营企业) is not part of its name.
    case("其开发商香江集团就来自广东。", "company", "香江集团", "appositive-kaifashang"),
    case("国际啤酒巨头百威英博啤酒集团宣布。", "company", "百威英博啤酒集团", "appositive-jutou"),
    case("民营企业华为技术有限公司。", "company", "华为技术有限公司", "appositive-minying-qiye"),
    # A proper name right before a corporate cue (旗下, 股价, 公告称) is a company.
    case("海信旗下的电视业务增长明显。", "company", "海信", "cue-qixia"),
    case("双汇发展公告称，将调整价格。", "company", "双汇发展", "cue-gonggao"),
    case("记者获悉，长风科技人士透露了扩产计划。", "company", "长风科技", "cue-after-noun-name-and-trade"),
    case("烟台万华相关负责人向记者透露，", "company", "烟台万华", "cue-fuzeren-after-xiangguan"),
    case("日照钢铁已与中国中冶旗下的公司合作。", "company", "中国中冶", "cue-known-name-with-place"),
    case("日照油企负责人曾到港区查看库存。", "company", "油企", "cue-after-kind-of-firm-word", present=False),
    case("在城东的华瑞通达4S店内，新车供不应求。", "company", "华瑞通达4S店", "suffix-car-dealership"),
    case("据悉，外资银行高管认为利率将上调。", "company", "外资银行", "cue-after-kind-of-firm", present=False),
    case("即指高科奶业董事长已被免职。", "company", "指高科奶业", "cue-after-glued-word", present=False),
    case("基金经理王亚伟旗下基金表现平平。", "company", "王亚伟", "cue-after-person-name", present=False),
    case("湖北省旗下各市。", "company", "湖北省", "cue-after-place", present=False),
    # A period or 的 may stand between the name and a results word (净亏损, 净利润, 亏损额).
    case("奇美二季度净亏损29亿元。", "company", "奇美", "cue-after-period"),
    case("双汇发展上半年净利润约5600万元。", "company", "双汇发展", "cue-jinglirun"),
    case("LGDisplay二季度净亏损2.9亿元。", "company", "LGDisplay", "cue-long-latin-name"),
    case("业务创造了大约280亿欧元的营收。", "company", "欧元", "cue-after-currency", present=False),
    case("最大供应商台湾胜华科技的子公司。", "company", "华科技", "cue-after-glued-piece", present=False),
    # A proper name right after a noun that says what it is (厂商, 企业, 巨头) is a company.
    case("记者从国内空调厂商海信电器了解到，", "company", "海信电器", "apposed-after-changshang"),
    case("日本电子企业索尼也宣布扩产。", "company", "索尼", "apposed-after-qiye"),
    case("企业海外投资的举措值得鼓励。", "company", "海外投资", "apposed-abbreviation", present=False),
    case("水处理企业万邦达上市。", "company", "万邦", "apposed-cut-name", present=False),
    case("三洋洗衣机品牌AQUA及相关品牌。", "company", "AQUA", "apposed-brand", present=False),
    # A list without a head noun is of companies when most items are trade names.
    case("齐鲁制药、恒瑞医药、华海药业等产值均有增长。", "company", "齐鲁制药", "trade-list-first"),
    case("齐鲁制药、恒瑞医药、华海药业等产值均有增长。", "company", "华海药业", "trade-list-last"),
    case("混凝土机械、架桥机械等需求较大。", "company", "混凝土机械", "trade-list-common-nouns", present=False),
    case(
        "集团正与造船、高端铸锻、新能源客车、高速机车配套等企业进行洽谈。",
        "company",
        "机车配套",
        "company-list-of-industries",
        present=False,
    ),
    case(
        "黑山电动车、凌海塑料化工、义县电力电器等产业集群。",
        "company",
        "凌海塑料化工",
        "trade-list-county-industries",
        present=False,
    ),
    case("总投资80亿元的招商蛇口金融中心项目开工。", "company", "招商蛇口", "inside-project-name", present=False),
    case("该公司表示将继续扩大投资。", "company", "该公司", "deictic", present=False),
    case("辖区内有多家上市公司。", "company", "上市公司", "listed-company-generic", present=False),
    case("集团旗下的子公司已经投产。", "company", "子公司", "subsidiary-generic", present=False),
    case("2010年度公司的技术开发费为3,136.49万元。", "company", "年度公司", "fiscal-year", present=False),
    # A known short name with a company suffix after it is a name of its own, although
    # jieba takes the short name for a verb (奔腾/v 集团) and the suffix rule misses it.
    case(
        "奔腾电器(上海)有限公司称，奔腾集团创始人刘建国9日表示。",
        "company",
        "奔腾集团",
        "short-name-verb-tagged-then-suffix",
    ),
    case(
        "武陵酒有限公司称，武陵酒控股股东泸州老窖已同意。",
        "company",
        "武陵酒控股",
        "short-name-then-controlling-shareholder",
        present=False,
    ),
    # A short name takes one industry word after it (荣盛 + 发展); two make a phrase about it.
    case(
        "联想控股有限公司称，事和人一向是联想控股投资的一个衡量标准。",
        "company",
        "联想控股投资",
        "short-name-before-two-industry-words",
        present=False,
    ),
    case(
        "TCL集团公告称，张瑛介绍了我市TCL产业发展情况。",
        "company",
        "TCL产业发展",
        "short-name-industry-phrase",
        present=False,
    ),
    case("三洋电机株式会社称，三洋电机资产开始整合。", "company", "三洋电机", "short-name-takes-one-industry-word"),
    case(
        "三洋电机株式会社称，三洋电机资产开始整合。",
        "company",
        "三洋电机资产",
        "short-name-two-industry-words",
        present=False,
    ),
    case(
        "湖南武陵酒业有限公司称，武陵酒业经营团队将留用。",
        "company",
        "武陵酒业经营",
        "short-name-ending-in-trade-takes-no-more",
        present=False,
    ),
    case(
        "当年包钢稀土和内蒙古高新控股有限公司(系包头稀土高新区控股子公司)合作。",
        "company",
        "稀土高新区控股",
        "controlling-stake-kongu",
        present=False,
    ),
    case(
        "武陵酒业有限公司称，收购已获武陵酒业控股股东泸州老窖同意。",
        "company",
        "武陵酒业控股",
        "controlling-shareholder-after-short-form",
        present=False,
    ),
    case(
        "与金健米业所持有的武陵酒业等额股份进行了资产置换。",
        "company",
        "武陵酒业等额股份",
        "equal-amount-of-shares",
        present=False,
    ),
    case(
        "回顾一下染色馒头从盛禄食品公司那个作坊般的分公司。",
        "company",
        "染色馒头从盛禄食品公司",
        "glued-preposition-inside",
        present=False,
    ),
    case("包头钢铁稀土公司(下称包钢稀土)今年扩产。", "company", "下称包钢稀土", "alias-definition-word", present=False),
    case("华为技术有限公司(深圳)今天发布。", "company", "深圳", "place-in-brackets-after-company", present=False),
    case("当地成立了一家投资公司。", "company", "投资公司", "industry-only", present=False),
    case("他创办了一家科技公司。", "company", "科技公司", "industry-only-tech", present=False),
    case("深圳华侨城集团公司投资建设。", "place", "深圳", "place-inside-company", present=False),
    # A short name is never a bare place left after dropping an industry word.
    case("赣州稀土集团扩产。在赣州，稀土分离曾是支柱。", "company", "赣州", "short-form-not-place", present=False),
    case("光明集团宣布收购，光明的海外扩张加速。", "company", "光明", "short-form-before-suffix"),
    # After a noun that says what it is, a name jieba tags a place is a firm's, unless it is one.
    case("一家家具企业佛罗伦的负责人说。", "company", "佛罗伦", "apposed-name-tagged-place"),
    case("一家家具企业佛罗伦的负责人说。", "place", "佛罗伦", "apposed-name-not-place", present=False),
    case("当地企业扎堆转型。", "company", "扎堆", "apposed-common-word-tagged-place", present=False),
    # 销售, 营销, 市场 before a post belong to the title, not to the employer before it.
    case("宏远电器市场总监李强表示，", "company", "宏远电器", "employer-before-market-director"),
    case("宏远电器市场总监李强表示，", "person", "李强", "market-director", title="市场总监"),
    case("华信营销总监说，", "company", "华信营销", "marketing-not-employer", present=False),
    case("恒达地产设计总监王伟明介绍，", "company", "恒达地产", "employer-before-design-director"),
    case("公司的人事经理找他谈话。", "company", "人事", "personnel-not-employer", present=False),
    case("该团艺术总监周明表示，", "company", "艺术", "art-not-employer", present=False),
    # A name found in one context (雷诺董事长) is a name where the article wrote it before, alone,
    # and what is listed beside it there is a company too.
    case(
        "分析师看好雷诺、日产的联盟。雷诺董事长随后宣布了新计划。", "company", "日产", "earlier-mention-lists-sibling"
    ),
    # A sibling written in Latin letters may hold a space (LG Display), not only its last word.
    case("LG Display及三星电子均出现亏损。", "company", "LG Display", "latin-sibling-with-space"),
    case("LG Display及三星电子均出现亏损。", "company", "Display", "latin-sibling-last-word", present=False),
    # The particle 了 that jieba glued to a name's first word opens no name.
    case("这引起了泽明公司的不满。", "company", "泽明公司", "le-glued-to-name"),
    case("这引起了泽明公司的不满。", "company", "了泽明公司", "le-glued-not-in-name", present=False),
    # A common word standing alone as a list item beside a company names one (雪花/n); not a
    # common noun (协调性) or a two-character verb listed (发布).
    case("这几年，青岛啤酒集团、雪花、燕京等都在扩张。", "company", "雪花", "bare-item-beside-company"),
    case("海尔集团、协调性、燕京啤酒都被提到。", "company", "协调性", "bare-item-common-noun", present=False),
    case("海尔集团、发布、燕京啤酒都被提到。", "company", "发布", "bare-item-verb", present=False),
    case("海尔集团、雪豹电池、美的都被提到。", "company", "雪豹电池", "sibling-with-closing-noun"),
    case("海尔集团、雪豹电池、美的都被提到。", "company", "雪豹", "sibling-without-closing-noun", present=False),
    case("据统计，蓝天牙膏、乐百氏、海尔集团都被提到。", "company", "蓝天牙膏", "first-sibling-with-closing-noun"),
    case("国内家电专家、海尔集团都被提到。", "company", "家电专家", "open-first-item-no-sibling", present=False),
    # A name in Latin letters right after a kind of company (调查公司, 软件公司) is one.
    case("根据调查公司Kantar的数据，销量下滑。", "company", "Kantar", "latin-name-after-kind"),
    case("该公司CEO表示，将扩大产能。", "company", "CEO", "post-after-company", present=False),
    # 等地 closes a list of places, whatever company head follows it.
    case("南京、合肥等地企业踊跃参展。", "company", "合肥", "places-before-dengdi", present=False),
    case("南京、合肥等地企业踊跃参展。", "place", "合肥", "places-before-dengdi-place"),
]

ORGANIZATIONS = [
    case("中国汽车工业协会(CAAM)数据显示", "organization", "CAAM", "acronym-in-brackets"),
    case("中南大学、湖南矿冶局等单位参加", "organization", "湖南矿冶局", "suffix-glued-to-deng"),
    case("济南局、西安局等9个铁路局", "organization", "西安局", "suffix-glued-to-deng-after-place"),
    case("做好产业布局等工作", "organization", "产业布局", "common-word-glued-to-deng", present=False),
    case(
        "这是佛山照明灯具协会(下称佛山灯协)提出的", "organization", "佛山照明灯具协会", "lighting-fixtures-association"
    ),
    case("观点地产新媒体：据路透的消息，6月份的新增贷款", "organization", "路透", "media-ju-xiaoxi"),
    case("其电视广告将在CCTV-1、CCTV-2等各频道", "organization", "CCTV-2", "tv-channel"),
    case("广东省主管工业的省经济和信息化委员会分析，", "organization", "省经济和信息化委员会", "commission-with-he"),
    case("美国标准与技术研究院(NIST)提出", "organization", "美国标准与技术研究院", "country-body-with-yu"),
    case(
        "屏山县人民政府政务服务中心是正科级行政机构",
        "organization",
        "屏山县人民政府政务服务中心",
        "government-service-centre",
    ),
    case("据国家卫生统计信息中心统计，", "organization", "国家卫生统计信息中心", "information-centre"),
    case(
        "今年1月，环保部国家质量监督检验检疫总局发布",
        "organization",
        "国家质量监督检验检疫总局",
        "two-bodies-side-by-side",
    ),
    case("深圳创业投资同业公会常务副会长王守仁表示", "organization", "深圳创业投资同业公会", "trade-guild"),
    case("浙大茶学系与他们签订了协议", "organization", "浙大茶学系", "university-department"),
    case("依托方正集团和北京大学医学部的丰厚资源", "organization", "北京大学医学部", "university-school-bu"),
    case(
        "中国可再生能源学会光伏专业委员会副主任吴达成表示",
        "organization",
        "中国可再生能源学会光伏专业委员会",
        "renewable-energy-society",
    ),
    # A medium the person speaks to (接受《X》采访, 对《X》说) or the interviewer of a Q&A (《X》：).
    case("西林隆在接受《第一财经周刊》采访时说", "organization", "第一财经周刊", "media-interview"),
    case("金心异对界面新闻大湾区频道记者表示", "organization", "界面新闻", "media-without-brackets-channel"),
    case("陈总您好，我是北京参考消息的记者", "organization", "北京参考消息", "media-without-brackets-de"),
    case("他对外消息记者说", "organization", "外消息", "media-needs-a-name", present=False),
    case("秘书长罗磊对《第一财经周刊》说：“好”", "organization", "第一财经周刊", "media-told"),
    case("访谈\n《21世纪》：在2010年，", "organization", "21世纪", "media-interviewer-line"),
    # 企业 before 协会/商会 names the members of the body and is part of its name.
    case(
        "东莞市外商投资企业协会会长梁钟铭接受采访", "organization", "东莞市外商投资企业协会", "enterprise-association"
    ),
    case(
        "3月30日，广东省高新技术企业协会工作品牌之一",
        "organization",
        "广东省高新技术企业协会",
        "enterprise-association-2",
    ),
    # A city jieba tags an idiom (攀枝花/i) is still the start of a body's name.
    case("其中攀枝花钒钛钢铁研究院和兴辰钒钛实施的钒电池", "organization", "攀枝花钒钛钢铁研究院", "city-tagged-idiom"),
    case(
        "此外，由同济大学、上海建材工业设计研究院等单位组成",
        "organization",
        "同济大学",
        "dictionary-name-opening-with-tong",
    ),
    case(
        "青岛市家具协会理事、大易红坊首席艺术顾问任茂顺表示", "organization", "青岛市家具协会", "lishi-glued-to-suffix"
    ),
    case(
        "国家科技部科技经费监管中心副主任房汉廷认为",
        "organization",
        "国家科技部科技经费监管中心",
        "centre-of-a-ministry",
    ),
    case("国家发改委能源所CDM中心主任康艳兵表示", "organization", "国家发改委能源所CDM中心", "centre-of-an-institute"),
    case("联合广东省科技厅规划发展处举办论坛", "organization", "广东省科技厅规划发展处", "division-of-a-department"),
    case("国务院研究中心宏观部部长余斌介绍", "organization", "国务院研究中心宏观部", "department-after-centre"),
    case("分会会长梁钟铭接受南方日报采访时说", "organization", "南方日报", "media-after-jieshou"),
    case("今年1月份工信部、发改委联合下发的通知", "organization", "工信部", "month-before-ministry"),
    case("相关的四部委国家发改委、工信部、科技部之间", "organization", "国家发改委", "count-of-ministries-before"),
    case("江西省国资委将其持有的股权转让。", "organization", "江西省国资委", "place-before-known-body"),
    case("合肥市国资委有关负责人表示。", "place", "合肥市", "place-inside-known-body", present=False),
    case("据国务院国资委介绍，", "organization", "国务院国资委", "known-body-after-body"),  # one body (gold eb-0162)
    # An office (处, 办公室) belongs to a body or place named before it, not to a person or
    # a trader; 东西 (things, which jieba tags ns) is no part of a name.
    case("记者从省科技厅副厅长侯树谦处得知。", "organization", "省科技厅副厅长侯树谦处", "person-chu", present=False),
    case("超市在从供货商处提取货物时。", "organization", "供货商处", "trader-chu", present=False),
    case("从事贸易商郭先生办公室就在这里。", "organization", "贸易商郭先生办公室", "person-office", present=False),
    case("据黑龙江省粮食局农村处介绍。", "organization", "黑龙江省粮食局农村处", "bureau-chu"),
    # Generic bodies every housing estate or factory has are no names.
    case(
        "现有居住小区如想获得补贴，业主委员会须选定一家企业。",
        "organization",
        "业主委员会",
        "generic-yezhu",
        present=False,
    ),
    # A short unit in 部 after a body is the body's department: the body is the name;
    # a government's ministry stays whole.
    case("中国水泥协会信息部部长表示。", "organization", "中国水泥协会", "body-before-department"),
    case("中国水泥协会信息部部长表示。", "organization", "中国水泥协会信息部", "department-not-name", present=False),
    case("与缅甸政府投资部、能源部主管会谈。", "organization", "缅甸政府投资部", "government-ministry"),
    # A division jieba did not tag, between its city and 区委, is part of the body.
    case("在株洲市天元区委全体扩大会议上。", "organization", "株洲市天元区委", "district-before-quwei"),
    # A phrase-tagged word after a place may open a body's name; a site cued through 的.
    case("深圳市软科学研究会常务副会长金心异表示。", "organization", "深圳市软科学研究会", "phrase-after-place"),
    case("根据北京市房地产交易管理网的统计显示。", "organization", "北京市房地产交易管理网", "site-de-cue"),
    # 与 between two common nouns after a body is inside its office's name; not between bodies.
    case(
        "天津市住建委建筑节能与建筑材料办公室主任张明介绍。",
        "organization",
        "天津市住建委建筑节能与建筑材料办公室",
        "office-with-conjunction",
    ),
    case("商务部与发改委联合发布通知。", "organization", "商务部与发改委", "two-bodies-conjunction", present=False),
    case("搜猪网分析师郭会勇说，", "organization", "搜猪网", "website-analyst"),
    case("实际上，据慧聪网报道，", "organization", "慧聪网", "website-report"),
    case("来源在日前和讯网主办的论坛上", "organization", "和讯网", "website-host"),
    case("第一纺织网总编汪前进告诉记者", "organization", "第一纺织网", "website-ordinal-editor"),
    # Short names of national associations, with the level written before them.
    case("的呼声，省科协原党组书记表示", "organization", "省科协", "known-kexie-with-level"),
    case("据钢协统计，2月上旬", "organization", "钢协", "known-gangxie"),
    case("一位曾在国务院稀土领导小组任职的老专家", "organization", "国务院稀土领导小组", "leading-group"),
    case("中国有色工程设计总院原副院长王国珍认为", "organization", "中国有色工程设计总院", "head-institute-zongyuan"),
    case(
        "建议由房地产市场宏观调控部际联席会议领导小组牵头",
        "organization",
        "房地产市场宏观调控部际联席会议领导小组",
        "joint-meeting-leading-group",
    ),
    case("富宝金属网分析师施凯华表示。", "organization", "富宝金属网", "website-two-words"),
    case("复旦大学平板显示中心主任谷至华表示，", "organization", "复旦大学平板显示中心", "university-centre"),
    case("深圳家具研究开发院院长许柏鸣说，", "organization", "深圳家具研究开发院", "suffix-kaifayuan"),
    case("中国有色工程设计研究总院教授王国珍告诉本报，", "organization", "中国有色工程设计研究总院", "suffix-zongyuan"),
    case("中国核动力研究设计院罗树新教授说，", "organization", "中国核动力研究设计院", "suffix-shejiyuan"),
    case("今年3月16日，科技部高新司把原来的10座城市改为21座。", "organization", "科技部高新司", "ministry-department"),
    case("根据中钢协统计，八钢六月钢材产量52.63万吨。", "organization", "中钢协", "association-short-name"),
    case("以及近期中钢协钒业分会的成立，", "organization", "中钢协钒业分会", "known-body-opens-longer"),
    case("中国欧盟商会4月20日首次发布研究报告。", "organization", "中国欧盟商会", "known-body-inside-chamber"),
    case("据住房和城乡建设部统计，", "organization", "住房和城乡建设部", "ministry-with-he"),
    case("为今年开好局打下基础。", "organization", "开好局", "idiom-ending-in-ju", present=False),
    case("中国农业科学院棉花研究所(下称中棉所)预测，中棉所认为。", "organization", "中棉所", "alias-without-quotes"),
    case("他们利用浙江大学的研发成果推出新品。", "organization", "浙江大学", "dictionary-name-after-common-word"),
    case("设计部门与市场营销部门加强合作。", "organization", "市场营销部", "department-word-not-a-name", present=False),
    case(
        "他们利用浙江大学的研发成果推出新品。", "organization", "利用浙江大学", "common-word-not-in-name", present=False
    ),
    # Media named by their reporters or issues.
    case(
        "发布会上，市人力资源和社会保障局副局长沙忠飞表示。",
        "organization",
        "市人力资源和社会保障局",
        "local-department-with-he",
    ),
    case("根据这个情况，市医改办组织有关部门进行了研究。", "organization", "市医改办", "health-reform-office"),
    case("此次济南市政府采购中心组织的正版软件采购项目。", "organization", "济南市政府采购中心", "procurement-centre"),
    case("佛山灯协会长吴育林认为，行业尚不成熟。", "organization", "佛山灯协", "association-before-its-chair"),
    case(
        "据海洋财富网、中国食品招商网、中国产业经济信息网等统计。",
        "organization",
        "中国产业经济信息网",
        "trade-news-website",
    ),
    case("中国人民大学市场营销教研室主任表示。", "organization", "中国人民大学市场营销教研室", "teaching-unit"),
    case(
        "中央财经大学中国煤炭经济研究院中国煤炭上市公司研究中心主任邢雷说。",
        "organization",
        "中央财经大学中国煤炭经济研究院中国煤炭上市公司研究中心",
        "university-institute-centre-chain",
    ),
    case("中国欧盟商会公共采购工作组发布报告。", "organization", "中国欧盟商会公共采购工作组", "chamber-working-group"),
    case("收购了江苏省宿迁市人民医院。", "organization", "江苏省宿迁市人民医院", "public-hospital"),
    case("据银河证券基金研究中心统计，基金业绩分化。", "organization", "银河证券基金研究中心", "firm-research-centre"),
    case("包钢稀土研究院专家表示。", "organization", "包钢稀土研究院", "known-firm-institute"),
    case(
        "经国家办公设备及耗材质量监督检验中心比对检测。",
        "organization",
        "国家办公设备及耗材质量监督检验中心",
        "national-centre-with-ji",
    ),
    case("原中共中央政策研究室副主任郑新立表示。", "organization", "中共中央政策研究室", "former-qualifies-the-post"),
    case("澳大利亚新洲政府宣布了新的规划。", "organization", "澳大利亚新洲政府", "government-of-a-foreign-state"),
    case("副总裁张宇在接受《每日经济新闻》记者采访时表示。", "organization", "每日经济新闻", "media-in-book-marks"),
    case("他在《求是》杂志上发表文章。", "organization", "求是", "media-magazine"),
    case("李莎告诉导报记者，调研显示。", "organization", "导报", "media-paper-reporter"),
    case("据本刊记者调查，房价仍在上涨。", "organization", "本刊", "own-magazine-no-body", present=False),
    # A department written after a body (粮食局 + 指导处处长) does not open with 和/与/及.
    case("澳门金融管理局和财政司司长均表示支持。", "organization", "财政司", "joint-before-department"),
    case(
        "澳门金融管理局和财政司司长均表示支持。",
        "organization",
        "澳门金融管理局和财政司",
        "joint-not-in-department",
        present=False,
    ),
    # A short paper word before the reporter takes the place or noun that names the paper.
    case("近日，上海证券报记者走访了多家银行。", "organization", "上海证券报", "paper-with-its-city"),
    case("近日，上海证券报记者走访了多家银行。", "place", "上海", "paper-city-no-place", present=False),
    case("王石昨日接受CBN记者专访时表示。", "organization", "CBN", "media-acronym-reporter"),
    case("据经济之声报道，李宁和中国动向近日相继发盈警。", "organization", "经济之声", "media-that-reported"),
    case("据彭博社报道称，该公司将裁员。", "organization", "彭博社", "media-that-reported-agency"),
    case("据外媒报道，该公司将裁员。", "organization", "外媒", "foreign-media-no-body", present=False),
    case("据业内人士报道，价格将上涨。", "organization", "业内人士", "insiders-no-body", present=False),
    case("他接受Google记者采访。", "organization", "Google", "camel-word-before-reporter", present=False),
    case("李莎告诉导报记者，调研显示。", "organization", "李莎告诉导报", "speech-verb-ends-name", present=False),
    case("本报记者王五报道。", "organization", "本报", "media-own-paper", present=False),
    # 政府 that opens a term (政府采购, 政府指导价) ends no name; generic words ending in 局.
    case(
        "日前,山东省烟台市政府采购管理办公室(以下简称采购办)第一季度",
        "organization",
        "山东省烟台市政府采购管理办公室",
        "zhengfu-caigou-office",
    ),
    case("继续落实政府采购政策功能。", "organization", "落实政府", "zhengfu-caigou-term", present=False),
    case("今年我市煤炭政府指导价格从去年420元上调。", "organization", "市煤炭政府", "zhengfu-zhidaojia", present=False),
    case("以华润雪花为主导的辽宁啤酒新格局也大致成熟。", "organization", "辽宁啤酒新格局", "xin-geju", present=False),
    case("但关键在于政府执法要公平。", "organization", "关键在于政府", "guanjian-zaiyu", present=False),
    # A division named before its head's title is part of the body's name.
    case("黑龙江省粮食局农村处处长高士全提出，", "organization", "黑龙江省粮食局农村处", "department-chu"),
    case("国家发改委体改司副司长连启华表示，", "organization", "国家发改委体改司", "department-si-deputy"),
    case("黑龙江省粮食局农村处处长高士全提出，", "organization", "黑龙江省粮食局", "department-not-cut", present=False),
    # A body named by its level and abbreviation, without its place (省经信委, 市科工信局).
    case("据省经信委统计，技改投资下降。", "organization", "省经信委", "level-abbreviation-after-ju"),
    case("市科工信局相关负责人分析认为。", "organization", "市科工信局", "level-abbreviation-first"),
    case("记者从五常市工商局了解到。", "organization", "五常市工商局", "county-city-and-bureau"),
    case("由北京市住建委负责验收。", "organization", "北京市住建委", "abbreviated-bureau-whole"),
    case("国家发改委近日印发通知。", "organization", "国家发改委", "ndrc"),
    case("据国家统计局数据，", "organization", "国家统计局", "stats-bureau"),
    case("商务部新闻发言人表示，", "organization", "商务部", "ministry-bu"),
    case("财政部、税务总局联合发布公告。", "organization", "财政部", "list-first-ministry"),
    case("财政部、税务总局联合发布公告。", "organization", "税务总局", "zongju"),
    case("浙江省人民政府办公厅印发实施意见。", "organization", "浙江省人民政府办公厅", "government-office"),
    case("杭州市统计局发布数据显示，", "organization", "杭州市统计局", "city-stats-bureau"),
    case("中国汽车工业协会数据显示，", "organization", "中国汽车工业协会", "association"),
    case("上海温州商会组织企业考察。", "organization", "上海温州商会", "chamber"),
    case("北京大学教授指出，", "organization", "北京大学", "university"),
    case("中国社会科学院发布报告。", "organization", "中国社会科学院", "academy"),
    case("人民日报发表评论员文章。", "organization", "人民日报", "newspaper-known"),
    case("新华社北京3月5日电", "organization", "新华社", "news-agency"),
    case("上海证券交易所发布通知。", "organization", "上海证券交易所", "exchange"),
    case("公司已向深交所提交申请。", "organization", "深交所", "exchange-short"),
    case("国务院常务会议决定，", "organization", "国务院", "state-council"),
    case("中国人民银行宣布降准。", "organization", "中国人民银行", "central-bank"),
    case("海淀区人民政府与企业签约。", "organization", "海淀区人民政府", "district-government"),
    case("广东省科技厅公布名单。", "organization", "广东省科技厅", "provincial-department"),
    case("苏州高新区管委会主任介绍，", "organization", "苏州高新区管委会", "zone-committee"),
    case("据经济日报报道，", "organization", "经济日报", "newspaper-ribao"),
    case("国家能源局日前发布数据。", "organization", "国家能源局", "energy-administration"),
    case(
        "中央电视台播出了专题节目。",
        "organization",
        "中央电视台",
        "broadcaster",
    ),
    case("该集团后来划归国务院国资委管理。", "organization", "国务院国资委", "state-council-commission"),
    case(
        "国际原子能机构(IAEA)将小型机组定义为30万千瓦以下。", "organization", "IAEA", "international-body-abbreviation"
    ),
    case("根据经合组织的标准应列入统计。", "organization", "经合组织", "international-body-short-name"),
    case("市科委正在牵头组织修订认定办法。", "organization", "市科委", "science-commission"),
    case("管委会与中国保监会协调。", "organization", "中国保监会", "regulator-full-short-name"),
    case("南都记者综合采访获悉，", "organization", "南都", "paper-known-as-company-name"),
    # jieba glues 城经/n: the body starts at its jurisdiction, the division before the suffix.
    case("服装机械城经上海市商委批准命名成立。", "organization", "上海市商委", "body-starts-at-jurisdiction"),
    # jieba glues a title to the suffix (商会会长/n, 大学校长/n): the name ends before the title.
    case("四川省家具行业商会会长李明表示，", "organization", "四川省家具行业商会", "suffix-glued-to-title"),
    # A company's division (事业部) is no ministry, whatever words it holds (中央); a café no hall of government.
    case("美的中央空调事业部总裁田明力表示", "organization", "美的中央空调事业部", "business-division", present=False),
    case("美的中央空调事业部总裁田明力表示", "company", "美的中央空调", "business-division-employer"),
    case("他们专门去的咖啡厅和餐厅", "organization", "咖啡厅", "cafe-is-no-body", present=False),
    case("北京交通大学校长王明介绍，", "organization", "北京交通大学", "university-glued-to-title"),
    # A university abroad is named without its country, which is a place of its own.
    case("他毕业于美国弗吉尼亚理工大学，", "organization", "弗吉尼亚理工大学", "foreign-university"),
    case("他毕业于美国弗吉尼亚理工大学，", "place", "美国", "foreign-university-country"),
    case("他毕业于中国人民大学，", "organization", "中国人民大学", "china-university-keeps-country"),
    case(
        "他是中国金属学耐磨材料学术委员会委员。",
        "organization",
        "中国金属学耐磨材料学术委员会",
        "fixed-phrase-inside-body",
    ),
    case(
        "国际食品安全协会北京代表处首席代表桑立伟解释说",
        "organization",
        "国际食品安全协会北京代表处",
        "representative-office",
    ),
    case("今年最高人民法院出台了司法解释。", "organization", "最高人民法院", "supreme-court"),
    case("国家电监会认为此次事故影响最大。", "organization", "国家电监会", "state-before-known-body"),
    case("中国机电工业协会佛山办事处主任蓝卫兵说，", "organization", "中国机电工业协会佛山办事处", "liaison-office"),
    case("盖蒂基金会宣布捐赠。", "organization", "盖蒂基金会", "foundation"),
    case("任志强援引国家统计局数据分析说，", "organization", "国家统计局", "quoting-verb-not-in-name"),
    case("时隔半年之后，新快报笔者在采访中发现", "organization", "新快报", "paper-before-writer"),
    case("统计局数据显示，5月份CPI同比上涨5.5%。", "organization", "统计局", "statistics-bureau-by-its-data"),
    case("海关数据显示，氧化铝5月份进口价格上涨。", "organization", "海关", "customs-by-its-data"),
    case("据省统计局数据，全省工业增长。", "organization", "省统计局", "level-before-known-body"),
    # A dateline's 日电/日讯 ends before the body named after it.
    case(
        "据新华社华盛顿12月30日电(记者谷利源)美国人口研究所所长沃纳·福诺斯今天说",
        "organization",
        "美国人口研究所",
        "after-dateline-dian",
    ),
    case("本报北京1月1日讯海峡两岸关系协会会长汪道涵在", "organization", "海峡两岸关系协会", "after-dateline-xun"),
    case("以及荣宝斋书画评论员姚凤林先生齐聚北京电视台《有一说一》", "organization", "北京电视台", "after-qiju"),
]

ORGANIZATION_NEGATIVES = [
    case("梅西大学是一所综合性大学", "organization", "综合性大学", "kind-of-university", present=False),
    case("一所私立大学", "organization", "私立大学", "private-university-is-a-kind", present=False),
    # listed kinds before a shared head are no bodies (subjects of 学科协会); 北大、北工大 are
    case(
        "成立了书法、美术、篮球、摄影、武术等学科协会",
        "organization",
        "美术",
        "listed-subjects-no-bodies",
        present=False,
    ),
    # a suffix that is an ordinary word there: a classifier after a numeral, a spot, a verb
    case("最终，朱雨玲连胜三局取胜。", "organization", "朱雨玲连胜三局", "ju-classifier-after-numeral", present=False),
    case(
        "警方在长宁区遵义路天山路处抓获嫌疑人",
        "organization",
        "长宁区遵义路天山路处",
        "chu-spot-after-road",
        present=False,
    ),
    case("学会了藏语还学会了赶牦牛", "organization", "藏语还学会", "xuehui-verb-before-le", present=False),
    case(
        "缪某(市公安局副政委陆胜民之妻)与邻居",
        "organization",
        "市公安局副政委",
        "post-zhengwei-is-no-body",
        present=False,
    ),
    case("省委常委、宣传部长李明表示。", "organization", "省委常委", "post-changwei-is-no-body", present=False),
    case(
        "本报北京一月一日讯中央人民广播电台记者刘振英报道",
        "organization",
        "讯中央人民广播电台",
        "dateline-xun-alone",
        present=False,
    ),
    case("要求各级党委高度重视。", "organization", "各级党委", "every-level-is-no-name", present=False),
    case("据业内人士的消息，价格将上调", "organization", "业内人士", "no-medium-insiders", present=False),
    case("法院出台了对《物权法》里建筑的解释", "organization", "物权法", "law-after-dui", present=False),
    case(
        "屏山县政务服务中心是归口县政府办公室管理的机构。",
        "organization",
        "归口县政府办公室",
        "guikou-is-a-verb",
        present=False,
    ),
    case("国务院的中心工作是发展经济", "organization", "国务院的中心", "centre-after-de", present=False),
    case(
        "分会会长梁钟铭接受南方日报采访时说",
        "organization",
        "分会会长梁钟铭接受南方日报",
        "jieshou-before-media",
        present=False,
    ),
    case(
        "“太阳能产业联盟要提高档次，行业标准必须提高。",
        "organization",
        "太阳能产业联盟",
        "kind-of-alliance",
        present=False,
    ),
    case("建设工程研究中心和工程实验室。", "organization", "工程研究中心", "kind-of-centre", present=False),
    case("经财政部批准，公司将发行债券。", "organization", "经财政部", "through-the-ministry", present=False),
    case("只有充分利用政府和社会资源。", "organization", "充分利用政府", "government-of-no-place", present=False),
    case("中国巾帼协会长期支持女性创业。", "organization", "中国巾帼协", "association-before-changqi", present=False),
    case("目前甘肃省政府机关使用的软件。", "organization", "甘肃省政府", "government-offices-generic", present=False),
    case(
        "合肥将启动开发区管委会的正版化工作。", "organization", "开发区管委会", "zone-committee-generic", present=False
    ),
    case(
        "安徽省政府采购中心(以下简称中心)采购工作。", "organization", "中心", "generic-alias-not-a-name", present=False
    ),
    case(
        "与新能源汽车相关的四部委———国家发改委、工信部。",
        "organization",
        "四部委",
        "count-of-ministries",
        present=False,
    ),
    # Names inside the title of a document name the document, not a party to the news.
    case(
        "在《国务院关于加快培育和发展战略性新兴产业的决定》中，节能环保产业位居首位。",
        "organization",
        "国务院",
        "body-inside-document-title",
        present=False,
    ),
    case("记者从一位铁路局人士处获悉，", "organization", "铁路局", "bare-railway-bureau", present=False),
    case(
        "华星集团党委书记、董事长魏华山表示，",
        "organization",
        "华星集团党委",
        "party-secretary-is-a-post",
        present=False,
    ),
    # jieba cuts 局长 apart (北京铁路局/nt 局/n 长安/ns): that 局 opens a title, not a name.
    case("会上，北京铁路局局长安建国讲话。", "organization", "北京铁路局局", "suffix-opens-title", present=False),
    case("互联网数据显示，网购增长。", "organization", "互联网", "network-not-website", present=False),
    case("国家电网数据显示，用电量增长。", "organization", "国家电网", "grid-not-website", present=False),
    case(
        "国务院发布《国务院转发发改委等部门关于抑制部分行业产能过剩的若干意见》。",
        "organization",
        "国务院转发发改委",
        "known-body-before-verb",
        present=False,
    ),
    case("公司总部位于上海。", "organization", "公司总部", "headquarters", present=False),
    case("要关心基层干部的成长。", "organization", "基层干部", "cadres", present=False),
    case("产业格局发生深刻变化。", "organization", "产业格局", "pattern", present=False),
    case("该局表示将加强监管。", "organization", "该局", "deictic-bureau", present=False),
    case("企业遇到困难怎么办？", "organization", "怎么办", "question-ban", present=False),
    # 部: ministries and party departments are organisations, a company's departments not.
    case("中粮集团饲料部负责人表示。", "organization", "饲料部", "company-department", present=False),
    case("公司招商部经理介绍。", "organization", "招商部", "company-department-zhaoshang", present=False),
    case("美国商务部宣布调查。", "organization", "美国商务部", "foreign-ministry"),
    case("市委宣传部组织采访。", "organization", "市委宣传部", "party-department"),
    case("缅甸政府投资部批准了项目。", "organization", "缅甸政府投资部", "government-department"),
    # 厅, 部, 署 ending a common word: a room, a shop counter, a plan, not a body.
    case("学校四周有歌舞厅、录像厅等。", "organization", "录像厅", "video-hall", present=False),
    case("来到一个类似游戏厅的棚子下。", "organization", "游戏厅", "arcade", present=False),
    case("为用户提供免费体验厅。", "organization", "免费体验厅", "showroom", present=False),
    case("会议在酒店大宴会厅举行。", "organization", "宴会厅", "banquet-hall", present=False),
    case("集邮公司门市部搬到了火车站。", "organization", "门市部", "shop-counter", present=False),
    case("贯彻中央的战略部署。", "organization", "战略部署", "strategic-plan", present=False),
    case("巴以就以军重新部署达成妥协。", "organization", "重新部署", "redeployment", present=False),
    case("在邹平县好生镇与淄博市交界处的桥上。", "organization", "淄博市交界处", "border-point", present=False),
    case("但有时公事公办能办得下来吗？", "organization", "公事公办", "set-phrase-ban", present=False),
    case("以发展村办企业为主。", "organization", "发展村办", "village-run", present=False),
    case("从投资1000万扶持老区办企业。", "organization", "老区办", "ban-verb-object", present=False),
    case("他在大别山革命老区办起扶贫企业。", "organization", "大别山革命老区办", "ban-qi-verb", present=False),
    case("王耀强乌审旗建设局纪检书记。", "organization", "乌审旗建设局", "person-then-banner-body"),
    # A level's government (县政府, 市政府) names the body its unit belongs to.
    case("这个窗口由县政府办公室统一管理。", "organization", "县政府办公室", "county-government-office"),
    case("县政府政务服务中心今天开放。", "organization", "县政府政务服务中心", "county-government-centre"),
    # 办/v after a place and a trade is the place's office for it, not the verb (办企业).
    case("安溪县茶叶办有关负责人说，今年茶价平稳。", "organization", "安溪县茶叶办", "county-trade-office"),
    case("据安溪茶叶办统计，产量增长。", "organization", "安溪茶叶办", "place-trade-office"),
    case("他在安溪县茶叶办企业多年。", "organization", "安溪县茶叶办", "office-verb-before-object", present=False),
    case("记者来到朝阳路与南二环交口处。", "organization", "交口处", "road-junction", present=False),
    case("麦肯锡香港分公司董事倪以理表示。", "company", "麦肯锡香港分公司", "firm-then-region-branch"),
    # 从…处 + 获悉, 了解到: where news was had, not an office named 处.
    case("记者从曲阜警方处获得消息称。", "organization", "曲阜警方处", "police-locative", present=False),
    case("编辑从东风日产经销商处了解到。", "organization", "东风日产经销商处", "dealer-locative", present=False),
    case("卫生部农村卫生管理司合作医疗处表示。", "organization", "卫生部农村卫生管理司合作医疗处", "division-chu"),
    # A verb or a role that jieba tags n or nr is no part of the name after it.
    case("该院隶属于上海外经贸委。", "organization", "上海外经贸委", "lishuyu-verb"),
    case("省纪委会同漯河市纪委严肃查处。", "organization", "漯河市纪委", "huitong-verb"),
    case("该系统荣获信息产业部大奖。", "organization", "信息产业部", "ronghuo-verb"),
    case("感谢主办单位中国摄影家协会。", "organization", "中国摄影家协会", "host-role"),
    case(
        "孙科跑到上海召集国民党中央委员会特别会议。", "organization", "国民党中央委员会", "verb-before-dictionary-body"
    ),
    case("由国家体育总局体育信息中心主办。", "organization", "国家体育总局体育信息中心", "verbal-noun-inside-body"),
]

PERSONS = [
    case("原本到松阳县采购茶叶的苏州茶商吴军浩，在发现", "person", "吴军浩", "full-name-after-occupation"),
    # A two-character name before a title only a person holds, or a form of address.
    case("而中山大学王刚教授则对产业体系", "person", "王刚", "two-character-name-before-professor", title="教授"),
    case("咨询委员会由我的同事杜裴然女士领导。", "person", "杜裴然", "name-before-nvshi"),
    # A name jieba cuts into pieces (牟/nr 镠/zg 峰/nr) is read from its characters before a
    # reporting verb; 合作/联合 belong to the title (co-founder).
    case("普能公司合作创建人牟镠峰认为，储能", "person", "牟镠峰", "pieces-before-speech", title="合作创建人"),
    # A name jieba's cut does not show, after a title and before a reporting verb.
    case(
        "本田中国总经理苍石诚司已经承认，过去五年", "person", "苍石诚司", "japanese-name-before-speech", title="总经理"
    ),
    case("总裁大泽敏志接受记者采访时表示", "person", "大泽敏志", "japanese-name-before-interview", title="总裁"),
    case("日产中国董事总经理西林隆在接受采访时说", "person", "西林隆", "name-before-zai-jieshou"),
    case("青云创投合伙人介文治认为，对那些", "person", "介文治", "rare-family-name-before-speech"),
    case("光大证券研究员于特对《每日经济新闻》表示", "person", "于特", "two-character-name-before-media"),
    case("公司总经理本人表示，", "person", "本人", "pronoun-is-no-name", present=False),
    case("营销负责人张百万告诉记者，", "person", "张百万", "fuzeren-is-a-post", title="营销负责人"),
    case("企业负责人刘先生则表示，", "person", "刘先生", "surname-and-address-is-no-name", present=False),
    case("通用汽车前总裁斯隆在自传中曾谈到", "person", "斯隆", "transliterated-name-before-zai", title="前总裁"),
    case("公司总经理目前在北京出差", "person", "目前", "time-before-zai-is-no-name", present=False),
    case("由中金公司的哈继铭博士主讲，", "person", "哈继铭", "surname-ha", title="博士"),
    # A repeated name written as a brand (quoted, or listed with a Latin word) is no person.
    case(
        "都配套了美的“温斯帝”热水机。家用系列的“温斯帝”产品",
        "person",
        "温斯帝",
        "quoted-brand-no-person",
        present=False,
    ),
    case(
        "最好的Cree、欧司朗和日亚的芯片。飞利浦和欧司朗。",
        "person",
        "欧司朗",
        "listed-with-latin-no-person",
        present=False,
    ),
    case("张小明表示，张小明的公司去年盈利。", "person", "张小明", "repeated-name-still-a-person"),
    case("中国纺织报总编李明表示，行业将回暖。", "person", "李明", "editor-in-chief", title="总编"),
    case("该研究的首席顾问蒋涛认为，", "person", "蒋涛", "chief-adviser", title="首席顾问"),
    case("公司的分析师Jonathan Baratt称，", "person", "Jonathan Baratt", "latin-name-after-title", title="分析师"),
    case("北极光创投的邓锋就曾表示，每一个行业", "person", "邓锋", "adverbs-before-speech"),
    case("金百灵投资秦洪昨天也表示，春节前", "person", "秦洪", "time-before-speech"),
    case("知名服装企业百斯顿的林锡源直言，许多企业", "person", "林锡源", "speech-zhiyan"),
    case("其总经理吴子枫和品牌代言人容祖儿首次揭开面纱。", "person", "容祖儿", "brand-ambassador", title="品牌代言人"),
    case("中房协副会长朱中一：当前，我国经济", "person", "朱中一", "interview-answer-colon"),
    case("记者：房地产市场区域性强。", "person", "房地产", "common-word-after-reporter", present=False),
    case("中房协副会长朱中一表示，", "person", "朱中一", "given-name-tagged-numeral", title="副会长"),
    case("金叶珠宝董事长朱要文表示", "person", "朱要文", "given-name-split-before-speech", title="董事长"),
    case(
        "GVA衡信柏迪董事总经理司徒建强先生表示",
        "company",
        "GVA衡信柏迪董事",
        "managing-director-is-a-title",
        present=False,
    ),
    # jieba cuts a name apart and glues its last character to the next word (朱要/b 文在/p,
    # 主/b 任何/r 曼青则/nr): read the name from the characters, a family name, two Han
    # characters and a character that ends a name.
    case("九五投资董事长朱要文在路演致辞中透露", "person", "朱要文", "name-glued-to-preposition", title="董事长"),
    case("研究中心主任何曼青则称，外资来华并购", "person", "何曼青", "title-glued-to-family-name", title="主任"),
    case("远东集团助理总经理李明表示，", "person", "李明", "assistant-modifier", title="助理总经理"),
    case("研究设计院罗树新教授在会上表示", "person", "罗树新", "name-before-title-cut", title="教授"),
    case("北京建筑工程学院教授陈家珑主持的研究", "person", "陈家珑", "rare-given-character-x", title="教授"),
    case("衡信柏迪董事总经理司徒建强先生介绍", "person", "司徒建强", "compound-family-name", title="董事总经理"),
    case("公司总经理欧阳明表示，", "person", "欧阳明", "compound-family-name-one-given", title="总经理"),
    case("记者从省科技厅副厅长侯树谦处得知，", "person", "侯树谦", "name-glued-to-chu", title="副厅长"),
    case(
        "2009年美国总统奥巴马发布的《美国创新战略》", "person", "奥巴马", "head-of-state-name-tagged-ns", title="总统"
    ),
    case("2009年美国总统奥巴马发布的《美国创新战略》", "place", "奥巴马", "head-of-state-name-no-place", present=False),
    case("澳大利亚首相陆克文表示，", "person", "陆克文", "prime-minister", title="首相"),
    case("协会北京代表处首席代表桑立伟解释说", "person", "桑立伟", "chief-representative", title="首席代表"),
    # Names jieba cut or glued before speech: 盛来/v 运 表示, 陈建宏不愿/nr 透露, and a
    # transliterated name of four characters after a title (主席范克高夫/nr 说).
    case("盛来运表示，5月份CPI尽管同比增幅回落", "person", "盛来运", "name-cut-after-two-before-speech"),
    case("在金志国出任青岛啤酒总经理后", "person", "金志国", "name-before-taking-a-post"),
    # jieba tags common nouns that open with a family name as names (安全性/nr, 常见病/nr).
    case(
        "具有高度安全性、良好经济性。安全性是核电的生命线。", "person", "安全性", "noun-tagged-nr-xing", present=False
    ),
    case("常见病家门口就可就诊。常见病不出社区。", "person", "常见病", "noun-tagged-nr-bing", present=False),
    # jieba glues 称 to a two-character name at the end of a quote (王川称/nr 。): the verb is no part of it.
    case("“成本大幅降低。”王川称。\n“污染也已解决。”王川称。", "person", "王川称", "glued-cheng", present=False),
    case("“成本大幅降低。”王川称。\n“污染也已解决。”王川称。", "person", "王川", "glued-cheng-name"),
    case("太子奶破产重整管理人陈建宏不愿透露详情", "person", "陈建宏", "name-glued-to-adverb-before-speech"),
    case("工作组主席范克高夫说：在交通领域", "person", "范克高夫", "four-character-transliteration", title="主席"),
    # A line of nothing but names is the article's byline.
    case("王丽华 李娟\n尽管事故的调查结论还没公布，", "person", "李娟", "byline-line"),
    # Posts held together (兼) make one title; jieba may cut the name after it (车/zg 建新/v 担任).
    case("远洋公司董事长兼总经理王海波表示，", "person", "王海波", "held-posts", title="董事长兼总经理"),
    case(
        "公司原执行副总裁兼华东区域总经理李强介绍，",
        "person",
        "李强",
        "held-posts-region",
        title="原执行副总裁兼华东区域总经理",
    ),
    case("远洋公司原董事长兼CEO车明新担任顾问。", "person", "车明新", "held-posts-glued-name", title="原董事长兼CEO"),
    case("信息资源部主任徐长明用一系列数据阐述", "person", "徐长明", "given-name-glued-to-verb", title="主任"),
    case("环邦电子总经理龙华就向笔者透露", "person", "龙华就", "two-character-name-then-adverbs", present=False),
    case("城市司首席统计师盛来运表示", "person", "盛来运", "title-tongjishi"),
    case("化学研究院佘万能告诉记者：", "person", "佘万能", "family-name-cut-off-before-speech"),
    case("总经理龙先生向笔者表示，", "person", "向笔者", "preposition-and-noun-before-speech", present=False),
    case("农委副主任秦立明说，很多企业。", "person", "秦立明", "given-name-glued-to-shuo"),
    case("区域公司总经理那永卓在接受采访时表示。", "person", "那永卓", "rare-surname-tagged-name"),
    case("”(朱玲烨/文)我要评论", "person", "朱玲烨", "byline"),
    case("宝安燕罗、龙岗宝龙等片区。", "person", "龙岗", "listed-place-not-person", present=False),
    case("依法取得生产许可证、安全生产许可证。", "person", "许可证", "common-word-with-surname", present=False),
    # The name before its title (协会苏子孟秘书长), and a name jieba cuts in two.
    case("中国工程机械协会苏子孟秘书长在论坛上说。", "person", "苏子孟", "name-before-title", title="秘书长"),
    case("代理商千里马集团戴灿勇董事长也表示。", "person", "戴灿勇", "name-before-title-company", title="董事长"),
    # a two-character name before a post no firm gives (李鹏总理); not a firm's short name before 副主席
    case("李鹏总理在北京考察企业。", "person", "李鹏", "two-character-name-before-public-post", title="总理"),
    case("王刚市长表示，", "person", "王刚", "two-character-name-before-mayor", title="市长"),
    case("GVA衡信柏迪副主席 行销策划部董事", "person", "柏迪", "firm-before-vice-chairman", present=False),
    case("分析师彭琦向记者表示，", "person", "彭琦向", "name-before-title-trailing-verb", present=False),
    case("执行总裁狄向东在接受采访时表示。", "person", "狄向东", "rare-surname-cut-off"),
    case("电子产品司副巡视员关白玉介绍。", "person", "关白玉", "title-xunshiyuan", title="副巡视员"),
    case("公司董事长王建国表示，", "person", "王建国", "chairman", title="董事长"),
    case("市长李强说，", "person", "李强", "mayor", title="市长"),
    case("副市长张伟出席了仪式。", "person", "张伟", "vice-mayor", title="副市长"),
    case("区委书记刘洋主持会议。", "person", "刘洋", "district-secretary", title="区委书记"),
    case("(记者 王芳 李明)", "person", "王芳", "reporter-first", title="记者"),
    case("(记者 王芳 李明)", "person", "李明", "reporter-second", title="记者"),
    case("总经理陈晓东介绍，", "person", "陈晓东", "general-manager", title="总经理"),
    case("分析师赵磊认为，", "person", "赵磊", "analyst", title="分析师"),
    case("局长孙立平介绍说，", "person", "孙立平", "bureau-chief", title="局长"),
    case("常务副省长黄涛强调，", "person", "黄涛", "executive-vice-governor", title="常务副省长"),
    case("新闻发言人高峰表示，", "person", "高峰", "spokesman-common-word", title="新闻发言人"),
    case("首席执行官蒂姆·库克表示，", "person", "蒂姆·库克", "foreign-name", title="首席执行官"),
    # a dotted name's last part: a piece jieba tags a name before a mark; its own last character
    case("瑞士—中国协会主席埃文·毛赛尔，丹麦", "person", "埃文·毛赛尔", "dotted-last-part-name-piece"),
    case("法国朗罗大区区长伯尔纳·蒙吉奈，", "person", "伯尔纳·蒙吉奈", "dotted-last-part-keeps-its-end"),
    # the pieces of a transliterated name jieba cut after the first (施图岑/nr 贝格/nrt)
    case(
        "中国友好协会主席施图岑贝格、副主席卡明斯基", "person", "施图岑贝格", "nrt-tail-after-title-name", title="主席"
    ),
    case("俄罗斯国防部长罗季奥诺夫等。", "person", "罗季奥诺夫", "nrt-tail-after-split-name", title="部长"),
    # a foreign name read from its characters after a title, closed by a figure, mark or joint
    case("南非外交部长恩佐30日在这里签署公报", "person", "恩佐", "sounded-two-before-figure", title="部长"),
    case("美洲国家组织秘书长加维里亚2月20日致电", "person", "加维里亚", "sounded-four-before-figure", title="秘书长"),
    case("印度—中国友好协会主席密特拉，特立尼达", "person", "密特拉", "sounded-three-before-mark", title="主席"),
    case("中华人民共和国主席波兰共和国总统", "person", "波兰共", "sounded-country-is-no-name", present=False),
    # a given name jieba tags a verb or adverb, after a family name and a title, closed by a
    # figure, a time, a mark or speech
    case("中国外交部发言人刘为民11日证实", "person", "刘为民", "given-name-tagged-verb", title="发言人"),
    case("局长马立新、副局长杨春光指令该局", "person", "马立新", "given-name-tagged-adverb", title="局长"),
    # the middle dot written as ・ or • (normalised to ·)
    case("HMC证券分析师格雷格・罗指出", "person", "格雷格・罗", "katakana-middle-dot", title="分析师"),
    case("要将鲍里斯•约翰逊的一生搬上银幕", "person", "鲍里斯•约翰逊", "bullet-as-middle-dot"),
    # a dotted name whose parts jieba cut: every piece written by sound belongs to it
    case(
        "比利时通用银行总行长费尔迪南·沙德尔。",
        "person",
        "费尔迪南·沙德尔",
        "dotted-name-first-part-cut",
    ),
    case("秘书长萨塔基·阿齐兹3日发来唁电", "person", "萨塔基·阿齐兹", "dotted-name-after-title"),
    case("总书记科·斯坎达利迪斯近日致电", "person", "科·斯坎达利迪斯", "dotted-name-last-part-cut"),
    case("约翰·拉贝死了，", "person", "约翰·拉贝死", "dotted-name-ends-at-a-verb", present=False),
    case("董事长欧阳明表示，", "person", "欧阳明", "compound-surname", title="董事长"),
    case("记者：刘涛", "person", "刘涛", "reporter-colon", title="记者"),
    case("院长钟南山指出，", "person", "钟南山", "dean", title="院长"),
    case("小米创始人雷军宣布，", "person", "雷军", "founder", title="创始人"),
    case("行长易纲表示，", "person", "易纲", "governor", title="行长"),
    case(
        "杭州市西湖区委书记陈明调研企业。",
        "person",
        "陈明",
        "affiliation-place",
        title="区委书记",
        affiliation="杭州市西湖区",
    ),
    case("国家统计局局长宁吉喆介绍，", "person", "宁吉喆", "affiliation-body", title="局长", affiliation="国家统计局"),
    case("出席会议的有王刚、李军、张华。", "person", "李军", "listed-names"),
    case("李东阳说，今年将加大投入。", "person", "李东阳", "bare-name-speech"),
    # A foreign name written by sound, before speech; not the part jieba cut from a longer one.
    case("帕尔默还表示,“政府设立了澳大利亚外国投资评估委员会。", "person", "帕尔默", "foreign-name-before-speech"),
    case("格林斯潘表示，美国经济放缓。", "person", "格林斯潘", "foreign-name-nrt-before-speech"),
    # After a title, a family name jieba cut from its given name and the form of address glued
    # to that (张/q 雷先生/nr).
    case("随后商会会长张雷先生讲话。", "person", "张雷", "family-name-then-given-with-form", title="会长"),
    case("本报记者 张 炜", "person", "张 炜", "two-character-name-spaced", title="本报记者"),
    # The owner of a shop or firm, and a shareholder, named after the word for it.
    case("一家五金店的老板陈梁开门营业。", "person", "陈梁", "shop-owner-title", title="老板"),
    case("公司原股东李建华已经退出。", "person", "李建华", "former-shareholder-title", title="原股东"),
]

PERSON_NEGATIVES = [
    # after a title: a family name jieba tags a preposition opens no name unless one follows
    case("市长向全市人民拜年", "person", "向全市", "preposition-xiang-after-title", present=False),
    case("研究员向健军表示，", "person", "向健军", "family-xiang-before-speech"),
    case("记者王获悉，", "person", "王获悉", "reporter-learnt-is-no-name", present=False),
    case(
        "孩子在这段时间内身体健康，这段时间很重要。", "person", "段时间", "demonstrative-classifier-noun", present=False
    ),
    case("为从事非法买卖外汇的黄牛介绍客户而被辞退。", "person", "黄牛", "nr-common-word", present=False),
    case("贺词说,即将过去的1997年", "person", "贺词", "nr-greeting", present=False),
    case("一位姓王的置业顾问告诉记者。", "person", "顾问", "nr-adviser", present=False),
    case("在这个门里的世界，蓝天、白云、远山交融在一起。", "person", "蓝天", "nr-blue-sky", present=False),
    # 摄 after a reporter's name: the photo credit, not a name's last character.
    case("（新华社记者郜南摄）", "person", "郜南摄", "photo-credit-glued", present=False),
    case("碑以告后人。(新华社记者谭进摄)", "person", "谭进摄", "photo-credit-cut", present=False),
    case("碑以告后人。(新华社记者谭进摄)", "person", "谭进", "photo-credit-name"),
    case("扎耶姆斯基强调，提高利率。", "person", "姆斯基", "foreign-name-part", present=False),
    # A dotted foreign name runs over the part jieba cut (瑞/ns 特曼/nrt) and over a further dot;
    # a credit (文·图) and a place before a Chinese name (中国·苏州) are none.
    case("公司总裁卡尔·瑞特曼说，", "person", "卡尔·瑞特曼", "dotted-name-cut-part", title="总裁"),
    case("演员菲利普·西蒙·霍华德出席了首映。", "person", "菲利普·西蒙·霍华德", "dotted-name-three-parts"),
    case("本组文·图/本报记者", "person", "文·图", "dotted-credit", present=False),
    case("本届中国·苏州电子展开幕。", "person", "中国·苏州", "dotted-places", present=False),
    case("海信董事长表示，", "person", "海信", "brand-before-company-post", present=False),
    case("多位专家向记者表示，", "person", "向记者", "xiang-before-reporter", present=False),
    case("该项目由华东院设计，明年初表示完工", "person", "华东院", "no-name-before-time-and-speech", present=False),
    case("公司总裁CEO Tim表示", "person", "CEO Tim", "acronym-is-no-latin-name", present=False),
    case("据郭先生介绍，铜价上涨。", "person", "郭先生", "surname-and-address", present=False),
    case("收购点的吴老板告诉记者，", "person", "吴老板", "surname-and-laoban", present=False),
    case("开车的孙师傅说，路上很堵。", "person", "孙师傅", "surname-and-shifu", present=False),
    case("开车的孙师傅说，路上很堵。", "person", "师傅", "shifu-alone", present=False),
    case("班主任章老师说，学生很认真。", "person", "章老师", "surname-and-laoshi", present=False),
    case("值班的曹医生说，病人已脱险。", "person", "曹医生", "surname-and-yisheng", present=False),
    case("对策\n企业应当加快转型。", "person", "对策", "heading-line-not-a-name", present=False),
    case("公司高层也表示，将扩大产能。", "person", "高层也", "common-word-before-speech", present=False),
    case("年产300吨蓝宝石单晶棒和年产180万片蓝宝石抛光片。", "person", "蓝宝石", "sapphire-tagged-name", present=False),
    case("早晚高峰时段车流量大。", "person", "高峰", "peak-hours", present=False),
    case("记者了解到，项目进展顺利。", "person", "了解", "reporter-verb", present=False),
    case("记者在现场看到，", "person", "在现", "reporter-preposition", present=False),
    case("主任委员会议通过了决议。", "person", "委员会", "committee", present=False),
    # After a title: the writer after a preposition, and a common word cut into the next one.
    case("多位专家向笔者反映了困难。", "person", "向笔者", "xiang-before-writer", present=False),
    case("其董事成功定向增发股份。", "person", "成功定", "common-word-after-title", present=False),
]

PLACES = [
    case("以哈密、库拜两大煤田为重点开发。", "place", "库拜", "area-listed-with-division"),
    case("甘肃、河北、蒙西等基地将基本建成。", "place", "蒙西", "area-listed-after-provinces"),
    case("该项目将成为乌审旗最大的化工项目。", "place", "乌审旗", "division-full-name-tagged-person"),
    case("苏宁电器与宏碁集团在台北进行深度会晤", "place", "台北", "taiwan-city"),
    case("美的中央空调拥有顺德和重庆两大生产基地", "place", "顺德", "division-tagged-a-name-joined-by-he"),
    case("大多都选建在山区和资源丰富的地带", "place", "资源", "common-word-joined-by-he", present=False),
    case("新工厂(分别位于广东的佛山和江苏的仪征)已经动工", "place", "仪征", "division-after-its-province-de"),
    # Named zones: 工业区, 聚集区, 经济区 (as 开发区, 新区).
    case("笔者来到位于冈南工业区的古镇环邦科技电子厂。", "place", "冈南工业区", "zone-gongyequ"),
    case("等项目先后在双滦钒钛产业聚集区落地", "place", "双滦钒钛产业聚集区", "zone-jujiqu"),
    case("研究支持中原经济区建设的政府采购政策", "place", "中原经济区", "zone-jingjiqu"),
    case("媒体报道了河南省焦作市瓮涧河河道的消息。", "place", "河南省焦作市", "city-before-river"),
    case("位于深圳市罗湖的总部", "place", "深圳市罗湖", "city-then-district-without-suffix"),
    case("日本三菱公司宣布投资。", "place", "日本", "country-before-a-firm-stays-a-place"),
    case("大会在北京召开，来自全国的代表出席。", "place", "北京", "place-of-an-event-held"),
    case("在受访的河南、山东、广东、江浙等地。", "place", "江浙", "two-province-region"),
    case("江苏张家港的工厂已停产。", "place", "江苏张家港", "city-ending-in-gang"),
    case("5月末，唐山普碳钢坯价格为4420元/吨", "place", "唐山", "city-tagged-person-before-noun"),
    case("除台湾省外，各省均有分布。", "place", "台湾省", "province-not-in-divisions"),
    case("目前东三省市场已经成为牢固的根据地。", "place", "东三省", "group-of-provinces"),
    case("而在日前于包头召开的全国大会上", "place", "包头", "city-tagged-verb-after-yu"),
    case("在西藏阿里地区札达县达巴乡，牧民每天", "place", "西藏阿里地区札达县达巴乡", "township-tagged-rare-name"),
    # A city jieba took for a name: after 在 (拉萨/nrt), or three characters or more (石家庄/nr).
    case("在拉萨，每当夜幕降临", "place", "拉萨", "city-tagged-name-after-zai"),
    case("最近两年，石家庄房价都是下跌的", "place", "石家庄", "city-tagged-person"),
    # A numeral opens some place names (四川, 三亚, 九江); 两地, 五市 are counts.
    case("东北不到15%，四川将近10%。", "place", "四川", "numeral-opens-province"),
    case("九江的企业也在扩产。", "place", "九江", "numeral-opens-city"),
    case("截至8月3日，山西阳泉7000大卡无烟洗中块车板价1400元/吨。", "place", "山西阳泉", "province-city-mistagged"),
    case("创维在广州增城投资6亿美元建立LED芯片外延片项目。", "place", "广州增城", "city-county-tagged-verb"),
    case("深圳市GDP突破三万亿元。", "place", "深圳市", "city"),
    case("浙江省杭州市出台新政。", "place", "浙江省杭州市", "province-city-joined"),
    case("美国对部分商品加征关税。", "place", "美国", "country"),
    case("长三角一体化加快推进。", "place", "长三角", "economic-region"),
    case("珠三角制造业转型升级。", "place", "珠三角", "economic-region-pearl"),
    case("雄安新区建设全面提速。", "place", "雄安新区", "new-area"),
    case("广西壮族自治区出台措施。", "place", "广西壮族自治区", "autonomous-region"),
    case("延边朝鲜族自治州招商引资。", "place", "延边朝鲜族自治州", "autonomous-prefecture"),
    case("上海和北京的房价上涨。", "place", "上海", "municipality-first"),
    case("上海和北京的房价上涨。", "place", "北京", "municipality-after-he"),
    case("中国企业加快布局非洲市场。", "place", "非洲", "continent"),
    case("企业纷纷开拓东南亚市场。", "place", "东南亚", "world-region"),
    case("江苏昆山的台资企业增多。", "place", "江苏昆山", "province-county-joined"),
    case("哈尔滨冰雪旅游持续升温。", "place", "哈尔滨", "city-no-suffix"),
    case("道里区今年引进项目二十个，道里的营商环境持续优化。", "place", "道里", "short-form-of-district"),
    case("黑龙江省五常市的大米远近闻名。", "place", "黑龙江省五常市", "province-city-chain"),
    case("企业落户苏州工业园区以来，", "project", "苏州工业园区", "industrial-park-is-project"),
    case("新疆地区的棉花产量增长。", "place", "新疆地区", "region-with-diqu"),
    case("海尔对三洋在中国内地的销售不会产生影响。", "place", "中国内地", "country-with-neidi"),
    case("浦东新区推出改革举措。", "place", "浦东新区", "pudong"),
    case("广州开发区引进多个项目。", "place", "广州开发区", "development-zone"),
    case("他出生在河南郑州。", "place", "河南郑州", "province-city-short"),
    case("项目落户淮北市濉溪县百善镇。", "place", "淮北市濉溪县百善镇", "town-chain"),
    case("江苏要求市、县财政要确保投入。", "place", "江苏要求市", "levels-list-after-verb", present=False),
]

PLACE_NEGATIVES = [
    # a place and what it did or who lives there, or a slogan, that jieba tags one ns word
    case("今年香港回归在即，", "place", "香港回归", "place-then-verb", present=False),
    case("华侨、华人、港澳同胞迫切希望祖国更快发展。", "place", "港澳同胞", "place-then-people", present=False),
    case("实施科教兴国战略。", "place", "科教兴国", "slogan-tail-tagged-place", present=False),
    case("热烈祝贺中德建交二十五周年", "place", "热烈祝贺", "greeting-tail-tagged-name", present=False),
    case("四川盆地的气候湿润。", "place", "四川盆地", "place-then-landform"),
    # a three-character ns word that resolves nowhere, ends in no place character and has no
    # character of a foreign name is no place (上半场, 之日起); 魁北克, 颐和园 are
    case("西汉姆联上半场就打进两球。", "place", "上半场", "three-character-common-ns", present=False),
    case("从它出现之日起就很难清除。", "place", "之日起", "three-character-phrase-ns", present=False),
    case("游客在颐和园游览。", "place", "颐和园", "three-character-landmark"),
    # a listed common word that is also a county's name without its suffix (友好区, 合作市)
    case("为促进中国与所在国的友好、合作、交流", "place", "友好", "listed-adjective-not-county", present=False),
    case("为促进中国与所在国的友好、合作、交流", "place", "合作", "listed-verb-noun-not-county", present=False),
    # Two common words that jieba tags as one ns word: 重大/a 意义/n, 自觉/d 遵守/v.
    case("这是具有重大意义的大会。", "place", "重大意义", "two-common-words", present=False),
    case("四个儿子都自觉遵守父亲的约定。", "place", "自觉遵守", "adverb-verb", present=False),
    case("向全市广大干部群众致以问候。", "place", "广大干部", "cadres-ns", present=False),
    case("法律条文中有诽谤罪。", "place", "法律条文", "legal-text", present=False),
    # Each half a word of jieba's dictionary and no place: an idiom or a phrase jieba tags ns;
    # the halves of a foreign name are no words, and a landform or area names a place
    case("中华文明源远流长。", "place", "中华文明", "dictionary-halves-civilisation", present=False),
    case("中国与东盟各国山水相连。", "place", "山水相连", "dictionary-halves-idiom", present=False),
    case("人口向特大城市集中。", "place", "特大城市", "dictionary-halves-city-size", present=False),
    case("城镇人口继续增加。", "place", "城镇人口", "dictionary-halves-population", present=False),
    case("他从巴尔的摩出发。", "place", "巴尔的摩", "foreign-name-halves-no-words"),
    case("记者来到沂蒙山区采访。", "place", "沂蒙山区", "named-mountain-area"),
    case("中华民国时期的建筑。", "place", "中华民国", "former-state-four-characters"),
    case("游客登上四姑娘山。", "place", "四姑娘山", "mountain-two-nouns"),
    # Two places written side by side are two places, not one inside the other.
    case("近期越南菲律宾都极端逞凶。", "place", "越南菲律宾", "two-countries", present=False),
    case("第23届马鞍山中国李白诗歌节开幕。", "place", "马鞍山中国", "city-then-country", present=False),
    case("唱响新疆香港文化。", "place", "新疆香港", "province-then-region", present=False),
    case("洽谈合作开发非洲喀麦隆的铁矿。", "place", "非洲喀麦隆", "continent-then-country"),
    # 商城 is a county of Henan, but in the news a mall: 淘宝商城, 网上商城.
    case("淘宝商城今日在北京举行战略发布会", "place", "商城", "shangcheng-is-a-mall", present=False),
    # common words that are also a county's or district's name without its suffix (古城区, 平原县)
    case("古城西安以整洁的市容迎来新年。", "place", "古城西安", "ancient-city-before-city", present=False),
    case("古城西安以整洁的市容迎来新年。", "place", "西安", "city-after-ancient-city"),
    case("第一次来到首都北京的大学生。", "place", "北京", "city-after-capital-one-word"),
    case("第一次来到首都北京的大学生。", "place", "首都北京", "capital-and-city-one-word", present=False),
    case("马来西亚总理强调，", "place", "马来西亚", "country-whose-head-is-a-word"),
    case("山区和平原地区的降水偏多。", "place", "平原地区", "plains-not-pingyuan-county", present=False),
    case("这几乎天天上街敲打的锣鼓。", "place", "上街", "go-out-not-shangjie-district", present=False),
    case("媒体报道了河南省焦作市瓮涧河河道的消息。", "place", "河南省焦作市瓮涧河", "city-then-river", present=False),
    case("上海市虹桥枢纽作为技术的一部分", "place", "上海市虹桥", "city-then-hub", present=False),
    case("江苏省苏州市苏州公园南大门", "place", "江苏省苏州市苏州", "city-named-again", present=False),
    case("可是从2008年北京奥运会开始，他们放弃了赞助。", "place", "北京", "place-opening-an-event", present=False),
    case("在今年中国茶商大会上，5款产品精彩亮相。", "place", "中国", "place-opening-a-fair", present=False),
    case("中、小型反应堆可以建造于远离主电网的偏远地区。", "place", "偏远地区", "remote-areas", present=False),
    case("医院大门口挂着的庆祝标语。", "place", "大门口", "gate-not-a-place", present=False),
    case("积压在青岛港、秦皇岛和天津港的大豆。", "place", "天津港", "port-named-after-city", present=False),
    case("在包括中国在内的新兴国家市场有扩大内需。", "place", "新兴国家", "emerging-countries", present=False),
    case(
        "被列入《四川省战略性新兴产业“十二五”培育发展规划》。",
        "place",
        "四川省",
        "place-inside-plan-title",
        present=False,
    ),
    case("唐山表示，公司将扩产。", "place", "唐山", "city-name-as-person-speaking", present=False),
    case("因为日本核安全监管就在经济产业省，", "place", "产业省", "ministry-sheng", present=False),
    case("通过地方连锁、大型超市等渠道进行销售。", "place", "大型超市", "supermarket-tagged-place", present=False),
    case("大众做出的停止在中国新建产能的保守策略。", "place", "中国新建", "country-then-new", present=False),
    case("据锦湖方面透露，该工厂目前运转正常。", "place", "据锦湖", "function-char-glued-ns", present=False),
    case("推进各县区政府采购工作的深化。", "place", "各县区", "glued-ge-ns", present=False),
    case("我们将进一步加大力度,继续推进。", "place", "加大力度", "idiom-tagged-ns", present=False),
    case(
        "规划和风电、太阳能、生物质能、页岩气等专项规划和上海等五个城市电动汽车充电设施发展规划。",
        "place",
        "太阳能",
        "energy-list",
        present=False,
    ),
    case("全国经济稳中向好。", "place", "全国", "generic-quanguo", present=False),
    case("我国外贸进出口增长。", "place", "我国", "generic-woguo", present=False),
    case("人口向大城市集中。", "place", "大城市", "generic-dachengshi", present=False),
    case("塑料期货逼近万元大关。", "place", "大关", "generic-daguan", present=False),
    case("面板企业纷纷扎堆投资。", "place", "扎堆", "common-word-tagged-ns", present=False),
    case("多家企业加盟合作。", "place", "加盟", "common-word-tagged-ns-2", present=False),
    case("公司在纽约上市。", "place", "纽约", "world-city"),
    case("本报渥太华1月2日电", "place", "渥太华", "world-capital-three-characters"),
    case("苏联的体制证明是吃了亏的。", "place", "苏联", "former-state-two-characters"),
    case("南斯拉夫方面重视这件事。", "place", "南斯拉夫", "former-state-tagged-a-name"),
    case("莱芜、德州、青岛、日照、威海五市出现负增长。", "place", "日照", "division-listed-with-places"),
    case("中东部地区以及四川、广西、贵州等地区企业", "place", "四川", "list-item-after-yiji"),
    case("中东部地区以及四川、广西、贵州等地区企业", "organization", "中东部", "directional-not-a-body", present=False),
    case("龙口、牟平的采购规模较大。", "place", "牟平", "divisions-listed-together"),
    case("冰岛的银行业陷入危机。", "place", "冰岛", "country-complete-list"),
    case("首批确定了20个项目县。", "place", "项目县", "common-noun-and-county", present=False),
    # a county's seat (县城) is a place only after the county's name
    case("事发地距离县城十公里。", "place", "距离县城", "distance-to-county-seat", present=False),
    case("该遗址西距巴里坤县城二十公里。", "place", "遗址西距巴里坤县城", "west-of-county-seat", present=False),
    case("该遗址西距巴里坤县城二十公里。", "place", "巴里坤", "county-before-its-seat"),
    case("他们开车到平山县城盗窃。", "place", "平山县城", "county-seat-after-county"),
    case("加快建设重点片区。", "place", "重点片区", "common-noun-and-pianqu", present=False),
    case("深海和浅海船型。", "place", "深海", "generic-shenhai", present=False),
    case("位于哈尔滨市道里区的新榆片区。", "place", "新榆片区", "named-pianqu"),
    case("当地政府高度重视。", "place", "当地", "generic-dangdi", present=False),
    case("全市固定资产投资增长。", "place", "全市", "generic-quanshi", present=False),
    case("国内市场需求旺盛。", "place", "国内", "generic-guonei", present=False),
    case("企业加快拓展海外市场。", "place", "海外", "generic-haiwai", present=False),
    case("西部地区经济增速较快。", "place", "西部地区", "directional-xibu", present=False),
    case("华北地区迎来降雨。", "place", "华北地区", "directional-huabei", present=False),
    case("杭州市统计局发布数据。", "place", "杭州市", "place-inside-organization", present=False),
    # A place with one more character of a product is no place (新疆棉/ns).
    case("新疆棉因库存较大继续领跌。", "place", "新疆棉", "place-product", present=False),
    # A word ending in a market (上市, 城市) is no city; 扎堆 is a verb jieba tags ns.
    case("新华联不动产此前已借壳上市。", "place", "借壳上市", "market-word", present=False),
    case("面板巨头还要在中国扎堆上马生产线。", "place", "中国扎堆", "verb-tagged-ns", present=False),
    # A city or county jieba takes for a name is a place after 在/位于/落户, not before 路.
    case("公司承诺在滕州投资180亿元。", "place", "滕州", "located-division"),
    case("在昌乐路文化市场的古典家具店。", "place", "昌乐", "located-street", present=False),
    case("深哈两地合作不断深化。", "place", "两地", "count-of-places", present=False),
]

PROJECTS = [
    case("京东方8.5代TFT-LCD生产线在北京投产。", "project", "京东方8.5代TFT-LCD生产线", "owned-line-with-acronym"),
    case("宁夏宝丰60万吨烯烃项目开工。", "project", "宁夏宝丰60万吨烯烃项目", "chemical-project-with-owner"),
    case(
        "中游项目有年产100亿颗的SMD-LED背光源封装生产线，",
        "project",
        "年产100亿颗的SMD-LED背光源封装生产线",
        "capacity-de-opens-the-line",
    ),
    case(
        "包括年产300吨蓝宝石单晶棒生产线、年产180万片3英寸抛光片生产线等产业链上游项目",
        "project",
        "年产300吨蓝宝石单晶棒生产线",
        "listed-line-with-bound-morpheme",
    ),
    case(
        "新疆宝泰隆煤化工有限责任公司年产100万吨煤制乙二醇多联产项目在奇台县动工",
        "project",
        "新疆宝泰隆煤化工有限责任公司年产100万吨煤制乙二醇多联产项目",
        "polygeneration-project",
    ),
    case(
        "发改委近日批准了友达光电(昆山)有限公司第8.5代TFT-LCD面板生产线项目。",
        "project",
        "友达光电(昆山)有限公司第8.5代TFT-LCD面板生产线项目",
        "registered-owner-opens-the-project",
    ),
    case(
        "发改委近日批准了友达光电(昆山)有限公司第8.5代TFT-LCD面板生产线项目。",
        "company",
        "友达光电(昆山)有限公司",
        "owner-inside-project-is-no-mention",
        present=False,
    ),
    # A project that starts inside the name of a company of the article starts with it.
    case(
        "新兴铸管集团今年投产。新兴铸管新疆和静300万吨特钢炼铁工程已开工。",
        "project",
        "新兴铸管新疆和静300万吨特钢炼铁工程",
        "project-opens-with-the-company-of-the-article",
    ),
    case(
        "友达光电公司宣布，友达光电昆山8.5代线投产。", "project", "友达光电昆山8.5代线", "line-opens-with-its-company"
    ),
    # A property site links a housing estate's pages after its name.
    case("我就目睹了现代城 (论坛 相册 户型 样板间 地图搜索)保安", "project", "现代城", "estate-site-links"),
    case("介绍一下MOMA万万树 (论坛 相册 户型 样板间 地图搜索)", "project", "MOMA万万树", "estate-site-links-latin"),
    case(
        "加快推进中关村国家自主创新示范区展示中心项目建设",
        "project",
        "中关村国家自主创新示范区展示中心项目",
        "zone-name-with-zizhu-chuangxin",
    ),
    # Places and a kind of project name no project: a district's industrial projects.
    case(
        "哈尔滨市道里区产业项目招商集中签约仪式在深圳市举行",
        "project",
        "哈尔滨市道里区产业项目",
        "district-projects-of-a-kind",
        present=False,
    ),
    case("伊犁钢铁项目开工建设。", "project", "伊犁钢铁项目", "place-and-trade-is-a-project"),
    # Places and a building verb say where a project is built: the name starts after the verb.
    case(
        "投资18亿元，在山东省枣庄市建设精细化工基地。",
        "project",
        "山东省枣庄市建设精细化工基地",
        "place-verb-base",
        present=False,
    ),
    case("投资18亿元，在山东省枣庄市建设精细化工基地。", "place", "山东省枣庄市", "place-verb-base-place"),
    case("京唐高铁和涿密高速路的建设将带动香河发展。", "project", "涿密高速路", "named-expressway"),
    # A production line is a project only as somebody's or somewhere's.
    case(
        "6月下旬，京东方在北京的8.5代液晶面板生产线也宣布正式投产。",
        "project",
        "8.5代液晶面板生产线",
        "line-without-owner",
        present=False,
    ),
    case(
        "将投资20.2亿元建设日产2×7500吨熟料新型干法水泥生产线。",
        "project",
        "7500吨熟料新型干法水泥生产线",
        "line-of-capacity",
        present=False,
    ),
    case("6月下旬，京东方8.5代TFT-LCD生产线在北京投产。", "project", "京东方8.5代TFT-LCD生产线", "line-with-owner"),
    case(
        "重点推进机荷高速公路改扩建工程、罗田水库-铁岗水库输水隧洞工程等项目建设。",
        "project",
        "机荷高速公路改扩建工程",
        "lead-verb-glued-to-first-character",
    ),
    case("建设年产30万吨煤焦油加氢深加工项目。", "project", "年产30万吨煤焦油加氢深加工项目", "verb-between-nouns"),
    case(
        "募集资金主要投向半导体照明光源产业化项目等四个项目。",
        "project",
        "半导体照明光源产业化项目",
        "verb-between-nouns-2",
    ),
    case(
        "家居广场项目成为香河项目的龙头。",
        "project",
        "家居广场项目成为香河项目",
        "light-verb-after-project",
        present=False,
    ),
    case("从新能源方面开展资本运作项目。", "project", "方面开展资本运作项目", "light-verb-kaizhan", present=False),
    # An adjective-tagged piece that opens the registered company a project holds stays.
    case(
        "发改委批准了友达光电(昆山)有限公司8.5代面板生产线项目。",
        "project",
        "友达光电(昆山)有限公司8.5代面板生产线项目",
        "held-company-edge",
    ),
    case(
        "如北京元泰达环保建材科技有限公司建筑垃圾生产线每年消纳建筑垃圾。",
        "project",
        "北京元泰达环保建材科技有限公司建筑垃圾生产线",
        "company-piece-inside-project",
    ),
    # Items of a list closed by 等…项目 are projects when they name something.
    case("随着鑫源实业二期、华光电缆等新项目投产。", "project", "鑫源实业二期", "list-of-projects"),
    case("加快铁路、电力、通讯等项目建设。", "project", "铁路", "list-of-common-nouns", present=False),
    # A count between 等 and the head does not use up the reach; a number before a
    # counter does (22家 counts companies, the list is of places).
    case(
        "争取东明精铁15万吨高碳铬铁、雪峰啤酒搬迁扩产等一批拟开工项目开工。",
        "project",
        "雪峰啤酒搬迁扩产",
        "count-before-head",
    ),
    case("在受访的河南、山东及江西等22家铜材厂家中。", "company", "河南", "number-before-counter", present=False),
    case("在受访的河南、山东及江西等22家铜材厂家中。", "place", "山东", "number-before-counter-place"),
    # A count of 个 does not use up the reach to the head (等20个重点片区); a noun before 的
    # is the head itself (等领域的86个项目: the items are fields, not projects).
    case(
        "推进东湖科学城中心区、南山燕子湖、西岸国际生物谷等20个重点片区规划建设。",
        "place",
        "南山燕子湖",
        "count-ge-before-head",
    ),
    case(
        "今年，园区已有涉及轨道交通、信息基础设施等领域的86个项目落地。",
        "project",
        "信息基础设施",
        "noun-before-de",
        present=False,
    ),
    # A count before the head closes a list as 等 does; 投向 leads into the list.
    case(
        "募集资金投向石家庄华府一期、徐州华府二期、蚌埠华府三期三个项目。",
        "project",
        "徐州华府二期",
        "count-closes-list",
    ),
    case("募集资金投向石家庄华府一期、徐州华府二期三个项目。", "project", "石家庄华府一期", "touxiang-leads"),
    # A rate's slash and period belong to the figure; a figure alone does not name a line.
    case(
        "此外，呼伦贝尔20万吨/年铅锌、会泽30吨/年锗等项目也在建。",
        "project",
        "呼伦贝尔20万吨/年铅锌",
        "rate-in-list-item",
    ),
    case("拟在印尼丹戎建设一条3200吨/日生产线。", "project", "3200吨/日生产线", "rate-not-a-name", present=False),
    # Once one item of a list of projects names something, a long plain item is one too.
    case(
        "加快推进义县勃大化工磺酸盐、无灰分散剂等一批新开工项目竣工。",
        "project",
        "无灰分散剂",
        "plain-item-beside-named",
    ),
    # A hyphen joins the two ends of one work; a list item of a project may run long.
    case(
        "加快东湖水库-西岭水库输水隧洞工程、南山大道改造等项目建设。",
        "project",
        "东湖水库-西岭水库输水隧洞工程",
        "hyphen-two-reservoirs",
    ),
    case("推动城南医院、东湖水库—西岭水库连通工程等项目前期工作。", "project", "城南医院", "head-glued-qianqi"),
    case("有3-5个工程、两个水库等项目开工。", "project", "5个工程", "hyphen-in-range", present=False),
    # A phase written after the head is part of the name, unless it goes with a noun.
    case("江津油溪电厂一期已完成可行性研究。", "project", "江津油溪电厂一期", "phase-after-head"),
    case("深圳华星光电8.5代液晶面板项目首期设备投产。", "project", "深圳华星光电8.5代液晶面板项目", "phase-of-noun"),
    # In a list of projects a figure or a phase is part of an item; a lead word or a
    # verb like 建成 is not, nor is the place-adjective jieba makes of a city.
    case(
        "重点推进宏达钛业3万吨钛白粉生产线、华昌光伏200兆瓦太阳能电池等一批在建项目投产。",
        "project",
        "华昌光伏200兆瓦太阳能电池",
        "list-item-with-capacity",
    ),
    case(
        "确保宏达钛业5万吨氯化法钛白粉一期、1000吨全氟涂料等项目开工。",
        "project",
        "宏达钛业5万吨氯化法钛白粉一期",
        "list-item-with-phase",
    ),
    case("建成投产中芯国际12英寸线、华星光电T7二期等项目。", "project", "中芯国际12英寸线", "list-after-verb"),
    case(
        "推进宏达钛业5万吨钛白粉、义县天合5万吨复合剂、1000吨全氟涂料等项目开工。",
        "project",
        "义县天合5万吨复合剂",
        "list-item-ending-in-bound-morpheme",
    ),
    case(
        "广州石化1200万吨炼油改扩建、茂名石化100万吨乙烯扩建等项目。",
        "project",
        "茂名石化100万吨乙烯扩建",
        "list-item-place-adjective",
    ),
    # Latin letters spaced out (a typesetting habit) stay inside a line's name.
    case("”不过T C L集团8.5代线要到今年底才正式量产", "project", "T C L集团8.5代线", "spaced-letters-owner"),
    case("6月下旬，京东方8.5代T FT -L C D生产线在北京投产。", "project", "京东方8.5代T FT -L C D生产线", "spaced-code"),
    # 和 opens the county 和静 after 新疆: no joint of two names.
    case("3月11日，新疆和静300万吨特钢炼铁工程开工", "project", "新疆和静300万吨特钢炼铁工程", "county-he-jing"),
    # Two projects before 等项目 may be joined by 和 alone, without a 、; a brand jieba
    # tags a morpheme (锦懋/g) opens the first.
    case("确保锦懋200兆瓦和博阳200兆瓦电池组件等项目建成投产，", "project", "锦懋200兆瓦", "two-projects-and"),
    case(
        "确保锦懋200兆瓦和博阳200兆瓦电池组件等项目建成投产，", "project", "博阳200兆瓦电池组件", "two-projects-and-2"
    ),
    # A project of common words is named by its tie to the news: a company that builds it,
    # or the amount invested in it; the amount written right before a project is its own.
    case("此次TCL与宏齐科技共同建设LED封装项目，有利于", "project", "LED封装项目", "built-by-company"),
    case(
        "电力投资公司投资3亿元的生物质发电项目，红星美凯龙集团投资5.5亿元的家居广场项目成为亮点。",
        "project",
        "家居广场项目",
        "invested-common-words",
        investment=550000000,
    ),
    case(
        "电力投资公司投资3亿元的生物质发电项目，红星美凯龙集团投资5.5亿元的家居广场项目成为亮点。",
        "project",
        "生物质发电项目",
        "invested-common-words-first",
        investment=300000000,
    ),
    case(
        "总投资80亿元的招商蛇口金融中心项目开工。",
        "project",
        "招商蛇口金融中心项目",
        "investment-before",
        investment=8000000000,
    ),
    case(
        "宁德时代溧阳基地项目总投资100亿元。",
        "project",
        "宁德时代溧阳基地项目",
        "investment-after",
        investment=10000000000,
    ),
    case(
        "比亚迪长沙产业园正式投产，该项目总投资50亿元。",
        "project",
        "比亚迪长沙产业园",
        "investment-anaphora",
        investment=5000000000,
    ),
    case("港珠澳大桥工程全线贯通。", "project", "港珠澳大桥工程", "bridge"),
    case("白鹤滩水电站首批机组投产。", "project", "白鹤滩水电站", "hydropower"),
    case("国家集成电路产业投资基金完成募资。", "project", "国家集成电路产业投资基金", "fund"),
    case("年产50万吨乙烯项目进展顺利。", "project", "年产50万吨乙烯项目", "capacity-project"),
    case("三峡工程发挥了巨大效益。", "project", "三峡工程", "three-gorges"),
    case(
        "西气东输工程惠及沿线群众。",
        "project",
        "西气东输工程",
        "gas-pipeline",
        xfail="jieba cuts 西气东/nr 输/v: the verb ends the name on the left",
    ),
    case("南水北调中线工程通水。", "project", "南水北调中线工程", "water-diversion"),
    case("特斯拉上海超级工厂项目开工。", "project", "特斯拉上海超级工厂项目", "gigafactory"),
    case("建设京东方合肥10.5代线项目。", "project", "京东方合肥10.5代线项目", "panel-line"),
    case(
        "华润置地华南区域总部基地落成。",
        "project",
        "华润置地华南区域总部基地",
        "headquarters-base",
        xfail="jieba cuts 置/v 地/uv: the particle ends the name on the left",
    ),
    case(
        "计划投资5亿美元的越南光伏组件项目签约。",
        "project",
        "越南光伏组件项目",
        "investment-not-yuan",
    ),
    case(
        "中关村科技园吸引了大批企业。",
        "project",
        "中关村科技园",
        "science-park",
    ),
    # Common words name a project when a firm owns it (…公司的) or when they are long; fewer
    # than eight characters of them alone name a kind of project.
    case("该公司的文化创意产业园项目已经完工。", "project", "文化创意产业园项目", "long-common-words"),
    case(
        "园区内的文化创意产业园项目已经完工。", "project", "文化创意产业园项目", "common-words-no-owner", present=False
    ),
    case(
        "该市积极推进农林生物质发电项目建设。", "project", "农林生物质发电项目", "kind-of-power-project", present=False
    ),
    case("公司已在当地建立了茶叶保健品加工基地。", "project", "茶叶保健品加工基地", "kind-of-base", present=False),
    case(
        "双方就合作开发风能大型发电项目进行了洽谈。",
        "project",
        "风能大型发电项目",
        "kind-of-wind-project",
        present=False,
    ),
    case("园区内的文化创意项目已经完工。", "project", "文化创意项目", "short-common-words", present=False),
    # Parks listed before 等…园区 are projects, as before 等…项目.
    case("推动江北智谷、城南光谷、河西智造城等12个先进制造业园区建设。", "project", "城南光谷", "park-list"),
    # 用 inside a product name (光源用LED: LEDs for light sources) joins its two nouns;
    # 用于 (used for) opens the name.
    case("募集资金用于汽车照明光源用LED模组产业化项目。", "project", "汽车照明光源用LED模组产业化项目", "inner-yong"),
    # Two production lines joined by 和 under one 项目 are one project.
    case(
        "华新集团5000t/d新型干法熟料生产线和年产300万吨骨料生产线项目昨日开工。",
        "project",
        "华新集团5000t/d新型干法熟料生产线和年产300万吨骨料生产线项目",
        "joined-lines-one-project",
    ),
    case("平台已在青岛东城国际、济南全运村等多个小区获得应用。", "project", "济南全运村", "housing-estate-list"),
    # Items listed with 、 before a project that alone writes the head, each a place and a
    # capacity like the project's own start, are projects too; bare places are not.
    case(
        "今年将开工建设河北张北二期300万千瓦、辽宁阜新100万千瓦、吉林白城150万千瓦风电项目。",
        "project",
        "河北张北二期300万千瓦",
        "listed-capacities",
    ),
    case(
        "今年将开工建设河北张北二期300万千瓦、辽宁阜新100万千瓦、吉林白城150万千瓦风电项目。",
        "project",
        "辽宁阜新100万千瓦",
        "listed-capacities-inner",
    ),
    # Named wholesale markets (…家具城, …机械城) are developments, so projects.
    case(
        "分布是上海服装机械城、虎门国际服装机械城和东阳国际缝制机械城。",
        "project",
        "虎门国际服装机械城",
        "machinery-market",
    ),
    case("境内拥有享誉全国的香河家具城与第一城。", "project", "香河家具城", "furniture-market"),
    # A park after the division it lies in: the division (省/市/县) is a place of its own.
    case("项目在奇台县喇嘛湖梁工业园动工。", "project", "喇嘛湖梁工业园", "park-after-county"),
    case("项目在奇台县喇嘛湖梁工业园动工。", "place", "奇台县", "park-county-place"),
    case("市场位于浙江省东阳市白云商贸园区。", "project", "白云商贸园区", "park-after-province-city"),
    case("入驻烟台市高新技术产业园区。", "project", "烟台市高新技术产业园区", "park-named-by-city"),
    case("平台的河北香河亚太国际家具材料城相继开业。", "project", "河北香河亚太国际家具材料城", "materials-market"),
    case(
        "18日上午，鄂尔多斯市杭锦旗蒙西LED光电产业集群区奠基。",
        "project",
        "鄂尔多斯市杭锦旗蒙西LED光电产业集群区",
        "cluster-zone",
    ),
    case("江苏100万千瓦海上风电项目完成招标。", "project", "江苏100万千瓦海上风电项目", "offshore-in-name"),
    case("抓紧建设上海东海大桥海上风电项目二期工程。", "project", "上海东海大桥海上风电项目二期工程", "offshore-phase"),
    case("台州大石化项目总投资800亿元。", "project", "台州大石化项目", "adjective-after-place", investment=80000000000),
    case("除了建设300万亩大豆种植基地外，还将上马配套设施。", "project", "300万亩大豆种植基地", "capacity-verb-head"),
    # A word quoted inside a listed project's name is part of it, and the items before it are listed.
    case(
        "今年加快福田新村改造、宝安“城中村”综合整治项目等项目建设。",
        "project",
        "宝安“城中村”综合整治项目",
        "listed-inner-quote",
    ),
    case(
        "今年加快福田新村改造、宝安“城中村”综合整治项目等项目建设。",
        "project",
        "福田新村改造",
        "listed-before-inner-quote",
    ),
    case("市里推进“绿道”工程、滨江公园二期等项目。", "project", "“绿道”工程", "listed-quoted-word-opens"),
    # A capacity and a product of four characters name a project.
    case("省里还将启动新的30万千瓦海上风电项目。", "project", "30万千瓦海上风电项目", "capacity-long-product"),
    # Named gas fields are projects, as mines are.
    case("双方合作开发苏里格天然气田。", "project", "苏里格天然气田", "gas-field"),
    # Named mines (稀土矿, 铅锌矿, 铜矿) are projects.
    case("公司取得了云南勐海稀土矿的采矿权。", "project", "云南勐海稀土矿", "rare-earth-mine"),
    case("公司收购了湖南桃林铅锌矿二期。", "project", "湖南桃林铅锌矿二期", "lead-zinc-mine-phase"),
    # A mine abroad is named without its country and state, places of their own.
    case("公司收购了秘鲁邦巴斯铜矿。", "project", "邦巴斯铜矿", "mine-abroad"),
    case("公司收购了秘鲁邦巴斯铜矿。", "place", "秘鲁", "mine-country"),
    case("公司正在美国犹他州林肯铁矿开展勘探。", "project", "林肯铁矿", "mine-abroad-state"),
    case("其中投资额最大的沈阳浑南物流园项目位于东部。", "project", "沈阳浑南物流园项目", "largest-but-named"),
    # A station's kind set before its name with a capacity is no part of that name.
    case("该市的光热电站50兆瓦塔式光热电站并网发电。", "project", "50兆瓦塔式光热电站", "station-described-before"),
    # Listed projects each followed by the amount it takes, in brackets.
    case(
        "募集资金分别投向沈阳物流中心扩建(1.2亿元)、智能仓储系统建设(8000万元)等2个项目。",
        "project",
        "沈阳物流中心扩建",
        "listed-with-amounts",
    ),
    case(
        "募集资金分别投向沈阳物流中心扩建(1.2亿元)、直营门店网络建设(3000万元)等2个项目。",
        "project",
        "直营门店网络建设",
        "listed-with-amounts-modifier",
    ),
    # One-character pieces jieba cut a station's name into, after its county, are part of it.
    case("年内建成德化长垄变电站。", "project", "德化长垄变电站", "station-pieces"),
    # A product's last character that jieba takes for a measure word stays in the name.
    case("资金用于蓝宝石衬底片生产线项目。", "project", "蓝宝石衬底片生产线项目", "product-measure-piece"),
    # A verb after a Latin product name stays inside the project's name (LED照明).
    case("公司拟投资LED照明产品扩建项目。", "project", "LED照明产品扩建项目", "latin-then-verb"),
    # A city jieba tags a common noun (酒泉/n, 日照/n) names the base it opens.
    case("今年酒泉光热基地开工建设。", "project", "酒泉光热基地", "city-tagged-noun"),
    # A quarter (南方, 北方) inside the owner's name stays in the project's name.
    case("目前五矿南方稀土项目进展顺利。", "project", "五矿南方稀土项目", "quarter-in-owner"),
    # A plant unit (装置) is a project when named with its capacity.
    case("年底将投产宁波60万吨/年丙烷脱氢装置。", "project", "宁波60万吨/年丙烷脱氢装置", "plant-unit"),
    # A capacity per year (万吨/年) stays inside the project's name.
    case("目前鄂尔多斯30万吨/年煤制油项目已经开工。", "project", "鄂尔多斯30万吨/年煤制油项目", "capacity-per-year"),
    # A stray space before a decimal point stays inside the figure of a line's name.
    case("公司表示，武汉10 .5代线预计明年投产。", "project", "武汉10 .5代线", "spaced-decimal-line"),
    # A listed work on a named project (基地 + 扩建) is the listed project.
    case("重点推进天津物流基地扩建、大连港码头改造等项目。", "project", "天津物流基地扩建", "listed-work-on-base"),
    # An item after 、 keeps the modifier that opens its name; the first item loses its verb.
    case("重点推进大连港扩建、新型智能电网改造等项目。", "project", "新型智能电网改造", "inner-item-modifier"),
    # A company's short name right before a plant named by its site and figure opens the name.
    case("友达光电投产后，友达苏州7代线也已获批。", "project", "友达苏州7代线", "short-owner-site-line"),
    # Works listed before a head only the last one writes are each a project.
    case("省里将建成黄金坪、猴子岩和长河坝水电站。", "project", "猴子岩", "shared-head-item"),
    case("今年开工石门坎、观音岩和鲁地拉水电站。", "project", "鲁地拉水电站", "shared-head-last"),
    # Two products joined by 及 are made by one project.
    case(
        "其中，风力发电机及叶片扩产项目总投资12亿元。",
        "project",
        "风力发电机及叶片扩产项目",
        "two-products-ji",
        investment=1200000000,
    ),
    # 示范 (showcase) before the head says which kind of work it is, inside the name.
    case("该公司建成了滨海海水淡化示范工程。", "project", "滨海海水淡化示范工程", "showcase-works"),
    case("双方共建沈阳机器人产业示范基地。", "project", "沈阳机器人产业示范基地", "showcase-base"),
    # A building verb after the owner ends what comes before the project's name.
    case("集团开发贵州金顶铅锌矿二期。", "project", "贵州金顶铅锌矿二期", "after-firm-verb"),
    case("公司投资建设沈阳光伏电池生产基地。", "project", "沈阳光伏电池生产基地", "after-building-verb"),
    # A description ending in 项目 set before the project's name is no part of it.
    case(
        "国家示范项目华能天津整体煤气化示范工程投产。",
        "project",
        "华能天津整体煤气化示范工程",
        "described-before-name",
    ),
]

PROJECT_NEGATIVES = [
    # A verb of going or choosing is no part of the project after it.
    case("斑马将士回到维诺沃基地备战。", "project", "斑马将士回到维诺沃基地", "huidao-verb", present=False),
    case("帮助受助者选择生产项目。", "project", "受助者选择生产项目", "xuanze-verb", present=False),
    # Verbs that relate a name to others (分为, 列入, 还有, 跑遍, 核定) are never inside one.
    case(
        "首先，casela公园分为公共园区和野生园区，在公共园区",
        "project",
        "casela公园分为公共园区",
        "fenwei-splits",
        present=False,
    ),
    case("所需经费由建设单位列入建设工程预算。", "project", "单位列入建设工程", "lieru-is-no-piece", present=False),
    case("冒着高温跑遍世博园区才盖好的", "project", "高温跑遍世博园区", "paobian-is-no-piece", present=False),
    case("去年11月，市发改委核定子君村项目预售价格为2556元", "project", "子君村项目", "heding-is-no-piece"),
    case("石化股票还有海油工程(600583,股吧)", "project", "石化股票还有海油工程", "haiyou-is-no-piece", present=False),
    # Things counted (2条, 15项, 一波) are not one named project.
    case(
        "他们建成了2条全自动新型建材生产线，公司", "project", "2条全自动新型建材生产线", "counted-lines", present=False
    ),
    case("我国正掀起一波甲醇制烯烃项目热潮。", "project", "一波甲醇制烯烃项目", "a-wave-of-projects", present=False),
    case("在中粮集团宣布与日本三家企业合资之际", "company", "日本", "two-items-only-for-projects", present=False),
    case("揭开了中国自主建设海上风电项目的序幕", "project", "海上风电项目", "built-by-nobody", present=False),
    case("宏达公司建设研发中心(3703.5万元)等3个项目。", "project", "等3个项目", "counted-projects", present=False),
    case(
        "我国自主建设的最高世代TFT-LCD生产线正式投产。",
        "project",
        "TFT-LCD生产线",
        "technology-acronym-line",
        present=False,
    ),
    case("公司新建了PVC生产线。", "project", "PVC生产线", "product-acronym-line", present=False),
    case("目前没有发现太过剩的甲醇和二甲醚项目。", "project", "二甲醚项目", "chemical-only-project", present=False),
    case("各地纷纷上马甲醇制烯烃项目。", "project", "甲醇制烯烃项目", "process-only-project", present=False),
    case("中国高速铁路的技术来自引进。", "project", "中国高速铁路", "high-speed-rail-generic", present=False),
    case(
        "过去十年，中国工程机械行业快速发展。", "project", "中国工程", "construction-machinery-industry", present=False
    ),
    case(
        "全面实施“2211”光伏产品应用工程。", "project", "光伏产品应用工程", "programme-number-no-capacity", present=False
    ),
    case("重点建设北京、天津、河北张北风电项目。", "project", "天津", "listed-places-no-capacity", present=False),
    # A list of places before 等园区 names the parks by their places: no project.
    case("苏州、无锡、常州等园区发展迅速。", "project", "无锡", "park-list-of-places", present=False),
    case("支持高新区、经开区、滨海新区等园区扩容。", "project", "经开区", "park-list-of-zones", present=False),
    case("提供全链条优质服务助推项目建设。", "project", "链条优质服务助推项目", "zhutui", present=False),
    case("今年共有签约项目30个。", "project", "签约项目", "signed-projects-generic", present=False),
    case("加快推进一批重点项目建设。", "project", "重点项目", "key-projects-generic", present=False),
    case("实施一批民生工程。", "project", "民生工程", "livelihood-generic", present=False),
    case("大力发展风电项目。", "project", "风电项目", "wind-generic", present=False),
    case("这些项目将带动就业。", "project", "这些项目", "deictic-projects", present=False),
    case("双方共建沈阳机器人产业园。", "project", "双方共建沈阳机器人产业园", "gongjian-verb", present=False),
    case("国家支持酒泉风光基地建设。", "project", "国家支持酒泉风光基地", "zhichi-verb", present=False),
    case("投资建设伊犁及准东煤炭基地。", "project", "伊犁及准东煤炭基地", "two-places-ji", present=False),
    # 项目 followed by a count (项目5个) is a kind of project counted.
    case(
        "其中，高端装备及新材料产业项目5个，总投资30亿元。",
        "project",
        "高端装备及新材料产业项目",
        "kind-counted",
        present=False,
    ),
    case("今年签约生态农业观光项目12个。", "project", "生态农业观光项目", "kind-counted-digits", present=False),
    case("公司将建设火电、核电和水电站。", "project", "核电", "kinds-before-shared-head", present=False),
    case("旗下的智利铜矿生产正常。", "project", "智利铜矿", "mine-named-by-country", present=False),
    # A bracket is no proper name that would make a production line somebody's.
    case(
        "公司建成了年产80MW(兆瓦)光伏组件生产线。",
        "project",
        "年产80MW(兆瓦)光伏组件生产线",
        "bracket-is-no-owner",
        present=False,
    ),
    case(
        "企业自主建设的三条10.5代T FT -L C D液晶面板生产线陆续投产。",
        "project",
        "10.5代T FT -L C D液晶面板生产线",
        "lines-counted-before",
        present=False,
    ),
    case("电厂投入3000万元建设烟气脱硫装置。", "project", "烟气脱硫装置", "equipment-unit", present=False),
    case("受中石油长庆油气田检修影响，供气减少。", "project", "中石油长庆油气田", "oil-company-branch", present=False),
    # A quality ending in 性 is no proper name, whatever its tag (舒适性/nr).
    case("评委对外观、做工、舒适性等项目打分。", "project", "舒适性", "quality-items", present=False),
    # A foreign country alone before 项目 names the firm's projects there, not one.
    case("该公司已为澳大利亚项目设立了子公司。", "project", "澳大利亚项目", "country-projects", present=False),
    # A military base is no investment project.
    case("战机降落在关岛安德森空军基地。", "project", "关岛安德森空军基地", "air-force-base", present=False),
    case("舰队驶回横须贺海军基地。", "project", "横须贺海军基地", "naval-base", present=False),
    # The largest of a kind (最大的) is described, unless a proper name names it.
    case("参与建设的最大的跨海输电线路工程已完工。", "project", "跨海输电线路工程", "largest-of-kind", present=False),
    case("这是亚洲最大的海上风电并网示范项目。", "project", "海上风电并网示范项目", "largest-in-region", present=False),
    # The first of a kind (全国首个, 第一条) is described, not named.
    case("这是全省首个海水淡化示范工程。", "project", "海水淡化示范工程", "first-of-kind", present=False),
    case("集团开发贵州金顶铅锌矿二期。", "project", "集团开发贵州金顶铅锌矿二期", "firm-and-verb", present=False),
    case(
        "公司投资建设沈阳光伏电池生产基地。",
        "project",
        "公司投资建设沈阳光伏电池生产基地",
        "owner-and-building-verb",
        present=False,
    ),
    case("贵州第一条高架8车道高速公路建成。", "project", "高架8车道高速公路", "first-road", present=False),
    case(
        "国家示范项目华能天津整体煤气化示范工程投产。",
        "project",
        "国家示范项目华能天津整体煤气化示范工程",
        "description-and-name",
        present=False,
    ),
    case("吸引了一批重大产业项目。", "project", "产业项目", "industrial-generic", present=False),
]


@pytest.mark.parametrize("item", COMPANIES + LEXICON_CASES + COMPANY_NEGATIVES)
def test_companies(item: Case) -> None:
    check(item)


@pytest.mark.parametrize("item", ORGANIZATIONS + ORGANIZATION_NEGATIVES)
def test_organizations(item: Case) -> None:
    check(item)


@pytest.mark.parametrize("item", PERSONS + PERSON_NEGATIVES)
def test_persons(item: Case) -> None:
    check(item)


@pytest.mark.parametrize("item", PLACES + PLACE_NEGATIVES)
def test_places(item: Case) -> None:
    check(item)


@pytest.mark.parametrize("item", PROJECTS + PROJECT_NEGATIVES)
def test_projects(item: Case) -> None:
    check(item)


def test_investment_only_in_yuan() -> None:
    sentence = "计划投资5亿美元的越南光伏组件项目签约。"
    projects = [n for n in names_in(sentence) if n.label == "project"]
    assert projects and all(p.investment is None for p in projects)


@pytest.mark.parametrize(
    ("sentence", "investment"),
    [
        ("境内有香河家具城。项目总投资160.3亿元。", Decimal(16030000000)),  # the project named before
        ("境内有香河家具城。全县在建项目159个，项目总投资160.3亿元。", None),  # the projects counted
        ("宝泰隆公司年产100万吨乙二醇项目在奇台县喇嘛湖梁工业园动工。该项目总投资135亿元。", None),  # the park
    ],
    ids=["bare-anaphora", "tally-is-no-anaphora", "anaphora-skips-park"],
)
def test_investment_anaphora(sentence: str, investment: Decimal | None) -> None:
    projects = [n for n in names_in(sentence) if n.label == "project"]
    assert projects[-1].investment == investment  # the last project named, a market or a park


OFFSET_SENTENCES = [
    "  28日，哈尔滨市道里区与深圳市福田区签约，总投资40亿元的支线航空运营总部基地项目落地。",
    "（记者 韩梅 马力）比亚迪汽车（西安）有限公司董事长王传福表示，",
    "据国家统计局数据，华为、联想和小米等企业增长较快。\n\n道里区招商局局长曲军说。",
    "ＴＣＬ集团旗下华星光电8.5代线项目投产，美国、日本企业跟进。",
]


@pytest.mark.parametrize("sentence", OFFSET_SENTENCES, ids=["places-projects", "fullwidth", "lines", "fullwidth-latin"])
def test_text_is_source_slice(sentence: str) -> None:
    found = names_in(sentence)
    assert found
    for name in found:
        assert name.text == sentence[name.start : name.end]
        assert name.label in LABELS


def test_window_offsets_point_into_whole_text() -> None:
    text = "标题：海尔集团\n正文：海尔集团在青岛投资。"
    start = text.index("正文")
    found = find_names(text, start, len(text))
    assert found and all(n.start >= start and text[n.start : n.end] == n.text for n in found)


def test_every_occurrence_is_reported() -> None:
    found = [n for n in find_names("深圳市与东莞市合作，深圳市出资。") if n.text == "深圳市"]
    assert [n.start for n in found] == [0, 10]


def test_company_normalized_has_ascii_parens_and_no_spaces() -> None:
    (company,) = [n for n in find_names("比亚迪汽车（西安）有限公司投产。") if n.label == "company"]
    assert company.normalized == "比亚迪汽车(西安)有限公司"


def test_to_dict_writes_investment_as_number() -> None:
    (project,) = [n for n in names_in("总投资162亿元的招商蛇口金融中心项目开工。") if n.label == "project"]
    out = project.to_dict()
    assert out["investment"] == 16200000000 and isinstance(out["investment"], int)
    assert out["text"] == "招商蛇口金融中心项目"


def test_text_must_be_str() -> None:
    with pytest.raises(InputError):
        find_names(b"\xe6\xb5\xb7\xe5\xb0\x94")  # type: ignore[arg-type]


def test_empty_and_reversed_windows() -> None:
    assert find_names("") == []
    assert find_names("海尔集团", 3, 1) == []


RESOURCES = resources.files("extractor").joinpath("resources")
NAME_TABLES = sorted(entry.name for entry in RESOURCES.iterdir() if entry.name.startswith("names_"))


@pytest.mark.parametrize("table", NAME_TABLES)
def test_name_table_loads_without_duplicate_keys(table: str) -> None:
    assert table.endswith(".tsv")
    rows = read_map(table, 3)  # raises ResourceError on a duplicate key
    assert rows
    text = RESOURCES.joinpath(table).read_text(encoding="utf-8")
    assert text.startswith("#"), "each table starts with a header saying source and columns"


NER_DATA = Path(os.environ.get("EXTRACTOR_NER", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ner"))


@pytest.mark.skipif(not (NER_DATA / "cluener2020" / "train.json").exists(), reason="NER datasets not present")
def test_shipped_lexicon_is_what_the_script_builds() -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_lexicon", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.build(module.read_datasets(NER_DATA), module.MIN_COUNT, module.MIN_SHARE)
    assert module.render(rows) == RESOURCES.joinpath("names_lexicon.tsv").read_text(encoding="utf-8")
