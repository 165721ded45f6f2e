"""Summaries of our own (seventeenth round), en/es/ru/fr, with the killed and injured best each must
give, written by hand before the mends that meet them ran on them. On first run, of 52 cases, these
missed: a coordinated victim hung on the place of the one before ("le chef du village et son
adjoint", "the head of the village council and his wife"), a bare number after a partitive pronoun
or an including word ("из них трое скончались", "de las cuales tres murieron", "dont trois sont
mortes") not read as some of the wounded, a partitive before its number ("de ellas tres") lost, and
"Earlier reports had put the toll at six" not read as an earlier report.
The misses left are in GAPS; the reporters of these sentences in test_reporters_of_the_round."""
import pytest

from .helpers import read_in, summary_tests

AGENCY_SENTENCES = [
 ('en', 'Militants stormed a police station overnight, leaving four officers dead and six others wounded, a local official said.', 4, 6),
 ('en', 'The attack claimed the lives of at least nine worshippers.', 9, 0),
 ('en', 'Two soldiers lost their lives and three were hurt when a roadside bomb struck their convoy.', 2, 3),
 ('en', 'Police found the bodies of five men dumped on a roadside in Guerrero.', 5, 0),
 ('en', 'A suicide bomber blew himself up at a wedding, killing 14 guests.', 14, 0),
 ('en', 'Herders attacked the village, murdering 37 villagers, including women and children.', 37, 0),
 ('en', 'Three people, including a policeman, were killed in the blast, a local official said.', 3, 0),
 ('en', "The death toll from Friday's bombing has climbed to 31, with more than 50 others injured, the health ministry said.", 31, 50),
 ('en', 'Among the dead were two children and their mother.', 3, 0),
 ('en', 'Gunmen abducted 12 students and shot dead their teacher.', 1, 0),
 ('en', 'Those killed included a district judge and four of his guards.', 5, 0),
 ('en', 'Five policemen and a civilian were injured; no deaths were reported.', 0, 6),
 ('en', 'Security forces killed six militants during the raid, the army said, while one soldier was wounded.', 6, 1),
 ('en', 'A bomb hidden in a motorbike exploded at a market, killing a vendor and wounding 11 shoppers.', 1, 11),
 ('en', 'Ten fighters were killed, among them two commanders.', 10, 0),
 ('en', 'Gunmen killed the head of the village council and his wife.', 2, 0),
 ('en', 'Gunmen killed the pastor and his assistant.', 2, 0),
]

WIRE_REPORTS = [
 ('en', 'A car bomb exploded outside a hotel in Mogadishu on Saturday. Police said at least 12 people died, while hospital sources put the number of wounded at 30. Al-Shabaab claimed responsibility.', 12, 30),
 ('en', 'Two suicide bombers struck a crowded market in Maiduguri, killing themselves and 15 other people. Another 40 were wounded.', 15, 40),
 ('en', 'Unidentified assailants opened fire on a minibus, killing the driver and three passengers. Eight others sustained gunshot wounds.', 4, 8),
 ('en', 'Gunmen attacked a church during Sunday mass in Owo. The state governor said more than 40 worshippers were killed.', 40, 0),
 ('en', 'An IED attack on a military patrol killed two soldiers. The next day, three more soldiers died of their injuries in hospital.', 5, 0),
 ('en', 'The blast injured 27 people, four of them seriously. No one was killed.', 0, 27),
 ('en', 'A grenade thrown into a bar wounded 11 patrons, two of whom later died.', 2, 9),
 ('en', 'Gunmen killed 12 people in an attack on a village in Plateau state, police said on Monday. The victims included four children. On Tuesday, officials said the toll had risen to 19 after more bodies were found.', 19, 0),
 ('en', 'Five people were killed and 20 wounded in a bombing in Kabul on Sunday. The dead included two police officers, the interior ministry said.', 5, 20),
 ('en', 'Militants killed three soldiers and wounded two others. Troops returned fire, killing five of the attackers.', 8, 2),
 ('en', 'Officials said nine people had died. Earlier reports had put the toll at six.', 9, 0),
 ('en', 'Fifteen people were injured, three of whom died in hospital.', 3, 12),
]

