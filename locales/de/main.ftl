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
error-unauthorized-title = Anmeldung erforderlich
error-unauthorized-text = Bitte melden Sie sich an, um diese Seite zu sehen.
error-forbidden-title = Keine Berechtigung
error-conflict-title = Änderung nicht gespeichert
error-too-many-title = Zu viele Anfragen
error-too-large-text = Die gesendeten Daten sind zu groß.
error-nul-text = Der Text enthält ein Nullzeichen (U+0000), das weder gespeichert noch gesucht werden kann. Bitte entfernen Sie es.
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

## Kontaktformular und Anfragen

footer-contact = Kontaktformular
overview-contact-form = Nachricht über das Kontaktformular senden
partnership-ask = Frage zu dieser Partnerschaft stellen
contact-form-title = Kontakt
contact-form-title-errors = Fehler: Kontakt
contact-form-intro = Sie haben eine Frage zu einer Partnerschaft, eine Idee für eine Begegnung oder einen Fehler in den Angaben entdeckt? Schreiben Sie uns. Ihre Nachricht geht an die zuständige Stelle der Verwaltung; die Antwort erhalten Sie per E-Mail.
contact-form-required = Alle Felder außer „Partnerschaft“ müssen ausgefüllt werden.
contact-form-name = Ihr Name
contact-form-email = Ihre E-Mail-Adresse
contact-form-email-hint = Wir verwenden sie nur, um Ihnen zu antworten.
contact-form-partnership = Partnerschaft, um die es geht
contact-form-partnership-none = keine bestimmte Partnerschaft
contact-form-partnership-chosen = Ihre Nachricht betrifft die Partnerschaft { $name }.
contact-form-partnership-remove = Ohne Bezug auf diese Partnerschaft schreiben
contact-form-subject = Betreff
contact-form-message = Ihre Nachricht
contact-form-message-hint = Höchstens { $count } Zeichen.
contact-form-honeypot = Dieses Feld bitte leer lassen.
contact-form-consent-heading = Einwilligung in die Datenverarbeitung
contact-form-consent = Ich willige ein, dass meine Angaben (Name, E-Mail-Adresse, Betreff und Nachricht) gespeichert und zur Bearbeitung meiner Anfrage an die zuständige Stelle der Verwaltung weitergegeben werden. Sie werden { $count ->
    [one] einen Tag
   *[other] { $count } Tage
} nach Eingang gelöscht. Ich kann die Einwilligung jederzeit per E-Mail an die Verwaltung widerrufen.
contact-form-submit = Nachricht senden
contact-form-error-summary = Bitte prüfen Sie Ihre Angaben
contact-error-name-missing = Bitte geben Sie Ihren Namen an.
contact-error-name-too-long = Der Name darf höchstens { $count } Zeichen lang sein.
contact-error-single-line = Bitte schreiben Sie dieses Feld in eine Zeile, ohne Zeilenumbrüche oder Steuerzeichen.
contact-error-email-missing = Bitte geben Sie Ihre E-Mail-Adresse an, damit wir Ihnen antworten können.
contact-error-email-invalid = Bitte geben Sie eine E-Mail-Adresse in der Form name@beispiel.de an.
contact-error-email-too-long = Die E-Mail-Adresse darf höchstens { $count } Zeichen lang sein.
contact-error-subject-missing = Bitte geben Sie einen Betreff an.
contact-error-subject-too-long = Der Betreff darf höchstens { $count } Zeichen lang sein.
contact-error-message-missing = Bitte schreiben Sie Ihre Nachricht.
contact-error-message-too-long = Die Nachricht darf höchstens { $count } Zeichen lang sein. Bitte kürzen Sie sie.
contact-error-control-characters = Die Nachricht enthält Steuerzeichen, die nicht gespeichert werden können. Bitte entfernen Sie sie.
contact-error-partnership-unknown = Diese Partnerschaft gibt es nicht. Bitte wählen Sie eine aus der Liste oder „keine bestimmte Partnerschaft“.
contact-error-consent = Bitte willigen Sie in die Verarbeitung Ihrer Angaben ein; ohne Einwilligung können wir Ihre Nachricht nicht annehmen.
contact-error-cross-site = Das Formular wurde von einer fremden Internetseite abgeschickt und deshalb nicht angenommen. Bitte verwenden Sie das Kontaktformular dieses Portals.
contact-error-encoding = Die gesendeten Daten sind kein gültiger Text (UTF-8) und wurden nicht angenommen. Bitte senden Sie das Formular erneut aus Ihrem Browser.
contact-error-too-large = Die gesendeten Daten sind zu groß. Eine Nachricht darf höchstens { $count } Zeichen lang sein; bitte kürzen Sie sie.
contact-too-many = Von Ihrem Internetanschluss wurden in kurzer Zeit mehrere Nachrichten gesendet. Zum Schutz vor unerwünschten Massensendungen nehmen wir weitere erst ab { $date } Uhr wieder an.
contact-sent-title = Vielen Dank für Ihre Nachricht
contact-sent-text = Ihre Nachricht ist bei uns eingegangen und gespeichert. Die zuständige Stelle antwortet Ihnen per E-Mail.
contact-sent-reference = Ihre Vorgangsnummer: { $id }
contact-sent-back = Zur Übersicht
inquiry-status-new = Neu
inquiry-status-in-progress = In Bearbeitung
inquiry-status-answered = Beantwortet
inquiry-status-closed = Abgeschlossen
mail-inquiry-intro = Über das Kontaktformular des Partnerschaftsportals ist eine neue Anfrage eingegangen (Vorgangsnummer { $id }).
mail-inquiry-name = Name
mail-inquiry-email = E-Mail
mail-inquiry-partnership = Partnerschaft
mail-inquiry-language = Sprache des Formulars
mail-inquiry-received = Eingegangen
mail-inquiry-subject = Betreff
mail-inquiry-message = Nachricht
mail-inquiry-inbox = Im Posteingang bearbeiten
mail-inquiry-reply = „Antworten“ schreibt direkt an die Absenderin oder den Absender.


