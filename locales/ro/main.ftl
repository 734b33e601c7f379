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
error-unauthorized-title = Autentificare necesară
error-unauthorized-text = Vă rugăm să vă autentificați pentru a vedea această pagină.
error-forbidden-title = Acces nepermis
error-conflict-title = Modificarea nu a fost salvată
error-too-many-title = Prea multe cereri
error-too-large-text = Datele trimise sunt prea mari.
error-nul-text = Textul conține un caracter NUL (U+0000), care nu poate fi nici salvat, nici căutat. Vă rugăm să îl eliminați.
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

## Formularul de contact și solicitările

footer-contact = Formular de contact
overview-contact-form = Trimiteți un mesaj prin formularul de contact
partnership-ask = Puneți o întrebare despre acest parteneriat
contact-form-title = Contact
contact-form-title-errors = Eroare: Contact
contact-form-intro = Aveți o întrebare despre un parteneriat, o idee pentru o întâlnire sau ați observat o greșeală în informații? Scrieți-ne. Mesajul dumneavoastră ajunge la serviciul competent al administrației, care vă va răspunde prin e-mail.
contact-form-required = Toate câmpurile, cu excepția „Parteneriat”, sunt obligatorii.
contact-form-name = Numele dumneavoastră
contact-form-email = Adresa dumneavoastră de e-mail
contact-form-email-hint = O folosim doar pentru a vă răspunde.
contact-form-partnership = Parteneriatul la care se referă mesajul
contact-form-partnership-none = niciun parteneriat anume
contact-form-partnership-chosen = Mesajul dumneavoastră se referă la parteneriatul { $name }.
contact-form-partnership-remove = Scrieți fără legătură cu acest parteneriat
contact-form-subject = Subiect
contact-form-message = Mesajul dumneavoastră
contact-form-message-hint = Cel mult { $count } de caractere.
contact-form-honeypot = Vă rugăm să lăsați acest câmp gol.
contact-form-consent-heading = Consimțământ privind prelucrarea datelor
contact-form-consent = Sunt de acord ca datele mele (numele, adresa de e-mail, subiectul și mesajul) să fie stocate și transmise serviciului competent al administrației pentru soluționarea solicitării mele. Acestea sunt șterse la { $count ->
    [one] o zi
    [few] { $count } zile
   *[other] { $count } de zile
} după primire. Îmi pot retrage consimțământul oricând, printr-un e-mail adresat administrației.
contact-form-submit = Trimiteți mesajul
contact-form-error-summary = Vă rugăm să verificați datele introduse
contact-error-name-missing = Vă rugăm să vă indicați numele.
contact-error-name-too-long = Numele poate avea cel mult { $count } de caractere.
contact-error-single-line = Vă rugăm să completați acest câmp pe un singur rând, fără rânduri noi sau caractere de control.
contact-error-email-missing = Vă rugăm să indicați adresa de e-mail, pentru a vă putea răspunde.
contact-error-email-invalid = Vă rugăm să indicați o adresă de e-mail de forma nume@exemplu.ro.
contact-error-email-too-long = Adresa de e-mail poate avea cel mult { $count } de caractere.
contact-error-subject-missing = Vă rugăm să indicați un subiect.
contact-error-subject-too-long = Subiectul poate avea cel mult { $count } de caractere.
contact-error-message-missing = Vă rugăm să scrieți mesajul.
contact-error-message-too-long = Mesajul poate avea cel mult { $count } de caractere. Vă rugăm să îl scurtați.
contact-error-control-characters = Mesajul conține caractere de control care nu pot fi stocate. Vă rugăm să le eliminați.
contact-error-partnership-unknown = Acest parteneriat nu există. Vă rugăm să alegeți unul din listă sau „niciun parteneriat anume”.
contact-error-consent = Vă rugăm să vă dați consimțământul pentru prelucrarea datelor; fără acesta nu putem accepta mesajul.
contact-error-cross-site = Formularul a fost trimis de pe un alt site și de aceea nu a fost acceptat. Vă rugăm să folosiți formularul de contact al acestui portal.
contact-error-encoding = Datele trimise nu sunt un text valid (UTF-8) și nu au fost acceptate. Vă rugăm să trimiteți din nou formularul din browser.
contact-error-too-large = Datele trimise sunt prea mari. Un mesaj poate avea cel mult { $count } de caractere; vă rugăm să îl scurtați.
contact-too-many = De la conexiunea dumneavoastră la internet au fost trimise mai multe mesaje într-un timp scurt. Pentru a ne proteja de trimiterile în masă nedorite, acceptăm alte mesaje abia începând cu { $date }.
contact-sent-title = Vă mulțumim pentru mesaj
contact-sent-text = Mesajul dumneavoastră a ajuns la noi și a fost stocat. Serviciul competent vă va răspunde prin e-mail.
contact-sent-reference = Numărul dosarului: { $id }
contact-sent-back = Înapoi la prezentarea generală
inquiry-status-new = Nouă
inquiry-status-in-progress = În lucru
inquiry-status-answered = Cu răspuns
inquiry-status-closed = Închisă
mail-inquiry-intro = Prin formularul de contact al portalului parteneriatelor a sosit o nouă solicitare (numărul dosarului { $id }).
mail-inquiry-name = Nume
mail-inquiry-email = E-mail
mail-inquiry-partnership = Parteneriat
mail-inquiry-language = Limba formularului
mail-inquiry-received = Primită la
mail-inquiry-subject = Subiect
mail-inquiry-message = Mesaj
mail-inquiry-inbox = Tratați în căsuța de intrare
mail-inquiry-reply = „Răspunde” scrie direct expeditorului.


