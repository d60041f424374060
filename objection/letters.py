"""From a member's answers to a letter: pure data first, then HTML, then PDF."""

import datetime
from dataclasses import dataclass
from functools import cached_property

from babel.dates import format_date
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import pgettext_lazy

from objection import envelope, pdf, typography
from objection.authorities import shown_in
from objection.jurisdictions import Region
from objection.linkedin import MICROSOFT, Controller


@dataclass(frozen=True)
class LetterKind:
    key: str
    title: str
    # Offered only when the member ticked this processing.
    needs: str = ""
    # Addressed to this controller instead of the region's.
    recipient: Controller | None = None


# Each kind has templates/letters/<kind>.html, which the law's own
# templates/letters/law/<family>_<kind>.html extends; a law lists the kinds it offers.
LETTER_KINDS = {
    "objection": LetterKind(
        "objection",
        pgettext_lazy("letter", "Objection to the processing of my personal data"),
    ),
    "erasure": LetterKind(
        "erasure",
        pgettext_lazy("letter", "Request for erasure of my personal data"),
    ),
    "microsoft": LetterKind(
        "microsoft",
        pgettext_lazy("letter", "Objection to the training of your AI models with my data"),
        needs="microsoft_ai",
        recipient=MICROSOFT,
    ),
}

# How the letters name each processing, in LinkedIn's own terms (facts.md 6.3); the form's
# labels are in jurisdictions.py.
PROCESSING_IN_LETTER = {
    "ai_training": pgettext_lazy(
        "letter",
        "the training of AI models that generate content with my data (my profile, posts, "
        "articles, comments, poll answers, CVs and screening answers, group activity and "
        "group messages, and my prompts to LinkedIn's AI features)",
    ),
    "hiring_assistant": pgettext_lazy(
        "letter",
        "the use of my data in Hiring Assistant, the AI that summarises for recruiters how "
        "well I match their jobs",
    ),
    "personalised_ads": pgettext_lazy(
        "letter",
        "the use of my data to show me personalised ads, including the profiling this involves",
    ),
    "direct_marketing": pgettext_lazy(
        "letter",
        "the use of my data for direct marketing, including profiling related to it",
    ),
    "other_ai": pgettext_lazy(
        "letter",
        "the use of my data for other AI models: content classification, trust and safety, "
        "and the detection of security threats",
    ),
    "microsoft_ai": pgettext_lazy(
        "letter",
        "the disclosure of my posts, comments, articles, videos, Learning content, Page data "
        "and job posts to Microsoft for the training of Microsoft's own AI models",
    ),
    "microsoft_ads": pgettext_lazy(
        "letter",
        "the sharing of my data with Microsoft and other LinkedIn affiliates for their advertising",
    ),
    "targeted_ads": pgettext_lazy(
        "letter",
        "the use of my data, including data LinkedIn receives from others, to target "
        "advertising to me on and off LinkedIn",
    ),
}

# Grounds from a member's particular situation (GDPR Art. 21(1) needs one; facts.md 6.3).
GROUNDS = {
    "before_notice": pgettext_lazy(
        "letter",
        "Most of what I posted on LinkedIn dates from before LinkedIn announced that it would "
        "train generative AI on it. When I posted it, I could not reasonably expect this use.",
    ),
    "third_parties": pgettext_lazy(
        "letter",
        "My posts, comments and group contributions refer to other people, such as clients, "
        "patients, sources or colleagues, who never agreed to this use.",
    ),
    "sensitive_groups": pgettext_lazy(
        "letter",
        "My group activity reveals sensitive matters about me, such as my health, beliefs, "
        "political opinions or trade-union membership.",
    ),
    "reliance": pgettext_lazy(
        "letter",
        "I depend on LinkedIn for my work and for finding work, so leaving the service is "
        "no fair choice for me.",
    ),
    "safety": pgettext_lazy(
        "letter",
        "I have reasons to fear that my information reappears in unforeseen contexts, for "
        "example a risk of harassment or stalking.",
    ),
}

# Processing by AI models: the erasure asks for training copies only where one is chosen.
AI_PROCESSING = ("ai_training", "hiring_assistant", "other_ai", "microsoft_ai")

# Languages whose letters repeat the addressee after the closing (Chinese: 此致 ...).
ADDRESSEE_AFTER_CLOSING = {"zh-hant"}


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
    # The German Land, where the competent authority depends on it.
    subdivision: str = ""
    # Hong Kong: "before" or "after" 18 September 2024, or "unsure".
    joined: str = ""

    @property
    def has_grounds(self):
        return bool(self.grounds or self.grounds_text)


