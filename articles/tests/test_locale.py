"""The English catalogue: every Arabic string of the interface has its English, and the compiled
catalogue Django reads says the same as the one editors edit."""

import ast
import gettext
import re
from pathlib import Path

from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"
ARABIC = re.compile("[\u0600-\u06ff]")


def _entries() -> list[tuple[str, str, bool]]:
    """(msgid, msgstr, fuzzy) of every live entry of django.po, obsolete (#~) ones left out; a
    plural entry gives its singular and the first of its forms (msgstr[0])."""
    entries = []
    for block in (CATALOGUE / "django.po").read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in block.splitlines())
        fields: dict[str, list[str]] = {}
        current = None
        for line in lines:
            if line.startswith('"'):
                fields[current].append(line)
            else:
                current, _, rest = line.partition(" ")
                fields[current] = [rest]
        msgid = "".join(ast.literal_eval(part) for part in fields.get("msgid", []))
        msgstr = "".join(ast.literal_eval(part) for part in fields.get("msgstr", fields.get("msgstr[0]", [])))
        if msgid:
            entries.append((msgid, msgstr, fuzzy))
    return entries


def test_every_arabic_string_has_its_english():
    entries = _entries()
    assert len(entries) > 300
    assert [msgid for msgid, _, fuzzy in entries if fuzzy] == []
    assert [msgid for msgid, msgstr, _ in entries if ARABIC.search(msgid) and not msgstr] == []


def test_the_compiled_catalogue_matches_the_source():
    with (CATALOGUE / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    stale = [msgid for msgid, msgstr, _ in _entries() if msgstr and catalogue.gettext(msgid) != msgstr]
    assert stale == []
