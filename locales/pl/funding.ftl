# Dofinansowanie (programy UE i krajowe): strony panelu, zasady kwalifikowalności, przypomnienia.

funding-title = Dofinansowanie
funding-intro = Programy dofinansowania, nabory z terminami i wnioski urzędu: od pomysłu do sprawozdania końcowego.
funding-brussels-time = { $time } { $name } (czas brukselski)
funding-nav-dashboard = Przegląd
funding-nav-deadlines = Terminy
funding-nav-applications = Wnioski
funding-nav-calls = Nabory
funding-nav-catalogue = Programy
funding-choose = – proszę wybrać –
funding-money-hint = Kwota w euro, z dokładnością do centa, np. 12 500,50

funding-calls-title = Nabory
funding-calls-none = Nie zapisano jeszcze żadnego naboru.
funding-calls-admins-only = Nabory prowadzą wyłącznie administratorzy.
funding-call-identifier = Oznaczenie naboru
funding-call-identifier-hint = Tak jak zapisuje je grantodawca, np. CERV-2026-CITIZENS-TOWN-TT.
funding-call-action = Program i działanie
funding-call-name = Tytuł
funding-call-opens = Otwarcie
funding-call-deadline = Termin
funding-call-deadline-hint = Data i godzina czasu brukselskiego (CET/CEST), jak podano w naborze, np. 17:00.
funding-call-budget = Budżet
funding-call-url = Strona naboru
funding-call-new-title = Nowy nabór
funding-call-edit-title = Nabór { $id }
funding-call-delete-heading = Usuń nabór
funding-call-delete = Usuń ten nabór

funding-applications-title = Wnioski
funding-applications-none = Nie zapisano jeszcze żadnego wniosku.
funding-application-new-title = Nowy wniosek
funding-application-edit-title = Wniosek „{ $name }”
funding-application-name = Tytuł projektu
funding-application-call = Nabór
funding-application-applicant = Wnioskodawca
funding-application-applicant-kind = Rodzaj wnioskodawcy
funding-application-applicant-kind-hint = Jak program klasyfikuje wnioskodawcę; jeśli pole pozostanie puste, obowiązuje rodzaj jednostki samorządu.
funding-application-partners = Partnerzy
funding-application-partners-hint = Wszyscy partnerzy projektu; kilku wybierzesz z klawiszem Ctrl lub Shift.
funding-application-basics = Projekt
funding-application-starts = Pierwszy dzień działania
funding-application-ends = Ostatni dzień działania
funding-application-money = Finansowanie
funding-application-requested = Wnioskowano
funding-application-granted = Przyznano
funding-application-granted-hint = Wpisz dopiero po przyznaniu dofinansowania.
funding-application-co-financing = Współfinansowanie (wkład własny i inne środki)
funding-application-office = Odpowiedzialność
funding-application-responsible = Osoba odpowiedzialna
funding-application-report-due = Termin sprawozdania
funding-application-notes = Notatki
funding-application-status = Stan
funding-application-delete-heading = Usuń wniosek
funding-application-delete = Usuń ten wniosek

funding-applicant-kind-municipality = gmina lub miasto
funding-applicant-kind-district = powiat
funding-applicant-kind-region = region lub województwo
funding-applicant-kind-association = związek jednostek samorządu
funding-applicant-kind-twinning-committee = stowarzyszenie lub komitet partnerski
funding-applicant-kind-ngo = organizacja pozarządowa
funding-applicant-kind-school = szkoła
funding-applicant-kind-public-body = inna instytucja publiczna

funding-status-idea = pomysł
funding-status-in-preparation = w przygotowaniu
funding-status-submitted = złożony
funding-status-granted = przyznany
funding-status-rejected = odrzucony
funding-status-withdrawn = wycofany
funding-status-reporting = sprawozdawczość
funding-status-closed = zamknięty
funding-status-next = Następny krok
funding-status-change = Zmień stan

funding-participants-title = Planowani uczestnicy
funding-participants-hint = Jeden wiersz na kraj pochodzenia: kod kraju (np. FR), liczba uczestników, w tym goście zaproszeni z zagranicy.
funding-participants-row = Kraj { $n }
funding-participants-country = Kod kraju
funding-participants-count = Uczestnicy
funding-participants-invited = w tym zaproszeni goście

funding-eligibility-title = Kwalifikowalność
funding-eligibility-all-met = Wszystkie zasady „{ $name }” są spełnione.
funding-eligibility-some-unmet = Nie wszystkie zasady „{ $name }” są jeszcze spełnione.
funding-eligibility-no-rules = Dla tego działania nie zapisano zasad.
funding-verdict-met = spełniona
funding-verdict-unmet = niespełniona
funding-verdict-unknown = do uzupełnienia
funding-rule-source = źródło
funding-rule-as-of = stan na { $date }

