"""Preferences: one typed table of defaults behind one QSettings wrapper.

Unknown keys and values of the wrong type are refused (a typo is a bug, not a
new setting). Every change is signalled, so the window reacts in one place.
Window geometry lives apart, in WindowState: resetting preferences must not
move the window, and restoring a layout must not touch preferences.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: object
    doc: str
    choices: tuple = ()


OPTIONS: tuple[Option, ...] = (
    Option("reviewer/name", str, "", "The reviewer's name, recorded on comments and revisions"),
    Option("reviewer/initials", str, "", "Initials shown beside comments"),
    Option("view/theme", str, "system", "Colour theme", ("system", "light", "dark")),
    Option("view/font_family", str, "", "Font of the text panes (empty: the system's)"),
    Option("view/font_size", float, 11.0, "Font size of the text panes, in points"),
    Option("view/sync_scroll", bool, True, "Scroll both panes together"),
    Option("findings/group_by", str, "check", "Group findings by check or by MQM category", ("check", "category")),
    Option("findings/show_ignored", bool, False, "List ignored findings too"),
    Option("checks/disabled", list, [], "Ids of checks that are switched off"),
    Option("checks/severity", dict, {}, "Severity chosen per check id, overriding its default"),
    Option("files/recent", list, [], "Recently opened projects, newest first"),
    Option("files/last_project", str, "", "The project open when Galley last closed"),
)
_BY_KEY = {o.key: o for o in OPTIONS}
RECENT_MAX = 10


class Settings(QObject):
    """get/set typed preferences; emits changed(key, value) after every real change."""

    changed = Signal(str, object)

    def __init__(self, qsettings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.q = qsettings or QSettings()

    @staticmethod
    def option(key: str) -> Option:
        try:
            return _BY_KEY[key]
        except KeyError:
            raise KeyError(f"unknown setting {key!r}") from None

    def get(self, key: str):
        opt = self.option(key)
        raw = self.q.value(key)
        if raw is None:
            return _copy(opt.default)
        try:
            value = _decode(opt, raw)
        except (TypeError, ValueError):
            return _copy(opt.default)
        if opt.choices and value not in opt.choices:
            return _copy(opt.default)
        return value

    def set(self, key: str, value) -> None:
        opt = self.option(key)
        if opt.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, opt.type):
            raise TypeError(f"setting {key!r} takes {opt.type.__name__}, not {type(value).__name__}")
        if opt.choices and value not in opt.choices:
            raise ValueError(f"setting {key!r} must be one of {', '.join(opt.choices)}")
        if value == self.get(key):
            return
        self.q.setValue(key, json.dumps(value) if opt.type in (list, dict) else value)
        self.changed.emit(key, _copy(value))

    def reset(self, key: str) -> None:
        self.set(key, _copy(self.option(key).default))

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.get("files/recent") if p != path]
        self.set("files/recent", [path, *recent][:RECENT_MAX])

    def sync(self) -> None:
        self.q.sync()


def _copy(v):
    return list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v


def _decode(opt: Option, raw):
    if opt.type is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
    if opt.type is float:
        return float(raw)
    if opt.type in (list, dict):
        value = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(value, opt.type):
            raise TypeError
        return value
    return str(raw)


class WindowState:
    """Geometry, dock layout and splitter sizes: saved on close, restored on start."""

    KEYS = ("window/geometry", "window/state", "window/splitter")

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings()

    def save(self, window) -> None:
        self.q.setValue("window/geometry", window.saveGeometry())
        self.q.setValue("window/state", window.saveState())
        self.q.setValue("window/splitter", window.splitter.saveState())
        self.q.sync()

    def restore(self, window) -> bool:
        geometry = self.q.value("window/geometry")
        if not isinstance(geometry, QByteArray) or geometry.isEmpty():
            return False
        window.restoreGeometry(geometry)
        state = self.q.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        splitter = self.q.value("window/splitter")
        if isinstance(splitter, QByteArray):
            window.splitter.restoreState(splitter)
        return True
