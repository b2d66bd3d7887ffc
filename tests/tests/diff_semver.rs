//! The diff's semver verdict, checked against the compiler. For each fixture pair of
//! `tests/diff/`, a user module is written against the base's generated API, using all of
//! it the way the README does: values built with `new()` and the setters, every field
//! read with its type, every enum matched exhaustively, the API trait implemented by a
//! fake, every operation called with its result matched, `ServerVariables` filled with a
//! struct literal. It must compile against the base's crate, and against the revision's
//! crate it must fail exactly when the diff says regenerating is a major change.
//!
//! Two crates (every base API in one, every revision API in the other, the same user
//! modules in both) are checked once each, sharing `target/corpus-target` with the other
//! compile checks, so the dependencies are built once per run.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use codegen::diff::{Input, Semver, emitted};
use codegen::model::{Api, Field, Operation, SecurityKind, TypeKind, TypeRef};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// A type as user code outside the API writes it (`types::Pet`, `Vec<types::Pet>`).
fn ty(api: &Api, t: &TypeRef) -> String {
    match t {
        TypeRef::Named(id) => format!("types::{}", api.type_def(*id).name),
        TypeRef::Array(inner) => format!("Vec<{}>", ty(api, inner)),
        TypeRef::Map(inner) => format!("std::collections::BTreeMap<String, {}>", ty(api, inner)),
        other => emitted::type_text(api, other),
    }
}

fn field_ty(api: &Api, f: &Field) -> String {
    let inner = ty(api, &f.ty);
    let inner = if f.boxed { format!("Box<{inner}>") } else { inner };
    if f.required && !f.nullable { inner } else { format!("Option<{inner}>") }
}

/// A value of a type, for code that is only compiled.
fn value(t: &str) -> String {
    if t == "impl Into<String>" { "String::new()".into() } else { format!("{{ let v: {t} = todo!(); v }}") }
}

/// `types::` names in a type text of `emitted` (which writes them bare, as `types.rs` does).
fn qualify(api: &Api, text: &str) -> String {
    let names: BTreeSet<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    let mut out = String::new();
    let mut word = String::new();
    let mut prev = ' ';
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            // Already qualified (`types::X`, `chrono::Utc`) or not a type of the API.
            if names.contains(word.as_str()) && prev != ':' {
                out.push_str("types::");
            }
            out.push_str(&word);
            word.clear();
        }
        out.push(c);
        prev = c;
    }
    out.pop();
    out
}

