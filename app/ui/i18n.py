"""The interface language: Galley's own translation and Qt's, from the preference or the system locale."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.paths import resources_dir

LANGUAGES = ("system", "en", "fr")   # the Preferences choices; "system" follows the locale


def chosen_language(qsettings: QSettings | None = None) -> str:
    """'en' or a language Galley ships a translation for, from view/language or the locale."""
    value = str((qsettings or QSettings()).value("view/language", "system"))
    if value == "system":
        value = QLocale.system().name().split("_")[0]
    return value if value in LANGUAGES[1:] else "en"


def install_translators(app, language: str) -> list[QTranslator]:
    """Load galley_<lang>.qm and Qt's own qtbase_<lang>.qm (standard buttons, file dialogs).
    English is the source language: nothing to load."""
    installed = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(f"galley_{language}", str(resources_dir() / "i18n")):
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for t in installed:
        QCoreApplication.installTranslator(t)
    return installed


def severity_label(severity: str) -> str:
    """An MQM severity as the interface shows it (the stored value stays English)."""
    return {"Critical": QCoreApplication.translate("MQM", "Critical"),
            "Major": QCoreApplication.translate("MQM", "Major"),
            "Minor": QCoreApplication.translate("MQM", "Minor")}.get(severity, severity)


def category_label(category: str) -> str:
    """An MQM category as the interface shows it (the stored value stays English)."""
    return {"Accuracy": QCoreApplication.translate("MQM", "Accuracy"),
            "Fluency": QCoreApplication.translate("MQM", "Fluency"),
            "Terminology": QCoreApplication.translate("MQM", "Terminology"),
            "Style": QCoreApplication.translate("MQM", "Style"),
            "Locale conventions": QCoreApplication.translate("MQM", "Locale conventions"),
            "Other": QCoreApplication.translate("MQM", "Other")}.get(category, category)


def percent(rate: float) -> str:
    """A rate as the interface language writes it: 10.3% in English, 10,3 % in French."""
    number = f"{rate * 100:.1f}".replace(".", QCoreApplication.translate("Numbers", "."))
    return QCoreApplication.translate("Numbers", "{0}%").format(number)
