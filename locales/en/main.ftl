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
error-unauthorized-title = Sign-in required
error-unauthorized-text = Please sign in to see this page.
error-forbidden-title = Not permitted
error-conflict-title = Change not saved
error-too-many-title = Too many requests
error-too-large-text = The data sent is too large.
error-nul-text = The text holds a NUL character (U+0000), which can be neither stored nor searched for. Please remove it.
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

## Contact form and inquiries

footer-contact = Contact form
overview-contact-form = Send a message through the contact form
partnership-ask = Ask about this partnership
contact-form-title = Contact
contact-form-title-errors = Error: Contact
contact-form-intro = Do you have a question about a partnership or an idea for an exchange, or have you found a mistake in the information? Write to us. Your message goes to the responsible office of the administration, which will answer you by email.
contact-form-required = All fields except “Partnership” are required.
contact-form-name = Your name
contact-form-email = Your email address
contact-form-email-hint = We use it only to answer you.
contact-form-partnership = Partnership your message is about
contact-form-partnership-none = no particular partnership
contact-form-partnership-chosen = Your message is about the partnership { $name }.
contact-form-partnership-remove = Write without reference to this partnership
contact-form-subject = Subject
contact-form-message = Your message
contact-form-message-hint = At most { $count } characters.
contact-form-honeypot = Please leave this field empty.
contact-form-consent-heading = Consent to data processing
contact-form-consent = I agree that my details (name, email address, subject and message) are stored and passed on to the responsible office of the administration to handle my enquiry. They are deleted { $count ->
    [one] one day
   *[other] { $count } days
} after receipt. I can withdraw my consent at any time by email to the administration.
contact-form-submit = Send message
contact-form-error-summary = Please check your details
contact-error-name-missing = Please enter your name.
contact-error-name-too-long = The name can be at most { $count } characters long.
contact-error-single-line = Please write this field on one line, without line breaks or control characters.
contact-error-email-missing = Please enter your email address so that we can answer you.
contact-error-email-invalid = Please enter an email address in the form name@example.org.
contact-error-email-too-long = The email address can be at most { $count } characters long.
contact-error-subject-missing = Please enter a subject.
contact-error-subject-too-long = The subject can be at most { $count } characters long.
contact-error-message-missing = Please write your message.
contact-error-message-too-long = The message can be at most { $count } characters long. Please shorten it.
contact-error-control-characters = The message contains control characters that cannot be stored. Please remove them.
contact-error-partnership-unknown = This partnership does not exist. Please choose one from the list or “no particular partnership”.
contact-error-consent = Please agree to the processing of your details; without your consent we cannot accept your message.
contact-error-cross-site = The form was sent from another website and was therefore not accepted. Please use the contact form of this portal.
contact-error-encoding = The data sent is not valid text (UTF-8) and was not accepted. Please send the form again from your browser.
contact-error-too-large = The data sent is too large. A message can be at most { $count } characters long; please shorten it.
contact-too-many = Several messages were sent from your internet connection within a short time. To protect against unwanted mass mailings, we accept further messages only from { $date }.
contact-sent-title = Thank you for your message
contact-sent-text = Your message has reached us and has been stored. The responsible office will answer you by email.
contact-sent-reference = Your reference number: { $id }
contact-sent-back = Back to the overview
inquiry-status-new = New
inquiry-status-in-progress = In progress
inquiry-status-answered = Answered
inquiry-status-closed = Closed
mail-inquiry-intro = A new enquiry has arrived through the contact form of the partnership portal (reference number { $id }).
mail-inquiry-name = Name
mail-inquiry-email = Email
mail-inquiry-partnership = Partnership
mail-inquiry-language = Language of the form
mail-inquiry-received = Received
mail-inquiry-subject = Subject
mail-inquiry-message = Message
mail-inquiry-inbox = Handle in the inbox
mail-inquiry-reply = “Reply” writes directly to the sender.


