// @generated from the generator's runtime (codegen/runtime/mod.rs), shared by specs/bandwidth_webrtc.yaml, specs/camara_webrtc.yaml, specs/zep_sessions.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Runtime support for the generated clients: responses, errors, parameter encoding.
//!
//! Hand-written, the same for every API; the generator copies it into each generated crate.

mod params;
mod transport;
mod untagged;

pub use params::{Body, ParamLocation, ParamSpec, ParamStyle, ParamValue, param};
pub use reqwest::StatusCode;
pub use untagged::{ObjectShape, kept, size, untagged_order};
pub use reqwest::header::HeaderMap;
pub use transport::{
    ApiKeyLocation, BoxError, BuildError, Credential, DEFAULT_TIMEOUT, OperationMeta, RequestOptions, RetryPolicy, SchemeKind,
    SchemeSpec, Secret, TokenProvider, Transport, TransportBuilder,
};

use std::fmt;

/// A successful response: the typed body with the status and headers it came with.
#[derive(Debug, Clone)]
pub struct Response<T> {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: T,
}

impl<T> Response<T> {
    /// The value of a response header, if present and valid UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The headers the spec declares for the operation, typed: pass the operation's
    /// `XxxResponseHeaders` (`resp.typed_headers::<CreateSessionResponseHeaders>()`).
    pub fn typed_headers<H: for<'a> From<&'a HeaderMap>>(&self) -> H {
        H::from(&self.headers)
    }

    /// The body, dropping status and headers.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// Everything that can go wrong calling an operation. `E` is the operation's own error
/// enum, with a variant per documented error status, so that one `match` arm reaches a typed
/// error body:
///
/// ```text
/// Err(Error::Api { error: AddSessionError::BadRequest(body), .. }) => println!("{:?}", body.message),
/// ```
///
/// The other payloads are boxed so that `Result<_, Error<E>>` stays small.
#[derive(Debug)]
pub enum Error<E> {
    /// The server answered with an error status: `error` is its typed body (the `Unexpected`
    /// variant for a status the spec does not document), `status` and `headers` as received.
    Api { status: StatusCode, headers: Box<HeaderMap>, error: E },
    /// The server answered, but the body did not match what the spec says.
    Decode(Box<DecodeError>),
    /// No usable answer: connection refused or reset, timeout, body cut short.
    Transport(Box<TransportError>),
    /// The request was refused before anything was sent (an invalid header value, say).
    InvalidRequest(String),
}

/// A string field of an error body, for the error's `Display`: `String`, `Option<String>`.
pub trait ErrorText {
    fn error_text(&self) -> Option<&str>;
}

impl ErrorText for String {
    fn error_text(&self) -> Option<&str> {
        Some(self.as_str()).filter(|s| !s.is_empty())
    }
}

impl<T: ErrorText> ErrorText for Option<T> {
    fn error_text(&self) -> Option<&str> {
        self.as_ref().and_then(ErrorText::error_text)
    }
}

impl<T: ErrorText> ErrorText for Box<T> {
    fn error_text(&self) -> Option<&str> {
        (**self).error_text()
    }
}

/// Writes an error as `CODE: message`, either part alone when the other is missing, or
/// `fallback` (the status' reason phrase) when the body has neither.
pub fn write_error(f: &mut fmt::Formatter<'_>, fallback: &str, code: Option<&str>, message: Option<&str>) -> fmt::Result {
    match (code, message) {
        (Some(code), Some(message)) => write!(f, "{code}: {message}"),
        (Some(text), None) | (None, Some(text)) => f.write_str(text),
        (None, None) => f.write_str(fallback),
    }
}

/// Writes an undocumented status with the start of its body, as text.
pub fn write_unexpected(f: &mut fmt::Formatter<'_>, body: &[u8]) -> fmt::Result {
    f.write_str("a status the spec does not document for this operation")?;
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if !text.is_empty() {
        let shown: String = text.chars().take(200).collect();
        let more = if shown.len() < text.len() { "..." } else { "" };
        write!(f, ": {shown}{more}")?;
    }
    Ok(())
}

/// Reads a declared response header as `T`: a string type takes the value as it is; numbers,
/// booleans and other JSON scalars are parsed. `None` when the header is absent, not UTF-8,
/// or not a valid `T`.
pub fn typed_header<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &str) -> Option<T> {
    let text = headers.get(name)?.to_str().ok()?.trim();
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok().or_else(|| serde_json::from_str(text).ok())
}

