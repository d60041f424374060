"""Where a member lives decides the law, the controller, the deadline and the letters.

Source: ../shared/legal/facts.md, sections 2 and 4. Each law names a `family`: the
letter templates `letters/law/<family>_<kind>.html` and the rights explanation
`pages/rights/<family>.html` hold the words; this module holds the facts.
"""

import calendar
import datetime
import fnmatch
from dataclasses import dataclass, field

from babel import Locale
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language, pgettext_lazy, to_locale
from django.utils.translation import gettext_lazy as _

from objection.linkedin import CORPORATION, IRELAND, Controller


@dataclass(frozen=True)
class Authority:
    name: str
    website: str
    # Printed only where facts.md confirms it; otherwise the website is the contact.
    address: str = ""


@dataclass(frozen=True)
class Deadline:
    days: int = 0
    months: int = 0

    def due(self, start: datetime.date) -> datetime.date:
        """The same day `months` later (or the month's last day), then `days` more."""
        month_index = start.month - 1 + self.months
        year, month = start.year + month_index // 12, month_index % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return datetime.date(year, month, day) + datetime.timedelta(days=self.days)


@dataclass(frozen=True)
class Law:
    key: str
    family: str
    name: str
    cite: dict
    # Which citations each letter kind names in its subject line.
    subject: dict
    deadline: Deadline
    authorities: tuple
    # Article 18(1)(d) restriction and Article 19 notice exist only in GDPR-style laws.
    gdpr_style: bool = False

    def citations(self, kind):
        return [str(self.cite[role]) for role in self.subject[kind]]


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
    settings_pages: tuple = field(default=())


# --- Authorities (facts.md section 2) -------------------------------------------------

DPC = Authority(
    _("Data Protection Commission (Ireland)"),
    "https://www.dataprotection.ie",
    "21 Fitzwilliam Square South\nDublin 2\nD02 RD28\nIreland",
)
# Only "Wycliffe House" is confirmed; the rest of the ICO's address is UNCONFIRMED.
ICO = Authority(_("Information Commissioner's Office (ICO)"), "https://ico.org.uk")
# FDPIC address UNCONFIRMED (facts.md): its online report form is the route.
FDPIC = Authority(
    _("Federal Data Protection and Information Commissioner (FDPIC)"),
    "https://www.edoeb.admin.ch",
)
OPC = Authority(
    _("Office of the Privacy Commissioner of Canada (OPC)"),
    "https://www.priv.gc.ca",
    "30 Victoria Street, 1st Floor\nGatineau, QC K1A 1H3",
)
CAI = Authority(
    _("Commission d'accès à l'information du Québec (CAI)"),
    "https://www.cai.gouv.qc.ca",
    "525, boul. René-Lévesque Est, bureau 2.36\nQuébec (Québec) G1R 5S9",
)
# Two addresses circulate for the PCPD (UNCONFIRMED): the website is the contact.
PCPD = Authority(
    _("Office of the Privacy Commissioner for Personal Data (PCPD)"),
    "https://www.pcpd.org.hk",
)
CPPA = Authority(_("California Privacy Protection Agency"), "https://cppa.ca.gov")
CALIFORNIA_AG = Authority(_("Attorney General of California"), "https://oag.ca.gov")


# --- Laws (facts.md sections 2 and 4) --------------------------------------------------

GDPR = Law(
    key="gdpr",
    family="gdpr",
    name=_("General Data Protection Regulation (EU) 2016/679 (GDPR)"),
    cite={
        "basis": _("Art. 6(1)(f) GDPR"),
        "object": _("Art. 21(1) GDPR"),
        "object_marketing": _("Art. 21(2) and (3) GDPR"),
        "restrict": _("Art. 18(1)(d) GDPR"),
        "erase": _("Art. 17(1)(c) GDPR"),
        "erase_unlawful": _("Art. 17(1)(d) GDPR"),
        "erase_public": _("Art. 17(2) GDPR"),
        "notify": _("Art. 19 GDPR"),
        "access": _("Art. 15 GDPR"),
        "deadline": _("Art. 12(3) GDPR"),
        "complain": _("Art. 77 GDPR"),
    },
    subject={
        "objection": ("object", "object_marketing", "restrict"),
        "erasure": ("erase", "erase_unlawful", "erase_public", "notify"),
    },
    deadline=Deadline(months=1),
    authorities=(DPC,),
    gdpr_style=True,
)

