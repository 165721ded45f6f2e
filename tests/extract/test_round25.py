"""Summaries of our own (twenty-fifth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: wire leads on the wounded, newswire
in capitals, and leads in fr, es, ru, uk. Most passed on first run; these missed: "В результате
атаки дронов ранения получил водитель" (slovnet hung the fronted object "ранения" on the noun
before it), "Ворожий удар забрав життя семи людей" (the object "життя" labelled an adjective of
the genitive after it), and gaps of earlier rounds closed here: "Among the 15 dead were three
women" (the number and "dead" hung side by side under "Among"), and the French "un troisième" /
"une troisième" of a second clause (the model made "grièvement" a noun and the ordinal its
modifier, joined the ordinal to the first verb's object, or made the first clause's predicate the
second verb's subject), the gapped "11 people died at the scene and two more in hospital" (round
9: the remnant "two", joined to the verb, was no victim; read now only beside a place or time of
the verb's own, parallel to the remnant's), and "Fifteen people were wounded, including three who
later died" (round 17: the part, counted with its whole, kept the whole's category over its own
verb's)."""
from .helpers import headline_tests, summary_tests

# the wounded in wire leads: participles, "suffered injuries", hospital, "among the injured"
WOUNDED_IN_WIRE_LEADS = [
 ("en", "A roadside bomb struck a minibus near the market, killing four passengers and wounding nine others.", 4, 9),
 ("en", "Two policemen died and a third was badly hurt when their patrol car hit a mine.", 2, 1),
 ("en", "At least 30 were hurt in the stampede that followed the blast, hospital staff said.", 0, 30),
 ("en", "Among the injured were three children, one of them in critical condition.", 0, 3),
 ("en", "Gunmen opened fire on worshippers, killing a cleric and injuring 11 people.", 1, 11),
 ("en", "Eleven people suffered injuries, two of them serious, in the grenade attack.", 0, 11),
 ("en", "The attack wounded the district governor and two of his guards.", 0, 3),
 ("en", "Seven civilians were among the 20 people injured.", 0, 20),
 ("en", "The bombing injured more than 50, most of them students.", 0, 50),
 ("en", "Five people were treated in hospital for shrapnel wounds.", 0, 5),
 ("en", "A suicide bomber blew himself up at a checkpoint, killing six soldiers; 12 more were wounded.", 6, 12),
 ("en", "Officials said 8 people had been hospitalised after the attack.", 0, 8),
 ("en", "The blast killed the bomber and injured 17 bystanders.", 0, 17),
 ("en", "Nine people lost their lives and 23 sustained injuries.", 9, 23),
 ("en", "A mortar round landed on a school, injuring 15 pupils and a teacher.", 0, 16),
 ("en", "Twenty-two people, including five women, were wounded.", 0, 22),
 ("en", "The shelling wounded at least a dozen residents.", 0, 12),
 ("en", "Three people died on the spot, while two others later succumbed to their wounds in hospital.", 5, 0),
 ("en", "An attack on a wedding party left six dead and over 40 injured.", 6, 40),
 ("en", "Militants ambushed a convoy, wounding five soldiers.", 0, 5),
 ("en", "Four members of one family were injured when a shell hit their home.", 0, 4),
 ("en", "The car bomb killed 12 people; another 31 were injured, according to the health ministry.", 12, 31),
 ("en", "Medics said they had treated 19 wounded, including two in serious condition.", 0, 19),
]

