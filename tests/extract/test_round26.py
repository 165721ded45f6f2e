"""Summaries of our own (twenty-sixth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: agency leads in English, French,
Spanish, Russian and Ukrainian, and short reports with headlines. Most passed on first run; these
missed: "L'attentat a fait quarante blessés, dont huit graves" (the model labelled the number a
determiner), "tuant onze invités et en blessant vingt" and "tuant un enseignant et trois élèves et
blessant quinze autres" (the gerund's object labelled a clause, the second gerund joined to the
first one's object), "entre las cuatro personas asesinadas" (the number hung on the article),
"зарезан сотрудник полиции" (a short participle tagged an adjective), Ukrainian past gerunds
("вбивши"), collective numerals above ten ("дванадцятеро"), verbs the table lacks ("зарізали"),
"тіл" and "подружжя"; "Seven people were killed on Monday and 15 on Tuesday" (the remnant joined
to "Monday"), "wounding at least 40, several of them critically" (the part hung on the first
verb, past the second), "Several of the 30 injured" (the whole read as the vague part's, or
dropped as the part's group), "killing three and four people respectively" (numbers listed on
one noun: their sum), "injured more than 60, 15 of them children" (the whole's number hung on the
part's noun), "3 of whom were hospitalised" and "dont trois ont été hospitalisées" (a part of the
relative, not more hurt), "Водитель автомобиля не выжил" (a negated verb of surviving: pack key
`survival_verbs`, its stems a cue), and "half a dozen" in each language."""
from .helpers import category_tests, headline_tests, summary_tests

AGENCY_LEADS = [
 ('en', 'Gunmen on motorcycles opened fire on worshippers leaving a mosque in Zamfara state on Friday, killing at least 14 people and wounding several others.', 14, 3),
 ('en', 'Two policemen and a civilian lost their lives when a roadside bomb struck their patrol near Quetta.', 3, 0),
 ('en', 'The attack claimed the lives of nine soldiers, the army said in a statement.', 9, 0),
 ('en', 'A suicide bomber blew himself up at a wedding party in Kunduz, killing 11 guests and injuring 20.', 11, 20),
 ('en', 'Security forces shot dead three suspected militants during a raid in the early hours of Monday.', 3, 0),
 ('en', 'At least five people were feared dead after an airstrike hit a market in the town.', 5, 0),
 ('en', 'A teenage boy was among the four people killed when soldiers fired on protesters.', 4, 0),
 ('en', 'Police recovered the bodies of six men who had been abducted last week.', 6, 0),
 ('en', 'The blast killed a district governor and four of his guards.', 5, 0),
 ('en', 'Eight civilians, including three children, died when their minibus hit a landmine.', 8, 0),
 ('en', 'Three Marines were wounded and one killed in a firefight in Helmand province.', 1, 3),
 ('en', 'Rebels ambushed a convoy on the Bunia road, killing a driver and seriously injuring two aid workers.', 1, 2),
 ('en', "The number of dead from Sunday's bombing has risen to 31, the health ministry said.", 31, 0),
 ('en', 'Twelve people were hurt, two of them critically, when a grenade exploded at a bus station.', 0, 12),
 ('en', 'A soldier died of his wounds in hospital on Wednesday, bringing the toll from the ambush to seven.', 7, 0),
 ('en', 'Militants beheaded a village elder and kidnapped his two sons.', 1, 0),
 ('en', 'Four gunmen were killed by police after they stormed a hotel, officials said. No guests were hurt.', 4, 0),
 ('en', 'Unidentified attackers set fire to a church, burning to death 17 worshippers inside.', 17, 0),
 ('en', 'The bombing left 40 people wounded, eight of them seriously.', 0, 40),
 ('en', 'Two journalists were killed and a third was wounded while covering the fighting.', 2, 1),
 ('en', 'A mortar round landed on a school, killing a teacher and three pupils and wounding 15 others.', 4, 15),
 ('en', 'At least seven people were reported dead after militants raided the village overnight.', 7, 0),
 ('en', 'Authorities put the death toll at 19, with 45 people still missing.', 19, 0),
 ('en', 'A police officer was stabbed to death at a checkpoint in the capital.', 1, 0),
 ('en', 'Two girls aged 10 and 12 were killed by a stray shell in Donetsk.', 2, 0),
 ('en', 'Gunfire wounded a 12-year-old boy as he walked home from school.', 0, 1),
 ('en', 'Seventeen bodies were found in a mass grave outside the city.', 17, 0),
 ('en', 'A bomb hidden in a motorcycle exploded near a police station, killing two officers and a bystander.', 3, 0),
 ('en', 'An Israeli airstrike on a house in Rafah killed a couple and their four children, medics said.', 6, 0),
 ('en', 'Militants stormed the village, killing at least 10 people, including three children.', 10, 0),
 ('en', 'Casualties included three dead and five injured.', 3, 5),
 ('en', 'One person was confirmed dead after the shelling.', 1, 0),
 ('en', 'At least a dozen people were killed when a bomb exploded in a crowded market.', 12, 0),
 ('en', 'Gunmen killed all 12 passengers of the minibus.', 12, 0),
 ('en', 'All five crew members died when the helicopter was shot down.', 5, 0),
 ('en', 'The missile struck the aircraft, killing both pilots.', 2, 0),
 ('en', 'Half a dozen soldiers were wounded in the clash.', 0, 6),
 ('en', 'The bodies of three people were pulled from the rubble on Saturday.', 3, 0),
 ('en', 'Three people have died from their injuries since the attack.', 3, 0),
 ('en', 'The man, whose name was not released, died at the scene.', 1, 0),
 ('en', 'Two policemen were gunned down at a checkpoint on the outskirts of the city.', 2, 0),
 ('en', 'A farmer was hacked to death with machetes in his field.', 1, 0),
 ('en', 'The ambush took the lives of four soldiers.', 4, 0),
 ('en', 'The shelling caused the deaths of five civilians.', 5, 0),
 ('en', 'The blast resulted in three fatalities and 11 injuries.', 3, 11),
 ('en', 'The explosion left three people with serious injuries.', 0, 3),
 ('en', 'Three people sustained minor injuries in the blast.', 0, 3),
 ('en', 'The attack killed 7 and injured 15, officials said.', 7, 15),
 ('en', "Seven people were killed on Monday and 15 on Tuesday in the city's worst violence in years.", 22, 0),
 ('en', 'A policeman was killed and his wife and daughter wounded when gunmen attacked their home.', 1, 2),
 ('en', 'Two brothers, aged 8 and 11, died when a mortar shell hit their house.', 2, 0),
 ('en', 'A 70-year-old woman and her grandson were among those killed.', 2, 0),
]

