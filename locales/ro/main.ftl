## Română. Germana este prima limbă a portalului și limba de rezervă pentru orice mesaj care lipsește aici.

site-name = Parteneriate internaționale
site-tagline = Regiuni partenere și înfrățiri între localități
skip-to-content = Salt la conținut
nav-label = Navigare principală
nav-overview = Prezentare generală
nav-partnerships = Toate parteneriatele
nav-open-data = Date deschise (API)
footer-open-data = Toate informațiile sunt disponibile ca date deschise:
footer-software = Realizat cu partnerportal, software liber pentru parteneriatele autorităților locale.
breadcrumb-label = Vă aflați aici
language-switcher = Alegeți limba
content-not-translated = Acest text nu este încă disponibil în limba dumneavoastră; este afișat în limba { $language }.

## Prezentare generală

overview-title = Prezentare generală
overview-district-partnerships = Regiunile partenere ale districtului
overview-district-partnerships-of = Regiuni partenere: { $name }
overview-municipal-twinnings = Înfrățiri ale localităților din district
overview-municipal-intro = Înfrățirile și parteneriatele internaționale ale orașelor și comunelor.
overview-contact = Contact
overview-since = din { $date }
# one: 1; few: 0 și 2–19 (și 101–119 …); other: 20 și peste („de parteneriate”).
overview-partner-count = { $count ->
    [one] 1 parteneriat
    [few] { $count } parteneriate
   *[other] { $count } de parteneriate
}
overview-all-partnerships = Căutați și filtrați toate parteneriatele
overview-empty = Nu a fost înregistrat încă niciun parteneriat.

## Listă și filtre

list-title = Toate parteneriatele
list-filter-heading = Filtrarea parteneriatelor
list-filter-country = Țară
list-filter-topic = Temă
list-filter-level = Nivel
list-filter-status = Stare
list-filter-kind = Tip
list-filter-all = toate
list-filter-apply = Aplicați filtrele
list-filter-reset = Resetați filtrele
list-count = { $count ->
    [0] Nu a fost găsit niciun parteneriat
    [one] A fost găsit 1 parteneriat
    [few] Au fost găsite { $count } parteneriate
   *[other] Au fost găsite { $count } de parteneriate
}
list-empty = Niciun parteneriat nu corespunde acestor filtre. Vă rugăm să readuceți unul sau mai multe filtre la „toate”.
list-table-label = Tabelul parteneriatelor
list-col-home = Partener din district
list-col-partner = Partener
list-col-country = Țară
list-col-level = Nivel
list-col-kind = Tip
list-col-since = Din
list-col-status = Stare
pager-label = Paginare
pager-previous = Pagina anterioară
pager-next = Pagina următoare
pager-position = Pagina { $page } din { $pages }

## Parteneriat

partnership-title = { $home } – { $partner }
partnership-key-data = Date principale
partnership-partners = Parteneri
partnership-level = Nivel
partnership-kind = Tip
partnership-status = Stare
partnership-since = Din
partnership-topics = Domenii de cooperare
partnership-story = Istoric și activități
partnership-timeline = Cronologie
partnership-timeline-undated = fără dată
partnership-acting = Participanți:
partnership-children = Contacte între localitățile membre
partnership-parent = Face parte din parteneriatul { $name }
partnership-about-partner = Despre { $name }
partnership-note = Observații
partnership-links = Linkuri

## Entitate

body-kind-label = Tip
body-country = Țară
body-parent = Aparține de
body-website = Site web
body-valid = Perioada de existență
body-valid-from = din { $date }
body-valid-until = până la { $date }
body-valid-range = { $from } – { $to }
body-other-names = Alte denumiri
body-facts = Date și cifre
body-partnerships = Parteneriate
body-no-partnerships = Pentru această entitate nu este înregistrat niciun parteneriat.
body-predecessors = Predecesori
body-successors = Succesori
body-children = Subdiviziuni
body-description = Descriere
body-identifiers = Identificatori
# Urmat de numele succesorului: „Comasare în …”, „Redenumire în …”, „Divizare în …”.
body-succession-into = { $kind } în

