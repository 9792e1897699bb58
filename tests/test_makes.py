"""A question asking what make something was needs a close sentence naming one (index/makes.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.embed import FakeEmbedder
from index.makes import AskedMake, asked_make, names_make
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from tests.conftest import wire_article


def test_the_thing_whose_make_is_asked_for() -> None:
    assert asked_make("What brand of trucks carried the drones in Operation Spiderweb?") == AskedMake(
        "vehicle", "trucks"
    )
    assert asked_make("What make of machine gun does the unit fire?") == AskedMake("gun", "gun")
    assert asked_make("What make of SUV was Darya Dugina driving?") == AskedMake("vehicle", "suv")
    assert asked_make("What car brand did Portnov drive?") == AskedMake("vehicle", "car")
    # A thing the lists do not know: the word before "did", a name or a verb.
    assert asked_make("Which brand of soft drink did Sunak like?") == AskedMake(None, "drink")
    assert asked_make("What brand was the orange hoodie Brittney Griner wore?") == AskedMake(None, "hoodie")
    assert asked_make("What make of bicycle carried Chichi home?") == AskedMake(None, "bicycle")


def test_a_model_of_something_else_asks_for_no_make() -> None:
    assert asked_make("What model of peace settlement did Putin propose?") is None
    assert asked_make("What business model does Wagner use?") is None
    assert asked_make("What kind of weapons did Ukraine ask for?") is None
    assert asked_make("What model of aircraft flew Griner home?") == AskedMake("aircraft", "aircraft")
    # A type or a kind of a thing the lists know is asked as its model is (blind55's uj29), of weapons is not.
    assert asked_make("what type of russian planes violated finnish airspace on may 23") == AskedMake(
        "aircraft", "planes"
    )
    assert asked_make("What kind of gun was used to kill Portnov?") == AskedMake("gun", "gun")
    # "make and model" asks as "make" does (after_rules45's Dugina SUV).
    assert asked_make("what make and model was the SUV darya dugina was driving") == AskedMake(
        "vehicle", "suv"
    )
    # As the search truecases it, past the people's adjective; a name still ends the thing's words.
    assert asked_make("What Type of Russian Planes violated Finnish airspace?") == AskedMake(
        "aircraft", "planes"
    )
    assert asked_make("What type of peace deal is on the table?") is None


def test_ukrainian_and_russian_questions_ask_for_a_make_too() -> None:
    assert asked_make("Якої марки були вантажівки з дронами?", "uk") == AskedMake("vehicle")
    assert asked_make("Из пистолета какой марки был застрелен Портнов?", "ru") == AskedMake("gun")
    assert asked_make("Якої марки горілку він пив?", "uk") == AskedMake(None)
    assert asked_make("Що сказав Марк Рютте?", "uk") is None  # a name, not a make
    assert asked_make("Яку модель переговорів запропонував Ердоган?", "uk") is None


def test_a_make_of_the_kind_asked_for_must_be_named() -> None:
    trucks = AskedMake("vehicle", "trucks")
    assert names_make(trucks, ["Witnesses saw two KAMAZ trucks leave the base."])
    assert names_make(trucks, ["He was approaching his Mercedes when he was shot."])  # no noun needed
    assert names_make(AskedMake("vehicle", "van"), ["The lions rode in a Ford Transit van."])
    assert names_make(AskedMake("gun", "gun"), ["The crew fires a Fortress machine gun."])  # before the noun
    assert not names_make(trucks, ["The drones were hidden in wooden cabins on trucks."])
    assert not names_make(trucks, ["A man drove the trucks. Russian drivers did not know."])
    assert not names_make(AskedMake("gun", "gun"), ["His Mercedes was parked outside."])  # another kind
    assert not names_make(trucks, ["The Bayraktar drones flew over the trucks."])  # not a truck's make


def test_a_make_no_close_passage_names_is_declined_with_the_reason(fake_index: Path) -> None:
    # No floor: only the make check can decline.
    store = IndexStore.open(fake_index)
    question = "What make of car did Medinsky drive to the talks in Istanbul?"
    answer = Searcher(store, FakeEmbedder(), RetrievalConfig(min_dense=-1.0)).search(question)
    assert not answer.answered
    assert answer.reason and "the make of “car”" in answer.reason
    off = RetrievalConfig(min_dense=-1.0, check_makes=False, check_everyday=False)
    assert Searcher(store, FakeEmbedder(), off).search(question).answered


def test_where_a_thing_is_from_is_no_make() -> None:
    trucks = AskedMake("vehicle", "trucks")
    assert not names_make(trucks, ["Guards stopped the Russian trucks at the border."])
    assert not names_make(AskedMake("aircraft", "jets"), ["They flew old Soviet-era jets."])
    assert names_make(trucks, ["Guards stopped the Volvo trucks at the border."])


def test_a_make_stands_right_before_its_thing_or_across_a_word_such_as_machine() -> None:
    assert not names_make(
        AskedMake("vehicle", "trucks"), ["On June 7, Zelensky said truck drivers knew nothing."]
    )
    assert names_make(AskedMake("vehicle", "truck"), ["They drove a Kamaz-made truck."])
    assert names_make(AskedMake("vehicle", "truck"), ["They drove a Tatra flatbed truck."])


AIRSPACE = wire_article(
    "airspace",
    "Two Russian military aircraft are suspected of violating Finland's airspace, the defense ministry reported "
    "on May 23. On May 22, Polish fighter jets intercepted a Russian Su-24 bomber over the Baltic Sea.",
    published="2025-05-23",
)


def test_a_make_is_named_on_the_day_the_question_names(article_index: Callable[..., Path]) -> None:
    # blind55's uj29: the Su-24 intercepted on May 22 is not the aircraft in Finland's airspace on May 23.
    searcher = Searcher(
        IndexStore.open(article_index(airspace=AIRSPACE)), FakeEmbedder(), RetrievalConfig(min_dense=-1.0)
    )
    answer = searcher.search("what type of russian planes violated finnish airspace on may 23")
    assert not answer.answered and "make" in answer.reason
    assert searcher.search("what type of russian plane did polish jets intercept on may 22").answered


def test_a_make_the_question_names_is_no_answer() -> None:
    # after_rules45: "to intercept the Su-24" names the bomber; the fighters' type is asked.
    question = "What type of fighter jets did Poland scramble to intercept the Su-24 over the Baltic?"
    fighters = asked_make(question)
    assert fighters is not None and fighters.given == ("su-24",)
    assert not names_make(fighters, ["Polish fighter jets intercepted a Russian Su-24 bomber."])
    assert names_make(fighters, ["Polish F-16 jets intercepted a Russian Su-24 bomber."])
    assert names_make(fighters, ["Two Su-34 jets flew past."])  # another of the make


def test_a_kind_of_drone_is_no_model() -> None:
    # blind56's uk16: "an FPV drone" names no model; "a Lancet drone" does.
    drone = asked_make("Какой модели был дрон, которым ударили по автобусу в Белополье?", "ru")
    assert drone == AskedMake("aircraft")
    assert not names_make(drone, ["In Kherson, an FPV drone struck a garbage truck."])
    assert names_make(drone, ["A Lancet drone struck the bus."])


def test_a_missile_s_type_is_named_by_its_model() -> None:
    # blind61 up56: "a rocket attack on a train station" names no missile.
    asked = asked_make("What type of missile hit the Chaplyne train station on Independence Day 2022?")
    assert asked == AskedMake("missile", "missile")
    assert not names_make(asked, ["Russian forces launched a rocket attack on a train station, killing 25."])
    assert names_make(asked, ["An Iskander missile hit the station."])
    assert names_make(asked, ["The station was hit by Tochka-U rockets."])
