//! Schemas as the wire sees them: `$ref`s followed, `allOf` merged, the JSON types, values
//! and constraints a schema allows. Read from the raw document, so that what a server
//! following the spec may send or accept is judged by the spec's own JSON Schema meaning,
//! not by what the generator made of it.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use indexmap::IndexMap;
use serde_json::Value;

use crate::diagnostics::escape_segment;

/// The JSON types of JSON Schema (`number` includes `integer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum JsonType {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
}

impl JsonType {
    fn parse(s: &str) -> Option<JsonType> {
        Some(match s {
            "null" => JsonType::Null,
            "boolean" => JsonType::Boolean,
            "integer" => JsonType::Integer,
            "number" => JsonType::Number,
            "string" => JsonType::String,
            "array" => JsonType::Array,
            "object" => JsonType::Object,
            _ => return None,
        })
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "boolean",
            JsonType::Integer => "integer",
            JsonType::Number => "number",
            JsonType::String => "string",
            JsonType::Array => "array",
            JsonType::Object => "object",
        }
    }

    fn of(v: &Value) -> JsonType {
        match v {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(n) if n.is_i64() || n.is_u64() => JsonType::Integer,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }
}

/// Is every type of `sub` allowed by `sup`? `None` is any type.
pub(crate) fn types_within(sub: &Option<BTreeSet<JsonType>>, sup: &Option<BTreeSet<JsonType>>) -> bool {
    match (sub, sup) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(a), Some(b)) => {
            a.iter().all(|t| b.contains(t) || (*t == JsonType::Integer && b.contains(&JsonType::Number)))
        }
    }
}

/// `integer`, `string or null`, `any JSON value`.
pub(crate) fn types_text(t: &Option<BTreeSet<JsonType>>) -> String {
    match t {
        None => "any JSON value".to_owned(),
        Some(set) if set.is_empty() => "nothing".to_owned(),
        Some(set) => set.iter().map(|t| t.name()).collect::<Vec<_>>().join(" or "),
    }
}

/// `additionalProperties`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Additional {
    /// `true`, `{}` or absent: any other property is valid.
    Allowed,
    /// `false`: no other property.
    Forbidden,
    /// Other properties must match these schemas.
    Schema(Vec<String>),
}

/// The validation keywords a client does not check and a server may.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Constraints {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,
    pub minimum: Option<(f64, bool)>,
    pub maximum: Option<(f64, bool)>,
    pub multiple_of: Option<f64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
}

/// One schema (or several that must all hold, as allOf members or a property defined in
/// two members), merged.
#[derive(Debug, Clone)]
pub(crate) struct View {
    /// Where it is: the target of its `$ref`s, or its own place.
    pub at: String,
    /// The pointer of the `type` keyword that decided `types`, to show it.
    pub type_at: Option<String>,
    /// `None`: any JSON type.
    pub types: Option<BTreeSet<JsonType>>,
    pub nullable: bool,
    pub format: Option<String>,
    /// Listed values (without `null`, which sets `nullable`).
    pub enumeration: Option<Vec<Value>>,
    /// The pointers of each property's schemas, in order of first declaration.
    pub properties: IndexMap<String, Vec<String>>,
    pub required: BTreeSet<String>,
    pub additional: Additional,
    pub items: Vec<String>,
    /// `oneOf` / `anyOf` members other than `{type: null}`.
    pub members: Vec<String>,
    /// `propertyName` and `mapping` (value -> `$ref`).
    pub discriminator: Option<(String, BTreeMap<String, String>)>,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
    pub constraints: Constraints,
}

impl View {
    fn any(at: &str) -> View {
        View {
            at: at.to_owned(),
            type_at: None,
            types: None,
            nullable: false,
            format: None,
            enumeration: None,
            properties: IndexMap::new(),
            required: BTreeSet::new(),
            additional: Additional::Allowed,
            items: Vec::new(),
            members: Vec::new(),
            discriminator: None,
            read_only: false,
            write_only: false,
            deprecated: false,
            constraints: Constraints::default(),
        }
    }

