import datetime
import re
import unicodedata
from urllib.parse import quote, unquote, urlsplit

from crispy_forms.helper import FormHelper
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, pgettext_lazy

from objection import follow_up, member_text
from objection.jurisdictions import GROUPS, PROCESSING, enabled_regions
from objection.letters import GROUNDS, LETTER_KINDS, Answers
from objection.place_names import everyday_name

# www., a country (de.), or the mobile site (m.); the profile's own pages may follow its name.
PROFILE_HOST = re.compile(r"^(?:[a-z]{1,3}\.|www\.)?linkedin\.com$")
PROFILE_PATH = re.compile(r"^/in/([^/?#\s]{3,100})(?:/.*)?$")
MAX_ADDRESS_LINES = 6
# LinkedIn was founded in 2003; no AI setting can have been switched off earlier.
EARLIEST_TOGGLE_DATE = datetime.date(2003, 1, 1)


def alphabetical(name):
    """Sorts names as a reader expects: "Île-du-Prince-Édouard" among the I's, not last."""
    letters = unicodedata.normalize("NFKD", str(name))
    return "".join(c for c in letters if not unicodedata.combining(c)).casefold()


def region_choices():
    groups = {}
    for region in enabled_regions():
        groups.setdefault(region.group, []).append((region.code, everyday_name(region)))
    return [
        (GROUPS[group], sorted(choices, key=lambda choice: alphabetical(choice[1])))
        for group, choices in groups.items()
    ]