funding-rule-min-countries = co najmniej { $need } krajów uczestniczących
funding-rule-min-countries-met = { $action } wymaga co najmniej { $need } krajów uczestniczących: masz { $have }.
funding-rule-min-countries-unmet = { $action } wymaga co najmniej { $need } krajów uczestniczących: masz dopiero { $have }.
funding-rule-min-countries-unknown = { $action } wymaga co najmniej { $need } krajów uczestniczących.
funding-rule-min-partners = co najmniej { $need } partnerów
funding-rule-min-partners-met = { $action } wymaga co najmniej { $need } partnerów: masz { $have }.
funding-rule-min-partners-unmet = { $action } wymaga co najmniej { $need } partnerów: masz dopiero { $have }.
funding-rule-min-partners-unknown = { $action } wymaga co najmniej { $need } partnerów.
funding-rule-min-participants = co najmniej { $need } uczestników
funding-rule-min-participants-met = { $action } wymaga co najmniej { $need } uczestników: zaplanowano { $have }.
funding-rule-min-participants-unmet = { $action } wymaga co najmniej { $need } uczestników: zaplanowano dopiero { $have }.
funding-rule-min-participants-unknown = { $action } wymaga co najmniej { $need } uczestników.
funding-rule-max-participants = najwyżej { $need } uczestników
funding-rule-max-participants-met = { $action } dopuszcza najwyżej { $need } uczestników: zaplanowano { $have }.
funding-rule-max-participants-unmet = { $action } dopuszcza najwyżej { $need } uczestników: zaplanowano { $have }.
funding-rule-max-participants-unknown = { $action } dopuszcza najwyżej { $need } uczestników.
funding-rule-min-invited-guests = co najmniej { $need } gości zaproszonych z zagranicy
funding-rule-min-invited-guests-met = { $action } wymaga co najmniej { $need } gości zaproszonych z zagranicy: zaplanowano { $have }.
funding-rule-min-invited-guests-unmet = { $action } wymaga co najmniej { $need } gości zaproszonych z zagranicy: zaplanowano dopiero { $have }.
funding-rule-min-invited-guests-unknown = { $action } wymaga co najmniej { $need } gości zaproszonych z zagranicy.
funding-rule-duration-days = czas trwania od { $need } do { $max } dni
funding-rule-duration-days-met = { $action } trwa od { $need } do { $max } dni: zaplanowano { $have }.
funding-rule-duration-days-unmet = { $action } trwa od { $need } do { $max } dni: zaplanowano { $have }.
funding-rule-duration-days-unknown = { $action } trwa od { $need } do { $max } dni: podaj pierwszy i ostatni dzień.
funding-rule-eligible-applicants = dla: { $need }
funding-rule-eligible-applicants-met = { $action } jest otwarte dla tego rodzaju wnioskodawcy.
funding-rule-eligible-applicants-unmet = { $action } jest otwarte tylko dla tych wnioskodawców: { $need }.
funding-rule-eligible-applicants-unknown = { $action } jest otwarte tylko dla tych wnioskodawców: { $need }.

funding-by-status-title = Wnioski według stanu
funding-count = Liczba
funding-total = Razem
funding-success-title = Skuteczność
funding-success-rate = Przyznano { $value } % rozstrzygniętych wniosków ({ $count } z { $n }).
funding-success-none = Żaden wniosek nie został jeszcze rozstrzygnięty.
funding-money-title = Wnioskowano i przyznano według roku i programu
funding-money-none = Nie zapisano jeszcze żadnych kwot.
funding-money-chart-alt = Wykres słupkowy: kwoty wnioskowane i przyznane według roku i programu; te same liczby zawiera tabela poniżej.
funding-money-table = Kwoty według roku (terminu) i programu
funding-year-programme = Rok · program

funding-catalogue-title = Programy dofinansowania
funding-catalogue-intro = Zasady przejęto z przewodników programów, każdą ze źródłem i datą. Przed złożeniem wniosku sprawdź, czy aktualny przewodnik mówi to samo.
funding-level-eu = UE
funding-level-national = krajowy
funding-level-bilateral = dwustronny
funding-form-lump-sum = kwota ryczałtowa
funding-form-unit-costs = koszty jednostkowe
funding-form-actual-costs = koszty rzeczywiste
funding-form-flat-rate = stawka ryczałtowa
funding-cofinancing-max = poziom dofinansowania najwyżej { $value } %

funding-deadlines-title = Terminy w ciągu najbliższych 90 dni
funding-deadlines-intro = Terminy składania wniosków i sprawozdań, według czasu brukselskiego.
funding-deadlines-none = W ciągu najbliższych 90 dni nie upływa żaden termin.
funding-deadline-when = Termin
funding-deadline-kind = Rodzaj
funding-deadline-kind-call = złożenie wniosku
funding-deadline-kind-report = sprawozdanie
funding-days-left = { $count ->
    [0] dzisiaj
    [one] jutro
   *[other] za { $count } dni
}