## Staff workbench
workbench-title = Workbench
workbench-nav-label = Workbench
workbench-nav-dashboard = Overview
workbench-nav-changes = Latest changes
workbench-nav-deleted = Deleted records
workbench-nav-password = Change password
workbench-signed-in-as = Signed in as { $name } ({ $role })
workbench-your-bodies = Bodies you look after
workbench-new-partnership-of = add a partnership
workbench-partnerships = Partnerships
workbench-no-partnerships = There are no partnerships you may edit yet.
workbench-col-partnership = Partnership
workbench-col-status = Status
workbench-col-actions = Actions
workbench-read-only = Your role lets you read records, not change them.
workbench-not-permitted = Your role does not allow you to see this.
workbench-admins-only = Only administrators may do this.
workbench-staff-sign-in = Staff sign-in
role-admin = administrator
role-editor = editor
role-reader = reader
draft = draft
action-edit = Edit
action-history = History
action-public-page = Public page
sign-in-title = Sign in to the workbench
sign-in-intro = For staff of the district and its towns. Sessions end after eight hours without activity.
sign-in-login = Login name
sign-in-password = Password
sign-in-submit = Sign in
sign-in-failed = Login name or password is wrong, or the account is disabled.
sign-in-throttled = Too many failed attempts. Please try again after { $time }.
sign-out = Sign out
password-title = Change password
password-current = Current password
password-new = New password
password-repeat = Repeat new password
password-rules = At least 12 characters. A sentence you remember is a good password.
password-submit = Change password
password-saved = Your password was changed. Your other sessions were ended.
new-partnership-title = New partnership
edit-partnership-title = Edit partnership { $slug }
form-errors-title = Please correct the following
form-saved = Saved.
form-reload-current = Open the current version (your changes will be discarded)
form-partners = Partners
form-home = Maintained by (identifier of the home body)
form-partner = Partner (identifier of the partner body)
form-slug-hint = Identifiers are the last part of a body's address, such as wernigerode in /de/bodies/wernigerode.
form-slug = Identifier of the partnership
form-slug-own-hint = Lower-case letters, digits and hyphens, such as wernigerode-carpi. It becomes part of the address.
form-classification = Classification
form-narrative = Story of the partnership
form-milestones = Timeline
form-milestones-hint = Leave the type empty to remove a step. Two empty rows are for new steps; save to get more.
form-milestone-n = Step { $n }
form-milestone-type = Type
form-milestone-date = Date
form-milestone-qualifier = Precision
form-milestone-bodies = Bodies involved (identifiers, separated by commas)
form-milestone-notes = Notes
form-date-hint = Dates as year, year-month or full date: 1993, 1993-05, 1993-05-14.
form-choose-none = – none –
form-qualifier-early = early in
form-qualifier-mid = in the middle of
form-qualifier-late = late in
form-qualifier-circa = about
form-qualifier-before = before
form-qualifier-after = after
form-more = More
form-note = Internal note
form-parent = Continues partnership (identifier)
form-source = Source (key)
form-published = Published
form-published-hint = Drafts are seen by staff only. Publish when the record is ready.
form-save = Save
form-delete-heading = Delete this partnership
form-delete-explained = The partnership disappears from the portal and the API. An administrator can restore it from the deleted records.
form-delete = Delete partnership
form-not-a-form = The request did not come from a form of this site.
form-malformed = The form could not be read.
form-malformed-detail = The form could not be read: { $detail }
form-csrf-failed = This form has expired or did not come from this site. Please reload the page and try again.
field-error-slug = Use lower-case letters a–z, digits and single hyphens.
field-error-required = This field is required.
field-error-too-long = This text is too long.
field-error-control-characters = Line breaks and control characters are not allowed here.
field-error-language = This is not a language code such as de or en.
field-error-same-body = A body cannot be its own partner.
field-error-own-parent = A record cannot refer to itself.
field-error-duplicate = A topic is chosen twice.
field-error-qualifier-without-date = A precision needs a date.
field-error-url = A web address starts with https://.
field-error-latitude = The latitude lies between -90 and 90.
field-error-longitude = The longitude lies between -180 and 180.
field-error-coordinates-pair = Give both latitude and longitude, or neither.
field-error-wikidata = A Wikidata identifier is Q followed by digits, such as Q4187.
field-error-geonames = A GeoNames identifier is a positive whole number, such as 2809517.
field-error-iso-3166-2 = An ISO 3166-2 code is the country's two letters, a hyphen and one to three letters or digits, such as DE-ST.
field-error-dates-out-of-order = The end lies before the beginning.
field-error-number = This is not a number.
field-error-value-or-text = Give either a number or a text.
field-error-own-predecessor = A body cannot succeed itself.
field-error-unknown-body = No body with this identifier exists.
field-error-unknown-source = No source with this key exists.
field-error-unknown-partnership = No partnership with this identifier exists.
field-error-slug-taken = This identifier is already used by another record.
field-error-pair-taken = These two bodies are already partners.
field-error-draft-body = Publish both bodies before the partnership between them.
field-error-published-partnerships = Published partnerships show this body; make them drafts first.
field-error-choose = Please choose one of the options.
field-error-date = Write the date as 1993, 1993-05 or 1993-05-14.
field-error-wrong-password = The current password is wrong.
field-error-passwords-differ = The two new passwords differ.
field-error-password-too-short = The password needs at least 12 characters.
field-error-password-too-long = The password may have at most 256 characters.
field-error-password-same-as-login = The password must not be the login name.
changes-title = Latest changes
changes-all = All changes
changes-none = No changes yet.
changes-older = Older changes
deleted-title = Deleted records
history-title = History of { $name }
history-done = Done. The history below shows the change.
version-title = Version { $id }
version-back-to-history = Back to the history
version-restore = Restore the state after this change
version-restore-before = Undo this change (restore the state before it)
version-restore-explained = Restoring writes this version back. The current version stays in the history and can be restored in turn.
version-compare = Before and after this change
version-field = Field
version-before = Before
version-after = After
version-changed = changed
restore-refused = This version cannot be restored as it is: { $detail }
channel-web = workbench
channel-api = API
channel-cli = command line
channel-system = automatic
audit-action-create = Created
audit-action-update = Changed
audit-action-delete = Deleted
audit-action-restore = Restored
audit-action-publish = Published
audit-action-unpublish = Made a draft
audit-action-sign_in = Signed in
audit-action-expire = Deleted after the retention period
audit-entity-body = body
audit-entity-partnership = partnership
audit-entity-contact_point = contact point
audit-entity-user = account
audit-entity-api_token = API token
audit-entity-registry = registry
audit-entity-inquiry = inquiry

