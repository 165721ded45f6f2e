"""Sentences and reports of our own (fifty-fifth round), with the figures each must give, written by
hand before the mends that meet them ran on them (where the project's conventions read a line
otherwise, the line says what was first written and why).

Agency lines of many regions (AGENCY_KINDS, 30: 27 as written; mended "Gunmen on a motorcycle shot dead
a community leader", the verb read as the last noun of the subject's modifier:
`parsed.resultatives_tagged_nouns` with `_owner_of_the_state`), upper-case newswire lines (MUC_LINES,
15: 12; mended "MURDERED THE MAYOR OF A TOWN IN AYACUCHO AND HIS TWO BODYGUARDS", the list's member hung
on the place in the object's modifier: `parsed.lists_past_a_modifier` climbs the modifiers to the
object, and "LEFT A TOTAL OF 11 PEOPLE DEAD, INCLUDING SIX SOLDIERS, AND 20 WOUNDED", the second state
taken for the whole list: `grammar._left_list` leaves out a list with a state of its own), leads of the
hurt (HURT_AGAIN, 20: 20), sentences of other shapes (SHAPES, 25: 21, two gaps), French, Spanish and
Russian lines (ABROAD, 30: 30; ABROAD_AGAIN, 30: 28; mended "fallecieron en el hospital dos de los
heridos", the count hung on the place before it: `parsed.counts_hung_on_a_place`), South Asian and
Middle Eastern lines (14 of 20; mended "was shot in the head and pronounced dead", the participle tagged a
past form), accounts in one sentence (ACCOUNTS, 9 of 10), ISAF-style lines (ISAF_LINES, 15: 15), other
categories (OTHER_CATEGORIES: 14 of 18 first; mended "continúan desaparecidas" (es `linking_verbs`) and
"fled the fighting", "ont fui les combats", "бежали от боёв" (the packs' new `flight_causes` and
`flight_marks`, and their cue stems: `grammar._fled`)) and whole reports (REPORTS, 18 of 24 right; mended
"Среди раненых двое детей" without a dash, read as two more hurt: the including preposition parsed as a
clause's mark, `grammar._members_among`). "revised the death toll down to three from five": the
preposition hung on the particle (`parsed.prepositions_on_a_particle`), and English `update_verbs`
"lower", "reduce". Lines written after the mends: AFTER.

Then wire copy with its furniture, roundups of several incidents and reports in French, Spanish and
Russian (REPORTS_AGAIN, 13: 10 first; mended "Two explosions ... injured 13 ... The second ... injured 13
others" (`part_of._told_with_details`; first written for any count equal to the whole beside a detail, it
moved a MUC-4 check row down and was narrowed to counts beside a breakdown of two or more details),
"Seis personas fueron asesinadas en distintos hechos ... En Uruapan ... En Zamora ..." (the packs'
`spread_pattern`: details at other places add up to a whole spread over incidents), "Hours later, in
neighbouring Chihuahua, three people were shot dead" (read as another account of the four: the English
`place_opening_pattern` takes a time before the place)); a state across a border is a place, not a party
(the packs' `border_pattern`: AFTER_BORDERS); earlier episodes and running counts (EPISODES: ", ce qui
porte à 37 le nombre ... depuis le début de l'année" made the day's four a running count: fr
`cumulative_cues`; "ce mois-ci", "este mes" as the English "this month"); lines in four languages
(IN_FOUR_LANGUAGES, 23 of 25); amounts and hedges ("Upwards of 50 people were killed" read one:
`parsed.hedges_read_as_heads`) and leads of the hurt (AMOUNTS_AND_THE_HURT). Round 54's gap "Three civilians
were killed and 12 injured, a doctor said. The army said four soldiers had been wounded" (12, not 16) closed:
civilians and a state's forces are never the same victims, as details (`part_of._civilians_and_forces`, the
packs' new `civilian_groups`) or, for the hurt a state tells of its own forces, as another account (first
written for the dead too: a WAD check row of the dead moved down, 5 -> 9; CIVILIANS_AND_FORCES).
Taken back: reporting participles ("saying", "adding", "précisant", "añadiendo", "добавив" ...) as
reporting verbs: the source window took the last name before them ("... the fighting on the border with
Kyrgyzstan, saying 35 Tajik citizens had been killed": Kyrgyzstan), the demo's toll moved.
"""
from datetime import date

import pytest

from .helpers import category_tests, dated_report_tests, isaf_release_tests, read_in, summary_tests

AGENCY_KINDS = [  # en: 27 of 30 as written before the round
 ('en', 'On 12 March, suspected herders attacked farmers in a village of Benue state, killing 12 and burning several houses.', 0, 0),  # first written 12: dated six months before the report, an earlier episode (the project's convention)
 ('en', 'Two jawans of the Border Security Force were martyred when militants opened fire on their patrol in Kupwara on Tuesday.', 2, 0),
 ('en', 'A mob lynched a man suspected of cattle theft in a village near Alwar on Friday night.', 1, 0),
 ('en', 'Three women were hacked to death by unidentified assailants in their home in Kasai province.', 3, 0),
 ('en', 'An Israeli drone strike on a car near Jenin killed its two occupants, the Palestinian health ministry said.', 2, 0),
 ('en', 'Gunmen on a motorcycle shot dead a community leader outside his home in Cauca department on Saturday.', 1, 0),  # mended: the verb read as the noun of the subject's modifier
 ('en', 'Al-Shabaab fighters beheaded two men they accused of spying for the government in Lower Shabelle.', 2, 0),
 ('en', "Jihadists ambushed a convoy near Djibo, killing eleven soldiers and three volunteers of the army's civilian auxiliaries; six others were wounded.", 14, 6),
 ('en', 'A policeman succumbed to his injuries in hospital on Thursday, two days after a grenade attack on a checkpoint.', 1, 0),
 ('en', 'Five members of one family, including three children, were burned alive when attackers set fire to their hut.', 5, 0),
 ('en', 'Security forces gunned down four suspected insurgents in an encounter in Sukma district, officials said.', 4, 0),
 ('en', 'The bodies of seven miners abducted last week were found dumped on a roadside near the border.', 7, 0),
 ('en', 'A roadside bomb tore through a minibus in Balochistan, killing nine passengers and wounding 14.', 9, 14),
 ('en', 'Clashes between two clans over grazing land left at least 23 people dead and dozens injured.', 23, 61),  # first written with no injured figure: 'dozens' is 24-99 by the contract's table, best 61
 ('en', 'A teacher and her husband were among those killed when gunmen stormed the village on Wednesday night; the death toll stood at 15.', 15, 0),
 ('en', 'At least three protesters died of gunshot wounds after police fired on a crowd in the capital.', 3, 0),
 ('en', 'The army said it had neutralised 17 terrorists during an operation in the north-east.', 17, 0),
 ('en', 'Two peacekeepers lost their lives and four were seriously hurt when their vehicle struck a mine.', 2, 4),
 ('en', 'A suicide bomber blew himself up at a mosque during Friday prayers, killing at least 30 worshippers.', 30, 0),
 ('en', 'Militants raided a police station overnight; one officer was killed and three others sustained injuries.', 1, 3),
 ('en', 'A 15-year-old boy was killed by a stray bullet during a shootout between rival gangs.', 1, 0),
 ('en', 'Unknown assailants killed the village head and abducted his wife in Zamfara state.', 1, 0),
 ('en', 'The strike on a wedding party claimed the lives of at least 21 civilians, most of them women and children.', 21, 0),
 ('en', 'An airstrike hit a school sheltering displaced families, leaving 16 dead and more than 40 injured.', 16, 40),
 ('en', 'Police recovered the bodies of three men bearing signs of torture in a ravine outside the city.', 3, 0),
 ('en', 'Six soldiers and an interpreter perished when their helicopter was shot down.', 7, 0),
 ('en', 'Fighting in the town has killed at least 40 combatants on both sides since Monday, a monitoring group said.', 40, 0),
 ('en', 'A bomb attached to a motorbike exploded in a market, injuring 11 shoppers; no deaths were reported.', 0, 11),
 ('en', 'The rebels executed four captured soldiers and paraded their bodies through the streets.', 4, 0),
 ('en', 'Two children drowned while fleeing the attack across the river.', 2, 0),
]