# MUC-4-like newswire in capitals, our own words
NEWSWIRE_IN_CAPITALS = [
 ("en", "SAN SALVADOR, 12 JAN 90 (RADIO) -- [TEXT] URBAN GUERRILLAS TODAY ATTACKED A NATIONAL GUARD POST IN SOYAPANGO, KILLING TWO GUARDSMEN AND WOUNDING FOUR OTHERS, MILITARY SOURCES REPORTED.", 2, 4),
 ("en", "LIMA, 3 MAR 89 -- [TEXT] A SHINING PATH COLUMN MURDERED THE MAYOR OF A TOWN IN AYACUCHO DEPARTMENT AND HIS SECRETARY LAST NIGHT.", 2, 0),
 ("en", "THE BODIES OF FIVE PEASANTS WHO HAD BEEN KIDNAPPED BY HEAVILY ARMED MEN WERE FOUND YESTERDAY ON A ROAD NEAR THE VILLAGE.", 5, 0),
 ("en", "A BOMB EXPLODED TODAY AT THE OFFICES OF A NEWSPAPER IN BOGOTA, CAUSING MATERIAL DAMAGE BUT NO CASUALTIES.", 0, 0),
 ("en", "THE ARMED FORCES PRESS COMMITTEE REPORTED THAT 14 TERRORISTS WERE KILLED IN CLASHES WITH ARMY TROOPS IN MORAZAN DEPARTMENT.", 14, 0),
 ("en", "POLICE SAID THAT UNIDENTIFIED INDIVIDUALS SHOT JESUS MARIA RAMIREZ, A LOCAL JUDGE, TO DEATH AS HE LEFT HIS HOME.", 1, 0),
 ("en", "A CAR BOMB EXPLODED IN FRONT OF A POLICE STATION, INJURING SEVEN POLICEMEN AND THREE PASSERSBY.", 0, 10),
 ("en", "THE GUERRILLAS DYNAMITED TWO ELECTRICAL TOWERS, LEAVING THE CITY WITHOUT POWER.", 0, 0),
]

FRENCH_LEADS = [
 ("fr", "L'attaque a fait au moins douze morts et une trentaine de blessés.", 12, 30),
 ("fr", "Deux soldats ont été tués et quatre autres blessés dans l'explosion d'un engin artisanal.", 2, 4),
 ("fr", "Un civil a perdu la vie et trois autres ont été blessés par des tirs.", 1, 3),
 ("fr", "Le bilan s'est alourdi à 27 morts, selon les autorités locales.", 27, 0),
 ("fr", "Des hommes armés ont abattu le chef du village et ses deux fils.", 3, 0),
 ("fr", "Une femme a été tuée par une balle perdue dans le quartier.", 1, 0),
 ("fr", "Onze personnes ont été hospitalisées après l'attaque au couteau.", 0, 11),
 ("fr", "L'explosion n'a fait aucune victime.", 0, 0),
 ("fr", "Les assaillants ont tué cinq gendarmes avant de prendre la fuite.", 5, 0),
 ("fr", "Au moins 40 personnes ont péri dans l'attaque du camp.", 40, 0),
 ("fr", "Le raid a blessé une vingtaine de personnes.", 0, 20),
 ("fr", "Quatre militaires ont péri et six autres ont été grièvement blessés lors d'une embuscade.", 4, 6),
 ("fr", "Un gendarme a succombé à ses blessures à l'hôpital.", 1, 0),
 ("fr", "L'attentat a coûté la vie à 18 personnes, dont sept enfants.", 18, 0),
 ("fr", "Une trentaine de civils ont été massacrés par des hommes armés dans la nuit de samedi à dimanche.", 30, 0),
 ("fr", "Les tirs ont fait un mort et deux blessés parmi les manifestants.", 1, 2),
 ("fr", "Deux casques bleus ont été tués et trois autres blessés lorsque leur véhicule a sauté sur une mine.", 2, 3),
 ("fr", "Le bilan provisoire fait état de 8 morts et 25 blessés.", 8, 25),
 ("fr", "Au moins cinq personnes ont été tuées lundi par des jihadistes présumés, selon des sources locales.", 5, 0),
 ("fr", "Les corps de six villageois ont été retrouvés près de la rivière.", 6, 0),
 ("fr", "Un adolescent de 15 ans a été mortellement blessé par balle.", 1, 0),
 ("fr", "Les assaillants ont blessé par balle deux agents de sécurité.", 0, 2),
 ("fr", "Un policier a été tué et un autre blessé dans une attaque contre un commissariat.", 1, 1),
 # an ordinal of one more person in a second clause (closed gaps of rounds 10, 11 and 22)
 ("fr", "Deux policiers ont été tués et un troisième grièvement blessé.", 2, 1),
 ("fr", "Deux personnes sont mortes et une troisième a été grièvement blessée dans une fusillade à Marseille.", 2, 1),
 ("fr", "Deux soldats ont perdu la vie et un troisième a été grièvement blessé lorsque leur véhicule a sauté sur une mine.", 2, 1),
 ("fr", "Deux soldats ont perdu la vie et un troisième a été grièvement blessé.", 2, 1),
]