SPANISH = [
 ('es', 'Dos soldados murieron y otros cinco resultaron heridos tras un ataque con explosivos en zona rural de Tumaco.', 2, 5),
 ('es', 'La masacre dejó cuatro personas muertas, entre ellas un menor de edad.', 4, 0),
 ('es', 'Un policía perdió la vida y dos más quedaron lesionados en el hostigamiento.', 1, 2),
 ('es', 'Las autoridades elevaron a 11 la cifra de víctimas mortales del atentado.', 11, 0),
 ('es', 'El ataque armado contra una familia dejó como saldo tres muertos y un herido.', 3, 1),
 ('es', 'Hombres armados irrumpieron en una vivienda y dispararon contra sus ocupantes: murieron una mujer y su hijo de 8 años.', 2, 0),
 ('es', 'En el enfrentamiento fueron abatidos seis presuntos integrantes del Clan del Golfo, informó el Ejército.', 6, 0),
 ('es', 'Quince personas resultaron heridas, de ellas tres murieron en el hospital.', 3, 12),
 ('es', 'Quince personas resultaron heridas, de las cuales tres murieron en el hospital.', 3, 12),
 ('es', 'Sicarios asesinaron al presidente de la junta de acción comunal y su esposa.', 2, 0),
]

RUSSIAN = [
 ('ru', 'В результате обстрела погибли трое мирных жителей, ещё пятеро получили ранения.', 3, 5),
 ('ru', 'Боевики убили двух полицейских и ранили одного.', 2, 1),
 ('ru', 'При взрыве пострадали 12 человек, из них четверо в тяжёлом состоянии.', 0, 12),
 ('ru', 'Погиб один военнослужащий, двое ранены, сообщает пресс-служба Минобороны.', 1, 2),
 ('ru', 'Жертвами нападения стали семь человек, в том числе двое детей.', 7, 0),
 ('ru', 'Нападавший застрелил пятерых человек, после чего покончил с собой.', 5, 0),
 ('ru', 'Ранения получили 15 человек, из них трое скончались в больнице.', 3, 12),
]

FRENCH = [
 ('fr', "L'explosion a fait trois morts et une vingtaine de blessés, a indiqué la protection civile.", 3, 20),
 ('fr', 'Deux gendarmes ont perdu la vie et un troisième a été grièvement blessé.', 2, 1),
 ('fr', "Une femme et ses deux enfants ont péri dans l'incendie de leur maison, provoqué par un obus.", 3, 0),
 ('fr', 'Les assaillants ont abattu le chef du village et son adjoint avant de prendre la fuite.', 2, 0),
 ('fr', "Quinze personnes ont été blessées, dont trois sont mortes à l'hôpital.", 3, 12),
 ('fr', "Au moins 12 civils ont été tués dimanche dans l'attaque d'un village du nord du Burkina Faso, selon des sources sécuritaires. Un précédent bilan faisait état de huit morts.", 12, 0),
]

# written after the first mends, before the next: a number right after a noun of the same phrase is
# a label ("the ward 4 chairman", first run 4 killed), a possessed person joined to the place
LABELS_AND_KIN = [
 ('en', 'Gunmen killed the ward 4 chairman of the party.', 1, 0),
 ('en', 'Gunmen killed 4 chairmen of the party.', 4, 0),
 ('en', 'Police said that 12 Camp 5 residents were killed.', 12, 0),
 ('es', 'El Batallón 12 de Infantería perdió 4 soldados en el combate.', 4, 0),
 ('en', 'Gunmen killed Franklin Obi, his wife and 18-year-old son.', 3, 0),
 ('uk', 'Під завалами знайшли тіла ще трьох людей.', 3, 0),
]

# a running toll owned by the attackers ("Потери нападавших составили 30") is their own figure, not
# an update of the soldiers' (first run: 30, the attackers' losses replacing the 14); both sides'
# losses add
ATTACKERS_LOSSES = [
 ('ru', 'По данным армии, погибли 14 военнослужащих. Потери нападавших составили 30 человек.', 44, 0),
 ('en', "According to the army, 14 soldiers were killed. The attackers' death toll rose to 30.", 44, 0),
 ('fr', "Selon l'armée, 14 soldats ont été tués. Les pertes des assaillants s'élèvent à 30 morts.", 44, 0),
 ('ru', 'Число погибших в результате теракта возросло до 30 человек. Накануне сообщалось о 14 погибших.', 30, 0),
]

