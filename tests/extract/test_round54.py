"""Sentences and reports of our own (fifty-fourth round), with the figures each must give, written by
hand before the mends that meet them ran on them.

Agency summaries in the shape of a conflict-event database's notes ("On 4 September, gunmen ...,
killing ..."), in English (AGENCY, 30 lines, one now in GAPS) and in French, Spanish, Russian and
Ukrainian (AGENCY_ABROAD, 30): 27 and 28 read as written before the round. Mended: "leaving two pupils
wounded" (the leave verb parsed as the clausal subject of its own state:
`parsed.states_hung_past_a_left_object`); "hirió de gravedad a un menor" read two hurt (a second object
with a preposition of its own beside the marked one is an oblique: `parsed.objects_with_prepositions`).
"with the military admitting the loss of seventeen soldiers" was read (a deed noun of death with a
count) and taken back: it cost the MUC-4 row round 27 names (GAPS). Read by the project's conventions,
not as first written: "nine soldiers and several attackers were killed" (12: "several" is 3 in the
best, both sides add); "une dizaine de victimes" (victims may be hurt or dead: none). The lines are
dated within the report's episode: dated months before it (as first written) they read none, as an
earlier episode should.

Then Wikipedia-style incident paragraphs (WIKI, 15: 10 as written, four by the contract: "more than
20" is 20, a bomber "killing herself" is the attacker, in the high only; "wounding five before police
shot him dead" read the five dead: a pronoun of another number is not the first verb's victims,
`relations.same_number`), verbs of killing outside the lists (VERBS, 25: 19; mended "finished off",
"picked off", "cut down" (phrasal verbs; the particle parsed as a preposition:
`parsed.objects_under_a_particle`), "bled to death" (a verb with "to death", no object and one person
for subject: the subject died), "with twenty-two people confirmed dead" (`parsed.absolute_participles`,
the packs' new `absolute_marks`); one gap). Reports (REPORTS, 20: 19 right; "Four protesters were
killed and eleven wounded ... 30 officers had been injured" read the officers as some of the eleven:
the kind of people a bare count leaves out, `part_of._elided_groups`, tells them apart). Lines written
after the mends: AFTER and, after the last mends, AFTER2. Then four probes that read as written or as
the contract reads them, kept (MUC_STYLE, HURT, LATIN_AND_SAHEL with one gap, ISAF_RELEASES: "multiple"
and "a number of" detainees are 3, not the 2 first written).
"""

from .helpers import dated_report_tests, isaf_release_tests, summary_tests

