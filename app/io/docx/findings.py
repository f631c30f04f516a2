"""The checks' findings for an export: QA-report rows, and open findings as Word comments."""
from __future__ import annotations

from app.core.document import Document


def checks_available() -> bool:
    try:
        import app.core.checks  # noqa: F401
    except ImportError:
        return False
    return True


def findings_for(base: Document, working: Document, reviewer: str = "Galley", with_comments: bool = False,
                 ignored: frozenset = frozenset()):
    """(report items, comment notes). Without the checks package both lists are empty."""
    if not checks_available():
        return [], []
    from app.io.docx.findings_adapter import classify

    return classify(base, working, reviewer, with_comments, ignored)
