"""Messages of the content editors' toolkit: check, preview, schema, personas, style."""

from __future__ import annotations

TOOLING: dict[str, dict[str, str]] = {
    # --- cross-checks -----------------------------------------------------------------
    "tool.missing_lang": {
        "nl": "de tekst in taal '{field}' ontbreekt; elke tekst heeft nl en en",
        "en": "the text in language '{field}' is missing; every text has nl and en",
    },
    "tool.no_options": {
        "nl": "vraag '{question}' is van het type {qtype} en heeft geen antwoordopties; "
        "gebruik hier 'answered'",
        "en": "question '{question}' is of type {qtype} and has no options; use 'answered' here",
    },
    "tool.never_shown": {
        "nl": "vraag '{id}' wordt nooit gesteld: deze voorwaarde kan nooit waar zijn",
        "en": "question '{id}' is never asked: this condition can never be true",
    },
    "tool.never_true": {
        "nl": "suggestie '{id}' komt nooit in beeld: deze voorwaarde kan nooit waar zijn "
        "(kijk of twee delen elkaar uitsluiten)",
        "en": "suggestion '{id}' is never shown: this condition can never be true "
        "(check whether two parts rule each other out)",
    },
    "tool.always_contented": {
        "nl": "suggestie '{id}' komt nooit in beeld: als deze voorwaarde waar is, is iemand "
        "altijd tevreden (contented_when), en de suggestie heeft 'contented: hide'",
        "en": "suggestion '{id}' is never shown: whenever this condition is true the person is "
        "content (contented_when), and the suggestion has 'contented: hide'",
    },
    "tool.never_contented": {
        "nl": "contented_when kan nooit waar zijn, dus 'contented: hide' doet niets",
        "en": "contented_when can never be true, so 'contented: hide' does nothing",
    },
    "tool.overlay_ignored": {
        "nl": "'{name}' wordt in een overlay niet gebruikt; een overlay kan suggestions/, "
        "personas/ en help.yaml bevatten",
        "en": "'{name}' is not used in an overlay; an overlay can hold suggestions/, personas/ "
        "and help.yaml",
    },
    "tool.schema_line": {
        "nl": "de eerste regel wijst niet naar het schema; zet bovenaan: {line}",
        "en": "the first line does not point at the schema; put at the top: {line}",
    },
    # --- style ---------------------------------------------------------------------------
    "tool.style": {
        "nl": "'{found}' ({rule}): liever {prefer}",
        "en": "'{found}' ({rule}): rather {prefer}",
    },
    "tool.readability": {
        "nl": "deze tekst is misschien moeilijker dan B1 (Flesch-Douma {score}, drempel "
        "{threshold}); probeer kortere zinnen en kortere woorden",
        "en": "this text may read above B1 (Flesch-Douma {score}, threshold {threshold}); "
        "try shorter sentences and shorter words",
    },
    "tool.ignore_unknown_rule": {
        "nl": "onbekende stijlregel '{rule}' in lint_ignore{hint}",
        "en": "unknown style rule '{rule}' in lint_ignore{hint}",
    },
    "tool.ignore_unused": {
        "nl": "lint_ignore '{rule}' is niet (meer) nodig",
        "en": "lint_ignore '{rule}' is not needed (any more)",
    },
    "tool.bad_regex": {
        "nl": "dit patroon is geen geldige reguliere expressie: {detail}",
        "en": "this pattern is not a valid regular expression: {detail}",
    },
    # --- personas ------------------------------------------------------------------------
    "tool.persona_dup": {
        "nl": "er is al een persona met de naam '{name}' (in {other})",
        "en": "there is already a persona named '{name}' (in {other})",
    },
    "tool.persona_value": {
        "nl": "vraag '{question}' heeft geen antwoord '{value}'{hint}",
        "en": "question '{question}' has no answer '{value}'{hint}",
    },
    "tool.persona_shape": {
        "nl": "vraag '{question}' is van het type {qtype}; geef hier {expected}",
        "en": "question '{question}' is of type {qtype}; give {expected} here",
    },
    "tool.shape_one": {"nl": "een waarde", "en": "one value"},
    "tool.shape_list": {"nl": "een lijst van waarden", "en": "a list of values"},
    "tool.shape_text": {"nl": "een tekst", "en": "a text"},
    "tool.shape_people": {
        "nl": "een lijst van mensen (name, relation, circle, ...)",
        "en": "a list of people (name, relation, circle, ...)",
    },
    "tool.persona_exclusive": {
        "nl": "'{value}' kan niet samen met andere antwoorden gekozen worden",
        "en": "'{value}' cannot be chosen together with other answers",
    },
    "tool.persona_not_asked": {
        "nl": "persona '{name}' krijgt vraag '{question}' niet te zien; dit antwoord telt niet mee",
        "en": "persona '{name}' is not asked question '{question}'; this answer does not count",
    },
    "tool.persona_missing": {
        "nl": "persona '{name}' zou suggestie '{id}' moeten krijgen, maar krijgt die niet{why}",
        "en": "persona '{name}' should get suggestion '{id}' but does not{why}",
    },
    "tool.persona_asked": {
        "nl": "persona '{name}' krijgt vraag '{question}', maar die staat bij not_asked",
        "en": "persona '{name}' is asked question '{question}', which is listed under not_asked",
    },
    "tool.persona_relation_missing": {
        "nl": "persona '{name}' kan relatie '{relation}' niet kiezen, maar die staat bij relations",
        "en": "persona '{name}' cannot choose relation '{relation}', which is listed under relations",
    },
    "tool.persona_relation_unwanted": {
        "nl": "persona '{name}' kan relatie '{relation}' kiezen, maar die staat bij no_relations",
        "en": "persona '{name}' can choose relation '{relation}', which is listed under no_relations",
    },
    "tool.persona_relation_not_offered": {
        "nl": "persona '{name}' noemt iemand als '{relation}', maar die keuze krijgt deze persona niet",
        "en": "persona '{name}' names someone as '{relation}', a choice this persona is not offered",
    },
    "tool.persona_unwanted": {
        "nl": "persona '{name}' krijgt suggestie '{id}', maar die staat bij excludes",
        "en": "persona '{name}' gets suggestion '{id}', which is listed under excludes",
    },
    "tool.why_condition": {
        "nl": " (de voorwaarde is niet waar)",
        "en": " (its condition is not true)",
    },
    "tool.why_contented": {
        "nl": " (de persona is tevreden en de suggestie heeft 'contented: hide')",
        "en": " (the persona is content and the suggestion has 'contented: hide')",
    },
    "tool.why_capped": {
        "nl": " (de voorwaarde is waar, maar andere suggesties gaan voor: max_suggestions of "
        "max_per_kind)",
        "en": " (its condition is true, but other suggestions come first: max_suggestions or "
        "max_per_kind)",
    },
    "tool.persona_help_missing": {
        "nl": "persona '{name}' zou hulp '{id}' moeten zien, maar ziet die niet",
        "en": "persona '{name}' should see help '{id}' but does not",
    },
    "tool.persona_help_unwanted": {
        "nl": "persona '{name}' zou geen hulp moeten zien, maar ziet: {ids}",
        "en": "persona '{name}' should see no help, but sees: {ids}",
    },
    "tool.help_skipped": {
        "nl": "hulpverwachtingen van persona's zijn overgeslagen: de hulpregels zijn er nog niet",
        "en": "help expectations of personas were skipped: the help rules are not there yet",
    },
    "tool.untriggered": {
        "nl": "geen enkele persona krijgt suggestie '{id}'; voeg een persona toe die deze "
        "suggestie laat zien",
        "en": "no persona gets suggestion '{id}'; add a persona that shows this suggestion",
    },
    "tool.preview_limited": {
        "nl": "  (een hulpregel laat alleen deze soorten zien: {kinds})",
        "en": "  (a help rule shows only these kinds: {kinds})",
    },
    "tool.preview_specific": {"nl": "past {score}, specifiek", "en": "fit {score}, specific"},
    "tool.preview_generic": {"nl": "past {score}, algemeen", "en": "fit {score}, general"},
    "tool.preview_always": {"nl": "altijd", "en": "always"},
    "tool.unseen": {
        "nl": "geen enkele persona ziet suggestie '{id}': de voorwaarde is soms waar, maar "
        "andere suggesties gaan altijd voor; voeg een persona toe of maak de voorwaarde "
        "specifieker",
        "en": "no persona sees suggestion '{id}': its condition is sometimes true, but other "
        "suggestions always come first; add a persona or make the condition more specific",
    },
    "tool.unread_option": {
        "nl": "geen enkele voorwaarde leest antwoord '{value}' van vraag '{question}'; "
        "laat een suggestie of hulpregel erop reageren, of haal het antwoord weg",
        "en": "no condition reads answer '{value}' of question '{question}'; let a suggestion "
        "or help rule respond to it, or remove the answer",
    },
    "tool.untriggered_help": {
        "nl": "geen enkele persona ziet hulpregel '{id}'",
        "en": "no persona sees help rule '{id}'",
    },
    "tool.personas_skipped": {
        "nl": "de persona's zijn niet uitgevoerd omdat de inhoud fouten bevat",
        "en": "the personas were not run because the content has errors",
    },
    "tool.unknown_persona": {
        "nl": "onbekende persona '{name}'{hint}",
        "en": "unknown persona '{name}'{hint}",
    },
    # --- command output ---------------------------------------------------------------------
    "tool.check_ok": {
        "nl": "De inhoud is in orde: {questions} vragen, {suggestions} suggesties, "
        "{personas} persona's, {warnings} waarschuwing(en).",
        "en": "The content is fine: {questions} questions, {suggestions} suggestions, "
        "{personas} personas, {warnings} warning(s).",
    },
    "tool.schema_written": {
        "nl": "Schema geschreven: {path}",
        "en": "Schema written: {path}",
    },
    "tool.schema_unchanged": {
        "nl": "Schema ongewijzigd: {path}",
        "en": "Schema unchanged: {path}",
    },
    "tool.preview_title": {
        "nl": "Persona: {name}",
        "en": "Persona: {name}",
    },
    "tool.preview_questions": {
        "nl": "Vragen die deze persona krijgt:",
        "en": "Questions this persona is asked:",
    },
    "tool.preview_relations": {
        "nl": "(relaties om uit te kiezen: {choices})",
        "en": "(relations to choose from: {choices})",
    },
    "tool.preview_no_answer": {"nl": "(geen antwoord)", "en": "(no answer)"},
    "tool.preview_people": {"nl": "{count} mensen", "en": "{count} people"},
    "tool.preview_suggestions": {"nl": "Suggesties:", "en": "Suggestions:"},
    "tool.preview_none": {"nl": "(geen)", "en": "(none)"},
    "tool.preview_contented": {
        "nl": "Deze persona is tevreden met het netwerk (contented_when is waar).",
        "en": "This persona is content with their network (contented_when is true).",
    },
    "tool.preview_help": {"nl": "Hulp:", "en": "Help:"},
    "tool.preview_help_absent": {
        "nl": "(de hulpregels zijn er nog niet)",
        "en": "(the help rules are not there yet)",
    },
    "tool.reason_always": {
        "nl": "(zonder bepaald antwoord)",
        "en": "(not tied to a particular answer)",
    },
    "tool.kind.reflect": {"nl": "Om over na te denken", "en": "To think about"},
    "tool.kind.try": {"nl": "Iets om te proberen", "en": "Something to try"},
    "tool.kind.find": {"nl": "Iets om te vinden", "en": "Something to find"},
    "tool.kind.talk": {"nl": "Iemand om mee te praten", "en": "Someone to talk to"},
}