AGENCY = [  # en: 27 of 30 as written before the round (the loss line in GAPS)
 ('en', "On 4 September, unknown gunmen stormed a wedding party in a village of Zamfara state and shot dead eleven guests, among them the groom's father.", 11, 0),
 ('en', 'On 9 September, an IED planted on the road between Gao and Ansongo struck a minibus, killing its driver and five passengers and wounding two.', 6, 2),
 ('en', 'On 1 September, suspected militants beheaded two farmers who had gone to fetch firewood near Mocimboa da Praia.', 2, 0),
 ('en', 'On 2 August, a drone strike hit a house in the outskirts of the town, with local sources reporting the death of a senior commander and his driver.', 2, 0),
 ('en', 'On 17 August, the bodies of four men bearing gunshot wounds were discovered in a ravine outside the city.', 4, 0),
 ('en', 'On 30 August, security forces opened fire on demonstrators, leaving three dead and at least twenty injured.', 3, 20),
 ('en', 'On 12 September, a mortar round landed in a crowded market, claiming the lives of seven civilians, including two children.', 7, 0),
 ('en', 'On 6 September, a police officer succumbed to wounds sustained in an attack on his post two days earlier.', 1, 0),
 ('en', 'On 25 August, clashes between two herder communities left nine people dead in the district.', 9, 0),
 ('en', 'On 14 September, armed men ambushed a military convoy; the army said nine soldiers and several attackers were killed.', 12, 0),  # first written 9: "several" attackers are 3 in the best, both sides add
 ('en', 'On 3 September, a suicide bomber blew himself up at a checkpoint, killing two police officers.', 2, 0),
 ('en', 'On 11 September, a landmine explosion claimed the life of a shepherd grazing his flock near the border.', 1, 0),
 ('en', 'On 19 August, gunmen executed a village chief and his deputy in front of residents.', 2, 0),
 ('en', 'On 8 September, a soldier was shot and wounded by a sniper while on patrol.', 0, 1),
 ('en', 'On 27 August, militants abducted twelve passengers from a bus and later released eight of them; the bodies of the other four were found the next day.', 4, 0),
 ('en', 'On 15 August, a grenade attack on a bar wounded eight patrons.', 0, 8),
 ('en', 'On 5 September, the army reported having neutralised fourteen terrorists during an operation in the forest.', 14, 0),
 ('en', 'On 22 August, fighting between rival factions killed at least six people, including a civilian caught in the crossfire.', 6, 0),
 ('en', 'On 1 September, a roadside bomb exploded as a patrol passed, killing one soldier and injuring three others.', 1, 3),
 ('en', 'On 16 September, an airstrike on a rebel position reportedly killed around thirty fighters.', 30, 0),
 ('en', 'On 28 August, a man was lynched by a mob after being accused of theft.', 1, 0),
 ('en', 'On 10 September, police fired live rounds at protesters, fatally wounding a student.', 1, 0),
 ('en', 'On 23 August, two civilians died when their car hit an explosive device.', 2, 0),
 ('en', 'On 7 September, attackers set fire to a church during a service; eleven worshippers burned to death.', 11, 0),
 ('en', 'On 13 September, a journalist was found dead in his home with stab wounds.', 1, 0),
 ('en', 'On 18 August, a bomb hidden in a motorcycle went off near a school, leaving two pupils wounded.', 0, 2),
 ('en', 'On 26 August, gunmen on motorbikes attacked a gold mining site, killing fifteen miners and wounding ten.', 15, 10),
 ('en', 'On 20 August, unidentified assailants killed the imam of the village mosque.', 1, 0),
 ('en', 'On 4 September, shelling of residential areas killed a woman and her two daughters.', 3, 0),
]
AGENCY_ABROAD = [  # fr, es, ru, uk: 28 of 30 before
 ('fr', 'Le 12 septembre, des hommes armés non identifiés ont attaqué le village de Tin-Akoff, tuant quatre civils et en blessant deux autres.', 4, 2),
 ('fr', "Le 3 septembre, un engin explosif improvisé a heurté un véhicule de l'armée sur l'axe Djibo-Namsiguia, faisant trois morts parmi les soldats.", 3, 0),
 ('fr', 'Le 18 août, des jihadistes présumés ont exécuté le chef du village et son fils devant les habitants.', 2, 0),
 ('fr', 'Le 7 septembre, une frappe de drone a visé un rassemblement de combattants, faisant une dizaine de victimes selon des sources locales.', 0, 0),  # first written 10: "victimes" may be hurt or dead (round 18)
 ('fr', "Le 25 août, deux gendarmes ont perdu la vie lors d'une embuscade tendue près de la frontière.", 2, 0),
 ('fr', 'Le 9 septembre, les corps sans vie de cinq bergers ont été découverts dans la brousse.', 5, 0),
 ('fr', 'Le 14 août, des assaillants ont incendié le marché et abattu sept commerçants.', 7, 0),
 ('fr', 'Le 30 août, un soldat a été mortellement blessé par une mine artisanale.', 1, 0),
 ('fr', "Le 2 septembre, l'attaque d'un convoi humanitaire a coûté la vie à un chauffeur.", 1, 0),
 ('fr', 'Le 21 août, les affrontements entre deux communautés ont fait au moins onze morts et une vingtaine de blessés.', 11, 20),
 ('es', 'El 4 de septiembre, hombres armados irrumpieron en una vivienda y asesinaron a tres integrantes de una familia.', 3, 0),
 ('es', 'El 12 de agosto, un artefacto explosivo detonó al paso de una patrulla militar, dejando dos soldados muertos y cuatro heridos.', 2, 4),
 ('es', 'El 20 de agosto, fue hallado el cuerpo de un líder social con impactos de bala en una zona rural del municipio.', 1, 0),
 ('es', 'El 9 de septiembre, sicarios atacaron a balazos a los asistentes de una fiesta, matando a seis personas.', 6, 0),
 ('es', 'El 15 de agosto, un enfrentamiento entre grupos armados dejó al menos ocho muertos, según la policía.', 8, 0),
 ('es', 'El 2 de septiembre, un policía murió y otro resultó herido tras ser emboscados por delincuentes.', 1, 1),
 ('es', 'El 7 de septiembre, una mujer y su hija perdieron la vida al ser alcanzadas por disparos.', 2, 0),
 ('es', 'El 6 de septiembre, las autoridades confirmaron el asesinato de un periodista en su domicilio.', 1, 0),
 ('es', 'El 18 de agosto, presuntos guerrilleros ultimaron a dos campesinos en una vereda.', 2, 0),
 ('es', 'El 23 de agosto, la explosión de una mina antipersonal hirió de gravedad a un menor.', 0, 1),
 ('ru', '12 сентября боевики обстреляли село, в результате чего погибли двое мирных жителей.', 2, 0),
 ('ru', 'В ночь на 5 сентября в результате удара беспилотника ранены трое человек.', 0, 3),
 ('ru', '20 августа при подрыве автомобиля на мине погиб водитель, пассажир получил ранения.', 1, 1),
 ('ru', 'По данным местных властей, в результате обстрела погибли пять человек, ещё девять ранены.', 5, 9),
 ('ru', 'Неизвестные расстреляли главу сельской администрации и его водителя.', 2, 0),
 ('ru', 'Тела трёх мужчин с огнестрельными ранениями обнаружены в лесополосе.', 3, 0),
 ('uk', 'Внаслідок обстрілу загинули двоє цивільних, ще четверо дістали поранення.', 2, 4),
 ('uk', 'Ворожий дрон атакував автомобіль, водій загинув на місці.', 1, 0),
 ('uk', 'Унаслідок ракетного удару поранено семеро людей, серед них дитина.', 0, 7),
 ('uk', 'Під завалами знайшли тіла трьох людей.', 3, 0),
]
WIKI = [  # 10 of 15 as written; four by the contract; one mended
 ('en', "A suicide car bomber struck a checkpoint near the city's main market, killing 14 people, including six police officers, and leaving 37 others hurt.", 14, 37),
 ('en', 'Gunmen opened fire on worshippers leaving a mosque after Friday prayers. Eight people died at the scene and two more in hospital; another 19 were treated for wounds.', 10, 19),
 ('en', 'A bomb concealed in a rubbish bin exploded at a bus stop during the morning rush hour. Three commuters were killed and more than 20 hurt.', 3, 20),  # first written 21: "more than N" is N (CONTRACT)
 ('en', 'Militants attacked a police station with rockets and small arms. Five officers and two attackers were killed; nine officers sustained injuries.', 7, 9),
 ('en', 'A truck packed with explosives detonated outside a government compound. The blast killed 31 and injured over 100, many of them civil servants arriving for work.', 31, 100),  # first written 101: "over N" is N
 ('en', 'Two bombs went off minutes apart at a crowded bus terminal. The first killed four people; the second, aimed at those who rushed to help, killed nine more. Around 50 were wounded.', 13, 50),
 ('en', 'An assailant armed with a knife attacked passers-by outside a railway station, wounding five before police shot him dead.', 0, 5),  # first written 1 dead: the attacker shot dead ("him") is not counted
 ('en', 'A landmine blew up under a minibus carrying farm workers, killing all eleven on board.', 11, 0),
 ('en', 'A female suicide bomber detonated her vest inside a crowded market, killing herself and 12 shoppers and wounding 23.', 12, 23),  # first written 13: the bomber is the attacker, in the high only
 ('en', 'Rebels ambushed an army convoy on the highway, killing 17 soldiers. Eleven soldiers were reported missing and 8 were wounded.', 17, 8),
 ('en', 'A grenade was thrown into a crowd celebrating a local festival. One child died and 27 people were injured, four of them critically.', 1, 27),
 ('en', 'Gunmen stormed a hotel popular with foreigners and held guests hostage for several hours. By the time security forces ended the siege, 21 people were dead, among them three attackers, and 30 had been injured.', 21, 30),
 ('en', 'A bomb planted on a motorcycle exploded near a school as pupils were arriving, injuring 15 children and two teachers. No deaths were reported.', 0, 17),
 ('en', 'Two suicide bombers blew themselves up at the entrance of a shrine, killing 45 worshippers. More than 80 others were wounded.', 45, 80),  # first written 47 / 81: the bombers in the high only; "more than 80" is 80
 ('en', 'A rocket fired by militants struck a residential building, killing a woman and her three children and injuring six neighbours.', 4, 6),
]
VERBS = [  # 19 of 25 before; one left a gap (GAPS)
 ('en', 'A village midwife and her assistant were hacked to death by attackers armed with machetes.', 2, 0),
 ('en', 'Gunmen mowed down three teenage shepherds near the river.', 3, 0),
 ('en', 'The militiamen slaughtered twenty cattle herders in a dawn raid.', 20, 0),
 ('en', 'The attackers finished off two wounded guards before fleeing.', 2, 0),
 ('en', 'A roadside bomb tore through a minibus, leaving its fourteen passengers dead.', 14, 0),
 ('en', 'Two firefighters lost their lives while trying to put out the blaze started by the shelling.', 2, 0),
 ('en', 'The militia put six prisoners to death after a summary trial.', 6, 0),
 ('en', 'A sniper picked off two soldiers manning a checkpoint.', 2, 0),
 ('en', 'Nine protesters were cut down by machine-gun fire as they marched toward the palace.', 9, 0),
 ('en', 'Three of the wounded later died of their injuries in hospital.', 3, 0),
 ('en', 'A young man bled to death after being shot in the leg at a roadblock.', 1, 0),
 ('en', 'Eleven villagers were burned alive when the attackers torched their huts.', 11, 0),
 ('en', 'A shopkeeper was bludgeoned to death by a mob.', 1, 0),
 ('en', 'Four schoolchildren were among those killed when the shell hit the playground.', 4, 0),
 ('en', 'The bombing left a trail of destruction, with twenty-two people confirmed dead.', 22, 0),
 ('en', 'Fighters loyal to the warlord gunned down the district administrator and two of his guards.', 3, 0),
 ('en', 'Six civilians perished when their boat was shelled while crossing the river.', 6, 0),
 ('en', 'Rebels raided the clinic and shot dead a nurse, a patient and a security guard.', 3, 0),
 ('en', 'Seventeen miners were trapped and presumed dead after the explosion at the mine.', 17, 0),
 ('en', 'The strike wiped out a family of seven.', 7, 0),
 ('en', 'At least a dozen fighters were slain in the battle for the hilltop.', 12, 0),
 ('en', 'A police officer and a civilian were fatally stabbed during the riot.', 2, 0),
 ('en', 'The gunmen took the lives of two aid workers.', 2, 0),
 ('en', 'A soldier was crushed to death when a tank rolled over during the fighting.', 1, 0),
]
AFTER = [  # written after the first mends: 16 of 20 as written, one by the convention; then "finished off the
    # wounded driver" (the particle parsed as a preposition) and the officers after "30 wounded" were mended; the
    # loss lines and an armed group's count of its own fighters are in GAPS
 ('en', 'A shell landed in the courtyard, leaving three children wounded.', 0, 3),
 ('en', 'The explosion ripped through the bus station, leaving a guard dead and nine travellers hurt.', 1, 9),
 ('en', 'The family mourned the loss of their eldest son.', 0, 0),
 ('en', 'An off-duty officer bled to death before an ambulance could reach him.', 1, 0),
 ('en', 'A farmer froze to death after fleeing his village in the night.', 1, 0),
 ('en', 'The sniper picked off three militiamen from the roof of the mill.', 3, 0),
 ('en', 'Gunmen cut down two traffic policemen at a junction in the old city.', 2, 0),
 ('en', 'The assailants finished off the wounded driver with a knife.', 1, 0),
 ('en', 'The ceremony ended in chaos, with seven mourners confirmed dead.', 7, 0),
 ('en', 'The fire was put out by morning, with two guards found dead in the rubble.', 2, 0),
 ('en', 'A gunman shot three worshippers before troops shot him dead.', 0, 3),  # first written 3 dead: "shot" alone tells them hurt, as every round reads it
 ('es', 'La explosión hirió de gravedad a dos agentes de la policía.', 0, 2),
 ('es', 'Los sicarios mataron de varios disparos a un comerciante.', 1, 0),
 ('en', 'A mortar round hit the market, leaving five shoppers injured.', 0, 5),
 ('en', 'Two protesters were killed and 30 wounded, medics said. Police said 12 officers had been hurt by stones.', 2, 42),
]
AFTER2 = [  # written after the mends: 7 of 10 read as written; one of them (an armed group's count of its own
    # men) no longer, its mend taken back; the others in GAPS (one closed: GERUND_CLOSED)
 ('en', 'The raiders finished off three injured guards at the gate.', 3, 0),
 ('en', 'Two miners were killed and eight wounded in the attack. Six of the wounded are in serious condition.', 2, 8),
 ('en', 'A teenager bled to death on the pavement after the shooting.', 1, 0),
 ('en', 'The convoy was ambushed at dusk, with nine drivers later confirmed dead.', 9, 0),
 ('en', 'Seven policemen were killed and 15 wounded. Officials said 15 people had been hurt in all.', 7, 15),
 ('es', 'Un francotirador hirió de muerte a un soldado.', 1, 0),
]

