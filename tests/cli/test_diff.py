"""`galley diff`: word diff as text, JSON and HTML, with diff(1) exit codes."""
import json
import os
import pty
import subprocess
import sys

import pytest

from app.cli import main

CMD = [sys.executable, "-m", "app", "diff"]


def run(capsys, *args):
    code = main(["diff", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def write(tmp_path, name, *paragraphs):
    f = tmp_path / name
    f.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return f


def test_sample_pair_text_markers_when_not_a_terminal(capsys, mt_path, clean_path):
    code, out, _ = run(capsys, mt_path, clean_path)
    assert code == 1
    assert "expects Xi Jinping to support [-Xi-]{+him+} not so much" in out
    assert "[-Tmur-]{+Temur+} Umarov" in out
    assert "\x1b[" not in out
    assert out.splitlines()[-1] == ("10 of 11 paragraphs changed; 84 word edits (22 inserted, 28 deleted, "
                                    "34 substituted) in 814 words of B: edit rate 10.3%")
    assert "@@ A ¶7" not in out  # the untouched paragraph is not printed


def test_txt_against_docx_of_the_same_text_is_equal(capsys, samples):
    code, out, _ = run(capsys, samples / "lemonde-mt.txt", samples / "lemonde-mt.docx")
    assert (code, out) == (0, "")


def test_colour_on_a_terminal(tmp_path):
    a = write(tmp_path, "a.txt", "the old word")
    b = write(tmp_path, "b.txt", "the new word")
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    proc = subprocess.run(CMD + [str(a), str(b)], stdout=follower, stderr=subprocess.PIPE, env=env, timeout=60)
    os.close(follower)
    out = os.read(leader, 65536).decode()
    os.close(leader)
    assert proc.returncode == 1
    assert "the \x1b[31;9mold\x1b[0m\x1b[32mnew\x1b[0m word" in out
    assert "[-" not in out


def test_split_and_inserted_paragraphs_in_text(capsys, tmp_path):
    a = write(tmp_path, "a.txt", "Intro here.", "One two. Three four.")
    b = write(tmp_path, "b.txt", "Intro here.", "One two.", "Three four.", "A new end.")
    code, out, _ = run(capsys, a, b)
    assert code == 1
    assert "@@ A ¶2, B ¶2-3 (split) @@\nOne two.[- -]{+¶+}\nThree four.\n" in out
    assert "@@ A after ¶2, B ¶4 (inserted) @@\n{+A new end.¶+}\n" in out


def test_json_chunks_rebuild_b(capsys, mt_path, clean_path):
    code, out, _ = run(capsys, mt_path, clean_path, "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["equal"] is False
    assert data["metrics"]["edits"] == 84 and data["metrics"]["paragraphs_touched"] == 10
    rebuilt = "".join(ch["b_text"] for p in data["pairs"] for ch in p["chunks"])
    assert rebuilt == "".join(line + "\n" for line in clean_path.read_text(encoding="utf-8").splitlines() if line.strip())
    first = [ch for ch in data["pairs"][0]["chunks"] if ch["a_text"] == "Xi" and ch["b_text"] == "him"]
    assert len(first) == 1 and first[0]["tag"] == "replace" and first[0]["a_para"] == 0


def test_html_is_standalone_side_by_side_and_escaped(capsys, tmp_path):
    a = write(tmp_path, "a.txt", "Keep <b>bold</b> text.", "Run <script>alert(1)</script> & go")
    b = write(tmp_path, "b.txt", "Keep <b>bold</b> text.", "Run <script>alert(2)</script> & stop")
    code, out, _ = run(capsys, a, b, "--format", "html")
    assert code == 1
    assert out.startswith("<!DOCTYPE html>") and "<style>" in out and "http" not in out
    assert "<script>" not in out and "<b>" not in out
    assert "Keep &lt;b&gt;bold&lt;/b&gt; text." in out
    assert "<del>1</del>" in out and "<ins>2</ins>" in out
    assert "&amp; <del>go</del>" in out and "&amp; <ins>stop</ins>" in out


def test_bad_input_exits_2_with_the_file_named(capsys, tmp_path):
    good = write(tmp_path, "good.txt", "text")
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, good, missing)
    assert code == 2 and out == ""
    assert err.startswith("galley: error: ") and str(missing) in err


def test_help_states_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "0 if the texts are the same, 1 if they differ, 2 on error" in out


def test_docx_against_docx(capsys, samples):
    code, out, _ = run(capsys, samples / "lemonde-mt.docx", samples / "lemonde-clean.docx", "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["metrics"]["edits"] == 84
    assert [p["kind"] for p in data["pairs"]].count("equal") == 1
