//! Putting parameters and bodies on the wire: path segments, query strings, headers,
//! cookies and bodies, all from `serde::Serialize` values.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

/// Everything but RFC 3986 unreserved characters is encoded in a path segment, so a value
/// can never add a segment (`/`) or a query (`?`).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// How a parameter is serialized (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    Simple,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Label,
    Matrix,
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}
fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, String> {
    serde_json::to_value(value).map_err(|e| format!("cannot serialize a parameter: {e}"))
}

/// Where a parameter goes (OpenAPI `in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

/// A parameter as the spec declares it: the generated code describes each operation's
/// parameters with static data, and the runtime puts their values on the wire.
#[derive(Debug, Clone, Copy)]
pub struct ParamSpec {
    /// The name on the wire.
    pub name: &'static str,
    pub location: ParamLocation,
    pub style: ParamStyle,
    pub explode: bool,
}

impl ParamSpec {
    /// A path parameter, `style: simple`.
    pub const fn path(name: &'static str) -> ParamSpec {
        ParamSpec { name, location: ParamLocation::Path, style: ParamStyle::Simple, explode: false }
    }

    /// A query parameter.
    pub const fn query(name: &'static str, style: ParamStyle, explode: bool) -> ParamSpec {
        ParamSpec { name, location: ParamLocation::Query, style, explode }
    }

    /// A header parameter.
    pub const fn header(name: &'static str) -> ParamSpec {
        ParamSpec { name, location: ParamLocation::Header, style: ParamStyle::Simple, explode: false }
    }

    /// A cookie parameter.
    pub const fn cookie(name: &'static str) -> ParamSpec {
        ParamSpec { name, location: ParamLocation::Cookie, style: ParamStyle::Form, explode: true }
    }
}

/// A parameter's value, serialized once; `null` (an optional parameter that is `None`)
/// sends nothing.
#[derive(Debug, Clone)]
pub struct ParamValue(Result<Value, String>);

/// The value of one parameter, for [`Transport::send`](super::Transport::send).
pub fn param<T: Serialize + ?Sized>(value: &T) -> ParamValue {
    ParamValue(to_value(value))
}

/// A request body, serialized, with its content type.
#[derive(Debug, Clone)]
pub struct Body {
    pub(crate) content_type: String,
    pub(crate) bytes: Result<Vec<u8>, String>,
}

impl Body {
    /// A JSON body.
    pub fn json<T: Serialize + ?Sized>(content_type: &str, value: &T) -> Body {
        let bytes = serde_json::to_vec(value).map_err(|e| format!("cannot serialize the body: {e}"));
        Body { content_type: content_type.to_owned(), bytes }
    }

    /// An `application/x-www-form-urlencoded` body; nested objects use `a[b]=c`.
    pub fn form<T: Serialize + ?Sized>(content_type: &str, value: &T) -> Body {
        let bytes = to_value(value).map(|v| {
            let mut pairs = Vec::new();
            if let Value::Object(map) = &v {
                for (k, item) in map {
                    match item {
                        Value::Array(items) => pairs.extend(items.iter().filter_map(scalar).map(|s| (k.clone(), s))),
                        Value::Object(_) => deep_object(k, item, &mut pairs),
                        other => pairs.extend(scalar(other).map(|s| (k.clone(), s))),
                    }
                }
            }
            url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish().into_bytes()
        });
        Body { content_type: content_type.to_owned(), bytes }
    }

    /// A `multipart/form-data` body: one part per top-level field, strings as text,
    /// anything else as JSON.
    pub fn multipart<T: Serialize + ?Sized>(value: &T) -> Body {
        let boundary = format!("----generated-boundary-{:016x}", fastrand::u64(..));
        let bytes = to_value(value).map(|v| {
            let mut body = Vec::new();
            if let Value::Object(map) = &v {
                for (k, item) in map {
                    let text = match item {
                        Value::Null => continue,
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    let name = k.replace(['"', '\r', '\n'], "_");
                    body.extend_from_slice(
                        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
                    );
                    body.extend_from_slice(text.as_bytes());
                    body.extend_from_slice(b"\r\n");
                }
            }
            body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
            body
        });
        Body { content_type: format!("multipart/form-data; boundary={boundary}"), bytes }
    }

    /// A text body.
    pub fn text(content_type: &str, value: &str) -> Body {
        Body { content_type: content_type.to_owned(), bytes: Ok(value.as_bytes().to_vec()) }
    }

    /// A raw body.
    pub fn bytes(content_type: &str, value: &[u8]) -> Body {
        Body { content_type: content_type.to_owned(), bytes: Ok(value.to_vec()) }
    }
}

/// The parts of a request, put together from the operation's static description and the
/// values of its parameters.
#[derive(Debug, Default)]
pub(crate) struct RequestParts {
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) cookies: Vec<(String, String)>,
    pub(crate) body: Option<(String, Vec<u8>)>,
    /// The first problem met while building; the request is refused if set.
    pub(crate) invalid: Option<String>,
}

