"""Third-round rules: state offices named without their state, earlier episodes without a
reporter, a state's own running toll, subsets of a side, perpetrators of the attack. Texts and
figures our own; expected values written by hand before running."""
from tollwatch.extract.claims.perpetrators import is_perpetrator

from .helpers import one_claim as _one


def test_minister_without_state_speaks_for_the_state_that_spoke_before(read):
    claims, _ = read("Kyrgyzstan's defence ministry said 12 soldiers were killed. Interior Minister "
                     "Almaz Tokoev said on Monday that three Kyrgyz policemen were missing.")
    c = _one(claims, "three")
    assert (c.category, c.reported_by.side, c.partisan) == ("missing", "KG", True)


def test_earlier_episode_in_its_own_sentence_inherits_no_reporter(read):
    claims, _ = read("The Tajik interior ministry said nine border guards were killed on Tuesday. "
                     "Clashes in March 2019 had left 30 people dead.")
    c = _one(claims, "30")
    assert c.historical is True
    assert not c.reported_by.name
    assert _one(claims, "nine").reported_by.side == "TJ"


def test_reporter_name_starts_at_its_determiner(read):
    claims, _ = read("In the morning the Kyrgyz health ministry reported that 31 people had been wounded. "
                     "By the evening the ministry said the number of wounded had risen to 87.")
    c = _one(claims, "87")
    assert "evening" not in c.reported_by.name
    assert (c.reported_by.side, c.victims.side, c.scope) == ("KG", "KG", "side")


def test_a_ministry_spokeswoman_is_the_ministry_named_before(read):
    claims, toll = read("Eleven Kyrgyz citizens were killed, the Kyrgyz health ministry said on Friday. "
                        "A ministry spokeswoman said 40 people had been wounded.")
    c = _one(claims, "40")
    assert c.reported_by.name == "Kyrgyz health ministry"
    assert (c.victims.side, c.scope, c.partisan) == ("KG", "side", True)
    assert (toll.get("killed").best, toll.get("injured").best) == (11, 40)


def test_state_ministry_running_toll_is_its_side(read):
    claims, toll = read("Ministry of Health of the Kyrgyz Republic\n\nAs of 10:00, hospitals have received "
                        "the bodies of 15 citizens.\n\nIn total, 60 citizens have been treated for injuries.")
    killed, injured = _one(claims, "15"), _one(claims, "60")
    assert (killed.scope, killed.victims.side) == ("side", "KG")
    assert (injured.scope, injured.victims.side) == ("side", "KG")
    assert (toll.get("killed").best, toll.get("injured").best) == (15, 60)


def test_state_forces_missing_take_the_ministrys_side(read):
    claims, _ = read("Ministry of Defence of the Kyrgyz Republic\n\n"
                     "The Ministry of Emergency Situations reports that two servicemen remain missing.")
    c = _one(claims, "two")
    assert (c.category, c.scope, c.victims.side) == ("missing", "incident", "KG")


def test_civilians_on_a_side_are_part_of_that_side(read):
    claims, _ = read("A rights group said it had documented the deaths of at least 12 civilians "
                     "on the Tajik side of the border.")
    c = _one(claims, "12")
    assert (c.scope, c.victims.side) == ("incident", "TJ")
    claims, _ = read("Around 30 people died on the Tajik side, the officials said.")
    assert _one(claims, "30").scope == "side"


def test_more_people_in_a_detail_are_not_a_side_toll(read):
    claims, toll = read("Tajikistan's foreign ministry said 20 Tajik citizens were killed. The ministry said "
                        "a drone hit a mosque, killing eight worshippers. Five more people died when a bus "
                        "was hit, the ministry said.")
    c = _one(claims, "Five")
    assert c.scope == "incident" and c.part_of == _one(claims, "20").id
    assert toll.get("killed").best == 20


def test_attackers_killed_in_their_own_attack_count_in_the_high_only(read):
    claims, toll = read("Gunmen stormed a hotel in the capital, killing 14 guests. All four attackers were "
                        "shot dead by police. The Islamic State claimed the attack.", published=None)
    c = _one(claims, "four")
    assert is_perpetrator(c)
    assert (c.victims.side, c.scope) == ("islamic_state", "side")
    k = toll.get("killed")
    assert (k.low, k.best, k.high) == (14, 14, 18)


def test_suicide_bombers_beside_their_victims(read):
    _, toll = read("In the two blasts, 25 people and 2 suicide bombers were killed.", published=None)
    assert (toll.get("killed").best, toll.get("killed").high) == (25, 27)


def test_attackers_with_no_other_victim_are_the_toll(read):
    claims, toll = read("Insurgents attacked the patrol. The security force returned fire and killed "
                        "three of the attackers.", published=None)
    assert toll.get("killed").best == 3


def test_an_arrested_gunman_is_a_detainee(read):
    claims, toll = read("Police said they had arrested two gunmen after the attack that killed 6 people.",
                        published=None)
    assert toll.get("detained").best == 2
    assert not is_perpetrator(_one(claims, "two"))


def test_including_binds_to_the_figure_before_not_the_list_after(read):
    claims, toll = read("At least 40 people were killed, including 11 children and over 90 others were "
                        "injured in the blast.", published=None)
    kids = _one(claims, "11")
    assert (kids.category, kids.part_of) == ("killed", _one(claims, "40").id)
    assert (toll.get("killed").best, toll.get("injured").low) == (40, 90)  # "over 90" is 90+ (CONTRACT.md)


def test_unqualified_ministry_is_the_one_state_its_sentence_names(read):
    claims, _ = read("Funerals went on in the valley. According to the latest figures from the health ministry, "
                     "52 Kyrgyz citizens died in the clashes, and 170 were injured.")
    hurt = _one(claims, "170")
    assert (hurt.reported_by.side, hurt.victims.side, hurt.scope) == ("KG", "KG", "side")
    assert _one(claims, "52").scope == "side"


def test_attacker_shot_dead_after_wounding_others_is_no_victim(read):
    _, toll = read("Two men armed with knives stormed a hotel, stabbing 4 guests. One of the assailants "
                   "was shot dead by the guards.", published=None)
    k = toll.get("killed")
    assert (k.low, k.best, k.high) == (0, 0, 1)
    assert toll.get("injured").best == 4


def test_named_attacker_in_apposition_only(read):
    _, toll = read("A man stabbed two passers-by to death. The attacker, Tom Varga, was shot dead by police.",
                   published=None)
    assert (toll.get("killed").best, toll.get("killed").high) == (2, 3)
    _, toll = read("In the shoot-out the gunman and a young man, Luis Ortega, died and 10 persons were hurt.",
                   published=None)
    assert toll.get("killed").best >= 1