MUC_LINES = [  # upper-case newswire lines: 12 of 15 as written
 ('en', 'SALVADORAN ARMY TROOPS KILLED 14 FMLN GUERRILLAS IN A CLASH NEAR THE GUAZAPA VOLCANO, THE ARMED FORCES PRESS OFFICE REPORTED TODAY.', 14, 0),
 ('en', 'A CAR BOMB EXPLODED OUTSIDE THE OFFICES OF A NEWSPAPER IN BOGOTA LAST NIGHT, KILLING A SECURITY GUARD AND INJURING SEVEN PASSERSBY.', 1, 7),
 ('en', 'UNIDENTIFIED INDIVIDUALS MACHINEGUNNED THE HOUSE OF A JUDGE IN MEDELLIN; THE JUDGE WAS UNHURT BUT HIS DRIVER WAS KILLED.', 1, 0),
 ('en', 'THE BODIES OF THREE PEASANTS WHO HAD BEEN KIDNAPPED BY HEAVILY ARMED MEN WERE FOUND YESTERDAY IN SAN MIGUEL DEPARTMENT.', 3, 0),
 ('en', 'ACCORDING TO POLICE SOURCES, FIVE TERRORISTS DIED AND TWO POLICEMEN WERE WOUNDED IN THE ATTACK ON THE POST.', 0, 2),  # first written 5 dead: attackers who die in their attack are in the high only (round 8's convention)
 ('en', 'THE GUERRILLAS DYNAMITED TWO ELECTRIC TOWERS, CAUSING A BLACKOUT IN THREE PROVINCES; THERE WERE NO CASUALTIES.', 0, 0),
 ('en', 'A GROUP OF SHINING PATH MEMBERS MURDERED THE MAYOR OF A TOWN IN AYACUCHO AND HIS TWO BODYGUARDS.', 3, 0),  # mended: the list's member hung on the place in the object's modifier
 ('en', 'THE ATTACK LEFT A TOTAL OF 11 PEOPLE DEAD, INCLUDING SIX SOLDIERS, AND 20 WOUNDED.', 11, 20),  # mended: the 11 read hurt (the second state taken for the whole list)
 ('en', 'MILITARY SOURCES SAID THAT SEVERAL REBELS WERE KILLED IN THE FIGHTING, BUT DID NOT GIVE AN EXACT FIGURE.', 3, 0),
 ('en', 'HONDURAN POLICE ARRESTED FOUR STUDENTS ACCUSED OF PLANTING A BOMB AT THE U.S. EMBASSY; NO ONE WAS HURT IN THE BLAST.', 0, 0),
 ('en', 'THE PRIEST WAS SHOT SEVERAL TIMES IN THE HEAD AND DIED INSTANTLY.', 1, 0),
 ('en', 'IN THE FIRST INCIDENT, TWO SOLDIERS WERE KILLED; IN THE SECOND, A CIVILIAN WAS WOUNDED BY A GRENADE.', 2, 1),
 ('en', 'TERRORISTS ATTACKED A BUS CARRYING 40 PASSENGERS ON THE PANAMERICAN HIGHWAY, KILLING ITS DRIVER.', 1, 0),
 ('en', 'THE CHIEF OF THE NATIONAL POLICE WAS SERIOUSLY INJURED WHEN A BOMB WENT OFF UNDER HIS CAR.', 0, 1),
 ('en', 'THE DEATH SQUAD SLAUGHTERED 12 PEASANTS, INCLUDING FOUR WOMEN, IN A HAMLET OF CHALATENANGO.', 12, 0),
]

HURT_AGAIN = [  # paragraph leads of the hurt: 20 of 20 as written
 ('en', 'A bomb hidden in a rubbish bin exploded at a bus stop, killing two people and wounding at least 17 others, several of them critically.', 2, 17),
 ('en', 'Two suicide bombers struck a crowded market in Maiduguri; 14 people were killed, including the bombers, and 30 were hurt.', 14, 30),
 ('en', 'A grenade thrown into a bar injured 23 patrons and killed the owner.', 1, 23),
 ('en', 'Gunmen opened fire on worshippers leaving a church, killing five and leaving 12 with gunshot wounds.', 5, 12),
 ('en', 'A car bomb targeting a military convoy killed four soldiers; nine civilians in nearby shops were injured by flying glass.', 4, 9),
 ('en', 'The explosion injured 41 people, 6 of them seriously, but caused no deaths.', 0, 41),
 ('en', 'At least 60 people were treated in hospital after a tear gas canister was fired into the stadium; no one died.', 0, 60),
 ('en', 'A knife attack at a train station left three people injured before the assailant was overpowered by passengers.', 0, 3),
 ('en', 'A rocket landed in a residential neighbourhood, wounding a woman and her two daughters.', 0, 3),
 ('en', 'Thirty-two people were hospitalised following the blast, which also killed a 9-year-old boy.', 1, 32),
 ('en', 'A bomb exploded on a crowded commuter train, killing 8 and injuring more than 70.', 8, 70),
 ('en', 'Four policemen sustained serious injuries when their patrol car was hit by an improvised explosive device.', 0, 4),
 ('en', 'The attack on the mosque left 27 worshippers dead and 58 wounded, according to local officials.', 27, 58),
 ('en', 'Three people were killed and dozens more were hurt when a gas cylinder bomb exploded in a crowded bazaar.', 3, 61),
 ('en', 'An explosion at a rally killed the candidate and injured at least 25 of his supporters.', 1, 25),
 ('en', 'A man armed with a machete attacked pupils at a primary school, injuring eight children and a teacher.', 0, 9),
 ('en', 'Two bombs went off minutes apart; the first killed three people and the second wounded eleven.', 3, 11),
 ('en', 'Among the 19 injured were four children and an elderly woman, hospital officials said.', 0, 19),
 ('en', 'A suicide car bomber rammed into the gate of the base, killing himself and wounding 6 soldiers.', 0, 6),
 ('en', 'The shooting at the nightclub killed 49 people and wounded 53 others.', 49, 53),
]

SHAPES = [  # sentences of other shapes: 21 of 25 as written
 ('en', 'A total of seven people lost their lives in the two attacks.', 7, 0),
 ('en', 'No fewer than 30 villagers were slaughtered by the militia.', 30, 0),
 ('en', 'The blast caused 14 fatalities, according to the provincial health office.', 14, 0),
 ('en', 'One fatality and three injuries were reported after the grenade attack.', 1, 3),
 ('en', 'A family of five was wiped out when a shell struck their home.', 5, 0),
 ('en', 'Two policemen were guarding the checkpoint; both were killed in the blast.', 2, 0),
 ('en', 'Gunmen killed a couple and their three children in their farmhouse.', 5, 0),
 ('en', 'As many as 40 people may have died in the massacre, a rights group said.', 0, 0),  # first written 40: a modal's figure is not told as a fact (the project's convention)
 ('en', 'Between 10 and 15 people were killed in the clashes, witnesses said.', 12, 0),
 ('en', 'The two raids killed 3 and 4 people respectively.', 7, 0),
 ('en', 'Eight people are confirmed dead after the attack on the hotel.', 8, 0),
 ('en', "The militia's raid on the camp claimed three lives.", 3, 0),
 ('en', 'The explosion killed all four occupants of the vehicle.', 4, 0),
 ('en', 'Of the 15 wounded, three are in critical condition.', 0, 15),
 ('en', 'An Afghan soldier turned his weapon on his comrades, killing two of them before he was shot dead.', 2, 0),  # first written 3: the attacker shot dead is in the high only
 ('en', 'The gunmen, who killed six people, were later arrested.', 6, 0),
 ('en', 'Six bodies, some of them mutilated, were found in a mass grave on the outskirts of the town.', 6, 0),
 ('en', 'The attackers spared no one: a guard, a cook and two visitors were killed.', 4, 0),
 ('en', 'A soldier died and another was wounded when insurgents fired on an outpost.', 1, 1),
 ('en', 'Nine worshippers were killed and a dozen injured as gunmen stormed a church during Sunday mass.', 9, 12),
 ('en', "Police said the death toll from Saturday's bombing had risen to 23, from 18 earlier.", 23, 0),
 ('en', 'The attack killed the district police chief, his deputy and at least five guards.', 7, 0),
 ('en', 'A drone strike on a house killed a local commander of the group along with two of his aides.', 3, 0),
]

ABROAD = [  # fr, es, ru: 30 of 30 as written
 ('fr', "Au moins douze civils ont péri dans l'attaque d'un village du centre du Mali, selon des sources locales.", 12, 0),
 ('fr', "Deux gendarmes ont trouvé la mort et trois autres ont été blessés dans l'explosion d'un engin artisanal.", 2, 3),
 ('fr', "L'attaque, attribuée à des jihadistes, a fait une vingtaine de morts parmi les civils.", 20, 0),
 ('fr', "Des hommes armés ont abattu le chef du village et son fils avant de s'enfuir.", 2, 0),
 ('fr', "Le bilan s'est alourdi à 31 morts, a annoncé le ministère de la Santé.", 31, 0),
 ('fr', "Sept soldats ont été tués et une dizaine d'autres blessés lors d'une embuscade près de la frontière.", 7, 10),
 ('fr', "Un enseignant a succombé à ses blessures à l'hôpital de Bunia.", 1, 0),
 ('fr', 'Les assaillants ont incendié des cases et tué quatre personnes, dont deux enfants.', 4, 0),
 ('fr', "Une frappe de drone a coûté la vie à cinq membres d'une même famille.", 5, 0),
 ('fr', "Un policier a été grièvement blessé par balle lors d'une manifestation à Conakry.", 0, 1),
 ('es', 'Al menos nueve personas murieron en un ataque armado contra un bar en el estado de Zacatecas.', 9, 0),
 ('es', 'Un soldado resultó muerto y otros cuatro heridos en un enfrentamiento con disidentes de las FARC.', 1, 4),
 ('es', 'Sicarios asesinaron a tres hermanos en una vereda del municipio de Tumaco.', 3, 0),
 ('es', 'La explosión dejó un saldo de dos policías fallecidos y siete heridos.', 2, 7),
 ('es', 'Un líder social fue hallado sin vida con impactos de bala en zona rural de Cauca.', 1, 0),
 ('es', 'Hombres armados irrumpieron en una fiesta y mataron a seis jóvenes.', 6, 0),
 ('es', 'Dos militares perdieron la vida tras pisar una mina antipersonal.', 2, 0),
 ('es', 'La masacre, la número 60 de este año, dejó cinco víctimas mortales.', 5, 0),
 ('es', 'Tres agentes resultaron lesionados durante los disturbios.', 0, 3),
 ('es', 'El ataque con explosivos contra la estación de policía causó la muerte de un agente y heridas a otros dos.', 1, 2),
 ('ru', 'В результате обстрела погибли три мирных жителя, ещё пятеро получили ранения.', 3, 5),
 ('ru', 'Боевики убили двух полицейских и ранили одного на блокпосту.', 2, 1),
 ('ru', 'При взрыве автомобиля погиб один человек, сообщили в МВД.', 1, 0),
 ('ru', 'Жертвами нападения стали семь человек, в том числе двое детей.', 7, 0),
 ('ru', 'Трое военнослужащих получили ранения в результате подрыва на мине.', 0, 3),
 ('ru', 'Тело мужчины с огнестрельными ранениями обнаружили в лесу.', 1, 0),
 ('ru', 'Число погибших возросло до 14 человек.', 14, 0),
 ('ru', 'В ходе столкновений были убиты 12 боевиков и двое военных.', 14, 0),
 ('ru', 'Пятеро пострадавших госпитализированы, один из них в тяжёлом состоянии.', 0, 5),
 ('ru', 'Нападавший застрелил охранника и ранил троих посетителей.', 1, 3),
]

