"""Summaries of our own (eleventh round), en/fr/es/ru, with the killed and injured best each must
give, written by hand before the mend that meets them ran on them (English wire sentences 37 of
40, Spanish and Russian regional news 47 of 54, French news and English paragraphs 26 of 30,
English agency paragraphs 24 of 25, ru/uk/fr/es articles 20 of 23 at first run; the misses left
are in GAPS)."""
from .helpers import read_in, summary_tests

# English wire sentences of the agency kind: every one read right at first run but three.
WIRE_SENTENCES = [
 ("en", "Unidentified gunmen on Tuesday shot dead a local chief and two of his sons in Zamfara State.", 3, 0),
 ("en", "A suicide bomber blew himself up at a crowded market in Maiduguri, killing at least 12 "
        "worshippers and wounding 30 others.", 12, 30),
 ("en", "The bodies of four abducted aid workers were found dumped near Mogadishu on Friday.", 4, 0),
 ("en", "An explosive device planted on a motorbike went off near a police checkpoint in Quetta, killing "
        "two policemen and a passer-by.", 3, 0),
 ("en", "A journalist and human rights defender was shot dead outside his home in La Ceiba.", 1, 0),
 ("en", "A lawyer and rights activist was gunned down in Karachi on Monday.", 1, 0),
 ("en", "Gunmen killed Father Joseph Ekene, a Catholic priest, on his way to Mass.", 1, 0),
 ("en", "Two soldiers lost their lives and three others sustained injuries in the ambush.", 2, 3),
 ("en", "The attack claimed the lives of nine villagers, including a pregnant woman.", 9, 0),
 ("en", "Militants beheaded a Christian farmer in Cabo Delgado province.", 1, 0),
 ("en", "A mob lynched two men accused of cattle theft near Kaduna.", 2, 0),
 ("en", "Eight more bodies were pulled from the rubble, bringing the toll to 26.", 26, 0),
 ("en", "Two of the wounded later died in hospital, raising the number of dead to seven.", 7, 0),
 ("en", "Gunmen killed five villagers and made away with more than 200 cattle.", 5, 0),
 ("en", "A roadside bomb struck a minibus carrying civilians in Kandahar, killing eleven of them.", 11, 0),
 ("en", "Protesters set fire to a police station and one officer burned to death.", 1, 0),
 ("en", "Islamist fighters killed 30 soldiers and wounded dozens in an assault on a base.", 30, 61),
 ("en", "Security forces killed a suspected militant commander and arrested four of his aides.", 1, 0),
 # a mother and her children listed in a sentence naming two states: one incident, not two totals
 ("en", "An Israeli strike on a house in Gaza killed a mother and her three children.", 4, 0),
 # an apposition naming as many people as its noun counts describes them
 ("en", "The two men, a trader and his apprentice, were shot dead at a checkpoint.", 2, 0),
 ("en", "Five farmers, a teacher and her son were killed in the raid.", 7, 0),
]

# A target of "shot at" its own relative clause says died is a victim; a relative clause with its own
# year or earlier time tells an earlier death.
RELATIVE_CLAUSES = [
 ("es", "Sicarios en motocicleta dispararon contra un comerciante, quien murió en el lugar.", 1, 0),
 ("en", "Police fired at a protester, who died later in hospital.", 1, 0),
 ("en", "They mourned the group's founder, who was killed in a 2016 drone strike.", 0, 0),
 ("en", "The raid targeted a commander who was killed last year.", 0, 0),
 # a relative clause and a second subject the parser gave its verb: the one told
 ("es", "El agente que resultó muerto es Juan Manuel Pérez, de 41 años.", 1, 0),
]

# One dead, one wounded: a state noun with a determiner of one, the object of a verb or told by a
# toll noun ("a fait un mort", "dejó un muerto"); a couple is two.
ONE_DEAD = [
 ("fr", "L'attaque a fait un mort et trois blessés parmi les forces de l'ordre.", 1, 3),
 ("fr", "Le bilan est d'un mort et trois blessés.", 1, 3),
 ("es", "El ataque dejó como saldo un muerto y tres heridos.", 1, 3),
 ("es", "El ataque dejó un muerto y tres heridos.", 1, 3),
 ("es", "Hombres armados irrumpieron en una vivienda y asesinaron a una pareja y a su hijo de 10 años.", 3, 0),
 ("fr", "Un couple de retraités a été tué dans sa ferme.", 2, 0),
 # a counted object of "dejó" is no state of the clause's subject ("el ELN" is no victim)
 ("es", "Un enfrentamiento entre el Ejército y el ELN dejó tres guerrilleros muertos.", 3, 0),
]

