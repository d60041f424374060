"""Where a member lives decides the law, the controller, the deadline and the letters.

Source: ../shared/legal/facts.md, sections 2, 4 and 6 (section 6 stands where they differ).
Each law names a `family`: the letter templates `letters/law/<family>_<kind>.html` and the
rights explanation `pages/rights/<family>.html` hold the words; this module holds the facts.

A letter names each processing the member ticked under the `part` of the law it falls
under (GDPR: "particular" for Art. 21(1), "marketing" for Art. 21(2)-(3)); the subject
line cites only the provisions whose part is present.
"""

import datetime
import fnmatch
from collections import ChainMap
from dataclasses import dataclass, field, replace

from babel import Locale
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language, pgettext_lazy, to_locale
from django.utils.translation import gettext_lazy as _

from objection import us_states
from objection.authorities import AUTHORITIES, Authority
from objection.deadlines import Deadline
from objection.linkedin import CORPORATION, IRELAND, Controller

DPO = pgettext_lazy("letter", "Attn: Data Protection Officer")
DEAR_DPO = pgettext_lazy("letter", "Dear Data Protection Officer,")


@dataclass(frozen=True)
class Amendment:
    """A change of the law that applies to letters dated on or after `since`."""

    since: datetime.date
    cite: dict = field(default_factory=dict)
    flags: frozenset = frozenset()


@dataclass(frozen=True)
class Law:
    key: str
    family: str
    name: str
    cite: dict
    # kind -> ((citation role, part it needs or None), ...): the subject line.
    subject: dict
    deadline: Deadline
    # processing key -> the part of the letter (and of the law) it falls under.
    parts: dict
    # "required": the "particular" part needs grounds; "optional"; "": no grounds asked.
    grounds: str = "optional"
    # Extra questions on the details step, by form field name.
    questions: tuple = ()
    kinds: tuple = ("objection", "erasure")
    # templates/pages/route/<route>.html: how the member sends the letters.
    route: str = "objection_form"
    titles: dict = field(default_factory=dict)
    attention: str = DPO
    salutation: str = DEAR_DPO
    flags: frozenset = frozenset()
    amendments: tuple = ()
    # The objection/linkedin.py fact naming a form the access request must be made on.
    access_form: str = ""
    # US states: the row of objection/facts/us_states.toml.
    state: object = None
    # kind -> its own period where it differs from `deadline` (access requests).
    deadlines: dict = field(default_factory=dict)
    # The whole period once the controller has extended it as the law permits.
    extension: Deadline | None = None
    # Authority code -> the role of `cite` under which a complaint to it is made.
    complaint_roles: dict = field(default_factory=dict)
    # The role of `cite` that sets the period to answer the first letters, where one does.
    period_role: str = ""

    def on(self, day):
        """The law as it stands on `day`."""
        law = self
        for amendment in self.amendments:
            if day >= amendment.since:
                law = replace(
                    law, cite={**law.cite, **amendment.cite}, flags=law.flags | amendment.flags
                )
        return law

    def citations(self, kind, parts):
        parts = (None, *parts, *self.flags)
        cited = [str(self.cite[role]) for role, part in self.subject[kind] if part in parts]
        return [citation for citation in dict.fromkeys(cited) if citation]

    def deadline_for(self, kind):
        return self.deadlines.get(kind, self.deadline)

    def complaint_cite(self, authority_code):
        return self.cite.get(self.complaint_roles.get(authority_code, "complain"), "")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    group: str
    law: Law
    controller: Controller
    changes: tuple
    processing: tuple
    paper: str
    languages: tuple
    settings_pages: tuple = ()
    # Authority codes in objection/facts/authorities.toml; "*" is the member's subdivision.
    authorities: tuple = ()
    # Where the competent authority depends on it (Germany: the Land), code -> name.
    subdivisions: dict = field(default_factory=dict)
    # The authorities a complaint letter is offered for; by default all of `authorities`.
    complain_to: tuple = ()

    @property
    def default_processing(self):
        return tuple(key for key in self.processing if key not in OPT_IN_PROCESSING)

    def authorities_for(self, subdivision=""):
        """The authorities a member may complain to; "*" needs the member's subdivision."""
        return self._authorities(self.authorities, subdivision)

    def complaint_authorities(self, subdivision=""):
        """The authorities the follow-up page writes a complaint to, first the competent one."""
        return self._authorities(self.complain_to or self.authorities, subdivision)

    @staticmethod
    def _authorities(codes, subdivision):
        codes = [subdivision if code == "*" else code for code in codes]
        return [KNOWN_AUTHORITIES.get(code) for code in codes]


# --- Laws -------------------------------------------------------------------------------