/// A body that could not be decoded into its documented type.
#[derive(Debug)]
pub struct DecodeError {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The raw body.
    pub body: Vec<u8>,
    pub message: String,
}

/// The request did not complete.
#[derive(Debug)]
pub struct TransportError {
    /// True when the configured timeout elapsed.
    pub timed_out: bool,
    /// How many attempts were made, retries included.
    pub attempts: u32,
    pub method: &'static str,
    /// The request URL without its query and user info (either may hold a credential).
    pub url: String,
    /// The underlying error, its URL removed.
    pub source: reqwest::Error,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.timed_out {
            write!(f, "{} {} timed out", self.method, self.url)?;
        } else {
            write!(f, "{} {} failed", self.method, self.url)?;
        }
        write!(f, " after {} attempt(s): {}", self.attempts, self.source)?;
        // reqwest's message is terse ("error sending request"); the causes say why.
        let mut cause = std::error::Error::source(&self.source);
        while let Some(c) = cause {
            write!(f, ": {c}")?;
            cause = c.source();
        }
        Ok(())
    }
}

impl<E> Error<E> {
    /// An error status with its typed body and no headers: for fakes of the API trait in tests.
    pub fn api(status: StatusCode, error: E) -> Self {
        Error::Api { status, headers: Box::default(), error }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. } => Some(*status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The response headers, when the server answered.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api { headers, .. } => Some(headers),
            Error::Decode(e) => Some(&e.headers),
            _ => None,
        }
    }

    /// The value of a response header, when the server answered with it (valid UTF-8).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers()?.get(name).and_then(|v| v.to_str().ok())
    }

    /// The typed error body, if the server answered with an error status.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// Reads like a sentence: `400 OUT_OF_RANGE: Client specified an invalid range.`
impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api { status, error, .. } => write!(f, "{} {error}", status.as_u16()),
            Error::Decode(e) => write!(f, "cannot decode the {} response body: {}", e.status.as_u16(), e.message),
            Error::Transport(e) => write!(f, "{e}"),
            Error::InvalidRequest(m) => write!(f, "the request was not sent: {m}"),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(&e.source),
            _ => None,
        }
    }
}

/// A response as it came off the wire, before decoding.
#[derive(Debug)]
pub struct RawResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl RawResponse {
    /// Decodes a JSON body.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, Box<DecodeError>> {
        serde_json::from_slice(&self.body).map_err(|e| self.decode_error(e.to_string()))
    }

    /// Decodes a text body.
    pub fn text(&self) -> Result<String, Box<DecodeError>> {
        String::from_utf8(self.body.clone()).map_err(|e| self.decode_error(e.to_string()))
    }

    /// The body as bytes.
    pub fn bytes(&self) -> Vec<u8> {
        self.body.clone()
    }

    fn decode_error(&self, message: String) -> Box<DecodeError> {
        Box::new(DecodeError { status: self.status, headers: self.headers.clone(), body: self.body.clone(), message })
    }

    /// A success with its decoded body.
    pub fn success<T, E>(self, body: Result<T, Box<DecodeError>>) -> Result<Response<T>, Error<E>> {
        match body {
            Ok(body) => Ok(Response { status: self.status, headers: self.headers, body }),
            Err(e) => Err(Error::Decode(e)),
        }
    }

    /// An error status with its decoded body.
    pub fn failure<T, E>(self, error: Result<E, Box<DecodeError>>) -> Result<Response<T>, Error<E>> {
        match error {
            Ok(error) => Err(Error::Api { status: self.status, headers: Box::new(self.headers), error }),
            Err(e) => Err(Error::Decode(e)),
        }
    }

    /// The value of a string field of a JSON body, for errors whose variant depends on it.
    pub fn json_field(&self, field: &str) -> Option<String> {
        let v: serde_json::Value = serde_json::from_slice(&self.body).ok()?;
        v.get(field)?.as_str().map(str::to_owned)
    }
}
