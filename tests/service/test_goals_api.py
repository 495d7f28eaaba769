"""/api/goals, /api/goals/{id} and /api/goals.csv through the app factory."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ingest import read_paths
from search.embed import HashEmbedder
from search.goals.export import CSV_COLUMNS
from service.app import create_app
from tests.search.test_ledger import CORPUS, generated_followup
from tests.service.conftest import make_settings
from tests.service.fakes import FakeIndex


class EmbeddingFakeIndex(FakeIndex):
    """The service tests' fake index plus the embedder the ledger is built with."""

    embedder = HashEmbedder(256)


def _goal_answer(client: TestClient, question: str) -> dict[str, Any]:
    """The reply to `question`, asserted to be grounded and answered from the goal ledger."""
    body: dict[str, Any] = client.post("/api/ask", json={"question": question}).json()
    assert body["mode"] == "goal_ledger" and body["grounded"] is True
    return body


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    reports = [*read_paths([CORPUS]).reports, generated_followup()]
    index = EmbeddingFakeIndex(reports)
    app = create_app(make_settings(tmp_path_factory.mktemp("goals")), index=index)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def test_list_filters(client: TestClient) -> None:
    everything = client.get("/api/goals").json()
    assert everything["total"] == 278 + 17 and len(everything["goals"]) == everything["total"]
    assert "Barn- och ungdomsenheten" in everything["units"] and 2016 in everything["years"]
    partly = client.get("/api/goals", params={"status": "delvis", "year": 2019}).json()
    assert partly["total"] == 3
    assert {g["status"] for g in partly["goals"]} == {"delvis"}
    assert all(g["doc_type"] == "VB" and g["level"] == "enhetsmal" for g in partly["goals"])
    found = client.get(
        "/api/goals", params={"q": "delaktighet", "unit": "Barn- och ungdomsenheten"}
    )
    first = found.json()["goals"][0]
    assert "delakt" in first["text"].lower() and first["unit"] == "Barn- och ungdomsenheten"
    assert first["chunk_id"] and first["level_label"] == "Enhetsmål"


