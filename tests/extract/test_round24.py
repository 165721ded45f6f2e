"""Summaries of our own (twenty-fourth round), with the killed and injured best each must give,
written by hand before the mends that meet them ran on them: agency leads and wire paragraphs in
en, fr, es, ru, uk. On first run these missed: a clause of a running count followed by one of this
day's ("Dozens were killed last month, but the attack on Friday killed four": the month's time
words made the four an earlier episode too), "Police shot dead three bandits" (the parser hung
"dead" on the object, and "bandits" was in no people list, so "shot" wanted a person and found
none), "Gunmen kill 3 police officers in Balochistan, 2 others hurt" (a participle like its base
form, tagged a present), "Fueron localizados los cuerpos sin vida de cuatro hombres" (the men hung
on "vida", not on the bodies), and the French present headlines of rounds 19 and 23 ("Une attaque
tue cinq soldats": the tagger made "tue" an adjective of "attaque"), and "left dozens of people
injured and at least eight dead" (the dead given the dozens as a list's state; the injured, hung on
"people", counted 2). Of the summaries where no one was killed that day: "the funeral of
the 12 soldiers killed in last week's ambush" (a rite for earlier dead), "accused of murdering three
women" (the deed a person is tried for), "ten years since 30 miners were killed" (the clause the
time counts from), "to denounce the killings of civilians" (a kind of deed, its victims an
unnumbered plural: 2)."""
from .helpers import read_in, summary_tests

