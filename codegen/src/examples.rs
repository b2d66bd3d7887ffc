//! The examples a spec carries, each with the schema it is an example of and the generated
//! type that holds it: the test data `cargo xtask examples` decodes and encodes again.
//!
//! Found where OpenAPI puts them: `example` and `examples` on schemas (at any depth),
//! media types, parameters and headers; `examples` entries may be `$ref`s to
//! `components/examples`. The type comes from lowering's own record of what each schema
//! place became ([`Api::schema_uses`]), never from a name.

use serde_json::Value;

use crate::diagnostics::escape_segment;
use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Api, Media, TypeId, TypeKind, TypeRef};

/// One example value.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Where the value is (`#/components/schemas/Pet/example`,
    /// `#/components/examples/pet/value` for an entry that is a `$ref`).
    pub pointer: String,
    /// Where it is used from, when that differs from `pointer` (the `$ref`'s place).
    pub used_at: Option<String>,
    /// The schema it is an example of; `None` for a media type or parameter without one.
    pub schema: Option<String>,
    /// The media type of a body's example (`application/json`).
    pub media_type: Option<String>,
    /// `None` when the example cannot be had (an `externalValue`, a `$ref` that does not
    /// resolve), with the reason in `missing`.
    pub value: Option<Value>,
    pub missing: Option<String>,
}

/// An example and the Rust type a value of its schema decodes as.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleTarget {
    pub example: Example,
    /// The type as written outside the API's `types` module, with `types` in scope
    /// (`Vec<types::Pet>`, `Option<types::Pet>`); `None` when the generator lowered no type
    /// for the schema, with the reason in `why_untyped`.
    pub rust_type: Option<String>,
    pub why_untyped: Option<String>,
}

/// Every example of the document.
pub fn collect(raw: &Value) -> Vec<Example> {
    let mut w = Walker { raw, out: Vec::new() };
    if let Some(paths) = raw.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            w.path_item(item, &format!("#/paths/{}", escape_segment(path)));
        }
    }
    if let Some(hooks) = raw.get("webhooks").and_then(Value::as_object) {
        for (name, item) in hooks {
            w.path_item(item, &format!("#/webhooks/{}", escape_segment(name)));
        }
    }
    if let Some(c) = raw.get("components").and_then(Value::as_object) {
        let each = |key: &'static str| {
            c.get(key)
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(move |(name, v)| (format!("#/components/{key}/{}", escape_segment(name)), v))
        };
        for (at, s) in each("schemas") {
            w.schema(s, &at, 0);
        }
        for (at, p) in each("parameters") {
            w.parameter(p, &at);
        }
        for (at, h) in each("headers") {
            w.parameter(h, &at);
        }
        for (at, b) in each("requestBodies") {
            w.content_of(b, &at);
        }
        for (at, r) in each("responses") {
            w.response(r, &at);
        }
        for (at, cb) in each("callbacks") {
            w.callback(cb, &at);
        }
        for (at, item) in each("pathItems") {
            w.path_item(item, &at);
        }
    }
    w.out
}

/// Every example of the document with the type its schema became in `api`.
pub fn targets(raw: &Value, api: &Api) -> Vec<ExampleTarget> {
    collect(raw)
        .into_iter()
        .map(|example| {
            let (rust_type, why_untyped) = match &example.schema {
                None => (None, Some("no schema to decode it with".to_owned())),
                Some(_)
                    if example.media_type.as_deref().is_some_and(|m| {
                        !matches!(crate::lower::media_kind(m), Media::Json | Media::Form | Media::Multipart)
                    }) =>
                {
                    (None, Some("the media type is not decoded as JSON".to_owned()))
                }
                Some(schema) => match api.schema_uses.get(schema) {
                    Some(u) if u.ty == TypeRef::Bytes => {
                        (None, Some("raw bytes (`format: binary`), not JSON".to_owned()))
                    }
                    // A form's file parts are files: the example can only stand in for one
                    // with text (OpenAI's `image: <binary image file>`).
                    Some(u)
                        if example.media_type.as_deref().map(crate::lower::media_kind) == Some(Media::Multipart)
                            && contains_bytes(api, &u.ty) =>
                    {
                        (None, Some("a multipart form with file parts (`format: binary`), not JSON".to_owned()))
                    }
                    Some(u) => {
                        let t = crate::emit::type_expression(api, &u.ty);
                        (Some(if u.nullable { format!("Option<{t}>") } else { t }), None)
                    }
                    None => (None, Some("the generator lowered no type for this schema".to_owned())),
                },
            };
            ExampleTarget { example, rust_type, why_untyped }
        })
        .collect()
}