ABROAD_AGAIN = [  # fr, es, ru of other shapes: 28 of 30 as written
 ('fr', "On déplore trois morts et une dizaine de blessés après l'explosion.", 3, 10),
 ('fr', 'Le dernier bilan fait état de quatre morts et de deux blessés graves.', 4, 2),
 ('fr', "Deux militaires ont été tués par balles alors qu'ils patrouillaient.", 2, 0),
 ('fr', "Cinq personnes ont perdu la vie dans l'incendie de leur maison, allumé par les assaillants.", 5, 0),
 ('fr', 'Trois corps sans vie ont été découverts au bord de la route.', 3, 0),
 ('fr', "L'explosion a blessé légèrement quatre passants.", 0, 4),
 ('fr', "Un casque bleu a été tué et deux autres blessés lors d'une attaque contre leur base.", 1, 2),
 ('fr', 'Le ministère a fait état de 18 terroristes neutralisés.', 18, 0),
 ('fr', 'Une fillette de dix ans figure parmi les morts.', 1, 0),
 ('es', 'Se registraron tres muertos y cinco heridos tras la balacera.', 3, 5),
 ('es', 'Dos presuntos delincuentes fueron ultimados por la policía.', 2, 0),
 ('es', 'Cuatro guerrilleros cayeron abatidos en combates con el Ejército.', 4, 0),
 ('es', 'Seis personas resultaron con heridas de bala.', 0, 6),
 ('es', 'Un menor de 12 años perdió la vida por una bala perdida.', 1, 0),
 ('es', 'La Policía reportó el hallazgo de los cuerpos de dos jóvenes con signos de tortura.', 2, 0),
 ('es', 'Los atacantes ejecutaron a un comerciante frente a su familia.', 1, 0),
 ('es', 'Tras el ataque, fallecieron en el hospital dos de los heridos.', 2, 0),  # mended: the count hung on the place before it
 ('es', 'El atentado cobró la vida de once personas.', 11, 0),
 ('es', 'En el hecho también resultó herida una mujer que pasaba por el lugar.', 0, 1),
 ('ru', 'Погибшими оказались двое сотрудников полиции.', 2, 0),
 ('ru', 'Ещё один человек скончался в больнице.', 1, 0),
 ('ru', 'В ходе операции были ликвидированы пятеро боевиков.', 5, 0),
 ('ru', 'Четыре человека получили ранения различной степени тяжести.', 0, 4),
 ('ru', 'От полученных ранений умер один из пострадавших.', 1, 0),
 ('ru', 'Погибли не менее десяти человек, ранены около тридцати.', 10, 30),
 ('ru', 'В результате атаки беспилотника пострадали двое мирных жителей.', 0, 2),
 ('ru', 'Под завалами обнаружены тела трёх человек.', 3, 0),
 ('ru', 'Среди погибших — глава сельской администрации.', 1, 0),
 ('ru', 'Шесть человек были доставлены в больницу с ранениями.', 0, 6),
]

SOUTH_ASIA_AND_MIDDLE_EAST = [  # 14 of 20 as written
 ('en', 'The deceased have been identified as Ramesh Kumar, 34, and his nephew Sunil, 19.', 0, 0),  # first written 2: a definite group is told before (in a report it is the count before it)
 ('en', 'Those killed in the attack included a local councillor and two of his bodyguards.', 3, 0),
 ('en', 'The injured, who included four women, were shifted to the district hospital.', 0, 0),  # first written 4 hurt: a definite group, told before
 ('en', 'Eleven others sustained minor injuries and were discharged after first aid.', 0, 11),
 ('en', 'The slain officer was identified as Sub-Inspector Abdul Rashid.', 0, 0),  # first written 1: a definite victim, told before
 ('en', 'Killed in the encounter were two hardcore cadres of the banned outfit.', 2, 0),
 ('en', 'A total of 17 persons, including five women and three children, received bullet injuries.', 0, 17),
 ('en', 'The Maoists blew up a police vehicle with a landmine, killing all seven jawans on board.', 7, 0),
 ('en', 'Two persons died on the spot while three others succumbed on the way to hospital.', 5, 0),
 ('en', 'The firing left one dead and several injured, officials said.', 1, 3),
 ('en', 'Sources said the toll could be higher, as at least 10 people were unaccounted for.', 0, 0),
 ('en', 'Three Israeli soldiers were lightly wounded by shrapnel when a mortar shell landed near their position.', 0, 3),
 ('en', 'The Palestinian was shot in the head and pronounced dead at the scene.', 1, 0),  # mended: 'pronounced' tagged a past form, its subject taken from the passive before
 ('en', 'Four Houthi fighters and two pro-government troops were killed in overnight clashes.', 6, 0),
 ('en', 'An Iraqi policeman was killed and his colleague injured when a sticky bomb attached to their car went off.', 1, 1),
 ('en', 'A gunman opened fire at a checkpoint, killing a border police officer before he was shot and killed by other officers.', 1, 0),  # first written 2: the gunman shot by officers is in the high only
 ('en', 'Houthi shelling killed a child and wounded his mother and sister in Taiz.', 1, 2),
 ('en', 'A Syrian army soldier was killed by sniper fire in the Idlib countryside.', 1, 0),
 ('en', 'Kurdish officials said two fighters had been killed and seven wounded in a Turkish drone strike.', 2, 7),
]

ACCOUNTS = [  # accounts and incidents in one sentence: 9 of 10 as written
 ('en', 'In a separate incident in the same province, a policeman was shot dead at his home, police said.', 1, 0),
 ('en', 'Police said four people were killed, while residents put the toll at seven.', 7, 0),
 ('en', 'The army said 12 militants were killed in the operation; the group denied suffering any losses.', 12, 0),
 ('en', 'Local officials said nine people were killed, but a hospital source said the toll was 11.', 11, 0),
 ('en', 'Five soldiers were killed and four others injured in one attack, while two civilians died in a second blast nearby.', 7, 4),
 ('en', 'A bomb killed two people in the north, and gunmen killed three in the south.', 5, 0),
 ('en', 'Two people were killed on Monday and another three on Tuesday in renewed clashes.', 5, 0),
 ('en', 'The attack killed four soldiers, the army said, adding that 10 assailants were also killed.', 14, 0),
 ('en', 'At least 8 people, five of them children, were killed and 15 others wounded when a rocket hit a school.', 8, 15),
]

AFTER_BORDERS = [  # written after the mends: a border's other state; the readings a first form of the round's mends moved
 ('fr', 'Trois soldats nigériens ont été tués et deux blessés près de la frontière avec le Mali. Quatre civils ont été blessés dans un autre village.', 3, 6),  # mended: 'near the border with Mali' named a second state, the hurt read as both sides' total (the packs' border_pattern)
 ('en', 'Three Nigerien soldiers were killed and two wounded near the border with Mali. Four civilians were wounded in another village.', 3, 6),
 ('es', 'Tres soldados colombianos murieron y dos resultaron heridos cerca de la frontera con Venezuela. Cuatro civiles resultaron heridos en otra vereda.', 3, 6),  # mended: 'near the border with Mali' named a second state, the hurt read as both sides' total (the packs' border_pattern)
 ('fr', "Trois soldats nigériens ont été tués et deux blessés lors d'une attaque contre leur poste près de la frontière avec le Mali. Une dizaine de terroristes ont été neutralisés lors de la riposte.", 13, 2),
 ('en', 'Three Nigerien soldiers were killed and two wounded in an attack on their post near the border with Mali. About ten attackers were killed in the response.', 13, 2),
 ('es', 'Tres soldados colombianos murieron y dos resultaron heridos en un ataque cerca de la frontera con Venezuela. Diez guerrilleros fueron abatidos en la respuesta.', 13, 2),
 ('en', 'The explosion left three children dead and their mother seriously injured.', 3, 1),  # kept: an older table's line a first form of this round's mends moved
 ('fr', 'Parmi les 23 blessés figurent cinq policiers.', 0, 23),  # kept: an older table's line a first form of this round's mends moved
 ('es', 'Entre los 23 heridos hay cinco policías.', 0, 23),  # kept: an older table's line a first form of this round's mends moved
 ('ru', 'Среди 23 раненых — пятеро полицейских.', 0, 23),  # kept: an older table's line a first form of this round's mends moved
 ('es', 'Cinco niños figuran entre los once civiles muertos en el bombardeo.', 11, 0),  # kept: an older table's line a first form of this round's mends moved
 ('es', 'Dos menores de edad figuran entre los nueve fallecidos.', 9, 0),  # kept: an older table's line a first form of this round's mends moved
 ('en', 'The explosion ripped through the bus station, leaving a guard dead and nine travellers hurt.', 1, 9),  # kept: an older table's line a first form of this round's mends moved
]

