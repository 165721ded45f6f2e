"""Sentences and reports of our own (sixtieth round), with the figures each must give, written by hand
before the mends that meet them ran on them.

Agency lines of many regions (AGENCY_LINES, 30: 29 as written, one first written otherwise, it says why),
Wikipedia-style lines of the dead and the hurt (HURT_ENTRIES, 19: 16 as written), wire lines in capitals
(WIRE_CAPITALS, 17: 16 as written), lines in four languages (OTHER_LANGUAGES, 22 of 22), other shapes (SHAPES,
12: 10 as written, two first written otherwise), more lines of the hurt (HURT_MORE, 18: 16 as written), lines in
the manner of ISAF's releases (RELEASE_LINES, 7 of 7), agency reports (REPORTS, 6: 5 as written) and reports
whose own event harmed no one, an earlier one told after it (NONE_TOLD, 3: round 59's two gaps and a third).
Left out as first written: "The victims were identified as Jose Ramirez ... and his brother Manuel" and "Une
frappe de drone a fait au moins six victimes civiles" (victims alone may be dead or hurt: the packs'
`ambiguous_counted`), "The youngest of the victims, a four-year-old girl, died" (one of victims told before,
where a report has them), "shot the three men of the household" and "Each of the four victims had been shot in
the head" ("shot" alone is hurt by the packs' convention), and a report whose army "neutralised dozens of
terrorists" (a party's claim of the enemy dead: how the toll should hold it, the line does not settle).
Mended, a structure, not a phrasing:
- "were shot to death by a commando of the Shining Path" (the Shining Path read as one more dead): the death
  a verb's resultative phrase names ("to death", "à mort") tells no victims of its own, so the agent's "of"
  after it is no owner of the death (nouns._resultative);
- "There were dozens of dead", "Doctors treated dozens of wounded", "counted 43 bodies and dozens of wounded"
  (none read, or the hurt added to the dead): a participle or state noun in the partitive of a vague amount is
  the counted noun where the preposition heads its object (grammar._of_an_amount, nouns.counted_noun), and a
  conjunct of a body noun with a state of its own tells its own outcome ("12 bodies and 30 injured people";
  counting._state_of_its_own); "thousands of dead and wounded", "a number of deaths and injuries", "des
  dizaines de morts et de blessés": one amount of two kinds counts neither (nouns._mixed; the first form
  read a MUC-4 build row's "RESULTING IN THOUSANDS OF DEAD AND WOUNDED" as 5,999 dead, gold 0, and an ISAF
  build row's "a number of deaths and injuries" as three);
- "the siege ended with 22 hostages dead", "... with 22 hostages and all four attackers dead", "with three
  gunmen dead and two policemen wounded" (none read, or the list cut): a state right after the noun an
  absolute mark takes has that noun, with its list, for its subject (parsed.states_after_an_absolute);
- "Eight patrons died and more than 60 needed hospital treatment" (the hurt not read): a verb of taking care
  the parser hung as a modifier of its care noun is the clause's verb, as one of taking injuries was
  (parsed.verbs_as_modifiers);
- "The wounded, numbering 47, were taken to three hospitals": a number on a verb of amount counts the group
  it is said of (grammar._numbered);
- "confirmed the death of a commander and two of his fighters" (read one): a number joined to the deed noun
  whose partitive is someone's people counts people too (nouns._some_of_them);
- "It was the fourth such attack in a week, which has killed 17 people in all" (added to the event's five):
  where the perfect tells a running count, a count in a clause on an attack numbered by an ordinal in its
  series is the series' total (reader._series_total);
- "An explosive device ... caused no casualties. Three people were killed in a blast in the same area a week
  ago", "пострадавших нет. Неделей ранее ... погибли четыре человека", "There were no reports of injuries.
  Last week, two people were wounded ..." (round 59's two report gaps and a third): a sentence that says no
  one was harmed tells the article's own event, so a figure of a recalled time after it is an earlier
  episode's, as after a figure of the event (claims/nil.py, casualties.find_claims).
"""
from .helpers import dated_report_tests, summary_tests

