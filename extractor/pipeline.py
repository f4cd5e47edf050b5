"""The spaCy pipeline: our tokenizer and our components, registered by name.

Every component is ``Doc -> Doc``, declares the extension attributes it writes, and
works after any tokenizer (it reads ``doc.text`` and token offsets only), so it can be
added to another project's pipeline: ``nlp.add_pipe("exr_money")``.

Default pipeline: ``exr_meta`` (body and metadata) → ``exr_money`` → ``exr_growth``
(and percentages) → ``exr_counts`` → ``exr_roles`` (what each figure measures, the counts helping) →
``exr_facts`` (period, region, the fact table) → ``exr_checks`` (consistency) →
``exr_names`` (companies, organisations, persons, places, projects). ``exr_ner`` adds the
statistical model's companies (opt-in, slower).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from .checks import run_checks
from .context import Regions
from .counts import find_counts
from .divisions import resolve
from .errors import Errors, InputError
from .facts import build_facts, publication_year, situate
from .growth import find_growth, find_percentages
from .meta import find_meta
from .money import find_money
from .name_links import link_names
from .names import find_names
from .ner import combine, model_names
from .normalize import normalize
from .roles import assign_metrics, percentage_metrics
from .tokenizer import TAGS_KEY, TEXT_KEY, Backend, JiebaTokenizer
from .types import Document, Meta, Name

# A sentence that makes every component load its tables (a division, a company, a figure).
_WARM_UP = "哈尔滨市道里区与华为技术有限公司签约，总投资5亿元，同比增长8%。"

# Figures and their links only: the names stage is most of the cost of a full run.
FIGURE_COMPONENTS = ("exr_meta", "exr_money", "exr_growth", "exr_counts", "exr_roles", "exr_facts", "exr_checks")
DEFAULT_COMPONENTS = (*FIGURE_COMPONENTS, "exr_names")
# With the statistical NER model too (about 80 ms more per article; see ner.py).
NER_COMPONENTS = (*DEFAULT_COMPONENTS, "exr_ner")
MAX_LENGTH = 20_000_000

_EXTENSIONS: dict[str, Any] = {
    "exr_meta": None,
    "exr_body": None,
    "exr_amounts": None,
    "exr_growth": None,
    "exr_percentages": None,
    "exr_counts": None,
    "exr_facts": None,
    "exr_checks": None,
    "exr_names": None,
    "exr_published": None,
}
for _name, _default in _EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy joins every token again on each access."""
    text: str | None = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def normalized_text(doc: Doc) -> str:
    """The normalised text of ``doc`` (computed here if another tokenizer made the doc)."""
    norm: str | None = doc._.exr_normalized
    if norm is None:
        norm = doc._.exr_normalized = normalize(doc_text(doc))
    return norm


_BOUNDS_KEY = "exr_word_bounds"


def token_starts(doc: Doc) -> set[int]:
    """Where the doc's words start, and where the text ends: the offsets where words start
    and end, read once per doc for the money and count stages."""
    bounds: set[int] | None = doc.user_data.get(_BOUNDS_KEY)
    if bounds is None:
        bounds = doc.user_data[_BOUNDS_KEY] = {*doc.to_array("IDX").tolist(), len(doc_text(doc))}
    return bounds


def body_span(doc: Doc) -> tuple[int, int]:
    body: tuple[int, int] | None = doc._.exr_body
    return body if body is not None else (0, len(doc_text(doc)))


@registry.tokenizers("exr_jieba_tokenizer.v1")  # type: ignore[untyped-decorator]  # catalogue is untyped
def create_tokenizer(backend: Backend | None = None) -> Callable[[Language], JiebaTokenizer]:
    def make(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab, backend)

    return make


@Language.component("exr_meta", assigns=["doc._.exr_meta", "doc._.exr_body"])
def meta_component(doc: Doc) -> Doc:
    doc._.exr_meta, doc._.exr_body = find_meta(doc_text(doc))
    return doc


@Language.component("exr_money", assigns=["doc._.exr_amounts"])
def money_component(doc: Doc) -> Doc:
    start, end = body_span(doc)
    found = find_money(doc_text(doc), start, end, normalized=normalized_text(doc), token_starts=token_starts(doc))
    doc._.exr_amounts = list(found)
    return doc


