//! Bad and hostile specs (`tests/hostile/`): each bad one gives the exact error kind at the
//! exact place, never a panic; the hostile one (`names.yaml`) generates a crate that
//! compiles and keeps every odd name on the wire.

use std::path::{Path, PathBuf};

use codegen::diagnostics::{Diagnostic, Kind, Severity};
use codegen::{CrateOptions, SpecInput};
use quote::ToTokens;

fn hostile_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("hostile")
}

/// Generates `hostile/<name>` as `generate_crate` would, with the fixture's folder as base.
fn generate(name: &str) -> Result<(codegen::ApiFiles, Vec<Diagnostic>), Vec<Diagnostic>> {
    let path = hostile_dir().join(name);
    let display = format!("hostile/{name}");
    let text = codegen::load::read_text(&path, &display).map_err(|d| vec![d])?;
    codegen::generate_api_with_base(&display, &text, "api", path.parent())
}

fn errors(name: &str) -> Vec<Diagnostic> {
    match generate(name) {
        Ok(_) => panic!("{name} should not generate"),
        Err(diags) => diags.into_iter().filter(|d| d.severity == Severity::Error).collect(),
    }
}

/// (kind, file, pointer, line and column) of a diagnostic, for comparing.
fn place(d: &Diagnostic) -> (Kind, &str, &str, Option<(usize, usize)>) {
    (d.kind, d.file.as_str(), d.pointer.as_str(), d.line_col)
}

/// One error, of this kind, at this place, with a message and a help line.
fn assert_one(name: &str, kind: Kind, pointer: &str, line_col: Option<(usize, usize)>) -> Diagnostic {
    let errs = errors(name);
    assert_eq!(errs.len(), 1, "{name}: {errs:#?}");
    let d = errs.into_iter().next().unwrap();
    let file = format!("hostile/{name}");
    assert_eq!(place(&d), (kind, file.as_str(), pointer, line_col), "{name}: {d:#?}");
    assert!(!d.message.is_empty() && !d.message.contains('\n'), "{name}: one-line message: {d:#?}");
    assert!(d.help.as_deref().is_some_and(|h| !h.is_empty()), "{name}: help line: {d:#?}");
    d
}

#[test]
fn files_that_are_not_openapi_3() {
    assert_one("empty.yaml", Kind::NotOpenApi, "", None);
    assert_one("not_openapi.yaml", Kind::NotOpenApi, "", None);
    let d = assert_one("not_yaml.yaml", Kind::Syntax, "", Some((6, 1)));
    assert!(d.message.contains("invalid YAML"), "{}", d.message);
    assert_one("unclosed.yaml", Kind::Syntax, "", Some((9, 1)));
    let d = assert_one("swagger2.yaml", Kind::UnsupportedVersion, "#/swagger", Some((1, 1)));
    assert!(d.message.contains("Swagger 2.0"), "{}", d.message);
    let d = assert_one("openapi4.yaml", Kind::UnsupportedVersion, "#/openapi", Some((1, 1)));
    assert!(d.message.contains("4.0.0"), "{}", d.message);
}

#[test]
fn openapi_3_1_documents_generate_and_their_hostile_inputs_are_located() {
    // Once rejected as "not supported yet": a 3.1 document with nothing in it generates.
    let (files, warnings) = generate("openapi31.yaml").unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert_eq!((files.operation_count, files.type_count), (0, 0));
    // A `type` list of every type, and `$defs` referring to each other, generate without
    // warnings (and compile: both are in the regression list of tests/proptest_specs.rs).
    let (files, warnings) = generate("openapi31_types.yaml").unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(warnings.is_empty(), "{warnings:#?}");
    for variant in ["Object(Box<EverythingObject>)", "String(String)", "Integer(i64)", "Number(f64)", "Boolean(bool)"] {
        assert!(files.types.contains(variant), "{variant} missing from:\n{}", files.types);
    }
    let (files, warnings) = generate("openapi31_defs.yaml").unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert!(files.types.contains("pub struct Node"), "{}", files.types);
    // `$ref`s through `$defs` that only point at each other, at the `$ref` that starts it.
    assert_one("openapi31_defs_cycle.yaml", Kind::RefCycle, "#/components/schemas/Loop", Some((8, 7)));
    let d = assert_one("openapi31_dialect.yaml", Kind::UnsupportedVersion, "#/jsonSchemaDialect", Some((4, 1)));
    assert!(d.message.contains("2019-09"), "{}", d.message);
}

