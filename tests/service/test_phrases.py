"""Everyday phrasings stand for the reports' terms (service.answer.phrases)."""

from __future__ import annotations

import pytest

from service.answer.phrases import report_terms


def test_everyday_phrases_stand_for_the_reports_terms() -> None:
    from service.answer.phrases import report_terms
    from service.answer.reading import read_question

    assert report_terms("Varför gick enheten back 2016?") == ("underskott",)
    assert report_terms("Varför höll sig enheten inte inom budgeten?") == ("underskott",)
    assert report_terms("Vilka enheter överskred budgeten?") == ("underskott",)
    assert report_terms("Vilka enheter har problem med att personalen slutar?") == (
        "personalomsättning",
    )
    assert report_terms("Höll enheten budgeten?") == ("budget i balans",)  # not "underskott"
    assert report_terms("Varför blev det plus 2017?") == ("överskott",)
    assert report_terms("Med hur stort ekonomiskt minus går enheten in i 2022?") == ("underskott",)
    assert report_terms("Hur många plus-poäng fick enheten?") == ()
    back = "Hur många familjer kom tillbaka till socialtjänsten efter insatsen?"
    assert report_terms(back) == ("återaktualisering",)
    assert report_terms("Blev barnen aktuella igen inom ett år?") == ("återaktualisering",)
    assert report_terms("How many children came back within a year?") == ("återaktualisering",)
    assert report_terms("Kom tonåringarna till fritidsgården?") == ()
    indicator = "Hur stor andel barn är inte aktuella igen 12 månader efter avslutad insats?"
    assert report_terms(indicator) == ()  # the indicator's words, not re-referrals
    assert report_terms("Hur många som inte blir aktuella igen?") == ()
    q = read_question("Vad låg bakom att enheten inte höll sig inom budgeten 2016?")
    assert "underskott" in q.topic.terms and "underskott" in q.text
    assert "underskott" not in q.topic.display


