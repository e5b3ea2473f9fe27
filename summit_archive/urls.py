from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import TemplateView

from articles.feeds import LatestArticlesFeed
from articles.health import healthz
from articles.sitemaps import SITEMAPS


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        return {"sitemap_url": self.request.build_absolute_uri("/sitemap.xml")}


# The database not answering is a 503 in the archive's design (articles/outage.py).
handler500 = "articles.outage.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("sitemap.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    # The archive's pages carry their language in the URL: Arabic at /articles/, English
    # at /en/articles/. Switching is a link, pages are cached per URL, and links can be shared.
    *i18n_patterns(path("", include("articles.urls")), prefix_default_language=False),
]
