//! The walk over both documents: operations matched by method and path, then their
//! parameters, bodies, responses and security, each value judged by what the client
//! generated from the base tolerates:
//!
//! - what it sends (request bodies, parameters) must still be valid for the revision;
//! - what the revision lets a server send (responses) must still decode into the client's
//!   types, which tolerate unknown fields, absent `Option` fields, unknown string and
//!   integer enum values (`Unknown`) and unknown discriminator values (`Unknown`).
//!
//! The client's types are read from the base's lowered model, the revision's rules from its
//! raw document (`schema::View`), so what the generator made of the base is what is judged.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use indexmap::{IndexMap, IndexSet};
use serde_json::Value;

use super::Kind;
use super::rules::rule_by_id;
use super::schema::{
    Additional, Constraints, Doc, JsonType, View, integer_range, last_segment, shorten, types_text, types_within,
    value_text,
};
use super::surface::{emitted, named, resolved, type_path};
use crate::diagnostics::escape_segment;
use crate::model::{self, Api, IntKind, Media, Operation, ResponseCase, StatusMatch, TypeKind, TypeRef};

/// One document with what the generator made of it.
pub(crate) struct Side<'a> {
    pub doc: Doc<'a>,
    pub api: &'a Api,
}

/// Which way a value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Dir {
    /// The client sends it; the revision must accept it.
    Request,
    /// A server following the revision sends it; the client must decode it.
    Response,
}

/// What identifies a change: the same rule at the same places is one change, however
/// many operations reach it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    pub rule: &'static str,
    pub old_at: String,
    pub new_at: String,
}

/// A change found on the wire, before it is located and given its Rust items.
#[derive(Debug)]
pub(crate) struct Found {
    pub rule: &'static str,
    pub kind: Kind,
    pub message: String,
    pub old_at: String,
    pub new_at: String,
    /// Where it is met (`POST /sessions` request body), in the order met.
    pub contexts: IndexSet<String>,
    /// The generated items it concerns, to attach their semver changes.
    pub touches: BTreeSet<String>,
    /// For `type-renamed`: the old and the new type name.
    pub renamed: Option<(String, String)>,
}

/// What a value is, for messages, and the Rust items it belongs to.
struct Place<'p> {
    label: &'p str,
    touches: &'p [String],
}

type MemoKey = (String, String, Dir, bool);

pub(crate) struct Walker<'a> {
    old: &'a Side<'a>,
    new: &'a Side<'a>,
    pub found: IndexMap<Key, Found>,
    context: String,
    memo: HashMap<MemoKey, Vec<Key>>,
    in_progress: HashSet<MemoKey>,
    /// The keys found under each value comparison under way, for the memo.
    frames: Vec<Vec<Key>>,
    /// Inside a trial comparison: nothing is recorded, a breaking change is noted.
    probing: usize,
    probe_broke: bool,
    /// Properties (joined pointers) whose enum is an error body's narrowed `code`: their
    /// values are error variants, compared as such.
    narrowed: HashSet<String>,
}

fn join(ptrs: &[String]) -> String {
    ptrs.join("|")
}

fn child(at: &str, seg: &str) -> String {
    format!("{at}/{}", escape_segment(seg))
}

/// `/sessions/{id}` and `/sessions/{sessionId}` are one path.
fn path_key(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' => depth = (depth - 1i32).max(0),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The names in a path template, in order.
fn template_names(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        out.push(rest[open + 1..open + len].to_owned());
        rest = &rest[open + len + 1..];
    }
    out
}

/// One operation of one side.
struct OpRef<'a> {
    op: &'a Operation,
    /// `#/paths/~1sessions/post` (the path item's `$ref` followed).
    at: String,
    path_item_at: String,
    raw: &'a Value,
}

fn operations<'a>(side: &'a Side<'a>) -> IndexMap<(String, String), OpRef<'a>> {
    let mut out = IndexMap::new();
    for op in &side.api.operations {
        let use_at = child("#/paths", &op.path);
        let Some((item_at, _)) = side.doc.resolve(&use_at) else { continue };
        let at = format!("{item_at}/{}", op.method.to_ascii_lowercase());
        let Some(raw) = side.doc.get(&at) else { continue };
        out.insert((op.method.clone(), path_key(&op.path)), OpRef { op, at, path_item_at: item_at, raw });
    }
    out
}

/// The items of an operation: its method on the client and the trait, and its types.
fn op_touches(api: &Api, op: &Operation) -> Vec<String> {
    let mut t = vec![
        format!("Client::{}", op.fn_name),
        format!("{}::{}", api.trait_name, op.fn_name),
        op.request_name.clone(),
        format!("{}::new", op.request_name),
        op.error_name.clone(),
    ];
    t.extend(op.success_enum.clone());
    t.extend(op.body.as_ref().and_then(|b| b.enum_name.clone()));
    t.extend(op.response_headers.as_ref().map(|h| h.name.clone()));
    t
}

/// [`op_touches`] and the types an operation uses, which come and go with it when no other
/// operation has them (for an operation added or removed).
fn op_touches_with_types(api: &Api, op: &Operation) -> Vec<String> {
    let mut t = op_touches(api, op);
    let uses = op
        .params
        .iter()
        .map(|p| &p.ty)
        .chain(op.body.iter().flat_map(|b| b.variants.iter().map(|v| &v.ty)))
        .chain(op.success.iter().chain(&op.errors).filter_map(|c| c.body.as_ref().map(|b| &b.ty)));
    for ty in uses {
        t.extend(reachable_types(api, ty));
    }
    t
}

/// Every named type a use of a type reaches (through fields, items, variants, aliases).
fn reachable_types(api: &Api, t: &TypeRef) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        match t {
            TypeRef::Array(inner) | TypeRef::Map(inner) => stack.push(inner),
            TypeRef::Named(id) => {
                if !seen.insert(id.0) {
                    continue;
                }
                match &api.type_def(*id).kind {
                    TypeKind::Struct(s) => {
                        stack.extend(s.fields.iter().map(|f| &f.ty));
                        stack.extend(s.additional.iter());
                    }
                    TypeKind::Union(u) => stack.extend(u.variants.iter().map(|v| &v.ty)),
                    TypeKind::Alias(x) | TypeKind::Newtype(x) => stack.push(x),
                    TypeKind::Enum(_) => {}
                }
            }
            _ => {}
        }
    }
    seen.into_iter().map(|i| type_path(&api.types[i].name)).collect()
}

/// An operation's method on the client and on the API trait.
fn method_items(api: &Api, op: &Operation) -> Vec<String> {
    vec![format!("Client::{}", op.fn_name), format!("{}::{}", api.trait_name, op.fn_name)]
}

/// The named type a body or value uses, as an item.
fn type_item(api: &Api, t: &TypeRef) -> Option<String> {
    named(api, t).map(|n| type_path(&n))
}

/// The items of one response of an operation: its variant (of the success or error enum),
/// the variants of its narrowed codes, its body's type and the headers struct.
fn case_items(api: &Api, op: &Operation, c: &ResponseCase) -> Vec<String> {
    let success = op.success.iter().any(|x| x.status == c.status);
    let mut t = Vec::new();
    if success {
        t.extend(method_items(api, op));
        t.extend(op.success_enum.iter().flat_map(|e| [e.clone(), format!("{e}::{}", c.rust_name)]));
    } else {
        // The error enum itself is there whatever its statuses (it has `Unexpected`).
        t.push(format!("{}::{}", op.error_name, c.rust_name));
        if let Some(nw) = &c.narrowed {
            t.extend(nw.values.iter().map(|(_, v)| format!("{}::{v}", op.error_name)));
        }
    }
    t.extend(c.body.as_ref().and_then(|b| type_item(api, &b.ty)));
    if let Some(rh) = &op.response_headers {
        t.extend(c.headers.iter().filter_map(|h| {
            rh.headers.iter().find(|x| x.wire_name == h.wire_name).map(|x| format!("{}::{}", rh.name, x.rust_name))
        }));
    }
    t
}

/// A parameter of an operation, as declared (path-level ones overridden by operation-level).
struct ParamRef<'a> {
    name: String,
    location: String,
    /// Where it is listed (`.../parameters/1`), and where its definition is.
    use_at: String,
    at: String,
    obj: &'a Value,
    model: Option<&'a model::Param>,
    /// For path parameters, the position of `{name}` in the template.
    position: Option<usize>,
}

impl ParamRef<'_> {
    fn key(&self) -> (String, String) {
        match self.position {
            Some(i) => ("path".into(), i.to_string()),
            None if self.location == "header" => (self.location.clone(), self.name.to_ascii_lowercase()),
            None => (self.location.clone(), self.name.clone()),
        }
    }

    fn required(&self) -> bool {
        self.location == "path" || self.obj.get("required").and_then(Value::as_bool).unwrap_or(false)
    }

    fn deprecated(&self) -> bool {
        self.obj.get("deprecated").and_then(Value::as_bool).unwrap_or(false)
    }

    /// The pointer of its schema (`schema`, or the first `content` entry's).
    fn schema_at(&self) -> Option<String> {
        if self.obj.get("schema").is_some() {
            return Some(format!("{}/schema", self.at));
        }
        let (media, _) = self.obj.get("content")?.as_object()?.iter().next()?;
        Some(format!("{}/content/{}/schema", self.at, escape_segment(media)))
    }
}

fn params<'a>(side: &'a Side<'a>, o: &OpRef<'a>) -> Vec<ParamRef<'a>> {
    let names = template_names(&o.op.path);
    let mut out: Vec<ParamRef<'a>> = Vec::new();
    for level in [o.path_item_at.as_str(), o.at.as_str()] {
        let list_at = format!("{level}/parameters");
        let Some(Value::Array(list)) = side.doc.get(&list_at) else { continue };
        for i in 0..list.len() {
            let use_at = format!("{list_at}/{i}");
            let Some((at, obj)) = side.doc.resolve(&use_at) else { continue };
            let (Some(name), Some(location)) =
                (obj.get("name").and_then(Value::as_str), obj.get("in").and_then(Value::as_str))
            else {
                continue;
            };
            let model = o.op.params.iter().find(|p| {
                p.location.as_str() == location
                    && (p.wire_name == name || (location == "header" && p.wire_name.eq_ignore_ascii_case(name)))
            });
            let position = (location == "path").then(|| names.iter().position(|n| n == name)).flatten();
            let p = ParamRef { name: name.to_owned(), location: location.to_owned(), use_at, at, obj, model, position };
            let key = p.key();
            if let Some(existing) = out.iter().position(|q| q.key() == key) {
                if level == o.at {
                    out[existing] = p;
                }
                continue;
            }
            out.push(p);
        }
    }
    out
}

/// `"404"`, `"4XX"`, `"default"` as the model's status.
fn status_of(key: &str) -> Option<StatusMatch> {
    if key.eq_ignore_ascii_case("default") {
        return Some(StatusMatch::Default);
    }
    if key.len() == 3 && key[1..].eq_ignore_ascii_case("XX") {
        return key[..1].parse().ok().map(StatusMatch::Range);
    }
    key.parse().ok().map(StatusMatch::Code)
}

fn status_text(s: StatusMatch) -> String {
    match s {
        StatusMatch::Code(c) => c.to_string(),
        StatusMatch::Range(r) => format!("{r}XX"),
        StatusMatch::Default => "default".into(),
    }
}

fn is_success(s: StatusMatch) -> bool {
    match s {
        StatusMatch::Code(c) => (200..300).contains(&c),
        StatusMatch::Range(r) => r == 2,
        StatusMatch::Default => false,
    }
}

/// The response of the base's client that a status reaches: the exact code, else its
/// range, else `default`.
fn handler(op: &Operation, s: StatusMatch) -> Option<&ResponseCase> {
    let all = || op.success.iter().chain(&op.errors);
    if let Some(c) = all().find(|c| c.status == s) {
        return Some(c);
    }
    if let StatusMatch::Code(code) = s
        && let Some(c) = all().find(|c| c.status == StatusMatch::Range(code / 100))
    {
        return Some(c);
    }
    all().find(|c| c.status == StatusMatch::Default)
}

