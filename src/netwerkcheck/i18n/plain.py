"""Strings of the plain line-by-line mode (also used for screen readers and pipes).

Every line is plain text: no colours, no cursor movement, no box drawing, so a screen
reader reads it as it is written.
"""

from __future__ import annotations

PLAIN: dict[str, dict[str, str]] = {
    "plain.title": {"nl": "Netwerkcheck", "en": "Network check"},
    "plain.welcome": {
        "nl": "Deze check helpt je om rustig te kijken naar de mensen in je leven.\n"
        "Het is geen test en geen diagnose. Er zijn geen goede of foute antwoorden.\n"
        "Het duurt ongeveer 10 tot 15 minuten.",
        "en": "This check helps you take a calm look at the people in your life.\n"
        "It is not a test and not a diagnosis. There are no right or wrong answers.\n"
        "It takes about 10 to 15 minutes.",
    },
    "plain.privacy_save": {
        "nl": "Je antwoorden blijven op deze computer. Ze worden na elke vraag bewaard, "
        "zodat je later verder kunt.",
        "en": "Your answers stay on this computer. They are saved after each question, "
        "so you can carry on later.",
    },
    "plain.privacy_nosave": {
        "nl": "Je antwoorden blijven op deze computer en worden niet bewaard.",
        "en": "Your answers stay on this computer and are not saved.",
    },
    "plain.how": {
        "nl": "Typ bij elke vraag het nummer van je antwoord en druk op Enter.\n"
        "Je kunt ook altijd typen: t (terug), o (overslaan), h (hulp) of q (stoppen).",
        "en": "For each question, type the number of your answer and press Enter.\n"
        "You can always type: b (back), s (skip), h (help) or q (stop).",
    },
    "plain.keys": {
        "nl": "(t = terug, o = overslaan, h = hulp, q = stoppen)",
        "en": "(b = back, s = skip, h = help, q = stop)",
    },
    "plain.current": {
        "nl": "Je antwoord is bewaard: {answer}. Druk op Enter om het zo te laten.",
        "en": "Your answer is kept: {answer}. Press Enter to keep it.",
    },
    "plain.ask_one": {"nl": "Typ een nummer: ", "en": "Type a number: "},
    "plain.ask_many": {
        "nl": "Typ een of meer nummers, met komma's of spaties ertussen: ",
        "en": "Type one or more numbers, separated by commas or spaces: ",
    },
    "plain.ask_text": {"nl": "Typ je antwoord: ", "en": "Type your answer: "},
    "plain.bad_number": {
        "nl": "Dat nummer ken ik niet. Typ een nummer van 1 tot {max}.",
        "en": "I do not know that number. Type a number from 1 to {max}.",
    },
    "plain.need_answer": {
        "nl": "Typ een antwoord, of o om deze vraag over te slaan.",
        "en": "Type an answer, or s to skip this question.",
    },
    "plain.exclusive": {
        "nl": "'{label}' kun je niet samen met iets anders kiezen.",
        "en": "'{label}' cannot be chosen together with something else.",
    },
    "plain.too_long": {
        "nl": "Dat is wat lang. Houd het korter dan {max} tekens.",
        "en": "That is a bit long. Keep it under {max} characters.",
    },
    "plain.first_question": {
        "nl": "Dit is de eerste vraag.",
        "en": "This is the first question.",
    },
    "plain.quit_confirm": {
        "nl": "Wil je stoppen? Typ j voor ja of n voor nee: ",
        "en": "Do you want to stop? Type y for yes or n for no: ",
    },
    "plain.quit_saved": {
        "nl": "Je antwoorden tot nu toe zijn bewaard. Je kunt later verder.",
        "en": "Your answers so far are saved. You can carry on later.",
    },
    "plain.quit_unsaved": {
        "nl": "Je antwoorden zijn niet bewaard.",
        "en": "Your answers have not been saved.",
    },
    "plain.goodbye": {"nl": "Tot ziens.", "en": "Goodbye."},
    "plain.resume_ask": {
        "nl": "Je was nog bezig met een check (laatst op {date}). Verder gaan waar je was? "
        "Typ j (ja) of n (nee, begin opnieuw): ",
        "en": "You had not finished a check (last on {date}). Continue where you were? "
        "Type y (yes) or n (no, start again): ",
    },
    "plain.export_ask": {
        "nl": "Wil je je uitkomst als bestand bewaren? Typ een bestandsnaam (op .html, .md "
        "of .txt), of druk op Enter om over te slaan: ",
        "en": "Would you like to keep your results as a file? Type a file name (ending in "
        ".html, .md or .txt), or press Enter to skip: ",
    },
    "plain.export_failed": {
        "nl": "Het bestand kon niet worden gemaakt: {reason}.",
        "en": "The file could not be made: {reason}.",
    },
    "plain.eof": {
        "nl": "De invoer is gestopt, dus de check stopt ook.",
        "en": "The input has ended, so the check stops too.",
    },
    "plain.save_failed": {
        "nl": "Let op: je antwoorden konden niet worden bewaard. De check gaat gewoon verder.",
        "en": "Note: your answers could not be saved. The check carries on.",
    },
    "plain.help_title": {
        "nl": "Hulp: mensen om mee te praten",
        "en": "Help: people to talk to",
    },
    "plain.help_back": {
        "nl": "We gaan verder waar je was.",
        "en": "We carry on where you were.",
    },
    "plain.help_after": {
        "nl": "Typ h als je deze hulp later nog eens wilt zien. De check gaat verder.",
        "en": "Type h if you would like to see this help again later. The check carries on.",
    },
    # --- the network question --------------------------------------------------------
    "plain.net_intro": {
        "nl": "Noem de mensen in je leven, een voor een. Een voornaam, bijnaam of initialen "
        "is prima.\nDruk op Enter zonder iets te typen als je klaar bent.",
        "en": "Name the people in your life, one by one. A first name, nickname or initials "
        "is fine.\nPress Enter without typing anything when you are done.",
    },
    "plain.net_list": {"nl": "Wie je tot nu toe noemde:", "en": "Who you named so far:"},
    "plain.net_none": {
        "nl": "Je hebt nog niemand genoemd.",
        "en": "You have not named anyone yet.",
    },
    "plain.net_remove_hint": {
        "nl": "Wil je iemand weghalen? Typ weg en het nummer, bijvoorbeeld: weg 2",
        "en": "Want to remove someone? Type remove and the number, for example: remove 2",
    },
    "plain.net_name": {
        "nl": "Naam van iemand (of Enter als je klaar bent): ",
        "en": "Name of someone (or Enter when you are done): ",
    },
    "plain.net_name_command": {
        "nl": "Heet iemand zoals een opdracht, bijvoorbeeld 'h'? Typ dan 'h.'.",
        "en": "Is someone called like a command, for example 'h'? Then type 'h.'.",
    },
    "plain.net_relation": {
        "nl": "Hoe ken je {name}?",
        "en": "How do you know {name}?",
    },
    "plain.net_circle": {
        "nl": "Hoe dichtbij staat {name}?",
        "en": "How close is {name}?",
    },
    "plain.net_supports": {
        "nl": "Wat deel je met {name}? Typ nummers, of Enter om dit over te slaan.",
        "en": "What do you share with {name}? Type numbers, or Enter to skip this.",
    },
    "plain.net_reciprocity": {
        "nl": "Hoe gaat het geven en nemen met {name}? Typ een nummer, of Enter om dit over "
        "te slaan.",
        "en": "How do giving and taking go with {name}? Type a number, or Enter to skip this.",
    },
    "plain.net_added": {"nl": "Toegevoegd: {person}", "en": "Added: {person}"},
    "plain.net_removed": {"nl": "Weggehaald: {name}", "en": "Removed: {name}"},
    "plain.net_cancelled": {
        "nl": "Deze persoon is niet toegevoegd.",
        "en": "This person was not added.",
    },
    "plain.net_name_long": {
        "nl": "Die naam is wat lang. Houd het korter dan {max} tekens.",
        "en": "That name is a bit long. Keep it under {max} characters.",
    },
    "plain.net_supports_label": {"nl": "deelt: {items}", "en": "shares: {items}"},
    "plain.net_count": {"nl": "{count} mensen", "en": "{count} people"},
    # --- results -----------------------------------------------------------------------
}