MUC_STYLE = [  # upper-case newswire of our own in the MUC-4 manner: 12 of 12 read as written (held)
 ('en', 'SAN SALVADOR, 12 MAR 90 -- [TEXT] URBAN GUERRILLAS TODAY MACHINEGUNNED A NATIONAL POLICE PATROL IN SOYAPANGO, KILLING TWO AGENTS AND WOUNDING A THIRD, POLICE SOURCES REPORTED.', 2, 1),
 ('en', 'LIMA, 4 JUN 89 -- [TEXT] A CAR BOMB EXPLODED TONIGHT OUTSIDE THE OFFICES OF A STATE BANK IN DOWNTOWN LIMA. THE EXPLOSION LEFT THREE PASSERSBY DEAD AND CAUSED HEAVY DAMAGE TO NEARBY BUILDINGS.', 3, 0),
 ('en', 'BOGOTA, 21 AUG 89 -- [TEXT] FIVE PEASANTS WERE MURDERED YESTERDAY BY A GROUP OF ARMED MEN WHO BURST INTO A FARM NEAR SEGOVIA, ANTIOQUIA DEPARTMENT, THE ARMY REPORTED.', 5, 0),
 ('en', 'SAN SALVADOR, 2 FEB 90 -- [TEXT] THE ARMED FORCES PRESS OFFICE REPORTED THAT A SOLDIER DIED AND FOUR OTHERS WERE WOUNDED WHEN REBELS ATTACKED A MILITARY POST IN CHALATENANGO.', 1, 4),
 ('en', 'LA PAZ, 15 MAY 90 -- [TEXT] A DYNAMITE CHARGE WAS DETONATED AT DAWN TODAY AT THE DOOR OF A MORMON CHURCH IN EL ALTO. THERE WERE NO CASUALTIES, BUT THE BUILDING WAS BADLY DAMAGED.', 0, 0),
 ('en', 'BOGOTA, 3 SEP 89 -- [TEXT] JUDGE MARIA ELENA DIAZ WAS SHOT TO DEATH THIS MORNING AS SHE LEFT HER HOME IN MEDELLIN. HER TWO BODYGUARDS WERE ALSO KILLED IN THE ATTACK.', 3, 0),
 ('en', 'GUATEMALA CITY, 9 NOV 89 -- [TEXT] THE BODIES OF SEVEN PEOPLE, WHO HAD BEEN KIDNAPPED LAST WEEK BY UNIDENTIFIED MEN, WERE FOUND TODAY ON A ROAD NEAR ESCUINTLA.', 7, 0),
 ('en', 'SAN SALVADOR, 20 APR 90 -- [TEXT] A MAYOR AND HIS SECRETARY WERE ASSASSINATED BY FMLN GUERRILLAS IN THE TOWN OF SAN MIGUEL, ACCORDING TO A MILITARY SPOKESMAN.', 2, 0),
 ('en', 'LIMA, 28 JUL 89 -- [TEXT] SHINING PATH GUERRILLAS KILLED 14 VILLAGERS IN AN ATTACK ON A COMMUNITY IN AYACUCHO DEPARTMENT. THE GUERRILLAS ALSO SET FIRE TO SEVERAL HOUSES. THE VICTIMS INCLUDED FOUR WOMEN AND TWO CHILDREN.', 14, 0),
 ('en', 'TEGUCIGALPA, 6 JAN 90 -- [TEXT] TWO U.S. SOLDIERS WERE INJURED TODAY WHEN A GRENADE WAS THROWN AT THEIR VEHICLE ON THE OUTSKIRTS OF THE CAPITAL.', 0, 2),
 ('en', 'BOGOTA, 14 OCT 89 -- [TEXT] POLICE SAID THAT A BOMB PLACED IN A SHOPPING CENTER KILLED ONE PERSON AND INJURED 12 OTHERS. THE ATTACK WAS ATTRIBUTED TO DRUG TRAFFICKERS.', 1, 12),
 ('en', 'SAN SALVADOR, 11 NOV 89 -- [TEXT] HEAVY FIGHTING CONTINUED TODAY IN SEVERAL NEIGHBORHOODS OF THE CAPITAL. THE ARMED FORCES REPORTED THAT 35 REBELS AND 11 SOLDIERS HAVE DIED IN THE LAST 24 HOURS.', 46, 0),
]

