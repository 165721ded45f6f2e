"""How often the Ukrainian parse gives the casualty verb its victim in the right role: the
measurement that chose the parser (docs/LANGUAGES.md, "Ukrainian"). Sentences are our own, the
expected role written by hand with each; SAMPLES were written first and the stand-in table was
built on them, FRESH afterwards and measured once (11/12, then 12/12 after a fix found on the dev
texts). slovnet over the Ukrainian words as written gets 3 of each set."""
import pymorphy3
import pytest

from tollwatch.extract.parsers import load_parser
from tollwatch.extract.parsers.russian import RussianParser

ROLES = {"subj": {"nsubj", "nsubj:pass"}, "obj": {"obj"}, "pass": {"obj", "nsubj:pass"}}

SAMPLES = [  # (sentence, casualty verb as written, role, victim as written)
    ("Внаслідок обстрілу загинули троє цивільних.", "загинули", "subj", "цивільних"),
    ("Російські військові вбили двох мирних жителів.", "вбили", "obj", "жителів"),
    ("У Харкові поранено п'ятьох людей.", "поранено", "pass", "людей"),
    ("Ракетний удар убив шістьох людей у Дніпрі.", "убив", "obj", "людей"),
    ("Під час обстрілу загинула жінка.", "загинула", "subj", "жінка"),
    ("Двоє поліцейських отримали поранення.", "отримали", "subj", "поліцейських"),
    ("Окупанти викрали трьох волонтерів.", "викрали", "obj", "волонтерів"),
    ("Поліція затримала двох підозрюваних.", "затримала", "obj", "підозрюваних"),
    ("Унаслідок атаки дронів постраждали семеро людей.", "постраждали", "subj", "людей"),
    ("Ворожий снаряд поранив чоловіка.", "поранив", "obj", "чоловіка"),
    ("Троє військових були поранені під час бою.", "поранені", "subj", "військових"),
    ("Загинули 12 людей, ще 30 поранено.", "Загинули", "subj", "людей"),
    ("Російська ракета вбила дитину в Одесі.", "вбила", "obj", "дитину"),
    ("Під завалами загинули четверо рятувальників.", "загинули", "subj", "рятувальників"),
    ("Бойовики розстріляли десятьох полонених.", "розстріляли", "obj", "полонених"),
    ("Через удар постраждав літній чоловік.", "постраждав", "subj", "чоловік"),
    ("Прикордонники затримали п'ятьох порушників кордону.", "затримали", "obj", "порушників"),
    ("У Херсоні внаслідок обстрілу загинули двоє людей.", "загинули", "subj", "людей"),
    ("Снайпер застрелив українського солдата.", "застрелив", "obj", "солдата"),
    ("Вибух поранив трьох дітей біля школи.", "поранив", "obj", "дітей"),
    ("Вранці ворог обстріляв село, загинули двоє мешканців.", "загинули", "subj", "мешканців"),
    ("За словами голови ОВА, у Бахмуті поранено трьох цивільних.", "поранено", "pass", "цивільних"),
    ("Внаслідок атаки загинув водій автобуса.", "загинув", "subj", "водій"),
    ("Російські військові стратили шістьох полонених.", "стратили", "obj", "полонених"),
]

FRESH = [
    ("Унаслідок ракетного удару по Запоріжжю загинули восьмеро людей.", "загинули", "subj", "людей"),
    ("Терористи захопили в заручники двадцять пасажирів.", "захопили", "obj", "пасажирів"),
    ("Внаслідок нічної атаки поранено чотирьох енергетиків.", "поранено", "pass", "енергетиків"),
    ("Вчора ворожий дрон убив листоношу в селі.", "убив", "obj", "листоношу"),
    ("На Сумщині загинув тракторист, який підірвався на міні.", "загинув", "subj", "тракторист"),
    ("Співробітники СБУ затримали агента, який коригував удари.", "затримали", "obj", "агента"),
    ("Після обстрілу в лікарні помер ще один пацієнт.", "помер", "subj", "пацієнт"),
    ("Російські окупанти викрали мера міста.", "викрали", "obj", "мера"),
    ("Двоє підлітків постраждали від вибуху боєприпасу.", "постраждали", "subj", "підлітків"),
    ("Артилерійський обстріл поранив шістьох фермерів у полі.", "поранив", "obj", "фермерів"),
    ("Під час евакуації загинули троє волонтерів.", "загинули", "subj", "волонтерів"),
    ("Поліцейські затримали трьох чоловіків на блокпосту.", "затримали", "obj", "чоловіків"),
]


def right_role(doc, verb, role, victim) -> bool:
    """The victim (or the number counting it) hangs on the verb with the expected relation."""
    v = next(t for t in doc if t.text == verb)
    w = next(t for t in doc if t.text == victim)
    candidates = [w] + [t for t in w.children if t.dep_.startswith("nummod")]
    if w.head.pos_ == "NUM":
        candidates.append(w.head)
    return any(c.head == v and c.dep_ in ROLES[role] for c in candidates)


def score(parser, sentences) -> int:
    docs = parser.pipe([s for s, *_ in sentences])
    return sum(right_role(doc, verb, role, victim) for doc, (_, verb, role, victim) in zip(docs, sentences))


@pytest.fixture(scope="module")
def ukrainian():
    return load_parser("uk")


@pytest.fixture(scope="module")
def words_as_written():
    parser = RussianParser()
    parser.morph = pymorphy3.MorphAnalyzer(lang="uk")
    return parser


def test_stand_ins_give_the_victims_their_roles(ukrainian):
    assert score(ukrainian, SAMPLES) >= 22
    assert score(ukrainian, FRESH) >= 11


def test_the_words_as_written_do_not(words_as_written, ukrainian):
    for sentences in (SAMPLES, FRESH):
        assert score(words_as_written, sentences) <= len(sentences) // 3 < score(ukrainian, sentences)


def test_the_doc_keeps_the_ukrainian_words_and_offsets(ukrainian):
    text = "Заголовок без крапки: загинули 3 людини\nУ Херсоні поранено п’ятьох людей.  Ще одне."
    doc = ukrainian(text)
    assert doc.text == text
    assert "п’ятьох" in [t.text for t in doc]
    assert [t.lemma_ for t in doc if t.text == "поранено"] == ["поранити"]
    assert sum(t.is_sent_start for t in doc) == 3          # the headline line is a sentence
    assert ukrainian.stand_in("загиблих") == "погибших"
    assert ukrainian.stand_in("п'ятьох") == "5"
    assert ukrainian.parser_words(["за", "даними", "ОВА"])[:2] == ["по", "данным"]
