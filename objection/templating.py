"""Django's template engine, each render in its thread's turn (objection.cpu.TURN)."""

from django.template.backends import django as django_backend

from objection.cpu import TURN


class Template(django_backend.Template):
    def render(self, context=None, request=None):
        with TURN:
            return super().render(context, request)


class DjangoTemplates(django_backend.DjangoTemplates):
    def from_string(self, template_code):
        return Template(super().from_string(template_code).template, self)

    def get_template(self, template_name):
        return Template(super().get_template(template_name).template, self)
