"""Sentences and reports of our own (forty-sixth round), with the figures each must give, written
by hand before the mends that meet them ran on them.

First batch: 25 agency-style English lines (single incidents, rare victim nouns, "neutralised", losses
of one's own), 26 lines in French, Spanish, Russian and Ukrainian, 25 more English lines of the kinds
the issue names ("Seven border guards of the State Border Service were killed", "authorities raised
the number of those killed to 17"), 23 more in four languages, 20 of attackers, parts and later
deaths; 14 one-paragraph incident reports in the manner of an incident list (injured figures above
all), six ISAF-style releases (killed and detained), 14 reports in four languages with headlines.
Missed on first run, by our own expectations (the project's rules, not mended): "On 14 March, ..."
against the tests' publication date (2022-09-18: an earlier episode; the line now says 14 September);
"At least 150 people have been killed since the fighting began in April" (a running total since an
earlier month: an earlier period, not counted; left out); "au moins 16 victimes, dont neuf morts"
(victims alone name no outcome: no 7 injured; left out); "l'armée affirme avoir neutralisé une
quinzaine d'assaillants" after eleven soldiers killed (both sides' losses add: 26, we had written
11); "An ISAF service member died following an insurgent attack" (one killed; we had written 0).
Left out as ambiguous: "des dizaines de blessés" (the table's "tens", 59, or "dozens"), "the drivers
of three trucks", a lone attacker "ликвидирован" after a wounded policeman.

Mended:
- "dejó al menos 11 fallecidos", "más de 11 fallecidos" (the count hung on the bound "al"/"más", the
  state an adjective: 0, now 11; parse repair `numbers_on_bounds`);
- "sept civils, dont une fillette de huit ans, ont péri" (the relative "dont" hung on the part itself:
  the girl added, 8, now 7; referents.among_them);
- "a été mortellement touché", "fatally hit", "alcanzado mortalmente" (a verb of being hit names no
  harm alone; with a fatal adverb it is a killing: 0, now 1; pack key `hit_verbs`, es cue
  "mortalmente");
- "ultimó a balazos a un matrimonio" (pack key `pair_nouns`: es "matrimonio", ru "чета": 1, now 2);
- "Five people, including two children, sustained shrapnel wounds" (the parser ended the aside
  with the verb as the object's adjective: 0, now 5 hurt; parsed.verbs_as_modifiers);
- "arrested a Haqqani network facilitator and held two other suspects" (en `agent_categories`
  "hold": by state forces, detained; a joined verb takes its head's subject as the agent: 1, now 3);
- "left a man dead and his son in critical condition", "dejó un hombre muerto y a su hijo en estado
  grave" (a possessed singular is one counted member in care of its own: 2 killed, now 1 and 1 hurt;
  parsed.care_after_a_member);
- "a fait un mort, un homme de 45 ans, et son fils est dans un état critique" (a noun with its own
  subject and copula joined to the apposition: "un état" read as a victim, 3 killed, now 1; parse
  repair `clauses_joined_to_a_noun`; the son's injury is still a gap).

Second batch, written after those mends: 20 English lines of names, lists and vague amounts, ten
incident-list paragraphs, ten displacement lines in five languages. Missed: "The pair were shot dead"
(en `pair_nouns` "pair": 1, now 2); "About 2,000 residents fled their homes" and the same in four
languages (no displacement verb: 0, now the count; pack keys `flight_verbs`, `home_nouns`, a cue in
each pack; "The gunmen fled the scene" displaces no one); by our own expectation, "The victims were
named as Ahmed Ali, 34, and his brother Yusuf, 28" ("victims" alone name no outcome; left out),
"injuring 12 people ... Three of the injured later died" (the project moves the three to the dead: 9
hurt; left out), "killed everyone in the house, including three children" (no count of "everyone";
left out).

Third batch: eight wire reports with headlines, 40 lines in five languages (later deaths, parts,
clauses joined by "and"), three missed on first run, one by our own expectation: "It said 'several
terrorists' were neutralised in the fighting" after seven soldiers killed (a fight with state
forces: both sides count, 10; we had written 7). Mended: "Three passers-by died on the spot and nine
people, including four policemen, were injured" (the second clause's counted subject joined to the
first clause's oblique: 0 hurt, now 9; parse repair `subjects_joined_to_an_oblique`); "Deux civils
sont morts sur le coup et cinq personnes, dont un enfant, ont été blessées" (the part made the verb's
subject, the counted noun joined to the first verb: 1 hurt, now 5; parse repair
`subjects_before_a_part`). Left as a gap: the same in Spanish ("y otras seis, entre ellas un niño,
resultaron heridas": the parser hangs the count on the conjunction). Left out: "є загиблі та поранені"
(unnumbered dead and wounded: no count to score).

Two gaps of the first batch closed at the round's end: "The army said its troops neutralised 17
terrorists and lost four of their own" and "..., while it lost four of its own" (one's own people
after a count, pack keys `own_people` in the grammar and word packs: a side's dead, and with them
the attackers' dead count, a fight; a pronoun subject in an adverbial clause of what a speaker said
stands for the speaker: 4, now 21; 17, now 21). Tried in four languages after ("perdu quatre des
siens", "perdieron a cuatro de los suyos", "потеряв четверых своих"); "L'armée a neutralisé 20
terroristes et perdu quatre des siens" needed one more repair (a verb joined to the object before:
`verbs_joined_to_an_object`). Left as a gap: "L'armée affirme avoir tué 17 terroristes et perdu ..."
(the parser breaks the infinitive clause).

Fourth batch: 16 lines of army communiqués and daily agency lines in five languages, four missed on
first run, one by our own expectation: "El Ejército ... abatió a tres de los atacantes; un militar
resultó herido" gives 0 killed (attackers killed where the only other victim is a wounded soldier
stay in the high only, as rounds 15, 26 and 32 hold; we had written 3, and a mend that counted them
failed those rounds' tests, so it was taken back; left out, with "Police shot dead two of the
attackers; an officer was wounded", written after it). Mended: "L'état-major a indiqué que 12 terroristes avaient été neutralisés et qu'un soldat
avait perdu la vie" (a pluperfect in a clause joined to what was said is the report's tense, not an
earlier episode: the soldier was dropped, 12, now 13; reader.pluperfect climbs the conjuncts); "Un militaire tué et
plusieurs assaillants neutralisés" (a participle of a verb of harm tagged an adjective: 1, now 4;
parse repair `participles_tagged_adjectives`). Left as gaps: the same after "Bilan :" (the toll noun
makes the first member a total of its own: 5 for 6), "et neuf blessés ont été évacués" (the parser
reads "neuf" as the adjective "new").

Fifth batch: ten regional and agency reports in four languages (named victims with ages, background
totals, arrests), one missed: "murieron Jhon Jairo Quiñones, de 34 años, y su cuñado Wilmer Castillo,
de 27" (a name joined to the list with a number under its own preposition was taken for the owner of
an elided figure, as in "y Tayikistán de 35"; after an age on the first name it is another age: 1,
now 2; counting._gapped_owner). Tried in other words after: "Murieron Pedro Gómez, de 45 años, y su
hijo Andrés, de 19" needed two more mends (a noun joined to a verb of harm after its subject is the
subject's conjunct, parse repair `subjects_joined_to_their_verb`; an apposition whose number sits
under a preposition, an age, is no list member: 1, then 3, now 2). Left as a gap: "Sont morts un
gendarme et son frère" (the inverted subject read as an oblique).

Sixth batch: 20 lines of how tolls are told ("Killed were ...", "The dead included ...", "A total of
...", "Parmi les victimes figurent ..."), five missed, two by our own expectations: "An unknown number
of people were killed" (null where the text says the number is unknown, CONTRACT.md; we had written
2) and "Parmi les victimes figurent deux enfants et leur mère" ("victims" alone name no outcome; we
had written 3); both left out. Mended: "Au total, 23 personnes ont été tuées et 41 blessées" (the count
labelled the participle's auxiliary: 0 hurt, now 41; parse repair `numbers_as_auxiliaries`). Left as
gaps: "but hospital sources put the figure at 19" (English reads no bare toll noun), "The bomber, a
teenager, was the only fatality" (a toll noun as the predicate of its victim).

Seventh batch: 20 English lines of the hurt (treated, hospitalised, sustained, rushed to hospital),
13 Ukrainian and Russian lines, 14 lines of detained, kidnapped and missing in ISAF's manner; two
missed. Mended: "На месте погибли трое, ещё двоих доставили в больницу в тяжёлом состоянии" (people
taken to hospital were read only in the passive; now also as the object of an active verb of the
pack's injury verbs with a hospital oblique, on the verb or the object, and a Russian subject in
another case than the nominative is that object: 0 hurt, now 2; "Paramedics took five people to
hospital", "Les secours ont transporté cinq personnes à l'hôpital" and the same in three more
languages written after; not "took 30 journalists to the hospital to see the damage", a visit with a
purpose, nor "the bodies of five victims"). Left as a gap: "Hospitals received 73 wounded and 9
bodies" (the wounded made the bodies' adjective).

Eighth batch: 15 terse incident-list entries in the present ("Suicide bombing at a mosque kills 25,
injures 40") and nine headlines in four languages; three missed. Mended: "Shooting at university: 2
dead, 4 injured; gunman arrested" (the count hung on the state word with a label the pack does not
map: 0 killed, now 2; parse repair `numbers_unlabelled_before_states`); "Боевики расстреляли пятерых
гостей на свадьбе" (guests are people: word packs' people lists, "гостей", "гостей", "invités",
"invitados": 0, now 5). Left as a gap: "Des hommes armés tuent cinq personnes lors d'un mariage" (the
present-tense verb of a French headline tagged an adverb).

Ninth batch: 22 lines that tell no casualty of the day in five languages (a defused bomb, threats, a
foiled plot, a trial, an anniversary, survivors, denials, a group's record) all read 0 first; eight
reports of separate incidents, updates and earlier attacks, two missed. Mended: "The attack came two
weeks after a similar raid killed nine officers in the same district" (an earlier attack named as
such: word packs' `time_since` "after a similar", "after another", and the same in four languages: 11,
now 2; taken back for "similar" in every pack after the full dev dump: it moved one WAD check row
wrong, 8 -> 4, so the report is a gap again and only "after another", "after an earlier" stay);
"Rescuers found three more bodies ..., bringing the total to six" (a total brought up by a
clause that finds bodies is of the dead: 3, now 6; claims/tolls._category; "two more weapons caches,
bringing the total to 11" stays 0).

Tenth batch: 15 lines of vague amounts and ranges in five languages and 14 lines of lists of the dead
and the hurt, three missed. Mended: "Entre 30 et 40 civils ont péri" (the range's opening word made
the noun's preposition, so the noun was no subject of the state: 0, now 35; parse repair
`range_openings`); "The ambush left a soldier dead and three others with gunshot wounds" and "dejó un
soldado muerto y otros tres con heridas de bala" (a member of what was left with an injury or a place
of care of its own is hurt, not dead: 4 killed, now 1 and 3 hurt; 1 and 0, now 1 and 3;
grammar._hurt_of_its_own).
"""
from .helpers import category_tests, dated_report_tests, isaf_release_tests, summary_tests

