# Financements (programmes européens et nationaux) : pages de l'espace de travail, règles d'éligibilité, rappels.

funding-title = Financements
funding-intro = Programmes de financement, appels avec leurs échéances et demandes du service : de l'idée au rapport final.
funding-brussels-time = { $time } { $name } (heure de Bruxelles)
funding-nav-dashboard = Vue d'ensemble
funding-nav-deadlines = Échéances
funding-nav-applications = Demandes
funding-nav-calls = Appels
funding-nav-catalogue = Programmes
funding-choose = – veuillez choisir –
funding-money-hint = Montant en euros, au centime près, p. ex. 12 500,50

funding-calls-title = Appels
funding-calls-none = Aucun appel enregistré pour l'instant.
funding-calls-admins-only = Seuls les administrateurs tiennent les appels à jour.
funding-call-identifier = Identifiant de l'appel
funding-call-identifier-hint = Tel que le bailleur l'écrit, p. ex. CERV-2026-CITIZENS-TOWN-TT.
funding-call-action = Programme et action
funding-call-name = Titre
funding-call-opens = Ouverture le
funding-call-deadline = Date limite
funding-call-deadline-hint = Date et heure de Bruxelles (HNEC/HAEC) comme l'indique l'appel, p. ex. 17:00.
funding-call-budget = Budget
funding-call-url = Page de l'appel
funding-call-new-title = Nouvel appel
funding-call-edit-title = Appel { $id }
funding-call-delete-heading = Supprimer l'appel
funding-call-delete = Supprimer cet appel

funding-applications-title = Demandes
funding-applications-none = Aucune demande enregistrée pour l'instant.
funding-application-new-title = Nouvelle demande
funding-application-edit-title = Demande « { $name } »
funding-application-name = Titre du projet
funding-application-call = Appel
funding-application-applicant = Demandeur
funding-application-applicant-kind = Type de demandeur
funding-application-applicant-kind-hint = Comment le programme classe le demandeur ; laissé vide, le type de la collectivité s'applique.
funding-application-partners = Partenaires
funding-application-partners-hint = Tous les partenaires du projet ; en choisir plusieurs avec Ctrl ou Maj.
funding-application-basics = Projet
funding-application-starts = Premier jour de l'activité
funding-application-ends = Dernier jour de l'activité
funding-application-money = Financement
funding-application-requested = Demandé
funding-application-granted = Accordé
funding-application-granted-hint = À saisir une fois la subvention accordée.
funding-application-co-financing = Cofinancement (part propre et autres fonds)
funding-application-office = Responsabilité
funding-application-responsible = Responsable
funding-application-report-due = Rapport dû le
funding-application-notes = Notes
funding-application-status = État
funding-application-delete-heading = Supprimer la demande
funding-application-delete = Supprimer cette demande

funding-applicant-kind-municipality = commune ou ville
funding-applicant-kind-district = arrondissement (Landkreis)
funding-applicant-kind-region = région ou Land
funding-applicant-kind-association = association de collectivités
funding-applicant-kind-twinning-committee = comité de jumelage
funding-applicant-kind-ngo = organisation à but non lucratif
funding-applicant-kind-school = établissement scolaire
funding-applicant-kind-public-body = autre organisme public

funding-status-idea = idée
funding-status-in-preparation = en préparation
funding-status-submitted = déposée
funding-status-granted = accordée
funding-status-rejected = refusée
funding-status-withdrawn = retirée
funding-status-reporting = phase de rapport
funding-status-closed = clôturée
funding-status-next = Étape suivante
funding-status-change = Changer l'état

funding-participants-title = Participants prévus
funding-participants-hint = Une ligne par pays d'origine : code du pays (p. ex. FR), nombre total de participants, dont invités venus de l'étranger.
funding-participants-row = Pays { $n }
funding-participants-country = Code du pays
funding-participants-count = Participants
funding-participants-invited = dont invités

funding-eligibility-title = Éligibilité
funding-eligibility-all-met = Toutes les règles de « { $name } » sont respectées.
funding-eligibility-some-unmet = Toutes les règles de « { $name } » ne sont pas encore respectées.
funding-eligibility-no-rules = Aucune règle n'est enregistrée pour cette action.
funding-verdict-met = respectée
funding-verdict-unmet = non respectée
funding-verdict-unknown = à compléter
funding-rule-source = source
funding-rule-as-of = état au { $date }

