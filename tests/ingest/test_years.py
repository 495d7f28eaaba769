"""Years and month names: the one calendar list the ingest metadata and the answerer share."""

from ingest.meta_fields import dated_year
from ingest.text.years import MONTHS_EN, MONTHS_SV, alternation, is_year, years_in


def test_years_in_and_is_year() -> None:
    assert years_in("Under 2019 och 2017, inte 1850 eller 20190") == (2017, 2019)
    assert is_year("2016") and not is_year("216")


def test_alternation_lists_each_word_once_in_order() -> None:
    both = alternation(MONTHS_SV, MONTHS_EN).split("|")
    assert both[:12] == list(MONTHS_SV)
    assert len(both) == len(set(both)) == 20  # april, juni … spelt alike in both are once


def test_dates_are_read_with_every_swedish_month() -> None:
    for month in MONTHS_SV:
        assert dated_year(["Verksamhetsberättelse", f"3 {month} 2018"]) == 2018
        assert dated_year([], f"Stockholm den 14 {month} 2019") == 2019
    assert dated_year(["3 brumaire 2018"]) is None