GDPR_PARTS = {
    "ai_training": "particular",
    "hiring_assistant": "particular",
    "other_ai": "particular",
    "microsoft_ai": "particular",
    "personalised_ads": "marketing",
    "direct_marketing": "marketing",
}
GDPR_SUBJECT = {
    "objection": (("object", "particular"), ("object_marketing", "marketing"),
                  ("restrict", "particular")),
    "erasure": (("erase", None), ("erase_unlawful", None), ("restrict", "particular"),
                ("restrict_unlawful", None), ("erase_public", None), ("notify", None)),
    "access": (("access", None),),
    "reminder": (("deadline", None), ("controller_complaint", "controller_complaint")),
}  # fmt: skip

GDPR = Law(
    key="gdpr",
    family="gdpr",
    name=_("General Data Protection Regulation (EU) 2016/679 (GDPR)"),
    cite={
        "basis": _("Art. 6(1)(f) GDPR"),
        "object": _("Art. 21(1) GDPR"),
        "object_marketing": _("Art. 21(2) and (3) GDPR"),
        "object_marketing_erase": _("Art. 21(2) GDPR"),
        "restrict": _("Art. 18(1)(d) GDPR"),
        "restrict_unlawful": _("Art. 18(1)(b) GDPR"),
        "erase": _("Art. 17(1)(c) GDPR"),
        "erase_unlawful": _("Art. 17(1)(d) GDPR"),
        "erase_public": _("Art. 17(2) GDPR"),
        "notify": _("Art. 19 GDPR"),
        "special": _("Art. 9 GDPR"),
        "access": _("Art. 15 GDPR"),
        "accountability": _("Art. 5(2) GDPR"),
        "deadline": _("Art. 12(3) GDPR"),
        "refusal": _("Art. 12(4) GDPR"),
        "complain": _("Art. 77 GDPR"),
        "court": _("Art. 79 GDPR"),
        "damages": _("Art. 82 GDPR"),
    },
    subject=GDPR_SUBJECT,
    deadline=Deadline(months=1, label=pgettext_lazy("ui", "one month"), working_days_of="IE"),
    extension=Deadline(months=3, label=pgettext_lazy("ui", "three months"), working_days_of="IE"),
    parts=GDPR_PARTS,
    grounds="required",
    period_role="deadline",
)

# The Data (Use and Access) Act 2025 changes UK letters by their date (facts.md 6.2).
UK_GDPR = Law(
    key="uk_gdpr",
    family="uk_gdpr",
    name=_("UK General Data Protection Regulation (UK GDPR) and Data Protection Act 2018"),
    cite={
        "scope": _("Art. 3(2)(a) and (b) UK GDPR"),
        "basis": _("Art. 6(1)(f) UK GDPR"),
        "object": _("Art. 21(1) UK GDPR"),
        "object_marketing": _("Art. 21(2) and (3) UK GDPR"),
        "object_marketing_erase": _("Art. 21(2) UK GDPR"),
        "object_research": _("Art. 21(6) UK GDPR"),
        "restrict": _("Art. 18(1)(d) UK GDPR"),
        "restrict_unlawful": _("Art. 18(1)(b) UK GDPR"),
        "erase": _("Art. 17(1)(c) UK GDPR"),
        "erase_unlawful": _("Art. 17(1)(d) UK GDPR"),
        "erase_public": _("Art. 17(2) UK GDPR"),
        "notify": _("Art. 19 UK GDPR"),
        "special": _("Art. 9 UK GDPR"),
        "access": _("Art. 15 UK GDPR"),
        "accountability": _("Art. 5(2) UK GDPR"),
        "deadline": _("Art. 12(3) UK GDPR"),
        "refusal": _("Art. 12(4) UK GDPR"),
        "complain": _("Art. 77 UK GDPR"),
        "court": _("Art. 79 UK GDPR"),
        "damages": _("Art. 82 UK GDPR"),
    },
    subject={
        **GDPR_SUBJECT,
        "microsoft": (("object", None), ("erase", None), ("restrict", None), ("access", None)),
    },
    # The ICO's guidance also moves a period's end off weekends and bank holidays.
    deadline=Deadline(months=1, label=pgettext_lazy("ui", "one month"), working_days_of="GB"),
    extension=Deadline(months=3, label=pgettext_lazy("ui", "three months"), working_days_of="GB"),
    parts=GDPR_PARTS,
    grounds="required",
    period_role="deadline",
    kinds=("objection", "erasure", "microsoft"),
    amendments=(
        # SI 2026/82 reg. 2 [S]: periods under Art. 12A, from receipt, paused for clarification.
        Amendment(datetime.date(2026, 2, 5), cite={"deadline": _("Art. 12A UK GDPR")},
                  flags=frozenset({"art12a"})),
        # DUAA s. 103 [V]: complaints to the controller; Art. 77 reported omitted [S].
        Amendment(datetime.date(2026, 6, 19),
                  cite={"complain": _("s. 165 DPA 2018"),
                        "controller_complaint": _("s. 164A DPA 2018")},
                  flags=frozenset({"controller_complaint"})),
    ),
)  # fmt: skip

