//! OpenAPI 3.1 and 3.2 documents -> the OpenAPI 3.0 shape that `openapiv3` reads.
//!
//! OpenAPI 3.1 replaced 3.0's schema dialect by JSON Schema 2020-12 and added a few document
//! fields; 3.2 is a superset of 3.1. Rather than a second document model, the loader rewrites
//! the raw JSON tree of a 3.1 or 3.2 document, before it is deserialized, into what the same
//! construct is in 3.0: `type: [string, "null"]` becomes `type: string` with
//! `nullable: true`, `const` a one-value `enum`, a numeric `exclusiveMinimum` a `minimum`
//! with the 3.0 flag, a `$ref` with sibling keywords an `allOf`, and so on (the module's
//! functions say which). Everything after loading sees one model whatever the version.
//!
//! Diagnostics stay exact: nothing is moved that need not be (`$defs` stay where they are
//! and `$ref`s point into them), and where a rewrite does move a part of the document (a
//! `type` array split into `anyOf` members, a tuple's members gathered under `items`), the
//! [`Moves`] it records turn a pointer into the rewritten tree back into the pointer of the
//! source text.
//!
//! Two passes, both over the tree without recursion on the document's nesting:
//! [`resolve_ids`] before external files are bundled (it turns `$id` and `$anchor`
//! references into JSON pointers, which the bundler would otherwise take for file names),
//! and [`normalize`] after, over the document and the schemas it refers to in bundled files.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::diagnostics::{Diagnostic, Kind, escape_segment};

/// Which schema dialect a document's version implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// OpenAPI 3.0: the document is read as it is.
    OpenApi30,
    /// OpenAPI 3.1: JSON Schema 2020-12, webhooks, optional `paths`.
    OpenApi31,
    /// OpenAPI 3.2: 3.1 plus the `query` method, `additionalOperations`, `in: querystring`,
    /// `components/mediaTypes`, optional response descriptions.
    OpenApi32,
}

impl Dialect {
    /// From the document's `openapi` field (already checked by the loader).
    pub fn of(raw: &Value) -> Dialect {
        match raw.get("openapi").and_then(Value::as_str).unwrap_or("") {
            v if v.starts_with("3.1") => Dialect::OpenApi31,
            v if v.starts_with("3.2") => Dialect::OpenApi32,
            _ => Dialect::OpenApi30,
        }
    }
}

/// Where rewritten parts of the document came from: pointer prefixes in the rewritten tree
/// and the prefixes they stand for in the source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Moves {
    /// (prefix in the rewritten tree, prefix in the source), longest first once sealed.
    moved: Vec<(String, String)>,
}

impl Moves {
    fn record(&mut self, rewritten: String, original: String) {
        if rewritten != original {
            self.moved.push((rewritten, original));
        }
    }

    fn seal(&mut self) {
        self.moved.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        self.moved.dedup_by(|a, b| a.0 == b.0);
    }

    /// The pointer into the source text for a pointer into the rewritten tree.
    pub fn original(&self, pointer: &str) -> String {
        let mut p = pointer.to_owned();
        // A moved part can hold another moved part; each step makes the pointer shorter or
        // leaves it, so at most one step per recorded move.
        for _ in 0..=self.moved.len() {
            let Some((from, to)) = self.moved.iter().find(|(from, _)| is_prefix(from, &p)) else { break };
            p = format!("{to}{}", &p[from.len()..]);
        }
        p
    }

    pub fn is_empty(&self) -> bool {
        self.moved.is_empty()
    }
}

