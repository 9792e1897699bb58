"""Retrieval: gather candidates (passage vectors, sentence vectors, BM25), re-rank, decide to answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from index.about import (
    asked_countries,
    asked_place_in_country,
    asked_place_in_oblast,
    asks_base,
    asks_damage,
    asks_region,
    names_countries,
    names_place_in,
    names_place_in_oblast,
    tells_base,
    tells_damage,
    tells_region,
)
from index.abstain import (
    ADVICE_REASON,
    LIVE_DATA_REASON,
    OPINION_REASON,
    PREDICTION_REASON,
    after_coverage_year_reason,
    asks_for_advice,
    asks_for_live_data,
    asks_for_opinion,
    asks_for_prediction,
    cosine_floor,
    decline_reason,
    is_lookup,
    month_after_coverage,
    unnamed_in_series,
    unsupported_day,
    unsupported_month,
    unsupported_numbers,
    unsupported_years,
    years_after_coverage,
)
from index.answer_kind import (
    TITLED_THINGS,
    asked_quantity,
    asked_thing,
    holds_quantity,
    names_thing,
    quantity_name,
)
from index.background import asked_background, tells_background
from index.casual import (
    RESPELL_PERSON_LETTERS,
    WHO_IS_CYRILLIC,
    capitalised_forms,
    cased_who_is,
    is_uncased,
    may_be_mistyped,
    respell_names,
    respell_words,
    restore_case,
    unheard,
    vocabulary,
    with_question_mark,
)
from index.causes import (
    CAUSE_UNKNOWN,
    asked_event,
    asks_cause,
    named_in,
    says_cause_unknown,
    tells_a_cause,
)
from index.choice import asked_choice, tells_choice
from index.chunk import MIN_FRAGMENT_WORDS, OMISSION, last_sentence, prose, refers_back, rough_sentences
from index.documents import asked_document, matter_stems, tells_document_on
from index.embed import Embedder
from index.everyday import SAME_THING, everyday_words
from index.gazetteer import EXACT_PEOPLE, PEOPLE, english_stem
from index.gifts import asked_giver, tells_gift_by
from index.glossary import truce_words
from index.makes import asked_make, names_make
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
from index.people import (
    PERSON_NOUN_WORDS,
    asked_person,
    given_by,
    gives_other_name,
    gives_other_name_spelt,
    leaves_unnamed,
    named_once,
    named_once_in_cyrillic,
    names_person,
)
from index.query import (
    COUNT_DAY_WINDOW,
    MONTH_PATTERNS,
    Period,
    QueryInfo,
    analyse,
    bounds_a_span,
    day_without_year,
)
from index.rank import EVIDENCE_WEIGHTS, Candidate, Weights, diversify, favour_holding, features, score
from index.roles import asked_role, holds_role
from index.store import IndexStore, PassageRecord
from index.substances import SUBSTANCE_LABEL, asks_substance, names_substance
from index.support import (
    WordSupport,
    absent_words,
    holds_word,
    least_supported,
    quoted,
    without,
    word_beginnings,
)
from index.terms import (
    coverage,
    full_name,
    idf,
    mentions,
    name_parts,
    name_stems_of,
    names,
    prefix_frequencies,
    query_terms,
    rarest_missing_name,
    rarest_present_name,
    stem,
    tokens,
    with_aliases,
    with_spellings,
)
from index.unknown import (
    NOT_TOLD_REASON,
    asks_count_choice_or_place,
    asks_finding,
    asks_reply,
    says_no_reply,
    says_not_told,
    says_withheld,
    tells_finding,
)
from index.upcoming import (
    after_coverage_reason,
    asked_after_coverage,
    asks_what_came_of,
    told_only_ahead,
    upcoming_reason,
)

# The people the gazetteer lists, by stem: a short name misspelt is read as one of them ("Kalas" as "Kallas").
KNOWN_PEOPLE = frozenset(PEOPLE) | frozenset(EXACT_PEOPLE)
# A word typed in lower case, of four letters or more: perhaps a common word mistyped.
LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
EMPTY_QUESTION = "Please ask a question, for example: who led Russia's delegation in Istanbul?"
ARTICLE_CHARS = 1_000_000  # more than any article holds
MAX_QUESTION_CHARS = 1000  # a question is a sentence or two; the rest of a pasted wall is ignored
# A column's title naming its writer: "Sergey Poletaev: By fall, the result…". The writer is named in no
# passage, yet a question may ask what they wrote ("According to RT's Sergey Poletaev, why…").
WRITER_TITLE = re.compile(r"^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}):\s")


@dataclass(frozen=True)
class Hit:
    """One quoted passage with everything needed to cite it."""

    passage_id: int
    article_id: str
    title: str
    source: str
    published: str | None
    url: str | None
    note: str | None
    excerpt: str  # one passage, or several of the article joined in its order (see `joined_excerpt`)
    score: float
    also_reported_by: tuple[str, ...] = ()
    # Articles whose near-identical passage was folded into this quote (syndicated copies).
    also_articles: tuple[str, ...] = ()
    # (position in the article, text) of each quoted passage, best first; empty means just `excerpt`.
    parts: tuple[tuple[int, str], ...] = ()
    # Positions p whose passage runs straight on into passage p + 1 (no heading or line left out
    # between them); None: any neighbours do.
    runs_on: frozenset[int] | None = None

    @property
    def best_passage(self) -> str:
        """The quoted passage that ranked highest."""
        return self.parts[0][1] if self.parts else self.excerpt

    @property
    def passages(self) -> list[str]:
        """The quoted passages in the article's order."""
        return [text for _, text in sorted(self.parts)] if self.parts else [self.excerpt]


@dataclass(frozen=True)
class Answer:
    """The ranked hits for a question and whether the coverage answers it at all."""

    question: str
    answered: bool
    hits: tuple[Hit, ...] = ()
    message: str | None = None  # instead of an answer: the question could not be read
    reason: str | None = None  # why a question was declined, when a check can say it
    # The question as it was read, when a name in it was read as another spelling ("Zelenksy" as Zelensky).
    read_as: str | None = None


# A part of a full name stands for its person when this share of the passages naming it name them too.
NAME_SHARE = 0.3
# A name whose IDF is below this (in more than about one passage in twenty: Moscow, Kyiv) marks out no one story.
STORY_NAME_IDF = 3.0


