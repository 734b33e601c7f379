## Deutsch: die erste Sprache des Portals und Rückfallsprache für alle anderen.

site-name = Internationale Partnerschaften
site-tagline = Partnerregionen und Städtepartnerschaften
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-overview = Übersicht
nav-partnerships = Alle Partnerschaften
nav-open-data = Offene Daten (API)
footer-open-data = Alle Angaben als offene Daten:
footer-software = Betrieben mit partnerportal, freier Software für kommunale Partnerschaften.
breadcrumb-label = Sie sind hier
language-switcher = Sprache wählen
content-not-translated = Dieser Text liegt noch nicht in Ihrer Sprache vor; er wird auf { $language } angezeigt.

## Übersicht

overview-title = Übersicht
overview-district-partnerships = Partnerregionen des Landkreises
overview-district-partnerships-of = Partnerregionen: { $name }
overview-municipal-twinnings = Städtepartnerschaften im Landkreis
overview-municipal-intro = Die internationalen Gemeindepartnerschaften der Städte und Gemeinden.
overview-contact = Kontakt
overview-since = seit { $date }
overview-partner-count = { $count ->
    [one] 1 Partnerschaft
   *[other] { $count } Partnerschaften
}
overview-all-partnerships = Alle Partnerschaften durchsuchen und filtern
overview-empty = Es sind noch keine Partnerschaften erfasst.

## Liste und Filter

list-title = Alle Partnerschaften
list-filter-heading = Partnerschaften filtern
list-filter-country = Land
list-filter-topic = Thema
list-filter-level = Ebene
list-filter-status = Status
list-filter-kind = Art
list-filter-all = alle
list-filter-apply = Filter anwenden
list-filter-reset = Filter zurücksetzen
list-count = { $count ->
    [0] Keine Partnerschaft gefunden
    [one] 1 Partnerschaft gefunden
   *[other] { $count } Partnerschaften gefunden
}
list-empty = Keine Partnerschaft entspricht diesen Filtern. Setzen Sie einzelne Filter auf „alle“ zurück.
list-table-label = Tabelle der Partnerschaften
list-col-home = Partner im Landkreis
list-col-partner = Partner
list-col-country = Land
list-col-level = Ebene
list-col-kind = Art
list-col-since = Seit
list-col-status = Status
pager-label = Seiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite
pager-position = Seite { $page } von { $pages }

## Partnerschaft

partnership-title = { $home } – { $partner }
partnership-key-data = Eckdaten
partnership-partners = Partner
partnership-level = Ebene
partnership-kind = Art
partnership-status = Status
partnership-since = Seit
partnership-topics = Themen der Zusammenarbeit
partnership-story = Geschichte und Inhalte
partnership-timeline = Zeitleiste
partnership-timeline-undated = ohne Datum
partnership-acting = Beteiligt:
partnership-children = Kontakte zwischen Mitgliedsgemeinden
partnership-parent = Teil der Partnerschaft { $name }
partnership-about-partner = Über { $name }
partnership-note = Anmerkung
partnership-links = Links

## Körperschaft

body-kind-label = Art
body-country = Land
body-parent = Gehört zu
body-website = Internetseite
body-valid = Bestand
body-valid-from = seit { $date }
body-valid-until = bis { $date }
body-valid-range = { $from } bis { $to }
body-other-names = Andere Namen
body-facts = Zahlen und Fakten
body-partnerships = Partnerschaften
body-no-partnerships = Für diese Körperschaft sind keine Partnerschaften erfasst.
body-predecessors = Vorgänger
body-successors = Nachfolger
body-children = Gliederung
body-description = Beschreibung
body-identifiers = Kennungen
body-succession-into = { $kind } in

## Fakten und Quellen

fact-source = Quelle: { $source }
fact-as-of = Stand: { $date }
fact-as-of-unknown = Stand unbekannt
fact-approximately = etwa { $value }
unit-inhabitants = Einwohner
unit-km2 = km²
unit-inhabitants_per_km2 = Einwohner je km²
sources-heading = Quellen

## Kontakt

contact-phone = Telefon
contact-fax = Fax
contact-email = E-Mail

## Suche