AGENCY_LINES = [  # agency lines of many regions: 29 of 30 as written, one first written otherwise (it says why)
 ('en', 'Gunmen on motorbikes stormed a cattle market near Djibo on Friday and shot dead at least 14 traders, residents said.', 14, 0),
 ('en', 'An airstrike on a fuel depot outside Hodeidah killed a guard and injured four workers, the port authority said.', 1, 4),
 ('en', 'Two soldiers and an interpreter were among 11 people killed when their convoy struck a bomb in Kunar.', 11, 0),
 ('en', 'Security forces said they had killed the commander of an armed faction and captured four of his fighters in Cauca.', 1, 0),
 ('en', 'A mortar round landed in a schoolyard in Gorlivka, wounding five pupils and a teacher.', 0, 6),
 ('en', 'The bodies of nine farmers who had been abducted last week were found in a ditch near Tillabéri.', 9, 0),
 ('en', 'A bomb planted in a rickshaw went off in a crowded bazaar in Peshawar, killing a vendor and his nephew and wounding 23 others.', 2, 23),
 ('en', 'Militants ambushed a police patrol in the Sinai, killing an officer and three conscripts, the interior ministry said.', 4, 0),
 ('en', 'Clashes between herders and farmers in Plateau state left 32 villagers dead over the weekend, according to local leaders.', 32, 0),
 ('en', 'At least four demonstrators were shot dead and dozens injured as police fired on a march in Khartoum.', 4, 61),  # first written 24 for "dozens": the contract's table gives 24-99, best 61
 ('en', 'The Red Cross said 18 bodies had been recovered from the rubble of the market after the shelling.', 18, 0),
 ('en', 'A rocket hit a residential tower in Kharkiv overnight, killing a family of four.', 4, 0),
 ('en', 'Three Indian paratroopers died and two were critically hurt in an encounter with infiltrators in Kupwara.', 3, 2),
 ('en', 'Unknown attackers set fire to a church in Kivu, and 11 worshippers burned to death.', 11, 0),
 ('en', 'The Taliban said their fighters had killed 20 Afghan troops, a figure the defence ministry disputed.', 20, 0),
 ('en', 'A policeman and two gunmen were killed in an exchange of fire at a checkpoint in Kirkuk.', 3, 0),
 ('en', 'A suicide attacker detonated an explosive vest at a funeral in Nangarhar, leaving at least 15 mourners dead and 40 injured.', 15, 40),
 ('en', 'Four aid workers were kidnapped and their driver killed on the road to Bangassou.', 1, 0),
 ('en', 'Colombian troops clashed with dissident guerrillas in Guaviare; six rebels and a soldier were killed.', 7, 0),
 ('en', "The death toll from Saturday's bombing of a mosque in Kano has risen to 27, a hospital official said.", 27, 0),
 ('en', 'Jihadists executed five civilians they accused of spying for the army, a local elected official told AFP.', 5, 0),
 ('en', 'A drone strike destroyed a car near Marib, killing all three occupants.', 3, 0),
 ('en', 'Israeli fire killed a 16-year-old boy during a raid on the Jenin camp, the Palestinian health ministry said.', 1, 0),
 ('en', 'A gas cylinder rigged with explosives blew up outside a police station in Quetta, wounding nine policemen.', 0, 9),
 ('en', 'Armed men abducted 30 students from a boarding school in Zamfara; a guard was killed in the raid.', 1, 0),
 ('en', 'Five members of a local militia and a child died when a landmine exploded under their pick-up in Gao.', 6, 0),
 ('en', 'Police in Lima said one protester died of a head wound and 17 officers were hurt in the clashes.', 1, 17),
 ('en', 'The ministry put the number of soldiers killed in the attack at 12, with 8 others missing.', 12, 0),
 ('en', 'An explosion at an arms depot in Sumy killed one serviceman and injured seven, the regional governor said.', 1, 7),
 ('en', 'A man wearing a suicide belt blew himself up among a crowd of Shiite pilgrims south of Baghdad, killing at least 31 of them.', 31, 0),
]