## Date și surse

fact-source = Sursa: { $source }
fact-as-of = Data de referință: { $date }
fact-as-of-unknown = Data de referință necunoscută
fact-approximately = aproximativ { $value }
# Abrevierea evită problema lui „de” după numerale („143.348 de locuitori”).
unit-inhabitants = loc.
unit-km2 = km²
unit-inhabitants_per_km2 = loc./km²
sources-heading = Surse

## Contact

contact-phone = Telefon
contact-fax = Fax
contact-email = E-mail

## Căutare

search-title = Căutare
search-label = Localitate, district, județ, regiune sau temă
search-submit = Căutați
search-hint = Majusculele, diacriticele lipsă și micile greșeli de tastare nu contează: „iasi” găsește Iași, „Heltau” găsește Cisnădie.
search-count = { $count ->
    [0] Niciun rezultat
    [one] 1 rezultat
    [few] { $count } rezultate
   *[other] { $count } de rezultate
}
search-topics = Teme
search-bodies = Localități și entități
search-found-as = găsit ca
search-similar = scriere asemănătoare
search-nothing = Nu a fost găsit niciun rezultat. Vă rugăm să verificați ortografia sau să căutați după o parte a denumirii.
nav-search = Căutare

## Declarație de accesibilitate

footer-nav-label = Despre acest portal
footer-accessibility = Accesibilitate
footer-easy-language = Leichte Sprache (germană ușoară)
a11y-title = Declarație de accesibilitate
a11y-scope = Prezenta declarație se aplică portalului parteneriatelor, tuturor paginilor sale, în toate limbile oferite. Operatorul depune eforturi ca portalul să fie accesibil în conformitate cu regulamentul german privind tehnologia informației fără bariere (BITV 2.0) și cu standardul european EN 301 549.
a11y-status-heading = Stadiul conformității
a11y-status = Portalul este în mare măsură conform cu cerințele BITV 2.0 (nivelul AA al WCAG 2.1). Toate paginile funcționează fără JavaScript, pot fi utilizate integral de la tastatură, au focus vizibil, linkuri de salt, repere, o structură ordonată a titlurilor și contrast suficient. Harta parteneriatelor este oferită și sub forma unei liste echivalente.
a11y-limits-heading = Conținut inaccesibil
a11y-limit-translations = Unele descrieri și istorii ale parteneriatelor există doar în limba germană. Pe paginile în alte limbi sunt afișate în germană, marcate corect ca atare și însoțite de o notă.
a11y-limit-sources = Operatorul nu răspunde de site-urile partenerilor către care există linkuri, iar acestea pot să nu fie accesibile.
a11y-method-heading = Întocmirea declarației
a11y-method = Declarația se bazează pe o autoevaluare. Înainte de publicare, fiecare modificare a portalului este verificată automat cu axe-core într-un browser în raport cu toate cerințele WCAG 2.1 de nivel A și AA care pot fi verificate automat; utilizarea de la tastatură, afișarea la o lățime de 320 de pixeli și mărirea textului sunt de asemenea testate automat.
a11y-feedback-heading = Feedback și contact
a11y-feedback = Ați observat bariere în accesarea conținutului sau aveți nevoie de informații într-o altă formă accesibilă? Vă rugăm să ne contactați. De regulă răspundem în termen de două săptămâni.
a11y-mail-subject = Barieră în portalul parteneriatelor
a11y-enforcement-heading = Procedura de aplicare
a11y-enforcement = Dacă nu primiți un răspuns satisfăcător, vă puteți adresa organismului de control sau de mediere în domeniul accesibilității competent pentru operator în landul respectiv. Procedura este gratuită și nu necesită avocat.
a11y-date = Această declarație a fost verificată ultima dată în { $date }.

## Pagini de eroare