## Arbeitsbereich der Verwaltung
workbench-title = Arbeitsbereich
workbench-nav-label = Arbeitsbereich
workbench-nav-dashboard = Übersicht
workbench-nav-changes = Letzte Änderungen
workbench-nav-deleted = Gelöschte Einträge
workbench-nav-password = Passwort ändern
workbench-signed-in-as = Angemeldet als { $name } ({ $role })
workbench-your-bodies = Von Ihnen betreute Körperschaften
workbench-new-partnership-of = Partnerschaft hinzufügen
workbench-partnerships = Partnerschaften
workbench-no-partnerships = Es gibt noch keine Partnerschaften, die Sie bearbeiten dürfen.
workbench-col-partnership = Partnerschaft
workbench-col-status = Status
workbench-col-actions = Aktionen
workbench-read-only = Ihre Rolle erlaubt das Lesen von Einträgen, nicht deren Änderung.
workbench-not-permitted = Ihre Rolle erlaubt Ihnen nicht, dies anzusehen.
workbench-admins-only = Dies ist nur der Administration vorbehalten.
workbench-staff-sign-in = Anmeldung für Mitarbeitende
role-admin = Administration
role-editor = Redaktion
role-reader = Lesezugriff
draft = Entwurf
action-edit = Bearbeiten
action-history = Verlauf
action-public-page = Öffentliche Seite
sign-in-title = Anmeldung im Arbeitsbereich
sign-in-intro = Für Mitarbeitende des Landkreises und seiner Städte und Gemeinden. Sitzungen enden nach acht Stunden ohne Aktivität.
sign-in-login = Anmeldename
sign-in-password = Passwort
sign-in-submit = Anmelden
sign-in-failed = Anmeldename oder Passwort ist falsch, oder das Konto ist gesperrt.
sign-in-throttled = Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es nach { $time } erneut.
sign-out = Abmelden
password-title = Passwort ändern
password-current = Aktuelles Passwort
password-new = Neues Passwort
password-repeat = Neues Passwort wiederholen
password-rules = Mindestens 12 Zeichen. Ein Satz, den Sie sich merken können, ist ein gutes Passwort.
password-submit = Passwort ändern
password-saved = Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden beendet.
new-partnership-title = Neue Partnerschaft
edit-partnership-title = Partnerschaft { $slug } bearbeiten
form-errors-title = Bitte korrigieren Sie Folgendes
form-saved = Gespeichert.
form-reload-current = Aktuelle Fassung öffnen (Ihre Änderungen werden verworfen)
form-partners = Partner
form-home = Betreut von (Kennung der heimischen Körperschaft)
form-partner = Partner (Kennung der Partnerkörperschaft)
form-slug-hint = Kennungen sind der letzte Teil der Adresse einer Körperschaft, etwa wernigerode in /de/bodies/wernigerode.
form-slug = Kennung der Partnerschaft
form-slug-own-hint = Kleinbuchstaben, Ziffern und Bindestriche, etwa wernigerode-carpi. Die Kennung wird Teil der Adresse.
form-classification = Einordnung
form-narrative = Geschichte der Partnerschaft
form-milestones = Zeitleiste
form-milestones-hint = Lassen Sie die Art leer, um einen Schritt zu entfernen. Zwei leere Zeilen sind für neue Schritte; speichern Sie, um weitere zu erhalten.
form-milestone-n = Schritt { $n }
form-milestone-type = Art
form-milestone-date = Datum
form-milestone-qualifier = Genauigkeit
form-milestone-bodies = Beteiligte Körperschaften (Kennungen, durch Kommas getrennt)
form-milestone-notes = Anmerkungen
form-date-hint = Datum als Jahr, Jahr-Monat oder vollständiges Datum: 1993, 1993-05, 1993-05-14.
form-choose-none = – keine Angabe –
form-qualifier-early = Anfang
form-qualifier-mid = Mitte
form-qualifier-late = Ende
form-qualifier-circa = etwa
form-qualifier-before = vor
form-qualifier-after = nach
form-more = Weitere Angaben
form-note = Interne Anmerkung
form-parent = Setzt Partnerschaft fort (Kennung)
form-source = Quelle (Schlüssel)
form-published = Veröffentlicht
form-published-hint = Entwürfe sind nur für Mitarbeitende sichtbar. Veröffentlichen Sie den Eintrag, wenn er fertig ist.
form-save = Speichern
form-delete-heading = Diese Partnerschaft löschen
form-delete-explained = Die Partnerschaft verschwindet aus dem Portal und der API. Die Administration kann sie aus den gelöschten Einträgen wiederherstellen.
form-delete = Partnerschaft löschen
form-not-a-form = Die Anfrage stammt nicht aus einem Formular dieser Website.
form-malformed = Das Formular konnte nicht gelesen werden.
form-malformed-detail = Das Formular konnte nicht gelesen werden: { $detail }
form-csrf-failed = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
field-error-slug = Verwenden Sie Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche.
field-error-required = Dies ist ein Pflichtfeld.
field-error-too-long = Dieser Text ist zu lang.
field-error-control-characters = Zeilenumbrüche und Steuerzeichen sind hier nicht zulässig.
field-error-language = Dies ist kein Sprachcode wie de oder en.
field-error-same-body = Eine Körperschaft kann nicht ihr eigener Partner sein.
field-error-own-parent = Ein Eintrag kann nicht auf sich selbst verweisen.
field-error-duplicate = Ein Thema wurde doppelt ausgewählt.
field-error-qualifier-without-date = Eine Genauigkeit erfordert ein Datum.
field-error-url = Eine Internetadresse beginnt mit https://.
field-error-latitude = Der Breitengrad liegt zwischen -90 und 90.
field-error-longitude = Der Längengrad liegt zwischen -180 und 180.
field-error-coordinates-pair = Geben Sie Breiten- und Längengrad an oder keines von beiden.
field-error-wikidata = Eine Wikidata-Kennung ist ein Q gefolgt von Ziffern, etwa Q4187.
field-error-geonames = Eine GeoNames-Kennung ist eine positive ganze Zahl, etwa 2809517.
field-error-iso-3166-2 = Ein ISO-3166-2-Code besteht aus den zwei Buchstaben des Staats, einem Bindestrich und ein bis drei Buchstaben oder Ziffern, etwa DE-ST.
field-error-dates-out-of-order = Das Ende liegt vor dem Beginn.
field-error-number = Dies ist keine Zahl.
field-error-value-or-text = Geben Sie entweder eine Zahl oder einen Text an.
field-error-own-predecessor = Eine Körperschaft kann nicht ihre eigene Nachfolgerin sein.
field-error-unknown-body = Es gibt keine Körperschaft mit dieser Kennung.
field-error-unknown-source = Es gibt keine Quelle mit diesem Schlüssel.
field-error-unknown-partnership = Es gibt keine Partnerschaft mit dieser Kennung.
field-error-slug-taken = Diese Kennung wird bereits von einem anderen Eintrag verwendet.
field-error-pair-taken = Diese beiden Körperschaften sind bereits Partner.
field-error-draft-body = Veröffentlichen Sie beide Körperschaften vor der Partnerschaft zwischen ihnen.
field-error-published-partnerships = Veröffentlichte Partnerschaften zeigen diese Körperschaft; setzen Sie diese zuerst auf Entwurf.
field-error-choose = Bitte wählen Sie eine der Optionen.
field-error-date = Geben Sie das Datum als 1993, 1993-05 oder 1993-05-14 an.
field-error-wrong-password = Das aktuelle Passwort ist falsch.
field-error-passwords-differ = Die beiden neuen Passwörter stimmen nicht überein.
field-error-password-too-short = Das Passwort muss mindestens 12 Zeichen haben.
field-error-password-too-long = Das Passwort darf höchstens 256 Zeichen haben.
field-error-password-same-as-login = Das Passwort darf nicht der Anmeldename sein.
changes-title = Letzte Änderungen
changes-all = Alle Änderungen
changes-none = Noch keine Änderungen.
changes-older = Ältere Änderungen
deleted-title = Gelöschte Einträge
history-title = Verlauf von { $name }
history-done = Erledigt. Der Verlauf unten zeigt die Änderung.
version-title = Fassung { $id }
version-back-to-history = Zurück zum Verlauf
version-restore = Stand nach dieser Änderung wiederherstellen
version-restore-before = Diese Änderung rückgängig machen (Stand davor wiederherstellen)
version-restore-explained = Beim Wiederherstellen wird diese Fassung zurückgeschrieben. Die aktuelle Fassung bleibt im Verlauf und kann ihrerseits wiederhergestellt werden.
version-compare = Vor und nach dieser Änderung
version-field = Feld
version-before = Vorher
version-after = Nachher
version-changed = geändert
restore-refused = Diese Fassung kann so nicht wiederhergestellt werden: { $detail }
channel-web = Arbeitsbereich
channel-api = API
channel-cli = Kommandozeile
channel-system = automatisch
audit-action-create = Angelegt
audit-action-update = Geändert
audit-action-delete = Gelöscht
audit-action-restore = Wiederhergestellt
audit-action-publish = Veröffentlicht
audit-action-unpublish = Auf Entwurf gesetzt
audit-action-sign_in = Angemeldet
audit-action-expire = Nach Ablauf der Aufbewahrungsfrist gelöscht
audit-entity-body = Körperschaft
audit-entity-partnership = Partnerschaft
audit-entity-contact_point = Kontaktstelle
audit-entity-user = Konto
audit-entity-api_token = API-Token
audit-entity-registry = Gesamtbestand
audit-entity-inquiry = Anfrage

