"""Atomic file output: the target is either the previous file or the complete new one.

Every file Galley writes for the user (DOCX exports, `galley fix` drafts) goes
through here: the bytes are written and fsynced as `.NAME.PID.XXXX.tmp` beside
the target, then renamed over it. A write the disk refuses raises
OutputWriteError with the temp file removed; temp files left by a killed writer
(their process is gone) are removed by the next write to the same name.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from app.core.errors import GalleyInputError, OutputWriteError


def write_bytes_atomic(out: Path, data: bytes, inputs=()) -> Path:
    """Write `data` to `out` atomically; refuse to write over any of `inputs` (by resolved path)."""
    out = Path(out)
    target = out.resolve()
    for src in inputs:
        if src and Path(src).exists() and Path(src).resolve() == target:
            raise GalleyInputError(out, "this is one of the inputs; Galley never writes over an input, "
                                        "choose another output name")
    if target.is_dir():
        raise GalleyInputError(out, "this is a folder; give a file name")
    if not target.parent.is_dir():
        raise GalleyInputError(out, "the folder it would go in does not exist")
    sweep_stale_temps(target)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _unlink(tmp)
        raise OutputWriteError(out, f"cannot write it: {_why(exc)}; nothing was written under this name") from None
    except BaseException:
        _unlink(tmp)
        raise
    return target


def sweep_stale_temps(target: Path) -> list[Path]:
    """Remove `.NAME.PID.*.tmp` files beside `target` whose writing process no longer runs."""
    gone = []
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return gone
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            path = target.parent / name
            _unlink(path)
            gone.append(path)
    return gone


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _unlink(path) -> None:
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (the folder or the disk is read-only)"
    return (exc.strerror or str(exc)).lower()
