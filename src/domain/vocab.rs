//! The closed vocabularies of the registry: kinds of bodies, partnership levels, kinds and statuses,
//! milestone types, succession kinds and the shared topic taxonomy.
//!
//! Each vocabulary is stored in the database as its snake_case key (the same key appears in the seed
//! file, the API and the translation files), so adding a variant means adding a key in all of them.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Declares a closed vocabulary: serde keys, `as_str`, `parse` and the list of all keys.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $key:tt),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $key)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// Parses the stored key; `None` for anything else.
            pub fn parse(key: &str) -> Option<Self> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }

            /// All keys, for error messages that tell the caller what is allowed.
            pub fn keys() -> String {
                [$($key),+].join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// What kind of administrative body (or association) a body is.
    BodyKind {
        Country => "country",
        /// A region of the first level (German Land, French région, Polish voivodeship as a region).
        Region => "region",
        /// Second level: French département, Polish voivodeship, Romanian județ.
        Department => "department",
        /// District: German Landkreis, Polish powiat, Danish kommune of the regional reform.
        District => "district",
        /// Town, city or commune (Gemeinde, commune, gmina).
        Municipality => "municipality",
        /// A village or Ortsteil inside a municipality.
        Locality => "locality",
        /// A twinning association or other non-governmental body.
        Association => "association",
    }
}

vocabulary! {
    /// The administrative level a partnership is maintained at.
    PartnershipLevel {
        District => "district",
        Municipal => "municipal",
        Village => "village",
    }
}

vocabulary! {
    /// The kind of partnership as German twinning registries classify it.
    PartnershipKind {
        /// Partnerschaft: formal, sealed by a certificate, open-ended.
        Partnership => "partnership",
        /// Freundschaft: by agreement, often limited in time or scope.
        Friendship => "friendship",
        /// Kontakt: informal relations.
        Contact => "contact",
        /// Projektpartnerschaft: one project, limited in time.
        Project => "project",
    }
}

vocabulary! {
    PartnershipStatus {
        Active => "active",
        Dormant => "dormant",
        Ended => "ended",
    }
}

vocabulary! {
    /// A step in the life of a partnership.
    MilestoneType {
        FirstContact => "first_contact",
        Friendship => "friendship",
        DeclarationOfIntent => "declaration_of_intent",
        Contract => "contract",
        CooperationAgreement => "cooperation_agreement",
        Transfer => "transfer",
        Confirmation => "confirmation",
        /// Something that happened within the partnership (a first volunteer, an anniversary).
        Event => "event",
        End => "end",
    }
}

vocabulary! {
    /// How one body became (part of) another.
    SuccessionKind {
        /// Several bodies merged into a new one.
        Merger => "merger",
        Renaming => "renaming",
        /// A body became part of an existing one.
        Incorporation => "incorporation",
        Split => "split",
    }
}

vocabulary! {
    /// The shared cooperation topic taxonomy.
    Topic {
        YouthSocialWork => "youth_social_work",
        CultureHeritage => "culture_heritage",
        HistoryRemembrance => "history_remembrance",
        Tourism => "tourism",
        Economy => "economy",
        Environment => "environment",
        HealthSocial => "health_social",
        Education => "education",
        Sport => "sport",
        PublicAdministration => "public_administration",
        RegionalMarketing => "regional_marketing",
        Volunteering => "volunteering",
    }
}

vocabulary! {
    /// What a fact about a body states.
    FactKey {
        Population => "population",
        Area => "area",
        Density => "density",
        Capital => "capital",
        Localities => "localities",
        Towns => "towns",
        Communes => "communes",
        Municipalities => "municipalities",
        Economy => "economy",
        Location => "location",
        Neighbours => "neighbours",
        History => "history",
        Landmarks => "landmarks",
    }
}

vocabulary! {
    /// What kind of name an other name is.
    NameKind {
        /// The official name in another official language.
        Official => "official",
        /// A name used in another language (Heltau for Cisnădie).
        Exonym => "exonym",
        /// A spelling found in a source, kept so searches and imports find the body.
        Variant => "variant",
        Former => "former",
    }
}

vocabulary! {
    /// Qualifies a partial date the way sources speak: "Anfang 2003", "Ende 2003".
    DateQualifier {
        Early => "early",
        Mid => "mid",
        Late => "late",
        Circa => "circa",
        Before => "before",
        After => "after",
    }
}

impl DateQualifier {
    /// Orders qualified dates of the same period: before < early < (plain) < mid < late < after.
    pub fn rank(qualifier: Option<DateQualifier>) -> u8 {
        match qualifier {
            Some(DateQualifier::Before) => 0,
            Some(DateQualifier::Early) => 1,
            None | Some(DateQualifier::Circa) => 2,
            Some(DateQualifier::Mid) => 3,
            Some(DateQualifier::Late) => 4,
            Some(DateQualifier::After) => 5,
        }
    }
}

impl PartnershipLevel {
    /// Lists show district partnerships before municipal ones before villages.
    pub fn rank(self) -> u8 {
        match self {
            PartnershipLevel::District => 0,
            PartnershipLevel::Municipal => 1,
            PartnershipLevel::Village => 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_parses_back_to_its_variant() {
        for topic in Topic::ALL {
            assert_eq!(Topic::parse(topic.as_str()), Some(*topic));
        }
        for kind in BodyKind::ALL {
            assert_eq!(BodyKind::parse(kind.as_str()), Some(*kind));
        }
        for t in MilestoneType::ALL {
            assert_eq!(MilestoneType::parse(t.as_str()), Some(*t));
        }
    }

    #[test]
    fn unknown_keys_are_rejected_and_listed() {
        assert_eq!(PartnershipStatus::parse("Active"), None);
        assert_eq!(PartnershipStatus::parse(""), None);
        assert_eq!(PartnershipStatus::keys(), "active, dormant, ended");
    }

    #[test]
    fn serde_uses_the_stored_keys() {
        let json = serde_json::to_string(&MilestoneType::DeclarationOfIntent).unwrap();
        assert_eq!(json, "\"declaration_of_intent\"");
    }
}
