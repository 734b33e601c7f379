# Fördermittel (EU- und nationale Programme): Workbench-Seiten, Förderregeln, Erinnerungen.

funding-title = Fördermittel
funding-intro = Förderprogramme, Aufrufe mit ihren Fristen und die Anträge des Amtes: von der Idee bis zum Abschlussbericht.
funding-brussels-time = { $time } { $name } (Brüsseler Zeit)
funding-nav-dashboard = Übersicht
funding-nav-deadlines = Fristen
funding-nav-applications = Anträge
funding-nav-calls = Aufrufe
funding-nav-catalogue = Programme
funding-choose = – bitte wählen –
funding-money-hint = Betrag in Euro, auf den Cent genau, z. B. 12.500,50

funding-calls-title = Aufrufe
funding-calls-none = Noch keine Aufrufe erfasst.
funding-calls-admins-only = Aufrufe pflegen nur Administratorinnen und Administratoren.
funding-call-identifier = Kennung des Aufrufs
funding-call-identifier-hint = Wie der Fördergeber sie schreibt, z. B. CERV-2026-CITIZENS-TOWN-TT.
funding-call-action = Programm und Aktion
funding-call-name = Titel
funding-call-opens = Öffnet am
funding-call-deadline = Frist
funding-call-deadline-hint = Datum und Uhrzeit in Brüsseler Zeit (MEZ/MESZ), wie im Aufruf angegeben, z. B. 17:00.
funding-call-budget = Budget
funding-call-url = Zum Aufruf
funding-call-new-title = Neuer Aufruf
funding-call-edit-title = Aufruf { $id }
funding-call-delete-heading = Aufruf löschen
funding-call-delete = Diesen Aufruf löschen

funding-applications-title = Anträge
funding-applications-none = Noch keine Anträge erfasst.
funding-application-new-title = Neuer Antrag
funding-application-edit-title = Antrag „{ $name }“
funding-application-name = Titel des Vorhabens
funding-application-call = Aufruf
funding-application-applicant = Antragsteller
funding-application-applicant-kind = Art des Antragstellers
funding-application-applicant-kind-hint = Wie das Programm den Antragsteller einordnet; bleibt die Auswahl leer, gilt die Art der Gebietskörperschaft.
funding-application-partners = Partner
funding-application-partners-hint = Alle Partner des Vorhabens; mehrere mit Strg- oder Umschalttaste wählen.
funding-application-basics = Vorhaben
funding-application-starts = Erster Tag der Maßnahme
funding-application-ends = Letzter Tag der Maßnahme
funding-application-money = Finanzierung
funding-application-requested = Beantragt
funding-application-granted = Bewilligt
funding-application-granted-hint = Erst nach der Bewilligung eintragen.
funding-application-co-financing = Kofinanzierung (Eigenanteil und Drittmittel)
funding-application-office = Zuständigkeit
funding-application-responsible = Verantwortlich
funding-application-report-due = Bericht fällig am
funding-application-notes = Notizen
funding-application-status = Stand
funding-application-delete-heading = Antrag löschen
funding-application-delete = Diesen Antrag löschen

funding-applicant-kind-municipality = Gemeinde oder Stadt
funding-applicant-kind-district = Landkreis
funding-applicant-kind-region = Region oder Land
funding-applicant-kind-association = Verband von Gebietskörperschaften
funding-applicant-kind-twinning-committee = Partnerschaftsverein oder -komitee
funding-applicant-kind-ngo = gemeinnützige Organisation
funding-applicant-kind-school = Schule
funding-applicant-kind-public-body = andere öffentliche Einrichtung

funding-status-idea = Idee
funding-status-in-preparation = in Vorbereitung
funding-status-submitted = eingereicht
funding-status-granted = bewilligt
funding-status-rejected = abgelehnt
funding-status-withdrawn = zurückgezogen
funding-status-reporting = Berichtsphase
funding-status-closed = abgeschlossen
funding-status-next = Nächster Schritt
funding-status-change = Stand ändern

