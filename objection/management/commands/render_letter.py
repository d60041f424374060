import sys

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict
from django.utils import timezone, translation

from objection import letters
from objection.follow_up import CHANNELS, OUTCOMES
from objection.forms import FollowUpForm
from objection.jurisdictions import get_region

OPTION_FOR_FIELD = {
    "full_name": "--name",
    "email": "--email",
    "profile_url": "--profile-url",
    "address": "--address",
    "processing": "--object-to",
    "grounds": "--reason",
    "grounds_text": "--grounds",
    "subdivision": "--land",
    "joined": "--joined",
    "letter_language": "--language",
    "sent_on": "--sent-on",
    "case_number": "--case-number",
    "outcome": "--outcome",
    "channel": "--channel",
    "sent_kinds": "--sent",
    "missing": "--missing",
    "reminder_on": "--reminder-on",
}
FOLLOW_UP_OPTIONS = ("sent_on", "case_number", "outcome", "channel", "sent_kinds", "missing",
                     "reminder_on")  # fmt: skip


class Command(BaseCommand):
    help = "Write the letter the site gives, as a PDF, from the command line."

    def add_arguments(self, parser):
        parser.add_argument("--region", required=True, help="e.g. FR, GB, CA-QC, US-CA")
        parser.add_argument("--kind", required=True, choices=sorted(letters.LETTER_KINDS))
        parser.add_argument("--language", required=True, help="letter language, e.g. en, fr")
        parser.add_argument("--name", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument("--profile-url", required=True)
        parser.add_argument("--address", default="", help="lines separated by \\n")
        parser.add_argument("--date", help="letter date, YYYY-MM-DD (default: today)")
        parser.add_argument(
            "--object-to",
            nargs="+",
            metavar="KEY",
            help="processing to object to (default: all that apply in the region)",
        )
        parser.add_argument(
            "--reason",
            nargs="+",
            default=[],
            metavar="KEY",
            choices=sorted(letters.GROUNDS),
            help="preset grounds from your particular situation (GDPR Art. 21(1) needs one)",
        )
        parser.add_argument("--grounds", default="", help="your particular situation, in words")
        parser.add_argument("--land", default="", help="German Land, e.g. DE-BY (Germany only)")
        parser.add_argument(
            "--joined",
            default="",
            choices=["", "before", "after", "unsure"],
            help="joined LinkedIn before or after 18 September 2024 (Hong Kong only)",
        )
        follow_up = parser.add_argument_group("reminder and complaint")
        follow_up.add_argument(
            "--sent-on", default="", help="day the letters were sent, YYYY-MM-DD"
        )
        follow_up.add_argument("--case-number", default="", help="LinkedIn's case number")
        follow_up.add_argument(
            "--outcome", default="no_answer", choices=sorted(OUTCOMES), help="what LinkedIn did"
        )
        follow_up.add_argument(
            "--channel", default="email", choices=sorted(CHANNELS), help="how they were sent"
        )
        follow_up.add_argument(
            "--sent", nargs="+", metavar="KIND", default=["objection", "erasure"],
            help="the letters sent (default: objection erasure)",
        )  # fmt: skip
        follow_up.add_argument("--missing", default="", help="what LinkedIn's answer lacks")
        follow_up.add_argument("--reminder-on", default="", help="day a reminder was sent")
        follow_up.add_argument(
            "--authority",
            default="",
            help="complaint: authority code, e.g. IE (default: the first)",
        )
        parser.add_argument("--output", required=True, help="PDF path, or - for stdout")

    def handle(self, *args, **options):
        region = get_region(options["region"])
        if region is None:
            raise CommandError(
                f"unknown region {options['region']!r}: use a code such as FR, GB, CA-QC, US-CA"
            )
        today = self.letter_date(options["date"])
        data = QueryDict(mutable=True)
        data.update(
            {
                "full_name": options["name"],
                "email": options["email"],
                "profile_url": options["profile_url"],
                "address": options["address"].replace("\\n", "\n"),
                "grounds_text": options["grounds"],
                "letter_language": options["language"],
                "subdivision": options["land"],
                "joined": options["joined"],
            }
        )
        data.setlist("processing", options["object_to"] or list(region.default_processing))
        data.setlist("grounds", options["reason"])
        follows = letters.LETTER_KINDS[options["kind"]].follow_up
        if follows and not options["sent_on"]:
            raise CommandError(f"--kind {options['kind']} needs --sent-on YYYY-MM-DD")
        data.update(
            {
                "sent_on": options["sent_on"] or today.isoformat(),
                "case_number": options["case_number"],
                "outcome": options["outcome"],
                "channel": options["channel"],
                "missing": options["missing"],
                "reminder_on": options["reminder_on"],
            }
        )
        data.setlist("sent_kinds", options["sent"])
        with translation.override("en"):
            form = FollowUpForm(region, data)
            for field, option in OPTION_FOR_FIELD.items():
                if field not in form.fields and any(data.getlist(field)):
                    raise CommandError(f"{option} does not apply in {options['region']}")
            if not form.is_valid():
                field, errors = next(iter(form.errors.items()))
                raise CommandError(f"{OPTION_FOR_FIELD[field]}: {errors[0]}")
        answers = form.answers()
        authority = (
            self.authority(region, answers, options) if options["kind"] == "complaint" else None
        )
        sent = form.follow_up() if follows else None
        letter = letters.build_letter(options["kind"], answers, today, sent, authority)
        pdf = letters.render_pdf(letter)
        if options["output"] == "-":
            sys.stdout.buffer.write(pdf)
        else:
            try:
                with open(options["output"], "wb") as output:
                    output.write(pdf)
            except OSError as error:
                raise CommandError(f"cannot write {options['output']}: {error.strerror}") from None

    @staticmethod
    def authority(region, answers, options):
        offered = [a for a in region.complaint_authorities(answers.subdivision) if a]
        if not options["authority"]:
            return offered[0]
        for authority in offered:
            if authority.code == options["authority"]:
                return authority
        codes = ", ".join(authority.code for authority in offered)
        raise CommandError(f"--authority: in {region.code}, a complaint goes to {codes}")

    @staticmethod
    def letter_date(value):
        if not value:
            return timezone.localdate()
        try:
            return timezone.datetime.strptime(value, "%Y-%m-%d").date()
        except ValueError:
            raise CommandError(f"--date must be YYYY-MM-DD, not {value!r}") from None