SPANISH_LEADS = [
 ("es", "El ataque dejó al menos ocho muertos y una veintena de heridos.", 8, 20),
 ("es", "Dos policías murieron y otros tres resultaron heridos en la emboscada.", 2, 3),
 ("es", "Hombres armados asesinaron a un líder comunitario y a su esposa.", 2, 0),
 ("es", "La cifra de fallecidos se elevó a 19, según la fiscalía.", 19, 0),
 ("es", "Un soldado perdió la vida y cuatro más fueron heridos.", 1, 4),
 ("es", "Once personas fueron trasladadas al hospital tras la explosión.", 0, 11),
 ("es", "El atentado no causó víctimas.", 0, 0),
 ("es", "Cinco civiles, entre ellos dos menores, fallecieron en el bombardeo.", 5, 0),
 ("es", "Los sicarios mataron a tres jóvenes que se encontraban en una cancha.", 3, 0),
 ("es", "Una mujer murió y su hija quedó herida de gravedad.", 1, 1),
 ("es", "Cuatro militares murieron y seis más resultaron gravemente heridos en una emboscada.", 4, 6),
 ("es", "Un policía falleció a causa de sus heridas en el hospital.", 1, 0),
 ("es", "El atentado costó la vida a 18 personas, entre ellas siete niños.", 18, 0),
 ("es", "Una treintena de civiles fueron masacrados por hombres armados durante la noche.", 30, 0),
 ("es", "Los disparos dejaron un muerto y dos heridos entre los manifestantes.", 1, 2),
 ("es", "Dos cascos azules murieron y otros tres resultaron heridos cuando su vehículo pisó una mina.", 2, 3),
 ("es", "El balance provisional es de 8 muertos y 25 heridos.", 8, 25),
 ("es", "Al menos cinco personas fueron asesinadas el lunes por presuntos yihadistas, según fuentes locales.", 5, 0),
 ("es", "Los cuerpos de seis campesinos fueron hallados cerca del río.", 6, 0),
 ("es", "Un adolescente de 15 años murió tras recibir un disparo.", 1, 0),
 ("es", "Los atacantes hirieron de bala a dos guardias de seguridad.", 0, 2),
 ("es", "Un agente murió y otro quedó herido en un ataque contra una comisaría.", 1, 1),
 ("es", "Sicarios ultimaron a balazos a un comerciante en su negocio.", 1, 0),
 ("es", "Tres personas perdieron la vida en el ataque, entre ellas un menor de edad.", 3, 0),
]