HURT = [  # incident paragraphs with the hurt told many ways: 12 of 12 read as written (held)
 ('en', 'A bomb exploded on a crowded commuter train, injuring dozens; officials later put the number of wounded at 64.', 0, 64),
 ('en', 'The attack on the parade killed 9 people. A further 41 spectators needed hospital treatment.', 9, 41),
 ('en', 'Three attackers threw grenades into a packed stadium. Two spectators died and 58 were injured in the ensuing stampede and blasts.', 2, 58),
 ('en', 'A car bomb went off near a police academy as cadets were leaving, killing 6. Hospital officials said they had admitted 28 people with shrapnel wounds.', 6, 28),
 ('en', 'A suicide bomber on foot blew himself up in a queue outside a bank, killing 11 and wounding at least 30, most of them soldiers collecting their salaries.', 11, 30),
 ('en', 'Militants fired mortars at a camp for displaced people. One shell killed a mother and her baby; 16 residents were hurt by shrapnel.', 2, 16),
 ('en', 'A bomb attached to a bicycle exploded in a market, leaving 4 dead and 19 with injuries.', 4, 19),
 ('en', 'The gunmen sprayed a café with bullets, killing five customers. Seven more people suffered gunshot wounds, two of them life-threatening.', 5, 7),
 ('en', 'Two explosions struck a rally of an opposition party. The toll stood at 22 dead and more than 70 injured on Sunday night.', 22, 70),
 ('en', 'A rocket struck a wedding hall in the city, killing 3 guests. Health officials said 24 others were treated for injuries, including the bride.', 3, 24),
 ('en', 'The lorry was driven into a crowd at a Christmas market. Twelve people were killed and 56 wounded, some seriously.', 12, 56),
 ('en', 'An explosion at a checkpoint killed two soldiers and a civilian; eight people, including five soldiers, were wounded.', 3, 8),
]

