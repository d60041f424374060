"""What a request may carry: no file, no body over MAX_REQUEST_BYTES, a charset that decodes.

The forms take no files, so a file part is refused before any of it is read or written;
Django alone would stream it to a temporary file on disk, whatever its size.
"""

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.files.uploadhandler import FileUploadHandler
from django.shortcuts import render


class FilePartRefused(SuspiciousOperation):
    pass


class RefuseFiles(FileUploadHandler):
    """The only upload handler (FILE_UPLOAD_HANDLERS): ends the parse at a file part's headers."""

    def new_file(self, *args, **kwargs):
        raise FilePartRefused("a file part in a form that takes no files")

    def receive_data_chunk(self, raw_data, start):
        raise FilePartRefused("a file part in a form that takes no files")

    def file_complete(self, file_size):
        return None


def decodable(charset):
    try:
        b"a".decode(charset)  # LookupError for unknown codecs and for non-text ones (base64)
    except LookupError:
        return False
    except UnicodeDecodeError:
        pass  # a text encoding, which this one byte does not complete (UTF-16)
    return True


def too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def request_limits(get_response):
    def middleware(request):
        charset = request.content_params.get("charset")
        if too_large(request) or (charset is not None and not decodable(charset)):
            return render(request, "400.html", status=400)
        return get_response(request)

    return middleware
