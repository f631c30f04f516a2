import codecs

import pytest

from app.core.errors import (BinaryFileError, EmptyFileError, FileTooLargeError, GalleyInputError,
                             MissingFileError, UndecodableTextError, UnsupportedFormatError)
from app.io import load_document
from tests.conftest import snapshot

TEXT = "Lemaître wrote: “China’s No. 3 — Li Zhanshu — said so.”\n\nSecond paragraph…"
EXPECTED = ["Lemaître wrote: “China’s No. 3 — Li Zhanshu — said so.”", "Second paragraph…"]


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "UTF-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16 LE"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16 BE"),
    (TEXT.replace("\n", "\r\n").encode("utf-8"), "UTF-8"),
    (TEXT.replace("\n", "\r").encode("utf-8"), "UTF-8"),
])
def test_encodings_and_line_endings(tmp_path, data, encoding):
    f = tmp_path / "in.txt"
    f.write_bytes(data)
    doc = load_document(f)
    assert doc.texts == EXPECTED
    assert doc.encoding == encoding
    assert doc.warnings == ()


def test_cp1252_falls_back_with_a_warning(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes(TEXT.encode("cp1252", errors="strict"))
    doc = load_document(f)
    assert doc.texts == EXPECTED
    assert doc.encoding == "Windows-1252"
    assert len(doc.warnings) == 1 and "legacy.txt" in doc.warnings[0] and "Windows-1252" in doc.warnings[0]


def test_bomless_utf16_is_recognised(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Plain English text.\nAnother line.".encode("utf-16-le"))
    doc = load_document(f)
    assert doc.texts == ["Plain English text.", "Another line."]
    assert "no byte-order mark" in doc.warnings[0]


def test_sample_reads_verbatim(mt_path):
    doc = load_document(mt_path)
    raw = mt_path.read_text(encoding="utf-8")
    assert doc.texts == [line for line in raw.split("\n") if line.strip()]
    assert doc[0].text.startswith(" date 2022-09-16 An article")


def _bad(tmp_path, name, data):
    f = tmp_path / name
    if data is not None:
        f.write_bytes(data)
    return f


@pytest.mark.parametrize("name, data, error, words", [
    ("empty.txt", b"", EmptyFileError, "is empty"),
    ("blank.txt", b"  \n\t\r\n  ", EmptyFileError, "only white space"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, BinaryFileError, "PNG image"),
    ("nul.txt", b"hello\x00world\x00\x01\x02" * 50 + b"\xff", BinaryFileError, "NUL bytes"),
    ("controls.txt", bytes(range(1, 9)) * 100, BinaryFileError, "control characters"),
    ("bad.txt", b"caf\xc3 \x81\x8d\x8f\x90\x9d", UndecodableTextError, "neither UTF-8 nor Windows-1252"),
    ("bad-bom.txt", codecs.BOM_UTF8 + b"ok \xff\xfe broken", UndecodableTextError, "byte-order mark"),
    ("missing.txt", None, MissingFileError, "no such file"),
    ("old.doc", b"\xd0\xcf\x11\xe0", UnsupportedFormatError, "save it as .docx"),
])
def test_bad_input_is_named_and_nothing_is_written(tmp_path, name, data, error, words):
    f = _bad(tmp_path, name, data)
    before = snapshot(tmp_path)
    with pytest.raises(error) as info:
        load_document(f)
    message = str(info.value)
    assert isinstance(info.value, GalleyInputError)
    assert str(f) in message and words in message
    assert message.count(".") >= 1 and "\n" not in message
    assert snapshot(tmp_path) == before


def test_folder_is_not_a_file(tmp_path):
    with pytest.raises(MissingFileError, match="folder"):
        load_document(tmp_path)


def test_huge_file_is_refused_before_reading(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(51 * 1024 * 1024)  # sparse: cheap to make, over the 50 MB limit
    before = snapshot(tmp_path)
    with pytest.raises(FileTooLargeError, match=r"51 MB, larger than the 50 MB"):
        load_document(f)
    assert snapshot(tmp_path) == before
