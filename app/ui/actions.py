"""The one registry of window actions: text, shortcut, menu and tip, in one table.

Every menu entry, toolbar button and key binding of the main window comes from
ACTIONS, so Help → Keyboard Shortcuts can list them all and a test can prove no
two actions share a shortcut.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
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


def T(text: str) -> str:
    """Marks an action text for `make translations` (lupdate -tr-function-alias QT_TR_NOOP+=T);
    ActionRegistry translates it at run time."""
    return text


def tr(text: str) -> str:
    # lupdate files T(...) texts under the empty context (module level, no class).
    return QCoreApplication.translate("", text)


def menu_title(name: str) -> str:
    return {"File": QCoreApplication.translate("Menus", "&File"), "Edit": QCoreApplication.translate("Menus", "&Edit"),
            "Review": QCoreApplication.translate("Menus", "&Review"),
            "Revisions": QCoreApplication.translate("Menus", "Re&visions"),
            "View": QCoreApplication.translate("Menus", "&View"), "Export": QCoreApplication.translate("Menus", "E&xport"),
            "Help": QCoreApplication.translate("Menus", "&Help")}.get(name, "&" + name)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_project", T("&New Project from MT…"), "File", "Ctrl+N",
               T("Start a project from an MT file, optionally with a cleaned version")),
    ActionSpec("open", T("&Open…"), "File", "Ctrl+O", T("Open a .galley project, or a TXT/DOCX file as a new project")),
    ActionSpec("save_copy", T("Save a &Copy As…"), "File", "", T("Write a copy of the project to another file")),
    ActionSpec("quit", T("&Quit"), "File", "Ctrl+Q"),
    ActionSpec("undo", T("&Undo"), "Edit", "Ctrl+Z"),
    ActionSpec("redo", T("&Redo"), "Edit", "Ctrl+Shift+Z"),
    ActionSpec("preferences", T("&Preferences…"), "Edit", "Ctrl+,"),
    ActionSpec("next_finding", T("&Next Finding"), "Review", "F8", T("Go to the next open finding")),
    ActionSpec("prev_finding", T("&Previous Finding"), "Review", "Shift+F8", T("Go to the previous open finding")),
    ActionSpec("apply_fix", T("&Apply Suggestion"), "Review", "Ctrl+Return",
               T("Replace the current finding's text with its first suggestion")),
    ActionSpec("fix_all", T("Fix All &Occurrences"), "Review", "Ctrl+Shift+Return",
               T("Apply the suggestion to every finding of the same group (name variants)")),
    ActionSpec("ignore_finding", T("&Ignore Finding"), "Review", "Ctrl+Shift+I",
               T("Hide this finding; it stays ignored while its text and context are unchanged")),
    ActionSpec("add_comment", T("Add &Comment…"), "Review", "Ctrl+Alt+M", T("Annotate the selected text")),
    ActionSpec("next_change", T("Next C&hange"), "Review", "Alt+Down", T("Go to the next changed paragraph")),
    ActionSpec("prev_change", T("Previous Chan&ge"), "Review", "Alt+Up", T("Go to the previous changed paragraph")),
    ActionSpec("recheck", T("Re&check Document"), "Review", "F5", T("Run every check again")),
    ActionSpec("snapshot", T("&Snapshot Revision…"), "Revisions", "Ctrl+Shift+S",
               T("Save the working text as a named revision")),
    ActionSpec("compare", T("&Compare Revisions…"), "Revisions", "Ctrl+Shift+C",
               T("Show any two versions side by side")),
    ActionSpec("back_to_review", T("&Back to Review"), "Revisions", "Ctrl+Shift+R",
               T("Show the MT beside the editable working text again")),
    ActionSpec("sync_scroll", T("&Synchronized Scrolling"), "View", "", T("Scroll both panes together"), True),
    ActionSpec("group_by_category", T("Group Findings by &Category"), "View", "",
               T("Group the findings list by MQM category instead of by check"), True),
    ActionSpec("export_clean", T("&Clean Copy (DOCX)…"), "Export"),
    ActionSpec("export_redline", T("&Redline with Tracked Changes (DOCX)…"), "Export"),
    ActionSpec("export_bilingual", T("&Bilingual Table (DOCX)…"), "Export"),
    ActionSpec("export_report", T("QA &Report (DOCX)…"), "Export"),
    ActionSpec("export_with_findings", T("Include Open &Findings as Comments"), "Export", "",
               T("Redline and bilingual exports also carry the findings still open, as Word comments"), True),
    ActionSpec("import_review", T("&Import Editor Review (DOCX)…"), "Export", "",
               T("Bring an editor's redline or bilingual table back in as a new revision with their comments")),
    ActionSpec("user_guide", T("&User Guide"), "Help", "F1", T("How to review, fix, comment, compare and exchange DOCX")),
    ActionSpec("shortcuts", T("&Keyboard Shortcuts"), "Help", "Ctrl+/"),
    ActionSpec("about", T("&About Galley"), "Help"),
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
            a = QAction(tr(s.text), parent)
            a.setObjectName(s.id)
            if s.shortcut:
                a.setShortcut(QKeySequence(s.shortcut))
            if s.tip:
                a.setStatusTip(tr(s.tip))
                a.setToolTip(tr(s.tip))
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
            rows.append((menu_title(s.menu).replace("&", ""), self.actions[s.id].text().replace("&", "").rstrip("…"),
                         seq.toString(QKeySequence.SequenceFormat.NativeText)))
        return rows


class ShortcutsDialog(QDialog):
    """Help → Keyboard Shortcuts: every action and its key, from the registry."""

    def __init__(self, registry: ActionRegistry, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = registry.shortcut_rows()
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Shortcut")])
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
