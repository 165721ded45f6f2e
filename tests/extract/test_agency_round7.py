"""English wire summaries of our own (seventh round), with the killed and injured best each must
give, written by hand before running. 29 of 35 passed at first; two first guesses went against
the contract and are corrected with the reason beside them. Mended by structure: an ordinal
standing for its noun ("and a third was shot dead"), and a leave verb's object with injuries
("left ... three civilians with gunshot wounds", "left 14 people with serious injuries")."""
import pytest

from .helpers import figures_in

CASES = [  # (text, killed, injured)
 ("Gunmen on motorbikes opened fire on a wedding party in Zamfara, leaving 11 guests dead and several others wounded.", 11, 3),
 ("A roadside bomb tore through a minibus carrying farm workers, killing the driver and four passengers.", 5, 0),
 ("Two aid workers were abducted and a third was shot dead when their convoy was stopped near Kidal.", 1, 0),
 ("The body of a local journalist who had been missing since Friday was recovered from a river in Sinaloa.", 1, 0),
 ("Security forces said they had killed 14 militants, while residents said at least six of the dead were villagers.", 14, 0),
 ("A police officer succumbed to his injuries on Tuesday, a day after the attack on his patrol.", 1, 0),
 ("Attackers set fire to homes in the village, burning to death a woman and her three children.", 4, 0),
 ("Militants stormed a checkpoint overnight; three soldiers and one attacker died in the exchange of fire.", 3, 0),  # an attacker killed counts in the high only (toll.py; first guessed 4)
 ("An airstrike hit a market in the town, killing at least 30 people and wounding dozens more, medics said.", 30, 61),  # "dozens" is 24-99 by the contract table, best 61 (first guessed 24)
 ("Officials said the death toll from Sunday's church bombing had risen to 27.", 27, 0),
 ("A prison guard was stabbed to death by inmates during a riot that also left nine prisoners injured.", 1, 9),
 ("The mayor of the town and two of her bodyguards were killed in an ambush on the highway.", 3, 0),
 ("Unknown assailants hacked to death a village elder in the district on Saturday night.", 1, 0),
 ("Three people lost their lives and 12 sustained injuries when a grenade was thrown into a crowded bar.", 3, 12),
 ("Clashes between herders and farmers claimed the lives of at least 18 people over the weekend.", 18, 0),
 ("One protester was killed by a tear gas canister and about 40 were hurt, according to a rights group.", 1, 40),
 ("A suicide bomber blew himself up at a funeral, killing 12 mourners.", 12, 0),
 ("The bodies of five men bearing gunshot wounds were discovered on the outskirts of the city.", 5, 0),
 ("Troops killed a senior commander of the group and captured two of his aides in a raid.", 1, 0),
 ("A teacher and a student were shot and wounded when gunmen attacked the school.", 0, 2),
 ("No casualties were reported after a mortar shell landed near the airport.", 0, 0),
 ("A 12-year-old girl was killed by a stray bullet during fighting between rival gangs.", 1, 0),
 ("Four civilians, including a pregnant woman, were killed when shells hit a residential block.", 4, 0),
 ("At least seven people died and more than 20 were injured after a car bomb exploded outside a police station.", 7, 20),
 ("Rebels executed six hostages, the army said on Monday.", 6, 0),
 ("A soldier was killed and two others were wounded in a landmine blast; a civilian was also hurt.", 1, 3),
 ("Eight members of one family perished when their house was hit by a rocket.", 8, 0),
 ("The attack left a police officer dead and three civilians with gunshot wounds.", 1, 3),
 ("Two of the wounded later died in hospital, bringing the death toll to nine.", 9, 0),
 ("Five people were killed in the attack. Among the dead were two children and a pregnant woman.", 5, 0),
 ("Gunmen killed a customs officer and two of his colleagues at a border post.", 3, 0),
 ("Police found the decapitated bodies of three men in a car.", 3, 0),
 ("A local councillor was gunned down outside his home in the early hours of Sunday.", 1, 0),
]

GAPS = [  # a body handed back by kidnappers
 ("Kidnappers released the body of the abducted businessman after his family failed to pay a ransom.", 1, 0),
 # ("in critical condition ... rushed to hospital": closed in round 48, HOSPITAL_CLOSED)
]

HOSPITAL_CLOSED = [  # a gap until round 48: an indefinite singular taken to hospital is one not told before
 ("A man in critical condition was rushed to hospital after being shot in the head.", 0, 1),
]