@dataclass(frozen=True)
class Letter:
    kind: LetterKind
    answers: Answers
    date: datetime.date

    @property
    def region(self):
        return self.answers.region

    @cached_property
    def law(self):
        return self.region.law.on(self.date)

    @property
    def language(self):
        return self.answers.letter_language

    @property
    def title(self):
        return self.law.titles.get(self.kind.key, self.kind.title)

    @property
    def recipient(self):
        return self.kind.recipient or self.region.controller

    @property
    def reply_by(self):
        """The date the letter asks for: the legal end on same-day receipt, on a working day."""
        return self.law.deadline.asked_by(self.date)

    @property
    def legal_end(self):
        """The end of the legal period if LinkedIn receives the letter on its date."""
        return self.law.deadline.legal_end(self.date)

    @property
    def template(self):
        return f"letters/law/{self.law.family}_{self.kind.key}.html"

    def parts(self):
        """Each part of the law present in this letter, with the processing it names."""
        parts = {}
        for key in self.answers.processing:
            parts.setdefault(self.law.parts[key], []).append(PROCESSING_IN_LETTER[key])
        # Parts that depend on the member's answers rather than on a processing.
        if self.answers.has_grounds:
            parts["grounds"] = [True]
        if self.answers.joined == "before":
            parts["joined_before"] = [True]
        return parts

    def context(self):
        law = self.law
        language = self.language
        parts = self.parts()
        return {
            "letter": self,
            "kind": self.kind,
            "title": self.title,
            "answers": self.answers,
            "region": self.region,
            "law": law,
            "state": law.state,
            "cite": law.cite,
            "citations": law.citations(self.kind.key, parts),
            "controller": self.recipient,
            "controller_address": self.recipient.address_lines(babel_locale(language)),
            "authorities": shown_in(
                self.region.authorities_for(self.answers.subdivision), language
            ),
            "processing": self.answers.processing,
            "processing_items": [PROCESSING_IN_LETTER[key] for key in self.answers.processing],
            "parts": parts,
            "grounds": [GROUNDS[key] for key in self.answers.grounds],
            "date": format_day(self.date, language, self.region),
            "reply_by": format_day(self.reply_by, language, self.region),
            "toggle_off_date": (
                format_day(self.answers.toggle_off_date, language, self.region)
                if self.answers.toggle_off_date
                else ""
            ),
            "upcoming_date": (
                format_day(law.state.in_force, language, self.region) if law.state else ""
            ),
            "html_lang": html_lang(language),
            "window": envelope.window(self.region),
            "return_line": envelope.return_line(self.answers.full_name, self.answers.address),
            "addressee_after_closing": language in ADDRESSEE_AFTER_CLOSING,
            "ai_chosen": any(key in AI_PROCESSING for key in self.answers.processing),
            # An English letter need not ask for an English reply.
            "ask_reply_language": language != "en",
        }


def kinds_for(answers):
    """The letter kinds a member gets: the law's, less those whose processing is unticked."""
    return [
        LETTER_KINDS[key]
        for key in answers.region.law.kinds
        if not LETTER_KINDS[key].needs or LETTER_KINDS[key].needs in answers.processing
    ]


def format_day(day, language, region=None):
    text = format_date(day, "long", locale=babel_locale(language, region))
    return typography.first_of_the_month(text, day, language)


# English letters outside the US are dated day-month-year (facts.md 6.7).
ENGLISH_LOCALES = {"IE": "en_IE", "HK": "en_HK", "US": "en_US"}


def babel_locale(language, region=None):
    if language == "en" and region is not None:
        return ENGLISH_LOCALES.get(region.code.split("-")[0], "en_GB")
    return {"zh-hant": "zh_Hant_HK"}.get(language, translation.to_locale(language))


def html_lang(language):
    # Without the region, Chinese text would take Japanese glyph shapes.
    return {"zh-hant": "zh-Hant-HK", "de-ch": "de-CH", "fr-ca": "fr-CA"}.get(language, language)


def build_letter(kind: str, answers: Answers, today: datetime.date) -> Letter:
    return Letter(kind=LETTER_KINDS[kind], answers=answers, date=today)


def render_html(letter: Letter) -> str:
    with translation.override(letter.language):
        return render_to_string(letter.template, letter.context())


def render_pdf(letter: Letter) -> bytes:
    return pdf.html_to_pdf(render_html(letter))


def filename(letter: Letter) -> str:
    return f"{letter.kind.key}-{letter.region.code}-{letter.date.isoformat()}.pdf"
