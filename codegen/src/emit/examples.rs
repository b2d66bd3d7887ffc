//! Usage examples in the generated documentation: a quick start on the API's page and a
//! call on every client method's. They are Rust code in doc comments, compiled as `no_run`
//! doctests where the crate enables doctests, so everything in them is made from the model's
//! identifiers and from spec text only as escaped string literals.

use crate::model::{Api, Operation, SecurityKind, TypeRef};

use super::bare;

/// Names the examples bind; an argument named like one is bound as `<name>_arg`.
const EXAMPLE_LOCALS: &[&str] = &["client", "request", "response", "details", "other", "example", "run"];

/// A type as written in an example, from outside the crate (`session_apis::zep::types::X`).
fn type_path(api: &Api, path: &str, t: &TypeRef) -> String {
    use crate::model::{FloatKind, IntKind};
    match t {
        TypeRef::Named(id) => format!("{path}::types::{}", bare(&api.type_def(*id).name)),
        TypeRef::String => "String".into(),
        TypeRef::Integer(IntKind::I32) => "i32".into(),
        TypeRef::Integer(IntKind::I64) => "i64".into(),
        TypeRef::Integer(IntKind::U32) => "u32".into(),
        TypeRef::Integer(IntKind::U64) => "u64".into(),
        TypeRef::Float(FloatKind::F32) => "f32".into(),
        TypeRef::Float(FloatKind::F64) => "f64".into(),
        TypeRef::Boolean => "bool".into(),
        TypeRef::DateTime => "chrono::DateTime<chrono::Utc>".into(),
        TypeRef::Date => "chrono::NaiveDate".into(),
        TypeRef::Uuid => "uuid::Uuid".into(),
        TypeRef::Bytes => "Vec<u8>".into(),
        TypeRef::Json => "serde_json::Value".into(),
        TypeRef::JsonObject => "serde_json::Map<String, serde_json::Value>".into(),
        TypeRef::Array(inner) => format!("Vec<{}>", type_path(api, path, inner)),
        TypeRef::Map(inner) => format!("std::collections::BTreeMap<String, {}>", type_path(api, path, inner)),
        TypeRef::Nullable(inner) => format!("Option<{}>", type_path(api, path, inner)),
    }
}

/// The `use` line of an example: the items it names, from the API's module.
fn use_line(path: &str, op: &Operation, client: bool) -> String {
    let mut items: Vec<&str> = vec![&op.request_name];
    if !op.errors.is_empty() {
        items.extend(["Error", op.error_name.as_str()]);
    }
    if client {
        items.push("Client");
    }
    items.sort();
    format!("use {path}::{{{}}};", items.join(", "))
}

/// The call of `op` in an example: hidden `let`s for arguments that are not strings, then
/// the request and the call, matched against the first documented error.
fn call_lines(api: &Api, path: &str, op: &Operation) -> Vec<String> {
    let mut hidden = Vec::new();
    let mut args = Vec::new();
    // `name` is a Rust name (`r#type` for a keyword), `example` a string to pass.
    let mut arg = |name: &str, ty: &TypeRef, example: &str, hidden: &mut Vec<String>| {
        if api.is_string(ty) {
            args.push(format!("{example:?}"));
        } else {
            let local =
                if EXAMPLE_LOCALS.contains(&bare(name)) { format!("{}_arg", bare(name)) } else { name.to_owned() };
            hidden.push(format!("# let {local}: {} = todo!();", type_path(api, path, ty)));
            args.push(local);
        }
    };
    for p in op.params.iter().filter(|p| p.required) {
        arg(&p.rust_name, &p.ty, p.example.as_deref().unwrap_or(&p.wire_name), &mut hidden);
    }
    if let Some(b) = op.body.as_ref().filter(|b| b.required) {
        match &b.enum_name {
            Some(e) => {
                hidden.push(format!("# let body: {path}::{e} = todo!();"));
                args.push("body".into());
            }
            None => arg("body", &b.variants[0].ty, "body", &mut hidden),
        }
    }
    let mut lines = hidden;
    lines.push(format!("let request = {}::new({});", op.request_name, args.join(", ")));
    let f = bare(&op.fn_name);
    // A "not found" reads best; any error with a body, else the first.
    let shown = op
        .errors
        .iter()
        .find(|c| c.status == crate::model::StatusMatch::Code(404))
        .or_else(|| op.errors.iter().find(|c| c.body.is_some()))
        .or(op.errors.first());
    match shown {
        Some(case) => {
            let narrowed = case.narrowed.as_ref().and_then(|n| n.values.first());
            let pattern = if let Some((_, variant)) = narrowed {
                format!("{}::{variant}(details)", op.error_name)
            } else if case.body.is_some() {
                format!("{}::{}(details)", op.error_name, case.rust_name)
            } else {
                format!("{}::{}", op.error_name, case.rust_name)
            };
            let shown = if pattern.ends_with("(details)") { "{details:?}" } else { "nothing found" };
            lines.extend([
                format!("match client.{f}(request).await {{"),
                "    Ok(response) => println!(\"{:?}\", response.body),".to_owned(),
                format!("    Err(Error::Api {{ error: {pattern}, .. }}) => println!(\"{shown}\"),"),
                "    Err(other) => return Err(other.into()),".to_owned(),
                "}".to_owned(),
            ]);
        }
        None => {
            lines.push(format!("let response = client.{f}(request).await?;"));
            lines.push("println!(\"{:?}\", response.body);".to_owned());
        }
    }
    lines
}