# Structures mended after the first set (each written before its mend; expected figures by hand).
STRUCTURES = [  # (language, text, killed, injured)
    # a leave verb's small clause tagged a past tense, and a participle on its last object
    ("en", "The shootout left 3 officers and a bystander wounded.", 0, 4),
    ("en", "The blast left two soldiers and a child injured.", 0, 3),
    # a breakdown in a later sentence names again the child the total already included
    ("en", "Thirteen people, including a child, were killed at a party. Seven men, five women and a child "
           "were killed, and four others were injured.", 13, 4),
    # a killing named with its year is an earlier episode; a year is never a count of victims
    ("en", "Gunmen shot dead a former police officer who was dismissed over the 2011 killing of five women.", 1, 0),
    ("en", "He was jailed for the killings of 2015 in the village.", 0, 0),
    ("fr", "Il a été condamné pour le massacre de 2015 de douze villageois.", 0, 0),
    ("es", "Fue condenado por la masacre de 2015 de doce campesinos.", 0, 0),
]


def test_a_later_breakdown_of_any_group_is_the_total_told_again(reader):
    # written before the mend: the breakdown only counted under a total of people in general
    text = ("A security firm said five of its guards were killed in an attack on its compound. "
            "The company said one Briton and four Afghans were killed.")
    assert figures_in(reader, text, "en")[0] == 5


def test_another_source_in_general_words_against_a_specific_group_is_another_account(reader):
    # written before the mend: both figures had to be in general words
    text = ("Seven former rebels have been killed in an attack on their camp. "
            "The militants said eight members were killed, but the local police knew of seven deaths.")
    # round 8: an armed group's count against the article's widens the high only (ACLED's most
    # conservative figure); the round-7 expectation here was the accounts' larger, 8. Never 15.
    from .helpers import read_in
    toll = read_in(reader, text, "en").toll.killed
    assert (toll.low, toll.best, toll.high) == (7, 7, 8)


def test_a_group_told_again_after_another_group_is_no_other_account(reader):
    text = ("Six civilians and two police officers were killed in the region, locals said. "
            "In the capital, police shot dead six civilians and wounded another, witnesses said.")
    assert figures_in(reader, text, "en")[0] == 8


# Third set: 32 of 35 passed at first. Mended: a vague amount as the subject of a joined
# participle ("and dozens wounded"). Gaps: "this month" in an apposition about a series dates the
# victim to an earlier episode; "were among those killed" read as the subject's figure added 3
# to a later total on a build row, so it was dropped (closed in round 10: a member of the dead is
# a part of the figure told before or after it, claims/members.py).
THIRD = [
 ("Three policemen were among those killed when militants stormed the compound.", 3, 0),
 ("Suspected jihadists killed 14 villagers in an overnight raid on a hamlet in northern Burkina Faso, local sources said.", 14, 0),
 ("Unidentified gunmen shot dead a radio presenter as he left his studio in the city of Beni on Monday.", 1, 0),
 ("At least 22 people were killed and dozens wounded when a bomb ripped through a crowded bus station.", 22, 61),
 ("Armed men abducted 17 passengers from a bus and later killed three of them, police said.", 3, 0),
 ("The bodies of 11 migrants were found in a burned-out truck near the border.", 11, 0),
 ("A local chief and his nephew were hacked to death by suspected herdsmen.", 2, 0),
 ("Eight soldiers died and 15 were wounded when their convoy came under attack.", 8, 15),
 ("Police said a gunman killed his former wife and two of her relatives before turning the gun on himself.", 3, 0),
 ("Six people, among them a nine-year-old boy, were killed by a landmine in the district.", 6, 0),
 ("An attack on a mosque during Friday prayers killed 27 worshippers and injured more than 50.", 27, 50),
 ("The army said it had killed 30 militants in an operation, a figure that could not be independently verified.", 30, 0),
 ("A car bomb killed the governor of the province and two of his guards.", 3, 0),
 ("Gunmen attacked a police post, killing one officer; a second officer later died of his wounds.", 2, 0),
 ("Two women were among the nine people killed in the shelling, the ministry said.", 9, 0),
 ("A blast at a market killed a woman and wounded her two daughters.", 1, 2),
 ("Eleven people lost their lives in the attack, which also left 30 others wounded.", 11, 30),
 ("Witnesses said militiamen executed at least 40 men after separating them from the women.", 40, 0),
 ("Rebels ambushed a military convoy, killing four soldiers, the army said on Sunday. Two other soldiers are missing.", 4, 0),
 ("A police officer was killed and another seriously wounded in a shooting at a checkpoint.", 1, 1),
 ("The attack killed 12 people, most of them women and children.", 12, 0),
 ("Seven members of the same family, including four children, died when a shell struck their home.", 7, 0),
 ("A bomb exploded at a wedding, killing the groom's father and injuring 23 guests.", 1, 23),
 ("Fighting between the two factions has left at least 45 people dead over the past three days.", 45, 0),
 ("A journalist was found dead in his apartment with stab wounds, police said.", 1, 0),
 ("Gunmen killed five members of a family, including a pregnant woman, in their home.", 5, 0),
 ("Ten people were killed, 20 injured and several houses burned in the attack on the village.", 10, 20),
 ("The explosion killed the bomber and two bystanders.", 2, 0),
 ("A teenager died after being shot by security forces during a protest, his family said.", 1, 0),
 ("Two Red Cross workers were killed and a third was wounded when their vehicle was ambushed.", 2, 1),
 ("Insurgents beheaded a village headman and his son in the district.", 2, 0),
 ("Five civilians were killed in the crossfire, while two soldiers sustained injuries.", 5, 2),
 ("Assailants set a church on fire with worshippers inside, killing 16.", 16, 0),
 ("Mortar fire on a camp for displaced people killed eight and wounded 14, aid workers said.", 8, 14),
]

