import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from app.core.errors import CorruptDocxError, EmptyFileError, GalleyInputError, NotADocxError
from app.io import load_document
from tests.conftest import snapshot


def make_docx(path, build):
    d = docx.Document()
    build(d)
    d.save(path)
    return path


def test_table_cells_are_read_in_reading_order(tmp_path):
    def build(d):
        d.add_heading("Xi meets Putin", level=1)
        d.add_paragraph("Before the table.")
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text = "A1"
        t.cell(0, 1).text = "B1"
        t.cell(1, 0).text = "A2"
        inner = t.cell(1, 1).add_table(rows=1, cols=1)
        inner.cell(0, 0).text = "Nested"
        d.add_paragraph("After the table.")
    doc = load_document(make_docx(tmp_path / "t.docx", build))
    assert doc.texts == ["Xi meets Putin", "Before the table.", "A1", "B1", "A2", "Nested", "After the table."]
    assert doc[0].style == "Heading 1"
    assert doc[1].style == "Normal"


def test_tabs_breaks_and_tracked_changes(tmp_path):
    def build(d):
        p = d.add_paragraph()
        p.add_run("Tab\there")
        p.add_run().add_break()
        p.add_run("after break")
        p2 = d.add_paragraph("Kept ")
        ins = etree.SubElement(p2._p, qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "Ed"})
        r = etree.SubElement(ins, qn("w:r"))
        etree.SubElement(r, qn("w:t")).text = "inserted"
        dele = etree.SubElement(p2._p, qn("w:del"), {qn("w:id"): "2", qn("w:author"): "Ed"})
        r2 = etree.SubElement(dele, qn("w:r"))
        etree.SubElement(r2, qn("w:delText")).text = " deleted"
    doc = load_document(make_docx(tmp_path / "t.docx", build))
    assert doc.texts == ["Tab\there after break", "Kept inserted"]


def test_sample_docx_matches_the_txt(samples):
    for name in ("lemonde-mt", "lemonde-clean"):
        assert load_document(samples / f"{name}.docx").texts == load_document(samples / f"{name}.txt").texts


def _zip_without_document(path):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")


@pytest.mark.parametrize("name, maker, error, words", [
    ("renamed.docx", lambda p: p.write_text("just text, not a zip"), NotADocxError, "not a Word document"),
    ("empty.docx", lambda p: p.write_bytes(b""), EmptyFileError, "empty"),
    ("ole.docx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512), NotADocxError,
     "password-protected"),
    ("other.docx", _zip_without_document, NotADocxError, "no word/document.xml"),
])
def test_non_docx(tmp_path, name, maker, error, words):
    f = tmp_path / name
    maker(f)
    before = snapshot(tmp_path)
    with pytest.raises(error) as info:
        load_document(f)
    assert str(f) in str(info.value) and words in str(info.value)
    assert snapshot(tmp_path) == before


def test_truncated_zip(tmp_path, samples):
    f = tmp_path / "cut.docx"
    f.write_bytes((samples / "lemonde-mt.docx").read_bytes()[:5000])
    before = snapshot(tmp_path)
    with pytest.raises(GalleyInputError) as info:
        load_document(f)
    assert str(f) in str(info.value) and "damaged" in str(info.value)
    assert snapshot(tmp_path) == before


def test_broken_xml_inside_a_valid_zip(tmp_path, samples):
    f = tmp_path / "broken.docx"
    with zipfile.ZipFile(samples / "lemonde-mt.docx") as src, zipfile.ZipFile(f, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(CorruptDocxError, match="damaged"):
        load_document(f)


def test_zip_bomb_is_refused_before_inflating(tmp_path, samples):
    f = tmp_path / "bomb.docx"
    with zipfile.ZipFile(samples / "lemonde-mt.docx") as src, \
            zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item.filename))
        dst.writestr("word/media/padding.bin", b"\0" * (30 * 1024 * 1024))
    assert f.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(CorruptDocxError, match="zip bomb"):
        load_document(f)


def test_empty_word_document(tmp_path):
    f = make_docx(tmp_path / "blank.docx", lambda d: d.add_paragraph("   "))
    with pytest.raises(EmptyFileError, match="contains no text"):
        load_document(f)


def test_a_dtd_is_refused_and_never_resolved(tmp_path, samples):
    f = tmp_path / "xxe.docx"
    with zipfile.ZipFile(samples / "lemonde-mt.docx") as src, zipfile.ZipFile(f, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                head, body = data.split(b"?>", 1)
                data = head + b'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + body
                data = data.replace(b"date 2022", b"&xxe; date 2022", 1)
            dst.writestr(item, data)
    with pytest.raises(CorruptDocxError) as info:
        load_document(f)
    assert str(f) in str(info.value) and "DTD" in str(info.value)
    assert "root:" not in str(info.value)
