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
