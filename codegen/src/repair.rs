//! Repairs on the raw JSON tree, run by `load` just before it deserializes the document
//! into `openapiv3`'s model. Two kinds:
//!
//! - Valid OpenAPI 3.0 that the model cannot hold: an operation's `callbacks` entry given
//!   as a `$ref` to `#/components/callbacks/...` (the specification allows a Reference
//!   Object there; `openapiv3` holds only a Callback Object). The reference is replaced by
//!   a copy of its target, silently: the document is valid. Diagnostics that point into the
//!   copy are turned back into pointers to the original ([`Repairs::locate`]).
//! - A keyword that only feeds the generated documentation (`pattern`, `description`,
//!   `minLength`, ...) with a value of the wrong type (api.video's `pattern: 0`): the
//!   keyword is dropped with a warning at the keyword itself, and generation goes on.
//!   Keywords that shape the types or what goes on the wire (`type`, `format`, `enum`,
//!   `required`, `nullable`, `readOnly`, ...) are left alone: a malformed one stays an
//!   error, reported by the deserializer.
//!
//! The walk follows the document's structure (paths, operations, components, schemas and
//! what nests in them) rather than guessing what an object is, so an example or an
//! extension that happens to contain a `pattern` key is never touched.

use serde_json::{Map, Value};

use crate::diagnostics::{Diagnostic, Kind, escape_segment};

/// What [`repair`] did.
#[derive(Debug, Default)]
pub struct Repairs {
    /// Keywords dropped, each with a warning at its pointer.
    pub warnings: Vec<Diagnostic>,
    /// References that cannot be followed where the model needs them followed.
    pub errors: Vec<Diagnostic>,
    /// `(copy, original)`: a `$ref` at `copy` was replaced by the tree at `original`.
    moved: Vec<(String, String)>,
}

impl Repairs {
    /// Places the deserializer's errors: an error inside a schema, which the model's
    /// untagged enums report at an enclosing object, is moved to the keyword to blame when
    /// one can be found; and pointers into a copied tree become pointers into the tree it
    /// was copied from, so diagnostics point at text that is in the document.
    pub fn locate(&self, raw: &Value, diags: &mut [Diagnostic]) {
        let mut schemas = None;
        for d in diags.iter_mut() {
            if d.kind != Kind::Invalid {
                continue;
            }
            let schemas = schemas.get_or_insert_with(|| schema_pointers(raw));
            if let Some(p) = blame(raw, schemas, &d.pointer) {
                d.pointer = p;
                d.line_col = None;
            }
        }
        for d in diags {
            for (copy, original) in &self.moved {
                if let Some(rest) = d.pointer.strip_prefix(copy.as_str())
                    && (rest.is_empty() || rest.starts_with('/'))
                {
                    d.pointer = format!("{original}{rest}");
                    d.line_col = None;
                    break;
                }
            }
        }
    }
}

/// Repairs `raw` in place (see the module docs).
pub fn repair(raw: &mut Value) -> Repairs {
    let mut r = Repairs::default();
    let mut w = Walker { repairs: &mut r, callback_refs: Vec::new(), schemas: None, at: String::from("#") };
    w.document(raw);
    // Callback references are replaced after the walk, so a copy is of its target as
    // repaired (and its warnings point at the target).
    for (at, reference) in std::mem::take(&mut w.callback_refs) {
        inline_callback(raw, &at, &reference, &mut r);
    }
    r
}

/// Replaces the callback `$ref` at `at` by a copy of what it points at (through references
/// to references), recording where the copy came from.
fn inline_callback(raw: &mut Value, at: &str, reference: &str, r: &mut Repairs) {
    let mut target_ref = reference.to_owned();
    let mut target = None;
    for _ in 0..MAX_CALLBACK_HOPS {
        match crate::load::resolve_pointer(raw, &target_ref) {
            Some(t) if is_ref(t) => target_ref = ref_of(t).unwrap_or_default().to_owned(),
            Some(t) if t.is_object() => {
                target = Some(t.clone());
                break;
            }
            _ => break,
        }
    }
    let slot = raw.pointer_mut(at.trim_start_matches('#'));
    match (target, slot) {
        (Some(t), Some(slot)) => {
            *slot = t;
            r.moved.push((at.to_owned(), target_ref));
        }
        _ => r.errors.push(
            Diagnostic::error(
                Kind::UnresolvedRef,
                at.to_owned(),
                format!("the callback's `$ref` `{reference}` does not lead to a callback"),
            )
            .help("point the `$ref` at a callback defined under `components/callbacks`, or write the callback here"),
        ),
    }
}