/// The example on a client method's page.
pub(crate) fn method_example(api: &Api, op: &Operation) -> Vec<String> {
    let Some(path) = &api.doc_path else { return Vec::new() };
    let mut lines = vec![
        "# Example".to_owned(),
        String::new(),
        "```no_run".to_owned(),
        format!("# async fn example(client: &{path}::Client) -> Result<(), Box<dyn std::error::Error>> {{"),
        use_line(path, op, false),
    ];
    lines.extend(call_lines(api, path, op));
    lines.extend(["# Ok(())".to_owned(), "# }".to_owned(), "```".to_owned()]);
    lines
}

/// The call that fits a quick start best: a `GET` with the fewest arguments to make up.
fn first_call(api: &Api) -> Option<&Operation> {
    let cost = |op: &Operation| {
        let made_up = op.params.iter().filter(|p| p.required && !api.is_string(&p.ty)).count()
            + usize::from(op.body.as_ref().is_some_and(|b| b.required));
        (op.method != "GET", made_up, op.params.iter().filter(|p| p.required).count())
    };
    api.operations.iter().min_by_key(|op| cost(op))
}

/// The quick start on the API's page: a client with the credentials the call needs, one call
/// with one typed error handled.
pub(crate) fn quick_start(api: &Api) -> Vec<String> {
    let (Some(path), Some(op)) = (&api.doc_path, first_call(api)) else { return Vec::new() };
    let mut lines = vec![
        "# Quick start".to_owned(),
        String::new(),
        "```no_run".to_owned(),
        "# async fn run() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
        use_line(path, op, true),
        String::new(),
        "let client = Client::builder()".to_owned(),
    ];
    for i in op.security.first().into_iter().flatten() {
        let s = &api.security_schemes[*i];
        let line = match &s.kind {
            SecurityKind::Basic => {
                format!("    .{}(\"user\", \"password\")", super::client::scheme_setter(api, *i, "basic_auth"))
            }
            SecurityKind::Bearer => {
                format!("    .{}(\"token\")", super::client::scheme_setter(api, *i, "bearer_token"))
            }
            SecurityKind::ApiKey { .. } => {
                format!("    .{}(\"key\")", super::client::scheme_setter(api, *i, "api_key"))
            }
            SecurityKind::OtherHttp { .. } => {
                format!("    .{}(\"credentials\")", super::client::scheme_setter(api, *i, "authorization"))
            }
        };
        lines.push(line);
    }
    lines.push("    .build()?;".to_owned());
    lines.extend(call_lines(api, path, op));
    lines.extend(["# Ok(())".to_owned(), "# }".to_owned(), "```".to_owned(), String::new()]);
    lines.push(
        "The client's defaults (base URL, 60 s timeout, retries of idempotent calls) are on [`ClientBuilder`]; every method's page has an example like this one.".to_owned(),
    );
    lines
}
