"""Regenerate docs/quality.md: retrieval quality of each configuration on the question sets.

Builds (or reuses, thanks to the embedding cache) an index of the seeds plus the shared coverage
for each model preset, then evaluates dense-only, keyword-only and the shipped configuration.

    python bench/quality.py --coverage ../shared/coverage/articles.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from index.build import build_index  # noqa: E402
from index.embed import load_embedder  # noqa: E402
from index.evaluate import ALL, Question, Report, evaluate, load_questions, render_report  # noqa: E402
from index.rank import EVIDENCE_WEIGHTS, FEATURES, Weights  # noqa: E402
from index.search import Searcher, always_answering, config_for  # noqa: E402
from index.store import IndexStore  # noqa: E402

SETS = {
    "dev": REPO / "tests/eval/questions.jsonl",
    "holdout": REPO / "tests/eval/holdout.jsonl",
    "fresh": REPO / "tests/eval/fresh.jsonl",
    "blind": REPO / "tests/eval/blind.jsonl",
    "blind2": REPO / "tests/eval/blind2.jsonl",
    "blind3": REPO / "tests/eval/blind3.jsonl",
    "blind4": REPO / "tests/eval/blind4.jsonl",
    "blind5": REPO / "tests/eval/blind5.jsonl",
    "blind6": REPO / "tests/eval/blind6.jsonl",
    "blind7": REPO / "tests/eval/blind7.jsonl",
    "blind8": REPO / "tests/eval/blind8.jsonl",
    "blind9": REPO / "tests/eval/blind9.jsonl",
    "blind10": REPO / "tests/eval/blind10.jsonl",
    "blind11": REPO / "tests/eval/blind11.jsonl",
    "blind12": REPO / "tests/eval/blind12.jsonl",
    "blind13": REPO / "tests/eval/blind13.jsonl",
    "blind14": REPO / "tests/eval/blind14.jsonl",
    "blind15": REPO / "tests/eval/blind15.jsonl",
    "blind16": REPO / "tests/eval/blind16.jsonl",
    "blind17": REPO / "tests/eval/blind17.jsonl",
    "blind18": REPO / "tests/eval/blind18.jsonl",
    "blind19": REPO / "tests/eval/blind19.jsonl",
    "blind20": REPO / "tests/eval/blind20.jsonl",
    "blind21": REPO / "tests/eval/blind21.jsonl",
    "blind22": REPO / "tests/eval/blind22.jsonl",
    "blind23": REPO / "tests/eval/blind23.jsonl",
    "blind24": REPO / "tests/eval/blind24.jsonl",
    "blind25": REPO / "tests/eval/blind25.jsonl",
    "blind26": REPO / "tests/eval/blind26.jsonl",
    "blind27": REPO / "tests/eval/blind27.jsonl",
    "blind28": REPO / "tests/eval/blind28.jsonl",
    "blind29": REPO / "tests/eval/blind29.jsonl",
    "blind30": REPO / "tests/eval/blind30.jsonl",
    "blind31": REPO / "tests/eval/blind31.jsonl",
    "blind32": REPO / "tests/eval/blind32.jsonl",
    "blind33": REPO / "tests/eval/blind33.jsonl",
    "blind34": REPO / "tests/eval/blind34.jsonl",
    "blind35": REPO / "tests/eval/blind35.jsonl",
    "blind36": REPO / "tests/eval/blind36.jsonl",
    "blind37": REPO / "tests/eval/blind37.jsonl",
    "blind38": REPO / "tests/eval/blind38.jsonl",
    "blind39": REPO / "tests/eval/blind39.jsonl",
    "blind40": REPO / "tests/eval/blind40.jsonl",
    "blind41": REPO / "tests/eval/blind41.jsonl",
    "blind42": REPO / "tests/eval/blind42.jsonl",
    "blind43": REPO / "tests/eval/blind43.jsonl",
    "blind44": REPO / "tests/eval/blind44.jsonl",
    "blind45": REPO / "tests/eval/blind45.jsonl",
    "blind46": REPO / "tests/eval/blind46.jsonl",
    "blind47": REPO / "tests/eval/blind47.jsonl",
    "blind48": REPO / "tests/eval/blind48.jsonl",
    "blind49": REPO / "tests/eval/blind49.jsonl",
    "blind50": REPO / "tests/eval/blind50.jsonl",
    "blind51": REPO / "tests/eval/blind51.jsonl",
    "blind52": REPO / "tests/eval/blind52.jsonl",
    "blind53": REPO / "tests/eval/blind53.jsonl",
    "blind54": REPO / "tests/eval/blind54.jsonl",
    "blind55": REPO / "tests/eval/blind55.jsonl",
    "blind56": REPO / "tests/eval/blind56.jsonl",
    "blind57": REPO / "tests/eval/blind57.jsonl",
    "blind58": REPO / "tests/eval/blind58.jsonl",
    "blind59": REPO / "tests/eval/blind59.jsonl",
    "blind60": REPO / "tests/eval/blind60.jsonl",
    "blind61": REPO / "tests/eval/blind61.jsonl",
    "blind62": REPO / "tests/eval/blind62.jsonl",
    "blind63": REPO / "tests/eval/blind63.jsonl",
    "blind64": REPO / "tests/eval/blind64.jsonl",
    "blind65": REPO / "tests/eval/blind65.jsonl",
    "blind66": REPO / "tests/eval/blind66.jsonl",
    "blind67": REPO / "tests/eval/blind67.jsonl",
    "blind68": REPO / "tests/eval/blind68.jsonl",
    "blind69": REPO / "tests/eval/blind69.jsonl",
    "blind70": REPO / "tests/eval/blind70.jsonl",
    "blind71": REPO / "tests/eval/blind71.jsonl",
    "blind72": REPO / "tests/eval/blind72.jsonl",
    "blind73": REPO / "tests/eval/blind73.jsonl",
    "blind74": REPO / "tests/eval/blind74.jsonl",
    "blind75": REPO / "tests/eval/blind75.jsonl",
    "blind76": REPO / "tests/eval/blind76.jsonl",
    "blind77": REPO / "tests/eval/blind77.jsonl",
    "blind78": REPO / "tests/eval/blind78.jsonl",
    "blind79": REPO / "tests/eval/blind79.jsonl",
    "blind80": REPO / "tests/eval/blind80.jsonl",
    "blind81": REPO / "tests/eval/blind81.jsonl",
    "blind82": REPO / "tests/eval/blind82.jsonl",
    "blind83": REPO / "tests/eval/blind83.jsonl",
    "blind84": REPO / "tests/eval/blind84.jsonl",
    "blind85": REPO / "tests/eval/blind85.jsonl",
    "blind86": REPO / "tests/eval/blind86.jsonl",
    "blind87": REPO / "tests/eval/blind87.jsonl",
}
CHAT_TYPED = "shipped, typed as in a chat (lower case, no question mark)"


def chat_typed(questions: list[Question]) -> list[Question]:
    """The questions as many people type them in a chat: all in lower case, without a question mark."""
    return [dataclasses.replace(q, question=q.question.lower().rstrip(" ?")) for q in questions]


def _only(**weights: float) -> Weights:
    """Weights with every feature off but the named ones."""
    return Weights(**{name: weights.get(name, 0.0) for name in FEATURES})


def variants(model: str) -> list[tuple[str, dict]]:
    """(label, RetrievalConfig overrides) for one model."""
    always = always_answering()
    dense = ("dense only: passage cosine", {**always, "use_keywords": False, "weights": _only(dense=1.0)})
    keyword = ("keyword only: BM25", {**always, "use_dense": False, "weights": _only(keyword=1.0)})
    single = ("shipped ranking, one passage per quote", {**always, "merge_depth": 0, "passages_per_quote": 1})
    hybrid = ("shipped ranking, always answers", always)
    shipped = ("shipped: ranking + abstention", {})
    if model == "e5-small":
        no_words = ("shipped, without the word check", {"max_word_gain": None})
        no_quantities = ("shipped, without the quantity check", {"check_quantities": False})
        no_period_names = ("shipped, without the period-and-name check", {"check_period_names": False})
        no_everyday = ("shipped, without the everyday-things check", {"check_everyday": False})
        no_roles = ("shipped, without the country-and-office check", {"check_roles": False})
        no_numbers = ("shipped, without the named-number check", {"check_numbers": False})
        pointwise = ("shipped, quotes in the abstention order", {"weights": EVIDENCE_WEIGHTS})
        one_order = ("shipped, abstention reading the quotes' order", {"evidence_weights": None})
        no_answer_first = ("shipped, without the answer-first order", {"answer_first_depth": 0})
        return [
            dense,
            keyword,
            single,
            hybrid,
            no_words,
            no_quantities,
            no_period_names,
            no_everyday,
            no_roles,
            no_numbers,
            pointwise,
            one_order,
            no_answer_first,
            shipped,
        ]
    return [dense, hybrid, shipped]


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table_rows(label: str, report: Report) -> list[str]:
    m = report.metrics(ALL)
    other = [o for o in report.outcomes if o.question.kind in {"uk", "ru"}]
    multi = Report(other).metrics(ALL) if other else None
    return [
        f"| {label} | {m.answerable} | {_cell(m.recall_at_1)} | {_cell(m.recall_at_5)} | "
        f"{_cell(m.mrr_at_10)} | {_cell(multi.recall_at_5 if multi else None)} | "
        f"{_cell(m.answered)} | {_cell(m.declined)} |"
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coverage", default=str(REPO.parent / "shared/coverage/articles.jsonl"))
    parser.add_argument("--work", default=str(REPO / "bench/out"), help="where the indexes are kept")
    parser.add_argument("--models", default="e5-small,minilm")
    parser.add_argument("--output", default=str(REPO / "docs/quality.md"))
    args = parser.parse_args()

    sources = [REPO / "corpus", Path(args.coverage)]
    sets = {name: load_questions(path) for name, path in SETS.items() if path.exists()}
    lines = [
        "# Retrieval quality",
        "",
        f"Generated by `make quality` (bench/quality.py) on {dt.date.today().isoformat()}, over the seed "
        "corpus plus the shared coverage. `dev` is the set the configuration was tuned on; `holdout` "
        "was written separately and not tuned on; `fresh` was written later by another hand, after "
        "the configuration was settled, and is not tuned on either. Its ranking figures are clean, but "
        "several abstention rules were written after failures on holdout and fresh questions had been "
        "seen, so their `declined` figures are no longer held out: a sum of money beside the question's "
        "rarest word (fresh xn24), questions asking for advice (xn22), the everyday-things check "
        "(index/everyday.py: a hotel and the weather asked in Ukrainian, dev nu04 and fresh xnu03, a "
        "ship's captain, holdout hn17, and a wife, fresh xn16, were among the failures it was written "
        "after), a named century (holdout hn09) and a person picked out by country and office "
        "(index/roles.py, holdout hn12). `blind` was written last by a helper who read neither the "
        "code nor any result; as shipped when it arrived, it scored R@5 0.93, MRR@10 0.71 and declined "
        "0.63 of its unanswerable questions. Three rules were then written after its failures (a price "
        'or a time of day asked without "how much", blind bn11 and bnu02; landforms, bn19; gifts, '
        "bnu05), so its declined figure is not blind either; its ranking figures are. `blind2` was "
        "written the same way a session later; as shipped when it arrived, with its gold pooled, it "
        "scored R@5 0.78, MRR@10 0.70, answered 0.88 and declined 0.69. Four rules were then written "
        "after its failures (a number the question names, the money check's rarest word among the "
        "close passages' words, food and cooking as everyday things, counts asked in Ukrainian and "
        "Russian), so its declined figure is no longer blind either. `blind3` was written the same way "
        "a session after that; its first run (before pooling) scored R@5 0.82, MRR@10 0.75, answered "
        "1.00 and declined 0.89. Two rules were written after its failures a session later (advice "
        'asked as "what\'s the best X for", dn14; the age asked as "when was <description> born", '
        "dn19), so its declined figure is no longer blind; its ranking figures are. `blind4` followed, "
        "written and pooled the same way; its first run (before pooling) scored R@5 0.82, MRR@10 0.66, "
        "answered 0.91 and declined 0.73 (with pooled gold: R@5 0.86, MRR@10 0.76). Four rules were "
        "written after its answerable failures (a region for its members, e03 and e32; a Ukrainian or "
        "Russian count ending at a name, e55; an ordinal before a person noun, e23) and two after its "
        "unanswerable ones (counts of things the glossary leaves out, e68; a count from the articles "
        "naming the question's rarest name, e24), so none of its abstention figures is blind; its "
        "ranking figures are. `blind5` followed the same way; as shipped when it arrived, with its gold "
        "pooled, it scored R@5 0.93, MRR@10 0.88, answered 0.93 and declined 0.77. Rules were then "
        "written after its failures (a country mentioned by its cities, g54; money asked as cash or "
        "insurance, g38 and g41; servicemen counted as troops, g16; big cats, g22), so its figures are "
        "no longer blind. `blind6` followed the same way; as shipped when it arrived, with its gold pooled, "
        "it scored R@5 0.91, MRR@10 0.79, uk/ru R@5 0.83, answered 0.95 and declined 0.89. Three changes "
        "were then made after its failures (a named day ranks its own coverage first, k08; menus as "
        'everyday things, k07; "what was the name of the company" asks for a named thing, k42), so its '
        "figures are no longer blind. `blind7` followed the same way, its source articles drawn at "
        "random; its first run, as shipped after blind6's changes and before pooling, scored R@5 0.77, "
        "MRR@10 0.71, answered 0.91 and declined 0.69. Rules were then written after its failures (a fine, "
        "bail or ransom named beside its sum, m28 and m01; the total value of something as money, m18; a "
        "vote margin as a count of votes, m62), so its declined figure is not blind; its ranking is. "
        "`blind8` (70 questions) and `blind9` (44, all in Ukrainian or Russian) followed a session later, "
        "each written from random articles and pooled the same way; their first runs (before pooling) "
        "scored R@5 0.91 and 0.82, MRR@10 0.83 and 0.71, answered 0.93 and 0.88, declined 0.81 and 0.80. "
        "Rules were then written after their failures (makes, n26, r42, r43; an age beside the surname, "
        "n28; a country's election in Ukrainian and Russian, n37; a country by its people's adjective, "
        "n02; more names in the gazetteer), so their figures are no longer blind. `blind10` (50 questions, "
        "all in Ukrainian or Russian) followed a session later, written and pooled the same way; its first run "
        "(before pooling) scored R@5 0.69, MRR@10 0.63, answered 0.81 and declined 0.79. Changes were then "
        "made after its failures (the Ukrainian and Russian cosine floor lowered from 0.810 to 0.798, s08, "
        "s10, s18, s46; the UK read as Britain, s22; a named thing asked for in Ukrainian and Russian, s27), "
        "so its figures are no longer blind. `blind11` (70 questions, 26 unanswerable, mixed languages and "
        "kinds) followed a session later, written from random articles and pooled the same way; its first run "
        "(before pooling) scored R@5 0.86, MRR@10 0.76, answered 0.98 and declined 0.615 (16 of 26). One rule "
        "was written after its failures a session later (a toll must be a number of dead or injured, from an "
        "article naming the event in its prose, t03), so its declined figure is no longer blind; its ranking "
        "figures are. `blind12` (the same shape) followed in that session, after the toll rule, written and "
        "pooled the same way; its first run (before pooling) scored R@5 0.82, MRR@10 0.72, uk/ru R@5 0.67, "
        "answered 0.91 and declined 0.69 (18 of 26). Two rules were written after its failures a session later "
        "(a count on a named day from the passages about it, w50; an estimated cost as a sum, w67), so its "
        "declined figure is no longer blind; its ranking figures are. `blind13` (the same shape) followed in "
        "that session, after the person check (index/people.py), written and pooled the same way; its first "
        "run (before pooling) scored R@5 0.89, MRR@10 0.72, uk/ru R@5 0.83, answered 0.95 and declined 0.69 "
        "(18 of 26). Changes were then made after its failures (closing boilerplate left out of quotes, y69; "
        'the count on a named day, y53; "the number of X … to N", y07; warships named by class, y49; '
        'capital and investment as money, y46; a number\'s written scale, "200 тисяч", y36), so its figures '
        "are no longer blind. `blind14` (the same shape) followed a session later, written and pooled the "
        "same way; its first run (before pooling) scored R@5 0.84, MRR@10 0.78, uk/ru R@5 0.92, answered 0.95 "
        "and declined 0.50 (13 of 26). Changes were then made after its failures (the person check read for "
        '"who is the <noun>" and from the articles naming the rarest name, z01, z15, z37; every quantity from '
        "those articles, z17, z50, z68; turnout, z50; a sale price, z42; a truce in English questions, z06; "
        'ICBM spelt out, z16; "населених пунктів" as settlements, z11; a hyphenated pair of names, z36), so '
        "its figures are no longer blind. `blind15` (the same shape) followed a session later, written and "
        "pooled the same way; its first run (before pooling) scored R@5 0.84, MRR@10 0.75, uk/ru R@5 0.92, "
        "answered 0.95 and declined 0.81 (21 of 26); with its gold pooled, R@5 0.89 and MRR@10 0.81. Changes "
        "were then made after its failures (an ambassador named as a diplomat or an envoy, not by any office, "
        'v45; another conflict\'s place missing from the close passages, v37; "whats" typed without its '
        "apostrophe taken for no name, v49; a premium as a sum, v46), so its figures are no longer blind. "
        "`blind16` (the same shape) followed in that session, after those changes and a name held only as a "
        "slip respelt, written and pooled the same way; its first run (before pooling) scored R@5 0.89, "
        "MRR@10 0.85, uk/ru R@5 0.92, answered 0.95 and declined 0.65 (17 of 26). Changes were then made after "
        'its failures (advice asked with "I can", q23; a lawyer asked in Ukrainian, q58; tickets as money, '
        "q33; people counted by their group, q21; a thing asked across three words, q28), so its figures are "
        "no longer blind. `blind17` (the same shape) followed a session later, written and pooled the same "
        "way; its first run (before pooling) scored R@5 0.84, MRR@10 0.74, uk/ru R@5 0.92, answered 0.91 and "
        'declined 0.58 (15 of 26). Changes were then made after its failures (a verb after "how many" counts '
        'people, j03; soldiers counted as troops; a span such as "the first five months" names no number, j36; '
        'a hyphenated name\'s lower-case part, j20; "скільки грошей" as a sum, j26; a full or real name, a '
        "dentist, teenagers, a person of another age and a name the question gives, j07, j37, j44, j52; "
        '"latest" within a named period and a year after "since", j53), so its figures are no longer blind. '
        "`blind18` (the same shape) followed a session later, written and pooled the same way; its first run "
        "(before pooling) scored R@5 0.84, MRR@10 0.71, uk/ru R@5 0.75, answered 0.91 and declined 0.73 (19 "
        "of 26); with its gold pooled, R@5 0.91 and MRR@10 0.80. Changes were then made after its failures "
        '(a fourth word after "how many", a12; "in absolute numbers" wants no share, a01; "17-й" as the 17th, '
        'a68; "will it rain", a54; the cost of a repair in Ukrainian, a13; an animal\'s name, a22; early, mid '
        'or late in a month; "who replaced…" asks for a successor, a25; the day of a report is no date asked '
        "for, a38; the first quote giving the kind of answer asked for), so its figures are no "
        "longer blind. `blind19` (the same shape) followed a session later, written and pooled the same way; "
        "its first run (before pooling) scored R@5 0.86, MRR@10 0.76, uk/ru R@5 0.92, answered 0.93 and "
        "declined 0.62 (16 of 26); with its gold pooled, R@5 0.93 and MRR@10 0.85. Changes were then made "
        "after its failures (a people's noun for a person, i10; the name of a person, i59; a cost is no "
        "damage done, i52; compensation, i47; an ordinal, i50; a season named with its year, i17; counts of "
        'graduates in Ukrainian, i57; "the estimated value", i53; "к началу", i41; a cause said to be '
        "unknown), so its figures are no longer blind. `blind20` (the same shape) followed a session later, "
        "written and pooled the same way; its first run (before pooling) scored R@5 0.86, MRR@10 0.75, uk/ru "
        "R@5 0.83, answered 0.93 and declined 0.81 (21 of 26); with its gold pooled, R@5 0.89 and MRR@10 "
        "0.83. Changes were then made after its failures (a prison sentence handed down, o65; a count on a "
        "named day from sentences on that day, o66; the length of a preparation, o28; a hyphenated word is "
        "no thing asked for, o47; a group's name, o68; a volume of gas, o48; what someone paid, o40; a count "
        "launched is not one intercepted), so its "
        "figures are no longer blind. `blind21` (the same shape) followed a session later, written and pooled "
        "the same way; its first run (before pooling) scored R@5 0.80, MRR@10 0.68, uk/ru R@5 0.83, answered "
        "0.95 and declined 0.77 (20 of 26); with its gold pooled, R@5 0.91 and MRR@10 0.83. Changes were then "
        "made after its failures (a prison sentence in Ukrainian or Russian beside the surname, ta59; an age "
        'asked in Ukrainian or Russian, ta63; "во сколько обойдётся" asks a cost, ta60; a named thing after '
        "adjectives, ta58; who was detained, ta61; someone told of by another noun, ta46; POWs told of as "
        "captured soldiers, ta02; a people counted in Russian, ta42), so its figures are no longer blind. "
        "`blind22` (the same shape) followed in the same session, written and pooled the same way after those "
        "rules; one of its unanswerable questions (tb45, Portnov's age) proved answerable and was made a fact "
        "question. Its first run (before pooling) scored R@5 0.82, MRR@10 0.62, uk/ru R@5 0.83, answered 0.93 "
        "and declined 0.60 (15 of 25); with its gold pooled, R@5 0.87 and MRR@10 0.72. Changes were then made "
        "after its failures (recipes and cycling are everyday things, tb59 and tb66; a count of a model such as "
        "the Tu-160, tb49; a count of one side's thing is not the other side's, tb46; a "
        'general by name in Russian, tb67; "how high" asks no height of a duty or a toll, tb17; sailors told '
        "of as servicemen, tb09), so its figures are no longer blind. "
        "`blind23` (the same shape) was written and pooled the same way after those rules, and run once: "
        "R@5 0.84, MRR@10 0.75, uk/ru R@5 0.92, answered 0.98 and declined 0.69 (18 of 26) before pooling; "
        "with its gold pooled, R@5 0.98 and MRR@10 0.94. Its misses were read and later rules follow some of "
        "them (an age asked in Ukrainian or Russian stands beside the surname named, tc49 and tc53; a quote "
        "saying how many or which is not known, tc54 and tc56; a fiancée by name, tc61; a Cyrillic acronym, "
        "tc69), so its figures are no longer blind. "
        "`blind24` (the same shape) followed a session later, written and pooled the same way, and was run once "
        "before any change made for it: R@5 0.82, MRR@10 0.76, uk/ru R@5 1.00, answered 0.93 and declined 0.85 "
        "(22 of 26) before pooling; with its gold pooled, R@5 0.84 and MRR@10 0.79. Changes were then made after "
        'its failures (a how-to question in Ukrainian or Russian asks advice, td68; "за сколько … купил" asks '
        "a price, td49; seven days may be told as a week, td17; how long something will go on may be told by "
        'the year it runs to ("until 2028"), td30), so its figures are no longer blind. '
        "`blind25` (the same shape) was written and pooled the same way after those rules, and run once: R@5 "
        "0.80, MRR@10 0.74, uk/ru R@5 0.75, answered 0.93 and declined 0.73 (19 of 26) before pooling; with its "
        "gold pooled, R@5 0.82 and MRR@10 0.78. Changes were made a session later after its failures (a count "
        'not told, said with "didn\'t", te46; a place not disclosed, for a question asking where, te47; a '
        "price asked for in Ukrainian, te50; a foreign POW asked by country, te51; a metro station by name, te52; "
        "a model's number counts nothing, te57; a vitamin is an everyday thing, te69; a column's writer named "
        "in its title, te23), so its figures are no longer blind. "
        "`blind26` (the same shape) was written and pooled the same way in that session, and run once before "
        "any change made for it: R@5 0.82, MRR@10 0.79, uk/ru R@5 0.92, answered 0.86 and declined 0.54 (14 of "
        "26), the same with its gold pooled (3 more entries). Changes were then made after its failures "
        '(Britain told as "the United Kingdom" or "the U.K.", tf13; the prison term a charge carries, tf09; '
        '"documentary maker" asks for no documentary, tf15; an explosive yield, an interest rate and a street '
        "address as measures, tf52, tf53 and tf59; a documentary's title read in the articles naming whose it "
        "is, tf54; the age of someone named by a first name alone, tf58; a suspect or an employee asked by name "
        "in Ukrainian or Russian, tf61 and tf62; a count in a year asked comes from that year's passages or "
        "from sentences naming it, tf65), so its figures are no longer blind. "
        "`blind27` (the same shape) followed a session later, written and pooled the same way (the judges "
        "added no entry), and was run once before any change made for it, on that session's rules written "
        "after blind26's misses: R@5 0.84, MRR@10 0.81, uk/ru R@5 0.92, answered 0.93 and declined 0.69 (18 of "
        "26). Changes were then made after its failures (an organisation by name, tg48; a sum asked as what "
        "someone is charging or as a revenue, tg50 and tg57; an interest rate is a rate's percentage, tg58 "
        "and tg69; who commands a unit, tg59; a sentence asked of a year, tg49; an age beside the given name, "
        'tg10; non-combatants counted as civilians, tg12; "Sloviansk" spelt "Slovyansk", tg14), so its figures '
        "are no longer blind. "
        "`blind28` (the same shape) followed a session later, written and pooled the same way (the judges "
        "added two entries; two gold phrases were mended), and was run once before any change made for it, on "
        "that session's rules written after after_rules29's misses: R@5 0.80, MRR@10 0.66, uk/ru R@5 0.67, "
        "answered 0.89 and declined 0.69 (18 of 26); pooled, MRR@10 0.67. Changes were then made after its "
        "failures (a quantity of "
        "a rarely named body read from the passages naming it, th64; a count on a day named without a year, "
        "th51; another name of someone named once, th58; a reply someone has not given, th59; a gunman named "
        "beside the word, th45; a price per barrel, th49; interceptors counted as missiles, th15; pallets and "
        'residents in Ukrainian and Russian, th37 and th41; "HQ" is no name, th14), so its figures are no '
        "longer blind. `blind29` (the same shape) followed a session later, written and pooled the same way (the "
        "judges added 25 entries), and was run once before any change made for it, on the rules of the session "
        "before: R@5 0.93, MRR@10 0.84, uk/ru R@5 0.92, answered 0.93 and declined 0.62 (16 of 26); pooled, MRR@10 "
        '0.86. Changes were then made after its failures (a person asked as "Which staffer…", ti59, an engineer and '
        "an interviewer by name, ti45 and ti60, and no outlet someone explained to as the woman asked about, ti58; a "
        'number the question names held by its article\'s title, ti07; "six out of nine" as a share, ti13; "Во '
        'сколько оценивается" asks a value, ti40; where something is based and how badly it was damaged told in '
        "a sentence about it, ti46 and ti50; a conclusion asked needs a finding told, ti49), so its figures are no "
        "longer blind. "
        "`blind30` (the same shape) followed a session later, written and pooled the same way (the judges added "
        "11 entries), and was run once before any change made for it, on the rules of the session before: R@5 "
        "0.91, MRR@10 0.83, uk/ru R@5 0.92, answered 0.93 and declined 0.62 (16 of 26); pooled, MRR@10 0.84. "
        "Changes were then made after its failures (a thing's name asked in Russian past adjectives, and named in "
        "the first quote's article or those naming the story's name, tk45; the person after a possessive, tk51; "
        'a friend by name, tk53; "Who has Russia arrested…", tk58; "How much is xAI paying…", tk56; a pipeline\'s '
        "gas capacity, tk65; KIIS and the Bundeswehr by their English names, tk05 and tk12), so its figures are "
        "no longer blind. "
        "`blind31` (the same shape) followed a session later, written and pooled the same way (the judges added "
        "46 entries; tl67, written as unanswerable, was made a fact question, as the coverage names the World "
        "Cup's winner), and was run once before any change made for it: as written, R@5 0.73, MRR@10 0.57, uk/ru "
        "R@5 0.67, answered 0.89 and declined 0.65 (17 of 26); pooled, R@5 0.80, MRR@10 0.70, uk/ru R@5 0.75 and "
        "declined 0.68 (17 of 25). Changes were then made after its failures (a college or a village by name, tl47 "
        "and tl09; a person's noun after a thing's, tl52; captives held, tl45; a weight of explosive, tl57; a "
        "month that starts a stretch in Ukrainian, tl37; a named person's job or home town, tl56 and tl53), so "
        "its figures are no longer blind. "
        "`blind32` (the same shape) followed a session later, written and pooled the same way (the judges added "
        "75 entries), and was run once before any change made for it: as written, R@5 0.84, MRR@10 0.77, uk/ru "
        "R@5 0.92, answered 0.93 and declined 0.54 (14 of 26); pooled, R@5 0.91, MRR@10 0.82. Changes were then "
        "made after its failures (an acting official, tm65's head coach and tm58's two Ukrainians by name; a home "
        "town within a country, tm48; a venue with a place before its noun, tm50; the date of a swearing-in or a "
        "hearing, tm52 and tm55; a response not yet issued, tm56; a figure per capita, tm69; households counted "
        "as homes, tm15), so its figures are no longer blind. "
        "`blind33` (the same shape) followed a session later, written and pooled the same way (the judges added "
        "57 entries; three added for tn26, older than the newest report, were taken out), and was run once before "
        "any change made for it: as written, R@5 0.82, MRR@10 0.70, uk/ru R@5 0.92, answered 0.86 and declined "
        "0.65 (17 of 26); pooled, R@5 0.86, MRR@10 0.79. Changes were then made after its failures (what came of "
        "a summit the coverage tells of only ahead, tn51 and tn52; a contraction taken for a name, tn22; the Pole, "
        "tn13; American-made batteries, tn17; a sum beside a describing word, tn11; a strike asked in Russian, "
        "tn39; people detained, tn57; a person asked as identified, tn59), so its figures are no longer blind. "
        "`blind34` (the same shape) was written in that session after all of its changes and run once on them "
        "(the judges added 66 entries): as written, R@5 0.80, MRR@10 0.67, uk/ru R@5 0.83, answered 0.93 and "
        "declined 0.81 (21 of 26); pooled, R@5 0.89, MRR@10 0.82. Changes were made a session later after its "
        "failures (kids counted as children, to22; a count of part of a numbered whole, and of those brought "
        "back, to01; what leaders signed off on at a summit told of only ahead, to63; the head of another "
        "place for a plant's director, to64), so its figures are no longer blind. "
        "`blind35` (the same shape) followed in that session, written and pooled the same way (the judges added "
        "70 entries), and was run once before any change made for it: as written, R@5 0.82, MRR@10 0.66, uk/ru "
        "R@5 0.83, answered 0.95 and declined 0.65 (17 of 26); pooled, R@5 0.82, MRR@10 0.70. Changes were then "
        "made after its failures (a final vote count, tp63, and a tally asked in Russian, tp02; U.S. senators counted, tp54; a successor named beside the word of succession, tp36; a first name taken for a cat in Ukrainian, tp14; an approval rating as a percentage, tp53), so its figures are no longer blind. "
        "`blind36` (the same shape) was written in that session after all of its changes and run once on them "
        "(the judges added 51 entries): as written, R@5 0.89, MRR@10 0.79, uk/ru R@5 0.92, answered 0.95 and "
        "declined 0.62 (16 of 26); pooled, R@5 0.91, MRR@10 0.82. Changes were made a session later after its "
        "failures (a possessive naming the question's own person, tq48; a train's conductor, tq22; whom someone "
        "appointed to replace another, tq56; whom investigators named as perpetrators, tq03; an exact count, "
        "tq68; a date asked in Russian, tq20; a date of a report or of the invasion, tq37; a poison by name, "
        "tq67; years of office that say who someone is, tq15), so its figures are no longer blind. "
        "`blind37` (the same shape) followed in that session, written and pooled the same way (the judges added "
        "64 entries), and was run once before any change made for it: as written, R@5 0.91, MRR@10 0.79, uk/ru "
        "R@5 1.00, answered 0.98 and declined 0.77 (20 of 26); pooled, R@5 0.95, MRR@10 0.88. Changes were then "
        "made after its failures (a conductor asked in Ukrainian, tr07; a bridge by name, tr26; a month written "
        "with another year, tr58; a poll's margin of error, tr62; an army's size, tr66), so its figures are no "
        "longer blind. "
        "`blind38` (the same shape) was written in that session after those changes and run once on them (the "
        "judges added 64 entries): as written, R@5 0.91, MRR@10 0.80, uk/ru R@5 0.92, answered 0.95 and declined "
        "0.50 (13 of 26); pooled, R@5 0.93, MRR@10 0.85. Changes were then made after its failures (a chamber's "
        "vote tally, ts03; today's price of Bitcoin, ts06; troops lost for an army's size, ts13; a calendar "
        "date, ts49; a past event in a year after the coverage, ts31; a place's population, ts25), and a session "
        "later (who will win an election to come, ts24; a town in Belarus where missiles are based, ts55), so its "
        "figures are no longer blind. "
        "`blind39` (the same shape) followed a session later, written and pooled the same way (the judges added "
        "105 entries), and was run once before any change made for it: as written, R@5 0.80, MRR@10 0.70, uk/ru "
        "R@5 0.67, answered 1.00 and declined 0.62 (16 of 26); pooled, R@5 0.98, MRR@10 0.88, uk/ru R@5 0.92. "
        "Changes were then made after its failures (a peace treaty signed by 2027, tt03; how many of the 339 "
        "children have come back, tt18; Kirill Dmitriev asked in Russian, tt21; a rate next month, tt53; who will "
        "win Ukraine's next election, tt41; a sale price, tt13; a city in Belarus, tt66; a gift by the Pope, "
        "tt30), so its figures are no longer blind. "
        "`blind40` (the same shape) followed a session later, written and pooled the same way (the judges added "
        "90 entries), and was run once before any change made for it: as written, R@5 0.82, MRR@10 0.67, uk/ru "
        "R@5 0.83, answered 0.93 and declined 0.58 (15 of 26); pooled, R@5 0.89, MRR@10 0.77, uk/ru R@5 0.92. "
        "Changes were then made after its failures (air-raid alerts now, tu09; an opinion, tu54; a safe trip, "
        "tu26; the third round, tu40; an election in October 2025, tu10; the Hague summit's communique, tu36; "
        "who shot Portnov, tu38; a mistyped word, tu05; a misspelt Kallas, tu42), so its figures are no longer "
        "blind. "
        "`blind41` (the same shape) was written in that session after those changes and run once on them (the "
        "judges added 70 entries; tv05, written as unanswerable, was found answered in an article and made a "
        "fact question): as written, R@5 0.73, MRR@10 0.58, uk/ru R@5 0.67, answered 0.98 and declined 0.68 (17 "
        "of 25); pooled, R@5 0.84, MRR@10 0.71, uk/ru R@5 0.75. Changes were then made after its failures (who "
        "negotiates better, tv09; Brent's price today, tv13; a successor named of another, tv39; a memorandum's "
        "terms for elections, tv42; senators' votes on a bill never voted on, tv58; a minesweeper's name, "
        "tv35), so its figures are no longer blind. "
        "`blind42` (the same shape) followed a session later, written and pooled the same way (the judges added "
        "no entry), and was run once before any change made for it: R@1 0.52, R@5 0.68, MRR@10 0.58, uk/ru R@5 "
        '0.67, answered 0.82 and declined 0.61 (16 of 26). Changes were then made after its failures ("newest" '
        'read as a name, tw61; "after 20 years" read as a number to hold, tw25; tonnes written as tons, tw42; a '
        'TV show\'s title, tw14; Chechen troops, tw24; launchers counted by "launched", tw52; a sentence asked '
        "in Russian, tw48; whom a president appointed, tw67; an age read as a count, tw19), so its figures are no "
        "longer blind. "
        "`blind43` (the same shape) was written in that session after those changes and run once on them (the "
        "judges added 10 entries): as written, R@5 0.86, MRR@10 0.79, uk/ru R@5 0.92, answered 0.91 and declined "
        "0.61 (16 of 26); pooled, R@1 0.77, R@5 0.86, MRR@10 0.80. Changes were then made after its failures (a "
        "destroyer's name asked in Russian, tx04; a missile's range typed \"whats the range\", tx28; the dollar to "
        "hryvnia rate now, tx54; a sentence a charge could carry, tx55; the sample of a poll, tx68; a day asked "
        '"when exactly"), so its figures are no longer blind. '
        "`blind44` (the same shape) was written in that session after all of its changes and run once on them, "
        "with no change made after it in that session (the judges added 6 entries): as written, R@1 0.50, R@5 "
        "0.64, MRR@10 0.56, uk/ru R@5 0.67, answered 0.86 and declined 0.58 (15 of 26); pooled, R@5 0.66, MRR@10 "
        "0.57, uk/ru R@5 0.75. Changes were made after its failures in the next session (what came of something "
        '"in the end", ty20 and ty54; a surname asked in Ukrainian, ty30; a worker and a politician asked by name, '
        "ty40 and ty58; damage asked in rubles, ty69; items given back, ty11), so its figures are no longer blind. "
        "`blind45` (the same shape) was written in that session after those changes and run once on them (the "
        "judges added 9 entries): as written, R@1 0.66, R@5 0.75, MRR@10 0.71, uk/ru R@5 0.67, answered 0.91 and "
        "declined 0.61 (16 of 26); pooled, R@1 0.68, R@5 0.80, MRR@10 0.73. Changes were then made after its "
        "failures (an activist's name asked in Ukrainian, tz03; a village in Kyiv Oblast, tz06; the day a nominee "
        'was confirmed, tz12; what came of the Hague summit asked in Russian, tz18; "the guy who shot" Abe, tz30; '
        'someone\'s husband "called", tz56), so its figures are no longer blind. '
        "`blind46` (the same shape) was written in that session after those changes and run once on them (the "
        "judges added 2 entries): as written, R@1 0.70, R@5 0.77, MRR@10 0.74, uk/ru R@5 0.83, answered 0.86 and "
        "declined 0.58 (15 of 26); pooled, R@1 0.73, R@5 0.80, MRR@10 0.76. Changes were then made after its "
        "failures (a facility by name, ua07; a flat's price asked in Ukrainian, ua29; petrol's price now asked in "
        "Russian, ua67), so its figures are no longer blind. "
        "`blind47` (the same shape) was written in that session after all of its changes and run once on them, "
        "with no change made after it (the judges added 3 entries): as written, R@1 0.66, R@5 0.86, MRR@10 0.76, "
        "uk/ru R@5 0.92, answered 0.93 and declined 0.46 (12 of 26); pooled, R@1 0.68, MRR@10 0.77. Changes "
        "were made after its failures in the next session (a launch counted without its noun, ub64; a vote tally, "
        "ub29 and ub37; bombers destroyed, ub06; a part of a sum, ub52; a budget, ub12; a book's title, ub23; the "
        "dollar's price now, ub03; who is going to replace someone, ub69; a cost told as one, ub48; "
        '"blacklisted" as sanctioned, ub26; "minster" as minister, ub61), so its figures are no longer blind. '
        "`blind48` (the same shape) was written in that session after those changes and run once on them (the "
        "judges added 12 entries): as written, R@1 0.75, R@5 0.84, MRR@10 0.79, uk/ru R@5 0.83, answered 0.95 "
        "and declined 0.69 (18 of 26); pooled, R@1 0.77, MRR@10 0.81. Changes were then made after its failures "
        "(whether a ruling was appealed, uc66; wheat's price now, uc62; pilots asked in Ukrainian, uc41), so its "
        "declined figure is no longer blind; its ranking figures are. "
        "`blind49` (the same shape) was run once on the changes after blind48 (the judges added 12 entries): as "
        "written, R@1 0.70, R@5 0.84, MRR@10 0.76, uk/ru R@5 0.92, answered 0.93 and declined 0.61 (16 of 26); "
        "pooled, R@5 0.86, MRR@10 0.77, uk/ru R@5 1.00. Changes were then made after its failures (a population "
        'asked as "how many people lived in", ud69; a cost asked as "costing", ud15; a declaration named with its '
        'own "of" phrase, ud47), so its declined figure is no longer blind; its ranking figures are. '
        "`blind50` (the same shape) was run once on the changes after blind49 (the judges added 9 entries, which changed no figure): R@1 0.70, R@5 0.80, MRR@10 0.75, uk/ru "
        "R@5 0.83, answered 0.84 and declined 0.69 (18 of 26). One change was then made after its failures (a "
        'contraction typed without its apostrophe, "doesnt", ue18), and a session later rules were written after '
        "the rest (how long two people talked, a person asked by what was done to them, a successor asked in "
        "Ukrainian, a weapon counted by its name, and more), so its answered and declined figures are no longer "
        "blind; its ranking figures are. "
        "`blind51` (the same shape) was run once on those rules (48f5b41; the judges added 3 entries): as written, "
        "R@1 0.70, R@5 0.80, MRR@10 0.74, uk/ru R@5 0.75, answered 0.86 and declined 0.54 (14 of 26); pooled, "
        "R@5 0.82, MRR@10 0.76, uk/ru R@5 0.83. Rules were then written after its failures (a compound before the "
        "thing counted, a ship's load, an air defence system or a car company asked by name, a thing named on the "
        "day asked, and more), so its answered and declined figures are no longer blind; its ranking figures are. "
        "`blind52` (the same shape) was written after all of those rules and run once on that session's final code "
        "(28bfecf; the judges added 8 entries): as written, R@1 0.57, R@5 0.75, MRR@10 0.64, uk/ru R@5 0.75, "
        "answered 0.84 and declined 0.61 (16 of 26); pooled, R@1 0.59, MRR@10 0.67. Rules were written after its "
        'failures a session later (a "when" question asks for a date or time; a count asked with "actually" is '
        "told with the verb done; a share of Republicans; a region named; and more), so its answered and declined "
        "figures are no longer blind; its ranking figures are. "
        "`blind53` (the same shape) was run once on those rules (6ead5f3; the judges added 4 entries): as written, "
        "R@1 0.70, R@5 0.91, MRR@10 0.79, uk/ru R@5 0.92, answered 0.95 and declined 0.65 (17 of 26); pooled, "
        'MRR@10 0.80. Two rules were then written after its failures ("actually" with a time asked; "six of them '
        'are women"), so its answered and declined figures are no longer blind. '
        "`blind54` (the same shape) was written after all of those rules and run once on them (d3c515b; the judges "
        "added 10 entries): as written, R@1 0.64, R@5 0.89, MRR@10 0.74, uk/ru R@5 0.83, answered 0.95 and declined "
        "0.73 (19 of 26); the judges' entries changed no figure. Three rules were then written after its failures (a "
        'number before the noun of "which 11 villages"; whether a body passed a bill; a noun in the plural), so its '
        "declined figure is no longer blind; its ranking figures are. "
        "`blind55` (the same shape) was run once on the next session's first rule (9e6be37; the judges added 12 "
        "entries): as written, R@1 0.70, R@5 0.82, MRR@10 0.75, uk/ru R@5 0.67, answered 0.93 and declined 0.81 "
        "(21 of 26); pooled, R@1 0.73, R@5 0.84, MRR@10 0.77. "
        "`blind56` (the same shape) was run once on the rules written after blind55's failures and a probe file's "
        "(24fffef; the judges added 21 entries): as written, R@1 0.66, R@5 0.86, MRR@10 0.74, uk/ru R@5 0.92, "
        "answered 0.95 and declined 0.61 (16 of 26); pooled, R@1 0.77, R@5 0.89, MRR@10 0.82. "
        "`blind57` (the same shape) was run once on the rules written after blind56's failures (9bf995c; the "
        "judges added 3 entries, which changed no figure): R@1 0.73, R@5 0.82, MRR@10 0.77, uk/ru R@5 0.67, "
        "answered 0.86 and declined 0.69 (18 of 26). Rules were written after the failures of all three, so "
        "their answered and declined figures are no longer blind; their ranking figures are. "
        "`blind58` (the same shape) was written after all of those rules and run once on that session's final "
        "code (bbddc66; the judges added 19 entries): as written, R@1 0.75, R@5 0.82, MRR@10 0.79, uk/ru R@5 0.83, "
        "answered 0.89 and declined 0.69 (18 of 26); pooled, R@1 0.77, R@5 0.86, MRR@10 0.81, uk/ru R@5 0.92. "
        "`blind59` (the same shape) was run once on the rules written after blind58's failures (dd26094; the "
        "judges added 12 entries): as written, R@1 0.64, R@5 0.82, MRR@10 0.72, uk/ru R@5 0.92, answered 0.91 and "
        "declined 0.69 (18 of 26); pooled, R@1 0.70, R@5 0.84, MRR@10 0.77. "
        "`blind60` (the same shape) was run once on the rules written after blind59's failures (07f7c11; the "
        "judges added 12 entries): as written, R@1 0.55, R@5 0.73, MRR@10 0.62, uk/ru R@5 0.67, answered 0.93 and "
        "declined 0.54 (14 of 26); pooled, R@1 0.66, R@5 0.80, MRR@10 0.71, uk/ru R@5 0.75. "
        "`blind61` (the same shape) was run once on the rules written after blind60's failures (93807d4; the "
        "judges added 26 entries): as written, R@1 0.68, R@5 0.80, MRR@10 0.73, uk/ru R@5 0.75, answered 0.86 and "
        "declined 0.61 (16 of 26); pooled, R@1 0.75, R@5 0.80, MRR@10 0.77. Rules were written after the failures "
        "of blind58 to blind61 too. "
        "`blind62` and `blind63` (the same shape) were run once on the rules written after blind61's failures "
        "(97708d2; the judges added 13 entries to each), and rules were written after their failures: "
        "blind62 as written R@1 0.55, R@5 0.75, MRR@10 0.65, uk/ru R@5 0.67, answered 0.84 and declined 0.65 (17 "
        "of 26), pooled R@1 0.61, R@5 0.77, MRR@10 0.69; blind63 as written R@1 0.73, R@5 0.91, MRR@10 0.80, "
        "uk/ru R@5 0.83, answered 0.98 and declined 0.77 (20 of 26), pooled R@1 0.75, R@5 0.91, MRR@10 0.81. "
        "`blind64` (the same shape) was written after all of those rules and run once on that session's final "
        "code (1868e6f; the judges added 17 entries), with no rule written after it in that session: as written, R@1 0.57, R@5 "
        "0.80, MRR@10 0.67, uk/ru R@5 0.75, answered 0.89 and declined 0.69 (18 of 26); "
        "pooled, R@1 0.68, R@5 0.86, MRR@10 0.75, uk/ru R@5 0.92. "
        "`blind65` (the same shape) was written after blind64 was run, by another helper, and run once on the same "
        "code (the judges added 7 entries), with no rule written after it in that session: as written, R@1 0.55, R@5 0.80, MRR@10 "
        "0.64, uk/ru R@5 0.75, answered 0.89 and declined 0.69 (18 of 26); pooled, R@1 0.59, R@5 0.80, MRR@10 "
        "0.68. "
        "Rules were written after blind64's and blind65's failures a session later (e1ab4c0). "
        "`blind66` and `blind67` (the same shape, seeds 66 and 67) were written by two helpers who read no code, "
        "and run once on those rules (e1ab4c0). blind66: as written, R@1 0.61, R@5 0.82, MRR@10 0.69, uk/ru R@5 "
        "0.83, answered 0.98 and declined 0.61 (16 of 26). The judges added 14 entries and found uu52 answered in "
        "an article, so it was made a fact question (declined on the first run); pooled, R@1 0.67, R@5 0.80, "
        "MRR@10 0.72, answered 0.96, declined 0.60 (15 of 25). blind67: as written, R@1 0.68, R@5 0.75, MRR@10 "
        "0.72, uk/ru R@5 0.83, answered 0.91 and declined 0.58 (15 of 26); the judges added 15 entries; pooled, "
        "R@1 0.68, R@5 0.77, MRR@10 0.73. "
        "Rules were written after blind66's and blind67's failures (dd1262f, 778e6f4). `blind68` and `blind69` (the "
        "same shape, seeds 68 and 69) were written by two more helpers who read no code, and run once on those rules "
        "(778e6f4). blind68: as written, R@1 0.73, R@5 0.91, MRR@10 0.81, uk/ru R@5 1.00, answered 0.95 and declined "
        "0.69 (18 of 26); the judges added 23 entries; pooled, R@1 0.80, R@5 0.91, MRR@10 0.85. blind69: as written, "
        "R@1 0.57, R@5 0.80, MRR@10 0.66, uk/ru R@5 0.83, answered 0.89 and declined 0.73 (19 of 26); the judges "
        "added 28 entries; pooled, R@1 0.64, R@5 0.82, MRR@10 0.72. "
        "Rules were written after blind68's and blind69's failures (ac68346). `blind70` and `blind71` (the same "
        "shape, seeds 70 and 71) were written by two more helpers who read no code, and run once on those rules "
        "(ac68346). blind70: as written, R@1 0.80, R@5 0.91, MRR@10 0.84, uk/ru R@5 0.83, answered 0.95 and declined "
        "0.65 (17 of 26); the judges added 9 entries; pooled, R@1 0.80, R@5 0.93, MRR@10 0.85, uk/ru R@5 0.92. "
        "blind71: as written, R@1 0.66, R@5 0.80, MRR@10 0.72, uk/ru R@5 0.83, answered 0.84 and declined 0.85 (22 "
        "of 26); the judges added 11 entries; pooled, R@1 0.68, R@5 0.82, MRR@10 0.74, uk/ru R@5 0.92. "
        "Rules were written after blind70's and blind71's failures (75c5a0b, that session's final code). `blind72` "
        "and `blind73` (the same shape, seeds 72 and 73) were written by two more helpers who read no code, and run "
        "once on the final code, with no rule written after them. blind72: as written, R@1 0.77, R@5 0.89, MRR@10 "
        "0.81, uk/ru R@5 1.00, answered 0.95 and declined 0.73 (19 of 26); the judges added 13 entries; pooled, R@1 "
        "0.84, R@5 0.91, MRR@10 0.87. blind73: as written, R@1 0.75, R@5 0.86, MRR@10 0.81, uk/ru R@5 0.75, "
        "answered 0.95 and declined 0.61 (16 of 26); the judges added 22 entries; pooled, R@1 0.80, R@5 0.86, "
        "MRR@10 0.84. "
        "`blind74` and `blind75` (seeds 74 and 75) were written after those two were run, by two more helpers, and "
        "run once on the same code (1595937, a review mend of it), with no rule written after them. blind74: as "
        "written, R@1 0.75, R@5 0.91, MRR@10 0.82, uk/ru R@5 0.92, answered 0.98 and declined 0.69 (18 of 26); the "
        "judges added 24 entries and found vc26 (how many APKWS fuzes were diverted) answered in an article, so it "
        "was made a fact question (declined on the first run); pooled, R@1 0.87, R@5 0.96, MRR@10 0.90, uk/ru R@5 "
        "1.00, answered 0.96, declined 0.68 (17 of 25). blind75: as written, R@1 0.59, R@5 0.80, MRR@10 0.69, uk/ru "
        "R@5 0.75, answered 0.93 and declined 0.81 (21 of 26); the judges added 11 entries; pooled, R@1 0.68, R@5 "
        "0.84, MRR@10 0.75. "
        "A session later, rules were written after blind72–75's failures (63d0399), and `blind76` and `blind77` "
        "(the same shape, seeds 76 and 77) were written by two more helpers who read no code, and run once on them. "
        "blind76: as written, R@1 0.73, R@5 0.91, MRR@10 0.82, uk/ru R@5 0.75, answered 0.95 and declined 0.73 (19 "
        "of 26); the judges added 21 entries; pooled, R@1 0.77, R@5 0.91, MRR@10 0.84. blind77: as written, R@1 "
        "0.66, R@5 0.84, MRR@10 0.74, uk/ru R@5 0.83, answered 0.93 and declined 0.54 (14 of 26); the judges added "
        "13 entries; pooled, R@1 0.70, R@5 0.86, MRR@10 0.77. "
        "Rules were written after blind76's and blind77's failures (63bdc13), and `blind78` and `blind79` (seeds 78 "
        "and 79) were written by two more helpers and run once on them. blind78: as written, R@1 0.70, R@5 0.84, "
        "MRR@10 0.77, uk/ru R@5 0.83, answered 0.95 and declined 0.73 (19 of 26); the judges added 13 entries; "
        "pooled, R@1 0.75, R@5 0.89, MRR@10 0.81. blind79: as written, R@1 0.61, R@5 0.84, MRR@10 0.71, uk/ru R@5 "
        "0.83, answered 0.93 and declined 0.85 (22 of 26); the judges added 13 entries; pooled, R@1 0.70, R@5 0.84, "
        "MRR@10 0.77. "
        "Rules were written after blind78's and blind79's failures (aaa9a32), and `blind80` and `blind81` (seeds 80 "
        "and 81) were written by two more helpers and run once on them. blind80: as written, R@1 0.75, R@5 0.84, "
        "MRR@10 0.79, uk/ru R@5 0.75, answered 0.91 and declined 0.85 (22 of 26); the judges added 16 entries; "
        "pooled, R@1 0.80, R@5 0.86, MRR@10 0.83, uk/ru R@5 0.83. blind81: as written, R@1 0.70, R@5 0.91, MRR@10 "
        "0.80, uk/ru R@5 0.92, answered 0.98 and declined 0.65 (17 of 26); the judges added 18 entries; pooled, R@1 "
        "0.75, R@5 0.91, MRR@10 0.83. "
        "Rules were written after blind80's and blind81's failures (bc0d324), and `blind82` and `blind83` (seeds 82 "
        "and 83) were written by two more helpers and run once on them. blind82: as written, R@1 0.70, R@5 0.91, "
        "MRR@10 0.78, uk/ru R@5 0.83, answered 0.95 and declined 0.77 (20 of 26); the judges added 19 entries; "
        "pooled, R@1 0.75, R@5 0.93, MRR@10 0.82, uk/ru R@5 0.92. blind83: as written, R@1 0.68, R@5 0.86, MRR@10 "
        "0.73, uk/ru R@5 0.75, answered 0.95 and declined 0.81 (21 of 26); the judges added 15 entries; pooled, R@1 "
        "0.75, R@5 0.89, MRR@10 0.79. "
        "Rules were written after blind82's and blind83's failures (51efe47), and "
        "`blind84` and `blind85` (seeds 84 and 85) were written by two more helpers and run once on them. blind84: as written, R@1 0.82, R@5 0.89, MRR@10 0.84, uk/ru R@5 1.00, answered 0.95 and "
        "declined 0.58 (15 of 26); the judges added 14 entries; pooled, R@1 0.86, R@5 0.91, MRR@10 0.88. blind85: as "
        "written, R@1 0.59, R@5 0.80, MRR@10 0.69, uk/ru R@5 0.75, answered 0.84 and declined 0.73 (19 of 26); the "
        "judges added 19 entries; pooled, R@1 0.66, R@5 0.80, MRR@10 0.73. "
        "Rules were written after blind84's and blind85's failures (17feae9, that session's final code), and "
        "`blind86` and `blind87` (seeds 86 and 87) were written by two more helpers and run once on it, with no rule "
        "written after them. blind86: as written, R@1 0.61, R@5 0.89, MRR@10 0.72, uk/ru R@5 0.75, answered 0.93 and "
        "declined 0.89 (23 of 26); the judges added 32 entries; pooled, R@1 0.68, R@5 0.91, MRR@10 0.78, uk/ru R@5 0.83. blind87: as written, R@1 0.75, R@5 0.89, MRR@10 0.82, uk/ru R@5 1.00, "
        "answered 0.95 and declined 0.85 (22 of 26); the judges added 15 entries; pooled, R@1 0.82, R@5 0.89, MRR@10 0.86. "
        "bench/probes/ holds questions written after those "
        "rules, the fairer test of them. Recall@k and MRR@10 are over answerable questions "
        "(an abstention counts as a miss); uk/ru R@5 is over the Ukrainian and Russian questions; "
        "answered is the share of answerable questions answered; declined the share of unanswerable "
        "ones declined.",
        "",
        "The gold answers were completed by pooling (as TREC does): passages that the dense-only and "
        "an earlier hybrid configuration ranked in their top 5 were judged, and those that state the "
        "answer were added to the gold lists. Pooling favours the pooled systems a little, the "
        "dense-only row included. `dense only` ranks by passage cosine; `keyword only` by FTS5 BM25 "
        "(a Ukrainian or Russian question only through the English keywords index/glossary.py gives its "
        "topic words); `shipped` is the "
        "re-ranker of index/rank.py with the abstention rule of index/search.py. Every row quotes up to "
        "four passages of one article together when they rank in the first fifteen (see README); the "
        "`one passage per quote` row shows the shipped ranking without that; `without the word check` "
        "is the shipped configuration with the English word check of index/support.py turned off, and "
        "`without the quantity check` with the check of index/answer_kind.py turned off (does "
        "a quoted passage hold the count, age, sum, length of time or time of day a question asks "
        "for?), and "
        "`without the period-and-name check` with the check of a named year or month among the close "
        'passages that mention the question\'s rarest name turned off ("the Nobel Peace Prize in 2025": '
        "the close passages that mention Nobel are from 2022), and `without the everyday-things check` "
        "with the check of index/everyday.py turned off (does a close passage name the hotel, meal, "
        "relative or weather a question asks about?), and `without the country-and-office check` with the "
        'check of index/roles.py turned off (does a close sentence name "a Chinese envoy"?), and '
        "`without the named-number check` with the check of index/abstain.py turned off (does a close "
        'passage hold the number the question names, "the six points", "the third round"?). The shipped '
        "re-ranker orders quotes by a pairwise "
        "fit and its abstention checks read the close passages in the order of a pointwise fit (see "
        "index/rank.py); `quotes in the abstention order` shows the quotes in the pointwise order too "
        "(the shipped ranking before 2026-12-02), and `abstention reading the quotes' order` lets the "
        "checks read the pairwise order. The last row asks the same questions as many people type them "
        "in a chat, all in lower case and without the question mark (index/casual.py restores both).",
        "",
    ]
    for model in args.models.split(","):
        data = Path(args.work) / model
        started = time.monotonic()
        report = build_index(sources, data, model=model)
        print(
            f"{model}: {report.passages} passages, built in {time.monotonic() - started:.0f} s",
            file=sys.stderr,
        )
        store = IndexStore.open(data)
        embedder = load_embedder(model)
        for set_name, questions in sets.items():
            lines += [
                f"## {model}, {set_name} set ({len(questions)} questions)",
                "",
                "| configuration | answerable | R@1 | R@5 | MRR@10 | uk/ru R@5 | answered | declined |",
                "|---|---|---|---|---|---|---|---|",
            ]
            for label, overrides in variants(model):
                config = dataclasses.replace(config_for(model), **overrides)
                result = evaluate(Searcher(store, embedder, config), questions)
                lines += table_rows(label, result)
                print(f"  {set_name}: {label}: done", file=sys.stderr)
            if model == "e5-small":
                typed = evaluate(Searcher(store, embedder, config_for(model)), chat_typed(questions))
                lines += table_rows(CHAT_TYPED, typed)
            lines += ["", "The shipped configuration by kind of question:", "", "```"]
            lines += [render_report(result, show_misses=False), "```", ""]
    output = Path(args.output)
    lines += kept_sections(output, args.models.split(","))
    output.write_text("\n".join(lines).rstrip("\n") + "\n")
    print("\n".join(lines))
    return 0


def kept_sections(previous: Path, measured: list[str]) -> list[str]:
    """The previous file's sections for models not measured this time (`--models` names only some),
    each marked with the date of the run that measured it."""
    if not previous.exists():
        return []
    text = previous.read_text(encoding="utf-8")
    dated = re.search(r"on (\d{4}-\d{2}-\d{2})", text)
    when = dated.group(1) if dated else "an earlier run"
    kept: list[str] = []
    for section in re.split(r"(?m)^(?=## )", text)[1:]:
        heading = section.splitlines()[0]
        model = heading.removeprefix("## ").split(",")[0]
        if model in measured:
            continue
        rest = section.rstrip("\n").splitlines()[1:]
        if "Not re-measured" not in section:
            rest = ["", f"(Not re-measured in this run: from the run of {when}.)", *rest]
        kept += [heading, *rest, ""]
    return kept


if __name__ == "__main__":
    sys.exit(main())
