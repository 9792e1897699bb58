"""The re-ranker's pure parts: features, dates, diversity and folding of syndicated copies."""

from __future__ import annotations

from index.gazetteer import english_stem
from index.query import analyse
from index.rank import FEATURES, Candidate, Weights, diversify, favour_holding, features, score
from index.store import PassageRecord
from index.terms import (
    coverage,
    foreign_names,
    idf,
    name_stems,
    prefix_frequencies,
    prefixes,
    query_terms,
    rarest_missing_name,
    rarest_present_name,
    stem,
    tokens,
    transliterate,
)

TEXT = "Delegations met in Istanbul on Friday and agreed to swap a thousand prisoners of war each."


def record(
    pid: int, article: str, published: str | None, text: str = TEXT, source: str = "Wire"
) -> PassageRecord:
    return PassageRecord(pid, article, 0, 0, len(text), text, "t", source, published, None, None, "en")


def candidate(pid: int, article: str, published: str | None, dense: float = 0.85, **kw) -> Candidate:
    return Candidate(record(pid, article, published, **kw), dense=dense, sentence=dense)


def column(matrix, name: str) -> list[float]:
    return list(matrix[:, FEATURES.index(name)])


def test_a_named_period_prefers_its_passages_and_distrusts_undated_ones() -> None:
    info = analyse("What was agreed in May 2025?")
    pool = [candidate(1, "a", "2025-05-16"), candidate(2, "b", "2022-03-29"), candidate(3, "c", None)]
    matrix = features(pool, info)
    assert column(matrix, "period_match") == [1, 0, 0]
    assert column(matrix, "period_mismatch") == [0, 1, 0]
    assert column(matrix, "period_undated") == [0, 0, 1]
    score(pool, info, Weights())
    assert max(pool, key=lambda c: c.score).record.article_id == "a"


def test_a_named_day_prefers_passages_from_around_it_or_naming_it_over_the_rest_of_its_month() -> None:
    info = analyse("How many drones did Russia launch on the night of June 9, 2025?")
    pool = [
        candidate(1, "same-month", "2025-06-05", dense=0.86),  # a little closer in meaning
        candidate(2, "day-after", "2025-06-10"),
        candidate(3, "names-it", "2025-06-20", text="On June 9, Russia launched 479 drones."),
        candidate(4, "too-late", "2025-06-16"),
    ]
    matrix = features(pool, info)
    assert column(matrix, "day_match") == [0, 1, 1, 0]
    assert column(matrix, "period_match") == [1, 1, 1, 1]  # the month alone tells them apart no more
    score(pool, info, Weights())
    assert max(pool, key=lambda c: c.score).record.article_id == "day-after"
    assert (
        column(features(pool, analyse("How many drones did Russia launch in June 2025?")), "day_match")
        == [0] * 4
    )


def test_latest_questions_prefer_the_newest_close_coverage_and_never_undated() -> None:
    info = analyse("What is the latest on the prisoner swaps?")
    pool = [
        candidate(1, "old", "2022-08-01"),
        candidate(2, "new", "2025-06-02"),
        candidate(3, "undated", None),
        candidate(4, "far-but-newest", "2026-06-04", dense=0.70),  # not close: its date cannot help
    ]
    recency = column(features(pool, info), "recency")
    assert recency[1] == 1.0 and recency[0] == 0.5  # by rank of date among the close passages
    assert recency[2] == 0.0 and recency[3] == 0.0
    score(pool, info, Weights())
    assert diversify(pool)[0].record.article_id == "new"


def test_latest_questions_prefer_the_newest_year_of_close_coverage_over_a_closer_old_passage() -> None:
    info = analyse("What's the latest on the peace talks?")
    pool = [
        candidate(1, "closest-2022", "2022-06-01", dense=0.88),
        candidate(2, "june-2025", "2025-06-09", dense=0.865),
        candidate(3, "may-2025", "2025-05-30", dense=0.866),
        candidate(4, "newest", "2026-06-04", dense=0.862),
    ]
    assert column(features(pool, info), "recent_stretch") == [0, 1, 1, 1]  # within a year of the newest
    score(pool, info, Weights())
    assert "closest-2022" not in [c.record.article_id for c in diversify(pool)[:3]]