#[test]
fn nesting_past_the_loaders_limit_is_an_error_in_yaml_and_json() {
    let errs = errors("too_deep.yaml");
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert_eq!(errs[0].kind, Kind::TooDeep);
    assert_eq!(errs[0].line_col.map(|(l, _)| l), Some(6), "{errs:#?}");
    let json = format!(
        "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{}}, \"x\": {}{}}}",
        "[".repeat(300),
        "]".repeat(300)
    );
    let errs = codegen::generate_api("deep.json", &json, "api").map(|_| ()).unwrap_err();
    assert_eq!(errs[0].kind, Kind::TooDeep, "{errs:#?}");
    assert_eq!(errs[0].line_col.map(|(l, _)| l), Some(1));
}

#[test]
fn aliases_that_expand_without_bound_are_an_error() {
    let errs = errors("alias_bomb.yaml");
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert_eq!(errs[0].kind, Kind::TooDeep);
    assert!(errs[0].message.contains("aliases"), "{}", errs[0].message);
}

#[test]
fn definitions_nested_past_the_bound_are_an_error_not_a_stack_overflow() {
    // Schemas outside `components/schemas` are defined where first used, inside the
    // definition that uses them; a long chain of them, with or without inline objects in
    // between, must stop at the bound with a located error.
    let chain = |inline: bool| {
        let mut spec = String::from(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Root: {$ref: '#/x-defs/S0'}\nx-defs:\n",
        );
        for i in 0..200 {
            let next = format!("{{$ref: '#/x-defs/S{}'}}", i + 1);
            let inner = if inline {
                format!("{{type: object, properties: {{a: {{type: object, properties: {{next: {next}}}}}}}}}")
            } else {
                next
            };
            spec.push_str(&format!("  S{i}: {{type: object, properties: {{p: {inner}}}}}\n"));
        }
        spec.push_str("  S200: {type: string}\n");
        codegen::generate_api("chain.yaml", &spec, "api").map(|_| ()).unwrap_err()
    };
    for (inline, what) in [(false, "`$ref`s to schemas outside"), (true, "inline schemas nest")] {
        let errs = chain(inline);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!(errs[0].kind, Kind::TooDeep);
        assert!(errs[0].message.contains(what), "{}", errs[0].message);
        assert!(errs[0].pointer.starts_with("#/x-defs/S"), "{}", errs[0].pointer);
        assert!(errs[0].line_col.is_some(), "{errs:#?}");
    }
}

#[test]
fn bytes_that_are_not_utf8_text() {
    let dir = std::env::temp_dir().join(format!("hostile-bytes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("binary.yaml");
    std::fs::write(&path, b"openapi: 3.0.3\ninfo: \xff\xfe\x00garbage\n").unwrap();
    let errs = codegen::load::load_file(&path).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].kind, Kind::Syntax);
    assert_eq!(errs[0].line_col, Some((2, 7)), "{errs:#?}");
    assert!(errs[0].message.contains("not UTF-8"), "{}", errs[0].message);
}

#[test]
fn semantic_errors_are_located_in_the_source() {
    let d = assert_one(
        "missing_ref.yaml",
        Kind::UnresolvedRef,
        "#/components/schemas/Pet/properties/owner",
        Some((14, 11)),
    );
    assert!(d.message.contains("#/components/schemas/Owner"), "{}", d.message);
    let d = assert_one(
        "duplicate_operation_id.yaml",
        Kind::DuplicateOperationId,
        "#/paths/~1sessions~1all/get/operationId",
        Some((13, 7)),
    );
    assert!(d.message.contains("listSessions") && d.message.contains("#/paths/~1sessions/get"), "{}", d.message);
}

