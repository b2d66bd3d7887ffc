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
    ApiKeyLocation, BoxError, Credential, DEFAULT_TIMEOUT, OperationMeta, RequestOptions, RetryPolicy, SchemeKind,
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
/// enum, with a variant per documented error status. The payloads are boxed so that
/// `Result<_, Error<E>>` stays small on the success path.
#[derive(Debug)]
pub enum Error<E> {
    /// The server answered with an error status.
    Api(Box<ApiError<E>>),
    /// The server answered, but the body did not match what the spec says.
    Decode(Box<DecodeError>),
    /// No usable answer: connection refused or reset, timeout, body cut short.
    Transport(Box<TransportError>),
    /// The request was refused before anything was sent (an invalid header value, say).
    InvalidRequest(String),
}

/// An error status with its typed body.
#[derive(Debug, Clone)]
pub struct ApiError<E> {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub error: E,
}

impl<E> ApiError<E> {
    /// The value of a response header, if present and valid UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The headers the spec declares for the operation, typed (see [`Response::typed_headers`]).
    pub fn typed_headers<H: for<'a> From<&'a HeaderMap>>(&self) -> H {
        H::from(&self.headers)
    }
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
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The response headers, when the server answered.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(e) => Some(&e.headers),
            Error::Decode(e) => Some(&e.headers),
            _ => None,
        }
    }

    /// The typed API error, if this is one.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(e) => Some(&e.error),
            _ => None,
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => write!(f, "the API answered {}: {:?}", e.status, e.error),
            Error::Decode(e) => write!(f, "cannot decode the {} response body: {}", e.status, e.message),
            Error::Transport(e) => write!(f, "{e}"),
            Error::InvalidRequest(m) => write!(f, "the request was not sent: {m}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
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
            Ok(error) => Err(Error::Api(Box::new(ApiError { status: self.status, headers: self.headers, error }))),
            Err(e) => Err(Error::Decode(e)),
        }
    }

    /// The value of a string field of a JSON body, for errors whose variant depends on it.
    pub fn json_field(&self, field: &str) -> Option<String> {
        let v: serde_json::Value = serde_json::from_slice(&self.body).ok()?;
        v.get(field)?.as_str().map(str::to_owned)
    }
}
