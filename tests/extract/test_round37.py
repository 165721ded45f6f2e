"""Sentences and reports of our own (thirty-seventh round), with the figures each must give,
written by hand before the mends that meet them ran on them.

First batch: wire lines of single incidents, lists, asides and clauses with their verb left out
("The driver was killed, as was a woman sitting beside him"), news lines in French, Spanish, Russian
and Ukrainian, incident lines in the manner of a yearly list (most with their wounded), dated event
notes in the manner of conflict-event summaries, and figures placed in a series by an apposition
("killed 12 people, the deadliest attack in the city this year"). 22 of 269 missed on first run
(the event notes at their corrected dates), four of them by our own expectations (below). The
series lines (SERIES_APPOSITIONS) were written after the first of them ("the first death in the
area this month") missed, before the mend ran; the two lines with "last year" guard the earlier
episode.

Second batch: event notes dated in full, more news lines in the four other languages, numbers that
count no casualty, figures beside a longer period's running total, detained, kidnapped and missing
(with release lines in ISAF's manner), and 32 dated reports of several paragraphs with background
figures. 11 of 140 missed on first run, four by our own expectations (below). RUNNING_TOTALS was
written after a report's "The WHO puts the overall toll at over 420" missed, before the mends ran.

Third batch: asides after an uncounted group word, verbs and nouns of crime and war news in French,
Spanish, Russian and Ukrainian ("privaron de la vida", "los dos occisos", "Ліквідовано двох
диверсантів", "Le corps criblé de balles d'un militant"), victims named by uncommon nouns and listed
subjects, wire items in capitals in the manner of 1989-91 newswire, and headlines whose body repeats
no figure: 9 of 61 missed on first run. ASIDES_OF_A_GROUP was written after the aside mend ran, to
try it (three of seven missed: two mended, one left as a gap); the listed subjects after "A lay
preacher and his nephew were hacked to death" missed. Left out: "Opposition leader denies link to
attack that killed 12", whose body dates the attack to last month (whether its 12 is the report's
toll, no rule of ours says).

Fourth batch: leads with parts, two accounts, later deaths and unknown numbers (the same in the four
other languages), and the wounded told by care, hospitals, burns and numbers of their own: 6 of 48
missed on first run, one by our own expectation: "The army said it lost two men, while the rebels
claimed to have killed 30 soldiers" gives 2 (an armed group's claim of its own deed widens the high
only, part_of._other_accounts; we had written 30).

Fifth batch: the seed's clash told in Russian, French and Spanish, and updates in Ukrainian and
Russian (SEED_AND_UPDATES): one of five missed on first run ("Kirguistán informó de 46 muertos entre
sus ciudadanos y Tayikistán de 35": the 35 read as a member of the first list, Kyrgyz; 58, now 81).

Sixth batch: vague amounts in the four other languages, and one verb's figures told place by place
("three people were killed in Kunduz, two in Baghlan and five in Takhar"): 6 of 19 missed on first
run, three by our own expectations ("Десятки людей", "Decenas de civiles", "Des dizaines de civils"
give 59: "tens" in CONTRACT.md's vague table; we had written 61, the table's "dozens"). The last six
place-by-place lines were written after the first three mends ran, to try them: two are left as gaps.

Set right after the run, each by a rule written before it: "Police said 3 attackers and 2
bystanders died in the shootout" gives 2 and "security forces killed all six attackers. Nine
civilians and a soldier died" gives 10 (attackers of civilians count in the high only, CONTRACT.md;
we had written 5 and 16); "A shooting at a shopping mall left 2 dead, including the gunman" gives 2
(a stated total that includes the attacker is the total, as in rounds 17, 25 and 26; we had written
1); "Six soldiers were killed ... 'Our men fought back and neutralised several assailants'" gives 9
(attackers killed in a fight with a state's forces count; we had written 6); a protester killed,
three others injured and "11 officers had been hurt by stones" gives 14 hurt (the officers are
casualties too; we had written 3); "the families of the 17 victims of Sunday's attack" gives 0
("victims" alone says no outcome, round 12's convention; we had written 17). Left out: "L'attaque
... a fait 17 victimes parmi les soldats" (the same convention; we had written 17 killed); a Sudan
report whose war began nine days before publication, "since the fighting began on April 15" (a
count since a named day is this episode's by the project's rule; we had written the day's 8).
Set after the first run because of the probe's own publication date, not the reader: the event
notes were first dated March to December against a September publication (three of four misses of
that batch: more than two months before it, an earlier episode by EPISODE_MONTHS); dated 2 to 15
September here. Ten are left as gaps (and "Двоє військових вважаються зниклими безвісти", two
missing, which the Ukrainian parser reads with no verb: no category gap test here); the mends are in
docs/EVAL.md, round 44."""
from .helpers import category_tests, dated_report_tests, summary_tests

