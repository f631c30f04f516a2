"""Crash safety: a child editing a project is killed with SIGKILL at random moments, 20 times.

Each time, the reopened project must pass integrity_check and hold everything the child
committed more than 1 s before the kill. Write-through autosave promises more (everything
`apply` returned from), and that is checked too."""
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.io import load_document
from app.store import Project

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
RUNS = 20


def _wait_for_open(log: Path, child: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if log.exists() and log.stat().st_size:
            return
        if child.poll() is not None:
            pytest.fail(f"child exited early: {child.stderr.read()}")
        time.sleep(0.01)
    pytest.fail("child never opened the project")


def _committed(log: Path) -> list[dict]:
    entries = []
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:  # the kill can cut the last line short
            break
    return entries


def _check(project: Project, entries: list[dict], kill_time: float, run: int) -> int:
    texts = project.working.texts
    anns = {a.id: a for a in project.annotations}
    revisions = {r.id for r in project.revisions}
    checked = 0
    for strict in (True, False):  # first what the issue demands, then the write-through promise
        cutoff = kill_time - 1.0 if strict else float("inf")
        last_edit: dict[int, int] = {}
        for e in entries:
            if e["t"] >= cutoff:
                break
            if e["kind"] == "edit":
                last_edit[e["p"]] = e["k"]
            elif e["kind"] == "add":
                assert e["id"] in anns and anns[e["id"]].body == e["body"]
            elif e["kind"] == "resolve":
                assert anns[e["id"]].status == "resolved"
            elif e["kind"] == "revision":
                assert e["id"] in revisions
            checked += 1
        for p, k in last_edit.items():
            m = re.match(r"run (\d+) edit (\d+):", texts[p])
            assert m and int(m.group(1)) == run and int(m.group(2)) >= k, (p, k, texts[p][:40])
    return checked


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path, mt_path):
    path = tmp_path / "crash.galley"
    Project.create(path, load_document(mt_path), reviewer="Crash Test").close()
    rng = random.Random(5)
    total = 0
    started = time.time()
    for run in range(RUNS):
        log = tmp_path / f"run{run}.log"
        child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(log), str(run)],
                                 cwd=ROOT, stderr=subprocess.PIPE, text=True)
        _wait_for_open(log, child)
        # Most kills land while the child is mid-stream; some right after it opened.
        time.sleep(rng.choice([0.0, 0.05]) + rng.random() * 0.5)
        kill_time = time.time()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL, child.stderr.read()
        with Project.open(path) as project:  # open() runs PRAGMA integrity_check and refuses a damaged file
            assert not project.read_only, project.read_only_reason
            ok = project._conn.execute("PRAGMA integrity_check").fetchall()
            assert ok == [("ok",)]
            total += _check(project, _committed(log), kill_time, run)
    print(f"{total} committed changes checked over {RUNS} kills")
    assert total > RUNS, "the children should have committed a good number of changes"
    assert time.time() - started < 60


def _killed_mid_transaction(tmp_path: Path) -> tuple[Path, str]:
    """A project frozen as a SIGKILL would leave it: the database file part-extended by a
    transaction that never committed, with its hot journal beside it."""
    from app.core.document import Document

    live = tmp_path / "live"
    live.mkdir()
    path = live / "p.galley"
    Project.create(path, Document.from_text("Committed text stays.\nSecond paragraph.")).close()
    committed = path.read_bytes()
    conn = __import__("sqlite3").connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill dirty pages into the file mid-transaction
    conn.execute("BEGIN")
    conn.execute("CREATE TABLE filler(x)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 2000,)] * 400)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    data = path.read_bytes()
    page = int.from_bytes(committed[16:18], "big")
    # The kill came in the middle of writing the transaction out: page 1, with the new
    # page count in its header, reached the disk; the file's last page did not.
    head = bytearray(data[: len(data) - page])
    head[28:32] = (len(data) // page).to_bytes(4, "big")
    head[92:96] = head[24:28]  # the page count is valid for this change counter
    (crashed / "p.galley").write_bytes(bytes(head))
    (crashed / "p.galley-journal").write_bytes(Path(f"{path}-journal").read_bytes())
    conn.execute("ROLLBACK")
    conn.close()
    assert len(data) > len(committed)
    return crashed / "p.galley", "Committed text stays."


def test_a_hot_journal_is_rolled_back_not_called_truncated(tmp_path):
    path, text = _killed_mid_transaction(tmp_path)
    with Project.open(path) as p:
        assert p.working.texts[0] == text
    assert not Path(f"{path}-journal").exists()


def test_the_same_file_without_its_journal_is_refused_as_cut_off(tmp_path):
    from app.store.errors import TruncatedProjectError

    path, _ = _killed_mid_transaction(tmp_path)
    Path(f"{path}-journal").unlink()
    with pytest.raises(TruncatedProjectError, match="cut off"):
        Project.open(path)
