"""Sentences and reports of our own (fifty-ninth round), with the figures each must give, written by
hand before the mends that meet them ran on them.

Agency lines of many regions (AGENCY_LINES, 35: 34 as written, one first written otherwise, it says why),
lines in four languages (OTHER_LANGUAGES, 29: 28 as written; MORE_LANGUAGES, 17: 14 as written, two first
written otherwise), a second clause's subject joined to the first's object (SECOND_SUBJECTS, 8: 6 as written),
Wikipedia-style lines of the hurt (HURT_LINES, 19: 17 as written), "left one dead and six with wounds" and
places struck (LEFT_AND_STRUCK, 10: 8 as written), "casualties" (CASUALTY_NOUNS, 2 of 2), other shapes (SHAPES,
18: 17 as written), lines in the manner of ISAF's releases (RELEASE_LINES, 9: 8 as written), wire lines
(WIRE_LINES, 14: 12 as written), shapes the round's mends were written for, with their neighbours
(MENDED_SHAPES, 33: 20 as written), agency reports (REPORTS, 9: 6 as written, three first written otherwise),
dated entries in the manner of Wikipedia's lists (WIKIPEDIA_ENTRIES, 10 of 10), reports in four languages
(REPORTS_IN_FOUR_LANGUAGES, 6 of 6) and an earlier incident told after the report's own (RECALLED_AT_THE_CLOSE,
8: 2 as written). Left out as first written: "The victims, all men aged between 18 and 30, were shot at close
range; seven of them died" (the victims shot read as an uncounted plural hurt, two by the contract: how many
were hurt and lived the line does not say), "He was the fourth journalist killed in the country this year"
(a personal pronoun counts only as the death of one told hurt before: the pack's convention), "Parmi les
victimes figurent trois enfants et un policier" and "The victims included a policeman who tried to stop the
attacker" (victims of what, the line does not say), "Up to 12 people may have been killed" (a possibility).
Mended, a structure, not a phrasing:
- "Un policía perdió la vida y dos civiles quedaron heridos", "El ataque mató a un policía y dos civiles
  quedaron heridos": the parser joins the second clause's counted subject to the first verb's object and
  makes the second verb a clause of the first; a counted conjunct of the object right before a verb of harm
  with no subject is that verb's subject (parsed.subjects_of_a_second_verb); first written for any such verb,
  it read rounds 50's and 53's "left a woman and her two sons wounded" as two hurt: not after a verb of
  leaving, and only a finite verb or one with an auxiliary;
- "Three people were killed in a blast in the same area a week ago", "... hace una semana", "... неделю
  назад": a clause that closes on a recalled time of the week (the packs' new `recalled_closing_pattern`), no
  other time between the figure and those words, is an earlier episode on the same terms as one that opens on
  it (after a current figure told before; context.recalled);
- "leaving one child dead and six people with shrapnel wounds", "left a man dead and three civilians with
  gunshot wounds": a member of the list with wounds of its own is hurt, not dead (counting._state_of_its_own
  takes wounds as it took a hospital; parsed.states_on_a_left_object moves the state to the verb and leaves
  such a member on the list; its first form read the member's wounds through the finished parse's table of
  children while the repairs ran, and lost round 34's "two others in serious condition": now read as the
  repairs leave the tree), and "struck Kirkuk" is no one hurt: a phrasal verb's word ("strike shrapnel") is
  looked for in the verb's own phrase, not in a clause of its with a verb (relations.verb_category; round
  27's "burned alive", "alive" parsed as a clause, lost with the first form);
- "killed everyone inside: a farmer, his wife and their three children", "killed them all: ...": a list
  closing the sentence after a colon, right after an uncounted group a verb of harm takes, is that group's
  apposition (parsed.lists_after_a_colon);
- "A roadside bomb struck a patrol of six soldiers, killing all of them" (round 58's gap), "struck a bus
  carrying 20 pilgrims, killing them all": where the first verb struck a thing, not people, the pronoun stands
  for the people counted in its phrase, a reduced relative's counted noun too (referents.antecedent; "all"
  takes the number of "of them", not "many of them": a vague count of its own, an ISAF build row read 2 for 3
  with the first form);
- "Killed: 5 soldiers and 3 civilians" (round 58's gap), "Muertos: 4 policías y 2 civiles": the label's count
  takes the list its noun opens (parsed.labelled_figures);
- "His son was taken to hospital", "Su hijo fue trasladado al hospital": a singular noun with a possessive is
  one person taken there, not "his body" (grammar._to_hospital);
- "One soldier was killed and a second wounded", "... and a second badly hurt": an ordinal of addition with
  an article, hung on the state or tagged an adverb, is one more (grammar._counts_before, counting);
- "Kidnappers freed 12 of the 30 students abducted last month; three students were killed in captivity": the
  time of the clause before a semicolon that counts a figure of its own does not date the figure after it
  (context.earlier_episode; first written for any semicolon, it lost round 25's "It was the second such
  attack this month; in the first, nine people were wounded").
A second part, lines and reports written after the first part's mends, figures by hand as before: reports of
several incidents, revisions and background (REPORTS_OF_SEVERAL, 8: 6 as written), more lines of the hurt
(HURT_MORE, 14: 13 as written), Russian, Ukrainian, French and Spanish lines (LANGUAGES_MORE, 20: 17 as written),
and for the structure found, lines around it (CLAUSE_SUBJECTS, 18: 9 as written). Left out: "Of those hurt,
nine were police officers and six were journalists" (a breakdown with no figure of its whole before it). Tried and taken back: "the group claimed to have killed 17 troops ..., a
claim the army denied" read as denied (a clause of denial set after a comma): rounds 37, 48 and 49 hold a
party's claim the other side denies as a claim of the toll, and round 55's gap (the denier's own figure
replacing the claim) is another structure. Mended:
- "In a similar attack in January, three policemen were killed in the same district" (read as one more
  incident): a short opening phrase naming a month alone before its comma names a time of its own, as a
  month opening the sentence did (context.month_opening);
- "Two men were riding a motorcycle when they were shot dead", "Deux hommes circulaient à moto lorsqu'ils ont
  été abattus", "Dos hombres viajaban en moto cuando fueron asesinados", "Two men were sitting outside when
  gunmen shot them dead", "Двое мужчин ехали на машине, когда их расстреляли" (read no one): a plural pronoun,
  a dropped subject or an object pronoun in a clause of time stands for the counted subject of the clause it
  hangs on, where that clause tells no harm (referents.subject_above). First written for any counted subject,
  it read a MUC-4 build row's "THESE THREE NEW VICTIMS ... WERE TAKEN BY FORCE FROM THEIR HOMES BEFORE THEY WERE
  KILLED" as three more (6 -> 7, gold 11): not a subject with a word that tells it again ("these", "the"), and
  "The two men were riding ...", "Los dos jóvenes caminaban ...", read right by the first form, left out.
"""

