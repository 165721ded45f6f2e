"""Sentences of our own (thirty-sixth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: wire lines of single incidents,
vague, spelt-out and negated amounts, French, Spanish, Russian and Ukrainian news lines (two
batches), incident descriptions in the manner of a yearly list, casualty lines, lists and asides
("Casualties: 4 killed, 11 injured.", "The dead included three women, two men and a child"), dated
event notes in the manner of conflict-event summaries, release lines in ISAF's manner with their
detained, killed and injured, and 29 dated reports (wire stories of several paragraphs in five
languages, and wire items in capitals in the manner of 1989-91 newswire). 23 of 276 missed on
first run (the event notes at their corrected dates), three of them by our own expectations
(below). A second batch: ranges and hedges, long wire sentences (figures far from their verbs,
quotes, two accounts) and the same in French, Spanish, Russian and Ukrainian: 16 of 82 missed on
first run, two by our own expectations ("As many as 40 people may have been killed", written 40: a
modal hedge, and "as many as" reads up to; "Près d'une vingtaine de personnes", written 19: "près
de" reads about; both left out). A third batch: victims told verb first ("Also killed was the
driver"), headlines, clauses set side by side ("killed one protester; another died"): 3 of 30
missed on first run, one by our own expectation ("though some 20 people were treated for tear gas
inhalation", written 20 hurt: left out); and six whole releases in ISAF's manner with their
detained, killed and injured: one missed (RELEASE_GAPS). Fifteen are left as gaps (a sixteenth
closed at the end); the mends are in docs/EVAL.md, round 43. Lines whose figure we had written "-"
(not checked) are left out. VAGUE_THEN_COUNTED was written for a rule tried and dropped (a vague
count told first replaced by a smaller count told after: two ISAF build rows up, three of these
eight lines down); seven guard the larger, the eighth
("Afghan forces detained several suspects ... Two suspected insurgents were detained after they
tried to flee") is left out: which reading is right, no rule of ours says.

Set right after the run, each by a rule written before it: "Between 10 and 15 people were killed"
gives 12 (the midpoint of a bounded range is its best in CONTRACT.md; we had written 10); "Troops
returned fire and killed four of the attackers" after six soldiers killed gives 10 (attackers
killed in a fight with a state's forces count, docs/LANGUAGES.md; we had written 6); "The group
claimed 20 soldiers were killed; the military said 3 died" is written 20 (of two accounts the toll
takes the larger; we had written 3, the coder's conservative figure; a gap either way). Set after
the first run because of the probe's own publication date, not the reader: the event notes were
first dated up to December against a May publication (later than the publication, or over three
months before it); dated March to May here."""
from .helpers import category_tests, dated_report_tests, release_tests, summary_tests

# wire lines of single incidents
WIRE_INCIDENTS = [
 ('en', 'Security forces said they had killed eleven members of an armed group during a sweep near the border town on Thursday.', 11, 0),
 ('en', 'A roadside device struck a minibus carrying wedding guests, killing the driver and at least nine passengers.', 10, 0),
 ('en', 'Unknown attackers opened fire on worshippers leaving a mosque after evening prayers, killing a cleric and wounding four others.', 1, 4),
 ('en', 'The bodies of six men, bound and blindfolded, were recovered from a drainage canal on the outskirts of the city.', 6, 0),
 ('en', 'A local official told reporters that seventeen villagers had been abducted and three others killed when the gunmen stormed the settlement.', 3, 0),
 ('en', 'Of the 14 people killed, nine were women and children, the rights group said.', 14, 0),
 ('en', 'The army said one soldier died and five were wounded in an ambush on a patrol in the north.', 1, 5),
 ('en', 'Two teenagers were among four people shot dead at a checkpoint, witnesses said.', 4, 0),
 ('en', 'A drone strike on a vehicle killed a senior commander of the group and his driver, officials said.', 2, 0),
 ('en', 'Militants beheaded a village elder they accused of spying, residents said.', 1, 0),
 ('en', 'A court clerk was stabbed to death outside his home late on Tuesday.', 1, 0),
 ('en', 'Fighting between rival factions has left at least 40 people dead and more than 100 wounded since Friday, medics said.', 40, 100),
 ('en', 'An airstrike flattened a house in the village, killing a family of seven.', 7, 0),
 ('en', 'Five members of one family, including three children, were killed when a shell hit their home.', 5, 0),
 ('en', 'The clashes claimed the lives of 12 fighters on both sides.', 12, 0),
 ('en', 'A sniper killed a 10-year-old boy as he played outside his home.', 1, 0),
 ('en', 'Three aid workers lost their lives when their convoy hit a landmine.', 3, 0),
 ('en', 'The blast wounded 15 people, three of them seriously.', 0, 15),
 ('en', 'Police recovered the body of a kidnapped engineer two days after he was seized.', 1, 0),
 ('en', 'Hospital officials put the number of injured at 64.', 0, 64),
 ('en', 'Protesters clashed with riot police; one demonstrator was killed and 30 were hurt, according to organisers.', 1, 30),
 ('en', 'A suicide car bomber rammed a police station, killing seven officers.', 7, 0),
 ('en', 'Insurgents ambushed a supply convoy, killing 14 soldiers; the army said 20 attackers were also killed.', 34, 0),
 ('en', 'Three people, including a policeman, died of their wounds in hospital on Saturday.', 3, 0),
 ('en', 'The attack left one person dead.', 1, 0),
 ('en', 'At least two civilians were killed and a third was injured by stray bullets.', 2, 1),
 ('en', 'A landmine explosion killed a shepherd and his two sons while they grazed their flock.', 3, 0),
 ('en', 'Assailants on motorcycles gunned down a tribal leader and two of his guards.', 3, 0),
 ('en', 'Unidentified gunmen shot and killed a human rights lawyer in front of his office.', 1, 0),
 ('en', "The toll from Sunday's attack on the market has climbed to 31.", 31, 0),
 ('en', 'Heavy shelling overnight killed a woman and injured her husband and son.', 1, 2),
 ('en', 'Eight soldiers went missing after the attack and two were confirmed dead.', 2, 0),
 ('en', 'Authorities said 9 people were killed in the violence, but residents put the toll at 15.', 15, 0),
 ('en', 'A bomb hidden in a motorcycle went off near a school, wounding eleven pupils.', 0, 11),
 ('en', 'Four soldiers and a civilian were wounded when a rocket hit the base.', 0, 5),
 ('en', 'Armed men raided the village at dawn and slaughtered 19 people, most of them women.', 19, 0),
 ('en', 'Troops shot dead two suspected militants who tried to cross the line of control.', 2, 0),
]