## Spațiul de lucru al personalului
workbench-title = Spațiu de lucru
workbench-nav-label = Spațiu de lucru
workbench-nav-dashboard = Prezentare generală
workbench-nav-changes = Ultimele modificări
workbench-nav-deleted = Înregistrări șterse
workbench-nav-password = Schimbarea parolei
workbench-signed-in-as = Autentificat ca { $name } ({ $role })
workbench-your-bodies = Entitățile de care vă ocupați
workbench-new-partnership-of = adăugați un parteneriat
workbench-partnerships = Parteneriate
workbench-no-partnerships = Nu există încă parteneriate pe care să le puteți modifica.
workbench-col-partnership = Parteneriat
workbench-col-status = Stare
workbench-col-actions = Acțiuni
workbench-read-only = Rolul dumneavoastră vă permite să citiți înregistrările, dar nu să le modificați.
workbench-not-permitted = Rolul dumneavoastră nu vă permite să vedeți acest conținut.
workbench-admins-only = Această acțiune este rezervată administratorilor.
workbench-staff-sign-in = Autentificare pentru personal
role-admin = administrare
role-editor = redacție
role-reader = doar citire
draft = ciornă
action-edit = Modificare
action-history = Istoric
action-public-page = Pagina publică
sign-in-title = Autentificare în spațiul de lucru
sign-in-intro = Pentru personalul districtului și al orașelor sale. Sesiunile expiră după opt ore de inactivitate.
sign-in-login = Nume de utilizator
sign-in-password = Parolă
sign-in-submit = Autentificare
sign-in-failed = Numele de utilizator sau parola sunt greșite sau contul este dezactivat.
sign-in-throttled = Prea multe încercări eșuate. Vă rugăm să încercați din nou după { $time }.
sign-out = Deconectare
password-title = Schimbarea parolei
password-current = Parola actuală
password-new = Parola nouă
password-repeat = Repetați parola nouă
password-rules = Cel puțin 12 caractere. O propoziție pe care o rețineți ușor este o parolă bună.
password-submit = Schimbați parola
password-saved = Parola dumneavoastră a fost schimbată. Celelalte sesiuni ale dumneavoastră au fost închise.
new-partnership-title = Parteneriat nou
edit-partnership-title = Modificarea parteneriatului { $slug }
form-errors-title = Vă rugăm să corectați următoarele
form-saved = Salvat.
form-reload-current = Deschideți versiunea actuală (modificările dumneavoastră se vor pierde)
form-partners = Parteneri
form-home = Administrat de (identificatorul entității de origine)
form-partner = Partener (identificatorul entității partenere)
form-slug-hint = Identificatorul este ultima parte a adresei unei entități, de exemplu wernigerode în /ro/bodies/wernigerode.
form-slug = Identificatorul parteneriatului
form-slug-own-hint = Litere mici, cifre și cratime, de exemplu wernigerode-carpi. Devine parte a adresei.
form-classification = Clasificare
form-narrative = Povestea parteneriatului
form-milestones = Cronologie
form-milestones-hint = Lăsați tipul gol pentru a elimina o etapă. Două rânduri goale sunt pentru etape noi; salvați pentru a obține mai multe.
form-milestone-n = Etapa { $n }
form-milestone-type = Tip
form-milestone-date = Dată
form-milestone-qualifier = Precizie
form-milestone-bodies = Entități implicate (identificatori separați prin virgule)
form-milestone-notes = Observații
form-date-hint = Datele ca an, an-lună sau dată completă: 1993, 1993-05, 1993-05-14.
form-choose-none = – niciuna –
form-qualifier-early = începutul lui
form-qualifier-mid = mijlocul lui
form-qualifier-late = sfârșitul lui
form-qualifier-circa = circa
form-qualifier-before = înainte de
form-qualifier-after = după
form-more = Mai multe
form-note = Notă internă
form-parent = Continuă parteneriatul (identificator)
form-source = Sursă (cheie)
form-published = Publicat
form-published-hint = Ciornele sunt vizibile doar pentru personal. Publicați înregistrarea când este gata.
form-save = Salvare
form-delete-heading = Ștergerea acestui parteneriat
form-delete-explained = Parteneriatul dispare din portal și din API. Un administrator îl poate restaura din înregistrările șterse.
form-delete = Ștergeți parteneriatul
form-not-a-form = Cererea nu provine dintr-un formular al acestui site.
form-malformed = Formularul nu a putut fi citit.
form-malformed-detail = Formularul nu a putut fi citit: { $detail }
form-csrf-failed = Acest formular a expirat sau nu provine de pe acest site. Vă rugăm să reîncărcați pagina și să încercați din nou.
field-error-slug = Folosiți litere mici a–z, cifre și cratime simple.
field-error-required = Acest câmp este obligatoriu.
field-error-too-long = Acest text este prea lung.
field-error-control-characters = Rândurile noi și caracterele de control nu sunt permise aici.
field-error-language = Acesta nu este un cod de limbă precum de sau en.
field-error-same-body = O entitate nu poate fi propriul partener.
field-error-own-parent = O înregistrare nu poate face trimitere la ea însăși.
field-error-duplicate = O temă este aleasă de două ori.
field-error-qualifier-without-date = Precizia necesită o dată.
field-error-url = O adresă web începe cu https://.
field-error-latitude = Latitudinea este cuprinsă între -90 și 90.
field-error-longitude = Longitudinea este cuprinsă între -180 și 180.
field-error-coordinates-pair = Indicați atât latitudinea, cât și longitudinea, sau niciuna.
field-error-wikidata = Un identificator Wikidata este litera Q urmată de cifre, de exemplu Q4187.
field-error-geonames = Un identificator GeoNames este un număr întreg pozitiv, de exemplu 2809517.
field-error-iso-3166-2 = Un cod ISO 3166-2 este format din cele două litere ale țării, o cratimă și una până la trei litere sau cifre, de exemplu DE-ST.
field-error-dates-out-of-order = Sfârșitul este înaintea începutului.
field-error-number = Acesta nu este un număr.
field-error-value-or-text = Indicați fie un număr, fie un text.
field-error-own-predecessor = O entitate nu își poate succeda sieși.
field-error-unknown-body = Nu există nicio entitate cu acest identificator.
field-error-unknown-source = Nu există nicio sursă cu această cheie.
field-error-unknown-partnership = Nu există niciun parteneriat cu acest identificator.
field-error-slug-taken = Acest identificator este deja folosit de o altă înregistrare.
field-error-pair-taken = Aceste două entități sunt deja partenere.
field-error-draft-body = Publicați ambele entități înainte de parteneriatul dintre ele.
field-error-published-partnerships = Parteneriate publicate afișează această entitate; treceți-le mai întâi la stadiul de ciornă.
field-error-choose = Vă rugăm să alegeți una dintre opțiuni.
field-error-date = Scrieți data sub forma 1993, 1993-05 sau 1993-05-14.
field-error-wrong-password = Parola actuală este greșită.
field-error-passwords-differ = Cele două parole noi diferă.
field-error-password-too-short = Parola trebuie să aibă cel puțin 12 caractere.
field-error-password-too-long = Parola poate avea cel mult 256 de caractere.
field-error-password-same-as-login = Parola nu poate fi identică cu numele de utilizator.
changes-title = Ultimele modificări
changes-all = Toate modificările
changes-none = Nicio modificare deocamdată.
changes-older = Modificări mai vechi
deleted-title = Înregistrări șterse
history-title = Istoricul pentru { $name }
history-done = Gata. Istoricul de mai jos arată modificarea.
version-title = Versiunea { $id }
version-back-to-history = Înapoi la istoric
version-restore = Restaurați starea de după această modificare
version-restore-before = Anulați această modificare (restaurați starea anterioară)
version-restore-explained = Restaurarea rescrie această versiune. Versiunea actuală rămâne în istoric și poate fi, la rândul ei, restaurată.
version-compare = Înainte și după această modificare
version-field = Câmp
version-before = Înainte
version-after = După
version-changed = modificat
restore-refused = Această versiune nu poate fi restaurată ca atare: { $detail }
channel-web = spațiu de lucru
channel-api = API
channel-cli = linie de comandă
channel-system = automat
audit-action-create = Creare
audit-action-update = Modificare
audit-action-delete = Ștergere
audit-action-restore = Restaurare
audit-action-publish = Publicare
audit-action-unpublish = Retragere din publicare
audit-action-sign_in = Autentificare
audit-action-expire = Ștergere după expirarea perioadei de păstrare
audit-entity-body = entitate
audit-entity-partnership = parteneriat
audit-entity-contact_point = punct de contact
audit-entity-user = cont
audit-entity-api_token = token API
audit-entity-registry = registru
audit-entity-inquiry = solicitare

