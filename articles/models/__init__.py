"""The archive: outlets, articles, the actors they name and the quotes they carry.

One module per part of the archive; every model and helper is importable from here
(`from articles.models import Article`), which is the only way the rest of the code names them.

- `outlets`   Outlet, with how an import finds one; `localized_name` for any registry name
- `articles`  Article and its queryset (`published()`, the one door for the public)
- `actors`    Actor, Alias and Mention: who the articles name and how
- `quotes`    Quote, StatementGroup and SetAsideQuote
- `frames`    Frame and FrameTerm (the lexicons), Sentence and SentenceFrame
- `imports`   LoadedReference (the reference data loader) and the admin's ArticleImport,
              ImportFile and ImportOutcome
- `articles.summaries` each article's rows for `/compare/`, kept by triggers
"""

# isort: off
# In the order the models were declared when they shared one module: Django registers them,
# and creates their content types and permissions, in import order.
from articles.models.outlets import Outlet, localized_name
from articles.models.articles import PARAGRAPH_BREAK, Article
from articles.models.actors import Actor, Alias, Mention
from articles.models.quotes import Quote, SetAsideQuote, StatementGroup
from articles.models.frames import Frame, FrameTerm, Sentence, SentenceFrame
from articles.models.imports import ArticleImport, ImportFile, ImportOutcome, LoadedReference

# The history of each model, which django-simple-history creates beside it: importable from
# here as when the models shared one module.
from articles.models.outlets import HistoricalOutlet
from articles.models.articles import HistoricalArticle
from articles.models.actors import HistoricalActor
from articles.models.quotes import HistoricalQuote, HistoricalSetAsideQuote, HistoricalStatementGroup
from articles.models.frames import HistoricalFrame, HistoricalFrameTerm

# Each article's contribution to `/compare/`, kept by triggers (see the module).
from articles.summaries import (
    ArticleFrame,
    ArticleMedium,
    ArticleStatement,
    ArticleSummary,
    ArticleTerm,
    ArticleVoice,
)
# isort: on

__all__ = [
    "PARAGRAPH_BREAK",
    "Actor",
    "Alias",
    "Article",
    "ArticleFrame",
    "ArticleImport",
    "ArticleMedium",
    "ArticleStatement",
    "ArticleSummary",
    "ArticleTerm",
    "ArticleVoice",
    "Frame",
    "FrameTerm",
    "HistoricalActor",
    "HistoricalArticle",
    "HistoricalFrame",
    "HistoricalFrameTerm",
    "HistoricalOutlet",
    "HistoricalQuote",
    "HistoricalSetAsideQuote",
    "HistoricalStatementGroup",
    "ImportFile",
    "ImportOutcome",
    "LoadedReference",
    "Mention",
    "Outlet",
    "Quote",
    "Sentence",
    "SentenceFrame",
    "SetAsideQuote",
    "StatementGroup",
    "localized_name",
]
