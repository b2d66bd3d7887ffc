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

/// The parts of a request, collected by the generated code before sending.
#[derive(Debug, Default)]
pub struct RequestParts {
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) cookies: Vec<(String, String)>,
    pub(crate) body: Option<(String, Vec<u8>)>,
    /// The first problem met while building; the request is refused if set.
    pub(crate) invalid: Option<String>,
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

/// A path parameter's value, percent-encoded so that it stays one segment. `.` and `..`
/// are refused: URL parsers would treat them as moves up the path.
pub fn path_param<T: Serialize + ?Sized>(value: &T, style: ParamStyle, explode: bool, name: &str) -> Result<String, String> {
    let v = to_value(value)?;
    let raw = match &v {
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

impl RequestParts {
    /// A request for `path`, already expanded and encoded.
    pub fn new(path: String) -> Self {
        RequestParts { path, ..Default::default() }
    }

    /// Records the first problem; the request will be refused.
    pub fn refuse(&mut self, message: String) {
        self.invalid.get_or_insert(message);
    }

    /// Adds a query parameter; `None` and `null` add nothing.
    pub fn query<T: Serialize + ?Sized>(&mut self, name: &str, value: &T, style: ParamStyle, explode: bool) {
        let v = match to_value(value) {
            Ok(v) => v,
            Err(e) => return self.refuse(e),
        };
        match v {
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
                ParamStyle::DeepObject => deep_object(name, &Value::Object(map), &mut self.query),
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
                if let Some(s) = scalar(&other) {
                    self.query.push((name.to_owned(), s));
                }
            }
        }
    }

    /// Adds a header; `None` adds nothing. Values with CR or LF are refused.
    pub fn header<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        match to_value(value) {
            Ok(Value::Null) => {}
            Ok(Value::Array(items)) => {
                let joined = items.iter().filter_map(scalar).collect::<Vec<_>>().join(",");
                self.push_header(name, joined);
            }
            Ok(v) => {
                if let Some(s) = scalar(&v) {
                    self.push_header(name, s);
                }
            }
            Err(e) => self.refuse(e),
        }
    }

    fn push_header(&mut self, name: &str, value: String) {
        if value.contains(['\r', '\n']) {
            self.refuse(format!("header `{name}` contains a line break"));
        } else {
            self.headers.push((name.to_owned(), value));
        }
    }

    /// Adds a cookie; `None` adds nothing.
    pub fn cookie<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        match to_value(value) {
            Ok(Value::Null) => {}
            Ok(v) => {
                if let Some(s) = scalar(&v) {
                    if s.contains([';', '\r', '\n']) {
                        self.refuse(format!("cookie `{name}` contains `;` or a line break"));
                    } else {
                        self.cookies.push((name.to_owned(), s));
                    }
                }
            }
            Err(e) => self.refuse(e),
        }
    }

    /// A JSON body.
    pub fn json<T: Serialize + ?Sized>(&mut self, content_type: &str, value: &T) {
        match serde_json::to_vec(value) {
            Ok(bytes) => self.body = Some((content_type.to_owned(), bytes)),
            Err(e) => self.refuse(format!("cannot serialize the body: {e}")),
        }
    }

    /// A `application/x-www-form-urlencoded` body; nested objects use `a[b]=c`.
    pub fn form<T: Serialize + ?Sized>(&mut self, content_type: &str, value: &T) {
        let v = match to_value(value) {
            Ok(v) => v,
            Err(e) => return self.refuse(e),
        };
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
        let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
        self.body = Some((content_type.to_owned(), body.into_bytes()));
    }

    /// A `multipart/form-data` body: one part per top-level field, strings as text,
    /// anything else as JSON.
    pub fn multipart<T: Serialize + ?Sized>(&mut self, value: &T) {
        let v = match to_value(value) {
            Ok(v) => v,
            Err(e) => return self.refuse(e),
        };
        let boundary = format!("----generated-boundary-{:016x}", fastrand::u64(..));
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
        self.body = Some((format!("multipart/form-data; boundary={boundary}"), body));
    }

    /// A text body.
    pub fn text(&mut self, content_type: &str, value: &str) {
        self.body = Some((content_type.to_owned(), value.as_bytes().to_vec()));
    }

    /// A raw body.
    pub fn bytes(&mut self, content_type: &str, value: &[u8]) {
        self.body = Some((content_type.to_owned(), value.to_vec()));
    }
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

    #[test]
    fn path_values_stay_one_segment() {
        assert_eq!(path_param("a/../b?c", ParamStyle::Simple, false, "id").unwrap(), "a%2F..%2Fb%3Fc");
        assert!(path_param("..", ParamStyle::Simple, false, "id").is_err());
        assert!(path_param("", ParamStyle::Simple, false, "id").is_err());
        assert_eq!(path_param(&[1, 2], ParamStyle::Simple, false, "id").unwrap(), "1%2C2");
        assert_eq!(path_param("x", ParamStyle::Matrix, false, "id").unwrap(), ";id=x");
    }

    #[test]
    fn query_styles() {
        let mut p = RequestParts::new(String::new());
        p.query("a", &vec!["x", "y"], ParamStyle::Form, true);
        p.query("b", &vec!["x", "y"], ParamStyle::Form, false);
        p.query("c", &serde_json::json!({"k": {"n": 1}}), ParamStyle::DeepObject, true);
        p.query("d", &Option::<u32>::None, ParamStyle::Form, true);
        p.query("e", &vec![1, 2], ParamStyle::PipeDelimited, false);
        let q: Vec<(&str, &str)> = p.query.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(q, vec![("a", "x"), ("a", "y"), ("b", "x,y"), ("c[k][n]", "1"), ("e", "1|2")]);
    }

    #[test]
    fn header_line_breaks_are_refused() {
        let mut p = RequestParts::new(String::new());
        p.header("x-a", "ok");
        assert!(p.invalid.is_none());
        p.header("x-b", "evil\r\nx-injected: 1");
        assert!(p.invalid.as_deref().unwrap().contains("x-b"));
        assert_eq!(p.headers.len(), 1);
    }
}