/// Code that uses the whole generated API of `api`, living in the module `user_<m>` of a
/// crate whose module `m` is that API.
fn user_code(api: &Api, m: &str) -> String {
    let mut s = String::new();
    let w = &mut s;
    writeln!(w, "#![allow(unused, dead_code, unreachable_code, clippy::all)]").unwrap();
    writeln!(w, "use crate::{m} as api;\nuse api::types;\n").unwrap();
    writeln!(w, "fn use_types() {{").unwrap();
    for t in &api.types {
        let name = format!("types::{}", t.name);
        match &t.kind {
            TypeKind::Struct(st) => {
                let args: Vec<String> = st
                    .fields
                    .iter()
                    .filter(|f| f.required)
                    .map(|f| value(&qualify(api, &emitted::type_ctor_arg(api, f))))
                    .collect();
                writeln!(w, "    let v: {name} = {name}::new({});", args.join(", ")).unwrap();
                for f in &st.fields {
                    writeln!(w, "    let _: {} = v.{}.clone();", field_ty(api, f), f.rust_name).unwrap();
                }
                if let Some(a) = &st.additional {
                    writeln!(
                        w,
                        "    let _: std::collections::BTreeMap<String, {}> = v.additional_properties.clone();",
                        ty(api, a)
                    )
                    .unwrap();
                }
                if st.fields.iter().all(|f| !f.required) {
                    writeln!(w, "    let _: {name} = {name}::default();").unwrap();
                }
            }
            TypeKind::Enum(e) => {
                let arms: Vec<String> = e.variants.iter().map(|v| format!("{name}::{} => {{}}", v.rust_name)).collect();
                writeln!(w, "    match {} {{ {}, {name}::Unknown(_) => {{}} }}", value(&name), arms.join(", "))
                    .unwrap();
                if e.default.is_some() {
                    writeln!(w, "    let _: {name} = {name}::default();").unwrap();
                }
            }
            TypeKind::Union(u) => {
                let mut arms: Vec<String> = u
                    .variants
                    .iter()
                    .map(|v| {
                        let inner = ty(api, &v.ty);
                        let inner = if v.boxed { format!("Box<{inner}>") } else { inner };
                        format!("{name}::{}(x) => {{ let _: {inner} = x; }}", v.rust_name)
                    })
                    .collect();
                if u.discriminator.is_some() {
                    arms.push(format!("{name}::Unknown(_) => {{}}"));
                }
                writeln!(w, "    match {} {{ {} }}", value(&name), arms.join(", ")).unwrap();
            }
            TypeKind::Alias(target) | TypeKind::Newtype(target) => {
                let inner = ty(api, target);
                if matches!(t.kind, TypeKind::Alias(_)) {
                    writeln!(w, "    let _: {name} = {};", value(&inner)).unwrap();
                } else {
                    writeln!(w, "    let _: {name} = {name}({});", value(&inner)).unwrap();
                }
            }
        }
    }
    writeln!(w, "}}\n").unwrap();

    // Every operation called, its request built with every setter, its result matched.
    writeln!(w, "async fn use_operations(client: &api::Client) {{").unwrap();
    for op in &api.operations {
        let fields = emitted::request_fields(api, op);
        // The body enum is the operation's own type, beside the request in the module.
        let arg = |a: &str| match op.body.as_ref().and_then(|b| b.enum_name.as_deref()) {
            Some(e) if a == e => format!("api::{e}"),
            Some(e) if a == format!("Option<{e}>") => format!("Option<api::{e}>"),
            _ => a.to_owned(),
        };
        let args: Vec<String> = fields.iter().filter(|f| f.required).map(|f| value(&arg(&f.arg))).collect();
        let mut req = format!("api::{}::new({})", op.request_name, args.join(", "));
        for f in fields.iter().filter(|f| !f.required) {
            write!(req, ".{}({})", emitted::optional_setter(&f.name), value(&arg(&f.arg))).unwrap();
        }
        writeln!(w, "    let req = {req};").unwrap();
        for f in &fields {
            writeln!(w, "    let _: {} = req.{}.clone();", arg(&f.ty), f.name).unwrap();
        }
        writeln!(
            w,
            "    let r: Result<api::Response<{}>, api::Error<api::{}>> = client.{}(req).await;",
            ok_type(api, op),
            op.error_name,
            op.fn_name
        )
        .unwrap();
        let mut arms: Vec<String> = emitted::error_variants(api, op)
            .into_iter()
            .map(|(v, payload)| match payload {
                Some(p) => format!("api::{}::{v}(b) => {{ let _: {p} = b; }}", op.error_name),
                None => format!("api::{}::{v} => {{}}", op.error_name),
            })
            .collect();
        arms.push(format!("api::{}::{} {{ .. }} => {{}}", op.error_name, emitted::UNEXPECTED));
        writeln!(
            w,
            "    if let Err(api::Error::Api {{ error, .. }}) = &r {{ match error.clone() {{ {} }} }}",
            arms.join(", ")
        )
        .unwrap();
        if let Some(e) = &op.success_enum {
            let arms: Vec<String> = op
                .success
                .iter()
                .map(|c| match &c.body {
                    Some(b) => format!("api::{e}::{}(b) => {{ let _: {} = b; }}", c.rust_name, ty(api, &b.ty)),
                    None => format!("api::{e}::{} => {{}}", c.rust_name),
                })
                .collect();
            writeln!(w, "    if let Ok(resp) = r {{ match resp.body {{ {} }} }}", arms.join(", ")).unwrap();
        }
        if let Some(rh) = &op.response_headers {
            for h in &rh.headers {
                writeln!(
                    w,
                    "    let _: Option<{}> = {}.{}.clone();",
                    ty(api, &h.ty),
                    value(&format!("api::{}", rh.name)),
                    h.rust_name
                )
                .unwrap();
            }
        }
        if let Some(b) = &op.body
            && let Some(e) = &b.enum_name
        {
            for v in &b.variants {
                writeln!(w, "    let _ = api::{e}::{}({});", v.rust_name, value(&ty(api, &v.ty))).unwrap();
            }
        }
    }
    writeln!(w, "}}\n").unwrap();

    // The trait, implemented by a fake: every method, with its signature.
    writeln!(w, "struct Fake;\nimpl api::{} for Fake {{", api.trait_name).unwrap();
    for op in &api.operations {
        writeln!(
            w,
            "    fn {}(&self, request: api::{}) -> impl std::future::Future<Output = Result<api::Response<{}>, api::Error<api::{}>>> + Send {{ async {{ todo!() }} }}",
            op.fn_name,
            op.request_name,
            ok_type(api, op),
            op.error_name
        )
        .unwrap();
    }
    writeln!(w, "}}\n").unwrap();

    // The builder's credential setters, and the server variables.
    writeln!(w, "fn use_client() {{\n    let b = api::Client::builder();").unwrap();
    let setters = emitted::credential_setters(api);
    for (setter, args) in setters {
        let n = args.matches("impl").count();
        let arg_values: Vec<String> = match args.as_str() {
            "(impl TokenProvider)" => vec!["|| async { Ok::<_, api::BoxError>(String::new()) }".into()],
            _ => (0..n).map(|_| "String::new()".to_owned()).collect(),
        };
        writeln!(w, "    let b = b.{setter}({});", arg_values.join(", ")).unwrap();
    }
    writeln!(w, "    let _: &str = api::DEFAULT_BASE_URL;").unwrap();
    let first = &api.servers[0];
    if !first.variables.is_empty() {
        let fields: Vec<String> = first
            .variables
            .iter()
            .map(|v| match &v.enum_type {
                Some(e) => format!("{}: {}", v.rust_name, value(&format!("api::{}", e.name))),
                None => format!("{}: String::new()", v.rust_name),
            })
            .collect();
        writeln!(w, "    let vars = api::ServerVariables {{ {} }};", fields.join(", ")).unwrap();
        let args: Vec<String> = first
            .variables
            .iter()
            .map(|v| match &v.enum_type {
                Some(e) => value(&format!("api::{}", e.name)),
                None => "\"\"".into(),
            })
            .collect();
        writeln!(w, "    let _: String = api::server_url({});", args.join(", ")).unwrap();
    }
    writeln!(w, "}}").unwrap();
    let _ = SecurityKind::Basic;
    s
}