# LinkedIn Ireland is established in the EU, so the GDPR applies to it through
# Art. 3(1) as well: our own inference (facts.md section 4), stated as such.
FADP = Law(
    key="fadp",
    family="fadp",
    name=_("Swiss Federal Act on Data Protection (FADP)"),
    cite={
        "object": _("Art. 30 para. 2 let. b FADP"),
        "prohibit": _("Art. 30 para. 3 FADP"),
        "justification": _("Art. 31 FADP"),
        # Proportionality, purpose limitation, destruction (facts.md 6.4 groups them as
        # "Art. 6(3)-(4)"; in the Act proportionality is para. 2).
        "principles": _("Art. 6 paras 2 to 4 FADP"),
        "proportionality": _("Art. 6 para. 2 FADP"),
        "purpose": _("Art. 6 para. 3 FADP"),
        "destroy": _("Art. 6 para. 4 FADP"),
        "sensitive": _("Art. 5 let. c FADP"),
        "sensitive_consent": _("Art. 6 para. 7 let. a FADP"),
        "claims": _("Art. 32 para. 2 FADP"),
        "civil_code": _("Art. 28 et seq. Swiss Civil Code"),
        "access": _("Art. 25 FADP"),
        "access_deadline": _("Art. 25 para. 7 FADP"),
        "access_ordinance": _("Art. 18 Data Protection Ordinance"),
        "report": _("Art. 49 FADP"),
        "gdpr_scope": _("Art. 3(1) GDPR"),
        "gdpr_object": _("Art. 21(1) GDPR"),
        "gdpr_marketing": _("Art. 21(2) and (3) GDPR"),
        "gdpr_erase": _("Art. 17(1)(c) GDPR"),
        "gdpr_complain": _("Art. 77 GDPR"),
    },
    subject={
        "objection": (
            ("object", None),
            ("prohibit", None),
            ("justification", None),
            ("gdpr_object", "grounds"),
            ("gdpr_marketing", "marketing"),
        ),
        "erasure": (
            ("object", None),
            ("justification", None),
            ("principles", None),
            ("claims", None),
            ("gdpr_erase", None),
        ),
        "access": (("access", None), ("access_deadline", None)),
        "reminder": (("access_deadline", "sent_access"),),
    },  # fmt: skip
    deadline=Deadline(days=30, label=pgettext_lazy("ui", "30 days"), statutory=False),
    deadlines={"access": Deadline(days=30, label=pgettext_lazy("ui", "30 days"))},
    # A report to the FDPIC (Art. 49 FADP); a complaint to the DPC under the GDPR.
    complaint_roles={"CH": "report", "IE": "gdpr_complain"},
    parts=GDPR_PARTS,
    # Swiss letters say "data" where GDPR letters say "personal data" (de-ch: "Daten",
    # never "personenbezogene Daten"; facts.md 6.4).
    titles={
        "objection": pgettext_lazy(
            "letter", "Objection to and prohibition of the processing of my data"
        ),
        "erasure": pgettext_lazy("letter", "Request for erasure of my data"),
        "access": pgettext_lazy("letter", "Request for access to my data"),
        "reminder": pgettext_lazy("letter", "Reminder: my requests about my data"),
        "complaint_CH": pgettext_lazy("letter", "Report about LinkedIn's processing of my data"),
    },
)