def test_latest_within_a_named_period_means_the_newest_of_that_period() -> None:
    info = analyse("What is the latest status of the grain deal in 2022?")
    pool = [
        candidate(1, "jul-2021", "2021-07-22"),
        candidate(2, "nov-2022", "2022-11-17"),
        candidate(3, "may-2025", "2025-05-30"),
    ]
    assert column(features(pool, info), "recent_stretch") == [0, 1, 0]
    # Dates are ranked within the period: November 2022 is its newest, and 2025 no newer.
    autumn = [candidate(4, "aug-2022", "2022-08-30"), candidate(5, "nov-2022", "2022-11-11")]
    assert column(features([*autumn, pool[2]], info), "recency") == [0.5, 1, 0]


def test_questions_without_time_words_ignore_dates() -> None:
    info = analyse("Who led the delegation?")
    pool = [candidate(1, "a", "2022-01-01"), candidate(2, "b", "2026-01-01")]
    matrix = features(pool, info)
    for name in ("period_match", "period_undated", "period_mismatch", "recency", "recent_stretch"):
        assert column(matrix, name) == [0, 0]


def wire_pool(*scores: float) -> list[Candidate]:
    """An AP report, the Daily Mail's copy of it and another report, scored in that order."""
    pool = [
        candidate(1, "ap", "2022-08-01", source="AP"),
        candidate(2, "mail", "2022-08-01", source="Daily Mail"),
        candidate(
            3, "other", "2022-08-02", text="A wholly different report about grain ships leaving Odesa."
        ),
    ]
    for value, c in zip(scores, pool, strict=True):
        c.score = value
    return pool


def test_copies_fold_into_one_quote_naming_the_other_publishers() -> None:
    ranked = diversify(wire_pool(3.0, 2.0, 1.0))
    assert [c.record.article_id for c in ranked] == ["ap", "other"]
    assert ranked[0].also == ["Daily Mail"]
    assert ranked[0].copies == ["mail"]


def test_ordering_the_same_pool_again_starts_afresh() -> None:
    """The abstention checks and the shown quotes order one pool with different weights, in turn."""
    pool = wire_pool(3.0, 2.0, 1.0)
    diversify(pool)
    for value, c in zip((1.0, 3.0, 2.0), pool, strict=True):
        c.score = value
    ranked = diversify(pool)
    assert [c.record.article_id for c in ranked] == ["mail", "other"]
    assert ranked[0].also == ["AP"] and ranked[0].copies == ["ap"]
    assert pool[0].also == [] and pool[0].copies == []  # the first order's quote no longer holds its copy


def test_each_article_appears_once_before_any_appears_twice() -> None:
    pool = [
        candidate(1, "a", None, text="First passage of article a about talks."),
        candidate(2, "a", None, text="Second, different passage of article a on swaps."),
        candidate(3, "b", None, text="Only passage of article b about corridors."),
    ]
    for value, c in zip((3.0, 2.0, 1.0), pool, strict=True):
        c.score = value
    assert [c.record.id for c in diversify(pool)] == [1, 3, 2]


def test_a_high_second_passage_joins_its_articles_quote() -> None:
    texts = [
        "Delegations from both countries met in Istanbul for the first direct talks in three years.",
        "Only passage of article b about grain corridors through the Black Sea.",
        "The answer sits here: the two sides agreed to exchange a thousand prisoners each.",
        "Only passage of article c about sanctions on Russian oil exports.",
        "A fourth passage of article a, on the drone strikes that preceded the talks.",
        "A fifth passage of article a, on the negotiators' hotel and their interpreters.",
    ]
    articles = ["a", "b", "a", "c", "a", "a"]
    pool = [candidate(n, articles[n], None, text=texts[n]) for n in range(6)]
    for n, c in enumerate(pool):
        c.score = 10.0 - n

    ranked = diversify(pool, merge_depth=5, per_article=3)
    assert [c.record.id for c in ranked] == [0, 1, 3, 5]  # 5 ranks below the depth: a repeat
    assert [c.record.id for c in ranked[0].more] == [2, 4]
    # Without merging, the answer waits behind every other article.
    for c in pool:
        c.more.clear()
    assert [c.record.id for c in diversify(pool)] == [0, 1, 3, 2, 4, 5]
    # At most `per_article` passages per quote.
    for c in pool:
        c.more.clear()
    assert [c.record.id for c in diversify(pool, merge_depth=5, per_article=2)[0].more] == [2]
    # A limit settles the first quotes exactly as the full pass would, and stops there.
    for c in pool:
        c.more.clear()
    limited = diversify(pool, merge_depth=5, per_article=3, limit=2)
    assert [c.record.id for c in limited[:2]] == [0, 1] and [c.record.id for c in limited[0].more] == [2, 4]