fn ok_type(api: &Api, op: &Operation) -> String {
    match &op.success_enum {
        Some(e) => format!("api::{e}"),
        None => match op.success.iter().find_map(|c| c.body.as_ref()) {
            Some(b) => ty(api, &b.ty),
            None => "()".into(),
        },
    }
}

/// One fixture pair: its module name, the texts, and the diff's verdict.
struct Pair {
    module: String,
    base: String,
    revision: String,
    semver: Semver,
    note: String,
}

fn lower(file: &str, text: &str, module: &str) -> Api {
    let spec = codegen::load::load_str(file, text).unwrap_or_else(|d| panic!("{file}: {d:?}"));
    codegen::lower::lower(&spec, module).unwrap_or_else(|d| panic!("{file}: {d:?}")).0
}

/// Writes a crate of every API of one side, with the user modules of the base.
fn write_crate(dir: &Path, pairs: &[Pair], revision: bool) {
    let inputs: Vec<codegen::SpecInput> = pairs
        .iter()
        .map(|p| codegen::SpecInput {
            display_path: format!("{}.yaml", p.module),
            text: if revision { p.revision.clone() } else { p.base.clone() },
            module: p.module.clone(),
            base_dir: None,
        })
        .collect();
    let opts = codegen::CrateOptions {
        // Two names: in one target dir, crates of one name and layout would share their
        // fingerprints, and the second check would find the first one's result fresh.
        crate_name: if revision { "diff-semver-revision".into() } else { "diff-semver-base".into() },
        module_per_spec: true,
        deny_warnings: false,
        command: "cargo test --test diff_semver".into(),
        standalone: true,
        doctests: false,
        keep_unknown_properties: false,
        features_by_tag: false,
        serde_by_use: false,
    };
    let krate = codegen::generate_crate(&inputs, &opts).unwrap_or_else(|e| panic!("{e:#?}"));
    let _ = std::fs::remove_dir_all(dir);
    for (path, text) in &krate.files {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        let text = if path == "src/lib.rs" {
            let users: String = pairs.iter().map(|p| format!("mod user_{};\n", p.module)).collect();
            format!("{text}\n{users}")
        } else {
            text.clone()
        };
        std::fs::write(&file, text).unwrap();
    }
    for p in pairs {
        let api = lower(&format!("{}.yaml", p.module), &p.base, &p.module);
        std::fs::write(dir.join(format!("src/user_{}.rs", p.module)), user_code(&api, &p.module)).unwrap();
    }
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}

