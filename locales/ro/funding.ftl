# Finanțări (programe europene și naționale): paginile spațiului de lucru, reguli de eligibilitate, mementouri.

funding-title = Finanțări
funding-intro = Programe de finanțare, apeluri cu termenele lor și cererile instituției: de la idee la raportul final.
funding-brussels-time = { $time } { $name } (ora Bruxelles-ului)
funding-nav-dashboard = Prezentare
funding-nav-deadlines = Termene
funding-nav-applications = Cereri
funding-nav-calls = Apeluri
funding-nav-catalogue = Programe
funding-choose = – alegeți –
funding-money-hint = Sumă în euro, exactă la cent, de ex. 12.500,50

funding-calls-title = Apeluri
funding-calls-none = Niciun apel înregistrat încă.
funding-calls-admins-only = Doar administratorii gestionează apelurile.
funding-call-identifier = Codul apelului
funding-call-identifier-hint = Așa cum îl scrie finanțatorul, de ex. CERV-2026-CITIZENS-TOWN-TT.
funding-call-action = Program și acțiune
funding-call-name = Titlu
funding-call-opens = Se deschide la
funding-call-deadline = Termen
funding-call-deadline-hint = Data și ora Bruxelles-ului (CET/CEST), așa cum le indică apelul, de ex. 17:00.
funding-call-budget = Buget
funding-call-url = Pagina apelului
funding-call-new-title = Apel nou
funding-call-edit-title = Apelul { $id }
funding-call-delete-heading = Ștergeți apelul
funding-call-delete = Ștergeți acest apel

funding-applications-title = Cereri
funding-applications-none = Nicio cerere înregistrată încă.
funding-application-new-title = Cerere nouă
funding-application-edit-title = Cererea „{ $name }”
funding-application-name = Titlul proiectului
funding-application-call = Apel
funding-application-applicant = Solicitant
funding-application-applicant-kind = Tipul solicitantului
funding-application-applicant-kind-hint = Cum încadrează programul solicitantul; dacă rămâne gol, se aplică tipul unității administrative.
funding-application-partners = Parteneri
funding-application-partners-hint = Toți partenerii proiectului; alegeți mai mulți cu Ctrl sau Shift.
funding-application-basics = Proiect
funding-application-starts = Prima zi a activității
funding-application-ends = Ultima zi a activității
funding-application-money = Finanțare
funding-application-requested = Solicitat
funding-application-granted = Acordat
funding-application-granted-hint = Se completează după acordarea finanțării.
funding-application-co-financing = Cofinanțare (contribuție proprie și alte fonduri)
funding-application-office = Responsabilitate
funding-application-responsible = Responsabil
funding-application-report-due = Raport scadent la
funding-application-notes = Note
funding-application-status = Stadiu
funding-application-delete-heading = Ștergeți cererea
funding-application-delete = Ștergeți această cerere

funding-applicant-kind-municipality = comună sau oraș
funding-applicant-kind-district = district (Landkreis)
funding-applicant-kind-region = regiune sau land
funding-applicant-kind-association = asociație de autorități locale
funding-applicant-kind-twinning-committee = asociație sau comitet de înfrățire
funding-applicant-kind-ngo = organizație nonprofit
funding-applicant-kind-school = școală
funding-applicant-kind-public-body = altă instituție publică

funding-status-idea = idee
funding-status-in-preparation = în pregătire
funding-status-submitted = depusă
funding-status-granted = aprobată
funding-status-rejected = respinsă
funding-status-withdrawn = retrasă
funding-status-reporting = raportare
funding-status-closed = închisă
funding-status-next = Pasul următor
funding-status-change = Schimbați stadiul

funding-participants-title = Participanți planificați
funding-participants-hint = Un rând pentru fiecare țară de origine: codul țării (de ex. FR), numărul total de participanți, dintre care invitați din străinătate.
funding-participants-row = Țara { $n }
funding-participants-country = Codul țării
funding-participants-count = Participanți
funding-participants-invited = dintre care invitați

funding-eligibility-title = Eligibilitate
funding-eligibility-all-met = Toate regulile pentru „{ $name }” sunt îndeplinite.
funding-eligibility-some-unmet = Nu toate regulile pentru „{ $name }” sunt încă îndeplinite.
funding-eligibility-no-rules = Nu sunt înregistrate reguli pentru această acțiune.
funding-verdict-met = îndeplinită
funding-verdict-unmet = neîndeplinită
funding-verdict-unknown = de completat
funding-rule-source = sursa
funding-rule-as-of = la data de { $date }

