from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("أرشيف التغطية")

    def ready(self) -> None:
        # Connect the signals that refresh cached public pages whenever content changes.
        from articles import cache  # noqa: F401