## Posteingang der Anfragen (Arbeitsbereich)

workbench-nav-inbox = Posteingang
inbox-title = Posteingang
inbox-no-mail-server = Es ist kein Mailserver eingerichtet (PARTNERPORTAL_SMTP_URL): Neue Anfragen werden nicht per E-Mail gemeldet und erscheinen nur hier.
inbox-filter-label = Anfragen nach Status
inbox-all = Alle
inbox-empty = Keine Anfragen.
inbox-col-received = Eingegangen
inbox-col-subject = Betreff
inbox-col-sender = Absender
inbox-col-status = Status
inbox-col-assignee = Zuständig
inbox-col-notified = Per E-Mail gemeldet
inbox-notified-yes = ja
inbox-notified-no = noch nicht
inbox-older = Ältere Anfragen
inbox-back = Zurück zum Posteingang
inbox-bad-query = Die Adresse enthält ungültige Angaben.
inbox-unknown-status = Unbekannter Status „{ $value }“.
inbox-unknown-assignee = „{ $value }“ ist kein aktives Konto, dem Anfragen zugewiesen werden können.
inquiry-title = Anfrage { $id }
inquiry-reference = Vorgangsnummer
inquiry-sender = Absender
inquiry-email = E-Mail-Adresse
inquiry-partnership = Partnerschaft
inquiry-language = Sprache des Formulars
inquiry-consent = Einwilligung
inquiry-consent-version = erteilt (Fassung { $value })
inquiry-mail = Meldung per E-Mail
inquiry-mail-sent = gesendet am { $date }
inquiry-mail-pending = wird gesendet
inquiry-mail-off = nicht eingerichtet (kein Mailserver)
inquiry-mail-failed = { $count ->
    [one] 1 Versuch fehlgeschlagen
   *[other] { $count } Versuche fehlgeschlagen
}
inquiry-message = Nachricht
inquiry-handle = Bearbeiten
inquiry-status-save = Status speichern
inquiry-assignee-nobody = niemand
inquiry-assignee-save = Zuständigkeit speichern
inquiry-notes = Interne Notizen
inquiry-notes-empty = Noch keine Notizen.
inquiry-note-by = { $name }, { $date }
inquiry-note-label = Neue Notiz (nur intern sichtbar)
inquiry-note-save = Notiz hinzufügen
inquiry-note-error = Bitte schreiben Sie eine Notiz mit höchstens { $count } Zeichen.
inquiry-saved-status = Der Status wurde gespeichert.
inquiry-saved-assignee = Die Zuständigkeit wurde gespeichert.
inquiry-saved-note = Die Notiz wurde hinzugefügt.
inquiry-history = Verlauf dieser Anfrage

