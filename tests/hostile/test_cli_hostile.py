"""Every hostile file through the command line: one clear line and exit 2, or a normal run.

Whatever happens, the input is byte-for-byte unchanged and nothing is written
beside it, and no case takes more than 5 seconds.
"""
from __future__ import annotations

import time

import pytest

from app.cli import main
from tests.hostile.conftest import sha256
from tests.hostile.generate import CASES

COMMANDS = {
    "check": lambda f, other: ["check", str(f)],
    "diff": lambda f, other: ["diff", str(f), str(other)],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_cli_meets_hostile_input(corpus, case, command, capsys, mt_path):
    folder, _, digests = corpus
    path = folder / case.name
    before = sorted(p.name for p in folder.iterdir())
    t0 = time.perf_counter()
    rc = main(COMMANDS[command](path, mt_path))
    elapsed = time.perf_counter() - t0
    out, err = capsys.readouterr()
    assert elapsed < 5.0, f"{command} {case.name} took {elapsed:.1f} s"
    if case.status == "error":
        assert rc == 2
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert str(path) in lines[0] and case.expect in lines[0]
        assert "Traceback" not in err
    else:
        assert rc in (0, 1), err
        assert "error" not in err.lower(), err
    assert sha256(path) == digests[case.name]
    assert sorted(p.name for p in folder.iterdir()) == before
