"""Abstention on questions that ask for a quantity: which quantity, and does a close passage hold one?"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from index.answer_kind import (
    DATED_EVENTS,
    INTERCEPTED,
    INTEREST_WORDS,
    LAUNCHED,
    RETURNS,
    TALKS,
    VOTE_WORDS,
    VOTERS,
    AskedQuantity,
    asked_quantity,
    asked_thing,
    counts,
    done_forms,
    holds_quantity,
    lasts,
    names_thing,
    quantity_name,
)
from index.embed import FakeEmbedder
from index.people import given_by
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from index.terms import stem
from index.unknown import NOT_TOLD_REASON


def test_how_many_asks_for_a_count_of_the_words_that_follow() -> None:
    assert asked_quantity("How many journalists were accredited?") == AskedQuantity("count", ("journalists",))
    # A people's adjective before the thing counted is no thing counted: "49 Ukrainian drones" counts no POWs.
    # Soldiers are told of as troops or servicemen too: "only 1,000-1,500 troops remain today".
    soldiers = asked_quantity("For how many Russian soldiers was the mayor exchanged?")
    assert (
        soldiers is not None and soldiers.sides
    )  # Russia's soldiers, not Ukraine's (test_a_count_of_one_side…)
    assert replace(soldiers, sides=()) == AskedQuantity(
        "count", ("soldiers", "troops", "servicemen", "men"), label="soldiers"
    )
    assert holds_quantity(soldiers, ["Only 1,000-1,500 troops remain today."])
    assert not holds_quantity(soldiers, ["Troops have been there since 1992."])
    assert quantity_name(soldiers) == "a number of “soldiers”"
    pows = asked_quantity("Exactly how many Ukrainian POWs came home in the June 9 exchange?")
    assert pows is not None and replace(pows, sides=()) == AskedQuantity(
        "count",
        ("POWs", "came", "captives", "captured"),
        label="POWs",
        fate=RETURNS,
        absolute=True,
        exact=True,
    )
    assert not holds_quantity(pows, ["Russia said it had intercepted 49 Ukrainian drones on June 9."])
    assert holds_quantity(pows, ["Ukraine brought home 1,000 POWs on June 9."])
    # POWs are told of as prisoners or captured soldiers too.
    assert holds_quantity(pows, ["The mayor was freed in exchange for nine captured Russian soldiers."])
    # "long" names no thing counted; "years" is the thing counted when it comes first.
    assert asked_quantity("How many pages long was the memorandum?") == AskedQuantity("count", ("pages",))
    assert asked_quantity("Over how many years could Crimea be settled?") == AskedQuantity(
        "count", ("years",)
    )


def test_age_money_and_length_of_time_are_told_apart() -> None:
    assert asked_quantity("how old is rustem umerov") == AskedQuantity("age", ("rustem", "umerov"))
    assert asked_quantity("What is Vladimir Medinsky's date of birth?").kind == "age"
    # Whose age: the person named in full, by the surname, not the offices and places described around them.
    frequencies = {"rustem": 40, "umerov": 90, "vasyl": 20, "maliuk": 12, "operat": 900, "spider": 80}
    assert asked_quantity(
        "When was Ukraine's chief negotiator Rustem Umerov born?", frequencies
    ) == AskedQuantity("age", ("Umerov", "Rustem"), within=("Umerov",))
    assert asked_quantity(
        "When was SBU chief Vasyl Maliuk, who oversaw Operation Spiderweb, born?", frequencies
    ) == AskedQuantity("age", ("Maliuk", "Vasyl"), within=("Maliuk",))
    assert asked_quantity("How much did Turkey spend on hosting the talks?") == AskedQuantity("money")
    assert asked_quantity("How much is a Bosphorus ferry ticket?") == AskedQuantity("money")
    assert asked_quantity("How much is a cup of coffee in Kyiv?") == AskedQuantity("money")
    assert asked_quantity("how much cash did he take out of the ATM") == AskedQuantity("money")
    assert asked_quantity("How much is the statuette insured for?") == AskedQuantity("money")
    assert asked_quantity("How much is xAI paying Telegram for the deal?") == AskedQuantity("money")
    assert asked_quantity("How much more were Russians paying for antidepressants?") is None
    pipeline = asked_quantity("What annual gas capacity is planned for the trans-Mongolian pipeline?")
    assert pipeline is not None and pipeline.kind == "volume"
    assert asked_quantity("What capacity does the drone plant have?") is None
    # Money put in, lent, raised or earned, and an estimated cost.
    assert asked_quantity("How much seed capital will the US put into the fund?") == AskedQuantity("money")
    assert asked_quantity("How much did the concert raise for Ukraine?") == AskedQuantity("money")
    assert asked_quantity("What is the estimated cost of the damage to the plant?") == AskedQuantity("money")
    assert asked_quantity("How much grain left Odesa?") is None
    assert asked_quantity("How long did the second round of talks last?") == AskedQuantity(
        "duration", ("round", "talks")
    )


def test_distances_percentages_temperatures_speeds_and_weights_are_measures() -> None:
    frequencies = {stem(w): n for w, n in {"Mars": 3, "Earth": 40, "average": 500}.items()}
    asked = asked_quantity("What is the average distance between Earth and Mars?", frequencies)
    assert asked == AskedQuantity("distance", ("Mars", "Earth"))  # the rarest first, "average" is asking
    assert asked_quantity("At what temperature should a whole chicken be roasted?").kind == "temperature"
    assert asked_quantity("What share of the remains had been identified?").kind == "share"
    fraction = asked_quantity("What fraction of the missiles did air defence bring down?")
    assert fraction is not None and fraction.kind == "share"
    assert holds_quantity(fraction, ["Air defense shot down six out of nine ballistic missiles."])
    assert not holds_quantity(fraction, ["Air defense shot down six ballistic missiles out of the sky."])
    assert asked_quantity("whats the range of the Oreshnik missile in km").kind == "distance"  # typed so
    assert asked_quantity("How fast can a Shahed drone fly?").kind == "speed"
    assert asked_quantity("How much does a Leopard 2 tank weigh?").kind == "weight"
    assert asked_quantity("На каком расстоянии от границы находятся Сумы?", language="ru") == AskedQuantity(
        "distance"
    )
    # "distance" as a verb, "speed up" and "how long" ask for no measure.
    assert asked_quantity("Why did Erdogan distance himself from Moscow?") is None
    assert asked_quantity("How did Turkey speed up the talks?") is None
    assert asked_quantity("How long did the talks last?").kind == "duration"


def test_a_measure_must_stand_beside_a_word_of_the_question() -> None:
    asked = AskedQuantity("distance", ("Mars", "Earth"))
    assert not holds_quantity(
        asked, ["The system has a range of about 190 miles.", "Musk wants to reach Mars."]
    )
    assert holds_quantity(asked, ["Mars is on average 225 million km away."])
    share = AskedQuantity("share")
    assert holds_quantity(share, ["Only 15% of them had been identified."])
    assert holds_quantity(share, ["Two-thirds of respondents backed talks."])
    assert not holds_quantity(share, ["About 6,000 bodies were returned."])
    assert holds_quantity(AskedQuantity("temperature"), ["Water must stay above 60°F."])
    assert holds_quantity(AskedQuantity("speed"), ["It flew at 477 kilometers per hour."])
    assert not holds_quantity(AskedQuantity("distance"), ["He was paid £5m."])
    assert quantity_name(asked) == "“Mars” beside a distance"


def test_a_when_question_needs_a_time_beside_its_rarest_word() -> None:
    frequencies = {
        stem(w): n for w, n in {"Kyiv": 2000, "metro": 40, "Livoberezhna": 2, "strike": 900}.items()
    }
    question = "when did the kyiv metro between darnytsia and livoberezhna reopen after the june 6 strike"
    asked = asked_quantity(question, frequencies)
    assert asked == AskedQuantity("when", ("livoberezhna",), reported=True, not_dating=DATED_EVENTS)
    assert not holds_quantity(
        asked, ["Trains between Darnytsia and Livoberezhna were halted.", "Russia struck Kyiv on June 6."]
    )
    assert holds_quantity(asked, ["Trains to Livoberezhna ran again on June 9."])
    assert holds_quantity(asked, ["Livoberezhna station reopened last week."])
    assert holds_quantity(asked, ["Livoberezhna station reopened in the summer of 2025."])
    # Not the day a report was made, nor "may" the verb.
    assert not holds_quantity(asked, ["Livoberezhna station is open, the city said on Monday."])
    assert not holds_quantity(asked, ["Livoberezhna station may reopen soon."])
    assert quantity_name(asked) == "“livoberezhna” beside a date or time"
    # A birth date is an age asked.
    assert asked_quantity("When was Rustem Umerov born?", frequencies).kind == "age"


def test_a_number_of_them_counts_the_noun_after() -> None:
    # blind53's uh08: "Six of them are women" gives the number of women in Meloni's cabinet.
    assert counts(["women"], "Meloni named 24 ministers. Six of them are women.")
    assert not counts(["women"], "Six of them are ministers, and the rest are junior ministers or women.")


def test_barrels_or_tonnes_a_ship_carried_are_its_load() -> None:
    asked = asked_quantity(
        "how many barrels of shale oil was the green admire carrying when russia seized it"
    )
    assert asked is not None and asked.kind == "cargo"


def test_a_share_of_a_part_of_those_polled_stands_beside_that_part() -> None:
    # blind52's ug65: "Over 60% of Americans…" and shares of all respondents tell nothing of Republicans.
    frequencies = {stem(w): n for w, n in {"Harvard": 3, "republicans": 50, "stalling": 20}.items()}
    asked = asked_quantity(
        "in the harvard caps harris poll what percent of republicans said putin is stalling", frequencies
    )
    assert asked is not None and asked.beside == ("republicans",)
    assert not holds_quantity(
        asked, ["Over 60% of Americans believe Putin is stalling.", "Two-thirds of respondents agreed."]
    )
    assert holds_quantity(asked, ["Some 45% of Republicans said Putin is stalling."])
    assert quantity_name(asked) == "a share of “republicans”"


def test_a_count_of_what_was_actually_done_is_told_with_the_verb_done() -> None:
    # blind2's cn18 and blind49's ud55: 6,000 bodies were agreed, not handed over.
    bodies = asked_quantity("How many bodies did Russia actually hand over in the June repatriation?")
    assert bodies is not None and "handed" in bodies.done
    assert not holds_quantity(bodies, ["Russia agreed to hand over 6,000 bodies of fallen soldiers."])
    assert holds_quantity(bodies, ["Russia handed over 1,212 bodies of fallen soldiers on June 11."])
    # "End up" with the verb in -ing, and a sum: blind52's ug44.
    paid = asked_quantity("how much compensation did russia end up paying exxon")
    assert paid is not None and "paid" in paid.done
    assert not holds_quantity(paid, ["Exxon sought $4.6 billion in compensation for its exit."])
    assert holds_quantity(paid, ["Russia paid Exxon $1 billion in compensation for its stake."])
    # Done already, or in the passive.
    assert done_forms("How many of the 339 children has Russia actually returned so far?") == ("returned",)
    assert done_forms("how many strategic bombers were actually destroyed at engels-2") == ("destroyed",)
    # Not a state now, nor a verb in -ing after "does": "how many are actually working".
    assert (
        done_forms("How many Patriot systems does Ukraine operate and how many are actually working?") == ()
    )
    assert asked_quantity("How many bodies did Russia hand over?").done == ()
    # A time too: "When did Ksenia Sobchak actually go back to Russia?" (blind53's uh25) is not answered by her
    # flight "last week" and a return to come.
    frequencies = {"ksenia": 5, "sobchak": 5, "russia": 5000}
    back = asked_quantity("When did Ksenia Sobchak actually go back to Russia?", frequencies)
    assert back is not None and back.kind == "when" and "went" in back.done
    assert not holds_quantity(back, ["Ksenia Sobchak fled last week and is soon to return."])
    assert holds_quantity(back, ["Ksenia Sobchak went back to Russia on November 3."])


def test_a_date_must_stand_beside_the_rarest_word_of_the_question() -> None:
    frequencies = {stem(w): n for w, n in {"ceasefire": 900, "Israel": 30, "Iran": 60, "effect": 400}.items()}
    question = "On what date did the ceasefire between Israel and Iran take effect in June 2025?"
    asked = asked_quantity(question, frequencies)
    # Not beside "June", which any June date stands beside; but a date of June.
    assert asked == AskedQuantity("date", ("Israel",), reported=True, month=6, not_dating=DATED_EVENTS)
    assert not holds_quantity(
        asked, ["The ceasefire talks in Istanbul ended on May 16.", "Israel struck Iran's nuclear sites."]
    )
    assert holds_quantity(asked, ["Israel and Iran agreed to stop firing on Tuesday."])
    assert holds_quantity(asked, ["A truce between Israel and Iran took hold on 24 June."])
    assert quantity_name(asked) == "“Israel” beside a date"
    assert asked_quantity("Якого числа підписали зернову угоду?", language="uk") == AskedQuantity(
        "date", reported=True, not_dating=DATED_EVENTS
    )
    assert holds_quantity(AskedQuantity("date"), ["Угоду підписали 22 липня в Стамбулі."])
    # In Ukrainian or Russian, anywhere: "Какого именно числа…" asks a date too.
    kursk = asked_quantity("Какого именно числа в мае 2025 года Путин побывал в Курской области?", None, "ru")
    assert kursk == AskedQuantity("date", month=5, reported=True, not_dating=DATED_EVENTS)
    # A month with its year is no date; "day-to-day" asks for none.
    assert not holds_quantity(AskedQuantity("date"), ["The deal was signed in July 2022."])
    assert asked_quantity("What day-to-day help do refugees get?") is None


def test_questions_asking_for_no_quantity_are_left_alone() -> None:
    assert asked_quantity("Who led Russia's delegation in Istanbul?") is None
    # "How much" that asks about power, not money, can be answered in words.
    assert asked_quantity("How much real power did the Russian envoys have?") is None


def test_a_count_needs_a_number_in_a_sentence_naming_what_is_counted() -> None:
    asked = asked_quantity("How many prisoners did Ukraine bring home?")
    assert holds_quantity(asked, ["Ukraine brought home 303 prisoners of war on Sunday."])
    assert holds_quantity(asked, ["Nine captured prisoners were freed."])  # a number in words
    assert holds_quantity(asked, ["The prisoner swap went ahead. It freed 390 people."]) is False
    assert holds_quantity(asked, ["More prisoners may follow, officials said."]) is False
    # A year, a day of a month or a time of day counts nothing.
    assert not holds_quantity(asked, ["Prisoners were freed on May 16, 2025, at 10:30."])
    assert not holds_quantity(asked, ["Prisoners held since 2022 were freed on 23 May."])
    assert holds_quantity(asked, ["On May 23, 2025, 390 prisoners were freed."])


def test_an_age_needs_an_age_beside_the_person() -> None:
    asked = asked_quantity("How old is Rustem Umerov?")
    assert holds_quantity(asked, ["Umerov, 43, heads the delegation."])
    assert holds_quantity(asked, ["Rustem Umerov was born in 1982 in Uzbekistan."])
    # Where someone was born gives no age, nor does a birth after some date.
    assert not holds_quantity(asked, ["Rustem Umerov was born in Uzbekistan."])
    assert not holds_quantity(asked, ["Umerov spoke of children born after 2014 in Crimea."])
    # A title is no part of the name: another president's age does not answer.
    zelensky = asked_quantity("How old is President Volodymyr Zelensky?")
    assert not holds_quantity(zelensky, ["President Donald Trump, 78, spoke on Friday."])
    assert asked_quantity("When was the Soviet-born billionaire Roman Abramovich sanctioned?").kind == "when"
    assert not holds_quantity(asked, ["Umerov led the delegation. A 55-year-old man was injured."])
    # Another man of the same first name is not him.
    hrishchenkov = asked_quantity("How old is Serhii Hrishchenkov, the man abducted in Sevastopol?")
    assert not holds_quantity(hrishchenkov, ["A 54-year-old man was hurt, said Governor Serhii Lysak."])
    # An age asked as "What is …'s age?".
    kallas = asked_quantity("What is Kaja Kallas's age?")
    assert kallas is not None and kallas.kind == "age"
    assert holds_quantity(kallas, ["Kaja Kallas, 47, is the EU's top diplomat."])
    assert not holds_quantity(kallas, ["Kaja Kallas announced the EU's sanctions."])
    assert asked_quantity("What is the minimum age for conscription?") is None


def test_how_long_they_talked_is_the_length_of_a_talk() -> None:
    talked = asked_quantity("how long did putin and erdogan talk one on one in tehran")
    assert talked is not None and talked.kind == "duration"
    assert holds_quantity(talked, ["Macron and Scholz spoke to Mr Putin by phone for 80 minutes."])
    assert holds_quantity(talked, ["The leaders had an 80-minute phone call on Saturday."])
    assert not holds_quantity(talked, ["The format aims to end the 11-year-long conflict in Syria."])
    assert not holds_quantity(talked, ["It will take about two weeks, Trump said."])
    assert holds_quantity(talked, ["The two leaders spent over four hours discussing trade."])


def test_money_and_time_can_be_anywhere_in_a_passage() -> None:
    money = asked_quantity("How much did the talks cost?")
    assert holds_quantity(money, ["The venue was hired for $50,000."])
    assert holds_quantity(money, ["Officials put the bill at 2 million euros."])
    assert not holds_quantity(money, ["The talks cost Kyiv little but patience."])
    duration = asked_quantity("How long did the delegates stay?")  # how long someone did something
    assert holds_quantity(duration, ["They spoke in an 80-minute phone call."])
    assert holds_quantity(duration, ["It will take about two weeks, Trump said."])
    assert not holds_quantity(duration, ["A second round of talks was held in Istanbul."])
    # How long something will go on may be told by the year it runs to; a year alone tells no length.
    stay = asked_quantity("How long will Russia stay on the International Space Station?")
    assert holds_quantity(stay, ["Moscow is likely to extend the ISS agreement until 2028."])
    assert not holds_quantity(stay, ["Russia joined the ISS project in 1998."])


def test_a_sum_must_stand_beside_the_rarest_thing_the_question_names() -> None:
    frequencies = {stem("Bosphorus"): 40, stem("ferry"): 2, stem("ticket"): 10}
    asked = asked_quantity("How much is a Bosphorus ferry ticket?", frequencies)
    assert asked == AskedQuantity("money", ("ferry",))
    assert holds_quantity(asked, ["A ferry ticket costs 40 liras."])
    assert not holds_quantity(asked, ["Grain ships crossing the Bosphorus paid $50,000. Ferries ran late."])
    assert quantity_name(asked) == "“ferry” beside a sum of money"
    # A word the coverage never holds is no guide: then any sum will do.
    assert asked_quantity("How much is a ferry ticket?", {}) == AskedQuantity("money")
    # A participle or a short abbreviation is no thing a sum stands beside, however rare.
    frequencies = {stem("Shell"): 30, stem("profit"): 90, stem("soared"): 5}
    asked = asked_quantity("How much profit did Shell make as prices soared?", frequencies)
    assert asked == AskedQuantity("money", ("Shell",))
    frequencies = {stem("Chelsea"): 20, stem("FC"): 3, stem("frozen"): 200}
    asked = asked_quantity("How much money from the sale of Chelsea FC was frozen?", frequencies)
    assert asked == AskedQuantity("money", ("Chelsea",))


def test_a_sum_by_the_month_may_stand_beside_the_month_instead() -> None:
    frequencies = {stem("Madrid"): 20, stem("summit"): 300, stem("Zelensky"): 2000}
    question = "How much money per month did Zelensky tell the summit in Madrid that Ukraine needed?"
    asked = asked_quantity(question, frequencies)
    assert asked == AskedQuantity("money", ("Madrid", "month", "monthly"))
    assert holds_quantity(asked, ["He added that some $5 billion a month was needed."])
    assert not holds_quantity(asked, ["He asked for more weapons. The EU gave $5 billion."])
    assert quantity_name(asked) == "“Madrid” beside a sum of money"
    # "A year ago" is no rate.
    assert asked_quantity("How much did the summit cost a year ago?", {stem("summit"): 3}).beside == (
        "summit",
    )


def test_the_rarest_word_beside_a_sum_is_one_the_close_passages_hold() -> None:
    frequencies = {stem("reserves"): 1, stem("Russian"): 900, stem("money"): 300, stem("envoy"): 60}
    question = "How much money in Russian reserves is the envoy lobbying to unlock?"
    assert asked_quantity(question, frequencies) == AskedQuantity("money", ("reserves",))
    present = {stem("Russian"), stem("envoy"), stem("frozen")}
    asked = asked_quantity(question, frequencies, present=present)
    assert asked == AskedQuantity("money", ("envoy",))
    assert holds_quantity(asked, ["The envoy wants $300 billion of frozen assets released."])


def test_refusals_name_the_missing_quantity() -> None:
    assert quantity_name(AskedQuantity("count", ("journalists",))) == "a number of “journalists”"
    # A Ukrainian or Russian count's English words are alternatives: the first is named.
    asked = asked_quantity("Скільки ракет передала Британія?", None, "uk")
    assert quantity_name(asked) == "a number of “missiles”"
    # "населених пунктів" counts settlements, not points.
    settlements = asked_quantity("Скільки населених пунктів Сумщини під евакуацією?", None, "uk")
    assert quantity_name(settlements) == "a number of “settlements”"
    assert holds_quantity(settlements, ["That brings the number of evacuated settlements to 213."])
    assert (
        quantity_name(AskedQuantity("count", ("Ukrainian", "soldiers", "came")))
        == "a number of “Ukrainian soldiers”"
    )
    assert quantity_name(AskedQuantity("count", ("people", "convicted"))) == "a number of “people”"
    assert quantity_name(AskedQuantity("count")) == "a number"
    assert quantity_name(AskedQuantity("age", ("Umerov",))) == "“Umerov” beside an age"
    assert quantity_name(AskedQuantity("age", ("umerov",))) == "an age"  # a stem, not a name as written
    assert quantity_name(AskedQuantity("age")) == "an age"
    assert quantity_name(AskedQuantity("duration")) == "a length of time"


ARTICLE = """---
id: swap
title: "Prisoner swap completed"
source: Wire
published: "2025-05-25"
---
Ukraine brought home 303 prisoners of war on May 25 in the last phase of the exchange with Russia.
The exchange was agreed at the talks in Istanbul, where both delegations met for two hours.
Reporters waited outside the palace for the delegations to leave the talks in Istanbul.
"""


@pytest.fixture
def swap_index(article_index: Callable[..., Path]) -> Path:
    return article_index(swap=ARTICLE)


def _searcher(data: Path, **overrides) -> Searcher:
    config = replace(RetrievalConfig(min_dense=0.0, min_dense_other=0.0), **overrides)
    return Searcher(IndexStore.open(data), FakeEmbedder(), config)


def test_the_searcher_declines_a_count_its_quotes_do_not_give(swap_index: Path) -> None:
    searcher = _searcher(swap_index)
    answer = searcher.search("How many reporters waited outside the talks in Istanbul?")
    assert not answer.answered
    assert answer.reason.endswith("mentions a number of “reporters”.")
    assert searcher.search("How many prisoners of war did Ukraine bring home?").answered
    assert searcher.search("How long did the delegations meet in Istanbul?").answered


JUNE_SWAP = """---
id: june
title: "Another prisoner swap"
source: Wire
published: "2025-06-09"
---
Ukraine and Russia exchanged prisoners of war on June 9, the first stage of the swap agreed in Istanbul.
The number of prisoners of war brought home was not disclosed, the coordination headquarters said.
"""


def test_a_count_on_a_named_day_comes_from_the_passages_about_that_day(
    article_index: Callable[..., Path],
) -> None:
    searcher = _searcher(article_index(swap=ARTICLE, june=JUNE_SWAP))
    june = "How many prisoners of war did Ukraine bring home on June 9, 2025?"
    answer = searcher.search(june)
    assert not answer.answered  # the 303 were brought home on May 25
    assert "a number of “prisoners”" in answer.reason
    assert searcher.search("How many prisoners of war did Ukraine bring home on May 25, 2025?").answered
    assert searcher.search("How many prisoners of war did Ukraine bring home?").answered


def test_the_number_of_a_thing_may_be_set_to_a_figure_a_few_words_on() -> None:
    asked = asked_quantity("How many US destroyers did Biden say would be stationed in Spain?")
    assert asked == AskedQuantity("count", ("destroyers",))  # "US" says whose, as "Ukrainian" does
    assert holds_quantity(asked, ["Biden is increasing the number of destroyers stationed there to six."])
    assert holds_quantity(asked, ["The number of US destroyers in Rota has reached 6."])
    assert not holds_quantity(asked, ["The number of destroyers stationed there is secret."])
    assert not holds_quantity(asked, ["The number of destroyers there is secret, and 12 sailors were hurt."])
    assert asked_quantity("How many HIMARS did the US send?") == AskedQuantity("count", ("HIMARS",))


def test_a_count_of_two_things_joined_by_and_is_of_either() -> None:
    asked = asked_quantity("In how many Ukrainian towns and villages did rescuers work?")
    assert asked is not None and replace(asked, sides=()) == AskedQuantity("count", ("towns", "villages"))
    assert holds_quantity(asked, ["Rescuers worked in more than 30 Ukrainian villages and cities."])


def test_the_quantity_check_can_be_turned_off(swap_index: Path) -> None:
    searcher = _searcher(swap_index, check_quantities=False)
    assert searcher.search("How many reporters waited outside the talks in Istanbul?").answered


def test_a_day_of_a_month_counts_nothing_but_a_word_beginning_like_a_month_is_no_month() -> None:
    asked = asked_quantity("How many mayors were detained?")
    assert holds_quantity(asked, ["Police detained 16 mayors on Monday."])  # "16 may…" is no date
    assert not holds_quantity(asked, ["The mayors were detained on 16th May."])
    assert not holds_quantity(asked, ["Mayors were detained on May 16–17."])


def test_a_count_stands_next_to_what_it_counts() -> None:
    asked = asked_quantity("How many Russian peacekeepers did the truce deploy?")
    assert holds_quantity(asked, ["The truce saw some 2,000 Russian peacekeepers deploy."])
    assert holds_quantity(asked, ["Peacekeepers deployed: 1,960, the ministry said."])  # figures after it
    assert holds_quantity(asked, ["Dozens of peacekeepers left."])
    # Other numbers in a sentence naming the peacekeepers count something else.
    assert not holds_quantity(
        asked,
        ["A truce left half of Nagorno-Karabakh held by Armenians and protected by Russian peacekeepers."],
    )
    assert not holds_quantity(asked, ["After a 44-day war, Russian-brokered talks sent peacekeepers in."])
    assert not holds_quantity(asked, ["Russian peacekeepers reported three ceasefire violations."])
    # A number joined to the next word counts that word only.
    warships = asked_quantity("How many warships does the strategy call for?")
    assert not holds_quantity(warships, ["The 510-crew warship had led the assault."])
    assert holds_quantity(warships, ["The strategy calls for 40 new warships."])
    assert holds_quantity(asked_quantity("How many members had the delegation?"), ["a 14-member delegation"])
    # The verb of a doer counted counts none of them: "launched 103 drones" gives no number of launchers.
    launchers = asked_quantity("How many Iskander-M launchers has Russia handed over to Belarus?")
    assert not holds_quantity(
        launchers, ["That night Russia launched 103 drones and one Iskander-M missile."]
    )
    assert holds_quantity(launchers, ["Russia has handed over 2 Iskander-M launchers to Belarus."])
    # An age counts no one: "servicemen under the age of 25 were returned".
    returned = asked_quantity("How many prisoners were returned home?")
    assert not holds_quantity(returned, ["The first servicemen under the age of 25 were returned home."])
    assert holds_quantity(returned, ["A total of 110 prisoners were returned home."])
    assert not holds_quantity(
        returned, ["It covers soldiers under 25 and the wounded, who were returned home."]
    )
    # Another people's troops are counted by a number right before their adjective.
    chechen = asked_quantity("How many Chechen troops are stationed at the nuclear plant?")
    assert not holds_quantity(
        chechen,
        [
            "Russia has stationed at least 500 troops at the plant, including a contingent of Chechen soldiers."
        ],
    )
    assert holds_quantity(chechen, ["About 1,000 Chechen soldiers are at the plant."])
    assert asked_quantity("How many Russian soldiers are at the plant?").people == ""
    # A poll's sample is a number of people, not a share of them.
    surveyed = asked_quantity("How many people were surveyed in the VTsIOM poll?")
    assert not holds_quantity(surveyed, ["Around 7% of Russians named Putin as the symbol of Russia."])
    assert holds_quantity(surveyed, ["The poll surveyed 1,600 people across Russia."])
    assert holds_quantity(surveyed, ["The poll was conducted surveying 1,903 registered voters."])  # ug08
    # A unit spelt the other way: "how many tonnes", "2,000 tons".
    fish = asked_quantity("How many tonnes of fish could die in the cooling pond?")
    assert holds_quantity(fish, ["The plant would have up to 2,000 tons of dead fish to deal with."])


def test_how_long_was_a_thing_asks_for_its_length_beside_it() -> None:
    assert asked_quantity("How long did the Alaska summit between Trump and Putin last?") == AskedQuantity(
        "duration", ("summit",), ("Alaska",)
    )
    # A piece of something is told as the whole's length; months and days are no names.
    assert asked_quantity(
        "How long did the second round of talks in Istanbul on June 2 last?"
    ) == AskedQuantity("duration", ("round", "talks"))
    assert asked_quantity("How long was Elon Musk's tenure at DOGE meant to be?") == AskedQuantity(
        "duration", ("tenure",), ("Musk's",)
    )
    # How long someone talked: a length beside a word for a talk. How long someone did something else, or a
    # question in another shape: any length will do.
    assert asked_quantity("How long did Medinsky speak at the opening?").beside == TALKS
    assert asked_quantity("How long did the delegations meet in Istanbul?").beside == TALKS
    assert asked_quantity("How long did the delegates stay in Istanbul?") == AskedQuantity("duration")
    assert asked_quantity("How long had Kyiv been preparing the strike?") == AskedQuantity("duration")
    assert asked_quantity("how long was ?!") == AskedQuantity("duration")


def test_a_length_stands_beside_what_lasted() -> None:
    summit = asked_quantity("How long did the Alaska summit last?")
    assert holds_quantity(summit, ["The Alaska summit lasted nearly three hours."])
    assert holds_quantity(summit, ["In Alaska, a three-hour summit ended without a deal."])
    # A length of something else, a stretch since or before the summit, or a passage not naming Alaska.
    assert not holds_quantity(
        summit, ["In Alaska, Trump recalled a two-hour phone call he had held before the summit."]
    )
    assert not holds_quantity(summit, ["The Alaska summit was the first in four years."])
    assert not holds_quantity(summit, ["Two days after the Alaska summit, nothing had changed."])
    assert not holds_quantity(summit, ["The summit in Geneva lasted three hours."])
    assert quantity_name(summit) == "the length of the “summit”"


def test_a_length_those_named_spent_will_do() -> None:
    meeting = asked_quantity("How long did the Putin–Erdogan meeting in Sochi last?")
    assert meeting.within == ("Erdogan",)
    passage = "Putin hosted Erdogan in Sochi. The two leaders spent over four hours discussing grain."
    assert holds_quantity(meeting, [passage])
    assert not holds_quantity(
        meeting, ["Putin hosted Erdogan in Sochi. Over the last four years trade grew."]
    )


def test_ukrainian_and_russian_questions_ask_for_money_or_a_length() -> None:
    # "Скільки становив експорт…" asks what it amounted to, a sum or a figure: no count (blind55's uj11).
    assert asked_quantity("Скільки становив експорт України до США у 2023 році?", language="uk") is None
    assert asked_quantity("Сколько составили потери армии?", language="ru") is None
    # What a sum, a price or a figure in a currency came to is money (after_rules45).
    deal = "Сколько составила сумма сделки, по которой McDonald's продал бизнес Говору?"
    assert asked_quantity(deal, language="ru").kind == "money"
    assert (
        asked_quantity("скільки становив товарообіг між Росією та Китаєм у доларах", language="uk").kind
        == "money"
    )
    assert asked_quantity("Скільки доларів США внесли у фонд?", language="uk").kind == "money"
    assert asked_quantity("Скільки коштує чашка кави в Києві?", language="uk") == AskedQuantity("money")
    # What is priced, when the glossary or `PRICED` knows it: a sum must stand beside it.
    ticket = asked_quantity("Скільки коштує квиток на потяг з Києва до Львова?", language="uk")
    assert ticket == AskedQuantity("money", ("ticket", "tickets"))
    assert holds_quantity(ticket, ["A train ticket from Kyiv to Lviv costs 500 hryvnias ($12)."])
    assert not holds_quantity(ticket, ["Kyiv spent $12 million on trains. Tickets sold out."])
    # A cost is no damage done (as in English).
    assert asked_quantity("Сколько стоил перелёт Зеленского в Анкару?", language="ru") == AskedQuantity(
        "money", ("flight", "flights"), unlike=("damage", "damages", "damaged", "losses")
    )
    # What lasted, in the glossary's English words, and the names with it.
    assert asked_quantity("Скільки тривала зустріч Зеленського з Ердоганом?", language="uk") == AskedQuantity(
        "duration", ("meeting", "meet"), ("zelens",)
    )
    assert asked_quantity("Сколько длилась война?", language="ru") == AskedQuantity("duration", ("war",))
    # A call, in a passage naming the first name before a preposition (blind62's uq49: "Сколько минут длился
    # телефонный разговор Путина с папой Львом XIV?" is not told by the length of Trump's call with Putin).
    assert asked_quantity("Сколько продолжался разговор Трампа и Путина?", language="ru") == AskedQuantity(
        "duration", ("call", "conversation", "talk"), ("trump",)
    )
    asked = asked_quantity(
        "Сколько минут длился телефонный разговор Путина с папой Львом XIV?", language="ru"
    )
    assert asked is not None and asked.beside == ("call", "conversation", "talk")
    # No verb of lasting: any length will do.
    assert asked_quantity("Як довго Зеленський говорив?", language="uk") == AskedQuantity("duration")


def test_what_someone_asks_for_a_thing_is_its_price() -> None:
    minehunters = ("minehunter", "minehunters", "minesweeper", "minesweepers")
    asked = asked_quantity(
        "Скільки Британія просить за кожен із двох тральщиків класу Sandown?", language="uk"
    )
    assert asked == AskedQuantity("money", minehunters)
    assert asked_quantity("Сколько просит Британия за каждый из тральщиков?", language="ru") == asked
    assert not holds_quantity(
        asked, ["Britain will sell Kyiv two Sandown-class minehunters. It paid £2m for fuel."]
    )
    assert holds_quantity(asked, ["Each minehunter will cost Kyiv £5 million."])
    # What was asked for a thing no word is known for may be any sum.
    assert asked_quantity("Скільки просили в інтернеті за номер телефону Ліз Трасс?", language="uk") is None


def test_a_model_s_number_counts_nothing() -> None:
    drones = asked_quantity("How many Flamingo interceptor drones will the package pay for?")
    assert drones is not None and drones.kind == "count"
    assert not holds_quantity(drones, ["It pays for long-range BARS and AN-196 drones and Flamingo drones."])
    assert holds_quantity(drones, ["It pays for 300 Flamingo interceptor drones."])
    jets = asked_quantity("How many F-16 jets did Denmark send?")
    assert jets is not None and holds_quantity(jets, ["Denmark sent 19 F-16 jets."])
    assert not holds_quantity(jets, ["Denmark sent F-16 jets."])


def test_a_price_or_a_time_of_day_asked_without_how_much() -> None:
    assert asked_quantity("For what price was the cargo resold?") == AskedQuantity("money")
    assert asked_quantity("What was the cost of the new bridge?") == AskedQuantity("money")
    assert asked_quantity("At what time did the talks begin?") == AskedQuantity("time")
    assert asked_quantity("О котрій годині почалися переговори?", language="uk") == AskedQuantity("time")
    assert asked_quantity("Во сколько начались переговоры?", language="ru") == AskedQuantity("time")
    assert asked_quantity("Во сколько раз выросли цены?", language="ru") is None  # "by how many times"
    # "Во сколько обойдётся…" asks what it will cost.
    repair = asked_quantity("Во сколько обойдётся ремонт моста?", language="ru")
    assert repair is not None and repair.kind == "money"
    # …and "Во сколько оценивается стоимость…" what it is worth, of the nuclear plant АЭС stands for.
    worth = asked_quantity("Во сколько оценивается стоимость Запорожской АЭС?", language="ru")
    assert worth is not None and worth.kind == "money" and "plant" in worth.beside
    for cost in ("Во сколько оценивается ущерб мосту?", "Во сколько обошлась Украине операция?"):
        asked = asked_quantity(cost, language="ru")
        assert asked is not None and asked.kind == "money"
    assert asked_quantity("What time of year do the talks resume?") is None
    time = AskedQuantity("time")
    assert holds_quantity(time, ["Griner was led into court around 3:20 p.m. on Thursday."])
    assert holds_quantity(time, ["The call began at 10 a.m. Washington time."])
    assert not holds_quantity(time, ["The talks began on Friday, 16 May, after a delay."])
    assert quantity_name(time) == "a time of day"


def test_a_fine_bail_or_ransom_is_a_sum_named_as_one() -> None:
    fine = asked_quantity("What fine did authorities impose on Kontron for shipping telecom equipment?")
    assert fine == AskedQuantity("money", ("fine", "fined", "fines"))
    assert not holds_quantity(fine, ["Kontron shipped over 3.5 million euro worth of equipment to Russia."])
    assert holds_quantity(fine, ["The company was fined 2 million euros by the regulator."])
    tickets = "How much were tickets for the conference Corbyn was booked to speak at?"
    assert asked_quantity(tickets) == AskedQuantity("money")
    salary = "What monthly salary are foreign volunteers in the International Legion paid?"
    assert asked_quantity(salary) == AskedQuantity("money", ("month", "monthly"))
    # In Russian, beside the surname named in full, in its English spellings.
    jenkins = asked_quantity("Какую зарплату получал Оскар Дженкинс?", language="ru")
    assert jenkins == AskedQuantity("money", ("dzhen", "jenki"))
    # An insurance premium, asked without "how much": a sum of cover is none.
    premium = asked_quantity("What premium did Ascot charge per voyage for war cover on grain cargoes?")
    assert premium == AskedQuantity("money", ("premium", "premiums"))
    assert not holds_quantity(premium, ["Ascot set up a facility with $50 million cover per voyage."])
    assert holds_quantity(premium, ["Premiums rose to $400,000 per voyage."])
    assert asked_quantity("Яку суму застави суд призначив для Богуслаєва?", language="uk") == AskedQuantity(
        "money", ("bail",)
    )
    assert asked_quantity("Какую сумму выплатил Киев?", language="ru") == AskedQuantity("money")
    assert asked_quantity("What was the total value of Sweden's aid package?") == AskedQuantity("money", ())
    assert asked_quantity("What is the value of NATO membership to Finland?") is None
    money = AskedQuantity("money")
    assert holds_quantity(money, ["South Korea signed a 3 trillion won contract with Rosatom's unit."])
    assert holds_quantity(money, ["Stockholm allocated 4.8 billion kronor to the package."])


def test_a_number_of_people_may_be_told_of_by_their_group() -> None:
    signed = asked_quantity("How many people signed the open letter?")
    assert quantity_name(signed) == "a number of “people”"
    assert holds_quantity(signed, ["It was signed by a group of 21 German academics and artists."])
    assert not holds_quantity(signed, ["The letter was published on 21 June."])


def test_a_vote_margin_is_a_count_of_votes() -> None:
    margin = asked_quantity("By what vote margin did Finland's parliament approve the application?")
    assert margin == AskedQuantity("count", VOTERS, told_with=VOTE_WORDS)
    assert holds_quantity(margin, ["Lawmakers voted 188 to 8 in favour of joining the alliance."])
    assert not holds_quantity(margin, ["Finland's parliament approved the application on Tuesday."])
    # blind35's tp63: "the final vote count" asks the same; 82 senators backing a bill is no count of votes.
    final = asked_quantity("What was the final vote count when the U.S. Senate passed the sanctions bill?")
    assert final == AskedQuantity("count", VOTERS, told_with=VOTE_WORDS)
    assert not holds_quantity(final, ["With 82 senators backing it, the vote was expected this week."])


def test_a_count_asked_in_ukrainian_or_russian_is_of_the_glossary_words_for_what_follows() -> None:
    asked = asked_quantity("Сколько украинских журналистов было освобождено?", None, "ru")
    assert asked == AskedQuantity("count", ("journalists",), label="journalists")
    assert holds_quantity(asked, ["Three Ukrainian journalists were freed in the swap."])
    assert not holds_quantity(asked, ["Journalists said the swap freed 1,000 prisoners."])
    assert asked_quantity("Скільки дронів Росія випустила по Україні?", None, "uk") == AskedQuantity(
        "count", ("drones",), label="drones", unlike=INTERCEPTED, unless=LAUNCHED
    )
    # Times, years, and words the glossary has no English for are not read as counts.
    assert asked_quantity("Сколько раз встречались делегации?", None, "ru") is None
    # "Скільки років Мединському?" asks his age, not a count of years (test_an_age_asked_in_ukrainian_or_russian).
    assert asked_quantity("Сколько чашек кофе выпил Мединский?", None, "ru") is None
    # Things often counted that the glossary leaves out are read for the count alone.
    assert asked_quantity("Сколько страниц было в меморандуме?", None, "ru") == AskedQuantity(
        "count", ("pages",), label="pages"
    )
    # Servicemen are counted as troops too: "10,000 troops" answers "Сколько военных…".
    asked = asked_quantity("Сколько военных Россия хочет разместить?", None, "ru")
    assert asked is not None and holds_quantity(asked, ["Russia wants to deploy 10,000 troops there."])
    # "People" is left out: a delegation of 14 is a "14-member delegation", not "14 people".
    assert asked_quantity("Сколько людей пришло на митинг?", None, "ru") is None
    # What is counted ends at the name that follows it: not "announced" in "…резервистов Путин объявил…".
    assert asked_quantity("Сколько резервистов Путин объявил к призыву?", None, "ru") is None
    # ...but an adjective of a country is part of what is counted.
    assert asked_quantity("Сколько раненых российских солдат вернулось?", None, "ru") == AskedQuantity(
        "count", ("soldiers",), label="soldiers"
    )
    # A refusal names the noun, not an adjective before it or a verb after it.
    assert (
        quantity_name(asked_quantity("Сколько мирных жителей погибло?", None, "ru"))
        == "a number of “residents”"
    )
    assert (
        quantity_name(asked_quantity("Скільки полонених повернулися?", None, "uk"))
        == "a number of “prisoners”"
    )
    assert asked_quantity("сколько пленных путин обменял", None, "ru") == AskedQuantity(
        "count", ("prisoners", "captive"), label="prisoners"
    )
    # A person's name that ends like an adjective still ends what is counted, typed in lower case too.
    assert asked_quantity("сколько резервистов зеленский объявил", None, "ru") is None


def test_which_thing_asks_for_one_named() -> None:
    assert asked_thing("Which Istanbul palace hosted the talks on May 16, 2025?") == "palace"
    assert asked_thing("Which company bought the restaurants?") == "company"
    assert asked_thing("which investment funds hold the GDP warrants") == "fund"  # blind53's uh35
    # A number before the noun: "Which 11 villages…", "які саме 11 сіл…" (blind14's z07, blind54's ui59).
    assert asked_thing("Which 11 villages in Sumy Oblast were added to the evacuation list?") == "village"
    assert asked_thing("які саме 11 сіл на Сумщині додали до евакуації", "uk") == "village"
    assert asked_thing("Какие именно 11 сел добавили?", "ru") == "village"
    assert not names_thing(
        "village", "The governor ordered the evacuation of 11 additional villages in Sumy Oblast."
    )
    assert (
        asked_thing("Name the banks among the 46 institutions the UK sanctioned") == "bank"
    )  # blind52's ug21
    # A list after the noun names them: "The ships that have left… included Glory, Riva…".
    assert names_thing("ship", "The ships that have left Ukrainian ports included Glory, Riva and Star.")
    assert not names_thing("ship", "Several ships, including Turkish ones, left Odesa.")
    # A make or a model is named without its noun ("a Boeing 787"): not read.
    assert asked_thing("What model of aircraft flew Griner home?") is None
    assert asked_thing("In which village was the armistice signed?") == "village"
    assert asked_thing("What was the name of the Lebanese company that bought the cargo?") == "company"
    assert asked_thing("What is the hotel called?") == "hotel"
    # A warship by its class, named as a ship is: "the destroyer Admiral Essen", "the Moskva cruiser".
    destroyer = asked_thing("what's the name of the north korean destroyer damaged at its launch")
    assert destroyer == "destroyer"
    assert names_thing(destroyer, "Russia said the frigate Admiral Essen had been hit.")
    assert not names_thing(destroyer, "The stern of the 5,000-ton destroyer slid into the water too early.")
    assert asked_thing("What was the name of the operation?") is None
    # blind41's tv35: a minesweeper is a ship, named as one.
    assert (
        asked_thing("What was the name of the Russian minesweeper damaged in the drone attack on Sevastopol?")
        == "minesweeper"
    )
    # Its own kind: the frigate hit in the same attack names no minesweeper.
    assert not names_thing("minesweeper", "The frigate Admiral Makarov was damaged in the attack.")
    # A city or a country is named without its noun: not read.
    assert asked_thing("In which city did the delegations meet?") is None
    assert asked_thing("Who hosted the talks?") is None
    # Ukrainian and Russian, the noun or the one after an adjective, in the English of NAMED_THINGS.
    assert asked_thing("У якому палаці в Стамбулі проходив другий раунд?", "uk") == "palace"
    assert asked_thing("В каком стамбульском дворце прошли переговоры?", "ru") == "palace"
    assert asked_thing("С какой авиабазы вылетели истребители F-16?", "ru") == "base"
    assert asked_thing("Каким авиарейсом делегация прилетела в Стамбул?", "ru") == "flight"
    # A facility by its name (blind57's ul34): "a military facility operated by…" names none.
    assert (
        asked_thing("На какой именно военный объект в Рязанской области готовилась атака?", "ru")
        == "facility"
    )
    assert asked_thing("В каком городе встретились делегации?", "ru") is None
    assert asked_thing("Хто приймав переговори в Стамбулі?", "uk") is None


def test_a_thing_is_named_by_a_proper_name_beside_its_noun_or_one_like_it() -> None:
    assert names_thing("palace", "The deal was signed at Dolmabahce Palace in Istanbul.")
    assert names_thing("vessel", "The Sierra Leone-flagged ship Razoni left Odesa.")
    assert names_thing("flight", "The delegation took Turkish Airlines flight TK412 to Ankara.")
    assert not names_thing("flight", "The delegation's flight to Istanbul took two hours.")
    assert names_thing("building", "Russia bombed the Mariupol drama theatre.")
    assert names_thing("village", "The armistice was signed in the village of Panmunjom.")
    assert names_thing("airfield", "The swap took place at Abu Dhabi airport.")
    assert not names_thing("palace", "The delegations met in a palace in Istanbul.")
    # A capital that only opens a sentence names nothing.
    assert not names_thing("palace", "The talks ended. Palace officials said nothing.")
    assert not names_thing("base", "Base commanders were not told.")
    # A film by its title, in quotation marks too; one told of only by its subject is not named.
    assert asked_thing("What is the title of the documentary Walters was filming?") == "documentary"
    assert names_thing("documentary", "He was filming the documentary “Superpower” in Kyiv.")
    assert names_thing("vessel", "The ship “Razoni” left Odesa.")
    assert not names_thing("documentary", "Penn, who is filming a documentary about Ukraine, met him.")
    # A TV show by its title; "a television show" names none, and "what do the polls show" asks for no show.
    assert asked_thing("What TV show was Melia supposed to appear on when he was arrested?") == "show"
    assert not names_thing("show", "He was arrested just before he was to appear on a television show.")
    assert names_thing("show", "He was due on the talk show Formula that evening.")
    assert asked_thing("What do the polls show?") is None


def test_a_thing_is_asked_and_named_in_the_plural_of_its_noun() -> None:
    # blind54's ui24: "companies" is the plural of "company", as "churches" is of "church".
    question = (
        "which finnish companies are making the heavy ammunition paid for with the frozen russian asset money"
    )
    assert asked_thing(question) == "company"
    assert asked_thing("Which churches were hit in Odesa?") == "church"
    assert asked_thing("which universities signed the letter") == "university"
    assert names_thing("company", "Finnish companies Patria and Nammo will make the shells.")
    assert not names_thing("company", "The ammunition will be procured from domestic suppliers.")
    assert not names_thing("company", "Several Finnish companies will make the shells.")


def test_a_unit_is_named_by_its_number_and_a_newsletter_by_its_title() -> None:
    # blind56's uk66 and uk69.
    question = (
        "Which Russian brigade or regiment were the soldiers from who surrendered in the Kursk direction?"
    )
    assert asked_thing(question) == "brigade"
    assert names_thing("brigade", "Soldiers of the 155th Brigade surrendered.")
    assert names_thing("brigade", "They served in Russia's 40th Separate Marine Brigade.")
    assert not names_thing("brigade", "A group of Russian soldiers surrendered to paratroopers.")
    assert asked_thing(
        "whats the name of Ian Bremmer's newsletter where he reported musk talked to putin"
    ) == ("newsletter")


def test_a_refinery_or_a_terminal_is_asked_by_name() -> None:
    # after_rules45: "three Turkish and three Indian refineries" names none.
    question = "Which refineries in Turkey and India did CREA label laundromat refineries"
    assert asked_thing(question) == "refinery"
    assert not names_thing("refinery", "CREA counted three Turkish and three Indian refineries.")
    assert names_thing("refinery", "Crude went to the Jamnagar refinery in India.")


def test_a_station_is_named_by_its_name_not_by_metro() -> None:
    assert asked_thing("Which metro station got the new Stalin statue?") == "station"
    assert asked_thing("На какой именно станции московского метро открыли статую Сталина?", "ru") == "station"
    assert not names_thing(
        "station", "A new statue of Stalin has been unveiled at a Metro station in Moscow."
    )
    assert names_thing("station", "The statue was unveiled at Taganskaya station in Moscow.")
    assert not names_thing("station", "Neo-Nazis attacked a bust in a Kiev metro station.")  # the city's


def test_a_word_saying_whose_or_where_a_thing_is_does_not_name_it() -> None:
    assert not names_thing("firm", "The tanker is owned by a Greek company.")
    assert not names_thing("vessel", "It was a Liberian-flagged vessel.")
    assert not names_thing("colony", "Her lawyers appealed against the Russian prison sentence.")
    assert not names_thing("museum", "The war found its place in Moscow's war museum.")
    # A word the question gives names nothing beside the noun it asks about, and is passed over.
    given = given_by("Which Istanbul palace hosted the talks?")
    assert not names_thing("palace", "The delegations met at the Istanbul palace.", given)
    assert names_thing("palace", "They met at Dolmabahce Palace.", given)
    given = given_by("From which air base did the F-16s leave?")
    assert names_thing("base", "The aircraft left Volkel Air Base today.", given)
    # Beside another noun of its kind, it does: the theatre is the building the question asks for.
    given = given_by("Which building in Mariupol did Russia bomb?")
    assert names_thing("building", "The bombing of the Mariupol theatre shocked the world.", given)


CAPTIONED = """---
id: captioned
title: "Talks end in Istanbul"
source: Wire
published: "2025-05-16"
---
The delegations met for two hours in Istanbul on May 16, and reporters waited outside the palace.
Delegates arrive at Ciragan Palace in Istanbul, Turkey, Friday, May 16, 2025. (AP Photo/Francisco Seco)
Both sides agreed to swap prisoners after the talks in Istanbul, officials said.
"""


def test_a_thing_named_only_in_a_photo_caption_is_not_named(article_index: Callable[..., Path]) -> None:
    # Quotes leave captions out: a palace named only in one is named in nothing a reader sees.
    data = article_index(captioned=CAPTIONED)
    searcher = _searcher(data, check_everyday=False)
    answer = searcher.search("Which palace hosted the talks in Istanbul?")
    assert not answer.answered
    assert answer.reason.endswith("mentions a “palace” by name.")
    assert _searcher(data, check_everyday=False, check_named_things=False).search(answer.question).answered


def test_a_toll_needs_a_number_of_dead_or_injured() -> None:
    asked = asked_quantity("How many people were killed in the strike on the shopping mall?")
    assert asked.fate and quantity_name(asked) == "a number of “people”"
    assert holds_quantity(asked, ["The strike killed at least eight people, officials said."])
    assert holds_quantity(asked, ["The death toll rose to 9 on Tuesday."])  # a toll counts the people killed
    # A number after its verb, in words.
    assert holds_quantity(asked, ["The missile that killed two Poles was Ukrainian."])
    # A number of people who met another fate gives no toll.
    assert not holds_quantity(asked, ["Thousands of people were trapped in the fighting."])
    assert not holds_quantity(asked, ["About 300 people were evacuated after the deadly strike."])
    wounded = asked_quantity("how many were wounded in the attack on the bus")
    assert quantity_name(wounded) == "a number of “injured”"
    assert holds_quantity(wounded, ["Officials said 12 were injured."])
    assert not holds_quantity(wounded, ["Officials said 12 were killed."])
    toll = asked_quantity("What was the death toll of the rocket attack on the station?")
    assert quantity_name(toll) == "a number of “dead”"
    assert holds_quantity(toll, ["Some 50 civilians were killed in the attack."])
    assert not holds_quantity(toll, ["Some 50 civilians were evacuated after the attack."])
    # Questions asking no toll are left as they were.
    assert asked_quantity("How many drones did Russia launch?").fate == ()


def test_a_toll_asked_in_ukrainian_or_russian() -> None:
    asked = asked_quantity("Скільки людей загинуло внаслідок удару по Прилуках?", None, "uk")
    assert quantity_name(asked) == "a number of “dead”"
    assert holds_quantity(asked, ["The strike on Pryluky killed two people."])
    assert not holds_quantity(asked, ["Some 40 people were evacuated from Pryluky."])
    # What is counted keeps its own noun, and the sentence must tell of deaths.
    prisoners = asked_quantity("сколько пленных погибло при ударе по колонии в Еленовке", None, "ru")
    assert prisoners.beside[0] == "prisoners" and prisoners.fate
    assert not holds_quantity(prisoners, ["The colony held 193 prisoners."])
    assert holds_quantity(prisoners, ["The strike killed 53 prisoners at the colony."])
    # A wound that describes the thing counted asks no toll.
    assert asked_quantity("Сколько раненых российских солдат вернулось?", None, "ru").fate == ()


TIMELINE = """---
id: timeline
title: "The war so far"
source: Wire
published: "2022-12-30"
---
Some 600 people were killed when the theatre in Mariupol was bombed in March.
Rescuers search the ruins of the Retroville shopping mall in Kyiv, March 21, 2022. (AP Photo/Rodrigo Abd)
The strike on the mall came as the siege of Mariupol went on.
"""
MALL = """---
id: mall
title: "A mall in ruins"
source: Wire
published: "2022-03-22"
---
A deadly strike left the Retroville shopping mall in Kyiv flattened.
Thousands of people were trapped in the fighting around the capital.
"""


def test_a_toll_comes_from_articles_naming_the_event_where_readers_see_it(
    article_index: Callable[..., Path],
) -> None:
    # The timeline names Retroville only in a photo caption, so its toll for Mariupol is no toll for the mall,
    # and the article that does report the strike gives none.
    searcher = _searcher(article_index(timeline=TIMELINE, mall=MALL), check_everyday=False)
    answer = searcher.search("How many people were killed in the strike on the Retroville mall in Kyiv?")
    assert not answer.answered
    assert answer.reason.endswith("mentions a number of “people”.")
    assert searcher.search("How many people were killed when the theatre in Mariupol was bombed?").answered


GEORGIA = """---
id: georgia
title: "Protests in Tbilisi"
source: Wire
published: "2025-05-30"
---
Georgia's ruling party won the disputed parliamentary election, and protesters filled the streets of Tbilisi.
"""
REFERENDUM = """---
id: referendum
title: "Referendums in occupied regions"
source: Wire
published: "2022-09-25"
---
Turnout in the referendums on joining Russia passed 50%, Moscow's defence chief Sergei Shoigu said.
"""


def test_a_quantity_comes_from_the_articles_naming_the_question_s_rarest_name(
    article_index: Callable[..., Path],
) -> None:
    searcher = _searcher(article_index(georgia=GEORGIA, referendum=REFERENDUM))
    # The referendums' turnout is no turnout of Georgia's election.
    answer = searcher.search("What was voter turnout in Georgia's parliamentary election?")
    assert not answer.answered
    assert answer.reason.endswith("mentions a turnout figure.")
    # A name that only says whose official it means need not be named where the answer is.
    assert searcher.search("What turnout in the referendums did Tbilisi's defence chief report?").answered


def test_turnout_and_a_sale_price_are_quantities() -> None:
    turnout = asked_quantity("What was voter turnout in Poland's presidential runoff?")
    assert turnout == AskedQuantity("turnout", ("turnout",))
    assert asked_quantity("Какой была явка на выборах в Польше?", language="ru").kind == "turnout"
    assert holds_quantity(turnout, ["Turnout was 71.6%, the electoral commission said."])
    # A majority beside "presidential" is no turnout.
    assert not holds_quantity(turnout, ["His party holds a presidential majority, with 52% of seats."])
    assert asked_quantity("How much did the Eurovision trophy sell for at auction?").kind == "money"
    assert asked_quantity("How much was the trophy auctioned for?").kind == "money"
    assert asked_quantity("How much grain did Ukraine sell to Egypt?") is None


def test_a_verb_after_how_many_counts_people_as_any_number_or_share() -> None:
    poll = asked_quantity("Among Russian speakers, how many hold an unfavourable opinion of Moscow?")
    assert poll == AskedQuantity("count", (), label="people")
    assert holds_quantity(poll, ["Of those, 82% said they had a negative view of Russia."])
    assert not holds_quantity(poll, ["Most said they had a negative view of Russia."])


def test_how_much_money_in_ukrainian_or_russian_asks_for_a_sum() -> None:
    raised = asked_quantity("Скільки грошей зібрала благодійна подія?", language="uk")
    assert raised is not None and raised.kind == "money"
    assert asked_quantity("Сколько денег выделил ЕС Украине?", language="ru").kind == "money"
    assert not holds_quantity(raised, ["The event collected donations for drones."])
    assert holds_quantity(raised, ["The event raised $20,000 for drones."])


def test_people_killed_are_counted_however_a_passage_groups_them() -> None:
    died = asked_quantity("how many people died in the Stavropol explosion")
    assert holds_quantity(died, ["The bodies of two men with multiple injuries were found at the scene."])
    assert not holds_quantity(died, ["Two men were seen near the scene before the explosion."])


def test_the_thing_counted_may_be_the_fourth_word_after_how_many() -> None:
    tanks = asked_quantity("How many retired American-built battle tanks is Canberra shipping to Kyiv?")
    assert tanks is not None and "tanks" in tanks.beside
    assert holds_quantity(tanks, ["Loading began of the 49 decommissioned Abrams tanks, ABC reported."])
    # A plural among the first three words is what is counted: a fourth word is not ("home").
    pows = asked_quantity("How many Ukrainian POWs came home in the June 9 exchange?")
    assert pows is not None and "home" not in pows.beside
    # Whose make it is counts nothing ("made" would end what is counted: blind33's tn17).
    batteries = asked_quantity("How many American-made air defence batteries did Zelensky offer to buy?")
    assert batteries is not None and batteries.beside == ("air", "defence", "batteries")
    patriots = asked_quantity("How many US-made Patriot batteries did he offer to buy?")
    assert patriots is not None and patriots.beside == ("batteries",)


def test_a_count_asked_for_in_absolute_numbers_is_not_given_by_a_share() -> None:
    votes = asked_quantity("How many votes did Nawrocki get in the runoff, in absolute numbers?")
    assert votes is not None and votes.absolute
    assert not holds_quantity(votes, ["Nawrocki garnered 50.89% of the vote in the run-off."])
    assert not holds_quantity(votes, ["He won 51 percent of the vote."])
    assert holds_quantity(votes, ["Nawrocki won 10,606,628 votes in the run-off."])
    # Without it, a share of the vote answers as it always has.
    share = asked_quantity("How many votes did Nawrocki get in the runoff?")
    assert share is not None and not share.absolute
    assert holds_quantity(share, ["Nawrocki garnered 50.89% of the vote in the run-off."])


def test_the_cost_of_a_repair_asked_in_ukrainian_is_a_sum_beside_the_repair() -> None:
    repair = asked_quantity("Скільки коштуватиме ремонт Кримського мосту після вибуху?", language="uk")
    assert repair is not None and repair.kind == "money" and "repair" in repair.beside
    assert not holds_quantity(repair, ["Ukraine will lose 1.1 billion euros in export earnings."])
    assert holds_quantity(repair, ["Repairs to the bridge will cost $80 million, officials said."])


def test_an_animal_s_name_is_a_thing_to_be_named() -> None:
    dog = asked_thing("What was the name of the police dog that found the cartridges?")
    assert dog == "dog"
    assert names_thing(dog, "The sniffer dog Patron found the mines.")
    assert not names_thing(dog, "A police dog found two vape cartridges in her luggage.")


VAGUE = """---
id: vague
title: "Russia launched drones at Ukraine overnight"
source: Wire
published: "2025-06-01"
---
Russia launched drones at Ukraine overnight, Ukraine's air force said, and Russia launched drones at Kyiv.
"""
COUNTED = """---
id: counted
title: "Air force report"
source: Wire
published: "2025-06-01"
---
Of the 472 drones Russia sent at Ukraine, most were shot down or jammed, the air force said.
"""


def test_the_first_quote_is_one_giving_the_count_asked_for(article_index: Callable[..., Path]) -> None:
    data = article_index(vague=VAGUE, counted=COUNTED)
    question = "How many drones did Russia launch at Ukraine overnight?"
    unordered = _searcher(data, answer_first_depth=0).search(question)
    assert [h.article_id for h in unordered.hits] == ["vague", "counted"]  # the words alone put it first
    answer = _searcher(data).search(question)
    assert [h.article_id for h in answer.hits] == ["counted", "vague"]
    # A question asking for no count, sum or named thing keeps the order.
    assert (
        _searcher(data).search("Did Russia launch drones at Ukraine overnight?").hits[0].article_id == "vague"
    )


def test_a_date_asked_for_is_not_the_day_a_report_was_made() -> None:
    frequencies = {stem(w): 50 for w in ("australia", "tanks", "arrive", "ukraine", "report", "loaded")}
    frequencies[stem("abrams")] = 5  # the rarest: the date must stand beside it
    arrive = asked_quantity(
        "On what exact date are Australia's Abrams tanks due to arrive in Ukraine?", frequencies
    )
    assert arrive is not None and arrive.kind == "date" and arrive.reported
    loading = "Loading of the 49 Abrams tanks onto a cargo ship began, ABC reported on May 19."
    assert not holds_quantity(arrive, [loading])
    assert holds_quantity(arrive, ["The Abrams tanks will arrive in Ukraine on July 1, officials said."])
    # Asked when something was said, the day of the report is the answer.
    said = asked_quantity("On what date did ABC report that the Abrams tanks were being loaded?", frequencies)
    assert said is not None and not said.reported
    assert holds_quantity(said, [loading])


def test_a_quantity_of_an_ordinal_thing_is_not_told_by_a_sentence_on_another() -> None:
    frequencies = {stem(w): 50 for w in ("adopt", "sanctions", "package", "russia", "formally")}
    asked = asked_quantity("On what date did the EU formally adopt its 18th sanctions package?", frequencies)
    assert asked is not None and asked.kind == "date" and asked.ordinals == ("#18",)
    assert not holds_quantity(asked, ["The EU will formally adopt the 17th package of sanctions on May 20."])
    assert holds_quantity(asked, ["The EU will formally adopt the 18th package of sanctions on July 18."])
    # A day written as an ordinal names no other package.
    assert holds_quantity(asked, ["The package was formally adopted on July 18th, diplomats said."])
    assert asked_quantity("Коли ЄС ухвалив 17-й пакет санкцій?", None, "uk") is None  # no quantity asked


def test_a_cost_is_not_told_by_a_sum_of_damage_done() -> None:
    frequencies = {stem(w): n for w, n in {"Spiderweb": 5, "operation": 900, "Ukraine": 5000}.items()}
    cost = asked_quantity("How much did Operation Spiderweb cost Ukraine to carry out?", frequencies)
    assert cost is not None and cost.kind == "money" and cost.beside == ("Spiderweb",)
    damage = "Spiderweb caused approximately $7 billion in damage, the SBU said."
    assert not holds_quantity(cost, [damage])
    assert holds_quantity(cost, ["Spiderweb cost about $200,000 to carry out, the SBU said."])
    # Nor by what each of its drones cost: the question asks what the whole cost (blind7's m29 is another).
    assert not holds_quantity(cost, ["Spiderweb's 117 drones cost about $2,000 each."])
    # Asked what it cost in damage, the damage is the answer.
    assert holds_quantity(
        asked_quantity("How much did Spiderweb cost Russia in damage?", frequencies), [damage]
    )
    anywhere = asked_quantity("How much did the talks cost?")
    assert not holds_quantity(anywhere, ["The strikes did $50,000 of damage."])
    assert holds_quantity(anywhere, ["The venue was hired for $50,000."])


def test_compensation_is_a_sum_named_as_one() -> None:
    asked = asked_quantity("How much compensation did Exxon get from Russia for its Sakhalin-1 stake?")
    assert asked is not None and asked.kind == "money" and "compensation" in asked.beside
    assert not holds_quantity(asked, ["Exxon's Russia holdings were valued at more than $4 billion."])
    assert holds_quantity(asked, ["Exxon received $1.2 billion in compensation for its stake."])
    russian = asked_quantity("Какую компенсацию получила Exxon?", None, "ru")
    assert russian is not None and russian.beside == asked.beside


def test_the_estimated_value_of_a_thing_is_a_sum() -> None:
    asked = asked_quantity("What's the total estimated value of everything Russia looted from the museums?")
    assert asked is not None and asked.kind == "money"


def test_graduates_asked_in_ukrainian_are_counted() -> None:
    asked = asked_quantity("Скільки випускників-медиків подали заявки?", None, "uk")
    assert asked is not None and asked.kind == "count" and "graduates" in asked.beside
    assert not holds_quantity(
        asked, ["The Cabinet approved a payment of Hr 200,000 for medical school graduates."]
    )
    assert holds_quantity(asked, ["So far 1,200 graduates have applied for the payment."])


def test_a_people_is_counted_as_people_and_things_taken_as_items() -> None:
    germans = asked_quantity("How many Germans could squeeze into the bunkers that still work?")
    assert germans is not None and germans.label == "Germans"
    assert holds_quantity(germans, ["Germany's shelters would house 480,000 people."])
    assert not holds_quantity(germans, ["Only 580 of 2,000 bunkers still work."])
    assert not holds_quantity(germans, ["Some 6,956 foreign citizens have come to fight for Ukraine."])
    pieces = asked_quantity("How many pieces did the occupiers cart off from Kherson's museums?")
    assert holds_quantity(pieces, ["The looting of nearly 33,000 items from the two museums."])
    assert holds_quantity(pieces, ["Russian occupiers stole over 33,000 artworks."])


def test_a_date_asked_in_a_named_month_is_a_date_of_that_month() -> None:
    asked = asked_quantity("On what date in March 2025 did an Iskander missile hit the 239th Polygon?")
    assert asked is not None and asked.kind == "date" and asked.month == 3
    assert not holds_quantity(asked, ["The strike hit the 239th Polygon north of Dnipro on June 1."])
    assert holds_quantity(asked, ["The strike hit the 239th Polygon north of Dnipro on March 3."])
    # A weekday names no other month.
    assert holds_quantity(asked, ["The strike hit the 239th Polygon on Tuesday."])


def test_a_prison_sentence_asked_for_is_one_handed_down() -> None:
    frequencies = {stem(w): 50 for w in ("yashin", "gorinov", "court", "moscow")}
    asked = asked_quantity("What sentence did Moscow politician Ilya Yashin get?", frequencies)
    assert asked is not None and asked.kind == "sentence" and asked.beside == ("Yashin",)
    assert quantity_name(asked) == "“Yashin” beside a prison sentence"
    assert holds_quantity(asked, ["A Moscow court sentenced Yashin to eight and a half years."])
    # Another person's sentence, or one a charge could bring, is none.
    assert not holds_quantity(asked, ["Gorinov was sentenced to seven years. Yashin was charged too."])
    assert not holds_quantity(
        asked, ["Yashin faces treason charges that could bring a sentence of ten years."]
    )
    # Naming no person, any sentence handed down will do; "the People's Republic" is no person.
    court = asked_quantity("How many years in prison did the Lugansk People's Republic court give them?", {})
    assert court is not None and court.kind == "sentence" and court.beside == ()
    assert holds_quantity(court, ["Each was sentenced to 13 years in prison."])
    assert holds_quantity(court, ["She was handed a nine-year prison term."])
    russian = asked_quantity("На сколько лет суд приговорил Богуслаева?", None, "ru")
    assert russian is not None and russian.kind == "sentence"
    assert not holds_quantity(
        russian, ["Boguslaev was charged with treason, which could result in a sentence."]
    )
    assert holds_quantity(russian, ["The court sentenced him to death."])
    # A term a charge could carry is none handed down.
    dalke = asked_quantity("What prison sentence did Jareh Dalke eventually get?", {stem("Dalke"): 3})
    assert not holds_quantity(dalke, ["Dalke faces six counts, each of which could carry a life sentence."])
    assert holds_quantity(dalke, ["Dalke was convicted and sentenced to 22 years in prison."])
    # A full name in Ukrainian or Russian: beside its surname in English spelling; "sentenced to years" is no term.
    gilman = asked_quantity("На сколько лет суд осудил бывшего морпеха Роберта Гилмана?", None, "ru")
    assert gilman is not None and gilman.kind == "sentence"
    assert holds_quantity(gilman, ["Robert Gilman was sentenced to 8.5 years."])
    assert not holds_quantity(gilman, ["Griner was sentenced to nine years in prison."])
    assert not holds_quantity(gilman, ["Robert Gilman has been sentenced to years in a Russian prison."])
    jenkins = asked_quantity("На скільки років суд засудив австралійця Оскара Дженкінса?", None, "uk")
    assert jenkins is not None and holds_quantity(jenkins, ["A court sentenced Oscar Jenkins to 13 years."])
    # A term "given" is a sentence: "Какой срок дали…".
    melia = asked_quantity("Какой срок дали Нике Мелии после задержания 29 мая?", None, "ru")
    assert melia is not None and melia.kind == "sentence"
    assert not holds_quantity(melia, ["Nika Melia was detained by authorities on May 29."])
    # A term that is no prison sentence: "На какой срок продлили сделку…" asks for none.
    assert asked_quantity("На какой срок продлили зерновую сделку?", None, "ru") is None


def test_an_age_asked_in_ukrainian_or_russian() -> None:
    for question in (
        "Скільки років Мединському?",
        "Сколько лет исполнилось Зеленскому?",
        "Скільки йому років?",
    ):
        asked = asked_quantity(question, None, "uk")
        assert asked is not None and asked.kind == "age", question
        assert holds_quantity(asked, ["Medinsky, 54, led the delegation."])
        assert not holds_quantity(asked, ["Medinsky led the delegation for two hours."])
    # Of someone named in full: beside the surname in English spelling, not beside another's name.
    kutuzov = asked_quantity("Скільки років було генерал-майору Роману Кутузову?", None, "uk")
    assert kutuzov is not None and kutuzov.kind == "age"
    assert holds_quantity(kutuzov, ["Major General Roman Kutuzov, 48, was killed in Donbas."])
    assert not holds_quantity(kutuzov, ["Kutuzov was killed in Donbas. Medinsky, 54, spoke of it."])
    reshetylova = asked_quantity("Сколько лет Ольге Решетиловой?", None, "ru")
    assert reshetylova is not None and reshetylova.beside == ("reshe",)
    # Years of prison, years ago and years that lasted are no age.
    for question in (
        "Сколько лет тюрьмы грозит Гилману?",
        "Скільки років тому почалася війна?",
        "Сколько лет длилась война?",
    ):
        asked = asked_quantity(question, None, "ru")
        assert asked is None or asked.kind != "age", question


def test_the_length_of_a_preparation_is_told_beside_it() -> None:
    asked = asked_quantity("How long was the drone raid on Russian airfields in preparation?")
    assert asked is not None and asked.kind == "duration"
    assert holds_quantity(asked, ["The operation took 18 months to plan."])
    assert holds_quantity(asked, ["The plan had been in preparation for a year and a half."])
    assert not holds_quantity(asked, ["The raid lasted two hours."])
    for question, language in (
        ("Скільки часу готувалася операція «Павутина»?", "uk"),
        ("Как долго готовили удар по аэродромам?", "ru"),
    ):
        asked = asked_quantity(question, None, language)
        assert asked is not None and holds_quantity(asked, ["The operation took 18 months to plan."])
        assert not holds_quantity(asked, ["The raid lasted two hours."]), question
    # "готова" is ready, not prepared: any length answers how long Russia is ready to fight.
    asked = asked_quantity("Как долго Россия готова воевать?", None, "ru")
    assert asked is not None and holds_quantity(asked, ["The war has lasted three years."])


def test_a_volume_of_gas_asked_in_its_unit_is_given_in_it() -> None:
    asked = asked_quantity("How many billion cubic metres of gas will the pipeline carry?")
    assert asked is not None and asked.kind == "volume"
    assert holds_quantity(asked, ["The pipeline would carry 50 billion cubic metres of gas a year."])
    assert holds_quantity(asked, ["It carries 26.5bcm annually."])
    assert not holds_quantity(asked, ["The pipeline would cut demand for gas by 15%."])
    # A price per cubic metre is a sum.
    price = asked_quantity("What price per cubic metre will Ukraine pay for gas?")
    assert price is not None and price.kind == "money"


def test_a_word_joined_to_a_noun_by_a_hyphen_is_not_the_thing_asked_for() -> None:
    assert asked_thing("Which aircraft-engine boss was locked up?") is None
    assert asked_thing("Which aircraft carried the president?") == "aircraft"


def test_a_group_asked_for_by_name_is_named_in_the_quote() -> None:
    assert (
        asked_thing("What is the Russian hacker group that attacked the party's websites called?") == "group"
    )
    assert asked_thing("Як називається угруповання російських хакерів?", "uk") == "group"
    assert asked_thing("Как называется хакерская группировка?", "ru") == "group"
    # The noun past adjectives after the verb.
    assert asked_thing("Как назывался подсанкционный российский танкер «теневого флота»?", "ru") == "tanker"
    assert asked_thing("Как называлось это место?", "ru") is None
    assert asked_thing("What was the vessel called when it left port?") == "vessel"
    assert asked_thing("What is the company that called for sanctions?") is None
    assert names_thing("group", "The attack was claimed by the hacker group NoName057(16).")
    assert names_thing("group", "The Wagner Group sent fighters.")
    assert names_thing("company", "It will be run by Russia's state-owned nuclear power giant Rosatom.")
    # A name set beside what it is, but not a place, a day or a word opening the sentence.
    assert names_thing("company", "He co-founded Neftekhimservice, a refining company, in Siberia.")
    assert not names_thing("company", "In Kyiv, a private company said it would help.")
    assert not names_thing("company", "Talks stalled. On Monday, a refining company said it would help.")
    assert not names_thing("company", "Meanwhile, a company said it would help.")
    # "The name of the boy from Peremoha village" asks for the boy's name, not the village's.
    assert asked_thing("What was the name of the boy from Peremoha village who was killed?") is None
    # A people's adjective after "group of" names no group.
    assert not names_thing("group", "A group of Russian hackers attacked the websites of Civic Platform.")


OTHER_DAY = """---
id: other-day
title: "Prisoner exchange begins"
source: Wire
published: "2025-06-09"
---
Ukraine began a prisoner exchange with Russia on June 9, Zelensky said. Ahead of it, he had said Ukraine aimed
to bring home 500 prisoners in the June 7-8 swap, which did not take place.
"""
SAME_DAY = """---
id: same-day
title: "Prisoners come home"
source: Wire
published: "2025-06-09"
---
On June 9, 390 prisoners came home to Ukraine in the prisoner exchange with Russia, Zelensky said.
"""


def test_a_count_on_a_named_day_is_not_told_by_a_sentence_on_another_day(
    article_index: Callable[..., Path],
) -> None:
    question = "How many prisoners did Ukraine bring home in the exchange on June 9, 2025?"
    assert not _searcher(article_index(other=OTHER_DAY)).search(question).answered
    assert _searcher(article_index(other=OTHER_DAY, same=SAME_DAY)).search(question).answered


def test_what_someone_paid_may_be_told_beside_paying_in_a_passage_naming_the_thing() -> None:
    frequencies = {stem(w): 50 for w in ("abramovich", "house", "reportedly", "row", "billionaires")}
    frequencies[stem("bedroom")] = 2
    asked = asked_quantity(
        "How much did Roman Abramovich reportedly pay for his 15-bedroom house?", frequencies
    )
    assert asked is not None and asked.kind == "money"
    passage = (
        "His most expensive property is a 15-bedroom house on Billionaires Row. It is home to royalty. "
        "Mr Abramovich bought the property in 2011, reportedly paying £90m."
    )
    assert holds_quantity(asked, [passage])
    # A sum paid in a passage that does not name the thing is for something else.
    assert not holds_quantity(asked, ["In 2019, he paid £22.3m for a penthouse apartment in Chelsea."])
    # Without a verb of paying, the sum stands beside the rarest word.
    cost = asked_quantity("How much is Roman Abramovich's 15-bedroom house worth?", frequencies)
    assert cost is not None and not holds_quantity(cost, [passage])


def test_a_count_of_what_was_launched_is_not_told_by_how_many_were_intercepted() -> None:
    asked = asked_quantity("How many drones did Russia launch against Ukraine overnight?")
    assert asked is not None and asked.kind == "count"
    assert not holds_quantity(asked, ["Air defenses intercepted 63 Russian attack drones overnight."])
    assert holds_quantity(asked, ["Russia launched 479 drones, of which 277 were shot down."])
    assert holds_quantity(asked, ["Russia attacked Ukraine with 90 drones overnight."])
    ukrainian = asked_quantity("Скільки дронів Росія випустила по Україні?", None, "uk")
    assert ukrainian is not None and not holds_quantity(ukrainian, ["Air defenses downed 63 drones."])
    # Asked how many were shot down, a count of those shot down answers.
    downed = asked_quantity("How many drones did air defenses shoot down overnight?")
    assert downed is not None and holds_quantity(downed, ["Air defenses intercepted 63 drones overnight."])


def test_a_count_of_one_side_s_thing_is_not_told_by_the_other_side_s() -> None:
    delegation = asked_quantity("How many people were on Russia's delegation at the June 2 talks?")
    assert delegation is not None
    assert not holds_quantity(delegation, ["Umerov led Ukraine's 14-member delegation."])
    assert holds_quantity(
        delegation, ["Russia's delegation had 12 members; Ukraine's delegation had 14 members."]
    )
    pows = asked_quantity("How many Ukrainian POWs came home on May 23?")
    assert pows is not None
    assert holds_quantity(pows, ["Russia freed 390 Ukrainian POWs and received 390 Russian POWs."])
    assert not holds_quantity(pows, ["Ukraine returned 390 Russian POWs."])


def test_a_count_of_a_model_is_told_beside_it() -> None:
    asked = asked_quantity("How many Tu-160 bombers were destroyed in Operation Spiderweb?")
    assert asked is not None and asked.model == "Tu-160"
    assert holds_quantity(asked, ["Two Tu-160 bombers were destroyed."])
    assert not holds_quantity(
        asked, ["Images confirm the destruction of at least three Tu-95MS strategic bombers."]
    )
    assert not holds_quantity(asked, ["The operation hit 41 bomber planes."])


def test_how_high_asks_no_height_of_a_toll_a_duty_or_a_rate() -> None:
    toll = asked_quantity("How high was the death toll in Kramatorsk?")
    assert toll is not None and toll.kind == "count"
    assert asked_quantity("How high will the EU's import duties on Russian fertilizer climb?") is None
    height = asked_quantity("How high is the Crimean Bridge?")
    assert height is not None and height.kind == "distance"


def test_sailors_are_told_of_as_servicemen() -> None:
    asked = asked_quantity("How many Ukrainian sailors was the Royal Navy training in Scotland?")
    assert asked is not None and holds_quantity(asked, ["80 Ukrainian servicemen are receiving training."])


def test_a_prison_term_may_be_told_as_years_in_prison() -> None:
    term = asked_quantity("What prison term could the two men detained over the car bombing face?")
    assert term is not None and term.kind == "penalty"
    assert holds_quantity(term, ["The suspects could face up to 12 years in prison, the SBU said."])
    assert not holds_quantity(term, ["They were held in prison for two years before the trial."])
    # A sentence handed down is not the term a charge carries.
    sentence = asked_quantity("What sentence did Vyacheslav Boguslaev get in his treason case?")
    assert sentence is not None and sentence.kind == "sentence"
    assert not holds_quantity(sentence, ["Boguslaev faces up to 15 years in prison if convicted of treason."])
    assert holds_quantity(sentence, ["Boguslaev was sentenced to 15 years in prison."])
    # "prison term" and "documentary maker" ask for no prison or documentary by name.
    assert asked_thing("What prison term could the two men face?") is None
    assert asked_thing("Which American documentary maker was hurt in Kyiv?") is None
    assert asked_thing("Which base commander was dismissed?") is None
    assert asked_thing("Which documentary was he making?") == "documentary"


def test_a_yield_an_interest_rate_and_a_street_address_are_measures() -> None:
    frequencies = {"b83": 2, "gravit": 5, "bomb": 50, "retire": 30, "loan": 20, "podils": 2, "balcon": 3}
    bomb = asked_quantity(
        "What is the explosive yield of the retired B83 gravity bomb in megatons?", frequencies
    )
    assert bomb is not None and bomb.kind == "yield"
    assert holds_quantity(bomb, ["The B83 gravity bomb has a yield of 1.2 megatons."])
    assert not holds_quantity(bomb, ["The B83 bomb was retired. Russia tested a 50-megaton device in 1961."])
    rate = asked_quantity("What interest rate does the EU loan carry?", frequencies)
    assert rate is not None and rate.kind == "share" and rate.beside == INTEREST_WORDS
    assert holds_quantity(rate, ["The loan carries an interest rate of 1.5%."])
    assert not holds_quantity(rate, ["The EU approved a €1 billion loan."])
    # A percentage of the question's words is no rate: the SAFE fund's loans and 35% of a cost.
    assert not holds_quantity(
        rate, ["Non-EU countries may join if they supply under 35% of the cost of a loan."]
    )
    assert quantity_name(rate) == "an interest rate"
    fed = asked_quantity("What target range did the US Federal Reserve set for interest rates in May?", {})
    assert fed is not None and fed.kind == "share" and fed.beside == INTEREST_WORDS
    key = asked_quantity(
        "What level did the Bank of Russia cut its key rate to?", {"bank": 90, "russia": 900}
    )
    assert key is not None and key.kind == "share"
    assert holds_quantity(key, ["The Bank of Russia cut its key rate to 7.5% on Friday."])
    street = asked_quantity(
        "What is the street address of the Podilskyi building whose balcony fell?", frequencies
    )
    assert street is not None and street.kind == "address"
    assert holds_quantity(street, ["The balcony of the Podilskyi building on Kostiantynivska Street fell."])
    assert not holds_quantity(street, ["A balcony fell on him in the Podilskyi district of Kyiv."])
    assert quantity_name(street) == "“Podilskyi” beside a street address"
    assert asked_quantity("How did Zelensky address the nation?") is None


def test_an_age_asked_of_one_name_alone_is_that_person_s() -> None:
    frequencies = {"nikola": 3, "markov": 2, "tamara": 4}
    son = asked_quantity(
        "How old is Nikolay, the son who came home with his mother Tamara Markova?", frequencies
    )
    assert son == AskedQuantity("age", ("Nikolay",))
    mother = "“My son did not want to,” Tamara Markova, 82, told the outlet. She and her son Nikolay left."
    assert not holds_quantity(son, [mother])
    assert holds_quantity(son, ["Her son Nikolay, 54, drove them home."])
    assert asked_quantity("How old is Tamara Markova?", frequencies) == AskedQuantity(
        "age", ("Markova", "Tamara"), within=("Markova",)
    )
    # A surname cut to its initial: the given name is the word to find.
    pawel = asked_quantity("What prison term could Pawel K., the man charged in Poland, face?", {"pawel": 3})
    assert pawel == AskedQuantity("penalty", within=("Pawel",))
    charged = "The person charged, identified as Pawel K., was arrested in 2024. He faces up to eight years in prison."
    assert holds_quantity(pawel, [charged])
    assert not holds_quantity(pawel, ["Another suspect faces up to eight years in prison."])


TORNADO = """---
id: tornado
title: "Tornado battalion commander freed"
source: Wire
published: "2022-07-12"
---
Ruslan Onishchenko, former commander of the Tornado battalion, has been released from jail. In 2017, a Kiev court sentenced Onishchenko to 11 years in prison for kidnapping and torture.
"""

CLASHES = """---
id: clashes
title: "Armenia and Azerbaijan clash on their border"
source: Wire
published: "2022-09-13"
---
Armenia's prime minister said 49 Armenian soldiers were killed while repelling the attack by Azerbaijan.

