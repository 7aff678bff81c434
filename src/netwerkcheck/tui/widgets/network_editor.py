"""NetworkEditor: list, add, edit and remove the people in someone's network.

A list (DataTable) with Add / Edit / Remove buttons and keys (a, e or Enter, x or
Delete), a form in a modal screen for one person, and the map beside the list when
there is room. Keys avoid the question screen's own (ctrl+n, ctrl+b, ctrl+o, f1,
ctrl+q, escape). An empty network is a valid answer and the widget says so kindly.

Names are user text: they go into the table as rich Text and into labels with
markup=False, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import (
    Button,
    DataTable,
    Input,
    Label,
    Static,
)
from textual.widgets.selection_list import Selection

from netwerkcheck.content.models import NetworkQuestion
from netwerkcheck.engine.network import (
    CIRCLES,
    NAME_MAX,
    RECIPROCITIES,
    SUPPORTS,
    Circle,
    Network,
    Person,
    Reciprocity,
    Relation,
    Support,
    circle_help,
    circle_label,
    reciprocity_label,
    relation_code,
    relation_label,
    relation_legend,
    support_label,
)
from netwerkcheck.engine.relations import RelationOption, offered_relations
from netwerkcheck.i18n import Lang, t, tn
from netwerkcheck.report.netmap import clean_name, fit
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.widgets.marks import MarkedSelectionList, OneChoice
from netwerkcheck.tui.widgets.network_map import NetworkMap

_RECIP_CHOICES: tuple[Reciprocity | None, ...] = (*RECIPROCITIES, None)
NARROW = 70
"""Below this width the map goes under the list (and hides when there is no room)."""
LOW = 12
"""Below this height the editor's buttons are one line high."""

RelationChoices = Callable[[Relation | None], Sequence[RelationOption]]
"""The relation choices offered (engine.relations.offered_relations for the answers so
far); the argument is the relation of the person being edited, which stays offered."""


