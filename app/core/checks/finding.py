"""The Finding record every check reports, and the helpers that build it."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

SEVERITIES = ("Minor", "Major", "Critical")
CATEGORIES = ("Accuracy", "Fluency", "Terminology", "Style", "Locale conventions")
JSON_KEYS = ("check", "category", "severity", "paragraph", "start", "end", "text", "message", "suggestions")

_SPACES = re.compile(r"\s+")
# How much text either side of the span the fingerprint looks at: enough to tell
# two "the the" apart, little enough that an edit a sentence away keeps it stable.
CONTEXT = 12


def severity_rank(severity: str) -> int:
    """0 for Minor, 1 for Major, 2 for Critical; case-insensitive."""
    return {s.lower(): i for i, s in enumerate(SEVERITIES)}[severity.lower()]


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check reports: a span of one paragraph, why it is wrong and how to fix it.

    `start`/`end` are code points into the paragraph's text. `suggestions` are
    replacement strings for the span, best first; `safe` says `galley fix` may apply
    the first one unattended. `fingerprint` ignores the paragraph index, so a
    reviewer's "ignore" survives edits elsewhere. `group` ties findings one action
    fixes together (all occurrences of a name variant)."""

    check: str
    category: str
    severity: str
    paragraph: int
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    safe: bool = False
    fingerprint: str = ""
    group: str | None = None

    def to_json(self) -> dict:
        """The public JSON shape (`galley check --format json`): exactly JSON_KEYS."""
        return {"check": self.check, "category": self.category, "severity": self.severity,
                "paragraph": self.paragraph, "start": self.start, "end": self.end, "text": self.text,
                "message": self.message, "suggestions": list(self.suggestions)}


def fingerprint(check: str, para_text: str, start: int, end: int) -> str:
    """check + flagged text + a little normalised context either side, hashed."""
    before = _SPACES.sub(" ", para_text[max(0, start - CONTEXT):start]).lower()
    after = _SPACES.sub(" ", para_text[end:end + CONTEXT]).lower()
    key = "\x1f".join((check, para_text[start:end], before, after))
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def make_finding(module, para_text: str, index: int, start: int, end: int, message: str,
                 suggestions=(), safe: bool = False, group: str | None = None,
                 severity: str | None = None) -> Finding:
    """Build a Finding for check `module` (which supplies ID, CATEGORY and SEVERITY)."""
    return Finding(module.ID, module.CATEGORY, severity or module.SEVERITY, index, start, end,
                   para_text[start:end], message, tuple(suggestions), safe,
                   fingerprint(module.ID, para_text, start, end), group)