UK_GDPR = Law(
    key="uk_gdpr",
    family="gdpr",
    name=_("UK General Data Protection Regulation (UK GDPR) and Data Protection Act 2018"),
    cite={
        "scope": _("Art. 3(2) UK GDPR"),
        "basis": _("Art. 6(1)(f) UK GDPR"),
        "object": _("Art. 21(1) UK GDPR"),
        "object_marketing": _("Art. 21(2) and (3) UK GDPR"),
        "restrict": _("Art. 18(1)(d) UK GDPR"),
        "erase": _("Art. 17(1)(c) UK GDPR"),
        "erase_unlawful": _("Art. 17(1)(d) UK GDPR"),
        "erase_public": _("Art. 17(2) UK GDPR"),
        "notify": _("Art. 19 UK GDPR"),
        "access": _("Art. 15 UK GDPR"),
        "deadline": _("Art. 12(3) UK GDPR"),
        "complain": _("Art. 77 UK GDPR"),
    },
    subject={
        "objection": ("object", "object_marketing", "restrict"),
        "erasure": ("erase", "erase_unlawful", "notify"),
    },
    deadline=Deadline(months=1),
    authorities=(ICO,),
    gdpr_style=True,
)

# LinkedIn Ireland is established in the EU, so the GDPR applies to it through
# Art. 3(1) as well: our own inference (facts.md section 4), stated as such.
FADP = Law(
    key="fadp",
    family="fadp",
    name=_("Swiss Federal Act on Data Protection (FADP)"),
    cite={
        "object": _("Art. 30(2)(b) FADP"),
        "justification": _("Art. 31 FADP"),
        "claims": _("Art. 32(2) FADP"),
        "access": _("Art. 25 FADP"),
        "access_deadline": _("Art. 25(7) FADP"),
        "gdpr_scope": _("Art. 3(1) GDPR"),
        "gdpr_object": _("Art. 21 GDPR"),
        "gdpr_erase": _("Art. 17 GDPR"),
    },
    subject={
        "objection": ("object", "justification", "gdpr_object"),
        "erasure": ("claims", "gdpr_erase"),
    },
    deadline=Deadline(days=30),
    authorities=(FDPIC,),
)

PIPEDA_CITATIONS = {
    "consent": _("PIPEDA, Schedule 1, Principle 4.3"),
    "withdraw": _("PIPEDA, Schedule 1, Principle 4.3.8"),
    "limit": _("PIPEDA, Schedule 1, Principle 4.5"),
    "destroy": _("PIPEDA, Schedule 1, Principle 4.5.3"),
    "access": _("PIPEDA, Schedule 1, Principle 4.9"),
    "deadline": _("PIPEDA, s. 8(3) to (5)"),
}

PIPEDA = Law(
    key="pipeda",
    family="pipeda",
    name=_("Personal Information Protection and Electronic Documents Act (PIPEDA)"),
    cite=PIPEDA_CITATIONS,
    subject={
        "objection": ("withdraw", "consent", "limit"),
        "erasure": ("destroy", "limit"),
    },
    deadline=Deadline(days=30),
    authorities=(OPC,),
)

QUEBEC = Law(
    key="quebec",
    family="quebec",
    name=_(
        "PIPEDA and the Quebec Act respecting the protection of personal information "
        "in the private sector (CQLR, c. P-39.1)"
    ),
    cite={
        **PIPEDA_CITATIONS,
        "qc_access": _("s. 27, Quebec Private Sector Act (CQLR, c. P-39.1)"),
        "qc_delete": _("s. 28, Quebec Private Sector Act (CQLR, c. P-39.1)"),
        "qc_deadline": _("s. 32, Quebec Private Sector Act (CQLR, c. P-39.1)"),
    },
    subject={
        "objection": ("withdraw", "consent", "limit"),
        "erasure": ("destroy", "qc_delete"),
    },
    deadline=Deadline(days=30),
    authorities=(CAI, OPC),
)