def test_a_copy_of_a_joined_passage_names_its_publisher_on_the_quote() -> None:
    answer = "The answer sits here: the two sides agreed to exchange a thousand prisoners each."
    pool = [
        candidate(
            1, "a", None, text="Delegations met in Istanbul for the first direct talks in years.", source="AP"
        ),
        candidate(2, "b", None, text="Only passage of article b about grain corridors."),
        candidate(3, "a", None, text=answer, source="AP"),
        candidate(4, "c", None, text=answer, source="Reuters"),  # a syndicated copy
    ]
    for value, c in zip((4.0, 3.0, 2.0, 1.0), pool, strict=True):
        c.score = value
    ranked = diversify(pool, merge_depth=5, per_article=3)
    assert [c.record.id for c in ranked] == [1, 2]
    assert [c.record.id for c in ranked[0].more] == [3] and ranked[0].also == ["Reuters"]


def test_terms_stem_transliterate_and_weigh_rare_words_more() -> None:
    assert stem("Russia's") == stem("Russian") == "russia"
    assert transliterate("Умєров", "uk") == "umyerov"
    assert stem(transliterate("Мединский", "ru")) == stem("Medinsky")
    assert query_terms("Хто такий Мединський?", "uk") == ["medins"]
    frequencies = {"talks": 900, "medins": 3}
    rare_only = coverage(["talks", "medins"], {"medins"}, frequencies, 1000)
    common_only = coverage(["talks", "medins"], {"talks"}, frequencies, 1000)
    assert rare_only > 0.8 > 0.2 > common_only


def test_a_rare_name_missing_from_the_close_passages_is_flagged() -> None:
    present = tokens("Russia and Ukraine agreed a ceasefire in Istanbul.")
    frequencies = {"russia": 5000, "istanb": 800, "hamas": 0}
    assert rarest_missing_name("What did Hamas agree in Istanbul?", present, frequencies, 10000)[0] > 7
    assert rarest_missing_name("What did Hamas agree in Istanbul?", present, frequencies, 10000)[1] == "Hamas"
    assert rarest_missing_name("What did Russia agree in Istanbul?", present, frequencies, 10000)[0] == 0
    # Months and question words are not names.
    assert rarest_missing_name("What happened in November?", present, frequencies, 10000)[0] == 0


def test_a_region_is_mentioned_by_a_passage_naming_one_of_its_members() -> None:
    frequencies = {"gulf": 3, "saudi": 40}
    question = "Which Gulf kingdom brokered the release?"
    saudi = tokens("Saudi Arabia said it brokered the release.")
    assert rarest_missing_name(question, saudi, frequencies, 10000)[0] == 0
    elsewhere = tokens("Turkey said it brokered the release.")
    assert rarest_missing_name(question, elsewhere, frequencies, 10000)[1] == "Gulf"
    kazakh = tokens("Kazakhstan hosted the talks.")
    assert rarest_missing_name("Which country in Asia hosted them?", kazakh, {"asia": 2}, 10000)[0] == 0
    # Two names joined by a hyphen weigh as the rarer; a name joined to a word weighs as the name.
    frequencies = {"spain": 56, "morocc": 13, "chelse": 20, "owning": 1}
    pair = rarest_missing_name("Who brokered the Spain-Morocco deal?", saudi, frequencies, 10000)
    assert pair == (idf(13, 10000), "Spain-Morocco")
    owner = rarest_missing_name("Which Chelsea-owning billionaire went blind?", saudi, frequencies, 10000)
    assert owner == (idf(20, 10000), "Chelsea-owning")
    # An abbreviation is mentioned by a passage spelling it out.
    spelled = tokens("Russia plans a training launch of a Yars intercontinental ballistic missile.")
    question = "Where will Russia launch its Yars ICBM?"
    assert rarest_missing_name(question, spelled, {"icbm": 2, "yars": 3}, 10000)[0] == 0
    # A body named by its initials or in German is mentioned by its English name.
    kiis = tokens("A poll by the Kyiv International Institute of Sociology found 44% use Telegram.")
    assert rarest_missing_name("What did the KIIS poll find?", kiis, {"kiis": 1}, 10000)[0] == 0
    army = tokens("Germany's army must be fully equipped by 2029.")
    assert rarest_missing_name("When must the Bundeswehr be equipped?", army, {"bundes": 1}, 10000)[0] == 0