# agency-style lines in five languages, and the mends' lines in other words
LINES = [
 ('en', 'Suspected herders attacked the village of Kwall overnight, killing eleven residents and torching dozens of homes, local officials said.', 11, 0),
 ('en', 'A roadside bomb struck a police patrol in Khost province, leaving two officers dead and a third seriously hurt.', 2, 1),
 ('en', 'An airstrike on a wedding party in the district killed at least 23 guests, including the groom, residents said.', 23, 0),
 ('en', 'Five miners were abducted and later killed by an armed group operating near the mine.', 5, 0),
 ('en', 'A suicide bomber blew himself up at a checkpoint, killing a soldier and wounding six civilians queuing to pass.', 1, 6),
 ('en', 'Clashes between two rival clans over grazing land claimed the lives of nine people and injured 15 others.', 9, 15),
 ('en', 'Police fired tear gas and live rounds at protesters, killing one student and injuring dozens.', 1, 61),
 ('en', 'A grenade thrown into a crowded bar left one woman dead and twelve people wounded.', 1, 12),
 ('en', 'Gunmen stormed a church during Sunday mass and opened fire, killing the priest and four worshippers.', 5, 0),
 ('en', 'Among the dead were a district judge and two of his guards.', 3, 0),
 ('en', 'The bodies of six farmers, bearing gunshot wounds, were discovered in a field outside the town.', 6, 0),
 ('en', 'An IED detonated under a passenger bus, killing all 14 people on board.', 14, 0),
 ('en', 'Security forces killed a suspected militant commander in a raid on his hideout.', 1, 0),
 ('en', 'A man was stabbed to death and his wife was badly injured when attackers broke into their home.', 1, 1),
 ('en', 'Unknown assailants on motorbikes gunned down a local councillor outside his office.', 1, 0),
 ('en', 'A drone strike on a car near the border killed its three occupants.', 3, 0),
 ('en', 'Two peacekeepers were killed and another was injured when their vehicle hit a mine.', 2, 1),
 ('en', 'Fighting for control of the town has left more than 40 combatants dead on both sides.', 40, 0),
 ('en', 'Rescuers pulled eight bodies from the rubble of the building hit by the missile.', 8, 0),
 ('en', 'The attack wounded a police officer, who later died in hospital.', 1, 0),
 ('en', 'One child was killed and her mother and brother injured when a shell landed on their house.', 1, 2),
 ('fr', 'Des hommes armés ont tué un commerçant et ses deux fils dans le village de Tin-Akoff, selon des sources locales.', 3, 0),
 ('fr', "L'explosion d'un engin artisanal au passage d'un véhicule militaire a coûté la vie à trois soldats et blessé deux autres.", 3, 2),
 ('fr', 'Au moins sept civils, dont une fillette de huit ans, ont péri dans le bombardement du marché.', 7, 0),
 ('fr', "Un gendarme a été mortellement touché lors d'un échange de tirs avec des trafiquants.", 1, 0),
 ('fr', "Le conducteur du bus et un passager ont succombé à leurs blessures à l'hôpital.", 2, 0),
 ('fr', 'Une frappe de drone a visé un pick-up, tuant ses quatre occupants.', 4, 0),
 ('fr', 'Douze personnes, parmi lesquelles deux enfants, ont été enlevées par des hommes armés sur la route de Djibo.', 0, 0),
 ('fr', 'Le maire de la commune a été abattu devant son domicile par deux individus à moto.', 1, 0),
 ('fr', 'La police a fait état de deux morts et de neuf blessés, dont trois grièvement.', 2, 9),
 ('es', 'Un ataque armado contra una fiesta familiar dejó seis muertos, entre ellos dos menores de edad, en el estado de Guanajuato.', 6, 0),
 ('es', 'Hombres armados asesinaron a un líder comunitario y a su esposa frente a su vivienda.', 2, 0),
 ('es', 'Tres policías resultaron heridos y uno murió tras una emboscada en la carretera federal.', 1, 3),
 ('es', 'La explosión de un coche bomba frente a una comisaría causó la muerte de cuatro agentes.', 4, 0),
 ('es', 'Los enfrentamientos entre grupos criminales han dejado al menos 11 fallecidos en la última semana.', 11, 0),
 ('es', 'Un menor de 15 años murió alcanzado por una bala perdida durante un tiroteo.', 1, 0),
 ('es', 'Las autoridades hallaron los cuerpos de nueve personas en una fosa clandestina.', 9, 0),
 ('es', 'El Ejército informó que abatió a cinco presuntos integrantes del cártel tras ser agredido.', 5, 0),
 ('ru', 'В результате обстрела погибли двое мирных жителей, ещё пятеро получили ранения, сообщил глава района.', 2, 5),
 ('ru', 'Боевики атаковали блокпост, убив троих полицейских.', 3, 0),
 ('ru', 'При взрыве на рынке пострадали 14 человек, один из них скончался в больнице.', 1, 13),
 ('ru', 'Тела шестерых военнослужащих были обнаружены в лесу.', 6, 0),
 ('uk', 'Внаслідок ракетного удару загинули четверо людей, серед них дитина, ще 11 поранено.', 4, 11),
 ('uk', 'Російський дрон атакував автомобіль, водій загинув на місці.', 1, 0),
 ('uk', 'Окупанти обстріляли село, поранивши трьох жінок.', 0, 3),
 ('es', 'El ataque dejó al menos 11 fallecidos en Tijuana.', 11, 0),
 ('es', 'El ataque dejó más de 11 fallecidos en la ciudad.', 11, 0),
 ('es', 'Los enfrentamientos entre grupos criminales han dejado al menos 11 fallecidos en la última semana.', 11, 0),
 ('es', 'Los enfrentamientos entre grupos criminales han dejado al menos 11 muertos en la última semana.', 11, 0),
 ('es', 'Los enfrentamientos entre bandas han dejado 11 fallecidos en la última semana.', 11, 0),
 ('es', 'Los enfrentamientos han dejado más de 20 heridos en la capital.', 0, 20),
 ('en', 'A policeman was fatally hit during an exchange of fire with smugglers.', 1, 0),
 ('en', 'A policeman was fatally shot during an exchange of fire with smugglers.', 1, 0),
 ('fr', "Un gendarme a été mortellement blessé lors d'un échange de tirs.", 1, 0),
 ('fr', "Un gendarme a été mortellement touché lors d'un échange de tirs.", 1, 0),
 ('fr', 'Un gendarme a été touché mortellement par une balle.', 1, 0),
 ('es', 'Un policía fue herido de muerte durante el tiroteo.', 1, 0),
 ('es', 'Un policía fue alcanzado mortalmente por una bala.', 1, 0),
 ('ru', 'Полицейский был смертельно ранен в перестрелке.', 1, 0),
 ('en', 'Seven border guards of the State Border Service were killed in the exchange of fire, the service said.', 7, 0),
 ('en', 'A 9-year-old boy was shot to death while walking home from school.', 1, 0),
 ('en', 'Insurgents executed a village elder accused of spying for the government.', 1, 0),
 ('en', 'A nurse and three of her patients died when the clinic was hit.', 4, 0),
 ('en', 'Bandits killed the chairman of the local council, his driver and a passer-by.', 3, 0),
 ('en', 'Officials raised the number of those killed in the attack to 23.', 23, 0),
 ('en', "The toll from Tuesday's bombing has risen to 31 dead and 70 injured.", 31, 70),
 ('en', 'Three soldiers lost their lives and two were wounded in the ambush.', 3, 2),
 ('en', 'Among those killed were two journalists working for a local radio station.', 2, 0),
 ('en', 'At least a dozen people were reported dead after militants raided the settlement.', 12, 0),
 ('en', 'A Red Cross volunteer was killed and two colleagues were abducted in the attack on their convoy.', 1, 0),
 ('en', 'Security forces shot and killed two men who tried to storm the compound.', 2, 0),
 ('en', 'Eyewitnesses said the militia executed at least 30 unarmed men in the village square.', 30, 0),
 ('en', 'The strike destroyed a house, killing a family of five.', 5, 0),
 ('en', 'Ten people, most of them women and children, drowned when their boat capsized as they fled the fighting.', 10, 0),
 ('en', 'A young shepherd was killed by a landmine left over from the war.', 1, 0),
 ('en', 'An Afghan interpreter working for the coalition was found beheaded.', 1, 0),
 ('en', 'Gunmen killed four members of a polio vaccination team in two separate attacks.', 4, 0),
 ('en', 'Two traffic policemen were gunned down at an intersection; a third officer escaped unhurt.', 2, 0),
 ('en', 'The explosion injured 17 worshippers, three of them critically, hospital officials said.', 0, 17),
 ('en', 'Militants beheaded one of the hostages and released the other two.', 1, 0),
 ('en', 'Troops opened fire on the crowd, leaving at least nine demonstrators dead.', 9, 0),
 ('en', 'Police said a pedestrian was also hurt in the blast.', 0, 1),
 ('fr', "Deux casques bleus ont été tués et quatre autres blessés dans l'explosion d'une mine au passage de leur convoi.", 2, 4),
 ('fr', "Selon un bilan provisoire, l'attaque a fait trois morts parmi les forces de sécurité et une dizaine de blessés.", 3, 10),
 ('fr', 'Les assaillants ont incendié plusieurs maisons et blessé grièvement un berger.', 0, 1),
 ('fr', 'Vingt-deux civils ont été massacrés par des jihadistes présumés dans deux villages de la région de Ségou.', 22, 0),
 ('fr', 'Un policier a perdu la vie et deux de ses collègues ont été hospitalisés après une embuscade.', 1, 2),
 ('fr', "Le bilan de la fusillade s'est alourdi à cinq morts, dont le tireur.", 5, 0),
 ('fr', "Un enfant a été grièvement blessé par l'explosion d'une grenade qu'il avait ramassée.", 0, 1),
 ('es', 'El atentado contra la sede policial dejó un saldo de tres agentes muertos y siete heridos.', 3, 7),
 ('es', 'Un soldado perdió la vida y otros dos resultaron lesionados en un enfrentamiento con disidentes de las FARC.', 1, 2),
 ('es', 'Cinco personas fueron asesinadas a tiros en un bar del centro de la ciudad.', 5, 0),
 ('es', 'La Fiscalía confirmó el hallazgo de los cadáveres de dos hermanos desaparecidos la semana pasada.', 2, 0),
 ('es', 'Al menos 14 personas resultaron heridas por la explosión de un artefacto en un mercado.', 0, 14),
 ('es', 'Un comando armado irrumpió en una vivienda y ultimó a balazos a un matrimonio.', 2, 0),
 ('es', 'Dos militares murieron y un tercero quedó herido al pisar una mina antipersonal.', 2, 1),
 ('ru', 'В результате атаки беспилотника погиб один человек и ещё трое получили ранения.', 1, 3),
 ('ru', 'Двое военнослужащих погибли, четверо ранены в результате подрыва бронетранспортёра на мине.', 2, 4),
 ('ru', 'Неизвестные расстреляли семью из четырёх человек.', 4, 0),
 ('ru', 'Жертвами теракта стали 12 человек, более 30 пострадали.', 12, 30),
 ('ru', 'От полученных ранений в больнице скончался ещё один пострадавший, сообщили в минздраве.', 1, 0),
 ('ru', 'Число раненых в результате обстрела возросло до 19.', 0, 19),
 ('uk', 'Унаслідок обстрілу Херсона загинула жінка, ще двоє людей зазнали поранень.', 1, 2),
 ('uk', 'Загиблих немає, поранено трьох військових.', 0, 3),
 ('en', 'Gunmen on motorcycles killed 14 worshippers at a mosque in the village of Banibangou on Friday, the interior ministry said.', 14, 0),
 ('en', 'A family of four, including two toddlers, perished when a shell struck their apartment block.', 4, 0),
 ('en', 'Islamist fighters kidnapped 30 women from a market and killed three men who tried to stop them.', 3, 0),
 ('en', 'A bomb hidden in a motorcycle killed a policeman and two civilians and wounded 16 people in the northwestern city.', 3, 16),
 ('en', 'The Islamic State group said its fighters had killed 20 soldiers, a claim that could not be verified.', 20, 0),
 ('en', 'No casualties were reported in the rocket attack on the airport.', 0, 0),
 ('en', 'The attackers set fire to several homes but there were no reports of injuries.', 0, 0),
 ('en', 'A landmine explosion killed a soldier and seriously wounded another on patrol.', 1, 1),
 ('en', 'An elderly man and his granddaughter were among the four killed when a missile hit their village.', 4, 0),
 ('en', 'Three people including a police officer were injured when protesters clashed with security forces.', 0, 3),
 ('en', 'The shooting left a 45-year-old man dead and his teenage son in critical condition.', 1, 1),
 ('en', 'A civilian was injured by stray bullets during clashes between the army and militants, four of whom were killed.', 4, 1),
 ('en', 'Fighters loyal to the warlord shot dead five members of a rival militia at a checkpoint.', 5, 0),
 ('en', 'Six Indian soldiers were martyred in an avalanche-hit post, an army spokesman said.', 6, 0),
 ('en', 'Police found the body of a missing journalist two days after he was abducted.', 1, 0),
 ('en', 'Unidentified assailants hacked to death a Catholic priest in his parish.', 1, 0),
 ('en', 'The clash left 23 people dead: 15 attackers and eight members of the security forces.', 23, 0),
 ('en', 'Troops neutralised 17 terrorists in an overnight battle.', 17, 0),
 ('en', 'The army said its troops neutralised 17 terrorists in an overnight battle.', 17, 0),
 ('en', 'The army said its troops lost four soldiers in an overnight battle.', 4, 0),
 ('en', 'The army said it lost four of its men in the battle.', 4, 0),
 ('en', 'The army said its troops killed 17 militants and lost four men in an overnight battle.', 21, 0),
 ('en', 'Troops killed 17 insurgents but lost five men in the fighting.', 22, 0),
 ('en', 'Jihadists killed 12 soldiers in an attack on a base; the army said it killed 30 of the assailants.', 42, 0),
 ('en', 'On 14 September, unidentified gunmen shot dead a trader and his nephew at a market in Maiduguri.', 2, 0),
 ('en', 'The shooting left a man dead and his son in critical condition.', 1, 1),
 ('en', 'The shooting left a 45-year-old man dead and his teenage son in critical condition.', 1, 1),
 ('es', 'El ataque dejó un hombre muerto y a su hijo en estado grave.', 1, 1),
 ('es', 'Un matrimonio fue asesinado en su casa.', 2, 0),
 ('ru', 'В своём доме была убита пожилая чета.', 2, 0),
 ('en', 'Five people, including two children, sustained shrapnel wounds when a mortar round landed in a residential neighbourhood.', 0, 5),
 # second batch
 ('en', 'Gunmen killed Abdi Hassan, a clan elder, and his nephew Omar outside a mosque in Baidoa.', 2, 0),
 ('en', 'Mohamed Nur, a local journalist, was shot dead by unknown attackers in Mogadishu on Sunday.', 1, 0),
 ('en', 'Police said John Kamau and Peter Otieno were killed when bandits raided their cattle.', 2, 0),
 ('en', 'A customs officer and two of his colleagues died when their post came under mortar fire.', 3, 0),
 ('en', 'Rebels killed a schoolteacher and abducted 14 of his pupils.', 1, 0),
 ('en', 'Militants killed the mayor, her bodyguard and a passer-by in an ambush outside the town hall.', 3, 0),
 ('en', 'Three Egyptian workers and a Sudanese driver were among those killed.', 4, 0),
 ('en', 'Scores of people were injured in the stampede that followed the blasts.', 0, 69),
 ('en', 'Hundreds of protesters were arrested and at least three were killed during the crackdown.', 3, 0),
 ('en', 'A number of civilians were wounded in the crossfire, a police spokesman said.', 0, 3),
 ('en', 'Both pilots were killed when the helicopter was shot down.', 2, 0),
 ('en', 'The attack killed a senior commander of the group and several of his bodyguards.', 4, 0),
 ('en', 'At least eight people, six of them women, were killed when a rocket hit a bus.', 8, 0),
 ('en', 'The pair were shot dead in front of their children.', 2, 0),
 ('en', 'One person was killed and another critically injured when the car was raked with gunfire.', 1, 1),
 ('en', 'Police recovered the bullet-riddled bodies of two young men on the outskirts of the city.', 2, 0),
 ('en', 'A teenager died after being shot in the head by a sniper, medics said.', 1, 0),
 ('en', 'A bomb blast in a crowded market killed at least 26 people on Friday, raising to more than 100 the number killed in the city this month.', 26, 0),
 # third batch
 ('en', 'Three passers-by died on the spot and nine people, including four policemen, were injured, officials said.', 3, 9),
 ('en', 'Two soldiers died at the scene and 14 others were wounded in the attack.', 2, 14),
 ('en', 'One man was killed in the market and five people were hurt.', 1, 5),
 ('fr', 'Deux civils sont morts sur le coup et cinq personnes, dont un enfant, ont été blessées.', 2, 5),
 ('en', 'A police officer died and two others were wounded on Sunday when gunmen attacked their checkpoint.', 1, 2),
 ('en', 'Four militants and a soldier died in the clash, while three soldiers and a civilian were wounded.', 5, 4),
 ('en', 'The driver was killed instantly; his passenger, a nurse, survived with burns.', 1, 1),
 ('en', 'Two brothers, aged 9 and 12, were killed when the shell struck their home.', 2, 0),
 ('en', 'Among the 30 wounded, eight were in serious condition.', 0, 30),
 ('en', 'The strike killed at least 14 people at a fuel station, according to local residents, who said most of the victims were truck drivers.', 14, 0),
 ('en', 'Five people were reported missing after the attack, and three bodies were recovered from the river on Monday.', 3, 0),
 ('en', 'An attack on a bus carrying pilgrims killed 10 people and injured more than 30 on Sunday; police blamed militants.', 10, 30),
 ('en', "Two more bodies were found on Tuesday, raising the number of dead from Saturday's massacre to 45.", 45, 0),
 ('en', 'Police said the two suspects died in the shootout, along with an officer.', 3, 0),
 ('en', 'The bomb ripped through a crowded bus, killing 18 passengers, including five women and two children, and injuring 26 others.', 18, 26),
 ('en', 'A soldier was killed and another was seriously injured in an exchange of fire along the Line of Control, the army said.', 1, 1),
 ('en', 'At least seven people - four children and three adults - died when their house collapsed after a missile strike.', 7, 0),
 ('en', 'Some 40 wounded were evacuated by helicopter to the capital.', 0, 40),
 ('en', 'Thirteen people lost their lives in the violence, 11 of them in the town of Rutshuru.', 13, 0),
 ('ru', 'В перестрелке с боевиками погибли двое сотрудников Росгвардии, ещё трое получили ранения различной степени тяжести.', 2, 3),
 ('ru', 'Жертвами нападения стали пятеро мирных жителей, в том числе двое детей.', 5, 0),
 ('ru', 'Один человек погиб, семеро пострадали в результате взрыва газового баллона на рынке, сообщает МЧС.', 1, 7),
 ('ru', 'Погибшими числятся 17 военнослужащих, ранены около сорока.', 17, 40),
 ('ru', 'В результате удара беспилотника по автобусу погибли водитель и трое пассажиров.', 4, 0),
 ('ru', 'Силовики ликвидировали четырёх членов бандподполья, оказавших вооружённое сопротивление.', 4, 0),
 ('ru', 'Скончался один из пострадавших при теракте, число погибших возросло до девяти.', 9, 0),
 ('ru', 'Пострадавших при обрушении нет.', 0, 0),
 ('ru', 'Травмы получили 12 человек, четверо из них госпитализированы.', 0, 12),
 ('uk', 'Унаслідок обстрілу загинули троє цивільних, серед них 14-річна дівчинка.', 3, 0),
 ('uk', 'Поранено сімох людей, двоє з них у важкому стані.', 0, 7),
 ('uk', 'Під час атаки дронів загинув 52-річний чоловік, ще двоє людей дістали поранення.', 1, 2),
 ('fr', "Trois personnes ont trouvé la mort et une dizaine d'autres ont été blessées lors de l'effondrement.", 3, 10),
 ('fr', 'Les corps de quatre hommes criblés de balles ont été retrouvés dans un fossé.', 4, 0),
 ('es', 'La balacera dejó como saldo tres personas sin vida y una más lesionada.', 3, 1),
 ('es', 'Un agente de la Guardia Nacional perdió la vida al ser emboscado en Michoacán.', 1, 0),
 ('es', 'Fueron localizados sin vida los cuerpos de cuatro hombres con huellas de tortura.', 4, 0),
 ('es', 'Al menos 22 reos murieron y otros 14 resultaron heridos durante un motín en la cárcel.', 22, 14),
 # closed gaps: one's own people lost (pack keys own_people), and the same in four languages
 ('en', 'The army said its troops neutralised 17 terrorists and lost four of their own in an overnight battle.', 21, 0),
 ('en', 'The military said 17 terrorists were killed in the battle, while it lost four of its own.', 21, 0),
 ('fr', "L'armée a neutralisé 20 terroristes et perdu quatre des siens.", 24, 0),
 ('fr', 'Les soldats ont tué 17 jihadistes mais ont perdu quatre des leurs.', 21, 0),
 ('es', 'Los militares abatieron a 17 guerrilleros y perdieron a cuatro de los suyos.', 21, 0),
 ('en', 'Soldiers killed 17 militants but lost four of their own.', 21, 0),
 ('ru', 'Военные уничтожили 17 боевиков, потеряв четверых своих.', 21, 0),
 ('en', 'The Taliban said they killed 12 soldiers and lost three of their own.', 15, 0),
 ('en', 'Police killed two robbers and lost one of their own in the shootout.', 3, 0),
 ('en', 'The rebels lost 40 of their own in the offensive, a commander admitted.', 40, 0),
 ('en', 'The army said it had killed 30 militants and lost two of its own men.', 32, 0),
 # fourth batch: army communiqués and daily lines in five languages
 ('fr', "L'état-major a indiqué que 12 terroristes avaient été neutralisés et qu'un soldat avait perdu la vie.", 13, 0),
 ('fr', "Au cours de la riposte, une dizaine d'assaillants ont été neutralisés, selon la même source.", 10, 0),
 ('fr', 'Les terroristes ont attaqué le détachement militaire de Koutougou, tuant 24 soldats.', 24, 0),
 ('fr', 'Des hommes armés ont exécuté sept personnes, dont le chef du village, après les avoir séparées des femmes.', 7, 0),
 ('es', 'Tres presuntos delincuentes murieron al enfrentarse a elementos de la Policía Estatal, que no reportó bajas.', 3, 0),
 ('es', 'Un grupo de sicarios asesinó a balazos a cinco hombres que se encontraban en un taller mecánico.', 5, 0),
 ('es', 'Hasta el momento se contabilizan 17 víctimas mortales y 25 lesionados, informó Protección Civil.', 17, 25),
 ('ru', 'В результате контртеррористической операции нейтрализованы трое боевиков, среди силовиков потерь нет.', 3, 0),
 ('ru', 'Погибли трое военнослужащих, еще восемь получили ранения, сообщило Минобороны.', 3, 8),
 ('ru', 'Мужчина открыл стрельбу в школе, убив шестерых человек, а затем застрелился.', 6, 0),
 ('ru', 'В ДТП с участием военного грузовика погибли два человека.', 2, 0),
 ('uk', 'Троє людей загинули, ще 11 дістали поранень внаслідок удару по Одесі.', 3, 11),
 ('uk', 'Окупанти вбили двох цивільних у Херсонській області, ще одна людина поранена.', 2, 1),
 ('fr', 'Un militaire tué et plusieurs assaillants neutralisés.', 4, 0),
 ('en', 'Three gunmen were killed by soldiers after they wounded two villagers.', 0, 2),
 ('en', 'A gunman who wounded two shoppers was shot dead by police.', 0, 2),
 # fifth batch: names with ages
 ('es', 'Murieron Pedro Gómez, de 45 años, y su hijo Andrés, de 19.', 2, 0),
 ('es', 'Murieron dos policías y un civil.', 3, 0),
 ('es', 'Los fallecidos son tres soldados, ocho civiles.', 11, 0),
 ('en', 'Gunmen killed three soldiers, eight civilians and a policeman.', 12, 0),
 # sixth batch: how tolls are told
 ('en', 'Police said the death toll had reached 14, with 32 others injured.', 14, 32),
 ('en', 'Killed were a district police chief and three of his bodyguards.', 4, 0),
 ('en', 'The dead included a two-year-old girl and her grandmother.', 2, 0),
 ('en', 'A total of 23 people were killed and 41 wounded in the three attacks.', 23, 41),
 ('en', 'The attack killed 14 and wounded 32, police said, adding that the toll could rise.', 14, 32),
 ('en', 'Nine children were among 15 people killed when a shell hit a school.', 15, 0),
 ('en', 'Fighting between the army and rebels has killed at least 20 combatants and forced thousands to flee.', 20, 0),
 ('en', 'Security forces arrested 12 suspects and killed two others in a shootout.', 2, 0),
 ('en', 'The blast wounded at least 60 people, 10 of them seriously, the Red Crescent said.', 0, 60),
 ('en', 'Six policemen were among the dead.', 6, 0),
 ('en', 'Casualties included two dead and five wounded.', 2, 5),
 ('en', 'At least one person was killed and several others injured.', 1, 3),
 ('fr', 'Le bilan fait état de 14 morts et 32 blessés, selon la police.', 14, 32),
 ('fr', 'Au total, 23 personnes ont été tuées et 41 blessées dans les trois attaques.', 23, 41),
 ('es', 'Entre los fallecidos se encuentran dos menores y su madre.', 3, 0),
 ('es', 'El balance oficial es de 14 muertos y 32 heridos.', 14, 32),
 ('fr', '23 personnes ont été tuées et 41 blessées dans les trois attaques.', 23, 41),
 # seventh batch: the hurt, and people taken to hospital
 ('en', 'The explosion killed seven people, with 45 others injured.', 7, 45),
 ('en', 'A bomb went off near a school bus, leaving 12 dead and over 100 injured.', 12, 100),
 ('en', 'The number of injured rose to 58 on Monday.', 0, 58),
 ('en', 'Eleven people were hospitalised after the attack, two in critical condition.', 0, 11),
 ('en', 'Fourteen people were treated for injuries at the scene.', 0, 14),
 ('en', 'Three officers suffered minor injuries during the clashes.', 0, 3),
 ('en', 'Twenty-one people sustained injuries, according to the health ministry.', 0, 21),
 ('en', 'At least 30 people were rushed to hospital with shrapnel wounds.', 0, 30),
 ('en', 'Dozens of people were wounded, six of them critically.', 0, 61),
 ('en', 'The attack left scores of people injured.', 0, 69),
 ('en', 'Eight people were injured, one of whom later died.', 1, 7),
 ('en', 'Five soldiers died and 12 were wounded, four seriously.', 5, 12),
 ('en', 'The blast injured 19 people, including four children, and damaged several shops.', 0, 19),
 ('en', 'Three people suffered gunshot wounds and were taken to a nearby hospital.', 0, 3),
 ('en', 'Two policemen and a passer-by were slightly injured.', 0, 3),
 ('en', 'The grenade attack wounded a dozen people at a bus terminal.', 0, 12),
 ('en', 'More than 200 people were injured in the stampede that followed the explosions.', 0, 200),
 ('en', 'At least 17 people were killed and about 40 injured, most of them civilians.', 17, 40),
 ('en', 'The car bomb wounded 25 people, five of them seriously, in a crowded market.', 0, 25),
 ('uk', 'Внаслідок удару по Дніпру загинули 12 людей, серед них двоє дітей, ще 27 отримали поранення.', 12, 27),
 ('uk', 'Кількість загиблих унаслідок атаки на Умань зросла до 23.', 23, 0),
 ('uk', 'Під завалами знайшли тіла ще трьох людей.', 3, 0),
 ('uk', 'У Херсоні через обстріл поранено чоловіка 45 років.', 0, 1),
 ('uk', 'Четверо військових загинули, виконуючи бойове завдання.', 4, 0),
 ('uk', 'Загинув водій вантажівки, пасажир травмований.', 1, 1),
 ('uk', "Внаслідок атаки постраждали п'ятеро людей, зокрема дитина.", 0, 5),
 ('uk', 'Росіяни обстріляли Нікополь: одна людина загинула, троє поранені.', 1, 3),
 ('ru', 'На месте погибли трое, ещё двоих доставили в больницу в тяжёлом состоянии.', 3, 2),
 ('ru', 'Пятеро погибших, в том числе ребёнок, и 17 раненых — таков предварительный итог атаки.', 5, 17),
 ('ru', 'По уточнённым данным, число погибших достигло 14, раненых — 22.', 14, 22),
 ('ru', 'Среди погибших — двое сотрудников полиции.', 2, 0),
 ('ru', 'Ранения получили девять человек, из них трое — дети.', 0, 9),
 ('en', 'Paramedics took five people to hospital.', 0, 5),
 ('en', 'Ambulances rushed 14 people to hospital after the blast.', 0, 14),
 ('es', 'Los paramédicos trasladaron a cinco personas al hospital.', 0, 5),
 ('fr', "Les secours ont transporté cinq personnes à l'hôpital.", 0, 5),
 ('ru', 'Медики доставили в больницу пятерых человек.', 0, 5),
 ('ru', 'Ещё двоих доставили в больницу.', 0, 2),
 ('uk', 'Ще трьох людей доставили до лікарні.', 0, 3),
 ('en', 'Rescuers took the bodies of five victims to the hospital morgue.', 5, 0),
 ('en', 'Police took two suspects to hospital for treatment of minor injuries.', 0, 2),
 ('en', 'Relatives took the wounded to a private clinic.', 0, 0),
 ('en', 'The army took 30 journalists to the hospital to see the damage.', 0, 0),
 ('es', 'El ejército llevó a 30 periodistas al hospital para ver los daños.', 0, 0),
 # eighth batch: incident-list entries and headlines in the present
 ('en', 'Suicide bombing at a mosque kills 25, injures 40.', 25, 40),
 ('en', 'Gunmen kill five at a wedding in the north.', 5, 0),
 ('en', 'Car bomb in market kills 12 and wounds dozens.', 12, 61),
 ('en', 'Two suicide bombers attack a church, killing 11 worshippers and wounding 23.', 11, 23),
 ('en', 'An explosion at a rally kills at least 18 people and injures more than 50.', 18, 50),
 ('en', 'Attack on checkpoint leaves 6 police dead.', 6, 0),
 ('en', 'Bomb blast at bus stop: 3 dead, 14 hurt.', 3, 14),
 ('en', 'Militants behead 4 hostages.', 4, 0),
 ('en', 'Shooting at university: 2 dead, 4 injured; gunman arrested.', 2, 4),
 ('en', 'Rocket attack on base injures 7 soldiers.', 0, 7),
 ('en', 'Truck bomb outside hotel kills 9 including 2 foreigners.', 9, 0),
 ('en', 'Mortar shells hit a camp for displaced people, killing 8 and injuring 30.', 8, 30),
 ('en', 'Armed men storm a prison, freeing 200 inmates and killing 4 guards.', 4, 0),
 ('en', 'Arson attack on a school dormitory kills 19 pupils.', 19, 0),
 ('en', 'A female suicide bomber detonates her vest at a market, killing herself and 7 others.', 7, 0),
 ('fr', 'Attentat-suicide contre une mosquée : 25 morts, 40 blessés.', 25, 40),
 ('fr', "Explosion d'une voiture piégée sur un marché : au moins 12 morts.", 12, 0),
 ('es', 'Atentado con coche bomba deja 12 muertos y decenas de heridos en Mogadiscio.', 12, 59),
 ('es', 'Hombres armados matan a cinco personas en una boda.', 5, 0),
 ('es', 'Tiroteo en universidad: dos muertos y cuatro heridos.', 2, 4),
 ('ru', 'Взрыв на рынке: 12 погибших, десятки раненых.', 12, 59),
 ('ru', 'Боевики расстреляли пятерых гостей на свадьбе.', 5, 0),
 ('uk', 'Вибух на ринку: 12 загиблих, десятки поранених.', 12, 59),
 ('uk', "Бойовики розстріляли п'ятьох гостей на весіллі.", 5, 0),
 ('es', 'Hombres armados asesinaron a cinco invitados en una boda.', 5, 0),
 ('fr', "Des hommes armés ont tué cinq invités lors d'un mariage.", 5, 0),
 # ninth batch: no casualties of the day (threats, plots, trials, anniversaries, survivors), earlier attacks, running totals
 ('en', 'The bomb was defused before it could kill anyone.', 0, 0),
 ('en', 'Militants threatened to kill the hostages unless their demands were met.', 0, 0),
 ('en', 'Police foiled a plot to kill the governor and arrested three men.', 0, 0),
 ('en', 'A court sentenced two men to death for the murder of a journalist in 2019.', 0, 0),
 ('en', 'Hundreds gathered to mark the anniversary of the massacre in which 43 people died.', 0, 0),
 ('en', 'The driver escaped unharmed when gunmen fired at his car.', 0, 0),
 ('en', 'All 30 passengers survived the attack on the bus.', 0, 0),
 ('en', 'The rocket landed in an empty field, causing no casualties.', 0, 0),
 ('en', 'Officials denied reports that 12 civilians had been killed in the raid.', 0, 0),
 ('en', 'The group has killed hundreds of people since 2015.', 0, 0),
 ('en', 'Five men accused of killing a police officer went on trial on Monday.', 0, 0),
 ('en', 'If the dam breaks, thousands could die, engineers warned.', 0, 0),
 ('en', 'The minister visited the wounded in hospital.', 0, 0),
 ('en', 'The killing of the activist last year sparked mass protests.', 0, 0),
 ('en', 'A memorial was unveiled for the 17 soldiers who died in the 2014 ambush.', 0, 0),
 ('fr', "L'engin explosif a été désamorcé avant d'exploser, sans faire de victimes.", 0, 0),
 ('fr', "Aucun blessé n'est à déplorer.", 0, 0),
 ('es', 'No se reportaron víctimas tras la explosión.', 0, 0),
 ('es', 'Los agresores amenazaron con matar a los rehenes.', 0, 0),
 ('ru', 'Пострадавших нет.', 0, 0),
 ('ru', 'Никто не пострадал.', 0, 0),
 ('uk', 'Обійшлося без жертв.', 0, 0),
 ('en', 'Days after another attack killed 12 villagers, gunmen returned and killed three more.', 3, 0),
 ('fr', 'Deux semaines après une attaque similaire qui avait fait neuf morts, deux policiers ont été tués.', 2, 0),
 ('es', 'Dos policías murieron, una semana después de otro ataque que dejó nueve muertos.', 2, 0),
 ('en', 'Rescuers found three more bodies on Sunday, bringing the total to six.', 6, 0),
 ('en', 'Police found two more bodies, bringing the number of dead to 11.', 11, 0),
 ('en', 'Police found two more weapons caches, bringing the total to 11.', 0, 0),
 # tenth batch: vague amounts and ranges, lists of the dead and the hurt
 ('es', 'Una docena de personas murieron en el ataque.', 12, 0),
 ('es', 'Más de una decena de soldados resultaron heridos.', 0, 10),
 ('es', 'Entre 10 y 15 personas perdieron la vida, según fuentes locales.', 12, 0),
 ('es', 'Al menos una veintena de civiles murieron en los bombardeos.', 20, 0),
 ('fr', 'Une vingtaine de personnes ont été tuées et une centaine blessées.', 20, 100),
 ('fr', 'Entre 30 et 40 civils ont péri, selon des témoins.', 35, 0),
 ('fr', "Plus d'une dizaine de militaires ont été blessés.", 0, 10),
 ('ru', 'Около двух десятков человек погибли.', 20, 0),
 ('ru', 'Более десяти военных получили ранения.', 0, 10),
 ('ru', 'От 15 до 20 человек погибли в результате удара.', 17, 0),
 ('uk', 'Близько двадцяти людей загинули.', 20, 0),
 ('uk', 'Понад десять людей отримали поранення.', 0, 10),
 ('en', 'Between 10 and 15 people lost their lives, local sources said.', 12, 0),
 ('en', 'Some two dozen people were killed.', 24, 0),
 ('en', 'Roughly a hundred people were injured.', 0, 100),
 ('en', 'A roadside bomb killed a district governor and his driver, and wounded three of his bodyguards.', 2, 3),
 ('en', 'The gunmen killed the imam as he led prayers, then shot dead two worshippers who tried to flee.', 3, 0),
 ('en', 'Two students were killed and another 11 were injured when a bomb exploded outside the university gates.', 2, 11),
 ('en', 'The ambush left a soldier dead and three others with gunshot wounds.', 1, 3),
 ('en', 'Three members of a bomb disposal team died while trying to defuse a device.', 3, 0),
 ('en', 'An Afghan policeman turned his weapon on his colleagues, killing seven of them as they slept.', 7, 0),
 ('en', 'Three children playing in a field were killed when an unexploded shell they found went off.', 3, 0),
 ('en', 'Separatists said they had shot down a helicopter, killing all nine people on board.', 9, 0),
 ('en', 'The rebels freed 12 hostages but continue to hold at least 40 others.', 0, 0),
 ('en', 'A woman and her three children were burned to death when attackers set fire to their hut.', 4, 0),
 ('fr', 'Un attentat à la voiture piégée a tué le gouverneur de la province et trois de ses gardes du corps.', 4, 0),
 ('fr', "L'embuscade a fait un mort parmi les soldats et trois blessés graves.", 1, 3),
 ('es', 'Un atentado con explosivos mató al gobernador y a tres de sus escoltas.', 4, 0),
 ('es', 'La emboscada dejó un soldado muerto y otros tres con heridas de bala.', 1, 3),
 ('fr', 'Entre 30 et 40 civils ont péri.', 35, 0),
 ('es', 'Entre 10 y 15 civiles murieron.', 12, 0),
 ('en', 'Between 10 and 15 civilians died.', 12, 0),
 ('en', 'The attack left two dead and five in hospital.', 2, 5),
 ('es', 'El ataque dejó un muerto y dos personas en estado grave.', 1, 2),
 ('fr', "L'attaque a fait un mort et trois blessés par balles.", 1, 3),
 ('en', 'Eleven died at the scene and two more in hospital.', 13, 0),
]

