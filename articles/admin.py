"""Curation: editors review quotes, correct speakers, approve actors and publish articles.

Every admin here keeps a history (django-simple-history's History button shows who
changed what, when, and the values before).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count, Exists, OuterRef, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from articles import caching
from articles.admin_imports import ImportViews
from articles.curation import add_alias, alias_offer, merge_actors
from articles.extraction_service import extract_article, reextract
from articles.ingest import content_hash
from articles.models import (
    Actor,
    Alias,
    Article,
    ArticleImport,
    Frame,
    FrameTerm,
    ImportOutcome,
    Mention,
    Outlet,
    Quote,
    SetAsideQuote,
    StatementGroup,
)
from articles.statement_groups import merge_groups, split_group

admin.site.site_header = _("أرشيف تغطية قمة كيم وبوتين")
admin.site.site_title = _("إدارة الأرشيف")
admin.site.index_title = _("التحرير")


class ArchiveAdmin(SimpleHistoryAdmin):
    """What every curated model shares: history, paging, a link to the public page."""

    list_per_page = 50
    view_on_site = True
    save_on_top = True

    def set_field(self, request, queryset, field: str, value, done: str) -> None:
        """An action's work: set ``field`` on the chosen rows that differ (one save each, so
        history and signals see every change) and say how many with ``done``."""
        changed = list(queryset.exclude(**{field: value}))
        for row in changed:
            setattr(row, field, value)
            row.save(update_fields=[field])
        self.message_user(request, done % {"count": len(changed)}, messages.SUCCESS)


# --- Quotes ------------------------------------------------------------------------------------


class QuoteForm(forms.ModelForm):
    """A quote whose text is always the article's body between `start` and `end`.

    Leave the text empty, or change only the span, and the text is taken from the
    body; change the text and it must match the span, or the form says where not.
    """

    add_alias = forms.BooleanField(
        label=_("أضف «المتحدث كما كُتب» اسمًا بديلًا للمتحدث"),
        required=False,
        help_text=_("ليتعرّف الاستخراج القادم على المتحدث بهذه الصيغة"),
    )

    class Meta:
        model = Quote
        fields = [
            "article", "text", "start", "end", "kind", "speaker", "speaker_description", "speaker_text",
            "relayed_by", "cited_medium", "cue", "confidence", "verified",
        ]  # fmt: skip
        widgets = {"text": forms.Textarea(attrs={"rows": 2, "cols": 50})}

    def __init__(self, *args, parent_article: Article | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.parent_article = parent_article
        if "text" in self.fields:
            self.fields["text"].required = False

    def article(self) -> Article | None:
        if self.parent_article is not None:
            return self.parent_article
        if self.cleaned_data.get("article"):
            return self.cleaned_data["article"]
        return self.instance.article if self.instance.article_id else None

    def clean(self):
        data = super().clean()
        article, start, end = self.article(), data.get("start"), data.get("end")
        if article is None or start is None or end is None:
            return data
        if self.instance.pk and not self.has_changed():
            # A row left as stored held its text in the stored body; when the body is being
            # edited, extraction moves it afterwards (`ArticleAdmin.save_related`).
            return data
        body = article.body
        if start > end or end > len(body):
            raise forms.ValidationError(
                _("المقطع %(start)s–%(end)s خارج نص المقال (طوله %(length)s حرفًا)."),
                params={"start": start, "end": end, "length": len(body)},
                code="span",
            )
        span, text = body[start:end], data.get("text") or ""
        if text == span:
            return data
        span_changed = {"start", "end"} & set(self.changed_data)
        if not text or (span_changed and "text" not in self.changed_data):
            data["text"] = span
            return data
        self.add_error(
            "text",
            forms.ValidationError(
                _(
                    "النص لا يطابق المقطع %(start)s–%(end)s من نص المقال: في المقال «%(span)s». "
                    "صحّح البداية أو النهاية، أو امسح النص ليؤخذ من المقطع."
                ),
                params={"start": start, "end": end, "span": span},
                code="text_mismatch",
            ),
        )
        return data


class QuoteInlineFormSet(forms.BaseInlineFormSet):
    def get_form_kwargs(self, index):
        # The article being edited, with the body as submitted, checks the spans.
        return {**super().get_form_kwargs(index), "parent_article": self.instance}


def teach_alias(request, quote: Quote, requested: bool) -> None:
    """After a speaker correction: add the words as written as an alias, or offer to."""
    offer = alias_offer(quote)
    if offer is None:
        return
    if requested:
        add_alias(quote.speaker, offer)
        messages.success(
            request, _("أضيف «%(name)s» اسمًا بديلًا لـ%(actor)s.") % {"name": offer, "actor": quote.speaker}
        )
    else:
        messages.info(
            request,
            _(
                "«%(name)s» ليس بعد اسمًا بديلًا لـ%(actor)s: اختر «أضف «المتحدث كما كُتب» اسمًا بديلًا» "
                "في الاقتباس أو إجراء «أضف صيغة المتحدث اسمًا بديلًا» في قائمة المراجعة."
            )
            % {"name": offer, "actor": quote.speaker},
        )


class QuoteInline(admin.TabularInline):
    model = Quote
    form = QuoteForm
    formset = QuoteInlineFormSet
    extra = 0
    fields = [
        "text", "start", "end", "kind", "speaker", "speaker_description", "speaker_text", "add_alias",
        "confidence", "verified",
    ]  # fmt: skip
    readonly_fields = ["speaker_text", "confidence"]
    autocomplete_fields = ["speaker"]
    show_change_link = True
    ordering = ["start"]


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    autocomplete_fields = ["actor"]


class AwaitingReviewFilter(admin.SimpleListFilter):
    title = _("تصريحات بانتظار المراجعة")
    parameter_name = "awaiting_review"

    def lookups(self, request, model_admin):
        return [("yes", _("نعم")), ("no", _("لا"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(unverified__gt=0)
        if self.value() == "no":
            return queryset.filter(unverified=0)
        return queryset


class ImportFilter(admin.SimpleListFilter):
    """The quotes of the articles an import created or changed (the link on its report)."""

    title = _("الاستيراد")
    parameter_name = "import"
    RECENT = 10

    def lookups(self, request, model_admin):
        recent = list(ArticleImport.objects.order_by("-pk").values_list("pk", flat=True)[: self.RECENT])
        chosen = int(self.value()) if (self.value() or "").isdigit() else None
        if chosen and chosen not in recent:
            recent.insert(0, chosen)
        return [(str(pk), _("الاستيراد %(number)s") % {"number": pk}) for pk in recent]

    def queryset(self, request, queryset):
        if not (self.value() or "").isdigit():
            return queryset
        stored = ImportOutcome.objects.filter(
            batch_id=int(self.value()),
            article_id=OuterRef("article_id"),
            status__in=[ImportOutcome.Status.CREATED, ImportOutcome.Status.UPDATED],
        )
        return queryset.filter(Exists(stored))


class MetadataToConfirmFilter(admin.SimpleListFilter):
    """The queue of what an import could not establish for sure (`metadata_to_confirm`)."""

    title = _("بيانات بانتظار التأكيد")
    parameter_name = "to_confirm"

    def lookups(self, request, model_admin):
        return [
            ("any", _("أي منها")),
            ("outlet", _("وسيلة جديدة من نطاق موقع")),
            ("no-outlet", _("وسيلة غير معروفة")),
            ("date", _("تاريخ غير معروف أو محسوب")),
        ]

    def queryset(self, request, queryset):
        chosen = {
            "any": Q(pk__in=Article.objects.metadata_to_confirm().values("pk")),
            "outlet": Q(outlet__to_confirm=True),
            "no-outlet": Q(outlet__isnull=True),
            "date": Q(date_source__in=Article.WEAK_DATE_SOURCES),
        }.get(self.value())
        return queryset.filter(chosen) if chosen is not None else queryset


class SpeakerKindFilter(admin.SimpleListFilter):
    """Who said it: a person, an institution or country, a medium, an unnamed speaker, or
    nobody the extraction could tell (those wait first in the queue, with confidence 0)."""

    title = _("نوع المتحدث")
    parameter_name = "speaker_kind"

    def lookups(self, request, model_admin):
        return Quote.SpeakerKind.choices

    def queryset(self, request, queryset):
        kinds = {
            Quote.SpeakerKind.PERSON: {"speaker__kind": Actor.Kind.PERSON},
            Quote.SpeakerKind.INSTITUTION: {
                "speaker__kind__in": [Actor.Kind.ORGANISATION, Actor.Kind.COUNTRY]
            },
            Quote.SpeakerKind.MEDIUM: {"speaker__kind": Actor.Kind.MEDIUM},
            Quote.SpeakerKind.UNNAMED: {"speaker__isnull": True, "speaker_description__gt": ""},
            Quote.SpeakerKind.NONE: {"speaker__isnull": True, "speaker_description": ""},
        }
        return queryset.filter(**kinds[self.value()]) if self.value() in kinds else queryset


@admin.register(Quote)
class QuoteAdmin(ArchiveAdmin):
    """The review queue: unverified statements first, the least confident first; a quote the
    extraction found no speaker for has confidence 0 and says so in the «who» column."""

    form = QuoteForm
    list_display = [
        "excerpt", "speaker", "who", "speaker_text", "cue", "confidence", "verified", "article_link",
    ]  # fmt: skip
    list_display_links = ["excerpt"]
    list_editable = ["speaker", "verified"]
    list_filter = ["verified", SpeakerKindFilter, "kind", "article__status", "article__outlet", ImportFilter]
    list_select_related = ["article", "speaker"]
    ordering = ["verified", "confidence", "pk"]
    search_fields = ["text", "speaker_text", "article__headline"]
    autocomplete_fields = ["article", "speaker", "relayed_by", "cited_medium"]
    readonly_fields = ["group_link", "created_at", "updated_at"]
    fields = [
        "article", "text", "start", "end", "kind", "speaker", "speaker_description", "speaker_text",
        "add_alias", "relayed_by", "cited_medium", "cue", "confidence", "verified", "group_link",
        "created_at", "updated_at",
    ]  # fmt: skip
    actions = ["mark_verified", "add_speaker_text_alias"]

    @admin.display(description=_("من قال"))
    def who(self, quote: Quote) -> str:
        kind = Quote.SpeakerKind(quote.speaker_kind)
        if kind == Quote.SpeakerKind.UNNAMED:
            return format_html("{}: {}", kind.label, quote.speaker_description)
        if kind == Quote.SpeakerKind.NONE:
            return format_html("<strong>{}</strong>", kind.label)
        return kind.label

    @admin.display(description=_("النص"))
    def excerpt(self, quote: Quote) -> str:
        return quote.text[:120] + ("…" if len(quote.text) > 120 else "")

    @admin.display(description=_("المقال"), ordering="article")
    def article_link(self, quote: Quote) -> str:
        url = reverse("admin:articles_article_change", args=[quote.article_id])
        return format_html('<a href="{}">{}</a>', url, quote.article)

    @admin.display(description=_("التصريح نفسه في مقالات أخرى"))
    def group_link(self, quote: Quote) -> str:
        if quote.statement_group_id is None:
            return "—"
        url = reverse("admin:articles_statementgroup_change", args=[quote.statement_group_id])
        return format_html('<a href="{}">{}</a>', url, quote.statement_group)

    def view_on_site(self, quote: Quote) -> str:
        return quote.article.get_absolute_url()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "speaker" in form.changed_data or form.cleaned_data.get("add_alias"):
            teach_alias(request, obj, bool(form.cleaned_data.get("add_alias")))

    @admin.action(description=_("اعتمد الاقتباسات المختارة (تم التحقق)"), permissions=["change"])
    def mark_verified(self, request, queryset):
        quotes = list(queryset.filter(verified=False))
        for quote in quotes:
            quote.verified = True
            quote.save(update_fields=["verified", "updated_at"])
        self.message_user(
            request,
            ngettext("اعتُمد اقتباس واحد.", "اعتُمد %(count)d اقتباسًا.", len(quotes)) % {"count": len(quotes)},
            messages.SUCCESS,
        )

    @admin.action(description=_("أضف صيغة المتحدث كما كُتبت اسمًا بديلًا للمتحدث"), permissions=["change"])
    def add_speaker_text_alias(self, request, queryset):
        added = [alias for quote in queryset.select_related("speaker") if (alias := self._alias_for(quote))]
        self.message_user(
            request,
            ngettext("أضيف اسم بديل واحد.", "أضيف %(count)d اسمًا بديلًا.", len(added)) % {"count": len(added)},
            messages.SUCCESS,
        )

    @staticmethod
    def _alias_for(quote: Quote) -> Alias | None:
        offer = alias_offer(quote)
        return add_alias(quote.speaker, offer) if offer else None


# --- Articles ----------------------------------------------------------------------------------


class SetAsideQuoteInline(admin.TabularInline):
    """Verified quotes an edit took the text of: the editor marks them again or deletes them."""

    model = SetAsideQuote
    extra = 0
    fields = ["text", "speaker", "speaker_text", "context", "created_at"]
    readonly_fields = fields
    verbose_name_plural = _("اقتباسات تحقق منها محرر ولم يعد نصها في المقال: أعد تحديدها أو احذفها")

    # They belong to the article: whoever may change the article handles them.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("articles.view_article")

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm("articles.change_article")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ArticleForm(forms.ModelForm):
    """An article typed or pasted by hand: paragraphs split as the importer splits them, and
    the same identity (the content hash), so the same text cannot be stored twice."""

    class Meta:
        model = Article
        fields = [
            "headline", "status", "outlet", "wire", "url", "byline", "dateline",
            "published_on", "date_source", "body", "source_name",
        ]  # fmt: skip

    def clean_body(self):
        # Browsers send \r\n; offsets are counted on the stored text.
        return (self.cleaned_data.get("body") or "").replace("\r\n", "\n").replace("\r", "\n").strip()

    def clean(self):
        data = super().clean()
        if "body" not in data:
            return data
        digest = content_hash(data.get("headline", self.instance.headline), data["body"])
        same = Article.objects.filter(content_hash=digest).exclude(pk=self.instance.pk).first()
        if same is not None:
            raise forms.ValidationError(
                _("هذا النص محفوظ من قبل في المقال رقم %(number)s."),
                params={"number": same.pk},
                code="duplicate",
            )
        self.instance.content_hash = digest
        return data


@admin.register(Article)
class ArticleAdmin(ImportViews, ArchiveAdmin):
    form = ArticleForm
    list_display = ["title", "outlet", "wire", "published_on", "date_source", "status", "unverified_count"]
    list_filter = ["status", MetadataToConfirmFilter, AwaitingReviewFilter, "outlet", "date_source"]
    list_select_related = ["outlet", "wire"]
    date_hierarchy = "published_on"
    search_fields = ["headline", "byline", "url", "source_name"]
    autocomplete_fields = ["outlet", "wire"]
    readonly_fields = ["content_hash", "created_at", "updated_at"]
    fields = [
        "headline", "status", "outlet", "wire", "url", "byline", "dateline",
        ("published_on", "date_source"), "body", "source_name", "content_hash", ("created_at", "updated_at"),
    ]  # fmt: skip
    inlines = [QuoteInline, SetAsideQuoteInline, MentionInline]
    actions = ["publish", "unpublish", "reextract"]

    def get_urls(self):
        return [*self.import_urls(), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_import": self.has_import_permission(request)}
        return super().changelist_view(request, extra_context)

    def save_model(self, request, obj, form, change):
        # A date an editor typed is the editor's, unless they also said where it came from.
        if "published_on" in form.changed_data and "date_source" not in form.changed_data:
            obj.date_source = Article.DateSource.EDITOR if obj.published_on else Article.DateSource.UNKNOWN
        # What the body was, for moving verified quotes once the quote rows are saved too.
        # (Compared as stored: browsers send every line break of a textarea as \r\n.)
        form.previous_body = form.initial.get("body") if change else None
        form.needs_extraction = not change or obj.body != form.initial.get("body")
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if getattr(form, "needs_extraction", False):
            counts = extract_article(form.instance, previous_body=form.previous_body)
            self.message_user(request, extraction_message(counts), messages.SUCCESS)
            if counts["set_aside"]:
                self.message_user(
                    request,
                    ngettext(
                        "لم يعد نص اقتباس تحقق منه محرر في المقال: نُحّي جانبًا لتراجعه.",
                        "لم يعد نص %(count)d اقتباسات تحقق منها محرر في المقال: نُحّيت جانبًا لتراجعها.",
                        counts["set_aside"],
                    )
                    % {"count": counts["set_aside"]},
                    messages.WARNING,
                )

    def get_queryset(self, request):
        unverified = Count("quotes", filter=Q(quotes__verified=False, quotes__kind=Quote.Kind.STATEMENT))
        return super().get_queryset(request).annotate(unverified=unverified)

    @admin.display(description=_("تصريحات بانتظار المراجعة"), ordering="unverified")
    def unverified_count(self, article: Article) -> int:
        return article.unverified

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm("articles.publish_article")

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly if self.has_publish_permission(request) else [*readonly, "status"]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for quote_form in formset.forms:
            data = getattr(quote_form, "cleaned_data", None) or {}
            corrected = "speaker" in quote_form.changed_data or data.get("add_alias")
            if quote_form.instance.pk and corrected and not data.get("DELETE"):
                teach_alias(request, quote_form.instance, bool(data.get("add_alias")))

    def _set_status(self, request, queryset, status: str, done: str) -> None:
        changed = [article for article in queryset if article.status != status]
        for article in changed:
            article.status = status
            article.save(update_fields=["status", "updated_at"])
        self.message_user(request, done % {"count": len(changed)}, messages.SUCCESS)

    @admin.action(description=_("انشر المقالات المختارة"), permissions=["publish"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Article.Status.PUBLISHED, _("نُشر %(count)d مقال."))

    @admin.action(description=_("ألغِ نشر المقالات المختارة"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, Article.Status.DRAFT, _("أعيد %(count)d مقال إلى المسودات."))

    @admin.action(description=_("أعد استخراج الاقتباسات (يُبقي ما تم التحقق منه)"), permissions=["change"])
    def reextract(self, request, queryset):
        totals = reextract(queryset.order_by("pk"))
        caching.bump()  # extraction writes in bulk, without signals
        self.message_user(
            request,
            _("أعيد استخراج %(articles)d مقال: %(quotes)d اقتباسًا، منها %(kept)d محفوظة بعد التحقق.")
            % totals,
            messages.SUCCESS,
        )


EXTRACTION_DONE = _(
    "استُخرج %(quotes)d اقتباسًا من النص؛ بقي %(kept)d اقتباسًا تحقق منه محرر، نُقل منها %(moved)d "
    "إلى موضعه الجديد."
)


def extraction_message(counts: dict[str, int]) -> str:
    return EXTRACTION_DONE % counts


# --- Statement groups -------------------------------------------------------------------------


class GroupQuoteForm(forms.ModelForm):
    split_off = forms.BooleanField(label=_("افصله"), required=False)

    class Meta:
        model = Quote
        fields: list[str] = []


class GroupQuoteInline(admin.TabularInline):
    """A group's quotes; the ticked ones are split off into a new group when it is saved."""

    model = Quote
    form = GroupQuoteForm
    fk_name = "statement_group"
    fields = ["excerpt", "outlet", "published_on", "speaker", "split_off"]
    readonly_fields = ["excerpt", "outlet", "published_on", "speaker"]
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True
    verbose_name = _("نقل")
    verbose_name_plural = _("النقول (علّم ما لا ينتمي ثم احفظ لفصله في تصريح مستقل)")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article__outlet", "article__wire", "speaker")

    @admin.display(description=_("النص"))
    def excerpt(self, quote: Quote) -> str:
        return quote.text[:200] + ("…" if len(quote.text) > 200 else "")

    @admin.display(description=_("الوسيلة"))
    def outlet(self, quote: Quote) -> str:
        article = quote.article
        return str(article.outlet or article.wire or article)

    @admin.display(description=_("تاريخ النشر"))
    def published_on(self, quote: Quote):
        return quote.article.published_on


