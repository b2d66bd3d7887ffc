//! Sending requests: base URL, authentication, timeouts, retries, User-Agent.

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};

use super::params::RequestParts;
use super::{Error, RawResponse, TransportError};

/// The error type a [`TokenProvider`] may return.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A secret (password, token, API key). Its `Debug` output never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl<S: Into<String>> From<S> for Secret {
    fn from(s: S) -> Self {
        Secret(s.into())
    }
}

/// Supplies a bearer token per request (OAuth 2 or OpenID Connect flows the user runs).
pub trait TokenProvider: Send + Sync {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<String, BoxError>> + Send + '_>>;
}

/// The credentials for one security scheme.
#[derive(Clone)]
pub enum Credential {
    Basic { username: String, password: Secret },
    Token(Secret),
    TokenProvider(Arc<dyn TokenProvider>),
    /// An API key; `prefix` is written before it (`Api-Key `).
    ApiKey { key: Secret, prefix: String },
    /// A whole `Authorization` header value for schemes this runtime does not know.
    Authorization(Secret),
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::Basic { username, .. } => write!(f, "Basic({username}, ***)"),
            Credential::Token(_) => f.write_str("Token(***)"),
            Credential::TokenProvider(_) => f.write_str("TokenProvider"),
            Credential::ApiKey { prefix, .. } => write!(f, "ApiKey({prefix:?}***)"),
            Credential::Authorization(_) => f.write_str("Authorization(***)"),
        }
    }
}

/// Where an API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    Header,
    Query,
    Cookie,
}

/// A security scheme as the spec declares it.
#[derive(Debug, Clone, Copy)]
pub enum SchemeKind {
    Basic,
    Bearer,
    ApiKey { location: ApiKeyLocation, name: &'static str },
    OtherHttp,
}

#[derive(Debug, Clone, Copy)]
pub struct SchemeSpec {
    pub name: &'static str,
    pub kind: SchemeKind,
}

/// What the transport needs to know about an operation.
#[derive(Debug, Clone, Copy)]
pub struct OperationMeta {
    pub operation_id: &'static str,
    pub method: &'static str,
    /// Alternatives, each a set of indices into the API's schemes. Empty: no auth.
    pub security: &'static [&'static [usize]],
    /// Safe to retry.
    pub idempotent: bool,
}

/// When and how often to retry.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 turns retrying off.
    pub max_retries: u32,
    /// Backoff before the first retry; doubled each time, with full jitter.
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    /// Longest `Retry-After` honoured; a longer one is not waited for (no retry).
    pub max_retry_after: Duration,
    /// Statuses that are retried.
    pub statuses: Vec<u16>,
    /// Retry operations that are not idempotent too (off by default: a POST may have
    /// taken effect before the failure).
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            statuses: vec![408, 429, 502, 503, 504],
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// No retries.
    pub fn none() -> Self {
        RetryPolicy { max_retries: 0, ..Default::default() }
    }

    fn backoff(&self, retry: u32) -> Duration {
        let cap = self.initial_backoff.saturating_mul(1u32 << retry.min(16)).min(self.max_backoff);
        // Full jitter: anywhere between half the cap and the cap.
        let ms = cap.as_millis() as u64;
        Duration::from_millis(ms / 2 + fastrand::u64(0..=ms / 2))
    }
}

/// Per-request settings that override the client's.
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    pub timeout: Option<Duration>,
    pub retry: Option<RetryPolicy>,
    /// Extra headers sent with this request only.
    pub headers: Vec<(String, String)>,
}

/// Default timeout for a whole request (connect, send, receive), per attempt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Builds a [`Transport`].
#[derive(Debug, Clone)]
pub struct TransportBuilder {
    base_url: String,
    timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    allow_http: bool,
    credentials: BTreeMap<usize, Credential>,
    http: Option<reqwest::Client>,
}

impl TransportBuilder {
    pub fn new(base_url: impl Into<String>, user_agent: impl Into<String>) -> Self {
        TransportBuilder {
            base_url: base_url.into(),
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            user_agent: user_agent.into(),
            allow_http: false,
            credentials: BTreeMap::new(),
            http: None,
        }
    }

    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Allows `http://` base URLs that are not loopback.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }

    pub fn credential(mut self, scheme: usize, credential: Credential) -> Self {
        self.credentials.insert(scheme, credential);
        self
    }

    /// Uses a preconfigured `reqwest::Client` (proxies, TLS roots, ...).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    pub fn build(self, schemes: &'static [SchemeSpec]) -> Result<Transport, String> {
        let base = self.base_url.trim_end_matches('/').to_owned();
        let url = reqwest::Url::parse(&base).map_err(|e| format!("base URL `{base}` is not a valid URL: {e}"))?;
        match url.scheme() {
            "https" => {}
            "http" if self.allow_http || is_loopback(&url) => {}
            "http" => {
                return Err(format!(
                    "base URL `{base}` uses plain http; call `allow_insecure_http(true)` if that is intended"
                ));
            }
            other => return Err(format!("base URL `{base}` has unsupported scheme `{other}`")),
        }
        let http = match self.http {
            Some(h) => h,
            None => reqwest::Client::builder().build().map_err(|e| format!("cannot build the HTTP client: {e}"))?,
        };
        Ok(Transport {
            inner: Arc::new(Inner {
                base_url: base,
                timeout: self.timeout,
                retry: self.retry,
                user_agent: self.user_agent,
                credentials: self.credentials,
                schemes,
                http,
            }),
        })
    }
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Sends requests for a generated client. Cheap to clone.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Inner>,
}

