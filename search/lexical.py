"""The lexical index: BM25 (bm25s) over Swedish stems plus compound parts (see search.analyze)."""

from __future__ import annotations

import bisect
import json
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np
import numpy.typing as npt

from ingest.text.words import fold, stem
from search.analyze import (
    LINKING,
    MIN_COMPOUND,
    MIN_PART,
    analyze,
    analyze_many,
    s_forms,
    words,
)
from search.fusion import top_rows
from search.manifest import fsync_dir
from search.passage import PASSAGE_FORMAT

__all__ = ["ANALYSIS", "LEXICON_FILE", "LexicalIndex", "one_edit"]

log = logging.getLogger(__name__)
LEXICON_FILE = "lexicon.json"
ANALYSIS = (
    f"bm25s;snowball-swedish;part>={MIN_PART};compound>={MIN_COMPOUND};link={LINKING};"
    f"passage={PASSAGE_FORMAT}"
)
"""Recorded in the manifest: BM25 files built with other analysis settings are rebuilt."""

MIN_HEAD = 5
"""Shortest stem looked up as the head of longer words (see LexicalIndex.head_rows)."""

MIN_NEAR = 4
"""Shortest stem (and spelling of it) looked up one edit away (see LexicalIndex.near_terms)."""

MIN_FOLDED = 4
"""Shortest typed word restored to a report word it is written without Swedish letters (see
nearest_word): "pa" or "ar" could be several words."""

MIN_SPELLED = 7
"""Shortest typed word corrected to a report word one edit away (see nearest_word): shorter
ones are too often another word the reports happen not to hold ("heter" is not "heder",
"skull" not "skall")."""
ENDING = 2
"""Letters at the end of a word where an edit is an inflection, not a misspelling
("formulerats"/"formuleras", "vuxenpsykiatrin"/"vuxenpsykiatri", "stället"/"ställer")."""

_STEMMED = "~"
"""Marks a folded stem among the folded words (see LexicalIndex._unfolded)."""

Rows = npt.NDArray[np.int64]
Scores = npt.NDArray[np.float32]


