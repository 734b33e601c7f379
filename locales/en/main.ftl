## English. German is the portal's first language and the fallback for every message missing here.

site-name = International Partnerships
site-tagline = Partner regions and town twinnings
skip-to-content = Skip to content
nav-label = Main navigation
nav-overview = Overview
nav-partnerships = All partnerships
nav-open-data = Open data (API)
footer-open-data = All information is available as open data:
footer-software = Powered by partnerportal, free software for local government partnerships.
breadcrumb-label = You are here
language-switcher = Choose language
content-not-translated = This text is not yet available in your language; it is shown in { $language }.

## Overview

overview-title = Overview
overview-district-partnerships = Partner regions of the district
overview-district-partnerships-of = Partner regions: { $name }
overview-municipal-twinnings = Town twinnings in the district
overview-municipal-intro = The international twinnings of the district’s towns and municipalities.
overview-contact = Contact
overview-since = since { $date }
overview-partner-count = { $count ->
    [one] 1 partnership
   *[other] { $count } partnerships
}
overview-all-partnerships = Search and filter all partnerships
overview-empty = No partnerships have been recorded yet.

## List and filters

list-title = All partnerships
list-filter-heading = Filter partnerships
list-filter-country = Country
list-filter-topic = Topic
list-filter-level = Level
list-filter-status = Status
list-filter-kind = Type
list-filter-all = all
list-filter-apply = Apply filters
list-filter-reset = Reset filters
list-count = { $count ->
    [0] No partnerships found
    [one] 1 partnership found
   *[other] { $count } partnerships found
}
list-empty = No partnerships match these filters. Please set one or more filters back to “all”.
list-table-label = Table of partnerships
list-col-home = Partner in the district
list-col-partner = Partner
list-col-country = Country
list-col-level = Level
list-col-kind = Type
list-col-since = Since
list-col-status = Status
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }

## Partnership

partnership-title = { $home } – { $partner }
partnership-key-data = Key facts
partnership-partners = Partners
partnership-level = Level
partnership-kind = Type
partnership-status = Status
partnership-since = Since
partnership-topics = Areas of cooperation
partnership-story = History and activities
partnership-timeline = Timeline
partnership-timeline-undated = undated
partnership-acting = Involved:
partnership-children = Contacts between member municipalities
partnership-parent = Part of the partnership { $name }
partnership-about-partner = About { $name }
partnership-note = Note
partnership-links = Links

## Public body

body-kind-label = Type
body-country = Country
body-parent = Part of
body-website = Website
body-valid = In existence
body-valid-from = since { $date }
body-valid-until = until { $date }
body-valid-range = { $from } to { $to }
body-other-names = Other names
body-facts = Facts and figures
body-partnerships = Partnerships
body-no-partnerships = No partnerships have been recorded for this body.
body-predecessors = Predecessors
body-successors = Successors
body-children = Subdivisions
body-description = Description
body-identifiers = Identifiers
# Followed by the successor's name; the kind is a noun such as "Merger" or "Renaming".
body-succession-into = { $kind }:

## Facts and sources

fact-source = Source: { $source }
fact-as-of = As of { $date }
fact-as-of-unknown = Reference date unknown
fact-approximately = approx. { $value }
unit-inhabitants = inhabitants
unit-km2 = km²
unit-inhabitants_per_km2 = inhabitants per km²
sources-heading = Sources

## Contact

contact-phone = Telephone
contact-fax = Fax
contact-email = Email

## Search

search-title = Search
search-label = Place, district, region or topic
search-submit = Search
search-hint = Capitalisation, missing accents and minor typing errors do not matter: “iasi” finds Iași, “Heltau” finds Cisnădie.
search-count = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
}
search-topics = Topics
search-bodies = Places and public bodies
search-found-as = found as
search-similar = similar spelling
search-nothing = Nothing was found. Please check the spelling or search for part of the name.
nav-search = Search

## Accessibility statement