# vague, spelt-out and negated amounts
AMOUNTS = [
 ('en', 'Half a dozen policemen were wounded in the clashes.', 0, 6),
 ('en', 'Between 10 and 15 people were killed in the raid, according to residents.', 12, 0),
 ('en', 'The dead numbered at least 22, a local official said.', 22, 0),
 ('en', 'The bombing claimed 41 lives and left 70 injured.', 41, 70),
 ('en', 'A further three soldiers died of their injuries, taking the toll to 11.', 11, 0),
 ('en', 'An additional four bodies were pulled from the rubble on Friday, bringing the number of dead to 19.', 19, 0),
 ('en', 'No one was hurt in the attack, police said.', 0, 0),
 ('en', 'The driver escaped unhurt but the vehicle was destroyed.', 0, 0),
 ('en', 'The blast caused no casualties.', 0, 0),
 ('en', 'The device could have killed dozens had it exploded, police said.', 0, 0),
 ('en', 'The group threatened to kill the hostages unless its demands were met.', 0, 0),
 ('en', 'The governor narrowly escaped an assassination attempt; two of his guards were wounded.', 0, 2),
 ('en', 'Nobody was killed, but five people suffered minor injuries.', 0, 5),
 ('en', 'Eight more bodies were found on Sunday, raising the toll to 37.', 37, 0),
 ('en', 'Some 30 fighters were killed in two days of fighting, a monitoring group said.', 30, 0),
 ('en', 'The attack killed 5 and injured 12.', 5, 12),
 ('en', 'Casualties included two dead and seven wounded.', 2, 7),
 ('en', 'The death toll stood at 8 on Wednesday night.', 8, 0),
 ('en', 'Five died on the spot and two others later in hospital.', 7, 0),
 ('en', 'Two policemen were killed, one of them a senior officer.', 2, 0),
 ('en', 'A bomb exploded under a car, killing its occupant.', 1, 0),
 ('en', 'The shooting left a teacher dead and two pupils wounded.', 1, 2),
 ('en', 'Twenty-three people were confirmed dead and more than forty injured.', 23, 40),
 ('en', 'A total of 16 civilians have been killed in the district this week.', 16, 0),
 ('en', 'Police said 3 suspects were shot dead and a fourth arrested.', 3, 0),
 ('en', 'Gunmen abducted 20 passengers from a bus and killed two who resisted.', 2, 0),
 ('en', 'The army lost 7 men in the ambush.', 7, 0),
 ('en', 'Seven lost their lives and 15 sustained injuries.', 7, 15),
 ('en', 'Women and children made up most of the 26 dead.', 26, 0),
 ('en', 'In all, 13 people were killed: eight civilians and five soldiers.', 13, 0),
 ('en', 'There were no reports of casualties.', 0, 0),
 ('en', 'Police fired tear gas and live rounds, killing at least one protester.', 1, 0),
]

# French, Spanish, Russian and Ukrainian news lines
FOUR_LANGUAGES = [
 ('fr', "Trois gendarmes ont perdu la vie dans l'explosion d'un engin artisanal au passage de leur véhicule.", 3, 0),
 ('fr', "L'attaque a fait un mort et sept blessés parmi les civils, selon la préfecture.", 1, 7),
 ('fr', 'Un enseignant a été abattu devant son école par des inconnus armés.', 1, 0),
 ('fr', 'Les corps de cinq bergers ont été retrouvés près du village.', 5, 0),
 ('fr', "Au moins 18 personnes ont péri dans l'incendie du marché provoqué par les assaillants.", 18, 0),
 ('fr', 'Une dizaine de civils ont été tués lors de frappes aériennes dans le nord du pays.', 10, 0),
 ('fr', "Le chauffeur a succombé à ses blessures à l'hôpital.", 1, 0),
 ('fr', "Quatre militaires ont été blessés, dont deux grièvement, lors de l'accrochage.", 0, 4),
 ('fr', 'Des hommes armés ont enlevé douze passagers et tué le conducteur du car.', 1, 0),
 ('fr', 'Le nombre de victimes est passé à 27 morts, a indiqué le ministère.', 27, 0),
 ('fr', "Aucune victime n'est à déplorer.", 0, 0),
 ('fr', "L'armée affirme avoir neutralisé une quinzaine de terroristes.", 15, 0),
 ('fr', 'Deux policiers ont été tués et un troisième grièvement blessé.', 2, 1),
 ('fr', 'Une femme et ses deux enfants ont trouvé la mort dans le bombardement.', 3, 0),
 ('es', 'Dos policías murieron y otro resultó herido en una emboscada en la sierra.', 2, 1),
 ('es', 'Hombres armados asesinaron a un comerciante y a su hijo en la puerta de su negocio.', 2, 0),
 ('es', 'La explosión dejó al menos siete muertos y una veintena de heridos.', 7, 20),
 ('es', 'Un menor de 14 años perdió la vida tras recibir un disparo en la cabeza.', 1, 0),
 ('es', 'Las autoridades hallaron los cuerpos de tres jóvenes en una fosa clandestina.', 3, 0),
 ('es', 'La cifra de fallecidos ascendió a 15, informó la fiscalía.', 15, 0),
 ('es', 'No se reportaron víctimas.', 0, 0),
 ('es', 'Seis militares resultaron lesionados tras el ataque con drones.', 0, 6),
 ('es', 'Un ataque armado contra un bar dejó cuatro personas sin vida.', 4, 0),
 ('es', 'Sicarios ultimaron a balazos a un expolicía en su domicilio.', 1, 0),
 ('ru', 'В результате обстрела погибли двое мирных жителей, ещё пятеро ранены.', 2, 5),
 ('ru', 'Водитель грузовика погиб на месте, его пассажир получил тяжёлые травмы.', 1, 1),
 ('ru', 'При взрыве пострадали 14 человек, трое из них в тяжёлом состоянии.', 0, 14),
 ('ru', 'Тела трёх военнослужащих обнаружены в лесу.', 3, 0),
 ('ru', 'Число жертв теракта возросло до 19.', 19, 0),
 ('ru', 'Боевики расстреляли семью из четырёх человек.', 4, 0),
 ('ru', 'Жертв и пострадавших нет.', 0, 0),
 ('ru', 'В ходе боя уничтожены около 30 боевиков.', 30, 0),
 ('uk', 'Внаслідок удару загинули четверо людей, серед них дитина.', 4, 0),
 ('uk', 'Поранено трьох рятувальників.', 0, 3),
 ('uk', 'Від уламків дрона постраждали двоє людей.', 0, 2),
 ('uk', 'Кількість загиблих зросла до 12.', 12, 0),
 ('uk', 'Жінку було вбито осколками снаряда біля її будинку.', 1, 0),
 ('uk', 'Загинув один військовий, ще двоє отримали поранення.', 1, 2),
]

# incident descriptions in the manner of a yearly list
INCIDENT_LISTS = [
 ('en', "A gunman opened fire at a wedding party in the village, killing 11 guests including the groom's father, and wounding 9 others before fleeing.", 11, 9),
 ('en', 'Suspected Islamist militants attacked a military outpost, killing 8 soldiers. 5 militants were also killed in the exchange of fire.', 13, 0),
 ('en', 'A suicide bomber blew himself up at a funeral procession, killing at least 26 mourners and injuring 40.', 26, 40),
 ('en', 'A car bomb exploded outside a courthouse, killing 4 people, including a judge, and injuring 17 others.', 4, 17),
 ('en', 'Gunmen on motorbikes attacked a church during Sunday mass, killing the priest and five worshippers.', 6, 0),
 ('en', 'An explosive device planted in a garbage bin detonated at a bus stop; 3 people were killed and 22 injured.', 3, 22),
 ('en', 'Two attackers armed with knives stabbed passers-by in the old town, killing one and injuring four, before being shot by police.', 1, 4),
 ('en', 'Al-Shabaab militants stormed a hotel in the capital; 15 civilians and 4 security personnel were killed, along with all 5 attackers.', 19, 0),
 ('en', 'A rocket fired by militants hit a residential building, killing a mother and her three children.', 4, 0),
 ('en', 'Unknown assailants threw a grenade into a crowded bar, wounding 13 customers, two of them critically.', 0, 13),
 ('en', 'Boko Haram fighters raided the town at night, killing at least 30 residents and abducting 12 girls.', 30, 0),
 ('en', 'Gunmen attacked a police convoy, killing the district police chief and three of his bodyguards.', 4, 0),
 ('en', 'A bomb concealed in a motorcycle exploded near an army truck, killing 2 soldiers and a civilian and wounding 6.', 3, 6),
 ('en', 'The Taliban claimed responsibility for an attack on a checkpoint that killed 9 Afghan police officers.', 9, 0),
 ('en', 'Militants killed 7 people in a raid on a village, among them two children, local officials said.', 7, 0),
 ('en', 'Separatist rebels shot dead a local politician and his nephew at their home.', 2, 0),
 ('en', 'A mortar shell landed on a school playground, killing one pupil and injuring 12 others.', 1, 12),
 ('en', 'A landmine planted on a rural road killed 6 members of one family travelling in a cart.', 6, 0),
 ('en', 'In a series of coordinated bombings across the city, at least 45 people were killed and over 150 wounded.', 45, 150),
 ('en', 'Gunmen killed a prominent journalist outside his house; he had received threats for months.', 1, 0),
 ('en', 'A female suicide bomber detonated her explosives inside a market, killing herself and 12 shoppers.', 12, 0),
 ('en', 'Attackers set fire to a bus carrying pilgrims, burning 8 of them to death.', 8, 0),
 ('en', 'A sniper shot and killed two soldiers patrolling the border.', 2, 0),
 ('en', 'Militants ambushed a convoy carrying election workers; 4 were killed and 3 kidnapped.', 4, 0),
 ('en', 'A bomb attack on a mosque during Friday prayers killed the imam and 19 worshippers and injured more than 60.', 20, 60),
 ('en', 'The attack on the camp killed 3 peacekeepers from Chad and wounded 10 others.', 3, 10),
 ('en', "A grenade thrown at a political rally injured 30 people, including the party's candidate.", 0, 30),
 ('en', 'Attackers killed the village chief and burned down several houses.', 1, 0),
]