PIPEDA_CITE = {
    "act": _("Personal Information Protection and Electronic Documents Act (PIPEDA)"),
    "purposes": _("PIPEDA, s. 5(3)"),
    "recommendation": _("PIPEDA, s. 5(2)"),
    "identify": _("PIPEDA, Sch. 1, cl. 4.2.4"),
    "consent": _("PIPEDA, Sch. 1, cl. 4.3"),
    "withdraw": _("PIPEDA, Sch. 1, cl. 4.3.8"),
    "limit": _("PIPEDA, Sch. 1, cl. 4.5"),
    "destroy": _("PIPEDA, Sch. 1, cl. 4.5.3"),
    "access": _("PIPEDA, Sch. 1, cl. 4.9"),
    "deadline": _("PIPEDA, s. 8(3)"),
    "extension": _("PIPEDA, s. 8(4)"),
    "refusal": _("PIPEDA, s. 8(5)"),
}
CONSENT_PARTS = {
    "ai_training": "consent",
    "other_ai": "consent",
    "microsoft_ads": "consent",
    "direct_marketing": "marketing",
}
PIPEDA_SUBJECT = {
    "objection": (("withdraw", None), ("purposes", None), ("identify", None), ("limit", None)),
    "erasure": (("purposes", None), ("limit", None), ("withdraw", None)),
    "access": (("access", None), ("deadline", None)),
    # s. 8(3) sets the period of access requests only.
    "reminder": (("deadline", "sent_access"),),
}
CANADA_DEADLINE = Deadline(days=30, label=pgettext_lazy("ui", "30 days"))
CANADA_TITLES = {
    "objection": pgettext_lazy(
        "letter", "Withdrawal of my consent to the use of my personal information"
    ),
    "erasure": pgettext_lazy("letter", "Request to destroy my personal information"),
    **{
        "access": pgettext_lazy("letter", "Request for access to my personal information"),
        "reminder": pgettext_lazy("letter", "Reminder: my requests about my personal information"),
        "complaint": pgettext_lazy(
            "letter", "Complaint about LinkedIn's handling of my personal information"
        ),
    },
}
US_FOLLOW_UP_TITLES = {
    "reminder": pgettext_lazy("letter", "Reminder: my requests about my personal information"),
    "complaint": pgettext_lazy(
        "letter", "Complaint about LinkedIn's handling of my personal information"
    ),
}

PIPEDA = Law(
    key="pipeda",
    family="pipeda",
    name=PIPEDA_CITE["act"],
    cite=PIPEDA_CITE,
    subject=PIPEDA_SUBJECT,
    deadline=CANADA_DEADLINE,
    extension=Deadline(days=60, label=pgettext_lazy("ui", "60 days")),
    parts=CONSENT_PARTS,
    titles=CANADA_TITLES,
    complaint_roles={"CA": "act"},
    # OIPC BC sends members back until they complained in writing to the privacy officer.
    flags=frozenset({"written_complaint"}),
)


def provincial_law(key, name, cite):
    """British Columbia and Alberta: their own PIPA beside PIPEDA (facts.md 6.5 [U])."""
    return replace(
        PIPEDA,
        key=key,
        name=name,
        cite={**PIPEDA_CITE, "prov_act": name, **cite},
        complaint_roles={"CA": "act", f"CA-{key[:2].upper()}": "prov_act"},
        subject={
            **PIPEDA_SUBJECT,
            "objection": (*PIPEDA_SUBJECT["objection"], ("prov_withdraw", None)),
            "erasure": (*PIPEDA_SUBJECT["erasure"], ("prov_retention", None)),
        },
    )


BC_PIPA = provincial_law(
    "bc_pipa",
    _("Personal Information Protection Act (British Columbia), SBC 2003, c. 63"),
    {"prov_withdraw": _("PIPA (BC), s. 9"), "prov_retention": _("PIPA (BC), s. 35")},
)
AB_PIPA = provincial_law(
    "ab_pipa",
    _("Personal Information Protection Act (Alberta), SA 2003, c. P-6.5"),
    {
        "prov_withdraw": _("PIPA (Alberta), s. 9"),
        "prov_retention": _("PIPA (Alberta), s. 35"),
        # Alberta's 45 days for access requests (facts.md 6.5 [U]).
        "prov_deadline": _("Alberta PIPA"),
    },
)

QUEBEC = Law(
    key="quebec",
    family="quebec",
    name=_(
        "Act respecting the protection of personal information in the private sector "
        "(CQLR, c. P-39.1) and PIPEDA"
    ),
    cite={
        **PIPEDA_CITE,
        "qc_act": _(
            "Act respecting the protection of personal information in the private sector (CQLR, c. P-39.1)"
        ),
        "qc_profiling": _("s. 8.1 of the Private Sector Act"),
        "qc_default": _("s. 9.1 of the Private Sector Act"),
        "qc_use": _("s. 12 of the Private Sector Act"),
        "qc_consent": _("s. 14 of the Private Sector Act"),
        "qc_prospecting": _("s. 22 of the Private Sector Act"),
        "qc_destroy": _("s. 23 of the Private Sector Act"),
        "qc_access": _("s. 27 of the Private Sector Act"),
        "qc_rectify": _("s. 28 of the Private Sector Act"),
        "qc_deadline": _("s. 32 of the Private Sector Act"),
        "ccq_delete": _("art. 40 of the Civil Code of Québec"),
    },
    subject={
        "objection": (
            ("qc_use", None),
            ("qc_consent", None),
            ("qc_default", None),
            ("qc_profiling", None),
            ("qc_prospecting", "marketing"),
            ("withdraw", None),
        ),
        "erasure": (
            ("qc_destroy", None),
            ("ccq_delete", None),
            ("qc_rectify", None),
            ("limit", None),
        ),
        "access": (("qc_access", None), ("qc_deadline", None)),
        "reminder": (("qc_deadline", "sent_access"),),
    },  # fmt: skip
    deadline=CANADA_DEADLINE,
    parts=CONSENT_PARTS,
    titles=CANADA_TITLES,
    complaint_roles={"CA": "act", "CA-QC": "qc_act"},
    attention=pgettext_lazy(
        "letter", "Attn: Person in charge of the protection of personal information"
    ),
    salutation=pgettext_lazy(
        "letter", "Dear Person in charge of the protection of personal information,"
    ),
)

