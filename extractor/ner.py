"""The statistical NER model, and how its names join the rules' names.

The model (``models/ner``, trained by ``extractor train`` on CLUENER2020 and BosonNLP,
see ``docs/ner.md``) tags characters with COMPANY, ORG, PERSON, PLACE and TITLE.

Policy, chosen on the gold dev split (``docs/ner.md``): the rules decide; the model adds
a company the rules did not find when it names it at least twice in the article and no
rule name overlaps it. Adding the model's other labels, or single mentions, lowered F1
on dev. The model costs about 80 ms per article, so ``exr_ner`` is not in the default
pipeline: ``build_pipeline(components=NER_COMPONENTS)`` or ``extractor extract --ner``.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

from ._scan import overlaps_any
from .types import Name

MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner"
LABELS = {"COMPANY": "company", "ORG": "organization", "PERSON": "person", "PLACE": "place"}
MIN_MENTIONS = 2


@functools.cache
def ner_model() -> Language:
    return spacy.load(MODEL_DIR)


def model_names(text: str, start: int, end: int) -> list[Name]:
    """The model's names in ``text[start:end]``, offsets into ``text``."""
    doc = ner_model()(text[start:end])
    return [
        Name(ent.text, start + ent.start_char, start + ent.end_char, LABELS[ent.label_])
        for ent in doc.ents
        if ent.label_ in LABELS
    ]


def combine(rules: Sequence[Name], model: Sequence[Name]) -> list[Name]:
    """The rules' names, plus the model's repeated companies that no rule name overlaps."""
    spans = sorted((n.start, n.end) for n in rules)
    starts = [s for s, _ in spans]
    reach = max((e - s for s, e in spans), default=0)
    repeated = Counter(n.text for n in model if n.label == "company")
    added = [
        n
        for n in model
        if n.label == "company"
        and repeated[n.text] >= MIN_MENTIONS
        and not overlaps_any(spans, starts, n.start, n.end, reach)
    ]
    return sorted([*rules, *added], key=lambda n: n.start)
