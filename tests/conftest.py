"""Shared fixtures. GUI tests run on Qt's offscreen platform unless told otherwise."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def mt_path() -> Path:
    return SAMPLES / "lemonde-mt.txt"


@pytest.fixture
def clean_path() -> Path:
    return SAMPLES / "lemonde-clean.txt"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and mtime, to prove nothing was written."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def disk(tmp_path):
    """A real 4 MB disk (tmpfs) that a test can fill or make read-only; skipped where it cannot be mounted."""
    from tests.smalldisk import small_disk
    with small_disk(tmp_path / "disk") as d:
        yield d