# wire lines of single incidents, lists, asides and elided clauses
WIRE_LINES = [
 ('en', 'Suspected militants ambushed an army convoy near Mandera on Tuesday, killing seven soldiers and wounding four others, a military spokesman said.', 7, 4),
 ('en', 'Two farmers and a herder lost their lives when gunmen raided the village of Kulben overnight, residents said.', 3, 0),
 ('en', 'A roadside bomb claimed the lives of three police officers in Quetta on Monday.', 3, 0),
 ('en', 'The explosion at the market in Maiduguri killed at least 11 people and left 23 others hurt, emergency officials said.', 11, 23),
 ('en', 'Security forces shot dead two suspected kidnappers in a gunfight in Zamfara state, police said.', 2, 0),
 ('en', 'Ahmed Nur, 34, and his cousin Abdi, 19, were shot dead outside a mosque in Mogadishu.', 2, 0),
 ('en', "A policeman who was wounded in Sunday's grenade attack succumbed to his injuries on Tuesday.", 1, 0),
 ('en', 'The bodies of five men were found dumped on the outskirts of Culiacan, prosecutors said.', 5, 0),
 ('en', "The death toll from Friday's suicide bombing in Peshawar rose to 61, with more than 150 people injured, officials said.", 61, 150),
 ('en', 'Gunmen on motorbikes killed a local councillor and his driver in an ambush in northern Burkina Faso.', 2, 0),
 ('en', 'At least 20 civilians, most of them women and children, were killed in air strikes on a market in Tigray, aid workers said.', 20, 0),
 ('en', 'An Israeli air strike on a house in Rafah killed a family of six, according to the Gaza health ministry.', 6, 0),
 ('en', 'Two paramilitary troopers were injured when militants hurled a grenade at their patrol in Pulwama.', 0, 2),
 ('en', 'No casualties were reported in the attack on the police post in Sinai, a security source said.', 0, 0),
 ('en', 'A mortar shell landed near a school in Donetsk, injuring a teacher and three pupils, the city administration said.', 0, 4),
 ('en', 'The attack left a dozen people dead and more than 30 injured.', 12, 30),
 ('en', 'Among the dead were four policemen and a local journalist, the governor told reporters.', 5, 0),
 ('en', 'Clashes between rival gangs in Port-au-Prince killed at least 14 people over the weekend, a human rights group said.', 14, 0),
 ('en', 'One soldier was killed and two were wounded in an exchange of fire along the Line of Control, the army said.', 1, 2),
 ('en', 'Unidentified assailants stabbed a village elder to death in Helmand province late on Wednesday.', 1, 0),
 ('en', 'Police said 3 attackers and 2 bystanders died in the shootout.', 2, 0),
 ('en', 'A landmine blast in Kayin state killed a 10-year-old boy and injured his mother, local media reported.', 1, 1),
 ('en', 'Four members of a polio vaccination team were gunned down in Bajaur district.', 4, 0),
 ('en', 'Hospital sources put the number of wounded at 47.', 0, 47),
 ('en', 'The rebels executed nine villagers they accused of collaborating with the army.', 9, 0),
 ('en', 'A bomb hidden in a motorcycle went off near a checkpoint in Idlib, killing a Turkish soldier.', 1, 0),
 ('en', 'Rescuers recovered two more bodies from the rubble, raising the toll to 19.', 19, 0),
 ('en', 'Protesters said security forces had killed 4 demonstrators, a claim the government denied.', 4, 0),
 ('en', 'Two journalists covering the protests were injured by rubber bullets.', 0, 2),
 ('en', 'In the attack, a guard and two visitors were killed and another guard was seriously hurt.', 3, 1),
 ('en', "The gunmen killed the pastor's wife and wounded the pastor himself before fleeing.", 1, 1),
 ('en', 'Eight Nigerian soldiers died and 12 sustained injuries when their vehicle hit an improvised explosive device.', 8, 12),
 ('en', 'A drone strike on a car in Shabwa killed three suspected al Qaeda members, tribal sources said.', 3, 0),
 ('en', 'The blast, which ripped through a crowded bus station, killed 17 people.', 17, 0),
 ('en', 'Seventeen people have been confirmed dead after the attack on the hotel.', 17, 0),
 ('en', 'Troops killed 12 insurgents and arrested 5 others in a raid on a hideout in Sambisa forest.', 12, 0),
 ('en', 'Gunmen abducted 14 passengers from a bus and later killed two of them.', 2, 0),
 ('en', 'At least three people were killed and dozens more wounded in the blast.', 3, 61),
 ('en', 'Nobody was hurt in the explosion, which damaged several shops.', 0, 0),
 ('en', 'Four civilians including two children were killed by shelling in Kharkiv region overnight, the governor said.', 4, 0),
 ('en', 'Two men, a father and his son, were shot dead at a roadblock near Bamenda.', 2, 0),
 ('en', 'At least 12 people, including three children, died when a shell hit their shelter.', 12, 0),
 ('en', 'The helicopter came down in a mountainous area, killing all nine people on board.', 9, 0),
 ('en', 'Both pilots were killed when their jet was shot down over the Kherson region.', 2, 0),
 ('en', 'An elderly couple were killed when a missile struck their home in Zaporizhzhia.', 2, 0),
 ('en', 'None of the passengers was hurt when gunmen fired on the train.', 0, 0),
 ('en', 'Two of the wounded are in critical condition, doctors said, after the blast injured 18 people.', 0, 18),
 ('en', 'Three policemen sustained gunshot wounds in the attack on their station.', 0, 3),
 ('en', 'Eleven people were hospitalised after the grenade exploded in a bar.', 0, 11),
 ('en', 'Six students suffered minor injuries during the stampede that followed the explosion.', 0, 6),
 ('en', 'The ambush left four soldiers wounded, one of them seriously.', 0, 4),
 ('en', 'Militants killed the district chief, his deputy and three bodyguards in an attack on their convoy.', 5, 0),
 ('en', 'The attackers killed 32 people at the church before security forces intervened.', 32, 0),
 ('en', 'Seven fishermen were reported missing and two others were found dead after the boat was attacked.', 2, 0),
 ('en', 'Fighting between the army and rebels in the town has killed more than 40 people since Thursday, the Red Cross said.', 40, 0),
 ('en', 'Officials said the suicide bomber killed 5 people and himself.', 5, 0),
 ('en', "A second police officer has died of wounds sustained in last week's ambush, bringing the number of police killed in the attack to three.", 3, 0),
 ('en', 'A 25-year-old woman was killed and her husband was injured when their car was hit by gunfire.', 1, 1),
 ('en', 'Witnesses said at least eight bodies lay in the street after the shooting.', 8, 0),
 ('en', 'The strike killed a senior Hezbollah commander and two of his aides, the group said.', 3, 0),
 ('en', 'Two soldiers and a civilian were wounded in the Russian shelling of the border town, the regional governor wrote on Telegram.', 0, 3),
 ('en', 'A car bomb killed nine people, among them two members of parliament, in the Somali capital.', 9, 0),
 ('en', 'Police found the bodies of three kidnapped engineers in a ditch.', 3, 0),
 ('en', 'Gunfire from across the border killed a 7-year-old girl playing outside her home.', 1, 0),
 ('en', 'At least 27 worshippers were killed and 50 were wounded when gunmen stormed the mosque during Friday prayers.', 27, 50),
 ('en', 'The local hospital said it had treated 16 wounded people and received four bodies.', 4, 16),
 ('en', 'A teenage boy died and four people were injured in a knife attack at a shopping centre.', 1, 4),
 ('en', 'Insurgents beheaded a village headman in Cabo Delgado province, residents said.', 1, 0),
 ('en', 'The militants set fire to houses and killed 15 villagers, local officials told AFP.', 15, 0),
 ('en', 'A soldier was killed by a sniper near Avdiivka, the military said.', 1, 0),
 ('en', 'The two gunmen were killed in a firefight with police after they attacked a checkpoint.', 2, 0),
 ('en', 'A tribal elder and his two sons were killed when their car hit a landmine.', 3, 0),
 ('en', 'The army said it had killed 23 militants in air strikes over the past two days.', 23, 0),
 ('en', 'Dozens of people were injured in clashes between police and protesters, hospital officials said.', 0, 61),
 ('en', 'Three aid workers were killed and a fourth is missing after their convoy was attacked.', 3, 0),
 ('en', 'Two people died of their wounds in hospital, raising the death toll from the market bombing to 14.', 14, 0),
 ('en', 'A bus carrying pilgrims was ambushed, killing the driver and injuring 12 passengers.', 1, 12),
 ('en', 'An Afghan police officer opened fire on his colleagues, killing seven of them.', 7, 0),
 ('en', 'The UN said 18 civilians had been killed in the region in the past week.', 18, 0),
 ('en', 'The massacre of 30 villagers in Ituri province drew condemnation from the United Nations.', 30, 0),
 ('en', 'Human rights groups demanded an inquiry into the deaths of three miners during the protest.', 3, 0),
 ('en', 'The murder of a prominent judge in Guayaquil has shocked the country.', 1, 0),
 ('en', 'The number of people killed in the clashes stands at 37, according to the health ministry.', 37, 0),
 ('en', 'Police opened fire on the crowd, leaving six dead and at least 20 wounded.', 6, 20),
 ('en', 'Three members of the same family were among those killed in the air raid.', 3, 0),
 ('en', 'The army said it had recovered the bodies of 14 soldiers killed in the ambush.', 14, 0),
 ('en', 'A journalist and his cameraman were killed while covering the fighting in Khartoum.', 2, 0),
 ('en', 'Militants on Tuesday killed 11 construction workers at a camp in Balochistan.', 11, 0),
 ('en', 'Gunmen killed civilians in three villages, at least 25 according to a local official.', 25, 0),
 ('en', 'In Nangarhar, a bomb exploded in a mosque during prayers, killing the imam and wounding 9 worshippers.', 1, 9),
 ('en', 'Three Syrian soldiers were killed and seven others were injured in an Israeli strike near Damascus, state media said.', 3, 7),
 ('en', 'Two women and a child were injured by shrapnel in the town of Sderot.', 0, 3),
 ('en', 'The fighting has left at least 150 people dead, mostly combatants, over the past week.', 150, 0),
 ('en', 'Twenty-two soldiers were killed in the jihadist attack on their base, the defence ministry said in a statement.', 22, 0),
 ('en', 'Eyewitnesses said the soldiers shot a man dead and wounded his brother at a checkpoint.', 1, 1),
 ('en', 'Of the 12 people injured, four were children, a hospital official said.', 0, 12),
 ('en', 'The assault killed four policemen; three of the attackers also died.', 7, 0),
 ('en', 'A prison guard was killed and 40 inmates escaped when gunmen attacked the jail.', 1, 0),
 ('en', 'An attack by suspected herders on a farming community in Plateau state left 18 people dead.', 18, 0),
 ('en', 'A shell fired by separatists killed a woman waiting at a bus stop.', 1, 0),
 ('en', 'Two children playing with an unexploded shell were killed when it detonated.', 2, 0),
 ('en', 'Police said a suspect had been arrested over the killing of two tourists.', 2, 0),
 ('en', 'The blast killed both the bomber and a policeman who tried to stop him.', 1, 0),
 ('en', 'Four people were hurt, two of them critically, when the bomb went off.', 0, 4),
 ('en', 'The driver was killed, as was a woman sitting beside him.', 2, 0),
 ('en', 'A local chief was shot dead along with two of his guards.', 3, 0),
 ('en', 'The soldier died together with his interpreter when the bomb exploded.', 2, 0),
 ('en', 'An engineer as well as three labourers were abducted and killed by the gang.', 4, 0),
 ('en', 'The casualties (four dead and nine injured) were taken to the district hospital.', 4, 9),
 ('en', 'Police said the victims - two teenagers and an elderly man - were shot in the back.', 0, 3),
 ('en', 'The victims, two teenagers and an elderly man, died at the scene.', 3, 0),
 ('en', 'Six people lost their lives and 14 were injured when a bomb exploded on a crowded train.', 6, 14),
 ('en', 'A bomb hidden in a rubbish bin exploded, injuring seven people, three of them seriously.', 0, 7),
 ('en', 'Four people, among them a police officer, were wounded in the knife attack.', 0, 4),
 ('en', 'Separatist rebels killed a soldier and captured two others on Friday.', 1, 0),
 ('en', 'The explosion at the checkpoint left one soldier dead.', 1, 0),
 ('en', 'Fifteen people are now known to have died in the attack on the village.', 15, 0),
 ('en', 'Reports put the death toll at between 30 and 40.', 35, 0),
 ('en', 'A Palestinian was killed by Israeli fire, the first death in the area this month.', 1, 0),
 ('en', 'Kurdish officials said 12 of their fighters had been killed in the Turkish drone strikes.', 12, 0),
 ('en', 'The bombing killed one person, a 60-year-old man, and injured several others.', 1, 3),
 ('en', 'Around 200 people were injured in clashes between supporters of rival parties.', 0, 200),
 ('en', 'Troops repulsed the attack, killing 8 of the assailants.', 8, 0),
 ('en', 'At least one person was killed and a dozen others were injured when the grenade went off.', 1, 12),
 ('en', 'Villagers said gunmen had killed a further 9 people in a neighbouring village.', 9, 0),
 ('en', 'The rebels killed their hostages, seven aid workers, and dumped their bodies near the road.', 7, 0),
 ('en', 'Dozens of homes were burnt and three villagers were killed.', 3, 0),
 ('en', 'A police constable was martyred and another injured in the attack on a polio team.', 1, 1),
]

