"""Training and evaluation of the extractor's statistical NER model.

The model is a character-tokenized spaCy pipeline (``spacy.blank("zh")`` with the
``char`` segmenter) with one transition-based ``ner`` component and a small
hash-embedding CNN, trained from scratch on CLUENER2020 train and BosonNLP. The
spaCy config is ``extractor/resources/ner.cfg``; the label mapping from the source
datasets to our five labels is ``extractor/resources/ner_labels.tsv``.

The corpora are read from a directory given at run time (the shared corpus
``ner/`` folder); nothing is downloaded. CLUENER2020 ``dev.json`` is only used by
:func:`evaluate_cluener`; the dev set used during training (to pick the best
checkpoint) is a seeded 5% hold-out of the training sentences.

Command line::

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python -m extractor.ner_train \\
        --corpus /path/to/corpus/ner --gold gold --gold-corpus /path/to/regional_news.jsonl \\
        --output extractor/models/ner --seed 0
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import math
import random
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as spacy_train
from spacy.util import filter_spans, load_config

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR / "resources"
LABELS_PATH = RESOURCES_DIR / "ner_labels.tsv"
CONFIG_PATH = RESOURCES_DIR / "ner.cfg"
MODEL_DIR = PACKAGE_DIR / "models" / "ner"

OUR_LABELS: tuple[str, ...] = ("COMPANY", "ORG", "PERSON", "TITLE", "PLACE")
CLUENER_LABELS: tuple[str, ...] = (
    "company",
    "government",
    "organization",
    "name",
    "position",
    "address",
)

CLUENER_TRAIN = Path("cluener2020") / "train.json"
CLUENER_DEV = Path("cluener2020") / "dev.json"
BOSON_FILE = Path("boson") / "boson.txt"

SpanTuple = tuple[int, int, str]
Example = tuple[str, list[SpanTuple]]
# A training sentence: text, entity spans, character ranges left unannotated.
TrainExample = tuple[str, list[SpanTuple], list[tuple[int, int]]]

# A sentence ends after a run of 。！？ plus any closing quotes/brackets.
_SENTENCE_END = re.compile(r"[。！？]+[”’」』）)]*")
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def load_label_map(path: Path = LABELS_PATH) -> dict[tuple[str, str], str]:
    """Read ``(dataset, source_label) -> our label`` from the TSV label file.

    Lines starting with ``#`` (the file's header comment) and blank lines are
    skipped. Duplicate keys and labels outside :data:`OUR_LABELS` are errors.
    """
    mapping: dict[tuple[str, str], str] = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = [field.strip() for field in raw.split("\t")]
        if len(fields) != 3:
            raise ValueError(f"{path}:{lineno}: expected 3 tab-separated fields")
        dataset, source, ours = fields
        if ours not in OUR_LABELS:
            raise ValueError(f"{path}:{lineno}: unknown label {ours!r}")
        key = (dataset, source)
        if key in mapping:
            raise ValueError(f"{path}:{lineno}: duplicate key {key!r}")
        mapping[key] = ours
    return mapping


LABEL_MAP: dict[tuple[str, str], str] = load_label_map()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clean_spans(text: str, spans: Iterable[SpanTuple]) -> list[SpanTuple]:
    """Trim whitespace, drop empty or out-of-range spans, dedupe and sort."""
    out: set[SpanTuple] = set()
    for start, end, label in spans:
        if start < 0 or end > len(text):
            continue
        start, end = _trim(text, start, end)
        if start < end:
            out.add((start, end, label))
    return sorted(out)


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file, blank lines skipped."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_cluener_raw(path: Path) -> Iterator[Example]:
    """Yield ``(text, spans)`` from a CLUENER2020 file with the ORIGINAL labels.

    Offsets are converted to end-exclusive character offsets.
    """
    for record in _json_lines(path):
        text: str = record["text"]
        spans: list[SpanTuple] = []
        for label, surfaces in record.get("label", {}).items():
            for positions in surfaces.values():
                for start, end_inclusive in positions:
                    spans.append((int(start), int(end_inclusive) + 1, label))
        yield text, _clean_spans(text, spans)


def read_cluener(path: Path, label_map: Mapping[tuple[str, str], str] = LABEL_MAP) -> Iterator[Example]:
    """Yield ``(text, spans)`` from CLUENER2020 with labels mapped to ours.

    Spans are ``(start, end_exclusive, label)``; unmapped labels are dropped.
    """
    for text, spans in read_cluener_raw(path):
        mapped = [
            (start, end, label_map[("cluener", label)])
            for start, end, label in spans
            if ("cluener", label) in label_map
        ]
        yield text, _clean_spans(text, mapped)


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Split ``text`` after 。！？ (and trailing closing quotes) into bounds."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def read_boson(
    path: Path,
    label_map: Mapping[tuple[str, str], str] = LABEL_MAP,
    *,
    split_sentences: bool = True,
) -> Iterator[Example]:
    """Yield ``(text, spans)`` from the BosonNLP JSONL file, labels mapped to ours.

    With ``split_sentences`` each paragraph is cut into sentences on 。！？ and
    entity offsets are shifted into the sentence; an entity that crosses a
    sentence boundary is skipped. Sentences are stripped of outer whitespace;
    whitespace-only pieces are skipped.
    """
    crossing = 0
    for record in _json_lines(path):
        text: str = record["text"]
        spans: list[SpanTuple] = []
        for entity in record.get("entity_list", []):
            key = ("boson", entity["entity_type"])
            if key not in label_map:
                continue
            index = entity["entity_index"]
            spans.append((int(index["begin"]), int(index["end"]), label_map[key]))
        spans = _clean_spans(text, spans)
        bounds = _sentence_bounds(text) if split_sentences else [(0, len(text))]
        used = 0
        for sent_start, sent_end in bounds:
            start, end = _trim(text, sent_start, sent_end)
            if start >= end:
                continue
            inside = [(s - start, e - start, label) for s, e, label in spans if s >= start and e <= end]
            used += len(inside)
            yield text[start:end], inside
        crossing += len(spans) - used
    if crossing:
        logger.info("boson: skipped %d entities crossing sentence bounds", crossing)


# Gold fields → model labels; projects have no model label (their text stays unlabelled).
GOLD_LABELS = {"companies": "COMPANY", "organizations": "ORG", "persons": "PERSON", "places": "PLACE"}


def read_gold(gold_dir: Path, corpus: Path, repo_root: Path = PACKAGE_DIR.parent) -> Iterator[Example]:
    """Sentences of the gold ``dev`` articles with every occurrence of each gold name.

    Gold lists each distinct name once (at its first occurrence), so every occurrence of
    the name in the article body is labelled; a name inside a longer one yields to it.
    Only the dev split is read: the test split stays unseen.
    """
    from .gold import gold_texts, load_gold

    for doc, text in gold_texts(load_gold(gold_dir, "dev"), corpus, repo_root):
        start, end = doc.body
        spans: list[SpanTuple] = []
        for field, label in GOLD_LABELS.items():
            for name in {str(m["text"]) for m in doc.mentions[field]}:
                at = text.find(name, start, end)
                while at >= 0:
                    spans.append((at, at + len(name), label))
                    at = text.find(name, at + 1, end)
        spans = _longest_first(spans)
        for low, high in _sentence_bounds(text[start:end]):
            low, high = low + start, high + start
            inside = [(s - low, e - low, label) for s, e, label in spans if s >= low and e <= high]
            if text[low:high].strip():
                yield text[low:high], inside


def _longest_first(spans: list[SpanTuple]) -> list[SpanTuple]:
    """Non-overlapping spans, a longer one winning over those it overlaps (深圳 in 深圳华强)."""
    kept: list[SpanTuple] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if not any(span[0] < e and s < span[1] for s, e, _ in kept):
            kept.append(span)
    return sorted(kept)


def make_doc(
    nlp: Language,
    text: str,
    spans: Iterable[SpanTuple],
    missing: Iterable[tuple[int, int]] = (),
) -> tuple[Doc, int]:
    """Build a gold ``Doc``; return it and the number of spans that were skipped.

    A span is skipped when it does not align with the tokenizer or overlaps a
    longer span. ``missing`` character ranges (that overlap no entity) are marked
    as unannotated rather than outside: the model gets no signal there.
    """
    doc = nlp.make_doc(text)
    ents: list[Span] = []
    skipped = 0
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label)
        if span is None:
            skipped += 1
        else:
            ents.append(span)
    kept = filter_spans(ents)
    skipped += len(ents) - len(kept)
    unknown: list[Span] = []
    for start, end in missing:
        span = doc.char_span(start, end)
        if span is not None and not any(span.start < ent.end and ent.start < span.end for ent in kept):
            unknown.append(span)
    doc.set_ents(kept, missing=filter_spans(unknown), default="outside")
    return doc, skipped


def title_pattern(examples: Iterable[Example], min_len: int = 2) -> re.Pattern[str] | None:
    """A regex matching every TITLE surface (of ``min_len``+ chars) in ``examples``."""
    surfaces = {
        text[start:end]
        for text, spans in examples
        for start, end, label in spans
        if label == "TITLE" and end - start >= min_len
    }
    if not surfaces:
        return None
    ordered = sorted(surfaces, key=lambda surface: (-len(surface), surface))
    return re.compile("|".join(map(re.escape, ordered)))


def unlabelled_mentions(text: str, spans: Iterable[SpanTuple], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Matches of ``pattern`` in ``text`` that overlap none of ``spans``."""
    taken = list(spans)
    return [
        (match.start(), match.end())
        for match in pattern.finditer(text)
        if not any(start < match.end() and match.start() < end for start, end, _ in taken)
    ]


