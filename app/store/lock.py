"""One writer per project: an OS advisory lock held for as long as Galley has the project open.

On Linux and macOS this is `flock` on the .galley file itself. The kernel drops it when the
process ends, even by SIGKILL or a power cut, so a crash never leaves a stale lock to clear
by hand, and no lock file sits beside the project. SQLite's own locks are POSIX record
locks, which are independent of flock. On Windows, `msvcrt.locking` on a sidecar file.
"""
from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


class ProjectLock:
    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None
        self._sidecar: Path | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process holds it."""
        if fcntl is not None:
            fd = os.open(self.path, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
            self._fd = fd
            return True
        import msvcrt
        self._sidecar = self.path.with_name(self.path.name + ".lock")
        fd = os.open(self._sidecar, os.O_RDWR | os.O_CREAT)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        os.close(self._fd)  # closing the descriptor drops the lock
        self._fd = None
        if self._sidecar is not None:
            try:
                self._sidecar.unlink()
            except OSError:
                pass

    @property
    def held(self) -> bool:
        return self._fd is not None