error-not-found-title = Pagina nu a fost găsită
error-not-found-text = La această adresă nu există nicio înregistrare. Este posibil ca aceasta să fi fost redenumită sau ca adresa să fie incompletă.
error-bad-request-title = Cerere nevalidă
error-internal-title = A apărut o eroare internă
error-internal-text = Pagina nu a putut fi generată. Eroarea a fost înregistrată; vă rugăm să încercați din nou mai târziu.
error-reference = Codul erorii: { $id }
error-back-home = Înapoi la prezentarea generală

## Date calendaristice și numere

date-month = { $month } { $year }
date-day = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
qualifier-early = începutul lui { $date }
qualifier-mid = mijlocul lui { $date }
qualifier-late = sfârșitul lui { $date }
qualifier-circa = circa { $date }
qualifier-before = înainte de { $date }
qualifier-after = după { $date }
# Punct ca separator al miilor, virgulă zecimală.
number-group-separator = .
number-decimal-separator = ,

## Vocabulare

topic-youth-social-work = Asistență socială pentru copii și tineri
topic-culture-heritage = Cultură și patrimoniu
topic-history-remembrance = Istorie și memorie
topic-tourism = Turism
topic-economy = Economie
topic-environment = Protecția mediului
topic-health-social = Sănătate și asistență socială
topic-education = Educație
topic-sport = Sport
topic-public-administration = Administrație publică
topic-regional-marketing = Promovare regională
topic-volunteering = Voluntariat

body-kind-country = Stat
body-kind-region = Regiune
body-kind-department = Departament / județ
body-kind-district = District
body-kind-municipality = Oraș / comună
body-kind-locality = Localitate componentă
body-kind-association = Asociație

level-district = Nivel de district
level-municipal = Nivel de oraș / comună
level-village = Nivel de sat / cartier

kind-partnership = Înfrățire
kind-friendship = Relație de prietenie
kind-contact = Contacte
kind-project = Parteneriat de proiect

status-active = activ
status-dormant = inactiv
status-ended = încheiat

milestone-first-contact = Stabilirea relațiilor
milestone-friendship = Acord de prietenie
milestone-declaration-of-intent = Declarație de intenție
milestone-contract = Acord de înfrățire
milestone-cooperation-agreement = Acord de cooperare
milestone-transfer = Preluare de către succesorul legal
milestone-confirmation = Confirmare
milestone-event = Eveniment
milestone-end = Încetarea parteneriatului

succession-merger = Comasare
succession-renaming = Redenumire
succession-incorporation = Încorporare
succession-split = Divizare

fact-population = Populație
fact-area = Suprafață
fact-density = Densitatea populației
fact-capital = Reședință
fact-localities = Localități
fact-towns = Orașe
fact-communes = Comune
fact-municipalities = Comune
fact-economy = Economie
fact-location = Așezare geografică
fact-neighbours = Vecini
fact-history = Istorie
fact-landmarks = Particularități

name-kind-official = Denumire oficială
name-kind-exonym = Denumire în altă limbă
name-kind-variant = Variantă de scriere
name-kind-former = Denumire anterioară

## Limbi

# Cu minusculă: numele urmează după „în limba” în content-not-translated.
language-de = germană
language-en = engleză
language-fr = franceză
language-pl = polonă
language-ro = română

## State (ISO 3166-1)

country-AD = Andorra
country-AL = Albania
country-AM = Armenia
country-AT = Austria
country-AZ = Azerbaidjan
country-BA = Bosnia și Herțegovina
country-BE = Belgia
country-BG = Bulgaria
country-BY = Belarus
country-CH = Elveția
country-CN = China
country-CY = Cipru
country-CZ = Cehia
country-DE = Germania
country-DK = Danemarca
country-EE = Estonia
country-ES = Spania
country-FI = Finlanda
country-FR = Franța
country-GB = Regatul Unit
country-GE = Georgia
country-GR = Grecia
country-HR = Croația
country-HU = Ungaria
country-IE = Irlanda
country-IL = Israel
country-IS = Islanda
country-IT = Italia
country-JP = Japonia
country-LI = Liechtenstein
country-LT = Lituania
country-LU = Luxemburg
country-LV = Letonia
country-MC = Monaco
country-MD = Republica Moldova
country-ME = Muntenegru
country-MK = Macedonia de Nord
country-MT = Malta
country-NE = Niger
country-NG = Nigeria
country-NL = Țările de Jos
country-NO = Norvegia
country-PL = Polonia
country-PT = Portugalia
country-RO = România
country-RS = Serbia
country-RU = Rusia
country-SE = Suedia
country-SI = Slovenia
country-SK = Slovacia
country-SM = San Marino
country-TR = Turcia
country-UA = Ucraina
country-US = Statele Unite ale Americii
country-VA = Vatican
country-VN = Vietnam
country-XK = Kosovo