from .helpers import dated_report_tests, summary_tests

AGENCY_LINES = [  # agency lines of many regions: 35, all as written but one first written otherwise (it says why)
 ('en', 'Two people died and 11 were hurt when a minibus hit a landmine outside Gao on Wednesday, a local official said.', 2, 11),
 ('en', 'At least nine worshippers lost their lives in an attack on a church in Kaya, and a dozen more were wounded.', 9, 12),
 ('en', 'Police found the bodies of five men with gunshot wounds dumped on a roadside near Culiacán.', 5, 0),
 ('en', 'The army said its troops had neutralised 17 terrorists in an operation in the Lake Chad area.', 17, 0),
 ('en', 'A suicide bomber blew himself up at a checkpoint in Mogadishu, killing three soldiers.', 3, 0),
 ('en', 'Fighting between herders and farmers in Plateau state has claimed 31 lives since Sunday, the governor said.', 31, 0),
 ('en', 'Among those killed in the raid were a police inspector, two constables and a civilian driver.', 4, 0),
 ('en', 'The attack left a soldier dead and two others seriously injured.', 1, 2),
 ('en', 'Both the driver and his passenger were killed instantly when the car was hit by a drone.', 2, 0),
 ('en', 'A husband and wife were stabbed to death in their home in Juba on Thursday night.', 2, 0),
 ('en', 'Unidentified gunmen abducted 20 passengers from a bus on the Kaduna-Abuja road; two passengers who resisted were shot dead.', 2, 0),
 ('en', 'Security forces opened fire on protesters in Khartoum, killing at least seven and injuring 40, medics said.', 7, 40),
 ('en', 'One of the wounded died overnight, bringing the death toll from the blast to six.', 6, 0),
 ('en', 'No one was hurt in the explosion, which damaged a police station in Quetta.', 0, 0),
 ('en', 'Five members of the same family, including three children, were killed in a strike on a house in Rafah, the health ministry said.', 5, 0),
 ('en', 'The strike killed 12 militants, among them a senior commander, the military said.', 12, 0),
 ('en', 'Turkish drone strike kills 4 PKK militants in northern Iraq', 4, 0),
 ('en', 'Fatalities: 6 (4 soldiers, 2 civilians).', 6, 0),
 ('en', 'Casualties included eight dead and 23 wounded.', 8, 23),
 ('en', 'Eight dead, 23 wounded in Kabul mosque blast', 8, 23),
 ('en', 'A policeman was killed and a bystander wounded in a grenade attack in Srinagar.', 1, 1),
 ('en', 'Gunmen killed the village head and injured his wife before fleeing into the forest.', 1, 1),
 ('en', 'The blast wounded 14 people, three of them critically.', 0, 14),
 ('en', 'An IED attack on a convoy killed a captain and wounded five jawans in Sukma district.', 1, 5),
 ('en', 'Maoists killed two villagers they accused of being police informers.', 2, 0),
 ('en', 'Six children were among the 15 people killed when a bus plunged into a ravine after being fired on.', 15, 0),
 ('en', 'Rescuers pulled 19 bodies from the rubble of the building hit by the missile.', 19, 0),
 ('en', 'The bodies of 3 kidnapped engineers were discovered in a ditch on Monday.', 3, 0),
 ('en', 'A woman and her two daughters were injured when a stray mortar round landed in their yard.', 0, 3),
 ('en', 'Two Malian soldiers and an interpreter died in the ambush, while 7 soldiers were wounded.', 3, 7),
 ('en', 'The attackers, thought to be Boko Haram fighters, killed at least 30 people and burned dozens of homes.', 30, 0),
 ('en', 'Police said 2 suspects were killed in an exchange of fire and a third was arrested.', 2, 0),
 ('en', 'The dead were identified as Juan Pérez, 34, and his cousin Luis Gómez, 29.', 2, 0),
 ('en', 'Troops killed a gunman who had opened fire on worshippers, wounding three.', 0, 3),  # first written (1, 3): an attacker killed in an attack with victims of its own counts in the high only (toll.py)
 ('en', 'A child died and four people were hurt when a grenade exploded in a market in Bujumbura.', 1, 4),
]

