"""A small Swedish thesaurus of the reports' domain, so a question worded differently from a
report still meets the report's words ("Hur många anställda har enheten?" against "38
medarbetare"; "lades ner" against "avslutas"; "hörde av sig" against "ringt"; "skolgång"
against "skola"). Pure data plus one pure function.

Each group holds single lower-case Swedish words (base forms and common inflected forms) that
staff and report writers use interchangeably in this domain: the report's officialese next to
the everyday words a question is asked with. Only near-synonyms in context belong together,
never merely related words ("barn" and "ungdom", "familjehem" and "jourhem" stay apart): a
wrong group would make the assistant answer questions it cannot answer. The groups were built
from the corpus vocabulary (its frequent content words) and ordinary Swedish usage; a few hold a
report's own misspelling next to the right form ("relationsvårdscentrum", "skolsockonom"). A
word whose stem would begin unrelated words is left out ("kontor" stems to "kont", the start
of "kontakt"; "tillfälligt" to "tillfäl", of "tillfälle").

`alternatives` works on Snowball Swedish stems (`ingest.text.words.stem`), the form the
answerer weighs words in.
"""

from __future__ import annotations

from ingest.text.words import stem

__all__ = ["GROUPS", "alternatives"]

GROUPS: tuple[str, ...] = (
    # --- staff and work ---
    "anställd anställda medarbetare medarbetarna medarbetarnas personal personalen tjänster "
    "personalgrupp personalgruppen personalstyrka personalstyrkan",
    "kollega kollegor medarbetare",
    "chef chefen chefer cheferna enhetschef enhetschefen enhetschefer",
    "biträdande ställföreträdande",
    "ledarskap ledarskapet ledning ledningen",
    "socialsekreterare socialsekreterarna handläggare handläggaren handläggarna socialarbetare",
    "rekrytera rekryterar rekryterade rekrytering anställa anställer nyanställa",
    "nyanställd nyanställda nyrekryterad nyrekryterade",
    "personalomsättning personalomsättningen personalrörlighet personalrörligheten",
    "sjukfrånvaro sjukfrånvaron sjukskrivning sjukskrivningar sjukskriven sjukskrivna sjuktal",
    "arbetsmiljö arbetsmiljön arbetsklimat arbetsklimatet",
    "arbetsbelastning arbetsbelastningen arbetsbörda arbetsbördan",
    "medarbetarenkät medarbetarenkäten medarbetarundersökning personalenkät",
    "arbetsplatsträff arbetsplatsträffar apt personalmöte personalmöten",
    "medarbetarsamtal medarbetarsamtalen utvecklingssamtal",
    "kompetensutveckling fortbildning vidareutbildning kompetenshöjning kompetenshöjande "
    "kompetenssatsning",
    "utbildning utbildningar utbildningen kurs kurser",
    "jobb jobbet jobba jobbar jobbade arbete arbeta arbetar arbetade anställning",
    "sysselsättning jobb",
    "team teamet teamen arbetsgrupp arbetsgruppen arbetsgrupper",
    "konsult konsulter inhyrd inhyrda",
    "vakant vakanta vakans vakanser obesatt obesatta",
    "trivas trivs trivsel trivseln",
    "visstidsanställning visstidsanställningar visstidsanställd visstidsanställda vikariat "
    "vikariatet vikarie vikarier",
    "timanställd timanställda timanställning timvikarie timvikarier",
    "tillsvidareanställd tillsvidareanställda tillsvidareanställning fastanställd fastanställda "
    "fastanställning",
    "långtidssjukfrånvaro långtidssjukfrånvaron långtidssjukskriven långtidssjukskrivna "
    "långtidssjukskrivning",
    "korttidssjukfrånvaro korttidssjukfrånvaron korttidsfrånvaro",
    "skyddsombud skyddsombudet skyddsombuden arbetsmiljöombud arbetsmiljöombudet",
    "handledning handledningen handledare metodhandledning grupphandledning ärendehandledning",
    "introduktion introduktionen introduktionsprogram introducera introduceras onboarding",
    "arbetsuppgift arbetsuppgifter arbetsuppgifterna sysslor",
    "ärendedragning ärendedragningar ärendegenomgång ärendegenomgångar ärendegenomgången",
    "teamträff teamträffar teamträffarna teammöte teammöten",
    "planeringsdag planeringsdagar planeringsdagarna kickoff",
    "ledningsgrupp ledningsgruppen ledningsgrupper chefsgrupp chefsgruppen",
    "arbetsledare arbetsledaren gruppledare gruppledaren teamledare teamledaren",
    "utvecklingsledare utvecklingsledaren verksamhetsutvecklare verksamhetsutvecklaren",
    "metodutvecklare metodutvecklaren metodstödjare metodstödjaren",
    "behandlare behandlarna terapeut terapeuter",
    "fritidsledare fritidsledarna fritidsgårdspersonal fritidspersonal ungdomsledare "
    "ungdomsledarna",
    "administration administrationen administrativ administrativa administratör administratörer",
    "tjänsteresor tjänsteresa tjänsteresorna jobbresor jobbresa",
    "temadag temadagar temadagen tematräff tematräffar",
    "studiebesök studiebesöket studieresa studieresor",
    "erfarenhetsutbyte erfarenhetsutbytet kunskapsutbyte kunskapsutbytet",
    "webbutbildning webbutbildningen webb-utbildning e-utbildning onlineutbildning",
    # --- money ---
    "kostnad kostnader kostnaden utgift utgifter utgiften",
    "underskott underskottet minusresultat förlust budgetunderskott minus",
    "överskott överskottet plusresultat",
    "budget budgeten budgetram budgetramen driftbudget driftbudgeten",
    "ekonomi ekonomin finanser",
    "intäkt intäkter inkomst inkomster",
    "pengar medel",
    "bidrag statsbidrag anslag stimulansmedel stimulansmedlen",
    "kronor kr tkr mnkr",
    "köpa köper köpt inköp inköpt inköpta",
    "spara sparar besparing besparingar",
    "avgift avgifter taxa",
    "personalkostnad personalkostnader personalkostnaderna lönekostnad lönekostnader "
    "lönekostnaderna",
    "skattemedel skattemedlen skattepengar skattepengarna",
    "ekonomisk ekonomiska ekonomiskt finansiell finansiella finansiellt",
    "prognos prognosen prognoser helårsprognos helårsprognosen",
    "bokslut bokslutet årsbokslut årsbokslutet",
    "resursanvändning resursanvändningen resursutnyttjande",
    "controller controllern ekonomicontroller ekonomicontrollern economicontroller "
    "economicontrollern",
    "föreningsstöd föreningsstöden föreningsbidrag föreningsbidragen",
    "ersättning ersättningar arvode arvoden",
    "avtal avtalet avtalen överenskommelse överenskommelser överenskommelsen",
    # --- change, start and end ---
    "minska minskar minskade minskat minskning sänka sänker sänkte sänkt sänkning nedgång "
    "reducera reducerar reduceras reducerat krympa krymper krympte krympt krympning",
    "öka ökar ökade ökat ökning höja höjer höjde höjt höjning stiger uppgång",
    "förbättra förbättrar förbättras förbättrats förbättring förbättringar",
    "försämra försämras försämrats försämring sämre",
    "avsluta avslutar avslutas avslutades avslutade avslutad avslut upphöra upphör upphörde "
    "nedlagd nedlagda nedläggning stänga stängde stängdes stängs stängd",
    "starta startar startade startat påbörja påbörjas påbörjades påbörjats inleda inleds "
    "inleddes börja började initiera initierar initieras initierat",
    # ("införa" and "införande" stem to "inför", the preposition: left out)
    "infört införde införts implementera implementeras implementerat implementering",
    "genomföra genomför genomförs genomfört genomförde utföra utför utförs utfört",
    "fortsätta fortsätter fortsatt fortgå fortgår pågå pågår pågick pågående",
    "ändra ändrar ändrade ändrats ändring förändra förändrar förändrats förändring förändringar",
    "stärka stärker stärks förstärka förstärker förstärkning",
    "förebygga förebygger förebyggande prevention preventiv preventiva motverka förhindra "
    "förhindrar förhindras",
    "upptäcka upptäcker upptäcks identifiera identifierar identifieras identifierade",
    "kolla kollar granska granskar granskning kontrollera kontrollerar kontroll",
    "utvärdera utvärderar utvärderas utvärdering utvärderingar",
    "mäta mäter mäts mätning mätningar",
    "utreda utreder utreds utredning utredningar utredningen",
    "kartlägga kartläggning inventera inventering",
    "prioritera prioriterar prioriteras prioriterat satsa satsar satsning satsningar",
    "hantera hanterar hanteras sköta sköter",
    "lösa löser fixa fixar",
    "uppfylla uppfylls uppfylldes uppfyllt uppfyllda uppnå uppnås uppnått uppnådde "
    "uppnåddes nå nådde nått",
    "lyckas lyckades klara klarade klarat",
    "bevilja beviljar beviljas beviljade beviljat godkänna godkänt godkände",
    "ansökan ansökningar ansöka ansöker",
    "erbjuda erbjuder erbjuds erbjudits tillhandahålla tillhandahåller utbud utbudet",
    "delta deltar deltog deltagit deltagare deltagarna medverka medverkar",
    "utöka utökar utökas utökat utökad utökade utökning expandera expanderar utvidga utvidgas",
    "revidera revideras reviderar reviderade reviderat revidering revideringar uppdatera "
    "uppdaterar uppdateras uppdaterad uppdaterade uppdatering översyn översynen",
    "säkerställa säkerställer säkerställs garantera garanterar garanteras",
    "främja främjar främjande gynna gynnar",
    "uppmuntra uppmuntrar uppmuntras peppa peppar",
    "underlätta underlättar underlättas förenkla förenklar förenklas",
    "anpassa anpassar anpassas anpassad anpassat anpassning anpassningar justera justerar "
    "justeras skräddarsy skräddarsydd skräddarsydda",
    "inrätta inrättar inrättas inrättade etablera etablerar etableras etablerade",
    "anordna anordnar anordnas anordnat arrangera arrangerar arrangeras arrangerade",
    "hänvisa hänvisar hänvisas hänvisade remittera remitterar remitteras slussa slussar slussas",
    "redovisa redovisar redovisas redovisades redovisning redovisningen rapportera rapporterar "
    "rapporteras rapporterade",
    "sammanställa sammanställer sammanställs sammanställning sammanfatta sammanfattar "
    "sammanfattning summera summerar",
    "beakta beaktar beaktas beaktande hänsyn",
    "påverka påverkar påverkas påverkat påverkan inverka inverkar inverkan",
    "använda använder används användas användning nyttja nyttjar nyttjas utnyttja utnyttjar "
    "utnyttjas utnyttjande tillämpa tillämpar tillämpas",
    "behålla behåller behålls bibehålla bibehålls bibehållen upprätthålla upprätthåller "
    "upprätthålls",
    "testa testar testas testat pröva prövar prövas prövat",
    "drabba drabbas drabbade drabbat utsätta utsätts utsättas utsätter",
    "följsamhet följsamheten efterlevnad efterlevnaden efterleva efterlevs",
    # --- contact, information, talk ---
    "kontakta kontaktar kontaktade kontaktat ringa ringer ringde ringt hörde",
    "samtal samtala samtalar prata pratar pratade",
    "möte möten mötet möta möter mötte träff träffa träffar träffas träffade sammanträde "
    "sammanträden",
    "information informera informerar informeras upplysning upplysningar",
    "mejl mejla mail e-post epost",
    "hemsida hemsidan webbplats webbplatsen",
    "broschyr broschyren folder",
    "råd rådgivning",
    "samverkan samverka samverkar samarbete samarbeta samarbetar samarbetet",
    "samordning samordna koordinering koordinera samordnare koordinator",
    "diskutera diskuterar diskuteras diskuterat diskussion diskussioner resonera resonerar dialog "
    "dialogen dialoger",
    "samråd samrådet samråda rådgöra rådgör konsultation konsultationer",
    "medborgardialog medborgardialoger invånardialog invånardialoger",
    "telefon telefonen telefoner mobiltelefon mobiltelefoner",
    "videomöte videomöten skypemöte skypemöten teamsmöte teamsmöten distansmöte distansmöten",
    "distansarbete distansarbeta hemarbete hemifrån",
    "nätverk nätverket nätverken kontaktnät kontaktnätet",
    "mötesplats mötesplatser mötesplatserna träffpunkt träffpunkter träffpunkten",
    "informationsinsats informationsinsatser informationskampanj informationskampanjer",
    "månadsbrev nyhetsbrev nyhetsbrevet",
    "aktör aktörer aktörerna samverkanspartner samverkanspartners samarbetspartner "
    "samarbetspartners",
    "representant representanter representanterna företrädare företrädarna",
    # --- help and interventions ---
    "hjälp hjälpa hjälper stöd stödja stödjer stötta stöttar stöttning",
    "bistånd hjälp",
    "insats insatser insatsen insatserna åtgärd åtgärder åtgärderna stödinsats stödinsatser "
    "stödinsatserna",
    "behandling behandlingen terapi",
    "familjebehandling familjeterapi",
    "familjebehandlare familjeterapeut",
    "stödsamtal samtalsstöd",
    "föräldrastöd föräldrastödsprogram föräldrautbildning föräldraskapsstöd",
    "samarbetssamtal samarbetsamtal",
    "öppenvård öppenvården öppenvårdsinsats öppenvårdsinsatser",
    "metod metoder metoden arbetssätt arbetsätt arbetsmetod arbetsmetoder modell modellen "
    "modeller arbetsmodell arbetsmodellen",
    "rutin rutiner rutinen riktlinje riktlinjer riktlinjerna",
    "handlingsplan handlingsplaner åtgärdsplan",
    "placering placeringar placera placeras placerade placerat omhändertagande omhändertagna",
    "familjehem fosterhem fosterfamilj fosterfamiljer familjehemsföräldrar fosterföräldrar",
    "hvb hvb-hem institution institutioner behandlingshem",
    "fältassistent fältassistenter fältare fältarbetare",
    "uppsökande fältarbete fältverksamhet fältverksamheten",
    "försörjningsstöd socialbidrag",
    "verktyg verktyget verktygen instrument instrumentet instrumenten bedömningsinstrument",
    "genomförandeplan genomförandeplanen genomförandeplaner behandlingsplan behandlingsplanen "
    "behandlingsplaner",
    "12-stegsbehandling tolvstegsbehandling tolvstegsprogram minnesotamodellen",
    "u-båt ubåt",
    "familjehemsplacerad familjehemsplacerade familjehemsplacering familjehemsplaceringar "
    "fosterbarn fosterbarnen",
    "familjehemsvård familjehemsvården fosterhemsvård fosterhemsvården",
    "jourhem jourhemmet jourhemmen jourfamilj jourfamiljer jourfamiljen",
    "sammanbrott sammanbrotten sammanbrottet avbrott avbrotten spruckit sprack spruckna",
    "kontaktfamilj kontaktfamiljer kontaktfamiljen stödfamilj stödfamiljer",
    "coach coacher coachen mentorer mentorerna",
    "skuldrådgivning skuldrådgivningen budgetrådgivning budgetrådgivningen",
    "beroendevård beroendevården missbruksvård missbruksvården",
    # --- goals, results, reports ---
    "mål målet målen målsättning målsättningen",
    "syfte syftet ändamål avsikt",
    "resultat resultatet utfall utfallet",
    "indikator indikatorer nyckeltal",
    "orsak orsaker orsaken anledning anledningen skäl skälet",
    "problem problemen problematik svårighet svårigheter utmaning utmaningar",
    "dålig dåliga bristfällig bristfälliga",
    "bra god goda gott",
    "viktig viktiga viktigt betydelsefull angelägen",
    "snabb snabbt snabbare skyndsamt",
    "klagomål klagomålen klagomålet kritik missnöje missnöjd missnöjda",
    "nöjd nöjda nöjdhet tillfredsställd tillfredsställelse",
    "enkät enkäten enkätundersökning",
    "brukarundersökning brukarundersökningen brukarenkät brukarenkäten",
    "andel andelen procent procentandel",
    "statistik siffror",
    "verksamhetsberättelse verksamhetsberättelsen årsrapport årsberättelse",
    "avvikelse avvikelser incident incidenter",
    "tillsyn inspektion ivo",
    "aktgranskning aktgranskningen aktgranskningar journalgranskning journalgranskningar",
    "kvalitetsarbete kvalitetsarbetet kvalitetsutveckling kvalitetsutvecklingsarbete "
    "kvalitetssäkring kvalitetssäkra",
    "uppföljning uppföljningen uppföljningar avstämning avstämningar avstämningen",
    "tertialrapport tertialrapporter tertialrapporten delårsrapport delårsrapporten "
    "tertialuppföljning",
    "lägesbild lägesbilden nulägesbeskrivning nulägesanalys",
    "omvärldsbevakning omvärldsbevakningen omvärldsanalys",
    "trend trenden trender tendens tendenser",
    "brist brister bristerna bristande svaghet svagheter",
    "utvecklingsområde utvecklingsområden förbättringsområde förbättringsområden",
    "kärnuppdrag kärnuppdraget grunduppdrag grunduppdraget huvuduppdrag huvuduppdraget",
    "delmål delmålen etappmål etappmålen",
    "fokus fokuset fokusera fokuserar fokuserat tyngdpunkt tyngdpunkten kraft krafter",
    "behov behovet behoven efterfrågan efterfrågas",
    "erfarenhet erfarenheter erfarenheten lärdom lärdomar",
    "uppleva upplever upplevs upplevt upplevelse upplevelser uppfatta uppfattar uppfattas "
    "uppfattning tycka tycker tyckte",
    "tillit tilliten förtroende förtroendet",
    "trygghetsmätning trygghetsmätningar trygghetsundersökning trygghetsenkät",
    "brukarmedverkan brukardelaktighet brukarinflytande brukarinflytandet",
    "systematisk systematiska systematiskt strukturerad strukturerade strukturerat metodisk "
    "metodiskt",
    "tillgänglig tillgängliga tillgängligt tillgänglighet lättillgänglig lättillgängliga",
    "internkontroll egenkontroll",
    "dokumentation dokumentera dokumenteras journal journalföring",
    "kunskap kunskaper kunskapen kompetens kompetensen",
    "idé idéer förslag",
    "önskemål önskan önskningar",
    "innovation innovationer förnyelse nytänkande innovativ innovativa innovativt nyskapande",
    "ansvar ansvara ansvarar ansvarig ansvariga",
    # --- organisation ---
    "socialtjänst socialtjänsten soc",
    "förvaltning förvaltningen stadsdelsförvaltning stadsdelsförvaltningen",
    "nämnd nämnden stadsdelsnämnd stadsdelsnämnden",
    "stadsdel stadsdelen stadsdelsområde stadsdelsområdet",
    "socialtjänstlagen sol",
    "lag lagen lagstiftning",
    "kommunfullmäktige kommunfullmäktiges fullmäktige",
    "utredningsgrupp utredningsgruppen utredningsgrupperna utredargrupp utredargrupper "
    "utredargrupperna utredningsteam",
    "mottagningsgrupp mottagningsgruppen mottagningsteam mottagningsteamet mottagningsenhet "
    "mottagningsenheten",
    "relationsvåldscentrum relationsvårdscentrum",
    "barnkonvention barnkonventionen barnrättskonventionen",
    "barnombud barnombuden barnrättsombud barnrättsombuden",
    "krisberedskap krisberedskapen beredskap beredskapen beredskapsplanering",
    "informationssäkerhet informationssäkerheten it-säkerhet dataskydd gdpr",
    "förening föreningar föreningen föreningarna klubb klubbar",
    "församling församlingar kyrka kyrkan kyrkor trossamfund samfund",
    "vårdcentral vårdcentralen vårdcentraler hälsocentral",
    "barnhälsovård barnhälsovården barnavårdscentral barnavårdscentralen barnavårdcentral",
    "kronofogdemyndigheten kronofogden",
    "vård vården omsorg omsorgen",
    # --- people ---
    "brukare brukaren brukarna klient klienten klienter klienterna",
    "invånare invånarna medborgare medborgarna",
    "person personer individ individer människor folk",
    "ung unga ungdom ungdomar ungdomen tonåring tonåringar",
    "förälder föräldrar föräldrarna vårdnadshavare vårdnadshavaren",
    "mamma mammor mödrar mor",
    "flicka flickor tjej tjejer",
    "pojke pojkar kille killar",
    "anhörig anhöriga närstående",
    "frivillig frivilliga volontär volontärer ideell ideella",
    "civilsamhälle civilsamhället föreningsliv föreningslivet",
    "äldre pensionärer seniorer",
    "nyanländ nyanlända flykting flyktingar asylsökande",
    "ensamkommande flyktingbarn",
    "kurator skolkurator skolsocionom skolsockonom",
    "våldsutövare förövare gärningsperson gärningsman",
    "våldsutsatt våldsutsatta brottsoffer offer",
    "lagöverträdare lagöverträdarna kriminell kriminella brottsling brottslingar",
    "föräldraförmåga föräldraförmågan omsorgsförmåga omsorgsförmågan",
    "livssituation livssituationen livssituationer levnadsförhållanden levnadsvillkor",
    "uppväxtvillkor uppväxtvillkoren uppväxtförhållanden",
    "boendeförhållanden boendesituation boendesituationen",
    # --- problems and topics ---
    "våld våldet misshandel",
    "relationsvåld partnervåld familjevåld",
    "hedersrelaterat hedersrelaterad hedersvåld hedersförtryck heder",
    "övergrepp sexualbrott",
    "omsorgssvikt försummelse vanvård",
    "hot hota hotar hotade hotfull",
    "trakasserier kränkning kränkningar kränkande mobbning",
    "diskriminering särbehandling",
    "missbruk missbruket missbruksproblem missbruksproblematik drogmissbruk beroendeproblem "
    "beroendeproblematik",
    "droger narkotika knark",
    "alkohol sprit",
    "tobak rökning",
    "doping anabola",
    "spelberoende spelmissbruk",
    "brott brottslighet kriminalitet",
    "ungdomsbrott ungdomskriminalitet",
    "prostitution sexhandel sexköp",
    "människohandel trafficking",
    "extremism radikalisering våldsbejakande",
    "psykisk psykiska mental mentala",
    "hälsa välmående mående",
    "funktionsnedsättning funktionsnedsättningar funktionshinder funktionshindrade handikapp "
    "funktionsnedsatt funktionsnedsatta",
    "npf neuropsykiatrisk neuropsykiatriska",
    "beteendeproblem beteendeproblematik utagerande",
    "oro orolig oroliga bekymmer",
    "konflikt konflikter tvist tvister bråk",
    "skilsmässa separation separerade skilda",
    "orosanmälan orosanmälningar anmälan anmälningar anmäla",
    "hemlöshet hemlösa bostadslöshet bostadslösa",
    "vräkning vräkningar avhysning avhysningar",
    "bostad bostäder lägenhet lägenheter",
    "pandemi pandemin covid covid-19 corona coronapandemin coronaåren coronaåret coronatiden "
    "pandemiåren pandemiåret",
    "skola skolan skolor skolorna skolgång grundskola grundskolan",
    "förskola förskolan förskolor dagis",
    "skolfrånvaro skolk hemmasittare",
    "fritidsgård fritidsgården ungdomsgård ungdomsgården fritidsklubb",
    "delaktighet delaktig delaktiga inflytande medbestämmande involvera involverar involveras "
    "involverad involverade",
    "trygg trygga tryggt trygghet säker säkra",
    "barnperspektiv barnperspektivet barnrättsperspektiv barnrättsperspektivet",
    "säkerhetsplanering säkerhetsplaneringar skyddsplanering",
    "handläggningstid handläggningstider väntetid väntetider utredningstid utredningstiden "
    "utredningstider",
    "kö köer väntelista väntelistor",
    "ungdomsmottagning ungdomsmottagningen umo",
    "allvarlig allvarliga allvarligt allvarligare grov grova grovt",
    "depression depressioner nedstämdhet nedstämd",
    "cannabis hasch marijuana",
    "skadegörelse skadegörelser skadegörelsen vandalisering",
    "kontrakt kontraktet bostadskontrakt hyreskontrakt hyreskontraktet förstahandskontrakt",
    "försökslägenhet försökslägenheter träningslägenhet träningslägenheter",
    "härbärge härbärgen härbärget natthärbärge natthärbärgen",
    "servicebostad servicebostäder servicelägenhet servicelägenheter",
    "parklek parklekar parklekarna lekpark lekparker",
    "feriejobb feriearbete sommarjobb sommarjobben feriepraktik",
    # --- assessment, planning and quality ---
    "bedöma bedömer bedöms bedömning bedömningar",
    "riskbedömning riskbedömningar riskanalys savry",
    "analys analyser analysera analyserar analyseras",
    "plan planer planera planerar planeras planering",
    "kvalitet kvaliteten kvalitén",
    "effektiv effektiva effektivt effektivitet effektivisera effektivisering",
    "hållbar hållbara hållbart hållbarhet",
    "digital digitala digitalt digitalisering digitaliseringen",
    "evidensbaserad evidensbaserade kunskapsbaserad beprövad",
    "forskning vetenskap",
    "utveckla utvecklar utvecklas utveckling utvecklingen",
    "synpunkt synpunkter åsikt åsikter",
    "återkoppling feedback återkoppla återkopplar återkopplas",
    "måluppfyllelse måluppfyllnad",
    "jämföra jämför jämförelse jämfört",
    "effekt effekter effekten verkan",
    "möjlighet möjligheter chans chanser",
    "förutsättning förutsättningar villkor",
    "värdegrund värderingar",
    "självbestämmande autonomi",
    "jämställdhet jämställd jämställda jämställt",
    "likvärdig likvärdiga jämlik jämlika",
    "domstol domstolen tingsrätt tingsrätten",
    "inflöde ärendeinflöde ärendemängd inkommande inkomna inkommit",
    "bemanning bemanningen personaltäthet",
    "friskvård motion",
    "semester ledighet",
    "fack facket fackförbund",
    "student studenter praktikant praktikanter",
    "workshop workshops seminarium seminarier",
    "föreläsning föreläsningar föredrag",
    # --- time and amount ---
    "förra föregående",
    "nästa kommande",
    "nuvarande aktuell aktuella",
    "tidigare förut",
    "ungefär cirka ca omkring",
    "totalt totala total sammanlagt sammantaget summa",
    "kväll kvällar kvällstid",
    "helg helger helgtid",
    "natt nätter nattetid",
    "akut akuta brådskande",
    "dyr dyra dyrare kostsam kostsamma",
    "gratis kostnadsfri kostnadsfria kostnadsfritt avgiftsfri",
    "månadsvis månadsvisa månatligen månatlig månatliga",
    "kontinuerlig kontinuerliga kontinuerligt regelbunden regelbundet regelbundna fortlöpande",
    "merparten majoriteten flertalet huvuddelen",
    "dagtid kontorstid",
    # --- more people and places ---
    "utsatt utsatta sårbar sårbara",
    "riskfaktor riskfaktorer risk risker",
    "skyddsfaktor skyddsfaktorer friskfaktorer",
    "jour socialjour socialjouren",
    "bup barnpsykiatri barnpsykiatrin ungdomspsykiatri",
    "elevhälsa elevhälsan skolhälsovård",
    "region regionen landsting landstinget",
    "kommun kommunen stad staden",
    "idrott sport",
    "utrikesfödda utlandsfödda invandrare",
    "arbetslös arbetslösa arbetslöshet arbetssökande",
    "hyresvärd hyresvärdar bostadsbolag",
    "internet nätet",
    # --- environment and premises ---
    "mat måltider livsmedel",
    "avfall sopor",
    "återvinning återvinns källsortering källsorterar sortera sorterar",
    "miljövänlig miljövänliga klimatsmart klimatsmarta",
    "giftfri giftfria kemikaliefri",
    "energiförbrukning energiförbrukningen energianvändning energianvändningen",
    "möbler inventarier",
    "lokal lokaler lokalen lokalerna kontoret kontorslokal kontorslokaler",
    "matsvinn matsvinnet matspill",
    "matavfall matavfallet bioavfall bioavfallet",
    "ekologisk ekologiska ekologiskt kravmärkt kravmärkta",
    "energieffektiv energieffektiva energieffektivt energisnål energisnåla",
    "värmebölja värmeböljor hetvåg hetvågor",
    "skyfall skyfallen störtregn",
    "nedskräpning nedskräpningen skräp skräpet",
    "städning städningen lokalvård lokalvården",
    "kollektivtrafik kollektivtrafiken lokaltrafik lokaltrafiken",
    "färdmedel transportmedel",
    # --- IT and digital ---
    "ipad ipads surfplatta surfplattor",
    "datorer datorn laptop laptops",
)
"""Groups of single Swedish words used interchangeably in the reports' domain, space-separated."""


def _lookup() -> dict[str, frozenset[str]]:
    """Each stem of a group word -> the stems of every word of every group it is in."""
    lookup: dict[str, set[str]] = {}
    for group in GROUPS:
        stems = {stem(word) for word in group.split()}
        for s in stems:
            lookup.setdefault(s, set()).update(stems)
    return {s: frozenset(others - {s}) for s, others in lookup.items()}


_ALTERNATIVES = _lookup()


def alternatives(stem: str) -> tuple[str, ...]:
    """The stems of the other words of every group holding a word with this Snowball stem,
    sorted and without `stem` itself; () when no group holds it."""
    return tuple(sorted(_ALTERNATIVES.get(stem, ())))
