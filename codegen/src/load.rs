//! Stage 1, load: bytes -> `openapiv3::OpenAPI`.
//!
//! The only module that knows YAML from JSON. It keeps the raw document (for `$ref`s that
//! point anywhere) and the source text (so that diagnostics can point into it).

use std::path::Path;

use crate::diagnostics::{Diagnostic, Kind, pointer};

/// A parsed spec with everything later stages need to point back into it.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The file name as given, used in diagnostics.
    pub file: String,
    /// The source text.
    pub source: String,
    /// The whole document as JSON, for resolving arbitrary `$ref` pointers.
    pub raw: serde_json::Value,
    pub doc: openapiv3::OpenAPI,
    /// Problems that did not stop loading.
    pub warnings: Vec<Diagnostic>,
}

/// Reads and parses a spec file.
pub fn load_file(path: &Path) -> Result<LoadedSpec, Vec<Diagnostic>> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        vec![with_file(
            Diagnostic::error(Kind::Io, "", format!("cannot read the spec: {e}"))
                .help("check the path and the file's permissions"),
            &file,
        )]
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        vec![with_file(
            Diagnostic::error(
                Kind::Syntax,
                "",
                format!("the file is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
            )
            .help("OpenAPI documents are YAML or JSON text in UTF-8"),
            &file,
        )]
    })?;
    load_str(&file, &text)
}

fn with_file(mut d: Diagnostic, file: &str) -> Diagnostic {
    d.file = file.to_owned();
    d
}

/// Parses spec text; `file` is only used to label diagnostics.
pub fn load_str(file: &str, text: &str) -> Result<LoadedSpec, Vec<Diagnostic>> {
    let fail = |d: Diagnostic| vec![with_file(d, file)];
    if text.trim().is_empty() {
        return Err(fail(
            Diagnostic::error(Kind::NotOpenApi, "", "the file is empty")
                .help("an OpenAPI document starts with `openapi: 3.0.3`, `info` and `paths`"),
        ));
    }
    let mut warnings = Vec::new();
    let text = &clamp_huge_yaml_integers(text, &mut warnings);
    let mut raw = parse_tree(text).map_err(fail)?;
    check_version(&raw).map_err(fail)?;
    clamp_integer_bounds(&mut raw, &mut String::from("#"), &mut warnings);
    let doc: openapiv3::OpenAPI = serde_path_to_error::deserialize(&raw).map_err(|e| {
        let ptr = path_to_pointer(e.path());
        fail(
            Diagnostic::error(Kind::Invalid, ptr, format!("not a valid OpenAPI 3.0 document: {}", e.inner()))
                .help("fix the value at this location so that it matches the OpenAPI 3.0 specification"),
        )
    })?;
    for w in &mut warnings {
        w.file = file.to_owned();
    }
    Ok(LoadedSpec { file: file.to_owned(), source: text.to_string(), raw, doc, warnings })
}

/// `minimum:`/`maximum:` integers beyond 64 bits (OpenAI's spec) cannot even be parsed as
/// YAML values; they are clamped in the text first, with a warning at their line.
fn clamp_huge_yaml_integers<'t>(text: &'t str, warnings: &mut Vec<Diagnostic>) -> std::borrow::Cow<'t, str> {
    if text.trim_start().starts_with('{') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut changed = false;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let mut line = line.to_owned();
        for key in ["minimum:", "maximum:"] {
            let mut from = 0;
            while let Some(pos) = line[from..].find(key) {
                let start = from + pos + key.len();
                let value_start = start + (line.len() - start - line[start..].trim_start().len());
                let value_len = line[value_start..]
                    .char_indices()
                    .find(|(j, c)| !(c.is_ascii_digit() || (*j == 0 && *c == '-')))
                    .map(|(j, _)| j)
                    .unwrap_or(line.len() - value_start);
                let value = line[value_start..value_start + value_len].to_owned();
                let is_integer = value.trim_start_matches('-').len() > 0;
                let ends_cleanly = line[value_start + value_len..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ',' || c == '}' || c == ']' || c.is_whitespace() || c == '#');
                if is_integer && ends_cleanly && value.parse::<i64>().is_err() {
                    let clamped = if value.starts_with('-') { i64::MIN } else { i64::MAX };
                    let mut d = Diagnostic::warning("", format!("integer bound {value} is outside the 64-bit range; clamped to {clamped}"))
                        .help("use a bound that fits in 64 bits, or drop it");
                    d.line_col = Some((i + 1, value_start + 1));
                    warnings.push(d);
                    line.replace_range(value_start..value_start + value_len, &clamped.to_string());
                    changed = true;
                }
                from = value_start.max(start);
            }
        }
        out.push_str(&line);
    }
    if changed { std::borrow::Cow::Owned(out) } else { std::borrow::Cow::Borrowed(text) }
}