search-title = Suche
search-label = Ort, Landkreis, Region oder Thema
search-submit = Suchen
search-hint = Groß- und Kleinschreibung, fehlende Akzente und kleine Tippfehler stören nicht: „iasi“ findet Iași, „Heltau“ findet Cisnădie.
search-count = { $count ->
    [0] Keine Treffer
    [one] 1 Treffer
   *[other] { $count } Treffer
}
search-topics = Themen
search-bodies = Orte und Körperschaften
search-found-as = gefunden als
search-similar = ähnliche Schreibweise
search-nothing = Nichts gefunden. Prüfen Sie die Schreibweise oder suchen Sie nach einem Teil des Namens.
nav-search = Suche

## Erklärung zur Barrierefreiheit

footer-nav-label = Über dieses Portal
footer-accessibility = Barrierefreiheit
footer-easy-language = Leichte Sprache
a11y-title = Erklärung zur Barrierefreiheit
a11y-scope = Diese Erklärung gilt für das Partnerschaftsportal mit allen Seiten in allen angebotenen Sprachen. Der Betreiber ist bemüht, das Portal im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der europäischen Norm EN 301 549 barrierefrei zugänglich zu machen.
a11y-status-heading = Stand der Vereinbarkeit mit den Anforderungen
a11y-status = Das Portal ist weitgehend mit den Anforderungen der BITV 2.0 (Konformitätsstufe AA der WCAG 2.1) vereinbar. Alle Seiten funktionieren ohne JavaScript, sind vollständig mit der Tastatur bedienbar, haben sichtbare Fokusmarkierungen, Sprunglinks, Landmarken, eine geordnete Überschriftenstruktur und ausreichende Kontraste. Die Karte der Partnerschaften wird zusätzlich als gleichwertige Liste angeboten.
a11y-limits-heading = Nicht barrierefreie Inhalte
a11y-limit-translations = Beschreibungen und Geschichten der Partnerschaften liegen zum Teil nur auf Deutsch vor. Auf Seiten in anderen Sprachen werden sie auf Deutsch angezeigt, korrekt als deutschsprachig ausgezeichnet und mit einem Hinweis versehen.
a11y-limit-sources = Verlinkte Internetseiten der Partner liegen nicht in der Verantwortung des Betreibers und sind möglicherweise nicht barrierefrei.
a11y-method-heading = Erstellung dieser Erklärung
a11y-method = Die Erklärung beruht auf einer Selbstbewertung. Jede Änderung am Portal wird vor der Veröffentlichung automatisch mit axe-core in einem Browser auf alle Anforderungen der WCAG 2.1 in den Stufen A und AA geprüft, die sich automatisiert prüfen lassen; Tastaturbedienung, Darstellung bei 320 Pixel Breite und Textvergrößerung werden ebenfalls automatisiert getestet.
a11y-feedback-heading = Feedback und Kontakt
a11y-feedback = Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten aufgefallen, oder benötigen Sie Informationen in einer anderen, barrierefreien Form? Dann wenden Sie sich bitte an uns. Wir antworten Ihnen in der Regel innerhalb von zwei Wochen.
a11y-mail-subject = Barriere im Partnerschaftsportal
a11y-enforcement-heading = Durchsetzungsverfahren
a11y-enforcement = Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die für den Betreiber zuständige Durchsetzungs- oder Schlichtungsstelle für Barrierefreiheit Ihres Landes wenden. Das Verfahren ist kostenfrei; Sie brauchen keinen Rechtsbeistand.
a11y-date = Diese Erklärung wurde zuletzt im { $date } überprüft.

## Leichte Sprache (nur Deutsch)

easy-title = Partner·schaften in Leichter Sprache
easy-1 = Auf dieser Seite erklären wir: Was sind Partner·schaften?
easy-2 = Und warum hat unser Land·kreis Partner in anderen Ländern?
easy-what-heading = Was ist eine Partner·schaft?
easy-3 = Eine Partner·schaft ist wie eine Freundschaft. Aber zwischen Orten. Zum Beispiel zwischen 2 Städten. Oder zwischen 2 Land·kreisen.
easy-4 = Die Partner besuchen sich. Sie lernen voneinander. Sie machen zusammen Projekte. Zum Beispiel für junge Menschen.
easy-who-heading = Wer sind unsere Partner?
easy-partners = { $home } hat Partner in { $count ->
    [one] 1 Land:
   *[other] { $count } Ländern:
}
easy-in-country = In { $country }.
easy-partners-there = Dort gibt es { $count } Partner.
easy-towns = { $count ->
    [one] Auch 1 Stadt im Land·kreis hat Partner·städte:
   *[other] Auch { $count } Städte im Land·kreis haben Partner·städte:
}
easy-why-heading = Warum gibt es Partner·schaften?
easy-7 = Menschen in Europa sollen sich kennen·lernen. Dann verstehen sie sich besser.
easy-8 = Junge Menschen können zum Beispiel in ein Partner·land reisen. Oder dort eine Zeit lang helfen. Das nennt man Freiwilligen·dienst.
easy-ask-heading = Sie haben Fragen?
easy-9 = Dann schreiben Sie uns eine E-Mail. Oder rufen Sie uns an. Die Adresse steht auf der Start·seite ganz unten.
easy-back = Zur Start·seite