# Hong Kong has no general right to object: the letter refuses prescribed consent to
# a new purpose under DPP3 (the "prescribed consent" reading is UNCONFIRMED in
# facts.md, chosen in its section 4) and asks for erasure under s. 26.
PDPO = Law(
    key="pdpo",
    family="pdpo",
    name=_("Personal Data (Privacy) Ordinance (Cap. 486) (PDPO)"),
    cite={
        "dpp1": _("DPP1, Schedule 1, PDPO"),
        "dpp3": _("DPP3, Schedule 1, PDPO"),
        "retention": _("DPP2(2), Schedule 1, PDPO"),
        "marketing": _("s. 35G PDPO"),
        "erase": _("s. 26 PDPO"),
        "access": _("s. 18 PDPO"),
        "access_deadline": _("s. 19 PDPO"),
    },
    subject={
        "objection": ("dpp3", "dpp1", "marketing"),
        "erasure": ("erase", "retention"),
    },
    deadline=Deadline(days=40),
    authorities=(PCPD,),
)

CCPA = Law(
    key="ccpa",
    family="ccpa",
    name=_("California Consumer Privacy Act (CCPA), as amended by the CPRA"),
    cite={
        "opt_out": _("Cal. Civ. Code § 1798.120"),
        "opt_out_methods": _("Cal. Civ. Code § 1798.135"),
        "delete": _("Cal. Civ. Code § 1798.105"),
        "gpc": _("Cal. Code Regs. tit. 11, §§ 7025–7026"),
    },
    subject={"objection": ("opt_out", "opt_out_methods"), "erasure": ("delete",)},
    deadline=Deadline(days=45),
    authorities=(CPPA, CALIFORNIA_AG),
)

US_DEADLINE = Deadline(days=45)


def state_law(state_name, section=None):
    """A US state whose comprehensive privacy law LinkedIn's US notice lists."""
    name = lazy(
        lambda: _("the consumer data privacy law of %(state)s") % {"state": state_name},
        str,
    )()
    cite = {"law": name}
    if section:
        cite["law"] = section
    return Law(
        key="us_state",
        family="us_state",
        name=name,
        cite=cite,
        subject={"objection": ("law",), "erasure": ("law",)},
        deadline=US_DEADLINE,
        authorities=(
            Authority(
                lazy(lambda: _("Attorney General of %(state)s") % {"state": state_name}, str)(),
                "",
            ),
        ),
    )


US_NO_STATE_LAW = Law(
    key="us_none",
    family="us_none",
    name=_("LinkedIn's own privacy commitments (no state privacy law applies)"),
    cite={"policy": _("LinkedIn Privacy Policy and US State Privacy Notice")},
    subject={"objection": ("policy",), "erasure": ("policy",)},
    deadline=US_DEADLINE,
    authorities=(Authority(_("the Attorney General of the state"), ""),),
)


# --- What changed, what can be objected to, where the settings are --------------------

CHANGES = {
    "ai_training": pgettext_lazy("ui", "Your data trains LinkedIn's generative AI"),
    "microsoft_ai": pgettext_lazy("ui", "Your content is shared with Microsoft for its AI"),
    "microsoft_ads": pgettext_lazy("ui", "More data is shared with Microsoft for ads"),
}

