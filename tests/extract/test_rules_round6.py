"""Sixth-round rules. Texts and figures our own; expected values written by hand before running."""
import pytest

from .helpers import one_claim as _one


def test_more_of_a_side_is_one_more_incident_not_the_sides_toll(read):
    claims, toll = read("An air strike killed two Palestinian fishermen off Gaza on Monday. Three more "
                        "Palestinians killed by tank fire near the fence on Wednesday. On Friday another "
                        "Palestinian man was shot dead by soldiers at a protest.")
    assert _one(claims, "Three more Palestinians").scope == "incident"
    assert toll.get("killed").best == 6


def test_another_left_outside_the_figure_still_adds(read):
    claims, toll = read("Two protesters were killed and 25 were wounded in the capital on Monday. On Tuesday "
                        "one demonstrator was shot dead and another 30 wounded, doctors said.")
    assert toll.get("injured").best == 55
    assert toll.get("killed").best == 3


def test_him_stands_for_the_person_the_first_verb_named(read):
    claims, toll = read("Gunmen stormed the home of a village sheikh on Monday night, killing him.")
    assert toll.get("killed").best == 1
    assert _one(claims, "a village sheikh").category == "killed"


def test_him_is_never_a_thing(read):
    claims, toll = read("A wanted commander fired at the patrol. The soldiers returned fire, killing him.")
    assert not [c for c in claims if "fire" in c.text]


def test_names_do_not_make_an_english_report_spanish():
    from tollwatch.extract.language import LanguageDetector
    detector = LanguageDetector()
    text = ("on May 4, Rogelio Salas Ortega, a teacher and the director of Escuela Primaria Benito Juárez, "
            "was slain in Villa de Álvarez, Colima state")
    assert detector.detect(text) == "en"
    assert detector.detect("AL MENOS DOCE PERSONAS MURIERON EN EL ATAQUE") == "es"


def test_another_as_the_subject_of_a_joined_participle_is_one_more(read):
    claims, toll = read("One border guard was killed and another wounded when their post came under fire on Sunday.")
    assert toll.get("killed").best == 1
    assert toll.get("injured").best == 1


def test_the_speakers_the_parser_joined_to_the_victims_are_no_victims(read):
    claims, toll = read("A car bomb at the bus station killed nine people and wounded 30 others, witnesses and "
                        "a hospital doctor said.")
    assert toll.get("injured").best == 30
    assert not [c for c in claims if "doctor" in c.text]


# Figures that only the killed toll tells apart: (what the rule is about, text, killed best).
KILLED = [
    ("a_count_of_the_dead_inside_a_total_is_another_count_of_it",
     "Clashes between herders and farmers killed 12 people on Monday. By Thursday the toll had climbed to 90, 20 farmers and 70 herders, officials said. A herders' association later published a list of 85 dead.",
     90),
    ("the_past_week_is_this_episode_the_past_an_earlier_one",
     'Clashes between two clans have claimed 23 lives in the past week, a local official said.',
     23),
    ("the_past_week_is_this_episode_the_past_an_earlier_one",
     'The militia has killed 40 people in the past, the mayor said. On Sunday its fighters killed three farmers near the river.',
     3),
    ("the_killing_that_sparked_the_clashes_and_a_death_weeks_ago_are_earlier",
     'Clashes sparked by the killing of a herder left nine people dead in the valley on Sunday.',
     9),
    ("the_killing_that_sparked_the_clashes_and_a_death_weeks_ago_are_earlier",
     'A second land activist was shot dead on Friday in the town where a fellow activist was murdered three weeks ago.',
     1),
    ("a_later_figure_from_the_same_source_is_another_account",
     'The governor said on Friday that at least six people died in clashes between two villages. Later figures show that 11 people were killed.',
     11),
    ("a_killing_told_as_before_another_is_an_earlier_episode",
     'Two days after gunmen killed a farmer near the river, militants attacked the village and killed 12 people.',
     12),
    ("a_killing_told_as_before_another_is_an_earlier_episode",
     'Police arrested three men after two people were killed in a shooting at the market.',
     2),
    ("both_and_the_with_the_same_count_name_victims_already_counted",
     'A patrol killed two insurgents near the bridge on Monday. The insurgents had fired on the patrol, and the soldiers returned fire, killing both armed men.',
     2),
    ("both_and_the_with_the_same_count_name_victims_already_counted",
     'Gunmen killed a farmer on Monday. The police later arrested his wife for questioning; on Tuesday the gunmen returned and killed his brother.',
     2),
    ("a_figure_set_against_another_source_is_another_account",
     'Officials said four soldiers died in the ambush on the convoy. However, villagers told reporters that 11 people were killed.',
     11),
    ("a_figure_set_against_another_source_is_another_account",
     'Gunmen killed three soldiers at the checkpoint on Monday. In a nearby village they shot dead five farmers, police said.',
     8),
    ("one_of_a_running_count_is_this_victim_not_the_count",
     'A radio presenter was shot dead in Tierra Blanca on Sunday. She is one of at least nine journalists who have been killed in the state since January.',
     1),
]


@pytest.mark.parametrize("rule,text,killed", KILLED, ids=[r[0] for r in KILLED])
def test_killed_toll(read, rule, text, killed):
    claims, toll = read(text)
    assert toll.get("killed").best == killed