# more French, Spanish, Russian and Ukrainian lines
MORE_FOUR_LANGUAGES = [
 ('fr', 'Un soldat a été tué et deux autres blessés lorsque leur patrouille a été prise pour cible.', 1, 2),
 ('fr', "L'attaque a coûté la vie à un enfant de huit ans.", 1, 0),
 ('fr', 'Les affrontements ont fait au moins 25 morts, selon un bilan provisoire.', 25, 0),
 ('fr', 'Deux frères ont été assassinés par balles devant leur domicile.', 2, 0),
 ('fr', "Un casque bleu a été grièvement blessé par l'explosion d'une mine.", 0, 1),
 ('fr', 'Plus de 40 personnes ont été blessées, dont une dizaine grièvement.', 0, 40),
 ('fr', "Le bilan s'élève désormais à 13 morts et 29 blessés.", 13, 29),
 ('fr', 'Des jihadistes ont exécuté trois otages, dont un chef de village.', 3, 0),
 ('fr', 'Un policier est décédé des suites de ses blessures.', 1, 0),
 ('fr', "Les forces de l'ordre ont interpellé six suspects.", 0, 0),
 ('es', 'Al menos 12 personas murieron en el ataque, entre ellas cuatro niños.', 12, 0),
 ('es', 'El enfrentamiento dejó un saldo de tres militares fallecidos.', 3, 0),
 ('es', 'Un joven fue ultimado a tiros en la colonia Centro.', 1, 0),
 ('es', 'Dos personas resultaron heridas de gravedad tras la explosión.', 0, 2),
 ('es', 'Los atacantes hirieron a un guardia de seguridad y huyeron.', 0, 1),
 ('es', 'Fueron asesinados un padre y sus dos hijos en su finca.', 3, 0),
 ('es', 'La víctima, un taxista de 42 años, murió en el lugar.', 1, 0),
 ('es', 'Murieron tres personas, entre ellas un menor de edad.', 3, 0),
 ('ru', 'В результате нападения погиб полицейский, ещё двое получили ранения.', 1, 2),
 ('ru', 'Неизвестные застрелили главу сельского поселения.', 1, 0),
 ('ru', 'Погибли 8 военнослужащих, 15 ранены.', 8, 15),
 ('ru', 'Пострадали пятеро детей.', 0, 5),
 ('ru', 'Тело похищенного бизнесмена нашли в реке.', 1, 0),
 ('ru', 'Боевики убили двух сотрудников полиции и ранили мирного жителя.', 2, 1),
 ('ru', 'Один человек погиб, ещё один пострадал.', 1, 1),
 ('uk', 'Загинула 45-річна жінка, ще троє людей поранені.', 1, 3),
 ('uk', 'Окупанти вбили двох цивільних у селі.', 2, 0),
 ('uk', 'Травмовано шестеро людей, серед них дитина.', 0, 6),
 ('uk', 'Через обстріл загинув чоловік.', 1, 0),
]

# casualty lines, lists and asides
LISTS_AND_LINES = [
 ('en', 'Casualties: 4 killed, 11 injured.', 4, 11),
 ('en', 'The soldier was one of 7 killed in the ambush.', 7, 0),
 ('en', 'Among those killed were a local councillor and his driver.', 2, 0),
 ('en', 'Twenty people were wounded, of whom five later died.', 5, 15),
 ('en', 'The gunmen shot four men, two of whom died at the scene.', 2, 2),
 ('en', 'A policeman whose patrol came under fire was killed.', 1, 0),
 ('en', 'The blast, which killed 14 people, was claimed by the group.', 14, 0),
 ('en', 'Police said the dead were three women, two men and a child.', 6, 0),
 ('en', 'The attack killed nine: five police officers and four civilians.', 9, 0),
 ('en', 'Three died instantly; a fourth died on the way to hospital.', 4, 0),
 ('en', 'Fatalities numbered 18, according to the hospital.', 18, 0),
 ('en', 'At least a dozen villagers have been killed in the past week alone.', 12, 0),
 ('en', 'Of the 31 injured, nine are in critical condition.', 0, 31),
 ('en', 'Nine people — six of them police officers — were killed.', 9, 0),
 ('en', 'A total of 7 people lost their lives and 23 others were injured in the incident.', 7, 23),
 ('en', 'Reports said between 20 and 30 people had died.', 25, 0),
 ('en', 'The UN put the civilian death toll at more than 70.', 70, 0),
 ('en', 'Local media reported 3 deaths and at least 10 injuries.', 3, 10),
 ('en', 'Two were killed outright and eleven taken to hospital with wounds.', 2, 11),
 ('en', 'Some 15 people are believed to have died.', 15, 0),
 ('en', 'It was not immediately clear how many people were hurt.', 0, 0),
 ('en', 'Officials did not give a casualty figure.', 0, 0),
 ('en', "The raid left the village's headman and two elders dead.", 3, 0),
 ('en', 'A woman was shot dead by her husband in a domestic dispute, police said.', 1, 0),
]

# dated event notes
EVENT_NOTES = [
 ('en', 'On 14 March 2026, suspected JNIM militants attacked a gendarmerie post in Kaya (Sanmatenga, Centre-Nord). 4 gendarmes were killed. The assailants looted the post before leaving.', 4, 0),
 ('en', "On 2 April 2026, unidentified armed men shot and killed a trader on the Bunia-Komanda road (Irumu, Ituri). The victim's motorbike was stolen.", 1, 0),
 ('en', 'On 4 May 2026, an Israeli airstrike hit a house in Deir al-Balah, killing a man, his wife and their four children.', 6, 0),
 ('en', 'On 21 April 2026, clashes erupted between two clans over grazing land near Galkayo (Mudug). At least 7 people were killed on both sides and several others injured.', 7, 3),
 ('en', 'On 5 April 2026, Fulani militia raided Tudun Wada village (Bokkos, Plateau), killing 12 residents and burning homes. Fatalities coded as 12.', 12, 0),
 ('en', "On 30 April 2026, a Border Guard soldier was killed by cross-border fire from the Myanmar side near Teknaf (Cox's Bazar).", 1, 0),
 ('en', 'On 11 April 2026, police opened fire on demonstrators protesting fuel prices in Nairobi, killing 2 and injuring at least 15.', 2, 15),
 ('en', 'On 3 May 2026, members of a criminal group kidnapped and later killed a municipal councillor in Guerrero. His body was found on 5 May.', 1, 0),
 ('en', 'On 8 April 2026, unknown gunmen killed a Catholic priest in his parish residence. Two other persons were injured.', 1, 2),
 ('en', 'On 19 March 2026, a mob lynched a man accused of theft in the town market.', 1, 0),
 ('en', 'On 27 March 2026, security forces killed 3 suspected bandits in an ambush in Zurmi (Zamfara). Fatalities: 3.', 3, 0),
 ('en', 'On 6 April 2026, an unknown number of militants attacked a village in Djibo; unspecified fatalities were reported.', 0, 0),
 ('en', 'On 8 May 2026, a man was found dead with gunshot wounds in a ditch near Culiacan. Fatality attributed to cartel violence.', 1, 0),
 ('en', 'On 25 April 2026, Russian forces shelled Nikopol, injuring a 54-year-old woman.', 0, 1),
 ('en', 'On 2 May 2026, a drone strike by the Houthis on a market killed 4 civilians, according to a local health official; the Houthis denied responsibility.', 4, 0),
 ('en', 'On 13 April 2026, two rival gangs fought in Port-au-Prince; 9 gang members and a bystander were killed.', 10, 0),
 ('en', 'On 22 April 2026, the army claimed to have neutralised 23 terrorists during operations in the Tillaberi region.', 23, 0),
 ('en', 'On 9 March 2026, an IED planted by suspected militants injured three CRPF personnel in Sukma (Chhattisgarh).', 0, 3),
 ('en', 'On 4 April 2026, gunmen abducted 40 passengers from two buses; 5 passengers who resisted were killed.', 5, 0),
]