# left as gaps: each still misses (strict)
GAPS = [
 ('en', 'Heavy shelling of residential areas left at least four civilians dead and 19 wounded, according to the regional governor.', 4, 19),
 ('en', 'The gunmen spared the women but killed all the men they found, some 20 in total.', 20, 0),
 ('fr', "La fusillade a fait un mort, un homme de 45 ans, et son fils est dans un état critique.", 1, 1),
 ('es', 'Dos personas murieron en el lugar y otras seis, entre ellas un niño, resultaron heridas.', 2, 6),
 ('fr', "L'armée affirme avoir tué 17 terroristes et perdu quatre des siens.", 21, 0),
 ('fr', 'Bilan : un militaire tué et cinq assaillants neutralisés.', 6, 0),
 ('fr', 'Six gendarmes ont été tués, quatre sont portés disparus et neuf blessés ont été évacués.', 6, 9),
 ('fr', 'Sont morts un gendarme et son frère.', 2, 0),
 ('en', 'Officials said 12 people died, but hospital sources put the figure at 19.', 19, 0),
 ('en', 'The bomber, a teenager, was the only fatality.', 1, 0),
 ('en', 'Hospitals received 73 wounded and 9 bodies, medics said.', 9, 73),
 ('fr', "Des hommes armés tuent cinq personnes lors d'un mariage.", 5, 0),
]