def test_another_conflict_s_name_missing_from_the_close_passages_weighs_as_the_rarest() -> None:
    # The coverage mentions Taiwan in passing often enough that its IDF alone would not decline.
    frequencies = {"taiwan": 900, "romani": 300}
    romania = tokens("Nicusor Dan won Romania's presidential election.")
    english = rarest_missing_name("Who won Taiwan's presidential election?", romania, frequencies, 10000)
    assert english == (idf(0, 10000), "Taiwan")  # finite: a variant that never declines still never does
    russian = rarest_missing_name(
        "Кто победил на выборах на Тайване?", {"romani"}, frequencies, 10000, language="ru"
    )
    assert russian == (idf(0, 10000), "Тайване")
    taiwan = tokens("Taiwan's election was won by Lai Ching-te.")
    assert rarest_missing_name("Who won Taiwan's presidential election?", taiwan, frequencies, 10000)[0] == 0


def test_a_place_s_ukrainian_adjective_is_mentioned_by_its_russian_spelling() -> None:
    question = "How many people were injured in the shelling of Nova Kakhovka?"
    russian = tokens("Shelling of Novaya Kakhovka injured 80 people.")
    assert rarest_missing_name(question, russian, {"nova": 2, "kakhov": 10}, 10000)[0] == 0
    assert rarest_missing_name(question, tokens("Shelling of Kakhovka."), {"nova": 2}, 10000)[1] == "Nova"


def test_a_country_is_mentioned_by_a_passage_naming_one_of_its_cities() -> None:
    question = "Which envoy was photographed at a cash machine in Turkey?"
    istanbul = tokens("The envoy was seen at an ATM in Istanbul.")
    assert rarest_missing_name(question, istanbul, {"turkey": 3}, 10000)[0] == 0
    assert rarest_present_name(question, istanbul, {"turkey": 3}, 10000) == (frozenset({"turkey"}), "Turkey")
    # Another country's city is not one of them.
    athens = tokens("The envoy was seen at an ATM in Athens.")
    assert rarest_missing_name(question, athens, {"turkey": 3}, 10000)[1] == "Turkey"


def test_a_country_and_its_people_s_adjective_mention_each_other_when_a_name_is_missing() -> None:
    question = "Which Spanish daily did Schroeder talk to?"
    spain = tokens("Schroeder told Spain's ABC newspaper there was no prospect of that.")
    assert rarest_missing_name(question, spain, {"spanis": 3}, 10000)[0] == 0
    french = tokens("A French plan.")
    assert rarest_missing_name("What did France propose?", french, {"france": 9}, 10000)[0] == 0
    assert rarest_missing_name(question, tokens("Schroeder told Bild."), {"spanis": 3}, 10000)[1] == "Spanish"
    # The checks reading the passages that name a country do not count its adjective: "Iranian drones".
    iranian = tokens("Iranian drones struck Kyiv.")
    assert rarest_present_name("What did Iran agree?", iranian, {"iran": 50}, 10000) is None


def test_names_in_ukrainian_and_russian_take_their_english_spelling_whatever_the_case() -> None:
    assert query_terms("Скільки тіл Росія пообіцяла передати Україні у Стамбулі?", "uk") == [
        "russia", "ukrain", "istanb",
    ]  # fmt: skip
    assert query_terms("Сколько длился разговор Трампа и Путина?", "ru") == ["trump", "putin"]
    assert query_terms("Кого призначив Гутерріш?", "uk") == ["guterr"]
    assert foreign_names("Що сказав представник ООН?", "uk") == [("un", True, "ООН")]
    # A name the gazetteer does not know is transliterated, without its case ending.
    assert foreign_names("Що сказав Шмигаля?", "uk") == [("shmyh", False, "Шмигаля")]
    # An acronym keeps its last letter, and its "Є" is an "e".
    assert foreign_names("Хто виграв Лігу чемпіонів УЄФА?", "uk")[-1] == ("uefa", False, "УЄФА")
    # Romania's president and his rival, whom a transliteration would spell "Nikushor" and "Simion".
    assert foreign_names("Коли Нікушор Дан приїде до Києва?", "uk")[0] == ("nicuso", True, "Нікушор")
    assert foreign_names("Что требовал Симион?", "ru") == [("simion", True, "Симион")]