# Hong Kong has no general right to object: the letter refuses prescribed consent to a new
# purpose under DPP3 and stops the provision of data to Microsoft under ss. 35J-35L.
PDPO = Law(
    key="pdpo",
    family="pdpo",
    name=_("Personal Data (Privacy) Ordinance (Cap. 486)"),
    cite={
        "dpp1": _("DPP1, Schedule 1, PDPO"),
        "dpp3": _("DPP3, Schedule 1, PDPO"),
        "retention": _("DPP2(2), Schedule 1, PDPO"),
        "marketing": _("s. 35G PDPO"),
        "transfer": _("ss. 35J to 35L PDPO"),
        "transfer_notice": _("s. 35J PDPO"),
        "transfer_consent": _("s. 35K PDPO"),
        "transfer_stop": _("s. 35L PDPO"),
        "erase": _("s. 26 PDPO"),
        "access": _("s. 18(1) PDPO"),
        "access_form": _("s. 20(3)(e) PDPO"),
        "access_deadline": _("s. 19(1) PDPO"),
        "complain": _("s. 37 PDPO"),
    },
    subject={
        "objection": (
            ("dpp3", "new_purpose"),
            ("dpp1", "joined_before"),
            ("transfer", "transfer"),
            ("marketing", "marketing"),
        ),
        "erasure": (("erase", None), ("retention", None)),
        "access": (("access", None), ("access_form", None), ("access_deadline", None)),
        "reminder": (("access_deadline", "sent_access"),),
    },  # fmt: skip
    deadline=Deadline(days=40, label=pgettext_lazy("ui", "40 days"), statutory=False),
    deadlines={"access": Deadline(days=40, label=pgettext_lazy("ui", "40 days"))},
    parts={
        "ai_training": "new_purpose",
        "other_ai": "new_purpose",
        "microsoft_ads": "transfer",
        "direct_marketing": "marketing",
    },
    questions=("joined",),
    access_form="pcpd_access_form_url",
    titles={
        "objection": pgettext_lazy(
            "letter", "Refusal and withdrawal of consent to the use of my personal data"
        ),
    },
)

US_PARTS = {"microsoft_ads": "affiliates", "targeted_ads": "targeted"}

# US citations are not translated: a statute is cited as its state cites it.
CCPA = Law(
    key="ccpa",
    family="ccpa",
    name="California Consumer Privacy Act (CCPA), Cal. Civ. Code § 1798.100 ff.",
    cite={
        "opt_out": "Cal. Civ. Code § 1798.120",
        "opt_out_methods": "Cal. Civ. Code § 1798.135",
        "sensitive": "Cal. Civ. Code § 1798.121",
        "delete": "Cal. Civ. Code § 1798.105",
        "reply": "Cal. Civ. Code § 1798.130(a)(2)",
        "gpc": "Cal. Code Regs. tit. 11, § 7025",
        "no_verification": "Cal. Code Regs. tit. 11, § 7026(d)",
        "know": "Cal. Civ. Code § 1798.110",
    },
    subject={
        "objection": (("opt_out", None), ("opt_out_methods", None), ("sensitive", None)),
        "erasure": (("delete", None),),
        "access": (("know", None), ("reply", None)),
        "reminder": (("reply", None),),
    },
    deadline=Deadline(days=45, label=pgettext_lazy("ui", "45 days")),
    extension=Deadline(days=90, label=pgettext_lazy("ui", "90 days")),
    period_role="reply",
    parts={"microsoft_ads": "sharing", "targeted_ads": "sharing"},
    grounds="",
    route="us",
    titles={
        "objection": pgettext_lazy(
            "letter", "Request to opt out of the sale and sharing of my personal information"
        ),
        "erasure": pgettext_lazy("letter", "Request to delete my personal information"),
        "access": pgettext_lazy(
            "letter", "Request to know the personal information you have collected about me"
        ),
        **US_FOLLOW_UP_TITLES,
    },
)

