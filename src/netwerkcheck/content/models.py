"""Pydantic models of the content files.

Content is data, never code: conditions are structured (like FHIR Questionnaire's
enableWhen) so that a schema can list every operator and every mistake has a place
(file:line:col). The descriptions are Dutch because they become hover help in the
editors of the people who maintain content/.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictStr,
    Tag,
    model_validator,
)

from netwerkcheck.i18n import LANG_CODE
from netwerkcheck.wordmatch import is_searchable

Lang = str
"""A language code: 'nl', 'en', or any other a content file adds ('de', 'pt_BR')."""
REQUIRED_LANGS: tuple[Lang, ...] = ("nl", "en")
"""Every content text has these two; Dutch first (B1), English second."""
FALLBACK_LANG: Lang = "nl"
"""A text without the asked-for extra language shows this one (the base of the UI
catalogs too, so a screen never mixes three languages)."""
LANGS = REQUIRED_LANGS

Id = Annotated[
    StrictStr,
    Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        max_length=60,
        description="Een korte naam van kleine letters, cijfers en _ (bijvoorbeeld: steun_praktisch).",
    ),
]


class Strict(BaseModel):
    """Base for every content model: unknown keys are errors, inputs never echoed."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


class Text(Strict):
    """A text in Dutch (B1) and English, and in any other language a content file adds
    under its language code (de, pt_BR). Asked for a language it lacks, it gives the
    Dutch (FALLBACK_LANG), as the UI catalogs fall back to Dutch."""

    model_config = ConfigDict(
        extra="allow",
        hide_input_in_errors=True,
        frozen=True,
        json_schema_extra={"propertyNames": {"pattern": LANG_CODE}},
    )
    __pydantic_extra__: dict[str, Annotated[StrictStr, Field(min_length=1)]] = Field(init=False)

    nl: Annotated[
        StrictStr, Field(min_length=1, description="De Nederlandse tekst (taalniveau B1).")
    ]
    en: Annotated[StrictStr, Field(min_length=1, description="De Engelse tekst.")]

    @model_validator(mode="after")
    def _language_codes(self) -> Text:
        for code in self.__pydantic_extra__ or {}:
            if not re.match(LANG_CODE, code):
                raise ValueError(f"language_code: {code}")
        return self

    def get(self, lang: Lang) -> str:
        if lang == "nl":
            return self.nl
        if lang == "en":
            return self.en
        extra = self.__pydantic_extra__ or {}
        value = extra.get(lang)
        return value if isinstance(value, str) else self.get(FALLBACK_LANG)

    def langs(self) -> tuple[Lang, ...]:
        """The languages this text is written in."""
        return (*REQUIRED_LANGS, *(self.__pydantic_extra__ or {}))


Value = Annotated[StrictStr, Field(min_length=1, max_length=60)]


# --- Conditions ---------------------------------------------------------------------------


class IsCond(Strict):
    """Waar als het antwoord deze waarde is (bij meerkeuze: als deze waarde is gekozen)."""

    question: Id
    is_: Value = Field(alias="is", description="De waarde van een antwoordoptie.")


class IsNotCond(Strict):
    """Waar als de vraag is beantwoord en het antwoord niet deze waarde is."""

    question: Id
    is_not: Value


class InCond(Strict):
    """Waar als het antwoord een van deze waarden is (meerkeuze: als er een van is gekozen)."""

    question: Id
    in_: list[Value] = Field(alias="in", min_length=1)


class NotInCond(Strict):
    """Waar als de vraag is beantwoord en geen van deze waarden is gekozen."""

    question: Id
    not_in: list[Value] = Field(min_length=1)


class AnsweredCond(Strict):
    """Waar als de vraag is beantwoord (true) of niet is beantwoord of overgeslagen (false)."""

    question: Id
    answered: bool


class AtLeastCond(Strict):
    """Schaalvraag: waar als het antwoord op of na deze optie komt (in de volgorde van de opties)."""

    question: Id
    at_least: Value


class AtMostCond(Strict):
    """Schaalvraag: waar als het antwoord op of voor deze optie komt."""

    question: Id
    at_most: Value


def _searchable(phrase: str) -> str:
    if not is_searchable(phrase):
        raise ValueError("mentions_empty")
    return phrase


Phrase = Annotated[
    StrictStr,
    Field(min_length=2, max_length=80),
    AfterValidator(_searchable),
]


