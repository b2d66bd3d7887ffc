//! `cargo xtask examples`: every example a spec carries, decoded into the generated type its
//! schema became and encoded again; what the schema declares must survive.
//!
//! The generator says which type each example's schema became
//! ([`codegen::examples::ExampleTarget`]). A harness crate (one per spec, beside the
//! generated crate, built in the corpus's shared target dir) has one decode+encode function
//! per distinct type and runs them over the examples; this module compares what came back
//! with what went in, and a failure is blamed on the spec when the example breaks its own
//! schema (checked with a JSON Schema validator), on the generator otherwise.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The figures of one spec.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    /// Every example found.
    pub found: usize,
    /// Examples with no value or no type to decode them with (text media, `externalValue`).
    pub skipped: usize,
    /// Decoded and encoded again with every declared property intact.
    pub decoded: usize,
    /// Failures whose example breaks its own schema.
    pub spec_faults: usize,
    /// Failures of ours: a valid example that does not decode, or loses declared data.
    pub ours: usize,
    /// Of the failures (either blame), those that decoded but lost declared data.
    pub lost: usize,
}

/// One example that did not come through.
#[derive(Debug, Clone)]
pub struct Failure {
    pub pointer: String,
    pub rust_type: String,
    /// What went wrong: the decode error, or the declared data lost.
    pub message: String,
    /// Why the example breaks its schema, when it does (the spec's fault).
    pub invalid: Option<String>,
}

/// What happened to the examples of one spec.
#[derive(Debug, Default)]
pub struct Outcome {
    pub tally: Tally,
    pub failures: Vec<Failure>,
    pub skipped: Vec<(String, String)>,
    pub build: Duration,
    /// Compiler warnings while building the generated crate and its harness.
    pub warnings: usize,
    /// The build or the run failed; the message says how.
    pub broken: Option<String>,
}

/// The harness of a generated crate: writes it beside the crate, builds it in `target_dir`
/// and runs it over the examples; then judges every example.
pub fn check_crate(
    harness: &Path,
    crate_name: &str,
    spec: &codegen::ExamplesHarness,
    target_dir: &Path,
    lock: &Path,
) -> Outcome {
    let (raw, targets) = (&spec.document, &spec.targets);
    let mut out = Outcome::default();
    out.tally.found = targets.len();
    // Distinct types, each a function of the harness; every example names its function.
    let mut types: BTreeMap<&str, usize> = BTreeMap::new();
    let mut runs: Vec<(usize, &codegen::examples::ExampleTarget)> = Vec::new();
    for t in targets {
        match (&t.rust_type, &t.example.value) {
            (Some(ty), Some(_)) => {
                let n = types.len();
                let index = *types.entry(ty.as_str()).or_insert(n);
                runs.push((index, t));
            }
            _ => {
                let why = t.why_untyped.clone().or_else(|| t.example.missing.clone()).unwrap_or_default();
                out.skipped.push((t.example.pointer.clone(), why));
            }
        }
    }
    out.tally.skipped = out.skipped.len();
    let mut ordered: Vec<(&str, usize)> = types.into_iter().collect();
    ordered.sort_by_key(|(_, i)| *i);
    if let Err(e) = write_harness(harness, spec, crate_name, &ordered, lock) {
        out.broken = Some(e);
        return out;
    }
    let input: Vec<Value> =
        runs.iter().map(|(i, t)| serde_json::json!([i, t.example.value.clone().unwrap_or(Value::Null)])).collect();
    let input_path = harness.join("examples.json");
    if let Err(e) = std::fs::write(&input_path, serde_json::to_vec(&input).unwrap_or_default()) {
        out.broken = Some(format!("cannot write {}: {e}", input_path.display()));
        return out;
    }
    let start = Instant::now();
    let built = build(harness, target_dir);
    out.build = start.elapsed();
    let binary = match built {
        Ok((binary, warnings)) => {
            out.warnings = warnings;
            binary
        }
        Err(e) => {
            out.broken = Some(e);
            return out;
        }
    };
    let results = match Command::new(&binary).arg(&input_path).output() {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        Ok(o) => {
            out.broken = Some(format!("the harness failed: {}", String::from_utf8_lossy(&o.stderr).trim()));
            return out;
        }
        Err(e) => {
            out.broken = Some(format!("cannot run {}: {e}", binary.display()));
            return out;
        }
    };
    let results: Vec<Value> = results.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    if results.len() != runs.len() {
        out.broken = Some(format!("the harness answered {} of {} examples", results.len(), runs.len()));
        return out;
    }
    let mut validators = Validators::new(raw);
    for ((_, t), result) in runs.iter().zip(&results) {
        let original = t.example.value.as_ref().unwrap_or(&Value::Null);
        let schema = t.example.schema.as_deref().unwrap_or("#");
        let problem = match result.get("encoded") {
            Some(encoded) => {
                let mut lost = Vec::new();
                let schemas = resolve_all(raw, &[schema_at(raw, schema)]);
                compare(raw, original, encoded, &schemas, "", &mut lost);
                (!lost.is_empty()).then(|| (true, lost.join("; ")))
            }
            None => Some((false, result.get("error").and_then(Value::as_str).unwrap_or("no answer").to_owned())),
        };
        let Some((lost, message)) = problem else {
            out.tally.decoded += 1;
            continue;
        };
        let invalid = validators.check(schema, original);
        let message = match validators.unchecked.pop() {
            Some((_, why)) => format!("{message} (its schema could not be checked: {why})"),
            None => message,
        };
        if lost {
            out.tally.lost += 1;
        }
        if invalid.is_some() {
            out.tally.spec_faults += 1;
        } else {
            out.tally.ours += 1;
        }
        let pointer = match &t.example.used_at {
            Some(used) => format!("{} (used at {used})", t.example.pointer),
            None => t.example.pointer.clone(),
        };
        out.failures.push(Failure { pointer, rust_type: t.rust_type.clone().unwrap_or_default(), message, invalid });
    }
    out
}