## Inbox of inquiries (workbench)

workbench-nav-inbox = Inbox
inbox-title = Inbox
inbox-no-mail-server = No mail server is configured (PARTNERPORTAL_SMTP_URL): new inquiries are not reported by email and appear only here.
inbox-filter-label = Inquiries by status
inbox-all = All
inbox-empty = No inquiries.
inbox-col-received = Received
inbox-col-subject = Subject
inbox-col-sender = Sender
inbox-col-status = Status
inbox-col-assignee = Assigned to
inbox-col-notified = Reported by email
inbox-notified-yes = yes
inbox-notified-no = not yet
inbox-older = Older inquiries
inbox-back = Back to the inbox
inbox-bad-query = The address contains invalid details.
inbox-unknown-status = Unknown status “{ $value }”.
inbox-unknown-assignee = “{ $value }” is not an active account that inquiries can be assigned to.
inquiry-title = Inquiry { $id }
inquiry-reference = Reference number
inquiry-sender = Sender
inquiry-email = Email address
inquiry-partnership = Partnership
inquiry-language = Language of the form
inquiry-consent = Consent
inquiry-consent-version = given (version { $value })
inquiry-mail = Email report
inquiry-mail-sent = sent on { $date }
inquiry-mail-pending = being sent
inquiry-mail-off = not configured (no mail server)
inquiry-mail-failed = { $count ->
    [one] 1 attempt failed
   *[other] { $count } attempts failed
}
inquiry-message = Message
inquiry-handle = Handle
inquiry-status-save = Save status
inquiry-assignee-nobody = nobody
inquiry-assignee-save = Save assignment
inquiry-notes = Internal notes
inquiry-notes-empty = No notes yet.
inquiry-note-by = { $name }, { $date }
inquiry-note-label = New note (internal only)
inquiry-note-save = Add note
inquiry-note-error = Please write a note of at most { $count } characters.
inquiry-saved-status = The status was saved.
inquiry-saved-assignee = The assignment was saved.
inquiry-saved-note = The note was added.
inquiry-history = History of this inquiry