RUSSIAN_LEADS = [
 ("ru", "В результате обстрела погибли три человека, ещё семеро получили ранения.", 3, 7),
 ("ru", "При взрыве на рынке погиб один человек, пятеро пострадали.", 1, 5),
 ("ru", "Боевики убили двух полицейских и ранили мирного жителя.", 2, 1),
 ("ru", "Число погибших в результате теракта возросло до 17.", 17, 0),
 ("ru", "Двое военнослужащих погибли, четверо ранены, сообщили в Минобороны.", 2, 4),
 ("ru", "В ходе столкновений на границе погибли не менее 24 человек, более 80 получили ранения.", 24, 80),
 ("ru", "Около десяти человек были госпитализированы с осколочными ранениями.", 0, 10),
 ("ru", "Жертвами атаки беспилотника стали пять мирных жителей, в том числе двое детей.", 5, 0),
 ("ru", "Снаряд попал в жилой дом, погибла пожилая женщина, её муж ранен.", 1, 1),
 ("ru", "По данным спасателей, под завалами погибли 12 человек.", 12, 0),
 ("ru", "В результате ДТП с участием военного грузовика никто не пострадал.", 0, 0),
 ("ru", "Трое пограничников получили тяжёлые ранения и были доставлены в больницу.", 0, 3),
 ("ru", "Взрыв унёс жизни шестерых рабочих.", 6, 0),
 ("ru", "Количество раненых увеличилось до 35 человек.", 0, 35),
 ("ru", "Неизвестные расстреляли семью из четырёх человек.", 4, 0),
 ("ru", "Удар ракеты по вокзалу убил 52 человека, ранения получили более ста.", 52, 100),
 ("ru", "Погибли трое, ранены девять человек.", 3, 9),
 ("ru", "Один военнослужащий погиб, еще двое получили ранения различной степени тяжести.", 1, 2),
 ("ru", "В Белгороде при обстреле погибла женщина.", 1, 0),
 ("ru", "Пострадавшими признаны 15 человек, двое из них в тяжелом состоянии.", 0, 15),
 ("ru", "Жертвами нападения стали шестеро сотрудников полиции.", 6, 0),
 ("ru", "Тела двух мужчин обнаружены в лесу неподалеку от села.", 2, 0),
 ("ru", "Боевики застрелили главу сельской администрации.", 1, 0),
 ("ru", "Медики сообщили о трех погибших и пятнадцати раненых.", 3, 15),
 ("ru", "В результате атаки дронов ранения получил водитель грузовика.", 0, 1),
 ("ru", "Удар пришелся по жилому кварталу; погибших нет, ранен один человек.", 0, 1),
 ("ru", "Из-под завалов извлекли тела семи человек.", 7, 0),
 ("ru", "В результате обстрела пострадали 11 мирных жителей, в том числе ребенок.", 0, 11),
 ("ru", "По меньшей мере 40 человек погибли в результате наводнения.", 40, 0),
 ("ru", "Власти сообщили о гибели четырех человек.", 4, 0),
 ("ru", "Нападавший был ликвидирован.", 1, 0),
 ("ru", "Погибшими числятся 9 человек, пропавшими без вести — 4.", 9, 0),
]

# closed gaps of rounds 11 and 12 (a subject hung below the verb after the comma across its own
# modifiers, an object hung on the verb after the comma, a counted noun in the dative)
RUSSIAN_CLOSED = [
 ("ru", "По последним данным, число жертв теракта в метро достигло 14, пострадали около 50 человек.", 14, 50),
 ("ru", "Удар по селу унёс жизни двух мирных жителей, ещё трое пострадали.", 2, 3),
 ("ru", "Медики оказали помощь 15 пострадавшим.", 0, 15),
 ("ru", "Помощь оказана 12 раненым.", 0, 12),
]

# injuries of the second of a leave verb's objects, joined to the first (a gap of this round, closed)
LEFT_WITH_WOUNDS = [
 ("en", "The shooting left one dead and another eight with gunshot wounds.", 1, 8),
 ("en", "The shooting left one dead and eight with gunshot wounds.", 1, 8),
]

# a participle the Spanish tagger made a noun ("otras dos asesinadas", lemma "asesinada"): its
# ending is the participle's it is joined to
PARTICIPLES_AS_NOUNS = [
 ("es", "Cinco personas fueron secuestradas y otras dos asesinadas durante el ataque.", 2, 0),
 ("es", "Tres policías fueron secuestrados y otros dos asesinados por el grupo armado.", 2, 0),
]

# a state hung on the noun a vague amount counts ("una decena de guerrilleros abatidos")
VAGUE_WHOLES = [
 ("es", "Los combates dejaron dos militares muertos y una decena de guerrilleros abatidos.", 12, 0),
 ("fr", "Une dizaine de civils tués dans une attaque au Burkina.", 10, 0),
]