class MentionsCond(Strict):
    """Waar als iemand in een open vraag (type text) een van deze woorden of zinnen typt.
    Hoofdletters, accenten en leestekens tellen niet mee; alleen hele woorden tellen
    ("dood" past niet op "doodmoe"). Een * aan het eind past ook op woorden die zo
    beginnen ("zelfmoord*" past op "zelfmoordgedachten"). Zet de woorden van elke taal in
    één lijst: iemand kan in een andere taal typen dan de taal van de check."""

    mentions: tuple[Phrase, ...] = Field(
        min_length=1, description="Woorden of zinnen, in elke taal, om te herkennen."
    )


NetworkFact = Literal[
    "people",
    "inner",
    "middle",
    "outer",
    "kinds",
    "missing_kinds",
    "supports",
    "missing_supports",
    "one_sided",
    "i_give_more",
    "they_give_more",
]


class NetworkCond(Strict):
    """Een feit over het netwerk (de mensen die iemand noemde). Tellingen zijn geen norm:
    gebruik ze alleen om te zien wat er is, nooit om te zeggen wat 'genoeg' is."""

    network: NetworkFact = Field(
        description=(
            "people/inner/middle/outer/one_sided/i_give_more/they_give_more: aantallen; "
            "kinds/missing_kinds: soorten relaties; supports/missing_supports: soorten steun."
        )
    )
    at_least: int | None = Field(default=None, ge=0)
    at_most: int | None = Field(default=None, ge=0)
    includes: Value | None = None
    excludes: Value | None = None
    only: Value | None = Field(
        default=None, description="kinds: waar als alle genoemde mensen deze soort relatie zijn."
    )

    @model_validator(mode="after")
    def _one_operator(self) -> NetworkCond:
        ops = [
            n
            for n in ("at_least", "at_most", "includes", "excludes", "only")
            if getattr(self, n) is not None
        ]
        if len(ops) != 1:
            raise ValueError("network_operator")
        return self


class AllCond(Strict):
    """Waar als alle voorwaarden waar zijn."""

    all: list[Condition] = Field(min_length=1)


class AnyCond(Strict):
    """Waar als minstens een van de voorwaarden waar is."""

    any: list[Condition] = Field(min_length=1)


class NotCond(Strict):
    """Waar als de voorwaarde niet waar is."""

    not_: Condition = Field(alias="not")


_KEY_TO_TAG = {
    "all": "all",
    "any": "any",
    "not": "not",
    "network": "network",
    "is": "is",
    "is_not": "is_not",
    "in": "in",
    "not_in": "not_in",
    "answered": "answered",
    "at_least": "at_least",
    "at_most": "at_most",
    "mentions": "mentions",
}


def _condition_tag(value: Any) -> str | None:
    """Pick the condition model from the keys present, so one typo gives one error."""
    if isinstance(value, BaseModel):
        return _MODEL_TO_TAG.get(type(value))
    if not isinstance(value, dict):
        return None
    if "network" in value:
        return "network"
    for key in value:
        if key in _KEY_TO_TAG and key != "question":
            return _KEY_TO_TAG[key]
    return None


Condition = Annotated[
    Annotated[AllCond, Tag("all")]
    | Annotated[AnyCond, Tag("any")]
    | Annotated[NotCond, Tag("not")]
    | Annotated[NetworkCond, Tag("network")]
    | Annotated[IsCond, Tag("is")]
    | Annotated[IsNotCond, Tag("is_not")]
    | Annotated[InCond, Tag("in")]
    | Annotated[NotInCond, Tag("not_in")]
    | Annotated[AnsweredCond, Tag("answered")]
    | Annotated[AtLeastCond, Tag("at_least")]
    | Annotated[AtMostCond, Tag("at_most")]
    | Annotated[MentionsCond, Tag("mentions")],
    Discriminator(
        _condition_tag,
        custom_error_type="condition_kind",
        custom_error_message="unknown condition",
    ),
]

_MODEL_TO_TAG: dict[type[BaseModel], str] = {
    AllCond: "all",
    AnyCond: "any",
    NotCond: "not",
    NetworkCond: "network",
    IsCond: "is",
    IsNotCond: "is_not",
    InCond: "in",
    NotInCond: "not_in",
    AnsweredCond: "answered",
    AtLeastCond: "at_least",
    AtMostCond: "at_most",
    MentionsCond: "mentions",
}

