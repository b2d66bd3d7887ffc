//! Random specs into the generator: it returns generated code or diagnostics, never panics,
//! every output parses with syn, and the same spec always gives the same output.
//!
//! Specs are built as JSON trees from a small pool of names (so `$ref`s dangle, alias each
//! other and form cycles often), with odd names (keywords, leading digits, punctuation,
//! quotes, control and bidi characters, non-ASCII), nested objects, arrays, maps,
//! compositions, enums, parameters, bodies, responses (shared ones through `$ref`s too),
//! servers and security schemes, and written out as JSON or, behind a comment line, as
//! YAML flow text. A third of them are rewritten into OpenAPI 3.1 and 3.2 forms first
//! ([`to_31`]), so that the loader's rewrite of those into the 3.0 form is fuzzed too.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};

use codegen::diagnostics::Kind;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::{Map, Value, json};

/// The seed CI runs with (see the test).
const FIXED_SEED: u64 = 0x5e55_10a5;

/// Names that components are given and `$ref`s point at: some collide after case
/// conversion, some are keywords or not identifiers at all.
const POOL: &[&str] = &["A", "B", "a", "Self", "type", "1x", "é", "foo_bar", "fooBar", "Option", "x/y", "~0"];

/// Components every spec defines, so that most `$ref`s resolve.
const ALWAYS: &[&str] = &["A", "B", "Self"];

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(POOL).prop_map(str::to_owned),
        2 => prop::sample::select(&[
            "self", "super", "crate", "Self", "match", "async", "r#type", "_", "__", "", " ", "Unknown",
            "body", "options", "Client", "additional_properties", "123", "*/", "\"#", "}", "\\", "`", "a b",
        ][..])
        .prop_map(str::to_owned),
        // Every identifier the emitter writes on its own (harvested by tests/build.rs), so
        // that a local, import or method added to the emitter later meets a spec name here.
        3 => prop::sample::select(session_apis_tests::vocabulary::EMITTER_IDENTS).prop_map(str::to_owned),
        2 => "[a-zA-Z_][a-zA-Z0-9_-]{0,8}",
        2 => "[\\x00-\\x1f\\u{202e}\\u{2066}\"'`*/#{}\\[\\]\\\\ $%~.:;éß😀0-9a-z]{0,6}",
        1 => any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ]
}

/// Descriptions and examples: text that is code elsewhere.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(
            &[
                "*/ /* \"# ``` \n```\nfn main() {}\n```",
                "</script>",
                "#[cfg(test)] }",
                "\\",
                "\r\n\u{202e}",
                "```rust\npanic!()",
                "~~~\ncode",
                "\"###",
                "",
            ][..]
        )
        .prop_map(str::to_owned),
        "\\PC{0,20}",
        any::<String>().prop_map(|s| s.chars().take(30).collect()),
    ]
}

fn reference() -> impl Strategy<Value = Value> {
    prop_oneof![
        24 => prop::sample::select(ALWAYS).prop_map(|n| json!({"$ref": format!("#/components/schemas/{n}")})),
        2 => prop::sample::select(POOL).prop_map(|n| json!({"$ref": format!("#/components/schemas/{}", n.replace('~', "~0").replace('/', "~1"))})),
        1 => prop::sample::select(&[
            "#/components/schemas/Missing", "#/paths", "#/components/schemas/A/properties/p", "#/components/schemas/B/items",
            "#/components/schemas/Self/allOf/0", "other.yaml#/X", "#", "",
        ][..]).prop_map(|r| json!({"$ref": r})),
        1 => name().prop_map(|n| json!({"$ref": format!("#{n}")})),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({"type": "string"})),
        prop::sample::select(&["date-time", "date", "uuid", "binary", "byte", "weird"][..])
            .prop_map(|f| json!({"type": "string", "format": f})),
        prop::collection::vec(name(), 0..5).prop_map(|v| json!({"type": "string", "enum": v})),
        prop::collection::vec(any::<i64>(), 0..4).prop_map(|v| json!({"type": "integer", "enum": v})),
        prop::sample::select(&["int32", "int64", "uint64", "uint8", "x"][..])
            .prop_map(|f| json!({"type": "integer", "format": f})),
        Just(json!({"type": "number", "format": "float"})),
        Just(json!({"type": "boolean"})),
        Just(json!({})),
        Just(json!({"type": "object"})),
        Just(json!({"type": "nonsense"})),
        Just(json!({"not": {"type": "string"}})),
        Just(json!({"enum": ["a", null, 1]})),
        reference(),
        reference(),
    ]
}