# closed gaps of rounds 20 and 23: "пасажир(ка)" without a Russian stand-in (Russian "пассажир"),
# "поранена" handed to the parser as the full form "раненая" (now the predicate "ранена"; the plural
# "поранені" -> "ранены" cost a multilingual build row, 5 -> 7 injured, and was dropped)
UKRAINIAN_CLOSED = [
 ("uk", "Російський дрон атакував автомобіль, загинув водій, пасажира поранено.", 1, 1),
 ("uk", "Російський дрон атакував автомобіль, загинув водій, пасажирка поранена.", 1, 1),
 ("uk", "Загинув чоловік, його дружина поранена.", 1, 1),
 # participles whose Russian lemma pymorphy3 gives as their verb ("постраждалих", "затриманих": handed to
 # the parser as written), and a verb form read as an adjective ("постраждала")
 ("uk", "Серед постраждалих є двоє дітей, всього поранено вісім людей.", 0, 8),
 ("uk", "Кількість постраждалих зросла до 15.", 0, 15),
 ("uk", "Внаслідок удару постраждала 70-річна жінка.", 0, 1),
 ("uk", "Поліція затримала трьох підозрюваних; затриманих доправили до відділку.", 0, 0),
 ("uk", "Рятувальники врятували двох людей з-під завалів, ще одна людина загинула.", 1, 0),
 # verbs with no Russian stand-in ("перебувати", "витягти"): now "находиться", "извлечь" (gaps of rounds 20, 24)
 ("uk", "Ще 12 людей перебувають у лікарні.", 0, 12),
 ("uk", "Тіла трьох загиблих витягли з-під завалів рятувальники.", 3, 0),
]

UKRAINIAN_LEADS = [
 ("uk", "Внаслідок обстрілу загинули двоє цивільних, ще п'ятеро отримали поранення.", 2, 5),
 ("uk", "Російський дрон атакував автомобіль, поранено водія.", 0, 1),
 ("uk", "Унаслідок ракетного удару по Одесі загинули чотири людини, серед них дитина.", 4, 0),
 ("uk", "Кількість загиблих зросла до 21 людини.", 21, 0),
 ("uk", "Поранення отримали 14 людей, з них троє дітей.", 0, 14),
 ("uk", "Під завалами знайшли тіло жінки.", 1, 0),
 ("uk", "Окупанти вбили чоловіка та поранили його дружину.", 1, 1),
 ("uk", "У Херсоні внаслідок обстрілу травмовано трьох людей.", 0, 3),
 ("uk", "Загинув один військовий, ще двоє зазнали поранень.", 1, 2),
 ("uk", "Ворожий удар забрав життя семи людей.", 7, 0),
]

# a number and the state after it hung side by side (closed gap of rounds 10 and 11)
SIDE_BY_SIDE = [
 ("en", "Among the 15 dead were three women.", 15, 0),
 ("en", "Among the 20 injured were five children.", 0, 20),
]

# a verb left out before a remnant parallel to the verb's place or time (closed gap of round 9)
GAPPED = [
 ("en", "A bomb exploded at a crowded market in Maiduguri on Friday. Emergency officials said 11 people "
        "died at the scene and two more in hospital. Thirty others were being treated for injuries.", 13, 30),
 ("en", "Three soldiers were killed in Kidal and two in Gao.", 5, 0),
 ("ru", "Трое военных погибли в Донецке и двое в Луганске.", 5, 0),
]

# a part with a verb of its own ("including three who later died": closed gap of round 17)
PARTS_WITH_THEIR_OWN_VERB = [
 ("en", "Fifteen people were wounded, including three who later died.", 3, 12),
 ("en", "Twenty people were injured, including two who died later in hospital.", 2, 18),
]

# who a pronoun of a later clause is: the one who acted, an attacker in the high only (attackers
# killed where the other side was only wounded stay in the high too, as round 15's "cinco agresores
# abatidos y un guardia nacional lesionado" decided)
ATTACKERS = [
 ("en", "A gunman wounded two police officers before he was shot dead.", 0, 2),
 ("en", "A soldier was wounded in the clash before he died in hospital.", 1, 0),
 ("en", "The soldier killed two militants before he was shot dead.", 3, 0),
]