# a sentence opening on last week's incident, after a current figure, is an earlier episode (first
# run: 7, the week-old six added); as the lead's own time it stays the article's figure
LAST_WEEK = [
 ('en', 'A car bomb exploded today in front of the defence ministry, killing a policeman. Last week, a similar attack killed 6 people.', 1, 0),
 ('en', 'LIMA, 5 MAY 89 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY IN FRONT OF THE MINISTRY OF DEFENSE, KILLING A POLICEMAN AND INJURING FOUR PASSERSBY. LAST WEEK, A SIMILAR ATTACK KILLED 6 PEOPLE.', 1, 4),
 ('en', 'Last week, gunmen killed 6 people in the village, police said on Monday.', 6, 0),
 ('fr', "Un policier a été tué mardi dans l'explosion d'une bombe à Niamey. La semaine dernière, une attaque similaire avait fait six morts.", 1, 0),
 ('es', 'Un policía murió este martes en un atentado con explosivos en Cali. La semana pasada, un ataque similar dejó seis muertos.', 1, 0),
 ('ru', 'Во вторник при взрыве бомбы погиб полицейский. На прошлой неделе в результате похожего нападения погибли шесть человек.', 1, 0),
 ('uk', 'У вівторок унаслідок вибуху загинув поліцейський. Минулого тижня внаслідок схожого нападу загинули шестеро людей.', 1, 0),
]

# Colombian wire phrasings (first run 6 of 8: "un civil lesionado", tagged an adjective, was lost
# after "dos policías muertos", with or without "un saldo de")
COLOMBIAN = [
 ('es', 'El hecho dejó un saldo de dos policías muertos y un civil lesionado.', 2, 1),
 ('es', 'El ataque dejó dos policías muertos y un civil lesionado.', 2, 1),
 ('es', 'Un comerciante fue ultimado a tiros por desconocidos en el barrio El Prado.', 1, 0),
 ('es', 'Tres presuntos disidentes cayeron abatidos en combates con el Ejército.', 3, 0),
 ('es', 'Dos hermanos fueron asesinados a bala en zona rural de Tuluá; un tercero logró escapar ileso.', 2, 0),
 ('es', 'Los cuerpos sin vida de dos jóvenes fueron encontrados en una zanja.', 2, 0),
 ('es', 'El atentado dejó 4 uniformados heridos, uno de ellos de gravedad.', 0, 4),
 ('es', 'Un policía muerto y un civil herido es el saldo del ataque.', 1, 1),
 # written last: "dejó herida a su esposa" (first run 0 injured: the second verb took the blast as
 # the one it left wounded)
 ('es', 'El ataque sicarial cobró la vida de un comerciante y dejó herida a su esposa.', 1, 1),
 ('es', 'La explosión dejó muerta a una mujer.', 1, 0),
 ('es', 'Dos personas muertas y tres heridas dejó un ataque armado en un billar del barrio Santa Fe.', 2, 3),
 ('es', 'En hechos aislados, fueron asesinados un joven de 19 años y un adulto mayor.', 2, 0),
 ('es', 'Murieron calcinados cuatro integrantes de una misma familia.', 4, 0),
 ('es', 'Una menor de 12 años resultó herida por una bala perdida.', 0, 1),
]

# a list place by place: equal figures of two places are two incidents, and a single victim of a
# third place is no part of the second's figure (first run: uk 2 killed and 3 injured; the same
# place told twice stays one figure)
PLACE_LISTS = [
 ('uk', "Упродовж доби російські війська обстріляли 12 населених пунктів області. У Куп'янську загинули двоє людей. У Балаклії загинули двоє людей, ще троє поранені. У Вовчанську поранено одну людину.", 4, 4),
 ('en', 'In Kupiansk, two people were killed. In Balakliia, two people were killed and three injured. In Vovchansk, one person was wounded.', 4, 4),
 ('ru', 'В Купянске погибли два человека. В Балаклее погибли два человека, ещё трое ранены.', 4, 3),
 ('es', 'En Tumaco, dos soldados murieron. En Barbacoas, dos soldados murieron.', 4, 0),
 ('fr', 'À Gao, deux soldats ont été tués. À Tombouctou, deux soldats ont été tués.', 4, 0),
 ('en', 'In Kabul, a suicide bomber killed 10 people. In Kabul, police said 10 people had died.', 10, 0),
 ('en', 'In Kabul, a suicide bomber killed 10 people. In March, a similar bombing in the city killed 10 people.', 10, 0),
]

