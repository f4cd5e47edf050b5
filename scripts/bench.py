"""Speed of the pipeline and its stages on the regional news corpus, beside baselines.

Every figure comes from the same run on the same texts: articles per second and MB of
UTF-8 text per second (best of ``--repeat`` passes, one process, one core), and the
process's peak memory at the end. Baselines: jieba (the tokenizer stage's original),
JioNLP's ``extract_money`` (if installed: ``pip install -e '.[bench]'``), and the
three-line regex ``(\\d+(\\.\\d+)?)(亿|万|)元``.

Usage: python scripts/bench.py [--corpus PATH] [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import extractor  # noqa: E402  (after the path is set, to run from a checkout)
from extractor.gold import default_corpus, read_corpus  # noqa: E402
from extractor.money import find_money  # noqa: E402
from extractor.normalize import normalize  # noqa: E402
from extractor.pipeline import FIGURE_COMPONENTS, default_pipeline, to_document  # noqa: E402
from extractor.tokenizer import cut  # noqa: E402

NAIVE = regex.compile(r"(\d+(\.\d+)?)(亿|万|)元")


def best_seconds(run: Callable[[list[str]], object], texts: list[str], repeat: int) -> float:
    run(texts[:5])  # warm caches, load dictionaries
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(texts)
        times.append(time.perf_counter() - start)
    return min(times)


def stages() -> dict[str, Callable[[list[str]], object]]:
    figures = extractor.build_pipeline(components=FIGURE_COMPONENTS)
    out: dict[str, Callable[[list[str]], object]] = {
        "whole pipeline (extractor.extract_many)": lambda ts: list(extractor.extract_many(ts)),
        "figures only (no names component)": lambda ts: [to_document(d).to_dict() for d in figures.pipe(ts)],
        "tokenizer stage: rjieba cut": lambda ts: [cut(t, "rjieba") for t in ts],
        "baseline: jieba cut": lambda ts: [cut(t, "jieba") for t in ts],
        "money stage alone (normalise + find_money)": lambda ts: [
            list(find_money(t, normalized=normalize(t))) for t in ts
        ],
        "baseline: three-line regex": lambda ts: [NAIVE.findall(t) for t in ts],
    }
    try:
        with contextlib.redirect_stdout(sys.stderr):
            import jionlp
        out["baseline: JioNLP extract_money"] = lambda ts: [jionlp.ner.extract_money(t) for t in ts]
    except ImportError:
        print("JioNLP not installed: pip install -e '.[bench]' to compare", file=sys.stderr)
    return out


def component_costs(texts: list[str]) -> dict[str, float]:
    """What each stage of the default pipeline costs, warm (vocabulary and caches filled)."""
    nlp = default_pipeline()
    list(nlp.pipe(texts))
    costs: dict[str, float] = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    costs["tokenizer stage (normalise, rjieba, spaCy Doc)"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = [component(doc) for doc in docs]
        costs[name] = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        to_document(doc).to_dict()
    costs["result object and JSON dict"] = time.perf_counter() - start
    return {name: 1000 * seconds / len(texts) for name, seconds in costs.items()}


def rss_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def resident_mb() -> float:
    """The process's resident memory now, in MB (Linux /proc; the peak elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return rss_mb()
    return pages * resource.getpagesize() / 2**20


def memory_steps(texts: list[str]) -> dict[str, float]:
    """Resident memory after loading and running each system once, in load order: the
    growth at each step is what that system adds."""
    steps = {"python, spaCy and the corpus": resident_mb()}
    list(extractor.extract_many(texts))
    steps["+ extractor pipeline, run over the corpus"] = resident_mb()
    try:
        with contextlib.redirect_stdout(sys.stderr):
            import jionlp
        [jionlp.ner.extract_money(text) for text in texts]
        steps["+ JioNLP, extract_money over the corpus"] = resident_mb()
    except ImportError:
        pass
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus(ROOT))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = list(read_corpus(args.corpus).values())
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} articles, {megabytes:.2f} MB, best of {args.repeat} passes, one process\n")
    print("| resident memory after | MB |\n|---|---|")
    for name, megabytes_used in memory_steps(texts).items():
        print(f"| {name} | {megabytes_used:.0f} |")
    print()
    print("| what | articles/s | MB/s | ms/article |")
    print("|---|---|---|---|")
    for name, run in stages().items():
        seconds = best_seconds(run, texts, args.repeat)
        print(
            f"| {name} | {len(texts) / seconds:,.0f} | {megabytes / seconds:.2f} | {1000 * seconds / len(texts):.2f} |"
        )
    print("\n| component | ms/article |\n|---|---|")
    for name, ms in component_costs(texts).items():
        print(f"| {name} | {ms:.2f} |")
    print(f"\npeak memory of this process (all stages, baselines loaded): {rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
