"""Sentences and reports of our own (forty-ninth round), with the figures each must give, written
by hand before the mends that meet them ran on them.

First batches: 42 agency-style lines in five languages, 39 more with parts, updates and other
categories, 18 in the manner of event notes ("On 3 May 2022, JNIM militants attacked ..."), 17
reports with headlines and eight ISAF-style releases: all but one held at first run. Then probes
of a new kind: the same victims (27 phrases: lists, names, possessives, ages, titles) set in a
dozen frames each (active, passive, "left ... dead", "killing ...", the source first or last, a
place and a day), in English, French, Spanish and Russian, and headlines with their articles
dropped. Missed, mended:
- "A Border Security Force jawan was killed and another injured" (0 hurt, now 1): "another" the
  parser made a conjunct of the passive deed, its participle a modifier of it, is that
  participle's subject, as after a leave verb (parse repair `others_left` widened);
- "killed a pregnant woman and her husband, a local official said" (1, now 2): the speaker after
  a comma, right before a reporting verb with no subject, set beside the last victim, is the
  verb's subject (parse repair `sources_read_as_appositions`; the husband had been read as the
  one who said it);
- "left a journalist, a driver and two guards dead" (0, now 4), "The bodies of a farmer, a herder
  and three boys were found" (1, now 5), "The bodies of the village chief and his two sons were
  found" (1, now 3): a list cut at its first comma or its conjunction, the rest made a subject of
  the predicate, joins its first member (parse repair `lists_split_at_a_comma`); an indefinite
  middle member after an indefinite first, or a possessed one, with the list going on below it,
  is a member (`appositions_in_a_list` widened; not a bare title: "Luis Carlos Galán, senator and
  presidential hopeful"); a state after such a list, hung on a middle member, is the leave verb's
  (`states_after_a_left_list`);
- "Armed men on motorbikes gunned down a teacher ..., officials said" (0, now 1): a verb of harm
  made a reduced relative inside the subject's phrase, with a determined object or one after its
  particle, also under a reporting verb (`verbs_read_as_relatives` widened);
- "A sniper shot dead a boy", "A gang shot dead a police officer" (0, now 1): "shot" tagged a noun,
  the subject of "dead", which held the object; the parser's own lemmatiser gives the verb
  (parse repair `resultatives_tagged_nouns`, pack.lemma_as_verb). Round 33's gap "A sniper shot
  dead a 70-year-old man" closed (SHOT_TAGGED_A_NOUN_CLOSED there);
- "In recent violence at a market in Herat, a local councillor and his bodyguard were killed" (1,
  now 2), "Selon des sources locales, au moins 12 civils ont été tués" (0, now 12): the subject set
  beside the oblique's noun before the verb, or a counted one made the source's modifier, is the
  verb's subject (`subjects_as_appositions` widened);
- "Des bandits ont tué six orpailleurs près de Kidal" (7: Kidal a named victim; now 6): an object
  with its own preposition after an adverb is a place (parse repair `places_read_as_objects`; not
  a number's hedge, "hirieron a más de diez", which the first try broke in round 28's line);
- "tuant une femme enceinte et son mari" (1, now 2): a determined noun right after the object's
  conjunction, joined to the verb above, is the object's conjunct (`counts_joined_to_the_verb`
  widened);
- "Una explosión cobró la vida de un líder social" (0, now 1): the life's owner made a second
  object is the life noun's (parse repair `owners_read_as_objects`; only after a partitive
  preposition: not "costó la vida al jefe", round 33's line, which the first try broke);
- "Una mujer embarazada y su esposo murieron ..., informó la Policía" (1, now 2): the list split by
  its verb under a reporting verb after it (`subjects_split_by_their_verb` widened);
- headlines "Soldier shot dead at checkpoint in Hebron", "Mayor gunned down in Mexico",
  "Policeman killed, two others wounded in Pakistan attack" (0, now 1): a bare singular noun opening
  the line, the subject of a past verb of harm with no object, is a passive's (parse repair
  `headline_passives`).
Second part: the victims set with names, ages and asides ("Ahmed Khan, 34, and his son", "a
teacher, Maria Lopez, and two of her pupils", "Pedro Gómez and Luis Torres, both farmers") and
Spanish crime news in the same frames. Missed, mended:
- "killing the head of the local council, his wife and their driver" (1, now 3): a possessed noun
  after the object's comma, its list going on below it, made a loose modifier of the verb above,
  is the object's conjunct (`counts_joined_to_the_verb` widened again);
- "A gang gunned down the mayor" (0, now 1): an object hung on the verb's particle is the verb's
  (parse repair `objects_under_a_particle`);
- "shot dead the mayor of the town, José Ruiz", "hacked to death Ahmed Khan, 34, and his son" (0,
  now 1 and 2): the object after a resultative phrase, hung on the state word or left a loose
  modifier, is the verb's (parse repair `objects_of_a_resultative`);
- "Ahmed Khan, 34, and his son were murdered" (1, now 2): the list split by its verb with the
  conjunction on the first member (`subjects_split_by_their_verb` widened);
- "killing Pedro Gómez and Luis Torres, both farmers" (4, now 2): a noun joined to a list after its
  closing member, set off by a comma, names the list again (parse repair `appositions_after_a_list`);
- "killed a teacher, Maria Lopez, and two of her pupils" (1, now 3): a name after the object's comma
  made a loose modifier of the verb is the object's apposition, the list's rest its conjuncts
  (parse repair `names_set_apart_from_the_object`);
- "Sicarios dieron muerte a dos policías" (0 in every frame: 24 of 120 Spanish probes; now 2): the
  Spanish pack's phrasal verbs take "dar muerte", the French "mettre à mort"; the Spanish verbs
  "ajusticiar", "victimar" (with their cue stems).
Third part: French titles with names and crime news with the source after the verb:
- "Le maire de la commune, Ali Cissé, a été tué mardi soir, ont rapporté des témoins" (0, now 1):
  the French parser cut the sentence in three trees at its commas and names (15 % of the French
  cue sentences of the multilingual file had two trees or more, 12 % of MUC-4's). Each text the
  reader parses is one sentence already; the parser may now start a tree only after a punctuation
  mark other than a comma (a full stop, a semicolon, a dateline's dash or blank) or a line break
  (parsers/one_sentence.py, every spaCy pipeline). A first try that forbade every cut moved two
  French check rows of the multilingual file wrong (20 -> 7, 14 -> 5: two sentences the splitter had
  left together) and broke round 29's "Côté kirghize, 46 personnes ont été tuées ; côté tadjik,
  35" and round 21's datelines; it was narrowed to this;
- "ont tué le conseiller municipal Issa Koné et son garde du corps" (3, now 2), "a coûté la vie au
  député Amadou Touré et à son chauffeur" (1, now 2), "ont abattu le chef coutumier Boureima
  Sawadogo" (2, now 1): a name's last word made a second object continues the name (parse repair
  `names_split_from_their_object`), and a list joined to a name set right after a singular title is
  the title's (`lists_on_a_name`; not "murdered brothers Martiza and John Paolo Puzo Ochoa and their
  mother", a MUC-4 build row the first try moved 4 -> 3);
- "ont abattu un couple de retraités", "neutralizaron a tres uniformados" (0, now 2 and 3): the
  French and Spanish packs' people words, thin beside the English (602; they held 243 and 226), take 150 and 129
  more (retraité, fonctionnaire, bénévole, pescador, uniformado, concejal ...), read
  by the verbs whose victims must be people ("abattre", "éliminer", "neutralizar"); the Russian
  pack 37 more lemmas ("Боевики расстреляли двух пенсионеров": 0, now 2);
- "Entre los muertos hay dos menores de edad y una mujer embarazada" (0, now 3): a counted adjective
  named among the dead is a member (claims/members.py).
Fourth part, Latin American crime news and the same frames again:
- "Sicarios le quitaron la vida a un comerciante", "le arrebató la vida a una niña", "ont ôté la vie
  à deux bergers" (0, now the figure): the Spanish and French packs' `life_verbs` take "quitar",
  "arrebatar", "ôter";
- "A Juan Pérez lo mataron frente a su casa" (0, now 1): an object put first with its marker,
  doubled by a clitic before the verb, is the verb's object (parse repair `doubled_objects`);
- "Armed men on motorbikes shot and killed the imam" (2 hurt: "men shot" read as the men shot; now
  0): a verb tagged a participle, with a subject of its own and no auxiliary, joined to a verb whose
  object they share, is a past tense (parse repair `pasts_before_a_shared_object`).
Fifth part, headlines in four languages (12 reports, HEADLINES): "Mexican journalist murdered, sixth
this year" (0, now 1: the bare subject may have modifiers, not an article or a count), "Asesinado un
líder indígena en el norte del Cauca" (0, now 1: the subject after a participle opening the line;
`headline_passives` widened), "Two aid workers among dead in Sudan attack" (0, now 2: a counted noun
with no verb, among the dead; claims/members.py).
Sixth part: French lists opening the sentence, the source after: "Un journaliste, un chauffeur et deux
gardes ont été tués dimanche, a indiqué la police" (3, now 4: the list's rest made the subject of a
relative clause of the first, the first the reporting verb's subject; `lists_split_at_a_comma`
widened, the list's "and" on its last member as UD hangs it), "Un policier, un gendarme et trois
civils ont été blessés lundi" (4, now 5: a determined middle member made a modifier;
`appositions_in_a_list` widened). Gap: "Le village, où un enseignant et deux élèves ont été tués, a
été attaqué dimanche" (the first member made the relative clause's head).
Dev dumps after the mends: a first try of the list member rule (any middle member with the list
below it) moved MUC-4 rows wrong (a name's titles read as members: two build, one check) and was
narrowed; after it, two build rows up (MUC-4 "the murder of Dr Teófilo Forero Castro, his wife, and
two other people": 3 -> 5, the gold; an ISAF detention) and none down.
Not ours by the contract, so not asserted: attackers killed in their own attack count in the
toll's high only ("Two attackers were also killed"); the hurt who later die leave the hurt
("Seven people were wounded ... Two of them later died": 5 hurt); "several dozen" attackers killed
beside nine soldiers (the toll's best takes the middle of the vague range).
Left as gaps: the French list after "a tué" with a day after it ("dimanche" made the list's last member; closed in round 50), "left a prominent
tribal elder dead" ("elder" tagged an adjective), "insurgents stabbed to death a journalist, ..." after
"The army said" (the verb a relative of its subject), and a list after an oblique's comma with an
indefinite first member.
"""
from .helpers import category_tests, dated_report_tests, isaf_release_tests, summary_tests