# A number said of the dead as their predicate ("the dead are 12").
NUMBERED_DEAD = [
 ("es", "Ya son 12 los muertos por el enfrentamiento entre disidencias y el Clan del Golfo.", 12, 0),
 ("es", "Los muertos son 12, según la Fiscalía.", 12, 0),
 ("ru", "Погибших было пятеро: трое военных и двое гражданских.", 5, 0),
 ("en", "The dead are 12, the governor said.", 12, 0),
 # not a count of dead or wounded together
 ("en", "Eight displaced people were slain, and five others sustained injuries.", 8, 5),
 ("en", "The shelling has left more than 40 dead or wounded in the suburb.", 0, 0),
]

# A list of headlines after a report ("- Attaque au couteau : un mort et quatre blessés") restates
# figures: each line is a sentence of its own and a summary, not one more incident.
LINKED_HEADLINES = [
 ("fr", "Un homme a attaqué des passants au couteau samedi soir. Une victime est décédée et quatre autres "
        "ont été blessées. L'assaillant a été abattu par la police. Lire aussi :\n"
        "- Attaque au couteau : un mort et quatre blessés, l'assaillant abattu\n"
        "- Attaque au couteau : deux blessés graves", 1, 4),
]

REGIONAL_NEWS = [
 ("es", "Dos hombres fueron asesinados a tiros la noche del sábado en el barrio El Bosque de Cúcuta.", 2, 0),
 ("es", "Un soldado murió y otros tres resultaron heridos tras pisar una mina antipersonal en Tumaco.", 1, 3),
 ("es", "La masacre dejó cinco muertos, entre ellos un menor de edad.", 5, 0),
 ("es", "El líder social fue hallado sin vida con varios impactos de bala.", 1, 0),
 ("es", "Un ataque con explosivos contra una estación de policía dejó dos uniformados muertos y siete "
        "heridos.", 2, 7),
 ("es", "El cuerpo sin vida de un joven de 19 años fue encontrado en una zona rural de Tuluá.", 1, 0),
 ("es", "Murieron seis militares y un civil en la emboscada.", 7, 0),
 ("es", "Un menor de edad perdió la vida y su padre quedó herido.", 1, 1),
 ("es", "La cifra de muertos ascendió a 23, informó el Ministerio de Salud.", 23, 0),
 ("es", "Fueron asesinados el alcalde del municipio y su escolta.", 2, 0),
 ("es", "Un agente murió y dos más quedaron heridos.", 1, 2),
 ("ru", "В результате обстрела погибли трое мирных жителей, ещё пятеро получили ранения.", 3, 5),
 ("ru", "Погиб один военнослужащий, двое ранены.", 1, 2),
 ("ru", "Тела трёх мужчин с огнестрельными ранениями нашли в лесу.", 3, 0),
 ("ru", "В ходе спецоперации ликвидированы трое боевиков.", 3, 0),
 ("ru", "Погибли мать и двое её детей.", 3, 0),
 ("ru", "Пострадали 25 человек, из них трое в тяжёлом состоянии.", 0, 25),
 ("ru", "Во время штурма погибли двое спецназовцев, ещё трое получили ранения.", 2, 3),
 ("fr", "Des hommes armés ont abattu un chef de village et ses deux fils dans la région de Tillabéri.", 3, 0),
 ("fr", "Le bilan s'est alourdi à 27 morts, selon une source hospitalière.", 27, 0),
 ("fr", "Une femme et son bébé figurent parmi les victimes de la frappe.", 0, 0),
 ("fr", "Le nombre de morts est passé de 9 à 13.", 13, 0),
 ("en", "Gunmen raided a village in Plateau State overnight. Residents said 14 people were killed, among "
        "them a pastor. Police put the toll at nine.", 14, 0),
 ("en", "The militants stormed the hotel and held guests hostage for hours. When it ended, 21 people were "
        "dead, including four attackers.", 21, 0),
 ("en", "Two journalists were killed covering the protests. One of them, a photographer, was hit by a tear "
        "gas canister.", 2, 0),
]

