"""A headline's figures count only where the body counts no victim (extract/headline.py).
Texts of our own; expected figures written by hand before the headline was read."""
from .helpers import figures_in, read_in

NO_COUNT_BODY = ("La comunidad rural vive con miedo desde el crimen de un antiguo guerrillero que había "
                 "firmado el acuerdo de paz. Dos hombres armados huyeron en una motocicleta tras el hecho, "
                 "informó la Policía.")


def test_a_headline_counts_where_the_body_does_not(reader):
    title = "Asesinan a excombatiente en zona rural de Pitalito"
    r = read_in(reader, NO_COUNT_BODY, "es", title=title)
    assert (r.toll.killed.low, r.toll.killed.best, r.toll.killed.high) == (1, 1, 1)
    (c,) = r.claims
    assert (c.category, c.text) == ("killed", "excombatiente")
    assert (c.evidence.start, c.evidence.end, c.evidence.sentence) == (0, 0, title)
    assert c.reported_by.name is None  # a headline names no reporter of its own figure
    assert c.rules


def test_without_a_headline_the_same_body_counts_nothing(reader):
    assert figures_in(reader, NO_COUNT_BODY, "es") == (0, 0)


def test_a_headline_restating_the_body_is_not_counted_again(reader):
    body = ("Gunmen opened fire on worshippers leaving a mosque in the town on Friday, killing five "
            "people and wounding eight, police said.")
    r = read_in(reader, body, "en", title="Gunmen kill five outside mosque")
    assert (r.toll.killed.best, r.toll.injured.best) == (5, 8)
    assert all(c.evidence.end > c.evidence.start for c in r.claims)


def test_a_headline_victim_the_body_tells_otherwise_is_not_added(reader):
    # the headline's wounded boy is the body's dead boy: not one injured more
    body = ("Ракета попала в школьный автобус у перекрестка. Тяжелое ранение получил подросток, его "
            "госпитализировали в критическом состоянии. Через десять дней подросток скончался в больнице.")
    r = read_in(reader, body, "ru", title="Обстрел автобуса: подросток тяжело ранен")
    assert (r.toll.killed.best, r.toll.injured.best) == (1, 0)


def test_a_headline_counts_when_the_body_tells_only_an_earlier_episode(reader):
    body = ("The village had been attacked before: in March 2019 gunmen killed 12 farmers there. "
            "Residents said they no longer felt safe.")
    r = read_in(reader, body, "en", title="Herders kill three farmers in Plateau village")
    assert (r.toll.killed.best, r.toll.injured.best) == (3, 0)
    assert [c.evidence.sentence for c in r.claims if not c.historical] == [
        "Herders kill three farmers in Plateau village"]