OTHER_LANGUAGES = [  # French, Spanish, Russian and Ukrainian lines: 28 of 29 as written, one mended
 ('fr', "Deux gendarmes ont perdu la vie et trois autres ont été blessés dans l'embuscade tendue près de Djibo.", 2, 3),
 ('fr', "L'attaque a fait au moins douze morts parmi les civils, selon une source sécuritaire.", 12, 0),
 ('fr', 'Un enseignant a été abattu par des hommes armés devant son école, ont indiqué des habitants.', 1, 0),
 ('fr', "Les corps de sept bergers ont été retrouvés dans la brousse après l'attaque de leur campement.", 7, 0),
 ('fr', "Le bilan de l'explosion est passé à neuf morts après le décès de deux blessés à l'hôpital.", 9, 0),
 ('fr', 'Un soldat a succombé à ses blessures, portant à quatre le nombre de militaires tués.', 4, 0),
 ('fr', "Une femme et ses deux enfants ont été tués lorsqu'un obus est tombé sur leur maison.", 3, 0),
 ('fr', "Aucune victime n'est à déplorer, selon la police.", 0, 0),
 ('fr', 'Des hommes armés ont tué le chef du village et blessé deux de ses fils.', 1, 2),
 ('es', 'Cuatro militares murieron y otros seis resultaron heridos en un ataque con explosivos en el Cauca.', 4, 6),
 ('es', 'Hombres armados asesinaron a un líder social y a su esposa en su vivienda.', 2, 0),
 ('es', 'La cifra de muertos por los enfrentamientos ascendió a 15, informó la fiscalía.', 15, 0),
 ('es', 'Los cuerpos de tres jóvenes fueron hallados en una fosa clandestina en Jalisco.', 3, 0),
 ('es', 'Un policía perdió la vida y dos civiles quedaron heridos tras el tiroteo.', 1, 2),
 ('es', 'El ataque dejó un saldo de nueve muertos y una veintena de heridos.', 9, 20),
 ('es', 'Entre los fallecidos hay dos menores de edad y una mujer embarazada.', 3, 0),
 ('es', 'No se reportaron víctimas tras la explosión del coche bomba.', 0, 0),
 ('es', 'Un soldado falleció horas después en el hospital, con lo que suman cinco los militares muertos.', 5, 0),
 ('es', 'Sicarios mataron a tiros a un periodista cuando salía de su casa.', 1, 0),
 ('ru', 'В результате обстрела погибли три человека, ещё пятеро получили ранения.', 3, 5),
 ('ru', 'Боевики убили двух полицейских и ранили мирного жителя.', 2, 1),
 ('ru', 'Число погибших в результате теракта возросло до 11.', 11, 0),
 ('ru', 'Тела четырёх пропавших рыбаков нашли на берегу реки.', 4, 0),
 ('ru', 'Пострадавших нет, сообщили в МЧС.', 0, 0),
 ('ru', 'Один военный погиб, двое ранены при подрыве автомобиля на мине.', 1, 2),
 ('ru', 'Среди погибших — двое детей и их мать.', 3, 0),
 ('uk', 'Внаслідок ракетного удару загинули четверо людей, ще семеро поранені.', 4, 7),
 ('uk', 'Окупанти вбили цивільного чоловіка та поранили його дружину.', 1, 1),
 ('uk', 'Кількість загиблих унаслідок удару по Дніпру зросла до 23.', 23, 0),
]

SECOND_SUBJECTS = [  # a second clause's counted subject the parser joined to the first verb's object: 6 of 8 as written, 2 mended
 ('es', 'Un policía perdió la vida y dos civiles quedaron heridos tras el tiroteo.', 1, 2),
 ('es', 'Un policía murió y dos civiles quedaron heridos tras el tiroteo.', 1, 2),
 ('es', 'El ataque mató a un policía y dos civiles quedaron heridos.', 1, 2),
 ('es', 'Dos soldados perdieron la vida y otros cinco quedaron heridos en la emboscada.', 2, 5),
 ('es', 'Un niño perdió la vida y tres personas resultaron heridas por la explosión.', 1, 3),
 ('fr', 'Un policier a perdu la vie et deux civils ont été blessés dans la fusillade.', 1, 2),
 ('en', 'The blast killed two soldiers and three civilians were wounded.', 2, 3),
 ('en', 'One policeman lost his life and two civilians were left injured after the shootout.', 1, 2),
]

HURT_LINES = [  # Wikipedia-style lines of the hurt: 17 of 19 as written, one mended, one first written otherwise (it says why)
 ('en', 'A car bomb exploded outside a police station in Diyarbakır, injuring 12 officers and two passers-by.', 0, 14),
 ('en', 'Twenty-three people were injured, four of them seriously, when a grenade was thrown into a bar in Bujumbura.', 0, 23),
 ('en', 'A suicide bomber targeted a funeral in Nangarhar Province, killing 15 mourners; more than 40 others were hurt.', 15, 40),
 ('en', 'Two rockets struck a residential area of Kirkuk, leaving one child dead and six people with shrapnel wounds.', 1, 6),
 ('en', 'Gunmen fired on a bus carrying pilgrims, wounding eleven; the driver was among the injured.', 0, 11),
 ('en', 'An explosion at a rally in Quetta wounded dozens, 14 of whom were taken to hospital in critical condition.', 0, 61),  # first written (0, 24): CONTRACT.md's range for 'dozens' (24-99) has its midpoint for best, and the 14 are part of them
 ('en', 'Mortar fire hit a school in Mogadishu; three pupils sustained injuries.', 0, 3),
 ('en', 'Police fired rubber bullets at protesters, injuring at least 30 people, according to the Red Crescent.', 0, 30),
 ('en', 'A bomb attack on a minibus in Jalalabad killed the driver and injured all nine passengers.', 1, 9),
 ('en', 'Nine civilians were killed and 17 others received injuries in shelling of the town of Avdiivka.', 9, 17),
 ('en', 'A landmine explosion in Kunduz injured four children who were collecting scrap metal.', 0, 4),
 ('en', 'The attack on the hotel left 6 dead and more than 20 wounded, among them three foreigners.', 6, 20),
 ('en', 'A gunman opened fire at a wedding, injuring the groom and five guests before he was overpowered.', 0, 6),
 ('en', 'Eighteen were hurt when a tear gas canister set off a stampede at the stadium.', 0, 18),
 ('en', 'Insurgents attacked a checkpoint in Khost, killing a policeman; another two policemen sustained gunshot wounds.', 1, 2),
 ('en', 'A bomb went off in a crowded market in Peshawar, killing 7 and injuring 34; the injured were taken to Lady Reading Hospital.', 7, 34),
 ('en', 'The blast injured 10 soldiers, two of whom later died.', 2, 8),
 ('en', 'Four people, including a police officer, were hospitalised with stab wounds after an attack at a bus stop.', 0, 4),
 ('en', 'A shell landed near a water distribution point, wounding a woman and her three children.', 0, 4),
]

LEFT_AND_STRUCK = [  # "left one dead and six with wounds", places struck: 8 of 10 as written, 2 mended
 ('en', 'The attack left a man dead and three civilians with gunshot wounds.', 1, 3),
 ('en', 'Two rockets struck Kirkuk, leaving one child dead and six people with shrapnel wounds.', 1, 6),
 ('en', 'The attack left one dead and eight with gunshot wounds.', 1, 8),
 ('en', 'The blast left one child dead and six people with injuries.', 1, 6),
 ('en', 'Two rockets struck Kirkuk on Sunday.', 0, 0),
 ('en', 'Rockets hit Mosul overnight.', 0, 0),
 ('en', 'Russian missiles struck Kharkiv, killing three people.', 3, 0),
 ('en', 'Israeli jets struck Khan Younis late on Tuesday.', 0, 0),
 ('en', 'A drone hit Sderot, wounding two residents.', 0, 2),
 ('en', 'Shells hit Donetsk and Horlivka overnight.', 0, 0),
]