# news lines in French, Spanish, Russian and Ukrainian
FOUR_LANGUAGES = [
 ('fr', 'Des hommes armés ont tué sept civils dans le village de Tin-Akof, dans le nord du Burkina Faso, selon des sources locales.', 7, 0),
 ('fr', "Deux soldats ont perdu la vie et trois autres ont été blessés lors de l'attaque d'un poste militaire.", 2, 3),
 ('fr', "L'explosion d'un engin artisanal a coûté la vie à quatre gendarmes maliens.", 4, 0),
 ('fr', "Le bilan de l'attaque s'est alourdi à 23 morts, a indiqué le gouverneur.", 23, 0),
 ('fr', 'Un enseignant a été abattu devant son école par des individus armés non identifiés.', 1, 0),
 ('fr', 'Les corps de six hommes ont été retrouvés près de la frontière.', 6, 0),
 ('fr', "Aucune victime n'a été signalée après l'explosion.", 0, 0),
 ('fr', "Une frappe de drone a tué trois membres présumés d'un groupe jihadiste, selon l'armée.", 3, 0),
 ('fr', 'Une dizaine de personnes ont été blessées dans les affrontements.', 0, 10),
 ('fr', "Un policier blessé lors de l'attaque a succombé à ses blessures mardi.", 1, 0),
 ('es', 'Hombres armados asesinaron a cinco jóvenes en una fiesta en Guanajuato, informó la fiscalía.', 5, 0),
 ('es', 'Dos policías murieron y otros tres resultaron heridos en una emboscada en Michoacán.', 2, 3),
 ('es', 'La explosión de un coche bomba dejó al menos ocho muertos y 20 heridos en Cali.', 8, 20),
 ('es', 'Los cuerpos de cuatro hombres fueron hallados en una fosa en Zacatecas.', 4, 0),
 ('es', 'Un líder social fue asesinado a tiros frente a su casa en el Cauca.', 1, 0),
 ('es', 'La cifra de muertos por el ataque ascendió a 15, según las autoridades.', 15, 0),
 ('es', 'No se reportaron víctimas tras el ataque contra la estación de policía.', 0, 0),
 ('es', 'Un soldado perdió la vida y dos resultaron heridos en combates con disidentes de las FARC.', 1, 2),
 ('es', 'El ataque dejó una decena de heridos.', 0, 10),
 ('es', 'Sicarios mataron a un periodista y a su hijo en Veracruz.', 2, 0),
 ('ru', 'В результате обстрела Белгорода погибли три человека, ещё пятеро получили ранения.', 3, 5),
 ('ru', 'Боевики убили двух полицейских на посту в Дагестане.', 2, 0),
 ('ru', 'При взрыве на рынке пострадали 12 человек.', 0, 12),
 ('ru', 'Число погибших в результате удара выросло до 18.', 18, 0),
 ('ru', 'Тела четырёх мужчин были обнаружены в лесу.', 4, 0),
 ('ru', 'Пострадавших нет, сообщили в МЧС.', 0, 0),
 ('ru', 'Один военнослужащий погиб, ещё двое были ранены.', 1, 2),
 ('ru', 'Неизвестные застрелили главу сельского поселения.', 1, 0),
 ('uk', 'Внаслідок обстрілу Херсона загинули двоє людей, ще четверо поранені.', 2, 4),
 ('uk', 'Російський дрон атакував автобус, загинув водій.', 1, 0),
 ('uk', 'Кількість загиблих внаслідок удару зросла до 23.', 23, 0),
 ('uk', 'Поранено трьох цивільних, серед них дитина.', 0, 3),
 ('uk', 'Загиблих і постраждалих немає.', 0, 0),
 ('uk', 'Ворог убив двох мешканців села та поранив ще одного.', 2, 1),
 ('fr', 'Au moins quinze civils, dont quatre enfants, ont péri dans le bombardement du marché.', 15, 0),
 ('fr', "Un soldat français a été tué et deux autres blessés par l'explosion d'une mine au passage de leur véhicule.", 1, 2),
 ('fr', 'Les assaillants ont exécuté le chef du village ainsi que deux de ses fils.', 3, 0),
 ('fr', "L'attaque a fait au moins trente morts et une vingtaine de blessés, selon une source hospitalière.", 30, 20),
 ('fr', 'Trois casques bleus ont été grièvement blessés lorsque leur convoi a sauté sur un engin explosif.', 0, 3),
 ('fr', "Le corps sans vie d'un journaliste a été découvert dans une rivière.", 1, 0),
 ('fr', "Deux gendarmes ont trouvé la mort dans l'embuscade tendue par des jihadistes.", 2, 0),
 ('fr', 'Selon un nouveau bilan, le nombre de morts est passé à 41.', 41, 0),
 ('fr', 'Une frappe aérienne a tué un commandant rebelle et ses deux gardes du corps.', 3, 0),
 ('fr', 'Les affrontements entre éleveurs et agriculteurs ont fait douze morts.', 12, 0),
 ('es', 'Al menos 14 personas, entre ellas tres menores, murieron en el ataque armado contra un bar.', 14, 0),
 ('es', 'Un policía resultó muerto y otros dos heridos durante un enfrentamiento con delincuentes.', 1, 2),
 ('es', 'El ataque con drones dejó seis militares heridos en la región fronteriza.', 0, 6),
 ('es', 'Los atacantes ejecutaron al alcalde y a dos de sus escoltas.', 3, 0),
 ('es', 'El cadáver de un ambientalista fue localizado en un paraje de Oaxaca.', 1, 0),
 ('es', 'Murieron calcinados cuatro integrantes de una familia tras el ataque.', 4, 0),
 ('es', 'Ningún civil resultó herido en el bombardeo, según el ejército.', 0, 0),
 ('es', 'El saldo de la masacre se elevó a 11 muertos.', 11, 0),
 ('es', 'Tres militares perdieron la vida al pisar una mina antipersonal.', 3, 0),
 ('es', 'Un menor de 12 años murió por una bala perdida en medio de un tiroteo.', 1, 0),
 ('ru', 'В результате теракта погибли 15 человек, среди них трое детей.', 15, 0),
 ('ru', 'Двое военных получили тяжёлые ранения при подрыве автомобиля.', 0, 2),
 ('ru', 'Боевики расстреляли главу района и двух его охранников.', 3, 0),
 ('ru', 'Число раненых увеличилось до 47 человек.', 0, 47),
 ('ru', 'В ходе перестрелки были убиты трое нападавших и один полицейский.', 4, 0),
 ('ru', 'Тело журналиста нашли в реке.', 1, 0),
 ('ru', 'Атака унесла жизни шести мирных жителей.', 6, 0),
 ('uk', 'Внаслідок ракетного удару загинули 12 людей, серед них двоє дітей.', 12, 0),
 ('uk', 'Троє військових отримали поранення під час обстрілу.', 0, 3),
 ('uk', 'Окупанти розстріляли трьох цивільних чоловіків.', 3, 0),
 ('uk', 'Кількість поранених зросла до 31.', 0, 31),
 ('uk', 'Тіло зниклого волонтера знайшли в лісі.', 1, 0),
 ('fr', 'Selon un responsable local joint par téléphone, les assaillants, arrivés à moto, ont abattu le maire du village, son adjoint et trois conseillers municipaux.', 5, 0),
 ('fr', "Les victimes (trois morts et huit blessés) ont été transportées à l'hôpital régional.", 3, 8),
 ('fr', 'Au total, 34 personnes ont été blessées, dont six grièvement, selon les secours.', 0, 34),
 ('fr', 'Un adolescent de 15 ans a été mortellement touché par une balle perdue.', 1, 0),
 ('es', 'Según la fiscalía, los agresores dispararon contra los asistentes, matando a seis personas e hiriendo a otras nueve.', 6, 9),
 ('es', 'Las víctimas (dos muertos y cinco heridos) fueron trasladadas al hospital general.', 2, 5),
 ('es', 'El ataque, atribuido al ELN, dejó como saldo dos policías muertos y cuatro heridos.', 2, 4),
 ('es', 'Un total de 23 personas resultaron heridas, siete de ellas de gravedad.', 0, 23),
 ('es', 'Fue asesinado a machetazos un campesino de 50 años.', 1, 0),
 ('ru', 'По данным местных властей, в результате атаки беспилотника погибли двое мирных жителей, ещё семеро получили ранения различной степени тяжести.', 2, 7),
 ('ru', 'Жертвами нападения стали пять человек.', 5, 0),
 ('ru', 'Всего пострадали 34 человека, шестеро из них в тяжёлом состоянии.', 0, 34),
 ('ru', 'Подросток 15 лет погиб от шальной пули.', 1, 0),
 ('ru', 'Погибли водитель и двое пассажиров.', 3, 0),
 ('uk', "За даними обласної адміністрації, внаслідок удару загинули троє людей, ще дев'ятеро дістали поранення.", 3, 9),
 ('uk', 'Жертвами обстрілу стали четверо цивільних.', 4, 0),
 ('uk', 'Загалом постраждали 27 людей, шестеро з них у важкому стані.', 0, 27),
 ('uk', 'Загинули водій та двоє пасажирів.', 3, 0),
]

# incident lines in the manner of a yearly list, most with their wounded
INCIDENT_LINES = [
 ('en', 'Two bombs went off minutes apart near a bus terminal, wounding 26 people, four of whom later died.', 4, 22),
 ('en', 'A gunman opened fire inside a nightclub, killing 5 and injuring 18 before taking his own life.', 5, 18),
 ('en', 'A man drove a truck into a crowd at a Christmas market; 12 people died and 56 were injured.', 12, 56),
 ('en', 'An explosive device detonated under a police vehicle, injuring three officers and a passer-by.', 0, 4),
 ('en', 'A knife-wielding man attacked passengers on a train, wounding nine people before he was arrested.', 0, 9),
 ('en', 'Militants fired rockets at an airbase, injuring several soldiers.', 0, 3),
 ('en', 'A suicide bomber on a motorbike struck a NATO convoy, killing two foreign soldiers and wounding 12 Afghan civilians.', 2, 12),
 ('en', 'A grenade was thrown at a political rally, injuring at least 40 supporters of the opposition candidate.', 0, 40),
 ('en', 'A parcel bomb exploded at a post office, seriously injuring a clerk.', 0, 1),
 ('en', 'Gunmen attacked a wedding party, killing a guest and wounding the groom and two of his relatives.', 1, 3),
 ('en', 'A car bomb exploded outside a courthouse; 7 people were killed and at least 60 injured, 15 of them critically.', 7, 60),
 ('en', 'A bomb exploded in a crowded market, killing 22 people and injuring more than a hundred.', 22, 100),
 ('en', 'An attacker stabbed three people at a railway station before police shot him.', 0, 3),
 ('en', 'Two explosions at a marathon finish line killed three spectators and injured 264 others.', 3, 264),
 ('en', 'A mortar round hit a school playground, leaving eleven children injured.', 0, 11),
 ('en', 'A shooting at a shopping mall left 2 dead, including the gunman, and 4 wounded.', 2, 4),
 ('en', 'A series of coordinated attacks on police stations killed 14 officers; 21 more were wounded.', 14, 21),
 ('en', 'Insurgents ambushed a convoy of fuel tankers, killing 3 drivers and wounding 2 security guards.', 3, 2),
 ('en', 'A rocket struck a residential building, injuring a woman and her two children.', 0, 3),
 ('en', 'An arson attack on a mosque caused no casualties.', 0, 0),
 ('en', 'A suicide attacker blew himself up among worshippers, killing 40 and injuring over 70.', 40, 70),
 ('en', 'Police said 15 people were treated for injuries after the explosion.', 0, 15),
 ('en', 'The gunman shot and wounded four people in the lobby before he was overpowered.', 0, 4),
 ('en', 'A bomb planted on a bicycle exploded near a mosque, killing one person and injuring 11 others, including two children.', 1, 11),
 ('en', 'Three people were hurt, one of them seriously, when a device exploded in a letterbox.', 0, 3),
]