#[test]
fn an_undeclared_path_parameter_is_a_located_warning() {
    // Real specs do this; the parameter is sent as a required string, with a warning that
    // `--deny-warnings` (and `cargo xtask check`) turn into a failure.
    let (api, warnings) = generate("undeclared_path_param.yaml").unwrap_or_else(|e| panic!("{e:#?}"));
    let places: Vec<_> = warnings.iter().map(|d| (d.severity, place(d))).collect();
    assert_eq!(
        places,
        [(
            Severity::Warning,
            (
                Kind::UndeclaredPathParam,
                "hostile/undeclared_path_param.yaml",
                "#/paths/~1sessions~1{sessionId}/get",
                Some((7, 5))
            )
        )]
    );
    assert!(warnings[0].message.contains("{sessionId}") && warnings[0].help.is_some(), "{:?}", warnings[0]);
    assert!(api.operations.contains("session_id"), "{}", api.operations);
}

#[test]
fn repeated_declarations_are_located_warnings_and_the_first_is_used() {
    let spec = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /{a}/x/{a}:
    parameters:
      - {name: X-Id, in: header, schema: {type: integer}}
      - {name: x-id, in: header, schema: {type: string}}
    get:
      responses: {'204': {description: none}}
components:
  schemas:
    A: {type: object, properties: {kind: {type: string}}}
    U:
      oneOf: [{type: 'null'}, {$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/A'}]
      discriminator: {propertyName: kind}
"#;
    let (api, warnings) = codegen::generate_api("twice.yaml", spec, "api").unwrap_or_else(|e| panic!("{e:#?}"));
    let found: Vec<(&str, Option<(usize, usize)>)> =
        warnings.iter().filter(|d| d.kind == Kind::Degraded).map(|d| (d.pointer.as_str(), d.line_col)).collect();
    // The repeated member is `oneOf/2`: the `null` member before it counts in the pointer.
    assert_eq!(
        found,
        [("#/paths/~1{a}~1x~1{a}/parameters/1", Some((7, 9))), ("#/components/schemas/U/oneOf/2", Some((14, 65)))],
        "{warnings:#?}"
    );
    assert!(warnings.iter().any(|d| d.message.contains("`x-id` (in: header) is declared twice")), "{warnings:#?}");
    assert!(warnings.iter().any(|d| d.message.contains("`A` already selects an earlier member")), "{warnings:#?}");
    // Headers are one parameter whatever their case; the first declaration's type wins.
    assert!(api.operations.contains("pub x_id: Option<i64>"), "{}", api.operations);
    assert!(!api.operations.contains("x_id2"), "{}", api.operations);
    // `{a}` twice in the template is one (undeclared, so warned) parameter, used twice.
    assert_eq!(warnings.iter().filter(|d| d.kind == Kind::UndeclaredPathParam).count(), 1, "{warnings:#?}");
    assert!(api.operations.contains("pub a: String") && !api.operations.contains("a2"), "{}", api.operations);
}

#[test]
fn a_cycle_of_pure_refs_names_its_members() {
    let d = assert_one("alias_cycle.yaml", Kind::RefCycle, "#/components/schemas/A", Some((9, 7)));
    assert!(
        d.message.contains("#/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A"),
        "{}",
        d.message
    );
    // A spec with two separate cycles reports both.
    let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n    C: {$ref: '#/components/schemas/C'}\n";
    let errs = codegen::generate_api("cycles.yaml", spec, "api").map(|_| ()).unwrap_err();
    let cycles: Vec<_> =
        errs.iter().filter(|d| d.kind == Kind::RefCycle).map(|d| (d.pointer.as_str(), d.line_col)).collect();
    assert_eq!(cycles, [("#/components/schemas/A", Some((6, 9))), ("#/components/schemas/C", Some((8, 9)))]);
}

#[test]
fn every_problem_of_a_run_is_reported() {
    let all = generate("many_errors.yaml").map(|_| ()).unwrap_err();
    let mut places: Vec<_> = all.iter().map(|d| (d.severity, place(d))).collect();
    places.sort_by_key(|p| p.1.3);
    let f = "hostile/many_errors.yaml";
    let (e, w) = (Severity::Error, Severity::Warning);
    assert_eq!(
        places,
        [
            (w, (Kind::UndeclaredPathParam, f, "#/paths/~1pets~1{petId}/get", Some((7, 5)))),
            (e, (Kind::DuplicateOperationId, f, "#/paths/~1pets/get/operationId", Some((18, 7)))),
            (e, (Kind::UnresolvedRef, f, "#/components/schemas/Pet/properties/owner", Some((27, 11)))),
            (e, (Kind::UnresolvedRef, f, "#/components/schemas/Pet/properties/toy", Some((29, 11)))),
        ]
    );
    // Several invalid sections: each is reported, at the value that is wrong.
    let errs = errors("invalid_sections.yaml");
    let places: Vec<_> = errs.iter().map(place).collect();
    let f = "hostile/invalid_sections.yaml";
    assert_eq!(
        places,
        [
            (Kind::Invalid, f, "#/paths/~1a/get/responses", Some((8, 7))),
            (Kind::Invalid, f, "#/paths/~1b/get/parameters/0", Some((12, 11))),
        ]
    );
}

#[test]
fn external_refs_are_resolved_relative_to_the_referring_file() {
    let (api, warnings) = generate("ext/main.yaml").unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(warnings.is_empty(), "{warnings:#?}");
    // Pet from common/pet.yaml, Tag from tag.json (which refers to itself), Kind by a local
    // pointer inside pet.yaml, and Owner by a pointer from pet.yaml back into main.yaml.
    for item in ["pub struct Owner", "pub struct Pet", "pub struct Tag", "pub enum Kind"] {
        assert!(api.types.contains(item), "{item} missing:\n{}", api.types);
    }
    // Owner -> Vec<Pet> -> Owner needs no Box (the Vec already allocates); Tag -> Tag does.
    assert!(api.types.contains("pub owner: Option<Owner>"), "{}", api.types);
    assert!(api.types.contains("pub parent: Option<Box<Tag>>"), "{}", api.types);
    assert!(api.types.contains("pub pets: Option<Vec<Pet>>"), "{}", api.types);
    // One type per schema, however many routes lead to it.
    assert_eq!(api.types.matches("pub struct Pet ").count(), 1, "{}", api.types);
    assert_eq!(api.type_count, 4);
}

#[test]
fn broken_external_refs_point_into_the_right_file() {
    let errs = errors("ext/broken_ref.yaml");
    let places: Vec<_> = errs.iter().map(place).collect();
    assert_eq!(
        places,
        [
            (Kind::UnresolvedRef, "hostile/ext/broken_ref.yaml", "#/components/schemas/Pet", Some((9, 7))),
            (Kind::UnresolvedRef, "hostile/ext/common/bad.yaml", "#/Tag/properties/label", Some((5, 7))),
        ]
    );
    // Messages name files, not the bundling pointers used inside.
    assert!(errs[0].message.contains("hostile/ext/common/pet.yaml#/Dog"), "{}", errs[0].message);
    assert!(errs.iter().all(|d| !d.message.contains("x-bundled")), "{errs:#?}");

    let d = assert_one(
        "missing_file_ref.yaml",
        Kind::UnresolvedRef,
        "#/components/schemas/Pet/properties/tag",
        Some((12, 11)),
    );
    assert!(d.message.contains("hostile/common/nowhere.yaml") && d.message.contains("does not exist"), "{}", d.message);
}

#[test]
fn external_refs_that_cannot_be_read_are_errors() {
    let spec = |r: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    A:\n      $ref: '{r}'\n"
        )
    };
    let base = hostile_dir();
    let cases = [
        ("https://example.com/x.yaml#/A", "another server"),
        ("/etc/passwd#/root", "absolute path"),
        ("../Cargo.toml#/package", "not a YAML or JSON file"),
        ("ext/common/missing.json", "does not exist"),
    ];
    for (r, expected) in cases {
        let errs =
            codegen::generate_api_with_base("hostile/x.yaml", &spec(r), "api", Some(&base)).map(|_| ()).unwrap_err();
        assert_eq!(errs.len(), 1, "{r}: {errs:#?}");
        assert_eq!(
            place(&errs[0]),
            (Kind::UnresolvedRef, "hostile/x.yaml", "#/components/schemas/A", Some((7, 7))),
            "{r}"
        );
        assert!(errs[0].message.contains(expected), "{r}: {}", errs[0].message);
    }
    // Text with no folder cannot follow a file reference at all.
    let errs = codegen::generate_api("x.yaml", &spec("ext/common/pet.yaml#/Pet"), "api").map(|_| ()).unwrap_err();
    assert!(errs[0].message.contains("no folder"), "{}", errs[0].message);
}