FRENCH_LEADS = [
 ('fr', "Deux gendarmes et un civil ont perdu la vie dans l'explosion d'un engin artisanal près de Kaya.", 3, 0),
 ('fr', "L'attaque a coûté la vie à neuf soldats, a indiqué l'état-major.", 9, 0),
 ('fr', "Un kamikaze s'est fait exploser lors d'un mariage, tuant onze invités et en blessant vingt.", 11, 20),
 ('fr', "Les forces de sécurité ont abattu trois jihadistes présumés lors d'une opération lundi.", 3, 0),
 ('fr', 'Un adolescent figure parmi les quatre personnes tuées lorsque des soldats ont tiré sur les manifestants.', 4, 0),
 ('fr', 'La police a retrouvé les corps de six hommes enlevés la semaine dernière.', 6, 0),
 ('fr', "L'explosion a tué un préfet et quatre de ses gardes.", 5, 0),
 ('fr', 'Huit civils, dont trois enfants, sont morts lorsque leur minibus a sauté sur une mine.', 8, 0),
 ('fr', "Trois militaires ont été blessés et un autre tué lors d'un accrochage dans la province du Soum.", 1, 3),
 ('fr', "Le bilan de l'attentat de dimanche s'est alourdi à 31 morts, selon le ministère de la Santé.", 31, 0),
 ('fr', "Douze personnes ont été blessées, dont deux grièvement, par l'explosion d'une grenade à la gare routière.", 0, 12),
 ('fr', "Un soldat a succombé à ses blessures mercredi, portant à sept le nombre de morts de l'embuscade.", 7, 0),
 ('fr', 'Des hommes armés ont mis le feu à une église, brûlant vifs dix-sept fidèles.', 17, 0),
 ('fr', "L'attentat a fait quarante blessés, dont huit graves.", 0, 40),
 ('fr', "Deux journalistes ont été tués et un troisième blessé alors qu'ils couvraient les combats.", 2, 1),
 ('fr', 'Un obus est tombé sur une école, tuant un enseignant et trois élèves et blessant quinze autres.', 4, 15),
 ('fr', "Au moins sept personnes auraient été tuées lors d'un raid nocturne sur le village.", 7, 0),
 ('fr', 'Les autorités font état de 19 morts et de 45 disparus.', 19, 0),
 ('fr', 'Un policier a été poignardé à mort à un poste de contrôle de la capitale.', 1, 0),
 ('fr', 'Dix-sept corps ont été découverts dans une fosse commune à la sortie de la ville.', 17, 0),
 ('fr', "Une bombe dissimulée dans une moto a explosé près d'un commissariat, tuant deux policiers et un passant.", 3, 0),
 ('fr', 'Une frappe aérienne sur une maison de Rafah a tué un couple et leurs quatre enfants, selon des secouristes.', 6, 0),
 ('fr', 'Le chef du village a été décapité et ses deux fils enlevés.', 1, 0),
]

