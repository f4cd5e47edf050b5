"""Run the extractor (or a baseline) over the gold articles and score it."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from .gold import gold_texts, load_gold
from .pipeline import extract
from .scoring import Scores

Predictor = Callable[[str], dict[str, list[dict[str, Any]]]]
_NAIVE_MONEY = regex.compile(r"(\d+(\.\d+)?)(亿|万|)元")
_NAIVE_GROWTH = regex.compile(r"增长(\d+(?:\.\d+)?)%")


def predict_extractor(text: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = extract(text).to_dict()
    return out


def predict_naive_regex(text: str) -> dict[str, list[dict[str, Any]]]:
    """The three-line regex baseline: ``(\\d+(\\.\\d+)?)(亿|万|)元`` and ``增长X%``."""
    scale = {"亿": 100000000, "万": 10000, "": 1}
    amounts = [
        {"start": m.start(), "end": m.end(), "text": m.group(0), "currency": "CNY",
         "value": float(m.group(1)) * scale[m.group(3)], "low": None, "high": None}
        for m in _NAIVE_MONEY.finditer(text)
    ]  # fmt: skip
    growth = [
        {"start": m.start(), "end": m.end(), "text": m.group(0), "value": float(m.group(1)),
         "low": None, "high": None, "unit": "percent", "direction": "up"}
        for m in _NAIVE_GROWTH.finditer(text)
    ]  # fmt: skip
    return {"amounts": amounts, "growth": growth}


def _jionlp_number(num: Any) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) from JioNLP's ``detail.num``: a string, or a list/dict for a range."""
    if isinstance(num, list | tuple) and len(num) == 2:
        return None, float(num[0]), float(num[1])
    if isinstance(num, dict):
        return None, float(num.get("low") or 0) or None, float(num.get("high") or 0) or None
    return (float(num) if num is not None else None), None, None


def predict_jionlp(text: str) -> dict[str, list[dict[str, Any]]]:
    """JioNLP's ``ner.extract_money`` (the optional ``bench`` extra)."""
    with contextlib.redirect_stdout(sys.stderr):  # JioNLP prints a banner on import
        import jionlp

    codes = {"元": "CNY", "美元": "USD", "港元": "HKD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP"}
    amounts = []
    for item in jionlp.ner.extract_money(text, with_parsing=True):
        detail = item.get("detail", {})
        value, low, high = _jionlp_number(detail.get("num"))
        start, end = item["offset"]
        amounts.append({"start": start, "end": end, "text": item["text"], "value": value, "low": low, "high": high,
                        "currency": codes.get(detail.get("case", ""), "CNY")})  # fmt: skip
    return {"amounts": amounts}


def predict_extractor_ner(text: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = extract(text, ner=True).to_dict()
    return out


def predict_ner_only(text: str) -> dict[str, list[dict[str, Any]]]:
    """The statistical NER model alone, over the article body (names only)."""
    from .meta import find_meta
    from .ner import model_names
    from .types import Document

    _, (start, end) = find_meta(text)  # the body, as the pipeline's exr_meta finds it
    out: dict[str, list[dict[str, Any]]] = Document(text=text, names=tuple(model_names(text, start, end))).to_dict()
    return out


PREDICTORS: dict[str, Predictor] = {
    "extractor": predict_extractor,
    "extractor+ner": predict_extractor_ner,
    "ner": predict_ner_only,
    "regex": predict_naive_regex,
    "jionlp": predict_jionlp,
}


def evaluate(
    gold_dir: Path, *, split: str | None, corpus: Path | None, repo_root: Path, system: str = "extractor"
) -> tuple[Scores, list[dict[str, Any]]]:
    """Scores of ``system`` on the gold documents, and every error with its sentence."""
    predict = PREDICTORS[system]
    scores, errors = Scores(), []
    for doc, text in gold_texts(load_gold(gold_dir, split), corpus, repo_root):
        for error in scores.add(doc.id, doc.mentions, predict(text)):
            errors.append({**error, "sentence": sentence_at(text, error["start"])})
    return scores, errors


def sentence_at(text: str, position: int) -> str:
    marks = "。！？\n"
    start = max(text.rfind(m, 0, position) for m in marks) + 1
    ends = [i for i in (text.find(m, position) for m in marks) if i >= 0]
    return text[start : (min(ends) + 1 if ends else len(text))].strip()
