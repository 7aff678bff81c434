"""Strings of counsellor mode, the client handout, and mistakes in scale files.

Counsellor mode is used side by side with a client, so the wording stays plain (B1)
and never sounds like a verdict: a scale is a conversation aid, not a diagnosis.
"""

from __future__ import annotations

COUNSELLOR: dict[str, dict[str, str]] = {
    # --- counsellor mode ---------------------------------------------------------------
    "counsellor.mode": {"nl": "Hulpverlenersmodus", "en": "Counsellor mode"},
    "counsellor.start": {
        "nl": "Starten als hulpverlener, met een cliënt",
        "en": "Start as a counsellor, with a client",
    },
    "counsellor.choose_client": {"nl": "Cliënt kiezen", "en": "Choose a client"},
    "counsellor.new_client": {"nl": "Nieuwe cliënt (schuilnaam)", "en": "New client (pseudonym)"},
    "counsellor.pseudonym_hint": {
        "nl": "Gebruik een schuilnaam of letters. Een echte naam is niet nodig.",
        "en": "Use a pseudonym or initials. A real name is not needed.",
    },
    "counsellor.pseudonym_label": {"nl": "Schuilnaam", "en": "Pseudonym"},
    "counsellor.pseudonym_taken": {
        "nl": "Deze schuilnaam bestaat al. Kies een andere.",
        "en": "This pseudonym is already in use. Choose another one.",
    },
    "counsellor.pseudonym_empty": {
        "nl": "Vul een schuilnaam in.",
        "en": "Fill in a pseudonym.",
    },
    "counsellor.without_saving": {"nl": "Zonder opslaan", "en": "Without saving"},
    "counsellor.without_saving_hint": {
        "nl": "Er wordt niets bewaard. Als je stopt, zijn de antwoorden weg.",
        "en": "Nothing is kept. When you stop, the answers are gone.",
    },
    "counsellor.no_clients": {
        "nl": "Er zijn nog geen cliënten bewaard.",
        "en": "No clients have been saved yet.",
    },
    "counsellor.client_list": {"nl": "Cliënten", "en": "Clients"},
    "counsellor.looking_for_clients": {
        "nl": "Even kijken welke cliënten er bewaard zijn…",
        "en": "Looking for saved clients…",
    },
    "counsellor.open_client": {"nl": "Openen", "en": "Open"},
    "counsellor.export_client": {
        "nl": "Gegevens van deze cliënt exporteren",
        "en": "Export this client's data",
    },
    "counsellor.delete_client": {
        "nl": "Verwijder alle gegevens van deze cliënt",
        "en": "Delete all data of this client",
    },
    "counsellor.delete_client_confirm": {
        "nl": "Alle gegevens van {client} verwijderen? Dit kan niet ongedaan worden gemaakt.",
        "en": "Delete all data of {client}? This cannot be undone.",
    },
    "counsellor.client_deleted": {
        "nl": "De gegevens van {client} zijn verwijderd.",
        "en": "The data of {client} has been deleted.",
    },
    "counsellor.switch_client": {"nl": "Andere cliënt", "en": "Other client"},
    "counsellor.lock": {"nl": "Vergrendelen", "en": "Lock"},
    "counsellor.locked_title": {
        "nl": "Het scherm is vergrendeld",
        "en": "The screen is locked",
    },
    "counsellor.to_talk_about": {"nl": "Om over te praten", "en": "To talk about"},
    "counsellor.mark_to_talk_about": {
        "nl": "Markeren: om over te praten",
        "en": "Mark: to talk about",
    },
    "counsellor.unmark_to_talk_about": {
        "nl": "Markering weghalen",
        "en": "Remove the mark",
    },
    "counsellor.nothing_to_talk_about": {
        "nl": "Er is nog niets gemarkeerd om over te praten.",
        "en": "Nothing has been marked to talk about yet.",
    },
    "counsellor.notes": {"nl": "Notities", "en": "Notes"},
    "counsellor.notes_private": {
        "nl": "Alleen voor jou als hulpverlener. Ze komen niet in de overdracht, tenzij je dat kiest.",
        "en": "Only for you as the counsellor. They stay out of the handout unless you choose otherwise.",
    },
    "counsellor.notes_theme": {"nl": "Notities bij {theme}", "en": "Notes on {theme}"},
    "counsellor.notes_session": {"nl": "Notities bij dit gesprek", "en": "Notes on this session"},
    "counsellor.prompts": {"nl": "Gespreksvragen", "en": "Conversation prompts"},
    "counsellor.no_prompts": {
        "nl": "Bij dit thema zijn geen gespreksvragen.",
        "en": "There are no conversation prompts for this theme.",
    },
    "counsellor.not_a_diagnosis": {
        "nl": "Gespreksinstrument, geen diagnose",
        "en": "A conversation aid, not a diagnosis",
    },
    "counsellor.handout": {"nl": "Overdracht voor cliënt", "en": "Client handout"},
    "counsellor.include_notes": {
        "nl": "Notities meenemen in overdracht?",
        "en": "Include notes in the handout?",
    },
    "counsellor.handout_saved": {
        "nl": "De overdracht staat in {path}",
        "en": "The handout is saved in {path}",
    },
    # --- counsellor screens (tui/counsellor) -------------------------------------------------
    "counsellor.welcome_button": {"nl": "Hulpverlener", "en": "Counsellor"},
    "counsellor.picker_intro": {
        "nl": "Kies met wie je de check doet. De checks van elke cliënt staan apart.",
        "en": "Choose who you do the check with. Each client's checks are kept apart.",
    },
    "counsellor.create": {"nl": "Nieuwe cliënt", "en": "New client"},
    "counsellor.new_check": {"nl": "Nieuwe check", "en": "New check"},
    "counsellor.client_row": {
        "nl": "{name}  (checks: {count}, laatst {date}{unfinished})",
        "en": "{name}  (checks: {count}, last {date}{unfinished})",
    },
    "counsellor.client_row_unfinished": {"nl": ", niet af", "en": ", not finished"},
    "counsellor.delete_short": {"nl": "Verwijderen", "en": "Delete"},
    "counsellor.export_short": {"nl": "Exporteren", "en": "Export"},
    "counsellor.delete_yes": {"nl": "Ja, verwijderen", "en": "Yes, delete"},
    "counsellor.delete_no": {"nl": "Nee, bewaren", "en": "No, keep"},
    "counsellor.no_saving_here": {
        "nl": "Opslaan is uit. Je kunt alleen zonder opslaan werken.",
        "en": "Saving is off. You can only work without saving.",
    },
    "counsellor.client_export_title": {
        "nl": "Gegevens van {client} exporteren",
        "en": "Export the data of {client}",
    },
    "counsellor.client_export_intro": {
        "nl": "Alle checks van deze cliënt, met notities, in één bestand (Markdown).",
        "en": "All checks of this client, with notes, in one file (Markdown).",
    },
    "counsellor.client_exported": {
        "nl": "De gegevens staan in {path}",
        "en": "The data is saved in {path}",
    },
    "counsellor.session_with": {"nl": "Cliënt: {client}", "en": "Client: {client}"},
    "counsellor.session_unsaved": {
        "nl": "Cliënt: zonder opslaan",
        "en": "Client: without saving",
    },
    "counsellor.no_answer": {"nl": "(nog geen antwoord)", "en": "(no answer yet)"},
    "counsellor.unlock": {"nl": "Ontgrendelen", "en": "Unlock"},
    "counsellor.talk_marked": {
        "nl": "★ Gemarkeerd: om over te praten",
        "en": "★ Marked: to talk about",
    },
    "counsellor.key_talk": {"nl": "Om over te praten", "en": "To talk about"},
    "counsellor.key_notes": {"nl": "Notities", "en": "Notes"},
    "counsellor.key_handout": {"nl": "Overdracht", "en": "Handout"},
    "counsellor.key_scale": {"nl": "Gespreksinstrument", "en": "Conversation aid"},
    "counsellor.notes_saved": {"nl": "Notities bewaard.", "en": "Notes kept."},
    "counsellor.notes_kept_unsaved": {
        "nl": "Notities staan bij dit gesprek, maar worden niet opgeslagen.",
        "en": "Notes are kept with this session, but not saved to disk.",
    },
    "counsellor.save": {"nl": "Bewaren", "en": "Keep"},
    "counsellor.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "counsellor.handout_intro": {
        "nl": "Een samenvatting voor de cliënt: netwerk, wat belangrijk is, ideeën en waar je terecht kunt.",
        "en": "A summary for the client: network, what matters, ideas and where to go.",
    },
    "counsellor.handout_steps": {
        "nl": "Welke ideeën wil de cliënt proberen? (volgende stappen)",
        "en": "Which ideas does the client want to try? (next steps)",
    },
    "counsellor.handout_no_ideas": {
        "nl": "Er zijn geen ideeën om te kiezen.",
        "en": "There are no ideas to choose from.",
    },
    "counsellor.handout_format.html": {"nl": "HTML, om te printen", "en": "HTML, to print"},
    "counsellor.handout_format.md": {"nl": "Markdown (tekst)", "en": "Markdown (text)"},
    "counsellor.scale_choose": {
        "nl": "Kies een vragenlijst om samen in te vullen.",
        "en": "Choose a questionnaire to fill in together.",
    },
    "counsellor.scale_none": {
        "nl": "Er zijn geen vragenlijsten in de inhoud.",
        "en": "There are no questionnaires in the content.",
    },
    "counsellor.scale_item": {
        "nl": "Stelling {n} van {count}",
        "en": "Statement {n} of {count}",
    },
    "counsellor.scale_outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "counsellor.scale_again": {"nl": "Andere vragenlijst", "en": "Other questionnaire"},
    # --- scales (counsellor mode only) ------------------------------------------------------
    "counsellor.scales": {"nl": "Vragenlijsten", "en": "Questionnaires"},
    "counsellor.scales_off": {
        "nl": "Vragenlijsten staan uit. Je kunt ze aanzetten als je er een wilt gebruiken.",
        "en": "Questionnaires are off. You can turn them on if you want to use one.",
    },
    "counsellor.scale_use": {"nl": "Vragenlijst gebruiken", "en": "Use a questionnaire"},
    "counsellor.scale_total": {
        "nl": "Totaal: {total} van {max}",
        "en": "Total: {total} out of {max}",
    },
    "counsellor.scale_band": {
        "nl": "Groep volgens de bron: {band}",
        "en": "Group per the source: {band}",
    },
    "counsellor.scale_subscale": {
        "nl": "{title}: {total} van {max}",
        "en": "{title}: {total} out of {max}",
    },
    "counsellor.scale_incomplete": {
        "nl": "{answered} van {count} stellingen beantwoord. Er is pas een uitkomst als alles is beantwoord.",
        "en": "{answered} of {count} statements answered. There is only an outcome when all are answered.",
    },
    "counsellor.scale_citation": {"nl": "Bron", "en": "Source"},
    "counsellor.scale_not_for_client": {
        "nl": "De uitkomst komt niet in de overdracht voor de cliënt.",
        "en": "The outcome is not part of the client's handout.",
    },
    # --- mistakes in content/scales/*.yaml (for editors) -----------------------------------
    "scale.err.band_gap": {
        "nl": "score {scores} valt in geen enkele groep; de groepen (bands) samen gaan van 0 tot en met {top}, zonder gat",
        "en": "score {scores} falls in no group; together the bands cover 0 to {top}, with no gap",
    },
    "scale.err.band_overlap": {
        "nl": "score {scores} valt in meer dan een groep; de groepen (bands) mogen elkaar niet overlappen (0 tot en met {top})",
        "en": "score {scores} falls in more than one group; bands may not overlap (0 to {top})",
    },
    "scale.err.band_outside": {
        "nl": "de groep {min}-{max} past niet binnen 0 tot en met {top} (of min is groter dan max)",
        "en": "the band {min}-{max} does not fit in 0 to {top} (or min is larger than max)",
    },
    "scale.err.counsellor_only": {
        "nl": "counsellor_only kan alleen true zijn: een vragenlijst is nooit te zien in de eigen check van iemand",
        "en": "counsellor_only can only be true: a questionnaire is never shown in a person's own check",
    },
    "scale.err.duplicate": {
        "nl": "'{value}' staat hier twee keer",
        "en": "'{value}' appears twice here",
    },
    "scale.err.unknown_value": {
        "nl": "'{value}' is geen waarde van een antwoordoptie (options) van deze vragenlijst",
        "en": "'{value}' is not the value of an answer option (options) of this questionnaire",
    },
    "scale.err.unknown_item": {
        "nl": "deze vragenlijst heeft geen stelling met id '{item}'",
        "en": "this questionnaire has no statement with id '{item}'",
    },
    # --- the client handout -----------------------------------------------------------------
    "handout.title": {"nl": "Jouw netwerkcheck", "en": "Your network check"},
    "handout.intro": {
        "nl": "Dit is een samenvatting van ons gesprek. Hij is voor jou: je mag hem houden, delen of weggooien.",
        "en": "This is a summary of our conversation. It is for you: keep it, share it or throw it away.",
    },
    "handout.made_on": {"nl": "Gemaakt op {date}", "en": "Made on {date}"},
    "handout.network": {"nl": "Jouw netwerk", "en": "Your network"},
    "handout.network_in_html": {
        "nl": "Het plaatje van je netwerk staat in de versie om te printen (HTML).",
        "en": "The picture of your network is in the version for printing (HTML).",
    },
    "handout.matters": {"nl": "Wat jij belangrijk vindt", "en": "What matters to you"},
    "handout.suggestions": {"nl": "Ideeën die je koos", "en": "Ideas you chose"},
    "handout.next_steps": {"nl": "Je volgende stappen", "en": "Your next steps"},
    "handout.contacts": {"nl": "Hier kun je terecht", "en": "Where you can go"},
    "handout.notes": {"nl": "Notities", "en": "Notes"},
    "handout.footer": {
        "nl": "Gemaakt met netwerkcheck. Dit is geen test en geen diagnose.",
        "en": "Made with netwerkcheck. This is not a test and not a diagnosis.",
    },
    # --- the vault: passphrase, lock, settings (issue 13) -----------------------------------
    "store.bad.tampered": {
        "nl": "het bestand is veranderd of beschadigd (de versleuteling klopt niet meer)",
        "en": "the file was changed or damaged (its encryption no longer checks out)",
    },
    "vault.error": {
        "nl": "De gegevens van de hulpverlener kunnen nu niet worden geopend.",
        "en": "The counsellor's data cannot be opened now.",
    },
    "vault.wrong": {
        "nl": "Dat wachtwoord klopt niet. Probeer het rustig nog eens.",
        "en": "That passphrase is not right. Take your time and try again.",
    },
    "vault.damaged": {
        "nl": "Het sleutelbestand van de hulpverlener ({path}) is beschadigd. Zonder dat bestand zijn de cliëntgegevens niet te lezen.",
        "en": "The counsellor's key file ({path}) is damaged. Without it the client data cannot be read.",
    },
    "vault.create_title": {"nl": "Wachtwoord voor hulpverleners", "en": "Counsellor passphrase"},
    "vault.create_intro": {
        "nl": "Kies een wachtwoord. Hiermee worden de gegevens van je cliënten versleuteld op deze computer, en je hebt het nodig om het scherm te ontgrendelen. Kies een zin van een paar woorden die je onthoudt (minstens {min} tekens).",
        "en": "Choose a passphrase. It encrypts your clients' data on this computer, and you need it to unlock the screen. Choose a few words you will remember (at least {min} characters).",
    },
    "vault.create_session_intro": {
        "nl": "Er wordt niets bewaard. Kies een wachtwoord voor deze sessie: je hebt het nodig om het scherm te ontgrendelen (minstens {min} tekens).",
        "en": "Nothing is saved. Choose a passphrase for this session: you need it to unlock the screen (at least {min} characters).",
    },
    "vault.forgotten_warning": {
        "nl": "Let op: ben je dit wachtwoord vergeten, dan zijn de gegevens niet meer te lezen. Niemand kan ze dan terughalen, ook de makers van netwerkcheck niet.",
        "en": "Please note: if you forget this passphrase, the data can no longer be read. Nobody can get it back, not even the makers of netwerkcheck.",
    },
    "vault.passphrase": {"nl": "Wachtwoord", "en": "Passphrase"},
    "vault.passphrase_again": {
        "nl": "Nog een keer hetzelfde wachtwoord",
        "en": "The same passphrase again",
    },
    "vault.too_short": {
        "nl": "Het wachtwoord is te kort: gebruik minstens {min} tekens.",
        "en": "The passphrase is too short: use at least {min} characters.",
    },
    "vault.not_same": {
        "nl": "De twee wachtwoorden zijn niet hetzelfde. Typ ze nog eens.",
        "en": "The two passphrases are not the same. Please type them again.",
    },
    "vault.set": {"nl": "Wachtwoord instellen", "en": "Set passphrase"},
    "vault.unlock_title": {"nl": "Hulpverlenersmodus", "en": "Counsellor mode"},
    "vault.unlock_intro": {
        "nl": "Typ het wachtwoord van de hulpverlener om verder te gaan.",
        "en": "Type the counsellor's passphrase to go on.",
    },
    "vault.open": {"nl": "Openen", "en": "Open"},
    "vault.checking": {"nl": "Even controleren...", "en": "Checking..."},
    "vault.back": {"nl": "Terug", "en": "Back"},
    "vault.locked_intro": {
        "nl": "Het scherm is vergrendeld. Typ het wachtwoord en druk op Enter om verder te gaan.",
        "en": "The screen is locked. Type the passphrase and press Enter to go on.",
    },
    "vault.moved": {
        "nl": "{count} cliëntcheck(s) van een eerdere versie zijn nu versleuteld bewaard.",
        "en": "{count} client check(s) from an earlier version are now kept encrypted.",
    },
    "counsellor.settings": {"nl": "Instellingen", "en": "Settings"},
    "counsellor.settings_title": {
        "nl": "Instellingen voor hulpverleners",
        "en": "Counsellor settings",
    },
    "counsellor.settings_scales": {
        "nl": "Vragenlijsten (zoals De Jong Gierveld) als hulp bij het gesprek aanzetten",
        "en": "Turn on questionnaires (such as De Jong Gierveld) as a conversation aid",
    },
    "counsellor.settings_idle": {
        "nl": "Het scherm vergrendelt zichzelf als er zo lang niets gebeurt:",
        "en": "The screen locks itself when nothing happens for this long:",
    },
    "counsellor.settings_minutes": {"nl": "{n} minuten", "en": "{n} minutes"},
    "counsellor.settings_saved": {"nl": "Instellingen bewaard.", "en": "Settings saved."},
    "counsellor.settings_not_saved": {
        "nl": "Er wordt niets bewaard: de instellingen gelden alleen voor deze sessie.",
        "en": "Nothing is saved: the settings hold for this session only.",
    },
    "counsellor.settings_forget": {
        "nl": "Alle gegevens van hulpverleners wissen",
        "en": "Delete all counsellor data",
    },
    "counsellor.settings_forget_hint": {
        "nl": "Wist alle cliënten, hun checks en notities, de instellingen en het wachtwoord op deze computer. De eigen checks van de gebruiker blijven staan.",
        "en": "Deletes all clients, their checks and notes, the settings and the passphrase on this computer. The user's own checks stay.",
    },
    "counsellor.forget_confirm_title": {
        "nl": "Alles van hulpverleners wissen?",
        "en": "Delete all counsellor data?",
    },
    "counsellor.forget_confirm": {
        "nl": "Alle cliënten, hun checks en notities worden gewist. Dit kan niet ongedaan worden gemaakt.",
        "en": "All clients, their checks and notes will be deleted. This cannot be undone.",
    },
    "counsellor.forgotten": {
        "nl": "Alle gegevens van hulpverleners zijn gewist.",
        "en": "All counsellor data has been deleted.",
    },
    "counsellor.client_in_hand": {"nl": "Cliënt: {name}", "en": "Client: {name}"},
    "counsellor.client_none": {"nl": "Cliënt: zonder bewaren", "en": "Client: without saving"},
    "counsellor.note_saved": {"nl": "Bewaard", "en": "Saved"},
    "counsellor.note_saved_memory": {
        "nl": "Bewaard (alleen in deze sessie)",
        "en": "Saved (this session only)",
    },
    "counsellor.session_notes": {"nl": "Notities van deze sessie", "en": "Notes of this session"},
    "counsellor.no_notes": {"nl": "Nog geen notities.", "en": "No notes yet."},
    "counsellor.key_prompts": {"nl": "gespreksvragen", "en": "prompts"},
    "counsellor.scale_reveal": {"nl": "Uitkomst tonen", "en": "Show outcome"},
    "counsellor.scale_reveal_hint": {
        "nl": "Alle stellingen zijn beantwoord. De uitkomst is voor de hulpverlener: kies zelf of en wanneer je hem laat zien.",
        "en": "All statements are answered. The outcome is for the counsellor: you choose whether and when to show it.",
    },
    "counsellor.scale_band_reveal": {
        "nl": "Groep volgens de bron tonen",
        "en": "Show the source's group",
    },
    # --- the client timeline ---------------------------------------------------------------
    "counsellor.timeline_title": {"nl": "Checks van {name}", "en": "Checks of {name}"},
    "counsellor.timeline_row": {"nl": "{date}{unfinished}", "en": "{date}{unfinished}"},
    "counsellor.timeline_open": {"nl": "Openen", "en": "Open"},
    "counsellor.timeline_compare": {"nl": "Vergelijken", "en": "Compare"},
    "counsellor.timeline_mark": {"nl": "Kiezen om te vergelijken", "en": "Pick to compare"},
    "counsellor.timeline_compare_hint": {
        "nl": "Vergelijken: kies twee checks met Spatie en druk dan op Vergelijken.",
        "en": "Compare: pick two checks with Space, then press Compare.",
    },
    "counsellor.timeline_pick_two": {
        "nl": "Kies eerst twee checks.",
        "en": "Pick two checks first.",
    },
    "counsellor.timeline_from_last": {
        "nl": "Een nieuwe check (Ctrl+N) begint met het netwerk van de vorige keer.",
        "en": "A new check (Ctrl+N) starts with last time's network.",
    },
    "counsellor.timeline_back": {"nl": "Terug naar cliënten", "en": "Back to clients"},
    # --- handout additions -----------------------------------------------------------------
    "handout.for": {"nl": "Voor: {name}", "en": "For: {name}"},
    "handout.talk_about": {"nl": "Om over te praten", "en": "To talk about"},
    "handout.own_marks": {"nl": "Waar jij over wilt praten", "en": "What you want to talk about"},
    "handout.plan": {"nl": "Wat je wilt proberen", "en": "What you want to try"},
    "handout.step": {"nl": "Je stap: {step}", "en": "Your step: {step}"},
    "handout.next_meeting": {"nl": "Volgende afspraak: {when}", "en": "Next meeting: {when}"},
    "handout.space": {"nl": "Ruimte voor je eigen aantekeningen", "en": "Space for your own notes"},
    "handout.page": {"nl": "Pagina", "en": "Page"},
    "handout.of": {"nl": "van", "en": "of"},
    "counsellor.handout_talk": {
        "nl": "Ook de punten 'om over te praten' van de hulpverlener opnemen",
        "en": "Also include the counsellor's 'to talk about' points",
    },
    "counsellor.handout_next_meeting": {
        "nl": "Volgende afspraak (mag leeg blijven)",
        "en": "Next meeting (may stay empty)",
    },
    # --- files -------------------------------------------------------------------------------
    "file.exists_title": {
        "nl": "Bestand bestaat al. Vervangen?",
        "en": "The file already exists. Replace it?",
    },
    "file.exists_body": {"nl": "{path} bestaat al.", "en": "{path} already exists."},
    "file.replace": {"nl": "Ja, vervangen", "en": "Yes, replace"},
    "file.keep": {"nl": "Nee, niet vervangen", "en": "No, keep it"},
    "file.unknown_ext": {
        "nl": "Onbekend bestandstype '{ext}'. Gebruik een naam die eindigt op {known}.",
        "en": "Unknown file type '{ext}'. Use a name that ends in {known}.",
    },
    "fg.counsellor_separate": {
        "nl": "De gegevens van hulpverleners (cliënten) staan apart en versleuteld, en worden hier niet gewist. Een hulpverlener wist ze in de hulpverlenersmodus: per cliënt, of alles via Instellingen.",
        "en": "Counsellor data (clients) is kept apart and encrypted, and is not deleted here. A counsellor deletes it in counsellor mode: per client, or all of it in Settings.",
    },
}
