"""Swedish analysis: stopwords, stems, compound splitting; lexical search on the corpus."""

from __future__ import annotations

from ingest.text import stem
from ingest.types import Report
from search.analyze import analyze, build_vocabulary, decompound, s_forms, words
from search.lexical import LexicalIndex, one_edit
from search.passage import passage_text

VOCAB = frozenset({"familjehem", "placerade", "barn", "familj", "behandling", "ekonomiskt"})


def test_words_drop_stopwords_digits_and_single_letters() -> None:
    assert words("Och barnen i 2019 ska få STÖD, x") == ["barnen", "ska", "få", "stöd"]


def test_decompound_with_linking_s() -> None:
    assert decompound("familjehemsplacerade", VOCAB) == ("familjehem", "placerade")


def test_decompound_longest_head_and_recursion() -> None:
    vocab = VOCAB | {"familjehemsvård", "vård", "stöd"}
    assert decompound("familjebehandling", vocab) == ("familj", "behandling")
    assert decompound("barnfamiljehem", vocab) == ("barn", "familjehem")


def test_decompound_refuses_partial_or_short_splits() -> None:
    assert decompound("familjehemmet", VOCAB) == ()  # "met" is no part
    assert decompound("barnens", VOCAB) == ()  # too short to be a compound
    assert decompound("familjehem", VOCAB) == ()  # a known word with no known parts
    assert decompound("okändaordet", VOCAB) == ()


def test_analyze_emits_word_stem_then_part_stems() -> None:
    terms = analyze("Familjehemsplacerade barn", VOCAB)
    assert terms == [
        stem("familjehemsplacerade"),
        stem("familjehem"),
        stem("placerade"),
        stem("barn"),
    ]
    assert stem("placeringar") == stem("placering")


def test_build_vocabulary_counts_words() -> None:
    vocab = build_vocabulary(["barn och familj", "barn i familjehem"], min_count=2)
    assert vocab == frozenset({"barn"})


def test_compound_query_meets_its_parts_on_the_corpus(corpus_reports: tuple[Report, ...]) -> None:
    chunks = [c for r in corpus_reports for c in r.chunks]
    metas = {r.id: r.meta for r in corpus_reports}
    lexical = LexicalIndex.build([passage_text(c, metas[c.report_id]) for c in chunks])
    # the compound finds passages that only use the part ...
    rows, _ = lexical.search("familjehemsplacerade", 200)
    texts = [chunks[r].text.lower() for r in rows.tolist()]
    assert any("familjehem" in t and "familjehemsplacerad" not in t for t in texts)
    # ... and the part finds passages that only use the compound
    rows, _ = lexical.search("familjehem", 500)
    texts = [chunks[r].text.lower() for r in rows.tolist()]
    assert any("familjehemsplacerade" in t for t in texts)
    assert all(
        "familjehem" in passage_text(chunks[r], metas[chunks[r].report_id]).lower()
        for r in rows.tolist()
    )


def test_coverage_tells_swedish_from_english(corpus_reports: tuple[Report, ...]) -> None:
    lexical = LexicalIndex.build(
        [passage_text(c, r.meta) for r in corpus_reports for c in r.chunks]
    )
    assert lexical.coverage("Hur många barn placerades i familjehem?") == 1.0
    assert lexical.coverage("Which units use a client-centred conversation technique?") < 0.3
    assert lexical.coverage("och i") == 0.0


def test_report_label_and_passage_text() -> None:
    from ingest.types import ReportMeta
    from search.passage import report_label
    from tests.search.factory import make_report

    report = make_report("r", ["Texten."], unit="Familjeenheten", district="Östermalm", year=2017)
    assert report_label(report.meta) == "Familjeenheten, Östermalm (VB 2017)"
    assert passage_text(report.chunks[0], report.meta) == (
        "Familjeenheten, Östermalm (VB 2017)\nRubrik 0\nTexten."
    )
    unknown = ReportMeta("unknown", "unknown", None, "unknown", "t")
    assert report_label(unknown) == ""
    assert passage_text(report.chunks[0], unknown) == "Rubrik 0\nTexten."


def test_analyze_many_equals_analyze_with_the_corpus_vocabulary() -> None:
    from search.analyze import analyze_many

    texts = ["Familjehemsplacerade barn", "barn i familjehem", "placerade barn och familjer"]
    vocab, terms = analyze_many(texts)
    assert vocab == build_vocabulary(texts)
    assert terms == [analyze(t, vocab) for t in texts]
    assert stem("familjehem") in terms[0]


