"""Production settings for a server a test starts (DEBUG=0), with static URLs that need no
collectstatic manifest: what the test looks at is the pages, not the hashed file names."""

from summit_archive.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