## Fehlerseiten

error-not-found-title = Seite nicht gefunden
error-not-found-text = Unter dieser Adresse gibt es keinen Eintrag. Vielleicht wurde er umbenannt oder die Adresse ist unvollständig.
error-bad-request-title = Ungültige Anfrage
error-internal-title = Ein interner Fehler ist aufgetreten
error-internal-text = Die Seite konnte nicht erstellt werden. Der Fehler wurde protokolliert; bitte versuchen Sie es später erneut.
error-reference = Fehlernummer: { $id }
error-back-home = Zur Übersicht

## Datumsangaben und Zahlen

date-month = { $month } { $year }
date-day = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
qualifier-early = Anfang { $date }
qualifier-mid = Mitte { $date }
qualifier-late = Ende { $date }
qualifier-circa = um { $date }
qualifier-before = vor { $date }
qualifier-after = nach { $date }
# Schmales geschütztes Leerzeichen als Tausendertrennzeichen (DIN 5008).
number-group-separator = { "\u202F" }
number-decimal-separator = ,

## Vokabulare

topic-youth-social-work = Soziale Kinder- und Jugendarbeit
topic-culture-heritage = Kultur und Denkmalpflege
topic-history-remembrance = Geschichte und Erinnerung
topic-tourism = Tourismus
topic-economy = Wirtschaft
topic-environment = Umweltschutz
topic-health-social = Gesundheit und Soziales
topic-education = Bildung
topic-sport = Sport
topic-public-administration = Öffentliche Verwaltung
topic-regional-marketing = Regionalvermarktung
topic-volunteering = Freiwilligendienst

body-kind-country = Staat
body-kind-region = Region
body-kind-department = Departement / Kreis
body-kind-district = Landkreis / Kreis
body-kind-municipality = Stadt / Gemeinde
body-kind-locality = Ortsteil
body-kind-association = Verein / Verband

level-district = Kreisebene
level-municipal = Gemeindeebene
level-village = Ortsteilebene

kind-partnership = Partnerschaft
kind-friendship = Freundschaft
kind-contact = Kontakt
kind-project = Projektpartnerschaft

status-active = aktiv
status-dormant = ruhend
status-ended = beendet

milestone-first-contact = Aufnahme der Beziehungen
milestone-friendship = Freundschaft
milestone-declaration-of-intent = Absichtserklärung
milestone-contract = Vertrag
milestone-cooperation-agreement = Kooperationsvereinbarung
milestone-transfer = Übergang auf Rechtsnachfolger
milestone-confirmation = Bestätigung
milestone-event = Ereignis
milestone-end = Ende der Partnerschaft

succession-merger = Zusammenschluss
succession-renaming = Umbenennung
succession-incorporation = Eingliederung
succession-split = Teilung

fact-population = Einwohner
fact-area = Fläche
fact-density = Bevölkerungsdichte
fact-capital = Hauptort
fact-localities = Ortschaften
fact-towns = Städte
fact-communes = Gemeinden
fact-municipalities = Gemeinden
fact-economy = Wirtschaft
fact-location = Lage
fact-neighbours = Nachbarn
fact-history = Geschichte
fact-landmarks = Besonderheiten

name-kind-official = Amtlicher Name
name-kind-exonym = Deutscher Name
name-kind-variant = Schreibweise
name-kind-former = Früherer Name

## Sprachen

language-de = Deutsch
language-en = Englisch
language-fr = Französisch
language-pl = Polnisch
language-ro = Rumänisch

## Staaten (ISO 3166-1)