# Iowa grants an opt-out of sale only (facts.md 6.1): its subject line says so.
SALE_ONLY_TITLES = {
    "objection": pgettext_lazy(
        "letter",
        "Request to opt out of the sale of my personal data and to stop targeted advertising",
    ),
}
US_TITLES = {
    "objection": pgettext_lazy(
        "letter", "Request to opt out of targeted advertising and of the sale of my personal data"
    ),
    "erasure": pgettext_lazy("letter", "Request to delete my personal data"),
    "access": pgettext_lazy("letter", "Request to access my personal data"),
    **US_FOLLOW_UP_TITLES,
}


def state_law(state):
    """A US state with a comprehensive privacy law: one entry of us_states.toml."""
    return Law(
        key="us_state",
        family="us_state",
        name=f"{state.law} ({state.cite})",
        cite={"law": f"{state.law} ({state.cite})", "delete": state.delete,
              "opt_out": state.opt_out, "reply": state.reply, "appeal": state.appeal},
        subject={"objection": (("law", None), ("opt_out", None)),
                 "erasure": (("law", None), ("delete", None)),
                 "access": (("law", None),), "reminder": (("reply", None),)},
        deadline=Deadline(days=state.reply_days, label=state.period_label),
        extension=Deadline(days=state.reply_days + state.extension_days,
                           label=us_states.period_in_days(state.reply_days + state.extension_days)),
        period_role="reply",
        parts=US_PARTS,
        grounds="",
        route="us",
        titles=US_TITLES if state.targeted_ads_opt_out else {**US_TITLES, **SALE_ONLY_TITLES},
        state=state,
    )  # fmt: skip


US_NO_STATE_LAW = Law(
    key="us_none",
    family="us_none",
    name=_("LinkedIn's own privacy commitments (no state privacy law applies)"),
    cite={
        "policy": _("LinkedIn Privacy Policy and US State Privacy Notice"),
        "ftc": "Section 5 of the FTC Act",
    },
    subject={"objection": (("policy",None),), "erasure": (("policy", None),),
             "access": (("policy", None),), "reminder": (("policy", None),)},
    complaint_roles={"FTC": "ftc"},
    deadline=Deadline(days=45, label=pgettext_lazy("ui", "45 days"), statutory=False),
    parts=US_PARTS,
    grounds="",
    route="us",
    titles=US_TITLES,
)  # fmt: skip


# --- What changed, what can be objected to, where the settings are --------------------

CHANGES = {
    "ai_training": pgettext_lazy("ui", "Your data trains LinkedIn's generative AI"),
    "microsoft_ai": pgettext_lazy("ui", "Your content is shared with Microsoft for its AI"),
    "microsoft_ads": pgettext_lazy("ui", "More data is shared with Microsoft for ads"),
}

# Labels for the form, in LinkedIn's own terms (facts.md 6.3); the letters name each
# processing in their own words (objection/letters.py).
PROCESSING = {
    "ai_training": pgettext_lazy("ui", "Training of content-generating AI models with my data"),
    "hiring_assistant": pgettext_lazy(
        "ui", "Hiring Assistant: AI summaries for recruiters of how well I match a job"
    ),
    "personalised_ads": pgettext_lazy("ui", "Personalised ads based on my data"),
    "direct_marketing": pgettext_lazy("ui", "Direct marketing and profiling for marketing"),
    "other_ai": pgettext_lazy(
        "ui",
        "Other AI: content classification, trust and safety, security (optional: "
        "LinkedIn can more easily justify these)",
    ),
    "microsoft_ai": pgettext_lazy(
        "ui", "Sharing of my content with Microsoft to train Microsoft's own AI"
    ),
    "microsoft_ads": pgettext_lazy(
        "ui", "Sharing of my data with Microsoft and other affiliates for advertising"
    ),
    "targeted_ads": pgettext_lazy(
        "ui", "Targeted advertising based on my data, including data from others"
    ),
}
# Ticked only by a member who chooses them.
OPT_IN_PROCESSING = ("other_ai",)


def country_name(code):
    return Locale.parse(to_locale(get_language() or "en")).territories.get(code, code)


country_name = lazy(country_name, str)

GROUPS = {
    "eu": pgettext_lazy("ui", "European Union and EEA"),
    "europe": pgettext_lazy("ui", "Elsewhere in Europe"),
    "canada": pgettext_lazy("ui", "Canada"),
    "asia": pgettext_lazy("ui", "Asia"),
    "us": pgettext_lazy("ui", "United States"),
}

