"""The tokenizer stage: both backends use jieba's dictionary and ours, and tile the text."""

from __future__ import annotations

import pytest
import spacy

from extractor.tokenizer import JiebaTokenizer, cut, tag

SENTENCE = "今年1-3季度，道里区国民生产总值完成４９４.３亿元，增长8%。"


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_words_tile_the_normalised_text(backend: str) -> None:
    words = cut("道里区国民生产总值完成494.3亿元", backend)  # type: ignore[arg-type]
    assert "".join(words) == "道里区国民生产总值完成494.3亿元"
    assert "国民生产总值" in words  # from our user dictionary


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_doc_text_is_the_input(backend: str) -> None:
    nlp = spacy.blank("zh")
    doc = JiebaTokenizer(nlp.vocab, backend)(SENTENCE)  # type: ignore[arg-type]
    assert doc.text == SENTENCE
    assert doc._.exr_normalized == "今年1-3季度,道里区国民生产总值完成494.3亿元,增长8%。"


def test_both_backends_tag_alike() -> None:
    assert tag("道里区国民生产总值完成", "rjieba") == tag("道里区国民生产总值完成", "jieba")
