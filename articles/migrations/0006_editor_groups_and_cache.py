"""The two groups of people who work on the archive, and the table the page cache lives in.

Editors curate in the admin (articles, quotes, actors, outlets, frames) and publish.
Newsroom colleagues read everything, drafts included, and change nothing: they are
staff so they can sign in, with view permissions only (docs/deploy.md).
"""

from django.contrib.auth.management import create_permissions
from django.core.management import call_command
from django.db import migrations

CURATED = ["article", "quote", "actor", "alias", "mention", "outlet", "frame", "frameterm"]
EDITORS = [f"{action}_{model}" for model in CURATED for action in ("add", "change", "delete", "view")]
EDITORS += ["publish_article", "view_draft"]
NEWSROOM = [f"view_{model}" for model in CURATED] + ["view_draft"]


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrate; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Editors", EDITORS), ("Newsroom", NEWSROOM)):
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        assert permissions.count() == len(codenames), f"missing permissions for {name}"
        group.permissions.set(permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Newsroom"]).delete()


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_history"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_groups, remove_groups),
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
    ]
