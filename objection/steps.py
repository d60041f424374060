"""The member's four steps as data: a step's key names its URL, template and test file."""

from dataclasses import dataclass

from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Step:
    key: str
    label: str

    @property
    def template(self):
        return f"pages/{self.key}.html"


STEPS = (
    Step("where", pgettext_lazy("ui", "Where you live")),
    Step("changes", pgettext_lazy("ui", "What changes for you")),
    Step("details", pgettext_lazy("ui", "Your details")),
    Step("letters", pgettext_lazy("ui", "Your letters")),
)
STEP = {step.key: step for step in STEPS}
