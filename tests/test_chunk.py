"""Chunking keeps excerpts verbatim, sentences and quotations whole, and boilerplate out."""

from __future__ import annotations

import re

import pytest

from index.chunk import MAX_WORDS, chunk_article, clean_excerpt, split_sentences
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
    ("inline", "left_out"),
    [
        # Kyiv Independent: a caption, then its credit in parentheses, then prose again.
        ("A delegate arrives in Istanbul on May 16, 2025. (Ozan Kose / AFP via Getty Images)", "Ozan Kose"),
        # AP photo galleries: "(AP Photo/...)" closes a caption; "FILE -" opens another.
        (
            "Ships wait in the Bosphorus. (AP Photo/Khalil Hamra, File) FILE - A tanker leaves Odesa, 2022.",
            "tanker",
        ),
        # The Guardian: the caption ends in "Photograph: Name/Agency", glued to the next sentence.
        (
            "Roman Abramovich at the talks. Photograph: Anadolu Agency/Getty Images For years he stayed away.",
            "Abramovich",
        ),
        # Embedded tweets and event promotions.
        (
            "Ceasefire now. pic.twitter.com/89XRWZcP21 — Keith Kellogg (@generalkellogg) May 25, 2025",
            "twitter",
        ),
        ("\n⏰ Time: 18:00 Kyiv time 📍 Format: online briefing for subscribers.", "briefing"),
    ],
)
def test_photo_captions_credits_and_embeds_inside_prose_are_left_out(inline: str, left_out: str) -> None:
    text = f"{PROSE} {PROSE} {PROSE} {inline}\n{PROSE} {PROSE} {PROSE}"
    passages = chunk_article(text)
    joined = " ".join(p.text for p in passages)
    assert left_out not in joined and "Photo" not in joined and "Getty" not in joined
    assert joined.count("Negotiators") == 6  # the prose on both sides is kept
    for p in passages:  # and every passage is still one verbatim span
        assert clean_excerpt(text[p.start : p.end]) == p.text


def test_prose_that_names_an_agency_is_kept() -> None:
    sentences = [
        "KYIV (Reuters) - Ukraine and Russia held talks in Istanbul on Friday for the first time since 2022.",
        "Agence France-Presse (AFP) reported that the meeting lasted under two hours.",
        "A photo of the delegations (the first in three years) was released by the Turkish side.",
    ]
    text = " ".join(sentences * 2)
    joined = " ".join(p.text for p in chunk_article(text))
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
