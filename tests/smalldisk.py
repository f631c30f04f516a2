"""A real small disk for fault tests: a tmpfs of a few MB that can be filled and made read-only.

Mounting needs root (CAP_SYS_ADMIN); where it is not allowed, the tests that need a
real disk skip and the injected-fault tests still cover the same paths.
"""
from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest


class SmallDisk:
    def __init__(self, path: Path):
        self.path = path
        self._filler = path / ".filler"

    def fill(self) -> None:
        """Take every free byte, so the next write gets ENOSPC."""
        fd = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            size = 1 << 20
            while size:
                try:
                    os.write(fd, b"\0" * size)
                except OSError:
                    size //= 2  # down to the last few bytes
        finally:
            os.close(fd)

    def make_room(self) -> None:
        self._filler.unlink(missing_ok=True)

    def set_read_only(self, read_only: bool) -> None:
        _mount("-o", f"remount,{'ro' if read_only else 'rw'}", str(self.path))

    def files(self) -> list[str]:
        return sorted(p.name for p in self.path.iterdir() if p.name != ".filler")


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextmanager
def small_disk(folder: Path, size: str = "4m"):
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot mount a small tmpfs here ({exc})")
    try:
        yield SmallDisk(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
