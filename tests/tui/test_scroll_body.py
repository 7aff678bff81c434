"""A scrolling page's focus restyles only itself (widgets/scroll_body.py), and that is
safe: no rule styles what a page holds by the page's focus, and on the results a full
restyle after the page takes or gives up the focus changes nothing."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import textual.widgets
from textual.css.model import Selector, SelectorType
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.widget import Widget

import netwerkcheck.tui
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.widgets.scroll_body import ScrollBody
from tests.tui.helpers import small_content, walk_to_results

# Classes in rules of the form `.name:focus X` that are never given to a ScrollBody.
NOT_A_PAGE = {
    "suggestion",  # a suggestion card on the results: its title is bold while it has focus
}


def _all_css() -> Iterator[tuple[str, str]]:
    """Every stylesheet the app can load: its .tcss files and every widget's DEFAULT_CSS
    (netwerkcheck's and Textual's own)."""
    tui = Path(netwerkcheck.tui.__file__).parent
    for path in sorted(tui.glob("*.tcss")):
        yield path.name, path.read_text(encoding="utf-8")
    for info in pkgutil.walk_packages(netwerkcheck.tui.__path__, "netwerkcheck.tui."):
        importlib.import_module(info.name)
    for name in textual.widgets.__all__:  # type: ignore[attr-defined]
        getattr(textual.widgets, name)
    seen: set[type[Any]] = set()
    todo: list[type[Any]] = [DOMNode]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
                css = sub.__dict__.get("DEFAULT_CSS")
                if css:
                    yield f"{sub.__module__}.{sub.__qualname__}", css


def _compounds(selectors: list[Selector]) -> list[list[Selector]]:
    """`A.b:focus > C` as [[A, .b:focus], [C]]: the parts that match one node each."""
    groups: list[list[Selector]] = []
    for selector in selectors:
        if groups and selector.combinator.name == "SAME":
            groups[-1].append(selector)
        else:
            groups.append([selector])
    return groups


def _may_be_a_page(compound: list[Selector]) -> bool:
    page_types = {cls.__name__ for cls in ScrollBody.__mro__}
    for part in compound:
        if part.type == SelectorType.TYPE and part.name not in page_types:
            return False
        if part.type == SelectorType.CLASS and part.name in NOT_A_PAGE:
            return False
    return True


def test_no_rule_styles_what_a_page_holds_by_the_pages_focus() -> None:
    variables = NetwerkcheckApp(small_content(), save=False).get_css_variables()
    checked = 0
    for where, css in _all_css():
        sheet = Stylesheet(variables=variables)
        sheet.add_source(css, read_from=(where, ""))
        sheet.parse()
        for rule in sheet.rules:
            for selector_set in rule.selector_set:
                for compound in _compounds(selector_set.selectors)[:-1]:
                    focus = any(
                        part.pseudo_classes & {"focus", "focus-within"} for part in compound
                    )
                    if focus:
                        checked += 1
                        assert not _may_be_a_page(compound), (where, selector_set.css)
    assert checked >= 3  # app.tcss has three such rules: the check reads what it must


def _looks(widget: Widget) -> dict[str, object]:
    return dict(widget.styles.get_render_rules())


async def test_on_the_results_the_pages_focus_restyles_itself_only_and_that_changes_nothing() -> (
    None
):
    app = NetwerkcheckApp(small_content(), lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_results(pilot, app)
        assert isinstance(app.screen, ResultsScreen)
        body = app.screen.query_one("#results-body", ScrollBody)
        held = list(body.query("*").results(Widget))
        assert len(held) > 10 and app.focused is body

        restyled: list[int] = []
        update_nodes = app.stylesheet.update_nodes

        def counting(nodes: Any, animate: bool = False) -> None:
            nodes = list(nodes)
            restyled.append(len(nodes))
            update_nodes(nodes, animate=animate)

        app.stylesheet.update_nodes = counting  # type: ignore[method-assign]
        for key in ("tab", "shift+tab"):  # off the page, and back onto it
            restyled.clear()
            await pilot.press(key)
            await pilot.pause()
            assert (app.focused is body) is (key == "shift+tab"), app.focused
            # the page and the widget taking or giving up the focus (a button), not
            # every widget on the page
            assert restyled and max(restyled) < 10, restyled
            # and a full restyle, as Textual would have done, changes nothing
            before = {id(w): _looks(w) for w in held}
            app.update_styles(body)
            assert {id(w): _looks(w) for w in held} == before