fn schema() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            // Objects, sometimes with required names that are not properties.
            (prop::collection::vec((name(), inner.clone()), 0..5), prop::collection::vec(name(), 0..3), any::<bool>(), text())
                .prop_map(|(props, required, nullable, description)| {
                    let properties: Map<String, Value> = props.into_iter().collect();
                    json!({"type": "object", "properties": properties, "required": required, "nullable": nullable, "description": description})
                }),
            inner.clone().prop_map(|items| json!({"type": "array", "items": items})),
            inner.clone().prop_map(|v| json!({"type": "object", "additionalProperties": v})),
            (prop::collection::vec(inner.clone(), 0..4), prop::sample::select(&["allOf", "oneOf", "anyOf"][..]))
                .prop_map(|(members, key)| json!({ key: members })),
            (prop::collection::vec(reference(), 1..4), name(), prop::collection::vec((name(), reference()), 0..3)).prop_map(
                |(members, prop, mapping)| {
                    let mapping: Map<String, Value> = mapping.into_iter().map(|(k, r)| (k, r["$ref"].clone())).collect();
                    json!({"oneOf": members, "discriminator": {"propertyName": prop, "mapping": mapping}})
                }
            ),
            (inner.clone(), text(), text()).prop_map(|(mut s, title, example)| {
                if let Some(o) = s.as_object_mut() {
                    o.insert("title".into(), json!(title));
                    o.insert("example".into(), json!(example));
                    o.insert("default".into(), json!(example));
                }
                s
            }),
        ]
    })
}

fn parameter() -> impl Strategy<Value = Value> {
    (name(), prop::sample::select(&["path", "query", "header", "cookie"][..]), any::<bool>(), schema(), text()).prop_map(
        |(name, place, required, schema, description)| {
            json!({"name": name, "in": place, "required": required || place == "path", "schema": schema, "description": description})
        },
    )
}

/// Names of shared responses, request bodies and headers: mostly a few, so that `$ref`s to
/// them often resolve.
fn component_name() -> impl Strategy<Value = &'static str> {
    prop_oneof![3 => prop::sample::select(ALWAYS), 1 => prop::sample::select(POOL)]
}

/// A `$ref` to a component of `kind` named from the pool, which may or may not exist.
fn component_ref(kind: &'static str) -> impl Strategy<Value = Value> {
    component_name()
        .prop_map(move |n| json!({"$ref": format!("#/components/{kind}/{}", n.replace('~', "~0").replace('/', "~1"))}))
}

/// A response: maybe a body, maybe a header (inline or a `$ref` to a header component).
fn response() -> impl Strategy<Value = Value> {
    (
        prop::option::of(schema()),
        prop::sample::select(
            &["application/json", "text/plain", "application/octet-stream", "application/problem+json"][..],
        ),
        text(),
        prop::option::of((name(), prop_oneof![schema().prop_map(|s| json!({"schema": s})), component_ref("headers")])),
    )
        .prop_map(|(schema, media, description, header)| {
            let mut r = json!({"description": description});
            if let Some(s) = schema {
                r["content"] = json!({ media: {"schema": s} });
            }
            if let Some((name, h)) = header {
                r["headers"] = json!({ name: h });
            }
            r
        })
}