## Körperschaften, Konten und API-Tokens (Arbeitsbereich)

workbench-nav-users = Konten
workbench-nav-tokens = API-Tokens
workbench-edit-body = bearbeiten
workbench-bodies = Körperschaften
workbench-open-body = Körperschaft bearbeiten (Kennung)
workbench-open-body-submit = Öffnen
new-body-title = Neue Körperschaft
edit-body-title = Körperschaft { $slug } bearbeiten
body-not-in-scope = Sie dürfen nur die Körperschaften bearbeiten, die Sie betreuen.
body-form-basics = Name und Art
body-form-name = Amtlicher Name
body-form-slug = Kennung der Körperschaft
body-form-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, etwa wernigerode. Die Kennung wird Teil der Adresse.
body-form-country = Staat
body-form-country-hint = Die zwei Buchstaben nach ISO 3166-1, etwa DE, FR, PL oder RO.
body-form-parent = Liegt in (Kennung der übergeordneten Körperschaft)
body-form-website = Website
body-form-website-hint = Die vollständige Adresse, beginnend mit https://.
body-form-place = Lage und Kennziffern
body-form-coordinates-hint = Geografische Breite und Länge in Dezimalgrad, etwa 51.8365 und 10.7822. Geben Sie beide an oder keine.
body-form-latitude = Breitengrad
body-form-longitude = Längengrad
body-form-nuts = NUTS-Code
body-form-lau = LAU-Code (Gemeindeschlüssel)
body-form-wikidata = Wikidata-Kennung
body-form-wikidata-hint = Q gefolgt von Ziffern, etwa Q4187.
body-form-geonames = GeoNames-Kennung
body-form-geonames-hint = Die Nummer des Orts bei GeoNames, etwa 2809517 für Wernigerode. Die Datenprüfung schlägt sie vor.
body-form-iso-3166-2 = ISO-3166-2-Code
body-form-iso-3166-2-hint = Für Länder, Regionen und Kreise mit eigenem Code: Staat, Bindestrich, Kürzel, etwa DE-ST oder FR-90.
body-form-validity = Bestehen
body-form-valid-from = Besteht seit
body-form-valid-to = Bestand bis
body-form-description = Beschreibung
body-form-language-hint = Sprachen als Kürzel, etwa de, pl oder hu.
body-form-names = Weitere Namen
body-form-names-hint = Namen in anderen Sprachen, frühere Namen und Schreibweisen aus Quellen. Leere Zeilen werden übergangen; speichern Sie, um weitere zu erhalten.
body-form-name-n = Name { $n }
body-form-name-text = Name
body-form-language = Sprache
body-form-name-kind = Art des Namens
body-form-facts = Fakten
body-form-facts-hint = Geben Sie entweder eine Zahl oder einen Text an. Lassen Sie eine Zeile ganz leer, um den Fakt zu entfernen.
body-form-fact-n = Fakt { $n }
body-form-fact-key = Angabe
body-form-fact-value = Zahl
body-form-fact-unit = Einheit
body-form-fact-approximate = Ungefährer Wert
body-form-fact-text = Text
body-form-fact-as-of = Stand (Datum)
body-form-fact-note = Anmerkung
body-form-predecessors = Vorgänger
body-form-predecessors-hint = Körperschaften, auf die diese gefolgt ist, etwa bei einer Kreisreform.
body-form-predecessor-n = Vorgänger { $n }
body-form-predecessor-body = Vorgänger (Kennung)
body-form-predecessor-kind = Art der Nachfolge
body-form-predecessor-date = Datum
body-form-published-hint = Entwürfe sind nur für Mitarbeitende sichtbar. Solange veröffentlichte Partnerschaften die Körperschaft zeigen, bleibt sie veröffentlicht.
body-form-delete-heading = Diese Körperschaft löschen
body-form-delete-explained = Löschen lässt sich nur eine Körperschaft, auf die nichts mehr verweist. Die Administration kann sie aus den gelöschten Einträgen wiederherstellen.
body-form-delete = Körperschaft löschen
form-yes = ja
form-no = nein
field-error-country = Verwenden Sie die zwei Buchstaben nach ISO 3166-1, etwa DE oder FR.
field-error-login = Der Anmeldename hat 1 bis 100 Zeichen ohne Leerzeichen.
field-error-login-taken = Dieser Anmeldename ist bereits vergeben.
field-error-email = Geben Sie eine E-Mail-Adresse in der Form name@example.org an.
field-error-scope-required = Ein Konto der Redaktion braucht mindestens eine Körperschaft.
field-error-self-demotion = Sie können sich nicht selbst die Administrationsrechte entziehen. Bitten Sie eine andere Person der Administration darum.
field-error-self-deactivation = Sie können Ihr eigenes Konto nicht sperren. Bitten Sie eine andere Person der Administration darum.
accounts-title = Konten
accounts-back = Alle Konten
accounts-col-name = Name
accounts-col-scope = Körperschaften
accounts-col-state = Zustand
account-state-active = aktiv
account-state-disabled = gesperrt
account-new-title = Neues Konto
account-edit-title = Konto { $name }
account-details = Angaben zum Konto
account-login = Anmeldename
account-login-hint = Ohne Leerzeichen, etwa anna.schulz. Er lässt sich später nicht ändern.
account-name = Name (wird im Arbeitsbereich und im Verlauf angezeigt)
account-email = E-Mail-Adresse (freiwillig)
account-role = Rolle
account-role-hint = Die Administration darf alles; die Redaktion ändert ihre Körperschaften und deren Partnerschaften; mit Lesezugriff wird nichts geändert.
account-scope = Betreute Körperschaften
account-scope-hint = Kennungen, eine je Zeile oder durch Kommas getrennt, etwa wernigerode. Nur für die Redaktion von Bedeutung.
account-scope-unknown = Es gibt keine Körperschaft mit der Kennung „{ $slug }“.
account-active = Das Konto darf sich anmelden
account-active-hint = Werden Rechte entzogen oder wird das Konto gesperrt, endet jede Sitzung der Person sofort.
account-self-hint = Dies ist Ihr eigenes Konto: Ihre Rolle und die Anmeldung können Sie nicht selbst entziehen.
account-password-initial = Erstes Passwort
account-password = Passwort
account-password-hint = Mindestens 12 Zeichen. Teilen Sie es der Person persönlich oder telefonisch mit; sie kann es nach der Anmeldung ändern.
account-create = Konto anlegen
account-created = Das Konto wurde angelegt. Teilen Sie der Person Anmeldenamen und Passwort mit.
account-saved = Das Konto wurde gespeichert.
account-password-reset = Neues Passwort setzen
account-password-reset-explained = Für jemanden, der sein Passwort vergessen hat. Alle Sitzungen der Person werden beendet; teilen Sie ihr das neue Passwort mit.
account-password-reset-submit = Passwort setzen
account-password-set = Das neue Passwort wurde gesetzt, und die Sitzungen der Person wurden beendet.
tokens-title = API-Tokens
tokens-intro = Programme weisen sich mit einem Token gegenüber der API aus (Authorization: Bearer …), um Entwürfe zu lesen und Einträge zu ändern. Ein Token hat die Rechte seiner Rolle und seiner Körperschaften.
tokens-list = Vorhandene Tokens
tokens-none = Es gibt noch keine Tokens.
tokens-col-name = Name
tokens-col-prefix = Anfang
tokens-col-created = Angelegt
tokens-col-last-used = Zuletzt benutzt
tokens-never-used = nie
tokens-revoked = widerrufen am
tokens-revoke = Widerrufen
tokens-revoked-done = Das Token wurde widerrufen. Programme, die es benutzen, werden ab sofort abgewiesen.
tokens-new = Neues Token
tokens-name = Name
tokens-name-hint = Wofür das Token gedacht ist, etwa „Import Stadt Wernigerode“.
tokens-create = Token anlegen
tokens-created-title = Ihr neues Token
tokens-created-warning = Kopieren Sie das Token jetzt. Es wird nur dieses eine Mal angezeigt; gespeichert wird nur ein Fingerabdruck davon. Geht es verloren, widerrufen Sie es und legen ein neues an.
tokens-created-label = Token „{ $name }“

