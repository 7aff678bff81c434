"""Strings of the app's history, compare and forget-everything screens.

The command line's history and forget strings live in i18n/store.py; these screens
reuse some of those (store.forget.*, history.finished ...) so both say the same.
Calm wording: a comparison says what is different, never whether it is better.
"""

from __future__ import annotations

HISTORY: dict[str, dict[str, str]] = {
    # --- keys and buttons -----------------------------------------------------------------
    "hist.key.open": {"nl": "Eerdere checks", "en": "Earlier checks"},
    "hist.key.view": {"nl": "Bekijken", "en": "View"},
    "hist.key.mark": {"nl": "Kiezen", "en": "Select"},
    "hist.key.compare": {"nl": "Vergelijken", "en": "Compare"},
    "hist.key.delete": {"nl": "Wissen", "en": "Delete"},
    "hist.key.forget": {"nl": "Alles vergeten", "en": "Forget everything"},
    # --- the list -------------------------------------------------------------------------
    "hist.title": {"nl": "Eerdere checks", "en": "Earlier checks"},
    "hist.intro": {
        "nl": "Dit zijn de checks die op deze computer bewaard zijn, de nieuwste eerst. "
        "Checks uit de hulpverlenersmodus staan hier niet. "
        "Kies er een met de pijltjes. Met Enter bekijk je hem. "
        "Met de spatiebalk kies je er twee om te vergelijken.",
        "en": "These are the checks kept on this computer, newest first. "
        "Checks from counsellor mode are not shown here. "
        "Choose one with the arrow keys. Press Enter to view it. "
        "Press Space to pick two to compare.",
    },
    "hist.nothing": {
        "nl": "Er is (nog) niets bewaard op deze computer.",
        "en": "Nothing has been kept on this computer (yet).",
    },
    "hist.nothing_own": {
        "nl": "Er zijn (nog) geen eigen checks bewaard op deze computer. "
        "Checks uit de hulpverlenersmodus staan hier niet.",
        "en": "None of your own checks have been kept on this computer (yet). "
        "Checks from counsellor mode are not shown here.",
    },
    "hist.saving_off": {
        "nl": "Opslaan staat uit. Daarom is hier niets te zien.",
        "en": "Saving is off. So there is nothing to show here.",
    },
    "hist.row": {
        "nl": "{date}  ·  {state}  ·  {content}",
        "en": "{date}  ·  {state}  ·  {content}",
    },
    "hist.row_client": {"nl": "voor {client}", "en": "for {client}"},
    "hist.row_open": {"nl": "(nu open)", "en": "(open now)"},
    "hist.pick_two": {
        "nl": "Kies eerst twee checks met de spatiebalk. Daarna kun je ze vergelijken.",
        "en": "First pick two checks with Space. Then you can compare them.",
    },
    "hist.viewing": {
        "nl": "Check van {date}. Je kijkt alleen; er verandert niets.",
        "en": "Check of {date}. You are only looking; nothing changes.",
    },
    "hist.load_failed": {
        "nl": "Deze check kon niet worden geopend.",
        "en": "This check could not be opened.",
    },
    # --- delete one -----------------------------------------------------------------------
    "hist.delete.title": {"nl": "Deze check wissen?", "en": "Delete this check?"},
    "hist.delete.body": {
        "nl": "De check van {date} wordt van deze computer gewist. Dat kan niet worden "
        "teruggedraaid. Exports die je zelf hebt gemaakt, blijven bestaan.",
        "en": "The check of {date} will be deleted from this computer. This cannot be "
        "undone. Exports you made yourself stay where they are.",
    },
    "hist.delete.yes": {"nl": "Ja, wissen", "en": "Yes, delete"},
    "hist.delete.no": {"nl": "Nee, bewaren", "en": "No, keep it"},
    "hist.deleted": {
        "nl": "De check van {date} is gewist.",
        "en": "The check of {date} was deleted.",
    },
    "hist.deleted_open": {
        "nl": "Dit was de check die nu open is. Wat je daarin nog verandert, wordt niet "
        "meer bewaard.",
        "en": "This was the check that is open now. Changes you still make to it are no "
        "longer kept.",
    },
    "hist.delete_failed": {
        "nl": "Wissen lukte niet: {reason}. Er is niets veranderd.",
        "en": "Deleting did not work: {reason}. Nothing has changed.",
    },
    # --- compare --------------------------------------------------------------------------
    "cmp.title": {"nl": "Wat is er anders?", "en": "What is different?"},
    "cmp.intro": {
        "nl": "Je check van {then} naast die van {now}. Hier staat wat anders is. "
        "Anders is niet beter of slechter: het is iets om even bij stil te staan.",
        "en": "Your check of {then} next to the one of {now}. This shows what is different. "
        "Different is not better or worse: it is something to think about for a moment.",
    },
    "cmp.other_content": {
        "nl": "Deze checks zijn gemaakt met verschillende versies van de vragen "
        "({then} en {now}). Sommige vragen of antwoorden kunnen in de tussentijd "
        "veranderd zijn.",
        "en": "These checks were made with different versions of the questions "
        "({then} and {now}). Some questions or answers may have changed in between.",
    },
    "cmp.network": {"nl": "Je netwerk, toen en nu", "en": "Your network, then and now"},
    "cmp.then": {"nl": "Toen ({date})", "en": "Then ({date})"},
    "cmp.now": {"nl": "Nu ({date})", "en": "Now ({date})"},
    "cmp.no_network": {
        "nl": "Toen en nu is er geen netwerk ingevuld.",
        "en": "No network was filled in, then or now.",
    },
    "cmp.people_same": {
        "nl": "Dezelfde mensen, in dezelfde cirkels als toen.",
        "en": "The same people, in the same circles as then.",
    },
    "cmp.person.added": {
        "nl": "Nu ook genoemd: {name} ({circle})",
        "en": "Named now too: {name} ({circle})",
    },
    "cmp.person.removed": {
        "nl": "Toen genoemd, nu niet: {name} ({circle})",
        "en": "Named then, not now: {name} ({circle})",
    },
    "cmp.person.moved": {
        "nl": "{name}: toen {then}, nu {now}",
        "en": "{name}: then {then}, now {now}",
    },
    "cmp.answers": {"nl": "Antwoorden die anders zijn", "en": "Answers that are different"},
    "cmp.answers_same": {
        "nl": "Je antwoorden zijn hetzelfde als toen.",
        "en": "Your answers are the same as then.",
    },
    "cmp.was": {"nl": "toen: {answer}", "en": "then: {answer}"},
    "cmp.is": {"nl": "nu: {answer}", "en": "now: {answer}"},
    "cmp.not_answered": {"nl": "(niet ingevuld)", "en": "(not answered)"},
    "cmp.unknown_question": {
        "nl": "Een vraag die er nu niet meer is ({id})",
        "en": "A question that is no longer asked ({id})",
    },
    "cmp.suggestions": {"nl": "Suggesties, nu en toen", "en": "Suggestions, now and then"},
    "cmp.sugg.new": {"nl": "Nu erbij", "en": "New now"},
    "cmp.sugg.gone": {"nl": "Toen wel, nu niet", "en": "Then, not now"},
    "cmp.sugg.still": {"nl": "Toen en nu", "en": "Then and now"},
    "cmp.sugg.none": {
        "nl": "Toen en nu waren er geen suggesties bij je antwoorden.",
        "en": "There were no suggestions for your answers, then or now.",
    },
    # --- forget everything ----------------------------------------------------------------
    "fg.title": {"nl": "Alles vergeten", "en": "Forget everything"},
    "fg.label": {
        "nl": "Wil je echt alles wissen? Typ dan {word} en druk op Enter.",
        "en": "Do you really want to delete everything? Then type {word} and press Enter.",
    },
    "fg.button": {"nl": "Alles wissen", "en": "Delete everything"},
    "fg.wrong": {
        "nl": "Dat is niet het woord {word}. Er is niets gewist.",
        "en": "That is not the word {word}. Nothing was deleted.",
    },
    "fg.done": {
        "nl": "Alles wat netwerkcheck had bewaard, is gewist. Opslaan staat nu uit.",
        "en": "Everything netwerkcheck had kept is deleted. Saving is off now.",
    },
    "fg.clients_too": {
        "nl": "Let op: op deze computer staan ook {checks} check(s) uit de "
        "hulpverlenersmodus, van {clients} cliënt(en). Die worden ook gewist.",
        "en": "Please note: this computer also keeps {checks} check(s) from counsellor "
        "mode, of {clients} client(s). Those are deleted too.",
    },
    "fg.failed": {
        "nl": "Wissen lukte niet helemaal: {reason}. Je kunt het later nog eens proberen.",
        "en": "Deleting did not fully work: {reason}. You can try again later.",
    },
    # --- `netwerkcheck history` -----------------------------------------------------------
    "history.none_own": {
        "nl": "Er zijn nog geen eigen checks opgeslagen.",
        "en": "None of your own checks have been saved yet.",
    },
    "history.clients_hidden": {
        "nl": "{count} check(s) uit de hulpverlenersmodus staan hier niet. "
        "Die zie je met: netwerkcheck --counsellor",
        "en": "{count} check(s) from counsellor mode are not listed here. "
        "They are shown in: netwerkcheck --counsellor",
    },
    "history.clients_help": {
        "nl": "de checks uit de hulpverlenersmodus laten zien, met schuilnaam",
        "en": "list the checks from counsellor mode, with pseudonym",
    },
    "history.clients_header": {
        "nl": "Checks uit de hulpverlenersmodus (nieuwste eerst):",
        "en": "Checks from counsellor mode (newest first):",
    },
    "history.clients_none": {
        "nl": "Er zijn geen checks uit de hulpverlenersmodus opgeslagen.",
        "en": "No checks from counsellor mode have been saved.",
    },
}