footer-nav-label = About this portal
footer-accessibility = Accessibility
footer-easy-language = Leichte Sprache (plain German)
a11y-title = Accessibility statement
a11y-scope = This statement applies to the partnership portal with all its pages in every language offered. The operator strives to make the portal accessible in accordance with the German Barrier-Free Information Technology Ordinance (BITV 2.0) and the European standard EN 301 549.
a11y-status-heading = Compliance status
a11y-status = The portal is largely compliant with the requirements of BITV 2.0 (WCAG 2.1 level AA). All pages work without JavaScript, can be used entirely with a keyboard, show a visible focus, and have skip links, landmarks, an ordered heading structure and sufficient contrast. The map of partnerships is also offered as an equivalent list.
a11y-limits-heading = Content that is not accessible
a11y-limit-translations = Some descriptions and histories of the partnerships are only available in German. On pages in other languages they are shown in German, correctly marked as German, with a note.
a11y-limit-sources = Linked websites of the partners are not the responsibility of the operator and may not be accessible.
a11y-method-heading = How this statement was prepared
a11y-method = This statement is based on a self-assessment. Before publication, every change to the portal is checked automatically with axe-core in a browser against all WCAG 2.1 level A and AA requirements that can be tested automatically; keyboard use, display at a width of 320 pixels and text enlargement are tested automatically as well.
a11y-feedback-heading = Feedback and contact
a11y-feedback = Have you noticed barriers to accessing content, or do you need information in another accessible form? Please contact us. We usually reply within two weeks.
a11y-mail-subject = Barrier in the partnership portal
a11y-enforcement-heading = Enforcement procedure
a11y-enforcement = If you do not receive a satisfactory answer to your feedback, you can contact the enforcement or conciliation body for accessibility responsible for the operator in its federal state. The procedure is free of charge; you do not need legal representation.
a11y-date = This statement was last reviewed in { $date }.

## Error pages

error-not-found-title = Page not found
error-not-found-text = There is no entry at this address. It may have been renamed, or the address may be incomplete.
error-bad-request-title = Invalid request
error-internal-title = An internal error has occurred
error-internal-text = The page could not be generated. The error has been logged; please try again later.
error-reference = Error reference: { $id }
error-back-home = Back to the overview

## Dates and numbers

date-month = { $month } { $year }
date-day = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
qualifier-early = early { $date }
qualifier-mid = mid-{ $date }
qualifier-late = late { $date }
qualifier-circa = c. { $date }
qualifier-before = before { $date }
qualifier-after = after { $date }
# Comma as thousands separator, full stop as decimal point.
number-group-separator = ,
number-decimal-separator = .

## Vocabularies

topic-youth-social-work = Social work with children and young people
topic-culture-heritage = Culture and heritage
topic-history-remembrance = History and remembrance
topic-tourism = Tourism
topic-economy = Economy
topic-environment = Environmental protection
topic-health-social = Health and social care
topic-education = Education
topic-sport = Sport
topic-public-administration = Public administration
topic-regional-marketing = Regional marketing
topic-volunteering = Voluntary service

body-kind-country = Country
body-kind-region = Region
body-kind-department = Department / county
body-kind-district = District
body-kind-municipality = Town / municipality
body-kind-locality = Locality
body-kind-association = Association

level-district = District level
level-municipal = Municipal level
level-village = Locality level

kind-partnership = Partnership
kind-friendship = Friendship link
kind-contact = Contact
kind-project = Project partnership

status-active = active
status-dormant = dormant
status-ended = ended

milestone-first-contact = Establishment of relations
milestone-friendship = Friendship agreement
milestone-declaration-of-intent = Declaration of intent
milestone-contract = Partnership agreement
milestone-cooperation-agreement = Cooperation agreement
milestone-transfer = Transfer to the legal successor
milestone-confirmation = Confirmation
milestone-event = Event
milestone-end = End of the partnership

succession-merger = Merger
succession-renaming = Renaming
succession-incorporation = Incorporation
succession-split = Split

