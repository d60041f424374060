"""After sending: what happened to the letters, what the follow-up letters say about it,
and the rules each authority sets for a complaint (../shared/legal/authorities.md).

Nothing here is kept: the answers travel in the POST body of each request, like step 3's.
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import pgettext_lazy

# A short final period in a reminder: no law sets it, so the letter only asks.
FINAL_PERIOD_DAYS = 14
# LinkedIn's policy has mentioned AI training since then: no letter about it is older.
EARLIEST_SENT_ON = datetime.date(2024, 9, 18)
# The calendar's reminder comes this many days before the answer is due.
REMIND_DAYS_BEFORE = 3

# How the member sent the letters: the form's label, and how the follow-up letters say it.
CHANNELS = {
    "objection_form": pgettext_lazy("ui", "LinkedIn's objection form"),
    "dpo_form": pgettext_lazy("ui", "LinkedIn's form for the Data Protection Officer"),
    "privacy_form": pgettext_lazy("ui", "LinkedIn's form for privacy questions and requests"),
    "email": pgettext_lazy("ui", "Email to the Data Protection Officer"),
    "post": pgettext_lazy("ui", "Post"),
}
# The channels of each route (Law.route): TS-DPRO is no US channel (facts.md 6.1).
CHANNELS_OF_ROUTE = {
    "objection_form": ("objection_form", "dpo_form", "email", "post"),
    "us": ("privacy_form", "email", "post"),
}
CHANNEL_IN_LETTER = {
    "objection_form": pgettext_lazy("letter", "through LinkedIn's Data Processing Objection form"),
    "dpo_form": pgettext_lazy("letter", "through LinkedIn's form for the Data Protection Officer"),
    "privacy_form": pgettext_lazy(
        "letter", "through LinkedIn's form for privacy questions and requests"
    ),
    "email": pgettext_lazy("letter", "by email to LinkedIn's Data Protection Officer"),
    "post": pgettext_lazy("letter", "by post"),
}

# What LinkedIn did, as the follow-up form asks it.
OUTCOMES = {
    "no_answer": pgettext_lazy("ui", "No answer yet"),
    "refused": pgettext_lazy("ui", "LinkedIn refused"),
    "partial": pgettext_lazy("ui", "LinkedIn answered only in part"),
    "asked_id": pgettext_lazy("ui", "LinkedIn asked me to prove who I am"),
    "extended": pgettext_lazy("ui", "LinkedIn extended its time to answer"),
}

# What LinkedIn did, as a reminder tells LinkedIn and as a complaint tells the authority.
OUTCOME_IN_REMINDER = {
    "no_answer": pgettext_lazy(
        "letter",
        "I asked you to answer by %(answer_due)s. That date has passed and I have "
        "received no answer.",
    ),
    "refused": pgettext_lazy(
        "letter",
        "You refused my requests, giving no reason that the law accepts for refusing them. "
        "I maintain my requests in full.",
    ),
    "partial": pgettext_lazy(
        "letter", "You answered only part of my requests. I maintain the rest in full."
    ),
    "asked_id": pgettext_lazy(
        "letter",
        "You asked me to prove my identity. The email address of my account and my profile "
        "URL, given above, identify me, and you can confirm them through my account, for "
        "example by writing to me at that address. If you still have a reasonable doubt about "
        "who I am, please tell me exactly which information you need; please do not ask for "
        "an identity document otherwise.",
    ),
    "extended": pgettext_lazy(
        "letter",
        "You told me that you need more time. The law lets you extend the period only where "
        "it is necessary and only if you give me your reasons; please give them to me if you "
        "have not, and answer the parts of my requests that need no extension now.",
    ),
}
OUTCOME_IN_COMPLAINT = {
    "no_answer": pgettext_lazy(
        "letter", "LinkedIn has not answered, although I asked for an answer by %(answer_due)s."
    ),
    "refused": pgettext_lazy(
        "letter", "LinkedIn refused my requests without giving a reason that the law accepts."
    ),
    "partial": pgettext_lazy("letter", "LinkedIn answered only part of my requests."),
    "asked_id": pgettext_lazy(
        "letter",
        "LinkedIn asked me to prove my identity, although my account email and profile URL "
        "identify me and LinkedIn can confirm them through my account.",
    ),
    "extended": pgettext_lazy(
        "letter", "LinkedIn told me that it needed more time, and has not answered since."
    ),
}

# What an authority requires of a complaint (the `rules` of authorities.toml), in plain words.
RULES = {
    "within_year": pgettext_lazy(
        "ui",
        "Complain within one year of learning that LinkedIn did not comply, and within three "
        "years of the events at most.",
    ),
    "qes_email": pgettext_lazy(
        "ui",
        "A complaint by email must carry a qualified electronic signature. Without one, "
        "send the letter by post, signed by hand.",
    ),
    "aepd_model": pgettext_lazy(
        "ui",
        "The AEPD accepts complaints only on its own models: use the model for a controller "
        "that ignored a request (access, erasure, objection…) in its electronic office, and "
        "attach this letter. A complaint on another form is invalid.",
    ),
    "french_only": pgettext_lazy(
        "ui",
        "The CNIL handles complaints written in French only, so your complaint is in French.",
    ),
    "proof": pgettext_lazy(
        "ui",
        "Attach proof of what you did with LinkedIn (your letters, proof of sending, its "
        "answers): a complaint without it is not handled.",
    ),
    "evidence": pgettext_lazy(
        "ui",
        "Upload your letters and LinkedIn's answers as evidence in the form.",
    ),
    "garante_signature": pgettext_lazy(
        "ui",
        "Sign the complaint digitally, or by hand and attach a copy of a valid identity "
        "document. Send it by registered letter with return receipt, or by certified email "
        "(PEC) to protocollo@pec.gpdp.it, which accepts only PEC messages.",
    ),
    "ap_form": pgettext_lazy(
        "ui",
        "The form asks for your initials or name, your address, your email and a form of "
        "address. You cannot view the complaint afterwards: save or print it first.",
    ),
    "uodo_signature": pgettext_lazy(
        "ui",
        "An electronic complaint must be signed with a qualified electronic signature, a "
        "trusted profile (ePUAP) or a personal e-ID signature, and give your electronic "
        "address. A paper complaint needs your handwritten signature. Complaints without "
        "name and address are not examined.",
    ),
    "ico_window": pgettext_lazy(
        "ui",
        "Complain to the ICO within three months of your last contact with LinkedIn. Its "
        "form asks for a summary of up to 2,000 characters, a timeline of dates and the harm "
        "caused to you.",
    ),
    "report": pgettext_lazy(
        "ui",
        "The FDPIC receives a report, not a complaint: you are not a party to its "
        "proceedings, and it acts only if the facts suggest a significant breach. It cannot "
        "award damages; a civil court can.",
    ),
    "disagreement": pgettext_lazy(
        "ui",
        "The CAI's complaint form is not for a refused access request: for that, apply to "
        "the CAI for the examination of a disagreement (demande d'examen de mésentente).",
    ),
    "ops001": pgettext_lazy(
        "ui",
        "File the complaint on the PCPD's complaint form OPS001, in Chinese or English, and "
        "attach this letter, your evidence and a copy of your identity document.",
    ),
    "public": pgettext_lazy(
        "ui",
        "Under Texas law a consumer complaint to the Attorney General is open to the public.",
    ),
    "tip": pgettext_lazy(
        "ui",
        "The authority uses complaints to enforce the law; it does not act for you "
        "personally or resolve your case.",
    ),
}

# The fields of an authority's online form (authorities.toml `form_fields`): their label,
# and the template under templates/letters/form/ that writes each.
FORM_FIELDS = {
    "complaint": (pgettext_lazy("ui", "Your complaint"), "complaint"),
    "summary": (pgettext_lazy("ui", "Summary of your complaint"), "complaint"),
    "timeline": (pgettext_lazy("ui", "Timeline"), "timeline"),
    "description": (pgettext_lazy("ui", "Description of your complaint"), "complaint"),
    "evidence": (pgettext_lazy("ui", "Description of your evidence"), "evidence"),
}


@dataclass(frozen=True)
class FollowUp:
    sent_on: datetime.date
    channel: str
    outcome: str
    # The letter kinds the member sent on `sent_on`.
    sent_kinds: tuple
    case_number: str = ""
    # What is missing or wrong in LinkedIn's answer, in the member's words.
    missing: str = ""
    reminder_on: datetime.date | None = None

    @property
    def parts(self):
        """Pseudo-parts of the law's subject lines: which letters were sent."""
        return [f"sent_{kind}" for kind in self.sent_kinds]


def final_day(day):
    """The end of a reminder's final period, moved off a weekend."""
    end = day + datetime.timedelta(days=FINAL_PERIOD_DAYS)
    while end.weekday() >= 5:
        end += datetime.timedelta(days=1)
    return end


SENT_ON_ERROR = pgettext_lazy(
    "ui",
    "The calendar needs the day you sent your letters, as year-month-day (e.g. 2026-11-02), "
    "no earlier than 18 September 2024 and not in the future.",
)


def parse_sent_on(value):
    """The calendar's only input; None unless a real day between EARLIEST_SENT_ON and today."""
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return day if EARLIEST_SENT_ON <= day <= datetime.date.today() else None