SPANISH_LEADS = [
 ('es', 'Hombres armados abrieron fuego contra los asistentes a una fiesta en Zacatecas, matando a once personas e hiriendo a otras siete.', 11, 7),
 ('es', 'Dos policías y un civil perdieron la vida al estallar un artefacto explosivo al paso de su patrulla.', 3, 0),
 ('es', 'El ataque costó la vida a nueve soldados, informó el Ejército.', 9, 0),
 ('es', 'Las fuerzas de seguridad abatieron a tres presuntos guerrilleros durante un operativo el lunes.', 3, 0),
 ('es', 'Un adolescente figura entre las cuatro personas asesinadas cuando los soldados dispararon contra los manifestantes.', 4, 0),
 ('es', 'La policía halló los cuerpos de seis hombres secuestrados la semana pasada.', 6, 0),
 ('es', 'La explosión mató a un alcalde y a cuatro de sus escoltas.', 5, 0),
 ('es', 'Ocho civiles, entre ellos tres niños, murieron cuando su camioneta pisó una mina.', 8, 0),
 ('es', 'Tres militares resultaron heridos y uno murió en un enfrentamiento en Tibú.', 1, 3),
 ('es', 'La cifra de muertos por el atentado del domingo ascendió a 31, según el Ministerio de Salud.', 31, 0),
 ('es', 'Doce personas resultaron heridas, dos de ellas de gravedad, por la explosión de una granada en la terminal.', 0, 12),
 ('es', 'Un soldado murió el miércoles a causa de sus heridas, con lo que suman siete los fallecidos en la emboscada.', 7, 0),
 ('es', 'El atentado dejó cuarenta heridos, ocho de ellos graves.', 0, 40),
 ('es', 'Dos periodistas fueron asesinados y un tercero resultó herido mientras cubrían los combates.', 2, 1),
 ('es', 'Un proyectil cayó sobre una escuela y mató a un maestro y tres alumnos, además de herir a quince más.', 4, 15),
 ('es', 'Al menos siete personas habrían muerto en la incursión nocturna contra la aldea.', 7, 0),
 ('es', 'Las autoridades reportan 19 muertos y 45 desaparecidos.', 19, 0),
 ('es', 'Un policía fue apuñalado hasta la muerte en un retén de la capital.', 1, 0),
 ('es', 'Diecisiete cuerpos fueron hallados en una fosa común a las afueras de la ciudad.', 17, 0),
 ('es', 'Una bomba oculta en una motocicleta estalló cerca de una comisaría y mató a dos agentes y a un transeúnte.', 3, 0),
 ('es', 'Un bombardeo contra una vivienda en Rafah mató a una pareja y a sus cuatro hijos, según los socorristas.', 6, 0),
 ('es', 'Sicarios ejecutaron a un líder comunitario y a su hijo frente a su casa.', 2, 0),
 ('es', 'Un guardia murió y otros dos quedaron heridos tras el asalto a la cárcel.', 1, 2),
 ('es', 'Ningún civil resultó herido en el ataque, según la Fiscalía.', 0, 0),
]

RUSSIAN_LEADS = [
 ('ru', 'Двое полицейских и мирный житель погибли при взрыве самодельного устройства.', 3, 0),
 ('ru', 'Нападение унесло жизни девяти военнослужащих, сообщили в Минобороны.', 9, 0),
 ('ru', 'Смертник подорвал себя на свадьбе, убив одиннадцать гостей и ранив еще двадцать.', 11, 20),
 ('ru', 'Силовики ликвидировали троих боевиков в ходе спецоперации в понедельник.', 3, 0),
 ('ru', 'Полиция обнаружила тела шести мужчин, похищенных на прошлой неделе.', 6, 0),
 ('ru', 'Взрыв унес жизни главы района и четырех его охранников.', 5, 0),
 ('ru', 'Восемь мирных жителей, в том числе трое детей, погибли, когда их микроавтобус подорвался на мине.', 8, 0),
 ('ru', 'Трое военных получили ранения, еще один погиб в ходе боя.', 1, 3),
 ('ru', 'Число погибших в результате теракта возросло до 31, сообщили в Минздраве.', 31, 0),
 ('ru', 'Двенадцать человек пострадали, двое из них в тяжелом состоянии, при взрыве гранаты на автовокзале.', 0, 12),
 ('ru', 'В среду от полученных ранений скончался военнослужащий, таким образом число погибших в засаде достигло семи.', 7, 0),
 ('ru', 'В результате теракта ранения получили сорок человек, восемь из них — тяжелые.', 0, 40),
 ('ru', 'Двое журналистов погибли, еще один был ранен во время обстрела.', 2, 1),
 ('ru', 'Снаряд попал в школу, погибли учитель и трое учеников, еще пятнадцать человек ранены.', 4, 15),
 ('ru', 'Власти сообщают о 19 погибших и 45 пропавших без вести.', 19, 0),
 ('ru', 'В столице на блокпосту зарезан сотрудник полиции.', 1, 0),
 ('ru', 'В братской могиле за городом обнаружены семнадцать тел.', 17, 0),
 ('ru', 'Удар по жилому дому в Рафахе унес жизни супружеской пары и их четверых детей.', 6, 0),
]