fn responses() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            prop::sample::select(
                &["200", "201", "204", "2XX", "400", "404", "4XX", "500", "599", "default", "299"][..],
            ),
            prop_oneof![4 => response(), 1 => component_ref("responses")],
        ),
        0..4,
    )
    .prop_map(|rs| Value::Object(rs.into_iter().map(|(code, r)| (code.to_owned(), r)).collect()))
}

/// A request body: a schema in one media type.
fn request_body() -> impl Strategy<Value = Value> {
    (
        schema(),
        prop::sample::select(
            &["application/json", "multipart/form-data", "application/x-www-form-urlencoded", "text/plain"][..],
        ),
        any::<bool>(),
    )
        .prop_map(|(schema, media, required)| json!({"required": required, "content": { media: {"schema": schema} }}))
}

fn operation() -> impl Strategy<Value = Value> {
    (
        prop::option::of(name()),
        prop::collection::vec(parameter(), 0..4),
        prop::option::of(prop_oneof![4 => request_body(), 1 => component_ref("requestBodies")]),
        responses(),
        text(),
        prop::option::of(prop::collection::vec(prop_oneof![4 => Just("key".to_owned()), 1 => name()], 0..2)),
    )
        .prop_map(|(id, params, body, responses, description, security)| {
            let mut op = json!({"parameters": params, "responses": responses, "description": description, "summary": description});
            if let Some(id) = id {
                op["operationId"] = json!(id);
            }
            if let Some(body) = body {
                op["requestBody"] = body;
            }
            if let Some(names) = security {
                op["security"] = json!(names.into_iter().map(|n| json!({ n: [] })).collect::<Vec<_>>());
            }
            op
        })
}

/// A path template and the path-level parameters that declare (most of) its `{names}`.
fn path() -> impl Strategy<Value = (String, Vec<Value>)> {
    prop::collection::vec(
        prop_oneof![
            16 => "[a-z]{1,5}".prop_map(|s| (s, None)),
            // Names without braces or slashes, which cannot be in a template expression.
            16 => (prop_oneof!["[a-zA-Z_][a-zA-Z0-9_.-]{0,8}", prop::sample::select(&["type", "self", "Self", "1st", "é", "a b", "body"][..]).prop_map(str::to_owned)], 0..10u8)
                .prop_map(|(n, declared)| (format!("{{{n}}}"), (declared > 0).then_some(n))),
            // Broken templates, now and then.
            1 => Just(("{".to_owned(), None)),
            1 => Just(("}{".to_owned(), None)),
            1 => Just(("{a}.{b}".to_owned(), None)),
        ],
        0..4,
    )
    .prop_map(|segs| {
        let template = format!("/{}", segs.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>().join("/"));
        let params = segs
            .into_iter()
            .filter_map(|(_, declared)| declared)
            .map(|n| json!({"name": n, "in": "path", "required": true, "schema": {"type": "string"}}))
            .collect();
        (template, params)
    })
}

fn server() -> impl Strategy<Value = Value> {
    (
        prop_oneof![
            Just("https://api.example.com/v1".to_owned()),
            name().prop_map(|n| format!("https://{{{n}}}.example.com/{{{n}}}/x")),
            Just("http://{unclosed".to_owned()),
            Just("https://x/{é".to_owned()),
            Just("https://x/\u{0}{a}".to_owned()),
            "\\PC{0,12}",
        ],
        prop::collection::vec((name(), name()), 0..3),
    )
        .prop_map(|(url, vars)| {
            let variables: Map<String, Value> =
                vars.into_iter().map(|(k, d)| (k, json!({"default": d, "enum": [d], "description": "*/"}))).collect();
            json!({"url": url, "variables": variables, "description": "\"#"})
        })
}