funding-reminder-subject = { $count ->
    [0] Termin dzisiaj: { $id }
    [one] Termin jutro: { $id }
   *[other] Termin za { $count } dni: { $id }
}
funding-reminder-body = Przypomnienie ({ $kind }): termin „{ $name }” ({ $id }) upływa { $time }.
funding-reminder-board = Wszystkie terminy: { $url }

field-error-funding-text = Proszę o jeden wiersz, najwyżej 300 znaków.
field-error-funding-identifier = Tylko litery, cyfry oraz - _ . /, np. CERV-2026-CITIZENS-TOWN-TT.
field-error-funding-date = Proszę podać datę, np. 2026-11-05.
field-error-funding-deadline = Proszę podać datę i godzinę czasu brukselskiego, np. 2027-03-05 17:00 (godzina pominięta przy zmianie na czas letni nie istnieje).
field-error-funding-deadline-before-opening = Termin przypada przed otwarciem naboru.
field-error-funding-url = Link zaczyna się od https:// lub http://.
field-error-funding-applicant-kind = Proszę wybrać rodzaj wnioskodawcy.
field-error-funding-too-many = Za dużo pozycji (najwyżej 200).
field-error-funding-partner-is-applicant = Wnioskodawca nie jest swoim własnym partnerem.
field-error-funding-partner-twice = Ten partner występuje dwa razy.
field-error-funding-country-twice = Ten kraj występuje dwa razy; zsumuj jego uczestników w jednym wierszu.
field-error-funding-country = Proszę podać dwuliterowy kod kraju ISO 3166-1, np. FR.
field-error-funding-participants = Najwyżej 100 000 uczestników na kraj.
field-error-funding-invited-over = Zaproszeni goście są wśród uczestników: nie może ich być więcej.
field-error-funding-ends-before-start = Działanie kończy się przed rozpoczęciem.
field-error-funding-status-dates = Nie można odczytać stanu z datą.
field-error-funding-granted-early = Kwotę przyznaną wpisz dopiero po przyznaniu dofinansowania.
field-error-funding-granted-over = Przyznano więcej, niż wnioskowano: sprawdź obie kwoty.
field-error-funding-unknown-action = Tego działania nie ma w katalogu programów.
field-error-funding-identifier-taken = Nabór o tym oznaczeniu już istnieje.
field-error-funding-unknown-call = Taki nabór nie istnieje.
field-error-funding-status-step = Ten krok nie jest możliwy z obecnego stanu.
field-error-funding-money = Proszę podać kwotę w euro, np. 12 500,50 (nieujemną, najwyżej dwa miejsca po przecinku).
field-error-funding-count = Proszę podać liczbę całkowitą.

funding-calendar-name = Terminy dofinansowania
funding-calendar-download = Pobierz wszystkie terminy jako plik kalendarza (iCalendar)

