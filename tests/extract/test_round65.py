"""Sentences and reports of our own (sixty-fifth round), with the figures each must give, written by hand
before the mends that meet them ran on them.

Agency lines (AGENCY_LINES, 29 kept of 30: 28 as written, one mended; the thirtieth in GAPS), the issue's kinds of
plain sentences in other words (LINES_SECOND, 19 of 19), lines in French, Spanish, Russian and Ukrainian
(OTHER_LANGUAGES, 20: 19 as written, one mended), upper-case wire lines (WIRE_LINES, 6 of 6; WIRE_LINES_SECOND, 10 of
10), agency lines (LINES_THIRD, 19 kept of 25: 18 as written, one first written otherwise), lines in four languages
(LANGUAGES_SECOND, 17 of 17), Wikipedia-style lines (WIKI_LINES, 20 of 20), event notes as a coder writes them
(CODED_NOTES, 15 of 15), death words, tallies and lists (LINES_FOURTH, 20: 16 as written, three mended, one first
written otherwise), updates and parts in four languages (LANGUAGES_THIRD, 14 kept of 15: 13 as written, one
mended), parts, sums and sides (LINES_FIFTH, 18 kept of 20: 16 as written, one mended, one first written otherwise;
two in GAPS), agency lines (LINES_SIXTH, 15: 14 as written, one first written otherwise), relative clauses, sources
and earlier attacks (CLAUSES, 15: 13 as written, one mended, one first written otherwise), agency reports (REPORTS, 8:
7 as written, one first written otherwise; REPORTS_SECOND, 7 kept of 8: 6 as written, one first written otherwise;
REPORTS_THIRD, in four languages, 6 of 6), ISAF-style lines and releases (ISAF_LINES, 8 of 8; ISAF_RELEASES, 8 of
8). MENDED_SHAPES puts the mended shapes in other words and languages, written after the mends (20: 19 as written,
one mended after). Rows first written otherwise say why: each met a convention of the contract or the toll (the
rule of a fight, the perpetrator rule, "feared dead", CONTRACT.md's "hundreds", an ordinal's series).
Not kept, each because the line does not settle its figure: "shot nine of them" (whether they died, as round 64's
"shot 17 of them"), "has left more than 300 people dead since the start of the month" (a running total of a month
or a count of this fighting), "A woman and her baby daughter were among the dead" (a part of an untold whole), "a
day after four people were killed there in a similar attack" (a day apart may be one attack's wounded dying, as in
rounds 27 and 34), "killing 11 of them and injuring the rest" (arithmetic on the rest), "the rebels lost at least
seven fighters" (losses, and whether a clash is a fight by the toll's rule), "Quatre enfants figurent parmi les 11
victimes" (whether victims died), a report where the army claims "scores" of militants killed and the militants
two (two sides' claims on one group).
Mended, a structure, not a phrasing:
- "The number of dead ... has risen to 31, with dozens more wounded" (no hurt read): a vague plural before its
  participle with only words of addition between ("dozens more") is its subject counted (grammar._transitive);
- "El ataque dejó un saldo de tres policías muertos y dos civiles heridos" (no hurt read): a counted word joined to
  the state of a noun, right before a second state the parser hung on that noun, is the noun's conjunct and the
  second state its own (parsed.counted_members_on_a_state);
- "A wounded soldier succumbed on Thursday, the fourth member of the unit to die since the ambush" (read 2): an
  infinitive joined to the verb before with no conjunction, its subject opening after a comma, is a clause of that
  noun, and the noun an apposition of the verb's subject (parsed.infinitives_read_as_conjuncts);
- "The fatalities included two women and a child, the coroner's office said, bringing the total to 6" (read 3): an
  update verb after a source, hung on the saying verb, is the reported clause's (parsed.updates_hung_on_the_source);
  and a bare total takes its category from the state word that is the clause's subject ("The dead included",
  "The injured included") or from bodies found in a passive ("Two more bodies were found") (tolls._category);
- "killing everyone on board: the driver, a conductor and 16 passengers" (none read): the group a list after a colon
  names may be set by a phrase of its own ("everyone on board") (parsed.lists_after_a_colon);
- "загинули троє цивільних, серед них дитина, ще семеро поранені" (read 7 dead, no hurt): the comma that closes a
  blanked aside stays where a word of addition opens the next clause (parsed.mask_part_asides);
- "The explosion left two people dead, one of them a child, and wounded four" (read 3 dead), "left five people
  dead, two of them children", "wounded seven, one of them a child": a noun right after a number with its
  partitive pronoun, made the verb's second object or that number's own noun, names the number's people
  (parsed.parts_named_after_their_number);
- "killing 15 mourners, a week after a similar attack on a wedding killed 20" (read 35): a participle with an object
  of its own, hung as a clause of the last noun inside the phrase of an earlier-marking word, is a finite verb that
  the word marks, with the phrase's first noun its subject, so the earlier attack is told apart as round 63's
  "a week after clashes left 30 dead" (parsed.participles_read_as_verbs_after_a_preposition).
A second part: lines that tell no casualty of their own event (NO_CASUALTIES, 15 of 15), lines in four languages
(LANGUAGES_FOURTH, 15 kept of 16: 13 as written, two mended; the sixteenth in GAPS; LANGUAGES_FIFTH, 10 of 10),
relative clauses and places of care (CLAUSES_SECOND, 12: 9 as written, two mended, a third mended in the fourth part),
agency and four-language lines (LINES_SEVENTH, 13 of 13 kept as written; the fourteenth in GAPS), and the mended
shapes in other words and languages (MENDED_SHAPES_SECOND, 11 of 11 kept as written; a twelfth in GAPS). Mended:
- "Le chef du village et son adjoint ont été enlevés par des jihadistes, puis exécutés" (none read): a subject
  with conjuncts is plural, so a plural verb joined to the passive takes it (relations._agrees);
- "Военные сообщили о гибели двух военнослужащих и ранении ещё пятерых" (read 1 hurt): a number after a noun of
  harm, made that noun's count, names its victims (parsed.numbers_after_a_harm_noun);
- "the judge escaped with minor cuts" (no hurt read): "cut", "bruise" and "laceration" injuries of the English pack
  (its injury_nouns, and cues);
- "Among the 60 people admitted to hospital after the blast, nine later died" (read 69 dead, none hurt; first
  written 60 hurt, now by the rule that the hurt who die are no longer hurt): a counted noun that a participle of
  care sets ("people admitted to hospital") is hurt (grammar._to_hospital);
- a Wikipedia build row's "dead and multiple wounded" (no hurt read; in our own words "The bombing left three dead
  and multiple injured"): a vague head tagged an adjective, joined to the state before it, right before a second
  state hung on the same verb, is that state's subject, as "and several wounded" is read
  (parsed.vague_heads_joined_to_a_state).
Tried and taken back: "в том числе" and "у тому числі" as openings of a breakdown aside blanked for the parser,
as "среди них" is ("погибли двое военных, еще трое, в том числе офицер, ранены" read 5 dead, 1 hurt): blanked with
its closing comma, round 58's "Число раненых увеличилось до 15, в том числе трое детей, сообщили в минздраве" read
no hurt; the line kept in GAPS.
A third part: ISAF-style lines of the detained (ISAF_LINES_SECOND, 12 of 12), upper-case wire reports
(WIRE_REPORTS, 5: 4 as written, one mended), reports that tell their dead again (REPORTS_FIFTH, 7 of 7), agency lines
(LINES_EIGHTH, 12: 11 as written, one first written otherwise), lines in four languages (LANGUAGES_SIXTH, 14 of 14),
labelled and bracketed figures (LABELLED, 7 kept of 8; not kept: "3 killed (including the attacker)", whether a
whole that counts its attacker is lessened by him), and, written after the mend, victims whose own description
tells an earlier death (VICTIMS_PAST, 7 of 7; the code before the round read 3). Mended: "A JUDGE WHO WAS
INVESTIGATING THE MURDER OF A PRESIDENTIAL CANDIDATE WAS SHOT DEAD TODAY" (read 2): a noun of harm inside a clause
that describes the victim of another casualty word of the sentence, killed or hurt, tells that victim's past, not
the deed (reader._victims_past; first written for any victim: two MUC-4 build rows moved, one up and one down,
where the described are people arrested for "the murder of" a candidate, whose dead MUC-4 counts: narrowed to the
killed and the hurt, neither row moved; then round 32's "Взрыв, прогремевший на многолюдном рынке, унёс жизни 11
человек" read no dead: a noun of life or of bodies, and a clause that is itself a casualty word, left out).
A fourth part: the second part's gap "The two men, whose bodies were found in a car near the border, had been
abducted on Sunday" (read kidnapped only) mended: bodies whose owner is the relative pronoun of a clause on a noun
are that noun's (nouns.nominal through relations.resolve, which now resolves a possessive relative pronoun), and
"whose body" is an English cue; lines written after the mend
(WHOSE_BODIES, 4 kept of 6, as written; French "dont le corps" and Spanish "cuyo cuerpo" in GAPS).
"""

from .helpers import dated_report_tests, isaf_release_tests, summary_tests

