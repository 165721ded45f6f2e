"""Summaries of our own (tenth round), en/fr/es/ru/uk, with the killed and injured best each must
give, written by hand before the mend that meets them ran on them (wire summaries 20 of 30 and
regional news 33 of 35 at first run; the misses left are in GAPS)."""
from .helpers import summary_tests

# People named as some of the dead without a verb of their own ("were among those killed", "Among
# the dead were", "The dead included") are a part of the figure told before or after them, or the
# figure itself where none is told; "the casualties" (dead or hurt) name no such group.
MEMBERS_OF_THE_DEAD = [
 ("en", "A mother and her three children were among those killed when the shell hit their home.", 4, 0),
 ("en", "The dead included two police officers and a nurse, the governor said.", 3, 0),
 ("en", "Gunmen killed 12 people in the market. Among the dead were three children.", 12, 0),
 ("en", "Gunmen killed 12 people in the market. A local journalist was among the dead.", 12, 0),
 ("en", "Two nurses were among the 15 people killed in the raid.", 15, 0),
 ("en", "Among those killed was a local journalist.", 1, 0),
 ("en", "At least four women and three infants are among those killed in the city since the fighting "
        "began. The Red Cross said no fewer than 59 civilians have been killed there.", 59, 0),
 ("en", "Police confirmed the deaths of 10 people when gunmen raided the village. The commissioner said "
        "the dead included five residents, while five of the gunmen were killed in a shootout with "
        "soldiers.", 10, 0),
 ("en", "Insurgents ambushed a patrol on Monday. The casualties included a sergeant and two corporals.", 0, 0),
 ("fr", "Huit personnes ont été tuées dans l'attaque. Parmi les morts figurent deux enfants.", 8, 0),
 ("es", "Entre los muertos hay dos niños, informó la Policía.", 2, 0),
 ("es", "Seis personas murieron en el ataque. Entre los fallecidos se encuentra un menor de edad.", 6, 0),
 ("ru", "Среди погибших оказались двое детей.", 2, 0),
]

# Victims hung on the verb after its object ("killed a couple and their teenage son"), a phrasal
# verb of killing ("wiped out"), and "N hurt" joined to a killing.
WIRE_SUMMARIES = [
 ("en", "Gunmen stormed a wedding party in the village overnight, killing the groom and 11 guests.", 12, 0),
 ("en", "An entire family of six was wiped out in the air strike, relatives said.", 6, 0),
 ("en", "Both men died on the spot.", 2, 0),
 ("en", "Gunmen killed a couple and their teenage son at their farm near Jos.", 3, 0),
 ("en", "Police recovered the bodies of a woman and her two daughters from the river.", 3, 0),
 ("en", "Twelve people were killed and 30 hurt, among them several children, when a car bomb went off "
        "near a mosque.", 12, 30),
 ("en", "The attack killed a total of 19 people, including the bomber.", 19, 0),
 ("en", "A grenade thrown into a crowded bar killed four and injured nine.", 4, 9),
 ("en", "Unidentified attackers shot dead a tribal elder and wounded his nephew.", 1, 1),
 ("en", "The number of people killed in the massacre has risen to 52, officials said.", 52, 0),
 ("en", "The gunmen opened fire on a bus, killing the driver and five passengers.", 6, 0),
 ("en", "The suicide attack on the mosque left 27 worshippers dead and 50 injured.", 27, 50),
 ("en", "Security forces killed 10 demonstrators on Friday, bringing the death toll since the protests "
        "began to 85.", 10, 0),
]

# Regional news of our own; "deux de ses collègues ont été blessés": the count the parser joined to
# the first clause is the subject of the second.
REGIONAL_NEWS = [
 ("fr", "Un gendarme a perdu la vie et deux de ses collègues ont été grièvement blessés.", 1, 2),
 ("fr", "Trois soldats maliens ont été tués et cinq autres blessés lors d'une embuscade dans le centre "
        "du pays.", 3, 5),
 ("fr", "Le bilan s'est alourdi à 23 morts, selon une source sécuritaire.", 23, 0),
 ("fr", "L'explosion a coûté la vie à un enfant et blessé sa mère.", 1, 1),
 ("es", "Tres policías murieron y otros dos resultaron heridos en una emboscada en el Cauca.", 3, 2),
 ("es", "Fueron hallados los cuerpos de tres jóvenes con signos de tortura.", 3, 0),
 ("es", "Sicarios ultimaron a balazos a un comerciante en el centro de la ciudad.", 1, 0),
 ("es", "En la masacre murieron cuatro personas, entre ellas un menor de edad.", 4, 0),
 ("ru", "При взрыве погиб один человек, четверо ранены.", 1, 4),
 ("ru", "В перестрелке были убиты пятеро боевиков и ранен один полицейский.", 5, 1),
 ("ru", "Неизвестные застрелили главу сельской администрации.", 1, 0),
 ("uk", "Під час атаки дронів загинула жінка, ще двоє людей поранені.", 1, 2),
 ("uk", "Кількість загиблих зросла до 9.", 9, 0),
]

