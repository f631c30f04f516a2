"""Pre-flight checks run by the Makefile: name the Debian package a fresh machine lacks.

Qt loads its platform plugin with dlopen and, when a library is missing, aborts
with a message that names only one of them (usually xcb-cursor). We ask `ldd`
instead, and map every missing shared object to the Debian package that ships it.
Standard library only: this runs before (or outside) the virtual environment.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Shared object -> Debian (bookworm/trixie) package.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def fail(message: str) -> None:
    print(f"galley set-up: {message}", file=sys.stderr)
    sys.exit(1)


def check_python() -> None:
    if sys.version_info < (3, 11):
        fail(f"Galley needs Python 3.11 or newer; {sys.executable} is {sys.version.split()[0]}.")
    missing = [m for m in ("venv", "ensurepip") if importlib.util.find_spec(m) is None]
    if missing:
        ver = f"{sys.version_info.major}.{sys.version_info.minor}"
        fail(f"Python's {' and '.join(missing)} module is missing; on Debian run: "
             f"sudo apt-get install python{ver}-venv")


def missing_libraries(binaries: list[Path]) -> list[str]:
    if not shutil.which("ldd"):
        return []  # not Linux (or no ldd): let Qt speak for itself
    missing: set[str] = set()
    for binary in binaries:
        if not binary.exists():
            continue
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.add(line.split()[0])
    return sorted(missing)


def check_qt(platform: str) -> None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        fail("PySide6 is not installed in this environment; run `make venv`.")
    root = Path(list(spec.submodule_search_locations)[0])
    qt_lib = root / "Qt" / "lib"
    plugin = root / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    binaries = [qt_lib / f"libQt6{m}.so.6" for m in ("Core", "Gui", "Widgets")] + [plugin]
    missing = missing_libraries(binaries)
    if missing:
        packages = sorted({DEBIAN_PACKAGES.get(lib, f"(the package providing {lib})") for lib in missing})
        fail(f"Qt's {platform} platform needs {', '.join(missing)}; on Debian run: "
             f"sudo apt-get install {' '.join(packages)}")
    if platform == "xcb" and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        fail("no display found (DISPLAY is not set): run Galley from a desktop session, "
             "or under Xvfb (xvfb-run make run).")


def main(argv: list[str]) -> None:
    what = argv[1] if len(argv) > 1 else "python"
    if what == "python":
        check_python()
    elif what == "qt-offscreen":
        check_qt("offscreen")
    elif what == "qt-gui":
        if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
            check_qt(os.environ["QT_QPA_PLATFORM"])
        elif sys.platform.startswith("linux") and not os.environ.get("WAYLAND_DISPLAY"):
            check_qt("xcb")
    else:
        fail(f"unknown check {what!r}")


if __name__ == "__main__":
    main(sys.argv)
