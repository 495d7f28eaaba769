"""Each bad input yields its own error naming the file and why; a batch keeps going."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import (
    EncodingError,
    EncryptedPdf,
    IngestError,
    NoTextExtracted,
    UnreadableFile,
    UnsupportedFormat,
    read_bytes,
    read_file,
    read_paths,
)
from tests.ingest.pdfs import encrypted_pdf, image_only_pdf, text_pdf

GOOD_TEXT = "Inledning\nFamiljeenheten arbetar med barn och unga i stadsdelen.\n"


def _good_pdf() -> bytes:
    return text_pdf([["Inledning", "Enheten arbetar med barn och unga."]] * 2)


def _error(data: bytes, name: str) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_bytes(data, name)
    assert str(caught.value).startswith(f"{name}: ")  # names the file
    return caught.value


def test_encrypted_pdf() -> None:
    err = _error(encrypted_pdf(_good_pdf()), "hemlig.pdf")
    assert isinstance(err, EncryptedPdf) and "encrypted" in err.reason


def test_truncated_pdf() -> None:
    data = _good_pdf()
    err = _error(data[: len(data) // 2], "halv.pdf")
    assert isinstance(err, UnreadableFile) and "truncated" in err.reason


@pytest.mark.parametrize("name", ["tom.pdf", "tom.txt"])
def test_empty_file(name: str) -> None:
    err = _error(b"", name)
    assert isinstance(err, NoTextExtracted) and "empty" in err.reason


def test_image_only_pdf() -> None:
    err = _error(image_only_pdf(), "skannad.pdf")
    assert isinstance(err, NoTextExtracted) and "image-only" in err.reason


def test_binary_file_named_txt() -> None:
    err = _error(bytes(range(256)) * 8, "data.txt")
    assert isinstance(err, UnsupportedFormat) and "binary" in err.reason


def test_image_named_txt() -> None:
    err = _error(b"\x89PNG\r\n\x1a\n" + bytes(64), "bild.txt")
    assert isinstance(err, UnsupportedFormat) and "PNG" in err.reason


def test_text_named_pdf() -> None:
    err = _error(GOOD_TEXT.encode(), "rapport.pdf")
    assert isinstance(err, UnreadableFile) and "%PDF-" in err.reason


def test_pdf_named_as_text_is_refused() -> None:
    err = _error(_good_pdf(), "rapport.md")
    assert isinstance(err, UnsupportedFormat) and "name it .pdf" in err.reason


def test_nul_dense_text_is_binary_but_a_stray_nul_is_dropped() -> None:
    err = _error(b"ab\x00\x00cd\x00\x00" * 100, "x.txt")
    assert isinstance(err, UnsupportedFormat) and "NUL" in err.reason
    body = "Familjeenheten arbetar med barn och unga i stadsdelen. " * 40
    [report] = read_bytes(f"Inledning\n\n{body}\n\nSlut\x00 på rapporten.\n".encode(), "nul.txt")
    assert "\x00" not in report.pages[0].text and "Slut på rapporten" in report.pages[0].text
    assert not [c for c in report.chunks if "\x00" in c.text]


def test_wrong_encoding() -> None:
    russian = ("Отчёт о деятельности отдела за год, цели и результаты. " * 5).encode("koi8-r")
    err = _error(russian, "rysk.txt")
    assert isinstance(err, EncodingError) and "UTF-8" in err.reason


@pytest.mark.parametrize("codec", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_swedish_in_legacy_encodings_is_read(codec: str) -> None:
    (report,) = read_bytes(GOOD_TEXT.encode(codec), "gammal.txt")
    assert "Familjeenheten arbetar med barn och unga i stadsdelen." in report.chunks[0].text


def test_missing_file() -> None:
    with pytest.raises(UnreadableFile, match=r"finns-inte\.pdf: cannot read"):
        read_file(Path("/nonexistent/finns-inte.pdf"))


def test_batch_keeps_going_and_reports_every_failure(tmp_path: Path) -> None:
    (tmp_path / "a-bra.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "b-bra.pdf").write_bytes(_good_pdf())
    (tmp_path / "c-hemlig.pdf").write_bytes(encrypted_pdf(_good_pdf()))
    (tmp_path / "d-tom.pdf").write_bytes(b"")
    (tmp_path / "e-binar.txt").write_bytes(bytes(range(256)))
    (tmp_path / "f-bild.pdf").write_bytes(image_only_pdf())
    (tmp_path / "ignoreras.docx").write_bytes(b"PK\x03\x04")
    result = read_paths([tmp_path])
    assert [r.id for r in result.reports] == ["a-bra", "b-bra"]
    failed = {Path(f.path).name: f.reason for f in result.failures}
    assert set(failed) == {"c-hemlig.pdf", "d-tom.pdf", "e-binar.txt", "f-bild.pdf"}
    assert "encrypted" in failed["c-hemlig.pdf"] and "image-only" in failed["f-bild.pdf"]


def test_report_ids_stay_unique_in_a_batch(tmp_path: Path, corpus_dir: Path) -> None:
    bundle = "vp-2022-kungsholmen-sex-enheter"
    (tmp_path / f"{bundle}.txt").write_bytes((corpus_dir / f"{bundle}.txt").read_bytes())
    (tmp_path / f"{bundle}-1.txt").write_text(GOOD_TEXT, encoding="utf-8")  # same id as part 1
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD_TEXT, encoding="utf-8")  # same stem as sub/a.txt
    ids = [r.id for r in read_paths([tmp_path]).reports]
    assert len(ids) == len(set(ids)) == 9
    assert ids[0] == "a" and ids[1].startswith("a-")


def test_a_damaged_page_is_left_empty_and_the_rest_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PageObject

    real = PageObject.extract_text
    calls = {"n": 0}

    def flaky(self: PageObject, *args: object, **kwargs: object) -> str:
        calls["n"] += 1
        if calls["n"] == 2:
            raise ValueError("broken content stream")
        return real(self)

    monkeypatch.setattr(PageObject, "extract_text", flaky)
    pages = [["Inledning", "Sida ett om barn."], ["Analys", "Sida två."], ["Övrigt", "Sida tre."]]
    (report,) = read_bytes(text_pdf(pages), "skadad.pdf")
    assert [p.number for p in report.pages] == [1, 2, 3]
    assert report.pages[1].text == ""
    assert [s.heading for s in report.sections] == ["Inledning", "Övrigt"]


def test_every_page_damaged_is_unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject

    def broken(self: PageObject, *args: object, **kwargs: object) -> str:
        raise ValueError("broken content stream")

    monkeypatch.setattr(PageObject, "extract_text", broken)
    err = _error(_good_pdf(), "trasig.pdf")
    assert isinstance(err, UnreadableFile) and "no page" in err.reason
