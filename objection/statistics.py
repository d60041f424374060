"""Counts of letters for the host's reports. Nothing about the member: only what is counted."""

from django.conf import settings
from django.db import DatabaseError
from django.db.models import F, Sum

from objection import dependencies
from objection.models import LetterCount


def count(letter):
    """Counts a letter already made; a database that fails loses the count, not the letter."""
    if not settings.STATISTICS:
        return
    try:
        row, _created = LetterCount.objects.get_or_create(
            day=letter.date,
            region=letter.region.code,
            kind=letter.kind.key,
            language=letter.language,
        )
        LetterCount.objects.filter(pk=row.pk).update(count=F("count") + 1)
    except DatabaseError as error:
        dependencies.failed("database", error)
    else:
        dependencies.answered("database")


def summary(days):
    rows = LetterCount.objects.order_by("-day")
    recent_days = list(rows.values_list("day", flat=True).distinct()[:days])
    recent = LetterCount.objects.filter(day__in=recent_days)
    # Read here, not by the template: a template renders in its thread's turn (objection.cpu).
    return {
        "rows": list(recent),
        "total": recent.aggregate(total=Sum("count"))["total"] or 0,
        "by_region": list(recent.values("region").annotate(total=Sum("count")).order_by("-total")),
    }