# A passive whose auxiliary the second clause leaves out ("and his brother [was] critically
# injured", "et une dizaine [ont été] blessés"); a running toll whose number the parser hung on the
# verb ("достигло 11"); a speaker after a contrast word reports their own clause, not the figure
# before it (two accounts of one set of dead: the larger is the toll, as across sentences).
SECOND_CLAUSES = [
 ("en", "Police said a man was stabbed to death and his brother critically injured in the attack.", 1, 1),
 ("fr", "Une attaque jihadiste a visé un poste militaire dans le nord du Burkina Faso. Onze soldats ont été "
        "tués et une dizaine blessés, selon l'armée.", 11, 10),
 ("ru", "Число погибших при нападении на колонну достигло 11. Ранее сообщалось о девяти погибших.", 11, 0),
 # written 20 in this round (the larger of two accounts); round 36 wrote the same two accounts as 4
 # ("The Taliban said they had killed 25 soldiers, but the defence ministry said only four were
 # killed", test_round29), by the rule toll._alleged_against documents (an armed group's claim widens
 # the high only). Round 39 made the toll follow that rule for a claim told first too, and this
 # figure with it: 3 (high 20). The two hand figures could not both hold.
 ("en", "Al-Shabaab fighters ambushed a convoy near Afgoye. The group claimed to have killed 20 soldiers, but "
        "the army said only three died.", 3, 0),
 ("en", "Five people were killed and police arrested two suspects.", 5, 0),
]

AGENCY_PARAGRAPHS = [
 ("en", "Gunmen attacked a police station in Kogi State late on Sunday. Four officers were killed and their "
        "weapons carted away, a police spokesman said.", 4, 0),
 ("en", "A bomb hidden in a cart exploded at a cattle market in Borno on Friday, killing at least eight "
        "traders. Another 15 were taken to hospital with injuries.", 8, 15),
 ("en", "The Taliban shot dead two female judges in Kabul on Sunday morning. Their driver was wounded.", 2, 1),
 ("en", "Unknown assailants kidnapped a priest in Enugu last week. His body was found on Tuesday in a bush "
        "near the town.", 1, 0),
 ("en", "Armed men stormed a wedding in Zamfara and opened fire on guests. The bride's father was among those "
        "killed; residents said nine people in all lost their lives.", 9, 0),
 ("en", "A rocket struck a residential building in Kharkiv overnight, killing a 14-year-old boy and injuring "
        "his parents.", 1, 2),
 ("en", "Gunmen shot and killed a Catholic nun and injured another in an attack on their convent.", 1, 1),
 ("en", "Villagers said the attackers burned houses and killed at least 30 people, while local officials put "
        "the number at 22.", 30, 0),
 ("en", "A drone strike killed a senior commander of the group and three of his bodyguards.", 4, 0),
 ("en", "An explosion at a mosque during Friday prayers killed 17 worshippers; the imam was among the "
        "injured.", 17, 1),
 ("ru", "Вечером в пятницу неизвестные открыли огонь по посетителям кафе. Двое человек погибли на месте, ещё "
        "один скончался в больнице.", 3, 0),
 ("ru", "Среди раненых — пятеро детей. Всего пострадали 19 человек.", 0, 19),
 ("uk", "Російські окупанти обстріляли село, загинула жінка.", 1, 0),
 ("fr", "Au Cameroun, des séparatistes présumés ont tué deux gendarmes lors d'une attaque nocturne. Un "
        "troisième est porté disparu.", 2, 0),
 ("fr", "Le bilan de l'attentat s'élève désormais à 22 morts. Il faisait état de 18 morts la veille.", 22, 0),
 ("es", "El Ejército informó que dos soldados murieron y cuatro quedaron heridos en un ataque con drones en "
        "Cauca.", 2, 4),
]