CASUALTY_NOUNS = [  # "casualties" alone and broken down: 2 as written (two more in GAPS)
 ('en', 'The bombing caused 25 casualties.', 0, 0),
 ('en', 'The attack caused 30 casualties: 12 dead and 18 wounded.', 12, 18),
]

SHAPES = [  # relatives, partitives, updates, hedges: 17 of 18 as written, one mended
 ('en', 'Officials said 14 people had died, one of whom was a police officer, and that 20 were being treated for injuries.', 14, 20),
 ('en', 'The bomb killed a man who was selling tea near the gate and wounded two students waiting for a bus.', 1, 2),
 ('en', 'Gunmen stormed the house and killed everyone inside: a farmer, his wife and their three children.', 5, 0),
 ('en', "The soldier who was wounded in Tuesday's ambush died of his injuries on Thursday, the army said.", 1, 0),
 ('en', 'A total of 41 people were killed, the vast majority of them civilians, in the raids on Idlib.', 41, 0),
 ('en', 'Of the 19 people injured, five remain in a critical condition.', 0, 19),
 ('en', 'The number of wounded stood at 63, the governor said, while the dead numbered 11.', 11, 63),
 ('en', 'At least 16 were killed in the attack, which also injured more than 50 people.', 16, 50),
 ('en', 'Not a single one of the 40 passengers survived the crash after the plane was shot down.', 40, 0),
 ('en', 'Sixty-two bodies have so far been recovered from the site of the massacre.', 62, 0),
 ('en', 'The fighting claimed the lives of five rebels and two government soldiers.', 7, 0),
 ('en', 'A child was among three people killed when a shell hit their car.', 3, 0),
 ('en', 'Soldiers shot and killed a man they said had tried to stab them at a checkpoint.', 1, 0),
 ('en', 'Nine people died in the stampede that followed the explosion, and 23 were taken to hospital.', 9, 23),
 ('en', 'A militant was killed and another captured during the raid.', 1, 0),
 ('en', 'Four people were reportedly killed, although the figure could not be confirmed.', 4, 0),
 ('en', 'Six of the seven crew members were killed when their helicopter came down; the seventh was rescued with burns.', 6, 1),
 ('en', 'The four victims, whose names were not released, were all members of the same clan.', 0, 0),
]

RELEASE_LINES = [  # lines in the manner of ISAF's releases: 8 of 9 as written, one mended
 ('en', 'Killed: 5 soldiers and 3 civilians.', 8, 0),
 ('en', 'An Afghan and coalition security force detained a Taliban leader and two of his associates during an operation in Kandahar city.', 0, 0),
 ('en', 'The combined force killed an insurgent who engaged them with small-arms fire and detained several suspects.', 1, 0),
 ('en', 'Afghan National Security Forces, supported by coalition troops, killed 14 insurgents and wounded three during a clearing operation in Helmand.', 14, 3),
 ('en', 'During the operation, the security force came under fire; returning fire, they killed two armed individuals.', 2, 0),
 ('en', 'A joint patrol discovered a weapons cache and arrested a man suspected of planting roadside bombs.', 0, 0),
 ('en', 'The insurgent was killed after he opened fire on the assault force; no civilians were harmed.', 1, 0),
 ('en', 'Security forces detained four suspected insurgents, one of whom later died of wounds sustained in the firefight.', 1, 0),
 ('en', 'The operation resulted in the death of a senior Haqqani network commander and the detention of five suspects.', 1, 0),
]

MORE_LANGUAGES = [  # French, Spanish, Russian and Ukrainian: 14 of 17 as written, one mended, two first written otherwise (each says why)
 ('fr', "Au moins 14 personnes, dont six enfants, ont trouvé la mort dans l'effondrement de l'immeuble touché par un missile.", 14, 0),
 ('fr', 'Une trentaine de villageois ont été massacrés par des jihadistes présumés, selon des élus locaux.', 30, 0),
 ('fr', "L'armée a annoncé avoir « neutralisé » une quarantaine de terroristes lors d'une opération dans le Sahel.", 40, 0),
 ('fr', "Trois policiers ont été grièvement blessés par balle lors d'un contrôle routier à Marseille.", 0, 3),
 ('fr', 'Le chauffeur du bus et deux passagers ont été tués sur le coup, quatre autres passagers ont été hospitalisés.', 3, 4),
 ('fr', "Selon un bilan provisoire, l'explosion a fait sept morts et une cinquantaine de blessés.", 7, 50),
 ('es', 'Al menos 23 personas, entre ellas cuatro niños, murieron en el bombardeo, según los socorristas.', 23, 0),
 ('es', 'Una decena de militares resultaron heridos en el enfrentamiento con disidentes de las FARC.', 0, 10),
 ('es', 'Los atacantes ejecutaron a cinco hombres y dejaron sus cuerpos en la carretera.', 5, 0),
 ('es', 'El conductor del camión murió en el acto y su acompañante fue trasladado grave al hospital.', 1, 1),
 ('es', 'Decenas de personas murieron en los ataques, según testigos, aunque no hay una cifra oficial.', 59, 0),  # first written 61: 'decenas' is tens (20-99, best 59), not dozens
 ('ru', 'Не менее 30 человек погибли, около 60 получили ранения в результате удара по вокзалу.', 30, 60),
 ('ru', 'Более десяти военнослужащих были ранены при обстреле позиций.', 0, 10),  # first written 11: 'more than N' reads best N (CONTRACT.md)
 ('ru', 'Водитель автобуса погиб на месте, ещё трое пассажиров госпитализированы.', 1, 3),
 ('ru', 'В результате нападения боевиков погибли двое сотрудников полиции и один мирный житель.', 3, 0),
 ('uk', 'Через обстріл загинула жінка, ще двоє людей дістали поранення.', 1, 2),
 ('uk', 'Під завалами знайшли тіла трьох людей.', 3, 0),
]

