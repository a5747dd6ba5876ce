"""Demo content for the trainerskompas, written for the portal (fictitious, in our own words)."""

# ruff: noqa: E501

# Introductie op het trainerskompas.
KOMPAS_INTRO = "Het trainerskompas is de handleiding voor iedereen die Re-Fit geeft of leert geven. Je vindt hier de achtergrond en de spelregels van het programma, en per fase en per thema het verhaal van Lot, uitleg over pijn en vermoeidheid, opdrachten en activiteiten voor elk onderdeel van het gesprek. Lees als nieuwe trainer eerst de hoofdstukken in volgorde en gebruik daarna de fasen en thema's om je bijeenkomsten voor te bereiden. De activiteiten zijn suggesties: de doelen van de fase bepalen wat je kiest."


# De hoofdstukken van de handleiding, in leesvolgorde.
HOOFDSTUKKEN = [
    {
        "slug": "doelgroep-en-criteria",
        "titel": "Doelgroep en toelatingscriteria",
        "intro": "Re-Fit is bedoeld voor een duidelijk omschreven groep jongeren. In dit hoofdstuk lees je voor wie de training werkt, aan welke criteria een aanmelding moet voldoen en wanneer je beter niet start.",
        "secties": [
            {
                "kop": "Voor wie is Re-Fit bedoeld?",
                "alineas": [
                    "Re-Fit richt zich op jongeren van 12 tot ongeveer 20 jaar in het voortgezet onderwijs en het mbo. Zij hebben al langere tijd lichamelijke klachten, zoals hoofdpijn, buikpijn, misselijkheid, vermoeidheid of pijn in spieren en gewrichten, en missen daardoor steeds vaker school. Vaak lopen ze vast in hun schoolloopbaan, of dreigen ze dat te doen.",
                    "Of er een medische verklaring voor de klachten is, maakt voor deelname niet uit. Re-Fit zoekt niet naar een oorzaak, maar helpt de jongere om weer te functioneren terwijl de klachten er nog zijn. Het doel is een stabiele, regelmatige schoolgang en een jongere die weet hoe hij of zij met tegenslag omgaat.",
                    "Ouders en school zijn belangrijke partners, maar de training richt zich op de jongere zelf. Er is dus geen aparte begeleiding voor ouders of docenten; wel stem je regelmatig met hen af.",
                ],
            },
            {
                "kop": "Criterium 1: schoolaanwezigheid (alle drie nodig)",
                "alineas": [
                    "Voor dit criterium moet aan alle drie de punten hieronder zijn voldaan. Vraag de school om de verzuimgegevens en een korte beschrijving van wat al is geprobeerd, zodat het adviesteam de aanmelding goed kan beoordelen.",
                ],
                "lijst": [
                    "De jongere heeft aanhoudende lichamelijke klachten; het maakt niet uit of die medisch verklaard zijn of niet.",
                    "Er is veel verzuim (meer dan 10 procent) en het eigen plan van aanpak van de school heeft te weinig effect gehad. De school is met dat plan gestart na de vierde ziekmelding binnen twaalf weken of vanaf de zevende aaneengesloten schooldag (de MAZL-criteria).",
                    "De klachten staan de voortgang op school in de weg: de school ziet een verhoogd risico dat de jongere het uitstroomperspectief niet haalt.",
                ],
            },
            {
                "kop": "Criterium 2: inactieve leefstijl (minstens één van drie)",
                "alineas": [
                    "Bij de jongeren voor wie Re-Fit bedoeld is, gaan de klachten bijna altijd samen met weinig bewegen en weinig sociaal contact. Voor toelating is het voldoende als minstens één van de volgende kenmerken aanwezig is.",
                ],
                "lijst": [
                    "Eenzaamheid: de jongere ervaart een sociaal isolement en heeft sombere of depressieve klachten.",
                    "De jongere brengt meer dan zes uur per dag zittend of liggend door.",
                    "De jongere beweegt minder dan een uur per dag matig tot intensief.",
                ],
            },
            {
                "kop": "Criterium 3: commitment (alle drie nodig)",
                "alineas": [
                    "Re-Fit vraagt inzet. De jongere wil werken aan een actievere leefstijl en laat dat zien door zich aan alle drie de afspraken hieronder te houden. Maak dit tijdens de intake concreet: wat betekent het voor deze jongere, in deze week?",
                ],
                "lijst": [
                    "De jongere doet volledig mee aan alle bijeenkomsten.",
                    "De jongere maakt de praktijkopdrachten die bij de bijeenkomsten horen.",
                    "De jongere is minimaal acht uur per week op school aanwezig.",
                ],
            },
            {
                "kop": "Contra-indicaties",
                "alineas": [
                    "Ook als de criteria lijken te kloppen, kan er een reden zijn om niet te starten. Eén van de volgende situaties is al voldoende om van deelname af te zien. Geef in dat geval altijd een onderbouwd advies voor het vervolg.",
                ],
                "lijst": [
                    "Tijdens of na de intake wordt duidelijk dat de motivatie van de jongere te klein is om de training aan te gaan.",
                    "De jongere kan lichamelijk niet genoeg meedoen aan de activiteiten, bijvoorbeeld door een intensief ziekenhuistraject of een operatie die eraan komt.",
                    "De jongere gaat helemaal niet meer naar school en zit volledig thuis; dan ontbreekt de basis om de training op school te geven.",
                    "Er is sprake van ernstige psychopathologie waarvoor gespecialiseerde behandeling loopt, en na overleg met de behandelaar is geconcludeerd dat Re-Fit die behandeling in de weg zou zitten.",
                    "Er lijken ernstige psychische problemen te spelen, maar er is geen diagnostiek of behandeling ingezet, zodat onduidelijk is wat er aan de hand is.",
                    "De jongere volgt onderwijs voor (zeer) moeilijk lerenden, het (Z)ML; daarvoor is Re-Fit niet ontwikkeld. Voor leerlingen in het praktijkonderwijs is er Re-Fit Do-It.",
                ],
            },
            {
                "kop": "Varianten voor andere onderwijsvormen",
                "alineas": [
                    "Voor leerlingen in het praktijkonderwijs (PRO) bestaat een aangepaste versie: Re-Fit Do-It. Krijg je een aanmelding van een PRO-leerling, dan verwijs je naar die variant in plaats van naar de reguliere training.",
                    "Voor het (Z)ML is er geen Re-Fit-variant; denk in dat geval met de school mee over een passend alternatief. Voor het basisonderwijs wordt een aanbod ontwikkeld, omdat veel deelnemers al een lange geschiedenis van verzuim blijken te hebben wanneer ze bij Re-Fit terechtkomen.",
                ],
            },
        ],
    },
    {
        "slug": "intake",
        "titel": "Aanmelding, adviesteam en intake",
        "intro": "Een zorgvuldig begin voorkomt teleurstelling later. Hier lees je hoe een aanmelding via het adviesteam en de intake tot een besluit leidt.",
        "secties": [
            {
                "kop": "Van aanmelding naar adviesteam",
                "alineas": [
                    "De school meldt een leerling aan via het online aanmeldformulier; meestal doet de zorg- of ondersteuningscoördinator dat. Vaak is daar voorlichting aan voorafgegaan: trainers vertellen scholen, het samenwerkingsverband en verwijzers zoals de jeugdgezondheidszorg, leerplicht en gemeente wat Re-Fit is en voor wie het bedoeld is.",
                    "Elke aanmelding wordt besproken in een multidisciplinair adviesteam. Daarin zitten bijvoorbeeld zorgcoördinatoren, een jeugdarts of een gedragswetenschapper, afhankelijk van wat de school in huis heeft. Eén voorwaarde staat vast: er zit altijd een ervaren trainer in, met meer dan drie jaar ervaring. Heeft een school zo iemand nog niet, dan schuift een ervaren trainer van het landelijke kernteam aan.",
                    "Geeft het adviesteam een positief advies, dan nodig je de jongere samen met ouders of verzorgers uit voor de intake. Is het advies negatief, dan krijgt de school een toelichting en waar mogelijk een suggestie voor een ander passend aanbod.",
                ],
            },
            {
                "kop": "Het intakegesprek",
                "alineas": [
                    "De intake voer je altijd met z'n tweeën. Minstens één van jullie heeft meer dan drie jaar ervaring als Re-Fit-trainer; zo leer je als nieuwe trainer het vak en blijft de besluitvorming zorgvuldig. Ook iemand van school kan aanschuiven.",
                    "Je werkt met de intakevragenlijst en de checklist voor besluitvorming. Daarmee loop je de toelatingscriteria en de contra-indicaties na. Daarnaast leg je uit hoe de training werkt en wat je van de jongere verwacht: elke week aanwezig zijn, de opdrachten maken en minstens acht uur per week op school zijn.",
                ],
            },
            {
                "kop": "De vier onderwerpen van de intakevragenlijst",
                "alineas": [
                    "De vragenlijst is opgebouwd rond vier onderwerpen. Neem voor elk onderwerp de tijd; juist in het verhaal van de jongere hoor je wat er allemaal in de emmer zit.",
                ],
                "lijst": [
                    "Ziekte en ziektebeleving: welke klachten zijn er, sinds wanneer, en hoe kijkt de jongere er zelf tegenaan?",
                    "Dagelijks leven, op school en thuis: hoe ziet een gewone dag eruit, hoeveel beweegt en zit de jongere, en wie ziet hij of zij nog?",
                    "Verleden: welk onderzoek is al gedaan, welke hulp is eerder ingezet en wat heeft dat opgeleverd?",
                    "Verwachtingen: wat hoopt de jongere dat er over veertien weken anders is, en wat verwachten de ouders?",
                ],
            },
            {
                "kop": "Besluit en belafspraak",
                "alineas": [
                    "Het besluit valt niet aan tafel. Na de intake wegen de jongere, de ouders of verzorgers en jullie als trainers af of dit het goede moment is om te beginnen. Je plant een belafspraak waarin jullie het besluit samen bespreken.",
                    "Besluiten jullie te starten, dan krijgt de jongere een uitnodiging voor de eerste bijeenkomst en neem je contact op met de contactpersoon van school om de training af te stemmen. Start de jongere niet, dan geef je een onderbouwd advies voor het vervolg, zoals een ander aanbod of een verwijzing.",
                    "Houd de volgorde altijd aan: eerst de intake, dan het besluit, dan de training en tot slot de afsluiting met het eindverslag. Sla geen stap over, ook niet als er haast lijkt te zijn.",
                ],
            },
            {
                "kop": "Tips voor een goede intake",
                "alineas": [
                    "Een intake is geen examen. Het is het eerste moment waarop de jongere merkt dat er echt naar hem of haar geluisterd wordt, en dat legt de basis voor de rest van de training.",
                ],
                "lijst": [
                    "Begin bij erkenning: veel jongeren hebben al een lange zoektocht achter de rug en zijn eraan gewend dat ze niet geloofd worden.",
                    "Vraag door op een gewone dag; concrete tijden en bezigheden zeggen meer dan algemene antwoorden.",
                    "Wacht niet tot een medisch traject helemaal is afgerond. Lopend onderzoek hoeft een start niet in de weg te staan, zolang de jongere lichamelijk kan meedoen.",
                    "Laat de jongere zelf vertellen waarom hij of zij wil beginnen; dat zegt meer over commitment dan een ja op een vragenlijst.",
                    "Kijk bij de planning alvast naar de schoolvakanties (zie het hoofdstuk over de opbouw van het programma).",
                ],
            },
        ],
    },
    {
        "slug": "opbouw-van-het-programma",
        "titel": "Opbouw van het programma",
        "intro": "Re-Fit heeft een vast begin en een vast einde. In dit hoofdstuk zie je hoe de veertien weken zijn ingedeeld en hoe elke bijeenkomst is opgebouwd.",
        "secties": [
            {
                "kop": "Veertien weken, vier fasen",
                "alineas": [
                    "De training duurt veertien weken en bestaat uit vier fasen, elk met een eigen focus, eigen subdoelen en vier thema's. De fasen bouwen op elkaar voort: eerst erkennen, dan rust en ritme, daarna veranderen en tot slot loslaten en vooruitkijken.",
                    "In fase 3 en 4 heb je drie weken voor vier thema's. Je bepaalt zelf hoe je ze verdeelt, bijvoorbeeld door twee verwante thema's in één bijeenkomst te combineren. De doelen van de fase bepalen wat voorrang krijgt.",
                ],
                "lijst": [
                    "Fase 1, Erkennen: vier weken (week 1 tot en met 4).",
                    "Fase 2, Stabiliteit en rust: vier weken (week 5 tot en met 8).",
                    "Fase 3, Verandering: drie weken (week 9 tot en met 11).",
                    "Fase 4, Integratie en toekomst: drie weken (week 12 tot en met 14).",
                ],
            },
            {
                "kop": "Het wekelijkse begeleidingsgesprek",
                "alineas": [
                    "Elke week heeft de jongere een begeleidingsgesprek van 45 minuten met jou, op de eigen school. Plan het gesprek bij voorkeur voor of tussen de lessen, zodat de jongere weinig lestijd mist en de stap om de rest van de dag te blijven kleiner wordt. Tussen de gesprekken door werkt de jongere aan de praktijkopdrachten en kan hij of zij je zo nodig mailen of appen.",
                    "Elk gesprek heeft in alle fasen dezelfde vijf onderdelen. Die vaste structuur geeft houvast, juist aan jongeren bij wie het leven de laatste tijd onvoorspelbaar was.",
                ],
                "lijst": [
                    "Opening: de jongere vertelt hoe het gaat. In fase 1 volg je vooral en oordeel je niet; vanaf fase 2 stel je meer oplossingsgerichte vragen, zoals 'Wat is gelukt?' en 'Wat viel mee?'. Je kijkt ook kort terug op de theorie en de opdrachten van de vorige keer.",
                    "Theorie: je opent het thema met de spreuk en het verhaal van Lot en geeft uitleg over pijn en vermoeidheid die bij het thema past.",
                    "Opdrachten: je bespreekt de praktijkopdrachten van de vorige week en legt de nieuwe uit.",
                    "Activiteit: een werkvorm die de jongere activeert en het thema laat ervaren.",
                    "Afronding: je evalueert, vertaalt het geleerde naar de eigen situatie en maakt afspraken voor de komende week.",
                ],
            },
            {
                "kop": "De groepsbijeenkomst",
                "alineas": [
                    "Kies je voor de groepsvariant, dan duurt een bijeenkomst tweeënhalf uur en geef je die samen met een tweede trainer. Ook hier ligt de opbouw vast, met extra ruimte voor ontmoeting en het uitwisselen van ervaringen. Meer hierover lees je in het hoofdstuk over de groepsvariant.",
                ],
                "lijst": [
                    "Opening",
                    "Terugkoppeling van de vorige bijeenkomst",
                    "Verhaal van Lot en theorie",
                    "Groepsactiviteiten",
                    "Afronding en bespreken van de opdrachten",
                ],
            },
            {
                "kop": "Activiteiten kiezen",
                "alineas": [
                    "De activiteiten in dit kompas komen uit psycho-educatie, cognitieve gedragstherapie (CGT), acceptatie- en commitmenttherapie (ACT), copingtraining, oplossingsgericht werken en positieve psychologie. Ze zijn bedoeld om informatie te geven, te prikkelen, tot zelfreflectie uit te nodigen en inzicht te vergroten.",
                    "De activiteiten liggen niet vast. Ben je net begonnen, gebruik dan vooral de activiteiten uit het kompas; naarmate je meer ervaring hebt, kun je variëren of eigen werkvormen inzetten. Voor elke keuze geldt dezelfde toets: helpt deze activiteit de jongere om de doelen van deze fase te bereiken?",
                    "Let bij de opdrachten ook op hoe de jongere ze aanpakt. De manier waarop iemand een opdracht vormgeeft, zegt veel over hoe hij of zij leert en met moeilijkheden omgaat. Geef die observaties terug; dat vergroot het inzicht.",
                ],
            },
            {
                "kop": "IJkmoment, voortgangsberichten en aanwezigheid",
                "alineas": [
                    "Aan het eind van fase 1, in week 4 of 5, is het ijkmoment: een voortgangsgesprek met de jongere, de ouders en de school. Samen bekijk je opnieuw of er genoeg commitment en aanwezigheid is om door te gaan. Stopt de training hier, dan geef je een vervolgadvies. Aan het eind van fase 4 volgt het eindgesprek.",
                    "Ouders en school krijgen minstens eens in de twee weken een kort bericht over de voortgang. Bespreek met de jongere wat je deelt; zo blijft het vertrouwen intact.",
                    "De jongere is bij alle afgesproken bijeenkomsten aanwezig. Mist hij of zij toch een afspraak, dan bespreek je samen hoe het verder moet. Bij herhaalde afwezigheid vraag je het adviesteam om advies: doorgaan, of verwijzen naar een passender aanbod.",
                ],
            },
            {
                "kop": "Plannen rond schoolvakanties",
                "alineas": [
                    "Leg de startdatum niet zomaar vast, maar reken vooruit. In fase 2 begint de jongere met het rust-activiteitenschema, en een vakantie in die weken haalt het nieuwe ritme meteen onderuit. Plan dus zo dat fase 2 vakantievrij is.",
                    "Laat de training ook niet vlak voor een vakantie eindigen. Juist in de eerste weken na de afsluiting moet het nieuwe ritme zich op school bewijzen, en dat lukt niet als de school meteen dichtgaat.",
                ],
            },
        ],
    },
    {
        "slug": "houding-en-competenties",
        "titel": "Houding en competenties van de trainer",
        "intro": "Wat je doet als trainer is belangrijk, maar hoe je het doet maakt vaak het verschil. Dit hoofdstuk beschrijft de basishouding, hoe die per fase verschuift en welke competenties je nodig hebt.",
        "secties": [
            {
                "kop": "Basishouding: erkenning zonder oordeel",
                "alineas": [
                    "Veel jongeren hebben te horen gekregen dat hun klachten tussen de oren zitten of dat ze zich aanstellen. Jouw eerste taak is laten merken dat je hun klachten serieus neemt: de pijn en de moeheid zijn echt, ook als er lichamelijk niets kapot is. Erkenning is geen trucje om de jongere mee te krijgen; het is de bodem waarop de hele training rust.",
                    "Tegelijk straal je vertrouwen uit dat de aanpak werkt als jullie die samen volgen. Let erop dat je woorden en je gedrag hetzelfde zeggen. Wie vertelt dat klachten echt zijn, maar zuchtend op de klok kijkt als de jongere erover begint, verliest geloofwaardigheid.",
                    "Je zoekt niet naar de oorzaak van de klachten. Je richt je op wat lukt ondanks de klachten en op de factoren die de jongere zelf kan beïnvloeden. Vanaf fase 2 verschuift de aandacht steeds meer van ziekte naar aanwezigheid en voortgang op school.",
                ],
            },
            {
                "kop": "Je houding per fase",
                "alineas": [
                    "Je basishouding blijft dezelfde, maar de rol die je inneemt verandert met de fasen mee. Zo geef je de regie stap voor stap terug aan de jongere.",
                ],
                "lijst": [
                    "Fase 1, accepterend: je luistert, geeft ruimte aan het verhaal over de klachten en oordeelt niet.",
                    "Fase 2, volgend: de jongere bepaalt zelf hoeveel energie een activiteit kost; jij houdt een spiegel voor, vraagt door en denkt mee.",
                    "Fase 3, 'leading from behind' (van achteren leiden): je staat als het ware achter de jongere en kijkt over de schouder mee. Met oplossingsgerichte vragen nodig je de jongere uit om zelf doelen en oplossingen te bedenken.",
                    "Fase 4, vertrouwen uitspreken en loslaten: je benoemt wat de jongere heeft bereikt en laat merken dat je erop vertrouwt dat hij of zij zelfstandig verder kan.",
                ],
            },
            {
                "kop": "Competenties van een Re-Fit-trainer",
                "alineas": [
                    "Trainers hebben een achtergrond in onderwijs, pedagogiek of (para)medische zorg, met ervaring in het onderwijs. Tijdens de trainerscursus en de intervisie werk je aan de competenties hieronder; ze vormen ook de basis voor de afronding van de cursus.",
                ],
                "lijst": [
                    "Je handelt vanuit empathie en ziet wat er op een bepaald moment nodig is.",
                    "Je voelt je verbonden met de doelgroep en hebt ervaring met deze jongeren.",
                    "Je hebt kennis van aanhoudende lichamelijke klachten.",
                    "Je maakt contact vanuit erkenning voor wat jongere, ouders en school meemaken.",
                    "Je werkt oplossingsgericht.",
                    "Je steunt en volgt de jongere ('leading from behind').",
                    "Je bouwt een samenwerkingsrelatie op, onderhoudt die en rondt die zorgvuldig af.",
                    "Je kiest interventies die passen bij de doelen van de jongere en de fase.",
                    "Je werkt goed samen met school en ouders, zodat het geleerde thuis en op school toepasbaar wordt.",
                    "Je herkent de voortgang van de jongere en gaat daar passend mee om.",
                ],
            },
            {
                "kop": "Samen een groep begeleiden",
                "alineas": [
                    "In de groepsvariant werk je met een collega-trainer. Ken elkaars sterke kanten en spreek vooraf af wie welke rol neemt, bijvoorbeeld wie het verhaal van Lot vertelt en wie de groep observeert. Zo vullen jullie elkaar aan in plaats van elkaar in de weg te zitten.",
                    "Waar jongeren samenkomen, is er groepsdynamiek. Zorg eerst dat iedereen zich veilig voelt; pas dan kan de groep zelf een bron van leren worden, doordat jongeren zichzelf in elkaar herkennen en eerlijk op elkaar reageren.",
                ],
            },
            {
                "kop": "Blijven leren",
                "alineas": [
                    "Het trainerschap stopt niet na de cursus. Als trainer met licentie neem je deel aan een intervisiegroep. De kerngroep vormt landelijke online groepen die vier keer per jaar bijeenkomen, en sommige organisaties organiseren hun eigen intervisie.",
                    "Elk jaar zijn er twee professionaliseringsbijeenkomsten, elk met een thema rond de doelgroep of schoolaanwezigheid. Om je licentie te behouden, ben je als actieve trainer bij minstens één daarvan aanwezig. Loop je vast in een traject, neem dan gerust contact op met de opleiders.",
                ],
            },
        ],
    },
    {
        "slug": "samenwerking-school-en-ouders",
        "titel": "Samenwerken met school en ouders",
        "intro": "Wat de jongere leert, moet thuis en op school bruikbaar worden. Daarom betrek je ouders en school als partners, van het eerste contact tot de overdracht.",
        "secties": [
            {
                "kop": "Partners, geen doelgroep",
                "alineas": [
                    "Re-Fit richt zich op de jongere. Ouders en school krijgen geen eigen begeleiding, maar je werkt wel nauw met hen samen. Goede afstemming zorgt ervoor dat de jongere thuis en op school dezelfde boodschap hoort.",
                    "Je bemoeit je niet met de opvoeding, ook al weet je dat een beschermende reactie van de omgeving klachten kan laten voortduren. Wel informeer je ouders goed over de visie van Re-Fit, zodat ze begrijpen waarom je bijvoorbeeld vaste rustmomenten inplant in plaats van de jongere overal voor te sparen.",
                ],
            },
            {
                "kop": "Het startgesprek met school",
                "alineas": [
                    "Neem voor de start contact op met de contactpersoon van school om de training en de fasen toe te lichten. Maak in dat gesprek in elk geval afspraken over de punten hieronder.",
                    "Plannen voor de schoolgang maak je samen met de mentor en de ondersteunings- of zorgcoördinator. Herinner de school eraan voordat het rust-activiteitenschema begint, en spreek af wanneer en hoe de schooltijd daarna wordt uitgebreid.",
                ],
                "lijst": [
                    "Het verzuim dat door de bijeenkomsten zelf ontstaat.",
                    "Verwachtingen: in de eerste twee fasen worden de activiteiten op school nog niet uitgebreid.",
                    "In de uren dat de jongere op school is, doet hij of zij gewoon mee en gelden dezelfde eisen als voor klasgenoten: op tijd komen, huiswerk maken, meedoen.",
                    "Het belang van een betrokken school gedurende het hele traject.",
                    "Duidelijkheid over afspraken: houdt de jongere zich aan wat hij of zij toezegt?",
                    "Persoonlijke doelen die de jongere met jou opstelt, zoals het jaar afmaken, overgaan, vakken afsluiten of weer contact met klasgenoten.",
                ],
            },
            {
                "kop": "Voortgang delen",
                "alineas": [
                    "Ouders en school krijgen minstens eens per twee weken een bericht over hoe het gaat. Houd het kort en concreet: wat ging goed, waar wordt aan gewerkt en wat kan de omgeving doen?",
                    "Bespreek vooraf met de jongere wat je deelt. De contactpersoon van school ziet alleen wat jij doorgeeft; persoonlijke dingen uit de gesprekken blijven tussen jou en de jongere, tenzij hij of zij ermee instemt.",
                ],
            },
            {
                "kop": "Het voortgangsgesprek na fase 1",
                "alineas": [
                    "Aan het eind van fase 1 nodig je ouders en school uit voor het voortgangsgesprek, het ijkmoment. Naast de vraag of jullie doorgaan, zorg je ervoor dat ouders na afloop drie dingen weten.",
                ],
                "lijst": [
                    "Hoe Re-Fit naar aanhoudende lichamelijke klachten kijkt.",
                    "Wat het rust-activiteitenschema inhoudt.",
                    "Wat dat betekent voor het gezin en welke steun van hen wordt verwacht.",
                ],
            },
            {
                "kop": "Randvoorwaarden op school",
                "alineas": [
                    "Houd ook het perspectief van de jongere in het oog: de moeite om naar school te gaan, moet iets opleveren. Een rooster vol uren waarin weinig gebeurt, werkt averechts.",
                ],
                "lijst": [
                    "De school stelt een rustige gespreksruimte beschikbaar voor de wekelijkse gesprekken.",
                    "Re-Fit krijgt tijdelijk voorrang op het lesprogramma, en de school staat open voor een (tijdelijk) aangepast rooster of onderwijsprogramma.",
                    "Betrokken docenten zijn op de hoogte en steunen de jongere, bijvoorbeeld bij een aangepast dagritme.",
                    "Een vaste begeleider op school houdt het proces bij en regelt de praktische afspraken met het docententeam.",
                    "Jij krijgt van je organisatie voldoende tijd om de training voor te bereiden en te geven.",
                ],
            },
        ],
    },
    {
        "slug": "afsluiting-en-nazorg",
        "titel": "Afsluiting en nazorg",
        "intro": "Een goede afsluiting maakt zichtbaar wat de jongere heeft bereikt en zorgt ervoor dat school en ouders het stokje kunnen overnemen.",
        "secties": [
            {
                "kop": "Het eindgesprek",
                "alineas": [
                    "Na fase 4 voer je een eindgesprek met de jongere, de ouders en de school. Eerst kijken jullie samen terug op het proces: waar stond de jongere bij de start en wat is er veranderd? Vaak houdt de jongere hier een korte eindpresentatie, met de foto uit het thema Trots.",
                    "Daarna richt je de blik op de periode na Re-Fit. Welke begeleiding heeft de jongere nog van school nodig om de verandering vast te houden, en wat kunnen jongere, ouders en school doen als het een keer minder gaat?",
                ],
            },
            {
                "kop": "Het eindverslag",
                "alineas": [
                    "De jongere krijgt van de trainers een eindverslag. Dat bestaat uit twee delen.",
                    "Schrijf de brief in gewone, warme taal en maak de groei concreet met voorbeelden. Jongeren lezen zo'n brief vaak nog lang daarna terug.",
                ],
                "lijst": [
                    "Een algemeen deel over Re-Fit: de aanpak, de fasen en de begrippen, zodat ook wie niet bij de training was het kan volgen.",
                    "Een persoonlijke brief aan de jongere: hoe hij of zij begon, welke ontwikkeling jullie hebben gezien en welke aandachtspunten jullie meegeven aan de jongere, de ouders en de school.",
                ],
            },
            {
                "kop": "De Handleiding voor jezelf",
                "alineas": [
                    "Naast het eindverslag heeft de jongere zelf een Handleiding voor jezelf geschreven: een plan om terugval te voorkomen en op te vangen. Daarin staat wat hielp, welke signalen op een terugval wijzen en wat de jongere dan doet.",
                    "Bespreek met de jongere dat terugval erbij hoort en niet betekent dat alles voor niets was. De handleiding is juist bedoeld voor de momenten waarop het lastig is om zelf te bedenken wat helpt.",
                ],
            },
            {
                "kop": "Overdracht aan school",
                "alineas": [
                    "Aan het eind draag je over aan school, maar alleen wat de jongere wil delen. Loop samen door welke doelen behaald zijn, welke plannen er zijn en of de jongere de handleiding met school wil delen.",
                    "Hoe meer de school weet van de terugvalpreventie, hoe beter zij kan bijspringen als dat nodig is. Het nieuwe gedrag moet een gewoonte worden, en daar heeft de jongere een school bij nodig die weet waar hij of zij op let.",
                ],
            },
            {
                "kop": "Bewust geen standaard nazorgmoment",
                "alineas": [
                    "Na de training plan je in principe geen vervolgafspraak. Dat is een bewuste keuze: door los te laten, laat je zien dat je erop vertrouwt dat de jongere zonder Re-Fit verder kan.",
                    "Schat je in dat de jongere meer begeleiding nodig heeft dan de school kan bieden, dan geef je daarover een advies, bijvoorbeeld een verwijzing of extra ondersteuning. Leg dat advies vast in het eindverslag.",
                ],
            },
        ],
    },
    {
        "slug": "groepsvariant",
        "titel": "De groepsvariant",
        "intro": "Re-Fit is in de basis een individuele training, maar kan ook in een groep worden gegeven. Dit hoofdstuk beschrijft wat er dan anders is.",
        "secties": [
            {
                "kop": "Wanneer kies je voor een groep?",
                "alineas": [
                    "Een groep is een optie wanneer er in een regio of op een school meerdere jongeren tegelijk zijn aangemeld. Het grote voordeel is de ontmoeting met leeftijdgenoten die hetzelfde meemaken: herkenning werkt vaak sterker dan welke uitleg ook. Bovendien is een groep voordeliger.",
                    "Er zijn ook nadelen. Het duurt meestal langer voordat een groep kan starten, er is minder ruimte voor maatwerk en een deel van het programma vindt buiten de eigen school plaats. Weeg dit per jongere af.",
                ],
            },
            {
                "kop": "Opzet van de groepstraining",
                "alineas": [
                    "Ook de groepstraining duurt veertien weken en volgt dezelfde vier fasen. Per jongere reken je, net als bij de individuele training, 35 uur.",
                ],
                "lijst": [
                    "Een groep bestaat uit minimaal 4 en maximaal 10 jongeren.",
                    "Er zijn zeven groepsbijeenkomsten van 2,5 uur, steeds met twee trainers.",
                    "Die wisselen wekelijks af met zeven individuele gesprekken van 45 minuten op de eigen school.",
                    "In de individuele gesprekken gaat het om persoonlijke doelen, het eigen rust-activiteitenschema, keuzes rond school en onderwerpen die niet in de groep thuishoren.",
                ],
            },
            {
                "kop": "Opbouw van een groepsbijeenkomst",
                "alineas": [
                    "Een groepsbijeenkomst heeft een vaste opbouw, vergelijkbaar met het individuele gesprek maar interactiever. Omdat er zeven bijeenkomsten zijn voor zestien thema's, behandel je per bijeenkomst meestal twee thema's.",
                ],
                "lijst": [
                    "Opening: aankomen en een korte ronde over hoe het gaat.",
                    "Terugkoppeling van de vorige bijeenkomst: wat is blijven hangen en wat is er sindsdien gebeurd?",
                    "Verhaal van Lot en theorie: het thema, met uitleg over pijn en vermoeidheid.",
                    "Groepsactiviteiten: samen werken en van elkaar leren.",
                    "Afronding en bespreken van de opdrachten: wat neem je mee en wat ga je doen?",
                ],
            },
            {
                "kop": "Ouderbijeenkomsten",
                "alineas": [
                    "In plaats van de gesprekken op school organiseer je in de groepsvariant twee ouderbijeenkomsten: één aan het eind van fase 1 en één aan het eind van fase 4. Je vraagt ouders om zich aan beide bijeenkomsten te verbinden.",
                    "De eerste bijeenkomst draait om informatie: de visie van Re-Fit op aanhoudende klachten, het rust-activiteitenschema en wat dat voor het gezin betekent. De tweede is de afsluiting, waarin de jongeren samen met de trainers laten zien welke weg ze hebben afgelegd. Jongeren mogen daarvoor ook hun begeleider van school of anderen uit hun netwerk uitnodigen.",
                ],
            },
            {
                "kop": "Groepsdynamiek en veiligheid",
                "alineas": [
                    "Zorg in de eerste bijeenkomsten voor kennismaking en duidelijke afspraken, zodat iedereen zich veilig voelt. Pas als die veiligheid er is, durven jongeren iets van zichzelf te laten zien.",
                    "Stimuleer dat jongeren ervaringen delen en elkaar tips en complimenten geven. Let tegelijk op verschillen: niet iedereen heeft dezelfde klachten of hetzelfde tempo, en vergelijken kan ook ontmoedigen.",
                ],
            },
            {
                "kop": "Ruimte en materialen",
                "alineas": [
                    "Geef de groepsbijeenkomsten bij voorkeur op een onderwijslocatie en niet op een zorglocatie; Re-Fit is een onderwijsaanbod. Je hebt een ruimte nodig waar jongeren samen aan tafel zitten en waar je kunt schrijven, tekenen en dingen ophangen. Een gymzaal of buitenruimte in de buurt is handig voor bewegende activiteiten.",
                ],
                "lijst": [
                    "Een flip-over of bord met stiften.",
                    "Schrijfwaren: scharen, lijm, plakband, memoblaadjes, pennen, potloden en gum.",
                    "Papier in A4 en A3: wit, gekleurd en gelinieerd.",
                    "Een overzicht van het dagprogramma en aankleding van de ruimte met het kompas, de thema's en de spreuken.",
                    "Spelmaterialen zoals het kwaliteitenspel, timeshock, behangpapier en een bal.",
                ],
            },
        ],
    },
    {
        "slug": "theorie-rosmalen-model",
        "titel": "Theorie: het model van Rosmalen",
        "intro": "Waarom houden klachten bij de ene jongere aan en bij de andere niet? Het model van Rosmalen geeft daar een verklaring voor en vormt de theoretische basis van Re-Fit.",
        "secties": [
            {
                "kop": "Drie soorten factoren",
                "alineas": [
                    "Het model onderscheidt drie groepen factoren die samen bepalen hoe klachten verlopen: kwetsbaarheid, uitlokkers en instandhouders. Het bouwt voort op eerder onderzoek naar chronische pijn en laat zien dat lichaam, psyche en omgeving voortdurend op elkaar inwerken.",
                    "Voor jou als trainer is het model vooral een gedeelde taal. Als jij en de jongere dezelfde woorden gebruiken, ontstaat begrip, en begrip is zelf al een vorm van erkenning.",
                ],
            },
            {
                "kop": "Uitlokkers en kwetsbaarheid",
                "alineas": [
                    "Uitlokkers zijn gebeurtenissen die klachten in gang zetten: een flinke griep of een blessure, maar ook stress door een scheiding, pesten, ruzie of problemen op school. Ze horen bij het leven en niemand ontkomt eraan. Bijna iedereen krijgt daarna tijdelijk klachten, die met genoeg veerkracht en steun na verloop van tijd vanzelf weer afnemen.",
                    "Hoe heftig iemand reageert, hangt af van de kwetsbaarheid. Die wordt bepaald door aanleg en door wat iemand in de jeugd heeft meegemaakt. Aan kwetsbaarheid kun je in veertien weken weinig veranderen, maar het helpt wel om die te benoemen: het maakt duidelijk dat de jongere niets te verwijten valt.",
                ],
            },
            {
                "kop": "Instandhouders: waarom klachten blijven",
                "alineas": [
                    "Of klachten aanhouden, hangt vooral af van instandhouders: factoren in de jongere of de omgeving die ervoor zorgen dat de klachten niet meer weggaan. Bekende instandhouders zijn een inactieve leefstijl met weinig fitheid, schoolverzuim en een omgeving die de jongere te veel beschermt.",
                    "Inactiviteit en klachten houden elkaar in stand. Wie pijn heeft of moe is, gaat minder doen, en wie minder doet, wordt minder belastbaar en voelt de klachten sterker. Vaak sluipen er eenzaamheid en sombere gevoelens in en wordt het verzuim groter; schoolverzuim zie je in dit model dus als gevolg van de inactieve leefstijl.",
                    "Daar grijpt Re-Fit op in. Omdat de training vanuit het onderwijs wordt gegeven, richt je je niet op de opvoedstijl van ouders, maar op het activeren van de jongere zelf. Ouders informeer en betrek je wel.",
                ],
            },
            {
                "kop": "De brug naar het DVD-model",
                "alineas": [
                    "Instandhouders zijn vaak gedragspatronen die in de loop van de tijd zijn gegroeid: in bed blijven bij hoofdpijn, afspraken afzeggen, de hele dag op de bank. Het DVD-model laat zien hoe denken, voelen en doen elkaar beïnvloeden en geeft zo aanknopingspunten om die patronen te doorbreken.",
                    "Re-Fit begint daarbij bij het doen. Gedachten en gevoelens mogen er zijn en hoeven niet eerst te veranderen; de jongere merkt op wat hij of zij denkt en voelt en kiest toch voor ander gedrag. Door anders te doen, veranderen vaak ook de gedachten en gevoelens.",
                ],
            },
            {
                "kop": "Het model in je gesprekken",
                "alineas": [
                    "Het model loopt als een rode draad door de training. Gebruik het nooit om een schuldige of die ene oorzaak te zoeken; het gaat erom zicht te krijgen op wat de jongere zelf kan beïnvloeden.",
                ],
                "lijst": [
                    "Fase 1: leg het model in eenvoudige woorden uit en vul samen met de jongere de eigen emmer in.",
                    "Fase 2: kijk opnieuw naar de instandhouders nu er rust en ritme is. Wat is er veranderd?",
                    "Fase 3: werk met het DVD-model aan de patronen die de klachten in stand houden.",
                    "Fase 4: laat de jongere in de Handleiding voor jezelf opschrijven welke instandhouders hij of zij zelf kan beïnvloeden.",
                ],
            },
        ],
    },
]