HURT_ENTRIES = [  # Wikipedia-style lines of the dead and the hurt: 16 of 19 as written, two mended, one first written otherwise and mended (it says why; a twentieth in GAPS)
 ('en', 'A bomb hidden in a parked van exploded outside a courthouse in Mardan, killing a lawyer; police said 14 bystanders suffered injuries.', 1, 14),
 ('en', 'Attackers threw grenades into a crowded nightclub. Eight patrons died and more than 60 needed hospital treatment.', 8, 60),  # mended (parsed.verbs_as_modifiers)
 ('en', 'A lone gunman opened fire in a synagogue in the city centre before being shot by police. Two worshippers died; seven more were treated for gunshot wounds.', 2, 7),
 ('en', 'A car bomb targeted a convoy of the governor, who escaped unhurt. Four of his guards were killed and twelve passers-by wounded.', 4, 12),
 ('en', 'Suspected separatists detonated an IED under a bus carrying pilgrims, killing 9. At least 33 others were injured, several of them seriously.', 9, 33),
 ('en', 'Two suicide bombers struck a market. The blasts killed 17 people, and the injured numbered 54.', 17, 54),
 ('en', 'Gunmen attacked a hotel frequented by foreigners; the siege ended after 20 hours with 22 hostages and all four attackers dead.', 22, 0),  # first written 26: attackers killed beside victims of their attack count in the high only (claims/perpetrators.py); mended (parsed.states_after_an_absolute)
 ('en', 'A truck was driven into a crowd at a Christmas market, killing 12 and injuring 56, before the driver fled on foot.', 12, 56),
 ('en', 'Insurgents fired rockets at the airport. No one was killed, but three airport staff sustained light injuries.', 0, 3),
 ('en', 'A bomb went off in a mosque during Friday prayers. The provincial health director put the toll at 31 dead and 81 injured.', 31, 81),
 ('en', 'An attacker stabbed worshippers at a church, killing the priest. Three parishioners were wounded before police overpowered him.', 1, 3),
 ('en', 'A blast ripped through a police training centre, leaving 61 recruits dead and more than 165 wounded.', 61, 165),
 ('en', 'Gunmen fired on a minibus carrying Hazara coal miners; 11 were killed and 4 survived with wounds.', 11, 4),
 ('en', 'The bombing of the consulate killed five, including two guards, and wounded 28, most of them visa applicants.', 5, 28),
 ('en', 'ISIL claimed a double bombing at a bus station that killed 14 people; another 23 were wounded.', 14, 23),
 ('en', 'Boko Haram fighters raided the village at night, burning homes; residents counted 43 bodies and dozens of wounded.', 43, 61),  # mended (nouns.counted_noun, counting._own_predicate)
 ('en', 'A parcel bomb addressed to a judge exploded in a sorting office, injuring two postal workers.', 0, 2),
 ('en', "Militants stormed a girls' school, killing 3 teachers; 12 pupils were hurt as they fled.", 3, 12),
 ('en', 'A motorcycle laden with explosives rammed an army truck, killing the rider and six soldiers and wounding 10.', 7, 10),
]

WIRE_CAPITALS = [  # wire lines in capitals: 16 of 17 as written, one mended
 ('en', 'SALVADORAN ARMY TROOPS KILLED 14 GUERRILLAS IN A CLASH NEAR THE GUAZAPA VOLCANO YESTERDAY, A MILITARY SPOKESMAN REPORTED.', 14, 0),
 ('en', 'A BOMB PLACED AT THE DOOR OF A BANK IN MEDELLIN EXPLODED LAST NIGHT, INJURING A WATCHMAN AND TWO PASSERSBY.', 0, 3),
 ('en', 'THE BODIES OF THE TWO UNION LEADERS, WHO HAD BEEN KIDNAPPED ON SATURDAY, WERE FOUND ON A ROAD OUTSIDE THE CAPITAL.', 2, 0),
 ('en', 'POLICE REPORTED THAT UNIDENTIFIED INDIVIDUALS MACHINEGUNNED A JEEP CARRYING A JUDGE, WHO DIED INSTANTLY.', 1, 0),
 ('en', 'THE ATTACK LEFT THREE SOLDIERS DEAD, ACCORDING TO THE ARMED FORCES PRESS COMMITTEE, WHICH ACCUSED THE FMLN.', 3, 0),
 ('en', 'THE GUERRILLAS ALSO DYNAMITED TWO ELECTRICITY PYLONS, CAUSING A BLACKOUT BUT NO CASUALTIES.', 0, 0),
 ('en', 'FIVE PEASANTS, INCLUDING A 12-YEAR-OLD BOY, WERE MURDERED BY A PARAMILITARY GROUP IN THE DEPARTMENT OF CORDOBA.', 5, 0),
 ('en', 'IN A COMMUNIQUE, THE MRTA CLAIMED RESPONSIBILITY FOR THE DEATH OF A POLICE CAPTAIN IN HUANCAYO.', 1, 0),
 ('en', 'THE MAYOR OF THE TOWN AND HIS SECRETARY WERE SHOT TO DEATH BY A COMMANDO OF THE SHINING PATH.', 2, 0),  # mended (nouns._resultative)
 ('en', 'ACCORDING TO THE RED CROSS, THE FIGHTING HAS CLAIMED AT LEAST 40 LIVES SINCE FRIDAY.', 40, 0),
 ('en', 'THE DEFENSE MINISTRY REPORTED THAT TWO SOLDIERS WERE KILLED AND FOUR WOUNDED WHEN THEIR PATROL WAS AMBUSHED.', 2, 4),
 ('en', 'A TERRORIST COMMANDO ATTACKED THE HOME OF THE JUDGE, WHO WAS NOT THERE AT THE TIME; HIS BODYGUARD WAS WOUNDED.', 0, 1),
 ('en', 'THE NATIONAL POLICE ANNOUNCED THE ARREST OF SEVEN SUSPECTED MEMBERS OF THE URBAN COMMANDOS.', 0, 0),
 ('en', 'THE EXPLOSION DESTROYED THE FRONT OF THE BUILDING BUT CAUSED NO INJURIES, AS THE OFFICES WERE EMPTY.', 0, 0),
 ('en', 'SIX MEMBERS OF ONE FAMILY WERE KILLED WHEN ARMED MEN BURST INTO THEIR HOME IN THE EARLY HOURS.', 6, 0),
 ('en', 'THE GUERRILLAS EXECUTED A PEASANT LEADER IN FRONT OF HIS FAMILY AND THEN FLED INTO THE HILLS.', 1, 0),
 ('en', 'IT WAS LEARNED THAT A NATIONAL GUARDSMAN DIED AND ANOTHER WAS SERIOUSLY INJURED IN THE ATTACK.', 1, 1),
]

