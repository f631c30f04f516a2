"""docs/checks.md documents every check the registry knows."""
from app.core.checks import check_ids
from tests.conftest import ROOT


def test_every_check_has_a_section():
    text = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    missing = [cid for cid in check_ids() if f"### {cid}\n" not in text]
    assert missing == []
