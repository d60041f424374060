from django.db import models


class LetterCount(models.Model):
    """Anonymous statistics, off by default: how many letters per day, region, kind, language."""

    day = models.DateField()
    region = models.CharField(max_length=8)
    kind = models.CharField(max_length=16)
    language = models.CharField(max_length=8)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "region", "kind", "language"], name="one_count_per_group"
            )
        ]
        ordering = ["-day", "region", "kind", "language"]

    def __str__(self):
        return f"{self.day} {self.region} {self.kind} {self.language}: {self.count}"
