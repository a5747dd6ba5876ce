"""Responses for a logged-in person are theirs alone: no shared cache may keep them.

Pages that differ per person (dashboards, the manual with reading progress, case records) must
never be stored by a proxy or CDN and handed to someone else. Views that already decided on
caching (e.g. `never_cache` on case pages and PDFs) keep their own header.
"""

from django.utils.cache import patch_cache_control, patch_vary_headers


class PrivateCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            patch_vary_headers(response, ("Cookie",))
        return response