# dated event notes in the manner of conflict-event summaries
EVENT_NOTES = [
 ('en', 'On 12 September, JNIM militants attacked a military post near Nara, Koulikoro region. Five soldiers were killed and several others were injured. The militants seized weapons and a vehicle.', 5, 3),
 ('en', 'On 4 September, an IED exploded under a minibus on the road between Kabul and Jalalabad, killing two civilians and injuring three others.', 2, 3),
 ('en', 'On 9 September, unidentified gunmen shot and killed a primary school teacher in his home in Khost city. The motive is unknown.', 1, 0),
 ('en', 'On 7 September, Israeli forces raided Jenin refugee camp. Three Palestinians, including a 16-year-old boy, were killed and 11 were wounded in the ensuing clashes.', 3, 11),
 ('en', 'On 15 September, clashes broke out between two communal militias over grazing land in Jonglei state. Local authorities reported 17 fatalities.', 17, 0),
 ('en', 'On 2 September, a suicide bomber detonated his vest inside a mosque in the police lines area of Peshawar. At least 84 people, most of them policemen, were killed.', 84, 0),
 ('en', 'On 9 September, FARC dissidents attacked a police station in Jamundi with explosives. One police officer was injured. No fatalities were reported.', 0, 1),
 ('en', 'On 9 September, al-Shabaab fighters stormed a hotel in Mogadishu. The siege lasted several hours; security forces killed all six attackers. Nine civilians and a soldier died.', 10, 0),
 ('en', 'On 3 September, a mob lynched two men accused of cattle theft in a village in Katsina state.', 2, 0),
 ('en', 'On 11 September, Sudanese Armed Forces shelled residential areas of Omdurman; a local resistance committee said 11 civilians were killed, among them four children.', 11, 0),
 ('en', 'On 9 September, police fired tear gas and live rounds at protesters in Nairobi, killing one demonstrator and injuring dozens.', 1, 61),
 ('en', 'On 9 September, an unknown armed group abducted 23 passengers from a bus in Benue state; two of the hostages were later found dead.', 2, 0),
 ('en', 'On 5 September, a Russian missile strike on a residential building in Dnipro killed 4 people and wounded 26, regional officials said. Rescue operations continued.', 4, 26),
 ('en', 'On 9 September, Pakistani security forces conducted an intelligence-based operation in North Waziristan. Four militants were killed in the exchange of fire, according to ISPR.', 4, 0),
 ('en', 'On 9 September, a grenade was thrown into a bar in Cucuta. There were no casualties.', 0, 0),
]

# a figure placed in a series by an apposition (its time the series'), and two guards
SERIES_APPOSITIONS = [
 ('en', 'A suicide bomber killed 12 people at a market, the deadliest attack in the city this year.', 12, 0),
 ('en', 'A Palestinian was killed by Israeli fire, the first death in the area this month.', 1, 0),
 ('en', 'Gunmen shot dead a journalist in Sinaloa, the fifth reporter killed in Mexico this year.', 1, 0),
 ('en', 'Two soldiers were killed in the ambush, the worst loss for the army this month.', 2, 0),
 ('en', 'The blast killed nine people, the latest in a string of attacks this year.', 9, 0),
 ('en', 'A teacher was killed on Monday, the second such killing this month.', 1, 0),
 ('fr', "Un kamikaze a tué douze personnes sur un marché, l'attaque la plus meurtrière dans la ville cette année.", 12, 0),
 ('es', 'Un atentado con coche bomba mató a nueve personas, el ataque más sangriento en la región este año.', 9, 0),
 ('ru', 'Взрыв унёс жизни семи человек, самый кровавый теракт в городе в этом году.', 7, 0),
 ('en', 'Gunmen killed five people, most of them farmers, in the same village last year.', 0, 0),
 ('en', 'A suicide bomber killed 30 people at the same market last year, the deadliest attack in the city.', 0, 0),
]

# event notes dated in full, in the manner of conflict-event summaries
EVENT_NOTES_DATED_IN_FULL = [
 ('en', 'On 5 September 2022, unidentified armed men shot and killed a civilian in Kombolcha town (Debub Wello, Amhara).', 1, 0),
 ('en', 'On 6 September 2022, Al Shabaab militants attacked an SNA base in Bulo Burto (Hiraan). Both sides sustained casualties; fatalities unknown.', 0, 0),
 ('en', 'On 7 September 2022, rioters clashed with police in Lagos. 3 injuries reported. [size=around 200]', 0, 3),
 ('en', 'On 8 September 2022, military forces raided a village near Kani (Sagaing) and killed 8 villagers, including 2 women. Houses were torched.', 8, 0),
 ('en', 'On 9 September 2022, an IED planted by suspected ISWAP detonated on the Maiduguri-Damboa road, killing 2 CJTF members and injuring 3 others.', 2, 3),
 ('en', 'On 10 September 2022, protesters gathered in front of the parliament in Colombo to demand the release of detained activists. [size=no report]', 0, 0),
 ('en', 'On 11 September 2022, police arrested 14 suspected members of a criminal gang in Nairobi.', 0, 0),
 ('en', 'On 12 September 2022, Russian forces shelled Nikopol (Dnipropetrovsk). 1 civilian was killed and 4 others were injured, according to the regional governor.', 1, 4),
 ('en', 'On 13 September 2022, unknown gunmen abducted a Catholic priest in Kaduna state. He was released two days later.', 0, 0),
 ('en', 'On 14 September 2022, Israeli forces shot and killed a Palestinian man during a raid in Jenin. 5 others were wounded.', 1, 5),
 ('en', 'On 15 September 2022, a landmine explosion killed 3 herders in Mopti region. The mine was reportedly planted by JNIM.', 3, 0),
 ('en', 'On 16 September 2022, clashes between Kyrgyz and Tajik border guards in Batken region resulted in an unknown number of fatalities.', 0, 0),
 ('en', 'On 16 September 2022, TTP militants attacked a police checkpost in Lakki Marwat; 2 policemen were killed. 1 militant was also killed in the exchange of fire.', 3, 0),
 ('en', 'On 17 September 2022, a mob beat to death a man accused of blasphemy in Sialkot.', 1, 0),
 ('en', 'On 17 September 2022, Fano militia and ENDF clashed near Debre Tabor. Several fatalities were reported on both sides.', 3, 0),
]

# news lines in French, Spanish, Russian and Ukrainian: provisional tolls, lists, later deaths
MORE_FOUR_LANGUAGES = [
 ('fr', "Le bilan provisoire fait état de neuf morts et d'une quinzaine de blessés.", 9, 15),
 ('fr', "Quatre personnes, dont un enfant de huit ans, ont trouvé la mort dans l'incendie criminel.", 4, 0),
 ('fr', 'Les combats ont coûté la vie à au moins 25 combattants des deux camps.', 25, 0),
 ('fr', 'Parmi les blessés figurent deux journalistes étrangers.', 0, 2),
 ('fr', "Un deuxième soldat a succombé à ses blessures, portant à deux le nombre de militaires tués dans l'embuscade.", 2, 0),
 ('fr', "Les forces de l'ordre ont interpellé onze personnes et blessé trois manifestants.", 0, 3),
 ('fr', 'Trois policiers ont été légèrement blessés et un manifestant grièvement.', 0, 4),
 ('es', 'El ataque cobró la vida de dos agentes de la Guardia Nacional.', 2, 0),
 ('es', 'Fallecieron en el lugar cinco de los ocupantes del vehículo.', 5, 0),
 ('es', 'Entre los heridos se encuentran tres menores de edad.', 0, 3),
 ('es', 'Con este hecho, suman 14 los policías asesinados en el estado en lo que va del mes.', 0, 0),
 ('es', 'Un segundo herido falleció en el hospital, con lo que la cifra de muertos asciende a tres.', 3, 0),
 ('es', 'Los agresores hirieron de bala a un taxista y a su pasajera.', 0, 2),
 ('ru', 'Убит один человек, ещё трое ранены.', 1, 3),
 ('ru', 'Двое военнослужащих были убиты боевиками во время патрулирования.', 2, 0),
 ('ru', 'Среди пострадавших — трое детей.', 0, 3),
 ('ru', 'Ещё один раненый скончался в больнице, число погибших возросло до трёх.', 3, 0),
 ('ru', 'Ранения получили пятеро полицейских и двое прохожих.', 0, 7),
 ('uk', 'Один військовий загинув, ще троє отримали поранення.', 1, 3),
 ('uk', 'Серед загиблих — дитина.', 1, 0),
 ('uk', "Ще одна поранена жінка померла в лікарні, кількість загиблих зросла до п'яти.", 5, 0),
 ('uk', "Поранення дістали п'ятеро рятувальників і двоє поліцейських.", 0, 7),
]

# numbers that count no casualty (durations, labels, ages, things, period totals), and victims alone
NUMBERS_OF_NO_ONE = [
 ('en', 'After a three-hour gun battle, troops took control of the compound about 2 km from the border.', 0, 0),
 ('en', 'Gunmen attacked the No. 10 police station on Route 5, but no one was hurt.', 0, 0),
 ('en', 'More than 1,000 families have fled their homes since the fighting began, the UN said.', 0, 0),
 ('en', 'The 30-year-old suspect was arrested at his home in the 9th district.', 0, 0),
 ('en', 'Police defused 4 bombs planted near a school, averting what could have been a massacre.', 0, 0),
 ('en', 'The attack on three villages killed 12 people.', 12, 0),
 ('en', 'Militants killed 5 of the 8 hostages before troops stormed the building.', 5, 0),
 ('en', 'Two years after the massacre of 45 villagers, no one has been tried.', 0, 0),
 ('en', 'Officials said 300 troops had been deployed to the area after the attack killed 6 people.', 6, 0),
 ('en', 'The 24 passengers on the bus escaped unhurt after the driver was shot in the arm.', 0, 1),
 ('en', "The president promised compensation for the families of the 17 victims of Sunday's attack.", 0, 0),
 ('en', 'At least 40 houses were burnt and 200 cattle stolen in the raid, but no casualties were reported.', 0, 0),
 ('en', 'The UN mission has recorded 1,203 civilian deaths in the region in the first half of the year.', 0, 0),
 ('en', 'A 7.2 magnitude earthquake struck the region, but the article concerns the 3 soldiers killed in a separate ambush.', 3, 0),
 ('en', 'The two suspects, aged 19 and 22, were charged with the murder of a shopkeeper last month.', 0, 0),
 ('en', 'Troops found 15 rifles and 3,000 rounds of ammunition in the hideout.', 0, 0),
 ('en', "Nobody was killed in Tuesday's blast, which damaged 8 shops.", 0, 0),
 ('en', 'The militants released 11 of the 20 hostages on Friday; the rest remain in captivity.', 0, 0),
 ('fr', "Plus de 2 000 familles ont fui leurs villages depuis le début des violences, selon l'ONU.", 0, 0),
 ('fr', 'Le suspect, âgé de 32 ans, a été interpellé dans le 18e arrondissement.', 0, 0),
 ('fr', "L'ONU a recensé 1 250 civils tués dans la région au premier semestre.", 0, 0),
 ('fr', "Deux ans après le massacre de 45 villageois, aucun procès n'a eu lieu.", 0, 0),
 ('fr', "Les démineurs ont neutralisé trois engins explosifs près d'une école.", 0, 0),
 ('es', 'Más de 3.000 personas han sido desplazadas por los combates, según la ONU.', 0, 0),
 ('es', 'El detenido, de 28 años, fue puesto a disposición de la fiscalía.', 0, 0),
 ('es', 'En el primer semestre se registraron 1.450 homicidios en el estado.', 0, 0),
 ('es', 'Los militares incautaron 12 fusiles y 5.000 cartuchos.', 0, 0),
 ('ru', 'Более 2000 человек покинули свои дома из-за боёв, сообщили в ООН.', 0, 0),
 ('ru', 'Задержанному 25 лет, он дал признательные показания.', 0, 0),
 ('ru', 'В первом полугодии в регионе погибли 340 мирных жителей, по данным миссии ООН.', 0, 0),
 ('ru', 'Саперы обезвредили четыре взрывных устройства возле школы.', 0, 0),
 ('uk', 'Понад 1500 людей евакуювали з прифронтових сіл.', 0, 0),
 ('uk', 'Затриманому 30 років, йому повідомили про підозру.', 0, 0),
 ('uk', 'У першому півріччі в області загинули 120 цивільних.', 0, 0),
]