## Căsuța de intrare a solicitărilor (spațiul de lucru)

workbench-nav-inbox = Căsuța de intrare
inbox-title = Căsuța de intrare
inbox-no-mail-server = Nu este configurat niciun server de e-mail (PARTNERPORTAL_SMTP_URL): solicitările noi nu sunt semnalate prin e-mail și apar doar aici.
inbox-filter-label = Solicitări după stare
inbox-all = Toate
inbox-empty = Nicio solicitare.
inbox-col-received = Primită la
inbox-col-subject = Subiect
inbox-col-sender = Expeditor
inbox-col-status = Stare
inbox-col-assignee = Responsabil
inbox-col-notified = Semnalată prin e-mail
inbox-notified-yes = da
inbox-notified-no = încă nu
inbox-older = Solicitări mai vechi
inbox-back = Înapoi la căsuța de intrare
inbox-bad-query = Adresa conține date nevalide.
inbox-unknown-status = Stare necunoscută „{ $value }”.
inbox-unknown-assignee = „{ $value }” nu este un cont activ căruia să i se poată atribui solicitări.
inquiry-title = Solicitarea { $id }
inquiry-reference = Numărul dosarului
inquiry-sender = Expeditor
inquiry-email = Adresa de e-mail
inquiry-partnership = Parteneriat
inquiry-language = Limba formularului
inquiry-consent = Consimțământ
inquiry-consent-version = acordat (versiunea { $value })
inquiry-mail = Semnalare prin e-mail
inquiry-mail-sent = trimisă la { $date }
inquiry-mail-pending = în curs de trimitere
inquiry-mail-off = neconfigurată (niciun server de e-mail)
inquiry-mail-failed = { $count ->
    [one] o încercare eșuată
    [few] { $count } încercări eșuate
   *[other] { $count } de încercări eșuate
}
inquiry-message = Mesaj
inquiry-handle = Tratare
inquiry-status-save = Salvați starea
inquiry-assignee-nobody = nimeni
inquiry-assignee-save = Salvați atribuirea
inquiry-notes = Note interne
inquiry-notes-empty = Încă nu există note.
inquiry-note-by = { $name }, { $date }
inquiry-note-label = Notă nouă (vizibilă doar intern)
inquiry-note-save = Adăugați nota
inquiry-note-error = Vă rugăm să scrieți o notă de cel mult { $count } de caractere.
inquiry-saved-status = Starea a fost salvată.
inquiry-saved-assignee = Atribuirea a fost salvată.
inquiry-saved-note = Nota a fost adăugată.
inquiry-history = Istoricul acestei solicitări