def collect_training_examples(
    corpus_dir: Path,
    *,
    cluener_only: bool = False,
    mask_boson_titles: bool = True,
    gold: tuple[Path, Path] | None = None,
) -> list[TrainExample]:
    """All training sentences: CLUENER2020 train, plus BosonNLP unless ``cluener_only``.

    BosonNLP has no position/title label, so its text has unlabelled titles
    (记者, 董事长, 市委书记 ...) that would teach the model that titles are not
    entities. With ``mask_boson_titles`` the boson occurrences of CLUENER train
    TITLE surfaces are marked as missing annotation (not as TITLE, not as O).
    """
    cluener = list(read_cluener(corpus_dir / CLUENER_TRAIN))
    logger.info("cluener train: %d sentences", len(cluener))
    examples: list[TrainExample] = [(text, spans, []) for text, spans in cluener]
    if not cluener_only:
        pattern = title_pattern(cluener) if mask_boson_titles else None
        masked = 0
        for text, spans in read_boson(corpus_dir / BOSON_FILE):
            missing = [] if pattern is None else unlabelled_mentions(text, spans, pattern)
            masked += len(missing)
            examples.append((text, spans, missing))
        logger.info(
            "boson: %d sentences, %d title mentions marked missing",
            len(examples) - len(cluener),
            masked,
        )
    if gold is not None:  # regional news: titles are unlabelled there too, so masked like boson's
        pattern = title_pattern(cluener)
        sentences = list(read_gold(*gold))
        for text, spans in sentences:
            examples.append((text, spans, [] if pattern is None else unlabelled_mentions(text, spans, pattern)))
        logger.info("gold dev: %d sentences", len(sentences))
    return examples


