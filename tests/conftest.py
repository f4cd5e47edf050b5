from __future__ import annotations

from pathlib import Path

import pytest
import spacy.language

import extractor
from extractor.gold import default_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "daoli-2017-11-30.txt"


@pytest.fixture(scope="session")
def nlp() -> spacy.language.Language:
    return extractor.build_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    path = default_corpus(ROOT)
    if not path.exists():
        pytest.skip(f"corpus text not found at {path}: set EXTRACTOR_CORPUS to regional_news.jsonl")
    return path
