"""How a member files a complaint with each authority: its form, its rules, the texts to paste."""

from babel import Locale
from django.utils.translation import pgettext_lazy, to_locale

from objection.authorities import shown_in
from objection.follow_up import FORM_FIELDS, RULES
from objection.letters import render_text


def language_name(code, ui_language):
    locale = Locale.parse(to_locale(ui_language))
    return Locale.parse(to_locale(code)).get_display_name(locale) or code


def language_note(letter, ui_language):
    """What the page says about the language of a complaint, where it matters."""
    authority, chosen = letter.authority, letter.answers.letter_language
    if letter.language != chosen:
        return pgettext_lazy(
            "ui", "Your complaint is in %(language)s, the language this authority works in."
        ) % {"language": language_name(letter.language, ui_language)}
    if authority.languages and chosen.split("-")[0] not in authority.languages:
        return pgettext_lazy(
            "ui",
            "This authority works in %(language)s. Your complaint is in the language you chose "
            "for your letters, so the authority may ask you for a translation.",
        ) % {"language": language_name(authority.languages[0], ui_language)}
    return ""


def shaped(text, limit):
    """A form field's text within the form's character limit, cut at a word if it must be."""
    text = text.strip()
    if not limit or len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(None, 1)[0] + "…"


def route(letter, ui_language):
    """How to file one complaint: the authority's form, its rules, and the texts to paste."""
    authority = letter.authority
    fields = authority.form_fields or ((("complaint", 0),) if authority.complaint_url else ())
    return {
        "letter": letter,
        "authority": authority,
        "title": authority.title_in(ui_language),
        "rules": [RULES[rule] for rule in authority.rules],
        "language_note": language_note(letter, ui_language),
        "fields": [
            {
                "id": f"paste-{authority.code}-{name}",
                "label": FORM_FIELDS[name][0],
                "text": shaped(
                    render_text(letter, f"letters/form/{FORM_FIELDS[name][1]}.txt"), limit
                ),
                "limit": limit,
            }
            for name, limit in fields
        ],
    }


def how_to_complain(authorities, ui_language):
    """What the rights pages say of each authority: its name, form and working languages."""
    return [
        {
            **shown,
            "complaint_url": authority.complaint_url,
            "languages": ", ".join(
                language_name(code, ui_language) for code in authority.languages
            ),
        }
        for shown, authority in zip(shown_in(authorities, ui_language), authorities, strict=True)
    ]
