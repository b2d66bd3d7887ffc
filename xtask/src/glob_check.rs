//! A binary written into each corpus crate that imports the API and its types with globs
//! (`use api::*; use api::types::*;`) and names every public item of both: if two shared a
//! name, the use would be ambiguous and the crate would not compile.

use std::collections::BTreeMap;

/// The public items of a generated file: `(name, kind)` for `pub struct|enum|type|trait`.
fn public_items(text: &str) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for line in text.lines() {
        for (prefix, kind) in
            [("pub struct ", "type"), ("pub enum ", "type"), ("pub type ", "type"), ("pub trait ", "trait")]
        {
            if let Some(rest) = line.strip_prefix(prefix) {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    out.push((name, kind));
                }
            }
        }
    }
    out
}

/// The source of `src/bin/glob_imports.rs` for a crate named `crate_name` whose API is at
/// its root, from the crate's files.
pub fn source(crate_name: &str, files: &BTreeMap<String, String>) -> String {
    let krate = crate_name.replace('-', "_");
    let mut types = Vec::new();
    let mut traits = Vec::new();
    let mut has_types = false;
    for file in ["src/types.rs", "src/operations.rs", "src/client.rs"] {
        for (name, kind) in public_items(files.get(file).map(String::as_str).unwrap_or("")) {
            has_types |= file == "src/types.rs";
            if kind == "trait" { traits.push(name) } else { types.push(name) }
        }
    }
    // A spec without schemas has an empty `types`: its glob would be an unused import.
    let types_glob = if has_types { format!("use {krate}::types::*;\n") } else { String::new() };
    let mut out = format!(
        "//! Written by `cargo xtask corpus`: the crate's root and its `types` imported with globs, and\n\
         //! every public item of both named, so that two items of one name cannot go unnoticed.\n\
         #![deny(warnings)]\n\
         {types_glob}\
         use {krate}::*;\n\n"
    );
    traits.push("TokenProvider".to_owned());
    for (i, t) in traits.iter().enumerate() {
        out.push_str(&format!("#[allow(dead_code)]\nfn uses_trait_{i}<T: ?Sized + {t}>() {{}}\n"));
    }
    out.push_str("\nfn main() {\n    let names = [\n");
    for t in &types {
        out.push_str(&format!("        ::std::any::type_name::<{t}>(),\n"));
    }
    for runtime in ["Error<()>", "Response<()>", "RetryPolicy", "RequestOptions", "BoxError", "BuildError"] {
        out.push_str(&format!("        ::std::any::type_name::<{runtime}>(),\n"));
    }
    out.push_str(
        "    ];\n    assert!(!names.is_empty());\n    let _ = (DEFAULT_TIMEOUT, DEFAULT_BASE_URL, SERVERS);\n}\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    fn files(types: &str) -> BTreeMap<String, String> {
        BTreeMap::from([
            ("src/types.rs".to_owned(), types.to_owned()),
            ("src/operations.rs".to_owned(), "pub struct GetThingRequest {}\n".to_owned()),
            ("src/client.rs".to_owned(), "pub struct Client {}\npub trait ThingsApi {}\n".to_owned()),
        ])
    }

    #[test]
    fn every_public_item_is_named_and_types_are_imported_only_when_there_are_some() {
        let with = super::source("my-api", &files("pub struct Thing {}\npub enum Kind {}\n"));
        assert!(with.contains("use my_api::types::*;"));
        for item in ["type_name::<Thing>", "type_name::<Kind>", "type_name::<GetThingRequest>", "T: ?Sized + ThingsApi"]
        {
            assert!(with.contains(item), "{item} in {with}");
        }
        // oai's api-with-examples has no schemas: a glob of nothing is an unused import.
        let without = super::source("my-api", &files("//! nothing\n"));
        assert!(!without.contains("::types::"), "{without}");
        assert!(without.contains("use my_api::*;"));
    }
}