# ISO 3166-1 code -> official languages (letters default to the first one offered).
EU_EEA = {
    "AT": ("de",), "BE": ("nl", "fr", "de"), "BG": ("bg",), "HR": ("hr",),
    "CY": ("el",), "CZ": ("cs",), "DK": ("da",), "EE": ("et",), "FI": ("fi", "sv"),
    "FR": ("fr",), "DE": ("de",), "GR": ("el",), "HU": ("hu",), "IE": ("en", "ga"),
    "IT": ("it",), "LV": ("lv",), "LT": ("lt",), "LU": ("fr", "de", "lb"),
    "MT": ("mt", "en"), "NL": ("nl",), "PL": ("pl",), "PT": ("pt",), "RO": ("ro",),
    "SK": ("sk",), "SI": ("sl",), "ES": ("es",), "SE": ("sv",),
    "IS": ("is",), "LI": ("de-ch",), "NO": ("nb",),
}  # fmt: skip
# Switzerland and Liechtenstein write "ss" for "ß": their German letters use de-ch.

# The German Länder: a complaint about a company goes to the Land authority (§ 40 BDSG).
GERMAN_LAENDER = {
    "DE-BW": _("Baden-Württemberg"), "DE-BY": _("Bavaria"), "DE-BE": _("Berlin"),
    "DE-BB": _("Brandenburg"), "DE-HB": _("Bremen"), "DE-HH": _("Hamburg"),
    "DE-HE": _("Hesse"), "DE-MV": _("Mecklenburg-Western Pomerania"),
    "DE-NI": _("Lower Saxony"), "DE-NW": _("North Rhine-Westphalia"),
    "DE-RP": _("Rhineland-Palatinate"), "DE-SL": _("Saarland"), "DE-SN": _("Saxony"),
    "DE-ST": _("Saxony-Anhalt"), "DE-SH": _("Schleswig-Holstein"), "DE-TH": _("Thuringia"),
}  # fmt: skip

CANADA = {
    "CA-AB": _("Alberta"), "CA-BC": _("British Columbia"), "CA-MB": _("Manitoba"),
    "CA-NB": _("New Brunswick"), "CA-NL": _("Newfoundland and Labrador"),
    "CA-NS": _("Nova Scotia"), "CA-ON": _("Ontario"),
    "CA-PE": _("Prince Edward Island"), "CA-QC": _("Quebec"),
    "CA-SK": _("Saskatchewan"), "CA-NT": _("Northwest Territories"),
    "CA-NU": _("Nunavut"), "CA-YT": _("Yukon"),
}  # fmt: skip
CANADA_LAWS = {"CA-QC": QUEBEC, "CA-BC": BC_PIPA, "CA-AB": AB_PIPA}
# Quebec's letters rest on its own Act first; for BC and Alberta the OPC comes first, as
# LinkedIn's processing crosses borders (authorities.md section 5).
CANADA_AUTHORITIES = {"CA-QC": ("CA-QC", "CA"), "CA-BC": ("CA", "CA-BC"), "CA-AB": ("CA", "CA-AB")}
# A complaint goes to the province's commissioner first, then to the OPC.
CANADA_COMPLAINTS = {"CA-BC": ("CA-BC", "CA"), "CA-AB": ("CA-AB", "CA")}

US_STATES = {
    "US-AL": _("Alabama"), "US-AK": _("Alaska"), "US-AZ": _("Arizona"),
    "US-AR": _("Arkansas"), "US-CA": _("California"), "US-CO": _("Colorado"),
    "US-CT": _("Connecticut"), "US-DE": _("Delaware"),
    "US-DC": _("District of Columbia"), "US-FL": _("Florida"), "US-GA": _("Georgia"),
    "US-HI": _("Hawaii"), "US-ID": _("Idaho"), "US-IL": _("Illinois"),
    "US-IN": _("Indiana"), "US-IA": _("Iowa"), "US-KS": _("Kansas"),
    "US-KY": _("Kentucky"), "US-LA": _("Louisiana"), "US-ME": _("Maine"),
    "US-MD": _("Maryland"), "US-MA": _("Massachusetts"), "US-MI": _("Michigan"),
    "US-MN": _("Minnesota"), "US-MS": _("Mississippi"), "US-MO": _("Missouri"),
    "US-MT": _("Montana"), "US-NE": _("Nebraska"), "US-NV": _("Nevada"),
    "US-NH": _("New Hampshire"), "US-NJ": _("New Jersey"), "US-NM": _("New Mexico"),
    "US-NY": _("New York"), "US-NC": _("North Carolina"), "US-ND": _("North Dakota"),
    "US-OH": _("Ohio"), "US-OK": _("Oklahoma"), "US-OR": _("Oregon"),
    "US-PA": _("Pennsylvania"), "US-RI": _("Rhode Island"),
    "US-SC": _("South Carolina"), "US-SD": _("South Dakota"), "US-TN": _("Tennessee"),
    "US-TX": _("Texas"), "US-UT": _("Utah"), "US-VT": _("Vermont"),
    "US-VA": _("Virginia"), "US-WA": _("Washington"), "US-WV": _("West Virginia"),
    "US-WI": _("Wisconsin"), "US-WY": _("Wyoming"),
}  # fmt: skip


