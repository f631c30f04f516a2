"""The main review window: two aligned panes, the docks, menus and status bar, wired together."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QInputDialog, QLabel, QMainWindow,
                               QMessageBox, QSplitter, QToolButton, QVBoxLayout, QWidget)

from app.core.errors import GalleyError
from app.core.session import ORIGINAL, WORKING
from app.core.textpos import OffsetMap
from app.ui import exports, files
from app.ui.actions import MENUS, ActionRegistry, ShortcutsDialog, menu_title
from app.ui.docks.comments import CommentDialog, CommentsDock
from app.ui.docks.findings import FindingsDock
from app.ui.docks.revisions import RevisionsDock
from app.ui.help import AboutDialog, UserGuide
from app.ui.pane import Pane
from app.ui.review import ReviewController
from app.ui.spans import severity_name
from app.ui.settings import Settings, WindowState
from app.ui.statusbar import ReviewStatusBar
from app.ui.sync import ScrollSync
from app.ui.theme import apply_theme
from app.ui.workers import Workers


class MainWindow(QMainWindow):
    """The window a reviewer works in; `review` (the controller) holds the project and its state."""

    def __init__(self, qsettings: QSettings | None = None, workers: Workers | None = None):
        super().__init__()
        self.qsettings = qsettings or QSettings()
        self.settings = Settings(self.qsettings, self)
        self.window_state = WindowState(self.qsettings)
        self.last_message: QMessageBox | None = None
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.left = Pane(self.tr("Machine translation"), editable=False)
        self.right = Pane(self.tr("Working text"), editable=True)
        self.workers = workers or Workers(self)
        self.workers.dialog_parent = self
        self.review = ReviewController(self.left, self.right, self.workers, self)
        self.sync = ScrollSync(self.left.editor, self.right.editor, self)
        self.right.editor.context_hook = self.finding_menu
        self.left.jumped.connect(lambda i: self._follow_jump(self.left, i))
        self.right.jumped.connect(lambda i: self._follow_jump(self.right, i))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("panes")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1, 1])
        self.version_a, self.version_b = QComboBox(), QComboBox()
        for combo in (self.version_a, self.version_b):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(self._versions_chosen)
        self.version_a.setToolTip(self.tr("The base version, shown on the left (read-only)"))
        self.version_b.setToolTip(self.tr("The version on the right; only the working text is editable"))
        self.back_button = QToolButton(text=self.tr("Back to review"))
        self.back_button.clicked.connect(self.back_to_review)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Compare")))
        bar.addWidget(self.version_a)
        bar.addWidget(QLabel(self.tr("with")))
        bar.addWidget(self.version_b)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.findings_dock = FindingsDock(self)
        self.comments_dock = CommentsDock(self)
        self.revisions_dock = RevisionsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.comments_dock)
        self.splitDockWidget(self.findings_dock, self.comments_dock, Qt.Orientation.Horizontal)
        self.tabifyDockWidget(self.comments_dock, self.revisions_dock)
        self.comments_dock.raise_()
        self.resizeDocks([self.findings_dock, self.comments_dock], [600, 500], Qt.Orientation.Horizontal)
        self.resizeDocks([self.findings_dock], [250], Qt.Orientation.Vertical)

        self.status = ReviewStatusBar(self)
        self.setStatusBar(self.status)
        self.actions = ActionRegistry(self)
        self._build_menus()
        self._connect()
        self._apply_preferences()
        self._fit_to_screen()
        self.window_state.restore(self)
        self._update_title()

    # -- construction ----------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """First-run size: 1400x900 where the screen has room, else 92% of what it offers, centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1400, 900)
            return
        avail = screen.availableGeometry()
        w, h = min(1400, int(avail.width() * 0.92)), min(900, int(avail.height() * 0.92))
        self.resize(w, h)
        self.move(avail.x() + (avail.width() - w) // 2, avail.y() + (avail.height() - h) // 2)
    def _build_menus(self) -> None:
        a = self.actions
        for name in MENUS:
            menu = self.menuBar().addMenu(menu_title(name))
            menu.setObjectName(f"menu{name}")
            for action in a.in_menu(name):
                menu.addAction(action)
                self.addAction(action)  # shortcuts work even when the menu bar is hidden
                if action.objectName() == "open":
                    self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
                    self.recent_menu.aboutToShow.connect(self._fill_recent)
                if action.objectName() in ("save_copy", "redo", "recheck", "compare", "export_report",
                                           "export_with_findings"):
                    menu.addSeparator()
        view = self.menuBar().findChild(type(self.recent_menu), "menuView")
        view.addSeparator()
        for dock in (self.findings_dock, self.comments_dock, self.revisions_dock):
            view.addAction(dock.toggleViewAction())
        exports.wire(self)
        self.menuBar().findChild(type(self.recent_menu), "menuExport").setToolTipsVisible(True)

    def _connect(self) -> None:
        a, r = self.actions, self.review
        stack = r.undo_stack
        a["undo"].triggered.connect(stack.undo)
        a["redo"].triggered.connect(stack.redo)
        for pane in (self.left, self.right):
            pane.editor.undo_requested.connect(stack.undo)
            pane.editor.redo_requested.connect(stack.redo)
        stack.canUndoChanged.connect(a["undo"].setEnabled)
        stack.canRedoChanged.connect(a["redo"].setEnabled)
        stack.undoTextChanged.connect(lambda t: a["undo"].setText(self.tr("&Undo {0}").format(t) if t else self.tr("&Undo")))
        stack.redoTextChanged.connect(lambda t: a["redo"].setText(self.tr("&Redo {0}").format(t) if t else self.tr("&Redo")))
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["quit"].triggered.connect(self.close)
        a["new_project"].triggered.connect(lambda: files.new_project_dialog(self))
        a["open"].triggered.connect(lambda: files.open_dialog(self))
        a["save_copy"].triggered.connect(lambda: files.save_copy_dialog(self))
        a["preferences"].triggered.connect(self.show_preferences)
        a["next_finding"].triggered.connect(lambda: self.go_to_finding(backwards=False))
        a["prev_finding"].triggered.connect(lambda: self.go_to_finding(backwards=True))
        a["apply_fix"].triggered.connect(self._apply_current)
        a["fix_all"].triggered.connect(lambda: self._with_current(self.review.fix_all))
        a["ignore_finding"].triggered.connect(lambda: self._with_current(self.review.toggle_ignore))
        a["add_comment"].triggered.connect(self.add_comment)
        a["next_change"].triggered.connect(lambda: self.go_to_change(+1))
        a["prev_change"].triggered.connect(lambda: self.go_to_change(-1))
        a["recheck"].triggered.connect(lambda: self.review.full_pass())
        a["snapshot"].triggered.connect(self.snapshot)
        a["compare"].triggered.connect(self._compare_from_dock)
        a["back_to_review"].triggered.connect(self.back_to_review)
        a["sync_scroll"].toggled.connect(lambda on: self.settings.set("view/sync_scroll", on))
        a["group_by_category"].toggled.connect(
            lambda on: self.settings.set("findings/group_by", "category" if on else "check"))
        a["shortcuts"].triggered.connect(lambda: ShortcutsDialog(self.actions, self).exec())
        a["user_guide"].triggered.connect(self.show_user_guide)
        a["about"].triggered.connect(lambda: AboutDialog(self).exec())

        fd = self.findings_dock
        fd.jump.connect(lambda f: self.show_finding(f, focus=True))
        fd.apply.connect(lambda f, s: self.review.apply_fix(f, s))
        fd.fix_all.connect(lambda f: self.review.fix_all(f))
        fd.ignore.connect(self.review.toggle_ignore)
        fd.comment.connect(self.comment_on_finding)
        fd.ignored_box.toggled.connect(lambda on: self.settings.set("findings/show_ignored", on))
        cd = self.comments_dock
        cd.jump.connect(self.show_annotation)
        cd.edit.connect(self.edit_annotation)
        cd.toggle_status.connect(self.review.toggle_annotation_status)
        cd.delete.connect(self.review.delete_annotation)
        rd = self.revisions_dock
        rd.snapshot.connect(self.snapshot)
        rd.compare.connect(self.compare_versions)
        rd.restore.connect(self.restore_revision)

        r.findings_changed.connect(self._findings_changed)
        r.annotations_changed.connect(self._annotations_changed)
        r.revisions_changed.connect(self._revisions_changed)
        r.comparison_changed.connect(self._comparison_changed)
        r.versions_changed.connect(self._versions_changed)
        r.message.connect(lambda m: self.status.showMessage(m, 5000))
        r.save_error.connect(self._save_failed)
        r.save_recovered.connect(lambda: self.status.set_save_problem(""))
        self.workers.busy_changed.connect(self.status.set_busy)
        self.settings.changed.connect(self._setting_changed)

    # -- preferences ---------------------------------------------------------------------
    def _apply_preferences(self) -> None:
        s = self.settings
        self.review.reviewer = s.get("reviewer/name")
        self.status.set_reviewer(self.review.reviewer, s.get("reviewer/initials"))
        apply_theme(QApplication.instance(), s.get("view/theme"))
        for pane in (self.left, self.right):
            pane.restyle()
            pane.set_font(s.get("view/font_family"), s.get("view/font_size"))
        self.actions["sync_scroll"].setChecked(s.get("view/sync_scroll"))
        self.sync.enabled = s.get("view/sync_scroll")
        group_by = s.get("findings/group_by")
        self.actions["group_by_category"].setChecked(group_by == "category")
        self.findings_dock.set_group_by(group_by)
        self.findings_dock.ignored_box.setChecked(s.get("findings/show_ignored"))
        self.review.check_options = {"disabled": tuple(s.get("checks/disabled")),
                                     "severities": dict(s.get("checks/severity"))}

    def _setting_changed(self, key: str, value) -> None:
        if key in ("reviewer/name", "reviewer/initials"):
            name = self.settings.get("reviewer/name")
            self.review.reviewer = name
            self.status.set_reviewer(name, self.settings.get("reviewer/initials"))
            if self.review.session is not None:
                self.review.session.set_reviewer(name)
        elif key == "view/theme":
            apply_theme(QApplication.instance(), value)
            for pane in (self.left, self.right):
                pane.restyle()
            self._findings_changed()
        elif key in ("view/font_family", "view/font_size"):
            for pane in (self.left, self.right):
                pane.set_font(self.settings.get("view/font_family"), self.settings.get("view/font_size"))
        elif key == "view/sync_scroll":
            self.sync.enabled = value
            self.actions["sync_scroll"].setChecked(value)
        elif key == "findings/group_by":
            self.findings_dock.set_group_by(value)
        elif key in ("checks/disabled", "checks/severity"):
            self.review.set_check_options(self.settings.get("checks/disabled"), self.settings.get("checks/severity"))

    def show_preferences(self) -> None:
        from app.ui.preferences import PreferencesDialog
        PreferencesDialog(self.settings, files.check_catalogue(), self).exec()

    # -- projects ------------------------------------------------------------------------
    def _save_failed(self, message: str) -> None:
        self.status.set_save_problem(message)
        self.show_error(self.tr("Galley cannot save"), message + "\n\n" + self.tr(
                        "Galley keeps trying; nothing you do is lost while this window stays open. "
                        "File ▸ Save a Copy puts it on another disk."),
                        QMessageBox.Icon.Warning)

    def open_session(self, session) -> bool:
        """Show `session`; False (and the current project kept) if the current one cannot be saved."""
        old = self.review.session
        if old is not None and old is not session:
            self.review.save_now()
            try:
                old.close()
            except GalleyError as exc:
                self.show_error(self.tr("Galley cannot save"),
                                f"{exc}\n\n" + self.tr("The project stays open so nothing is lost."))
                return False
            self.status.set_save_problem("")
        session.set_reviewer(self.settings.get("reviewer/name"))
        self.review.open_session(session)
        if session.read_only_reason:
            self.show_error(self.tr("Opened read-only"), f"{session.path}: {session.read_only_reason}",
                            QMessageBox.Icon.Warning)
        elif session.notices:
            self.show_error(self.tr("Comments were re-anchored"), "\n".join(str(n) for n in session.notices),
                            QMessageBox.Icon.Information)
        if session.path is not None:
            self.settings.add_recent(str(session.path))
            self.settings.set("files/last_project", str(session.path))
        self._update_title()
        return True

    def open_files(self, mt_path, clean_path=None) -> bool:
        return files.open_pair(self, mt_path, clean_path)

    def refresh_title(self) -> None:
        self._update_title()

    def _update_title(self) -> None:
        s = self.review.session
        if s is None:
            self.setWindowTitle("Galley")
            return
        name = s.path.name if s.path else (s.title or self.tr("Untitled"))
        self.setWindowTitle(f"{name} — Galley" + (self.tr(" [read-only]") if s.read_only_reason else ""))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get("files/recent")
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: files.open_path(self, p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if files.droppable(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = files.droppable(event.mimeData())
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: files.open_dropped(self, paths))

    def show_error(self, title: str, message: str, icon=QMessageBox.Icon.Critical) -> None:
        """A window-modal message that does not block the event loop (tests can read it)."""
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_message = box

    def closeEvent(self, event) -> None:  # noqa: N802
        try:
            files.close_session(self)
        except GalleyError as exc:  # work the disk refused is still only in memory: do not drop it
            event.ignore()
            self.show_error(self.tr("Galley cannot save"), f"{exc}\n\n" + self.tr(
                "Make room on the disk, or use File ▸ Save a Copy, then close again."))
            return
        self.window_state.save(self)
        self.workers.shutdown()
        self.settings.sync()
        super().closeEvent(event)

    # -- findings --------------------------------------------------------------------------
    def _findings_changed(self) -> None:
        r = self.review
        self.findings_dock.set_findings(r.findings, r.session.ignored if r.session else set())
        self.status.set_findings(r.severity_counts())
        self.status.set_language(r.language)

    def show_finding(self, f, focus: bool = False) -> None:
        self.right.show_span(f.paragraph, f.start, f.end, select=True)
        self.findings_dock.select(f)
        if focus:
            self.right.editor.setFocus()

    def go_to_finding(self, backwards: bool = False):
        """F8 / Shift+F8: the next open finding the list shows, from the cursor, in document order."""
        cursor = self.right.editor.textCursor()
        block = cursor.block()
        pos = OffsetMap(block.text()).to_codepoint(cursor.selectionStart() - block.position())
        ignored = self.review.session.ignored if self.review.session else set()
        walk = [x for x in self.findings_dock.visible if x.fingerprint not in ignored]
        f = self.review.next_finding((block.blockNumber(), pos), backwards, walk)
        if f is None:
            self.status.showMessage(self.tr("No open findings."), 3000)
            return None
        self.show_finding(f, focus=True)
        return f

    def findings_at(self, paragraph: int, offset: int) -> list:
        ignored = self.review.session.ignored if self.review.session else set()
        return [f for f in self.review.findings if f.paragraph == paragraph and f.fingerprint not in ignored
                and f.start <= offset <= max(f.end, f.start + 1)]

    def finding_menu(self, menu, paragraph: int, offset: int) -> list:
        """Right-click on an underlined word: its fixes first, as a spelling checker offers them."""
        if not self.review.editable:
            return []
        first = menu.actions()[0] if menu.actions() else None
        added = []

        def add(text: str, slot) -> None:
            act = QAction(text, menu)
            act.triggered.connect(slot)
            menu.insertAction(first, act)
            added.append(act)

        for f in self.findings_at(paragraph, offset):
            for s in f.suggestions[:5]:
                add(self.tr("Replace with “{0}”").format(s) if s else self.tr("Delete “{0}”").format(f.text),
                    lambda _=False, f=f, s=s: self.review.apply_fix(f, s))
            if getattr(f, "group", None) and f.suggestions:
                add(self.tr("Fix All: {0}").format(f.check.replace('-', ' ')), lambda _=False, f=f: self.review.fix_all(f))
            add(self.tr("Ignore “{0}” ({1})").format(f.text, f.check), lambda _=False, f=f: self.review.toggle_ignore(f))
        if added:
            menu.insertSeparator(first)
        return added

    def _with_current(self, fn):
        f = self.findings_dock.current_finding()
        if f is not None:
            fn(f)

    def _apply_current(self) -> None:
        f = self.findings_dock.current_finding()
        if f is None or not f.suggestions:
            return
        if len(f.suggestions) > 1:
            menu = self.findings_dock.suggestion_menu(f, self)
            rect = self.right.editor.cursorRect()
            menu.popup(self.right.editor.viewport().mapToGlobal(rect.bottomLeft()))
            return
        self.review.apply_fix(f)

    def go_to_change(self, step: int) -> None:
        changed = sorted(self.right.editor.gutter.changed)
        if not changed:
            return
        cur = self.right.current_paragraph()
        nxt = [i for i in changed if (i > cur if step > 0 else i < cur)]
        target = (nxt[0] if step > 0 else nxt[-1]) if nxt else (changed[0] if step > 0 else changed[-1])
        self.right.go_to_paragraph(target)

    def _follow_jump(self, pane: Pane, paragraph: int) -> None:
        pane.editor.setFocus()

    # -- comments --------------------------------------------------------------------------
    def ask_comment(self, quote: str, comment="", category="", severity=""):
        """(comment, category, severity) from the dialog, or None if cancelled (tests replace this)."""
        dlg = CommentDialog(quote, comment, category, severity, self)
        return dlg.values() if dlg.exec() else None

    def add_comment(self) -> None:
        """Ctrl+Alt+M: comment on the selection (or the word at the cursor) of the pane in use.

        Usually the working text; with the focus in the left pane, the MT (or the revision
        shown there): MQM annotation of the MT itself."""
        r = self.review
        if r.session is None:
            return
        on_left = self.left.editor.hasFocus()
        pane, key = (self.left, r.left_key) if on_left else (self.right, r.right_key)
        sel = pane.selection()
        if sel is None:
            cursor = pane.editor.textCursor()
            cursor.select(cursor.SelectionType.WordUnderCursor)
            pane.editor.setTextCursor(cursor)
            sel = pane.selection()
        if sel is None or sel[1] == sel[2]:
            self.status.showMessage(self.tr("Select the text to comment on."), 5000)
            return
        para, start, end = sel
        values = self.ask_comment(r.session.version(key)[para].text[start:end])
        if values:
            new_id = r.add_annotation(para, start, end, *values, version=key)
            if new_id is not None:
                self.comments_dock.select(new_id)

    def comment_on_finding(self, f) -> None:
        if not self.review.editable or not self.review._still_there(f):
            return
        values = self.ask_comment(f.text, f.message, getattr(f, "category", ""), severity_name(f.severity))
        if values:
            self.review.add_annotation(f.paragraph, f.start, f.end, *values)

    def edit_annotation(self, a) -> None:
        values = self.ask_comment(a.quote, a.body, a.category or "", a.severity or "")
        if values:
            self.review.edit_annotation(a, *values)

    def show_annotation(self, a) -> None:
        if a.detached:
            detached = self.tr("This comment is detached: its text “{0}” is no longer there.")
            self.status.showMessage(detached.format(a.quote), 6000)
            return
        r = self.review
        key = r.session.version_key(a.version)
        if key == WORKING:
            if r.right_key != WORKING:
                self.back_to_review()
            pane = self.right
        elif key == r.right_key:
            pane = self.right
        else:
            if key != r.left_key:
                r.show_versions(key, r.right_key if r.right_key != key else WORKING)
            pane = self.left
        pane.show_span(a.paragraph, a.start, a.end, select=True)
        pane.editor.setFocus()

    def _annotations_changed(self) -> None:
        anns = self.review.annotations()
        s = self.review.session
        self.comments_dock.set_annotations(anns, lambda name: "" if name == WORKING else
                                           s.version_label(s.version_key(name)))
        self.status.set_comments(sum(1 for a in anns if a.status == "open"))

    # -- revisions -----------------------------------------------------------------------
    def ask_label(self) -> str | None:
        label, ok = QInputDialog.getText(self, self.tr("Snapshot revision"), self.tr("Label for this revision:"))
        return label.strip() if ok and label.strip() else None

    def snapshot(self) -> None:
        if self.review.session is None:
            return
        label = self.ask_label()
        if label and self.review.snapshot(label):
            self.status.showMessage(self.tr("Saved revision “{0}”.").format(label), 4000)

    def restore_revision(self, revision_id) -> None:
        self.review.restore(revision_id)

    def compare_versions(self, key_a, key_b) -> None:
        self.review.show_versions(key_a, key_b)

    def _compare_from_dock(self) -> None:
        self.revisions_dock.show()
        self.revisions_dock.raise_()
        keys = self.revisions_dock.selected_keys()
        if len(keys) == 2:
            self.compare_versions(*keys)
        else:
            self.version_b.setFocus()
            self.version_b.showPopup()

    def back_to_review(self) -> None:
        if self.review.session is not None:
            self.review.show_versions(ORIGINAL, WORKING)

    def _revisions_changed(self) -> None:
        s = self.review.session
        if s is None:
            return
        self.revisions_dock.set_entries(s.revisions, {ORIGINAL: 0.0, **self.review.rates})
        self._fill_version_combos()

    def _fill_version_combos(self) -> None:
        s = self.review.session
        keys = [ORIGINAL, *[r.id for r in s.revisions], WORKING]
        for combo, current in ((self.version_a, self.review.left_key), (self.version_b, self.review.right_key)):
            combo.blockSignals(True)
            combo.clear()
            for k in keys:
                combo.addItem(s.version_label(k), k)
            combo.setCurrentIndex(keys.index(current) if current in keys else 0)
            combo.blockSignals(False)

    def _versions_chosen(self, _index=None) -> None:
        a, b = self.version_a.currentData(), self.version_b.currentData()
        if (a, b) != (self.review.left_key, self.review.right_key):
            self.compare_versions(a, b)

    def _versions_changed(self) -> None:
        r = self.review
        self._fill_version_combos()
        self.back_button.setVisible((r.left_key, r.right_key) != (ORIGINAL, WORKING))
        self.actions["back_to_review"].setEnabled((r.left_key, r.right_key) != (ORIGINAL, WORKING))
        for name in ("apply_fix", "fix_all", "ignore_finding"):
            self.actions[name].setEnabled(r.right_key == WORKING)
        self.sync.clear_pairs()

    def _comparison_changed(self) -> None:
        r = self.review
        c = r.comparison
        if c is not None:
            self.sync.set_pairs(c.pairs)
            self.status.set_edit_rate(c.edit_rate, r.session.version_label(r.left_key).lower())
        self.status.set_language(r.language)

    def show_user_guide(self) -> UserGuide:
        """Help → User Guide: one guide window, kept open beside the review (not modal)."""
        if getattr(self, "user_guide", None) is None:
            self.user_guide = UserGuide(self)
        self.user_guide.show()
        self.user_guide.raise_()
        return self.user_guide

