"""The everyday things a question asks about, in English, Ukrainian and Russian."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from index.build import build_index
from index.embed import FakeEmbedder
from index.everyday import everyday_words
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from index.terms import full_name


def test_everyday_things_are_found_in_every_language() -> None:
    assert everyday_words("Which hotel did Ukraine's delegation stay at in Istanbul?") == ["hotel"]
    assert everyday_words("What colour was Medinsky's shirt?") == ["colour", "shirt"]
    assert everyday_words("Who are the wives of the delegates?") == ["wife"]
    assert everyday_words("У якому готелі зупинялася українська делегація?") == ["hotel"]
    assert everyday_words("Как зовут собаку Путина?") == ["dog"]
    assert everyday_words("Кто переводил для делегации? Как звали переводчика?") == ["interpreter"]
    assert everyday_words("Яка погода була в Стамбулі?") == ["weather"]
    assert everyday_words("How did the Kremlin interpret the decree?") == []
    assert everyday_words("Яке меню подавали делегаціям у Стамбулі?") == ["menu"]
    assert everyday_words("What was on the menu of the dinner?") == ["menu", "dinner"]
    assert everyday_words("What colours did the ship's crew wear?") == ["colour"]


def test_words_with_another_sense_are_not_everyday_things() -> None:
    for question in (
        "Can Ukraine weather the winter without gas?",  # a verb
        "Чи погодилася Росія на перемир'я?",  # "agreed", not the weather
        "Что Путин сказал вечером после переговоров?",  # an evening, not a dinner
        "Какой операцией СБУ поразила аэродромы?",  # "которой" and the like are no cat
        "Is there room for compromise, or will Kyiv follow suit and put pen to paper?",
        "Who led Russia's delegation in Istanbul?",
        "Who drove the big cats out of the zoo?",  # lions and tigers, not pets
        "What menu of sanctions is the EU weighing?",  # a list of choices
        "Which cargo ship flying Moscow's colours docked in Syria?",  # a flag
        "Did the Kremlin show its true colours?",  # a character
    ):
        assert everyday_words(question) == [], question


def test_a_question_about_an_everyday_thing_no_close_passage_names_is_declined(fake_index: Path) -> None:
    # No floor and no other check: only the everyday-thing check can decline.
    searcher = Searcher(
        IndexStore.open(fake_index), FakeEmbedder(), RetrievalConfig(min_dense=-1.0, check_named_things=False)
    )
    answer = searcher.search("Which hotel did Russia's delegation stay at in Istanbul?")
    assert not answer.answered
    assert answer.reason and "“hotel”" in answer.reason
    off = RetrievalConfig(min_dense=-1.0, check_named_things=False, check_everyday=False)
    assert Searcher(IndexStore.open(fake_index), FakeEmbedder(), off).search(answer.question).answered


def test_which_thing_is_declined_when_no_quote_names_one(fake_index: Path) -> None:
    # The seeds name no hotel at all, let alone one by name.
    named = RetrievalConfig(min_dense=-1.0, check_everyday=False)
    answer = Searcher(IndexStore.open(fake_index), FakeEmbedder(), named).search(
        "Which hotel did Russia's delegation stay at in Istanbul?"
    )
    assert not answer.answered
    assert answer.reason and answer.reason.endswith("mentions a “hotel” by name.")
    off = RetrievalConfig(min_dense=-1.0, check_named_things=False, check_everyday=False)
    assert Searcher(IndexStore.open(fake_index), FakeEmbedder(), off).search(answer.question).answered


def test_a_noun_after_a_modal_and_the_is_still_a_thing() -> None:
    assert everyday_words("Will the weather be fine for the June talks?") == ["weather"]
    assert everyday_words("How will the economy weather the sanctions?") == []


def _searcher_with(tmp_path: Path, seed_corpus: Path, articles: dict[str, tuple[str, str]]) -> Searcher:
    """A searcher over the seeds plus `articles` (id: (published, text)), every passage counting as close
    (the fake embedder ranks by chance)."""
    for article_id, (published, text) in articles.items():
        (seed_corpus / f"{article_id}.md").write_text(
            f"---\nid: {article_id}\nsource: Wire\npublished: {published}\n---\n{text}\n", encoding="utf-8"
        )
    data = tmp_path / "data-with-articles"
    build_index([seed_corpus], data, model="fake")
    return Searcher(IndexStore.open(data), FakeEmbedder(), RetrievalConfig(min_dense=-1.0, name_depth=50))


def test_someones_everyday_thing_must_be_named_beside_them(tmp_path: Path, seed_corpus: Path) -> None:
    wife = (
        "Vladimir Medinsky arrived in Istanbul with his wife, who watched the delegations gather at the "
        "palace and later joined him for a reception with Turkish officials on the Bosphorus."
    )
    umerov = (
        "Rustem Umerov led Ukraine's delegation at the Istanbul talks and spoke to reporters at the "
        "palace afterwards about the prisoner exchange both sides had agreed to carry out."
    )
    searcher = _searcher_with(
        tmp_path, seed_corpus, {"wife": ("2025-05-16", wife), "umerov": ("2025-05-16", umerov)}
    )
    # Neither passage gives a wife's name, which the person check reads for (index/people.py).
    medinsky = searcher.search("What is the name of Vladimir Medinsky's wife?")
    assert not medinsky.answered and medinsky.reason.endswith("mentions the wife by name.")
    searcher.config = replace(searcher.config, check_people=False)
    assert searcher.search(medinsky.question).answered
    # A close passage names a wife, but none of those naming Umerov does.
    answer = searcher.search("What is the name of Rustem Umerov's wife?")
    assert not answer.answered
    assert answer.reason and "that mention “Rustem Umerov” mentions “wife”" in answer.reason


def test_a_full_name_is_the_names_run_together() -> None:
    assert full_name("Did Brittney Griner have an interpreter?", "Brittney") == ["Brittney", "Griner"]
    assert full_name("What did Xi Jinping tell Olaf Scholz?", "Jinping") == ["Xi", "Jinping"]
    assert full_name("What is the name of Umerov's daughter?", "Umerov") == ["Umerov"]


def test_another_part_of_the_name_counts_only_when_it_mostly_means_that_person(
    tmp_path: Path, seed_corpus: Path
) -> None:
    articles = {
        "lammy": "David Lammy, Britain's foreign secretary, travelled to Kyiv with his wife",
        "cameron": "David Cameron, a former prime minister, spoke about sanctions and aid",
        "miliband": "David Miliband, who runs an aid charity, spoke about refugees and aid",
        "arakhamia": "David Arakhamia, who heads the ruling party's faction, led the delegation",
        "sentence": "Brittney Griner was sentenced to nine years in a penal colony by a court",
        "hearing": "Griner did not have a proper interpreter at the hearing, her lawyers said",
    }
    for key, opening in articles.items():
        (seed_corpus / f"{key}.md").write_text(
            f"---\nid: {key}\nsource: Wire\npublished: 2022-08-04\n---\n{opening}, according to officials "
            "who spoke to reporters on Thursday about the talks, the prisoners and the weeks ahead.\n",
            encoding="utf-8",
        )
    data = tmp_path / "names-data"
    build_index([seed_corpus], data, model="fake")
    searcher = Searcher(IndexStore.open(data), FakeEmbedder(), RetrievalConfig(min_dense=-1.0, name_depth=60))
    # "David" mostly means someone else here: another David's wife is no answer.
    assert not searcher._stands_for("David", "Arakhamia")
    answer = searcher.search("What is the name of David Arakhamia's wife?")
    assert not answer.answered and "“wife”" in (answer.reason or "")
    # "Griner" mostly means Brittney Griner: her interpreter is told of in a passage that says only "Griner".
    assert searcher._stands_for("Griner", "Brittney")
    assert searcher.search("Did Brittney Griner have a proper interpreter at the hearing?").answered


def test_landforms_are_everyday_things() -> None:
    assert everyday_words("What is the tallest mountain in Africa?") == ["mountain"]
    assert everyday_words("Яка найвища гора в Україні?") == ["mountain"]
    assert everyday_words("Какой вулкан извергся в Исландии?") == ["volcano"]
    assert everyday_words("Горе Путина") == []  # grief, not a mountain


def test_gifts_are_everyday_things() -> None:
    assert everyday_words("What gift did Erdogan give Putin?") == ["gift"]
    assert everyday_words("Какой подарок Путин передал Трампу?") == ["gift"]
    assert everyday_words("Britain will gift more vehicles to Ukraine.") == []  # a verb


def test_asking_who_interpreted_asks_for_an_interpreter() -> None:
    assert everyday_words("Who interpreted for the Russian delegation in Istanbul?") == ["interpreter"]
    assert everyday_words("Who translated between the two delegations?") == ["interpreter"]
    assert everyday_words("How was Putin's remark interpreted in Kyiv?") == []


def test_a_passage_naming_a_translator_names_the_interpreter_asked_for(
    tmp_path: Path, seed_corpus: Path
) -> None:
    court = (
        "Brittney Griner listened to the hearing in the Khimki court through a translator, her lawyers said, "
        "and the judge adjourned the trial until the following week."
    )
    searcher = _searcher_with(tmp_path, seed_corpus, {"court": ("2022-07-07", court)})
    assert searcher.search("Who interpreted for Brittney Griner at her trial?").answered
    answer = searcher.search("Who interpreted for the Russian delegation in Istanbul?")
    assert not answer.answered and "“interpreter”" in answer.reason


def test_a_salary_is_told_of_as_pay(tmp_path: Path, seed_corpus: Path) -> None:
    rest = ", according to officials who spoke to reporters on Thursday about the talks and the weeks ahead."
    legion = "Ukraine's International Legion said its fighters are paid around $500 per month" + rest
    brigade = "Ukraine's Azov Brigade said its fighters held the steel plant for weeks" + rest
    articles = {"legion": ("2022-07-21", legion), "brigade": ("2022-07-21", brigade)}
    searcher = _searcher_with(tmp_path, seed_corpus, articles)
    assert everyday_words("What monthly salary are International Legion fighters paid?") == ["salary"]
    assert searcher.search("What monthly salary are the International Legion's fighters given?").answered
    assert not searcher.search("What monthly salary are the Azov Brigade's fighters given?").answered


def test_a_wedding_tells_of_the_wife(tmp_path: Path, seed_corpus: Path) -> None:
    rest = ", friends of the couple told reporters in Moscow on Monday, weeks after the protests began."
    married = (
        "Arshak Makichyan and Polina decided to marry this winter so they could see each other in prison"
        + rest
    )
    searcher = _searcher_with(tmp_path, seed_corpus, {"wed": ("2022-06-06", married)})
    assert searcher.search(
        "Why did Arshak Makichyan and his wife decide to get married when they did?"
    ).answered


def test_a_quote_opening_on_a_place_named_before_it_opens_with_that_sentence(
    tmp_path: Path, seed_corpus: Path
) -> None:
    filler = "Officials on both sides gave their own accounts of the week's events in long statements. " * 6
    first = (
        filler
        + "The military claimed that all five arrived last Wednesday in the city of Zamosc in eastern Poland."
    )
    second = (
        "The ministry called the place a staging ground for foreign mercenaries on their way to Ukraine. "
        + filler
    )
    searcher = _searcher_with(tmp_path, seed_corpus, {"zamosc": ("2022-07-12", f"{first}\n\n{second}")})
    answer = searcher.search(
        "Which place did the ministry call a staging ground for foreign mercenaries?", limit=10
    )
    quotes = [
        h for h in answer.hits if h.article_id == "zamosc" and h.best_passage.startswith("The ministry")
    ]
    assert quotes, "the passage about the staging ground is quoted"
    assert (
        "The military claimed that all five arrived last Wednesday in the city of Zamosc" in quotes[0].excerpt
    )
    assert quotes[0].excerpt.index("Zamosc") < quotes[0].excerpt.index("staging ground")
    assert not quotes[0].excerpt.startswith("Officials")  # only the sentence before, not its whole passage


def test_a_vitamin_is_an_everyday_thing() -> None:
    assert everyday_words("What are the signs of vitamin D deficiency?") == ["vitamin"]
    assert everyday_words("Які вітаміни допомагають від втоми?") == ["vitamin"]


FILMMAKER = """---
id: filmmaker
title: "A filmmaker is hurt in Kyiv"
source: Wire
published: "2025-05-29"
---
Christopher Walters, a U.S. filmmaker making a documentary about the war, was injured when a balcony fell on him in Kyiv.
"""
AWARD = """---
id: award
title: "An award for a documentary"
source: Wire
published: "2025-05-29"
---
The documentary "He Came Back", about the war in Kyiv, won a journalism award on May 29.
"""


def test_a_title_is_read_in_the_articles_naming_whose_it_is(article_index: Callable[..., Path]) -> None:
    data = article_index(filmmaker=FILMMAKER, award=AWARD)
    config = RetrievalConfig(min_dense=-1.0, check_everyday=False)
    searcher = Searcher(IndexStore.open(data), FakeEmbedder(), config)
    question = "What is the title of the documentary Christopher Walters was making about the war in Kyiv?"
    answer = searcher.search(question)
    assert not answer.answered
    assert answer.reason and answer.reason.endswith("mentions a “documentary” by name.")
    # Another's title answers a question naming no one whose it is.
    assert searcher.search("What is the title of the documentary that won a journalism award?").answered


def test_a_first_name_is_no_everyday_thing() -> None:
    # blind35's tp14: "Кіт Келлог" is Keith Kellogg, not a cat.
    assert everyday_words("Що спецпосланець Трампа Кіт Келлог сказав про розширення НАТО?") == []
    assert everyday_words("Як звали кота Путіна?") == ["cat"]
    assert everyday_words("Кіт Путіна має ім'я?") == ["cat"]  # a sentence's first word