## Bodies, accounts and API tokens (workbench)

workbench-nav-users = Accounts
workbench-nav-tokens = API tokens
workbench-edit-body = edit
workbench-bodies = Bodies
workbench-open-body = Edit a body (identifier)
workbench-open-body-submit = Open
new-body-title = New body
edit-body-title = Edit body { $slug }
body-not-in-scope = You may edit only the bodies you look after.
body-form-basics = Name and kind
body-form-name = Official name
body-form-slug = Identifier of the body
body-form-slug-hint = Lower-case letters, digits and hyphens, such as wernigerode. It becomes part of the address.
body-form-country = Country
body-form-country-hint = The two letters of ISO 3166-1, such as DE, FR, PL or RO.
body-form-parent = Lies in (identifier of the body above)
body-form-website = Website
body-form-website-hint = The full address, starting with https://.
body-form-place = Location and codes
body-form-coordinates-hint = Latitude and longitude in decimal degrees, such as 51.8365 and 10.7822. Give both or neither.
body-form-latitude = Latitude
body-form-longitude = Longitude
body-form-nuts = NUTS code
body-form-lau = LAU code (municipality code)
body-form-wikidata = Wikidata identifier
body-form-wikidata-hint = Q followed by digits, such as Q4187.
body-form-geonames = GeoNames identifier
body-form-geonames-hint = The place's number at GeoNames, such as 2809517 for Wernigerode. The data check suggests it.
body-form-iso-3166-2 = ISO 3166-2 code
body-form-iso-3166-2-hint = For states, regions and districts with a code of their own: country, hyphen, code, such as DE-ST or FR-90.
body-form-validity = Existence
body-form-valid-from = Exists since
body-form-valid-to = Existed until
body-form-description = Description
body-form-language-hint = Languages as codes, such as de, pl or hu.
body-form-names = Other names
body-form-names-hint = Names in other languages, former names and spellings found in sources. Empty rows are skipped; save to get more.
body-form-name-n = Name { $n }
body-form-name-text = Name
body-form-language = Language
body-form-name-kind = Kind of name
body-form-facts = Facts
body-form-facts-hint = Give either a number or a text. Empty a row completely to remove the fact.
body-form-fact-n = Fact { $n }
body-form-fact-key = What
body-form-fact-value = Number
body-form-fact-unit = Unit
body-form-fact-approximate = Approximate value
body-form-fact-text = Text
body-form-fact-as-of = As of (date)
body-form-fact-note = Note
body-form-predecessors = Predecessors
body-form-predecessors-hint = Bodies this one succeeded, for example in a district reform.
body-form-predecessor-n = Predecessor { $n }
body-form-predecessor-body = Predecessor (identifier)
body-form-predecessor-kind = Kind of succession
body-form-predecessor-date = Date
body-form-published-hint = Drafts are seen by staff only. While published partnerships show the body, it stays published.
body-form-delete-heading = Delete this body
body-form-delete-explained = Only a body that nothing refers to any more can be deleted. An administrator can restore it from the deleted records.
body-form-delete = Delete body
form-yes = yes
form-no = no
field-error-country = Use the two letters of ISO 3166-1, such as DE or FR.
field-error-login = The login name has 1 to 100 characters without spaces.
field-error-login-taken = This login name is already taken.
field-error-email = Give an email address in the form name@example.org.
field-error-scope-required = An editor's account needs at least one body.
field-error-self-demotion = You cannot take away your own administrator rights. Ask another administrator.
field-error-self-deactivation = You cannot disable your own account. Ask another administrator.
accounts-title = Accounts
accounts-back = All accounts
accounts-col-name = Name
accounts-col-scope = Bodies
accounts-col-state = State
account-state-active = active
account-state-disabled = disabled
account-new-title = New account
account-edit-title = Account { $name }
account-details = Account details
account-login = Login name
account-login-hint = Without spaces, such as anna.schulz. It cannot be changed later.
account-name = Name (shown in the workbench and the history)
account-email = Email address (optional)
account-role = Role
account-role-hint = Administrators may do everything; editors change their bodies and those bodies' partnerships; readers change nothing.
account-scope = Bodies looked after
account-scope-hint = Identifiers, one per line or separated by commas, such as wernigerode. Matters for editors only.
account-scope-unknown = There is no body with the identifier “{ $slug }”.
account-active = The account may sign in
account-active-hint = Taking rights away or disabling the account ends every session of the person at once.
account-self-hint = This is your own account: you cannot take away your own role or sign-in.
account-password-initial = Initial password
account-password = Password
account-password-hint = At least 12 characters. Tell the person in person or by phone; they can change it after signing in.
account-create = Create account
account-created = The account was created. Tell the person their login name and password.
account-saved = The account was saved.
account-password-reset = Set a new password
account-password-reset-explained = For someone who forgot theirs. Every session of the person is ended; tell them the new password.
account-password-reset-submit = Set password
account-password-set = The new password was set and the person's sessions were ended.
tokens-title = API tokens
tokens-intro = Programs identify themselves to the API with a token (Authorization: Bearer …) to read drafts and change records. A token has the rights of its role and its bodies.
tokens-list = Existing tokens
tokens-none = There are no tokens yet.
tokens-col-name = Name
tokens-col-prefix = Beginning
tokens-col-created = Created
tokens-col-last-used = Last used
tokens-never-used = never
tokens-revoked = revoked on
tokens-revoke = Revoke
tokens-revoked-done = The token was revoked. Programs using it are refused from now on.
tokens-new = New token
tokens-name = Name
tokens-name-hint = What the token is for, such as “Import town of Wernigerode”.
tokens-create = Create token
tokens-created-title = Your new token
tokens-created-warning = Copy the token now. It is shown only this once; only a fingerprint of it is stored. If it is lost, revoke it and create a new one.
tokens-created-label = Token “{ $name }”