AGENCY_LINES = [  # agency lines: 28 of 29 as written, one mended (a thirtieth in GAPS)
 ('en', 'Gunmen on a motorcycle shot dead a local journalist and his driver outside a radio station on Monday, police said.', 2, 0),
 ('en', 'Seven members of a village defence militia were killed when their vehicle struck a buried bomb, a local official said.', 7, 0),
 ('en', 'A 10-year-old boy was among three civilians killed by stray bullets during clashes in the old city.', 3, 0),
 ('en', 'The attack on the convoy left four soldiers dead and six wounded, according to an army statement.', 4, 6),
 ('en', 'Rebels ambushed a bus on the highway and killed its driver, then set the vehicle ablaze; the passengers escaped unharmed.', 1, 0),
 ('en', 'Two police officers and a civilian were killed and five other people injured when a suicide bomber struck a checkpoint.', 3, 5),
 ('en', 'At least a dozen people were wounded by shrapnel after a mortar shell exploded near a water distribution point.', 0, 12),
 ('en', 'An elderly couple died when their home was hit by artillery fire overnight, the regional governor said.', 2, 0),
 ('en', 'A UN peacekeeper was killed and three others were seriously injured in a rocket attack on their base.', 1, 3),
 ('en', 'Militants attacked a gas plant, killing eight workers and taking more than 30 foreigners hostage.', 8, 0),
 ('en', "Authorities raised the number of those killed in Saturday's bombing to 27.", 27, 0),
 ('en', 'Police recovered the bodies of four men with gunshot wounds from a ditch on the outskirts of the city.', 4, 0),
 ('en', 'A grenade attack on a rally killed one opposition supporter and injured 22 others, party officials said.', 1, 22),
 ('en', 'Eight people, including a pregnant woman, were killed when a shell struck a minibus at a crossroads.', 8, 0),
 ('en', 'The number of dead in the prison riot has risen to 31, with dozens more wounded, the justice ministry said.', 31, 61),  # mended: no hurt read ("dozens more" before its participle)
 ('en', 'Three children playing in a field were killed when an unexploded shell they had found went off.', 3, 0),
 ('en', 'The army said it had killed 45 insurgents in a week of air strikes, a figure that could not be independently verified.', 45, 0),
 ('en', 'A sniper killed a Red Cross volunteer who was trying to reach the wounded in the besieged district.', 1, 0),
 ('en', 'The bombing killed 14 people, among them six policemen, and wounded at least 50.', 14, 50),
 ('en', 'A local chief and two of his aides were hacked to death by machete-wielding assailants in the eastern province.', 3, 0),
 ('en', 'One soldier died of his wounds in hospital on Thursday, bringing to five the number of troops killed in the ambush.', 5, 0),
 ('en', 'Fighters loyal to the warlord killed at least 11 villagers and burned dozens of huts, a rights group said.', 11, 0),
 ('en', 'The explosion wounded 17 people, most of them students waiting for a bus.', 0, 17),
 ('en', 'Two brothers were shot dead at a fake checkpoint set up by gunmen on the road to the airport.', 2, 0),
 ('en', 'A bomb planted in a rubbish bin exploded in a busy shopping street, injuring nine passers-by.', 0, 9),
 ('en', 'A Palestinian man was killed by Israeli gunfire near the border fence, the health ministry said.', 1, 0),
 ('en', 'The airstrike hit a wedding party, killing 23 guests, including the bride.', 23, 0),
 ('en', 'Clashes between two armed factions in the capital left at least 32 people dead and 159 injured, the health ministry said.', 32, 159),
 ('en', 'Security guards shot and wounded a man who tried to climb the embassy wall.', 0, 1),
]

LINES_SECOND = [  # the kinds of plain sentences in other words: 19 of 19 as written
 ('en', 'Seven border guards of the State Security Service were killed and three were injured in the shelling, the agency said.', 7, 3),
 ('en', "A 12-year-old girl was shot to death in her family's courtyard during the raid.", 1, 0),
 ('en', 'Rebels killed a schoolteacher and abducted two of his pupils.', 1, 0),
 ('en', 'A customs officer and two of his colleagues died in the attack on the border post.', 3, 0),
 ('en', 'The assailants killed the mayor, her bodyguard and a passer-by before fleeing.', 3, 0),
 ('en', 'Authorities later raised the number of those killed to 17.', 17, 0),
 ('en', 'A pilot and his navigator died when their helicopter was shot down over the mountains.', 2, 0),
 ('en', 'Unknown gunmen killed a tax collector in the market town on Friday.', 1, 0),
 ('en', 'A shell hit the hospital, killing a nurse and wounding two patients.', 1, 2),
 ('en', 'The bodies of a journalist and his translator were found in a burned-out car.', 2, 0),
 ('en', 'Border police shot dead a smuggler and wounded his accomplice in a night-time chase.', 1, 1),
 ('en', 'A soldier and a police officer were wounded when their patrol came under fire in the north.', 0, 2),
 ('en', 'The strike killed a commander of the group along with his wife and three children.', 5, 0),
 ('en', 'A Syrian refugee family of five was killed when a rocket hit their tent.', 5, 0),
 ('en', 'Five miners were rescued alive, but the bodies of two others were pulled from the collapsed tunnel after the blast.', 2, 0),
 ('en', 'The attackers killed a guard at the entrance and then shot dead four worshippers inside the church.', 5, 0),
 ('en', 'An official said the attack on the fuel depot had killed one worker and injured seven.', 1, 7),
 ('en', 'A bomb killed a tribal leader and four of his relatives as they drove home from a funeral.', 5, 0),
 ('en', 'In the western town, a drone strike killed a senior militant and his bodyguard, security officials said.', 2, 0),
]

OTHER_LANGUAGES = [  # lines in French, Spanish, Russian and Ukrainian: 19 of 20 as written, one mended
 ('fr', 'Quatre soldats nigériens ont été tués et huit autres blessés lundi dans une embuscade près de la frontière malienne, a annoncé le ministère de la Défense.', 4, 8),
 ('fr', 'Un enseignant a été abattu par des hommes armés devant son école, selon des sources locales.', 1, 0),
 ('fr', "L'attaque a coûté la vie à sept civils, dont trois femmes, d'après un responsable local.", 7, 0),
 ('fr', 'Des jihadistes ont tué douze villageois et incendié des greniers dans la région de Mopti.', 12, 0),
 ('fr', "Le bilan de l'effondrement provoqué par la frappe est passé à 19 morts, ont indiqué les secours.", 19, 0),
 ('fr', "Un policier a succombé à ses blessures à l'hôpital, portant à trois le nombre de morts.", 3, 0),
 ('fr', "Une vingtaine de personnes ont été blessées par des éclats d'obus dans le quartier nord de la ville.", 0, 20),
 ('es', 'Sicarios asesinaron a un comerciante y a su esposa en el interior de su tienda, informó la policía municipal.', 2, 0),
 ('es', 'Cuatro militares resultaron heridos por la explosión de un artefacto en una carretera del norte del país.', 0, 4),
 ('es', 'La cifra de muertos por el ataque a la discoteca ascendió a 15, según la fiscalía.', 15, 0),
 ('es', 'Un niño de ocho años murió alcanzado por una bala perdida durante un tiroteo entre bandas.', 1, 0),
 ('es', 'El ataque dejó un saldo de tres policías muertos y dos civiles heridos.', 3, 2),  # mended: no hurt read ("dos civiles" joined to "muertos", "heridos" hung on "policías")
 ('es', 'Encontraron los cuerpos de cinco jóvenes desaparecidos la semana pasada en una fosa clandestina.', 5, 0),
 ('ru', 'В результате взрыва в торговом центре погибли четыре человека и ещё 23 получили ранения.', 4, 23),
 ('ru', 'Неизвестные застрелили главу сельской администрации у его дома.', 1, 0),
 ('ru', 'При обстреле погибла женщина, ранены двое детей, сообщил глава района.', 1, 2),
 ('ru', 'Число погибших в результате теракта возросло до 14 человек.', 14, 0),
 ('uk', 'Внаслідок атаки дронів загинули двоє рятувальників, ще троє поранені.', 2, 3),
 ('uk', "Ворог обстріляв Херсон: поранено п'ятьох людей, серед них дитина.", 0, 5),
 ('uk', 'Кількість загиблих внаслідок удару по Дніпру зросла до 40.', 40, 0),
]

WIRE_LINES = [  # upper-case wire lines: 6 of 6 as written
 ('en', 'THREE PEASANTS WERE KILLED AND TWO WOUNDED WHEN A GROUP OF TERRORISTS ATTACKED THE VILLAGE OF SAN JOSE, THE ARMY REPORTED.', 3, 2),
 ('en', 'POLICE SOURCES SAID THAT A BOMB EXPLODED IN FRONT OF THE BANK, CAUSING PROPERTY DAMAGE BUT NO CASUALTIES.', 0, 0),
 ('en', 'SOLDIERS KILLED FIVE GUERRILLAS IN A CLASH NEAR THE BORDER, ACCORDING TO A MILITARY COMMUNIQUE.', 5, 0),
 ('en', 'A JUDGE WAS ASSASSINATED THIS MORNING BY UNIDENTIFIED INDIVIDUALS WHO FIRED ON HIS CAR.', 1, 0),
 ('en', 'TWO NATIONAL GUARDSMEN WERE WOUNDED IN AN AMBUSH IN THE EASTERN PART OF THE COUNTRY.', 0, 2),
 ('en', 'THE ATTACK LEFT A TOTAL OF 12 DEAD, INCLUDING FOUR CHILDREN, AND 20 INJURED.', 12, 20),
]

