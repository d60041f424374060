"""One settings module, read from the environment; bad values stop the start."""

import os
import re
import tomllib
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
DEV_SECRET_KEY = "dev-only-secret-key-never-use-in-production"


def env(name, default=""):
    return os.environ.get(name, default)


def envbool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise ImproperlyConfigured(f"{name} must be 'true' or 'false', not {value!r}")


def envint(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def envmatch(name, default, pattern, expected):
    value = os.environ.get(name, default)
    if value and not re.fullmatch(pattern, value):
        raise ImproperlyConfigured(f"{name} must be {expected}, not {value!r}")
    return value


def envlist(name, default):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def secret_key():
    path = env("SECRET_KEY_FILE")
    if not path:
        # objection/wsgi.py refuses to serve with the built-in key unless DEBUG is on.
        return env("SECRET_KEY", DEV_SECRET_KEY)
    try:
        key = Path(path).read_text().strip()
    except OSError as error:
        raise ImproperlyConfigured(f"SECRET_KEY_FILE {path}: {error.strerror}") from None
    if not key:
        raise ImproperlyConfigured(f"SECRET_KEY_FILE {path} is empty")
    return key


def cache_from_url(url):
    scheme = url.split("://", 1)[0]
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if scheme == "file":
        return {"BACKEND": "objection.filecache.LockedFileCache", "LOCATION": url[len("file://") :]}
    if scheme in ("redis", "rediss"):
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            # A Redis that does not answer must not hold a member's letter for long.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    raise ImproperlyConfigured(
        f"CACHE_URL must start with file://, locmem://, redis:// or rediss://, not {url!r}"
    )


def database_from_url(url):
    if url.split("://", 1)[0] not in ("sqlite", "postgres", "postgresql"):
        raise ImproperlyConfigured(f"DATABASE_URL must be sqlite:// or postgres://, not {url!r}")
    database = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if database["ENGINE"].endswith("postgresql"):
        # A database that does not answer must not hold a member's letter for long.
        database.setdefault("OPTIONS", {}).setdefault("connect_timeout", 2)
    return database


DEBUG = envbool("DEBUG", False)
SECRET_KEY = secret_key()

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

INSTALLED_APPS = [
    # Auth and sessions serve the host's staff only (the statistics page): members never
    # sign in, and nothing of theirs is put in a session.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "objection",
]

MIDDLEWARE = [
    "objection.health.loopback_health",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "objection.languages.unoffered_language_redirect",
    "django.middleware.locale.LocaleMiddleware",
    "objection.limits.request_limits",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "objection.urls"
WSGI_APPLICATION = "objection.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "objection.templating.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csrf",
                "objection.context_processors.language_links",
                "objection.context_processors.brand",
            ],
        },
    }
]