# A bare singular joined to a singular with an article is a second title of the same person ("a
# Somali elder and businessman"), unless it names a person of its own ("a woman and child") or the
# verb is plural ("A journalist and cameraman were killed"); "del" is a definite article telling a
# victim again.
TITLES_AND_NOMINALS = [
 ("en", "Unidentified gunmen killed a Somali prominent elder and businessman in Kismayo.", 1, 0),
 ("en", "Afghan and coalition forces killed a Taliban weapons dealer and facilitator in Kandahar.", 1, 0),
 ("en", "A journalist and activist was killed.", 1, 0),
 ("en", "A journalist and cameraman were killed when their car hit a mine.", 2, 0),
 ("en", "Gunmen killed a woman and child in the village.", 2, 0),
 ("en", "Gunmen killed a soldier and civilian at the checkpoint.", 2, 0),
 ("es", "Hombres armados asesinaron a un excombatiente de las Farc en zona rural de Neiva. El partido "
        "rechazó el asesinato del excombatiente.", 1, 0),
 ("en", "Rebels shot down a helicopter near the base.", 0, 0),
 ("en", "A suicide bomber blew himself up at a checkpoint, killing three soldiers.", 3, 0),
 # a deed named before a comma is not the figure's after it (detained: the test below)
 ("en", "In retaliation for the killing of a commander, militants killed 12 soldiers.", 12, 0),
]

# Russian: a life noun in the instrumental before its verb ("Жертвами стрельбы стали 17 человек"); a
# conjunct whose own verb follows it with no subject ("погиб полицейский, двое его коллег ранены").
RUSSIAN_ORDER = [
 ("ru", "Жертвами стрельбы в школе стали 17 человек, ещё 15 ранены.", 17, 15),
 ("ru", "В Ингушетии в перестрелке погиб полицейский, двое его коллег ранены.", 1, 2),
 ("ru", "В результате нападения боевиков на блокпост погибли трое сотрудников полиции и один военнослужащий.", 4, 0),
 ("ru", "Мужчина открыл огонь по прохожим, убив пятерых и ранив ещё семерых.", 5, 7),
 ("ru", "Нападавший застрелил охранника и тяжело ранил кассира.", 1, 1),
 ("ru", "В ходе беспорядков пострадали более 100 человек, в том числе 40 полицейских.", 0, 100),
 ("uk", "Унаслідок обстрілу Харкова загинули двоє людей, ще шестеро поранені.", 2, 6),
]

# Spanish: a count the parser hung on the adjective before the dead ("tres civiles muertos"); a
# verb without a subject after a joined "otro" ("murió un patrullero y otro resultó herido").
SPANISH_COUNTS = [
 ("es", "El ataque dejó tres civiles muertos y cinco heridos.", 3, 5),
 ("es", "Según el reporte oficial, el ataque dejó tres civiles muertos, entre ellos una menor de edad, y "
        "cinco heridos.", 3, 5),
 ("es", "La Policía confirmó que en la balacera murió un patrullero y otro resultó herido.", 1, 1),
 ("es", "Dos soldados muertos y tres heridos dejó un ataque con explosivos contra una patrulla del Ejército "
        "en el Catatumbo.", 2, 3),
 ("es", "El alcalde denunció el asesinato de un concejal y de su esposa en el casco urbano.", 2, 0),
 ("es", "En el ataque fueron asesinados un policía y un civil, mientras que otros dos uniformados quedaron "
        "heridos.", 2, 2),
 ("es", "Con este crimen ya son 52 los líderes sociales asesinados en el departamento este año.", 0, 0),
 ("fr", "L'attaque a coûté la vie à quatre gendarmes et à un civil.", 5, 0),
 ("fr", "Trois militaires français ont été blessés, dont un grièvement, dans l'explosion d'un engin explosif "
        "improvisé.", 0, 3),
]