def test_bad_filters_use_the_error_shape(client: TestClient) -> None:
    response = client.get("/api/goals", params={"level": "nope"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "validation_error"
    missing = client.get("/api/goals/does-not-exist")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    assert "does-not-exist" in missing.json()["error"]["message"]


def test_detail_with_plan_followup_versions_and_diff(client: TestClient) -> None:
    listed = client.get("/api/goals", params={"q": "behov tillgodosedda", "year": 2020}).json()
    plan = next(g for g in listed["goals"] if g["doc_type"] == "VP" and g["level"] == "enhetsmal")
    detail = client.get(f"/api/goals/{plan['id']}").json()
    assert [v["doc_type"] for v in detail["versions"]] == ["VP", "VB"]
    report = detail["versions"][1]
    assert report["status"] == "delvis" and report["text"].endswith("i hög grad")
    assert detail["links"][0]["kind"] == "plan_followup"
    (diff,) = detail["diffs"]
    changed = [(p["op"], p["text"]) for p in diff["parts"] if p["op"] != "equal"]
    assert changed == [("delete", "ungdomar"), ("insert", "unga"), ("insert", "i hög grad")]
    goal = detail["goal"]
    assert goal["expected_result"]["text"].startswith("FAMILJEHEMSVÅRDEN")
    assert goal["parent_text"] == "Barn och unga har goda förutsättningar att göra fria livsval"


def test_indicators_in_detail(client: TestClient) -> None:
    listed = client.get("/api/goals", params={"year": 2017, "level": "kf_mal"}).json()
    kf42 = next(g for g in listed["goals"] if g["number"] == "4.2")
    detail = client.get(f"/api/goals/{kf42['id']}").json()["goal"]
    sick = next(i for i in detail["indicators"] if i["name"] == "Sjukfrånvaro")
    assert (sick["outcome"], sick["outcome_men"], sick["outcome_women"]) == (
        "3,4 %",
        "0 %",
        "3,7 %",
    )
    assert (sick["target"], sick["period"]) == ("6 %", "VB 2017")


def test_csv_export(client: TestClient) -> None:
    response = client.get("/api/goals.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS and len(rows) == 278 + 17
    partly = [r for r in rows if r["status"] == "delvis" and r["year"] == "2019"]
    assert len(partly) == 3
    sick = next(r for r in rows if r["number"] == "4.2" and r["year"] == "2017")
    assert "Sjukfrånvaro: utfall 3,4 % (män 0 %, kvinnor 3,7 %), årsmål 6 %" in sick["indicators"]


@pytest.mark.slow
def test_real_index_without_pages(e5_corpus_client: TestClient) -> None:
    """The real e5 index hands out reports without pages: goals come from the sections."""
    corpus_client = e5_corpus_client
    partly = corpus_client.get("/api/goals", params={"year": 2019, "status": "delvis"}).json()
    assert partly["total"] == 3
    listed = corpus_client.get(
        "/api/goals", params={"q": "delaktiga resurser", "year": 2016}
    ).json()
    goal = next(
        g
        for g in listed["goals"]
        if g["text"].startswith("Barn, ungdomar och deras familjer som på olika")
    )
    detail = corpus_client.get(f"/api/goals/{goal['id']}").json()
    assert {v["year"] for v in detail["versions"]} >= {2016, 2019}


def test_goal_answer_for_ask(client: TestClient) -> None:
    question = "Hur följdes målet om barns delaktighet upp 2016?"
    answer = client.post("/api/ask", json={"question": question}).json()
    assert answer["mode"] == "goal_ledger" and answer["grounded"]
    assert answer["language"] == "sv" and "2016" in answer["answer"] and answer["citations"]
    for citation in answer["citations"]:
        chunk = client.get(f"/api/chunks/{citation['chunk_id']}").json()
        assert citation["quote"] in chunk["chunk"]["text"]
        assert chunk["report"]["year"] == citation["year"]
        assert f"[{citation['n']}]" in answer["answer"]
    assert answer["units"] and answer["units"][0]["unit"] == "Barn- och ungdomsenheten"


def test_corpus_wide_goal_questions_are_not_answered_from_one_goal(client: TestClient) -> None:
    """ "Vilka enheter har mål om miljö?" lists the units' own goals on it (their enhetsmål),
    one line per goal, headed by how many units have how many; never one goal."""
    units = client.post("/api/ask", json={"question": "Vilka enheter har mål om miljö?"}).json()
    assert units["mode"] == "goal_ledger" and units["grounded"]
    head, *lines = units["answer"].split("\n")
    listed = {(u["unit"], u["district"]) for u in units["units"]}
    assert len(listed) >= 2 and head.startswith(f"{len(listed)} enheter har {len(lines)} enhetsmål")
    partly = client.post(
        "/api/ask", json={"question": "Vilka enheter har mål som uppfylldes delvis 2019?"}
    )
    assert partly.json()["answer"].startswith(
        "1 enhet har 3 enhetsmål (2019) som uppfylldes delvis:"
    )
    one = client.post("/api/ask", json={"question": "Hur gick det med målet om miljö?"}).json()
    assert one["mode"] == "goal_ledger"


def test_ask_routes_goal_questions_to_the_ledger(client: TestClient) -> None:
    """/api/ask answers a goal follow-up question from the ledger, with exact quotes."""
    question = "Hur följdes målet om barns delaktighet upp 2016?"
    body = _goal_answer(client, question)
    assert body["citations"] and all(c["year"] == 2016 for c in body["citations"])
    for citation in body["citations"]:
        chunk = client.get(f"/api/chunks/{citation['chunk_id']}").json()
        assert citation["quote"] in chunk["chunk"]["text"]
    stream = client.post("/api/ask/stream", json={"question": question}).text
    assert "event: answer" in stream and "goal_ledger" in stream
    other = client.post("/api/ask", json={"question": "Vilka enheter använder Signs of Safety?"})
    assert other.json()["mode"] != "goal_ledger"


def test_a_status_no_goal_has_is_said_and_the_assessed_goals_listed(client: TestClient) -> None:
    """No 2019 goal was 'not met' in the corpus (three partly, the rest fully): the answer says
    so and lists how the goals with a stated fulfilment were assessed, each quoted."""
    body = client.post("/api/ask", json={"question": "Vilka enhetsmål uppfylldes inte 2019?"})
    answer = body.json()
    assert answer["mode"] == "goal_ledger" and answer["grounded"]
    head, *lines = answer["answer"].split("\n")
    assert head.startswith("Inga enhetsmål (2019) bedömdes som ej uppfyllda.")
    assert lines and all(" – uppfylldes " in line for line in lines)
    assert any("uppfylldes delvis" in line for line in lines)
    assert all(c["year"] == 2019 for c in answer["citations"])
    english = client.post("/api/ask", json={"question": "Which unit goals were not met in 2019?"})
    assert english.json()["answer"].startswith("No unit goals (2019) were reported as not met.")


def test_what_a_unit_did_for_a_goal_is_quoted_from_the_reports_analysis(
    client: TestClient,
) -> None:
    """Asked what was done for a goal in a report's year, the answer quotes the goal's analysis
    (what happened), not its expected result, which restates the goal."""
    question = (
        "Vad gjorde Familjeenheten under 2017 för målet att barn till separerade föräldrar i "
        "konflikt ska hålla barnets situation i fokus och ha tillgång till båda föräldrarna?"
    )
    body = _goal_answer(client, question)
    first = body["citations"][0]["quote"]
    text = CORPUS.joinpath("vb-2017-familjeenheten.txt").read_text(encoding="utf-8")
    analysis = next(line for line in text.splitlines() if "cirka 66 barn" in line)
    assert first in analysis, first  # the analysis: samarbetssamtal, the group for children
    assert "använder sig av metoder och arbetssätt" not in first  # the expected result


def test_a_named_part_too_short_to_split_is_quoted_whole(client: TestClient) -> None:
    """The expected result of the goal on recycling is three short pieces ("90% källsorterar.
    Gäller verksamheten. Andelen ekologiska inköp ökar"), none long enough to stand alone as a
    follow-up: asked for it by name, the answer quotes the part whole."""
    question = (
        "Vad är det förväntade resultatet för målet att alla grupp- och servicebostäder "
        "källsorterar?"
    )
    body = _goal_answer(client, question)
    quotes = [c["quote"] for c in body["citations"]]
    assert any(q.startswith("90% källsorterar.") and "ekologiska inköp ökar" in q for q in quotes)


def test_a_goal_asked_by_its_level_is_the_goal_of_that_level(client: TestClient) -> None:
    """Asked for what stands under a nämndmål, the answer is that nämndmål's own expected
    result, not that of the enhetsmål under it (as close in meaning, and preferred when the
    question names no level)."""
    question = (
        "Vilket förväntat resultat har nämndmålet om att boende i Hägersten-Liljeholmen känner "
        "sig trygga i Barn- och ungdomsenhetens verksamhetsberättelse 2016?"
    )
    body = _goal_answer(client, question)
    assert 'nämndmål "Boende i Hägersten-Liljeholmen känner sig trygga"' in body["answer"]
    assert (
        body["citations"][0]["quote"] == "Att de boende i Hägersten-Liljeholmen känner sig trygga."
    )
    assert "saknar angiven måluppfyllelse" in body["answer"]  # a nämndmål with "— Ingen"


def test_the_resources_a_plan_puts_on_a_goal_answer_what_it_will_use(client: TestClient) -> None:
    """Asked which resources or staff a plan's goal has, the answer quotes its
    Resursanvändning, also as a follow-up starting "Vilka …" (which asks about the goal, not
    which of the goals)."""
    question = (
        "Vilka resurser räknar Familjeenheten på Kungsholmen med för enhetsmålet att "
        "familjehemsplacerade barn har god hälsa och skolgång?"
    )
    body = _goal_answer(client, question)
    wanted = "Barn- resp familjehemssekreterare på enheten."
    assert body["citations"][0]["quote"] == wanted  # what was asked first, then the goal
    history = [
        {"role": "user", "content": "Vilket enhetsmål har Familjeenheten på Kungsholmen om "
         "att familjehemsplacerade barn har god hälsa och skolgång 2022?"},
        {"role": "assistant", "content": "Familjehemsplacerade barn har god hälsa och skolgång."},
    ]  # fmt: skip
    followed = {"question": "Vilka resurser ska användas för det?", "history": history}
    body = client.post("/api/ask", json=followed).json()
    assert body["grounded"] and body["citations"][0]["quote"] == wanted
    found = client.get("/api/goals", params={"q": "familjehemsplacerade barn skolgång"}).json()
    goal_id = next(g["id"] for g in found["goals"] if g["text"].startswith("Familjehemsplacerade"))
    detail = client.get(f"/api/goals/{goal_id}").json()
    assert detail["goal"]["resources"]["text"] == wanted


def test_how_a_unit_will_work_to_reach_a_goal_is_its_way_of_working(client: TestClient) -> None:
    """ "Hur ska Familjeenheten arbeta för att nå enhetsmålet om …?" asks for the goal's
    Arbetssätt, quoted first, then the goal it serves; it was refused."""
    question = (
        "Hur ska Familjeenheten på Kungsholmen arbeta för att nå enhetsmålet om att "
        "separerade föräldrar erbjuds stöd?"
    )
    body = _goal_answer(client, question)
    first, goal = body["citations"][0]["quote"], body["citations"][-1]["quote"]
    assert "familjerätt" in first  # a sentence of the goal's block on the work
    assert goal.startswith("Separerade föräldrar erbjuds stöd") and first != goal


def test_goals_under_a_goal_the_report_lacks_or_leaves_empty_are_said_to_be_none(
    client: TestClient,
) -> None:
    """Asked for the unit goals under a board goal, the answer lists them when there are
    some; says none stands under it when the plan has the board goal with no unit goal below;
    and says the goal is not there when the unit's report has no such goal — never another
    goal of the unit instead."""

    def ask(question: str) -> dict[str, object]:
        body: dict[str, object] = client.post("/api/ask", json={"question": question}).json()
        return body

    listed = ask(
        "Vilka enhetsmål har Familjestödsenheten i Spånga-Tensta lagt under nämndmålet att "
        "barn och unga har goda förutsättningar att göra fria livsval?"
    )
    assert listed["grounded"] and listed["citations"]
    empty = ask(
        "Vilka enhetsmål har Familjestödsenheten i Spånga-Tensta lagt under nämndmålet att "
        "förvaltningen har en hållbar arbetsmiljö med en öppen och tillåtande kultur?"
    )
    assert not empty["grounded"] and not empty["citations"]
    assert "står inget enhetsmål" in str(empty["answer"])
    absent = ask(
        "Vilket enhetsmål har Vuxenenheten på Kungsholmen under nämndmålet att "
        "kollektivtrafiken på landsbygden byggs ut?"
    )
    assert not absent["grounded"] and "Jag hittar inget mål" in str(absent["answer"])
    english = ask(
        "Which unit goal does the adult unit on Kungsholmen have under the board goal "
        "1.9.9 on rural bus lines?"
    )
    assert not english["grounded"] and "rural bus lines" in str(english["answer"])


def test_the_goal_a_question_names_its_goals_to_stand_under() -> None:
    from service.answer.goal_below import above_named

    asked = "Vilket enhetsmål har enheten under nämndmålet att ingen ska vara rädd för våld 2022?"
    above = above_named(asked)
    assert above is not None and above.levels == ("namndmal",)
    assert above.wording == "ingen ska vara rädd för våld"
    city = above_named("Which unit goal is under the city goal on a healthy indoor climate (2.6)?")
    assert city is not None and city.number == "2.6" and "kf_mal" in city.levels
    assert city.wording == "a healthy indoor climate"
    plan = above_named("Vilket enhetsmål står under nämndmålet att barn är trygga i planen 2020?")
    assert plan is not None and plan.wording == "barn är trygga"
    further = above_named("Under KF:s mål om idrott och fritid, och vilket resultat förväntades?")
    assert further is not None and further.wording == "idrott och fritid"
    assert above_named("Vilka enhetsmål har Vuxenenheten 2022?") is None
