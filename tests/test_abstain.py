"""Abstention's pure checks: a year or month the question names must be in the close passages (in
those that mention its rarest name, too), and the cosine floor rises with the size of the index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from index import abstain
from index.abstain import (
    cosine_floor,
    decline_reason,
    is_lookup,
    unsupported_day,
    unsupported_month,
    unsupported_numbers,
    unsupported_years,
)
from index.embed import FakeEmbedder
from index.glossary import TRUCE_WORDS, truce_words
from index.query import analyse
from index.rank import FEATURES, Candidate, Weights
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore, PassageRecord
from index.terms import query_terms, rarest_missing_name, rarest_present_name, tokens, with_aliases


def passage(text: str, published: str | None) -> PassageRecord:
    return PassageRecord(1, "a", 0, 0, len(text), text, "t", "Wire", published, None, None, "en")


TALKS = [
    passage("Delegations met in Istanbul and agreed a prisoner swap.", "2025-05-16"),
    passage("Kyiv wants a return to the borders of 1991, an official said.", "2022-03-29"),
]


def test_years_after_the_coverage_are_unsupported() -> None:
    assert unsupported_years("What did the peace treaty signed in 2027 say about Crimea?", TALKS) == ["2027"]


def test_a_year_is_supported_by_a_passage_dated_in_it_or_naming_it() -> None:
    assert unsupported_years("What was agreed in Istanbul in 2025?", TALKS) == []
    assert unsupported_years("Does Kyiv want its 1991 borders back?", TALKS) == []
    # "Last year" in a passage of 2025 is 2024.
    poll = [passage("A poll last year found 84% of Ukrainians back joining NATO.", "2025-05-30")]
    assert unsupported_years("What did a 2024 poll find about NATO?", poll) == []
    assert unsupported_years("What did a 2023 poll find about NATO?", poll) == ["2023"]
    assert unsupported_years("What did a 2024 poll find?", [passage("A poll found 84%.", None)]) == ["2024"]


def test_years_of_other_centuries_count_too() -> None:
    question = "What did the 1998 Good Friday Agreement and the 2016 Colombia deal say?"
    assert unsupported_years(question, TALKS) == ["1998", "2016"]


def test_a_named_century_needs_a_passage_naming_it_or_one_of_its_years() -> None:
    question = "Which 18th-century war with Sweden did Medinsky cite?"
    assert unsupported_years(question, TALKS) == ["the 18th century"]
    tsar = passage("Peter the Great, the 18th-century tsar, took land from Sweden.", "2022-06-10")
    crimea = passage("Catherine the Great annexed Crimea in 1783.", None)
    assert unsupported_years(question, [*TALKS, tsar]) == []
    assert unsupported_years(question, [*TALKS, crimea]) == []
    # Every dated passage of the coverage is from the 21st century.
    assert unsupported_years("What is the biggest war of the 21st century?", TALKS) == []
    assert unsupported_years("Which 19th century poet's bust was attacked?", TALKS) == ["the 19th century"]


def test_a_number_the_question_names_needs_a_passage_holding_it_in_figures_or_words() -> None:
    swap = [passage("Ukraine's 12-member delegation agreed a six-point plan to free 1,000 prisoners.", None)]
    assert unsupported_numbers("What were the six points of the plan?", swap) == []
    assert unsupported_numbers("Who led the twelve-member delegation?", swap) == []
    assert unsupported_numbers("Why were 1000 prisoners freed?", swap) == []
    assert unsupported_numbers("What were the seven points of the 2008 plan?", swap) == ["seven"]
    assert unsupported_numbers("Why did Russia send a 14-member delegation?", swap) == ["14"]
    # A number with its scale written out is the figure a passage gives.
    bonus = [passage("The Cabinet approved a one-time payment of Hr 200,000 for young doctors.", None)]
    assert unsupported_numbers("Навіщо уряд запровадив виплату 200 тисяч гривень лікарям?", bonus) == []
    assert unsupported_numbers("Зачем врачам платят 200 тысяч гривен?", bonus) == []
    assert unsupported_numbers("Why was 300 thousand hryvnias paid?", bonus) == ["300"]
    # A round number written out: "per thousand cubic meters".
    gas = [passage("Prices rose to over $2,500 per thousand cubic meters.", None)]
    assert unsupported_numbers("How much is gas per 1,000 cubic metres?", gas) == []
    assert unsupported_numbers("How much is gas per 2,000 cubic metres?", gas) == ["2,000"]
    # Days told in weeks.
    week = [passage("Usyk invited Trump to live for a week in his house in Ukraine.", None)]
    assert unsupported_numbers("Who asked Trump to stay seven days in Ukraine?", week) == []
    assert unsupported_numbers("Who asked Trump to stay 14 days in Ukraine?", week) == ["14"]
    assert unsupported_numbers("What were the seven points of the plan?", week) == ["seven"]
    fortnight = [passage("The swap took two weeks to arrange.", None)]
    assert unsupported_numbers("Why did the swap take 14 days?", fortnight) == []
    million = [passage("Some 3 million people fled the city.", None)]
    assert unsupported_numbers("Why did 3,000,000 people flee?", million) == []
    # Or its article's title: "Russia-Ukraine war: what we know on day 94 of the invasion".
    roundup = passage("The UN says 4,031 civilians have died since Russia first invaded Ukraine.", None)
    titled = replace(roundup, title="Russia-Ukraine war: what we know on day 94 of the invasion")
    question = "According to UN figures reported on day 94 of the invasion, how many civilians had died?"
    assert unsupported_numbers(question, [titled]) == []
    assert unsupported_numbers(question, [roundup]) == ["94"]


def test_an_ordinal_is_held_as_a_word_or_in_figures_whatever_the_question_s_language() -> None:
    second = [passage("The second round of talks in Istanbul lasted an hour.", "2025-06-02")]
    third = [passage("A 3rd round of talks is planned, Umerov said.", "2025-06-02")]
    question = "Якого числа відбувся третій раунд переговорів у Стамбулі?"
    assert unsupported_numbers(question, second) == ["третій"]
    assert unsupported_numbers(question, third) == []
    assert unsupported_numbers("When was the third round of talks?", third) == []
    assert unsupported_numbers("Who pushed the EU's 17th sanctions package?", second) == ["17th"]
    assert unsupported_numbers("Сколько вернулись после обмена 13 октября?", second) == []
    # "17-й пакет" is the 17th.
    package = [passage("The EU approved its 17th package of sanctions.", "2025-05-20")]
    assert unsupported_numbers("Проти скількох суден спрямований 17-й пакет санкцій?", package) == []
    assert unsupported_numbers("Що передбачає 18-й пакет санкцій?", package) == ["18-й"]


def test_years_days_times_and_small_numbers_are_not_read_as_named_numbers() -> None:
    nothing = [passage("The talks ended without a deal.", None)]
    question = "What did the two leaders say at 10 a.m. on June 2, 2025, and on 16 May in the 1990s?"
    assert unsupported_numbers(question, nothing) == []
    assert unsupported_numbers("Did the G7 or the F-16 deliveries come up?", nothing) == []
    # Ranges of days are dates too, with a hyphen or a dash, the month before or after.
    assert unsupported_numbers("What happened on 16-17 May and on June 1–2?", nothing) == []
    assert unsupported_numbers("Що сталося 16-17 травня?", nothing) == []
    # An ordinal that picks a person out of a group is not a number reports give.
    assert unsupported_numbers("Who was the third man sentenced alongside Aslin and Pinner?", nothing) == []
    assert unsupported_numbers("What was agreed in the third round?", nothing) == ["third"]
    assert unsupported_numbers("Which country became NATO's 32nd member?", nothing) == ["32nd"]
    # A span counted from a start or back from now is a period, which reports name their own way.
    assert unsupported_numbers("How many drones arrived in the first five months of 2025?", nothing) == []
    assert unsupported_numbers("How many died over the past 10 days?", nothing) == []
    assert unsupported_numbers("Did Russia accept the five-month truce?", nothing) == ["five"]
    # A long stretch told as a rough duration: reports tell it by its start ("first mooted in 2002").
    assert unsupported_numbers("Why was the pipeline revived after 20 years of going nowhere?", nothing) == []
    assert unsupported_numbers("Who has ruled for three decades?", nothing) == []
    assert unsupported_numbers("What happened after 100 days of war?", nothing) == ["100"]


def test_a_named_month_needs_a_passage_from_it_or_mentioning_it() -> None:
    july = analyse("Who brokered the July 2025 ceasefire between Thailand and Cambodia?").period
    assert unsupported_month(july, TALKS)
    assert not unsupported_month(analyse("What was agreed in May 2025?").period, TALKS)
    mentions = [passage("Talks could resume in July, the ministry said.", "2025-06-02")]
    assert not unsupported_month(july, mentions)
    # A season is mentioned by its name and year too, as a look back tells of it.
    autumn = analyse("How many items did the occupiers take from Kherson's museums in autumn 2022?").period
    recalled = [
        passage(
            "As Ukraine's forces advanced in the fall of 2022, trucks stopped at the museum.", "2025-05-18"
        )
    ]
    assert not unsupported_month(autumn, recalled)
    assert unsupported_month(autumn, [passage("In the fall of 2023, the museum reopened.", "2025-05-18")])
    # Named ahead with no year, in the season's year: a forecast of August 2022 for bills "in the fall".
    forecast = "Cornwall Insight forecast that the average bill will top 3,500 pounds a year in the fall."
    assert not unsupported_month(autumn, [passage(forecast, "2022-08-11")])
    assert unsupported_month(autumn, [passage(forecast, "2023-08-11")])  # another year's fall
    assert unsupported_month(autumn, [passage("After the fall of Mariupol, prices rose.", "2022-08-11")])


def test_a_named_day_needs_a_passage_from_around_it_or_mentioning_it() -> None:
    night = analyse("Сколько дронов Россия запустила по Украине в ночь на 29 июня 2025 года?").period
    assert unsupported_day(night, [passage("Russia launched 477 drones overnight.", "2025-06-09")])
    assert not unsupported_day(night, [passage("Russia launched 477 drones overnight.", "2025-07-03")])
    assert unsupported_day(night, [passage("Russia launched 477 drones overnight.", "2025-06-28")])
    assert unsupported_day(night, [passage("Russia launched 477 drones overnight.", "2025-07-04")])
    assert not unsupported_day(night, [passage("On June 29, Russia launched 477 drones.", "2025-07-20")])
    assert not unsupported_day(night, [passage("Overnight on 29 June, 477 drones flew.", None)])
    assert not unsupported_day(analyse("What was agreed on May 16, 2025?").period, TALKS)


def test_a_month_or_a_day_that_does_not_exist_is_never_refused_for_its_day() -> None:
    assert not unsupported_day(analyse("What was agreed in June 2025?").period, [])
    assert not unsupported_day(analyse("What was agreed on February 30, 2025?").period, [])


def test_questions_without_a_month_are_never_refused_for_it() -> None:
    assert not unsupported_month(analyse("What was agreed in 2025?").period, [])
    assert not unsupported_month(analyse("Who led the delegation?").period, [])


def test_the_cosine_floor_rises_with_each_tenfold_more_passages() -> None:
    assert cosine_floor(0.795, 0.0056, 30, 30) == 0.795
    assert cosine_floor(0.795, 0.0056, 5, 30) == 0.795  # a smaller index never lowers it
    assert cosine_floor(0.795, 0.0056, 3000, 30) == pytest.approx(0.795 + 2 * 0.0056)
    assert cosine_floor(0.795, 0.0, 100_000, 30) == 0.795


def test_a_question_in_another_language_meets_a_higher_floor_in_a_larger_index(fake_index: Path) -> None:
    store = IndexStore.open(fake_index)
    question = "Хто очолив російську делегацію в Стамбулі?"
    plain = Searcher(store, FakeEmbedder(), RetrievalConfig(min_dense_other=-1.0))
    best = max(c.dense for c in plain.candidates(analyse(question)))
    # The floor sits just under the best cosine for an index of this size...
    config = RetrievalConfig(min_dense_other=best - 0.01, other_floor_per_decade=0.02)
    sized = replace(config, floor_passages=store.manifest.passages)
    assert Searcher(store, FakeEmbedder(), sized).search(question).answered
    # ...and above it when this index counts as ten times the reference size.
    larger = replace(config, floor_passages=max(1, store.manifest.passages // 10))
    assert not Searcher(store, FakeEmbedder(), larger).search(question).answered


def test_the_rarest_name_the_passages_mention_is_the_one_to_check() -> None:
    present = tokens("The Nobel Peace Prize went to Memorial. Delegations met in Istanbul.")
    frequencies = {"nobel": 3, "peace": 900, "prize": 40, "istanb": 700}
    question = "Who won the Nobel Peace Prize in Istanbul in 2025?"
    assert rarest_present_name(question, present, frequencies, 10_000) == (frozenset({"nobel"}), "Nobel")
    # A name the passages lack is the missing-name check's business, not this one's.
    assert rarest_present_name("What did Hamas agree in 2025?", present, frequencies, 10_000) is None
    # Month names are no names; a hyphenated name needs all its parts.
    assert rarest_present_name("What happened in May?", tokens("May"), {}, 10) is None
    assert rarest_present_name("Why did Nagorno-Karabakh flare?", tokens("Nagorno"), {}, 10) is None
    # A hyphenated name's lower-case part only describes it: "the Panama-flagged ship" mentions it.
    flagged = tokens("The Panama-flagged Navi Star left Odesa.")
    assert rarest_present_name("Where was the Panama-registered ship going?", flagged, {}, 10) == (
        frozenset({"panama"}),
        "Panama-registered",
    )


def test_a_transliterated_name_in_a_russian_question_counts_once_the_passages_spell_it_so() -> None:
    present = {"nob", "nobe", "nobel", "ist", "ista", "istan"}
    stems, word = rarest_present_name("Кто получил премию Нобеля в 2025 году?", present, {}, 10, "ru")
    assert word == "Нобеля" and stems == frozenset({"nobel"})


def test_a_refusal_can_say_which_close_articles_lack_the_year() -> None:
    assert decline_reason("2025", among="“Nobel”") == (
        "The coverage I have doesn't answer that: none of the articles closest to the question"
        " that mention “Nobel” is from 2025 or mentions it."
    )


PRIZE = """---
id: prize
title: "Peace prize for rights groups"
source: Wire
published: "2022-10-07"
---
The Nobel Peace Prize went to Memorial and two other rights groups, the committee said in Oslo.
"""
TALKS_2025 = """---
id: talks
title: "Delegations meet in Istanbul"
source: Wire
published: "2025-05-16"
---
The peace talks in Istanbul ended after two hours, and the delegations agreed a prisoner swap.
"""

GRAIN_2025 = """---
id: grain
title: "Grain ships sail"
source: Wire
published: "2025-07-10"
---
Ships carrying grain left Odesa, and the port authority said more would follow.
"""


@pytest.fixture
def prize_index(article_index: Callable[..., Path]) -> Path:
    return article_index(prize=PRIZE, talks=TALKS_2025, grain=GRAIN_2025)


def test_a_year_must_be_in_the_close_passages_that_mention_the_name_asked_about(prize_index: Path) -> None:
    config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0, check_quantities=False)
    searcher = Searcher(IndexStore.open(prize_index), FakeEmbedder(), config)
    # Some close passage is from 2025, but not one that mentions the Nobel prize.
    answer = searcher.search("Who won the Nobel Peace Prize in 2025?")
    assert not answer.answered
    assert answer.reason.endswith(
        "articles closest to the question that mention “Nobel” is from 2025 or mentions it."
    )
    assert searcher.search("Who won the Nobel Peace Prize in 2022?").answered
    assert searcher.search("Who met in Istanbul in 2025?").answered
    # A month too: a close passage is from July 2025, but those that mention Istanbul are from May.
    answer = searcher.search("Who met in Istanbul in July 2025?")
    assert not answer.answered
    assert answer.reason.endswith("that mention “Istanbul” is from July 2025 or mentions it.")
    assert searcher.search("Who met in Istanbul in May 2025?").answered
    off = Searcher(IndexStore.open(prize_index), FakeEmbedder(), replace(config, check_period_names=False))
    assert off.search("Who won the Nobel Peace Prize in 2025?").answered


def test_a_short_lookup_that_a_close_passage_holds_word_for_word_is_told_from_a_question() -> None:
    held = [tokens("Defense Minister Rustem Umerov said the grain deal was suspended.")]

    def lookup(text: str) -> bool:
        return is_lookup(text, query_terms(text, "en"), held, 3)

    assert lookup("Umerov") and lookup("grain deal suspended")
    assert not lookup("Umerov Medinsky")  # no passage holds both
    assert not lookup("grain deal suspended by Russia in October")  # more than three words: a question's job
    # A question goes through the cosine floor however short it is.
    assert not lookup("Umerov?") and not lookup("who is Umerov") and not lookup("What is the grain deal")
    assert not lookup("")


def test_a_lookup_below_the_cosine_floor_is_answered_and_a_question_is_not(fake_index: Path) -> None:
    store = IndexStore.open(fake_index)
    # A floor no passage reaches: only a lookup gets through it.
    searcher = Searcher(store, FakeEmbedder(), RetrievalConfig(min_dense=1.01, min_dense_other=1.01))
    assert searcher.search("Medinsky").answered
    assert not searcher.search("Who is Medinsky?").answered
    assert (
        not Searcher(store, FakeEmbedder(), RetrievalConfig(min_dense=1.01, lookup_terms=0))
        .search("Medinsky")
        .answered
    )


def test_a_named_season_needs_a_passage_from_it_or_naming_one_of_its_months() -> None:
    summer = analyse("What did the Vatican talks agree in summer 2025?").period
    assert unsupported_month(summer, TALKS)  # May 2025 is spring
    in_june = [passage("The Pope offered to host talks in June.", "2025-05-21")]
    assert not unsupported_month(summer, in_june)
    assert not unsupported_month(analyse("What was agreed in spring 2025?").period, TALKS)


def test_questions_asking_for_advice_are_told_from_questions_about_the_news() -> None:
    for question in (
        "best place to buy turkish delight in istanbul?",
        "How do I reset my iPhone?",
        "Where can I buy a SIM card in Kyiv?",
        "Де купити квиток на потяг?",
        "Как мне доехать до Стамбула?",
        "What's the best laptop for video editing under 1000 dollars?",
        "What should I do if I lose my passport in Turkey?",
        "Any tips for packing light for a trip to Poland?",
        "Посоветуйте, какой смартфон купить?",
        "I want to donate to refugees. Which charity is best?",
        "Which VPN works in Russia for my phone?",
        "Скажіть, чи потрібна мені віза до Польщі?",
        "Какой VPN лучше всего использовать в России?",
        "Який ноутбук краще купити для навчання?",
        "What's a good beginner bodyweight workout I can do at home three times a week?",
        "Как сбросить wi-fi роутер к заводским настройкам?",
        "Як скинути налаштування роутера?",
        "Как быстро выучить испанский язык?",
        "cheapest flights from warsaw to lviv next week",  # blind55's uj43
        "any cheap hotels in Odesa?",
    ):
        assert abstain.asks_for_advice(question), question
    for question in (
        "How did Zelensky respond to Putin's offer?",
        "How can Ukraine win the war?",
        "What is the best way to end the war?",
        "When did World War I end?",
        "Was Minsk I signed before Minsk II?",
        "Did World War I end in 1918?",
        'Why did Zelensky say "give me ammunition, not a ride"?',
        "Who told Biden 'give me ammunition'?",
        "Which coal mine in Donetsk region was hit?",
        "What is the best estimate for Russian losses?",
        "Why did Macron say Ukraine should negotiate?",
        "Where did the delegations meet?",
        "Где прошли переговоры?",
        "Какое оружие лучше всего подходит Украине?",
        "Який план краще для України, на думку Макрона?",
        "Як звати дружину Мединського?",
        "Як ставляться росіяни до переговорів?",
        "Как относятся россияне к переговорам?",
        "Как долго длилась встреча?",
        "Did Ryanair offer cheap tickets to refugees?",
    ):
        assert not abstain.asks_for_advice(question), question


def test_a_question_asking_for_advice_is_declined_however_close(fake_index: Path) -> None:
    # No floor at all: only the advice check can decline.
    searcher = Searcher(IndexStore.open(fake_index), FakeEmbedder(), RetrievalConfig(min_dense=-1.0))
    assert searcher.search("Where did Russia's delegation meet Ukraine's in Istanbul?").answered
    answer = searcher.search("Where can I stay near the Istanbul talks with Russia's delegation?")
    assert not answer.answered and answer.reason == abstain.ADVICE_REASON


def test_questions_asking_for_live_data_are_told_from_questions_about_the_news() -> None:
    for question in (
        "What will the weather be in Istanbul next week?",
        "What is the exchange rate of the hryvnia to the dollar today?",
        "What's Nvidia's share price right now?",
        "Какая погода будет в Москве завтра?",
        "Яка погода в Києві сьогодні?",
        "Will it rain in Lviv this weekend?",
        "Чи буде дощ у Львові завтра?",
        "Какой курс рубля к доллару сегодня?",
        "What are the opening hours of the Ukrainian embassy in London?",
        "What time does the consulate open on Saturdays?",
        "Які години роботи посольства України?",
        "what's the dollar to hryvnia rate right now",
    ):
        assert abstain.asks_for_live_data(question), question
    for question in (
        "What was the weather in Istanbul when the delegations met?",  # a detail of the coverage, if any
        "How did the oil price cap hurt Russia?",
        "What is the latest on the talks now that Putin has refused to come?",
        "What is the forecast for the peace talks next week?",
        "Чи погодиться Росія на перемир'я наступного тижня?",  # "agree", not the weather
        "Какой курс сейчас выбрал Киев на переговорах?",  # a course, not a rate
        "How did the ruble's exchange rate react to the sanctions?",
        "Why did Russia rain drones on Kyiv this week?",
        "How many hours did the talks in Istanbul last?",
        "What time did the talks open on Friday?",
        "What was the dollar to ruble rate in March 2022?",  # a rate the coverage may report
    ):
        assert not abstain.asks_for_live_data(question), question


@pytest.mark.parametrize(
    ("question", "reason", "check"),
    [
        (
            "What will the weather be in Istanbul for Russia's delegation tomorrow?",
            abstain.LIVE_DATA_REASON,
            "check_live_data",
        ),
        (
            "Who will win the next round of talks between Russia and Ukraine?",
            abstain.PREDICTION_REASON,
            "check_predictions",
        ),
    ],
)
def test_live_data_and_predictions_are_declined_however_close(
    fake_index: Path, question: str, reason: str, check: str
) -> None:
    searcher = Searcher(IndexStore.open(fake_index), FakeEmbedder(), RetrievalConfig(min_dense=-1.0))
    answer = searcher.search(question)
    assert not answer.answered and answer.reason == reason
    off = RetrievalConfig(min_dense=-1.0, check_everyday=False, **{check: False})
    assert Searcher(IndexStore.open(fake_index), FakeEmbedder(), off).search(answer.question).answered


def test_abstention_reads_its_own_order_while_quotes_follow_the_shown_one(fake_index: Path) -> None:
    """The checks read the close passages in `evidence_weights` order; the quotes come in `weights` order."""
    closest_first = Weights(**{name: 1.0 if name == "dense" else 0.0 for name in FEATURES})
    farthest_first = Weights(**{name: -1.0 if name == "dense" else 0.0 for name in FEATURES})
    read: list[list[Candidate]] = []

    class Recording(Searcher):
        def _declines(self, info, candidates, ranked, vector, lookup=False):
            read.append(list(ranked))
            return super()._declines(info, candidates, ranked, vector, lookup)

    config = RetrievalConfig(
        min_dense=-1.0, min_dense_other=-1.0, weights=closest_first, evidence_weights=farthest_first
    )
    answer = Recording(IndexStore.open(fake_index), FakeEmbedder(), config).search("Who led the delegation?")
    assert answer.answered and read
    by_id = {c.record.id: c.dense for c in read[0]}
    assert read[0][0].dense == min(by_id.values())
    assert by_id[answer.hits[0].passage_id] == max(by_id.values())
    assert [by_id[h.passage_id] for h in answer.hits] == sorted(
        (by_id[h.passage_id] for h in answer.hits), reverse=True
    )


KOREA = """---
id: korea
title: "An armistice as a model"
source: Wire
published: "2025-05-20"
---
Some diplomats see the Korean War armistice, which stopped the fighting in 1953, as a model for Ukraine.
"""
SWAP = """---
id: swap
title: "Prisoners come home"
source: Wire
published: "2025-05-23"
---
Ukraine and Russia exchanged 390 prisoners in Istanbul on Friday, the first stage of a larger swap.
"""


def test_a_count_comes_from_the_articles_that_name_what_the_question_is_about(
    article_index: Callable[..., Path],
) -> None:
    data = article_index(korea=KOREA, swap=SWAP, talks=TALKS_2025)
    config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0, max_word_gain=None)
    searcher = Searcher(IndexStore.open(data), FakeEmbedder(), config)
    # A number of prisoners is quoted, but from this war's swap, not from an article naming Korea.
    answer = searcher.search("How many prisoners were exchanged after the Korean War armistice?")
    assert not answer.answered
    assert answer.reason.endswith("that mention “Korean” mentions a number of “prisoners”.")
    assert searcher.search("How many prisoners were exchanged in Istanbul?").answered


TENSIONS = """---
id: tensions
title: "Flash points"
source: Wire
published: "2025-05-20"
---
Washington watches the tensions between two nuclear powers, India and Pakistan, and its relations with China.
"""
TRUCE = """---
id: truce
title: "Easter truce"
source: Wire
published: "2025-04-20"
---
Russia and Ukraine agreed the terms of a ceasefire for Easter, officials in Kyiv and Moscow said.
"""


@pytest.fixture
def truce_searcher(article_index: Callable[..., Path]) -> Searcher:
    """A searcher over the India–Pakistan tensions and the Easter truce, answering whatever is asked."""
    data = article_index(tensions=TENSIONS, truce=TRUCE)
    # The tiny index makes every name rare: any IDF will do here.
    config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0, topic_name_idf=0.0)
    return Searcher(IndexStore.open(data), FakeEmbedder(), config)


def test_a_cyrillic_question_needs_its_topic_in_the_close_passages_naming_its_rare_name(
    truce_searcher: Searcher,
) -> None:
    searcher = truce_searcher
    # The passage naming India and Pakistan speaks of tensions, not of a truce or its terms.
    answer = searcher.search("Какие условия перемирия согласовали Индия и Пакистан?")
    assert not answer.answered
    assert "that mention “Индия” mentions “conditions” or “terms”" in answer.reason
    # The passage naming Russia and Ukraine does speak of a truce.
    assert searcher.search("Які умови перемир'я погодили Росія та Україна?").answered
    # A question with no glossary word, or a name the gazetteer does not know, is not checked.
    assert searcher.search("Що сказали про Індію та Пакистан?").answered
    searcher.config = replace(searcher.config, topic_name_idf=None)
    assert searcher.search("Какие условия перемирия согласовали Индия и Пакистан?").answered


def test_an_english_question_about_a_truce_needs_one_in_the_close_passages_naming_its_rare_name(
    truce_searcher: Searcher,
) -> None:
    searcher = truce_searcher
    answer = searcher.search("How is the truce between India and Pakistan holding up?")
    assert not answer.answered
    assert answer.reason.endswith("mentions “truce”.")
    # A ceasefire is a truce; and only a truce is looked for in an English question.
    assert searcher.search("Did Russia and Ukraine agree the terms of a truce for Easter?").answered
    assert searcher.search("What did India and Pakistan say about their tensions?").answered
    assert truce_words("Who brokered the ceasefire?") == TRUCE_WORDS
    assert truce_words("Who brokered the deal?") == ()


def test_a_passage_naming_the_uk_mentions_britain() -> None:
    present = with_aliases(tokens("The UK pledged 100,000 drones to Ukraine on June 4."))
    assert rarest_missing_name("How many drones did Britain pledge?", present, {"britai": 5}, 1000) == (
        0.0,
        None,
    )
    assert rarest_missing_name(
        "How many drones did Britain pledge?", tokens("Drones were pledged."), {}, 1000
    )[1]
    # "The United Kingdom" and "the U.K." too; "United" or a "K" alone does not.
    for text in (
        "The United Kingdom pledged drones.",
        "The U.K. pledged drones.",
        "The U.K's warhead programme.",
    ):
        assert "britai" in with_aliases(tokens(text))
    assert "britai" not in with_aliases(tokens("The United States pledged K-2 tanks."))
    # "The U.S." is "the US", which "США" is read as (blind55's uj11).
    assert "us" in with_aliases(tokens("In 2023, Ukrainian exports to the U.S. totaled $874 million."))
    assert "us" not in with_aliases(tokens("The U.K. pledged drones."))


def test_a_peoples_noun_is_mentioned_by_its_country_or_adjective() -> None:
    # "The Pole accused of helping Russian spies…" is the Polish citizen of the passages (blind33's tn13).
    question = "The Pole accused of helping Russian spies - what was he supposed to snoop on?"
    for text in ("A Polish citizen helped Russian spies.", "Poland charged a man helping Russian spies."):
        assert rarest_missing_name(question, tokens(text), {"pole": 3}, 1000) == (0.0, None)
    assert (
        rarest_missing_name(question, tokens("A man helped Russian spies."), {"pole": 3}, 1000)[1] == "Pole"
    )
    assert (
        rarest_missing_name("What did the Brits pledge?", tokens("British ministers pledged."), {}, 1000)[1]
        is None
    )


def test_a_passage_naming_the_us_mentions_america() -> None:
    # "U.S.-made Patriot systems" are the "American-made" ones a question asks about (blind33's tn17).
    for text in (
        "Kyiv will buy U.S.-made Patriot systems.",
        "The United States sent Patriots.",
        "The USA agreed.",
    ):
        assert "americ" in with_aliases(tokens(text))
    assert "americ" not in with_aliases(tokens("Let us see what the States do."))


def test_a_month_written_with_another_year_is_no_mention_of_the_month_asked() -> None:
    # blind37's tr58: "in December 2019" does not mention December 2025.
    december = analyse("What were the terms of the ceasefire signed in December 2025?").period
    met = passage("Putin and Zelensky have met only once, in December 2019, in Paris.", "2025-05-30")
    assert unsupported_month(december, [met])
    dated = passage("They met on December 9, 2019, in Paris.", "2025-05-30")
    assert unsupported_month(december, [dated])
    # Without a year, or with the year asked, the month is mentioned.
    assert not unsupported_month(december, [passage("Talks may resume in December.", "2025-05-30")])
    assert not unsupported_month(december, [passage("A deal is due in December 2025.", "2025-05-30")])


def test_the_current_price_of_bitcoin_is_live_data() -> None:
    # blind38's ts06.
    assert abstain.asks_for_live_data("What is the current price of one Bitcoin in US dollars?")
    assert not abstain.asks_for_live_data("How did Bitcoin's price move after the invasion in 2022?")


def test_a_past_event_in_a_year_after_the_coverage_is_not_reported() -> None:
    # blind38's ts31: a budget forecast naming 2027 reports no treaty signed that year.
    question = "Where and when did Russia and Ukraine sign their final peace treaty in 2027?"
    assert abstain.years_after_coverage(question, "2026-06-04") == ["2027"]
    assert abstain.years_after_coverage(question, "2027-01-10") == []
    # What is planned, expected or set as a target is not a past event.
    assert abstain.years_after_coverage("What was NATO's spending target for 2035?", "2026-06-04") == []
    assert abstain.years_after_coverage("Will Ukraine join the EU in 2030?", "2026-06-04") == []
    reason = abstain.after_coverage_year_reason("2027", "2026-06-04")
    assert reason.endswith("its newest article is from June 4, 2026, before 2027.")


def test_what_will_have_happened_by_a_year_after_the_coverage_is_not_reported() -> None:
    # blind39's tt03.
    question = "Will Russia and Ukraine have signed a final peace treaty by the end of 2027?"
    assert abstain.years_after_coverage(question, "2026-06-04") == ["2027"]
    assert abstain.years_after_coverage("By 2028, will the war have ended?", "2026-06-04") == ["2028"]
    assert abstain.years_after_coverage("Will Ukraine join the EU by 2030?", "2026-06-04") == []
    assert abstain.years_after_coverage(question, "2028-01-10") == []


def test_who_will_win_a_contest_to_come_is_no_news() -> None:
    # blind38's ts24 and blind39's tt41.
    for question in (
        "Who will win the 2028 US presidential election?",
        "Who is going to win Ukraine's next presidential election?",
        "Who's going to win Hungary's election next year?",
        "Which party will win the Duma vote?",
        "Хто переможе на виборах в Україні?",
        "Кто победит в этой войне?",
    ):
        assert abstain.asks_for_prediction(question), question
    for question in (
        "Who won Poland's presidential election?",
        "Who will attend the summit in Istanbul?",
        'Why did Zelensky say "we will win"?',
        'What did Putin mean by "who will win"?',
    ):
        assert not abstain.asks_for_prediction(question), question


def test_a_rate_next_month_is_live_data() -> None:
    # blind39's tt53.
    assert abstain.asks_for_live_data("Какой будет курс рубля к доллару в следующем месяце?")
    assert abstain.asks_for_live_data("What will the hryvnia's exchange rate be next month?")
    assert abstain.asks_for_live_data("How much will a bushel of wheat cost in Chicago next month?")
    assert not abstain.asks_for_live_data("How much will the new bridge cost?")  # a project's cost is news
    assert not abstain.asks_for_live_data("Why did the ruble's exchange rate fall last month?")


def test_air_raid_alerts_now_are_live_data() -> None:
    # blind40's tu09.
    assert abstain.asks_for_live_data("how many air raid alerts are active in ukraine right now")
    assert abstain.asks_for_live_data("Чи є зараз повітряна тривога в Києві?")
    assert abstain.asks_for_live_data("Есть ли сейчас воздушная тревога в Харькове?")
    assert abstain.asks_for_live_data("What's the price of Brent crude today?")  # blind41's tv13
    assert not abstain.asks_for_live_data("What was the price of Urals crude when the cap took effect?")
    # How long an alert went on during a past barrage is a detail of the coverage.
    assert not abstain.asks_for_live_data(
        "During the June 9 barrage, how long did the air alert go on around Kyiv?"
    )


def test_a_question_asking_an_opinion_is_no_news() -> None:
    # blind40's tu54.
    for question in (
        "Do you think Ukraine should give up Donbas to get a peace deal?",
        "Should the West keep sending weapons to Ukraine?",
        "What's your opinion on the Istanbul talks?",
        "Як ви вважаєте, чи варто Україні погоджуватися на перемир'я?",
        "Стоит ли Украине отдавать Донбасс ради мира?",
        "Honestly, who is the better negotiator, Zelensky or Putin?",  # blind41's tv09
    ):
        assert abstain.asks_for_opinion(question), question
    for question in (
        "Why did Macron say Ukraine should negotiate?",
        'Who said "do you think Putin wants peace?"',
        "What did Zelensky think of the memorandum?",
        "Should I bring cash to Kyiv?",  # advice, declined as such
        "Who was the better-known envoy at the talks?",
    ):
        assert not abstain.asks_for_opinion(question), question
    assert abstain.asks_for_advice("is it safe to travel to odesa this summer")  # blind40's tu26
    assert abstain.asks_for_advice("Безопасно ли сейчас ехать во Львов?")
    assert abstain.asks_for_advice("is it safe rn to take the train from poland to kyiv?")
    assert not abstain.asks_for_advice("Why did the IAEA say the plant is not safe?")


def _passage(text: str) -> PassageRecord:
    return PassageRecord(1, "a", 0, 0, len(text), text, "Talks", "Wire", "2025-06-02", None, None, "en")


def test_a_round_counted_by_ordinal_must_be_named_so() -> None:
    # blind40's tu40: the close passages tell of the second round, and of "third" elsewhere.
    question = "When is the third round of the Istanbul negotiatons scheduled?"
    second = _passage("The second round of talks opened in Istanbul, for the third time in a month.")
    assert abstain.unnamed_in_series(question, [second]) == ["third round"]
    assert abstain.unnamed_in_series(question, [_passage("A third round of talks is not yet set.")]) == []
    assert abstain.unnamed_in_series(question, [_passage("Round three could come in July.")]) == []
    # A swap is an exchange (after_rules39's "11th prisoner exchange").
    swap = _passage("Ukraine conducted its 11th prisoner swap with Russia.")
    assert abstain.unnamed_in_series("Who came home in the 11th prisoner exchange?", [swap]) == []
    # The first and second are left out, in words or in figures (after_rules31's "the 2nd phase").
    assert abstain.unnamed_in_series("How many came home in the 2nd phase of the swap?", [second]) == []
    package = "How many vessels did the EU's 17th sanctions package target?"
    assert (
        abstain.unnamed_in_series(package, [_passage("The EU adopted its 17th package of sanctions.")]) == []
    )
    assert abstain.unnamed_in_series(package, [_passage("The 16th package hit 17 banks.")]) == [
        "17th sanctions package"
    ]


def test_a_month_after_the_coverage_of_what_is_asked_cannot_be_reported() -> None:
    # blind40's tu10: no article naming ANO is from October 2025 or later.
    question = "Did ANO win the Czech election in October 2025, and did it scrap the ammunition initiative?"
    looked_up: list[bool] = []

    def latest() -> str:
        looked_up.append(True)
        return "2025-06-03"

    assert abstain.month_after_coverage(question, latest) == "October 2025"
    assert abstain.month_after_coverage("What did ANO promise in May 2025?", lambda: "2025-06-03") is None
    # What is planned or expected is told ahead; a question naming no month is not looked up.
    assert abstain.month_after_coverage("Is the Czech election scheduled for October 2025?", latest) is None
    looked_up.clear()
    assert abstain.month_after_coverage("Did ANO win the Czech election?", latest) is None
    assert not looked_up


BUDGET_2025 = """---
id: budget
title: "Ukraine's budget forecast"
source: Wire
published: "2025-05-30"
---
Ukraine signed a budget declaration that projects growth through 2028, the finance ministry said.
"""


def test_a_past_event_after_the_newest_article_is_declined_though_a_passage_names_its_year(
    article_index: Callable[..., Path],
) -> None:
    config = RetrievalConfig(min_dense=-1.0, min_dense_other=-1.0, check_quantities=False)
    searcher = Searcher(
        IndexStore.open(article_index(talks=TALKS_2025, budget=BUDGET_2025)), FakeEmbedder(), config
    )
    answer = searcher.search("What did Ukraine sign in 2028?")
    assert not answer.answered
    assert answer.reason.endswith("its newest article is from May 30, 2025, before 2028.")
    assert searcher.search("What will Ukraine's growth be through 2028?").answered
    off = Searcher(searcher.store, FakeEmbedder(), replace(config, check_periods=False))
    assert off.search("What did Ukraine sign in 2028?").answered


def test_fuel_or_gold_priced_now_in_ukrainian_or_russian_is_live_data() -> None:
    assert abstain.asks_for_live_data("Сколько сейчас стоит бензин в Москве?")
    assert abstain.asks_for_live_data("Яка ціна на пальне сьогодні?")
    # A price in the past, or a quantity of fuel, is news.
    assert not abstain.asks_for_live_data("Сколько стоил бензин в Москве в мае 2025?")
    assert not abstain.asks_for_live_data("Скільки бензину експортувала Росія?")


def test_a_currency_priced_now_is_live_data() -> None:
    # blind47's ub03: the dollar's price in hryvnias, asked without "курс".
    assert abstain.asks_for_live_data("скільки зараз коштує долар у гривнях")
    assert abstain.asks_for_live_data("Сколько сейчас стоит евро?")
    assert abstain.asks_for_live_data("How much is a dollar in hryvnias today?")
    # A sum in dollars now is news, and so is a currency's price on a day past.
    assert not abstain.asks_for_live_data("Скільки зараз доларів виділили США Україні?")
    assert not abstain.asks_for_live_data("Скільки коштував долар у травні 2025?")


def test_a_commodity_priced_now_is_live_data() -> None:
    # blind48's uc62.
    assert abstain.asks_for_live_data("What's the price of a bushel of wheat right now?")
    assert abstain.asks_for_live_data("price of corn today")
    assert not abstain.asks_for_live_data("What was the price of wheat in October 2022?")
    # The after_rules42b probes: a price asked by what a commodity is going for, or how much it is.
    assert abstain.asks_for_live_data("whats wheat going for in chicago right now")
    assert abstain.asks_for_live_data("How much is gas in Europe today per thousand cubic meters?")
    assert not abstain.asks_for_live_data("How much did gas cost in Europe in August 2022?")
    assert not abstain.asks_for_live_data("how much oil does russia export now")


def test_an_opinion_asked_in_chat_spelling_is_no_news() -> None:
    # blind50's ue10.
    assert abstain.asks_for_opinion("who do u think will win the war in the end, honestly")
    assert abstain.asks_for_opinion("do ya reckon the talks will work")


def test_a_thing_to_pick_typed_without_what_is_advice() -> None:
    # blind77's vf54.
    assert abstain.asks_for_advice("best vpn to watch russian tv from the US?")
    assert abstain.asks_for_advice("good books to read about the war")
    assert not abstain.asks_for_advice("best way to end the war")
    assert not abstain.asks_for_advice("Best weapons for Ukraine to use against drones?")


def test_washington_is_the_dc_a_question_names() -> None:
    # blind77's vf33: "during his dec 2022 DC visit".
    assert "dc" in with_aliases(tokens("Zelensky will address a joint session of Congress in Washington."))


def test_a_parliament_is_the_rada_a_question_names() -> None:
    # blind79's vh12: "why did the rada fire human rights ombudsman lyudmila denisova".
    assert "rada" in with_aliases(tokens("Ukraine's parliament voted to dismiss Lyudmila Denisova."))


def test_a_short_negation_is_no_topic_and_the_defense_ministry_is_the_mod() -> None:
    # blind80's vi15 and vi41.
    from index.query import STOPWORDS

    assert {"wasn't", "didn’t", "isn't"} <= STOPWORDS
    assert "mod" in with_aliases(tokens("The Russian Defense Ministry said it hit two Harpoon launchers."))


def test_gas_in_lower_case_is_no_gaza() -> None:
    # blind83's vl70: "нефти, газа и угля".
    from index.terms import foreign_names

    assert foreign_names("сколько россия заработала на экспорте нефти, газа и угля", "ru") == [
        ("russia", True, "россия")
    ]
    assert ("gaza", True, "Газа") in foreign_names("Що відбувається в секторі Газа?", "uk")


def test_a_good_idea_to_buy_is_advice_and_a_number_next_week_is_still_to_come() -> None:
    # blind84's vm27 and vm19.
    assert abstain.asks_for_advice("is it a good idea to buy russian stocks now")
    assert abstain.asks_for_prediction("how many Shahed drones will Russia launch at Kyiv next week")
    assert not abstain.asks_for_prediction("how many Shahed drones did Russia launch at Kyiv last week")
    assert "still to come" in abstain.PREDICTION_REASON
