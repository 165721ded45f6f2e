"""Second-round rules (sources, sides, adjectives before victims); texts and figures our own,
expected values written by hand before running."""
from .helpers import one_claim as _one


def test_named_leader_speaks_for_his_state(read):
    claims, _ = read("At least 12 Georgian soldiers were killed overnight, President Zelensky said.")
    c = _one(claims, "12")
    assert (c.reported_by.kind, c.reported_by.side, c.partisan) == ("government", "UA", True)


def test_capital_as_source(read):
    claims, _ = read("Yerevan, for its part, raised its count of soldiers killed to 71.")
    c = _one(claims, "71")
    assert (c.reported_by.side, c.partisan) == ("AM", True)


def test_attacker_named_by_fire_is_not_a_second_side(read):
    claims, toll = read("Azerbaijan's defence ministry said three civilians were wounded by Armenian shelling.")
    c = _one(claims, "three")
    assert (c.victims.side, c.scope) == ("AZ", "side")
    assert toll.get("injured").low == 3


def test_rights_monitor_heading_is_the_reporter(read):
    claims, _ = read("EASTERN RIGHTS MONITOR - STATEMENT\n\nWe documented the deaths of 14 civilians in the shelling.")
    assert _one(claims, "14").reported_by.kind == "ngo"


def test_commissioner_is_a_government_source(read):
    claims, _ = read("Bandits abducted 22 traders on the highway, the state police commissioner said.")
    assert _one(claims, "22").reported_by.kind == "government"


def test_wounded_before_victims_is_an_adjective(read):
    _, toll = read("Five wounded soldiers died in hospital on Tuesday.")
    assert (toll.get("killed").low, toll.get("injured").low) == (5, 0)


def test_local_victims_take_the_dateline_country(read):
    claims, _ = read("KANO, Nigeria, May 2, 2021 - Two policemen were shot dead at a checkpoint, the army said.")
    assert _one(claims, "policemen").victims.side == "NG"


def test_no_dateline_side_when_another_state_is_named(read):
    claims, _ = read("KANO, Nigeria, May 2, 2021 - Two soldiers were killed near the border with Somalia.")
    assert _one(claims, "soldiers").victims.side != "NG"


def test_breakdown_of_the_figure_before(read):
    claims, toll = read("At least 30 people died in clashes between Iraqi troops and Islamic State fighters. "
                        "Of those, 18 were soldiers and 12 were militants, a monitoring group said.")
    soldiers, militants = _one(claims, "18"), _one(claims, "12")
    whole = _one(claims, "30")
    assert (soldiers.victims.side, militants.victims.side) == ("IQ", "islamic_state")
    assert soldiers.part_of == whole.id and militants.part_of == whole.id and whole.scope == "total"
    assert (toll.get("killed").low, toll.get("killed").high) == (30, None)


def test_breakdown_needs_its_opening(read):
    claims, _ = read("Five people were killed in the raid. 3 were teenagers from the village.")
    assert [c.low for c in claims] == [5]


def test_more_after_a_figure_is_the_same_verb(read):
    _, toll = read("A car bomb killed at least 12 people and wounded 30 more outside the market.")
    assert (toll.get("killed").low, toll.get("injured").low) == (12, 30)
    _, toll = read("Eight people were killed and 25 more injured in the blast.")
    assert toll.get("injured").low == 25


def test_linking_verbs_are_not_victims(read):
    _, toll = read("Nine people were killed and 4 became injured in the raid.")
    assert toll.get("injured").low == 4


def test_toll_revised_with_a_time_phrase(read):
    _, toll = read("Gunmen killed 6 villagers on Monday. The death toll rose to 19 two days later.")
    assert (toll.get("killed").low, toll.get("killed").high) == (19, 19)


def test_lives_claimed(read):
    _, toll = read("The blast claimed 11 civilians' lives near the bus station.")
    assert toll.get("killed").low == 11


def test_wounded_and_later_died_is_killed(read):
    _, toll = read("A night guard was wounded and later died in hospital.")
    assert (toll.get("killed").low, toll.get("injured").low) == (1, 0)


def test_additional_is_still_a_modifier(read):
    _, toll = read("The security force detained two additional suspects during the operation.")
    assert toll.get("detained").low == 2


def test_individuals_restated_are_the_same_detainees(read):
    _, toll = read("A joint force detained two suspected insurgents in Khost province today. "
                   "After questioning residents, the force detained the two individuals at a compound.")
    assert toll.get("detained").low == 2


def test_an_additional_suspect_is_new(read):
    _, toll = read("The force captured a Haqqani facilitator in Khost. One additional suspect was detained.")
    assert toll.get("detained").low == 2


def test_in_the_custody_of(read):
    _, toll = read("The three suspects are currently in the custody of the provincial police.")
    assert toll.get("detained").low == 3


def test_hypothetical_cue_stops_at_a_clause_break(read):
    _, toll = read("Two gunmen posed a threat to the patrol and were shot dead, three men were taken into custody.")
    assert (toll.get("killed").low, toll.get("detained").low) == (2, 3)


def test_operation_aimed_at_capturing_is_a_target(read):
    _, toll = read("Troops detained four suspects during raids aimed at capturing Taliban commanders.")
    assert toll.get("detained").low == 4


def test_group_name_before_a_title_and_role_is_a_modifier(read):
    claims, toll = read("Afghan forces captured Taliban senior commander Mullah Akhtar in Logar.")
    assert [c.text for c in claims if c.text == "Taliban"] == []
    assert toll.get("detained").low == 1


def test_named_victim_shot_to_death_after_an_age(read):
    _, toll = read("CALI, 3 MAY 90 -- FORMER TOWN COUNCILLOR ANDRES MOLINA RUIZ, 51, WAS SHOT TO DEATH BY GUNMEN TODAY.")
    assert toll.get("killed").low == 1
    _, toll = read("Town councillor Andres Molina, 51, was stabbed to death outside his home.")
    assert toll.get("killed").low == 1


def test_upper_case_name_before_shot_to_death_without_was_is_the_killer(read):
    claims, _ = read("CALI, 3 MAY 90 -- GUNMEN OF THE CARTEL EXECUTED TWO PEASANTS TODAY.")
    assert [(c.category, c.low) for c in claims] == [("killed", 2)]


def test_time_words_are_no_names(read):
    _, toll = read("LIMA, 4 JUN 90 -- HE TOOK OVER FROM MAYOR JUAN PEREZ ROJAS, WHO WAS KILLED LAST FRIDAY.")
    assert toll.get("killed").low == 1
    _, toll = read("LIMA, 4 JUN 90 -- TWO BODIES WERE FOUND TODAY SHOT TO DEATH NEAR THE RIVER.")
    assert toll.get("killed").low == 2


def test_singular_victims_in_a_list_take_its_verb(read):
    _, toll = read("A soldier, a policeman and two civilians were killed in the attack.")
    assert toll.get("killed").low == 4
    _, toll = read("A nurse, a driver and a teacher were wounded when the bus was shelled.")
    assert toll.get("injured").low == 3