def test_more_everyday_phrases_stand_for_the_reports_terms() -> None:
    from service.answer.phrases import report_terms

    assert report_terms("Hur mycket ligger Vuxenenheten back med inför året?") == ("underskott",)
    assert report_terms("Låg enheten fortfarande back?") == ("underskott",)
    assert report_terms("Vad låg bakom att de kom tillbaka?") == (  # no "back"
        "återaktualisering",
        "orsak",
    )
    assert report_terms("Hur många familjer saknar bostad i stadsdelen?") == ("hemlöshet",)
    assert report_terms("Hur många var utan tak över huvudet?") == ("hemlöshet",)
    assert report_terms("Hur många barn togs om hand av nämnden?") == ("omhändertagande",)
    assert report_terms("Placerades ungdomarna med tvång?") == ("LVU",)
    assert report_terms("Hur många fast anställda har Familjeenheten?") == ("tillsvidareanställda",)
    assert report_terms("Hur ofta har något gått snett i handläggningen?") == ("avvikelse",)
    assert report_terms("Hur fastställer familjerätten vem som är pappa?") == ("faderskap",)
    assert report_terms("Hur fast är rutinen?") == ()
    assert report_terms("Går det att boka tid?") == ()


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Vilken hjälp får kvinnor som utsätts för våld i familjen?", "våld i nära relation"),
        ("Kan man bli vräkt om man inte betalar hyran?", "avhysning"),
        ("Vart kan jag vända mig för att klaga på min socialsekreterare?", "klagomål"),
        ("Hur hjälper familjerätten föräldrar att komma överens om barnen?", "samarbetssamtal"),
        ("Vad finns det för stöd till den som dricker för mycket?", "missbruk"),
        ("Hur många ungdomar kom hit utan sina föräldrar?", "ensamkommande"),
        ("Får man pengar till mat och hyra från socialen?", "ekonomiskt bistånd"),
        ("Hur ofta var personalen sjuk förra året?", "sjukfrånvaro"),
        # fortieth round, written from the corpus vocabulary without reading any question
        # set: staff, disability services, parents, economy, children in care, violence,
        # quality
        (
            "Får socialsekreterarna på enheten stöd i svåra ärenden?",
            "handledning",
        ),
        ("Hur tas nya medarbetare emot på enheten?", "introduktion"),
        ("Får nyanställda på enheten en fadder?", "mentor"),
        ("Får personalen på enheten gå på kurser?", "kompetensutveckling"),
        ("Kan personalen på enheten jobba hemifrån?", "arbeta hemifrån"),
        ("Hur trivs personalen på enheten?", "medarbetarenkät"),
        ("Får personalen på enheten träna på arbetstid?", "friskvård"),
        (
            "Hyrde enheten in socialsekreterare från bemanningsföretag?",
            "konsultkostnader",
        ),
        (
            "Vad finns det för jobb för personer med funktionsnedsättning hos enheten?",
            "daglig verksamhet",
        ),
        (
            "Kan min dotter med funktionsnedsättning få någon som följer med på bio genom enheten?",
            "ledsagning",
        ),
        (
            "Finns det avlastning för föräldrar till barn med funktionsnedsättning hos enheten?",
            "avlösarservice",
        ),
        (
            "Kan min son få en egen assistent genom enheten?",
            "personlig assistans",
        ),
        ("Kan enheten ge hjälp att sköta lägenheten?", "boendestöd"),
        (
            "Finns det en plan för hur insatsen ska genomföras hos enheten?",
            "genomförandeplan",
        ),
        ("Finns det stöd till anhöriga hos enheten?", "anhörigstöd"),
        (
            "Gör enheten en gemensam plan med BUP och skolan?",
            "samordnad individuell plan",
        ),
        ("Kan hela familjen få samtal hos enheten?", "familjebehandling"),
        ("Involverar enheten släkt och vänner i arbetet?", "nätverk"),
        (
            "Erbjuder enheten övervakat umgänge?",
            "umgängesstöd",
        ),
        ("Kan jag få någon att prata med hos enheten?", "stödsamtal"),
        (
            "Kan min son få en vuxen kompis att göra saker med via enheten?",
            "kontaktperson",
        ),
        ("Hur tror Familjeenheten på Kungsholmen att året slutar ekonomiskt?", "prognos"),
        ("Anlitar enheten privata företag för behandling?", "ramavtal"),
        (
            "Hur kontrollerar Familjeenheten på Kungsholmen att handläggarna följer rutinerna?",
            "internkontroll",
        ),
        ("Går enheten igenom akterna i efterhand?", "aktgranskning"),
        ("Får man valuta för pengarna hos enheten?", "kostnadseffektiv"),
        (
            "Kan man välja själv vilket företag som ger hjälpen via enheten?",
            "valfrihetssystem",
        ),
        ("Hur många barn har enheten placerat i tillfälliga familjehem?", "jourhem"),
        ("Hur många ungdomar har enheten placerat på ungdomshem?", "HVB"),
        ("Hur många ungdomar bor i lägenhet med stöd via enheten?", "stödboende"),
        ("Hur många familjehem har fått ta över vårdnaden hos enheten?", "vårdnadsöverflyttning"),
        (
            "Hur utreder enheten vem som ska ha vårdnaden om barnet?",
            "vårdnadsutredning",
        ),
        ("Har enheten vuxna som rör sig ute bland ungdomar på kvällarna?", "fältassistenter"),
        ("Finns det ställen där ungdomar kan hänga på kvällarna enligt enheten?", "fritidsgård"),
        ("Har enheten en socialsekreterare på skolan?", "skolsocionom"),
        ("Vilken behandling får man medan ungdomen bor kvar hemma hos enheten?", "öppenvård"),
        ("Hur många ungdomar har dömts till samhällstjänst hos enheten?", "ungdomstjänst"),
        ("Hur många unga mår psykiskt dåligt enligt enheten?", "psykisk ohälsa"),
        (
            "Använder enheten samtal för att motivera klienter att förändra sig?",
            "motiverande samtal",
        ),
        (
            "Hur arbetar enheten med att färre ska vara rädda för att gå ut på kvällen?",
            "trygghet",
        ),
        ("Vad gör enheten för att göra området tryggare?", "trygghetsskapande"),
        ("Vilken hjälp får män som slår av enheten?", "våldsutövare"),
        (
            "Gör enheten en plan för barnets säkerhet när det finns våld hemma?",
            "säkerhetsplanering",
        ),
        ("Hur bedömer enheten risken att en ungdom begår nya brott?", "riskbedömning"),
        (
            "Hur ska personalen på enheten rapportera missförhållanden?",
            "Lex Sarah",
        ),
        ("Hur mycket av det som sägs skrivs ner hos enheten?", "dokumentation"),
        (
            "Hur lång tid tar det att få beslut om ekonomiskt bistånd hos enheten?",
            "handläggningstid",
        ),
        ("Hur undersöker enheten en familj efter en anmälan?", "utredning"),
        ("Hur ofta blir socialsekreterarna på enheten hotade?", "hot och våld"),
        (
            "Vilken hjälp ger enheten till föräldrar som slår sina barn?",
            "våld mot barn",
        ),
        # forty-first round, written the same way: economy, staff, ways of working, participation
        ("Höll Familjeenheten på Östermalm budgeten 2017?", "budget i balans"),
        ("Fick Familjeenheten på Östermalm in några pengar från hyror 2017?", "intäkter"),
        ("Hur mycket kostade personalen på Familjeenheten på Östermalm 2017?", "personalkostnader"),
        ("Fick Familjeenheten på Östermalm extra pengar från staten 2017?", "stimulansmedel"),
        (
            "Hur ofta träffas hela personalgruppen på Vuxenenheten på Kungsholmen?",
            "arbetsplatsträff",
        ),
        (
            "Har medarbetarna på Familjeenheten på Östermalm ett årligt samtal med chefen?",
            "medarbetarsamtal",
        ),
        ("Hur gör Familjeenheten på Östermalm för att hitta nya socialsekreterare?", "rekrytering"),
        ("Hade Familjeenheten på Östermalm tomma tjänster under hösten 2017?", "vakans"),
        ("Hur ska Familjeenheten på Kungsholmen behålla erfaren personal?", "kompetensförsörjning"),
        (
            "Förekommer mobbning på jobbet på Familjeenheten på Östermalm?",
            "kränkande särbehandling",
        ),
        ("Hur leder cheferna arbetet på Familjeenheten på Östermalm?", "ledarskap"),
        ("Tar Familjeenheten på Östermalm emot socionomstudenter?", "verksamhetsförlagd"),
        ("Hur går första kontakten med Vuxenenheten på Kungsholmen till?", "mottagning"),
        ("Hur söker Vuxenenheten upp missbrukare på Kungsholmen?", "uppsökande"),
        (
            "Finns det grupper för barn som har skilda föräldrar på Familjeenheten på Östermalm?",
            "gruppverksamhet",
        ),
        ("Erbjuder Familjeenheten på Östermalm kurser för föräldrar?", "föräldrastöd"),
        (
            "Får barnen vara med och bestämma om sina insatser på Familjeenheten på Östermalm?",
            "delaktighet",
        ),
        ("Hur gör Familjeenheten på Östermalm när föräldrarna inte kan svenska?", "tolk"),
        ("Hur blir man bemött av personalen på Familjeenheten på Östermalm?", "bemötande"),
        ("Är det svårt att nå sin handläggare på Vuxenenheten på Kungsholmen?", "tillgänglighet"),
        ("Hur mäter Familjeenheten på Östermalm om målen nås?", "indikator"),
        (
            "Hur många klienter på Vuxenenheten på Kungsholmen kan försörja sig själva idag?",
            "självförsörjande",
        ),
        # disability services, work, children's rights, digital ways of working, the environment
        (
            "Vilket stöd ger Vuxenenheten på Kungsholmen till psykiskt sjuka vuxna?",
            "socialpsykiatri",
        ),
        (
            "Kan brukare hos Enheten för stöd och service i hemmet på Kungsholmen få stöd av "
            "någon som själv har haft psykisk ohälsa?",
            "Peer Support",
        ),
        (
            "Hur många gruppboenden för vuxna med funktionsnedsättning har Enheten för stöd och "
            "service i hemmet på Kungsholmen?",
            "servicebostad",
        ),
        (
            "Vad kostar resorna till och från daglig verksamhet för Biståndsbedömning, "
            "funktionsnedsättning på Kungsholmen?",
            "turbundna resor",
        ),
        ("Använder Enheten för sysselsättning på Kungsholmen bildstöd för brukarna?", "hjälpmedel"),
        (
            "Vem är det som bestämmer vilken hjälp man får hos Biståndsbedömning, "
            "funktionsnedsättning på Kungsholmen?",
            "biståndshandläggare",
        ),
        (
            "Vilken hjälp att hitta ett jobb erbjuder Vuxenenheten på Kungsholmen sina klienter?",
            "arbetsmarknad",
        ),
        (
            "Erbjuder förvaltningen praktikplatser för arbetslösa, enligt Vuxenenheten på "
            "Kungsholmen?",
            "praktikplatser",
        ),
        (
            "Hur hjälper Enheten för stöd och service i hemmet på Kungsholmen personer med "
            "psykisk funktionsnedsättning att få ett vanligt jobb?",
            "Supported Employment",
        ),
        ("Hur går det till att adoptera ett barn via Familjeenheten på Östermalm?", "adoption"),
        (
            "Hur ser Familjeenheten på Östermalm till att besluten blir det som är bäst för "
            "barnet?",
            "barnets bästa",
        ),
        ("Hur arbetar Familjeenheten på Östermalm med barns rättigheter?", "barnkonventionen"),
        (
            "Utreder Vuxenenheten på Kungsholmen hur ett beslut påverkar barnen i familjen?",
            "barnkonsekvensanalys",
        ),
        (
            "Hur ser Vuxenenheten på Kungsholmen till att barnen inte glöms bort när en förälder "
            "får hjälp?",
            "barnperspektiv",
        ),
        ("Finns det någon på Vuxenenheten på Kungsholmen som bevakar barnfrågor?", "barnombud"),
        (
            "Har Biståndsbedömning, funktionsnedsättning på Kungsholmen haft möten med brukarna "
            "via video under pandemin?",
            "digitala möten",
        ),
        (
            "Använder Enheten för stöd och service i hemmet på Kungsholmen tekniska hjälpmedel "
            "för brukarna?",
            "välfärdsteknik",
        ),
        ("Serverar Familjeenheten på Kungsholmen mat utan kött på sina möten?", "vegetarisk"),
        (
            "Hur minskar Enheten för stöd och service i hemmet på Kungsholmen giftiga ämnen i "
            "verksamheten?",
            "kemikalier",
        ),
        ("Hur mycket mat slänger Enheten för sysselsättning på Kungsholmen?", "matsvinn"),
        (
            "Vilka aktiviteter finns för unga under sommarlovet hos Barn- och ungdomsenheten i "
            "Hägersten-Liljeholmen?",
            "sommarlov",
        ),
        ("Föreläser Familjeenheten på Kungsholmen för elever om våld?", "skolföreläsning"),
        # housing steps, addiction, youth crime, meeting places, civil society, information
        ("Kan man få en lägenhet på prov genom Vuxenenheten på Kungsholmen?", "försökslägenhet"),
        (
            "Hur många fick ta över kontraktet på sin lägenhet hos Vuxenenheten på Kungsholmen?",
            "eget kontrakt",
        ),
        (
            "Kan hemlösa få en lägenhet utan krav på att de är drogfria hos Vuxenenheten?",
            "bostad först",
        ),
        ("Kan hemlösa få en akut sovplats via Vuxenenheten på Kungsholmen?", "härbärge"),
        (
            "Kan ungdomar på Familjeenheten på Östermalm öva på att bo själva efter placeringen?",
            "träningslägenhet",
        ),
        ("Erbjuder Vuxenenheten på Kungsholmen behandling enligt tolv steg?", "12-steg"),
        ("Hur hjälper Vuxenenheten på Kungsholmen klienter att hålla sig nyktra?", "nykterhet"),
        ("Hur många vuxna tvångsvårdades för missbruk via Vuxenenheten på Kungsholmen?", "LVM"),
        (
            "Vilket stöd ger Vuxenenheten på Kungsholmen till den som spelar bort sina pengar?",
            "spelmissbruk",
        ),
        ("Vad gör Familjeenheten på Östermalm när ungdomar röker på?", "narkotika"),
        ("Hur många unga snusar enligt Barn- och ungdomsenheten i Hägersten-Liljeholmen?", "tobak"),
        ("Hur hjälper Vuxenenheten på Kungsholmen den som vill lämna gänget?", "avhoppare"),
        (
            "Vad gör Barn- och ungdomsenheten i Hägersten för ungdomar på väg in i kriminalitet?",
            "social insatsgrupp",
        ),
        ("Finns det ställen där äldre kan träffas i Hägersten-Liljeholmen?", "mötesplats"),
        (
            "Finns det ett café för ungdomar i Gröndal enligt Barn- och ungdomsenheten?",
            "ungdomscafé",
        ),
        ("Samarbetar Familjeenheten på Östermalm med ideella organisationer?", "civilsamhälle"),
        (
            "Stöttar stadsdelen Hägersten-Liljeholmen föräldrar som går ute på helgkvällarna?",
            "nattvandring",
        ),
        ("Får nya klienter på Vuxenenheten på Kungsholmen skriftlig information?", "broschyr"),
        ("Vilken information har Familjeenheten på Östermalm på stadens webbplats?", "hemsida"),
        (
            "Hur sprider Familjeenheten på Östermalm information om våld till unga?",
            "informationsinsats",
        ),
        ("Vilket stöd får föräldrar till trotsiga barn på Familjeenheten på Östermalm?", "Komet"),
        (
            "Vilket program finns för föräldrar till tonåringar på Familjeenheten på Östermalm?",
            "ABC",
        ),
        ("Kan man få hjälp med sina skulder hos Vuxenenheten på Kungsholmen?", "skuldrådgivning"),
        (
            "Kan föräldrar få några samtal hos Familjeenheten på Östermalm utan att ansöka?",
            "råd- och stödsamtal",
        ),
        ("Får barn hjälp att bearbeta våldet hemma hos Familjeenheten på Östermalm?", "Trappan"),
        # decisions, support persons, health-care partners, family law, emergencies, money
        (
            "Hur fattar Vuxenenheten på Kungsholmen beslut om enskilda personers stöd?",
            "myndighetsutövning",
        ),
        ("Vilka insatser kräver ett beslut från Vuxenenheten på Kungsholmen?", "biståndsbedömda"),
        (
            "Hur följer Vuxenenheten på Kungsholmen upp hjälpen som brukarna har fått beviljad?",
            "beviljade insatser",
        ),
        (
            "Kan barn på Familjeenheten på Östermalm få vara hos en annan familj någon helg i "
            "månaden?",
            "kontaktfamilj",
        ),
        ("Samarbetar Familjeenheten på Kungsholmen med barnavårdscentralen?", "BVC"),
        ("Samarbetar Familjeenheten på Kungsholmen med barnmorskorna på mödravården?", "MVC"),
        ("Samarbetar Familjeenheten på Kungsholmen med psykiatrin för barn och unga?", "BUP"),
        (
            "Samarbetar Vuxenenheten på Kungsholmen med psyket när någon skrivs ut?",
            "vuxenpsykiatri",
        ),
        ("Samarbetar Vuxenenheten på Kungsholmen med beroendemottagningen?", "beroendevård"),
        (
            "Samarbetar Barn- och ungdomsenheten i Hägersten-Liljeholmen med mottagningen för "
            "unga som dricker eller tar droger?",
            "Maria Ungdom",
        ),
        ("Samarbetar Vuxenenheten på Kungsholmen med husläkarna?", "vårdcentral"),
        (
            "Hur många föräldrar på Familjeenheten på Kungsholmen slåss om vårdnaden?",
            "vårdnadstvist",
        ),
        (
            "Hur utreder Familjeenheten på Kungsholmen hur ofta pappan ska få träffa barnen?",
            "umgängesutredning",
        ),
        (
            "Hur bedömer Familjeenheten på Kungsholmen om ett barn är säkert hemma?",
            "skyddsbedömning",
        ),
        ("Kan Familjeenheten på Kungsholmen ingripa direkt när ett barn far illa?", "akut"),
        (
            "Har Vuxenenheten på Kungsholmen en lägenhet för kvinnor som flytt från våld?",
            "jourlägenhet",
        ),
        (
            "Hjälper Vuxenenheten på Kungsholmen våldsutsatta att anmäla till polisen?",
            "polisanmälan",
        ),
        ("Hur går barnförhör till när Familjeenheten på Kungsholmen är inblandad?", "Barnahus"),
        (
            "Får våldsutsatta stöd under rättegången från Vuxenenheten på Kungsholmen?",
            "rättsprocessen",
        ),
        (
            "Vilket stöd får familjer som är nya i Sverige av Familjestödsenheten i Spånga-Tensta?",
            "nyanlända",
        ),
        (
            "Hur hjälper Vuxenenheten på Kungsholmen personer som inte har betalat hyran?",
            "hyresskulder",
        ),
        ("Hur många på Vuxenenheten på Kungsholmen har levt på bidrag länge?", "försörjningsstöd"),
        ("Ger Vuxenenheten på Kungsholmen hjälp att hitta en bostad?", "bosamordnare"),
        # forty-second round, written the same way: housing, digital work and records,
        # newly arrived families; young people's own words
        (
            "Vad gör Vuxenenheten på Kungsholmen för att förhindra vräkningar?",
            "vräkningsförebyggande",
        ),
        (
            "Visar Vuxenenheten på Kungsholmen hur man ställer sig i kö för en lägenhet?",
            "bostadsköer",
        ),
        (
            "Hur jobbar Vuxenenheten på Kungsholmen med folk som hyr ut sin lägenhet svart?",
            "andrahandsuthyrning",
        ),
        ("Samarbetar Vuxenenheten på Kungsholmen med fastighetsägarna i området?", "hyresvärdar"),
        (
            "Hur många hemlösa finns det i Vuxenenhetens område på Kungsholmen?",
            "hemlöshetsräkningen",
        ),
        ("Har Vuxenenheten på Kungsholmen någon kurs i hur man sköter en lägenhet?", "boendekurs"),
        (
            "Hur hjälper Familjeenheten på Östermalm barnfamiljer som bor trångt hos släktingar?",
            "osäkra boendeförhållanden",
        ),
        (
            "Vilket journalsystem använder Enheten för stöd och service i hemmet på Kungsholmen?",
            "ParaSol",
        ),
        (
            "Vilket it-system använder Vuxenenheten på Kungsholmen när någon skrivs ut från "
            "sjukhuset?",
            "Lifecare",
        ),
        (
            "Kan barn i familjehem hos Familjeenheten på Östermalm svara på frågor i en app?",
            "Viewpoint",
        ),
        (
            "Skickar Vuxenenheten på Kungsholmen en påminnelse i mobilen innan besöket?",
            "sms-påminnelse",
        ),
        (
            "Försöker Enheten för stöd och service i hemmet skriva ut mindre för miljöns skull?",
            "pappersförbrukningen",
        ),
        (
            "Hur ofta ska stödpersonerna på Enheten för sysselsättning skriva journal?",
            "journalföring",
        ),
        ("Hur samlar man in siffror på Vuxenenheten på Kungsholmen?", "statistik"),
        (
            "Hur många ungdomar besöker gården som Enheten för prevention och familjebehandling "
            "driver?",
            "besöksstatistik",
        ),
        (
            "Var hittar personalen på Vuxenenheten på Kungsholmen rutinerna på den interna "
            "hemsidan?",
            "intranät",
        ),
        (
            "Har Vuxenenheten på Kungsholmen gått över till mer digitala arbetssätt?",
            "digitalisering",
        ),
        ("Kan man kontakta Vuxenenheten på Kungsholmen via mejl?", "kontaktvägar"),
        ("Har Familjeenheten på Östermalm tips till föräldrar på nätet?", "digitalt föräldrastöd"),
        ("Kan man göra en anmälan via nätet till Familjeenheten på Östermalm?", "digitalisera"),
        ("Hjälper Vuxenenheten på Kungsholmen klienter att lära sig svenska?", "svenskkunskaper"),
        (
            "Får personer födda utomlands särskilt stöd av Vuxenenheten på Kungsholmen?",
            "utrikesfödda",
        ),
        (
            "Vad händer med placeringen när ett barn på Familjeenheten på Östermalm får avslag "
            "på sin asylansökan?",
            "Migrationsverket",
        ),
        ("Behandlar Familjeenheten på Östermalm alla lika oavsett hudfärg?", "etnisk tillhörighet"),
        (
            "Vad gör Familjeenheten på Östermalm när tonåringar super sig fulla på helgerna?",
            "alkohol",
        ),
        (
            "Vad gör Enheten för prevention och familjebehandling på Kungsholmen när unga "
            "knaprar tabletter?",
            "narkotika",
        ),
        (
            "Vad händer hos Barn- och ungdomsenheten i Hägersten-Liljeholmen när en 15-åring "
            "åker fast för första gången?",
            "allvarssamtal",
        ),
        (
            "Hur arbetar Barn- och ungdomsenheten i Hägersten-Liljeholmen med kriminella ungdomar?",
            "unga lagöverträdare",
        ),
        (
            "Vad gör Barn- och ungdomsenheten i Hägersten-Liljeholmen åt ungdomar som klottrar?",
            "skadegörelse",
        ),
        ("Hur hjälper Familjeenheten på Östermalm tonåringar som skippar skolan?", "skolfrånvaro"),
        (
            "Hur hjälper Familjestödsenheten i Spånga-Tensta familjehemsplacerade barn att klara "
            "skolan?",
            "skolgång",
        ),
        ("Har Familjestödsenheten i Spånga-Tensta något för queera ungdomar?", "HBTQ"),
        (
            "Får man samma bemötande hos Familjeenheten på Östermalm oavsett vem man är kär i?",
            "sexuell läggning",
        ),
        (
            "Hur bemöter Familjeenheten på Östermalm en ungdom som känner sig född i fel kropp?",
            "könsidentitet",
        ),
        (
            "Vad kan Familjeenheten på Östermalm göra när föräldrarna bråkar hela tiden?",
            "konflikter",
        ),
        (
            "Vad gör Familjeenheten på Östermalm om en tonåring berättar att hen blir slagen "
            "hemma?",
            "våld mot barn",
        ),
        ("Vad erbjuder Familjeenheten på Östermalm föräldrar till tonåringar?", "tonårsföräldrar"),
        (
            "Vad gör Familjeenheten på Östermalm om en tjej inte får ha pojkvän för familjen?",
            "hedersrelaterat våld",
        ),
        ("Vart vänder sig en deppig tonåring hos Familjeenheten på Östermalm?", "psykisk ohälsa"),
        ("Har Familjeenheten på Kungsholmen en rutin om en ungdom pratar om självmord?", "suicid"),
        ("Hur ofta ska min soc träffa mig hos Familjeenheten på Östermalm?", "socialsekreterare"),
        ("Kan soc ta mina barn hos Familjeenheten på Östermalm?", "placering"),
        (
            "Vad händer hos Familjeenheten på Östermalm när någon ringer soc om grannens barn?",
            "orosanmälningar",
        ),
        (
            "Har Enheten för prevention och familjebehandling på Kungsholmen fritids för "
            "tonåringar?",
            "fritidsgård",
        ),
        (
            "Var kan unga testa sig för klamydia enligt Barn- och ungdomsenheten i "
            "Hägersten-Liljeholmen?",
            "ungdomsmottagning",
        ),
        (
            "Vad gör Familjeenheten på Kungsholmen åt sugardejting bland unga tjejer?",
            "Suger dejting",
        ),
        (
            "Vad gör Familjeenheten på Östermalm om en tonåring dras in i extrema grupper?",
            "våldsbejakande extremism",
        ),
        (
            "Hur samarbetar skolan, soc och polisen hos Enheten för prevention och "
            "familjebehandling på Kungsholmen?",
            "SSP",
        ),
        # a clipped "soc" is read as written ("socialtjänsten") before phrases are matched
        ("Har familjen levt på socialtjänsten i flera år?", "försörjningsstöd"),
        # forty-third round, the same way: housing in a crisis, violence told in the first
        # person, contact, separation, a parent's illness, pregnancy and babies
        ("Jag har ingenstans att bo – kan Vuxenenheten på Kungsholmen hjälpa mig?", "hemlösa"),
        ("Min man slår mig, kan Vuxenenheten på Kungsholmen hjälpa mig?", "våldsutsatt"),
        ("Hur många föräldrar hörde av sig till Familjeenheten på Östermalm 2021?", "ringt"),
        ("Vi har skilt oss och bråkar om allt – kan Familjerätten hjälpa oss?", "separerade"),
        ("Min mamma är psykiskt sjuk, får jag stöd av Familjeenheten?", "psykisk ohälsa"),
        ("Vilket stöd ger Familjeenheten till unga tjejer som väntar barn?", "gravida"),
        # forty-fourth round, the same way: disability support told by families,
        # administration and premises, children's rights, money and follow-up
        ("Kan man komma in med rullstol på fritidsgården Kuggen?", "tillgänglighet"),
        (
            "Finns det någon som kan passa vår dotter några timmar så att vi kan vila?",
            "avlösarservice",
        ),
        ("Kan min syster få någon som håller henne sällskap ibland?", "kontaktperson"),
        ("Händer det att enheten köper saker utanför avtalen?", "avsteg från ramavtal"),
        ("Hur tar sig socialsekreterarna till hembesök?", "resor i tjänsten"),
        ("Frågar handläggarna barnet vad det själv vill?", "barnets röst"),
        ("Vad ska enheten göra åt underskottet?", "åtgärdsplan"),
        ("Vad rapporterar enheten var fjärde månad om sjukfrånvaron?", "tertialrapport"),
        # forty-fifth round, the same way: treatment in clinical words, the neighbourhood as
        # residents tell it, money and staffing, planning and follow-up
        ("Erbjuds terapi för hela familjen?", "familjeterapi"),
        ("Fyller klienterna i en enkät när behandlingen är slut?", "avslutningsenkät"),
        ("Frågar socialsekreterarna alla klienter om våld?", "FREDA"),
        ("Finns det lekplatser med personal i stadsdelen?", "parklek"),
        ("Är det många ungdomar som är ute sent på kvällarna?", "kvällstid"),
        ("Har många socialsekreterare sagt upp sig?", "personalomsättning"),
        ("Hur förklarar enheten resultatet?", "analys"),
        ("Granskar socialsekreterarna varandras utredningar?", "kollegiegranskning"),
        # and the same way for buying care, communications, working life and users' experience
        ("Hur mycket vård köps in utifrån?", "köpt"),
        ("Hur många barn fick flytta till ett annat familjehem?", "omplacering"),
        ("Placeras barn hos släktingar?", "nätverksplaceringar"),
        ("Vilka öppettider har fritidsgården?", "öppethållande"),
        ("Är socialsekreterarna stressade?", "arbetsbelastning"),
        ("Vart vänder man sig om man är missnöjd med sin handläggare?", "klagomål"),
        ("Lyssnar personalen på klienterna?", "lyhördhet"),
        # forty-sixth round: complaints and safety, working at a unit, numbers and trends, and
        # what the units do for people, in plain words
        ("Rapporterades några misstag under året?", "avvikelse"),
        ("Vad gjorde enheten åt problemet?", "åtgärder vidtas"),
        ("Följer handläggarna lagen när de fattar beslut?", "rättssäker handläggning"),
        ("Har någon blivit tafsad på på jobbet?", "sexuella trakasserier"),
        ("Hur ofta utsattes socialsekreterarna för hot?", "hot och våld"),
        ("Vet personalen hur de ska agera om en klient blir hotfull?", "rutiner"),
        ("Skulle personalen tipsa en vän om att jobba här?", "rekommendera sin arbetsplats"),
        ("Är enheten ett bra ställe att jobba på?", "attraktiv arbetsgivare"),
        ("Hur många var sjukskrivna länge?", "långtidssjukfrånvaro"),
        ("Lär kollegorna av varandra?", "kollegial"),
        ("Vilka kurser går nyanställda?", "grundutbildning"),
        ("Vem är vice chef på enheten?", "biträdande enhetschef"),
        ("Hur mår personalen på jobbet?", "arbetsmiljö"),
        ("Har antalet anmälningar gått upp?", "ökat"),
        ("Har antalet placerade barn gått ner?", "minskat"),
        ("Hur stor del av barnen fick stöd?", "andel"),
        ("Hur många fler anmälningar kom jämfört med i fjol?", "föregående år"),
        ("Fick de som fick hjälp det bättre?", "förbättrad situation"),
        ("Hur många hoppade av behandlingen?", "fullföljer"),
        ("Pratar socialsekreterarna med skolan under utredningen?", "vidtalas"),
        ("Hur kartläggs missbruket?", "ASI"),
        ("Får barnen hjälp hemma i stället för att placeras?", "hemmaplan"),
        ("Finns det saker att göra på fritiden för ungdomar?", "fritidsutbud"),
        ("Finns det stöd för ungdomar som hamnat snett?", "riskzon"),
        ("Finns det hjälp för kvinnor som blivit slagna hemma?", "våldsutsatta"),
        # and the same way for using the services, goals and their follow-up, comparing units
        # and plans against what happened
        ("Kan man få hjälp med städning och tvätt hemma?", "boendestöd"),
        ("Finns det någonstans att gå på dagarna?", "daglig verksamhet"),
        ("Kan jag få ett jobb eller något annat att göra?", "meningsfull sysselsättning"),
        ("Finns det hjälp för att bli drogfri?", "öppenvårdsbehandling"),
        ("Har jag en egen kontakt på daglig verksamheten?", "stödperson"),
        ("Får brukarna bestämma själva över sin vardag?", "självbestämmande"),
        ("Klarade enheten sina mål 2016?", "uppfylls helt"),
        ("Hur långt har enheten kommit med målen?", "måluppfyllelse"),
        ("Hur stor andel ville enheten komma upp i?", "årsmål"),
        ("Vad ska Vuxenenheten göra för att nå målet om våld i nära relationer?", "arbetssätt"),
        ("Vad tror enheten att det var som gick fel?", "analys"),
        ("Har alla enheterna samma mål?", "nämndmål"),
        ("Gäller rutinen alla enheter i förvaltningen?", "hela förvaltningen"),
        ("Har Hägersten fler placeringar jämfört med resten av staden?", "andra stadsdelar"),
        ("Används samma metod i hela staden?", "stadsövergripande"),
        ("Samarbetar Spånga-Tensta med andra stadsdelar kring RVC?", "stadsdelsförvaltningar"),
        ("Vad lovade Vuxenenheten att göra under 2022?", "planeras"),
        ("Gick arbetet som planerat?", "enligt plan"),
        ("Blev den planerade utbildningen av?", "genomförts"),
        ("Sköts utbildningen i barnsamtal upp?", "pausats"),
        ("Vilka planerade aktiviteter blev inte av?", "avbrutits"),
        ("Har arbetet med SIP kommit igång?", "påbörjats"),
        ("Håller de fortfarande på med omorganisationen?", "pågår"),
        # fifty-second round: money and staff in everyday words
        ("Hur höga var sjuktalen hösten 2021?", "sjukfrånvaro"),
        ("Hur gick det med pengarna för enheten under 2021?", "ekonomiskt resultat"),
        ("Gick Familjeenheten på Kungsholmen ihop ekonomiskt 2021?", "budget i balans"),
        ("Hur tänker enheten få in mer pengar?", "intäkter"),
        ("Hur mycket har varje handläggare på sitt bord?", "arbetsbelastning"),
        ("Var det många som slutade på enheten 2017?", "personalomsättning"),
        # fifty-first round, second batch: meaning, purpose, effects, everyday nouns
        ("Vad är tanken bakom Bostad först?", "syfte"),
        ("Vad går Bostad först ut på?", "innebär"),
        ("Gjorde insatsen någon skillnad för barnen?", "effekt"),
        ("Behövde familjerna hjälp igen efteråt?", "återaktualisering"),
        ("Hur samarbetar enheten med sjukvården?", "Region Stockholm"),
        ("Samarbetar de med grannstadsdelen?", "stadsdelsförvaltningar"),
        ("Sparar de el på kontoret?", "energianvändning"),
        ("Har enheten en sekreterare?", "administrativ assistent"),
        ("Hur stort minus hade enheten med sig in i 2022?", "underskott"),
        ("Hur många jobbar på Familjestödsenheten?", "medarbetare"),
        ("Hur många gånger rapporterade personalen egna fel och brister?", "avvikelse"),
        # fifty-first round: ways of working, partners, polite frames, goals in plain words
        ("Vilka jobbar enheten ihop med?", "samverkan"),
        ("Samarbetar de med myndigheten som betalar ut sjukpenning?", "Försäkringskassan"),
        ("Skickar de vidare folk till andra?", "hänvisa"),
        ("Gör de planen tillsammans med familjen?", "genomförandeplan"),
        ("Jag vill veta vad brukarna tyckte om stödet", "brukarundersökning"),
        ("Kan du säga hur nöjda personalen är?", "medarbetarenkät"),
        ("Vad hoppades de att det skulle leda till?", "förväntat resultat"),
        ("Kan du berätta hur det gick med målen?", "måluppfyllelse"),
        ("Vet du varför målet inte nåddes?", "analys"),
        # fiftieth round: reasons, jargon said out loud, time, shortfalls
        ("Varför kom det in fler ärenden 2019?", "inflöde"),
        ("Vad beror det på att sjukfrånvaron ökade?", "orsak"),
        ("Varför gick barn- och ungdomsverksamheten i Hägersten back 2016?", "underskott"),
        ("Hur många 14:1:or kom in 2017?", "anmälningar"),
        ("Vilka insatser ger enheten enligt lagen om stöd och service?", "LSS"),
        ("Hur ofta mäts sjukfrånvaron?", "periodicitet"),
        ("Får ungdomen ett samtal inom två dygn?", "inom 48 timmar"),
        ("Hur gamla är barnen som får stöd?", "i åldern"),
        ("Vad är kvar att göra med arbetsmiljön?", "kvarstår"),
        # forty-ninth round: working conditions, groups in their own words, involvement and
        # services, in plain words
        ("Slutar många på jobbet?", "personalomsättning"),
        ("Hur gick det i enkäten till de anställda?", "medarbetarenkät"),
        ("Familjer med två pappor, får de stöd?", "HBTQ"),
        ("Finns det något kvällsöppet för ungdomar i området?", "fritidsgård"),
        ("Pengar till hyra och mat, vem ger det?", "ekonomiskt bistånd"),
        # forty-eighth round: relatives, managers and peers, money and studies, in plain words
        ("Jag är helt slut som anhörig, vad finns det för stöd?", "anhörigstöd"),
        ("Får vi hälsa på vår son i familjehemmet?", "umgänge"),
        ("Gick enheten över budget?", "underskott"),
        ("Köpte de platser från andra?", "köpt"),
        ("Frågade de brukarna vad de tyckte om stödet?", "brukarenkät"),
        ("Mäter de hur personalen mår?", "arbetsmiljömätning"),
        # forty-seventh round: the working day, time and frequency, who a service is for and
        # working with others, in plain words
        ("Åker socialsekreterarna hem till familjerna under utredningen?", "hembesök"),
        ("Får personalen handledning utifrån?", "extern handledning"),
        ("Vem har hand om datasystemet på enheten?", "systemansvarig"),
        ("Vilket stöd får de som är nya på jobbet?", "nyanställda"),
        ("Hur många barn var placerade vid årsskiftet?", "vid årets slut"),
        ("Följs placeringarna upp varje halvår?", "två gånger per år"),
        ("Följs brukarnas aktiviteter upp var tredje månad?", "kvartalsvis"),
        ("Hur länge är barnen placerade i genomsnitt?", "placeringstid"),
        ("Vilket stöd finns för personer mellan 18 och 25 år?", "unga vuxna"),
        ("Vilken hjälp får barn som har sett våld hemma?", "bevittnat våld"),
        ("Har stadsdelen något avtal med polisen?", "samverkansöverenskommelsen"),
        ("Hur säkerställs skolgången för placerade barn?", "Sams-modellen"),
        ("Samarbetar vuxenenheten med kommunens arbetsförmedling?", "Jobbtorg"),
        ("Har utredarna möten med familjen och släkten?", "nätverksmöten"),
        # things ending or failing, practical help, staff and management, children and
        # families, in plain words
        ("Vilket arbete stannade av under hösten?", "avstannat"),
        ("Vilka verksamheter lades ner 2019?", "avslutades"),
        ("Vad gör de när familjehemmet inte orkar längre?", "sammanbrott"),
        ("Kan man träffa socialsekreteraren någon annanstans än på kontoret?", "utanför kontoret"),
        ("Finns det någon som pratar mitt språk?", "tolk"),
        ("Kan jag få prata med någon utan att söka något?", "utan biståndsbeslut"),
        ("Vad tycker medarbetarna om ledarskapet?", "ledarskapsindex"),
        ("Tog de in vikarier när folk var sjuka?", "vikarietäckning"),
        ("Får barnet flytta hem igen?", "hemflytt"),
        ("Hur många ungdomar rymde från familjehemmen?", "avvika"),
        ("Måste man betala något för att gå på fritidsgården?", "kostnadsfria"),
        ("Kostar det något att gå dit?", "kostnadsfria"),
    ],
)
def test_everyday_words_for_the_domains_terms(question: str, term: str) -> None:
    assert term in report_terms(question)


