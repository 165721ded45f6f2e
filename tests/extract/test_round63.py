"""Sentences and reports of our own (sixty-third round), with the figures each must give, written by hand
before the mends that meet them ran on them.

Agency-style lines (AGENCY_LINES, 30 of 30 as written), Wikipedia-style lines (WIKI_LINES, 19 kept of 20: 18 as
written, one first written otherwise; the twentieth in GAPS), lines in French, Spanish, Russian and Ukrainian
(OTHER_LANGUAGES, 15 kept of 18: 13 as written, two mended; two in GAPS), lists of victims (VICTIM_LISTS, 20: 17
as written, two mended, one first written otherwise), upper-case wire lines (WIRE_LINES, 10 of 10), agency reports
(REPORTS, 14 kept of 15: 12 as written, one mended, one first written otherwise; REPORTS_SECOND, 10: 9 as written,
one mended), reports that recall an earlier deed (SEQUEL_REPORTS, 17: 9 as written, seven mended, one first
written otherwise), the same in French, Spanish and Russian (SEQUEL_REPORTS_IN_LANGUAGES, 9: 6 as written, three
mended) and ISAF-style lines (ISAF_LINES, 10: 8 as written, two mended). MENDED_SHAPES and MENDED_REPORTS put the
mended shapes in other words, figures by hand after the mends ran. One line written was not kept: "Parmi les
victimes figurent un juge ..." (whether the victims died, the line does not say); nor one report: the army
"calling reports of 40 deaths propaganda" (whether a count the speaker denies is the toll, the line does not
settle). Rows first written otherwise say why: each met a convention of the contract or the toll.
Mended, a structure, not a phrasing:
- an earlier deed a report recalls: "The attack came a week after an ambush in the same district killed 11
  troops", "It came days after militants killed 11 troops", "The attack follows an ambush ... last week that
  killed 11", "L'attaque survient une semaine après une embuscade qui a coûté la vie à 11 militaires", "El ataque
  se produce una semana después de que un atentado ... dejara 11 muertos", "Это произошло через неделю после
  того, как ... 11 из них погибли" (each read 13): a casualty clause inside the phrase an earlier-marking word
  opens, under a verb of sequel whose subject points back (a pronoun, a definite or demonstrative determiner)
  and dated apart (a span of days or longer right before the word, or an earlier time of its own), recalls an
  earlier deed: an earlier episode once the article told a current figure, as "Earlier this week, ..." is
  (reader._sequel_clause, the packs' new apart_nouns and sequel_verbs, Draft.recalled; not "The attack came
  barely 12 hours after": the same episode); "Two more people were killed on Friday, a week after clashes left 30
  dead" (read 32): a span of days or longer right before the word, under a clause with casualties of its own, is
  an earlier episode whatever the verb; the parser's "after an ambush ... killed", the word a preposition with
  the clause's subject as its object, is mended first (parsed.subjects_read_as_objects_of_a_conjunction, now
  also before a finite verb with no auxiliary, and where the word hangs on the clause's own span of time);
- "shot dead a couple and their teenage daughter" (read 1): a pair noun the parser made a loose measure after
  the state word is the verb's object (parsed.objects_of_a_resultative);
- "left a soldier dead and four of his comrades with serious injuries" (read 5 dead): the injuries a
  partitive's noun carries are the part's own (relations.hurt_of_its_own);
- "arrested a Taliban leader responsible for roadside bomb attacks and two of his associates" (read 1 held): a
  second object, or an apposition, right after a conjunction the parser hung inside the first object's modifier
  is the first object's conjunct (parsed.second_objects_after_a_modifier), and an earlier member's own modifier
  ("responsible for ... attacks") is an aside, not the list's earlier deed (reader._asides);
- "killed a group of insurgents" (read 2): "group" a vague head, so the vague table's "a group of" (3 and up,
  best 3, as "a number of") counts it (the English pack's vague_heads; counting.count_finding keeps a container
  head that is a vague head where the noun it holds has no count);
- "По меньшей мере трое мирных жителей погибли, ещё несколько человек ранены" (read 2 dead): a count before a
  noun with no count of its own, hung on a noun past that noun's verb, is the count of the noun right after it,
  with the hedge before it (parsed.counts_hung_past_their_noun); "Ambos pilotos murieron" (none read): "ambos"
  in the Spanish vague table, as English "both";
- "Six people were killed ... gunmen stopped the bus, ordered passengers off and shot six men" (read 6 hurt):
  a count shot with no outcome of its own that repeats a count of the dead told before is those dead again
  (casualties._the_dead_again).
A second part: 20 more agency lines (AGENCY_LINES_SECOND: 18 as written, two first written otherwise; AGENCY_LINES_THIRD,
15 of 15; HURT_LINES, 10 of 10; LANGUAGES_SECOND, 12 of 12), reports of two sides, breakdowns and revisions (REPORTS_THIRD, 8: 7 as written, one first written
otherwise), and two gaps of round 60 closed (its GAPS_CLOSED), each a structure:
- "left seven dead, among them the groom, and nineteen guests injured" (read 26 dead): the part after a comma
  and a breakdown word with its pronoun, hung on the verb, which the parser made the verb's second object, is
  that word's object, and the conjunct after it behind a comma resumes the verb's list
  (parsed.lists_resumed_after_a_part);
- "confirmed the death of a senior insurgent commander, along with two of his fighters" (read 1): the
  companions of a casualty noun's victim hang on the verb whose object that noun is (relations.companions;
  also Spanish, "la muerte de un comandante ... junto con dos de sus combatientes").
A third part: headlines (HEADLINES, 11 kept of 12: 9 as written, two mended; the twelfth in GAPS), headlines over a
body that counts no one (HEADLINE_REPORTS, 3 kept of 4, all mended; the fourth in REPORT_GAPS), and the same in
other words and languages after the mends (MENDED_HEADLINES). Mended:
- "Six soldiers found dead after ambush", "Five people reported killed in clashes", "Two aid workers feared dead"
  (none read): a verb that leaves its object in a state ("find", "report", "fear") with no object and a counted
  subject leaves that subject so, a headline's passive without its auxiliary; "Nigeria: 40 feared killed" (none
  read): so does a participle of such a verb that modifies a count (grammar._state);
- "Gunmen kill mayor, two aides in southern Mexico" (read 1): a counted noun after a comma that closes the
  verb's object, left an unlabelled dependent of the verb, is the object's conjunct
  (parsed.lists_without_a_conjunction).
Round 64 closed one gap of the second part (GAPS_CLOSED: "la mort d'un commandant rebelle ainsi que de deux de ses
combattants").
"""
from datetime import date