class RegionForm(forms.Form):
    region = forms.ChoiceField(
        label=pgettext_lazy("ui", "Where do you live?"),
        error_messages={
            "required": pgettext_lazy("ui", "Please choose where you live."),
            "invalid_choice": pgettext_lazy(
                "ui", "We do not know that place. Please choose one from the list."
            ),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = region_choices()


class PrintedMixin:
    """Text printed on a letter: normalised, then checked before any other validator."""

    checks = member_text.PRINTED

    def __init__(self, *args, checks=None, **kwargs):
        super().__init__(*args, **kwargs)
        if checks is not None:
            self.checks = checks

    def to_python(self, value):
        return member_text.normalise(super().to_python(value))

    def validate(self, value):
        super().validate(value)
        for check in self.checks:
            check(value)


class PrintedText(PrintedMixin, forms.CharField):
    pass


class PrintedEmail(PrintedMixin, forms.EmailField):
    pass


def day_field(label, required):
    """A date picker; `required` is False or the message for a missing day."""
    messages = {
        "invalid": pgettext_lazy("ui", "Please enter the date as year-month-day, e.g. 2025-11-02.")
    }
    if required:
        messages["required"] = required
    return forms.DateField(
        label=label,
        required=bool(required),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
        error_messages=messages,
    )


def letter_language_choices(region):
    """The region's official languages and English first, then the rest."""
    enabled = dict(settings.LETTER_LANGUAGES)
    first = [code for code in (*region.languages, "en") if code in enabled]
    ordered = dict.fromkeys(first + list(enabled))
    return [(code, enabled[code]) for code in ordered]


def default_letter_language(region):
    """The UI language, in the region's own variant where it has one (de -> de-ch)."""
    language = get_language()
    variant = next((code for code in region.languages if code.startswith(f"{language}-")), None)
    offered = dict(settings.LETTER_LANGUAGES)
    return next((code for code in (variant, language) if code in offered), "en")


class DetailsForm(forms.Form):
    full_name = PrintedText(
        label=pgettext_lazy("ui", "Full name"),
        help_text=pgettext_lazy("ui", "As it appears on your LinkedIn profile."),
        max_length=200,
        checks=member_text.NAME,
        error_messages={
            "required": pgettext_lazy("ui", "Please enter your name as it appears on LinkedIn.")
        },
    )
    email = PrintedEmail(
        label=pgettext_lazy("ui", "Email address of your LinkedIn account"),
        help_text=pgettext_lazy("ui", "LinkedIn uses it to find your account."),
        max_length=254,
        error_messages={
            "required": pgettext_lazy("ui", "Please enter the email address you use for LinkedIn."),
            "invalid": pgettext_lazy(
                "ui",
                "This does not look like an email address. Please check it, e.g. name@example.org.",
            ),
        },
    )
    profile_url = PrintedText(
        label=pgettext_lazy("ui", "Your LinkedIn profile URL"),
        help_text=pgettext_lazy(
            "ui",
            "Open your profile and copy the address, e.g. https://www.linkedin.com/in/your-name/",
        ),
        max_length=300,
        error_messages={
            "required": pgettext_lazy("ui", "Please paste the address of your LinkedIn profile.")
        },
    )
    address = PrintedText(
        label=pgettext_lazy("ui", "Postal address (optional)"),
        help_text=pgettext_lazy(
            "ui",
            "Only needed if you send the letters by post. End it with your country: the letters "
            "cross a border. It is printed on the letters, nowhere else.",
        ),
        required=False,
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    processing = forms.MultipleChoiceField(
        label=pgettext_lazy("ui", "What do you object to?"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": pgettext_lazy("ui", "Please tick at least one thing to object to."),
            "invalid_choice": pgettext_lazy(
                "ui", "One of the choices does not apply where you live. Please tick again."
            ),
        },
    )
    grounds = forms.MultipleChoiceField(
        label=pgettext_lazy("ui", "Your particular situation"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=list(GROUNDS.items()),
        error_messages={
            "invalid_choice": pgettext_lazy("ui", "Please choose reasons from the list.")
        },
    )
    grounds_text = PrintedText(
        label=pgettext_lazy("ui", "In your own words (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    toggle_off_date = day_field(
        pgettext_lazy("ui", "When did you switch off the AI setting? (optional)"), required=False
    )
    subdivision = forms.ChoiceField(
        label=pgettext_lazy("ui", "Your Land (federal state)"),
        help_text=pgettext_lazy(
            "ui", "Its data protection authority is the one the letters name for complaints."
        ),
        error_messages={
            "required": pgettext_lazy("ui", "Please choose the Land where you live."),
            "invalid_choice": pgettext_lazy("ui", "Please choose a Land from the list."),
        },
    )
    joined = forms.ChoiceField(
        label=pgettext_lazy("ui", "When did you join LinkedIn?"),
        help_text=pgettext_lazy(
            "ui",
            "LinkedIn's policy has mentioned AI training since 18 September 2024: the letter "
            "says you were not told about it only if you joined earlier.",
        ),
        widget=forms.RadioSelect,
        choices=[
            ("before", pgettext_lazy("ui", "Before 18 September 2024")),
            ("after", pgettext_lazy("ui", "On or after 18 September 2024")),
            ("unsure", pgettext_lazy("ui", "I am not sure")),
        ],
        error_messages={
            "required": pgettext_lazy("ui", "Please say when you joined LinkedIn."),
            "invalid_choice": pgettext_lazy("ui", "Please choose one of the answers offered."),
        },
    )
    letter_language = forms.ChoiceField(
        label=pgettext_lazy("ui", "Language of the letters"),
        help_text=pgettext_lazy("ui", "Independent of the language of this site."),
        error_messages={
            "invalid_choice": pgettext_lazy("ui", "Please choose one of the languages offered.")
        },
    )

    def __init__(self, region, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.region = region
        self.fields["processing"].choices = [(key, PROCESSING[key]) for key in region.processing]
        self.fields["processing"].initial = list(region.default_processing)
        self.fields["letter_language"].choices = letter_language_choices(region)
        self.fields["letter_language"].initial = default_letter_language(region)
        if region.subdivisions:
            self.fields["subdivision"].choices = [
                ("", pgettext_lazy("ui", "Choose your Land")),
                *sorted(region.subdivisions.items(), key=lambda item: alphabetical(item[1])),
            ]
        absent = {
            "toggle_off_date": "ai_training" not in region.changes,
            "grounds": not region.law.grounds,
            "grounds_text": not region.law.grounds,
            "subdivision": not region.subdivisions,
            "joined": "joined" not in region.law.questions,
        }
        for name in [name for name, gone in absent.items() if gone]:
            del self.fields[name]
        self.helper = FormHelper()
        self.helper.form_tag = False

    def clean_profile_url(self):
        value = self.cleaned_data["profile_url"].strip()
        if "://" not in value:
            value = "https://" + value
        try:
            parts = urlsplit(value)
            hostname = parts.hostname or ""
        except ValueError:  # an unbalanced bracket, or a character NFKC makes a delimiter
            parts, hostname = urlsplit(""), ""
        match = PROFILE_PATH.match(parts.path)
        if parts.scheme not in ("http", "https") or not PROFILE_HOST.match(hostname) or not match:
            raise ValidationError(
                pgettext_lazy(
                    "ui",
                    "This is not the address of a LinkedIn profile. On LinkedIn, open your own "
                    "profile and paste the address your browser shows: it starts with "
                    "https://www.linkedin.com/in/",
                ),
                code="not_a_profile",
            )
        slug = quote(unquote(match[1]), safe="-_.~%")
        return f"https://www.linkedin.com/in/{slug}/"

    def clean_address(self):
        value = self.cleaned_data["address"].strip()
        lines = [line.strip() for line in value.splitlines() if line.strip()]
        if len(lines) > MAX_ADDRESS_LINES:
            raise ValidationError(
                pgettext_lazy("ui", "Please fit your address on at most 6 lines."),
                code="too_many_lines",
            )
        return "\n".join(lines)

    def clean_toggle_off_date(self):
        value = self.cleaned_data["toggle_off_date"]
        if value and value > datetime.date.today():
            raise ValidationError(
                pgettext_lazy(
                    "ui", "This date is in the future. Please enter the day you switched it off."
                ),
                code="future",
            )
        if value and value < EARLIEST_TOGGLE_DATE:
            raise ValidationError(
                pgettext_lazy("ui", "This date is too early. Please check the year."),
                code="too_early",
            )
        return value

    def clean(self):
        data = super().clean()
        needs_grounds = any(
            self.region.law.parts.get(key) == "particular" for key in data.get("processing", ())
        )
        has_grounds = data.get("grounds") or (data.get("grounds_text") or "").strip()
        if self.region.law.grounds == "required" and needs_grounds and not has_grounds:
            self.add_error(
                "grounds",
                ValidationError(
                    pgettext_lazy(
                        "ui",
                        "Please choose at least one reason from your situation, or write "
                        "your own. Without one, LinkedIn can refuse your objection to AI "
                        "training, Hiring Assistant and other AI under %(article)s. "
                        "Objections to ads and marketing need no reasons: untick the others "
                        "if you have none.",
                    ),
                    code="grounds_required",
                    params={"article": self.region.law.cite["object"]},
                ),
            )
        return data

    def answers(self):
        data = self.cleaned_data
        return Answers(
            region=self.region,
            full_name=data["full_name"].strip(),
            email=data["email"],
            profile_url=data["profile_url"],
            letter_language=data["letter_language"],
            processing=tuple(key for key in self.region.processing if key in data["processing"]),
            address=data["address"],
            grounds=tuple(key for key in GROUNDS if key in data.get("grounds", ())),
            grounds_text=data.get("grounds_text", "").strip(),
            toggle_off_date=data.get("toggle_off_date"),
            subdivision=data.get("subdivision", ""),
            joined=data.get("joined", ""),
        )


def sent_day_error(value, earliest):
    if value > datetime.date.today():
        return pgettext_lazy("ui", "This date is in the future. Please enter the day you sent it.")
    if value < earliest:
        return pgettext_lazy("ui", "This date is too early. Please check the year.")
    return None


def sendable_kinds_for(region):
    """The letters a member may have sent: the region's own, and an access request."""
    return [LETTER_KINDS[key] for key in (*region.law.kinds, "access")]


class FollowUpForm(DetailsForm):
    """Step 3's answers again, re-posted, and what happened after the letters were sent."""

    sent_on = day_field(
        pgettext_lazy("ui", "When did you send your letters?"),
        required=pgettext_lazy("ui", "Please enter the day you sent your letters."),
    )
    sent_kinds = forms.MultipleChoiceField(
        label=pgettext_lazy("ui", "Which letters did you send?"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": pgettext_lazy("ui", "Please tick the letters you sent."),
            "invalid_choice": pgettext_lazy("ui", "Please choose letters from the list."),
        },
    )
    channel = forms.ChoiceField(
        label=pgettext_lazy("ui", "How did you send them?"),
        widget=forms.RadioSelect,
        choices=[],
        error_messages={
            "required": pgettext_lazy("ui", "Please say how you sent your letters."),
            "invalid_choice": pgettext_lazy("ui", "Please choose one of the answers offered."),
        },
    )
    case_number = PrintedText(
        label=pgettext_lazy("ui", "LinkedIn's case or ticket number (optional)"),
        help_text=pgettext_lazy("ui", "From LinkedIn's confirmation or answer, if it gave one."),
        required=False,
        max_length=100,
        checks=(*member_text.PRINTED, member_text.single_line),
    )
    outcome = forms.ChoiceField(
        label=pgettext_lazy("ui", "What happened?"),
        widget=forms.RadioSelect,
        choices=list(follow_up.OUTCOMES.items()),
        error_messages={
            "required": pgettext_lazy("ui", "Please say what LinkedIn did."),
            "invalid_choice": pgettext_lazy("ui", "Please choose one of the answers offered."),
        },
    )
    missing = PrintedText(
        label=pgettext_lazy("ui", "What is missing or wrong in LinkedIn's answer? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    reminder_on = day_field(
        pgettext_lazy("ui", "If you already sent a reminder: when? (optional)"), required=False
    )
    FOLLOW_UP_FIELDS = ("sent_on", "sent_kinds", "channel", "case_number", "outcome", "missing",
                        "reminder_on")  # fmt: skip

    def __init__(self, region, *args, **kwargs):
        super().__init__(region, *args, **kwargs)
        kinds = sendable_kinds_for(region)
        self.fields["sent_kinds"].choices = [(kind.key, kind.title) for kind in kinds]
        self.fields["sent_kinds"].initial = ["objection", "erasure"]
        self.fields["channel"].choices = [
            (key, follow_up.CHANNELS[key]) for key in follow_up.CHANNELS_OF_ROUTE[region.law.route]
        ]

    def clean_sent_on(self):
        value = self.cleaned_data["sent_on"]
        error = sent_day_error(value, follow_up.EARLIEST_SENT_ON)
        if error:
            raise ValidationError(error, code="out_of_range")
        return value

    def clean_case_number(self):
        return self.cleaned_data["case_number"].strip()

    def clean(self):
        data = super().clean()
        sent_on, reminder_on = data.get("sent_on"), data.get("reminder_on")
        if reminder_on and sent_on and not sent_on <= reminder_on <= datetime.date.today():
            self.add_error(
                "reminder_on",
                ValidationError(
                    pgettext_lazy(
                        "ui",
                        "The reminder must be dated between the day you sent your letters "
                        "and today.",
                    ),
                    code="reminder_order",
                ),
            )
        return data

    def follow_up(self):
        data = self.cleaned_data
        offered = [key for key, _ in self.fields["sent_kinds"].choices]
        return follow_up.FollowUp(
            sent_on=data["sent_on"],
            channel=data["channel"],
            outcome=data["outcome"],
            sent_kinds=tuple(key for key in offered if key in data["sent_kinds"]),
            case_number=data["case_number"],
            missing=data["missing"].strip(),
            reminder_on=data.get("reminder_on"),
        )
