"""Chunking keeps excerpts verbatim, sentences and quotations whole, and boilerplate out."""

from __future__ import annotations

import re

import pytest

from index.chunk import (
    MAX_WORDS,
    chunk_article,
    clean_excerpt,
    last_sentence,
    prose,
    refers_back,
    rough_sentences,
    split_sentences,
)
from index.corpus import load_corpus
from tests.conftest import CORPUS


def _seed_texts() -> list[str]:
    return [a.text for a in load_corpus([CORPUS]).articles]


@pytest.mark.parametrize("text", _seed_texts())
def test_every_passage_is_a_verbatim_span_of_its_article(text: str) -> None:
    passages = chunk_article(text)
    assert passages
    whole = clean_excerpt(text)
    for passage in passages:
        assert passage.text == clean_excerpt(text[passage.start : passage.end])
        assert passage.text in whole


@pytest.mark.parametrize("text", _seed_texts())
def test_passages_are_whole_sentences(text: str) -> None:
    for passage in chunk_article(text):
        assert passage.text[0].isupper() or passage.text[0] in '"“‘'
        ends_sentence = passage.text.rstrip('"”’)').endswith((".", "!", "?", "…"))
        ends_paragraph = text[passage.end :].startswith("\n") or not text[passage.end :].strip()
        assert ends_sentence or ends_paragraph, passage.text[-40:]


def test_passages_stay_near_the_target_length() -> None:
    text = " ".join(f"Sentence number {i} talks about the ceasefire and the talks." for i in range(200))
    sizes = [p.words for p in chunk_article(text)]
    assert len(sizes) > 5
    assert all(40 <= size <= MAX_WORDS for size in sizes)


def test_a_quotation_is_never_cut() -> None:
    quote = '"We are ready. We have always been ready. Let them come to Moscow," he said.'
    text = " ".join(["Officials met in Istanbul on Friday."] * 30) + " " + quote + " The talks ended."
    spans = [text[a:b] for a, b in split_sentences(text, 0, len(text))]
    assert any(span.startswith('"We are ready.') and span.endswith("he said.") for span in spans)
    for passage in chunk_article(text):
        assert passage.text.count('"') % 2 == 0