def split_examples(
    examples: list[TrainExample], *, seed: int, dev_fraction: float = 0.05
) -> tuple[list[TrainExample], list[TrainExample]]:
    """Seeded shuffle, then hold out ``dev_fraction`` of the examples as dev."""
    shuffled = list(examples)
    random.Random(seed).shuffle(shuffled)
    n_dev = max(1, math.ceil(len(shuffled) * dev_fraction))
    return shuffled[n_dev:], shuffled[:n_dev]


def write_docbin(nlp: Language, examples: Iterable[TrainExample], path: Path) -> int:
    """Write ``examples`` as a DocBin; return the number of docs written."""
    doc_bin = DocBin(store_user_data=False)
    skipped = 0
    count = 0
    for text, spans, missing in examples:
        doc, n_skipped = make_doc(nlp, text, spans, missing)
        skipped += n_skipped
        doc_bin.add(doc)
        count += 1
    doc_bin.to_disk(path)
    logger.info("%s: %d docs, %d spans skipped (misaligned/overlap)", path.name, count, skipped)
    return count


class _LogStream(io.StringIO):
    """A text stream that sends each complete line to the module logger."""

    def __init__(self) -> None:
        super().__init__()
        self._pending = ""

    def write(self, s: str) -> int:
        self._pending += s
        while "\n" in self._pending:
            line, self._pending = self._pending.split("\n", 1)
            line = _ANSI_ESCAPE.sub("", line).rstrip()
            if line.strip():
                logger.info("%s", line)
        return len(s)


