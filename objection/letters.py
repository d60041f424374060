"""From a member's answers to a letter: pure data first, then HTML, then PDF."""

import datetime
from dataclasses import dataclass
from functools import cached_property

from babel.dates import format_date
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import pgettext_lazy

from objection import envelope, pdf, typography
from objection.authorities import Authority, shown_in
from objection.follow_up import (
    CHANNEL_IN_LETTER,
    OUTCOME_IN_COMPLAINT,
    OUTCOME_IN_REMINDER,
    FollowUp,
    final_day,
)
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
    # Made on the follow-up page, from what happened after the first letters were sent.
    follow_up: bool = False


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
    "access": LetterKind(
        "access", pgettext_lazy("letter", "Request for access to my personal data")
    ),
    "reminder": LetterKind(
        "reminder",
        pgettext_lazy("letter", "Reminder: my requests about my personal data"),
        follow_up=True,
    ),
    "complaint": LetterKind(
        "complaint",
        pgettext_lazy("letter", "Complaint about LinkedIn's processing of my personal data"),
        follow_up=True,
    ),
}
# The kinds the follow-up page offers, in the order a member needs them.
FOLLOW_UP_KINDS = ("reminder", "complaint", "access")

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
class Addressee:
    name: str
    attention: str
    lines: list


@dataclass(frozen=True)
class Letter:
    kind: LetterKind
    answers: Answers
    date: datetime.date
    follow_up: FollowUp | None = None
    # A complaint's recipient, and the language it is written in.
    authority: Authority | None = None
    complaint_language: str = ""

    @property
    def region(self):
        return self.answers.region

    @cached_property
    def law(self):
        return self.region.law.on(self.date)

    @property
    def language(self):
        return self.complaint_language or self.answers.letter_language

    @property
    def title(self):
        titles = self.law.titles
        keyed = f"{self.kind.key}_{self.authority.code}" if self.authority else ""
        return titles.get(keyed) or titles.get(self.kind.key) or self.kind.title

    @property
    def recipient(self):
        return self.kind.recipient or self.region.controller

    def addressee(self):
        if self.authority:
            # Where the address is unknown or unconfirmed, the website tells where to send it.
            lines = self.authority.address_lines or [self.authority.website]
            return Addressee(self.authority.title_in(self.language), "", lines)
        lines = self.recipient.address_lines(babel_locale(self.language))
        return Addressee(self.recipient.name, self.law.attention, lines)

    @property
    def deadline(self):
        return self.law.deadline_for(self.kind.key)

    @property
    def reply_by(self):
        """The date the letter asks for: the legal end on same-day receipt, on a working day."""
        if self.kind.key == "reminder":
            return self.reminder_reply_by()
        return self.deadline.asked_by(self.date)

    def reminder_reply_by(self):
        """A short final period; after an extension, not before the longest one ends."""
        end = final_day(self.date)
        extension = self.law.extension
        if self.follow_up.outcome == "extended" and extension:
            end = max(end, extension.asked_by(self.follow_up.sent_on))
        return end

    @property
    def legal_end(self):
        """The end of the legal period if LinkedIn receives the letter on its date."""
        return self.deadline.legal_end(self.date)

    @property
    def template(self):
        return f"letters/law/{self.law.family}_{self.kind.key}.html"

    @property
    def templates(self):
        """The law's own template for this kind where it has one, else the kind's."""
        return [self.template, f"letters/{self.kind.key}.html"]

    def citations(self, parts):
        if self.kind.key == "complaint":
            return [self.complaint_act()]
        return self.law.citations(self.kind.key, parts)

    def sent_letters(self):
        """The first letters, as the follow-up letters name them: title and citations."""
        parts = self.parts()
        return [
            {
                "title": self.law.titles.get(key, LETTER_KINDS[key].title),
                "citations": self.law.citations(key, parts),
            }
            for key in self.follow_up.sent_kinds
        ]

    def follow_up_context(self):
        sent = self.follow_up
        if sent is None:
            return {}
        day = self.day
        first = self.law.deadline_for(sent.sent_kinds[0])
        dates = {"answer_due": day(first.asked_by(sent.sent_on))}
        period_cite = self.law.cite.get(self.law.period_role, "")
        return {
            **dates,
            "period_cite": period_cite if first.statutory else "",
            "period_end": day(first.legal_end(sent.sent_on)),
            "reminder_by": day(final_day(sent.reminder_on)) if sent.reminder_on else "",
            "controller_complaint_on": self.controller_complaint_on(),
            "follow_up": sent,
            "sent_on": day(sent.sent_on),
            "channel": CHANNEL_IN_LETTER[sent.channel],
            "sent_letters": self.sent_letters(),
            "reminder_on": day(sent.reminder_on) if sent.reminder_on else "",
            "in_reminder": OUTCOME_IN_REMINDER[sent.outcome] % dates,
            "in_complaint": OUTCOME_IN_COMPLAINT[sent.outcome] % dates,
            "authority": self.authority,
            "authority_rules": self.authority.rules if self.authority else (),
            "complaint_act": self.complaint_act() if self.authority else "",
            "complaint_authority": self.complaint_authority_title(),
        }

    def controller_complaint_on(self):
        """The day the member's letters or reminder were also a s. 164A complaint, if any."""
        sent = self.follow_up
        for day in (sent.sent_on, sent.reminder_on):
            if day and "controller_complaint" in self.region.law.on(day).flags:
                return self.day(day)
        return ""

    def complaint_act(self):
        """What a complaint rests on: the provision for complaints, or the law's name."""
        return str(self.law.complaint_cite(self.authority.code) or self.law.name)

    def complaint_authority_title(self):
        first = self.region.complaint_authorities(self.answers.subdivision)[0]
        return first.title_in(self.language) if first else ""

    def day(self, value):
        return format_day(value, self.language, self.region)

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
        for part in self.follow_up.parts if self.follow_up else ():
            parts[part] = [True]
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
            "citations": self.citations(parts),
            "controller": self.recipient,
            "controller_address": self.recipient.address_lines(babel_locale(language)),
            "addressee": self.addressee(),
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
            **self.follow_up_context(),
        }