/// The harness crate: the generated types the examples need (the crate's own items, see
/// [`codegen::examples_harness`]) and the runtime they use, with a `main` that reads
/// `[[type index, example], ...]` and prints, per example, `{"encoded": ...}` or
/// `{"error": "..."}` on a line of its own. The client is not built: the corpus checks it.
fn write_harness(
    dir: &Path,
    spec: &codegen::ExamplesHarness,
    crate_name: &str,
    types: &[(&str, usize)],
    lock: &Path,
) -> Result<(), String> {
    let manifest = format!(
        "# Written by `cargo xtask examples`: decodes and encodes the examples of {crate_name}.\n\
         [package]\nname = \"{crate_name}-examples\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         # What the generated types use, with the generated crate's features.\n\
         [dependencies]\nserde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n\
         chrono = {{ version = \"0.4\", default-features = false, features = [\"serde\", \"std\"] }}\n\
         uuid = {{ version = \"1\", features = [\"serde\"] }}\n\n\
         # Built to run once: no debug info, no incremental state.\n[profile.dev]\ndebug = 0\nincremental = false\n\n\
         [workspace]\n"
    );
    let mut main = String::from(
        "//! Written by `cargo xtask examples`: decodes each example into its generated type and encodes it again.\n\n\
         // The generated types, as generated; their warnings are the crate check's business.\n\
         #[allow(warnings)]\nmod types;\n\n\
         /// The part of the generated runtime the types use.\n\
         #[allow(warnings)]\nmod runtime {\n    mod untagged;\n    pub use untagged::{ObjectShape, kept, size, untagged_order};\n}\n\n\
         use serde_json::Value;\n\n\
         fn roundtrip<T: serde::de::DeserializeOwned + serde::Serialize>(value: &Value) -> Result<Value, String> {\n    \
             let decoded: T = serde_json::from_value(value.clone()).map_err(|e| format!(\"decode: {e}\"))?;\n    \
             serde_json::to_value(&decoded).map_err(|e| format!(\"encode: {e}\"))\n}\n\n\
         type Check = fn(&Value) -> Result<Value, String>;\n\n\
         const CHECKS: &[Check] = &[\n",
    );
    for (ty, _) in types {
        let _ = writeln!(main, "    roundtrip::<{ty}>,");
    }
    main.push_str(
        "];\n\n\
         fn main() {\n    \
             let path = std::env::args().nth(1).expect(\"the examples file\");\n    \
             let text = std::fs::read_to_string(&path).expect(\"readable examples\");\n    \
             let examples: Vec<(usize, Value)> = serde_json::from_str(&text).expect(\"examples as [[index, value], ...]\");\n    \
             for (index, value) in examples {\n        \
                 let line = match CHECKS[index](&value) {\n            \
                     Ok(encoded) => serde_json::json!({ \"encoded\": encoded }),\n            \
                     Err(error) => serde_json::json!({ \"error\": error }),\n        \
                 };\n        \
                 println!(\"{line}\");\n    \
             }\n}\n",
    );
    let files: BTreeMap<String, String> = [
        ("Cargo.toml".to_owned(), manifest),
        ("src/main.rs".to_owned(), main),
        ("src/types.rs".to_owned(), spec.types_rs.clone()),
        ("src/runtime/untagged.rs".to_owned(), spec.untagged_rs.to_owned()),
    ]
    .into_iter()
    .collect();
    crate::write::write_tree(dir, &files).map_err(|e| e.to_string())?;
    // The workspace's versions, so that the shared target dir is reused.
    if !dir.join("Cargo.lock").exists() {
        let _ = std::fs::copy(lock, dir.join("Cargo.lock"));
    }
    Ok(())
}

