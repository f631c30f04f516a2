"""QUndoCommands around the session's named operations: one undo stack for everything."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.ui.session import EditParagraphs, Operation

TYPING_ID = 1001


class OperationCommand(QUndoCommand):
    """Applies an operation on redo, reverts it on undo, then lets the controller refresh.

    `already_applied` is for typing: the editor already shows the text, so the
    first redo only records it in the project."""

    def __init__(self, controller, op: Operation, already_applied: bool = False):
        super().__init__(op.name)
        self.controller, self.op = controller, op
        self._skip_editor = already_applied

    def id(self) -> int:
        return TYPING_ID if isinstance(self.op, EditParagraphs) and self.op.name == "Typing" else -1

    def mergeWith(self, other) -> bool:  # noqa: N802
        return isinstance(other, OperationCommand) and isinstance(self.op, EditParagraphs) \
            and isinstance(other.op, EditParagraphs) and self.op.extend(other.op)

    def redo(self) -> None:
        if self._skip_editor:
            self._skip_editor = False
            self.controller.run_op(self.op, editor_current=True)
        else:
            self.controller.run_op(self.op)

    def undo(self) -> None:
        self.controller.run_op(self.op, revert=True)
