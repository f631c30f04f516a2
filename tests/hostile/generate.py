"""Make the hostile-input corpus at test time, so no large or malicious binaries are committed.

`python -m tests.hostile.generate DIR` writes every case into DIR and prints the
table of cases. Each case says what Galley must do with it: refuse it with a
message that contains `expect` (status "error"), or open it ("ok").
"""
from __future__ import annotations

import codecs
import io
import sqlite3
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

GARBLE = "Putin expects Xi Jinping to support Xi. Lemaître Lemaître wrote it."


@dataclass(frozen=True)
class Case:
    name: str          # file name inside the corpus folder
    status: str        # "error": must be refused; "ok": must open and work
    expect: str = ""   # words the one-line message must contain (for errors)
    what: str = ""     # a human description for the table

    def suffix_is_project(self) -> bool:
        return self.name.endswith(".galley")


def _docx_bytes(paragraphs: list[str] | None = None, build=None) -> bytes:
    import docx
    d = docx.Document()
    for p in paragraphs or [GARBLE]:
        d.add_paragraph(p)
    if build:
        build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rewrite_zip(data: bytes, replace: dict[str, bytes] | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, (replace or {}).get(item.filename, src.read(item.filename)))
        for name, blob in (extra or {}).items():
            dst.writestr(name, blob)
    return out.getvalue()