import pytest

from .helpers import dated_report_tests, isaf_release_tests, read_in, summary_tests

AGENCY_LINES = [  # agency-style lines: 30 of 30 as written
 ('en', 'Gunmen on motorcycles attacked a village in the north-west on Friday night, killing 23 residents and setting fire to dozens of homes, a local official said.', 23, 0),
 ('en', 'A roadside bomb ripped through a minibus carrying wedding guests, leaving 11 dead and 19 wounded, police said.', 11, 19),
 ('en', 'The army said it had lost four soldiers in an ambush near the border, while the insurgents said they had killed 20.', 4, 0),
 ('en', 'Three aid workers were abducted and their driver was shot dead at a checkpoint on the road to the camp.', 1, 0),
 ('en', 'An airstrike on a fuel depot killed a watchman and injured two labourers, residents told reporters.', 1, 2),
 ('en', 'At least 16 people have died after a ferry carrying migrants capsized off the coast, the coastguard said, adding that 40 were rescued.', 16, 0),
 ('en', 'Security forces killed six suspected militants in an overnight raid, the ministry said; one officer was lightly wounded.', 6, 1),
 ('en', "Clashes between rival herding communities over grazing land have left 31 people dead since Sunday, the governor's office said.", 31, 0),
 ('en', 'A car bomb exploded near a busy market, killing at least eight people and wounding more than 30, hospital sources said.', 8, 30),
 ('en', "The death toll from Saturday's suicide attack on a mosque has risen to 44, the health ministry said on Monday.", 44, 0),
 ('en', 'Two journalists covering the protests were wounded by rubber bullets, their employer said.', 0, 2),
 ('en', 'A landmine killed a shepherd and his two sons as they grazed their flock near the front line.', 3, 0),
 ('en', 'Nine civilians, among them four women, were killed when mortar rounds landed on a residential district, the UN mission said.', 9, 0),
 ('en', 'The rebels said they had shot down a helicopter, killing all five crew members on board.', 5, 0),
 ('en', 'Police fired tear gas and live rounds at demonstrators; a medical group said 7 protesters were killed and dozens hurt.', 7, 61),
 ('en', 'An explosion at a checkpoint killed a police officer and a soldier, and wounded three passers-by.', 2, 3),
 ('en', 'A teenage boy died of his wounds in hospital a day after being shot by soldiers during a raid on the camp.', 1, 0),
 ('en', 'Kidnappers freed 12 of the 30 students seized from their school last week; the others remain missing.', 0, 0),
 ('en', 'The militia said it executed three men it accused of spying for the government.', 3, 0),
 ('en', 'A grenade thrown into a bar killed the owner and injured four customers.', 1, 4),
 ('en', 'Fighting in the disputed region has killed at least 120 combatants on both sides over the past week, according to a monitoring group.', 120, 0),
 ('en', 'An attack on a military base left 17 soldiers dead, the army said, the heaviest loss it has suffered this year.', 17, 0),
 ('en', 'A drone strike hit a car on the highway, killing its two occupants, whom the military described as senior commanders.', 2, 0),
 ('en', 'Security officials said the bodies of five abducted farmers were found dumped by a river.', 5, 0),
 ('en', 'Gunfire at a polling station wounded an election officer and two voters.', 0, 3),
 ('en', 'The blast killed the bomber and a guard who tried to stop him at the gate.', 1, 0),
 ('en', 'Eight members of one family were killed when a shell struck their home, relatives said.', 8, 0),
 ('en', 'At least a dozen worshippers were hurt in a stampede after gunshots were heard outside the church.', 0, 12),
 ('en', 'A policeman was killed and another seriously injured when assailants opened fire on their patrol car.', 1, 1),
 ('en', 'Authorities raised the toll of the landslide triggered by the bombardment to 27 dead and 52 injured.', 27, 52),
]

WIKI_LINES = [  # Wikipedia-style lines: 18 of 19 as written, one first written otherwise (it says why; a twentieth in GAPS)
 ('en', 'A suicide bomber detonated an explosive vest at a funeral in Nangarhar, killing at least 18 mourners and wounding 25.', 18, 25),
 ('en', 'Gunmen attacked a police checkpoint in Dagestan. Four officers and two attackers were killed; a fifth officer was wounded.', 6, 1),
 ('en', 'Two bombs exploded at a train station in Quetta, killing 26 and injuring 62. Among the dead were 14 soldiers returning from leave.', 26, 62),
 ('en', 'A teenager armed with a knife attacked passers-by in a shopping street, killing a 70-year-old man and injuring three women before being overpowered.', 1, 3),
 ('en', 'A car bomb targeting a convoy of the governor exploded in Aden. The governor survived, but six of his bodyguards were killed.', 6, 0),
 ('en', 'An attack by al-Shabaab on a hotel in Kismayo left 26 people dead, among them a journalist and a presidential candidate, and 56 injured.', 26, 56),
 ('en', 'Militants ambushed a bus carrying Shia pilgrims, killing 12 passengers. Security forces killed three of the attackers in a gunfight later that day.', 12, 0),  # first written 15: the toll's perpetrator rule (attackers killed in an attack with victims of its own count in the high only)
 ('en', 'A rocket attack on a US base in Iraq wounded a contractor and five service members.', 0, 6),
 ('en', 'A suicide attacker rammed an explosive-laden car into a military checkpoint, killing himself and four soldiers.', 4, 0),
 ('en', 'Three men opened fire on worshippers leaving a church in Burkina Faso, killing the pastor and five members of his congregation.', 6, 0),
 ('en', 'An IED exploded under a minibus in Kurram, killing all 11 passengers, including 3 women and 2 children.', 11, 0),
 ('en', "Gunmen killed a prominent cleric and his driver in an ambush on the road to the airport. The cleric's nephew was wounded.", 2, 1),
 ('en', 'A female suicide bomber blew herself up in a crowded market in Maiduguri, killing 7 people besides herself.', 7, 0),
 ('en', 'Armed men kidnapped 39 passengers from a bus and later executed 11 of them.', 11, 0),
 ('en', 'The explosion at a rally killed 4 people; 90 more were treated in hospitals for injuries.', 4, 90),
 ('en', 'A double suicide bombing at a wrestling club in Kabul killed 20 people. A second blast targeted journalists and first responders who arrived at the scene, killing 2 reporters.', 22, 0),
 ('en', 'An attack on a bus of tourists near the pyramids killed 2 Vietnamese tourists and an Egyptian guide and injured 10 others.', 3, 10),
 ('en', 'Three people, including a police officer, were stabbed to death by an attacker who had pledged allegiance to the Islamic State.', 3, 0),
 ('en', 'A mortar attack on a football match killed 11 spectators; at least 25 others suffered shrapnel wounds.', 11, 25),
]

