"""Shared by the screenshot scripts: an Xvfb display, one child process per shot, settling the window."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = "1400x900x24"


def settle(app, w) -> None:
    """Wait until the window's quick re-check and its background work are done."""
    while w.review.quick_timer.isActive() or not w.workers.idle():
        app.processEvents()
        time.sleep(0.005)
    w.workers.wait_idle(30)


def run_shots(script: str, display: str, shots, env_extra: dict | None = None) -> None:
    """Start Xvfb on `display`, then run `script KIND OUT` once per (kind, out) in `shots`,
    each in its own process with settings and data in one temporary folder."""
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", SCREEN, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", **(env_extra or {}))
        with tempfile.TemporaryDirectory() as data:
            env["XDG_DATA_HOME"] = data
            env["XDG_CONFIG_HOME"] = data
            for kind, out in shots:
                subprocess.run([sys.executable, script, kind, str(out)], env=env, cwd=ROOT, check=True)
                print(Path(out).relative_to(ROOT))
    finally:
        xvfb.terminate()
        xvfb.wait(5)