def _flatten_scores(performance: Mapping[str, Any]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for key in ("ents_p", "ents_r", "ents_f"):
        value = performance.get(key)
        if isinstance(value, (int, float)):
            scores[key] = float(value)
    per_type = performance.get("ents_per_type") or {}
    for label, values in per_type.items():
        for metric, value in values.items():
            scores[f"{label}_{metric}"] = float(value)
    return scores


def _clean_model_dir(model_dir: Path) -> None:
    """Drop the temp-dir corpus paths from the saved config (they are gone)."""
    config_path = model_dir / "config.cfg"
    config = load_config(config_path, interpolate=False)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config.to_disk(config_path)


def train_ner(
    corpus_dir: Path,
    output_dir: Path,
    *,
    seed: int = 0,
    max_epochs: int = 12,
    cluener_only: bool = False,
    mask_boson_titles: bool = True,
    config_path: Path = CONFIG_PATH,
    overrides: Mapping[str, Any] | None = None,
    dev_fraction: float = 0.05,
    gold: tuple[Path, Path] | None = None,
) -> dict[str, float]:
    """Train the NER model and write the best checkpoint to ``output_dir``.

    Returns the scores of that checkpoint on the held-out training-time dev set
    (``ents_p``/``ents_r``/``ents_f`` and ``<LABEL>_p``/``_r``/``_f``, in 0..1).
    """
    started = time.perf_counter()
    examples = collect_training_examples(
        corpus_dir, cluener_only=cluener_only, mask_boson_titles=mask_boson_titles, gold=gold
    )
    train_examples, dev_examples = split_examples(examples, seed=seed, dev_fraction=dev_fraction)
    all_overrides: dict[str, Any] = {
        "system.seed": seed,
        "training.max_epochs": max_epochs,
    }
    all_overrides.update(overrides or {})
    with tempfile.TemporaryDirectory(prefix="ner_train_") as tmp:
        tmp_dir = Path(tmp)
        blank = spacy.blank("zh")
        write_docbin(blank, train_examples, tmp_dir / "train.spacy")
        write_docbin(blank, dev_examples, tmp_dir / "dev.spacy")
        all_overrides["paths.train"] = str(tmp_dir / "train.spacy")
        all_overrides["paths.dev"] = str(tmp_dir / "dev.spacy")
        config = load_config(config_path, overrides=all_overrides, interpolate=False)
        nlp = init_nlp(config, use_gpu=-1)
        stream = _LogStream()
        (tmp_dir / "out").mkdir()
        spacy_train(nlp, tmp_dir / "out", use_gpu=-1, stdout=stream, stderr=stream)
        best = tmp_dir / "out" / "model-best"
        if output_dir.exists():
            shutil.rmtree(output_dir)
        output_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(best, output_dir)
    _clean_model_dir(output_dir)
    meta_path = output_dir / "meta.json"
    meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "extractor_ner",
            "description": (
                "Char-level NER (COMPANY, ORG, PERSON, TITLE, PLACE) trained from "
                "scratch on CLUENER2020 train"
                + ("" if cluener_only else " + BosonNLP")
                + ("" if gold is None else " + the gold dev split")
                + f"; seed {seed}, max_epochs {max_epochs}. "
                "Scores are on a 5% hold-out of the training data."
            ),
        }
    )
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    scores = _flatten_scores(meta.get("performance", {}))
    logger.info("training done in %.1f s; dev scores %s", time.perf_counter() - started, scores)
    return scores


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "p": precision,
        "r": recall,
        "f": f1,
        "tp": float(tp),
        "n_pred": float(n_pred),
        "n_gold": float(n_gold),
    }


