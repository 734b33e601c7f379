## Français. L’allemand est la première langue du portail et la langue de repli pour tout message absent ici.

# Typographie : espace insécable (U+00A0) avant « : », espace fine insécable (U+202F) avant « ; ! ? » et dans les guillemets.

site-name = Partenariats internationaux
site-tagline = Régions partenaires et jumelages
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-overview = Vue d’ensemble
nav-partnerships = Tous les partenariats
nav-open-data = Données ouvertes (API)
footer-open-data = Toutes les informations sont disponibles en données ouvertes{ "\u00A0" }:
footer-software = Site réalisé avec partnerportal, logiciel libre pour les partenariats des collectivités territoriales.
breadcrumb-label = Vous êtes ici
language-switcher = Choisir la langue
content-not-translated = Ce texte n’est pas encore disponible dans votre langue{ "\u202F" }; il est affiché en { $language }.

## Vue d’ensemble

overview-title = Vue d’ensemble
overview-district-partnerships = Régions partenaires de l’arrondissement
overview-district-partnerships-of = Régions partenaires{ "\u00A0" }: { $name }
overview-municipal-twinnings = Jumelages des communes de l’arrondissement
overview-municipal-intro = Les jumelages et partenariats internationaux des villes et communes.
overview-contact = Contact
overview-since = depuis { $date }
# En français, 0 et 1 relèvent de la catégorie « one » : le nombre est donc toujours affiché.
overview-partner-count = { $count ->
    [one] { $count } partenariat
   *[other] { $count } partenariats
}
overview-all-partnerships = Rechercher et filtrer tous les partenariats
overview-empty = Aucun partenariat n’est encore enregistré.

## Liste et filtres

list-title = Tous les partenariats
list-filter-heading = Filtrer les partenariats
list-filter-country = Pays
list-filter-topic = Thème
list-filter-level = Niveau
list-filter-status = Statut
list-filter-kind = Type
list-filter-all = tous
list-filter-apply = Appliquer les filtres
list-filter-reset = Réinitialiser les filtres
list-count = { $count ->
    [0] Aucun partenariat trouvé
    [one] { $count } partenariat trouvé
   *[other] { $count } partenariats trouvés
}
list-empty = Aucun partenariat ne correspond à ces filtres. Veuillez remettre un ou plusieurs filtres sur «{ "\u202F" }tous{ "\u202F" }».
list-table-label = Tableau des partenariats
list-col-home = Partenaire dans l’arrondissement
list-col-partner = Partenaire
list-col-country = Pays
list-col-level = Niveau
list-col-kind = Type
list-col-since = Depuis
list-col-status = Statut
pager-label = Pagination
pager-previous = Page précédente
pager-next = Page suivante
pager-position = Page { $page } sur { $pages }

## Partenariat

partnership-title = { $home } – { $partner }
partnership-key-data = Données clés
partnership-partners = Partenaires
partnership-level = Niveau
partnership-kind = Type
partnership-status = Statut
partnership-since = Depuis
partnership-topics = Domaines de coopération
partnership-story = Historique et actions
partnership-timeline = Chronologie
partnership-timeline-undated = sans date
partnership-acting = Participants{ "\u00A0" }:
partnership-children = Contacts entre communes membres
partnership-parent = Fait partie du partenariat { $name }
# « Présentation : » évite l’élision (« de »/« d’ ») devant un nom propre quelconque.
partnership-about-partner = Présentation{ "\u00A0" }: { $name }
partnership-note = Remarque
partnership-links = Liens

## Collectivité

body-kind-label = Type
body-country = Pays
body-parent = Rattachement
body-website = Site internet
body-valid = Existence
body-valid-from = depuis { $date }
body-valid-until = jusqu’à { $date }
body-valid-range = { $from } – { $to }
body-other-names = Autres noms
body-facts = Faits et chiffres
body-partnerships = Partenariats
body-no-partnerships = Aucun partenariat n’est enregistré pour cette collectivité.
body-predecessors = Prédécesseurs
body-successors = Successeurs
body-children = Subdivisions
body-description = Description
body-identifiers = Identifiants
# Suivi du nom du successeur ; le type est un nom comme « Fusion » ou « Changement de nom ».
body-succession-into = { $kind }{ "\u00A0" }:

## Faits et sources

fact-source = Source{ "\u00A0" }: { $source }
fact-as-of = Date de référence{ "\u00A0" }: { $date }
fact-as-of-unknown = Date de référence inconnue
fact-approximately = environ { $value }
unit-inhabitants = habitants
unit-km2 = km²
unit-inhabitants_per_km2 = hab./km²
sources-heading = Sources

## Contact

contact-phone = Téléphone
contact-fax = Télécopie
contact-email = Courriel

## Recherche