    /// Where to point at for a change of type: the `type` keyword when there is one.
    pub(crate) fn type_pointer(&self) -> &str {
        self.type_at.as_deref().unwrap_or(&self.at)
    }

    /// Intersects another schema that must hold too (an allOf member).
    fn merge(&mut self, other: View) {
        self.types = match (self.types.take(), other.types) {
            (None, t) | (t, None) => t,
            (Some(a), Some(b)) => {
                let mut both: BTreeSet<JsonType> = a.intersection(&b).copied().collect();
                // `integer` within `number`.
                if (a.contains(&JsonType::Number) && b.contains(&JsonType::Integer))
                    || (b.contains(&JsonType::Number) && a.contains(&JsonType::Integer))
                {
                    both.insert(JsonType::Integer);
                }
                Some(both)
            }
        };
        if self.type_at.is_none() {
            self.type_at = other.type_at;
        }
        self.nullable |= other.nullable;
        if self.format.is_none() {
            self.format = other.format;
        }
        self.enumeration = match (self.enumeration.take(), other.enumeration) {
            (None, e) | (e, None) => e,
            (Some(a), Some(b)) => Some(a.into_iter().filter(|v| b.contains(v)).collect()),
        };
        for (name, ptrs) in other.properties {
            self.properties.entry(name).or_default().extend(ptrs);
        }
        self.required.extend(other.required);
        self.additional = match (std::mem::replace(&mut self.additional, Additional::Allowed), other.additional) {
            (Additional::Forbidden, _) | (_, Additional::Forbidden) => Additional::Forbidden,
            (Additional::Schema(mut a), Additional::Schema(b)) => {
                a.extend(b);
                Additional::Schema(a)
            }
            (Additional::Schema(a), _) | (_, Additional::Schema(a)) => Additional::Schema(a),
            _ => Additional::Allowed,
        };
        self.items.extend(other.items);
        if self.members.is_empty() {
            self.members = other.members;
        }
        if self.discriminator.is_none() {
            self.discriminator = other.discriminator;
        }
        self.read_only |= other.read_only;
        self.write_only |= other.write_only;
        self.deprecated |= other.deprecated;
        let (c, o) = (&mut self.constraints, other.constraints);
        c.min_length = max_opt(c.min_length, o.min_length);
        c.max_length = min_opt(c.max_length, o.max_length);
        if c.pattern.is_none() {
            c.pattern = o.pattern;
        }
        c.minimum = match (c.minimum, o.minimum) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        c.maximum = match (c.maximum, o.maximum) {
            (Some(a), Some(b)) => Some(if b.0 < a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        if c.multiple_of.is_none() {
            c.multiple_of = o.multiple_of;
        }
        c.min_items = max_opt(c.min_items, o.min_items);
        c.max_items = min_opt(c.max_items, o.max_items);
        c.unique_items |= o.unique_items;
    }
}

fn max_opt(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn min_opt(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// How deep allOf members may nest in one another before the view stops looking.
const MAX_DEPTH: usize = 64;

/// The raw document of one side, with its views made once each.
pub(crate) struct Doc<'a> {
    pub raw: &'a Value,
    views: RefCell<HashMap<Vec<String>, Rc<View>>>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(raw: &'a Value) -> Doc<'a> {
        Doc { raw, views: RefCell::new(HashMap::new()) }
    }

    /// The value at `at`, its `$ref`s followed, and the pointer it was found at.
    pub(crate) fn resolve(&self, at: &str) -> Option<(String, &'a Value)> {
        let mut at = at.to_owned();
        for _ in 0..32 {
            let v = crate::load::resolve_pointer(self.raw, &at)?;
            match v.get("$ref").and_then(Value::as_str) {
                Some(r) if r.starts_with('#') => at = normalize_ref(r),
                Some(_) => return None,
                None => return Some((at, v)),
            }
        }
        None
    }

    /// The JSON types a schema allows, a `oneOf` / `anyOf` without `type` by its members';
    /// `null` included when it is nullable. `None` for any.
    pub(crate) fn value_types(&self, v: &View) -> Option<BTreeSet<JsonType>> {
        let mut t = self.member_types(v, 0)?;
        if v.nullable {
            t.insert(JsonType::Null);
        }
        Some(t)
    }

    /// [`Doc::value_types`] without `null`.
    pub(crate) fn types(&self, v: &View) -> Option<BTreeSet<JsonType>> {
        self.member_types(v, 0)
    }

    fn member_types(&self, v: &View, depth: usize) -> Option<BTreeSet<JsonType>> {
        if v.types.is_some() || v.members.is_empty() || depth > MAX_DEPTH {
            return v.types.clone();
        }
        let mut all = BTreeSet::new();
        for m in &v.members {
            let mv = self.view(m);
            all.extend(self.member_types(&mv, depth + 1)?);
            if mv.nullable {
                all.insert(JsonType::Null);
            }
        }
        Some(all)
    }

    /// The longest prefix of `at` that exists in the document.
    pub(crate) fn nearest(&self, at: &str) -> String {
        let mut at = at.to_owned();
        while self.get(&at).is_none() {
            match at.rfind('/') {
                Some(i) if i > 1 => at.truncate(i),
                _ => return "#".to_owned(),
            }
        }
        at
    }

    /// The raw value at a pointer, without following `$ref`s.
    pub(crate) fn get(&self, at: &str) -> Option<&'a Value> {
        crate::load::resolve_pointer(self.raw, at)
    }

    pub(crate) fn view(&self, at: &str) -> Rc<View> {
        self.view_all(&[at.to_owned()])
    }

    /// The schemas at `ats`, all holding at once.
    pub(crate) fn view_all(&self, ats: &[String]) -> Rc<View> {
        if let Some(v) = self.views.borrow().get(ats) {
            return v.clone();
        }
        let v = Rc::new(self.build(ats, 0));
        self.views.borrow_mut().insert(ats.to_vec(), v.clone());
        v
    }

    fn build(&self, ats: &[String], depth: usize) -> View {
        let mut out: Option<View> = None;
        for at in ats {
            let own = match self.resolve(at) {
                Some((target, value)) => self.own(&target, value, depth),
                None => View::any(at),
            };
            match &mut out {
                None => out = Some(own),
                Some(v) => v.merge(own),
            }
        }
        out.unwrap_or_else(|| View::any("#"))
    }

    /// One schema object's own keywords, and its allOf members merged in.
    fn own(&self, at: &str, v: &Value, depth: usize) -> View {
        let mut view = View::any(at);
        let Some(obj) = v.as_object() else { return view };
        let child = |seg: &str| format!("{at}/{}", escape_segment(seg));
        match obj.get("type") {
            Some(Value::String(t)) => {
                view.types = JsonType::parse(t).map(|t| [t].into_iter().collect());
                view.type_at = Some(child("type"));
            }
            Some(Value::Array(ts)) => {
                let set: BTreeSet<JsonType> = ts.iter().filter_map(|t| t.as_str().and_then(JsonType::parse)).collect();
                view.nullable |= set.contains(&JsonType::Null);
                view.types = Some(set.into_iter().filter(|t| *t != JsonType::Null).collect());
                view.type_at = Some(child("type"));
            }
            _ => {}
        }
        view.nullable |= obj.get("nullable").and_then(Value::as_bool).unwrap_or(false);
        view.format = obj.get("format").and_then(Value::as_str).map(str::to_owned);
        if let Some(Value::Array(values)) = obj.get("enum") {
            view.nullable |= values.iter().any(Value::is_null);
            view.enumeration = Some(values.iter().filter(|v| !v.is_null()).cloned().collect());
        }
        if let Some(Value::Object(props)) = obj.get("properties") {
            for name in props.keys() {
                view.properties.insert(name.clone(), vec![format!("{}/{}", child("properties"), escape_segment(name))]);
            }
        }
        if let Some(Value::Array(req)) = obj.get("required") {
            view.required = req.iter().filter_map(|r| r.as_str().map(str::to_owned)).collect();
        }
        view.additional = match obj.get("additionalProperties") {
            Some(Value::Bool(false)) => Additional::Forbidden,
            Some(Value::Object(o)) if !o.is_empty() => Additional::Schema(vec![child("additionalProperties")]),
            _ => Additional::Allowed,
        };
        if obj.get("items").is_some_and(Value::is_object) {
            view.items = vec![child("items")];
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(members)) = obj.get(key) {
                for i in 0..members.len() {
                    let m_at = format!("{}/{i}", child(key));
                    let is_null =
                        self.resolve(&m_at).is_some_and(|(_, m)| m.get("type").and_then(Value::as_str) == Some("null"));
                    if is_null {
                        view.nullable = true;
                    } else {
                        view.members.push(m_at);
                    }
                }
            }
        }
        if let Some(Value::Object(d)) = obj.get("discriminator")
            && let Some(name) = d.get("propertyName").and_then(Value::as_str)
        {
            let mapping = d
                .get("mapping")
                .and_then(Value::as_object)
                .map(|m| m.iter().filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), normalize_ref(v)))).collect())
                .unwrap_or_default();
            view.discriminator = Some((name.to_owned(), mapping));
        }
        let flag = |k: &str| obj.get(k).and_then(Value::as_bool).unwrap_or(false);
        view.read_only = flag("readOnly");
        view.write_only = flag("writeOnly");
        view.deprecated = flag("deprecated");
        let uint = |k: &str| obj.get(k).and_then(Value::as_u64);
        let bound = |k: &str, exclusive: &str| obj.get(k).and_then(Value::as_f64).map(|n| (n, flag(exclusive)));
        view.constraints = Constraints {
            min_length: uint("minLength").filter(|n| *n > 0),
            max_length: uint("maxLength"),
            pattern: obj.get("pattern").and_then(Value::as_str).map(str::to_owned),
            minimum: bound("minimum", "exclusiveMinimum"),
            maximum: bound("maximum", "exclusiveMaximum"),
            multiple_of: obj.get("multipleOf").and_then(Value::as_f64),
            min_items: uint("minItems").filter(|n| *n > 0),
            max_items: uint("maxItems"),
            unique_items: flag("uniqueItems"),
        };
        // Without `type`, what the other keywords imply.
        if view.types.is_none() {
            if !view.properties.is_empty() || obj.contains_key("additionalProperties") {
                view.types = Some([JsonType::Object].into_iter().collect());
            } else if obj.contains_key("items") {
                view.types = Some([JsonType::Array].into_iter().collect());
            } else if let Some(values) = &view.enumeration {
                view.types = Some(values.iter().map(JsonType::of).collect());
            }
        }
        if let Some(Value::Array(members)) = obj.get("allOf")
            && depth < MAX_DEPTH
        {
            for i in 0..members.len() {
                let m_at = format!("{}/{i}", child("allOf"));
                let member = match self.resolve(&m_at) {
                    Some((target, m)) => self.own(&target, m, depth + 1),
                    None => View::any(&m_at),
                };
                view.merge(member);
            }
        }
        view
    }
}

