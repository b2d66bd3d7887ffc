// @generated from the generator's runtime (codegen/runtime/transport.rs), shared by specs/bandwidth_webrtc.yaml, specs/camara_webrtc.yaml, specs/zep_sessions.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Sending requests: base URL, authentication, timeouts, retries, User-Agent.

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};

use super::params::{Body, ParamSpec, ParamValue, RequestParts};
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
/// Called once for every request (its retries reuse the token), so a provider can cache and
/// refresh as it sees fit.
///
/// An async closure returning `Result<String, BoxError>` is a provider:
/// `.token_provider(|| async { Ok::<_, BoxError>(fetch_token().await?) })`.
pub trait TokenProvider: Send + Sync {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<String, BoxError>> + Send + '_>>;
}

impl<F, Fut> TokenProvider for F
where
    F: Fn() -> Fut + Send + Sync,
    Fut: Future<Output = Result<String, BoxError>> + Send + 'static,
{
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<String, BoxError>> + Send + '_>> {
        Box::pin(self())
    }
}

/// The credentials for one security scheme.
#[derive(Clone)]
pub enum Credential {
    Basic { username: String, password: Secret },
    Token(Secret),
    TokenProvider(Arc<dyn TokenProvider>),
    /// An API key; `prefix` is written before it (`Api-Key `). `None`: the scheme's own
    /// prefix (the spec's `x-api-key-prefix`, usually none).
    ApiKey { key: Secret, prefix: Option<String> },
    /// A whole `Authorization` header value for schemes this runtime does not know.
    Authorization(Secret),
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The user name is kept out too: with the password it is the credential.
            Credential::Basic { .. } => f.write_str("Basic(***)"),
            Credential::Token(_) => f.write_str("Token(***)"),
            Credential::TokenProvider(_) => f.write_str("TokenProvider"),
            Credential::ApiKey { prefix, .. } => write!(f, "ApiKey({prefix:?}, ***)"),
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
    /// `prefix` is written before the key (the spec's `x-api-key-prefix`).
    ApiKey { location: ApiKeyLocation, name: &'static str, prefix: &'static str },
    OtherHttp,
}

#[derive(Debug, Clone, Copy)]
pub struct SchemeSpec {
    pub name: &'static str,
    pub kind: SchemeKind,
    /// An environment variable holding the credential, read by [`TransportBuilder::build`]
    /// when none was given (the spec's `x-api-key-env`).
    pub env: Option<&'static str>,
}

/// An operation as the spec declares it: the generated code describes each one with
/// static data, and [`Transport::send`] puts a call on the wire from it.
#[derive(Debug, Clone, Copy)]
pub struct OperationMeta {
    pub operation_id: &'static str,
    pub method: &'static str,
    /// The path template, relative to the base URL: `{i}` is the value of parameter `i`,
    /// `{{` and `}}` literal braces.
    pub path: &'static str,
    /// The parameters, in the order their values are passed to [`Transport::send`].
    pub params: &'static [ParamSpec],
    /// Alternatives, each a set of indices into the API's schemes. Empty: no auth.
    pub security: &'static [&'static [usize]],
    /// Safe to retry.
    pub idempotent: bool,
}

/// When and how often to retry.
///
/// Only operations that are safe to repeat are retried: GET, HEAD, PUT, DELETE, OPTIONS,
/// TRACE, and operations the spec marks `x-idempotent: true`. A plain POST or PATCH is sent
/// once, since it may have taken effect before the failure (unless `retry_non_idempotent`).
/// What is retried: a transport failure (connection refused or reset, timeout, body cut
/// short) and the statuses in `statuses`. The wait is the response's `Retry-After`
/// (seconds or HTTP date) when it has one, else an exponential backoff with jitter.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 turns retrying off.
    pub max_retries: u32,
    /// Backoff before the first retry; doubled for each further one, up to `max_backoff`,
    /// and jittered to between half of that and all of it.
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    /// Longest `Retry-After` honoured. A response asking for a longer wait is returned as it
    /// is, not retried sooner than the server asked.
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

    /// The wait before retry number `retry + 1`: `initial_backoff * 2^retry`, at most
    /// `max_backoff`, then jittered to a random point between half of that and all of it, so
    /// that clients failing together do not retry together.
    fn backoff(&self, retry: u32) -> Duration {
        let cap = self.initial_backoff.saturating_mul(1u32 << retry.min(16)).min(self.max_backoff);
        let ms = u64::try_from(cap.as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(ms / 2 + fastrand::u64(0..=ms - ms / 2))
    }
}