LINES_THIRD = [  # agency lines: 18 of 19 kept as written, one first written otherwise (it says why; six not kept)
 ('en', 'Among those killed in the strike were two doctors and a nurse working at the clinic.', 3, 0),
 ('en', 'At least one person died and several others were injured after a car bomb detonated near a cafe.', 1, 3),
 ('en', 'Security forces said they had killed the bomb maker, who was wanted for a string of deadly attacks.', 1, 0),
 ('en', 'Both pilots were killed when the jet crashed after being hit by ground fire.', 2, 0),
 ('en', 'A rocket struck a crowded market, killing at least 15 and wounding dozens.', 15, 61),
 ('en', 'The victims included three police officers, the ministry said, adding that a fourth officer was wounded.', 0, 1),
 ('en', 'Eight of the 12 people wounded in the blast remain in critical condition.', 0, 12),
 ('en', 'The gunmen killed everyone inside the house, a family of seven, before setting it on fire.', 7, 0),
 ('en', 'A Kenyan soldier was wounded and another went missing after their patrol was ambushed.', 0, 1),
 ('en', 'Three pupils were hurt, one of them seriously, when a stray shell landed in the schoolyard.', 0, 3),
 ('en', 'Assailants stabbed to death a Catholic priest in his parish house overnight.', 1, 0),
 ('en', 'The toll from the attack stood at 18 dead on Sunday evening, up from 12 earlier in the day.', 18, 0),
 ('en', 'A drone strike on a vehicle near the town killed all four people on board.', 4, 0),
 ('en', 'The blast also killed the bomber and wounded the two policemen guarding the gate.', 0, 2),
 ('en', 'Twenty-one fishermen were killed when a naval patrol opened fire on their boats.', 21, 0),
 ('en', 'Eleven civilians, among them five children, lost their lives in the airstrike.', 11, 0),
 ('en', 'The explosion ripped through a packed mosque, killing at least 40 worshippers and wounding more than 100.', 40, 100),
 ('en', 'Two gunmen and a police officer died in the exchange of fire outside the bank.', 3, 0),  # first written 1: the toll's rule of a fight (attackers who lose two or more where every victim is of the armed forces count, claims/perpetrators.py)
 ('en', 'A Turkish soldier was killed and two others were wounded in an attack by militants in the south-east.', 1, 2),
]

LANGUAGES_SECOND = [  # lines in four languages: 17 of 17 as written
 ('fr', "Au moins trente civils ont été tués dans l'attaque d'un village du centre du pays, a-t-on appris de sources locales.", 30, 0),
 ('fr', "Deux militaires français ont trouvé la mort dans un accident de blindé lors d'une opération.", 2, 0),
 ('fr', "L'explosion d'un engin a blessé cinq soldats dont deux grièvement.", 0, 5),
 ('fr', "Un chauffeur routier a été tué et son apprenti enlevé par des hommes armés sur l'axe Gao-Ansongo.", 1, 0),
 ('fr', 'Le bilan provisoire fait état de 14 morts et de plusieurs dizaines de blessés.', 14, 59),
 ('es', 'Tres personas murieron y otras siete resultaron lesionadas en un ataque armado contra un bar.', 3, 7),
 ('es', 'Un soldado murió y dos más quedaron heridos tras un enfrentamiento con disidentes en el Cauca.', 1, 2),
 ('es', 'Las autoridades confirmaron el hallazgo de los cuerpos sin vida de dos hombres en una carretera.', 2, 0),
 ('es', 'Un grupo armado asesinó a seis personas, entre ellas dos menores, en una vereda del municipio.', 6, 0),
 ('es', 'El atentado dejó al menos 20 heridos, tres de ellos de gravedad.', 0, 20),
 ('ru', 'В Белгородской области в результате обстрела пострадали три человека.', 0, 3),
 ('ru', 'Два военнослужащих погибли, ещё четверо были ранены при подрыве бронемашины.', 2, 4),
 ('ru', 'Боевики расстреляли семью из пяти человек.', 5, 0),
 ('ru', 'Погибли 16 человек, в том числе трое детей, сообщило МЧС.', 16, 0),
 ('uk', 'Російські війська обстріляли Запоріжжя, загинули троє людей.', 3, 0),
 ('uk', 'Під час атаки на Суми поранено сімох людей, серед них двоє дітей.', 0, 7),
 ('uk', 'Загинув 45-річний чоловік, ще двоє отримали поранення.', 1, 2),
]

WIKI_LINES = [  # Wikipedia-style lines of the hurt and the dead: 20 of 20 as written
 ('en', 'A suicide bomber blew himself up at a police recruitment centre in Kirkuk, killing 22 and wounding 45.', 22, 45),
 ('en', 'Two car bombs exploded in quick succession outside a hospital in Hilla; at least 15 people were killed and more than 60 injured.', 15, 60),
 ('en', 'Gunmen opened fire on a minibus carrying Shia pilgrims near Baqubah, killing nine. Six more were wounded.', 9, 6),
 ('en', 'A roadside bomb targeting a US patrol killed one soldier and an interpreter in western Baghdad; two soldiers were wounded.', 2, 2),
 ('en', 'Insurgents attacked a police station in Samarra with mortars and machine guns. Five policemen died and 11 were injured in the fighting.', 5, 11),
 ('en', 'A bomb hidden in a fruit cart exploded in a crowded market in Mahmudiya, killing 6 people and injuring 20, according to police.', 6, 20),
 ('en', 'Nine people were injured, three seriously, when a grenade was thrown into a liquor store in Karrada.', 0, 9),
 ('en', 'A suicide attacker drove a fuel tanker into a police checkpoint north of Tikrit. Twelve officers were killed and 30 civilians wounded.', 12, 30),
 ('en', 'An explosion at a Sunni mosque during Friday prayers in Fallujah left 8 dead and 25 wounded.', 8, 25),
 ('en', 'Twin blasts targeted a busy shopping area in Quetta; the provincial government put the death toll at 14, with 37 injured.', 14, 37),
 ('en', 'A bomb attached to a bicycle exploded near a school bus in Jalalabad, wounding 12 children and their driver.', 0, 13),
 ('en', 'Three separate bombings across Baghdad killed a total of 23 people and wounded 70.', 23, 70),
 ('en', 'A child was killed and four family members were wounded when a mortar landed on their house in Mosul.', 1, 4),
 ('en', 'An attack on a funeral procession in Tal Afar killed at least 16 mourners and wounded 33 others.', 16, 33),
 ('en', 'Gunmen killed a policeman and wounded his colleague at a checkpoint in Dora; a passer-by was also hurt.', 1, 2),
 ('en', 'A parked car bomb exploded near the Interior Ministry, killing two guards. At least 17 people, most of them civilians, were wounded.', 2, 17),
 ('en', "A female suicide bomber attacked a women's gathering in Diyala, killing 11 women and wounding 27 others, including children.", 11, 27),
 ('en', 'A motorcycle bomb killed five people and injured a further 19 near a bus station in Kut.', 5, 19),
 ('en', 'Four people were wounded by shrapnel when a rocket landed in the grounds of the provincial council.', 0, 4),
 ('en', 'A suicide bomber detonated an explosives vest inside a wedding hall; 25 people were killed and at least 50 wounded, a doctor said.', 25, 50),
]

WIRE_LINES_SECOND = [  # upper-case wire lines: 10 of 10 as written
 ('en', 'TERRORISTS MURDERED A PEASANT LEADER AND HIS SON IN THE DEPARTMENT OF SANTA ANA YESTERDAY, THE ARMED FORCES PRESS OFFICE REPORTED.', 2, 0),
 ('en', 'IN THE ATTACK, TWO SOLDIERS DIED AND THREE WERE WOUNDED, ACCORDING TO THE COMMUNIQUE.', 2, 3),
 ('en', 'THE BODIES OF SIX PEOPLE WHO HAD BEEN KIDNAPPED BY A DEATH SQUAD WERE FOUND IN A RAVINE NEAR THE CAPITAL.', 6, 0),
 ('en', 'A POWERFUL CAR BOMB EXPLODED TODAY IN DOWNTOWN MEDELLIN, KILLING SEVEN PEOPLE AND WOUNDING 30 OTHERS.', 7, 30),
 ('en', 'THE GUERRILLAS DYNAMITED A POWER PYLON, CAUSING A BLACKOUT IN SEVERAL PROVINCES. NO ONE WAS HURT.', 0, 0),
 ('en', 'POLICE REPORTED THAT UNIDENTIFIED INDIVIDUALS SHOT AND KILLED A UNIVERSITY PROFESSOR AS HE LEFT HIS HOME.', 1, 0),
 ('en', 'ACCORDING TO THE REPORT, THE TERRORIST COMMANDO KILLED FOUR CIVILIANS AND A POLICEMAN.', 5, 0),
 ('en', 'AN ARMY PATROL CLASHED WITH A REBEL COLUMN; FIVE REBELS AND ONE SOLDIER WERE KILLED.', 6, 0),
 ('en', 'THE MAYOR OF THE TOWN WAS KIDNAPPED BY ARMED MEN WHO BURST INTO HIS OFFICE.', 0, 0),
 ('en', 'THE EXPLOSION INJURED A SECURITY GUARD AND DESTROYED THE FRONT OF THE BUILDING.', 0, 1),
]