def test_a_name_is_found_at_the_head_of_a_compound_the_vocabulary_cannot_split(
    corpus_reports: tuple[Report, ...],
) -> None:
    texts = [c.text for r in corpus_reports for c in r.chunks]
    lexical = LexicalIndex.build(texts)
    whole = set(lexical.word_rows("instagram").tolist())
    heads = set(lexical.head_rows("instagram").tolist())
    assert not whole  # the corpus writes "Instagramkonto" only
    assert heads and all("instagram" in texts[r].lower() for r in heads)
    assert len(lexical.head_rows("facebook")) >= 2  # "Facebook" and "Facebooksida"
    assert len(lexical.head_rows("barn")) == 0  # too short to stand as a head


def test_one_edit_and_the_index_terms_one_edit_away() -> None:
    assert one_edit("värd", "värld") and one_edit("samarbetsamtal", "samarbetssamtal")
    assert one_edit("abcd", "abdc") and one_edit("kort", "kurt")
    assert not one_edit("abc", "abc") and not one_edit("sar", "sarah")
    lexical = LexicalIndex.build(["Skilda värdar för barn", "Skilda världar", "Samtal om värme"])
    assert lexical.near_terms("världar") == [stem("värdar")]
    assert lexical.near_terms("ab") == []  # too short to guess at


def test_a_misspelt_word_is_the_report_word_one_edit_away(
    corpus_reports: tuple[Report, ...],
) -> None:
    lexical = LexicalIndex.build([c.text for r in corpus_reports for c in r.chunks])
    assert lexical.nearest_word("anmälnignar") == "anmälningar"  # two letters swapped
    assert lexical.nearest_word("familjeenhten") == "familjeenheten"  # a letter dropped
    assert lexical.nearest_word("anmälningar") is None  # the reports write it
    assert lexical.nearest_word("familjehemmen") is None  # an inflection of a report word
    assert lexical.nearest_word("formulerats") is None  # "formuleras": an ending, not a typo
    # another form of a report word, though a third word is one edit away mid-word
    assert lexical.nearest_word("korttidssjukfrånvaron") is None  # not "korttidsjukfrånvaron"
    assert lexical.nearest_word("heter") is None  # short words are too often other words
    assert lexical.nearest_word("trafiksäkerhet") is None  # nothing near
    # typed without Swedish letters: restored whatever the number of letters folded
    assert lexical.nearest_word("klagomal") == "klagomål"
    assert lexical.nearest_word("foraldrar") == "föräldrar"
    assert lexical.nearest_word("funktionsnedsattning") == "funktionsnedsättning"
    assert lexical.nearest_word("barn") is None  # the reports write it as typed
    # a folded report word, however its parts ("familj", "stod") are indexed words too
    assert lexical.nearest_word("familjestod") == "familjestöd"
    # another form of a folded report word, only for an asker who types no Swedish letters
    assert lexical.nearest_word("aldersgrupp", plain=True) == "åldersgrupp"  # "åldersgruppen"
    assert lexical.nearest_word("missnojda", plain=True) == "missnöjda"
    assert lexical.nearest_word("aldersgrupp") is None
    assert lexical.nearest_word("bostaden") is None  # one who types "å" means "bostaden"


def test_a_root_s_word_meets_its_other_forms_though_snowball_stems_them_apart(
    corpus_reports: tuple[Report, ...],
) -> None:
    """Snowball strips a final "s" as if a genitive: "boendekurs" -> "boendekur", but
    "boendekursen" -> "boendekurs". The corpus writes only "boendekurs"; asked for
    "boendekursen" (or "insatser" of a text saying "insats"), the index still finds it."""
    assert stem("boendekurs") != stem("boendekursen")
    assert s_forms("boendekurs") == ("boendekurs",) and s_forms("boendekursen") == ("boendekur",)
    assert s_forms("barnen") == ()
    texts = [c.text for r in corpus_reports for c in r.chunks]
    lexical = LexicalIndex.build(texts)
    held = {r for r, t in enumerate(texts) if "boendekurs" in t.lower()}
    assert held and set(lexical.word_rows("boendekursen").tolist()) >= held
    rows, _ = lexical.search("boendekursen", 10)
    assert held & set(rows.tolist())
    single = LexicalIndex.build(["Insatsen följs upp.", "En insats ges varje vecka.", "Annat."])
    assert set(single.search("insatser", 3)[0].tolist()) == {0, 1}