OTHER_LANGUAGES = [  # French, Spanish, Russian and Ukrainian lines: 22 of 22 as written
 ('fr', "Au moins douze civils ont été tués et une vingtaine blessés dans l'attaque d'un marché à Ménaka, selon des sources locales.", 12, 20),
 ('fr', "Un soldat malien a perdu la vie et trois autres ont été grièvement blessés lors d'une embuscade près de Boni.", 1, 3),
 ('fr', "Les assaillants ont incendié l'école avant d'exécuter le directeur et deux enseignants.", 3, 0),
 ('fr', "Le bilan de l'explosion s'est alourdi à 23 morts, a annoncé le ministère de la Santé.", 23, 0),
 ('fr', 'Deux gendarmes ont été tués mardi par des hommes armés non identifiés qui ont pris la fuite.', 2, 0),
 ('fr', "Quatre militaires ont été blessés par l'explosion d'un engin explosif improvisé au passage de leur véhicule.", 0, 4),
 ('fr', 'Les corps de sept orpailleurs ont été découverts dans une mine abandonnée.', 7, 0),
 ('es', 'Cuatro militares murieron y otros seis resultaron heridos en un ataque con explosivos en el Catatumbo.', 4, 6),
 ('es', 'Hombres armados asesinaron a un líder indígena y a su hijo en una vereda del Cauca.', 2, 0),
 ('es', 'La cifra de fallecidos por el ataque al penal subió a 46, informó la fiscalía.', 46, 0),
 ('es', 'Al menos una decena de personas resultaron lesionadas tras la explosión de un coche bomba frente a una estación de policía.', 0, 10),
 ('es', 'Los cadáveres de cinco jóvenes fueron hallados en una fosa clandestina en Zacatecas.', 5, 0),
 ('es', 'Un ataque armado contra un bar dejó nueve muertos y tres heridos en Guanajuato.', 9, 3),
 ('es', 'El Ejército abatió a tres presuntos integrantes de un grupo criminal durante un enfrentamiento.', 3, 0),
 ('ru', 'В результате обстрела погибли два человека, ещё пятеро получили ранения, сообщил глава администрации.', 2, 5),
 ('ru', 'При взрыве на рынке погибли 14 человек, более 40 ранены.', 14, 40),
 ('ru', 'Боевики убили троих полицейских и ранили ещё двоих.', 3, 2),
 ('ru', 'Число жертв теракта возросло до 19 человек.', 19, 0),
 ('ru', 'Тела шестерых мужчин были обнаружены в лесополосе.', 6, 0),
 ('uk', 'Внаслідок ракетного удару загинули четверо людей, ще 11 дістали поранення.', 4, 11),
 ('uk', 'Російські окупанти обстріляли село, поранено трьох мирних жителів.', 0, 3),
 ('uk', 'Кількість загиблих унаслідок атаки зросла до 12.', 12, 0),
]