# De vier fasen, elk met vier thema's; Lot is een verzonnen lotgenoot.
FASEN = [
    {
        "nummer": 1,
        "naam": "Erkennen",
        "kenmerk": "Acceptatie zonder oordeel: de jongere voelt zich gehoord, krijgt erkenning voor de klachten en begint te begrijpen wat ze in stand houdt.",
        "inleiding": [
            "De eerste vier weken staan in het teken van erkenning. De jongeren die bij je komen, hebben vaak al een lange weg langs artsen en hulpverleners achter de rug, en niet zelden hebben ze het gevoel dat niemand hen gelooft. Voordat er iets kan veranderen, moeten ze ervaren dat jij hun klachten serieus neemt.",
            "Met psycho-educatie geef je de jongere taal voor wat er gebeurt: de klachten zijn echt, ook als er in het lichaam niets kapot is. Die uitleg haalt ook schuld weg, want de jongere is niet in deze situatie beland omdat hij of zij zich aanstelt. Met de emmer en het kleuren van de week krijgt de jongere zicht op de eigen situatie en het eigen energiepatroon.",
            "De fase eindigt met het ijkmoment. Vooraf is moeilijk in te schatten of Re-Fit past, en veel jongeren hebben weinig vertrouwen meer in hulp. Daarom kijken jongere, ouders en trainer na vier weken opnieuw of er genoeg commitment is om verder te gaan.",
        ],
        "subdoelen": [
            "De jongere voelt zich erkend in de klachten en de inactieve situatie en heeft genoeg vertrouwen om na fase 1 door te gaan; dat blijkt uit het ondertekenen van de werkovereenkomst.",
            "De jongere kent de begrippen introductie, erkenning, voelen en vertalen en kan er voorbeelden uit het eigen leven bij geven.",
            "De jongere begrijpt hoe kwetsbaarheid, uitlokkers en instandhouders samenwerken en kan dat in eigen woorden terugvertellen.",
            "De jongere heeft de eigen emmer ingevuld, weet welke instandhouders mogelijk een rol spelen en kan dit aan anderen uitleggen.",
            "De jongere heeft een week in kaart gebracht en weet welke activiteiten energie kosten en welke energie geven.",
        ],
        "houding": "Je bent accepterend en oordeelt niet. In de opening stuur je nauwelijks: de jongere krijgt alle ruimte om over de klachten te vertellen. Je laat steeds merken dat de klachten echt zijn en dat de jongere doet wat hij of zij kan, en je straalt rustig vertrouwen uit in de aanpak.",
        "mijlpalen": [
            "Week 1: de deelnemersmap uitreiken en afspraken maken over contact tussen de bijeenkomsten.",
            "Het eerste voortgangsbericht aan ouders en school; daarna minstens eens per twee weken.",
            "Een ingevulde emmer en een in kleuren ingedeelde week.",
            "Week 4/5: het ijkmoment, een voortgangsgesprek met jongere, ouders en school, met een besluit over doorgaan en het ondertekenen van de werkovereenkomst.",
        ],
        "themas": [
            {
                "naam": "Introductie",
                "spreuk": "Wie begint, hoeft nog niet te weten hoe het afloopt.",
                "lot": {
                    "titel": "Lot in het kamertje naast de mediatheek",
                    "alineas": [
                        "Lot is vijftien en zit in de derde klas van de havo. Ruim een jaar geleden had ze een stevige griep, en sindsdien is ze eigenlijk nooit meer helemaal de oude geworden. Bijna elke dag heeft ze hoofdpijn, en de moeheid zit zo diep dat ze na school meteen op de bank ploft. De laatste maanden mist ze steeds vaker de eerste uren, en soms hele dagen.",
                        "Haar mentor en de zorgcoördinator hebben haar gevraagd om mee te doen aan Re-Fit. Lot heeft ja gezegd, maar vooral omdat ze geen zin had in weer een discussie. Ze is al bij de huisarts geweest en bij de kinderarts, ze heeft bloed laten prikken en een scan gehad. Overal kwam hetzelfde uit: er is niets te vinden.",
                        "Op dinsdagochtend zit ze in een klein kamertje naast de mediatheek tegenover de trainer. Ze verwacht de bekende vragen: waar zit de pijn precies, hoe lang al, heb je al eens paracetamol geprobeerd? Maar de trainer vraagt vooral hoe een gewone dag eruitziet en wat ze vroeger graag deed. Lot merkt dat ze meer vertelt dan ze van plan was.",
                        "Aan het eind krijgt ze een map mee met haar naam erop. 'Je hoeft nog niet te geloven dat dit helpt,' zegt de trainer. 'Kom volgende week gewoon weer.' Op de fiets naar huis denkt Lot dat ze dat misschien wel kan.",
                    ],
                },
                "theorie": [
                    "Aanhoudende lichamelijke klachten zijn klachten die langer dan ongeveer drie maanden duren en een grote invloed hebben op het dagelijks leven. Bij jongeren gaat het vaak om hoofdpijn, buikpijn, misselijkheid, vermoeidheid of pijn in spieren en gewrichten. Soms is er een medische verklaring, soms niet; voor Re-Fit maakt dat geen verschil.",
                    "Leg de jongere uit dat Re-Fit geen zoektocht naar de oorzaak is. Die zoektocht is meestal al uitgebreid gedaan. De training richt zich op de vraag hoe je weer kunt functioneren, op school en daarbuiten, terwijl de klachten er nog zijn. Dat is geen ontkenning van de klachten, maar een andere ingang.",
                    "Vertel ook hoe de training werkt: veertien weken, vier fasen, elke week een gesprek op school en opdrachten tussendoor. Een duidelijk begin en einde geeft houvast, zeker aan jongeren die het gevoel hebben dat er al heel lang niets verandert.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Dit ben ik",
                        "uitleg": "De jongere maakt op één pagina in de deelnemersmap een portret van zichzelf: wat hij of zij leuk vindt, waar hij of zij goed in is en wat er de laatste tijd is weggevallen. Tekenen, plakken en schrijven mag allemaal.",
                    },
                    {
                        "titel": "Mijn gewone dag",
                        "uitleg": "De jongere beschrijft een doordeweekse dag van opstaan tot slapengaan, met de tijden erbij. Het gaat niet om een mooi plaatje, maar om een eerlijk beeld van hoe het nu gaat.",
                    },
                ],
                "transfer": "De jongere kijkt met nieuwe ogen naar de eigen dag: wat doe ik eigenlijk, en wat is er het afgelopen jaar veranderd? Vraag hem of haar om één moment in de week te noemen waarop het beter ging dan verwacht, hoe klein ook.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Kennismaken met een voorwerp",
                            "beschrijving": "Vraag de jongere iets uit de tas of van de telefoon te laten zien dat iets over hem of haar vertelt. Vertel zelf ook iets over jezelf; zo wordt het gesprek gelijkwaardiger.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Het kompas verkennen",
                            "beschrijving": "Leg het kompas met de vier fasen en zestien thema's op tafel en loop het samen door. Laat de jongere aanwijzen welk thema het meest aanspreekt en welk het spannendst lijkt.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "De deelnemersmap doornemen",
                            "beschrijving": "Blader samen door de map en bespreek hoe de opdrachten werken. Spreek af wanneer de jongere eraan werkt en hoe hij of zij je tussendoor kan bereiken.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Waar sta je nu?",
                            "beschrijving": "Laat de jongere op een lijn van 0 tot 10 aangeven hoe het op dit moment gaat met school, met de klachten en met vrienden. Vraag bij elk cijfer wat ervoor zorgt dat het niet lager is.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Eén woord mee",
                            "beschrijving": "Vraag de jongere het gesprek in één woord samen te vatten en schrijf dat in de map. Herhaal de afspraak voor volgende week en de opdracht.",
                        },
                    ],
                },
                "groepsvariant": "In de groep besteed je ruim tijd aan kennismaking, bijvoorbeeld met een balspel waarin jongeren elkaar iets vragen. Maak samen groepsafspraken over vertrouwelijkheid en respect en hang die zichtbaar op.",
                "onderwerpen": [],
            },
            {
                "naam": "Erkenning",
                "spreuk": "Wat gezien wordt, hoeft niet meer zo hard te roepen.",
                "lot": {
                    "titel": "Lot en de volle emmer",
                    "alineas": [
                        "In de klas heeft een jongen gezegd dat Lot zich gewoon aanstelt. 'Bij gym ben je altijd ziek, maar zaterdag zag ik je in de stad.' Lot heeft niets teruggezegd. Thuis heeft ze haar kamerdeur dichtgedaan en de rest van de middag naar het plafond gekeken.",
                        "In het gesprek die week vertelt ze het aan de trainer. Ze verwacht een preek over hoe ze het beter had kunnen uitleggen, maar de trainer zegt iets anders: 'Je hoofdpijn is echt. Dat er op een scan niets te zien is, betekent niet dat je het verzint.' Lot moet even slikken.",
                        "Daarna pakt de trainer een tekening van een emmer. Onderin schrijft Lot 'hoofdpijn' en 'moe'. Maar als ze verder denkt, komt er meer: haar oma die ziek is, de toetsweek waarin ze achterloopt, een vriendschap die is bekoeld, slecht slapen, de hele avond op haar telefoon. De emmer raakt vol.",
                        "'Geen wonder dat hij af en toe overloopt,' zegt de trainer. Lot kijkt naar het papier. Voor het eerst ziet ze haar klachten niet als iets raars in haar hoofd, maar als iets wat logisch is gezien alles wat er speelt.",
                    ],
                },
                "theorie": [
                    "Pijn en vermoeidheid zijn echt, ook als onderzoek geen afwijking laat zien. Het zenuwstelsel kan gevoeliger worden afgesteld, waardoor signalen uit het lichaam harder binnenkomen dan nodig is. Je kunt het vergelijken met een alarm dat te snel afgaat: het alarm werkt, maar reageert al op een kleine prikkel.",
                    "Met de emmer laat je zien dat klachten zelden één oorzaak hebben. Alles wat energie en spanning kost, komt in dezelfde emmer terecht: de klachten zelf, maar ook stress, slecht slapen, zorgen thuis of achterstand op school. Hoe voller de emmer, hoe eerder hij overloopt en hoe sterker de klachten.",
                    "Koppel dit in eenvoudige woorden aan het model van kwetsbaarheid, uitlokkers en instandhouders. Het belangrijkste doel van deze uitleg is dat de jongere zich niet schuldig hoeft te voelen: hij of zij is niet zomaar in deze situatie beland, en er zijn factoren waar je wél iets aan kunt doen.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Mijn emmer",
                        "uitleg": "De jongere vult thuis het verklaringsmodel van de emmer verder in. Onderin staan de lichamelijke klachten, daarboven alles wat nog meer meespeelt in de huidige situatie. In de deelnemersmap staat de ingevulde emmer van Lot als voorbeeld.",
                    },
                    {
                        "titel": "Wat zeggen anderen?",
                        "uitleg": "De jongere schrijft drie dingen op die anderen over de klachten hebben gezegd: één uitspraak die pijn deed, één die hielp en één die hij of zij graag had willen horen.",
                    },
                ],
                "transfer": "De jongere ontdekt dat de eigen klachten een logische plek hebben in een groter geheel. Vraag welke dingen in de emmer al wat lichter zouden kunnen worden en welke voorlopig blijven. Dat eerste lijstje neem je mee naar fase 2.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Weerbericht",
                            "beschrijving": "De jongere beschrijft de afgelopen week als een weerbericht: zon, wolken, storm of mist. Vraag door zonder te oordelen en geef erkenning voor wat zwaar was.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Het te gevoelige alarm",
                            "beschrijving": "Leg met het voorbeeld van een rookmelder die al bij een brandende kaars afgaat uit hoe het lichaam gevoeliger kan gaan reageren. Vraag de jongere of hij of zij dat herkent.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "De emmer van Lot",
                            "beschrijving": "Bekijk samen de ingevulde emmer van Lot in de deelnemersmap. Laat de jongere aanwijzen wat herkenbaar is en wat juist niet.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "De emmer vullen",
                            "beschrijving": "Zet een echte emmer of bak op tafel. De jongere schrijft op briefjes wat er in de eigen emmer zit en doet ze erin; samen kijk je welke briefjes het zwaarst wegen.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Wat neem je mee?",
                            "beschrijving": "Vraag wat de jongere vandaag het meest is bijgebleven. Spreek af dat hij of zij de emmer thuis afmaakt en eventueel aan iemand laat zien.",
                        },
                    ],
                },
                "groepsvariant": "In de groep is herkenning bij lotgenoten de sterkste vorm van erkenning. Laat jongeren in tweetallen hun emmer aan elkaar uitleggen en verzamel daarna op een flap wat vaker voorkomt.",
                "onderwerpen": ["emmer", "alarmbel"],
            },
            {
                "naam": "Voelen",
                "spreuk": "Je lichaam vertelt al lang iets; nu ga je luisteren.",
                "lot": {
                    "titel": "Lot kleurt haar week",
                    "alineas": [
                        "De trainer vraagt Lot om haar afgelopen week op te schrijven, dagdeel voor dagdeel. Daarna krijgt ze drie stiften: rood voor wat veel energie kost, groen voor wat energie geeft en geel voor wat allebei doet. Lot vindt het een kinderachtige opdracht, tot ze het schema voor zich ziet.",
                        "Er zit geen enkel ritme in. Maandag was een goede dag: ze ging naar school, daarna met een vriendin de stad in en bleef tot half twee op voor een serie. Dinsdag en woensdag staan vol rood: bank, bed, hoofdpijn. Donderdag ging het weer, dus deed ze alles wat was blijven liggen.",
                        "'Het lijkt wel een achtbaan,' zegt Lot. Ze ontdekt ook dat dingen die ze als ontspanning zag, zoals urenlang scrollen in bed, eigenlijk rood zijn. En tekenen, waar ze al maanden niet aan toekomt, zou ze groen kleuren.",
                        "Die avond let ze voor het eerst bewust op haar lichaam. Rond negen uur voelt ze de spanning in haar nek opkomen, ruim voordat de hoofdpijn echt begint. Ze schrijft het op in haar map, zonder precies te weten wat ze ermee moet.",
                    ],
                },
                "theorie": [
                    "Energie werkt als een budget. Sommige activiteiten kosten veel, andere weinig, sommige laden je juist op, en veel activiteiten doen allebei. Jongeren met aanhoudende klachten schieten vaak heen en weer tussen veel doen op een goede dag en instorten op de dagen erna. Dat patroon van pieken en dalen maakt het lichaam steeds minder voorspelbaar.",
                    "Door een week in te kleuren wordt zichtbaar of er ritme in zit of juist grote verschillen. Het doel is nog niet om iets te veranderen, maar om te zien wat er gebeurt. Wie weet wat een activiteit kost, kan beter inschatten wat hij of zij op dit moment aankan.",
                    "Het lichaam geeft vaak al signalen voordat de klachten op hun hoogst zijn: spanning, onrust, prikkelbaarheid. Help de jongere die vroege signalen te herkennen. Houd ook in de gaten of het klachtenpatroon verandert; nieuwe of andere klachten bespreek je met de ouders, zodat een medische oorzaak niet over het hoofd wordt gezien.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "De week in kleur",
                        "uitleg": "De jongere houdt een week lang bij wat hij of zij per dagdeel doet en kleurt elke activiteit: rood als die energie kost, groen als die energie geeft, geel als die allebei doet. De volgende keer bespreek je samen het patroon.",
                    },
                    {
                        "titel": "Vroege signalen",
                        "uitleg": "De jongere schrijft drie keer in de week op wat het lichaam liet merken in het uur voordat de klachten toenamen.",
                    },
                ],
                "transfer": "De jongere ziet dat de eigen energie niet willekeurig op- en neergaat, maar samenhangt met wat hij of zij doet. Vraag welke rode activiteit het meest verraste en welke groene activiteit vaker terug zou mogen komen.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Lichaamsscan in één minuut",
                            "beschrijving": "Laat de jongere de ogen sluiten en in gedachten van hoofd tot voeten gaan. Waar zit spanning, waar voelt het rustig? Bespreek het kort, zonder er iets aan te willen veranderen.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "De lepeltheorie",
                            "beschrijving": "Geef de jongere twaalf lepels of kaartjes als energie voor één dag. Laat hem of haar bij elke activiteit van een gewone dag lepels inleveren en kijk waar het budget opraakt.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Kleurcode afspreken",
                            "beschrijving": "Spreek samen af wat rood, groen en geel betekenen voor deze jongere. Vul de eerste dag samen in, zodat de opdracht thuis duidelijk is.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Gisteren in kleur",
                            "beschrijving": "Vul samen de dag van gisteren in en geef elke activiteit een kleur. Let vooral op de activiteiten die de jongere als ontspanning ziet en vraag door of ze ook echt opladen.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Mijn eerste signaal",
                            "beschrijving": "Vraag welk lichamelijk signaal de jongere deze week extra gaat opmerken. Schrijf het op de voorkant van de map.",
                        },
                    ],
                },
                "groepsvariant": "Laat de jongeren hun ingekleurde weken naast elkaar op tafel leggen en zoeken naar overeenkomsten. De lepeltheorie werkt goed als groepsspel waarin iedereen dezelfde dag met hetzelfde budget doorloopt.",
                "onderwerpen": ["lepeltheorie"],
            },
            {
                "naam": "Vertalen",
                "spreuk": "Als jij het kunt uitleggen, kunnen anderen het begrijpen.",
                "lot": {
                    "titel": "Lot legt het uit aan haar ouders",
                    "alineas": [
                        "Thuis is het vaak gespannen rond het ontbijt. Lots moeder wil haar niet onder druk zetten, maar maakt zich zorgen over school. Haar vader vindt dat ze gewoon moet gaan, dan wordt het vanzelf beter. Lot voelt zich steeds vaker tussen twee vuren.",
                        "Deze week neemt ze haar emmer en haar gekleurde week mee naar huis. Na het eten legt ze alles op tafel. Eerst hapert ze, maar dan vertelt ze over de hoofdpijn onderin, over alles wat erbovenop is gekomen en over de achtbaan van goede en slechte dagen. Haar moeder kijkt lang naar het schema.",
                        "'Ik dacht dat je op die slechte dagen gewoon niet wílde,' zegt haar vader zacht. Lot schudt haar hoofd. Ze begrijpt nu zelf ook beter waarom het zo gaat: hoe minder ze doet, hoe sneller ze moe is, en hoe vaker ze thuisblijft, hoe hoger de drempel wordt.",
                        "In het voortgangsgesprek op school, met haar ouders en haar mentor erbij, vertelt Lot het opnieuw. Het gaat al wat makkelijker. Als de trainer vraagt of ze door wil met Re-Fit, twijfelt ze even en zegt dan ja. Ze zet haar handtekening onder de werkovereenkomst.",
                    ],
                },
                "theorie": [
                    "Klachten en inactiviteit houden elkaar gevangen in een cirkel. Wie pijn heeft of moe is, gaat minder doen; wie minder doet, raakt uit conditie en kan minder hebben, zodat de klachten sneller toeslaan. Verzuim, minder contact met vrienden en sombere gevoelens maken de cirkel nog sterker.",
                    "Bij het thema Vertalen maakt de jongere de stap van algemene uitleg naar de eigen situatie. Welke instandhouders spelen bij mij? Waar zit mijn cirkel? Hoe beter de jongere dat zelf kan verwoorden, hoe makkelijker het later wordt om er iets aan te veranderen.",
                    "Een gedeelde taal helpt ook de omgeving. Als ouders, school en jongere dezelfde woorden gebruiken, zoals de emmer of rode en groene activiteiten, ontstaat er meer begrip en minder strijd over wat wel en niet kan.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Leg het uit aan iemand",
                        "uitleg": "De jongere legt de eigen emmer en de gekleurde week uit aan een ouder, broer, zus of vriend. Daarna schrijft hij of zij op hoe het ging en welke vraag de ander stelde.",
                    },
                    {
                        "titel": "Mijn cirkel",
                        "uitleg": "De jongere tekent de eigen cirkel van klachten en inactiviteit, met minstens drie stappen die bij hem of haar horen. Waar zou de cirkel het makkelijkst te doorbreken zijn?",
                    },
                ],
                "transfer": "De jongere kan de eigen situatie nu in eigen woorden uitleggen en merkt dat dat begrip oplevert. Bereid samen het voortgangsgesprek voor: wat wil de jongere zelf vertellen, en wat mag jij aanvullen?",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Terugblik op vier weken",
                            "beschrijving": "Leg het kompas op tafel en vraag wat de jongere van de eerste drie thema's is bijgebleven. Benoem ook wat je zelf hebt zien veranderen.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "De cirkel tekenen",
                            "beschrijving": "Teken samen de cirkel van klachten en inactiviteit op een groot vel. De jongere vult de stappen in met voorbeelden uit het eigen leven.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Het gesprek thuis voorbereiden",
                            "beschrijving": "Bespreek met wie de jongere het gesprek thuis wil voeren en hoe hij of zij wil beginnen. Oefen desgewenst de eerste zin hardop.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Rollenspel: leg het uit",
                            "beschrijving": "Jij speelt een klasgenoot die vraagt waarom de jongere zo vaak afwezig is. De jongere oefent een kort, eerlijk antwoord; daarna wissel je van rol.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Klaar voor het ijkmoment",
                            "beschrijving": "Vraag de jongere op een schaal van 0 tot 10 aan te geven hoeveel zin hij of zij heeft om door te gaan, en wat er nodig is om een punt hoger te komen. Neem dit mee naar het voortgangsgesprek.",
                        },
                    ],
                },
                "groepsvariant": "In de groepsvariant valt dit thema samen met de eerste ouderbijeenkomst aan het eind van fase 1. Laat jongeren daar in kleine groepjes hun emmer aan elkaars ouders uitleggen; dat opent bij veel ouders de ogen.",
                "onderwerpen": ["emmer"],
            },
        ],
    },
    {
        "nummer": 2,
        "naam": "Stabiliteit en rust",
        "kenmerk": "Instabiliteit doorbreken en een stevig fundament bouwen met ritme, structuur en vaste rustmomenten.",
        "inleiding": [
            "Na vier weken erkenning is er ruimte om aan de slag te gaan, en de eerste stap is verrassend: rust. De jongere gaat werken met het rust-activiteitenschema, een dagplanning waarin activiteit en bewuste, liggende rustmomenten elkaar afwisselen. Zo maken de pieken en dalen plaats voor een voorspelbaar ritme.",
            "Het schema is geen straf en geen diagnose; het oordeelt niet en gaat uit van wat je doet, niet van de klacht. Door vast te houden aan een haalbaar ritme bouwt het lichaam reserve op en wordt de jongere stap voor stap belastbaarder. In deze fase wordt de schooltijd nog niet uitgebreid, en dat spreek je ook met school af.",
            "Naast rust werk je aan zelfkennis: waar liggen de valkuilen, welke kwaliteiten heeft de jongere en waar liggen de grenzen? Vanaf deze fase verschuift de aandacht in de opening van wat moeilijk is naar wat er lukt.",
        ],
        "subdoelen": [
            "De jongere kent de begrippen vertrouwen, valkuilen, kwaliteiten en grenzen en kan ze koppelen aan de eigen situatie.",
            "De jongere begrijpt hoe rustmomenten lichaam en geest tot rust brengen en energiereserve opbouwen, en vertelt hoe dat voor hem of haar werkt.",
            "De jongere zet bewust rustmomenten in, houdt het effect bij en bespreekt dat in de gesprekken.",
            "De jongere kijkt met de emmer opnieuw naar de eigen kwetsbaarheid, uitlokkers en instandhouders, vergelijkt dat met fase 1 en kan de verschillen uitleggen.",
        ],
        "houding": "Je bent volgend. De jongere heeft de regie over het schema en bepaalt zelf welke kleur een activiteit krijgt; jij houdt een spiegel voor, vraagt door en denkt mee. Zo geef je vertrouwen en ben je tegelijk beschikbaar als vangnet.",
        "mijlpalen": [
            "Week 5: start van het rust-activiteitenschema. De school is vooraf herinnerd en weet dat de schooltijd in deze fase niet wordt uitgebreid.",
            "Geen schoolvakantie in deze fase; controleer dit al bij de planning van de startdatum.",
            "Verzamelde complimenten en een eerste overzicht van eigen kwaliteiten.",
            "Einde fase 2: een tweede emmer naast de eerste en een stabiel ritme als basis voor uitbreiding in fase 3.",
        ],
        "themas": [
            {
                "naam": "Vertrouwen",
                "spreuk": "Vertrouwen groeit in kleine stappen die je elke dag herhaalt.",
                "lot": {
                    "titel": "Lot gaat liggen, met een wekker",
                    "alineas": [
                        "Als de trainer het rust-activiteitenschema uitlegt, moet Lot lachen. 'Rusten? Ik lig al de halve dag op de bank.' De trainer lacht mee, maar legt uit dat dat iets anders is. Op de bank met je telefoon ben je niet echt in rust, want je hoofd krijgt voortdurend nieuwe prikkels.",
                        "Samen maken ze een schema voor de komende week. Elke dag staat Lot op hetzelfde tijdstip op, ook in het weekend. Ze gaat de uren naar school die ze nu ook haalt, niet meer en niet minder. Na school ligt ze twintig minuten op bed, zonder telefoon en met een wekker, en om half elf gaat 's avonds het scherm uit.",
                        "De eerste dagen vindt Lot het vreselijk saai. Op woensdag voelt ze zich goed en wil ze het rustmoment overslaan, maar ze denkt aan haar afspraak en gaat toch liggen. Tot haar verbazing blijft de dip op donderdag uit.",
                        "Aan het eind van de week is de hoofdpijn er nog steeds. Maar Lot merkt dat ze minder opziet tegen de volgende dag. 'Het is raar,' zegt ze tegen de trainer, 'maar ik weet nu een beetje wat er gaat komen.'",
                    ],
                },
                "theorie": [
                    "Het rust-activiteitenschema komt voort uit de methode van stapsgewijze opbouw (graded activity). Je begint met een niveau dat de jongere ook op een slechte dag aankan, en houdt dat een tijd vast, ongeacht hoe de klachten zijn. Pas als dat ritme stabiel is, bouw je op. Zo leert het lichaam weer wat het kan, en groeit het vertrouwen in eigen kunnen.",
                    "Bewuste rustmomenten zijn iets anders dan de hele dag hangen. Een korte periode liggend rusten, zonder scherm, geeft lichaam en hoofd de kans om te herstellen en vult de reserve aan die nodig is voor drukke of spannende momenten. Vaste tijden voor opstaan, eten en slapen ondersteunen dat herstel.",
                    "Vertrouwen is in deze fase een sleutelwoord. Veel jongeren hebben al van alles geprobeerd zonder resultaat. Leg uit dat het effect vaak pas na een paar weken merkbaar is en dat het volhouden van het schema op zichzelf al een succes is.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Mijn eerste rust-activiteitenschema",
                        "uitleg": "De jongere volgt een week lang het samen opgestelde schema, met vaste tijden voor opstaan en slapen, de huidige schooluren en dagelijkse rustmomenten. Per dag kleurt hij of zij in wat gelukt is.",
                    },
                    {
                        "titel": "Rust die werkt",
                        "uitleg": "De jongere probeert drie manieren van rusten uit, bijvoorbeeld liggen met de ogen dicht, een ademhalingsoefening of rustige muziek zonder scherm, en schrijft op welke het meest ontspant.",
                    },
                ],
                "transfer": "De jongere ervaart dat een vast ritme rust geeft, ook als de klachten er nog zijn. Vraag welk onderdeel van het schema het lastigst was om vol te houden en wat helpt om het morgen opnieuw te proberen.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Wat ging er goed?",
                            "beschrijving": "Open vanaf nu oplossingsgericht: vraag wat er deze week gelukt is, wat meeviel en wat de jongere verraste. Er blijft ruimte voor de klachten, maar je begint bij wat lukte.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "De batterij",
                            "beschrijving": "Teken een batterij en laat zien hoe pieken en dalen die telkens bijna leeg trekken, terwijl een vast ritme met rustmomenten de lading stabiel houdt. Verbind dit met de gekleurde week uit fase 1.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Samen het schema maken",
                            "beschrijving": "Stel samen het rust-activiteitenschema voor de komende week op. Let erop dat elk onderdeel ook op een slechte dag haalbaar is; de jongere bepaalt zelf de kleuren.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Rust oefenen",
                            "beschrijving": "Doe samen een ontspanningsoefening van vijf minuten, bijvoorbeeld rustig ademen met de handen op de buik. Bespreek daarna hoe dat voelde en of het thuis in te passen is.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Het schema aan de muur",
                            "beschrijving": "Spreek af waar het schema thuis komt te hangen en wie ervan mag weten. Herinner de jongere eraan dat ook de school op de hoogte is.",
                        },
                    ],
                },
                "groepsvariant": "Laat jongeren hun eerste schema aan elkaar presenteren en elkaar één vraag stellen. In de individuele gesprekken tussen de groepsbijeenkomsten stem je het schema per jongere fijn af.",
                "onderwerpen": ["rust-activiteitenschema"],
            },
            {
                "naam": "Valkuilen",
                "spreuk": "Een valkuil die je kent, kun je omlopen.",
                "lot": {
                    "titel": "Lot en het verjaardagsfeest",
                    "alineas": [
                        "De tweede week met het schema gaat goed, tot zaterdag. Een vriendin viert haar verjaardag en Lot wil er graag bij zijn. Ze slaat haar rustmoment over, blijft langer dan gepland en fietst pas na middernacht naar huis. Zondag en maandag ligt ze met bonkende hoofdpijn in bed.",
                        "In het gesprek is ze boos op zichzelf. 'Zie je wel, ik kan het niet.' De trainer vraagt wat ze zaterdag dacht toen ze het rustmoment oversloeg. 'Dat ik me goed voelde. En dat ze anders zouden denken dat ik weer niet kwam.'",
                        "Samen ontdekken ze twee valkuilen: alles doen op een goede dag, en bang zijn om anderen teleur te stellen. De trainer vraagt Lot om tien andere manieren te bedenken waarop ze met het feest had kunnen omgaan. Na de derde wordt het moeilijk, maar bij de achtste moet ze lachen: 'Ik had mijn rustmoment in de auto van mijn vader kunnen houden.'",
                        "Sommige ideeën zijn serieus bruikbaar. Ze had eerder kunnen komen en eerder weg kunnen gaan, of 's middags een extra rustmoment kunnen plannen. Lot schrijft de tien oplossingen in haar map. Het voelt minder als falen en meer als een puzzel.",
                    ],
                },
                "theorie": [
                    "Bij aanhoudende klachten komen een paar valkuilen vaak voor. De bekendste is alles of niets: op een goede dag inhalen wat is blijven liggen en daarna dagen nodig hebben om bij te komen. Andere valkuilen zijn activiteiten vermijden uit angst voor meer klachten en over de eigen grens gaan om anderen niet teleur te stellen.",
                    "Met het DVD-model kijk je naar wat er op zo'n moment gebeurt: welke gedachte kwam op, welk gevoel hoorde daarbij en wat deed de jongere? Door dat uit elkaar te halen, wordt zichtbaar dat er een keuzemoment was, ook al voelde het niet zo.",
                    "Out-of-the-box denken helpt om uit vaste patronen te stappen. Door bewust veel oplossingen te bedenken, ook gekke, kom je op ideeën die je anders nooit had overwogen. Een valkuil is dan geen bewijs van mislukken, maar informatie voor het volgende plan.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Tien oplossingen buiten de gebaande paden",
                        "uitleg": "De jongere kiest een lastige situatie uit het schema, bijvoorbeeld een overgeslagen rustmoment of een geplande activiteit die niet doorging, en bedenkt er tien oplossingen voor. Alles mag, ook onhandige of grappige ideeën; daarna kiest de jongere er één om uit te proberen.",
                    },
                    {
                        "titel": "Mijn valkuilenlijst",
                        "uitleg": "De jongere schrijft een week lang de momenten op waarop het schema niet lukte, met daarbij wat hij of zij op dat moment dacht en voelde.",
                    },
                ],
                "transfer": "De jongere herkent de eigen valkuilen en heeft voor minstens één daarvan een plan. Vraag in welke situatie van de komende week de valkuil kan opduiken en welke oplossing dan klaarligt.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Top en tip van het schema",
                            "beschrijving": "De jongere noemt één moment waarop het schema goed werkte en één moment waarop het lastig was. Begin bij de top.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Denken, voelen, doen in één moment",
                            "beschrijving": "Neem een lastig moment uit de afgelopen week en verdeel het samen over drie kolommen: wat dacht je, wat voelde je, wat deed je? Laat zien hoe de drie elkaar aanjagen.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Tien oplossingen in vijf minuten",
                            "beschrijving": "Zet een timer op vijf minuten en bedenk samen zo veel mogelijk oplossingen voor één lastig moment. Tel ze en kies er daarna samen één uit.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Valkuilenparcours",
                            "beschrijving": "Leg vellen papier met veelvoorkomende valkuilen op de grond. De jongere loopt het parcours en zegt bij elk vel of het herkenbaar is en hoe hij of zij eromheen kan lopen.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Mijn plan B",
                            "beschrijving": "Spreek af welke oplossing de jongere deze week uitprobeert. Schrijf die in het schema, zodat het plan zichtbaar is op het moment dat het nodig is.",
                        },
                    ],
                },
                "groepsvariant": "Het bedenken van tien oplossingen werkt in de groep als een snelle ronde: iedereen brengt een lastige situatie in en de anderen bedenken oplossingen. Ideeën van lotgenoten worden vaak makkelijker aangenomen dan die van een trainer.",
                "onderwerpen": ["out-of-the-box-denken", "dvd-model", "rust-activiteitenschema"],
            },
            {
                "naam": "Kwaliteiten",
                "spreuk": "Je bent veel meer dan je klachten.",
                "lot": {
                    "titel": "Lot verzamelt complimenten",
                    "alineas": [
                        "Als de trainer vraagt waar Lot goed in is, blijft het stil. Ze kan alleen dingen bedenken die niet meer lukken. 'Ik ben eigenlijk vooral dat meisje dat altijd ziek is,' zegt ze. Het klinkt grappig bedoeld, maar haar stem trilt.",
                        "De opdracht voor deze week is spannend: Lot moet mensen om haar heen om een compliment vragen. Bij haar oma durft ze het als eerste. 'Jij luistert beter dan wie dan ook,' zegt die zonder na te denken. Haar broertje vindt haar 'best grappig, soms', en haar tekendocent schrijft dat ze een goed oog heeft voor kleur.",
                        "Lot plakt alle complimenten in haar map, naast de kwaliteiten die ze zelf had gekozen met het kwaliteitenspel. Sommige woorden komen twee keer terug: geduldig, creatief, iemand die aan anderen denkt.",
                        "Ze voelt zich er ongemakkelijk bij, maar ook een beetje warm. Die avond pakt ze voor het eerst in maanden haar schetsboek. Ze tekent een halfuur, precies zoals ze in haar schema had gezet.",
                    ],
                },
                "theorie": [
                    "Wie lang met klachten leeft, gaat zichzelf vooral zien door de bril van wat niet lukt. Dat zelfbeeld werkt als een instandhouder: het maakt somber, verkleint de wereld en zorgt ervoor dat de jongere minder onderneemt. Vanuit de positieve psychologie weten we dat de meeste groei ontstaat door sterke kanten te ontdekken en te gebruiken, niet door alleen problemen te ontleden.",
                    "Aandacht voor kwaliteiten haalt de klachten niet weg, maar verschuift het perspectief. De jongere wordt weer aangesproken als iemand met mogelijkheden in plaats van als patiënt. Dat geeft energie en maakt het makkelijker om in de volgende fase stappen te zetten.",
                    "Kwaliteiten hebben vaak een keerzijde. Wie zorgzaam is, gaat soms over de eigen grens om anderen te helpen. Door kwaliteiten en valkuilen naast elkaar te leggen, begrijpt de jongere beter waarom bepaalde patronen zo hardnekkig zijn.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Complimenten verzamelen",
                        "uitleg": "De jongere vraagt minstens vijf mensen uit de omgeving, zoals familie, vrienden of docenten, om een compliment. De complimenten worden opgeschreven en de volgende keer naast de kwaliteiten gelegd die de jongere zelf heeft gekozen.",
                    },
                    {
                        "titel": "Kwaliteit in actie",
                        "uitleg": "De jongere kiest één kwaliteit en zoekt deze week een moment om die bewust in te zetten. Daarna schrijft hij of zij op wat dat opleverde.",
                    },
                ],
                "transfer": "De jongere ziet dat anderen hem of haar anders bekijken dan hij of zij zelf doet. Vraag welke kwaliteit kan helpen bij de volgende stap in het schema en hoe die ingezet kan worden.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Het compliment van de week",
                            "beschrijving": "Begin met een concreet compliment van jou aan de jongere, over iets wat je de afgelopen weken hebt gezien. Vraag daarna wat er in het schema gelukt is.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "De andere kant van de medaille",
                            "beschrijving": "Leg uit dat elke kwaliteit een valkuil kan hebben, bijvoorbeeld behulpzaam zijn en daardoor geen nee zeggen. Zoek samen de keerzijde van twee kwaliteiten van de jongere.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Wie vraag ik?",
                            "beschrijving": "Maak samen een lijstje van mensen die de jongere om een compliment kan vragen en bedenk hoe hij of zij de vraag stelt. Een appje mag ook.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Het kwaliteitenspel",
                            "beschrijving": "Leg de kaarten van het kwaliteitenspel op tafel. De jongere kiest kwaliteiten die bij hem of haar passen en jij kiest er ook een paar voor de jongere; vergelijk en bespreek de verschillen.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Eén kwaliteit mee",
                            "beschrijving": "Laat de jongere één kwaliteit kiezen om deze week bewust in te zetten en schrijf die op een kaartje voor in de map.",
                        },
                    ],
                },
                "groepsvariant": "In de groep geven jongeren elkaar kwaliteiten met het kwaliteitenspel; vaak is dit een van de meest gewaardeerde onderdelen. Zorg dat iedereen evenveel kaarten krijgt en dat alleen kwaliteiten worden gegeven, geen kritiek.",
                "onderwerpen": [],
            },
            {
                "naam": "Grenzen",
                "spreuk": "Nee zeggen tegen een ander kan ja zeggen tegen jezelf zijn.",
                "lot": {
                    "titel": "Lot zegt nee, en toch ook ja",
                    "alineas": [
                        "Haar vriendinnen vragen of Lot woensdagmiddag meegaat shoppen. Woensdag is haar langste schooldag, en in haar schema staat daarna een rustmoment. Vroeger zou ze ja hebben gezegd en de rest van de week hebben betaald.",
                        "Deze keer stuurt ze een berichtje terug: 'Woensdag lukt niet, maar zaterdagmiddag wel, een uurtje?' Ze verwacht een teleurgestelde reactie. Er komt een duim terug, en zaterdag zitten ze met z'n drieën op een bankje in de stad met een ijsje.",
                        "Met de trainer heeft Lot het over haar alarmbel gehad: het moment waarop haar nek strak wordt en ze weet dat de hoofdpijn eraan komt. Vroeger negeerde ze dat signaal tot het te laat was, of ze schrok er zo van dat ze meteen alles afzegde. Nu probeert ze het te zien als een seintje om een pauze in te lassen, niet als een reden om te stoppen.",
                        "Aan het eind van fase 2 kijkt Lot terug. Ze gaat elke ochtend op dezelfde tijd naar school, het schema houdt ze de meeste dagen vol en de dips zijn minder diep. 'Het is niet weg,' zegt ze, 'maar ik sta er steviger.'",
                    ],
                },
                "theorie": [
                    "Grenzen gaan over de balans tussen belasting en belastbaarheid: wat er van je gevraagd wordt en wat je op dit moment aankunt. Bij aanhoudende klachten is die balans vaak zoek. Je grenzen kennen betekent niet dat je minder gaat doen, maar dat je je energie zo verdeelt dat je het volhoudt.",
                    "Het lichaam geeft signalen wanneer een grens in zicht komt, als een alarmbel. Bij jongeren met aanhoudende klachten staat dat alarm vaak gevoelig afgesteld. De kunst is om het signaal serieus te nemen zonder in paniek te raken: even bijsturen werkt beter dan negeren of alles afblazen.",
                    "Sociale grenzen zijn vaak het moeilijkst. Jongeren willen erbij horen en anderen niet teleurstellen. Oefen met nee zeggen op een manier die de relatie heel laat, bijvoorbeeld door een alternatief voor te stellen.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Mijn alarmbel",
                        "uitleg": "De jongere beschrijft de eigen vroege signalen die aangeven dat een grens in zicht komt, en bedenkt voor elk signaal een kleine actie om bij te sturen.",
                    },
                    {
                        "titel": "Nee met een alternatief",
                        "uitleg": "De jongere zegt deze week minstens één keer nee tegen een vraag die niet in het schema past en stelt een alternatief voor. Daarna schrijft hij of zij op hoe de ander reageerde.",
                    },
                    {
                        "titel": "Terugblik op fase 2",
                        "uitleg": "De jongere vult de emmer opnieuw in en legt die naast de emmer uit fase 1. Wat is lichter geworden en wat is hetzelfde gebleven?",
                    },
                ],
                "transfer": "De jongere weet waar de eigen grenzen liggen en heeft ervaren dat nee zeggen niet meteen tot afwijzing leidt. Vraag welke situatie op school de komende weken het meest vraagt om goed op de grens te letten.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Complimenten terugkijken",
                            "beschrijving": "Vraag welke complimenten de jongere heeft verzameld en welk compliment het meest raakte. Sluit daarna aan bij het schema van de afgelopen week.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Lepels verdelen over een week",
                            "beschrijving": "Pak de lepeltheorie er weer bij, maar nu voor een hele week. Laat de jongere een drukke schooldag en een vrije middag plannen binnen het budget en bespreek waar de grens ligt.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Twee emmers naast elkaar",
                            "beschrijving": "Leg de emmer uit fase 1 naast een lege emmer en laat de jongere de nieuwe invullen. Bespreek de verschillen en wat daaraan heeft bijgedragen.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Nee oefenen",
                            "beschrijving": "Oefen in een kort rollenspel hoe de jongere nee zegt tegen een vriend, een docent of een ouder. Probeer verschillende varianten en bespreek welke het best voelt.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Klaar voor uitbreiding?",
                            "beschrijving": "Vraag of het ritme stabiel genoeg voelt om in de volgende fase uit te breiden. Spreek af dat jullie daar de volgende keer samen naar kijken.",
                        },
                    ],
                },
                "groepsvariant": "Laat jongeren in tweetallen oefenen met nee zeggen en elkaar tips geven. Op behangpapier kun je een groot gezamenlijk overzicht maken van de alarmbellen die in de groep voorkomen.",
                "onderwerpen": ["lepeltheorie", "alarmbel", "emmer"],
            },
        ],
    },
    {
        "nummer": 3,
        "naam": "Verandering",
        "kenmerk": "Gedragspatronen doorbreken en ervaren dat je zelf de regie hebt over wat je doet.",
        "inleiding": [
            "Met een stabiel ritme als fundament is de jongere klaar voor verandering. In deze fase bouwt de jongere activiteiten uit: meer schooluren, maar ook bewegen, hobby's en contact met anderen. Het schema wordt daarvoor stap voor stap aangepast en bevat aan het eind duidelijk meer activiteiten dan het rust-activiteitenschema uit fase 2.",
            "De patronen die klachten in stand houden, zijn vaak hardnekkig, omdat ze in de loop van de tijd zijn gegroeid. Het DVD-model laat zien hoe denken, voelen en doen elkaar beïnvloeden. Re-Fit kiest daarbij voor het doen: gedachten en gevoelens mogen er zijn en hoeven niet eerst te veranderen, maar ze hoeven ook niet te bepalen wat de jongere doet.",
            "Denk aan de jongere die met hoofdpijn wakker wordt en in bed blijft liggen. In deze fase probeert hij of zij iets anders: eerst opstaan en ontbijten, en pas daarna besluiten of school lukt. Zulke kleine experimenten met anders doen geven de ervaring van regie.",
        ],
        "subdoelen": [
            "De jongere kent de begrippen regie, mogelijkheden, lef en presentatie en kan ze koppelen aan de eigen situatie.",
            "De jongere ervaart erkenning en regie en zet stappen om activiteiten uit te breiden en het schema aan te passen.",
            "De jongere heeft inzicht in eigen talenten, kwaliteiten, valkuilen en grenzen en reflecteert daar samen met de trainer op.",
            "De jongere ervaart dat anders doen invloed heeft op de klachten, denkt out-of-the-box over nieuwe mogelijkheden en probeert die uit.",
            "De jongere breidt activiteiten uit op het gebied van schoolaanwezigheid, conditie en/of deelname aan het sociale leven.",
        ],
        "houding": "Je werkt volgens 'leading from behind': je staat als het ware achter de jongere en kijkt over de schouder mee. Met oplossingsgerichte vragen nodig je de jongere uit om zelf doelen te stellen en zo veel mogelijk oplossingen te verkennen. Je geeft minder antwoorden en stelt meer vragen.",
        "mijlpalen": [
            "Week 9: het schema wordt uitgebreid; de afspraken over extra schooltijd zijn met school gemaakt.",
            "Een stemmingsdagboek dat gekoppeld is aan het activiteitenschema.",
            "Een persoonlijk doel met tussenstappen, uitgewerkt op de ladder.",
            "Minstens één geslaagde lef-stap, op school of daarbuiten.",
        ],
        "themas": [
            {
                "naam": "Regie",
                "spreuk": "Jij zit aan het stuur, ook als de weg hobbelt.",
                "lot": {
                    "titel": "Lot staat eerst op",
                    "alineas": [
                        "Elke ochtend begint voor Lot op dezelfde manier. Ze wordt wakker, voelt hoe haar hoofd is en beslist binnen een paar seconden of het een schooldag wordt. Als het bonkt, trekt ze het dekbed over zich heen. 'Het voelt niet als een keuze,' zegt ze. 'Het gebeurt gewoon.'",
                        "De trainer tekent drie rondjes: denken, voelen, doen. Bij denken schrijft Lot 'het gaat toch niet lukken', bij voelen 'moe en bang' en bij doen 'blijven liggen'. Daarna vraagt de trainer welk rondje ze het makkelijkst kan veranderen. Niet het denken, vindt Lot, en ook niet het voelen. Misschien het doen.",
                        "Ze spreken een experiment af: hoe haar hoofd ook voelt, Lot staat op, kleedt zich aan en ontbijt, en pas daarna beslist ze. Daarnaast houdt ze een stemmingsdagboek bij naast haar schema. Na een week ziet ze iets wat ze niet had verwacht: op vier van de vijf ochtenden viel de hoofdpijn na het ontbijt mee, en ging ze toch.",
                        "In haar dagboek ziet ze ook dat haar stemming lager is op de dag nadat ze thuis is gebleven, en dat een lage stemming de volgende ochtend weer zwaarder maakt. 'Het is een soort kringetje,' zegt ze. 'Maar ik kan er dus ergens uitstappen.'",
                    ],
                },
                "theorie": [
                    "Het DVD-model laat zien dat denken, voelen en doen elkaar voortdurend beïnvloeden. Een gedachte als 'dit lukt toch niet' roept een gevoel op, en dat gevoel stuurt wat je doet. Omgekeerd verandert wat je doet ook wat je denkt en voelt. Bij Re-Fit begin je bij het doen, omdat dat het makkelijkst te beïnvloeden is.",
                    "Gedachten en gevoelens hoeven niet weg. Vanuit acceptatie- en commitmenttherapie leer je de jongere ze op te merken en er ruimte voor te maken, zonder ze de baas te laten zijn. Wie het gevecht met de klachten loslaat, houdt ruimte over voor wat echt belangrijk is.",
                    "Stemming en energie hangen samen. Door een stemmingsdagboek naast het schema te leggen, ziet de jongere hoe activiteit en stemming op elkaar inwerken. Dat maakt het DVD-model concreet en persoonlijk.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Stemmingsdagboek bij het schema",
                        "uitleg": "De jongere geeft een week lang drie keer per dag een cijfer voor stemming en energie en schrijft dat naast het activiteitenschema. De volgende keer zoek je samen naar verbanden tussen wat de jongere deed en hoe hij of zij zich voelde.",
                    },
                    {
                        "titel": "Eerst doen, dan beslissen",
                        "uitleg": "De jongere kiest één moment waarop de klachten meestal de beslissing nemen, zoals het opstaan, en spreekt een vaste eerste stap af die hij of zij altijd zet. Pas daarna volgt de keuze.",
                    },
                ],
                "transfer": "De jongere ervaart dat er een keuzemoment is, ook als het niet zo voelt. Vraag in welke situatie de jongere deze week bewust wil kiezen voor ander gedrag en wat er nodig is om dat vol te houden.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Wie had de regie?",
                            "beschrijving": "Vraag de jongere een moment van de afgelopen week te noemen waarop hij of zij zelf de keuze maakte, en een moment waarop de klachten besloten. Wat was het verschil?",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Drie rondjes",
                            "beschrijving": "Teken het DVD-model en vul het samen in met een situatie van de jongere. Vraag in welk rondje hij of zij het makkelijkst kan ingrijpen.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Het dagboek inrichten",
                            "beschrijving": "Maak samen een eenvoudig stemmingsdagboek met cijfers voor stemming en energie, naast het bestaande schema. Spreek vaste momenten af om het in te vullen.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Gedachten in de bus",
                            "beschrijving": "De jongere is buschauffeur en de gedachten zijn passagiers die roepen welke kant het op moet. Speel het kort na met briefjes: de passagiers mogen blijven zitten, maar de chauffeur bepaalt de route.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Mijn experiment",
                            "beschrijving": "Spreek één concreet experiment af voor de komende week en zet het in het schema. Vraag op een schaal van 0 tot 10 hoe zeker de jongere is dat het gaat lukken.",
                        },
                    ],
                },
                "groepsvariant": "In de groep werkt de busoefening goed als spel, waarbij andere jongeren de passagiers spelen. Laat de groep een week later samen de stemmingsdagboeken naast elkaar leggen en zoeken naar patronen.",
                "onderwerpen": ["dvd-model", "rust-activiteitenschema"],
            },
            {
                "naam": "Mogelijkheden",
                "spreuk": "Kijk niet alleen naar de muur, maar ook naar de deur ernaast.",
                "lot": {
                    "titel": "Lot kiest een andere afslag",
                    "alineas": [
                        "Nu haar ritme stabiel is, mag Lot haar schema uitbreiden. De trainer vraagt wat ze weer zou willen doen als de klachten er minder toe deden. Lot noemt meteen volleybal. Twee jaar geleden speelde ze drie keer per week, en ze mist het team.",
                        "Meteen weer meetrainen voelt als een muur. Samen tekenen ze een ladder met bovenaan 'weer meespelen'. Op de onderste sport staat: kijken bij een training. Daarboven: een halfuur meedoen met de warming-up. En zo verder, sport voor sport.",
                        "Ook op school kiest Lot een volgende stap. Ze gaat voortaan op dinsdag en donderdag de hele dag, met een rustmoment in de middagpauze in een stille ruimte die de zorgcoördinator heeft geregeld. Het voelt alsof ze op een rotonde steeds dezelfde afslag nam en nu pas ziet dat er meer uitgangen zijn.",
                        "Op vrijdagavond fietst ze naar de sporthal en kijkt vanaf de tribune naar de training. De coach van het team zwaait. Lot zwaait terug en blijft tot het eind zitten.",
                    ],
                },
                "theorie": [
                    "Vanuit oplossingsgericht werken kijk je naar wat werkt of eerder heeft gewerkt, en naar wat de jongere weer zou willen kunnen. Een persoonlijk doel geeft richting; tussenstappen maken het haalbaar. De eerste stap moet zo klein zijn dat die bijna zeker lukt.",
                    "Het uitbouwen van activiteiten volgt dezelfde logica als het rust-activiteitenschema. Je breidt geleidelijk uit vanaf een stabiel niveau en houdt elke uitbreiding een tijd vast voordat je verder gaat. Te snel uitbreiden leidt vaak terug naar het oude patroon van pieken en dalen.",
                    "Wie lang met klachten leeft, ziet vaak maar één route: wel of niet naar school, wel of niet sporten. De rotonde laat zien dat er meestal meer afslagen zijn: een deel van de dag, een aangepaste vorm, een andere volgorde. Out-of-the-box denken helpt om die afslagen te vinden.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Mijn ladder",
                        "uitleg": "De jongere kiest een persoonlijk doel, op school of daarbuiten, en tekent een ladder met vijf tot acht kleine stappen ernaartoe. De eerste stap wordt deze week gezet.",
                    },
                    {
                        "titel": "Uitbreiding in het schema",
                        "uitleg": "De jongere verwerkt samen met de trainer één uitbreiding in het schema, bijvoorbeeld een extra schoolblok of een activiteit met beweging, en houdt bij hoe dat gaat.",
                    },
                ],
                "transfer": "De jongere ziet dat een groot doel bereikbaar wordt in kleine stappen en dat er vaak meer mogelijkheden zijn dan alles of niets. Vraag welke afslag op de rotonde de jongere deze week wil uitproberen.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Wat zegt het dagboek?",
                            "beschrijving": "Bespreek het stemmingsdagboek van de afgelopen week en vraag welk verband de jongere zelf ziet. Benoem wat jou opvalt, zonder het voor de jongere in te vullen.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "De rotonde",
                            "beschrijving": "Teken een rotonde met de afslag die de jongere altijd neemt. Bedenk samen welke andere afslagen er zijn en waar die naartoe leiden.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Sporten van de ladder",
                            "beschrijving": "Help de jongere het doel op te knippen in kleine stappen. Vraag steeds: kan het nog kleiner? De eerste sport moet bijna vanzelfsprekend voelen.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Droomdag",
                            "beschrijving": "Laat de jongere een gewone dag over een jaar beschrijven of tekenen, zoals hij of zij die graag zou zien. Zoek samen naar één onderdeel waar nu al een kleine stap naartoe kan.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "De eerste sport",
                            "beschrijving": "Spreek af wanneer de jongere de eerste stap zet en wie daarvan weet. Zet de uitbreiding in het schema en informeer de school als het om schooltijd gaat.",
                        },
                    ],
                },
                "groepsvariant": "Laat jongeren elkaars ladders bekijken en meedenken over kleinere tussenstappen. Teken samen een rotonde op een flap met alle afslagen die de groep kan bedenken.",
                "onderwerpen": ["rotonde", "ladder", "out-of-the-box-denken"],
            },
            {
                "naam": "Lef",
                "spreuk": "Lef is bang zijn en toch een stap zetten.",
                "lot": {
                    "titel": "Lot gaat mee op excursie",
                    "alineas": [
                        "Haar klas gaat op excursie naar een museum in een andere stad: een lange dag, met anderhalf uur in de bus. Vroeger zou Lot zich de avond ervoor ziek hebben gemeld. Nu twijfelt ze.",
                        "De trainer stelt haar een paar lef-vragen, zoals of ze 's avonds alleen door een donker bos zou durven lopen, of voor de klas een liedje zou zingen. Lot lacht en antwoordt eerlijk. Dan legt de trainer drie woorden naast elkaar: laf, lef en roekeloos. Thuisblijven omdat het spannend is, zou laf zijn; de hele dag meedoen zonder pauze en daarna een week instorten, zou roekeloos zijn.",
                        "Samen zoeken ze naar lef. Lot gaat mee, neemt oordopjes en een flesje water mee en vraagt haar mentor of ze in het museum een halfuur op een bankje mag zitten als dat nodig is. Twee klasgenoten vertelt ze eerlijk dat ze hoofdpijn kan krijgen en dan even rust neemt.",
                        "De dag is zwaar, maar het lukt. In de bus terug zit ze naast een meisje met wie ze vroeger bevriend was, en ze praten de hele reis. De volgende dag is Lot moe, maar ze gaat gewoon naar school. In haar map schrijft ze: 'Lef is niet dat je niet bang bent.'",
                    ],
                },
                "theorie": [
                    "Vermijden is een van de sterkste instandhouders. Wie spannende of zware situaties uit de weg gaat, voelt op korte termijn opluchting, maar leert lichaam en hoofd dat die situaties gevaarlijk zijn. Daardoor wordt de drempel de volgende keer hoger en nemen de klachten vaak toe.",
                    "Het verschil tussen laf, lef en roekeloos helpt de jongere om een goede stap te kiezen. Laf is de situatie ontwijken; roekeloos is te veel ineens doen, zonder rekening te houden met grenzen. Lef zit ertussenin: een stap zetten die spannend is, maar voorbereid en haalbaar.",
                    "Spanning zelf is niet schadelijk. Het lichaam maakt zich klaar om iets te doen, en dat kan voelen als buikpijn, hartkloppingen of hoofdpijn. Als de jongere merkt dat die spanning vanzelf weer zakt, wordt de volgende stap makkelijker.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Lef-vragen",
                        "uitleg": "De jongere stelt thuis of aan vrienden drie lef-vragen en beantwoordt ze zelf ook. Daarna schrijft hij of zij bij elke vraag op welk antwoord laf, lef of roekeloos zou zijn, en waarom.",
                    },
                    {
                        "titel": "Mijn lef-stap",
                        "uitleg": "De jongere kiest één situatie die hij of zij tot nu toe vermeed en bereidt een lef-stap voor: wat ga ik doen, wat neem ik mee, wie weet ervan? Na afloop schrijft de jongere op hoe het ging.",
                    },
                ],
                "transfer": "De jongere ervaart dat spannende situaties vaak beter gaan dan verwacht als je ze voorbereidt. Vraag welke lef-stap op school de komende weken het meest zou opleveren en hoe die in het schema past.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "De volgende sport",
                            "beschrijving": "Vraag hoe de eerste stap op de ladder ging. Vier wat gelukt is en kijk samen of de volgende sport haalbaar is.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Laf, lef, roekeloos",
                            "beschrijving": "Leg drie kaarten met de woorden laf, lef en roekeloos op tafel. Noem situaties uit het leven van de jongere en laat hem of haar ze bij het passende woord leggen; bespreek vooral de twijfelgevallen.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Een lef-stap plannen",
                            "beschrijving": "Kies samen een situatie die de jongere vermijdt en maak er een lef-stap van, met een plan voor rust en een uitweg. Zet de stap in het schema.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Lef-vragen stellen",
                            "beschrijving": "Stel de jongere lef-vragen, van luchtig (durf jij een spin op te pakken?) tot persoonlijker (durf jij in de klas over je klachten te vertellen?). Vraag door en bespreek ook of de jongere altijd eerlijk antwoordt op een lef-vraag, en waarom wel of niet.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Spanningsmeter",
                            "beschrijving": "Laat de jongere aangeven hoe spannend de geplande lef-stap is, van 0 tot 10. Vraag wat helpt om het cijfer een punt lager te krijgen.",
                        },
                    ],
                },
                "groepsvariant": "Lef-vragen zijn in de groep een levendig spel, bijvoorbeeld door een bal naar elkaar te gooien met een vraag erbij. Let erop dat niemand onder druk wordt gezet; ook 'pas' zeggen kan lef zijn.",
                "onderwerpen": ["dvd-model", "ladder"],
            },
            {
                "naam": "Presentatie",
                "spreuk": "Laat zien wie je bent, niet alleen wat je hebt.",
                "lot": {
                    "titel": "Lot houdt haar spreekbeurt",
                    "alineas": [
                        "Al sinds de herfst staat er een spreekbeurt voor Nederlands op Lots lijst. Ze heeft hem drie keer uitgesteld. De gedachte om voor de klas te staan terwijl iedereen weet dat ze zo vaak weg was, maakt haar misselijk.",
                        "Met de trainer bespreekt ze niet alleen de spreekbeurt, maar ook hoe ze zichzelf laat zien. Als klasgenoten vragen waar ze was, zegt ze meestal 'ziek' en kijkt ze weg. De trainer vraagt hoe ze het wíl vertellen. Lot bedenkt een kort antwoord: 'Ik heb al een tijd last van hoofdpijn en ik werk eraan om weer vaker op school te zijn.' Dat voelt eerlijker en sterker.",
                        "Voor de spreekbeurt maakt ze een plan met het schema erbij: de voorbereiding verspreid over vijf dagen, de avond ervoor op tijd naar bed en een rustmoment na afloop. Als onderwerp kiest ze tekenen, iets waar ze weer plezier in heeft.",
                        "Haar knieën trillen als ze begint, maar na een minuut gaat het. Na afloop stelt een jongen uit de klas een vraag over haar tekeningen, en de docent zegt dat ze heel rustig sprak. Voor het eerst in lange tijd laat Lot iets anders zien dan het meisje dat vaak ziek is.",
                    ],
                },
                "theorie": [
                    "Hoe de jongere zichzelf presenteert, beïnvloedt hoe anderen reageren, en dat heeft weer invloed op hoe de jongere zich voelt. Wie zich vooral laat zien als ziek, wordt vaak ook zo behandeld: ontzien, maar ook buitengesloten. Een kort en eerlijk verhaal over de klachten, samen met wat de jongere wél doet, geeft meer ruimte.",
                    "Sociale steun beschermt tegen het aanhouden van klachten. Contact met leeftijdgenoten vermindert spanning en geeft energie, terwijl eenzaamheid de klachten juist versterkt. Door zich op een nieuwe manier te laten zien, maakt de jongere het voor anderen makkelijker om weer aan te haken.",
                    "Dit thema is ook een tussenbalans. De jongere heeft in drie fasen veel geleerd en kan dat nu laten zien, bijvoorbeeld door de emmer en het schema aan iemand van school uit te leggen. Dat is meteen een voorbereiding op de eindpresentatie in fase 4.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Mijn korte verhaal",
                        "uitleg": "De jongere schrijft een antwoord van twee of drie zinnen op de vraag 'Waar was je?' of 'Hoe gaat het nu?'. Het antwoord is eerlijk over de klachten en noemt ook waar de jongere aan werkt.",
                    },
                    {
                        "titel": "Laat zien wat je doet",
                        "uitleg": "De jongere legt de mentor of een docent uit wat het schema inhoudt en welke stappen al gezet zijn. Bereid samen voor wat de jongere wel en niet wil vertellen.",
                    },
                ],
                "transfer": "De jongere ervaart dat hij of zij zelf bepaalt welk beeld anderen krijgen. Vraag bij wie het korte verhaal deze week gebruikt kan worden en wat de jongere hoopt dat de ander dan terugzegt.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Lef-verslag",
                            "beschrijving": "Laat de jongere vertellen over de lef-stap van vorige week: wat was spannend, wat ging beter dan gedacht? Vraag welk woord past: laf, lef of roekeloos.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Hoe zien anderen mij?",
                            "beschrijving": "Teken twee poppetjes: hoe de jongere denkt dat anderen hem of haar zien, en hoe de jongere gezien wil worden. Bespreek wat er nodig is om van het ene naar het andere beeld te komen.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Het korte verhaal oefenen",
                            "beschrijving": "Oefen het korte verhaal hardop, eerst zittend en daarna staand. Geef terug wat sterk klinkt en laat de jongere zelf kiezen wat er blijft staan.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Een minuut op het podium",
                            "beschrijving": "Laat de jongere staand een minuut vertellen over iets wat hij of zij leuk vindt, met jou als publiek. Bespreek daarna de lichamelijke spanning: waar zat die, en zakte die tijdens het praten?",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Vooruitblik op fase 4",
                            "beschrijving": "Vertel dat de laatste fase eindigt met een eindpresentatie voor ouders en school. Vraag wat de jongere daar graag zou willen laten zien.",
                        },
                    ],
                },
                "groepsvariant": "In de groep kunnen jongeren hun korte verhaal aan elkaar vertellen en elkaar tips geven. Een korte presentatie voor de groep, bijvoorbeeld over een eigen hobby, is een veilige oefening voor de eindpresentatie.",
                "onderwerpen": ["emmer", "rust-activiteitenschema"],
            },
        ],
    },
    {
        "nummer": 4,
        "naam": "Integratie en toekomst",
        "kenmerk": "Loslaten en een positief perspectief ervaren: de jongere kijkt vooruit naar een toekomst zonder Re-Fit.",
        "inleiding": [
            "In de laatste drie weken staan reflectie en evaluatie centraal. Erkenning, ritme en regie zijn opgebouwd; nu is de vraag hoe de jongere dat vasthoudt als de training voorbij is. De jongere experimenteert met het loslaten van hulpmiddelen, zoals delen van het schema, en merkt dat hij of zij blijft functioneren.",
            "Samen met de jongere maak je de Handleiding voor jezelf: een plan voor terugvalpreventie met wat hielp, welke signalen op een terugval wijzen en wat de jongere dan doet. Bespreek openlijk dat terugval erbij hoort. Een slechte week betekent niet dat alles voor niets was, en met de handleiding hoeft de jongere op zo'n moment niet alles zelf te bedenken.",
            "De fase sluit af met een eindpresentatie, het eindgesprek met jongere, ouders en school, en het eindverslag. Jij spreekt het vertrouwen uit dat de jongere zelfstandig verder kan, en laat daarom ook bewust los.",
        ],
        "subdoelen": [
            "Gesteund door erkenning, regie en vertrouwen kijkt de jongere positief vooruit en kan hij of zij het rust-activiteitenschema (deels) loslaten.",
            "De jongere kent de begrippen perspectief, experimenteren, trots en balans en kan ze koppelen aan de eigen situatie.",
            "De jongere kan benoemen wat de eigen klachten versterkt en welke instandhouders hij of zij zelf in de hand heeft, en heeft dat vastgelegd in de Handleiding voor jezelf.",
            "De jongere heeft toekomstplannen, weet hoe hij of zij een terugval opvangt en weet of er na de training nog hulp nodig is.",
            "De jongere kijkt met trots naar wat bereikt is en vertelt daarover in een eindpresentatie voor ouders en school.",
        ],
        "houding": "Je spreekt vertrouwen uit en laat los. Je laat de jongere terugkijken op wat gelukt is en vraagt wat daaraan heeft bijgedragen, zodat hij of zij dat zelf ziet en erop leert vertrouwen. Taken die de jongere zelf kan, neem je niet meer over.",
        "mijlpalen": [
            "De Handleiding voor jezelf is af.",
            "De eindpresentatie voor ouders en school, met de foto uit het thema Trots.",
            "Week 14: het eindgesprek met jongere, ouders en school, en het eindverslag met de persoonlijke brief.",
            "De overdracht aan school van wat de jongere wil delen, zo nodig met een advies over verdere begeleiding.",
        ],
        "themas": [
            {
                "naam": "Perspectief",
                "spreuk": "Achter de horizon ligt meer dan je nu kunt zien.",
                "lot": {
                    "titel": "Lot kijkt naar volgend jaar",
                    "alineas": [
                        "Een paar maanden geleden kon Lot niet verder kijken dan morgen. Elke dag was een vraag: lukt het, of lukt het niet? Nu vraagt de trainer waar ze over een jaar wil staan, en Lot merkt tot haar eigen verbazing dat ze een antwoord heeft.",
                        "Ze wil over naar de vierde klas en daar tekenen als vak kiezen. Later wil ze misschien iets met vormgeving doen. Samen met de trainer en haar mentor zoekt ze uit welke toetsen ze nog moet inhalen en hoe ze dat over de komende weken verdeelt.",
                        "Op haar ladder staat inmiddels een nieuwe sport: volgende maand een hele training meedoen met volleybal. Op school gaat ze nu drie volle dagen en twee ochtenden. Het rustmoment tussen de middag heeft ze nog nodig, maar ze ziet het niet meer als bewijs dat ze ziek is.",
                        "'Vroeger dacht ik dat mijn toekomst pas zou beginnen als de hoofdpijn weg was,' zegt Lot. 'Nu denk ik dat hij gewoon al bezig is.'",
                    ],
                },
                "theorie": [
                    "Een positief toekomstbeeld beschermt. Jongeren met een doel voor ogen kunnen tegenslag beter opvangen en blijven gemotiveerd om hun ritme vast te houden. Bij aanhoudende klachten staat de toekomst vaak lange tijd in de wacht, tot de klachten over zouden zijn.",
                    "In dit thema verleg je dat: de toekomst begint niet na de klachten, maar ernaast. Het uitstroomperspectief op school is daarbij een concreet aanknopingspunt. Wat moet er gebeuren om het jaar af te ronden, over te gaan of een diploma te halen?",
                    "Koppel het toekomstbeeld aan de ladder. Grote doelen worden pas haalbaar als ze in stappen zijn opgedeeld, en de jongere heeft in fase 3 al ervaren dat dat werkt. Nu gaat het erom dat de jongere die stappen zelf kan bedenken, zonder jou.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Brief aan mezelf over een jaar",
                        "uitleg": "De jongere schrijft een brief aan zichzelf van over een jaar: waar sta je, wat doe je, waar ben je blij mee? In de brief staat ook welke eerste stap de jongere nu al zet.",
                    },
                    {
                        "titel": "Mijn schoolplan",
                        "uitleg": "De jongere zet samen met de mentor op een rij wat nodig is om het jaar af te ronden of over te gaan, en kiest welke stappen daarvan in de komende weken passen.",
                    },
                ],
                "transfer": "De jongere legt een verbinding tussen wat nu lukt en waar hij of zij naartoe wil. Vraag welke stap in de richting van dat toekomstbeeld de jongere de komende maand zelfstandig zet.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Van toen naar nu",
                            "beschrijving": "Leg het portret uit de eerste week op tafel. Vraag wat er sindsdien veranderd is en wat hetzelfde is gebleven.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Toekomst in de wacht",
                            "beschrijving": "Bespreek hoe de toekomst vaak wordt uitgesteld tot de klachten over zijn. Vraag welke plannen de jongere in de wacht had gezet en welke daarvan nu weer op tafel kunnen.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Schoolplan voorbereiden",
                            "beschrijving": "Bereid samen het gesprek met de mentor voor: welke vakken, welke achterstanden, welke wensen? Laat de jongere het gesprek zelf voeren.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Tijdlijn op behangpapier",
                            "beschrijving": "Rol een stuk behangpapier uit en laat de jongere een tijdlijn tekenen van de start van Re-Fit tot over een jaar. Markeer wat al gebeurd is en wat nog komt.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Eén stap vooruit",
                            "beschrijving": "Vraag welke stap op de tijdlijn de jongere als eerste zet, en wanneer. Laat de jongere de afspraak zelf formuleren.",
                        },
                    ],
                },
                "groepsvariant": "In de groep bekijken jongeren elkaars tijdlijnen en stellen ze elkaar vragen over hun plannen. Laat ze ook benoemen wat ze de afgelopen weken bij de ander hebben zien groeien.",
                "onderwerpen": ["ladder"],
            },
            {
                "naam": "Experimenteren",
                "spreuk": "Proberen is nooit mislukken; het is ontdekken.",
                "lot": {
                    "titel": "Lot laat het schema even los",
                    "alineas": [
                        "De trainer stelt een experiment voor: een weekend zonder schema. Lot schrikt ervan. Het schema is haar houvast geworden, en ze is bang dat alles weer instort als ze het loslaat.",
                        "Ze spreken af wat blijft staan: op tijd opstaan en 's avonds op tijd het scherm uit. De rest bepaalt ze zelf, op gevoel. Op zaterdag merkt ze dat ze na de lunch vanzelf even gaat liggen. Zondag wandelt ze met haar vader en helpt ze haar oma met de boodschappen.",
                        "Halverwege de week daarna krijgt Lot een verkoudheid, en de hoofdpijn komt harder terug dan in weken. Even denkt ze dat alles opnieuw begint. Dan pakt ze haar map, kijkt wat haar in fase 2 hielp en gaat een paar dagen terug naar een rustiger schema. Na vier dagen zit ze weer in haar gewone ritme.",
                        "'Ik dacht dat een terugval zou betekenen dat het niet had gewerkt,' vertelt ze aan de trainer. 'Maar ik wist precies wat ik moest doen.' De trainer vraagt wat ze daarvan in haar handleiding wil opschrijven.",
                    ],
                },
                "theorie": [
                    "Hulpmiddelen als het rust-activiteitenschema zijn bedoeld om tijdelijk houvast te geven. In deze fase experimenteert de jongere met loslaten, om te ontdekken welke onderdelen vanzelf zijn gaan werken en welke nog nodig zijn. Vaak blijken een paar vaste ankers, zoals op tijd opstaan en slapen, genoeg.",
                    "Klachten schommelen, ook na een geslaagde training. Een verkoudheid, een drukke toetsweek of spanning thuis kan de emmer weer voller maken. Een terugval is geen bewijs dat de aanpak niet werkt; het is een moment om te gebruiken wat de jongere heeft geleerd.",
                    "Experimenteren is ook een manier van leren. Door iets uit te proberen en daarna te bekijken wat er gebeurde, ontdekt de jongere wat voor hem of haar werkt. Die houding van uitproberen en bijsturen is misschien wel het belangrijkste wat de jongere meeneemt.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Loslaat-experiment",
                        "uitleg": "De jongere kiest samen met de trainer een onderdeel van het schema om een paar dagen los te laten en houdt bij wat er gebeurt met energie, stemming en klachten. Vooraf spreken jullie af welke ankers blijven staan.",
                    },
                    {
                        "titel": "Wat hielp eerder?",
                        "uitleg": "De jongere bladert door de deelnemersmap en schrijft bij elke fase op welke opdracht of welk inzicht het meest heeft geholpen. Dit wordt de basis voor de Handleiding voor jezelf.",
                    },
                ],
                "transfer": "De jongere ontdekt welke hulpmiddelen inmiddels een gewoonte zijn en welke nog bewust nodig zijn. Vraag wat de jongere zou doen als de klachten volgende maand weer toenemen.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Wat is al gewoonte?",
                            "beschrijving": "Vraag welke onderdelen van het schema de jongere inmiddels doet zonder erbij na te denken. Benoem dit als groei.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "De golflijn",
                            "beschrijving": "Teken een lijn die op en neer gaat, maar over het geheel stijgt. Leg uit dat herstel zelden in een rechte lijn verloopt en dat een dip bij het patroon hoort.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "Ankers kiezen",
                            "beschrijving": "Bepaal samen welke onderdelen van het schema tijdens het experiment blijven staan en welke worden losgelaten. Schrijf de ankers op een kaartje.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Tien manieren om een slechte dag door te komen",
                            "beschrijving": "Bedenk samen, net als bij Valkuilen, tien oplossingen voor een dag waarop de klachten terugkomen. Kies de drie beste voor de handleiding.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Experiment vastleggen",
                            "beschrijving": "Schrijf het experiment en de ankers in de map. Spreek af dat de jongere de volgende keer vertelt wat hij of zij ontdekte.",
                        },
                    ],
                },
                "groepsvariant": "Laat jongeren elkaar vertellen welk experiment ze kiezen en spreek af dat ze elkaar tussendoor een berichtje sturen. De gezamenlijke lijst met oplossingen voor een slechte dag kan op een flap aan de muur.",
                "onderwerpen": ["rust-activiteitenschema", "out-of-the-box-denken"],
            },
            {
                "naam": "Trots",
                "spreuk": "Sta even stil bij hoe ver je al gekomen bent.",
                "lot": {
                    "titel": "Lot maakt een foto",
                    "alineas": [
                        "De opdracht van deze week lijkt simpel: maak een foto van iets waar je trots op bent. Lot loopt er een paar dagen mee rond. Haar tekeningen? Haar volleybalschoenen, die weer in de gang staan? Haar cijferlijst, waarop voor wiskunde geen onvoldoende meer staat?",
                        "Uiteindelijk staat ze op een dinsdagochtend om kwart over acht bij de fietsenstalling van school. Het is koud en grijs, en ze maakt een foto van haar fiets tussen al die andere fietsen. Veertien weken geleden stond die fiets op dit uur nog thuis in de schuur.",
                        "Als ze de foto aan de trainer laat zien, moet ze uitleggen waarom een gewone fiets zoveel betekent. Ze vertelt over de ochtenden in bed, over eerst opstaan en dan beslissen, over de rotonde en de ladder. Halverwege merkt ze dat ze zit te glimmen.",
                        "De trainer vraagt wie dit voor elkaar heeft gekregen. Lot wil zeggen: de training, de trainer, haar ouders. Maar de trainer blijft vragen, en uiteindelijk zegt ze het zelf: 'Ik. Ik heb het gedaan.' De foto komt op de eerste dia van haar eindpresentatie.",
                    ],
                },
                "theorie": [
                    "Trots is meer dan een fijn gevoel. Als de jongere successen toeschrijft aan de eigen inzet, groeit het vertrouwen dat hij of zij ook toekomstige uitdagingen aankan. Juist jongeren die lang met klachten hebben geleefd, schrijven succes vaak toe aan geluk of aan anderen.",
                    "Terugkijken op wat is gelukt en wat daaraan heeft bijgedragen, helpt de jongere om die factoren later zelf weer in te zetten. Daarmee is trots ook een bouwsteen van terugvalpreventie.",
                    "In de eindpresentatie laat de jongere aan ouders en school zien wat hij of zij heeft bereikt. Dat is spannend, maar ook krachtig: de jongere vertelt het eigen verhaal en bepaalt zelf welk beeld anderen meekrijgen.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "De trotsfoto",
                        "uitleg": "De jongere maakt een foto die te maken heeft met iets waar hij of zij trots op is. De foto wordt verwerkt in de eindpresentatie voor ouders en school.",
                    },
                    {
                        "titel": "Eindpresentatie voorbereiden",
                        "uitleg": "De jongere maakt een korte presentatie over de eigen weg door Re-Fit: hoe het begon, wat er in de vier fasen gebeurde en waar hij of zij nu staat. De vorm is vrij: dia's, een poster of een verhaal.",
                    },
                ],
                "transfer": "De jongere benoemt wat hij of zij zelf heeft gedaan om te komen waar hij of zij nu staat. Vraag welke eigen acties de jongere wil blijven inzetten, ook als het een keer tegenzit.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Verslag van het experiment",
                            "beschrijving": "Laat de jongere vertellen wat het loslaat-experiment opleverde. Vraag vooral wat hij of zij zelf deed toen iets lastig werd.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "Wie heeft het gedaan?",
                            "beschrijving": "Neem een succes van de afgelopen weken en vraag wat daaraan heeft bijgedragen. Blijf doorvragen tot de jongere ook de eigen inzet benoemt.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "De foto bespreken",
                            "beschrijving": "Laat de jongere de trotsfoto laten zien en uitleggen. Vraag wat de foto zegt over de weg die hij of zij heeft afgelegd.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Trotsmeter",
                            "beschrijving": "Laat de jongere een cijfer geven voor hoe trots hij of zij is op de eigen inzet, en vraag wat er nodig zou zijn voor een punt hoger. Vergelijk dat met hoe de jongere het bij de start zou hebben ingeschat.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Opzet van de presentatie",
                            "beschrijving": "Maak samen een eerste opzet voor de eindpresentatie, met de foto aan het begin of het eind. Spreek af wie de jongere wil uitnodigen.",
                        },
                    ],
                },
                "groepsvariant": "In de groep laten jongeren elkaar hun trotsfoto zien en vertellen ze het verhaal erachter. De eindpresentaties vinden plaats in de tweede ouderbijeenkomst, waarvoor jongeren ook mensen uit hun eigen netwerk mogen uitnodigen.",
                "onderwerpen": [],
            },
            {
                "naam": "Balans",
                "spreuk": "Balans is geen stilstand, maar steeds een beetje bijsturen.",
                "lot": {
                    "titel": "Lot schrijft haar eigen handleiding",
                    "alineas": [
                        "In de laatste week schrijft Lot haar Handleiding voor jezelf. Op de eerste pagina zet ze haar alarmbellen: de strakke nek, 's avonds te lang op haar telefoon, afspraken afzeggen omdat ze moe is. Daaronder schrijft ze wat ze dan doet: een rustmoment inplannen, het scherm om half elf uit, eerst opstaan en dan beslissen.",
                        "Op de volgende pagina staat wat haar hielp: de emmer, het schema, de ladder, de tien oplossingen. Er staat ook een lijstje met mensen die ze kan bellen als het niet lukt: haar moeder, haar mentor, haar vriendin van de excursie. Ze besluit de handleiding met haar mentor te delen.",
                        "Bij het eindgesprek zitten haar ouders, haar mentor en de zorgcoördinator. Lot houdt haar presentatie en eindigt met de foto van haar fiets. Haar vader zegt niets, maar knikt een paar keer. Daarna krijgt ze het eindverslag, met een brief van de trainer over hoe ze begon en wat de trainer heeft zien groeien.",
                        "Er wordt geen vervolgafspraak gemaakt, en dat vindt Lot eerst een beetje eng. Maar als ze de school uitloopt, met haar handleiding in haar tas, weet ze dat de hoofdpijn af en toe nog zal komen. Alleen bepaalt die niet meer hoe haar week eruitziet.",
                    ],
                },
                "theorie": [
                    "Balans betekent niet dat de klachten helemaal weg zijn of dat alles altijd goed gaat. Het betekent dat belasting en belastbaarheid met elkaar in evenwicht zijn, en dat de jongere weet hoe hij of zij bijstuurt als dat evenwicht verschuift. Dat is een vaardigheid die je blijft oefenen.",
                    "Een terugvalpreventieplan helpt, omdat je op een moeilijk moment minder goed kunt bedenken wat helpt. In de Handleiding voor jezelf staat het al klaar: de vroege signalen, de instandhouders die de jongere kan beïnvloeden en de stappen die eerder werkten. Hoe concreter, hoe bruikbaarder.",
                    "Deel het plan met school en ouders, als de jongere dat wil. Zij kunnen dan herkennen wanneer het minder gaat en op dezelfde manier reageren. Zo wordt het nieuwe gedrag een gewoonte die niet alleen van de jongere afhangt.",
                ],
                "praktijkopdrachten": [
                    {
                        "titel": "Handleiding voor jezelf",
                        "uitleg": "De jongere schrijft een terugvalpreventieplan met de eigen alarmbellen, de instandhouders die hij of zij kan beïnvloeden, wat eerder hielp, wat hij of zij doet bij een terugval en bij wie hij of zij terechtkan. Ook de plannen voor de toekomst staan erin.",
                    },
                    {
                        "titel": "Wat deel ik?",
                        "uitleg": "De jongere bepaalt welke delen van de handleiding en de resultaten met school worden gedeeld, en bespreekt dat voor de overdracht met de trainer.",
                    },
                ],
                "transfer": "De jongere heeft een plan om het geleerde vast te houden en weet wat te doen als het tegenzit. Vraag de jongere hardop te zeggen wat hij of zij doet bij de eerste alarmbel na de training.",
                "activiteiten": {
                    "opening": [
                        {
                            "titel": "Terugblik op de presentatie",
                            "beschrijving": "Bespreek de voorbereiding of de uitvoering van de eindpresentatie. Vraag wat de jongere het liefst wil dat ouders en school onthouden.",
                        },
                    ],
                    "theorie": [
                        {
                            "titel": "De weegschaal",
                            "beschrijving": "Teken een weegschaal met aan de ene kant belasting en aan de andere kant belastbaarheid. Laat de jongere invullen wat aan beide kanten ligt en wat de balans doet doorslaan.",
                        },
                    ],
                    "opdrachten": [
                        {
                            "titel": "De handleiding doorlopen",
                            "beschrijving": "Loop samen de Handleiding voor jezelf door en vraag bij elk onderdeel: is dit concreet genoeg om op een slechte dag te gebruiken? Vul aan waar nodig.",
                        },
                    ],
                    "activiteit": [
                        {
                            "titel": "Terug op de rotonde",
                            "beschrijving": "Teken opnieuw de rotonde en vraag welke afslagen de jongere nu kent voor het geval van een terugval. Vergelijk met de rotonde uit fase 3.",
                        },
                    ],
                    "afronding": [
                        {
                            "titel": "Afscheid",
                            "beschrijving": "Rond het traject bewust af. Vertel wat je de jongere toewenst en spreek het vertrouwen uit dat hij of zij zelfstandig verder kan; er volgt geen standaard vervolgafspraak.",
                        },
                    ],
                },
                "groepsvariant": "In de laatste groepsbijeenkomst schrijven jongeren elkaar een korte, positieve boodschap om in de handleiding te bewaren. Sluit samen af met een vast ritueel, zoals een rondje waarin iedereen zegt wat hij of zij meeneemt.",
                "onderwerpen": ["alarmbel", "rotonde", "rust-activiteitenschema"],
            },
        ],
    },
]


