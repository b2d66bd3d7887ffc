//! `--features-by-tag`: each tag (an untagged operation: its path's first segment) is a
//! cargo feature holding its operations and the types only they use. The fixture's crate is
//! built with some features off, and code that uses an operation of a feature that is off
//! must not compile.

use codegen::{CrateOptions, SpecInput};
use session_apis_tests::scratch;

fn generate() -> codegen::GeneratedCrate {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/features_by_tag.yaml");
    let input = SpecInput {
        display_path: "tests/fixtures/features_by_tag.yaml".into(),
        text: std::fs::read_to_string(path).unwrap(),
        module: "store".into(),
        base_dir: None,
    };
    let opts = CrateOptions {
        crate_name: "tagged-store".into(),
        deny_warnings: true,
        command: "cargo test -p session-apis-tests --test features_by_tag".into(),
        features_by_tag: true,
        ..Default::default()
    };
    codegen::generate_crate(&[input], &opts).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// The attribute lines right above `item` in `text`.
fn attrs_before<'t>(text: &'t str, item: &str) -> Vec<&'t str> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.starts_with(item)).unwrap_or_else(|| panic!("no `{item}`:\n{text}"));
    lines[..at]
        .iter()
        .rev()
        .map(|l| l.trim_start())
        .take_while(|l| l.starts_with("#[") || l.starts_with("///"))
        .collect()
}

#[test]
fn operations_and_the_types_only_they_use_are_behind_their_tag() {
    let krate = generate();
    let manifest = &krate.files["Cargo.toml"];
    assert!(manifest.contains("default = [\"full\"]\nfull = [\"pets\", \"store\", \"users\"]\n"), "{manifest}");
    for f in ["pets = []", "store = []", "users = []", "tracing = [\"dep:tracing\"]"] {
        assert!(manifest.contains(f), "{f}: {manifest}");
    }
    let types = &krate.files["src/types.rs"];
    // `placeOrder`'s first tag is Store: Order is the store's; Pet is both tags'.
    assert!(attrs_before(types, "pub struct Order ").contains(&"#[cfg(feature = \"store\")]"), "{types}");
    assert!(
        attrs_before(types, "pub struct Pet ").contains(&"#[cfg(any(feature = \"pets\", feature = \"store\"))]"),
        "{types}"
    );
    assert!(attrs_before(types, "impl Pet ").contains(&"#[cfg(any(feature = \"pets\", feature = \"store\"))]"));
    assert!(attrs_before(types, "pub struct User ").contains(&"#[cfg(feature = \"users\")]"), "{types}");
    // Every operation's error body, and what an unused schema holds, are always there.
    for always in ["pub struct Problem ", "pub struct Newsletter ", "pub struct Category "] {
        assert!(!attrs_before(types, always).iter().any(|a| a.starts_with("#[cfg")), "{always}: {types}");
    }
    let ops = &krate.files["src/operations.rs"];
    assert!(attrs_before(ops, "pub struct GetUserRequest ").contains(&"#[cfg(feature = \"users\")]"), "{ops}");
    assert!(attrs_before(ops, "pub enum PlaceOrderError ").contains(&"#[cfg(feature = \"store\")]"), "{ops}");
    let client = &krate.files["src/client.rs"];
    assert!(attrs_before(client, "    pub async fn list_pets(").contains(&"#[cfg(feature = \"pets\")]"), "{client}");
    assert!(attrs_before(client, "fn decode_get_user(").contains(&"#[cfg(feature = \"users\")]"), "{client}");
}

const USES_PETS: &str = r#"
#[test]
fn pets_alone() {
    let pet = tagged_store::types::Pet::new("Rex").with_category(tagged_store::types::Category::default());
    assert_eq!(serde_json::to_value(&pet).unwrap(), serde_json::json!({"name": "Rex", "category": {}}));
    let _call = tagged_store::ListPetsRequest::new();
    let _client = tagged_store::Client::builder().build().unwrap();
}
"#;

const USES_STORE: &str = r#"
#[test]
fn store() {
    let order = tagged_store::types::Order::new(tagged_store::types::Pet::new("Rex"));
    let _call = tagged_store::PlaceOrderRequest::new(order);
}
"#;

#[test]
fn a_crate_with_one_tag_on_builds_without_warnings_and_has_only_that_tag() {
    let krate = generate();
    let dir = scratch::write_crate(
        "features-by-tag",
        &krate.files,
        &[("tests/pets.rs", USES_PETS), ("tests/store.rs", USES_STORE)],
    );
    let run = |args: &[&str]| {
        let out = scratch::cargo(&dir, args);
        (
            out.status.success(),
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        )
    };
    // No feature at all: the types every operation or none uses, the client, no warning
    // (the crate denies warnings).
    let (ok, log) = run(&["build", "--quiet", "--no-default-features"]);
    assert!(ok, "{log}");
    let (ok, log) = run(&["test", "--quiet", "--no-default-features", "--features", "pets", "--test", "pets"]);
    assert!(ok && log.contains("1 passed"), "{log}");
    // The store's operation is not there with only `pets` on...
    let (ok, log) = run(&["test", "--quiet", "--no-default-features", "--features", "pets", "--test", "store"]);
    assert!(!ok && log.contains("PlaceOrderRequest"), "{log}");
    // ...and is by default.
    let (ok, log) = run(&["test", "--quiet", "--test", "store"]);
    assert!(ok && log.contains("1 passed"), "{log}");
    std::fs::remove_dir_all(&dir).unwrap();
}