fn security_scheme() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({"type": "http", "scheme": "basic"})),
        Just(json!({"type": "http", "scheme": "bearer"})),
        Just(json!({"type": "http", "scheme": "weird\"*/"})),
        name().prop_map(|n| json!({"type": "apiKey", "in": "header", "name": n, "x-api-key-prefix": "Key */ "})),
        name().prop_map(|n| json!({"type": "apiKey", "in": "query", "name": n})),
        Just(json!({"type": "openIdConnect", "openIdConnectUrl": "https://x/.well-known"})),
    ]
}

fn spec() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(schema(), ALWAYS.len()),
        prop::collection::vec((prop::sample::select(POOL), schema()), 0..4),
        prop::collection::vec(
            (
                path(),
                prop::sample::select(&["get", "post", "put", "delete", "patch"][..]),
                operation(),
                prop::collection::vec(parameter(), 0..2),
            ),
            0..4,
        ),
        prop::collection::vec(server(), 0..2),
        prop::collection::vec((prop_oneof![Just("key".to_owned()), name()], security_scheme()), 0..3),
        text(),
        // Shared responses, request bodies and headers, which operations may refer to.
        (
            prop::collection::vec((component_name(), response()), 0..4),
            prop::collection::vec((component_name(), request_body()), 0..3),
            prop::collection::vec((component_name(), schema()), 0..3),
        ),
    )
        .prop_map(|(always, more, ops, servers, schemes, description, (responses, bodies, headers))| {
            let mut schemas: Map<String, Value> = ALWAYS.iter().map(|n| n.to_string()).zip(always).collect();
            schemas.extend(more.into_iter().map(|(n, s)| (n.to_owned(), s)));
            let mut paths = Map::new();
            for ((p, mut declared), method, op, more_params) in ops {
                let item = paths.entry(p).or_insert_with(|| json!({}));
                item[method] = op;
                declared.extend(more_params);
                item["parameters"] = json!(declared);
            }
            let security_schemes: Map<String, Value> = schemes.into_iter().collect();
            json!({
                "openapi": "3.0.3",
                "info": {"title": description, "version": "1\"", "description": description},
                "servers": servers,
                "paths": paths,
                "components": {
                    "schemas": schemas,
                    "securitySchemes": security_schemes,
                    "responses": responses.into_iter().map(|(n, r)| (n.to_owned(), r)).collect::<Map<String, Value>>(),
                    "requestBodies": bodies.into_iter().map(|(n, b)| (n.to_owned(), b)).collect::<Map<String, Value>>(),
                    "headers": headers.into_iter().map(|(n, s)| (n.to_owned(), json!({"schema": s}))).collect::<Map<String, Value>>(),
                },
            })
        })
}

/// A small deterministic generator for [`to_31`]'s choices, from a seed proptest draws.
struct Dice(u64);

impl Dice {
    /// True with probability `percent` / 100.
    fn roll(&mut self, percent: u64) -> bool {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % 100 < percent
    }
}