/// The pointer of what to blame for a deserializer error reported at `pointer`: the
/// deepest schema under it that does not deserialize, and in it the one keyword without
/// which it would. `None` when there is no such schema.
fn blame(raw: &Value, schemas: &[String], pointer: &str) -> Option<String> {
    let mut schemas: Vec<&String> = schemas
        .iter()
        .filter(|p| p.strip_prefix(pointer).is_some_and(|rest| rest.is_empty() || rest.starts_with('/')))
        .collect();
    // Deepest first: the first that fails holds the fault itself.
    schemas.sort_by_key(|p| std::cmp::Reverse(p.matches('/').count()));
    let fails = |v: &Value| serde_json::from_value::<openapiv3::Schema>(v.clone()).is_err();
    let (at, schema) = schemas.iter().find_map(|p| {
        let v = raw.pointer(p.trim_start_matches('#'))?;
        fails(v).then_some((p, v))
    })?;
    let map = schema.as_object()?;
    let culprit = map.keys().find(|key| {
        let mut without = map.clone();
        without.remove(*key);
        !fails(&Value::Object(without))
    });
    Some(match culprit {
        Some(key) => format!("{at}/{}", escape_segment(key)),
        None => at.to_string(),
    })
}

/// The pointer of every schema the document's structure leads to.
fn schema_pointers(raw: &Value) -> Vec<String> {
    let mut copy = raw.clone();
    let mut r = Repairs::default();
    let mut w = Walker { repairs: &mut r, callback_refs: Vec::new(), schemas: Some(Vec::new()), at: String::from("#") };
    w.document(&mut copy);
    w.schemas.take().unwrap_or_default()
}

/// The HTTP methods a path item holds operations under.
const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// What JSON type a documentation-only keyword must have.
#[derive(Clone, Copy)]
enum Expect {
    String,
    Bool,
    Number,
    /// A non-negative integer.
    Count,
    Object,
}

impl Expect {
    fn fits(self, v: &Value) -> bool {
        match self {
            Expect::String => v.is_string(),
            Expect::Bool => v.is_boolean(),
            Expect::Number => v.is_number(),
            Expect::Count => v.is_u64(),
            Expect::Object => v.is_object(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Expect::String => "a string",
            Expect::Bool => "a boolean",
            Expect::Number => "a number",
            Expect::Count => "a non-negative integer",
            Expect::Object => "an object",
        }
    }
}

/// Schema keywords that the generator only ever puts into doc comments (or, for `title`,
/// a variant's name, which falls back to the variant's kind), with the type OpenAPI 3.0
/// requires. `minimum`/`maximum` are numbers here; an integer schema's bounds beyond 64
/// bits are clamped by `load` before this runs.
const DOC_ONLY_SCHEMA: &[(&str, Expect)] = &[
    ("title", Expect::String),
    ("description", Expect::String),
    ("pattern", Expect::String),
    ("minLength", Expect::Count),
    ("maxLength", Expect::Count),
    ("minItems", Expect::Count),
    ("maxItems", Expect::Count),
    ("minProperties", Expect::Count),
    ("maxProperties", Expect::Count),
    ("uniqueItems", Expect::Bool),
    ("minimum", Expect::Number),
    ("maximum", Expect::Number),
    ("exclusiveMinimum", Expect::Bool),
    ("exclusiveMaximum", Expect::Bool),
    ("multipleOf", Expect::Number),
    ("deprecated", Expect::Bool),
    ("externalDocs", Expect::Object),
];

/// How many `$ref`s to other callbacks one callback reference may go through.
const MAX_CALLBACK_HOPS: usize = 32;

struct Walker<'a> {
    repairs: &'a mut Repairs,
    /// `(pointer, reference)` of each callback given as a `$ref`.
    callback_refs: Vec<(String, String)>,
    /// When set, the walk only lists the pointers of the schemas it meets (for [`blame`]).
    schemas: Option<Vec<String>>,
    /// The pointer of the value being visited.
    at: String,
}