LINES = [
 ('en', 'On 12 September, suspected herders attacked a farming settlement near Makurdi, killing 11 villagers and burning dozens of homes.', 11, 0),
 ('en', 'Two police officers and a civilian lost their lives when their patrol came under fire outside Peshawar on Thursday.', 3, 0),
 ('en', 'A roadside device ripped through a minibus in Kunar province on Friday, leaving eight passengers dead and five others injured.', 8, 5),
 ('en', 'Unknown assailants shot and killed a journalist as he left his home in Culiacán on Tuesday morning.', 1, 0),
 ('en', 'Security forces said they had neutralised 23 terrorists during a two-day sweep in the Sahel region.', 23, 0),
 ('en', 'The bodies of four fishermen abducted last week were recovered from a river near Bunia on Saturday.', 4, 0),
 ('en', 'An airstrike on a market in the town of Hajjah killed at least 17 civilians, among them five children, local medics said.', 17, 0),
 ('en', 'Clashes between rival clans over grazing land in Galmudug left 14 people dead and more than 20 wounded.', 14, 20),
 ('en', 'A mortar round landed on a schoolyard in Mogadishu, wounding nine pupils and a teacher.', 0, 10),
 ('en', 'Gunmen on motorbikes stormed a mosque during evening prayers in the village of Mazoza, killing at least 16 worshippers.', 16, 0),
 ('en', 'The militia executed three men it accused of spying for the army, residents said.', 3, 0),
 ('en', 'A Border Security Force jawan was killed and another injured in cross-border firing along the Line of Control on Sunday.', 1, 1),
 ('en', 'Protesters clashed with riot police in the capital on Friday; health officials said 27 people were treated for injuries.', 0, 27),
 ('en', 'Three members of the same family, including a six-year-old boy, died when a shell hit their house in Donetsk.', 3, 0),
 ('en', 'Police in Rio de Janeiro killed six suspected gang members in an operation in the Maré favela complex.', 6, 0),
 ('en', "One person died and 12 were hurt after a car bomb exploded near a checkpoint in Baghdad's Sadr City.", 1, 12),
 ('en', 'The army lost two soldiers in an ambush on Wednesday, bringing to 31 the number of troops killed in the area since June.', 2, 0),
 ('en', 'An explosion at a rally in Quetta killed a provincial lawmaker and his driver.', 2, 0),
 ('en', 'Eleven miners were kidnapped by armed men at a gold site in northern Burkina Faso.', 0, 0),
 ('en', 'A suicide attacker blew himself up at a checkpoint, killing two soldiers; the attacker also died.', 2, 0),
 ('en', 'At least nine people have been killed since Monday in inter-communal fighting in Kasai, a local official told reporters.', 9, 0),
 ('en', "Yemen's Houthis said an air raid killed 14 of their fighters on Saturday, a claim the coalition denied.", 14, 0),
 ('en', 'The explosion wounded a dozen bystanders, two of them seriously.', 0, 12),
 ('en', 'Masked men abducted and later killed a local councillor in Guerrero state, prosecutors said on Monday.', 1, 0),
 ('en', 'Authorities confirmed the deaths of seven migrants whose boat was fired on near the coast.', 7, 0),
 ('fr', "Au moins 12 civils ont trouvé la mort dimanche dans l'attaque d'un village du centre du Mali, selon des sources locales.", 12, 0),
 ('fr', "Deux gendarmes ont perdu la vie et trois autres ont été blessés lors d'une embuscade près de Kaya.", 2, 3),
 ('fr', 'Des hommes armés ont abattu le chef du village et son fils dans la nuit de samedi à dimanche.', 2, 0),
 ('fr', "L'explosion d'un engin artisanal au passage d'un convoi a coûté la vie à quatre soldats nigériens.", 4, 0),
 ('fr', 'Une dizaine de personnes ont été enlevées par des jihadistes présumés sur la route de Djibo.', 0, 0),
 ('fr', "Le bilan de l'attaque s'élève désormais à 19 morts et 25 blessés, a indiqué le gouverneur.", 19, 25),
 ('es', 'Un enfrentamiento entre grupos armados dejó nueve muertos en una zona rural del Cauca, informó la Defensoría del Pueblo.', 9, 0),
 ('es', 'Dos policías murieron y otro resultó herido en un ataque con explosivos contra una patrulla en Jamundí.', 2, 1),
 ('es', 'Sicarios asesinaron a tiros a un líder comunitario frente a su casa en Tumaco.', 1, 0),
 ('es', 'La explosión de una mina antipersonal hirió a tres soldados del Ejército en el Catatumbo.', 0, 3),
 ('es', 'Once personas perdieron la vida en la masacre ocurrida el sábado en una finca de Antioquia.', 11, 0),
 ('ru', 'В результате обстрела погибли три мирных жителя, ещё пятеро получили ранения, сообщили в администрации.', 3, 5),
 ('ru', 'Боевики напали на блокпост, убив двух военнослужащих.', 2, 0),
 ('ru', 'При взрыве на рынке пострадали 14 человек, двое из них в тяжёлом состоянии.', 0, 14),
 ('ru', 'Тела шести погибших были обнаружены под завалами дома.', 6, 0),
 ('uk', 'Внаслідок ракетного удару по місту загинули четверо людей, ще 11 поранені.', 4, 11),
 ('uk', 'Російські військові обстріляли село, поранивши двох цивільних.', 0, 2),
 ('en', 'Of the 30 people hurt in the stampede, eight were children, a hospital official said.', 0, 30),
 ('en', 'Local officials put the death toll at 13, while a rights group said at least 19 people had been killed.', 19, 0),
 ('en', 'The ministry said a soldier was killed and two wounded when militants fired rockets at a base in Kirkuk.', 1, 2),
 ('en', 'Two children were among the five people killed when a drone struck a car near Marib.', 5, 0),
 ('en', 'The gunmen, who arrived in three pickup trucks, shot dead the village head, his wife and their three children.', 5, 0),
 ('en', 'A nurse and a paramedic were killed when their ambulance was hit, the Red Crescent said, adding that a third crew member was missing.', 2, 0),
 ('en', 'Four Indian soldiers and three militants were killed in a gunfight in Kupwara district, police said.', 7, 0),
 ('en', 'None of the 40 passengers was hurt when gunmen opened fire on the bus, police said.', 0, 0),
 ('en', "The death toll from Tuesday's twin blasts in Kabul has climbed to 27, with more than 50 wounded.", 27, 50),
 ('en', 'A young boy was crushed to death when a wall collapsed under shelling in the eastern town.', 1, 0),
 ('en', 'A gunman opened fire on worshippers at a church in Owo, killing at least 40 people and injuring 61 others.', 40, 61),
 ('en', 'Jihadists beheaded two men accused of collaborating with the authorities in Cabo Delgado.', 2, 0),
 ('en', 'Seven schoolchildren and their driver were abducted on Friday when gunmen stopped their bus.', 0, 0),
 ('en', 'An Israeli strike on a house in Rafah killed a mother and her four children, the health ministry said.', 5, 0),
 ('en', 'Afghan officials said 12 Taliban fighters died and six others were captured in clashes in Helmand.', 12, 0),
 ('en', 'Sectarian violence in Kurram district has claimed at least 46 lives over five days, officials said.', 46, 0),
 ('en', 'Several houses were destroyed but no casualties were reported after the shelling of the village.', 0, 0),
 ('en', 'The assailants hacked to death a 70-year-old farmer and his grandson in their field.', 2, 0),
 ('en', 'A police officer was seriously injured in a knife attack outside a station in the city centre.', 0, 1),
 ('en', 'Suspected ADF rebels killed at least 26 civilians with machetes overnight in Beni territory, a civil society leader said.', 26, 0),
 ('en', 'Rescue workers pulled 11 bodies from the rubble of the building hit by the missile.', 11, 0),
 ('fr', 'Huit soldats maliens ont été tués et six autres portés disparus après une attaque contre leur poste.', 8, 0),
 ('fr', "Un policier a été mortellement blessé par balle lors d'un contrôle routier à Ouagadougou.", 1, 0),
 ('fr', 'Les assaillants ont incendié le marché et tué cinq commerçants, ont rapporté des témoins.', 5, 0),
 ('fr', "Trois casques bleus ont été blessés par l'explosion d'une mine au nord de Kidal.", 0, 3),
 ('es', 'Un ataque armado contra un bar de Celaya dejó como saldo diez personas muertas y cinco heridas.', 10, 5),
 ('es', 'La Policía informó que tres presuntos delincuentes murieron en un enfrentamiento con agentes.', 3, 0),
 ('es', 'Un soldado murió y cuatro resultaron heridos tras pisar una mina en Tame, Arauca.', 1, 4),
 ('ru', 'Число погибших в результате удара по торговому центру возросло до 21 человека.', 21, 0),
 ('ru', 'Двое военных погибли, ещё трое были ранены при подрыве бронемашины на мине.', 2, 3),
 ('ru', 'В ходе столкновений на границе погиб один пограничник, сообщает ведомство.', 1, 0),
 ('uk', 'Загарбники вбили трьох мирних мешканців у Херсоні, повідомила обласна прокуратура.', 3, 0),
 ('uk', "Під час атаки дронів поранення отримали п'ятеро людей, серед них дитина.", 0, 5),
 ('en', 'On 3 May 2022, JNIM militants attacked a gendarmerie post in Seytenga (Seno, Sahel), killing 5 gendarmes. 2 militants were also killed.', 7, 0),
 ('en', 'On 14 June 2022, unidentified gunmen abducted 4 traders on the road between Gao and Ansongo. Their fate is unknown.', 0, 0),
 ('en', 'On 2 July 2022, Fulani militia attacked Kadarko village (Keana, Nasarawa) and killed 8 people, including a pregnant woman.', 8, 0),
 ('en', 'On 19 August 2022, a Russian missile struck a residential building in Kramatorsk, killing 1 civilian and injuring 3.', 1, 3),
 ('en', 'Around 10 September 2022 (as reported), al-Shabaab militants executed a man in Jilib town, accusing him of spying. 1 fatality.', 1, 0),
 ('en', 'On 8 September 2022, an IED planted by unidentified armed men exploded in Tonk district, injuring 2 security personnel.', 0, 2),
 ('en', 'On 11 September 2022, Myanmar military forces shelled Let Yet Kone village (Tabayin, Sagaing), killing 11 children at a school.', 11, 0),
 ('en', 'On 12 September 2022, Kyrgyz and Tajik border guards exchanged fire near Golovnoy water intake. 1 Tajik border guard was killed.', 1, 0),
 ('en', 'On 13 September 2022, ISWAP fighters ambushed a military convoy near Damboa (Borno). Fatalities unknown.', 0, 0),
 ('en', 'On 15 September 2022, Houthi forces attacked Yemeni army positions in Taiz. Fighting resulted in 4 fatalities on both sides.', 4, 0),
 ('en', 'On 16 September 2022, ADF rebels killed 7 civilians and abducted 12 others in Mamove (Beni, Nord-Kivu).', 7, 0),
 ('en', 'On 17 September 2022, a mob lynched a suspected thief in Nakuru town. 1 fatality.', 1, 0),
 ('fr', 'Le 4 septembre 2022, des hommes armés non identifiés ont tué 3 civils à Kompienga (Est). Les assaillants ont également volé du bétail.', 3, 0),
 ('fr', 'Le 10 septembre 2022, une patrouille des FAMa est tombée dans une embuscade près de Boni ; 4 soldats ont été tués et 2 blessés.', 4, 2),
 ('es', 'El 6 de septiembre de 2022, miembros del ELN asesinaron a 2 soldados en una emboscada en Saravena (Arauca).', 2, 0),
 ('es', 'El 9 de septiembre de 2022, hombres armados dispararon contra un grupo de personas en Zamora (Michoacán): 3 muertos y 2 heridos.', 3, 2),
 ('ru', '11 сентября 2022 года в результате обстрела Донецка погибли 2 мирных жителя, 5 получили ранения.', 2, 5),
 ('en', 'Police shot dead two suspects on Sunday.', 2, 0),
 ('en', 'Soldiers shot dead a man at a checkpoint.', 1, 0),
 ('en', 'A gang shot dead a police officer.', 1, 0),
 ('en', 'The gang shot dead a police officer.', 1, 0),
 ('en', 'A sniper shot dead a boy in the old city.', 1, 0),
 ('en', 'A gunman shot dead three worshippers.', 3, 0),
 ('en', 'Security forces shot dead a protester in Khartoum.', 1, 0),
 ('en', 'An unknown assailant shot dead a shopkeeper.', 1, 0),
 ('en', 'A militant shot dead a soldier and wounded another.', 1, 1),
 ('en', 'Troops shot dead four militants.', 4, 0),
 ('en', 'A mob beat to death a suspected thief.', 1, 0),
 ('en', 'A Border Security Force jawan was killed and another injured in cross-border firing on Sunday.', 1, 1),
 ('en', 'One policeman was killed and another wounded when gunmen fired on their vehicle.', 1, 1),
 ('en', 'A drone strike killed a pregnant woman and her husband, a local official said.', 2, 0),
 ('en', 'Shelling killed an elderly man and his grandson, a regional governor said.', 2, 0),
 ('en', 'A car bomb left a journalist, a driver and two guards dead, witnesses told Reuters.', 4, 0),
 ('en', 'The blast left a teacher, two pupils and a guard dead.', 4, 0),
 ('en', 'The bodies of a farmer, a herder and three boys were found in a ravine.', 5, 0),
 ('en', 'The bodies of the village chief and his two sons were found, the army said.', 3, 0),
 ('en', 'Armed men on motorbikes gunned down a teacher on a highway outside Kandahar, officials said.', 1, 0),
 ('en', 'Masked men in a pickup truck gunned down a tribal elder near his home.', 1, 0),
 ('en', 'A gang shot dead a police officer outside his home, witnesses said.', 1, 0),
 ('en', 'Witnesses told Reuters a gunman shot dead a shopkeeper on Monday.', 1, 0),
 ('en', 'In recent violence at a market in Herat, a local councillor and his bodyguard were killed, witnesses told Reuters.', 2, 0),
 ('en', 'During the raid on the village, the imam and his son were shot dead.', 2, 0),
 ('fr', 'Selon des sources locales, au moins 12 civils ont été tués sur un marché de Gao dimanche.', 12, 0),
 ('fr', "D'après la gendarmerie, huit blessés ont été évacués vers l'hôpital de Dori.", 0, 8),
 ('fr', "Des bandits ont tué six orpailleurs près de Kidal, a annoncé l'armée.", 6, 0),
 ('fr', 'Des hommes armés ont abattu deux commerçants non loin de Gao.', 2, 0),
 ('fr', 'Des terroristes ont attaqué un poste mardi soir, tuant une femme enceinte et son mari, ont rapporté des témoins.', 2, 0),
 ('es', 'Una explosión cobró la vida de un líder social en la vereda La Esperanza el martes en la noche.', 1, 0),
 ('es', 'El ataque cobró la vida de un policía en Jamundí.', 1, 0),
 ('es', 'Una mujer embarazada y su esposo murieron en el municipio de Tumaco el domingo tras un ataque, informó la Policía.', 2, 0),
 ('es', 'Un comerciante y su hijo murieron baleados en Cúcuta, informaron las autoridades.', 2, 0),
]