WIRE_LINES = [  # wire lines of many regions: 12 of 14 as written, two mended
 ('en', 'Israeli forces shot dead a Palestinian who they said had tried to ram soldiers with his car near Hebron.', 1, 0),
 ('en', "An Indian soldier and three militants were killed in a gunbattle in Kashmir's Kupwara district, police said.", 4, 0),
 ('en', 'Two Pakistani soldiers were martyred when terrorists opened fire on a checkpost in North Waziristan.', 2, 0),
 ('en', 'Houthi rebels said a Saudi-led coalition air strike hit a prison in Dhamar, killing more than 100 detainees.', 100, 0),
 ('en', "Egypt's army said it had killed 19 militants in northern Sinai over the past week and arrested 12 others.", 19, 0),
 ('en', 'Villagers said the jihadists killed the imam and his two sons before setting fire to the mosque.', 3, 0),
 ('en', 'A mob lynched two men accused of cattle theft in Jharkhand; police arrested six people.', 2, 0),
 ('en', 'The Syrian Observatory said regime barrel bombs killed 18 civilians in Aleppo, including five children, and wounded dozens.', 18, 61),
 ('en', 'Clashes between rival militias in Tripoli killed at least 32 people and wounded 159, the health ministry said.', 32, 159),
 ('en', 'A 7-year-old boy was killed by a stray bullet during celebratory gunfire in the city.', 1, 0),
 ('en', 'Amnesty said security forces killed at least 106 protesters in 21 cities over three days.', 106, 0),
 ('en', 'The blast ripped through a packed mosque, killing at least 50 worshippers and wounding scores.', 50, 69),
 ('en', 'One soldier was killed and a second badly hurt when their vehicle was hit by an IED, the MoD said.', 1, 1),
 ('en', 'Kidnappers freed 12 of the 30 students abducted last month; three students were killed in captivity.', 3, 0),
]

MENDED_SHAPES = [  # lists after a colon, "all of them" inside a thing struck, labels with lists, someone's kin taken to hospital, "a second wounded": 20 of 33 as written, 13 mended
 ('en', 'Gunmen stormed the house and killed everyone inside: a farmer, his wife and their three children.', 5, 0),
 ('en', 'Gunmen killed them all: a farmer, his wife and their three children.', 5, 0),
 ('en', 'They said: two soldiers and a civilian were killed.', 3, 0),
 ('en', 'Three were killed: a farmer, his wife and their son.', 3, 0),
 ('en', 'The attackers killed the guards: two policemen and a watchman.', 3, 0),
 ('fr', 'Les assaillants ont tué tous les occupants : un paysan, sa femme et leurs trois enfants.', 5, 0),
 ('es', 'Los sicarios mataron a todos: un campesino, su esposa y sus tres hijos.', 5, 0),
 ('en', 'A bomb struck a bus carrying 20 pilgrims, killing all of them.', 20, 0),
 ('en', 'A bomb struck a bus carrying 20 pilgrims, killing them all.', 20, 0),
 ('en', 'A bomb hit a car carrying three officials, killing them.', 3, 0),
 ('en', 'Gunmen shot two men and killed them.', 2, 0),
 ('en', 'Troops stormed the house of a tribal sheikh, killing him.', 1, 0),
 ('en', 'Gunmen abducted five men and killed all of them.', 5, 0),
 ('en', 'Killed: 5 soldiers.', 5, 0),
 ('en', 'Dead: 4; injured: 11.', 4, 11),
 ('en', 'Killed: 5; wounded: 7.', 5, 7),
 ('es', 'Muertos: 4 policías y 2 civiles.', 6, 0),
 ('fr', 'Tués : 3 soldats et un civil.', 4, 0),
 ('en', 'Wounded: 12 soldiers, two of them seriously.', 0, 12),
 ('es', 'Su hijo fue trasladado al hospital.', 0, 1),
 ('en', 'His son was taken to hospital.', 0, 1),
 ('en', 'His body was taken to the hospital.', 1, 0),
 ('es', 'Su cuerpo fue trasladado al hospital.', 1, 0),
 ('ru', 'Его сын доставлен в больницу.', 0, 1),
 ('ru', 'Его тело доставлено в больницу.', 1, 0),
 ('en', 'The man was shot dead and his wife was taken to hospital.', 1, 1),
 ('en', 'Police said his car was taken to hospital.', 0, 0),
 ('fr', "Son fils a été transporté à l'hôpital.", 0, 1),
 ('en', 'One soldier was killed and a second wounded.', 1, 1),
 ('en', 'Two soldiers were killed and a third wounded.', 2, 1),
 ('en', 'The first shot killed a guard; a second wounded a passer-by.', 1, 1),
 ('en', 'A policeman was killed and a second injured in the attack.', 1, 1),
 ('en', 'Kidnappers freed 12 of the 30 students abducted last month; three students were killed in captivity.', 3, 0),
]

REPORTS = [  # (language, published, title, text, killed, injured or None): 6 of 9 as written, three first written otherwise (each says why)
 ('en', '2024-03-10', 'Bomb hits market in northeast Nigeria', 'MAIDUGURI, Nigeria, March 9 - A bomb hidden in a cart exploded in a crowded market in Konduga on Saturday, killing five traders and wounding nine other people, a civilian militia leader said. The town was hit by a similar attack in 2019 in which 30 people died. No group claimed responsibility, but Boko Haram has carried out such attacks in the area.', 5, 9),
 ('en', '2024-05-02', 'Toll from Darfur attack rises', 'The number of people killed when gunmen raided a village in West Darfur on Tuesday has risen to 12, a local aid group said on Thursday. An initial report had put the toll at seven. The attackers also burned several houses and stole livestock.', 12, None),
 ('en', '2023-11-20', 'Gunmen attack police post in Balochistan', 'QUETTA - Three policemen were martyred and four others injured when unidentified assailants attacked a police post in Turbat late on Sunday, officials said. The attackers fled under cover of darkness. Last month, a similar attack in the same district killed two levies personnel.', 3, 4),
 ('en', '2023-06-14', 'Army says 7 rebels killed in Colombia clash', 'BOGOTA - Colombian troops killed seven members of a dissident FARC faction during a firefight in Guaviare department, the defence ministry said on Wednesday. One soldier was slightly hurt. The army said it had seized rifles and explosives.|', 7, 1),  # first written with no one hurt: the line names one soldier slightly hurt
 ('en', '2022-08-07', 'Gaza toll rises', 'The health ministry in Gaza said 44 Palestinians, among them 15 children, had been killed since Israel began its strikes on Friday, and 360 had been wounded. Israel says some of the dead were killed by misfired militant rockets, a claim the militants reject.', 44, 360),
 ('en', '2023-09-03', 'Two aid workers killed in South Sudan ambush', 'JUBA - Two South Sudanese staff of an international aid group were killed and a driver was wounded when their vehicle was ambushed on the Juba-Bor road on Saturday, the group said. It was the third attack on aid workers in the country this year, the UN said.', 2, 1),
 ('en', '2024-02-20', 'Six soldiers die in Mali ambush', 'BAMAKO - Six Malian soldiers died on Monday when their convoy came under fire near Boni, the army said in a statement, adding that "several terrorists" had been neutralised in the counter-attack.', 9, None),  # first written 6: the 'several terrorists' neutralised in the counter-attack add (ISAF and ACLED code several as 3)
 ('en', '2023-04-11', 'Mexican police find bodies in Zacatecas', 'ZACATECAS, Mexico - Police found the bodies of four men on a dirt road outside the city of Fresnillo, state prosecutors said. The victims had been reported missing last week. Authorities did not say how they died.', 4, None),
 ('en', '2024-07-22', 'Strike on Ukrainian city kills 9', "KYIV - A Russian missile strike on the city of Kryvyi Rih killed nine people, including a 10-year-old boy, and injured about 30, the regional governor said on Monday. Russia's defence ministry said it had hit a military target. On Sunday, a drone attack on Odesa had injured two people.", 9, 32),  # first written 30 hurt: the day before's drone attack on another city is a distinct incident, and distinct incidents add (CONTRACT.md)
]

