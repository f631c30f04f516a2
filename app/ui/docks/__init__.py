"""Dock widgets of the review window: findings, comments, revisions."""
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def lay_out_dock(dock, view, buttons, trailing=(), above=None) -> None:
    """The docks' shared shape: optional controls above, the list, then a row of
    buttons on the left and status widgets on the right."""
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    for w in trailing:
        row.addWidget(w)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(4, 4, 4, 4)
    if above is not None:
        layout.addLayout(above)
    layout.addWidget(view)
    layout.addLayout(row)
    dock.setWidget(body)