@dataclass(frozen=True)
class RetrievalConfig:
    """How many candidates each source contributes, the re-ranker and the abstention rule."""

    dense_candidates: int = 100
    sentence_candidates: int = 100
    keyword_candidates: int = 100
    use_dense: bool = True
    use_keywords: bool = True
    weights: Weights = field(default_factory=Weights)
    # A passage ranked this high whose article is already quoted joins that quote (see `diversify`).
    merge_depth: int = 15
    passages_per_quote: int = 4
    # Abstention, tuned per model on the development set.
    min_dense: float = 0.82  # English: decline when no passage is closer than this
    min_dense_other: float = 0.795  # Ukrainian, Russian and other languages: cross-lingual cosines run low
    # The best cosine an unrelated passage reaches grows with the index (more passages, more near ones by
    # chance): `min_dense_other` holds for an index of `floor_passages` passages (the seed corpus) and
    # rises by `other_floor_per_decade` for each tenfold more (see `cosine_floor`).
    other_floor_per_decade: float = 0.0
    floor_passages: int = 30
    # English: a query of at most this many content words that a candidate passage holds word for word, and
    # no question, is answered however far it is in meaning (`is_lookup`); the other checks still apply.
    lookup_terms: int = 3
    max_missing_name: float = 6.5  # decline when a name this rare is in no close passage
    name_depth: int = 10  # how many top passages the name and year checks read
    month_depth: int = 5  # how many top passages the month check reads
    check_periods: bool = True  # decline when the close passages neither date from nor name its period
    # ...or when those that mention the rarest name the question names (and they mention) do not
    check_period_names: bool = True
    # Ukrainian and Russian: decline when the close passages that mention the question's rarest name the
    # gazetteer knows, if its IDF is at least this, hold none of its glossary words (None: off).
    topic_name_idf: float | None = 4.0
    # Decline when a number the question names ("the six points", "the 14-member delegation") is in no close
    # passage (`unsupported_numbers`).
    check_numbers: bool = True
    # English: decline "how many / how old / how much does it cost / how long" when no passage of the
    # first `answer_quotes` quotes holds such a quantity (index/answer_kind.py).
    check_quantities: bool = True
    # Any language: decline "Which palace / vessel…", "У якому палаці…" when no passage of the first
    # `answer_quotes` quotes names such a thing by a proper name (`names_thing`).
    check_named_things: bool = True
    # Any language: decline "What brand of trucks…" when no sentence of those quotes names a make of such a
    # thing (index/makes.py).
    check_makes: bool = True
    # Any language: decline "What did X do for a living?", "Where is X from?" when no sentence naming X (or
    # referring back) in the articles of those quotes and of the close passages tells it (index/background.py).
    check_background: bool = True
    # Any language: decline "What toxin was used on…" when no sentence of those quotes names a poison or an
    # agent (index/substances.py).
    check_substances: bool = True
    # Decline "What gift did Pope Leo XIV give Zelensky…" when no sentence of those quotes tells of a gift by
    # the giver named (index/gifts.py).
    check_gifts: bool = True
    # Decline "What does the memorandum say about the nuclear plant?" when no close passage names both the
    # document and every word of the matter (index/documents.py).
    check_documents: bool = True
    check_advice: bool = True  # decline a question asking for advice rather than news (`asks_for_advice`)
    check_live_data: bool = True  # ...or for today's weather, prices or rates (`asks_for_live_data`)
    check_predictions: bool = True  # ...or for a winner or a number still to come (`asks_for_prediction`)
    check_opinions: bool = True  # ...or for an opinion or a judgement (`asks_for_opinion`)
    # Any language: decline when the close passages name none of the everyday things the question asks
    # about (a hotel, a shirt, a dog: index/everyday.py).
    check_everyday: bool = True
    # Any language: decline "Which Chinese envoy…" when no close sentence names both the country and the
    # office (index/roles.py).
    check_roles: bool = True
    # Any language: decline "What was the name of the Polish pilot…", "Як звали доньку…" when no sentence of
    # the first `answer_quotes` quotes holds such a person beside a name the question does not give
    # (index/people.py).
    check_people: bool = True
    # Any language: decline "What caused the fire at…" when the first quote says the cause is not known and
    # tells none of what the question names (index/causes.py).
    check_causes: bool = True
    check_not_told: bool = True  # decline when the first quote says how many or which is not known
    # English: decline "What came out of the summit in Kananaskis?" when the close passages tell of it only
    # ahead of its day and no article naming it is from that day on (index/upcoming.py).
    check_upcoming: bool = True
    # English: decline "Where will the hub be based?" and "How badly was the factory damaged?" when no quote's
    # sentence about it tells a place or damage (index/about.py).
    check_about: bool = True
    # "What is the surname of Diana, the 20-year-old who…": the articles naming her give her another name.
    check_other_names: bool = True
    check_outcomes: bool = True  # an outcome asked is told with the verb done or refused (`index.outcome`)
    check_choices: bool = True  # a choice offered is told of the question's subject (`index.choice`)
    answer_quotes: int = 5
    # The first quote should give what the question asks for (a count, a sum, a thing by name): when it does
    # not and one of the next `answer_first_depth - 1` does, that one comes first. 0: off.
    answer_first_depth: int = 3
    # English: decline when dropping a word no close passage holds brings the question this much closer
    # to its best `support_depth` passages, and `min_word_lift` closer to them than to a typical
    # candidate (index/support.py); None turns the check off.
    max_word_gain: float | None = None
    min_word_lift: float = 0.003
    support_depth: int = 5
    support_words: int = 8  # the rarest absent words are checked, so a pasted wall stays quick
    # The order the abstention checks read the close passages in, when not the order quotes are shown in
    # (`weights`): their thresholds were set on the pointwise fit (see index/rank.py).
    evidence_weights: Weights | None = None


CONFIGS: dict[str, RetrievalConfig] = {
    # The word check's gain: the lowest at which it wrongly declines no answerable dev question while
    # declining the most unanswerable ones, on the index of the seeds plus the shared coverage.
    # Its floor for other languages: 0.795 on the seed corpus, where a Russian question on Medinsky's
    # delegation peaks at 0.801; 0.798 on the seeds plus the shared coverage (15,104 passages), where it
    # had been 0.810 until blind10, written in Ukrainian and Russian, found 4 of its 36 answerable questions
    # between the two (and 1 of its 14 unanswerable ones that no other check declines).
    "e5-small": RetrievalConfig(
        max_word_gain=0.011, other_floor_per_decade=0.001, evidence_weights=EVIDENCE_WEIGHTS
    ),
    # MiniLM's cosines spread wider, so its features weigh differently (bench/fit_weights.py).
    "minilm": RetrievalConfig(
        weights=Weights(
            dense=0.37,
            sentence=0.3,
            dense_rank=0.76,
            sentence_rank=2.11,
            keyword=1.24,
            keyword_rank=2.83,
            coverage=1.64,
            sentence_coverage=1.53,
            name_coverage=2.22,
            period_match=0.76,
            period_undated=-2.15,
            period_mismatch=-1.92,
            recency=3.0,
            title=0.0,
            title_rank=1.0,
        ),
        min_dense=0.42,
        min_dense_other=0.35,
    ),
    "fake": RetrievalConfig(min_dense=0.2, min_dense_other=0.2),
}


def config_for(model: str) -> RetrievalConfig:
    return CONFIGS.get(model, RetrievalConfig(min_dense=0.0, min_dense_other=0.0))


def always_answering() -> dict[str, object]:
    """`RetrievalConfig` overrides that turn abstention off (every `check_…` and every threshold), so that a
    benchmark measures the ranking alone; a check added later is off here too."""
    checks = {f.name: False for f in fields(RetrievalConfig) if f.name.startswith("check_")}
    thresholds = {"min_dense": -1.0, "min_dense_other": -1.0, "max_missing_name": 1e9}
    return {**checks, **thresholds, "topic_name_idf": None, "max_word_gain": None}


Words = Callable[[set[str]], set[str]]  # a text's stems (`tokens`) to what question terms are matched against


def _same(stems: set[str]) -> set[str]:
    return stems


def joined_excerpt(parts: Iterable[tuple[int, str]], runs_on: frozenset[int] | None = None) -> str:
    """Passages of one article, given as (position, text), quoted in the article's order:
    neighbours run on, a gap between them shows as OMISSION (" […] "). With `runs_on`, only the neighbours
    whose first position is in it run on (text such as a heading left out between the others)."""
    ordered = sorted(parts)
    pieces = [ordered[0][1]] if ordered else []
    for (before, _), (after, text) in pairwise(ordered):
        adjacent = after == before + 1 and (runs_on is None or before in runs_on)
        pieces.append(" " if adjacent else OMISSION)
        pieces.append(text)
    return "".join(pieces)