/// A `$ref` as a pointer that the views key on (percent-decoded, as `resolve_pointer` reads it).
pub(crate) fn normalize_ref(r: &str) -> String {
    match r.strip_prefix('#') {
        Some(rest) if rest.contains('%') => format!("#{}", crate::load::percent_decode(rest)),
        _ => r.to_owned(),
    }
}

/// The name a `$ref` target goes by (its last segment): `#/components/schemas/Pet` -> `Pet`.
pub(crate) fn last_segment(at: &str) -> String {
    at.rsplit('/').next().unwrap_or("").replace("~1", "/").replace("~0", "~")
}

/// The inclusive range of an integer schema: from its format, narrowed by its bounds.
pub(crate) fn integer_range(v: &View) -> (i128, i128) {
    let (mut lo, mut hi) = match v.format.as_deref() {
        Some("int32") => (i32::MIN as i128, i32::MAX as i128),
        Some("int16") => (i16::MIN as i128, i16::MAX as i128),
        Some("int8") => (i8::MIN as i128, i8::MAX as i128),
        Some("uint32" | "uint16" | "uint8") => (0, u32::MAX as i128),
        Some("uint64" | "uint") => (0, u64::MAX as i128),
        _ => (i64::MIN as i128, i64::MAX as i128),
    };
    if let Some((m, exclusive)) = v.constraints.minimum {
        let m = if exclusive { m.floor() as i128 + 1 } else { m.ceil() as i128 };
        lo = lo.max(m);
    }
    if let Some((m, exclusive)) = v.constraints.maximum {
        let m = if exclusive { m.ceil() as i128 - 1 } else { m.floor() as i128 };
        hi = hi.min(m);
    }
    if let Some(values) = &v.enumeration {
        let ints: Vec<i128> = values.iter().filter_map(|v| v.as_i64().map(i128::from)).collect();
        if !ints.is_empty() {
            lo = lo.max(*ints.iter().min().unwrap_or(&lo));
            hi = hi.min(*ints.iter().max().unwrap_or(&hi));
        }
    }
    (lo, hi)
}

