from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from index.casual import (
    capitalised_forms,
    cased_who_is,
    is_uncased,
    may_be_mistyped,
    respell_names,
    respell_words,
    restore_case,
    vocabulary,
    with_question_mark,
)
from index.render import answer_to_json, render_text
from index.search import open_searcher

COVERAGE = [
    "The talks in Istanbul ended. Then Putin said that NATO and the US were to blame, and Putin left.",
    "Officials said Putin would not go to Istanbul, and the war went on in the village.",
    "A village near the front was shelled, but the Village Voice did not report it.",
    "Talks may resume in May, officials in Istanbul said on Monday. Allies of NATO met on May 3.",
]


def test_words_the_coverage_capitalises_mid_sentence_are_listed_in_its_spelling() -> None:
    forms = capitalised_forms(COVERAGE)
    assert forms["putin"] == "Putin"
    assert forms["istanbul"] == "Istanbul"
    assert forms["nato"] == "NATO"
    assert "village" not in forms  # written in lower case twice, capitalised once
    assert "talks" not in forms  # capitalised only where a sentence begins
    assert "officials" not in forms
    assert forms["us"] == "US"  # once, and never in lower case


def test_a_question_without_capitals_gets_the_coverages_capitals() -> None:
    forms = capitalised_forms(COVERAGE)
    assert (
        restore_case("why did putin skip the istanbul talks?", forms)
        == "Why did Putin skip the Istanbul talks?"
    )
    assert (
        restore_case("WHY DID PUTIN SKIP THE VILLAGE TALKS?", forms)
        == "Why did Putin skip the village talks?"
    )
    # Words the coverage never uses are left alone, unless it is known what the coverage holds...
    assert restore_case("did hamas meet nato", forms) == "Did hamas meet NATO"
    # ...when they are taken for names, but for what looks like an inflection.
    held = {"did", "meet", "the", "talks", "what", "ship"}.__contains__
    assert restore_case("did hamas meet nato", forms, held) == "Did Hamas meet NATO"
    assert restore_case("what sunken ship reportedly inked the talks", forms, held) == (
        "What sunken ship reportedly inked the talks"
    )
    # A word of three letters the coverage never holds is taken for an acronym.
    assert restore_case("did the rsf meet nato", forms, held) == "Did the RSF meet NATO"
    # A contraction typed without its apostrophe is neither.
    assert restore_case("nato talks - whats going on, ive asked", forms, held) == (
        "NATO talks - whats going on, ive asked"
    )
    # Nor is the word before a contraction's apostrophe (blind33's tn22).
    assert restore_case("why wasn't nato at the talks, isn't it", forms, held) == (
        "Why wasn't NATO at the talks, isn't it"
    )


def test_a_question_with_its_own_capitals_is_left_as_written() -> None:
    forms = capitalised_forms(COVERAGE)
    question = "Why did Putin meet the village elders in may?"
    assert not is_uncased(question)
    assert restore_case(question, forms) == question
    assert is_uncased("Why did putin go?")  # the first capital alone says nothing
    assert is_uncased("хто очолив делегацію?")
    assert not is_uncased("?")


def test_a_question_typed_without_its_mark_gets_one() -> None:
    assert with_question_mark("why did putin refuse") == "why did putin refuse?"
    assert with_question_mark("Хто очолив делегацію ") == "Хто очолив делегацію?"
    assert with_question_mark("Сколько длились переговоры") == "Сколько длились переговоры?"
    assert with_question_mark("Who led it?") == "Who led it?"
    # A lookup is no question, and a sentence that ends in its own mark keeps it.
    assert with_question_mark("Putin Zelensky meeting") == "Putin Zelensky meeting"
    assert with_question_mark("Kyiv's defence chief said the wreck would serve as what") == (
        "Kyiv's defence chief said the wreck would serve as what?"
    )
    assert with_question_mark("what happened...") == "what happened..."


def test_the_searcher_reads_a_name_typed_in_lower_case_as_a_name(fake_index: Path) -> None:
    searcher = open_searcher(fake_index)
    # On the 29 seed passages no name is rare enough for the shipped threshold: lower it.
    searcher.config = replace(searcher.config, max_missing_name=3.0)
    written = searcher.search("What did Hamas agree to in Istanbul?")
    typed = searcher.search("what did hamas agree to in istanbul")
    assert not written.answered and "Hamas" in written.reason
    assert not typed.answered and "Hamas" in typed.reason
    assert typed.question == "what did hamas agree to in istanbul"  # shown as the reader typed it
    assert searcher.capitalised["istanbul"] == "Istanbul"
    assert searcher.capitalised["putin"] == "Putin"


def test_warming_builds_the_coverages_capitals_before_the_first_question(fake_index: Path) -> None:
    searcher = open_searcher(fake_index)
    assert searcher._capitalised is None  # built on demand...
    assert searcher.warm() is searcher
    assert searcher._capitalised is not None  # ...or ahead, by a server
    assert searcher._capitalised["istanbul"] == "Istanbul"


