"""The registry: every check module, in the order reports list them."""
from __future__ import annotations

import importlib
from types import ModuleType

# Module names in this package; each defines ID, CATEGORY, SEVERITY, DESCRIPTION, SCOPE and run().
CHECK_MODULES = [
    "repeated_word", "entity_two_roles", "name_variant", "stray_capital", "unbalanced_quote",
    "apostrophe", "country_pronoun", "fused_metadata", "wrong_language", "punctuation", "broken_split",
]


def all_checks() -> list[ModuleType]:
    return [importlib.import_module(f"app.core.checks.{name}") for name in CHECK_MODULES]


def check_ids() -> list[str]:
    return [m.ID for m in all_checks()]


def get_check(check_id: str) -> ModuleType:
    for m in all_checks():
        if m.ID == check_id:
            return m
    raise KeyError(check_id)


def select(ids=None) -> list[ModuleType]:
    """The check modules named in `ids` (registry order), or all; unknown ids raise ValueError."""
    mods = all_checks()
    if ids is None:
        return mods
    wanted = list(ids)
    known = {m.ID for m in mods}
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise ValueError(f"unknown check {', '.join(unknown)}; known checks: {', '.join(sorted(known))}")
    return [m for m in mods if m.ID in wanted]
