"""From a member's answers to a letter: pure data first, then HTML, then PDF."""

import datetime
from dataclasses import dataclass

from babel.dates import format_date
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import pgettext_lazy

from objection import pdf
from objection.jurisdictions import Region


@dataclass(frozen=True)
class LetterKind:
    key: str
    title: str


# Each kind has templates/letters/<kind>.html, which the law's own
# templates/letters/law/<family>_<kind>.html extends.
LETTER_KINDS = {
    "objection": LetterKind(
        "objection",
        pgettext_lazy("letter", "Objection to the processing of my personal data"),
    ),
    "erasure": LetterKind(
        "erasure",
        pgettext_lazy("letter", "Request for erasure of my personal data"),
    ),
}

# How the letters name each processing (the form's labels are in jurisdictions.py).
PROCESSING_IN_LETTER = {
    "ai_training": pgettext_lazy(
        "letter",
        "the use of my personal data (profile, posts, articles, comments, poll answers, "
        "CVs and screening answers, group activity and group messages, and my prompts to "
        "LinkedIn's AI features) to train, fine-tune or improve AI models that generate "
        "content",
    ),
    "other_ai": pgettext_lazy(
        "letter",
        "the use of my personal data for other AI models, such as those used for "
        "personalisation, recommendations or security, which the AI setting does not cover",
    ),
    "microsoft_ai": pgettext_lazy(
        "letter",
        "the sharing of my posts, comments, articles, videos, Learning content, Page data "
        "and job posts with Microsoft for the training of Microsoft's own AI models",
    ),
    "microsoft_ads": pgettext_lazy(
        "letter",
        "the sharing of my personal data with Microsoft and other LinkedIn affiliates for "
        "their advertising",
    ),
    "targeted_ads": pgettext_lazy(
        "letter",
        "the use of my personal data, including data LinkedIn receives from others, to "
        "target advertising to me on and off LinkedIn",
    ),
    "direct_marketing": pgettext_lazy(
        "letter",
        "the use of my personal data for direct marketing, including profiling related to it",
    ),
}

# Preset reasons from a member's particular situation (GDPR Art. 21(1) asks for them).
GROUNDS = {
    "sensitive": pgettext_lazy(
        "letter",
        "My profile, posts and group activity reveal sensitive matters, such as my "
        "health, beliefs, political opinions or trade-union membership.",
    ),
    "confidentiality": pgettext_lazy(
        "letter",
        "My work involves confidential clients, sources or patients, and what I "
        "write on LinkedIn reflects that work.",
    ),
    "own_work": pgettext_lazy(
        "letter",
        "My posts and articles are my own professional and creative work; I do not "
        "want AI models to imitate or reproduce them.",
    ),
    "safety": pgettext_lazy(
        "letter",
        "I have reasons to fear that my information reappears in unforeseen "
        "contexts, for example a risk of harassment or stalking.",
    ),
    "expectation": pgettext_lazy(
        "letter",
        "I shared most of this content years before generative AI training was "
        "announced and could not expect this use.",
    ),
}


@dataclass(frozen=True)
class Answers:
    region: Region
    full_name: str
    email: str
    profile_url: str
    letter_language: str
    processing: tuple
    address: str = ""
    grounds: tuple = ()
    grounds_text: str = ""
    toggle_off_date: datetime.date | None = None


@dataclass(frozen=True)
class Letter:
    kind: LetterKind
    answers: Answers
    date: datetime.date
    reply_by: datetime.date

    @property
    def region(self):
        return self.answers.region

    @property
    def language(self):
        return self.answers.letter_language

    @property
    def template(self):
        return f"letters/law/{self.region.law.family}_{self.kind.key}.html"

    def context(self):
        region = self.region
        language = self.language
        return {
            "letter": self,
            "kind": self.kind,
            "answers": self.answers,
            "region": region,
            "law": region.law,
            "cite": region.law.cite,
            "citations": region.law.citations(self.kind.key),
            "controller": region.controller,
            "controller_address": region.controller.address_lines(babel_locale(language)),
            "authorities": region.law.authorities,
            "processing": self.answers.processing,
            "processing_items": [PROCESSING_IN_LETTER[key] for key in self.answers.processing],
            "grounds": [GROUNDS[key] for key in self.answers.grounds],
            "date": format_day(self.date, language),
            "reply_by": format_day(self.reply_by, language),
            "toggle_off_date": (
                format_day(self.answers.toggle_off_date, language)
                if self.answers.toggle_off_date
                else ""
            ),
            "html_lang": html_lang(self.language),
        }


def format_day(day, language):
    return format_date(day, "long", locale=babel_locale(language))


def babel_locale(language):
    return {"zh-hant": "zh_Hant_HK"}.get(language, translation.to_locale(language))


def html_lang(language):
    # Without the region, Chinese text would take Japanese glyph shapes.
    return {"zh-hant": "zh-Hant-HK", "de-ch": "de-CH"}.get(language, language)


def build_letter(kind: str, answers: Answers, today: datetime.date) -> Letter:
    return Letter(
        kind=LETTER_KINDS[kind],
        answers=answers,
        date=today,
        reply_by=answers.region.law.deadline.due(today),
    )


def render_html(letter: Letter) -> str:
    with translation.override(letter.language):
        return render_to_string(letter.template, letter.context())


def render_pdf(letter: Letter) -> bytes:
    return pdf.html_to_pdf(render_html(letter))


def filename(letter: Letter) -> str:
    return f"{letter.kind.key}-{letter.region.code}-{letter.date.isoformat()}.pdf"
