"""kill -9 during an export never leaves a half-written DOCX under the target's name."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from lxml import etree

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _complete(path: Path) -> bool:
    with zipfile.ZipFile(path) as zf:
        if zf.testzip() is not None:
            return False
        root = etree.fromstring(zf.read("word/document.xml"))
    return root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body") is not None


def test_kill_9_at_random_moments_leaves_the_target_absent_or_complete(tmp_path, mt_path, capsys):
    big = tmp_path / "big.txt"
    paragraphs = mt_path.read_text(encoding="utf-8").split("\n")
    big.write_text("\n".join(p + f" ({i})" for i in range(1500) for p in paragraphs if p), encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "big.docx"
    rng = random.Random(8)
    seen = set()
    for _ in range(5):
        child = subprocess.Popen([sys.executable, "-m", "app", "export", str(big), "--base", str(mt_path),
                                  "-f", "redline", "-o", str(target)], cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 4.0))
        finished = child.poll() is not None
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert not finished or child.returncode == 0  # a run that ended before the kill succeeded
        seen.add("complete" if target.exists() else "absent")
        assert not target.exists() or _complete(target)
        # What the atomic writer documents: at most the killed process's own temp file.
        for leftover in out_dir.iterdir():
            assert leftover == target or leftover.name.startswith(f".big.docx.{child.pid}."), leftover
    assert "absent" in seen  # at least one kill landed before the file was in place
    # The next export to the same name sweeps the dead processes' temp files.
    assert main(["export", str(mt_path), "--base", str(mt_path), "-f", "clean", "-o", str(target)]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in out_dir.iterdir()) == ["big.docx"] and _complete(target)