struct Inner {
    base_url: String,
    timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    credentials: BTreeMap<usize, Credential>,
    schemes: &'static [SchemeSpec],
    http: reqwest::Client,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("base_url", &self.inner.base_url)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .field("credentials", &self.inner.credentials)
            .finish()
    }
}

impl Transport {
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends a request, retrying as the policy allows, and returns the raw response.
    pub async fn send<E>(
        &self,
        meta: &OperationMeta,
        parts: RequestParts,
        options: RequestOptions,
    ) -> Result<RawResponse, Error<E>> {
        if let Some(message) = parts.invalid {
            return Err(Error::InvalidRequest(message));
        }
        let inner = &*self.inner;
        let retry = options.retry.as_ref().unwrap_or(&inner.retry);
        let may_retry = meta.idempotent || retry.retry_non_idempotent;
        let timeout = options.timeout.unwrap_or(inner.timeout);
        let mut url = reqwest::Url::parse(&format!("{}{}", inner.base_url, parts.path))
            .map_err(|e| Error::InvalidRequest(format!("invalid URL: {e}")))?;
        let mut query = parts.query.clone();
        let mut headers = reqwest::header::HeaderMap::new();
        let mut cookies = parts.cookies.clone();
        self.apply_auth(meta, &mut headers, &mut query, &mut cookies).await?;
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query.iter());
        }
        headers.insert(reqwest::header::USER_AGENT, header_value("user-agent", &inner.user_agent)?);
        for (name, value) in parts.headers.iter().chain(options.headers.iter()) {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::InvalidRequest(format!("`{name}` is not a valid header name")))?;
            headers.append(name.clone(), header_value(name.as_str(), value)?);
        }
        if !cookies.is_empty() {
            let line = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
            headers.insert(reqwest::header::COOKIE, header_value("cookie", &line)?);
        }
        if let Some((content_type, _)) = &parts.body {
            headers.insert(reqwest::header::CONTENT_TYPE, header_value("content-type", content_type)?);
        }
        let method = reqwest::Method::from_bytes(meta.method.as_bytes())
            .map_err(|_| Error::InvalidRequest(format!("invalid method {}", meta.method)))?;

        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let mut request = inner.http.request(method.clone(), url.clone()).headers(headers.clone()).timeout(timeout);
            if let Some((_, body)) = &parts.body {
                request = request.body(body.clone());
            }
            let outcome = match request.send().await {
                Ok(resp) => {
                    let status = resp.status();
                    let resp_headers = resp.headers().clone();
                    match resp.bytes().await {
                        Ok(body) => Ok(RawResponse { status, headers: resp_headers, body: body.to_vec() }),
                        Err(e) => Err(e),
                    }
                }
                Err(e) => Err(e),
            };
            let retries_left = may_retry && attempt <= retry.max_retries;
            match outcome {
                Ok(raw) if retries_left && retry.statuses.contains(&raw.status.as_u16()) => {
                    let wait = match retry_after(&raw.headers) {
                        Some(d) if d > retry.max_retry_after => return Ok(raw),
                        Some(d) => d,
                        None => retry.backoff(attempt - 1),
                    };
                    tokio::time::sleep(wait).await;
                }
                Ok(raw) => return Ok(raw),
                Err(e) if retries_left && (e.is_connect() || e.is_timeout()) => {
                    tokio::time::sleep(retry.backoff(attempt - 1)).await;
                }
                Err(e) => {
                    return Err(Error::Transport(Box::new(TransportError { timed_out: e.is_timeout(), attempts: attempt, source: e })));
                }
            }
        }
    }

    async fn apply_auth<E>(
        &self,
        meta: &OperationMeta,
        headers: &mut reqwest::header::HeaderMap,
        query: &mut Vec<(String, String)>,
        cookies: &mut Vec<(String, String)>,
    ) -> Result<(), Error<E>> {
        let inner = &*self.inner;
        if meta.security.is_empty() || meta.security.iter().any(|alt| alt.is_empty()) && !self.has_any(meta) {
            return Ok(());
        }
        // The first alternative whose schemes all have credentials.
        let Some(alt) =
            meta.security.iter().find(|alt| !alt.is_empty() && alt.iter().all(|i| inner.credentials.contains_key(i)))
        else {
            let names: Vec<&str> = meta
                .security
                .iter()
                .flat_map(|alt| alt.iter().map(|i| inner.schemes[*i].name))
                .collect();
            return Err(Error::InvalidRequest(format!(
                "operation `{}` needs credentials for one of: {}",
                meta.operation_id,
                names.join(", ")
            )));
        };
        for i in alt.iter() {
            let scheme = inner.schemes[*i];
            let value = match &inner.credentials[i] {
                Credential::Basic { username, password } => {
                    use base64::Engine;
                    let raw = format!("{username}:{}", password.expose());
                    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(raw))
                }
                Credential::Token(t) => format!("Bearer {}", t.expose()),
                Credential::TokenProvider(p) => {
                    let t = p.token().await.map_err(|e| Error::InvalidRequest(format!("token provider failed: {e}")))?;
                    format!("Bearer {t}")
                }
                Credential::ApiKey { key, prefix } => format!("{prefix}{}", key.expose()),
                Credential::Authorization(v) => v.expose().to_owned(),
            };
            match scheme.kind {
                SchemeKind::ApiKey { location: ApiKeyLocation::Query, name } => query.push((name.to_owned(), value)),
                SchemeKind::ApiKey { location: ApiKeyLocation::Cookie, name } => cookies.push((name.to_owned(), value)),
                SchemeKind::ApiKey { location: ApiKeyLocation::Header, name } => {
                    let header = HeaderName::from_bytes(name.as_bytes())
                        .map_err(|_| Error::InvalidRequest(format!("`{name}` is not a valid header name")))?;
                    let mut v = header_value(name, &value)?;
                    v.set_sensitive(true);
                    headers.insert(header, v);
                }
                _ => {
                    let mut v = header_value("authorization", &value)?;
                    v.set_sensitive(true);
                    headers.insert(reqwest::header::AUTHORIZATION, v);
                }
            }
        }
        Ok(())
    }

    fn has_any(&self, meta: &OperationMeta) -> bool {
        meta.security.iter().any(|alt| !alt.is_empty() && alt.iter().all(|i| self.inner.credentials.contains_key(i)))
    }
}