funding-participants-title = Geplante Teilnehmende
funding-participants-hint = Je Herkunftsland eine Zeile: Ländercode (z. B. FR), Teilnehmende insgesamt, davon aus dem Ausland eingeladene Gäste.
funding-participants-row = Land { $n }
funding-participants-country = Ländercode
funding-participants-count = Teilnehmende
funding-participants-invited = davon eingeladene Gäste

funding-eligibility-title = Förderfähigkeit
funding-eligibility-all-met = Alle Regeln von „{ $name }“ sind erfüllt.
funding-eligibility-some-unmet = Noch nicht alle Regeln von „{ $name }“ sind erfüllt.
funding-eligibility-no-rules = Für diese Aktion sind keine Regeln erfasst.
funding-verdict-met = erfüllt
funding-verdict-unmet = nicht erfüllt
funding-verdict-unknown = noch offen
funding-rule-source = Quelle
funding-rule-as-of = Stand { $date }

funding-rule-min-countries = mindestens { $need } beteiligte Länder
funding-rule-min-countries-met = { $action } braucht mindestens { $need } beteiligte Länder: Sie haben { $have }.
funding-rule-min-countries-unmet = { $action } braucht mindestens { $need } beteiligte Länder: Sie haben erst { $have }.
funding-rule-min-countries-unknown = { $action } braucht mindestens { $need } beteiligte Länder.
funding-rule-min-partners = mindestens { $need } Partner
funding-rule-min-partners-met = { $action } braucht mindestens { $need } Partner: Sie haben { $have }.
funding-rule-min-partners-unmet = { $action } braucht mindestens { $need } Partner: Sie haben erst { $have }.
funding-rule-min-partners-unknown = { $action } braucht mindestens { $need } Partner.
funding-rule-min-participants = mindestens { $need } Teilnehmende
funding-rule-min-participants-met = { $action } braucht mindestens { $need } Teilnehmende: geplant sind { $have }.
funding-rule-min-participants-unmet = { $action } braucht mindestens { $need } Teilnehmende: geplant sind erst { $have }.
funding-rule-min-participants-unknown = { $action } braucht mindestens { $need } Teilnehmende.
funding-rule-max-participants = höchstens { $need } Teilnehmende
funding-rule-max-participants-met = { $action } erlaubt höchstens { $need } Teilnehmende: geplant sind { $have }.
funding-rule-max-participants-unmet = { $action } erlaubt höchstens { $need } Teilnehmende: geplant sind { $have }.
funding-rule-max-participants-unknown = { $action } erlaubt höchstens { $need } Teilnehmende.
funding-rule-min-invited-guests = mindestens { $need } aus dem Ausland eingeladene Gäste
funding-rule-min-invited-guests-met = { $action } braucht mindestens { $need } eingeladene Gäste aus dem Ausland: geplant sind { $have }.
funding-rule-min-invited-guests-unmet = { $action } braucht mindestens { $need } eingeladene Gäste aus dem Ausland: geplant sind erst { $have }.
funding-rule-min-invited-guests-unknown = { $action } braucht mindestens { $need } eingeladene Gäste aus dem Ausland.
funding-rule-duration-days = Dauer von { $need } bis { $max } Tagen
funding-rule-duration-days-met = { $action } dauert { $need } bis { $max } Tage: geplant sind { $have }.
funding-rule-duration-days-unmet = { $action } dauert { $need } bis { $max } Tage: geplant sind { $have }.
funding-rule-duration-days-unknown = { $action } dauert { $need } bis { $max } Tage: tragen Sie den ersten und letzten Tag ein.
funding-rule-eligible-applicants = antragsberechtigt: { $need }
funding-rule-eligible-applicants-met = { $action } ist für diese Art von Antragsteller offen.
funding-rule-eligible-applicants-unmet = { $action } ist nur für diese Antragsteller offen: { $need }.
funding-rule-eligible-applicants-unknown = { $action } ist nur für diese Antragsteller offen: { $need }.