class Searcher:
    """Answers questions from one loaded index with one embedding model."""

    def __init__(self, store: IndexStore, embedder: Embedder, config: RetrievalConfig | None = None):
        self.store = store
        self.embedder = embedder
        self.config = config or config_for(store.manifest.model)
        self._name_frequencies: dict[str, int] | None = None
        self._capitalised: dict[str, str] | None = None
        self._vocabulary: frozenset[str] | None = None

    @property
    def name_frequencies(self) -> dict[str, int]:
        """Passage counts by stem beginning, for names in questions not in English (built once)."""
        if self._name_frequencies is None:
            self._name_frequencies = prefix_frequencies(self.store.term_frequencies)
        return self._name_frequencies

    @property
    def capitalised(self) -> dict[str, str]:
        """How the coverage writes the words it mostly capitalises (`capitalised_forms`)."""
        if self._capitalised is None:
            self._read_words()
        return self._capitalised

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the coverage in lower case."""
        if self._vocabulary is None:
            self._read_words()
        return self._vocabulary

    def _read_words(self) -> None:
        """Build `capitalised` and `vocabulary` from one read of the passages, once, when the first question
        that needs either comes (or when a server warms the searcher)."""
        texts = list(self.store.passage_texts())
        self._capitalised = capitalised_forms(texts)
        self._vocabulary = vocabulary(texts)

    def warm(self) -> Searcher:
        """Build the tables that the first question of a kind would otherwise wait for (a server opening
        the index calls this once, off the event loop)."""
        _ = self.name_frequencies, self.capitalised, self.vocabulary
        return self

    def _matching(self, language: str) -> tuple[Words, dict[str, int]]:
        """How question terms meet passage text: English stems, or name-stem beginnings for uk/ru."""
        if language == "en":
            return _same, self.store.term_frequencies
        return name_stems_of, self.name_frequencies

    def candidates(self, info: QueryInfo, vector: np.ndarray | None = None) -> list[Candidate]:
        """Every passage that any evidence source ranks near the top, with its features (`vector`:
        the question's embedding, when already made)."""
        config, store = self.config, self.store
        if vector is None:
            vector = self.embedder.embed_query(info.text)
        sentence_best = store.sentence_scores(vector)
        title_scores = store.title_scores(vector)
        close: list[int] = []
        if config.use_dense:
            close += [i for i, _ in store.dense_search(vector, config.dense_candidates)]
            close += [int(i) for i in np.argsort(-sentence_best)[: config.sentence_candidates]]
        keyword = (
            dict(store.keyword_search(info.fts_match, config.keyword_candidates))
            if config.use_keywords
            else {}
        )
        ordered = list(dict.fromkeys([*close, *keyword]))
        records = store.passages(ordered)
        dense = store.passage_matrix[ordered] @ vector if ordered else np.zeros(0)
        terms = query_terms(info.text, info.language)
        words, frequencies = self._matching(info.language)
        total = store.manifest.passages
        # A Ukrainian or Russian question's glossary words, matched like an English question's terms.
        translated = list(dict.fromkeys(stem(w) for w in info.translated))
        result = []
        for position, passage_id in enumerate(ordered):
            record = records[passage_id]
            if len(prose(record.text).split()) < MIN_FRAGMENT_WORDS:
                continue  # nothing but photo captions and credits: nothing to quote
            sentence_stems = [with_aliases(tokens(s)) for s in rough_sentences(record.text)]
            sentence_words = [words(stems) for stems in sentence_stems]
            passage_words = set().union(*sentence_words)
            result.append(
                Candidate(
                    record=record,
                    dense=float(dense[position]) if config.use_dense else 0.0,
                    sentence=float(sentence_best[passage_id]) if config.use_dense else 0.0,
                    title=float(title_scores[passage_id]) if config.use_dense else 0.0,
                    keyword=keyword.get(passage_id, 0.0),
                    coverage=coverage(terms, passage_words, frequencies, total)
                    if not translated
                    else coverage(translated, set().union(*sentence_stems), store.term_frequencies, total),
                    sentence_coverage=max(
                        (coverage(terms, w, frequencies, total) for w in sentence_words), default=0.0
                    ),
                    words=passage_words,
                )
            )
        return result

    def as_written(self, question: str) -> tuple[str, bool]:
        """A question typed as in a chat, read as if written out in full (index/casual.py): "why did putin
        refuse to meet zelenksy" is read as "Why did Putin refuse to meet Zelensky?". Also whether a name
        or a word was read as another spelling ("lauch" as "launch"), which a reader should be told."""
        text = cased_who_is(with_question_mark(question))
        frequencies = self.store.term_frequencies

        def passages(word: str) -> int:
            return frequencies.get(stem(word), 0)

        # A common word mistyped ("lauch") would be taken for a name the coverage lacks.
        respelt = text
        if any(may_be_mistyped(word, passages) for word in LOWER_WORD.findall(text)):
            respelt = respell_words(text, self.capitalised, self.vocabulary, passages)
        changed, text = respelt != text, respelt
        if is_uncased(text):  # the checks find names by their capitals
            text = restore_case(text, self.capitalised, lambda word: stem(word) in frequencies)
        if any(
            len(name) >= RESPELL_PERSON_LETTERS and unheard(name, self.vocabulary, passages)
            for name in names(text)
        ):
            respelt = respell_names(text, self.capitalised, self.vocabulary, passages, KNOWN_PEOPLE)
            changed, text = changed or respelt != text, respelt
        return text, changed

    def search(self, question: str, limit: int = 5) -> Answer:
        """The best `limit` hits for `question`, and whether the coverage answers it."""
        # Bytes that were not UTF-8 (a terminal's stray byte arrives as a lone surrogate) become "?".
        question = (question or "").encode("utf-8", "replace").decode("utf-8")
        text, respelt = self.as_written(question[:MAX_QUESTION_CHARS])
        answer = self._answer(question, analyse(text), limit)
        return replace(answer, read_as=text) if respelt else answer

    def _answer(self, question: str, info: QueryInfo, limit: int) -> Answer:
        """`search` for a question as read (`info`)."""
        if not re.search(r"[^\W_]", info.text):
            return Answer(question=question, answered=False, message=EMPTY_QUESTION)
        config = self.config
        # Advice and live data are told from the words alone, before any embedding (a configuration without
        # dense evidence always answers, see `_declines`).
        if config.use_dense and config.check_advice and asks_for_advice(info.text):
            return Answer(question=question, answered=False, reason=ADVICE_REASON)
        if config.use_dense and config.check_live_data and asks_for_live_data(info.text):
            return Answer(question=question, answered=False, reason=LIVE_DATA_REASON)
        if config.use_dense and config.check_predictions and asks_for_prediction(info.text):
            return Answer(question=question, answered=False, reason=PREDICTION_REASON)
        if config.use_dense and config.check_opinions and asks_for_opinion(info.text):
            return Answer(question=question, answered=False, reason=OPINION_REASON)
        vector = self.embedder.embed_query(info.text)
        candidates = self.candidates(info, vector)
        # A short English lookup that some candidate holds word for word: a word or two says little in
        # meaning, so the passages holding every word come first, and the cosine floor does not apply.
        terms = query_terms(info.text, "en") if info.language == "en" else []
        lookup = is_lookup(info.text, terms, [c.words for c in candidates], config.lookup_terms)
        if info.language != "en" and info.names and WHO_IS_CYRILLIC.match(info.text):
            # "Хто такий Андрій Коваленко?" sits as far from any passage as a lookup: a passage naming him will do.
            terms = list(info.names)
            lookup = any(set(terms) <= c.words for c in candidates)
        held = terms if lookup else []
        depth = max(limit, config.name_depth)
        evidence = config.evidence_weights or config.weights
        matrix = features(candidates, info)
        ranked = self._ranked(candidates, info, evidence, held, depth, matrix)
        if not ranked:
            return Answer(question=question, answered=False)
        declined, reason = self._declines(info, candidates, ranked, vector, lookup)
        if declined:
            return Answer(question=question, answered=False, reason=reason)
        if evidence is not config.weights:
            ranked = self._ranked(candidates, info, config.weights, held, depth, matrix)
        ranked = self._answer_first(info, ranked)
        hits = tuple(_hit(c, self._between, self._lead_in) for c in ranked[: max(0, limit)])
        return Answer(question=question, answered=True, hits=hits)

    def _answers(self, info: QueryInfo) -> Callable[[list[str]], bool] | None:
        """Whether texts give the kind of answer the question asks for (a count, a sum, a length of time, a
        thing by name); None when it asks for none of them."""
        asked = asked_quantity(info.text, self.store.term_frequencies, info.language)
        if asked is not None:
            return lambda texts: holds_quantity(asked, texts)
        thing = asked_thing(info.text, info.language)
        if thing is None:
            return None
        given = given_by(info.text, info.language)
        return lambda texts: any(names_thing(thing, text, given) for text in texts)

    def _answer_first(self, info: QueryInfo, ranked: list[Candidate]) -> list[Candidate]:
        """`ranked` with the first of its first `answer_first_depth` quotes that gives the kind of answer the
        question asks for (`_answers`) first, when the first does not: "Which French car company…" is
        answered by the quote naming Renault, not by "French automotive and defense companies will produce
        drones"."""
        depth = self.config.answer_first_depth
        if depth < 2 or len(ranked) < 2 or (answers := self._answers(info)) is None:
            return ranked
        if answers(_quote_prose(ranked[0])):
            return ranked
        for position, quote in enumerate(ranked[1:depth], start=1):
            if answers(_quote_prose(quote)):
                return [quote, *ranked[:position], *ranked[position + 1 :]]
        return ranked

    def _ranked(
        self,
        candidates: list[Candidate],
        info: QueryInfo,
        weights: Weights,
        held: list[str],
        depth: int,
        matrix: np.ndarray,
    ) -> list[Candidate]:
        """The candidates scored with `weights` over their features `matrix`, those holding every word of
        `held` first, as quotes (see `diversify`); the first `depth` are settled."""
        config = self.config
        score(candidates, info, weights, matrix)
        if held:
            favour_holding(candidates, held)
        return diversify(
            candidates, weights.duplicate_overlap, config.merge_depth, config.passages_per_quote, limit=depth
        )

    def _declines(
        self,
        info: QueryInfo,
        candidates: list[Candidate],
        ranked: list[Candidate],
        vector: np.ndarray,
        lookup: bool = False,
    ) -> tuple[bool, str | None]:
        """The abstention rule: decline unless a passage is close enough (or the query is a `lookup`, see
        `is_lookup`) and the close passages hold what the question names (a rare name, a year, a month,
        the quantity it asks for, a word it turns on). The reason, when one can be named."""
        config = self.config
        if not config.use_dense:
            return False, None
        # The passages quoted first, a joined quote's passages in its rank order.
        first = [r for c in ranked[: config.name_depth] for r in (c, *c.more)][: config.name_depth]
        # The passages of the first quotes a reader sees, which the quantity and named-thing checks read.
        quotes = [r for c in ranked[: config.answer_quotes] for r in (c, *c.more)]
        top = [c.record for c in first]
        if config.check_periods:
            years = unsupported_years(info.text, top)
            if years:
                return True, decline_reason(years[0])
            # "Where did Russia and Ukraine sign their final peace treaty in 2027?": a budget's forecast naming 2027
            # does not report it.
            newest = self.store.newest
            if newest and (later := years_after_coverage(info.text, newest)):
                return True, after_coverage_year_reason(later[0], newest)
            # A month that starts or ends a stretch ("since March 2022") need not be the passages' own.
            if _pins_month(info) and unsupported_month(info.period, top[: config.month_depth]):
                return True, decline_reason(info.period.label)
            if unsupported_day(info.period, top):
                return True, decline_reason(info.period.day_label)
        if config.check_numbers and (numbers := unsupported_numbers(info.text, top)):
            return True, decline_reason(quoted(numbers[0]), mention_only=True)
        # "When is the third round of the Istanbul negotiations scheduled?": passages of the second round, or naming
        # "third" elsewhere, do not tell of it.
        if config.check_numbers and info.language == "en" and (things := unnamed_in_series(info.text, top)):
            return True, decline_reason(quoted(things[0]), mention_only=True)
        matching, frequencies = self._matching(info.language)
        # Each close passage's words, with its column's writer when its title names one.
        words_held = [c.words | _writer(c.record.title, matching) for c in first]
        present = set().union(*words_held)
        weight, name = rarest_missing_name(
            info.text, present, frequencies, self.store.manifest.passages, info.language
        )
        # A rare name missing from the close passages is the reason to give, whichever check declines.
        reason = decline_reason(name, mention_only=True) if weight >= config.max_missing_name else None
        top_dense = max(c.dense for c in candidates)
        floor = (
            config.min_dense
            if info.language == "en"
            else cosine_floor(
                config.min_dense_other,
                config.other_floor_per_decade,
                self.store.manifest.passages,
                config.floor_passages,
            )
        )
        if top_dense < floor and not lookup:
            return True, reason
        if reason:
            return True, reason
        # The rarest name the question names that the close passages mention: the period and everyday
        # checks read the passages that mention it.
        anchor = rarest_present_name(
            info.text, present, frequencies, self.store.manifest.passages, info.language
        )
        # The close passages that mention it, which the period and topic checks read.
        naming = (
            [c for c, words in zip(first, words_held, strict=True) if mentions(anchor[0], words)]
            if anchor
            else []
        )
        # The quotes from articles that name it, which the quantity and person checks read (worked out once).
        quotes_naming = cache(lambda: _naming(quotes, anchor, matching) if anchor else [])
        # Their prose (or all quotes' when none names it), which the person, other-name and cause checks read.
        telling_prose = cache(lambda: [prose(r.record.text) for r in quotes_naming() or quotes])
        # The first quote's prose, which the cause, unnamed and not-told checks read (put together once, if asked).
        first_prose = cache(lambda: " ".join(_quote_prose(ranked[0])) if ranked else "")
        # Every quote's prose, and the first passages', which the poison, gift, document, role and country checks
        # read.
        quotes_prose = cache(lambda: [prose(r.record.text) for r in quotes])
        first_passages_prose = cache(lambda: [prose(c.record.text) for c in first])
        # Whether a word is one the question gives, read once: in Ukrainian or Russian it transliterates.
        given = cache(lambda: given_by(info.text, info.language))
        # The day the question names, which the count, named-thing and make checks read.
        day_asked = cache(lambda: _day_asked(info, ranked))
        if config.check_periods and config.check_period_names and anchor:
            # "Who won the Nobel Peace Prize in 2025?": the close passages that mention Nobel are from 2022.
            # Its month too, in all `name_depth` passages: "the talks in Istanbul in July 2025".
            word = anchor[1]
            holding = [c.record for c in naming]
            years = unsupported_years(info.text, holding)
            if years:
                return True, decline_reason(years[0], among=quoted(word))
            if _pins_month(info) and unsupported_month(info.period, holding):
                return True, decline_reason(info.period.label, among=quoted(word))
        if anchor and (topic := self._topic_missing(info, anchor, naming, frequencies)):
            return True, decline_reason(topic, mention_only=True, among=quoted(anchor[1]))
        asked = None
        if config.check_quantities:
            # A sum must stand beside the rarest word the close passages hold: a paraphrase's own word
            # ("immobilised" for "frozen") is in none of them.
            held = present if info.language == "en" else None
            asked = asked_quantity(info.text, self.store.term_frequencies, info.language, held)
            quoted_first = quotes
            among = None
            # A quantity of the thing the question names in its context: "How many prisoners were repatriated in
            # Operation Big Switch after the Korean War armistice?" wants a count from an article that names
            # "Korean", not one of this war's swaps; "What was voter turnout in Georgia's election?" a share from
            # one naming Georgia, not the referendums'. When no quote names it (it may be only in the close
            # passages past the first quotes), all quotes count for a count; for anything else, the close
            # passages naming it.
            if asked and anchor and not _only_attributes(info.text, anchor[1]):
                if quotes_naming():
                    quoted_first = quotes_naming()
                    among = quoted(anchor[1])
                elif naming and asked.kind != "count":
                    # Nor from a quote that names it; then from the close passages that do: "What interest rate
                    # did the Bank of Japan set…" is not answered by Russia's key rate when the passages
                    # naming Japan hold no rate. (A count is told in a story's other passages: a swap's
                    # "55 Russian and Donbass soldiers" in one that does not name Azovstal.)
                    quoted_first = naming
                    among = quoted(anchor[1])
            texts = [r.record.text for r in quoted_first]
            if asked and asked.within and asked.kind == "age":
                # An age beside a given name, in an article whose quotes name the surname: they read as one
                # ("Tatyana Popovytch… her son Vladislav…", then "Vladislav was 29 at the time").
                by_article: dict[str, list[str]] = {}
                for r in quoted_first:
                    by_article.setdefault(r.record.article_id, []).extend(c.record.text for c in (r, *r.more))
                texts = [" ".join(parts) for parts in by_article.values()]
            if asked and asked.kind == "count" and (day := day_asked()):
                # A count on a day the question names comes from the passages about that day (naming it, or
                # published on it or the day after), among the first quotes and the close passages (that name
                # the rarest name): "How many POWs came home on June 9?" is not answered by the 1,000 a May deal
                # promised. And from their sentences that name no other day: "…500 prisoners in the June 7-8
                # swap" is not June 9's.
                seen = {id(r) for r in quoted_first}
                pool = [*quoted_first, *(c for c in (naming if anchor else first) if id(c) not in seen)]
                texts = [
                    _without_other_days(r.record.text, day)
                    for r in pool
                    if day.about_day(r.record.published, r.record.text, COUNT_DAY_WINDOW)
                ]
            elif asked and asked.kind == "duration" and (day := day_asked()):
                # "how long did the lavrov rubio phone call on june 1 last": not the May 16 talks' "less than two
                # hours", told in a sentence naming that day.
                texts = [_without_other_days(text, day) for text in texts]
            elif (
                asked
                and asked.kind in ("count", "share", "sentence", "money")
                and _pins_period(info, months=asked.kind == "share")
            ):
                # "How many soldiers were killed in the 2020 war…": a passage of another year counts that year's
                # dead ("49 Armenian soldiers were killed", in 2022), unless the sentence names the year asked.
                # So for a sentence asked of a year, and a rate asked of a month: "…cut its key rate to in
                # September 2022?" is not answered by June 2025's cut "from 21% to 20%", nor by a sentence of
                # another month of the year.
                period = info.period
                texts = [
                    r.record.text
                    if period.contains(r.record.published)
                    else " ".join(
                        s
                        for s in rough_sentences(r.record.text)
                        if _names_period(period, r.record.published, s)
                    )
                    for r in quoted_first
                ]
            if asked and not holds_quantity(asked, texts):
                return True, decline_reason(quantity_name(asked), mention_only=True, among=among)
        # "Which palace…" wants one named: "Dolmabahce Palace", not "a palace in Istanbul"; named in the quote
        # a reader sees, not in a photo caption it leaves out ("the Grand Kremlin Palace").
        if config.check_named_things and (thing := asked_thing(info.text, info.language)):
            # Named in the first quote's article or in those naming the question's rarest name, when that name
            # marks out a story: another tanker a later quote names is not the one that sailed near the
            # Poland–Sweden cable. A title only in the articles naming it: another documentary's title is not
            # the one Walters was making.
            if thing in TITLED_THINGS:
                telling = quotes_naming() or quotes
            elif quotes_naming() and self._marks_out_story(anchor, frequencies):
                first_article = [r for r in quotes if r.record.article_id == quotes[0].record.article_id]
                telling = [*first_article, *quotes_naming()]
            else:
                telling = quotes
            # Of the day the question names, in the quotes about it and their sentences that name no other day:
            # "the tanker the Estonian navy detained on April 11" is not the Jaguar, stopped on May 15.
            texts = _of_day(telling, day_asked())
            if not any(names_thing(thing, text, given()) for text in texts):
                return True, decline_reason(f"a {quoted(thing)} by name", mention_only=True)
        # Of the day the question names too: "a Russian Su-24 bomber" intercepted on May 22 is not the aircraft
        # that entered Finland's airspace on May 23.
        if (
            config.check_makes
            and (make := asked_make(info.text, info.language))
            and not names_make(make, _of_day(quotes, day_asked()))
        ):
            return True, decline_reason(make.label, mention_only=True)
        if (
            config.check_substances
            and asks_substance(info.text, info.language)
            and not names_substance(quotes_prose())
        ):
            return True, decline_reason(SUBSTANCE_LABEL, mention_only=True)
        # "What gift did Pope Leo XIV give Zelensky…": "Zelensky presented Pope Leo with an icon" is the other's.
        if (
            config.check_gifts
            and (giver := asked_giver(info.text))
            and not tells_gift_by(giver, quotes_prose())
        ):
            return True, decline_reason(f"a gift by {' '.join(giver)}", mention_only=True)
        # "What does Russia's memorandum say about the Zaporizhzhia nuclear power plant?": no close passage names
        # both the memorandum and the plant.
        if (
            config.check_documents
            and info.language == "en"
            and (document := asked_document(info.text))
            and (matter := matter_stems(document, frequencies))
            and not tells_document_on(document, matter, [*quotes_prose(), *first_passages_prose()])
        ):
            return True, decline_reason(
                f"the {document.noun} on {quoted(document.matter)}", mention_only=True
            )
        if (
            config.check_background
            and (background := asked_background(info.text, info.language))
            # In the whole articles of the quotes and of the close passages naming the question's rarest name: "A
            # native of Mykolaiv…, Shyrshyn began his military career…" may be past the passages quoted.
            and not tells_background(
                background,
                (
                    self.store.article_text(article)
                    for article in dict.fromkeys(r.record.article_id for r in (*quotes, *naming))
                ),
            )
        ):
            return True, decline_reason(background.label, mention_only=True)
        if config.check_everyday:
            reason = self._unnamed_everyday_thing(info, first, anchor, self._stands_for)
            if reason:
                return True, reason
        if config.check_roles:
            role = asked_role(info.text)
            if role and not holds_role(role, first_passages_prose()):
                return True, decline_reason(role.label, mention_only=True)
        person = asked_person(info.text, info.language) if config.check_people else None
        # Named in the articles that name the question's rarest name, when any quote does, as a count is: the
        # chief of staff of another brigade is not the one "whose son Vladyslav Pastukh" is accused.
        if person and not names_person(person, telling_prose(), given()):
            return True, decline_reason(person.label, mention_only=True)
        # "Which Ukrainian official told the New York Times…": the first quote says the Times cited an unnamed one.
        # For someone asked as the doer, not a source, the unnamed are the report's sources, and a name in the
        # quote may be theirs: "…citing three unnamed officials. …Treasury Secretary Scott Bessent declined" for
        # "Which US official refused to back…".
        if (
            config.check_not_told
            and person
            and ranked
            and leaves_unnamed(person, info.text, first_prose(), given())
        ):
            return True, NOT_TOLD_REASON
        if (
            config.check_other_names
            and info.language == "en"
            and (name := named_once(info.text))
            and not gives_other_name(name, telling_prose())
        ):
            return True, decline_reason(f"another name of {quoted(name)}", mention_only=True)
        if (
            config.check_other_names
            and (named := named_once_in_cyrillic(info.text, info.language))
            and not gives_other_name_spelt(named[1], telling_prose())
        ):
            return True, decline_reason(f"another name of {quoted(named[0])}", mention_only=True)
        # "did putin actually go to the bali g20 summit in the end": a passage telling he "will travel" is no answer.
        if (
            config.check_outcomes
            and (
                outcome := asked_outcome(info.text)
                if info.language == "en"
                else asked_outcome_in_cyrillic(info.text, info.language)
            )
            and not tells_outcome(outcome, telling_prose())
        ):
            return True, NO_OUTCOME_REASON
        # "Has the Trump administration appealed the ruling?": the articles naming it (or the first quote's) must
        # tell of an appeal, anywhere in them: "Rudenko filed a cassation appeal" may close a story.
        # Of the ruling asked about: "a federal appeals court overturned the decision" on Voice of America is no
        # appeal of the ruling on Trump's tariffs.
        if config.check_outcomes and asks_appeal(info.text):
            topic = appeal_topic(info.text, present, frequencies) if info.language == "en" else None
            articles = [self._article_text(q) for q in quotes_naming() or quotes[:1]]
            about = [text for text in articles if topic is None or topic in tokens(text)]
            if not tells_appeal(about):
                return True, decline_reason("an appeal", mention_only=True)
            # "Did Wikimedia win its appeal…": a report of the appeal's filing does not say.
            if asks_appeal_outcome(info.text) and not tells_appeal_outcome(about):
                return True, decline_reason("what came of an appeal", mention_only=True)
        if (
            config.check_causes
            and ranked
            and asks_cause(info.text)
            and says_cause_unknown(first_prose(), named_in(info.text, info.language))
        ):
            return True, CAUSE_UNKNOWN
        if (
            config.check_causes
            and asks_cause(info.text)
            and not tells_a_cause(telling_prose(), asked_event(info.text))
        ):
            return True, decline_reason("a cause", mention_only=True)

        # Told in a sentence about the thing asked of, the rarest name the close passages mention.
        def about(sentence: str) -> bool:
            return not anchor or mentions(anchor[0], tokens(sentence))

        # "what kind of drones will renault build - fpv or long-range strike drones?": no sentence naming Renault
        # names either kind.
        if (
            config.check_choices
            and info.language == "en"
            and (choice := asked_choice(info.text))
            and not tells_choice(choice, telling_prose(), about)
        ):
            among = quoted(anchor[1]) if anchor else None
            return True, decline_reason(
                "either of the two options the question gives", mention_only=True, among=among
            )
        if config.check_about and info.language == "en":
            among = quoted(anchor[1]) if anchor else None
            if asks_base(info.text) and not tells_base(telling_prose(), about, given()):
                return True, decline_reason("where it is based", mention_only=True, among=among)
            if asks_damage(info.text) and not tells_damage(telling_prose(), about):
                return True, decline_reason("damage done to it", mention_only=True, among=among)
            if asks_region(info.text) and not tells_region(telling_prose(), about, given()):
                return True, decline_reason("a region by name", mention_only=True, among=among)
            country = asked_place_in_country(info.text)
            if country and not names_place_in(country, first_passages_prose(), given()):
                return True, decline_reason(country.label, mention_only=True)
            if (wanted := asked_countries(info.text)) and not names_countries(
                wanted, first_passages_prose(), given()
            ):
                return True, decline_reason("countries by name", mention_only=True)
            oblast = asked_place_in_oblast(info.text)
            if oblast and not names_place_in_oblast(oblast, first_passages_prose(), given()):
                return True, decline_reason(oblast.label, mention_only=True)
        # "How many Russian POWs is Ukraine holding?": the first quote says Kyiv does not release the figure.
        # "За сколько McDonald's продал свой российский бизнес…?": it says the price was not disclosed; so with a
        # name ("The agencies did not disclose the suspect's name").
        counts_or_place = info.language == "en" and asks_count_choice_or_place(info.text)
        withheld = "sum" if asked and asked.kind == "money" else "name" if person else None
        if (
            config.check_not_told
            and ranked
            and (
                (counts_or_place and says_not_told(info.text, first_prose()))
                or (withheld and says_withheld(withheld, first_prose()))
            )
        ):
            return True, NOT_TOLD_REASON
        # "What did Kellogg reply…": the whole article of the first quote naming him says he has not commented.
        if (
            config.check_not_told
            and ranked
            and info.language == "en"
            and asks_reply(info.text)  # before the article is read
            and says_no_reply(info.text, self._article_text((quotes_naming() or ranked)[0]))
        ):
            return True, NOT_TOLD_REASON
        # "What did the working group conclude…": a quote saying only that it was set up tells no finding.
        if (
            config.check_not_told
            and info.language == "en"
            and asks_finding(info.text)
            and not tells_finding(telling_prose())
        ):
            return True, decline_reason("a conclusion", mention_only=True)
        # "What came out of the summit in Kananaskis?": the close passages naming it tell of it only ahead ("is
        # scheduled to take place from June 15 to 17"), and no article naming it is from June 15 on.
        if (
            config.check_upcoming
            and anchor
            and asks_what_came_of(info.text)
            and (
                day := told_only_ahead(
                    anchor[1] if info.language == "en" else _as_written_in(anchor[1], naming),
                    ((c.record.text, c.record.published) for c in naming),
                    self.store.latest_naming,
                )
            )
        ):
            return True, upcoming_reason(anchor[1], day)
        # "What did NATO leaders sign off on at the Hague summit on June 24-25, 2025?": no article naming The Hague
        # is from that day on.
        if (
            config.check_upcoming
            and anchor
            and info.language == "en"
            and asks_what_came_of(info.text)
            and (day := asked_after_coverage(info.text, anchor[1], self.store.latest_naming))
        ):
            return True, after_coverage_reason(anchor[1], day)
        # "Did ANO win the Czech election in October 2025?": no article naming the Czechs is from October 2025 on.
        if (
            config.check_upcoming
            and anchor
            and info.language == "en"
            and (month := month_after_coverage(info.text, lambda: self.store.latest_naming(anchor[1])))
        ):
            return True, after_coverage_reason(anchor[1], month)
        if config.max_word_gain is not None and info.language == "en":
            word = self._least_supported(info.text, vector, present, top[: config.support_depth], candidates)
            if word.word is not None:
                return True, decline_reason(quoted(word.word), mention_only=True)
        return False, None

    def _topic_missing(
        self,
        info: QueryInfo,
        anchor: tuple[frozenset[str], str],
        naming: list[Candidate],
        frequencies: dict[str, int],
    ) -> str | None:
        """For a Ukrainian or Russian question naming a rare name the gazetteer knows (`anchor`), what it asks
        about in English words (its glossary words, index/glossary.py) when the close passages that mention
        the name (`naming`) hold none of them; None otherwise. "Какие условия перемирия согласовали Индия и
        Пакистан…": the passages naming Pakistan speak of tensions between two nuclear powers, not a truce.
        An English question is read for a truce only ("How is the ceasefire between Israel and Hezbollah
        holding up?"); its other words have the word check, `_least_supported`."""
        threshold = self.config.topic_name_idf
        stems, word = anchor
        english = info.language == "en"
        asked = truce_words(info.text) if english else info.translated
        if threshold is None or not asked or (not english and not english_stem(word)):
            return None
        if idf(min(frequencies.get(s, 0) for s in stems), self.store.manifest.passages) < threshold:
            return None
        held = set().union(*(c.words for c in naming))
        if any(stem(w) in held for w in asked):
            return None
        return " or ".join(quoted(w) for w in asked[: 1 if english else 2])

    def _marks_out_story(self, anchor: tuple[frozenset[str], str], frequencies: dict[str, int]) -> bool:
        """Whether the question's rarest name (`anchor`) is rare enough to mark out one story (STORY_NAME_IDF)."""
        held = min(frequencies.get(s, 0) for s in anchor[0])
        return idf(held, self.store.manifest.passages) >= STORY_NAME_IDF

    def _stands_for(self, part: str, name: str) -> bool:
        """Whether `part` of a full name mostly means the person `name` names in this coverage: at least
        NAME_SHARE of the passages naming it also name them ("Griner" for Brittney Griner, "Xi" for Xi
        Jinping; not "David" for David Arakhamia, nor "Viktor" for Viktor Medvedchuk)."""
        naming = self.store.count_naming(part)
        return naming > 0 and self.store.count_naming(part, name) >= NAME_SHARE * naming

    @staticmethod
    def _unnamed_everyday_thing(
        info: QueryInfo,
        first: list[Candidate],
        anchor: tuple[frozenset[str], str] | None,
        stands_for: Callable[[str, str], bool] = lambda part, name: True,
    ) -> str | None:
        """The refusal when the close passages `first` name none of the everyday things the question asks
        about (index/everyday.py); None when they do, or it asks about none. When the question names
        someone the close passages mention (`anchor`, from `rarest_present_name`: "David Arakhamia's
        wife"), only the passages naming them count."""
        everyday = everyday_words(info.text)
        if not everyday:
            return None
        # Another part of their full name will do when it mostly means them (`stands_for`): "Griner did
        # not have proper interpreter access" for "Brittney Griner", "During lunch with Scholz, Xi
        # stressed…" for "Xi Jinping", but not another David's wife for "David Arakhamia's wife".
        names, whose = ([anchor[0]], [anchor[1]]) if anchor else ([], [])
        if anchor and info.language == "en":
            whose = full_name(info.text, anchor[1])
            names += [
                frozenset(name_parts(part))
                for part in whose
                if part == anchor[1] or stands_for(part, anchor[1])
            ]
        among = [c.record for c in first if not names or any(mentions(n, c.words) for n in names)]
        held = set().union(*(tokens(prose(r.text)) for r in among))  # as quoted: no captions
        beginnings = word_beginnings(held)
        missing = [
            w
            for w in everyday
            if not any(holds_word(x, held, beginnings) for x in (w, *SAME_THING.get(w, ())))
        ]
        if not missing:
            return None
        return decline_reason(
            quoted(missing[0]), mention_only=True, among=quoted(" ".join(whose)) if whose else None
        )

    def _least_supported(
        self,
        text: str,
        vector: np.ndarray,
        present: set[str],
        passages: list[PassageRecord],
        candidates: list[Candidate],
    ) -> WordSupport:
        """The word of the question that its best passages do not support, if any (index/support.py);
        only called with the check on (`max_word_gain` set)."""
        config = self.config
        frequencies = self.store.term_frequencies
        words = sorted(absent_words(text, present), key=lambda w: frequencies.get(stem(w), 0))
        words = words[: config.support_words]
        if not words or not passages:
            return WordSupport(None, float("-inf"))
        variants = self.embedder.embed_queries([without(text, w) for w in words])
        matrix = self.store.passage_matrix
        best = matrix[[p.id for p in passages]]
        pool = matrix[[c.record.id for c in candidates]]
        return least_supported(
            vector, variants, words, best, pool, config.max_word_gain, config.min_word_lift
        )

    def _article_text(self, quote: Candidate) -> str:
        """The whole text of a quote's article: "Kellogg has not yet commented on the attacks" ends the article
        quoted first for his reply (the first quote naming the question's rarest name, when one does)."""
        return self.store.article_span(quote.record.article_id, 0, ARTICLE_CHARS)

    def _between(self, before: PassageRecord, after: PassageRecord) -> str:
        """The article text between two of its passages."""
        return self.store.article_span(before.article_id, before.end, after.start)

    def _lead_in(self, record: PassageRecord) -> tuple[PassageRecord, str] | None:
        """The passage before `record` and its last sentence, when `record` opens on someone or somewhere
        that sentence names ("He dismissed…", "…called the place a staging ground") and runs straight on
        from it."""
        if record.position == 0 or not refers_back(prose(record.text)):
            return None
        before = [r for r in self.store.neighbours(record.id, after=0) if r.position == record.position - 1]
        if not before or not _runs_on(before[0], record, self._between(before[0], record)):
            return None
        sentence = last_sentence(prose(before[0].text).rsplit(OMISSION, 1)[-1])
        return (before[0], sentence) if sentence else None

    def context(self, passage_id: int) -> list[PassageRecord]:
        """The quoted passage with the passages either side of it, for a reader who wants more."""
        return self.store.neighbours(passage_id)


def _runs_on(before: PassageRecord, after: PassageRecord, between: str) -> bool:
    """Whether `after` follows `before` in the article with nothing left out, as quoted."""
    if between.strip():
        return False  # a heading, a caption or a line the chunker dropped lies between them
    end_piece = prose(before.text).rsplit(OMISSION, 1)[-1].strip()
    start_piece = prose(after.text).split(OMISSION, 1)[0].strip()
    return (
        bool(end_piece and start_piece)
        and before.text.rstrip().endswith(end_piece)
        and after.text.lstrip().startswith(start_piece)
    )


def _only_attributes(question: str, name: str) -> bool:
    """Whether the question names a place or a body only to say whose official it means ("Moscow's defence
    chief", "the Kremlin's economic envoy") or a person only as the one who says so ("According to Yuri
    Ushakov"): an article may answer it naming neither."""
    name = re.escape(name)
    whose = re.search(rf"\b{name}['’]s?\s+((?:[\w-]+\s+){{0,2}}[\w-]+)", question, re.IGNORECASE)
    if whose and any(word.lower() in PERSON_NOUN_WORDS for word in whose.group(1).split()):
        return True
    return bool(re.search(rf"\baccording to (?:\w+\s+){{0,2}}{name}\b", question, re.IGNORECASE))


def _pins_month(info: QueryInfo) -> bool:
    """Whether a question names a month as when the thing asked happened ("in May 2025"), not as when a
    stretch began or ended ("since March 2022", "з березня 2022 року")."""
    return info.period is not None and not bounds_a_span(info.text)


def _pins_period(info: QueryInfo, months: bool) -> bool:
    """Whether a question names a whole year ("in the 2020 war"), or with `months` a month of one ("in
    September 2022"), as when the thing asked happened, not as when a stretch began ("since 2022"). A count
    asked of a month is left alone: the toll of "the July 2022 strike on Vinnytsia" is told in a later
    passage naming neither ("Thursday's missile strike in Vinnytsia")."""
    period = info.period
    if not period or period.season or period.day or bounds_a_span(info.text):
        return False
    return months or not period.month


def _writer(title: str, matching: Words) -> set[str]:
    """The words of a column's writer named in its title (`WRITER_TITLE`), as passages' words are held."""
    match = WRITER_TITLE.match(title)
    return matching(with_aliases(tokens(match.group(1)))) if match else set()


def _as_written_in(word: str, candidates: Sequence[Candidate]) -> str:
    """A Ukrainian or Russian name as the close passages write it in English, from the stem the gazetteer
    gives ("Kananaskis" for "Кананаскісі", stem "kanana"); the word itself when the gazetteer knows none or
    no passage holds it."""
    english = english_stem(word)
    if not english:
        return word
    pattern = re.compile(rf"\b{re.escape(english)}[\w’'-]*", re.IGNORECASE)
    for candidate in candidates:
        if match := pattern.search(candidate.record.text):
            return match.group()
    return word


def _quote_prose(quote: Candidate) -> list[str]:
    """The prose of a quote's passages (`index.chunk.prose`), its first passage's first."""
    return [prose(r.record.text) for r in (quote, *quote.more)]


def _of_day(quotes: list[Candidate], day: Period | None) -> list[str]:
    """The prose of the quotes about the day a question names (`Period.about_day`), each without its sentences
    naming another day; of every quote when it names none."""
    return [
        _without_other_days(prose(r.record.text), day) if day else prose(r.record.text)
        for r in quotes
        if not day or day.about_day(r.record.published, r.record.text, COUNT_DAY_WINDOW)
    ]


def _without_other_days(text: str, period: Period) -> str:
    """A passage's sentences that name no other day than the one `period` names."""
    return " ".join(s for s in rough_sentences(text) if not period.names_other_day(s))


# A year written in a sentence: "April 2024" names another April than the one asked of.
ANY_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
# "last month's Italian general election", in a passage published the month after the one asked of.
LAST_MONTH = re.compile(r"\blast\s+month\b", re.IGNORECASE)


def _names_period(period: Period, published: str | None, sentence: str) -> bool:
    """Whether a sentence names the period asked, or a month of it as "last month" in a passage published the
    month after: "…during last month's Italian general election, winning 26 per cent of the vote", of September
    2022 in October's report."""
    if period.named_in(sentence):
        return True
    # "In early April, Trump imposed a 10% tariff…", the month without its year, in a passage of the year asked
    # published from that month on.
    if (
        period.month
        and published
        and published[:4] == f"{period.year:04d}"
        and published[5:7] >= f"{period.month:02d}"
        and MONTH_PATTERNS[period.month].search(sentence)
        and not ANY_YEAR_WRITTEN.search(sentence)
    ):
        return True
    if not period.month or not published or not LAST_MONTH.search(sentence):
        return False
    year, month = (period.year, period.month + 1) if period.month < 12 else (period.year + 1, 1)
    return published[:7] == f"{year:04d}-{month:02d}"


def _day_asked(info: QueryInfo, ranked: list[Candidate]) -> Period | None:
    """The day a question names: of the year it names, or, naming none ("on June 4"), of the year of the first
    quote, which tells of that day's news."""
    if info.period and info.period.date:
        return info.period
    if info.period or not ranked or not (named := day_without_year(info.text)):
        return None
    # Of the year of the first quote published on that day or the day after, if one is ("8 сентября" in a story
    # of September 8, 2022, quoted below one of 2025); else of the first quote's year.
    dated = [r.record.published for r in ranked if (r.record.published or "")[:4].isdigit()]
    if not dated:
        return None
    days = [Period(int(published[:4]), named[0], day=named[1]) for published in dated]
    on_the_day = (
        day
        for day, published in zip(days, dated, strict=True)
        if day.date and day.about_day(published, "", COUNT_DAY_WINDOW)
    )
    return next(on_the_day, days[0] if days[0].date else None)


def _naming(quotes: list[Candidate], anchor: tuple[frozenset[str], str], matching: Words) -> list[Candidate]:
    """The quotes from articles that name the question's rarest name (`anchor`) where a reader sees it: a
    photo caption naming Retroville is no report of its strike. Empty when none does."""
    stems = anchor[0]
    naming = {
        r.record.article_id
        for r in quotes
        if mentions(
            stems,
            matching(with_spellings(with_aliases(tokens(prose(r.record.text)))))
            | _writer(r.record.title, matching),
        )
    }
    return [r for r in quotes if r.record.article_id in naming]


def _hit(
    candidate: Candidate,
    between: Callable[[PassageRecord, PassageRecord], str] | None = None,
    lead_in: Callable[[PassageRecord], tuple[PassageRecord, str] | None] | None = None,
) -> Hit:
    """The quote for a ranked candidate and the passages that joined it; `between` gives the article
    text between two passages (without it, passages at most a paragraph break apart run on). When the
    quote's first passage refers back to what the sentence before it names, `lead_in` gives that sentence,
    which the quote then opens with."""
    record = candidate.record
    records = [c.record for c in [candidate, *candidate.more]]
    parts = [(r.position, prose(r.text)) for r in records]
    by_position = {r.position: r for r in records}
    runs_on = {
        p
        for p, r in by_position.items()
        if (after := by_position.get(p + 1)) is not None
        and _runs_on(r, after, between(r, after) if between else ("" if after.start - r.end <= 2 else "?"))
    }
    opening = min(records, key=lambda r: r.position)
    if lead_in and (led := lead_in(opening)):
        before, sentence = led
        # Right after the passage it leads into, so that a quote cut to fit keeps the two together.
        parts.insert(
            next(i for i, (p, _) in enumerate(parts) if p == opening.position) + 1,
            (before.position, sentence),
        )
        runs_on.add(before.position)
    return Hit(
        passage_id=record.id,
        article_id=record.article_id,
        title=record.title,
        source=record.source,
        published=record.published,
        url=record.url,
        note=record.note,
        excerpt=joined_excerpt(parts, frozenset(runs_on)),
        score=round(candidate.score, 4),
        also_reported_by=tuple(candidate.also),
        also_articles=tuple(candidate.copies),
        parts=tuple(parts),
        runs_on=frozenset(runs_on),
    )


def open_searcher(data_dir, model: str | None = None, embedder: Embedder | None = None) -> Searcher:
    """Open the live index in `data_dir` with the model it was built with.

    `model`, when given (e.g. from PARLEY_MODEL), must match the index's, or ModelMismatch is raised.
    """
    from index.embed import canonical_model_name, load_embedder

    expected = canonical_model_name(model) if model else None
    store = IndexStore.open(Path(data_dir), expected_model=expected)
    return Searcher(store, embedder or load_embedder(store.manifest.model))
