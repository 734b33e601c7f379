## Polski. Niemiecki jest pierwszym językiem portalu i językiem zastępczym dla każdego brakującego tu komunikatu.

site-name = Partnerstwa międzynarodowe
site-tagline = Regiony partnerskie i partnerstwa miast
skip-to-content = Przejdź do treści
nav-label = Menu główne
nav-overview = Przegląd
nav-partnerships = Wszystkie partnerstwa
nav-open-data = Otwarte dane (API)
footer-open-data = Wszystkie informacje są dostępne jako otwarte dane:
footer-software = Serwis działa w oparciu o partnerportal – wolne oprogramowanie do obsługi partnerstw samorządowych.
breadcrumb-label = Jesteś tutaj
language-switcher = Wybierz język
content-not-translated = Ten tekst nie jest jeszcze dostępny w wybranym języku. Wyświetlana wersja językowa: { $language }.

## Przegląd

overview-title = Przegląd
overview-district-partnerships = Regiony partnerskie powiatu
overview-district-partnerships-of = Regiony partnerskie: { $name }
overview-municipal-twinnings = Partnerstwa miast i gmin w powiecie
overview-municipal-intro = Międzynarodowe partnerstwa miast i gmin powiatu.
overview-contact = Kontakt
overview-since = od { $date }
overview-partner-count = { $count ->
    [one] 1 partnerstwo
    [few] { $count } partnerstwa
    [many] { $count } partnerstw
   *[other] { $count } partnerstwa
}
overview-all-partnerships = Przeglądaj i filtruj wszystkie partnerstwa
overview-empty = Nie wprowadzono jeszcze żadnych partnerstw.

## Lista i filtry

list-title = Wszystkie partnerstwa
list-filter-heading = Filtrowanie partnerstw
list-filter-country = Kraj
list-filter-topic = Temat
list-filter-level = Szczebel
list-filter-status = Status
list-filter-kind = Rodzaj
list-filter-all = wszystkie
list-filter-apply = Zastosuj filtry
list-filter-reset = Wyczyść filtry
list-count = { $count ->
    [0] Nie znaleziono żadnego partnerstwa
    [one] Znaleziono 1 partnerstwo
    [few] Znaleziono { $count } partnerstwa
    [many] Znaleziono { $count } partnerstw
   *[other] Znaleziono { $count } partnerstwa
}
list-empty = Żadne partnerstwo nie spełnia wybranych kryteriów. Prosimy ustawić co najmniej jeden filtr z powrotem na „wszystkie”.
list-table-label = Tabela partnerstw
list-col-home = Partner w powiecie
list-col-partner = Partner
list-col-country = Kraj
list-col-level = Szczebel
list-col-kind = Rodzaj
list-col-since = Od
list-col-status = Status
pager-label = Strony
pager-previous = Poprzednia strona
pager-next = Następna strona
pager-position = Strona { $page } z { $pages }

## Partnerstwo

partnership-title = { $home } – { $partner }
partnership-key-data = Najważniejsze informacje
partnership-partners = Partnerzy
partnership-level = Szczebel
partnership-kind = Rodzaj
partnership-status = Status
partnership-since = Od
partnership-topics = Obszary współpracy
partnership-story = Historia i zakres współpracy
partnership-timeline = Kalendarium
partnership-timeline-undated = bez daty
partnership-acting = Uczestnicy:
partnership-children = Kontakty między gminami członkowskimi
partnership-parent = Część partnerstwa { $name }
# Nazwy własnej nie da się tu odmienić („O Końskich”), stąd dwukropek.
partnership-about-partner = O partnerze: { $name }
partnership-note = Uwaga
partnership-links = Linki

## Jednostka

body-kind-label = Rodzaj
body-country = Kraj
body-parent = Jednostka nadrzędna
body-website = Strona internetowa
body-valid = Okres istnienia
body-valid-from = od { $date }
body-valid-until = do { $date }
body-valid-range = { $from } – { $to }
body-other-names = Inne nazwy
body-facts = Dane i fakty
body-partnerships = Partnerstwa
body-no-partnerships = Dla tej jednostki nie wprowadzono żadnych partnerstw.
body-predecessors = Poprzednicy
body-successors = Następcy
body-children = Podział administracyjny
body-description = Opis
body-identifiers = Identyfikatory
# Po tym tekście następuje nazwa następcy; rodzaj to rzeczownik, np. „Połączenie”, „Zmiana nazwy”.
body-succession-into = { $kind }:

## Fakty i źródła

fact-source = Źródło: { $source }
fact-as-of = Stan na { $date }
fact-as-of-unknown = Data stanu nieznana
fact-approximately = ok. { $value }
unit-inhabitants = mieszkańców
unit-km2 = km²
unit-inhabitants_per_km2 = os./km²
sources-heading = Źródła

## Kontakt

contact-phone = Telefon
contact-fax = Faks
contact-email = E-mail

## Wyszukiwanie