@admin.register(StatementGroup)
class StatementGroupAdmin(ArchiveAdmin):
    """Editors split a wrong group (tick its stray quotes) or merge groups (an action); both
    make the groups decided, which later grouping keeps."""

    list_display = ["__str__", "speaker", "first_wording", "n_quotes", "n_articles", "decided", "updated_at"]
    list_filter = ["decided"]
    list_select_related = ["speaker"]
    search_fields = ["quotes__text", "speaker__name_ar", "speaker__name_en"]
    readonly_fields = ["speaker", "created_at", "updated_at"]
    fields = ["speaker", "decided", ("created_at", "updated_at")]
    inlines = [GroupQuoteInline]
    actions = ["merge", "undecide"]
    view_on_site = False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(n_quotes=Count("quotes"), n_articles=Count("quotes__article", distinct=True))
        )

    @admin.display(description=_("النقول"), ordering="n_quotes")
    def n_quotes(self, group: StatementGroup) -> int:
        return group.n_quotes

    @admin.display(description=_("المقالات"), ordering="n_articles")
    def n_articles(self, group: StatementGroup) -> int:
        return group.n_articles

    @admin.display(description=_("الصيغة الأولى"))
    def first_wording(self, group: StatementGroup) -> str:
        first = group.quotes.order_by("article__published_on", "pk").values_list("text", flat=True).first()
        return (first or "")[:120]

    def save_formset(self, request, form, formset, change):
        if formset.model is not Quote:
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)  # nothing to write but the split; the change message lists it
        ticked = [f.instance for f in formset.forms if (f.cleaned_data or {}).get("split_off")]
        if ticked and len(ticked) < len(formset.forms):
            new = split_group(form.instance, ticked, reason=f"split by {request.user}")
            self.message_user(
                request,
                ngettext("فُصل نقل واحد في %(group)s.", "فُصل %(count)d نقلًا في %(group)s.", len(ticked))
                % {"count": len(ticked), "group": new},
                messages.SUCCESS,
            )
        elif ticked:
            self.message_user(request, _("لا تفصل كل النقول: تبقى المجموعة كما هي."), messages.WARNING)
        return None

    @admin.action(description=_("ادمج المجموعات المختارة في تصريح واحد"), permissions=["change"])
    def merge(self, request, queryset):
        groups = list(queryset)
        if len(groups) < 2:
            self.message_user(request, _("اختر مجموعتين على الأقل للدمج."), messages.WARNING)
            return
        kept = merge_groups(groups, reason=f"merged by {request.user}")
        done = _("دُمجت %(count)d مجموعات في %(group)s.") % {"count": len(groups), "group": kept}
        self.message_user(request, done, messages.SUCCESS)

    @admin.action(description=_("أعد المجموعات المختارة إلى التجميع الآلي"), permissions=["change"])
    def undecide(self, request, queryset):
        groups = list(queryset.filter(decided=True))
        for group in groups:
            group.decided = False
            group.save(update_fields=["decided", "updated_at"])
        self.message_user(request, _("أعيدت %(count)d مجموعة إلى التجميع الآلي.") % {"count": len(groups)})