EPISODES = [  # earlier episodes and running counts after a day's figure: 8 of 11 first written, then the family's other forms
 ('en', 'Gunmen killed four villagers on Saturday. In a similar attack in March, 23 people were killed in the same district.', 4, 0),
 ('en', 'Two soldiers died in the ambush on Sunday. The same unit lost nine men in an attack last year.', 2, 0),
 ('en', 'Police said three protesters were shot dead on Friday, bringing to 41 the number killed since the protests began in June.', 3, 0),
 ('en', "Five people were killed in Saturday's blast. It was the second attack on the market this month; a bomb there killed 12 on 3 September.", 17, 0),  # first written 5: the earlier bomb, dated two weeks before, is within the episode (the project dates an earlier episode from two months); distinct incidents add
 ('en', 'The clashes on Wednesday killed six people. In 2019, fighting in the same valley left more than 200 dead.', 6, 0),
 ('en', 'A mine killed a shepherd on Tuesday, the third such death since January.', 1, 0),
 ('fr', 'Deux civils ont été tués samedi. En mars, une attaque similaire avait fait 23 morts dans la même commune.', 2, 0),
 ('es', 'Tres policías murieron el domingo. En enero, otro ataque en la zona dejó nueve uniformados muertos.', 3, 0),
 ('ru', 'В воскресенье погибли двое военных. В прошлом году в этом районе погибли 15 человек.', 2, 0),
 ('fr', "Quatre personnes ont été tuées mardi, ce qui porte à 37 le nombre de civils tués depuis le début de l'année.", 4, 0),  # mended: ', ce qui porte à 37 ... depuis le début de l'année' made the day's four a running count (fr cumulative_cues)
 ('fr', 'Deux soldats ont été tués dimanche, portant à 19 le nombre de militaires tués ce mois-ci.', 2, 0),  # mended: a count 'this month' is a period's (fr, es, ru, uk earlier_episode, as the English 'this month')
 ('fr', "Trois civils ont péri dans l'attaque, ce qui porte le bilan de la semaine à onze morts.", 11, 0),  # first written 3: a week's count is the episode's (period_nouns: month and year), the update replaces
 ('fr', "Le bilan de l'attaque s'est alourdi à 12 morts, ce qui porte à 40 le nombre de victimes depuis janvier.", 12, 0),
 ('en', 'Two soldiers were killed on Sunday, bringing to 19 the number of troops killed this month.', 2, 0),
 ('en', "Three civilians died in the attack, bringing the week's toll to eleven.", 11, 0),  # first written 3: a week's count is the episode's (period_nouns: month and year), the update replaces
 ('es', 'Dos soldados murieron el domingo, con lo que suman 19 los militares muertos este mes.', 2, 0),  # mended: a count 'this month' is a period's (fr, es, ru, uk earlier_episode, as the English 'this month')
]

IN_FOUR_LANGUAGES = [  # ru, uk, es, fr lines of other shapes: 23 of 25 as written
 ('ru', 'В результате теракта погибли 15 человек, более 40 ранены, сообщил губернатор.', 15, 40),
 ('ru', 'Жертвами обстрела стали мужчина и женщина, ещё трое ранены.', 2, 3),
 ('ru', 'Боевики расстреляли семью из пяти человек.', 5, 0),
 ('ru', 'Двое сотрудников полиции погибли, один ранен при нападении на пост ДПС.', 2, 1),
 ('ru', 'По уточнённым данным, погибших девять, раненых — 21.', 9, 21),
 ('ru', 'Ранения получили 12 человек, из них трое — дети.', 0, 12),
 ('ru', 'В больнице скончалась одна из пострадавших.', 1, 0),
 ('ru', 'Под обломками здания погибли шесть человек, в том числе ребёнок.', 6, 0),
 ('ru', 'Силовики ликвидировали двух боевиков, ещё одного задержали.', 2, 0),
 ('ru', 'Число раненых возросло до 35.', 0, 35),
 ('uk', 'Унаслідок удару загинули троє людей, ще 14 поранені.', 3, 14),
 ('uk', 'Окупанти обстріляли село, загинув 62-річний чоловік.', 1, 0),
 ('uk', 'Поранення дістали четверо цивільних, серед них дитина.', 0, 4),
 ('uk', 'Кількість загиблих зросла до 23 осіб.', 23, 0),
 ('uk', 'Під завалами знайшли тіла двох жінок.', 2, 0),
 ('es', 'Un hombre murió y su hijo resultó herido luego de que sujetos armados dispararan contra su vehículo.', 1, 1),
 ('es', 'Fueron asesinados a tiros dos hermanos, de 19 y 23 años.', 2, 0),
 ('es', 'El ataque dejó como saldo tres militares muertos.', 3, 0),
 ('es', 'En el ataque perdieron la vida el conductor y un acompañante.', 2, 0),
 ('fr', 'Bilan : quatre morts et sept blessés.', 4, 7),
 ('fr', 'Un gendarme a été tué, un autre grièvement blessé.', 1, 1),
 ('fr', 'Les corps de trois hommes ont été retrouvés criblés de balles.', 3, 0),
 ('fr', "Le conducteur et deux passagers ont péri dans l'explosion.", 3, 0),
]

AMOUNTS_AND_THE_HURT = [  # amounts (12: 9 as written, one by the table) and their hedges; leads of the hurt (12: 10)
 ('en', 'Half a dozen soldiers were killed in the ambush.', 6, 0),
 ('en', 'Two dozen villagers were massacred overnight.', 24, 0),
 ('en', 'A handful of civilians were wounded by shrapnel.', 0, 3),
 ('en', 'Nearly 200 people were injured in the stampede that followed the blast.', 0, 199),  # first written 180 (the low): 'nearly 200' is 180-199, its best the high (the contract's table as the project reads it)
 ('en', 'More than a hundred people were killed in the assault on the town.', 100, 0),
 ('en', 'Some 300 protesters were arrested after the clashes.', 0, 0),
 ('en', 'At least a dozen people died and scores were injured.', 12, 69),
 ('en', 'The bombing killed twenty-odd people.', 20, 0),
 ('en', 'Upwards of 50 people were killed, according to witnesses.', 50, 0),  # mended: the hedge's first word parsed as the subject (parsed.hedges_read_as_heads)
 ('en', 'Between 30 and 40 people were wounded.', 0, 35),
 ('en', 'Around a dozen soldiers were killed.', 12, 0),
 ('en', 'In excess of 50 people were killed, according to witnesses.', 50, 0),
 ('en', 'A minimum of 50 people were killed, according to witnesses.', 50, 0),  # mended: the hedge's first word parsed as the subject (parsed.hedges_read_as_heads)
 ('en', 'Close to 50 people were killed, according to witnesses.', 49, 0),  # first written 45 (the low): as 'nearly'
 ('en', 'Upwards of 50 people were killed.', 50, 0),  # mended: the hedge's first word parsed as the subject (parsed.hedges_read_as_heads)
 ('en', 'The attack killed upwards of 50 people.', 50, 0),
 ('en', 'Police said upwards of 30 people had been injured.', 0, 30),
 ('en', 'Two guards escaped with minor injuries when the grenade exploded.', 0, 2),
 ('en', 'The minister was unhurt, but three of his bodyguards were wounded.', 0, 3),
 ('en', 'Seven people suffered burns when the fuel truck was set alight.', 0, 7),
 ('en', 'Eleven people were treated for smoke inhalation after the arson attack.', 0, 11),
 ('en', 'The driver narrowly escaped death; his two passengers were seriously hurt.', 0, 2),
 ('en', 'At least 15 people were left injured after the explosion.', 0, 15),
 ('en', 'The mayor survived the attack with gunshot wounds to his legs.', 0, 1),
 ('en', 'Four soldiers were evacuated with injuries after their convoy was hit.', 0, 4),
 ('en', 'Nine people received hospital treatment after the stabbing spree.', 0, 9),
 ('en', 'Rescuers pulled two injured children from the rubble.', 0, 2),
]

CIVILIANS_AND_FORCES = [  # civilians and a state's forces are never the same victims (part_of._civilians_and_forces; the
    # packs' new civilian_groups): written with the mend, from round 54's gap
 ('en', 'Three civilians were killed and 12 injured in the shelling, local officials said. The army said four soldiers had been wounded.', 3, 16),  # mended
 ('en', 'Twelve civilians were wounded in the shelling. The army said four soldiers had also been wounded.', 0, 16),
 ('en', 'Twelve civilians were wounded in the shelling, officials said. The army said four soldiers had been wounded.', 0, 16),  # mended
 ('en', 'Twelve people were wounded in the shelling, officials said. The army said four soldiers had been wounded.', 0, 12),
 ('fr', "Douze civils ont été blessés dans le bombardement, selon les autorités locales. L'armée a fait état de quatre soldats blessés.", 0, 16),  # mended
 ('es', 'Doce civiles resultaron heridos en el bombardeo, según las autoridades. El Ejército informó de cuatro soldados heridos.', 0, 16),  # mended
 ('ru', 'Двенадцать мирных жителей получили ранения при обстреле, сообщили местные власти. В армии сообщили о четырёх раненых военнослужащих.', 0, 16),  # mended
 ('en', 'Five villagers were killed in the raid, residents said. Police said two officers also died.', 7, 0),
 ('en', 'Seven people died in the attack, police said. The dead included two soldiers.', 7, 0),
]

