//! Generates the fixture clients of `fixtures/*.yaml` into `OUT_DIR`, so that the client
//! tests can call a generated client for security schemes and server variables the three
//! session specs do not have. Each becomes one file of inline modules, included by
//! `src/lib.rs`; its runtime is `session_apis::runtime`, re-exported there as `crate::runtime`.
//!
//! It also builds the hygiene spec: every identifier the emitter writes on its own (found by
//! generating `fixtures/vocabulary.yaml`) used as a parameter in every location, a property,
//! a schema name, an enum value, an operationId, a server variable and a security scheme
//! name (see `tests/tests/hygiene.rs`).

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/vocabulary.rs"]
mod vocabulary;

use serde_json::{Value, json};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    let fixtures = root.join("fixtures");
    println!("cargo:rerun-if-changed={}", fixtures.display());
    println!("cargo:rerun-if-changed={}", root.join("src/vocabulary.rs").display());

    let vocabulary = read(&fixtures.join("vocabulary.yaml"));
    let files = generate("tests/fixtures/vocabulary.yaml", &vocabulary, "vocabulary");
    let names: Vec<String> =
        vocabulary::emitter_identifiers(&[&files.root, &files.types, &files.operations, &files.client])
            .into_iter()
            .collect();
    let mut list =
        String::from("/// Every identifier the emitter writes on its own (from `fixtures/vocabulary.yaml`).\n");
    writeln!(list, "pub const EMITTER_IDENTS: &[&str] = &{names:?};").unwrap();
    std::fs::write(out_dir.join("vocabulary.rs"), list).expect("OUT_DIR is writable");

    let hygiene = hygiene_spec(&names);
    let text = serde_json::to_string_pretty(&hygiene).unwrap();
    std::fs::write(out_dir.join("emitter_names.json"), &text).expect("OUT_DIR is writable");
    let display = "OUT_DIR/emitter_names.json (built by tests/build.rs)";
    let files = generate(display, &text, "emitter_names");
    write_module(out_dir, "emitter_names", &files);
    std::fs::write(out_dir.join("emitter_names_calls.rs"), requests(display, &text, &names))
        .expect("OUT_DIR is writable");

    // (module, fixture file, keep undeclared properties); `utoipa_sessions.json` is what utoipa
    // writes for the service of `tests/utoipa_roundtrip.rs`.
    let fixtures_used = [
        ("client_auth", "client_auth.yaml", false),
        ("features", "features.yaml", false),
        ("regressions", "regressions.yaml", false),
        ("regressions_open", "regressions.yaml", true),
        ("utoipa_sessions", "utoipa_sessions.json", false),
    ];
    for (name, file, keep_unknown_properties) in fixtures_used {
        let path = fixtures.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let options =
            codegen::lower::LowerOptions { keep_unknown_properties, features_by_tag: false, serde_by_use: false };
        let files = generate_with(&format!("tests/fixtures/{file}"), &read(&path), name, &options);
        write_module(out_dir, name, &files);
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn generate(display: &str, text: &str, module: &str) -> codegen::ApiFiles {
    generate_with(display, text, module, &codegen::lower::LowerOptions::default())
}

fn generate_with(display: &str, text: &str, module: &str, options: &codegen::lower::LowerOptions) -> codegen::ApiFiles {
    let generated = codegen::generate_api_with_options(display, text, module, None, options);
    let (files, warnings) = generated.unwrap_or_else(|diags| {
        let shown: Vec<String> = diags.iter().map(|d| format!("{d:?}")).collect();
        panic!("{display} does not generate:\n{}", shown.join("\n"))
    });
    assert!(warnings.is_empty(), "{display} generates with warnings: {warnings:#?}");
    files
}

/// The module root with `client`, `operations` and `types` inlined, written to
/// `OUT_DIR/<name>.rs`.
fn write_module(out_dir: &Path, name: &str, files: &codegen::ApiFiles) {
    let modules = [("client", &files.client), ("operations", &files.operations), ("types", &files.types)];
    let mut out = String::new();
    let mut inlined = 0;
    for line in files.root.lines() {
        // File-level inner docs are not allowed in an `include!`d file.
        if line.starts_with("//!") {
            continue;
        }
        match modules.iter().find(|(m, _)| line.trim() == format!("pub mod {m};")) {
            Some((m, body)) => {
                out.push_str(&format!("pub mod {m} {{\n{body}\n}}\n"));
                inlined += 1;
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    assert_eq!(inlined, modules.len(), "the module root of {name} no longer declares client, operations and types");
    std::fs::write(out_dir.join(format!("{name}.rs")), out).expect("OUT_DIR is writable");
}

/// How many header parameters one operation of the hygiene spec has.
const HEADERS_PER_REQUEST: usize = 60;

/// A spec in which every name is one the emitter uses for itself.
fn hygiene_spec(names: &[String]) -> Value {
    let string = json!({"type": "string"});
    let params = |place: &str, names: &[&String]| -> Vec<Value> {
        names.iter().map(|n| json!({"name": n, "in": place, "required": place == "path", "schema": string})).collect()
    };
    let all: Vec<&String> = names.iter().collect();
    // Header names are compared without case: one of `Self` and `self`.
    let mut seen = std::collections::BTreeSet::new();
    let headers: Vec<&String> = names.iter().filter(|n| seen.insert(n.to_ascii_lowercase())).collect();
    let template: String = names.iter().map(|n| format!("/{{{n}}}")).collect();
    let none = json!({"204": {"description": "none"}});
    let op = |id: &str, params: Vec<Value>| json!({"get": {"operationId": id, "security": [], "parameters": params, "responses": none}});
    let mut paths = serde_json::Map::new();
    paths.insert(format!("/path{template}"), op("zqPathParams", params("path", &all)));
    paths.insert("/query".into(), op("zqQueryParams", params("query", &all)));
    // Servers take about a hundred headers per request: a few operations share them.
    for (k, chunk) in headers.chunks(HEADERS_PER_REQUEST).enumerate() {
        paths.insert(format!("/header/{k}"), op(&format!("zqHeaderParams{k}"), params("header", chunk)));
    }
    paths.insert("/cookie".into(), op("zqCookieParams", params("cookie", &all)));
    paths.insert(
        "/properties".into(),
        json!({"post": {
            "operationId": "zqProperties",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ZqAll"}}}},
            "responses": {"200": {"description": "echo", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ZqAllRequired"}}}}}
        }}),
    );
    let mut schemas = serde_json::Map::new();
    let props: serde_json::Map<String, Value> = names.iter().map(|n| (n.clone(), string.clone())).collect();
    schemas.insert("ZqAll".into(), json!({"type": "object", "properties": props}));
    schemas.insert("ZqAllRequired".into(), json!({"type": "object", "properties": props, "required": names}));
    schemas.insert("ZqEnumAll".into(), json!({"type": "string", "enum": names}));
    let mut schemes = serde_json::Map::new();
    for (i, n) in names.iter().enumerate() {
        // Each name also names a schema, an operation (returning it) and a security scheme.
        schemas.insert(
            n.clone(),
            json!({"type": "object", "properties": {n: string, "zq": {"$ref": "#/components/schemas/ZqEnumAll"}}}),
        );
        paths.insert(
            format!("/op/{i}"),
            json!({"get": {"operationId": n, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{n}")}}}}}}}),
        );
        schemes.insert(n.clone(), json!({"type": "apiKey", "in": "header", "name": format!("x-key-{i}")}));
    }
    let variables: serde_json::Map<String, Value> =
        names.iter().map(|n| (n.clone(), json!({"default": "v"}))).collect();
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Every name the emitter uses", "version": "1"},
        "servers": [{"url": format!("https://example.com{template}"), "variables": variables}],
        "security": [Value::Object([(names[0].clone(), json!([]))].into_iter().collect())],
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": schemes}
    })
}

/// For the wire test: a function per parameter location that builds the operation's request
/// with every parameter set to its own wire name, and the list of names expected to arrive.
fn requests(display: &str, text: &str, names: &[String]) -> String {
    let spec = codegen::load::load_str(display, text).expect("the hygiene spec loads");
    let (api, _) = codegen::lower::lower(&spec, "emitter_names").expect("the hygiene spec lowers");
    let mut out = String::from("// Built by tests/build.rs from the hygiene spec.\n\n");
    writeln!(
        out,
        "/// The names of the hygiene spec, each sent as its own value.\npub const NAMES: &[&str] = &{names:?};\n"
    )
    .unwrap();
    let header_ops: Vec<_> = api.operations.iter().filter(|o| o.operation_id.starts_with("zqHeaderParams")).collect();
    let mut ops: Vec<(String, String)> =
        ["zqPathParams", "zqQueryParams", "zqCookieParams"].iter().map(|id| (id.to_string(), id.to_string())).collect();
    ops.extend(header_ops.iter().map(|o| (o.operation_id.clone(), o.operation_id.clone())));
    // Every header operation, called in turn.
    let sends: String = header_ops
        .iter()
        .map(|o| {
            format!(
                "    client.{}({}_request()).await.map_err(|e| e.to_string())?;\n",
                o.fn_name,
                codegen::names::snake(&o.operation_id)
            )
        })
        .collect();
    writeln!(
        out,
        "/// Calls every header operation (a server takes only so many headers per request).\npub async fn send_header_requests(client: &super::Client) -> Result<(), String> {{\n{sends}    Ok(())\n}}\n"
    )
    .unwrap();
    // The operation named `raw` (returning the schema named `raw`), whatever Rust names the
    // namespace gave them.
    let raw = api.operations.iter().find(|o| o.operation_id == "raw").expect("`raw` is in the vocabulary");
    writeln!(
        out,
        "/// Calls the operation whose operationId is `raw`; its body as JSON.\npub async fn call_raw(client: &super::Client) -> Result<serde_json::Value, String> {{\n    let response = client.{}(super::{}::new()).await.map_err(|e| e.to_string())?;\n    Ok(serde_json::to_value(response.body).unwrap())\n}}\n",
        raw.fn_name, raw.request_name
    )
    .unwrap();
    for (id, _) in &ops {
        let f = codegen::names::snake(id);
        let op = api.operations.iter().find(|o| &o.operation_id == id).expect("the hygiene operations exist");
        let fields: String = op
            .params
            .iter()
            .map(|p| {
                let value = format!("{:?}.to_owned()", p.wire_name);
                let value = if p.required { value } else { format!("Some({value})") };
                format!("        {}: {value},\n", p.rust_name)
            })
            .collect();
        writeln!(
            out,
            "/// `{id}` with every parameter set to its wire name.\npub fn {f}_request() -> super::{req} {{\n    super::{req} {{\n{fields}        options: Default::default(),\n    }}\n}}\n",
            req = op.request_name
        )
        .unwrap();
    }
    out
}
