from __future__ import annotations

import datetime as dt

from ingest.extract.dates import find_dates, infer_year


def _iso(text: str, published: str | None) -> list[str]:
    return [d.iso for d in find_dates(text, 0, len(text), published)]


def test_weekday_pins_the_year_within_three_years() -> None:
    # Friday 17 March is 2023; an article published in 2024 still gets 2023.
    assert _iso("digelar Jumat (17/3).", "2024-01-10") == ["2023-03-17"]
    assert infer_year(17, 3, 4, dt.date(2024, 1, 10)) == 2023
    assert _iso("Jum'at (17/3)", "2023-03-18") == ["2023-03-17"]


def test_explicit_years_and_month_names() -> None:
    assert _iso("Senin (12/6/2023) malam", None) == ["2023-06-12"]
    assert _iso("pada 14 Februari 2024 nanti", None) == ["2024-02-14"]
    assert _iso("Rabu, 3 Januari 2024", None) == ["2024-01-03"]


def test_no_year_and_no_publication_date_gives_nothing() -> None:
    assert _iso("Jumat (17/3)", None) == []
    assert _iso("digelar 5 Mei", "2023-06-01") == ["2023-05-05"]