OTHER_CATEGORIES = [
 ('en', 'The attack brought the number of aid workers killed in the country this year to 22.', 'injured', 0),
 ('en', 'Two people succumbed to their injuries in hospital overnight, taking the toll from the blast to nine.', 'killed', 9),
 ('en', 'At least 80 protesters have been killed by security forces since the demonstrations began in October, according to rights groups.', 'injured', 0),
 ('en', 'On 5 September 2022, police fired tear gas and live rounds at protesters in Conakry. 1 protester was killed and several injured.', 'killed', 1),
]

GAPS = [
 ('fr', 'Le village, où un enseignant et deux élèves ont été tués, a été attaqué dimanche.', 3, 0),
 # ("Une explosion a tué un journaliste, un chauffeur et deux gardes dimanche": closed in round 50, DAY_AS_MEMBER_CLOSED)
 ('en', 'An airstrike near the town of Kidal on Tuesday night left a prominent tribal elder dead, officials said.', 1, 0),
 ('en', 'The army said insurgents stabbed to death a journalist, a driver and two guards in the village of Kalama.', 4, 0),
 ('en', 'In Tuesday night violence at a market in Herat, a journalist, a driver and two guards were killed, a local official said.', 4, 0),
]

REPORTS = [
 ('en', '2022-09-18', 'Six bodies found in Mexican state of Zacatecas', 'Police in the Mexican state of Zacatecas found the bodies of six men dumped on a highway on Sunday, prosecutors said. The victims had gunshot wounds and showed signs of torture. Zacatecas has been hit by a turf war between cartels that left more than 1,000 people dead last year.', 6, 0),
 ('en', '2022-09-18', 'Gaza: three killed as Israeli troops raid Jenin', 'Three Palestinians were killed and seven wounded during an Israeli army raid in the Jenin refugee camp on Saturday, the Palestinian health ministry said. The army said its troops had come under fire and had responded. One of the dead was a 17-year-old boy, according to the ministry.', 3, 7),
 ('en', '2022-09-18', 'Death toll from Somali hotel siege rises to 17', 'The death toll from an al-Shabaab siege of a hotel in Mogadishu has risen to 17, a police spokesman said on Sunday. On Saturday, officials had said 12 people were killed. About 30 people were wounded and taken to hospitals, he said, adding that all five attackers had been killed by security forces.', 17, 30),
 ('en', '2022-09-18', "Gunmen free 20 hostages in Nigeria's Zamfara", "Gunmen on Sunday released 20 villagers they had kidnapped in Nigeria's Zamfara state two weeks ago, a local official said. The same gang killed 12 people in a raid on the village in 2021, he said. No ransom was paid, according to the state government.", 0, 0),
 ('en', '2022-09-18', 'Pakistani soldiers killed in Waziristan', "Four Pakistani soldiers were martyred and two others injured when terrorists attacked a security post in North Waziristan on Saturday night, the military's media wing said. Troops responded effectively and two terrorists were killed in the exchange of fire, it added.", 6, 2),
 ('fr', '2022-09-18', 'Burkina: cinq civils tués dans le Nord', 'Cinq civils ont été tués samedi par des hommes armés non identifiés dans la province du Loroum, dans le nord du Burkina Faso, a-t-on appris dimanche de sources sécuritaires. « Les assaillants sont arrivés à moto et ont ouvert le feu sur des habitants », a témoigné un habitant. En juin, une attaque dans la même zone avait fait 86 morts.', 5, 0),
 ('es', '2022-09-18', 'Ataque en Guanajuato deja cuatro muertos', 'Cuatro personas murieron y dos más resultaron heridas la noche del sábado cuando hombres armados dispararon contra los clientes de un bar en Irapuato, informó la fiscalía estatal. En lo que va del año, Guanajuato acumula más de 2.000 homicidios dolosos.', 4, 2),
 ('ru', '2022-09-18', 'В Белгороде при обстреле погибли два человека', 'Два человека погибли и шесть получили ранения в результате обстрела Белгорода в субботу, сообщил губернатор области. По его словам, повреждены также несколько жилых домов и автомобилей. Ранее в этом месяце при аналогичном обстреле погиб один человек.', 2, 6),
 ('uk', '2022-09-18', 'Обстріл Харкова: одна людина загинула', 'Внаслідок обстрілу Харкова в неділю загинула одна людина, ще троє отримали поранення, повідомив голова обласної військової адміністрації. Поранених госпіталізовано.', 1, 3),
 ('fr', '2022-09-18', "Nigeria : au moins 14 morts dans l'attaque d'une mosquée", "Au moins quatorze fidèles ont été tués et neuf autres blessés vendredi soir lorsque des hommes armés ont ouvert le feu dans une mosquée du village de Maradun, dans l'État de Zamfara, a déclaré samedi un porte-parole de la police. « Les bandits ont encerclé la mosquée pendant la prière », a raconté à l'AFP un habitant, Ibrahim Sani, qui dit avoir aidé à enterrer les victimes. Selon lui, le bilan pourrait être plus lourd, plusieurs fidèles étant toujours portés disparus. Le nord-ouest du Nigeria est en proie aux violences de bandes criminelles qui ont tué plus de 2 600 civils en 2021, selon l'ONG Acled.", 14, 9),
 ('fr', '2022-09-18', 'RDC : trois Casques bleus tués dans le Nord-Kivu', "Trois Casques bleus indiens ont été tués samedi lors d'une attaque contre leur base à Butembo, dans l'est de la République démocratique du Congo, a annoncé la Monusco. Les manifestations contre la mission de l'ONU avaient déjà fait une quinzaine de morts en juillet, dont trois Casques bleus. « Nous condamnons fermement cette attaque », a déclaré le chef de la mission.", 3, 0),
 ('es', '2022-09-18', 'Masacre en Zacatecas: siete muertos en un palenque', 'Siete personas fueron asesinadas y tres más resultaron lesionadas durante un ataque armado en un palenque de gallos en el municipio de Fresnillo, Zacatecas, la madrugada del domingo, confirmó la Fiscalía General de Justicia del estado. De acuerdo con los primeros reportes, un grupo de hombres armados irrumpió en el lugar y disparó contra los asistentes. Entre las víctimas se encuentra un menor de 15 años. En lo que va del año, en el estado se han registrado más de 800 homicidios.', 7, 3),
 ('es', '2022-09-18', 'Colombia: asesinan a cinco personas en Cauca', 'Cinco personas, entre ellas dos menores de edad, fueron asesinadas por hombres armados en zona rural del municipio de El Tambo, Cauca, según informó el Instituto de Estudios para el Desarrollo y la Paz (Indepaz). Con este hecho, ya son 71 las masacres registradas en el país en 2022, de acuerdo con la organización.', 5, 0),
 ('ru', '2022-09-18', 'Число погибших при обстреле Донецка выросло до четырёх', 'Число погибших в результате обстрела центра Донецка в субботу выросло до четырёх человек, сообщил глава города. Ещё десять человек, в том числе двое детей, получили ранения различной степени тяжести. Ранее сообщалось о трёх погибших. По словам главы города, снаряд попал в остановку общественного транспорта.', 4, 10),
 ('ru', '2022-09-18', 'На границе Киргизии и Таджикистана погибли двое пограничников', 'Двое военнослужащих Пограничной службы Киргизии погибли в результате перестрелки с таджикскими военными на границе в Баткенской области, сообщили в ГКНБ республики. В ведомстве уточнили, что таджикская сторона открыла огонь по позициям киргизских пограничников. В апреле 2021 года в ходе конфликта на границе погибли более 50 человек.', 2, 0),
 ('uk', '2022-09-18', 'Росіяни обстріляли Нікополь: троє загиблих', 'Російські війська в ніч на неділю обстріляли Нікополь з реактивних систем залпового вогню, внаслідок чого загинули троє людей, ще восьмеро отримали поранення, повідомив голова Дніпропетровської ОВА. За його словами, пошкоджено понад 20 житлових будинків.', 3, 8),
 ('en', '2022-09-18', 'Gunmen kill five in attack on Nigerian village', 'Residents said the attackers arrived at dawn.', 5, 0),
 ('en', '2022-09-18', 'Suicide bomber kills 12 at Kabul mosque', 'The Taliban administration condemned the bombing.', 12, 0),
 ('en', '2022-09-18', 'Two soldiers dead in Mali ambush', 'The army gave no further details.', 2, 0),
 ('en', '2022-09-18', 'Three dead, seven hurt as shells hit Donetsk market', 'Officials blamed Ukrainian forces.', 3, 7),
 ('en', '2022-09-18', 'Death toll in Somalia hotel attack rises to nine', 'Security forces ended the siege overnight.', 9, 0),
 ('en', '2022-09-18', 'Gunmen abduct 20 students in northwest Nigeria', 'Police said a rescue operation was under way.', 0, 0),
 ('en', '2022-09-18', 'Four killed in Kashmir gunfight, police say', 'The operation continued into the night.', 4, 0),
 ('fr', '2022-09-18', 'Burkina : sept soldats tués dans une embuscade', "L'armée a lancé une opération de ratissage.", 7, 0),
 ('es', '2022-09-18', 'Asesinan a tres personas en Guanajuato', 'Las autoridades no han identificado a los responsables.', 3, 0),
 ('en', '2022-09-18', 'Six dead after gunmen storm Mexican bar', 'Authorities have launched an investigation.', 6, 0),
 ('en', '2022-09-18', 'Policeman killed, two wounded in Pakistan attack', 'No group claimed responsibility.', 1, 2),
 ('en', '2022-09-18', 'Journalist killed in Honduras', 'Press groups called for an investigation.', 1, 0),
 ('en', '2022-09-18', 'Teacher stabbed to death in Kenya', 'Police are looking for the attacker.', 1, 0),
 ('en', '2022-09-18', 'Mayor gunned down in Mexico', 'Police are looking for the attacker.', 1, 0),
 ('en', '2022-09-18', 'Soldier shot dead at checkpoint in Hebron', 'The army said it was investigating.', 1, 0),
 ('en', '2022-09-18', 'Two journalists shot dead in Haiti', 'Press groups called for an investigation.', 2, 0),
 ('en', '2022-09-18', 'Activist shot dead in Honduras', 'Press groups called for an investigation.', 1, 0),
 ('en', '2022-09-18', 'Policeman killed, two others wounded in Pakistan attack', 'No group claimed responsibility.', 1, 2),
 ('en', '2022-09-18', 'Soldier killed, two wounded in Kashmir', 'No group claimed responsibility.', 1, 2),
 ('en', '2022-09-18', 'Aid worker killed in South Sudan ambush', 'The UN condemned the attack.', 1, 0),
 ('en', '2022-09-18', 'Priest kidnapped and killed in Nigeria', 'The diocese confirmed his death on Sunday.', 1, 0),
 ('en', '2022-09-18', 'Journalist wounded in Kyiv shelling', 'Her employer said she was stable.', 0, 1),
 ('en', '2022-09-18', "Teacher abducted in Cameroon's Anglophone region", 'Separatists were blamed.', 0, 0),
 ('en', '2022-09-18', 'Colombian social leader murdered in Cauca', 'Indepaz said it was the 120th such killing this year.', 1, 0),
 ('en', '2022-09-18', 'Three Palestinians killed in West Bank raid', 'The army said troops came under fire.', 3, 0),
 ('fr', '2022-09-18', 'Un journaliste tué au Honduras', 'Des organisations de presse réclament une enquête.', 1, 0),
 ('fr', '2022-09-18', 'Mali : un casque bleu tué par une mine', "La Minusma a condamné l'attaque.", 1, 0),
 ('es', '2022-09-18', 'Asesinan a periodista en Honduras', 'Organizaciones de prensa exigieron una investigación.', 1, 0),
 ('es', '2022-09-18', 'Matan a líder social en el Cauca', 'La Defensoría del Pueblo condenó el crimen.', 1, 0),
 ('uk', '2022-09-18', 'На Харківщині загинув волонтер', 'Поліція розслідує обставини.', 1, 0),
]