## Contact points in the workbench
contact-points-title = Contact points
contact-points-none = There are no contact points you may edit yet.
contact-point-new-title = New contact point
contact-point-edit-title = Edit contact point { $name }
contact-point-body = Body (identifier)
contact-point-organisation = Organisation
contact-point-street = Street and number
contact-point-postal-code = Postcode
contact-point-locality = Town
contact-point-country = Country (two letters, e.g. DE)
contact-point-phone = Phone
contact-point-fax = Fax
contact-point-email = E-mail
contact-point-units = Organisational units
contact-point-units-hint = One per line, from the largest to the smallest.
contact-point-note = Note (e.g. office hours)
contact-point-delete-heading = Delete this contact point
contact-point-delete = Delete contact point

## Open data

open-data-title = Open data
open-data-intro = You may download everything this portal publishes and reuse it freely, commercially too. Please name “{ $name }” as the source.
open-data-licence = Data licence Germany – attribution – version 2.0
open-data-licence-short = DL-DE-BY-2.0
open-data-downloads = Downloads
open-data-col-file = File
open-data-col-content = Content
open-data-col-format = Format
open-data-col-size = Size
open-data-col-licence = Licence
open-data-partnerships = Partnerships
open-data-bodies = Districts, towns, municipalities and regions
open-data-format-csv = CSV (RFC 4180, UTF-8, with header row)
open-data-format-json = JSON
open-data-format-geojson = GeoJSON (RFC 7946), only records with coordinates
open-data-records = { $count ->
    [one] 1 record
   *[other] { $count } records
}
open-data-csv-note = The CSV files are encoded in UTF-8 without a byte-order mark. To open them in a spreadsheet, use its text import and choose UTF-8. Cells starting with =, +, - or @ are prefixed with an apostrophe so that they are not run as formulas.
open-data-api-heading = Programming interface (API)
open-data-api = The JSON API under /api/v1 delivers the same data filtered and page by page. The OpenAPI document describes every query.
open-data-openapi = OpenAPI document
open-data-catalog-heading = Catalogue record (DCAT-AP.de)
open-data-catalog = The catalogue record describes the data set and every download following the DCAT-AP.de standard, so that the open-data portals of the German federal government and states can harvest it.
open-data-catalog-link = Catalogue record as JSON-LD
open-data-pages-heading = Structured data in the pages
open-data-pages = Every page of a partnership and every page of a district, town or region contains a machine-readable schema.org description in JSON-LD.