# Event notes of the ACLED kind (a date of the report's week, actors, a place in brackets, a figure): another source's
# a bomber "killing himself" is the attacker (in the high only), not the vest before him.
EVENT_NOTES = [
 ("en", "On 14 September 2022, a suicide bomber detonated an explosive vest at a checkpoint in Konduga (Borno), "
        "killing himself and 2 vigilantes. 7 civilians were wounded.", 2, 7),
 ("en", "Around 15 September 2022, ADF militants killed 8 civilians with machetes in Mamove (Beni, Nord-Kivu).", 8, 0),
 ("en", "On 14 September 2022, Al Shabaab militants attacked a military base at Manda Bay (Lamu). 3 US personnel "
        "were killed; 4 attackers were also killed.", 3, 0),
 ("en", "On 12 September 2022, unidentified gunmen abducted and killed a local chief in Kaura (Kaduna). Fatalities: 1.", 1, 0),
 ("en", "On 15 September 2022, military forces clashed with JNIM militants near Boulkessi (Mopti). 2 soldiers were "
        "killed and 5 injured. The militants suffered unknown casualties.", 2, 5),
 ("en", "On 15 September 2022, police fired live ammunition at protesters in Conakry, killing 1 and injuring "
        "several others.", 1, 3),
 ("en", "On 17 September 2022, ISWAP militants ambushed a convoy on the Damboa road (Borno), killing 5 soldiers and 3 "
        "CJTF members. 4 militants were neutralised.", 12, 0),  # 'neutralised' read as killed since round 22 (as 'neutralisé' in French): a fight: both sides' dead count
 ("en", "On 15 September 2022, unidentified armed men stormed a market in Gorgadji (Seno), killing an "
        "unspecified number of civilians.", 0, 0),
 ("en", "On 16 September 2022, RSF soldiers beat a man to death in Nyala (South Darfur).", 1, 0),
 # a toll noun with its number after a colon
 ("en", "Gunmen attack a hotel in the capital. Death toll: 11.", 11, 0),
 ("en", "A car bomb explodes near a police station, resulting in 11 deaths.", 11, 0),
 ("en", "Militants attack a bus; eleven passengers perish.", 11, 0),
]

# A wounded "second officer" or "another soldier" is not the one killed (the wounded who later die
# are); "escaped / survived with injuries"; "L'armée parle de 12 morts" reports another account.
OTHERS_AND_ACCOUNTS = [
 ("en", "Gunmen killed a police officer and a civilian in an attack in Nangarhar, while a second officer was "
        "wounded, the governor's spokesman said.", 2, 1),
 ("en", "A soldier was wounded in the morning clash. Another soldier was killed in the afternoon.", 1, 1),
 ("en", "The mayor was wounded in the attack. The mayor later died in hospital.", 1, 0),
 ("en", "Three traders were killed and their goods looted by bandits on the Zaria road; a fourth trader "
        "escaped with injuries.", 3, 1),
 ("en", "The driver escaped without injuries.", 0, 0),
 ("fr", "Les assaillants ont tué 18 personnes, selon un responsable local qui a requis l'anonymat. L'armée "
        "parle de 12 morts.", 18, 0),
 ("fr", "Six personnes sont mortes, dont un enfant, et onze ont été hospitalisées.", 6, 11),
 ("en", "Nine people, six of whom were children, died when an air strike hit a house in Saada province.", 9, 0),
 ("en", "Of the 16 people killed, 10 were soldiers and six civilians, according to the army.", 16, 0),
 ("en", "Seven people were shot dead in two separate attacks in Guerrero on Saturday: four in Acapulco and "
        "three in Chilpancingo.", 7, 0),
 ("en", "The soldiers opened fire on the crowd, killing at least four protesters, witnesses said. The army "
        "said only one person died.", 4, 0),
 ("en", "The attack on a church in Owo killed at least 40 worshippers, state officials said on Monday, "
        "revising an earlier figure of 22.", 40, 0),
]

# Spanish regional news: "dejó heridos a seis policías y a un civil" (those the verb left so, marked
# by "a"), "fue trasladado herido" (a state said of a passive's subject).
LEFT_AND_TAKEN = [
 ("es", "La explosión de un artefacto dejó heridos a seis policías y a un civil.", 0, 7),
 ("es", "El uniformado murió en el acto, mientras que su compañero fue trasladado herido a un centro "
        "asistencial.", 1, 1),
 ("es", "El atentado dejó herido a un soldado.", 0, 1),
 ("es", "Un nuevo ataque sicarial dejó como resultado la muerte de un hombre de 28 años en el barrio La "
        "Esperanza.", 1, 0),
 ("es", "Hombres armados llegaron hasta la vivienda y dispararon indiscriminadamente contra sus ocupantes: "
        "dos murieron y otros tres quedaron heridos.", 2, 3),
 ("es", "Las víctimas fueron identificadas como Juan Pérez, de 34 años, y Luis Gómez, de 29.", 0, 0),
 ("es", "Según la Secretaría de Salud, los heridos son siete, entre ellos dos menores de edad.", 0, 7),
 ("es", "El ataque contra la caravana dejó un saldo de dos escoltas muertos.", 2, 0),
 ("es", "Con él ya son tres los excombatientes asesinados este mes en el departamento.", 0, 0),
]

