"""Every hostile file through the command line: one clear line and exit 2, or a normal run.

`check`, `diff` and `export` (every format) meet each case. Whatever happens, the input
is byte-for-byte unchanged, nothing is written beside it, an export either writes a
complete DOCX or nothing, and no case takes more than 5 seconds.
"""
from __future__ import annotations

import time

import pytest

from app.cli import main
from lxml import etree
from tests.hostile.conftest import sha256
from tests.hostile.generate import CASES

FORMATS = ("clean", "redline", "bilingual", "report")


def assert_complete_docx(path):
    """Every part of the package is intact and the main part is well-formed XML with a body."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        root = etree.fromstring(zf.read("word/document.xml"))
    assert root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body") is not None


def _export(fmt):
    def args(case_path, sample, out):
        if case_path.suffix == ".galley":  # a project is its own base (its MT)
            return ["export", str(case_path), "-f", fmt, "-o", str(out)]
        return ["export", str(case_path), "--base", str(sample), "-f", fmt, "-o", str(out)]
    return args


COMMANDS = {
    "check": lambda f, other, out: ["check", str(f)],
    "diff": lambda f, other, out: ["diff", str(f), str(other)],
    **{f"export-{fmt}": _export(fmt) for fmt in FORMATS},
    # The case as the base a cleaned file is tracked against.
    "export-base": lambda f, other, out: ["export", str(other), "--base", str(f), "-f", "redline", "-o", str(out)],
}


def run_case(folder, case, command, sample, out_dir):
    """Run one command on one case: (exit code, CPU seconds, wall seconds, output path).

    The 5 s bound is on CPU time: this machine is shared, and other processes' load
    stretches wall time by a third; wall time is bounded too, as a guard against a hang."""
    out = out_dir / f"{case.name}.{command}.docx"
    c0, t0 = time.process_time(), time.perf_counter()
    rc = main(COMMANDS[command](folder / case.name, sample, out))
    return rc, time.process_time() - c0, time.perf_counter() - t0, out


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_cli_meets_hostile_input(corpus, case, command, capsys, mt_path, tmp_path):
    folder, _, digests = corpus
    path = folder / case.name
    before = sorted(p.name for p in folder.iterdir())
    rc, cpu, wall, out = run_case(folder, case, command, mt_path, tmp_path)
    _, err = capsys.readouterr()
    assert cpu < 5.0 and wall < 10.0, f"{command} {case.name} took {cpu:.1f} s of CPU, {wall:.1f} s in all"
    if case.status == "error":
        assert rc == 2
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert str(path) in lines[0] and case.expect in lines[0]
        assert "Traceback" not in err
        assert not out.exists()
    else:
        assert rc in (0, 1), err
        assert "error" not in err.lower(), err
        if command.startswith("export"):
            assert_complete_docx(out)
    assert sha256(path) == digests[case.name]
    assert sorted(p.name for p in folder.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ([out.name] if out.exists() else [])