/// A random 3.0 spec rewritten into OpenAPI 3.1 (or 3.2) forms, so that the loader's
/// rewrite of those forms is fuzzed too: `type` lists with `null`, `const`, `examples`,
/// numeric exclusive bounds, `anyOf` with `{type: "null"}`, `$ref`s with siblings, `$defs`,
/// tuples, conditionals, boolean schemas, and the paths repeated as `webhooks`.
fn to_31(mut doc: Value, seed: u64) -> Value {
    fn walk(v: &mut Value, parent: &str, dice: &mut Dice) {
        match v {
            Value::Object(m) => {
                let keys: Vec<String> = m.keys().cloned().collect();
                for k in keys {
                    if let Some(child) = m.get_mut(&k) {
                        walk(child, &k, dice);
                    }
                }
                rewrite(m, dice);
                if m.is_empty() && matches!(parent, "items" | "additionalProperties") && dice.roll(30) {
                    *v = Value::Bool(true);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, parent, dice)),
            _ => {}
        }
    }
    fn rewrite(m: &mut Map<String, Value>, dice: &mut Dice) {
        let ty = m.get("type").and_then(Value::as_str).map(str::to_owned);
        if m.remove("nullable") == Some(json!(true)) {
            match &ty {
                Some(t) if dice.roll(70) => {
                    m.insert("type".into(), json!([t, "null"]));
                }
                _ => {
                    m.insert("nullable".into(), json!(true));
                }
            }
        }
        if let Some(Value::Array(e)) = m.get("enum")
            && e.len() == 1
            && dice.roll(50)
        {
            let c = e[0].clone();
            m.remove("enum");
            m.insert("const".into(), c);
        }
        if let Some(Value::String(r)) = m.get("$ref").cloned()
            && m.len() == 1
        {
            if dice.roll(15) {
                m.remove("$ref");
                m.insert("anyOf".into(), json!([{"$ref": r}, {"type": "null"}]));
            } else if dice.roll(10) {
                m.insert("description".into(), json!("beside a $ref"));
                m.insert("readOnly".into(), json!(true));
            } else if dice.roll(5) {
                m.insert("properties".into(), json!({"extra": {"type": ["string", "null"]}}));
            } else if dice.roll(5) {
                m.insert("$ref".into(), json!("#/components/schemas/A/$defs/D"));
            }
        }
        match ty.as_deref() {
            Some("string") if !m.contains_key("enum") && dice.roll(10) => {
                m.insert("type".into(), json!(["string", "integer"]));
            }
            Some("string") if dice.roll(3) => {
                m.insert("type".into(), json!(["string", "number", "integer", "boolean", "array", "object", "null"]));
            }
            Some("integer") if dice.roll(20) => {
                m.insert("exclusiveMinimum".into(), json!(0));
            }
            Some("array") if dice.roll(10) => {
                if let Some(items) = m.remove("items") {
                    m.insert("prefixItems".into(), json!([items, {"type": "string"}]));
                }
            }
            Some("object") if m.contains_key("properties") && dice.roll(5) => {
                m.insert("if".into(), json!({"required": ["p"]}));
                m.insert("then".into(), json!({"properties": {"q": {"type": "string"}}, "minProperties": 1}));
            }
            _ => {}
        }
        if let Some(example) = m.get("example").cloned()
            && dice.roll(50)
        {
            m.remove("example");
            m.insert("examples".into(), json!([example]));
        }
    }
    let mut dice = Dice(seed | 1);
    walk(&mut doc, "", &mut dice);
    doc["openapi"] = json!(if dice.roll(25) { "3.2.0" } else { "3.1.0" });
    if let Some(a) = doc.pointer_mut("/components/schemas/A").and_then(Value::as_object_mut) {
        a.insert("$defs".into(), json!({"D": {"type": ["integer", "null"], "examples": [1]}}));
    }
    if dice.roll(30) {
        doc["webhooks"] = doc["paths"].clone();
    }
    doc
}

/// Random specs of every version: 3.0 ones, and the same rewritten into 3.1 and 3.2 forms.
fn any_spec() -> impl Strategy<Value = Value> {
    prop_oneof![2 => spec(), 1 => (spec(), any::<u64>()).prop_map(|(doc, seed)| to_31(doc, seed))]
}