# Labels for the form; the letters name each processing in their own words
# (templates/letters/processing/<key>.html).
PROCESSING = {
    "ai_training": pgettext_lazy("ui", "Training of content-generating AI models with my data"),
    "other_ai": pgettext_lazy(
        "ui", "Use of my data for other AI models (personalisation, security and similar)"
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
    "direct_marketing": pgettext_lazy("ui", "Direct marketing and profiling for marketing"),
}


AI_CHANGES = ("ai_training",)
AI_PROCESSING = ("ai_training", "other_ai", "direct_marketing")
AI_SETTINGS = ("ai_setting_url", "privacy_settings_url")


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

CANADA = {
    "CA-AB": _("Alberta"), "CA-BC": _("British Columbia"), "CA-MB": _("Manitoba"),
    "CA-NB": _("New Brunswick"), "CA-NL": _("Newfoundland and Labrador"),
    "CA-NS": _("Nova Scotia"), "CA-ON": _("Ontario"),
    "CA-PE": _("Prince Edward Island"), "CA-QC": _("Quebec"),
    "CA-SK": _("Saskatchewan"), "CA-NT": _("Northwest Territories"),
    "CA-NU": _("Nunavut"), "CA-YT": _("Yukon"),
}  # fmt: skip

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

# States whose law LinkedIn's US notice lists (facts.md section 2), plus Minnesota
# (in force 31 Jul 2025). Only Virginia's section is confirmed there; the others are
# named by state, not by a section number we could not check.
US_STATE_LAWS = {
    "US-VA": _("Va. Code § 59.1-577"),
    **{code: None for code in (
        "US-CO", "US-CT", "US-UT", "US-OR", "US-TX", "US-FL", "US-MT", "US-IA",
        "US-NH", "US-NE", "US-DE", "US-NJ", "US-MN",
    )},
}  # fmt: skip

US_PROCESSING = ("microsoft_ads", "targeted_ads")
US_SETTINGS = (
    "us_sharing_opt_out_url",
    "us_data_from_others_url",
    "ads_settings_url",
    "privacy_settings_url",
)


def us_law(code):
    if code == "US-CA":
        return CCPA
    if code in US_STATE_LAWS:
        return state_law(US_STATES[code], US_STATE_LAWS[code])
    return US_NO_STATE_LAW


def _regions():
    for code, languages in EU_EEA.items():
        yield Region(
            code, country_name(code), "eu", GDPR, IRELAND, AI_CHANGES, AI_PROCESSING,
            "A4", languages, AI_SETTINGS,
        )  # fmt: skip
    yield Region(
        "GB", country_name("GB"), "europe", UK_GDPR, CORPORATION,
        ("ai_training", "microsoft_ai"),
        ("ai_training", "other_ai", "microsoft_ai", "direct_marketing"),
        "A4", ("en",), AI_SETTINGS + ("uk_advertising_data_url",),
    )  # fmt: skip
    yield Region(
        "CH", country_name("CH"), "europe", FADP, IRELAND, AI_CHANGES, AI_PROCESSING,
        "A4", ("de-ch", "fr", "it"), AI_SETTINGS,
    )  # fmt: skip
    for code, name in CANADA.items():
        yield Region(
            code, name, "canada", QUEBEC if code == "CA-QC" else PIPEDA, CORPORATION,
            ("ai_training", "microsoft_ads"),
            ("ai_training", "other_ai", "microsoft_ads", "direct_marketing"),
            "letter", ("fr",) if code == "CA-QC" else ("en", "fr"),
            AI_SETTINGS + ("ads_settings_url",),
        )  # fmt: skip
    yield Region(
        "HK", country_name("HK"), "asia", PDPO, CORPORATION,
        ("ai_training", "microsoft_ads"),
        ("ai_training", "other_ai", "microsoft_ads", "direct_marketing"),
        "A4", ("zh-hant", "en"), AI_SETTINGS + ("ads_settings_url",),
    )  # fmt: skip
    for code, name in US_STATES.items():
        yield Region(
            code, name, "us", us_law(code), CORPORATION, ("microsoft_ads",),
            US_PROCESSING, "letter", ("en",), US_SETTINGS,
        )  # fmt: skip


REGIONS = {region.code: region for region in _regions()}


def enabled(code):
    return any(fnmatch.fnmatchcase(code, pattern) for pattern in settings.ENABLED_REGIONS)


def enabled_regions():
    """The regions this host offers (settings.ENABLED_REGIONS)."""
    return [region for code, region in REGIONS.items() if enabled(code)]


def get_region(code):
    return REGIONS.get(code) if enabled(code) else None