# Terugkerende onderwerpen: modellen, schema's, denkwijzen en metaforen.
ONDERWERPEN = [
    {
        "slug": "dvd-model",
        "naam": "Het DVD-model",
        "soort": "model",
        "samenvatting": "Denken, voelen en doen beïnvloeden elkaar; door anders te doen, veranderen ook gedachten en gevoelens.",
        "alineas": [
            "Het DVD-model laat zien hoe denken, voelen en doen met elkaar verbonden zijn. Een gedachte roept een gevoel op, dat gevoel stuurt wat je doet, en wat je doet beïnvloedt weer wat je denkt en voelt. Zo ontstaan patronen die klachten in stand kunnen houden, zoals thuisblijven na de gedachte 'het lukt vandaag toch niet'.",
            "Re-Fit gebruikt het model anders dan veel methoden die gedachten willen ombuigen. Je probeert gedachten niet weg te praten of te vervangen; ze mogen er zijn. De jongere leert ze op te merken en toch te kiezen voor ander gedrag. Het doen is het ingangspunt, omdat dat het meest direct te beïnvloeden is.",
            "Het model komt in fase 2 voor het eerst aan bod bij Valkuilen en wordt in fase 3 uitgewerkt, vooral bij Regie, waar het stemmingsdagboek het verband tussen stemming en activiteit zichtbaar maakt. Het sluit aan bij het model van Rosmalen: veel instandhouders zijn gedragspatronen.",
        ],
    },
    {
        "slug": "rust-activiteitenschema",
        "naam": "Het rust-activiteitenschema",
        "soort": "schema",
        "samenvatting": "Een dagplanning waarin activiteit en bewuste rust elkaar afwisselen, om van pieken en dalen naar een stabiel ritme te gaan en daarna stap voor stap op te bouwen.",
        "alineas": [
            "Het rust-activiteitenschema is een persoonlijke dagplanning die de jongere samen met de trainer maakt. Activiteiten en vaste, liggende rustmomenten wisselen elkaar af, en er zijn vaste tijden voor opstaan, eten en slapen. Het schema is gebaseerd op het RESET-schema en de methode van stapsgewijze opbouw (graded activity).",
            "Het schema oordeelt niet en gaat uit van wat de jongere doet, niet van hoe de klachten zijn. In fase 2 ligt de nadruk op stabiliteit: een niveau dat ook op een slechte dag haalbaar is. In fase 3 wordt het schema uitgebreid met meer schooltijd, beweging en sociale activiteiten, en in fase 4 laat de jongere het (deels) los.",
            "Het schema start in fase 2. Zorg dat er in die weken geen vakantie valt en herinner de school vooraf aan de afspraken, want in de eerste twee fasen wordt de schooltijd niet uitgebreid. De kleuren uit fase 1 (rood, groen en geel) kun je in het schema blijven gebruiken.",
        ],
    },
    {
        "slug": "out-of-the-box-denken",
        "naam": "Out-of-the-box denken",
        "soort": "denkwijze",
        "samenvatting": "Bewust veel en ongewone oplossingen bedenken om uit vaste patronen te stappen.",
        "alineas": [
            "Jongeren met aanhoudende klachten zien vaak maar twee mogelijkheden: wel of niet, alles of niets. Out-of-the-box denken nodigt uit om verder te kijken. Door bewust veel oplossingen te bedenken, ook vreemde of grappige, ontstaan ideeën die anders nooit op tafel waren gekomen.",
            "Een vaste werkvorm is het bedenken van tien oplossingen voor één lastige situatie, bijvoorbeeld een overgeslagen rustmoment. Na de eerste paar voor de hand liggende ideeën wordt het moeilijk, en juist daar ontstaat creativiteit. Daarna kiest de jongere één oplossing om uit te proberen.",
            "Deze denkwijze komt terug bij Valkuilen, Mogelijkheden en Experimenteren. Ze sluit aan bij oplossingsgericht werken: niet zoeken naar wat er mis is, maar naar wat zou kunnen werken.",
        ],
    },
    {
        "slug": "emmer",
        "naam": "De emmer",
        "soort": "metafoor",
        "samenvatting": "Alles wat spanning en energie kost, komt in dezelfde emmer; hoe voller die is, hoe eerder hij overloopt.",
        "alineas": [
            "De emmer is een verklaringsmodel dat de jongere in fase 1 bij het thema Erkenning zelf invult. Onderin staan de lichamelijke klachten. Daarboven komt alles wat nog meer meespeelt: stress op school, zorgen thuis, slecht slapen, weinig bewegen, een verloren vriendschap. Samen laten ze zien waarom de emmer soms overloopt.",
            "De metafoor helpt om klachten niet als een los raadsel te zien, maar als onderdeel van een geheel. Ook wordt duidelijk waar ruimte te winnen is: sommige dingen in de emmer zijn te beïnvloeden, andere niet. In de deelnemersmap staat een ingevulde emmer van Lot als voorbeeld.",
            "Aan het eind van fase 2 vult de jongere de emmer opnieuw in en legt die naast de eerste, zodat zichtbaar wordt wat er is veranderd. Veel jongeren noemen de emmer achteraf als een van de meest helpende onderdelen van de training.",
        ],
    },
    {
        "slug": "rotonde",
        "naam": "De rotonde",
        "soort": "metafoor",
        "samenvatting": "Op een rotonde zijn meer afslagen dan die ene die je altijd neemt.",
        "alineas": [
            "Gewoontes werken als een rotonde waarop je steeds dezelfde afslag neemt, zonder erbij na te denken. Bij hoofdpijn blijf je in bed, bij moeheid zeg je af. De rotonde laat zien dat er op datzelfde punt nog andere afslagen zijn, die ergens anders uitkomen.",
            "Gebruik de rotonde in fase 3 bij Mogelijkheden om samen alternatieven te verkennen, en in fase 4 bij Balans om te bespreken welke afslagen de jongere kent als het een keer tegenzit. Het is een beeld dat jongeren makkelijk onthouden en ook buiten de gesprekken gebruiken.",
        ],
    },
    {
        "slug": "lepeltheorie",
        "naam": "De lepeltheorie",
        "soort": "metafoor",
        "samenvatting": "Elke dag heb je een beperkt aantal lepels energie, en elke activiteit kost er een paar.",
        "alineas": [
            "Volgens de lepeltheorie begin je elke dag met een vast aantal lepels, die staan voor je energie. Elke activiteit kost lepels: douchen, naar school fietsen, een toets maken, afspreken met vrienden. Wie op een dag alle lepels opmaakt, heeft er de volgende dag minder.",
            "De metafoor maakt tastbaar waarom je een goede dag niet vol moet plannen. Gebruik echte lepels of kaartjes bij het thema Voelen in fase 1, en bij Grenzen in fase 2 om een hele week te verdelen. Let erop dat het beeld niet te statisch wordt: door het schema vol te houden, groeit het aantal lepels langzaam mee.",
        ],
    },
    {
        "slug": "alarmbel",
        "naam": "De alarmbel",
        "soort": "metafoor",
        "samenvatting": "Het lichaam geeft signalen als een alarm; bij aanhoudende klachten staat dat alarm vaak te gevoelig afgesteld.",
        "alineas": [
            "Pijn en vermoeidheid zijn signalen van het lichaam, te vergelijken met een alarmbel. Bij aanhoudende klachten kan dat alarm gevoeliger zijn afgesteld, zodat het al bij kleine prikkels afgaat. De klachten zijn dus echt, maar betekenen niet altijd dat er iets beschadigd is.",
            "De alarmbel helpt jongeren om anders naar hun signalen te kijken. Een vroege alarmbel is een seintje om bij te sturen, bijvoorbeeld met een rustmoment, en niet per se een reden om alles af te zeggen. Deelnemers noemen dit beeld vaak als iets wat hen hielp om vaker naar school te gaan.",
            "Je gebruikt de alarmbel bij Erkenning om uit te leggen waarom klachten echt zijn, bij Grenzen om vroege signalen te herkennen en bij Balans voor de Handleiding voor jezelf. Zo groeit het beeld mee met de training: van uitleg, via herkennen, naar zelf bijsturen.",
        ],
    },
    {
        "slug": "ladder",
        "naam": "De ladder",
        "soort": "metafoor",
        "samenvatting": "Een groot doel bereik je sport voor sport; de eerste sport moet bijna vanzelf lukken.",
        "alineas": [
            "Met de ladder maak je een groot doel haalbaar. Bovenaan staat waar de jongere naartoe wil, zoals weer een hele week naar school of weer sporten met het team. Daaronder komen de tussenstappen, zo klein dat elke sport te overzien is.",
            "De ladder helpt jongeren om vooruit te kijken in plaats van vast te blijven zitten in wat nu niet lukt. Gebruik hem in fase 3 bij Mogelijkheden en Lef, en in fase 4 bij Perspectief. Vraag bij elke sport of die nog kleiner kan, en vier elke sport die gehaald is.",
        ],
    },
]