# A demonym is no name: "a Palestinian" killed after "an Israeli soldier" is a second victim, not
# the soldier named again (nor a victim of another side).
DEMONYMS_ARE_NO_NAMES = [
 ("en", "A Palestinian attacker stabbed an Israeli soldier to death near Hebron on Monday. On Wednesday, "
        "a Palestinian was shot dead by Israeli troops near Nablus.", 2, 0),
 ("en", "An Israeli soldier was killed on Monday. On Wednesday, a Palestinian was shot dead by troops in "
        "Nablus.", 2, 0),
 ("en", "A police officer was killed in the raid. Officer Daniel Mwangi, 34, had served for ten years.", 1, 0),
]

# Wire summaries of our own, third set (28 of 30 at first run): bodies counted by a witness, and
# one number for a list whose other members have none ("15 patients and staff", "40 foreigners and
# Afghans").
WIRE_SUMMARIES_MORE = [
 ("en", "Death toll from Kabul hotel siege rises to 22", 22, 0),
 ("en", "Three dead, 12 hurt as gunmen attack bus in Kenya's north", 3, 12),
 ("en", "Two soldiers succumbed to their injuries on Tuesday, raising the toll from the ambush to nine.", 9, 0),
 ("en", "Six members of the same family, including four children, were confirmed dead.", 6, 0),
 ("en", "The raid killed the village imam, two of his sons and a neighbour.", 4, 0),
 ("en", "A customs officer and two of his colleagues died in the ambush.", 3, 0),
 ("en", "Health officials said 14 of the wounded were in critical condition; 40 people were hurt in all.", 0, 40),
 ("en", "Nobody was killed in the blast, but seven people suffered burns.", 0, 7),
 ("en", "Witnesses counted 23 bodies in the streets after the militia withdrew.", 23, 0),
 ("en", "A rocket slammed into a house, killing a woman and injuring her husband and daughter.", 1, 2),
 ("en", "The blast killed at least five people and wounded more than two dozen.", 5, 24),
 ("en", "An airstrike hit a clinic, killing at least 15 patients and staff.", 15, 0),
 ("en", "Officials said 40 foreigners and Afghans were killed, with eight wounded.", 40, 8),
 ("en", "Gunmen killed 12 soldiers and Captain Musa Bello, the army said.", 13, 0),
 ("en", "The explosion left three children dead and their mother seriously injured.", 3, 1),
 ("en", "The ministry said 46 citizens were killed and 140 wounded, while the other side reported 35 dead.", 81, 140),
]

# Excerpts where nobody is left hurt (22 of 25 at first run): a pronoun object says what became of
# victims a joined verb took ("shot two men and killed them": killed, once); wounds on a body are
# no one's injury; one shot among the dead is one of them.
NOBODY_HURT = [
 ("en", "Gunmen shot two men and killed them.", 2, 0),
 ("en", "The soldier shot the protester in the head, killing him instantly.", 1, 0),
 ("en", "Gunmen abducted two men and killed them.", 2, 0),
 ("en", "Police arrested two suspects and released them.", 0, 0),
 ("en", "Villagers found the body of a herder with machete wounds to the head.", 1, 0),
 ("en", "Eight people were killed, among them a woman who was shot as she tried to flee.", 8, 0),
 ("en", "The bodies of four men bearing gunshot wounds were found on a roadside outside the city.", 4, 0),
 ("en", "The farmer was fatally wounded by gunmen and died before reaching hospital.", 1, 0),
 ("en", "Two soldiers who were wounded in the ambush later succumbed to their injuries.", 2, 0),
 ("en", "A mob beat the man to death; his brother escaped unhurt.", 1, 0),
 ("en", "Gunmen shot dead a lawyer in his office; no one else was injured.", 1, 0),
 ("en", "A journalist was shot several times in the chest and died at the scene.", 1, 0),
 ("en", "The 32-year-old officer died on Monday from wounds he sustained in an attack on Saturday.", 1, 0),
 ("en", "A man was shot and seriously wounded, and a woman was shot dead.", 1, 1),
 ("en", "The injured were taken to hospital, where four of them died.", 4, 0),
 ("en", "The victim, who was shot in the back, was pronounced dead at the scene.", 1, 0),
]