search-title = Recherche
search-label = Lieu, arrondissement, région ou thème
search-submit = Rechercher
search-hint = Les majuscules, les accents manquants et les petites fautes de frappe ne gênent pas la recherche{ "\u00A0" }: «{ "\u202F" }iasi{ "\u202F" }» trouve Iași, «{ "\u202F" }Heltau{ "\u202F" }» trouve Cisnădie.
search-count = { $count ->
    [0] Aucun résultat
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-topics = Thèmes
search-bodies = Lieux et collectivités
search-found-as = trouvé sous le nom
search-similar = orthographe proche
search-nothing = Aucun résultat. Veuillez vérifier l’orthographe ou rechercher une partie du nom.
nav-search = Recherche

## Déclaration d’accessibilité

footer-nav-label = À propos de ce portail
footer-accessibility = Accessibilité
footer-easy-language = Leichte Sprache (allemand facile)
a11y-title = Déclaration d’accessibilité
a11y-scope = La présente déclaration s’applique au portail des partenariats, à toutes ses pages et dans toutes les langues proposées. L’exploitant s’efforce de rendre le portail accessible conformément au règlement allemand sur les technologies de l’information sans obstacles (BITV 2.0) et à la norme européenne EN 301 549.
a11y-status-heading = État de conformité
a11y-status = Le portail est en grande partie conforme aux exigences du BITV 2.0 (niveau AA des WCAG 2.1). Toutes les pages fonctionnent sans JavaScript, sont entièrement utilisables au clavier, affichent un focus visible et disposent de liens d’évitement, de repères, d’une structure de titres ordonnée et de contrastes suffisants. La carte des partenariats est également proposée sous forme de liste équivalente.
a11y-limits-heading = Contenus non accessibles
a11y-limit-translations = Certaines descriptions et histoires des partenariats n’existent qu’en allemand. Sur les pages dans d’autres langues, elles s’affichent en allemand, correctement balisées comme telles et accompagnées d’une note.
a11y-limit-sources = Les sites web des partenaires vers lesquels pointent des liens ne relèvent pas de la responsabilité de l’exploitant et peuvent ne pas être accessibles.
a11y-method-heading = Établissement de cette déclaration
a11y-method = Cette déclaration repose sur une auto-évaluation. Avant toute publication, chaque modification du portail est vérifiée automatiquement avec axe-core dans un navigateur au regard de toutes les exigences des niveaux A et AA des WCAG 2.1 vérifiables automatiquement ; l’utilisation au clavier, l’affichage sur une largeur de 320 pixels et l’agrandissement du texte sont également testés automatiquement.
a11y-feedback-heading = Retour d’information et contact
a11y-feedback = Vous avez constaté un obstacle dans l’accès aux contenus ou vous avez besoin d’informations sous une autre forme accessible ? Contactez-nous. Nous répondons en général dans un délai de deux semaines.
a11y-mail-subject = Obstacle sur le portail des partenariats
a11y-enforcement-heading = Voies de recours
a11y-enforcement = Si vous n’obtenez pas de réponse satisfaisante à votre signalement, vous pouvez vous adresser à l’organisme de contrôle ou de médiation en matière d’accessibilité compétent pour l’exploitant dans son Land. La procédure est gratuite et ne nécessite pas d’avocat.
a11y-date = Cette déclaration a été vérifiée pour la dernière fois en { $date }.

## Pages d’erreur

error-not-found-title = Page introuvable
error-not-found-text = Aucune fiche ne correspond à cette adresse. Elle a peut-être été renommée, ou l’adresse est incomplète.
error-bad-request-title = Requête non valide
error-unauthorized-title = Connexion requise
error-unauthorized-text = Veuillez vous connecter pour voir cette page.
error-forbidden-title = Accès non autorisé
error-conflict-title = Modification non enregistrée
error-too-many-title = Trop de requêtes
error-too-large-text = Les données envoyées sont trop volumineuses.
error-nul-text = Le texte contient un caractère nul (U+0000), qui ne peut être ni enregistré ni recherché. Veuillez le supprimer.
error-internal-title = Une erreur interne s’est produite
error-internal-text = La page n’a pas pu être générée. L’erreur a été enregistrée{ "\u202F" }; veuillez réessayer ultérieurement.
error-reference = Référence de l’erreur{ "\u00A0" }: { $id }
error-back-home = Retour à la vue d’ensemble

## Dates et nombres

date-month = { $month } { $year }
# « 1er septembre 2014 » : la variante [1] ne s’applique que si le code transmet le jour sous forme
# de nombre ; transmis comme texte, le jour s’affiche tel quel (« 1 septembre 2014 »).
date-day = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
qualifier-early = début { $date }
qualifier-mid = mi-{ $date }
qualifier-late = fin { $date }
qualifier-circa = vers { $date }
qualifier-before = avant { $date }
qualifier-after = après { $date }
# Espace fine insécable comme séparateur des milliers, virgule décimale.
number-group-separator = { "\u202F" }
number-decimal-separator = ,

## Vocabulaires

topic-youth-social-work = Action sociale en faveur de l’enfance et de la jeunesse
topic-culture-heritage = Culture et patrimoine
topic-history-remembrance = Histoire et mémoire
topic-tourism = Tourisme
topic-economy = Économie
topic-environment = Protection de l’environnement
topic-health-social = Santé et action sociale
topic-education = Éducation
topic-sport = Sport
topic-public-administration = Administration publique
topic-regional-marketing = Marketing territorial
topic-volunteering = Volontariat

body-kind-country = État
body-kind-region = Région
body-kind-department = Département / județ
body-kind-district = Arrondissement (Landkreis) / district
body-kind-municipality = Ville / commune
body-kind-locality = Localité
body-kind-association = Association

level-district = Échelon de l’arrondissement
level-municipal = Échelon communal
level-village = Échelon du village ou du quartier

kind-partnership = Jumelage
kind-friendship = Pacte d’amitié
kind-contact = Contacts
kind-project = Partenariat de projet

status-active = actif
status-dormant = en sommeil
status-ended = terminé

milestone-first-contact = Établissement des relations
milestone-friendship = Pacte d’amitié
milestone-declaration-of-intent = Déclaration d’intention
milestone-contract = Charte de jumelage
milestone-cooperation-agreement = Convention de coopération
milestone-transfer = Transfert au successeur juridique
milestone-confirmation = Confirmation
milestone-event = Événement
milestone-end = Fin du partenariat

succession-merger = Fusion
succession-renaming = Changement de nom
succession-incorporation = Intégration
succession-split = Scission

fact-population = Population
fact-area = Superficie
fact-density = Densité de population
fact-capital = Chef-lieu
fact-localities = Localités
fact-towns = Villes
fact-communes = Communes
fact-municipalities = Communes
fact-economy = Économie
fact-location = Situation géographique
fact-neighbours = Territoires voisins
fact-history = Histoire
fact-landmarks = Particularités

name-kind-official = Nom officiel
name-kind-exonym = Nom dans une autre langue
name-kind-variant = Variante orthographique
name-kind-former = Ancien nom

## Langues

# En minuscules : les noms servent dans « affiché en allemand ».
language-de = allemand
language-en = anglais
language-fr = français
language-pl = polonais
language-ro = roumain

## Pays (ISO 3166-1)

country-AD = Andorre
country-AL = Albanie
country-AM = Arménie
country-AT = Autriche
country-AZ = Azerbaïdjan
country-BA = Bosnie-Herzégovine
country-BE = Belgique
country-BG = Bulgarie
country-BY = Biélorussie
country-CH = Suisse
country-CN = Chine
country-CY = Chypre
country-CZ = Tchéquie
country-DE = Allemagne
country-DK = Danemark
country-EE = Estonie
country-ES = Espagne
country-FI = Finlande
country-FR = France
country-GB = Royaume-Uni
country-GE = Géorgie
country-GR = Grèce
country-HR = Croatie
country-HU = Hongrie
country-IE = Irlande
country-IL = Israël
country-IS = Islande
country-IT = Italie
country-JP = Japon
country-LI = Liechtenstein
country-LT = Lituanie
country-LU = Luxembourg
country-LV = Lettonie
country-MC = Monaco
country-MD = Moldavie
country-ME = Monténégro
country-MK = Macédoine du Nord
country-MT = Malte
country-NE = Niger
country-NG = Nigeria
country-NL = Pays-Bas
country-NO = Norvège
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-RS = Serbie
country-RU = Russie
country-SE = Suède
country-SI = Slovénie
country-SK = Slovaquie
country-SM = Saint-Marin
country-TR = Turquie
country-UA = Ukraine
country-US = États-Unis
country-VA = Vatican
country-VN = Viêt Nam
country-XK = Kosovo

## Carte

nav-map = Carte
map-title = Carte des partenariats
map-intro = Chaque partenariat est tracé comme une ligne allant de l’arrondissement, ou d’une ville de l’arrondissement, jusqu’au partenaire. La liste à côté de la carte donne les mêmes informations.
map-filter-heading = Filtrer la carte
map-count = { $count ->
    [0] Aucun partenariat sélectionné.
    [one] { $count } partenariat sélectionné.
   *[other] { $count } partenariats sélectionnés.
}
map-count-drawn = { $count ->
    [0] Aucun n’est tracé sur la carte.
    [one] { $count } d’entre eux est tracé sur la carte.
   *[other] { $count } d’entre eux sont tracés sur la carte.
}
map-legend = Légende
map-legend-line = Ligne{ "\u00A0" }: { $name }
map-legend-home = Arrondissement ou ville de l’arrondissement (point de départ des lignes)
map-legend-partner = Partenaire
map-legend-large = Grand cercle{ "\u00A0" }: arrondissement, région ou département, placé à son chef-lieu
map-legend-beyond = Flèche{ "\u00A0" }: le partenaire se trouve hors de cette partie de la carte (voir la vue d’ensemble du monde)
map-svg-title = Carte des partenariats
map-svg-desc-lines = { $count ->
    [one] La carte montre { $count } partenariat sous forme de ligne allant de l’arrondissement, ou d’une ville de l’arrondissement, jusqu’au partenaire.
   *[other] La carte montre { $count } partenariats sous forme de lignes allant de l’arrondissement, ou d’une ville de l’arrondissement, jusqu’au partenaire.
}
map-svg-desc-countries = { $count ->
    [one] Tous les lieux tracés se trouvent dans un seul pays.
   *[other] Les lieux tracés se trouvent dans { $count } pays.
}
map-svg-desc-list = La liste «{ "\u202F" }Les partenariats sous forme de liste{ "\u202F" }», à côté de la carte, donne les mêmes informations.
map-world-title = Vue d’ensemble mondiale des partenariats
map-world-desc = Vue d’ensemble de tous les partenariats tracés, y compris les partenaires situés hors de la partie représentée sur la grande carte{ "\u00A0" }: { $name }.
map-world-caption = Vue d’ensemble du monde{ "\u00A0" }: le rectangle en pointillés indique la partie représentée sur la grande carte.
map-empty = Aucun des partenariats sélectionnés ne peut être montré sur la carte, faute de coordonnées. La liste les cite tous.
map-attribution = Fond de carte{ "\u00A0" }: Natural Earth (domaine public), frontières simplifiées. Coordonnées des lieux{ "\u00A0" }: GeoNames (licence CC BY 4.0){ "\u202F" }; pour les arrondissements, régions et départements, leur chef-lieu.
map-list-heading = Les partenariats sous forme de liste
map-unplaced = Aucune coordonnée n’est enregistrée pour ces lieux{ "\u202F" }; ils figurent seulement dans la liste, pas sur la carte{ "\u00A0" }: { $name }.
map-not-drawn = (absent de la carte)
map-home-title = Les lieux de l’arrondissement, agrandis
map-home-desc = Partie agrandie avec les lieux de l’arrondissement{ "\u00A0" }: { $name }. Les lignes partent en direction des partenaires et se terminent par une flèche au bord.
map-home-caption = Partie agrandie{ "\u00A0" }: les lieux de l’arrondissement avec leur nom{ "\u202F" }; les flèches au bord indiquent la direction des partenaires.
map-truncated = La carte montre les { $shown } premiers des { $count } partenariats. Affinez la sélection avec les filtres pour voir les autres.

## Formulaire de contact et demandes

footer-contact = Formulaire de contact
overview-contact-form = Envoyer un message par le formulaire de contact
partnership-ask = Poser une question sur ce partenariat
contact-form-title = Contact
contact-form-title-errors = Erreur{ "\u00A0" }: Contact
contact-form-intro = Vous avez une question sur un partenariat, une idée de rencontre, ou vous avez relevé une erreur dans les informations{ "\u202F" }? Écrivez-nous. Votre message est transmis au service compétent de l’administration, qui vous répondra par courriel.
contact-form-required = Tous les champs sauf «{ "\u202F" }Partenariat{ "\u202F" }» sont obligatoires.
contact-form-name = Votre nom
contact-form-email = Votre adresse électronique
contact-form-email-hint = Nous l’utilisons uniquement pour vous répondre.
contact-form-partnership = Partenariat concerné
contact-form-partnership-none = aucun partenariat en particulier
contact-form-partnership-chosen = Votre message concerne le partenariat { $name }.
contact-form-partnership-remove = Écrire sans lien avec ce partenariat
contact-form-subject = Objet
contact-form-message = Votre message
contact-form-message-hint = { $count } caractères au maximum.
contact-form-honeypot = Veuillez laisser ce champ vide.
contact-form-consent-heading = Consentement au traitement des données
contact-form-consent = J’accepte que mes données (nom, adresse électronique, objet et message) soient enregistrées et transmises au service compétent de l’administration pour le traitement de ma demande. Elles sont supprimées { $count ->
    [one] { $count } jour
   *[other] { $count } jours
} après réception. Je peux retirer mon consentement à tout moment par un courriel adressé à l’administration.
contact-form-submit = Envoyer le message
contact-form-error-summary = Veuillez vérifier vos informations
contact-error-name-missing = Veuillez indiquer votre nom.
contact-error-name-too-long = Le nom ne doit pas dépasser { $count } caractères.
contact-error-single-line = Veuillez écrire ce champ sur une seule ligne, sans saut de ligne ni caractère de contrôle.
contact-error-email-missing = Veuillez indiquer votre adresse électronique afin que nous puissions vous répondre.
contact-error-email-invalid = Veuillez indiquer une adresse électronique de la forme nom@exemple.fr.
contact-error-email-too-long = L’adresse électronique ne doit pas dépasser { $count } caractères.
contact-error-subject-missing = Veuillez indiquer un objet.
contact-error-subject-too-long = L’objet ne doit pas dépasser { $count } caractères.
contact-error-message-missing = Veuillez écrire votre message.
contact-error-message-too-long = Le message ne doit pas dépasser { $count } caractères. Veuillez le raccourcir.
contact-error-control-characters = Le message contient des caractères de contrôle qui ne peuvent pas être enregistrés. Veuillez les supprimer.
contact-error-partnership-unknown = Ce partenariat n’existe pas. Veuillez en choisir un dans la liste, ou «{ "\u202F" }aucun partenariat en particulier{ "\u202F" }».
contact-error-consent = Veuillez accepter le traitement de vos données{ "\u202F" }; sans votre consentement, nous ne pouvons pas accepter votre message.
contact-error-cross-site = Le formulaire a été envoyé depuis un autre site et n’a donc pas été accepté. Veuillez utiliser le formulaire de contact de ce portail.
contact-error-encoding = Les données envoyées ne sont pas un texte valide (UTF-8) et n’ont pas été acceptées. Veuillez renvoyer le formulaire depuis votre navigateur.
contact-error-too-large = Les données envoyées sont trop volumineuses. Un message ne doit pas dépasser { $count } caractères{ "\u202F" }; veuillez le raccourcir.
contact-too-many = Plusieurs messages ont été envoyés depuis votre connexion en peu de temps. Pour nous protéger des envois massifs indésirables, nous n’en acceptons de nouveaux qu’à partir du { $date }.
contact-sent-title = Merci pour votre message
contact-sent-text = Votre message nous est parvenu et a été enregistré. Le service compétent vous répondra par courriel.
contact-sent-reference = Votre numéro de dossier{ "\u00A0" }: { $id }
contact-sent-back = Retour à la vue d’ensemble
inquiry-status-new = Nouvelle
inquiry-status-in-progress = En cours
inquiry-status-answered = Répondue
inquiry-status-closed = Close
mail-inquiry-intro = Une nouvelle demande est arrivée par le formulaire de contact du portail des partenariats (numéro de dossier { $id }).
mail-inquiry-name = Nom
mail-inquiry-email = Courriel
mail-inquiry-partnership = Partenariat
mail-inquiry-language = Langue du formulaire
mail-inquiry-received = Reçue le
mail-inquiry-subject = Objet
mail-inquiry-message = Message
mail-inquiry-inbox = Traiter dans la boîte de réception
mail-inquiry-reply = «{ "\u202F" }Répondre{ "\u202F" }» écrit directement à l’expéditeur ou à l’expéditrice.


## Espace de travail du personnel
workbench-title = Espace de travail
workbench-nav-label = Espace de travail
workbench-nav-dashboard = Vue d’ensemble
workbench-nav-changes = Dernières modifications
workbench-nav-deleted = Fiches supprimées
workbench-nav-password = Changer le mot de passe
workbench-signed-in-as = Connecté(e) en tant que { $name } ({ $role })
workbench-your-bodies = Collectivités dont vous avez la charge
workbench-new-partnership-of = ajouter un partenariat
workbench-partnerships = Partenariats
workbench-no-partnerships = Il n’y a encore aucun partenariat que vous puissiez modifier.
workbench-col-partnership = Partenariat
workbench-col-status = Statut
workbench-col-actions = Actions
workbench-read-only = Votre rôle vous permet de consulter les fiches, mais pas de les modifier.
workbench-not-permitted = Votre rôle ne vous permet pas de voir ce contenu.
workbench-admins-only = Cette action est réservée aux administrateurs.
workbench-staff-sign-in = Connexion du personnel
role-admin = administration
role-editor = rédaction
role-reader = lecture seule
draft = brouillon
action-edit = Modifier
action-history = Historique
action-public-page = Page publique
sign-in-title = Connexion à l’espace de travail
sign-in-intro = Réservé au personnel de l’arrondissement et de ses villes. Les sessions expirent après huit heures d’inactivité.
sign-in-login = Nom d’utilisateur
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-failed = Le nom d’utilisateur ou le mot de passe est incorrect, ou le compte est désactivé.
sign-in-throttled = Trop de tentatives échouées. Veuillez réessayer après { $time }.
sign-out = Se déconnecter
password-title = Changer le mot de passe
password-current = Mot de passe actuel
password-new = Nouveau mot de passe
password-repeat = Confirmer le nouveau mot de passe
password-rules = Au moins 12 caractères. Une phrase dont vous vous souvenez fait un bon mot de passe.
password-submit = Changer le mot de passe
password-saved = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
new-partnership-title = Nouveau partenariat
edit-partnership-title = Modifier le partenariat { $slug }
form-errors-title = Veuillez corriger les points suivants
form-saved = Enregistré.
form-reload-current = Ouvrir la version actuelle (vos modifications seront perdues)
form-partners = Partenaires
form-home = Géré par (identifiant de la collectivité d’origine)
form-partner = Partenaire (identifiant de la collectivité partenaire)
form-slug-hint = L’identifiant est la dernière partie de l’adresse d’une collectivité, par exemple wernigerode dans /fr/bodies/wernigerode.
form-slug = Identifiant du partenariat
form-slug-own-hint = Lettres minuscules, chiffres et traits d’union, par exemple wernigerode-carpi. Il fait partie de l’adresse.
form-classification = Classification
form-narrative = Histoire du partenariat
form-milestones = Chronologie
form-milestones-hint = Laissez le type vide pour supprimer une étape. Deux lignes vides servent aux nouvelles étapes{ "\u202F" }; enregistrez pour en obtenir d’autres.
form-milestone-n = Étape { $n }
form-milestone-type = Type
form-milestone-date = Date
form-milestone-qualifier = Précision
form-milestone-bodies = Collectivités concernées (identifiants séparés par des virgules)
form-milestone-notes = Remarques
form-date-hint = Dates sous forme d’année, d’année-mois ou de date complète{ "\u00A0" }: 1993, 1993-05, 1993-05-14.
form-choose-none = – aucun –
form-qualifier-early = début
form-qualifier-mid = mi-
form-qualifier-late = fin
form-qualifier-circa = vers
form-qualifier-before = avant
form-qualifier-after = après
form-more = Compléments
form-note = Remarque interne
form-parent = Prolonge le partenariat (identifiant)
form-source = Source (clé)
form-published = Publié
form-published-hint = Les brouillons ne sont visibles que par le personnel. Publiez la fiche lorsqu’elle est prête.
form-save = Enregistrer
form-delete-heading = Supprimer ce partenariat
form-delete-explained = Le partenariat disparaît du portail et de l’API. Un administrateur peut le restaurer depuis les fiches supprimées.
form-delete = Supprimer le partenariat
form-not-a-form = La requête ne provient pas d’un formulaire de ce site.
form-malformed = Le formulaire n’a pas pu être lu.
form-malformed-detail = Le formulaire n’a pas pu être lu{ "\u00A0" }: { $detail }
form-csrf-failed = Ce formulaire a expiré ou ne provient pas de ce site. Veuillez recharger la page et réessayer.
field-error-slug = Utilisez des lettres minuscules a–z, des chiffres et des traits d’union simples.
field-error-required = Ce champ est obligatoire.
field-error-too-long = Ce texte est trop long.
field-error-control-characters = Les sauts de ligne et les caractères de contrôle ne sont pas autorisés ici.
field-error-language = Ce n’est pas un code de langue comme de ou en.
field-error-same-body = Une collectivité ne peut pas être sa propre partenaire.
field-error-own-parent = Une fiche ne peut pas renvoyer à elle-même.
field-error-duplicate = Un thème est sélectionné deux fois.
field-error-qualifier-without-date = Une précision nécessite une date.
field-error-url = Une adresse web commence par https://.
field-error-latitude = La latitude est comprise entre -90 et 90.
field-error-longitude = La longitude est comprise entre -180 et 180.
field-error-coordinates-pair = Indiquez la latitude et la longitude, ou aucune des deux.
field-error-wikidata = Un identifiant Wikidata est un Q suivi de chiffres, par exemple Q4187.
field-error-geonames = Un identifiant GeoNames est un nombre entier positif, par exemple 2809517.
field-error-iso-3166-2 = Un code ISO 3166-2 se compose des deux lettres du pays, d’un trait d’union et d’une à trois lettres ou chiffres, par exemple DE-ST.
field-error-dates-out-of-order = La fin est antérieure au début.
field-error-number = Ce n’est pas un nombre.
field-error-value-or-text = Indiquez soit un nombre, soit un texte.
field-error-own-predecessor = Une collectivité ne peut pas se succéder à elle-même.
field-error-unknown-body = Aucune collectivité ne porte cet identifiant.
field-error-unknown-source = Aucune source ne porte cette clé.
field-error-unknown-partnership = Aucun partenariat ne porte cet identifiant.
field-error-slug-taken = Cet identifiant est déjà utilisé par une autre fiche.
field-error-pair-taken = Ces deux collectivités sont déjà partenaires.
field-error-draft-body = Publiez les deux collectivités avant le partenariat qui les relie.
field-error-published-partnerships = Des partenariats publiés affichent cette collectivité{ "\u202F" }; repassez-les d’abord en brouillon.
field-error-choose = Veuillez choisir l’une des options.
field-error-date = Écrivez la date sous la forme 1993, 1993-05 ou 1993-05-14.
field-error-wrong-password = Le mot de passe actuel est incorrect.
field-error-passwords-differ = Les deux nouveaux mots de passe ne correspondent pas.
field-error-password-too-short = Le mot de passe doit comporter au moins 12 caractères.
field-error-password-too-long = Le mot de passe peut comporter au plus 256 caractères.
field-error-password-same-as-login = Le mot de passe ne doit pas être identique au nom d’utilisateur.
changes-title = Dernières modifications
changes-all = Toutes les modifications
changes-none = Aucune modification pour l’instant.
changes-older = Modifications plus anciennes
deleted-title = Fiches supprimées
history-title = Historique de { $name }
history-done = Terminé. L’historique ci-dessous montre la modification.
version-title = Version { $id }
version-back-to-history = Retour à l’historique
version-restore = Restaurer l’état après cette modification
version-restore-before = Annuler cette modification (restaurer l’état antérieur)
version-restore-explained = La restauration réécrit cette version. La version actuelle reste dans l’historique et peut à son tour être restaurée.
version-compare = Avant et après cette modification
version-field = Champ
version-before = Avant
version-after = Après
version-changed = modifié
restore-refused = Cette version ne peut pas être restaurée en l’état{ "\u00A0" }: { $detail }
channel-web = espace de travail
channel-api = API
channel-cli = ligne de commande
channel-system = automatique
audit-action-create = Création
audit-action-update = Modification
audit-action-delete = Suppression
audit-action-restore = Restauration
audit-action-publish = Publication
audit-action-unpublish = Retour en brouillon
audit-action-sign_in = Connexion
audit-action-expire = Suppression à l’expiration du délai de conservation
audit-entity-body = collectivité
audit-entity-partnership = partenariat
audit-entity-contact_point = point de contact
audit-entity-user = compte
audit-entity-api_token = jeton d’API
audit-entity-registry = registre
audit-entity-inquiry = demande

## Boîte de réception des demandes (espace de travail)

workbench-nav-inbox = Boîte de réception
inbox-title = Boîte de réception
inbox-no-mail-server = Aucun serveur de messagerie n’est configuré (PARTNERPORTAL_SMTP_URL){ "\u202F" }: les nouvelles demandes ne sont pas signalées par courriel et n’apparaissent qu’ici.
inbox-filter-label = Demandes par statut
inbox-all = Toutes
inbox-empty = Aucune demande.
inbox-col-received = Reçue le
inbox-col-subject = Objet
inbox-col-sender = Expéditeur
inbox-col-status = Statut
inbox-col-assignee = Attribuée à
inbox-col-notified = Signalée par courriel
inbox-notified-yes = oui
inbox-notified-no = pas encore
inbox-older = Demandes plus anciennes
inbox-back = Retour à la boîte de réception
inbox-bad-query = L’adresse contient des indications non valides.
inbox-unknown-status = Statut inconnu «{ "\u202F" }{ $value }{ "\u202F" }».
inbox-unknown-assignee = «{ "\u202F" }{ $value }{ "\u202F" }» n’est pas un compte actif auquel des demandes peuvent être attribuées.
inquiry-title = Demande { $id }
inquiry-reference = Numéro de dossier
inquiry-sender = Expéditeur
inquiry-email = Adresse électronique
inquiry-partnership = Partenariat
inquiry-language = Langue du formulaire
inquiry-consent = Consentement
inquiry-consent-version = donné (version { $value })
inquiry-mail = Signalement par courriel
inquiry-mail-sent = envoyé le { $date }
inquiry-mail-pending = en cours d’envoi
inquiry-mail-off = non configuré (aucun serveur de messagerie)
inquiry-mail-failed = { $count ->
    [one] { $count } tentative échouée
   *[other] { $count } tentatives échouées
}
inquiry-message = Message
inquiry-handle = Traiter
inquiry-status-save = Enregistrer le statut
inquiry-assignee-nobody = personne
inquiry-assignee-save = Enregistrer l’attribution
inquiry-notes = Notes internes
inquiry-notes-empty = Pas encore de notes.
inquiry-note-by = { $name }, { $date }
inquiry-note-label = Nouvelle note (visible en interne uniquement)
inquiry-note-save = Ajouter la note
inquiry-note-error = Veuillez écrire une note de { $count } caractères au maximum.
inquiry-saved-status = Le statut a été enregistré.
inquiry-saved-assignee = L’attribution a été enregistrée.
inquiry-saved-note = La note a été ajoutée.
inquiry-history = Historique de cette demande

## Collectivités, comptes et jetons d’API (espace de travail)

workbench-nav-users = Comptes
workbench-nav-tokens = Jetons d’API
workbench-edit-body = modifier
workbench-bodies = Collectivités
workbench-open-body = Modifier une collectivité (identifiant)
workbench-open-body-submit = Ouvrir
new-body-title = Nouvelle collectivité
edit-body-title = Modifier la collectivité { $slug }
body-not-in-scope = Vous ne pouvez modifier que les collectivités dont vous avez la charge.
body-form-basics = Nom et type
body-form-name = Nom officiel
body-form-slug = Identifiant de la collectivité
body-form-slug-hint = Lettres minuscules, chiffres et traits d’union, par exemple wernigerode. L’identifiant devient une partie de l’adresse.
body-form-country = Pays
body-form-country-hint = Les deux lettres de la norme ISO 3166-1, par exemple DE, FR, PL ou RO.
body-form-parent = Se situe dans (identifiant de la collectivité supérieure)
body-form-website = Site web
body-form-website-hint = L’adresse complète, commençant par https://.
body-form-place = Situation et codes
body-form-coordinates-hint = Latitude et longitude en degrés décimaux, par exemple 51.8365 et 10.7822. Indiquez les deux ou aucune.
body-form-latitude = Latitude
body-form-longitude = Longitude
body-form-nuts = Code NUTS
body-form-lau = Code LAU (code de la commune)
body-form-wikidata = Identifiant Wikidata
body-form-wikidata-hint = Q suivi de chiffres, par exemple Q4187.
body-form-geonames = Identifiant GeoNames
body-form-geonames-hint = Le numéro du lieu chez GeoNames, par exemple 2809517 pour Wernigerode. La vérification des données le propose.
body-form-iso-3166-2 = Code ISO 3166-2
body-form-iso-3166-2-hint = Pour les Länder, régions et départements qui en ont un : pays, trait d’union, code, par exemple DE-ST ou FR-90.
body-form-validity = Existence
body-form-valid-from = Existe depuis
body-form-valid-to = A existé jusqu’en
body-form-description = Description
body-form-language-hint = Langues sous forme de code, par exemple de, pl ou hu.
body-form-names = Autres noms
body-form-names-hint = Noms dans d’autres langues, anciens noms et graphies relevées dans les sources. Les lignes vides sont ignorées{ "\u00A0" }; enregistrez pour en obtenir d’autres.
body-form-name-n = Nom { $n }
body-form-name-text = Nom
body-form-language = Langue
body-form-name-kind = Type de nom
body-form-facts = Données
body-form-facts-hint = Indiquez soit un nombre, soit un texte. Videz entièrement une ligne pour supprimer la donnée.
body-form-fact-n = Donnée { $n }
body-form-fact-key = Objet
body-form-fact-value = Nombre
body-form-fact-unit = Unité
body-form-fact-approximate = Valeur approximative
body-form-fact-text = Texte
body-form-fact-as-of = État au (date)
body-form-fact-note = Remarque
body-form-predecessors = Prédécesseurs
body-form-predecessors-hint = Collectivités auxquelles celle-ci a succédé, par exemple lors d’une réforme territoriale.
body-form-predecessor-n = Prédécesseur { $n }
body-form-predecessor-body = Prédécesseur (identifiant)
body-form-predecessor-kind = Type de succession
body-form-predecessor-date = Date
body-form-published-hint = Les brouillons ne sont visibles que par le personnel. Tant que des partenariats publiés montrent la collectivité, elle reste publiée.
body-form-delete-heading = Supprimer cette collectivité
body-form-delete-explained = Seule une collectivité à laquelle plus rien ne renvoie peut être supprimée. L’administration peut la restaurer depuis les enregistrements supprimés.
body-form-delete = Supprimer la collectivité
form-yes = oui
form-no = non
field-error-country = Utilisez les deux lettres de la norme ISO 3166-1, par exemple DE ou FR.
field-error-login = Le nom d’utilisateur compte de 1 à 100 caractères, sans espace.
field-error-login-taken = Ce nom d’utilisateur est déjà pris.
field-error-email = Indiquez une adresse électronique de la forme nom@example.org.
field-error-scope-required = Un compte de rédaction a besoin d’au moins une collectivité.
field-error-self-demotion = Vous ne pouvez pas vous retirer vos propres droits d’administration. Demandez-le à une autre personne de l’administration.
field-error-self-deactivation = Vous ne pouvez pas désactiver votre propre compte. Demandez-le à une autre personne de l’administration.
accounts-title = Comptes
accounts-back = Tous les comptes
accounts-col-name = Nom
accounts-col-scope = Collectivités
accounts-col-state = État
account-state-active = actif
account-state-disabled = désactivé
account-new-title = Nouveau compte
account-edit-title = Compte { $name }
account-details = Données du compte
account-login = Nom d’utilisateur
account-login-hint = Sans espace, par exemple anna.schulz. Il ne peut pas être modifié par la suite.
account-name = Nom (affiché dans l’espace de travail et dans l’historique)
account-email = Adresse électronique (facultative)
account-role = Rôle
account-role-hint = L’administration peut tout faire{ "\u00A0" }; la rédaction modifie ses collectivités et leurs partenariats{ "\u00A0" }; la lecture seule ne modifie rien.
account-scope = Collectivités prises en charge
account-scope-hint = Identifiants, un par ligne ou séparés par des virgules, par exemple wernigerode. Ne concerne que la rédaction.
account-scope-unknown = Il n’existe aucune collectivité portant l’identifiant «{ "\u00A0" }{ $slug }{ "\u00A0" }».
account-active = Le compte peut se connecter
account-active-hint = Retirer des droits ou désactiver le compte met fin immédiatement à toutes les sessions de la personne.
account-self-hint = Il s’agit de votre propre compte{ "\u00A0" }: vous ne pouvez pas vous retirer vous-même votre rôle ni la connexion.
account-password-initial = Premier mot de passe
account-password = Mot de passe
account-password-hint = Au moins 12 caractères. Communiquez-le à la personne de vive voix ou par téléphone{ "\u00A0" }; elle pourra le changer après s’être connectée.
account-create = Créer le compte
account-created = Le compte a été créé. Communiquez à la personne son nom d’utilisateur et son mot de passe.
account-saved = Le compte a été enregistré.
account-password-reset = Définir un nouveau mot de passe
account-password-reset-explained = Pour une personne qui a oublié le sien. Toutes ses sessions sont fermées{ "\u00A0" }; communiquez-lui le nouveau mot de passe.
account-password-reset-submit = Définir le mot de passe
account-password-set = Le nouveau mot de passe a été défini et les sessions de la personne ont été fermées.
tokens-title = Jetons d’API
tokens-intro = Les programmes s’identifient auprès de l’API avec un jeton (Authorization{ "\u00A0" }: Bearer …) pour lire les brouillons et modifier des enregistrements. Un jeton a les droits de son rôle et de ses collectivités.
tokens-list = Jetons existants
tokens-none = Il n’y a pas encore de jeton.
tokens-col-name = Nom
tokens-col-prefix = Début
tokens-col-created = Créé
tokens-col-last-used = Dernière utilisation
tokens-never-used = jamais
tokens-revoked = révoqué le
tokens-revoke = Révoquer
tokens-revoked-done = Le jeton a été révoqué. Les programmes qui l’utilisent sont désormais refusés.
tokens-new = Nouveau jeton
tokens-name = Nom
tokens-name-hint = À quoi sert le jeton, par exemple «{ "\u00A0" }Import ville de Wernigerode{ "\u00A0" }».
tokens-create = Créer le jeton
tokens-created-title = Votre nouveau jeton
tokens-created-warning = Copiez le jeton maintenant. Il n’est affiché que cette fois-ci{ "\u00A0" }; seule une empreinte en est enregistrée. S’il est perdu, révoquez-le et créez-en un nouveau.
tokens-created-label = Jeton «{ "\u00A0" }{ $name }{ "\u00A0" }»

## Contact points in the workbench
contact-points-title = Points de contact
contact-points-none = Il n’y a pas encore de point de contact que vous pouvez modifier.
contact-point-new-title = Nouveau point de contact
contact-point-edit-title = Modifier le point de contact { $name }
contact-point-body = Collectivité (identifiant)
contact-point-organisation = Organisation
contact-point-street = Rue et numéro
contact-point-postal-code = Code postal
contact-point-locality = Localité
contact-point-country = Pays (deux lettres, p. ex. DE)
contact-point-phone = Téléphone
contact-point-fax = Fax
contact-point-email = Courriel
contact-point-units = Unités administratives
contact-point-units-hint = Une par ligne, de la plus grande à la plus petite.
contact-point-note = Remarque (p. ex. heures d’ouverture)
contact-point-delete-heading = Supprimer ce point de contact
contact-point-delete = Supprimer le point de contact

## Open data

open-data-title = Données ouvertes
open-data-intro = Vous pouvez télécharger toutes les informations publiées par ce portail et les réutiliser librement, y compris à des fins commerciales. Veuillez citer «{ "\u00A0" }{ $name }{ "\u00A0" }» comme source.
open-data-licence = Licence de données Allemagne – attribution – version 2.0
open-data-licence-short = DL-DE-BY-2.0
open-data-downloads = Téléchargements
open-data-col-file = Fichier
open-data-col-content = Contenu
open-data-col-format = Format
open-data-col-size = Volume
open-data-col-licence = Licence
open-data-partnerships = Partenariats
open-data-bodies = Arrondissements, villes, communes et régions
open-data-format-csv = CSV (RFC 4180, UTF-8, avec ligne d’en-tête)
open-data-format-json = JSON
open-data-format-geojson = GeoJSON (RFC 7946), uniquement les entrées avec coordonnées
open-data-records = { $count ->
    [one] 1 enregistrement
   *[other] { $count } enregistrements
}
open-data-csv-note = Les fichiers CSV sont encodés en UTF-8 sans marque d’ordre des octets. Pour les ouvrir dans un tableur, utilisez l’import de texte et choisissez UTF-8. Les cellules commençant par =, +, - ou @ sont précédées d’une apostrophe afin de ne pas être exécutées comme formules.
open-data-api-heading = Interface de programmation (API)
open-data-api = L’API JSON sous /api/v1 fournit les mêmes données, filtrées et page par page. Le document OpenAPI décrit toutes les requêtes.
open-data-openapi = Document OpenAPI
open-data-catalog-heading = Fiche de catalogue (DCAT-AP.de)
open-data-catalog = La fiche de catalogue décrit le jeu de données et tous les téléchargements selon la norme DCAT-AP.de, afin que les portails de données ouvertes de l’État fédéral et des Länder allemands puissent la reprendre.
open-data-catalog-link = Fiche de catalogue en JSON-LD
open-data-pages-heading = Données structurées dans les pages
open-data-pages = Chaque page d’un partenariat et chaque page d’un arrondissement, d’une ville ou d’une région contient une description lisible par machine selon schema.org, au format JSON-LD.

## Data-quality check and review queue (partnerportal check, /workbench/review)
audit-entity-finding = Constat de contrôle
workbench-nav-review = Contrôle
quality-col-severity = Gravité
quality-col-record = Fiche
quality-col-field = Champ
quality-col-message = Constat
quality-col-suggestion = Suggestion
quality-severity-error = erreur
quality-severity-warning = avertissement
quality-severity-info = information
quality-dismissed = écarté
quality-summary = { $count } constats ouverts : { $errors } erreurs, { $warnings } avertissements, { $infos } informations ; { $dismissed } écartés.
quality-fact-without-source = La donnée « { $fact } » n’a pas de source.
quality-stale-fact = Le chiffre « { $fact } » date de { $date }, il y a plus de { $count } ans : vérifiez qu’il est toujours exact.
quality-fact-of-unknown-age = Le chiffre « { $fact } » n’a pas de date de référence ; son âge est inconnu.
quality-active-on-ended-body = Le partenariat est actif, mais { $name } n’existe plus (jusqu’en { $date }).
quality-active-on-succeeded-body = Le partenariat est actif, mais { $name } a été intégré à { $successor } et aucun transfert n’est enregistré.
quality-milestone-after-end = Une étape est datée de { $date }, après la fin du partenariat ({ $to }).
quality-validity-out-of-order = La validité se termine ({ $to }) avant de commencer ({ $from }).
quality-succession-before-predecessor = La succession de { $name } est datée de { $date }, avant la création de { $name } ({ $from }).
quality-ended-without-end-milestone = Le partenariat est marqué comme terminé, mais sa chronologie ne comporte pas de fin.
quality-missing-coordinates = { $name } n’a pas de coordonnées ; la carte ne peut pas l’afficher.
quality-missing-wikidata = { $name } n’a pas d’identifiant Wikidata.
quality-missing-geonames = { $name } n’a pas d’identifiant GeoNames ; le répertoire géographique connaît le lieu.
quality-missing-translation = L’histoire du partenariat est racontée en allemand, mais pas en anglais.
quality-country-mismatch = { $name } est enregistré en/au { $country_name } ({ $country }), mais le répertoire géographique le situe en/au { $value_name } ({ $value }).
quality-name-not-official = « { $name } » diffère de la forme officielle « { $official } ».
quality-unknown-place = Le répertoire géographique ne connaît aucun lieu « { $name } » en/au { $country_name } ({ $country }).
review-title = Contrôle des données
review-intro = Ce que le contrôle de qualité a trouvé dans les fiches : pays ou graphies erronés, données sans source ou anciennes, contradictions entre prédécesseurs et successeurs, coordonnées, identifiants et traductions manquants. Vous pouvez accepter une suggestion, corriger la fiche à la main ou écarter le constat en le motivant.
review-filter-label = Filtrer par gravité
review-all = Tous
review-empty = Aucun constat n’est ouvert.
review-read-only = Votre rôle vous permet de lire les constats, pas d’en décider.
review-field = Champ { $field }
review-suggestion = Suggestion : { $value }
review-accept = Accepter la suggestion
review-correct = Corriger à la main
review-dismiss = Écarter
review-reason = Motif de l’écartement
review-reason-required = Veuillez indiquer pourquoi vous écartez ce constat.
review-done-accepted = La suggestion a été acceptée ; la fiche est modifiée et la modification figure dans son historique.
review-done-dismissed = Le constat a été écarté. Il ne réapparaîtra que si la valeur concernée change.
review-open-record = Voir la fiche
review-attribution = Lieux comparés avec des données de GeoNames (geonames.org), sous licence CC BY 4.0.
