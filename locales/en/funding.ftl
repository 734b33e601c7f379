# Funding (EU and national programmes): workbench pages, eligibility rules, reminders.

funding-title = Funding
funding-intro = Funding programmes, calls with their deadlines and the office's applications: from the idea to the final report.
funding-brussels-time = { $time } { $name } (Brussels time)
funding-nav-dashboard = Overview
funding-nav-deadlines = Deadlines
funding-nav-applications = Applications
funding-nav-calls = Calls
funding-nav-catalogue = Programmes
funding-choose = – please choose –
funding-money-hint = Amount in euros, exact to the cent, e.g. 12,500.50

funding-calls-title = Calls
funding-calls-none = No calls recorded yet.
funding-calls-admins-only = Only administrators keep the calls.
funding-call-identifier = Call identifier
funding-call-identifier-hint = As the funder writes it, e.g. CERV-2026-CITIZENS-TOWN-TT.
funding-call-action = Programme and action
funding-call-name = Title
funding-call-opens = Opens on
funding-call-deadline = Deadline
funding-call-deadline-hint = Date and time in Brussels time (CET/CEST) as the call states it, e.g. 17:00.
funding-call-budget = Budget
funding-call-url = Call page
funding-call-new-title = New call
funding-call-edit-title = Call { $id }
funding-call-delete-heading = Delete call
funding-call-delete = Delete this call

funding-applications-title = Applications
funding-applications-none = No applications recorded yet.
funding-application-new-title = New application
funding-application-edit-title = Application “{ $name }”
funding-application-name = Project title
funding-application-call = Call
funding-application-applicant = Applicant
funding-application-applicant-kind = Kind of applicant
funding-application-applicant-kind-hint = How the programme classes the applicant; left empty, the kind of the administrative body applies.
funding-application-partners = Partners
funding-application-partners-hint = Every partner of the project; choose several with Ctrl or Shift.
funding-application-basics = Project
funding-application-starts = First day of the activity
funding-application-ends = Last day of the activity
funding-application-money = Money
funding-application-requested = Requested
funding-application-granted = Granted
funding-application-granted-hint = Enter once the grant is awarded.
funding-application-co-financing = Co-financing (own share and other funds)
funding-application-office = Responsibility
funding-application-responsible = Responsible
funding-application-report-due = Report due on
funding-application-notes = Notes
funding-application-status = Status
funding-application-delete-heading = Delete application
funding-application-delete = Delete this application

funding-applicant-kind-municipality = municipality or town
funding-applicant-kind-district = district
funding-applicant-kind-region = region or state
funding-applicant-kind-association = association of local authorities
funding-applicant-kind-twinning-committee = twinning association or committee
funding-applicant-kind-ngo = non-profit organisation
funding-applicant-kind-school = school
funding-applicant-kind-public-body = other public body

funding-status-idea = idea
funding-status-in-preparation = in preparation
funding-status-submitted = submitted
funding-status-granted = granted
funding-status-rejected = rejected
funding-status-withdrawn = withdrawn
funding-status-reporting = reporting
funding-status-closed = closed
funding-status-next = Next step
funding-status-change = Change status

funding-participants-title = Planned participants
funding-participants-hint = One line per country of origin: country code (e.g. FR), participants in all, of whom guests invited from abroad.
funding-participants-row = Country { $n }
funding-participants-country = Country code
funding-participants-count = Participants
funding-participants-invited = of whom invited guests

funding-eligibility-title = Eligibility
funding-eligibility-all-met = Every rule of “{ $name }” is met.
funding-eligibility-some-unmet = Not every rule of “{ $name }” is met yet.
funding-eligibility-no-rules = No rules are recorded for this action.
funding-verdict-met = met
funding-verdict-unmet = not met
funding-verdict-unknown = open
funding-rule-source = source
funding-rule-as-of = as of { $date }