# Begrippenlijst, alfabetisch.
BEGRIPPEN = [
    {
        "term": "Adviesteam",
        "definitie": "Multidisciplinair team dat adviseert over een aanmelding, bijvoorbeeld met een zorgcoördinator, jeugdarts en gedragswetenschapper. Er zit altijd een ervaren trainer in; heeft de school die niet, dan sluit een ervaren trainer van het landelijke kernteam aan. Bij herhaalde afwezigheid geeft het adviesteam ook advies over doorgaan of verwijzen.",
    },
    {
        "term": "Begeleidingsgesprek",
        "definitie": "Het wekelijkse gesprek van 45 minuten tussen trainer en jongere op de eigen school, met een vaste opbouw: opening, theorie, opdrachten, activiteit en afronding.",
    },
    {
        "term": "Commitment",
        "definitie": "De inzet die de jongere laat zien door volledig deel te nemen aan de bijeenkomsten, de opdrachten te maken en minstens acht uur per week op school te zijn. Commitment is een toelatingscriterium en wordt bij het ijkmoment opnieuw besproken.",
    },
    {
        "term": "Deelnemersmap",
        "definitie": "De map die de jongere bij de start krijgt, met de spreuken, de verhalen van Lot, de praktijkopdrachten en ruimte voor eigen werk.",
    },
    {
        "term": "DVD-model",
        "definitie": "Model dat laat zien hoe denken, voelen en doen elkaar beïnvloeden. Re-Fit begint bij het doen: door ander gedrag te kiezen, veranderen ook gedachten en gevoelens.",
    },
    {
        "term": "Eindverslag",
        "definitie": "Het verslag dat de jongere aan het eind van de training van de trainers krijgt: een deel dat Re-Fit in het algemeen beschrijft en een persoonlijke brief over hoe de jongere begon, welke ontwikkeling de trainers zagen en welke aandachtspunten er zijn voor jongere, ouders en school.",
    },
    {
        "term": "Ervaren trainer",
        "definitie": "Een trainer die al meer dan drie jaar een licentie heeft. Een ervaren trainer zit altijd in het adviesteam en is een van de twee trainers bij de intake.",
    },
    {
        "term": "Graded activity",
        "definitie": "Methode van stapsgewijze opbouw: je begint op een niveau dat altijd haalbaar is en breidt geleidelijk uit, los van hoe de klachten op dat moment zijn. Het rust-activiteitenschema is op deze methode gebaseerd.",
    },
    {
        "term": "Handleiding voor jezelf",
        "definitie": "Het terugvalpreventieplan dat de jongere in fase 4 schrijft, met de vroege signalen, wat eerder hielp en wat de jongere doet bij een terugval.",
    },
    {
        "term": "IJkmoment",
        "definitie": "Het evaluatiemoment aan het eind van fase 1 (week 4/5), in de vorm van een voortgangsgesprek met jongere, ouders en school. Samen wordt opnieuw bekeken of er genoeg commitment is om door te gaan; bij stoppen volgt een vervolgadvies.",
    },
    {
        "term": "Instandhouders",
        "definitie": "Factoren die ervoor zorgen dat klachten blijven bestaan, zoals een inactieve leefstijl, schoolverzuim en een beschermende omgeving. Re-Fit richt zich vooral op inactiviteit als instandhouder die te beïnvloeden is.",
    },
    {
        "term": "Intake",
        "definitie": "Het gesprek met de jongere en de ouders of verzorgers na een positief advies van het adviesteam, gevoerd door twee trainers van wie er minstens één ervaren is. Met een vragenlijst komen vier onderwerpen aan bod: ziekte en ziektebeleving, dagelijks leven, verleden en verwachtingen.",
    },
    {
        "term": "Kwetsbaarheid",
        "definitie": "De mate waarin iemand gevoelig is voor klachten na een uitlokker, bepaald door aanleg en ervaringen in de jeugd. Kwetsbaarheid bepaalt vooral hoe heftig de klachten zijn.",
    },
    {
        "term": "Lotgenoot",
        "definitie": "Iemand die hetzelfde meemaakt. Lot, de verzonnen deelnemer wiens verhaal bij elk thema terugkomt, dankt haar naam aan dit woord.",
    },
    {
        "term": "MAZL",
        "definitie": "Meer Aandacht voor Ziekgemelde Leerlingen: een werkwijze waarmee scholen samen met de jeugdgezondheidszorg ziekteverzuim vroeg signaleren. De school komt in actie na de vierde ziekmelding binnen twaalf weken of vanaf de zevende aaneengesloten schooldag.",
    },
    {
        "term": "Out-of-the-box denken",
        "definitie": "Bewust veel en ongewone oplossingen bedenken om uit vaste patronen te stappen, bijvoorbeeld door tien oplossingen voor één lastige situatie te zoeken.",
    },
    {
        "term": "Psycho-educatie",
        "definitie": "Uitleg over hoe klachten ontstaan en in stand blijven, zodat de jongere begrijpt wat er gebeurt en er een gezamenlijke taal ontstaat. In elke bijeenkomst hoort er uitleg over pijn en vermoeidheid bij het thema.",
    },
    {
        "term": "Rust-activiteitenschema",
        "definitie": "Dagplanning waarin activiteit en bewuste rustmomenten elkaar afwisselen. De jongere begint ermee in fase 2, breidt het uit in fase 3 en laat het in fase 4 (deels) los.",
    },
    {
        "term": "Spreuk",
        "definitie": "Korte uitspraak waarmee elk thema opent. De spreuk vat de kern van het thema in een paar woorden samen en staat ook in de deelnemersmap.",
    },
    {
        "term": "Trainerskompas",
        "definitie": "De handleiding voor Re-Fit-trainers, met de fasen, de thema's, de activiteiten en de achtergrond van de training.",
    },
    {
        "term": "Uitlokkers",
        "definitie": "Gebeurtenissen die klachten in gang zetten, zoals een ziekte, een blessure of stress door problemen thuis of op school. Iedereen krijgt ermee te maken.",
    },
    {
        "term": "Werkagenda",
        "definitie": "Het plan van aanpak dat een cursist tijdens de trainerscursus schrijft om Re-Fit in de eigen organisatie in te voeren. De werkagenda wordt besproken met de opleider en tijdens de intervisiemomenten.",
    },
    {
        "term": "Werkovereenkomst",
        "definitie": "De afspraak die de jongere aan het eind van fase 1 ondertekent om te laten zien dat hij of zij met vertrouwen doorgaat met de training.",
    },
]


