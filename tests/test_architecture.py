"""The rooms: app/core, app/io and app/store never import Qt."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
PURE_ROOMS = ["core", "io", "store"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("room", PURE_ROOMS)
def test_pure_rooms_do_not_import_qt(room):
    offenders = [str(p.relative_to(APP)) for p in (APP / room).rglob("*.py")
                 if {"PySide6", "shiboken6", "PyQt5", "PyQt6"} & _imports(p)]
    assert offenders == []


def test_importing_every_pure_module_loads_no_qt():
    modules = [".".join(p.relative_to(APP.parent).with_suffix("").parts).removesuffix(".__init__")
               for room in PURE_ROOMS for p in (APP / room).rglob("*.py")]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=APP.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
