"""Guard for the PySide6 6.12.0 / CPython 3.11 crash ("Fatal Python error: none_dealloc").

That release drops a reference to None on every call of a method that returns
nothing; on 3.11 None is not immortal, so a highlighting loop aborts the process.
pyproject.toml pins PySide6 < 6.12 on 3.11; this test fails if an upgrade brings the bug back.
"""
import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

CALLS = 100_000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    doc = QTextDocument("Putin expects Xi Jinping to support Xi")
    cursor = QTextCursor(doc)
    fmt = QTextCharFormat()
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(CALLS // 4):
        obj.setObjectName("x")
        cursor.setPosition(i % 10)
        cursor.setPosition(i % 10 + 3, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references in {CALLS} void Qt calls"