CODED_NOTES = [  # event notes as a coder writes them ("On 3 May 2024, ..."): 15 of 15 as written
 ('en', 'On 3 May 2024, unidentified gunmen killed a village chief and his two sons in Bakassi (Zamfara). The attackers also abducted four women.', 3, 0),
 ('en', 'On 12 June 2024, JNIM militants ambushed a FAMa convoy near Boni (Mopti), killing 9 soldiers. 4 militants were reportedly killed in the exchange.', 13, 0),
 ('en', 'Around 15 June 2024 (month of), Fulani militia attacked Kwall village (Bassa, Plateau), killing 6 people and burning several houses.', 6, 0),
 ('en', 'On 20 July 2024, Israeli forces shot and killed a Palestinian man near the entrance of Jenin refugee camp (Jenin, West Bank).', 1, 0),
 ('en', 'On 4 August 2024, Al Shabaab detonated an IED targeting a SNA vehicle in Afgooye (Lower Shabelle). 2 soldiers were killed and 3 injured.', 2, 3),
 ('en', 'On 8 August 2024, police opened fire on protesters in Kisumu, killing a 17-year-old boy. Several others were injured.', 1, 3),
 ('en', 'On 10 September 2024, RSF drone strikes hit a market in El Fasher (North Darfur), killing at least 19 civilians. Fatalities coded as 19.', 19, 0),
 ('en', 'On 2 October 2024, unknown assailants abducted and later killed a local councillor in Buea (Fako, South-West). His body was found the next day.', 1, 0),
 ('en', 'On 14 October 2024, clashes between two rival ethnic militias over a water point in Ngok (Upper Nile) left 11 dead. Fatalities split between both sides.', 11, 0),
 ('en', 'On 1 November 2024, a Russian missile struck an apartment block in Zaporizhzhia city, killing 4 civilians, including a child, and injuring 16.', 4, 16),
 ('en', 'On 5 November 2024, ISWAP fighters attacked a military base in Monguno (Borno). According to the army, 17 fighters were neutralised; 2 soldiers were wounded.', 17, 2),
 ('en', 'On 19 November 2024, a man was lynched by a mob in Port-au-Prince after being accused of belonging to a gang. 1 fatality.', 1, 0),
 ('en', 'On 23 November 2024, an airstrike by the Myanmar military hit a school in Sagaing region, killing 8 students and a teacher.', 9, 0),
 ('en', 'On 30 November 2024, gunmen killed a pastor and a church member in Kaduna South. Two other congregants were kidnapped.', 2, 0),
 ('en', 'On 7 December 2024, a landmine exploded under a tractor near Ain Issa (Raqqa), killing the driver and injuring his son.', 1, 1),
]

LINES_FOURTH = [  # death words, tallies and lists: 16 of 20 as written, three mended, one first written otherwise (each says why)
 ('en', 'The killing of three aid workers in an ambush on Sunday drew condemnation from the United Nations.', 3, 0),
 ('en', 'Rights groups documented the murders of 14 activists in the province during the campaign period.', 14, 0),
 ('en', 'Seventeen people perished when the ferry, hit by a shell, caught fire and sank in the river.', 17, 0),
 ('en', 'Two policemen were martyred and another was injured in a terrorist attack on a checkpoint, the provincial police chief said.', 2, 1),
 ('en', 'A wounded soldier succumbed on Thursday, the fourth member of the unit to die since the ambush.', 1, 0),  # mended: read 2 (the apposition made a second subject); first written 4, now read as round 12's series ("the third reporter killed"): the victim once
 ('en', 'The tally of dead from the bombing climbed to 58 overnight as more victims died of their wounds.', 58, 0),
 ('en', "The fatalities included two women and a child, the coroner's office said, bringing the total to 6.", 6, 0),  # mended: read 3 (the update hung on the source's verb)
 ('en', 'Casualties from the attack stood at 12 dead and 31 wounded by nightfall.', 12, 31),
 ('en', 'More than 1,200 people have been wounded in the week of unrest, the health ministry said.', 0, 1200),
 ('en', 'Hundreds of people were injured and at least 40 killed in the stampede that followed the shooting.', 40, 599),  # first written 201: CONTRACT.md's "hundreds" is 200-999, its best the midpoint
 ('en', 'A 25-year-old farmer and his 60-year-old mother were shot dead in their field, the village head said.', 2, 0),
 ('en', 'Gunmen killed the director of the local hospital, Dr Ahmed Salim, as he drove to work.', 1, 0),
 ('en', 'A police officer was stabbed in the neck by a man shouting slogans and is in a stable condition.', 0, 1),
 ('en', 'The death of a 19-year-old conscript at the front was confirmed by his family on Monday.', 1, 0),
 ('en', 'The strike wiped out a family of eight, including six children, rescue workers said.', 8, 0),
 ('en', 'Their father, a farmer, was killed instantly; the two boys were treated for burns.', 1, 2),
 ('en', 'Thirteen died in the first blast and four more in the second, which hit rescuers.', 17, 0),
 ('en', 'Reports put the number of dead at between 20 and 30.', 25, 0),
 ('en', 'The attacks claimed the lives of 31 people and left another 80 wounded.', 31, 80),
 ('en', 'The blast tore through the bus, killing everyone on board: the driver, a conductor and 16 passengers.', 18, 0),  # mended: none read (the list after the colon hung on the subject)
]

LANGUAGES_THIRD = [  # updates and parts in four languages: 13 of 14 kept as written, one mended (one not kept)
 ('fr', "Deux autres soldats ont succombé à leurs blessures, a indiqué l'armée, portant le bilan à six morts.", 6, 0),
 ('fr', "L'attaque a fait trois morts parmi les civils et sept blessés parmi les militaires.", 3, 7),
 ('fr', "Un casque bleu a été tué et quatre autres ont été blessés lors de l'explosion d'une mine au passage de leur véhicule.", 1, 4),
 ('fr', 'Les corps de neuf personnes ont été découverts dans une fosse, a annoncé le procureur.', 9, 0),
 ('fr', 'La frappe a tué tous les occupants du véhicule : le chauffeur et deux passagers.', 3, 0),
 ('es', 'Otros dos soldados fallecieron en el hospital, informó el ejército, con lo que la cifra de muertos asciende a seis.', 6, 0),
 ('es', 'Entre los fallecidos hay dos menores de edad, según las autoridades, que elevaron el saldo a nueve muertos.', 9, 0),
 ('es', 'El ataque contra la comisaría dejó un agente muerto y otros dos heridos de gravedad.', 1, 2),
 ('es', 'Los cuerpos de siete migrantes fueron localizados en una bodega abandonada.', 7, 0),
 ('ru', 'Еще двое раненых скончались в больнице, число погибших достигло шести.', 6, 0),
 ('ru', 'В результате нападения погибли трое полицейских, ещё двое получили тяжёлые ранения.', 3, 2),
 ('ru', 'Тела пятерых человек обнаружены в сгоревшем автомобиле.', 5, 0),
 ('uk', 'Ще двоє поранених померли в лікарні, кількість загиблих зросла до шести.', 6, 0),
 ('uk', 'Внаслідок удару загинули троє цивільних, серед них дитина, ще семеро поранені.', 3, 7),  # mended: read 7 dead, no hurt (the aside's closing comma blanked with it)
]

LINES_FIFTH = [  # parts, sums and sides: 16 of 18 kept as written, one mended, one first written otherwise (two in GAPS)
 ('en', 'Twin bombings in the two cities killed 20 and 15 people respectively.', 35, 0),
 ('en', 'Seven people were killed in the capital and five in the port city.', 12, 0),
 ('en', 'Nobody was killed, but three people were hurt when the shell hit a parked car.', 0, 3),
 ('en', 'The bomber blew himself up at the gate, but no one else was hurt.', 0, 0),
 ('en', 'A security guard was killed along with both attackers in the exchange of fire.', 3, 0),  # first written 1: the toll's rule of a fight, as above
 ('en', 'Both sides suffered casualties in the clashes, according to local sources.', 0, 0),
 ('en', 'The explosion left two people dead, one of them a child, and wounded four, two of them critically.', 2, 4),  # mended: read 3 dead ("a child" made the verb's second object)
 ('en', 'A soldier was killed and his comrade wounded when a sniper opened fire on their post.', 1, 1),
 ('en', 'At least three people were killed, and possibly as many as ten, according to residents.', 3, 0),
 ('en', 'Five more bodies were pulled from the debris on Wednesday, raising the death toll to 23.', 23, 0),
 ('en', 'Police said 6 people had died and 14 had been taken to hospital.', 6, 14),
 ('en', 'A mother and her three children died in the fire started by the shelling.', 4, 0),
 ('en', 'Two gunmen were shot dead by police after they killed a shopkeeper.', 1, 0),
 ('en', 'The suicide bomber and two passers-by died in the blast outside the bank.', 2, 0),
 ('en', 'Police shot dead a man who had stabbed two officers, wounding them both.', 1, 2),
 ('en', 'The rebels freed 12 hostages but killed two who tried to escape.', 2, 0),
 ('en', 'An officer and three suspected militants were killed in a shootout in the market.', 4, 0),
 ('en', 'The attack on the bus killed nine passengers and the driver; another 14 were wounded.', 10, 14),
]

LINES_SIXTH = [  # agency lines: 14 of 15 as written, one first written otherwise (it says why)
 ('en', 'Hospital officials said 41 people were being treated for wounds, eight of them in intensive care.', 0, 41),
 ('en', 'Seven Afghan soldiers and a police officer lost their lives when insurgents overran the outpost.', 8, 0),
 ('en', 'The gunmen sprayed the crowd with bullets, killing a pregnant woman and a 4-year-old boy and injuring at least nine others.', 2, 9),
 ('en', "A roadside bomb killed the district governor's brother and two of his guards on Thursday morning.", 3, 0),
 ('en', 'Dozens of people were feared dead after the airstrike flattened a three-storey building.', 61, 0),  # first written 0: "feared dead" counts, as in rounds 22, 26 and 36
 ('en', 'The militia said it had executed two men it accused of spying for the army.', 2, 0),
 ('en', 'Thirty-five bodies, many showing signs of torture, have been found in the city over the past three days.', 35, 0),
 ('en', 'Six members of the same family, including four children, were killed when a rocket struck their home on Wednesday night.', 6, 0),
 ('en', 'Police said a man was killed and his wife seriously injured when gunmen opened fire on their car.', 1, 1),
 ('en', 'Two people died on the spot and another three on the way to hospital.', 5, 0),
 ('en', 'The blast wounded 23 people, including the provincial police chief and two of his bodyguards.', 0, 23),
 ('en', 'The officer was shot in the leg and is recovering, police said.', 0, 1),
 ('en', 'The clashes left one protester dead and about 30 wounded, among them several police officers.', 1, 30),
 ('en', 'Authorities said 19 people had been killed since Friday in the violence, which broke out after a disputed election.', 19, 0),
 ('en', 'At least five people, including a local journalist, were abducted and later killed by gunmen.', 5, 0),
]