## Entități, conturi și tokenuri API (spațiul de lucru)

workbench-nav-users = Conturi
workbench-nav-tokens = Tokenuri API
workbench-edit-body = editare
workbench-bodies = Entități
workbench-open-body = Editați o entitate (identificator)
workbench-open-body-submit = Deschideți
new-body-title = Entitate nouă
edit-body-title = Editarea entității { $slug }
body-not-in-scope = Puteți edita numai entitățile de care vă ocupați.
body-form-basics = Denumire și tip
body-form-name = Denumire oficială
body-form-slug = Identificatorul entității
body-form-slug-hint = Litere mici, cifre și cratime, de exemplu wernigerode. Identificatorul devine parte a adresei.
body-form-country = Țară
body-form-country-hint = Cele două litere conform ISO 3166-1, de exemplu DE, FR, PL sau RO.
body-form-parent = Se află în (identificatorul entității superioare)
body-form-website = Site web
body-form-website-hint = Adresa completă, începând cu https://.
body-form-place = Poziție și coduri
body-form-coordinates-hint = Latitudinea și longitudinea în grade zecimale, de exemplu 51.8365 și 10.7822. Indicați-le pe amândouă sau niciuna.
body-form-latitude = Latitudine
body-form-longitude = Longitudine
body-form-nuts = Cod NUTS
body-form-lau = Cod LAU (codul localității)
body-form-wikidata = Identificator Wikidata
body-form-wikidata-hint = Q urmat de cifre, de exemplu Q4187.
body-form-geonames = Identificator GeoNames
body-form-geonames-hint = Numărul localității la GeoNames, de exemplu 2809517 pentru Wernigerode. Verificarea datelor îl propune.
body-form-iso-3166-2 = Cod ISO 3166-2
body-form-iso-3166-2-hint = Pentru landuri, regiuni și județe cu cod propriu: țara, cratimă, cod, de exemplu DE-ST sau FR-90.
body-form-validity = Existență
body-form-valid-from = Există din
body-form-valid-to = A existat până în
body-form-description = Descriere
body-form-language-hint = Limbile sub formă de cod, de exemplu de, pl sau hu.
body-form-names = Alte denumiri
body-form-names-hint = Denumiri în alte limbi, denumiri anterioare și grafii găsite în surse. Rândurile goale sunt ignorate; salvați pentru a obține altele.
body-form-name-n = Denumirea { $n }
body-form-name-text = Denumire
body-form-language = Limba
body-form-name-kind = Tipul denumirii
body-form-facts = Date
body-form-facts-hint = Indicați fie un număr, fie un text. Goliți complet un rând pentru a elimina informația.
body-form-fact-n = Informația { $n }
body-form-fact-key = Ce anume
body-form-fact-value = Număr
body-form-fact-unit = Unitate
body-form-fact-approximate = Valoare aproximativă
body-form-fact-text = Text
body-form-fact-as-of = La data de
body-form-fact-note = Observație
body-form-predecessors = Predecesori
body-form-predecessors-hint = Entitățile cărora aceasta le-a succedat, de exemplu la o reformă administrativă.
body-form-predecessor-n = Predecesorul { $n }
body-form-predecessor-body = Predecesor (identificator)
body-form-predecessor-kind = Tipul succesiunii
body-form-predecessor-date = Data
body-form-published-hint = Ciornele sunt vizibile numai pentru personal. Cât timp parteneriate publicate arată entitatea, aceasta rămâne publicată.
body-form-delete-heading = Ștergeți această entitate
body-form-delete-explained = Se poate șterge numai o entitate la care nu mai trimite nimic. Administrația o poate restaura din înregistrările șterse.
body-form-delete = Ștergeți entitatea
form-yes = da
form-no = nu
field-error-country = Folosiți cele două litere conform ISO 3166-1, de exemplu DE sau FR.
field-error-login = Numele de utilizator are între 1 și 100 de caractere, fără spații.
field-error-login-taken = Acest nume de utilizator este deja folosit.
field-error-email = Indicați o adresă de e-mail de forma nume@example.org.
field-error-scope-required = Un cont de redacție are nevoie de cel puțin o entitate.
field-error-self-demotion = Nu vă puteți retrage singur drepturile de administrare. Rugați o altă persoană din administrație.
field-error-self-deactivation = Nu vă puteți dezactiva propriul cont. Rugați o altă persoană din administrație.
accounts-title = Conturi
accounts-back = Toate conturile
accounts-col-name = Nume
accounts-col-scope = Entități
accounts-col-state = Stare
account-state-active = activ
account-state-disabled = dezactivat
account-new-title = Cont nou
account-edit-title = Contul { $name }
account-details = Datele contului
account-login = Nume de utilizator
account-login-hint = Fără spații, de exemplu anna.schulz. Nu mai poate fi schimbat ulterior.
account-name = Nume (afișat în spațiul de lucru și în istoric)
account-email = Adresă de e-mail (opțional)
account-role = Rol
account-role-hint = Administrația poate face orice; redacția modifică entitățile sale și parteneriatele acestora; accesul doar pentru citire nu modifică nimic.
account-scope = Entități în grijă
account-scope-hint = Identificatori, câte unul pe rând sau separați prin virgule, de exemplu wernigerode. Contează numai pentru redacție.
account-scope-unknown = Nu există nicio entitate cu identificatorul „{ $slug }”.
account-active = Contul se poate autentifica
account-active-hint = Retragerea drepturilor sau dezactivarea contului încheie imediat toate sesiunile persoanei.
account-self-hint = Acesta este propriul dumneavoastră cont: nu vă puteți retrage singur rolul sau autentificarea.
account-password-initial = Prima parolă
account-password = Parolă
account-password-hint = Cel puțin 12 caractere. Comunicați-o persoanei personal sau telefonic; o poate schimba după autentificare.
account-create = Creați contul
account-created = Contul a fost creat. Comunicați persoanei numele de utilizator și parola.
account-saved = Contul a fost salvat.
account-password-reset = Setați o parolă nouă
account-password-reset-explained = Pentru cineva care și-a uitat parola. Toate sesiunile persoanei sunt încheiate; comunicați-i parola nouă.
account-password-reset-submit = Setați parola
account-password-set = Parola nouă a fost setată, iar sesiunile persoanei au fost încheiate.
tokens-title = Tokenuri API
tokens-intro = Programele se identifică față de API cu un token (Authorization: Bearer …) pentru a citi ciorne și a modifica înregistrări. Un token are drepturile rolului său și ale entităților sale.
tokens-list = Tokenuri existente
tokens-none = Nu există încă tokenuri.
tokens-col-name = Nume
tokens-col-prefix = Început
tokens-col-created = Creat
tokens-col-last-used = Ultima utilizare
tokens-never-used = niciodată
tokens-revoked = revocat la
tokens-revoke = Revocați
tokens-revoked-done = Tokenul a fost revocat. Programele care îl folosesc sunt refuzate de acum înainte.
tokens-new = Token nou
tokens-name = Nume
tokens-name-hint = La ce servește tokenul, de exemplu „Import orașul Wernigerode”.
tokens-create = Creați tokenul
tokens-created-title = Tokenul dumneavoastră nou
tokens-created-warning = Copiați tokenul acum. Este afișat doar de această dată; se păstrează numai o amprentă a lui. Dacă se pierde, revocați-l și creați unul nou.
tokens-created-label = Token „{ $name }”