## Hartă

nav-map = Hartă
map-title = Harta parteneriatelor
map-intro = Fiecare parteneriat este trasat ca o linie de la district sau de la un oraș din district până la partener. Lista de lângă hartă conține aceleași informații.
map-filter-heading = Filtrați harta
map-count = { $count ->
    [0] Niciun parteneriat selectat.
    [one] 1 parteneriat selectat.
    [few] { $count } parteneriate selectate.
   *[other] { $count } de parteneriate selectate.
}
map-count-drawn = { $count ->
    [0] Niciunul dintre ele nu este trasat pe hartă.
    [one] Unul dintre ele este trasat pe hartă.
   *[other] { $count } dintre ele sunt trasate pe hartă.
}
map-legend = Legendă
map-legend-line = Linie: { $name }
map-legend-home = Districtul sau un oraș din district (punctul de plecare al liniilor)
map-legend-partner = Partener
map-legend-large = Cerc mare: district, regiune sau departament, marcat la reședința administrativă
map-legend-beyond = Săgeată: partenerul se află în afara acestei porțiuni a hărții (vezi harta lumii)
map-svg-title = Harta parteneriatelor
map-svg-desc-lines = { $count ->
    [one] Harta arată 1 parteneriat ca linie de la district sau de la un oraș din district până la partener.
    [few] Harta arată { $count } parteneriate ca linii de la district sau de la un oraș din district până la partener.
   *[other] Harta arată { $count } de parteneriate ca linii de la district sau de la un oraș din district până la partener.
}
map-svg-desc-countries = { $count ->
    [one] Toate locurile marcate se află într-un singur stat.
    [few] Locurile marcate se află în { $count } state.
   *[other] Locurile marcate se află în { $count } de state.
}
map-svg-desc-list = Lista „Parteneriatele sub formă de listă” de lângă hartă conține aceleași informații.
map-world-title = Harta lumii cu parteneriatele
map-world-desc = Prezentare generală a tuturor parteneriatelor trasate, inclusiv a partenerilor din afara porțiunii hărții mari: { $name }.
map-world-caption = Harta lumii: dreptunghiul punctat arată porțiunea hărții mari.
map-empty = Niciunul dintre parteneriatele selectate nu poate fi arătat pe hartă, deoarece lipsesc coordonatele. Lista le numește pe toate.
map-attribution = Harta de bază: Natural Earth (domeniu public), granițe simplificate. Coordonatele localităților: GeoNames (licența CC BY 4.0); pentru districte, regiuni și departamente – reședința administrativă.
map-list-heading = Parteneriatele sub formă de listă
map-unplaced = Pentru aceste locuri nu sunt înregistrate coordonate, de aceea apar doar în listă, nu pe hartă: { $name }.
map-not-drawn = (nu apare pe hartă)
map-home-title = Localitățile din district, mărite
map-home-desc = Porțiune mărită cu localitățile din district: { $name }. Liniile duc în direcția partenerilor și se termină cu o săgeată la margine.
map-home-caption = Porțiune mărită: localitățile din district cu numele lor; săgețile de la margine arată direcția spre parteneri.
map-truncated = Harta arată primele { $shown } din cele { $count } parteneriate. Restrângeți selecția cu ajutorul filtrelor pentru a le vedea pe celelalte.
