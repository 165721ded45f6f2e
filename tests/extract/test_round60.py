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
A second part, written after those mends, figures by hand as before: lines of the dead and the hurt
(HURT_SECOND, 16: 10 as written), lines in four languages (LANGUAGES_SECOND, 19: 18 as written), verbs of death
(VERBS_OF_DEATH, 17 of 17), more lines of the hurt (HURT_THIRD, 13 of 13), agency reports (REPORTS_SECOND, 6: 5
as written) and upper-case wire reports (WIRE_REPORTS, 3 of 3). Left out: "The slain officer, a
32-year-old sergeant, was buried" (a definite noun with its state and no count restates one told before),
"... some reports put the number of wounded at 70" after 50 (two sources' figures: which is best the line does
not settle), and a report whose attack "came a week after four police officers were injured" (see below).
Mended:
- "Over a dozen were injured", "upwards of 250 were wounded" (no one read): a hedge the parser took for a
  preposition, its object a vague amount or a number with no noun, is the verb's subject's count
  (parsed.hedged_counts, parsed.hedges_read_as_heads);
- "...; their mother was badly injured" (no one hurt read): a subject the parser hung on the passive
  auxiliary is the verb's passive subject (parsed.subjects_on_an_auxiliary);
- "with another 41 reported injured", "with 30 more reported wounded": a verb of report after the noun an
  absolute mark takes, with its state, is a passive of that noun (parsed.states_after_an_absolute,
  parsed.absolute_participles);
- "El bombardeo dejó al menos 14 civiles muertos, [entre ellos cinco menores,] según la ONU" (read no one): a
  blanked aside made the state's subject is no one (parsed.lift_blanks), and a state the parser made a second
  object right after the counted object is that object's state (parsed.states_as_second_objects);
- "Minutes later, a second bomb killed three more at a market" (read as part of the four): the word right
  after a bare number is an addition word ("more", "autres") makes it one more figure (part_of.is_addition);
