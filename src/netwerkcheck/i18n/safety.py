"""Strings of writing files safely (plain mode's export prompt, the export command)."""

from __future__ import annotations

SAFETY: dict[str, dict[str, str]] = {
    "safety.export_help": {
        "nl": "Hier kun je je uitkomst als bestand bewaren, bijvoorbeeld uitkomst.html "
        "(of .md of .txt). Druk op Enter als je geen bestand wilt.",
        "en": "Here you can keep your results as a file, for example results.html "
        "(or .md or .txt). Press Enter if you do not want a file.",
    },
    "safety.export_short": {
        "nl": "Dat is wel een erg korte naam. Typ een bestandsnaam van een paar letters, "
        "of druk op Enter als je geen bestand wilt.",
        "en": "That is a very short name. Type a file name of a few letters, "
        "or press Enter if you do not want a file.",
    },
    "safety.export_exists": {
        "nl": "Er staat al een bestand {path}. Dat blijft zoals het is. Kies een andere naam.",
        "en": "There is already a file {path}. It stays as it is. Choose another name.",
    },
    "safety.export_confirm": {
        "nl": "Je uitkomst (met al je antwoorden) bewaren in {path}? (j/n) ",
        "en": "Keep your results (with all your answers) in {path}? (y/n) ",
    },
    "export.force_help": {
        "nl": "een bestaand bestand vervangen (zonder deze optie wordt er nooit iets overschreven)",
        "en": "replace an existing file (without this option nothing is ever overwritten)",
    },
    "export.exists_hint": {
        "nl": "Gebruik --force als je het bestand wilt vervangen.",
        "en": "Use --force if you want to replace the file.",
    },
}