CASES = [
 # a clause of its own, with its own day, after a running count or an earlier month
 ("en", "Violence in the region over the past month has killed more than 200 people, but Monday's attack killed three.", 3, 0),
 ("en", "The insurgency has killed thousands of people in recent years, and on Monday gunmen killed five soldiers in Djibo.", 5, 0),
 ("en", "Last year more than 300 people died in such attacks; on Sunday another seven villagers were killed.", 7, 0),
 ("en", "This month alone 40 civilians have been killed in the province, and Tuesday's blast killed six more.", 6, 0),
 ("en", "Dozens were killed in the area last month, but the attack on Friday killed four people, police said.", 4, 0),
 ("en", "The conflict has claimed over 10,000 lives since 2017, while the latest ambush left nine soldiers dead.", 9, 0),
 ("es", "La violencia ha dejado miles de muertos en los últimos años, y el lunes unos pistoleros mataron a cinco soldados en Djibo.", 5, 0),
 ("es", "El año pasado murieron más de 300 personas en ataques similares; el domingo otros siete campesinos fueron asesinados.", 7, 0),
 ("ru", "В прошлом году в подобных нападениях погибли более 300 человек, а в воскресенье боевики убили ещё семерых крестьян.", 7, 0),
 # ... but not a clause that shares the first one's time
 ("en", "Last year gunmen killed 23 villagers, and they also wounded five others.", 0, 0),
 ("en", "Last year the rebels killed 23 villagers and the army killed 12 rebels.", 0, 0),
 # "shot dead" with "dead" hung on the object; people words of the field
 ("en", "Police shot dead three bandits.", 3, 0),
 ("en", "Bandits shot dead two vigilantes in Katsina.", 2, 0),
 ("en", "In separate attacks on Tuesday, gunmen killed four farmers in Zamfara and bandits shot dead two vigilantes in Katsina, police said.", 6, 0),
 ("en", "Gunmen shot two gendarmes near Kaya.", 0, 2),
 ("en", "Three volunteers were shot.", 0, 3),
 ("en", "Gunmen killed a firefighter in Kabul.", 1, 0),
 ("en", "Gunmen attacked the motorcade, killing the lawmaker.", 1, 0),
 ("en", "Gunmen stabbed a pastor to death.", 1, 0),
 # a headline's participle tagged a present
 ("en", "Gunmen kill 3 police officers in Balochistan, 2 others hurt", 3, 2),
 ("en", "Two others hurt in the attack.", 0, 2),
 ("en", "Two people hurt as blast rocks market", 0, 2),
 # a headline's present tense the French tagger took for a modifier (gaps of rounds 19 and 23)
 ("fr", "Les jihadistes tuent cinq civils.", 5, 0),
 ("fr", "Une mine blesse quatre soldats.", 0, 4),
 ("fr", "Une attaque tue cinq soldats.", 5, 0),
 ("fr", "Des jihadistes tuent 12 soldats dans le nord du Burkina", 12, 0),
 ("fr", "Une explosion blesse dix personnes à Bamako.", 0, 10),
 ("es", "Un ataque mata a cinco soldados.", 5, 0),
 # bodies without life, their owners hung on the life noun
 ("es", "Fueron localizados los cuerpos sin vida de cuatro hombres en una brecha de Zacatecas.", 4, 0),
 ("es", "Los cuerpos sin vida de cuatro hombres fueron localizados en una brecha.", 4, 0),
 ("es", "Hallan sin vida a dos jóvenes en un canal de riego.", 2, 0),
 ("es", "Fue hallado el cuerpo sin vida de un hombre en Culiacán.", 1, 0),
 # no one killed today: the dead of a rite, a trial, an anniversary, a kind of deed
 ("en", "On 3 May, protesters blocked the main road in Goma to denounce the killings of civilians by ADF rebels.", 0, 0),
 ("en", "Hundreds of mourners attended the funeral of the 12 soldiers killed in last week's ambush.", 0, 0),
 ("en", "The funeral of the three policemen who were killed on Monday took place in Quetta.", 0, 0),
 ("en", "Gunmen killed 12 soldiers on Monday; their funeral was held on Tuesday.", 12, 0),
 ("en", "The ceremony marked ten years since 30 miners were killed in the massacre.", 0, 0),
 ("en", "The suspect is accused of murdering three women.", 0, 0),
 ("en", "A man was charged on Monday with killing two police officers in Dallas.", 0, 0),
 ("en", "Two men were sentenced to death for the killing of a journalist.", 0, 0),
 ("en", "The army blamed the rebels for killing 12 villagers on Monday.", 12, 0),
 ("en", "The information minister accused the rebels of murdering a colonel's daughter.", 1, 0),
 ("en", "The killings of three farmers sparked protests.", 3, 0),
 ("fr", "Des centaines de personnes ont assisté aux obsèques des sept soldats tués dans l'embuscade de Boulkessi.", 0, 0),
 ("fr", "Les manifestants ont dénoncé les assassinats de civils par les groupes armés.", 0, 0),
 ("fr", "Un homme a été inculpé pour le meurtre de deux policiers.", 0, 0),
 ("fr", "L'homme est accusé d'avoir tué trois femmes.", 0, 0),
 ("fr", "Le gouvernement a condamné l'assassinat de deux soldats lundi.", 2, 0),
 ("es", "Familiares y amigos acudieron al velorio de los tres jóvenes asesinados en Celaya.", 0, 0),
 ("es", "Los manifestantes denunciaron los asesinatos de líderes sociales en el Cauca.", 0, 0),
 ("es", "El juez vinculó a proceso a un hombre acusado de matar a dos policías.", 0, 0),
 ("ru", "В Грозном прошло прощание с тремя полицейскими, погибшими при нападении на пост.", 0, 0),
 ("ru", "Мужчину обвиняют в убийстве трёх женщин.", 0, 0),
 # a running count over a longer time, told after this day's figure
 ("en", "An airstrike killed five civilians in Idlib, rescuers said. The area has been bombed repeatedly since the ceasefire collapsed, killing at least 200 people.", 5, 0),
 ("en", "A roadside bomb killed three soldiers on Tuesday, the third such attack this month. Twelve soldiers died in two similar blasts earlier in the month.", 3, 0),
 ("en", "Since the ceasefire collapsed, at least 200 people have been killed.", 0, 0),
 ("en", "Since fighting erupted on Saturday, 56 people have been killed, the health ministry said.", 56, 0),
 ("en", "Fighting has raged since the rebels entered the city on Saturday, killing 56 people.", 56, 0),
 ("en", "Gunmen killed two traders in Kaduna on Monday. Separately, police said a soldier was killed in an ambush in Niger state on Sunday.", 3, 0),
 ("en", "Two people were killed in a blast in Kabul. The Islamic State has carried out attacks that killed hundreds in the city in recent years.", 2, 0),
 ("en", "Clashes between herders and farmers killed at least 10 people, a local official said. Such violence has claimed thousands of lives across the Middle Belt.", 10, 0),
 ("en", "A car bomb exploded outside a police station, killing four policemen and two civilians. Seven other people were wounded, the ministry said.", 6, 7),
 ("en", "Two Colombian soldiers were killed and three wounded when dissidents attacked their patrol, the army said. It was the second deadly attack on the army this week.", 2, 3),
 # a vague amount and a count left in two states
 ("en", "The blast in the crowded market left dozens of people injured and at least eight dead.", 8, 61),
 ("en", "The blast left dozens of people injured and eight others dead.", 8, 61),
 ("en", "The blast left eight dead and dozens of people injured.", 8, 61),
 ("en", "The dead included a district police chief, whose vehicle was hit by the blast, and four of his guards.", 5, 0),
 ("en", "Gunmen opened fire on a wedding party, killing the groom and 11 guests.", 12, 0),
 ("en", "Six members of one family, including four children, died when a shell hit their home.", 6, 0),
 ("en", "The strike hit a school sheltering displaced families, leaving 15 people dead, among them nine children.", 15, 0),
 ("en", "The fighting has left 12 dead and 25 wounded since Friday, a hospital director said.", 12, 25),
 ("en", "Police confirmed the deaths of three protesters.", 3, 0),
 # a state the Spanish parser hung on "quedar" as a modifier
 ("es", "Dos menores murieron y otros cuatro quedaron lesionados tras el ataque a balazos contra una fiesta.", 2, 4),
 ("es", "Un comando armado asesinó a balazos a un agente de la policía municipal y a su hermano en Zamora.", 2, 0),
 ("es", "Tres soldados resultaron heridos, uno de ellos de gravedad, tras la explosión de un artefacto.", 0, 3),
 ("es", "Los enfrentamientos dejaron al menos cuatro muertos y una quincena de heridos entre los manifestantes.", 4, 15),
 ("fr", "Trois casques bleus ont été blessés, dont un grièvement, par l'explosion d'un engin artisanal au passage de leur convoi.", 0, 3),
 ("fr", "Au moins une vingtaine de civils ont été massacrés dans la nuit de samedi à dimanche dans le village de Seytenga.", 20, 0),
 ("fr", "Un soldat a été tué et deux autres portés disparus après l'attaque de leur poste.", 1, 0),
 # incident-list style in the present tense, verbs in -s tagged nouns
 ("en", "A suicide bomber kills 12 people and injures 30 at a market in Maiduguri.", 12, 30),
 ("en", "An explosion at a mosque during Friday prayers kills at least 27 and injures over 100.", 27, 100),
 ("en", "A rocket attack on the base wounds four US contractors.", 0, 4),
 ("en", "Multiple bombings across the city kill at least 60 people.", 60, 0),
 ("en", "Gunmen attack a church in Ouagadougou, killing 14 worshippers; several others are wounded.", 14, 3),
 ("en", "A car bomb explodes near a checkpoint, killing 8 and wounding 20.", 8, 20),
 ("en", "Militants ambush a convoy, killing 11 soldiers. Five militants are also killed.", 16, 0),
 ("en", "A shooting at a school leaves 3 students dead and 7 wounded.", 3, 7),
 ("en", "Suicide attack wounds 15 in Mogadishu", 0, 15),
 ("en", "Blast wounds 15 in Mogadishu", 0, 15),
 ("en", "Bombing kills 9 at wedding in Kabul", 9, 0),
 ("en", "A knife attack at a train station injures 5 people; the attacker is arrested.", 0, 5),
 ("en", "An ISIS-K suicide bomber targets a Shia mosque, killing at least 46 worshippers and injuring 143.", 46, 143),
 ("en", "Three people are killed and 12 injured when a grenade is thrown into a crowd.", 3, 12),
 # a state the parser hung on the time phrase after it
 ("en", "Two men were found dead hours later.", 2, 0),
 ("en", "He was found dead two days later.", 1, 0),
 # wire leads that read right on first run (kept as they are)
 ("en", "On 14 June, suspected herders opened fire on farmers working their fields near Tudun Wada, leaving four dead and two others wounded.", 4, 2),
 ("en", "Unknown assailants ambushed a police patrol on the road to Gao on Thursday; three officers lost their lives and one was hurt.", 3, 1),
 ("en", "An explosive device planted by the roadside tore through a minibus outside Mogadishu, claiming the lives of eleven passengers.", 11, 0),
 ("en", "A grenade hurled into a crowded market in Bujumbura wounded 23 people, one of whom later died in hospital.", 1, 22),
 ("en", "Troops repelled an attack on their base in Menaka, losing two soldiers; the army said 17 assailants were neutralised.", 19, 0),
 ("en", "A suicide bomber detonated his vest at a police checkpoint in Quetta, killing himself and three constables.", 3, 0),
 ("en", "Police fired live rounds at protesters in Khartoum, fatally wounding a 17-year-old boy.", 1, 0),
 ("en", "Assailants torched houses in the village of Kpeve, burning an elderly woman to death.", 1, 0),
 ("en", "The raid left a trail of death: the village chief, his brother and four farmhands were among those slain.", 6, 0),
 ("en", "Authorities put the number of dead at 27 and said another 40 had been hospitalised.", 27, 40),
 ("en", "Police recovered the corpses of a couple who had been kidnapped a week earlier.", 2, 0),
 ("en", "Five aid workers were abducted and later released unharmed in Ituri.", 0, 0),
 ("en", "A 45-year-old man and his two sons, aged 12 and 15, were shot dead in their farm 5 km from Jos.", 3, 0),
 ("en", "Around 300 gunmen on 50 motorcycles attacked the village, killing 19 residents.", 19, 0),
 ("en", "The attackers, numbering about 40, killed 7 soldiers and seized 3 vehicles.", 7, 0),
 ("en", "Five of the 12 hostages were killed during the rescue operation.", 5, 0),
 ("en", "The casualties included 3 dead and 14 wounded.", 3, 14),
 ("en", "Three police and a civilian were wounded when a grenade was thrown at their vehicle.", 0, 4),
 ("fr", "Une embuscade tendue par des jihadistes a coûté la vie à onze soldats maliens dans la région de Mopti.", 11, 0),
 ("fr", "Le chef du village et deux de ses fils ont été égorgés par des assaillants non identifiés.", 3, 0),
 ("fr", "Douze personnes, dont trois enfants, ont trouvé la mort dans l'incendie du camp.", 12, 0),
 ("es", "Un enfrentamiento entre militares y presuntos integrantes de un cártel dejó un saldo de 13 civiles armados abatidos y dos soldados heridos.", 13, 2),
 ("es", "Un soldado perdió la vida y tres más quedaron heridos al estallar una mina.", 1, 3),
 ("es", "Los atacantes dispararon contra un grupo de jóvenes; tres de ellos fallecieron en el lugar.", 3, 0),
 ("ru", "Жертвами обстрела стали трое местных жителей, двое получили ранения.", 3, 2),
 ("ru", "При атаке беспилотника на автобус погибли водитель и двое пассажиров.", 3, 0),
 ("ru", "Погибших нет, трое раненых госпитализированы.", 0, 3),
 ("uk", "Російська ракета влучила у житловий будинок, загинула жінка, троє людей травмовані.", 1, 3),
]