/// YAML or JSON text -> JSON tree. JSON is tried first when the text looks like JSON, so
/// its errors carry JSON positions.
fn parse_tree(text: &str) -> Result<serde_json::Value, Diagnostic> {
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).map_err(|e| {
            let mut d = Diagnostic::error(Kind::Syntax, "", format!("invalid JSON: {e}"))
                .help("fix the JSON syntax at this position");
            d.line_col = Some((e.line(), e.column()));
            d
        });
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let mut d = Diagnostic::error(Kind::Syntax, "", format!("invalid YAML: {e}"))
            .help("fix the YAML syntax at this position");
        d.line_col = e.location().map(|l| (l.line(), l.column()));
        if e.to_string().contains("recursion limit") {
            d.kind = Kind::TooDeep;
            d.help = Some("the document nests deeper than 128 levels; flatten it with `$ref`s".into());
        }
        d
    })?;
    yaml_to_json(yaml, &mut String::from("#"))
}

/// Converts YAML to JSON, turning non-string keys (`200:`) into strings.
fn yaml_to_json(v: serde_yaml::Value, at: &mut String) -> Result<serde_json::Value, Diagnostic> {
    use serde_json::Value as J;
    use serde_yaml::Value as Y;
    Ok(match v {
        Y::Null => J::Null,
        Y::Bool(b) => J::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                J::from(i)
            } else if let Some(u) = n.as_u64() {
                J::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f).map(J::Number).ok_or_else(|| {
                    Diagnostic::error(Kind::Invalid, at.clone(), format!("the number {f} cannot be represented in JSON"))
                        .help("use a finite number")
                })?
            }
        }
        Y::String(s) => J::String(s),
        Y::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                out.push(yaml_to_json(item, at)?);
                at.truncate(len);
            }
            J::Array(out)
        }
        Y::Mapping(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (k, item) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_owned(),
                    _ => {
                        return Err(Diagnostic::error(Kind::Invalid, at.clone(), "a mapping key is not a scalar")
                            .help("use plain string keys"));
                    }
                };
                let len = at.len();
                at.push('/');
                at.push_str(&crate::diagnostics::escape_segment(&key));
                let value = yaml_to_json(item, at)?;
                at.truncate(len);
                out.insert(key, value);
            }
            J::Object(out)
        }
        Y::Tagged(t) => yaml_to_json(t.value, at)?,
    })
}

fn check_version(raw: &serde_json::Value) -> Result<(), Diagnostic> {
    let Some(obj) = raw.as_object() else {
        return Err(Diagnostic::error(Kind::NotOpenApi, "", "the document is not a mapping, so it is not an OpenAPI document")
            .help("an OpenAPI document is a mapping with `openapi`, `info` and `paths`"));
    };
    if let Some(v) = obj.get("swagger") {
        return Err(Diagnostic::error(
            Kind::UnsupportedVersion,
            pointer(&["swagger"]),
            format!("this is a Swagger {} document; only OpenAPI 3.0.x is supported", scalar(v)),
        )
        .help("convert it to OpenAPI 3.0 first (for example with swagger2openapi)"));
    }
    let Some(v) = obj.get("openapi") else {
        return Err(Diagnostic::error(Kind::NotOpenApi, "", "no `openapi` field: this is not an OpenAPI document")
            .help("an OpenAPI 3.0 document starts with `openapi: 3.0.3`"));
    };
    let version = scalar(v);
    if version.starts_with("3.0") {
        Ok(())
    } else if version.starts_with("3.1") {
        Err(Diagnostic::error(
            Kind::UnsupportedVersion,
            pointer(&["openapi"]),
            format!("OpenAPI {version} is not supported yet; this generator reads OpenAPI 3.0.x"),
        )
        .help("use the API's 3.0 document if its owner publishes one; 3.1 support is planned"))
    } else {
        Err(Diagnostic::error(
            Kind::UnsupportedVersion,
            pointer(&["openapi"]),
            format!("unknown OpenAPI version `{version}`; this generator reads OpenAPI 3.0.x"),
        )
        .help("set `openapi: 3.0.3` if the document follows OpenAPI 3.0"))
    }
}

fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Integer bounds beyond 64 bits (OpenAI's spec has `minimum: -9223372036854776000`) cannot
/// be read by `openapiv3`; they are clamped to the 64-bit range with a warning.
fn clamp_integer_bounds(v: &mut serde_json::Value, at: &mut String, warnings: &mut Vec<Diagnostic>) {
    match v {
        serde_json::Value::Object(map) => {
            let is_integer = map.get("type").and_then(|t| t.as_str()) == Some("integer");
            for (key, item) in map.iter_mut() {
                let len = at.len();
                at.push('/');
                at.push_str(&crate::diagnostics::escape_segment(key));
                if is_integer && (key == "minimum" || key == "maximum") {
                    if let Some(f) = item.as_f64().filter(|_| !item.is_i64() && !item.is_u64()) {
                        let clamped = if f < 0.0 { i64::MIN } else { i64::MAX };
                        warnings.push(
                            Diagnostic::warning(at.clone(), format!("integer bound {f} is outside the 64-bit range; clamped to {clamped}"))
                                .help("use a bound that fits in 64 bits, or drop it"),
                        );
                        *item = serde_json::Value::from(clamped);
                    } else if let Some(u) = item.as_u64().filter(|u| *u > i64::MAX as u64) {
                        warnings.push(
                            Diagnostic::warning(at.clone(), format!("integer bound {u} is outside the signed 64-bit range; clamped to {}", i64::MAX))
                                .help("use a bound that fits in 64 bits, or drop it"),
                        );
                        *item = serde_json::Value::from(i64::MAX);
                    }
                } else {
                    clamp_integer_bounds(item, at, warnings);
                }
                at.truncate(len);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                clamp_integer_bounds(item, at, warnings);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut p = String::from("#");
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => p.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                p.push('/');
                p.push_str(&crate::diagnostics::escape_segment(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    p
}

/// Looks up a local JSON pointer (`#/components/schemas/Foo`) in the raw document.
pub fn resolve_pointer<'a>(raw: &'a serde_json::Value, reference: &str) -> Option<&'a serde_json::Value> {
    let ptr = reference.strip_prefix('#')?;
    if ptr.is_empty() {
        return Some(raw);
    }
    let decoded: String = percent_decode(ptr);
    raw.pointer(&decoded)
}

/// `$ref` pointers are URI fragments: `%7B` and friends may appear.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_checked() {
        let e = load_str("a.yaml", "swagger: '2.0'\n").unwrap_err();
        assert_eq!(e[0].kind, Kind::UnsupportedVersion);
        assert!(e[0].message.contains("Swagger 2.0"));
        let e = load_str("a.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n").unwrap_err();
        assert!(e[0].message.contains("3.1.0"), "{}", e[0].message);
        let e = load_str("a.yaml", "").unwrap_err();
        assert_eq!(e[0].kind, Kind::NotOpenApi);
        let e = load_str("a.yaml", "a: [1, 2\n").unwrap_err();
        assert_eq!(e[0].kind, Kind::Syntax);
        assert!(e[0].line_col.is_some());
    }

    #[test]
    fn huge_integer_bounds_are_clamped() {
        let spec = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    N: {type: integer, minimum: -9223372036854776000}\n";
        let loaded = load_str("a.yaml", spec).unwrap();
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(loaded.warnings[0].line_col, Some((6, 33)));
        let json = r#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"N": {"type": "integer", "maximum": 9223372036854776000}}}}"#;
        let loaded = load_str("a.json", json).unwrap();
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(loaded.warnings[0].pointer, "#/components/schemas/N/maximum");
    }

    #[test]
    fn pointers_resolve_with_escapes() {
        let raw = serde_json::json!({"paths": {"/a/{b}": {"x": 1}}});
        assert_eq!(resolve_pointer(&raw, "#/paths/~1a~1%7Bb%7D/x"), Some(&serde_json::json!(1)));
    }
}