SHAPES = [  # partitives, restatements, perpetrators, bodies: 10 of 12 as written, two first written otherwise (each says why)
 ('en', 'Two Indonesian soldiers were killed and a third went missing after rebels attacked their post in Papua.', 2, 0),
 ('en', 'The blast killed the bomber and no one else, police said.', 1, 0),  # first written 0: a bomber killed with no other victim is the toll (claims/perpetrators.py)
 ('en', 'Among the 14 dead were six women and a baby, the hospital director said.', 14, 0),
 ('en', 'A second bomb went off as rescuers arrived, wounding eleven of them.', 0, 11),
 ('en', 'Police shot dead one of the attackers; the other blew himself up.', 1, 0),  # first written 0: the same convention
 ('en', 'Heavy fighting in the north has left scores of combatants dead on both sides.', 69, 0),
 ('en', 'Both men were killed instantly when the device detonated under their car.', 2, 0),
 ('en', 'All seven crew members of the helicopter died when it was shot down over Gao.', 7, 0),
 ('en', 'Nine people were hurt, one of them critically, when a grenade was thrown into a bar.', 0, 9),
 ('en', 'Twenty-one miners are still missing after the attack; eight bodies have been recovered.', 8, 0),
 ('en', 'Militants beheaded a village elder and abducted his two sons.', 1, 0),
 ('en', 'A soldier was killed and his two comrades were wounded when a landmine exploded beneath their vehicle.', 1, 2),
]

HURT_MORE = [  # more lines of the hurt: 16 of 18 as written, one mended, one first written otherwise (it says why)
 ('en', 'A suicide bomber on foot attacked a checkpoint in Baghdad, killing 8 people. Another 19 were left injured.', 8, 19),
 ('en', 'A car bomb killed 12 people near a market in Hillah. Seventy-three more suffered injuries.', 12, 73),
 ('en', 'Four people died and 27 others received injuries in a twin bombing in Kirkuk.', 4, 27),
 ('en', 'Militants attacked a police station in Dagestan, killing two officers. Five civilians were also caught in the crossfire and hurt.', 2, 5),
 ('en', 'A grenade thrown at a rally killed one person; dozens sustained shrapnel wounds.', 1, 61),
 ('en', 'The attack on the bus left 15 dead; the number of injured stood at 31.', 15, 31),
 ('en', 'A bomb exploded in a cinema, killing 3 and leaving 40 with burns and other injuries.', 3, 40),
 ('en', 'Gunmen opened fire at a bus stop, killing 6. Police said 9 were wounded, two of them seriously.', 6, 9),
 ('en', 'A vehicle packed with explosives detonated outside a hotel, leaving 5 people dead and injuring at least 25.', 5, 25),
 ('en', 'An explosion at a shrine killed 19 worshippers; at least 50 were admitted to hospital with injuries.', 19, 50),
 ('en', 'Three bombs exploded in quick succession in a market; the blasts killed 23 and hurt more than 100.', 23, 100),
 ('en', 'A rocket struck a crowded street, killing a child; eight other passers-by were injured, some seriously.', 1, 8),
 ('en', 'At least 16 people were injured, four of them critically, when gunmen fired into a crowd at a festival.', 0, 16),
 ('en', 'A bomb at a bus terminal killed nine. The wounded, numbering 47, were taken to three hospitals.', 9, 47),  # mended (grammar._numbered)
 ('en', 'Twin blasts killed 31 and left upwards of 80 others wounded.', 31, 80),
 ('en', 'The bombing killed 7 soldiers and injured 14 others, including 3 civilians.', 7, 14),
 ('en', 'The gunman killed 4 people inside the mall before turning the gun on himself; 11 others were hurt.', 4, 11),
 ('en', 'Two bombs hidden in rubbish bins went off at a bus stop, injuring 18 people, one of whom later died.', 1, 17),  # first written 18: one of the hurt who died is counted dead, not also hurt (details.died_of_the_wounded)
]