/// Text shown in a message, cut at `max` characters.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max { s.to_owned() } else { format!("{}...", s.chars().take(max).collect::<String>()) }
}

/// A value as shown in a message: strings quoted, others as JSON.
pub(crate) fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(yaml: &str) -> Value {
        serde_yaml::from_str(yaml).unwrap()
    }

    #[test]
    fn refs_and_all_of_merge_into_one_view() {
        let raw = doc(r#"
components:
  schemas:
    Base:
      type: object
      required: [code]
      properties:
        code: {type: string, maxLength: 96}
    Narrow:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties:
            code: {enum: [A, B]}
    Alias:
      $ref: '#/components/schemas/Narrow'
"#);
        let d = Doc::new(&raw);
        let v = d.view("#/components/schemas/Alias");
        assert_eq!(v.at, "#/components/schemas/Narrow");
        assert_eq!(v.types, Some([JsonType::Object].into_iter().collect()));
        assert!(v.required.contains("code"));
        let code = d.view_all(&v.properties["code"]);
        assert_eq!(code.types, Some([JsonType::String].into_iter().collect()));
        assert_eq!(code.enumeration, Some(vec![Value::from("A"), Value::from("B")]));
        assert_eq!(code.constraints.max_length, Some(96));
        assert_eq!(code.type_pointer(), "#/components/schemas/Base/properties/code/type");
    }

    #[test]
    fn null_members_and_bounds() {
        let raw = doc(r#"
a: {oneOf: [{type: 'null'}, {type: integer, format: int32, minimum: 0, maximum: 100}]}
"#);
        let d = Doc::new(&raw);
        let v = d.view("#/a");
        assert!(v.nullable);
        assert_eq!(v.members, vec!["#/a/oneOf/1".to_owned()]);
        assert_eq!(integer_range(&d.view("#/a/oneOf/1")), (0, 100));
        assert!(types_within(
            &Some([JsonType::Integer].into_iter().collect()),
            &Some([JsonType::Number].into_iter().collect())
        ));
        assert!(!types_within(&None, &Some([JsonType::Number].into_iter().collect())));
    }
}