def kinds_for(answers):
    """The letter kinds a member gets: the law's, less those whose processing is unticked."""
    return [
        LETTER_KINDS[key]
        for key in answers.region.law.kinds
        if not LETTER_KINDS[key].needs or LETTER_KINDS[key].needs in answers.processing
    ]


def complaint_language(language, authority, region):
    """A complaint is written in a language the authority works in, where we have one."""
    offered = dict(settings.LETTER_LANGUAGES)
    own = authority.languages
    if not own or language.split("-")[0] in own:
        return language
    for code in own:
        variants = [lang for lang in region.languages if lang.split("-")[0] == code]
        for candidate in [*variants, code]:
            if candidate in offered:
                return candidate
    return language


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


def build_letter(
    kind: str,
    answers: Answers,
    today: datetime.date,
    sent: FollowUp | None = None,
    authority: Authority | None = None,
) -> Letter:
    language = (
        complaint_language(answers.letter_language, authority, answers.region) if authority else ""
    )
    return Letter(
        kind=LETTER_KINDS[kind],
        answers=answers,
        date=today,
        follow_up=sent,
        authority=authority,
        complaint_language=language,
    )


def render_html(letter: Letter) -> str:
    with translation.override(letter.language):
        return render_to_string(letter.templates, letter.context())


def render_text(letter: Letter, template: str) -> str:
    """A plain-text form of the letter, such as the text for an authority's online form."""
    with translation.override(letter.language):
        return render_to_string(template, letter.context())


def render_pdf(letter: Letter) -> bytes:
    return pdf.html_to_pdf(render_html(letter))


def filename(letter: Letter) -> str:
    to = f"-{letter.authority.code}" if letter.authority else ""
    return f"{letter.kind.key}{to}-{letter.region.code}-{letter.date.isoformat()}.pdf"
