"""A person asked for by country and office must be named so in a close sentence (index/roles.py)."""

from __future__ import annotations

from pathlib import Path

from index.embed import FakeEmbedder
from index.roles import Role, asked_role, holds_role
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore


def test_the_country_and_office_a_question_asks_for() -> None:
    assert asked_role("Which Chinese special envoy attended the 2025 Istanbul talks?") == Role(
        "chinese", "envoy"
    )
    assert asked_role("Who was the Israeli prime minister who called Putin?") == Role(
        "israeli", "prime minister"
    )
    assert asked_role("Which Saudi crown prince brokered the swap?") == Role("saudi", "crown prince")
    # The parties' own officials are often named without their country; vague words are no office.
    assert asked_role("Which US secretary of state headed to Turkey?") is None
    assert asked_role("Which Russian negotiator led the talks?") is None
    assert asked_role("Which Vatican official did Rubio meet in Rome?") is None
    assert asked_role("Which Indian leader held talks with Boris Johnson?") is None
    assert asked_role("Why did the talks in Istanbul stall?") is None


def test_the_office_of_a_country() -> None:
    assert asked_role("Who is the prime minister of Georgia?") == Role("georgian", "prime minister")
    assert asked_role("Who is the king of Saudi Arabia?") == Role("saudi", "king")
    assert asked_role("Who is the president of Ukraine?") is None  # a party's own
    assert asked_role("Who is the president of Brazil's central bank?") is None  # no officer of Brazil's


def test_a_country_s_election() -> None:
    south_korean = Role("south korean", "election")
    assert asked_role("who won south korea's snap presidential election in june 2025") == south_korean
    assert asked_role("Who won the presidential election in South Korea?") == south_korean
    assert asked_role("Who won the Romanian presidential runoff?") == Role("romanian", "election")
    assert asked_role("How many seats did the ruling party win in Moldova's 2025 election?") == Role(
        "moldovan", "election"
    )
    assert asked_role("By what margin did Finland's parliament approve joining NATO?") is None
    assert asked_role("Who won Ukraine's presidential election in 2019?") is None  # a party's own
    assert asked_role("Хто переміг на виборах у Південній Кореї в червні 2025 року?") == south_korean
    assert asked_role("Кто победил на парламентских выборах в Молдове?") == Role("moldovan", "election")
    assert asked_role("Кто победил на выборах в Северной Корее?") == Role("north korean", "election")
    assert asked_role("Що Зеленський сказав про вибори в Україні?") is None  # a party's own
    poland = Role("polish", "election")
    assert holds_role(poland, ["Karol Nawrocki has won Poland's presidential election."])
    assert not holds_role(
        south_korean, ["South Korea sent aid. Karol Nawrocki has won Poland's presidential election."]
    )


def test_ukrainian_and_russian_questions_name_them_too() -> None:
    assert asked_role("Який китайський спецпосланник був на переговорах у Стамбулі?") == Role(
        "chinese", "envoy"
    )
    assert asked_role("Какой японский посланник встречался с Мединским?") == Role("japanese", "envoy")
    assert asked_role("Який британський прем'єр-міністр це сказав?") == Role("british", "prime minister")
    assert asked_role("Какой саудовский наследный принц стал посредником?") == Role("saudi", "crown prince")
    assert asked_role("Кто был израильским послом на переговорах?") == Role("israeli", "ambassador")
    assert asked_role("Хто очолив українську делегацію?") is None  # a party's own official
    assert asked_role("Что сказал Путин после переговоров?") is None  # "после" is no ambassador
    assert asked_role("Китайський посланник прибув до Києва.") is None  # no question word


def test_the_country_and_the_office_must_share_a_sentence() -> None:
    chinese_envoy = Role("chinese", "envoy")
    assert holds_role(chinese_envoy, ["Beijing sent its special envoy Li Hui to Kyiv and Moscow."])
    assert holds_role(chinese_envoy, ["China's representative spoke first."])
    assert not holds_role(
        chinese_envoy, ["Chinese officials said little. The US special envoy Steve Witkoff met Putin."]
    )
    assert holds_role(Role("israeli", "prime minister"), ["Israeli PM Naftali Bennett called Putin."])
    assert not holds_role(
        Role("british", "prime minister"), ["The UKrainian PM spoke."]
    )  # a word, not a prefix


def test_a_foreign_prisoner_or_fighter_is_asked_by_country() -> None:
    pow_ = asked_role("What's the name of the Egyptian POW who went to fight for Russia?")
    assert pow_ == Role("egyptian", "pow")
    assert pow_.label == "an Egyptian POW"
    assert holds_role(pow_, ["An Egyptian prisoner of war told reporters he had been recruited in Cairo."])
    assert not holds_role(
        pow_, ["Ukrainian grain reached the Egyptian port of Alexandria. POWs were swapped."]
    )
    assert asked_role("Which Dutch minister visited Kyiv?") == Role("dutch", "minister")


def test_an_envoy_no_close_passage_names_is_declined_with_the_reason(fake_index: Path) -> None:
    # No floor: only the role check can decline.
    store = IndexStore.open(fake_index)
    question = "Which Japanese special envoy attended the Istanbul talks?"
    answer = Searcher(store, FakeEmbedder(), RetrievalConfig(min_dense=-1.0)).search(question)
    assert not answer.answered
    assert answer.reason and "mentions a Japanese envoy" in answer.reason
    off = RetrievalConfig(min_dense=-1.0, check_roles=False)
    assert Searcher(store, FakeEmbedder(), off).search(question).answered
    assert Role("israeli", "envoy").label == "an Israeli envoy"
