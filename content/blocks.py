"""StreamField blocks shared by every page of the portal's content."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from content.programma import ONDERDELEN_GROEP, ONDERDELEN_INDIVIDUEEL

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
VIDEO_EXTENSIONS = (".mp4", ".webm")


class TekstBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst")
        template = "content/blocks/tekst.html"
        preview_value = "<p>Een alinea uit het trainerskompas.</p>"


class CalloutBlock(blocks.StructBlock):
    """A highlighted note; 'groepsvariant' marks what differs in the group training."""

    soort = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("let_op", _("Let op")), ("groepsvariant", _("Groepsvariant"))],
        default="tip",
        label=_("Soort"),
    )
    tekst = TekstBlock(label=_("Tekst"))

    class Meta:
        icon = "help"
        label = _("Kader")
        template = "content/blocks/callout.html"
        preview_value = {
            "soort": "groepsvariant",
            "tekst": "<p>In de groep doen twee trainers dit samen.</p>",
        }


class SpreukBlock(blocks.StructBlock):
    tekst = blocks.CharBlock(label=_("Spreuk"), max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Spreuk")
        template = "content/blocks/spreuk.html"
        preview_value = {"tekst": "Wie stilstaat, ziet meer."}


class StappenBlock(blocks.StructBlock):
    titel = blocks.CharBlock(label=_("Titel"), required=False)
    stappen = blocks.ListBlock(blocks.CharBlock(label=_("Stap")), label=_("Stappen"))

    class Meta:
        icon = "list-ol"
        label = _("Stappenplan")
        template = "content/blocks/stappen.html"
        preview_value = {"titel": "Zo doe je het", "stappen": ["Lees voor", "Bespreek", "Spreek af"]}


class TabelBlock(TypedTableBlock):
    def __init__(self, **kwargs):
        super().__init__(
            [
                ("tekst", blocks.CharBlock()),
                ("getal", blocks.DecimalBlock()),
                ("opmaak", blocks.RichTextBlock(features=["bold", "italic", "link"])),
            ],
            **kwargs,
        )

    class Meta:
        icon = "table"
        label = _("Tabel")
        template = "content/blocks/tabel.html"
        preview_value = {
            "columns": [{"type": "tekst", "heading": "Fase"}, {"type": "getal", "heading": "Weken"}],
            "rows": [{"values": ["Erkennen", 4]}, {"values": ["Verandering", 3]}],
        }


class AfbeeldingBlock(blocks.StructBlock):
    afbeelding = ImageChooserBlock(label=_("Afbeelding"))
    alt = blocks.CharBlock(
        label=_("Alternatieve tekst"), help_text=_("Wat staat er op, voor wie het niet ziet.")
    )
    bijschrift = blocks.CharBlock(label=_("Bijschrift"), required=False)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "content/blocks/afbeelding.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    omschrijving = blocks.CharBlock(label=_("Omschrijving"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Werkblad of document")
        template = "content/blocks/document.html"


class ActiviteitSuggestieBlock(blocks.StructBlock):
    """An activity suggested for one part of the meeting."""

    onderdeel = blocks.ChoiceBlock(
        choices=list(dict(ONDERDELEN_INDIVIDUEEL + ONDERDELEN_GROEP).items()), label=_("Onderdeel")
    )
    titel = blocks.CharBlock(label=_("Titel"))
    beschrijving = blocks.TextBlock(label=_("Beschrijving"))

    class Meta:
        icon = "pick"
        label = _("Activiteit")
        template = "content/blocks/activiteit.html"
        preview_value = {
            "onderdeel": "opening",
            "titel": "Weerbericht",
            "beschrijving": "Hoe is het weer in je hoofd?",
        }


class VideoDocumentBlock(DocumentChooserBlock):
    def clean(self, value):
        value = super().clean(value)
        if value and not value.file.name.lower().endswith(VIDEO_EXTENSIONS):
            raise ValidationError(_("Kies een videobestand (MP4 of WebM) uit de documenten."))
        return value


class VideoBlock(blocks.StructBlock):
    """Video from the portal's own documents only: nothing is loaded from elsewhere."""

    video = VideoDocumentBlock(label=_("Video"))
    titel = blocks.CharBlock(label=_("Titel"))
    transcript = blocks.TextBlock(label=_("Uitgeschreven tekst"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "content/blocks/video.html"


class InhoudBlock(blocks.StreamBlock):
    """The blocks every text area of the manual offers."""

    tekst = TekstBlock()
    kader = CalloutBlock()
    spreuk = SpreukBlock()
    stappen = StappenBlock()
    tabel = TabelBlock()
    afbeelding = AfbeeldingBlock()
    document = DocumentBlock()
    activiteit = ActiviteitSuggestieBlock()
    video = VideoBlock()


class CijferBlock(blocks.StructBlock):
    cijfer = blocks.CharBlock(label=_("Cijfer"), max_length=10)
    label = blocks.CharBlock(label=_("Omschrijving"))

    class Meta:
        icon = "order"
        label = _("Kerncijfer")
        template = "content/blocks/cijfer.html"
        preview_value = {"cijfer": "78%", "label": "heeft minder klachten"}


class CijfersBlock(blocks.StructBlock):
    titel = blocks.CharBlock(label=_("Titel"))
    cijfers = blocks.ListBlock(CijferBlock())
    bron = blocks.CharBlock(label=_("Bron"), required=False)

    class Meta:
        icon = "order"
        label = _("Kerncijfers")
        template = "content/blocks/cijfers.html"
        preview_value = {
            "titel": "Wat jongeren zeggen",
            "cijfers": [{"cijfer": "78%", "label": "minder klachten"}, {"cijfer": "7,4", "label": "trots"}],
            "bron": "Vragenlijst onder deelnemers",
        }


class SectieBlock(blocks.StructBlock):
    kop = blocks.CharBlock(label=_("Kop"))
    tekst = TekstBlock()

    class Meta:
        icon = "title"
        label = _("Sectie")
        description = _("Een kop met tekst, voor de publieke pagina's.")
        template = "content/blocks/sectie.html"
        preview_value = {"kop": "Voor wie", "tekst": "<p>Voor jongeren van 12 tot 20 jaar.</p>"}


class PubliekBlock(blocks.StreamBlock):
    """Blocks for the public pages."""

    sectie = SectieBlock()
    cijfers = CijfersBlock()
    kader = CalloutBlock()
