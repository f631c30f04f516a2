"""The hostile corpus, generated once per test session into a temporary folder."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.hostile.generate import generate


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    cases = generate(folder)
    digests = {c.name: sha256(folder / c.name) for c in cases}
    return folder, cases, digests