funding-rule-min-countries = at least { $need } countries taking part
funding-rule-min-countries-met = { $action } needs at least { $need } countries taking part: you have { $have }.
funding-rule-min-countries-unmet = { $action } needs at least { $need } countries taking part: you have { $have }.
funding-rule-min-countries-unknown = { $action } needs at least { $need } countries taking part.
funding-rule-min-partners = at least { $need } partners
funding-rule-min-partners-met = { $action } needs at least { $need } partners: you have { $have }.
funding-rule-min-partners-unmet = { $action } needs at least { $need } partners: you have { $have }.
funding-rule-min-partners-unknown = { $action } needs at least { $need } partners.
funding-rule-min-participants = at least { $need } participants
funding-rule-min-participants-met = { $action } needs at least { $need } participants: { $have } are planned.
funding-rule-min-participants-unmet = { $action } needs at least { $need } participants: only { $have } are planned.
funding-rule-min-participants-unknown = { $action } needs at least { $need } participants.
funding-rule-max-participants = at most { $need } participants
funding-rule-max-participants-met = { $action } allows at most { $need } participants: { $have } are planned.
funding-rule-max-participants-unmet = { $action } allows at most { $need } participants: { $have } are planned.
funding-rule-max-participants-unknown = { $action } allows at most { $need } participants.
funding-rule-min-invited-guests = at least { $need } guests invited from abroad
funding-rule-min-invited-guests-met = { $action } needs at least { $need } guests invited from abroad: { $have } are planned.
funding-rule-min-invited-guests-unmet = { $action } needs at least { $need } guests invited from abroad: only { $have } are planned.
funding-rule-min-invited-guests-unknown = { $action } needs at least { $need } guests invited from abroad.
funding-rule-duration-days = lasting { $need } to { $max } days
funding-rule-duration-days-met = { $action } lasts { $need } to { $max } days: { $have } are planned.
funding-rule-duration-days-unmet = { $action } lasts { $need } to { $max } days: { $have } are planned.
funding-rule-duration-days-unknown = { $action } lasts { $need } to { $max } days: enter the first and last day.
funding-rule-eligible-applicants = open to: { $need }
funding-rule-eligible-applicants-met = { $action } is open to this kind of applicant.
funding-rule-eligible-applicants-unmet = { $action } is open to these applicants only: { $need }.
funding-rule-eligible-applicants-unknown = { $action } is open to these applicants only: { $need }.

funding-by-status-title = Applications by status
funding-count = Number
funding-total = Total
funding-success-title = Success rate
funding-success-rate = { $value } % of the decided applications were granted ({ $count } of { $n }).
funding-success-none = No application has been decided yet.
funding-money-title = Requested and granted by year and programme
funding-money-none = No amounts recorded yet.
funding-money-chart-alt = Bar chart: amounts requested and granted per year and programme; the table below holds the same figures.
funding-money-table = Amounts per year (of the deadline) and programme
funding-year-programme = Year · programme

funding-catalogue-title = Funding programmes
funding-catalogue-intro = The rules are taken from the programme guides, each with its source and date. Before applying, check that the current guide still says the same.
funding-level-eu = EU
funding-level-national = national
funding-level-bilateral = bilateral
funding-form-lump-sum = lump sum
funding-form-unit-costs = unit costs
funding-form-actual-costs = actual costs
funding-form-flat-rate = flat rate
funding-cofinancing-max = at most { $value } % funding rate

funding-deadlines-title = Deadlines in the next 90 days
funding-deadlines-intro = Submission deadlines of calls and reports due, in Brussels time.
funding-deadlines-none = No deadline falls in the next 90 days.
funding-deadline-when = Deadline
funding-deadline-kind = Kind
funding-deadline-kind-call = submission
funding-deadline-kind-report = report
funding-days-left = { $count ->
    [0] today
    [one] tomorrow
   *[other] in { $count } days
}

funding-reminder-subject = { $count ->
    [0] Deadline today: { $id }
    [one] Deadline tomorrow: { $id }
   *[other] Deadline in { $count } days: { $id }
}
funding-reminder-body = Reminder ({ $kind }): “{ $name }” ({ $id }) is due on { $time }.
funding-reminder-board = All deadlines: { $url }

field-error-funding-text = Please write one line of at most 300 characters.
field-error-funding-identifier = Letters, digits and - _ . / only, e.g. CERV-2026-CITIZENS-TOWN-TT.
field-error-funding-date = Please enter a date such as 2026-11-05.
field-error-funding-deadline = Please enter date and time in Brussels time, e.g. 2027-03-05 17:00 (a time skipped when the clocks go forward does not exist).
field-error-funding-deadline-before-opening = The deadline is before the call opens.
field-error-funding-url = A link starts with https:// or http://.
field-error-funding-applicant-kind = Please choose a kind of applicant.
field-error-funding-too-many = Too many entries (at most 200).
field-error-funding-partner-is-applicant = The applicant is not its own partner.
field-error-funding-partner-twice = This partner is listed twice.
field-error-funding-country-twice = This country is listed twice; add its participants up in one line.
field-error-funding-country = Please enter the two-letter ISO 3166-1 country code, e.g. FR.
field-error-funding-participants = At most 100,000 participants per country.
field-error-funding-invited-over = Invited guests are among the participants: there cannot be more of them.
field-error-funding-ends-before-start = The activity ends before it starts.
field-error-funding-status-dates = A status with its date cannot be read.
field-error-funding-granted-early = Enter a granted amount once the application is granted.
field-error-funding-granted-over = More was granted than requested: please check both amounts.
field-error-funding-unknown-action = This action is not in the programme catalogue.
field-error-funding-identifier-taken = A call with this identifier exists already.
field-error-funding-unknown-call = This call does not exist.
field-error-funding-status-step = This step is not possible from the current status.
field-error-funding-money = Please enter an amount in euros, e.g. 12,500.50 (not negative, at most two decimals).
field-error-funding-count = Please enter a whole number.

funding-calendar-name = Funding deadlines
funding-calendar-download = Download every deadline as a calendar file (iCalendar)

