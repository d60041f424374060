from django.apps import AppConfig


class ObjectionConfig(AppConfig):
    name = "objection"

    def ready(self):
        from objection import checks  # noqa: F401  (registers the system checks)