LATIN_AND_SAHEL = [  # Spanish and French press lines: 19 of 20 read as written; one gap (GAPS)
 ('es', 'El ataque arrojó un saldo de cuatro muertos y nueve heridos, según fuentes oficiales.', 4, 9),
 ('es', 'Se reportaron tres personas fallecidas tras el enfrentamiento armado en la sierra.', 3, 0),
 ('es', 'El enfrentamiento dejó como saldo dos militares muertos y un civil herido.', 2, 1),
 ('es', 'Se registraron al menos cinco víctimas mortales en el ataque a la comunidad.', 5, 0),
 ('es', 'Un comando armado ultimó a balazos a un comisario ejidal y a su hijo.', 2, 0),
 ('es', 'En el hecho resultaron lesionados cuatro agentes de la Guardia Nacional.', 0, 4),
 ('es', 'La agresión cobró la vida de tres jornaleros agrícolas.', 3, 0),
 ('es', 'Dos presuntos delincuentes perdieron la vida al enfrentarse a la policía.', 2, 0),
 ('es', 'Fueron localizados sin vida los cuerpos de tres hombres que habían sido reportados como desaparecidos.', 3, 0),
 ('es', 'El atentado con coche bomba dejó un saldo de 11 personas lesionadas.', 0, 11),
 ('fr', 'On déplore trois morts et une dizaine de blessés, selon un bilan provisoire.', 3, 10),
 ('fr', "L'attaque a coûté la vie à cinq soldats et en a blessé sept autres.", 5, 7),
 ('fr', 'Deux des otages ont succombé à leurs blessures.', 2, 0),
 ('fr', 'Les affrontements se sont soldés par la mort de six assaillants.', 6, 0),
 ('fr', 'Le chauffeur du bus a été tué sur le coup, trois passagers ont été blessés.', 1, 3),
 ('fr', 'Les corps de quatre hommes portant des traces de balles ont été retrouvés dans un puits.', 4, 0),
 ('fr', "Une femme a trouvé la mort et son mari a été grièvement blessé dans l'attaque de leur domicile.", 1, 1),
 ('fr', "L'explosion a fait un mort et treize blessés, dont quatre dans un état grave.", 1, 13),
 ('fr', 'Au total, 23 personnes ont perdu la vie dans ces violences intercommunautaires, a annoncé le gouverneur.', 23, 0),
]

ISAF_RELEASES = [  # (published, title, text, killed low, detained low): all as the contract reads them
 ('2012-05-03', None, 'KABUL, Afghanistan (May 3, 2012) - An Afghan-led and coalition security force arrested a Taliban leader in Kandahar district, Kandahar province, today. The leader coordinated roadside bomb attacks against Afghan forces. The security force also detained two suspected insurgents.', 0, 3),
 ('2011-06-09', None, 'KABUL, Afghanistan (June 9, 2011) - Afghan and coalition forces detained multiple suspected insurgents while searching for a Haqqani network leader in Khost province today.', 0, 3),  # first written 2: CONTRACT reads "multiple", "a number of" as 3
 ('2012-08-14', None, 'KABUL, Afghanistan (Aug. 14, 2012) - A combined force captured a senior Taliban leader and one of his associates in Helmand province yesterday.', 0, 2),
 ('2011-10-02', None, 'KABUL, Afghanistan (Oct. 2, 2011) - Afghan and coalition forces killed one insurgent and detained three others during an operation in Zabul province yesterday.', 1, 3),
 ('2012-02-20', None, 'KABUL, Afghanistan (Feb. 20, 2012) - The security force apprehended a suspected insurgent who was found in possession of bomb-making materials.', 0, 1),
 ('2013-03-07', None, 'KABUL, Afghanistan (March 7, 2013) - Afghan National Security Forces took into custody a Taliban facilitator along with four suspected insurgents during a clearing operation in Paktiya province.', 0, 5),
 ('2011-11-11', None, 'KABUL, Afghanistan (Nov. 11, 2011) - Afghan and coalition forces detained a Taliban leader in Ghazni province. No shots were fired and no one was injured.', 0, 1),
 ('2012-07-22', None, 'KABUL, Afghanistan (July 22, 2012) - During the operation the force detained a number of suspected insurgents for further questioning.', 0, 3),  # first written 2: CONTRACT reads "multiple", "a number of" as 3
 ('2012-04-30', None, 'KABUL, Afghanistan (April 30, 2012) - A joint force detained 11 suspected insurgents, including two Taliban sub-commanders, in Wardak province today.', 0, 11),
 ('2011-09-05', None, 'KABUL, Afghanistan (Sept. 5, 2011) - Coalition forces killed two armed insurgents who engaged them and arrested a third in Paktika province.', 2, 1),
]

