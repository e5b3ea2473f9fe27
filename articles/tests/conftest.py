import pytest


@pytest.fixture(autouse=True)
def _test_settings(settings):
    # Tests speak plain HTTP to the test client and the live server; the
    # production redirect to HTTPS is tested on its own.
    settings.SECURE_SSL_REDIRECT = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