@Language.component("exr_growth", assigns=["doc._.exr_growth", "doc._.exr_percentages"])
def growth_component(doc: Doc) -> Doc:
    start, end = body_span(doc)
    norm = normalized_text(doc)
    text = doc_text(doc)
    doc._.exr_growth = list(find_growth(text, start, end, normalized=norm))
    doc._.exr_percentages = list(find_percentages(text, start, end, normalized=norm, growth=doc._.exr_growth))
    return doc


@Language.component(
    "exr_roles",
    requires=["doc._.exr_amounts"],
    assigns=["doc._.exr_amounts", "doc._.exr_growth", "doc._.exr_percentages"],
)
def roles_component(doc: Doc) -> Doc:
    norm, body = normalized_text(doc), body_span(doc)
    doc._.exr_amounts, doc._.exr_growth = assign_metrics(
        norm, doc._.exr_amounts or [], doc._.exr_growth or [], body, doc._.exr_counts or []
    )
    doc._.exr_percentages = percentage_metrics(norm, doc._.exr_percentages or [], body[0])
    return doc


@Language.component("exr_counts", assigns=["doc._.exr_counts"])
def counts_component(doc: Doc) -> Doc:
    start, end = body_span(doc)
    figures = [*(doc._.exr_amounts or ()), *(doc._.exr_percentages or ()), *(doc._.exr_growth or ())]
    taken = [(f.start, f.end) for f in figures]
    doc._.exr_counts = list(find_counts(doc_text(doc), normalized_text(doc), start, end, taken, token_starts(doc)))
    return doc


@Language.component("exr_facts", assigns=["doc._.exr_growth", "doc._.exr_facts"])
def facts_component(doc: Doc) -> Doc:
    """Period and region for each growth figure, and the fact table."""
    norm, body = normalized_text(doc), body_span(doc)
    meta: Meta | None = doc._.exr_meta
    published = doc._.exr_published or (meta.published if meta else None)
    year, regions = publication_year(published), Regions(norm, body)  # one region table for both
    doc._.exr_growth = situate(norm, doc._.exr_growth or [], body[0], year, regions)
    doc._.exr_facts = build_facts(
        norm, doc._.exr_amounts or [], doc._.exr_growth, body[0], year, regions, doc._.exr_percentages or []
    )
    return doc


@Language.component("exr_checks", requires=["doc._.exr_facts"], assigns=["doc._.exr_checks"])
def checks_component(doc: Doc) -> Doc:
    doc._.exr_checks = run_checks(normalized_text(doc), doc._.exr_amounts or [], doc._.exr_facts or [])
    return doc


@Language.component("exr_names", assigns=["doc._.exr_names"])
def names_component(doc: Doc) -> Doc:
    """Companies, organisations, persons, places and projects, by rule."""
    start, end = body_span(doc)
    amounts = doc._.exr_amounts or []
    tagged = doc.user_data.get(TAGS_KEY)  # absent when another tokenizer made the doc
    names = find_names(doc_text(doc), start, end, normalized=normalized_text(doc), amounts=amounts, tagged=tagged)
    doc._.exr_names = link_names(normalized_text(doc), with_divisions(names))
    return doc


@Language.component("exr_ner", requires=["doc._.exr_names"], assigns=["doc._.exr_names"])
def ner_component(doc: Doc) -> Doc:
    """The statistical model's repeated companies, added to the rules' names (``ner.py``)."""
    start, end = body_span(doc)
    doc._.exr_names = combine(doc._.exr_names or [], model_names(doc_text(doc), start, end))
    return doc


def with_divisions(names: list[Name]) -> list[Name]:
    """Places with their administrative level, code and parent, where the division data
    (the ``places`` extra) resolves them; the other places of the article are the context."""
    places = sorted({n.text for n in names if n.label == "place"})
    found = {place: resolve(place, places) for place in places}
    return [
        dataclasses.replace(n, level=d.level, code=d.code, parent=d.parent)
        if n.label == "place" and (d := found[n.text]) is not None
        else n
        for n in names
    ]


