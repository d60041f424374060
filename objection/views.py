import functools

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.forms import MultipleChoiceField
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from objection import letters, statistics, us_states
from objection.authorities import AUTHORITIES, shown_in
from objection.forms import DetailsForm, RegionForm
from objection.jurisdictions import CHANGES, REGIONS, US_STATES, get_region
from objection.linkedin import DEFAULTS, all_facts, fact
from objection.ratelimit import limit_letters
from objection.steps import STEP, STEPS


def no_store(view):
    """Pages that show a member's details, or may: no browser or proxy keeps a copy."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        return response

    return wrapped


def render_step(request, key, ctx, status=200):
    ctx = {"steps": STEPS, "step": STEP[key], **ctx}
    return render(request, STEP[key].template, ctx, status=status)


def region_or_404(code):
    region = get_region(code)
    if region is None:
        raise Http404("unknown region")
    return region


@require_GET
def where(request):
    form = RegionForm(request.GET if "region" in request.GET else None)
    if form.is_valid():
        return redirect("changes", region=form.cleaned_data["region"])
    return render_step(request, "where", {"form": form})


@require_GET
def changes(request, region):
    region = region_or_404(region)
    language = translation.get_language()
    ctx = {
        "region": region,
        "law": region.law.on(timezone.localdate()),
        # Germany's Land authority is known only once the member chooses the Land.
        "authorities": shown_in(
            [authority for authority in region.authorities_for() if authority], language
        ),
        "changes": [(key, CHANGES[key]) for key in region.changes],
        "settings_pages": [(DEFAULTS[key].label, fact(key)) for key in region.settings_pages],
        "objection_form_url": fact("objection_form_url"),
    }
    return render_step(request, "changes", ctx)


@require_http_methods(["GET", "POST"])
@no_store
def details(request, region):
    """Empty on GET; on POST (change my details, switch language) prefilled, unjudged."""
    region = region_or_404(region)
    form = DetailsForm(region)
    form.initial = initial_from(request.POST, form.fields)
    return render_step(request, "details", {"region": region, "form": form, "answers_form": True})


def initial_from(data, fields):
    return {
        name: data.getlist(name) if isinstance(field, MultipleChoiceField) else data.get(name)
        for name, field in fields.items()
        if name in data
    }


def invalid_details(request, region, form):
    ctx = {"region": region, "form": form, "answers_form": True}
    return render_step(request, "details", ctx, status=400)


@require_http_methods(["GET", "POST"])
@no_store
def letters_page(request, region):
    region = region_or_404(region)
    if request.method == "GET":
        # Back or forward to the letters: the browser's copy of the answers is posted again.
        ctx = {"region": region, "steps": STEPS, "step": STEP["letters"]}
        return render(request, "pages/letters_again.html", ctx)
    form = DetailsForm(region, request.POST)
    if not form.is_valid():
        return invalid_details(request, region, form)
    answers = form.answers()
    today = timezone.localdate()
    objection = letters.build_letter("objection", answers, today)
    with translation.override(answers.letter_language):
        text_ctx = objection.context()
        form_text = render_to_string("letters/form_text.txt", text_ctx).strip()
        mail_subject = render_to_string("letters/mail_subject.txt", text_ctx).strip()
        mail_body = render_to_string("letters/mail_body.txt", text_ctx).strip()
    ui_language = translation.get_language()
    ctx = {
        "region": region,
        "law": objection.law,
        "form": form,
        "answers": answers,
        "downloads": [
            letters.build_letter(kind.key, answers, today) for kind in letters.kinds_for(answers)
        ],
        "reply_by": letters.format_day(objection.reply_by, ui_language, region),
        "legal_end": letters.format_day(objection.legal_end, ui_language, region),
        "settings_pages": [(DEFAULTS[key].label, fact(key)) for key in region.settings_pages],
        "privacy_questions_url": fact("privacy_questions_url"),
        "access_form_url": fact(objection.law.access_form) if objection.law.access_form else "",
        "form_text": form_text,
        "mail_subject": mail_subject,
        "mail_body": mail_body,
        "dpo_email": fact("dpo_email"),
        "objection_form_url": fact("objection_form_url"),
        "dpo_form_url": fact("dpo_form_url"),
        "answers_form": True,
    }
    return render_step(request, "letters", ctx)


@require_POST
@limit_letters
@no_store
def letter_pdf(request, region, kind):
    region = region_or_404(region)
    form = DetailsForm(region, request.POST)
    if not form.is_valid():
        return invalid_details(request, region, form)
    answers = form.answers()
    if kind not in [offered.key for offered in letters.kinds_for(answers)]:
        raise Http404("unknown letter")
    letter = letters.build_letter(kind, answers, timezone.localdate())
    response = HttpResponse(letters.render_pdf(letter), content_type="application/pdf")
    statistics.count(letter)
    response["Content-Disposition"] = f'attachment; filename="{letters.filename(letter)}"'
    return response


@no_store
def bad_request(request, exception):
    return render(request, "400.html", status=400)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


@require_GET
def about(request):
    today = timezone.localdate()
    laws = {region.law.key: region.law.on(today) for region in REGIONS.values()}
    ctx = {
        "facts": all_facts(),
        "laws": [
            {
                "name": law.name,
                "kinds": [
                    law.citations(kind, {*law.parts.values(), "grounds", "joined_before"})
                    for kind in ("objection", "erasure")
                ],
                "period": law.deadline.label,
            }
            for law in laws.values()
            if law.family != "us_state"
        ],
        "us_states": [
            {"name": US_STATES[code], "law": law} for code, law in us_states.STATES.items()
        ],
        "authorities": AUTHORITIES.values(),
    }
    return render(request, "pages/about.html", ctx)


@require_GET
def privacy(request):
    ctx = {"rate_limit_minutes": settings.RATE_LIMIT_WINDOW // 60}
    return render(request, "pages/privacy.html", ctx)


@require_GET
def brand_css(request):
    response = render(request, "brand.css", content_type="text/css")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


@staff_member_required(login_url="login")
@require_GET
def statistics_page(request):
    ctx = {"enabled": settings.STATISTICS, **statistics.summary(days=31)}
    return render(request, "pages/statistics.html", ctx)