GERUND_CLOSED = [  # a gap until the round's end: "four people" parsed as the subject of "queuing", "picked off"
    # left with no object (parsed.objects_read_as_subjects_of_a_gerund); then five lines written after it, which
    # read right before the mend too
 ('en', 'Snipers picked off four people queuing for bread.', 4, 0),
 ('en', 'Militants gunned down two teachers walking to school.', 2, 0),
 ('en', 'Troops mowed down six protesters marching on the barracks.', 6, 0),
 ('en', 'Rebels hacked to death three women collecting water near the camp.', 3, 0),
 ('en', 'A sniper picked off a boy carrying water to his family.', 1, 0),
 ('en', 'Gunmen wounded five workers repairing the power line.', 0, 5),
]

SYNTAX = [  # sentences shaped unlike a plain wire line: 16 of 20 read as written before the mends; mended "killed
    # at least four and injured scores of others" (parsed.verbs_joined_to_a_count), "Not one of the eight hostages
    # survived" (grammar._none_of), "recovered twelve bodies so far, the mayor told reporters" ("so far," an earlier
    # episode only opening the sentence); "There were six of them" a gap
 ('en', '"We have recovered twelve bodies so far," the mayor told reporters.', 12, 0),
 ('en', 'Travelling in a convoy to the front, the soldiers were ambushed; three of them were killed.', 3, 0),
 ('en', 'Among the dead were two journalists and a translator, the ministry said.', 3, 0),
 ('en', 'Killed in the attack were a district judge and his driver.', 2, 0),
 ('en', 'Wounded in the blast were 14 people, including four children.', 0, 14),
 ('en', 'According to the hospital, the number of wounded has reached 47.', 0, 47),
 ('en', "The death toll from Saturday's bombing has climbed to 31, with dozens more still in hospital.", 31, 0),
 ('en', 'Dead: 5. Injured: 12. Missing: 3.', 5, 12),
 ('en', 'Seven people - four women and three children - were killed when the shell hit their house.', 7, 0),
 ('en', 'Of the 40 passengers on the bus, nine were killed and 22 injured.', 9, 22),
 ('en', 'Two were killed outright; a third died on the way to hospital.', 3, 0),
 ('en', 'Eleven people, most of them women, were injured in the stampede that followed the blast.', 0, 11),
 ('en', 'Not one of the eight hostages survived the rescue attempt.', 8, 0),
 ('en', 'Police put the number of dead at nine and the number of injured at 26.', 9, 26),
 ('en', 'Both the driver and his passenger were killed instantly.', 2, 0),
 ('en', 'The body count rose to 18 on Tuesday after two more bodies were pulled from the river.', 18, 0),
 ('en', 'An estimated 200 people were killed in the massacre, according to survivors.', 200, 0),
 ('en', 'The shelling killed at least four and injured scores of others.', 4, 69),  # first written (4, none): "scores" is 40-99, best 69 (CONTRACT); read 69 dead before the mend
 ('en', 'No fewer than 16 soldiers lost their lives in the ambush.', 16, 0),
 ('en', 'Twelve people have been killed so far, the mayor said.', 12, 0),  # the miss without a quote, read none before
]

AFTER3 = [  # written after those mends: 6 of 8 read as written, two gaps
 ('en', 'Eleven people have been killed so far in the clashes, medical sources said.', 11, 0),
 ('en', 'At least 40 people have been injured so far, the Red Crescent said.', 0, 40),
 ('en', 'The bombing killed three and wounded dozens of bystanders.', 3, 61),
 ('en', 'A suicide attack killed nine and injured 30 others at a police post.', 9, 30),
 ('en', 'So far this year, 200 civilians have been killed in the province, the UN said.', 0, 0),
 ('en', 'The fighting has so far left 25 dead, local officials said.', 25, 0),
]

SO_FAR = [  # "so far" and its kin in five languages, written after the mend: 9 of 10 read as written
 ('fr', "Douze personnes ont été tuées jusqu'à présent, a indiqué le maire.", 12, 0),
 ('fr', 'À ce stade, le bilan fait état de neuf morts et 30 blessés.', 9, 30),
 ('es', 'Hasta el momento se reportan siete muertos y 15 heridos, informó Protección Civil.', 7, 15),
 ('es', 'Por ahora, la cifra de fallecidos asciende a 11.', 11, 0),
 ('ru', 'На данный момент известно о шести погибших и 20 раненых.', 6, 20),
 ('ru', 'Пока что погибли восемь человек, сообщил губернатор.', 8, 0),
 ('uk', 'Наразі відомо про трьох загиблих, повідомили в ДСНС.', 3, 0),
 ('en', 'The toll so far stands at 14 dead and 40 wounded.', 14, 40),
 ('en', 'Rescuers have so far pulled seven survivors and three bodies from the debris.', 3, 0),
]

