"""Money case tables, one per phenomenon (guidelines §1 and docs/annotation.md, Money).

Rows are ``MoneyCase(source, text, value, currency, qualifier, low, high, role)``; the
expected values are written from the guidelines. Surfaces go through ``parse_money``;
sentences go through ``extract`` and must give exactly the listed amounts. Known
failures stay in the tables as strict xfails.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from cases import MoneyCase as M
from cases import assert_offsets, check_money, check_only_money, known_bug

import extractor
from extractor import extract, parse_money

# 阿拉伯数字: Arabic digits, separators, full-width forms.
ARABIC = [
    pytest.param(M("293.9亿元", "293.9亿元", "29390000000"), id="arabic-decimal-yi"),
    pytest.param(M("162亿元", "162亿元", "16200000000"), id="arabic-int-yi"),
    pytest.param(M("494.3亿元", "494.3亿元", "49430000000"), id="arabic-decimal-yi-seed"),
    pytest.param(M("1000万元", "1000万元", "10000000"), id="arabic-int-wan"),
    pytest.param(M("3541.07万元", "3541.07万元", "35410700"), id="arabic-decimal-wan"),
    pytest.param(M("12345.6789万元", "12345.6789万元", "123456789"), id="arabic-long-decimal-wan"),
    pytest.param(M("0.85亿元", "0.85亿元", "85000000"), id="arabic-fraction-yi"),
    pytest.param(M("500元", "500元", "500"), id="arabic-int-yuan"),
    pytest.param(M("12.5元", "12.5元", "12.5"), id="arabic-decimal-yuan"),
    pytest.param(M("0.5元", "0.5元", "0.5"), id="arabic-fraction-yuan"),
    pytest.param(M("100.00元", "100.00元", "100"), id="arabic-trailing-zeros"),
    pytest.param(M("82,225.00元", "82,225.00元", "82225"), id="arabic-thousands-comma"),
    pytest.param(M("1,234,567元", "1,234,567元", "1234567"), id="arabic-thousands-comma-millions"),
    pytest.param(M("2,500万元", "2,500万元", "25000000"), id="arabic-thousands-comma-wan"),
    pytest.param(M("1，200万元", "1，200万元", "12000000"), id="arabic-fullwidth-comma"),
    pytest.param(M("１２０亿元", "１２０亿元", "12000000000"), id="arabic-fullwidth-digits"),
    pytest.param(M("５００元", "５００元", "500"), id="arabic-fullwidth-digits-yuan"),
    pytest.param(M("１２．５万元", "１２．５万元", "125000"), id="arabic-fullwidth-point"),
]

# 汉字数字: Chinese numerals, lower case and formal (大写), with 两/零/〇.
CHINESE = [
    pytest.param(M("一千二百万元", "一千二百万元", "12000000"), id="cn-yiqian-erbai-wan"),
    pytest.param(M("二百九十三点九亿元", "二百九十三点九亿元", "29390000000"), id="cn-point-yi"),
    pytest.param(M("零点五亿元", "零点五亿元", "50000000"), id="cn-lingdian-yi"),
    pytest.param(M("十亿元", "十亿元", "1000000000"), id="cn-shi-yi"),
    pytest.param(M("十二亿元", "十二亿元", "1200000000"), id="cn-shier-yi"),
    pytest.param(M("十五万元", "十五万元", "150000"), id="cn-shiwu-wan"),
    pytest.param(M("二十万元", "二十万元", "200000"), id="cn-ershi-wan"),
    pytest.param(M("一百万元", "一百万元", "1000000"), id="cn-yibai-wan"),
    pytest.param(M("三万五千元", "三万五千元", "35000"), id="cn-wan-qian"),
    pytest.param(M("一亿二千万元", "一亿二千万元", "120000000"), id="cn-yi-qianwan"),
    pytest.param(M("一万亿元", "一万亿元", "1000000000000"), id="cn-yi-wanyi"),
    pytest.param(M("百亿元", "百亿元", "10000000000"), id="cn-bai-yi"),
    pytest.param(M("千万元", "千万元", "10000000"), id="cn-qian-wan"),
    pytest.param(M("两亿元", "两亿元", "200000000"), id="cn-liang-yi"),
    pytest.param(M("两千万元", "两千万元", "20000000"), id="cn-liang-qianwan"),
    pytest.param(M("一千零五十万元", "一千零五十万元", "10500000"), id="cn-ling-wan"),
    pytest.param(M("一百零八元", "一百零八元", "108"), id="cn-ling-yuan"),
    pytest.param(M("三千〇五十元", "三千〇五十元", "3050"), id="cn-circle-zero"),
    pytest.param(
        M("伍仟元整", "伍仟元", "5000"),
        id="cn-formal-wuqian-zheng",
    ),
    pytest.param(M("叁佰元", "叁佰元", "300"), id="cn-formal-sanbai"),
    pytest.param(M("壹万元", "壹万元", "10000"), id="cn-formal-yiwan"),
    pytest.param(M("贰仟万元", "贰仟万元", "20000000"), id="cn-formal-erqian-wan"),
    pytest.param(M("壹佰贰拾叁万肆仟伍佰陆拾柒元", "壹佰贰拾叁万肆仟伍佰陆拾柒元", "1234567"), id="cn-formal-long"),
]

# 混合: Arabic digits with Chinese multipliers, and compounds of both.
MIXED = [
    pytest.param(M("1.2万亿元", "1.2万亿元", "1200000000000"), id="mixed-decimal-wanyi"),
    pytest.param(M("2万亿元", "2万亿元", "2000000000000"), id="mixed-int-wanyi"),
    pytest.param(M("3千万元", "3千万元", "30000000"), id="mixed-qian-wan"),
    pytest.param(M("1.5千万元", "1.5千万元", "15000000"), id="mixed-decimal-qian-wan"),
    pytest.param(M("5百万元", "5百万元", "5000000"), id="mixed-bai-wan"),
    pytest.param(M("5百亿元", "5百亿元", "50000000000"), id="mixed-bai-yi"),
    pytest.param(M("5千元", "5千元", "5000"), id="mixed-qian-yuan"),
    pytest.param(M("13万2千元", "13万2千元", "132000"), id="mixed-wan-qian"),
    pytest.param(
        M("3万5000元", "3万5000元", "35000"),
        id="mixed-wan-arabic-tail",
    ),
    pytest.param(M("1亿2000万元", "1亿2000万元", "120000000"), id="mixed-yi-wan"),
    pytest.param(M("2亿3456万元", "2亿3456万元", "234560000"), id="mixed-yi-wan-long"),
    pytest.param(M("3亿5千万元", "3亿5千万元", "350000000"), id="mixed-yi-qian-wan"),
]

# Units: 元 千元 万元 百万元 千万元 亿元 万亿元, and the other CNY words.
UNITS = [
    pytest.param(M("8元", "8元", "8"), id="unit-yuan"),
    pytest.param(M("35千元", "35千元", "35000"), id="unit-qian-yuan"),
    pytest.param(M("3000千元", "3000千元", "3000000"), id="unit-qian-yuan-large"),
    pytest.param(M("2.5千元", "2.5千元", "2500"), id="unit-qian-yuan-decimal"),
    pytest.param(M("35万元", "35万元", "350000"), id="unit-wan-yuan"),
    pytest.param(M("35百万元", "35百万元", "35000000"), id="unit-baiwan-yuan"),
    pytest.param(M("1.5百万元", "1.5百万元", "1500000"), id="unit-baiwan-yuan-decimal"),
    pytest.param(M("35千万元", "35千万元", "350000000"), id="unit-qianwan-yuan"),
    pytest.param(M("35亿元", "35亿元", "3500000000"), id="unit-yi-yuan"),
    pytest.param(M("35万亿元", "35万亿元", "35000000000000"), id="unit-wanyi-yuan"),
    pytest.param(
        M("50块", "50块", "50"),
        id="unit-kuai",
    ),
    pytest.param(M("50块钱", "50块钱", "50"), id="unit-kuaiqian"),
    pytest.param(M("5亿元人民币", "5亿元人民币", "500000000"), id="unit-yuan-renminbi"),
    # parse_money is told the surface is money, so a bare 万/亿 is taken as CNY.
    pytest.param(M("300万", "300万", "3000000"), id="unit-bare-wan-parsed"),
    pytest.param(M("20亿", "20亿", "2000000000"), id="unit-bare-yi-parsed"),
]

# Currencies: words and signs, before or after the number (ISO 4217 codes).
CURRENCIES = [
    pytest.param(M("人民币5亿元", "人民币5亿元", "500000000"), id="cur-rmb-prefix"),
    pytest.param(M("人民币5亿", "人民币5亿", "500000000"), id="cur-rmb-prefix-bare-yi"),
    pytest.param(M("人民币 5亿元", "人民币 5亿元", "500000000"), id="cur-rmb-prefix-space"),
    pytest.param(M("新台币923.3亿元", "新台币923.3亿元", "92330000000", currency="TWD"), id="cur-twd-prefix-yuan"),
    pytest.param(M("港币5亿元", "港币5亿元", "500000000", currency="HKD"), id="cur-hkd-prefix-yuan"),
    pytest.param(M("100元人民币", "100元人民币", "100"), id="cur-rmb-suffix"),
    pytest.param(M("￥100", "￥100", "100"), id="cur-yuan-sign-fullwidth"),
    pytest.param(M("¥100", "¥100", "100"), id="cur-yuan-sign"),
    pytest.param(M("5亿美元", "5亿美元", "500000000", "USD"), id="cur-usd-yi"),
    pytest.param(M("45564.44美元", "45564.44美元", "45564.44", "USD"), id="cur-usd-decimal"),
    pytest.param(M("五亿美元", "五亿美元", "500000000", "USD"), id="cur-usd-cn-numeral"),
    pytest.param(M("US$5亿", "US$5亿", "500000000", "USD"), id="cur-usd-prefix"),
    pytest.param(M("100万美金", "100万美金", "1000000", "USD"), id="cur-usd-meijin"),
    pytest.param(M("10亿港元", "10亿港元", "1000000000", "HKD"), id="cur-hkd-gangyuan"),
    pytest.param(M("10亿港币", "10亿港币", "1000000000", "HKD"), id="cur-hkd-gangbi"),
    pytest.param(M("HK$100万", "HK$100万", "1000000", "HKD"), id="cur-hkd-prefix"),
    pytest.param(M("3000万欧元", "3000万欧元", "30000000", "EUR"), id="cur-eur"),
    pytest.param(M("两千万欧元", "两千万欧元", "20000000", "EUR"), id="cur-eur-cn-numeral"),
    pytest.param(M("50亿日元", "50亿日元", "5000000000", "JPY"), id="cur-jpy"),
    pytest.param(M("2亿英镑", "2亿英镑", "200000000", "GBP"), id="cur-gbp"),
    pytest.param(M("1000亿韩元", "1000亿韩元", "100000000000", "KRW"), id="cur-krw"),
    pytest.param(M("5亿新台币", "5亿新台币", "500000000", "TWD"), id="cur-twd"),
    # $ after the figure, as box-office reports write it (full-width ＄ too); 镑 alone is 英镑.
    pytest.param(M("6600万＄", "6600万＄", "66000000", "USD"), id="cur-usd-sign-after-fullwidth"),
    pytest.param(M("1.5亿$", "1.5亿$", "150000000", "USD"), id="cur-usd-sign-after"),
    pytest.param(M("4000万镑", "4000万镑", "40000000", "GBP"), id="cur-gbp-bang"),
]

# 修饰词: qualifiers outside the number stay out of the text; 多/余 inside stay in it.
QUALIFIERS = [
    pytest.param(M("约为100亿日元", "100亿日元", "10000000000", "JPY", "about"), id="yuewei"),
    pytest.param(M("大约为500亿元", "500亿元", "50000000000", "CNY", "about"), id="dayuewei"),
    pytest.param(M("约5亿元", "5亿元", "500000000", qualifier="about"), id="qual-yue"),
    pytest.param(M("近300亿元", "300亿元", "30000000000", qualifier="about"), id="qual-jin"),
    pytest.param(M("近300亿", "300亿", "30000000000", qualifier="about"), id="qual-jin-bare-yi"),
    pytest.param(M("将近10亿元", "10亿元", "1000000000", qualifier="about"), id="qual-jiangjin"),
    pytest.param(M("接近1万亿元", "1万亿元", "1000000000000", qualifier="about"), id="qual-jiejin"),
    pytest.param(M("大约2亿元", "2亿元", "200000000", qualifier="about"), id="qual-dayue"),
    pytest.param(M("约合5亿美元", "5亿美元", "500000000", "USD", "about"), id="qual-yuehe"),
    pytest.param(M("5亿元左右", "5亿元", "500000000", qualifier="about"), id="qual-zuoyou"),
    pytest.param(M("100万元上下", "100万元", "1000000", qualifier="about"), id="qual-shangxia"),
    pytest.param(M("超5亿元", "5亿元", "500000000", qualifier="over"), id="qual-chao"),
    pytest.param(M("超百亿", "百亿", "10000000000", qualifier="over"), id="qual-chao-bai-yi"),
    pytest.param(M("超过100亿元", "100亿元", "10000000000", qualifier="over"), id="qual-chaoguo"),
    pytest.param(M("超过了5亿元", "5亿元", "500000000", qualifier="over"), id="qual-chaoguo-le"),
    pytest.param(M("突破了20亿元", "20亿元", "2000000000", qualifier="over"), id="qual-tupo-le"),
    pytest.param(M("逾50亿元", "50亿元", "5000000000", qualifier="over"), id="qual-yu-before"),
    pytest.param(M("逾千亿元", "千亿元", "100000000000", qualifier="over"), id="qual-yu-before-qian-yi"),
    pytest.param(M("5亿元以上", "5亿元", "500000000", qualifier="over"), id="qual-yishang"),
    pytest.param(M("突破100亿元", "100亿元", "10000000000", qualifier="over"), id="qual-tupo"),
    pytest.param(M("上百亿", "百亿", "10000000000", qualifier="over"), id="qual-shang-bai-yi"),
    pytest.param(M("上千万元", "千万元", "10000000", qualifier="over"), id="qual-shang-qian-wan"),
    pytest.param(M("过百亿元", "百亿元", "10000000000", qualifier="over"), id="qual-guo"),
    pytest.param(M("不足1000万元", "1000万元", "10000000", qualifier="under"), id="qual-buzu"),
    pytest.param(M("不到500元", "500元", "500", qualifier="under"), id="qual-budao"),
    pytest.param(M("不低于1.3亿元", "1.3亿元", "130000000", qualifier="over"), id="qual-budiyu"),
    pytest.param(M("不少于6000万元", "6000万元", "60000000", qualifier="over"), id="qual-bushaoyu"),
    pytest.param(M("不高于500元", "500元", "500", qualifier="under"), id="qual-bugaoyu"),
    pytest.param(M("50万元以下", "50万元", "500000", qualifier="under"), id="qual-yixia"),
    pytest.param(M("100万元以内", "100万元", "1000000", qualifier="under"), id="qual-yinei"),
    pytest.param(M("未满1万元", "1万元", "10000", qualifier="under"), id="qual-weiman"),
    pytest.param(
        M("3000多万元", "3000多万元", "30000000", qualifier="over", low="30000000", high=None), id="qual-duo-inside-wan"
    ),
    pytest.param(
        M("20多亿元", "20多亿元", "2000000000", qualifier="over", low="2000000000", high=None), id="qual-duo-inside-yi"
    ),
    pytest.param(M("500多元", "500多元", "500", qualifier="over", low="500", high=None), id="qual-duo-inside-yuan"),
    pytest.param(M("3万多", "3万多", "30000", qualifier="over", low="30000", high=None), id="qual-duo-after-bare-wan"),
    pytest.param(
        M("40多个亿", "40多个亿", "4000000000", qualifier="over", low="4000000000", high=None), id="qual-duoge-yi"
    ),
    pytest.param(
        M("一千多万元", "一千多万元", "10000000", qualifier="over", low="10000000", high=None), id="qual-duo-inside-cn"
    ),
    pytest.param(
        M("十余亿元", "十余亿元", "1000000000", qualifier="over", low="1000000000", high=None), id="qual-yu-inside-cn"
    ),
    pytest.param(
        M("100余万元", "100余万元", "1000000", qualifier="over", low="1000000", high=None), id="qual-yu-inside-wan"
    ),
    pytest.param(M("3000余元", "3000余元", "3000", qualifier="over", low="3000", high=None), id="qual-yu-inside-yuan"),
    pytest.param(M("好几千元", "好几千元", "1000", qualifier="over", low="1000", high=None), id="qual-haoji-qian"),
    pytest.param(
        M("好几百万元", "好几百万元", "1000000", qualifier="over", low="1000000", high=None), id="qual-haoji-baiwan"
    ),
]

# 范围: one mention, value None, low/high set; a unit written once applies to both ends.
RANGES = [
    pytest.param(M("3至5亿元", "3至5亿元", None, "CNY", "range", "300000000", "500000000"), id="range-zhi"),
    pytest.param(M("3-5亿元", "3-5亿元", None, "CNY", "range", "300000000", "500000000"), id="range-hyphen"),
    pytest.param(M("3–5亿元", "3–5亿元", None, "CNY", "range", "300000000", "500000000"), id="range-en-dash"),
    pytest.param(M("3~5亿元", "3~5亿元", None, "CNY", "range", "300000000", "500000000"), id="range-tilde"),
    pytest.param(M("3～5亿元", "3～5亿元", None, "CNY", "range", "300000000", "500000000"), id="range-fullwidth-tilde"),
    pytest.param(M("三到五亿元", "三到五亿元", None, "CNY", "range", "300000000", "500000000"), id="range-cn-dao"),
    pytest.param(M("五至十亿元", "五至十亿元", None, "CNY", "range", "500000000", "1000000000"), id="range-cn-zhi"),
    pytest.param(M("10到20万元", "10到20万元", None, "CNY", "range", "100000", "200000"), id="range-arabic-dao"),
    pytest.param(
        M("30亿—50亿元", "30亿—50亿元", None, "CNY", "range", "3000000000", "5000000000"), id="range-emdash-both-units"
    ),
    pytest.param(M("100万-200万元", "100万-200万元", None, "CNY", "range", "1000000", "2000000"), id="range-wan-both"),
    pytest.param(
        M("3亿元至5亿元", "3亿元至5亿元", None, "CNY", "range", "300000000", "500000000"), id="range-yuan-both-ends"
    ),
    pytest.param(
        M("8000万至1.2亿元", "8000万至1.2亿元", None, "CNY", "range", "80000000", "120000000"), id="range-mixed-units"
    ),
    pytest.param(M("1.5至2.5万元", "1.5至2.5万元", None, "CNY", "range", "15000", "25000"), id="range-decimal"),
    pytest.param(M("3000-5000元", "3000-5000元", None, "CNY", "range", "3000", "5000"), id="range-yuan"),
    pytest.param(M("1至2亿美元", "1至2亿美元", None, "USD", "range", "100000000", "200000000"), id="range-usd"),
]

# Bare 万/亿 without a currency word: money only where the sentence makes it money.
BARE = [
    pytest.param(M("中国石化以1.91万亿的收入排名第一", "1.91万亿", "1910000000000"), id="bare-de-shouru"),
    pytest.param(M("太子奶曾创造过年销售17个亿", "17个亿", "1700000000"), id="bare-ge-yi"),
    pytest.param(M("力士定价在9万以上", "9万", "90000", qualifier="over"), id="bare-dingjia"),
    pytest.param(M("发行的债券约为4.7亿。", "4.7亿", "470000000", qualifier="about"), id="bare-zhaiquan"),
    pytest.param(M("日照油企宁缴百万滞期费", "百万", "1000000"), id="bare-before-demurrage"),
    pytest.param(M("钒电池市场规模将达到1.6 万亿，其中", "1.6 万亿", "1600000000000"), id="bare-market-size-spaced"),
    pytest.param(M("薛家财富或超19亿此后", "19亿", "1900000000", qualifier="over"), id="bare-wealth"),
    pytest.param(M("成本只要每千克20几元的卤粉", "20几元", "20", qualifier="over"), id="digits-then-ji"),
    pytest.param(M("汽配产业规模一举从几亿提升，", "几亿", "100000000", qualifier="over"), id="bare-industry-size"),
    pytest.param(M("面对万亿规模的全球市场，", "万亿", "1000000000000"), id="bare-magnitude-before-scale"),
    pytest.param(
        M("再加上要优先受偿的2000万的破产费用及公益债务", "2000万", "20000000"), id="bare-de-kind-of-money-word"
    ),
    pytest.param(M("及“千亿补贴”政策", "千亿", "100000000000"), id="bare-before-subsidy"),
    # X个亿 is the spoken measure of money, money with no other word (a count is written 亿个);
    # 几 may stand alone before 个 or inside a number (十几亿), and makes the number a lower bound.
    pytest.param(
        M("这个项目，也是几个亿。", "几个亿", "100000000", qualifier="over", low="100000000"), id="bare-jige-yi"
    ),
    pytest.param(
        M("顺利的话十几个亿也是有可能", "十几个亿", "1000000000", qualifier="over", low="1000000000"),
        id="bare-shiji-ge-yi",
    ),
    pytest.param(
        M("公司亏了三个多亿", "三个多亿", "300000000", qualifier="over", low="300000000"), id="bare-ge-duo-yi"
    ),
    pytest.param(M("投资十几亿元", "十几亿元", "1000000000", qualifier="over", low="1000000000"), id="shiji-yi-yuan"),
    pytest.param(M("拿下近300亿大单", "300亿", "30000000000", qualifier="about"), id="bare-jin-dadan"),
    pytest.param(M("项目投资120亿", "120亿", "12000000000"), id="bare-touzi"),
    pytest.param(M("他们一共花了100多万吧", "100多万", "1000000", qualifier="over"), id="bare-hua-le"),
    pytest.param(
        M("上半年又新增7万多亿的银行贷款。", "7万多亿", "7000000000000", qualifier="over", role="银行贷款"),
        id="bare-bank-loans",
    ),
    pytest.param(M("对“千亿”年销售额的觊觎", "千亿", "100000000000", role="年销售额"), id="bare-quoted-before-sales"),
    pytest.param(M("成功定向增发15亿。", "15亿", "1500000000"), id="bare-zengfa"),
    pytest.param(M("上半年税金支出约105亿", "105亿", "10500000000", "CNY", "about"), id="bare-zhichu"),
    pytest.param(M("半年纳税超百亿的企业", "百亿", "10000000000", "CNY", "over"), id="bare-nashui"),
    pytest.param(M("将新增20.9亿净利润", "20.9亿", "2090000000"), id="bare-after-jinglirun"),
    pytest.param(M("在封装12亿总产值中", "12亿", "1200000000"), id="bare-after-zongchanzhi"),
    pytest.param(
        M("云南卓业年产5MW的规模，产值近亿。", "亿", "100000000", qualifier="about"), id="bare-jin-yi-magnitude"
    ),
    pytest.param(M("这家公司销售已经上亿", "亿", "100000000", qualifier="over"), id="bare-shang-yi-magnitude"),
    pytest.param(
        M("拥有20多亿资产", "20多亿", "2000000000", qualifier="over", low="2000000000"), id="bare-after-zichan"
    ),
    pytest.param(M("承担3亿债务", "3亿", "300000000"), id="bare-after-zhaiwu"),
    pytest.param(M("项目投资１２０亿", "１２０亿", "12000000000"), id="bare-touzi-fullwidth-digits"),
    pytest.param(M("投资十二亿", "十二亿", "1200000000"), id="bare-touzi-cn-numeral"),
    pytest.param(M("投资3千万", "3千万", "30000000"), id="bare-touzi-qian-wan"),
    pytest.param(M("吸引投资超过50亿", "50亿", "5000000000", qualifier="over"), id="bare-touzi-chaoguo"),
    pytest.param(M("吸引百亿投资落地", "百亿", "10000000000"), id="bare-baiyi-touzi"),
    pytest.param(M("完成融资20亿", "20亿", "2000000000"), id="bare-rongzi"),
    pytest.param(M("工作，基本落实15亿中央投资计划", "15亿", "1500000000", role="中央投资"), id="bare-zhongyang-touzi"),
    pytest.param(
        M("融资十余亿", "十余亿", "1000000000", qualifier="over", low="1000000000", high=None),
        id="bare-rongzi-yu-inside",
    ),
    pytest.param(M("销售额达5000万", "5000万", "50000000"), id="bare-xiaoshoue"),
    pytest.param(M("营收突破100亿", "100亿", "10000000000", qualifier="over"), id="bare-yingshou-tupo"),
    pytest.param(M("营业收入12亿", "12亿", "1200000000"), id="bare-yingye-shouru"),
    pytest.param(M("净利润3.2亿", "3.2亿", "320000000"), id="bare-jinglirun"),
    pytest.param(M("全年亏损2亿", "2亿", "200000000"), id="bare-kuisun"),
    pytest.param(M("发放贷款50亿", "50亿", "5000000000"), id="bare-daikuan"),
    pytest.param(M("成交额1.2万亿", "1.2万亿", "1200000000000"), id="bare-chengjiaoe"),
    pytest.param(M("引进资金30亿", "30亿", "3000000000"), id="bare-zijin"),
    pytest.param(
        M("资产规模超千亿", "千亿", "100000000000", qualifier="over"),
        id="bare-zichan-chao-qian-yi",
    ),
    # Prices, debts, savings, prizes and box office before or after a bare 万/亿 figure.
    pytest.param(M("价位在20万左右的中型车", "20万", "200000", qualifier="about"), id="bare-jiawei-before"),
    pytest.param(M("依然高达24万的售价", "24万", "240000"), id="bare-shoujia-after"),
    pytest.param(M("可享受总价减3万的优惠", "3万", "30000"), id="bare-youhui-after"),
    pytest.param(M("每天2万的百度广告费", "2万", "20000"), id="bare-guanggaofei-after"),
    pytest.param(M("信用卡恶意透支，欠款近13万", "13万", "130000", qualifier="about"), id="bare-qiankuan-before"),
    pytest.param(M("总票房冲破3000万大关", "3000万", "30000000"), id="bare-piaofang-before"),
    pytest.param(M("现金投放余额为129亿", "129亿", "12900000000"), id="bare-yue-before"),
    pytest.param(M("年费收益达到7800万", "7800万", "78000000"), id="bare-shouyi-before"),
    pytest.param(M("范冰冰身家60亿", "60亿", "6000000000"), id="bare-shenjia-before"),
    pytest.param(M("中了700万大奖的彩票", "700万", "7000000"), id="bare-dajiang-after"),
    pytest.param(M("保管不慎4万存款被骗", "4万", "40000"), id="bare-cunkuan-after"),
]

# Written forms met in real articles: a magnitude without a number, a stray space before
# the decimal point, 兆 before 韩元/日元, adjacent digits as a range, a unit price in 分,
# 千万 right before a money word.
WRITTEN_FORMS = [
    pytest.param(M("价格一度逼近万元大关", "万元", "10000", qualifier="about"), id="lone-wan-yuan"),
    pytest.param(M("投资亿元以上项目", "亿元", "100000000", qualifier="over"), id="lone-yi-yuan-yishang"),
    pytest.param(M("但是投资上亿元", "亿元", "100000000", qualifier="over"), id="lone-shang-yi-yuan"),
    pytest.param(M("大概要超过万亿元人民币", "万亿元人民币", "1000000000000", qualifier="over"), id="lone-wan-yi"),
    pytest.param(M("净亏损107 .7亿新台币", "107 .7亿新台币", "10770000000", "TWD"), id="space-before-point"),
    pytest.param(M("合计募集资金18. 5亿元", "18. 5亿元", "1850000000"), id="space-after-point"),
    pytest.param(M("合计募集资金18 . 5亿元", "18 . 5亿元", "1850000000"), id="space-around-point"),
    pytest.param(M("项目投资4 .6亿元", "4 .6亿元", "460000000"), id="space-before-point-yuan"),
    pytest.param(M("销售收入达到37兆韩元", "37兆韩元", "37000000000000", "KRW"), id="zhao-krw"),
    pytest.param(M("利润1.5兆日元", "1.5兆日元", "1500000000000", "JPY"), id="zhao-jpy"),
    pytest.param(M("这不是代表七八块钱", "七八块钱", None, "CNY", "range", "7", "8"), id="adjacent-digits-kuai"),
    pytest.param(M("营业额在三四十万元", "三四十万元", None, "CNY", "range", "300000", "400000"), id="adjacent-wan"),
    pytest.param(M("回收一支旧硒鼓只需二三十元", "二三十元", None, "CNY", "range", "20", "30"), id="adjacent-shi"),
    pytest.param(M("电价平均上涨2分/千瓦时", "2分", "0.02"), id="fen-unit-price"),
    pytest.param(M("非居民用电价格上调0.4分", "0.4分", "0.004"), id="fen-power-price"),
    pytest.param(M("销售电价每度平均上调了1.67分。", "1.67分", "0.0167"), id="fen-per-kwh"),
    pytest.param(M("电价每上涨1分钱，", "1分钱", "0.01"), id="fen-qian"),
    pytest.param(M("煤炭成本每吨抵消28元钱", "28元钱", "28"), id="yuan-qian"),
    # 多 after 元/块/角 stands for the smaller units: it reads as part of the number (3角多 = 3 jiao and some fen)
    pytest.param(M("每吨水泥成本将上涨3角多。", "3角多", "0.3", qualifier="over", low="0.3"), id="jiao-arabic-duo"),
    pytest.param(M("一斤猪肉卖17块多", "17块多", "17", qualifier="over", low="17"), id="kuai-duo"),
    pytest.param(M("每斤白菜3元多", "3元多", "3", qualifier="over", low="3"), id="yuan-duo"),
    # 厘, a thousandth of a yuan, in power prices; 厘米 is a length
    pytest.param(M("电价上调仅四厘", "四厘", "0.004"), id="li-power-price"),
    pytest.param(M("电费每度便宜了5厘", "5厘", "0.005"), id="li-digit-power-price"),
    pytest.param(M("每斤上涨5角，", "5角", "0.5"), id="jiao-arabic"),
    pytest.param(M("签下千万广告款", "千万", "10000000"), id="qianwan-before-money-word"),
    pytest.param(M("每年能筹集逾百亿水利基金", "百亿", "10000000000", qualifier="over"), id="bare-chouji"),
    pytest.param(M("鸡蛋每个两元", "两元", "2"), id="lone-digit-per-unit-price"),
    pytest.param(M("这个手机壳花费我三块", "三块", "3"), id="lone-digit-money-word"),
]

# Other amounts in running text: prices per unit, currency, ranges and qualifiers in a sentence.
IN_TEXT = [
    # a digit after 万/亿 stands for the next unit down (1万5 = 15000, as 一万五), and salaries are money
    pytest.param(M("网友出价1万5，问", "1万5", "15000"), id="elided-unit-after-wan"),
    pytest.param(M("月薪1万5千", "1万5千", "15000"), id="elided-unit-then-qian"),
    pytest.param(M("投资2亿3", "2亿3", "230000000"), id="elided-unit-after-yi"),
    pytest.param(M("他的工资一万五", "一万五", "15000"), id="salary-chinese-elided"),
    pytest.param(M("月薪两万", "两万", "20000"), id="salary-yuexin"),
    pytest.param(
        M("日登陆量超过700万，月分成总额超过1000万元", "1000万元", "10000000", qualifier="over"),
        id="logins-are-no-sibling",
    ),
    pytest.param(M("奖励人民币三万", "人民币三万", "30000"), id="rmb-prefix-chinese-numerals"),
    # one Chinese digit and 元 is money when a price for one unit follows; 块 before 奖励/奖金 is yuan
    pytest.param(M("生姜跌到一元一市斤", "一元", "1"), id="lone-digit-price-per-unit"),
    pytest.param(M("队里每人300块奖励", "300块", "300"), id="kuai-before-reward"),
    pytest.param(M("队员拿到300块奖金", "300块", "300"), id="kuai-before-bonus"),
    # 毛钱 and 角钱 are spoken tenths of a yuan (两毛钱 = 0.2); 一毛钱 is mostly an idiom
    pytest.param(M("我赚了两毛钱", "两毛钱", "0.2"), id="jiao-mao-qian"),
    pytest.param(M("每斤涨了3毛钱", "3毛钱", "0.3"), id="jiao-mao-qian-digit"),
    pytest.param(M("车票便宜了五角钱", "五角钱", "0.5"), id="jiao-jiao-qian"),
    # jieba holds 上万元 and 近万元 as one word: the qualifier opens it, the figure does not cut it
    pytest.param(M("价值上万元的望远镜", "万元", "10000", qualifier="over"), id="qual-shang-wan-one-word"),
    pytest.param(M("装修花费上万元", "万元", "10000", qualifier="over"), id="qual-shang-wan-after-noun"),
    # 块 is yuan where money is spoken of: paid, per unit, a price
    pytest.param(M("打车一共花了200块", "200块", "200"), id="kuai-paid"),
    pytest.param(M("青菜每斤3块", "3块", "3"), id="kuai-per-unit"),
    # the 约 that ends 签约, 节约, 合约 is no qualifier
    pytest.param(M("现场签约30亿元", "30亿元", "3000000000"), id="qual-not-the-yue-of-qianyue"),
    pytest.param(M("每年可节约400亿元", "400亿元", "40000000000"), id="qual-not-the-yue-of-jieyue"),
    pytest.param(M("每吨3000元", "3000元", "3000"), id="text-price-per-ton-before"),
    pytest.param(M("价格为3000元/吨", "3000元", "3000"), id="text-price-per-ton-after"),
    pytest.param(M("以人民币3亿元收购", "人民币3亿元", "300000000"), id="text-rmb-prefix"),
    pytest.param(M("李四人民币50元", "人民币50元", "50"), id="text-lisi-renminbi-not-si"),
    pytest.param(M("净资产为负2.07亿欧元", "负2.07亿欧元", "-207000000", "EUR"), id="text-negative-fu-arabic"),
    pytest.param(M("公司负债3亿元", "3亿元", "300000000"), id="text-fuzhai-is-no-sign"),
    pytest.param(M("2000万粉丝带来5亿元收入", "5亿元", "500000000"), id="text-count-then-money"),
    pytest.param(M("2017年实现税收1.5亿元", "1.5亿元", "150000000"), id="text-year-then-money"),
    pytest.param(M("完成投资1，200万元", "1，200万元", "12000000"), id="text-fullwidth-comma"),
    pytest.param(M("出口额达45564.44美元", "45564.44美元", "45564.44", "USD"), id="text-usd"),
    pytest.param(M("支付伍仟元整", "伍仟元", "5000"), id="text-formal-zheng"),
    pytest.param(M("总投资约20亿元", "20亿元", "2000000000", qualifier="about"), id="text-qual-yue"),
    pytest.param(M("投资5亿元左右", "5亿元", "500000000", qualifier="about"), id="text-qual-zuoyou"),
    pytest.param(
        M("实现销售收入3000多万元", "3000多万元", "30000000", qualifier="over", low="30000000", high=None),
        id="text-qual-duo-inside",
    ),
    pytest.param(M("预计投资3至5亿元", "3至5亿元", None, "CNY", "range", "300000000", "500000000"), id="text-range"),
]

# Several amounts in one sentence come back in document order.
SEQUENCES = [
    pytest.param("一期投资5亿元，二期投资8亿元", ("5亿元", "8亿元"), id="seq-two-phases"),
    pytest.param("地区生产总值完成494.3亿元，财政收入12.3亿元", ("494.3亿元", "12.3亿元"), id="seq-gdp-and-revenue"),
    pytest.param("营收从2000万元增至1.2亿元", ("2000万元", "1.2亿元"), id="seq-from-to"),
    pytest.param("铁路投资从7000亿到6000亿的削减", ("7000亿", "6000亿"), id="seq-falling-from-to"),
    pytest.param("价格从50元降到30元", ("50元", "30元"), id="seq-falling-yuan"),
    pytest.param("收购价1.38亿、承担债务1亿欧元", ("1.38亿", "1亿欧元"), id="seq-listed-before-currency"),
    pytest.param("销量达200万、产值10亿元", ("10亿元",), id="seq-listed-other-magnitude"),
    pytest.param("豪宅单价3万多或者5万多，甚至10万块钱", ("3万多", "5万多", "10万块钱"), id="seq-unit-price-bare-duo"),
    pytest.param("开工建设5个百亿级、10个三十亿以上重大工业项目", ("百亿", "三十亿"), id="seq-count-of-scale-projects"),
    pytest.param("引进30亿项目，签约20个项目", ("30亿",), id="seq-bare-yi-before-xiangmu"),
    pytest.param("带动1万人以上重点项目", (), id="seq-counted-people-before-projects"),
    pytest.param("每年的营业额要从几亿元到几十亿元", ("几亿元", "几十亿元"), id="seq-from-level-to-level"),
    pytest.param("一直向上冲，从几千块涨到了1万多!", ("几千块", "1万多"), id="seq-kuai-rises-to-bare-level"),
    pytest.param("投资从3亿到5亿元不等", ("3亿到5亿元",), id="seq-from-to-spread-is-a-range"),
    pytest.param("民营医院投资起码都是几亿元", ("几亿元",), id="seq-indefinite-yi"),
    pytest.param("星河湾销售了40多个亿，全市有3000多个项目", ("40多个亿",), id="seq-sales-duoge-yi"),
    pytest.param(
        "产业规模一举从几亿提升到几十亿级", ("几亿", "几十亿"), id="seq-scale-several-yi-ji"
    ),  # 产业规模: money
    pytest.param("培育5个亿元级企业", ("亿元",), id="seq-count-of-yi-yuan-firms"),
    # A bare figure beside an amount of the same magnitude in its sentence, ending where a noun would.
    pytest.param(
        "中国石化以1.91万亿的收入排名第一，中国石油1.47万亿排名第二、中国移动4852.3亿排名第三。",
        ("1.91万亿", "1.47万亿", "4852.3亿"),
        id="seq-sibling-ranking",
    ),
    pytest.param("江门每年安排1.5亿，东莞每年投入5亿。", ("1.5亿", "5亿"), id="seq-sibling-before-amount"),
    pytest.param("价格从去年的5万元每吨上涨到如今的接近6万多每吨，", ("5万元", "6万多"), id="seq-sibling-per-ton"),
    pytest.param("对剩下的21.7亿的普通债权，偿还的资金仅剩下2.4亿", ("21.7亿", "2.4亿"), id="seq-sibling-de"),
    pytest.param(
        "主营业务收入1151.63亿元，成为第二个跨越千亿大关的工业行业。", ("1151.63亿元", "千亿"), id="seq-sibling-daguan"
    ),
    pytest.param("用户达到9000万，明年突破1亿大关。", (), id="seq-no-sibling-of-a-count-daguan"),
    pytest.param(
        "它们毫不掩饰对于“百亿”、“500亿”乃至“千亿”年销售额的觊觎。",
        ("百亿", "500亿", "千亿"),
        id="seq-sibling-quoted-list",
    ),
    pytest.param("总投资50亿元，带动就业1万人，", ("50亿元",), id="seq-sibling-other-magnitude"),
    pytest.param("项目投资10亿元，年产20亿颗芯片", ("10亿元",), id="seq-sibling-count-follows"),
    pytest.param("销售额达5亿元，用户数达1亿，", ("5亿元",), id="seq-sibling-users"),
    pytest.param("投资5亿元，全年接待游客300万，", ("5亿元",), id="seq-sibling-visitors"),
    # A bare figure that repeats an amount of the article is that money (a heading, a sum).
    pytest.param("7000亿？\n官方的政府采购市场规模是7000亿元。", ("7000亿", "7000亿元"), id="seq-echo-heading"),
    pytest.param("净利润48.4亿元。\n2008年是48.4亿，", ("48.4亿元", "48.4亿"), id="seq-echo-later"),
    pytest.param("收入达到500万元。\n用户有500万，", ("500万元",), id="seq-echo-counted-users"),
    pytest.param("投资500万元。\n年产500万吨", ("500万元",), id="seq-echo-measure-after"),
]

# role: the few words of the sentence that say what the amount is.
ROLES = [
    # A figure right after a colon is labelled by what stands before the colon.
    pytest.param(M("报告期末基金单位净值：1.0321元", "1.0321元", "1.0321", role="基金单位净值"), id="role-colon-label"),
    pytest.param(M("本次发行每股面值：1.00元", "1.00元", "1.00", role="面值"), id="role-colon-per-share"),
    # A measure changed to a new level with 至 (调低增发价至): the measure is the level's role.
    pytest.param(M("公司调低增发价至8.20元/股", "8.20元", "8.20", role="增发价"), id="role-measure-zhi"),
    pytest.param(M("收购方提高报价至35澳元每股", "35澳元", "35", "AUD", role="报价"), id="role-measure-zhi-aud"),
    pytest.param(M("包里的现金一共是7856元", "7856元", "7856", role="现金"), id="role-past-yigong"),
    # A word for a kind of money right after the amount (费, 款, 税, 金) is its role.
    pytest.param(M("开卡后不刷卡将收取100元年费", "100元", "100", role="年费"), id="role-fee-after"),
    pytest.param(
        M("他收到过36万余元汇款", "36万余元", "360000", qualifier="over", role="汇款"), id="role-remittance-after"
    ),
    pytest.param(M("海关增收的33.6亿元增值税", "33.6亿元", "3360000000", role="增值税"), id="role-tax-after"),
    pytest.param(M("她买了50元的黄金", "50元", "50"), id="role-not-the-metal-gold"),
    pytest.param(
        M("希望将缴纳的一万余元学费拿回来", "一万余元", "10000", qualifier="over", role="学费"),
        id="role-fee-before-a-verb",
    ),
    pytest.param(
        M("他收取了190万英镑现金花红", "190万英镑", "1900000", "GBP", role="收取"), id="role-fee-word-as-modifier"
    ),
    # Verbs of giving, raising and moving money say what the amount is when no noun does.
    pytest.param(M("一家公司捐赠50万元设立助学金", "50万元", "500000", role="捐赠"), id="role-verb-donate"),
    pytest.param(M("央行本周净投放390亿元", "390亿元", "39000000000", role="净投放"), id="role-verb-net-injection"),
    pytest.param(M("该车型本月直降6万元", "6万元", "60000", role="直降"), id="role-verb-price-cut"),
    pytest.param(M("换用新灯每月节省7.5元", "7.5元", "7.5", role="节省"), id="role-verb-save"),
    pytest.param(M("他还能从账户提取10万元", "10万元", "100000", role="提取"), id="role-verb-withdraw"),
    pytest.param(M("市财政拿出58万元，补贴困难职工", "58万元", "580000", role="拿出"), id="role-verb-take-out"),
    pytest.param(M("乘客只好交了200元", "200元", "200", role="交"), id="role-verb-pay-jiao"),
    pytest.param(M("交行为70元", "70元", "70"), id="role-not-the-jiao-of-jiaohang"),
    # A last word ending in a money head (费, 款, 价) is a measure whatever jieba's tag (保费/v); 等 is a link.
    pytest.param(M("该公司去年贡献保费27亿元", "27亿元", "2700000000", role="贡献保费"), id="role-baofei-tagged-verb"),
    pytest.param(
        M("支付设施建设费等288亿日元", "288亿日元", "28800000000", "JPY", role="设施建设费"), id="role-past-deng"
    ),
    # 确定为, 定为, 定在 set a level: the measure before them is the role.
    pytest.param(
        M("楼盘预售价格已确定为8470元/平方米", "8470元", "8470", role="楼盘预售价格"), id="role-past-quedingwei"
    ),
    pytest.param(M("他把购车预算定在了6万元", "6万元", "60000", role="购车预算"), id="role-past-dingzai"),
    # A price per unit with nothing else named is the price of the subject (a commodity, not a firm).
    pytest.param(M("小叶紫檀如今每吨仅35万元", "35万元", "350000", role="小叶紫檀"), id="role-priced-commodity"),
    pytest.param(M("该公司每股仅35元", "35元", "35"), id="role-priced-not-a-firm"),
    # A rate word before an amount in 元 says the amount is a rise or a fall (涨幅达200元/吨).
    pytest.param(M("螺纹钢现货价格上涨，本周涨幅达150元/吨", "150元", "150", role="涨幅"), id="role-rate-word-yuan"),
    pytest.param(
        M("面板价格下跌，跌幅3-5美元", "3-5美元", None, "USD", "range", low="3", high="5", role="跌幅"),
        id="role-rate-word-range",
    ),
    # The 上 of 上千万元 is a qualifier, not a word of the role.
    pytest.param(
        M("该生产线投入了上千万元", "千万元", "10000000", qualifier="over", role="生产线投入"), id="role-past-shang"
    ),
    pytest.param(
        M("新工厂投资上亿元", "亿元", "100000000", qualifier="over", role="工厂投资"), id="role-past-shang-yi"
    ),
    # The new level right after a change takes the change's metric (增长44.29%至77.25亿元).
    pytest.param(
        M("该公司营业收入较上年增长12.5%至38.6亿元", "38.6亿元", "3860000000", role="营业收入"),
        id="role-level-after-change",
    ),
    pytest.param(
        M("全年净利润下滑40%至3亿元左右", "3亿元", "300000000", qualifier="about", role="净利润"),
        id="role-level-after-fall",
    ),
    # A measure before a verb of reaching (增至, 提高到, 接近) or a one-character money head (开发费/v).
    pytest.param(
        M("宝钢集团以2.86亿澳元收购了澳大利亚公司", "2.86亿澳元", "286000000", "AUD", role="收购"), id="role-yi-shougou"
    ),
    pytest.param(M("公司拟以15.61元/股定向增发", "15.61元", "15.61", role="定向增发"), id="role-yi-per-share-verb"),
    pytest.param(M("距离上一次定向增发15亿元还不到一年", "15亿元", "1500000000", role="增发"), id="role-verb-zengfa"),
    pytest.param(M("庞大集团表示愿以6500万元参股", "6500万元", "65000000", role="参股"), id="role-yi-cangu"),
    pytest.param(
        M("日前胜华增资1.5亿美元加码东莞", "1.5亿美元", "150000000", "USD", role="增资"), id="role-verb-zengzi"
    ),
    pytest.param(M("控股股东承诺认购1.3亿元", "1.3亿元", "130000000", role="认购"), id="role-verb-rengou"),
    pytest.param(
        M("未来10年水利建设投资将有4万亿元", "4万亿元", "4000000000000", role="水利建设投资"), id="role-jiangyou"
    ),
    pytest.param(M("国外厂商的成本按照35美元计算", "35美元", "35", "USD", role="成本"), id="role-anzhao-jisuan"),
    pytest.param(
        M("交易对价为2.73亿澳元", "2.73亿澳元", "273000000", "AUD", role="交易对价"), id="role-cut-char-inside-word"
    ),
    pytest.param(M("罗莱家居注册资本金增至178万美元", "178万美元", "1780000", "USD", role="资本金"), id="role-zengzhi"),
    pytest.param(
        M("将整体收购价提高到1.33亿澳元", "1.33亿澳元", "133000000", "AUD", role="整体收购价"), id="role-tigaodao"
    ),
    pytest.param(
        M("目前市场需求量已经接近50亿元", "50亿元", "5000000000", qualifier="about", role="市场需求量"),
        id="role-jiejin",
    ),
    pytest.param(
        M("公司的技术开发费分别为2,918.15万元", "2,918.15万元", "29181500", role="技术开发费"),
        id="role-fee-tagged-verb",
    ),
    pytest.param(
        M("期货主力合约也从4800元/吨上涨", "4800元", "4800", role="期货主力合约"), id="role-heyue-is-no-yue-qualifier"
    ),
    pytest.param(
        M("国内厂商损失了31.5亿元的利润", "31.5亿元", "3150000000", role="利润"), id="role-money-noun-after-de-wins"
    ),
    pytest.param(
        M("比如运费就从去年上半年的150万元增加", "150万元", "1500000", role="运费"), id="role-biru-is-no-comparison"
    ),
    # The level a change reached, in a clause of its own, is of the measure before it.
    pytest.param(
        M(
            "零部件的销售收入在2010年增长了44%，达到约1.644万亿元",
            "1.644万亿元",
            "1644000000000",
            "CNY",
            "about",
            role="销售收入",
        ),
        id="role-level-after-growth",
    ),
    pytest.param(M("申报的债权却高达30亿元", "30亿元", "3000000000", role="债权"), id="role-across-que"),
    pytest.param(M("其销售额快速攀升到了1.7亿元", "1.7亿元", "170000000", role="销售额"), id="role-across-adverb"),
    # A money noun after 的, with the words that say what kind of money it is.
    pytest.param(M("以4.3亿元的价格夺得采矿权", "4.3亿元", "430000000", role="价格"), id="role-price-after-de"),
    pytest.param(
        M("南玻A拟以17.88元/股的价格增发", "17.88元", "17.88", role="价格"), id="role-price-per-share-after-de"
    ),
    pytest.param(
        M("每年近4000亿元的水利投资", "4000亿元", "400000000000", qualifier="about", role="水利投资"),
        id="role-kind-of-investment-after-de",
    ),
    pytest.param(
        M("总投资20亿元的钢铁项目", "20亿元", "2000000000", role="总投资"), id="role-before-wins-over-de-project"
    ),
    pytest.param(
        M("研发总投入从之前的40亿欧元增加", "40亿欧元", "4000000000", "EUR", role="研发总投入"),
        id="role-across-zhiqian",
    ),
    pytest.param(
        M("将在该州岛开展一个1.91亿美元的智能电网试点项目", "1.91亿美元", "191000000", "USD", role="智能电网试点项目"),
        id="role-project-after",
    ),
    pytest.param(
        M("总投资162亿元的招商蛇口金融中心项目", "162亿元", "16200000000", role="总投资"),
        id="role-before-wins-over-project",
    ),
    pytest.param(
        M("有色板块上周净流出14.19亿元。", "14.19亿元", "1419000000", role="净流出"), id="role-verb-net-outflow"
    ),
    pytest.param(M("银行业继续流入3.03亿元。", "3.03亿元", "303000000", role="流入"), id="role-verb-inflow"),
    pytest.param(
        M("期货价格从4月的最高152.53美元/磅下降", "152.53美元", "152.53", "USD", role="期货价格"),
        id="role-across-zuigao",
    ),
    pytest.param(M("黄金价格从前一日的382元/克上涨", "382元", "382", role="黄金价格"), id="role-across-the-day-before"),
    pytest.param(M("市场规模预计会达到5000亿元", "5000亿元", "500000000000", role="市场规模"), id="role-across-modal"),
    pytest.param(
        M("三菱商事、伊藤火腿、米久共同出资额度为33亿元", "33亿元", "3300000000", role="出资额度"), id="role-quota"
    ),
    pytest.param(
        M("全国水利实际投入约2000亿元", "2000亿元", "200000000000", "CNY", "about", role="水利实际投入"),
        id="role-spending",
    ),
    pytest.param(
        M("其中拆迁费用大约为500亿元", "500亿元", "50000000000", "CNY", "about", role="费用"), id="role-skip-dayue"
    ),
    pytest.param(
        M("浙江东南网架集团有限公司投入3.4亿元", "3.4亿元", "340000000", role="投入"), id="role-not-the-company"
    ),
    # Qualifiers and change verbs between the role and the amount are not the role.
    pytest.param(M("工人底薪都不到1000元", "1000元", "1000", "CNY", "under", role="工人底薪"), id="role-skip-budao"),
    pytest.param(M("水泥销售收入破百亿", "百亿", "10000000000", role="水泥销售收入"), id="role-skip-po"),
    pytest.param(M("年度额度为5亿元", "5亿元", "500000000", role="额度"), id="role-edu-not-a-time-word"),
    pytest.param(
        M("总投资162亿元的招商蛇口金融中心项目", "162亿元", "16200000000", role="总投资"), id="role-zongtouzi"
    ),
    pytest.param(
        M("项目总投资约20亿元", "20亿元", "2000000000", "CNY", "about", role="总投资"),
        id="role-zongtouzi-yue",
        marks=known_bug("role is 项目总投资, not 总投资: the subject 项目 is pulled into the role"),
    ),
    pytest.param(
        M("计划投资50亿元", "50亿元", "5000000000", role="投资"),
        id="role-touzi",
        marks=known_bug("role is 计划投资, not 投资: the modal 计划 is pulled into the role"),
    ),
    pytest.param(
        M("地区生产总值完成494.3亿元", "494.3亿元", "49430000000", role="地区生产总值"),
        id="role-diqu-shengchan-zongzhi",
    ),
    pytest.param(
        M("实现一般公共预算收入30.5亿元", "30.5亿元", "3050000000", role="一般公共预算收入"),
        id="role-yiban-gonggong-yusuan-shouru",
    ),
    pytest.param(M("财政收入完成12亿元", "12亿元", "1200000000", role="财政收入"), id="role-caizheng-shouru"),
    pytest.param(M("实现净利润3.2亿元", "3.2亿元", "320000000", role="净利润"), id="role-jinglirun"),
    pytest.param(M("完成融资20亿元", "20亿元", "2000000000", role="融资"), id="role-rongzi"),
    pytest.param(M("营业收入达120亿元", "120亿元", "12000000000", role="营业收入"), id="role-yingye-shouru"),
    pytest.param(M("销售收入8亿元", "8亿元", "800000000", role="销售收入"), id="role-xiaoshou-shouru"),
    pytest.param(
        M("价格为每吨3000元", "3000元", "3000", role="价格"),
        id="role-jiage",
    ),
    # A money noun right after the amount, with 的 between; else the verb it is the object of.
    pytest.param(
        M("每停工一天损失大概400万元的产值", "400万元", "4000000", "CNY", "about", role="产值"),
        id="role-after-de-chanzhi",
    ),
    pytest.param(M("获得900万美元融资", "900万美元", "9000000", "USD", role="融资"), id="role-after-rongzi"),
    pytest.param(M("较上一周下跌347元", "347元", "347", role="下跌"), id="role-verb-xiadie"),
    pytest.param(M("当天净买入1.5亿元", "1.5亿元", "150000000", role="净买入"), id="role-verb-jingmairu"),
    pytest.param(M("较7月份已下调800元/吨", "800元", "800", role="下调"), id="role-verb-xiatiao"),
    pytest.param(M("2011年安排4.5亿元推动LED产业", "4.5亿元", "450000000", role="安排"), id="role-verb-anpai"),
    pytest.param(M("老工匠一天就能挣3000元", "3000元", "3000", role="挣"), id="role-verb-zheng"),
    pytest.param(
        M("力拓已经支付了7亿美元给几内亚政府", "7亿美元", "700000000", "USD", role="支付"), id="role-verb-zhifu"
    ),
    pytest.param(
        M(
            "湖北金环上半年预亏4500万元至5500万元",
            "4500万元至5500万元",
            None,
            qualifier="range",
            low="45000000",
            high="55000000",
            role="预亏",
        ),
        id="role-verb-yukui",
    ),
    # Measures of money a phrase may end with: 预算 (tagged a verb), 对价, 价值.
    pytest.param(M("购车预算为10万元", "10万元", "100000", role="购车预算"), id="role-measure-yusuan"),
    pytest.param(
        M("以近19.74亿元人民币对价，收购股权", "19.74亿元人民币", "1974000000", qualifier="about", role="对价"),
        id="role-after-duijia",
    ),
    pytest.param(
        M("可以创造上万亿元的价值", "万亿元", "1000000000000", qualifier="over", role="价值"), id="role-after-jiazhi"
    ),
    pytest.param(M("上半年新增贷款已经到达4.17万亿", "4.17万亿", "4170000000000", role="贷款"), id="role-link-daoda"),
    pytest.param(
        M("万科2007年的净利润应该是34亿元左右。", "34亿元", "3400000000", qualifier="about", role="净利润"),
        id="role-link-yinggai",
    ),
    pytest.param(M("该公司利润急剧下滑至200万元", "200万元", "2000000", role="利润"), id="role-link-xiahua-zhi"),
    pytest.param(
        M("他估计，该市场价值至少有3万亿元。", "3万亿元", "3000000000000", role="市场价值"), id="role-link-zhishaoyou"
    ),
    pytest.param(M("其可获得1896万元分红。", "1896万元", "18960000", role="分红"), id="role-after-fenhong"),
    pytest.param(M("但可节约400亿元的财政支出", "400亿元", "40000000000", role="财政支出"), id="role-after-de-zhichu"),
    # Fines, compensation, discounts and appropriations are kinds of money; 逼近 links a measure to its amount.
    pytest.param(
        M("英国金融管理局也向巴克莱开出了5950万英镑罚款，", "5950万英镑", "59500000", "GBP", role="罚款"),
        id="role-after-fakuan",
    ),
    pytest.param(
        M(
            "附带民事赔偿56万余元。",
            "56万余元",
            "560000",
            qualifier="over",
            low="560000",
            high=None,
            role="附带民事赔偿",
        ),
        id="role-peichang",
    ),
    pytest.param(
        M("目前奥德赛在4S店有1万元的现金优惠。", "1万元", "10000", role="现金优惠"), id="role-after-de-youhui"
    ),
    pytest.param(
        M("白宫已经要求国会明年拨款近2.5亿美元，", "2.5亿美元", "250000000", "USD", "about", role="拨款"),
        id="role-bokuan",
    ),
    pytest.param(
        M("赴台陆资已逼近8亿美元，", "8亿美元", "800000000", "USD", "about", role="陆资"), id="role-link-bijin"
    ),
    # A determiner (上述, 这笔) is no role.
    pytest.param(
        M("公安机关立案后侦查，上述4万元定期存款被提前支取，", "4万元", "40000", role=None), id="role-not-shangshu"
    ),
    # The old level of a change, after 从/由 and its time: the subject before 从 is the measure.
    pytest.param(
        M("庞大集团的报价就由6月初的6500万元追加", "6500万元", "65000000", role="报价"), id="role-subject-before-you"
    ),
]


def test_an_echo_takes_the_currency_and_role_of_the_amount_it_repeats() -> None:
    amounts = extract("公司并购\n3亿？\n该公司的并购贷款为3亿美元。").amounts
    assert [(m.text, m.currency, m.role) for m in amounts] == [("3亿", "USD", "贷款"), ("3亿美元", "USD", "贷款")]


def test_an_echo_role_needs_a_written_figure() -> None:
    (first, second) = extract("研发投入达千万元。\n有三家千万元企业").amounts
    assert (first.role, second.role) == ("研发投入", None)  # 千万元 is an order of magnitude


# 误检: counts and measures with 万/亿, percentages, dates, codes, words with numerals.
NOT_MONEY_IN_TEXT = [
    pytest.param("美元兑人民币一年期掉期贴水中间价报300点", id="not-rmb-yi-of-yinianqi"),
    pytest.param("符合“信用支付”要求的买家已经达到8000万", id="not-buyers-after-a-money-word"),
    pytest.param("日登陆量超过700万，月分成总额超过1000万", id="not-logins-beside-money-in-wan"),
    pytest.param("电价上调后零件长四厘米", id="not-li-of-limi"),
    pytest.param("解一个二元一次方程", id="not-lone-digit-equation"),
    pytest.param("中国队获得3块奖牌", id="not-kuai-medals"),
    pytest.param("好点子一毛钱一打", id="not-yi-mao-qian-idiom"),
    pytest.param("这事跟他没有一分钱关系", id="not-yi-fen-qian-idiom"),
    pytest.param("全国有10亿级用户", id="not-scale-of-users"),
    pytest.param("画一个3角形", id="not-jiao-in-a-word"),
    pytest.param("他花了100多天才完成。", id="not-hua-le-days"),
    pytest.param("微博有“2000万”粉丝", id="not-quoted-before-fans"),
    pytest.param("LED年产量将会达到千亿级别。", id="not-scale-level-of-output"),
    pytest.param("致电北京三元董事会秘书", id="not-lone-digit-company-sanyuan"),
    pytest.param("在大中华区主要分为六块，研究顾问", id="not-lone-digit-pieces"),
    pytest.param("单位GDP能耗为1.2吨标准煤/万元，", id="not-per-wan-yuan"),
    pytest.param("每万元GDP能耗下降", id="not-mei-wan-yuan-gdp"),
    pytest.param("村里出了个万元户", id="not-wan-yuan-hu"),
    pytest.param("千万投资者关注", id="not-qianwan-investors"),
    pytest.param("外币存款增加 亿美元 ，年末本外币存款余额 万亿元", id="not-unit-of-a-blank-figure"),
    pytest.param("刻有岩画的岩石2485块，故确认", id="not-kuai-counting-pieces"),
    pytest.param("把蛋糕切成200块", id="not-kuai-cut-into-pieces"),
    pytest.param("激动万分地说", id="not-wanfen-deeply"),
    pytest.param("信用卡的透支日息为万分之五", id="not-wanfen-per-ten-thousand"),
    pytest.param("价格指数上涨后达到1.2万点", id="not-price-index-points"),
    pytest.param("房价上涨带动成交套数突破5万", id="not-price-then-count"),
    pytest.param("存款客户超过300万", id="not-savers-counted"),
    pytest.param("吸引2000万投资者", id="not-wan-investors"),
    pytest.param("全国有近亿人口", id="not-jin-yi-people"),
    pytest.param("得了90分/满分", id="not-fen-score"),
    pytest.param("开工建设5个重大工业项目", id="not-ge-count"),
    pytest.param("吸引了2000万的投资者", id="not-wan-de-investors"),
    pytest.param("电价上调后，考试得了90分", id="not-fen-score-after-power-clause"),
    pytest.param("我们照明、看电视不用花一分钱", id="not-yifenqian-idiom"),
    pytest.param("上午9时30分，电价开始上涨", id="not-fen-minutes"),
    pytest.param("装机3兆瓦", id="not-zhao-watts"),
    pytest.param("该账号拥有2000万粉丝", id="not-fensi"),
    pytest.param("平台汇聚1.4万家供应商", id="not-jia-gongyingshang"),
    pytest.param("形成300万吨规模的产能", id="not-tonnage-scale"),
    pytest.param("拥有2000万的活跃用户", id="not-de-users"),
    pytest.param("产量从50万吨增至80万。", id="not-level-reached-from-tonnage"),
    pytest.param("引进1万家企业", id="not-jia-qiye"),
    pytest.param("年产7500万吨", id="not-dun"),
    pytest.param("投资建设年产10万吨项目", id="not-touzi-then-dun"),
    pytest.param("建筑面积200万平方米", id="not-pingfangmi"),
    pytest.param("流转土地3万亩", id="not-mu"),
    pytest.param("里程达1.2万公里", id="not-gongli"),
    pytest.param("装机容量100万千瓦", id="not-qianwa"),
    pytest.param("吸纳就业10万人", id="not-ren"),
    pytest.param("接待游客1200万人次", id="not-renci"),
    pytest.param("14亿人口", id="not-yi-renkou"),
    pytest.param("人口达1000万", id="not-bare-wan-no-money-word"),
    pytest.param("惠及10万户", id="not-hu"),
    pytest.param("销量达500万辆", id="not-liang"),
    pytest.param("销售空调10万台", id="not-xiaoshou-then-tai"),
    pytest.param("发放1.2万张社保卡", id="not-zhang"),
    pytest.param("签约20个项目", id="not-ge"),
    pytest.param("同比增长8.5%", id="not-percent"),
    pytest.param("占比62.0%", id="not-percent-share"),
    pytest.param("增长百分之八", id="not-percent-cn"),
    pytest.param("2017年", id="not-year"),
    pytest.param("2017年11月30日", id="not-date"),
    pytest.param("2016-2020年", id="not-year-range"),
    pytest.param("第3季度", id="not-quarter"),
    pytest.param("上午10时开幕", id="not-time"),
    pytest.param("咨询电话0451-86888888", id="not-phone"),
    pytest.param("股票代码600519", id="not-stock-code"),
    pytest.param("邮编150010", id="not-postcode"),
    pytest.param("千万不要上当", id="not-qianwan-buyao"),
    pytest.param("千万记住", id="not-qianwan-jizhu"),
    pytest.param("万一出现问题", id="not-wanyi"),
    pytest.param("加大投资力度", id="not-touzi-no-figure"),
]

# parse_money on a surface that is not money returns None (quiet failure, no exception).
NOT_PARSED = [
    pytest.param("", id="unparsed-empty"),
    pytest.param("没有金额", id="unparsed-words"),
    pytest.param("8%", id="unparsed-percent"),
    pytest.param("2017年", id="unparsed-year"),
    pytest.param("10万人", id="unparsed-count"),
    pytest.param(
        "0451-86888888",
        id="unparsed-phone",
    ),
    pytest.param("千万不要", id="unparsed-qianwan-buyao"),
]


@pytest.mark.parametrize("case", ARABIC)
def test_arabic(case: M) -> None:
    check_money(case, parse_money(case.source))


@pytest.mark.parametrize("case", CHINESE)
def test_chinese_numerals(case: M) -> None:
    check_money(case, parse_money(case.source))


@pytest.mark.parametrize("case", MIXED)
def test_mixed_numerals(case: M) -> None:
    check_money(case, parse_money(case.source))


@pytest.mark.parametrize("case", UNITS)
def test_units(case: M) -> None:
    check_money(case, parse_money(case.source))


@pytest.mark.parametrize("case", CURRENCIES)
def test_currencies(case: M) -> None:
    check_money(case, parse_money(case.source))


@pytest.mark.parametrize("case", QUALIFIERS)
def test_qualifiers(case: M) -> None:
    check_money(case, parse_money(case.source))


@pytest.mark.parametrize("case", RANGES)
def test_ranges(case: M) -> None:
    check_money(case, parse_money(case.source))


@pytest.mark.parametrize("case", BARE)
def test_bare_wan_yi_in_text(case: M) -> None:
    check_only_money(case, extract(case.source).amounts)


@pytest.mark.parametrize("case", WRITTEN_FORMS)
def test_written_forms_in_text(case: M) -> None:
    check_only_money(case, extract(case.source).amounts)


@pytest.mark.parametrize("case", IN_TEXT)
def test_amounts_in_text(case: M) -> None:
    check_only_money(case, extract(case.source).amounts)


@pytest.mark.parametrize(("source", "texts"), SEQUENCES)
def test_amounts_in_document_order(source: str, texts: tuple[str, ...]) -> None:
    amounts = extract(source).amounts
    assert_offsets(source, amounts)
    assert tuple(m.text for m in amounts) == texts


def test_currency_after_a_bracket_applies_to_both_amounts() -> None:
    amounts = extract("光明集团拟出资15亿(后上升为16.8亿)澳元收购西斯尔公司").amounts
    assert [(m.text, m.value, m.currency) for m in amounts] == [
        ("15亿", Decimal(1500000000), "AUD"),
        ("16.8亿", Decimal(1680000000), "AUD"),
    ]


def test_a_bracket_without_currency_leaves_the_amount_in_yuan() -> None:
    (amount,) = extract("收入5亿(同比增长)").amounts
    assert (amount.text, amount.currency) == ("5亿", "CNY")


@pytest.mark.parametrize(
    ("source", "roles"),
    [
        ("营收和利润再度增加到120.5亿元和12.6亿元", ["营收", "利润"]),
        ("营业收入和净利润为199.9亿元和29.8亿元", ["营业收入", "净利润"]),
        ("腾讯和阿里投资5亿元和3亿元", ["投资", "投资"]),  # investors, not measures
        ("同意以约9.63亿欧元(合13.6亿美元)的价格收购", ["价格", "价格"]),  # the restatement in brackets is aside
        ("有色采选、有色金属加工板块分别流出3.38亿元、3.15亿元", ["流出", "流出"]),  # a verb's role runs on the list
        ("二季度净亏480亿韩元(约合2.9亿元人民币)", ["净亏", "净亏"]),  # the restatement measures the same
        ("技术开发费分别为2,918.15万元和3,136.49万元", ["技术开发费", "技术开发费"]),
        # sectors listed before 分别 and a verb: the verb says what the money is
        ("其中，交通运输、教育以及信息化行业分别完成182.4亿元、164.5亿元和70.2亿元。", ["完成", "完成", "完成"]),
        ("营业收入和净利润分别达到199.9亿元和29.8亿元", ["营业收入", "净利润"]),  # measures listed: each its own
        # the subject before 从 measures the old level and the new
        ("推动沪铜单价从2009年初的27000元/吨上涨至2010年底的56000元/吨。", ["沪铜单价", "沪铜单价"]),
        (
            "企业瞄准“百亿”、“500亿”乃至“千亿”年销售额。",
            ["年销售额", "年销售额", "年销售额"],
        ),  # the measure after the last
    ],
)
def test_measures_listed_as_many_as_the_amounts(source: str, roles: list[str]) -> None:
    assert [m.role for m in extract(source).amounts] == roles


@pytest.mark.parametrize("case", ROLES)
def test_roles(case: M) -> None:
    check_only_money(case, extract(case.source).amounts)


@pytest.mark.parametrize("source", NOT_MONEY_IN_TEXT)
def test_not_money_in_text(source: str) -> None:
    assert [m.text for m in extract(source).amounts] == []


@pytest.mark.parametrize("source", NOT_PARSED)
def test_not_parsed(source: str) -> None:
    assert parse_money(source) is None


def test_a_level_after_zhi_does_not_take_the_verb_as_role() -> None:
    [money] = extractor.extract("二甲醚价格因成本推动上涨至4598元。").amounts
    assert money.role != "上涨"  # 上涨至4598元: the new level, not the change


def test_a_bare_figure_listed_before_an_amount_takes_its_currency() -> None:
    first, second = extractor.extract("收购价1.38亿、承担债务1亿欧元").amounts
    assert (first.text, first.value, first.currency) == ("1.38亿", Decimal(138000000), "EUR")
    assert second.currency == "EUR"


def test_a_bare_level_reached_from_an_amount_takes_its_currency() -> None:
    amounts = extract("价格从8000美元涨到了1.2万。").amounts
    assert [(m.text, m.value, m.currency) for m in amounts] == [
        ("8000美元", Decimal("8000"), "USD"),
        ("1.2万", Decimal("12000"), "USD"),
    ]
