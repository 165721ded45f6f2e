"""More agency-style wire summaries, written for these tests in our own words (sixth round), with
the killed and injured best each must give, written by hand before running. Two failed when
first run ("executed five hostages, among them two foreign engineers"; "killing a colonel and
11 of his men") and were mended by structure, not by their words.

SECOND_KIND: earlier episodes beside the event, updates, accounts that disagree, parts, states,
likewise written by hand before running. Of 30 first written, 24
passed; two were mended by structure ("and several others wounded"; a lower toll from another
source is another account, not a revision), two are known gaps (xfail below), and two were
left out because the project's documented conventions differ from the first guess: attackers
who fall in a fight with state forces count (claims/perpetrators.py), and a killing "last week"
is not an earlier episode."""
import pytest

CASES = [  # (text, killed, injured)
 ("Suspected jihadists killed 14 villagers and burned dozens of homes in an overnight raid on a hamlet near Djibo, a local official said on Tuesday.", 14, 0),
 ("Two soldiers died and five were wounded when their patrol struck a roadside bomb in Kidal region on Friday, the army said.", 2, 5),
 ("A policeman was stabbed to death and two passers-by were hurt in an attack on a checkpoint in the capital.", 1, 2),
 ("Gunmen on motorbikes shot dead a local councillor and his driver on the road to Kaya.", 2, 0),
 ("At least 30 people, most of them women and children, were killed when a mortar shell hit a crowded market, hospital sources said.", 30, 0),
 ("The death toll from Sunday's suicide bombing at a church has risen to 23, with 41 others still in hospital, the health ministry said.", 23, 0),
 ("Security forces killed nine militants in a firefight that also left a soldier dead.", 10, 0),
 ("An air strike on a wedding party killed 11 civilians, including four children, local elders said, though the military said only fighters were hit.", 11, 0),
 ("Three aid workers were abducted and their driver was killed when armed men stopped their convoy.", 1, 0),
 ("Clashes between herders and farmers left 17 dead and 25 injured in the district, police said.", 17, 25),
 ("A bomb hidden in a motorcycle exploded near a bus station, killing four people and wounding 12, one of them critically.", 4, 12),
 ("Police said the attackers killed the imam of the village mosque and set fire to his house.", 1, 0),
 ("Eight members of the same family, including a baby, were killed when rebels attacked their farm.", 8, 0),
 ("The militants executed five hostages, among them two foreign engineers, the group said in a statement.", 5, 0),
 ("Fighting between rival militias in the city has killed at least 45 people since Monday, according to the Red Cross.", 45, 0),
 ("A gunman opened fire at a bar, killing six customers before he was shot dead by police.", 6, 0),
 ("Unknown assailants hacked to death a farmer and his wife in their home.", 2, 0),
 ("A landmine blast killed two children herding goats near the border, a local chief said.", 2, 0),
 ("Soldiers fired on protesters, wounding at least 20, witnesses said. No deaths were reported.", 0, 20),
 ("The governor said 12 bodies were recovered from the river after the attack.", 12, 0),
 ("Police recovered the bodies of three men who had been abducted a week earlier.", 3, 0),
 ("Two journalists were among seven people killed in the shelling of the town on Wednesday.", 7, 0),
 ("Rebels ambushed an army convoy, killing a colonel and 11 of his men.", 12, 0),
 ("A suicide bomber killed himself and 15 worshippers at a mosque during Friday prayers.", 15, 0),
 ("Armed men killed a nurse and injured a doctor when they stormed the health centre.", 1, 1),
 ("The attack killed a woman and her three children, the mayor told AFP.", 4, 0),
 ("Some 40 people were killed in the two attacks, a security source said.", 40, 0),
 ("Nearly 20 civilians died in the air raid, activists said.", 19, 0),
 ("At least a dozen people died when the vessel carrying displaced families was hit by a rocket.", 12, 0),
 ("A grenade thrown into a crowd killed one person and injured 34, among them six police officers.", 1, 34),
]


SECOND_KIND = [  # (text, killed, injured)
 ("Two police officers were killed on Monday when gunmen attacked their station in Ogun. Last year, a similar attack on the same station killed five officers.", 2, 0),
 ("A bus hit a landmine on the road to Mopti, killing 12 passengers. Six other passengers were taken to hospital with serious injuries.", 12, 6),
 ("The toll from Tuesday's twin blasts rose to 19 on Wednesday after three of the injured died in hospital, officials said.", 19, 0),
 ("Gunmen kidnapped 20 students from a boarding school and killed a security guard who tried to stop them.", 1, 0),
 ("Israeli troops shot and wounded a Palestinian teenager during a raid on the camp, the health ministry said.", 0, 1),
 ("Seven civilians, three of them children, were killed by shelling in the town of Avdiivka, the regional governor said.", 7, 0),
 ("A man opened fire on worshippers at a church, killing one and wounding four before fleeing.", 1, 4),
 ("At least five people were killed and several others wounded when a car bomb exploded outside a hotel.", 5, 3),
 ("Rebel fighters killed 23 villagers with machetes in an overnight attack on Mukondi, according to a local civil society leader. The army put the toll at 18.", 23, 0),
 ("A drone strike on a car killed three people in the outskirts of the city, a security official said. The dead included a local commander of the group.", 3, 0),
 ("The floods-hit district was also the scene of clashes on Thursday in which two soldiers died.", 2, 0),
 ("Suspected herders killed a pastor and 11 members of his congregation in a night attack on a village church.", 12, 0),
 ("A teenage boy died of his wounds on Sunday, three days after he was shot by police during a protest, his family said.", 1, 0),
 ("Four people were injured when a grenade exploded in a crowded market, police said, adding that one of them was in critical condition.", 0, 4),
 ("Three soldiers were killed and seven were missing after an ambush in the north, the army said on Saturday.", 3, 0),
 ("The bodies of six men, all with gunshot wounds to the head, were found dumped by a roadside.", 6, 0),
 ("Ten days after the attack that killed 40 people, authorities have yet to name a suspect.", 40, 0),
 ("An air strike killed a senior commander of the group, his two bodyguards and a driver, the group said in a statement.", 4, 0),
 ("The attack left 32 dead, including 8 children, and more than 60 wounded, the ministry said.", 32, 60),
 ("The militia released 12 hostages but killed two others who had tried to escape.", 2, 0),
 ("A soldier was killed on Friday and another died of his wounds on Saturday, bringing the number of soldiers killed this week to five.", 5, 0),
 ("A rocket fired from across the border struck a house, killing an elderly woman and injuring her grandson.", 1, 1),
 ("Demonstrators threw stones at police, who responded with tear gas; 14 protesters and six officers were hurt.", 0, 20),
 ("Of the 27 people killed in the attack, 19 were civilians and 8 were soldiers, a military spokesman said.", 27, 0),
 ("Nobody was hurt in the blast, which damaged the facade of the tax office.", 0, 0),
 ("A fire set by rioters at a police station killed two detainees who were locked in their cells.", 2, 0),
]

# The known gaps of this round are closed: the role noun that is also a body part ("the head of the
# local election commission") in round 8, a date in an apposition that places the victim in a
# series ("the third local leader killed ... this month") in round 12.
SERIES = [
 ("Gunmen killed a village head on Tuesday, the third local leader killed in the district this month.", 1, 0),
]


@pytest.mark.parametrize("text,killed,injured", CASES + SECOND_KIND + SERIES)
def test_agency_summary_round6(read, text, killed, injured):
    _, toll = read(text, published=None)
    assert (toll.get("killed").best, toll.get("injured").best) == (killed, injured)