RU_UK = [  # Russian and Ukrainian agency lines of the border-clash kind: 14 of 15 read as written
 ('ru', 'В результате столкновений на границе погибли 24 гражданина Кыргызстана, еще 87 получили ранения, сообщил Минздрав.', 24, 87),
 ('ru', 'Таджикская сторона сообщила о 15 погибших и 30 раненых среди мирного населения.', 15, 30),
 ('ru', 'По последним данным, число жертв конфликта возросло до 46 человек.', 46, 0),
 ('ru', 'Погибшими числятся 12 военнослужащих, судьба еще троих неизвестна.', 12, 0),
 ('ru', 'Среди погибших — пятеро детей, сообщили в прокуратуре.', 5, 0),
 ('ru', 'Ранения получили 140 человек, из них 20 находятся в тяжелом состоянии.', 0, 140),
 ('ru', 'Боевики атаковали блокпост, убив двоих полицейских и ранив еще одного.', 2, 1),
 ('ru', 'При обстреле погиб мирный житель, еще двое пострадали.', 1, 2),
 ('ru', 'Скончался в больнице один из раненных накануне военнослужащих.', 1, 0),
 ('ru', 'Всего с начала обострения погибли не менее 81 человека.', 0, 0),  # first written 81: a count since the start of a period is read as a running total (round 53's
    # "depuis le début des violences"), none
 ('uk', 'Унаслідок обстрілу Херсона загинули двоє людей, ще семеро дістали поранень.', 2, 7),
 ('uk', "Російський дрон атакував автобус: загинув водій, поранено п'ятьох пасажирів.", 1, 5),
 ('uk', 'Кількість загиблих унаслідок удару по Дніпру зросла до 40.', 40, 0),
 ('uk', 'Під час евакуації поранено двох поліцейських.', 0, 2),
 ('uk', 'Тіла трьох цивільних виявили після деокупації села.', 3, 0),
]

CIVILIANS_CLOSED = [  # a gap until round 55: "civilians" is a whole group that later figures of any kind may
    # detail, so the army's "four soldiers" read as some of the twelve hurt; a state's forces are never some
    # of the civilians, nor another account of them (part_of._civilians_and_forces)
 ('en', 'Three civilians were killed and 12 injured, a doctor said. The army said four soldiers had been wounded.', 3, 16),
]

GAPS = [
    # (in order: "found with their throats slit", no verb of death; ("civilians" ... "four soldiers": closed in
    # round 55, CIVILIANS_CLOSED);
    # ("Snipers picked off four people queuing for bread": closed, GERUND_CLOSED); "семнадцати" tagged a verb;
    # then "the loss of N soldiers", "la perte de", "la pérdida de": read in this round, they cost a MUC-4 row
    # as in round 27 ("the army has suffered the loss of 220 soldiers", a war's running tally, gold 0), and
    # were taken back; last, an armed group's count of its own fighters or men, read as another account of
    # the army's figure: an armed group's count is another account whatever its words (round 8); last, "fait
    # état de quatre civils tués et de deux disparus" parsed with "tués" the root and "disparus" its object;
    # then "There were six of them", a count of victims told by an existential after them; "Not one of the six
    # passengers was found alive" (a negated state of the living, not a verb of surviving); "Not a single one
    # of the miners"; "So far, nine bodies have been recovered": "So far," opening the sentence marks a running
    # count of a longer period, as in "So far, over 1,000 people have died" (a MUC-4 build row))
 ('en', 'An elderly couple was found with their throats slit in their farmhouse.', 2, 0),
 ('ru', 'Армия признала потерю семнадцати военных.', 17, 0),
 ('fr', 'Un bilan officiel fait état de quatre civils tués et de deux disparus.', 4, 0),
 ('en', 'The victims, all of them farmers, were shot dead as they worked in their fields. There were six of them.', 6, 0),
 ('en', 'Not one of the six passengers was found alive.', 6, 0),
 ('en', 'Not a single one of the miners survived the blast.', 2, 0),
 ('en', 'So far, nine bodies have been recovered from the rubble of the market.', 9, 0),
 ('en', 'On 29 August, the insurgents overran an army base, with the military admitting the loss of seventeen soldiers.', 17, 0),
 ('en', 'Militants stormed the outpost, with the army later admitting the loss of eleven soldiers.', 11, 0),
 ('en', 'The rebels acknowledged the loss of four fighters in the clashes.', 4, 0),
 ('fr', "L'armée a reconnu la perte de neuf soldats dans l'embuscade.", 9, 0),
 ('es', 'El Ejército confirmó la pérdida de seis militares en el ataque.', 6, 0),
 ('fr', "L'armée a annoncé la perte de deux pilotes dans le crash de l'hélicoptère abattu.", 2, 0),
 ('en', 'Four soldiers were killed and six wounded in the ambush, the army said. The insurgents said 20 of their fighters had been wounded.', 4, 26),
 ('en', 'Five soldiers died and nine were hurt, the ministry said. The rebels said 14 of their men had been wounded.', 5, 23),
]

