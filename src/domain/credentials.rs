//! Secrets: password hashing (argon2id, PHC strings) and random tokens, of which only a SHA-256
//! digest is ever stored.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use sha2::{Digest, Sha256};

/// The shortest password accepted. Long passphrases beat complexity rules (NIST SP 800-63B).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Argon2 hashes whatever it is given; a cap keeps a megabyte "password" from costing a megabyte
/// of hashing per attempt.
pub const MAX_PASSWORD_CHARS: usize = 256;

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    #[error("the password must have at most {MAX_PASSWORD_CHARS} characters")]
    TooLong,
    #[error("the password must not be the login name")]
    SameAsLogin,
}

impl PasswordProblem {
    /// The translation message id for forms.
    pub fn message_id(&self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::SameAsLogin => "password-same-as-login",
        }
    }
}

/// A password a person chose, checked against the policy. Never printed.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(password: &str, login: &str) -> Result<NewPassword, PasswordProblem> {
        let chars = password.chars().count();
        if chars < MIN_PASSWORD_CHARS {
            return Err(PasswordProblem::TooShort);
        }
        if chars > MAX_PASSWORD_CHARS {
            return Err(PasswordProblem::TooLong);
        }
        if password.trim().eq_ignore_ascii_case(login.trim()) {
            return Err(PasswordProblem::SameAsLogin);
        }
        Ok(NewPassword(password.to_owned()))
    }

    /// The argon2id PHC string to store (fresh random salt, the crate's recommended parameters).
    pub fn hash(&self) -> String {
        Argon2::default()
            .hash_password(self.0.as_bytes())
            .expect("argon2 with default parameters hashes any password")
            .to_string()
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// Checks a password against a stored PHC string. A malformed stored hash never matches.
pub fn verify_password(password: &str, stored_hash: &str) -> bool {
    if password.chars().count() > MAX_PASSWORD_CHARS {
        return false;
    }
    match PasswordHash::new(stored_hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends the time of one verification, so an unknown login answers as slowly as a wrong
/// password and does not reveal which accounts exist.
pub fn verify_against_nothing(password: &str) {
    use std::sync::LazyLock;
    static DUMMY: LazyLock<String> =
        LazyLock::new(|| NewPassword("a password nobody has".into()).hash());
    let _ = verify_password(password, &DUMMY);
}

/// A fresh random token: 32 bytes from the operating system, hex-encoded, with a readable prefix
/// that says what it is (`pps_` for sessions, `ppt_` for API tokens).
pub fn random_token(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    let mut token = String::with_capacity(prefix.len() + 64);
    token.push_str(prefix);
    token.push_str(&hex(&bytes));
    token
}

/// What is stored of a token: its SHA-256, hex-encoded.
pub fn token_digest(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Compares two secrets in time independent of where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (Sha256::digest(a.as_bytes()), Sha256::digest(b.as_bytes()));
    a.iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let password = NewPassword::parse("correct horse battery", "anna").unwrap();
        let stored = password.hash();
        assert!(stored.starts_with("$argon2id$"), "{stored}");
        assert!(verify_password("correct horse battery", &stored));
        assert!(!verify_password("correct horse batterY", &stored));
        assert!(!verify_password("correct horse battery", "not a hash"));
    }

    #[test]
    fn the_password_policy_names_what_is_wrong() {
        assert_eq!(
            NewPassword::parse("short", "anna").unwrap_err(),
            PasswordProblem::TooShort
        );
        assert_eq!(
            NewPassword::parse(&"x".repeat(257), "anna").unwrap_err(),
            PasswordProblem::TooLong
        );
        assert_eq!(
            NewPassword::parse("Wernigerode-Admin", "wernigerode-admin").unwrap_err(),
            PasswordProblem::SameAsLogin
        );
        assert_eq!(
            format!(
                "{:?}",
                NewPassword::parse("a long enough one", "x").unwrap()
            ),
            "NewPassword(…)"
        );
    }

    #[test]
    fn tokens_are_random_and_stored_as_digests() {
        let a = random_token("pps_");
        let b = random_token("pps_");
        assert_ne!(a, b);
        assert_eq!(a.len(), 4 + 64);
        assert_eq!(token_digest(&a).len(), 64);
        assert_ne!(token_digest(&a), a);
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
    }
}