# Editing the catalogue (administrators)
funding-catalogue-admins-only = Only administrators keep the programme catalogue.
funding-catalogue-back = Back to the programme catalogue
funding-edit = Edit
funding-key = Key
funding-key-hint = Lower-case letters, digits and hyphens, e.g. cerv-town-twinning. Calls refer to an action by its key.
funding-programme-name = Name of the programme
funding-programme-level = Level
funding-programme-url = Web page of the programme
funding-programme-new-title = New programme
funding-programme-edit-title = Edit the programme “{ $name }”
funding-programme-delete-heading = Delete the programme (only without actions)
funding-programme-delete = Delete programme
funding-action-new-title = New action
funding-action-edit-title = Edit the action “{ $name }”
funding-action-basics = Action and form of funding
funding-action-programme = Programme
funding-action-name = Name of the action
funding-action-form = Form of funding
funding-action-note = The form of funding explained
funding-action-note-hint = One sentence, e.g. which lump-sum table applies; at most 2000 characters.
funding-action-cofinancing = Highest share funded, in per cent
funding-action-cofinancing-hint = A whole number from 1 to 100; leave empty where no rate applies. Its source is the action's web page.
funding-action-url = Web page of the action (source)
funding-action-url-hint = The programme guide or call text the form of funding and the rate come from.
funding-action-rules = Eligibility rules
funding-action-rules-hint = Every rule with the page it is written on and the day it was read. An empty row is skipped; empty a row to remove its rule.
funding-rule-row = Rule { $n }
funding-rule-kind = Kind of rule
funding-rule-kind-none = – none –
funding-rule-kind-min-countries = Least number of countries
funding-rule-kind-min-partners = Least number of partners
funding-rule-kind-min-participants = Least number of participants
funding-rule-kind-max-participants = Largest number of participants
funding-rule-kind-min-invited-guests = Least number of guests invited from abroad
funding-rule-kind-duration-days = Duration in days (from … to)
funding-rule-kind-eligible-applicants = Eligible applicants
funding-rule-min = At least
funding-rule-max = At most
funding-rule-applicants = Kinds of applicant
funding-rule-applicants-hint = For “eligible applicants” only: keys separated by commas, from { $allowed }.
funding-rule-source-field = Source (web address)
funding-rule-as-of-field = As of (read on)
funding-action-delete-heading = Delete the action (only without calls)
funding-action-delete = Delete action
field-error-funding-key = Please 2 to 80 lower-case letters, digits and hyphens, e.g. cerv-town-twinning.
field-error-funding-key-taken = This key is taken already.
field-error-funding-level = Please choose a level: EU, national or bilateral.
field-error-funding-form = Please choose a form of funding.
field-error-funding-note = At most 2000 characters.
field-error-funding-percent = Please a whole number from 1 to 100.
field-error-funding-rule = This rule can never be met or names an unknown kind of applicant.
field-error-funding-rule-twice = The action has a rule of this kind already.
field-error-funding-rule-kind = Please choose the kind of rule.
field-error-funding-unknown-programme = This programme is not in the catalogue.

# Documents of applications
funding-documents-title = Documents
funding-documents-none = No documents for this application yet.
funding-document-file = File
funding-document-file-hint = PDF, OpenDocument (odt, ods, odp), Word, Excel, PowerPoint (docx, xlsx, pptx), PNG or JPEG; at most { $limit } MiB. The type is judged by the content, not by the file name.
funding-document-upload = Upload document
funding-document-delete = Delete
funding-document-size = { $value } KiB
funding-document-uploaded = uploaded { $time } by { $name }
funding-document-added = The document is saved.
funding-document-deleted = The document is deleted.
funding-document-empty = Please choose a file: the file sent is empty.
funding-document-too-large = The file is too large.
funding-document-refused-type = This file is not taken: its content is not a PDF, OpenDocument, Word, Excel or PowerPoint document, PNG or JPEG, whatever its name says.

# The subscribed deadline calendar
funding-calendar-subscribe-title = Subscribe to the deadlines in your calendar
funding-calendar-subscribe-intro = A secret address your calendar program fetches regularly without signing in. Whoever knows the address sees the deadlines: do not pass it on. Renewing makes the old address invalid.
funding-calendar-none = You have no calendar address yet.
funding-calendar-active = Your calendar address has been valid since { $date }. It is shown once only; if you no longer have it, renew it.
funding-calendar-new-url = Your new calendar address: copy it now and subscribe to it in your calendar program; it will not be shown again:
funding-calendar-url = Calendar address
funding-calendar-create = Create a calendar address
funding-calendar-renew = Renew the calendar address
funding-calendar-revoke = Revoke the calendar address
funding-calendar-revoked = The calendar address is revoked; calendar programs get nothing from it any more.

# The funded activity
funding-application-activity = Activity funded
funding-application-activity-none = – none yet –
funding-application-activity-hint = The activity from the list of activities that this application pays for. The page then checks the rules with the participants actually recorded as well.
funding-eligibility-actual-title = Eligibility with the activity's actual participants
field-error-funding-unknown-activity = This activity does not exist.
