"""Demo content for the public site."""

from wagtail.models import Page, Site

from content.models import HomePage

HOME_INTRO = (
    "Re-Fit is een begeleiding op school voor jongeren van 12 tot 20 jaar die vaak "
    "verzuimen door lichamelijke klachten die maar niet overgaan. In veertien weken werkt "
    "een getrainde begeleider met de jongere aan rust, ritme en weer meedoen op school."
)

HOME_BODY = """
<h2>Voor wie</h2>
<p>Voor leerlingen in het voortgezet onderwijs, het mbo en het praktijkonderwijs die
langdurig last hebben van bijvoorbeeld hoofdpijn, buikpijn of vermoeidheid, en daardoor
meer dan tien procent van de lessen missen terwijl de eigen aanpak van de school
onvoldoende helpt.</p>
<h2>Hoe het werkt</h2>
<p>De jongere heeft elke week een gesprek van drie kwartier op de eigen school. De training
kent vier fasen: erkennen, stabiliteit en rust, verandering, en integratie en toekomst.
Ouders en school horen minstens om de twee weken hoe het gaat.</p>
<h2>Een leerling aanmelden</h2>
<p>De zorg- of ondersteuningscoördinator van de school meldt een leerling aan via dit
portaal. Een adviesteam bekijkt de aanmelding; daarna volgt een intake met twee trainers.</p>
<h2>Trainers</h2>
<p>Re-Fit-trainers volgen een tweedaagse cursus met twee intervisiemomenten en houden hun
licentie bij door jaarlijks een professionaliseringsdag te volgen.</p>
"""


def load_home_page() -> None:
    """Make the Re-Fit home page the root of the default site."""
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = root.add_child(
            instance=HomePage(
                title="Weer naar school, met Re-Fit",
                slug="re-fit",
                intro=HOME_INTRO,
                body=HOME_BODY,
            )
        )
    else:
        home.intro, home.body = HOME_INTRO, HOME_BODY
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Re-Fit"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    # Wagtail's own placeholder page is no longer reachable; remove it.
    Page.objects.filter(depth=2).exclude(pk=home.pk).not_type(HomePage).delete()