OTHER_LANGUAGES = [  # French, Spanish, Russian and Ukrainian lines: 13 of 15 as written, two mended (two more in GAPS)
 ('fr', 'Des hommes armés ont abattu un couple et leur fille adolescente dans leur maison, a indiqué la police.', 3, 0),
 ('fr', 'Un soldat a été tué et quatre de ses camarades grièvement blessés lorsque leur convoi a sauté sur un engin explosif.', 1, 4),
 ('fr', 'Les deux pilotes ont péri lorsque leur avion a été abattu au-dessus de la province.', 2, 0),
 ('fr', 'Au moins trois civils ont été tués et plusieurs autres blessés par un obus tombé sur un marché.', 3, 3),
 ('es', 'Hombres armados asesinaron a una pareja y a su hija adolescente en su vivienda, informó la policía.', 3, 0),
 ('es', 'Un soldado murió y cuatro de sus compañeros resultaron gravemente heridos al estallar un artefacto explosivo al paso de su convoy.', 1, 4),
 ('es', 'Ambos pilotos murieron cuando el avión fue derribado sobre la provincia.', 2, 0),  # mended: none read ("ambos" missing from the Spanish vague table that has English "both")
 ('es', 'Entre los fallecidos figuran un juez, su esposa y un escolta, según las autoridades.', 3, 0),
 ('es', 'Al menos tres civiles murieron y varios más resultaron heridos por un proyectil que cayó en un mercado.', 3, 3),
 ('ru', 'Один военный погиб, ещё четверо его сослуживцев получили тяжёлые ранения при подрыве колонны.', 1, 4),
 ('ru', 'Оба пилота погибли, когда самолёт был сбит над провинцией.', 2, 0),
 ('ru', 'Среди погибших — судья, его жена и охранник, сообщили местные власти.', 3, 0),
 ('ru', 'По меньшей мере трое мирных жителей погибли, ещё несколько человек ранены в результате попадания снаряда в рынок.', 3, 3),  # mended: read 2 dead (the count hung on the next clause's noun)
 ('uk', "Щонайменше троє цивільних загинули, ще п'ятеро отримали поранення внаслідок обстрілу ринку.", 3, 5),
 ('uk', 'Обидва пілоти загинули, коли літак було збито над областю.', 2, 0),
]

VICTIM_LISTS = [  # lists of victims, pairs, families, both and all: 17 of 20 as written, two mended, one first written otherwise
 ('en', 'Gunmen stormed a house in the village and shot dead a couple and their teenage daughter, police said.', 3, 0),  # mended: read 1 ("a couple" a loose measure after "dead")
 ('en', 'A mother and her four children were burned alive when attackers set fire to their hut.', 5, 0),
 ('en', 'Both pilots were killed when the fighter jet was shot down over the province, the ministry said.', 2, 0),
 ('en', 'All three occupants of the car were gunned down at a traffic light in the city centre.', 3, 0),
 ('en', 'Two brothers who ran a pharmacy in the market were hacked to death by a mob on Saturday.', 2, 0),
 ('en', 'The bodies of seven men, each with gunshot wounds to the head, were recovered from a ditch outside the town.', 7, 0),
 ('en', 'A family of six was wiped out when a shell hit their house on the edge of the city.', 6, 0),
 ('en', 'Among those killed were a district judge, his wife and a bodyguard, officials said.', 3, 0),
 ('en', 'A police officer succumbed to his injuries on Wednesday, two days after he was shot at a checkpoint.', 1, 0),
 ('en', 'Eleven people perished when their boat was shelled as they tried to cross the river.', 11, 0),
 ('en', 'Twin bomb attacks in the capital claimed at least 32 lives and left more than a hundred wounded.', 32, 100),
 ('en', 'The attack on the convoy left a soldier dead and four of his comrades with serious injuries.', 1, 4),  # mended: read 5 dead (the injuries hung on the partitive's noun)
 ('en', 'A suicide bomber struck a queue of army recruits, killing dozens; hospital officials later put the number of dead at 43.', 43, 0),
 ('en', 'Three of the seven hostages were killed during a botched rescue attempt; the other four were freed unharmed.', 3, 0),
 ('en', 'Two demonstrators were shot dead and a third died after inhaling tear gas, a rights group said.', 3, 0),
 ('en', "The dead included the town's deputy mayor and two of his aides.", 3, 0),
 ('en', 'An officer and two conscripts lost their lives in the shelling, and another nine servicemen were wounded.', 3, 9),
 ('en', 'Residents said 15 people had been lynched by a mob that accused them of being informers.', 15, 0),
 ('en', 'The victims, a farmer and his two nephews, were beheaded by militants who accused them of collaborating with the army.', 3, 0),
 ('en', 'At least one civilian was killed and several others were wounded when a stray shell landed in a courtyard.', 1, 3),  # first written 7: CONTRACT.md reads "several" 3 and up, best 3
]