search-title = Wyszukiwanie
search-label = Miejscowość, powiat, region lub temat
search-submit = Szukaj
search-hint = Wielkość liter, brak znaków diakrytycznych i drobne literówki nie przeszkadzają: „iasi” odnajdzie Iași, a „Heltau” – Cisnădie.
search-count = { $count ->
    [0] Brak wyników
    [one] 1 wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
search-topics = Tematy
search-bodies = Miejscowości i jednostki
search-found-as = znaleziono jako
search-similar = podobna pisownia
search-nothing = Nic nie znaleziono. Prosimy sprawdzić pisownię lub wyszukać fragment nazwy.
nav-search = Wyszukiwanie

## Deklaracja dostępności

footer-nav-label = O tym portalu
footer-accessibility = Dostępność
footer-easy-language = Leichte Sprache (łatwy język niemiecki)
a11y-title = Deklaracja dostępności
a11y-scope = Niniejsza deklaracja dotyczy portalu partnerstw, wszystkich jego stron we wszystkich oferowanych językach. Operator dokłada starań, aby portal był dostępny zgodnie z niemieckim rozporządzeniem o dostępnej technologii informacyjnej (BITV 2.0) oraz normą europejską EN 301 549.
a11y-status-heading = Stan zgodności z wymaganiami
a11y-status = Portal jest w dużej mierze zgodny z wymaganiami BITV 2.0 (poziom AA WCAG 2.1). Wszystkie strony działają bez JavaScriptu, można je w pełni obsługiwać za pomocą klawiatury, mają widoczny fokus, linki pomijania, punkty orientacyjne, uporządkowaną strukturę nagłówków i wystarczający kontrast. Mapa partnerstw jest dostępna także jako równoważna lista.
a11y-limits-heading = Treści niedostępne
a11y-limit-translations = Niektóre opisy i historie partnerstw są dostępne tylko w języku niemieckim. Na stronach w innych językach są wyświetlane po niemiecku, prawidłowo oznaczone jako niemieckojęzyczne i opatrzone informacją.
a11y-limit-sources = Operator nie odpowiada za podlinkowane strony internetowe partnerów, które mogą nie być dostępne.
a11y-method-heading = Sporządzenie deklaracji
a11y-method = Deklaracja opiera się na samoocenie. Przed publikacją każda zmiana portalu jest automatycznie sprawdzana narzędziem axe-core w przeglądarce pod kątem wszystkich wymagań WCAG 2.1 na poziomach A i AA, które można sprawdzić automatycznie; obsługa klawiaturą, wyświetlanie przy szerokości 320 pikseli i powiększanie tekstu są również testowane automatycznie.
a11y-feedback-heading = Informacje zwrotne i kontakt
a11y-feedback = Zauważyli Państwo bariery w dostępie do treści lub potrzebują Państwo informacji w innej, dostępnej formie? Prosimy o kontakt. Odpowiadamy zazwyczaj w ciągu dwóch tygodni.
a11y-mail-subject = Bariera w portalu partnerstw
a11y-enforcement-heading = Procedura egzekwowania
a11y-enforcement = Jeśli nie otrzymają Państwo zadowalającej odpowiedzi, mogą się Państwo zwrócić do właściwego dla operatora organu egzekwowania lub rozjemczego ds. dostępności w danym kraju związkowym. Procedura jest bezpłatna i nie wymaga pełnomocnika.
a11y-date = Deklaracja została ostatnio sprawdzona: { $date }.

## Strony błędów

error-not-found-title = Nie znaleziono strony
error-not-found-text = Pod tym adresem nie ma żadnego wpisu. Być może zmieniono jego nazwę albo adres jest niepełny.
error-bad-request-title = Nieprawidłowe żądanie
error-unauthorized-title = Wymagane logowanie
error-unauthorized-text = Zaloguj się, aby zobaczyć tę stronę.
error-forbidden-title = Brak uprawnień
error-conflict-title = Zmiana nie została zapisana
error-too-many-title = Zbyt wiele żądań
error-too-large-text = Wysłane dane są zbyt duże.
error-nul-text = Tekst zawiera znak NUL (U+0000), którego nie można zapisać ani wyszukać. Prosimy go usunąć.
error-internal-title = Wystąpił błąd wewnętrzny
error-internal-text = Nie udało się wygenerować strony. Błąd został zarejestrowany – prosimy spróbować ponownie później.
error-reference = Numer błędu: { $id }
error-back-home = Powrót do przeglądu

## Daty i liczby

# Miesiąc z rokiem w mianowniku („wrzesień 2014”), po dniu w dopełniaczu (month-genitive-N: „1 września 2014”).
date-month = { $month } { $year }
date-day = { $day } { $month } { $year }
month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
month-genitive-1 = stycznia
month-genitive-2 = lutego
month-genitive-3 = marca
month-genitive-4 = kwietnia
month-genitive-5 = maja
month-genitive-6 = czerwca
month-genitive-7 = lipca
month-genitive-8 = sierpnia
month-genitive-9 = września
month-genitive-10 = października
month-genitive-11 = listopada
month-genitive-12 = grudnia
qualifier-early = na początku { $date }
qualifier-mid = w połowie { $date }
qualifier-late = pod koniec { $date }
qualifier-circa = około { $date }
qualifier-before = przed { $date }
qualifier-after = po { $date }
# Twarda spacja jako separator tysięcy, przecinek dziesiętny.
number-group-separator = { "\u00A0" }
number-decimal-separator = ,

## Słowniki

topic-youth-social-work = Praca socjalna z dziećmi i młodzieżą
topic-culture-heritage = Kultura i ochrona zabytków
topic-history-remembrance = Historia i pamięć
topic-tourism = Turystyka
topic-economy = Gospodarka
topic-environment = Ochrona środowiska
topic-health-social = Ochrona zdrowia i pomoc społeczna
topic-education = Edukacja
topic-sport = Sport
topic-public-administration = Administracja publiczna
topic-regional-marketing = Promocja regionu
topic-volunteering = Wolontariat

body-kind-country = Państwo
body-kind-region = Region / województwo
body-kind-department = Departament / okręg
body-kind-district = Powiat
body-kind-municipality = Miasto / gmina
body-kind-locality = Miejscowość / dzielnica
body-kind-association = Stowarzyszenie / związek

level-district = Szczebel powiatowy
level-municipal = Szczebel gminny
level-village = Szczebel sołectwa / dzielnicy

kind-partnership = Partnerstwo
kind-friendship = Przyjaźń
kind-contact = Kontakt
kind-project = Partnerstwo projektowe

status-active = aktywne
status-dormant = nieaktywne
status-ended = zakończone

milestone-first-contact = Nawiązanie kontaktów
milestone-friendship = Umowa o przyjaźni
milestone-declaration-of-intent = List intencyjny
milestone-contract = Umowa partnerska
milestone-cooperation-agreement = Porozumienie o współpracy
milestone-transfer = Przejście na następcę prawnego
milestone-confirmation = Potwierdzenie
milestone-event = Wydarzenie
milestone-end = Zakończenie partnerstwa

succession-merger = Połączenie
succession-renaming = Zmiana nazwy
succession-incorporation = Włączenie
succession-split = Podział

fact-population = Liczba ludności
fact-area = Powierzchnia
fact-density = Gęstość zaludnienia
fact-capital = Siedziba władz
fact-localities = Miejscowości
fact-towns = Miasta
fact-communes = Gminy
fact-municipalities = Gminy
fact-economy = Gospodarka
fact-location = Położenie
fact-neighbours = Sąsiedztwo
fact-history = Historia
fact-landmarks = Szczególne cechy

name-kind-official = Nazwa urzędowa
name-kind-exonym = Nazwa w innym języku
name-kind-variant = Wariant pisowni
name-kind-former = Dawna nazwa

## Języki

# Małą literą, w mianowniku: nazwy występują po dwukropku w content-not-translated.
language-de = niemiecki
language-en = angielski
language-fr = francuski
language-pl = polski
language-ro = rumuński

## Państwa (ISO 3166-1)

country-AD = Andora
country-AL = Albania
country-AM = Armenia
country-AT = Austria
country-AZ = Azerbejdżan
country-BA = Bośnia i Hercegowina
country-BE = Belgia
country-BG = Bułgaria
country-BY = Białoruś
country-CH = Szwajcaria
country-CN = Chiny
country-CY = Cypr
country-CZ = Czechy
country-DE = Niemcy
country-DK = Dania
country-EE = Estonia
country-ES = Hiszpania
country-FI = Finlandia
country-FR = Francja
country-GB = Wielka Brytania
country-GE = Gruzja
country-GR = Grecja
country-HR = Chorwacja
country-HU = Węgry
country-IE = Irlandia
country-IL = Izrael
country-IS = Islandia
country-IT = Włochy
country-JP = Japonia
country-LI = Liechtenstein
country-LT = Litwa
country-LU = Luksemburg
country-LV = Łotwa
country-MC = Monako
country-MD = Mołdawia
country-ME = Czarnogóra
country-MK = Macedonia Północna
country-MT = Malta
country-NE = Niger
country-NG = Nigeria
country-NL = Niderlandy
country-NO = Norwegia
country-PL = Polska
country-PT = Portugalia
country-RO = Rumunia
country-RS = Serbia
country-RU = Rosja
country-SE = Szwecja
country-SI = Słowenia
country-SK = Słowacja
country-SM = San Marino
country-TR = Turcja
country-UA = Ukraina
country-US = Stany Zjednoczone
country-VA = Watykan
country-VN = Wietnam
country-XK = Kosowo

## Mapa

nav-map = Mapa
map-title = Mapa partnerstw
map-intro = Każde partnerstwo jest zaznaczone jako linia od powiatu lub od miasta w powiecie do partnera. Lista obok mapy zawiera te same informacje.
map-filter-heading = Filtruj mapę
map-count = { $count ->
    [0] Nie wybrano żadnego partnerstwa.
    [one] Wybrano 1 partnerstwo.
    [few] Wybrano { $count } partnerstwa.
    [many] Wybrano { $count } partnerstw.
   *[other] Wybrano { $count } partnerstwa.
}
map-count-drawn = { $count ->
    [0] Żadnego z nich nie zaznaczono na mapie.
   *[other] Na mapie zaznaczono { $count } z nich.
}
map-legend = Legenda
map-legend-line = Linia: { $name }
map-legend-home = Powiat lub miasto w powiecie (początek linii)
map-legend-partner = Partner
map-legend-large = Duże koło: powiat, region lub departament, zaznaczony w miejscu siedziby władz
map-legend-beyond = Strzałka: partner leży poza tym wycinkiem mapy (zob. mapa świata)
map-svg-title = Mapa partnerstw
map-svg-desc-lines = { $count ->
    [one] Mapa pokazuje 1 partnerstwo jako linię od powiatu lub od miasta w powiecie do partnera.
    [few] Mapa pokazuje { $count } partnerstwa jako linie od powiatu lub od miasta w powiecie do partnera.
    [many] Mapa pokazuje { $count } partnerstw jako linie od powiatu lub od miasta w powiecie do partnera.
   *[other] Mapa pokazuje { $count } partnerstwa jako linie od powiatu lub od miasta w powiecie do partnera.
}
map-svg-desc-countries = { $count ->
    [one] Wszystkie zaznaczone miejsca leżą w jednym państwie.
   *[other] Zaznaczone miejsca leżą w { $count } państwach.
}
map-svg-desc-list = Te same informacje zawiera lista „Partnerstwa w formie listy” obok mapy.
map-world-title = Mapa świata z partnerstwami
map-world-desc = Przegląd wszystkich zaznaczonych partnerstw, także z partnerami spoza wycinka dużej mapy: { $name }.
map-world-caption = Mapa świata: przerywany prostokąt pokazuje wycinek dużej mapy.
map-empty = Żadnego z wybranych partnerstw nie można pokazać na mapie, ponieważ brakuje współrzędnych. Lista wymienia je wszystkie.
map-attribution = Podkład mapy: Natural Earth (domena publiczna), granice uproszczone. Współrzędne miejscowości: GeoNames (licencja CC BY 4.0); w przypadku powiatów, regionów i departamentów – siedziba władz.
map-list-heading = Partnerstwa w formie listy
map-unplaced = Dla tych miejsc nie zapisano współrzędnych, dlatego są tylko na liście, a nie na mapie: { $name }.
map-not-drawn = (brak na mapie)
map-home-title = Miejscowości w powiecie w powiększeniu
map-home-desc = Powiększony wycinek z miejscowościami w powiecie: { $name }. Linie prowadzą w kierunku partnerów i kończą się strzałką na krawędzi.
map-home-caption = Powiększony wycinek: miejscowości w powiecie z nazwami; strzałki na krawędzi wskazują kierunek do partnerów.
map-truncated = Mapa pokazuje pierwsze { $shown } z { $count } partnerstw. Zawęź wybór filtrami, aby zobaczyć pozostałe.

## Formularz kontaktowy i zapytania

footer-contact = Formularz kontaktowy
overview-contact-form = Wyślij wiadomość przez formularz kontaktowy
partnership-ask = Zadaj pytanie o to partnerstwo
contact-form-title = Kontakt
contact-form-title-errors = Błąd: Kontakt
contact-form-intro = Mają Państwo pytanie dotyczące partnerstwa, pomysł na spotkanie albo zauważyli Państwo błąd w informacjach? Prosimy do nas napisać. Wiadomość trafi do właściwej komórki urzędu, która odpowie e-mailem.
contact-form-required = Wszystkie pola oprócz „Partnerstwo” są obowiązkowe.
contact-form-name = Imię i nazwisko
contact-form-email = Adres e-mail
contact-form-email-hint = Używamy go wyłącznie do udzielenia odpowiedzi.
contact-form-partnership = Partnerstwo, którego dotyczy wiadomość
contact-form-partnership-none = brak konkretnego partnerstwa
contact-form-partnership-chosen = Wiadomość dotyczy partnerstwa { $name }.
contact-form-partnership-remove = Napisz bez odniesienia do tego partnerstwa
contact-form-subject = Temat
contact-form-message = Treść wiadomości
contact-form-message-hint = Maksymalnie { $count } znaków.
contact-form-honeypot = Prosimy pozostawić to pole puste.
contact-form-consent-heading = Zgoda na przetwarzanie danych
contact-form-consent = Wyrażam zgodę na zapisanie moich danych (imię i nazwisko, adres e-mail, temat i treść wiadomości) oraz przekazanie ich właściwej komórce urzędu w celu rozpatrzenia mojego zapytania. Dane zostaną usunięte { $count ->
    [one] po jednym dniu
   *[other] po { $count } dniach
} od ich otrzymania. Zgodę mogę w każdej chwili wycofać, pisząc e-mail do urzędu.
contact-form-submit = Wyślij wiadomość
contact-form-error-summary = Prosimy sprawdzić wprowadzone dane
contact-error-name-missing = Prosimy podać imię i nazwisko.
contact-error-name-too-long = Imię i nazwisko mogą mieć najwyżej { $count } znaków.
contact-error-single-line = Prosimy wypełnić to pole w jednym wierszu, bez podziałów wiersza i znaków sterujących.
contact-error-email-missing = Prosimy podać adres e-mail, abyśmy mogli odpowiedzieć.
contact-error-email-invalid = Prosimy podać adres e-mail w postaci nazwa@przyklad.pl.
contact-error-email-too-long = Adres e-mail może mieć najwyżej { $count } znaków.
contact-error-subject-missing = Prosimy podać temat.
contact-error-subject-too-long = Temat może mieć najwyżej { $count } znaków.
contact-error-message-missing = Prosimy wpisać treść wiadomości.
contact-error-message-too-long = Wiadomość może mieć najwyżej { $count } znaków. Prosimy ją skrócić.
contact-error-control-characters = Wiadomość zawiera znaki sterujące, których nie można zapisać. Prosimy je usunąć.
contact-error-partnership-unknown = Takie partnerstwo nie istnieje. Prosimy wybrać pozycję z listy albo „brak konkretnego partnerstwa”.
contact-error-consent = Prosimy wyrazić zgodę na przetwarzanie danych; bez niej nie możemy przyjąć wiadomości.
contact-error-cross-site = Formularz został wysłany z innej strony internetowej i dlatego nie został przyjęty. Prosimy skorzystać z formularza kontaktowego tego portalu.
contact-error-encoding = Przesłane dane nie są prawidłowym tekstem (UTF-8) i nie zostały przyjęte. Prosimy wysłać formularz ponownie z przeglądarki.
contact-error-too-large = Przesłane dane są zbyt duże. Wiadomość może mieć najwyżej { $count } znaków; prosimy ją skrócić.
contact-too-many = Z Państwa łącza wysłano w krótkim czasie kilka wiadomości. W celu ochrony przed niechcianą masową korespondencją kolejne przyjmiemy dopiero od { $date }.
contact-sent-title = Dziękujemy za wiadomość
contact-sent-text = Wiadomość do nas dotarła i została zapisana. Właściwa komórka urzędu odpowie Państwu e-mailem.
contact-sent-reference = Numer sprawy: { $id }
contact-sent-back = Powrót do przeglądu
inquiry-status-new = Nowe
inquiry-status-in-progress = W toku
inquiry-status-answered = Udzielono odpowiedzi
inquiry-status-closed = Zamknięte
mail-inquiry-intro = Przez formularz kontaktowy portalu partnerstw wpłynęło nowe zapytanie (numer sprawy { $id }).
mail-inquiry-name = Imię i nazwisko
mail-inquiry-email = E-mail
mail-inquiry-partnership = Partnerstwo
mail-inquiry-language = Język formularza
mail-inquiry-received = Data wpływu
mail-inquiry-subject = Temat
mail-inquiry-message = Wiadomość
mail-inquiry-inbox = Rozpatrz w skrzynce odbiorczej
mail-inquiry-reply = „Odpowiedz” kieruje odpowiedź bezpośrednio do nadawcy.


## Obszar roboczy pracowników
workbench-title = Obszar roboczy
workbench-nav-label = Obszar roboczy
workbench-nav-dashboard = Przegląd
workbench-nav-changes = Ostatnie zmiany
workbench-nav-deleted = Usunięte wpisy
workbench-nav-password = Zmiana hasła
workbench-signed-in-as = Zalogowano jako { $name } ({ $role })
workbench-your-bodies = Jednostki pod Państwa opieką
workbench-new-partnership-of = dodaj partnerstwo
workbench-partnerships = Partnerstwa
workbench-no-partnerships = Nie ma jeszcze partnerstw, które mogą Państwo edytować.
workbench-col-partnership = Partnerstwo
workbench-col-status = Status
workbench-col-actions = Działania
workbench-read-only = Państwa rola pozwala przeglądać wpisy, ale nie zmieniać ich.
workbench-not-permitted = Państwa rola nie pozwala wyświetlić tej treści.
workbench-admins-only = Ta czynność jest zastrzeżona dla administratorów.
workbench-staff-sign-in = Logowanie dla pracowników
role-admin = administracja
role-editor = redakcja
role-reader = tylko odczyt
draft = wersja robocza
action-edit = Edytuj
action-history = Historia
action-public-page = Strona publiczna
sign-in-title = Logowanie do obszaru roboczego
sign-in-intro = Dla pracowników powiatu oraz jego miast i gmin. Sesja wygasa po ośmiu godzinach bezczynności.
sign-in-login = Nazwa użytkownika
sign-in-password = Hasło
sign-in-submit = Zaloguj się
sign-in-failed = Nieprawidłowa nazwa użytkownika lub hasło albo konto jest zablokowane.
sign-in-throttled = Zbyt wiele nieudanych prób. Prosimy spróbować ponownie po { $time }.
sign-out = Wyloguj się
password-title = Zmiana hasła
password-current = Obecne hasło
password-new = Nowe hasło
password-repeat = Powtórz nowe hasło
password-rules = Co najmniej 12 znaków. Dobrym hasłem jest zdanie, które łatwo zapamiętać.
password-submit = Zmień hasło
password-saved = Hasło zostało zmienione. Pozostałe sesje zostały zakończone.
new-partnership-title = Nowe partnerstwo
edit-partnership-title = Edycja partnerstwa { $slug }
form-errors-title = Prosimy poprawić następujące elementy
form-saved = Zapisano.
form-reload-current = Otwórz aktualną wersję (wprowadzone zmiany zostaną odrzucone)
form-partners = Partnerzy
form-home = Prowadzone przez (identyfikator jednostki macierzystej)
form-partner = Partner (identyfikator jednostki partnerskiej)
form-slug-hint = Identyfikator to ostatnia część adresu jednostki, np. wernigerode w /pl/bodies/wernigerode.
form-slug = Identyfikator partnerstwa
form-slug-own-hint = Małe litery, cyfry i łączniki, np. wernigerode-carpi. Staje się częścią adresu.
form-classification = Klasyfikacja
form-narrative = Historia partnerstwa
form-milestones = Kalendarium
form-milestones-hint = Aby usunąć etap, proszę pozostawić pusty rodzaj. Dwa puste wiersze służą do nowych etapów; po zapisaniu pojawią się kolejne.
form-milestone-n = Etap { $n }
form-milestone-type = Rodzaj
form-milestone-date = Data
form-milestone-qualifier = Dokładność
form-milestone-bodies = Uczestniczące jednostki (identyfikatory oddzielone przecinkami)
form-milestone-notes = Uwagi
form-date-hint = Data jako rok, rok-miesiąc lub pełna data: 1993, 1993-05, 1993-05-14.
form-choose-none = – brak –
form-qualifier-early = na początku
form-qualifier-mid = w połowie
form-qualifier-late = pod koniec
form-qualifier-circa = około
form-qualifier-before = przed
form-qualifier-after = po
form-more = Więcej
form-note = Notatka wewnętrzna
form-parent = Kontynuacja partnerstwa (identyfikator)
form-source = Źródło (klucz)
form-published = Opublikowano
form-published-hint = Wersje robocze widzą tylko pracownicy. Prosimy opublikować wpis, gdy będzie gotowy.
form-save = Zapisz
form-delete-heading = Usuń to partnerstwo
form-delete-explained = Partnerstwo zniknie z portalu i z API. Administrator może je przywrócić z listy usuniętych wpisów.
form-delete = Usuń partnerstwo
form-not-a-form = Żądanie nie pochodzi z formularza tej witryny.
form-malformed = Nie udało się odczytać formularza.
form-malformed-detail = Nie udało się odczytać formularza: { $detail }
form-csrf-failed = Ten formularz wygasł lub nie pochodzi z tej witryny. Prosimy odświeżyć stronę i spróbować ponownie.
field-error-slug = Prosimy używać małych liter a–z, cyfr i pojedynczych łączników.
field-error-required = To pole jest obowiązkowe.
field-error-too-long = Ten tekst jest za długi.
field-error-control-characters = Podziały wierszy i znaki sterujące są tu niedozwolone.
field-error-language = To nie jest kod języka, taki jak de lub en.
field-error-same-body = Jednostka nie może być własnym partnerem.
field-error-own-parent = Wpis nie może odwoływać się do samego siebie.
field-error-duplicate = Ten sam temat wybrano dwukrotnie.
field-error-qualifier-without-date = Dokładność wymaga podania daty.
field-error-url = Adres internetowy zaczyna się od https://.
field-error-latitude = Szerokość geograficzna mieści się między -90 a 90.
field-error-longitude = Długość geograficzna mieści się między -180 a 180.
field-error-coordinates-pair = Prosimy podać szerokość i długość geograficzną albo żadnej z nich.
field-error-wikidata = Identyfikator Wikidata to litera Q i cyfry, np. Q4187.
field-error-geonames = Identyfikator GeoNames to dodatnia liczba całkowita, np. 2809517.
field-error-iso-3166-2 = Kod ISO 3166-2 to dwie litery państwa, łącznik i od jednej do trzech liter lub cyfr, np. DE-ST.
field-error-dates-out-of-order = Data końcowa jest wcześniejsza niż początkowa.
field-error-number = To nie jest liczba.
field-error-value-or-text = Prosimy podać liczbę albo tekst.
field-error-own-predecessor = Jednostka nie może być własnym następcą.
field-error-unknown-body = Nie istnieje jednostka o tym identyfikatorze.
field-error-unknown-source = Nie istnieje źródło o tym kluczu.
field-error-unknown-partnership = Nie istnieje partnerstwo o tym identyfikatorze.
field-error-slug-taken = Ten identyfikator jest już używany przez inny wpis.
field-error-pair-taken = Te dwie jednostki są już partnerami.
field-error-draft-body = Przed opublikowaniem partnerstwa prosimy opublikować obie jednostki.
field-error-published-partnerships = Ta jednostka występuje w opublikowanych partnerstwach; prosimy najpierw wycofać ich publikację.
field-error-choose = Prosimy wybrać jedną z opcji.
field-error-date = Prosimy wpisać datę w formacie 1993, 1993-05 lub 1993-05-14.
field-error-wrong-password = Obecne hasło jest nieprawidłowe.
field-error-passwords-differ = Podane nowe hasła różnią się.
field-error-password-too-short = Hasło musi mieć co najmniej 12 znaków.
field-error-password-too-long = Hasło może mieć najwyżej 256 znaków.
field-error-password-same-as-login = Hasło nie może być takie samo jak nazwa użytkownika.
changes-title = Ostatnie zmiany
changes-all = Wszystkie zmiany
changes-none = Brak zmian.
changes-older = Starsze zmiany
deleted-title = Usunięte wpisy
history-title = Historia: { $name }
history-done = Gotowe. Historia poniżej pokazuje zmianę.
version-title = Wersja { $id }
version-back-to-history = Powrót do historii
version-restore = Przywróć stan po tej zmianie
version-restore-before = Cofnij tę zmianę (przywróć stan sprzed niej)
version-restore-explained = Przywrócenie zapisuje tę wersję ponownie. Obecna wersja pozostaje w historii i również można ją przywrócić.
version-compare = Przed tą zmianą i po niej
version-field = Pole
version-before = Przed
version-after = Po
version-changed = zmieniono
restore-refused = Tej wersji nie można przywrócić w obecnej postaci: { $detail }
channel-web = obszar roboczy
channel-api = API
channel-cli = wiersz poleceń
channel-system = automatycznie
audit-action-create = Utworzenie
audit-action-update = Zmiana
audit-action-delete = Usunięcie
audit-action-restore = Przywrócenie
audit-action-publish = Publikacja
audit-action-unpublish = Wycofanie publikacji
audit-action-sign_in = Logowanie
audit-action-expire = Usunięcie po upływie okresu przechowywania
audit-entity-body = jednostka
audit-entity-partnership = partnerstwo
audit-entity-contact_point = punkt kontaktowy
audit-entity-user = konto
audit-entity-api_token = token API
audit-entity-registry = rejestr
audit-entity-inquiry = zapytanie

## Skrzynka odbiorcza zapytań (obszar roboczy)

workbench-nav-inbox = Skrzynka odbiorcza
inbox-title = Skrzynka odbiorcza
inbox-no-mail-server = Nie skonfigurowano serwera poczty (PARTNERPORTAL_SMTP_URL): nowe zapytania nie są zgłaszane e-mailem i pojawiają się tylko tutaj.
inbox-filter-label = Zapytania według statusu
inbox-all = Wszystkie
inbox-empty = Brak zapytań.
inbox-col-received = Data wpływu
inbox-col-subject = Temat
inbox-col-sender = Nadawca
inbox-col-status = Status
inbox-col-assignee = Osoba odpowiedzialna
inbox-col-notified = Zgłoszone e-mailem
inbox-notified-yes = tak
inbox-notified-no = jeszcze nie
inbox-older = Starsze zapytania
inbox-back = Powrót do skrzynki odbiorczej
inbox-bad-query = Adres zawiera nieprawidłowe dane.
inbox-unknown-status = Nieznany status „{ $value }”.
inbox-unknown-assignee = „{ $value }” nie jest aktywnym kontem, któremu można przydzielać zapytania.
inquiry-title = Zapytanie { $id }
inquiry-reference = Numer sprawy
inquiry-sender = Nadawca
inquiry-email = Adres e-mail
inquiry-partnership = Partnerstwo
inquiry-language = Język formularza
inquiry-consent = Zgoda
inquiry-consent-version = udzielona (wersja { $value })
inquiry-mail = Zgłoszenie e-mailem
inquiry-mail-sent = wysłano { $date }
inquiry-mail-pending = w trakcie wysyłania
inquiry-mail-off = nieskonfigurowane (brak serwera poczty)
inquiry-mail-failed = { $count ->
    [one] 1 nieudana próba
    [few] { $count } nieudane próby
   *[other] { $count } nieudanych prób
}
inquiry-message = Wiadomość
inquiry-handle = Rozpatrywanie
inquiry-status-save = Zapisz status
inquiry-assignee-nobody = nikt
inquiry-assignee-save = Zapisz przydział
inquiry-notes = Notatki wewnętrzne
inquiry-notes-empty = Brak notatek.
inquiry-note-by = { $name }, { $date }
inquiry-note-label = Nowa notatka (widoczna tylko wewnętrznie)
inquiry-note-save = Dodaj notatkę
inquiry-note-error = Prosimy wpisać notatkę o długości najwyżej { $count } znaków.
inquiry-saved-status = Status został zapisany.
inquiry-saved-assignee = Przydział został zapisany.
inquiry-saved-note = Notatka została dodana.
inquiry-history = Historia tego zapytania

## Jednostki, konta i tokeny API (obszar roboczy)

workbench-nav-users = Konta
workbench-nav-tokens = Tokeny API
workbench-edit-body = edytuj
workbench-bodies = Jednostki
workbench-open-body = Edycja jednostki (identyfikator)
workbench-open-body-submit = Otwórz
new-body-title = Nowa jednostka
edit-body-title = Edycja jednostki { $slug }
body-not-in-scope = Można edytować tylko jednostki, którymi się Państwo opiekują.
body-form-basics = Nazwa i rodzaj
body-form-name = Nazwa urzędowa
body-form-slug = Identyfikator jednostki
body-form-slug-hint = Małe litery, cyfry i łączniki, np. wernigerode. Identyfikator staje się częścią adresu.
body-form-country = Państwo
body-form-country-hint = Dwie litery według ISO 3166-1, np. DE, FR, PL lub RO.
body-form-parent = Leży w (identyfikator jednostki nadrzędnej)
body-form-website = Strona internetowa
body-form-website-hint = Pełny adres zaczynający się od https://.
body-form-place = Położenie i kody
body-form-coordinates-hint = Szerokość i długość geograficzna w stopniach dziesiętnych, np. 51.8365 i 10.7822. Należy podać obie albo żadnej.
body-form-latitude = Szerokość geograficzna
body-form-longitude = Długość geograficzna
body-form-nuts = Kod NUTS
body-form-lau = Kod LAU (kod gminy)
body-form-wikidata = Identyfikator Wikidata
body-form-wikidata-hint = Q, a po nim cyfry, np. Q4187.
body-form-geonames = Identyfikator GeoNames
body-form-geonames-hint = Numer miejscowości w GeoNames, np. 2809517 dla Wernigerode. Kontrola danych go podpowiada.
body-form-iso-3166-2 = Kod ISO 3166-2
body-form-iso-3166-2-hint = Dla krajów związkowych, regionów i powiatów z własnym kodem: państwo, łącznik, kod, np. DE-ST lub FR-90.
body-form-validity = Okres istnienia
body-form-valid-from = Istnieje od
body-form-valid-to = Istniała do
body-form-description = Opis
body-form-language-hint = Języki jako kody, np. de, pl lub hu.
body-form-names = Inne nazwy
body-form-names-hint = Nazwy w innych językach, dawne nazwy i pisownie znalezione w źródłach. Puste wiersze są pomijane; po zapisaniu pojawią się kolejne.
body-form-name-n = Nazwa { $n }
body-form-name-text = Nazwa
body-form-language = Język
body-form-name-kind = Rodzaj nazwy
body-form-facts = Dane
body-form-facts-hint = Należy podać liczbę albo tekst. Aby usunąć daną, wystarczy opróżnić cały wiersz.
body-form-fact-n = Dana { $n }
body-form-fact-key = Czego dotyczy
body-form-fact-value = Liczba
body-form-fact-unit = Jednostka
body-form-fact-approximate = Wartość przybliżona
body-form-fact-text = Tekst
body-form-fact-as-of = Stan na (data)
body-form-fact-note = Uwaga
body-form-predecessors = Poprzednicy
body-form-predecessors-hint = Jednostki, po których ta nastąpiła, np. w wyniku reformy administracyjnej.
body-form-predecessor-n = Poprzednik { $n }
body-form-predecessor-body = Poprzednik (identyfikator)
body-form-predecessor-kind = Rodzaj następstwa
body-form-predecessor-date = Data
body-form-published-hint = Wersje robocze widzą tylko pracownicy. Dopóki opublikowane partnerstwa pokazują jednostkę, pozostaje ona opublikowana.
body-form-delete-heading = Usuń tę jednostkę
body-form-delete-explained = Usunąć można tylko jednostkę, do której nic już nie odsyła. Administracja może ją przywrócić z usuniętych wpisów.
body-form-delete = Usuń jednostkę
form-yes = tak
form-no = nie
field-error-country = Proszę użyć dwóch liter według ISO 3166-1, np. DE lub FR.
field-error-login = Nazwa użytkownika ma od 1 do 100 znaków bez spacji.
field-error-login-taken = Ta nazwa użytkownika jest już zajęta.
field-error-email = Proszę podać adres e-mail w postaci nazwa@example.org.
field-error-scope-required = Konto redakcji potrzebuje co najmniej jednej jednostki.
field-error-self-demotion = Nie mogą Państwo odebrać sobie uprawnień administracyjnych. Prosimy zwrócić się do innej osoby z administracji.
field-error-self-deactivation = Nie mogą Państwo zablokować własnego konta. Prosimy zwrócić się do innej osoby z administracji.
accounts-title = Konta
accounts-back = Wszystkie konta
accounts-col-name = Imię i nazwisko
accounts-col-scope = Jednostki
accounts-col-state = Stan
account-state-active = aktywne
account-state-disabled = zablokowane
account-new-title = Nowe konto
account-edit-title = Konto { $name }
account-details = Dane konta
account-login = Nazwa użytkownika
account-login-hint = Bez spacji, np. anna.schulz. Nie można jej później zmienić.
account-name = Imię i nazwisko (widoczne w obszarze roboczym i w historii)
account-email = Adres e-mail (opcjonalnie)
account-role = Rola
account-role-hint = Administracja może wszystko; redakcja zmienia swoje jednostki i ich partnerstwa; dostęp tylko do odczytu niczego nie zmienia.
account-scope = Jednostki pod opieką
account-scope-hint = Identyfikatory, jeden w wierszu lub oddzielone przecinkami, np. wernigerode. Ma znaczenie tylko dla redakcji.
account-scope-unknown = Nie ma jednostki o identyfikatorze „{ $slug }”.
account-active = Konto może się logować
account-active-hint = Odebranie uprawnień lub zablokowanie konta natychmiast kończy wszystkie sesje tej osoby.
account-self-hint = To Państwa własne konto: nie mogą Państwo sami odebrać sobie roli ani możliwości logowania.
account-password-initial = Pierwsze hasło
account-password = Hasło
account-password-hint = Co najmniej 12 znaków. Hasło należy przekazać tej osobie osobiście lub telefonicznie; po zalogowaniu może je zmienić.
account-create = Utwórz konto
account-created = Konto zostało utworzone. Nazwę użytkownika i hasło należy przekazać tej osobie.
account-saved = Konto zostało zapisane.
account-password-reset = Ustaw nowe hasło
account-password-reset-explained = Dla osoby, która zapomniała hasła. Wszystkie jej sesje zostaną zakończone; nowe hasło należy jej przekazać.
account-password-reset-submit = Ustaw hasło
account-password-set = Nowe hasło zostało ustawione, a sesje tej osoby zakończone.
tokens-title = Tokeny API
tokens-intro = Programy uwierzytelniają się w API tokenem (Authorization: Bearer …), aby czytać wersje robocze i zmieniać wpisy. Token ma uprawnienia swojej roli i swoich jednostek.
tokens-list = Istniejące tokeny
tokens-none = Nie ma jeszcze żadnych tokenów.
tokens-col-name = Nazwa
tokens-col-prefix = Początek
tokens-col-created = Utworzony
tokens-col-last-used = Ostatnio użyty
tokens-never-used = nigdy
tokens-revoked = unieważniony
tokens-revoke = Unieważnij
tokens-revoked-done = Token został unieważniony. Programy, które go używają, są od teraz odrzucane.
tokens-new = Nowy token
tokens-name = Nazwa
tokens-name-hint = Do czego służy token, np. „Import miasto Wernigerode”.
tokens-create = Utwórz token
tokens-created-title = Nowy token
tokens-created-warning = Prosimy skopiować token teraz. Jest wyświetlany tylko ten jeden raz; zapisywany jest wyłącznie jego odcisk. Jeśli zaginie, należy go unieważnić i utworzyć nowy.
tokens-created-label = Token „{ $name }”

## Contact points in the workbench
contact-points-title = Punkty kontaktowe
contact-points-none = Nie ma jeszcze punktów kontaktowych, które możesz edytować.
contact-point-new-title = Nowy punkt kontaktowy
contact-point-edit-title = Edytuj punkt kontaktowy { $name }
contact-point-body = Jednostka (identyfikator)
contact-point-organisation = Organizacja
contact-point-street = Ulica i numer
contact-point-postal-code = Kod pocztowy
contact-point-locality = Miejscowość
contact-point-country = Kraj (dwie litery, np. DE)
contact-point-phone = Telefon
contact-point-fax = Faks
contact-point-email = E-mail
contact-point-units = Jednostki organizacyjne
contact-point-units-hint = Jedna w wierszu, od największej do najmniejszej.
contact-point-note = Uwaga (np. godziny przyjęć)
contact-point-delete-heading = Usuń ten punkt kontaktowy
contact-point-delete = Usuń punkt kontaktowy

## Open data

open-data-title = Otwarte dane
open-data-intro = Wszystkie informacje opublikowane w tym portalu można pobrać i swobodnie wykorzystywać, również w celach komercyjnych. Prosimy o podanie „{ $name }” jako źródła.
open-data-licence = Licencja danych Niemcy – uznanie autorstwa – wersja 2.0
open-data-licence-short = DL-DE-BY-2.0
open-data-downloads = Pliki do pobrania
open-data-col-file = Plik
open-data-col-content = Zawartość
open-data-col-format = Format
open-data-col-size = Zakres
open-data-col-licence = Licencja
open-data-partnerships = Partnerstwa
open-data-bodies = Powiaty, miasta, gminy i regiony
open-data-format-csv = CSV (RFC 4180, UTF-8, z wierszem nagłówka)
open-data-format-json = JSON
open-data-format-geojson = GeoJSON (RFC 7946), tylko wpisy ze współrzędnymi
open-data-records = { $count ->
    [one] 1 rekord
    [few] { $count } rekordy
   *[other] { $count } rekordów
}
open-data-csv-note = Pliki CSV są zakodowane w UTF-8 bez znacznika kolejności bajtów. Aby otworzyć je w arkuszu kalkulacyjnym, należy użyć importu tekstu i wybrać UTF-8. Komórki zaczynające się od =, +, - lub @ są poprzedzone apostrofem, aby nie zostały wykonane jako formuły.
open-data-api-heading = Interfejs programistyczny (API)
open-data-api = API JSON pod adresem /api/v1 udostępnia te same dane z filtrami i stronicowaniem. Wszystkie zapytania opisuje dokument OpenAPI.
open-data-openapi = Dokument OpenAPI
open-data-catalog-heading = Wpis katalogowy (DCAT-AP.de)
open-data-catalog = Wpis katalogowy opisuje zbiór danych i wszystkie pliki do pobrania zgodnie ze standardem DCAT-AP.de, aby portale otwartych danych niemieckiego rządu federalnego i krajów związkowych mogły go przejąć.
open-data-catalog-link = Wpis katalogowy w formacie JSON-LD
open-data-pages-heading = Dane strukturalne na stronach
open-data-pages = Każda strona partnerstwa oraz każda strona powiatu, miasta lub regionu zawiera czytelny maszynowo opis zgodny ze schema.org w formacie JSON-LD.

## Data-quality check and review queue (partnerportal check, /workbench/review)
audit-entity-finding = Uwaga kontroli jakości
workbench-nav-review = Kontrola
quality-col-severity = Waga
quality-col-record = Wpis
quality-col-field = Pole
quality-col-message = Uwaga
quality-col-suggestion = Propozycja
quality-severity-error = błąd
quality-severity-warning = ostrzeżenie
quality-severity-info = informacja
quality-dismissed = odrzucona
quality-summary = Otwarte uwagi: { $count } (błędy: { $errors }, ostrzeżenia: { $warnings }, informacje: { $infos }); odrzucone: { $dismissed }.
quality-fact-without-source = Dana „{ $fact }” nie ma źródła.
quality-stale-fact = Liczba „{ $fact }” jest według stanu z { $date }, sprzed ponad { $count } { $count ->
        [one] roku
       *[other] lat
    }: proszę sprawdzić, czy jest nadal aktualna.
quality-fact-of-unknown-age = Liczba „{ $fact }” nie ma daty stanu, więc nie wiadomo, jak jest stara.
quality-active-on-ended-body = Partnerstwo jest aktywne, ale { $name } już nie istnieje (do { $date }).
quality-active-on-succeeded-body = Partnerstwo jest aktywne, ale { $name } weszło w skład { $successor }, a przejęcie partnerstwa nie jest odnotowane.
quality-milestone-after-end = Jedno z wydarzeń jest datowane na { $date }, po zakończeniu partnerstwa ({ $to }).
quality-validity-out-of-order = Okres istnienia kończy się ({ $to }), zanim się zaczyna ({ $from }).
quality-succession-before-predecessor = Następstwo po { $name } jest datowane na { $date }, zanim { $name } powstało ({ $from }).
quality-ended-without-end-milestone = Partnerstwo jest oznaczone jako zakończone, ale jego historia nie zawiera zakończenia.
quality-missing-coordinates = { $name } nie ma współrzędnych, więc mapa nie może tego miejsca pokazać.
quality-missing-wikidata = { $name } nie ma identyfikatora Wikidata.
quality-missing-geonames = { $name } nie ma identyfikatora GeoNames; wykaz miejscowości zna to miejsce.
quality-missing-translation = Historia partnerstwa jest opisana po niemiecku, ale nie po angielsku.
quality-country-mismatch = { $name } jest zapisane z krajem { $country_name } ({ $country }), ale według spisu miejscowości leży w kraju { $value_name } ({ $value }).
quality-name-not-official = „{ $name }” różni się od oficjalnej pisowni „{ $official }”.
quality-unknown-place = Spis miejscowości nie zna miejscowości „{ $name }” w kraju { $country_name } ({ $country }).
review-title = Kontrola danych
review-intro = Tu widać, co kontrola jakości znalazła we wpisach: błędne kraje lub pisownię, dane bez źródła lub nieaktualne, sprzeczności między poprzednikami a następcami, brakujące współrzędne, identyfikatory i tłumaczenia. Można przyjąć propozycję, poprawić wpis ręcznie albo odrzucić uwagę z uzasadnieniem.
review-filter-label = Filtruj według wagi
review-all = Wszystkie
review-empty = Nie ma otwartych uwag.
review-read-only = Twoja rola pozwala czytać uwagi, ale nie decydować o nich.
review-field = Pole { $field }
review-suggestion = Propozycja: { $value }
review-accept = Przyjmij propozycję
review-correct = Popraw ręcznie
review-dismiss = Odrzuć
review-reason = Uzasadnienie odrzucenia
review-reason-required = Proszę podać, dlaczego uwaga jest odrzucana.
review-done-accepted = Propozycja została przyjęta; wpis jest zmieniony, a zmiana widnieje w jego historii.
review-done-dismissed = Uwaga została odrzucona. Nie pojawi się ponownie, dopóki kwestionowana wartość się nie zmieni.
review-open-record = Zobacz wpis
review-attribution = Miejscowości porównano z danymi GeoNames (geonames.org) na licencji CC BY 4.0.