funding-rule-min-countries = cel puțin { $need } țări participante
funding-rule-min-countries-met = { $action } cere cel puțin { $need } țări participante: aveți { $have }.
funding-rule-min-countries-unmet = { $action } cere cel puțin { $need } țări participante: aveți doar { $have }.
funding-rule-min-countries-unknown = { $action } cere cel puțin { $need } țări participante.
funding-rule-min-partners = cel puțin { $need } parteneri
funding-rule-min-partners-met = { $action } cere cel puțin { $need } parteneri: aveți { $have }.
funding-rule-min-partners-unmet = { $action } cere cel puțin { $need } parteneri: aveți doar { $have }.
funding-rule-min-partners-unknown = { $action } cere cel puțin { $need } parteneri.
funding-rule-min-participants = cel puțin { $need } participanți
funding-rule-min-participants-met = { $action } cere cel puțin { $need } participanți: sunt planificați { $have }.
funding-rule-min-participants-unmet = { $action } cere cel puțin { $need } participanți: sunt planificați doar { $have }.
funding-rule-min-participants-unknown = { $action } cere cel puțin { $need } participanți.
funding-rule-max-participants = cel mult { $need } participanți
funding-rule-max-participants-met = { $action } permite cel mult { $need } participanți: sunt planificați { $have }.
funding-rule-max-participants-unmet = { $action } permite cel mult { $need } participanți: sunt planificați { $have }.
funding-rule-max-participants-unknown = { $action } permite cel mult { $need } participanți.
funding-rule-min-invited-guests = cel puțin { $need } invitați din străinătate
funding-rule-min-invited-guests-met = { $action } cere cel puțin { $need } invitați din străinătate: sunt planificați { $have }.
funding-rule-min-invited-guests-unmet = { $action } cere cel puțin { $need } invitați din străinătate: sunt planificați doar { $have }.
funding-rule-min-invited-guests-unknown = { $action } cere cel puțin { $need } invitați din străinătate.
funding-rule-duration-days = durată între { $need } și { $max } zile
funding-rule-duration-days-met = { $action } durează între { $need } și { $max } zile: sunt planificate { $have }.
funding-rule-duration-days-unmet = { $action } durează între { $need } și { $max } zile: sunt planificate { $have }.
funding-rule-duration-days-unknown = { $action } durează între { $need } și { $max } zile: completați prima și ultima zi.
funding-rule-eligible-applicants = deschis pentru: { $need }
funding-rule-eligible-applicants-met = { $action } este deschis acestui tip de solicitant.
funding-rule-eligible-applicants-unmet = { $action } este deschis doar acestor solicitanți: { $need }.
funding-rule-eligible-applicants-unknown = { $action } este deschis doar acestor solicitanți: { $need }.

funding-by-status-title = Cereri după stadiu
funding-count = Număr
funding-total = Total
funding-success-title = Rata de succes
funding-success-rate = { $value } % dintre cererile decise au fost aprobate ({ $count } din { $n }).
funding-success-none = Nicio cerere nu a fost încă decisă.
funding-money-title = Solicitat și acordat pe ani și programe
funding-money-none = Nicio sumă înregistrată încă.
funding-money-chart-alt = Diagramă cu bare: sumele solicitate și acordate pe ani și programe; tabelul de mai jos conține aceleași cifre.
funding-money-table = Sume pe an (al termenului) și program
funding-year-programme = An · program

funding-catalogue-title = Programe de finanțare
funding-catalogue-intro = Regulile sunt preluate din ghidurile programelor, fiecare cu sursa și data ei. Înainte de a depune o cerere, verificați dacă ghidul în vigoare spune același lucru.
funding-level-eu = UE
funding-level-national = național
funding-level-bilateral = bilateral
funding-form-lump-sum = sumă forfetară
funding-form-unit-costs = costuri unitare
funding-form-actual-costs = costuri reale
funding-form-flat-rate = rată forfetară
funding-cofinancing-max = rată de finanțare de cel mult { $value } %

funding-deadlines-title = Termene în următoarele 90 de zile
funding-deadlines-intro = Termene de depunere a apelurilor și rapoarte scadente, după ora Bruxelles-ului.
funding-deadlines-none = Niciun termen nu expiră în următoarele 90 de zile.
funding-deadline-when = Termen
funding-deadline-kind = Tip
funding-deadline-kind-call = depunere
funding-deadline-kind-report = raport
funding-days-left = { $count ->
    [0] astăzi
    [one] mâine
   *[other] peste { $count } zile
}

