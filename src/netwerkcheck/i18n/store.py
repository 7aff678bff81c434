"""Strings of saving, history, export and forget (store, report.export, commands)."""

from __future__ import annotations

STORE: dict[str, dict[str, str]] = {
    # --- errors (StoreError.message) ------------------------------------------------------
    "store.err.generic": {
        "nl": "Er ging iets mis met de opgeslagen gegevens.",
        "en": "Something went wrong with the saved data.",
    },
    "store.err.save": {
        "nl": "Opslaan lukte niet: {reason}. Wat al was opgeslagen, is niet veranderd. "
        "Je kunt verder zonder op te slaan, of je uitslag exporteren.",
        "en": "Saving did not work: {reason}. What was saved before has not changed. "
        "You can go on without saving, or export your results.",
    },
    "store.err.locked": {
        "nl": "Netwerkcheck is al open in een ander venster. Sluit dat eerst. "
        "Hier wordt niets opgeslagen.",
        "en": "Netwerkcheck is already open in another window. Close that one first. "
        "Nothing is saved here.",
    },
    "store.err.closed": {
        "nl": "Opslaan staat uit. Er wordt niets opgeslagen.",
        "en": "Saving is off. Nothing is saved.",
    },
    "store.err.not_found": {
        "nl": "Er is geen opgeslagen check met de naam {id}.",
        "en": "There is no saved check called {id}.",
    },
    "store.reason.disk_full": {"nl": "de schijf is vol", "en": "the disk is full"},
    "store.reason.read_only": {
        "nl": "de map kan alleen gelezen worden",
        "en": "the folder is read-only",
    },
    "store.reason.no_permission": {
        "nl": "er is geen toestemming om in de map te schrijven",
        "en": "there is no permission to write in the folder",
    },
    "store.reason.other": {
        "nl": "het bestand kon niet worden geschreven",
        "en": "the file could not be written",
    },
    # --- notices --------------------------------------------------------------------------
    "store.notice.repaired": {
        "nl": "De rechten van {count} opgeslagen bestand(en) of map(pen) zijn hersteld, "
        "zodat alleen jij ze kunt lezen.",
        "en": "The permissions of {count} saved file(s) or folder(s) were repaired, "
        "so that only you can read them.",
    },
    "store.notice.unreadable": {
        "nl": "Het bestand {name} kon niet worden gelezen. Het is niet veranderd.",
        "en": "The file {name} could not be read. It has not been changed.",
    },
    "store.notice.set_aside_bad": {
        "nl": "Een opgeslagen check ({name}) kon niet worden gelezen: {why}. "
        "Het bestand is opzij gezet als {aside} en niet veranderd.",
        "en": "A saved check ({name}) could not be read: {why}. "
        "The file was set aside as {aside} and has not been changed.",
    },
    "store.notice.set_aside_newer": {
        "nl": "Een opgeslagen check ({name}) is gemaakt met een nieuwere versie van "
        "netwerkcheck. Het bestand is opzij gezet als {aside} en niet veranderd.",
        "en": "A saved check ({name}) was made with a newer version of netwerkcheck. "
        "The file was set aside as {aside} and has not been changed.",
    },
    "store.notice.restored": {
        "nl": "Voor {name} is de vorige opgeslagen versie teruggezet.",
        "en": "For {name} the previous saved version was restored.",
    },
    "store.bad.empty": {"nl": "het bestand is leeg", "en": "the file is empty"},
    "store.bad.not_utf8": {
        "nl": "het bestand bevat onleesbare tekens",
        "en": "the file contains unreadable characters",
    },
    "store.bad.not_json": {
        "nl": "het bestand is beschadigd of niet helemaal opgeslagen",
        "en": "the file is damaged or was not saved completely",
    },
    "store.bad.wrong_schema": {
        "nl": "het bestand is geen check die netwerkcheck kent",
        "en": "the file is not a check netwerkcheck knows",
    },
    "store.bad.future": {
        "nl": "het bestand komt van een nieuwere versie",
        "en": "the file comes from a newer version",
    },
    "store.bad.unreadable": {
        "nl": "het bestand kon niet worden gelezen",
        "en": "it could not be read",
    },
    "store.bad.missing": {"nl": "het bestand ontbreekt", "en": "the file is missing"},
    # --- history --------------------------------------------------------------------------
    "history.none": {
        "nl": "Er zijn nog geen checks opgeslagen.",
        "en": "No checks have been saved yet.",
    },
    "history.header": {
        "nl": "Opgeslagen checks (nieuwste eerst):",
        "en": "Saved checks (newest first):",
    },
    "history.finished": {"nl": "af", "en": "finished"},
    "history.unfinished": {"nl": "nog niet af", "en": "not finished"},
    "history.content": {"nl": "inhoud {version}", "en": "content {version}"},
    "history.hint": {
        "nl": "Exporteren: netwerkcheck export ID --format md|html|txt [-o BESTAND]",
        "en": "To export: netwerkcheck export ID --format md|html|txt [-o FILE]",
    },
    # --- forget ---------------------------------------------------------------------------
    "store.forget.word": {"nl": "VERGETEN", "en": "FORGET"},
    "store.forget.what": {
        "nl": "Dit wist alles wat netwerkcheck op deze computer heeft opgeslagen "
        "({count} check(s)), in de map {path}.",
        "en": "This deletes everything netwerkcheck has saved on this computer "
        "({count} check(s)), in the folder {path}.",
    },
    "store.forget.limits": {
        "nl": "Wat netwerkcheck niet kan wissen: kopieën en exports die je zelf hebt gemaakt, "
        "back-ups van je computer, en resten die een schijf (vooral een SSD) nog even "
        "bewaart. Die kun je alleen zelf of met andere hulpmiddelen weghalen.",
        "en": "What netwerkcheck cannot delete: copies and exports you made yourself, "
        "backups of your computer, and traces a disk (especially an SSD) may keep for a "
        "while. Only you, or other tools, can remove those.",
    },
    "store.forget.prompt": {
        "nl": "Typ {word} om alles te wissen (of druk op Enter om te stoppen): ",
        "en": "Type {word} to delete everything (or press Enter to stop): ",
    },
    "store.forget.cancelled": {
        "nl": "Er is niets gewist.",
        "en": "Nothing was deleted.",
    },
    "store.forget.done": {
        "nl": "Alles is gewist ({count} bestand(en)).",
        "en": "Everything was deleted ({count} file(s)).",
    },
    "store.forget.nothing": {
        "nl": "Er was niets opgeslagen om te wissen.",
        "en": "There was nothing saved to delete.",
    },
    "store.forget.help": {
        "nl": "alles wissen wat netwerkcheck heeft opgeslagen",
        "en": "delete everything netwerkcheck has saved",
    },
    "store.forget.confirm_help": {
        "nl": "het bevestigingswoord ({word}), voor scripts",
        "en": "the confirmation word ({word}), for scripts",
    },
    # --- export ---------------------------------------------------------------------------
    "export.help": {
        "nl": "een opgeslagen check exporteren naar Markdown, HTML of tekst",
        "en": "export a saved check as Markdown, HTML or text",
    },
    "export.saved_to": {
        "nl": "De export staat in {path}. Alleen jij kunt dit bestand lezen.",
        "en": "The export is in {path}. Only you can read this file.",
    },
    "export.ambiguous": {
        "nl": "Meer checks beginnen met {id}. Typ meer tekens van de naam.",
        "en": "More than one check starts with {id}. Type more of the name.",
    },
    "export.no_content": {
        "nl": "De inhoud kon niet worden geladen; de export toont alleen de opgeslagen antwoorden.",
        "en": "The content could not be loaded; the export shows only the saved answers.",
    },
    "export.title": {"nl": "Mijn netwerkcheck", "en": "My network check"},
    "export.made_on": {"nl": "Gemaakt op {date}", "en": "Made on {date}"},
    "export.for_client": {"nl": "Voor: {name}", "en": "For: {name}"},
    "export.unfinished": {
        "nl": "Deze check is nog niet af.",
        "en": "This check is not finished yet.",
    },
    "export.answers": {"nl": "Je antwoorden", "en": "Your answers"},
    "export.skipped": {"nl": "(overgeslagen)", "en": "(skipped)"},
    "export.see_network": {
        "nl": "(zie je netwerk bovenaan)",
        "en": "(see your network at the top)",
    },
    "export.network": {"nl": "Je netwerk", "en": "Your network"},
    "export.network_empty": {
        "nl": "Je hebt (nog) niemand genoemd.",
        "en": "You have not named anyone (yet).",
    },
    "export.gives": {"nl": "geeft: {supports}", "en": "gives: {supports}"},
    "export.suggestions": {"nl": "Suggesties", "en": "Suggestions"},
    "export.no_suggestions": {
        "nl": "Er zijn geen suggesties bij deze antwoorden.",
        "en": "There are no suggestions for these answers.",
    },
    "export.contented": {
        "nl": "Je zei dat je tevreden bent met je contacten. Dat telt.",
        "en": "You said you are happy with your contacts. That counts.",
    },
    "export.why": {"nl": "Waarom je dit ziet", "en": "Why you see this"},
    "export.talk_about": {"nl": "Om over te praten", "en": "To talk about"},
    "export.notes": {"nl": "Notities", "en": "Notes"},
    "export.help_title": {"nl": "Hulp", "en": "Help"},
    # Only when the content (with help.yaml) cannot be loaded; otherwise help comes from there.
    "export.help_line": {
        "nl": "Wil je met iemand praten? De Luisterlijn is er dag en nacht: 088 0767 000. "
        "Denk je aan zelfdoding? Bel gratis 113 of 0800-0113. Bij direct gevaar: bel 112.",
        "en": "Would you like to talk to someone? De Luisterlijn is there day and night: "
        "088 0767 000. Thinking about suicide? Call 113 or 0800-0113 for free. "
        "In immediate danger: call 112.",
    },
    "export.not_a_test": {
        "nl": "Deze check is geen test en geen diagnose. Er is geen goed of fout netwerk.",
        "en": "This check is not a test or a diagnosis. There is no right or wrong network.",
    },
    "export.footer": {
        "nl": "Gemaakt met netwerkcheck {app}, inhoud {content}.",
        "en": "Made with netwerkcheck {app}, content {content}.",
    },
    "export.picture_label": {
        "nl": "Je netwerk als tekening in cirkels",
        "en": "Your network drawn as circles",
    },
}