impl Walker<'_> {
    /// Runs `f` with `at` extended by `key`.
    fn under(&mut self, key: &str, f: impl FnOnce(&mut Self)) {
        let len = self.at.len();
        self.at.push('/');
        self.at.push_str(&escape_segment(key));
        f(self);
        self.at.truncate(len);
    }

    /// Every value of a map whose keys are names (schemas, properties, media types), or
    /// every item of a list.
    fn each_value(&mut self, v: &mut Value, f: impl FnMut(&mut Self, &mut Value)) {
        self.each(v, false, f)
    }

    /// Every value of a map that may have extensions (`x-...`), which are skipped: paths,
    /// responses, callbacks.
    fn each_entry(&mut self, v: &mut Value, f: impl FnMut(&mut Self, &mut Value)) {
        self.each(v, true, f)
    }

    fn each(&mut self, v: &mut Value, skip_extensions: bool, mut f: impl FnMut(&mut Self, &mut Value)) {
        match v {
            Value::Object(map) => {
                for (k, item) in map.iter_mut() {
                    if skip_extensions && k.starts_with("x-") {
                        continue;
                    }
                    self.under(k, |w| f(w, item));
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    self.under(&i.to_string(), |w| f(w, item));
                }
            }
            _ => {}
        }
    }

    fn field(&mut self, v: &mut Value, key: &str, f: impl FnOnce(&mut Self, &mut Value)) {
        if let Some(item) = v.as_object_mut().and_then(|m| m.get_mut(key)) {
            self.under(key, |w| f(w, item));
        }
    }

    fn document(&mut self, doc: &mut Value) {
        self.field(doc, "paths", |w, paths| w.each_entry(paths, Self::path_item));
        self.field(doc, "components", |w, c| {
            w.field(c, "schemas", |w, s| w.each_value(s, Self::schema));
            w.field(c, "responses", |w, s| w.each_value(s, Self::response));
            w.field(c, "parameters", |w, s| w.each_value(s, Self::parameter));
            w.field(c, "requestBodies", |w, s| w.each_value(s, Self::request_body));
            w.field(c, "headers", |w, s| w.each_value(s, Self::parameter));
            w.field(c, "callbacks", |w, s| w.each_value(s, Self::callback));
        });
    }

    fn path_item(&mut self, item: &mut Value) {
        if is_ref(item) {
            return;
        }
        self.field(item, "parameters", |w, p| w.each_value(p, Self::parameter));
        for method in METHODS {
            self.field(item, method, Self::operation);
        }
    }

    fn operation(&mut self, op: &mut Value) {
        self.field(op, "parameters", |w, p| w.each_value(p, Self::parameter));
        self.field(op, "requestBody", Self::request_body);
        self.field(op, "responses", |w, r| w.each_entry(r, Self::response));
        self.field(op, "callbacks", |w, c| {
            w.each_value(c, |w, cb| match ref_of(cb) {
                Some(reference) => w.callback_refs.push((w.at.clone(), reference.to_owned())),
                None => w.callback(cb),
            })
        });
    }

    fn callback(&mut self, cb: &mut Value) {
        if is_ref(cb) {
            return;
        }
        self.each_entry(cb, Self::path_item);
    }

    /// A parameter or a header.
    fn parameter(&mut self, p: &mut Value) {
        if is_ref(p) {
            return;
        }
        self.field(p, "schema", Self::schema);
        self.field(p, "content", |w, c| w.each_value(c, Self::media));
    }

    fn request_body(&mut self, b: &mut Value) {
        if is_ref(b) {
            return;
        }
        self.field(b, "content", |w, c| w.each_value(c, Self::media));
    }

    fn response(&mut self, r: &mut Value) {
        if is_ref(r) {
            return;
        }
        self.field(r, "headers", |w, h| w.each_value(h, Self::parameter));
        self.field(r, "content", |w, c| w.each_value(c, Self::media));
    }

    fn media(&mut self, m: &mut Value) {
        self.field(m, "schema", Self::schema);
        self.field(m, "encoding", |w, e| {
            w.each_value(e, |w, enc| w.field(enc, "headers", |w, h| w.each_value(h, Self::parameter)))
        });
    }

    fn schema(&mut self, s: &mut Value) {
        let Some(map) = s.as_object_mut() else { return };
        if map.contains_key("$ref") {
            return;
        }
        match &mut self.schemas {
            Some(list) => list.push(self.at.clone()),
            None => self.doc_only_keywords(map),
        }
        self.field(s, "properties", |w, p| w.each_value(p, Self::schema));
        self.field(s, "items", Self::schema);
        self.field(s, "additionalProperties", Self::schema);
        self.field(s, "not", Self::schema);
        for key in ["allOf", "anyOf", "oneOf"] {
            self.field(s, key, |w, list| w.each_value(list, Self::schema));
        }
    }

    fn doc_only_keywords(&mut self, map: &mut Map<String, Value>) {
        for (key, expect) in DOC_ONLY_SCHEMA {
            let Some(v) = map.get(*key) else { continue };
            if expect.fits(v) {
                continue;
            }
            let found = describe(v);
            let mut at = self.at.clone();
            at.push('/');
            at.push_str(&escape_segment(key));
            self.repairs.warnings.push(
                Diagnostic::warning(
                    at,
                    format!("`{key}` must be {}, not {found}; it is ignored", expect.name()),
                )
                .help(format!(
                    "`{key}` only feeds the generated documentation, so the code is unaffected; give it {} or drop it",
                    expect.name()
                )),
            );
            map.remove(*key);
        }
    }
}

fn is_ref(v: &Value) -> bool {
    ref_of(v).is_some()
}

fn ref_of(v: &Value) -> Option<&str> {
    v.as_object()?.get("$ref")?.as_str()
}