funding-by-status-title = Anträge nach Stand
funding-count = Anzahl
funding-total = Insgesamt
funding-success-title = Erfolgsquote
funding-success-rate = { $value } % der entschiedenen Anträge wurden bewilligt ({ $count } von { $n }).
funding-success-none = Noch ist kein Antrag entschieden.
funding-money-title = Beantragt und bewilligt nach Jahr und Programm
funding-money-none = Noch keine Beträge erfasst.
funding-money-chart-alt = Balkendiagramm: beantragte und bewilligte Beträge je Jahr und Programm; dieselben Zahlen stehen in der Tabelle darunter.
funding-money-table = Beträge je Jahr (der Frist) und Programm
funding-year-programme = Jahr · Programm

funding-catalogue-title = Förderprogramme
funding-catalogue-intro = Die Regeln sind aus den Programmleitfäden übernommen, jede mit Quelle und Stand. Prüfen Sie vor einem Antrag, ob der aktuelle Leitfaden noch dasselbe sagt.
funding-level-eu = EU
funding-level-national = national
funding-level-bilateral = bilateral
funding-form-lump-sum = Pauschalbetrag
funding-form-unit-costs = Stückkosten
funding-form-actual-costs = tatsächliche Kosten
funding-form-flat-rate = Pauschalsatz
funding-cofinancing-max = höchstens { $value } % Förderquote

funding-deadlines-title = Fristen der nächsten 90 Tage
funding-deadlines-intro = Einreichungsfristen der Aufrufe und fällige Berichte, nach Brüsseler Zeit.
funding-deadlines-none = In den nächsten 90 Tagen läuft keine Frist ab.
funding-deadline-when = Frist
funding-deadline-kind = Art
funding-deadline-kind-call = Einreichung
funding-deadline-kind-report = Bericht
funding-days-left = { $count ->
    [0] heute
    [one] morgen
   *[other] in { $count } Tagen
}

funding-reminder-subject = { $count ->
    [0] Frist heute: { $id }
    [one] Frist morgen: { $id }
   *[other] Frist in { $count } Tagen: { $id }
}
funding-reminder-body = Erinnerung ({ $kind }): „{ $name }“ ({ $id }) ist fällig am { $time }.
funding-reminder-board = Alle Fristen: { $url }

field-error-funding-text = Bitte eine Zeile mit höchstens 300 Zeichen.
field-error-funding-identifier = Nur Buchstaben, Ziffern und - _ . /, z. B. CERV-2026-CITIZENS-TOWN-TT.
field-error-funding-date = Bitte ein Datum wie 2026-11-05.
field-error-funding-deadline = Bitte Datum und Uhrzeit in Brüsseler Zeit, z. B. 2027-03-05 17:00 (eine beim Umstellen auf Sommerzeit übersprungene Uhrzeit gibt es nicht).
field-error-funding-deadline-before-opening = Die Frist liegt vor der Öffnung des Aufrufs.
field-error-funding-url = Ein Link beginnt mit https:// oder http://.
field-error-funding-applicant-kind = Bitte eine Art von Antragsteller wählen.
field-error-funding-too-many = Das sind zu viele Einträge (höchstens 200).
field-error-funding-partner-is-applicant = Der Antragsteller ist nicht sein eigener Partner.
field-error-funding-partner-twice = Dieser Partner steht doppelt in der Liste.
field-error-funding-country-twice = Dieses Land steht doppelt; zählen Sie seine Teilnehmenden in einer Zeile zusammen.
field-error-funding-country = Bitte den zweistelligen Ländercode nach ISO 3166-1, z. B. FR.
field-error-funding-participants = Höchstens 100 000 Teilnehmende je Land.
field-error-funding-invited-over = Eingeladene Gäste gehören zu den Teilnehmenden: es können nicht mehr sein.
field-error-funding-ends-before-start = Die Maßnahme endet vor ihrem Beginn.
field-error-funding-status-dates = Ein Stand mit Datum ist nicht lesbar.
field-error-funding-granted-early = Einen bewilligten Betrag erst eintragen, wenn der Antrag bewilligt ist.
field-error-funding-granted-over = Bewilligt ist mehr als beantragt: bitte beide Beträge prüfen.
field-error-funding-unknown-action = Diese Aktion steht nicht im Programmkatalog.
field-error-funding-identifier-taken = Ein Aufruf mit dieser Kennung ist schon erfasst.
field-error-funding-unknown-call = Diesen Aufruf gibt es nicht.
field-error-funding-status-step = Dieser Schritt ist vom aktuellen Stand aus nicht möglich.
field-error-funding-money = Bitte einen Betrag in Euro, z. B. 12.500,50 (nicht negativ, höchstens zwei Nachkommastellen).
field-error-funding-count = Bitte eine ganze Zahl.

