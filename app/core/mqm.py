"""MQM-style quality score: severity-weighted penalty points per 1,000 words."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

CATEGORIES = ("Accuracy", "Fluency", "Terminology", "Style", "Locale conventions")
SEVERITIES = ("Minor", "Major", "Critical")
PENALTY = {"Minor": 1, "Major": 5, "Critical": 25}
FORMULA = "score = (1 × Minor + 5 × Major + 25 × Critical) × 1000 ÷ words"


@dataclass(frozen=True)
class MQMScore:
    """Counts per severity, the raw penalty, and the penalty per 1,000 words (lower is better)."""

    counts: dict
    words: int
    penalty: int
    per_thousand: float

    def formula_line(self) -> str:
        m, j, c = (self.counts.get(s, 0) for s in SEVERITIES)
        return (f"(1 × {m} + 5 × {j} + 25 × {c}) × 1000 ÷ {self.words:,} words "
                f"= {self.per_thousand:.1f} penalty points per 1,000 words")


def normalise_severity(value: str) -> str:
    """'major', 'MAJOR' and 'Major' are one severity; unknown values count as Minor."""
    v = (value or "").strip().capitalize()
    return v if v in PENALTY else "Minor"


def mqm_score(severities, words: int) -> MQMScore:
    """Score the errors whose severities are given, over a text of `words` words."""
    counts = Counter(normalise_severity(s) for s in severities)
    penalty = sum(PENALTY[s] * n for s, n in counts.items())
    per = penalty * 1000 / words if words > 0 else 0.0
    return MQMScore({s: counts.get(s, 0) for s in SEVERITIES}, words, penalty, per)