@pytest.mark.parametrize(
    "question",
    [
        "Hur många barn bor i familjehem?",  # the term itself: nothing to add
        "Vad gör fältassistenterna mot våld i skolan?",
        "Enheten köpte sex nya datorer.",
        "Hur kan föräldrar prata med sina barn om droger?",
        "Vad tycker till exempel personalen om chefen?",
    ],
)
def test_words_near_them_stand_for_no_term(question: str) -> None:
    assert report_terms(question) == ()


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # fortieth round
        ("Hur många ärenden hade enheten 2017?", "handledning"),
        ("Hur tas nya ärenden emot på enheten?", "introduktion"),
        ("Hur många kollegor har enhetschefen på enheten?", "mentor"),
        ("Vilka kurser erbjuds föräldrar på enheten?", "kompetensutveckling"),
        ("Arbetar familjebehandlarna hemma hos familjerna på enheten?", "arbeta hemifrån"),
        ("Hur trivs barnen i familjehemmen hos enheten?", "medarbetarenkät"),
        (
            "Vilka fritidsaktiviteter med träning erbjuds ungdomarna på fritidsgården?",
            "friskvård",
        ),
        ("Hur mycket kostar en placering på HVB för enheten?", "konsultkostnader"),
        (
            "Vilka insatser erbjuds personer med funktionsnedsättning av enheten?",
            "daglig verksamhet",
        ),
        ("Följer socialsekreteraren med till rättegången hos enheten?", "ledsagning"),
        ("Hur får socialsekreterarna på enheten avlastning i sitt arbete?", "avlösarservice"),
        ("Hur många administrativa assistenter har enheten?", "personlig assistans"),
        ("Hur stöder enheten sin personal?", "boendestöd"),
        ("Vilken plan har enheten för 2022?", "genomförandeplan"),
        ("Hur många anhöriganställda har enheten?", "anhörigstöd"),
        ("Hur ser samverkan med skolan ut på enheten?", "samordnad individuell plan"),
        ("Hur många familjer fick hjälp av enheten?", "familjebehandling"),
        ("Vilka nätverk deltar enheten i?", "nätverk"),
        ("Hur många umgängesutredningar gjorde enheten?", "umgängesstöd"),
        ("Hur mår ungdomarna som enheten träffar?", "stödsamtal"),
        ("Hur många kompisar har barnen på fritidsgården på Kungsholmen?", "kontaktperson"),
        ("Vilket förväntat resultat har målet om barnrätt hos enheten?", "prognos"),
        ("Vilka metoder använder enheten?", "ramavtal"),
        ("Hur följer enheten upp insatserna?", "internkontroll"),
        ("Hur många akter har enheten?", "aktgranskning"),
        ("Hur mycket pengar fick enheten 2017?", "kostnadseffektiv"),
        ("Kan man välja vilken handläggare man får på enheten?", "valfrihetssystem"),
        ("Hur många barn bor i familjehem via enheten?", "jourhem"),
        ("Har enheten boenden med personal dygnet runt för äldre?", "HVB"),
        ("Hur många bor i egen lägenhet utan stöd enligt enheten?", "stödboende"),
        ("Vem får vårdnaden när föräldrarna skiljer sig enligt enheten?", "vårdnadsöverflyttning"),
        ("Hur utreder enheten barns behov av skydd?", "vårdnadsutredning"),
        ("Hur många vuxna som jobbar på enheten är ute i tjänst?", "fältassistenter"),
        ("Vilka platser upplever unga som otrygga enligt enheten?", "fritidsgård"),
        ("Samarbetar socialsekreterarna på enheten med skolan?", "skolsocionom"),
        ("Hur många barn bor kvar hemma efter utredningen hos enheten?", "öppenvård"),
        ("Hur många unga har sommarjobb via enheten?", "ungdomstjänst"),
        ("Hur mår personalen på enheten?", "psykisk ohälsa"),
        ("Hur motiverade är medarbetarna på enheten?", "motiverande samtal"),
        ("Är barnen rädda för sina föräldrar enligt enheten?", "trygghet"),
        ("Hur gör enheten placeringarna tryggare?", "trygghetsskapande"),
        ("Vilken hjälp får de som blivit utsatta för våld av enheten?", "våldsutövare"),
        ("Har enheten en plan för informationssäkerhet?", "säkerhetsplanering"),
        ("Hur stor är risken för underskott hos enheten?", "riskbedömning"),
        ("Hur anmäler man flytt till enheten?", "Lex Sarah"),
        ("Vad skriver enheten i verksamhetsberättelsen?", "dokumentation"),
        ("Hur lång tid varar en placering hos enheten?", "handläggningstid"),
        ("Hur granskar enheten sina akter?", "utredning"),
        ("Hur mycket personal har enheten?", "hot och våld"),
        ("Hur många barn har sett pappa slå mamma enligt enheten?", "våld mot barn"),
        # forty-first round: economy, staff, participation
        ("Hur stor var budgeten för Familjeenheten på Östermalm 2017?", "budget i balans"),
        ("Hur mycket pengar fick Familjeenheten på Östermalm i budget 2017?", "intäkter"),
        ("Vad kostar en placering på HVB för Familjeenheten på Östermalm?", "personalkostnader"),
        (
            "Hur mycket pengar fick Familjeenheten på Östermalm från stadsdelsnämnden?",
            "stimulansmedel",
        ),
        (
            "Hur ofta träffar socialsekreterarna på Familjeenheten på Östermalm barnen?",
            "arbetsplatsträff",
        ),
        ("Vem är chef för Vuxenenheten på Kungsholmen?", "medarbetarsamtal"),
        ("Hur hittar man rätt familjehem på Familjeenheten på Kungsholmen?", "rekrytering"),
        ("Vilka tjänster erbjuder Vuxenenheten på Kungsholmen?", "vakans"),
        (
            "Hur behåller Familjeenheten på Östermalm kontakten med familjerna?",
            "kompetensförsörjning",
        ),
        (
            "Hur arbetar Familjeenheten på Östermalm mot mobbning i skolan?",
            "kränkande särbehandling",
        ),
        ("Vem är chef för Familjeenheten på Östermalm?", "ledarskap"),
        (
            "Hur många praktikplatser för arbetslösa hade Enheten för sysselsättning?",
            "verksamhetsförlagd",
        ),
        ("Vem tog första beslutet om placering på Familjeenheten på Östermalm?", "mottagning"),
        ("Söker Familjeenheten på Östermalm nya familjehem?", "uppsökande"),
        ("Vilka målgrupper har Familjeenheten på Östermalm?", "gruppverksamhet"),
        (
            "Hur många föräldrar fick ekonomiskt bistånd av Vuxenenheten på Kungsholmen?",
            "föräldrastöd",
        ),
        ("Vilka var med på mötet med Familjeenheten på Östermalm?", "delaktighet"),
        ("Erbjuder Vuxenenheten på Kungsholmen kurser i svenska?", "tolk"),
        ("Hur många klienter tog Vuxenenheten på Kungsholmen emot 2022?", "bemötande"),
        (
            "Hur lätt är det att få försörjningsstöd hos Vuxenenheten på Kungsholmen?",
            "tillgänglighet",
        ),
        ("Vilka mål hade Familjeenheten på Östermalm 2017?", "indikator"),
        (
            "Hur många hushåll fick försörjningsstöd från Vuxenenheten på Kungsholmen 2022?",
            "självförsörjande",
        ),
        # disability services, work, rights, the environment
        (
            "Har personalen på Vuxenenheten på Kungsholmen blivit psykiskt sjuka av "
            "arbetsbelastningen?",
            "socialpsykiatri",
        ),
        (
            "Har medarbetarna på Vuxenenheten på Kungsholmen lång erfarenhet av socialt arbete?",
            "Peer Support",
        ),
        (
            "Hur många boenden för ensamkommande har Barn- och ungdomsenheten i "
            "Hägersten-Liljeholmen?",
            "servicebostad",
        ),
        (
            "Vad gör brukarna på den dagliga verksamheten hos Enheten för sysselsättning på "
            "Kungsholmen?",
            "turbundna resor",
        ),
        (
            "Vilka verktyg använder Familjeenheten på Östermalm för att planera arbetet?",
            "hjälpmedel",
        ),
        ("Vem bestämmer över budgeten på Familjeenheten på Kungsholmen?", "biståndshandläggare"),
        ("Hur hittar Vuxenenheten på Kungsholmen nya medarbetare?", "arbetsmarknad"),
        (
            "Vilken praktik följer Familjeenheten på Östermalm i sitt arbete med familjer?",
            "praktikplatser",
        ),
        ("Har Vuxenenheten på Kungsholmen haft ett vanligt år ekonomiskt?", "Supported Employment"),
        ("Hur går det till att bli familjehem hos Familjeenheten på Östermalm?", "adoption"),
        ("Vilka är de bästa resultaten för Familjeenheten på Östermalm?", "barnets bästa"),
        ("Vilka rättigheter har föräldrar hos Familjeenheten på Östermalm?", "barnkonventionen"),
        ("Hur påverkar pandemin barnen hos Familjeenheten på Östermalm?", "barnkonsekvensanalys"),
        (
            "Hur ser barnens vardag ut på förskolan, enligt Familjeenheten på Kungsholmen?",
            "barnperspektiv",
        ),
        ("Vem ansvarar för budgeten på Vuxenenheten på Kungsholmen?", "barnombud"),
        ("Hur många möten har Vuxenenheten på Kungsholmen med polisen?", "digitala möten"),
        (
            "Vilka tekniska problem har Familjeenheten på Östermalm haft med journalsystemet?",
            "välfärdsteknik",
        ),
        ("Vilka livsmedel köper Enheten för sysselsättning på Kungsholmen in?", "vegetarisk"),
        (
            "Hur farliga är ungdomarna som Barn- och ungdomsenheten i Hägersten-Liljeholmen "
            "träffar?",
            "kemikalier",
        ),
        (
            "Hur mycket kostar maten för brukarna på Enheten för sysselsättning på Kungsholmen?",
            "matsvinn",
        ),
        ("Hur bemannas Familjeenheten på Östermalm under sommaren?", "sommarlov"),
        (
            "Hur samarbetar Familjeenheten på Östermalm med skolorna kring orosanmälningar?",
            "skolföreläsning",
        ),
        # housing, addiction, youth crime, civil society
        (
            "Hur många lägenheter har Vuxenenheten på Kungsholmen till våldsutsatta?",
            "försökslägenhet",
        ),
        ("Vem tog över ansvaret för kontraktet med städfirman på Vuxenenheten?", "eget kontrakt"),
        (
            "Vilka krav ställs på den som bor i stödboende hos Vuxenenheten på Kungsholmen?",
            "bostad först",
        ),
        ("Hur sover ungdomarna på HVB-hemmen enligt Familjeenheten på Östermalm?", "härbärge"),
        (
            "Tränar personalen på Familjeenheten på Östermalm på att hålla samtal?",
            "träningslägenhet",
        ),
        ("Hur många steg har enhetens plan för kompetensutveckling på Vuxenenheten?", "12-steg"),
        ("Hur håller sig Vuxenenheten på Kungsholmen uppdaterad om nya metoder?", "nykterhet"),
        ("Hur många ungdomar tvångsvårdades enligt Familjeenheten på Östermalm?", "LVM"),
        ("Vilka spel och aktiviteter har fritidsgården i Hägersten-Liljeholmen?", "spelmissbruk"),
        ("Röker personalen på Familjeenheten på Östermalm på arbetstid?", "narkotika"),
        ("Finns det snuskiga toaletter hos Vuxenenheten på Kungsholmen?", "tobak"),
        ("Hur många lämnade Vuxenenheten på Kungsholmen under 2021?", "avhoppare"),
        ("Hur ser samverkan med polisen ut för Familjeenheten på Östermalm?", "social insatsgrupp"),
        ("Var ligger lokalerna för Vuxenenheten på Kungsholmen?", "mötesplats"),
        ("Bjuder Familjeenheten på Östermalm på fika för personalen?", "ungdomscafé"),
        (
            "Hur många barn fick frivilliga insatser via Familjeenheten på Östermalm?",
            "civilsamhälle",
        ),
        ("Vad gör fältassistenterna på Östermalm på kvällarna?", "nattvandring"),
        ("Hur informerar Familjeenheten på Östermalm om sina beslut muntligt?", "broschyr"),
        ("Hur skyddar Familjeenheten på Östermalm barn mot hot på nätet?", "hemsida"),
        (
            "Hur informeras klienten om sitt beslut på Vuxenenheten på Kungsholmen?",
            "informationsinsats",
        ),
        ("Hur många barn placerades av Familjeenheten på Östermalm 2021?", "Komet"),
        ("Hur många tonåringar placerades av Familjeenheten på Östermalm?", "ABC"),
        ("Hur stora var kostnaderna för Vuxenenheten på Kungsholmen 2021?", "skuldrådgivning"),
        (
            "Hur många samtal tog mottagningen emot på Familjeenheten på Östermalm 2021?",
            "råd- och stödsamtal",
        ),
        ("Hur bearbetar Familjeenheten på Östermalm sina ansökningar?", "Trappan"),
        # decisions, health care, family law, money
        (
            "Vilka beslut fattade nämnden om budgeten för Familjeenheten på Östermalm?",
            "myndighetsutövning",
        ),
        ("Vilka beslut fattade Familjeenheten på Östermalm om lokalerna?", "biståndsbedömda"),
        (
            "Hur många fick nej på sin ansökan hos Vuxenenheten på Kungsholmen?",
            "beviljade insatser",
        ),
        (
            "Hur många barn är placerade i familjehem hos Familjeenheten på Östermalm?",
            "kontaktfamilj",
        ),
        ("Hur många barn under ett år fick stöd av Familjeenheten på Kungsholmen?", "BVC"),
        ("Hur många gravida kvinnor fick stöd av Vuxenenheten på Kungsholmen?", "MVC"),
        ("Hur arbetar socialpsykiatrin på Kungsholmen med stödboenden?", "BUP"),
        ("Hur arbetar socialpsykiatrin på Kungsholmen med stödboenden?", "vuxenpsykiatri"),
        ("Hur många vuxna med beroende fick stöd av Vuxenenheten på Kungsholmen?", "beroendevård"),
        (
            "Hur många ungdomar fick hjälp på ungdomsmottagningen i Hägersten-Liljeholmen?",
            "Maria Ungdom",
        ),
        ("Har Vuxenenheten på Kungsholmen någon läkare anställd?", "vårdcentral"),
        ("Hur många ärenden gick till domstol för Familjeenheten på Östermalm?", "vårdnadstvist"),
        ("Hur många barn fick umgängesstöd hos Familjeenheten på Östermalm?", "umgängesutredning"),
        (
            "Hur bedömer Familjeenheten på Kungsholmen om ett barn behöver familjebehandling?",
            "skyddsbedömning",
        ),
        ("Hur snabbt kommer Familjeenheten på Kungsholmen med beslut?", "akut"),
        ("Hur många lägenheter för unga vuxna har Vuxenenheten på Kungsholmen?", "jourlägenhet"),
        ("Hur samarbetar Familjeenheten på Kungsholmen med polisen?", "polisanmälan"),
        ("Hur många barnsamtal gjorde Familjeenheten på Kungsholmen?", "Barnahus"),
        (
            "Hur många domar kom från förvaltningsrätten till Vuxenenheten på Kungsholmen?",
            "rättsprocessen",
        ),
        ("Hur många nya medarbetare började på Familjeenheten på Kungsholmen?", "nyanlända"),
        ("Hur mycket hyra betalar Vuxenenheten på Kungsholmen för sina lokaler?", "hyresskulder"),
        (
            "Hur stora bidrag delade Familjeenheten på Östermalm ut till föreningar?",
            "försörjningsstöd",
        ),
        (
            "Hjälper Vuxenenheten på Kungsholmen klienterna att hitta en praktikplats?",
            "bosamordnare",
        ),
        # housing, digital work, newly arrived families; young people's own words
        (
            "Hur många vräkningar skedde i Vuxenenhetens område på Kungsholmen förra året?",
            "vräkningsförebyggande",
        ),
        ("Hur lång är kön till familjebehandling på Familjeenheten på Östermalm?", "bostadsköer"),
        (
            "Kan Vuxenenheten på Kungsholmen hyra ut försökslägenheter till klienter?",
            "andrahandsuthyrning",
        ),
        ("Äger Vuxenenheten på Kungsholmen sina egna lokaler?", "hyresvärdar"),
        ("Vilket stöd får hemlösa av Vuxenenheten på Kungsholmen?", "hemlöshetsräkningen"),
        (
            "Vilka kurser har personalen på Vuxenenheten på Kungsholmen erbjudits i år?",
            "boendekurs",
        ),
        (
            "Hur många barn bor i familjehem hos Familjeenheten på Östermalm?",
            "osäkra boendeförhållanden",
        ),
        ("Har Vuxenenheten på Kungsholmen ett bra system för internkontroll?", "ParaSol"),
        (
            "Hur många brukare skrevs ut från sjukhuset till Vuxenenheten på Kungsholmen?",
            "Lifecare",
        ),
        ("Hur många barn bor i familjehem hos Familjeenheten på Östermalm?", "Viewpoint"),
        ("Skickar Vuxenenheten på Kungsholmen påminnelser om obetalda avgifter?", "sms-påminnelse"),
        (
            "Vilka papper behöver man ta med till Vuxenenheten på Kungsholmen?",
            "pappersförbrukningen",
        ),
        ("Skriver Vuxenenheten på Kungsholmen ut intyg till Försäkringskassan?", "journalföring"),
        ("Hur många anställda har Vuxenenheten på Kungsholmen?", "statistik"),
        ("Hur många besökare hade Familjeenhetens föräldracafé på Östermalm?", "besöksstatistik"),
        ("Har Vuxenenheten på Kungsholmen en hemsida för allmänheten?", "intranät"),
        ("Hur många datorer har Vuxenenheten på Kungsholmen köpt?", "digitalisering"),
        ("Vilket telefonnummer har Vuxenenheten på Kungsholmen?", "kontaktvägar"),
        ("Vilket stöd får föräldrar av Familjeenheten på Östermalm?", "digitalt föräldrastöd"),
        ("Hur många anmälningar kom in till Familjeenheten på Östermalm?", "digitalisera"),
        (
            "Är verksamhetsberättelsen för Familjeenheten på Östermalm skriven på svenska?",
            "svenskkunskaper",
        ),
        ("Hur många barn födda 2015 finns i Familjeenhetens ärenden på Östermalm?", "utrikesfödda"),
        (
            "Hur många ensamkommande barn har Familjeenheten på Östermalm placerat?",
            "Migrationsverket",
        ),
        ("Var kommer pengarna till Familjeenheten på Östermalm ifrån?", "etnisk tillhörighet"),
        ("Är Kuggen på Kungsholmen full på fredagskvällarna?", "alkohol"),
        ("Hur drog Vuxenenheten på Kungsholmen igång sitt nya projekt?", "narkotika"),
        ("Hur åker personalen på Vuxenenheten på Kungsholmen till hembesöken?", "allvarssamtal"),
        (
            "Hur många brott anmäldes mot personalen på Vuxenenheten på Kungsholmen?",
            "unga lagöverträdare",
        ),
        ("Hur slår nedskärningarna mot Familjeenheten på Östermalm?", "skadegörelse"),
        ("Kan man hoppa över väntetiden hos Familjeenheten på Östermalm?", "skolfrånvaro"),
        ("Hur går det med budgeten för Familjeenheten på Östermalm?", "skolgång"),
        (
            "Hur ser transparensen ut i handläggningen hos Familjestödsenheten i Spånga-Tensta?",
            "HBTQ",
        ),
        ("Vem är ansvarig för Familjeenheten på Östermalm?", "sexuell läggning"),
        (
            "Hur ser könsfördelningen ut bland personalen på Familjeenheten på Kungsholmen?",
            "könsidentitet",
        ),
        ("Finns det konflikter i personalgruppen på Vuxenenheten på Kungsholmen?", "konflikter"),
        ("Hur slår besparingarna mot barnen på Familjeenheten på Östermalm?", "våld mot barn"),
        (
            "Hur många föräldrar till småbarn går Komet hos Familjeenheten på Östermalm?",
            "tonårsföräldrar",
        ),
        (
            "Får personalen på Vuxenenheten på Kungsholmen ha med sig familjen på konferensen?",
            "hedersrelaterat våld",
        ),
        ("Hur mår medarbetarna på Familjeenheten på Östermalm enligt enkäten?", "psykisk ohälsa"),
        ("Lever Vuxenenheten på Kungsholmen inte upp till sina mål?", "suicid"),
        ("Hur många anställda har socialtjänsten på Kungsholmen?", "socialsekreterare"),
        (
            "Hur ser Familjeenheten på Östermalm till att socialtjänsten tar emot barnen väl?",
            "placering",
        ),
        (
            "Hur ringer man soc om man behöver hjälp hos Vuxenenheten på Kungsholmen?",
            "orosanmälningar",
        ),
        (
            "Vilka fritidsaktiviteter erbjuder Enheten för stöd och service i hemmet på "
            "Kungsholmen?",
            "fritidsgård",
        ),
        ("Testar Familjeenheten på Östermalm nya metoder?", "ungdomsmottagning"),
        (
            "Hur mycket socker innehåller maten hos Enheten för sysselsättning på Kungsholmen?",
            "Suger dejting",
        ),
        (
            "Hur extrema var kostnaderna hos Vuxenenheten på Kungsholmen?",
            "våldsbejakande extremism",
        ),
        ("Hur samarbetar Familjeenheten på Östermalm med polisen?", "SSP"),
        # forty-third round
        ("Var ska barnen bo efter skilsmässan enligt Familjerätten på Östermalm?", "hemlösa"),
        ("Det slår mig att Vuxenenheten på Kungsholmen har få ärenden – varför?", "våldsutsatt"),
        ("Hur många barn har en kontaktperson via Familjeenheten på Östermalm?", "ringt"),
        ("Hur skiljer sig resultaten mellan Familjeenheten och Vuxenenheten?", "separerade"),
        ("Hur länge väntar barn på en placering hos Familjeenheten på Östermalm?", "gravida"),
        # forty-fourth round
        ("Vilka hjälpmedel kan en person med funktionsnedsättning få?", "tillgänglighet"),
        ("Finns det någon som tar hand om mitt barn medan jag jobbar?", "avlösarservice"),
        ("Finns det någon att prata med när man mår dåligt?", "kontaktperson"),
        ("Vilka företag anlitar enheten för placeringar?", "avsteg från ramavtal"),
        ("Hur många ungdomar åker fast för brott?", "resor i tjänsten"),
        ("Hur många barn fick en kontaktfamilj?", "barnets röst"),
        ("Hur stort var underskottet 2016?", "åtgärdsplan"),
        ("Hur mår barnen under de första månaderna i familjehemmet?", "tertialrapport"),
        # forty-fifth round
        ("Hur många familjer fick familjebehandling 2019?", "familjeterapi"),
        ("Hur många svarade på brukarundersökningen?", "avslutningsenkät"),
        ("Vilka enheter arbetar med våld i nära relationer?", "FREDA"),
        ("Hur många fritidsgårdar finns i stadsdelen?", "parklek"),
        ("Har enheten för lite personal?", "personalomsättning"),
        ("Vad är enhetens mål för 2022?", "analys"),
        ("Hur många utredningar granskades i aktgranskningen?", "kollegiegranskning"),
        ("Köper enheten in ekologisk mat?", "köpt"),
        ("Hur många barn flyttade till ett familjehem?", "omplacering"),
        ("Hur ofta får barnen träffa sina släktingar?", "nätverksplaceringar"),
        ("Hur länge är ett ärende öppet?", "öppethållande"),
        ("Hur stressade är föräldrarna?", "arbetsbelastning"),
        ("Lyssnar barnen på sina föräldrar?", "lyhördhet"),
        # forty-sixth round
        ("Hur många anmälningar om oro kom in 2021?", "avvikelse"),
        ("Vad gjorde enheten för barnen 2019?", "åtgärder vidtas"),
        ("Vilken lag styr socialtjänstens arbete?", "rättssäker handläggning"),
        ("Hur arbetar enheten mot sexuellt våld?", "sexuella trakasserier"),
        ("Hur många barn har utsatts för våld?", "hot och våld"),
        ("Hur gör man en orosanmälan?", "rutiner"),
        ("Vilken behandling rekommenderas för unga?", "rekommendera sin arbetsplats"),
        ("Hur många jobbar på enheten?", "attraktiv arbetsgivare"),
        ("Hur hög var sjukfrånvaron 2021?", "långtidssjukfrånvaro"),
        ("Lär sig barnen av varandra i gruppen?", "kollegial"),
        ("Vilka kurser får nya föräldrar?", "grundutbildning"),
        ("Vem är chef för enheten?", "biträdande enhetschef"),
        ("Vad har personalen i enheten för utbildning?", "arbetsmiljö"),
        ("Gick personalen upp i tid under 2021?", "ökat"),
        ("Gick någon ner i tid under året?", "minskat"),
        ("Hur många barn fick stöd?", "andel"),
        ("Hur många barn placerades förra året?", "föregående år"),
        ("Blev ekonomin bättre 2021?", "förbättrad situation"),
        ("Hur många ungdomar hoppade av gänget?", "fullföljer"),
        ("Pratar socialsekreterarna med barnen?", "vidtalas"),
        ("Hur många har missbruksproblem?", "ASI"),
        ("Hur många barn placerades på institution?", "hemmaplan"),
        ("Vilka aktiviteter planeras för brukarna?", "fritidsutbud"),
        ("Har budgeten hamnat snett?", "riskzon"),
        ("Hur många barn blev slagna hemma?", "våldsutsatta"),
        ("Vilka brukare hjälper till med städning på Café Lagunen?", "boendestöd"),
        ("Finns det någonstans att sova i natt?", "daglig verksamhet"),
        (
            "Finns det något meningsfullt att göra på fritiden för unga?",
            "meningsfull sysselsättning",
        ),
        ("Hur många klienter blev drogfria efter behandlingen?", "öppenvårdsbehandling"),
        ("Hur många barn har kontaktperson?", "stödperson"),
        ("Får barnen bestämma själva om umgänget?", "självbestämmande"),
        ("Vilka mål nåddes inte 2019?", "uppfylls helt"),
        ("Hur gick det med ekonomin?", "måluppfyllelse"),
        ("Hur stor andel av barnen placerades 2019?", "årsmål"),
        ("Vad är enhetens mål för 2022?", "arbetssätt"),
        ("Vad gick bra under året?", "analys"),
        ("Vad är enhetens mål för 2022?", "nämndmål"),
        ("Vilka enheter arbetar med våld i nära relationer?", "hela förvaltningen"),
        ("Jämfört med förra året, hur många anmälningar kom in?", "andra stadsdelar"),
        ("Används samma metod som förra året?", "stadsövergripande"),
        ("Samarbetar enheten med polisen?", "stadsdelsförvaltningar"),
        ("Vad sa brukarna i enkäten?", "planeras"),
        ("Varför gick det inte som planerat?", "enligt plan"),
        ("Blev hon av med lägenheten?", "genomförts"),
        ("Vilka aktiviteter planeras för brukarna?", "pausats"),
        ("Blev utbildningen av?", "avbrutits"),
        ("Hur hjälper enheten brukare att komma igång med ett arbete?", "påbörjats"),
        ("Vad håller fältassistenterna på med?", "pågår"),
        # fifty-second round: clients who stop are no staff turnover
        ("Hur många som slutade behandlingen i förtid?", "personalomsättning"),
        ("Var det många som slutade med insatsen?", "personalomsättning"),
    ],
)
def test_questions_near_a_phrase_do_not_stand_for_its_term(question: str, term: str) -> None:
    """Questions near a phrase that mean something else: each batch of PHRASES was checked
    against two such questions per phrase."""
    assert term not in report_terms(question)
