"""Summaries of our own (nineteenth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them. On first run these missed: the dead
whose bodies were found, told with an earlier deed of their own ("the bodies of seven miners,
abducted last week, were found": kidnapped, not dead), a victim after "to death" that the parser
hung as an adverbial ("burning to death an elderly couple"), a described pair ("an elderly couple":
the vague amount with an adjective inside), injuries caused to someone ("caused injuries to four
others", "provocó heridas a cuatro personas", "нанесли ранения двум полицейским") and a Spanish
agent the parser took for an object ("secuestrado y posteriormente asesinado por sus captores":
the captors dead, the trader only kidnapped), and bodies that "appeared" ("aparecieron"). A count of people in general after one sentence's list
of victims ("killed a village chief and his two sons ... 3 fatalities") was added to it (6); "killed 14 people, eight of them children, and wounded 30" added the eight; "The
toll ... rose to 29, with 80 others wounded" was a toll of the wounded; "tras herir a" and "abaten a" gave nothing (a cue stem and a lemma missing)."""
from .helpers import report_tests, summary_tests

CASES = [
 ('en', 'Police said the bodies of four fishermen, abducted on Sunday, were found on a river bank.', 4, 0),
 ('es', 'Los cuerpos de dos comerciantes secuestrados la semana pasada aparecieron en una cuneta.', 2, 0),
 ('fr', 'Les corps de deux commerçants enlevés la semaine dernière ont été découverts dans un fossé.', 2, 0),
 ('ru', 'Тела двух похищенных на прошлой неделе торговцев нашли в овраге.', 2, 0),
 ('en', 'The mob set fire to the house, burning to death an elderly couple.', 2, 0),
 ('en', 'An elderly couple was burned to death in their home.', 2, 0),
 ('en', 'A young couple was shot dead at the checkpoint.', 2, 0),
 ('en', 'A couple of shops were burned during the riot.', 0, 0),
 ('en', 'The grenade caused injuries to five customers.', 0, 5),
 ('en', 'The shell killed a nurse and caused injuries to three others.', 1, 3),
 ('en', 'The storm caused damage to 40 homes.', 0, 0),
 ('es', 'La granada provocó heridas a cinco clientes.', 0, 5),
 ('es', 'El proyectil mató a una enfermera y causó heridas a otras tres.', 1, 3),
 ('es', 'La explosión de un carro bomba causó la muerte de dos personas y heridas a otras 18.', 2, 18),  # a gap of round 11
 ('es', 'Cinco mujeres heridas fueron trasladadas al hospital.', 0, 5),
 ('es', 'Tres cuerpos aparecieron en un basurero.', 3, 0),
 ('fr', 'La grenade a causé des blessures à cinq clients.', 0, 5),
 ('ru', 'Неизвестный нанес ножевые ранения трем прохожим.', 0, 3),
 ('es', 'Un ganadero fue secuestrado y luego asesinado por sus captores.', 1, 0),
 ('es', 'Dos agentes fueron atacados y heridos por desconocidos.', 0, 2),
 # a count of people in general equal to one earlier sentence's list is that list counted
 ('en', 'Gunmen shot dead a district chief and his two guards in Wana. 3 fatalities.', 3, 0),
 ('en', 'Gunmen shot dead a district chief and his two guards. Three people died in the attack.', 3, 0),
 ('en', 'Gunmen shot dead a district chief and his two guards. The attack left three dead.', 3, 0),
 ('en', 'Gunmen shot dead a teacher and his wife on Monday. Two people were killed in another attack on Tuesday.', 4, 0),
 ('en', 'A soldier and a policeman were killed in Kandahar. Two civilians died in Kunduz.', 4, 0),
 ('fr', 'Des hommes armés ont abattu un maire et ses deux gardes. Trois personnes sont mortes dans l\'attaque.', 3, 0),
 ('es', 'Sicarios asesinaron a un alcalde y a sus dos escoltas. Tres personas murieron en el ataque.', 3, 0),
 ('ru', 'Боевики убили главу района и двух его охранников. Всего погибли три человека.', 3, 0),
 # a part of the victims as an apposition before a second verb; a running toll beside a clause of the hurt
 ('en', 'The blast killed 12 people, five of them women, and wounded 40.', 12, 40),
 ('en', 'The toll from the market bombing rose to 23, with 64 others wounded.', 23, 64),
 ('en', 'The toll rose to 23, and 64 others were wounded.', 23, 64),
 # another source's count of the dead after the parts of the first: an account of the whole (a gap of
 # round 11; read past the parts only for the dead's own words, no dev row moved)
 ("en", "On 17 September 2022, Dozo militia attacked the village of Sobane (Mopti), killing 35 civilians, including "
        "24 children. Other sources reported 95 deaths.", 95, 0),
 # an attacker who died is no part of the soldiers before (the toll widens its high only)
 ('es', 'Tres policías murieron. También murió uno de los agresores.', 3, 0),
 ('fr', 'Trois gendarmes ont été tués. Un des assaillants a également été tué.', 3, 0),
 # a relative breakdown aside ("parmi lesquels", "entre los cuales"): the parser took its noun for the subject
 ('fr', 'NIAMEY - Onze villageois, parmi lesquels quatre femmes, ont été tués par des hommes armés.', 11, 0),
 ('es', 'Once campesinos, entre los cuales cuatro mujeres, fueron asesinados por hombres armados.', 11, 0),
 # a part of a member of the dead ("including a priest" after "Among the dead were ...": was one more)
 ('en', 'Among the dead were nine soldiers and four villagers, including a nurse.', 13, 0),
 ('ru', 'Среди погибших — девять полицейских и четыре мирных жителя, в том числе медсестра.', 13, 0),
 # a participle of the man beside the man in the genitive of a body ("Тело пропавшего ... журналиста": one)
 ('ru', 'Тело пропавшего без вести фермера нашли в лесополосе.', 1, 0),
 # the cue filter's stems and the Spanish lemmatizer's present tense ("abaten": "abatar")
 ('es', 'Los asaltantes escaparon tras herir de gravedad a un taxista.', 0, 1),
 ('es', 'Los marinos abaten a cuatro sicarios en un enfrentamiento.', 4, 0),
 ('es', 'Los soldados capturan a dos presuntos secuestradores.', 0, 0),
]

