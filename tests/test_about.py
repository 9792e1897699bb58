"""Where something is based, and how badly it was damaged, told in a sentence about it (index/about.py)."""

from __future__ import annotations

from index.about import asks_base, asks_damage, tells_base, tells_damage


def _about(word: str):
    return lambda sentence: word in sentence


def _given(question: str):
    return lambda word: word in question.split()


def test_where_something_is_based_is_told_in_a_sentence_about_it() -> None:
    assert asks_base("In which city will the EU's proposed Black Sea Maritime Security Hub be based?")
    assert asks_base("which town is the Russian cruise missile plant that drones hit located in?")
    assert not asks_base("Where did Kallas present the strategy?")
    proposed = (
        "Speaking at a press briefing in Brussels, Kallas outlined the strategy. Kallas proposed creating a "
        "Black Sea Maritime Security Hub, envisioned as an early warning and monitoring system."
    )
    nothing = _given("")
    assert not tells_base([proposed], _about("Hub"), nothing)
    assert tells_base(["The Maritime Security Hub will be based in Constanta."], _about("Hub"), nothing)
    assert tells_base(["Drones hit the Raduga plant in the town of Dubna."], _about("Raduga"), nothing)
    # A month after "in" is no place, nor is a place the question names.
    assert not tells_base(["The Hub will open in May."], _about("Hub"), nothing)
    oreshnik = "Where in Belarus will the Oreshnik missiles be stationed?"
    assert asks_base(oreshnik)
    deployed = ["Moscow plans to deploy Oreshnik in Belarus by the end of the year."]
    assert not tells_base(deployed, _about("Oreshnik"), _given(oreshnik))
    assert tells_base(["Oreshnik will be stationed near Asipovichy."], _about("Oreshnik"), _given(oreshnik))


def test_damage_is_told_in_a_sentence_about_what_was_hit() -> None:
    question = "How badly was the Alabuga drone factory in Yelabuga damaged in the attack on May 25?"
    assert asks_damage(question)
    assert asks_damage("What damage did the refinery suffer in the strike?")
    assert not asks_damage("How much damage did Operation Spiderweb cause, in dollar terms?")  # a sum
    fired = "Russian air defenses opened fire against drones near the Yelabuga drone production site."
    assert not tells_damage([fired], _about("Yelabuga"))
    assert tells_damage(["A workshop at the Yelabuga site caught fire after the strike."], _about("Yelabuga"))
    assert not tells_damage(
        ["A plant in Ivanovo was damaged. Drones flew near Yelabuga."], _about("Yelabuga")
    )