EVENT_NOTES = [  # notes in the manner of a conflict-event database, with its furniture ('1 fatality.', 'Fatalities
    # unknown.', '[size=no report]'): 12 of 12 as written
 ('en', 'On 3 September 2022, unidentified gunmen shot and killed a civilian man in Kidal town (Kidal). 1 fatality.', 1, 0),
 ('en', 'On 4 September 2022, JNIM militants ambushed a FAMa patrol near Boni (Douentza, Mopti), resulting in 6 fatalities among soldiers.', 6, 0),
 ('en', 'On 5 September 2022, Al Shabaab militants attacked a SNA base in Bulo Burte (Hiraan). Fatalities unknown.', 0, 0),
 ('en', 'On 6 September 2022, an IED planted by suspected ISWAP militants exploded near Konduga (Borno), killing 2 CJTF members and injuring 3 others.', 2, 3),
 ('en', 'On 7 September 2022, Fulani ethnic militia raided the village of Kwall (Bassa, Plateau) and killed 12 villagers. Coded as 12 fatalities.', 12, 0),
 ('en', 'On 8 September 2022, Taliban forces clashed with NRF fighters in Panjshir. 5 NRF fighters were reportedly killed. Fatalities coded as 5.', 5, 0),
 ('en', 'On 9 September 2022, police fired live ammunition at protesters in Khartoum, killing 1 protester and injuring dozens.', 1, 61),
 ('en', 'On 10 September 2022, suspected ADF rebels killed at least 9 civilians with machetes in Mamove (Beni, Nord-Kivu). The village was also looted.', 9, 0),
 ('en', 'On 11 September 2022, the Myanmar military conducted an airstrike on a school in Let Yet Kone village (Tabayin, Sagaing), killing 11 people, including 7 children.', 11, 0),
 ('en', 'On 12 September 2022, a drone strike by Turkish forces hit a vehicle near Qamishli (Hasakeh), killing 3 SDF members. Casualties: 3 killed.', 3, 0),
 ('en', 'On 13 September 2022, gunmen abducted and later killed a local chief in Ntui (Mbam-et-Kim, Centre). His body was found the next day.', 1, 0),
 ('en', 'On 14 September 2022, armed clashes between two communities in Kadugli (South Kordofan) left 4 people dead and 8 injured. [size=no report]', 4, 8),
]

COLOMBIAN_PRESS = [  # Spanish lines of the regional press: 12 of 12 as written
 ('es', 'Un nuevo hecho violento se registró en zona rural de Tumaco, donde fueron asesinadas tres personas.', 3, 0),
 ('es', 'El joven, de 22 años, recibió varios impactos de arma de fuego y murió en el lugar.', 1, 0),
 ('es', 'La víctima fue identificada como Jhon Jairo Pérez, quien se desempeñaba como conductor.', 0, 0),
 ('es', 'Según el reporte de la Policía, los hombres fueron interceptados por sujetos armados que les dispararon en repetidas ocasiones.', 0, 0),
 ('es', 'En el ataque también resultó herido un menor de edad, que fue trasladado al hospital San Andrés.', 0, 1),
 ('es', 'Con este hecho, ya son cinco las masacres registradas en el departamento en lo que va del año.', 0, 0),
 ('es', 'Los cuerpos sin vida de dos hombres fueron encontrados a orillas del río Cauca.', 2, 0),
 ('es', 'Dos militares muertos y tres heridos dejó un ataque con drones explosivos contra una base en el Catatumbo.', 2, 3),
 ('es', 'Un policía perdió la vida y otro quedó gravemente herido tras ser atacados por integrantes del Clan del Golfo.', 1, 1),
 ('es', 'La comunidad denunció el asesinato de un líder indígena en el resguardo.', 1, 0),
 ('es', 'Hombres armados asesinaron a un firmante de paz en el municipio de Ituango.', 1, 0),
 ('es', 'El ataque dejó como resultado la muerte de un soldado profesional y dos más heridos.', 1, 2),
]

GAPS = [
 ('en', 'The dead numbered 14, among them six children.', 14, 0),  # 'numbered' tagged an adjective
 ('en', 'There were no survivors among the 12 people on board the helicopter shot down by rebels.', 12, 0),  # no survivors among a count: a gap
 ('fr', 'Parmi les victimes figurent un prêtre et deux religieuses, tous tués par balles.', 3, 0),  # members of 'victimes' (dead or hurt) whose state comes after
 ('en', 'Unknown assailants threw acid on two women in a market.', 0, 2),  # no verb of harm: a gap
 ('en', 'Rebels said they had killed 30 soldiers, a claim the army denied, saying only three troops died.', 3, 0),  # an armed group's claim and the army's count of other words (soldiers, troops) add; the army's source after 'denied ..., saying' not found
]

AFTER = [  # written after the mends, each family's other forms
 ('en', 'The attack left a total of 11 people dead, including six soldiers, and 20 wounded.', 11, 20),  # mended
 ('en', 'The attack left a total of 11 people dead and 20 wounded.', 11, 20),
 ('en', 'The attack left 11 people dead, including six soldiers, and 20 wounded.', 11, 20),  # mended
 ('en', 'The attack left a total of 11 people dead.', 11, 0),
 ('en', 'Rebels killed the mayor of a town in Ayacucho and his two bodyguards.', 3, 0),  # mended
 ('en', 'Rebels killed the mayor of the town and his two bodyguards.', 3, 0),
 ('en', 'Rebels killed the governor of Kandahar province and his driver.', 2, 0),
 ('en', 'Three civilians were killed and eight wounded in the shelling. Among the wounded are two children.', 3, 8),
 ('ru', 'Три мирных жителя погибли и восемь получили ранения в результате обстрела. Среди раненых двое детей.', 3, 8),  # mended: the preposition parsed as the clause's mark
 ('ru', 'Три мирных жителя погибли и восемь получили ранения в результате обстрела. Среди раненых — двое детей.', 3, 8),
 ('ru', 'Три мирных жителя погибли и восемь человек получили ранения в результате обстрела. Среди раненых двое детей.', 3, 8),  # mended: the preposition parsed as the clause's mark
 ('ru', 'Три мирных жителя погибли, восемь ранены. Среди раненых двое детей.', 3, 8),  # mended: the preposition parsed as the clause's mark
 ('uk', 'Троє мирних жителів загинули, ще восьмеро отримали поранення. Серед поранених двоє дітей.', 3, 8),
 ('ru', 'Пять человек погибли при обстреле. Среди погибших трое детей.', 5, 0),
 ('ru', 'Пять человек погибли при обстреле, среди погибших трое детей.', 5, 0),  # mended: the participle of the group read as a death of its own
 ('fr', 'Cinq civils ont été tués et huit blessés dans le bombardement. Parmi les blessés, deux enfants.', 5, 8),
 ('fr', 'Cinq civils ont été tués dans le bombardement, dont trois enfants.', 5, 0),
 ('es', 'Cinco civiles murieron y ocho resultaron heridos en el ataque. Entre los heridos hay dos menores.', 5, 8),
 ('es', 'Cinco civiles murieron en el ataque. Entre las víctimas hay tres niños.', 5, 0),
 ('uk', "П'ятеро людей загинули внаслідок обстрілу. Серед загиблих троє дітей.", 5, 0),
 ('es', 'Tras el ataque, fallecieron en el hospital dos de los heridos.', 2, 0),  # mended
 ('fr', "Deux des blessés sont morts à l'hôpital.", 2, 0),
 ('es', 'Murieron en el lugar tres de los ocupantes del vehículo.', 3, 0),
 ('en', 'The ministry initially reported five deaths but later revised the toll down to three.', 3, 0),  # mended: the preposition hung on the particle
 ('en', 'The ministry later revised the death toll down to three from five.', 3, 0),  # mended
 ('en', 'The death toll was revised down to three from five.', 3, 0),
 ('en', 'The Palestinian was shot in the head and pronounced dead at the scene.', 1, 0),  # mended
 ('en', 'The boy was pronounced dead on arrival at the hospital.', 1, 0),
 ('en', 'Two of the victims were declared dead at the scene.', 2, 0),
 ('en', 'He was rushed to hospital, where he was pronounced dead.', 1, 0),
 ('en', 'Three men were confirmed dead after the blast.', 3, 0),
]

GAPS2 = [
 ('en', 'A score of fighters were killed in the clashes.', 20, 0),  # 'a score of' (20) is not in the vague table
 ('en', 'A passer-by was grazed by a bullet.', 0, 1),  # 'graze' is no verb of harm (and 'grazing his flock' must stay none)
 ('en', 'Several people were trampled in the panic that followed, officials said.', 0, 3),  # 'trampled' alone: hurt or dead not told
 ('es', 'Las autoridades reportaron la muerte de un menor y lesiones a otros cuatro.', 1, 4),  # 'lesiones a otros cuatro' hung on 'muerte': a gap
 ('fr', "L'attaque a fait au moins six victimes, toutes des civils tués par balles.", 6, 0),  # 'victimes' told dead by 'toutes des civils tués' after it: a gap
 ('es', 'Con este crimen ya son 48 los líderes sociales asesinados en lo que va del año; el último fue un campesino asesinado el sábado.', 1, 0),  # 'el último fue un campesino asesinado': the last of a running count, a gap
 ('fr', "Sont morts à l'hôpital deux des blessés.", 2, 0),  # the verb first, its count last: a gap
 ('en', 'The ministry initially reported five deaths but later revised the figure down to three.', 3, 0),  # 'the figure' names no category in English (bare toll nouns are not read)
 ('en', 'Officials lowered the death toll to three, saying two of the five reported dead had survived.', 3, 0),  # 'the five reported dead' read as a count of its own
]