WIRE_LINES = [  # upper-case wire lines: 10 of 10 as written
 ('en', 'SAN SALVADOR, 12 MAR 90 -- URBAN GUERRILLAS TODAY ATTACKED A NATIONAL GUARD POST IN THE CAPITAL, KILLING TWO GUARDSMEN AND WOUNDING A PASSERBY, MILITARY SOURCES REPORTED.', 2, 1),
 ('en', 'LIMA, 3 JUN 89 -- A BOMB PLANTED BY TERRORISTS EXPLODED TODAY OUTSIDE A BANK BRANCH, CAUSING HEAVY DAMAGE BUT NO CASUALTIES, POLICE SAID.', 0, 0),
 ('en', 'BOGOTA, 20 AUG 89 -- SIX PEASANTS WERE MASSACRED BY A PARAMILITARY GROUP IN A RURAL AREA OF THE DEPARTMENT, THE ARMY REPORTED TODAY. THE VICTIMS INCLUDED TWO MINORS.', 6, 0),
 ('en', 'THE ARMED FORCES PRESS OFFICE REPORTED THAT SOLDIERS KILLED FOUR GUERRILLAS IN A CLASH NEAR THE VOLCANO. ONE SOLDIER WAS SLIGHTLY WOUNDED.', 4, 1),
 ('en', 'A JUDGE AND HIS BODYGUARD WERE SHOT DEAD YESTERDAY AS THEY LEFT THE COURTHOUSE, ACCORDING TO THE NATIONAL POLICE.', 2, 0),
 ('en', 'THE DYNAMITE ATTACK DESTROYED THREE ELECTRICITY TOWERS AND LEFT THE PROVINCE WITHOUT POWER. NO ONE WAS HURT.', 0, 0),
 ('en', 'GUERRILLAS KIDNAPPED THE MAYOR OF THE TOWN AND TWO COUNCILMEN ON SUNDAY, AND THEIR WHEREABOUTS ARE UNKNOWN.', 0, 0),
 ('en', 'A CAR BOMB EXPLODED IN FRONT OF THE NEWSPAPER OFFICES LAST NIGHT, KILLING A SECURITY GUARD AND INJURING 15 EMPLOYEES.', 1, 15),
 ('en', 'THE BODIES OF THREE YOUNG MEN WHO HAD BEEN TORTURED WERE FOUND TODAY ON THE OUTSKIRTS OF THE CITY.', 3, 0),
 ('en', 'THE ATTACK LEFT SEVEN POLICEMEN DEAD AND NINE INJURED, THE DEFENSE MINISTRY SAID IN A COMMUNIQUE.', 7, 9),
]

MENDED_SHAPES = [  # the mended shapes in other words and languages, figures by hand
 ('en', 'Gunmen shot dead a farmer and his son in the village.', 2, 0),
 ('en', 'Gunmen shot dead a couple in the village.', 2, 0),  # mended: none read
 ('en', 'Gunmen shot dead an elderly couple and their grandson in the village.', 3, 0),
 ('en', 'Gunmen shot dead a couple and their teenage daughter.', 3, 0),  # mended: none read
 ('en', 'Gunmen killed a couple and their teenage daughter.', 3, 0),
 ('en', 'A couple and their daughter were shot dead.', 3, 0),
 ('en', 'Militants shot dead a couple and their son at a roadblock.', 3, 0),
 ('en', 'The raid left one soldier dead and two of his colleagues with gunshot wounds.', 1, 2),
 ('ru', 'По меньшей мере пятеро военных погибли, ещё несколько человек получили ранения.', 5, 3),
 ('es', 'Ambas víctimas murieron en el lugar, informó la fiscalía.', 2, 0),
]

REPORTS = [  # agency reports: 12 of 14 as written, one mended, one first written otherwise (it says why)
 ('en', '2025-03-02', None, 'Fourteen people were killed and 22 wounded in twin blasts at a bus station on Saturday, the interior ministry said. The dead included two police officers and a child. Among the wounded were several students returning home for the holiday.', 14, 22),
 ('en', '2025-03-03', None, 'Gunmen stormed a gold mine in the west on Sunday and killed five workers, a regional official said. In a separate incident in the same province, bandits abducted 18 travellers on a highway.', 5, 0),
 ('en', '2025-03-04', 'Nine dead in clashes', 'Clashes between two armed factions in the capital left nine people dead on Monday. Health officials said seven of the dead were fighters and two were civilians caught in the crossfire.', 9, 0),
 ('en', '2025-03-05', None, 'A rocket fired from across the border struck a school on Tuesday, killing three pupils and injuring 11, local authorities said. The army said it had responded by shelling positions from which the rocket was launched.', 3, 11),
 ('en', '2025-03-06', None, 'Militants released a video on Wednesday showing the two aid workers kidnapped last month, the charity said. Both appeared to be in good health.', 0, 0),
 ('en', '2025-03-07', None, "The number of people killed in Thursday's attack on a displacement camp has climbed to 21, the UN said on Friday, up from an earlier figure of 13. Most of the victims were women and children.", 21, 0),
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit an improvised explosive device on Friday. The attack came a week after an ambush in the same district killed 11 troops.', 2, 0),  # mended: read 13 (the ambush "a week after" which 11 died added)
 ('en', '2025-03-09', None, 'Six fans were injured when police charged the crowd outside the stadium on Saturday, a hospital spokesman said. None of the injuries was life-threatening.', 0, 6),
 ('en', '2025-03-10', None, 'Twelve fighters were killed in an air raid on a training camp on Sunday, the coalition said in a statement. It said no civilians had been harmed.', 12, 0),
 ('en', '2025-03-11', None, 'Four members of the security forces died on Monday when suspected rebels ambushed their convoy, the regional governor said. Another soldier is missing.', 4, 0),
 ('en', '2025-03-12', None, 'One person was killed and three were wounded in a shooting outside a nightclub early on Tuesday. The suspected gunman was later arrested.', 1, 3),
 ('en', '2025-03-13', None, 'At least 30 villagers were massacred by armed men overnight, survivors said on Wednesday. Local leaders put the toll higher, at 45, but the figure could not be confirmed.', 45, 0),  # first written 30: the toll takes the larger of two sources' counts of one deed (local leaders' 45), as in earlier rounds
 ('en', '2025-03-15', None, 'Eight people died after a fuel tanker set alight by militants exploded on a busy road on Friday. Officials earlier said five had been killed.', 8, 0),
 ('en', '2025-03-16', None, 'An explosion ripped through a crowded café on Saturday evening, killing two people. Nine others were taken to hospital, two of them in a serious condition.', 2, 9),
]