## Contact points in the workbench
contact-points-title = Kontaktstellen
contact-points-none = Es gibt noch keine Kontaktstellen, die Sie bearbeiten dürfen.
contact-point-new-title = Neue Kontaktstelle
contact-point-edit-title = Kontaktstelle { $name } bearbeiten
contact-point-body = Gebietskörperschaft (Kennung)
contact-point-organisation = Organisation
contact-point-street = Straße und Hausnummer
contact-point-postal-code = Postleitzahl
contact-point-locality = Ort
contact-point-country = Land (zwei Buchstaben, z. B. DE)
contact-point-phone = Telefon
contact-point-fax = Fax
contact-point-email = E-Mail
contact-point-units = Organisationseinheiten
contact-point-units-hint = Eine pro Zeile, von der größten zur kleinsten.
contact-point-note = Hinweis (z. B. Sprechzeiten)
contact-point-delete-heading = Diese Kontaktstelle löschen
contact-point-delete = Kontaktstelle löschen

## Open data

open-data-title = Offene Daten
open-data-intro = Alle veröffentlichten Angaben dieses Portals können Sie herunterladen und frei weiterverwenden, auch kommerziell. Bitte nennen Sie dabei „{ $name }“ als Quelle.
open-data-licence = Datenlizenz Deutschland – Namensnennung – Version 2.0
open-data-licence-short = DL-DE-BY-2.0
open-data-downloads = Downloads
open-data-col-file = Datei
open-data-col-content = Inhalt
open-data-col-format = Format
open-data-col-size = Umfang
open-data-col-licence = Lizenz
open-data-partnerships = Partnerschaften
open-data-bodies = Kreise, Städte, Gemeinden und Regionen
open-data-format-csv = CSV (RFC 4180, UTF-8, mit Kopfzeile)
open-data-format-json = JSON
open-data-format-geojson = GeoJSON (RFC 7946), nur Einträge mit Koordinaten
open-data-records = { $count ->
    [one] 1 Datensatz
   *[other] { $count } Datensätze
}
open-data-csv-note = Die CSV-Dateien sind in UTF-8 ohne Byte-Order-Mark kodiert. Öffnen Sie sie in einer Tabellenkalkulation über den Textimport und wählen Sie dort UTF-8. Zellen, die mit =, +, - oder @ beginnen, tragen ein vorangestelltes Apostroph, damit sie nicht als Formel ausgeführt werden.
open-data-api-heading = Programmierschnittstelle (API)
open-data-api = Die JSON-API unter /api/v1 liefert dieselben Daten gefiltert und seitenweise. Alle Abfragen beschreibt das OpenAPI-Dokument.
open-data-openapi = OpenAPI-Dokument
open-data-catalog-heading = Katalogeintrag (DCAT-AP.de)
open-data-catalog = Der Katalogeintrag beschreibt den Datensatz und alle Downloads nach dem Standard DCAT-AP.de, damit Open-Data-Portale von Bund und Ländern ihn übernehmen können.
open-data-catalog-link = Katalogeintrag als JSON-LD
open-data-pages-heading = Strukturierte Daten in den Seiten
open-data-pages = Jede Seite einer Partnerschaft und jede Seite eines Kreises, einer Stadt oder Region enthält eine maschinenlesbare Beschreibung nach schema.org im Format JSON-LD.