# a vague count of the wounded themselves after a figure of the wounded names some of them (first
# run ru 5: "several" added to the two)
VAGUE_TOLD = [
 ('ru', 'Министерство сообщило, что погиб один военный и ранены двое. Нескольких раненых доставили в госпиталь.', 1, 2),
 ('ru', 'Министерство сообщило, что погиб один военный и ранены двое. Несколько раненых доставлены в госпиталь.', 1, 2),
 ('es', 'Un soldado murió y dos resultaron heridos. Varios heridos fueron trasladados al hospital de Tumaco.', 1, 2),
 ('en', 'Twelve people were wounded in the blast. Several wounded were flown to the capital.', 0, 12),
]


def test_dozens_of_wounded_are_more_than_two(reader):
    """A vague count far above the figure before it ("Десятки раненых" after two) is more victims."""
    assert read_in(reader, "Ранены двое военных. Десятки раненых доставлены в больницы.", "ru").toll.injured.low == 22

# releases: "many of them" is a vague count like "several of them" (first run: nothing, "many" read
# as a pronoun standing for those told); the attack a target is linked to is his earlier deed
RELEASES = [
 ('en', 'The security force engaged the insurgents with a precision airstrike, killing many of them.', 3, 0),
 ('en', 'The security force engaged the insurgents, killing several of them.', 3, 0),
 ('en', 'Gunmen killed 20 villagers; many of them were women.', 20, 0),
 ('en', 'An Afghan and coalition security force detained several insurgents in Logar province Tuesday. The commander is linked to an improvised explosive device attack that killed four US soldiers on Tuesday.', 0, 0),
 ('en', 'Police arrested a man implicated in the murder of six priests.', 0, 0),
]

# French hedged number words (first run: "au moins neuf morts" 0, fr_core_news_sm reads "neuf" as
# the participle "new" hung on the plural)
FRENCH_NUMBERS = [
 ('fr', "L'explosion a fait au moins neuf morts.", 9, 0),
 ('fr', 'Des hommes armés ont ouvert le feu sur un marché, faisant au moins neuf morts.', 9, 0),
 ('fr', "L'attaque a fait au moins onze morts et une vingtaine de blessés.", 11, 20),
 ('fr', 'Trois militaires ont trouvé la mort dans l\'embuscade.', 3, 0),
 ('fr', "Un blessé a succombé à ses blessures à l'hôpital, portant le bilan à quatre morts.", 4, 0),
 ('fr', 'Le véhicule a sauté sur une mine, tuant ses quatre occupants.', 4, 0),
 ('es', 'El atentado dejó por lo menos veintiún heridos.', 0, 21),
]

CASES = AGENCY_SENTENCES + WIRE_REPORTS + SPANISH + RUSSIAN + FRENCH + LABELS_AND_KIN + ATTACKERS_LOSSES + LAST_WEEK \
    + COLOMBIAN + PLACE_LISTS + VAGUE_TOLD + RELEASES + FRENCH_NUMBERS


@pytest.mark.parametrize("text,expected", [
    ("Six people were killed, including the gunman.", (6, 6, 6)),
    ("The shooting left six people dead, including the gunman.", (6, 6, 6)),
    ("Gunmen killed six people. One of the attackers was shot dead by police.", (6, 6, 7)),
])
def test_an_attacker_among_the_stated_dead(reader, text, expected):
    """An attacker a figure counts among its own dead stays inside it (first run: the high 7, one
    more; 'including' hung on the sentence's subject was not read); an attacker told apart is one
    more in the high only."""
    killed = read_in(reader, text, "en").toll.killed
    assert (killed.low, killed.best, killed.high) == expected