SEQUEL_REPORTS = [  # reports that recall an earlier deed: 9 of 17 as written, seven mended, one first written otherwise
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit a bomb on Friday. The attack came a week after an ambush in the same district killed 11 troops.', 2, 0),  # mended: read 13
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit a bomb on Friday. It came days after militants killed 11 troops in the same district.', 2, 0),  # mended: read 13
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit a bomb on Friday. The blast comes two weeks after 11 troops died in an ambush nearby.', 2, 0),  # mended: read 13
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit a bomb on Friday, a week after an ambush in the same district killed 11 troops.', 2, 0),  # mended: read 13
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit a bomb on Friday. Last week, an ambush in the same district killed 11 troops.', 2, 0),
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit a bomb on Friday. Eleven troops were killed in an ambush in the same district a week earlier.', 2, 0),
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit a bomb on Friday. The attack follows an ambush in the same district last week that killed 11 troops.', 2, 0),  # mended: read 13
 ('en', '2025-03-08', None, 'Twelve people were killed in a bombing at a market on Friday. A day after the blast, which also wounded dozens, residents buried their dead.', 12, 61),  # first written with no count of the hurt: CONTRACT.md reads "dozens" 24-99, best 61
 ('en', '2025-03-08', None, 'Days after a bombing that killed 30 people at a market, residents of the town held a vigil on Friday.', 30, 0),
 ('en', '2025-03-08', None, 'Two soldiers were killed when their vehicle hit a bomb on Friday. The attack came after militants killed 11 troops in the same district last week.', 2, 0),
 ('en', '2025-03-08', None, 'Gunmen killed 20 villagers in an attack on Friday, days after soldiers withdrew from the area.', 20, 0),
 ('en', '2025-03-08', None, 'Three people died days after being wounded in an attack on a market, their families said.', 3, 0),
 ('en', '2025-03-08', None, 'Protesters blocked the main road on Friday after an attack that killed five farmers in the village.', 5, 0),
 ('en', '2025-03-08', None, 'Four soldiers were killed on Friday when militants attacked their base, a day after the army launched an offensive in the area.', 4, 0),
 ('en', '2025-03-08', None, 'Two more people were killed on Friday, a week after clashes in the town left 30 dead.', 2, 0),  # mended: read 32
 ('en', '2025-03-08', None, "The minister's visit to the province came a week after gunmen killed six farmers there, officials said.", 6, 0),
 ('en', '2025-03-08', None, 'Police arrested three suspects on Friday. The arrests came days after gunmen killed six farmers in the province.', 0, 0),  # mended: read 6 (the killing the arrests came after, an earlier deed once a current figure was told)
]

SEQUEL_REPORTS_IN_LANGUAGES = [  # the same in French, Spanish and Russian: 6 of 9 as written, three mended
 ('fr', '2025-03-08', None, "Deux soldats ont été tués vendredi lorsque leur véhicule a sauté sur une mine. L'attaque survient une semaine après une embuscade qui a coûté la vie à 11 militaires dans la même zone.", 2, 0),  # mended: read 13
 ('fr', '2025-03-08', None, "Sept personnes ont été tuées et douze blessées samedi dans l'explosion d'une voiture piégée devant un commissariat, selon une source sécuritaire.", 7, 12),
 ('fr', '2025-03-08', None, "Trois gendarmes ont perdu la vie dans l'attaque de leur poste, a annoncé l'état-major, qui déplore également la disparition de deux autres.", 3, 0),
 ('es', '2025-03-08', None, 'Dos policías murieron el viernes en una emboscada en el norte del país. El ataque se produce una semana después de que un atentado en la misma zona dejara 11 muertos.', 2, 0),  # mended: read 13
 ('es', '2025-03-08', None, 'Cuatro personas murieron y otras nueve resultaron heridas en un ataque con explosivos contra un autobús, informaron las autoridades locales.', 4, 9),
 ('es', '2025-03-08', None, 'Tres periodistas resultaron heridos por balas de goma durante la protesta, denunció el sindicato de prensa.', 0, 3),
 ('ru', '2025-03-08', None, 'Двое военнослужащих погибли в пятницу, когда их машина подорвалась на мине. Это произошло через неделю после того, как в том же районе в засаду попали военные, 11 из них погибли.', 2, 0),  # mended: read 13
 ('ru', '2025-03-08', None, 'В результате обстрела города погибли пять мирных жителей, ещё восемь получили ранения, сообщил глава администрации.', 5, 8),
 ('ru', '2025-03-08', None, 'Суд приговорил троих обвиняемых к пожизненному заключению за теракт 2019 года, в результате которого погибли 15 человек.', 0, 0),
]

REPORTS_SECOND = [  # agency reports with restatements, sides and earlier tolls: 9 of 10 as written, one mended
 ('en', '2025-04-02', None, 'A suicide car bomb killed nine people and wounded 14 at a checkpoint on Tuesday, police said. The dead included five police officers. The wounded were taken to the provincial hospital, where two were said to be in critical condition.', 9, 14),
 ('en', '2025-04-03', None, 'The death toll from a landslide of ammunition at an army depot rose to 18 on Wednesday. Rescue workers had recovered 11 bodies by Tuesday evening, and seven more were pulled from the rubble overnight.', 18, 0),
 ('en', '2025-04-04', None, 'Six people were killed in an attack on a bus in the north on Thursday. Police said gunmen stopped the bus, ordered passengers off and shot six men. Women and children were spared.', 6, 0),  # mended: read 6 hurt ("shot six men", the six dead told again)
 ('en', '2025-04-05', None, 'Fighting between the army and rebels killed at least 23 people on Friday. A military spokesman said 15 rebels were killed; the rebels said eight soldiers had died.', 23, 0),
 ('en', '2025-04-06', None, 'Three protesters were shot dead by security forces on Saturday, a rights group said. The government said the three had attacked a police station and that officers fired in self-defence.', 3, 0),
 ('en', '2025-04-07', None, 'A roadside bomb killed four soldiers and wounded seven on Sunday. It was the deadliest attack on the army in the region since January, when an ambush killed 12 troops.', 4, 7),
 ('en', '2025-04-08', None, 'Two journalists were killed in an airstrike on Monday while reporting near the front line, their agency said. A third journalist, who was with them, escaped unhurt.', 2, 0),
 ('en', '2025-04-09', None, "Ten miners were killed when gunmen attacked an artisanal gold mine on Tuesday. Residents said the attackers took the miners' gold and motorcycles before leaving.", 10, 0),
 ('en', '2025-04-10', None, 'Five suspected militants were killed in a shootout with police in the south on Wednesday, police said. Among them was a commander wanted for the killing of three soldiers last year.', 5, 0),
 ('en', '2025-04-11', None, 'A prominent human rights lawyer was shot dead outside his home on Thursday. He had received death threats after representing the families of 43 students who disappeared in 2014.', 1, 0),
]

