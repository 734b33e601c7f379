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
