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