Tried and taken back: "On Saturday, two soldiers were killed in a similar bombing in North Waziristan",
"four police officers were injured in a similar assault", "IN OTHER CLASHES DURING THE WEEK, 23 GUERRILLAS AND
FOUR SOLDIERS HAVE DIED" after the report's own figure (added): a deed likened to the article's (an incident
noun with "similar" or "other") as another episode once the article's own figure was told. It moved no dev
row up and one WAD check row down (its gold counts the likened attack too): taken back, three lines in
REPORT_GAPS (the Colombian report of the hurt left out). The clause an incident "came after" ("The attack came
two days after ...") was tried with it and taken back first: two WAD rows whose gold counts both attacks (one
"came barely 12 hours after the insurgents killed more than 10 farmers") lost it.
A third part: "the four others" after a whole less its dead (THE_OTHERS, 9: 6 as written), lines of
detentions in the manner of ISAF's releases (RELEASE_SECOND, 8 of 8; their killed and hurt) and agency reports
(REPORTS_THIRD, 6: 5 as written). Left out: "Ambulance services put the death toll at 14, but police said two of
those were the bombers" after 12 (the bombers inside a toll told whole: the toll's perpetrator rule reads
claims, not a toll's parts) and "In a separate incident in Jamundí, a soldier was shot dead" (another incident
the report tells: WAD's gold counts every incident an excerpt tells, as the likened deeds above showed).
Mended: "A man stabbed five people ..., killing one of them. The four others were taken to hospital", "Les
quatre autres ont été transportées à l'hôpital" (read eight hurt): a definite figure of others in a later
sentence, equal to a whole of its category told before less its part that died, is the rest of that whole
(details.the_others_told, with the packs' new `others_words`; first written with "others" added to the English
pack's `addition_words`, as the other packs hold "autres", "otros", "другие": that moved two WAD build rows of
the hurt, whose "others" the part-of rules then read otherwise, one of them down: a list of its own instead).
"""
from datetime import date

import pytest

from .helpers import dated_report_tests, read_in, summary_tests

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

HURT_SECOND = [  # a second part: lines of the dead and the hurt, 16: 10 as written, four mended, two first written otherwise (each says why)
 ('en', 'A bomb exploded on a train near Quetta. Twelve passengers were killed; the injured, 35 in all, were taken to the civil hospital.', 12, 35),
 ('en', 'Gunmen opened fire on a crowd at a football match, killing five spectators. Over a dozen were injured in the stampede that followed.', 5, 12),  # mended (parsed.hedged_counts)
 ('en', 'An attacker drove a car into pedestrians on a bridge and then stabbed passers-by, killing two. Nine others suffered stab wounds or were struck by the car.', 2, 9),
 ('en', 'Two explosions hit a Sufi shrine in Sindh during a festival. At least 88 people were killed and upwards of 250 were wounded.', 88, 250),  # mended (parsed.hedges_read_as_heads)
 ('en', 'Seven people, including a child, were killed when a rocket hit their house. A further three were pulled injured from the rubble.', 7, 3),
 ('en', 'A suicide bomber targeted a political rally, killing the candidate and 19 supporters. The number of injured was put at 70.', 20, 70),
 ('en', 'A blast at a checkpoint killed four policemen and a civilian. Six more officers were hurt, two of whom are in critical condition.', 5, 6),
 ('en', 'Militants attacked a hotel in the capital, killing 15 guests and staff. Eleven of the wounded remain in hospital.', 15, 11),  # first written as no count of the hurt: the partitive counts eleven
 ('en', 'Three people were killed and 14 injured in a bombing at a bus station; the dead included the bomber.', 3, 14),
 ('en', 'The attack killed six, among them two police officers, and wounded more than twenty bystanders.', 6, 20),
 ('en', 'A man detonated explosives strapped to his body at a wedding hall, killing 63 guests and wounding close to 200.', 63, 199),  # first written 200: CONTRACT.md reads "nearly / almost N" below N
 ('en', 'Nine soldiers were killed and several others wounded in an ambush in the Tahoua region.', 9, 3),
 ('en', 'The shelling killed two children playing in a yard; their mother was badly injured.', 2, 1),
 ('en', 'A gunman killed three people at a clinic before police shot him; a police officer was also wounded.', 3, 1),
 ('en', 'Seventeen people were killed in coordinated bombings across the city, with another 41 reported injured.', 17, 41),  # mended (parsed.states_after_an_absolute)
 ('en', 'A mortar attack on a market killed a woman and her daughter and left nine other shoppers injured.', 2, 9),
]

LANGUAGES_SECOND = [  # French, Spanish, Russian and Ukrainian: 18 of 19 as written, one mended
 ('fr', 'Trois soldats ont été tués et cinq autres blessés dimanche dans une embuscade tendue par des jihadistes près de Djibo.', 3, 5),
 ('fr', "L'explosion d'une mine a coûté la vie à quatre enfants qui gardaient des chèvres.", 4, 0),
 ('fr', "Plus d'une trentaine de personnes ont été blessées, dont plusieurs grièvement, lors de l'effondrement provoqué par la frappe.", 0, 30),
 ('fr', 'Le chauffeur du bus est mort sur le coup; une dizaine de passagers ont été hospitalisés.', 1, 10),
 ('fr', "Selon un bilan provisoire, l'attaque a fait cinq morts parmi les forces de sécurité.", 5, 0),
 ('fr', "Un gendarme a succombé à ses blessures à l'hôpital de Ouahigouya.", 1, 0),
 ('es', 'Dos policías fueron asesinados a balazos cuando patrullaban un barrio de Tijuana.', 2, 0),
 ('es', 'El bombardeo dejó al menos 14 civiles muertos, entre ellos cinco menores, según la ONU.', 14, 0),  # mended (parsed.lift_blanks, parsed.states_as_second_objects)
 ('es', 'Tres soldados murieron y una docena resultaron heridos al pisar una mina antipersonal.', 3, 12),
 ('es', 'Un hombre murió calcinado dentro de su vehículo tras el ataque de un grupo armado.', 1, 0),
 ('es', 'La explosión hirió de gravedad a un agente y a dos transeúntes.', 0, 3),
 ('es', 'Las autoridades confirmaron el hallazgo de siete cuerpos con signos de violencia.', 7, 0),
 ('ru', 'В результате атаки беспилотника погиб мирный житель, ещё двое ранены.', 1, 2),
 ('ru', 'Трое военнослужащих погибли, семеро получили ранения различной степени тяжести.', 3, 7),
 ('ru', 'Жертвами нападения стали четыре человека, в том числе ребёнок.', 4, 0),
 ('ru', 'При обстреле пострадали шесть человек, один из них скончался в больнице.', 1, 5),
 ('uk', 'Унаслідок обстрілу загинула жінка, ще троє людей поранені.', 1, 3),
 ('uk', 'Російський дрон атакував автомобіль, водій загинув на місці.', 1, 0),
 ('uk', 'Під завалами знайшли тіла ще двох загиблих, загальна кількість жертв зросла до 14.', 14, 0),
]

VERBS_OF_DEATH = [  # lynched, gunned down, perished, martyred, eliminated, hacked, trampled, burnt alive: 17 of 17 as written
 ('en', 'A mob lynched two men accused of stealing a motorbike in a village near Goma.', 2, 0),
 ('en', 'Gunmen on motorcycles gunned down a tribal elder and his driver outside Miranshah.', 2, 0),
 ('en', 'Nine passengers perished when their bus was set ablaze by attackers on the Maiduguri road.', 9, 0),
 ('en', "A soldier wounded in last week's ambush succumbed to his injuries on Thursday.", 1, 0),
 ('en', 'Four members of the security forces were martyred in an exchange of fire with terrorists in Kech.', 4, 0),
 ('en', 'The army said it had eliminated 35 terrorists in air strikes on hideouts in the Sambisa forest.', 35, 0),
 ('en', 'Ukrainian forces said they had destroyed three tanks and killed about 40 Russian soldiers near Bakhmut.', 40, 0),
 ('en', 'Separatists executed a captured soldier and posted a video of the killing online.', 1, 0),
 ('en', 'Unidentified assailants hacked a farmer to death on his farm in Benue.', 1, 0),
 ('en', 'Three children drowned while fleeing the attack across the river.', 3, 0),
 ('en', 'Eight people were trampled to death in a stampede after shots were fired near a stadium.', 8, 0),
 ('en', 'A woman and her baby were burnt alive when militants torched their hut.', 2, 0),
 ('en', 'Jihadists blew up a bridge and killed the two guards posted there.', 2, 0),
 ('en', 'Dozens of civilians were massacred in the village of Solhan overnight, the government said.', 61, 0),
 ('en', 'A grenade attack on a mosque injured nine worshippers, two of them seriously, and killed none.', 0, 9),
 ('en', 'Rebels shot and wounded a priest and killed his catechist.', 1, 1),
 ('en', 'Police opened fire on protesters, killing one and injuring scores.', 1, 69),
]

HURT_THIRD = [  # hospitalised, treated, taken to hospital, ranges, scores: 13 of 13 as written
 ('en', 'Four people were killed in the attack; a further 23 were hospitalised.', 4, 23),
 ('en', 'A suicide car bomb hit a police headquarters, killing 8 officers. Another 40 people, mostly civilians, were treated in hospital.', 8, 40),
 ('en', 'The bombing left 14 people dead. Among the 60 wounded were several children.', 14, 60),
 ('en', 'Eleven pilgrims died in the blast and 30 were taken to hospital.', 11, 30),
 ('en', 'Gunmen attacked a church service, killing 3 and leaving 22 people hurt.', 3, 22),
 ('en', 'Two police officers and a civilian died. Eighteen people were injured, including six officers.', 3, 18),
 ('en', 'An explosion tore through a bus, killing the driver and injuring all 17 passengers.', 1, 17),
 ('en', 'A blast hit a wedding convoy. Doctors said 9 had died and 31 were being treated for wounds.', 9, 31),
 ('en', 'The gunman killed six before police shot him; 12 people were wounded, three of them by police fire.', 6, 12),
 ('en', 'Bombs exploded at two churches. Between 30 and 40 people were killed and more than 100 wounded.', 35, 100),
 ('en', 'A car bomb killed 21 people near a hospital. Around 60 others were wounded.', 21, 60),
 ('en', 'A rocket killed a child and wounded his two brothers.', 1, 2),
 ('en', 'Sixteen people were killed and scores wounded when a bomb ripped through a market.', 16, 69),
]

MENDED_SECOND = [  # the second part's shapes mended, with their neighbours: written before each mend ran on them
 ('en', 'Over a dozen were injured in the stampede that followed.', 0, 12),
 ('en', 'At least 88 people were killed and upwards of 250 were wounded.', 88, 250),
 ('en', 'Upwards of 250 were wounded.', 0, 250),
 ('en', 'Upwards of 50 people were killed.', 50, 0),
 ('en', 'Over a dozen people were killed.', 12, 0),
 ('en', 'A minimum of 40 were hurt.', 0, 40),
 ('en', 'The shelling killed two children playing outside; their mother was badly injured.', 2, 1),
 ('en', 'The shelling killed two children playing in a yard; their mother was injured.', 2, 1),
 ('en', 'The shelling killed two children in a yard; their mother was badly injured.', 2, 1),
 ('en', 'The shelling killed two children; their mother was badly injured.', 2, 1),
 ('en', 'The shelling killed two men; his wife was injured.', 2, 1),
 ('en', 'The shelling killed two children; their mother and a neighbour were badly injured.', 2, 2),
 ('en', 'A gunman shot dead two guards; their colleague was badly injured.', 2, 1),
 ('en', 'The fighting killed nine, with 30 more reported wounded.', 9, 30),
 ('en', 'Twelve people were killed, with 20 others confirmed injured.', 12, 20),
 ('en', 'Nine died, with six feared dead.', 15, 0),
 ('en', 'The blast killed 12, with twenty-two people confirmed dead in a second blast.', 34, 0),
 ('en', 'A bomb killed four people at a bus stop. Minutes later, a second bomb killed three more at a market.', 7, 0),
 ('en', 'A bomb killed four people at a bus stop. Minutes later, a second bomb killed three more people at a market.', 7, 0),
 ('en', 'A bomb killed four people at a bus stop. A second bomb killed three others at a market.', 7, 0),
 ('en', 'Four people were killed on Monday. Three more died in hospital.', 7, 0),
 ('en', 'A bomb killed four people. Police said three were soldiers.', 4, 0),
 ('fr', "Quatre personnes ont été tuées lundi. Trois autres sont mortes à l'hôpital.", 7, 0),
 ('es', 'El bombardeo dejó al menos 14 civiles muertos, según la ONU.', 14, 0),
 ('es', 'El bombardeo dejó 14 civiles muertos, entre ellos cinco menores.', 14, 0),
 ('es', 'El bombardeo dejó al menos 14 muertos, entre ellos cinco menores.', 14, 0),
 ('fr', 'Deux hommes ont été battus à mort par une foule de villageois.', 2, 0),
 ('fr', 'Un commerçant a été poignardé à mort par un groupe de jeunes du quartier.', 1, 0),
]

REPORTS_SECOND = [  # agency reports: 5 of 6 as written, one first written otherwise (it says why; two more in REPORT_GAPS and left out)
 ('en', '2024-03-18', 'Gunmen kill six at Nigerian mosque', 'KADUNA - Gunmen stormed a mosque during evening prayers in Kaduna state on Sunday and shot dead six worshippers, police said on Monday. A police spokesman said the attackers also abducted an unknown number of people. Kaduna has seen a wave of attacks this year in which more than 100 people have been killed.', 6, None),
 ('en', '2024-07-09', 'Death toll from Kharkiv strike rises to 11', 'The death toll from a Russian missile strike on a shopping centre in Kharkiv rose to 11 on Tuesday after rescuers found two more bodies under the rubble, the regional governor said. Officials had earlier said nine people died.', 11, None),
 ('en', '2024-02-25', 'Israeli killed in West Bank shooting', 'JERUSALEM - An Israeli man was killed and two others were wounded on Sunday when a Palestinian gunman opened fire at a checkpoint near Jerusalem, medics said. The gunman was shot dead by security forces at the scene.', 1, 2),
 ('en', '2023-11-11', 'Bandits kill 25 in Zamfara', "GUSAU - Bandits killed at least 25 people in attacks on two villages in northwest Nigeria's Zamfara state, residents and police said on Saturday. Police put the toll at 15, while residents said they had buried 25 bodies.", 25, None),
 ('en', '2024-05-14', 'Grenade attack injures five in Manipur market', 'IMPHAL - Five traders were injured when suspected militants hurled a grenade into a market in Thoubal district on Monday evening, police said. Three of them were later discharged from hospital.', 0, 5),
 ('en', '2023-08-02', 'Three Malian soldiers killed', 'BAMAKO - Three Malian soldiers were killed in an attack on a military post in the central Mopti region, the army said on Wednesday. It said 12 assailants were "neutralised" in the fighting.', 15, None),  # first written 3: soldiers and the assailants they killed, each side with losses, are a fight the toll counts whole (claims/perpetrators._a_fight)
]

WIRE_REPORTS = [  # upper-case wire reports: 3 of 3 as written (two more in REPORT_GAPS)
 ('en', '1989-11-05', 'SALVADORAN GUERRILLAS ATTACK POWER PLANT', 'SAN SALVADOR, 5 NOV 89 -- [TEXT] FMLN GUERRILLAS LAST NIGHT ATTACKED THE HYDROELECTRIC PLANT AT CERRON GRANDE, KILLING THREE SOLDIERS WHO WERE GUARDING THE FACILITY, ACCORDING TO AN ARMED FORCES COMMUNIQUE. THE COMMUNIQUE ADDED THAT THE ATTACKERS WERE REPELLED AND FLED TOWARD CHALATENANGO.', 3, None),
 ('en', '1989-08-20', 'JUDGE MURDERED IN MEDELLIN', 'BOGOTA, 20 AUG 89 -- [TEXT] A SUPERIOR COURT JUDGE WAS MURDERED TODAY IN MEDELLIN BY HIRED GUNMEN WHO FIRED FROM A MOTORCYCLE. THE JUDGE HAD RECEIVED DEATH THREATS FROM DRUG TRAFFICKERS. THIS IS THE FOURTH JUDGE KILLED IN ANTIOQUIA THIS YEAR.', 1, None),
 ('en', '1989-12-02', 'PEASANTS MASSACRED', 'TEGUCIGALPA, 2 DEC 89 -- [TEXT] SIX PEASANTS, INCLUDING TWO WOMEN, WERE MASSACRED BY A GROUP OF ARMED MEN IN A VILLAGE NEAR THE BORDER, THE HUMAN RIGHTS COMMITTEE DENOUNCED TODAY. THE COMMITTEE SAID THAT THE VICTIMS WERE TAKEN FROM THEIR HOMES AND SHOT.', 6, None),
]

OTHER_EPISODES = [  # another incident told after the report's own, around the likened deeds of REPORT_GAPS: 4 of 4 (one with the addition mend)
 ('en', '2023-05-22', 'Blast', 'A roadside bomb struck a police van on Monday, killing four policemen and wounding seven, officials said. Two soldiers were killed in a similar bombing in North Waziristan last week.', 4, 7),
 ('en', '2023-05-22', 'Two blasts', 'A bomb killed four people at a bus stop on Monday. Minutes later, a similar device killed three more at a nearby market.', 7, None),
 ('en', '2023-05-22', 'Blast', 'Four policemen were killed and seven wounded when a bomb struck their van on Monday. The blast came hours after the Taliban said they had killed 20 soldiers.', 4, 7),
 ('fr', '2023-05-22', 'Attaque', 'Quatre soldats ont été tués lundi dans une embuscade près de Djibo. Deux civils avaient été tués dans une attaque similaire la semaine dernière.', 4, None),
]

THE_OTHERS = [  # a third part: "the four others" after a whole less its dead, with neighbours: 6 of 9 as written, three mended
 ('en', 'A man stabbed five people at a tram stop, killing one of them. The other four were taken to hospital.', 1, 4),
 ('en', 'A man stabbed five people at a tram stop, killing one of them. The four others were taken to hospital.', 1, 4),  # mended (details.the_others_told)
 ('en', 'Gunmen shot five people, killing two of them. The three others were taken to hospital.', 2, 3),  # mended (details.the_others_told)
 ('en', 'Five people were wounded in the attack. The five were taken to hospital.', 0, 5),
 ('en', 'Five people were wounded, one of whom later died. The four others are in stable condition.', 1, 4),
 ('en', 'A grenade wounded seven soldiers, two of whom died on the way to hospital. The five others were flown to Kabul.', 2, 5),
 ('en', 'Six people were hurt in the blast; one of them died overnight. The other five remain in hospital.', 1, 5),
 ('fr', "Un homme a poignardé cinq personnes, tuant l'une d'elles. Les quatre autres ont été transportées à l'hôpital.", 1, 4),  # mended (details.the_others_told)
 ('es', 'Seis personas resultaron heridas, una de ellas murió horas después. Las otras cinco siguen hospitalizadas.', 1, 5),
]

RELEASE_SECOND = [  # release lines of detentions (their killed and hurt): 8 of 8 as written
 ('en', 'An Afghan-led security force arrested a Taliban leader and detained three suspected insurgents in Kandahar province.', 0, 0),
 ('en', 'The combined force detained a senior Haqqani facilitator along with several of his associates.', 0, 0),
 ('en', 'Afghan and coalition forces killed two insurgents and detained another during a search of a compound in Helmand.', 2, 0),
 ('en', 'Security forces captured an insurgent weapons supplier and two of his accomplices in Baghlan yesterday.', 0, 0),
 ('en', 'During the operation, the security force detained four suspects; one of them was later released.', 0, 0),
 ('en', 'A combined Afghan and coalition force detained multiple suspected insurgents, including a bomb maker, in Logar.', 0, 0),
 ('en', 'The force killed one armed insurgent who engaged them and detained nine others for questioning.', 1, 0),
 ('en', 'Two suspected insurgents were taken into custody after a brief firefight in Wardak.', 0, 0),
]

REPORTS_THIRD = [  # agency reports: 5 of 6 as written, one mended (two left out, the module says why)
 ('en', '2024-10-02', 'Shelling kills seven in Kherson', "KHERSON - Russian shelling killed seven people and wounded 15 in Kherson on Tuesday, the regional governor said. Among the dead were a 12-year-old boy and his father. Russia's defence ministry did not comment.", 7, 15),
 ('en', '2024-06-21', 'Four killed in Haiti gang attack', 'PORT-AU-PRINCE - Gang members killed at least four people, including a police officer, during an attack on a neighbourhood of the Haitian capital on Thursday, a rights group said. Residents said the toll could be higher, with several people still missing.', 4, None),
 ('en', '2024-01-28', 'Drone attack on US base in Jordan', 'Three U.S. service members were killed and at least 25 injured in a drone attack on a small base in northeast Jordan near the Syrian border, U.S. officials said on Sunday. It was the first deadly attack on U.S. troops in the region since the Gaza war began.', 3, 25),
 ('en', '2023-04-11', 'Journalists killed in Mali', 'BAMAKO - Two Malian journalists were found dead on Tuesday, a day after they were abducted by gunmen on the road between Gao and Ansongo, their employer said. Their bodies bore gunshot wounds.', 2, None),
 ('en', '2024-11-17', 'Stabbing in Berlin', 'BERLIN - A man stabbed five people at a tram stop in central Berlin on Saturday evening, killing one of them, police said. The four others were taken to hospital. The attacker was arrested at the scene.', 1, 4),  # mended (details.the_others_told)
 ('en', '2024-02-09', 'Mali boat attack', 'BAMAKO - At least 16 civilians were killed when suspected jihadists attacked a passenger boat on the Niger river, local officials said. A previous attack on a boat in September killed 49 civilians and 15 soldiers.', 16, None),
]

GAPS_CLOSED = [  # gaps until round 63: a list resumed after a part (parsed.lists_resumed_after_a_part), the companions
 # of a casualty noun's victim on its verb (relations.companions)
 ('en', 'A shooting at a wedding party left seven dead, among them the groom, and nineteen guests injured.', 7, 19),  # "among them the groom" parsed as a second object of "left", the guests its conjunct: read 26 dead
 ('en', 'Coalition forces confirmed the death of a senior insurgent commander, along with two of his fighters, in an air strike in Kunduz.', 3, 0),  # "along with" hung on the verb whose object is the deed noun: read 1
]

GAPS = []  # each still misses (strict): none left

REPORT_GAPS = [  # each still misses (strict)
 ('en', '2023-05-22', 'Blast hits Pakistani police van', 'PESHAWAR - A roadside bomb struck a police van on the outskirts of Peshawar on Monday, killing four policemen and wounding seven, officials said. The Pakistani Taliban claimed the attack. On Saturday, two soldiers were killed in a similar bombing in North Waziristan.', 4, 7),  # a deed likened to the article's ("in a similar bombing") after its figure: tried (the packs' similar_words, incident_nouns) and taken back
 ('en', '1989-10-14', 'TWO SOLDIERS KILLED IN AMBUSH', 'SAN SALVADOR, 14 OCT 89 -- [TEXT] TWO SOLDIERS WERE KILLED AND FIVE WOUNDED IN A GUERRILLA AMBUSH ON THE COASTAL HIGHWAY, A MILITARY SPOKESMAN REPORTED. HE SAID THAT IN OTHER CLASHES DURING THE WEEK, 23 GUERRILLAS AND FOUR SOLDIERS HAVE DIED.', 2, 5),  # the same ("IN OTHER CLASHES DURING THE WEEK")
 ('es', '2023-05-22', 'Ataque', 'Cuatro soldados murieron el lunes en una emboscada en el Cauca. Dos civiles murieron en un ataque similar en la misma zona.', 4, None),  # the same ("en un ataque similar")
 ('en', '1990-01-12', 'BOMB DAMAGES BANK IN LIMA', 'LIMA, 12 JAN 90 -- [TEXT] A POWERFUL BOMB EXPLODED EARLY TODAY AT A BANK BRANCH IN THE SAN ISIDRO DISTRICT, CAUSING SERIOUS DAMAGE BUT NO VICTIMS, POLICE REPORTED. LAST WEEK, FOUR PEOPLE WERE KILLED IN A SIMILAR ATTACK ON A BANK IN MIRAFLORES.', 0, None),  # "NO VICTIMS" is no cue word, so the sentence is not parsed and says no one was harmed to no one: the week-old attack after it counts
]

test_line_in_its_language, test_known_gaps = summary_tests(
    AGENCY_LINES + HURT_ENTRIES + WIRE_CAPITALS + OTHER_LANGUAGES + SHAPES + HURT_MORE + RELEASE_LINES + MENDED_SHAPES
    + HURT_SECOND + LANGUAGES_SECOND + VERBS_OF_DEATH + HURT_THIRD + MENDED_SECOND + THE_OTHERS + RELEASE_SECOND
    + GAPS_CLOSED, GAPS)
test_report_with_its_headline_and_date = dated_report_tests(
    REPORTS + NONE_TOLD + REPORTS_SECOND + WIRE_REPORTS + OTHER_EPISODES + REPORTS_THIRD)


@pytest.mark.xfail(strict=True, reason="known gap: see REPORT_GAPS")
@pytest.mark.parametrize("language,published,title,text,killed,injured", REPORT_GAPS)
def test_report_gaps(reader, language, published, title, text, killed, injured):
    r = read_in(reader, text, language, title, date.fromisoformat(published))
    assert r.toll.killed.best == killed
