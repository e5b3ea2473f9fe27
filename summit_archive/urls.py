from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView
from django.views.i18n import set_language

from articles.feeds import LatestArticlesFeed
from articles.health import healthz
from articles.sitemaps import SITEMAPS


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        return {"sitemap_url": self.request.build_absolute_uri("/sitemap.xml")}


urlpatterns = [
    path("admin/", admin.site.urls),
    # Choosing a language changes nothing but a cookie, so the header's form needs no
    # CSRF token, and the pages that carry it can be cached for every reader.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("healthz", healthz, name="healthz"),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("sitemap.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    path("", include("articles.urls")),
]