# Openbare startpagina voor scholen en verwijzers.
HOME = {
    "titel": "Re-Fit: weer naar school, ook met klachten",
    "intro": "Re-Fit is een trainingsprogramma op school voor jongeren van 12 tot 20 jaar die door aanhoudende lichamelijke klachten steeds vaker verzuimen. In veertien weken werkt een gecertificeerde trainer met de leerling aan erkenning, rust en ritme, en daarna aan stap voor stap weer meedoen. Hier lees je voor wie Re-Fit bedoeld is, hoe het werkt en hoe je een leerling aanmeldt.",
    "secties": [
        {
            "kop": "Wat is Re-Fit?",
            "alineas": [
                "Re-Fit is een onderwijsprogramma, geen zorgprogramma. Het helpt jongeren met langdurige klachten zoals hoofdpijn, buikpijn of vermoeidheid om grip te krijgen op die klachten en weer te functioneren, ook als de klachten er nog zijn. De training vindt plaats op de eigen school, zodat wat de leerling leert meteen in de schoolpraktijk terechtkomt.",
                "Re-Fit zoekt niet naar de oorzaak van de klachten. De training begint bij erkenning en richt zich daarna op activeren: een vast ritme, rust op de juiste momenten en het geleidelijk uitbreiden van school en andere activiteiten. Het doel is een stabiele schoolgang en een leerling die weet wat te doen als het tegenzit.",
            ],
        },
        {
            "kop": "Voor wie?",
            "alineas": [
                "Re-Fit is bedoeld voor leerlingen van 12 tot ongeveer 20 jaar in het vo en het mbo. Ze hebben al langere tijd lichamelijke klachten, verklaard of niet, en verzuimen meer dan 10 procent, terwijl het eigen plan van aanpak van de school onvoldoende heeft geholpen. De klachten staan de schoolvoortgang in de weg.",
                "Vaak zitten of liggen deze leerlingen een groot deel van de dag, bewegen ze weinig of voelen ze zich eenzaam. De leerling moet bereid zijn om aan alle bijeenkomsten mee te doen, de opdrachten te maken en minstens acht uur per week op school te zijn. Voor het praktijkonderwijs is er de variant Re-Fit Do-It; voor het (Z)ML is Re-Fit niet geschikt.",
            ],
        },
        {
            "kop": "Hoe werkt het?",
            "alineas": [
                "De training duurt veertien weken en bestaat uit vier fasen: Erkennen, Stabiliteit en rust, Verandering, en Integratie en toekomst. Elke week heeft de leerling een gesprek van 45 minuten met de trainer op school, en tussendoor werkt hij of zij aan opdrachten.",
                "Ouders en school krijgen minstens eens per twee weken een bericht over de voortgang. Na de eerste fase is er een voortgangsgesprek en aan het eind een eindgesprek met leerling, ouders en school. Zijn er meerdere leerlingen, dan kan Re-Fit ook als groepstraining worden gegeven.",
            ],
        },
        {
            "kop": "Een leerling aanmelden",
            "alineas": [
                "De zorg- of ondersteuningscoördinator van de school meldt een leerling aan via het aanmeldformulier in dit portaal. Een multidisciplinair adviesteam, altijd met een ervaren trainer, bespreekt de aanmelding.",
                "Bij een positief advies volgt een intake door twee trainers met de leerling en de ouders of verzorgers. Daarna nemen leerling, ouders en trainers een besluit, dat in een telefoongesprek wordt besproken. Start de leerling niet, dan volgt een advies voor het vervolg.",
            ],
        },
        {
            "kop": "Resultaten",
            "alineas": [
                "In 2024 vulden 18 deelnemers aan het eind van de training een vragenlijst in. De meesten gaven aan minder last van hun klachten te hebben en vaker naar school te gaan, en daar waren ze ook het meest trots op. Hieronder zie je de belangrijkste uitkomsten.",
            ],
        },
        {
            "kop": "Een licentie controleren",
            "alineas": [
                "Iedere Re-Fit-trainer heeft de trainerscursus gevolgd, praktijkervaring opgedaan en een licentie gekregen met een eigen licentienummer. Om die licentie te houden, volgt een trainer elk jaar minstens één professionaliseringsbijeenkomst.",
                "Wil je als school zeker weten dat een trainer bevoegd is? Vul het licentienummer in op de controlepagina van dit portaal; je ziet dan direct of de licentie geldig is.",
            ],
        },
    ],
    "resultaten": [
        {
            "cijfer": "78%",
            "label": "heeft minder last van de lichamelijke klachten; evenveel deelnemers gaan weer vaker naar school",
        },
        {
            "cijfer": "67%",
            "label": "heeft meer vertrouwen dat de school hen na de training verder kan begeleiden",
        },
        {"cijfer": "67%", "label": "onderneemt buiten school weer meer activiteiten, zoals sport en hobby's"},
        {"cijfer": "83%", "label": "is meer tevreden met het eigen leven dan bij de start"},
        {"cijfer": "7,4", "label": "gemiddeld cijfer voor hoe trots deelnemers zijn op wat ze bereikten"},
        {"cijfer": "87%", "label": "vindt dat Re-Fit precies paste bij wat ze nodig hadden"},
    ],
    "resultaten_bron": "Bron: vragenlijst onder 18 deelnemers aan het eind van de training, 2024.",
}
