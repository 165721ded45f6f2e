"""Russian and Ukrainian numerals in words, every case and gender (cases written by hand)."""
import pymorphy3
import pytest

from tollwatch.extract.parsers.ru_numbers import Numerals, ru_number


@pytest.fixture(scope="module")
def morph():
    return pymorphy3.MorphAnalyzer(lang="ru")


@pytest.fixture(scope="module")
def uk_morph():
    return pymorphy3.MorphAnalyzer(lang="uk")


def read(phrase, morph, numerals=None):
    return ru_number(phrase.split(), morph=morph, numerals=numerals)


# nominative, genitive, dative, accusative, instrumental, prepositional
CASES = {
    25: ["двадцать пять", "двадцати пяти", "двадцати пяти", "двадцать пять", "двадцатью пятью",
         "двадцати пяти"],
    112: ["сто двенадцать", "ста двенадцати", "ста двенадцати", "сто двенадцать",
          "ста двенадцатью", "ста двенадцати"],
    243: ["двести сорок три", "двухсот сорока трёх", "двумстам сорока трём", "двести сорок три",
          "двумястами сорока тремя", "двухстах сорока трёх"],
    500: ["пятьсот", "пятисот", "пятистам", "пятьсот", "пятьюстами", "пятистах"],
    80: ["восемьдесят", "восьмидесяти", "восьмидесяти", "восемьдесят", "восьмьюдесятью",
         "восьмидесяти"],
    11: ["одиннадцать", "одиннадцати", "одиннадцати", "одиннадцать", "одиннадцатью",
         "одиннадцати"],
    4: ["четыре", "четырёх", "четырём", "четырёх", "четырьмя", "четырёх"],
    3: ["три", "трех", "трем", "трех", "тремя", "трех"],  # ё written е, as many sites do
}


@pytest.mark.parametrize("value", sorted(CASES))
def test_cardinals_in_every_case(morph, value):
    assert [read(form, morph) for form in CASES[value]] == [value] * 6


def test_one_and_two_in_every_gender(morph):
    one = ["один", "одна", "одно", "одного", "одной", "одному", "одним", "одною", "одном", "одну"]
    assert {read(form, morph) for form in one} == {1}
    assert {read(form, morph) for form in ["два", "две", "двух", "двум", "двумя"]} == {2}
    both = ["оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими"]
    assert {read(form, morph) for form in both} == {2}


def test_collectives_in_every_case(morph):
    assert [read(w, morph) for w in ["двое", "двоих", "двоим", "двоими"]] == [2, 2, 2, 2]
    assert [read(w, morph) for w in ["трое", "троих", "троим", "троими"]] == [3, 3, 3, 3]
    assert [read(w, morph) for w in ["пятеро", "пятерых", "пятерым", "пятерыми"]] == [5, 5, 5, 5]
    assert [read(w, morph) for w in ["четверых", "семерых", "десятерых"]] == [4, 7, 10]


def test_thousands_and_millions(morph):
    assert read("тысяча", morph) == 1000
    assert read("тысячью", morph) == 1000
    assert read("две тысячи триста", morph) == 2300
    assert read("двух тысяч трёхсот", morph) == 2300
    assert read("пяти тысячам", morph) == 5000
    assert read("полторы тысячи", morph) == 1500
    assert read("полутора тысяч", morph) == 1500
    assert read("миллиона двухсот тысяч", morph) == 1_200_000
    assert read("25 тысяч", morph) == 25_000


def test_a_word_that_is_also_something_else_reads_as_the_number(morph):
    assert read("сорока", morph) == 40  # also "magpie"
    assert read("девяноста", morph) == 90


def test_what_is_not_one_number(morph):
    for phrase in ["пять двадцать", "двенадцать три", "тысяча миллион", "полтора", "убиты",
                   "двадцать пять человек", "ноль пять"]:
        assert read(phrase, morph) is None, phrase
    assert ru_number([], morph=morph) is None


def test_without_an_analyzer_only_dictionary_forms_are_read():
    assert ru_number(["двадцать", "пять"]) == 25
    assert ru_number(["двадцати", "пяти"]) is None


def test_parsed_tokens_bring_their_lemmas():
    from tollwatch.extract.parsers import load_parser

    doc = load_parser("ru")("Под обстрелом погибли двадцать пять военных, ранения получили сто "
                            "двенадцать человек. Среди двадцати пяти погибших были пятеро детей.")
    numerals = [[t for t in sent if t.pos_ == "NUM"] for sent in doc.sents]
    assert [[t.text for t in sent] for sent in numerals] == [
        ["двадцать", "пять", "сто", "двенадцать"], ["двадцати", "пяти", "пятеро"]]
    assert ru_number(numerals[0][:2]) == 25
    assert ru_number(numerals[0][2:]) == 112
    assert ru_number(numerals[1][:2]) == 25  # no analyzer: the parse's lemmas suffice
    assert ru_number(numerals[1][2:]) == 5


def test_ukrainian_numerals(uk_morph):
    uk = Numerals.load("uk")
    assert uk.language == "uk" and uk.version == "numerals.v1"
    cases = {"двадцяти п'яти": 25, "п'ятьох": 5, "п’ятеро": 5, "двоє": 2, "двох тисяч": 2000,
             "сорока": 40, "трьохсот": 300, "ста двадцяти": 120, "обох": 2, "одного": 1,
             "тисячами": 1000, "дев'ятьмастами": 900, "чотирьом": 4, "трьох": 3}
    assert {phrase: read(phrase, uk_morph, uk) for phrase in cases} == cases
    assert read("п'ять двадцять", uk_morph, uk) is None


def test_the_lexicon_is_versioned_data():
    ru = Numerals.load("ru")
    assert ru.version == "numerals.v1"
    assert ru.values["девятьсот"] == 900 and ru.values["пятеро"] == 5
    assert ru.multipliers["тысяча"] == 1000
