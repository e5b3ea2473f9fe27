from django.urls import path

from articles import compare_views, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.article_short_link, name="article-short-link"),
    path("articles/<int:pk>/<str:slug>/", views.article_detail, name="article-detail"),
    path("actors/", views.actor_list, name="actor-list"),
    path("actors/<str:slug>/", views.actor_detail, name="actor-detail"),
    path("outlets/", views.outlet_list, name="outlet-list"),
    path("outlets/<str:slug>/", views.outlet_detail, name="outlet-detail"),
    path("quotes/", views.QuoteListView.as_view(), name="quote-list"),
    path("compare/", compare_views.compare, name="compare"),
]
