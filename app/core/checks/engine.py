"""Running checks over a document, incrementally: only changed paragraphs are re-checked.

Paragraph-scope checks are cached by paragraph digest (and the document profile);
document-scope checks split into a cached per-paragraph `collect` and a cheap
`run` over the collected facts, so an edit costs one paragraph plus one pass over
small records, not a re-read of the document.
"""
from __future__ import annotations

from app.core.checks.finding import Finding, severity_rank
from app.core.checks.profile import Profile, detect_profile
from app.core.checks.registry import select
from app.core.document import Document

# Paragraphs the profile looks at; when most of them change, the profile is re-detected.
PROFILE_PARAGRAPHS = 64
CACHE_LIMIT = 50_000


class Checker:
    """An incremental checker for one document being edited.

    Call `check(doc)` after every edit; it re-runs only the paragraphs whose text
    changed since the last call. The document's language is detected on the
    first call (see `profile`) and kept unless most of the text is replaced."""

    def __init__(self, checks=None, min_severity: str | None = None, profile: Profile | None = None):
        self.modules = select(checks)
        self._para_mods = [m for m in self.modules if m.SCOPE == "paragraph"]
        self._doc_mods = [m for m in self.modules if m.SCOPE == "document"]
        self.min_rank = severity_rank(min_severity) if min_severity else 0
        self.profile = profile
        self._fixed_profile = profile is not None
        self._profile_digests: set[str] = set()
        self._rows: list[tuple[str, tuple[Finding, ...]]] = []
        self._by_digest: dict[str, tuple[Finding, ...]] = {}
        self._facts: dict[str, dict[str, object]] = {m.ID: {} for m in self._doc_mods}
        self._memo: dict[str, dict] = {m.ID: {} for m in self._doc_mods}
        self._merged: dict[int, tuple] = {}
        self._last_facts: dict[str, list] = {}

    @property
    def language(self) -> str | None:
        return self.profile.language if self.profile else None

    def _refresh_profile(self, doc: Document) -> None:
        if self._fixed_profile:
            return
        head = [p.digest for p in doc.paragraphs[:PROFILE_PARAGRAPHS]]
        if self.profile is not None and head:
            kept = sum(d in self._profile_digests for d in head)
            if kept * 2 >= len(head):
                return
        if self.profile is not None and not head:
            return
        profile = detect_profile(doc.texts[:PROFILE_PARAGRAPHS * 4])
        self._profile_digests = set(head)
        if self.profile is None or profile.key != self.profile.key:
            self.profile = profile
            self._rows, self._by_digest, self._merged, self._last_facts = [], {}, {}, {}
            for m in self._doc_mods:
                self._facts[m.ID].clear()
                self._memo[m.ID].clear()

    def check(self, doc: Document) -> list[Finding]:
        """All findings for `doc`, ordered by paragraph, then position."""
        self._refresh_profile(doc)
        profile = self.profile
        if len(self._by_digest) > CACHE_LIMIT:
            self._by_digest.clear()
        old = self._rows
        rows = []
        changed = []  # indices whose text differs from the last check at the same index
        for i, para in enumerate(doc.paragraphs):
            digest = _key(para)
            if i < len(old) and old[i][0] == digest:
                rows.append(old[i])
                continue
            changed.append(i)
            found = self._by_digest.get(digest)
            if found is None:
                out = []
                for m in self._para_mods:
                    out.extend(m.run(para, i, profile))
                found = tuple(sorted(out, key=_order))
                self._by_digest[digest] = found
            elif found and found[0].paragraph != i:
                found = tuple(_reindex(f, i) for f in found)
            rows.append((digest, found))
        same_shape = len(old) == len(rows)
        self._rows = rows

        extra: dict[int, list[Finding]] = {}
        for m in self._doc_mods:
            cache = self._facts[m.ID]
            if len(cache) > CACHE_LIMIT:
                cache.clear()
            previous = self._last_facts.get(m.ID)
            if same_shape and previous is not None:
                facts = list(previous)
                indices = changed
            else:
                facts = [None] * len(rows)
                indices = range(len(rows))
            for i in indices:
                key = rows[i][0]
                f = cache.get(key)
                if f is None and key not in cache:
                    f = m.collect(doc.paragraphs[i], profile)
                    cache[key] = f
                facts[i] = f
            self._last_facts[m.ID] = facts
            for f in m.run(doc, profile, facts, self._memo[m.ID]):
                extra.setdefault(f.paragraph, []).append(f)

        result: list[Finding] = []
        merged_before, merged = self._merged, {}
        for i, (_, found) in enumerate(rows):
            if i in extra:
                more = extra[i]
                old = merged_before.get(i)
                if old is not None and old[0] is found and old[1] == more:
                    both = old[2]
                else:
                    both = sorted((*found, *more), key=_order)
                merged[i] = (found, more, both)
                result.extend(both)
            elif found:
                result.extend(found)
        self._merged = merged
        if self.min_rank:
            result = [f for f in result if severity_rank(f.severity) >= self.min_rank]
        return result


def _key(para):
    """The cache key of a paragraph: its digest, plus its style when it has one (headings differ)."""
    return para.digest if para.style is None else f"{para.digest}:{para.style}"


def _reindex(f: Finding, index: int) -> Finding:
    return Finding(f.check, f.category, f.severity, index, f.start, f.end, f.text, f.message,
                   f.suggestions, f.safe, f.fingerprint, f.group)


def _order(f: Finding):
    return (f.start, f.end, f.check)


def run_checks(doc: Document, checks=None, min_severity: str | None = None) -> list[Finding]:
    """Check a whole document once (no incremental state kept)."""
    return Checker(checks, min_severity).check(doc)
