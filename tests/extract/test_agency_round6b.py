"""Agency-style summaries of a second kind, written for these tests in our own words (sixth
round): earlier episodes beside the event, updates, accounts that disagree, parts, states.
Expected killed and injured best written by hand before running. Of 30 first written, 24
passed; two were mended by structure ("and several others wounded"; a lower toll from another
source is another account, not a revision), two are known gaps (xfail below), and two were
left out because the project's documented conventions differ from the first guess: attackers
who fall in a fight with state forces count (claims/perpetrators.py), and a killing "last week"
is not an earlier episode."""
import pytest

CASES = [  # (text, killed, injured)
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

GAPS = [  # known gaps: a role noun that is also a body part; a date in an apposition after the victim
 ("Gunmen shot dead the head of the local election commission outside his office in the town of Beledweyne.", 1, 0),
 ("Gunmen killed a village head on Tuesday, the third local leader killed in the district this month.", 1, 0),
]


@pytest.mark.parametrize("text,killed,injured", CASES)
def test_agency_summary_second_kind(read, text, killed, injured):
    _, toll = read(text, published=None)
    assert (toll.get("killed").best, toll.get("injured").best) == (killed, injured)


@pytest.mark.xfail(strict=True, reason="known gap: see GAPS")
@pytest.mark.parametrize("text,killed,injured", GAPS)
def test_known_gaps(read, text, killed, injured):
    _, toll = read(text, published=None)
    assert (toll.get("killed").best, toll.get("injured").best) == (killed, injured)