# a later sentence opening on a place other than the one the earlier sentence names: another incident
OTHER_PLACES = [
 # (closed gap of round 12: the first region named after "внаслідок ...", not at the sentence's start)
 ("uk", """За минулу добу внаслідок російських обстрілів у Херсонській області загинули двоє людей, ще п'ятеро отримали поранення.

На Харківщині поранено трьох цивільних. У Донецькій області загинула одна людина.""", 3, 8),
 ("en", "The army said 7 soldiers were killed in Kunar. In Helmand, police said 3 soldiers died.", 10, 0),
 ("fr", "Sept soldats ont été tués à Djibo, a annoncé l'armée. À Kaya, trois soldats sont morts, selon la police.", 10, 0),
 ("ru", "В Донецке погибли семь мирных жителей, сообщили власти. В Горловке погибли трое мирных жителей.", 10, 0),
]

# a speaker telling of its own deed is a party to the fight: its figure widens the high only
PARTY_CLAIMS = [
 ("en", "Militants stormed a military base, killing three soldiers, a military officer said. The group said it had "
        "killed 20 soldiers.", 3, 0),
 ("en", "Militants stormed a military base, killing three soldiers, a military officer said. In a statement, the "
        "group claimed its fighters had killed 20 soldiers.", 3, 0),
 ("en", "The army said it had killed 20 militants in the operation.", 20, 0),
 ("en", "The army launched an operation on Monday. It said it had killed 20 militants.", 20, 0),
 ("fr", "Des jihadistes ont attaqué une base militaire, tuant trois soldats, selon une source sécuritaire. Le groupe a "
        "affirmé avoir tué 20 soldats.", 3, 0),
 ("es", "Yihadistas atacaron una base militar y mataron a tres soldados, según una fuente de seguridad. El grupo afirmó "
        "haber matado a 20 soldados.", 3, 0),
 ("ru", "Боевики напали на военную базу и убили троих военных, сообщил источник. Группировка заявила, что её боевики "
        "убили 20 военных.", 3, 0),
]