RELEASE_LINES = [  # lines in the manner of ISAF's releases: 7 of 7 as written (an eighth in GAPS)
 ('en', 'An Afghan and coalition security force detained two suspected insurgents during an operation in Nad-e Ali district, Helmand province, yesterday. No shots were fired and no civilians were harmed.', 0, 0),
 ('en', 'The security force killed an insurgent who engaged them with small-arms fire, and detained a second. No civilians were injured.', 1, 0),
 ('en', 'During the operation, the combined force found and destroyed a weapons cache. Several insurgents were killed when they fired on the force.', 3, 0),
 ('en', 'A Taliban leader responsible for roadside bomb attacks was killed in a precision airstrike in Kandahar province Tuesday. The strike was conducted after ensuring no civilians were present.', 1, 0),
 ('en', 'Afghan forces, advised by coalition troops, captured a Haqqani network facilitator and three of his associates in Paktiya province.', 0, 0),
 ('en', 'Two insurgents were killed and one was wounded after they attacked a joint patrol in Zabul province. The wounded insurgent was treated and detained.', 2, 1),
 ('en', 'The force detained several suspects for further questioning. There were no reports of civilian casualties.', 0, 0),
]

MENDED_SHAPES = [  # the shapes mended, with their neighbours: written before each mend ran on them
 ('en', 'The siege ended with 22 hostages dead.', 22, 0),
 ('en', 'The siege ended with 22 hostages and four attackers dead.', 22, 0),
 ('en', 'The raid ended with three gunmen dead and two policemen wounded.', 0, 2),
 ('en', 'Residents counted 43 bodies and dozens of wounded.', 43, 61),
 ('en', 'Doctors counted 43 dead and 61 wounded.', 43, 61),
 ('en', 'There were dozens of wounded.', 0, 61),
 ('en', 'Rescuers pulled 12 bodies and 30 injured people from the rubble.', 12, 30),
 ('en', 'Eight patrons died and 60 needed hospital treatment.', 8, 60),
 ('en', 'More than 60 people needed hospital treatment.', 0, 60),
 ('en', 'Sixty people required medical treatment after the blast.', 0, 60),
 ('en', 'The mayor of the town and his secretary were shot to death by gunmen.', 2, 0),
 ('en', 'The mayor of the town and his secretary were killed by gunmen.', 2, 0),
 ('en', 'THE MAYOR OF THE TOWN AND HIS SECRETARY WERE KILLED BY GUNMEN.', 2, 0),
 ('en', 'The dead were identified as two teachers and a student.', 3, 0),
 ('en', 'The dead were identified as Jose Ramirez and his brother Manuel.', 2, 0),
 ('en', 'Those killed were identified as Jose Ramirez, a teacher, and his brother Manuel, a student.', 2, 0),
 ('en', 'Gunmen killed two men in Cali. The victims were identified as Jose Ramirez and his brother Manuel.', 2, 0),
 ('en', 'There were dozens of dead.', 61, 0),
 ('en', 'There were dozens of injured.', 0, 61),
 ('en', 'Doctors treated dozens of wounded.', 0, 61),
 ('en', 'Residents counted 43 bodies and 12 wounded.', 43, 12),
 ('en', 'Residents counted 43 bodies and dozens of injured.', 43, 61),
 ('fr', 'Les habitants ont compté 43 corps et des dizaines de blessés.', 43, 59),
 ('en', 'The hospital received dozens of wounded.', 0, 61),
 ('en', 'Security forces fired on workers, resulting in thousands of dead and wounded.', 0, 0),
 ('en', 'Our actions resulted in a number of deaths and injuries to Afghan civilians.', 0, 0),
 ('en', 'There were dozens of dead and hundreds of wounded.', 61, 599),
 ('fr', 'Il y a eu des dizaines de morts et de blessés.', 0, 0),
 ('fr', 'Il y a eu une dizaine de morts et des dizaines de blessés.', 10, 59),
 ('es', 'Hubo decenas de muertos y de heridos.', 0, 0),
 ('en', 'Officials confirmed the deaths of a commander and two of his fighters.', 3, 0),
 ('en', 'They mourned the death of a teacher and two of his pupils.', 3, 0),
 ('en', 'Police reported the death of a farmer and two of his sons.', 3, 0),
 ('en', 'Coalition forces confirmed the death of a commander and two of his fighters.', 3, 0),
 ('en', 'The mayor of the town and his secretary were shot to death by gunmen.', 2, 0),
 ('en', 'THE MAYOR OF THE TOWN AND HIS SECRETARY WERE KILLED BY GUNMEN.', 2, 0),
 ('en', 'The mayor and his secretary were shot to death by a commando of the Shining Path.', 2, 0),
 ('en', 'The dead were identified as Jose Ramirez and his brother Manuel.', 2, 0),
 ('en', 'Those killed were identified as Jose Ramirez, a teacher, and his brother Manuel, a student.', 2, 0),
 ('en', 'A shooting left seven dead, including the groom, and nineteen guests injured.', 7, 19),
 ('en', 'A shooting left seven dead, among them the groom.', 7, 0),
 ('en', 'Seven people died, among them the groom, and 19 guests were injured.', 7, 19),
 ('en', 'The attack killed seven people, among them two children, and wounded 19.', 7, 19),
 ('en', 'The attack left seven dead, among them two children, and 19 wounded.', 7, 19),
]

