"""Print the NER model's CLUENER2020 dev scores as markdown tables.

Usage:
    python scripts/eval_cluener.py [--model extractor/models/ner]
        [--dev ../shared/corpus/ner/cluener2020/dev.json] [--speed]

Scores are exact-match (span and label) P/R/F1 per our label plus the micro
overall, and recall per original CLUENER label (see
``extractor.ner_train.evaluate_cluener``). ``--speed`` also times loading the
model and tagging the dev sentences one by one on one thread.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEV = ROOT.parent / "shared" / "corpus" / "ner" / "cluener2020" / "dev.json"

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def speed(model: Path, dev: Path) -> str:
    import spacy

    started = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - started
    with dev.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    chars = sum(map(len, texts))
    nlp(texts[0])  # warm-up
    started = time.perf_counter()
    for text in texts:
        nlp(text)
    one_s = time.perf_counter() - started
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    pipe_s = time.perf_counter() - started
    return "\n".join(
        [
            "| measure | value |",
            "|---|---|",
            f"| load (`spacy.load`) | {load_s * 1000:.0f} ms |",
            f"| sentences / characters | {len(texts)} / {chars} |",
            f"| `nlp(text)` one sentence at a time | {one_s / chars * 1e6:.1f} ms per 1000 chars "
            f"({one_s / len(texts) * 1000:.2f} ms per sentence) |",
            f"| `nlp.pipe(batch_size=256)` | {pipe_s / chars * 1e6:.1f} ms per 1000 chars |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="CLUENER2020 dev scores of the NER model")
    parser.add_argument("--model", type=Path, default=ROOT / "extractor" / "models" / "ner")
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--speed", action="store_true", help="also time load and tagging")
    args = parser.parse_args(argv)

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from extractor.ner_train import CLUENER_LABELS, LABEL_MAP, OUR_LABELS, evaluate_cluener

    results = evaluate_cluener(args.model, args.dev)
    lines = [
        "| label | P | R | F1 | gold | predicted |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label in (*OUR_LABELS, "overall"):
        row = results[label]
        name = "**overall (micro)**" if label == "overall" else label
        lines.append(
            f"| {name} | {row['p'] * 100:.1f} | {row['r'] * 100:.1f} | {row['f'] * 100:.1f} "
            f"| {row['n_gold']:.0f} | {row['n_pred']:.0f} |"
        )
    lines += [
        "",
        "| CLUENER label | our label | R (span + label) | R (span, any label) | gold |",
        "|---|---|---:|---:|---:|",
    ]
    for label in CLUENER_LABELS:
        row = results[f"cluener:{label}"]
        lines.append(
            f"| {label} | {LABEL_MAP[('cluener', label)]} | {row['r'] * 100:.1f} "
            f"| {row['r_span'] * 100:.1f} | {row['n_gold']:.0f} |"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    if args.speed:
        sys.stdout.write("\n" + speed(args.model, args.dev) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