#[test]
fn random_specs_give_code_that_parses_or_diagnostics_never_a_panic() {
    // Bounded and seeded for CI, so that a run fails only when the generator changed; a hunt
    // for new failures sets its own: `PROPTEST_CASES=20000 PROPTEST_RNG_SEED=$RANDOM`, and
    // `SPECS_DUMP=<file>` to keep the spec being tried (for crashes that are not panics).
    let cases: u32 = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1024);
    let defaults = Config::default();
    let rng_seed = match defaults.rng_seed {
        RngSeed::Random => RngSeed::Fixed(FIXED_SEED),
        chosen => chosen,
    };
    let dump = std::env::var_os("SPECS_DUMP").map(std::path::PathBuf::from);
    let ran = AtomicUsize::new(0);
    let generated = AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config { cases, rng_seed, failure_persistence: None, ..defaults });
    let result = runner.run(&(any_spec(), any::<bool>()), |(doc, as_yaml)| {
        ran.fetch_add(1, Ordering::Relaxed);
        let json = serde_json::to_string_pretty(&doc).unwrap();
        // A comment line first makes the loader read the (flow-style) text as YAML.
        let text = if as_yaml { format!("# yaml\n{json}") } else { json };
        if let Some(dump) = &dump {
            // A stack overflow aborts the process before proptest can report the case.
            std::fs::write(dump, &text)
                .map_err(|e| TestCaseError::fail(format!("cannot write {}: {e}", dump.display())))?;
        }
        let run = || catch_unwind(AssertUnwindSafe(|| codegen::generate_api("random.yaml", &text, "random_api")));
        let first = run().map_err(|_| TestCaseError::fail(format!("panicked on:\n{text}")))?;
        match &first {
            Ok((files, _)) => {
                generated.fetch_add(1, Ordering::Relaxed);
                for (what, code) in [
                    ("root", &files.root),
                    ("types", &files.types),
                    ("operations", &files.operations),
                    ("client", &files.client),
                ] {
                    if let Err(e) = syn::parse_file(code) {
                        return Err(TestCaseError::fail(format!("{what} does not parse: {e}\n{code}\nspec:\n{text}")));
                    }
                }
            }
            Err(diags) => {
                prop_assert!(!diags.is_empty(), "an error without diagnostics:\n{text}");
                for d in diags {
                    prop_assert!(d.kind != Kind::Internal, "internal error {d:?} on:\n{text}");
                    prop_assert!(!d.message.is_empty() && d.help.is_some(), "{d:?}");
                    prop_assert!(!d.file.is_empty(), "{d:?}");
                }
                prop_assert!(diags.iter().any(|d| d.is_error()), "{diags:?}");
            }
        }
        // Deterministic: the same spec gives the same files and the same diagnostics.
        let second = run().map_err(|_| TestCaseError::fail("panicked on the second run"))?;
        match (&first, &second) {
            (Ok((a, wa)), Ok((b, wb))) => {
                prop_assert!(
                    a.types == b.types && a.operations == b.operations && a.client == b.client && a.root == b.root
                );
                prop_assert_eq!(wa, wb);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "Ok once and Err once on:\n{text}"),
        }
        Ok(())
    });
    let (ran, generated) = (ran.into_inner(), generated.into_inner());
    println!(
        "proptest_specs: {ran} random specs run ({cases} cases, seed {rng_seed:?}), {generated} generated code, {} gave diagnostics",
        ran - generated
    );
    if let Err(e) = result {
        panic!("{e}");
    }
    // The generator should not reject everything: a good share must produce code.
    assert!(generated * 10 >= ran, "only {generated} of {ran} random specs generated code");
}

/// Specs the compile check below once failed on, kept as regression cases (each became
/// code that did not compile, or not without warnings).
const FOUND: &[&str] = &[
    // No operations: the client and operations modules imported what only operations use.
    "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n",
    // A discriminated oneOf naming one member twice: two match arms for one tag.
    r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    A: {type: object, properties: {kind: {type: string}}}
    U:
      oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/A'}]
      discriminator: {propertyName: kind}
"#,
    // Two schemes of one kind, one named `self`: a setter was named `self__basic_auth`.
    r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    self: {type: http, scheme: basic}
    other: {type: http, scheme: basic}
"#,
    // A server whose URL is empty but declares a variable: `let mut url` never changed.
    r#"openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: '', variables: {v: {default: x, enum: [x]}}}]
paths: {}
"#,
    // An undeclared path parameter used twice, and a path-level parameter declared twice
    // (and a header declared as `Self` and `self`): unused duplicate fields.
    r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /{a}/x/{a}/{self}:
    parameters:
      - {name: self, in: path, required: true, schema: {type: string}}
      - {name: self, in: path, required: true, schema: {type: string}}
      - {name: Self, in: header, schema: {type: string}}
      - {name: self, in: header, schema: {type: string}}
    get:
      responses: {'204': {description: none}}
"#,
    // A property that allOf-merges its own container.
    include_str!("../hostile/merges_own_container.yaml"),
    // A discriminated union with a member named `D`, the name of the generic parameter of
    // its `Deserialize` impl (found by the 3.1 rewrite, with `D` a `$defs` schema).
    r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    D: {type: object, properties: {kind: {type: string}}}
    U:
      oneOf: [{$ref: '#/components/schemas/D'}]
      discriminator: {propertyName: kind}
"#,
    // OpenAPI 3.1 inputs of tests/hostile: a `type` list of every type, `$defs` that refer
    // to each other.
    include_str!("../hostile/openapi31_types.yaml"),
    include_str!("../hostile/openapi31_defs.yaml"),
];

