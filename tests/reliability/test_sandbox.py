"""The upload sandbox: each hostile input ends in its own 4xx code and the parent survives."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from service.errors import UnsupportedMedia
from service.uploads.names import safe_upload_name
from service.uploads.sandbox import ParseLimits, UploadRejected, parse_upload, sniff

LIMITS = ParseLimits(max_bytes=4 << 20, max_pages=5, timeout_s=20.0, memory_mb=384)
PARSERS = "tests.reliability.parsers"


def _rejected(data: bytes, name: str, limits: ParseLimits = LIMITS, **kw: str) -> UploadRejected:
    with pytest.raises(UploadRejected) as caught:
        parse_upload(data, name, limits, **kw)
    return caught.value


def test_sniff_tells_pdf_text_and_binary_apart() -> None:
    assert sniff(b"junk\n%PDF-1.7\n...", "a.bin") == "pdf"
    assert sniff("Nämndmål för år 2020\n".encode(), "a.txt") == "text"
    assert sniff("Nämndmål för år 2020\n".encode("cp1252"), "a.txt") == "text"
    for binary in (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)), b"PK\x03\x04\x00\x00\x08\x00"):
        with pytest.raises(UploadRejected) as caught:
            sniff(binary, "x.pdf")
        assert (caught.value.status, caught.value.code) == (415, "unsupported_media_type")


def test_sniff_refuses_a_name_that_promises_the_other_type() -> None:
    for data, name in (
        (b"<html>Verksamhetsber\xc3\xa4ttelse</html>", "a.pdf"),
        (b"%PDF-1.4", "a.md"),
    ):
        with pytest.raises(UploadRejected) as caught:
            sniff(data, name)
        assert (caught.value.status, caught.value.code) == (415, "unsupported_media_type")
    with pytest.raises(UploadRejected) as caught:
        sniff(b"  \n", "tom.txt")
    assert (caught.value.status, caught.value.code) == (422, "no_text_extracted")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\win.md", "win.md"),
        ("/etc/cron.d/x.pdf", "x.pdf"),
        ("rapport.PDF", "rapport.PDF"),
        ("notes.md", "notes.md"),
        ("Verksamhetsberättelse 2021 (slutlig).pdf", "Verksamhetsberättelse_2021_slutlig.pdf"),
        ("-.pdf", "upload.pdf"),
        ("a\x00b\nc.txt", "abc.txt"),
    ],
)
def test_safe_upload_name_keeps_only_a_base_name(given: str, expected: str) -> None:
    assert safe_upload_name(given) == expected


@pytest.mark.parametrize("given", ["evil.sh", "...", "passwd", None, "x.pdf.exe"])
def test_safe_upload_name_refuses_other_types(given: str | None) -> None:
    with pytest.raises(UnsupportedMedia):
        safe_upload_name(given)


def test_oversize_is_refused_before_any_child_runs() -> None:
    started = time.monotonic()
    error = _rejected(b"%PDF-1.4" + b"0" * (LIMITS.max_bytes + 1), "big.pdf")
    assert (error.status, error.code) == (413, "upload_too_large")
    assert time.monotonic() - started < 0.5


def test_binary_upload_is_unsupported_media() -> None:
    error = _rejected(bytes(range(256)) * 40, "photo.pdf")
    assert (error.status, error.code) == (415, "unsupported_media_type")


def test_wall_clock_timeout_kills_a_hanging_parser() -> None:
    limits = ParseLimits(timeout_s=1.5)
    started = time.monotonic()
    error = _rejected(b"hello", "a.txt", limits, parser=f"{PARSERS}:sleep_forever")
    assert (error.status, error.code) == (422, "pdf_timeout")
    assert time.monotonic() - started < 6


def test_cpu_limit_stops_a_spinning_parser() -> None:
    error = _rejected(
        b"hello", "a.txt", ParseLimits(timeout_s=1.0), parser=f"{PARSERS}:spin_forever"
    )
    assert (error.status, error.code) == (422, "pdf_timeout")


def test_segfault_in_the_parser_is_pdf_unreadable() -> None:
    error = _rejected(b"hello", "a.txt", parser=f"{PARSERS}:segfault")
    assert (error.status, error.code) == (422, "pdf_unreadable")
    assert "crashed" in error.message


def test_child_killed_like_by_the_oom_killer_is_pdf_unreadable() -> None:
    error = _rejected(b"hello", "a.txt", parser=f"{PARSERS}:killed")
    assert (error.status, error.code) == (422, "pdf_unreadable")


def test_memory_limit_turns_a_huge_allocation_into_limits_exceeded() -> None:
    error = _rejected(b"hello", "a.txt", parser=f"{PARSERS}:hog_memory")
    assert (error.status, error.code) == (422, "pdf_limits_exceeded")


def test_child_cannot_write_files(tmp_path: Path) -> None:
    target = tmp_path / "escape.txt"
    error = _rejected(str(target).encode(), "a.txt", parser=f"{PARSERS}:write_file")
    assert error.code == "pdf_unreadable"
    assert not target.exists() or target.stat().st_size == 0


def test_child_returns_plain_data_that_round_trips() -> None:
    text = "Nämndmål: trygg uppväxt <script>alert(1)</script> \u202e"
    [report] = parse_upload(text.encode(), "x.txt", LIMITS, parser=f"{PARSERS}:echo")
    assert report.source == "x.txt"
    assert report.pages[0].text == text
    assert report.meta.year == 2020


def test_an_uploaded_report_arrives_with_its_goals() -> None:
    """Goals are extracted in the child, with the rest of the report, and decoded whole."""
    from ingest import read_bytes

    path = Path(__file__).resolve().parents[2] / "corpus" / "vb-2017-familjeenheten.txt"
    data = path.read_bytes()
    [uploaded] = parse_upload(data, path.name, ParseLimits())
    [direct] = read_bytes(data, path.name)
    assert uploaded.goals == direct.goals and len(uploaded.goals) > 20
    assert sum(g.status == "helt" for g in uploaded.goals) == 17


def test_extracted_text_cap_is_enforced() -> None:
    limits = ParseLimits(max_chars=1000)
    error = _rejected(b"word " * 400, "long.txt", limits, parser=f"{PARSERS}:echo")
    assert (error.status, error.code) == (422, "pdf_limits_exceeded")


def test_codec_round_trips_a_full_report() -> None:
    import json

    from ingest.serialize import decode_reports, encode_reports
    from ingest.types import Chunk, Page, Report, ReportMeta, Section, Span

    span = Span(3, 7, 1, 2)
    section = Section(
        "r:s1",
        "r",
        "1.1 Mål",
        ("Nämndmål", "1.1 Mål"),
        2,
        "namndmal",
        "1.1",
        "helt",
        "Text",
        span,
        "r:s0",
    )
    chunk = Chunk("abc", "r", "r:s1", section.path, "namndmal", "delvis", "Text", span, 4)
    meta = ReportMeta("Enhet", "Område", None, "VP", "Titel", "2020-01-31", "Dnr 1", {"year": 0.5})
    report = Report("r", "r.pdf", meta, (Page(1, "Text"),), (section,), (chunk,), "f00")
    [back] = decode_reports(json.loads(json.dumps(encode_reports([report]))))
    assert back == report
    assert back.meta.confidence == {"year": 0.5}
    assert isinstance(back.sections[0].path, tuple) and back.chunks[0].span == span
    with pytest.raises(ValueError):
        decode_reports([{**encode_reports([report])[0], "meta": "not an object"}])


def test_parallel_parsers_are_bounded_and_the_overflow_is_busy() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from service.uploads.sandbox import ParserBusy, SandboxedParser

    limits = ParseLimits(timeout_s=3.0)
    parse = SandboxedParser(limits, 1, wait_s=0.5, parser=f"{PARSERS}:sleep_forever")
    outcomes = []

    def attempt(_: int) -> str:
        try:
            parse(b"hello", "a.txt")
        except UploadRejected as exc:
            return exc.code
        except ParserBusy as exc:
            return exc.code
        return "parsed"

    with ThreadPoolExecutor(3) as pool:
        outcomes = sorted(pool.map(attempt, range(3)))
    # the shared and the express (small uploads) child run into their 3 s timeout; the third
    # waited 0.5 s for a slot and gave up
    assert outcomes == ["busy", "pdf_timeout", "pdf_timeout"]
    assert ParserBusy("x").status == 503


def test_child_sees_no_secrets_from_the_server_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_API_KEY", "k3y-that-must-not-leak-000")
    monkeypatch.setenv("RAPPORT_CHAT_API_KEY", "sk-secret")
    [report] = parse_upload(b"x", "a.txt", LIMITS, parser=f"{PARSERS}:environment")
    names = set(report.pages[0].text.split("\n"))
    assert not {n for n in names if n.startswith("RAPPORT_")}
    assert names <= {
        "PATH",
        "PYTHONPATH",
        "LANG",
        "LC_CTYPE",
        "OMP_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "MKL_NUM_THREADS",
        "PYTHONDONTWRITEBYTECODE",
    }