# Hedged and reported deaths (20 of 25 at first run): "are presumed / believed dead", bodies counted
# through "a total of", and no figure where the text asks how many.
HEDGED_AND_REPORTED = [
 ("en", "Fourteen miners are presumed dead after the attack on the mine.", 14, 0),
 ("en", "Two hikers are believed dead after the ambush.", 2, 0),
 ("en", "A total of 63 bodies have been recovered, the Red Cross said.", 63, 0),
 ("en", "It was not immediately clear how many people were killed in the raid.", 0, 0),
 ("es", "No se sabe cuántas personas murieron en el ataque.", 0, 0),
 ("ru", "Неизвестно, сколько человек погибло при обстреле.", 0, 0),
 ("en", "Armed with machetes and guns, the attackers killed 17 villagers before setting houses on fire.", 17, 0),
 ("en", "Nine people are believed to have died when the militia attacked the camp.", 9, 0),
 ("en", "Six fishermen were reportedly killed by pirates off the coast.", 6, 0),
 ("en", "In the attack, which lasted two hours, 13 people including four children lost their lives.", 13, 0),
 ("en", "Those who died included a 3-year-old girl and her grandmother.", 2, 0),
 ("en", "The attack left 12 people dead, seven of whom were members of the same family.", 12, 0),
 ("en", "Security forces opened fire on the crowd; 8 were killed on the spot and 3 died later in hospital.", 11, 0),
 ("en", "Soldiers shot and killed a 17-year-old boy and wounded two of his friends.", 1, 2),
]

# Regional news of our own, second set (27 of 30 at first run): a part the French parser made the
# subject ("Sept civils, dont deux enfants, ont été tués": the seven are the victims), members of
# "las víctimas mortales" (an ambiguous noun made the dead by its adjective).
REGIONAL_NEWS_MORE = [
 ("fr", "Sept civils, dont deux enfants, ont été tués par l'explosion d'une mine.", 7, 0),
 ("fr", "Douze personnes, dont trois policiers, ont été tuées dans l'attaque.", 12, 0),
 ("es", "Dos menores de edad se encuentran entre las víctimas mortales.", 2, 0),
 ("ru", "Жертвами теракта стали 15 человек, ещё 40 получили ранения.", 15, 40),
 ("ru", "В результате нападения погибли трое, пострадали пятеро.", 3, 5),
 ("ru", "В ходе спецоперации ликвидированы трое боевиков.", 3, 0),
 ("ru", "Из-под завалов извлечены тела трёх погибших.", 3, 0),
 ("ru", "При взрыве пострадали шесть человек. Один из раненых скончался в больнице.", 1, 5),
 ("ru", "Боевики расстреляли семью из пяти человек.", 5, 0),
 ("es", "Los cuerpos sin vida de dos hombres fueron encontrados en una finca de Caucasia.", 2, 0),
 ("es", "Al menos cuatro personas fallecieron y otras siete quedaron heridas tras el ataque armado.", 4, 7),
 ("es", "El balance oficial es de 12 muertos y 30 heridos, según la Cruz Roja.", 12, 30),
 ("es", "Fueron asesinados a tiros el alcalde y su escolta.", 2, 0),
 ("fr", "Un soldat a succombé à ses blessures, portant le bilan à trois morts.", 3, 0),
 ("fr", "L'armée a affirmé avoir neutralisé une quinzaine de terroristes.", 15, 0),
]