funding-calendar-name = Fristen der Fördermittel
funding-calendar-download = Alle Fristen als Kalenderdatei (iCalendar) herunterladen

# Editing the catalogue (administrators)
funding-catalogue-admins-only = Nur Administratorinnen und Administratoren pflegen den Programmkatalog.
funding-catalogue-back = Zurück zum Programmkatalog
funding-edit = Bearbeiten
funding-key = Schlüssel
funding-key-hint = Kleinbuchstaben, Ziffern und Bindestriche, z. B. cerv-town-twinning. Aufrufe verweisen auf den Schlüssel der Aktion.
funding-programme-name = Name des Programms
funding-programme-level = Ebene
funding-programme-url = Internetseite des Programms
funding-programme-new-title = Neues Programm
funding-programme-edit-title = Programm „{ $name }“ bearbeiten
funding-programme-delete-heading = Programm löschen (nur ohne Aktionen möglich)
funding-programme-delete = Programm löschen
funding-action-new-title = Neue Aktion
funding-action-edit-title = Aktion „{ $name }“ bearbeiten
funding-action-basics = Aktion und Förderform
funding-action-programme = Programm
funding-action-name = Name der Aktion
funding-action-form = Förderform
funding-action-note = Erläuterung der Förderform
funding-action-note-hint = Ein Satz, z. B. welche Pauschalen-Tabelle gilt; höchstens 2000 Zeichen.
funding-action-cofinancing = Höchster Förderanteil in Prozent
funding-action-cofinancing-hint = Eine ganze Zahl von 1 bis 100; leer lassen, wenn keine Quote gilt. Quelle ist die Internetseite der Aktion.
funding-action-url = Internetseite der Aktion (Quelle)
funding-action-url-hint = Der Programmleitfaden oder die Ausschreibung, aus der Förderform und Förderanteil stammen.
funding-action-rules = Förderbedingungen
funding-action-rules-hint = Jede Bedingung mit der Seite, auf der sie steht, und dem Tag, an dem sie gelesen wurde. Eine leere Zeile wird übergangen; eine Bedingung entfernen Sie, indem Sie ihre Zeile leeren.
funding-rule-row = Bedingung { $n }
funding-rule-kind = Art der Bedingung
funding-rule-kind-none = – keine –
funding-rule-kind-min-countries = Mindestzahl beteiligter Länder
funding-rule-kind-min-partners = Mindestzahl von Partnern
funding-rule-kind-min-participants = Mindestzahl Teilnehmender
funding-rule-kind-max-participants = Höchstzahl Teilnehmender
funding-rule-kind-min-invited-guests = Mindestzahl eingeladener Gäste aus dem Ausland
funding-rule-kind-duration-days = Dauer in Tagen (von … bis)
funding-rule-kind-eligible-applicants = Antragsberechtigte
funding-rule-min = Mindestens
funding-rule-max = Höchstens
funding-rule-applicants = Arten von Antragstellern
funding-rule-applicants-hint = Nur für „Antragsberechtigte“: Schlüssel durch Kommas getrennt, aus { $allowed }.
funding-rule-source-field = Quelle (Internetadresse)
funding-rule-as-of-field = Stand (gelesen am)
funding-action-delete-heading = Aktion löschen (nur ohne Aufrufe möglich)
funding-action-delete = Aktion löschen
field-error-funding-key = Bitte 2 bis 80 Kleinbuchstaben, Ziffern und Bindestriche, z. B. cerv-town-twinning.
field-error-funding-key-taken = Dieser Schlüssel ist schon vergeben.
field-error-funding-level = Bitte eine Ebene wählen: EU, national oder bilateral.
field-error-funding-form = Bitte eine Förderform wählen.
field-error-funding-note = Höchstens 2000 Zeichen.
field-error-funding-percent = Bitte eine ganze Zahl von 1 bis 100.
field-error-funding-rule = Diese Bedingung kann nie erfüllt werden oder nennt eine unbekannte Art von Antragsteller.
field-error-funding-rule-twice = Diese Art von Bedingung hat die Aktion schon.
field-error-funding-rule-kind = Bitte die Art der Bedingung wählen.
field-error-funding-unknown-programme = Dieses Programm steht nicht im Katalog.