/// A header value, refusing CR, LF and other bytes HTTP does not allow. The message never
/// includes the value, which may be a secret.
fn header_value<E>(name: &str, value: &str) -> Result<HeaderValue, Error<E>> {
    HeaderValue::from_str(value).map_err(|_| Error::InvalidRequest(format!("the value of header `{name}` contains characters HTTP does not allow (such as CR or LF)")))
}

/// `Retry-After` in seconds or as an HTTP date.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let v = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_stay_out_of_debug() {
        let c = Credential::Basic { username: "user".into(), password: Secret::new("hunter2") };
        assert!(!format!("{c:?}").contains("hunter2"));
        let c = Credential::ApiKey { key: Secret::new("zk_live_1"), prefix: "Api-Key ".into() };
        assert!(!format!("{c:?}").contains("zk_live_1"));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy { initial_backoff: Duration::from_millis(100), max_backoff: Duration::from_millis(300), ..Default::default() };
        for _ in 0..50 {
            let b0 = p.backoff(0);
            assert!(b0 >= Duration::from_millis(50) && b0 <= Duration::from_millis(100));
            assert!(p.backoff(5) <= Duration::from_millis(300));
        }
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert(reqwest::header::RETRY_AFTER, HeaderValue::from_static("3"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        let later = std::time::SystemTime::now() + Duration::from_secs(120);
        h.insert(reqwest::header::RETRY_AFTER, HeaderValue::from_str(&httpdate::fmt_http_date(later)).unwrap());
        let d = retry_after(&h).unwrap();
        assert!(d > Duration::from_secs(100) && d <= Duration::from_secs(120), "{d:?}");
    }

    #[test]
    fn plain_http_needs_loopback_or_consent() {
        assert!(TransportBuilder::new("http://example.com", "ua").build(&[]).is_err());
        assert!(TransportBuilder::new("http://example.com", "ua").allow_insecure_http(true).build(&[]).is_ok());
        assert!(TransportBuilder::new("http://127.0.0.1:9", "ua").build(&[]).is_ok());
        assert!(TransportBuilder::new("http://localhost:9", "ua").build(&[]).is_ok());
        assert!(TransportBuilder::new("https://example.com/v1/", "ua").build(&[]).is_ok());
    }
}