funding-reminder-subject = { $count ->
    [0] Termen astăzi: { $id }
    [one] Termen mâine: { $id }
   *[other] Termen peste { $count } zile: { $id }
}
funding-reminder-body = Memento ({ $kind }): „{ $name }” ({ $id }) are termen la { $time }.
funding-reminder-board = Toate termenele: { $url }

field-error-funding-text = Vă rugăm un singur rând de cel mult 300 de caractere.
field-error-funding-identifier = Doar litere, cifre și - _ . /, de ex. CERV-2026-CITIZENS-TOWN-TT.
field-error-funding-date = Vă rugăm o dată precum 2026-11-05.
field-error-funding-deadline = Vă rugăm data și ora Bruxelles-ului, de ex. 2027-03-05 17:00 (o oră sărită la trecerea la ora de vară nu există).
field-error-funding-deadline-before-opening = Termenul este înainte de deschiderea apelului.
field-error-funding-url = Un link începe cu https:// sau http://.
field-error-funding-applicant-kind = Vă rugăm alegeți un tip de solicitant.
field-error-funding-too-many = Prea multe intrări (cel mult 200).
field-error-funding-partner-is-applicant = Solicitantul nu este propriul său partener.
field-error-funding-partner-twice = Acest partener apare de două ori.
field-error-funding-country-twice = Această țară apare de două ori; adunați participanții ei într-un singur rând.
field-error-funding-country = Vă rugăm codul de țară ISO 3166-1 din două litere, de ex. FR.
field-error-funding-participants = Cel mult 100.000 de participanți pe țară.
field-error-funding-invited-over = Invitații fac parte dintre participanți: nu pot fi mai mulți.
field-error-funding-ends-before-start = Activitatea se termină înainte să înceapă.
field-error-funding-status-dates = Un stadiu cu data sa nu poate fi citit.
field-error-funding-granted-early = Completați suma acordată după aprobarea cererii.
field-error-funding-granted-over = S-a acordat mai mult decât s-a solicitat: verificați ambele sume.
field-error-funding-unknown-action = Această acțiune nu există în catalogul programelor.
field-error-funding-identifier-taken = Există deja un apel cu acest cod.
field-error-funding-unknown-call = Acest apel nu există.
field-error-funding-status-step = Acest pas nu este posibil din stadiul actual.
field-error-funding-money = Vă rugăm o sumă în euro, de ex. 12.500,50 (nu negativă, cel mult două zecimale).
field-error-funding-count = Vă rugăm un număr întreg.

funding-calendar-name = Termenele finanțărilor
funding-calendar-download = Descărcați toate termenele ca fișier de calendar (iCalendar)