MENDED_REPORTS = [  # the recalled deed in other words and languages, figures by hand
 ('en', '2025-05-02', None, 'Four police officers were killed when their patrol was ambushed on Thursday. The ambush comes two days after gunmen killed five officers in a neighbouring town.', 4, 0),
 ('en', '2025-05-03', None, 'Three civilians died on Friday when a shell hit their house, days after a car bomb killed 14 people in the market.', 3, 0),
 ('es', '2025-05-03', None, 'Dos militares murieron el viernes en un ataque contra su base. El ataque se produce días después de que un atentado dejara 20 muertos en la capital.', 2, 0),
 ('fr', '2025-05-03', None, 'Trois soldats ont été tués vendredi dans une embuscade. Cette attaque survient deux semaines après une autre embuscade qui avait fait 12 morts.', 3, 0),
 ('en', '2025-05-04', None, 'Police arrested two men on Saturday. The arrests came a week after gunmen killed a journalist outside his home.', 0, 0),
]

ISAF_LINES = [  # (published, title, text, killed low, detained low): 8 of 10 as written, two mended; the last three in other words after the mends
 ('2011-06-10', None, 'KABUL, Afghanistan - An Afghan-led security force detained two suspected insurgents during an operation to disrupt a Taliban facilitator in Kandahar province yesterday. The security force also seized a cache of weapons.', 0, 2),
 ('2011-06-10', None, 'An Afghan and coalition security force killed an insurgent and detained a Haqqani network leader in Paktiya province today. The leader coordinated attacks against Afghan forces.', 1, 1),
 ('2011-06-10', None, 'Coalition forces detained multiple suspected insurgents while searching a compound in Helmand province. No civilians were harmed.', 0, 3),
 ('2011-06-10', None, 'During the operation, the assault force engaged armed insurgents, killing several of them. Two more were detained.', 3, 2),
 ('2011-06-10', None, 'A combined force arrested a Taliban leader responsible for roadside bomb attacks and two of his associates in Kunduz province.', 0, 3),
 ('2011-06-10', None, 'Afghan National Police, advised by coalition forces, detained a suspected insurgent and seized explosives near Lashkar Gah. The detainee was questioned at the scene.', 0, 1),
 ('2011-06-10', None, 'The security force called for the occupants of the compound to come out peacefully; after one insurgent fired on the force, he was killed. Four others were detained without incident.', 1, 4),
 ('2011-06-10', None, 'An air weapons team engaged and killed a group of insurgents who were emplacing an IED along a road in Zabul province. There were no civilian casualties.', 3, 0),
 ('2011-06-10', None, 'In a separate operation, Afghan and coalition forces detained a suspected Taliban commander and a number of his fighters in Ghazni province.', 0, 4),
 ('2011-06-10', None, 'The force detained a Taliban leader in Kandahar city. Initial reports indicate that a second suspect was also detained and later released.', 0, 2),
 ('2011-06-10', None, 'Forces detained a commander wanted for several bombings and three of his men.', 0, 4),
 ('2011-06-10', None, 'Security forces arrested a group of suspects near the border crossing.', 0, 3),
 ('2011-06-10', None, 'The combined force captured a bomb maker known for attacks on the highway and two of his assistants.', 0, 3),
]

AGENCY_LINES_SECOND = [  # more agency lines: 18 of 20 as written, two first written otherwise (each says why)
 ('en', 'A suicide bomber struck a crowded market in the north-east on Monday, killing at least 10 people including himself, officials said.', 10, 0),  # first written 9: a figure that states the attacker among its own is taken as stated (the toll's rule: "six people were killed, including the gunman" is six)
 ('en', 'Officials revised the toll down to nine from 12 after it emerged that three of those counted had survived.', 9, 0),
 ('en', 'Police said five people were killed in the raid, revising an earlier toll of three.', 5, 0),
 ('en', 'Rescuers recovered 19 bodies from the rubble of the building hit by the missile.', 19, 0),
 ('en', 'The blast claimed the lives of six people and left a trail of destruction through the market.', 6, 0),
 ('en', 'Eight people were feared dead after gunmen opened fire on a bus in the hills.', 8, 0),  # first written 0: the dead "feared" are counted, as in earlier rounds ("At least 20 civilians are feared dead")
 ('en', 'At least four dead, 12 hurt as gunmen storm wedding party', 4, 12),
 ('en', 'A policeman and a civilian were killed and three others wounded when a bomb went off near a bank.', 2, 3),
 ('en', 'The number of wounded stood at 23 on Tuesday evening, the health ministry said.', 0, 23),
 ('en', 'The missile hit the car, killing its three occupants instantly.', 3, 0),
 ('en', 'Nine people were injured in the attack; among the injured were four children.', 0, 9),
 ('en', 'Seven people were wounded, one of whom later died in hospital.', 1, 6),
 ('en', 'The ambush killed two soldiers, one of them an officer, and wounded five.', 2, 5),
 ('en', 'The explosion left three people dead, including a child, and 10 injured, police said.', 3, 10),
 ('en', 'A grenade attack on a police patrol wounded four officers, two of them seriously.', 0, 4),
 ('en', 'Gunmen killed the village head and his deputy before setting fire to the council office.', 2, 0),
 ('en', 'An Israeli strike on a house in the camp killed a father and his three children, medics said.', 4, 0),
 ('en', 'The clashes left 12 protesters and two police officers dead, and hundreds injured.', 14, 599),
 ('en', "Twenty-one people have been confirmed dead after Saturday's bombing, with more than 60 still in hospital.", 21, 60),
 ('en', "A bomb hidden in a motorbike killed a soldier and a shopkeeper in the town's main square.", 2, 0),
]

AGENCY_LINES_THIRD = [  # agency lines of Africa, the Middle East, South Asia and Latin America: 15 of 15 as written
 ('en', 'Gunmen killed 14 people in two villages in the north-west overnight, torching homes and stealing cattle, a local lawmaker said on Saturday.', 14, 0),
 ('en', 'A bomb blast at a checkpoint in the restive south killed three soldiers and a civilian on Sunday, the military said.', 4, 0),
 ('en', 'Jihadists killed at least 30 civilians in attacks on three villages near the border, the regional governor said in a statement.', 30, 0),
 ('en', 'Three Palestinians were killed by Israeli fire during a raid in the occupied West Bank, the Palestinian health ministry said.', 3, 0),
 ('en', 'A Turkish drone strike on a vehicle in northern Iraq killed two members of a Kurdish militia, local officials said.', 2, 0),
 ('en', 'Unidentified gunmen shot dead a tribal elder and his two sons in a dispute over land, police said, adding that no arrests had been made.', 3, 0),
 ('en', 'The army said troops had killed 12 militants and lost two of their own in fighting in the mountains.', 14, 0),
 ('en', 'Clashes between security forces and demonstrators in the capital left at least 11 people dead and more than 200 injured, according to a rights group.', 11, 200),
 ('en', 'Four children were among seven people killed when a mortar shell struck a residential area, a hospital official said.', 7, 0),
 ('en', "A Colombian social leader was shot dead at his home in Cauca department, the ombudsman's office said, the 30th such killing this year.", 1, 0),
 ('en', 'A landmine explosion killed two deminers and injured a third in the south of the country, the demining agency said.', 2, 1),
 ('en', 'Police in Honduras said they had found the bodies of six people, including two women, in a shallow grave.', 6, 0),
 ('en', 'A rocket attack on an air base housing US troops caused no casualties, a coalition spokesman said.', 0, 0),
 ('en', 'Security forces freed 11 hostages and killed three of their captors in a dawn raid, the interior ministry said.', 3, 0),
 ('en', 'Gunmen opened fire on a minibus carrying members of a religious minority, killing nine passengers and wounding six, officials said.', 9, 6),
]