UKRAINIAN_LEADS = [
 ('uk', 'Двоє поліцейських і цивільний загинули внаслідок вибуху саморобного пристрою.', 3, 0),
 ('uk', "Напад забрав життя дев'яти військових, повідомили у Міноборони.", 9, 0),
 ('uk', 'Поліція виявила тіла шести чоловіків, викрадених минулого тижня.', 6, 0),
 ('uk', 'Вісім цивільних, серед них троє дітей, загинули, коли їхній мікроавтобус підірвався на міні.', 8, 0),
 ('uk', 'Троє військових отримали поранення, ще один загинув під час бою.', 1, 3),
 ('uk', 'Кількість загиблих унаслідок удару зросла до 31, повідомили в МОЗ.', 31, 0),
 ('uk', 'Дванадцятеро людей постраждали, двоє з них у важкому стані.', 0, 12),
 ('uk', 'Двоє журналістів загинули, ще одного було поранено під час обстрілу.', 2, 1),
 ('uk', "Снаряд влучив у школу, загинули вчитель і троє учнів, ще п'ятнадцять людей поранені.", 4, 15),
 ('uk', 'Влада повідомляє про 19 загиблих і 45 зниклих безвісти.', 19, 0),
 ('uk', 'На блокпосту в столиці зарізали поліцейського.', 1, 0),
 ('uk', 'У братській могилі за містом виявили сімнадцять тіл.', 17, 0),
 ('uk', 'Удар по житловому будинку забрав життя подружжя та їхніх чотирьох дітей.', 6, 0),
 ('uk', 'Ворог обстріляв Херсон: загинула 67-річна жінка, ще троє людей поранені.', 1, 3),
 ('uk', "Унаслідок атаки дронів на Одещині постраждали п'ятеро людей, серед них дитина.", 0, 5),
]

# Wikipedia-style incident lines on the wounded
WOUNDED_IN_INCIDENT_LINES = [
 ('en', 'A car bomb exploded near a police station in Diyarbakir, killing two officers and injuring 12 people, including four civilians.', 2, 12),
 ('en', 'A grenade was thrown into a crowd at a political rally, wounding 35.', 0, 35),
 ('en', 'Militants attacked a hotel in Mogadishu. At least 15 people were killed, among them three attackers, and more than 20 others wounded.', 15, 20),
 ('en', 'A bomb hidden in a rubbish bin exploded at a bus stop, injuring eleven passers-by.', 0, 11),
 ('en', 'Gunmen fired on a crowd of shoppers, leaving 6 dead and 19 injured.', 6, 19),
 ('en', 'A suicide attack at a funeral killed 32 mourners. Another 48 suffered wounds.', 32, 48),
 ('en', 'A parcel bomb exploded at a newspaper office, seriously injuring its editor and lightly injuring two employees.', 0, 3),
 ('en', 'An explosion at the entrance to a metro station killed one and injured 8.', 1, 8),
 ('en', 'The attack left 14 people dead; 30 others were admitted to hospital with injuries.', 14, 30),
 ('en', 'Eight people were injured, one of them critically, when a bomb went off in a cafe.', 0, 8),
 ('en', 'A bomb tore through a crowded market, killing 9 people and wounding at least 40, several of them critically.', 9, 40),
 ('en', 'Attackers threw grenades at a church during Sunday mass, killing three worshippers; 17 were hurt.', 3, 17),
 ('en', 'Two suicide bombers struck a military checkpoint, killing themselves and wounding five soldiers.', 0, 5),
 ('en', 'A shooting at a nightclub left four dead, including the gunman, and 11 wounded.', 4, 11),
 ('en', 'Bombs exploded on two commuter trains, killing 8 and wounding over 100.', 8, 100),
 ('en', 'A rocket hit a residential building, injuring a woman and her two children.', 0, 3),
 ('en', 'Twenty-three people were killed and 57 wounded in a series of bomb attacks across the city.', 23, 57),
 ('en', 'A policeman was injured when unknown attackers opened fire on his car.', 0, 1),
 ('en', 'The blast injured 16 people, seven of them police officers.', 0, 16),
]