/// `#/a/b` is a prefix of `#/a/b` and `#/a/b/c`, not of `#/a/bc`.
fn is_prefix(prefix: &str, pointer: &str) -> bool {
    pointer.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// `jsonSchemaDialect` values read as the OpenAPI base dialect: the OAS dialects of 3.1 and
/// 3.2 (any revision) and plain JSON Schema 2020-12, which they extend.
const KNOWN_DIALECTS: &[&str] = &[
    "https://spec.openapis.org/oas/3.1/dialect/",
    "https://spec.openapis.org/oas/3.2/dialect/",
    "https://json-schema.org/draft/2020-12/schema",
];

fn is_known_dialect(uri: &str) -> bool {
    let uri = uri.trim_end_matches('#');
    KNOWN_DIALECTS.iter().any(|k| uri.starts_with(k.trim_end_matches('#')))
}

/// Keys whose values are data (examples, defaults, enumerated values), never schemas: a
/// `$ref` or `$id` inside them is text.
const DATA_KEYS: &[&str] = &["example", "examples", "default", "const", "enum"];

/// Turns `$ref`s written against `$id` URIs and `$anchor` names, and fragment pointers
/// inside a schema that has its own `$id`, into pointers from the document's root, which
/// is all later stages follow. References that name nothing in the document are left for
/// the bundler (a relative file name) or lowering (which reports them where they are).
pub fn resolve_ids(raw: &mut Value, dialect: Dialect) {
    if dialect == Dialect::OpenApi30 {
        return;
    }
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut anchors: HashMap<String, String> = HashMap::new();
    // (node, its pointer, the base URI in force, the pointer of the schema resource it is in)
    let mut stack: Vec<(&Value, String, String, String)> = vec![(&*raw, "#".into(), String::new(), "#".into())];
    let mut refs: Vec<(String, String, String, String)> = Vec::new();
    while let Some((v, at, base, resource)) = stack.pop() {
        match v {
            Value::Object(m) => {
                let (mut base, mut resource) = (base, resource);
                if let Some(Value::String(id)) = m.get("$id") {
                    base = resolve_uri(&base, id.split('#').next().unwrap_or(""));
                    ids.entry(base.clone()).or_insert_with(|| at.clone());
                    resource = at.clone();
                }
                for key in ["$anchor", "$dynamicAnchor"] {
                    if let Some(Value::String(name)) = m.get(key) {
                        anchors.entry(format!("{base}#{name}")).or_insert_with(|| at.clone());
                    }
                }
                if let Some(Value::String(r)) = m.get("$ref") {
                    refs.push((format!("{at}/$ref"), r.clone(), base.clone(), resource.clone()));
                }
                for (k, child) in m {
                    if !DATA_KEYS.contains(&k.as_str()) && (child.is_object() || child.is_array()) {
                        stack.push((child, format!("{at}/{}", escape_segment(k)), base.clone(), resource.clone()));
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    if child.is_object() || child.is_array() {
                        stack.push((child, format!("{at}/{i}"), base.clone(), resource.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    if ids.is_empty() && anchors.is_empty() {
        return;
    }
    let mut rewrites = Vec::new();
    for (ref_at, r, base, resource) in refs {
        let (path, fragment) = r.split_once('#').unwrap_or((&r, ""));
        let target = if path.is_empty() {
            if fragment.is_empty() || fragment.starts_with('/') {
                // A pointer: from the root of the schema resource it is written in, when
                // that resource has an `$id` and the pointer exists there.
                let inside = format!("{resource}{fragment}");
                (resource != "#" && crate::load::resolve_pointer(raw, &inside).is_some()).then_some(inside)
            } else {
                anchors.get(&format!("{base}#{fragment}")).cloned()
            }
        } else {
            let uri = resolve_uri(&base, path);
            match ids.get(&uri) {
                Some(p) if fragment.is_empty() => Some(p.clone()),
                Some(p) if fragment.starts_with('/') => Some(format!("{p}{fragment}")),
                Some(_) => anchors.get(&format!("{uri}#{fragment}")).cloned(),
                None => None,
            }
        };
        if let Some(t) = target {
            rewrites.push((ref_at, t));
        }
    }
    for (ref_at, target) in rewrites {
        if let Some(slot) = raw.pointer_mut(&ref_at[1..]) {
            *slot = Value::String(target);
        }
    }
}

/// `reference` resolved against `base` (RFC 3986, for the forms `$id`s take): absolute
/// URIs as they are, `/x` against the base's authority, anything else against its folder.
fn resolve_uri(base: &str, reference: &str) -> String {
    let reference = reference.trim_end_matches('#');
    if reference.is_empty() {
        return base.to_owned();
    }
    if reference.contains("://") || reference.starts_with("urn:") {
        return reference.to_owned();
    }
    if let Some(rest) = reference.strip_prefix('/') {
        if let Some(scheme_end) = base.find("://") {
            let authority_end = base[scheme_end + 3..].find('/').map(|i| scheme_end + 3 + i).unwrap_or(base.len());
            return format!("{}/{rest}", &base[..authority_end]);
        }
        return reference.to_owned();
    }
    match base.rfind('/') {
        Some(i) => format!("{}{reference}", &base[..=i]),
        None => reference.to_owned(),
    }
}

/// What a node of the document is, as far as the rewrite cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Ctx {
    Root,
    Components,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Header,
    Media,
    Callback,
    Schema,
    /// A member of `anyOf` / `oneOf`, where `{type: "null"}` means "the union may be null".
    Member,
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

/// Keywords beside a `$ref` that describe the use rather than shape the value: they stay
/// beside the `$ref`, which then remains a plain reference.
const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "summary",
    "default",
    "deprecated",
    "example",
    "examples",
    "externalDocs",
    "$comment",
    "$id",
    "$anchor",
    "$schema",
    "$defs",
    "xml",
];

/// Keywords that only apply to one JSON type, moved with it when a `type` array is split.
const STRING_KEYWORDS: &[&str] =
    &["pattern", "minLength", "maxLength", "contentEncoding", "contentMediaType", "contentSchema"];
const NUMBER_KEYWORDS: &[&str] = &["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const ARRAY_KEYWORDS: &[&str] =
    &["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains"];
const OBJECT_KEYWORDS: &[&str] = &[
    "properties",
    "required",
    "additionalProperties",
    "patternProperties",
    "minProperties",
    "maxProperties",
    "propertyNames",
    "unevaluatedProperties",
    "dependentRequired",
    "dependentSchemas",
    "discriminator",
];

/// The formats that belong to numbers; any other `format` goes with strings.
const NUMBER_FORMATS: &[&str] = &["int32", "int64", "float", "double", "uint32", "uint64", "int8", "int16", "uint8"];

/// The state of one [`normalize`] run.
struct Cx {
    dialect: Dialect,
    moves: Moves,
    diags: Vec<Diagnostic>,
    /// Schemas with `anyOf` / `oneOf`, for the second pass.
    unions: Vec<String>,
    /// mutualTLS security schemes, left out (see [`Cx::components`]).
    mutual_tls: Vec<String>,
}

/// Rewrites a 3.1 or 3.2 document in place into the 3.0 form (a 3.0 document is left as
/// it is). Warnings go to `warnings`; errors (a JSON Schema dialect other than the OpenAPI
/// one, a 3.2 feature with no 3.0 form) come back. Diagnostics point into the rewritten
/// tree, like those of later stages: the [`Moves`] (returned with the errors too) turn
/// their pointers into pointers of the source.
pub fn normalize(
    raw: &mut Value,
    dialect: Dialect,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Moves, (Vec<Diagnostic>, Moves)> {
    if dialect == Dialect::OpenApi30 {
        return Ok(Moves::default());
    }
    let mut cx = Cx { dialect, moves: Moves::default(), diags: Vec::new(), unions: Vec::new(), mutual_tls: Vec::new() };
    cx.root(raw);
    let mut work: Vec<(String, Ctx)> = vec![("#".into(), Ctx::Root)];
    let mut seen: HashSet<(String, Ctx)> = HashSet::new();
    while let Some((at, ctx)) = work.pop() {
        // A schema is rewritten once, whether reached as a member or through a `$ref`.
        let seen_as = if ctx == Ctx::Member { Ctx::Schema } else { ctx };
        if !seen.insert((at.clone(), seen_as)) {
            continue;
        }
        if ctx == Ctx::Media {
            cx.inline_media_type(raw, &at);
        }
        let Some(node) = raw.pointer_mut(&at[1..]) else { continue };
        let mut children = Vec::new();
        cx.node(node, &at, ctx, &mut children);
        work.extend(children.into_iter().rev());
    }
    for at in std::mem::take(&mut cx.unions) {
        cx.union(raw, &at);
    }
    cx.moves.seal();
    let (errors, warns): (Vec<_>, Vec<_>) = cx.diags.into_iter().partition(Diagnostic::is_error);
    warnings.extend(warns);
    if errors.is_empty() { Ok(cx.moves) } else { Err((errors, cx.moves)) }
}

fn child(at: &str, key: &str) -> String {
    format!("{at}/{}", escape_segment(key))
}

/// The local pointer a `$ref` value names, if it is one.
fn local_target(v: &Value) -> Option<String> {
    let r = v.get("$ref")?.as_str()?;
    r.starts_with('#').then(|| crate::load::percent_decode(r))
}

impl Cx {
    fn warn(&mut self, at: &str, message: impl Into<String>, help: &str) {
        self.diags.push(Diagnostic::warning(at, message).help(help));
    }

    fn error(&mut self, kind: Kind, at: &str, message: impl Into<String>, help: &str) {
        self.diags.push(Diagnostic::error(kind, at, message).help(help));
    }

    /// Document-level fields: the dialect, `paths` (optional since 3.1), `info.summary`.
    fn root(&mut self, raw: &mut Value) {
        let Value::Object(m) = raw else { return };
        if let Some(d) = m.get("jsonSchemaDialect") {
            match d.as_str() {
                Some(uri) if is_known_dialect(uri) => {}
                _ => self.error(
                    Kind::UnsupportedVersion,
                    "#/jsonSchemaDialect",
                    format!(
                        "the JSON Schema dialect {d} is not supported: schemas are read as the OpenAPI base dialect (JSON Schema 2020-12)"
                    ),
                    "remove `jsonSchemaDialect`, or set it to `https://spec.openapis.org/oas/3.1/dialect/base`",
                ),
            }
        }
        m.entry("paths").or_insert_with(|| json!({}));
        if let Some(Value::Object(info)) = m.get_mut("info")
            && let Some(Value::String(summary)) = info.get("summary").cloned()
        {
            // 3.0 has no summary: it leads the description, which becomes the module docs.
            let text = match info.get("description").and_then(Value::as_str) {
                Some(d) if !d.trim().is_empty() => format!("{summary}\n\n{d}"),
                _ => summary,
            };
            info.insert("description".into(), Value::String(text));
        }
        if let Some(Value::Object(schemes)) = m.get("components").and_then(|c| c.get("securitySchemes")) {
            self.mutual_tls = schemes
                .iter()
                .filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("mutualTLS"))
                .map(|(k, _)| k.clone())
                .collect();
        }
        self.strip_mutual_tls(m);
    }

    /// mutualTLS is set up on the HTTP client, not in requests: a requirement of it needs
    /// nothing from the generated code.
    fn strip_mutual_tls(&self, m: &mut Map<String, Value>) {
        if self.mutual_tls.is_empty() {
            return;
        }
        if let Some(Value::Array(reqs)) = m.get_mut("security") {
            for r in reqs.iter_mut().filter_map(Value::as_object_mut) {
                for name in &self.mutual_tls {
                    r.remove(name);
                }
            }
        }
    }

    /// 3.2's `components/mediaTypes`: a media type by reference, which 3.0 cannot express,
    /// is written out in place (diagnostics inside it point at the component).
    fn inline_media_type(&mut self, raw: &mut Value, at: &str) {
        let mut target = None;
        let mut next = raw.pointer(&at[1..]).and_then(local_target);
        for _ in 0..8 {
            let Some(t) = next.take() else { break };
            let Some(v) = raw.pointer(&t[1..]) else { break };
            next = local_target(v);
            target = Some((t, v.clone()));
        }
        if let (Some((from, value)), Some(slot)) = (target, raw.pointer_mut(&at[1..]))
            && local_target(&value).is_none()
        {
            *slot = value;
            self.moves.record(at.to_owned(), from);
        }
    }

    /// Rewrites one node; pushes the parts below it that need rewriting too.
    fn node(&mut self, node: &mut Value, at: &str, ctx: Ctx, out: &mut Vec<(String, Ctx)>) {
        if matches!(ctx, Ctx::Schema | Ctx::Member) {
            return self.schema(node, at, ctx == Ctx::Member, out);
        }
        if let Some(target) = local_target(node) {
            return out.push((target, ctx));
        }
        let Value::Object(m) = node else { return };
        let each = |m: &Map<String, Value>, key: &str, ctx: Ctx, out: &mut Vec<(String, Ctx)>| {
            if let Some(Value::Object(items)) = m.get(key) {
                let base = child(at, key);
                out.extend(items.keys().filter(|k| !k.starts_with("x-")).map(|k| (child(&base, k), ctx)));
            }
        };
        let list = |m: &Map<String, Value>, key: &str, ctx: Ctx, out: &mut Vec<(String, Ctx)>| {
            if let Some(Value::Array(items)) = m.get(key) {
                let base = child(at, key);
                out.extend((0..items.len()).map(|i| (format!("{base}/{i}"), ctx)));
            }
        };
        let one = |m: &Map<String, Value>, key: &str, ctx: Ctx, out: &mut Vec<(String, Ctx)>| {
            if m.contains_key(key) {
                out.push((child(at, key), ctx));
            }
        };
        match ctx {
            Ctx::Root => {
                each(m, "paths", Ctx::PathItem, out);
                each(m, "webhooks", Ctx::PathItem, out);
                one(m, "components", Ctx::Components, out);
            }
            Ctx::Components => {
                self.components(m, at);
                each(m, "schemas", Ctx::Schema, out);
                each(m, "responses", Ctx::Response, out);
                each(m, "parameters", Ctx::Parameter, out);
                each(m, "requestBodies", Ctx::RequestBody, out);
                each(m, "headers", Ctx::Header, out);
                each(m, "callbacks", Ctx::Callback, out);
                each(m, "pathItems", Ctx::PathItem, out);
                each(m, "mediaTypes", Ctx::Media, out);
            }
            Ctx::PathItem => {
                for method in METHODS {
                    one(m, method, Ctx::Operation, out);
                }
                each(m, "additionalOperations", Ctx::Operation, out);
                each(m, "x-oai-additionalOperations", Ctx::Operation, out);
                list(m, "parameters", Ctx::Parameter, out);
            }
            Ctx::Operation => {
                self.strip_mutual_tls(m);
                list(m, "parameters", Ctx::Parameter, out);
                one(m, "requestBody", Ctx::RequestBody, out);
                each(m, "responses", Ctx::Response, out);
                each(m, "callbacks", Ctx::Callback, out);
            }
            Ctx::Parameter => {
                self.querystring(m, at);
                one(m, "schema", Ctx::Schema, out);
                each(m, "content", Ctx::Media, out);
            }
            Ctx::RequestBody => each(m, "content", Ctx::Media, out),
            Ctx::Response => {
                if self.dialect == Dialect::OpenApi32 && !m.contains_key("description") {
                    // Optional since 3.2.
                    m.insert("description".into(), Value::String(String::new()));
                }
                each(m, "headers", Ctx::Header, out);
                each(m, "content", Ctx::Media, out);
            }
            Ctx::Header => {
                one(m, "schema", Ctx::Schema, out);
                each(m, "content", Ctx::Media, out);
            }
            Ctx::Media => {
                if m.contains_key("itemSchema") && !m.contains_key("schema") {
                    self.warn(
                        &child(at, "itemSchema"),
                        "`itemSchema` (OpenAPI 3.2 sequential media) is not typed: the body is read whole, as the media type says",
                        "add a `schema` for the whole body if it is JSON",
                    );
                }
                one(m, "schema", Ctx::Schema, out);
                if let Some(Value::Object(enc)) = m.get("encoding") {
                    for (k, e) in enc {
                        if let Some(Value::Object(h)) = e.get("headers") {
                            let base = format!("{}/headers", child(&child(at, "encoding"), k));
                            out.extend(h.keys().map(|name| (child(&base, name), Ctx::Header)));
                        }
                    }
                }
            }
            Ctx::Callback => {
                out.extend(m.keys().filter(|k| !k.starts_with("x-")).map(|k| (child(at, k), Ctx::PathItem)));
            }
            Ctx::Schema | Ctx::Member => {}
        }
    }

    fn components(&mut self, m: &mut Map<String, Value>, at: &str) {
        if let Some(Value::Object(schemes)) = m.get_mut("securitySchemes") {
            for name in &self.mutual_tls {
                schemes.shift_remove(name);
                self.diags.push(
                    Diagnostic::warning(
                        format!("{}/{}", child(at, "securitySchemes"), escape_segment(name)),
                        format!(
                            "security scheme `{name}` is mutualTLS: the client certificate is set up on the HTTP client, so requests carry nothing for it"
                        ),
                    )
                    .help("configure the certificate on the reqwest client the generated client uses"),
                );
            }
        }
    }

    /// 3.2's `in: querystring`: the whole query string as one value. As form-urlencoded
    /// content it is what an exploded form-style object parameter sends; any other content
    /// has no 3.0 form.
    fn querystring(&mut self, m: &mut Map<String, Value>, at: &str) {
        if m.get("in").and_then(Value::as_str) != Some("querystring") {
            return;
        }
        let content = m.get("content").and_then(Value::as_object);
        let form = content.and_then(|c| {
            c.iter().find(|(ct, media)| {
                ct.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
                    && media.get("schema").is_some()
            })
        });
        match (form, content.map(Map::len)) {
            (Some((ct, media)), Some(1)) => {
                let (ct, schema) = (ct.clone(), media["schema"].clone());
                self.moves.record(child(at, "schema"), format!("{}/schema", child(&child(at, "content"), &ct)));
                m.remove("content");
                m.insert("in".into(), "query".into());
                m.insert("style".into(), "form".into());
                m.insert("explode".into(), true.into());
                m.insert("schema".into(), schema);
            }
            _ => {
                let what = content.map(|c| c.keys().cloned().collect::<Vec<_>>().join(", ")).unwrap_or_default();
                self.error(
                    Kind::Invalid,
                    &child(at, "in"),
                    format!(
                        "`in: querystring` (OpenAPI 3.2) with content `{what}` is not supported: only a form-urlencoded query string maps onto query parameters"
                    ),
                    "give the parameter one `application/x-www-form-urlencoded` content with an object schema, or declare the query parameters one by one",
                );
            }
        }
    }

    /// One schema, from JSON Schema 2020-12 to the 3.0 form.
    fn schema(&mut self, node: &mut Value, at: &str, member: bool, out: &mut Vec<(String, Ctx)>) {
        if let Value::Bool(b) = node {
            // `true` accepts anything; `false` nothing, which no type says.
            if !*b {
                self.warn(
                    at,
                    "this schema is `false`: no value is valid here; using serde_json::Value",
                    "remove what the schema forbids (a property that must be absent need not be listed)",
                );
            }
            *node = json!({});
            return;
        }
        let Value::Object(m) = node else { return };
        if let Some(Value::String(r)) = m.get("$ref")
            && m.len() == 1
        {
            if r.starts_with('#') {
                out.push((crate::load::percent_decode(r), Ctx::Schema));
            }
            return;
        }
        self.constant(m);
        self.types(m, at, member);
        if let Some(Value::Array(examples)) = m.get("examples")
            && !m.contains_key("example")
            && let Some(first) = examples.first().cloned()
        {
            m.insert("example".into(), first);
        }
        exclusive_bounds(m);
        content_encoding(m);
        if let Some(u) = m.get("unevaluatedProperties").cloned()
            && !m.contains_key("additionalProperties")
            && (u.is_object() || u.is_boolean())
        {
            m.insert("additionalProperties".into(), u);
            self.moves.record(child(at, "additionalProperties"), child(at, "unevaluatedProperties"));
        }
        self.prefix_items(m, at);
        self.conditional(m, at);
        dependent_required(m);
        if m.contains_key("$dynamicRef") {
            self.warn(
                &child(at, "$dynamicRef"),
                "`$dynamicRef` is not followed; the schema is read without it",
                "use a plain `$ref`",
            );
        }
        if let Some(Value::String(s)) = m.get("$schema")
            && !is_known_dialect(s)
        {
            self.warn(
                &child(at, "$schema"),
                format!("this schema declares the dialect `{s}`; it is read as JSON Schema 2020-12"),
                "remove `$schema`, or write the schema in JSON Schema 2020-12",
            );
        }
        self.ref_with_siblings(m, at, member);

        // What `openapiv3` reads below this schema.
        if let Some(Value::Object(props)) = m.get("properties") {
            let base = child(at, "properties");
            out.extend(props.keys().map(|k| (child(&base, k), Ctx::Schema)));
        }
        for key in ["items", "additionalProperties", "not"] {
            if m.get(key).is_some_and(|v| v.is_object() || (key != "additionalProperties" && v.is_boolean())) {
                out.push((child(at, key), Ctx::Schema));
            }
        }
        for (key, ctx) in [("allOf", Ctx::Schema), ("anyOf", Ctx::Member), ("oneOf", Ctx::Member)] {
            if let Some(Value::Array(items)) = m.get(key) {
                out.extend((0..items.len()).map(|i| (format!("{}/{i}", child(at, key)), ctx)));
            }
        }
        if m.contains_key("anyOf") || m.contains_key("oneOf") {
            self.unions.push(at.to_owned());
        }
        if let Some(target) = m.get("$ref").and_then(Value::as_str).filter(|r| r.starts_with('#')) {
            out.push((crate::load::percent_decode(target), Ctx::Schema));
        }
    }

    /// `const: v` is `enum: [v]`; `const: null` (and `null` among `enum` values) says the
    /// value may be null.
    fn constant(&mut self, m: &mut Map<String, Value>) {
        if let Some(c) = m.remove("const") {
            if c.is_null() {
                m.insert("nullable".into(), true.into());
            } else if !m.contains_key("enum") {
                m.insert("enum".into(), Value::Array(vec![c]));
            }
        }
        if m.get("enum").and_then(Value::as_array).is_some_and(|e| e.iter().any(Value::is_null)) {
            m.insert("nullable".into(), true.into());
        }
    }

    /// `type` arrays: `null` among them is `nullable: true`; one other type is that type;
    /// several are an `anyOf` of one member per type, each with the keywords of its type.
    fn types(&mut self, m: &mut Map<String, Value>, at: &str, member: bool) {
        let names: Vec<String> = match m.get("type") {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
                items.iter().filter_map(Value::as_str).map(str::to_owned).collect()
            }
            // Anything else is for openapiv3 to report.
            _ => return,
        };
        let nullable = names.iter().any(|n| n == "null");
        let mut kinds: Vec<String> = Vec::new();
        for n in names.into_iter().filter(|n| n != "null") {
            if !kinds.contains(&n) {
                kinds.push(n);
            }
        }
        // Integers first: an untagged union tries its members in order, and 3 read as a
        // number would come back as 3.0.
        if let (Some(i), Some(n)) =
            (kinds.iter().position(|k| k == "integer"), kinds.iter().position(|k| k == "number"))
            && n < i
        {
            kinds.swap(i, n);
        }
        if nullable {
            m.insert("nullable".into(), true.into());
        }
        match kinds.len() {
            0 if member => {
                // Kept for lowering, which drops `{type: "null"}` members of a union.
                m.insert("type".into(), "null".into());
            }
            0 => {
                m.remove("type");
            }
            1 => {
                m.insert("type".into(), Value::String(kinds.remove(0)));
            }
            _ => self.split_types(m, at, kinds),
        }
    }

    fn split_types(&mut self, m: &mut Map<String, Value>, at: &str, kinds: Vec<String>) {
        let Some(key) = ["anyOf", "oneOf"].into_iter().find(|k| !m.contains_key(*k)) else {
            m.remove("type");
            return self.warn(
                &child(at, "type"),
                "a `type` list beside both `anyOf` and `oneOf` is not typed; using serde_json::Value",
                "move the alternatives into one `anyOf`",
            );
        };
        m.remove("type");
        let enumerated = m.remove("enum");
        let format = m.remove("format");
        let mut members = Vec::new();
        for kind in &kinds {
            let mut part = Map::new();
            part.insert("type".into(), Value::String(kind.clone()));
            let keywords: &[&str] = match kind.as_str() {
                "string" => STRING_KEYWORDS,
                "integer" | "number" => NUMBER_KEYWORDS,
                "array" => ARRAY_KEYWORDS,
                "object" => OBJECT_KEYWORDS,
                _ => &[],
            };
            for k in keywords {
                // Shared by integer and number: copied to both.
                let v = if matches!(kind.as_str(), "integer" | "number") { m.get(*k).cloned() } else { m.remove(*k) };
                if let Some(v) = v {
                    part.insert((*k).into(), v);
                }
            }
            if let Some(Value::String(f)) = &format {
                let numeric = NUMBER_FORMATS.contains(&f.as_str());
                if numeric == matches!(kind.as_str(), "integer" | "number") && (numeric || kind == "string") {
                    part.insert("format".into(), Value::String(f.clone()));
                }
            }
            if let Some(Value::Array(values)) = &enumerated {
                let own: Vec<Value> = values
                    .iter()
                    .filter(|v| match kind.as_str() {
                        "string" => v.is_string(),
                        "integer" => v.is_i64() || v.is_u64(),
                        "number" => v.is_number(),
                        "boolean" => v.is_boolean(),
                        "array" => v.is_array(),
                        "object" => v.is_object(),
                        _ => false,
                    })
                    .cloned()
                    .collect();
                if !own.is_empty() {
                    part.insert("enum".into(), Value::Array(own));
                }
            }
            members.push(Value::Object(part));
        }
        for k in NUMBER_KEYWORDS {
            m.remove(*k);
        }
        for i in 0..members.len() {
            // A member's keywords are the schema's own, where they are written.
            self.moves.record(format!("{}/{i}", child(at, key)), at.to_owned());
        }
        m.insert(key.into(), Value::Array(members));
    }

    /// `prefixItems` (a tuple) is typed as a list whose items are any of the tuple's
    /// members (and of `items`, which types the rest): every valid value decodes and
    /// encodes as it was, though positions are not checked.
    fn prefix_items(&mut self, m: &mut Map<String, Value>, at: &str) {
        let Some(Value::Array(prefix)) = m.remove("prefixItems") else { return };
        let mut members: Vec<(Value, String)> = Vec::new();
        for (i, p) in prefix.into_iter().enumerate() {
            if !members.iter().any(|(q, _)| *q == p) {
                members.push((p, format!("{}/{i}", child(at, "prefixItems"))));
            }
        }
        match m.remove("items") {
            None | Some(Value::Bool(false)) => {}
            Some(rest) => {
                if !members.iter().any(|(q, _)| *q == rest) {
                    members.push((rest, child(at, "items")));
                }
            }
        }
        m.entry("type").or_insert_with(|| "array".into());
        let items_at = child(at, "items");
        match members.len() {
            0 => {}
            1 => {
                let (schema, from) = members.remove(0);
                self.moves.record(items_at, from);
                m.insert("items".into(), schema);
            }
            _ => {
                self.warn(
                    &child(at, "prefixItems"),
                    "a tuple (`prefixItems`) is typed as a list of its members' union; the position of each member is not checked",
                    "give every position the same schema if you can",
                );
                let mut list = Vec::new();
                for (i, (schema, from)) in members.into_iter().enumerate() {
                    self.moves.record(format!("{items_at}/anyOf/{i}"), from);
                    list.push(schema);
                }
                // The wrapper itself stands for the tuple.
                self.moves.record(items_at, child(at, "prefixItems"));
                m.insert("items".into(), json!({ "anyOf": list }));
            }
        }
    }

    /// `if`/`then`/`else`: the properties the branches name become optional fields (a
    /// value has them only when its branch applies); what else the branches say is not
    /// typed, with a warning.
    fn conditional(&mut self, m: &mut Map<String, Value>, at: &str) {
        if !["if", "then", "else"].iter().any(|k| m.contains_key(*k)) {
            return;
        }
        let mut lost = None;
        let mut added = Vec::new();
        for branch in ["then", "else"] {
            match m.get(branch) {
                None | Some(Value::Bool(_)) => {}
                Some(Value::Object(b)) => {
                    for (k, v) in b {
                        match k.as_str() {
                            "properties" => {
                                for (name, schema) in v.as_object().into_iter().flatten() {
                                    added.push((name.clone(), schema.clone(), branch));
                                }
                            }
                            "required" | "title" | "description" | "$comment" => {}
                            "type" if v == "object" => {}
                            _ => lost = lost.or(Some(format!("{}/{}", child(at, branch), escape_segment(k)))),
                        }
                    }
                }
                Some(_) => lost = lost.or(Some(child(at, branch))),
            }
        }
        if !added.is_empty() {
            if !m.contains_key("type") && !m.contains_key("properties") {
                m.insert("type".into(), "object".into());
            }
            let props = m.entry("properties").or_insert_with(|| json!({}));
            if let Value::Object(props) = props {
                for (name, schema, branch) in added {
                    if !props.contains_key(&name) {
                        let from = format!("{}/properties/{}", child(at, branch), escape_segment(&name));
                        self.moves.record(format!("{at}/properties/{}", escape_segment(&name)), from);
                        props.insert(name, schema);
                    }
                }
            }
        }
        if let Some(lost) = lost {
            self.warn(
                &lost,
                "`if`/`then`/`else` is typed only by the properties its branches name; this keyword is not checked",
                "describe the alternatives with `oneOf` if they differ in shape",
            );
        }
    }

    /// `$ref` with sibling keywords: in 3.1 the siblings apply too, which is `allOf` of the
    /// reference and the rest. Descriptions and the like stay beside a plain `$ref` (later
    /// stages read them there); `nullable`, `readOnly` and `writeOnly` stay beside it in a
    /// union member, whose nullability the union takes over.
    fn ref_with_siblings(&mut self, m: &mut Map<String, Value>, at: &str, member: bool) {
        if !m.contains_key("$ref") || m.len() == 1 {
            return;
        }
        let flags = ["nullable", "readOnly", "writeOnly"];
        let stays =
            |k: &str| k == "$ref" || k.starts_with("x-") || ANNOTATIONS.contains(&k) || (member && flags.contains(&k));
        let wraps = m.keys().any(|k| !stays(k));
        if !wraps {
            return;
        }
        let Some(r) = m.remove("$ref") else { return };
        let all = m.entry("allOf").or_insert_with(|| json!([]));
        if let Value::Array(all) = all {
            self.moves.record(format!("{}/{}", child(at, "allOf"), all.len()), at.to_owned());
            all.push(json!({ "$ref": r }));
        }
    }

    /// A union's second look, once every schema is rewritten: members that may be null
    /// make the union nullable, and members told apart by a constant property get a
    /// discriminator (or their entries in the one declared).
    fn union(&mut self, raw: &mut Value, at: &str) {
        let Some(Value::Object(m)) = raw.pointer(&at[1..]) else { return };
        let mut nullable = false;
        let mut members: Vec<(String, String)> = Vec::new();
        let mut other = false;
        let key = if m.contains_key("oneOf") { "oneOf" } else { "anyOf" };
        for (i, member) in m.get(key).and_then(Value::as_array).into_iter().flatten().enumerate() {
            let is_null = member.get("type").and_then(Value::as_str) == Some("null");
            nullable |= is_null || member.get("nullable") == Some(&Value::Bool(true));
            match member.get("$ref").and_then(Value::as_str) {
                Some(r) if r.starts_with('#') => members.push((format!("{at}/{key}/{i}"), r.to_owned())),
                _ if is_null => {}
                _ => other = true,
            }
        }
        let discriminator = if other || members.len() < 2 { None } else { self.infer_tags(raw, at, &members) };
        let titles = if members.is_empty() { inline_tags(m, key) } else { Vec::new() };
        let Some(Value::Object(m)) = raw.pointer_mut(&at[1..]) else { return };
        if nullable {
            m.insert("nullable".into(), true.into());
            for member in m.get_mut(key).and_then(Value::as_array_mut).into_iter().flatten() {
                if let Value::Object(mm) = member
                    && mm.contains_key("$ref")
                {
                    mm.remove("nullable");
                }
            }
        }
        for (i, title) in titles {
            if let Some(Value::Object(member)) = m.get_mut(key).and_then(|l| l.get_mut(i)) {
                member.insert("title".into(), Value::String(title));
            }
        }
        if let Some((property, mapping)) = discriminator {
            let d = m.entry("discriminator").or_insert_with(|| json!({ "propertyName": property }));
            if let Value::Object(d) = d {
                let map = d.entry("mapping").or_insert_with(|| json!({}));
                if let Value::Object(map) = map {
                    for (tag, r) in mapping {
                        map.entry(tag).or_insert(Value::String(r));
                    }
                }
            }
        }
    }

    /// For a union of `$ref`s: the discriminator property and the tag of each member that
    /// has a constant value for it, when the union declares that property as discriminator,
    /// or (declaring none) when every member requires it with a value of its own.
    fn infer_tags(
        &self,
        raw: &Value,
        at: &str,
        members: &[(String, String)],
    ) -> Option<(String, Vec<(String, String)>)> {
        let declared = raw
            .pointer(&at[1..])
            .and_then(|u| u.get("discriminator"))
            .and_then(|d| d.get("propertyName"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        let tags: Vec<BTreeMap<String, (String, bool)>> =
            members.iter().map(|(_, r)| constant_properties(raw, r)).collect();
        let property = match declared {
            Some(p) => p,
            None => {
                let first = &tags[0];
                let candidate = first.keys().find(|p| {
                    let values: Vec<&(String, bool)> = tags.iter().filter_map(|t| t.get(*p)).collect();
                    values.len() == tags.len()
                        && values.iter().all(|(_, required)| *required)
                        && values.iter().map(|(v, _)| v).collect::<HashSet<_>>().len() == values.len()
                })?;
                candidate.clone()
            }
        };
        let mut mapping = Vec::new();
        for ((_, r), t) in members.iter().zip(&tags) {
            if let Some((value, _)) = t.get(&property)
                && !mapping.iter().any(|(v, _): &(String, String)| v == value)
            {
                mapping.push((value.clone(), r.clone()));
            }
        }
        (!mapping.is_empty()).then_some((property, mapping))
    }
}

/// Inline object members of a union, none with a title, that all require one property with
/// a constant value of their own (serde's internally tagged enums, as utoipa writes them):
/// each member's index and its value, which names the member's variant and type
/// (`Media::Audio`) instead of its position.
fn inline_tags(union: &Map<String, Value>, key: &str) -> Vec<(usize, String)> {
    let Some(list) = union.get(key).and_then(Value::as_array) else { return Vec::new() };
    let members: Vec<(usize, &Map<String, Value>)> = list
        .iter()
        .enumerate()
        .filter(|(_, m)| m.get("type").and_then(Value::as_str) != Some("null"))
        .filter_map(|(i, m)| m.as_object().map(|m| (i, m)))
        .collect();
    if members.len() < 2 || members.iter().any(|(_, m)| m.contains_key("title") || m.contains_key("$ref")) {
        return Vec::new();
    }
    let constant = |m: &Map<String, Value>, p: &str| -> Option<String> {
        let required = m.get("required")?.as_array()?.iter().any(|r| r.as_str() == Some(p));
        match m.get("properties")?.get(p)?.get("enum")?.as_array()?.as_slice() {
            [Value::String(v)] if required => Some(v.clone()),
            _ => None,
        }
    };
    let Some(props) = members[0].1.get("properties").and_then(Value::as_object) else { return Vec::new() };
    for p in props.keys() {
        let values: Vec<Option<String>> = members.iter().map(|(_, m)| constant(m, p)).collect();
        let distinct: HashSet<&String> = values.iter().flatten().collect();
        if distinct.len() == members.len() && values.iter().all(Option::is_some) {
            return members.iter().zip(values).map(|((i, _), v)| (*i, v.unwrap_or_default())).collect();
        }
    }
    Vec::new()
}

/// The properties of the schema `reference` points at (and of its `allOf` members) that
/// have one constant string value: name -> (value, required).
fn constant_properties(raw: &Value, reference: &str) -> BTreeMap<String, (String, bool)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![(reference.to_owned(), 0)];
    while let Some((r, depth)) = stack.pop() {
        if depth > 8 {
            continue;
        }
        let Some(s) = crate::load::resolve_pointer(raw, &r) else { continue };
        if let Some(next) = local_target(s) {
            stack.push((next, depth + 1));
        }
        let required: Vec<&str> =
            s.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        for (name, p) in s.get("properties").and_then(Value::as_object).into_iter().flatten() {
            let p = local_target(p).and_then(|t| crate::load::resolve_pointer(raw, &t)).unwrap_or(p);
            if let Some([Value::String(v)]) = p.get("enum").and_then(Value::as_array).map(Vec::as_slice) {
                let entry = out.entry(name.clone()).or_insert((v.clone(), false));
                entry.1 |= required.contains(&name.as_str());
            }
        }
        for (name, e) in out.iter_mut() {
            e.1 |= required.contains(&name.as_str());
        }
        for (i, member) in s.get("allOf").and_then(Value::as_array).into_iter().flatten().enumerate() {
            match local_target(member) {
                Some(t) => stack.push((t, depth + 1)),
                None => stack.push((format!("{r}/allOf/{i}"), depth + 1)),
            }
        }
    }
    out
}

/// A numeric `exclusiveMinimum: n` is 3.0's `minimum: n` with `exclusiveMinimum: true`
/// (the stricter bound wins when both are given); the same for the maximum.
fn exclusive_bounds(m: &mut Map<String, Value>) {
    for (exclusive, bound, lower) in [("exclusiveMinimum", "minimum", true), ("exclusiveMaximum", "maximum", false)] {
        let Some(n) = m.get(exclusive).filter(|v| v.is_number()).cloned() else { continue };
        let (Some(x), existing) = (n.as_f64(), m.get(bound).and_then(Value::as_f64)) else { continue };
        let stricter = existing.is_none_or(|b| if lower { x >= b } else { x <= b });
        if stricter {
            m.insert(bound.into(), n);
            m.insert(exclusive.into(), true.into());
        } else {
            m.remove(exclusive);
        }
    }
}

/// `contentEncoding: base64` is 3.0's `format: byte`; a string of a non-text
/// `contentMediaType`, unencoded, is `format: binary` (raw bytes, as in a file upload).
fn content_encoding(m: &mut Map<String, Value>) {
    if m.get("type").and_then(Value::as_str) != Some("string") || m.contains_key("format") {
        return;
    }
    match (m.get("contentEncoding").and_then(Value::as_str), m.get("contentMediaType").and_then(Value::as_str)) {
        (Some(e), _) if e.eq_ignore_ascii_case("base64") || e.eq_ignore_ascii_case("base64url") => {
            m.insert("format".into(), "byte".into());
        }
        (None, Some(media)) => {
            let media = media.to_ascii_lowercase();
            let textual = media.starts_with("text/") || media.contains("json") || media.contains("xml");
            if !textual {
                m.insert("format".into(), "binary".into());
            }
        }
        _ => {}
    }
}

/// `dependentRequired` cannot be a type: it is said in the docs.
fn dependent_required(m: &mut Map<String, Value>) {
    let Some(Value::Object(deps)) = m.get("dependentRequired") else { return };
    let lines: Vec<String> = deps
        .iter()
        .filter_map(|(k, v)| {
            let names: Vec<String> = v.as_array()?.iter().filter_map(Value::as_str).map(|n| format!("`{n}`")).collect();
            (!names.is_empty()).then(|| format!("with `{k}`, also {}", names.join(", ")))
        })
        .collect();
    if lines.is_empty() {
        return;
    }
    let note = format!("Dependent requirements: {}.", lines.join("; "));
    let text = match m.get("description").and_then(Value::as_str) {
        Some(d) if !d.trim().is_empty() => format!("{d}\n\n{note}"),
        _ => note,
    };
    m.insert("description".into(), Value::String(text));
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::{Diagnostic, Kind, Severity};
    use crate::model::{Api, Field, ParamLocation, ParamStyle, TypeDef, TypeKind, TypeRef};

    /// Loads and lowers a spec; the warnings of both stages, placed.
    fn lower(yaml: &str) -> (Api, Vec<Diagnostic>) {
        let spec = crate::load::load_str("t.yaml", yaml).unwrap_or_else(|e| panic!("{e:#?}"));
        let (api, mut warnings) = crate::lower::lower(&spec, "t").unwrap_or_else(|e| {
            let mut e = e;
            spec.place(&mut e);
            panic!("{e:#?}")
        });
        spec.place(&mut warnings);
        let mut all = spec.warnings.clone();
        all.extend(warnings);
        (api, all)
    }

    fn errors(yaml: &str) -> Vec<Diagnostic> {
        let spec = match crate::load::load_str("t.yaml", yaml) {
            Err(e) => return e,
            Ok(spec) => spec,
        };
        match crate::lower::lower(&spec, "t") {
            Ok(_) => panic!("should not lower"),
            Err(mut e) => {
                spec.place(&mut e);
                e.retain(Diagnostic::is_error);
                e
            }
        }
    }

    fn ty<'a>(api: &'a Api, name: &str) -> &'a TypeDef {
        api.types
            .iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("no type {name} in {:?}", api.types.iter().map(|t| &t.name).collect::<Vec<_>>()))
    }

    fn field<'a>(api: &'a Api, name: &str, wire: &str) -> &'a Field {
        match &ty(api, name).kind {
            TypeKind::Struct(s) => s.fields.iter().find(|f| f.wire_name == wire).expect("field"),
            other => panic!("{name} is not a struct: {other:?}"),
        }
    }

    fn named(api: &Api, t: &TypeRef) -> String {
        match t {
            TypeRef::Named(id) => api.types[id.0].name.clone(),
            other => format!("{other:?}"),
        }
    }

    /// 1-based line and column of the first `needle` in `text`, after `after` if given.
    fn position(text: &str, after: &str, needle: &str) -> (usize, usize) {
        let start = text.find(after).expect("after");
        let i = start + text[start..].find(needle).expect("needle");
        let line = text[..i].matches('\n').count() + 1;
        let col = i - text[..i].rfind('\n').map(|n| n + 1).unwrap_or(0) + 1;
        (line, col)
    }

    const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

    #[test]
    fn null_in_type_lists_and_unions_is_an_option() {
        let spec = format!(
            "{HEAD}components:
  schemas:
    Pet:
      type: object
      required: [name, tag, owner, age, friend]
      properties:
        name: {{type: [string, 'null']}}
        tag: {{anyOf: [{{$ref: '#/components/schemas/Tag'}}, {{type: 'null'}}]}}
        owner: {{oneOf: [{{type: 'null'}}, {{$ref: '#/components/schemas/Tag'}}]}}
        age: {{type: integer}}
        friend: {{anyOf: [{{$ref: '#/components/schemas/Tag', nullable: true}}, {{type: string}}]}}
    Tag: {{type: object, properties: {{label: {{type: string}}}}}}
"
        );
        let (api, warnings) = lower(&spec);
        assert!(warnings.is_empty(), "{warnings:#?}");
        let name = field(&api, "Pet", "name");
        assert_eq!((&name.ty, name.required, name.nullable), (&TypeRef::String, true, true));
        for wire in ["tag", "owner"] {
            let f = field(&api, "Pet", wire);
            assert_eq!((named(&api, &f.ty).as_str(), f.nullable), ("Tag", true), "{wire}");
        }
        assert!(!field(&api, "Pet", "age").nullable);
        // A member that may be null makes the union nullable, and stays a plain `$ref`.
        let friend = field(&api, "Pet", "friend");
        assert!(friend.nullable);
        let TypeKind::Union(u) = &ty(&api, &named(&api, &friend.ty)).kind else { panic!("union") };
        let mut variants: Vec<_> = u.variants.iter().map(|v| v.rust_name.as_str()).collect();
        variants.sort();
        assert_eq!(variants, ["String", "Tag"]);
    }

    #[test]
    fn several_types_are_a_union_with_the_keywords_of_each() {
        let spec = format!(
            "{HEAD}components:
  schemas:
    Id:
      type: [number, string, integer, 'null']
      format: uuid
      maxLength: 36
      minimum: 1
    Every:
      type: [string, number, integer, boolean, array, object, 'null']
"
        );
        let (api, warnings) = lower(&spec);
        assert!(warnings.is_empty(), "{warnings:#?}");
        let TypeKind::Union(u) = &ty(&api, "Id").kind else { panic!("union") };
        let variants: Vec<(String, String)> =
            u.variants.iter().map(|v| (v.rust_name.clone(), named(&api, &v.ty))).collect();
        // Integers before numbers, so that 3 stays 3; the uuid format goes with the string.
        let at = |name: &str| variants.iter().position(|(n, _)| n == name).expect(name);
        assert!(at("Integer") < at("Number"), "{variants:?}");
        assert_eq!(variants[at("Integer")].1, "Integer(I64)");
        assert_eq!(variants[at("Number")].1, "Float(F64)");
        assert_eq!(variants[at("String")].1, "Uuid");
        let TypeKind::Union(u) = &ty(&api, "Every").kind else { panic!("union") };
        assert_eq!(u.variants.len(), 6);
    }

    #[test]
    fn const_is_a_one_value_enum_and_tells_union_members_apart() {
        let spec = format!(
            "{HEAD}components:
  schemas:
    Shape:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
    Declared:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
      discriminator: {{propertyName: kind}}
    Loose:
      anyOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Blob'
    Circle:
      type: object
      required: [kind, radius]
      properties:
        kind: {{const: circle}}
        radius: {{type: number, exclusiveMinimum: 0}}
    Square:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          required: [kind]
          properties:
            kind: {{type: string, const: square}}
    Base: {{type: object, properties: {{side: {{type: number}}}}}}
    Blob: {{type: object, properties: {{kind: {{const: blob}}}}}}
"
        );
        let (api, warnings) = lower(&spec);
        assert!(warnings.is_empty(), "{warnings:#?}");
        let kind = field(&api, "Circle", "kind");
        let TypeKind::Enum(e) = &ty(&api, &named(&api, &kind.ty)).kind else { panic!("enum") };
        assert_eq!(e.variants.len(), 1);
        for name in ["Shape", "Declared"] {
            let TypeKind::Union(u) = &ty(&api, name).kind else { panic!("union") };
            assert_eq!(u.discriminator.as_deref(), Some("kind"), "{name}");
            let tags: Vec<_> = u.variants.iter().map(|v| v.tags.clone()).collect();
            assert_eq!(tags, [vec!["circle".to_owned()], vec!["square".to_owned()]], "{name}");
        }
        // Blob does not require `kind`: no discriminator can be inferred.
        let TypeKind::Union(u) = &ty(&api, "Loose").kind else { panic!("union") };
        assert_eq!(u.discriminator, None);
        let radius = &ty(&api, "Circle").kind;
        let TypeKind::Struct(s) = radius else { panic!() };
        assert!(s.fields[1].docs.notes.iter().any(|n| n.contains("minimum 0")), "{:?}", s.fields[1].docs);
    }

    #[test]
    fn examples_refs_with_siblings_and_content_keywords() {
        let spec = format!(
            "{HEAD}components:
  schemas:
    Item:
      type: object
      required: [id, owner, blob]
      properties:
        id: {{type: string, examples: [abc, def]}}
        owner: {{$ref: '#/components/schemas/Owner', readOnly: true, description: Who owns it}}
        extended:
          $ref: '#/components/schemas/Owner'
          properties:
            extra: {{type: integer}}
        blob: {{type: string, contentMediaType: image/png}}
        encoded: {{type: string, contentEncoding: base64}}
        json_text: {{type: string, contentMediaType: application/json}}
      dependentRequired:
        blob: [encoded]
    Owner: {{type: object, properties: {{name: {{type: string}}}}}}
"
        );
        let (api, warnings) = lower(&spec);
        assert!(warnings.is_empty(), "{warnings:#?}");
        assert!(field(&api, "Item", "id").docs.notes.iter().any(|n| n == "Example: `\"abc\"`."));
        let owner = field(&api, "Item", "owner");
        assert!(!owner.required, "read-only beside a $ref is honoured");
        assert_eq!(owner.docs.description.as_deref(), Some("Who owns it"));
        let extended = field(&api, "Item", "extended");
        let TypeKind::Struct(s) = &ty(&api, &named(&api, &extended.ty)).kind else { panic!("merged struct") };
        assert_eq!(s.fields.iter().map(|f| f.wire_name.as_str()).collect::<Vec<_>>(), ["name", "extra"]);
        assert_eq!(field(&api, "Item", "blob").ty, TypeRef::Bytes);
        assert_eq!(field(&api, "Item", "encoded").ty, TypeRef::String);
        assert_eq!(field(&api, "Item", "json_text").ty, TypeRef::String);
        let d = &ty(&api, "Item").docs;
        assert_eq!(d.description.as_deref(), Some("Dependent requirements: with `blob`, also `encoded`."));
    }

    #[test]
    fn defs_ids_and_anchors_resolve_and_warnings_point_into_defs() {
        let spec = format!(
            "{HEAD}components:
  schemas:
    Order:
      type: object
      properties:
        line: {{$ref: '#/components/schemas/Order/$defs/Line'}}
        note: {{$ref: '#note'}}
        tracking: {{$ref: 'https://example.com/schemas/tracking'}}
        local: {{$ref: 'https://example.com/schemas/tracking#/$defs/Code'}}
      $defs:
        Line:
          type: object
          properties:
            odd:
              not: {{type: string}}
            next: {{$ref: '#/components/schemas/Order/$defs/Line'}}
        Note:
          $anchor: note
          type: string
    Tracking:
      $id: https://example.com/schemas/tracking
      type: object
      properties:
        code: {{$ref: '#/$defs/Code'}}
      $defs:
        Code: {{type: integer}}
"
        );
        let (api, warnings) = lower(&spec);
        assert_eq!(named(&api, &field(&api, "Order", "line").ty), "Line");
        assert_eq!(named(&api, &field(&api, "Order", "note").ty), "Note");
        assert!(matches!(ty(&api, "Note").kind, TypeKind::Alias(TypeRef::String)));
        assert_eq!(named(&api, &field(&api, "Order", "tracking").ty), "Tracking");
        assert_eq!(named(&api, &field(&api, "Order", "local").ty), "Code");
        // Inside the `$id` resource, `#/$defs/Code` is its own `$defs`.
        assert_eq!(named(&api, &field(&api, "Tracking", "code").ty), "Code");
        // The recursive `$defs` type is boxed, not endless.
        assert!(field(&api, "Line", "next").boxed);
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        let w = &warnings[0];
        assert_eq!(w.pointer, "#/components/schemas/Order/$defs/Line/properties/odd");
        assert_eq!(w.line_col, Some(position(&spec, "$defs", "odd:")));
    }

    #[test]
    fn a_ref_cycle_through_defs_is_a_located_error() {
        let spec = format!(
            "{HEAD}components:
  schemas:
    A:
      $ref: '#/components/schemas/A/$defs/B'
      $defs:
        B: {{$ref: '#/components/schemas/A'}}
"
        );
        let errs = errors(&spec);
        assert!(!errs.is_empty());
        assert!(errs.iter().all(|e| e.kind == Kind::RefCycle && e.line_col.is_some()), "{errs:#?}");
    }

    #[test]
    fn tuples_and_conditionals_are_typed_as_far_as_sound_with_located_warnings() {
        let spec = format!(
            "{HEAD}components:
  schemas:
    Pair:
      type: array
      prefixItems:
        - type: string
        - type: integer
      items: false
    Same:
      prefixItems: [{{type: string}}, {{type: string}}]
    Shipping:
      type: object
      properties:
        country: {{type: string}}
      if: {{properties: {{country: {{const: US}}}}}}
      then:
        properties:
          zip: {{type: string}}
        required: [zip]
      else:
        properties:
          postcode: {{type: string}}
        minProperties: 2
    Open:
      type: object
      properties:
        a: {{type: string}}
      unevaluatedProperties: {{type: integer}}
"
        );
        let (api, warnings) = lower(&spec);
        let TypeKind::Alias(TypeRef::Array(item)) = &ty(&api, "Pair").kind else { panic!("array") };
        let TypeKind::Union(u) = &ty(&api, &named(&api, item)).kind else { panic!("union items") };
        assert_eq!(u.variants.len(), 2);
        assert!(matches!(&ty(&api, "Same").kind, TypeKind::Alias(TypeRef::Array(t)) if **t == TypeRef::String));
        let fields: Vec<_> = match &ty(&api, "Shipping").kind {
            TypeKind::Struct(s) => s.fields.iter().map(|f| (f.wire_name.as_str(), f.required)).collect(),
            _ => panic!("struct"),
        };
        assert_eq!(fields, [("country", false), ("zip", false), ("postcode", false)]);
        let TypeKind::Struct(open) = &ty(&api, "Open").kind else { panic!() };
        assert_eq!(open.additional, Some(TypeRef::Integer(crate::model::IntKind::I64)));
        let places: Vec<_> = warnings.iter().map(|w| (w.pointer.as_str(), w.line_col)).collect();
        assert_eq!(
            places,
            [
                ("#/components/schemas/Pair/prefixItems", Some(position(&spec, "Pair", "prefixItems"))),
                ("#/components/schemas/Shipping/else/minProperties", Some(position(&spec, "else", "minProperties"))),
            ]
        );
    }

    #[test]
    fn pointers_into_split_type_lists_are_the_schemas_own() {
        let spec = format!(
            "{HEAD}components:
  schemas:
    Mixed:
      type: [string, object]
      properties:
        odd:
          not: {{type: integer}}
"
        );
        let (_, warnings) = lower(&spec);
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert_eq!(warnings[0].pointer, "#/components/schemas/Mixed/properties/odd");
        assert_eq!(warnings[0].line_col, Some(position(&spec, "Mixed", "odd")));
    }

    #[test]
    fn document_fields_of_3_1() {
        let spec = "openapi: 3.1.1
info:
  title: t
  version: '1'
  summary: The short story
  license: {name: MIT, identifier: MIT}
jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base
paths:
  /pets:
    $ref: '#/components/pathItems/Pets'
webhooks:
  petAdded:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {id: {type: integer}}}
      responses: {'200': {description: ok}}
  petGone:
    $ref: '#/components/pathItems/Gone'
components:
  pathItems:
    Pets:
      get:
        operationId: listPets
        responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: true}}}}}
    Gone:
      post:
        requestBody:
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
        responses: {'200': {description: ok}}
  schemas:
    Pet: {type: object, properties: {id: {type: integer}, never: false}}
  securitySchemes:
    mtls: {type: mutualTLS}
