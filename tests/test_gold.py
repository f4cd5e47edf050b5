"""Gold data integrity, the scorer, and the accuracy floors (raise a floor when the score rises)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import extractor
from extractor.evaluate import evaluate
from extractor.gold import FIELDS, gold_texts, load_gold
from extractor.scoring import score_field

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"

# Strict F1 floors per split and field, measured on the commit that set them. The test
# projects floor was lowered from 0.40 to 0.38 when list and figure rules tuned on dev
# (dev projects 0.538 -> 0.583) cost one of the 43 test projects (0.400 -> 0.381). The dev
# floors for companies, organisations, persons and projects were re-based when the fourth
# gold batch (four company-heavy articles) joined dev: the same rules scored companies
# 0.850 -> 0.817, organisations 0.941 -> 0.934, persons 0.960 -> 0.958, projects 0.583 -> 0.578;
# and again when its last four articles joined: companies 0.854 -> 0.825, organisations
# 0.937 -> 0.9196, projects 0.601 -> 0.592 (persons 0.969 -> 0.960, places 0.882 -> 0.881);
# and when the fifth batch (eight project-heavy articles) joined: organisations 0.928 ->
# 0.907, persons 0.967 -> 0.956, places 0.886 -> 0.874, amount links 0.801 -> 0.792; and
# when the sixth (eight random articles) joined: growth 0.982 -> 0.979, amount links 0.790
# -> 0.783, growth metric links 0.909 -> 0.893 (the other fields' floors rose with rules);
# and when the seventh (eight more random articles) joined: amounts 0.984 -> 0.979,
# companies 0.869 -> 0.858, projects 0.648 -> 0.639; and when the eighth (eight more random
# articles) joined: organisations 0.925 -> 0.916, amount links 0.784 -> 0.777; and when the
# ninth (eight more random articles) joined: places 0.892 -> 0.888, amount links 0.773 ->
# 0.761, growth metric links 0.890 -> 0.887; and when the tenth (eight more random articles)
# joined: growth 0.979 -> 0.968, companies 0.851 -> 0.828, organisations 0.926 -> 0.912,
# persons 0.961 -> 0.957, amount links 0.761 -> 0.730, growth metric links 0.887 -> 0.868;
# and when the eleventh (eight more random articles) joined: organisations 0.912 -> 0.883,
# persons 0.957 -> 0.944; and when the twelfth (eight more random articles) joined:
# amount links 0.721 -> 0.712; and when the thirteenth (the last 10 filtered articles) joined:
# companies 0.826 -> 0.820, organisations 0.887 -> 0.878, persons 0.951 -> 0.950, amount
# links 0.712 -> 0.710; and when the fifteenth (the last 15 filtered articles of 2,500 to
# 4,100 characters) joined: amounts 0.985 -> 0.982, growth 0.967 -> 0.951, companies 0.845
# -> 0.826, organisations 0.908 -> 0.886, persons 0.955 -> 0.940, places 0.900 -> 0.893,
# projects 0.656 -> 0.636, amount links 0.719 -> 0.702, growth metric links 0.873 -> 0.843;
# and when the sixteenth (the ten long pages) joined: amounts 0.986 -> 0.984, growth 0.960
# -> 0.953, companies 0.843 -> 0.820, organisations 0.901 -> 0.890, persons 0.951 -> 0.932,
# places 0.898 -> 0.897, projects 0.639 -> 0.618, growth metric links 0.878 -> 0.842.
# The test companies floor went back from 0.68 to 0.67 when the known multinationals (丰田,
# 力拓, 伊藤忠 ...) raised dev companies 0.867 -> 0.868 and persons 0.973 -> 0.976 but cost
# test companies 0.681 -> 0.677 (one name); the rules follow dev. The test projects floor
# went from 0.39 to 0.38 when named expressways and high-speed lines (京唐高铁, 涿密高速路)
# raised dev projects 0.646 -> 0.651 but cost one test project (0.391 -> 0.386). The dev
# growth-metric link floor went from 0.86 to 0.85 when comparisons in percent (比预期低3%,
# 节省70%) were found: more figures matched, and their metrics are often wrong (0.863 -> 0.859).
# The test floors were re-based when the fourteenth batch (16 longer articles, drawn at
# random, labelled for the test split only) joined it: on the same code the test split went
# from 16 to 32 articles and growth 0.873 -> 0.930, companies 0.780 -> 0.740, organisations
# 0.761 -> 0.762, persons 0.941 -> 0.911, places 0.864 -> 0.843, projects 0.386 -> 0.362,
# amount links 0.802 -> 0.752, growth metric links 0.742 -> 0.756.
# The test persons floor went from 0.92 to 0.915 when person rules written from dev and
# from general texts (老板 and 股东 as titles, forms of address such as 师傅, dotted and
# spaced names) raised dev persons 0.972 -> 0.977 but cost test persons 0.922 -> 0.918;
# the rules follow dev.
# The test growth floor went from 0.95 to 0.945 when comparisons naming a longer object
# (高出工业生产者出厂价格指数4个百分点, 超过承诺10个百分点) and changes by half (减少一半, 折损一半)
# raised dev growth 0.982 -> 0.987 but cost test growth 0.951 -> 0.946, measured once on
# merging; the rules follow dev.
FLOORS = {
    "dev": {"amounts": 0.995, "growth": 0.985, "companies": 0.875, "organizations": 0.94, "persons": 0.975,
            "places": 0.925, "projects": 0.78},
    "test": {"amounts": 0.97, "growth": 0.945, "companies": 0.755, "organizations": 0.775, "persons": 0.925,
             "places": 0.86, "projects": 0.41},
}  # fmt: skip


def test_split_sizes() -> None:
    assert len(load_gold(GOLD, "dev")) >= 171
    assert len(load_gold(GOLD, "test")) >= 32
    dev_ids = {d.id for d in load_gold(GOLD, "dev")}
    assert not dev_ids & {d.id for d in load_gold(GOLD, "test")}


def test_every_mention_is_at_its_offsets(corpus_path: Path) -> None:
    for doc, text in gold_texts(load_gold(GOLD), corpus_path, ROOT):
        for field in FIELDS:
            for mention in doc.mentions[field]:
                assert text[mention["start"] : mention["end"]] == mention["text"], (doc.id, field, mention)
                assert doc.body[0] <= mention["start"] < mention["end"] <= doc.body[1]


def test_gold_money_values_parse_back(corpus_path: Path) -> None:
    """The parser agrees with gold on every money surface it accepts at all."""
    disagreements = []
    for doc, _ in gold_texts(load_gold(GOLD, "dev"), corpus_path, ROOT):
        for mention in doc.mentions["amounts"]:
            parsed = extractor.parse_money(mention["text"])
            if parsed is None or parsed.value is None or mention["value"] is None:
                continue
            if parsed.value != Decimal(str(mention["value"])) and mention["currency"] == parsed.currency:
                disagreements.append((doc.id, mention["text"], mention["value"], parsed.value))
    assert disagreements == []


def test_scorer_strict_and_lenient() -> None:
    gold = [{"start": 0, "end": 5, "text": "300亿元", "value": 30000000000, "currency": "CNY"}]
    shifted = [{"start": 1, "end": 5, "text": "00亿元", "value": 30000000000, "currency": "CNY"}]
    result = score_field("amounts", gold, shifted)
    assert (result.strict.f1, result.lenient.f1) == (0.0, 1.0)
    wrong_value = [{**gold[0], "value": 3000000000}]
    assert score_field("amounts", gold, wrong_value).lenient.f1 == 0.0


def test_scorer_names_are_sets() -> None:
    gold = [{"text": "深圳市", "start": 0, "end": 3}]
    pred = [{"text": "深圳市", "start": 0, "end": 3}, {"text": "深圳市", "start": 9, "end": 12}]
    assert score_field("places", gold, pred).strict.f1 == 1.0


@pytest.mark.parametrize("split", ["dev", "test"])
def test_f1_floors(split: str, corpus_path: Path) -> None:
    scores, _ = evaluate(GOLD, split=split, corpus=corpus_path, repo_root=ROOT)
    measured = {name: scores.fields[name].strict.f1 for name in FLOORS[split]}
    below = {name: (round(f1, 3), FLOORS[split][name]) for name, f1 in measured.items() if f1 < FLOORS[split][name]}
    assert below == {}


# Link accuracy floors (lenient: the predicted metric or role contains the gold one or is
# contained in it), on strictly matched figures whose gold link is set. The dev money-role
# floor was re-based with the fourth gold batch (0.826 -> 0.802 on the same rules).
# The test growth-metric floor went from 0.75 to 0.74 when changes written as fractions
# (锐减三分之一, 缩水了三分之二) were found: test growth rose 0.930 -> 0.935, and the metric
# of the figure it gained is not the gold one (links 0.756 -> 0.747); the rules follow dev.
# The metric rules that came next (comparisons with earlier times, rates as their own
# metric) raised it to 0.793 and the floor to 0.79; the subjects that open a clause and the
# measures listed before 分别 to 0.816 and 0.81. The test money-role floor went from 0.83 to
# 0.82 when bare figures that repeat an amount of the article (a heading's 7000亿？) were
# found: test amounts rose 0.965 -> 0.969, and the amount gained has no role from its
# context (links 0.835 -> 0.828); on dev the roles they take from the amount they repeat
# raised links 0.788 -> 0.798. The link words of reaching and paying (增至, 按照, 以…收购),
# verbs that name what they take (增资, 认购) and lists that share a role raised them to
# 0.832 dev and 0.840 test.
# The dev growth-metric floor went from 0.93 to 0.925 when comparisons naming a longer
# object were found (高出食品市场平均增长率20个百分点): four more figures matched, two of them
# with a wrong metric (0.930 -> 0.927).
LINK_FLOORS = {"dev": {"amounts": 0.86, "growth": 0.925}, "test": {"amounts": 0.855, "growth": 0.86}}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_link_floors(split: str, corpus_path: Path) -> None:
    scores, _ = evaluate(GOLD, split=split, corpus=corpus_path, repo_root=ROOT)
    measured = {name: scores.fields[name].link.lenient for name in LINK_FLOORS[split]}
    below = {n: (round(v, 3), LINK_FLOORS[split][n]) for n, v in measured.items() if v < LINK_FLOORS[split][n]}
    assert below == {}


def test_we_beat_the_naive_regex(corpus_path: Path) -> None:
    ours, _ = evaluate(GOLD, split="dev", corpus=corpus_path, repo_root=ROOT)
    naive, _ = evaluate(GOLD, split="dev", corpus=corpus_path, repo_root=ROOT, system="regex")
    assert ours.fields["amounts"].strict.f1 > naive.fields["amounts"].strict.f1 + 0.1


def test_model_only_system_scores_names_only(corpus_path: Path) -> None:
    scores, _ = evaluate(GOLD, split="test", corpus=corpus_path, repo_root=ROOT, system="ner")
    assert scores.fields["amounts"].strict.tp == 0
    assert scores.fields["persons"].strict.f1 > 0.5  # the model alone: 0.763 when this was written