funding-rule-min-countries = au moins { $need } pays participants
funding-rule-min-countries-met = { $action } exige au moins { $need } pays participants : vous en avez { $have }.
funding-rule-min-countries-unmet = { $action } exige au moins { $need } pays participants : vous n'en avez que { $have }.
funding-rule-min-countries-unknown = { $action } exige au moins { $need } pays participants.
funding-rule-min-partners = au moins { $need } partenaires
funding-rule-min-partners-met = { $action } exige au moins { $need } partenaires : vous en avez { $have }.
funding-rule-min-partners-unmet = { $action } exige au moins { $need } partenaires : vous n'en avez que { $have }.
funding-rule-min-partners-unknown = { $action } exige au moins { $need } partenaires.
funding-rule-min-participants = au moins { $need } participants
funding-rule-min-participants-met = { $action } exige au moins { $need } participants : { $have } sont prévus.
funding-rule-min-participants-unmet = { $action } exige au moins { $need } participants : seuls { $have } sont prévus.
funding-rule-min-participants-unknown = { $action } exige au moins { $need } participants.
funding-rule-max-participants = au plus { $need } participants
funding-rule-max-participants-met = { $action } admet au plus { $need } participants : { $have } sont prévus.
funding-rule-max-participants-unmet = { $action } admet au plus { $need } participants : { $have } sont prévus.
funding-rule-max-participants-unknown = { $action } admet au plus { $need } participants.
funding-rule-min-invited-guests = au moins { $need } invités venus de l'étranger
funding-rule-min-invited-guests-met = { $action } exige au moins { $need } invités venus de l'étranger : { $have } sont prévus.
funding-rule-min-invited-guests-unmet = { $action } exige au moins { $need } invités venus de l'étranger : seuls { $have } sont prévus.
funding-rule-min-invited-guests-unknown = { $action } exige au moins { $need } invités venus de l'étranger.
funding-rule-duration-days = durée de { $need } à { $max } jours
funding-rule-duration-days-met = { $action } dure de { $need } à { $max } jours : { $have } sont prévus.
funding-rule-duration-days-unmet = { $action } dure de { $need } à { $max } jours : { $have } sont prévus.
funding-rule-duration-days-unknown = { $action } dure de { $need } à { $max } jours : indiquez le premier et le dernier jour.
funding-rule-eligible-applicants = ouvert à : { $need }
funding-rule-eligible-applicants-met = { $action } est ouvert à ce type de demandeur.
funding-rule-eligible-applicants-unmet = { $action } n'est ouvert qu'à ces demandeurs : { $need }.
funding-rule-eligible-applicants-unknown = { $action } n'est ouvert qu'à ces demandeurs : { $need }.