# a second batch: ranges and hedges, clauses in the manner of long wire sentences, the same in four languages
RANGES_AND_HEDGES = [
 ('en', 'No fewer than 12 soldiers died in the ambush.', 12, 0),
 ('en', 'More than a dozen villagers were hacked to death.', 12, 0),
 ('en', 'Well over 100 people were wounded in the clashes.', 0, 100),
 ('en', 'Nearly two dozen fighters were killed in the offensive.', 23, 0),
 ('en', 'Roughly 50 people were injured, officials said.', 0, 50),
 ('en', 'Approximately 25 civilians lost their lives.', 25, 0),
 ('en', 'Five to seven people were killed in the blast.', 6, 0),
 ('en', 'Up to 30 people are feared dead after the landslide triggered by the bombing.', 30, 0),
 ('en', 'At least a dozen people were wounded.', 0, 12),
 ('en', 'The attack, in which 12 people died, was claimed by the group.', 12, 0),
 ('en', 'The deaths of seven miners in the attack sparked protests.', 7, 0),
 ('en', 'The murder of a journalist in the city on Friday drew condemnation.', 1, 0),
 ('en', 'None of the passengers was hurt.', 0, 0),
 ('en', 'How many people died remains unclear.', 0, 0),
 ('en', 'The explosion did not cause any casualties.', 0, 0),
 ('en', 'Three people were killed and none injured.', 3, 0),
 ('en', 'Two soldiers and three civilians were among the 11 people killed.', 11, 0),
 ('en', 'Eleven people, most of them civilians, died.', 11, 0),
 ('en', 'The bomb killed a child and wounded her mother and grandmother.', 1, 2),
 ('en', 'The clashes left 6 people dead, among them a 14-year-old girl.', 6, 0),
 ('en', 'Four officers were shot and wounded; a fifth was killed.', 1, 4),
 ('en', 'A gunman killed four members of a family before turning the gun on himself.', 4, 0),
 ('en', 'The fighting killed at least 300 combatants on both sides over the weekend.', 300, 0),
 ('en', 'Two of the three hostages were killed during the rescue attempt.', 2, 0),
 ('en', 'The army said 18 rebels had been killed and 9 captured.', 18, 0),
 ('en', 'A soldier and two insurgents were killed in the exchange of fire.', 3, 0),
 ('en', 'A bomb killed 3 people and injured 10 in the capital, while a separate attack in the north killed 2 soldiers.', 5, 10),
 ('en', 'Police found the bodies of a woman and her two children in a burned-out car.', 3, 0),
 ('en', 'Militants abducted and killed a local council member.', 1, 0),
 ('fr', 'Une femme et son fils ont été tués par balles.', 2, 0),
 ('fr', 'Au moins une dizaine de soldats ont péri.', 10, 0),
 ('fr', 'Cinq personnes, dont un enfant, ont perdu la vie.', 5, 0),
 ('es', 'Al menos una docena de personas resultaron heridas.', 0, 12),
 ('es', 'Unas 30 personas murieron en los combates.', 30, 0),
 ('es', 'El ataque dejó un muerto y varios heridos.', 1, 3),
 ('ru', 'Около двадцати человек получили ранения.', 0, 20),
 ('ru', 'Не менее 15 человек погибли.', 15, 0),
 ('ru', 'Более ста человек пострадали.', 0, 100),
 ('uk', 'Щонайменше 7 людей загинули.', 7, 0),
 ('uk', 'Понад 20 людей поранені.', 0, 20),
]

LONG_WIRE_SENTENCES = [
 ('en', 'Health officials, speaking on condition of anonymity because they were not authorised to brief the media, said the bodies of 14 people, including a pregnant woman, had been brought to the main hospital, where a further 30 were being treated for burns and shrapnel wounds.', 14, 30),
 ('en', 'According to the local governor, whose convoy was passing nearby at the time, the two suicide bombers killed six of his bodyguards and a passer-by.', 7, 0),
 ('en', 'By Tuesday evening, the number of confirmed dead had reached 42, with 17 people still missing under the rubble of the collapsed mosque.', 42, 0),
 ('en', 'The army, which rarely comments on casualties, said in a statement that two of its soldiers had been killed and three wounded in what it described as a terrorist attack on a checkpoint.', 2, 3),
 ('en', 'Of those killed, at least three were police officers, the ministry said, adding that a total of 19 people had died.', 19, 0),
 ('en', 'While the government said only four people were killed, opposition groups said the real toll was at least 15.', 15, 0),
 ('en', 'The attackers – there were at least five of them, witnesses said – escaped on motorcycles after killing the village chief and his deputy.', 2, 0),
 ('en', 'An official at the morgue said on Sunday that it had received 27 bodies since Friday, most with gunshot wounds.', 27, 0),
 ('en', 'The dead included a nine-year-old boy who had been on his way to school, his uncle said.', 1, 0),
 ('en', 'A statement from the ministry said 5 servicemen were killed "while repelling an attack by armed bandits" and that 12 attackers had been "eliminated".', 17, 0),
 ('en', 'The UN mission said its peacekeepers had come under fire; one peacekeeper was seriously injured and has been evacuated to Bamako.', 0, 1),
 ('en', 'Hospital director Ahmed Saleh told reporters: "Since the morning we have received 19 martyrs and 64 injured, and the numbers are rising."', 19, 64),
 ('en', 'In the village of Tarmaber, witnesses said, 8 farmers were rounded up and executed on Wednesday.', 8, 0),
]

LONG_SENTENCES_IN_FOUR_LANGUAGES = [
 ('fr', "« Nous avons reçu neuf corps et plus de vingt blessés, dont certains dans un état grave », a déclaré un médecin à l'AFP.", 9, 20),
 ('fr', "Les assaillants, au nombre d'au moins cinq selon des témoins, ont pris la fuite après avoir tué le chef du village et son adjoint.", 2, 0),
 ('fr', 'Mardi soir, le nombre de morts confirmés atteignait 42, et 17 personnes étaient toujours portées disparues sous les décombres.', 42, 0),
 ('fr', "Dans un communiqué, l'armée a indiqué que deux de ses soldats avaient été tués et trois autres blessés lors d'une attaque terroriste contre un poste de contrôle.", 2, 3),
 ('es', 'De acuerdo con fuentes hospitalarias, los cuerpos de 14 personas, entre ellas una mujer embarazada, fueron trasladados al hospital central, donde otras 30 reciben atención por quemaduras.', 14, 30),
 ('es', '"Hemos recibido nueve cuerpos y más de veinte heridos, algunos de ellos en estado grave", dijo un médico del hospital.', 9, 20),
 ('es', 'Mientras el gobierno habla de cuatro muertos, la oposición asegura que las víctimas mortales son al menos quince.', 15, 0),
 ('es', 'Los atacantes, al menos cinco según testigos, huyeron en motocicletas tras asesinar al jefe de la comunidad y a su ayudante.', 2, 0),
 ('es', 'El ejército informó en un comunicado que dos de sus soldados murieron y otros tres resultaron heridos en un ataque contra un retén.', 2, 3),
 ('es', 'Hasta el martes por la noche, la cifra de muertos confirmados llegaba a 42, mientras 17 personas seguían desaparecidas.', 42, 0),
 ('ru', '«Мы приняли девять тел и более двадцати раненых, некоторые из них в тяжёлом состоянии», — сказал врач.', 9, 20),
 ('ru', 'Власти говорят о четырёх погибших, однако оппозиция утверждает, что погибли не менее 15 человек.', 15, 0),
 ('ru', 'В заявлении армии говорится, что двое военнослужащих погибли и ещё трое получили ранения при нападении на блокпост.', 2, 3),
 ('ru', 'К вечеру вторника число подтверждённых погибших достигло 42, ещё 17 человек числятся пропавшими без вести.', 42, 0),
 ('uk', "«Ми прийняли дев'ять тіл і понад двадцять поранених», — сказав лікар.", 9, 20),
 ('uk', 'У заяві армії йдеться, що двоє військових загинули, ще троє отримали поранення.', 2, 3),
]

