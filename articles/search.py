"""Arabic full-text search on PostgreSQL's `simple` configuration.

PostgreSQL's `arabic` stemmer cuts proper names (بوتين → وتين, لبوتين → لبوت), so
the archive normalises text itself and indexes each word together with its
proclitic-free forms: لبوتين is stored as `لبوتين بوتين`, and a search for
بوتين, وبوتين or لبوتين reaches it.
"""

from articles.extraction.normalize import index_terms


def index_text(text: str) -> str:
    """The words PostgreSQL indexes for a text, space separated."""
    return " ".join(index_terms(text))
