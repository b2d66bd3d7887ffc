//! The identifiers the emitter writes on its own, found by generating
//! `fixtures/vocabulary.yaml` (whose every name contains `zq`) and collecting every identifier
//! of the output that does not. Shared by `build.rs` (which builds the hygiene spec from them)
//! and the library (for the property test's name pool).

use std::collections::BTreeSet;

use proc_macro2::{TokenStream, TokenTree};

/// The marker every name of `fixtures/vocabulary.yaml` carries.
pub const MARKER: &str = "zq";

/// Every identifier in `sources` (Rust files) that does not contain [`MARKER`], any case,
/// without the `r#` of raw identifiers.
pub fn emitter_identifiers(sources: &[&str]) -> BTreeSet<String> {
    fn walk(tokens: TokenStream, out: &mut BTreeSet<String>) {
        for tree in tokens {
            match tree {
                TokenTree::Ident(i) => {
                    let name = i.to_string();
                    let name = name.strip_prefix("r#").unwrap_or(&name);
                    if !name.to_ascii_lowercase().contains(MARKER) {
                        out.insert(name.to_owned());
                    }
                }
                TokenTree::Group(g) => walk(g.stream(), out),
                _ => {}
            }
        }
    }
    let mut out = BTreeSet::new();
    for source in sources {
        let tokens: TokenStream = source.parse().expect("generated code tokenizes");
        walk(tokens, &mut out);
    }
    out
}
