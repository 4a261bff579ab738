"""``vnpipe review`` end to end in a real headless Chromium (Debian's package, driven by Playwright).

The server is started as a user would start it (``python -m pipeline review ... --port 0``),
the page is driven with real clicks and key presses, and the gold file it writes is compared
whole. Playwright never downloads a browser here: it runs /usr/bin/chromium. Without that
browser the test skips on a workstation and fails under CI (``CI=true``), where
``make test`` installs it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from review_fixture import DOC_ID, corrected_gold, output_record, span, write_fixture

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def require_chromium() -> None:
    """Skip (or, under CI, fail) with the reason when the browser or its driver library is missing."""
    missing = None
    if not CHROMIUM.exists():
        missing = f"{CHROMIUM} not found (apt-get install -y chromium chromium-driver; `make browser` does it)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright is not installed (make setup installs the pinned version)"
    if missing:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"the browser test cannot run under CI: {missing}")
        pytest.skip(missing)


def serve(tmp_path, *options: str, files=write_fixture):
    """``vnpipe review`` over the fixture article (or what ``files`` writes) on a free port; yields (address, gold folder)."""
    article, out = files(tmp_path)
    gold_dir = tmp_path / "gold"
    env = os.environ | {"PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "review", str(article), "--out", str(out),
                                "--gold", str(gold_dir), "--port", "0", *options],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = []
        for line in process.stdout:  # type: ignore[union-attr]
            lines.append(line)
            found = re.search(r"serving on (http://127\.0\.0\.1:\d+/)", line)
            if found:
                break
        else:
            pytest.fail("vnpipe review exited before serving:\n" + "".join(lines))
        mode = "annotate from a blank page" if "--blank" in options else "correct the pipeline's output"
        assert lines[0] == f"vnpipe review: 1 articles ({mode}); gold files in {gold_dir}\n"
        yield found.group(1), gold_dir
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def server(tmp_path):
    yield from serve(tmp_path)


@pytest.fixture
def blank_server(tmp_path):
    yield from serve(tmp_path, "--blank")


@pytest.fixture
def page():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1300, "height": 900})
            errors: list[str] = []
            tab.on("pageerror", lambda error: errors.append(str(error)))
            yield tab
            assert errors == []
        finally:
            browser.close()


def seg_at(page, offset: int):
    """The marked piece of text that starts at ``offset``."""
    return page.locator(f'#text .seg[data-o="{offset}"]')


def select_text(page, item: dict) -> None:
    """Select the article characters of ``item`` in the page, as a mouse drag over them would."""
    page.evaluate("([start, end]) => window.review.selectRange(start, end)", [item["start"], item["end"]])


def test_correct_an_entity_add_a_list_item_and_save(server, page):
    address, gold_dir = server
    page.goto(address)
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator("#title").text_content() == "Lào Cai: 3 giải pháp phát triển"
    assert page.locator("#origin").text_content() == "correcting the pipeline's output"

    organisation = span("Tỉnh ủy Lào Cai")
    seg_at(page, organisation["start"]).click()  # the mislabelled LOC
    assert page.locator("#editor h3").text_content() == "Entity “Tỉnh ủy Lào Cai”"
    page.keyboard.press("o")  # relabel: ORG
    assert "ent-ORG" in (seg_at(page, organisation["start"]).get_attribute("class") or "")

    seg_at(page, span("3 giải pháp", 2)["start"]).click()  # the list, by its trigger
    assert page.locator("#editor h3").text_content() == "List 1"
    select_text(page, span("thu hút đầu tư"))
    page.keyboard.press("i")  # the missing third item
    assert page.locator("#editor h3").text_content() == "List 1, item 3"

    page.keyboard.press("Control+s")
    page.wait_for_selector("#status.ok >> text=saved")
    path = gold_dir / f"{DOC_ID}.gold.json"
    assert page.locator("#status").text_content() == f"saved {path}"
    assert json.loads(path.read_text("utf-8")) == corrected_gold()
    assert page.locator("#score tr").count() == 7  # header and six figures


def test_a_refused_save_shows_the_problems_and_writes_nothing(server, page):
    address, gold_dir = server
    page.goto(address)
    page.wait_for_selector("body[data-ready='1']")
    seg_at(page, span("Hoàng Giang")["start"]).click()
    page.keyboard.press("x")  # the role's person is no longer a PER entity
    page.locator("#save").click()
    page.wait_for_selector("#status.error")
    assert page.locator(".problems li").all_text_contents() == [
        "roles[0].person: 'Hoàng Giang' (53-64) is not a PER entity of the file"]
    assert not (gold_dir / f"{DOC_ID}.gold.json").exists()


def test_annotate_from_a_blank_page_with_keys_and_the_editor(blank_server, page):
    address, gold_dir = blank_server
    page.goto(address)
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator("#origin").text_content() == "blank page"
    assert page.locator("#text .seg.marked").count() == 0
    select_text(page, span("Hoàng Giang"))
    page.keyboard.press("p")
    select_text(page, span("66.000"))
    page.keyboard.press("q")
    assert page.locator("#editor h3").text_content() == "Quantity “66.000”: 66.000"
    page.locator("#editor label", has_text="unit").locator("input").fill("dân")
    page.locator("#editor label", has_text="unit").locator("input").press("Enter")
    page.locator("#editor label", has_text="qualifier").locator("select").select_option("gt")
    assert page.locator("#editor h3").text_content() == "Quantity “66.000”: > 66.000 dân"
    page.locator("#save").click()
    page.wait_for_selector("#status.ok >> text=saved")
    gold = json.loads((gold_dir / f"{DOC_ID}.gold.json").read_text("utf-8"))
    assert gold["meta"]["notes"] == "made with vnpipe review by reading, from a blank page"
    assert (gold["entities"], gold["quantities"], gold["dates"], gold["lists"], gold["roles"]) == (
        [span("Hoàng Giang") | {"label": "PER"}], [span("66.000") | {"value": 66000, "unit": "dân", "qualifier": "gt"}], [], [], [])


HOSTILE = "<img src=x onerror=window.pwned=1>"


def write_hostile(folder: Path) -> tuple[Path, Path]:
    """An article whose text, and an output whose unit and head, carry markup."""
    text = f"Tin {HOSTILE}\n\nCó 3 người."
    article = folder / "h1.txt"
    article.write_text(text, encoding="utf-8")
    out = folder / "out"
    out.mkdir()
    record = output_record() | {"doc_id": "h1", "text": text, "entities": [], "dates": [], "roles": [],
                                "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    three = text.index("3")
    record["quantities"] = [{"start": three, "end": three + 1, "text": "3", "value": 3, "unit": HOSTILE, "qualifier": "exact"}]
    record["lists"] = []
    (out / "h1.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return article, out


@pytest.fixture
def hostile_server(tmp_path):
    yield from serve(tmp_path, files=write_hostile)


def test_markup_in_texts_and_values_is_shown_never_run(hostile_server, page):
    address, _ = hostile_server
    page.goto(address)
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator("#title").text_content() == f"Tin {HOSTILE}"
    seg_at(page, page.evaluate("window.review.state.page.text.indexOf('3')")).click()
    assert page.locator("#editor h3").text_content() == f"Quantity “3”: 3 {HOSTILE}"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("window.pwned") is None