NAMES = {"zelensky": "Zelensky", "shoigu": "Shoigu", "witkoff": "Witkoff", "hama": "Hama", "umerov": "Umerov"}
PASSAGES = {
    "Zelensky": 900, "Shoigu": 40, "Witkoff": 30, "Hama": 5, "Umerov": 40, "Umaro": 2, "Zelenksy": 3,
    "Shoygu": 12, "Witkof": 1,
}  # fmt: skip


def respell(question: str, also: tuple[str, ...] = ()) -> str:
    words = vocabulary([" ".join(NAMES.values()), "what did say sign with the talks", *also])
    return respell_names(question, NAMES, words, lambda word: PASSAGES.get(word, 0))


def test_a_misspelt_name_is_read_as_the_name_a_letter_away() -> None:
    assert respell("What did Zelenksy say?") == "What did Zelensky say?"  # two letters swapped
    assert respell("What did Shoygu sign?") == "What did Shoigu sign?"  # one changed
    assert respell("What did Whitkoff's team say?") == "What did Witkoff's team say?"  # one added
    assert respell("What did Umarov say?", ("umaro",)) == "What did Umerov say?"  # "Umaro" is too rare


def test_short_known_and_lower_case_words_are_never_respelt() -> None:
    assert respell("What did Hamas sign?") == "What did Hamas sign?"  # too short: "Hama" is a letter away
    # A spelling the coverage holds often is its own; one it holds in a few passages, beside hundreds of times
    # as many of a name a letter away, is a slip.
    assert respell("What did Shoygu sign?", ("shoygu",)) == "What did Shoygu sign?"
    assert respell("What did Zelenksy say?", ("zelenksy",)) == "What did Zelensky say?"
    assert (
        respell("What did Witkof say?", ("witkof",)) == "What did Witkof say?"
    )  # Witkoff: 30, not 200 times
    assert respell("what did zelenksy say?") == "what did zelenksy say?"  # not written as a name
    assert respell("What did Zhelensky say?") == "What did Zelensky say?"
    assert respell("What did Xelensky say?") == "What did Xelensky say?"  # the first letter must match


def test_a_short_name_is_respelt_only_to_a_person_the_gazetteer_lists() -> None:
    # blind40's tu42: "Kalas" for Kallas; "Hamas" stays, though "Hama" is a letter away.
    names = {**NAMES, "kallas": "Kallas"}
    words = vocabulary([" ".join(names.values()), "why was against"])
    counts = {**PASSAGES, "Kallas": 60}
    people = frozenset({"kallas", "zelens"})

    def respelt(question: str) -> str:
        return respell_names(question, names, words, lambda word: counts.get(word, 0), people)

    assert respelt("Why was Kalas against it?") == "Why was Kallas against it?"
    assert respelt("What did Hamas sign?") == "What did Hamas sign?"
    assert respell_names("Why was Kalas against it?", names, words, lambda w: counts.get(w, 0)) == (
        "Why was Kalas against it?"
    )


COMMON = {
    "launch": 900,
    "laugh": 30,
    "lunch": 40,
    "drones": 800,
    "russia": 2000,
    "talks": 1000,
    "tanks": 400,
    "whether": 291,
    "weather": 23,
    "barrels": 150,
    "barely": 120,
}


def test_a_common_word_mistyped_is_read_as_the_word_a_letter_away() -> None:
    # blind40's tu05: "lauch" was taken for a name the coverage lacks.
    words = vocabulary([" ".join(COMMON), "how many did at in that"])

    def respelt(question: str) -> str:
        return respell_words(question, {"russia": "Russia"}, words, lambda word: COMMON.get(word, 0))

    assert respelt("how many drones did russia lauch") == "how many drones did russia launch"
    # A word a letter from two about as common stays, as does a word the coverage holds, a name it
    # capitalises, and one a letter from no word.
    assert respelt("did they lanch it") == "did they launch it"  # "launch" 900, "lunch" 40: 22 times
    assert respelt("the wether in lviv") == "the wether in lviv"  # blind5's g61: "whether" 291, "weather" 23
    assert respelt("the tarks") == "the tarks"  # "talks" 1,000, "tanks" 400
    # Of two about as common, the one with a doubled letter typed once (blind52's ug53).
    assert respelt("how many barels a day") == "how many barrels a day"  # not "barely"
    assert respell_words("a laugh", {}, words, lambda word: COMMON.get(word, 0)) == "a laugh"
    assert respelt("what of russa") == "what of russa"
    assert respelt("the sourdough") == "the sourdough"


