"""Garble checks: the registry, the Finding record and the (incremental) engine.

Public API:
    run_checks(doc, checks=None, min_severity=None) -> list[Finding]
    Checker(checks=None, min_severity=None).check(doc) -> list[Finding]   (call on every edit)
    Finding, all_checks(), check_ids(), get_check(id), detect_profile(texts)
"""
from app.core.checks.engine import Checker, run_checks
from app.core.checks.finding import CATEGORIES, JSON_KEYS, SEVERITIES, Finding, severity_rank
from app.core.checks.profile import Profile, detect_profile
from app.core.checks.registry import all_checks, check_ids, get_check, select

__all__ = ["Checker", "run_checks", "Finding", "SEVERITIES", "CATEGORIES", "JSON_KEYS", "severity_rank",
           "Profile", "detect_profile", "all_checks", "check_ids", "get_check", "select"]