impl RequestParts {
    /// Expands the path template and places every parameter where the spec puts it.
    /// `values` are the parameters' values in the order of `params`. In the template,
    /// `{i}` is the value of parameter `i`, and `{{` and `}}` are literal braces.
    pub(crate) fn build(
        path: &str,
        params: &[ParamSpec],
        values: &[ParamValue],
        body: Option<Body>,
    ) -> RequestParts {
        let mut parts = RequestParts::default();
        if values.len() != params.len() {
            parts.refuse(format!("{} parameter values for {} parameters", values.len(), params.len()));
            return parts;
        }
        let mut rest = path;
        while let Some(i) = rest.find(['{', '}']) {
            parts.path.push_str(&rest[..i]);
            let tail = &rest[i..];
            if tail.starts_with("{{") || tail.starts_with("}}") {
                parts.path.push_str(&tail[..1]);
                rest = &tail[2..];
                continue;
            }
            let close = tail.find('}').unwrap_or(tail.len());
            let index = tail[1..close].parse::<usize>().ok().filter(|i| *i < params.len());
            let Some(index) = index else {
                parts.refuse(format!("bad path template `{path}`"));
                return parts;
            };
            let (spec, value) = (&params[index], &values[index].0);
            match value.as_ref().map_err(Clone::clone).and_then(|v| path_param(v, spec.style, spec.explode, spec.name)) {
                Ok(text) => parts.path.push_str(&text),
                Err(e) => parts.refuse(e),
            }
            rest = tail.get(close + 1..).unwrap_or("");
        }
        parts.path.push_str(rest);
        for (spec, value) in params.iter().zip(values) {
            let value = match &value.0 {
                Ok(v) => v,
                Err(e) => {
                    parts.refuse(e.clone());
                    continue;
                }
            };
            match spec.location {
                ParamLocation::Path => {}
                ParamLocation::Query => parts.query(spec.name, value, spec.style, spec.explode),
                ParamLocation::Header => parts.header(spec.name, value),
                ParamLocation::Cookie => parts.cookie(spec.name, value),
            }
        }
        if let Some(body) = body {
            match body.bytes {
                Ok(bytes) => parts.body = Some((body.content_type, bytes)),
                Err(e) => parts.refuse(e),
            }
        }
        parts
    }

    /// Records the first problem; the request will be refused.
    fn refuse(&mut self, message: String) {
        self.invalid.get_or_insert(message);
    }

    /// Adds a query parameter; `null` adds nothing.
    fn query(&mut self, name: &str, value: &Value, style: ParamStyle, explode: bool) {
        match value {
            Value::Null => {}
            Value::Array(items) => {
                let values: Vec<String> = items.iter().filter_map(scalar).collect();
                if explode && !matches!(style, ParamStyle::SpaceDelimited | ParamStyle::PipeDelimited) {
                    self.query.extend(values.into_iter().map(|v| (name.to_owned(), v)));
                } else {
                    let sep = match style {
                        ParamStyle::SpaceDelimited => " ",
                        ParamStyle::PipeDelimited => "|",
                        _ => ",",
                    };
                    self.query.push((name.to_owned(), values.join(sep)));
                }
            }
            Value::Object(map) => match style {
                ParamStyle::DeepObject => deep_object(name, value, &mut self.query),
                _ if explode => {
                    self.query.extend(map.iter().filter_map(|(k, v)| scalar(v).map(|v| (k.clone(), v))));
                }
                _ => {
                    let flat: Vec<String> =
                        map.iter().filter_map(|(k, v)| scalar(v).map(|v| format!("{k},{v}"))).collect();
                    self.query.push((name.to_owned(), flat.join(",")));
                }
            },
            other => {
                if let Some(s) = scalar(other) {
                    self.query.push((name.to_owned(), s));
                }
            }
        }
    }

    /// Adds a header; `null` adds nothing. Values with CR or LF are refused.
    fn header(&mut self, name: &str, value: &Value) {
        match value {
            Value::Null => {}
            Value::Array(items) => {
                let joined = items.iter().filter_map(scalar).collect::<Vec<_>>().join(",");
                self.push_header(name, joined);
            }
            v => {
                if let Some(s) = scalar(v) {
                    self.push_header(name, s);
                }
            }
        }
    }

    fn push_header(&mut self, name: &str, value: String) {
        if value.contains(['\r', '\n']) {
            self.refuse(format!("header `{name}` contains a line break"));
        } else {
            self.headers.push((name.to_owned(), value));
        }
    }