# a third batch: victims told verb first, headlines, clauses set side by side
VERB_FIRST_AND_HEADLINES = [
 ('en', 'Killed were two soldiers and a civilian who happened to be passing by.', 3, 0),
 ('en', 'Also killed was the driver of the bus.', 1, 0),
 ('en', 'Injured in the attack were a police officer and four bystanders.', 0, 5),
 ('en', 'Seven people — three soldiers and four civilians — died in the shelling.', 7, 0),
 ('en', 'Police said two died and five were hurt.', 2, 5),
 ('en', 'Five Killed, 12 Wounded In Attack On Market', 5, 12),
 ('en', 'Bomb kills 5 in Kabul', 5, 0),
 ('en', 'Gunmen Kill Police Chief, Two Guards In Ambush', 3, 0),
 ('en', 'It was the second deadly attack this week; on Monday, a bomb killed 3 people in the same district.', 3, 0),
 ('en', 'A man was killed and his son seriously wounded when their car was fired upon.', 1, 1),
 ('en', 'Those killed included the local imam.', 1, 0),
 ('en', 'The shelling killed as many as nine people, residents said.', 9, 0),
 ('en', 'Rebels said they had shot down a helicopter, killing all 12 people on board.', 12, 0),
 ('en', 'Two people died when a mortar round struck their house, while three others were wounded by shrapnel.', 2, 3),
 ('en', 'A policeman died after being shot in the chest during the raid.', 1, 0),
 ('en', 'Gunfire killed one protester; another died after being hit by a tear gas canister.', 2, 0),
 ('en', 'A car bomb targeting a military convoy killed a soldier and injured two others, while a second bomb defused nearby caused no casualties.', 1, 2),
 ('en', "The attack left the village's only doctor dead.", 1, 0),
 ('en', 'Four bodies, all bearing signs of torture, were found dumped by a roadside.', 4, 0),
 ('en', 'The man, identified as Juan Perez, 34, was shot three times.', 0, 1),
 ('en', 'A woman aged 62 was killed by falling debris.', 1, 0),
 ('en', 'Security forces said one attacker was killed and another captured.', 1, 0),
 ('en', 'The toll is expected to rise, as many of the 40 injured are in critical condition.', 0, 40),
 ('en', 'Three civilians were killed in the crossfire, including a woman who was hanging laundry.', 3, 0),
]

CASES = WIRE_INCIDENTS + AMOUNTS + FOUR_LANGUAGES + INCIDENT_LISTS + MORE_FOUR_LANGUAGES + LISTS_AND_LINES + EVENT_NOTES \
    + RANGES_AND_HEDGES + LONG_WIRE_SENTENCES + LONG_SENTENCES_IN_FOUR_LANGUAGES + VERB_FIRST_AND_HEADLINES + [
 # closed at the round's end: 'the total' as the object of an update verb is a running toll (pack words
 # `update_tolls`; not 'A total of 16 civilians have been killed', a container, in AMOUNTS)
 ('en', 'A man believed to be the attacker was also killed, bringing the total to 9.', 9, 0),
 # closed in round 45 (test_round45.py): a reporter across a semicolon reports its own clause, not the figure
 # before it (attribution.reporter_at)
 ('en', 'On 17 April 2026, Al Shabaab detonated a VBIED at an AMISOM base in Lower Shabelle. The group claimed 20 soldiers were killed; the military said 3 died.', 20, 0),
 ('en', 'Witnesses described scenes of chaos as the wounded, many of them women and children, were carried to waiting ambulances; officials later put the toll at 8 dead and 31 injured.', 8, 31),
]

DASHED_CLOSED = [  # a gap until round 62: a dashed list after a group word is its apposition (parsed._figures_of_a_group)
 # a dashed aside is blanked for the parser: the uncounted 'victims' before it is read as two
 ('en', 'The victims – a teacher, her husband and their son – were found dead in their home.', 3, 0),
]

GAPS = [
 # an uncounted plural object ('the hostages') counted later by 'all eight' in a clause of its own
 ('en', 'The gunmen executed the hostages one by one; all eight were found with gunshot wounds to the head.', 8, 0),
 # the parser makes the object the subject of the participle after it ('the police officer escorting them'); a
 # repair moving it back moved a check row of the dev set, so it was dropped
 ('en', 'An improvised explosive device targeting a polio vaccination team killed the police officer escorting them.', 1, 0),
 # (label lines "Killed: 6 (including 2 children); wounded: 14": closed in round 48, LABELS_CLOSED)
 # a headline in digits: the first count parsed as a stray mark and 'hurt' as a noun
 ('en', '5 dead, 12 hurt as bomb rips through market', 5, 12),
 # a bracketed aside is blanked for the parser as a detail of the phrase before it: here it holds the only figures
 ('en', 'The attack (3 killed, 8 wounded) was the deadliest this month.', 3, 8),
 # ("so far," at the end of the first figure's clause: closed in round 54, SO_FAR_CLOSED)
 # the men shot with no outcome counted as hurt (two) beside the 23 killed after the semicolon
 ('en', 'Residents said the gunmen, who wore military uniforms, went from house to house, dragging out men and shooting them; at least 23 were killed, according to a local councillor.', 23, 0),
 # the relative clause on the source ('qui a requis l'anonymat') loses the bodies' figure
 ('fr', "Selon une source hospitalière qui a requis l'anonymat, les corps de 14 personnes, dont une femme enceinte, ont été transportés à l'hôpital principal, où une trentaine d'autres sont soignées pour des brûlures.", 14, 30),
 # two accounts in one sentence, the second a toll noun ('avance un bilan'): added
 ('fr', "Alors que le gouvernement évoque quatre morts, l'opposition avance un bilan d'au moins quinze tués.", 15, 0),
 # the parser hangs 'в связи с ожогами' on the first verb: no injury for the care clause
 ('ru', 'По словам источника в больнице, тела 14 человек, в том числе беременной женщины, доставлены в центральную больницу, где ещё 30 человек получают помощь в связи с ожогами.', 14, 30),
]

SO_FAR_CLOSED = [  # a gap until round 54: "so far," marked a running count of a longer period wherever it stood;
    # it does so now only opening the sentence
 ('en', '"We have received 9 bodies so far, and more than 20 wounded, some of them in a very bad state," a doctor at the district hospital told AFP by telephone.', 9, 20),
]

ADMITTED_CLOSED = [  # a gap until round 65: people admitted to hospital inside a clause of what is not clear, read as no
    # figure; a counted noun a participle of care sets is hurt (grammar._to_hospital; test_round65.py)
 ('en', 'It was not clear how many of the 60 people admitted to hospital had life-threatening injuries.', 0, 60),
]

LABELS_CLOSED = [  # a gap until round 48: a participle of harm as a label before its colon
 ('en', 'Killed: 6 (including 2 children); wounded: 14.', 6, 14),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES + LABELS_CLOSED + SO_FAR_CLOSED + DASHED_CLOSED + ADMITTED_CLOSED, GAPS)