class PersonForm(ModalScreen[Person | None]):
    """Add or edit one person. Dismisses with the Person, or None when cancelled."""

    # Focus starts in the name field (Textual's default would first focus the form's
    # scrolling body, restyling all thirty widgets in it, then the name field).
    AUTO_FOCUS = "#pf-name"

    DEFAULT_CSS = """
    /* Opaque: the dialog covers nearly all of an 80x24 screen, and a see-through
       backdrop made every frame of it (every key typed) draw the list and the map
       behind it again, tinted. */
    PersonForm {
        align: center middle;
        background: $background;
    }
    PersonForm > #pf-box {
        width: 78;
        max-width: 100%;
        height: 100%;
        max-height: 36;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    PersonForm #pf-title { text-style: bold; }
    PersonForm #pf-body { height: 1fr; scrollbar-gutter: stable; }
    PersonForm #pf-cols { height: auto; }
    PersonForm .pf-col { width: 1fr; height: auto; padding-right: 1; }
    PersonForm .pf-label { margin-top: 1; text-style: bold; width: 100%; height: auto; }
    PersonForm .pf-help { width: 100%; height: auto; }
    PersonForm .pf-help { color: $text-muted; }
    PersonForm OneChoice { width: 100%; }
    PersonForm SelectionList { height: auto; }
    PersonForm #pf-error { color: $text-error; height: auto; }
    PersonForm #pf-buttons { height: auto; align-horizontal: right; }
    PersonForm #pf-buttons Button { margin-left: 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", t("net.form.cancel"), show=False),
        Binding("ctrl+s", "save", t("net.form.save"), priority=True),
    ]

    def __init__(
        self,
        lang: Lang | None = None,
        person: Person | None = None,
        *,
        like: Person | None = None,
        relations: RelationChoices | None = None,
    ) -> None:
        """`person`: edit that person. `like`: add someone new with the same relation
        and circle as `like` (its name is not copied); Enter on the name saves.
        `relations`: the choices content offers (every kind when None)."""
        super().__init__()
        translate_bindings(self)
        self.lang: Lang | None = lang
        self.person = person
        self.like = like if person is None else None
        keep = person.relation if person else like.relation if like else None
        offered = relations(keep) if relations else offered_relations(None, {}, lang, keep)
        self.relations: tuple[RelationOption, ...] = tuple(offered)
        self._said_how = False  # the error line says how to choose a relation

    def _title(self) -> str:
        lang, like = self.lang, self.like
        if self.person is not None:
            return t("net.form.title.edit", lang)
        if like is not None:
            return t(
                "net.form.title.like",
                lang,
                relation=relation_label(like.relation, lang),
                circle=circle_label(like.circle, lang).lower(),
            )
        return t("net.form.title.add", lang)

    def compose(self) -> ComposeResult:
        lang, like = self.lang, self.like
        p = self.person
        circle: Circle = p.circle if p else like.circle if like else "middle"
        relation = p.relation if p else like.relation if like else None
        with Vertical(id="pf-box"):
            yield Label(self._title(), id="pf-title", markup=False)
            # The body scrolls with the focus (Tab); it is no stop of its own for Tab.
            with VerticalScroll(id="pf-body", can_focus=False), Horizontal(id="pf-cols"):
                with Vertical(classes="pf-col"):
                    yield Static(t("net.form.name", lang), classes="pf-label", markup=False)
                    yield Input(
                        value=p.name if p else "",
                        placeholder=t("net.form.name.placeholder", lang),
                        max_length=NAME_MAX,
                        id="pf-name",
                    )
                    yield Static(
                        t("net.form.name.hint", lang, max=NAME_MAX),
                        classes="pf-help",
                        markup=False,
                    )
                    yield Static(t("net.form.relation", lang), classes="pf-label", markup=False)
                    relations = OneChoice(
                        [  # content's words: never markup
                            (Text(f"{relation_code(c.kind, lang)}  {c.label}"), c.kind)
                            for c in self.relations
                        ],
                        relation,
                        id="pf-relation",
                    )
                    # Someone new has no relation under the cursor until an arrow key is
                    # pressed: Enter after the name moves here, and a second Enter made
                    # everyone a partner, the first option (as a fresh question's list).
                    relations.start_without_cursor()
                    yield relations
                    yield Static(t("net.form.supports", lang), classes="pf-label", markup=False)
                    yield MarkedSelectionList(
                        *(
                            Selection[str](support_label(s, lang), s, bool(p and s in p.supports))
                            for s in SUPPORTS
                        ),
                        id="pf-supports",
                    )
                with Vertical(classes="pf-col"):
                    yield Static(t("net.form.circle", lang), classes="pf-label", markup=False)
                    yield OneChoice(
                        [(circle_label(c, lang), c) for c in CIRCLES], circle, id="pf-circle"
                    )
                    yield Static(circle_help(circle, lang), id="pf-circle-help", classes="pf-help")
                    yield Static(t("net.form.recip", lang), classes="pf-label", markup=False)
                    current = p.reciprocity if p else None
                    yield OneChoice(
                        [(reciprocity_label(r, lang), r or "unknown") for r in _RECIP_CHOICES],
                        current or "unknown",
                        id="pf-recip",
                    )
            yield Static("", id="pf-error", markup=False)
            yield Static(
                t("net.form.keys.like" if like else "net.form.keys", lang),
                classes="pf-help",
                id="pf-keys",
                markup=False,
            )
            with Horizontal(id="pf-buttons"):
                yield Button(t("net.form.cancel", lang), id="pf-cancel")
                yield Button(t("net.form.save", lang), id="pf-save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#pf-name", Input).focus()

    @on(Input.Submitted, "#pf-name")
    def _name_done(self) -> None:
        if self.like is not None:
            self.action_save()
            return
        self.query_one("#pf-relation", OneChoice).focus()

    @on(OneChoice.NothingUnderCursor, "#pf-relation")
    def _no_relation_yet(self) -> None:
        self._said_how = True
        self.query_one("#pf-error", Static).update(t("question.nothing_chosen", self.lang))

    @on(OneChoice.Picked, "#pf-relation")
    def _relation_picked(self) -> None:
        if self._said_how:  # 'nothing chosen yet' is said no longer once it is not so
            self._said_how = False
            self.query_one("#pf-error", Static).update("")

    @on(OneChoice.Picked, "#pf-circle")
    def _circle_changed(self, event: OneChoice.Picked) -> None:
        chosen = cast(Circle, event.value)
        self.query_one("#pf-circle-help", Static).update(circle_help(chosen, self.lang))

    @on(Button.Pressed, "#pf-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#pf-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def _chosen(self, set_id: str) -> str | None:
        return self.query_one(set_id, OneChoice).chosen

    def action_save(self) -> None:
        error = self.query_one("#pf-error", Static)
        name = " ".join(self.query_one("#pf-name", Input).value.split())[:NAME_MAX]
        if not name:
            error.update(t("net.form.name.missing", self.lang))
            self.query_one("#pf-name", Input).focus()
            return
        relation = self._chosen("#pf-relation")
        if relation not in [choice.kind for choice in self.relations]:
            error.update(t("net.form.relation.missing", self.lang))
            self.query_one("#pf-relation", OneChoice).focus()
            return
        circle = self._chosen("#pf-circle") or "middle"
        recip = self._chosen("#pf-recip")
        supports = frozenset(
            cast(Support, s) for s in self.query_one("#pf-supports", MarkedSelectionList).selected
        )
        self.dismiss(
            Person(
                name=name,
                relation=relation,
                circle=cast(Circle, circle),
                supports=supports,
                reciprocity=recip if recip in RECIPROCITIES else None,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


class NetworkEditor(Widget):
    """The answer to a network question: a list of people, a form, and the map.

    `NetworkEditor(question, lang, value)`; `value` is the current Network; a
    `NetworkEditor.Changed` message is posted after every add, edit and remove.
    `earlier`: the network of an earlier check, offered (once) while this one is
    empty; `offer_done` is called when the person has answered that offer.
    """

    DEFAULT_CSS = """
    NetworkEditor {
        height: 1fr;
        min-height: 10;
    }
    NetworkEditor > #ne-body { height: 1fr; }
    NetworkEditor > #ne-offer {
        height: auto;
        border-left: thick $accent;
        padding-left: 1;
        margin-bottom: 1;
    }
    NetworkEditor #ne-offer-text { height: auto; }
    NetworkEditor #ne-offer-buttons { height: auto; }
    NetworkEditor #ne-offer-buttons Button { margin-right: 2; }
    /* a gap between the list's words and the map's rings beside it ('Wil je···') */
    NetworkEditor #ne-left { width: 1fr; min-width: 34; height: 1fr; padding-right: 2; }
    NetworkEditor #ne-count { text-style: bold; height: auto; }
    NetworkEditor #ne-empty { color: $text-muted; height: auto; margin-bottom: 1; }
    NetworkEditor #ne-table { height: 1fr; min-height: 3; }
    NetworkEditor #ne-buttons { height: auto; }
    NetworkEditor #ne-buttons Button { min-width: 10; margin-right: 1; }
    NetworkEditor #ne-keys { color: $text-muted; height: auto; }
    NetworkEditor #ne-map { width: 1fr; height: 1fr; min-width: 30; }
    NetworkEditor.-narrow > #ne-body { layout: vertical; }
    NetworkEditor.-narrow #ne-left { width: 100%; padding-right: 0; }
    NetworkEditor.-narrow #ne-map { width: 100%; min-width: 0; }
    NetworkEditor.-nomap #ne-map { display: none; }
    /* a low, narrow window: the buttons one line high, so they stay in view */
    NetworkEditor.-nomap #ne-empty { margin-bottom: 0; }
    NetworkEditor.-nomap #ne-buttons Button, NetworkEditor.-low #ne-buttons Button {
        height: 1; min-width: 0; border: none;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "net.ed.add", show=False),
        Binding("e", "edit", "net.ed.edit", show=False),
        Binding("n", "add_like", "net.ed.like", show=False),
        Binding("x,delete", "remove", "net.ed.remove", show=False),
        Binding("u,ctrl+z", "undo", "net.ed.undo", show=False),
    ]

    class Changed(Message):
        """The network changed (added, edited or removed someone)."""

        def __init__(self, editor: NetworkEditor, network: Network) -> None:
            super().__init__()
            self.editor = editor
            self.network = network

        @property
        def control(self) -> NetworkEditor:
            return self.editor

    def __init__(
        self,
        question: NetworkQuestion | None,
        lang: Lang | None = None,
        value: Network | None = None,
        *,
        relations: RelationChoices | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        earlier: Network | None = None,
        offer_done: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        translate_bindings(self)
        self.question = question
        self.relations = relations
        self._earlier_network = earlier
        self._offer_answered = offer_done
        self.lang: Lang | None = lang
        self._network = value if value is not None else Network()
        self._undo: tuple[int, Person] | None = None
        """The last person removed and where they stood, until undone or the next change."""

    @property
    def value(self) -> Network:
        """The network as it is now (a frozen model: safe to keep)."""
        return self._network

    # --- layout ---------------------------------------------------------------------------

    def _earlier(self) -> Network | None:
        """The last check's network, offered when this one is still empty."""
        earlier = self._earlier_network
        if earlier is not None and earlier.people and not self._network.people:
            return earlier
        return None

    def compose(self) -> ComposeResult:
        lang = self.lang
        earlier = self._earlier()
        if earlier is not None:
            names = ", ".join(clean_name(p.name) for p in earlier.people[:8])
            if len(earlier.people) > 8:
                names += ", …"
            n = len(earlier.people)
            with Vertical(id="ne-offer"):
                yield Static(
                    tn("net.ed.earlier", n, lang, names=names),
                    id="ne-offer-text",
                    markup=False,
                )
                with Horizontal(id="ne-offer-buttons"):
                    yield Button(
                        t("net.ed.earlier.yes", lang), id="ne-offer-yes", variant="primary"
                    )
                    yield Button(t("net.ed.earlier.no", lang), id="ne-offer-no")
        with Horizontal(id="ne-body"):
            with Vertical(id="ne-left"):
                yield Static("", id="ne-count", markup=False)
                yield Static(t("net.ed.empty", lang), id="ne-empty", markup=False)
                table: DataTable[Text] = DataTable(
                    id="ne-table", cursor_type="row", zebra_stripes=True
                )
                yield table
                with Horizontal(id="ne-buttons"):
                    yield Button(t("net.ed.add", lang), id="ne-add", variant="primary")
                    yield Button(t("net.ed.edit", lang), id="ne-edit")
                    yield Button(t("net.ed.remove", lang), id="ne-remove")
                    yield Button(t("net.ed.undo", lang), id="ne-undo")
                yield Static(t("net.ed.keys", lang), id="ne-keys", markup=False)
            yield NetworkMap(self._network, lang, id="ne-map")

    def on_mount(self) -> None:
        table = self.query_one("#ne-table", DataTable)
        table.add_column(t("net.ed.col.name", self.lang), key="name")
        table.add_column(t("net.ed.col.relation", self.lang), key="relation")
        table.add_column(t("net.ed.col.circle", self.lang), key="circle")
        self._refresh(select=0)

    def on_resize(self, event: Resize) -> None:
        width, height = event.size
        self.set_class(width < NARROW, "-narrow")
        self.set_class(width < NARROW and height < 22, "-nomap")
        # little height beside the map (80x24 with the question above): one-line buttons,
        # so the key hint below them is read whole ('x of' was its last words, seen in
        # a walk)
        self.set_class(height < LOW, "-low")

    def _refresh(self, select: int | None = None) -> None:
        lang = self.lang
        people = self._network.people
        n = len(people)
        count = t("net.ed.count.0", lang) if n == 0 else tn("net.ed.count", n, lang)
        self.query_one("#ne-count", Static).update(count)
        self.query_one("#ne-empty", Static).display = n == 0
        table = self.query_one("#ne-table", DataTable)
        # An empty list is said in words (#ne-empty); its empty table took three rows,
        # and in a low window that pushed 'Toevoegen' below the fold.
        table.display = n > 0
        table.clear()
        for person in people:
            kind = Text(relation_code(person.relation, lang), style="bold")
            kind.append(" " + relation_legend(person.relation, lang), style="")
            table.add_row(
                Text(fit(clean_name(person.name), 14)),
                kind,
                Text(t(f"net.circle.{person.circle}.short", lang)),
            )
        if n and select is not None:
            table.move_cursor(row=max(0, min(select, n - 1)))
        self.query_one("#ne-edit", Button).disabled = n == 0
        self.query_one("#ne-remove", Button).disabled = n == 0
        self.query_one("#ne-undo", Button).display = self._undo is not None
        self.query_one("#ne-map", NetworkMap).network = self._network

    def _set(
        self, network: Network, select: int | None, undo: tuple[int, Person] | None = None
    ) -> None:
        self._network = network
        self._undo = undo
        self._refresh(select)
        self.post_message(self.Changed(self, network))

    def _current(self) -> int | None:
        table = self.query_one("#ne-table", DataTable)
        if not self._network.people:
            return None
        return max(0, min(table.cursor_row, len(self._network.people) - 1))

    # --- actions ----------------------------------------------------------------------------

    def action_add(self) -> None:
        def done(person: Person | None) -> None:
            if person is not None:
                self._set(self._network.added(person), len(self._network.people))
            self.query_one("#ne-table", DataTable).focus()

        self.app.push_screen(PersonForm(self.lang, relations=self.relations), done)

    def action_add_like(self) -> None:
        """Add someone with the same relation and circle as the highlighted person
        (after adding, that is the person just added)."""
        index = self._current()
        if index is None:
            self.action_add()
            return
        like = self._network.people[index]

        def done(person: Person | None) -> None:
            if person is not None:
                self._set(self._network.added(person), len(self._network.people))
            self.query_one("#ne-table", DataTable).focus()

        self.app.push_screen(PersonForm(self.lang, like=like, relations=self.relations), done)

    def action_edit(self) -> None:
        index = self._current()
        if index is None:
            return

        def done(person: Person | None) -> None:
            if person is not None and person != self._network.people[index]:
                self._set(self._network.replaced(index, person), index)
            self.query_one("#ne-table", DataTable).focus()

        person = self._network.people[index]
        self.app.push_screen(PersonForm(self.lang, person, relations=self.relations), done)

    def action_remove(self) -> None:
        index = self._current()
        if index is None:
            return
        gone = self._network.people[index]
        self._set(self._network.removed(index), index, undo=(index, gone))
        self.query_one("#ne-count", Static).update(
            t("net.ed.removed", self.lang, name=clean_name(gone.name))
        )
        if not self._network.people:
            self.query_one("#ne-add", Button).focus()

    def action_undo(self) -> None:
        """Put the person removed last back where they were."""
        if self._undo is None:
            return
        index, person = self._undo
        self._set(self._network.inserted(index, person), index)
        self.query_one("#ne-table", DataTable).focus()

    def _offer_done(self) -> None:
        """Asked once: the offer goes, whatever the answer."""
        self._earlier_network = None
        if self._offer_answered is not None:
            self._offer_answered()
        for offer in self.query("#ne-offer"):
            offer.remove()

    @on(Button.Pressed, "#ne-offer-yes")
    def _take_earlier(self, event: Button.Pressed) -> None:
        event.stop()
        earlier = self._earlier()
        self._offer_done()
        if earlier is not None:
            self._set(earlier, 0)
            self.query_one("#ne-count", Static).update(t("net.ed.earlier.taken", self.lang))
        self.query_one("#ne-table", DataTable).focus()

    @on(Button.Pressed, "#ne-offer-no")
    def _start_empty(self, event: Button.Pressed) -> None:
        event.stop()
        self._offer_done()
        self.query_one("#ne-add", Button).focus()

    @on(DataTable.RowSelected, "#ne-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    @on(Button.Pressed, "#ne-add")
    def _add_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_add()

    @on(Button.Pressed, "#ne-edit")
    def _edit_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_edit()

    @on(Button.Pressed, "#ne-remove")
    def _remove_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_remove()

    @on(Button.Pressed, "#ne-undo")
    def _undo_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_undo()