# --- Actors ------------------------------------------------------------------------------------


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1
    fields = ["name", "kind"]


class MergeForm(forms.Form):
    kept = forms.ModelChoiceField(
        queryset=Actor.objects.none(), widget=forms.RadioSelect, label=_("الفاعل الذي يبقى")
    )

    def __init__(self, *args, actors=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kept"].queryset = actors


@admin.register(Actor)
class ActorAdmin(ArchiveAdmin):
    list_display = ["name_ar", "name_en", "kind", "affiliation", "approved", "n_quotes"]
    list_filter = ["approved", "kind", "affiliation"]
    list_editable = ["approved"]
    search_fields = ["name_ar", "name_en", "slug", "aliases__name"]
    readonly_fields = ["created_at"]
    autocomplete_fields = ["outlet", "part_of"]
    inlines = [AliasInline]
    actions = ["approve", "merge"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_quotes=Count("quotes", distinct=True))

    @admin.display(description=_("التصريحات"), ordering="n_quotes")
    def n_quotes(self, actor: Actor) -> int:
        return actor.n_quotes

    @admin.action(description=_("اعتمد الفاعلين المختارين"), permissions=["change"])
    def approve(self, request, queryset):
        self.set_field(request, queryset, "approved", True, _("اعتُمد %(count)d فاعل."))

    @admin.action(description=_("ادمج الفاعلين المختارين في واحد"), permissions=["change", "delete"])
    def merge(self, request, queryset):
        actors = queryset.order_by("name_ar")
        if actors.count() < 2:
            self.message_user(request, _("اختر فاعلين اثنين على الأقل للدمج."), messages.WARNING)
            return None
        form = MergeForm(request.POST if "kept" in request.POST else None, actors=actors)
        if form.is_valid():
            kept = form.cleaned_data["kept"]
            moved = merge_actors(kept, actors.exclude(pk=kept.pk))
            self.message_user(
                request,
                _("دُمج في %(actor)s: نُقل %(quotes)d اقتباسًا و%(mentions)d إشارة و%(aliases)d اسمًا بديلًا.")
                % {"actor": kept, **moved},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("دمج الفاعلين"),
            "opts": self.model._meta,
            "actors": actors,
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/articles/actor/merge.html", context)


# --- Outlets and frames ------------------------------------------------------------------------


@admin.register(Outlet)
class OutletAdmin(ArchiveAdmin):
    """Outlets and agencies; the ones an import named after a bare domain wait, ticked
    «بانتظار التأكيد», for an editor to give their names, country and kind."""

    list_display = ["name_ar", "name_en", "kind", "country", "domain", "to_confirm"]
    list_editable = ["kind", "country"]
    list_filter = ["to_confirm", "kind", "country"]
    search_fields = ["name_ar", "name_en", "slug", "domain"]
    actions = ["confirm"]

    @admin.action(description=_("أكّد الوسائل المختارة"), permissions=["change"])
    def confirm(self, request, queryset):
        self.set_field(request, queryset, "to_confirm", False, _("أُكّدت %(count)d وسيلة."))


class FrameTermInline(admin.TabularInline):
    model = FrameTerm
    extra = 3
    fields = ["phrase"]


@admin.register(Frame)
class FrameAdmin(ArchiveAdmin):
    list_display = ["name_ar", "name_en", "slug", "position", "n_terms"]
    list_editable = ["position"]
    search_fields = ["name_ar", "name_en", "slug", "terms__phrase"]
    inlines = [FrameTermInline]
    view_on_site = False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_terms=Count("terms"))

    @admin.display(description=_("المدخلات"), ordering="n_terms")
    def n_terms(self, frame: Frame) -> int:
        return frame.n_terms