# a figure beside a longer period's running total
RUNNING_TOTALS = [
 ('en', 'An Israeli strike on a house in Rafah killed 12 people on Sunday, bringing the overall death toll in Gaza since October 7 to 35,000, the health ministry said.', 12, 0),
 ('en', 'Twelve people were killed in an Israeli strike on a house in Rafah on Sunday. The overall toll in the territory has passed 35,000, the health ministry said.', 12, 0),
 ('en', 'Eight civilians were killed in clashes in Khartoum on Sunday. The union has counted more than 400 civilian deaths since the fighting began. The WHO puts the overall toll at over 420.', 8, 0),
 ('en', 'Russian shelling killed two civilians in Kherson on Monday, raising the total number of civilians killed in the city this year to 150.', 2, 0),
]

# detained, kidnapped and missing; release lines in ISAF's manner
OTHER_CATEGORIES = [
 ('en', 'Afghan and coalition forces detained three suspected insurgents during a search of a compound in Nad Ali district.', 'detained', 3),
 ('en', 'Afghan and coalition forces detained three suspected insurgents during a search of a compound in Nad Ali district.', 'killed', 0),
 ('en', 'The security force detained a Taliban facilitator and two associates after questioning the residents.', 'detained', 3),
 ('en', 'Police arrested a man suspected of planting the bomb and later detained his two brothers.', 'detained', 3),
 ('en', 'Gunmen kidnapped 11 aid workers and their driver on the road to Mopti.', 'kidnapped', 12),
 ('en', 'Three journalists have been missing since the shelling of the town, their employer said.', 'missing', 3),
 ('en', 'Soldiers rounded up about 40 young men during the sweep and took them to a military camp.', 'detained', 40),
 ('en', 'More than 200 students were abducted from their school in Kuriga.', 'kidnapped', 200),
 ('en', 'Two of the kidnapped passengers escaped, police said, after gunmen seized 18 people from a bus.', 'kidnapped', 18),
 ('en', 'Insurgents abducted a district official, who was later found dead.', 'killed', 1),
 ('en', 'Five suspects were taken into custody in connection with the attack.', 'detained', 5),
 ('fr', "Les forces de sécurité ont interpellé une dizaine de personnes après l'attentat.", 'detained', 10),
 ('fr', 'Des hommes armés ont enlevé quatre travailleurs humanitaires dans le nord du pays.', 'kidnapped', 4),
 ('es', 'La policía detuvo a siete presuntos integrantes de una banda criminal.', 'detained', 7),
 ('es', 'Un grupo armado secuestró a 20 pasajeros de un autobús.', 'kidnapped', 20),
 ('es', 'Tres personas permanecen desaparecidas tras el ataque.', 'missing', 3),
 ('ru', 'Полиция задержала троих подозреваемых в организации теракта.', 'detained', 3),
 ('ru', 'Боевики похитили пятерых строителей.', 'kidnapped', 5),
 ('uk', 'Правоохоронці затримали двох підозрюваних.', 'detained', 2),
 ('en', 'An Afghan and coalition security force killed several insurgents and detained two suspects during an operation in Kandahar province.', 'killed', 3),
 ('en', 'An Afghan and coalition security force killed several insurgents and detained two suspects during an operation in Kandahar province.', 'detained', 2),
 ('en', 'During the operation, the security force was engaged by insurgents with small-arms fire; the force returned fire, killing two insurgents.', 'killed', 2),
 ('en', 'The combined force detained a Haqqani network leader and one other suspected insurgent.', 'detained', 2),
 ('en', 'The combined force detained a Haqqani network leader and one other suspected insurgent.', 'killed', 0),
 ('en', 'Afghan National Army soldiers, advised by coalition forces, killed an insurgent who was observed emplacing an IED.', 'killed', 1),
 ('en', 'A precision air strike killed Mullah Abdul, a Taliban commander responsible for attacks on Afghan forces, and two of his associates.', 'killed', 3),
 ('en', 'No civilians were harmed during the operation, and the security force detained eight suspected insurgents.', 'detained', 8),
 ('en', 'No civilians were harmed during the operation, and the security force detained eight suspected insurgents.', 'killed', 0),
 ('en', 'No civilians were harmed during the operation, and the security force detained eight suspected insurgents.', 'injured', 0),
 ('en', 'Several insurgents were killed and a number of suspected insurgents were detained in the operation.', 'killed', 3),
 ('en', 'The security force also found and destroyed a cache of weapons; one insurgent was wounded and detained.', 'injured', 1),
 ('en', 'The security force also found and destroyed a cache of weapons; one insurgent was wounded and detained.', 'detained', 1),
 ('en', 'Initial reports indicate two insurgents were killed and one civilian was injured.', 'killed', 2),
 ('en', 'Initial reports indicate two insurgents were killed and one civilian was injured.', 'injured', 1),
 ('en', 'The assault force killed the targeted individual after he engaged them with an automatic weapon.', 'killed', 1),
 ('en', 'The detainee was taken into custody after the security force questioned the residents of the compound.', 'detained', 1),
 ('en', 'Three suspected insurgents were detained and one was killed when he fired on the force.', 'killed', 1),
 ('en', 'Three suspected insurgents were detained and one was killed when he fired on the force.', 'detained', 3),
]

