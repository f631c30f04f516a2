"""The hostile corpus, generated once per test session into a temporary folder.

`locked.galley` is held open for editing by a child process for the whole session,
so every opener meets a project another Galley really has open.
"""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.generate import generate

ROOT = Path(__file__).resolve().parents[2]
HOLD = """
import sys
from app.store import Project
p = Project.open(sys.argv[1])
print("held" if not p.read_only else "not held: " + p.read_only_reason, flush=True)
sys.stdin.read()
p.close()
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hold_open(path: Path) -> subprocess.Popen:
    """A child process that has `path` open for editing until its stdin closes."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline().strip()
    assert line == "held", line
    return child


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    cases = generate(folder)
    holder = hold_open(folder / "locked.galley")
    # Digests after the holder opened it: its editor row is part of the file the others see.
    digests = {c.name: sha256(folder / c.name) for c in cases}
    yield folder, cases, digests
    holder.stdin.close()
    holder.wait(timeout=10)