# more of our own, in the styles of incident lists, press releases and leads (all read on first run
# but the "decena" state, mended above)
MORE_LEADS = [
 ("en", "The attack resulted in 3 deaths and 22 injuries.", 3, 22),
 ("en", "There were 15 injuries, four of them serious.", 0, 15),
 ("en", "Casualties included 5 dead and 12 wounded.", 5, 12),
 ("en", "Two people were killed, with a further 30 injured.", 2, 30),
 ("en", "A further 12 people suffered minor injuries.", 0, 12),
 ("en", "A gunman opened fire at a nightclub, killing 5 and injuring 18 before being subdued by patrons.", 5, 18),
 ("en", "At least 17 people were hospitalized with injuries.", 0, 17),
 ("en", "An explosion near a bus station killed four people and injured at least 27 others, several critically.", 4, 27),
 ("en", "Eighteen people were killed and more than 50 injured in a double suicide bombing at a market.", 18, 50),
 ("en", "The rampage left eight people dead, including the gunman, and 14 injured.", 8, 14),
 ("en", "A truck was driven into a crowd, killing 86 people and injuring 458 others.", 86, 458),
 ("en", "The attacker injured three people with a knife before being shot by police.", 0, 3),
 ("en", "Police said 23 people had been injured, three of whom were in a critical condition.", 0, 23),
 ("en", "Gunmen shot dead a tribal elder outside his home in the district on Monday, police said.", 1, 0),
 ("en", "The bomb squad defused the device before it could explode, and no one was hurt.", 0, 0),
 ("en", "Two soldiers were killed in the ambush; the attack comes a month after 15 people were wounded in a similar assault.", 2, 0),
 ("en", "A grenade was thrown at a police station, but caused no casualties.", 0, 0),
 ("en", "Unidentified attackers opened fire on a bus, killing its driver. Passengers escaped unharmed.", 1, 0),
 ("en", "The militants beheaded a man they accused of spying for the army.", 1, 0),
 ("en", "The rebels executed three hostages, the army said. The wounded from Saturday's battle have been evacuated.", 3, 0),
 ("en", "A journalist was shot and killed while covering a protest in the capital.", 1, 0),
 ("en", "Police fired tear gas to disperse protesters; several people complained of breathing problems.", 0, 0),
 ("en", "KABUL, Afghanistan - An Afghan and coalition security force detained three suspected insurgents during a search for a Haqqani network leader in Khost district, Khost province, yesterday.", 0, 0),
 ("en", "During the operation, the security force killed two armed insurgents who fired on the force from a compound.", 2, 0),
 ("en", "A combined force captured a Taliban facilitator and two of his associates in Nad Ali district.", 0, 0),
 ("en", "The force also found and destroyed weapons and bomb-making materials; no civilians were harmed.", 0, 0),
 ("en", "Several insurgents were killed when they engaged the patrol with small-arms fire.", 3, 0),
 ("en", "The security force detained a number of suspects after questioning residents at the scene.", 0, 0),
 ("en", "Afghan forces, supported by coalition troops, killed an insurgent commander responsible for attacks on district officials.", 1, 0),
 ("fr", "Au moins sept personnes, dont un enfant, ont péri dans le bombardement.", 7, 0),
 ("fr", "Le bilan est de trois morts, selon la préfecture.", 3, 0),
 ("fr", "Un soldat français a été tué au combat au Mali, a annoncé l'Élysée.", 1, 0),
 ("fr", "Les affrontements ont fait deux morts côté militaire et une dizaine côté jihadiste.", 12, 0),
 ("fr", "Deux civils ont été tués par des éclats d'obus et trois autres ont été hospitalisés.", 2, 3),
 ("fr", "Un attentat-suicide a fait 15 morts et 40 blessés dans un marché de Mogadiscio.", 15, 40),
 ("fr", "Le corps d'un otage a été retrouvé sans vie dans la forêt.", 1, 0),
 ("fr", "Cinq personnes ont été enlevées et deux autres tuées lors du raid.", 2, 0),
 ("fr", "Selon un bilan officiel, 43 personnes ont perdu la vie et 120 ont été blessées.", 43, 120),
 ("es", "Al menos siete personas, entre ellas un niño, perdieron la vida en el bombardeo.", 7, 0),
 ("es", "El saldo es de tres muertos, según la gobernación.", 3, 0),
 ("es", "Un soldado colombiano murió en combate con disidencias de las FARC, informó el Ejército.", 1, 0),
 ("es", "Los combates dejaron dos militares muertos y una decena de guerrilleros abatidos.", 12, 0),
 ("es", "Dos civiles murieron por esquirlas y otros tres fueron hospitalizados.", 2, 3),
 ("es", "Un atentado suicida dejó 15 muertos y 40 heridos en un mercado de Mogadiscio.", 15, 40),
 ("es", "El cuerpo de un rehén fue hallado sin vida en la selva.", 1, 0),
 ("es", "Según un balance oficial, 43 personas perdieron la vida y 120 resultaron heridas.", 43, 120),
 ("uk", "Унаслідок атаки дронів на Харків загинули троє людей, ще 12 поранено.", 3, 12),
 ("uk", "Росіяни обстріляли Нікополь: загинула 65-річна жінка, поранено двох чоловіків.", 1, 2),
 ("uk", "За добу ворог убив двох мешканців області та поранив ще шістьох.", 2, 6),
 ("uk", "Кількість загиблих унаслідок ракетного удару по Дніпру зросла до 40, серед них троє дітей.", 40, 0),
 ("uk", "На Донеччині загинули четверо цивільних.", 4, 0),
 ("uk", "Поліцейські знайшли тіла двох чоловіків зі слідами катувань.", 2, 0),
 ("uk", "Під час обстрілу поранено дев'ятьох людей, зокрема двох дітей.", 0, 9),
 ("uk", "Дитина загинула внаслідок влучання снаряда в будинок.", 1, 0),
 ("uk", "Троє рятувальників загинули під час повторного удару по місцю обстрілу.", 3, 0),
]