HURT_LINES = [  # lines of the dead and the hurt: 10 of 10 as written
 ('en', 'A suicide bomber killed 11 people at a rally; more than 40 others were injured, some critically.', 11, 40),
 ('en', 'The explosion wounded 27 people, eight of whom were in a critical condition, a hospital official said.', 0, 27),
 ('en', 'Four people died and at least 19 were taken to hospital after a car bomb exploded outside a police station.', 4, 19),
 ('en', 'A knife attack at a railway station left two people dead and five wounded, one of them seriously.', 2, 5),
 ('en', 'The attack killed a policeman and injured nine bystanders, including three children.', 1, 9),
 ('en', 'At least 35 people were hurt, mostly by flying glass, when a truck bomb went off near the ministry.', 0, 35),
 ('en', 'The gunman killed six people and wounded 14 before he was shot dead by police.', 6, 14),
 ('en', 'Two bombs exploded near a bus terminal, killing 15 people and injuring scores.', 15, 69),
 ('en', 'Eighteen people suffered injuries in the blast, which also killed three.', 3, 18),
 ('en', 'A grenade thrown at a crowd injured 22 people, two of whom died later in hospital.', 2, 20),
]

LANGUAGES_SECOND = [  # French, Spanish, Russian and Ukrainian agency lines: 12 of 12 as written
 ('fr', "Au moins douze civils ont été tués dimanche dans l'attaque de leur village par des hommes armés, selon des sources locales.", 12, 0),
 ('fr', "Trois soldats ont péri et sept autres ont été blessés dans l'explosion d'un engin artisanal au passage de leur véhicule.", 3, 7),
 ('fr', "L'attaque, revendiquée par un groupe jihadiste, a fait au moins 20 morts parmi les civils.", 20, 0),
 ('fr', "Un policier a été tué par balle et deux de ses collègues grièvement blessés lors d'une fusillade.", 1, 2),
 ('es', 'Al menos seis personas murieron y otras 14 resultaron heridas tras la explosión de un coche bomba frente a una comisaría.', 6, 14),
 ('es', 'Hombres armados asesinaron a cinco integrantes de una misma familia en su vivienda, informó la fiscalía.', 5, 0),
 ('es', 'El ataque dejó un saldo de tres militares muertos y cuatro heridos, según el ejército.', 3, 4),
 ('ru', 'В результате обстрела погибли трое мирных жителей, ещё пятеро получили ранения, сообщили местные власти.', 3, 5),
 ('ru', 'Двое полицейских погибли и один получил тяжёлое ранение в перестрелке с боевиками.', 2, 1),
 ('ru', 'Число погибших в результате теракта возросло до 17, ранены более 40 человек.', 17, 40),
 ('uk', 'Внаслідок ракетного удару загинули четверо людей, ще 12 поранені, повідомила обласна адміністрація.', 4, 12),
 ('uk', 'Двоє військових загинули, ще троє отримали поранення під час обстрілу позицій.', 2, 3),
]

REPORTS_THIRD = [  # reports of two sides, breakdowns and revisions: 7 of 8 as written, one first written otherwise (it says why)
 ('en', '2025-06-02', None, 'Kyrgyz officials said 24 of their citizens had been killed in the clashes. Tajikistan later said 22 of its people had died, among them four women. Neither figure could be independently verified.', 46, 0),
 ('en', '2025-06-03', None, "The health ministry said 31 people were killed in Sunday's bombing. Of the dead, 19 were worshippers inside the mosque and 12 were passers-by on the street outside.", 31, 0),
 ('en', '2025-06-04', None, 'An explosion at a fuel depot killed eight workers and injured 40 on Tuesday. By evening, four of the injured had died, bringing the toll to 12.', 12, 36),  # first written 40 hurt: the hurt who died are no longer counted hurt (40 less 4), as in round 62
 ('en', '2025-06-05', None, 'Nine soldiers were killed in an ambush on Wednesday, the army said. Among the dead was a colonel who commanded the local garrison. The rebels said they had killed 25 soldiers.', 9, 0),
 ('en', '2025-06-06', None, 'Five people were killed when a drone hit a car, local officials said. The military said the car was carrying three militants, whom it named; residents said the other two victims were a farmer and his son.', 5, 0),
 ('en', '2025-06-07', None, 'At least 17 people were killed and 23 wounded in attacks on two markets on Friday. In the first, a bomb killed 10 people; in the second, gunmen killed seven.', 17, 23),
 ('en', '2025-06-08', None, 'Six people were killed on Saturday in an attack on a checkpoint, the interior ministry said. Four of them were police officers, two were civilians, the ministry said, revising an earlier toll of five.', 6, 0),
 ('en', '2025-06-09', None, 'Three people were injured when a grenade exploded in a bar on Sunday. Police said an attack on the same bar in 2023 had killed two people.', 0, 3),
]

MENDED_SHAPES_SECOND = [  # the second part's mended shapes in other words and languages, figures by hand
 ('en', 'The attack left five dead, including a police officer, and 12 wounded.', 5, 12),
 ('en', 'The blast left four people dead, among them two children, and 30 injured.', 4, 30),
 ('en', 'Officials confirmed the killing of a local commander, along with three of his men, in a drone strike.', 4, 0),
 ('en', 'The army announced the death of two soldiers, along with their interpreter, in the ambush.', 3, 0),
 ('en', 'The raid left nine people dead, among them a toddler, and another 14 hurt, medics said.', 9, 14),
 ('es', 'El ejército confirmó la muerte de un comandante rebelde junto con dos de sus combatientes.', 3, 0),
 ('fr', "L'explosion a fait quatre morts, dont deux enfants, et trente blessés.", 4, 30),
 ('es', 'La explosión dejó cuatro muertos, entre ellos dos niños, y treinta heridos.', 4, 30),
]

