"""The evaluation harness's scoring, without a model or an index."""

from __future__ import annotations

from index.evaluate import Gold, first_correct_rank
from index.search import Answer, Hit


def hit(article: str, excerpt: str, also_articles: tuple[str, ...] = ()) -> Hit:
    return Hit(
        passage_id=0,
        article_id=article,
        title="t",
        source="s",
        published=None,
        url=None,
        note=None,
        excerpt=excerpt,
        score=1.0,
        also_articles=also_articles,
    )


def answer(*hits: Hit) -> Answer:
    return Answer(question="q", answered=True, hits=hits)


def test_the_first_excerpt_from_a_gold_article_holding_the_phrase_counts() -> None:
    gold = (Gold("b", "a thousand  Prisoners"),)
    hits = answer(
        hit("a", "The sides agreed to swap a thousand prisoners."),  # the phrase, but not a gold article
        hit("b", "Talks ended after two hours."),  # a gold article without the phrase
        hit("b", "They agreed to exchange a thousand\nprisoners each."),
    )
    assert first_correct_rank(hits, gold) == 3
    assert first_correct_rank(answer(), gold) is None


def test_a_syndicated_copy_folded_into_a_quote_counts_for_its_own_article() -> None:
    gold = (Gold("huffpost-copy", "grain deal was extended"),)
    folded = hit("ap-original", "The grain deal was extended by 120 days.", also_articles=("huffpost-copy",))
    assert first_correct_rank(answer(folded), gold) == 1
    # ...but only when the quoted text itself holds the phrase.
    other = hit("ap-original", "Ships left Odesa on Monday.", also_articles=("huffpost-copy",))
    assert first_correct_rank(answer(other), gold) is None