# Articles of several paragraphs in fr/es/ru (4 of 11 at first run; two misses were my
# expectation against the contract: "plusieurs terroristes neutralisés" adds 3 and the attackers'
# count adds): digits grouped by a space ("5 000 blessés"), "both" told again ("Оба сотрудника
# полиции скончались"), a death in a clause of "where" (the person taken there, or the one the
# verb's ending tells, not the place), "three supporters and another".
ARTICLES_OF_OUR_OWN = [
 ("fr", "Explosion à Beyrouth\n\nLe bilan de la double explosion survenue mardi dans le port s'élève "
        "désormais à 137 morts et 5 000 blessés, selon le ministère de la Santé.", 137, 5000),
 ("ru", "Пострадали 1 500 человек, сообщили в МЧС.", 0, 1500),
 ("ru", "В Нальчике застрелены двое полицейских\n\nНеизвестные расстреляли патрульную машину ДПС. Оба "
        "сотрудника полиции скончались на месте, сообщает пресс-служба МВД.", 2, 0),
 ("en", "Gunmen killed two policemen in Kano on Monday. Both officers were shot in the head.", 2, 0),
 ("es", "Asesinan a comerciante en el barrio La Esperanza\n\nEn hechos que son materia de investigación, "
        "fue asesinado a bala un comerciante de 45 años. El hombre fue trasladado a un centro "
        "asistencial, donde falleció minutos después.", 1, 0),
 ("es", "Un joven fue trasladado a un centro asistencial donde posteriormente falleció.", 1, 0),
 ("en", "Three supporters of the ruling party and another from a rival party were killed in a gun battle.", 4, 0),
 ("en", "Another three people died in fresh violence. The bodies of two party members were found hanging "
        "from a tree, while a local leader was killed by a crude bomb. Two days later, a bomb killed two "
        "people in the same district.", 5, 0),
 ("es", "Un soldado murió y otros dos resultaron heridos durante un combate con el ELN en Arauca. En lo "
        "corrido del año, 15 militares han muerto en la región.", 1, 2),
]

# Atrocity excerpts of our own, second set (12 of 20 at first run; three misses were my expectation
# against the contract: "scores" is 40-99 (best 69), a toll brought to a figure replaces the
# attack's, and both sides' losses add): "a death toll of 27", corpses (lemmatised "corps"),
# "the decapitated bodies of six men".
ATROCITY_EXCERPTS_MORE = [
 ("en", "The attack had a death toll of 27, local officials said.", 27, 0),
 ("en", "Police found 12 corpses dumped near a highway in Veracruz.", 12, 0),
 ("en", "The decapitated bodies of six men were left outside the town hall.", 6, 0),
 ("en", "Gunmen attacked the bus, wounding 15 passengers, three of whom later died.", 3, 12),
 ("en", "Thirty people, mostly women and children, were killed in the raid.", 30, 0),
 ("en", "The bomb killed 10 people on Friday; a day earlier, 15 were killed in a similar attack nearby.", 25, 0),
 ("en", "Five people died on the spot while two others died on the way to hospital.", 7, 0),
 ("en", "The attackers also torched 30 houses and killed livestock.", 0, 0),
 ("en", "Afghan officials said 12 civilians were among 18 people killed in the strike.", 18, 0),
 ("en", "The raid left 17 people dead, according to a local official, who said the dead included 11 children.", 17, 0),
 ("en", "Armed men killed a nun and two novices at a convent in the east of the country.", 3, 0),
]

# Wire paragraphs of our own (9 of 12 at first run): bodies recovered after a figure are some of its
# dead; "shot residents" after deaths are the dead; "since March, when 40 people were killed" is
# that earlier day's; the French object the parser took for an oblique ("ont tué neuf soldats",
# "neuf" tagged an adjective).
WIRE_PARAGRAPHS = [
 ("en", "Gunmen killed 15 people in an attack on a village in Zamfara state on Sunday. The attackers, "
        "riding motorcycles, shot residents and set houses on fire. Among the dead were a village head "
        "and his two wives. Police said 12 bodies had been recovered by Monday.", 15, 0),
 ("en", "Militiamen attacked a camp for displaced people, killing 31 people. It was the deadliest attack "
        "in the province since March, when 40 people were killed in a raid on a market.", 31, 0),
 ("es", "Hombres armados mataron a nueve soldados. Es el peor ataque desde marzo, cuando murieron 40 "
        "personas.", 9, 0),
 ("ru", "Боевики убили девять военных. Это самое крупное нападение с марта, когда погибли 40 человек.", 9, 0),
 ("fr", "Des hommes armés ont tué neuf soldats.", 9, 0),
 ("en", "At least eight civilians were killed when a roadside bomb struck a minibus in Helmand province. "
        "The victims included three women and two children.", 8, 0),
 ("en", "Gunmen abducted five aid workers in the northeast last week. On Thursday, the group released a "
        "video showing the execution of three of them.", 3, 0),
 ("en", "At least 12 people were killed in clashes between rival herders on Monday. Six of the dead were "
        "from one village. A further 17 people were wounded.", 12, 17),
 ("en", "A car bomb killed nine people outside a government building. The dead included two police "
        "officers. Hours later, a second blast killed three soldiers at a checkpoint.", 12, 0),
 ("en", "Five people were killed in the attack. Witnesses said the gunmen shot the victims at close range. "
        "Three of the victims were women.", 5, 0),
]

