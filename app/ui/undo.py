"""QUndoCommands around the project's named operations: one undo stack for everything."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

TYPING_ID = 1001


class OperationCommand(QUndoCommand):
    """Reverts an operation on undo and applies it again on redo; the text is the operation's name.

    The controller applies an operation before pushing it (so a refused one never
    reaches the stack); `already_applied` makes the push's own first redo a no-op."""

    def __init__(self, controller, op, already_applied: bool = True):
        super().__init__(op.name)
        self.controller, self.op = controller, op
        self._skip = already_applied

    def id(self) -> int:
        return TYPING_ID if self.op.name == "Typing" else -1

    def mergeWith(self, other) -> bool:  # noqa: N802
        # Keystrokes in one paragraph are one undo step, as in a word processor.
        extend = getattr(self.op, "extend", None)
        return isinstance(other, OperationCommand) and extend is not None and extend(other.op)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.controller.run_op(self.op)

    def undo(self) -> None:
        self.controller.run_op(self.op, revert=True)