ISAF_LINES = [  # (published, title, text, killed low, detained low): 15 of 15 as written
 ('2011-06-10', None, 'KABUL, Afghanistan (June 9) - An Afghan and coalition security force detained a Taliban leader and two of his associates during an operation in Nad-e Ali district, Helmand province, yesterday.', 0, 3),
 ('2011-06-10', None, 'The security force also detained several suspected insurgents after questioning residents at the scene.', 0, 3),
 ('2011-06-10', None, 'During the operation the force killed two armed insurgents who engaged them with small-arms fire.', 2, 0),
 ('2011-06-10', None, 'The joint force arrested a Haqqani network facilitator responsible for moving weapons into Khost, along with one other suspect.', 0, 2),
 ('2011-06-10', None, 'Afghan National Police, supported by coalition forces, took into custody four suspected insurgents in Zhari district.', 0, 4),
 ('2011-06-10', None, 'An insurgent was killed and another wounded when the security force returned fire; a third was detained.', 1, 1),
 ('2011-06-10', None, 'Initial reports indicate the force detained a number of suspected insurgents, who are being questioned.', 0, 3),
 ('2011-06-10', None, 'The security force detained the targeted individual without incident; no shots were fired and no civilians were harmed.', 0, 1),
 ('2011-06-10', None, 'Forces captured a senior IED facilitator and three other suspects, and seized 200 pounds of homemade explosives.', 0, 4),
 ('2011-06-10', None, 'The force detained one suspected insurgent and released four others after questioning.', 0, 1),
 ('2011-06-10', None, 'Coalition forces killed a Taliban commander and an unknown number of insurgents in a precision air strike in Kunar province.', 1, 0),
 ('2011-06-10', None, 'A combined force apprehended two individuals suspected of planting roadside bombs.', 0, 2),
 ('2011-06-10', None, 'Afghan and coalition forces detained more than a dozen suspects in a series of raids across three provinces.', 0, 12),
 ('2011-06-10', None, 'The targeted leader, along with two of his fighters, was detained after a brief search of the compound.', 0, 3),
 ('2011-06-10', None, 'Two suspected insurgents were detained; a woman and two children were protected throughout the search.', 0, 2),
]

REPORTS = [  # (language, published, title, text, killed, injured): 18 of 24 as written before the round
 ('en', '1989-11-02', 'ARMY REPORTS CLASHES',
  'SAN SALVADOR, 1 NOV 89 -- [REPORT] [ARMED FORCES PRESS COMMITTEE] [TEXT] THE ARMED FORCES TODAY REPORTED THAT TROOPS OF THE ATLACATL BATTALION CLASHED WITH REBELS IN THE NORTH OF THE COUNTRY. THE COMMUNIQUE SAID THE TERRORISTS SUFFERED AN UNDETERMINED NUMBER OF CASUALTIES. NO FURTHER DETAILS WERE GIVEN.', 0, 0),
 ('en', '1991-05-20', 'BOMB AT BANK',
  'LIMA, 19 MAY 91 -- [TEXT] TWO PEOPLE WERE KILLED AND FOUR OTHERS WERE INJURED WHEN A POWERFUL BOMB EXPLODED AT A BANK BRANCH IN THE MIRAFLORES DISTRICT LAST NIGHT. POLICE SOURCES ATTRIBUTED THE ATTACK TO THE SHINING PATH. THE DEAD WERE IDENTIFIED AS A NIGHT WATCHMAN AND A TAXI DRIVER WHO WAS PASSING BY. THE INJURED WERE TAKEN TO THE LOAYZA HOSPITAL.', 2, 4),
 ('en', '1990-01-10', 'JESUIT CASE',
  'SAN SALVADOR, 9 JAN 90 -- [TEXT] THE JUDGE IN CHARGE OF THE CASE OF THE SIX JESUIT PRIESTS MURDERED IN NOVEMBER TODAY QUESTIONED FOUR MORE SOLDIERS. MEANWHILE, UNIDENTIFIED MEN KILLED A UNION LEADER IN SOYAPANGO LAST NIGHT, HIS FAMILY SAID.', 1, 0),
 ('en', '2022-09-18', 'Gunmen kill seven in attack on Nigerian village',
  "Gunmen on motorbikes attacked a village in Nigeria's Katsina state late on Saturday, killing seven residents, police said. A police spokesman said three other villagers were wounded and taken to hospital in the state capital. The attackers also stole dozens of cattle before fleeing into a nearby forest. Katsina has suffered repeated raids by armed gangs, known locally as bandits, who have killed hundreds of people in the state this year.", 7, 3),
 ('en', '2022-09-18', 'Four soldiers killed in Mali ambush',
  'Four Malian soldiers were killed on Saturday when their convoy was ambushed near the town of Boni, the army said in a statement. "A unit of the armed forces fell into an ambush," it said, adding that the assailants fled after an exchange of fire. The army said several attackers were neutralised, without giving a figure. Jihadist violence has killed thousands of soldiers and civilians in Mali since 2012.', 7, 0),  # first written 4: 'several attackers were neutralised' is 3 more in the best (both sides add in a fight)
 ('en', '2022-09-18', "Airstrike kills 12 in Yemen's Marib",
  "An airstrike hit a market in Yemen's Marib province on Saturday, killing 12 civilians and wounding 20, medical sources said. Among the dead were three children, a local health official told reporters. The Saudi-led coalition did not immediately comment on the report. The war in Yemen has killed tens of thousands of people since 2015.", 12, 20),
 ('en', '2022-09-18', 'Two militants killed in Kashmir gunfight',
  "Two militants were killed in a gunfight with security forces in Kashmir's Shopian district on Sunday, police said. The police said the militants were holed up in a house and opened fire when troops cordoned off the village. Arms and ammunition were recovered from the site. No security personnel were hurt in the operation, officials said.", 2, 0),
 ('en', '2022-09-18', 'Five killed in Mexican bar shooting',
  'Gunmen burst into a bar in the Mexican state of Guanajuato late on Saturday and opened fire on customers, killing five people and wounding one, state prosecutors said. The victims included two women. Prosecutors said the attack was linked to a dispute between drug cartels. Guanajuato has been the state with the most murders in Mexico for several years.', 5, 1),
 ('en', '2022-09-18', 'Shelling kills three in eastern Ukrainian town',
  "Russian shelling killed three civilians and wounded six in the town of Bakhmut on Saturday, the regional governor said. He said a residential building and a school had been hit. Ukraine's military said its forces repelled several Russian assaults in the area. Neither side's battlefield reports could be independently verified.", 3, 6),
 ('en', '2022-09-18', 'Pakistan: nine killed as bus hits bomb',
  'At least nine people, including four women, were killed when a bus struck a roadside bomb in northwestern Pakistan on Sunday, officials said. A local official put the toll at nine, saying it could rise. No group immediately claimed responsibility. Previous attacks in the region have been blamed on the Pakistani Taliban.', 9, 0),
 ('en', '2022-09-18', 'Protester shot dead in Sudan',
  "A protester was shot dead and two others were wounded when security forces fired on demonstrators in Khartoum on Sunday, a doctors' committee said. The committee said the man was hit by a bullet in the chest. The death brings to 117 the number of people killed in protests since the October coup, according to the committee.", 1, 2),
 ('fr', '2022-09-18', 'Mali : au moins douze civils tués dans une attaque près de Bandiagara',
  "Au moins douze civils ont été tués samedi dans l'attaque d'un village du cercle de Bandiagara, dans le centre du Mali, ont indiqué dimanche des élus locaux. Sept autres personnes ont été blessées et évacuées vers le centre de santé de référence. « Les assaillants sont arrivés à moto vers 17 heures et ont tiré sur tout ce qui bougeait », a raconté un habitant joint par téléphone. En juin, une attaque similaire avait fait 132 morts dans la même zone. L'armée n'a pas communiqué de bilan.", 12, 7),
 ('es', '2022-09-18', 'Asesinan a cuatro personas en ataque armado en Guanajuato',
  'Cuatro personas murieron y dos más resultaron heridas la noche del sábado en un ataque armado en una vivienda del municipio de Celaya, informó la Fiscalía del estado. Según los primeros reportes, un grupo de hombres armados llegó al domicilio y disparó contra los presentes. Los heridos fueron trasladados a un hospital de la zona, donde se reporta su estado como grave. En lo que va del año, en Celaya se han registrado más de 300 homicidios dolosos.', 4, 2),
 ('ru', '2022-09-18', 'Три человека погибли при обстреле Донецка',
  'Три мирных жителя погибли и восемь получили ранения в результате обстрела Донецка в субботу, сообщили в администрации города. По данным мэрии, снаряды попали в жилой дом и во двор школы. Среди раненых двое детей. Всего с начала года в городе погибли более 100 мирных жителей.', 3, 8),  # mended: 'Среди раненых двое детей' (no dash) read two more hurt
 ('fr', '2022-09-18', 'RDC : neuf morts dans une attaque des ADF',
  "Neuf personnes ont été tuées dans la nuit de vendredi à samedi dans une attaque attribuée aux rebelles ADF dans le territoire de Beni, selon la société civile locale. « Nous avons déjà enterré six corps, trois autres ont été retrouvés ce matin dans la brousse », a déclaré le président de la société civile. L'armée congolaise a confirmé l'attaque sans donner de bilan.", 9, 0),
 ('es', '2022-09-18', 'Tres militares muertos en emboscada del ELN',
  'Tres soldados del Ejército murieron en una emboscada atribuida al ELN en zona rural de Arauca, confirmó el Ministerio de Defensa. Los uniformados realizaban labores de patrullaje cuando fueron atacados con explosivos y fusiles. El ministro condenó el ataque y ordenó reforzar la seguridad en la región.', 3, 0),
 ('ru', '2022-09-18', 'Два человека погибли при взрыве на рынке',
  'В результате взрыва на центральном рынке погибли два человека, ещё пятеро пострадали, сообщает региональное МЧС. Один из пострадавших находится в тяжёлом состоянии. По предварительным данным, сработало самодельное взрывное устройство. Возбуждено уголовное дело по статье о теракте.', 2, 5),
 ('en', '2016-05-02', None,
  'On 1 May 2016, a suicide bomber detonated an explosives vest at a checkpoint at the entrance of a market in the town of Dikwa, Borno State. The explosion killed 14 people, including the bomber and two members of the Civilian Joint Task Force who were searching shoppers. Another 32 people were wounded. Boko Haram was suspected of the attack, though no group claimed it.', 14, 32),
 ('en', '2015-11-21', None,
  'Gunmen opened fire on a café in the southern city on the evening of 20 November 2015, killing six patrons and wounding nine others before escaping on foot. Two of the wounded later died in hospital, bringing the number of dead to eight. Police arrested three suspects the following week.', 8, 7),  # first written 6 and 9 (the first figures); the text's own update makes two of the wounded dead: 8 and 7
 ('en', '2014-02-10', None,
  'An attack by militants on a village in the north-east on 9 February 2014 left at least 20 dead. Residents said the attackers arrived in pickup trucks disguised as soldiers, gathered the men of the village and shot them. Some survivors fled into the bush.', 20, 0),
 ('en', '2019-08-18', None,
  'A suicide bombing at a wedding hall in the western part of the capital killed 63 people and wounded 182 on the night of 17 August 2019. The bomber detonated his explosives near the stage, where musicians were performing and young people were dancing. The local branch of the Islamic State claimed responsibility. It was the deadliest attack in the city that year; a bombing in January had killed 40.', 63, 182),
]
REPORT_GAPS = [
 ('en', '1990-03-14', 'GUERRILLAS KILL MAYOR',
  "SAN SALVADOR, 13 MAR 90 -- [TEXT] AN URBAN COMMANDO OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT TODAY ASSASSINATED THE MAYOR OF SAN LUIS DE LA REINA, A SMALL TOWN IN SAN MIGUEL DEPARTMENT. ACCORDING TO THE NATIONAL POLICE, THE REBELS INTERCEPTED THE MAYOR'S VEHICLE ON THE ROAD TO THE DEPARTMENTAL CAPITAL AND SHOT HIM AND TWO MUNICIPAL EMPLOYEES WHO WERE TRAVELLING WITH HIM. ALL THREE DIED AT THE SCENE. THE FMLN HAS KILLED 11 MAYORS SINCE 1988, THE POLICE SAID.", 3, 0),  # 'shot him and two employees ... All three died': the two shot read hurt
 ('en', '1988-07-02', '|',
  'BOGOTA, 1 JUL 88 -- [TEXT] A GROUP OF ARMED MEN BURST INTO A FARM IN URABA AND MACHINEGUNNED FIVE WORKERS. THE MASSACRE IS THE THIRD IN THE REGION THIS YEAR; 40 BANANA WORKERS HAVE BEEN KILLED SINCE JANUARY.', 5, 0),  # 'machinegunned' is no verb of the packs
]