GAPS_CLOSED = [  # gaps until round 63: an earlier deed a verb of sequel recalls, dated apart (reader._sequel_clause)
 ('en', 'Two policemen were killed and five people were injured when militants attacked a police station in the city. The attack came two weeks after a similar raid killed nine officers in the same district.', 2, 5),
]

LATER_DEATHS = [
 ('en', 'Two of the wounded later died in hospital, raising the death toll to seven.', 'killed', 7),
 ('en', 'Two more people died of their injuries on Monday, taking the total to 11.', 'killed', 11),
 ('en', 'Afghan and coalition forces arrested a Haqqani network facilitator and held two other suspects during a search in Khost province last night.', 'detained', 3),
 # seventh batch: detained, kidnapped and missing in ISAF's manner
 ('en', 'The security force took two suspected insurgents into custody after a brief firefight.', 'detained', 2),
 ('en', 'Afghan police apprehended a man suspected of planting roadside bombs.', 'detained', 1),
 ('en', 'During the search, the force detained the Taliban leader along with several of his associates.', 'detained', 4),
 ('en', 'Three suspects were taken into custody for further questioning.', 'detained', 3),
 ('en', 'The combined force captured a senior Haqqani network commander and one of his fighters.', 'detained', 2),
 ('en', 'Coalition forces detained multiple suspected insurgents in Kunduz province.', 'detained', 3),
 ('en', 'Local police arrested five men in connection with the bombing.', 'detained', 5),
 ('en', 'No one was detained during the operation.', 'detained', 0),
 ('en', 'The force found a weapons cache but detained no insurgents.', 'detained', 0),
 ('en', 'Gunmen kidnapped a local businessman and demanded a ransom.', 'kidnapped', 1),
 ('en', 'Twelve passengers were taken hostage when militants stopped the bus.', 'kidnapped', 12),
 ('en', 'Two aid workers remain missing after the attack on their convoy.', 'missing', 2),
 ('en', 'More than 40 protesters were arrested during the demonstration.', 'detained', 40),
 ('en', 'A suspected facilitator was detained and later released.', 'detained', 1),
]

