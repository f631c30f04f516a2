"""`make hostile`: the corpus alone, as a table: case, CLI result, GUI result, input unchanged, time.

Each case's CLI run is its own process (`galley check`, `diff`, and `export` in every
format, the way a user types them); the GUI column opens the case in one offscreen
main window through File ▸ Open's own code. Exits 1 if any case does not behave.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 5.0


def cli_commands(path: Path, sample: Path, out: Path) -> dict[str, list[str]]:
    cmds = {"check": ["check", str(path)], "diff": ["diff", str(path), str(sample)]}
    for fmt in ("clean", "redline", "bilingual", "report"):
        base = [] if path.suffix == ".galley" else ["--base", str(sample)]
        cmds[f"export {fmt}"] = ["export", str(path), *base, "-f", fmt, "-o", str(out / f"{fmt}.docx")]
    return cmds


def run_cli(case, path: Path, sample: Path) -> dict:
    """Every command on one case, each in a fresh `galley` process."""
    results = {}
    with tempfile.TemporaryDirectory() as out:
        for name, args in cli_commands(path, sample, Path(out)).items():
            t0, c0 = time.perf_counter(), _children_cpu()
            done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                                  timeout=60)
            lines = done.stderr.strip().splitlines()
            results[name] = dict(rc=done.returncode, seconds=time.perf_counter() - t0, cpu=_children_cpu() - c0,
                                 stderr=lines, traceback="Traceback" in done.stderr)
    return results


def _children_cpu() -> float:
    import resource
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def judge_cli(case, path: Path, results: dict) -> tuple[bool, str]:
    if case.status == "error":
        good = all(r["rc"] == 2 and len(r["stderr"]) == 1 and str(path) in r["stderr"][0]
                   and case.expect in r["stderr"][0] for r in results.values())
        line = next(iter(results.values()))["stderr"]
        message = line[0].split(f"{path}: ", 1)[-1] if line else "?"
        return good, f"exit 2: “{message[:70]}”"
    good = all(r["rc"] in (0, 1) and not r["traceback"] for r in results.values())
    codes = sorted({r["rc"] for r in results.values()})
    return good, f"ran ({len(results)} commands, exit {'/'.join(map(str, codes))})"


def run_gui(window, case, path: Path) -> tuple[bool, str, float]:
    from PySide6.QtWidgets import QMessageBox

    from tests.hostile.test_gui_hostile import open_case, typing_works

    seen = open_case(window, path)
    box = seen["message"]
    if case.status == "error":
        good = (box is not None and box.icon() == QMessageBox.Icon.Critical and str(path) in box.text()
                and window.review.session is seen["old"] and typing_works(window))
        return good, "dialog; previous project kept", seen["seconds"]
    opened = window.review.session is not seen["old"]
    if case.name in ("readonly.galley", "locked.galley"):
        good = opened and box is not None and box.icon() == QMessageBox.Icon.Warning
        return good, "opened read-only, says why", seen["seconds"]
    good = opened and typing_works(window)
    extra = ", progress shown" if seen["dialog"] else (", busy cursor" if seen["busy"] else "")
    return good, f"opened, editable{extra}; checked in {seen['analysed']:.1f} s", seen["seconds"]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="galley-hostile-"))
    os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = str(home / "config"), str(home / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.paths import sample_pair
    from app.ui import files
    from app.ui.main_window import MainWindow
    from tests.hostile.conftest import hold_open, sha256
    from tests.hostile.generate import generate
    from tests.hostile.test_gui_hostile import wait_idle

    folder = home / "corpus"
    cases = generate(folder)
    holder = hold_open(folder / "locked.galley")
    sample = Path(sample_pair()[0])
    app = QApplication.instance() or QApplication([])
    window = MainWindow(QSettings(str(home / "galley.ini"), QSettings.Format.IniFormat))
    window.show()
    files.create_project(window, sample)
    wait_idle(window)
    rows, failed = [], 0
    try:
        for case in cases:
            path = folder / case.name
            digest, names = sha256(path), sorted(p.name for p in folder.iterdir())
            cli = run_cli(case, path, sample)
            cli_ok, cli_text = judge_cli(case, path, cli)
            gui_ok, gui_text, gui_seconds = run_gui(window, case, path)
            unchanged = sha256(path) == digest and sorted(p.name for p in folder.iterdir()) == names
            slow_name = max(cli, key=lambda k: cli[k]["seconds"])
            slowest = max(cli[slow_name]["seconds"], gui_seconds)
            cpu = cli[slow_name]["cpu"]
            ok = cli_ok and gui_ok and unchanged and gui_seconds < LIMIT and cpu < LIMIT
            failed += not ok
            rows.append((case.name, ("" if cli_ok else "FAIL ") + cli_text, ("" if gui_ok else "FAIL ") + gui_text,
                         "yes" if unchanged else "NO",
                         f"{slowest:.1f} s ({'GUI' if gui_seconds >= slowest else f'{slow_name}, CPU {cpu:.1f} s'})",
                         "" if ok else "✗"))
            print(f"  {case.name}: {'ok' if ok else 'FAILED'}", file=sys.stderr, flush=True)
    finally:
        window.close()
        window.workers.shutdown()
        holder.stdin.close()
        holder.wait(timeout=10)
        app.processEvents()
    print("| case | CLI (check, diff, export ×4) | GUI (File ▸ Open) | input unchanged | slowest run |")
    print("|---|---|---|---|---|")
    for name, cli_text, gui_text, unchanged, slowest, _mark in rows:
        print(f"| {name} | {cli_text} | {gui_text} | {unchanged} | {slowest} |")
    print(f"\n{len(rows) - failed} of {len(rows)} cases behave. Times: the slowest run of the case, wall time "
          f"of a whole `galley` process (start-up included; its CPU time in brackets) or of the window's open, "
          f"on a shared 2-core machine; the bound is {LIMIT:.0f} s.")
    if json_path := os.environ.get("HOSTILE_JSON"):
        Path(json_path).write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
