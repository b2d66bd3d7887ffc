//! `--serde-by-use`: a struct derives `Serialize` only when a request sends it and
//! `Deserialize` only when a response returns it. The fixture's crate is built, and code that
//! encodes a type only ever received must not compile.

use codegen::{CrateOptions, SpecInput};
use session_apis_tests::scratch;

fn generate(serde_by_use: bool) -> codegen::GeneratedCrate {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/features_by_tag.yaml");
    let input = SpecInput {
        display_path: "tests/fixtures/features_by_tag.yaml".into(),
        text: std::fs::read_to_string(path).unwrap(),
        module: "store".into(),
        base_dir: None,
    };
    let opts = CrateOptions {
        crate_name: "lean-store".into(),
        deny_warnings: true,
        command: "cargo test -p session-apis-tests --test serde_by_use".into(),
        serde_by_use,
        ..Default::default()
    };
    codegen::generate_crate(&[input], &opts).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// The `#[derive(..)]` line right above `pub struct NAME `.
fn derive_of<'t>(types: &'t str, name: &str) -> &'t str {
    let lines: Vec<&str> = types.lines().collect();
    let at = lines.iter().position(|l| l.starts_with(&format!("pub struct {name} "))).expect(name);
    lines[..at].iter().rev().find(|l| l.starts_with("#[derive(")).expect("a derive")
}

#[test]
fn structs_derive_what_their_direction_needs() {
    let lean = generate(true);
    let types = &lean.files["src/types.rs"];
    let both = |name: &str| {
        let d = derive_of(types, name);
        d.contains("::serde::Serialize") && d.contains("::serde::Deserialize")
    };
    let only = |name: &str, which: &str, not: &str| {
        let d = derive_of(types, name);
        assert!(d.contains(which) && !d.contains(not), "{name}: {d}");
    };
    only("User", "::serde::Deserialize", "::serde::Serialize");
    only("Problem", "::serde::Deserialize", "::serde::Serialize");
    only("Note", "::serde::Serialize", "::serde::Deserialize");
    // Order is sent and returned; Pet is in it; Newsletter no operation uses, and Category
    // is inside it.
    for name in ["Order", "Pet", "Newsletter", "Category"] {
        assert!(both(name), "{name}: {}", derive_of(types, name));
    }
    // Without the option, every struct has both.
    let full = generate(false);
    let types = &full.files["src/types.rs"];
    for name in ["User", "Note", "Problem"] {
        let d = derive_of(types, name);
        assert!(d.contains("::serde::Serialize") && d.contains("::serde::Deserialize"), "{name}: {d}");
    }
}

const DIRECTIONS: &str = r#"
#[test]
fn each_way_it_is_used() {
    let user: lean_store::types::User = serde_json::from_value(serde_json::json!({"login": "ada"})).unwrap();
    assert_eq!(user.login.as_deref(), Some("ada"));
    let note = lean_store::types::Note::default().with_text("hi");
    assert_eq!(serde_json::to_value(&note).unwrap(), serde_json::json!({"text": "hi"}));
    let order = lean_store::types::Order::new(lean_store::types::Pet::new("Rex"));
    let back: lean_store::types::Order = serde_json::from_value(serde_json::to_value(&order).unwrap()).unwrap();
    assert_eq!(back, order);
}
"#;

const ENCODES_A_RECEIVED_TYPE: &str = r#"
#[test]
fn encode_user() {
    let user = lean_store::types::User::default();
    let _ = serde_json::to_value(&user);
}
"#;

#[test]
fn the_lean_crate_builds_and_a_received_type_cannot_be_encoded() {
    let krate = generate(true);
    let dir = scratch::write_crate(
        "serde-by-use",
        &krate.files,
        &[("tests/directions.rs", DIRECTIONS), ("tests/encode_user.rs", ENCODES_A_RECEIVED_TYPE)],
    );
    let run = |args: &[&str]| {
        let out = scratch::cargo(&dir, args);
        (
            out.status.success(),
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        )
    };
    let (ok, log) = run(&["test", "--quiet", "--test", "directions"]);
    assert!(ok && log.contains("1 passed"), "{log}");
    let (ok, log) = run(&["test", "--quiet", "--test", "encode_user"]);
    assert!(!ok && log.contains("Serialize"), "{log}");
    std::fs::remove_dir_all(&dir).unwrap();
}
