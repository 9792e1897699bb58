"""How something turned out is told with the verb done or refused, by whom it is asked of (index/outcome.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.embed import FakeEmbedder
from index.outcome import (
    NO_OUTCOME_REASON,
    appeal_topic,
    asked_outcome,
    asked_outcome_in_cyrillic,
    asks_appeal,
    asks_appeal_outcome,
    tells_appeal,
    tells_appeal_outcome,
    tells_outcome,
)
from index.search import RetrievalConfig, Searcher
from index.store import IndexStore
from tests.conftest import wire_article

PREVIEW = wire_article(
    "preview",
    "Multiple factors, including security, will decide whether Russian President Vladimir Putin will travel to "
    "Indonesia for the G20 summit in Bali in November, Kremlin Press Secretary Dmitry Peskov has said.",
    published="2022-09-04",
)
SKIPPED = wire_article(
    "skipped",
    "Russian President Vladimir Putin did not go to the G20 summit in Bali, and Foreign Minister Sergey Lavrov "
    "led Russia's delegation instead, officials in Indonesia said.",
    published="2022-11-15",
)


def test_an_outcome_asked_needs_the_verb_done_or_refused_by_its_subject() -> None:
    went = asked_outcome("so did putin actually go to the bali g20 summit in the end")
    assert went is not None and went.subject == ("putin",)
    planned = "Multiple factors will decide whether Putin will travel to Indonesia for the G20 summit."
    assert not tells_outcome(went, [planned])
    # Another's visit is no answer; a refusal or an attendance is.
    assert not tells_outcome(went, ["Widodo visited Russia last Thursday to meet with Putin."])
    assert tells_outcome(went, ["Putin will not attend the summit in person, the Kremlin said."])
    assert tells_outcome(went, ["In the end Putin skipped the gathering in Bali."])


def test_ended_up_asks_for_the_verb_in_the_past_or_the_passive() -> None:
    stripped = asked_outcome("did the russian court end up stripping arshak makichyan of his citizenship?")
    assert stripped is not None and stripped.subject == ("russian", "court")
    assert "stripped" in stripped.forms
    feared = "Makichyan faces a court case that could strip him of his Russian citizenship."
    assert not tells_outcome(stripped, [feared])
    assert tells_outcome(stripped, ["Makichyan was stripped of his citizenship in June."])
    signed = asked_outcome("Did Kyiv ever sign the deal after all?")
    assert signed is not None and tells_outcome(signed, ["Kyiv signed the minerals deal on April 30."])
    # "get freed" is told as "were released".
    freed = asked_outcome("did drueke and huynh, the two american vets, actually get freed in the end")
    assert freed is not None and {"drueke", "huynh", "vets"} <= set(freed.subject)
    assert tells_outcome(freed, ["Drueke and Huynh were released in a Saudi-brokered swap."])
    assert not tells_outcome(freed, ["Their families hope the vets will be freed in a swap."])
    # Not an outcome: no "in the end", no "end up".
    assert asked_outcome("Did Putin go to Bali?") is None
    assert asked_outcome("Did Putin actually say that?") is None


def test_whether_a_body_passed_a_bill_is_told_only_by_its_passing() -> None:
    # blind54's ui69: a passage on the bill's submission does not say the Rada passed it.
    asked = asked_outcome("did the rada pass zelensky's draft law 13302 in first reading")
    assert asked is not None and asked.subject == ("rada",)
    assert not tells_outcome(asked, ["Zelensky has submitted draft law #13302 to parliament."])
    assert tells_outcome(asked, ["The Rada passed the bill in the first reading on June 5."])
    assert tells_outcome(asked, ["The bill was passed in the first reading."])
    assert asked_outcome("Why did the Rada pass the law?") is None


def test_the_search_declines_an_outcome_only_a_preview_tells(article_index: Callable[..., Path]) -> None:
    question = "so did putin actually go to the bali g20 summit in the end"
    config = RetrievalConfig(min_dense=-1.0)
    before = Searcher(IndexStore.open(article_index(preview=PREVIEW)), FakeEmbedder(), config).search(
        question
    )
    assert not before.answered and before.reason == NO_OUTCOME_REASON
    after = Searcher(IndexStore.open(article_index(preview=PREVIEW, skipped=SKIPPED)), FakeEmbedder(), config)
    assert after.search(question).answered


def test_whether_a_ruling_was_appealed_is_told_only_by_a_passage_on_an_appeal() -> None:
    # blind48's uc66 and blind47's ub38.
    assert asks_appeal("Has the Trump administration appealed the Court of International Trade ruling?")
    assert asks_appeal("did dodik appeal his conviction, and what did the appeals court decide")
    assert asks_appeal("Чи оскаржив Додік вирок суду?")
    # An appeal to someone is a plea, not a case.
    assert not asks_appeal("Did Zelensky appeal to NATO for more air defence?")
    assert not tells_appeal(["A court convicted Dodik in February, but little has changed since."])
    assert tells_appeal(["The administration immediately appealed the decision."])
    assert tells_appeal(["An appeals court upheld the sentence."])


RULING = wire_article(
    "ruling",
    "A U.S. federal court overturned President Donald Trump's tariffs on May 28, ruling that he had exceeded his "
    "authority, the Court of International Trade said.",
    published="2025-05-29",
)
APPEALED = wire_article(
    "appealed",
    "The Trump administration appealed the Court of International Trade ruling on the tariffs within hours, "
    "officials said.",
    published="2025-05-30",
)


OTHER_APPEAL = wire_article(
    "voa",
    "President Donald Trump moved to gut Voice of America. Last week, a federal appeals court overturned the "
    "decision, deciding that it would not intervene in the Trump administration's efforts.",
    published="2025-05-29",
)


def test_an_appeal_is_told_in_an_article_on_the_ruling_asked_about(
    article_index: Callable[..., Path],
) -> None:
    # blind55's uj54: an appeals court's ruling on Voice of America is none on Trump's tariffs.
    question = "Did an appeals court put the trade court's ruling against Trump's tariffs on hold?"
    assert asks_appeal(question)
    frequencies = {"trump": 900, "trade": 300, "tariff": 120, "agains": 2000}
    assert appeal_topic(question, {"trump", "trade", "tariff", "agains"}, frequencies) == "tariff"
    assert appeal_topic(question, {"trump"}, frequencies) == "trump"
    config = RetrievalConfig(min_dense=-1.0)
    searcher = Searcher(
        IndexStore.open(article_index(ruling=RULING, voa=OTHER_APPEAL)), FakeEmbedder(), config
    )
    answer = searcher.search(question)
    assert not answer.answered and "an appeal" in answer.reason


def test_the_search_declines_an_appeal_no_passage_tells_of(article_index: Callable[..., Path]) -> None:
    question = "Has the Trump administration appealed the Court of International Trade ruling on the tariffs?"
    config = RetrievalConfig(min_dense=-1.0)
    before = Searcher(IndexStore.open(article_index(ruling=RULING)), FakeEmbedder(), config).search(question)
    assert not before.answered and "an appeal" in before.reason
    after = Searcher(IndexStore.open(article_index(ruling=RULING, appealed=APPEALED)), FakeEmbedder(), config)
    assert after.search(question).answered


def test_what_came_of_an_appeal_is_told_only_by_how_it_ended() -> None:
    # after_rules45: a report of Wikimedia's appeal being filed does not say whether it won.
    assert asks_appeal_outcome("Did the Wikimedia Foundation win its appeal against the Moscow court order?")
    assert asks_appeal_outcome("was brittney griner's 9 year sentence upheld on appeal")
    assert asks_appeal_outcome("what did the appeals court decide")
    assert not asks_appeal_outcome("did oscar jenkins appeal his 13-year sentence")
    assert not tells_appeal_outcome(["Wikimedia filed an appeal against the ruling on Tuesday."])
    assert tells_appeal_outcome(["In April 2025, an appeal court upheld the ruling."])
    assert tells_appeal_outcome(["Her appeal was rejected by the regional court."])


def test_whether_someone_was_ever_freed_or_detained_is_an_outcome() -> None:
    # blind58 um37, um65: a 2022 report of Fogel's sentence does not say whether he was ever released.
    asked = asked_outcome("was marc fogel ever released from the russian penal colony, and when")
    assert asked is not None and asked.subject == ("marc", "fogel")
    assert not tells_outcome(asked, ["Fogel was arrested in August 2021 and sentenced to 14 years."])
    assert not tells_outcome(asked, ["Whelan said he wasn't released from a penal colony."])
    assert tells_outcome(asked, ["Marc Fogel was released in February after three years in prison."])
    assert tells_outcome(asked, ["Fogel was freed in a deal with Moscow."])
    assert asked_outcome("has Taranenko finally been detained") is not None
    assert asked_outcome("has putin ever been to china") is None
    assert asked_outcome("Was Fogel released?") is None  # no word of emphasis: a plain question
    cyrillic = asked_outcome_in_cyrillic("чи затримали Анатолія Тараненка після обміну", "uk")
    assert cyrillic is not None and "taran" in cyrillic.subject
    assert not tells_outcome(
        cyrillic, ["Claims that Anatolii Taranenko, accused of war crimes, was swapped."]
    )
    assert tells_outcome(cyrillic, ["Taranenko was detained by the SBU on his return."])
    assert asked_outcome_in_cyrillic("Освободили ли Марка Фогеля?", "ru") is not None
    assert asked_outcome_in_cyrillic("Коли затримали Тараненка?", "uk") is None


def test_whether_anyone_was_arrested_for_an_event_is_told_of_that_event() -> None:
    # blind61 up20: arrests for a Dnipro car bomb tell nothing of the Voronezh railway bombing.
    asked = asked_outcome("has anyone been arrested for the june 5 railway bombing in voronezh oblast")
    assert asked is not None and "voronezh" in asked.subject and "oblast" not in asked.subject
    assert not tells_outcome(
        asked, ["Two Russian agents were arrested by the SBU after a car bomb in Dnipro."]
    )
    assert tells_outcome(asked, ["After the Voronezh railway blast, two men were detained by the FSB."])


def test_whether_an_ambassador_was_expelled_asked_in_russian() -> None:
    # blind63 ur39: a summons is no expulsion.
    asked = asked_outcome_in_cyrillic(
        "Выслал ли Казахстан украинского посла Врублевского после его слов?", "ru"
    )
    assert asked is not None
    assert not tells_outcome(
        asked, ["Kazakhstan summoned Ukrainian ambassador Petro Vrublevsky over his remarks."]
    )
    assert tells_outcome(asked, ["Vrublevsky was expelled from Kazakhstan."])


def test_whether_suspects_pleaded_guilty_is_an_outcome() -> None:
    # blind65 ut63: a report of the charges tells no plea.
    asked = asked_outcome("did the starmer arson suspects plead guilty at the old bailey on june 6")
    assert asked is not None and "suspects" in asked.subject
    assert not tells_outcome(asked, ["The suspects were charged with conspiracy to commit arson."])
    assert tells_outcome(asked, ["The three suspects pleaded not guilty at the Old Bailey."])
    assert tells_outcome(asked, ["The suspects denied the charges."])


def test_whether_someone_described_at_length_was_ever_freed() -> None:
    # blind68 uw35: a long description between the name and "ever released".
    asked = asked_outcome("was dylan healy, the british aid worker captured with paul urey, ever released?")
    assert asked is not None and "healy" in asked.subject
    assert not tells_outcome(asked, ["Paul Urey and Dylan Healy were detained at a checkpoint."])


def test_when_a_body_passed_a_bill_asks_that_it_did() -> None:
    # blind77's vf32: the law was only being drafted.
    passed = asked_outcome(
        "On what date did the Verkhovna Rada pass the law making it a crime to get a Russian passport?"
    )
    assert passed is not None and passed.subject == ("verkhovna", "rada")
    drafting = "Trying to obtain Russian citizenship could soon become a criminal offense. Work on the draft law continues."
    assert not tells_outcome(passed, [drafting])
    assert tells_outcome(passed, ["The Verkhovna Rada passed the law on July 28."])
    # A treaty ratified, told as "ratified".
    ratified = asked_outcome("when did the senate ratify the treaty")
    assert ratified is not None and tells_outcome(ratified, ["The Senate ratified the treaty in August."])
    assert asked_outcome("why did the senate ratify the treaty") is None


def test_a_bill_adopted_is_told_by_any_verb_of_passing() -> None:
    # An after_rules30 probe: "Slovakia's parliament passed a resolution on June 5".
    adopted = asked_outcome(
        "When did the Slovak parliament adopt the resolution telling the government to resist sanctions?"
    )
    assert adopted is not None
    assert tells_outcome(
        adopted, ["Slovakia's parliament passed a resolution on June 5 urging the government."]
    )


def test_what_a_court_decided_in_the_end_about_doing_something_is_an_outcome() -> None:
    # blind82's vk01.
    stripped = asked_outcome(
        "what did the court decide in the end about stripping arshak makichyan of his citizenship"
    )
    assert stripped is not None and stripped.subject == ("court",)
    assert not tells_outcome(stripped, ["Prosecutors asked the court to strip Makichyan of his citizenship."])
    assert tells_outcome(stripped, ["The court stripped Makichyan of his citizenship."])
    assert asked_outcome("what did the court decide about the case") is None
