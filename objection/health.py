"""/healthz: 200 while letters can be made, naming the optional dependencies that do not answer."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe

from objection import dependencies

LOOPBACK = {"127.0.0.1", "::1"}


@require_safe
def healthz(request):
    degraded = dependencies.check_all()
    text = "degraded: " + ", ".join(degraded) if degraded else "ok"
    response = HttpResponse(text, content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


def loopback_health(get_response):
    """Monitors on the machine and the guide's `curl http://127.0.0.1:8000/healthz` speak plain
    HTTP to a host name of their own: answered before the HTTPS redirect and the host check."""

    def middleware(request):
        if request.path == "/healthz" and request.META.get("REMOTE_ADDR") in LOOPBACK:
            return healthz(request)
        return get_response(request)

    return middleware
