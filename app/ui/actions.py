"""The one registry of window actions: text, shortcut, menu and tip, in one table.

Every menu entry, toolbar button and key binding of the main window comes from
ACTIONS, so Help → Keyboard Shortcuts can list them all and a test can prove no
two actions share a shortcut.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    shortcut: str = ""
    tip: str = ""
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_project", "&New Project from MT…", "File", "Ctrl+N",
               "Start a project from an MT file, optionally with a cleaned version"),
    ActionSpec("open", "&Open…", "File", "Ctrl+O", "Open a .galley project, or a TXT/DOCX file as a new project"),
    ActionSpec("save_copy", "Save a &Copy As…", "File", "", "Write a copy of the project to another file"),
    ActionSpec("quit", "&Quit", "File", "Ctrl+Q"),
    ActionSpec("undo", "&Undo", "Edit", "Ctrl+Z"),
    ActionSpec("redo", "&Redo", "Edit", "Ctrl+Shift+Z"),
    ActionSpec("preferences", "&Preferences…", "Edit", "Ctrl+,"),
    ActionSpec("next_finding", "&Next Finding", "Review", "F8", "Go to the next open finding"),
    ActionSpec("prev_finding", "&Previous Finding", "Review", "Shift+F8", "Go to the previous open finding"),
    ActionSpec("apply_fix", "&Apply Suggestion", "Review", "Ctrl+Return",
               "Replace the current finding's text with its first suggestion"),
    ActionSpec("fix_all", "Fix All &Occurrences", "Review", "Ctrl+Shift+Return",
               "Apply the suggestion to every finding of the same group (name variants)"),
    ActionSpec("ignore_finding", "&Ignore Finding", "Review", "Ctrl+Shift+I",
               "Hide this finding; it stays ignored while its text and context are unchanged"),
    ActionSpec("add_comment", "Add &Comment…", "Review", "Ctrl+Alt+M", "Annotate the selected text"),
    ActionSpec("next_change", "Next C&hange", "Review", "Alt+Down", "Go to the next changed paragraph"),
    ActionSpec("prev_change", "Previous Chan&ge", "Review", "Alt+Up", "Go to the previous changed paragraph"),
    ActionSpec("recheck", "Re&check Document", "Review", "F5", "Run every check again"),
    ActionSpec("snapshot", "&Snapshot Revision…", "Revisions", "Ctrl+Shift+S",
               "Save the working text as a named revision"),
    ActionSpec("compare", "&Compare Revisions…", "Revisions", "Ctrl+Shift+C",
               "Show any two versions side by side"),
    ActionSpec("back_to_review", "&Back to Review", "Revisions", "Ctrl+Shift+R",
               "Show the MT beside the editable working text again"),
    ActionSpec("sync_scroll", "&Synchronized Scrolling", "View", "", "Scroll both panes together", True),
    ActionSpec("group_by_category", "Group Findings by &Category", "View", "",
               "Group the findings list by MQM category instead of by check", True),
    ActionSpec("export_clean", "&Clean Copy (DOCX)…", "Export"),
    ActionSpec("export_redline", "&Redline with Tracked Changes (DOCX)…", "Export"),
    ActionSpec("export_bilingual", "&Bilingual Table (DOCX)…", "Export"),
    ActionSpec("export_report", "QA &Report (DOCX)…", "Export"),
    ActionSpec("export_with_findings", "Include Open &Findings as Comments", "Export", "",
               "Redline and bilingual exports also carry the findings still open, as Word comments", True),
    ActionSpec("import_review", "&Import Editor Review (DOCX)…", "Export", "",
               "Bring an editor's redline or bilingual table back in as a new revision with their comments"),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "Help", "F1"),
    ActionSpec("about", "&About Galley", "Help"),
)

MENUS = ("File", "Edit", "Review", "Revisions", "View", "Export", "Help")


def duplicate_shortcuts(specs=ACTIONS) -> dict[str, list[str]]:
    """Shortcut (portable text) -> action ids, for shortcuts used more than once."""
    seen: dict[str, list[str]] = {}
    for s in specs:
        if s.shortcut:
            key = QKeySequence(s.shortcut).toString(QKeySequence.SequenceFormat.PortableText)
            seen.setdefault(key, []).append(s.id)
    return {k: v for k, v in seen.items() if len(v) > 1}


class ActionRegistry:
    """Builds one QAction per spec, owned by `parent`; look them up by id."""

    def __init__(self, parent, specs=ACTIONS):
        self.specs = {s.id: s for s in specs}
        self.actions: dict[str, QAction] = {}
        for s in specs:
            a = QAction(s.text, parent)
            a.setObjectName(s.id)
            if s.shortcut:
                a.setShortcut(QKeySequence(s.shortcut))
            if s.tip:
                a.setStatusTip(s.tip)
                a.setToolTip(s.tip)
            a.setCheckable(s.checkable)
            self.actions[s.id] = a

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def in_menu(self, menu: str) -> list[QAction]:
        return [self.actions[s.id] for s in self.specs.values() if s.menu == menu]

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, action text without '&', shortcut in the platform's notation)."""
        rows = []
        for s in self.specs.values():
            seq = self.actions[s.id].shortcut()
            rows.append((s.menu, s.text.replace("&", "").rstrip("…"),
                         seq.toString(QKeySequence.SequenceFormat.NativeText)))
        return rows


class ShortcutsDialog(QDialog):
    """Help → Keyboard Shortcuts: every action and its key, from the registry."""

    def __init__(self, registry: ActionRegistry, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        rows = registry.shortcut_rows()
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(["Menu", "Action", "Shortcut"])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.resizeRowsToContents()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)