# Nothing personal is written to either: the database holds staff accounts and the
# optional statistics, the cache the rate-limit counters.
DATABASES = {
    "default": database_from_url(env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"))
}
# The default, a folder, is shared by all workers of one instance without another service.
CACHES = {
    "default": cache_from_url(env("CACHE_URL", f"file://{BASE_DIR / 'var' / 'cache'}")),
    # Page fragments without member data (the empty details form), per worker.
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# In the EU institutions' protocol order (each language by its own name), then the EEA's
# and Chinese; the switcher shows them in this order.
ALL_LANGUAGES = {
    "bg": _("Bulgarian"), "es": _("Spanish"), "cs": _("Czech"), "da": _("Danish"),
    "de": _("German"), "et": _("Estonian"), "el": _("Greek"), "en": _("English"),
    "fr": _("French"), "ga": _("Irish"), "hr": _("Croatian"), "it": _("Italian"),
    "lv": _("Latvian"), "lt": _("Lithuanian"), "hu": _("Hungarian"), "mt": _("Maltese"),
    "nl": _("Dutch"), "pl": _("Polish"), "pt": _("Portuguese"), "ro": _("Romanian"),
    "sk": _("Slovak"), "sl": _("Slovenian"), "fi": _("Finnish"), "sv": _("Swedish"),
    "nb": _("Norwegian Bokmål"), "is": _("Icelandic"),
    "zh-hant": _("Traditional Chinese (Hong Kong)"),
}  # fmt: skip
# Django knows every one of them but Maltese.
LANG_INFO.setdefault("mt", {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"})
ENABLED_LANGUAGES = envlist("ENABLED_LANGUAGES", ALL_LANGUAGES)
if unknown := [code for code in ENABLED_LANGUAGES if code not in ALL_LANGUAGES]:
    raise ImproperlyConfigured(
        f"ENABLED_LANGUAGES: unknown {unknown}; known: {list(ALL_LANGUAGES)}"
    )
LANGUAGES = [(code, ALL_LANGUAGES[code]) for code in ENABLED_LANGUAGES]
LANGUAGE_CODE = env("DEFAULT_LANGUAGE", "en")
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(f"DEFAULT_LANGUAGE {LANGUAGE_CODE!r} is not in ENABLED_LANGUAGES")
# The letters' languages, chosen apart from the UI language. Swiss letters write "ss" for
# "ß"; their catalog is derived from the German one (scripts/derive_de_ch.py).
LETTER_LANGUAGES = (
    LANGUAGES
    + [("de-ch", _("German (Switzerland)"))] * ("de" in ENABLED_LANGUAGES)
    + [("fr-ca", _("French (Canada)"))] * ("fr" in ENABLED_LANGUAGES)
)
# Region codes or patterns such as "FR", "CA-*", "US-CA"; the default offers every region.
ENABLED_REGIONS = envlist("ENABLED_REGIONS", ["*"])
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
# Compressed files with content hashes in their names, served by WhiteNoise.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Security -------------------------------------------------------------------------
# No session is used: the member's answers travel in the requests themselves.
CSRF_USE_SESSIONS = False
# "no-referrer" would make browsers send "Origin: null" on form posts, failing CSRF.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Behind a TLS-terminating proxy (nginx), which must set X-Forwarded-Proto.
HTTPS = envbool("HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "objection.views.csrf_failure"
CSRF_COOKIE_SAMESITE = "Strict"
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", True)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
# The details form is a few kB; anything much larger is not a member filling it in.
DATA_UPLOAD_MAX_MEMORY_SIZE = envint("MAX_REQUEST_BYTES", 64 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 100
# The forms take no files: a file part is refused before anything is written (objection.limits).
FILE_UPLOAD_HANDLERS = ["objection.limits.RefuseFiles"]
# Anonymous counts of letters per day, region, kind and language, for the host's reports.
STATISTICS = envbool("STATISTICS", False)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "statistics"  # staff sign in for nothing else

# Letters per client per window, counted in the cache (shared when the cache is Redis).
RATE_LIMIT_LETTERS = envint("RATE_LIMIT_LETTERS", 30)
RATE_LIMIT_WINDOW = envint("RATE_LIMIT_WINDOW", 600)
# How many proxies in front of the app append to X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXIES = envint("TRUSTED_PROXIES", 0)

# LinkedIn's URLs and addresses can change; a host overrides any key of
# objection.linkedin.DEFAULTS here without touching code.
LINKEDIN_OVERRIDES = {
    key.removeprefix("LINKEDIN_").lower(): value
    for key, value in os.environ.items()
    if key.startswith("LINKEDIN_")
}


def facts_overrides(name):
    """The host's corrections of objection/facts/*.toml, from the TOML file named by `name`."""
    path = env(name)
    if not path:
        return {}
    try:
        with open(path, "rb") as source:
            return tomllib.load(source)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ImproperlyConfigured(f"{name}: cannot read {path}: {error}") from None


# e.g. [authorities.FR] address = "..." or [us_states."US-IA"] reply_days = 90
FACTS_OVERRIDES = facts_overrides("FACTS_OVERRIDES")

# --- The host's brand (never printed in the letters, which are the member's own) ------
# A folder with the logo, served from there (objection.brand): adding one needs no collectstatic.
BRAND_DIR = env("BRAND_DIR")
BRAND = {
    "name": env("BRAND_NAME", "objection"),
    "logo": envmatch("BRAND_LOGO", "", r"[\w.-]+\.(svg|png|webp)", "a file name in BRAND_DIR"),
    "color": envmatch("BRAND_COLOR", "#0b5394", r"#[0-9a-fA-F]{6}", "a colour like #0b5394"),
    "contact": envmatch("BRAND_CONTACT", "", r"[^@\s]+@[^@\s]+\.[^@\s]+", "an email address"),
    "privacy_url": envmatch("BRAND_PRIVACY_URL", "", r"https://\S+", "an https:// URL"),
    # BRAND_INTRO_EN, BRAND_INTRO_FR, ...: a short introduction per UI language.
    "intro": {
        code: os.environ[f"BRAND_INTRO_{code.upper().replace('-', '_')}"]
        for code in ALL_LANGUAGES
        if f"BRAND_INTRO_{code.upper().replace('-', '_')}" in os.environ
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        # Tracebacks without exception messages, which can quote what a member typed.
        "plain": {
            "()": "objection.logs.NoMemberTextFormatter",
            "format": "{levelname} {name} {message}",
            "style": "{",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        # Only the console: Django's default mail_admins handler would mail form data.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # At DEBUG it logs whole template contexts, members' details included.
        "django.template": {"level": "INFO"},
        # Its warnings quote text from the letter (e.g. characters no font has).
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "WARNING"},
    },
}
