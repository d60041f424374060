from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from objection import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("brand.css", views.brand_css, name="brand_css"),
] + i18n_patterns(
    path("", views.where, name="where"),
    path("about/", views.about, name="about"),
    path("privacy/", views.privacy, name="privacy"),
    path("<str:region>/", views.changes, name="changes"),
    path("<str:region>/details/", views.details, name="details"),
    path("<str:region>/letters/", views.letters_page, name="letters"),
    path("<str:region>/letters/<str:kind>.pdf", views.letter_pdf, name="letter_pdf"),
)

handler400 = "objection.views.bad_request"