## Data-quality check and review queue (partnerportal check, /workbench/review)
audit-entity-finding = Quality finding
workbench-nav-review = Review
quality-col-severity = Severity
quality-col-record = Record
quality-col-field = Field
quality-col-message = Message
quality-col-suggestion = Suggestion
quality-severity-error = error
quality-severity-warning = warning
quality-severity-info = info
quality-dismissed = dismissed
quality-summary = { $count } open findings: { $errors } errors, { $warnings } warnings, { $infos } infos; { $dismissed } dismissed.
quality-fact-without-source = The fact “{ $fact }” has no source.
quality-stale-fact = The figure “{ $fact }” is as of { $date }, older than { $count } years: check whether it still holds.
quality-fact-of-unknown-age = The figure “{ $fact }” has no as-of date, so its age is unknown.
quality-active-on-ended-body = The partnership is active, but { $name } no longer exists (until { $date }).
quality-active-on-succeeded-body = The partnership is active, but { $name } became part of { $successor } and no transfer is recorded.
quality-milestone-after-end = A milestone is dated { $date }, after the partnership ended ({ $to }).
quality-validity-out-of-order = The validity ends ({ $to }) before it begins ({ $from }).
quality-succession-before-predecessor = The succession of { $name } is dated { $date }, before { $name } came into being ({ $from }).
quality-ended-without-end-milestone = The partnership is marked as ended, but its timeline has no end.
quality-missing-coordinates = { $name } has no coordinates, so the map cannot show it.
quality-missing-wikidata = { $name } has no Wikidata id.
quality-missing-geonames = { $name } has no GeoNames id; the gazetteer knows the place.
quality-missing-translation = The story of the partnership is told in German but not in English.
quality-country-mismatch = { $name } is recorded in { $country_name } ({ $country }), but the gazetteer places it in { $value_name } ({ $value }).
quality-name-not-official = “{ $name }” differs from the official form “{ $official }”.
quality-unknown-place = The gazetteer knows no place “{ $name }” in { $country_name } ({ $country }).
review-title = Data review
review-intro = What the quality check found in the records: wrong countries or spellings, facts without source or out of date, contradictions between predecessors and successors, missing coordinates, identifiers and translations. You can accept a suggestion, correct the record by hand, or dismiss the finding with a reason.
review-filter-label = Filter by severity
review-all = All
review-empty = There are no open findings.
review-read-only = Your role lets you read the findings, not decide on them.
review-field = Field { $field }
review-suggestion = Suggestion: { $value }
review-accept = Accept suggestion
review-correct = Correct by hand
review-dismiss = Dismiss
review-reason = Reason for dismissing
review-reason-required = Please give the reason why you dismiss the finding.
review-done-accepted = The suggestion was accepted; the record is changed and the change is in its history.
review-done-dismissed = The finding was dismissed. It will not be raised again unless the value it concerns changes.
review-open-record = View record
review-attribution = Places compared with data from GeoNames (geonames.org), licensed under CC BY 4.0.