/// Every random spec the generator accepts gives code that compiles: the first accepted
/// ones of a seeded stream become the modules of one crate, checked once with warnings
/// denied. It shares `target/corpus-target` with `cargo xtask corpus`, so the dependencies
/// are built once per CI run. `SPECS_COMPILE=<n>` and `PROPTEST_RNG_SEED` widen the hunt.
#[test]
fn accepted_random_specs_compile_without_warnings() {
    let wanted: usize = std::env::var("SPECS_COMPILE").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    let seed = match Config::default().rng_seed {
        RngSeed::Random => RngSeed::Fixed(FIXED_SEED + 1),
        chosen => chosen,
    };
    let mut runner = TestRunner::new(Config { rng_seed: seed, ..Config::default() });
    let strategy = any_spec();
    let mut inputs: Vec<codegen::SpecInput> = FOUND
        .iter()
        .enumerate()
        .map(|(n, text)| codegen::SpecInput {
            display_path: format!("found-{n}.yaml"),
            text: text.to_string(),
            module: format!("found_{n}"),
            base_dir: None,
        })
        .collect();
    let wanted = wanted + FOUND.len();
    let mut tried = 0;
    while inputs.len() < wanted && tried < wanted * 20 {
        tried += 1;
        let doc = strategy.new_tree(&mut runner).expect("a value").current();
        let text = serde_json::to_string_pretty(&doc).unwrap();
        // Keep only specs that generate on their own (with or without warnings).
        if codegen::generate_api("random.json", &text, "random_api").is_ok() {
            let n = inputs.len() - FOUND.len();
            inputs.push(codegen::SpecInput {
                display_path: format!("random-{n}.json"),
                text,
                module: format!("random_{n}"),
                base_dir: None,
            });
        }
    }
    assert_eq!(inputs.len(), wanted, "only {} of {tried} random specs generated", inputs.len() - FOUND.len());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let dir = root.join("target/random-specs");
    let opts = codegen::CrateOptions {
        crate_name: "random-specs".into(),
        module_per_spec: true,
        deny_warnings: true,
        command: "cargo test --test proptest_specs".into(),
        standalone: true,
        doctests: false,
        keep_unknown_properties: false,
        features_by_tag: false,
        serde_by_use: false,
    };
    let krate = codegen::generate_crate(&inputs, &opts).unwrap_or_else(|e| panic!("{e:#?}"));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in &krate.files {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, text).unwrap();
    }
    // The specs beside the crate, to reproduce a failure: `cargo xtask generate --spec ...`.
    for input in &inputs {
        let file = dir.join("specs").join(&input.display_path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &input.text).unwrap();
    }
    // The workspace's lock file: the same dependency versions, so the shared target is reused.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let out = std::process::Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--message-format=short"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", root.join("target/corpus-target"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!(
        "proptest_specs: {} found and {} accepted random specs (of {tried} tried, seed {seed:?}) compiled as one crate",
        FOUND.len(),
        wanted - FOUND.len()
    );
    assert!(out.status.success(), "the generated crate in {} does not compile:\n{stderr}", dir.display());
}