/// `the integer 0`, `the string "x"`, ... for messages.
fn describe(v: &Value) -> String {
    let text = v.to_string();
    let short =
        if text.chars().count() > 40 { format!("{}…", text.chars().take(40).collect::<String>()) } else { text };
    let what = match v {
        Value::Null => return "null".into(),
        Value::Bool(_) => "the boolean",
        Value::Number(n) if n.is_f64() => "the number",
        Value::Number(_) => "the integer",
        Value::String(_) => "the string",
        Value::Array(_) => "the list",
        Value::Object(_) => "the object",
    };
    format!("{what} {short}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn callback_refs_become_copies_and_pointers_go_back() {
        let mut doc = json!({
            "paths": {"/a": {"get": {"callbacks": {"onEvent": {"$ref": "#/components/callbacks/Ev"}}}}},
            "components": {"callbacks": {
                "Ev": {"$ref": "#/components/callbacks/Real"},
                "Real": {"{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}}
            }}
        });
        let r = repair(&mut doc);
        assert!(r.errors.is_empty() && r.warnings.is_empty());
        assert_eq!(doc["paths"]["/a"]["get"]["callbacks"]["onEvent"], doc["components"]["callbacks"]["Real"]);
        let mut d =
            vec![Diagnostic::error(Kind::Invalid, "#/paths/~1a/get/callbacks/onEvent/{$request.body#~1url}/post", "x")];
        r.locate(&doc, &mut d);
        assert_eq!(d[0].pointer, "#/components/callbacks/Real/{$request.body#~1url}/post");
    }

    #[test]
    fn a_callback_ref_to_nothing_is_an_error_at_the_callback() {
        let mut doc =
            json!({"paths": {"/a": {"post": {"callbacks": {"cb": {"$ref": "#/components/callbacks/None"}}}}}});
        let r = repair(&mut doc);
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].kind, Kind::UnresolvedRef);
        assert_eq!(r.errors[0].pointer, "#/paths/~1a/post/callbacks/cb");
    }

    #[test]
    fn malformed_doc_only_keywords_are_dropped_with_a_warning_at_the_keyword() {
        let mut doc = json!({"components": {"schemas": {"P": {"type": "object", "properties": {
            "timecode": {"type": "string", "pattern": 0, "description": ["x"], "format": 7},
            "list": {"type": "array", "items": {"type": "integer", "minimum": "1"}}
        }}}}});
        let r = repair(&mut doc);
        let pointers: Vec<&str> = r.warnings.iter().map(|w| w.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "#/components/schemas/P/properties/timecode/description",
                "#/components/schemas/P/properties/timecode/pattern",
                "#/components/schemas/P/properties/list/items/minimum",
            ]
        );
        assert!(
            r.warnings[1].message.contains("`pattern` must be a string, not the integer 0"),
            "{}",
            r.warnings[1].message
        );
        let timecode = &doc["components"]["schemas"]["P"]["properties"]["timecode"];
        assert!(timecode.get("pattern").is_none() && timecode.get("description").is_none());
        // `format` shapes the type: left for the deserializer to reject.
        assert_eq!(timecode["format"], 7);
    }

    #[test]
    fn an_invalid_schema_is_blamed_on_its_keyword() {
        let doc = json!({"components": {"schemas": {"P": {"type": "object", "properties": {
            "ok": {"type": "string"},
            "bad": {"type": "array", "items": {"type": "string", "nullable": "yes"}}
        }}}}});
        let mut d = vec![Diagnostic::error(Kind::Invalid, "#/components/schemas/P", "x")];
        Repairs::default().locate(&doc, &mut d);
        assert_eq!(d[0].pointer, "#/components/schemas/P/properties/bad/items/nullable");
        // Nothing to blame: left where it was.
        let mut d = vec![Diagnostic::error(Kind::Invalid, "#/info", "x")];
        Repairs::default().locate(&doc, &mut d);
        assert_eq!(d[0].pointer, "#/info");
    }

    #[test]
    fn examples_and_extensions_are_not_schemas() {
        let mut doc = json!({"components": {"schemas": {"P": {
            "type": "object",
            "example": {"pattern": 0},
            "x-thing": {"pattern": 0},
            "properties": {"x-name": {"type": "string", "pattern": 0}}
        }}}});
        let r = repair(&mut doc);
        // A property may be called `x-name`: it is a schema like any other.
        let pointers: Vec<&str> = r.warnings.iter().map(|w| w.pointer.as_str()).collect();
        assert_eq!(pointers, ["#/components/schemas/P/properties/x-name/pattern"]);
        assert_eq!(doc["components"]["schemas"]["P"]["example"]["pattern"], 0);
        assert_eq!(doc["components"]["schemas"]["P"]["x-thing"]["pattern"], 0);
    }
}
