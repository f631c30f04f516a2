"""What a document is written in: its language, script and common words, detected once.

Checks that judge a sentence against the rest of the document (wrong-language,
punctuation spacing) read this profile instead of re-reading the whole text.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from app.core.checks.lexicon import STOPWORDS

# Enough text to know the language; a 1 MB document is not read whole for this.
SAMPLE_CHARS = 60_000
COMMON_WORDS = 300

SCRIPTS = {
    "Han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f",
    "Kana": "\u3040-\u30ff",
    "Hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "Cyrillic": "\u0400-\u04ff",
    "Arabic": "\u0600-\u06ff\u0750-\u077f",
    "Greek": "\u0370-\u03ff",
    "Hebrew": "\u0590-\u05ff",
    "Thai": "\u0e00-\u0e7f",
    "Devanagari": "\u0900-\u097f",
}
SCRIPT_LANGUAGE = {"Han": "zh", "Kana": "ja", "Hangul": "ko", "Cyrillic": "ru", "Arabic": "ar",
                   "Greek": "el", "Hebrew": "he", "Thai": "th", "Devanagari": "hi"}
_SCRIPT_RE = {name: re.compile(f"[{chars}]") for name, chars in SCRIPTS.items()}
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def script_counts(text: str) -> Counter:
    counts = Counter({name: len(rx.findall(text)) for name, rx in _SCRIPT_RE.items()})
    counts["Latin"] = len(_LATIN_RE.findall(text))
    return +counts


def stopword_scores(words: list[str]) -> dict[str, float]:
    """Share of `words` (lower-case) that are function words of each language."""
    n = len(words) or 1
    return {lang: sum(w in sw for w in words) / n for lang, sw in STOPWORDS.items()}


@lru_cache(maxsize=8192)
def langdetect_langs(text: str) -> tuple[tuple[str, float], ...]:
    """langdetect's guesses, best first, made deterministic (seed 0); () if it cannot tell."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException
    DetectorFactory.seed = 0
    try:
        return tuple((g.lang, g.prob) for g in detect_langs(text))
    except LangDetectException:
        return ()


@dataclass(frozen=True)
class Profile:
    """The document's language (ISO 639-1, or "und"), main script and common words."""

    language: str
    script: str
    common: frozenset
    key: str
    top: tuple = ()  # the document's most frequent function words, most frequent first

    @classmethod
    def make(cls, language: str, script: str, common, top=()) -> "Profile":
        common = frozenset(common)
        key = hashlib.blake2b("|".join([language, script, *sorted(common), "|", *top]).encode(),
                              digest_size=6).hexdigest()
        return cls(language, script, common, key, tuple(top))


def detect_profile(texts) -> Profile:
    """Detect the language of a document from its paragraph texts (a sample of them)."""
    parts, size = [], 0
    for t in texts:
        parts.append(t)
        size += len(t)
        if size >= SAMPLE_CHARS:
            break
    sample = "\n".join(parts)
    scripts = script_counts(sample)
    script = scripts.most_common(1)[0][0] if scripts else "Latin"
    words = [w.lower() for w in _WORD_RE.findall(sample)]
    if script != "Latin":
        language = SCRIPT_LANGUAGE.get(script, "und")
        if script == "Han" and scripts.get("Kana", 0) > scripts["Han"] * 0.1:
            language = "ja"
        elif script == "Cyrillic":
            guesses = langdetect_langs(sample[:3000])
            if guesses and guesses[0][0] in ("ru", "uk", "bg", "mk", "sr"):
                language = guesses[0][0]
    else:
        language = _latin_language(words, sample)
    counts = Counter(words)
    common = {w for w, c in counts.most_common(COMMON_WORDS) if c >= 2}
    stop = STOPWORDS.get(language, frozenset())
    common |= stop
    top = [w for w, _ in counts.most_common(60) if w in stop][:12]
    return Profile.make(language, script, common, top)


def _latin_language(words: list[str], sample: str) -> str:
    if not words:
        return "und"
    scores = sorted(stopword_scores(words).items(), key=lambda kv: -kv[1])
    (best, s1), (_, s2) = scores[0], scores[1]
    if s1 >= 0.12 and s1 >= 1.5 * s2:
        return best
    guesses = langdetect_langs(sample[:3000])
    return guesses[0][0] if guesses else "und"