funding-by-status-title = Demandes par état
funding-count = Nombre
funding-total = Total
funding-success-title = Taux de réussite
funding-success-rate = { $value } % des demandes tranchées ont été accordées ({ $count } sur { $n }).
funding-success-none = Aucune demande n'a encore été tranchée.
funding-money-title = Demandé et accordé par année et programme
funding-money-none = Aucun montant enregistré pour l'instant.
funding-money-chart-alt = Diagramme à barres : montants demandés et accordés par année et programme ; le tableau ci-dessous contient les mêmes chiffres.
funding-money-table = Montants par année (de l'échéance) et programme
funding-year-programme = Année · programme

funding-catalogue-title = Programmes de financement
funding-catalogue-intro = Les règles sont reprises des guides des programmes, chacune avec sa source et sa date. Avant une demande, vérifiez que le guide en vigueur dit toujours la même chose.
funding-level-eu = UE
funding-level-national = national
funding-level-bilateral = bilatéral
funding-form-lump-sum = montant forfaitaire
funding-form-unit-costs = coûts unitaires
funding-form-actual-costs = coûts réels
funding-form-flat-rate = taux forfaitaire
funding-cofinancing-max = taux de financement de { $value } % au plus

funding-deadlines-title = Échéances des 90 prochains jours
funding-deadlines-intro = Dates limites de dépôt des appels et rapports dus, à l'heure de Bruxelles.
funding-deadlines-none = Aucune échéance dans les 90 prochains jours.
funding-deadline-when = Échéance
funding-deadline-kind = Type
funding-deadline-kind-call = dépôt
funding-deadline-kind-report = rapport
funding-days-left = { $count ->
    [0] aujourd'hui
    [one] demain
   *[other] dans { $count } jours
}

funding-reminder-subject = { $count ->
    [0] Échéance aujourd'hui : { $id }
    [one] Échéance demain : { $id }
   *[other] Échéance dans { $count } jours : { $id }
}
funding-reminder-body = Rappel ({ $kind }) : « { $name } » ({ $id }) arrive à échéance le { $time }.
funding-reminder-board = Toutes les échéances : { $url }

field-error-funding-text = Une ligne de 300 caractères au plus, s'il vous plaît.
field-error-funding-identifier = Lettres, chiffres et - _ . / uniquement, p. ex. CERV-2026-CITIZENS-TOWN-TT.
field-error-funding-date = Veuillez saisir une date comme 2026-11-05.
field-error-funding-deadline = Veuillez saisir date et heure de Bruxelles, p. ex. 2027-03-05 17:00 (une heure sautée au passage à l'heure d'été n'existe pas).
field-error-funding-deadline-before-opening = La date limite précède l'ouverture de l'appel.
field-error-funding-url = Un lien commence par https:// ou http://.
field-error-funding-applicant-kind = Veuillez choisir un type de demandeur.
field-error-funding-too-many = Trop d'entrées (200 au plus).
field-error-funding-partner-is-applicant = Le demandeur n'est pas son propre partenaire.
field-error-funding-partner-twice = Ce partenaire figure deux fois.
field-error-funding-country-twice = Ce pays figure deux fois ; additionnez ses participants sur une ligne.
field-error-funding-country = Veuillez saisir le code pays ISO 3166-1 à deux lettres, p. ex. FR.
field-error-funding-participants = 100 000 participants par pays au plus.
field-error-funding-invited-over = Les invités font partie des participants : ils ne peuvent pas être plus nombreux.
field-error-funding-ends-before-start = L'activité se termine avant de commencer.
field-error-funding-status-dates = Un état avec sa date est illisible.
field-error-funding-granted-early = Saisissez un montant accordé une fois la demande accordée.
field-error-funding-granted-over = Le montant accordé dépasse le montant demandé : vérifiez les deux montants.
field-error-funding-unknown-action = Cette action ne figure pas dans le catalogue des programmes.
field-error-funding-identifier-taken = Un appel avec cet identifiant existe déjà.
field-error-funding-unknown-call = Cet appel n'existe pas.
field-error-funding-status-step = Cette étape n'est pas possible depuis l'état actuel.
field-error-funding-money = Veuillez saisir un montant en euros, p. ex. 12 500,50 (positif, deux décimales au plus).
field-error-funding-count = Veuillez saisir un nombre entier.

funding-calendar-name = Échéances des financements
funding-calendar-download = Télécharger toutes les échéances en fichier d'agenda (iCalendar)

# Editing the catalogue (administrators)
funding-catalogue-admins-only = Seuls les administrateurs tiennent le catalogue des programmes.
funding-catalogue-back = Retour au catalogue des programmes
funding-edit = Modifier
funding-key = Clé
funding-key-hint = Lettres minuscules, chiffres et tirets, p. ex. cerv-town-twinning. Les appels désignent une action par sa clé.
funding-programme-name = Nom du programme
funding-programme-level = Niveau
funding-programme-url = Page web du programme
funding-programme-new-title = Nouveau programme
funding-programme-edit-title = Modifier le programme « { $name } »
funding-programme-delete-heading = Supprimer le programme (seulement sans actions)
funding-programme-delete = Supprimer le programme
funding-action-new-title = Nouvelle action
funding-action-edit-title = Modifier l’action « { $name } »
funding-action-basics = Action et forme de financement
funding-action-programme = Programme
funding-action-name = Nom de l’action
funding-action-form = Forme de financement
funding-action-note = Explication de la forme de financement
funding-action-note-hint = Une phrase, p. ex. quel barème forfaitaire s’applique ; 2000 caractères au plus.
funding-action-cofinancing = Part maximale financée, en pour cent
funding-action-cofinancing-hint = Un nombre entier de 1 à 100 ; laisser vide si aucun taux ne s’applique. Sa source est la page web de l’action.
funding-action-url = Page web de l’action (source)
funding-action-url-hint = Le guide du programme ou le texte de l’appel d’où viennent la forme et le taux de financement.
funding-action-rules = Conditions d’éligibilité
funding-action-rules-hint = Chaque condition avec la page où elle figure et le jour où elle a été lue. Une ligne vide est ignorée ; videz une ligne pour retirer sa condition.
funding-rule-row = Condition { $n }
funding-rule-kind = Type de condition
funding-rule-kind-none = – aucune –
funding-rule-kind-min-countries = Nombre minimal de pays
funding-rule-kind-min-partners = Nombre minimal de partenaires
funding-rule-kind-min-participants = Nombre minimal de participants
funding-rule-kind-max-participants = Nombre maximal de participants
funding-rule-kind-min-invited-guests = Nombre minimal d’invités venus de l’étranger
funding-rule-kind-duration-days = Durée en jours (de … à)
funding-rule-kind-eligible-applicants = Demandeurs éligibles
funding-rule-min = Au moins
funding-rule-max = Au plus
funding-rule-applicants = Types de demandeurs
funding-rule-applicants-hint = Seulement pour « demandeurs éligibles » : clés séparées par des virgules, parmi { $allowed }.
funding-rule-source-field = Source (adresse web)
funding-rule-as-of-field = État au (lu le)
funding-action-delete-heading = Supprimer l’action (seulement sans appels)
funding-action-delete = Supprimer l’action
field-error-funding-key = Veuillez saisir 2 à 80 lettres minuscules, chiffres et tirets, p. ex. cerv-town-twinning.
field-error-funding-key-taken = Cette clé est déjà prise.
field-error-funding-level = Veuillez choisir un niveau : UE, national ou bilatéral.
field-error-funding-form = Veuillez choisir une forme de financement.
field-error-funding-note = 2000 caractères au plus.
field-error-funding-percent = Veuillez saisir un nombre entier de 1 à 100.
field-error-funding-rule = Cette condition ne peut jamais être remplie ou nomme un type de demandeur inconnu.
field-error-funding-rule-twice = L’action a déjà une condition de ce type.
field-error-funding-rule-kind = Veuillez choisir le type de condition.
field-error-funding-unknown-programme = Ce programme ne figure pas dans le catalogue.

# Documents of applications
funding-documents-title = Documents
funding-documents-none = Aucun document pour cette demande pour l’instant.
funding-document-file = Fichier
funding-document-file-hint = PDF, OpenDocument (odt, ods, odp), Word, Excel, PowerPoint (docx, xlsx, pptx), PNG ou JPEG ; { $limit } Mio au plus. Le type est reconnu au contenu, pas au nom du fichier.
funding-document-upload = Téléverser le document
funding-document-delete = Supprimer
funding-document-size = { $value } Kio
funding-document-uploaded = téléversé le { $time } par { $name }
funding-document-added = Le document est enregistré.
funding-document-deleted = Le document est supprimé.
funding-document-empty = Veuillez choisir un fichier : le fichier envoyé est vide.
funding-document-too-large = Le fichier est trop volumineux.
funding-document-refused-type = Ce fichier n’est pas accepté : son contenu n’est ni un PDF, ni un document OpenDocument, Word, Excel ou PowerPoint, ni un PNG ou JPEG, quel que soit son nom.

# The subscribed deadline calendar
funding-calendar-subscribe-title = S’abonner aux échéances dans votre agenda
funding-calendar-subscribe-intro = Une adresse secrète que votre agenda consulte régulièrement sans connexion. Quiconque connaît l’adresse voit les échéances : ne la transmettez pas. La renouveler invalide l’ancienne.
funding-calendar-none = Vous n’avez pas encore d’adresse d’agenda.
funding-calendar-active = Votre adresse d’agenda est valable depuis le { $date }. Elle n’est affichée qu’une fois ; si vous ne l’avez plus, renouvelez-la.
funding-calendar-new-url = Votre nouvelle adresse d’agenda : copiez-la maintenant et abonnez-vous-y dans votre agenda ; elle ne sera plus affichée :
funding-calendar-url = Adresse de l’agenda
funding-calendar-create = Créer une adresse d’agenda
funding-calendar-renew = Renouveler l’adresse d’agenda
funding-calendar-revoke = Révoquer l’adresse d’agenda
funding-calendar-revoked = L’adresse d’agenda est révoquée ; les agendas n’en reçoivent plus rien.

# The funded activity
funding-application-activity = Activité financée
funding-application-activity-none = – aucune pour l’instant –
funding-application-activity-hint = L’activité de la liste des activités que cette demande finance. La page vérifie alors aussi les conditions avec les participants réellement enregistrés.
funding-eligibility-actual-title = Conditions d’éligibilité avec les participants réels de l’activité
field-error-funding-unknown-activity = Cette activité n’existe pas.
