"""Russian word order: each verb's subject follows it ("погиб X и ранены Y").

Sentences written for these tests; expected figures by hand before the first run.
"""
from datetime import date

import pytest

from tollwatch.extract.parsers.ru_word_order import including_phrases, subjects_after_their_verbs
from tollwatch.models import Article


def test_second_subject_moves_to_the_verb_it_follows():
    # погиб(0) водитель(1) и(2) ранены(3) трое(4) пассажиров(5); slovnet: both subjects on "погиб"
    heads = [0, 0, 3, 0, 5, 0]
    rels = ["root", "nsubj", "cc", "conj", "nummod:gov", "nsubj"]
    pos = ["VERB", "NOUN", "CCONJ", "VERB", "NUM", "NOUN"]
    assert subjects_after_their_verbs(heads, rels, pos) == 1
    assert heads == [0, 0, 3, 0, 5, 3]


def test_a_shared_subject_stays():
    # погибли(0) и(1) ранены(2) пять(3) человек(4): one subject for both verbs, left where it is
    heads = [0, 2, 0, 4, 0]
    rels = ["root", "cc", "conj", "nummod:gov", "nsubj"]
    pos = ["VERB", "CCONJ", "VERB", "NUM", "NOUN"]
    assert subjects_after_their_verbs(heads, rels, pos) == 0
    assert heads == [0, 2, 0, 4, 0]


def test_a_joined_verb_with_its_own_subject_takes_no_other():
    # погиб(0) солдат(1) и(2) ранен(3) офицер(4) , врачи(6): "ранен" has "офицер" already
    heads = [0, 0, 3, 0, 3, 6, 0]
    rels = ["root", "nsubj", "cc", "conj", "nsubj", "punct", "nsubj"]
    pos = ["VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT", "NOUN"]
    assert subjects_after_their_verbs(heads, rels, pos) == 0


@pytest.mark.parametrize("text, killed, injured", [
    # slovnet hangs "шесть человек" on "погиб" here: read as 7 killed, 0 injured before the repair
    ("В результате теракта в Кабуле погиб охранник и ранены шесть человек, включая двух журналистов, "
     "сообщило МВД.", 1, 6),
    ("В результате обстрела в Донецке погиб мужчина и ранены три человека, сообщили власти.", 1, 3),
    ("При нападении погиб один пограничник и ранены двое солдат.", 1, 2),
])
def test_killed_and_injured_in_one_russian_sentence(reader, text, killed, injured):
    article = Article.from_text(text, published=date(2022, 9, 18), language="ru")
    toll = reader.read(article).toll
    assert (toll.killed.best, toll.injured.best) == (killed, injured)


def test_including_phrase_is_one_marker_on_its_part():
    # шесть(0) человек(1) ,(2) в(3) том(4) числе(5) двое(6) детей(7) ,(8) погибли(9)
    heads = [1, 9, 5, 5, 5, 7, 7, 1, 9, 9]
    rels = ["nummod:gov", "nsubj", "punct", "case", "det", "nmod", "nummod:gov", "conj", "punct", "root"]
    words = ["Шесть", "человек", ",", "в", "том", "числе", "двое", "детей", ",", "погибли"]
    assert including_phrases(heads, rels, words) == 1
    assert (heads[4], rels[4]) == (7, "case") and heads[3] == heads[5] == 4
    assert (heads[7], rels[7]) == (1, "nmod")


@pytest.mark.parametrize("text, killed, injured", [
    # "в том числе" was read as a place, and its part added to the whole (8, 13, 9 before)
    ("Шесть человек, в том числе двое детей, погибли.", 6, 0),
    ("Погибли десять человек, в том числе трое военных.", 10, 0),
    ("Ранены семь человек, в том числе двое журналистов.", 0, 7),
])
def test_a_part_in_v_tom_chisle_counts_once(reader, text, killed, injured):
    toll = reader.read(Article.from_text(text, published=date(2022, 9, 18), language="ru")).toll
    assert (toll.killed.best, toll.injured.best) == (killed, injured)