# release lines in ISAF's manner: detained, killed, injured
RELEASE_CATEGORIES = [
 ('en', 'An Afghan and coalition security force detained two suspected insurgents in Nangarhar province yesterday while searching for a Taliban facilitator.', 'detained', 2),
 ('en', 'An Afghan and coalition security force detained two suspected insurgents in Nangarhar province yesterday while searching for a Taliban facilitator.', 'killed', 0),
 ('en', 'The security force captured a Haqqani network leader and one of his associates during an operation in Paktiya province.', 'detained', 2),
 ('en', 'The security force captured a Haqqani network leader and one of his associates during an operation in Paktiya province.', 'killed', 0),
 ('en', 'During the operation, the force killed several insurgents who engaged them with small-arms fire.', 'killed', 3),
 ('en', 'During the operation, the force killed several insurgents who engaged them with small-arms fire.', 'detained', 0),
 ('en', 'Several suspected insurgents were detained after the security force found weapons in a compound.', 'detained', 3),
 ('en', 'Several suspected insurgents were detained after the security force found weapons in a compound.', 'killed', 0),
 ('en', 'An Afghan-led force arrested a senior IED facilitator and detained three other suspects in Kandahar district.', 'detained', 4),
 ('en', 'The joint force called in an air weapons team, which killed two armed individuals manoeuvring on the force.', 'killed', 2),
 ('en', 'No civilians were harmed during the operation.', 'killed', 0),
 ('en', 'No civilians were harmed during the operation.', 'injured', 0),
 ('en', 'No civilians were harmed during the operation.', 'detained', 0),
 ('en', 'Afghan National Police, with coalition advisers, took a Taliban commander into custody in Helmand province Tuesday.', 'detained', 1),
 ('en', 'The force also detained a number of suspected insurgents for further questioning.', 'detained', 3),
 ('en', 'A combined force killed a Taliban sub-commander and detained another insurgent in Ghazni province.', 'killed', 1),
 ('en', 'A combined force killed a Taliban sub-commander and detained another insurgent in Ghazni province.', 'detained', 1),
 ('en', 'Two women and a child were slightly wounded by insurgent fire and treated at the scene.', 'injured', 3),
 ('en', 'Following initial questioning, the security force detained the suspect and two of his associates.', 'detained', 3),
 ('en', 'Security forces detained 15 suspects, among them a known bomb maker.', 'detained', 15),
 ('en', 'Coalition forces in Kunar killed an insurgent leader responsible for attacks on Afghan forces, along with four of his fighters.', 'killed', 5),
 ('en', 'Police in the capital rounded up some 40 protesters, and released half of them by evening.', 'detained', 40),
 ('en', 'Three men suspected of planning the attack were taken into custody on Friday.', 'detained', 3),
 ('en', 'Police apprehended the gunman, who was wounded in the exchange of fire.', 'detained', 1),
 ('en', 'Police apprehended the gunman, who was wounded in the exchange of fire.', 'injured', 1),
 ('en', 'A suspected suicide bomber was shot and wounded before he could detonate his vest, and was later arrested.', 'injured', 1),
 ('en', 'A suspected suicide bomber was shot and wounded before he could detonate his vest, and was later arrested.', 'detained', 1),
 ('en', 'Soldiers detained at least 60 people during house-to-house searches in the district.', 'detained', 60),
 ('en', 'The insurgent leader and two of his bodyguards were arrested at a checkpoint.', 'detained', 3),
]

test_other_categories_in_releases = category_tests(RELEASE_CATEGORIES)

# a vague count told first and a count told after it: the larger stays (guards, below)
VAGUE_THEN_COUNTED = [
 ('en', 'The security force detained several suspected insurgents during the search. Three of the detainees were later released.', 'detained', 3),
 ('en', 'The patrol killed several insurgents in a firefight. Four insurgents were killed when they attacked the patrol with rocket-propelled grenades.', 'killed', 4),
 ('en', 'Several civilians were wounded in the blast. Two wounded civilians were taken to a hospital in Kabul.', 'injured', 3),
 ('en', 'Multiple insurgents were killed in the strike. One insurgent was killed while placing a roadside bomb.', 'killed', 3),
 ('en', 'Troops arrested several suspected militants. The two men were handed over to police.', 'detained', 3),
 ('en', 'Police detained a number of protesters. Five protesters were detained near the parliament building.', 'detained', 5),
 ('en', 'Several people were killed in the attack on the village. Two people were killed when their house was set on fire.', 'killed', 3),
]

test_vague_then_counted = category_tests(VAGUE_THEN_COUNTED)

