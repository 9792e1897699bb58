"""The `parley` command as users and acceptance checks call it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.cli import main
from tests.conftest import REPO


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_build_prints_a_summary_with_counts_and_skips(tmp_path: Path, seed_corpus: Path, capsys) -> None:
    (seed_corpus / "broken.jsonl").write_text('{"id": "x"}\n{oops\n')
    code, out, err = run(
        ["build", "--corpus", str(seed_corpus), "--data", str(tmp_path / "d"), "--model", "fake"], capsys
    )
    assert code == 0
    assert "Indexed 5 articles into" in out
    assert "newly embedded" in out
    assert "Skipped 2 input record(s)" in out
    assert "broken.jsonl:1: article 'x' has no 'text' (skipped)" in err
    assert "broken.jsonl:2: invalid JSON" in err


def test_build_strict_fails_on_a_bad_record(tmp_path: Path, seed_corpus: Path, capsys) -> None:
    (seed_corpus / "broken.jsonl").write_text("{oops\n")
    code, _, err = run(
        ["build", "--strict", "--corpus", str(seed_corpus), "--data", str(tmp_path / "d"), "--model", "fake"],
        capsys,
    )
    assert code == 1
    assert err.splitlines()[-1].startswith("parley: 1 input problem(s) under --strict")


def test_ask_json_prints_one_object_per_question_in_order(fake_index: Path, tmp_path: Path, capsys) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text(
        "Who led Russia's delegation in Istanbul?\n\n   \nWhere did Putin invite Zelensky?\n"
    )
    code, out, _ = run(["ask", "--data", str(fake_index), "--json", "--file", str(questions)], capsys)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["question"] for line in lines] == [
        "Who led Russia's delegation in Istanbul?",
        "Where did Putin invite Zelensky?",
    ]
    for line in lines:
        assert set(line) >= {"question", "answered", "results"}
        for hit in line["results"]:
            assert set(hit) >= {
                "article_id",
                "title",
                "source",
                "published",
                "url",
                "note",
                "excerpt",
                "score",
                "also_reported_by",
                "also_article_ids",
            }
            assert isinstance(hit["score"], float)
            assert hit["article_id"] not in hit["also_article_ids"]
            # The excerpt is its passages, quoted in order: run on, or with " […] " for a gap.
            assert hit["passages"] and all(p in hit["excerpt"] for p in hit["passages"])
            assert len(hit["excerpt"]) <= sum(map(len, hit["passages"])) + 5 * len(hit["passages"])
    assert len(lines[0]["results"]) == 5


def test_ask_top_k_limits_results(fake_index: Path, capsys) -> None:
    code, out, _ = run(
        ["ask", "--data", str(fake_index), "--json", "--top-k", "2", "Medinsky delegation"], capsys
    )
    assert code == 0
    assert len(json.loads(out)["results"]) == 2


def test_ask_text_quotes_with_publisher_date_link_and_note(fake_index: Path, capsys) -> None:
    code, out, _ = run(["ask", "--data", str(fake_index), "--top-k", "5", "no reason to meet summit"], capsys)
    assert code == 0
    assert "— Hanna AI News, date unknown" in out
    assert "Note: Machine-written article." in out
    assert "https://news.hanna-ai.com/en/article/putin-rejects-zelenskyy-summit" in out
    assert "  > “" in out


@pytest.mark.parametrize("question", ["   ", "???", "…!"])
def test_an_empty_question_gets_a_clear_message(fake_index: Path, capsys, question: str) -> None:
    code, out, _ = run(["ask", "--data", str(fake_index), "--json", question], capsys)
    assert code == 0
    payload = json.loads(out)
    assert payload["answered"] is False and payload["results"] == []
    assert "Please ask a question" in payload["message"]


def test_a_pasted_wall_of_text_is_answered_from_its_start(fake_index: Path, capsys) -> None:
    wall = "Who led the delegation in Istanbul? " + "filler words " * 3000
    code, out, _ = run(["ask", "--data", str(fake_index), "--json", wall], capsys)
    assert code == 0
    payload = json.loads(out)
    assert payload["question"] == wall
    assert payload["answered"] is True


def test_ask_without_an_index_says_how_to_build_it(tmp_path: Path, capsys) -> None:
    code, _, err = run(["ask", "--data", str(tmp_path / "none"), "anything"], capsys)
    assert code == 1
    assert (
        err.strip()
        == f"parley: no index in {tmp_path / 'none'}: run `parley build --data {tmp_path / 'none'}` to build it"
    )


def test_ask_with_a_missing_question_file_is_one_line(fake_index: Path, tmp_path: Path, capsys) -> None:
    code, _, err = run(["ask", "--data", str(fake_index), "--file", str(tmp_path / "nope.txt")], capsys)
    assert code == 1
    assert err.count("\n") == 1 and "cannot read" in err


def test_ask_refuses_an_index_from_another_model(fake_index: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PARLEY_MODEL", "minilm")
    code, _, err = run(["ask", "--data", str(fake_index), "anything"], capsys)
    assert code == 1
    assert "built with model 'fake'" in err


def test_stats_describes_the_index(fake_index: Path, capsys) -> None:
    code, out, _ = run(["stats", "--data", str(fake_index)], capsys)
    assert code == 0
    assert "Articles:   5" in out
    assert "Sources:    5" in out
    assert "15 May 2025 – 4 Jun 2026" in out
    assert "Model:      fake" in out
    code, out, _ = run(["stats", "--data", str(fake_index), "--json"], capsys)
    stats = json.loads(out)
    assert stats["articles"] == 5 and stats["model"] == "fake"


def test_the_console_script_runs_as_a_process(fake_index: Path) -> None:
    env = {**os.environ, "PARLEY_DATA": str(fake_index)}
    done = subprocess.run(
        [sys.executable, "-m", "index.cli", "ask", "--json", "Istanbul delegation"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["question"] == "Istanbul delegation"


def test_questions_can_come_from_standard_input(fake_index: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "index.cli", "ask", "--data", str(fake_index), "--json"],
        cwd=REPO, input="first question about talks\nsecond about Moscow\n",
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["question"] for x in done.stdout.splitlines()] == [
        "first question about talks",
        "second about Moscow",
    ]


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Where did Putin invite Zelensky to meet in 2025?", True),
        ("Where did Putin invite Zelensky to meet in September 2025?", True),
        ("Where did Putin invite Zelensky to meet in 2027?", False),  # after the newest article
        ("Where did Putin invite Zelensky to meet in July 2025?", False),  # no close passage is from July
        ("Куди Путін запросив Зеленського на зустріч у 2027 році?", False),
    ],
)
def test_a_period_the_close_passages_do_not_cover_is_declined(
    fake_index: Path, capsys, question: str, answered: bool
) -> None:
    code, out, _ = run(["ask", "--data", str(fake_index), "--json", question], capsys)
    assert code == 0
    payload = json.loads(out)
    assert payload["answered"] is answered
    assert bool(payload["results"]) is answered
    if not answered:  # the reason names what the closest articles lack
        assert payload["reason"].startswith("The coverage I have doesn't answer that: none of the articles")
        assert ("2027" in payload["reason"]) or ("July 2025" in payload["reason"])


def test_the_terminal_shows_why_a_question_was_declined(fake_index: Path, capsys) -> None:
    code, out, _ = run(["ask", "--data", str(fake_index), "Where did Putin invite Zelensky in 2027?"], capsys)
    assert code == 0
    assert "none of the articles closest to the question is from 2027 or mentions it" in out


def test_settings_in_dotenv_reach_every_command(
    fake_index: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    from index import cli

    monkeypatch.delenv("PARLEY_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"PARLEY_DATA={fake_index}\n")
    cli._dotenv.cache_clear()
    try:
        code, out, _ = run(["stats", "--json"], capsys)
    finally:
        cli._dotenv.cache_clear()
    assert code == 0 and json.loads(out)["passages"] > 0


def test_the_dotenv_file_is_read_from_the_current_folder(tmp_path: Path, monkeypatch) -> None:
    from index import cli

    monkeypatch.delenv("PARLEY_MODEL", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("PARLEY_MODEL=minilm\n")
    cli._dotenv.cache_clear()
    try:
        assert cli._env("PARLEY_MODEL") == "minilm"
        monkeypatch.setenv("PARLEY_MODEL", "e5-small")
        assert cli._env("PARLEY_MODEL") == "e5-small"  # the environment wins
    finally:
        cli._dotenv.cache_clear()


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("[1, 2]", "expected a JSON object"),
        ('{"id": "a", "question": null}', '"question" must be a non-empty string'),
        ('{"id": "a", "question": 123}', '"question" must be a non-empty string'),
        ('{"id": "a", "question": "Talks?", "kind": ["x"]}', '"kind" a string'),
        ('{"id": "a", "question": "Talks?", "gold": [{"article": "x"}]}', '"gold" must be a list'),
    ],
)
def test_eval_names_the_malformed_line(
    fake_index: Path, tmp_path: Path, capsys, line: str, says: str
) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "ok", "question": "Who led the talks?", "gold": []}\n' + line + "\n")
    code, _, err = run(["eval", str(questions), "--data", str(fake_index)], capsys)
    assert code == 1 and err.startswith(f"parley: {questions}:2: not a question record (") and says in err
    assert len(err.strip().splitlines()) == 1


def test_eval_rejects_a_top_k_below_one_and_a_non_utf8_file(fake_index: Path, tmp_path: Path, capsys) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "ok", "question": "Who led the talks?", "gold": []}\n')
    assert run(["eval", str(questions), "--data", str(fake_index), "--top-k", "0"], capsys)[2] == (
        "parley: --top-k must be at least 1\n"
    )
    questions.write_bytes(b'{"id": "ok", "question": "Caf\xe9?"}\n')
    assert run(["eval", str(questions), "--data", str(fake_index)], capsys)[2] == (
        f"parley: {questions} is not UTF-8 text\n"
    )


def test_eval_reads_a_question_file_that_starts_with_a_byte_order_mark(
    fake_index: Path, tmp_path: Path, capsys
) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_bytes('{"id": "ok", "question": "Who led the talks?", "gold": []}\n'.encode("utf-8-sig"))
    code, out, err = run(["eval", str(questions), "--data", str(fake_index), "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["metrics"]["all"]["questions"] == 1


def test_a_data_folder_that_is_a_file_is_one_line(tmp_path: Path, capsys) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    code, _, err = run(["stats", "--data", str(not_a_folder)], capsys)
    assert code == 1 and err.startswith("parley: ") and len(err.strip().splitlines()) == 1


def test_bytes_that_are_not_utf8_in_a_question_are_replaced(fake_index: Path, capsys) -> None:
    stray = b"Istanbul \xff delegation".decode("utf-8", "surrogateescape")  # as argv delivers it
    code, out, _ = run(["ask", "--data", str(fake_index), "--json", stray], capsys)
    assert code == 0 and json.loads(out)["question"] == "Istanbul ? delegation"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What did Hamas agree to in the ceasefire?", "Hamas"),
        ("На что согласился ХАМАС в перемирии?", "ХАМАС"),
        ("На що погодився ХАМАС у перемир'ї?", "ХАМАС"),
    ],
)
def test_a_declined_question_names_the_missing_name_in_every_language(
    fake_index: Path, question: str, name: str
) -> None:
    import dataclasses

    from index.search import open_searcher

    searcher = open_searcher(fake_index)
    # However the question is declined (here: nothing close enough), the reason names what is missing
    # (on five seed articles every name is rare, so the name threshold is lowered to match).
    searcher.config = dataclasses.replace(
        searcher.config, min_dense=0.99, min_dense_other=0.99, max_missing_name=1.0
    )
    answer = searcher.search(question)
    assert not answer.answered
    assert answer.reason == (
        f"The coverage I have doesn't answer that: none of the articles closest to the question mentions {name}."
    )
    searcher.store.close()


def test_answers_to_a_file_of_questions_say_which_question_they_answer(
    fake_index: Path, tmp_path: Path, capsys
) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("Who led Russia's delegation in Istanbul?\nWhere did Putin invite Zelensky?\n")
    code, out, _ = run(["ask", "--data", str(fake_index), "--file", str(questions)], capsys)
    assert code == 0
    first, second = (
        out.index("? Who led Russia's delegation in Istanbul?\n"),
        out.index("? Where did Putin invite Zelensky?\n"),
    )
    assert first == 0 and "[1]" in out[first:second] and "[1]" in out[second:]
    code, single, _ = run(["ask", "--data", str(fake_index), "Where did Putin invite Zelensky?"], capsys)
    assert single.startswith("[1]")  # a question on the command line is not repeated back


def test_the_store_gives_the_article_text_between_two_passages(fake_index: Path) -> None:
    from index.corpus import load_corpus
    from index.search import open_searcher

    searcher = open_searcher(fake_index)
    first, second = searcher.context(searcher.store.passages([1])[1].id)[:2]
    article = next(a for a in load_corpus([REPO / "corpus"]).articles if a.id == first.article_id)
    between = searcher.store.article_span(first.article_id, first.end, second.start)
    assert between == article.text[first.end : second.start]
    searcher.store.close()


def test_a_dotenv_that_is_not_utf8_is_one_line_and_an_empty_variable_wins_over_it(
    fake_index: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    from index import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PARLEY_DATA", raising=False)
    (tmp_path / ".env").write_bytes(b"PARLEY_DATA=caf\xe9\n")
    cli._dotenv.cache_clear()
    try:
        code, _, err = run(["stats"], capsys)
        assert code == 1 and err == "parley: .env is not UTF-8 text: fix or remove it\n"
        (tmp_path / ".env").write_text(f"PARLEY_DATA={fake_index}\n")
        cli._dotenv.cache_clear()
        monkeypatch.setenv("PARLEY_DATA", "")  # set but empty: the default, as `parley bot` does
        assert cli._env("PARLEY_DATA", "data") == "data"
    finally:
        cli._dotenv.cache_clear()


def test_questions_can_come_from_a_pipe_named_with_file(fake_index: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "index.cli", "ask", "--data", str(fake_index), "--json", "--file", "/dev/stdin"],
        cwd=REPO, input="first question about talks\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["question"] == "first question about talks"