WIKIPEDIA_ENTRIES = [  # dated entries in the manner of Wikipedia's lists: 10 of 10 as written
 ('en', '2019-05-03', None, '3 May – Borno State, Nigeria: Suspected Boko Haram militants raid a military base in Magumeri, killing three soldiers. Twelve soldiers are reported wounded.', 3, 12),
 ('en', '2019-06-11', None, '11 June – Kabul, Afghanistan: A magnetic bomb attached to a minibus carrying university staff explodes, wounding eight people. No group claims responsibility.', 0, 8),
 ('en', '2016-07-15', None, 'A car bomb targeting a police convoy detonates in Diyarbakır, killing four officers. At least twenty-one others, including civilians, are injured.', 4, 21),
 ('en', '2018-02-22', None, 'A grenade is hurled into a crowd celebrating a local festival in Assam; one person dies and five others receive injuries.', 1, 5),
 ('en', '2017-09-10', None, "Two police officers are shot dead at a checkpoint in Cairo's Giza district. The assailants escape on a motorcycle.", 2, 0),
 ('en', '2020-01-08', None, 'Gunmen attack a Christian community in Plateau State, killing seven villagers and injuring 16. Police arrest three suspects.', 7, 16),
 ('en', '2015-11-20', None, 'Islamist gunmen take about 170 hostages at a hotel in Bamako. 22 people, including the two attackers, die and about 30 are wounded before Malian and French forces retake the building.', 22, 30),
 ('en', '2021-03-03', None, 'An explosive device hidden in a bicycle is detonated near a bus stop in Jalalabad, injuring four passers-by; a police officer who tried to defuse it is unharmed.', 0, 4),
 ('en', '2014-04-14', None, 'Twin bomb blasts at a crowded bus station in Nyanya, on the outskirts of Abuja, kill at least 75 people and injure more than 200.', 75, 200),
 ('en', '2013-10-09', None, 'A suicide car bomber strikes a police post in Ramadi. Three policemen are killed and nine people are injured, according to police and medical officials.', 3, 9),
]

REPORTS_IN_FOUR_LANGUAGES = [  # 6 of 6 as written (a seventh in REPORT_GAPS)
 ('fr', '2023-02-10', 'Burkina: cinq civils tués dans une attaque', "OUAGADOUGOU - Cinq civils ont été tués et trois autres blessés jeudi lors d'une attaque d'hommes armés contre le village de Sollé, dans le nord du Burkina Faso, a-t-on appris de sources locales. En janvier, une attaque similaire dans la même province avait fait une vingtaine de morts.", 5, 3),
 ('fr', '2022-11-04', 'Mali: deux casques bleus tués', "Deux casques bleus ont été tués vendredi par l'explosion d'un engin explosif improvisé au passage de leur convoi près de Tessalit, a annoncé la Minusma. Depuis 2013, plus de 170 casques bleus ont péri dans des actes hostiles au Mali.", 2, None),
 ('es', '2023-08-21', 'Colombia: seis muertos en ataque', 'Seis personas murieron la noche del domingo cuando hombres armados abrieron fuego contra un grupo de jóvenes en una finca del municipio de Jamundí, informaron las autoridades. Es la tercera masacre registrada en el departamento en lo que va del año, según la ONG Indepaz.', 6, None),
 ('es', '2024-01-12', 'México: atacan a policías', 'Un agente de la policía estatal murió y otros dos resultaron heridos la tarde del jueves tras ser emboscados por un grupo armado en la carretera de Tierra Caliente, informó la Secretaría de Seguridad de Guerrero.', 1, 2),
 ('ru', '2023-07-19', 'Обстрел Белгородской области', 'Два мирных жителя погибли и пятеро получили ранения в результате обстрела села в Белгородской области, сообщил губернатор региона. По его словам, повреждены несколько жилых домов и линия электропередачи.', 2, 5),
 ('uk', '2024-03-02', 'Удар по Одесі', "Унаслідок удару дрона по багатоповерхівці в Одесі загинули семеро людей, серед них дитина, ще дев'ятеро дістали поранення, повідомила обласна влада. Рятувальники продовжують розбирати завали.", 7, 9),
]