ISAF_RELEASES = [
 ('2011-06-02', 'Joint force kills three insurgents in Kandahar', 'KABUL, Afghanistan (June 2, 2011) — An Afghan and coalition security force killed three insurgents and detained two suspects while pursuing a Taliban commander in Arghandab district, Kandahar province, yesterday.\n\nAs the force approached the compound, insurgents opened fire from a rooftop. The force returned fire, killing the three. The two suspects were detained after initial questioning at the scene. No civilians were injured.', 3, 2),
 ('2011-06-02', 'Taliban sub-commander among five detained in Ghazni', 'KABUL, Afghanistan (June 2, 2011) — A combined force detained a Taliban sub-commander and four other suspected insurgents during an operation in Andar district, Ghazni province, today.\n\nThe sub-commander is believed to have organised attacks on Afghan police checkpoints along Highway 1. The force also found two AK-47 rifles and several magazines of ammunition.', 0, 5),
 ('2011-06-02', 'Insurgent killed while planting roadside bomb', 'KABUL, Afghanistan (June 2, 2011) — A coalition air weapons team killed an insurgent who was emplacing an improvised explosive device along a road in Nad-e Ali district, Helmand province, Wednesday.\n\nThe team observed the man digging in the road and confirmed he was placing an explosive before engaging him. No civilians were in the area.', 1, 0),
 ('2011-06-02', 'ANSF clear village, find explosives', 'KABUL, Afghanistan (June 2, 2011) — Afghan National Security Forces, supported by coalition troops, cleared a village in Zhari district, Kandahar province, yesterday and found 150 kilograms of homemade explosives.\n\nNo shots were fired and no one was detained. The explosives were destroyed in a controlled detonation.', 0, 0),
 ('2011-06-02', 'Haqqani leader killed in Paktiya', 'KABUL, Afghanistan (June 2, 2011) — An Afghan and coalition security force killed a Haqqani network leader and one of his associates during an operation in Zurmat district, Paktiya province, Tuesday. Three other suspects were detained.\n\nThe leader was responsible for smuggling fighters and weapons from Pakistan. He was armed and showed hostile intent when the force located him, according to the initial report.', 2, 3),
 ('2011-06-02', 'Airstrike kills four insurgents in Kunar', 'KABUL, Afghanistan (June 2, 2011) — A coalition airstrike killed four insurgents who were firing rocket-propelled grenades at an Afghan border police post in Dangam district, Kunar province, today.\n\nAfghan border police requested air support after coming under sustained attack. A follow-on assessment confirmed no civilians were harmed.', 4, 0),
 ('2011-06-02', 'Force detains several suspects in Logar', 'KABUL, Afghanistan (June 2, 2011) — An Afghan and coalition security force detained several suspected insurgents while searching for a Taliban weapons dealer in Pul-e Alam district, Logar province, last night.', 0, 3),
]