REPORTS_AGAIN = [  # wire copy with its furniture (4: 4), roundups of several incidents (5: 4), French, Spanish and
    # Russian reports (4: 2; the Niger report by the contract; its headline left in the text: REPORT_GAPS_AGAIN),
    # then Russian and Ukrainian reports (6: 6) and reports of updates, quotes and earlier reports (5: 4)
 ('en', '2022-09-18', None,
  'KANO, Nigeria, Sept 17 (Reuters) - Gunmen killed six people and wounded 10 others in an attack on a market in northwestern Nigeria on Saturday, police said.\n\nPolice spokesman Abdullahi Haruna said officers had been deployed to the area.\n\n(Reporting by Ahmed Kingimi; Editing by Alison Williams)', 6, 10),
 ('en', '2022-09-18', None,
  'QUETTA (AP) — A bomb exploded near a police vehicle in southwestern Pakistan on Sunday, killing three officers, police said.\n\nRelated: 14 killed in bus attack last month\n\nNo one immediately claimed responsibility for the attack.', 3, 0),
 ('en', '2022-09-18', 'BREAKING: 5 DEAD, 7 INJURED IN BLAST',
  'At least five people were killed and seven injured when an explosion ripped through a fuel depot, officials said.\nPhoto: Rescue workers at the scene. (AFP)\nShare this article', 5, 7),
 ('en', '2022-09-18', None,
  'MOGADISHU, Sept 17 (Xinhua) -- Two soldiers were killed Saturday when al-Shabab militants attacked a military base in southern Somalia, an official said.\n"The militants attacked the base at dawn, and we repulsed them. We lost two soldiers," commander Ali Nur told Xinhua by phone.', 2, 0),
 ('en', '2022-09-18', 'Violence across Iraq kills nine',
  'Violence across Iraq killed nine people and wounded 16 on Saturday, security and medical sources said.\nIn Baghdad, a roadside bomb exploded near a market in the Dora district, killing two people and wounding six.\nIn Mosul, gunmen shot dead a police officer at a checkpoint.\nElsewhere, a car bomb killed four people and wounded ten near a mosque in Kirkuk, while two soldiers died when their patrol hit a mine south of Tikrit.', 9, 16),
 ('en', '2022-09-18', 'Attacks in Afghanistan kill 11',
  'A suicide bomber killed five people at a mosque in Kunduz on Friday, officials said.\nIn a separate attack, Taliban fighters stormed a checkpoint in Ghazni province, killing six policemen and wounding four, a provincial spokesman said.', 11, 4),
 ('en', '2022-09-18', 'Gunmen kill seven in two Mexican states',
  'Gunmen killed four men at a car wash in the northern state of Sonora late on Friday, state prosecutors said.\nHours later, in neighbouring Chihuahua, three people were shot dead and two wounded at a party, local media reported.\nMexico has recorded more than 30,000 murders a year since 2018.', 7, 2),  # mended (with its headline apart): 'Hours later, in neighbouring Chihuahua, ...' read as another
    # account of the four (the English place_opening_pattern takes a time before the place, 'neighbouring', 'the state of')
 ('en', '2022-09-18', "Five dead in separate attacks in Nigeria's north-east",
  'Insurgents killed three farmers in Borno state on Saturday, residents said. On the same day, two soldiers were killed when their vehicle ran over a landmine near Damboa, a military source said. The three farmers were buried on Sunday.', 5, 0),
 ('en', '2022-09-18', 'Blasts in Somalia kill eight',
  'Two explosions in the Somali capital killed eight people and injured 13 on Sunday, police said. The first blast, near the presidential palace, killed three soldiers. The second, at a tea shop, killed five civilians and injured 13 others.', 8, 13),  # mended: '13 others' in the second blast's detail read as 13 more (part_of._told_with_details)
 ('fr', '2022-09-18', 'Burkina : dix morts dans deux attaques',
  "Deux attaques distinctes ont fait dix morts samedi dans le nord du Burkina Faso, selon des sources sécuritaires. Dans la province du Soum, des hommes armés ont tué six civils dans un village. Plus au sud, quatre supplétifs de l'armée ont été tués et cinq autres blessés dans une embuscade.", 10, 5),
 ('es', '2022-09-18', 'Jornada violenta deja seis muertos en Michoacán',
  'Seis personas fueron asesinadas en distintos hechos violentos en Michoacán durante el fin de semana, informó la Fiscalía estatal. En Uruapan, dos hombres fueron ultimados a balazos en un taller mecánico. En Zamora, un ataque armado contra una vivienda dejó cuatro muertos y tres heridos.', 6, 3),  # mended: the details at two towns of the state broke off as other places ('en distintos hechos': the packs' spread_pattern)
 ('ru', '2022-09-18', 'В результате обстрелов за сутки погибли четыре человека',
  'За минувшие сутки в результате обстрелов погибли четыре мирных жителя, ещё девять получили ранения, сообщили в администрации области. В Горловке погибли двое, ранены пятеро. В Донецке погибли два человека, четверо получили ранения.', 4, 9),
 ('fr', '2022-09-18', 'Niger : trois soldats tués près de la frontière malienne',
  "Trois soldats nigériens ont été tués et deux blessés jeudi lors d'une attaque contre leur poste près de la frontière avec le Mali, a annoncé le ministère de la Défense. « Une dizaine de terroristes ont été neutralisés » lors de la riposte, a ajouté le ministère, sans autre précision. L'armée nigérienne a perdu plus de 70 hommes depuis le début de l'année dans la région.", 13, 2),  # first written 3 (the soldiers); by the contract both sides add in a fight: 13
 ('ru', '2022-09-18', 'Взрыв в Кабуле: семь погибших',
  'В результате взрыва у мечети в Кабуле в пятницу погибли по меньшей мере семь человек, ещё 12 получили ранения, сообщил представитель МВД Афганистана. По его словам, взрывное устройство было заложено в автомобиле. Ответственность за теракт пока никто не взял на себя. В прошлом месяце при подобном взрыве в городе погибли более 20 человек.', 7, 12),
 ('ru', '2022-09-18', 'Трое военнослужащих погибли при столкновении на границе',
  'Три военнослужащих пограничной службы погибли в результате перестрелки на участке границы, сообщило ведомство. Ещё один пограничник получил ранение и доставлен в госпиталь.', 3, 1),  # first written with no hurt: 'Ещё один пограничник получил ранение' is one (the line was missed)
 ('ru', '2022-09-18', 'Число жертв столкновений выросло до 24',
  'Число погибших в ходе столкновений на границе возросло до 24 человек, ранены 89, сообщил министр здравоохранения. Ранее сообщалось о 13 погибших. Среди погибших есть военнослужащие и мирные жители.', 24, 89),
 ('uk', '2022-09-18', 'Унаслідок обстрілу загинули двоє людей',
  "Унаслідок обстрілу міста в суботу загинули двоє цивільних, ще п'ятеро отримали поранення, повідомив голова обласної військової адміністрації. Пошкоджено житлові будинки та лікарню. Напередодні внаслідок обстрілів у області загинули четверо людей.", 2, 5),
 ('ru', '2022-09-18', 'Нападение на полицейский пост',
  'Неизвестные обстреляли полицейский пост в ночь на субботу. Один полицейский погиб, двое получили ранения, сообщили в региональном МВД. Нападавшим удалось скрыться.', 1, 2),
 ('ru', '2022-09-18', 'В Мали боевики убили пятерых',
  'Боевики напали на деревню в центре Мали и убили пятерых мирных жителей, сообщили местные власти. По словам источника, нападавшие также угнали скот.', 5, 0),
 ('en', '2022-09-18', 'Death toll in market blast rises to nine',
  "The death toll from Saturday's bomb blast at a market in the city rose to nine on Sunday after two of the wounded died in hospital, officials said. Twenty people remain in hospital, four of them in critical condition. Seven people were killed on the spot.", 9, 20),
 ('en', '2022-09-18', None,
  '"I counted at least 30 bodies," a witness told reporters after the militia attacked the village. Local officials said at least 30 people were killed, most of them women and children.', 30, 0),
 ('en', '2022-09-18', None,
  'Fourteen people were killed when gunmen attacked a bus in the north-west, a police spokesman said. "Among the dead are four women and a child," he said. Six passengers were wounded; one of them is in a serious condition.', 14, 6),
 ('en', '2022-09-18', None,
  'At least 12 people were killed in an air strike on a village, residents said. The dead included seven members of one family, a resident said. The military said it had targeted militants.', 12, 0),
]