def test_prefixes_let_a_short_name_stem_match_a_longer_passage_stem() -> None:
    present = prefixes(tokens("Zelenskyy met Erdogan in Ankara."))
    assert {"zelens", "erdoga", "ankara"} <= present
    assert prefix_frequencies({"russia": 50, "russel": 9})["russ"] == 50


def test_near_misses_in_ukrainian_and_russian_are_flagged_by_known_names_only() -> None:
    present = prefixes(tokens("Russia and Ukraine agreed a ceasefire in Istanbul."))
    frequencies = prefix_frequencies({"russia": 5000, "istanb": 800, "ukrain": 5000})
    hamas = "Які умови перемир'я між Ізраїлем і ХАМАС?"
    assert rarest_missing_name(hamas, present, frequencies, 10000, "uk")[0] > 7
    russia = "Що Росія погодила у Стамбулі?"
    assert rarest_missing_name(russia, present, frequencies, 10000, "uk")[0] == 0
    # A transliterated name may just be spelt otherwise in English: it never declines alone.
    unknown = "Що сказав Шмигаля у Стамбулі?"
    assert rarest_missing_name(unknown, present, frequencies, 10000, "uk")[0] == 0


def test_other_conflicts_places_are_known_without_catching_ordinary_words() -> None:
    assert english_stem("Кашміру") == "kashmi"
    assert english_stem("Мьянме") == "myanma"
    assert english_stem("Єгипет") == "egypt"
    assert english_stem("Дохе") == "doha"
    # "досі" ("still") and "малі" ("small") are also forms of Doha and Mali: never names.
    assert english_stem("досі") is None
    assert english_stem("малі") is None


def test_the_countries_cities_and_people_of_the_coverage_are_known_in_any_case() -> None:
    assert english_stem("Німеччини") == "german"
    assert english_stem("Угорщину") == "hungar"
    assert english_stem("французький") == "french" and english_stem("Франції") == "france"
    assert english_stem("Буча") == "bucha" and english_stem("Бучі") == "bucha"
    assert english_stem("Шойгу") == "shoigu" and english_stem("Лубінець") == "lubine"
    # The pope is no France, "будет" no Bucha, "мерцание" no Merz.
    assert english_stem("Франциск") == "franci"
    assert english_stem("будет") is None and english_stem("мерцание") is None


def test_older_english_spellings_count_for_names_from_other_languages() -> None:
    present = name_stems("Kiev and Moscow exchanged prisoners in Odessa.")
    assert {"kyiv", "kiev", "odesa", "moscow"} <= present
    assert query_terms("Какого политика Киев передал России?", "ru") == ["kyiv", "russia"]


def test_a_short_lookup_puts_the_passages_holding_all_its_words_first_in_their_own_order() -> None:
    near, holding, also_holding = candidate(1, "a", None), candidate(2, "b", None), candidate(3, "c", None)
    near.score, holding.score, also_holding.score = 5.0, 1.0, 2.0
    near.words = {"envoy", "talks"}
    holding.words = also_holding.words = {"witkof", "envoy"}
    favour_holding([near, holding, also_holding], ["witkof"])
    assert also_holding.score > holding.score > near.score == 5.0
    favour_holding([near], [])  # no words: nothing changes
    assert near.score == 5.0


def test_keyword_evidence_counts_for_a_cyrillic_question_only_through_its_english_glossary_words() -> None:
    held, missed = candidate(1, "a", None), candidate(2, "b", None)
    held.keyword, held.coverage = 4.0, 0.8
    missed.keyword, missed.coverage = 1.0, 0.1
    translated = analyse("Скільки полонених обміняли у Стамбулі?")
    assert translated.translated  # prisoners, exchanged...
    matrix = features([held, missed], translated)
    assert column(matrix, "keyword") == [1.0, 0.25] and column(matrix, "coverage") == [0.8, 0.1]
    untranslated = analyse("Хто такий Мединський?")  # a name only: nothing for the glossary
    assert untranslated.translated == ()
    matrix = features([held, missed], untranslated)
    assert column(matrix, "keyword") == [0.0, 0.0] and column(matrix, "coverage") == [0.0, 0.0]