MORE_LINES = [
 ('en', 'A gang attacked a checkpoint, killing the head of the local council, his wife and their driver, a local official said.', 3, 0),
 ('en', 'Rebels ambushed the convoy, killing the district commissioner, his deputy and two of their guards.', 4, 0),
 ('en', 'A gang gunned down the mayor as he left a restaurant.', 1, 0),
 ('en', 'Police said a gunman mowed down five worshippers outside the church.', 5, 0),
 ('en', 'Armed men on motorbikes shot dead the mayor of the town, José Ruiz, on 12 September, witnesses told Reuters.', 1, 0),
 ('en', 'Suspected militants hacked to death Ahmed Khan, 34, and his son, according to residents.', 2, 0),
 ('en', 'Ahmed Khan, 34, and his son were murdered in northern Burkina Faso on Tuesday night, witnesses told Reuters.', 2, 0),
 ('en', 'Suspected militants attacked a checkpoint on Tuesday night, killing Pedro Gómez and Luis Torres, both farmers, the army said.', 2, 0),
 ('en', 'The shelling killed a nurse and a paramedic, both volunteers with the Red Crescent.', 2, 0),
 ('en', 'A suicide attack near the town of Kidal killed a teacher, Maria Lopez, and two of her pupils, the army said.', 3, 0),
 ('en', 'The blast killed a reporter, Ali Hassan, and his cameraman on Sunday.', 2, 0),
 ('es', 'Sicarios dieron muerte a dos policías el domingo en Cúcuta.', 2, 0),
 ('es', 'Desconocidos dieron muerte a un comerciante, su esposa y sus dos hijos en su vivienda.', 4, 0),
 ('es', 'El hombre que victimó a la joven fue capturado horas después.', 1, 0),
 ('fr', "Les jihadistes ont mis à mort deux otages qu'ils accusaient d'espionnage.", 2, 0),
 ('fr', 'Le chef du village a été mis à mort par les assaillants.', 1, 0),
 ('es', 'Le dieron muerte al escolta del alcalde en una emboscada.', 1, 0),
 ('es', 'Hombres armados ajusticiaron a tres presuntos ladrones en la plaza del pueblo.', 3, 0),
 ('es', 'Tres presuntos ladrones fueron ajusticiados por la comunidad.', 3, 0),
]

