import subprocess
import sys

from app import __version__
from app.cli import main

ROOT_CMD = [sys.executable, "-m", "app"]


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert capsys.readouterr().out.strip() == f"galley {__version__}"


def test_help_lists_the_commands(capsys):
    try:
        main(["--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "open" in out and "Exit codes" in out


def test_bad_file_exits_2_with_one_sentence(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    r = subprocess.run(ROOT_CMD + ["open", str(f)], capture_output=True, text=True, timeout=60,
                       cwd=str(tmp_path.parent))
    assert r.returncode == 2
    assert r.stderr.strip() == f"galley: error: {f}: the file is empty."
    assert list(tmp_path.iterdir()) == [f]
