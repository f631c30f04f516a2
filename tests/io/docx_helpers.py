"""Shared helpers for the DOCX export tests: expected anchors and package inspection."""
from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from app.io.docx.model import DELETE, INSERT, WORKING

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def expected_anchor_texts(p, comment) -> tuple[str, str]:
    """What Word shows under a comment after Accept All and after Reject All, derived
    character by character from the segments (independently of the writer's mapping)."""
    chars = [(ch, s.kind) for s in p.segments for ch in s.text]
    other = DELETE if comment.side == WORKING else INSERT  # text the comment's side does not have
    side_positions = [k for k, (_, kind) in enumerate(chars) if kind != other]
    if comment.start == comment.end or not side_positions:
        return "", ""
    lo = side_positions[comment.start]
    hi = side_positions[comment.end - 1] + 1
    # Starting on a replacement's new words takes in the old ones; ending on deleted words
    # takes in their replacement.
    if comment.side == WORKING and chars[lo][1] == INSERT and lo > 0 and chars[lo - 1][1] == DELETE:
        while lo > 0 and chars[lo - 1][1] == DELETE:
            lo -= 1
    if comment.side != WORKING and chars[hi - 1][1] == DELETE and hi < len(chars) and chars[hi][1] == INSERT:
        while hi < len(chars) and chars[hi][1] == INSERT:
            hi += 1
    span = chars[lo:hi]
    return ("".join(c for c, k in span if k != DELETE), "".join(c for c, k in span if k != INSERT))


def document_xml(path: Path):
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def part_names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as zf:
        return set(zf.namelist())


def read_part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)
