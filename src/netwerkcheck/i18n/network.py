"""Strings for the network: relation kinds, circles, support, the map and its editor.

Each relation kind has a one-letter code shown beside every name (in the terminal
map, the list and the SVG) so that meaning never rests on colour alone. Codes are
per language; the legend always shows them in the current language.

The `net.kind.*` and `net.support.*` phrases are used by engine/reasons.py to say a
network fact in words. They describe; they never judge.
"""

from __future__ import annotations

NETWORK: dict[str, dict[str, str]] = {
    # --- relation kinds: label and one-letter code -----------------------------------
    "net.relation.partner": {"nl": "Partner", "en": "Partner"},
    "net.relation.family": {"nl": "Familie", "en": "Family"},
    "net.relation.friend": {"nl": "Vriend of vriendin", "en": "Friend"},
    "net.relation.neighbour": {"nl": "Buur", "en": "Neighbour"},
    "net.relation.colleague": {"nl": "Werk of studie", "en": "Work or study"},
    "net.relation.school": {"nl": "School of klas", "en": "School or class"},
    "net.relation.club": {
        "nl": "Club, geloof of vrijwilligerswerk",
        "en": "Club, faith or volunteering",
    },
    "net.relation.professional": {"nl": "Hulpverlener", "en": "Professional help"},
    "net.code.partner": {"nl": "P", "en": "P"},
    "net.code.family": {"nl": "F", "en": "R"},
    "net.code.friend": {"nl": "V", "en": "F"},
    "net.code.neighbour": {"nl": "B", "en": "N"},
    "net.code.colleague": {"nl": "W", "en": "W"},
    "net.code.school": {"nl": "S", "en": "S"},
    "net.code.club": {"nl": "C", "en": "C"},
    "net.code.professional": {"nl": "H", "en": "H"},
    # short legend words (the map is small)
    "net.legend.partner": {"nl": "partner", "en": "partner"},
    "net.legend.family": {"nl": "familie", "en": "family"},
    "net.legend.friend": {"nl": "vriend", "en": "friend"},
    "net.legend.neighbour": {"nl": "buur", "en": "neighbour"},
    "net.legend.colleague": {"nl": "werk/studie", "en": "work/study"},
    "net.legend.school": {"nl": "school", "en": "school"},
    "net.legend.club": {"nl": "club/geloof", "en": "club/faith"},
    "net.legend.professional": {"nl": "hulpverlener", "en": "professional"},
    # --- circles ----------------------------------------------------------------------
    "net.circle.inner": {"nl": "Binnenste cirkel", "en": "Inner circle"},
    "net.circle.middle": {"nl": "Middelste cirkel", "en": "Middle circle"},
    "net.circle.outer": {"nl": "Buitenste cirkel", "en": "Outer circle"},
    "net.circle.inner.short": {"nl": "binnen", "en": "inner"},
    "net.circle.middle.short": {"nl": "midden", "en": "middle"},
    "net.circle.outer.short": {"nl": "buiten", "en": "outer"},
    "net.circle.inner.help": {
        "nl": "Mensen zonder wie je je leven moeilijk kunt voorstellen.",
        "en": "People you can hardly imagine your life without.",
    },
    "net.circle.middle.help": {
        "nl": "Mensen die dichtbij staan, maar iets minder dan de binnenste cirkel.",
        "en": "People who are close, but a little less than the inner circle.",
    },
    "net.circle.outer.help": {
        "nl": "Mensen die je kent en die ertoe doen, maar minder dichtbij.",
        "en": "People you know and who matter, but less closely.",
    },
    # --- support ------------------------------------------------------------------------
    "net.support.company": {"nl": "Gezelschap", "en": "Company"},
    "net.support.practical": {"nl": "Praktische hulp", "en": "Practical help"},
    "net.support.advice": {"nl": "Advies", "en": "Advice"},
    "net.support.confide": {
        "nl": "Iemand om in vertrouwen te nemen",
        "en": "Someone to confide in",
    },
    # --- reciprocity ------------------------------------------------------------------
    "net.recip.both": {"nl": "Beide kanten op", "en": "Both ways"},
    "net.recip.i_give": {"nl": "Ik geef meer", "en": "I give more"},
    "net.recip.they_give": {"nl": "Ik krijg meer", "en": "They give more"},
    "net.recip.unknown": {"nl": "Weet ik niet", "en": "Don't know"},
    # --- the picture --------------------------------------------------------------------
    "net.me": {"nl": "Ik", "en": "Me"},
    "net.more": {"nl": "+{n} meer", "en": "+{n} more"},
    "net.more.in": {"nl": "+{n} meer in {circle}", "en": "+{n} more in {circle}"},
    "net.map.title": {"nl": "Je netwerk", "en": "Your network"},
    "net.map.empty": {
        "nl": "Nog niemand genoemd. Dat is ook een antwoord.",
        "en": "No one named yet. That is an answer too.",
    },
    "net.map.circles": {
        "nl": "Cirkels van binnen naar buiten: binnen, midden, buiten.",
        "en": "Circles from the centre out: inner, middle, outer.",
    },
    "net.map.desc": {
        "nl": "Drie cirkels rond jou, met de mensen die je noemde. De letter zegt hoe je iemand kent.",
        "en": "Three circles around you, with the people you named. The letter says how you know them.",
    },
    # --- reasons (engine/reasons.py) --------------------------------------------------
    "net.reason": {"nl": "In je netwerk: {text}", "en": "In your network: {text}"},
    "net.reason.people.0": {"nl": "je noemde niemand", "en": "you named no one"},
    "net.reason.people.1": {"nl": "je noemde één persoon", "en": "you named one person"},
    "net.reason.people.n": {"nl": "je noemde {n} mensen", "en": "you named {n} people"},
    "net.reason.circle.0": {"nl": "niemand in de {circle}", "en": "no one in the {circle}"},
    "net.reason.circle.1": {"nl": "één persoon in de {circle}", "en": "one person in the {circle}"},
    "net.reason.circle.n": {"nl": "{n} mensen in de {circle}", "en": "{n} people in the {circle}"},
    "net.reason.circle_name.inner": {"nl": "binnenste cirkel", "en": "inner circle"},
    "net.reason.circle_name.middle": {"nl": "middelste cirkel", "en": "middle circle"},
    "net.reason.circle_name.outer": {"nl": "buitenste cirkel", "en": "outer circle"},
    "net.reason.one_sided.0": {
        "nl": "bij niemand gaat de steun vooral één kant op",
        "en": "with no one does support go mostly one way",
    },
    "net.reason.one_sided.1": {
        "nl": "bij één persoon gaat de steun vooral één kant op",
        "en": "with one person, support goes mostly one way",
    },
    "net.reason.one_sided.n": {
        "nl": "bij {n} mensen gaat de steun vooral één kant op",
        "en": "with {n} people, support goes mostly one way",
    },
    "net.reason.i_give_more.0": {
        "nl": "er is niemand bij wie je vaker steun geeft dan je krijgt",
        "en": "there is no one you give support to more often than you get it",
    },
    "net.reason.i_give_more.1": {
        "nl": "je geeft vaker steun dan je krijgt bij één persoon",
        "en": "you give support more often than you get it with one person",
    },
    "net.reason.i_give_more.n": {
        "nl": "je geeft vaker steun dan je krijgt bij {n} mensen",
        "en": "you give support more often than you get it with {n} people",
    },
    "net.reason.they_give_more.0": {
        "nl": "er is niemand van wie je vaker steun krijgt dan je geeft",
        "en": "there is no one you get support from more often than you give it",
    },
    "net.reason.they_give_more.1": {
        "nl": "je krijgt vaker steun dan je geeft bij één persoon",
        "en": "you get support more often than you give it with one person",
    },
    "net.reason.they_give_more.n": {
        "nl": "je krijgt vaker steun dan je geeft bij {n} mensen",
        "en": "you get support more often than you give it with {n} people",
    },
    "net.reason.kinds.n": {
        "nl": "je noemde {n} soort(en) relaties",
        "en": "you named {n} kind(s) of relationship",
    },
    "net.reason.missing_kinds.n": {
        "nl": "{n} soort(en) relaties noemde je niet",
        "en": "{n} kind(s) of relationship you did not name",
    },
    "net.reason.supports.n": {
        "nl": "je noemde {n} soort(en) steun",
        "en": "you named {n} kind(s) of support",
    },
    "net.reason.missing_supports.n": {
        "nl": "{n} soort(en) steun noemde je bij niemand",
        "en": "{n} kind(s) of support you named for no one",
    },
    "net.reason.generic": {"nl": "{fact}: {value}", "en": "{fact}: {value}"},
    # kind phrases: someone of this kind / no one of this kind / everyone is of this kind
    "net.kind.partner.some": {"nl": "je noemde een partner", "en": "you named a partner"},
    "net.kind.partner.none": {"nl": "je noemde geen partner", "en": "you named no partner"},
    "net.kind.partner.all": {
        "nl": "je noemde alleen je partner",
        "en": "you named only your partner",
    },
    "net.kind.family.some": {
        "nl": "je noemde iemand uit je familie",
        "en": "you named someone from your family",
    },
    "net.kind.family.none": {
        "nl": "je noemde niemand uit je familie",
        "en": "you named no one from your family",
    },
    "net.kind.family.all": {
        "nl": "iedereen die je noemde is familie",
        "en": "everyone you named is family",
    },
    "net.kind.friend.some": {
        "nl": "je noemde een vriend of vriendin",
        "en": "you named a friend",
    },
    "net.kind.friend.none": {
        "nl": "je noemde geen vrienden of vriendinnen",
        "en": "you named no friends",
    },
    "net.kind.friend.all": {
        "nl": "iedereen die je noemde is een vriend of vriendin",
        "en": "everyone you named is a friend",
    },
    "net.kind.neighbour.some": {"nl": "je noemde een buur", "en": "you named a neighbour"},
    "net.kind.neighbour.none": {"nl": "je noemde geen buren", "en": "you named no neighbours"},
    "net.kind.neighbour.all": {
        "nl": "iedereen die je noemde is een buur",
        "en": "everyone you named is a neighbour",
    },
    "net.kind.colleague.some": {
        "nl": "je noemde iemand van je werk of studie",
        "en": "you named someone from work or study",
    },
    "net.kind.colleague.none": {
        "nl": "je noemde niemand van je werk of studie",
        "en": "you named no one from work or study",
    },
    "net.kind.colleague.all": {
        "nl": "iedereen die je noemde ken je van werk of studie",
        "en": "everyone you named is from work or study",
    },
    "net.kind.school.some": {
        "nl": "je noemde iemand van school of je klas",
        "en": "you named someone from school or your class",
    },
    "net.kind.school.none": {
        "nl": "je noemde niemand van school of je klas",
        "en": "you named no one from school or your class",
    },
    "net.kind.school.all": {
        "nl": "iedereen die je noemde ken je van school of je klas",
        "en": "everyone you named is from school or your class",
    },
    "net.kind.club.some": {
        "nl": "je noemde iemand van een club, geloof of vrijwilligerswerk",
        "en": "you named someone from a club, faith or volunteering",
    },
    "net.kind.club.none": {
        "nl": "je noemde niemand van een club, geloof of vrijwilligerswerk",
        "en": "you named no one from a club, faith or volunteering",
    },
    "net.kind.club.all": {
        "nl": "iedereen die je noemde ken je van een club, geloof of vrijwilligerswerk",
        "en": "everyone you named is from a club, faith or volunteering",
    },
    "net.kind.professional.some": {
        "nl": "je noemde een hulpverlener",
        "en": "you named a professional",
    },
    "net.kind.professional.none": {
        "nl": "je noemde geen hulpverleners",
        "en": "you named no professionals",
    },
    "net.kind.professional.all": {
        "nl": "iedereen die je noemde is een hulpverlener",
        "en": "everyone you named is a professional",
    },
    # support phrases: someone gives this / no one gives this / the only kind named
    "net.sup.company.some": {"nl": "iemand voor gezelschap", "en": "someone for company"},
    "net.sup.company.none": {"nl": "niemand voor gezelschap", "en": "no one for company"},
    "net.sup.practical.some": {
        "nl": "iemand voor praktische hulp",
        "en": "someone for practical help",
    },
    "net.sup.practical.none": {
        "nl": "niemand voor praktische hulp",
        "en": "no one for practical help",
    },
    "net.sup.advice.some": {"nl": "iemand voor advies", "en": "someone for advice"},
    "net.sup.advice.none": {"nl": "niemand voor advies", "en": "no one for advice"},
    "net.sup.confide.some": {
        "nl": "iemand die je in vertrouwen kunt nemen",
        "en": "someone to confide in",
    },
    "net.sup.confide.none": {
        "nl": "niemand die je in vertrouwen kunt nemen",
        "en": "no one to confide in",
    },
    "net.sup.only": {
        "nl": "de enige steun die je noemde is: {support}",
        "en": "the only support you named is: {support}",
    },
    # --- the editor -----------------------------------------------------------------------
    "net.ed.add": {"nl": "Toevoegen", "en": "Add"},
    "net.ed.edit": {"nl": "Wijzigen", "en": "Edit"},
    "net.ed.remove": {"nl": "Weghalen", "en": "Remove"},
    "net.ed.col.name": {"nl": "Naam", "en": "Name"},
    "net.ed.col.relation": {"nl": "Relatie", "en": "Relation"},
    "net.ed.col.circle": {"nl": "Cirkel", "en": "Circle"},
    "net.ed.empty": {
        "nl": "Je hoeft niemand te noemen. Een lege lijst is ook een goed antwoord. "
        "Wil je toch iemand noemen? Druk op a of kies Toevoegen.",
        "en": "You don't have to name anyone. An empty list is a fine answer too. "
        "Would you like to name someone? Press a or choose Add.",
    },
    "net.ed.keys": {
        "nl": "a: toevoegen · n: nog iemand zoals deze · e of Enter: wijzigen · "
        "x of Delete: weghalen · u: ongedaan maken",
        "en": "a: add · n: another one like this · e or Enter: edit · "
        "x or Delete: remove · u: undo",
    },
    "net.ed.earlier.1": {
        "nl": "Vorige keer noemde je 1 persoon: {names}. Wil je met die lijst beginnen? "
        "Je ziet de persoon dan hieronder en kunt wijzigen of weghalen.",
        "en": "Last time you named 1 person: {names}. Would you like to start from that "
        "list? You will see them below and can change or remove them.",
    },
    "net.ed.earlier.n": {
        "nl": "Vorige keer noemde je {n} mensen: {names}. Wil je met die lijst beginnen? "
        "Je ziet ze dan hieronder en kunt iedereen wijzigen of weghalen.",
        "en": "Last time you named {n} people: {names}. Would you like to start from that "
        "list? You will see them below and can change or remove anyone.",
    },
    "net.ed.earlier.yes": {"nl": "Ja, begin met die lijst", "en": "Yes, start from that list"},
    "net.ed.earlier.no": {"nl": "Nee, begin leeg", "en": "No, start empty"},
    "net.ed.earlier.taken": {
        "nl": "Dit is je lijst van vorige keer. Kijk of het nog klopt.",
        "en": "This is your list from last time. See if it is still right.",
    },
    "net.ed.like": {"nl": "Nog iemand zoals deze", "en": "Another one like this"},
    "net.ed.undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "net.ed.count.0": {"nl": "Niemand genoemd", "en": "No one named"},
    "net.ed.count.1": {"nl": "1 persoon genoemd", "en": "1 person named"},
    "net.ed.count.n": {"nl": "{n} mensen genoemd", "en": "{n} people named"},
    "net.ed.removed": {
        "nl": "Weggehaald: {name}. Ongedaan maken? Druk op u.",
        "en": "Removed: {name}. Undo? Press u.",
    },
    "net.form.title.add": {"nl": "Iemand toevoegen", "en": "Add someone"},
    "net.form.title.edit": {"nl": "Iemand wijzigen", "en": "Edit someone"},
    "net.form.title.like": {
        "nl": "Nog iemand: {relation}, {circle}",
        "en": "Another one: {relation}, {circle}",
    },
    "net.form.name": {"nl": "Naam", "en": "Name"},
    "net.form.name.hint": {
        "nl": "Een voornaam, bijnaam of initialen (hoogstens {max} tekens).",
        "en": "A first name, nickname or initials (up to {max} characters).",
    },
    "net.form.name.placeholder": {
        "nl": "een voornaam, bijnaam of initialen",
        "en": "a first name, nickname or initials",
    },
    "net.form.name.missing": {
        "nl": "Vul een naam in, of kies Annuleren.",
        "en": "Fill in a name, or choose Cancel.",
    },
    "net.form.relation.missing": {
        "nl": "Kies hoe je deze persoon kent.",
        "en": "Choose how you know this person.",
    },
    "net.form.relation": {"nl": "Hoe ken je deze persoon?", "en": "How do you know them?"},
    "net.form.circle": {"nl": "Hoe dichtbij?", "en": "How close?"},
    "net.form.supports": {
        "nl": "Wat delen jullie? (mag je overslaan)",
        "en": "What do you share? (you may skip this)",
    },
    "net.form.recip": {
        "nl": "Gaat de steun beide kanten op? (mag je overslaan)",
        "en": "Does support go both ways? (you may skip this)",
    },
    "net.form.save": {"nl": "Opslaan", "en": "Save"},
    "net.form.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "net.form.keys": {
        "nl": "Tab: volgende veld · Spatie: kiezen · Ctrl+S: opslaan · Esc: annuleren",
        "en": "Tab: next field · Space: choose · Ctrl+S: save · Esc: cancel",
    },
    "net.form.keys.like": {
        "nl": "Typ de naam en druk op Enter: opslaan · Tab: iets anders kiezen · Esc: annuleren",
        "en": "Type the name and press Enter: save · Tab: choose something else · Esc: cancel",
    },
}
