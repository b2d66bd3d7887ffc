//! Turning spec names into Rust identifiers.
//!
//! Every name that reaches generated code passes through here exactly once, in `lower`.
//! The result is always a valid identifier: ASCII only (other characters are spelled out
//! as `uXXXX`), never empty, never starting with a digit, never a keyword that cannot be
//! written as a raw identifier. Uniqueness within a scope is the job of [`Namer`].

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords of every edition; `r#` makes most of them usable as identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract",
    "become", "box", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
    "union",
];

/// Keywords that cannot be raw identifiers; they get a trailing underscore instead.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// The names the Rust prelude (2024) brings into every module: types, traits and variants.
/// Generated code uses them unqualified, so no generated type may take one; they are
/// reserved in the namespace of an API's types (a schema named `Result` becomes `Result2`).
pub const PRELUDE_TYPES: &[&str] = &[
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "IntoIterator",
    "ToString",
    "ToOwned",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "AsRef",
    "AsMut",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Self",
    "Unpin",
    "Extend",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "FromIterator",
    "Future",
    "IntoFuture",
];

/// Replaces every character that cannot appear in an ASCII identifier: non-ASCII
/// alphanumerics are spelled `uXXXX` so that distinct names stay distinct; everything else
/// becomes a word separator.
fn ascii_words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_alphanumeric() {
            out.push_str(&format!(" u{:04x} ", c as u32));
        } else {
            out.push(' ');
        }
    }
    out
}

/// `snake_case` identifier for fields, parameters, functions and modules.
/// Keywords come back as raw identifiers (`r#type`).
pub fn snake(raw: &str) -> String {
    let mut s = ascii_words(raw).to_snake_case();
    if s.is_empty() {
        s = "field".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    fix_keyword(s)
}

/// `UpperCamelCase` identifier for types and variants.
pub fn camel(raw: &str) -> String {
    let mut s = ascii_words(raw).to_upper_camel_case();
    if s.is_empty() {
        s = "Empty".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    fix_keyword(s)
}

/// `UpperCamelCase` for a type name (`self` gives `SelfType`: `Self_` is not UpperCamelCase).
/// Uniqueness, and staying clear of the prelude, is the namespace's [`Namer`]'s job.
pub fn type_name(raw: &str) -> String {
    let s = camel(raw);
    if s == "Self_" { "SelfType".to_owned() } else { s }
}

/// `SCREAMING_SNAKE_CASE` for constants.
pub fn screaming(raw: &str) -> String {
    let s = snake(raw);
    s.trim_start_matches("r#").to_uppercase()
}

/// A snake_case name without its `r#`, for building longer identifiers from it.
pub fn bare_snake(s: &str) -> &str {
    s.strip_prefix("r#").unwrap_or(s)
}

fn fix_keyword(s: String) -> String {
    if NOT_RAW.contains(&s.as_str()) {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// Hands out unique names within one scope (a module's types, a struct's fields, an enum's
/// variants). Deterministic: the same sequence of requests yields the same names.
#[derive(Debug, Default, Clone)]
pub struct Namer {
    used: BTreeSet<String>,
}

impl Namer {
    /// A scope in which `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namer { used: reserved.iter().map(|s| s.to_string()).collect() }
    }

    /// Claims `candidate`, or `candidate2`, `candidate3`, ... if it is taken.
    pub fn claim(&mut self, candidate: String) -> String {
        if self.used.insert(candidate.clone()) {
            return candidate;
        }
        let base = candidate.trim_start_matches("r#").trim_end_matches('_');
        let sep = if base.ends_with(|c: char| c.is_ascii_digit()) { "_" } else { "" };
        (2..)
            .map(|n| format!("{base}{sep}{n}"))
            .find(|name| self.used.insert(name.clone()))
            .expect("an unused numbered name always exists")
    }

    /// True if `name` is taken.
    pub fn is_taken(&self, name: &str) -> bool {
        self.used.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_valid() {
        assert_eq!(snake("accountId"), "account_id");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("1st"), "_1st");
        assert_eq!(snake(""), "field");
        assert_eq!(snake("x-correlator"), "x_correlator");
        assert_eq!(snake("größe"), "gr_u00f6_u00df_e");
        assert_eq!(camel("CALLTYPE_EMERGENCY_NOT_SUPPORTED"), "CalltypeEmergencyNotSupported");
        assert_eq!(camel("5XX"), "V5xx");
        assert_eq!(camel("*/\"#"), "Empty");
        assert_eq!(type_name("Result"), "Result");
        assert_eq!(type_name("self"), "SelfType");
        assert_eq!(screaming("apiRoot"), "API_ROOT");
    }

    #[test]
    fn namer_makes_names_unique() {
        let mut n = Namer::with_reserved(&["body"]);
        assert_eq!(n.claim("body".into()), "body2");
        assert_eq!(n.claim("id".into()), "id");
        assert_eq!(n.claim("id".into()), "id2");
        assert_eq!(n.claim("v1".into()), "v1");
        assert_eq!(n.claim("v1".into()), "v1_2");
        assert_eq!(n.claim("r#type".into()), "r#type");
        assert_eq!(n.claim("r#type".into()), "type2");
    }
}
