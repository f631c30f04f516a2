"""Where Galley's bundled files live, in a source checkout and in a frozen bundle."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def samples_dir() -> Path:
    return Path(os.environ.get("GALLEY_SAMPLES", _root() / "samples"))


def resources_dir() -> Path:
    return _root() / "resources"


def sample_pair() -> tuple[Path, Path]:
    """The bundled Le Monde MT and its cleaned version."""
    d = samples_dir()
    return d / "lemonde-mt.txt", d / "lemonde-clean.txt"


def user_guide_path() -> Path:
    """docs/user-guide.md, beside its screenshots in docs/guide/ (also inside the bundle)."""
    return _root() / "docs" / "user-guide.md"
