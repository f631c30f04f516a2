"""wrong-language: a sentence or fragment not in the document's language."""
from __future__ import annotations

import re
import sys

from app.core.checks.finding import make_finding
from app.core.checks.lexicon import STOPWORDS, language_name
from app.core.checks.profile import SCRIPT_LANGUAGE, SCRIPTS, langdetect_langs

ID = "wrong-language"
CATEGORY = "Accuracy"
SEVERITY = "Major"
SCOPE = "paragraph"
DESCRIPTION = (
    "A sentence or fragment left in another language, typically untranslated source text: "
    "“The minister called it 一带一路 cooperation” or a French sentence in an English article. "
    "Text in another script (Chinese, Japanese, Korean, Cyrillic, Arabic, Greek, Hebrew, Thai, "
    "Devanagari) inside Latin-script text is flagged by its script alone. A Latin-script sentence is "
    "only a suspect when few of its words are common in this document; langdetect (fixed seed) then "
    "decides, and the sentence must also contain function words of the language detected. Short "
    "fragments, names, single foreign words and symbols such as “α” are left alone.")

MIN_WORDS = 6
MIN_CHARS = 30
SUSPECT_SHARE = 0.3
MIN_PROB = 0.95
# Fewest letters of another script that count as a foreign fragment.
MIN_SCRIPT_RUN = {"Han": 1, "Kana": 1, "Hangul": 1}
OTHER_MIN_RUN = 3
_RUNS = {name: re.compile(f"[{chars}](?:[{chars}\\s\\d，。、：；！？“”‘’（）《》·\\-]*[{chars}])?")
         for name, chars in SCRIPTS.items()}
# Scripts a language writes with besides its main one: Japanese mixes kanji and kana.
NATIVE_SCRIPTS = {"ja": {"Han", "Kana"}, "ko": {"Hangul", "Han"}, "zh": {"Han"}}
_ANY_SCRIPT = {name: re.compile("[" + "".join(c for n, c in SCRIPTS.items() if n != name) + "]")
               for name in (*SCRIPTS, "Latin")}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Rough sentences for screening; the real segmenter only runs on suspects.
_CHUNK = re.compile(r"[^.!?]+[.!?]*")


def run(paragraph, index=0, profile=None):
    text = paragraph.text
    language = profile.language if profile else "en"
    script = profile.script if profile else "Latin"
    common = profile.common if profile else STOPWORDS["en"]
    top = profile.top if profile else ("the", "of", "and", "to", "in", "a")
    me = sys.modules[__name__]
    out = []
    if text.isascii() or not _ANY_SCRIPT.get(script, _ANY_SCRIPT["Latin"]).search(text):
        runs = []
    else:
        native = NATIVE_SCRIPTS.get(language, set()) | {script}
        runs = [(name, m) for name, rx in _RUNS.items() if name not in native for m in rx.finditer(text)]
    for name, m in runs:
        letters = sum(1 for ch in m.group() if ch.isalpha())
        if letters < MIN_SCRIPT_RUN.get(name, OTHER_MIN_RUN):
            continue
        lang = SCRIPT_LANGUAGE[name]
        out.append(make_finding(me, text, index, m.start(), m.end(),
                                f"This looks like {language_name(lang)} ({name} script), not "
                                f"{language_name(language)}; it may be untranslated.", ()))
    if script != "Latin" or language == "und":
        return out
    flagged = [(f.start, f.end) for f in out]
    suspects = [m for m in _CHUNK.finditer(text) if _is_suspect(m.group(), common, top)]
    if not suspects:
        return out
    for s in paragraph.sentences:
        if any(a < s.end and s.start < b for a, b in flagged):
            continue
        if not any(m.start() < s.end and s.start < m.end() for m in suspects):
            continue
        words = [w.lower() for w in _WORD.findall(s.text)]
        if len(words) < MIN_WORDS or len(s.text) < MIN_CHARS:
            continue
        share = sum(w in common for w in words) / len(words)
        if share >= SUSPECT_SHARE:
            continue
        guesses = langdetect_langs(s.text)
        if not guesses:
            continue
        lang, prob = guesses[0]
        if lang == language or prob < MIN_PROB:
            continue
        # langdetect alone misreads headlines and lists of names; ask for that language's
        # function words too, where we know them.
        foreign = STOPWORDS.get(lang)
        own = STOPWORDS.get(language, frozenset())
        if foreign is not None and sum(w in foreign and w not in own for w in words) < 2:
            continue
        if foreign is None and not _clearly_other(s.text, words, prob, share):
            continue
        out.append(make_finding(me, text, index, s.start, s.end,
                                f"This sentence looks like {language_name(lang)}, not "
                                f"{language_name(language)}; it may be untranslated.", ()))
    return out


def _clearly_other(text: str, words: list[str], prob: float, share: float) -> bool:
    """For languages we have no function words for, ask for a long, sure, non-name sentence.

    langdetect is sure of itself on bylines and e-mail addresses ("vi" for
    "Tzu-ping Chung <…@gmail.com>"), so those must not be enough."""
    if prob < 0.999 or share >= SUSPECT_SHARE / 3 or len(words) < 2 * MIN_WORDS:
        return False
    capitals = sum(1 for w in _WORD.findall(text) if w[:1].isupper())
    return capitals * 3 < len(words) and "@" not in text


def _is_suspect(chunk: str, common, top) -> bool:
    """Cheap screen: a long enough stretch with few of the document's common words."""
    if len(chunk) < MIN_CHARS:
        return False
    low = chunk.lower()
    padded = f" {low} "
    if sum(f" {w} " in padded for w in top) >= 3:
        return False  # three of the document's most common function words: its own language
    words = _WORD.findall(low)
    if len(words) < MIN_WORDS:
        return False
    return sum(map(common.__contains__, words)) < SUSPECT_SHARE * len(words)