#[test]
fn a_failing_spec_in_a_set_means_no_files_at_all() {
    let good = std::fs::read_to_string(hostile_dir().join("names.yaml")).unwrap();
    let bad = std::fs::read_to_string(hostile_dir().join("missing_ref.yaml")).unwrap();
    let input = |module: &str, text: &str| SpecInput {
        display_path: format!("hostile/{module}.yaml"),
        text: text.to_owned(),
        module: module.to_owned(),
        base_dir: Some(hostile_dir()),
    };
    let opts =
        CrateOptions { crate_name: "set".into(), module_per_spec: true, deny_warnings: true, ..Default::default() };
    assert!(codegen::generate_crate(&[input("good", &good)], &opts).is_ok());
    let errs =
        codegen::generate_crate(&[input("good", &good), input("bad", &bad), input("good2", &good)], &opts).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert_eq!(errs[0].file, "hostile/bad.yaml");
}

/// Lines of a generated file that are doc comments, without their `///` or `//!`.
fn doc_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|l| l.trim_start().strip_prefix("///").or_else(|| l.trim_start().strip_prefix("//!")))
}

#[test]
fn hostile_names_compile_and_keep_their_wire_names() {
    let path = hostile_dir().join("names.yaml");
    let input = SpecInput {
        display_path: "tests/hostile/names.yaml".into(),
        text: std::fs::read_to_string(&path).unwrap(),
        module: "names".into(),
        base_dir: Some(hostile_dir()),
    };
    let opts = CrateOptions {
        crate_name: "hostile-names".into(),
        module_per_spec: false,
        // Warnings (non-camel-case names, unreachable patterns) are errors here.
        deny_warnings: true,
        command: "cargo test -p session-apis-tests --test hostile".into(),
        ..Default::default()
    };
    let krate = codegen::generate_crate(&[input], &opts).unwrap_or_else(|e| panic!("{e:#?}"));

    // Every file parses; no spec text escaped its doc comment or string literal; every code
    // fence from the spec is marked `text`, so rustdoc never compiles it.
    for (name, text) in &krate.files {
        if !name.ends_with(".rs") {
            continue;
        }
        let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        if name.starts_with("src/runtime/") {
            continue;
        }
        let fns: Vec<String> = file
            .items
            .iter()
            .filter_map(|i| if let syn::Item::Fn(f) = i { Some(f.sig.ident.to_string()) } else { None })
            .collect();
        assert!(!fns.iter().any(|f| f == "main" || f == "injected"), "{name}: {fns:?}");
        // Fences are `text` (the spec's prose) or `no_run` (the generator's own usage
        // examples, which rustdoc compiles: no spec text may be inside them but string
        // literals, and the spec's would-be code never is).
        let mut fence: Option<&str> = None;
        for line in doc_lines(text) {
            let t = line.trim_start();
            if t.starts_with("```") || t.starts_with("~~~") {
                match fence {
                    None => {
                        assert!(
                            t == "```text" || t == "~~~text" || t == "```no_run",
                            "{name}: fence not marked text: {line}"
                        );
                        fence = Some(t);
                    }
                    Some(_) => fence = None,
                }
            } else if fence == Some("```no_run") {
                assert!(
                    !t.contains("panic!(\"this must") && !t.contains("compile_error!") && !t.contains("*/"),
                    "{name}: spec text in a compiled example: {line}"
                );
            }
        }
        assert!(fence.is_none(), "{name}: a code fence is left open");
        assert!(!text.contains('\r') && !text.contains('\u{202e}'), "{name}: raw control characters in the output");
    }

    // Write the crate to a scratch folder with a test that round-trips the odd names, and
    // let cargo build and run it. Dependencies are built once into target/hostile.
    let dir =
        session_apis_tests::scratch::write_crate("hostile-names", &krate.files, &[("tests/roundtrip.rs", ROUNDTRIP)]);
    let out = session_apis_tests::scratch::cargo(&dir, &["test", "--quiet", "--test", "roundtrip"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.success() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    assert!(out.status.success(), "the hostile crate (kept in {}) failed:\n{stdout}\n{stderr}", dir.display());
    assert!(stdout.contains("5 passed"), "{stdout}");
}

/// Runs inside the generated crate: odd wire names map to distinct fields and come back
/// byte for byte.
const ROUNDTRIP: &str = r####"
use hostile_names::types;
use serde_json::json;

#[test]
fn odd_property_names_round_trip() {
    let input = json!({
        "foo_bar": "1", "fooBar": "2", "FooBar": "3", "foo-bar": "4", "foo bar": "5",
        "type": "6", "self": "7", "Self": "8", "super": "9", "crate": "10", "match": "11",
        "async": "12", "": "13", " ": "14", "\"quoted\"": "15", "'single'": "16", "😀": "17",
        "größe": "18", "123": 19, "r#type": "20", "additional_properties": "21", "__": "22",
        "_": "23", "*/": "24", "\\": "25", "}": "26", "#[cfg(test)]": "27",
        "bidi\u{202e}evil\u{2066}": "28", "nested": {"x\"y": true}
    });
    let value: types::V1WeirdName = serde_json::from_value(input.clone()).unwrap();
    // Names equal after case conversion stay apart.
    assert_eq!(value.foo_bar.as_deref(), Some("1"));
    assert_eq!(value.foo_bar2.as_deref(), Some("2"));
    assert_eq!(value.foo_bar3.as_deref(), Some("3"));
    assert_eq!(value.r#type.as_deref(), Some("6"));
    assert_eq!(value.self_.as_deref(), Some("7"));
    assert_eq!(serde_json::to_value(&value).unwrap(), input);
}

#[test]
fn odd_enum_values_round_trip() {
    let values = [
        "*/", "\"#", "a\\b", "line\nbreak", "```", "</script>", "#[cfg(test)]", "}", "", " ",
        "Unknown", "unknown", "UNKNOWN", "a-b", "a_b", "A B", "é", "1", "self", "Self", "type",
        "cr\rhere", "bidi\u{202e}evil",
    ];
    let mut seen = std::collections::BTreeSet::new();
    for v in values {
        let e: types::Enum = serde_json::from_value(json!(v)).unwrap();
        assert!(!matches!(e, types::Enum::Unknown(_)), "{v:?} is a listed value");
        assert!(seen.insert(format!("{e:?}")), "{v:?} shares a variant");
        assert_eq!(e.as_str(), v);
        assert_eq!(serde_json::to_value(&e).unwrap(), json!(v));
    }
    let other: types::Enum = serde_json::from_value(json!("not listed")).unwrap();
    assert_eq!(other, types::Enum::Unknown("not listed".into()));
    for v in [-1i64, 0, 1, i64::MAX, i64::MIN] {
        let e: types::IntEnum = serde_json::from_value(json!(v)).unwrap();
        assert!(!matches!(e, types::IntEnum::Unknown(_)), "{v}");
        assert_eq!(serde_json::to_value(e).unwrap(), json!(v));
    }
}

#[test]
fn odd_discriminator_values_pick_their_variant() {
    let pet: types::Union = serde_json::from_value(json!({"ki\"nd */": "dog\"#", "name": "rex"})).unwrap();
    assert!(matches!(pet, types::Union::Pet(ref p) if p.name == "rex"), "{pet:?}");
    let this: types::Union = serde_json::from_value(json!({"ki\"nd */": "*/", "self": "s"})).unwrap();
    assert!(matches!(this, types::Union::Self_(_)), "{this:?}");
    let lower: types::Union = serde_json::from_value(json!({"ki\"nd */": ""})).unwrap();
    assert!(matches!(lower, types::Union::Pet2(_)), "{lower:?}");
}

#[test]
fn server_templates_are_text_not_format_strings() {
    assert_eq!(hostile_names::server_url(hostile_names::Region::Us, "{}"), "https://us.example.com/v1\"/us/{}");
    assert_eq!(hostile_names::Region::Eu.as_str(), "eu\"*/");
    assert_eq!(hostile_names::DEFAULT_BASE_URL, "https://eu\"*/.example.com/v1\"/eu\"*//v}{1");
}

#[test]
fn odd_parameter_names_have_setters() {
    let request = hostile_names::GetItemXRequest::new("id", 7, "me")
        .with_1st("first")
        .with_self2("s")
        .with_foo_bar("snake")
        .with_foo_bar2("camel");
    let debug = format!("{request:?}");
    assert!(debug.contains("\"snake\"") && debug.contains("\"camel\""), "{debug}");
}
"####;

#[test]
fn nesting_just_inside_the_limit_generates_on_a_test_threads_stack() {
    // Objects in arrays in objects...: each level is three mappings/lists deep, so this is
    // near the 128 levels the loader allows. Lowering, emitting and formatting recurse on
    // it; the default 2 MiB test-thread stack must be enough.
    let mut schema = String::from("{type: string}");
    let mut levels = 0;
    while levels < 40 {
        schema = format!("{{type: object, properties: {{p{levels}: {{type: array, items: {schema}}}}}}}");
        levels += 1;
    }
    let spec = format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Deep: {schema}\n"
    );
    let (api, _) = codegen::generate_api("deep.yaml", &spec, "api").unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(api.type_count, 40);
    // And one level more than the loader allows is an error, not a stack overflow.
    let schema =
        format!("{{type: object, properties: {{x: {{type: array, items: {}{}}}}}}}", "[".repeat(130), "]".repeat(130));
    let spec = format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Deep: {schema}\n"
    );
    let errs = codegen::generate_api("deep.yaml", &spec, "api").map(|_| ()).unwrap_err();
    assert_eq!(errs[0].kind, Kind::TooDeep);
}

#[test]
fn a_property_that_merges_its_own_container_is_one_recursive_type() {
    // `tests/hostile/merges_own_container.yaml`: `A.p` is allOf [A, B], which brings `p` back.
    let (api, _) = generate("merges_own_container.yaml").unwrap_or_else(|e| panic!("{e:#?}"));
    let types = syn::parse_file(&api.types).unwrap_or_else(|e| panic!("{e}\n{}", api.types));
    let fields = |name: &str| -> Vec<String> {
        types
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Struct(s) if s.ident == name => {
                    let ty = |f: &syn::Field| f.ty.to_token_stream().to_string().replace(' ', "");
                    Some(s.fields.iter().map(|f| format!("{}: {}", f.ident.as_ref().unwrap(), ty(f))).collect())
                }
                _ => None,
            })
            .unwrap_or_else(|| panic!("no struct {name} in\n{}", api.types))
    };
    // A's `p` is the merged type, whose own `p` is itself, boxed; A and B's properties are merged into it.
    assert_eq!(fields("A"), ["p: Option<Ap>", "status: Option<AStatus>"]);
    assert_eq!(fields("Ap"), ["p: Option<Box<Ap>>", "status: Option<AStatus>", "q: Option<String>"]);
    // A property merged from A keeps A's type for it, named after A.
    assert_eq!(fields("C"), ["p: Option<Ap>", "status: Option<AStatus>", "r: Option<i64>"]);
    assert_eq!(api.type_count, 5, "{}", api.types);
}