class LexicalIndex:
    """BM25 over analysed chunk texts; rows are chunk row numbers 0..n-1."""

    def __init__(self, bm25: bm25s.BM25 | None, vocab: frozenset[str], size: int) -> None:
        self._bm25 = bm25
        self.vocab = vocab
        self.size = size
        self._sorted_terms: list[str] | None = None  # built on first head_rows
        self._sorted_words: list[str] | None = None  # built on first nearest_word
        self._folded: dict[str, list[str]] | None = None  # built on first nearest_word

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        vocab, terms = analyze_many(texts)
        if not texts:
            return cls(None, vocab, 0)
        bm25 = bm25s.BM25()
        bm25.index(terms, show_progress=False)
        return cls(bm25, vocab, len(texts))

    def terms(self, query: str) -> list[str]:
        return analyze(query, self.vocab)

    def coverage(self, query: str) -> float:
        """Share of the query's words whose stem occurs in the indexed passages (0 when none)."""
        found = words(query)
        if self._bm25 is None or not found:
            return 0.0
        vocab = self._bm25.vocab_dict
        return sum(stem(w) in vocab for w in found) / len(found)

    def rows_with(self, term: str) -> Rows:
        """Rows whose analysed text contains the index term `term` (a stem): its posting list."""
        if self._bm25 is None:
            return np.zeros(0, np.int64)
        tid = self._bm25.vocab_dict.get(term)
        if tid is None:
            return np.zeros(0, np.int64)
        scores = self._bm25.scores
        start, end = int(scores["indptr"][tid]), int(scores["indptr"][tid + 1])
        return np.asarray(scores["indices"][start:end], dtype=np.int64)

    def word_rows(self, word: str) -> Rows:
        """Rows containing `word`: its stem as a word or as a compound part, or (for a word the
        analyser splits into parts) every part."""
        terms = self.terms(word)
        if not terms:
            return np.zeros(0, np.int64)
        whole = self.rows_with(terms[0])
        for form in s_forms(word.lower()):  # "boendekursen" is in "En boendekurs erbjuds"
            whole = np.union1d(whole, self.rows_with(form))
        if len(terms) == 1:
            return whole
        parts = _intersect([self.rows_with(t) for t in terms[1:]])
        return np.union1d(whole, parts)

    def head_rows(self, word: str) -> Rows:
        """Rows holding a longer word that starts with `word`'s stem (MIN_HEAD letters or more):
        a name at the head of a compound ("Facebook" in "Facebooksida", "Instagram" in
        "Instagramkonto") whose tail the vocabulary cannot split off. A binary search in the
        sorted index terms, so the cost follows the vocabulary, not the passages."""
        head = stem(word.lower())
        if self._bm25 is None or len(head) < MIN_HEAD:
            return np.zeros(0, np.int64)
        if self._sorted_terms is None:
            self._sorted_terms = sorted(self._bm25.vocab_dict)
        terms, found = self._sorted_terms, []
        i = bisect.bisect_left(terms, head)
        while i < len(terms) and terms[i].startswith(head):
            found.append(self.rows_with(terms[i]))
            i += 1
        return np.unique(np.concatenate(found)) if found else np.zeros(0, np.int64)

    def near_terms(self, word: str) -> list[str]:
        """Index terms one edit (a letter inserted, dropped, changed, or two swapped) from
        `word`'s stem, sharing its first two letters and with MIN_NEAR letters or more: how a
        report misspells a name ("Lex Sara", "Skilda värdar", "samarbetsamtal"). A binary
        search for the two-letter prefix, then a check of each term in that range."""
        target = stem(word.lower())
        if self._bm25 is None or len(target) < MIN_NEAR:
            return []
        if self._sorted_terms is None:
            self._sorted_terms = sorted(self._bm25.vocab_dict)
        terms, prefix, found = self._sorted_terms, target[:2], []
        i = bisect.bisect_left(terms, prefix)
        while i < len(terms) and terms[i].startswith(prefix):
            term = terms[i]
            if term != target and len(term) >= MIN_NEAR and one_edit(term, target):
                found.append(term)
            i += 1
        return found

    def nearest_word(self, word: str, plain: bool = False) -> str | None:
        """The report word a typed `word` in no passage (not a stopword) stands for: the one
        it is with Swedish letters typed plain (see ingest.text.words.fold; MIN_FOLDED letters
        or more: "klagomal" -> "klagomål", "familjestod" -> "familjestöd" however its parts are
        indexed; with `plain`, for an asker who types no Swedish letters, also another form of
        it: see _unfolded), else the one one edit away (see one_edit; MIN_SPELLED
        letters or more) sharing its first two letters and its ending (see ENDING): how a typed
        question misspells the reports' word ("anmälnignar" -> "anmälningar"). Of several, the
        one in the most passages; None when `word` is indexed or nothing is near."""
        target = word.lower()
        if self._bm25 is None or len(target) < MIN_FOLDED or not words(target):
            return None
        indexed = self._bm25.vocab_dict
        if stem(target) in indexed:
            return None
        if fold(target) == target and (restored := self._unfolded(target, plain)):
            return restored  # before its parts: "familjestod" is "familjestöd", not "familj"+"stod"
        if any(t in indexed for t in self.terms(target)):
            return None
        if len(target) < MIN_SPELLED:
            return None
        return self._one_edit_from(target)

    def _one_edit_from(self, target: str) -> str | None:
        """The report word one edit from `target` in the most passages (see nearest_word): a
        binary search for the two-letter prefix in the sorted vocabulary, then a check of each
        word in that range; None when one of them differs only in the ending (`target` is
        another form of that word, not a misspelling of some other)."""
        if self._sorted_words is None:
            self._sorted_words = sorted(self.vocab)
        vocab, prefix, best = self._sorted_words, target[:2], (0, "")
        i = bisect.bisect_left(vocab, prefix)
        while i < len(vocab) and vocab[i].startswith(prefix):
            near = vocab[i]
            if one_edit(near, target):
                if not _before_ending(near, target):
                    return None  # an inflection of a report word ("…frånvaron" of "…frånvaro")
                best = max(best, (len(self.word_rows(near)), near))
            i += 1
        return best[1] or None

    def _unfolded(self, typed: str, plain: bool) -> str | None:
        """The report word with Swedish letters that folds to `typed` (see fold), else, for an
        asker who types none (`plain`), `typed` with the Swedish letters of a word whose folded
        stem is `typed`'s ("aldersgrupp" -> "åldersgrupp", from "åldersgruppen"; one who types
        them means "bostaden", not "bostäder"); of several, the one in the most passages. The
        folded vocabulary is built once, on first use."""
        if self._folded is None:
            folded: dict[str, list[str]] = {}
            for w in self.vocab:
                if len(w) >= MIN_FOLDED and (plain_w := fold(w)) != w:
                    folded.setdefault(plain_w, []).append(w)
                    folded.setdefault(_STEMMED + stem(plain_w), []).append(w)
            self._folded = folded
        if found := self._folded.get(typed):
            return self._most_held(found)
        if plain and (found := self._folded.get(_STEMMED + stem(typed))):
            return _lettered(typed, self._most_held(found))
        return None

    def _most_held(self, found: Sequence[str]) -> str:
        """Of several report words, the one in the most passages (ties: the last in order)."""
        return max(found, key=lambda w: (len(self.word_rows(w)), w))

    def save(self, directory: Path) -> None:
        """Write into `directory` (replaced whole: written beside it, then renamed)."""
        tmp = directory.with_name(f".{directory.name}.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self._bm25 is not None:
            self._bm25.save(str(tmp), show_progress=False)
        lexicon = {"size": self.size, "vocab": sorted(self.vocab)}
        (tmp / LEXICON_FILE).write_text(json.dumps(lexicon, ensure_ascii=False), encoding="utf-8")
        for path in tmp.iterdir():
            with path.open("rb+") as handle:
                os.fsync(handle.fileno())
        shutil.rmtree(directory, ignore_errors=True)
        tmp.rename(directory)
        fsync_dir(directory.parent)

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        lexicon = json.loads((directory / LEXICON_FILE).read_text(encoding="utf-8"))
        size = int(lexicon["size"])
        bm25 = bm25s.BM25.load(str(directory), show_progress=False) if size else None
        return cls(bm25, frozenset(lexicon["vocab"]), size)

    def search(
        self, query: str, k: int, mask: npt.NDArray[np.bool_] | None = None
    ) -> tuple[Rows, Scores]:
        """Top-k rows with a positive BM25 score (best first), restricted to `mask` when given;
        a word ending in a root "s" is also searched by its other forms' stem (see s_forms)."""
        terms = self.terms(query)
        terms += [f for w in words(query) for f in s_forms(w) if f not in terms]
        if self._bm25 is None or not terms or k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        scores = np.asarray(self._bm25.get_scores(terms), dtype=np.float32)
        if mask is not None:
            scores = np.where(mask, scores, 0.0).astype(np.float32)
        top = top_rows(scores, k)
        top = top[scores[top] > 0]
        return top, scores[top]


def _lettered(plain: str, word: str) -> str:
    """`plain` with `word`'s Swedish letters where the two agree as typed ("missnojda" with
    "missnöjd" -> "missnöjda"): `plain`'s own ending kept."""
    same = 0
    while same < min(len(plain), len(word)) and fold(word[same]) == plain[same]:
        same += 1
    return word[:same] + plain[same:]


def one_edit(a: str, b: str) -> bool:
    """Whether two different strings are one edit apart: one letter inserted or dropped,
    changed, or two neighbours swapped (the Damerau-Levenshtein distance is 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return swapped or a[i + 1 :] == b[i + 1 :]


def _before_ending(a: str, b: str) -> bool:
    """Whether two words first differ before the last ENDING letters of the shorter one."""
    shorter = min(len(a), len(b))
    first = next((k for k in range(shorter) if a[k] != b[k]), shorter)
    return first < shorter - ENDING


def _intersect(lists: list[Rows]) -> Rows:
    out = lists[0]
    for rows in lists[1:]:
        out = np.intersect1d(out, rows)
    return out