def evaluate_cluener(model_dir: Path, dev_path: Path) -> dict[str, dict[str, float]]:
    """Score the model on CLUENER2020 dev (exact span and label match).

    Returns, keyed by name, dicts with ``p``, ``r``, ``f`` (0..1) and counts:

    * one entry per OUR label (gold mapped through :data:`LABEL_MAP`; labels we
      drop, e.g. book or scene, are not gold, so predicting them counts as a
      false positive);
    * ``"overall"``: micro average over our five labels;
    * ``"cluener:<label>"`` for each original CLUENER label: RECALL ONLY (``r``:
      the gold span was predicted with its mapped label; ``r_span``: the gold
      span boundaries were predicted with any label). Precision is not defined
      per original label for ``government``/``organization`` because the model
      predicts one ORG label for both; for the 1:1 labels (company, name,
      position, address) precision equals that of the mapped label.
    """
    nlp = spacy.load(model_dir)
    data = list(read_cluener_raw(dev_path))
    tp = dict.fromkeys(OUR_LABELS, 0)
    n_pred = dict.fromkeys(OUR_LABELS, 0)
    n_gold = dict.fromkeys(OUR_LABELS, 0)
    orig_gold = dict.fromkeys(CLUENER_LABELS, 0)
    orig_hit = dict.fromkeys(CLUENER_LABELS, 0)
    orig_span_hit = dict.fromkeys(CLUENER_LABELS, 0)
    texts = (text for text, _ in data)
    for (_, raw_spans), doc in zip(data, nlp.pipe(texts, batch_size=256), strict=True):
        pred = {(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents}
        pred_bounds = {(start, end) for start, end, _ in pred}
        gold: set[SpanTuple] = set()
        for start, end, label in raw_spans:
            mapped = LABEL_MAP.get(("cluener", label))
            if mapped is None:
                continue
            gold.add((start, end, mapped))
            orig_gold[label] += 1
            orig_hit[label] += (start, end, mapped) in pred
            orig_span_hit[label] += (start, end) in pred_bounds
        for label in OUR_LABELS:
            gold_l = {span for span in gold if span[2] == label}
            pred_l = {span for span in pred if span[2] == label}
            tp[label] += len(gold_l & pred_l)
            n_pred[label] += len(pred_l)
            n_gold[label] += len(gold_l)
    results: dict[str, dict[str, float]] = {
        label: _prf(tp[label], n_pred[label], n_gold[label]) for label in OUR_LABELS
    }
    results["overall"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    for label in CLUENER_LABELS:
        total = orig_gold[label]
        results[f"cluener:{label}"] = {
            "r": orig_hit[label] / total if total else 0.0,
            "r_span": orig_span_hit[label] / total if total else 0.0,
            "n_gold": float(total),
        }
    return results


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: train, then evaluate on CLUENER2020 dev."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, required=True, help="the shared corpus ner/ dir")
    parser.add_argument("--output", type=Path, default=MODEL_DIR)
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-epochs", type=int, default=12)
    parser.add_argument("--cluener-only", action="store_true")
    parser.add_argument(
        "--no-mask-boson-titles",
        dest="mask_boson_titles",
        action="store_false",
        help="keep boson title mentions as O instead of missing annotation",
    )
    parser.add_argument("--gold", type=Path, help="also train on this gold directory's dev split")
    parser.add_argument("--gold-corpus", type=Path, help="regional_news.jsonl, the gold articles' text")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="SECTION.KEY=JSON",
        help="config override, e.g. components.ner.model.hidden_width=128",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    overrides: dict[str, Any] = {}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value)
    train_ner(
        args.corpus,
        args.output,
        seed=args.seed,
        max_epochs=args.max_epochs,
        cluener_only=args.cluener_only,
        mask_boson_titles=args.mask_boson_titles,
        config_path=args.config,
        overrides=overrides,
        gold=(args.gold, args.gold_corpus) if args.gold and args.gold_corpus else None,
    )
    results = evaluate_cluener(args.output, args.corpus / CLUENER_DEV)
    for name, values in results.items():
        logger.info("cluener dev %s: %s", name, {k: round(v, 4) for k, v in values.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