/// A response of one side: its status key, where it is listed and where it is defined.
struct RespRef<'a> {
    status: StatusMatch,
    key: String,
    use_at: String,
    at: String,
    obj: &'a Value,
}

fn responses<'a>(side: &'a Side<'a>, o: &OpRef<'a>) -> Vec<RespRef<'a>> {
    let list_at = format!("{}/responses", o.at);
    let Some(Value::Object(map)) = side.doc.get(&list_at) else { return Vec::new() };
    let mut out = Vec::new();
    for key in map.keys() {
        let Some(status) = status_of(key) else { continue };
        let use_at = child(&list_at, key);
        let Some((at, obj)) = side.doc.resolve(&use_at) else { continue };
        out.push(RespRef { status, key: key.clone(), use_at, at, obj });
    }
    out
}

/// How a media type is read or written (`lower`'s rule).
fn media(ct: &str) -> Media {
    crate::lower::media_kind(ct)
}

fn essence(ct: &str) -> String {
    ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

/// The JSON types the client's type decodes; `None` for any.
fn accepts(api: &Api, t: &TypeRef) -> Option<BTreeSet<JsonType>> {
    use JsonType::*;
    let set = |ts: &[JsonType]| Some(ts.iter().copied().collect());
    match resolved(api, t) {
        TypeRef::Json | TypeRef::Bytes => None,
        TypeRef::JsonObject | TypeRef::Map(_) => set(&[Object]),
        TypeRef::String | TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid => set(&[String]),
        TypeRef::Integer(_) => set(&[Integer]),
        TypeRef::Float(_) => set(&[Integer, Number]),
        TypeRef::Boolean => set(&[Boolean]),
        TypeRef::Array(_) => set(&[Array]),
        // `Option<T>` (an array item or map value that may be null): what `T` takes, and null.
        TypeRef::Nullable(inner) => {
            let mut all = accepts(api, inner)?;
            all.insert(Null);
            Some(all)
        }
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Struct(_) => set(&[Object]),
            TypeKind::Enum(e) if e.integer => set(&[Integer]),
            TypeKind::Enum(_) => set(&[String]),
            TypeKind::Union(u) => {
                let mut all = BTreeSet::new();
                for v in &u.variants {
                    all.extend(accepts(api, &v.ty)?);
                }
                Some(all)
            }
            TypeKind::Alias(_) | TypeKind::Newtype(_) => None,
        },
    }
}

/// The JSON types the client's type writes; `None` when the user decides (JSON values).
fn sends(api: &Api, t: &TypeRef) -> Option<BTreeSet<JsonType>> {
    match resolved(api, t) {
        // An `f64` is written with a fraction when it has one.
        TypeRef::Float(_) => Some([JsonType::Number].into_iter().collect()),
        TypeRef::JsonObject => None,
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Union(u) => {
                let mut all = BTreeSet::new();
                for v in &u.variants {
                    all.extend(sends(api, &v.ty)?);
                }
                Some(all)
            }
            _ => accepts(api, t),
        },
        _ => accepts(api, t),
    }
}

/// What a value of these types looks like, for messages.
fn example_of(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "`null`",
        JsonType::Boolean => "`true`",
        JsonType::Integer => "an integer such as `42`",
        JsonType::Number => "a fraction such as `94.97`",
        JsonType::String => "a string",
        JsonType::Array => "an array",
        JsonType::Object => "an object",
    }
}

fn int_range(k: IntKind) -> (i128, i128) {
    match k {
        IntKind::I32 => (i32::MIN as i128, i32::MAX as i128),
        IntKind::I64 => (i64::MIN as i128, i64::MAX as i128),
        IntKind::U32 => (0, u32::MAX as i128),
        IntKind::U64 => (0, u64::MAX as i128),
    }
}

/// The shortest and longest string the client writes for a value of a type: RFC 3339 for a
/// `chrono::DateTime<Utc>` (`2024-05-01T12:30:00Z` up to nanoseconds and an offset), a
/// `NaiveDate`'s `2024-05-01`, a hyphenated UUID.
fn written_length(t: &TypeRef) -> Option<(u64, u64)> {
    match t {
        TypeRef::DateTime => Some((20, 35)),
        TypeRef::Date => Some((10, 10)),
        TypeRef::Uuid => Some((36, 36)),
        _ => None,
    }
}

/// The format a client type parses strings as.
fn parsed_format(t: &TypeRef) -> Option<&'static str> {
    match t {
        TypeRef::DateTime => Some("date-time"),
        TypeRef::Date => Some("date"),
        TypeRef::Uuid => Some("uuid"),
        _ => None,
    }
}

/// Constraints of the revision that may refuse values the base allowed (a new or changed
/// `pattern` included: whether one pattern accepts all another does cannot be decided here).
fn tightened(o: &Constraints, n: &Constraints) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let show = |v: Option<String>| v.unwrap_or_else(|| "none".into());
    if let Some(nm) = n.max_length
        && o.max_length.is_none_or(|om| nm < om)
    {
        out.push(("maxLength", format!("{} -> {nm}", show(o.max_length.map(|v| v.to_string())))));
    }
    if let Some(nm) = n.min_length
        && o.min_length.is_none_or(|om| nm > om)
    {
        out.push(("minLength", format!("{} -> {nm}", show(o.min_length.map(|v| v.to_string())))));
    }
    if let Some(np) = &n.pattern
        && o.pattern.as_ref() != Some(np)
    {
        let short = |p: &str| format!("`{}`", shorten(p, 40));
        out.push(("pattern", format!("{} -> {}", show(o.pattern.as_deref().map(short)), short(np))));
    }
    let bound = |b: Option<(f64, bool)>| b.map(|(v, e)| if e { format!("{v} (exclusive)") } else { v.to_string() });
    if let Some((nm, ne)) = n.maximum
        && o.maximum.is_none_or(|(om, oe)| nm < om || (nm == om && ne && !oe))
    {
        out.push(("maximum", format!("{} -> {}", show(bound(o.maximum)), show(bound(n.maximum)))));
    }
    if let Some((nm, ne)) = n.minimum
        && o.minimum.is_none_or(|(om, oe)| nm > om || (nm == om && ne && !oe))
    {
        out.push(("minimum", format!("{} -> {}", show(bound(o.minimum)), show(bound(n.minimum)))));
    }
    if let Some(nm) = n.multiple_of
        && o.multiple_of != Some(nm)
    {
        out.push(("multipleOf", format!("{} -> {nm}", show(o.multiple_of.map(|v| v.to_string())))));
    }
    if let Some(nm) = n.max_items
        && o.max_items.is_none_or(|om| nm < om)
    {
        out.push(("maxItems", format!("{} -> {nm}", show(o.max_items.map(|v| v.to_string())))));
    }
    if let Some(nm) = n.min_items
        && o.min_items.is_none_or(|om| nm > om)
    {
        out.push(("minItems", format!("{} -> {nm}", show(o.min_items.map(|v| v.to_string())))));
    }
    if n.unique_items && !o.unique_items {
        out.push(("uniqueItems", "false -> true".into()));
    }
    out
}

/// One alternative of a `security` requirement: scheme name -> scopes.
type Alternative = BTreeMap<String, Vec<String>>;

/// `security` of an operation: where it is, and its alternatives; `None` when it requires
/// nothing (no requirement, or an empty alternative).
fn requirements(side: &Side<'_>, o: &OpRef<'_>) -> (String, Option<Vec<Alternative>>) {
    let (at, value) = match o.raw.get("security") {
        Some(v) => (format!("{}/security", o.at), v),
        None => match side.doc.raw.get("security") {
            Some(v) => ("#/security".to_owned(), v),
            None => return (o.at.clone(), None),
        },
    };
    let Some(list) = value.as_array() else { return (at, None) };
    let mut alts = Vec::new();
    for req in list {
        let Some(req) = req.as_object() else { continue };
        if req.is_empty() {
            return (at, None);
        }
        alts.push(
            req.iter()
                .map(|(k, v)| {
                    let scopes = v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect());
                    (k.clone(), scopes.unwrap_or_default())
                })
                .collect(),
        );
    }
    (at, if alts.is_empty() { None } else { Some(alts) })
}

/// What a security scheme puts on the wire, to compare schemes across renames.
fn scheme_wire(side: &Side<'_>, name: &str) -> String {
    let Some((_, s)) = side.doc.resolve(&child("#/components/securitySchemes", name)) else {
        return format!("unknown `{name}`");
    };
    let text = |k: &str| s.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    match text("type").as_str() {
        "http" => match text("scheme").to_ascii_lowercase().as_str() {
            "bearer" => "bearer token".into(),
            other => format!("http {other}"),
        },
        "apiKey" => {
            let key = if text("in") == "header" { text("name").to_ascii_lowercase() } else { text("name") };
            format!("API key in {} `{key}`", text("in"))
        }
        "oauth2" | "openIdConnect" => "bearer token".into(),
        other => format!("`{other}` scheme"),
    }
}