HEADLINES = [  # headlines read as lines: 9 of 11 as written, two mended (a twelfth in GAPS)
 ('en', 'Bomb kills 12 at Kabul market', 12, 0),
 ('en', '12 dead, 30 hurt in Kabul market blast', 12, 30),
 ('en', 'Kabul market blast toll rises to 20', 20, 0),
 ('en', 'Gunmen kill mayor, two aides in southern Mexico', 3, 0),  # mended: read 1 (the list's second member left an unlabelled dependent)
 ('en', 'Two soldiers killed, three wounded in Kashmir gunfight', 2, 3),
 ('en', 'Suicide attack on police academy leaves 16 dead', 16, 0),
 ('en', 'Nigeria: 40 feared killed in attack on farming villages', 40, 0),  # mended: none read
 ('en', 'Journalist shot dead in Honduras, the third this year', 1, 0),
 ('en', 'No casualties reported after rocket strikes near Baghdad airport', 0, 0),
 ('en', 'Mali: twenty-three soldiers die in attack on army camp', 23, 0),
 ('en', 'Three killed as protesters clash with police in Nairobi', 3, 0),
]

HEADLINE_REPORTS = [  # headlines over a body that counts no one: 3 of 3 mended (a fourth in REPORT_GAPS)
 ('en', '2025-06-10', 'Six soldiers found dead after ambush', 'The bodies were found by a patrol on Monday morning, the army said.', 6, 0),  # mended: none read
 ('en', '2025-06-10', '40 feared killed in attack on farming villages', 'Gunmen raided several villages in the state overnight, residents said.', 40, 0),  # mended: none read
 ('en', '2025-06-10', 'Gunmen kill mayor, two aides in southern Mexico', 'The attack happened on a highway outside the town, prosecutors said.', 3, 0),  # mended: read 1
]

MENDED_HEADLINES = [  # the mended headlines in other words and languages, figures by hand
 ('en', '2025-06-11', 'Nine villagers found dead after militant raid', 'Residents said the attackers arrived on motorcycles late on Tuesday and left before dawn.', 9, 0),
 ('en', '2025-06-11', 'Four policemen reported killed in ambush near border', 'The interior ministry did not immediately comment.', 4, 0),
 ('en', '2025-06-11', 'Two aid workers feared dead after convoy attacked', 'The charity said it had lost contact with the team on Monday.', 2, 0),
 ('en', '2025-06-11', 'Militants kill teacher, two students in raid on school', 'The raid happened in the early hours, officials said.', 3, 0),
 ('en', '2025-06-11', 'Seven found dead in ravine after clashes', 'Police said the victims had gunshot wounds.', 7, 0),
 ('fr', '2025-06-11', 'Cinq soldats retrouvés morts après une embuscade', "L'armée a annoncé l'ouverture d'une enquête.", 5, 0),
 ('es', '2025-06-11', 'Hallan muertos a tres campesinos tras un ataque armado', 'Las autoridades investigan el hecho.', 3, 0),
 ('ru', '2025-06-11', 'Четверо военных найдены мёртвыми после нападения', 'Ведётся расследование.', 4, 0),
]

GAPS_CLOSED = [  # gaps until round 64: a marked member with its own conjunction hung on the verb as an oblique is a
    # conjunct of the noun the object ends on, marked as it is (parsed.marked_conjuncts_read_as_obliques)
 ('fr', "L'armée a confirmé la mort d'un commandant rebelle ainsi que de deux de ses combattants.", 3, 0),  # read 1 before round 64
]

GAPS = [  # each still misses (strict)
 ('en', 'A truck was driven into a crowd celebrating a national holiday; the driver was shot dead by police after killing 9 people and injuring 40.', 9, 40),  # the driver, the killer by his role, is counted with his victims: the toll's perpetrator rule reads the attacker words of the packs, not the subject of the deed (read 10)
 ('fr', "Une mère et ses quatre enfants ont été brûlés vifs dans l'incendie de leur case allumé par des assaillants.", 5, 0),  # the parser roots the sentence on "allumé", the mother its subject (read 4)
 ('ru', 'Боевики расстреляли супружескую пару и их дочь-подростка в собственном доме, сообщила полиция.', 3, 0),  # "пара" is no pair noun in the Russian pack (also "a couple of"), and the daughter's compound no person word (none read)
 ('ru', 'Военные подтвердили гибель командира боевиков вместе с двумя его охранниками.', 3, 0),  # "вместе с" no companion word of the Russian pack (read 1)
 ('en', 'Death toll in Somalia hotel siege climbs to 26, dozens hurt', 26, 61),  # "climbs" tagged a noun after "siege", "dozens hurt" the root (none read)
]

REPORT_GAPS = [  # each still misses (strict)
 ('en', '2025-06-10', 'Death toll in Somalia hotel siege climbs to 26, dozens hurt', 'Security forces ended the siege on Sunday after a 30-hour standoff.', 26, 61),  # the same headline over a body that counts no one
]

test_line_in_its_language, test_known_gaps = summary_tests(
    AGENCY_LINES + WIKI_LINES + OTHER_LANGUAGES + VICTIM_LISTS + WIRE_LINES + MENDED_SHAPES + AGENCY_LINES_SECOND
    + AGENCY_LINES_THIRD + HURT_LINES + LANGUAGES_SECOND + MENDED_SHAPES_SECOND + HEADLINES + GAPS_CLOSED, GAPS)
test_report_with_its_headline_and_date = dated_report_tests(
    REPORTS + SEQUEL_REPORTS + SEQUEL_REPORTS_IN_LANGUAGES + REPORTS_SECOND + MENDED_REPORTS + REPORTS_THIRD
    + HEADLINE_REPORTS + MENDED_HEADLINES)
test_isaf_line, _ = isaf_release_tests(ISAF_LINES)


@pytest.mark.xfail(strict=True, reason="known gap: see REPORT_GAPS")
@pytest.mark.parametrize("language,published,title,text,killed,injured", REPORT_GAPS)
def test_report_gaps(reader, language, published, title, text, killed, injured):
    r = read_in(reader, text, language, title, date.fromisoformat(published))
    assert (r.toll.killed.best, r.toll.injured.best) == (killed, injured)
