"""Every data file loads, and tables keyed by their first column have no duplicate keys."""

from __future__ import annotations

from importlib import resources

import pytest

from extractor._resources import read_json, read_map, read_rows

TSV = sorted(p.name for p in resources.files("extractor").joinpath("resources").iterdir() if p.name.endswith(".tsv"))
KEYED = {"currencies.tsv": 4, "qualifiers.tsv": 3, "measure_words.tsv": 2, "digits.tsv": 3, "normalize.tsv": 3,
         "metrics.tsv": 2, "change_words.tsv": 3, "boilerplate.tsv": 2}  # fmt: skip


@pytest.mark.parametrize("name", TSV)
def test_tsv_loads_with_a_header(name: str) -> None:
    text = resources.files("extractor").joinpath("resources").joinpath(name).read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name} needs a header saying where it comes from"
    assert read_rows(name, 8)


@pytest.mark.parametrize("name", sorted(KEYED))
def test_keyed_tables_have_unique_keys(name: str) -> None:
    assert read_map(name, KEYED[name])


def test_money_triggers_are_unique_per_position() -> None:
    rows = read_rows("money_triggers.tsv", 2)
    assert len(rows) == len(set(rows))


@pytest.mark.parametrize("name", ["schema.json", "gold.schema.json"])
def test_json_resources_load(name: str) -> None:
    assert read_json(name)["$schema"].startswith("https://json-schema.org/")