def test_the_searcher_reads_a_misspelt_name_as_the_coverages(fake_index: Path) -> None:
    searcher = open_searcher(fake_index)
    searcher.config = replace(searcher.config, max_missing_name=3.0)  # as above: a small index
    assert searcher.search("Why did Putin refuse to meet Zelensky?").answered
    misspelt = searcher.search("Why did Putin refuse to meet Zelenkyy?")
    assert misspelt.answered, misspelt.reason
    assert misspelt.question == "Why did Putin refuse to meet Zelenkyy?"
    assert not searcher.search("Why did Putin refuse to meet Zalenkyy?").answered  # two letters away


def test_a_respelt_question_tells_how_it_was_read_in_text_and_json(fake_index: Path) -> None:
    searcher = open_searcher(fake_index)
    respelt = searcher.search("Why did Putin refuse to meet Zelenkyy?")
    assert respelt.read_as is not None and "Zelenkyy" not in respelt.read_as
    assert answer_to_json(respelt)["read_as"] == respelt.read_as
    assert render_text(respelt).startswith(f"Read as: {respelt.read_as}\n")
    # Capitals and a question mark restored are no news to the reader: nothing is said of them.
    typed = searcher.search("why did putin refuse to meet zelensky")
    assert typed.read_as is None and "read_as" not in answer_to_json(typed)


def _respeller(counts: dict[str, int]) -> Callable[[str], str]:
    """`respell_words` over a coverage of `counts`' words, each held in that many passages."""
    words = vocabulary([" ".join(counts)])
    return lambda question: respell_words(question, {}, words, lambda word: counts.get(word, 0))


def test_a_long_word_held_once_as_a_slip_is_read_as_the_common_word_a_letter_away() -> None:
    # blind47's ub61: the coverage holds "Minster" once (a headline's slip), "minister" in 1,439 passages.
    counts = {
        "minster": 1,
        "minister": 1439,
        "belarus": 300,
        "swaying": 1,
        "saying": 443,
        "pier": 1,
        "per": 900,
    }
    respelt = _respeller(counts)
    assert respelt("where was belarus defence minster") == "where was belarus defence minister"
    # A rare real word stays: one a letter from a word in fewer than SLIP_WORD_NEIGHBOUR passages, and a short one.
    assert respelt("the crowd was swaying") == "the crowd was swaying"
    assert respelt("the pier was hit") == "the pier was hit"
    assert may_be_mistyped("minster", lambda word: counts.get(word, 0))
    assert not may_be_mistyped("pier", lambda word: counts.get(word, 0))


def test_a_past_tense_typed_without_its_e_is_read_as_one() -> None:
    # blind50's ue05: "started" is a letter from "startd", and so are "start" and "starts".
    counts = {"started": 600, "start": 400, "starts": 90, "invasion": 900, "after": 3000, "the": 9000}
    assert _respeller(counts)("what did putin do after the invasion startd").endswith("invasion started")


def test_a_ukrainian_or_russian_who_is_question_capitalises_the_name_it_asks_of() -> None:
    # blind52's ug25: typed in lower case, the name was no name, and no passage naming him was looked for.
    assert cased_who_is("хто такий андрій коваленко?") == "хто такий Андрій Коваленко?"
    assert cased_who_is("кто такой геннадий гатилов") == "кто такой Геннадий Гатилов"
    assert cased_who_is("Хто такий Андрій Коваленко?") == "Хто такий Андрій Коваленко?"
    # Other questions stay as typed.
    assert cased_who_is("хто очолив делегацію?") == "хто очолив делегацію?"
    assert cased_who_is("who is andriy kovalenko?") == "who is andriy kovalenko?"


def test_a_word_shortened_in_a_chat_is_no_name() -> None:
    # blind58 um50: "exec" is an executive, not a name the coverage lacks.
    question = "age of the far east development corporation exec who fell off his boat near vladivostok?"
    cased = restore_case(question, {"vladivostok": "Vladivostok"}, known=lambda word: False)
    assert " exec " in cased and "Vladivostok" in cased
    assert "Kananaskis" in restore_case("where is kananaskis", {}, known=lambda word: False)


def test_a_slip_of_three_letters_is_no_acronym() -> None:
    # blind61 up53: "wil" is "will", not a name the coverage lacks.
    cased = restore_case("how many troops wil take part in zapad-2025", {}, known=lambda word: False)
    assert " wil " in cased
    assert "RSF" in restore_case("who leads the rsf", {}, known=lambda word: False)


def test_an_inflection_of_a_word_the_coverage_holds_is_no_slip() -> None:
    # blind79's vh48: "polled" was read as "pulled", "poll" being in the coverage.
    counts = {
        "poll": 40,
        "pulled": 60,
        "hope": 50,
        "drones": 900,
        "the": 9000,
        "they": 900,
        "many": 900,
        "were": 900,
    }
    respelt = _respeller(counts)
    assert respelt("how many were polled in the survey") == "how many were polled in the survey"
    assert respelt("they hoped") == "they hoped"
    # A plural's slip is still one: "drons" is not "dron" with an "s".
    assert respelt("the drons") == "the drones"
