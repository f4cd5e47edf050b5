"""The tokenizer stage: jieba's dictionary and algorithm, through rjieba or jieba.

Both backends use jieba's dictionary and our user dictionary
(``resources/userdict.txt``, jieba format). Tokens are cut from the normalised text,
but each token's text is the original text at the same offsets (normalisation keeps
lengths), so ``doc.text`` is exactly the input.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, Literal

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ._resources import read_text
from .normalize import normalize

Backend = Literal["rjieba", "jieba"]
TEXT_KEY = "exr_text"  # doc.user_data key of the input text (spaCy rebuilds doc.text on each access)
TAGS_KEY = "exr_tags"  # doc.user_data key of the words with their part-of-speech tags
logger = logging.getLogger(__name__)

if not Doc.has_extension("exr_normalized"):
    Doc.set_extension("exr_normalized", default=None)


def _user_words() -> list[tuple[str, int, str]]:
    words = []
    for line in read_text("userdict.txt").splitlines():
        parts = line.split()
        if parts:
            words.append((parts[0], int(parts[1]) if len(parts) > 1 else 10000, parts[2] if len(parts) > 2 else "n"))
    return words


@functools.cache
def _segmenter(backend: Backend) -> Any:
    """One jieba instance per backend, with our user dictionary, for cutting and tagging."""
    if backend == "rjieba":
        import rjieba

        segmenter = rjieba.Jieba()
    else:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        segmenter = jieba.Tokenizer()  # our own: jieba's global instance stays untouched
    for word, freq, tag_name in _user_words():
        segmenter.add_word(word, freq, tag_name)
    return segmenter


@functools.cache
def _cutter(backend: Backend) -> Callable[[str], list[str]]:
    segmenter = _segmenter(backend)
    if backend == "rjieba":
        return lambda text: list(segmenter.cut(text, True))
    return lambda text: list(segmenter.lcut(text, HMM=True))


@functools.cache
def _tagger(backend: Backend) -> Callable[[str], list[tuple[str, str]]]:
    segmenter = _segmenter(backend)
    if backend == "rjieba":
        return lambda text: segmenter.tag(text, True)  # a new list of (word, flag) tuples
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer(segmenter)
    return lambda text: [(pair.word, pair.flag) for pair in tagger.lcut(text)]


def tag(text: str, backend: Backend | None = None) -> list[tuple[str, str]]:
    """Words of ``text`` with jieba's part-of-speech tags."""
    return _tagger(backend or default_backend())(text)


@functools.cache
def default_backend() -> Backend:
    try:
        import rjieba  # noqa: F401  (imported only to see that it is installed)
    except ImportError:
        return "jieba"
    return "rjieba"


def in_dictionary(word: str, backend: Backend | None = None) -> bool:
    """Is ``word`` a word of jieba's dictionary or ours (not one jieba's HMM would make up)?"""
    segmenter = _segmenter(backend or default_backend())
    if hasattr(segmenter, "has_word"):
        return bool(segmenter.has_word(word))  # rjieba
    segmenter.check_initialized()
    return bool(segmenter.FREQ.get(word))  # jieba: a word's prefixes are kept with frequency 0


def cut(text: str, backend: Backend | None = None) -> list[str]:
    """The words of ``text`` as jieba cuts them, tiling ``text`` exactly."""
    return _cutter(backend or default_backend())(text)


class JiebaTokenizer:
    """A spaCy tokenizer: ``Doc`` words from jieba, text unchanged."""

    def __init__(self, vocab: Vocab, backend: Backend | None = None) -> None:
        self.vocab = vocab
        self.backend: Backend = backend or default_backend()

    def __call__(self, text: str) -> Doc:
        normalized = normalize(text)
        tagged = tag(normalized, self.backend)  # the same words as cut, tagged once for every stage
        words, position = [], 0
        for word, _ in tagged:  # the Doc holds the text as given: its words are sliced from it
            words.append(text[position : position + len(word)])
            position += len(word)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc._.exr_normalized = normalized
        doc.user_data[TEXT_KEY] = text
        doc.user_data[TAGS_KEY] = tagged
        return doc

    def to_bytes(self, **kwargs: object) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: object) -> JiebaTokenizer:
        return self

    def to_disk(self, path: object, **kwargs: object) -> None:
        return None

    def from_disk(self, path: object, **kwargs: object) -> JiebaTokenizer:
        return self