# two named sources on the same victims in one sentence, no place named: two accounts (the toll
# takes the larger); other places or other victims add
TWO_ACCOUNTS_IN_ONE_SENTENCE = [
 ("en", "The army said seven soldiers were killed; residents said 12 soldiers died.", 12, 0),
 ("en", "Police said three soldiers were killed in Kunar and the army said two soldiers died in Helmand.", 5, 0),
 ("en", "The army said seven soldiers were killed and the police said two officers died.", 9, 0),
 ("fr", "L'armée a fait état de sept soldats tués, tandis que des habitants parlent de 12 soldats morts.", 12, 0),
 ("es", "El Ejército informó de siete soldados muertos, mientras que los pobladores hablaron de 12 soldados "
        "fallecidos.", 12, 0),
]

# a count of the wounded inside a part of them ("Several of the 30 injured")
PARTS_OF_A_COUNT = [
 ("en", "Three of the 30 injured were in a serious condition.", 0, 30),
 ("en", "Several of the 30 injured were in a serious condition.", 0, 30),
 ("en", "Bombers killed six people at a bus stop. Several of the 30 injured were in a serious condition.", 6, 30),
]

# incident lines: figures 'respectively', parts of a relative ('3 of whom', 'dont trois'), a part after its whole
LISTS_AND_PARTS = [
 ('en', 'Two bombs exploded in Kirkuk and Tikrit, killing three and four people respectively.', 7, 0),
 ('en', 'A gunman opened fire at a school; 4 killed (including the perpetrator), 7 injured.', 4, 7),
 ('en', 'Casualties: 6 dead, 14 wounded.', 6, 14),
 ('en', 'A bomb exploded in a crowded bus, killing 14 and injuring 38; the attack was claimed by the group the next day.', 14, 38),
 ('en', 'Suicide bombers attacked a police academy, killing 20 recruits. At least 50 more were wounded.', 20, 50),
 ('en', 'An attack on a wedding left 17 people injured, none fatally.', 0, 17),
 ('en', 'A grenade attack on a bar injured 9 people, 3 of whom were hospitalised.', 0, 9),
 ('en', 'Rocket fire hit a residential area, injuring 4 civilians, one seriously.', 0, 4),
 ('en', 'A bomb went off near a school bus, injuring the driver and 12 children.', 0, 13),
 ('en', 'An explosion on a train injured 26 passengers, two of them critically, and killed a conductor.', 1, 26),
 ('en', 'A car bomb killed a police officer and injured 6 others, including 3 bystanders.', 1, 6),
 ('en', 'Gunmen attacked a mosque during prayers, killing 15 worshippers and wounding 27, some seriously.', 15, 27),
 ('en', 'The bombing killed 7 people and injured more than 60, 15 of them children.', 7, 60),
 ('en', 'A man threw a grenade into a crowd at a football match, injuring around 40 spectators.', 0, 40),
 ('en', 'Several bombs exploded in the city centre, injuring 22 people but causing no deaths.', 0, 22),
 ('en', 'A shooting at a bus stop killed three and injured a dozen people.', 3, 12),
 ('en', 'Attackers stabbed 5 people at a railway station, one fatally.', 1, 4),
 ('en', 'The attack wounded 18 people, of whom 6 were police officers.', 0, 18),
 ('fr', 'Deux bombes ont explosé à Gao et Tombouctou, tuant respectivement trois et quatre personnes.', 7, 0),
 ('fr', "L'attentat a fait plus de 60 blessés, dont 15 enfants.", 0, 60),
 ('fr', 'Neuf personnes ont été blessées, dont trois ont été hospitalisées.', 0, 9),
 ('fr', 'Trois des 30 blessés sont dans un état grave.', 0, 30),
 ('es', 'Dos explosiones en Cali y Jamundí dejaron tres y cuatro muertos, respectivamente.', 7, 0),
 ('es', 'Nueve personas resultaron heridas, tres de las cuales fueron hospitalizadas.', 0, 9),
 ('es', 'Tres de los 30 heridos se encuentran en estado grave.', 0, 30),
 ('ru', 'В результате взрывов в двух городах погибли три и четыре человека соответственно.', 7, 0),
 ('ru', 'Трое из 30 раненых находятся в тяжелом состоянии.', 0, 30),
 ('ru', 'Ранены девять человек, трое из которых госпитализированы.', 0, 9),
]