CASES = (MORE_LEADS + OTHER_PLACES + GAPPED + PARTS_WITH_THEIR_OWN_VERB + ATTACKERS + PARTY_CLAIMS
         + WOUNDED_IN_WIRE_LEADS + NEWSWIRE_IN_CAPITALS + FRENCH_LEADS + SPANISH_LEADS + RUSSIAN_LEADS
         + RUSSIAN_CLOSED + LEFT_WITH_WOUNDS + PARTICIPLES_AS_NOUNS + VAGUE_WHOLES + UKRAINIAN_CLOSED
         + UKRAINIAN_LEADS + SIDE_BY_SIDE)

# whole reports with their headlines
REPORTS = [
 ("en", "Gunmen kill village chief and sons", "On 17 September, gunmen killed a village chief and his two sons in Tillaberi "
        "region, local officials said. The attackers fled on motorbikes towards the border.", 3, 0),
 ("en", "Two attacks", "A suicide bomber killed four soldiers at a checkpoint in the north on Friday. Hours later, a "
        "roadside bomb killed two civilians and wounded 20 others in the south.", 6, 20),
 ("en", "Aid worker", "An aid worker was abducted and later killed by armed men, the charity said. Two colleagues who "
        "were with her were released unharmed.", 1, 0),
 ("en", "Grenade", "A grenade thrown into a bar killed two customers and injured six others late on Friday. It was the "
        "second such attack this month; in the first, nine people were wounded.", 2, 6),
 ("en", "Protest", "Three protesters were hurt by rubber bullets, organisers said. Police denied using force.", 0, 3),
 ("ru", "Удар по Харькову", "В результате ракетного удара по Харькову в субботу погибли пять человек, ещё 12 получили "
        "ранения, сообщил глава областной администрации. Среди раненых — трое детей. С начала года в области погибли "
        "более 200 мирных жителей.", 5, 12),
 ("ru", "Конфликт на границе", "Число погибших граждан Киргизии в результате конфликта на границе с Таджикистаном "
        "возросло до 46, сообщили в Минздраве республики. Ранения получили 140 человек. Ранее сообщалось о 24 погибших.",
        46, 140),
 # a daily summary by regions: a sentence opening on a day's span, then its region, is another place
 ("ru", "Сводка за сутки", "За прошедшие сутки в Херсонской области в результате обстрелов погибли два человека, ещё "
        "пятеро получили ранения. В Харьковской области погиб один человек, ранены трое.", 3, 8),
 ("uk", "Зведення", "За минулу добу у Херсонській області загинули двоє людей, ще п'ятеро отримали поранення. У Донецькій "
        "області загинула одна людина, поранено трьох цивільних.", 3, 8),
 ("fr", "Explosion à Goma", "Une explosion a tué quatre personnes et en a blessé sept autres samedi à Goma, ont indiqué "
        "les autorités provinciales.", 4, 7),
 ("es", "Ataque en Guerrero", "Un ataque armado contra un bar en Guerrero dejó tres muertos y cinco heridos, de acuerdo "
        "con la fiscalía estatal. Los heridos fueron trasladados al hospital general.", 3, 5),
]

GAPS_CLOSED = [  # gaps until round 62: "the rest", the whole less its told part (grammar._rest_of_a_whole, counting._less; test_round62.py)
 # "the rest": no arithmetic on a whole and its told part
 ("en", "Of the 45 passengers on board, 11 were killed and the rest were injured when gunmen fired on the bus.", 11, 34),
]

GAPS = [
 # "dead" hung as a modifier on the last of a leave verb's objects ("a guard"): reading it as the
 # list's state cost a WAD check row, so it was dropped
 ("en", "The prison riot left seven inmates and a guard dead, officials said on Tuesday.", 8, 0),
 # a relative clause giving the whole ("qui sont au nombre de neuf")
 ("fr", "Trois enfants figurent parmi les victimes, qui sont au nombre de neuf.", 9, 0),
 # "травмы" (injuries, of accidents and brawls more than of attacks) is no cue: as one it read a
 # brawl's injured in a multilingual build row
 ("ru", "Автобус с военными съехал в кювет, четыре человека получили травмы. Погибших нет.", 0, 4),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES + GAPS_CLOSED, GAPS)
test_report_with_its_headline = headline_tests(REPORTS)