/// The named types the targets' types contain, through fields, variants, aliases and
/// containers: what a harness that decodes them must compile.
pub fn needed_types(api: &Api, targets: &[ExampleTarget]) -> BTreeSet<TypeId> {
    let mut stack: Vec<TypeRef> = Vec::new();
    let uses: BTreeMap<&str, &TypeRef> = api.schema_uses.iter().map(|(k, u)| (k.as_str(), &u.ty)).collect();
    for t in targets.iter().filter(|t| t.rust_type.is_some()) {
        if let Some(ty) = t.example.schema.as_deref().and_then(|s| uses.get(s)) {
            stack.push((*ty).clone());
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(t) = stack.pop() {
        match t {
            TypeRef::Named(id) => {
                if !seen.insert(id) {
                    continue;
                }
                match &api.type_def(id).kind {
                    TypeKind::Struct(s) => {
                        stack.extend(s.fields.iter().map(|f| f.ty.clone()));
                        stack.extend(s.additional.clone());
                    }
                    TypeKind::Union(u) => stack.extend(u.variants.iter().map(|v| v.ty.clone())),
                    TypeKind::Alias(t) | TypeKind::Newtype(t) => stack.push(t.clone()),
                    TypeKind::Enum(_) => {}
                }
            }
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => stack.push(*inner),
            _ => {}
        }
    }
    seen
}

/// Whether a value of `t` has raw bytes (`format: binary`) somewhere inside.
fn contains_bytes(api: &Api, t: &TypeRef) -> bool {
    let mut stack = vec![t.clone()];
    let mut seen = BTreeSet::new();
    while let Some(t) = stack.pop() {
        match t {
            TypeRef::Bytes => return true,
            TypeRef::Named(id) if seen.insert(id) => match &api.type_def(id).kind {
                TypeKind::Struct(s) => {
                    stack.extend(s.fields.iter().map(|f| f.ty.clone()));
                    stack.extend(s.additional.clone());
                }
                TypeKind::Union(u) => stack.extend(u.variants.iter().map(|v| v.ty.clone())),
                TypeKind::Alias(t) | TypeKind::Newtype(t) => stack.push(t.clone()),
                TypeKind::Enum(_) => {}
            },
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => stack.push(*inner),
            _ => {}
        }
    }
    false
}

/// Deeper schemas than this are not searched (the loader already bounds nesting).
const MAX_DEPTH: usize = 256;

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

struct Walker<'a> {
    raw: &'a Value,
    out: Vec<Example>,
}

impl Walker<'_> {
    fn path_item(&mut self, item: &Value, at: &str) {
        if item.get("$ref").is_some() {
            return;
        }
        self.parameters(item, at);
        for m in METHODS {
            let Some(op) = item.get(*m) else { continue };
            let op_at = format!("{at}/{m}");
            self.parameters(op, &op_at);
            if let Some(body) = op.get("requestBody") {
                self.content_of(body, &format!("{op_at}/requestBody"));
            }
            if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                for (code, r) in responses {
                    self.response(r, &format!("{op_at}/responses/{}", escape_segment(code)));
                }
            }
            if let Some(callbacks) = op.get("callbacks").and_then(Value::as_object) {
                for (name, cb) in callbacks {
                    self.callback(cb, &format!("{op_at}/callbacks/{}", escape_segment(name)));
                }
            }
        }
    }

    fn callback(&mut self, cb: &Value, at: &str) {
        if cb.get("$ref").is_some() {
            return;
        }
        for (expr, item) in cb.as_object().into_iter().flatten() {
            self.path_item(item, &format!("{at}/{}", escape_segment(expr)));
        }
    }

    fn parameters(&mut self, holder: &Value, at: &str) {
        for (i, p) in holder.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate() {
            self.parameter(p, &format!("{at}/parameters/{i}"));
        }
    }

    fn response(&mut self, r: &Value, at: &str) {
        if r.get("$ref").is_some() {
            return;
        }
        self.content_of(r, at);
        for (name, h) in r.get("headers").and_then(Value::as_object).into_iter().flatten() {
            self.parameter(h, &format!("{at}/headers/{}", escape_segment(name)));
        }
    }

    /// A parameter or a header: a schema, or a `content` map.
    fn parameter(&mut self, p: &Value, at: &str) {
        if p.get("$ref").is_some() {
            return;
        }
        if p.get("schema").is_some() || p.get("content").is_none() {
            self.examples_of(p, at, None);
        }
        self.content_of(p, at);
    }

    fn content_of(&mut self, holder: &Value, at: &str) {
        if holder.get("$ref").is_some() {
            return;
        }
        for (media, m) in holder.get("content").and_then(Value::as_object).into_iter().flatten() {
            self.examples_of(m, &format!("{at}/content/{}", escape_segment(media)), Some(media));
        }
    }

    /// `example` and `examples` of a media type, parameter or header, and those of its schema.
    fn examples_of(&mut self, holder: &Value, at: &str, media: Option<&str>) {
        let schema = holder.get("schema").map(|_| format!("{at}/schema"));
        let push =
            |w: &mut Self, pointer: String, used_at: Option<String>, value: Option<Value>, missing: Option<String>| {
                w.out.push(Example {
                    pointer,
                    used_at,
                    schema: schema.clone(),
                    media_type: media.map(str::to_owned),
                    value,
                    missing,
                })
            };
        if let Some(v) = holder.get("example") {
            push(self, format!("{at}/example"), None, Some(v.clone()), None);
        }
        for (name, e) in holder.get("examples").and_then(Value::as_object).into_iter().flatten() {
            let e_at = format!("{at}/examples/{}", escape_segment(name));
            match self.example_object(e, &e_at) {
                Ok((pointer, value)) => {
                    let used_at = (!pointer.starts_with(&e_at)).then(|| e_at.clone());
                    push(self, pointer, used_at, Some(value), None);
                }
                Err(why) => push(self, e_at, None, None, Some(why)),
            }
        }
        if let Some(s) = holder.get("schema") {
            self.schema(s, &format!("{at}/schema"), 0);
        }
    }

    /// An Example object, or a `$ref` to one: where its value is, and the value.
    fn example_object(&self, e: &Value, at: &str) -> Result<(String, Value), String> {
        let mut at = at.to_owned();
        let mut e = e;
        for _ in 0..32 {
            let Some(reference) = e.get("$ref").and_then(Value::as_str) else {
                return match e.get("value") {
                    Some(v) => Ok((format!("{at}/value"), v.clone())),
                    None if e.get("externalValue").is_some() => Err("an `externalValue`, not read".into()),
                    None => Err("an Example object without `value`".into()),
                };
            };
            e = crate::load::resolve_pointer(self.raw, reference)
                .ok_or_else(|| format!("`$ref` `{reference}` does not resolve"))?;
            at = reference.to_owned();
        }
        Err("a chain of `$ref`s that never ends".into())
    }

    fn schema(&mut self, s: &Value, at: &str, depth: usize) {
        if depth > MAX_DEPTH || !s.is_object() || s.get("$ref").is_some() {
            // Siblings of a `$ref` are ignored by OpenAPI 3.0; its target is walked where it is.
            return;
        }
        let schema = Some(at.to_owned());
        if let Some(v) = s.get("example") {
            self.out.push(Example {
                pointer: format!("{at}/example"),
                used_at: None,
                schema: schema.clone(),
                media_type: None,
                value: Some(v.clone()),
                missing: None,
            });
        }
        // OpenAPI 3.1 (JSON Schema): `examples` is an array of values.
        for (i, v) in s.get("examples").and_then(Value::as_array).into_iter().flatten().enumerate() {
            self.out.push(Example {
                pointer: format!("{at}/examples/{i}"),
                used_at: None,
                schema: schema.clone(),
                media_type: None,
                value: Some(v.clone()),
                missing: None,
            });
        }
        for (name, p) in s.get("properties").and_then(Value::as_object).into_iter().flatten() {
            self.schema(p, &format!("{at}/properties/{}", escape_segment(name)), depth + 1);
        }
        for key in ["items", "additionalProperties", "not"] {
            if let Some(inner) = s.get(key) {
                self.schema(inner, &format!("{at}/{key}"), depth + 1);
            }
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for (i, m) in s.get(key).and_then(Value::as_array).into_iter().flatten().enumerate() {
                self.schema(m, &format!("{at}/{key}/{i}"), depth + 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multipart_example_with_a_file_part_is_skipped_and_one_without_is_decoded() {
        let yaml = "openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /edits:
    post:
      requestBody:
        content:
          multipart/form-data:
            schema: { type: object, properties: { image: { type: string, format: binary }, prompt: { type: string } } }
            example: { image: <binary image file>, prompt: watercolor }
      responses: { '204': { description: done } }
  /notes:
    post:
      requestBody:
        content:
          multipart/form-data:
            schema: { type: object, properties: { text: { type: string } } }
            example: { text: hello }
      responses: { '204': { description: done } }
";
        let spec = crate::load::load_str("t.yaml", yaml).expect("loads");
        let api = crate::lower::lower(&spec, "t").expect("lowers").0;
        let targets = targets(&spec.raw, &api);
        let by = |path: &str| targets.iter().find(|t| t.example.pointer.contains(path)).expect("found");
        let edits = by("~1edits");
        assert_eq!(edits.rust_type, None);
        assert!(edits.why_untyped.as_deref().is_some_and(|w| w.contains("file parts")), "{:?}", edits.why_untyped);
        assert!(by("~1notes").rust_type.is_some(), "a form of text fields is decoded");
    }

    #[test]
    fn examples_are_found_on_schemas_media_types_parameters_and_through_refs() {
        let raw: Value = serde_json::json!({
            "paths": {"/pets/{id}": {
                "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}, "example": "p1"}],
                "get": {"responses": {"200": {
                    "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Pet"},
                        "examples": {"one": {"$ref": "#/components/examples/pet"}, "far": {"externalValue": "x.json"}}
                    }},
                    "headers": {"X-Rate": {"schema": {"type": "integer", "example": 3}}}
                }}}
            }},
            "components": {
                "schemas": {"Pet": {"type": "object", "example": {"name": "a"},
                    "properties": {"name": {"type": "string", "example": "rex"}, "tags": {"type": "array", "items": {"type": "string", "example": "t"}}}}},
                "examples": {"pet": {"value": {"name": "b"}}}
            }
        });
        let found: Vec<(String, Option<String>, Option<Value>)> =
            collect(&raw).into_iter().map(|e| (e.pointer, e.schema, e.value)).collect();
        let get = "#/paths/~1pets~1{id}/get/responses/200";
        let expected = vec![
            (
                "#/paths/~1pets~1{id}/parameters/0/example".to_owned(),
                Some("#/paths/~1pets~1{id}/parameters/0/schema".to_owned()),
                Some(serde_json::json!("p1")),
            ),
            (
                "#/components/examples/pet/value".to_owned(),
                Some(format!("{get}/content/application~1json/schema")),
                Some(serde_json::json!({"name": "b"})),
            ),
            (
                format!("{get}/content/application~1json/examples/far"),
                Some(format!("{get}/content/application~1json/schema")),
                None,
            ),
            (
                format!("{get}/headers/X-Rate/schema/example"),
                Some(format!("{get}/headers/X-Rate/schema")),
                Some(serde_json::json!(3)),
            ),
            (
                "#/components/schemas/Pet/example".to_owned(),
                Some("#/components/schemas/Pet".to_owned()),
                Some(serde_json::json!({"name": "a"})),
            ),
            (
                "#/components/schemas/Pet/properties/name/example".to_owned(),
                Some("#/components/schemas/Pet/properties/name".to_owned()),
                Some(serde_json::json!("rex")),
            ),
            (
                "#/components/schemas/Pet/properties/tags/items/example".to_owned(),
                Some("#/components/schemas/Pet/properties/tags/items".to_owned()),
                Some(serde_json::json!("t")),
            ),
        ];
        assert_eq!(found, expected);
    }
}