THIRD_GAPS: list = []  # the series apposition gap closed in round 12 (tests/extract/test_round12.py)


# Short articles of our own, with quotes, background and other accounts (written before running;
# 6 of 8 passed at first). One first guess went against the project's rule for a fight between
# two armed sides and is corrected beside it. Mended: an armed group named in general words
# ("The militant group said") is a source. Gap: its figure of the same group as the army's is
# still added, not read as another account (reading a same-group figure from another source as an
# account cost a MUC-4 check row).
ARTICLES = [
 ("en", """Gunmen killed at least 12 people in an attack on a village in Plateau State, police said on Monday.

The attackers arrived late on Sunday and opened fire on residents, a police spokesman said. The dead included four women and three children. Seven other people were wounded and taken to hospital.

In a similar attack in the same area last year, more than 30 villagers were killed.""", 12, 7),
 ("en", """The death toll from Saturday's bombing of a market in the capital rose to 31 on Monday after three of the wounded died in hospital, officials said.

On Saturday officials had said 28 people were killed and about 60 wounded in the blast.""", 31, 60),
 ("en", """Two police officers were shot dead and a third was wounded in an ambush on a highway, the provincial governor said.

"The officers were returning from patrol when they came under fire," he said. The wounded officer is in stable condition. Police have arrested two suspects.""", 2, 1),
 ("ru", """В результате обстрела города погибли три человека, ещё семь получили ранения, сообщил глава администрации.

По его словам, среди погибших — двое детей. Раненые госпитализированы, состояние двоих оценивается как тяжёлое. Накануне при обстреле того же района пострадали пять человек.""", 3, 7),
 ("ru", """Вооружённые люди напали на полицейский участок, убив четырёх сотрудников полиции.

Как сообщает МВД, в перестрелке были также убиты двое нападавших. Ещё один полицейский получил ранение.""", 6, 1),  # a fight: both armed sides' losses count (perpetrators._a_fight; first guessed 4)
 ("es", """Tres soldados murieron y otros cinco resultaron heridos en una emboscada del ELN en Arauca, informó el Ejército.

Los militares realizaban labores de patrullaje cuando fueron atacados con explosivos y fusiles. Los heridos fueron trasladados a un hospital de Saravena. Con estos hechos, ya son 25 los militares asesinados en el departamento este año.""", 3, 5),
 ("fr", """Trois casques bleus ont été tués et cinq autres blessés lundi dans l'explosion d'un engin explosif au passage de leur convoi dans le centre du Mali, a annoncé la Minusma.

Les blessés ont été évacués vers Mopti. Depuis son déploiement en 2013, la mission a perdu plus de 170 hommes dans des actes hostiles.""", 3, 5),
]

ARTICLE_GAPS = [
 ("en", """A suicide bomber killed nine soldiers at a checkpoint in the north of the country, the army said. The militant group later said in a statement that it had killed 20 soldiers.

Army spokesman Colonel Ahmed said the attacker drove an explosives-laden car into the checkpoint. Four soldiers were wounded.""", 20, 4),
]


def test_an_armed_group_in_general_words_is_a_source(reader):
    from .helpers import read_in
    r = read_in(reader, "The militant group later said in a statement that it had killed 20 soldiers.", "en")
    assert [(c.reported_by.name, c.reported_by.kind) for c in r.claims] == [("The militant group", "armed_group")]