/// `cargo check` of a crate: the user modules with errors.
fn check(dir: &Path) -> (BTreeSet<String>, String) {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--message-format=short"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", root().join("target/corpus-target"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let failing = stderr
        .lines()
        .filter(|l| l.contains(": error"))
        .filter_map(|l| l.strip_prefix("src/user_").and_then(|r| r.split_once(".rs:")).map(|(m, _)| m.to_owned()))
        .collect();
    (failing, stderr)
}

/// The pairs compiled by default: a sample of every kind of generated item (methods, the
/// trait, requests and their setters, error, success and body enums, structs, enums, unions,
/// response headers, server URL) and every verdict. `DIFF_SEMVER_ALL=1` compiles every pair.
const SAMPLE: &[&str] = &[
    "operation-added",
    "operation-id-changed",
    "request-parameter-added",
    "request-parameter-renamed",
    "request-parameter-style-changed",
    "request-body-became-optional",
    "request-media-type-added",
    "request-property-added",
    "request-property-added-required",
    "request-enum-value-added",
    "response-property-added",
    "response-property-became-required",
    "response-enum-value-added",
    "response-union-tag-added",
    "error-status-added",
    "error-code-added",
    "success-status-removed",
    "success-status-changed",
    "response-header-added",
    "security-changed",
    "server-url-changed",
    "type-renamed",
    "rust-api-changed",
];

/// Constructor arguments only reordered, with the same types: the change is major (the
/// values go to other fields) but calls still compile; the report says so.
const COMPILES_THOUGH_MAJOR: &[&str] = &["same_required_reordered"];

#[test]
fn a_major_verdict_is_code_that_stops_compiling_and_only_then() {
    let mut pairs = Vec::new();
    for group in ["rules", "same"] {
        let dir = root().join("tests/diff").join(group);
        let mut names: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        let all = std::env::var_os("DIFF_SEMVER_ALL").is_some();
        for name in names {
            if group == "rules" && !all && !SAMPLE.contains(&name.as_str()) {
                continue;
            }
            let read = |f: &str| std::fs::read_to_string(dir.join(&name).join(f)).unwrap();
            let (base, revision) = (read("base.yaml"), read("revision.yaml"));
            let module = format!("{}_{}", if group == "same" { "same" } else { "r" }, name.replace('-', "_"));
            let report = codegen::diff::diff(
                Input { file: "base.yaml", text: &base, base_dir: None },
                Input { file: "revision.yaml", text: &revision, base_dir: None },
                &module,
            )
            .unwrap();
            let note = report
                .items
                .iter()
                .map(|i| format!("{} {}: {}", i.semver, i.item, i.change))
                .collect::<Vec<_>>()
                .join("\n    ");
            pairs.push(Pair { module, base, revision, semver: report.semver, note });
        }
    }
    let majors = pairs.iter().filter(|p| p.semver == Semver::Major).count();
    assert!(majors >= 12 && pairs.len() - majors >= 10, "{majors} major of {}", pairs.len());

    let target = root().join("target/diff-semver");
    let (old_dir, new_dir) = (target.join("base"), target.join("revision"));
    write_crate(&old_dir, &pairs, false);
    write_crate(&new_dir, &pairs, true);
    let (old_failing, old_err) = check(&old_dir);
    assert!(
        old_failing.is_empty() && !old_err.contains("error"),
        "the user code does not compile against the base's own API:\n{old_err}"
    );
    let (new_failing, new_err) = check(&new_dir);
    assert!(!new_err.contains("error") || !new_failing.is_empty(), "errors outside the user modules:\n{new_err}");

    let mut wrong = Vec::new();
    for p in &pairs {
        let fails = new_failing.contains(&p.module);
        let major = p.semver == Semver::Major;
        let expected_to_fail = major && !COMPILES_THOUGH_MAJOR.contains(&p.module.as_str());
        if fails != expected_to_fail {
            let errors: Vec<&str> =
                new_err.lines().filter(|l| l.contains(&format!("user_{}.rs", p.module))).take(3).collect();
            wrong.push(format!(
                "{}: the diff says {}, and code written against the base {}\n    {}\n    {}",
                p.module,
                p.semver,
                if fails { "no longer compiles" } else { "still compiles" },
                p.note,
                errors.join("\n    ")
            ));
        }
    }
    println!(
        "diff_semver: {} pairs, {majors} major; user code of {} fails against the revision",
        pairs.len(),
        new_failing.len()
    );
    assert!(wrong.is_empty(), "{}\n(generated crates in {})", wrong.join("\n\n"), target.display());
}