# Articles of our own in ru/uk/es, second set (6 of 8 at first run): a person "with wounds" is hurt
# ("другой с ранениями доставлен в больницу", "a man with gunshot wounds was taken to hospital"), a
# state's subject put after a linking verb ("resultó herido un soldado").
WITH_WOUNDS = [
 ("ru", "Неизвестные обстреляли автомобиль полиции в Назрани. Один сотрудник погиб на месте, другой с "
        "ранениями доставлен в больницу.", 1, 1),
 ("es", "Al menos cuatro disidentes murieron en combates con el Ejército en zona rural de Argelia, Cauca. En "
        "la operación también resultó herido un soldado, que fue evacuado a Popayán.", 4, 1),
 ("en", "A man with gunshot wounds was taken to hospital.", 0, 1),
 ("ru", "В гимназии произошла стрельба. Погибли девять человек: семеро учеников и двое сотрудников школы. "
        "Ещё 23 человека пострадали.", 9, 23),
 ("ru", "На шахте произошёл выброс метана. Погибли 51 человек, в том числе пятеро горноспасателей. Ранее "
        "сообщалось о 11 погибших.", 51, 0),
 ("uk", "Унаслідок ракетного удару загинули семеро людей, ще 17 поранено, повідомив голова ОВА. Серед "
        "загиблих — дитина.", 7, 17),
 ("es", "Tres personas fueron asesinadas en zona rural de Andes, Antioquia. Con este hecho, ya son 45 las "
        "masacres registradas en el país en lo que va del año.", 3, 0),
]

# Updates and wounded who die (6 of 12 at first run): "rose from three to seven" (the figure it
# went to, not the range), "pasó de cuatro a seis", "L'une d'elles a succombé" (a French pronoun
# of a partitive the parser hung elsewhere), "uno de los uniformados falleció" after the wounded
# (a definite partitive, not the attackers'), an earlier report in its own clause before ";".
UPDATES_AND_WOUNDED_WHO_DIE = [
 ("en", "The number of dead rose from three to seven overnight.", 7, 0),
 ("es", "La cifra de muertos pasó de cuatro a seis, informaron las autoridades.", 6, 0),
 ("fr", "Quatre personnes ont été blessées dans l'attaque. L'une d'elles a succombé à ses blessures.", 1, 3),
 ("es", "Tres policías resultaron heridos. Posteriormente, uno de los uniformados falleció.", 1, 2),
 ("en", "Gunmen stormed the hotel, killing one person and injuring four. Three of the four attackers also "
        "died.", 1, 4),
 ("fr", "Un premier bilan faisait état de deux morts; il a été revu à la hausse à quatre morts.", 4, 0),
 ("es", "Dos personas resultaron heridas en el ataque. Una de ellas murió horas después en el hospital.", 1, 1),
 ("ru", "В результате нападения ранены трое. Один из пострадавших позже скончался в больнице.", 1, 2),
 ("uk", "Поранено четверо людей. Згодом один із поранених помер у лікарні.", 1, 3),
 ("en", "Five people were wounded. One of them later died in hospital.", 1, 4),
 ("en", "The number of victims killed in the blasts increased to 20 and more than 40 others were wounded.", 20, 40),
 ("en", "The ministry said 31 people had been wounded. A farmer told reporters that several of his neighbours "
        "were killed when a shell struck the school.", 3, 31),
 ("es", "La víctima mortal fue identificada como Luis Torres, de 28 años.", 1, 0),
 ("es", "Un hombre murió en el ataque. La víctima mortal fue identificada como Luis Torres.", 1, 0),
]

# Verbs of killing (30 of 40 at first run): "put to death", "bled to death" (resultatives),
# "liquidated", captives and novices as people.
VERBS_OF_KILLING = [("en", text, 4, 0) for text in (
 "Four hostages were put to death.",
 "Four victims bled to death before help arrived.",
 "The militants executed four captives.",
 "Four fighters were liquidated.",
 "Four villagers were lynched by a mob.",
 "Four prisoners were tortured to death.",
 "Four men were bludgeoned to death with clubs.",
 "Four women were stoned to death.",
 "Four men died of gunshot wounds.",
 "Four people were hacked to death with machetes.",
 "The militia butchered four villagers.",
 "Four people were gunned down outside a bar.",
 "Four civilians were killed in crossfire.",
 "Four militants were eliminated in the operation.",
)] + [
 ("en", "Armed men killed a nun and two novices at a convent.", 3, 0),
]

