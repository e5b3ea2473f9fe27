"""Seed the actor registry with every actor the five seed articles name.

The records live in the pure extraction core (`articles.extraction.seed_actors`,
and `summit_actors` for the summit's wider cast) so tests of the core and the
database start from the same registry. Re-running is harmless: actors are
matched by slug and aliases by their normalised form.
"""

from django.db import migrations


def _records():
    from articles.extraction import seed_actors

    records = list(seed_actors.SEED_ACTORS)
    try:
        from articles.extraction import summit_actors
    except ImportError:
        return records
    return records + list(getattr(summit_actors, "SUMMIT_ACTORS", []))


def seed(apps, schema_editor):
    from articles.extraction.normalize import normalize

    Actor = apps.get_model("articles", "Actor")
    Alias = apps.get_model("articles", "Alias")
    for record in _records():
        actor, _ = Actor.objects.update_or_create(
            slug=record["key"],
            defaults={
                "name_ar": record["name_ar"],
                "name_en": record["name_en"],
                "kind": record["kind"],
                "affiliation": record["affiliation"],
                "role": record.get("role_ar", ""),
                "gender": record.get("gender", ""),
                "wikidata_id": record.get("wikidata", ""),
                "approved": True,
            },
        )
        groups = (("name", record["aliases"]), ("title", record["titles"]), ("demonym", record["demonyms"]))
        for kind, names in groups:
            for name in names:
                normalized = normalize(name)[:200]
                if normalized:
                    Alias.objects.get_or_create(
                        actor=actor, normalized=normalized, defaults={"name": name[:200], "kind": kind}
                    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_alias_kind")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