/// Builds the harness; its binary and the warnings.
fn build(dir: &Path, target_dir: &Path) -> Result<(PathBuf, usize), String> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--quiet", "--message-format=json"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let messages: Vec<Value> = stdout.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let level = |m: &Value, l: &str| m["reason"] == "compiler-message" && m["message"]["level"] == l;
    let warnings = messages.iter().filter(|m| level(m, "warning")).count();
    if !output.status.success() {
        let mut text = String::new();
        for m in messages.iter().filter(|m| level(m, "error")).take(3) {
            let rendered = m["message"]["rendered"].as_str().unwrap_or_default();
            text.push_str(&rendered.lines().take(12).collect::<Vec<_>>().join("\n"));
            text.push('\n');
        }
        text.push_str(&String::from_utf8_lossy(&output.stderr).lines().take(10).collect::<Vec<_>>().join("\n"));
        return Err(format!("the build failed:\n{text}"));
    }
    let binary = messages
        .iter()
        .filter(|m| m["reason"] == "compiler-artifact")
        .filter_map(|m| m["executable"].as_str())
        .next_back()
        .map(PathBuf::from)
        .ok_or("the build made no executable")?;
    Ok((binary, warnings))
}

/// The schema at a pointer, or `{}` when there is none.
fn schema_at<'a>(raw: &'a Value, pointer: &str) -> &'a Value {
    static EMPTY: Value = Value::Null;
    codegen::load::resolve_pointer(raw, pointer).unwrap_or(&EMPTY)
}

/// The schemas that say what a value is: each of `schemas` with its `$ref`s followed and
/// its compositions (allOf, oneOf, anyOf) opened, so that a property any of them declares
/// counts as declared.
fn resolve_all<'a>(raw: &'a Value, schemas: &[&'a Value]) -> Vec<&'a Value> {
    let mut out: Vec<&Value> = Vec::new();
    let mut stack: Vec<(&Value, usize)> = schemas.iter().map(|s| (*s, 0)).collect();
    while let Some((s, depth)) = stack.pop() {
        if depth > 64 || out.iter().any(|o| std::ptr::eq(*o, s)) {
            continue;
        }
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            if let Some(t) = codegen::load::resolve_pointer(raw, r) {
                stack.push((t, depth + 1));
            }
            continue;
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for m in s.get(key).and_then(Value::as_array).into_iter().flatten() {
                stack.push((m, depth + 1));
            }
        }
        out.push(s);
    }
    out
}