# wire reports with their headlines and publication dates: (language, published, title, text, killed, injured)
REPORTS = [
 ('en', '2026-06-02', 'Gunmen kill nine in attack on Plateau village', 'Gunmen killed nine people and wounded 14 others in an overnight raid on a farming village in central Nigeria, a police spokesman said on Tuesday.\n\nThe attackers arrived on motorcycles shortly before midnight and fired on residents as they fled, the spokesman said. Several houses were set alight. The wounded were taken to a hospital in the state capital.\n\nA community leader said the death toll could rise because some villagers were still unaccounted for. The area has seen repeated clashes between herders and farmers; in April, 32 people died in attacks on neighbouring communities.', 9, 14),
 ('en', '2026-07-19', 'Six troops killed as militants storm checkpoint in northwest', "Militants attacked a security checkpoint in a mountainous district in the northwest early on Sunday, killing six soldiers, the military's media wing said.\n\nTroops returned fire and killed four of the attackers, the statement said, adding that a search of the area was under way. Two soldiers were injured and evacuated by helicopter.\n\nNo group immediately claimed responsibility. The region has seen a surge in attacks since a ceasefire collapsed last year.", 10, None),
 ('en', '2026-03-11', 'Three aid workers found dead after abduction', 'The bodies of three aid workers abducted last week were found on Tuesday near a road outside the town, their organisation said in a statement.\n\nThe three, two men and a woman, all local staff, had been seized at a roadblock while returning from a food distribution. "We are devastated," the group\'s country director said, calling for those responsible to be brought to justice.\n\nAt least 20 aid workers have been killed in the country so far this year, according to UN figures.', 3, 0),
 ('en', '2026-08-24', 'Death toll from market bombing rises to 27', "The number of people killed in Saturday's bombing of a crowded market has risen to 27, a health ministry official said on Monday, after several of the wounded died overnight.\n\nAround 50 people remain in hospital, some in critical condition. An initial toll on Saturday evening had put the dead at 18.\n\nThe interior minister blamed an armed group that has carried out similar attacks in the past, but no claim of responsibility has been made.", 27, 50),
 ('en', '2026-05-05', 'Four killed as rival militias clash in capital', 'At least four people were killed when fighting broke out between two armed groups in the southern districts of the capital late on Monday, the emergency services said.\n\nResidents reported heavy gunfire and explosions for several hours. The dead included a 12-year-old boy hit by a stray bullet, a medical source said. An unknown number of people were injured.\n\nThe two groups, both nominally allied to the government, have clashed repeatedly over control of checkpoints.', 4, None),
 ('fr', '2026-02-16', "Burkina : onze civils tués par des hommes armés dans l'Est", "Onze civils ont été tués samedi lors d'une attaque d'hommes armés contre un marché de la province de la Gnagna, dans l'est du Burkina Faso, ont indiqué lundi des sources locales et sécuritaires.\n\n« Les assaillants sont arrivés en grand nombre à moto et ont ouvert le feu sur les commerçants », a raconté un habitant joint par téléphone. Plusieurs boutiques ont été incendiées. Le bilan pourrait s'alourdir, selon une source sécuritaire.\n\nLe gouvernement n'a pas communiqué sur l'attaque. Depuis 2015, les violences jihadistes ont fait plus de 20 000 morts dans le pays.", 11, None),
 ('fr', '2026-10-05', 'RDC : deux morts et cinq blessés dans une attaque contre un camp de déplacés', "Deux personnes ont été tuées et cinq autres blessées dans la nuit de samedi à dimanche lors d'une attaque contre un camp de déplacés près de Bunia, en Ituri, a-t-on appris auprès de la société civile locale.\n\nSelon un responsable du camp, les assaillants, armés de machettes et de fusils, ont fait irruption vers 2 heures du matin. Les blessés ont été évacués vers l'hôpital général de Bunia.\n\nEn février, une attaque similaire contre un autre site de déplacés avait fait une soixantaine de morts.", 2, 5),
 ('es', '2026-04-20', 'Asesinan a tres líderes sociales en el Cauca en menos de una semana', 'Tres líderes sociales fueron asesinados en el departamento del Cauca en los últimos seis días, denunció este lunes la Defensoría del Pueblo.\n\nEl último caso ocurrió el sábado en el municipio de Suárez, donde hombres armados dispararon contra un dirigente comunitario frente a su vivienda. Los otros dos crímenes se registraron en Argelia y en El Tambo.\n\nSegún organizaciones de derechos humanos, en lo que va de año han sido asesinados 52 líderes sociales en el país.', 3, None),
 ('es', '2026-11-09', 'Ataque con explosivos deja cinco soldados muertos en Arauca', 'Cinco militares murieron y otros ocho resultaron heridos este domingo tras la explosión de un artefacto al paso de una patrulla en zona rural de Arauca, informó el Ejército Nacional.\n\nLos heridos fueron trasladados en helicóptero a un centro asistencial de la capital departamental, donde dos de ellos permanecen en estado grave. El Ejército atribuyó el ataque a disidencias de las antiguas FARC.', 5, 8),
 ('ru', '2026-09-14', 'Два человека погибли при атаке беспилотников на Белгородскую область', 'Два мирных жителя погибли и шесть получили ранения в результате атаки беспилотников на населённые пункты Белгородской области, сообщил губернатор региона в воскресенье.\n\nПо его словам, в одном из сёл дрон попал в легковой автомобиль, водитель скончался на месте. Ещё один человек погиб при ударе по частному дому. Раненых доставили в областную больницу, состояние двоих оценивается как тяжёлое.\n\nУкраинская сторона ситуацию не комментировала.', 2, 6),
 ('ru', '2026-05-22', 'В Дагестане ликвидированы семь боевиков', 'Семь боевиков, оказавших вооружённое сопротивление при задержании, ликвидированы в ходе контртеррористической операции в Дагестане, сообщили в Национальном антитеррористическом комитете.\n\nПо данным ведомства, среди сотрудников силовых структур пострадавших нет. На месте боестолкновения обнаружены оружие и боеприпасы.', 7, None),
 ('uk', '2026-08-03', 'Унаслідок обстрілу Херсона загинули троє людей', 'Троє людей загинули, ще 11 отримали поранення внаслідок ранкового обстрілу Херсона, повідомила обласна військова адміністрація.\n\nСеред загиблих — 70-річна жінка, яка перебувала на зупинці громадського транспорту. Поранених госпіталізовано, стан трьох із них важкий.\n\nНапередодні внаслідок обстрілів області загинули двоє людей.', 3, 11),
 ('en', '2026-01-13', 'Twelve killed in attack on police post in Balochistan', 'Twelve people, including eight policemen, were killed when gunmen attacked a police post in southwestern Pakistan overnight, officials said on Tuesday.\n\nThe assailants used rockets and automatic weapons in the assault, which lasted several hours. Security forces later cleared the area, killing three attackers, a provincial government spokesman said.\n\nA separatist group claimed responsibility in a message to journalists.', 12, None),
 ('en', '2026-10-28', 'UN condemns surge in attacks on schools', "The United Nations on Wednesday condemned what it called a sharp rise in attacks on schools in the region, saying at least 150 schools had been damaged or destroyed this year.\n\nIn a statement, the UN children's agency said attacks on education had deprived thousands of children of schooling. It urged all parties to respect international humanitarian law.\n\nLast year, the agency said, 46 pupils and teachers were killed in such attacks.", 0, 0),
 ('en', '1990-03-12', 'URBAN GUERRILLAS ATTACK POLICE STATION', 'SAN SALVADOR, 11 MAR 90 (RADIO CADENA) -- [TEXT] URBAN COMMANDOS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED A NATIONAL POLICE POST IN THE SOYAPANGO DISTRICT LAST NIGHT. ACCORDING TO A POLICE SPOKESMAN, THREE POLICEMEN WERE KILLED AND TWO OTHERS WERE WOUNDED IN THE ATTACK, WHICH LASTED ABOUT 20 MINUTES.\n\nTHE SPOKESMAN ADDED THAT THE ATTACKERS FLED TOWARD THE SAN JACINTO HILL. SECURITY FORCES HAVE LAUNCHED AN OPERATION TO CAPTURE THEM.', 3, 2),
 ('en', '1989-11-20', 'MAYOR MURDERED IN ANTIOQUIA', 'BOGOTA, 19 NOV 89 (EFE) -- [TEXT] THE MAYOR OF A SMALL TOWN IN ANTIOQUIA DEPARTMENT WAS SHOT DEAD TODAY BY UNIDENTIFIED GUNMEN WHO INTERCEPTED HIS CAR ON A RURAL ROAD, POLICE SOURCES REPORTED.\n\nTHE MAYOR HAD RECEIVED DEATH THREATS, THE SOURCES SAID. THIS IS THE FOURTH MAYOR KILLED IN THE DEPARTMENT THIS YEAR.', 1, 0),
 ('en', '1990-06-05', 'ARMY DENIES MASSACRE REPORTS', 'SAN SALVADOR, 4 JUN 90 (DOMESTIC SERVICE) -- [TEXT] THE ARMED FORCES PRESS COMMITTEE TODAY REJECTED REPORTS THAT SOLDIERS HAD KILLED CIVILIANS IN A VILLAGE IN CHALATENANGO DEPARTMENT. A COPREFA SPOKESMAN SAID THE REPORTS WERE PART OF A CAMPAIGN TO DISCREDIT THE ARMY.', 0, 0),
 ('en', '1989-08-30', 'BOMB EXPLODES IN BOGOTA SHOPPING CENTER', 'BOGOTA, 29 AUG 89 (AFP) -- [TEXT] A POWERFUL BOMB EXPLODED TONIGHT IN A SHOPPING CENTER IN NORTHERN BOGOTA, KILLING FOUR PEOPLE AND INJURING SEVEN, THE POLICE REPORTED.\n\nTHE AUTHORITIES ATTRIBUTED THE ATTACK TO THE DRUG TRAFFICKERS OF THE MEDELLIN CARTEL, WHO HAVE CARRIED OUT SEVERAL BOMBINGS IN THE CAPITAL IN RECENT WEEKS.', 4, 7),
 ('en', '1991-01-15', 'TWO JESUIT STUDENTS KILLED', 'LIMA, 14 JAN 91 (RADIO PROGRAMAS) -- [TEXT] TWO UNIVERSITY STUDENTS WERE KILLED LAST NIGHT BY A SHINING PATH COMMANDO IN A POOR NEIGHBORHOOD OF LIMA. THE STUDENTS WERE TAKEN FROM THEIR HOMES AND SHOT IN THE HEAD, WITNESSES SAID.', 2, 0),
 ('en', '1990-02-02', 'GUERRILLAS AMBUSH ARMY PATROL', 'SAN SALVADOR, 1 FEB 90 (ACAN-EFE) -- [TEXT] FIVE SOLDIERS DIED YESTERDAY WHEN GUERRILLAS AMBUSHED AN ARMY PATROL NEAR THE TOWN OF SAN MIGUEL, MILITARY SOURCES REPORTED TODAY. THE SOURCES SAID AN UNDETERMINED NUMBER OF GUERRILLAS WERE ALSO KILLED OR WOUNDED IN THE CLASH.', 5, None),
 ('fr', '2026-03-09', "Mali : huit civils tués dans l'explosion d'un engin sur une route du centre", "Huit civils, dont trois femmes et deux enfants, ont été tués dimanche lorsque le véhicule qui les transportait a sauté sur un engin explosif improvisé entre Boni et Douentza, dans le centre du Mali, a-t-on appris lundi de sources locales.\n\n« Le véhicule se rendait au marché hebdomadaire. Il n'y a eu aucun survivant », a déclaré un élu local sous couvert d'anonymat. L'armée malienne a confirmé l'incident sans donner de bilan.\n\nCe type d'engins a déjà coûté la vie à des dizaines de civils depuis le début de l'année dans cette zone.", 8, None),
 ('fr', '2026-05-18', 'Cameroun : cinq morts dans une attaque séparatiste dans le Nord-Ouest', "Cinq personnes, dont deux gendarmes, ont été tuées samedi soir dans une attaque attribuée à des séparatistes armés à Bamenda, dans la région anglophone du Nord-Ouest, selon des sources sécuritaires.\n\nTrois autres personnes ont été blessées et transportées à l'hôpital régional. Les assaillants ont pris la fuite après l'attaque, a précisé une source militaire.", 5, 3),
 ('es', '2026-07-27', 'Masacre en Zacatecas: hallan seis cuerpos en un camino rural', 'Los cuerpos de seis hombres con huellas de violencia fueron localizados la mañana de este domingo en un camino de terracería del municipio de Fresnillo, Zacatecas, informó la Fiscalía General del estado.\n\nDe acuerdo con la dependencia, las víctimas tenían entre 20 y 35 años y presentaban impactos de arma de fuego. Ninguna ha sido identificada hasta el momento.\n\nEn lo que va del año, la entidad acumula más de 400 homicidios dolosos, según cifras oficiales.', 6, None),
 ('es', '2026-02-23', 'Ataque a comisaría deja dos policías muertos en Guayaquil', 'Dos agentes de policía murieron y otros cuatro resultaron heridos la madrugada de este lunes cuando un grupo de hombres armados atacó una unidad policial en el sur de Guayaquil, informó la Policía Nacional.\n\nSegún el parte policial, los atacantes llegaron en dos vehículos y dispararon contra la fachada del edificio. Uno de los agresores fue detenido tras una persecución.', 2, 4),
 ('ru', '2026-10-12', 'На юге Дагестана при обстреле поста погибли трое полицейских', 'Трое сотрудников полиции погибли в результате нападения на пост ДПС в Дербентском районе Дагестана, сообщили в МВД республики в воскресенье.\n\nПо данным ведомства, неизвестные открыли огонь по полицейским из автоматического оружия и скрылись. Возбуждено уголовное дело по статье о посягательстве на жизнь сотрудника правоохранительных органов.\n\nВ прошлом году в результате подобных нападений в республике погибли 11 сотрудников силовых структур.', 3, None),
 ('ru', '2026-04-06', 'Число погибших при взрыве на рынке выросло до четырёх', 'Число погибших в результате взрыва на рынке в центре города возросло до четырёх человек, сообщили в региональном минздраве в понедельник. Ранее сообщалось о двух погибших.\n\nЕщё девять человек остаются в больнице, состояние двоих из них оценивается как крайне тяжёлое. Причины взрыва устанавливаются.', 4, 9),
 ('uk', '2026-06-15', 'Внаслідок удару по Дніпру загинула людина, шестеро поранених', 'Одна людина загинула, ще шестеро отримали поранення внаслідок ракетного удару по Дніпру в неділю, повідомив начальник обласної військової адміністрації.\n\nЗа його словами, пошкоджено багатоповерховий будинок і кілька автомобілів. Усіх поранених госпіталізували.', 1, 6),
 ('en', '2026-09-30', 'Attack on camp for displaced kills 17 in eastern Congo', 'Armed men attacked a camp for displaced people in eastern Democratic Republic of Congo on Monday night, killing at least 17 people, most of them women and children, a local civil society leader said.\n\nThe assailants, believed to be members of an armed group active in the area, used machetes and firearms, he said. Eleven of the victims were from the same extended family.\n\nA UN spokesman said the organisation was "deeply alarmed" by the attack. More than 100 people have been killed in the territory since the start of the month, according to local officials.', 17, None),
 ('en', '2026-12-01', 'Two reporters shot dead in separate attacks', "Two journalists were shot dead in separate attacks in the country's north over the weekend, a press freedom group said on Monday.\n\nThe first, a radio presenter, was killed outside his home on Saturday. The second, who worked for a regional newspaper, was ambushed while driving back from an assignment on Sunday.\n\nThe group said at least 9 journalists had been killed in the country this year.", 2, 0),
]

