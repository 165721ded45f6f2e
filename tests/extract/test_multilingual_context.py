"""The context stages in French, Spanish and Russian: totals, earlier episodes, attribution,
verification and sides read with the claim's pack language (claims/lexicon.py,
attribution.py). Texts are our own; expected figures were written by hand before the first run.
"""
import json
from importlib import resources

import pytest

from tollwatch.extract.attribution import side_of, sides_table, states_in
from tollwatch.extract.claims.lexicon import lexicon

from .helpers import read_in as read

LANGS = ("fr", "es", "ru")


def by_text(reading, words):
    return next(c for c in reading.claims if words in c.text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_every_context_key(lang):
    def keys(folder, name):
        return {k for k in json.loads(resources.files("tollwatch.extract").joinpath(
            "lexicons", folder, name).read_text("utf-8")) if not k.startswith("_")}
    assert keys(lang, "casualty_words.v1.json") == keys("en", "casualty_words.v1.json")
    assert keys("en", "sides.v1.json") <= keys(lang, "sides.v1.json")


@pytest.mark.parametrize("text, lang, side", [
    ("les gardes-frontières kirghizes", "fr", "KG"), ("un village tadjik", "fr", "TJ"),
    ("los soldados tayikos", "es", "TJ"), ("la frontera kirguís", "es", "KG"),
    ("таджикский пограничник", "ru", "TJ"), ("киргизских военных", "ru", "KG"),
    ("в Кыргызстане", "ru", "KG"), ("талибов", "ru", "taliban"),
])
def test_demonyms_are_the_same_codes_in_every_language(text, lang, side):
    assert side_of(text, lang) == side


def test_english_words_stay_english():
    # a language's own table adds to the English names; English reads only its own
    assert side_of("Kaboul", "fr") == "AF" and side_of("Afghanistan", "fr") == "AF"
    assert side_of("Kaboul") is None and side_of("kirghize") is None
    assert states_in("les Kirghizes et les Tadjiks", "fr") == {"KG", "TJ"}
    assert "selon" in sides_table("fr")["source_after"] and "selon" not in sides_table("en")["source_after"]


def test_lexicon_is_per_language():
    assert lexicon("fr").cue("total_cues").search("Au total, 46 morts")
    assert not lexicon("en").cue("total_cues").search("Au total, 46 morts")
    assert lexicon("ru").cue("total_cues").search("в общей сложности погибли")


def test_french_earlier_episode_is_historical_and_left_out(reader):
    r = read(reader, "Une embuscade a tué huit soldats lundi dans le nord du pays. "
                     "Depuis 2012, plus de 6 000 personnes ont été tuées dans les violences.", "fr")
    old = by_text(r, "6 000")
    assert old.historical is True
    assert (r.toll.killed.low, r.toll.killed.best) == (8, 8)


def test_french_attribution_side_and_verification(reader):
    r = read(reader, "Selon le ministère de la Santé kirghize, 24 personnes ont été tuées. "
                     "Ce chiffre n'a pas pu être vérifié de source indépendante.", "fr")
    c = by_text(r, "24")
    assert c.reported_by.side == "KG" and c.reported_by.kind == "government"
    assert c.partisan is True
    assert c.verified is False


def test_french_total_of_both_sides(reader):
    r = read(reader, "Au total, 46 personnes ont été tuées des deux côtés de la frontière.", "fr")
    c = by_text(r, "46")
    assert c.scope == "total" and c.victims.side is None


def test_spanish_attribution_and_earlier_episode(reader):
    r = read(reader, "Según el Ministerio de Salud de Tayikistán, 15 civiles murieron el viernes. "
                     "Desde 2019 han muerto más de 300 personas en la región.", "es")
    c = by_text(r, "15")
    assert c.reported_by.side == "TJ" and c.partisan is True
    assert by_text(r, "300").historical is True
    assert r.toll.killed.best == 15


def test_spanish_total(reader):
    r = read(reader, "En total, 20 personas murieron en ambos lados de la frontera.", "es")
    assert by_text(r, "20").scope == "total"


def test_russian_source_after_the_words_and_side(reader):
    r = read(reader, "По данным Минздрава Киргизии, в результате столкновений погибли 24 человека.", "ru")
    c = by_text(r, "24")
    assert c.reported_by.side == "KG" and c.reported_by.kind == "government" and c.partisan is True


def test_russian_total_and_earlier_episode(reader):
    r = read(reader, "В общей сложности погибли 46 человек.\n\n"
                     "С 2014 года в конфликте погибли 13 000 человек.", "ru")
    assert by_text(r, "46").scope == "total"
    assert by_text(r, "13 000").historical is True
    assert r.toll.killed.best == 46


def test_russian_sentences_end_before_a_cyrillic_capital(reader):
    r = read(reader, "В общей сложности погибли 46 человек. "
                     "С 2014 года в конфликте погибли 13 000 человек.", "ru")
    assert by_text(r, "46").historical is False
    assert r.toll.killed.best == 46


@pytest.mark.parametrize("name, lang", [
    ("Минздрав Киргизии", "ru"), ("Минздрава Киргизии", "ru"), ("министерство здравоохранения Кыргызстана", "ru"),
    ("le ministère de la Santé kirghize", "fr"), ("el Ministerio de Salud de Kirguistán", "es"),
])
def test_one_institution_across_languages(name, lang):
    from tollwatch.resolve.sources import read_source
    english = read_source("Ministry of Health of the Kyrgyz Republic")
    assert read_source(name, language=lang) == english
    assert english.name == "Ministry of Health of Kyrgyzstan"


def test_russian_bare_singular_names_a_victim_again(reader):
    # Russian has no articles: "Мужчина" in a later sentence is the man counted before, "ещё один" is not
    r = read(reader, "Во время нападения на рынок погиб один человек.\n\nМужчина скончался по дороге в больницу.", "ru")
    assert r.toll.killed.best == 1
    r = read(reader, "Во время нападения на рынок погиб один человек.\n\nЕщё один человек скончался в больнице.", "ru")
    assert r.toll.killed.best == 2


def test_french_military_neutralised_is_killed(reader):
    # "neutraliser" in an army's communiqué: killed (ACLED codes it so)
    r = read(reader, "Les soldats ont neutralisé 12 jihadistes lors de l'opération de mardi.", "fr")
    assert (r.toll.killed.low, r.toll.killed.high) == (12, 12)


def test_spanish_demonstrative_names_a_victim_again(reader):
    # "Este hombre" is one of the three counted before; "otro hombre" would be one more
    r = read(reader, "Tres personas resultaron heridas en el ataque contra el mercado. "
                     "Este hombre resultó herido en la pierna, según los médicos.", "es")
    assert r.toll.injured.best == 3