# fled their homes: displaced (a verb of fleeing with a home noun; not "fled the scene")
FLED = [
 ('en', 'About 2,000 residents fled their homes after the attack.', 'displaced', 2000),
 ('en', 'More than 300 villagers fled their homes as the fighting spread.', 'displaced', 300),
 ('en', 'The gunmen fled the scene on motorcycles.', 'displaced', 0),
 ('en', 'The gunmen fled the scene on motorcycles.', 'killed', 0),
 ('en', 'The attackers fled into the forest.', 'displaced', 0),
 ('fr', 'Plus de 5 000 personnes ont fui leurs foyers à cause des combats.', 'displaced', 5000),
 ('es', 'Unas 400 personas huyeron de sus hogares por los enfrentamientos.', 'displaced', 400),
 ('es', 'Más de 120 personas abandonaron sus viviendas tras las amenazas.', 'displaced', 120),
 ('ru', 'Около 3 тысяч жителей покинули свои дома из-за обстрелов.', 'displaced', 3000),
 ('uk', 'Понад 500 мешканців покинули свої домівки через бойові дії.', 'displaced', 500),
]

# one-paragraph incident reports and reports with headlines in four languages
REPORTS = [
 ('en', '2014-06-30', None, 'A car bomb exploded outside a crowded cafe in the city centre, killing twelve and injuring about thirty. No group claimed responsibility.', 12, 30),
 ('en', '2014-06-30', None, 'Unknown attackers threw a hand grenade into a police station compound. Eight officers were injured, two of them seriously.', 0, 8),
 ('en', '2014-06-30', None, 'Four pilgrims travelling to a shrine were shot dead by gunmen who stopped their minibus; the driver was wounded and the vehicle set on fire.', 4, None),
 ('en', '2014-06-30', None, 'A rocket fired from across the border struck a house in the town, killing a woman and injuring four members of her family.', 1, 4),
 ('en', '2014-06-30', None, 'Three people died and 15 were hurt when a bomb planted in a rubbish bin went off at a bus stop during rush hour.', 3, 15),
 ('en', '2014-06-30', None, 'Twenty-two people were injured when police used tear gas and rubber bullets to disperse a rally.', 0, 22),
 ('en', '2014-06-30', None, 'A suicide attacker rammed an explosives-laden vehicle into an army checkpoint. Seven soldiers were killed; eleven more were wounded, according to military sources.', 7, 11),
 ('en', '2014-06-30', None, 'Two Chinese engineers were killed and their local driver injured in an ambush on the road to the dam site.', 2, None),
 ('en', '2014-06-30', None, 'Five people, including two children, sustained shrapnel wounds when a mortar round landed in a residential neighbourhood.', 0, 5),
 ('en', '2014-06-30', None, 'Twin blasts at a market killed nine people and injured more than 40, officials said. The explosions happened within minutes of each other.', 9, 40),
 ('en', '2014-06-30', None, 'A gunman opened fire on a group of tourists near the old city, killing one and wounding two before he was arrested.', 1, 2),
 ('en', '2014-06-30', None, 'Three firefighters were treated for burns after insurgents set fire to a fuel depot.', 0, 3),
 ('en', '2014-06-30', None, 'The bodies of five kidnapped construction workers were found dumped near a highway, bearing signs of torture.', 5, 0),
 ('en', '2014-06-30', None, 'An explosion on a passenger train left six dead and 13 injured. Investigators said a timed device had been hidden under a seat.', 6, 13),
 ('ru', '2022-09-18', 'В Дагестане при нападении на пост ДПС погибли трое полицейских', 'Вечером в субботу неизвестные открыли огонь по посту дорожно-патрульной службы на въезде в Хасавюрт. Трое сотрудников полиции погибли на месте, ещё семь человек, в том числе двое прохожих, доставлены в больницу с огнестрельными ранениями. Нападавшим удалось скрыться, возбуждено уголовное дело по статье о посягательстве на жизнь сотрудника правоохранительных органов.', 3, 7),
 ('ru', '2022-09-18', 'Двое погибших при взрыве газопровода в Ингушетии', 'Взрыв произошёл ночью на участке газопровода в Малгобекском районе. По информации МЧС, погибли двое рабочих, обслуживавших трубу. Следствие рассматривает версию диверсии.', 2, 0),
 ('fr', '2022-09-18', 'Burkina Faso : onze soldats tués dans une embuscade dans le Nord', "Onze militaires burkinabè ont perdu la vie dimanche dans une embuscade tendue par des hommes armés non identifiés près de Djibo, a annoncé l'état-major. Plusieurs autres ont été blessés. En riposte, l'armée affirme avoir neutralisé une quinzaine d'assaillants.", 26, None),
 ('fr', '2022-09-18', 'Douze blessés dans des heurts à Conakry', "Des affrontements entre manifestants et forces de l'ordre ont fait au moins douze blessés samedi dans la banlieue de Conakry, selon des sources hospitalières. Plusieurs personnes ont été interpellées.", 0, 12),
 ('es', '2022-09-18', 'Masacre en Cauca deja cuatro muertos', 'Cuatro jóvenes fueron asesinados la noche del sábado en una zona rural del municipio de Suárez, en el departamento del Cauca. Según la Defensoría del Pueblo, los hombres armados llegaron en motocicletas y dispararon contra un grupo de personas que se encontraba en una tienda. Otras dos personas resultaron heridas y fueron trasladadas al hospital local.', 4, 2),
 ('es', '2022-09-18', 'Asesinan a firmante de paz en Antioquia', 'Un excombatiente de las FARC que firmó el acuerdo de paz fue asesinado en la vereda La Esperanza, en Ituango. Con este crimen, ya son 42 los firmantes asesinados en lo que va del año, según el partido Comunes.', 1, 0),
 ('ru', '2022-09-18', 'Обстрел Донецка: пять погибших', 'Пять мирных жителей погибли и двенадцать получили ранения в результате обстрела Куйбышевского района Донецка в воскресенье утром, сообщил глава города. Снаряды попали в жилые дома и остановку общественного транспорта. Среди раненых — двое детей.', 5, 12),
 ('ru', '2022-09-18', 'В Москве задержан подозреваемый в убийстве журналиста', 'Полиция задержала мужчину, подозреваемого в убийстве корреспондента местной газеты, тело которого было найдено в подъезде его дома в пятницу. По данным следствия, журналист скончался от ножевых ранений.', 1, 0),
 ('ru', '2022-09-18', 'Три человека пострадали при взрыве в Белгороде', 'В Белгороде в результате падения обломков ракеты на жилой дом пострадали три человека, сообщил губернатор области. Пострадавшие госпитализированы, их состояние оценивается как средней тяжести.', 0, 3),
 ('uk', '2022-09-18', 'Ракетний удар по Запоріжжю: двоє загиблих', "Російські війська завдали ракетного удару по житловому кварталу Запоріжжя. За даними ОВА, загинули двоє людей, ще п'ятеро отримали поранення, серед них підліток.", 2, 5),
 ('fr', '2022-09-18', "Niger : trois gendarmes tués lors de l'attaque d'un poste", "Trois gendarmes nigériens ont été tués et un autre est porté disparu après l'attaque de leur poste dans la région de Tillabéri, a indiqué le ministère de l'Intérieur dans un communiqué.", 3, 0),
 ('fr', '2022-09-18', "RDC : un casque bleu tué dans l'Ituri", "Un Casque bleu de la Monusco a été tué et quatre autres ont été blessés samedi lors d'une attaque attribuée à des miliciens de la Codeco, a annoncé la mission onusienne, qui condamne « fermement » cet acte.", 1, 4),
 ('es', '2022-09-18', 'Hallan tres cuerpos en una carretera de Zacatecas', 'Los cuerpos sin vida de tres hombres fueron localizados a un costado de la carretera federal 45, informó la Fiscalía estatal. Las víctimas presentaban impactos de arma de fuego.', 3, 0),
 ('es', '2022-09-18', 'Seis heridos deja una riña en penal de Guayaquil', 'Una riña entre reos de la Penitenciaría del Litoral dejó seis internos heridos, informó el servicio de atención a privados de libertad. Los heridos fueron trasladados a un hospital cercano.', 0, 6),
 # second batch: incident-list paragraphs
 ('en', '2017-06-30', None, 'Two bombs exploded minutes apart at a bus station in the city. The first blast killed four people and the second killed five, while 25 people were wounded in total.', 9, 25),
 ('en', '2017-06-30', None, 'Eighteen people, including the three attackers, were killed and about 50 injured when gunmen stormed a hotel in the capital.', 18, 50),
 ('en', '2017-06-30', None, 'A suicide bomber struck a funeral procession, killing four mourners and wounding dozens.', 4, None),
 ('en', '2017-06-30', None, 'Seven soldiers were wounded when their patrol was ambushed by militants; the attackers fled.', 0, 7),
 ('en', '2017-06-30', None, 'A series of coordinated attacks on police stations left six officers dead. Nineteen others were injured, several of them seriously.', 6, 19),
 ('en', '2017-06-30', None, 'An explosive device planted under a car detonated outside a government office, killing a security guard. Three passers-by were also hurt.', 1, 3),
 ('en', '2017-06-30', None, 'Two Christian converts were hacked to death by suspected militants in a village near the border.', 2, 0),
 ('en', '2017-06-30', None, 'The blast, which struck near a crowded shopping centre, killed 11 people and injured 34. The Islamic State claimed responsibility, saying one of its fighters detonated an explosives belt.', 11, 34),
 ('en', '2017-06-30', None, 'Gunmen opened fire on worshippers leaving a mosque after evening prayers, killing five people and wounding six. Police said the attackers escaped on motorcycles.', 5, 6),
 # third batch: wire reports with headlines
 ('en', '2022-09-18', 'Nigeria: 12 killed as bandits raid Zamfara village', 'Armed bandits on Saturday attacked Kurfa village in Zamfara State, killing 12 residents, police spokesman Mohammed Shehu said. He said a manhunt had been launched.', 12, None),
 ('en', '2022-09-18', 'Three dead, nine hurt in Quetta blast', 'A bomb attached to a motorcycle exploded near a police van in Quetta on Sunday. Three passers-by died on the spot and nine people, including four policemen, were injured, officials said.', 3, 9),
 ('en', '2022-09-18', 'Seven soldiers killed in Mali ambush - army', 'BAMAKO (Reuters) - Seven Malian soldiers were killed on Saturday when their convoy hit an explosive device and came under fire near the town of Boni, the army said. It said "several terrorists" were neutralised in the fighting.', 10, None),
 ('en', '2022-09-18', 'Talks on Tigray ceasefire resume', "Negotiators from Ethiopia's government and Tigrayan forces resumed talks on Sunday, a year after fighting that killed thousands of people. Mediators said they were hopeful of progress.", 0, 0),
 ('en', '2022-09-18', 'Journalist shot dead in Honduras', 'A radio journalist was shot dead by two men on a motorcycle in the northern city of San Pedro Sula, police said on Sunday. He is the fourth journalist killed in the country this year.', 1, 0),
 ('en', '2022-09-18', 'Five bodies found after Sinaloa shootout', "Police found the bodies of five men after a gunfight between rival gangs near Culiacan on Saturday, the state prosecutor's office said. Two suspects were detained at the scene.", 5, 0),
 ('en', '2022-09-18', 'UN peacekeepers attacked in CAR', 'Two Rwandan peacekeepers were killed and one was wounded when their patrol was ambushed by armed men in the Central African Republic\'s southwest on Saturday, the UN mission said, condemning "a cowardly attack".', 2, 1),
 ('en', '2022-09-18', 'Death toll from Kabul school bombing rises to 23', "The number of people killed in Friday's suicide bombing at an education centre in western Kabul has risen to 23, most of them young women, a police spokesman said. Dozens more were wounded.", 23, None),
 # fifth batch: regional and agency reports in four languages
 ('es', '2022-09-18', 'Ataque sicarial en zona rural de Tumaco deja dos muertos', 'En la noche de este sábado, hombres armados llegaron hasta una vivienda ubicada en la vereda Llorente, zona rural de Tumaco, y dispararon en repetidas ocasiones contra sus ocupantes. Como consecuencia del ataque murieron Jhon Jairo Quiñones, de 34 años, y su cuñado Wilmer Castillo, de 27. Una menor de edad que se encontraba en el lugar resultó herida y fue llevada al hospital San Andrés, donde se recupera. Las autoridades investigan si el hecho está relacionado con disputas entre grupos armados ilegales por el control del narcotráfico en la región.', 2, 1),
 ('es', '2022-09-18', 'Asesinan a líder social en el Cauca', 'Un nuevo crimen contra líderes sociales se registró en el departamento del Cauca. Se trata de María Elena Guetio, presidenta de la junta de acción comunal de la vereda El Palo, quien fue atacada con arma de fuego cuando se movilizaba en su motocicleta. Según Indepaz, con este homicidio ya son 130 los líderes asesinados en el país en lo que va del año.', 1, 0),
 ('ru', '2022-09-18', 'В Сирии при взрыве автомобиля погибли четыре человека', 'Во вторник в городе Азаз на севере Сирии взорвался заминированный автомобиль, припаркованный у рынка. По данным Сирийской обсерватории по правам человека, погибли четыре человека, ещё шестеро получили ранения. Ответственность за теракт ни одна группировка на себя не взяла. В прошлом месяце в результате похожего взрыва в соседнем городе погибли 12 человек.', 4, 6),
 ('ru', '2022-09-18', 'Двое полицейских ранены в Чечне', 'В Грозном неизвестный напал с ножом на сотрудников полиции, дежуривших у здания МВД. Двое полицейских получили ножевые ранения, нападавший был задержан. По словам источника, раненые находятся в больнице, их жизни ничего не угрожает.', 0, 2),
 ('fr', '2022-09-18', 'Cameroun : cinq morts dans une attaque séparatiste', "Cinq personnes, dont deux gendarmes, ont été tuées samedi dans une attaque attribuée à des séparatistes anglophones dans la région du Nord-Ouest, a-t-on appris de sources sécuritaires. Les assaillants ont également incendié plusieurs habitations avant de prendre la fuite. Depuis 2017, le conflit a fait plus de 6 000 morts selon l'ONG International Crisis Group.", 5, None),
 ('fr', '2022-09-18', "Tchad : l'opposition dénonce des arrestations", "La principale coalition de l'opposition a dénoncé dimanche l'arrestation de plusieurs de ses militants à N'Djamena, à la veille d'une manifestation interdite. Le gouvernement n'a pas réagi.", 0, 0),
 ('es', '2022-09-18', 'Masacre en Samaniego: tres jóvenes asesinados', 'Tres jóvenes fueron asesinados en la madrugada del domingo en zona rural del municipio de Samaniego, Nariño. Las víctimas, identificadas como Luis Alberto Rosero, de 22 años, Camilo Andrés Pantoja, de 19, y Jefferson Muñoz, de 20, se encontraban en una finca cuando llegaron los hombres armados.', 3, 0),
 ('es', '2022-09-18', 'Enfrentamiento en el Catatumbo', 'Un soldado profesional murió y otros dos resultaron heridos durante un combate con integrantes del ELN en zona rural de Tibú, según informó la Segunda División del Ejército.', 1, 2),
 ('fr', '2022-09-18', 'Deux humanitaires tués au Soudan du Sud', "Deux employés d'une ONG, un chauffeur et un infirmier, ont été tués vendredi lors d'une embuscade contre leur convoi dans l'État de Jonglei, a annoncé l'organisation.", 2, 0),
 ('ru', '2022-09-18', 'Убиты двое участников схода', 'В Ингушетии неизвестные застрелили двух мужчин, возвращавшихся с сельского схода. Погибшими оказались 45-летний житель села Сурхахи и его 19-летний племянник.', 2, 0),
 # ninth batch: separate incidents, updates, earlier attacks
 ('en', '2022-09-18', 'Attacks in two provinces', 'Gunmen killed four farmers in Benue State on Saturday, police said. In a separate incident, three vigilantes were shot dead and four others wounded in neighbouring Nasarawa State.', 7, 4),
 ('en', '2022-09-18', 'Toll from market blast rises', 'At least 10 people were killed when a bomb exploded in a busy market on Saturday, officials said. By Sunday evening, the toll had risen to 15 as more victims died in hospital.', 15, None),
 ('en', '2022-09-18', 'Clashes in the north', 'Five soldiers were killed in an ambush on Saturday. Elsewhere in the region, four civilians died when their vehicle struck a landmine.', 9, 0),
 ('en', '2022-09-18', 'Three more bodies found', "Rescuers found three more bodies on Sunday in the rubble of a building destroyed by Friday's airstrike, bringing the total to six.", 6, None),
 ('fr', '2022-09-18', 'Deux attaques dans le centre du Mali', "Quatre civils ont été tués samedi dans l'attaque de leur village. Dans une autre attaque, trois soldats ont perdu la vie près de Mopti.", 7, 0),
 ('es', '2022-09-18', 'Dos hechos violentos en Guerrero', 'Cinco personas fueron asesinadas en un bar de Acapulco. En otro hecho, tres policías murieron en una emboscada en la sierra.', 8, 0),
 ('ru', '2022-09-18', 'Два нападения на Кавказе', 'В Дагестане убиты двое полицейских. В другом инциденте в Ингушетии погибли четыре человека.', 6, 0),
]