# dated reports of several paragraphs, with background figures
REPORTS = [
 ('en', '2023-03-14', 'Gunmen kill nine at village market in central Mali', 'Gunmen on motorcycles attacked a weekly market in the village of Dioura on Monday, killing nine people and wounding 14, local officials said.\nThe attackers arrived at around midday and fired on traders and shoppers before setting stalls alight, a local councillor told reporters by telephone.\nAmong the dead were two women and a child, he said. The wounded were taken to a health centre in the nearby town.\nNo group has claimed the attack. Jihadist groups linked to al Qaeda and Islamic State have killed thousands of civilians in the region since 2012.', 9, 14),
 ('en', '2023-05-02', 'Death toll from Khartoum shelling rises to 23', 'The number of people killed in the shelling of a residential district in southern Khartoum on Sunday has risen to 23, a local medical group said on Tuesday.\nOn Sunday the group had reported 17 dead. At least 40 people were wounded, it said, some of them critically.\nThe army and the Rapid Support Forces blamed each other for the shelling.', 23, 40),
 ('en', '2022-11-20', 'Six soldiers killed in ambush in northern Burkina Faso', 'Six soldiers were killed on Saturday when their patrol was ambushed near Djibo, two security sources said.\nThe soldiers were escorting a supply convoy when they came under fire, one of the sources said. "Our men fought back and neutralised several assailants," he said.\nLast month, an attack on a convoy in the same area killed 27 soldiers and 10 civilians.', 9, 0),
 ('en', '2024-02-10', 'Three killed, 12 hurt in grenade attack on bus station', 'A grenade thrown into a crowded bus station killed three people and injured 12 on Friday evening, police said.\nTwo of the injured were in a critical condition, a hospital spokesman said. One of the dead was a 12-year-old boy travelling with his mother.\nPolice said they had arrested two suspects.', 3, 12),
 ('en', '2023-08-06', 'Protester killed as police break up rally', 'A protester was shot dead and three others were injured when police fired on demonstrators in the capital on Saturday, a rights group said.\nPolice denied using live ammunition and said 11 officers had been hurt by stones.\nThe opposition has called for more protests next week.', 1, 14),
 ('fr', '2023-06-18', "Douze civils tués dans une attaque dans l'est de la RDC", "Au moins douze civils ont été tués dans la nuit de vendredi à samedi lors d'une attaque attribuée aux rebelles des ADF dans un village du territoire de Beni, ont indiqué des sources locales.\nLes assaillants ont fait irruption dans le village vers 22 heures et ont tué les habitants à l'arme blanche, selon un responsable de la société civile. Cinq personnes blessées ont été évacuées vers l'hôpital de Beni.\nEn juin 2021, une attaque similaire avait fait une cinquantaine de morts dans la même zone.", 12, 5),
 ('es', '2023-10-09', 'Asesinan a cinco personas en un bar de Guanajuato', 'Un grupo armado irrumpió la noche del sábado en un bar de Celaya y asesinó a cinco personas, informó la fiscalía estatal.\nOtras dos personas resultaron heridas y fueron trasladadas a un hospital de la zona, donde se reportan estables.\nEn lo que va del año, más de 2.000 personas han sido asesinadas en el estado.', 5, 2),
 ('ru', '2023-07-22', 'Два человека погибли при обстреле приграничного села', 'Два человека погибли и шесть получили ранения в результате обстрела села в Белгородской области в пятницу, сообщил губернатор.\nПо его словам, среди раненых есть ребёнок. Пострадавших доставили в районную больницу.\nВ прошлом месяце при обстреле того же села погибли четыре человека.', 2, 6),
 ('uk', '2023-09-03', 'Внаслідок обстрілу Харкова загинули четверо людей', 'Четверо людей загинули, ще 11 дістали поранення внаслідок ракетного удару по Харкову в суботу, повідомив голова обласної військової адміністрації.\nСеред поранених — двоє дітей. Рятувальники продовжують розбирати завали.\nМинулого тижня внаслідок удару по місту загинули троє людей.', 4, 11),
 ('en', '2023-04-18', 'Toll in Kenya village raid climbs to 31', 'The death toll from an attack by bandits on a village in northern Kenya has climbed to 31 after more bodies were found in the bush, police said on Tuesday.\nPolice had initially said 11 people were killed in the raid on Saturday. A further 20 bodies were recovered on Monday and Tuesday, a regional police commander said.\nThe bandits also drove away hundreds of cattle.', 31, 0),
 ('en', '2023-02-21', 'Seven killed in two attacks in Somalia', 'A roadside bomb killed four soldiers near Baidoa on Monday, the army said. Separately, gunmen shot dead three civilians at a checkpoint in the Lower Shabelle region, residents said.\nAl Shabaab claimed the bombing.', 7, 0),
 ('en', '2023-07-03', 'Two dead in Marseille shooting', 'Two men were killed and five people injured in a shooting in a housing estate in the northern districts of Marseille overnight, prosecutors said.\nThe two victims, aged 19 and 23, were known to police. Drug-related shootings have killed 23 people in the city since January.', 2, 5),
 ('en', '2022-12-12', 'Four police hurt in Belfast petrol bomb attack', 'Four police officers were injured when petrol bombs were thrown at their vehicles in west Belfast on Sunday night.\nNone of the officers was seriously hurt, the police service said. A 17-year-old was arrested.', 0, 4),
 ('en', '2023-09-25', 'Fifteen killed in Pakistan mosque bombing', 'A suicide bomber blew himself up inside a mosque in northwestern Pakistan during Friday prayers, killing at least 15 worshippers and wounding 20, police said.\nThe bomber entered the mosque with the crowd and detonated his explosives as the prayer began, a police official said. Five of the wounded were in serious condition.\nIt was the third attack on a mosque in the province this year. In January, a bombing at a mosque in Peshawar killed more than 80 people.', 15, 20),
 ('fr', '2023-03-28', 'Burkina: huit civils tués par des hommes armés', 'Huit civils ont été tués samedi par des hommes armés dans le nord du Burkina Faso, ont rapporté des habitants.\nLes victimes, parmi lesquelles un chef coutumier, ont été abattues devant leurs domiciles. « Ils sont arrivés à moto et ont tiré sur tout ce qui bougeait », a raconté un rescapé.\nLes violences jihadistes ont fait plus de 10 000 morts depuis 2015 dans le pays.', 8, 0),
 ('es', '2023-06-12', 'Mueren tres militares en ataque con explosivos en Cauca', 'Tres militares murieron el domingo tras la explosión de un artefacto al paso de una patrulla en zona rural del Cauca, informó el Ejército.\nLos uniformados realizaban labores de control en la zona. El Ejército atribuyó el ataque a disidencias de las FARC.', 3, 0),
 ('ru', '2023-10-15', 'Трое полицейских погибли при нападении на пост в Дагестане', 'Трое сотрудников полиции погибли в результате нападения на пост ДПС в Дагестане в субботу, сообщили в МВД республики.\nНападавшие скрылись, ведётся их розыск. Возбуждено уголовное дело.', 3, 0),
 ('en', '2023-05-15', 'Bomb at Somali market kills 12', 'A car bomb exploded at a busy market in the town of Beledweyne on Sunday, killing 12 people and wounding 30, a local official said.\nThe explosion, which tore through stalls selling fruit and vegetables, also destroyed several vehicles. Most of the 12 dead were traders, the official said.\nThe attack bore the hallmarks of al Shabaab, which has killed thousands of people in bombings in Somalia.', 12, 30),
 ('en', '2023-01-09', 'Four killed as gunmen attack church in Nigeria', 'Gunmen attacked a church in southern Kaduna state during a Sunday service, killing four worshippers, police said.\nThe four were shot dead as the congregation fled, a church official said. Two women were abducted.\nPolice spokesman Mohammed Jalige said officers had been deployed to the area.', 4, 0),
 ('en', '2023-03-06', 'Nine killed in Cameroon separatist attack', 'Separatist fighters killed nine people, including a soldier, in an attack on a village in Cameroon\'s Northwest region, officials said on Monday.\nThe victims included a local chief. "They killed the chief and eight others and burnt houses," a resident said.', 9, 0),
 ('en', '2022-10-31', 'Two dead, 15 injured in Istanbul blast', "An explosion on a busy street in central Istanbul killed two people and injured 15, the city's governor said on Sunday.\nOf the injured, three were in serious condition. Authorities said the cause of the blast was under investigation.\nThe two people killed were a woman and her daughter, local media reported.", 2, 15),
 ('en', '2023-08-28', 'Toll from Sudan market strike reaches 17', 'At least 17 people were killed when an air strike hit a market in Nyala, medics said on Monday, raising an earlier toll of 10.\nThe earlier figure had been given by local residents on Sunday.', 17, 0),
 ('fr', '2023-04-03', 'Six soldats tués dans une embuscade au Niger', "Six soldats nigériens ont été tués et trois autres blessés dans une embuscade tendue par des jihadistes dans la région de Tillabéri, a annoncé dimanche le ministère de la Défense.\nLes six militaires sont tombés lors d'une patrouille près de la frontière malienne. Les blessés ont été évacués vers Niamey.", 6, 3),
 ('es', '2023-02-13', 'Asesinan a tres integrantes de una familia en Zacatecas', 'Tres integrantes de una familia fueron asesinados a balazos el domingo en su vivienda en Fresnillo, informó la fiscalía.\nLas tres víctimas, un hombre, su esposa y su hijo de 15 años, fueron atacadas por un grupo armado.', 3, 0),
 ('ru', '2023-06-05', 'Три человека погибли при обстреле Шебекино', 'Три человека погибли, ещё десять получили ранения в результате обстрела Шебекино в воскресенье, сообщил губернатор.\nВсе трое погибших — мирные жители. Среди раненых двое детей.', 3, 10),
 ('es', '2023-05-08', 'Matan a cuatro en ataque armado en Sonora', 'Cuatro hombres fueron asesinados a tiros la noche del sábado en un taller mecánico de Cajeme, informó la fiscalía estatal.\nSonora registra una ola de violencia que ha dejado más de 500 homicidios en lo que va del año, según cifras oficiales.\nEl municipio de Cajeme es uno de los más violentos del país, con 300 asesinatos el año pasado.', 4, 0),
 ('es', '2023-09-18', 'Dos soldados muertos en ataque del ELN en Arauca', 'Dos soldados murieron y uno resultó herido en un ataque con explosivos contra una base militar en Arauca, informó el Ejército.\nLa guerrilla del ELN, que mantiene diálogos de paz con el gobierno, ha sido responsable de decenas de ataques contra la fuerza pública este año.\nDesde 2022, más de 40 militares han muerto en la región.', 2, 1),
 ('ru', '2023-08-14', 'При атаке беспилотника погиб один человек', 'Один человек погиб и двое получили ранения в результате атаки беспилотника на село в Курской области, сообщил губернатор.\nС начала года в результате обстрелов в регионе погибли более 20 мирных жителей.\nВ прошлом месяце в соседнем районе при обстреле погибли трое.', 1, 2),
 ('uk', '2023-07-10', 'Ворог обстріляв Запоріжжя: троє загиблих', 'Троє людей загинули та восьмеро отримали поранення внаслідок ракетного удару по Запоріжжю в неділю, повідомила обласна адміністрація.\nВід початку повномасштабного вторгнення в області загинули понад тисячу цивільних.', 3, 8),
 ('fr', '2023-11-20', 'Sept civils tués dans le nord-est du Nigeria', "Sept civils ont été tués dimanche par des jihadistes présumés dans un village de l'État de Borno, ont indiqué des miliciens.\nLe conflit jihadiste, qui a débuté en 2009, a fait plus de 40 000 morts et deux millions de déplacés dans le nord-est du Nigeria.\nAu début du mois, une attaque similaire avait tué 12 pêcheurs dans la même région.", 7, 0),
 ('en', '2023-10-02', 'Five villagers killed in Indian Manipur', "Five villagers were shot dead by unidentified gunmen in Manipur's Bishnupur district on Sunday, police said.\nEthnic violence between Meitei and Kuki communities has killed more than 175 people in the state since May.", 5, 0),
]

# asides after an uncounted group word
ASIDES_OF_A_GROUP = [
 ('en', 'The victims (aged 5 and 7) were killed when the shell hit their house.', 2, 0),
 ('en', 'Civilians (at least ten) were killed in the crossfire, a witness said.', 10, 0),
 ('en', 'The victims - whose names were not released - died at the scene.', 2, 0),
 ('en', 'Gunmen killed villagers (most of them women) in the raid on Tuesday.', 2, 0),
 ('en', 'The casualties (all of them soldiers) were flown to the capital.', 0, 0),
 ('en', 'The wounded (about 20 people) were taken to two hospitals in the city.', 0, 20),
]

