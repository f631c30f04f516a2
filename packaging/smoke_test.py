"""Smoke test of the one-folder bundle: the frozen executable runs the CLI and opens the window.

Usage: python packaging/smoke_test.py dist/Galley
Runs only the bundled executable (never the source tree), with a throw-away HOME so the first-run
sample project and the settings it writes go nowhere near the user's own.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXPECTED_FINDINGS = 18          # samples/lemonde-mt.txt, as `galley check` reports it from source
GUI_MS = 3000                   # how long the window stays up before GALLEY_QUIT_AFTER_MS closes it
BUNDLED = ("_internal/langdetect/profiles/fr", "_internal/docx/templates/default.docx",
           "_internal/samples/lemonde-mt.txt", "_internal/resources/icons/galley.svg",
           "_internal/docs/user-guide.md", "_internal/docs/guide/review.png",
           "_internal/resources/i18n/galley_fr.qm", "_internal/PySide6/Qt/translations/qtbase_fr.qm")


def executable(bundle: Path) -> Path:
    for name in ("galley", "galley.exe", "Galley.app/Contents/MacOS/galley"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"smoke test: no galley executable in {bundle}")


def run(exe: Path, args: list[str], env: dict, timeout: float) -> subprocess.CompletedProcess:
    started = time.monotonic()
    proc = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout)
    print(f"  $ galley {' '.join(args)}  -> exit {proc.returncode} in {time.monotonic() - started:.1f} s")
    return proc


def fail(message: str, proc: subprocess.CompletedProcess | None = None) -> None:
    print(f"smoke test FAILED: {message}")
    if proc is not None:
        print("--- stdout\n" + proc.stdout[-2000:] + "\n--- stderr\n" + proc.stderr[-2000:])
    sys.exit(1)


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/Galley").resolve()
    exe = executable(bundle)
    print(f"smoke test of {bundle} ({size_mb(bundle):.0f} MB)")
    missing = [f for f in BUNDLED if not (bundle / f).exists()]
    if missing:
        fail("missing from the bundle: " + ", ".join(missing))
    samples = bundle / "_internal" / "samples"
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    if not any(plugins.glob("*qxcb*")) and sys.platform.startswith("linux"):
        fail("the xcb platform plugin is not in the bundle")

    with tempfile.TemporaryDirectory(prefix="galley-smoke-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "GALLEY", "VIRTUAL_ENV"))}
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_CACHE_HOME=f"{home}/cache", QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")

        proc = run(exe, ["--version"], env, 60)
        if proc.returncode != 0 or not proc.stdout.startswith("galley "):
            fail("--version", proc)
        print(f"    {proc.stdout.strip()}")

        proc = run(exe, ["check", str(samples / "lemonde-mt.txt"), "--format", "json"], env, 120)
        if proc.returncode not in (0, 1):
            fail("check", proc)
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError as exc:
            fail(f"check did not print JSON ({exc})", proc)
        findings = report["findings"] if isinstance(report, dict) else report
        if len(findings) != EXPECTED_FINDINGS:
            fail(f"check found {len(findings)} findings, expected {EXPECTED_FINDINGS}", proc)
        print(f"    {len(findings)} findings, valid JSON")

        env["GALLEY_QUIT_AFTER_MS"] = str(GUI_MS)
        proc = run(exe, [], env, 90)
        if proc.returncode != 0:
            fail("the window did not start and close cleanly", proc)
        if "Traceback" in proc.stderr:
            fail("the window printed a traceback", proc)
        projects = list(Path(home).rglob("*.galley"))
        if not projects:
            fail("the first start made no sample project in the data folder", proc)
        print(f"    window opened {projects[0].name} and closed after {GUI_MS} ms")
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
