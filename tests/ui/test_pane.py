"""The review pane: plain text only, highlights on the right characters, tooltips, overview."""
from PySide6.QtGui import QTextCharFormat

from app.core.textpos import OffsetMap
from app.ui.pane import Pane
from app.ui.spans import Span


def _formats(pane, paragraph):
    return [(start, length, f) for start, length, f in pane.block_formats(paragraph)]


def test_markup_is_plain_text(qtbot):
    pane = Pane("Working", editable=True)
    qtbot.addWidget(pane)
    text = '<b>bold</b> &amp; <img src="file:///etc/passwd">'
    pane.set_paragraphs([text, "second"])
    assert pane.paragraph_texts() == [text, "second"]
    assert pane.editor.document().toPlainText() == text + "\nsecond"


def test_underline_after_emoji_sits_on_the_word(qtbot):
    pane = Pane("Working", editable=True)
    qtbot.addWidget(pane)
    text = "Smile 😀👍🏽 then the the end"
    start = text.index("the the") + 4
    pane.set_paragraphs(["intro", text])
    pane.table.set_paragraph("finding", 1, [Span(start, start + 3, "Major", "Repeated word")])
    pane.refresh([1])
    (u_start, u_len, fmt), = _formats(pane, 1)
    m = OffsetMap(text)
    assert (u_start, u_len) == (m.to_utf16(start), 3)
    assert u_start == start + 3  # three astral code points before it, one extra unit each
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    # The painted UTF-16 range is exactly the word "the".
    units = text.encode("utf-16-le")
    assert units[2 * u_start:2 * (u_start + u_len)].decode("utf-16-le") == "the"
    assert _formats(pane, 0) == []


def test_overlapping_diff_and_finding_merge(qtbot):
    pane = Pane("Working", editable=True)
    qtbot.addWidget(pane)
    pane.set_paragraphs(["alpha beta gamma"])
    pane.table.set_paragraph("diff", 0, [Span(6, 16, "insert")])
    pane.table.set_paragraph("finding", 0, [Span(6, 10, "Critical", "tip")])
    pane.refresh()
    spans = sorted((s, n, f.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline,
                    f.background().style() != 0) for s, n, f in _formats(pane, 0))
    assert spans == [(6, 4, True, True), (10, 6, False, True)]


def test_tooltip_lookup_uses_code_points(qtbot):
    pane = Pane("Working", editable=True)
    qtbot.addWidget(pane)
    text = "🎉 Xi Xi"
    pane.set_paragraphs([text])
    pane.table.set_paragraph("finding", 0, [Span(5, 7, "Minor", "“Xi” is repeated")])
    assert pane.table.tips_at(0, 5) == ["“Xi” is repeated"]
    assert pane.table.tips_at(0, 2) == []


def test_selection_reports_code_points(qtbot):
    pane = Pane("Working", editable=True)
    qtbot.addWidget(pane)
    text = "👨‍👩‍👧 family photo"
    pane.set_paragraphs(["first", text])
    start = text.index("photo")
    pane.editor.setTextCursor(pane.cursor_for(1, start, start + 5))
    assert pane.selection() == (1, start, start + 5)


def test_editing_shifts_pending_spans(qtbot):
    pane = Pane("Working", editable=True)
    qtbot.addWidget(pane)
    pane.set_paragraphs(["a b the the end"])
    pane.table.set_paragraph("finding", 0, [Span(8, 11, "Major", "x"), Span(0, 1, "Minor", "y")])
    pane.table.shift_for_edit(0, 1, 1, {0: (2, 0, 4)})
    assert [(s.start, s.end) for s in pane.table.spans(0)] == [(12, 15), (0, 1)]
    pane.table.shift_for_edit(0, 1, 1, {0: (0, 1, 0)})  # an edit inside a span drops it
    assert [(s.start, s.end) for s in pane.table.spans(0)] == [(11, 14)]


def test_overview_maps_clicks_to_paragraphs(qtbot):
    pane = Pane("Working", editable=False)
    qtbot.addWidget(pane)
    texts = ["x" * 99] * 10
    pane.set_paragraphs(texts)
    strip = pane.overview
    assert strip.paragraph_at(0.0) == 0 and strip.paragraph_at(0.55) == 5 and strip.paragraph_at(1.0) == 9
    with qtbot.waitSignal(strip.jump) as sig:
        strip.resize(16, 200)
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest
        QTest.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(8, 150))
    assert sig.args == [7]


def test_far_paragraphs_are_highlighted_when_they_scroll_into_view(qtbot):
    pane = Pane("Base", editable=False)
    qtbot.addWidget(pane)
    pane.resize(500, 300)
    pane.show()
    pane.set_paragraphs([f"paragraph number {i} with some words" for i in range(2000)])
    pane.table.set_layer("finding", {i: [Span(0, 9, "Minor", "x")] for i in range(2000)})
    pane.refresh(None)

    def raw(i):  # the formats Qt will paint with, without asking the pane to catch up
        return [r.length for r in pane.editor.document().findBlockByNumber(i).layout().formats()]

    assert raw(0) == [9] and raw(1500) == []  # off screen: not done yet, so opening stays fast
    pane.go_to_paragraph(1500)
    assert raw(1500) == [9]
