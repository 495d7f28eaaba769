"""Everyday phrasings of the reports' terms ("gick back" for "underskott", "personalen
slutar" for "personalomsättning"): a question worded so is searched and weighed with the term
the reports write as well (see service.answer.reading). A phrase, so no word group of
service.answer.thesaurus can hold it. Each pattern is Swedish (an English question is read in
its Swedish wording first) and says the term in this domain almost always; a wrong one makes
the assistant answer questions the reports cannot answer. Pure data plus one pure function."""

from __future__ import annotations

import re

__all__ = ["PHRASES", "report_terms"]

PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), term)
    for pattern, term in (
        (
            r"\bgick\s+(?:\w+\s+){0,2}?(?:back|minus|med (?:förlust|minus))\b|"
            r"\b(?:inte|ej) (?:höll|håller|hållit|hålla|klarade|klarat|klarar) (?:sig )?(?:inom )?"
            r"budget(?:en|ramen)?\b|"
            r"\b(?:höll|håller|klarade|klarar)\s+(?:\w+\s+){0,3}?(?:inte|ej)\s+(?:inom\s+)?"
            r"budget\w*|\böverskr[eiä]\w* budget\w*|\bbudget(?:en)? (?:höll|räckte) inte\b|"
            r"\b(?:blev|blir|blivit)\s+(?:det\s+)?(?:ett\s+)?minus\b|\bekonomiskt minus\b|"
            r"\b(?:låg|ligger|legat|ligga)\b[^?.!]{0,60}?\bback\b",
            "underskott",
        ),
        (
            r"\bgick\s+(?:\w+\s+){0,2}?(?:plus|med vinst)\b|"
            r"\b(?:blev|blir|blivit)\s+(?:det\s+)?(?:ett\s+)?plus\b|\bekonomiskt plus\b",
            "överskott",
        ),
        (
            r"\b(?:personal(?:en)?|medarbetar(?:e|na)|anställda) (?:slutar|slutade|har slutat)\b",
            "personalomsättning",
        ),
        (
            r"\b(?:kommer|kom|komma|kommit|återkommer|återkom)\s+tillbaka\b|"
            r"(?<!\binte\s)\b(?:blir|blev|blivit)\s+(?:\w+\s+){0,2}?aktuell\w*\s+igen\b|"
            r"\b(?:comes?|came|coming)\s+back\b|\bback\s+in\s+contact\b",
            "återaktualisering",
        ),
        (
            r"\b(?:saknar|saknade|saknat|sakna|utan)\s+(?:\w+\s+)?(?:bostad|tak över huvudet)\b",
            "hemlöshet",
        ),
        (r"\b(?:tas|togs|tagits|tagna|tagen|taget|ta|tog|tar)\s+om\s*hand\b", "omhändertagande"),
        (r"\bmed tvång\b|\btvångsvis\b|\bmot sin vilja\b", "LVU"),
        (r"\bfast\s+anställd\w*", "tillsvidareanställda"),
        (r"\b(?:gått|gick|går|gå|blivit|blev|blir)\s+(?:\w+\s+)?(?:snett|fel)\b", "avvikelse"),
        (r"\bvem som är (?:pappa|far|fader)\b|\bpappaskap\w*", "faderskap"),
        (
            r"\bvåld\s+(?:i|inom)\s+(?:hemmet|familjen|relationen|förhållandet|äktenskapet|"
            r"parrelationen)\b|"
            r"\b(?:slår|slog|slagit|misshandlar|misshandlade|misshandlat)\s+(?:sin|sina)\s+(?:fru|"
            r"man|make|maka|partner|sambo|flickvän|pojkvän|tjej|kille|exfru|expartner)\b|"
            r"\b(?:blir|blev|blivit)\s+(?:\w+\s+)?(?:slagen|slagna|misshandlad|"
            r"misshandlade)\s+av\s+(?:sin|sina)\s+(?:man|make|maka|fru|partner|sambo|pojkvän|"
            r"flickvän|kille|tjej)\b",
            "våld i nära relation",
        ),
        (
            r"\b(?:barn\w*|unga|ungdomar\w*|tonåringar|elever)\s+som\s+(?:har\s+)?(?:sett|ser|såg|"
            r"hört|hör|hörde|bevittnar|varit\s+med\s+om|levt\s+med|lever\s+med|växer\s+upp\s+med|"
            r"vuxit\s+upp\s+med)\s+(?:\w+\s+){0,3}?(?:våld\w*|misshandel\w*|slå|slår|slog)\b|"
            r"\b(?:pappa|mamma|pappan|mamman|förälder|föräldern)\s+(?:\w+\s+)?(?:slår|slog|slagit|"
            r"misshandlar|misshandlade)\s+(?:mamma|pappa|mamman|pappan|den\s+andra\s+föräldern)\b",
            "upplevt våld",
        ),
        (
            r"\b(?:sälj\w*|sålt|sålde|såld\w*|köp\w*)\s+sex(?=\s*(?:[?.!,;:)]|$)|\s+(?:på|av|mot|"
            r"till|för|via|med|som|i|och|eller|online|över|genom)\b)|"
            r"\bsex\s+mot\s+(?:betalning|pengar|ersättning)\b|\bsälj\w*\s+sin\s+kropp\b",
            "prostitution",
        ),
        (
            r"\b(?:tvingas|tvingades|tvingats|tvinga|tvingar|tvingade|pressas|"
            r"pressades)\s+(?:\w+\s+){0,2}?(?:att\s+)?gifta\s+sig\b|"
            r"\bgift(?:a|as|es|ades|s)?\s+bort\b|\bbortgift\w*|\btvångsgift\w*|"
            r"\btvångsäktenskap\w*|\bbarnäktenskap\w*|"
            r"\b(?:familjens|släktens)\s+(?:rykte|anseende)\b",
            "hedersrelaterat",
        ),
        (
            r"\b(?:kom|kommer|kommit|anlände|anländer|anlänt|flydde|flyr|"
            r"flytt)\s+(?:\w+\s+)?(?:hit|till\s+sverige|till\s+landet)\s+(?:\w+\s+)?(?:ensamma?\b|"
            r"utan\s+(?:sina\s+|sin\s+|några\s+)?(?:föräldrar|föräldrarna|familj|familjen|"
            r"vårdnadshavare|vuxna)\b)|\bflyktingbarn\s+utan\s+(?:föräldrar|familj)\b",
            "ensamkommande",
        ),
        (
            r"\b(?:socialsekreterar\w*|handläggar\w*|utredar\w*|socialtjänsten|soc|socialen|"
            r"familjerätten|personalen|man|ni|enheten|"
            r"familjebehandlar\w*)\s+(?:\w+\s+){0,2}?(?:prata\w*|samtala\w*|talar|talade|"
            r"tala)\s+(?:\w+\s+)?(?:enskilt\s+)?med\s+(?:barnet|barnen|barn)\b|"
            r"\b(?:pratar|pratade|samtalar|samtalade|talar|talade)\s+(?:socialsekreterar\w*|"
            r"handläggar\w*|utredar\w*|socialtjänsten|soc|socialen|familjerätten|personalen|man|"
            r"ni|familjebehandlar\w*)\s+(?:\w+\s+)?(?:enskilt\s+)?med\s+(?:barnet|barnen|barn)\b",
            "barnsamtal",
        ),
        (
            r"\b(?:hur|är|var)\s+(?:\w+\s+)?nöjda\s+(?:är\s+|var\s+|blev\s+)?(?:brukarna|brukare|"
            r"klienterna|klienter|de\s+som\s+får\s+(?:hjälp|stöd|insatser|bistånd))\b|"
            r"\b(?:brukarna|klienterna|de\s+som\s+får\s+(?:hjälp|stöd|insatser|"
            r"bistånd))\s+(?:\w+\s+){0,2}?(?:nöjda|missnöjda)\b|"
            r"\b(?:vad|hur)\s+(?:tycker|tyckte)\s+(?:brukarna|klienterna|"
            r"de\s+som\s+får\s+(?:hjälp|stöd|insatser|bistånd))\s+om\b",
            "brukarundersökning",
        ),
        (
            r"\btyck(?:a|er|te|t)\s+till\b(?!\s+(?:exempel|viss|stor|största|del|och\s+med))|"
            r"\bsäga\s+(?:sin\s+mening|vad\s+(?:man|de|hen|jag|"
            r"vi)\s+tycker)\s+om\s+(?:verksamheten|enheten|socialtjänsten|bemötandet|stödet|"
            r"hjälpen|insatsen|insatserna)\b",
            "synpunkter",
        ),
        (
            r"\bklag(?:a|ar|ade|at|as)\s+(?:\w+\s+)?(?:på|över)\b",
            "klagomål",
        ),
        (
            r"\b(?:inte\s+nöjd|inte\s+nöjda|missnöjd|missnöjda|oense|oenig|oeniga|"
            r"inte\s+håller\s+med|inte\s+hålla\s+med|"
            r"inte\s+överens)\s+(?:\w+\s+){0,2}?med\s+(?:\w+\s+)?beslut(?:et|en|a)?\b|"
            r"\b(?:inte|ej)\s+(?:är|var|blir|blev|"
            r"blivit)\s+(?:\w+\s+)?nöjda?\s+med\s+(?:\w+\s+)?beslut(?:et|en|a)?\b|"
            r"\bfå(?:r|tt)?\s+(?:\w+\s+){0,2}?beslut(?:et|en|a)?\s+(?:\w+\s+)?(?:ändrat|ändrad|"
            r"ändrade|omprövat|omprövad|prövat|prövad|upprivet)\b|"
            r"\b(?:tycker|anser|tror)\s+(?:\w+\s+)?(?:att\s+)?beslutet\s+(?:är|var|blev)\s+(?:fel|"
            r"felaktigt|orättvist)\b",
            "överklaga",
        ),
        (
            r"\b(?:bo|bor|bodde|bott|flytta|flyttar|flyttade|flyttat|placeras|placerades|"
            r"placerats|placerad|placerade|hamna|hamnar|hamnade)\s+(?:\w+\s+)?(?:hos|i|"
            r"till)\s+(?:en\s+)?(?:annan|ny|andra|nya|främmande)\s+familj(?:er|"
            r"en)?\b(?![^?.!]*\bhelg)",
            "familjehem",
        ),
        (
            r"\b(?:flyttas|flyttades|flyttats|tas|togs|tagits|tagna|skiljs|skildes|separeras|"
            r"separerades)\s+(?:\w+\s+)?(?:från|ifrån)\s+(?:sina\s+|sin\s+|sitt\s+|den\s+egna\s+|"
            r"det\s+egna\s+)?(?:föräldrar|föräldrarna|förälder|familj|familjen|hem|hemmet|mamma|"
            r"pappa|vårdnadshavare|vårdnadshavarna)\b|"
            r"\b(?:bor|bo|bodde)\s+(?:\w+\s+)?(?:inte|ej)\s+(?:längre\s+|kvar\s+)?hemma\b|"
            r"\b(?:kan\s+inte|inte\s+kan)\s+bo\s+(?:kvar\s+)?hemma\b|"
            r"\b(?:bo|bor|bodde|vård|vårdas)\s+(?:\w+\s+)?utanför\s+(?:det\s+egna\s+|"
            r"sitt\s+)?hemmet\b",
            "placering",
        ),
        (
            r"\bplacering(?:en|ar|arna)?\s+(?:\w+\s+){0,3}?(?:fungerade|fungerar|funkade|funkar|"
            r"fungerat|funkat|höll|håller|hållit)\s+inte\b|"
            r"\b(?:fungerade|fungerar|funkade|funkar)\s+(?:inte\s+placering(?:en|ar|arna)?|"
            r"placering(?:en|ar|arna)?\s+inte)\b|"
            r"\bplacering(?:en|ar|arna)?\s+(?:\w+\s+){0,2}?(?:avbröts|avbryts|avbrutits|bröts|"
            r"bryts|spricker|tog\s+slut\s+i\s+förtid|avslutades\s+i\s+förtid|"
            r"avslutas\s+i\s+förtid)\b|"
            r"\b(?:oplanerad|oplanerat|oplanerade)\s+(?:\w+\s+)?(?:avslut|hemgång|flytt|flyttar|"
            r"omplacering\w*)\b|\bmisslyckade?\s+placering\w*",
            "sammanbrott",
        ),
        (
            r"\b(?:orolig|oroliga|oroad|oroade|bekymrad|"
            r"bekymrade)\s+för\s+(?:ett\s+(?:annat\s+)?barn|en\s+(?:elev|ungdom|tonåring|kompis)|"
            r"ett\s+grannbarn|grannens\s+barn|grannarnas\s+barn|någons\s+barn|ett\s+barn)\b|"
            r"\banmäl\w*\s+(?:\w+\s+)?(?:sin\s+)?oro\b|"
            r"\b(?:misstänker|misstänkte|misstänks|tror|märker|"
            r"märkte)\s+(?:att\s+)?(?:\w+\s+){0,3}?far\s+illa\b",
            "orosanmälningar",
        ),
        (
            r"\b(?:anmäl\w*|orosanmäl\w*|ärende\w*)\s+(?:\w+\s+){0,2}?(?:leder|ledde|lett|"
            r"leda)\s+(?:\w+\s+)?till\s+(?:en\s+)?utredning\w*|"
            r"\b(?:leder|ledde|lett|leda)\s+(?:\w+\s+)?(?:anmäl\w*|orosanmäl\w*|"
            r"ärende\w*)\s+(?:\w+\s+)?till\s+(?:en\s+)?utredning\w*|"
            r"\bvad\s+händer\s+(?:\w+\s+){0,5}?(?:efter|när|med)\s+(?:\w+\s+){0,5}?(?:anmälan|"
            r"anmälningar|anmälningarna|orosanmälan|orosanmälningar|anmält|anmäler|anmäla|"
            r"anmälts)\b|"
            r"\b(?:om|huruvida)\s+(?:det\s+)?(?:ska|skall|behöver|bör)\s+(?:\w+\s+)?(?:inledas|"
            r"öppnas|startas|påbörjas|göras)\s+(?:en\s+)?utredning\b|"
            r"\b(?:om|huruvida)\s+(?:man|de|socialtjänsten|soc|enheten)\s+(?:ska|skall|behöver|"
            r"bör)\s+(?:inleda|öppna|starta|påbörja|göra)\s+(?:en\s+)?utredning\b",
            "förhandsbedömning",
        ),
        (
            r"\b(?:kastas|kastades|kastats|slängs|slängdes|sätts|sattes|körs|kördes|tvingas|"
            r"tvingades)\s+ut\s+(?:\w+\s+){0,2}?(?:från|ur)\s+(?:sin\s+|sitt\s+|"
            r"sina\s+)?(?:bostad|bostaden|lägenhet|lägenheten|hyreskontrakt|hyreskontraktet|"
            r"hyresrätt|hyresrätten)\b|\b(?:bli|blir|blev|blivit)\s+(?:\w+\s+)?vräkt\w*|"
            r"\b(?:bli|blir|blev|blivit)\s+av\s+med\s+(?:sin\s+|sitt\s+)?(?:bostad|bostaden|"
            r"lägenhet|lägenheten|hyreskontrakt|hyreskontraktet|kontrakt|kontraktet|hyresrätt|"
            r"hyresrätten)\b|"
            r"\b(?:förlora|förlorar|förlorade|förlorat|mista|mister|miste)\s+(?:sin|"
            r"sitt)\s+(?:bostad|lägenhet|hyreskontrakt|kontrakt|hyresrätt)\b",
            "avhysning",
        ),
        (
            r"\b(?:går|gick|gått|gå|kommer|kom|kommit)\s+(?:\w+\s+)?inte\s+(?:längre\s+|alls\s+|"
            r"heller\s+)?(?:till|i)\s+skolan\b|"
            r"\binte\s+(?:längre\s+)?(?:går|gick|gått|gå|kommer|kom|kommit)\s+(?:till|"
            r"i)\s+skolan\b|"
            r"\b(?:stannar|stannade|sitter|satt|är|var|stanna)\s+hemma\s+från\s+skolan\b|"
            r"\b(?:missar|missade|missat|missa)\s+(?:\w+\s+){0,2}?(?:skolan|lektioner|lektionerna|"
            r"skoldagar)\b|\b(?:slutat|slutar|slutade)\s+gå\s+(?:till|i)\s+skolan\b",
            "skolfrånvaro",
        ),
        (
            r"\b(?:dricker|drack|druckit|dricka|super|söp|supit)\s+(?:\w+\s+)?(?:för\s+mycket|"
            r"för\s+ofta|varje\s+dag)\b|"
            r"\bproblem\s+med\s+(?:alkohol|alkoholen|droger|drogerna|narkotika|sprit|spriten|"
            r"knark|tabletter|spel|spelande|spelandet)\b|"
            r"\b(?:sluta|slutar|slutade)\s+(?:att\s+)?(?:dricka|knarka|supa|ta\s+droger|"
            r"använda\s+droger)\b|\b(?:föräldrar|förälder|föräldern|pappa|mamma|pappan|"
            r"mamman)\s+(?:som\s+)?(?:dricker|super|knarkar|missbrukar|tar\s+droger)\b|"
            r"\bberoende\s+av\s+(?:alkohol|droger|narkotika|spel|tabletter)\b",
            "missbruk",
        ),
        (
            r"\bkomma\s+överens\s+(?:\w+\s+){0,2}?om\s+(?:barnen|barnet|barnens|vårdnaden|vårdnad|"
            r"umgänget|umgänge|boendet|var\s+barn\w*|vem\s+som|hur\s+(?:\w+\s+)?barn\w*)\b|"
            r"\b(?:bråk\w*|grälar|grälade|tvist\w*|oense|oeniga|osams|"
            r"konflikt\w*)\s+(?:\w+\s+)?om\s+(?:barnen|barnet|vårdnaden|umgänget)\b",
            "samarbetssamtal",
        ),
        (
            r"\b(?:träffa|träffar|träffade|träffat|träffas|se|ses|umgås)\s+(?:med\s+)?(?:sin|sina|"
            r"sitt)\s+(?:barn|pappa|mamma|far|mor|förälder|föräldrar|son|söner|dotter|döttrar|"
            r"syskon|biologiska\s+(?:föräldrar|förälder|mamma|pappa))\b",
            "umgänge",
        ),
        (
            r"\b(?:få|får|fick|söka|söker|sökte|ansöka\s+om|ansöker\s+om|behöver|"
            r"behövde)\s+(?:\w+\s+)?(?:pengar|bidrag|ekonomisk\s+hjälp)\s+(?:till|för)\s+(?:mat|"
            r"maten|hyra|hyran|räkningar|räkningarna|uppehälle|uppehället|kläder)\b|"
            r"\b(?:hjälp|stöd)\s+med\s+(?:hyran|räkningarna|matpengar)\b|"
            r"\bpengar\s+(?:\w+\s+)?från\s+(?:soc|socialen|socialtjänsten)\b|"
            r"\b(?:(?:kan|klarar|kunde)\s+inte|inte\s+(?:kan|kunde|"
            r"klarar))\s+(?:av\s+att\s+)?försörja\s+(?:sig|sin\s+familj|sina\s+barn)\b",
            "ekonomiskt bistånd",
        ),
        (
            r"\b(?:för|alldeles\s+för|väldigt|så|jätte)\s*mycket\s+att\s+göra\b|"
            r"\b(?:för|alldeles\s+för|väldigt)\s+många\s+ärenden\b|"
            r"\bärenden\s+per\s+(?:handläggare|socialsekreterare|medarbetare|utredare)\b|"
            r"\b(?:personalen|handläggarna|socialsekreterarna|medarbetarna|de\s+anställda|"
            r"utredarna)\s+(?:\w+\s+)?(?:hinner|hann|hunnit)\s+inte\b|"
            r"\b(?:hinner|hann)\s+(?:inte\s+)?(?:personalen|handläggarna|socialsekreterarna|"
            r"medarbetarna|utredarna)\s+(?:\w+\s+)?(?:inte\s+)?(?:med|göra)\b",
            "arbetsbelastning",
        ),
        (
            r"\b(?:personalen|medarbetarna|de\s+anställda|anställda|socialsekreterarna|"
            r"handläggarna|personal|medarbetare|utredarna|familjebehandlarna|chefen|"
            r"cheferna)\s+(?:\w+\s+){0,2}?(?:är|var|varit|blir|blev|"
            r"blivit)\s+(?:\w+\s+)?(?:hemma\s+)?sjuka?\b|"
            r"\b(?:är|var|varit|blir|blev)\s+(?:personalen|medarbetarna|de\s+anställda|"
            r"socialsekreterarna|handläggarna|utredarna|"
            r"cheferna)\s+(?:\w+\s+)?(?:hemma\s+)?sjuka?\b|\bsjukdagar\w*|"
            r"\b(?:borta|hemma|frånvarande)\s+(?:p\.?g\.?a\.?|på\s+grund\s+av)\s+sjukdom\b",
            "sjukfrånvaro",
        ),
        (
            r"\bbolla\w*\s+(?:\w+\s+){0,3}?(?:ärenden|ärendena|ärende|ärendet|fall|svåra\s+"
            r"frågor)\b|"
            r"\bprata\w*\s+igenom\s+(?:\w+\s+)?(?:ärenden|ärendena|ärende|fall|fallen)\b|"
            r"\b(?:stöd|hjälp|råd|vägledning)\s+(?:\w+\s+){0,2}?i\s+(?:sina\s+|de\s+)?(?:svåra|"
            r"tunga|komplicerade|krångliga)\s+(?:ärenden|ärendena|fall)\b",
            "handledning",
        ),
        (
            r"\b(?:tar|tog)\s+(?:\w+\s+){0,4}?emot\s+(?:nya|nyanställda)\s+(?:medarbetare|"
            r"anställda|kollegor|socialsekreterare|handläggare|personal)\b|"
            r"\b(?:tas|togs|blir|blev)\s+(?:nya|nyanställda)\s+(?:medarbetare|anställda|kollegor|"
            r"socialsekreterare|handläggare)\s+(?:\w+\s+)?emot\b|"
            r"\bnya\s+(?:medarbetare|anställda|kollegor|socialsekreterare|handläggare)\s+"
            r"(?:\w+\s+)?(?:tas|togs|blir|blev)\s+(?:\w+\s+)?emot\b|"
            r"\bkomma\s+in\s+i\s+(?:jobbet|arbetet|yrket|rollen)\b|"
            r"\blär(?:a|er)?\s+sig\s+jobbet\b|"
            r"\bförsta\s+(?:tiden|veckorna|dagarna|månaderna|året)\s+(?:på\s+(?:jobbet|enheten|"
            r"arbetsplatsen|nya\s+jobbet)|som\s+(?:ny|nyanställd))\b|"
            r"\b(?:börjar|började|börjat)\s+(?:att\s+)?(?:jobba|arbeta)\s+(?:som\s+\w+\s+)?(?:på|"
            r"hos|vid)\s+(?:enheten|\w+enheten|socialtjänsten)\b",
            "introduktion",
        ),
        (
            r"\bfadd(?:er|ern|rar|rarna)\b|"
            r"\b(?:gå|går|gick|gått)\s+bredvid\b|"
            r"\bbredvidgång\w*|"
            r"\b(?:en\s+)?(?:erfaren|erfarna|rutinerad|rutinerade)\s+kollega\w*\s+(?:som\s+"
            r")?(?:stöd|stöttar|stöttade|lotsar|guidar|tar\s+hand\s+om|vid\s+sin\s+sida|att\s+"
            r"fråga|att\s+vända\s+sig\s+till)\b",
            "mentor",
        ),
        (
            r"\b(?:personalen|medarbetarna|de\s+anställda|anställda|socialsekreterarna|"
            r"handläggarna|familjebehandlarna|medarbetare|utredarna)\s+(?:(?!att\b)\w+\s+"
            r"){0,4}?(?:gå|går|gick|gått)\s+(?:på\s+)?(?:kurs|kurser|vidareutbildning\w*|"
            r"fortbildning\w*)\b|"
            r"\b(?:personalen|medarbetarna|de\s+anställda|anställda|socialsekreterarna|"
            r"handläggarna|familjebehandlarna|medarbetare|utredarna)\s+(?:(?!att\b)\w+\s+"
            r"){0,4}?(?:lära|lär)\s+sig\s+(?:mer|nytt|nya\s+saker)\b|"
            r"\butvecklas\s+i\s+(?:sitt\s+|sin\s+)?(?:jobb|jobbet|arbete|arbetet|yrket|"
            r"yrkesroll\w*|roll|rollen)\b|"
            r"\bvässa\s+(?:sin|sina)\s+(?:kunskaper|kompetens)\b",
            "kompetensutveckling",
        ),
        (
            r"\b(?:jobba|jobbar|jobbade|jobbat|arbeta|arbetar|arbetade|arbetat)\s+(?:\w+\s+"
            r")?(?:hemifrån|på\s+distans|hemma\b(?!\s+hos))|"
            r"\bdistans(?:arbete|arbetet|arbeta|arbetar|jobb|jobbet|jobba|jobbar)\b|"
            r"\bhemarbete\w*|"
            r"\bhemmakontor\w*",
            "arbeta hemifrån",
        ),
        (
            r"\b(?:trivs|trivdes|trivts)\s+(?:\w+\s+){0,2}?(?:personalen|medarbetarna|de\s+"
            r"anställda|socialsekreterarna|handläggarna|familjebehandlarna|cheferna)\b|"
            r"\b(?:personalen|medarbetarna|de\s+anställda|socialsekreterarna|handläggarna)\s+"
            r"(?:\w+\s+){0,4}?(?:trivs|trivdes|trivts)\b|"
            r"\b(?:vad|hur)\s+(?:tycker|tyckte)\s+(?:personalen|medarbetarna|de\s+anställda|"
            r"socialsekreterarna|handläggarna)\s+om\s+(?:sin|sitt|sina|att\s+(?:jobba|arbeta)|"
            r"arbetsplatsen|arbetsmiljön|jobbet|chefen|cheferna|ledningen)\b|"
            r"\bnöjda\s+(?:är\s+|var\s+)?(?:personalen|medarbetarna|de\s+anställda|"
            r"socialsekreterarna|handläggarna)\s+(?:med\s+)?(?:sin|sitt|sina|arbetsplatsen|jobbet|"
            r"arbetsmiljön|chefen|cheferna|ledningen|att\s+(?:jobba|arbeta))\b",
            "medarbetarenkät",
        ),
        (
            r"\b(?:träna|tränar|tränade|motionera|motionerar|motionerade)\s+(?:\w+\s+)?på\s+"
            r"(?:arbetstid|arbetstiden|jobbtid|betald\s+tid)\b|"
            r"\b(?:träningsbidrag\w*|motionsbidrag\w*|gymkort\w*|träningskort\w*|"
            r"friskvårdstimm\w*|friskvårdsbidrag\w*|motionstimm\w*)|"
            r"\bbidrag\s+till\s+(?:träning|gym\w*|motion|massage)\b",
            "friskvård",
        ),
        (
            r"\b(?:hyr|hyrde|hyra|hyrt|hyrs|hyrdes)\s+(?:\w+\s+){0,4}?in\s+(?:\w+\s+)?(?:personal|"
            r"socialsekreterare|socionomer|handläggare|konsulter|utredare|medarbetare)\b|"
            r"\bbemanningsföretag\w*|"
            r"\binhyrd\w*\s+(?:personal|socialsekreterare|socionomer|handläggare|utredare|"
            r"konsulter)\b|"
            r"\bkonsult(?:er|erna)?\s+(?:\w+\s+)?(?:kostar|kostade|kostat)\b",
            "konsultkostnader",
        ),
        (
            r"\b(?:dagverksamhet\w*|dagcenter|daglig\s+sysselsättning)\b|"
            r"\b(?:något|nåt|någonting)\s+(?:meningsfullt\s+|vettigt\s+)?att\s+göra\s+(?:på|om|"
            r"under)\s+(?:dagarna|dagtid|dagen)\b|"
            r"\b(?:jobb|arbete|sysselsättning|aktiviteter|verksamhet)\s+(?:på\s+dagarna\s+|"
            r"dagtid\s+)?för\s+(?:personer|vuxna|unga|ungdomar|folk|människor|de)\s+med\s+"
            r"(?:\w+\s+)?(?:funktionsnedsättning\w*|funktionshinder|utvecklingsstörning|autism|"
            r"intellektuell\w*|lss)\b",
            "daglig verksamhet",
        ),
        (
            r"\b(?:följa|följer|följde)\s+med\s+(?:\w+\s+){0,2}?(?:på|till)\s+(?:aktiviteter|"
            r"aktiviteten|bio|bion|konsert\w*|fritidsaktiviteter|fotboll\w*|teater\w*|promenad\w*|"
            r"stan|gymmet|simhallen|affären|läkaren|tandläkaren)\b|"
            r"\bsällskap\s+(?:när|för\s+att|ut|till|på)\s+(?:\w+\s+)?(?:gå\s+ut|aktiviteter|bio|"
            r"stan|handla|promenad\w*)\b|"
            r"\bledsagare\b",
            "ledsagning",
        ),
        (
            r"\bavlastning\s+(?:\w+\s+)?(?:för|till|åt)\s+(?:föräldrar\w*|anhöriga|familjen|"
            r"familjer|familjerna|mamma|pappa|vårdnadshavar\w*|närstående|oss)\b|"
            r"\b(?:få|får|fick)\s+(?:\w+\s+){0,2}?(?:vila|paus|andrum|egen\s+tid|avlastning|"
            r"avbrott)\s+(?:från|i)\s+(?:omvårdnaden|omsorgen|vårdandet|att\s+ta\s+hand\s+om|"
            r"att\s+vårda|ansvaret)\b|"
            r"\bnågon\s+som\s+(?:avlastar|avlöser|tar\s+över\s+(?:omvårdnaden|omsorgen|"
            r"vårdandet))\b|"
            r"\bavlösare\b",
            "avlösarservice",
        ),
        (
            r"\bpersonlig(?:a)?\s+assistent\w*|"
            r"\bassistansersättning\w*|"
            r"\b(?:egen|egna)\s+assistent(?:er)?\b|"
            r"\bhjälp\s+(?:\w+\s+){0,2}?dygnet\s+runt\s+(?:i\s+hemmet|hemma|med\s+(?:allt|"
            r"vardagen))\b|"
            r"\bhjälp\s+med\s+(?:att\s+)?(?:äta|klä\s+på\s+sig|duscha|personlig\s+hygien|hygienen|"
            r"toalettbesök)\b",
            "personlig assistans",
        ),
        (
            r"\b(?:hjälp|stöd)\s+(?:\w+\s+){0,2}?(?:att|med\s+att)\s+(?:sköta|klara\s+av|klara|"
            r"hålla\s+ordning\s+i|städa|hantera)\s+(?:sitt\s+|sin\s+|sina\s+)?(?:hem|hemmet|"
            r"bostad|bostaden|lägenhet|lägenheten|hushåll|hushållet|vardag|vardagen|boende|"
            r"boendet|tvätten)\b|"
            r"\b(?:hjälp|stöd)\s+(?:i|med)\s+(?:vardagen|hemmet|hushållet)\s+(?:för|till|åt)\s+"
            r"(?:personer|vuxna|människor|folk|de|unga)\s+(?:med|som)\b|"
            r"\bklara\s+(?:av\s+)?(?:att\s+)?bo\s+(?:själv|ensam|i\s+egen\s+lägenhet|i\s+"
            r"eget\s+boende)\b",
            "boendestöd",
        ),
        (
            r"\bplan(?:en|er|erna)?\s+för\s+(?:hur\s+)?(?:\w+\s+){0,2}?(?:insatsen|insatserna|"
            r"stödet|hjälpen|behandlingen|vården)\s+(?:ska\s+|skall\s+)?(?:genomföras|ges|göras|"
            r"läggas\s+upp|gå\s+till|utföras|se\s+ut)\b|"
            r"\b(?:vad|hur)\s+(?:insatsen|stödet|hjälpen|behandlingen)\s+(?:konkret\s+)?(?:ska|"
            r"skall)\s+(?:innehålla|leda\s+till|genomföras|läggas\s+upp|utföras)\b|"
            r"\b(?:skriver|skrivs|görs|gör|upprättas|upprättar)\s+(?:\w+\s+){0,2}?(?:en\s+"
            r")?(?:gemensam\s+)?plan\s+(?:tillsammans\s+)?med\s+(?:brukaren|klienten|klienterna|"
            r"brukarna|familjen|den\s+enskilde|ungdomen|barnet)\b",
            "genomförandeplan",
        ),
        (
            r"\b(?:stöd|hjälp|samtal|råd|stödgrupp\w*)\s+(?:\w+\s+)?(?:till|för|åt)\s+(?:anhöriga|"
            r"närstående|familjemedlemmar)\b|"
            r"\b(?:anhörig|närstående)\s+till\s+(?:någon|en\s+person|personer|en\s+missbrukare|"
            r"missbrukare|en\s+spelberoende)\b|"
            r"\b(?:jag|vi|man)\s+som\s+(?:är\s+)?(?:anhörig|anhöriga|närstående)\b",
            "anhörigstöd",
        ),
        (
            r"\b(?:gemensam|gemensamt|gemensamma|samordnad|samordnat)\s+(?:plan|planering|möte|"
            r"möten)\s+(?:\w+\s+){0,3}?(?:med|mellan|tillsammans\s+med)\s+(?:\w+\s+){0,3}?(?:bup|"
            r"psykiatrin|vården|sjukvården|regionen|vårdcentralen|habiliteringen|beroendevården|"
            r"skolan)\b|"
            r"\b(?:skolan|bup|psykiatrin|vården|sjukvården|habiliteringen|regionen)\s+och\s+"
            r"(?:socialtjänsten|soc|socialen|kommunen)\s+(?:\w+\s+){0,2}?(?:gör|göra|planerar|"
            r"planera|samordnar|samordna|samarbetar|samarbeta)\s+(?:\w+\s+){0,2}?tillsammans\b|"
            r"\bsamordna\w*\s+(?:\w+\s+){0,4}?(?:med|mellan)\s+(?:\w+\s+){0,2}?(?:bup|psykiatrin|"
            r"sjukvården|vården|habiliteringen|beroendevården|vårdcentralen)\b",
            "samordnad individuell plan",
        ),
        (
            r"\b(?:hjälp|stöd|samtal|behandling|terapi)\s+(?:\w+\s+)?(?:för|till|åt|med)\s+"
            r"hela\s+familjen\b|"
            r"\bhela\s+familjen\s+(?:\w+\s+)?(?:få|får|fick)\s+(?:\w+\s+)?(?:hjälp|stöd|samtal|"
            r"behandling|terapi)\b|"
            r"\b(?:bråk|bråkar|bråkade|grälar|grälade|konflikter|tjafs|tjafsar|skrik)\s+"
            r"(?:\w+\s+)?(?:hemma|i\s+familjen|inom\s+familjen)\b",
            "familjebehandling",
        ),
        (
            r"\bsläkt\s+och\s+vänner\b|"
            r"\b(?:släkten|släktingar|släktingarna|morföräldrar|farföräldrar|mormor|morfar|farmor|"
            r"farfar)\s+(?:\w+\s+){0,2}?(?:involveras|involverades|tas\s+in|engageras|bjuds\s+in|"
            r"hjälpa\s+till|hjälper\s+till|delta|deltar|kopplas\s+in|vara\s+med|är\s+med)\b|"
            r"\b(?:viktiga\s+)?(?:personer|människor|vuxna)\s+(?:runt|omkring|kring)\s+(?:barnet|"
            r"barnen|familjen|ungdomen|den\s+unga)\b",
            "nätverk",
        ),
        (
            r"\b(?:övervakat|övervakade|kontrollerat|kontrollerade|bevakat|bevakade|stött|stödda|"
            r"stödd)\s+umgänge\w*|"
            r"\bumgänge\w*\s+(?:\w+\s+)?(?:med|under|i\s+närvaro\s+av)\s+(?:\w+\s+)?(?:personal|"
            r"en\s+(?:annan\s+)?vuxen|tillsyn|övervakning|någon\s+(?:från|av)\s+(?:soc|"
            r"socialtjänsten|familjerätten))\b|"
            r"\b(?:med|utan)\s+(?:personal|en\s+vuxen|en\s+kontaktperson|en\s+handläggare)\s+"
            r"(?:närvarande|i\s+rummet|bredvid|med\s+i\s+rummet)\b",
            "umgängesstöd",
        ),
        (
            r"\bnågon\s+att\s+(?:prata|tala|samtala)\s+med\b|"
            r"\bprata\s+med\s+någon\s+om\s+(?:hur\s+\w+\s+mår|(?:sitt|mitt|sina|mina|sin|"
            r"min)\s+(?:mående|känslor|oro|tankar)|det\s+som\s+(?:hänt|har\s+hänt))\b|"
            r"\b(?:samtal|prata|snacka)\s+(?:\w+\s+)?om\s+hur\s+(?:man|jag|de|hen|han|hon|barnet|"
            r"ungdomen)\s+mår\b|"
            r"\bsamtal\w*\s+för\s+att\s+(?:må\s+bättre|bearbeta|hantera)\b",
            "stödsamtal",
        ),
        (
            r"\b(?:bryta|bryter|bröt)\s+(?:sin\s+|hans\s+|hennes\s+|deras\s+)?(?:isolering\w*|"
            r"ensamhet\w*)\b|"
            r"\b(?:en\s+)?(?:vuxen\s+)?(?:kompis|vän|medmänniska)\s+(?:att\s+)?(?:umgås|göra\s+"
            r"saker|hitta\s+på\s+saker)\s+med\b|"
            r"\bnågon\s+att\s+(?:umgås\s+med|göra\s+saker\s+med|hitta\s+på\s+saker\s+med|"
            r"träffa\s+(?:regelbundet|ibland|på\s+fritiden))\b",
            "kontaktperson",
        ),
        (
            r"\b(?:tror|räknar|beräknar|förväntar|bedömer)\s+(?:\w+\s+){0,4}?(?:att\s+)?(?:året|"
            r"helåret|ekonomin|budgetåret|årets\s+resultat|det\s+ekonomiska\s+resultatet)\s+"
            r"(?:\w+\s+)?(?:slutar|landar|ska\s+sluta|ska\s+landa|kommer\s+att\s+(?:sluta|"
            r"landa))\b|"
            r"\b(?:väntat|förväntat|beräknat|förväntade|beräknade|väntade)\s+(?:ekonomiskt\s+"
            r")?(?:resultat|utfall|underskott|överskott)\s+för\s+(?:helåret|hela\s+året|året)\b|"
            r"\b(?:landa|landar|sluta|slutar)\s+(?:\w+\s+)?(?:ekonomiskt\s+)?vid\s+årets\s+slut\b|"
            r"\bhur\s+(?:\w+\s+)?(?:ser|såg)\s+(?:\w+\s+)?ekonomin\s+ut\s+(?:för\s+"
            r")?(?:resten\s+av\s+året|framåt|inför\s+årets\s+slut)\b",
            "prognos",
        ),
        (
            r"\b(?:hyr|hyra|hyrde|köper|köpte|köpa|köps|köptes)\s+(?:\w+\s+){0,3}?(?:platser|"
            r"plats)\s+(?:\w+\s+)?(?:hos|från|av)\s+(?:privata|externa)\b|"
            r"\b(?:anlita\w*|köp\w*\s+in|köper\s+(?:\w+\s+)?av)\s+(?:\w+\s+){0,4}?(?:privata|"
            r"externa)\s+(?:företag|aktörer|utförare|vårdgivare|leverantörer|behandlingshem)\b|"
            r"\bavtal\w*\s+med\s+(?:\w+\s+)?(?:privata|externa)\s+(?:företag|aktörer|utförare|"
            r"vårdgivare|leverantörer)\b|"
            r"\b(?:vilka|vilket)\s+(?:företag|leverantörer|vårdgivare)\s+(?:\w+\s+"
            r"){0,4}?(?:anlitar|anlitade|använder|köper\s+av|handlar\s+av)\b",
            "ramavtal",
        ),
        (
            r"\b(?:kontroll\w*|kolla\w*|granska\w*|säkerställ\w*|vet)\s+(?:\w+\s+){0,4}?(?:att|"
            r"om)\s+(?:\w+\s+){0,3}?(?:följer|följs|följde|följt)\s+(?:\w+\s+){0,2}?(?:lagar|"
            r"lagarna|lagen|reglerna|regler|rutinerna|rutiner|riktlinjerna|riktlinjer)\b|"
            r"\b(?:kontroll\w*|granska\w*|kolla\w*)\s+(?:\w+\s+){0,3}?(?:sitt\s+eget|sina\s+egna|"
            r"det\s+egna)\s+(?:arbete|arbetet|handläggning\w*|verksamhet\w*)\b",
            "internkontroll",
        ),
        (
            r"\b(?:gå|går|gick|gått|gås|läsa|läser|läste|läst|läses)\s+(?:\w+\s+"
            r"){0,4}?igenom\s+(?:\w+\s+)?(?:akter|akterna|journaler|journalerna|personakter\w*|"
            r"dokumentationen)\b|"
            r"\b(?:granska\w*|kontroll\w*|kolla\w*)\s+(?:\w+\s+){0,3}?(?:akter|akterna|journaler|"
            r"journalerna|dokumentationen|det\s+som\s+(?:dokumenteras|skrivs|står\s+i\s+"
            r"journalen))\b|"
            r"\bstickprov\w*",
            "aktgranskning",
        ),
        (
            r"\b(?:mest|mycket|så\s+mycket\s+som\s+möjligt)\s+(?:\w+\s+)?för\s+(?:pengarna|"
            r"skattepengarna|varje\s+krona|varje\s+skattekrona)\b|"
            r"\b(?:använd\w*|spendera\w*|hushålla\w*)\s+(?:\w+\s+){0,3}?(?:med\s+"
            r")?(?:skattepengar\w*|pengarna|pengar|resurserna|resurser|skattemedl\w*)\s+(?:klokt|"
            r"smart|väl|effektivt|förnuftigt|vettigt|rätt|sparsamt|på\s+bästa\s+sätt)\b|"
            r"\bslös\w*\s+(?:\w+\s+){0,4}?(?:med\s+)?(?:pengar\w*|skattepengar\w*|resurser\w*|"
            r"skattemedl\w*)\b|"
            r"\bvaluta\s+för\s+(?:pengarna|skattepengarna)\b",
            "kostnadseffektiv",
        ),
        (
            r"\bvälja\s+(?:\w+\s+){0,2}?(?:själv\s+)?(?:vilket|vilken|vilka)\s+(?:\w+\s+"
            r")?(?:företag|bolag|anordnare|assistansbolag|utförare|hemtjänstföretag|som\s+"
            r"ska\s+(?:ge|utföra|sköta|hjälpa))\b|"
            r"\b(?:byta|byter|bytte|välja|väljer|valde)\s+(?:\w+\s+)?(?:assistansbolag\w*|"
            r"anordnare|hemtjänstföretag\w*|utförare\w*)\b|"
            r"\bfritt\s+val\s+av\s+(?:\w+\s+)?(?:utförare|anordnare|företag)\b",
            "valfrihetssystem",
        ),
    )
)
"""Everyday phrasings of a report's term ("gick back", "låg back", "höll sig inte inom
budgeten" for "underskott"; "personalen slutar" for "personalomsättning"; "kommer tillbaka",
"blir aktuella igen" for "återaktualisering", but not "inte är aktuella igen", an indicator's
own words; "saknar bostad" for "hemlöshet"; "togs om hand" for "omhändertagande"; "med tvång"
for "LVU"; "fast anställda" for "tillsvidareanställda"; "gått snett" for "avvikelse"; "vem som
är pappa" for "faderskap"; "våld i hemmet", "blir slagen av sin man" for "våld i nära
relation"; "barn som sett pappa slå mamma" for "upplevt våld"; "säljer sex" for
"prostitution"; "tvingas gifta sig" for "hedersrelaterat"; "kom hit utan sina föräldrar" for
"ensamkommande"; "klaga på sin handläggare" for "klagomål"; "komma överens om barnen" for
"samarbetssamtal"; "bli vräkt" for "avhysning"; "dricker för mycket" for "missbruk"; "pengar
till mat och hyra" for "ekonomiskt bistånd"; and the like for barnsamtal, brukarundersökning,
synpunkter, överklaga, familjehem, placering, sammanbrott, orosanmälningar,
förhandsbedömning, skolfrånvaro, umgänge, arbetsbelastning and sjukfrånvaro; these were
written from the corpus vocabulary and ordinary Swedish, each checked against questions it
must and must not match). The last 27 were written the same way for staff, disability
services, parents and economy: "bolla ärenden" for "handledning", "gå bredvid" and "fadder" for
"mentor", "hyra in personal" for "konsultkostnader", "jobba hemifrån" for "arbeta hemifrån",
"följa med på bio" for "ledsagning", "gemensam plan med BUP" for "samordnad individuell plan",
"gå igenom akterna" for "aktgranskning" and the like. A phrase, so no word group can hold it."""


def report_terms(text: str) -> tuple[str, ...]:
    """The report terms a question's everyday phrases stand for (see PHRASES), once each."""
    return tuple(dict.fromkeys(term for pattern, term in PHRASES if pattern.search(text)))