# Regional news of our own, third set (10 of 16 at first run): a bare singular joined to a count
# is one more victim where the language has no articles ("двое полицейских и случайный прохожий"),
# a number the parser hung on its verb ("около 50 пострадали"), the toll's own parts ("un saldo de
# un policía muerto y dos civiles heridos"), an agent the parser made a state's subject ("resultaron
# lesionadas por la explosión"), wounds on bodies.
REGIONAL_NEWS_THIRD = [
 ("ru", "Жертвами нападения стали двое полицейских и случайный прохожий.", 3, 0),
 ("ru", "В результате теракта в Волгограде погибли 14 человек, около 50 пострадали.", 14, 50),
 ("es", "El atentado dejó un saldo de un policía muerto y dos civiles heridos.", 1, 2),
 ("es", "Cinco personas resultaron lesionadas por la explosión de una granada.", 0, 5),
 ("es", "Según Medicina Legal, los dos cuerpos presentaban heridas de arma blanca.", 0, 0),
 ("es", "Los delincuentes responden con agresiones, dejando herido a un uniformado al ser atacado a piedra.", 0, 1),
 ("ru", "От полученных ранений в больнице скончался ещё один пострадавший.", 1, 0),
 ("ru", "Погибшими числятся 8 человек.", 8, 0),
 ("es", "El joven fue ultimado a tiros cuando salía de su casa.", 1, 0),
 ("fr", "Le bilan officiel fait état de 13 morts, dont quatre enfants.", 13, 0),
 ("fr", "Un homme a été abattu par balles dans la nuit de vendredi à samedi.", 1, 0),
]

# Known gaps of this round (strict: a pass means the gap closed).
GAPS = [
 # ("trouver la mort" closed in round 13: tests/extract/test_round13.py)
 # a count in apposition to "everyone on board"
 ("en", "The explosion killed everyone on board the minibus, 14 people in all.", 14, 0),
 # ("Among the 15 dead" and "et un troisième grièvement blessé" closed in round 32:
 # tests/extract/test_round25.py)
 # a part told by a relative clause on the source ("according to the UN, which said 20 died on Monday alone")
 ("en", "More than 100 people have been killed in the past week, according to the UN, which said 20 died "
        "on Monday alone.", 100, 0),
 # ("put the figure at 15" closed in round 43: below)
 # "госпитализированы" alone as hurt: closed in round 14 for a counted group taken to a hospital
 # noun (tests/extract/test_round14.py, TO_HOSPITAL); alone it still is not read
 # people buried are dead, but "buried under the rubble" may be alive
 ("en", "The 14 victims were buried in a mass funeral on Sunday.", 14, 0),
 # remains found inside a grave the verb of finding takes
 ("en", "A clandestine grave containing the remains of at least 20 people was discovered.", 20, 0),
 # people "remain in hospital" after a toll: closed in round 20 (tests/extract/test_round20.py)
 # ("eliminated" as killed closed in round 37, with a person's noun only and not in a disjunction with a
 # verb of no casualty: "were persecuted or eliminated"); "strangled" alone read "was strangling"
 ("en", "Four women were strangled.", 4, 0),
]

CASES = MEMBERS_OF_THE_DEAD + WIRE_SUMMARIES + REGIONAL_NEWS + DEMONYMS_ARE_NO_NAMES + WIRE_SUMMARIES_MORE + NOBODY_HURT + HEDGED_AND_REPORTED + REGIONAL_NEWS_MORE + ARTICLES_OF_OUR_OWN + ATROCITY_EXCERPTS_MORE + WIRE_PARAGRAPHS + WITH_WOUNDS + UPDATES_AND_WOUNDED_WHO_DIE + VERBS_OF_KILLING + REGIONAL_NEWS_THIRD + [
    # closed in round 43: a bare toll noun updated in a clause of a casualty verb takes that verb's
    # category ("put the figure at 15" after "were killed"; claims/tolls._category); the larger account
    ("en", "Officials said 7 people were killed, though residents put the figure at 15.", 15, 0),
]


test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)