# verbs and nouns of crime and war news in French, Spanish, Russian and Ukrainian
VERBS_OF_FOUR_LANGUAGES = [
 ('es', 'Los dos occisos fueron identificados por sus familiares.', 2, 0),  # written with the mend ("occiso")
 ('es', 'Sujetos armados privaron de la vida a tres hombres en la colonia Centro de Uruapan.', 3, 0),
 ('es', 'Dos personas resultaron lesionadas por arma de fuego en el ataque.', 0, 2),
 ('es', 'Ultimaron a balazos a un comerciante en su negocio de Acapulco.', 1, 0),
 ('es', 'Fueron localizados sin vida cuatro cuerpos con huellas de tortura.', 4, 0),
 ('es', 'El enfrentamiento dejó un saldo de siete presuntos delincuentes abatidos.', 7, 0),
 ('es', 'Tres elementos de la Guardia Nacional fueron emboscados; uno murió y dos quedaron heridos.', 1, 2),
 ('ru', 'В ходе спецоперации были ликвидированы трое боевиков.', 3, 0),
 ('ru', 'Уничтожены пятеро террористов, сообщили в НАК.', 5, 0),
 ('ru', 'Двое военнослужащих скончались от полученных ранений.', 2, 0),
 ('ru', 'Четыре человека госпитализированы с осколочными ранениями.', 0, 4),
 ('ru', 'Один человек смертельно ранен, ещё двое пострадали.', 1, 2),
 ('uk', 'Ліквідовано двох диверсантів.', 2, 0),
 ('uk', 'Троє людей госпіталізовані з мінно-вибуховими травмами.', 0, 3),
 ('uk', 'Від отриманих поранень помер ще один військовий.', 1, 0),
 ('fr', "Deux assaillants ont été neutralisés par les forces de l'ordre.", 2, 0),
 ('fr', 'Quatre personnes ont été hospitalisées, dont une en urgence absolue.', 0, 4),
 ('fr', "Le corps criblé de balles d'un militant a été retrouvé au bord d'une route.", 1, 0),
]

# victims named by uncommon nouns, and listed subjects
UNCOMMON_VICTIMS = [
 ('en', 'Gunmen killed a cobbler and two herdsmen near the market.', 3, 0),
 ('en', 'An off-duty constable was stabbed to death outside a bakery.', 1, 0),
 ('en', 'Militants shot dead three Hazara miners on their way to work.', 3, 0),
 ('en', 'A lay preacher and his nephew were hacked to death with machetes.', 2, 0),
 ('en', 'Two rickshaw pullers and a tea vendor were wounded by shrapnel.', 0, 3),
 ('en', 'Four Fulani were killed in a reprisal attack on a settlement.', 4, 0),
 ('en', 'A Yazidi and two Rohingya were among the dead.', 3, 0),
 ('en', 'An Uber driver was fatally shot during a carjacking.', 1, 0),
 ('en', 'Attackers torched a bus, burning six passengers to death.', 6, 0),
 ('en', 'A ferryman drowned after gunmen capsized his boat.', 1, 0),
 ('en', 'Two nuns and a novice were abducted and later killed.', 3, 0),
 ('en', "Gunmen executed the imam's nephew in front of worshippers.", 1, 0),
 ('en', 'A landmine killed a goatherd and maimed his brother.', 1, 1),
 ('en', 'The blast killed a bricklayer, a plumber and the site foreman.', 3, 0),
 ('en', 'Soldiers gunned down two suspected rustlers.', 2, 0),
 ('en', 'A farmer and his wife were shot dead in their field.', 2, 0),
 ('en', 'A trader and two customers were killed when the shop was bombed.', 3, 0),
 ('en', 'A retired teacher and her grandson were wounded in the shelling.', 0, 2),
 ('en', 'A shepherd and his two sons were killed by a landmine.', 3, 0),
 ('en', 'The border and the main bridge were closed after the attack killed one guard.', 1, 0),
 ('en', 'A taxi driver and his passenger were abducted and killed.', 2, 0),
 ('en', 'A pastor and three members of his congregation were murdered.', 4, 0),
]

# wire items in capitals in the manner of 1989-91 newswire; headlines whose body repeats no figure
MORE_REPORTS = [
 ('en', '1990-01-15', 'EL SALVADOR ARMY REPORTS CLASH', 'SAN SALVADOR, 14 JAN 90 (RADIO CADENA) -- [TEXT] THE SALVADORAN ARMED FORCES PRESS COMMITTEE HAS REPORTED THAT THREE SOLDIERS WERE KILLED YESTERDAY DURING A CLASH WITH URBAN COMMANDOS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT IN SAN MIGUEL DEPARTMENT. THE REPORT ADDS THAT THE GUERRILLAS SUFFERED AN UNDETERMINED NUMBER OF CASUALTIES.', 3, 0),
 ('en', '1989-11-20', 'JESUITS MURDERED', 'SAN SALVADOR, 16 NOV 89 (AFP) -- [TEXT] SIX JESUIT PRIESTS, INCLUDING THE RECTOR OF THE CENTRAL AMERICAN UNIVERSITY, WERE MURDERED EARLY TODAY BY A GROUP OF ARMED MEN WHO BROKE INTO THEIR RESIDENCE, THE ARCHBISHOPRIC REPORTED. THE BODIES OF THE PRIESTS WERE FOUND IN THE GARDEN.', 6, 0),
 ('en', '1990-03-10', 'BOMB DAMAGES BANK', 'BOGOTA, 9 MAR 90 (EFE) -- [TEXT] A POWERFUL BOMB EXPLODED LAST NIGHT AT A BRANCH OF THE BANCO CAFETERO IN NORTHERN BOGOTA, CAUSING SERIOUS DAMAGE BUT NO CASUALTIES, POLICE REPORTED. NO GROUP HAS CLAIMED RESPONSIBILITY.', 0, 0),
 ('en', '1989-09-05', 'TERRORISTS ATTACK PATROL', 'LIMA, 4 SEP 89 (PANAMERICANA TELEVISION) -- [TEXT] TWO POLICEMEN WERE KILLED AND FOUR OTHERS WOUNDED TODAY WHEN SHINING PATH TERRORISTS AMBUSHED A POLICE PATROL IN AYACUCHO DEPARTMENT. THE WOUNDED WERE TAKEN TO THE HUAMANGA HOSPITAL.', 2, 4),
 ('en', '1990-02-02', 'MAYOR ASSASSINATED', 'BOGOTA, 1 FEB 90 (INRAVISION) -- [TEXT] THE MAYOR OF THE TOWN OF SEGOVIA WAS SHOT DEAD TODAY BY UNIDENTIFIED GUNMEN AS HE LEFT HIS HOME. HE IS THE THIRD MAYOR MURDERED IN ANTIOQUIA THIS YEAR.', 1, 0),
 ('en', '1989-12-12', 'PEASANTS MASSACRED', 'TEGUCIGALPA, 11 DEC 89 (ACAN-EFE) -- [TEXT] A GROUP OF HEAVILY ARMED MEN MASSACRED 12 PEASANTS, INCLUDING FOUR WOMEN AND THREE CHILDREN, IN A HAMLET NEAR THE BORDER, A HUMAN RIGHTS ORGANIZATION DENOUNCED TODAY.', 12, 0),
 ('en', '2023-06-01', 'Five killed in attack on Burkina convoy', 'The convoy was attacked near Djibo on Tuesday, security sources said.', 5, 0),
 ('en', '2023-06-01', 'Four soldiers die in Mali ambush', 'Militants ambushed an army patrol near Timbuktu on Tuesday, the army said in a statement, adding that reinforcements had been sent.', 4, 0),
 ('en', '2023-06-01', 'Seven hurt as grenade thrown into Manila bar', 'A grenade was thrown into a bar in Manila late on Tuesday, police said. The attacker fled on a motorbike.', 0, 7),
 ('fr', '2023-06-01', 'Trois gendarmes tués dans une attaque au Bénin', 'Des hommes armés ont attaqué un poste de gendarmerie dans le nord du Bénin dans la nuit de mardi à mercredi, selon une source sécuritaire.', 3, 0),
 ('es', '2023-06-01', 'Asesinan a dos policías en Zacatecas', 'Los agentes fueron atacados a balazos cuando realizaban un patrullaje en el municipio de Fresnillo, informó la secretaría de seguridad.', 2, 0),
 ('ru', '2023-06-01', 'В Дагестане погибли двое полицейских', 'Сотрудники полиции подверглись обстрелу на посту в Махачкале, сообщили в МВД.', 2, 0),
]

THIRD_GAPS = [
 ('en', 'Doctors said 8 of the injured were in a critical condition, out of 52 people hurt.', 0, 52),  # (fourth batch)
 ('en', 'Police said the dead (a 45-year-old man and his 12-year-old son) were shot at close range.', 2, 0),
 ('es', 'Los occisos, dos hombres de entre 25 y 30 años, presentaban impactos de bala.', 2, 0),
 ('fr', 'Un homme a été tué par balle et sa compagne grièvement blessée.', 1, 1),
]