/// What of `original` is missing or changed in `encoded`, as far as `schemas` declare it:
/// an undeclared property may be dropped, a `null` may stand for an absent optional one,
/// numbers compare by value and date-times by instant.
fn compare(raw: &Value, original: &Value, encoded: &Value, schemas: &[&Value], at: &str, lost: &mut Vec<String>) {
    match (original, encoded) {
        (Value::Object(o), Value::Object(e)) => {
            for (k, v) in o {
                let declared: Vec<&Value> =
                    schemas.iter().filter_map(|s| s.get("properties").and_then(|p| p.get(k.as_str()))).collect();
                let additional: Vec<&Value> = schemas
                    .iter()
                    .filter_map(|s| s.get("additionalProperties"))
                    .filter(|a| a.is_object() || *a == &Value::Bool(true))
                    .collect();
                let at = format!("{at}/{}", codegen::diagnostics::escape_segment(k));
                match e.get(k) {
                    Some(ev) => {
                        let inner = if declared.is_empty() { additional } else { declared };
                        let inner = resolve_all(raw, &inner);
                        compare(raw, v, ev, &inner, &at, lost);
                    }
                    None if v.is_null() => {}
                    None if !declared.is_empty() => lost.push(format!("{at}: declared property dropped")),
                    None if !additional.is_empty() => {
                        lost.push(format!("{at}: property allowed by `additionalProperties` dropped"))
                    }
                    None => {}
                }
            }
        }
        (Value::Array(o), Value::Array(e)) if o.len() == e.len() => {
            let items: Vec<&Value> = schemas.iter().filter_map(|s| s.get("items")).collect();
            let items = resolve_all(raw, &items);
            for (i, (ov, ev)) in o.iter().zip(e).enumerate() {
                compare(raw, ov, ev, &items, &format!("{at}/{i}"), lost);
            }
        }
        (Value::Number(a), Value::Number(b)) if same_number(a, b) => {}
        (Value::String(a), Value::String(b)) if same_string(a, b) => {}
        (a, b) if a == b => {}
        (a, b) => {
            let short = |v: &Value| {
                let s = v.to_string();
                if s.chars().count() > 60 { format!("{}...", s.chars().take(60).collect::<String>()) } else { s }
            };
            lost.push(format!("{}: {} came back as {}", if at.is_empty() { "/" } else { at }, short(a), short(b)));
        }
    }
}

fn same_number(a: &serde_json::Number, b: &serde_json::Number) -> bool {
    if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
        return x == y;
    }
    if let (Some(x), Some(y)) = (a.as_u64(), b.as_u64()) {
        return x == y;
    }
    match (a.as_f64(), b.as_f64()) {
        // `format: float` is an f32: its precision, not more.
        (Some(x), Some(y)) => x == y || (x - y).abs() <= 1e-6 * x.abs().max(y.abs()),
        _ => false,
    }
}

/// Equal, or the same instant written another way, or the same UUID in other case.
fn same_string(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if let (Ok(x), Ok(y)) = (chrono::DateTime::parse_from_rfc3339(a), chrono::DateTime::parse_from_rfc3339(b)) {
        return x == y;
    }
    a.len() == 36 && a.eq_ignore_ascii_case(b) && a.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// JSON Schema validators for the document's schemas, built on first use.
struct Validators<'a> {
    raw: &'a Value,
    converted: Option<(Value, Moved)>,
    cache: BTreeMap<String, Result<jsonschema::Validator, String>>,
    /// Schemas that could not be made validators, and why.
    unchecked: Vec<(String, String)>,
}

/// Where the document is registered for the validator's `$ref`s.
const DOC_URI: &str = "urn:openapi-document";

impl<'a> Validators<'a> {
    fn new(raw: &'a Value) -> Self {
        Validators { raw, converted: None, cache: BTreeMap::new(), unchecked: Vec::new() }
    }