REPORTS_CLOSED = [  # gaps until round 56: an earlier report is read in the high only, superseded by the current
    # figure (toll._with_parts with details.reported_earlier)
 ('en', '2017-07-04', None,
  'Three police officers were killed and twelve people were injured when a car packed with explosives detonated next to a police station in the city centre on 3 July. The interior ministry initially reported five deaths but later revised the figure down to three.', 3, 12),  # 'the figure' names no category in English
 ('en', '2022-09-18', None,
  'An explosion at a checkpoint killed four soldiers and wounded 11 civilians on Sunday, the army said. Initial reports had put the death toll at six.', 4, 11),  # an earlier report (six) larger than the current four raises the toll: the earlier report is made part of the current figure, and the toll takes the larger
]

REPORT_GAPS_AGAIN = [
 ('fr', '2022-09-18', None,
  "Niger : trois soldats tués près de la frontière malienne\nTrois soldats nigériens ont été tués et deux blessés jeudi lors d'une attaque contre leur poste près de la frontière avec le Mali, a annoncé le ministère de la Défense. « Une dizaine de terroristes ont été neutralisés » lors de la riposte, a ajouté le ministère, sans autre précision. L'armée nigérienne a perdu plus de 70 hommes depuis le début de l'année dans la région.", 13, 2),  # the same report with its headline left as the text's first line reads 10: the headline's total of the
    # soldiers (a headline sums up the article) taken as the whole, the attackers' count not added
]


OTHER_CATEGORIES = [  # 14 of 18 as written (p8); the families after the mends
 ('en', 'Gunmen abducted 14 passengers from a bus on the highway between Kaduna and Abuja.', 'kidnapped', 14),
 ('en', 'Three aid workers remain missing after the attack on the convoy.', 'missing', 3),
 ('en', 'More than 2,000 villagers fled their homes after the militia burned the market.', 'displaced', 2000),
 ('en', 'Police arrested 23 people suspected of involvement in the riots.', 'detained', 23),
 ('en', 'Militants kidnapped a priest and two seminarians from the parish house overnight.', 'kidnapped', 3),
 ('en', 'Nine fishermen have been missing since their boat came under fire.', 'missing', 9),
 ('en', 'Security forces rounded up dozens of young men in the neighbourhood.', 'detained', 61),
 ('en', 'The rebels are holding four foreign engineers hostage.', 'kidnapped', 4),
 ('en', 'Two journalists were taken into custody while covering the protest.', 'detained', 2),
 ('en', 'The whereabouts of 7 activists seized last week remain unknown.', 'kidnapped', 7),
 ('fr', 'Des hommes armés ont enlevé cinq travailleurs humanitaires dans le nord-est.', 'kidnapped', 5),
 ('fr', 'Plus de 3 000 personnes ont fui les combats.', 'displaced', 3000),  # mended (the fighting they fled)
 ('es', 'La policía detuvo a 12 presuntos integrantes de la banda.', 'detained', 12),
 ('es', 'Cuatro personas continúan desaparecidas tras la incursión armada.', 'missing', 4),  # mended ('continuar' a linking verb)
 ('ru', 'Боевики похитили трёх местных жителей.', 'kidnapped', 3),
 ('ru', 'Задержаны пятеро подозреваемых в организации теракта.', 'detained', 5),
 ('es', 'Cuatro personas siguen desaparecidas tras la incursión armada.', 'missing', 4),  # mended
 ('fr', "Quatre personnes sont toujours portées disparues après l'attaque.", 'missing', 4),
 ('ru', 'Четыре человека по-прежнему считаются пропавшими без вести.', 'missing', 4),
 ('es', 'Dos heridos continúan hospitalizados en estado grave.', 'injured', 2),
 ('en', 'More than 3,000 people fled the fighting.', 'displaced', 3000),  # mended
 ('fr', 'Plus de 3000 personnes ont fui les combats.', 'displaced', 3000),  # mended (the fighting they fled)
 ('fr', '3 000 personnes ont fui les combats.', 'displaced', 3000),  # mended (the fighting they fled)
 ('es', 'Más de 3.000 personas huyeron de los combates.', 'displaced', 3000),  # mended
 ('ru', 'Более трёх тысяч человек бежали от боёв.', 'displaced', 3000),  # mended
 ('uk', 'Понад три тисячі людей тікали від обстрілів.', 'displaced', 3000),  # mended
 ('en', 'The gunmen fled after the attack.', 'displaced', 0),
 ('en', 'Two suspects fled from the scene after the attack.', 'displaced', 0),
]
CATEGORY_GAPS = [
 ('en', 'Some 40 schoolgirls were taken by armed men who stormed their dormitory.', 'kidnapped', 40),  # 'taken' by armed men: no verb of abduction
 ('en', 'The fighting has forced roughly 15,000 people to flee across the border.', 'displaced', 15000),  # the object of 'forced' not the subject of 'flee'
 ('fr', "Quatre personnes restent portées disparues après l'attaque.", 'missing', 4),  # 'porter disparu' under 'rester'
 ('en', 'The fighting has forced 15,000 people to flee across the border.', 'displaced', 15000),  # as the line before
 ('en', 'The fighting has forced roughly 15,000 people to flee.', 'displaced', 15000),  # as above
 ('en', 'Roughly 15,000 people have fled across the border.', 'displaced', 15000),  # a border is no home nor fighting
]


test_line_in_its_language, test_known_gaps = summary_tests(
    AGENCY_KINDS + MUC_LINES + HURT_AGAIN + SHAPES + ABROAD + ABROAD_AGAIN + SOUTH_ASIA_AND_MIDDLE_EAST + ACCOUNTS + AFTER + AFTER_BORDERS + EPISODES
    + IN_FOUR_LANGUAGES + AMOUNTS_AND_THE_HURT + CIVILIANS_AND_FORCES + EVENT_NOTES + COLOMBIAN_PRESS,
    GAPS + GAPS2)
test_report_with_its_headline_and_date = dated_report_tests(REPORTS + REPORTS_AGAIN + REPORTS_CLOSED)
test_isaf_line, _ = isaf_release_tests(ISAF_LINES)
test_other_categories = category_tests(OTHER_CATEGORIES)


@pytest.mark.xfail(strict=True, reason="known gap: see CATEGORY_GAPS")
@pytest.mark.parametrize("language,text,category,best", CATEGORY_GAPS)
def test_category_gaps(reader, language, text, category, best):
    assert read_in(reader, text, language).toll.get(category).best == best


@pytest.mark.xfail(strict=True, reason="known gap: see REPORT_GAPS")
@pytest.mark.parametrize("language,published,title,text,killed,injured", REPORT_GAPS + REPORT_GAPS_AGAIN)
def test_report_gaps(reader, language, published, title, text, killed, injured):
    r = read_in(reader, text, language, title, date.fromisoformat(published))
    assert (r.toll.killed.best, r.toll.injured.best) == (killed, injured)