GAPS = [
 ('es', 'El proyectil causó la muerte de una enfermera y heridas a otras tres.', 1, 3),  # "tres" hung on "muerte"
 # closed in round 33 (tests/extract/test_round26.py): "Las dos mujeres heridas fueron trasladadas al hospital."
 ('ru', 'Среди погибших — девять военных и четверо местных жителей, в том числе медсестра.', 13, 0),  # "военных" an adjective, "жителей" a dep
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)


# Whole reports of our own (nineteenth round), bodies without their headlines, killed and injured best
# written by hand before reading them: on first run the Taliban's claim of eight policemen, after the
# troops' four dead insurgents and a separate incident, was counted as eight more (14 for 6), and
# "At least 30 people were killed in a similar attack in February" in a May report counted (44 for 14),
# "Un homme, su esposa y su hija" lost the wife (an apposition), a local official's heavier toll "de onze
# morts" was added to the army's nine soldiers (20 for 11), and "помер один із поранених" was not taken
# off the wounded when a part of them ("Серед поранених — двоє дітей") came between (16 for 15); "Среди
# погибших — 17 сотрудников полиции и пять мирных жителей, в том числе православный священник" added
# the priest (23 for 22); "MEDELLÍN (Colprensa) - Cinco jóvenes, entre ellos dos menores de edad, fueron
# asesinados" counted nobody (the masked aside one blank token, which the Spanish parser made the subject
# with the victims hung on it); "También murió uno de los agresores" was taken for one of the soldiers.
ARTICLES = [
 ('en', '2024-05-05',
  'KADUNA, Nigeria, May 5 (Reuters) - Gunmen killed 14 people in an overnight raid on a village in northwest Nigeria\'s Kaduna state, police said on Sunday, the latest in a wave of attacks that has killed hundreds this year.\n\nThe attackers, riding on motorcycles, stormed Kauran Fawa village shortly before midnight on Saturday, shooting residents and setting fire to homes, police spokesman Mohammed Jalige said in a statement. Seven other people were wounded and taken to hospital.\n\nAmong the dead were a local chief and two of his wives, residents said. "They came in large numbers and shot at anyone they saw," said one resident, who asked not to be named.\n\nIn March, gunmen abducted 137 pupils from a school in the same state. At least 30 people were killed in a similar attack in February.',
  14, 7),
 ('en', '2024-05-06',
  'MOGADISHU, May 6 (AFP) - A suicide bomber blew himself up at a military training camp in the Somali capital on Monday, killing at least 20 recruits and wounding dozens, officials said.\n\n"The death toll so far is 20 soldiers and the number could rise," said military officer Abdullahi Hassan. A doctor at Madina hospital said the hospital had received 35 wounded people, several in critical condition.\n\nThe Al-Qaeda-linked Al-Shabaab group claimed responsibility, saying in a statement on a pro-militant website that it had killed 45 soldiers. The group\'s figures are often higher than those of officials.\n\nAl-Shabaab has carried out a string of attacks in Mogadishu; in October 2017 a truck bomb killed more than 500 people in the city\'s deadliest attack.',
  20, 35),
 ('en', '2024-05-04',
  'KANDAHAR, Afghanistan - Taliban insurgents ambushed a police patrol in Kandahar province on Saturday, killing two policemen and wounding three, a provincial official said.\n\nThe attack took place in Arghandab district, said Zia Durrani, a police spokesman. He said four insurgents were also killed when police returned fire.\n\nSeparately, a roadside bomb wounded two civilians in neighbouring Helmand province, officials said.\n\nThe Taliban claimed responsibility for the ambush but said eight policemen had been killed.',
  6, 5),
 ('es', '2024-05-12',
  'TUMACO, Colombia (EFE) — Un hombre, su esposa y su hija de 15 años fueron asesinados en la noche del sábado por hombres armados que irrumpieron en su vivienda en la vereda La Guayacana, informaron este domingo fuentes oficiales.\n\nSegún la Policía, los atacantes llegaron en motocicletas y dispararon contra la familia. Un cuarto miembro, un niño de ocho años, resultó herido y fue trasladado al hospital de Tumaco, donde se encuentra estable.\n\nLa Defensoría del Pueblo había advertido en marzo sobre el riesgo para la población civil por la presencia de disidencias de las FARC. En lo que va del año, en el departamento de Nariño se han registrado 14 masacres con 52 víctimas, según el instituto Indepaz.\n\nEl alcalde de Tumaco condenó el crimen y pidió a las autoridades reforzar la seguridad en la zona.',
  3, 1),
 ('es', '2024-05-12',
  'Chilpancingo, 12 de mayo. Once personas murieron este sábado en un enfrentamiento entre presuntos integrantes de un grupo criminal y elementos de la Guardia Nacional en el municipio de Heliodoro Castillo, informó la Secretaría de Seguridad estatal.\n\nDe acuerdo con el reporte, ocho de los fallecidos eran civiles armados y tres eran agentes federales. Otros dos guardias resultaron lesionados y fueron trasladados en helicóptero a la capital del estado.\n\nEn el lugar, las autoridades aseguraron seis armas largas y dos vehículos. La semana pasada, otro ataque en la misma región dejó cinco policías muertos.',
  11, 2),
 ('ru', '2024-05-06',
  'БЕЛГОРОД, 6 мая. В результате обстрела Белгорода погибли два человека, еще девять получили ранения, сообщил губернатор области.\n\nПо его словам, снаряд попал во двор жилого дома. Среди раненых — двое детей, их доставили в областную детскую больницу. Состояние одного из пострадавших оценивается как тяжелое.\n\nРанее, 30 декабря, при массированном обстреле города погибли 25 человек.',
  2, 9),
 ('ru', '2024-05-06',
  'МАХАЧКАЛА, 6 мая. Сотрудники силовых структур в ходе контртеррористической операции в Махачкале ликвидировали четырех боевиков, сообщили в Национальном антитеррористическом комитете.\n\nПри попытке задержания боевики открыли огонь. В перестрелке ранения получили двое сотрудников полиции, их жизни ничего не угрожает. Личности уничтоженных устанавливаются.\n\nПо данным НАК, боевики планировали нападения на объекты транспортной инфраструктуры.',
  4, 2),
 ('fr', '2024-05-06',
  "BAMAKO (AFP) - Neuf soldats maliens ont été tués et cinq autres blessés dimanche dans une embuscade tendue par des jihadistes présumés dans le centre du pays, a annoncé l'armée dans un communiqué.\n\nLe convoi a été attaqué à l'aide d'engins explosifs puis par des tirs nourris près de Boni, selon le communiqué. « Les assaillants ont subi de lourdes pertes », a ajouté l'armée, sans donner de chiffre.\n\nUn élu local, joint par téléphone, a évoqué un bilan plus lourd, de onze morts.\n\nEn janvier, une attaque similaire avait coûté la vie à quatorze soldats dans la même zone.",
  11, 5),
 ('fr', '2024-05-06',
  "DOUALA - Deux gendarmes ont été tués samedi soir par des séparatistes armés dans la région anglophone du Nord-Ouest, a-t-on appris dimanche de source sécuritaire.\n\nLes assaillants ont ouvert le feu sur un poste de contrôle à l'entrée de la ville de Bamenda. Un civil qui se trouvait sur les lieux a été grièvement blessé et évacué vers l'hôpital régional.\n\nLe conflit dans les régions anglophones a fait plus de 6 000 morts depuis 2017, selon l'ONG International Crisis Group.",
  2, 1),
 ('uk', '2024-05-06',
  'ХАРКІВ, 6 травня. Внаслідок ракетного удару по Харкову загинули троє людей, ще 16 отримали поранення, повідомив начальник обласної військової адміністрації.\n\nЗа його словами, ракета влучила в житловий будинок у Київському районі. Серед поранених — двоє дітей, їх госпіталізовано.\n\nПізніше кількість загиблих зросла до чотирьох: у лікарні помер один із поранених.',
  4, 15),
 ('ru', '2024-06-24',
  'МАХАЧКАЛА, 24 июня. Число погибших в результате нападения боевиков на церкви и синагогу в Дагестане выросло до 22 человек, сообщили в республиканском минздраве.\n\nСреди погибших — 17 сотрудников полиции и пять мирных жителей, в том числе православный священник. Ранее сообщалось о 19 погибших.\n\nЕще 46 человек получили ранения, 13 из них остаются в больнице. Пятеро нападавших были ликвидированы, сообщил Национальный антитеррористический комитет.',
  22, 46),
 ('es', '2024-05-12',
  'MEDELLÍN (Colprensa) - Cinco jóvenes, entre ellos dos menores de edad, fueron asesinados la noche del viernes en una finca de la vereda El Llano, en el municipio de Andes, suroeste de Antioquia, confirmó la Gobernación.\n\nSegún versiones de la comunidad, un grupo de hombres armados llegó hasta el lugar, obligó a las víctimas a tenderse en el suelo y les disparó. Un sexto joven logró escapar y dio aviso a las autoridades.\n\nCon este hecho ya son 38 las masacres registradas en el país en lo que va de 2024, según Indepaz. La más reciente había ocurrido hace ocho días en el Cauca, donde murieron cuatro personas.',
  5, 0),
 ('es', '2024-05-12',
  'MORELIA - Dos elementos del Ejército murieron y otros seis resultaron heridos este domingo tras ser emboscados por presuntos integrantes de un cártel en el municipio de Aguililla, informó la Secretaría de la Defensa Nacional.\n\nDe acuerdo con el comunicado, los militares realizaban un recorrido de vigilancia cuando fueron atacados con armas de alto poder y artefactos explosivos. Los heridos fueron trasladados en helicóptero a un hospital militar en Morelia; uno de ellos se reporta grave.\n\nEn el enfrentamiento también murió uno de los agresores, cuyo cuerpo quedó en el lugar.',
  2, 6),
]


test_the_toll_of_a_whole_report, _ = report_tests(ARTICLES)