REPORTS = [  # (language, published, title, text, killed, injured): 19 of 20 before the round; the
    # protesters' report read 30 hurt (the officers as an account of the eleven); first written 11, the
    # officers' 30 add by the contract (both sides' hurt)
 ('en', '2023-05-04', 'Nine killed in attack on market',
  'Gunmen on motorcycles opened fire on a livestock market in the north-west of the country on Wednesday, killing nine people, police said. Fourteen others were wounded and taken to the regional hospital, a police spokesman told reporters. Two of the wounded are in critical condition. The attackers fled into a nearby forest. No group has claimed responsibility.', 9, 14),
 ('en', '2023-06-11', None,
  'A car bomb exploded outside a police station in the city on Sunday, killing at least eight people, officials said. Later in the day the provincial governor raised the toll to twelve, saying four of the injured had died in hospital.', 12, 0),
 ('en', '2023-02-20', None,
  'Five soldiers were killed when their vehicle hit a roadside bomb in the east on Monday, the army said in a statement. The soldiers were on their way back from a patrol. Last month, 14 soldiers died in a similar attack in the same district.', 5, 0),
 ('en', '2023-03-15', None,
  'Three people died and six were injured when a rocket hit a residential building late on Tuesday, regional authorities said. Among the dead was a ten-year-old boy, the governor wrote on Telegram. Rescuers worked through the night to clear the rubble.', 3, 6),
 ('en', '2023-08-09', None,
  'Seven civilians were killed in an airstrike on a village, according to local residents and a rights group. The military denied targeting civilians and said the strike had hit a rebel training camp. It did not give a toll.', 7, 0),
 ('en', '2023-10-02', None,
  'A journalist and his driver were shot dead on Sunday evening as they drove home from work, colleagues said. The journalist, 41, had received threats after reporting on local corruption, a press freedom group said. He is the third reporter killed in the country this year.', 2, 0),
 ('en', '2023-11-20', 'Four killed as protesters clash with police',
  'Four protesters were killed and eleven wounded when police opened fire on a crowd in the capital on Saturday, a hospital official said. The interior ministry said 30 officers had been injured by stones.', 4, 41),
 ('en', '2023-09-14', None,
  'Suspected jihadists killed six villagers in an overnight raid in the north, a local official said on Thursday. "They came at night, went from house to house and shot the men," he said. The dead included the village chief and his two sons.', 6, 0),
 ('en', '2023-04-22', None,
  "Fighting between the army and a paramilitary group in the capital has killed at least 15 civilians since Saturday, a doctors' union said. The union said the toll was likely to rise as many wounded could not reach hospitals.", 15, 0),
 ('en', '2023-07-30', None,
  "Three police officers were wounded when a grenade was thrown at their patrol in the southern city late on Saturday. A suspect was arrested near the scene, a police source said. None of the officers' injuries were life-threatening.", 0, 3),
 ('fr', '2023-03-14', 'Mali : six civils tués dans une attaque près de Mopti',
  "Six civils ont été tués et trois autres blessés dimanche lors d'une attaque d'hommes armés contre un village du centre du Mali, a-t-on appris de sources locales. Les assaillants, arrivés à moto, ont ouvert le feu sur des habitants réunis devant la mosquée. Les blessés ont été évacués vers le centre de santé de la commune.", 6, 3),
 ('fr', '2023-05-02', "Burkina : le bilan de l'embuscade s'alourdit",
  "Le bilan de l'embuscade tendue samedi contre un convoi de ravitaillement s'est alourdi à onze morts, selon une source sécuritaire. Un premier bilan faisait état de sept soldats tués.", 11, 0),
 ('fr', '2023-09-20', None,
  "Deux casques bleus ont péri lundi dans l'explosion d'un engin artisanal au passage de leur véhicule, a annoncé la mission de l'ONU. En 2022, quatorze casques bleus avaient été tués dans la région.", 2, 0),
 ('es', '2023-06-18', 'Asesinan a cinco personas en un bar',
  'Cinco personas murieron y dos más resultaron heridas la noche del sábado cuando un grupo de hombres armados disparó contra los clientes de un bar en el centro de la ciudad, informó la fiscalía estatal. Los heridos fueron trasladados a un hospital, donde se reporta su estado como grave.', 5, 2),
 ('es', '2023-02-07', None,
  'Tres militares murieron este lunes en un ataque con explosivos contra una patrulla en una zona rural, según el Ejército. En lo que va del año, 25 uniformados han muerto en ataques similares en la región.', 3, 0),
 ('es', '2023-10-11', None,
  'Un policía muerto y cuatro heridos dejó el ataque de un grupo armado contra una estación de policía en la madrugada de este miércoles, confirmaron las autoridades.', 1, 4),
 ('ru', '2023-04-09', 'Три человека погибли при обстреле города',
  'В результате обстрела города погибли три человека, еще семь получили ранения, сообщил глава администрации. Среди пострадавших есть ребенок. Снаряды повредили жилые дома и школу.', 3, 7),
 ('ru', '2023-08-22', None,
  'Четверо военнослужащих погибли при нападении боевиков на блокпост, сообщило министерство обороны. Нападавшие скрылись, их ищут.', 4, 0),
 ('uk', '2023-07-03', 'Удар по місту: двоє загиблих',
  "Унаслідок ракетного удару по місту загинули двоє людей, ще дев'ятеро поранені, повідомив начальник обласної військової адміністрації. Серед поранених — двоє дітей.", 2, 9),
 ('uk', '2023-11-15', None,
  'Внаслідок атаки дрона загинув водій вантажівки, повідомила поліція. Минулого тижня у цьому ж районі загинули троє людей.', 1, 0),
]

test_line_in_its_language, test_known_gaps = summary_tests(
    AGENCY + AGENCY_ABROAD + WIKI + VERBS + AFTER + AFTER2 + MUC_STYLE + HURT + LATIN_AND_SAHEL + GERUND_CLOSED + CIVILIANS_CLOSED
    + SYNTAX + AFTER3 + SO_FAR + RU_UK, GAPS)
test_report_with_its_headline_and_date = dated_report_tests(REPORTS)
test_isaf_release, _ = isaf_release_tests(ISAF_RELEASES)
