"""Post-editing effort: words inserted, deleted and substituted, edit rate, paragraphs touched."""
from __future__ import annotations

from dataclasses import dataclass

from app.core.tokens import WORD_RE


def count_words(text: str) -> int:
    """The number of word and number tokens in `text` (== len(tokens.words(text)))."""
    return len(WORD_RE.findall(text))


@dataclass(frozen=True)
class EditMetrics:
    """Post-editing effort, counted in words (Galley's word tokens: words and numbers).

    A is the hypothesis (the MT, the older revision), B the reference (the
    post-edit, the newer revision). `edit_rate` is TER without shifts:
    (inserted + deleted + substituted) / words in B. See docs/compare.md."""

    words_inserted: int = 0
    words_deleted: int = 0
    words_substituted: int = 0
    a_words: int = 0
    b_words: int = 0
    paragraphs: int = 0
    paragraphs_touched: int = 0

    @property
    def edits(self) -> int:
        return self.words_inserted + self.words_deleted + self.words_substituted

    @property
    def edit_rate(self) -> float:
        """Word edits per reference word; like sacrebleu, 1.0 when B is empty but A is not."""
        if self.b_words:
            return self.edits / self.b_words
        return 1.0 if self.edits else 0.0

    @property
    def touched_share(self) -> float:
        """Share of aligned paragraph pairs that are not equal (0 for two empty documents)."""
        return self.paragraphs_touched / self.paragraphs if self.paragraphs else 0.0

    def __add__(self, other: "EditMetrics") -> "EditMetrics":
        return EditMetrics(*(x + y for x, y in zip(self._tuple(), other._tuple())))

    def _tuple(self) -> tuple[int, ...]:
        return (self.words_inserted, self.words_deleted, self.words_substituted, self.a_words,
                self.b_words, self.paragraphs, self.paragraphs_touched)

    def as_dict(self) -> dict:
        return {"words_inserted": self.words_inserted, "words_deleted": self.words_deleted,
                "words_substituted": self.words_substituted, "edits": self.edits,
                "a_words": self.a_words, "b_words": self.b_words, "edit_rate": self.edit_rate,
                "paragraphs": self.paragraphs, "paragraphs_touched": self.paragraphs_touched,
                "touched_share": self.touched_share}



def hunk_metrics(hunks, a_words: int, b_words: int, touched: bool) -> EditMetrics:
    """Metrics of one paragraph pair from its change hunks.

    `hunks` yields (words removed from A, words added in B) for each maximal run
    of changes between two equal runs of the (minimal, uncleaned) word diff. In a
    hunk, min(removed, added) words count as substituted, the rest as deleted or
    inserted: the Levenshtein cost of that hunk."""
    ins = dele = sub = 0
    for na, nb in hunks:
        s = min(na, nb)
        sub += s
        dele += na - s
        ins += nb - s
    return EditMetrics(ins, dele, sub, a_words, b_words, 1, int(touched))