def named_attorney_general(code):
    """An Attorney General authorities.md does not list: named, with no address or website."""
    name = lazy(lambda: _("Attorney General of %(state)s") % {"state": US_STATES[code]}, str)()
    return Authority(code=code, name=name)


KNOWN_AUTHORITIES = ChainMap(
    AUTHORITIES,
    {code: named_attorney_general(code) for code in US_STATES if code not in AUTHORITIES},
)


def us_law(code):
    if code == "US-CA":
        return CCPA
    if code in us_states.STATES:
        return state_law(us_states.STATES[code])
    return replace(US_NO_STATE_LAW, state=us_states.UPCOMING.get(code))


def us_authorities(code):
    if code == "US-CA":
        return ("US-CA", "US-CA-AG")
    if code in us_states.STATES:
        return (code,)
    return (code, "FTC")


def us_complaints(code):
    """CalPrivacy for California, the state's Attorney General, the FTC where no law applies."""
    if code == "US-CA" or code in us_states.STATES:
        return (code,)
    return ("FTC",)


EUROPE_PROCESSING = (
    "ai_training", "hiring_assistant", "personalised_ads", "direct_marketing", "other_ai",
)  # fmt: skip
AI_SETTINGS = ("ai_setting_url", "privacy_settings_url")
US_PROCESSING = ("microsoft_ads", "targeted_ads")
US_SETTINGS = (
    "us_sharing_opt_out_url",
    "us_data_from_others_url",
    "ads_settings_url",
    "ai_setting_url",
    "privacy_settings_url",
)


def _regions():
    for code, languages in EU_EEA.items():
        yield Region(
            code, country_name(code), "eu", GDPR, IRELAND, ("ai_training",),
            EUROPE_PROCESSING, "A4", languages, AI_SETTINGS,
            authorities=("*", "IE") if code == "DE" else tuple(dict.fromkeys((code, "IE"))),
            subdivisions=GERMAN_LAENDER if code == "DE" else {},
            # The authority where the member lives; it works with the DPC as lead.
            complain_to=("*",) if code == "DE" else (code,),
        )  # fmt: skip
    yield Region(
        "GB", country_name("GB"), "europe", UK_GDPR, CORPORATION,
        ("ai_training", "microsoft_ai"), (*EUROPE_PROCESSING, "microsoft_ai"),
        "A4", ("en",), AI_SETTINGS + ("uk_advertising_data_url",), authorities=("GB",),
    )  # fmt: skip
    yield Region(
        "CH", country_name("CH"), "europe", FADP, IRELAND, ("ai_training",),
        EUROPE_PROCESSING, "A4", ("de-ch", "fr", "it"), AI_SETTINGS,
        authorities=("CH", "IE"),
    )  # fmt: skip
    for code, name in CANADA.items():
        yield Region(
            code, name, "canada", CANADA_LAWS.get(code, PIPEDA), CORPORATION,
            ("ai_training", "microsoft_ads"),
            ("ai_training", "microsoft_ads", "direct_marketing", "other_ai"),
            "letter", ("fr-ca",) if code == "CA-QC" else ("en", "fr-ca"),
            AI_SETTINGS + ("ads_settings_url",),
            authorities=CANADA_AUTHORITIES.get(code, ("CA",)),
            complain_to=CANADA_COMPLAINTS.get(code, ()),
        )  # fmt: skip
    yield Region(
        "HK", country_name("HK"), "asia", PDPO, CORPORATION,
        ("ai_training", "microsoft_ads"),
        ("ai_training", "microsoft_ads", "direct_marketing", "other_ai"),
        "A4", ("zh-hant", "en"), AI_SETTINGS + ("ads_settings_url",), authorities=("HK",),
    )  # fmt: skip
    for code, name in US_STATES.items():
        yield Region(
            code, name, "us", us_law(code), CORPORATION, ("microsoft_ads",),
            US_PROCESSING, "letter", ("en",), US_SETTINGS, authorities=us_authorities(code),
            complain_to=us_complaints(code),
        )  # fmt: skip


REGIONS = {region.code: region for region in _regions()}


def enabled(code):
    return any(fnmatch.fnmatchcase(code, pattern) for pattern in settings.ENABLED_REGIONS)


def enabled_regions():
    """The regions this host offers (settings.ENABLED_REGIONS)."""
    return [region for code, region in REGIONS.items() if enabled(code)]


def get_region(code):
    return REGIONS.get(code) if enabled(code) else None