def build_pipeline(backend: Backend | None = None, components: Iterable[str] = DEFAULT_COMPONENTS) -> Language:
    """A blank Chinese ``Language`` with our tokenizer and the named components."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "exr_jieba_tokenizer.v1", "backend": backend}}}
    nlp = spacy.blank("zh", config=config)
    nlp.max_length = MAX_LENGTH
    for name in components:
        nlp.add_pipe(name)
    return nlp


def default_pipeline(ner: bool = False) -> Language:
    """The shared pipeline behind ``extract``. Once it is loaded, the objects that live as
    long as the process (jieba's dictionary, spaCy's vocabulary, our tables) are moved out
    of the garbage collector's generations (``gc.freeze``; ``gc.unfreeze`` undoes it), so
    that collections during a batch stop rescanning them (about 10 % less CPU in a batch)."""
    return _loaded(bool(ner))  # one pipeline per kind, however it is asked for: (), (False), (ner=False)


@functools.cache
def _loaded(ner: bool) -> Language:
    nlp = build_pipeline(components=NER_COMPONENTS if ner else DEFAULT_COMPONENTS)
    nlp(_WARM_UP)  # load jieba's dictionary and every table now, before the freeze
    gc.collect()  # garbage already unreachable is freed, not frozen
    gc.freeze()
    return nlp


def to_document(doc: Doc, *, id: str | None = None, published: str | None = None) -> Document:
    """The result object for a processed ``Doc``."""
    meta: Meta = doc._.exr_meta or Meta()
    if published is not None:
        meta = Meta(title=meta.title, published=published, source=meta.source, editors=meta.editors)
    return Document(
        text=doc_text(doc),
        id=id,
        meta=meta,
        body=body_span(doc),
        amounts=tuple(doc._.exr_amounts or ()),
        growth=tuple(doc._.exr_growth or ()),
        percentages=tuple(doc._.exr_percentages or ()),
        counts=tuple(doc._.exr_counts or ()),
        facts=tuple(doc._.exr_facts or ()),
        checks=tuple(doc._.exr_checks or ()),
        names=tuple(doc._.exr_names or ()),
    )


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise InputError(Errors.E001.format(type=type(text).__name__))
    if len(text) > MAX_LENGTH:
        raise InputError(Errors.E005.format(size=len(text), limit=MAX_LENGTH))
    return text


class _Vocabulary:
    """How long the words of an article stay in spaCy's vocabulary.

    The words of a process's first ``lasting`` articles stay for good: the common words,
    looked up fast from then on. The words of later articles are freed when the article
    is done (``Language.memory_zone``), so that a run over millions of articles, each with
    figures and names never seen before, keeps a flat memory.
    """

    def __init__(self, lasting: int) -> None:
        self.lasting, self.seen = lasting, 0

    def zone(self, nlp: Language, articles: int = 1) -> contextlib.AbstractContextManager[Any]:
        self.seen += articles
        return contextlib.nullcontext() if self.seen <= self.lasting else nlp.memory_zone()


VOCABULARY = _Vocabulary(lasting=2000)


def extract(text: str, *, published: str | None = None, id: str | None = None, ner: bool = False) -> Document:
    """Extract every figure from one article. Text without figures gives empty lists.

    ``published`` (ISO date) resolves relative periods (今年) when the text has no date line;
    ``ner`` adds the statistical model's companies to the rules' names (slower).
    """
    if not isinstance(published, str | None):
        raise InputError(Errors.E013.format(type=type(published).__name__))
    nlp = default_pipeline(ner)
    with VOCABULARY.zone(nlp):
        doc = nlp.make_doc(_check(text))
        doc._.exr_published = published
        for _, component in nlp.pipeline:
            doc = component(doc)
        return to_document(doc, id=id, published=published)


def extract_many(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[Document]:
    """Extract from many texts, streaming; results come in input order."""
    nlp, remaining = default_pipeline(), iter(texts)
    while batch := list(itertools.islice(remaining, batch_size)):
        with VOCABULARY.zone(nlp, len(batch)):
            documents = [to_document(doc) for doc in nlp.pipe((_check(text) for text in batch), batch_size=batch_size)]
        yield from documents