def _raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP from pre-deflated entries (name, deflated bytes, crc32, uncompressed size).

    zipfile would deflate every padding entry again; writing the records by hand
    lets one 64 MB block of zeros be compressed once and stored 64 times."""
    import struct
    out = io.BytesIO()
    central = []
    for name, raw, crc, size in entries:
        offset = out.tell()
        n = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(raw), size, len(n), 0) + n + raw)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(raw), size,
                                   len(n), 0, 0, 0, 0, 0, offset) + n)
    start = out.tell()
    for rec in central:
        out.write(rec)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - start, start, 0))
    return out.getvalue()


def _deflate(data: bytes) -> tuple[bytes, int, int]:
    import zlib
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def _zip_bomb() -> bytes:
    """A small .docx whose parts would inflate to about 4 GB."""
    entries = []
    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as src:
        for item in src.infolist():
            entries.append((item.filename, *_deflate(src.read(item.filename))))
    pad = _deflate(b"\0" * (64 * 1024 * 1024))
    entries += [(f"word/media/pad{i}.bin", *pad) for i in range(64)]
    return _raw_zip(entries)


def _xxe_docx() -> bytes:
    base = _docx_bytes()
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    head, body = xml.split("?>", 1)
    evil = (head + '?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' + body)
    evil = evil.replace("Putin expects", "&xxe; &lol2; Putin expects", 1)
    return _rewrite_zip(base, replace={"word/document.xml": evil.encode("utf-8")})


def _many_comments_docx(n: int = 10_000) -> bytes:
    from docx.oxml.ns import qn
    from lxml import etree

    def build(d):
        p = d.paragraphs[0]._p
        for i in range(n):
            etree.SubElement(p, qn("w:commentRangeStart"), {qn("w:id"): str(i)})
        for i in range(n):
            etree.SubElement(p, qn("w:commentRangeEnd"), {qn("w:id"): str(i)})
    base = _docx_bytes(build=build)
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    comments = [f'<w:comment w:id="{i}" w:author="Editor" w:date="2026-01-01T00:00:00Z">'
                f'<w:p><w:r><w:t>Comment {i}</w:t></w:r></w:p></w:comment>' for i in range(n)]
    part = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}">' + "".join(comments) + "</w:comments>"
    return _rewrite_zip(base, extra={"word/comments.xml": part.encode("utf-8")})


def _nested_tables_docx(depth: int = 12) -> bytes:
    def build(d):
        table = d.add_table(rows=1, cols=2)
        for level in range(depth):
            table.cell(0, 0).text = f"Level {level}: {GARBLE}"
            table = table.cell(0, 1).add_table(rows=1, cols=2)
    return _docx_bytes(build=build)


def _project(folder: Path, name: str, title: str, user_version: int | None = None) -> None:
    from app.core.document import Document
    from app.store import Project

    path = folder / name
    if path.exists():
        path.chmod(0o644)
        path.unlink()
    Project.create(path, Document.from_text(GARBLE + "\nSecond paragraph."), title=title).close()
    if user_version is not None:
        con = sqlite3.connect(path)
        con.execute(f"pragma user_version = {user_version}")
        con.commit()
        con.close()


def _truncated_sqlite(folder: Path, name: str) -> None:
    tmp = folder / f".{name}.tmp"
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.execute("create table t(x)")
    con.executemany("insert into t values (?)", [("x" * 1000,)] * 200)
    con.commit()
    con.close()
    data = tmp.read_bytes()
    tmp.unlink()
    (folder / name).write_bytes(data[: len(data) // 3])


def _readonly_project(folder: Path, name: str) -> None:
    _project(folder, name, "Read-only")
    (folder / name).chmod(0o444)


def _huge_text(folder: Path, name: str) -> None:
    line = (GARBLE + "\n").encode()
    with (folder / name).open("wb") as fh:
        fh.write(line * (60 * 1024 * 1024 // len(line) + 1))


def _one_huge_paragraph() -> bytes:
    sample = (Path(__file__).resolve().parents[2] / "samples" / "lemonde-mt.txt").read_text(encoding="utf-8")
    one_line = " ".join(sample.split())
    return ((one_line + " ") * (300_000 // len(one_line) + 1))[:300_000].encode()


_TEXT = GARBLE + "\n\nSecond “paragraph” with China‘s quote.\n"

# (case, maker): a maker returns the file's bytes, or takes (folder, name) and writes it.
TABLE: list[tuple[Case, object]] = [
    (Case("empty.txt", "error", "empty", "an empty file"), lambda: b""),
    (Case("whitespace.txt", "error", "white space", "only white space"), lambda: b" \n\t\n   \r\n"),
    (Case("png-renamed.txt", "error", "PNG", "a PNG named .txt"),
     lambda: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8),
    (Case("nul-bytes.txt", "error", "NUL", "NUL bytes inside text"), lambda: b"Hello\x00 world\x00\x00 text" * 40),
    (Case("invalid-utf8.txt", "error", "neither UTF-8", "invalid UTF-8 (and not cp1252)"),
     lambda: b"Caf\xc3 \x81\x8d\x90 invalid"),
    (Case("utf16le-bom.txt", "ok", what="UTF-16 LE with BOM"), lambda: codecs.BOM_UTF16_LE + _TEXT.encode("utf-16-le")),
    (Case("utf16be-bom.txt", "ok", what="UTF-16 BE with BOM"), lambda: codecs.BOM_UTF16_BE + _TEXT.encode("utf-16-be")),
    (Case("utf16le-nobom.txt", "ok", what="UTF-16 LE without BOM"), lambda: _TEXT.encode("utf-16-le")),
    (Case("utf16be-nobom.txt", "ok", what="UTF-16 BE without BOM"), lambda: _TEXT.encode("utf-16-be")),
    (Case("cp1252-quotes.txt", "ok", what="cp1252 curly quotes"),
     lambda: "He said \u201cno\u201d \u2014 caf\u00e9.".encode("cp1252")),
    (Case("mixed-eol.txt", "ok", what="mixed CRLF/CR/LF"), lambda: b"One line.\r\nTwo line.\rThree line.\nFour."),
    (Case("markup.txt", "ok", what="HTML and Qt rich-text markup"),
     lambda: '<b>bold</b> <img src="file:///etc/passwd"> &amp; <script>alert(1)</script>'.encode()),
    (Case("bidi-emoji.txt", "ok", what="bidi controls, emoji, combining marks, ZWJ before a garble"),
     lambda: ("\u202eevil\u202c \u2067RTL\u2069 👩‍💻 e\u0301 \u200dLemaître Lemaître and 😀 support Xi.").encode()),
    (Case("one-huge-paragraph.txt", "ok", what="a single 300,000-character paragraph"), _one_huge_paragraph),
    (Case("many-paragraphs.txt", "ok", what="100,000 one-word paragraphs"),
     lambda: "\n".join(["Word."] * 100_000).encode()),
    (Case("huge-60mb.txt", "error", "larger than the 50 MB", "a 60 MB text"), _huge_text),
    (Case("renamed-txt.docx", "error", "not a Word document", "a TXT named .docx"), lambda: _TEXT.encode()),
    (Case("truncated.docx", "error", "damaged", "a truncated zip"), lambda: _docx_bytes()[:3000]),
    (Case("zip-bomb.docx", "error", "zip bomb", "4 MB that would expand to 4 GB"), _zip_bomb),
    (Case("xxe.docx", "error", "DTD", "a DTD with an external entity (XXE): refused, never resolved"), _xxe_docx),
    (Case("encrypted.docx", "error", "password-protected", "an encrypted (OLE) Word file"),
     lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096),
    (Case("10000-comments.docx", "ok", what="10,000 comments"), _many_comments_docx),
    (Case("nested-tables.docx", "ok", what="tables nested 12 deep"), _nested_tables_docx),
    (Case("garbage.galley", "error", "not a Galley project", "random bytes named .galley"),
     lambda: b"this is not a database at all\n" * 20),
    (Case("truncated.galley", "error", "cut off", "an SQLite file cut short"), _truncated_sqlite),
    (Case("newer.galley", "error", "newer Galley", "a project from a future Galley (schema 999)"),
     lambda folder, name: _project(folder, name, "From the future", user_version=999)),
    (Case("readonly.galley", "ok", what="a project file without write permission"), _readonly_project),
    (Case("locked.galley", "ok", what="a project another process has open (the test holds it)"),
     lambda folder, name: _project(folder, name, "Locked")),
]
CASES = [case for case, _ in TABLE]


def generate(folder: Path, names: set[str] | None = None) -> list[Case]:
    """Write the corpus (or the named cases) into `folder` and return their cases."""
    import inspect

    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for case, maker in TABLE:
        if names is not None and case.name not in names:
            continue
        if len(inspect.signature(maker).parameters) == 2:
            maker(folder, case.name)
        else:
            target = folder / case.name
            if target.exists():
                target.chmod(0o644)
            target.write_bytes(maker())
        made.append(case)
    return made


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("hostile-corpus")
    for c in generate(folder):
        size = (folder / c.name).stat().st_size
        print(f"{c.name:24} {c.status:5} {size:>12,} B  {c.what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
