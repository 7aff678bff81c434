"""`netwerkcheck serve` in a real browser: Playwright driving the system's Chromium.

A short check on the small fixture content, by keyboard: the welcome screen, closing the
tab halfway (the answers stay), opening it again to continue, the results and a
suggestion's reason, an export as a download. Every request the page makes is recorded;
all of them go to 127.0.0.1.

The text on screen is read the way a person could copy it from the page: Shift+drag
selects in the browser's terminal, then copy.

Skipped with a reason when there is no Chromium (.ci/run installs it with apt-get).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

from netwerkcheck.i18n import t
from tests.serve.helpers import LOOPBACK_ONLY, serving

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = (
    os.environ.get("NETWERKCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
)

pytestmark = [
    LOOPBACK_ONLY,
    pytest.mark.xdist_group("browser"),  # one worker starts the browser (module fixture)
    pytest.mark.skipif(
        not Path(CHROMIUM).is_file(),
        reason=f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does that)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--disable-background-networking", "--disable-component-update"],
        )
        try:
            yield browser
        finally:
            browser.close()


COPY_SELECTION = """() => {
    const data = new DataTransfer();
    const copy = new ClipboardEvent("copy", {clipboardData: data, bubbles: true, cancelable: true});
    document.querySelector("#terminal textarea").dispatchEvent(copy);
    return data.getData("text/plain");
}"""


BOX_LINES = re.compile("[\u2500-\u257f]")


def screen_text(page: Page) -> str:
    """What the check shows now, as a person could copy it: Shift+drag selects in the
    browser's terminal itself (the app does not see that mouse), then copy. Box lines
    (a dialog's border) are dropped and runs of white space become one space, so
    wrapped lines read as one."""
    size = page.viewport_size or {"width": 1000, "height": 700}
    page.keyboard.down("Shift")
    page.mouse.move(1, 1)
    page.mouse.down()
    page.mouse.move(size["width"] - 2, size["height"] - 2)
    page.mouse.up()
    page.keyboard.up("Shift")
    text: str = page.evaluate(COPY_SELECTION)
    return " ".join(BOX_LINES.sub(" ", text).split())


def wait_for_text(page: Page, *needles: str, polls: int = 300) -> str:
    """The screen text, once it shows every needle (the app answers a key quickly, but
    over a websocket: poll rather than assume)."""
    text = ""
    for _ in range(polls):
        text = screen_text(page)
        if all(n in text for n in needles):
            return text
        page.wait_for_timeout(200)
    raise AssertionError(f"not on screen: {needles!r}\n--- screen ---\n{text}")


def press_until(page: Page, key: str, *, see: str, tries: int = 4) -> str:
    """Press `key` until `see` is on screen, as a person presses again when nothing
    happened: the app ignores Enter and Space that come in before a new screen is up."""
    for _ in range(tries):
        page.keyboard.press(key)
        try:
            # long enough that a slow (loaded) machine is not taken for an ignored key
            return wait_for_text(page, see, polls=25)
        except AssertionError:
            continue
    return wait_for_text(page, see)


CHOSEN = "▐●▌"  # a chosen option, as the app marks it (never colour alone)
TICKED = "▐✓▌"


def open_check(browser: Browser, url: str, requests: list[str]) -> tuple[Any, Page]:
    context = browser.new_context(
        viewport={"width": 1000, "height": 700}, accept_downloads=True, locale="nl-NL"
    )
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on("websocket", lambda ws: requests.append(ws.url))
    page.goto(url)
    page.wait_for_selector("body.-first-byte")
    return context, page


def test_a_short_check_in_the_browser_by_keyboard(browser: Browser, tmp_path: Path) -> None:
    requests: list[str] = []
    with serving() as served:
        context, page = open_check(browser, served.url, requests)
        assert page.evaluate("document.documentElement.lang") == "nl"
        assert page.title() == t("serve.page_title", "nl")
        # Keyboard alone: the keys go into the check without a click first.
        assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
        wait_for_text(page, t("welcome.title", "nl"), "netwerkcheck --plain")
        press_until(page, "Enter", see="Met wie woon je?")  # 'Beginnen'
        # a fresh list has no option under the cursor: the first ArrowDown is the first
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        press_until(page, "Enter", see=CHOSEN)  # 'Met mijn partner'; then 'Volgende'
        press_until(page, "Enter", see="Wat doe je op een gewone week?")

        # Closing the tab keeps every answer: the next page offers to continue.
        page.close()
        page = context.new_page()
        page.goto(served.origin + "/")
        page.wait_for_selector("body.-first-byte")
        wait_for_text(page, t("welcome.resume_button", "nl"))
        press_until(page, "Enter", see="Wat doe je op een gewone week?")  # 'Verder gaan'
        page.keyboard.press("ArrowDown")
        press_until(page, "Enter", see=TICKED)  # 'Werk'
        # A list of ticks keeps the focus; its shortcut goes on (headless, the page gets it).
        press_until(page, "Control+n", see="Ik ben tevreden met de contacten die ik heb.")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        press_until(page, "Enter", see=CHOSEN)
        press_until(page, "Enter", see="Zou je iets willen veranderen aan je contacten?")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        press_until(page, "Enter", see=CHOSEN)  # 'Misschien'
        press_until(page, "Enter", see="Wat zou je anders willen?")
        page.keyboard.type("bellen")
        wait_for_text(page, "bellen")
        page.keyboard.press("Enter")  # the answer given; the focus goes to 'Volgende'
        press_until(page, "Enter", see=t("overview.title", "nl"))
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")  # to 'Naar de uitkomst'
        press_until(page, "Enter", see=t("results.title", "nl"))

        results = wait_for_text(page, t("results.title", "nl"), "Wat wil je anders?")
        assert t("results.why", "nl") in results
        page.keyboard.press("Tab")  # to the first 'Waarom zie ik dit?'
        page.keyboard.press("Enter")
        why = wait_for_text(page, t("why.title", "nl"))
        assert "Zou je iets willen veranderen aan je contacten?" in why
        page.keyboard.press("Escape")
        wait_for_text(page, t("results.title", "nl"))

        # The export comes as a download, not as a path on this computer.
        page.keyboard.press("Control+e")
        wait_for_text(page, t("serve.download_hint", "nl"))
        # textual-serve opens the download in a new tab; the download counts for this page.
        with page.expect_download() as started:
            page.keyboard.press("Tab")  # from the formats to 'Downloaden'
            page.keyboard.press("Enter")
        download = started.value
        target = tmp_path / download.suggested_filename
        download.save_as(target)
        assert target.suffix == ".html"
        exported = target.read_text("utf-8")
        assert "Wat wil je anders?" in exported and "bellen" in exported
        context.close()
        code, out = served.stop()

    assert code == 0 and "Traceback" not in out
    assert requests, "the page was recorded"
    hosts = {urlsplit(url).hostname for url in requests}
    assert hosts == {"127.0.0.1"}, requests
    assert {urlsplit(url).port for url in requests} == {served.port}
