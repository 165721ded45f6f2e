"""Numbers in French, Spanish and Russian: what counts and what is a year, an age or a date.

Sentences written for these tests; figures by hand.
"""
import pytest

from tollwatch.extract.numbers import find_quantities


def _read(text, language):
    return [(q.low, q.high, q.text) for q in find_quantities(text, language=language)]


@pytest.mark.parametrize("text,language,expected", [
    # grouped thousands: a dot in Spanish and French, a space everywhere
    ("plus de 27.000 morts depuis le début", "fr", [(27000, None, "plus de 27.000")]),
    ("unos 1.500 desplazados", "es", [(1350, 1650, "unos 1.500")]),
    ("2.300.000 personas", "es", [(2300000, 2300000, "2.300.000")]),
    ("более 13 000 человек", "ru", [(13000, None, "более 13 000")]),
    # a decimal keeps its whole part; a time is no thousand
    ("a las 03.00 horas murieron dos", "es", [(3, 3, "03.00"), (2, 2, "dos")]),
    ("7.62 milímetros", "es", [(7, 7, "7.62")]),
])
def test_grouped_thousands(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("В 2014 году погибли 12 человек", "ru", [(12, 12, "12")]),
    ("2009 год: пятеро погибших", "ru", [(5, 5, "пятеро")]),
    ("с 2015 года двое пропали", "ru", [(2, 2, "двое")]),
    ("en 2019, trois soldats ont été tués", "fr", [(3, 3, "trois")]),
    ("depuis 2012, des milliers de morts", "fr", [(2000, 9999, "des milliers de")]),
    ("que en 2017 dejaron 4 heridos", "es", [(4, 4, "4")]),
    ("desde 2002 murieron 7", "es", [(7, 7, "7")]),
    # a figure of the size of a year still counts where no year word stands before it
    ("plus de 2000 manifestants", "fr", [(2000, None, "plus de 2000")]),
    ("un total de 1998 muertos", "es", [(1998, 1998, "1998")]),
])
def test_years_are_no_counts(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("16-летний подросток и двое взрослых", "ru", [(2, 2, "двое")]),
    ("ему было 53 года", "ru", []),
    ("за 5 лет", "ru", []),
    ("в 17-й больнице лечат 3 раненых", "ru", [(3, 3, "3")]),
    ("ранены 2-х человек", "ru", [(2, 2, "2")]),         # a case ending of a cardinal: counts
    ("два летчика погибли", "ru", [(2, 2, "два")]),       # "лет" only as a whole word
    ("un joven de 16 años y tres adultos", "es", [(3, 3, "tres")]),
    ("un garçon de 12 ans et deux adultes", "fr", [(2, 2, "deux")]),
    ("7 апреля 2011 года ранены четверо", "ru", [(4, 4, "четверо")]),
    ("el 9 de mayo murieron 6", "es", [(6, 6, "6")]),
    ("le 3 mars, 11 blessés", "fr", [(11, 11, "11")]),
])
def test_ages_ordinals_and_dates_are_no_counts(text, language, expected):
    assert _read(text, language) == expected


def test_english_keeps_its_decimal_point():
    assert _read("27.000 people", "en") == [(27, 27, "27.000")]
    assert _read("in 2009 two people died", "en") == [(2009, 2009, "2009"), (2, 2, "two")]


@pytest.mark.parametrize("text,expected", [
    ("убиты трех человек", [(3, 3, "трех")]),          # news writes е for ё: "трех", not only "трёх"
    ("ранены четырех", [(4, 4, "четырех")]),
    ("помогли трем раненым", [(3, 3, "трем")]),
    ("более трехсот жителей", [(300, None, "более трехсот")]),
    ("четырёх бойцов", [(4, 4, "четырёх")]),
])
def test_russian_numerals_written_with_e_for_yo(text, expected):
    assert _read(text, "ru") == expected


def test_russian_numeral_with_e_counts_its_victims():
    from datetime import date

    from tollwatch.extract.reader import Reader
    from tollwatch.models import Article
    article = Article.from_text("Военные ликвидировали четырех боевиков.", published=date(2022, 9, 18), language="ru")
    assert Reader.load().read(article).toll.killed.best == 4


@pytest.mark.parametrize("text,language,expected", [
    # a number before its multiplier word, with a decimal comma
    ("25 тысяч человек", "ru", [(25000, 25000, "25 тысяч")]),
    ("более 1,5 тыс. человек", "ru", [(1500, None, "более 1,5 тыс.")]),
    ("2,5 млн беженцев", "ru", [(2500000, 2500000, "2,5 млн")]),
    ("1,5 million de déplacés", "fr", [(1500000, 1500000, "1,5 million")]),
    ("3 mil personas", "es", [(3000, 3000, "3 mil")]),
    ("más de 1,2 millones de desplazados", "es", [(1200000, None, "más de 1,2 millones")]),
    # "тысячи" is also "thousands": after a numeral it is the numeral's multiplier
    ("две тысячи человек", "ru", [(2000, 2000, "две тысячи")]),
    ("полторы тысячи человек", "ru", [(1500, 1500, "полторы тысячи")]),
    ("тысячи человек", "ru", [(2000, 9999, "тысячи")]),
])
def test_multipliers(text, language, expected):
    assert _read(text, language) == expected


def test_english_vague_amounts_unchanged():
    assert _read("several dozen people", "en") == [(24, 99, "several dozen")]
    assert _read("two thousand people", "en") == [(2000, 2000, "two thousand")]


@pytest.mark.parametrize("text,expected", [
    ("veintitres muertos", [(23, 23, "veintitres")]),   # written without its accent
    ("veintidos heridos", [(22, 22, "veintidos")]),
    ("veintiun muertos", [(21, 21, "veintiun")]),
])
def test_spanish_number_words_without_accents(text, expected):
    assert _read(text, "es") == expected
