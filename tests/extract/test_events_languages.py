"""Dates, event types and actors read in the article's language (French, Spanish, Russian,
Ukrainian): golden cases written by hand. Publication day 2022-09-16 is a Friday."""
from __future__ import annotations

from datetime import date

import pytest

from tollwatch.extract.events.actors import find_actors
from tollwatch.extract.events.build import build_events
from tollwatch.extract.events.dates import event_date, infer_published
from tollwatch.extract.events.event_types import classify
from tollwatch.models import Article, EventDate

FRIDAY = date(2022, 9, 16)


def day(d: int) -> EventDate:
    return EventDate(date(2022, 9, d), date(2022, 9, d), "day")


@pytest.mark.parametrize("language, sentence, expected", [
    ("fr", "Jeudi, des tirs ont visé le poste frontière.", day(15)),
    ("fr", "Les combats ont repris le 1er septembre.", day(1)),
    ("fr", "Hier soir, trois maisons ont brûlé dans le village.", day(15)),
    ("fr", "Du 12 au 14 septembre, les heurts ont fait rage.",
     EventDate(date(2022, 9, 12), date(2022, 9, 14), "week")),
    ("es", "El miércoles, dos policías murieron en la emboscada.", day(14)),
    ("es", "El 3 de septiembre de 2022 estalló una bomba en el mercado.", day(3)),
    ("es", "Anoche se escucharon disparos en el barrio.", day(15)),
    ("es", "Domingo Álvarez declaró ante el juez.", None),        # a name, not Sunday
    ("ru", "В среду погибли трое пограничников.", day(14)),
    ("ru", "Вчера вечером начался обстрел села.", day(15)),
    ("ru", "Бои шли с 14 по 16 сентября.", EventDate(date(2022, 9, 14), date(2022, 9, 16), "week")),
    ("ru", "Жители жалуются на загрязнение окружающей среды.", None),  # 'среды' is not Wednesday
    ("uk", "Учора загинули двоє військових.", day(15)),
    ("en", "Hier, deux soldats ont été tués.", None),             # English reads no French day word
])
def test_event_dates_in_the_article_language(language, sentence, expected):
    assert event_date(sentence, FRIDAY, language) == expected


def test_a_russian_dateline_dates_an_undated_report():
    text = "БИШКЕК, 15 сентября 2022 — Пограничники сообщили о перестрелке у села Ворух."
    got = infer_published(Article(id="ru1", text=text, language="ru"))
    assert (got.published, got.published_inferred) == (date(2022, 9, 15), True)


def test_a_spanish_full_date_dates_an_undated_report():
    text = "Dos soldados murieron el 14 de septiembre de 2022 en un ataque contra un puesto militar."
    got = infer_published(Article(id="es1", text=text, language="es"))
    assert got.published == date(2022, 9, 14)


@pytest.mark.parametrize("language, sentence, expected", [
    ("fr", "Des frappes de drones ont touché deux écoles.", "Air/drone strike"),
    ("fr", "Des tirs d'artillerie ont visé le marché.", "Shelling/artillery/missile attack"),
    ("fr", "La police a interpellé quatre suspects.", "Arrests"),
    ("es", "Un coche bomba explotó frente a la alcaldía.", "Remote explosive/landmine/IED"),
    ("es", "Sicarios asesinaron a un líder comunitario.", "Attack"),
    ("es", "Miles de manifestantes marcharon por el centro.", "Peaceful protest"),
    ("ru", "Беспилотник ударил по складу.", "Air/drone strike"),
    ("ru", "Боевики похитили двух инженеров.", "Abduction/forced disappearance"),
    ("ru", "Стороны подписали соглашение о прекращении огня.", "Agreement"),
    ("uk", "Унаслідок обстрілу зруйновано школу.", "Shelling/artillery/missile attack"),
])
def test_event_types_in_the_article_language(language, sentence, expected):
    assert classify(sentence, language)[1] == expected


def test_english_triggers_do_not_read_other_languages():
    assert classify("Беспилотник ударил по складу.") is None
    assert classify("Des frappes de drones ont touché deux écoles.") == (
        "Explosions/Remote violence", "Air/drone strike")  # 'drones' is an English word too


def test_actors_named_as_acled_names_them_in_every_language():
    ru = find_actors("Таджикские военные обстреляли пост киргизских пограничников.", "KG",
                     "Explosions/Remote violence", "ru")
    assert [(a.name, a.role) for a in ru] == [("Military Forces of Tajikistan", "actor1"),
                                             ("Military Forces of Kyrgyzstan", "actor2")]
    es = find_actors("Sicarios asesinaron a tres campesinos.", "CO", "Violence against civilians", "es")
    assert [(a.name, a.inter) for a in es] == [("Unidentified Armed Group (Colombia)", 3),
                                               ("Civilians (Colombia)", 7)]


def test_a_french_report_gets_its_type_date_and_place():
    text = ("Jeudi, des frappes de drones ont touché un village près d'Isfara, au Tadjikistan, "
            "selon les autorités locales.")
    _, [event] = build_events(Article(id="fr1", text=text, language="fr", published=FRIDAY), [])
    assert event.sub_event_type == "Air/drone strike"
    assert event.date == day(15)
    assert (event.location.name, event.location.country, event.location.admin1) == ("Isfara", "TJ", "Sughd")


def test_a_russian_report_gets_its_type_date_region_and_actor():
    text = "В пятницу таджикские военные обстреляли село в Баткенской области Киргизии."
    article = Article(id="ru2", text=text, language="ru", published=date(2022, 9, 17))
    _, [event] = build_events(article, [])
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.date == day(16)
    assert (event.location.country, event.location.admin1) == ("KG", "Batken")
    assert event.actors[0].name == "Military Forces of Tajikistan"