## Contact points in the workbench
contact-points-title = Puncte de contact
contact-points-none = Nu există încă puncte de contact pe care le puteți modifica.
contact-point-new-title = Punct de contact nou
contact-point-edit-title = Modificați punctul de contact { $name }
contact-point-body = Entitate (identificator)
contact-point-organisation = Organizație
contact-point-street = Strada și numărul
contact-point-postal-code = Cod poștal
contact-point-locality = Localitate
contact-point-country = Țara (două litere, de ex. DE)
contact-point-phone = Telefon
contact-point-fax = Fax
contact-point-email = E-mail
contact-point-units = Unități organizatorice
contact-point-units-hint = Câte una pe rând, de la cea mai mare la cea mai mică.
contact-point-note = Notă (de ex. program cu publicul)
contact-point-delete-heading = Ștergeți acest punct de contact
contact-point-delete = Ștergeți punctul de contact

## Open data

open-data-title = Date deschise
open-data-intro = Puteți descărca toate informațiile publicate de acest portal și le puteți reutiliza liber, inclusiv în scop comercial. Vă rugăm să menționați „{ $name }” ca sursă.
open-data-licence = Licența de date Germania – atribuire – versiunea 2.0
open-data-licence-short = DL-DE-BY-2.0
open-data-downloads = Descărcări
open-data-col-file = Fișier
open-data-col-content = Conținut
open-data-col-format = Format
open-data-col-size = Volum
open-data-col-licence = Licență
open-data-partnerships = Parteneriate
open-data-bodies = Districte, orașe, comune și regiuni
open-data-format-csv = CSV (RFC 4180, UTF-8, cu rând de antet)
open-data-format-json = JSON
open-data-format-geojson = GeoJSON (RFC 7946), doar înregistrările cu coordonate
open-data-records = { $count ->
    [one] 1 înregistrare
    [few] { $count } înregistrări
   *[other] { $count } de înregistrări
}
open-data-csv-note = Fișierele CSV sunt codificate în UTF-8 fără marcaj de ordine a octeților. Pentru a le deschide într-un program de calcul tabelar, folosiți importul de text și alegeți UTF-8. Celulele care încep cu =, +, - sau @ sunt precedate de un apostrof, pentru a nu fi executate ca formule.
open-data-api-heading = Interfață de programare (API)
open-data-api = API-ul JSON de la /api/v1 oferă aceleași date, filtrate și pe pagini. Documentul OpenAPI descrie toate interogările.
open-data-openapi = Documentul OpenAPI
open-data-catalog-heading = Înregistrare de catalog (DCAT-AP.de)
open-data-catalog = Înregistrarea de catalog descrie setul de date și toate descărcările conform standardului DCAT-AP.de, astfel încât portalurile de date deschise ale guvernului federal și ale landurilor germane să o poată prelua.
open-data-catalog-link = Înregistrarea de catalog în format JSON-LD
open-data-pages-heading = Date structurate în pagini
open-data-pages = Fiecare pagină a unui parteneriat și fiecare pagină a unui district, a unui oraș sau a unei regiuni conține o descriere lizibilă automat conform schema.org, în format JSON-LD.