GAPS = [
 # the French model hung the day ("lundi") and the gunmen on the clause before, so the clause of
 # this day's figure names no day of its own
 ("fr", "L'insurrection a fait des milliers de morts ces dernières années, et lundi des hommes armés ont tué cinq soldats à Djibo.", 5, 0),
 # "mata" tagged a noun after a verb of its own ("irrumpe"): the headline repair wants no verb
 ("es", "Grupo armado irrumpe en vivienda y mata a seis integrantes de una familia", 6, 0),
 # "la masacre de la vereda El Tandil": a place in the partitive of a deed noun taken for one more
 # victim (21); asking such a victim to be a person (a noun with its article) cost MUC-4 build rows
 # whose names the case normalising made common nouns ("the murder of ... pizarro")
 ("es", "Al menos una veintena de personas fueron asesinadas en la masacre de la vereda El Tandil.", 20, 0),
 # "together with" hung as an adverb of "with": the companions left out; reading them cost a WAD
 # build row (a later "killing five" was made part of the four companions)
 ("en", "The ambush killed a colonel together with his driver and three bodyguards.", 5, 0),
 # (after a semicolon, "2 are found dead days later": closed in round 48, SEMICOLON_CLOSED)
 # (the Ukrainian fronted object "Тіла трьох загиблих витягли": closed in round 32, a stand-in for
 # "витягти": tests/extract/test_round25.py)
]

SEMICOLON_CLOSED = [  # a gap until round 48: the time of the clause after a semicolon is not the figure's
 ("en", "Rebels abduct 30 students from a school; 2 are found dead days later.", 2, 0),
]

test_summary_in_its_language, test_known_gaps = summary_tests(CASES + SEMICOLON_CLOSED, GAPS)


def test_a_range_whose_first_number_the_parser_made_the_head(reader):
    """"От 10 до 15 человек погибли": slovnet made "10" the verb's count and hung the noun, with "до
    15", on it; the figure is the range 10-15, not 10."""
    claims = read_in(reader, "От 10 до 15 человек погибли в результате взрыва.", "ru").claims
    assert [(c.low, c.high) for c in claims] == [(10, 15)]