@pytest.mark.parametrize("language,text,killed,injured", [
    # written before the mend: the one who died stayed among the wounded too (5 injured, 1 killed)
    ("en", "Five people were wounded in the attack, one of whom later died in hospital.", 1, 4),
    ("en", "Five people were wounded in the attack. One of them later died in hospital.", 1, 4),
    ("ru", "Двое полицейских получили огнестрельные ранения, один из них скончался в больнице.", 1, 1),
    ("es", "Cuatro personas resultaron heridas; una de ellas murió en el hospital.", 1, 3),
    ("es", "Murieron cinco personas, una de ellas un niño.", 5, 0),
    # a pronoun after a killed figure is no death among the wounded
    ("en", "Two soldiers were killed and five wounded. One of them was a colonel.", 2, 5),
])
def test_a_wounded_person_who_dies_is_killed_not_also_injured(reader, language, text, killed, injured):
    assert figures_in(reader, text, language) == (killed, injured)


@pytest.mark.parametrize("text,killed", [
    # written before the mend: a noun of age alone was taken for a document number (0 each)
    ("A 16-year-old was killed outside his school.", 1),
    ("A 16-year-old was fatally stabbed outside his school.", 1),
    ("Two 17-year-olds were shot dead.", 2),
])
def test_a_person_named_by_age_alone(reader, text, killed):
    assert figures_in(reader, text, "en")[0] == killed


# Fifth set (written before running; 19 of 20 passed at first). Mended: a singular or unnumbered
# victim after "among them" hung on the verb is part of the figure ("killing five, among them a
# 10-year-old boy": 6 before).
FIFTH = [
 ("en", "Gunmen killed four people at a bar in Guanajuato late on Saturday, the state prosecutor's office said.", 4, 0),
 ("en", "A bomb planted on a motorcycle exploded near a bus stop, killing a child and wounding eight people.", 1, 8),
 ("en", "Security forces fired on protesters, killing at least five and injuring dozens, a rights group said.", 5, 61),
 ("en", "Militants ambushed a police patrol, killing a sergeant and two constables before fleeing.", 3, 0),
 ("en", "The blast killed the suicide bomber and 11 worshippers.", 11, 0),
 ("en", "Three people, including a police officer, were shot dead at a checkpoint.", 3, 0),
 ("en", "The death toll from the attack on the hotel has climbed to 21, including three foreigners.", 21, 0),
 ("en", "An Afghan official said eight civilians died in the airstrike; the military said all those killed were Taliban fighters.", 8, 0),
 ("en", "A policeman was injured and later succumbed to his wounds in hospital.", 1, 0),
 ("en", "Attackers hurled a grenade into a crowded market, injuring at least 15 people, none of them seriously.", 0, 15),
 ("en", "Nine soldiers and at least 20 militants were killed in the fighting, the army said.", 29, 0),
 ("en", "The kidnappers freed two of the hostages but killed a third.", 1, 0),
 ("en", "A mob lynched a man accused of theft in the town square.", 1, 0),
 ("en", "Two journalists covering the protest were beaten and hospitalised.", 0, 2),
 ("en", "The attack on the convoy left 17 soldiers dead, the defence ministry said in a statement on Tuesday.", 17, 0),
 ("en", "Local officials said the bodies of 14 people, some with their hands tied, were found in a mass grave.", 14, 0),
 ("en", "Gunmen opened fire on worshippers leaving a mosque, killing five, among them a 10-year-old boy.", 5, 0),
 ("en", "A drone strike on a car killed its three occupants, whom the army described as militants.", 3, 0),
 ("en", "A farmer was hacked to death and his wife injured by suspected herders.", 1, 1),
 ("en", "At least 60 people have been killed since the clashes erupted on Friday, health officials said.", 60, 0),
]

ENGLISH = [("en", *case) for case in CASES + THIRD + HOSPITAL_CLOSED]


@pytest.mark.parametrize("language,text,killed,injured", ENGLISH + STRUCTURES + ARTICLES + FIFTH)
def test_wire_summary(reader, language, text, killed, injured):
    assert figures_in(reader, text, language) == (killed, injured)


@pytest.mark.xfail(strict=True, reason="known gap: see GAPS, THIRD_GAPS and ARTICLE_GAPS")
@pytest.mark.parametrize("language,text,killed,injured", [("en", *case) for case in GAPS + THIRD_GAPS] + ARTICLE_GAPS)
def test_known_gaps(reader, language, text, killed, injured):
    assert figures_in(reader, text, language) == (killed, injured)


def test_the_group_alone_is_no_armed_group(reader):
    # found on reading the change again: "the group" named a rights group as often as an armed one
    from .helpers import read_in
    r = read_in(reader, "Amnesty International documented the crackdown. The group said 12 protesters were killed.", "en")
    assert [c.reported_by.kind for c in r.claims] != ["armed_group"]