    /// Adds a cookie; `null` adds nothing.
    fn cookie(&mut self, name: &str, value: &Value) {
        if let Some(s) = scalar(value) {
            if s.contains([';', '\r', '\n']) {
                self.refuse(format!("cookie `{name}` contains `;` or a line break"));
            } else {
                self.cookies.push((name.to_owned(), s));
            }
        }
    }
}

/// A path parameter's value, percent-encoded so that it stays one segment. `.` and `..`
/// are refused: URL parsers would treat them as moves up the path.
fn path_param(v: &Value, style: ParamStyle, explode: bool, name: &str) -> Result<String, String> {
    let raw = match v {
        Value::Array(items) => items.iter().filter_map(scalar).collect::<Vec<_>>().join(","),
        Value::Object(map) => {
            let sep = if explode { "=" } else { "," };
            map.iter().filter_map(|(k, v)| scalar(v).map(|v| format!("{k}{sep}{v}"))).collect::<Vec<_>>().join(",")
        }
        other => scalar(other).unwrap_or_default(),
    };
    if raw.is_empty() || raw == "." || raw == ".." {
        return Err(format!("path parameter `{name}` cannot be {raw:?}"));
    }
    let encoded = utf8_percent_encode(&raw, SEGMENT).to_string();
    Ok(match style {
        ParamStyle::Label => format!(".{encoded}"),
        ParamStyle::Matrix => format!(";{name}={encoded}"),
        _ => encoded,
    })
}

fn deep_object(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            for (k, item) in map {
                deep_object(&format!("{prefix}[{k}]"), item, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                deep_object(&format!("{prefix}[{i}]"), item, out);
            }
        }
        other => out.extend(scalar(other).map(|s| (prefix.to_owned(), s))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(name: &'static str, location: ParamLocation, style: ParamStyle, explode: bool) -> ParamSpec {
        ParamSpec { name, location, style, explode }
    }

    #[test]
    fn path_values_stay_one_segment() {
        let simple = |v: Value| path_param(&v, ParamStyle::Simple, false, "id");
        assert_eq!(simple(json!("a/../b?c")).unwrap(), "a%2F..%2Fb%3Fc");
        assert!(simple(json!("..")).is_err());
        assert!(simple(json!("")).is_err());
        assert_eq!(simple(json!([1, 2])).unwrap(), "1%2C2");
        assert_eq!(path_param(&json!("x"), ParamStyle::Matrix, false, "id").unwrap(), ";id=x");
    }

    #[test]
    fn the_template_is_expanded_and_every_parameter_goes_where_the_spec_puts_it() {
        use ParamLocation::*;
        let params = [
            spec("id", Path, ParamStyle::Simple, false),
            spec("a", Query, ParamStyle::Form, true),
            spec("b", Query, ParamStyle::Form, false),
            spec("c", Query, ParamStyle::DeepObject, true),
            spec("d", Query, ParamStyle::Form, true),
            spec("e", Query, ParamStyle::PipeDelimited, false),
            spec("x-h", Header, ParamStyle::Simple, false),
            spec("k", Cookie, ParamStyle::Form, true),
        ];
        let values = [
            param("p 1"),
            param(&vec!["x", "y"]),
            param(&vec!["x", "y"]),
            param(&json!({"k": {"n": 1}})),
            param(&Option::<u32>::None),
            param(&vec![1, 2]),
            param(&7),
            param("v"),
        ];
        let p = RequestParts::build("/s/{0}/t{{x}}", &params, &values, Some(Body::text("text/plain", "hi")));
        assert!(p.invalid.is_none(), "{:?}", p.invalid);
        assert_eq!(p.path, "/s/p%201/t{x}");
        let bad = RequestParts::build("/s/{9}", &params, &values, None);
        assert!(bad.invalid.is_some());
        let q: Vec<(&str, &str)> = p.query.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(q, vec![("a", "x"), ("a", "y"), ("b", "x,y"), ("c[k][n]", "1"), ("e", "1|2")]);
        assert_eq!(p.headers, vec![("x-h".to_owned(), "7".to_owned())]);
        assert_eq!(p.cookies, vec![("k".to_owned(), "v".to_owned())]);
        assert_eq!(p.body, Some(("text/plain".to_owned(), b"hi".to_vec())));
    }

    #[test]
    fn header_line_breaks_are_refused() {
        let params = [spec("x-a", ParamLocation::Header, ParamStyle::Simple, false), spec("x-b", ParamLocation::Header, ParamStyle::Simple, false)];
        let p = RequestParts::build("", &params, &[param("ok"), param("evil\r\nx-injected: 1")], None);
        assert!(p.invalid.as_deref().unwrap().contains("x-b"));
        assert_eq!(p.headers.len(), 1);
    }
}
