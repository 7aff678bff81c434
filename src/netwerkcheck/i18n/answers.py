"""Strings for answering safely, shared by the app and plain mode: where the person is,
keeping an answer, asking before one is removed, and the answers overview."""

from __future__ import annotations

ANSWERS: dict[str, dict[str, str]] = {
    # --- where the person is (the total never grows) ----------------------------------
    "answers.progress": {"nl": "Onderwerp {n} van {total}", "en": "Topic {n} of {total}"},
    "answers.where": {
        "nl": "Onderwerp {n} van {total}: {title}",
        "en": "Topic {n} of {total}: {title}",
    },
    # --- an answer that is already there ---------------------------------------------
    "answers.kept_choice": {
        "nl": "Je antwoord is bewaard: {answer}. Druk op Enter om het zo te laten, "
        "of kies met de pijltjes iets anders.",
        "en": "Your answer is kept: {answer}. Press Enter to keep it, "
        "or choose something else with the arrow keys.",
    },
    "answers.kept_multi": {
        "nl": "Je antwoord is bewaard: {answer}. Druk op Enter om het zo te laten. "
        "Met de spatiebalk zet je een vinkje of haal je het weg.",
        "en": "Your answer is kept: {answer}. Press Enter to keep it. "
        "The space bar ticks an option or takes the tick away.",
    },
    "answers.kept_text": {
        "nl": "Je antwoord is bewaard. Druk op Enter om het zo te laten, of pas het aan.",
        "en": "Your answer is kept. Press Enter to keep it, or change it.",
    },
    # --- asking before an answer is removed ------------------------------------------
    "answers.clear_title": {"nl": "Antwoord weghalen?", "en": "Remove your answer?"},
    "answers.clear_answer": {
        "nl": "Je antwoord is nu: {answer}. Wil je dit antwoord weghalen?",
        "en": "Your answer now is: {answer}. Do you want to remove this answer?",
    },
    "answers.clear_people": {
        "nl": "Wil je de {n} mensen weghalen?",
        "en": "Do you want to remove the {n} people?",
    },
    "answers.clear_person": {
        "nl": "Wil je de persoon die je noemde weghalen?",
        "en": "Do you want to remove the person you named?",
    },
    "answers.clear_nobody": {
        "nl": "Je zei dat je nu niemand noemt. Wil je dit antwoord weghalen?",
        "en": "You said you name nobody right now. Do you want to remove this answer?",
    },
    "answers.clear_yes": {"nl": "Ja, weghalen", "en": "Yes, remove"},
    "answers.clear_no": {"nl": "Nee, bewaren", "en": "No, keep it"},
    "answers.clear_kept": {
        "nl": "Je antwoord blijft bewaard.",
        "en": "Your answer is kept.",
    },
    "answers.yes_no": {
        "nl": "Typ j (ja) of n (nee): ",
        "en": "Type y (yes) or n (no): ",
    },
    # --- the answers overview ---------------------------------------------------------
    "overview.title": {"nl": "Kijk je antwoorden na", "en": "Check your answers"},
    "overview.intro": {
        "nl": "Hier zie je al je antwoorden. Wil je iets veranderen? Kies de vraag met de "
        "pijltjes en druk op Enter. Daarna kom je hier terug.",
        "en": "Here are all your answers. Would you like to change something? Choose the "
        "question with the arrow keys and press Enter. Afterwards you come back here.",
    },
    "overview.not_answered": {"nl": "Niet beantwoord", "en": "Not answered"},
    "overview.skipped": {"nl": "Overgeslagen", "en": "Skipped"},
    "overview.to_results": {"nl": "Naar de uitkomst", "en": "To the results"},
    "overview.key": {"nl": "Antwoorden nakijken", "en": "Check answers"},
    # --- the welcome screen with an unfinished check ---------------------------------
    "welcome.resume_button": {
        "nl": "Verder gaan waar je was",
        "en": "Continue where you were",
    },
    # short enough for a button at 60 columns
    "welcome.restart_button": {"nl": "Begin opnieuw", "en": "Start again"},
    "welcome.restart_title": {"nl": "Opnieuw beginnen?", "en": "Start again?"},
    "welcome.restart_body": {
        "nl": "Je begint met een lege check. De check waar je mee bezig was, blijft bewaard "
        "bij je eerdere checks.",
        "en": "You start with an empty check. The check you were doing stays kept with "
        "your earlier checks.",
    },
    "welcome.restart_yes": {"nl": "Ja, begin opnieuw", "en": "Yes, start again"},
    "welcome.restart_no": {"nl": "Nee, terug", "en": "No, go back"},
}