fact-population = Population
fact-area = Area
fact-density = Population density
fact-capital = Administrative centre
fact-localities = Localities
fact-towns = Towns
fact-communes = Communes
fact-municipalities = Municipalities
fact-economy = Economy
fact-location = Location
fact-neighbours = Neighbours
fact-history = History
fact-landmarks = Notable features

name-kind-official = Official name
name-kind-exonym = Name in another language
name-kind-variant = Spelling variant
name-kind-former = Former name

## Languages

language-de = German
language-en = English
language-fr = French
language-pl = Polish
language-ro = Romanian

## Countries (ISO 3166-1)

country-AD = Andorra
country-AL = Albania
country-AM = Armenia
country-AT = Austria
country-AZ = Azerbaijan
country-BA = Bosnia and Herzegovina
country-BE = Belgium
country-BG = Bulgaria
country-BY = Belarus
country-CH = Switzerland
country-CN = China
country-CY = Cyprus
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-EE = Estonia
country-ES = Spain
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-GE = Georgia
country-GR = Greece
country-HR = Croatia
country-HU = Hungary
country-IE = Ireland
country-IL = Israel
country-IS = Iceland
country-IT = Italy
country-JP = Japan
country-LI = Liechtenstein
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-MC = Monaco
country-MD = Moldova
country-ME = Montenegro
country-MK = North Macedonia
country-MT = Malta
country-NE = Niger
country-NG = Nigeria
country-NL = Netherlands
country-NO = Norway
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-RS = Serbia
country-RU = Russia
country-SE = Sweden
country-SI = Slovenia
country-SK = Slovakia
country-SM = San Marino
country-TR = Türkiye
country-UA = Ukraine
country-US = United States
country-VA = Vatican City
country-VN = Vietnam
country-XK = Kosovo

## Map

nav-map = Map
map-title = Map of the partnerships
map-intro = Each partnership is drawn as a line from the district, or from a town in the district, to its partner. The list next to the map gives the same information.
map-filter-heading = Filter the map
map-count = { $count ->
    [0] No partnership selected.
    [one] 1 partnership selected.
   *[other] { $count } partnerships selected.
}
map-count-drawn = { $count ->
    [0] None of them is drawn on the map.
    [one] 1 of them is drawn on the map.
   *[other] { $count } of them are drawn on the map.
}
map-legend = Legend
map-legend-line = Line: { $name }
map-legend-home = District or town in the district (where the lines start)
map-legend-partner = Partner
map-legend-large = Large circle: district, region or département, drawn at its seat of administration
map-legend-beyond = Arrow: the partner lies outside this section of the map (see the world overview)
map-svg-title = Map of the partnerships
map-svg-desc-lines = { $count ->
    [one] The map shows 1 partnership as a line from the district, or a town in the district, to the partner.
   *[other] The map shows { $count } partnerships as lines from the district, or a town in the district, to the partner.
}
map-svg-desc-countries = { $count ->
    [one] All places drawn lie in one country.
   *[other] The places drawn lie in { $count } countries.
}
map-svg-desc-list = The list “Partnerships as a list” next to the map gives the same information.
map-world-title = World overview of the partnerships
map-world-desc = Overview of all partnerships drawn, including partners outside the section of the large map: { $name }.
map-world-caption = World overview: the dashed rectangle shows the section of the large map.
map-empty = None of the selected partnerships can be shown on the map because coordinates are missing. The list names them all.
map-attribution = Base map: Natural Earth (public domain), borders simplified. Coordinates of places: GeoNames (licence CC BY 4.0); for districts, regions and départements their seat of administration.
map-list-heading = Partnerships as a list
map-unplaced = No coordinates are recorded for these places, so they appear only in the list, not on the map: { $name }.
map-not-drawn = (not on the map)
map-home-title = The places in the district, enlarged
map-home-desc = Enlarged section with the places in the district: { $name }. The lines lead towards the partners and end in an arrow at the edge.
map-home-caption = Enlarged section: the places in the district with their names; the arrows at the edge point towards the partners.
map-truncated = The map shows the first { $shown } of { $count } partnerships. Narrow the selection with the filters to see the others.