# Russian and Ukrainian agency lines; 'did not survive' in each language
SLAVIC_LINES = [
 ('ru', 'Жертвами нападения стали пять человек, еще семеро получили ранения различной степени тяжести.', 5, 7),
 ('ru', 'Один из раненых скончался в больнице, сообщили в Минздраве.', 1, 0),
 ('ru', 'Водитель автомобиля не выжил.', 1, 0),
 ('ru', 'Число жертв теракта увеличилось до 12, еще 40 человек пострадали.', 12, 40),
 ('ru', 'В результате атаки беспилотника пострадали трое мирных жителей, в том числе ребенок.', 0, 3),
 ('ru', 'Пострадавших нет, сообщил глава администрации.', 0, 0),
 ('ru', 'На месте происшествия погибли двое полицейских, третий скончался по дороге в больницу.', 3, 0),
 ('ru', 'Боевики расстреляли семью из пяти человек.', 5, 0),
 ('ru', 'Тела троих погибших извлечены из-под завалов.', 3, 0),
 ('ru', 'Ранения получили 14 военнослужащих, из них четверо — тяжелые.', 0, 14),
 ('ru', 'В Дагестане убиты двое сотрудников ДПС.', 2, 0),
 ('uk', "Жертвами обстрілу стали п'ятеро людей, ще семеро дістали поранень.", 5, 7),
 ('uk', 'Один із поранених помер у лікарні.', 1, 0),
 ('uk', 'Кількість жертв ракетного удару зросла до 12, ще 40 людей постраждали.', 12, 40),
 ('uk', 'Унаслідок атаки дронів постраждали троє цивільних, серед них дитина.', 0, 3),
 ('uk', 'Загиблих та постраждалих немає.', 0, 0),
 ('uk', 'На місці загинули двоє поліцейських, третій помер дорогою до лікарні.', 3, 0),
 ('uk', 'З-під завалів дістали тіла трьох загиблих.', 3, 0),
 ('uk', 'Поранення отримали 14 військових, з них четверо — важкі.', 0, 14),
 ('uk', 'Росіяни вбили двох цивільних у Бериславі.', 2, 0),
 ('uk', 'Окупанти поранили жінку та її сина.', 0, 2),
 ('en', 'The driver did not survive.', 1, 0),
 ('en', 'The building did not survive the blast.', 0, 0),
 ('fr', "Le chauffeur n'a pas survécu à ses blessures.", 1, 0),
 ('es', 'El conductor no sobrevivió.', 1, 0),
]

# ISAF and MUC-4 styles: 'detained a third', a seizure of things, 'killed or wounded'
PRESS_RELEASES_AND_WIRES = [
 ('en', 'Afghan and coalition forces killed several insurgents and detained a Haqqani network facilitator during a security operation in Khost province.', 3, 0),
 ('en', 'The operation resulted in the detention of five suspects and the seizure of weapons.', 0, 0),
 ('en', 'A combined force killed two insurgents and detained a third while pursuing a bomb maker in Paktiya.', 2, 0),
 ('en', 'Two civilians were found dead at the scene, and one woman was wounded in the crossfire.', 2, 1),
 ('en', 'Suspected militants have shot and killed an elder said to be a former delegate in Mogadishu, the Somali capital, on Sunday night.', 1, 0),
 ('en', 'Gunmen killed or wounded 40 soldiers.', 0, 0),
 ('en', 'SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] SALVADORAN ARMY TROOPS KILLED 12 GUERRILLAS AND WOUNDED 5 OTHERS IN CLASHES IN CHALATENANGO DEPARTMENT, THE ARMED FORCES PRESS OFFICE REPORTED TODAY.', 12, 5),
 ('en', 'LIMA, 3 MAR 89 (EFE) -- [TEXT] SHINING PATH GUERRILLAS MURDERED A MAYOR AND TWO COUNCILMEN IN AYACUCHO DEPARTMENT YESTERDAY, POLICE SOURCES REPORTED.', 3, 0),
 ('en', 'BOGOTA, 20 JUN 89 (RADIO CARACOL) -- [TEXT] A CAR BOMB EXPLODED TODAY OUTSIDE A POLICE STATION IN MEDELLIN, KILLING FOUR POLICEMEN AND INJURING 15 CIVILIANS.', 4, 15),
 ('en', '[TEXT] THE BODIES OF SEVEN PEASANTS WERE FOUND IN A RAVINE NEAR THE TOWN, WITNESSES SAID. THE VICTIMS HAD BEEN TORTURED.', 7, 0),
 ('en', '[REPORT] [JOSE MARIA RIVAS] [TEXT] UNIDENTIFIED INDIVIDUALS KIDNAPPED A BUSINESSMAN IN THE CAPITAL LAST NIGHT. HIS BODYGUARD WAS KILLED DURING THE ATTACK.', 1, 0),
 ('en', '[TEXT] THE ATTACK ON THE ELECTRIC POWER SUBSTATION CAUSED NO CASUALTIES, BUT LEFT SEVERAL TOWNS WITHOUT POWER.', 0, 0),
 ('en', '[TEXT] TWO SOLDIERS DIED AND THREE WERE WOUNDED WHEN THEIR VEHICLE HIT A MINE PLANTED BY THE FMLN.', 2, 3),
 ('en', '[TEXT] THE FMLN CLAIMED THAT ITS UNITS KILLED OR WOUNDED 40 SOLDIERS DURING THE OFFENSIVE.', 0, 0),
]