security:
  - mtls: []
";
        let (api, warnings) = lower(spec);
        assert_eq!(api.description.as_deref(), Some("The short story"));
        assert_eq!(api.operations.iter().map(|o| o.fn_name.as_str()).collect::<Vec<_>>(), ["list_pets"]);
        assert_eq!(api.operations[0].security, vec![Vec::<usize>::new()]);
        let hook = ty(&api, "PetAddedWebhook");
        assert!(matches!(hook.kind, TypeKind::Struct(_)));
        assert!(hook.docs.notes[0].contains("`petAdded` webhook"), "{:?}", hook.docs);
        assert!(matches!(ty(&api, "PetGoneWebhook").kind, TypeKind::Alias(TypeRef::Named(_))));
        // `false` accepts nothing: a located warning, a JSON value.
        let mut places: Vec<_> = warnings.iter().map(|w| w.pointer.as_str()).collect();
        places.sort();
        assert_eq!(
            places,
            ["#/components/schemas/Pet/properties/never", "#/components/securitySchemes/mtls"],
            "{warnings:#?}"
        );
        assert!(warnings.iter().any(|w| w.message.contains("is `false`")), "{warnings:#?}");
        assert!(warnings.iter().all(|w| w.line_col.is_some()));
    }

    #[test]
    fn a_dialect_other_than_openapis_is_a_located_error() {
        let spec = format!("{HEAD}jsonSchemaDialect: https://json-schema.org/draft/2019-09/schema\n");
        let errs = errors(&spec);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!(
            (errs[0].kind, errs[0].pointer.as_str(), errs[0].line_col),
            (Kind::UnsupportedVersion, "#/jsonSchemaDialect", Some((3, 1)))
        );
        assert_eq!(errs[0].severity, Severity::Error);
    }

    #[test]
    fn what_3_2_adds() {
        let spec = "openapi: 3.2.0
info: {title: t, version: '1'}
tags:
  - {name: pets, summary: Pets}
  - {name: cats, parent: pets, kind: nav}
paths:
  /pets:
    query:
      operationId: searchPets
      requestBody:
        content:
          application/json:
            $ref: '#/components/mediaTypes/Filter'
      responses:
        '200':
          content:
            application/json:
              schema: {type: array, items: {type: string}}
    additionalOperations:
      COPY:
        operationId: copyPets
        parameters:
          - name: filter
            in: querystring
            content:
              application/x-www-form-urlencoded:
                schema:
                  type: object
                  properties:
                    color: {type: string}
        responses: {'204': {description: copied}}
components:
  mediaTypes:
    Filter:
      schema:
        type: object
        properties:
          name: {type: string}
";
        let (api, warnings) = lower(spec);
        assert!(warnings.is_empty(), "{warnings:#?}");
        let ops: Vec<_> =
            api.operations.iter().map(|o| (o.fn_name.as_str(), o.method.as_str(), o.idempotent)).collect();
        assert_eq!(ops, [("search_pets", "QUERY", true), ("copy_pets", "COPY", false)]);
        let body = api.operations[0].body.as_ref().expect("a body from the media type component");
        assert_eq!(named(&api, &body.variants[0].ty), "SearchPetsBody");
        let p = &api.operations[1].params[0];
        assert_eq!((p.location, p.style, p.explode), (ParamLocation::Query, ParamStyle::Form, true));
        assert!(matches!(&ty(&api, &named(&api, &p.ty)).kind, TypeKind::Struct(_)));

        let bad = spec.replace("application/x-www-form-urlencoded", "application/json");
        let errs = errors(&bad);
        let places: Vec<_> = errs.iter().map(|e| (e.pointer.as_str(), e.line_col)).collect();
        assert_eq!(
            places,
            [("#/paths/~1pets/additionalOperations/COPY/parameters/0/in", Some(position(&bad, "name: filter", "in:"))),],
            "{errs:#?}"
        );
        let bad = spec.replace("COPY", "get");
        let errs = errors(&bad);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!(errs[0].pointer, "#/paths/~1pets/additionalOperations/get");
        assert!(errs[0].message.contains("`get`"), "{}", errs[0].message);
    }
}
