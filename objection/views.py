import functools

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.forms import MultipleChoiceField
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_http_methods, require_safe

from objection import complaint_routes, follow_up, ics, letters, ratelimit, statistics, us_states
from objection.authorities import AUTHORITIES
from objection.forms import DetailsForm, FollowUpForm, RegionForm
from objection.jurisdictions import CHANGES, REGIONS, US_STATES, enabled_regions, get_region
from objection.letters import html_lang
from objection.linkedin import DEFAULTS, all_facts, fact
from objection.steps import STEP, STEPS


def post_only(view):
    """A reload or a shared link of a page made from posted answers gets a way back, not a
    bare 405: the answers were not kept, so the member fills in the details again."""

    @functools.wraps(view)
    def only_posted(request, region, **kwargs):
        if request.method == "POST":
            return view(request, region, **kwargs)
        region = region_or_404(region)
        response = render(request, "405.html", {"region": region}, status=405)
        response["Allow"] = "POST"
        return response

    return only_posted


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


@require_safe
def where(request):
    if len(offered := enabled_regions()) == 1:  # a host for one region skips the question
        return redirect("changes", region=offered[0].code)
    form = RegionForm(request.GET if "region" in request.GET else None)
    if form.is_valid():
        return redirect("changes", region=form.cleaned_data["region"])
    return render_step(request, "where", {"form": form})


@require_safe
def changes(request, region):
    region = region_or_404(region)
    language = translation.get_language()
    ctx = {
        "region": region,
        "law": region.law.on(timezone.localdate()),
        # Germany's Land authority is known only once the member chooses the Land.
        "authorities": complaint_routes.how_to_complain(
            [authority for authority in region.authorities_for() if authority], language
        ),
        "changes": [(key, CHANGES[key]) for key in region.changes],
        "settings_pages": [(DEFAULTS[key].label, fact(key)) for key in region.settings_pages],
        "objection_form_url": fact("objection_form_url"),
    }
    return render_step(request, "changes", ctx)


@require_http_methods(["GET", "HEAD", "POST"])
@no_store
def details(request, region):
    """Empty on GET; on POST (change my details, switch language) prefilled, unjudged."""
    region = region_or_404(region)
    ctx = {"region": region, "answers_form": True}
    if request.POST:
        ctx["form"] = DetailsForm(region)
        ctx["form"].initial = initial_from(request.POST, ctx["form"].fields)
    else:
        # The empty form is kept (details.html): made only when it is not kept yet.
        ctx.update(form=SimpleLazyObject(lambda: DetailsForm(region)), kept_form=True)
    return render_step(request, "details", ctx)


def initial_from(data, fields):
    return {
        name: data.getlist(name) if isinstance(field, MultipleChoiceField) else data.get(name)
        for name, field in fields.items()
        if name in data
    }


def invalid_details(request, region, form):
    ctx = {"region": region, "form": form, "answers_form": True}
    return render_step(request, "details", ctx, status=400)


@require_http_methods(["GET", "HEAD", "POST"])
@no_store
def letters_page(request, region):
    region = region_or_404(region)
    if request.method != "POST":
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
        "calendar_url": calendar_url(region, today),
        "answers_form": True,
    }
    return render_step(request, "letters", ctx)


@post_only
@no_store
def letter_pdf(request, region, kind):
    region = region_or_404(region)
    form = DetailsForm(region, request.POST)
    if not form.is_valid():
        return invalid_details(request, region, form)
    answers = form.answers()
    if kind not in [offered.key for offered in letters.kinds_for(answers)]:
        raise Http404("unknown letter")
    if refused := ratelimit.refusal(request):
        return refused
    return pdf_response(letters.build_letter(kind, answers, timezone.localdate()))


def pdf_response(letter):
    response = HttpResponse(letters.render_pdf(letter), content_type="application/pdf")
    statistics.count(letter)
    response["Content-Disposition"] = f'attachment; filename="{letters.filename(letter)}"'
    return response


