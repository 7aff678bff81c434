"""Strings for the person's own marks and plan, the one-page summary, the full-screen
map and the overview of what changed (compare)."""

from __future__ import annotations

PLAN: dict[str, dict[str, str]] = {
    # --- marks and plan on the results ---------------------------------------------------
    "plan.key.mark_short": {"nl": "Praten", "en": "Talk"},
    "plan.key.try_short": {"nl": "Proberen", "en": "Try"},
    "plan.key.map": {"nl": "Kaart", "en": "Map"},
    "plan.marked": {"nl": "★ Hier wil ik over praten", "en": "★ I'd like to talk about this"},
    "plan.unmarked": {"nl": "Markering weggehaald", "en": "Mark taken away"},
    "plan.chosen": {"nl": "✓ Wat ik wil proberen", "en": "✓ What I'd like to try"},
    "plan.hint": {
        "nl": "Ga met Tab naar een suggestie of een antwoord. M = hier wil ik over praten. "
        "P = dit wil ik proberen (tot drie ideeën), met een kleine stap in je eigen woorden. "
        "Bij een vraag kan het ook: Ctrl+T = hier wil ik over praten.",
        "en": "Use Tab to go to a suggestion or an answer. M = I'd like to talk about this. "
        "P = I'd like to try this (up to three ideas), with a small step in your own words. "
        "On a question you can also press Ctrl+T = I'd like to talk about this.",
    },
    "plan.talk_title": {"nl": "Hier wil ik over praten", "en": "I'd like to talk about this"},
    "plan.try_title": {"nl": "Wat ik wil proberen", "en": "What I'd like to try"},
    "plan.talk_none": {
        "nl": "Je hebt nog niets gemarkeerd. Dat hoeft ook niet.",
        "en": "You have not marked anything yet. You do not have to.",
    },
    "plan.try_none": {
        "nl": "Je hebt nog geen idee gekozen. Dat hoeft ook niet.",
        "en": "You have not chosen an idea yet. You do not have to.",
    },
    "plan.step": {"nl": "Mijn stap: {step}", "en": "My step: {step}"},
    "plan.no_step": {"nl": "(nog geen stap opgeschreven)", "en": "(no step written down yet)"},
    "plan.full": {
        "nl": "Je hebt al drie ideeën gekozen. Wil je dit idee kiezen? "
        "Haal er dan eerst een weg met P.",
        "en": "You have already chosen three ideas. Would you like this one? "
        "Take one out first with P.",
    },
    "plan.removed": {
        "nl": "'{title}' staat niet meer bij wat je wilt proberen.",
        "en": "'{title}' is no longer among what you'd like to try.",
    },
    "plan.not_saved_view": {
        "nl": "Dit is een eerdere check: je ziet hier wat je toen koos.",
        "en": "This is an earlier check: you see what you chose then.",
    },
    "plan.see_network": {"nl": "(je netwerk)", "en": "(your network)"},
    "plan.answer": {"nl": "je antwoord: {answer}", "en": "your answer: {answer}"},
    # --- the step dialog -------------------------------------------------------------------
    "plan.step_title": {"nl": "Wat ik wil proberen", "en": "What I'd like to try"},
    "plan.step_intro": {
        "nl": "Wil je er een kleine stap bij schrijven? Bijvoorbeeld wat je doet, "
        "met wie, en wanneer. In je eigen woorden. Je mag het ook leeg laten.",
        "en": "Would you like to add a small step? For example what you will do, "
        "with whom, and when. In your own words. You may leave it empty.",
    },
    "plan.step_label": {"nl": "Mijn stap", "en": "My step"},
    "plan.step_save": {"nl": "Kiezen", "en": "Choose"},
    "plan.step_remove": {"nl": "Niet meer kiezen", "en": "Do not choose"},
    "plan.step_cancel": {"nl": "Annuleren", "en": "Cancel"},
    # --- the full-screen map -------------------------------------------------------------
    "map.title": {"nl": "Je netwerk, groot", "en": "Your network, full screen"},
    "map.close": {"nl": "Sluiten", "en": "Close"},
    "map.open_hint": {
        "nl": "Ctrl+G: je netwerk groot, met alle namen.",
        "en": "Ctrl+G: your network full screen, with every name.",
    },
    "map.people": {
        "nl": "{n} mensen genoemd",
        "en": "{n} people named",
    },
    "map.person_one": {"nl": "1 persoon genoemd", "en": "1 person named"},
    # --- the empty network ---------------------------------------------------------------
    "net.empty_warm": {
        "nl": "Je hebt nu niemand genoemd. Dat kan, en het is goed dat je de check doet. "
        "Misschien komt er later iemand bij je op; je kunt altijd terug.",
        "en": "You have not named anyone right now. That is all right, and it is good "
        "that you are doing the check. Someone may come to mind later; you can always go back.",
    },
    # --- the summary page ----------------------------------------------------------------
    "sum.title": {"nl": "Mijn netwerkcheck in het kort", "en": "My network check at a glance"},
    "sum.help": {"nl": "Hulp: waar je terecht kunt", "en": "Help: where you can go"},
    "sum.appendix": {"nl": "Bijlage: al je antwoorden", "en": "Appendix: all your answers"},
    "sum.legend": {"nl": "Wie is wie", "en": "Who is who"},
    "sum.people_line": {
        "nl": "{inner} in de binnenste cirkel, {middle} in de middelste, {outer} in de buitenste.",
        "en": "{inner} in the inner circle, {middle} in the middle one, {outer} in the outer one.",
    },
    "sum.shares": {
        "nl": "Tekens bij een naam: wat je deelt.",
        "en": "Signs by a name: what you share.",
    },
    # --- history rows ---------------------------------------------------------------------
    "row.people": {"nl": "{n} mensen", "en": "{n} people"},
    "row.person_one": {"nl": "1 persoon", "en": "1 person"},
    "row.no_people": {"nl": "geen netwerk ingevuld", "en": "no network filled in"},
    "row.ideas": {"nl": "wil proberen: {ideas}", "en": "to try: {ideas}"},
    # --- compare overview ----------------------------------------------------------------
    "ov.title": {"nl": "In het kort", "en": "At a glance"},
    "ov.circle": {
        "nl": "{circle}: toen {then}, nu {now}",
        "en": "{circle}: then {then}, now {now}",
    },
    "ov.circle_same": {
        "nl": "{circle}: toen en nu {n}",
        "en": "{circle}: {n} then and now",
    },
    "ov.moved": {"nl": "Verschoven: {names}", "en": "Moved: {names}"},
    "ov.added": {
        "nl": "Nu voor het eerst genoemd: {names}",
        "en": "Named for the first time: {names}",
    },
    "ov.removed": {"nl": "Nu niet meer genoemd: {names}", "en": "No longer named: {names}"},
    "ov.ideas_then": {
        "nl": "Wilde je toen proberen: {ideas}",
        "en": "What you wanted to try then: {ideas}",
    },
    "ov.ideas_now": {
        "nl": "Wil je nu proberen: {ideas}",
        "en": "What you'd like to try now: {ideas}",
    },
    "ov.nobody": {"nl": "niemand", "en": "no one"},
    "ov.none": {"nl": "niets gekozen", "en": "nothing chosen"},
    "ov.no_people_change": {
        "nl": "Dezelfde mensen, in dezelfde cirkels.",
        "en": "The same people, in the same circles.",
    },
    "cmp.not_asked": {"nl": "(niet gevraagd)", "en": "(not asked)"},
    "cmp.export_title": {"nl": "Wat is er anders?", "en": "What is different?"},
    "cmp.export_intro": {
        "nl": "Je kunt wat er anders is als bestand bewaren, bijvoorbeeld om te printen "
        "of mee te nemen naar een gesprek. Alleen jij kunt het bestand lezen.",
        "en": "You can keep what is different as a file, for example to print or to take "
        "to a conversation. Only you can read the file.",
    },
}