# ISAF-style releases: (published, title, text, killed low, detained low)
ISAF_RELEASES = [
 ('2011-05-10', 'Combined force kills two insurgents in Helmand', 'LASHKAR GAH, Afghanistan (May 10) - An Afghan-led security force killed two armed insurgents who engaged the patrol with small-arms fire in Nad-e Ali district, Helmand province, yesterday. The force also seized a cache of ammunition and a motorcycle. No civilians were harmed.', 2, 0),
 ('2011-05-10', 'Security force arrests Haqqani facilitator', 'KABUL, Afghanistan (May 10) - Afghan and coalition forces arrested a Haqqani network facilitator and held two other suspects during a search in Khost province last night. The facilitator is believed to have moved weapons for attacks on the provincial capital.', 0, 3),
 ('2011-05-10', 'Taliban commander killed in Kandahar', 'KANDAHAR, Afghanistan (May 10) - A senior Taliban commander responsible for planting roadside bombs along Highway 1 was killed during a coalition operation in Zhari district yesterday. Several other insurgents were detained after the force came under fire.', 1, 3),
 ('2011-05-10', 'ISAF service member dies', 'KABUL, Afghanistan (May 10) - An International Security Assistance Force service member died following an insurgent attack in southern Afghanistan today. It is ISAF policy to defer casualty identification to the relevant national authorities.', 1, 0),
 ('2011-05-10', 'Air weapons team engages insurgents', 'KABUL, Afghanistan (May 10) - A coalition air weapons team killed five insurgents who were observed emplacing an improvised explosive device along a road in Paktika province yesterday. Follow-on assessments found no civilians in the area.', 5, 0),
 ('2011-05-10', 'Operations update', 'KABUL, Afghanistan (May 10) - In Logar province, an Afghan and coalition security force detained a Taliban leader who coordinated attacks on Afghan police. During the operation, the force detained four additional suspected insurgents.', 0, 5),
]

test_line_in_its_language, test_known_gaps = summary_tests(LINES + GAPS_CLOSED, GAPS, "GAPS")
test_report_with_its_headline_and_date = dated_report_tests(REPORTS)
test_later_deaths_and_detentions = category_tests(LATER_DEATHS)
test_fled_their_homes = category_tests(FLED)

test_isaf_release, _ = isaf_release_tests(ISAF_RELEASES)