# Mexican and Sahel crime and attack leads in es and fr
CRIME_AND_ATTACK_LEADS = [
 ('es', 'Los cuerpos sin vida de cuatro hombres fueron localizados en un paraje de Tlaquepaque.', 4, 0),
 ('es', 'Dos jóvenes fueron ultimados a balazos afuera de un bar en Celaya.', 2, 0),
 ('es', 'Hombres armados privaron de la libertad a tres comerciantes en Taxco.', 0, 0),
 ('es', 'Un policía municipal perdió la vida y otro resultó lesionado durante una agresión armada.', 1, 1),
 ('es', 'Tres personas fueron ejecutadas y sus cuerpos abandonados en la carretera.', 3, 0),
 ('es', 'Un menor de edad murió y su madre quedó herida tras un ataque a balazos en su vivienda.', 1, 1),
 ('es', 'Cuatro elementos de la Guardia Nacional murieron en una emboscada; otros tres fueron heridos.', 4, 3),
 ('es', 'El saldo del enfrentamiento fue de seis delincuentes abatidos y un soldado herido.', 6, 1),
 ('fr', "Trois soldats ont trouvé la mort dans l'explosion d'un engin explosif improvisé.", 3, 0),
 ('fr', "Deux civils ont péri dans l'incendie de leur maison provoqué par des assaillants.", 2, 0),
 ('fr', "Un gendarme a été abattu et deux autres grièvement blessés lors d'une embuscade.", 1, 2),
 ('fr', "Cinq personnes sont portées disparues après l'attaque du village.", 0, 0),
 ('fr', 'Au moins sept personnes ont été enlevées par des hommes armés dans la région de Tillabéri.', 0, 0),
 ('fr', "L'attaque a fait un mort et quatre blessés parmi les forces de l'ordre.", 1, 4),
 ('fr', "Le bilan s'élève désormais à 15 morts et 30 blessés, selon une source hospitalière.", 15, 30),
]

HALF_DOZENS = [
 ("en", "The wounded totalled 40, the hospital said.", 0, 40),
 ("en", "Half a dozen soldiers were wounded in the clash.", 0, 6),
 ("en", "A half-dozen soldiers were wounded in the clash.", 0, 6),
 ("fr", "Une demi-douzaine de soldats ont été blessés.", 0, 6),
 ("es", "Media docena de soldados resultaron heridos.", 0, 6),
 ("ru", "Полдюжины военных получили ранения.", 0, 6),
]