CLAUSES = [  # relative clauses, sources and earlier attacks: 13 of 15 as written, one mended, one first written otherwise
 ('en', 'The man, who had been released from prison weeks earlier, stabbed three people on a busy street before police shot him dead.', 0, 3),  # first written 1: the perpetrator rule (the attacker who dies in his own attack counts in the high only)
 ('en', 'Officials said the attack, which targeted a convoy carrying the provincial governor, killed four of his guards but left him unharmed.', 4, 0),
 ('en', 'The army, which had earlier denied any casualties, admitted on Friday that 11 of its soldiers had been killed in the raid.', 11, 0),
 ('en', 'Nine of the 14 people kidnapped from the bus were later found dead; the others were released.', 9, 0),
 ('en', 'After the gunmen fled, villagers found the bodies of a teacher, his wife and their son in the burned house.', 3, 0),
 ('en', 'Two policemen guarding the polling station were shot dead by attackers who then set the ballot boxes on fire.', 2, 0),
 ('en', 'The UN said at least 120 civilians had been killed in the region since the offensive began in March.', 0, 0),
 ('en', 'A suicide bomber struck a funeral in the east, killing 15 mourners, a week after a similar attack on a wedding killed 20.', 15, 0),  # mended: read 35 (the earlier attack's verb made a clause of "wedding")
 ('en', 'Police killed a suspected bomb maker and arrested three of his accomplices in a dawn raid.', 1, 0),
 ('en', 'Among those wounded in the blast were three children, the youngest aged two.', 0, 3),
 ('en', 'A farmer was killed by a landmine while ploughing his field, the second such death in the village this month.', 1, 0),
 ('en', 'The bodies of the two kidnapped engineers were found on Tuesday, three weeks after they were seized.', 2, 0),
 ('en', 'Rescue workers pulled 12 survivors and four bodies from the rubble of the hotel.', 4, 0),
 ('en', 'A shell landed in the courtyard of a school, wounding a teacher and three pupils, one of them seriously.', 0, 4),
 ('en', 'Three soldiers and two civilians were killed, and a dozen people wounded, in the blast at the checkpoint.', 5, 12),
]

MENDED_SHAPES = [  # the round's mended shapes in other words and languages, written after the mends: 19 of 20 as written, one mended after
 ('en', 'Gunmen killed four farmers on Monday, two weeks after an attack on a nearby village killed 11.', 4, 0),
 ('en', 'Three more bodies were recovered, the fire service said, bringing the number of dead to 12.', 12, 0),
 ('en', 'A second policeman died in hospital, police said, raising the toll to two.', 2, 0),
 ('en', 'The blast killed three people, two of them soldiers, and wounded seven, one of them a child.', 3, 7),  # mended after it was written: read 8 hurt ("one" set beside "seven")
 ('en', 'The explosion left four people dead, one of them a police officer.', 4, 0),
 ('en', 'The strike killed everyone in the car: a commander, his driver and two bodyguards.', 4, 0),
 ('en', 'Rebels shot dead the passengers of the truck: three traders and their driver.', 4, 0),
 ('es', 'El saldo del ataque fue de dos soldados muertos y cinco civiles heridos.', 2, 5),
 ('es', 'La emboscada dejó cuatro policías muertos y tres agentes heridos.', 4, 3),
 ('fr', "L'attaque a fait un bilan de deux gendarmes tués et trois civils blessés.", 2, 3),
 ('uk', 'Загинули двоє людей, серед них дитина, ще четверо поранені.', 2, 4),
 ('ru', 'Погибли пять человек, среди них двое детей, ещё девять получили ранения.', 5, 9),
 ('en', 'A wounded hostage died on Sunday, the third captive to die since the siege began.', 1, 0),
 ('en', 'Two wounded protesters died overnight, hospital officials said, bringing the number killed in the unrest to 14.', 14, 0),
 ('en', 'The dead included a soldier and two policemen, the governor said, bringing the total to 3.', 3, 0),
 ('en', 'Two more soldiers died in hospital, the army said, bringing the total to 6.', 6, 0),
 ('en', 'The injured included two women and a child, bringing the total to 6.', 0, 6),
 ('en', 'Two more bodies were found on Monday, bringing the number of victims to 6.', 6, 0),
 ('es', 'Murieron cuatro personas, entre ellas un niño, y otras dos resultaron heridas.', 4, 2),
 ('en', 'The raid left three insurgents dead, one of them a local commander.', 3, 0),
]

REPORTS = [  # agency reports: 7 of 8 as written, one first written otherwise (it says why)
 ('en', '2025-06-02', None, 'Gunmen attacked a police station in the border town on Sunday night, killing four officers, a police spokesman said on Monday. Nine other people, including two children, were wounded. A manhunt for the attackers was under way.', 4, 9),
 ('en', '2025-06-03', None, "The death toll from last week's bombing of a bus terminal rose to 19 on Tuesday after two of the wounded died in hospital, health officials said. The initial toll was 17.", 19, None),
 ('en', '2025-06-04', None, 'Two soldiers were killed when their armoured vehicle hit a landmine on Wednesday, the army said. In April, a similar blast killed six soldiers on the same road.', 2, 0),
 ('en', '2025-06-05', None, 'Five protesters were injured when police fired rubber bullets to disperse a crowd on Thursday, organisers said. Police said officers had acted in self-defence.', 0, 5),
 ('en', '2025-06-06', None, 'At least 12 people were killed in an attack on a village on Friday, a local official said. The attackers also stole cattle and burned homes. Residents said the death toll could rise as several people were missing.', 12, None),
 ('en', '2025-06-07', None, 'Militants stormed a checkpoint on Saturday, killing three guards and wounding one, officials said. Two of the attackers were also killed, the officials added.', 5, 1),  # first written 3: the toll's rule of a fight (two attackers killed where every victim is a guard)
 ('en', '2025-06-08', None, 'An airstrike on a house on Sunday killed seven members of one family, relatives said. The dead included a grandmother and four grandchildren.', 7, None),
 ('en', '2025-06-09', None, 'A bomb exploded outside a bank on Monday night, damaging the building but causing no casualties, police said. It was the third such blast this month.', 0, 0),
]

REPORTS_SECOND = [  # longer reports: 6 of 7 kept as written, one first written otherwise (one not kept)
 ('en', '2025-07-01', 'Blast at bus station', 'A bomb hidden in a parked van exploded at a crowded bus station in the city on Monday morning, killing at least nine people, police said. Later in the day a hospital spokesman said two of the wounded had died, raising the toll to 11. Another 24 people were still being treated for their injuries. No group has claimed the attack, the second at the station this year. In March, a grenade thrown into a waiting room there wounded eight people.', 11, 24),
 ('en', '2025-07-02', 'Villagers killed in night raid', 'Gunmen on motorcycles raided a farming village late on Tuesday and killed six people, including a pregnant woman, a local official said on Wednesday. "They went from house to house," said a resident who asked not to be named. The official said three other villagers were missing. The region has seen repeated attacks by armed bandits; more than 200 people have been killed there since January.', 6, None),
 ('en', '2025-07-04', 'Protest turns violent', 'Police used tear gas and batons to break up a march by opposition supporters on Friday. Four protesters were taken to hospital with head injuries, organisers said, and dozens were arrested. The interior ministry said 12 officers were also hurt.', 0, 16),  # first written 4: the twelve officers hurt forgotten
 ('en', '2025-07-05', 'Toll rises after market strike', "The number of people killed in Saturday's airstrike on a market rose to 27, the local health authority said on Sunday, after rescuers pulled more bodies from the rubble. Earlier reports had put the toll at 18. The authority said children were among the dead.", 27, None),
 ('en', '2025-07-06', None, 'Two aid workers were killed and a third injured when their clearly marked vehicle was hit by an explosive device on Sunday, their organisation said. It was the fourth deadly incident involving aid workers in the country this year; in all, 14 have been killed since January.', 2, 1),
 ('en', '2025-07-07', None, 'A prominent human rights lawyer was shot dead outside his office on Monday, colleagues said. The lawyer had represented families of people killed by security forces during the 2019 protests, in which more than 300 people died.', 1, 0),
 ('en', '2025-07-08', 'Attack on church', 'Attackers armed with guns and machetes stormed a church during an evening service on Tuesday, killing eight worshippers and injuring 13, a church official said. Among the dead were the pastor and his wife. Police said one suspect had been arrested.', 8, 13),
]