## Data-quality check and review queue (partnerportal check, /workbench/review)
audit-entity-finding = Constatare a verificării
workbench-nav-review = Verificare
quality-col-severity = Gravitate
quality-col-record = Înregistrare
quality-col-field = Câmp
quality-col-message = Constatare
quality-col-suggestion = Propunere
quality-severity-error = eroare
quality-severity-warning = avertisment
quality-severity-info = informare
quality-dismissed = respinsă
quality-summary = Constatări deschise: { $count } (erori: { $errors }, avertismente: { $warnings }, informări: { $infos }); respinse: { $dismissed }.
quality-fact-without-source = Informația „{ $fact }” nu are sursă.
quality-stale-fact = Cifra „{ $fact }” este din { $date }, mai veche de { $count } ani: verificați dacă mai este valabilă.
quality-fact-of-unknown-age = Cifra „{ $fact }” nu are dată de referință, deci vechimea ei este necunoscută.
quality-active-on-ended-body = Parteneriatul este activ, dar { $name } nu mai există (până în { $date }).
quality-active-on-succeeded-body = Parteneriatul este activ, dar { $name } a devenit parte din { $successor } și nu este consemnat niciun transfer.
quality-milestone-after-end = O etapă este datată { $date }, după încheierea parteneriatului ({ $to }).
quality-validity-out-of-order = Perioada de existență se încheie ({ $to }) înainte de a începe ({ $from }).
quality-succession-before-predecessor = Succesiunea lui { $name } este datată { $date }, înainte de înființarea lui { $name } ({ $from }).
quality-ended-without-end-milestone = Parteneriatul este marcat ca încheiat, dar istoricul său nu conține o încheiere.
quality-missing-coordinates = { $name } nu are coordonate, deci harta nu îl poate afișa.
quality-missing-wikidata = { $name } nu are identificator Wikidata.
quality-missing-geonames = { $name } nu are identificator GeoNames; nomenclatorul cunoaște localitatea.
quality-missing-translation = Povestea parteneriatului este scrisă în germană, dar nu și în engleză.
quality-country-mismatch = { $name } este înregistrat cu țara { $country_name } ({ $country }), dar nomenclatorul de localități îl situează în { $value_name } ({ $value }).
quality-name-not-official = „{ $name }” diferă de forma oficială „{ $official }”.
quality-unknown-place = Nomenclatorul de localități nu cunoaște nicio localitate „{ $name }” în { $country_name } ({ $country }).
review-title = Verificarea datelor
review-intro = Aici apare ce a găsit verificarea calității în înregistrări: țări sau grafii greșite, informații fără sursă sau vechi, contradicții între predecesori și succesori, coordonate, identificatori și traduceri lipsă. Puteți accepta o propunere, corecta înregistrarea manual sau respinge constatarea cu o justificare.
review-filter-label = Filtrare după gravitate
review-all = Toate
review-empty = Nu există constatări deschise.
review-read-only = Rolul dumneavoastră vă permite să citiți constatările, nu să decideți asupra lor.
review-field = Câmpul { $field }
review-suggestion = Propunere: { $value }
review-accept = Acceptă propunerea
review-correct = Corectează manual
review-dismiss = Respinge
review-reason = Motivul respingerii
review-reason-required = Vă rugăm să precizați de ce respingeți constatarea.
review-done-accepted = Propunerea a fost acceptată; înregistrarea este modificată, iar modificarea apare în istoricul ei.
review-done-dismissed = Constatarea a fost respinsă. Nu va mai apărea decât dacă valoarea în cauză se schimbă.
review-open-record = Vezi înregistrarea
review-attribution = Localități comparate cu date GeoNames (geonames.org), licență CC BY 4.0.