# Editing the catalogue (administrators)
funding-catalogue-admins-only = Tylko administratorzy prowadzą katalog programów.
funding-catalogue-back = Powrót do katalogu programów
funding-edit = Edytuj
funding-key = Klucz
funding-key-hint = Małe litery, cyfry i myślniki, np. cerv-town-twinning. Nabory wskazują działanie po jego kluczu.
funding-programme-name = Nazwa programu
funding-programme-level = Poziom
funding-programme-url = Strona internetowa programu
funding-programme-new-title = Nowy program
funding-programme-edit-title = Edycja programu „{ $name }”
funding-programme-delete-heading = Usuń program (tylko bez działań)
funding-programme-delete = Usuń program
funding-action-new-title = Nowe działanie
funding-action-edit-title = Edycja działania „{ $name }”
funding-action-basics = Działanie i forma finansowania
funding-action-programme = Program
funding-action-name = Nazwa działania
funding-action-form = Forma finansowania
funding-action-note = Objaśnienie formy finansowania
funding-action-note-hint = Jedno zdanie, np. która tabela ryczałtów obowiązuje; najwyżej 2000 znaków.
funding-action-cofinancing = Najwyższy udział dofinansowania w procentach
funding-action-cofinancing-hint = Liczba całkowita od 1 do 100; pozostaw puste, jeśli stawka nie obowiązuje. Źródłem jest strona działania.
funding-action-url = Strona internetowa działania (źródło)
funding-action-url-hint = Przewodnik po programie lub ogłoszenie, z którego pochodzą forma i stawka finansowania.
funding-action-rules = Warunki kwalifikowalności
funding-action-rules-hint = Każdy warunek ze stroną, na której jest zapisany, i dniem odczytu. Pusty wiersz jest pomijany; aby usunąć warunek, wyczyść jego wiersz.
funding-rule-row = Warunek { $n }
funding-rule-kind = Rodzaj warunku
funding-rule-kind-none = – brak –
funding-rule-kind-min-countries = Najmniejsza liczba krajów
funding-rule-kind-min-partners = Najmniejsza liczba partnerów
funding-rule-kind-min-participants = Najmniejsza liczba uczestników
funding-rule-kind-max-participants = Największa liczba uczestników
funding-rule-kind-min-invited-guests = Najmniejsza liczba gości zaproszonych z zagranicy
funding-rule-kind-duration-days = Czas trwania w dniach (od … do)
funding-rule-kind-eligible-applicants = Uprawnieni wnioskodawcy
funding-rule-min = Co najmniej
funding-rule-max = Najwyżej
funding-rule-applicants = Rodzaje wnioskodawców
funding-rule-applicants-hint = Tylko dla „uprawnionych wnioskodawców”: klucze oddzielone przecinkami, spośród { $allowed }.
funding-rule-source-field = Źródło (adres internetowy)
funding-rule-as-of-field = Stan na (odczytano)
funding-action-delete-heading = Usuń działanie (tylko bez naborów)
funding-action-delete = Usuń działanie
field-error-funding-key = Proszę podać od 2 do 80 małych liter, cyfr i myślników, np. cerv-town-twinning.
field-error-funding-key-taken = Ten klucz jest już zajęty.
field-error-funding-level = Proszę wybrać poziom: UE, krajowy lub dwustronny.
field-error-funding-form = Proszę wybrać formę finansowania.
field-error-funding-note = Najwyżej 2000 znaków.
field-error-funding-percent = Proszę podać liczbę całkowitą od 1 do 100.
field-error-funding-rule = Tego warunku nie da się spełnić albo wskazuje nieznany rodzaj wnioskodawcy.
field-error-funding-rule-twice = Działanie ma już warunek tego rodzaju.
field-error-funding-rule-kind = Proszę wybrać rodzaj warunku.
field-error-funding-unknown-programme = Tego programu nie ma w katalogu.

# Documents of applications
funding-documents-title = Dokumenty
funding-documents-none = Brak jeszcze dokumentów do tego wniosku.
funding-document-file = Plik
funding-document-file-hint = PDF, OpenDocument (odt, ods, odp), Word, Excel, PowerPoint (docx, xlsx, pptx), PNG lub JPEG; najwyżej { $limit } MiB. Typ jest rozpoznawany po zawartości, nie po nazwie pliku.
funding-document-upload = Prześlij dokument
funding-document-delete = Usuń
funding-document-size = { $value } KiB
funding-document-uploaded = przesłano { $time }, przez: { $name }
funding-document-added = Dokument został zapisany.
funding-document-deleted = Dokument został usunięty.
funding-document-empty = Proszę wybrać plik: przesłany plik jest pusty.
funding-document-too-large = Plik jest za duży.
funding-document-refused-type = Ten plik nie zostanie przyjęty: jego zawartość nie jest plikiem PDF, dokumentem OpenDocument, Word, Excel ani PowerPoint, PNG ani JPEG – niezależnie od nazwy.

# The subscribed deadline calendar
funding-calendar-subscribe-title = Subskrybuj terminy we własnym kalendarzu
funding-calendar-subscribe-intro = Tajny adres, który Twój program kalendarza regularnie pobiera bez logowania. Kto zna adres, widzi terminy: nie przekazuj go dalej. Odnowienie unieważnia stary adres.
funding-calendar-none = Nie masz jeszcze adresu kalendarza.
funding-calendar-active = Twój adres kalendarza obowiązuje od { $date }. Jest pokazywany tylko raz; jeśli go już nie masz, odnów go.
funding-calendar-new-url = Twój nowy adres kalendarza: skopiuj go teraz i zasubskrybuj w programie kalendarza; nie zostanie pokazany ponownie:
funding-calendar-url = Adres kalendarza
funding-calendar-create = Utwórz adres kalendarza
funding-calendar-renew = Odnów adres kalendarza
funding-calendar-revoke = Unieważnij adres kalendarza
funding-calendar-revoked = Adres kalendarza został unieważniony; programy kalendarza nic już z niego nie pobiorą.

# The funded activity
funding-application-activity = Finansowane przedsięwzięcie
funding-application-activity-none = – jeszcze brak –
funding-application-activity-hint = Przedsięwzięcie z listy działań, które opłaca ten wniosek. Strona sprawdzi wtedy warunki także z faktycznie zapisanymi uczestnikami.
funding-eligibility-actual-title = Warunki kwalifikowalności z faktycznymi uczestnikami przedsięwzięcia
field-error-funding-unknown-activity = Takie przedsięwzięcie nie istnieje.
