"""The Ukrainian pack, read end to end (Reader.read with language "uk"): predicates, states and
counted nouns, running tolls, hedges and vague amounts, numerals in their cases, attribution,
sides and earlier episodes. Texts are our own; expected figures were written by hand before
the first run.
"""
import json
from datetime import date
from importlib import resources

import pytest

from tollwatch.extract.reader import LANGUAGES, Reader
from tollwatch.models import Article


@pytest.fixture(scope="module")
def reader():
    return Reader.load(("en", "uk"))


def read(reader, text):
    return reader.read(Article.from_text(text, published=date(2022, 10, 11), language="uk"))


def by_text(reading, words):
    return next(c for c in reading.claims if words in c.text)


def toll(reading, category):
    r = getattr(reading.toll, category)
    return r.low, r.best, r.high


@pytest.mark.parametrize("name", ["casualty_words.v1.json", "grammar.v1.json", "sides.v1.json", "vague.v1.json"])
def test_the_ukrainian_pack_has_the_keys_of_the_others(name):
    def keys(lang):
        return {k for k in json.loads(resources.files("tollwatch.extract").joinpath(
            "lexicons", lang, name).read_text("utf-8")) if not k.startswith("_")}
    assert keys("uk") == keys("ru")
    if name == "casualty_words.v1.json":
        assert keys("uk") == keys("en")
    if name == "sides.v1.json":
        assert keys("en") <= keys("uk")


def test_ukrainian_is_a_read_language(reader):
    assert "uk" in LANGUAGES
    r = read(reader, "Внаслідок обстрілу загинули троє цивільних.")
    assert r.article.language == "uk" if hasattr(r, "article") else True
    assert all(c.rules.startswith("casualties.v2-uk-") for c in r.claims)


@pytest.mark.parametrize("text, category, expected", [
    ("Унаслідок обстрілу Херсона загинули троє цивільних.", "killed", (3, 3, 3)),
    ("Російські військові вбили двох мирних жителів у селі.", "killed", (2, 2, 2)),
    ("Під час обстрілу загинула жінка.", "killed", (1, 1, 1)),
    ("Окупанти вбили сорок двох цивільних.", "killed", (42, 42, 42)),
    ("Вранці ворожий дрон поранив п'ятьох людей у Сумах.", "injured", (5, 5, 5)),
    ("У Харкові поранено семеро людей.", "injured", (7, 7, 7)),
    ("Двоє поліцейських отримали поранення.", "injured", (2, 2, 2)),
    ("Поліція затримала двох підозрюваних.", "detained", (2, 2, 2)),
    ("Бойовики викрали трьох волонтерів.", "kidnapped", (3, 3, 3)),
])
def test_predicates_and_numerals(reader, text, category, expected):
    assert toll(read(reader, text), category) == expected


@pytest.mark.parametrize("text, category, expected", [
    ("Щонайменше 20 людей отримали поранення.", "injured", (20, 20, None)),
    ("Понад 30 людей загинули внаслідок удару.", "killed", (30, 30, None)),
    ("Близько 50 людей постраждали від вибуху.", "injured", (45, 50, 55)),
    # "tens" is 20-99; a bounded range's best is its midpoint (CONTRACT.md)
    ("Десятки людей загинули під час обстрілу.", "killed", (20, 59, 99)),
])
def test_hedges_and_vague_amounts(reader, text, category, expected):
    assert toll(read(reader, text), category) == expected


def test_counted_nouns_without_a_verb(reader):
    r = read(reader, "В результаті обстрілу – 4 загиблих і 4 поранених.")
    assert toll(r, "killed") == (4, 4, 4)
    assert toll(r, "injured") == (4, 4, 4)


def test_running_toll_replaces_the_first_figure(reader):
    r = read(reader, "Унаслідок ракетного удару загинули 8 людей.\n"
                     "За даними ДСНС, кількість загиблих зросла до 12.")
    assert toll(r, "killed") == (12, 12, 12)


def test_headline_without_a_full_stop_is_its_own_sentence(reader):
    r = read(reader, "Удар по Одесі: кількість загиблих зросла до 9\n"
                     "Рятувальники завершили розбір завалів у середу.")
    assert toll(r, "killed") == (9, 9, 9)


def test_death_of_someone(reader):
    r = read(reader, "Вибух призвів до загибелі військовослужбовця, ще двоє людей отримали поранення.")
    assert toll(r, "killed") == (1, 1, 1)
    assert toll(r, "injured") == (2, 2, 2)


def test_attribution_and_side(reader):
    r = read(reader, "За даними МОЗ Киргизстану, внаслідок зіткнень на кордоні загинули 24 людини.")
    c = by_text(r, "24")
    assert (c.low, c.high) == (24, 24)
    assert c.reported_by.kind == "government" and c.reported_by.side == "KG" and c.partisan is True


def test_victims_side_from_the_demonym(reader):
    r = read(reader, "Внаслідок бою загинули п'ятеро російських солдатів.")
    assert by_text(r, "п'ятеро").victims.side == "RU"


def test_earlier_episode_does_not_count(reader):
    r = read(reader, "З початку повномасштабної війни загинули понад 10 000 цивільних.")
    assert by_text(r, "10 000").historical is True
    assert toll(r, "killed") == (0, 0, 0)


def test_no_victims(reader):
    r = read(reader, "Ворог обстріляв Авдіївку, пошкоджено школу. На щастя, обійшлося без жертв.")
    assert toll(r, "killed") == (0, 0, 0)
    assert toll(r, "injured") == (0, 0, 0)


def test_an_imperfective_tells_of_no_counted_event(reader):
    r = read(reader, "«Росія вбиває цивільних!» — заявив голова ОВА.")
    assert toll(r, "killed") == (0, 0, 0)


def test_a_breakdown_after_a_colon_is_inside_the_figure(reader):
    r = read(reader, "Учора окупанти поранили 7 мешканців області: 4 у Костянтинівці та 3 у Краматорську.")
    assert toll(r, "injured") == (7, 7, 7)


def test_damaged_buildings_listed_with_the_victims_are_no_victims(reader):
    r = read(reader, "Після удару поранено двох людей, пошкоджено школу, адмінбудівлю і магазин.")
    assert toll(r, "injured") == (2, 2, 2)


@pytest.mark.parametrize("text, expected", [
    ("Унаслідок ворожого обстрілу Нікополя загинув 68-річний чоловік, ще двоє людей госпіталізовані.",
     {"killed": 1, "injured": 2}),
    ("Під час атаки на Одесу поранення отримали 14 людей, з них троє дітей.", {"injured": 14}),
    ("Рятувальники дістали з-під завалів тіла трьох людей.", {"killed": 3}),
    ("СБУ затримала трьох агентів російських спецслужб у Києві.", {"detained": 3}),
    ("Правоохоронці затримали 19-річного палія автомобілів військових.", {"detained": 1}),
    ("Окупанти обстріляли Костянтинівку: одна людина загинула, ще четверо дістали поранень.",
     {"killed": 1, "injured": 4}),
    ("Вночі ворог атакував Харків дронами, обійшлося без жертв.", {"killed": 0, "injured": 0}),
])
def test_reports_of_the_day(reader, text, expected):
    r = read(reader, text)
    assert {k: getattr(r.toll, k).best for k in expected} == expected


def test_shooting_at_a_convoy_kills_no_convoy(reader):
    r = read(reader, "Російські військові розстріляли колону цивільних автомобілів, загинули 25 людей.")
    assert toll(r, "killed") == (25, 25, 25)