def follow_up_form_page(request, region, form, status=200):
    """The follow-up form; step 3's answers travel hidden when they came along valid."""
    carried = request.method == "POST" and DetailsForm(region, request.POST).is_valid()
    ctx = {
        "region": region,
        "form": form,
        "carried": carried,
        "details_fields": [
            form[name] for name in form.fields if name not in FollowUpForm.FOLLOW_UP_FIELDS
        ],
        "follow_up_fields": [form[name] for name in FollowUpForm.FOLLOW_UP_FIELDS],
        "answers_form": True,
    }
    return render(request, "pages/follow_up.html", ctx, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@no_store
def follow_up_page(request, region):
    """Empty on GET (from the calendar); on POST (from the letters page) prefilled, unjudged."""
    region = region_or_404(region)
    form = FollowUpForm(region)
    form.initial = initial_from(request.POST, form.fields)
    return follow_up_form_page(request, region, form)


def follow_up_letters_for(region, answers, sent, today):
    """The follow-up letters: a reminder, a complaint to each authority, an access request."""
    complaints = [
        letters.build_letter("complaint", answers, today, sent, authority)
        for authority in region.complaint_authorities(answers.subdivision)
        if authority
    ]
    reminder = letters.build_letter("reminder", answers, today, sent)
    return reminder, complaints, letters.build_letter("access", answers, today)


@post_only
@no_store
def follow_up_letters(request, region):
    region = region_or_404(region)
    form = FollowUpForm(region, request.POST)
    if not form.is_valid():
        return follow_up_form_page(request, region, form, status=400)
    answers, sent = form.answers(), form.follow_up()
    today = timezone.localdate()
    reminder, complaints, access = follow_up_letters_for(region, answers, sent, today)
    ui_language = translation.get_language()
    ctx = {
        "region": region,
        "form": form,
        "reminder": reminder,
        "access": access,
        "reply_by": letters.format_day(reminder.reply_by, ui_language, region),
        "routes": [complaint_routes.route(letter, ui_language) for letter in complaints],
        "calendar_url": calendar_url(region, sent.sent_on),
        "answers_form": True,
    }
    return render(request, "pages/follow_up_letters.html", ctx)


@post_only
@no_store
def follow_up_pdf(request, region, kind):
    region = region_or_404(region)
    form = FollowUpForm(region, request.POST)
    if not form.is_valid():
        return follow_up_form_page(request, region, form, status=400)
    if kind not in letters.FOLLOW_UP_KINDS:
        raise Http404("unknown letter")
    if refused := ratelimit.refusal(request):
        return refused
    answers, sent = form.answers(), form.follow_up()
    reminder, complaints, access = follow_up_letters_for(
        region, answers, sent, timezone.localdate()
    )
    chosen = {"reminder": [reminder], "access": [access], "complaint": complaints}[kind]
    wanted = request.POST.get("authority", "")
    letter = next((c for c in chosen if c.authority and c.authority.code == wanted), chosen[0])
    return pdf_response(letter)


def calendar_url(region, sent_on):
    return f"{reverse('follow_up_calendar', args=[region.code])}?sent={sent_on.isoformat()}"


@require_safe
def follow_up_calendar(request, region):
    region = region_or_404(region)
    sent_on = follow_up.parse_sent_on(request.GET.get("sent", ""))
    if sent_on is None:
        return render(request, "400.html", {"message": follow_up.SENT_ON_ERROR}, status=400)
    law = region.law.on(sent_on)
    page = request.build_absolute_uri(reverse("follow_up", args=[region.code]))
    body = ics.calendar_file(region, sent_on, law, page, timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    name = f"linkedin-reply-{region.code}-{sent_on.isoformat()}.ics"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@no_store
def bad_request(request, exception):
    return render(request, "400.html", status=400)


def server_error(request):
    """Without the context processors, which may be what failed; in the member's language."""
    html = loader.render_to_string(
        "500.html", {"page_lang": html_lang(translation.get_language() or settings.LANGUAGE_CODE)}
    )
    return HttpResponseServerError(html)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


@require_safe
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


@require_safe
def privacy(request):
    ctx = {"rate_limit_minutes": settings.RATE_LIMIT_WINDOW // 60}
    return render(request, "pages/privacy.html", ctx)


@require_safe
def favicon(request):
    """For clients that ask for /favicon.ico instead of reading a page's <link rel="icon">."""
    return redirect(static("favicon.svg"), permanent=True)


@require_safe
def brand_css(request):
    response = render(request, "brand.css", content_type="text/css")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@staff_member_required(login_url="login")
@require_safe
def statistics_page(request):
    ctx = {"enabled": settings.STATISTICS, **statistics.summary(days=31)}
    return render(request, "pages/statistics.html", ctx)