AllCond.model_rebuild()
AnyCond.model_rebuild()
NotCond.model_rebuild()

LeafCondition = (
    IsCond | IsNotCond | InCond | NotInCond | AnsweredCond | AtLeastCond | AtMostCond | NetworkCond
)


# --- Silencing style warnings -----------------------------------------------------------


class LintIgnore(Strict):
    """Zet een stijlwaarschuwing hier bewust uit, met de reden erbij (zie content/README.md)."""

    rule: Id = Field(description="De id van de stijlregel uit content/style/, of 'readability'.")
    reason: StrictStr = Field(
        min_length=3, description="Waarom de waarschuwing hier niet terecht is."
    )


LintIgnores = Annotated[
    list[LintIgnore],
    Field(description="Stijlwaarschuwingen die hier bewust uit staan, elk met een reden."),
]


# --- Themes and questions ------------------------------------------------------------------


class Theme(Strict):
    """Een thema: een groep vragen met een titel en een korte inleiding."""

    id: Id
    title: Text
    intro: Text | None = None
    prompts: list[Text] = Field(
        default_factory=list,
        description="Gespreksvragen voor de hulpverlener (alleen zichtbaar in de hulpverlenersmodus).",
    )
    lint_ignore: LintIgnores = Field(default_factory=list)


class Years(Strict):
    """Een leeftijd van ... tot en met ... jaar (hele jaren)."""

    from_: int = Field(alias="from", ge=0, le=130, description="De laagste leeftijd (jaren).")
    to: int = Field(ge=0, le=130, description="De hoogste leeftijd (jaren), deze telt mee.")

    def overlaps(self, other: Years) -> bool:
        return self.from_ <= other.to and other.from_ <= self.to


class Option(Strict):
    """Een antwoordmogelijkheid: een vaste waarde (voor voorwaarden) en een tekst."""

    value: Value
    label: Text
    years: Years | None = Field(
        default=None,
        description="Alleen bij de leeftijdsvraag: welke leeftijden dit antwoord dekt "
        "(bijvoorbeeld from: 18, to: 29). Hulplijnen met een leeftijd (ages) gebruiken dit.",
    )
    quiet: bool = Field(
        default=False,
        description="true: bij dit antwoord hoort bewust geen suggestie of hulp (bijvoorbeeld "
        "'Goed' of 'In balans'). Dan meldt `content check` niet dat niets erop reageert.",
    )


class Source(Strict):
    """Een openbare bron: wie, welk jaar, welke titel of pagina, en waar je hem vindt."""

    ref: StrictStr = Field(
        min_length=8,
        description="De volledige verwijzing: organisatie of auteur, jaar, titel of pagina.",
    )
    url: StrictStr | None = Field(default=None, description="Het webadres van de bron.")
    last_checked: dt.date = Field(
        description="De dag waarop iemand deze bron echt heeft gelezen (JJJJ-MM-DD)."
    )


class QuestionBase(Strict):
    id: Id
    text: Text = Field(description="De vraag zelf.")
    hint: Text | None = Field(default=None, description="Een korte uitleg onder de vraag.")
    show_when: Condition | None = Field(
        default=None, description="Stel de vraag alleen als deze voorwaarde waar is."
    )
    lint_ignore: LintIgnores = Field(default_factory=list)
    summary: bool = Field(
        default=False,
        description="Toon het antwoord op de uitslag onder 'Wat je zei' "
        "(voor antwoorden over wat iemand belangrijk vindt of wil).",
    )


class SingleQuestion(QuestionBase):
    """Een vraag met een antwoord uit een lijst."""

    type: Literal["single"]
    options: list[Option] = Field(min_length=2)


class MultiQuestion(QuestionBase):
    """Een vraag waarbij iemand meer antwoorden kan kiezen."""

    type: Literal["multi"]
    options: list[Option] = Field(min_length=2)
    exclusive: list[Value] = Field(
        default_factory=list,
        description="Waarden die niet samen met andere gekozen kunnen worden (bijvoorbeeld 'geen').",
    )


class ScaleQuestion(QuestionBase):
    """Een stelling met een schaal (bijvoorbeeld van 'helemaal niet' tot 'helemaal wel').
    Zet de opties in volgorde: at_least en at_most kijken naar die volgorde."""

    type: Literal["scale"]
    options: list[Option] = Field(min_length=2)