    /// Why `value` breaks the schema at `pointer`; `None` when it does not (or the schema
    /// cannot be checked, which leaves the blame with us).
    fn check(&mut self, pointer: &str, value: &Value) -> Option<String> {
        if !self.cache.contains_key(pointer) {
            let (doc, moved) = self.converted.get_or_insert_with(|| to_json_schema(self.raw));
            let (doc, target) = (doc.clone(), moved.translate(pointer));
            let built = (|| {
                let registry = jsonschema::Registry::new()
                    .add(DOC_URI, jsonschema::Draft::Draft4.create_resource(doc))
                    .and_then(|b| b.prepare())
                    .map_err(|e| e.to_string())?;
                let schema = serde_json::json!({ "$ref": format!("{DOC_URI}#{}", fragment(&target)) });
                jsonschema::options()
                    .with_draft(jsonschema::Draft::Draft4)
                    .with_registry(&registry)
                    .should_validate_formats(true)
                    .with_format("uuid", |s| s.len() == 36 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-'))
                    .with_format("date", |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok())
                    .build(&schema)
                    .map_err(|e| e.to_string())
            })();
            self.cache.insert(pointer.to_owned(), built);
        }
        let validator = match self.cache.get(pointer)? {
            Ok(v) => v,
            // Unchecked: the blame stays with us, and the report says why.
            Err(e) => {
                self.unchecked.push((pointer.to_owned(), e.clone()));
                return None;
            }
        };
        let errors: Vec<String> =
            validator.iter_errors(value).take(3).map(|e| format!("{} at `{}`", e, e.instance_path())).collect();
        (!errors.is_empty()).then(|| errors.join("; "))
    }
}

/// A JSON pointer as a URI fragment: what is not unreserved, percent-encoded.
fn fragment(pointer: &str) -> String {
    let p = pointer.strip_prefix('#').unwrap_or(pointer);
    let mut out = String::new();
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The document with its OpenAPI 3.0 schema objects made JSON Schema (draft 4, whose
/// boolean `exclusiveMinimum` 3.0 shares): `nullable: true` admits `null`; the integer
/// formats bound the value. A nullable schema without `type` becomes
/// `{anyOf: [{type: null}, <schema>]}`, which moves what is inside it: the second value
/// translates pointers into such places, and every `$ref` of the document is rewritten by it.
fn to_json_schema(raw: &Value) -> (Value, Moved) {
    fn walk(v: &mut Value, at: &mut String, moved: &mut Vec<String>, depth: usize) {
        if depth > 512 {
            return;
        }
        match v {
            Value::Object(map) => {
                for (k, inner) in map.iter_mut() {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&codegen::diagnostics::escape_segment(k));
                    walk(inner, at, moved, depth + 1);
                    at.truncate(len);
                }
                let integer = map.get("type").and_then(Value::as_str) == Some("integer");
                let bounds = match map.get("format").and_then(Value::as_str) {
                    Some("int32") if integer => Some((i64::from(i32::MIN), i64::from(i32::MAX))),
                    Some("int64") if integer => Some((i64::MIN, i64::MAX)),
                    _ => None,
                };
                if let Some((lo, hi)) = bounds {
                    map.entry("minimum").or_insert(lo.into());
                    map.entry("maximum").or_insert(hi.into());
                }
                if map.get("nullable") != Some(&Value::Bool(true)) {
                    return;
                }
                map.remove("nullable");
                if let Some(Value::Array(values)) = map.get_mut("enum")
                    && !values.contains(&Value::Null)
                {
                    values.push(Value::Null);
                }
                match map.get("type").cloned() {
                    Some(Value::String(t)) => {
                        map.insert("type".into(), serde_json::json!([t, "null"]));
                    }
                    _ => {
                        let inner = Value::Object(std::mem::take(map));
                        map.insert("anyOf".into(), serde_json::json!([{ "type": "null" }, inner]));
                        moved.push(at.clone());
                    }
                }
            }
            Value::Array(items) => {
                for (i, inner) in items.iter_mut().enumerate() {
                    let len = at.len();
                    let _ = write!(at, "/{i}");
                    walk(inner, at, moved, depth + 1);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }
    fn rewrite(v: &mut Value, moved: &Moved) {
        match v {
            Value::Object(map) => {
                for (k, inner) in map.iter_mut() {
                    match inner {
                        Value::String(r) if k == "$ref" && r.starts_with('#') => *r = moved.translate(r),
                        _ => rewrite(inner, moved),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| rewrite(i, moved)),
            _ => {}
        }
    }
    let mut doc = raw.clone();
    let mut moved = Vec::new();
    walk(&mut doc, &mut String::from("#"), &mut moved, 0);
    let moved = Moved(moved);
    if !moved.0.is_empty() {
        rewrite(&mut doc, &moved);
    }
    (doc, moved)
}

/// Places (`#/...`) whose content moved one level down, into `anyOf/1`.
#[derive(Default)]
struct Moved(Vec<String>);

impl Moved {
    /// Where what `pointer` (in the original document) is now: after every wrapper that
    /// holds it, `/anyOf/1`; inserted deepest first, so the shallower places stay put.
    fn translate(&self, pointer: &str) -> String {
        let mut holders: Vec<&String> = self
            .0
            .iter()
            .filter(|m| {
                pointer.len() > m.len() && pointer.starts_with(m.as_str()) && pointer.as_bytes()[m.len()] == b'/'
            })
            .collect();
        holders.sort_by_key(|m| std::cmp::Reverse(m.len()));
        let mut p = pointer.to_owned();
        for m in holders {
            p.insert_str(m.len(), "/anyOf/1");
        }
        p
    }
}

/// A table row's label and figures.
pub fn print_table(rows: &[(String, &Outcome)]) {
    println!(
        "{:<44} {:>8} {:>8} {:>8} {:>6} {:>7} {:>6} {:>8}",
        "spec", "examples", "skipped", "decoded", "lost", "spec's", "ours", "build s"
    );
    let mut total = Tally::default();
    for (name, o) in rows {
        let t = &o.tally;
        println!(
            "{:<44} {:>8} {:>8} {:>8} {:>6} {:>7} {:>6} {:>8.1}{}",
            name,
            t.found,
            t.skipped,
            t.decoded,
            t.lost,
            t.spec_faults,
            t.ours,
            o.build.as_secs_f64(),
            if o.broken.is_some() { "  BROKEN" } else { "" }
        );
        total.found += t.found;
        total.skipped += t.skipped;
        total.decoded += t.decoded;
        total.lost += t.lost;
        total.spec_faults += t.spec_faults;
        total.ours += t.ours;
    }
    if rows.len() > 1 {
        println!(
            "{:<44} {:>8} {:>8} {:>8} {:>6} {:>7} {:>6}",
            "total", total.found, total.skipped, total.decoded, total.lost, total.spec_faults, total.ours
        );
    }
}

/// The failures of one spec: all of ours, and the spec's up to `limit`.
pub fn print_failures(name: &str, o: &Outcome, limit: usize) {
    if let Some(b) = &o.broken {
        eprintln!("{name}: {b}");
    }
    for f in o.failures.iter().filter(|f| f.invalid.is_none()) {
        eprintln!("{name}: OURS {} as `{}`: {}", f.pointer, f.rust_type, f.message);
    }
    let spec: Vec<&Failure> = o.failures.iter().filter(|f| f.invalid.is_some()).collect();
    for f in spec.iter().take(limit) {
        eprintln!(
            "{name}: spec's {}: {} (the example breaks its schema: {})",
            f.pointer,
            f.message,
            f.invalid.as_deref().unwrap_or_default()
        );
    }
    if spec.len() > limit {
        eprintln!("{name}: ... and {} more examples that break their own schema", spec.len() - limit);
    }
}

/// A full report of one spec, for a file.
pub fn report_text(name: &str, o: &Outcome) -> String {
    let mut s = String::new();
    let t = &o.tally;
    let _ = writeln!(
        s,
        "{name}: {} examples, {} skipped, {} decoded, {} lost data, {} the spec's faults, {} ours",
        t.found, t.skipped, t.decoded, t.lost, t.spec_faults, t.ours
    );
    if let Some(b) = &o.broken {
        let _ = writeln!(s, "broken: {b}");
    }
    for f in &o.failures {
        let blame = match &f.invalid {
            Some(why) => format!("spec's (breaks its schema: {why})"),
            None => "OURS".to_owned(),
        };
        let _ = writeln!(s, "{blame}\n  {}\n  as {}\n  {}", f.pointer, f.rust_type, f.message);
    }
    for (p, why) in &o.skipped {
        let _ = writeln!(s, "skipped {p}: {why}");
    }
    s
}

/// `cargo xtask examples [--spec FILE]...`: each spec (by default those of `specs/`) into
/// a crate under `target/examples/`, its examples checked.
pub fn run(specs: &[PathBuf], keep_unknown: bool) -> ExitCode {
    let root = crate::repo_root();
    let specs: Vec<PathBuf> = if specs.is_empty() {
        match std::fs::read_dir(root.join("specs")) {
            Ok(d) => {
                let mut v: Vec<PathBuf> = d
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "json")))
                    .collect();
                v.sort();
                v
            }
            Err(e) => {
                eprintln!("error: cannot read specs/: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        specs.to_vec()
    };
    for s in &specs {
        if !s.is_file() {
            eprintln!("error: --spec {}: no such file", s.display());
            return ExitCode::from(2);
        }
    }
    let work = root.join("target/examples");
    let target_dir = root.join("target/corpus-target");
    let lock = root.join("Cargo.lock");
    let mut outcomes = Vec::new();
    let mut failed = false;
    for path in &specs {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned();
        match generate(path, keep_unknown) {
            Ok((crate_name, harness)) => {
                let dir = work.join(format!("{crate_name}-examples"));
                let o = check_crate(&dir, &crate_name, &harness, &target_dir, &lock);
                let report = work.join(format!("{crate_name}.txt"));
                let _ = std::fs::write(&report, report_text(&name, &o));
                print_failures(&name, &o, 10);
                failed |= o.tally.ours > 0 || o.broken.is_some();
                outcomes.push((name, o));
            }
            Err(e) => {
                eprintln!("{name}: {e}");
                failed = true;
            }
        }
    }
    let rows: Vec<(String, &Outcome)> = outcomes.iter().map(|(n, o)| (n.clone(), o)).collect();
    print_table(&rows);
    println!("full reports: {}", work.display());
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// A spec's examples with their types and the types they need: the crate name the spec
/// would get, and the harness's material.
pub fn generate(path: &Path, keep_unknown: bool) -> Result<(String, codegen::ExamplesHarness), String> {
    let display = path.display().to_string();
    let text = codegen::load::read_text(path, &display).map_err(|d| d.to_string())?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let module = codegen::module_names([stem]).remove(0);
    let options = codegen::lower::LowerOptions {
        keep_unknown_properties: keep_unknown,
        features_by_tag: false,
        serde_by_use: false,
    };
    let harness = codegen::examples_harness(&display, &text, &module, path.parent(), &options)
        .map_err(|d| d.iter().filter(|d| d.is_error()).take(3).map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))?;
    Ok((crate::crate_name_from(stem), harness))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lost(schema: Value, original: Value, encoded: Value) -> Vec<String> {
        let raw = json!({ "components": { "schemas": { "S": schema, "Inner": { "type": "object", "properties": { "b": { "type": "integer" } } } } } });
        let s = schema_at(&raw, "#/components/schemas/S");
        let schemas = resolve_all(&raw, &[s]);
        let mut out = Vec::new();
        compare(&raw, &original, &encoded, &schemas, "", &mut out);
        out
    }

    #[test]
    fn declared_properties_must_survive_and_undeclared_ones_may_go() {
        let schema = json!({ "type": "object", "properties": { "a": { "type": "string" }, "n": { "$ref": "#/components/schemas/Inner" } } });
        assert_eq!(lost(schema.clone(), json!({ "a": "x", "extra": 1 }), json!({ "a": "x" })), Vec::<String>::new());
        assert_eq!(lost(schema.clone(), json!({ "a": "x" }), json!({})), vec!["/a: declared property dropped"]);
        // Through a `$ref`, and through allOf.
        assert_eq!(
            lost(schema.clone(), json!({ "n": { "b": 1 } }), json!({ "n": {} })),
            vec!["/n/b: declared property dropped"]
        );
        let all_of = json!({ "allOf": [{ "$ref": "#/components/schemas/Inner" }] });
        assert_eq!(lost(all_of, json!({ "b": 2 }), json!({})), vec!["/b: declared property dropped"]);
        // A null for an absent optional property may be left out.
        assert_eq!(lost(schema.clone(), json!({ "a": null }), json!({})), Vec::<String>::new());
        // A changed value is lost data too.
        assert_eq!(lost(schema, json!({ "a": "x" }), json!({ "a": "y" })), vec!["/a: \"x\" came back as \"y\""]);
    }

    #[test]
    fn numbers_by_value_date_times_by_instant() {
        let schema = json!({ "type": "object", "properties": { "t": { "type": "string", "format": "date-time" }, "f": { "type": "number" } } });
        let same = lost(
            schema.clone(),
            json!({ "t": "2024-01-02T03:04:05.000+01:00", "f": 1 }),
            json!({ "t": "2024-01-02T02:04:05Z", "f": 1.0 }),
        );
        assert_eq!(same, Vec::<String>::new());
        let other = lost(schema, json!({ "t": "2024-01-02T03:04:05Z" }), json!({ "t": "2024-01-02T03:04:06Z" }));
        assert_eq!(other.len(), 1);
    }

    #[test]
    fn pointers_into_nullable_schemas_without_type_follow_them_into_any_of() {
        let raw = json!({ "components": { "schemas": {
            "P": { "nullable": true, "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "integer" } }] },
            "Q": { "type": "object", "properties": { "p": { "$ref": "#/components/schemas/P/oneOf/1" } } }
        } } });
        let mut v = Validators::new(&raw);
        assert!(v.check("#/components/schemas/P/oneOf/1", &json!("[1, 2]")).is_some(), "a string is not an array");
        assert_eq!(v.check("#/components/schemas/P/oneOf/1", &json!([1, 2])), None);
        assert!(v.check("#/components/schemas/Q", &json!({ "p": "x" })).is_some(), "the $ref was rewritten too");
        assert!(v.unchecked.is_empty(), "{:?}", v.unchecked);
    }

    #[test]
    fn validation_blames_examples_that_break_their_schema() {
        let raw = json!({ "components": { "schemas": {
            "Pet": { "type": "object", "required": ["name"], "properties": {
                "name": { "type": "string" }, "owner": { "$ref": "#/components/schemas/Owner" },
                "age": { "type": "integer", "format": "int32", "minimum": 0, "exclusiveMinimum": true } } },
            "Owner": { "type": "object", "nullable": true, "properties": { "id": { "type": "string", "format": "uuid" } } }
        } } });
        let mut v = Validators::new(&raw);
        let p = "#/components/schemas/Pet";
        assert_eq!(v.check(p, &json!({ "name": "rex", "owner": null, "age": 3 })), None);
        assert!(v.check(p, &json!({ "owner": null })).is_some(), "name is required");
        assert!(v.check(p, &json!({ "name": "rex", "age": 0 })).is_some(), "exclusiveMinimum as a boolean");
        assert!(v.check(p, &json!({ "name": "rex", "age": 3_000_000_000u64 })).is_some(), "int32 bounds");
        assert!(v.check(p, &json!({ "name": "rex", "owner": { "id": "nope" } })).is_some(), "uuid format");
    }
}