RECALLED_AT_THE_CLOSE = [  # an earlier incident whose clause closes on a recalled time: 2 of 8 as written, 6 mended
 ('en', '2024-01-15', 'Kabul blast', 'A bomb killed two soldiers in western Kabul on Monday morning, a police spokesman said. Three people were killed in a blast in the same area a week ago.', 2, None),
 ('en', '2024-01-15', 'Kabul blast', 'A bomb killed two soldiers in western Kabul on Monday morning, a police spokesman said. Three people were killed in a blast in the same area three days ago.', 2, None),
 ('en', '2024-01-15', 'Kabul blast', 'A bomb killed two soldiers in western Kabul on Monday morning, a police spokesman said. Another soldier was shot dead at a checkpoint nearby the day before.', 2, None),
 ('en', '2024-01-15', 'Kabul blast', 'A bomb killed two soldiers in western Kabul on Monday morning, a police spokesman said. Three people were killed in a second blast an hour later.', 5, None),
 ('fr', '2024-01-15', 'Explosion à Kaboul', "Une bombe a tué deux soldats lundi matin dans l'ouest de Kaboul, selon la police. Trois personnes avaient été tuées dans une explosion dans le même quartier il y a une semaine.", 2, None),
 ('es', '2024-01-15', 'Explosión en Kabul', 'Una bomba mató a dos soldados el lunes por la mañana en el oeste de Kabul, según la policía. Tres personas murieron en otra explosión en la misma zona hace una semana.', 2, None),
 ('ru', '2024-01-15', 'Взрыв в Кабуле', 'Два военных погибли при взрыве бомбы в понедельник утром на западе Кабула, сообщила полиция. Три человека погибли при взрыве в том же районе неделю назад.', 2, None),
 ('uk', '2024-01-15', 'Вибух у Кабулі', 'Двоє військових загинули внаслідок вибуху бомби в понеділок вранці на заході Кабула, повідомила поліція. Троє людей загинули внаслідок вибуху в тому ж районі тиждень тому.', 2, None),
]

CLAUSE_SUBJECTS = [  # a pronoun (or a dropped subject) in a clause of time standing for the clause above's counted subject: 9 of 18 as written, 9 mended
 ('en', 'Two men were riding a motorcycle when they were shot dead.', 2, 0),
 ('en', 'Three farmers were working in their fields when they were attacked and killed.', 3, 0),
 ('fr', "Deux hommes circulaient à moto lorsqu'ils ont été abattus.", 2, 0),
 ('es', 'Dos hombres viajaban en moto cuando fueron asesinados.', 2, 0),
 ('uk', 'Внаслідок обстрілу поранено шістьох цивільних.', 0, 6),
 ('uk', 'Внаслідок обстрілу вбито двох цивільних.', 2, 0),
 ('ru', 'В результате обстрела ранено шесть мирных жителей.', 0, 6),
 ('en', 'Two soldiers were wounded when they were shot by a sniper.', 0, 2),
 ('en', 'Two soldiers were killed when they were ambushed.', 2, 0),
 ('en', 'Two soldiers were patrolling when they were ambushed; both were wounded.', 0, 2),
 ('es', 'Dos policías fueron heridos cuando fueron atacados.', 0, 2),
 ('es', 'Murieron cuando fueron atacados.', 0, 0),
 ('en', 'Five men were praying in the mosque when they were killed by a bomb.', 5, 0),
 ('en', 'Police said two men were sitting outside a shop when they were shot dead.', 2, 0),
 ('en', 'Two men were sitting outside when gunmen shot them dead.', 2, 0),
 ('es', 'Tres campesinos trabajaban en su parcela cuando fueron atacados por hombres armados.', 0, 0),
 ('es', 'Tres campesinos trabajaban en su parcela cuando fueron asesinados por hombres armados.', 3, 0),
 ('ru', 'Двое мужчин ехали на машине, когда их расстреляли.', 2, 0),
]

HURT_MORE = [  # more lines of the hurt: 13 of 13 as written (a fourteenth in GAPS)
 ('en', 'A suicide bomber rammed an explosives-laden car into a military convoy in Kandahar, killing four soldiers and wounding seven, two of them critically.', 4, 7),
 ('en', 'The explosion in the crowded market killed 31 people; medics treated a further 70 for injuries.', 31, 70),
 ('en', 'Seventeen people were injured, some of them seriously, when a bomb hidden in a rubbish bin exploded.', 0, 17),
 ('en', 'Three of the wounded were in critical condition, hospital officials said, out of 26 people hurt in the blast.', 0, 26),
 ('en', 'The number of injured rose to 48 overnight as more victims arrived at hospitals.', 0, 48),
 ('en', 'Police said 12 people had been hurt: eight protesters and four officers.', 0, 12),
 ('en', 'The grenade attack injured around 20 people, most of them women and children.', 0, 20),
 ('en', 'At least one person was killed and scores were injured when security forces opened fire on demonstrators.', 1, 69),
 ('en', 'Six people were hospitalised after inhaling smoke from the burning building set alight by the mob.', 0, 6),
 ('en', 'Nine soldiers were wounded, three of whom were evacuated by helicopter.', 0, 9),
 ('en', 'The toll of injured stood at 112, of whom 15 were children.', 0, 112),
 ('en', 'Two bombs exploded in quick succession at a bus stop, killing 12 people and leaving 45 injured.', 12, 45),
 ('en', 'Forty people, including 11 police officers, were wounded in clashes with protesters.', 0, 40),
]

LANGUAGES_MORE = [  # Russian, Ukrainian, French and Spanish: 17 of 17 as written (three more in GAPS)
 ('ru', 'По данным МЧС, в результате взрыва на рынке погибли 12 человек, более 40 пострадали.', 12, 40),
 ('ru', 'Жертвами нападения стали пятеро полицейских, ещё трое получили ранения.', 5, 3),
 ('ru', 'Погибшими числятся 17 военнослужащих, пропавшими без вести — шестеро.', 17, 0),
 ('ru', 'Из-под завалов извлечены тела восьми человек, в том числе двоих детей.', 8, 0),
 ('ru', 'Ранены двое мирных жителей, один из них в тяжёлом состоянии.', 0, 2),
 ('ru', 'Боевики расстреляли автобус с паломниками: погибли девять человек, 14 ранены.', 9, 14),
 ('ru', 'В перестрелке был убит один из нападавших, второй задержан.', 1, 0),
 ('uk', "Загинули двоє рятувальників, ще п'ятеро отримали травми.", 2, 5),
 ('uk', 'Тіло загиблого чоловіка знайшли під завалами.', 1, 0),
 ('uk', 'Серед поранених — четверо дітей.', 0, 4),
 ('uk', 'Росіяни вдарили по автобусу: одна людина загинула, восьмеро поранені.', 1, 8),
 ('fr', "Un mort et six blessés : c'est le bilan de l'attaque de mardi soir contre un poste de police.", 1, 6),
 ('fr', "L'attaque n'a fait aucune victime, selon la gendarmerie.", 0, 0),
 ('fr', "Deux personnes ont péri dans l'incendie provoqué par le bombardement.", 2, 0),
 ('es', 'Un saldo de tres muertos y siete heridos dejó el ataque de un comando armado a un bar.', 3, 7),
 ('es', 'Dos policías resultaron lesionados y uno más perdió la vida durante el enfrentamiento.', 1, 2),
 ('es', 'Fueron localizados sin vida los cuerpos de cuatro personas reportadas como desaparecidas.', 4, 0),
]