GAPS = [
 # "a similar attack" names another incident; as an earlier-episode word it cost a check-half row
 ('en', 'A car bomb exploded today, killing a policeman and injuring four passersby. A similar attack killed 6 people in the capital.', 1, 4),
 # ("including three who later died" closed in round 32: tests/extract/test_round25.py)
 # bodies that "bore bullet wounds": no predicate of death, only the bodies
 ('es', 'Según Medicina Legal, los cuerpos de los tres jóvenes presentaban impactos de bala.', 3, 0),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)


@pytest.mark.parametrize("language,text,category,name,kind", [
    ("en", "Militants stormed a police station, leaving four officers dead, a local official said.", "killed", "a local official", "government"),
    ("en", "Police said at least 12 people died, while hospital sources put the number of wounded at 30.", "injured", "hospital sources", "other"),
    ("en", "Security sources said at least 15 soldiers were killed.", "killed", "Security sources", "military"),
    ("fr", "Au moins 12 civils ont été tués dans le nord du Burkina Faso, selon des sources sécuritaires.", "killed", "des sources sécuritaires", "military"),
    ("es", "Tres soldados murieron en el ataque, según fuentes militares.", "killed", "fuentes militares", "military"),
    ("es", "Según fuentes médicas, hay 14 heridos.", "injured", "fuentes médicas", "other"),
    ("ru", "Двое погибших, сообщили в полиции.", "killed", "полиции", "government"),
    ("ru", "Погибли трое мирных жителей, местные власти сообщили об этом.", "killed", "власти", "government"),
    ("uk", "Загинули троє мирних жителів, повідомила обласна військова адміністрація.", "killed", "обласна військова адміністрація", "government"),
])
def test_reporters_of_the_round(reader, language, text, category, name, kind):
    """Who reports: an official named by rank alone, hospital and security sources, and in Russian
    the reporter after its verb ("..., сообщает пресс-служба")."""
    (c,) = [c for c in read_in(reader, text, language).claims if c.category == category]
    assert (c.reported_by.name, c.reported_by.kind) == (name, kind)


def test_a_reporter_after_its_verb_in_russian(reader):
    c = read_in(reader, "Погиб один военнослужащий, сообщает пресс-служба Минобороны.", "ru").claims[0]
    assert c.reported_by.kind == "government" and "Минобороны" in c.reported_by.name


@pytest.mark.parametrize("language,text", [
    ("en", "At least five people were killed in an attack in the northern Nigerian Borno state, militia fighting the Islamists told AFP."),
    ("fr", "Huit personnes ont été tuées dans une attaque dans le nord-est du Nigeria, a indiqué une milice locale."),
    ("ru", "Погибли трое мирных жителей, сообщили местные жители соседнего села Ивановка в Нигерии."),
])
def test_a_place_in_the_figure_is_no_reporter(reader, language, text):
    """A state named where the deed happened, far from the reporting verb or before a verb whose
    subject follows it, reports nothing (its side would make the figure one side's own losses)."""
    (c,) = [c for c in read_in(reader, text, language).claims if c.category == "killed"]
    assert c.reported_by.side is None and c.scope == "incident"


@pytest.mark.parametrize("language,text,detained", [
    ("es", "La Fiscalía confirmó la captura de cuatro presuntos integrantes del ELN.", 4),
    ("fr", "La police a procédé à l'interpellation de trois suspects.", 3),
    ("fr", "L'armée a annoncé la capture de deux chefs jihadistes.", 2),
    ("en", "Prosecutors confirmed the arrest of four suspected members of the group.", 4),
    ("ru", "Силовики сообщили о задержании пяти членов группировки.", 5),
])
def test_an_arrest_told_as_a_noun(reader, language, text, detained):
    """"la captura de cuatro", "l'interpellation de trois": the arrest noun's patients are detained."""
    assert read_in(reader, text, language).toll.detained.best == detained


def test_a_datelines_month_is_no_label(reader):
    """"21 Sept. Three border guards": the number after the month is the count, the month's day no
    figure (the label rule's first version read 21; caught by the API tests on a clean clone)."""
    claims = read_in(reader, "OSH, 21 Sept. Three border guards were killed overnight, the border service said.",
                     "en").claims
    assert [(c.category, c.low) for c in claims] == [("killed", 3)]