/// Per-request settings that override the client's.
#[derive(Clone, Default)]
pub struct RequestOptions {
    pub timeout: Option<Duration>,
    pub retry: Option<RetryPolicy>,
    /// Extra headers sent with this request only. A name the request would send anyway
    /// (`User-Agent`, a header parameter) is replaced, not repeated.
    pub headers: Vec<(String, String)>,
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), if is_sensitive_header(n) { "***" } else { v.as_str() }))
            .collect();
        f.debug_struct("RequestOptions")
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("headers", &headers)
            .finish()
    }
}

/// Header names whose values are credentials more often than not; kept out of `Debug`.
fn is_sensitive_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    ["authorization", "cookie", "key", "token", "secret", "password", "session"].iter().any(|s| n.contains(s))
}

/// The default timeout of one attempt (connect, send, receive the whole body): 60 s, as the
/// Zep and Bandwidth SDKs use. Retries each get their own.
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

    /// The `User-Agent` header (default: the generated crate's name and version).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Uses a preconfigured `reqwest::Client` (proxies, TLS roots, ...).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks the base URL and fills in credentials from the environment for schemes that
    /// name a variable (`SchemeSpec::env`) and were given none.
    ///
    /// A base URL without a scheme (`api.example.com/v1`, as CAMARA's `apiRoot` is
    /// described) gets `https://`. Plain `http://` is refused unless the host is loopback or
    /// [`allow_insecure_http`](Self::allow_insecure_http) was set.
    pub fn build(mut self, schemes: &'static [SchemeSpec]) -> Result<Transport, String> {
        let raw = self.base_url.trim();
        let with_scheme = if raw.contains("://") { raw.to_owned() } else { format!("https://{raw}") };
        let url = reqwest::Url::parse(&with_scheme)
            .map_err(|e| format!("base URL `{with_scheme}` is not a valid URL: {e}"))?;
        let base = with_scheme.trim_end_matches('/').to_owned();
        if url.host_str().is_none_or(str::is_empty) {
            return Err(format!("base URL `{base}` has no host"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(format!("base URL `{base}` must not have a query or fragment"));
        }
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
        for (i, scheme) in schemes.iter().enumerate() {
            let Some(var) = scheme.env else { continue };
            if self.credentials.contains_key(&i) {
                continue;
            }
            let Some(value) = std::env::var(var).ok().filter(|v| !v.trim().is_empty()) else { continue };
            let value = Secret::new(value.trim());
            let credential = match scheme.kind {
                SchemeKind::ApiKey { .. } => Credential::ApiKey { key: value, prefix: None },
                SchemeKind::Bearer => Credential::Token(value),
                SchemeKind::OtherHttp => Credential::Authorization(value),
                SchemeKind::Basic => continue,
            };
            self.credentials.insert(i, credential);
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

    /// Sends a call of the operation `meta` with its parameters' `values` (in the order of
    /// `meta.params`) and body, retrying as the policy allows; returns the raw response.
    pub async fn send<E>(
        &self,
        meta: &OperationMeta,
        values: &[ParamValue],
        body: Option<Body>,
        options: RequestOptions,
    ) -> Result<RawResponse, Error<E>> {
        let parts = RequestParts::build(meta.path, meta.params, values, body);
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
        for (name, value) in &parts.headers {
            headers.append(header_name(name)?, header_value(name, value)?);
        }
        // Per-request headers replace what the request would send under the same name.
        let mut replaced = Vec::new();
        for (name, value) in &options.headers {
            let name = header_name(name)?;
            let value = header_value(name.as_str(), value)?;
            if !replaced.contains(&name) {
                headers.remove(&name);
                replaced.push(name.clone());
            }
            headers.append(name, value);
        }
        if !cookies.is_empty() && !replaced.contains(&reqwest::header::COOKIE) {
            let line = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
            let mut value = header_value("cookie", &line)?;
            value.set_sensitive(true);
            headers.insert(reqwest::header::COOKIE, value);
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
                // Any failure to get a whole answer; not a request that could not be built.
                Err(e) if retries_left && !e.is_builder() && !e.is_redirect() => {
                    tokio::time::sleep(retry.backoff(attempt - 1)).await;
                }
                Err(e) => {
                    return Err(Error::Transport(Box::new(TransportError {
                        timed_out: e.is_timeout(),
                        attempts: attempt,
                        method: meta.method,
                        url: display_url(&url),
                        // The URL may carry an API key in its query: it stays out of the error.
                        source: e.without_url(),
                    })));
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
        // No requirement (`security: []`), or an optional one (`{}` among the alternatives)
        // that the configured credentials cannot meet: send without auth.
        if meta.security.is_empty() || (meta.security.iter().any(|alt| alt.is_empty()) && !self.has_any(meta)) {
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
                "operation `{}` needs credentials for {}; set them on the client builder",
                meta.operation_id,
                names.join(" or ")
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
                Credential::ApiKey { key, prefix } => {
                    let default = match scheme.kind {
                        SchemeKind::ApiKey { prefix, .. } => prefix,
                        _ => "",
                    };
                    format!("{}{}", prefix.as_deref().unwrap_or(default), key.expose())
                }
                Credential::Authorization(v) => v.expose().to_owned(),
            };
            match scheme.kind {
                SchemeKind::ApiKey { location: ApiKeyLocation::Query, name, .. } => query.push((name.to_owned(), value)),
                SchemeKind::ApiKey { location: ApiKeyLocation::Cookie, name, .. } => {
                    if value.contains([';', '\r', '\n']) {
                        return Err(Error::InvalidRequest(format!("the `{}` credential contains `;` or a line break", scheme.name)));
                    }
                    cookies.push((name.to_owned(), value))
                }
                SchemeKind::ApiKey { location: ApiKeyLocation::Header, name, .. } => {
                    let header = header_name(name)?;
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

fn header_name<E>(name: &str) -> Result<HeaderName, Error<E>> {
    HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::InvalidRequest(format!("`{}` is not a valid header name", name.escape_debug())))
}

/// The URL for messages: no user info, no query (either may hold a credential).
fn display_url(url: &reqwest::Url) -> String {
    let mut shown = url.clone();
    shown.set_query(None);
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.to_string()
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
        let c = Credential::Basic { username: "user-7".into(), password: Secret::new("hunter2") };
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("user-7"), "{shown}");
        let c = Credential::ApiKey { key: Secret::new("zk_live_1"), prefix: Some("Api-Key ".into()) };
        assert!(!format!("{c:?}").contains("zk_live_1"));
        let o = RequestOptions {
            headers: vec![("Authorization".into(), "Bearer t0k3n".into()), ("x-trace".into(), "visible".into())],
            ..Default::default()
        };
        let shown = format!("{o:?}");
        assert!(!shown.contains("t0k3n") && shown.contains("visible"), "{shown}");
    }

    #[test]
    fn urls_in_messages_lose_query_and_user_info() {
        let url = reqwest::Url::parse("http://u:p@127.0.0.1:9/a%2Fb?api_key=s3cret").unwrap();
        assert_eq!(display_url(&url), "http://127.0.0.1:9/a%2Fb");
    }

    #[test]
    fn base_urls_without_scheme_get_https() {
        let t = TransportBuilder::new("api.example.com/camara/", "ua").build(&[]).unwrap();
        assert_eq!(t.base_url(), "https://api.example.com/camara");
        assert!(TransportBuilder::new("https://x.example/?a=1", "ua").build(&[]).is_err());
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy { initial_backoff: Duration::from_millis(100), max_backoff: Duration::from_millis(300), ..Default::default() };
        for _ in 0..50 {
            let b0 = p.backoff(0);
            assert!(b0 >= Duration::from_millis(50) && b0 <= Duration::from_millis(100), "{b0:?}");
            let b1 = p.backoff(1);
            assert!(b1 >= Duration::from_millis(100) && b1 <= Duration::from_millis(200), "{b1:?}");
            let b5 = p.backoff(5);
            assert!(b5 >= Duration::from_millis(150) && b5 <= Duration::from_millis(300), "{b5:?}");
        }
        // Jitter: the waits are not all the same.
        let waits: std::collections::BTreeSet<Duration> = (0..50).map(|_| p.backoff(2)).collect();
        assert!(waits.len() > 1);
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