REPORTS_OF_SEVERAL = [  # reports of several incidents, revisions and background: 6 of 8 as written, one mended, one first written otherwise (it says why)
 ('en', '2023-05-10', "Violence across Nigeria's north", 'In separate attacks on Tuesday, gunmen killed five farmers in Zamfara state and four villagers in Katsina, police said. In Kaduna, four people were wounded when bandits opened fire on a market.', 9, 4),
 ('en', '2023-05-10', 'Attacks in Somalia', 'Al-Shabaab fighters killed three soldiers in an ambush near Afgoye, a military officer said. Separately, the group claimed to have killed 17 troops in an attack on a base in Lower Shabelle, a claim the army denied.', 20, None),  # first written 3: a figure a party claims stays a claim of the toll when the other side denies it (rounds 37, 48, 49 hold it so; a mend that read it as denied was taken back)
 ('en', '2023-08-02', 'Karachi blast', 'Six people were killed and 10 wounded in a bomb blast at a political rally in Karachi, police said. Police initially said four people had been killed.', 6, 10),
 ('en', '2022-03-14', 'Strike on training base', 'At least 12 people were killed and about 30 wounded in a missile strike on a military training ground near the Polish border, a regional official said, revising an earlier toll of nine dead.', 12, 30),
 ('en', '2021-11-03', 'Ethiopia', 'Four civilians were killed and two others injured when a drone struck a market town in Tigray, aid workers said. The government did not respond to a request for comment. The region has been the scene of fighting since November 2020 in which thousands of people have died.', 4, 2),
 ('en', '2024-02-18', 'Policemen killed', 'Two policemen on patrol were gunned down by suspected militants in the Bannu district of Khyber Pakhtunkhwa late on Saturday. The attackers fled. A search operation was launched. In a similar attack in January, three policemen were killed in the same district.', 2, 0),
 ('en', '2023-10-12', 'Shooting in the West Bank', 'A Palestinian man was killed and three others were wounded by Israeli fire during a raid in the Nur Shams camp, the Palestinian health ministry said. The army said its forces had fired at gunmen who threw explosives at them.', 1, 3),
 ('en', '2023-03-27', 'Congo', 'Suspected ADF rebels killed at least eight civilians overnight in the village of Mukondi in North Kivu province, local officials said on Monday, adding that the toll could rise as search efforts continued.', 8, None),
]

GAPS_CLOSED = [  # gaps until round 62: a whole less its survivors (grammar._survivors_of, counting._less; test_round62.py)
 ('en', 'Only two of the eleven fishermen abducted by pirates survived; the others were executed.', 9, 0),  # 'the others' of a whole less its survivors: read 2, no arithmetic
]

GAPS = [  # each still misses (strict)
 ('en', 'Three generations of one family, a grandmother, her son and two grandchildren, died when a shell struck their house.', 4, 0),  # 'generations' counted, not the people set beside them
 ('en', 'The bombing caused at least 25 casualties, including seven deaths.', 7, 18),  # casualties less the deaths are the hurt: no arithmetic on a breakdown  # the same
 ('en', 'There were 25 casualties, seven of them fatal.', 7, 18),  # the same, a partitive of a 'casualties' noun
 ('en', 'A bomb planted on a motorcycle went off in a bazaar in Parachinar, causing at least 25 casualties, including seven deaths.', 7, 18),  # casualties less the deaths are the hurt: no arithmetic on a breakdown  # the same
 ('en', 'Coalition aircraft engaged a group of insurgents who were emplacing an IED, killing all of them.', 2, 0),  # 'killing' hung on the relative clause's verb, whose object is a thing
 ('en', 'A child was among the injured, as were two elderly women and a police officer.', 0, 4),  # a comparative clause of the same state ('as were ...') adds no one
 ('ru', 'Смертью храбрых пали трое бойцов.', 3, 0),  # 'death of the brave', an idiom, read as the death of an uncounted plural (2)
 ('uk', 'Від початку доби внаслідок обстрілів поранено шістьох цивільних.', 0, 6),  # 'since the start of the day' read as a running period
 ('fr', "Les deux victimes, un père et son fils, circulaient à moto lorsqu'elles ont été abattues.", 2, 0),  # the apposed list parsed as a second subject: no one subject for the pronoun of the clause of time
]

REPORT_GAPS_CLOSED = [  # gaps until round 60: a statement of no one harmed tells the event (claims/nil.py; test_round60.py)
 ('en', '2024-01-15', 'Explosion at Kabul checkpoint causes no casualties', 'An explosive device went off near a police checkpoint in western Kabul on Monday morning but caused no casualties, a police spokesman said. Three people were killed in a blast in the same area a week ago.', 0, None),  # 'caused no casualties' is no figure, so the earlier week's blast after it is not set apart as an earlier episode
 ('ru', '2022-10-10', 'Взрыв в Донецке', 'Взрыв произошёл в центре Донецка утром в понедельник, пострадавших нет, сообщили местные власти. Неделей ранее при обстреле города погибли четыре человека.', 0, None),  # the same in Russian
]

test_line_in_its_language, test_known_gaps = summary_tests(
    AGENCY_LINES + OTHER_LANGUAGES + SECOND_SUBJECTS + HURT_LINES + LEFT_AND_STRUCK + CASUALTY_NOUNS + SHAPES
    + RELEASE_LINES + MORE_LANGUAGES + WIRE_LINES + MENDED_SHAPES + CLAUSE_SUBJECTS + HURT_MORE
    + LANGUAGES_MORE + GAPS_CLOSED, GAPS)
test_report_with_its_headline_and_date = dated_report_tests(
    REPORTS + WIKIPEDIA_ENTRIES + REPORTS_IN_FOUR_LANGUAGES + RECALLED_AT_THE_CLOSE + REPORTS_OF_SEVERAL
    + REPORT_GAPS_CLOSED)

