"""Strings of the terminal app."""

from __future__ import annotations

TUI: dict[str, dict[str, str]] = {
    "app.title": {"nl": "netwerkcheck", "en": "netwerkcheck"},
    "key.next": {"nl": "Volgende", "en": "Next"},
    "key.back": {"nl": "Terug", "en": "Back"},
    "key.skip": {"nl": "Overslaan", "en": "Skip"},
    "key.quit": {"nl": "Stoppen", "en": "Quit"},
    "key.start": {"nl": "Beginnen", "en": "Start"},
    "key.contrast": {"nl": "Contrast", "en": "Contrast"},
    "key.help": {"nl": "Hulp", "en": "Help"},
    "help.back_to_check": {"nl": "Terug naar de check", "en": "Back to the check"},
    "key.close": {"nl": "Sluiten", "en": "Close"},
    "key.language": {"nl": "English", "en": "Nederlands"},
    "welcome.title": {
        "nl": "Welkom bij de netwerkcheck",
        "en": "Welcome to netwerkcheck",
    },
    "welcome.body": {
        "nl": (
            "Met deze check kijk je rustig naar de mensen in je leven. "
            "Wie is er voor je? Wat vind je belangrijk? Wat zou je willen?\n\n"
            "Dit is geen test en geen diagnose. Er zijn geen goede of foute antwoorden. "
            "Er is ook geen vaste maat voor een goed netwerk.\n\n"
            "Aan het eind krijg je een paar ideeën die passen bij wat je zegt. "
            "Bij elk idee staat waarom je het ziet.\n\n"
            "Het duurt ongeveer 10 tot 15 minuten. Je kunt elke vraag overslaan."
        ),
        "en": (
            "This check helps you take a calm look at the people in your life. "
            "Who is there for you? What matters to you? What would you like?\n\n"
            "This is not a test and not a diagnosis. There are no right or wrong answers. "
            "There is no set measure for a good network either.\n\n"
            "At the end you get a few ideas that fit what you said. "
            "Each idea says why you see it.\n\n"
            "It takes about 10 to 15 minutes. You can skip any question."
        ),
    },
    "welcome.privacy_save": {
        "nl": "Je antwoorden blijven op deze computer. Ze worden na elke vraag bewaard, "
        "zodat je later verder kunt. Niets gaat naar internet.",
        "en": "Your answers stay on this computer. They are kept after every question, "
        "so you can continue later. Nothing goes to the internet.",
    },
    "welcome.privacy_nosave": {
        "nl": "Je antwoorden blijven op deze computer en worden niet bewaard. "
        "Niets gaat naar internet.",
        "en": "Your answers stay on this computer and are not kept. Nothing goes to the internet.",
    },
    "welcome.keys": {
        "nl": "Gebruik Tab en de pijltjes om te kiezen, en Enter om te bevestigen. "
        "Een muis werkt ook.",
        "en": "Use Tab and the arrow keys to move, and Enter to confirm. A mouse works too.",
    },
    "save.failed": {
        "nl": "Opslaan lukt nu niet: {reason}. Je antwoorden blijven op het scherm. "
        "Je kunt ze aan het eind exporteren.",
        "en": "Saving does not work right now: {reason}. Your answers stay on screen. "
        "You can export them at the end.",
    },
    "welcome.save_choice": {
        "nl": "Bewaar mijn antwoorden op deze computer",
        "en": "Keep my answers on this computer",
    },
    "welcome.resume": {
        "nl": "Je was nog bezig met een check (laatst op {date}). Wil je daar verder gaan?",
        "en": "You had not finished a check (last on {date}). Would you like to continue it?",
    },
    "key.export": {"nl": "Exporteren", "en": "Export"},
    "export.dialog_title": {"nl": "Exporteren", "en": "Export"},
    "export.dialog_intro": {
        "nl": "Je kunt je uitkomst als bestand bewaren, bijvoorbeeld om te printen of mee te "
        "nemen naar een gesprek. Alleen jij kunt het bestand lezen.",
        "en": "You can keep your results as a file, for example to print or to take to a "
        "conversation. Only you can read the file.",
    },
    "export.format.html": {
        "nl": "Webpagina, om te printen (HTML)",
        "en": "Web page, to print (HTML)",
    },
    "export.format.md": {
        "nl": "Tekst met kopjes (Markdown)",
        "en": "Text with headings (Markdown)",
    },
    "export.format.txt": {"nl": "Gewone tekst", "en": "Plain text"},
    "export.path_label": {
        "nl": "Waar wil je het bestand bewaren?",
        "en": "Where should the file go?",
    },
    "export.save": {"nl": "Opslaan", "en": "Save"},
    "export.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "question.help_hint": {"nl": "F1: hulp", "en": "F1: help"},
    "question.how_single": {
        "nl": "Kies met de pijltjes en druk op Enter.",
        "en": "Choose with the arrow keys and press Enter.",
    },
    "question.how_multi": {
        "nl": "Je kunt meer dan één antwoord kiezen. Kies met de pijltjes en Enter of spatie.",
        "en": "You can choose more than one answer. Use the arrow keys and Enter or Space.",
    },
    "question.how_text": {
        "nl": "Typ je antwoord. Je mag dit ook leeg laten.",
        "en": "Type your answer. You may also leave this empty.",
    },
    "question.exclusive_note": {
        "nl": "'{label}' gaat niet samen met andere antwoorden; de keuze is aangepast.",
        "en": "'{label}' does not go with other answers; your choice was adjusted.",
    },
    "results.title": {"nl": "Jouw uitkomst", "en": "Your results"},
    "results.intro": {
        "nl": "Dit zijn een paar ideeën die passen bij wat je hebt gezegd. "
        "Het zijn uitnodigingen, geen opdrachten. Kies wat bij je past, of niets.",
        "en": "Here are a few ideas that fit what you said. "
        "They are invitations, not tasks. Pick what suits you, or nothing.",
    },
    "results.contented": {
        "nl": "Je zei dat je tevreden bent met je contacten. Dat is fijn. "
        "Je hoeft niets te veranderen.",
        "en": "You said you are happy with the people in your life. That is good. "
        "You do not need to change anything.",
    },
    "results.none": {
        "nl": "Er zijn nu geen ideeën die goed passen bij je antwoorden. Dat is ook goed.",
        "en": "No ideas fit your answers well right now. That is fine too.",
    },
    "results.kind.reflect": {"nl": "Om over na te denken", "en": "To think about"},
    "results.kind.try": {"nl": "Iets om te proberen", "en": "Something to try"},
    "results.kind.find": {"nl": "Iets om te vinden", "en": "Something to find"},
    "results.kind.talk": {"nl": "Iemand om mee te praten", "en": "Someone to talk to"},
    "results.network": {"nl": "Jouw netwerk", "en": "Your network"},
    "results.you_said": {"nl": "Wat je zei", "en": "What you said"},
    "results.why": {"nl": "Waarom zie ik dit?", "en": "Why do I see this?"},
    "results.link": {"nl": "Meer weten: {link}", "en": "Find out more: {link}"},
    "results.done_hint": {
        "nl": "Met Ctrl+A kijk je je antwoorden na. Daar kun je ze ook nog aanpassen.",
        "en": "With Ctrl+A you can check your answers, and still change them there.",
    },
    "why.title": {"nl": "Waarom zie je dit?", "en": "Why do you see this?"},
    "why.intro": {
        "nl": "Je ziet '{title}' omdat:",
        "en": "You see '{title}' because:",
    },
    "why.answered": {
        "nl": "Je antwoordde bij '{question}': {answer}",
        "en": "You answered '{question}' with: {answer}",
    },
    "why.always": {
        "nl": "dit past bij iedereen die de check doet.",
        "en": "this fits everyone who does the check.",
    },
    "quit.title": {"nl": "Wil je stoppen?", "en": "Do you want to stop?"},
    "quit.body_saved": {
        "nl": "Je antwoorden tot nu toe zijn bewaard. Je kunt later verder gaan.",
        "en": "Your answers so far are kept. You can continue later.",
    },
    "quit.body_unsaved": {
        "nl": "Je antwoorden worden niet bewaard. Als je stopt, zijn ze weg.",
        "en": "Your answers are not kept. If you stop, they are gone.",
    },
    "quit.yes": {"nl": "Ja, stoppen", "en": "Yes, stop"},
    "quit.no": {"nl": "Nee, doorgaan", "en": "No, continue"},
    "size.too_small": {
        "nl": "Het venster is te klein. Maak het venster groter, "
        "minstens {w} tekens breed en {h} regels hoog.",
        "en": "The window is too small. Please make it larger, "
        "at least {w} characters wide and {h} lines high.",
    },
}