def test_rough_sentences_break_before_a_capital_or_a_quotation() -> None:
    text = "Talks ended. “We will return,” he said! It cost $1.5 bn. in all. Next round: June 2."
    assert rough_sentences(text) == [
        "Talks ended.",
        "“We will return,” he said!",
        "It cost $1.5 bn. in all.",
        "Next round: June 2.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Putin met U.S. envoys at 6 a.m. on Friday. The talks ended."
    spans = [text[a:b] for a, b in split_sentences(text, 0, len(text))]
    assert spans == ["Mr. Putin met U.S. envoys at 6 a.m. on Friday.", "The talks ended."]


def test_captions_bylines_and_boilerplate_are_left_out() -> None:
    body = " ".join(["Negotiators from both sides met again in Istanbul to discuss a ceasefire."] * 6)
    text = "\n\n".join(
        [
            "By [AFP](#)",
            "June 04, 2026",
            "President Zelensky at the summit in Paris. **Mikhail Metzel / TASS**",
            body,
            "**Related article:** [Has the Tide Turned?](#)",
            "READ ALSO: Something else entirely",
            body,
        ]
    )
    joined = " ".join(p.text for p in chunk_article(text))
    for junk in ("AFP", "June 04", "TASS", "Related article", "READ ALSO"):
        assert junk not in joined
    assert joined.count("Negotiators") == 12


PROSE = "Negotiators from both sides met again in Istanbul and agreed to swap prisoners of war soon."


@pytest.mark.parametrize(
    ("inline", "left_out", "kept"),
    [
        # Kyiv Independent: a caption, then its credit in parentheses, then prose again.
        (
            "A delegate arrives in Istanbul on May 16, 2025. (Ozan Kose / AFP via Getty Images)",
            "Ozan Kose",
            4,
        ),
        # AP photo galleries: "(AP Photo/...)" closes a caption; "FILE -" opens another.
        (
            "Ships wait in the Bosphorus. (AP Photo/Khalil Hamra, File) FILE - A tanker leaves Odesa.",
            "tanker",
            4,
        ),
        # The Guardian: the caption ends in "Photograph: Name/Agency", glued to the next sentence.
        ("Roman Abramovich at the talks. Photograph: Anadolu Agency/Getty Images", "Abramovich", 4),
        (
            "Kyiv in April. Photograph: Sergey Dolzhenko/EPA On 11 February the embassy called.",
            "Dolzhenko",
            4,
        ),
        # An embedded tweet is cut at its signature; an event promotion has no sentence break
        # before it, so one prose sentence goes with it.
        (
            "Ceasefire now. pic.twitter.com/89XRWZcP21 — Keith Kellogg (@generalkellogg) May 25, 2025",
            "twitter",
            4,
        ),
        # Wire footers and newsletter promotions start mid-sentence too; a footer has no sentence
        # break after it, so the prose that follows on its line goes with it.
        ("___ Follow AP's coverage at https://apnews.com/hub/russia-ukraine", "apnews", 3),
        ("Sign up to First Edition, our free daily newsletter.", "newsletter", 4),
        ("Boats in Odesa. Photograph: supplied", "Odesa", 4),
        ("⏰ Time: 18:00 Kyiv time 📍 Format: online briefing for subscribers.", "briefing", 3),
    ],
)
def test_quotes_leave_photo_captions_credits_and_embeds_out(inline: str, left_out: str, kept: int) -> None:
    passage = f"{PROSE} {PROSE} {inline} {PROSE} {PROSE}"
    quoted = prose(passage)
    assert left_out not in quoted and "Photo" not in quoted and "Getty" not in quoted
    assert quoted.count("Negotiators") == kept and " […] " in quoted  # the gap is marked
    assert all(piece in passage for piece in quoted.split(" […] "))  # every piece is verbatim


def test_a_passage_without_captions_is_quoted_as_it_is_and_one_of_only_captions_not_at_all() -> None:
    plain = f"{PROSE} (Reuters) said the talks would resume. {PROSE}"
    assert prose(plain) is plain
    gallery = "Ships wait in the Bosphorus. (AP Photo/Khalil Hamra) FILE - A tanker leaves Odesa."
    assert prose(gallery) == ""


def test_prose_keeps_the_sentence_before_a_footer_and_never_ends_on_a_gap_marker() -> None:
    passage = (
        f"{PROSE} Ukraine says Russia is shelling the plant. ___ More AP coverage: https://apnews.com/hub/x "
        "* * * Day 97: Tuesday 31 May Russia gains ground in the east A police officer checks a school. "
        "Photograph: Reuters They will have to fight for every inch, Kofman says. "
        "Delegates arrive in Istanbul. (Ozan Kose / AFP via Getty Images)"
    )
    quoted = prose(passage)
    assert "Ukraine says Russia is shelling the plant." in quoted
    assert "They will have to fight for every inch, Kofman says." in quoted
    for left_out in ("More AP", "Day 97", "police officer", "Reuters", "Delegates", "Getty"):
        assert left_out not in quoted
    assert not quoted.endswith(("[…]", "[…] ")) and all(piece in passage for piece in quoted.split(" […] "))


def test_appeals_for_members_and_event_listings_are_left_out_but_news_of_them_is_kept() -> None:
    passage = (
        "The bombers were hit at four airfields, officials said. Hi, this is Chris. Thank you for reading this "
        "article. The outlet doesn't have a wealthy owner or a paywall. Instead, we rely on readers like you. "
        "17 June, 18:00-19:30 EEST. An online briefing on the front line. Register here. "
        "Kyiv enshrined the goal of becoming a member of the alliance in its constitution. "
        "New data collected by KI Insights show a rise in drone attacks."
    )
    quoted = prose(passage)
    assert quoted.startswith("The bombers were hit at four airfields, officials said. […] Kyiv enshrined")
    assert quoted.endswith("KI Insights show a rise in drone attacks.")
    for left_out in ("Chris", "reading", "paywall", "readers", "EEST", "briefing", "Register"):
        assert left_out not in quoted
    appeal_only = "Hi, this is Tim. Thank you for reading this article. Join our community today."
    assert prose(appeal_only) == ""
    # A passage that opens as an advertisement and is mostly one goes whole, its pitch included.
    advert = (
        "Update: Briefing slides can now be accessed here. KI Insights subscribers can also access the recording. "
        "How will the latest talks shape the war? Join KI Insights for a briefing on Thursday."
    )
    assert prose(advert) == ""
    # Closing boilerplate: a membership slogan, an event's sign-up line, a site's link disclaimer.
    for boilerplate in (
        "Support independent journalism in Ukraine. Join us in this fight.",
        "To secure your spot, please register by completing the short form linked below:",
        "The BBC is not responsible for the content of external sites. Read about our approach to external linking.",
    ):
        assert prose(boilerplate) == ""


def test_prose_that_names_an_agency_is_kept() -> None:
    sentences = [
        "KYIV (Reuters) - Ukraine and Russia held talks in Istanbul on Friday for the first time since 2022.",
        "Agence France-Presse (AFP) reported that the meeting lasted under two hours.",
        "A photo of the delegations (the first in three years) was released by the Turkish side.",
        "Peskov repeated the offer (in remarks carried via TASS) but gave no date for new talks.",
    ]
    text = " ".join(sentences * 2)
    joined = " ".join(prose(p.text) for p in chunk_article(text))
    assert all(joined.count(s) == 2 for s in sentences)


def test_a_line_broken_mid_sentence_is_joined() -> None:
    text = (
        "Putin spoke at length about the war and its course over the past months in detail. "
        '"We are absolutely ready and willing to reach an agreement with Ukraine through peaceful\n\n'
        'means," he added. ' + "The forum continued into the evening with more speeches. " * 5
    )
    passages = chunk_article(text)
    assert any("through peaceful means," in p.text for p in passages)


def test_markdown_is_unwrapped_in_excerpts() -> None:
    assert (
        clean_excerpt("Zelensky [said](#) in   the\nletter **today**.")
        == "Zelensky said in the letter today."
    )


def test_the_shared_coverage_chunks_into_quotable_passages() -> None:
    from tests.conftest import SHARED

    path = SHARED / "coverage" / "articles.jsonl"
    if not path.exists():
        pytest.skip("../shared/coverage is not beside this checkout")
    articles = load_corpus([path]).articles[:200]
    sizes = [p.words for a in articles for p in chunk_article(a.text)]
    assert len(sizes) > 1000
    median = sorted(sizes)[len(sizes) // 2]
    assert 60 <= median <= MAX_WORDS
    assert not any(
        re.search(r"This audio is created", p.text) for a in articles for p in chunk_article(a.text)
    )


def test_a_passage_opening_on_someone_or_somewhere_named_before_refers_back() -> None:
    assert refers_back("He dismissed the request for a meeting. Then he left.")
    assert refers_back("“They’ve killed over 100 children,” she said.")
    assert refers_back("The ministry called the place a staging ground for mercenaries.")
    # A place named where it is told of, an "it" that stands for nothing, or a subject of its own does not.
    assert not refers_back("The village of Bucha was freed in April.")
    assert not refers_back("It is unclear whether the talks will resume.")
    assert not refers_back("The talks in Istanbul ended after two hours. He left.")
    assert not refers_back("Its army held the line.")


def test_the_last_sentence_of_a_passage_is_cut_where_sentences_end() -> None:
    text = (
        "The talks began in May. The five arrived in Zamosc, around 100 km from the U.S. consulate in Lviv."
    )
    assert last_sentence(text) == "The five arrived in Zamosc, around 100 km from the U.S. consulate in Lviv."


def test_rough_sentences_end_inside_a_closing_quotation_mark() -> None:
    # blind58 um06: a quote's last sentence is not read with the next one's "five children".
    text = "“Mainly, (people got dual citizenship) to go abroad.”\n\n“There is no job,” said Vasyl Bota, 74, whose five children left."
    assert rough_sentences(text) == [
        "“Mainly, (people got dual citizenship) to go abroad.”",
        "“There is no job,” said Vasyl Bota, 74, whose five children left.",
    ]