REPORTS = [  # (language, published, title, text, killed, injured or None): 5 of 6 as written, one mended
 ('en', '2023-07-19', 'Police officers shot dead in Mexico', 'Three municipal police officers were shot dead in an ambush in the state of Michoacán on Tuesday, state prosecutors said. The officers were on patrol when gunmen opened fire on their vehicle. In June, eight officers were killed in a similar ambush in the same region.', 3, None),
 ('en', '2024-04-03', 'Toll in Somalia blast climbs to 21', 'MOGADISHU - The death toll from a car bomb attack on a busy junction in the Somali capital has climbed to 21, a police official said on Wednesday, up from 12 reported on Tuesday. About 50 people were wounded, some critically. Al Shabaab said it carried out the attack.', 21, 50),
 ('en', '2023-10-28', 'Six hurt in grenade attack in Manipur', 'IMPHAL - Six people, including two children, were injured when unidentified men lobbed a grenade at a market in Imphal West district on Friday evening, police said. None of the injuries was life-threatening, a doctor at the district hospital said.', 0, 6),
 ('en', '2024-06-09', 'Syria: shelling kills five in Idlib', 'Government shelling of a village in Idlib province killed five members of one family, including three children, a rescue group said. Two neighbours were hurt. The group said it was the fourth such attack in a week, which has killed 17 people in all.', 5, 2),  # mended (reader._series_total)
 ('en', '2023-12-02', 'Settler attack in West Bank', 'RAMALLAH - A Palestinian man was killed and three others were wounded on Saturday when Israeli settlers attacked a village near Nablus, the Palestinian health ministry said. The Israeli army said it was looking into the incident.', 1, 3),
 ('en', '2024-08-15', 'Gunmen kill 18 in Zamfara village', 'GUSAU - Bandits on motorcycles stormed a village in Zamfara state and killed 18 people, most of them farmers, residents said on Thursday. Police confirmed the attack but gave a lower toll of 11 dead.', 18, None),
]

NONE_TOLD = [  # no one harmed in the report's own event, an earlier one told after it: round 59's two gaps and a third
 ('en', '2024-01-15', 'Explosion at Kabul checkpoint causes no casualties', 'An explosive device went off near a police checkpoint in western Kabul on Monday morning but caused no casualties, a police spokesman said. Three people were killed in a blast in the same area a week ago.', 0, None),
 ('ru', '2022-10-10', 'Взрыв в Донецке', 'Взрыв произошёл в центре Донецка утром в понедельник, пострадавших нет, сообщили местные власти. Неделей ранее при обстреле города погибли четыре человека.', 0, None),
 ('en', '2024-09-01', 'Rocket lands in empty field in northern Israel', 'A rocket fired from Lebanon landed in an open area near Kiryat Shmona on Sunday, the military said. There were no reports of injuries. Last week, two people were wounded when a rocket struck a house in the same town.', 0, 0),
]

GAPS = [  # each still misses (strict)
 ('en', 'A shooting at a wedding party left seven dead, among them the groom, and nineteen guests injured.', 7, 19),  # "among them the groom" parsed as a second object of "left", the guests its conjunct: read 26 dead
 ('en', 'Coalition forces confirmed the death of a senior insurgent commander, along with two of his fighters, in an air strike in Kunduz.', 3, 0),  # "along with" hung on the verb whose object is the deed noun: read 1
]

test_line_in_its_language, test_known_gaps = summary_tests(
    AGENCY_LINES + HURT_ENTRIES + WIRE_CAPITALS + OTHER_LANGUAGES + SHAPES + HURT_MORE + RELEASE_LINES + MENDED_SHAPES, GAPS)
test_report_with_its_headline_and_date = dated_report_tests(REPORTS + NONE_TOLD)