REPORTS_THIRD = [  # reports in four languages: 6 of 6 as written
 ('fr', '2025-08-01', None, "Cinq soldats ont été tués et trois autres blessés jeudi lors de l'attaque d'un poste militaire dans le nord du pays, a annoncé l'état-major vendredi. Les assaillants, arrivés à moto, ont été repoussés. En mars, une attaque similaire avait fait onze morts dans la même zone.", 5, 3),
 ('fr', '2025-08-02', None, "Le bilan de l'attaque de mercredi contre un village de la région de Tillabéri s'est alourdi à 14 morts, selon un élu local. Un premier bilan faisait état de neuf morts. Plusieurs habitants sont portés disparus.", 14, None),
 ('es', '2025-08-03', None, 'Cuatro personas murieron y dos más resultaron heridas la noche del sábado en un ataque armado contra una vivienda en el municipio de Zamora, informó la fiscalía estatal. Entre las víctimas mortales hay un menor de 16 años. Los agresores huyeron en una camioneta.', 4, 2),
 ('es', '2025-08-04', None, 'La cifra de muertos por la masacre en una finca del Cauca subió a nueve, después de que dos de los heridos fallecieran en el hospital, según la Defensoría del Pueblo.', 9, None),
 ('ru', '2025-08-05', None, 'В результате обстрела города погибли три мирных жителя, еще семь человек получили ранения, сообщил глава администрации. Повреждены несколько жилых домов и школа.', 3, 7),
 ('uk', '2025-08-06', None, "Унаслідок ворожого обстрілу Херсона загинули двоє людей, ще п'ятеро отримали поранення, повідомили в ОВА. Серед поранених — 12-річна дитина.", 2, 5),
]

ISAF_LINES = [  # (published, title, text, killed low, detained low): 8 of 8 as written
 ('2011-07-01', None, 'An Afghan and coalition security force detained a Taliban facilitator and two other suspected insurgents in Logar province yesterday.', 0, 3),
 ('2011-07-01', None, 'The security force killed an insurgent who engaged them with a rocket-propelled grenade and detained his two associates.', 1, 2),
 ('2011-07-01', None, 'Coalition forces killed several insurgents in an air strike after observing them emplacing a roadside bomb in Helmand province.', 3, 0),
 ('2011-07-01', None, 'During the operation, the force arrested two suspects and seized weapons and explosives.', 0, 2),
 ('2011-07-01', None, 'A combined force detained a Haqqani network leader responsible for suicide attacks in Khost and Paktiya provinces.', 0, 1),
 ('2011-07-01', None, 'Afghan forces killed five insurgents and detained 12 others in a series of operations across Kandahar province.', 5, 12),
 ('2011-07-01', None, 'An insurgent was killed after he fired on the security force, and three suspects were taken into custody.', 1, 3),
 ('2011-07-01', None, 'The security force detained the targeted leader, who was found hiding in a compound, along with two of his fighters.', 0, 3),
]

ISAF_RELEASES = [  # ISAF-style releases: 8 of 8 as written
 ('2011-08-02', None, 'KABUL, Afghanistan (Aug. 1) - An Afghan and coalition security force killed a Taliban leader and several insurgents during an operation in Wardak province yesterday. The leader was responsible for attacks against Afghan forces in the area. The security force also detained two suspected insurgents.', 4, 2),
 ('2011-08-02', None, 'KABUL, Afghanistan (Aug. 1) - Afghan and coalition forces detained a Haqqani leader during a security operation in Paktika province yesterday. Several suspected insurgents were also detained after initial questioning at the scene.', 0, 4),
 ('2011-08-02', None, 'KABUL, Afghanistan (Aug. 1) - A combined force killed two insurgents who fired on them from a tree line in Kandahar province yesterday. No civilians were injured and no Afghan or coalition forces were harmed.', 2, 0),
 ('2011-08-02', None, 'KABUL, Afghanistan (Aug. 1) - An Afghan-led security force arrested three suspected insurgents and seized a cache of weapons in Nangarhar province yesterday. The cache included machine guns and bomb-making material.', 0, 3),
 ('2011-08-02', None, 'KABUL, Afghanistan (Aug. 1) - Coalition forces conducted a precision air strike against a Taliban commander in Helmand province yesterday, killing him and one of his associates. The commander had planned attacks on coalition bases.', 2, 0),
 ('2011-08-02', None, 'KABUL, Afghanistan (Aug. 1) - In Zabul province, the security force detained a Taliban facilitator and two other suspects. In Khost province, another force killed an insurgent armed with a rifle.', 1, 3),
 ('2011-08-02', None, 'KABUL, Afghanistan (Aug. 1) - An Afghan and coalition security force captured a senior Taliban leader and four of his fighters in Baghlan province last night. Afghan forces led the search of the compound.', 0, 5),
 ('2011-08-02', None, 'KABUL, Afghanistan (Aug. 1) - The security force detained one suspected insurgent for further questioning. The operation targeted a network leader who was not found at the compound.', 0, 1),
]

NO_CASUALTIES = [  # a second part: lines that tell no casualty of their own event: 15 of 15 as written
 ('en', 'Police defused a bomb planted near a school on Monday; the area was evacuated and no one was hurt.', 0, 0),
 ('en', 'The militant group threatened to kill 20 hostages unless its demands were met by Friday.', 0, 0),
 ('en', 'The government denied reports that 50 soldiers had been killed in the ambush.', 0, 0),
 ('en', 'Thousands marched in the capital to mark the anniversary of the 2015 massacre, in which 147 students were killed.', 0, 0),
 ('en', 'The court sentenced three men to death for the murder of two aid workers in 2019.', 0, 0),
 ('en', 'Troops seized 300 kilograms of explosives and 40 rifles in a raid on a warehouse, the army said.', 0, 0),
 ('en', 'The attack, if confirmed, would be the deadliest since 2017, when more than 300 people died in a truck bombing.', 0, 0),
 ('en', 'The rebels released 12 soldiers they had captured last year, in a goodwill gesture ahead of talks.', 0, 0),
 ('en', 'Around 2,000 families have fled their homes since the fighting began, according to aid agencies.', 0, 0),
 ('en', 'A parliamentary report said the security forces had killed 1,200 people during the 2009 crackdown.', 0, 0),
 ('en', 'The minister said that up to 10 people could die every day if the siege continued.', 0, 0),
 ('en', 'Officials said the blast damaged three shops and a mosque but caused no casualties.', 0, 0),
 ('en', 'Gunmen fired on a police station overnight; officers returned fire and the attackers fled. There were no injuries.', 0, 0),
 ('en', "Two suspects in last month's bombing, which killed 14 people, were arrested on Tuesday.", 0, 0),
 ('en', 'The 24 victims of the ferry attack were buried on Sunday in a mass funeral.', 0, 0),
]

LANGUAGES_FOURTH = [  # lines in four languages: 13 of 15 kept as written, two mended (a sixteenth in GAPS)
 ('fr', 'Au moins douze personnes, dont trois enfants, ont été tuées samedi soir dans une attaque contre un village, a indiqué dimanche le gouverneur de la région.', 12, 0),
 ('fr', "Deux soldats ont été tués et un troisième porté disparu après l'attaque de leur patrouille par des hommes armés non identifiés.", 2, 0),
 ('fr', "Les forces de sécurité ont « neutralisé » huit terroristes et interpellé quatre suspects, selon un communiqué de l'armée.", 8, 0),
 ('fr', 'Un bus a sauté sur une mine artisanale, faisant au moins dix morts et une quinzaine de blessés parmi les passagers.', 10, 15),
 ('fr', 'Le chef du village et son adjoint ont été enlevés par des jihadistes, puis exécutés.', 2, 0),  # mended: none read (a list subject read as singular against the plural participle)
 ('es', 'Al menos 14 personas murieron en un ataque de un grupo armado contra una comunidad indígena, informaron las autoridades locales.', 14, 0),
 ('es', 'Un agente de la Guardia Nacional fue asesinado a balazos y otro resultó herido durante un patrullaje en la sierra.', 1, 1),
 ('es', 'Los cadáveres de cuatro hombres, con huellas de tortura, fueron abandonados frente a la alcaldía.', 4, 0),
 ('es', 'Un ataque con explosivos contra una patrulla militar dejó dos soldados muertos y siete heridos, según el Ejército.', 2, 7),
 ('es', 'Pistoleros irrumpieron en una fiesta y mataron a ocho jóvenes; otros cinco resultaron heridos.', 8, 5),
 ('ru', 'В результате теракта в Махачкале погибли 15 полицейских и несколько мирных жителей.', 18, 0),
 ('ru', 'При атаке дронов на Белгородскую область ранены четыре человека, в том числе ребенок.', 0, 4),
 ('ru', 'Военные сообщили о гибели двух военнослужащих и ранении ещё пятерых.', 2, 5),  # mended: read 1 hurt (the number after "ранении" made its count)
 ('uk', 'Російський удар по Одесі забрав життя трьох людей, ще восьмеро поранені.', 3, 8),
 ('uk', 'Під завалами будинку виявили тіла чотирьох загиблих.', 4, 0),
]

LANGUAGES_FIFTH = [  # lines in four languages: 10 of 10 as written
 ('fr', 'Trois policiers et un civil ont été tués lundi lorsque des hommes armés ont ouvert le feu sur un poste de contrôle.', 4, 0),
 ('fr', "L'embuscade a fait deux morts et trois blessés dans les rangs de l'armée.", 2, 3),
 ('fr', "Le corps sans vie d'un journaliste a été retrouvé dans un fossé, trois jours après son enlèvement.", 1, 0),
 ('fr', 'Deux frères ont été tués par balle et leur père grièvement blessé devant leur domicile.', 2, 1),
 ('es', 'Un comando armado asesinó a tres integrantes de una familia, entre ellos un niño de diez años.', 3, 0),
 ('es', 'Fueron localizados sin vida dos policías que habían sido privados de la libertad el fin de semana.', 2, 0),
 ('es', 'El enfrentamiento dejó como saldo cuatro presuntos delincuentes abatidos, informó la Secretaría de Seguridad.', 4, 0),
 ('ru', 'Двое полицейских погибли, когда боевики открыли огонь по посту ДПС.', 2, 0),
 ('ru', 'Число раненых в результате обстрела выросло до 21 человека.', 0, 21),
 ('uk', 'Внаслідок обстрілу загинула 70-річна жінка, її чоловік отримав поранення.', 1, 1),
]