MORE_CATEGORIES = [
 ('es', 'Los agresores le dieron muerte de varios disparos, informó la Fiscalía.', 'injured', 0),
 ('es', 'La joven se quitó la vida tras el ataque.', 'injured', 0),
]
LAST_LINES = [
 ('fr', 'Le maire de la commune, Ali Cissé, a été tué mardi soir, ont rapporté des témoins.', 1, 0),
 ('fr', "Le préfet du département, Oumarou Sanou, a été blessé dans l'embuscade, a indiqué une source sécuritaire.", 0, 1),
 ('fr', 'Des hommes armés ont tué le conseiller municipal Issa Koné et son garde du corps dimanche.', 2, 0),
 ('fr', "L'attaque a coûté la vie au député Amadou Touré et à son chauffeur.", 2, 0),
 ('fr', 'Des jihadistes présumés ont abattu le chef coutumier Boureima Sawadogo dimanche.', 1, 0),
 ('fr', 'Des hommes armés ont abattu un couple de retraités mardi soir.', 2, 0),
 ('fr', "Des assaillants ont abattu trois orpailleurs et deux commerçants près d'Essakane.", 5, 0),
 ('fr', 'Les ravisseurs ont éliminé deux otages, des fonctionnaires de la préfecture.', 2, 0),
 ('es', 'Hombres armados abatieron a dos pescadores en la bocana del río.', 2, 0),
 ('es', 'Presuntos disidentes neutralizaron a tres uniformados en una emboscada en el Cauca.', 3, 0),
 ('en', 'Among the dead were four children and their teacher.', 5, 0),
 ('en', 'Among the dead were a district judge and his driver.', 2, 0),
 ('fr', 'Parmi les morts figurent trois enfants et leur institutrice.', 4, 0),
 ('es', 'Entre los muertos hay dos menores de edad y una mujer embarazada.', 3, 0),
 ('ru', 'Боевики расстреляли двух пенсионеров у подъезда дома.', 2, 0),
]
FOURTH_LINES = [
 ('es', 'Sicarios le quitaron la vida a un comerciante en el mercado municipal.', 1, 0),
 ('es', 'Una bala perdida le arrebató la vida a una niña de nueve años en Medellín.', 1, 0),
 ('fr', "Les assaillants ont ôté la vie à deux bergers avant de s'enfuir.", 2, 0),
 ('es', 'A Juan Pérez lo mataron frente a su casa cuando regresaba del trabajo.', 1, 0),
 ('es', 'A los dos escoltas los asesinaron en la vía a Tumaco.', 2, 0),
 ('es', 'A la joven la hirieron con un arma blanca.', 0, 1),
 ('en', 'Armed men on motorbikes shot and killed the imam of the mosque in Borno state, police said.', 1, 0),
 ('en', 'Gunmen in a pickup truck shot and wounded three traders at a market in Maiduguri.', 0, 3),
]

