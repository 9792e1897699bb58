"""Where something is based, how badly it was damaged, and a place in a country (index/about.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.about import (
    asked_countries,
    asked_place_in_country,
    asked_place_in_oblast,
    asks_base,
    asks_damage,
    asks_region,
    names_countries,
    names_place_in,
    names_place_in_oblast,
    tells_base,
    tells_damage,
    tells_region,
)
from index.embed import FakeEmbedder
from index.people import given_by
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from tests.conftest import wire_article


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
    # blind38's ts55: a people's adjective between "which" and "town".
    town = "In which Belarusian town or region will the Oreshnik missile systems be stationed?"
    assert asks_base(town)
    assert not tells_base(deployed, _about("Oreshnik"), _given(town))


def test_a_place_in_a_country_is_told_with_the_country_or_by_a_city_of_it() -> None:
    # blind39's tt66: "met on Ukraine's border with Belarus" names no Belarusian city.
    question = (
        "In which Belarusian city did the Russian and Ukrainian delegations meet for their first talks?"
    )
    belarus = asked_place_in_country(question)
    assert belarus is not None and belarus.label == "a place in Belarus"
    given = _given(question)
    assert not names_place_in(
        belarus, ["The delegations met Monday on Ukraine's border with Belarus."], given
    )
    assert not names_place_in(belarus, ["Russia, Belarus and Ukraine sent envoys."], given)
    assert not names_place_in(belarus, ["Putin met Lukashenko in Belarus."], given)  # a person, no place
    assert names_place_in(belarus, ["The talks were held in the Gomel region."], given)  # a city of WITHIN
    assert names_place_in(belarus, ["The missiles will be based near Asipovichy in central Belarus."], given)
    assert names_place_in(belarus, ["Delegations met in Brest, Belarus, on Monday."], given)
    syria = asked_place_in_country("In which Syrian port did the Razoni turn up?")
    assert syria is not None
    assert names_place_in(syria, ["Satellite images show the ship in the Syrian port of Tartus."], given)
    assert not names_place_in(syria, ["The cargo appears to have ended up in Syria."], given)
    saudi = asked_place_in_country("In which Saudi city did Kyiv agree to the US ceasefire plan?")
    assert saudi is not None and names_place_in(saudi, ["Talks in Jeddah ended on March 11."], given)
    # Russia's and Ukraine's places are named without their country; other words are no country.
    assert asked_place_in_country("Which Russian region did the drones hit?") is None
    assert asked_place_in_country("Which Sumy Oblast village did Russian forces capture?") is None
    # "Which…" opening the question, and Canada (blind55's uj44): "in Canada" names no city, Banff does.
    canada = asked_place_in_country("Which Canadian city hosted the G7 finance ministers meeting?")
    assert canada is not None and canada.label == "a place in Canada"
    assert not names_place_in(canada, ["The G7 finance ministers met in Canada last week."], given)
    assert names_place_in(canada, ["The G7 finance ministers met in Banff last week."], given)


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


def test_a_town_or_village_in_an_oblast_is_named_in_a_sentence_on_that_oblast() -> None:
    question = "Which town or village in Kyiv Oblast was hit in the May 18 drone strike that killed a woman?"
    kyiv = asked_place_in_oblast(question)
    assert kyiv is not None and kyiv.label == "a place in Kyiv Oblast"
    given = {"Kyiv", "Oblast", "May"}.__contains__
    unnamed = (
        "An overnight Russian drone strike in Kyiv Oblast killed one person, Governor Mykola Kalashnyk said."
    )
    assert not names_place_in_oblast(kyiv, [unnamed], given)
    # A village of another oblast is none; one in a sentence on Kyiv Oblast, or "Bila Tserkva, Kyiv Oblast", is.
    elsewhere = "In Donetsk Oblast, one person was killed in the village of Rozkishne, the governor said."
    assert not names_place_in_oblast(kyiv, [unnamed, elsewhere], given)
    assert names_place_in_oblast(kyiv, ["The drone hit the village of Velyka Dymerka in Kyiv Oblast."], given)
    assert names_place_in_oblast(kyiv, ["A strike on Bila Tserkva, Kyiv Oblast, killed one."], given)
    assert asked_place_in_oblast("Which town in Kyiv was hit?") is None
    # A village named in a passage on the region, in a sentence naming no other region.
    odesa = asked_place_in_oblast(
        "Near which village in Odessa Region did Russia claim to have hit Harpoons?"
    )
    assert odesa is not None and odesa.label == "a place in Odessa Region"
    berezan = "A missile strike in Odessa Region, the ministry claimed. It was near the village of Berezan."
    assert names_place_in_oblast(odesa, [berezan], {"Odessa", "Region"}.__contains__)


def test_the_search_declines_a_village_in_an_oblast_no_close_passage_names(
    article_index: Callable[..., Path],
) -> None:
    strike = wire_article(
        "strike",
        "An overnight Russian drone strike in Kyiv Oblast killed one person and injured three more, Governor "
        "Mykola Kalashnyk reported on May 18. A 28-year-old woman died from her injuries.",
    )
    village = wire_article(
        "village",
        "The drone that killed a 28-year-old woman on May 18 hit the village of Velyka Dymerka in Kyiv Oblast, "
        "the regional police said.",
    )
    question = "Which town or village in Kyiv Oblast was hit in the May 18 drone strike that killed a woman?"
    # The named-thing check would decline it first here (no "village" by name): this reads the oblast check.
    config = RetrievalConfig(min_dense=-1.0, check_named_things=False)
    declined = Searcher(IndexStore.open(article_index(strike=strike)), FakeEmbedder(), config).search(
        question
    )
    assert not declined.answered and declined.reason and "a place in Kyiv Oblast" in declined.reason
    named = Searcher(IndexStore.open(article_index(strike=strike, village=village)), FakeEmbedder(), config)
    assert named.search(question).answered


def test_a_region_asked_for_is_named_in_a_sentence_about_the_thing_asked_of() -> None:
    # blind2's cn15, blind32's tm51, blind52's ug49: no article names the region of Griner's penal colony.
    question = "which russian region is the penal colony brittney griner was sent to"
    assert asks_region(question)
    assert not asks_region("Which region's governor reported the attack?")

    def about(sentence: str) -> bool:
        return "Griner" in sentence

    def given(word: str) -> bool:
        return word.lower() in question.lower()

    told = [
        "Griner appeared via video link from a penal colony outside the capital, at the Moscow Regional Court."
    ]
    assert not tells_region(told, about, given)
    assert tells_region(["Griner was moved to a penal colony in the Republic of Mordovia."], about, given)
    assert tells_region(["Griner was moved to a colony in Mordovia region."], about, given)
    # Not in a sentence about another thing.
    assert not tells_region(["Drones hit Kursk Oblast.", "Griner was moved."], about, given)


def test_cities_asked_in_a_country_are_not_told_by_the_country() -> None:
    # blind56's uk03: "deployed in Ukraine" tells nothing of "in which ukrainian cities…".
    question = "in which ukrainian cities are the french DGSE agents based"
    assert asks_base(question)
    given = given_by(question)
    every = lambda sentence: True  # noqa: E731
    assert not tells_base(["Fifty DGSE men have been deployed in Ukraine since February."], every, given)
    assert tells_base(["Fifty DGSE men have been deployed in Kharkiv since February."], every, given)


def test_countries_asked_for_are_told_by_a_sentence_listing_them() -> None:
    # blind56's uk32: "11 United Nations member states" lists none; Russia and Ukraine are every sentence's.
    question = "which 11 countries make up the multilateral sanctions monitoring team on north korea"
    wanted = asked_countries(question)
    assert wanted == 3
    given = _given(question)
    assert not names_countries(wanted, ["The team is made up of 11 United Nations member states."], given)
    assert not names_countries(wanted, ["China and Russia vetoed U.S.-sponsored resolutions."], given)
    assert names_countries(
        wanted, ["Its members include the US, Japan, South Korea, France and Britain."], given
    )
    assert asked_countries("Which countries signed the letter?") == 2
    assert asked_countries("Which country hosted the talks?") is None


def test_a_country_s_place_may_be_asked_in_lower_case() -> None:
    # blind58 um15, typed without capitals.
    asked = asked_place_in_country("in which canadian city did the g7 finance ministers meet in may 2025")
    assert asked is not None and asked.names == ("Canada",)
    assert asked_place_in_country("in which big city did they meet") is None


def test_where_something_is_being_built_or_someone_is_hiding_is_a_place_asked() -> None:
    # blind67 uv01: "a land plot where the factory will be built" names no city.
    question = "In which Ukrainian city is Baykar building its Bayraktar drone factory?"
    assert asks_base(question)
    nothing = _given("")
    plot = "A Ukrainian firm established by Baykar has already bought a land plot where the factory will be built."
    assert not tells_base([plot], _about("Baykar"), nothing)
    assert tells_base(["Baykar's factory is being built near Kyiv."], _about("Baykar"), nothing)
    # blind67 uv62.
    assert asks_base("which russian city is the former kherson museum director tetiana bratchenko hiding in")
    assert tells_base(["Bratchenko is now hiding in Krasnodar."], _about("Bratchenko"), nothing)


def test_where_someone_was_arrested_is_a_place_asked() -> None:
    # blind69 ux64: "arrested in Colorado" names only the state the question gives.
    question = "which city in colorado was jareh dalke arrested in"
    assert asks_base(question)
    given = _given(question.title())
    assert not tells_base(["Dalke was arrested in Colorado in September."], _about("Dalke"), given)
    assert tells_base(["Dalke was arrested in Denver after the handover."], _about("Dalke"), given)