# leads with parts, two accounts, later deaths and unknown numbers; the same in the four other languages
LEADS_AND_ACCOUNTS = [
 ('en', 'At least 23 people, among them eight children, were killed and more than 40 wounded when the shells struck the camp.', 23, 40),
 ('en', 'Five soldiers were killed while 12 others were wounded in the overnight assault on the base.', 5, 12),
 ('en', 'The killing of three protesters on Friday sparked riots across the city.', 3, 0),
 ('en', 'Dead: 4; wounded: 17, according to the provincial health directorate.', 4, 17),
 ('en', 'Local officials said 9 people died, but residents said the toll was at least 14.', 14, 0),
 ('en', 'The army said it lost two men, while the rebels claimed to have killed 30 soldiers.', 2, 0),
 ('en', 'One person was killed on Sunday night and another succumbed to wounds early on Monday, bringing the toll to two.', 2, 0),
 ('en', 'The clashes, which erupted late on Saturday, left six people dead and dozens injured by Sunday morning.', 6, 61),
 ('en', 'Medics treated 31 people for gunshot wounds after security forces opened fire on the march.', 0, 31),
 ('en', 'A suicide bomber killed himself and four other people at a checkpoint.', 4, 0),
 ('en', 'None of the 40 passengers was hurt, but the driver was shot in the leg.', 0, 1),
 ('en', 'Three of the five people wounded in the attack were children, doctors said.', 0, 5),
 ('en', 'An unknown number of people were killed when the bridge was bombed.', 0, 0),
 ('en', 'The body count from the massacre has reached 52, the Red Cross said.', 52, 0),
 ('en', 'The militia killed 11 people in two villages: seven in Kamba and four in Moto.', 11, 0),
 ('fr', 'Au moins 23 personnes, dont huit enfants, ont été tuées et plus de 40 blessées lorsque les obus se sont abattus sur le camp.', 23, 40),
 ('fr', "Cinq soldats ont été tués tandis que douze autres ont été blessés dans l'assaut nocturne contre la base.", 5, 12),
 ('fr', 'Le meurtre de trois manifestants vendredi a déclenché des émeutes dans toute la ville.', 3, 0),
 ('fr', 'Les autorités locales parlent de neuf morts, mais des habitants évoquent au moins quatorze victimes décédées.', 14, 0),
 ('fr', 'Les secouristes ont soigné 31 personnes blessées par balles après que les forces de sécurité ont ouvert le feu.', 0, 31),
 ('fr', 'Un nombre indéterminé de personnes ont été tuées lors du bombardement du pont.', 0, 0),
 ('es', 'Al menos 23 personas, entre ellas ocho niños, murieron y más de 40 resultaron heridas cuando los proyectiles cayeron sobre el campamento.', 23, 40),
 ('es', 'Cinco soldados murieron mientras que otros doce resultaron heridos en el asalto nocturno a la base.', 5, 12),
 ('es', 'El asesinato de tres manifestantes el viernes desató disturbios en toda la ciudad.', 3, 0),
 ('es', 'Un número indeterminado de personas murió en el bombardeo del puente.', 0, 0),
 ('es', 'Los médicos atendieron a 31 personas por heridas de bala tras la represión de la marcha.', 0, 31),
 ('ru', 'По меньшей мере 23 человека, в том числе восемь детей, погибли, более 40 получили ранения при обстреле лагеря.', 23, 40),
 ('ru', 'Пятеро военных погибли, ещё двенадцать были ранены в ходе ночного штурма базы.', 5, 12),
 ('ru', 'Убийство трёх демонстрантов в пятницу спровоцировало беспорядки по всему городу.', 3, 0),
 ('ru', 'Неустановленное число людей погибли при бомбардировке моста.', 0, 0),
 ('uk', 'Щонайменше 23 людини, серед них восьмеро дітей, загинули, понад 40 отримали поранення внаслідок обстрілу табору.', 23, 40),
 ('uk', "П'ятеро військових загинули, ще дванадцятеро були поранені під час нічного штурму бази.", 5, 12),
 ('uk', "Вбивство трьох демонстрантів у п'ятницю спричинило заворушення по всьому місту.", 3, 0),
]

# the wounded told by care, hospitals, burns and numbers of their own
THE_WOUNDED_TOLD_OTHERWISE = [
 ('en', 'The explosion caused injuries to 12 people waiting at the bus stop.', 0, 12),
 ('en', 'The injured numbered 45, many of them with burns.', 0, 45),
 ('en', 'Nine people suffered burns when the petrol bomb hit the bus.', 0, 9),
 ('en', 'Seventeen people received medical attention after the blast, paramedics said.', 0, 17),
 ('en', 'Three policemen were taken to hospital after being hit by stones.', 0, 3),
 ('en', 'The attack on the rally left 28 people needing hospital treatment.', 0, 28),
 ('en', 'Twenty-six people were admitted to hospital with shrapnel wounds.', 0, 26),
 ('en', 'The gunman shot six people, two of whom died later in hospital.', 2, 4),
 ('en', 'Rescuers pulled 14 injured people from the rubble.', 0, 14),
 ('en', 'Among the 35 wounded were several foreign tourists.', 0, 35),
 ('en', 'A total of 61 people were hurt in the stampede that followed the explosions.', 0, 61),
 ('en', 'A car bomb wounded a dozen people outside a police station.', 0, 12),
 ('en', 'The wounded, some 30 in all, were taken to three hospitals.', 0, 30),
 ('en', 'The blast, which injured 19, was the second in a week.', 0, 19),
]


# the seed's clash told in Russian, French and Spanish (two sides' figures, parts, an earlier episode); updates
# in Ukrainian and Russian
SEED_AND_UPDATES = [
 ('ru', '2022-09-18', 'Число погибших в конфликте на киргизско-таджикской границе превысило 80', 'Киргизия сообщила о гибели 46 своих граждан, Таджикистан — о 35 погибших, большинство из которых мирные жители. Проверить эти данные независимо не удалось.\nПо данным таджикской стороны, 12 человек погибли при обстреле мечети, шестеро — в школе. В апреле 2021 года в столкновениях на границе погибли около пятидесяти человек.', 81, 0),
 ('fr', '2022-09-18', 'Au moins 81 morts dans les affrontements à la frontière kirghizo-tadjike', "Le Kirghizstan a fait état de 46 morts parmi ses ressortissants, le Tadjikistan de 35, pour la plupart des civils, des chiffres invérifiables de source indépendante.\nSelon Douchanbé, douze personnes ont été tuées dans une mosquée et six dans une école. En avril 2021, une cinquantaine de personnes avaient péri lors d'affrontements similaires.", 81, 0),
 ('es', '2022-09-18', 'Al menos 81 muertos en choques fronterizos entre Kirguistán y Tayikistán', 'Kirguistán informó de 46 muertos entre sus ciudadanos y Tayikistán de 35, en su mayoría civiles, cifras que no pudieron ser verificadas de forma independiente.\nSegún Dusambé, doce personas murieron en una mezquita y seis en una escuela. En abril de 2021, unas cincuenta personas murieron en enfrentamientos similares.', 81, 0),
 ('uk', '2023-03-06', 'Кількість загиблих внаслідок удару по Запоріжжю зросла до семи', "Кількість загиблих внаслідок ракетного удару по житловому будинку в Запоріжжі зросла до семи, повідомила обласна адміністрація в понеділок.\nРаніше повідомлялося про п'ятьох загиблих. Ще 12 людей отримали поранення, серед них дитина.", 7, 12),
 ('ru', '2023-03-06', 'Число жертв нападения на рынок выросло до девяти', 'Число погибших при нападении боевиков на рынок выросло до девяти, сообщили в местной администрации. Ранее сообщалось о шести погибших.\nДвое раненых скончались в больнице ночью.', 9, 0),
]

# vague amounts in Ukrainian, Russian, Spanish and French
VAGUE_IN_FOUR_LANGUAGES = [
 ('uk', "Внаслідок обстрілу загинули три людини, серед яких дитина, ще п'ятеро — поранені.", 3, 5),
 ('uk', 'Понад десяток людей дістали поранення під час атаки дронів.', 0, 10),
 ('uk', 'Близько двох десятків цивільних загинули внаслідок удару по вокзалу.', 20, 0),
 ('uk', 'Кілька людей отримали поранення, повідомили в поліції.', 0, 3),
 ('ru', 'При взрыве погибли несколько человек, ещё около тридцати получили ранения.', 3, 30),
 ('ru', 'Десятки людей пострадали в результате атаки.', 0, 59),
 ('ru', 'Погибли трое, в том числе ребёнок; пятеро ранены.', 3, 5),
 ('es', 'Una veintena de personas resultaron heridas en los disturbios.', 0, 20),
 ('es', 'Decenas de civiles murieron en los bombardeos del fin de semana.', 59, 0),
 ('es', 'Cerca de 30 personas murieron en el ataque, según testigos.', 30, 0),
 ('fr', 'Une trentaine de personnes ont été blessées dans la bousculade.', 0, 30),
 ('fr', 'Des dizaines de civils ont été tués dans les frappes du week-end.', 59, 0),
 ('fr', 'Plusieurs personnes ont été tuées et une quinzaine blessées.', 3, 15),
]

# one verb's figures told place by place, its verb left out after the first
PLACE_BY_PLACE = [
 ('en', 'In separate attacks on Sunday, three people were killed in Kunduz, two in Baghlan and five in Takhar.', 10, 0),
 ('en', 'Two soldiers died in Gao and a third in Menaka, the army said.', 3, 0),
 ('en', 'Gunmen killed four villagers in one district and six in another.', 10, 0),
 ('en', 'The strikes killed 7 people in Aleppo and at least 12 in Idlib, monitors said.', 19, 0),
 ('en', 'Three were wounded in the first blast and nine in the second.', 0, 12),
 ('en', 'One policeman was killed in Ramadi; in Falluja, two civilians died.', 3, 0),
 ('en', 'Police killed 3 militants and arrested 6 in a raid on a hideout.', 3, 0),
 ('en', 'The attack killed 4 people in the market and wounded 6 in the mosque.', 4, 6),
 ('en', 'Troops killed two fighters in the morning and three in the evening.', 5, 0),
 ('es', 'Tres personas murieron en Culiacán, dos en Mazatlán y cinco en Navolato.', 10, 0),
]

SIXTH_GAPS = [
 ('en', 'Five civilians were killed in Mosul, the army said, and a soldier in Tikrit.', 6, 0),
 ('fr', 'Trois personnes ont été tuées à Kidal, deux à Gao et cinq à Tombouctou.', 10, 0),
]


OPENING_DATE_CLOSED = [  # a gap until round 56: the killed dated by the opening date, the wounded beyond the
    # date's reach (read as current); the words a sentence opens on now date all of it (context._opening_time)
 ('en', 'On 5 December, a Russian missile strike on a residential building in Dnipro killed 4 people and wounded 26, regional officials said.', 0, 0),
]

CASES = (WIRE_LINES + FOUR_LANGUAGES + INCIDENT_LINES + EVENT_NOTES + SERIES_APPOSITIONS + EVENT_NOTES_DATED_IN_FULL
         + MORE_FOUR_LANGUAGES + NUMBERS_OF_NO_ONE + RUNNING_TOTALS + ASIDES_OF_A_GROUP + VERBS_OF_FOUR_LANGUAGES
         + UNCOMMON_VICTIMS + LEADS_AND_ACCOUNTS + THE_WOUNDED_TOLD_OTHERWISE + VAGUE_IN_FOUR_LANGUAGES + PLACE_BY_PLACE
         + OPENING_DATE_CLOSED)

# left as gaps: each still misses (strict)
GAPS = [
 ('fr', "Deux civils ont été tués, tout comme un militaire, lors de l'explosion d'une mine artisanale.", 3, 0),
 ('es', 'Un soldado murió, al igual que dos civiles, tras la explosión de un artefacto.', 3, 0),
 ('uk', 'Внаслідок атаки поранено 15-річного хлопця.', 0, 1),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS + THIRD_GAPS + SIXTH_GAPS)
test_other_categories_in_leads = category_tests(OTHER_CATEGORIES)
test_report_with_its_headline_and_date = dated_report_tests(REPORTS + MORE_REPORTS + SEED_AND_UPDATES)
