from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import path

from objection import brand, health, views

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("brand.css", views.brand_css, name="brand_css"),
    path("brand/<str:name>", brand.logo, name="brand_logo"),
    path("favicon.ico", views.favicon),
] + i18n_patterns(
    path("", views.where, name="where"),
    path("about/", views.about, name="about"),
    path("privacy/", views.privacy, name="privacy"),
    path("staff/statistics/", views.statistics_page, name="statistics"),
    path(
        "staff/login/",
        auth_views.LoginView.as_view(template_name="pages/login.html"),
        name="login",
    ),
    path("<str:region>/", views.changes, name="changes"),
    path("<str:region>/details/", views.details, name="details"),
    path("<str:region>/letters/", views.letters_page, name="letters"),
    path("<str:region>/letters/<str:kind>.pdf", views.letter_pdf, name="letter_pdf"),
    path("<str:region>/follow-up/", views.follow_up_page, name="follow_up"),
    path("<str:region>/follow-up/letters/", views.follow_up_letters, name="follow_up_letters"),
    path(
        "<str:region>/follow-up/reminder.ics", views.follow_up_calendar, name="follow_up_calendar"
    ),
    path("<str:region>/follow-up/<str:kind>.pdf", views.follow_up_pdf, name="follow_up_pdf"),
)

handler400 = "objection.views.bad_request"
handler500 = "objection.views.server_error"
