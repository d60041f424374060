"""Links in a language this instance does not offer (from another host, an old bookmark) lead
to the same page in the language the member would get at `/`, instead of a 404."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils import translation


def unoffered_language_redirect(get_response):
    offered = dict(settings.LANGUAGES)

    def middleware(request):
        prefix, _slash, rest = request.path_info.lstrip("/").partition("/")
        if prefix in settings.ALL_LANGUAGES and prefix not in offered:
            language = translation.get_language_from_request(request)
            query = request.META.get("QUERY_STRING")
            return HttpResponseRedirect(f"/{language}/{rest}" + (f"?{query}" if query else ""))
        return get_response(request)

    return middleware