impl<'a> Walker<'a> {
    pub(crate) fn new(old: &'a Side<'a>, new: &'a Side<'a>) -> Walker<'a> {
        Walker {
            old,
            new,
            found: IndexMap::new(),
            context: String::new(),
            memo: HashMap::new(),
            in_progress: HashSet::new(),
            frames: Vec::new(),
            probing: 0,
            probe_broke: false,
            narrowed: HashSet::new(),
        }
    }

    fn emit(&mut self, rule: &'static str, old_at: &str, new_at: &str, message: String, touches: &[String]) {
        let kind = rule_by_id(rule).map(|r| r.kind).unwrap_or(Kind::Breaking);
        debug_assert!(rule_by_id(rule).is_some(), "unknown rule {rule}");
        if self.probing > 0 {
            self.probe_broke |= kind == Kind::Breaking;
            return;
        }
        let key = Key { rule, old_at: old_at.to_owned(), new_at: new_at.to_owned() };
        for f in &mut self.frames {
            f.push(key.clone());
        }
        let entry = self.found.entry(key).or_insert_with(|| Found {
            rule,
            kind,
            message,
            old_at: old_at.to_owned(),
            new_at: new_at.to_owned(),
            contexts: IndexSet::new(),
            touches: BTreeSet::new(),
            renamed: None,
        });
        if !self.context.is_empty() {
            entry.contexts.insert(self.context.clone());
        }
        // Constructors and `Default` change only with what is required or its type.
        let shapes_constructors = !matches!(
            rule,
            "request-constraint-tightened"
                | "request-parameter-deprecated"
                | "operation-deprecated"
                | "request-parameter-style-changed"
                | "error-status-added"
                | "error-status-removed"
                | "error-code-added"
                | "error-code-removed"
                | "response-header-added"
                | "response-header-removed"
                | "security-added"
                | "security-removed"
                | "security-changed"
                | "security-scopes-changed"
        );
        entry.touches.extend(
            touches
                .iter()
                .filter(|t| shapes_constructors || !(t.ends_with("::new") || t.ends_with(": Default")))
                .cloned(),
        );
    }

    /// Runs a comparison without recording it: true when nothing in it is breaking.
    fn probe(&mut self, f: impl FnOnce(&mut Self)) -> bool {
        self.probing += 1;
        let saved = std::mem::replace(&mut self.probe_broke, false);
        f(self);
        let broke = std::mem::replace(&mut self.probe_broke, saved);
        self.probing -= 1;
        !broke
    }

    pub(crate) fn walk(&mut self) {
        self.servers();
        let (old, new) = (self.old, self.new);
        let old_ops = operations(old);
        let new_ops = operations(new);
        for (key, o) in &old_ops {
            match new_ops.get(key) {
                Some(n) => self.operation(o, n),
                None => {
                    self.context = format!("`{} {}`", o.op.method, o.op.path);
                    let moved = new_ops
                        .values()
                        .find(|n| n.op.operation_id == o.op.operation_id)
                        .map(|n| format!(" (its operationId is now at `{} {}`)", n.op.method, n.op.path))
                        .unwrap_or_default();
                    let new_at =
                        new.doc.resolve(&child("#/paths", &o.op.path)).map(|(a, _)| a).unwrap_or("#/paths".into());
                    self.emit(
                        "operation-removed",
                        &o.at,
                        &new_at,
                        format!(
                            "`{} {}` is gone{moved}; the client's `{}` gets an error from a server that follows the revision",
                            o.op.method, o.op.path, o.op.fn_name
                        ),
                        &op_touches_with_types(old.api, o.op),
                    );
                }
            }
        }
        for (key, n) in &new_ops {
            if old_ops.contains_key(key) {
                continue;
            }
            self.context = format!("`{} {}`", n.op.method, n.op.path);
            let old_at = old.doc.resolve(&child("#/paths", &n.op.path)).map(|(a, _)| a).unwrap_or("#/paths".into());
            self.emit(
                "operation-added",
                &old_at,
                &n.at,
                format!("`{} {}` is new; a client built from the base never calls it", n.op.method, n.op.path),
                &op_touches_with_types(new.api, n.op),
            );
        }
        self.context.clear();
    }

    fn servers(&mut self) {
        let url = |s: &Side<'_>| {
            s.api.servers.first().map(|v| {
                let mut u = v.url.clone();
                for var in &v.variables {
                    u = u.replace(&format!("{{{}}}", var.wire_name), &var.default);
                }
                u
            })
        };
        let (o, n) = (url(self.old), url(self.new));
        if o != n {
            let at =
                |s: &Side<'_>| if s.doc.get("#/servers/0/url").is_some() { "#/servers/0/url" } else { "#/servers" };
            let touches = ["DEFAULT_BASE_URL".to_owned(), "SERVERS".to_owned(), "server_url".to_owned()];
            self.emit(
                "server-url-changed",
                at(self.old),
                at(self.new),
                format!(
                    "the first server is `{}` (was `{}`); a client on its default base URL (`DEFAULT_BASE_URL`) still calls the old one",
                    n.unwrap_or_default(),
                    o.unwrap_or_default()
                ),
                &touches,
            );
        }
    }

    fn operation(&mut self, o: &OpRef<'a>, n: &OpRef<'a>) {
        let (old, new) = (self.old, self.new);
        self.context = format!("`{} {}`", o.op.method, o.op.path);
        let mut touches = op_touches(old.api, o.op);
        touches.extend(op_touches(new.api, n.op));
        if o.op.operation_id != n.op.operation_id {
            let at = |r: &OpRef<'_>| {
                if r.raw.get("operationId").is_some() { format!("{}/operationId", r.at) } else { r.at.clone() }
            };
            self.emit(
                "operation-id-changed",
                &at(o),
                &at(n),
                format!(
                    "operationId `{}` becomes `{}`: the same request on the wire, generated as `{}` (was `{}`)",
                    o.op.operation_id, n.op.operation_id, n.op.fn_name, o.op.fn_name
                ),
                &touches,
            );
        }
        if n.op.docs.deprecated && !o.op.docs.deprecated {
            self.emit(
                "operation-deprecated",
                &o.at,
                &format!("{}/deprecated", n.at),
                format!("`{} {}` is deprecated: it may be removed", n.op.method, n.op.path),
                &touches,
            );
        }
        self.parameters(o, n);
        self.request_body(o, n);
        self.responses(o, n);
        self.security(o, n);
    }

    fn parameters(&mut self, o: &OpRef<'a>, n: &OpRef<'a>) {
        let (old, new) = (self.old, self.new);
        let ops = params(old, o);
        let nps = params(new, n);
        let touches = |p: &ParamRef<'_>, op: &Operation| -> Vec<String> {
            let Some(m) = p.model else { return vec![format!("{}::new", op.request_name)] };
            vec![
                format!("{}::{}", op.request_name, m.rust_name),
                format!("{}::new", op.request_name),
                format!("{}::{}", op.request_name, emitted::optional_setter(&m.rust_name)),
            ]
        };
        for op in &ops {
            let np = nps.iter().find(|q| q.key() == op.key());
            let mut t = touches(op, o.op);
            let Some(np) = np else {
                self.emit(
                    "request-parameter-removed",
                    &op.use_at,
                    &n.at,
                    format!(
                        "{} parameter `{}` is no longer declared; the client still sends it, and a server that follows the revision ignores it",
                        op.location, op.name
                    ),
                    &t,
                );
                continue;
            };
            t.extend(touches(np, n.op));
            if op.name != np.name {
                self.emit(
                    "request-parameter-renamed",
                    &child(&op.at, "name"),
                    &child(&np.at, "name"),
                    format!(
                        "path parameter `{}` is now `{}`: the same URL, the request field is renamed",
                        op.name, np.name
                    ),
                    &t,
                );
            }
            let o_required = op.model.map(|m| m.required).unwrap_or_else(|| op.required());
            let label = format!("{} parameter `{}`", op.location, op.name);
            if np.required() && !o_required {
                self.emit(
                    "request-parameter-became-required",
                    &op.at,
                    &child(&np.at, "required"),
                    format!("{label} becomes required; the client's field is an `Option` and may leave it out"),
                    &t,
                );
            } else if o_required && !np.required() {
                self.emit(
                    "request-parameter-became-optional",
                    &child(&op.at, "required"),
                    &np.at,
                    format!("{label} is no longer required; the client always sends it"),
                    &t,
                );
            }
            if np.deprecated() && !op.deprecated() {
                self.emit(
                    "request-parameter-deprecated",
                    &op.at,
                    &child(&np.at, "deprecated"),
                    format!("{label} is deprecated: it may be removed"),
                    &t,
                );
            }
            if let (Some(om), Some(nm)) = (op.model, np.model)
                && (om.style, om.explode) != (nm.style, nm.explode)
            {
                let structured = matches!(
                    resolved(old.api, &om.ty),
                    TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::JsonObject | TypeRef::Json
                ) || matches!(resolved(old.api, &om.ty), TypeRef::Named(id) if matches!(old.api.type_def(*id).kind, TypeKind::Struct(_)));
                let path_prefix = om.location == model::ParamLocation::Path;
                if structured || path_prefix {
                    let at = |p: &ParamRef<'_>| {
                        if p.obj.get("style").is_some() { child(&p.at, "style") } else { p.at.clone() }
                    };
                    self.emit(
                        "request-parameter-style-changed",
                        &at(op),
                        &at(np),
                        format!(
                            "{label} is serialized as {:?} (explode {}) instead of {:?} (explode {}); the client writes it the old way",
                            nm.style, nm.explode, om.style, om.explode
                        ),
                        &t,
                    );
                }
            }
            if let (Some(os), Some(ns)) = (op.schema_at(), np.schema_at()) {
                let place = Place { label: &label, touches: &t };
                self.value(&[os], &[ns], op.model.map(|m| &m.ty), np.model.map(|m| &m.ty), Dir::Request, false, &place);
            }
        }
        for np in &nps {
            if ops.iter().any(|q| q.key() == np.key()) {
                continue;
            }
            let t = touches(np, n.op);
            let label = format!("{} parameter `{}`", np.location, np.name);
            if np.required() {
                self.emit(
                    "request-parameter-added-required",
                    &o.at,
                    &np.use_at,
                    format!("{label} is new and required; the client never sends it"),
                    &t,
                );
            } else {
                self.emit(
                    "request-parameter-added",
                    &o.at,
                    &np.use_at,
                    format!("{label} is new and optional; the client does not send it"),
                    &t,
                );
            }
        }
    }

    fn request_body(&mut self, o: &OpRef<'a>, n: &OpRef<'a>) {
        let (old, new) = (self.old, self.new);
        let saved = std::mem::replace(&mut self.context, format!("`{} {}` request body", o.op.method, o.op.path));
        let o_rb = old.doc.resolve(&format!("{}/requestBody", o.at)).filter(|_| o.raw.get("requestBody").is_some());
        let n_rb = new.doc.resolve(&format!("{}/requestBody", n.at)).filter(|_| n.raw.get("requestBody").is_some());
        let req = &o.op.request_name;
        let mut t = vec![
            format!("{req}::{}", emitted::BODY_FIELD),
            format!("{req}::new"),
            format!("{req}::{}", emitted::optional_setter(emitted::BODY_FIELD)),
        ];
        let nreq = &n.op.request_name;
        t.extend([
            format!("{nreq}::{}", emitted::BODY_FIELD),
            format!("{nreq}::new"),
            format!("{nreq}::{}", emitted::optional_setter(emitted::BODY_FIELD)),
        ]);
        for (api, op) in [(old.api, o.op), (new.api, n.op)] {
            if let Some(b) = &op.body {
                t.extend(b.enum_name.clone());
                t.extend(b.variants.iter().filter_map(|v| type_item(api, &v.ty)));
            }
        }
        let required = |v: &Value| v.get("required").and_then(Value::as_bool).unwrap_or(false);
        match (&o.op.body, o_rb, n_rb) {
            (None, _, None) => {}
            (None, _, Some((n_at, n_obj))) => {
                if required(n_obj) {
                    self.emit(
                        "request-body-added-required",
                        &o.at,
                        &n_at,
                        "a required request body is new; the client sends none".into(),
                        &t,
                    );
                } else {
                    self.emit(
                        "request-body-added",
                        &o.at,
                        &n_at,
                        "an optional request body is new; the client sends none".into(),
                        &t,
                    );
                }
            }
            (Some(_), o_rb, None) => {
                let o_at = o_rb.map(|(a, _)| a).unwrap_or_else(|| o.at.clone());
                self.emit(
                    "request-body-removed",
                    &o_at,
                    &n.at,
                    "the request body is no longer documented; the client still sends one, which a server may refuse"
                        .into(),
                    &t,
                );
            }
            (Some(ob), o_rb, Some((n_at, n_obj))) => {
                let o_obj = o_rb.as_ref().map(|(_, v)| *v);
                let o_at = o_rb.map(|(a, _)| a).unwrap_or_else(|| o.at.clone());
                if required(n_obj) && !ob.required {
                    self.emit(
                        "request-body-became-required",
                        &o_at,
                        &child(&n_at, "required"),
                        "the request body becomes required; the client's `body` is an `Option` and may be left empty"
                            .into(),
                        &t,
                    );
                } else if ob.required && !required(n_obj) {
                    self.emit(
                        "request-body-became-optional",
                        &child(&o_at, "required"),
                        &n_at,
                        "the request body is no longer required; the client always sends it".into(),
                        &t,
                    );
                }
                let n_content: Vec<&String> =
                    n_obj.get("content").and_then(Value::as_object).map(|m| m.keys().collect()).unwrap_or_default();
                for v in &ob.variants {
                    let Some(nct) = n_content.iter().find(|k| essence(k) == essence(&v.content_type)) else {
                        self.emit(
                            "request-media-type-removed",
                            &child(&child(&o_at, "content"), &v.content_type),
                            &child(&n_at, "content"),
                            format!("the request body no longer accepts `{}`, which the client sends", v.content_type),
                            &t,
                        );
                        continue;
                    };
                    if matches!(v.media, Media::Json | Media::Form | Media::Multipart) {
                        let os = format!("{}/schema", child(&child(&o_at, "content"), &v.content_type));
                        let ns = format!("{}/schema", child(&child(&n_at, "content"), nct));
                        if old.doc.get(&os).is_some() && new.doc.get(&ns).is_some() {
                            let n_ty = n.op.body.as_ref().and_then(|b| {
                                b.variants.iter().find(|x| essence(&x.content_type) == essence(nct)).map(|x| &x.ty)
                            });
                            let place = Place { label: "the request body", touches: &t };
                            self.value(&[os], &[ns], Some(&v.ty), n_ty, Dir::Request, false, &place);
                        }
                    }
                }
                let o_content: Vec<String> = o_obj
                    .and_then(|v| v.get("content"))
                    .and_then(Value::as_object)
                    .map(|m| m.keys().map(|k| essence(k)).collect())
                    .unwrap_or_default();
                for nct in n_content {
                    if !o_content.contains(&essence(nct)) {
                        self.emit(
                            "request-media-type-added",
                            &child(&o_at, "content"),
                            &child(&child(&n_at, "content"), nct),
                            format!("the request body also accepts `{nct}`; the client sends what it did"),
                            &t,
                        );
                    }
                }
            }
        }
        self.context = saved;
    }

    fn responses(&mut self, o: &OpRef<'a>, n: &OpRef<'a>) {
        let (old, new) = (self.old, self.new);
        let ors = responses(old, o);
        let nrs = responses(new, n);
        let old_success_any = o.op.success.is_empty();
        let handled_as_success = |s: StatusMatch| {
            (old_success_any && is_success(s))
                || handler(o.op, s).is_some_and(|c| o.op.success.iter().any(|x| x.status == c.status))
        };
        let n_success: Vec<&RespRef<'_>> = nrs.iter().filter(|r| is_success(r.status)).collect();
        let changed = !n_success.is_empty()
            && !o.op.success.is_empty()
            && !n_success.iter().any(|r| handled_as_success(r.status));
        let list_at = |r: &OpRef<'_>| format!("{}/responses", r.at);
        if changed {
            let o_first = ors.iter().find(|r| is_success(r.status)).map(|r| r.use_at.clone()).unwrap_or(list_at(o));
            let statuses: Vec<String> = n_success.iter().map(|r| r.key.clone()).collect();
            let was: Vec<String> = o.op.success.iter().map(|c| status_text(c.status)).collect();
            self.emit(
                "success-status-changed",
                &o_first,
                &n_success[0].use_at,
                format!(
                    "success is now {} (was {}); the client takes the new status for an error (`{}::{}`)",
                    statuses.join(", "),
                    was.join(", "),
                    o.op.error_name,
                    emitted::UNEXPECTED
                ),
                &[method_items(old.api, o.op), method_items(new.api, n.op)].concat(),
            );
        }
        for r in &nrs {
            let new_case = n.op.success.iter().chain(&n.op.errors).find(|c| c.status == r.status);
            let new_items = new_case.map(|c| case_items(new.api, n.op, c)).unwrap_or_default();
            let case = handler(o.op, r.status);
            if is_success(r.status) {
                match case {
                    Some(c) if o.op.success.iter().any(|x| x.status == c.status) => self.response(o, n, c, r),
                    _ if old_success_any || changed => {}
                    _ => self.emit(
                        "success-status-added",
                        &list_at(o),
                        &r.use_at,
                        format!(
                            "`{}` is a new success status; when the server answers with it the client returns `{}::{}`",
                            r.key,
                            o.op.error_name,
                            emitted::UNEXPECTED
                        ),
                        &[method_items(old.api, o.op), new_items.clone()].concat(),
                    ),
                }
            } else {
                match case {
                    Some(c) if o.op.errors.iter().any(|x| x.status == c.status) => self.response(o, n, c, r),
                    _ => self.emit(
                        "error-status-added",
                        &list_at(o),
                        &r.use_at,
                        format!(
                            "`{}` is a new error status; the client has no variant for it and returns `{}::{}`",
                            r.key,
                            o.op.error_name,
                            emitted::UNEXPECTED
                        ),
                        &new_items,
                    ),
                }
            }
        }
        for r in &ors {
            if nrs.iter().any(|x| x.status == r.status) {
                continue;
            }
            // Still reached through a range or `default` of the revision: compared there.
            let covered = nrs.iter().any(|x| match (x.status, r.status) {
                (StatusMatch::Range(a), StatusMatch::Code(c)) => a == c / 100,
                (StatusMatch::Default, _) => !is_success(r.status),
                _ => false,
            });
            if covered {
                continue;
            }
            let old_case = o.op.success.iter().chain(&o.op.errors).find(|c| c.status == r.status);
            let variant = old_case.map(|c| c.rust_name.clone()).unwrap_or_default();
            let mut old_items = old_case.map(|c| case_items(old.api, o.op, c)).unwrap_or_default();
            if is_success(r.status) {
                // The success type may lose its enum.
                old_items.extend(method_items(new.api, n.op));
                old_items.extend(n.op.success_enum.clone());
            }
            if is_success(r.status) {
                if changed {
                    continue;
                }
                self.emit(
                    "success-status-removed",
                    &r.use_at,
                    &list_at(n),
                    format!(
                        "success status `{}` is no longer documented; the client's case for it is never used",
                        r.key
                    ),
                    &old_items,
                );
            } else {
                self.emit(
                    "error-status-removed",
                    &r.use_at,
                    &list_at(n),
                    format!(
                        "error status `{}` is no longer documented; the client's `{}::{variant}` is never used",
                        r.key, o.op.error_name
                    ),
                    &old_items,
                );
            }
        }
    }

    /// One response the base's client handles with `case`, against the revision's `r`.
    fn response(&mut self, o: &OpRef<'a>, n: &OpRef<'a>, case: &'a ResponseCase, r: &RespRef<'a>) {
        let (old, new) = (self.old, self.new);
        let saved = std::mem::replace(&mut self.context, format!("`{} {}` {} response", o.op.method, o.op.path, r.key));
        let success = o.op.success.iter().any(|c| c.status == case.status);
        let new_case = n.op.success.iter().chain(&n.op.errors).find(|c| c.status == r.status);
        let _ = success;
        let mut touches = case_items(old.api, o.op, case);
        if let Some(nc) = new_case {
            touches.extend(case_items(new.api, n.op, nc));
        }
        let o_case_at = old
            .doc
            .resolve(&child(&format!("{}/responses", o.at), &raw_key(old, o, case.status)))
            .map(|(a, _)| a)
            .unwrap_or_else(|| format!("{}/responses", o.at));
        let n_content: Vec<&String> =
            r.obj.get("content").and_then(Value::as_object).map(|m| m.keys().collect()).unwrap_or_default();
        let o_content: Vec<String> = old
            .doc
            .get(&o_case_at)
            .and_then(|v| v.get("content"))
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        // The narrowed error codes first, so that the body's enum is not compared again.
        self.narrowing(o, n, case, new_case, &o_case_at, r);
        match &case.body {
            None => {
                if !n_content.is_empty() {
                    self.emit(
                        "response-body-added",
                        &o_case_at,
                        &child(&r.at, "content"),
                        format!("the `{}` response has a body now; the client ignores it", r.key),
                        &touches,
                    );
                }
            }
            Some(b) => match b.media {
                Media::Json => {
                    let chosen = n_content
                        .iter()
                        .find(|k| essence(k) == essence(&b.content_type))
                        .or_else(|| n_content.iter().find(|k| media(k) == Media::Json));
                    match chosen {
                        None if n_content.is_empty() => self.emit(
                            "response-body-removed",
                            &child(&child(&o_case_at, "content"), &b.content_type),
                            &r.at,
                            format!(
                                "the `{}` response has no body now; the client decodes `{}` from JSON and fails on an empty body",
                                r.key,
                                emitted::type_text(old.api, &b.ty)
                            ),
                            &touches,
                        ),
                        None => self.emit(
                            "response-media-type-changed",
                            &child(&child(&o_case_at, "content"), &b.content_type),
                            &child(&r.at, "content"),
                            format!(
                                "the `{}` response is {} now, not JSON; the client decodes JSON",
                                r.key,
                                n_content.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
                            ),
                            &touches,
                        ),
                        Some(nct) => {
                            let os = format!("{}/schema", child(&child(&o_case_at, "content"), &b.content_type));
                            let ns = format!("{}/schema", child(&child(&r.at, "content"), nct));
                            if new.doc.get(&ns).is_none() {
                                if !matches!(resolved(old.api, &b.ty), TypeRef::Json) {
                                    self.emit(
                                        "response-type-changed",
                                        &os,
                                        &child(&child(&r.at, "content"), nct),
                                        format!(
                                            "the `{}` response body has no schema now (any JSON value); the client decodes it as `{}`",
                                            r.key,
                                            emitted::type_text(old.api, &b.ty)
                                        ),
                                        &touches,
                                    );
                                }
                            } else if old.doc.get(&os).is_some() {
                                let n_ty = new_case.and_then(|c| c.body.as_ref()).map(|x| &x.ty);
                                let label = format!("the `{}` response body", r.key);
                                let place = Place { label: &label, touches: &touches };
                                self.value(&[os], &[ns], Some(&b.ty), n_ty, Dir::Response, false, &place);
                            }
                        }
                    }
                }
                Media::Text if !n_content.is_empty() && n_content.iter().all(|k| media(k) == Media::Bytes) => {
                    self.emit(
                        "response-media-type-changed",
                        &child(&child(&o_case_at, "content"), &b.content_type),
                        &child(&r.at, "content"),
                        format!("the `{}` response is binary now; the client reads it as UTF-8 text", r.key),
                        &touches,
                    );
                }
                _ => {}
            },
        }
        let media_changed =
            self.found.keys().any(|k| k.rule == "response-media-type-changed" && k.new_at == child(&r.at, "content"));
        if !o_content.is_empty() && !media_changed {
            for nct in &n_content {
                if !o_content.iter().any(|k| essence(k) == essence(nct)) && case.body.is_some() {
                    self.emit(
                        "response-media-type-added",
                        &child(&o_case_at, "content"),
                        &child(&child(&r.at, "content"), nct),
                        format!("the `{}` response is also offered as `{nct}`; the client reads what it did", r.key),
                        &touches,
                    );
                }
            }
        }
        // Headers: read leniently (`None` when absent or not valid).
        let n_headers: Vec<&String> =
            r.obj.get("headers").and_then(Value::as_object).map(|m| m.keys().collect()).unwrap_or_default();
        let header_items = |op: &Operation, wire: &str| -> Vec<String> {
            let mut t: Vec<String> = op
                .response_headers
                .as_ref()
                .and_then(|rh| {
                    rh.headers.iter().find(|h| h.wire_name == wire).map(|h| format!("{}::{}", rh.name, h.rust_name))
                })
                .into_iter()
                .collect();
            // The struct itself comes or goes with its first or last header.
            t.extend(o.op.response_headers.as_ref().map(|h| h.name.clone()));
            t.extend(n.op.response_headers.as_ref().map(|h| h.name.clone()));
            t
        };
        for h in &case.headers {
            if !n_headers.iter().any(|k| k.eq_ignore_ascii_case(&h.wire_name)) {
                let o_at = old
                    .doc
                    .get(&format!("{o_case_at}/headers"))
                    .and_then(Value::as_object)
                    .and_then(|m| m.keys().find(|k| k.eq_ignore_ascii_case(&h.wire_name)))
                    .map(|k| child(&format!("{o_case_at}/headers"), k))
                    .unwrap_or_else(|| o_case_at.clone());
                self.emit(
                    "response-header-removed",
                    &o_at,
                    &r.at,
                    format!(
                        "the `{}` response no longer declares header `{}`; its typed header reads `None`",
                        r.key, h.wire_name
                    ),
                    &header_items(o.op, &h.wire_name),
                );
            }
        }
        for k in n_headers {
            if k.eq_ignore_ascii_case("content-type")
                || case.headers.iter().any(|h| h.wire_name.eq_ignore_ascii_case(k))
            {
                continue;
            }
            self.emit(
                "response-header-added",
                &o_case_at,
                &child(&format!("{}/headers", r.at), k),
                format!("the `{}` response declares header `{k}`; the client ignores it", r.key),
                &header_items(n.op, &k.to_ascii_lowercase()),
            );
        }
        self.context = saved;
    }

    /// The error codes an error body's schema narrows to, each a variant of the error enum.
    fn narrowing(
        &mut self,
        o: &OpRef<'a>,
        n: &OpRef<'a>,
        case: &ResponseCase,
        new_case: Option<&ResponseCase>,
        o_case_at: &str,
        r: &RespRef<'a>,
    ) {
        let (old, new) = (self.old, self.new);
        let (on, nn) = (case.narrowed.as_ref(), new_case.and_then(|c| c.narrowed.as_ref()));
        if on.is_none() && nn.is_none() {
            return;
        }
        let field = on.or(nn).map(|x| x.wire_field.clone()).unwrap_or_default();
        // Where the values are listed in each body schema.
        let enum_at = |side: &Side<'_>, case_at: &str| -> (String, Vec<String>) {
            let content = side.doc.get(&format!("{case_at}/content")).and_then(Value::as_object);
            let Some(ct) = content.and_then(|m| m.keys().find(|k| media(k) == Media::Json)) else {
                return (case_at.to_owned(), Vec::new());
            };
            let view = side.doc.view(&format!("{}/schema", child(&child(case_at, "content"), ct)));
            let ptrs = view.properties.get(&field).cloned().unwrap_or_default();
            let listed = ptrs
                .iter()
                .find(|p| side.doc.resolve(p).is_some_and(|(_, v)| v.get("enum").is_some()))
                .and_then(|p| side.doc.resolve(p).map(|(a, _)| format!("{a}/enum")))
                .unwrap_or_else(|| case_at.to_owned());
            (listed, ptrs)
        };
        let (o_enum, o_ptrs) = enum_at(old, o_case_at);
        let (n_enum, n_ptrs) = enum_at(new, &r.at);
        self.narrowed.insert(join(&o_ptrs));
        self.narrowed.insert(join(&n_ptrs));
        let values =
            |x: Option<&model::Narrowing>| -> Vec<(String, String)> { x.map(|x| x.values.clone()).unwrap_or_default() };
        let (ov, nv) = (values(on), values(nn));
        let other = |op: &Operation, c: Option<&ResponseCase>| {
            c.map(|c| format!("{}::{}", op.error_name, c.rust_name)).unwrap_or_else(|| op.error_name.clone())
        };
        for (i, (value, variant)) in nv.iter().enumerate() {
            if ov.iter().any(|(v, _)| v == value) {
                continue;
            }
            self.emit(
                "error-code-added",
                &o_enum,
                &format!("{n_enum}/{i}"),
                format!(
                    "a `{}` response may carry `{field}` `{value}`; the client has no variant for it and returns `{}`",
                    r.key,
                    other(o.op, Some(case))
                ),
                &[format!("{}::{variant}", n.op.error_name), other(o.op, Some(case))],
            );
        }
        for (i, (value, variant)) in ov.iter().enumerate() {
            if nv.iter().any(|(v, _)| v == value) {
                continue;
            }
            self.emit(
                "error-code-removed",
                &format!("{o_enum}/{i}"),
                &n_enum,
                format!(
                    "`{field}` `{value}` is no longer documented for `{}`; the client's `{}::{variant}` is never used",
                    r.key, o.op.error_name
                ),
                &[format!("{}::{variant}", o.op.error_name), other(n.op, new_case)],
            );
        }
    }

    fn security(&mut self, o: &OpRef<'a>, n: &OpRef<'a>) {
        let (old, new) = (self.old, self.new);
        let (o_at, o_reqs) = requirements(old, o);
        let (n_at, n_reqs) = requirements(new, n);
        match (o_reqs, n_reqs) {
            (None, None) => {}
            (Some(_), None) => self.emit(
                "security-removed",
                &o_at,
                &n_at,
                "the operation no longer requires credentials; the client's are sent and ignored".into(),
                &[],
            ),
            (None, Some(nr)) => {
                let schemes: Vec<String> = nr.iter().flat_map(|a| a.keys().map(|k| format!("`{k}`"))).collect();
                self.emit(
                    "security-added",
                    &o_at,
                    &n_at,
                    format!(
                        "the operation now requires credentials ({}); the client built from the base sends none",
                        schemes.join(", ")
                    ),
                    &[],
                );
            }
            (Some(or), Some(nr)) => {
                let satisfies = |oa: &Alternative, na: &Alternative| {
                    na.keys().all(|k| oa.keys().any(|ok| scheme_wire(old, ok) == scheme_wire(new, k)))
                };
                let pair = or.iter().find_map(|oa| nr.iter().find(|na| satisfies(oa, na)).map(|na| (oa, na)));
                let Some((oa, na)) = pair else {
                    let show = |side: &Side<'_>, reqs: &[Alternative]| {
                        reqs.iter()
                            .map(|a| a.keys().map(|k| scheme_wire(side, k)).collect::<Vec<_>>().join(" and "))
                            .collect::<Vec<_>>()
                            .join(", or ")
                    };
                    self.emit(
                        "security-changed",
                        &o_at,
                        &n_at,
                        format!("the operation requires {} now; the client sends {}", show(new, &nr), show(old, &or)),
                        &[],
                    );
                    return;
                };
                for (k, n_scopes) in na {
                    let Some((_, o_scopes)) = oa.iter().find(|(ok, _)| scheme_wire(old, ok) == scheme_wire(new, k))
                    else {
                        continue;
                    };
                    let (os, ns): (BTreeSet<&String>, BTreeSet<&String>) =
                        (o_scopes.iter().collect(), n_scopes.iter().collect());
                    if !ns.is_subset(&os) {
                        let added: Vec<String> = ns.difference(&os).map(|s| format!("`{s}`")).collect();
                        self.emit(
                            "security-scopes-changed",
                            &o_at,
                            &n_at,
                            format!(
                                "`{k}` now requires scope {} (was {}); a token issued for the old scopes is refused",
                                added.join(", "),
                                if os.is_empty() {
                                    "none".to_owned()
                                } else {
                                    os.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
                                }
                            ),
                            &[],
                        );
                    }
                }
            }
        }
    }

    /// Compares a value (the schemas at `o` and `n`, and the base client's type for it).
    /// `nullish`: for a response, the client's slot is an `Option` (absent or `null` is
    /// fine); for a request, the client may send `null` here.
    #[allow(clippy::too_many_arguments)]
    fn value(
        &mut self,
        o: &[String],
        n: &[String],
        t_o: Option<&'a TypeRef>,
        t_n: Option<&'a TypeRef>,
        dir: Dir,
        nullish: bool,
        place: &Place<'_>,
    ) {
        if o.is_empty() || n.is_empty() {
            return;
        }
        let key: MemoKey = (join(o), join(n), dir, nullish);
        if self.probing == 0
            && let Some(keys) = self.memo.get(&key)
        {
            let keys = keys.clone();
            for k in keys {
                for f in &mut self.frames {
                    f.push(k.clone());
                }
                if let Some(found) = self.found.get_mut(&k)
                    && !self.context.is_empty()
                {
                    found.contexts.insert(self.context.clone());
                }
            }
            return;
        }
        if !self.in_progress.insert(key.clone()) {
            return;
        }
        self.frames.push(Vec::new());
        let (old, new) = (self.old, self.new);
        let ov = unwrap_single(old, old.doc.view_all(o));
        let nv = unwrap_single(new, new.doc.view_all(n));
        // The types at this place are the items of every change found here.
        let mut touches = place.touches.to_vec();
        touches.extend(t_o.and_then(|t| type_item(old.api, t)));
        touches.extend(t_n.and_then(|t| type_item(new.api, t)));
        let place = &Place { label: place.label, touches: &touches };
        if let (Some(a), Some(b)) = (t_o.and_then(|t| named(old.api, t)), t_n.and_then(|t| named(new.api, t)))
            && a != b
        {
            let mut t = vec![type_path(&a), type_path(&b)];
            t.extend(place.touches.iter().cloned());
            let why = if ov.at == nv.at {
                "the schema is named from its place, which changed".to_owned()
            } else {
                format!("its schema is at `{}` now (was `{}`)", nv.at, ov.at)
            };
            self.emit("type-renamed", &ov.at, &nv.at, format!("`{a}` is generated as `{b}`: {why}"), &t);
            let key = Key { rule: "type-renamed", old_at: ov.at.clone(), new_at: nv.at.clone() };
            if let Some(found) = self.found.get_mut(&key) {
                found.renamed = Some((a, b));
            }
        }
        match dir {
            Dir::Response => self.decode(&ov, &nv, t_o, t_n, nullish, place),
            Dir::Request => self.encode(&ov, &nv, t_o, t_n, nullish, place),
        }
        let keys = self.frames.pop().unwrap_or_default();
        self.in_progress.remove(&key);
        if self.probing == 0 {
            self.memo.insert(key, keys);
        }
    }

    /// A value a server following the revision sends, decoded by the base's client type.
    fn decode(
        &mut self,
        ov: &View,
        nv: &View,
        t_o: Option<&'a TypeRef>,
        t_n: Option<&'a TypeRef>,
        null_ok: bool,
        place: &Place<'_>,
    ) {
        let (old, new) = (self.old, self.new);
        let Some(t) = t_o else { return };
        let client = resolved(old.api, t);
        let client_text = emitted::type_text(old.api, t);
        let client_is_union =
            matches!(client, TypeRef::Named(id) if matches!(old.api.type_def(*id).kind, TypeKind::Union(_)));
        if !nv.members.is_empty() && ov.members.is_empty() && !client_is_union {
            // One schema becomes a choice: every member a server may send must decode.
            for nm in &nv.members {
                let oat = ov.at.clone();
                let nm2 = nm.clone();
                let decodes = self.probe(|w| w.value(&[oat], &[nm2], Some(t), None, Dir::Response, null_ok, place));
                if !decodes {
                    self.emit(
                        "response-union-member-added",
                        &ov.at,
                        nm,
                        format!(
                            "{} may be a `{}` now, which the client's `{client_text}` does not decode",
                            place.label,
                            last_segment(&new.doc.resolve(nm).map(|(a, _)| a).unwrap_or_else(|| nm.clone()))
                        ),
                        place.touches,
                    );
                }
            }
            return;
        }
        if let Some(mut acc) = accepts(old.api, t) {
            if null_ok {
                acc.insert(JsonType::Null);
            }
            let acc = Some(acc);
            let sent = new.doc.value_types(nv);
            let o_sent = old.doc.value_types(ov);
            let (o_types, n_types) = (old.doc.types(ov), new.doc.types(nv));
            // What the revision lets a server send that the client cannot decode, and that
            // the base did not allow already (a value both allow and the client refuses is
            // the generator's gap, not a change).
            let one = |t: JsonType| Some([t].into_iter().collect::<BTreeSet<_>>());
            let bad: Option<Vec<JsonType>> = match &sent {
                Some(s) => Some(
                    s.iter()
                        .copied()
                        .filter(|t| !types_within(&one(*t), &acc) && !types_within(&one(*t), &o_sent))
                        .collect(),
                ),
                None if o_sent.is_none() => Some(Vec::new()),
                None => None,
            };
            if bad.as_ref().is_none_or(|b| !b.is_empty()) {
                if bad.as_deref() == Some(&[JsonType::Null]) {
                    self.emit(
                        "response-became-nullable",
                        &ov.at,
                        &nv.at,
                        format!(
                            "{} may be `null` now; the client decodes it as `{client_text}`, not an `Option`",
                            place.label
                        ),
                        place.touches,
                    );
                } else {
                    let bad: Vec<&str> = match &bad {
                        Some(b) => b.iter().map(|t| example_of(*t)).collect(),
                        None => vec!["any JSON value"],
                    };
                    self.emit(
                        "response-type-changed",
                        ov.type_pointer(),
                        nv.type_pointer(),
                        format!(
                            "{} changes from {} to {}; the client decodes it as `{client_text}` and fails (`Error::Decode`) on {}",
                            place.label,
                            types_text(&o_types),
                            types_text(&n_types),
                            bad.join(" or ")
                        ),
                        place.touches,
                    );
                }
                return;
            }
            if o_types.is_some() && n_types.is_some() && o_types != n_types {
                self.emit(
                    "response-type-narrowed",
                    ov.type_pointer(),
                    nv.type_pointer(),
                    format!(
                        "{} changes from {} to {}; the client's `{client_text}` decodes it as before",
                        place.label,
                        types_text(&o_types),
                        types_text(&n_types)
                    ),
                    place.touches,
                );
            }
        }
        let n_resolved = t_n.map(|t| resolved(new.api, t));
        match client {
            TypeRef::Integer(k) if nv.types.as_ref().is_some_and(|t| t.contains(&JsonType::Integer)) => {
                let (lo, hi) = integer_range(nv);
                let (olo, ohi) = integer_range(ov);
                let (clo, chi) = int_range(*k);
                // Beyond the client's type, and beyond what the base allowed.
                if (lo < clo && lo < olo) || (hi > chi && hi > ohi) {
                    let at = |v: &View| {
                        if v.format.is_some() { format!("{}/format", v.at) } else { v.type_pointer().to_owned() }
                    };
                    self.emit(
                        "response-integer-range-widened",
                        &at(ov),
                        &at(nv),
                        format!(
                            "{} may be {lo}..={hi} now; the client decodes it as `{client_text}` ({clo}..={chi})",
                            place.label
                        ),
                        place.touches,
                    );
                }
            }
            TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid => {
                let want = parsed_format(client).unwrap_or_default();
                if nv.format.as_deref() != Some(want) && ov.format.as_deref() == Some(want) {
                    self.emit(
                        "response-format-changed",
                        &format!("{}/format", ov.at),
                        &if nv.format.is_some() { format!("{}/format", nv.at) } else { nv.at.clone() },
                        format!(
                            "{} is {} now; the client parses it as `{want}` (`{client_text}`) and fails on other strings",
                            place.label,
                            nv.format.as_deref().map(|f| format!("`{f}`")).unwrap_or_else(|| "any string".into())
                        ),
                        place.touches,
                    );
                }
            }
            TypeRef::Array(inner) => {
                let n_inner = match n_resolved {
                    Some(TypeRef::Array(i)) => Some(&**i),
                    _ => None,
                };
                let label = format!("an item of {}", place.label);
                let p = Place { label: &label, touches: place.touches };
                self.value(&ov.items, &nv.items, Some(inner), n_inner, Dir::Response, false, &p);
            }
            TypeRef::Map(inner) => {
                let n_inner = match n_resolved {
                    Some(TypeRef::Map(i)) => Some(&**i),
                    _ => None,
                };
                let o_at = match &ov.additional {
                    Additional::Schema(p) => p.clone(),
                    _ => vec![ov.at.clone()],
                };
                let label = format!("a value of {}", place.label);
                let p = Place { label: &label, touches: place.touches };
                if let Additional::Schema(np) = &nv.additional {
                    self.value(&o_at, np, Some(inner), n_inner, Dir::Response, false, &p);
                }
                for np in nv.properties.values() {
                    self.value(&o_at, np, Some(inner), n_inner, Dir::Response, false, &p);
                }
            }
            TypeRef::Named(id) => {
                let def = old.api.type_def(*id);
                match &def.kind {
                    TypeKind::Enum(e) => self.decode_enum(ov, nv, def, e, n_resolved),
                    TypeKind::Struct(s) => self.decode_struct(ov, nv, def, s, n_resolved),
                    TypeKind::Union(u) => self.decode_union(ov, nv, def, u, n_resolved, place),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn enum_values(e: &model::EnumDef) -> Vec<Value> {
        e.variants
            .iter()
            .map(|v| match &v.value {
                model::EnumValue::Str(s) => Value::from(s.clone()),
                model::EnumValue::Int(i) => Value::from(*i),
            })
            .collect()
    }

    fn new_enum_variant(&self, n_resolved: Option<&TypeRef>, value: &Value) -> Vec<String> {
        Self::enum_variant_items(self.new.api, n_resolved, value)
    }

    /// The item of the variant of an enum type that holds `value`.
    fn enum_variant_items(api: &Api, t: Option<&TypeRef>, value: &Value) -> Vec<String> {
        let Some(TypeRef::Named(id)) = t else { return Vec::new() };
        let def = api.type_def(*id);
        let TypeKind::Enum(e) = &def.kind else { return vec![type_path(&def.name)] };
        let values = Self::enum_values(e);
        values
            .iter()
            .zip(&e.variants)
            .filter(|(v, _)| *v == value)
            .map(|(_, var)| format!("{}::{}", type_path(&def.name), var.rust_name))
            .collect()
    }

    fn decode_enum(
        &mut self,
        ov: &View,
        nv: &View,
        def: &model::TypeDef,
        e: &model::EnumDef,
        n_resolved: Option<&'a TypeRef>,
    ) {
        if self.narrowed.contains(&ov.at) || self.narrowed.contains(&nv.at) {
            return;
        }
        let known = Self::enum_values(e);
        let unknown = format!("{}::Unknown", type_path(&def.name));
        let enum_at = |v: &View| format!("{}/enum", v.at);
        match &nv.enumeration {
            None => self.emit(
                "response-enum-value-added",
                &enum_at(ov),
                &nv.at,
                format!("`{}` is no longer limited to a list of values; the client keeps values it does not know in `{unknown}`", def.name),
                &[type_path(&def.name)],
            ),
            Some(values) => {
                for (i, v) in values.iter().enumerate() {
                    if known.contains(v) {
                        continue;
                    }
                    let mut t = vec![type_path(&def.name)];
                    t.extend(self.new_enum_variant(n_resolved, v));
                    self.emit(
                        "response-enum-value-added",
                        &enum_at(ov),
                        &format!("{}/{i}", enum_at(nv)),
                        format!("{} is a new value of `{}`; the client keeps it in `{unknown}`", value_text(v), def.name),
                        &t,
                    );
                }
                for (i, (v, var)) in known.iter().zip(&e.variants).enumerate() {
                    if values.contains(v) {
                        continue;
                    }
                    self.emit(
                        "response-enum-value-removed",
                        &format!("{}/{i}", enum_at(ov)),
                        &enum_at(nv),
                        format!("{} is no longer a value of `{}`; the client's `{}::{}` is never used", value_text(v), def.name, def.name, var.rust_name),
                        &[format!("{}::{}", type_path(&def.name), var.rust_name)],
                    );
                }
            }
        }
    }

    fn decode_struct(
        &mut self,
        ov: &View,
        nv: &View,
        def: &'a model::TypeDef,
        s: &'a model::StructDef,
        n_resolved: Option<&'a TypeRef>,
    ) {
        let new = self.new;
        let n_struct = match n_resolved {
            Some(TypeRef::Named(id)) => match &new.api.type_def(*id).kind {
                TypeKind::Struct(ns) => Some((new.api.type_def(*id), ns)),
                _ => None,
            },
            _ => None,
        };
        let field_touches = |wire: &str| -> Vec<String> {
            let mut t = Vec::new();
            if let Some(f) = s.fields.iter().find(|f| f.wire_name == wire) {
                t.push(format!("{}::{}", type_path(&def.name), f.rust_name));
            }
            t.push(format!("{}::new", type_path(&def.name)));
            t.push(format!("{}: Default", type_path(&def.name)));
            if let Some((nd, ns)) = n_struct {
                if let Some(f) = ns.fields.iter().find(|f| f.wire_name == wire) {
                    t.push(format!("{}::{}", type_path(&nd.name), f.rust_name));
                }
                t.push(format!("{}::new", type_path(&nd.name)));
                t.push(format!("{}: Default", type_path(&nd.name)));
            }
            t
        };
        for f in &s.fields {
            let optional = !f.required || f.nullable;
            let op = ov.properties.get(&f.wire_name);
            let np = nv.properties.get(&f.wire_name);
            let o_at = op.and_then(|p| p.first().cloned()).unwrap_or_else(|| ov.at.clone());
            let t = field_touches(&f.wire_name);
            let label = format!("`{}.{}`", def.name, f.wire_name);
            let Some(np) = np else {
                if op.is_none() {
                    continue;
                }
                let (rule, why) = if optional {
                    ("response-optional-property-removed", format!("the client's `{}` reads `None`", f.rust_name))
                } else {
                    (
                        "response-property-removed",
                        format!("the client's `{}` is not an `Option`, so every response fails to decode", f.rust_name),
                    )
                };
                self.emit(rule, &o_at, &nv.at, format!("{label} is no longer declared; {why}"), &t);
                continue;
            };
            let n_required = nv.required.contains(&f.wire_name);
            if !n_required && !optional && ov.required.contains(&f.wire_name) {
                self.emit(
                    "response-property-became-optional",
                    &o_at,
                    &np[0],
                    format!("{label} is no longer required; the client's `{}` is not an `Option` and fails when it is left out", f.rust_name),
                    &t,
                );
            } else if n_required && !ov.required.contains(&f.wire_name) {
                self.emit(
                    "response-property-became-required",
                    &o_at,
                    &np[0],
                    format!("{label} is always sent now; the client's `Option` has it"),
                    &t,
                );
            }
            let n_ty =
                n_struct.and_then(|(_, ns)| ns.fields.iter().find(|x| x.wire_name == f.wire_name)).map(|x| &x.ty);
            let o_ptrs = op.cloned().unwrap_or_else(|| np.clone());
            let place = Place { label: &label, touches: &t };
            self.value(&o_ptrs, np, Some(&f.ty), n_ty, Dir::Response, optional, &place);
        }
        for (wire, np) in &nv.properties {
            // Declared by the base too (the generator kept one of two allOf definitions).
            if s.fields.iter().any(|f| &f.wire_name == wire) || ov.properties.contains_key(wire) {
                continue;
            }
            let t = field_touches(wire);
            match &s.additional {
                Some(a) if !matches!(resolved(self.old.api, a), TypeRef::Json) => {
                    let o_at = match &ov.additional {
                        Additional::Schema(p) => p.clone(),
                        _ => vec![ov.at.clone()],
                    };
                    let label = format!("`{}.{wire}` (kept in `additional_properties`)", def.name);
                    let place = Place { label: &label, touches: &t };
                    self.value(&o_at, np, Some(a), None, Dir::Response, false, &place);
                }
                _ => {
                    let mut t = t;
                    if let Some((_, ns)) = n_struct
                        && let Some(f) = ns.fields.iter().find(|f| &f.wire_name == wire)
                    {
                        t.extend(reachable_types(new.api, &f.ty));
                    }
                    self.emit(
                        "response-property-added",
                        &format!("{}/properties", ov.at),
                        &np[0],
                        format!("`{}.{wire}` is new; the client ignores fields it does not know", def.name),
                        &t,
                    )
                }
            }
        }
    }

    /// The schema pointer a variant of a union came from.
    fn member_of(side: &Side<'_>, v_view: &View, v: &model::UnionVariant) -> Option<String> {
        v_view
            .members
            .iter()
            .find(|m| {
                let target = side.doc.resolve(m).map(|(a, _)| a);
                match &v.ty {
                    TypeRef::Named(id) => {
                        let origin = &side.api.type_def(*id).origin;
                        target.as_deref() == Some(origin.as_str()) || *m == origin
                    }
                    _ => false,
                }
            })
            .cloned()
            // Inline primitive members: by name, as `lower` names them.
            .or_else(|| v_view.members.iter().find(|m| last_segment(m) == v.rust_name).cloned())
    }

    /// The revision's member that is a base member: the same component name, or, when
    /// both unions list as many members, the one at the same position (a renamed member).
    fn paired(&self, o_member: &str, ov: &View, nv: &View) -> Option<String> {
        let (old, new) = (self.old, self.new);
        let name = |side: &Side<'_>, m: &str| {
            last_segment(&side.doc.resolve(m).map(|(a, _)| a).unwrap_or_else(|| m.to_owned()))
        };
        let o_name = name(old, o_member);
        if let Some(m) = nv.members.iter().find(|m| name(new, m) == o_name) {
            return Some(m.clone());
        }
        if ov.members.len() != nv.members.len() {
            return None;
        }
        let i = ov.members.iter().position(|m| m == o_member)?;
        let candidate = &nv.members[i];
        // Not when the candidate is some other base member by name.
        let taken = ov.members.iter().any(|m| m != o_member && name(old, m) == name(new, candidate));
        (!taken).then(|| candidate.clone())
    }

    /// The variant type of the revision's union for one of its members.
    fn new_variant_ty(&self, nv: &View, n_resolved: Option<&'a TypeRef>, nm: &str) -> Option<&'a TypeRef> {
        self.new_variant(nv, n_resolved, nm).map(|(t, _)| t)
    }

    /// The revision's union variant for one of its members: its type and its item.
    fn new_variant(&self, nv: &View, n_resolved: Option<&'a TypeRef>, nm: &str) -> Option<(&'a TypeRef, String)> {
        let new = self.new;
        let Some(TypeRef::Named(id)) = n_resolved else { return None };
        let def = new.api.type_def(*id);
        let TypeKind::Union(nu) = &def.kind else { return None };
        nu.variants
            .iter()
            .find(|v| Self::member_of(new, nv, v).as_deref() == Some(nm))
            .map(|v| (&v.ty, format!("{}::{}", type_path(&def.name), v.rust_name)))
    }

    fn decode_union(
        &mut self,
        ov: &View,
        nv: &View,
        def: &'a model::TypeDef,
        u: &'a model::UnionDef,
        n_resolved: Option<&'a TypeRef>,
        place: &Place<'_>,
    ) {
        let (old, new) = (self.old, self.new);
        let touches = vec![type_path(&def.name)];
        if let Some(prop) = &u.discriminator {
            // Members the revision lists, by the tags that select them.
            for nm in &nv.members {
                let target = new.doc.resolve(nm).map(|(a, _)| a).unwrap_or_else(|| nm.clone());
                let mut tags: Vec<String> = nv
                    .discriminator
                    .as_ref()
                    .map(|(_, map)| map.iter().filter(|(_, r)| **r == target).map(|(k, _)| k.clone()).collect())
                    .unwrap_or_default();
                if tags.is_empty() {
                    tags.push(last_segment(&target));
                }
                match u.variants.iter().find(|v| v.tags.iter().any(|t| tags.contains(t))) {
                    Some(v) => {
                        let om = Self::member_of(old, ov, v).unwrap_or_else(|| ov.at.clone());
                        let label = format!("the `{}` member of `{}`", v.rust_name, def.name);
                        let p = Place { label: &label, touches: place.touches };
                        let n_ty = self.new_variant_ty(nv, n_resolved, nm);
                        self.value(&[om], std::slice::from_ref(nm), Some(&v.ty), n_ty, Dir::Response, false, &p);
                    }
                    // A member the base lists too, that selects no variant by a tag of its own
                    // (an inline member): the same for the client on both sides.
                    None if ov.members.iter().any(|om| self.paired(om, ov, nv).as_deref() == Some(nm.as_str())) => {}
                    None => {
                        let mut t = touches.clone();
                        t.extend(self.new_variant(nv, n_resolved, nm).map(|(_, item)| item));
                        self.emit(
                            "response-union-tag-added",
                            &ov.at,
                            nm,
                            format!(
                                "`{prop}` may be {} now; the client keeps such values in `{}::Unknown`",
                                tags.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", "),
                                def.name
                            ),
                            &t,
                        )
                    }
                }
            }
            return;
        }
        if nv.members.is_empty() {
            let ok = u.variants.iter().any(|v| {
                let om = Self::member_of(old, ov, v).unwrap_or_else(|| ov.at.clone());
                let nat = nv.at.clone();
                self.probe(|w| w.value(&[om], &[nat], Some(&v.ty), None, Dir::Response, false, place))
            });
            if !ok {
                self.emit(
                    "response-type-changed",
                    &ov.at,
                    &nv.at,
                    format!("{} is no longer one of `{}`'s variants; none of them decodes it", place.label, def.name),
                    place.touches,
                );
            }
            return;
        }
        for nm in &nv.members {
            let pair = ov.members.iter().find(|om| self.paired(om, ov, nv).as_deref() == Some(nm.as_str())).cloned();
            let variant = pair
                .as_ref()
                .and_then(|om| u.variants.iter().find(|v| Self::member_of(old, ov, v).as_deref() == Some(om)));
            if let (Some(om), Some(v)) = (pair, variant) {
                let label = format!("the `{}` variant of `{}`", v.rust_name, def.name);
                let p = Place { label: &label, touches: place.touches };
                let n_ty = self.new_variant_ty(nv, n_resolved, nm);
                self.value(&[om], std::slice::from_ref(nm), Some(&v.ty), n_ty, Dir::Response, false, &p);
                continue;
            }
            let decodes = u.variants.iter().any(|v| {
                let om = Self::member_of(old, ov, v).unwrap_or_else(|| ov.at.clone());
                let nm = nm.clone();
                self.probe(|w| w.value(&[om], &[nm], Some(&v.ty), None, Dir::Response, false, place))
            });
            if !decodes {
                let mut t = touches.clone();
                t.extend(self.new_variant(nv, n_resolved, nm).map(|(_, item)| item));
                self.emit(
                    "response-union-member-added",
                    &ov.at,
                    nm,
                    format!(
                        "{} has a new member `{}` that none of the client's variants of `{}` decodes",
                        place.label,
                        last_segment(&new.doc.resolve(nm).map(|(a, _)| a).unwrap_or_else(|| nm.clone())),
                        def.name
                    ),
                    &t,
                );
            }
        }
        for om in &ov.members {
            if self.paired(om, ov, nv).is_none() {
                let variant = u.variants.iter().find(|v| Self::member_of(old, ov, v).as_deref() == Some(om.as_str()));
                let t: Vec<String> =
                    variant.map(|v| format!("{}::{}", type_path(&def.name), v.rust_name)).into_iter().collect();
                self.emit(
                    "response-union-member-removed",
                    om,
                    &nv.at,
                    format!("a member of `{}` is gone; the client's variant for it is never used", def.name),
                    &t,
                );
            }
        }
    }

    /// A value the base's client sends, checked against what the revision accepts.
    fn encode(
        &mut self,
        ov: &View,
        nv: &View,
        t_o: Option<&'a TypeRef>,
        t_n: Option<&'a TypeRef>,
        sends_null: bool,
        place: &Place<'_>,
    ) {
        let (old, new) = (self.old, self.new);
        let client = t_o.map(|t| resolved(old.api, t));
        let typed = client.filter(|c| !matches!(c, TypeRef::Json | TypeRef::JsonObject));
        let client_text = t_o.map(|t| emitted::type_text(old.api, t)).unwrap_or_else(|| "serde_json::Value".into());
        let client_is_union =
            matches!(client, Some(TypeRef::Named(id)) if matches!(old.api.type_def(*id).kind, TypeKind::Union(_)));
        if !nv.members.is_empty() && ov.members.is_empty() && !client_is_union {
            // One schema becomes a choice: what the client sends must be one of them.
            let members = nv.members.clone();
            let accepted_by = members.iter().find(|nm| {
                let (oat, nm) = (ov.at.clone(), (*nm).clone());
                self.probe(|w| w.value(&[oat], &[nm], t_o, None, Dir::Request, sends_null, place))
            });
            match accepted_by {
                Some(keep) => {
                    for nm in members.iter().filter(|m| *m != keep) {
                        self.emit(
                            "request-union-member-added",
                            &ov.at,
                            nm,
                            format!(
                                "{} may also be a `{}` now; the client never sends it",
                                place.label,
                                last_segment(nm)
                            ),
                            place.touches,
                        );
                    }
                }
                None => self.emit(
                    "request-type-changed",
                    &ov.at,
                    &nv.at,
                    format!(
                        "{} is one of other schemas now, none of which accepts the client's `{client_text}`",
                        place.label
                    ),
                    place.touches,
                ),
            }
            return;
        }
        // What goes on the wire: the client type's values, or what the base's schema
        // allows when the user builds a JSON value.
        let (o_types, n_types) = (old.doc.types(ov), new.doc.types(nv));
        let mut sent = match typed {
            Some(_) => t_o.and_then(|t| sends(old.api, t)).or_else(|| o_types.clone()),
            None => o_types.clone(),
        };
        if let Some(s) = &mut sent
            && (sends_null || (typed.is_none() && ov.nullable))
        {
            s.insert(JsonType::Null);
        }
        let acc = new.doc.value_types(nv);
        let o_acc = old.doc.value_types(ov);
        // What the client sends that the revision refuses and the base accepted (what both
        // refuse is the generator's gap, not a change).
        let one = |t: JsonType| Some([t].into_iter().collect::<BTreeSet<_>>());
        let refused: Vec<JsonType> = sent
            .iter()
            .flatten()
            .copied()
            .filter(|t| !types_within(&one(*t), &acc) && types_within(&one(*t), &o_acc))
            .collect();
        if !refused.is_empty() {
            if refused == [JsonType::Null] {
                self.emit(
                    "request-null-not-allowed",
                    &ov.at,
                    &nv.at,
                    format!("{} may no longer be `null`; the client sends `null` for `None`", place.label),
                    place.touches,
                );
            } else {
                self.emit(
                    "request-type-changed",
                    ov.type_pointer(),
                    nv.type_pointer(),
                    format!(
                        "{} changes from {} to {}; the client sends `{client_text}` values, which the revision refuses",
                        place.label,
                        types_text(&o_types),
                        types_text(&n_types)
                    ),
                    place.touches,
                );
            }
            return;
        }
        if o_types.is_some() && o_types != n_types {
            self.emit(
                "request-type-widened",
                ov.type_pointer(),
                nv.type_pointer(),
                format!(
                    "{} changes from {} to {}; what the client sends is still valid",
                    place.label,
                    types_text(&o_types),
                    types_text(&n_types)
                ),
                place.touches,
            );
        }
        // Values of an enum.
        let sent_values: Option<Vec<Value>> = match typed {
            Some(TypeRef::Named(id)) => match &old.api.type_def(*id).kind {
                TypeKind::Enum(e) => Some(Self::enum_values(e)),
                _ => None,
            },
            Some(_) => None,
            None => ov.enumeration.clone(),
        };
        let scalar = sent
            .as_ref()
            .is_none_or(|s| s.iter().any(|t| matches!(t, JsonType::String | JsonType::Integer | JsonType::Number)));
        let enum_at = |v: &View| format!("{}/enum", v.at);
        match (&sent_values, &nv.enumeration) {
            (Some(sv), Some(nvals)) => {
                let n_resolved = t_n.map(|t| resolved(new.api, t));
                let o_resolved = typed;
                for (i, v) in sv.iter().enumerate() {
                    if !nvals.contains(v) {
                        let t = [place.touches.to_vec(), Self::enum_variant_items(old.api, o_resolved, v)].concat();
                        self.emit(
                            "request-enum-value-removed",
                            &format!("{}/{i}", enum_at(ov)),
                            &enum_at(nv),
                            format!(
                                "{} is no longer a valid value of {}; the client can send it",
                                value_text(v),
                                place.label
                            ),
                            &t,
                        );
                    }
                }
                for (i, v) in nvals.iter().enumerate() {
                    if !sv.contains(v) {
                        let t = [place.touches.to_vec(), Self::enum_variant_items(new.api, n_resolved, v)].concat();
                        self.emit(
                            "request-enum-value-added",
                            &enum_at(ov),
                            &format!("{}/{i}", enum_at(nv)),
                            format!("{} is a new value of {}; the client never sends it", value_text(v), place.label),
                            &t,
                        );
                    }
                }
            }
            (None, Some(nvals))
                if scalar
                    && ov.enumeration.is_none()
                    && !matches!(typed, Some(TypeRef::Named(_)) | Some(TypeRef::Boolean)) =>
            {
                self.emit(
                    "request-enum-added",
                    &ov.at,
                    &enum_at(nv),
                    format!(
                        "{} is limited to {} now; the client sends any `{client_text}`",
                        place.label,
                        nvals.iter().map(value_text).collect::<Vec<_>>().join(", ")
                    ),
                    place.touches,
                );
            }
            _ => {}
        }
        // Formats of strings.
        if sent.as_ref().is_some_and(|s| s.contains(&JsonType::String)) {
            match typed.and_then(parsed_format) {
                Some(want) => {
                    if let Some(f) = &nv.format
                        && f != want
                    {
                        self.emit(
                            "request-format-changed",
                            &format!("{}/format", ov.at),
                            &format!("{}/format", nv.at),
                            format!(
                                "{} must be `{f}` now; the client sends it as `{want}` (`{client_text}`)",
                                place.label
                            ),
                            place.touches,
                        );
                    }
                }
                None => {
                    if let Some(f) = &nv.format
                        && ov.format.as_ref() != Some(f)
                        && !matches!(f.as_str(), "password" | "byte" | "binary")
                    {
                        self.emit(
                            "request-format-added",
                            &if ov.format.is_some() { format!("{}/format", ov.at) } else { ov.at.clone() },
                            &format!("{}/format", nv.at),
                            format!("{} must be `{f}` now; strings the user sends may not be", place.label),
                            place.touches,
                        );
                    }
                }
            }
        }
        // What the client writes for a date, time or id has a known length: a bound it always
        // keeps is no change for it.
        let written = typed.and_then(written_length);
        for (keyword, change) in tightened(&ov.constraints, &nv.constraints) {
            let kept = match (keyword, written) {
                ("maxLength", Some((_, max))) => nv.constraints.max_length.is_some_and(|m| m >= max),
                ("minLength", Some((min, _))) => nv.constraints.min_length.is_some_and(|m| m <= min),
                _ => false,
            };
            if kept {
                continue;
            }
            let o_at = format!("{}/{keyword}", ov.at);
            let o_at = if old.doc.get(&o_at).is_some() { o_at } else { ov.at.clone() };
            self.emit(
                "request-constraint-tightened",
                &o_at,
                &format!("{}/{keyword}", nv.at),
                // Two patterns cannot be told apart in general: a new one may refuse values.
                format!(
                    "`{keyword}` of {} {} ({change}); values valid before may be refused",
                    place.label,
                    if keyword == "pattern" { "changes" } else { "is stricter" }
                ),
                place.touches,
            );
        }
        let n_resolved = t_n.map(|t| resolved(new.api, t));
        match typed {
            Some(TypeRef::Named(id)) => {
                let def = old.api.type_def(*id);
                match &def.kind {
                    TypeKind::Struct(s) => self.encode_object(ov, nv, Some((def, s)), n_resolved, place),
                    TypeKind::Union(u) => self.encode_union(ov, nv, Some((def, u)), n_resolved, place),
                    _ => {}
                }
            }
            Some(TypeRef::Array(inner)) => {
                let n_inner = match n_resolved {
                    Some(TypeRef::Array(i)) => Some(&**i),
                    _ => None,
                };
                let label = format!("an item of {}", place.label);
                let p = Place { label: &label, touches: place.touches };
                self.value(&ov.items, &nv.items, Some(inner), n_inner, Dir::Request, false, &p);
            }
            Some(TypeRef::Map(inner)) => {
                if let (Additional::Schema(op), Additional::Schema(np)) = (&ov.additional, &nv.additional) {
                    let label = format!("a value of {}", place.label);
                    let p = Place { label: &label, touches: place.touches };
                    self.value(op, np, Some(inner), None, Dir::Request, false, &p);
                }
            }
            Some(_) => {}
            None => {
                // A JSON value the user builds by the base's schema.
                if ov.types.as_ref().is_some_and(|t| t.contains(&JsonType::Object)) || !ov.properties.is_empty() {
                    self.encode_object(ov, nv, None, None, place);
                }
                if !ov.items.is_empty() {
                    let label = format!("an item of {}", place.label);
                    let p = Place { label: &label, touches: place.touches };
                    self.value(&ov.items, &nv.items, None, None, Dir::Request, false, &p);
                }
                if !ov.members.is_empty() {
                    self.encode_union(ov, nv, None, None, place);
                }
            }
        }
    }

    /// An object the client sends: a generated struct, or (`None`) a JSON value shaped by
    /// the base's schema.
    fn encode_object(
        &mut self,
        ov: &View,
        nv: &View,
        typed: Option<(&'a model::TypeDef, &'a model::StructDef)>,
        n_resolved: Option<&'a TypeRef>,
        place: &Place<'_>,
    ) {
        let new = self.new;
        let n_struct = match n_resolved {
            Some(TypeRef::Named(id)) => match &new.api.type_def(*id).kind {
                TypeKind::Struct(ns) => Some((new.api.type_def(*id), ns)),
                _ => None,
            },
            _ => None,
        };
        let owner = typed.map(|(d, _)| d.name.clone());
        let label_of = |wire: &str| match &owner {
            Some(o) => format!("`{o}.{wire}`"),
            None => format!("`{wire}` of {}", place.label),
        };
        let touches_of = |wire: &str| -> Vec<String> {
            let mut t = Vec::new();
            for (d, s) in typed.into_iter().chain(n_struct) {
                if let Some(f) = s.fields.iter().find(|f| f.wire_name == wire) {
                    t.push(format!("{}::{}", type_path(&d.name), f.rust_name));
                }
                t.push(format!("{}::new", type_path(&d.name)));
                t.push(format!("{}: Default", type_path(&d.name)));
            }
            if t.is_empty() {
                t.extend(place.touches.iter().cloned());
            }
            t
        };
        // What the client always sends, and what it may send.
        let fields: Vec<(String, bool, bool, Option<&'a TypeRef>)> = match typed {
            Some((_, s)) => s
                .fields
                .iter()
                .map(|f| (f.wire_name.clone(), f.required, f.required && f.nullable, Some(&f.ty)))
                .collect(),
            None => ov
                .properties
                .iter()
                .map(|(k, ptrs)| {
                    let required = ov.required.contains(k);
                    let nullable = self.old.doc.view_all(ptrs).nullable;
                    (k.clone(), required, required && nullable, None)
                })
                .collect(),
        };
        let n_required: Vec<&String> = nv
            .required
            .iter()
            .filter(|r| nv.properties.get(*r).is_none_or(|p| !new.doc.view_all(p).read_only))
            .collect();
        for r in &n_required {
            let n_at =
                nv.properties.get(*r).and_then(|p| p.first().cloned()).unwrap_or_else(|| format!("{}/required", nv.at));
            // Required by the base already: the client's gap, not a change.
            if ov.required.contains(*r) {
                continue;
            }
            match fields.iter().find(|(w, ..)| w == *r) {
                None => self.emit(
                    "request-property-added-required",
                    &format!("{}/properties", ov.at),
                    &n_at,
                    format!("{} is new and required; the client does not know it and never sends it", label_of(r)),
                    &touches_of(r),
                ),
                Some((_, false, ..)) => {
                    let o_at = ov.properties.get(*r).and_then(|p| p.first().cloned()).unwrap_or_else(|| ov.at.clone());
                    self.emit(
                        "request-property-became-required",
                        &o_at,
                        &n_at,
                        format!(
                            "{} becomes required; the client's field is an `Option` and may be left out",
                            label_of(r)
                        ),
                        &touches_of(r),
                    )
                }
                Some(_) => {}
            }
        }
        for (wire, required, sends_null, ty) in &fields {
            let o_ptrs = ov.properties.get(wire).cloned();
            let o_at = o_ptrs.as_ref().and_then(|p| p.first().cloned()).unwrap_or_else(|| ov.at.clone());
            let Some(np) = nv.properties.get(wire) else {
                if nv.additional == Additional::Forbidden {
                    self.emit(
                        "request-property-not-allowed",
                        &o_at,
                        &nv.at,
                        format!(
                            "{} is no longer declared and other properties are refused; the client sends it",
                            label_of(wire)
                        ),
                        &touches_of(wire),
                    );
                } else {
                    self.emit(
                        "request-property-removed",
                        &o_at,
                        &nv.at,
                        format!(
                            "{} is no longer declared; the client still sends it, and a server ignores it",
                            label_of(wire)
                        ),
                        &touches_of(wire),
                    );
                }
                continue;
            };
            if *required && !n_required.contains(&wire) && ov.required.contains(wire) {
                self.emit(
                    "request-property-became-optional",
                    &o_at,
                    &np[0],
                    format!("{} is no longer required; the client always sends it", label_of(wire)),
                    &touches_of(wire),
                );
            }
            let n_ty = n_struct.and_then(|(_, s)| s.fields.iter().find(|f| &f.wire_name == wire)).map(|f| &f.ty);
            let label = label_of(wire);
            let t = touches_of(wire);
            let p = Place { label: &label, touches: &t };
            let o_ptrs = o_ptrs.unwrap_or_else(|| vec![ov.at.clone()]);
            self.value(&o_ptrs, np, *ty, n_ty, Dir::Request, *sends_null, &p);
        }
        for (wire, np) in &nv.properties {
            if fields.iter().any(|(w, ..)| w == wire) || n_required.contains(&wire) || ov.properties.contains_key(wire)
            {
                continue;
            }
            let mut t = touches_of(wire);
            if let Some((_, ns)) = n_struct
                && let Some(f) = ns.fields.iter().find(|f| &f.wire_name == wire)
            {
                t.extend(reachable_types(new.api, &f.ty));
            }
            self.emit(
                "request-property-added",
                &format!("{}/properties", ov.at),
                &np[0],
                format!("{} is new and optional; the client leaves it out", label_of(wire)),
                &t,
            );
        }
    }

    fn encode_union(
        &mut self,
        ov: &View,
        nv: &View,
        typed: Option<(&'a model::TypeDef, &'a model::UnionDef)>,
        n_resolved: Option<&'a TypeRef>,
        place: &Place<'_>,
    ) {
        let (old, new) = (self.old, self.new);
        let owner = typed.map(|(d, _)| d.name.clone()).unwrap_or_else(|| place.label.to_owned());
        // Each member the client can send must still be accepted.
        for om in &ov.members {
            let variant = typed.and_then(|(_, u)| {
                u.variants.iter().find(|v| Self::member_of(old, ov, v).as_deref() == Some(om.as_str()))
            });
            let ty = variant.map(|v| &v.ty);
            let accepted = if nv.members.is_empty() {
                let nat = nv.at.clone();
                let om = om.clone();
                self.probe(|w| w.value(&[om], &[nat], ty, None, Dir::Request, false, place))
            } else if let Some(nm) = self.paired(om, ov, nv) {
                let label = format!("a member of {owner}");
                let p = Place { label: &label, touches: place.touches };
                let n_ty = self.new_variant_ty(nv, n_resolved, &nm);
                self.value(std::slice::from_ref(om), &[nm], ty, n_ty, Dir::Request, false, &p);
                true
            } else {
                let members = nv.members.clone();
                members.into_iter().any(|nm| {
                    let om = om.clone();
                    self.probe(|w| w.value(&[om], &[nm], ty, None, Dir::Request, false, place))
                })
            };
            if !accepted {
                let mut t = place.touches.to_vec();
                if let (Some((d, _)), Some(v)) = (typed, variant) {
                    t.push(format!("{}::{}", type_path(&d.name), v.rust_name));
                }
                self.emit(
                    "request-union-member-removed",
                    om,
                    &nv.at,
                    format!("a member of {owner} that the client can send is no longer accepted"),
                    &t,
                );
            }
        }
        if !ov.members.is_empty() {
            for nm in &nv.members {
                let known = ov.members.iter().any(|om| self.paired(om, ov, nv).as_deref() == Some(nm.as_str()));
                if !known {
                    let mut t = place.touches.to_vec();
                    t.extend(self.new_variant(nv, n_resolved, nm).map(|(_, item)| item));
                    self.emit(
                        "request-union-member-added",
                        &ov.at,
                        nm,
                        format!(
                            "{owner} has a new member `{}`; the client never sends it",
                            last_segment(&new.doc.resolve(nm).map(|(a, _)| a).unwrap_or_else(|| nm.clone()))
                        ),
                        &t,
                    );
                }
            }
        }
    }
}

/// A `oneOf` / `anyOf` of one member (besides `null`) is that member, as `lower` has it.
fn unwrap_single(side: &Side<'_>, mut v: std::rc::Rc<View>) -> std::rc::Rc<View> {
    for _ in 0..8 {
        if v.members.len() != 1 || !v.properties.is_empty() || v.types.is_some() {
            break;
        }
        let nullable = v.nullable;
        let mut inner = (*side.doc.view(&v.members[0])).clone();
        inner.nullable |= nullable;
        v = std::rc::Rc::new(inner);
    }
    v
}

/// The key under `responses` of a status in the base's raw document (`4xx` as written).
fn raw_key(side: &Side<'_>, o: &OpRef<'_>, s: StatusMatch) -> String {
    side.doc
        .get(&format!("{}/responses", o.at))
        .and_then(Value::as_object)
        .and_then(|m| m.keys().find(|k| status_of(k) == Some(s)).cloned())
        .unwrap_or_else(|| status_text(s))
}
