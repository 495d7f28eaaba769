"""Issue 13 item 11: smaller input guards of the upload sandbox and the store."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import search
from service.uploads.names import safe_upload_name
from service.uploads.sandbox import (
    ParseLimits,
    ParserBusy,
    SandboxedParser,
    UploadRejected,
    parse_upload,
)
from tests.reliability import pdfs
from tests.reliability.server import serve_refused
from tests.reliability.test_sandbox import LIMITS, PARSERS, _rejected

HEAD = "Verksamhetsberättelse 2021 för Mottagningsenheten\n\n"


def test_html_named_pdf_and_pdf_named_txt_are_refused() -> None:
    html = b"<!doctype html><html><body><p>Verksamhetsber\xc3\xa4ttelse 2021</p></body></html>"
    error = _rejected(html, "rapport.pdf")
    assert (error.status, error.code) == (415, "unsupported_media_type")
    assert "rapport.pdf" in error.message and "not a PDF" in error.message
    error = _rejected(pdfs.report_pdf(), "rapport.txt")
    assert (error.status, error.code) == (415, "unsupported_media_type")


def test_nul_bytes_are_stripped_wherever_they_are() -> None:
    body = "Enheten har infört kvällsöppen rådgivning för unga vuxna. " * 1500  # > 64 KiB
    data = (HEAD + "Inled\x00ning.\n\n" + body + "\n\nSlut\x00 på rapporten.\n").encode()
    assert len(data) > 65536 and data.index(b"Slut") > 65536
    reports = parse_upload(data, "mottagning.txt", LIMITS)
    texts = [c.text for r in reports for c in r.chunks] + [p.text for r in reports for p in r.pages]
    assert texts and not [t for t in texts if "\x00" in t]
    assert any("Slut på rapporten" in t for t in texts)


def test_nul_dense_file_is_still_binary() -> None:
    error = _rejected(b"ab\x00\x00cd\x00\x00" * 100, "x.txt")
    assert error.code == "unsupported_media_type"


def test_long_file_name_is_shortened_keeping_its_suffix() -> None:
    name = safe_upload_name("Verksamhetsberättelse " * 10 + "2021.pdf")
    assert name.endswith(".pdf") and len(name) <= 104
    assert safe_upload_name("x" * 300 + ".TXT").endswith(".TXT")


def test_pdf_showing_too_much_text_is_limits_exceeded_before_extraction() -> None:
    """The pre-pass counts the text the content streams show; the (stand-in for slow) extraction
    is never reached, so the answer is pdf_limits_exceeded, not pdf_timeout."""
    data = pdfs.text_pdf(["Rad med text som upprepas i rapporten. " * 60] * 12)  # ~28,000 chars
    limits = ParseLimits(max_bytes=4 << 20, timeout_s=5.0, max_chars=10_000)
    error = _rejected(data, "stor.pdf", limits, parser=f"{PARSERS}:sleep_forever")
    assert (error.status, error.code) == (422, "pdf_limits_exceeded")
    assert "characters" in error.message


def test_small_upload_does_not_wait_behind_two_heavy_ones() -> None:
    limits = ParseLimits(max_bytes=4 << 20, timeout_s=4.0)
    parser = SandboxedParser(limits, 2, wait_s=0.5, parser=f"{PARSERS}:hang_if_large")
    heavy = b"word " * 300_000  # 1.5 MB of text
    started = threading.Barrier(3)

    def run_heavy(_: int) -> str:
        started.wait()
        try:
            parser(heavy, "stor.txt")
        except UploadRejected as exc:
            return exc.code
        return "parsed"

    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(run_heavy, i) for i in range(2)]
        started.wait()
        while parser._slots._value:  # type: ignore[attr-defined]  # both heavy ones inside
            threading.Event().wait(0.01)
        try:
            small = parser(b"hej", "liten.txt")
        except ParserBusy:
            small = []
        outcomes = [f.result() for f in futures]
    assert [r.source for r in small] == ["liten.txt"]
    assert outcomes == ["pdf_timeout", "pdf_timeout"]


# --- the store of record --------------------------------------------------------------------


def test_empty_store_file_is_refused_not_treated_as_new(tmp_path: Path) -> None:
    (tmp_path / "store.sqlite3").write_bytes(b"")
    with pytest.raises(search.IndexCorrupt, match=r"store\.sqlite3.*0 bytes"):
        search.open_index(tmp_path, search.make_embedder("hash"))


@pytest.mark.parametrize("damage", ["truncated", "empty"])
def test_serve_on_a_damaged_store_prints_one_clear_message_and_exits_2(
    damage: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    index_dir = tmp_path / "index"
    index = search.open_index(index_dir, search.make_embedder("hash"))
    index.add_reports(search_reports())
    index.close()
    store = index_dir / "store.sqlite3"
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 3] if damage == "truncated" else b"")
    assert serve_refused(monkeypatch, tmp_path)
    err = capsys.readouterr().err
    assert "store.sqlite3" in err and "rapport index --rebuild" in err
    assert "Traceback" not in err and len(err.splitlines()) <= 3


def search_reports() -> list[Any]:
    from tests.service.fakes import sample_reports

    return sample_reports()