# Documents of applications
funding-documents-title = Unterlagen
funding-documents-none = Noch keine Unterlagen zu diesem Antrag.
funding-document-file = Datei
funding-document-file-hint = PDF, OpenDocument (odt, ods, odp), Word, Excel, PowerPoint (docx, xlsx, pptx), PNG oder JPEG; höchstens { $limit } MiB. Die Art wird am Inhalt erkannt, nicht am Dateinamen.
funding-document-upload = Unterlage hochladen
funding-document-delete = Löschen
funding-document-size = { $value } KiB
funding-document-uploaded = hochgeladen { $time } von { $name }
funding-document-added = Die Unterlage ist gespeichert.
funding-document-deleted = Die Unterlage ist gelöscht.
funding-document-empty = Bitte eine Datei wählen: die gesendete Datei ist leer.
funding-document-too-large = Die Datei ist zu groß.
funding-document-refused-type = Diese Datei wird nicht angenommen: ihr Inhalt ist kein PDF, OpenDocument, Word-, Excel- oder PowerPoint-Dokument, PNG oder JPEG – gleich, wie sie heißt.

# The subscribed deadline calendar
funding-calendar-subscribe-title = Fristen im eigenen Kalender abonnieren
funding-calendar-subscribe-intro = Eine geheime Adresse, die Ihr Kalenderprogramm ohne Anmeldung regelmäßig abruft. Wer die Adresse kennt, sieht die Fristen: geben Sie sie nicht weiter. Erneuern macht die alte Adresse ungültig.
funding-calendar-none = Sie haben noch keine Kalenderadresse.
funding-calendar-active = Ihre Kalenderadresse gilt seit { $date }. Sie wird nur einmal angezeigt; wenn Sie sie nicht mehr haben, erneuern Sie sie.
funding-calendar-new-url = Ihre neue Kalenderadresse – jetzt kopieren und im Kalenderprogramm abonnieren, sie wird nicht noch einmal angezeigt:
funding-calendar-url = Kalenderadresse
funding-calendar-create = Kalenderadresse erzeugen
funding-calendar-renew = Kalenderadresse erneuern
funding-calendar-revoke = Kalenderadresse widerrufen
funding-calendar-revoked = Die Kalenderadresse ist widerrufen; Kalenderprogramme erhalten darüber nichts mehr.

# The funded activity
funding-application-activity = Gefördertes Vorhaben
funding-application-activity-none = – noch keines –
funding-application-activity-hint = Das Vorhaben aus der Liste der Aktivitäten, das dieser Antrag bezahlt. Dann prüft die Seite die Förderbedingungen auch mit den tatsächlich erfassten Teilnehmenden.
funding-eligibility-actual-title = Förderbedingungen mit den tatsächlich Teilnehmenden des Vorhabens
field-error-funding-unknown-activity = Dieses Vorhaben gibt es nicht.