#[test]
fn shapes_the_property_test_found_generate_code_that_parses() {
    let head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
    let cases = [
        // An operation without responses: its decoder's match arms once lacked a comma.
        format!("{head}paths:\n  /:\n    get:\n      responses: {{}}\n"),
        // A server template with an unclosed brace before a non-ASCII character once panicked.
        format!("{head}servers:\n  - url: 'https://x/{{é'\n    variables: {{a: {{default: a}}}}\npaths: {{}}\n"),
        format!(
            "{head}servers:\n  - url: 'https://{{a}}.x/{{a}}/{{b'\n    variables: {{a: {{default: a}}}}\npaths: {{}}\n"
        ),
    ];
    for spec in cases {
        let (api, _) = codegen::generate_api("found.yaml", &spec, "api").unwrap_or_else(|e| panic!("{e:#?}\n{spec}"));
        for text in [&api.root, &api.types, &api.operations, &api.client] {
            syn::parse_file(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        }
    }
}

#[test]
fn a_callback_given_as_a_ref_is_valid_openapi_and_loads_as_its_target() {
    // OpenAPI 3.0 allows a Reference Object for an operation's callback; the document model
    // holds only a Callback Object, so the loader puts the target in its place.
    let (files, warnings) = generate("callback_ref.yaml").expect("a valid document generates");
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert!(files.client.contains("fn subscribe"), "{}", files.client);
    let spec = codegen::load::load_file(&hostile_dir().join("callback_ref.yaml")).expect("loads");
    let Some(openapiv3::ReferenceOr::Item(item)) = spec.doc.paths.paths.get("/subscriptions") else {
        panic!("no /subscriptions")
    };
    let callback = &item.post.as_ref().expect("post").callbacks["onEvent"];
    let target = callback.get("{$request.body#/url}").expect("the callback's expression");
    assert!(target.post.is_some(), "{callback:#?}");
}

#[test]
fn a_malformed_documentation_keyword_is_a_warning_at_the_keyword() {
    let (files, warnings) = generate("doc_keyword.yaml").expect("generation goes on");
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    let w = &warnings[0];
    assert_eq!(
        (w.severity, w.kind, w.pointer.as_str(), w.line_col),
        (Severity::Warning, Kind::Degraded, "#/components/schemas/Pick/properties/timecode/pattern", Some((24, 11)))
    );
    assert!(w.message.contains("`pattern` must be a string, not the integer 0"), "{}", w.message);
    // The field is there, required, as a string.
    assert!(files.types.contains("pub timecode: String"), "{}", files.types);
}

#[test]
fn a_malformed_keyword_that_shapes_the_type_stays_an_error() {
    let errs = errors("type_keyword.yaml");
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert_eq!(errs[0].kind, Kind::Invalid);
    assert!(errs[0].message.contains("expected a boolean"), "{}", errs[0].message);
    // At the keyword itself, though the model reports it at the schema.
    assert_eq!(errs[0].pointer, "#/components/schemas/Pick/properties/timecode/nullable", "{errs:#?}");
    assert_eq!(errs[0].line_col, Some((13, 11)), "{errs:#?}");
}