CLAUSES_SECOND = [  # relative clauses and places of care: 9 of 12 as written, three mended (one in the fourth part)
 ('en', 'A teacher whose school had been threatened by militants was shot dead in front of his pupils.', 1, 0),
 ('en', 'The two men, whose bodies were found in a car near the border, had been abducted on Sunday.', 2, 0),  # mended in the round's fourth part: read as kidnapped only, none dead (the bodies of "whose" are the clause's noun's)
 ('en', 'Doctors at the district hospital said they had treated 37 people for gunshot wounds and burns.', 0, 37),
 ('en', 'Among the 60 people admitted to hospital after the blast, nine later died.', 9, 51),  # mended: read 69 dead, none hurt (a counted noun a participle of care sets, "admitted to hospital"); first written 60 hurt, now by the rule that the hurt who die are no longer hurt
 ('en', 'One of the wounded, a 14-year-old girl, died on the way to hospital, raising the toll to 8.', 8, 0),
 ('en', 'A bomb exploded under a car carrying a judge, killing his driver; the judge escaped with minor cuts.', 1, 1),  # mended: no hurt read ("cuts" neither an injury of the English pack nor a cue)
 ('en', 'The attackers, who wore military uniforms, killed 12 worshippers and wounded four.', 12, 4),
 ('en', 'Officials said the dead were all civilians, including at least seven children, and put the toll at 23.', 23, 0),
 ('en', 'A car bomb killed a senior intelligence officer and three of his bodyguards in the capital.', 4, 0),
 ('en', 'A fire started by the shelling killed a family of four, their neighbour said.', 4, 0),
 ('en', 'Gunmen killed 16 people in two villages overnight, burning homes and stealing cattle.', 16, 0),
 ('en', 'The bodies of 21 migrants, several with gunshot wounds, were found in the desert near the border.', 21, 0),
]

LINES_SEVENTH = [  # agency lines and four-language lines: 13 of 13 kept as written (a fourteenth in GAPS)
 ('en', 'Four soldiers were killed and nine wounded in two separate attacks in the north on Saturday, the army said.', 4, 9),
 ('en', 'A grenade hurled at a police van in the market injured five officers and a street vendor.', 0, 6),
 ('en', 'The teenager died of his injuries in hospital two days after he was shot by a sniper.', 1, 0),
 ('en', 'At least 11 people, most of them farmers, were hacked to death by assailants who raided the village at dawn.', 11, 0),
 ('en', 'The mortar round killed a 70-year-old woman sitting outside her home and injured her granddaughter.', 1, 1),
 ('en', 'A blast at a checkpoint killed two soldiers and a civilian, and a second explosion an hour later wounded four rescuers.', 3, 4),
 ('en', 'An Afghan interpreter working with foreign troops was killed along with his brother in an ambush.', 2, 0),
 ('en', 'Israeli troops shot dead two Palestinians who they said had opened fire on them near a settlement.', 2, 0),
 ('en', 'Eight people were wounded, two of them seriously, when a homemade bomb exploded in a bus shelter.', 0, 8),
 ('en', 'A drone strike killed a senior commander of the group, his deputy and four other fighters, the militants said.', 6, 0),
 ('es', 'Dos hermanos fueron asesinados a tiros cuando regresaban de su trabajo, y un tercero resultó herido.', 2, 1),
 ('fr', "Un gendarme a été tué et deux autres ont été blessés, dont un grièvement, lors d'un contrôle routier.", 1, 2),
 ('uk', 'Унаслідок обстрілу загинув чоловік, ще троє людей, серед яких двоє дітей, поранені.', 1, 3),
]

MENDED_SHAPES_SECOND = [  # the second part's mended shapes in other words and languages, written after the mends: 11 of 11 kept as written (a twelfth in GAPS)
 ('en', 'Of the 60 people admitted to hospital after the blast, nine later died.', 9, 51),
 ('en', 'Two passengers were treated for cuts and bruises.', 0, 2),
 ('en', 'Three people suffered lacerations from flying glass.', 0, 3),
 ('en', 'The government announced cuts to the health budget after the attack.', 0, 0),
 ('fr', 'Le maire et son adjoint ont été enlevés et exécutés.', 2, 0),
 ('es', 'El alcalde y su escolta fueron secuestrados y luego asesinados.', 2, 0),
 ('ru', 'Глава села и его заместитель были похищены, а затем убиты.', 2, 0),
 ('uk', 'Повідомили про загибель двох військових і поранення ще трьох.', 2, 3),
 ('en', 'The bombing left three dead and multiple injured.', 3, 3),
 ('en', 'The shelling of the market left eleven people dead and multiple others wounded.', 11, 3),
 ('en', 'The shelling left two civilians dead and several injured.', 2, 3),
]

ISAF_LINES_SECOND = [  # a third part: ISAF-style lines of the detained: 12 of 12 as written
 ('2011-09-01', None, 'An Afghan and coalition security force detained a Taliban sub-leader and an additional suspected insurgent in Kandahar province yesterday.', 0, 2),
 ('2011-09-01', None, 'The security force took three suspects into custody after questioning the residents of the compound.', 0, 3),
 ('2011-09-01', None, 'A combined force arrested a number of suspected insurgents during a search of a village in Paktiya province.', 0, 3),
 ('2011-09-01', None, 'Two suspected insurgents were detained and a third was killed when he attempted to engage the force.', 1, 2),
 ('2011-09-01', None, 'The force detained the targeted individual, his brother and two other suspects.', 0, 4),
 ('2011-09-01', None, 'Afghan forces, advised by coalition troops, apprehended five suspected insurgents and seized a large weapons cache.', 0, 5),
 ('2011-09-01', None, 'During the operation, the security force detained a dozen suspected insurgents and killed one armed individual.', 1, 12),
 ('2011-09-01', None, 'The security force detained multiple suspected insurgents in Ghazni province.', 0, 3),
 ('2011-09-01', None, 'A joint force detained a Haqqani network facilitator, who was responsible for moving weapons, and one of his associates.', 0, 2),
 ('2011-09-01', None, 'After the engagement, the security force detained two wounded insurgents and provided them medical treatment.', 0, 2),
 ('2011-09-01', None, 'Coalition forces captured a senior Taliban commander and two of his bodyguards in Helmand province.', 0, 3),
 ('2011-09-01', None, 'Several suspects were detained, and one insurgent was killed, after the force came under fire.', 1, 3),
]

WIRE_REPORTS = [  # upper-case wire reports: 4 of 5 as written, one mended
 ('en', '1989-05-10', None, 'SAN SALVADOR, 9 MAY 89 (DOMESTIC SERVICE) -- [TEXT] FOUR PEASANTS WERE KILLED TODAY WHEN A GROUP OF HEAVILY ARMED MEN ATTACKED THE HAMLET OF LAS FLORES IN CHALATENANGO DEPARTMENT. THE ARMED FORCES BLAMED THE FMLN FOR THE ATTACK. THE FMLN, IN A BROADCAST OVER ITS CLANDESTINE RADIO, DENIED ANY PARTICIPATION.', 4, None),
 ('en', '1989-06-02', None, 'LIMA, 1 JUN 89 (EFE) -- [TEXT] TWO POLICEMEN WERE KILLED AND THREE OTHERS WERE WOUNDED LAST NIGHT WHEN SHINING PATH GUERRILLAS ATTACKED A POLICE STATION IN HUANCAYO, POLICE SOURCES REPORTED TODAY. THE ATTACKERS ESCAPED AFTER A 30-MINUTE GUN BATTLE.', 2, 3),
 ('en', '1989-07-15', None, 'BOGOTA, 14 JUL 89 (AFP) -- [TEXT] A JUDGE WHO WAS INVESTIGATING THE MURDER OF A PRESIDENTIAL CANDIDATE WAS SHOT DEAD TODAY IN MEDELLIN BY UNIDENTIFIED GUNMEN, POLICE SAID. THE JUDGE IS THE 40TH MEMBER OF THE JUDICIARY KILLED IN COLOMBIA SINCE 1981.', 1, 0),  # mended: read 2 (the murder the judge was investigating, inside his own relative clause, read as a death of the day)
 ('en', '1989-08-20', None, 'SAN SALVADOR, 19 AUG 89 (RADIO VENCEREMOS) -- [TEXT] PRESIDENT ALFREDO CRISTIANI TODAY CONDEMNED THE TERRORIST ATTACKS OF THE PAST WEEK AND SAID THE GOVERNMENT WOULD NOT NEGOTIATE UNDER PRESSURE. HE RECALLED THAT MORE THAN 70,000 SALVADORANS HAVE DIED IN THE 10-YEAR WAR.', 0, None),
 ('en', '1989-09-03', None, 'TEGUCIGALPA, 2 SEP 89 (ACAN-EFE) -- [TEXT] SIX PEOPLE, INCLUDING TWO CHILDREN, DIED TODAY WHEN A BOMB EXPLODED IN A BUS IN THE CAPITAL. NO GROUP HAS CLAIMED RESPONSIBILITY. LAST MONTH A SIMILAR BOMB KILLED THREE PEOPLE IN SAN PEDRO SULA.', 6, None),
]