## Data-quality check and review queue (partnerportal check, /workbench/review)
audit-entity-finding = Prüfhinweis
workbench-nav-review = Prüfung
quality-col-severity = Schwere
quality-col-record = Eintrag
quality-col-field = Feld
quality-col-message = Hinweis
quality-col-suggestion = Vorschlag
quality-severity-error = Fehler
quality-severity-warning = Warnung
quality-severity-info = Hinweis
quality-dismissed = verworfen
quality-summary = { $count } offene Prüfhinweise: { $errors } Fehler, { $warnings } Warnungen, { $infos } Hinweise; { $dismissed } verworfen.
quality-fact-without-source = Die Angabe „{ $fact }“ hat keine Quelle.
quality-stale-fact = Die Angabe „{ $fact }“ hat den Stand { $date }, älter als { $count } Jahre: Bitte prüfen Sie, ob sie noch stimmt.
quality-fact-of-unknown-age = Die Angabe „{ $fact }“ hat kein Stichdatum; wie alt sie ist, ist unbekannt.
quality-active-on-ended-body = Die Partnerschaft gilt als aktiv, aber { $name } besteht nicht mehr (bis { $date }).
quality-active-on-succeeded-body = Die Partnerschaft gilt als aktiv, aber { $name } ist in { $successor } aufgegangen, und ein Übergang ist nicht verzeichnet.
quality-milestone-after-end = Ein Ereignis ist auf { $date } datiert, nach dem Ende der Partnerschaft ({ $to }).
quality-validity-out-of-order = Die Gültigkeit endet ({ $to }), bevor sie beginnt ({ $from }).
quality-succession-before-predecessor = Die Nachfolge von { $name } ist auf { $date } datiert, bevor { $name } entstand ({ $from }).
quality-ended-without-end-milestone = Die Partnerschaft ist als beendet markiert, aber ihr Verlauf enthält kein Ende.
quality-missing-coordinates = { $name } hat keine Koordinaten; die Karte kann den Ort nicht zeigen.
quality-missing-wikidata = { $name } hat keine Wikidata-Kennung.
quality-missing-geonames = { $name } hat keine GeoNames-Kennung; das Ortsverzeichnis kennt den Ort.
quality-missing-translation = Die Geschichte der Partnerschaft ist auf Deutsch erzählt, aber nicht auf Englisch.
quality-country-mismatch = { $name } ist mit dem Land { $country_name } ({ $country }) eingetragen, das Ortsverzeichnis kennt den Ort aber in { $value_name } ({ $value }).
quality-name-not-official = „{ $name }“ weicht von der amtlichen Schreibweise „{ $official }“ ab.
quality-unknown-place = Das Ortsverzeichnis kennt keinen Ort „{ $name }“ in { $country_name } ({ $country }).
review-title = Datenprüfung
review-intro = Hier steht, was die Qualitätsprüfung in den Einträgen gefunden hat: falsche Länder oder Schreibweisen, Angaben ohne Quelle oder mit altem Stand, Widersprüche in Vorgängern und Nachfolgern, fehlende Koordinaten, Kennungen und Übersetzungen. Sie können einen Vorschlag übernehmen, den Eintrag von Hand korrigieren oder den Hinweis mit Begründung verwerfen.
review-filter-label = Nach Schwere filtern
review-all = Alle
review-empty = Es gibt keine offenen Prüfhinweise.
review-read-only = Ihre Rolle erlaubt das Lesen der Prüfhinweise, nicht das Entscheiden darüber.
review-field = Feld { $field }
review-suggestion = Vorschlag: { $value }
review-accept = Vorschlag übernehmen
review-correct = Von Hand korrigieren
review-dismiss = Verwerfen
review-reason = Begründung für das Verwerfen
review-reason-required = Bitte begründen Sie, warum Sie den Hinweis verwerfen.
review-done-accepted = Der Vorschlag wurde übernommen; der Eintrag ist geändert und die Änderung im Verlauf verzeichnet.
review-done-dismissed = Der Hinweis wurde verworfen. Er erscheint nicht wieder, solange sich der beanstandete Wert nicht ändert.
review-open-record = Eintrag ansehen
review-attribution = Ortsvergleich mit Daten von GeoNames (geonames.org), Lizenz CC BY 4.0.
