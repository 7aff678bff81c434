"""Strings of `netwerkcheck serve` (the check in the browser) and its page."""

from __future__ import annotations

SERVE: dict[str, dict[str, str]] = {
    "serve.help": {
        "nl": "dezelfde check in je browser, alleen op deze computer",
        "en": "the same check in your browser, on this computer only",
    },
    "serve.description": {
        "nl": (
            "Toont dezelfde check in je eigen browser. De check in de terminal opent\n"
            "geen enkele netwerkverbinding. 'serve' opent er één: een lokale verbinding\n"
            "(127.0.0.1) tussen dit programma en je browser, op deze computer, en verder\n"
            "niets. Het adres bevat een code die één keer werkt. Er wordt niets van buiten\n"
            "deze computer geladen. Stoppen: Ctrl+C.\n\n"
            "Gebruik je een schermlezer? Dan werkt 'netwerkcheck --plain' in een terminal\n"
            "het best."
        ),
        "en": (
            "Shows the same check in your own browser. The check in the terminal opens\n"
            "no network connection at all. 'serve' opens one: a local connection\n"
            "(127.0.0.1) between this program and your browser, on this computer, and\n"
            "nothing else. The address holds a code that works once. Nothing is loaded\n"
            "from outside this computer. Stop with Ctrl+C.\n\n"
            "Using a screen reader? Then 'netwerkcheck --plain' in a terminal works best."
        ),
    },
    "serve.privacy_epilog": {
        "nl": (
            "Privacy: de check in de terminal opent geen enkele netwerkverbinding. Alleen"
            " 'netwerkcheck serve' opent er één: lokaal (127.0.0.1), voor je eigen browser,"
            " en verder niets."
        ),
        "en": (
            "Privacy: the check in the terminal opens no network connection at all. Only"
            " 'netwerkcheck serve' opens one: local (127.0.0.1), for your own browser,"
            " and nothing else."
        ),
    },
    "serve.opt_lang": {"nl": "taal: nl of en", "en": "language: nl or en"},
    "serve.opt_counsellor": {
        "nl": "hulpverlenersmodus in de browser",
        "en": "counsellor mode in the browser",
    },
    "serve.opt_port": {
        "nl": "poort op 127.0.0.1 (standaard: een vrije poort)",
        "en": "port on 127.0.0.1 (default: a free port)",
    },
    "serve.opt_no_browser": {
        "nl": "de browser niet zelf openen; alleen het adres tonen",
        "en": "do not open the browser; only show the address",
    },
    "serve.bad_port": {
        "nl": "geen geldige poort: {raw} (kies 1 tot en met 65535)",
        "en": "not a valid port: {raw} (choose 1 to 65535)",
    },
    "serve.port_in_use": {
        "nl": "Poort {port} is al in gebruik. Laat --port weg, dan kiest netwerkcheck een vrije poort.",
        "en": "Port {port} is already in use. Leave out --port and netwerkcheck picks a free one.",
    },
    "serve.started": {
        "nl": (
            "De check staat open in je browser, alleen op deze computer.\n"
            "Gaat de browser niet vanzelf open? Open dan dit adres (het werkt één keer):\n"
            "  {url}\n"
            "Stoppen: Ctrl+C. Je antwoorden worden bewaard zoals in de terminal."
        ),
        "en": (
            "The check is open in your browser, on this computer only.\n"
            "Browser did not open by itself? Open this address (it works once):\n"
            "  {url}\n"
            "Stop with Ctrl+C. Your answers are kept just as in the terminal."
        ),
    },
    "serve.stopped": {
        "nl": "De check in de browser is gestopt. Wat bewaard was, blijft bewaard.",
        "en": "The check in the browser has stopped. What was saved stays saved.",
    },
    "serve.forbidden": {
        "nl": (
            "Geen toegang. Open de check via het adres dat 'netwerkcheck serve' liet zien,"
            " in de browser die het als eerste opende."
        ),
        "en": (
            "No access. Open the check with the address 'netwerkcheck serve' showed,"
            " in the browser that opened it first."
        ),
    },
    "serve.busy_ws": {
        "nl": "De check is al open in een ander venster.",
        "en": "The check is already open in another window.",
    },
    # --- the page ---------------------------------------------------------------------
    "serve.page_title": {
        "nl": "Netwerkcheck: een rustige check van je sociale netwerk",
        "en": "Netwerkcheck: a calm check of your social network",
    },
    "serve.page_loading": {"nl": "De check wordt geladen…", "en": "Loading the check…"},
    "serve.page_noscript": {
        "nl": (
            "Deze pagina heeft JavaScript nodig. Je kunt de check ook in een terminal doen:"
            " netwerkcheck --plain."
        ),
        "en": (
            "This page needs JavaScript. You can also do the check in a terminal:"
            " netwerkcheck --plain."
        ),
    },
    "serve.page_closed": {
        "nl": (
            "De check is niet (meer) open in dit tabblad. Wat bewaard was, blijft bewaard."
            " Je kunt dit tabblad sluiten, of de check hier opnieuw openen."
        ),
        "en": (
            "The check is not (or no longer) open in this tab. What was saved stays saved."
            " You can close this tab, or open the check here again."
        ),
    },
    "serve.page_reopen": {"nl": "Opnieuw openen", "en": "Open again"},
    "serve.page_busy": {
        "nl": (
            "De check is al open in een ander venster of tabblad. Ga daarheen. Of sluit dat"
            " venster en kies hieronder 'Opnieuw proberen'."
        ),
        "en": (
            "The check is already open in another window or tab. Go there. Or close that"
            " window and choose 'Try again' below."
        ),
    },
    "serve.page_retry": {"nl": "Opnieuw proberen", "en": "Try again"},
    # --- inside the app, when it runs in the browser --------------------------------------
    "serve.welcome_plain": {
        "nl": (
            "Gebruik je een schermlezer? Doe de check dan liever in een terminal, regel voor"
            " regel: netwerkcheck --plain."
        ),
        "en": (
            "Using a screen reader? Then the check works better in a terminal, line by line:"
            " netwerkcheck --plain."
        ),
    },
    "serve.download_hint": {
        "nl": "Het bestand komt als download in je browser. Er gaat niets naar buiten.",
        "en": "The file arrives as a download in your browser. Nothing leaves this computer.",
    },
    "serve.download": {"nl": "Downloaden", "en": "Download"},
    "serve.delivered": {
        "nl": "{name} staat klaar als download in je browser.",
        "en": "{name} is ready as a download in your browser.",
    },
}