VICTIMS_PAST = [  # victims whose own description tells an earlier death, written after that mend: 7 of 7 as written (the code before the round read 3)
 ('en', 'A prosecutor who was leading the inquiry into the killing of two students was shot dead outside his home.', 1, 0),
 ('en', 'A journalist who had reported on the killing of three farmers was found dead on Monday.', 1, 0),
 ('en', "A police officer guarding the scene of last week's massacre was killed by a sniper.", 1, 0),
 ('en', 'An activist who had campaigned for justice for the victims of the 2015 massacre was stabbed to death.', 1, 0),
 ('fr', "Un juge qui enquêtait sur le meurtre d'un candidat à la présidence a été abattu mardi.", 1, 0),
 ('es', 'Un fiscal que investigaba el asesinato de dos estudiantes fue asesinado a tiros frente a su casa.', 1, 0),
 ('en', 'Gunmen killed a man who had witnessed the murder of his brother last year.', 1, 0),
]

REPORTS_FIFTH = [  # reports that tell their dead again: 7 of 7 as written
 ('en', '2025-10-01', None, 'A suicide bomber killed seven people at a checkpoint on Wednesday, officials said. The dead included four police officers and three civilians. Twelve people were wounded. The seven victims were buried on Thursday.', 7, 12),
 ('en', '2025-10-02', None, 'Three aid workers were killed on Thursday when their convoy was ambushed, their agency said. The three, all local staff, were travelling to a clinic. The agency suspended its operations in the area after the deaths.', 3, None),
 ('en', '2025-10-03', None, 'At least 10 people died after a mortar shell hit a crowded bus station on Friday. Among the victims were a mother and her two children. The deaths brought renewed calls for a ceasefire.', 10, None),
 ('en', '2025-10-04', None, 'Two soldiers were killed in a roadside bombing on Saturday, the army said. Both men were from the same village. Their funeral was held on Sunday.', 2, 0),
 ('en', '2025-10-05', None, 'Five people were killed in an airstrike on a market on Sunday. Local officials said the five were all traders. A sixth person was missing.', 5, None),
 ('fr', '2025-10-06', None, "Quatre soldats ont été tués dimanche dans une embuscade, a annoncé l'armée. Les quatre militaires appartenaient au même bataillon. Leurs obsèques auront lieu mardi.", 4, None),
 ('es', '2025-10-07', None, 'Tres policías murieron el lunes en una emboscada. Los tres agentes patrullaban una zona rural cuando fueron atacados. La fiscalía abrió una investigación por los homicidios.', 3, None),
]

LINES_EIGHTH = [  # agency lines: 11 of 12 as written, one first written otherwise (it says why)
 ('en', 'Insurgents attacked a convoy of fuel tankers, killing four drivers and setting 20 trucks on fire.', 4, 0),
 ('en', 'A landmine explosion killed three members of a demining team and injured their supervisor.', 3, 1),
 ('en', 'The militants executed five hostages, including two foreign engineers, the group said in a video.', 5, 0),
 ('en', 'The clashes, which lasted several hours, killed at least 18 people, most of them fighters.', 18, 0),
 ('en', 'Security forces killed a gunman who had opened fire on worshippers, wounding six of them.', 0, 6),  # first written 1: the perpetrator rule (the gunman killed in his own attack on the worshippers counts in the high only)
 ('en', 'The death toll from the bombing of the wedding hall has reached 63, with 182 people injured.', 63, 182),
 ('en', 'Two women were among four civilians killed by shelling in the city on Thursday.', 4, 0),
 ('en', 'An improvised bomb struck a minibus carrying schoolchildren, killing the driver and seven pupils.', 8, 0),
 ('en', 'A man was hacked to death and his two sons wounded by attackers armed with machetes.', 1, 2),
 ('en', 'Police said three of the nine people wounded in the attack were in a serious condition.', 0, 9),
 ('en', 'A car bomb killed at least 12 people, including a district governor, and wounded 35 others.', 12, 35),
 ('en', 'Fighting between the army and rebels killed 14 soldiers and an unknown number of rebels.', 14, 0),
]

LANGUAGES_SIXTH = [  # lines in four languages: 14 of 14 as written
 ('fr', 'Trois casques bleus ont été blessés, dont un grièvement, lorsque leur convoi a heurté un engin explosif.', 0, 3),
 ('fr', "L'attaque jihadiste contre la base militaire a fait 17 morts parmi les soldats, selon un bilan officiel.", 17, 0),
 ('fr', 'Des hommes armés ont tué par balle un chef coutumier et deux de ses fils dans leur village.', 3, 0),
 ('fr', "Au moins cinq civils ont péri dans le bombardement, et une dizaine d'autres ont été blessés.", 5, 10),
 ('fr', "Un élève a trouvé la mort et quatre autres ont été blessés dans l'effondrement d'une salle de classe touchée par un obus.", 1, 4),
 ('es', 'Al menos siete personas murieron calcinadas tras el ataque incendiario contra un autobús.', 7, 0),
 ('es', 'La balacera dejó como saldo un muerto y tres lesionados, entre ellos un menor.', 1, 3),
 ('es', 'Un grupo de sicarios ejecutó a cuatro hombres y dejó sus cuerpos en la vía pública.', 4, 0),
 ('es', 'El ataque a la estación de policía causó la muerte de tres agentes y heridas a otros dos.', 3, 2),
 ('ru', 'В результате ДТП с участием военной техники погибли двое, ранены семеро.', 2, 7),
 ('ru', 'Снайпер убил двух военных и ранил ещё одного.', 2, 1),
 ('ru', 'Боевики захватили в заложники 30 человек, пятеро из них были убиты.', 5, 0),
 ('uk', 'Окупанти скинули вибухівку з дрона на автомобіль: загинув водій, двоє пасажирів поранені.', 1, 2),
 ('uk', 'Під час обстрілу поранено трьох медиків, один з них у важкому стані.', 0, 3),
]

LABELLED = [  # labelled and bracketed figures: 7 of 7 kept as written (one not kept)
 ('en', 'Two people were killed -- a shopkeeper and a customer -- when the grenade went off.', 2, 0),
 ('en', 'The toll: nine dead, 23 wounded.', 9, 23),
 ('en', 'Nine people (six soldiers and three civilians) died in the attack.', 9, 0),
 ('en', 'A total of 16 civilians were killed and 40 wounded in the week-long fighting, according to the UN.', 16, 40),
 ('en', 'In all, 31 people lost their lives.', 31, 0),
 ('en', 'Dead: 12. Injured: 30.', 12, 30),
 ('en', 'The blast killed 8 people and injured 27 (19 of them seriously).', 8, 27),
]

WHOSE_BODIES = [  # a fourth part: bodies owned by a relative pronoun, written after that mend: 4 of 4 kept as written (two more in GAPS)
 ('en', 'Police identified a farmer whose body was found in a field on Monday.', 1, 0),
 ('en', 'Relatives of the three students, whose bodies were recovered from the river, demanded an inquiry.', 3, 0),
 ('en', 'The journalist, whose body was found in a ditch, had been missing since Friday.', 1, 0),
 ('en', 'A doctor whose life was threatened by gangs left the country.', 0, 0),
]

GAPS = [  # each still misses (strict)
 ('en', 'Unidentified attackers threw acid at two female teachers, leaving one badly burned.', 0, 1),  # a bare "one" after a verb that needs a person ("burned"), its people in the clause before: no person read (none read)
 ('en', 'Of the dead, four were children and two were elderly women, the mayor said.', 6, 0),  # the second part of a fronted whole ("and two were") is no subject of its copula (read 4)
 ('en', 'Each of the three bombs killed two people.', 6, 0),  # "each of" does not multiply (read 2)
 ('fr', "L'armée dit avoir perdu quatre hommes dans les combats, tandis que les rebelles affirment en avoir tué une trentaine.", 4, 0),  # the rebels' claim on the army's own dead is added, as round 64's English "the group claimed to have killed 40" (read 34)
 ('ru', 'В результате нападения на пост погибли двое военных, еще трое, в том числе офицер, ранены.', 2, 3),  # the aside "в том числе офицер" is not blanked for the parser (read 5 dead, 1 hurt); blanking it with its closing comma, as "среди них", broke round 58's "увеличилось до 15, в том числе трое детей, сообщили": taken back
 ('en', 'Of the 60 people taken to hospital after the blast, nine later died.', 9, 51),  # "Of" hung on "nine": the nine read with a group of their own, no part of the 60 (read 60 hurt)
 ('fr', 'Le journaliste, dont le corps a été retrouvé dans un fossé, avait disparu vendredi.', 1, 0),  # "dont" is no owner of "le corps" in the French reading of bodies (none read)
 ('es', 'El periodista, cuyo cuerpo fue hallado en una zanja, había desaparecido el viernes.', 1, 0),  # "cuyo" no relative pronoun of the Spanish pack, and the clause labelled the noun's acl (none read)
]

test_line_in_its_language, test_known_gaps = summary_tests(
    AGENCY_LINES + LINES_SECOND + OTHER_LANGUAGES + WIRE_LINES + LINES_THIRD + LANGUAGES_SECOND + WIKI_LINES
    + WIRE_LINES_SECOND + CODED_NOTES + LINES_FOURTH + LANGUAGES_THIRD + LINES_FIFTH + LINES_SIXTH + CLAUSES
    + MENDED_SHAPES + NO_CASUALTIES + LANGUAGES_FOURTH + LANGUAGES_FIFTH + CLAUSES_SECOND + LINES_SEVENTH
    + MENDED_SHAPES_SECOND + VICTIMS_PAST + LINES_EIGHTH + LANGUAGES_SIXTH + LABELLED + WHOSE_BODIES, GAPS)
test_report_with_its_headline_and_date = dated_report_tests(
    REPORTS + REPORTS_SECOND + REPORTS_THIRD + WIRE_REPORTS + REPORTS_FIFTH)
test_isaf_line, _ = isaf_release_tests(ISAF_LINES + ISAF_RELEASES + ISAF_LINES_SECOND)
