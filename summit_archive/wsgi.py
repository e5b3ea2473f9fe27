"""
WSGI config for summit_archive project.

It exposes the WSGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/6.1/howto/deployment/wsgi/
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "summit_archive.settings")
# A request fails fast with the 503 page rather than waiting on a locked table or a runaway
# query; commands, which do not come through here, run without a statement timeout.
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT_MS", "10000")

application = get_wsgi_application()