REPORTS = [
 ('en', 'Three killed in Kasai ambush',
  'Three people were killed and two wounded when militiamen ambushed a truck on the road to Tshikapa on Monday, a local official said. The three dead were traders travelling to the market, he said. The two wounded were taken to the general hospital.',
  3, 2),
 ('en', 'Toll in Niger mosque attack rises to 12',
  'The number of people killed in an attack on a mosque in the Tillaberi region has risen to 12, the interior ministry said on Tuesday. Earlier reports had put the toll at seven. Gunmen on motorbikes fired on worshippers during evening prayers.',
  12, 0),
 ('en', 'Two soldiers die in Sinai blast',
  'Two Egyptian soldiers were killed when an explosive device went off under their vehicle in North Sinai, security sources said. Both soldiers were conscripts. No group claimed responsibility.',
  2, 0),
 ('en', 'Market bombing in Borno',
  "A suicide bomber killed five people and wounded nine at a cattle market in Borno state on Thursday, according to a militia leader. Among the dead was the market's chairman. The wounded were being treated in Maiduguri.",
  5, 9),
 ('fr', 'Quatre civils tués dans le nord du Burkina',
  "Quatre civils ont été tués mardi par des hommes armés dans la province du Loroum, a-t-on appris de sources locales. Les victimes, toutes des hommes, ont été abattues alors qu'elles revenaient du marché. Les quatre corps ont été inhumés le lendemain.",
  4, 0),
 ('fr', "Attaque d'un convoi au Mali",
  "Neuf soldats ont été tués et six autres blessés dans l'attaque de leur convoi près de Boni, a annoncé l'armée malienne. Selon l'armée, les assaillants ont été repoussés. Les blessés ont été évacués vers Sévaré.",
  9, 6),
 ('es', 'Emboscada en el Cauca',
  'Tres soldados murieron y uno resultó herido en una emboscada de disidencias de las FARC en el municipio de Argelia, informó el Ejército. Los tres militares fallecidos pertenecían a un batallón de alta montaña. El herido fue trasladado a Popayán.',
  3, 1),
 ('es', 'Sube a siete la cifra de muertos en Guanajuato',
  'La cifra de muertos por el ataque armado contra un bar en Celaya subió a siete, informó la Fiscalía estatal. En un primer momento se había reportado la muerte de cuatro personas. Los agresores huyeron del lugar.',
  7, 0),
 ('ru', 'Обстрел Белгородской области',
  'В результате обстрела села в Белгородской области погибли два человека, еще трое получили ранения, сообщил губернатор. Оба погибших — мирные жители. Раненых доставили в областную больницу.',
  2, 3),
 ('ru', 'Число погибших при взрыве в Махачкале выросло до шести',
  'Число погибших при взрыве на заправке в Махачкале выросло до шести, сообщили в Минздраве Дагестана. Ранее сообщалось о четырех погибших.',
  6, 0),
 ('uk', 'Обстріл Харкова',
  'Унаслідок ракетного удару по Харкову загинула одна людина, ще четверо поранені, повідомив голова ОВА. Загиблий — чоловік 45 років. Поранених госпіталізували.',
  1, 4),
 ('uk', 'Удар по Дніпру',
  'Кількість загиблих унаслідок удару по Дніпру зросла до трьох, повідомила ОВА. Раніше повідомлялося про двох загиблих.',
  3, 0),
]

CASES = AGENCY_LEADS + WOUNDED_IN_INCIDENT_LINES + FRENCH_LEADS + SPANISH_LEADS + RUSSIAN_LEADS + UKRAINIAN_LEADS + TWO_ACCOUNTS_IN_ONE_SENTENCE + PARTS_OF_A_COUNT + LISTS_AND_PARTS + SLAVIC_LINES + PRESS_RELEASES_AND_WIRES + CRIME_AND_ATTACK_LEADS + HALF_DOZENS + [
 # closed here from rounds 12 and 19's gaps: the number hung on the article ("los dos heridos")
 ("es", "La Policía informó que los dos heridos están fuera de peligro.", 0, 2),
 ("es", "Las dos mujeres heridas fueron trasladadas al hospital.", 0, 2),
 # closed in round 27: a label and a colon (parsed.labelled_figures); the main clause's modal not
 # read over the reason clause that tells the wounded (reader._reason_clause)
 ("en", "Dead: 4; injured: 11.", 4, 11),
 ("en", "Six people were killed when attackers threw grenades into a bar. The toll could rise as several of the 30 "
        "injured were in a serious condition, a hospital source said.", 6, 30),
 # closed in round 42: the fighters ("Troops") as the side of a loss verb (claims/grammar._a_side)
 ("en", "Troops killed 12 insurgents and lost two of their own in the battle for the town.", 14, 0),
]

GAPS = [
 # ("lost two of their own" with "Troops" for the subject: closed in round 42, among CASES)
 # "numbered" tagged an adjective, the number the root (pack key amount_verbs reads "totalled")
 ("en", "The dead numbered 14, according to the Red Cross.", 14, 0),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)
test_report_with_its_headline = headline_tests(REPORTS)


# other categories, written by hand before the mends ran: (language, text, category, best)
OTHER_CATEGORIES = [
 ("en", "A combined force killed two insurgents and detained a third while pursuing a bomb maker in Paktiya.", "detained", 1),
 ("en", "The operation resulted in the detention of five suspects and the seizure of weapons.", "detained", 5),
 ("en", "The security force killed an armed insurgent who engaged them and detained another.", "detained", 1),
 ("en", "During the operation, the security force detained four suspects after questioning residents of the "
        "compound.", "detained", 4),
 # "privar de la libertad" (Mexican usage, pack phrasal verb and cue)
 ("es", "Hombres armados privaron de la libertad a tres comerciantes en Taxco.", "kidnapped", 3),
 ("es", "Tres comerciantes fueron privados de la libertad en Taxco.", "kidnapped", 3),
 ("fr", "Au moins sept personnes ont été enlevées par des hommes armés dans la région de Tillabéri.", "kidnapped", 7),
]


test_other_categories_in_leads = category_tests(OTHER_CATEGORIES)