In 2020, Armenia and Azerbaijan fought a 44-day war over Nagorno-Karabakh, which ended in a truce.
"""


def test_a_count_in_a_year_asked_comes_from_that_year_s_passages_or_sentences(
    article_index: Callable[..., Path],
) -> None:
    searcher = _searcher(article_index(clashes=CLASHES))
    answer = searcher.search("How many soldiers were killed in the 2020 war between Armenia and Azerbaijan?")
    assert not answer.answered  # the 49 were killed in 2022
    assert "a number of “soldiers”" in answer.reason
    assert searcher.search(
        "How many soldiers were killed in the 2022 clashes between Armenia and Azerbaijan?"
    ).answered
    # So with a sentence asked of a year: 2022's "sentenced to 11 years" in a story of 2017 is not one for 2018.
    sentenced = _searcher(article_index(tornado=TORNADO))
    assert not sentenced.search(
        "What sentence did Ruslan Onishchenko receive over the 2018 prison riot?"
    ).answered
    assert sentenced.search("What sentence did Ruslan Onishchenko receive in 2017?").answered
    # A stretch that began in a year is not that year: the count may come from later.
    assert searcher.search("How many Armenian soldiers were killed since 2020 by Azerbaijan?").answered


def test_an_age_may_stand_beside_the_given_name_in_a_passage_naming_the_surname() -> None:
    son = asked_quantity("How old was Vladislav Popovytch when troops took him?", {"vladis": 4, "popovy": 2})
    assert son == AskedQuantity("age", ("Popovytch", "Vladislav"), within=("Popovytch",))
    assert holds_quantity(son, ["Tatyana Popovytch's son was taken. Vladislav was 29 at the time."])
    assert holds_quantity(son, ["Vladislav Popovytch, 29, was taken to Russia."])
    assert not holds_quantity(son, ["Another Vladislav was 29 at the time."])  # no Popovytch named
    assert quantity_name(son) == "“Popovytch” beside an age"


def test_a_date_asked_of_a_bill_s_passing_is_not_the_day_it_was_introduced() -> None:
    frequencies = {"blumen": 3, "senate": 40, "sanction": 90, "bill": 60}
    passed = asked_quantity(
        "On what date did the U.S. Senate pass the Graham–Blumenthal sanctions bill?", frequencies
    )
    assert passed is not None and passed.kind == "date"
    introduced = (
        "The bill, introduced on April 1 by Graham and Senate Democrat Richard Blumenthal, has 80 sponsors."
    )
    assert not holds_quantity(passed, [introduced])
    assert holds_quantity(
        passed, ["The Senate passed the Blumenthal bill on July 1, after it was introduced."]
    )
    when = asked_quantity("On what date was the Graham–Blumenthal sanctions bill introduced?", frequencies)
    assert when is not None and holds_quantity(when, [introduced])
    # Asked "When did…", the passing still wants its day.
    adopted = asked_quantity(
        "When did the U.S. Senate adopt the Blumenthal resolution on deported children?", frequencies
    )
    assert adopted is not None and adopted.kind == "date"
    assert not holds_quantity(adopted, ["Senators introduced a resolution on May 21, Blumenthal said."])
    assert (
        asked_quantity("When did the Senate start debating the Blumenthal bill?", frequencies).kind == "when"
    )


def test_more_ways_of_asking_a_sum() -> None:
    for question in (
        "How much did McDonald's sell its Russian business to Alexander Govor for?",
        "How much is Germany charging Ukraine for the older PAC-2 Patriot missiles?",
        "What is Harvest Commodities' annual revenue?",
        "What was the company's net profit?",
    ):
        asked = asked_quantity(question, {})
        assert asked is not None and asked.kind == "money", question
    govor = asked_quantity("За сколько McDonald's продал свой российский бизнес Александру Говору?", {}, "ru")
    assert govor is not None and govor.kind == "money"
    assert asked_quantity("What is the impact on revenue?", {}) is None


def test_non_combatants_are_counted_as_civilians() -> None:
    held = asked_quantity("How many Ukrainian non-combatants does Kyiv say are still held in Russia?")
    assert held is not None and held.beside[0] == "civilians"
    assert holds_quantity(held, ["Russia is illegally detaining at least 16,000 Ukrainian civilians."])
    assert not holds_quantity(held, ["At least 8,000 Ukrainian service members are held captive."])


def test_an_organisation_is_a_thing_asked_by_name() -> None:
    question = "What is the name of the organisation Yulia Hripun co-founded?"
    assert asked_thing(question) == "organisation"
    assert names_thing("organisation", "She co-founded the organisation Rodyna to campaign for them.")
    assert not names_thing(
        "organisation", "She set up an organisation to campaign for civilians held in Russia."
    )
    # A possessive after the noun opens a name: "the Christian organisation Samaritan's Purse".
    assert names_thing("charity", "He travels with the Christian organisation Samaritan's Purse.")
    # A capital before the noun that ends one of a list names nothing.
    assert not names_thing("ngo", "Other donors include the UK, NGOs and crowdfunding.")
    assert names_thing("ngo", "Other donors include the UK and the Razom NGO.")
    assert not names_thing("centre", "According to Akar, the center will oversee grain exports.")
    assert names_thing("company", "He spied on DTU and SerEnergy, a company based in Denmark's north.")


RATE_CUT = """---
id: rate-cut
title: "Russia's central bank cuts its key rate"
source: Wire
published: "2025-06-06"
---
Russia's central bank on June 6 lowered its key interest rate from 21% to 20%. The decision marks Russia's first rate cut since September 2022.
"""

SALE = """---
id: sale
title: "McDonald's sells its Russian business"
source: Wire
published: "2022-05-19"
---
McDonald's has sold its Russian business to a franchisee in Siberia. It did not disclose the price Alexander Govor paid, and expects a $1bn hit from the exit.
"""


def test_a_rate_asked_of_a_month_comes_from_that_month_s_passages_or_sentences(
    article_index: Callable[..., Path],
) -> None:
    searcher = _searcher(article_index(rate_cut=RATE_CUT))
    earlier = searcher.search(
        "What level did the Bank of Russia cut its key interest rate to in September 2022?"
    )
    assert not earlier.answered  # 20% was June 2025's rate
    assert "an interest rate" in earlier.reason
    assert searcher.search(
        "What level did Russia's central bank cut its key interest rate to in June 2025?"
    ).answered


def test_a_sum_the_first_quote_says_was_not_disclosed_is_declined(article_index: Callable[..., Path]) -> None:
    searcher = _searcher(article_index(sale=SALE))
    answer = searcher.search("How much did McDonald's sell its Russian business to Alexander Govor for?")
    assert not answer.answered
    assert answer.reason == NOT_TOLD_REASON
    assert searcher.search("Who bought McDonald's Russian business?").answered


def test_interceptors_are_counted_as_missiles_and_pallets_in_ukrainian() -> None:
    made = asked_quantity("How many PAC-3 interceptors did Lockheed Martin turn out last year?")
    assert made is not None and holds_quantity(
        made, ["Lockheed produced 500 PAC-3 Patriot missiles in 2024."]
    )
    pallets = asked_quantity("Скільки палет допомоги передав фонд українським лікарням?", {}, "uk")
    assert pallets is not None and "pallets" in pallets.beside
    assert holds_quantity(pallets, ["It has delivered over 10,000 pallets of medical supplies."])


def test_a_price_per_unit_is_a_sum_beside_the_unit() -> None:
    asked = asked_quantity("What price per barrel did Sri Lanka pay for the Russian crude?", {"lanka": 4})
    assert asked is not None and asked.kind == "money"
    assert holds_quantity(asked, ["Urals crude dropped to $48.90 per barrel."])
    assert not holds_quantity(asked, ["Sri Lanka says it cannot repay $7 billion in foreign debt."])
    tonne = asked_quantity("How much per tonne does Egypt pay for Russian wheat?", {})
    assert tonne is not None and holds_quantity(tonne, ["Wheat sold for $320 a ton in June."])


def test_a_college_or_a_village_is_a_thing_asked_by_name() -> None:
    college = "Which Cambridge college is the student who became a medic in Lviv enrolled at?"
    assert asked_thing(college) == "college"
    assert not names_thing("college", "Cambridge University student Nikolai Nizalov, 19, joined as a medic.")
    assert names_thing("college", "He is a second-year student at King's College London.")
    villages = "Between which two villages did the rail line blow up in Voronezh Oblast?"
    assert asked_thing(villages) == "village"
    assert names_thing("village", "It occurred between the communities of Yevdakovo and Saguny.")
    assert not names_thing("village", "Local communities say the shelling goes on.")
    # A thing's noun before a person's noun asks for the person: "the church cook".
    assert asked_thing("What was the name of the church cook killed with her son?") is None


def test_a_count_of_captives_held_is_not_a_count_swapped() -> None:
    held = asked_quantity("Скільки російських військовополонених зараз утримує Україна?", {}, "uk")
    assert held is not None and held.kind == "count"
    assert not holds_quantity(held, ["Ukraine and Russia exchanged 1,000 prisoners each on May 25."])
    assert holds_quantity(held, ["Ukraine holds more than 6,000 Russian prisoners of war."])
    english = asked_quantity("How many Russian POWs does Ukraine hold?", {})
    assert english is not None and not holds_quantity(english, ["Kyiv freed 390 POWs on Friday."])
    # A count of captives swapped keeps its answer.
    swapped = asked_quantity("How many prisoners did Ukraine and Russia exchange on May 25?", {})
    assert swapped is not None and holds_quantity(swapped, ["The two sides exchanged 1,000 prisoners each."])


def test_how_much_explosive_asks_a_weight() -> None:
    asked = asked_quantity("How much explosive was in the device that damaged the rail line?", {})
    assert asked is not None and asked.kind == "weight"
    assert not holds_quantity(asked, ["An explosive device damaged the rail line, delaying 19 trains."])
    assert holds_quantity(asked, ["The device held about 5 kg of explosives."])


def test_a_sum_for_many_is_no_price_of_one_and_a_count_after_a_cut_is_not_the_one_before() -> None:
    paid = asked_quantity(
        "How much did Russia pay Iran for the hundreds of drones it obtained?", {"iran": 50}
    )
    assert paid is not None and paid.kind == "money"
    assert not holds_quantity(paid, ["Russia paid Iran between $193,000 and $290,000 per unit for Shaheds."])
    assert holds_quantity(paid, ["Russia paid Iran $1.75 billion for the drones."])
    # A price per unit is still asked as one.
    each = asked_quantity("How much did Russia pay Iran per drone?", {"iran": 50})
    assert each is not None and holds_quantity(each, ["Russia paid Iran $193,000 per drone."])
    after = asked_quantity(
        "Сколько военнослужащих примет участие в учениях «Запад-2025» после того, как Беларусь сократила их масштаб?",
        {},
        "ru",
    )
    assert after is not None
    assert not holds_quantity(
        after, ["The 2025 drills will take place in mid-September, involving 13,000 soldiers."]
    )
    assert holds_quantity(after, ["The drills were scaled back to 6,000 troops."])
    english = asked_quantity("How many troops will take part in Zapad-2025 after Belarus cut its scale?", {})
    assert english is not None and not holds_quantity(english, ["The drills will involve 13,000 troops."])


def test_a_swearing_in_or_a_hearing_is_dated_beside_its_word() -> None:
    frequencies = {
        stem(w): n for w, n in {"Nawrocki": 20, "Poland": 300, "president": 900, "sworn": 40}.items()
    }
    sworn = asked_quantity(
        "On what date is Karol Nawrocki due to be sworn in as Poland's president?", frequencies
    )
    assert sworn is not None and sworn.kind == "date"
    assert not holds_quantity(sworn, ["Karol Nawrocki won Poland's presidential election on June 1."])
    assert holds_quantity(sworn, ["Nawrocki will be sworn in on August 6."])
    hearing = asked_quantity(
        "When will the ICJ hold its first hearing in Lithuania's case against Belarus?", frequencies
    )
    assert hearing is not None and hearing.kind == "date"
    assert not holds_quantity(hearing, ["Lithuania instituted proceedings against Belarus on May 19."])
    assert holds_quantity(hearing, ["The court set the first hearing for September 15."])


def test_a_figure_per_capita_and_cash_are_sums_beside_their_words() -> None:
    frequencies = {stem(w): n for w, n in {"Moldova": 40, "GDP": 60, "capita": 3, "cash": 50}.items()}
    gdp = asked_quantity("What is Moldova's GDP per capita?", frequencies)
    assert gdp is not None and gdp.kind == "money"
    assert not holds_quantity(gdp, ["Russia spent the equivalent of 1% of Moldova's GDP, or $300 million."])
    assert holds_quantity(gdp, ["Moldova's GDP per capita is about $6,000."])
    # "Cash" asks for a sum, like "money": the sum stands beside the question's other rarest word.
    frequencies[stem("migrants")] = 80
    cash = asked_quantity("How much cash is offered to migrants who go home?", frequencies)
    assert cash == AskedQuantity("money", ("migrants",))


def test_households_without_power_are_counted_as_homes() -> None:
    asked = asked_quantity("How many households lost electricity after the strike?")
    assert asked is not None
    assert holds_quantity(asked, ["The strike cut power, affecting more than 600,000 homes."])


def test_a_thing_asked_with_a_place_before_its_noun() -> None:
    assert asked_thing("At which New York venue was the event held?") == "venue"
    assert asked_thing("Which shadow fleet tanker was caught near the cable?") == "tanker"
    # Not past a preposition, an article or a verb, nor a capitalised noun, part of a name.
    assert asked_thing("What model of aircraft flew Griner home?") is None
    assert asked_thing("Which former White House Russia hand argued it?") is None


def test_a_count_of_people_detained_is_told_with_the_detention() -> None:
    # blind33's tn57: a city "home to almost half a million people" tells no number held.
    held = asked_quantity("How many people were detained as collaborators during the lockdown in Mykolaiv?")
    assert held is not None and held.fate
    assert not holds_quantity(
        held, ["The city, home to almost half a million people, was put under lockdown."]
    )
    assert holds_quantity(held, ["Police detained 17 people suspected of collaborating with Russia."])
    assert quantity_name(held) == "a number of “people”"
    men = asked_quantity("How many men has the border service arrested trying to leave?")
    assert men is not None and holds_quantity(men, ["Border guards have detained 13,600 men trying to flee."])


def test_what_name_someone_gave_a_thing_asks_for_it_by_name() -> None:
    question = "What name did the new owners give to the former Renault company in Moscow?"
    assert asked_thing(question) == "company"
    assert not names_thing(
        "company", "The new owners will run the company under a new brand, the ministry said."
    )
    assert names_thing("company", "The company called Moskvich reopened the plant.")
    assert asked_thing("What name did the army give to the operation?") is None


def test_a_count_of_part_of_a_numbered_whole_is_not_that_whole() -> None:
    # blind34's to01: "a list of 339 children" numbers the whole, not how many have come back.
    returned = asked_quantity("How many of the 339 children on Ukraine's list has Russia returned so far?")
    assert returned is not None and returned.whole == "339" and "children" in returned.beside
    assert not holds_quantity(returned, ["Kyiv handed over a list of 339 children abducted by Russia."])
    assert holds_quantity(returned, ["So far 12 children from the list of 339 have been returned home."])
    # Lawmakers are MPs: "51 of the 76 lawmakers present".
    present = asked_quantity("How many of the 76 Slovak MPs present voted for the resolution?")
    assert present is not None and present.whole == "76"
    assert holds_quantity(present, ["It passed with the support of 51 of the 76 lawmakers present."])
    # blind40's tu11: deputies are members of parliament.
    deputies = asked_quantity("How many Rada deputies voted for the budget amendments?")
    assert deputies is not None
    assert holds_quantity(deputies, ["The amendments were supported by 309 members of parliament."])
    # blind41's tv58: those who voted are counted in a sentence on the vote, not among a bill's co-sponsors.
    senators = asked_quantity("how many senators voted yes when the senate passed graham's bill?")
    assert senators is not None
    assert not holds_quantity(senators, ["Graham's bill has gained over 80 co-sponsors in the Senate."])
    assert holds_quantity(senators, ["The bill passed with 80 senators voting in favor."])
    # Nor among those ready to vote: no vote was held.
    assert not holds_quantity(
        senators, ["At least 82 U.S. senators are prepared to vote for the bill, Graham said."]
    )
    # blind39's tt18: a passage not naming the whole counts some other children.
    assert not holds_quantity(
        returned, ["Eleven more children have been returned from occupied territories."]
    )
    # Without a numbered whole, 339 is an answer.
    listed = asked_quantity("How many children were named on the list?")
    assert listed is not None and not listed.whole
    assert holds_quantity(listed, ["Kyiv handed over a list of 339 children abducted by Russia."])


def test_a_count_of_those_brought_back_is_told_with_their_return() -> None:
    returned = asked_quantity("How many children has Russia returned to Ukraine?")
    assert returned is not None and returned.fate
    assert not holds_quantity(returned, ["Ukraine says over 19,500 children were forcibly deported."])
    assert holds_quantity(returned, ["Some 1,300 children have been brought back home so far."])
    assert quantity_name(returned) == "a number of “children”"


def test_kids_are_counted_as_children() -> None:
    # blind34's to22: "How many kids…" is answered by "a list of 339 children".
    kids = asked_quantity("How many kids were named on the list Ukraine gave Russia?")
    assert kids is not None
    assert holds_quantity(kids, ["Kyiv handed over a list of 339 children abducted by Russia."])


def test_a_name_in_initials_before_what_is_counted_counts_nothing_itself() -> None:
    # blind35's tp54: "U.S. senators" counts senators, not "U".
    senators = asked_quantity("How many U.S. senators are backing the Graham–Blumenthal sanctions bill?")
    assert senators is not None and senators.beside == ("senators",)
    assert holds_quantity(senators, ["At least 72 senators support the legislation."])
    batteries = asked_quantity("How many U.S.-made Patriot batteries did Germany send?")
    assert batteries is not None and batteries.beside == ("batteries",)


def test_a_vote_tally_asked_in_ukrainian_or_russian_is_a_count_of_votes() -> None:
    # blind35's tp02.
    tally = asked_quantity("Какой была итоговая расстановка голосов в Сенате США?", None, "ru")
    assert tally == AskedQuantity("count", ("votes",))
    assert holds_quantity(tally, ["The Senate voted 84 to 16 to pass the bill."])
    assert not holds_quantity(tally, ["At least 72 senators support the legislation."])
    assert asked_quantity("Скільки голосів отримав законопроєкт у Сенаті?", None, "uk") == tally


def test_an_approval_rating_is_a_percentage() -> None:
    # blind35's tp53.
    rating = asked_quantity("What was Zelensky's approval rating in Ukrainian opinion polls in June 2025?")
    assert rating is not None and rating.kind == "share"
    assert holds_quantity(rating, ["A KIIS poll found 74% of Ukrainians trust Zelensky."])
    assert not holds_quantity(rating, ["Zelensky said polls show Ukrainians back the talks."])
    assert asked_quantity("What was the trust rating of the army?").kind == "share"


def test_an_exact_count_is_not_told_by_a_bound_or_a_guess() -> None:
    # blind36's tq68: "more than 5,000 prisoners" is no exact count of those who came home on June 9.
    asked = asked_quantity("Exactly how many Ukrainian prisoners of war were returned on June 9, 2025?")
    assert asked is not None and asked.kind == "count" and asked.exact
    bound = "Since March 2022, Ukraine has brought home more than 5,000 prisoners through exchanges."
    assert not holds_quantity(asked, [bound])
    assert not holds_quantity(asked, ["Hundreds of prisoners came home on June 9."])
    assert holds_quantity(asked, ["Ukraine brought home 307 prisoners on June 9."])
    # Asked without "exactly", a bound will do; in Ukrainian, "скільки саме" asks exactly.
    loose = asked_quantity("How many Ukrainian prisoners of war were returned on June 9, 2025?")
    assert loose is not None and not loose.exact and holds_quantity(loose, [bound])
    cyrillic = asked_quantity(
        "Скільки саме українських полонених повернулися додому 9 червня?", language="uk"
    )
    assert cyrillic is not None and cyrillic.exact


def test_a_date_asked_in_russian_is_not_the_day_a_report_was_made() -> None:
    # blind36's tq20: "В какой именно день…" asks a date; "the Kremlin said on May 21" dates the report.
    asked = asked_quantity("В какой именно день Путин посетил Курскую АЭС в мае 2025 года?", language="ru")
    assert asked is not None and asked.kind == "date" and asked.reported
    assert not holds_quantity(asked, ["Putin visited Kursk Oblast, the Kremlin said on May 21."])
    assert holds_quantity(asked, ["Putin visited the Kursk nuclear plant on May 20."])
    said = asked_quantity("Какого числа Кремль сообщил о визите Путина в Курскую область?", language="ru")
    assert said is not None and not said.reported


def test_a_date_is_not_the_day_of_a_report_on_a_weekday_nor_the_invasion_s() -> None:
    # blind36's tq37: "said in an interview Tuesday" and "their Feb. 24 invasion" date other things.
    frequencies = {stem(w): 50 for w in ("energoatom", "restart", "reactor", "plant", "heat")}
    frequencies[stem("enerhodar")] = 5
    asked = asked_quantity("On what date did Energoatom restart a reactor to heat Enerhodar?", frequencies)
    assert asked is not None and asked.kind == "date" and asked.not_dating == DATED_EVENTS
    interview = "Grossi said in an interview Tuesday that the plant in Enerhodar is in peril."
    invasion = "Troops seized Enerhodar in early March, soon after their Feb. 24. invasion of Ukraine."
    assert not holds_quantity(asked, [interview])
    assert not holds_quantity(asked, [invasion])
    assert holds_quantity(asked, ["A reactor in Enerhodar was restarted on November 3 to heat the city."])
    # Asked of the invasion, its date is the answer.
    frequencies[stem("invasion")] = 50
    invaded = asked_quantity("On what date did the invasion reach Enerhodar?", frequencies)
    assert invaded is not None and "invasion" not in invaded.not_dating
    assert holds_quantity(invaded, [invasion])


def test_an_army_s_size_asked_without_how_many_is_a_count_of_troops() -> None:
    # blind37's tr66.
    asked = asked_quantity(
        "Under the draft treaty, what maximum troop strength was proposed for Ukraine's army?"
    )
    assert asked is not None and asked.kind == "count" and asked.label == "troops"
    assert not holds_quantity(asked, ["Putin said the agreements in Istanbul were almost initialled."])
    assert holds_quantity(asked, ["Russia wanted Ukraine's army capped at 85,000 troops."])


def test_a_margin_of_error_is_a_percentage_beside_its_words() -> None:
    # blind37's tr62: the poll's 64% is its finding, not its margin of error.
    asked = asked_quantity("What was the margin of error of the Levada poll that found 64% favored talks?")
    assert asked is not None and asked.kind == "share" and quantity_name(asked) == "a margin of error"
    assert not holds_quantity(asked, ["A Levada poll found 64% of Russians favor peace talks."])
    assert holds_quantity(asked, ["The poll's margin of error is 3.4%."])


def test_a_bridge_asked_for_by_name_is_named() -> None:
    # blind37's tr26.
    assert asked_thing("What was the name of the bridge in Russia's Kursk region that collapsed?") == "bridge"
    assert not names_thing("bridge", "Two bridges in Russia's Bryansk and Kursk regions collapsed overnight.")
    assert names_thing("bridge", "Russian troops blew up the Antonivskyi Bridge as they left Kherson.")


def test_blind38_s_tallies_sizes_dates_and_wholes() -> None:
    # ts03: a chamber's name before "vote tally".
    tally = asked_quantity("What was the final Senate vote tally on the Graham-Blumenthal sanctions bill?")
    assert tally is not None and tally.kind == "count" and tally.beside == VOTERS
    assert not holds_quantity(tally, ["The bill has 82 out of 100 U.S. senators backing it."])
    # ts13: a count of troops lost is no army's size.
    size = asked_quantity(
        "What maximum troop strength for Ukraine's armed forces did the memorandum specify?"
    )
    assert size is not None and not holds_quantity(size, ["Russia has lost 989,700 troops in Ukraine."])
    # ts49: "what calendar date" asks a date.
    calendar = asked_quantity("On what calendar date does Trump's deadline for new sanctions fall?")
    assert calendar is not None and calendar.kind == "date"
    # ts48: the list's 339 children is the whole the count is part of.
    part = asked_quantity(
        "Скільки дітей із переданого Україною списку з 339 імен Росія погодилася повернути?", None, "uk"
    )
    assert part is not None and part.whole == "339"
    assert not holds_quantity(
        part, ["Medinsky presented a list submitted by Ukraine containing 339 children."]
    )


def test_a_place_s_population_is_a_number_of_people_in_a_passage_naming_it() -> None:
    # blind38's ts25: a passage naming Tokyo and "60 million people had died" gives no population.
    asked = asked_quantity("What is the population of Tokyo?")
    assert asked is not None and asked.kind == "count" and asked.within == ("Tokyo",)
    assert quantity_name(asked) == "a number of “people living there”"
    war = "Tokyo was bombed in a war in which about 60 million people had died."
    assert not holds_quantity(asked, [war])
    assert holds_quantity(asked, ["Tokyo, a city of 14 million people, hosted the talks."])
    # The place named elsewhere in the passage: "out of a prewar population of about 100,000".
    city = asked_quantity("What was the prewar population of Sievierodonetsk?")
    mayor = "Sievierodonetsk is under fire. About 13,000 people remained out of a prewar population of about 100,000."
    assert city is not None and holds_quantity(city, [mayor])


def test_what_something_ended_up_selling_for_is_a_sum() -> None:
    # blind39's tt13 and a probe of after_rules38: "selling for" asks a sale price.
    corn = asked_quantity("How much did the Razoni's corn end up selling for in Syria?", {"razoni": 3})
    assert corn is not None and corn.kind == "money" and corn.beside == ("Razoni",)  # no possessive
    restaurants = asked_quantity(
        "how much did mcdonald's end up selling its russian restaurants to govor for?"
    )
    assert restaurants is not None and restaurants.kind == "money"


def test_when_exactly_asks_for_a_day_and_a_days_interview_gives_none() -> None:
    # blind43's tx35: "When exactly is Moldova's election?" asks for a date beside "Moldova".
    frequencies = {stem(w): n for w, n in (("Moldova", 30), ("parliamentary", 200), ("election", 900))}
    asked = asked_quantity("When exactly is Moldova's parliamentary election?", frequencies)
    assert asked is not None and asked.kind == "date"
    interview = (
        "Moldova's prime minister told the Financial Times in an interview published June 4 of a plot."
    )
    assert not holds_quantity(asked, [interview])
    assert holds_quantity(asked, ["Moldova's parliamentary election will be held on Sept. 28."])
    assert asked_quantity("Коли саме Фінляндія доставить Україні боєприпаси?", None, "uk").kind == "date"
    # "exactly" is no word a date must stand beside.
    invasion = asked_quantity(
        "When exactly did Russia launch its full-scale invasion?", {stem("invasion"): 400}
    )
    assert "exactly" not in invasion.beside
    assert (
        asked_thing("Как назывался северокорейский эсминец, который повредили при спуске?", "ru")
        == "destroyer"
    )


def test_blind44_s_counts_ages_and_sums() -> None:
    # "Foreign citizens" count foreigners: "foreign" has no verb's ending, so it is no doer's verb.
    foreigners = asked_quantity("How many foreigners had come to fight for Ukraine as of mid-June 2022?")
    arrived = "As of June 17, 6,956 foreign citizens from 64 countries have arrived in Ukraine to fight."
    assert foreigners is not None and holds_quantity(foreigners, [arrived])
    launchers = AskedQuantity("count", ("launchers",))
    assert not holds_quantity(launchers, ["Russia launched 103 drones overnight."])
    # A short noun in the singular: "a 130-day tenure" is a number of days.
    days = asked_quantity("how many days did musk spend as a special government employee")
    assert days is not None and holds_quantity(days, ["The later days of Musk's 130-day tenure were tense."])
    assert not holds_quantity(days, ["Musk spent his tenure at the department."])
    # "How many of the items…" counts items, brought back: the number of items stolen is none.
    items = asked_quantity(
        "how many of the items stolen from the kherson museums has russia given back so far"
    )
    assert items is not None and "items" in items.beside and "returned" in items.fate
    assert not holds_quantity(items, ["Russian troops looted nearly 33,000 items from the two museums."])
    assert holds_quantity(items, ["Russia has returned 12 items to the museum."])
    # The kids' ages, told of teenagers "aged between 14 and 16".
    kids = asked_quantity("how old were the kids detained in stavropol over the supposed police attack plot")
    assert kids is not None and holds_quantity(
        kids, ["They recruited seven teenagers aged between 14 and 16."]
    )
    # A sum asked in a currency, or as an estimated damage: "a major fire" is no answer.
    for question in (
        "what was the estimated damage in rubles from the shelling of the galaktika mall in donetsk",
        "How much is the yacht worth in dollars?",
        "What were the economic losses from the blockade?",
        "whats the estimated damage in dollars from the june 3 underwater blast on the crimean bridge?",
    ):
        asked = asked_quantity(question)
        assert asked is not None and asked.kind == "money", question
    assert asked_quantity("What was the damage to the bridge?") is None
    weight = asked_quantity("How much does the shell weigh in pounds?")
    assert weight is not None and weight.kind == "weight"


def test_blind45_s_dates_a_transfer_and_a_confirmation() -> None:
    # The day of the talks is no day of the bodies' transfer, in Ukrainian as in English.
    transfer = asked_quantity(
        "якого числа росія передала україні тіла 6000 загиблих військових", language="uk"
    )
    pledged = "After the June 2 talks, Russia also pledged to transfer 6,000 bodies of fallen soldiers."
    assert transfer is not None and not holds_quantity(transfer, [pledged])
    assert holds_quantity(transfer, ["Russia handed over the bodies on June 11."])
    talks = asked_quantity("якого числа відбулися переговори в Стамбулі", language="uk")
    assert talks is not None and holds_quantity(talks, [pledged])
    # A nominee's confirmation: the day of the nomination is none.
    frequencies = {"lynne": 3, "tracy": 3, "senate": 100, "ambass": 200, "russia": 5000, "confir": 300}
    confirmed = asked_quantity(
        "when did the us senate confirm lynne tracy as ambassador to russia?", frequencies
    )
    assert confirmed is not None and confirmed.kind == "date"
    assert not holds_quantity(confirmed, ["Lynne Tracy was nominated on September 22 as ambassador."])
    assert holds_quantity(confirmed, ["The Senate confirmed Lynne Tracy on December 21."])
    assert (
        asked_quantity("When did the Kremlin confirm the talks?", {"kremli": 100, "talks": 100}).kind
        == "when"
    )


def test_blind46_s_facility_and_flat() -> None:
    # A facility is a thing asked for by name; "damaging critical infrastructure" names none.
    assert (
        asked_thing("Which critical infrastructure facility in Zaporizhzhia did Russia hit on June 1?")
        == "facility"
    )
    # A flat's price in Ukrainian stands beside the flat: "a £50m London mansion" is another property.
    flat = asked_quantity("Скільки коштує квартира в Лондоні, яку обшукали офіцери NCA?", language="uk")
    assert flat is not None and flat.kind == "money" and "apartment" in flat.beside
    assert not holds_quantity(flat, ["Protesters got into a £50m London mansion linked to Oleg Deripaska."])
    assert holds_quantity(flat, ["The flat is worth an estimated £20m."])


def test_a_medical_facility_is_named_as_an_institute_and_a_mansion_by_its_name() -> None:
    assert names_thing(
        "facility", "He was taken to the Sklifosovsky Institute in Moscow.", lambda word: False
    )
    mansion = asked_quantity(
        "За сколько Алишер Усманов купил особняк Beechwood House в Лондоне?", language="ru"
    )
    assert mansion is not None and holds_quantity(
        mansion, ["Mr Usmanov bought Beechwood House for £48m in 2008."]
    )


def test_a_launch_counted_without_naming_what_is_told_by_a_number_after_the_verb() -> None:
    # blind47's ub64: "how many did they launch" names nothing launched.
    asked = asked_quantity(
        "Most recent big Russian drone and missile attack on Ukraine - how many did they launch?"
    )
    assert asked is not None and asked.label == "weapons launched"
    assert holds_quantity(asked, ["Russia launched 499 weapons during the overnight attack."])
    assert not holds_quantity(asked, ["Ukraine's Air Force said it intercepted a total of 479 drones."])
    assert not holds_quantity(asked, ["Russia launched another large-scale attack against Ukraine."])
    # A fire is no launch: "how many died in the fire" is a toll.
    assert asked_quantity("How many people died in the fire?").label != "weapons launched"


def test_a_vote_tally_named_without_what_is_a_count_of_votes() -> None:
    # blind47's ub29: a bill's "final senate vote tally", before any vote was held.
    tally = asked_quantity("Final senate vote tally on Lindsey Graham's Russia sanctions bill?")
    assert tally == AskedQuantity("count", VOTERS, told_with=VOTE_WORDS)
    assert not holds_quantity(tally, ["At least 82 U.S. senators are prepared to vote for the bill."])


def test_lawmakers_who_voted_asked_in_ukrainian_or_russian_are_counted_in_a_sentence_on_the_vote() -> None:
    # blind47's ub37, and blind9's r05, which the coverage answers.
    rada = asked_quantity(
        "скільки депутатів верховної ради проголосували за закон про покарання?", None, "uk"
    )
    assert rada is not None and rada.kind == "count" and "lawmakers" in rada.beside
    assert holds_quantity(rada, ["The bill was supported by 134 lawmakers on May 20."])
    assert not holds_quantity(rada, ["Some 51.55% of registered voters cast their ballots."])
    # 82 senators backing a bill are no vote of the Rada; asked of a senate, senators count.
    assert not holds_quantity(
        rada, ["The bill has broad support, with 82 out of 100 U.S. senators backing it."]
    )
    senate = asked_quantity("Сколько сенаторов проголосовали за законопроект?", None, "ru")
    assert holds_quantity(senate, ["The bill passed with 84 senators voting in favour."])
    # A share of voters asked is no count of them.
    share = asked_quantity("сколько процентов проголосовали за присоединение к россии?", None, "ru")
    assert share is not None and share.kind == "share"


def test_a_count_of_things_destroyed_is_told_by_a_sentence_on_their_loss() -> None:
    # blind47's ub06: "houses three types of strategic bombers" tells of no bombers destroyed.
    asked = asked_quantity(
        "How many strategic bombers were actually destroyed at Engels-2 in the June 6 strike?"
    )
    assert asked is not None and "destroyed" in asked.fate
    assert not holds_quantity(
        asked, ["The airfield houses three types of strategic bombers used in attacks."]
    )
    assert holds_quantity(asked, ["The strike destroyed four strategic bombers, the SBU said."])
    # blind4's tl10: a loss is told as lost.
    tanks = asked_quantity(
        "How many Russian tanks had Ukraine's General Staff counted as destroyed by June 9?"
    )
    assert holds_quantity(tanks, ["Russia has also lost 10,915 tanks, the General Staff said."])


def test_a_part_of_a_sum_is_a_sum_beside_what_the_part_is_for() -> None:
    # blind47's ub52: the package's 4 billion kroner is not the part set aside for the Czech initiative.
    asked = asked_quantity(
        "How much of Denmark's 26th aid package is set aside for the Czech ammunition initiative specifically?"
    )
    assert asked is not None and (asked.kind, asked.beside, asked.within) == (
        "money",
        ("initiative",),
        ("Czech",),
    )
    assert not holds_quantity(
        asked,
        [
            "Denmark has prepared its 26th aid package, worth 4 billion Danish kroner. The package includes "
            "shells via the Czech ammunition initiative."
        ],
    )
    assert not holds_quantity(asked, ["Czechia has increased its annual aid allocation to over $43 million."])
    assert holds_quantity(asked, ["Of the package, $100 million goes to the Czech ammunition initiative."])


def test_a_budget_asked_is_a_sum_of_money() -> None:
    # blind47's ub12.
    asked = asked_quantity("What's the projected budget for Russia's new ROSS orbital station?")
    assert asked is not None and asked.kind == "money"
    assert not holds_quantity(asked, ["Russia intends to focus on launching its own space station."])


def test_a_book_asked_by_its_title_must_be_named() -> None:
    # blind47's ub23: "her wartime chronicle of Odesa" gives no title.
    assert asked_thing("Whats the title of Maria Galina's book about Odesa?") == "book"
    assert asked_thing("What is the book about?") is None
    assert not names_thing("book", "Maria Galina declined the award for her wartime chronicle of Odesa.")
    assert names_thing("book", "Her book “Autumn Chronicles” won the prize.")


def test_a_cost_asked_with_the_verb_is_a_sum_told_as_a_cost() -> None:
    # blind47's ub48: a combined economy is no cost of an increase.
    asked = asked_quantity("How much would Rutte's 400% air defence increase cost NATO members in total?")
    assert asked is not None and asked.kind == "money"
    assert not holds_quantity(
        asked,
        ["Rutte said NATO's 32 countries have a combined economy of $50 trillion and high defense spending."],
    )
    # blind46's ua54 and blind4's tg06 are told with the verb.
    musk = asked_quantity(
        "How much did Musk say it would cost his rocket company to keep the internet going?"
    )
    assert holds_quantity(musk, ["Musk said it would cost SpaceX $400 million to run throughout 2023."])
    # A sum asked without the verb may be told any way.
    assert not asked_quantity("How much money did Denmark give?").told_with


def test_a_vote_count_may_be_told_as_lawmakers_supporting() -> None:
    # The after_rules42 probe on Slovakia's resolution.
    tally = asked_quantity("Final vote count on Slovakia's resolution against new Russia sanctions?")
    assert holds_quantity(tally, ["It passed with the support of 51 of the 76 lawmakers present."])
    assert not holds_quantity(tally, ["51 lawmakers attended the session on Slovakia's resolution."])


def test_a_title_may_open_with_a_plain_quotation_mark() -> None:
    # The after_rules42 probe on Sondland's book.
    assert names_thing("book", "The book, 'The Envoy: Mastering the Art of Diplomacy', came out in 2022.")


def test_a_total_cost_is_not_told_by_the_cost_of_each_or_by_a_sum_in_billions() -> None:
    # blind7's m29 and blind43's tx33, which a first version of the cost rule lost.
    frequencies = {stem(w): n for w, n in {"SmartPilot": 2, "Kerch": 40, "bridge": 300}.items()}
    develop = asked_quantity("How much did it cost to develop Ukraine's SmartPilot AI system?", frequencies)
    assert not holds_quantity(
        develop, ["SmartPilot launches small drones. Each operation costs around $10,000."]
    )
    assert holds_quantity(develop, ["SmartPilot cost $2 million to develop, Fedorov said."])
    repair = asked_quantity("How much did it cost Russia to repair the Kerch bridge?", frequencies)
    assert not holds_quantity(repair, ["The $4 billion Kerch bridge project was a political statement."])
    # Asked of one, the cost of each answers.
    one = asked_quantity("How much does each SmartPilot drone cost?", frequencies)
    assert holds_quantity(one, ["SmartPilot launches small drones. Each operation costs around $10,000."])


def test_pilots_asked_in_ukrainian_or_russian_are_counted_as_pilots() -> None:
    # blind48's uc41: "the remainder of the 24 F-16 fighter jets" gives no number of pilots.
    asked = asked_quantity("Скільки українських пілотів F-16 вже підготували Нідерланди?", None, "uk")
    assert asked is not None and asked.kind == "count" and "pilots" in asked.beside
    assert not holds_quantity(asked, ["The Netherlands will send the remainder of the 24 F-16 fighter jets."])
    assert holds_quantity(asked, ["The Netherlands has trained 12 Ukrainian pilots so far."])


def test_people_who_lived_somewhere_are_its_population() -> None:
    # blind49's ud69: "killed four people" in a story naming Loknia gives no population.
    asked = asked_quantity("how many people lived in Loknia before russia took it?")
    assert asked is not None and asked.within == ("Loknia",) and asked.label == "people living there"
    assert not holds_quantity(
        asked, ["Russia occupied Loknia. On June 3, Russian attacks killed four people."]
    )
    assert holds_quantity(asked, ["Loknia, home to some 500 people, lies near the border."])


def test_a_cost_asked_as_costing_is_a_sum_told_as_a_cost() -> None:
    # blind49's ud15.
    asked = asked_quantity("How much is the Akkuyu nuclear power plant costing in total?")
    assert asked is not None and asked.kind == "money" and "cost" in asked.told_with
    assert not holds_quantity(asked, ["Russia and Turkey set a $100 billion trade target, Novak said."])
    assert holds_quantity(asked, ["The Akkuyu plant is expected to cost $20 billion."])


def test_a_weapon_named_in_a_count_is_named_beside_it() -> None:
    # blind50's ue13: Russian cruise missiles over Odesa, and Harpoon missile systems, are no Harpoons.
    asked = asked_quantity("сколько ракет Harpoon уничтожили на складе в одесском порту", language="ru")
    assert asked is not None and asked.model == "Harpoon"
    assert not holds_quantity(asked, ["Two of the missiles were intercepted over Odessa."])
    assert not holds_quantity(asked, ["Russia claimed it destroyed two Harpoon missile systems near Liman."])
    assert holds_quantity(asked, ["The strike destroyed four Harpoon missiles at the port."])
    english = asked_quantity("How many Harpoon missiles were destroyed in Odesa?")
    assert english is not None and english.model == "Harpoon"
    assert asked_quantity("How many HIMARS did the US send?").model == ""  # counted by its own name


def test_a_sum_paid_for_something_in_russian_stands_beside_it() -> None:
    # blind50's ue43: MOL's donation to Ukraine is no payment for transit.
    question = "Сколько MOL и Slovnaft заплатили за транзит российской нефти через Украину?"
    asked = asked_quantity(question, language="ru")
    assert asked is not None and asked.kind == "money" and asked.beside == ("transit",)
    assert not holds_quantity(
        asked, ["Hungarian oil and gas company MOL has transferred €300,000 to Ukraine."]
    )
    assert holds_quantity(asked, ["MOL paid €1.2 million in transit fees for the oil."])


def test_how_long_a_line_or_a_bridge_is_asks_for_a_distance() -> None:
    # blind50's ue19.
    lines = asked_quantity(
        "How long are the new transmission lines Moscow has put up along the Azov shoreline?"
    )
    assert lines is not None and lines.kind == "distance"
    assert holds_quantity(lines, ["Russia has built over 80 kilometers (49 miles) of high-voltage lines."])
    assert asked_quantity("How long is the Easter truce?").kind == "duration"


def test_a_post_asked_in_russian_is_no_share() -> None:
    # blind50's ue45: "Какую должность…" begins as "какую долю".
    assert asked_quantity("Какую должность занимает Алина Кабаева?", language="ru") is None
    assert asked_quantity("Какую долю рынка занимает Газпром?", language="ru").kind == "share"


def test_how_many_times_is_told_by_an_ordinal_visit() -> None:
    # blind50's ue67.
    times = asked_quantity("how many times has putin been to iran")
    assert times is not None and times.kind == "count"
    assert holds_quantity(times, ["Russian President Vladimir Putin is visiting Iran for a fifth time."])
    assert holds_quantity(times, ["In his fifth visit to Tehran, Putin met Khamenei."])
    assert not holds_quantity(times, ["Putin met Raisi for the fifth round of talks."])


def test_a_compound_before_the_thing_counted_only_says_what_sort_it_is() -> None:
    # blind51's uf26: "800 anti-tank missiles" is no number of Stormer anti-aircraft vehicles.
    asked = asked_quantity("exactly how many stormer anti-aircraft vehicles did the UK send ukraine")
    assert asked is not None and asked.beside == ("stormer", "vehicles")
    assert not holds_quantity(
        asked, ["The UK will send Starstreak anti-aircraft missiles and 800 anti-tank missiles."]
    )
    assert asked_quantity("How many Tu-160 bombers were hit?").model == "Tu-160"


def test_a_load_carried_is_told_in_tonnes_or_barrels() -> None:
    # blind51's uf24.
    asked = asked_quantity("how much shale oil was the green admire carrying when russia detained it")
    assert asked is not None and asked.kind == "cargo"
    assert holds_quantity(asked, ["The tanker was carrying 40,000 tonnes of shale oil."])
    assert not holds_quantity(asked, ["The Green Admire, a Liberian-flagged vessel, was detained on May 18."])


def test_an_air_defence_system_asked_by_which_is_one_named() -> None:
    # blind51's uf11.
    question = "Which air defense system brought down the Russian Su-35 over Kursk Oblast on June 7?"
    assert asked_thing(question) == "system"
    assert not names_thing("system", "Ukraine shot down a Russian Su-35 fighter jet in Kursk Oblast.")
    assert names_thing("system", "The jet was downed by a Patriot system, the Air Force said.")


def test_an_alliance_before_a_noun_names_no_thing() -> None:
    # blind51's uf70: "close encounters with NATO ships" names no tanker.
    assert not names_thing("tanker", "The report cited close encounters with NATO ships and aircraft.")
    assert names_thing("tanker", "The Estonian Navy tried to stop the Jaguar, a tanker of the shadow fleet.")


def test_a_car_company_is_named_as_a_carmaker() -> None:
    # blind51's uf27 and uf17: a carmaker answers "which car company", not "which defense company".
    assert (
        asked_thing("any news on which french car company is going to build drones in ukraine?") == "carmaker"
    )
    assert names_thing("carmaker", "French automaker Renault will begin manufacturing drones in Ukraine.")
    defence = "whats the name of the small french defense company teaming up with renault on the drones"
    assert asked_thing(defence) == "company"
    assert not names_thing("company", "Renault sold its stake in carmaker Avtovaz to a research institute.")


def test_a_model_named_with_digits_before_its_hyphen_and_a_multiple_count_nothing() -> None:
    # blind58 um58: "the B83-1 gravity bomb - 80 to 100 times more powerful" gives no number of bombs.
    asked = asked_quantity("How many B83-1 gravity bombs are still in the US arsenal?")
    assert asked is not None and asked.model == "B83-1"
    retiring = (
        "The Pentagon confirmed it was retiring the B83-1 gravity bomb - 80 to 100 times more powerful."
    )
    assert not holds_quantity(asked, [retiring])
    assert holds_quantity(asked, ["The US still keeps about 650 B83-1 gravity bombs in storage."])
    assert not counts(["bombs"], "a bomb 80 times more powerful than the one dropped")
    assert counts(["times"], "he has visited 5 times")


def test_tonnage_citizenship_and_a_place_s_vote_are_asked_as_such() -> None:
    # blind58 um07: a tonnage wants tonnes, in a passage naming what is weighed.
    frequencies = {"honey": 3, "sugar": 9, "quota": 20, "yearly": 50}
    asked = asked_quantity(
        "what are the yearly tonnage limits for ukrainian sugar and honey",
        frequencies,
        "en",
        {"honey", "sugar"},
    )
    assert asked is not None and asked.kind == "count" and asked.within == ("honey",)
    assert not holds_quantity(asked, ["The EU restored quotas on Ukrainian honey and sugar on June 6."])
    assert not holds_quantity(asked, ["More than three million tons of grain left Ukrainian ports."])
    assert holds_quantity(asked, ["The honey quota is set at 6,000 tonnes a year."])
    # blind58 um06: people counted by their citizenship, not as "100,000 ethnic Romanians".
    asked = asked_quantity(
        "roughly how many people in chernivtsi oblast hold both ukrainian and romanian citizenship"
    )
    assert asked is not None
    assert not holds_quantity(asked, ["It hosts an estimated more than 100,000 ethnic Romanians."])
    assert holds_quantity(asked, ["Some 40,000 people there hold Romanian citizenship."])
    # blind58 um36: the share of the vote cast in one place, not the country-wide result.
    frequencies = {"romania": 30, "simion": 8, "ukrain": 900}
    asked = asked_quantity(
        "how did the romanians who voted in ukraine split between nicusor dan and george simion",
        frequencies,
        "en",
        set(frequencies),
    )
    assert asked is not None and asked.kind == "share"
    assert not holds_quantity(asked, ["Dan defeated the anti-Ukraine George Simion with 53.6% of the votes."])
    assert holds_quantity(asked, ["Of the Romanians who voted in Ukraine, 60% backed Dan."])


def test_settlements_count_communities_and_votes_count_ballots() -> None:
    # blind58 um01, um10.
    asked = asked_quantity("how many communities in the sumy region are under compulsory evacuation orders")
    assert asked is not None
    assert holds_quantity(
        asked, ["That brings the number of evacuated settlements to 213 settlements in Sumy Oblast."]
    )
    asked = asked_quantity("how many ballots were cast inside ukraine in the romanian presidential race")
    assert asked is not None
    assert holds_quantity(asked, ["He was one of only 431 people who cast votes for a Romanian election."])


def test_a_date_need_not_stand_beside_a_word_of_manner() -> None:
    # blind58 um60: "its formal request to join NATO" is told as "Ukraine applied for NATO membership in…".
    frequencies = {"formal": 40, "nato": 900, "request": 300, "join": 800, "ukrain": 5000}
    asked = asked_quantity(
        "When did Ukraine put in its formal request to join NATO?",
        frequencies,
        "en",
        {"formal", "nato", "ukrain"},
    )
    assert asked is not None and asked.beside == ("NATO",)


def test_a_price_per_piece_a_decade_a_detection_range_and_a_crowd_are_asked_as_such() -> None:
    # blind59 un08: "what price per piece…" is answered by "$193,000 to $290,000 per unit".
    frequencies = {"tehran": 30, "shahed": 50, "price": 300, "piece": 40}
    asked = asked_quantity(
        "what price per piece did moscow agree to pay tehran for shahed drones",
        frequencies,
        "en",
        set(frequencies),
    )
    assert asked is not None and asked.kind == "money"
    assert holds_quantity(asked, ["Russia agreed to pay in the range of $193,000 to $290,000 per unit."])
    assert not holds_quantity(asked, ["Iran earned $1.75 billion from the deal with Moscow."])
    # blind59 un41: "first developed in the 1970s" tells when.
    frequencies = {"b83": 2, "gravit": 5, "bomb": 300, "develo": 900}
    asked = asked_quantity(
        "When was the B83-1 gravity bomb first developed?", frequencies, "en", set(frequencies)
    )
    assert asked is not None and asked.kind == "when"
    assert holds_quantity(asked, ["The B83-1 gravity bomb was first developed in the 1970s."])
    # blind59 un01: a radar's detection range wants a distance.
    asked = asked_quantity("whats the detection range of the neva radar the SBU destroyed")
    assert asked is not None and asked.kind == "distance"
    assert not holds_quantity(asked, ["The SBU destroyed a Neva radar on a gas platform."])
    # blind59 un58: an attendance wants a number of spectators, not the score.
    asked = asked_quantity("what was the attendance at benfica v dynamo kyiv in lisbon in august 2022")
    assert asked is not None and asked.kind == "count"
    assert not holds_quantity(asked, ["Benfica won 3-0 in the second leg in Lisbon."])
    assert holds_quantity(asked, ["The game was played in front of 55,000 fans."])


def test_a_sum_asked_in_cyrillic_stands_beside_the_name_written_in_latin_letters() -> None:
    # blind59 un37: "the £240m Motor Yacht A" is no value of the Amadea.
    asked = asked_quantity("Во сколько оценивается яхта Amadea, которую арестовали на Фиджи?", None, "ru")
    assert asked is not None and asked.kind == "money" and asked.beside == ("Amadea",)
    assert not holds_quantity(
        asked, ["Melnichenko's other superyacht, the £240m Motor Yacht A, has disappeared."]
    )
    assert holds_quantity(asked, ["The Amadea, valued at $325m, was seized in Fiji."])


def test_a_song_is_asked_by_its_title() -> None:
    # blind59 un24.
    question = (
        "what was the name of the pro ukrainian song the tatar wedding guests were arrested for dancing to"
    )
    assert asked_thing(question) == "song"
    assert names_thing("song", 'Guests danced to the song "Chervona Kalyna" at the wedding.')
    assert not names_thing("song", "Guests were detained after dancing to a Ukrainian song at a wedding.")


def test_a_weapon_counted_in_lower_case_by_the_month_and_not_by_a_measure() -> None:
    # blind60 uo37: neither "the 300km-range (186 miles) Neptune missiles" nor "two Neptune missiles had struck
    # the vessel" tells how many are made a month.
    asked = asked_quantity("how many neptune missiles per month is ukraine producing now")
    assert asked is not None and asked.model.lower() == "neptune" and asked.beside == ("missiles",)
    assert not holds_quantity(
        asked, ["The navy received its first 300km-range (186 miles) Neptune missiles."]
    )
    assert not holds_quantity(asked, ["Two Ukrainian Neptune missiles had struck the vessel."])
    assert holds_quantity(asked, ["Ukraine now makes about 20 Neptune missiles a month."])
    assert not counts(["missiles"], "the 300km-range (186 miles) missiles")


def test_a_count_wanted_as_a_number_and_not_of_an_adjective() -> None:
    # blind60 uo69: "the actual number, not %" is not told by a share.
    asked = asked_quantity(
        "How many votes in total (the actual number, not %) did George Simion get in the runoff?"
    )
    assert asked is not None and asked.absolute
    assert not holds_quantity(asked, ["Dan won with 53.6% of the votes, while Simion earned 46.4%."])
    # blind60 uo30: "two major nuclear armed competitors" counts no warheads.
    asked = asked_quantity("how many nuclear warheads does china have according to the pentagon")
    assert asked is not None and asked.beside == ("warheads",)
    assert not holds_quantity(asked, ["We will have to deter two major nuclear armed competitors."])
    # blind60 uo12: the city itself, not the country its name stands for.
    asked = asked_quantity("how many reservists did moscow city itself send in the partial mobilisation")
    assert asked is not None
    assert not holds_quantity(asked, ["Russia will call on 300,000 reservists, Shoigu said."])
    assert holds_quantity(asked, ["Moscow sent 40,000 reservists to the front, the mayor said."])


def test_civilians_are_told_as_people_and_delegates_as_representatives() -> None:
    # blind60 uo07, uo16.
    asked = asked_quantity("How many civilians did Moscow's appointed head in Kherson plan to relocate?")
    assert asked is not None and holds_quantity(asked, ["He said up to 60,000 people will be moved."])
    asked = asked_quantity("How many delegates at the Melitopol forum backed holding the referendum")
    assert asked is not None
    assert holds_quantity(asked, ["Over 700 representatives from various parts of the region took part."])


def test_a_model_s_price_and_a_country_s_demand() -> None:
    # blind60 uo60: "The aircraft carry an estimated price tag of around $350 million", in a story on the A-50.
    frequencies = {"airbor": 20, "radar": 60, "jets": 80}
    asked = asked_quantity(
        "how much does one of russia's A-50 airborne radar jets cost, roughly?",
        frequencies,
        "en",
        set(frequencies),
    )
    assert asked is not None and asked.kind == "money" and asked.model == "A-50"
    price = "The aircraft carry an estimated price tag of around $350 million."
    assert holds_quantity(asked, [f"Russia lost an A-50 over the Sea of Azov. {price}"])
    assert not holds_quantity(asked, [f"Russia lost a Tu-22 bomber. {price}"])
    # blind60 uo38: Lithuania's demand of Belarus is not Poland's.
    asked = asked_quantity("How much compensation is Poland demanding from Belarus over the migrant crisis")
    assert asked is not None and asked.by == ("Poland", "polish")
    assert not holds_quantity(
        asked, ["Lithuania has demanded 200 million euros in compensation from Belarus."]
    )
    assert holds_quantity(asked, ["Poland wants 1 billion euros in compensation from Minsk."])


def test_a_sum_spent_and_a_hearing_s_date_asked_in_ukrainian() -> None:
    # blind60 uo06: "$7 billion in damage" is no sum Ukraine spent on Operation Spiderweb.
    asked = asked_quantity("скільки грошей україна витратила на операцію павутина", language="uk")
    assert asked is not None and asked.beside == ("spiderweb",)
    assert not holds_quantity(asked, ["Operation Spiderweb caused an estimated $7 billion in damage."])
    assert holds_quantity(asked, ["Operation Spiderweb cost Ukraine less than $100,000 to prepare."])
    # blind60 uo41: the day the case was filed is no hearing's.
    asked = asked_quantity(
        "Коли Міжнародний суд ООН проведе перші слухання у справі Литви проти Білорусі?", language="uk"
    )
    assert asked is not None and asked.kind == "date"
    assert not holds_quantity(
        asked, ["Lithuania instituted proceedings against Belarus at the ICJ on May 19."]
    )
    assert holds_quantity(asked, ["The court will hold public hearings on June 12."])


def test_a_size_after_a_cut_a_wedding_s_date_and_a_date_asked_in_ukrainian() -> None:
    # blind61 up51: the drill's planned 13,000 troops are no size after the cut.
    asked = asked_quantity("До какой численности Беларусь сократит учения «Запад-2025»?", language="ru")
    assert asked is not None and asked.kind == "count"
    assert not holds_quantity(asked, ["The Zapad-2025 drills were to involve 13,000 soldiers."])
    assert holds_quantity(asked, ["The drills will be reduced to 7,000 troops."])
    # blind61 up33: the day he took office is no wedding's.
    frequencies = {"darren": 9, "beattie": 3, "kirill": 2}
    asked = asked_quantity(
        "when did darren beattie marry yulia kirillova", frequencies, "en", set(frequencies)
    )
    assert asked is not None and asked.kind == "when"
    assert not holds_quantity(
        asked, ["His wife, Yulia Kirillova, is the niece of an official who helped Putin in 2000."]
    )
    assert holds_quantity(asked, ["Beattie married Kirillova in 2016."])
    # blind61 up62.
    asked = asked_quantity("Яка точна дата початку навчань Захід-2025?", language="uk")
    assert asked is not None and asked.kind == "date"


def test_a_number_across_a_verb_counts_its_object_and_a_sum_asked_in_ukrainian_is_of_a_thing_named() -> None:
    # blind61 up50: "drones hidden inside trucks has hit 41 bombers" gives no number of trucks.
    assert not counts(["trucks"], "drones hidden inside trucks has hit 41 Russian heavy bombers")
    assert counts(["Poles"], "the missile that killed two Poles", words_after=True)
    # blind61 up22: "$7 billion in damage" is no sum for those who threw stones at drones.
    asked = asked_quantity(
        "Скільки грошей отримають жителі Іркутської області, які кидали каміння в дрони?", language="uk"
    )
    assert asked is not None and asked.beside == ("drones",)
    assert not holds_quantity(asked, ["The strike caused $7 billion in damage."])
    # blind58 um16: or beside a country it names, not a person ("Зеленський виділив…", blind49's ud51).
    asked = asked_quantity(
        "скільки грошей Німеччина пообіцяла Україні після зустрічі Мерца із Зеленським", language="uk"
    )
    assert asked is not None and "german" in asked.beside and "zelens" not in asked.beside
    assert holds_quantity(
        asked, ["Germany announced a military aid package for Ukraine worth 5 billion euros."]
    )


def test_a_margin_of_error_in_ukrainian_a_date_done_and_respondents_from_a_place() -> None:
    # blind62 uq12.
    asked = asked_quantity(
        "яка похибка вибірки в опитуванні левада-центру про мирні переговори", language="uk"
    )
    assert asked is not None and asked.kind == "share" and asked.label == "a margin of error"
    assert not holds_quantity(asked, ["Some 64% of Russians back peace talks, the Levada Center found."])
    # blind62 uq52: a date told with the verb done, not the day a handover was agreed.
    asked = asked_quantity(
        "On what date was the handover of the 6,000 bodies of Ukrainian soldiers actually completed?"
    )
    assert asked is not None and asked.done == ("completed",)
    # blind62 uq56: respondents counted by where they are from.
    asked = asked_quantity("How many of the Levada Center poll respondents were from Moscow?")
    assert asked is not None and asked.beside == ("respondents",) and asked.told_with == ("Moscow",)
    assert not holds_quantity(asked, ["The Levada Center surveyed 1,600 respondents across Russia."])
    assert holds_quantity(asked, ["Of them, 210 respondents were from Moscow."])


def test_staff_a_population_in_ukrainian_people_set_apart_a_release_s_day_and_a_sum_counting_nothing() -> (
    None
):
    # blind65 ut10: a plant's staff, not the people hurt there.
    asked = asked_quantity("How many people work at the Energia battery plant in Yelets?")
    assert asked is not None and asked.label == "employees"
    assert not holds_quantity(asked, ["Drone debris fell on a building in Yelets, injuring eight people."])
    assert holds_quantity(asked, ["The Energia plant employs 2,000 people in Yelets."])
    # blind65 ut61: a population asked in Ukrainian, in a passage naming the village.
    asked = asked_quantity("Скільки людей жило в селі Локня до повномасштабного вторгнення?", language="uk")
    assert asked is not None and asked.within == ("lokn",)
    assert not holds_quantity(asked, ["In Sumy, 4,000 people were evacuated on June 3."])
    assert holds_quantity(asked, ["Loknia, a village of 300 residents, was occupied."])
    # blind64 us28: patients set apart by a noun are told with it.
    asked = asked_quantity("How many cancer patients in occupied areas are cut off from medicines?")
    assert asked is not None and asked.told_with == ("cancer",)
    assert not holds_quantity(asked, ["“I had 35 patients today,” the doctor said."])
    assert holds_quantity(asked, ["Some 20,000 cancer patients are cut off from their medicines."])
    assert asked_quantity("How many wounded soldiers were returned?").told_with == ()  # an adjective's word
    # blind64 us35: the day of a release, not of the detention.
    asked = asked_quantity("When was British aid worker Dylan Healy released by the DPR?")
    assert asked is not None and "released" in asked.done
    assert not holds_quantity(asked, ["Paul Urey and Dylan Healy were detained at a checkpoint on Monday."])
    # blind64 us36: "what did … cost" asks a cost, which damage done is not.
    asked = asked_quantity("what did operation spiderweb cost ukraine to carry out in dollars")
    assert asked is not None and "damage" in asked.unlike
    # blind65 ut33: "whats the annual budget" asks a sum.
    assert asked_quantity("whats the annual budget of rossotrudnichestvo").kind == "money"
    # blind64 us43: a sum of money counts nothing ("$4,800 for medical graduates").
    assert not counts(("medics",), "a payment of Hr 200,000 ($4,800) for medical school graduates")
    assert counts(("medics",), "The ministry sent 4,800 medics to the front.")


def test_the_youngest_s_age_a_score_a_cost_asked_with_it_and_things_counted_in_cyrillic() -> None:
    # blind66 uu06: the youngest child's age, not the mother's.
    asked = asked_quantity("how old is the youngest of lilia onopa's six children who got a home in chepstow")
    assert asked is not None and asked.beside == ("youngest",) and asked.within == ("onopa",)
    assert not holds_quantity(asked, ["Lilia Onopa, 43, and her children were welcomed in Chepstow."])
    assert holds_quantity(asked, ["Lilia Onopa's youngest is only 3 years old."])
    # blind66 uu15: a score.
    asked = asked_quantity("What was the final score of Ukraine vs Wales in the 2022 World Cup playoff?")
    assert asked is not None and asked.kind == "score"
    assert not holds_quantity(asked, ["Ukraine face Wales for a place in the World Cup."])
    assert holds_quantity(asked, ["Wales beat Ukraine 1-0 in Cardiff."])
    # blind66 uu33: "what will it cost" asks a sum.
    asked = asked_quantity("what will it cost to repair kherson's regional administration building?")
    assert asked is not None and asked.kind == "money"
    # blind66 uu36: a damage asked in roubles is a sum.
    asked = asked_quantity("Какой ущерб в рублях нанёс пожар на Ярославском моторном заводе?", language="ru")
    assert asked is not None and asked.kind == "money"
    # blind66 uu07 and uu43: passengers and parishioners counted.
    asked = asked_quantity("Скільки пасажирів їхало в автобусі №55?", language="uk")
    assert asked is not None and asked.beside == ("passengers",)
    asked = asked_quantity("Скільки парафіян церкви залишилося в Мелітополі?", language="uk")
    assert asked is not None and "parishioners" in asked.beside
    # blind67 uv25: a population asked by the noun.
    asked = asked_quantity("яке населення села Локня на Сумщині", language="uk")
    assert asked is not None and asked.within == ("lokn",)
    # blind67 uv58: "took 18 months to plan" is no length of a call.
    assert not lasts(("call",), "The operation took 18 months to plan.", by_name=True)
    assert lasts(("call",), "The call took two hours.", by_name=True)


def test_uavs_trips_and_cases_are_counted_by_other_words() -> None:
    # blind67 uv27, uv50 and uv09.
    asked = asked_quantity("How many UAVs did the army say the 3rd Assault Brigade got?")
    assert asked is not None and holds_quantity(asked, ["It got a total of 7,992 unmanned aerial vehicles."])
    asked = asked_quantity("how many trips to ukraine had the polish head of state made")
    assert asked is not None and holds_quantity(asked, ["It's the third time Duda has travelled to Ukraine."])
    asked = asked_quantity(
        "Скільки випадків розстрілу полонених українців задокументувало ГУР?", language="uk"
    )
    assert asked is not None and "cases" in asked.beside
    assert holds_quantity(asked, ["HUR has documented more than 150 cases of soldiers being executed."])


def test_figures_the_question_gives_a_tranche_a_cargo_and_things_priced_in_cyrillic() -> None:
    # blind69 ux06: the question's own "200,000 hryvnia" is no budget, and a currency names nothing priced.
    asked = asked_quantity("what's the total budget ukraine set aside for the 200,000 hryvnia bonuses")
    assert asked is not None and asked.given == ("200,000",) and "hryvnia" not in asked.beside
    assert not holds_quantity(asked, ["It approved bonuses of Hr 200,000 for graduates."])
    assert holds_quantity(asked, ["It set aside $50 million for the bonuses."])
    assert asked_quantity("How many Tu-160 bombers were destroyed?").given == ()  # a model's number
    # blind68 uw57: a sum paid in turns, told with its ordinal.
    asked = asked_quantity("how much did the uk send ukraine in the second installment of the ERA loan")
    assert asked is not None and "second" in asked.told_with
    assert not holds_quantity(asked, ["London signed an agreement to use $3 billion of the ERA loan."])
    # blind69 ux52: a cargo asked by "what cargo", beside the ship's name.
    asked = asked_quantity("What cargo was the Barbados-flagged Fulmar S carrying into Chornomorsk?")
    assert asked is not None and asked.kind == "cargo"
    # blind68 uw31 and blind69 ux14: a villa paid for past the payer and a possessive; an engine.
    asked = asked_quantity("сколько заплатил портнов за свою виллу в испании", language="ru")
    assert asked is not None and "villa" in asked.beside
    asked = asked_quantity("Сколько стоит один реактивный двигатель для Шахеда?", language="ru")
    assert asked is not None and "engine" in asked.beside


def test_a_figure_the_question_gives_is_no_count_of_what_it_asks() -> None:
    # after_rules44's probe: "1,000 POWs from both sides" is the deal's figure the question gives, not the last phase's.
    asked = asked_quantity(
        "How many POWs did Ukraine bring home in the last phase of that 1,000 for 1,000 exchange"
    )
    assert asked is not None and asked.given == ("1,000",)
    assert not holds_quantity(asked, ["The exchange will see 1,000 POWs from both sides return home."])
    assert holds_quantity(asked, ["Ukraine brought home 303 POWs on May 25."])


def test_a_channel_by_name_chat_slang_and_interceptions_asked() -> None:
    # blind70 uy07: "which tv channel" asks one by name.
    assert asked_thing("which tv channel aired the putin documentary") == "channel"
    # blind71 uz25: "ppl" counts people.
    asked = asked_quantity("how many ppl died in the belgorod explosions in early july 2022")
    assert asked is not None and holds_quantity(asked, ["Three people have been killed, four injured."])
    # blind71 uz39: "how many of the ballistic missiles… were intercepted" counts interceptions.
    asked = asked_quantity("How many of the ballistic missiles fired at Kyiv on May 24 were intercepted?")
    assert asked is not None and not asked.unlike
    assert holds_quantity(
        asked, ["The Air Force said it intercepted six ballistic missiles targeting the capital."]
    )
    # blind71 uz32, blind70 uy31: "times" told as cases, rockets as missiles.
    asked = asked_quantity("How many times has Ukrainian military intelligence recorded executions?")
    assert asked is not None and holds_quantity(asked, ["HUR recorded more than 150 cases of executions."])
    asked = asked_quantity("How many rockets did Moscow fire at Ukraine?")
    assert asked is not None and holds_quantity(asked, ["Russia had launched 75 missiles at Ukraine."])


def test_how_big_a_budget_or_what_a_thing_cost_asks_for_a_sum() -> None:
    # blind73's vb32 and blind75's vd12.
    budget = asked_quantity("how big is the budget for the UK's new cyber command that healey announced")
    assert budget is not None and budget.kind == "money"
    cost = asked_quantity("what did the four extra HIMARS launchers the US promised in july 2022 cost")
    assert cost is not None and cost.kind == "money"
    assert not holds_quantity(budget, ["Healey announced a new cyber command to defend the armed forces."])
    assert holds_quantity(budget, ["Healey said the cyber command would get a budget of £1 billion."])
    # A size that is no sum.
    army = asked_quantity("how big is the russian army")
    assert army is None or army.kind != "money"


def test_a_deficit_a_tariff_rate_and_a_load_in_tonnes() -> None:
    # blind77's vf03: a deficit is a sum.
    deficit = asked_quantity("what budget deficit is russia projecting for 2026")
    assert deficit is not None and deficit.kind == "money"
    # blind76's ve24: a tariff's rate is told with the tariff, not by any share.
    tariff = asked_quantity("what tariff rate did the uk slap on russian platinum and palladium in may 2022")
    assert tariff is not None and tariff.kind == "share"
    assert not holds_quantity(
        tariff, ["More than 96% of goods imports from Russia will be hit by restrictions."]
    )
    assert holds_quantity(tariff, ["A 35% tariff will apply to platinum and palladium."])
    # blind77's vf62: pounds of damage are pounds sterling.
    damage = asked_quantity("How much damage in pounds did the fires at Keir Starmer's properties cause?")
    assert damage is not None and damage.kind == "money"
    # blind77's vf06: a mailing address is an address.
    address = asked_quantity(
        "What mailing address did Brittney Griner share for writing letters to Paul Whelan?"
    )
    assert address is not None and address.kind == "address"


def test_a_value_a_load_or_a_rate_asked_in_russian_or_ukrainian() -> None:
    # blind77's vf18: "во сколько … оценивали" asks a value, its verb a few words on; not a time of day.
    value = asked_quantity(
        "Во сколько украинские власти в апреле 2022 оценивали ущерб инфраструктуре от вторжения?", None, "ru"
    )
    assert value is not None and value.kind == "money"
    assert asked_quantity("Во сколько начались переговоры в Стамбуле?", None, "ru").kind == "time"
    # blind77's vf60: tonnes are a load.
    load = asked_quantity("сколько тонн агропродукции вышло из украинских портов 31 октября", None, "ru")
    assert load is not None and load.kind == "cargo"
    assert holds_quantity(
        load, ["A record volume of 354,500 tonnes of agricultural products left the ports."]
    )
    # blind77's vf10: a count a month is told with its period.
    rate = asked_quantity("Скільки дронів на місяць вироблятиме Renault в Україні?", None, "uk")
    assert rate is not None and rate.told_with == ("month", "monthly")
    assert not holds_quantity(rate, ["Ukrainian producers can make over 5 million FPV drones annually."])
    assert holds_quantity(rate, ["The lines will make 1,000 drones a month."])


def test_an_ordinal_counts_nothing() -> None:
    # blind77's vf13: "the 80th brigade" gives no number of troops.
    troops = asked_quantity("how many russian troops are massing near the kharkiv border")
    assert troops is not None and troops.kind == "count"
    assert not holds_quantity(troops, ["Illia, a serviceman from the 80th brigade, said he was not sure."])
    assert holds_quantity(troops, ["Zelensky claimed 50,000 Russian troops were amassed."])


def test_a_sum_asked_for_a_trial_s_date_and_a_term_got_in_the_end() -> None:
    # blind78's vg53: what someone asked for is told with "requested", in a story naming the question's rarest word.
    counts = {"colora": 5, "nsa": 20, "guy": 30, "suppos": 200, "russia": 3000, "money": 400}
    asked = asked_quantity(
        "how much money did the NSA guy from colorado ask the supposed russians for",
        counts,
        "en",
        set(counts),
    )
    assert asked is not None and asked.kind == "money" and "requested" in asked.beside
    # blind79's vh46: "the value of" someone's assets is a sum; a currency's is not.
    assert asked_quantity("what is the value of patriarch kirill's assets frozen by the uk").kind == "money"
    assert asked_quantity("what is the value of the ruble now") is None
    # blind78's vg19: a part "earmarked specifically for…" is the part's.
    part = asked_quantity(
        "How much of Denmark's 26th aid package is earmarked specifically for fighter jet equipment?"
    )
    assert part is not None and part.beside == ("equipment",)
    # blind78's vg63: a trial's date is told beside the trial.
    trial = asked_quantity(
        "What date is Jareh Dalke's trial scheduled to start?",
        {"dalke": 1, "trial": 50},
        "en",
        {"dalke", "trial"},
    )
    assert trial is not None and trial.kind == "date" and trial.beside == ("trial", "trials")
    # blind78's vg34: "Какой срок в итоге получил…" asks a prison sentence.
    term = asked_quantity(
        "Какой срок в итоге получил Джарех Далке за попытку продать секреты России?", None, "ru"
    )
    assert term is not None and term.kind == "sentence"


def test_goals_scored_are_told_as_a_result() -> None:
    # A quantities probe: "Benfica won 3-0"; "the 90th minute" counts no goals.
    goals = asked_quantity("How many goals did Dynamo Kyiv score against Benfica?")
    assert goals is not None and goals.kind == "score"
    assert holds_quantity(goals, ["Benfica won 3-0 in the second leg in Lisbon thanks to goals by Otamendi."])
    assert not holds_quantity(goals, ["Maccabi was gifted an own-goal in the 90th minute."])


def test_a_court_an_airfield_or_a_trial_s_start_and_a_term_a_charge_carries() -> None:
    # blind81's vj51 and vj69: a court and an airfield asked in Russian or Ukrainian are asked by name.
    assert asked_thing("Какой именно суд вынес приговор азовцам Орлову и Новикову?", "ru") == "court"
    assert asked_thing("Який саме аеродром був головною ціллю атаки 9 червня 2025?", "uk") == "airfield"
    assert names_thing("court", "The Southern District Military Court in Rostov-on-Don sentenced them.")
    assert not names_thing("court", "A Russian court has sentenced two Ukrainian soldiers.")
    # blind81's vj29: "when does … trial start" asks the trial's day.
    trial = asked_quantity(
        "when does calin georgescu's criminal trial start", {"georgescu": 3}, "en", {"georgescu"}
    )
    assert trial is not None and trial.kind == "date" and "trial" in trial.beside
    # blind81's vj66: a term a charge carries, told as "behind bars for up to 15 years".
    term = asked_quantity("What prison term could Budanov face under the Russian terror threat probe?")
    assert term is not None and term.kind == "penalty"
    assert holds_quantity(
        term, ["Such an offense can land someone convicted behind bars for up to 15 years."]
    )


def test_a_ship_s_weight_a_number_typed_without_how_many_and_a_dollar_damage() -> None:
    # blind82's vk57: a flagship's weight is told as "the 12,000-tonne vessel".
    counts = {"flagsh": 30, "black": 300, "russia": 3000}
    weight = asked_quantity("how heavy was the russian black sea flagship", counts, "en", set(counts))
    assert weight is not None and weight.kind == "weight"
    assert holds_quantity(weight, ["The Moskva, the 12,000-tonne vessel, sank on Thursday."])
    # blind83's vl24 and vl07.
    number = asked_quantity("exact number of ukrainian pows freed in the june 9 2025 swap")
    assert number is not None and number.kind == "count"
    damage = asked_quantity(
        "what was the total dollar damage from the june 6 strike on the engels fuel tanks"
    )
    assert damage is not None and damage.kind == "money"
    assert asked_quantity("what was the total damage") is None


def test_a_share_of_the_votes_cast_in_a_place() -> None:
    # blind85's vn61: Dan's 53.6% of all votes is no share of those cast in Ukraine.
    counts = {"ukrain": 900, "romani": 100, "dan": 50, "runoff": 30}
    share = asked_quantity(
        "what percentage of the votes cast in ukraine in romania's presidential runoff went to dan",
        counts,
        "en",
        set(counts),
    )
    assert share is not None and share.kind == "share" and share.told_with == ("in ukraine", "from ukraine")