# Editing the catalogue (administrators)
funding-catalogue-admins-only = Doar administratorii întrețin catalogul de programe.
funding-catalogue-back = Înapoi la catalogul de programe
funding-edit = Editează
funding-key = Cheie
funding-key-hint = Litere mici, cifre și cratime, de ex. cerv-town-twinning. Apelurile indică o acțiune prin cheia ei.
funding-programme-name = Numele programului
funding-programme-level = Nivel
funding-programme-url = Pagina web a programului
funding-programme-new-title = Program nou
funding-programme-edit-title = Editarea programului „{ $name }”
funding-programme-delete-heading = Ștergeți programul (doar fără acțiuni)
funding-programme-delete = Șterge programul
funding-action-new-title = Acțiune nouă
funding-action-edit-title = Editarea acțiunii „{ $name }”
funding-action-basics = Acțiunea și forma de finanțare
funding-action-programme = Program
funding-action-name = Numele acțiunii
funding-action-form = Forma de finanțare
funding-action-note = Explicația formei de finanțare
funding-action-note-hint = O propoziție, de ex. ce tabel de sume forfetare se aplică; cel mult 2000 de caractere.
funding-action-cofinancing = Cota maximă finanțată, în procente
funding-action-cofinancing-hint = Un număr întreg de la 1 la 100; lăsați gol dacă nu se aplică o rată. Sursa este pagina web a acțiunii.
funding-action-url = Pagina web a acțiunii (sursă)
funding-action-url-hint = Ghidul programului sau textul apelului din care provin forma și rata de finanțare.
funding-action-rules = Condiții de eligibilitate
funding-action-rules-hint = Fiecare condiție cu pagina pe care este scrisă și ziua în care a fost citită. Un rând gol este ignorat; goliți un rând pentru a elimina condiția.
funding-rule-row = Condiția { $n }
funding-rule-kind = Tipul condiției
funding-rule-kind-none = – niciuna –
funding-rule-kind-min-countries = Numărul minim de țări
funding-rule-kind-min-partners = Numărul minim de parteneri
funding-rule-kind-min-participants = Numărul minim de participanți
funding-rule-kind-max-participants = Numărul maxim de participanți
funding-rule-kind-min-invited-guests = Numărul minim de invitați din străinătate
funding-rule-kind-duration-days = Durata în zile (de la … la)
funding-rule-kind-eligible-applicants = Solicitanți eligibili
funding-rule-min = Cel puțin
funding-rule-max = Cel mult
funding-rule-applicants = Tipuri de solicitanți
funding-rule-applicants-hint = Doar pentru „solicitanți eligibili”: chei separate prin virgule, dintre { $allowed }.
funding-rule-source-field = Sursa (adresă web)
funding-rule-as-of-field = Stare la (citit la)
funding-action-delete-heading = Ștergeți acțiunea (doar fără apeluri)
funding-action-delete = Șterge acțiunea
field-error-funding-key = Vă rugăm 2–80 de litere mici, cifre și cratime, de ex. cerv-town-twinning.
field-error-funding-key-taken = Această cheie este deja folosită.
field-error-funding-level = Vă rugăm alegeți un nivel: UE, național sau bilateral.
field-error-funding-form = Vă rugăm alegeți o formă de finanțare.
field-error-funding-note = Cel mult 2000 de caractere.
field-error-funding-percent = Vă rugăm un număr întreg de la 1 la 100.
field-error-funding-rule = Această condiție nu poate fi îndeplinită niciodată sau numește un tip de solicitant necunoscut.
field-error-funding-rule-twice = Acțiunea are deja o condiție de acest tip.
field-error-funding-rule-kind = Vă rugăm alegeți tipul condiției.
field-error-funding-unknown-programme = Acest program nu este în catalog.

# Documents of applications
funding-documents-title = Documente
funding-documents-none = Încă nu există documente pentru această cerere.
funding-document-file = Fișier
funding-document-file-hint = PDF, OpenDocument (odt, ods, odp), Word, Excel, PowerPoint (docx, xlsx, pptx), PNG sau JPEG; cel mult { $limit } MiB. Tipul este recunoscut după conținut, nu după numele fișierului.
funding-document-upload = Încarcă documentul
funding-document-delete = Șterge
funding-document-size = { $value } KiB
funding-document-uploaded = încărcat la { $time } de { $name }
funding-document-added = Documentul a fost salvat.
funding-document-deleted = Documentul a fost șters.
funding-document-empty = Vă rugăm alegeți un fișier: fișierul trimis este gol.
funding-document-too-large = Fișierul este prea mare.
funding-document-refused-type = Acest fișier nu este acceptat: conținutul lui nu este PDF, document OpenDocument, Word, Excel sau PowerPoint, PNG ori JPEG, indiferent de nume.

# The subscribed deadline calendar
funding-calendar-subscribe-title = Abonați-vă la termene în calendarul dvs.
funding-calendar-subscribe-intro = O adresă secretă pe care programul dvs. de calendar o accesează regulat fără autentificare. Cine cunoaște adresa vede termenele: nu o transmiteți. Reînnoirea invalidează adresa veche.
funding-calendar-none = Nu aveți încă o adresă de calendar.
funding-calendar-active = Adresa dvs. de calendar este valabilă din { $date }. Este afișată o singură dată; dacă nu o mai aveți, reînnoiți-o.
funding-calendar-new-url = Noua dvs. adresă de calendar: copiați-o acum și abonați-vă la ea în programul de calendar; nu va mai fi afișată:
funding-calendar-url = Adresa calendarului
funding-calendar-create = Creați o adresă de calendar
funding-calendar-renew = Reînnoiți adresa de calendar
funding-calendar-revoke = Revocați adresa de calendar
funding-calendar-revoked = Adresa de calendar a fost revocată; programele de calendar nu mai primesc nimic prin ea.

# The funded activity
funding-application-activity = Activitatea finanțată
funding-application-activity-none = – încă niciuna –
funding-application-activity-hint = Activitatea din lista de activități pe care o plătește această cerere. Pagina verifică atunci condițiile și cu participanții înregistrați efectiv.
funding-eligibility-actual-title = Eligibilitatea cu participanții efectivi ai activității
field-error-funding-unknown-activity = Această activitate nu există.