SIXTH_LINES = [  # the first a gap of this round until its sixth part
 ('fr', 'Un journaliste, un chauffeur et deux gardes ont été tués dimanche, a indiqué la police.', 4, 0),
 ('fr', 'Un policier, un gendarme et trois civils ont été blessés lundi, a annoncé le ministère.', 0, 5),
]

HEADLINES = [
 ('fr', '2022-09-18', "Mali : un soldat tué dans l'explosion d'une mine près de Gao", "L'armée a confirmé l'incident.", 1, 0),
 ('fr', '2022-09-18', 'Nigeria : trois morts et cinq blessés dans une attaque contre une église', 'Les assaillants ont pris la fuite.', 3, 5),
 ('fr', '2022-09-18', 'Burkina : deux gendarmes tués, un autre porté disparu', "L'attaque n'a pas été revendiquée.", 2, 0),
 ('es', '2022-09-18', 'Asesinado un líder indígena en el norte del Cauca', 'La comunidad exige justicia.', 1, 0),
 ('es', '2022-09-18', 'Hallan cuatro cuerpos en una fosa en Zacatecas', 'La Fiscalía investiga el caso.', 4, 0),
 ('es', '2022-09-18', 'Dos muertos y tres heridos deja balacera en Celaya', 'Los agresores huyeron en una camioneta.', 2, 3),
 ('ru', '2022-09-18', 'Трое военных погибли при обстреле в Донбассе', 'Подробности уточняются.', 3, 0),
 ('ru', '2022-09-18', 'В Белгороде один человек погиб, двое ранены', 'Губернатор сообщил о последствиях обстрела.', 1, 2),
 ('en', '2022-09-18', 'Two aid workers among dead in Sudan attack', 'The UN called for an investigation.', 2, 0),
 ('en', '2022-09-18', 'Nigeria: five villagers killed, dozens abducted in Zamfara raid', 'Police confirmed the attack.', 5, 0),
 ('en', '2022-09-18', 'Twelve hurt as grenade hits Kashmir market', 'Police blamed militants.', 0, 12),
 ('en', '2022-09-18', 'Mexican journalist murdered, sixth this year', 'Press groups condemned the killing.', 1, 0),
]

DAY_AS_MEMBER_CLOSED = [  # a gap until round 50: the day after the list's last member made the member
 ('fr', 'Une explosion a tué un journaliste, un chauffeur et deux gardes dimanche, a indiqué la police.', 4, 0),
]

test_line_in_its_language, test_known_gaps = summary_tests(LINES + MORE_LINES + LAST_LINES + FOURTH_LINES + SIXTH_LINES
                                                           + DAY_AS_MEMBER_CLOSED, GAPS)
test_other_categories_in_leads = category_tests(OTHER_CATEGORIES + MORE_CATEGORIES)
test_report_with_its_headline_and_date = dated_report_tests(REPORTS + HEADLINES)
test_isaf_release, _no_isaf_gaps = isaf_release_tests(ISAF_RELEASES)