# A later figure equal to the sum of two or more earlier ones, naming the same kind of victim,
# counts them again ("detained a Taliban commander and another militant ... two militants were
# detained"); a later count of another kind adds ("Two civilians died in Herat").
TOTAL_AFTER_DETAILS = [
 ("en", "Gunmen killed a village chief and another villager at a market in Kaduna. Police said two villagers "
        "were killed, including the chief.", 2, 0),
 ("en", "A soldier and a policeman were killed in Kabul. Two civilians died in Herat.", 4, 0),
 ("en", "A soldier and a policeman were killed in Kabul. Two more soldiers died in Herat.", 4, 0),
]

# Known gaps of this round (strict: a pass means the gap closed).
GAPS = [
 # an elided second clause ("and another on Tuesday"): no verb, no figure
 ("en", "A soldier was killed on Monday and another on Tuesday. Two more soldiers died on Wednesday.", 4, 0),
 # an irregular plural is not read as the same kind of victim ("another man ... two men"): the later
 # count adds
 ("en", "Gunmen killed a village chief and another man at a market in Kaduna. Police said two men were "
        "killed, including the chief.", 2, 0),
 # (another source's count after the parts of the first, "Other sources reported 95 deaths": closed
 # in round 19, tests/extract/test_round19.py)
 # ("et une troisième a été blessée" and "Among the 15 dead" closed in round 32: tests/extract/test_round25.py)
 # (the toll noun made the subject of the verb after it, "число жертв ... достигло 14, пострадали",
 # closed in round 32: tests/extract/test_round25.py)
 # ("shot down" and "blown up" closed in round 13, of person nouns and names only:
 # tests/extract/test_round13.py)
 # "el crimen de" as a killing: "el segundo crimen de ETA" (the perpetrator) cost a multilingual
 # build row (gold = 0)
 ("es", "Se registró hoy el crimen de un exguerrillero que se había acogido al acuerdo de paz.", 1, 0),
 # a running count of a year's killings, then its latest: "El más reciente fue un dirigente campesino"
 ("es", "En lo que va del año han sido asesinados 45 líderes sociales, según Indepaz. El más reciente fue "
        "un dirigente campesino en Cauca.", 1, 0),
 # a number the parser cut from its counted noun ("dénombre" taken for a noun; "15" and "dead"
 # hung side by side; "plus de 200 blessés" after a toll noun's first figure): reading the number
 # before a counted noun wherever it hangs cost three check rows (MUC-4 gold = 0, multilingual
 # injured, ISAF detained), all over-counts
 ("fr", "On dénombre 14 blessés, dont trois dans un état grave.", 0, 14),
 ("fr", "Selon le ministère de la Santé, le bilan des manifestations s'élève à 12 morts et plus de 200 "
        "blessés.", 12, 200),
]

CASES = (WIRE_SENTENCES + RELATIVE_CLAUSES + ONE_DEAD + NUMBERED_DEAD + LINKED_HEADLINES + REGIONAL_NEWS
         + SECOND_CLAUSES + AGENCY_PARAGRAPHS + TITLES_AND_NOMINALS
         + RUSSIAN_ORDER + SPANISH_COUNTS + EVENT_NOTES
         + OTHERS_AND_ACCOUNTS + LEFT_AND_TAKEN + TOTAL_AFTER_DETAILS)


test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)


def test_a_deed_before_a_comma_does_not_date_the_victims_after_it(reader):
    r = read_in(reader, "The force detained the targeted Taliban commander, who is believed responsible for "
                        "attacks on Afghan police, and three of his fighters.", "en")
    assert (r.toll.detained.low, r.toll.killed.best) == (4, 0)


def test_an_isaf_summary_counts_detainees_with_their_titles_once(reader):
    r = read_in(reader, "Afghan and coalition forces also detained a Taliban weapons dealer and facilitator "
                        "during a security operation in Wardak province yesterday.", "en")
    assert r.toll.detained.low == 1


def test_a_total_after_its_details_counts_them_once(reader):
    r = read_in(reader, "An Afghan-international security force detained a Taliban commander and another militant "
                        "after searching a compound in Kandahar province. The compound was searched without incident "
                        "and two militants were detained, including the Taliban commander.", "en")
    assert r.toll.detained.low == 2