country-AD = Andorra
country-AL = Albanien
country-AM = Armenien
country-AT = Österreich
country-AZ = Aserbaidschan
country-BA = Bosnien und Herzegowina
country-BE = Belgien
country-BG = Bulgarien
country-BY = Belarus
country-CH = Schweiz
country-CN = China
country-CY = Zypern
country-CZ = Tschechien
country-DE = Deutschland
country-DK = Dänemark
country-EE = Estland
country-ES = Spanien
country-FI = Finnland
country-FR = Frankreich
country-GB = Vereinigtes Königreich
country-GE = Georgien
country-GR = Griechenland
country-HR = Kroatien
country-HU = Ungarn
country-IE = Irland
country-IL = Israel
country-IS = Island
country-IT = Italien
country-JP = Japan
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MC = Monaco
country-MD = Moldau
country-ME = Montenegro
country-MK = Nordmazedonien
country-MT = Malta
country-NE = Niger
country-NG = Nigeria
country-NL = Niederlande
country-NO = Norwegen
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-RS = Serbien
country-RU = Russland
country-SE = Schweden
country-SI = Slowenien
country-SK = Slowakei
country-SM = San Marino
country-TR = Türkei
country-UA = Ukraine
country-US = Vereinigte Staaten
country-VA = Vatikanstadt
country-VN = Vietnam
country-XK = Kosovo

## Karte

nav-map = Karte
map-title = Karte der Partnerschaften
map-intro = Jede Partnerschaft ist als Linie vom Landkreis oder von der Stadt im Landkreis zum Partner eingezeichnet. Dieselben Angaben stehen in der Liste neben der Karte.
map-filter-heading = Karte filtern
map-count = { $count ->
    [0] Keine Partnerschaft ausgewählt.
    [one] 1 Partnerschaft ausgewählt.
   *[other] { $count } Partnerschaften ausgewählt.
}
map-count-drawn = { $count ->
    [0] Keine davon ist auf der Karte eingezeichnet.
    [one] Davon ist 1 auf der Karte eingezeichnet.
   *[other] Davon sind { $count } auf der Karte eingezeichnet.
}
map-legend = Legende
map-legend-line = Linie: { $name }
map-legend-home = Landkreis oder Stadt im Landkreis (Ausgangspunkt der Linien)
map-legend-partner = Partner
map-legend-large = Großer Kreis: Landkreis, Region oder Département, eingezeichnet am Verwaltungssitz
map-legend-beyond = Pfeil: Der Partner liegt außerhalb dieses Kartenausschnitts (siehe Weltübersicht)
map-svg-title = Karte der Partnerschaften
map-svg-desc-lines = { $count ->
    [one] Die Karte zeigt 1 Partnerschaft als Linie vom Landkreis oder von der Stadt im Landkreis zum Partner.
   *[other] Die Karte zeigt { $count } Partnerschaften als Linien vom Landkreis oder von der Stadt im Landkreis zum Partner.
}
map-svg-desc-countries = { $count ->
    [one] Alle eingezeichneten Orte liegen in einem Staat.
   *[other] Die eingezeichneten Orte liegen in { $count } Staaten.
}
map-svg-desc-list = Dieselben Angaben enthält die Liste „Partnerschaften als Liste“ neben der Karte.
map-world-title = Weltübersicht der Partnerschaften
map-world-desc = Übersicht aller eingezeichneten Partnerschaften, auch der Partner außerhalb des großen Kartenausschnitts: { $name }.
map-world-caption = Weltübersicht: Das gestrichelte Rechteck zeigt den Ausschnitt der großen Karte.
map-empty = Keine der ausgewählten Partnerschaften kann auf der Karte gezeigt werden, weil Koordinaten fehlen. Die Liste nennt sie alle.
map-attribution = Kartengrundlage: Natural Earth (gemeinfrei), Grenzen vereinfacht. Koordinaten der Orte: GeoNames (Lizenz CC BY 4.0); bei Kreisen, Regionen und Départements der Verwaltungssitz.
map-list-heading = Partnerschaften als Liste
map-unplaced = Für diese Orte sind keine Koordinaten erfasst; sie stehen nur in der Liste, nicht auf der Karte: { $name }.
map-not-drawn = (nicht auf der Karte)
map-home-title = Die Orte im Landkreis, vergrößert
map-home-desc = Vergrößerter Ausschnitt mit den Orten im Landkreis: { $name }. Die Linien führen in Richtung der Partner und enden am Rand mit einem Pfeil.
map-home-caption = Vergrößerter Ausschnitt: die Orte im Landkreis mit ihren Namen; die Pfeile am Rand zeigen die Richtung zu den Partnern.
map-truncated = Die Karte zeigt die ersten { $shown } von { $count } Partnerschaften. Grenzen Sie die Auswahl mit den Filtern ein, um die übrigen zu sehen.