class TextQuestion(QuestionBase):
    """Een open vraag met een kort antwoord in eigen woorden."""

    type: Literal["text"]
    max_length: int = Field(default=500, ge=1, le=2000)
    placeholder: Text | None = None


class RelationChoice(Strict):
    """Een antwoord op 'Hoe ken je deze persoon?' bij de netwerkvraag."""

    value: Id = Field(
        description="De soort relatie: partner, family, friend, neighbour, colleague, school, "
        "club of professional (de kaart kent alleen deze). Opgeslagen checks bewaren deze waarde."
    )
    label: Text = Field(description="Hoe de keuze heet in de lijst.")
    when: Condition | None = Field(
        default=None,
        description="Bied deze keuze alleen aan als deze voorwaarde waar is (bijvoorbeeld "
        "alleen onder de 18: school en klasgenoten). Alleen eerdere vragen.",
    )


class NetworkQuestion(QuestionBase):
    """De netwerkvraag: iemand noemt de mensen in zijn of haar leven."""

    type: Literal["network"]
    relations: list[RelationChoice] | None = Field(
        default=None,
        min_length=1,
        description="De keuzes bij 'Hoe ken je deze persoon?', in deze volgorde, elk met een "
        "voorwaarde als die niet voor iedereen past. Zonder deze lijst: alle soorten.",
    )


Question = Annotated[
    SingleQuestion | MultiQuestion | ScaleQuestion | TextQuestion | NetworkQuestion,
    Field(discriminator="type"),
]

ChoiceQuestion = SingleQuestion | MultiQuestion | ScaleQuestion


class QuestionFile(Strict):
    """Een bestand met de vragen van een thema, in de volgorde waarin ze gesteld worden."""

    theme: Id = Field(description="Het thema (uit themes.yaml) waar deze vragen bij horen.")
    sources: list[StrictStr] = Field(min_length=1, description="Waar de inhoud op gebaseerd is.")
    questions: list[Question] = Field(min_length=1)


class ThemesFile(Strict):
    """De thema's in de volgorde waarin ze aan bod komen."""

    version: StrictStr = Field(
        description="Versie van de inhoud; komt mee in elke opgeslagen check."
    )
    max_suggestions: int = Field(
        default=6, ge=1, le=12, description="Hoeveel suggesties de uitslag hoogstens laat zien."
    )
    max_per_kind: int = Field(default=2, ge=1, le=12)
    contented_when: Condition | None = Field(
        default=None,
        description=(
            "Wanneer iemand tevreden is met zijn of haar netwerk. Suggesties met "
            "'contented: hide' worden dan niet getoond."
        ),
    )
    sources: list[StrictStr] = Field(min_length=1)
    themes: list[Theme] = Field(min_length=1)


SuggestionKind = Literal["reflect", "try", "find", "talk"]


class Suggestion(Strict):
    """Een suggestie: een uitnodiging, geen opdracht. Geen getallen als norm."""

    id: Id
    kind: SuggestionKind = Field(
        description="reflect: een vraag om over na te denken; try: een kleine stap; "
        "find: een aanbod in de buurt of landelijk; talk: iemand om mee te praten."
    )
    title: Text
    text: Text
    when: Condition = Field(description="Wanneer deze suggestie past.")
    priority: int = Field(
        default=0,
        ge=0,
        le=100,
        description="Extra gewicht (0-100) bovenop hoe specifiek de voorwaarde is; "
        "50 telt ongeveer als een extra specifiek antwoord. Meestal niet nodig.",
    )
    always: bool = Field(
        default=False,
        description="true: altijd tonen als de voorwaarde waar is, ook als de uitslag al vol is "
        "(bijvoorbeeld bij een leeg netwerk).",
    )
    contented: Literal["hide", "show"] = Field(
        default="hide",
        description="hide: niet tonen als iemand tevreden is met zijn of haar netwerk.",
    )
    link: StrictStr | None = Field(default=None, description="Een website of telefoonnummer.")
    source: Source | None = Field(
        default=None,
        description="De openbare bron voor een aanbod of nummer (verplicht bij een link).",
    )
    lint_ignore: LintIgnores = Field(default_factory=list)


class SuggestionFile(Strict):
    """Een bestand met suggesties."""

    sources: list[StrictStr] = Field(min_length=1)
    suggestions: list[Suggestion] = Field(min_length=1)