test_report_with_its_headline_and_date = dated_report_tests(REPORTS)

# whole releases in ISAF's manner with their dates: (language, published, title, text, {category: best})
RELEASES = [
 ('en', '2012-03-05', 'Afghan, Coalition Force Kills Two Insurgents in Kandahar', 'KABUL, Afghanistan (March 4, 2012) – An Afghan and coalition security force killed two armed insurgents and detained three suspects during an operation in search of a Taliban leader in Zharay district, Kandahar province, today.\n\nThe Taliban leader is responsible for planning improvised explosive device attacks against Afghan and coalition forces in the district.\n\nDuring the operation, the insurgents engaged the security force with small-arms fire. The security force returned fire, killing the two insurgents. The suspects were detained after initial questioning at the scene. No civilians were harmed.', {'killed': 2, 'detained': 3}),
 ('en', '2011-10-12', 'Security Force Detains Haqqani Facilitator in Khost', 'KABUL, Afghanistan (Oct. 11, 2011) – An Afghan and coalition security force detained a Haqqani network facilitator during an operation in Sabari district, Khost province, today.\n\nThe facilitator coordinated the movement of weapons and fighters into Khost province from Pakistan. Several other suspected insurgents were questioned and released at the scene. The security force also seized two rifles and a grenade.', {'killed': 0, 'detained': 1}),
 ('en', '2012-06-22', 'Insurgent Leader Killed in Helmand', 'KABUL, Afghanistan (June 21, 2012) – Afghan and coalition forces killed a Taliban leader and detained two suspected insurgents in Nahr-e Saraj district, Helmand province, yesterday.\n\nThe leader was responsible for the assassination of a district official in May and commanded a group of about 15 insurgents. Afghan and coalition forces have detained or killed more than 20 members of his network since January.', {'killed': 1, 'detained': 2}),
 ('en', '2012-01-18', 'Air Weapons Team Kills Three Insurgents', 'KABUL, Afghanistan (Jan. 17, 2012) – A coalition air weapons team killed three insurgents who were seen planting a roadside bomb in Marjah district, Helmand province, today.\n\nAfter confirming that no civilians were in the area, the aircraft engaged the insurgents, killing all three. A follow-on ground patrol recovered the remains of the bomb.', {'killed': 3, 'detained': 0}),
 ('en', '2011-09-08', 'Security Force Detains Two, Wounded Insurgent Treated', 'KABUL, Afghanistan (Sept. 7, 2011) – An Afghan and coalition security force detained two suspected insurgents during an operation in Chak district, Wardak province, yesterday. One of the detainees was wounded when he fired on the security force and was treated by coalition medics before being transferred to a medical facility.', {'killed': 0, 'detained': 2, 'injured': 1}),
]

RELEASE_GAPS = [
 # "an attack on a police checkpoint in June that killed three policemen" in a release of 29 July: a month
 # alone one month before publication is read as the article's own time (context.EPISODE_MONTHS)
 ('en', '2011-07-30', 'Combined Force Detains Four in Wardak', 'KABUL, Afghanistan (July 29, 2011) – A combined force detained four suspected insurgents, including an IED expert, during a search for a senior Taliban leader in Sayyidabad district, Wardak province, yesterday.\n\nInitial reporting indicates the Taliban leader was not present at the location. The expert is believed to have built the explosives used in an attack on a police checkpoint in June that killed three policemen.', {'killed': 0, 'detained': 4}),
]


test_release_with_its_date, test_release_gaps = release_tests(RELEASES, RELEASE_GAPS)
