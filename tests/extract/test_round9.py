"""Summaries of our own (ninth round), en/fr/es/ru, with the killed and injured best each must
give, written by hand before the mend that meets them ran on them."""
import pytest

from .helpers import figures_in

# A killing named under "after" / "following" in a sentence that tells deaths of its own is the
# episode before this one ("37 killed in protests following the killing of a rebel leader"); alone
# in its sentence it is still the news.
EARLIER_NOUNS = [
 ("en", "Riots spread through the city following the killing of a student leader, and four protesters "
        "were shot dead on Friday.", 4, 0),
 ("en", "Two policemen were shot dead in Quetta after the murder of a judge last week.", 2, 0),
 ("fr", "Deux gendarmes ont été tués après l'assassinat d'un maire dans la région.", 2, 0),
 ("es", "Cuatro campesinos fueron asesinados tras el homicidio de un líder social en el Cauca.", 4, 0),
 ("ru", "Двое полицейских погибли после убийства судьи в Махачкале.", 2, 0),
 ("en", "Police arrested three men after the killing of a shopkeeper in Lahore.", 1, 0),
]

# A killing whose agent comes between it and its victims ("the murder by gunmen of a chief"): the
# parser hangs the victims on the agent.
AGENT_BEFORE_VICTIMS = [
 ("en", "The governor condemned the murder by gunmen of a village chief and his two sons.", 3, 0),
 ("en", "Residents mourned the killing by soldiers of four young herders near the river.", 4, 0),
]

# An age the parser made the subject ("16-летний 'Даниэль ...' скончался": the age tagged a
# number, the quoted name hung under it) is one person, not the figure 16.
AGES_AS_SUBJECTS = [
 ("ru", "Через неделю 16-летний 'Артём Волков' скончался в больнице.", 1, 0),
 ("uk", "Вночі 19-річний 'Олег Коваль' помер у лікарні.", 1, 0),
 ("en", "A 15-year-old was stabbed to death outside the school.", 1, 0),
]

# Harm a person takes ("получили телесные повреждения", "suffered bodily harm") is an injury; a
# building's damage is nobody's.
HARM_TO_PEOPLE = [
 ("ru", "При взрыве трое прохожих получили телесные повреждения.", 0, 3),
 ("ru", "Здание администрации получило серьезные повреждения.", 0, 0),
 ("uk", "Двоє рятувальників отримали тілесні ушкодження під час обстрілу.", 0, 2),
 ("en", "Two guards suffered serious bodily harm in the attack on the prison.", 0, 2),
]

# A running toll joined to a figure with a verb of its own ("rose to 20 and more than 40 others
# were wounded"): the parser coordinates the two numbers; the second takes its verb's category.
TOLL_AND_ANOTHER_FIGURE = [
 ("en", "The toll from the market bombing climbed to 31 and at least 70 others were injured, officials "
        "said.", 31, 70),
 ("fr", "Le bilan est passé à 14 morts et une trentaine d'autres personnes ont été blessées.", 14, 30),
]

# Known gaps of this round (strict: a pass means the gap closed).
GAPS = [
 # the small Spanish model makes "nueve y otras 25 personas" the subject of "resultaron heridas"
 # and hangs "a" as a marker: the toll's figure is read as wounded
 ("es", "El número de muertos ascendió a nueve y otras 25 personas resultaron heridas.", 9, 25),
]

CASES = (EARLIER_NOUNS + AGENT_BEFORE_VICTIMS + AGES_AS_SUBJECTS + HARM_TO_PEOPLE
         + TOLL_AND_ANOTHER_FIGURE)


@pytest.mark.parametrize("language,text,killed,injured", CASES)
def test_summary_in_its_language(reader, language, text, killed, injured):
    assert figures_in(reader, text, language) == (killed, injured)


@pytest.mark.xfail(strict=True, reason="known gap: see GAPS")
@pytest.mark.parametrize("language,text,killed,injured", GAPS)
def test_known_gaps(reader, language, text, killed, injured):
    assert figures_in(reader, text, language) == (killed, injured)
