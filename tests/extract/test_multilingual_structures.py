"""Whole classes of wording, read in their language: the people a secondary predicate describes
("dejando herido a un vecino", "resultaron heridos cuatro obreros"), the compound future as no
deed ("будут убивать"), and a numeral subject of the first of two joined verbs ("погиб один и
ранены трое"). Sentences written for these tests in our own words; the expected figures were
written by hand before the first run."""
from datetime import date

import pytest

from tollwatch.models import Article


def figures(reader, text, language):
    r = reader.read(Article.from_text(text, published=date(2022, 9, 18), language=language))
    return r.toll.killed.best, r.toll.injured.best


@pytest.mark.parametrize("language, text, killed, injured", [
    # an adjective takes no object in UD: the people hung under it are who it is said of
    ("es", "La riña terminó dejando herido a un vecino del sector.", 0, 1),
    ("es", "Tras la explosión resultaron heridos cuatro obreros de la mina.", 0, 4),
    ("es", "En el choque quedaron heridas dos mujeres que viajaban en la moto.", 0, 2),
])
def test_the_people_a_secondary_predicate_describes(reader, language, text, killed, injured):
    assert figures(reader, text, language) == (killed, injured)


def test_an_object_under_an_adjective_becomes_its_subject():
    from tollwatch.extract.parsers import load_parser
    doc = next(load_parser("es").pipe(["Resultaron heridos tres civiles."]))
    civiles = next(t for t in doc if t.text == "civiles")
    assert civiles.dep_ != "obj" or civiles.head.pos_ != "ADJ"


@pytest.mark.parametrize("language, text, killed, injured", [
    # the compound future (an auxiliary of the passive over an infinitive) is a threat, no deed
    ("ru", "Боевики пригрозили, что будут убивать заложников.", 0, 0),
    ("ru", "Командир заявил: мы будем убивать всех солдат противника.", 0, 0),
    # the same auxiliary over a participle is a passive, a deed
    ("ru", "В понедельник были убиты двое полицейских.", 2, 0),
])
def test_the_compound_future_is_no_deed(reader, language, text, killed, injured):
    assert figures(reader, text, language) == (killed, injured)


@pytest.mark.parametrize("language, text, killed, injured", [
    # a numeral made the first verb's subject, then the second verb's subject after its verb
    ("ru", "Сообщается, что погиб один и ранены трое военных.", 1, 3),
    ("ru", "В результате атаки погиб один и ранено пятеро мирных жителей.", 1, 5),
])
def test_each_joined_verb_keeps_its_own_subject(reader, language, text, killed, injured):
    assert figures(reader, text, language) == (killed, injured)
