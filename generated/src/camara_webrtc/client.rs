// @generated from specs/camara_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! The client: one method per operation.
#[allow(unused_imports)]
use super::types;
#[allow(unused_imports)]
use super::operations::*;
use crate::runtime::{self, Error, OperationMeta, RawResponse, RequestParts, Response};
/// The spec's security schemes, in order; operations refer to them by index.
static SCHEMES: &[runtime::SchemeSpec] = &[
    runtime::SchemeSpec {
        name: "openId",
        kind: runtime::SchemeKind::Bearer,
        env: None,
    },
];
/// The spec's first server: `{apiRoot}/webrtc-call-handling/vwip`.
///
/// The API root of a CAMARA WebRTC call handling deployment.
pub const DEFAULT_BASE_URL: &str = "http://localhost:9091/webrtc-call-handling/vwip";
/// Every server URL template the spec lists; variables (`{name}`) of servers after
/// the first are left for you to fill in.
pub const SERVERS: &[&str] = &["{apiRoot}/webrtc-call-handling/vwip"];
/// The variables of the spec's first server, `{apiRoot}/webrtc-call-handling/vwip`. `Default` holds the spec's defaults; [`ClientBuilder::server`] sends requests to the URL they make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerVariables {
    /// `apiRoot` (default `http://localhost:9091`)
    ///
    /// API root, defined by the service provider, e.g. `api.example.com` or `api.example.com/somepath`.
    pub api_root: String,
}
impl Default for ServerVariables {
    fn default() -> Self {
        ServerVariables {
            api_root: "http://localhost:9091".to_owned(),
        }
    }
}
impl ServerVariables {
    /// The server URL with these values, without a trailing `/`.
    pub fn url(&self) -> String {
        let mut url = String::new();
        url.push_str(&self.api_root);
        url.push_str("/webrtc-call-handling/vwip");
        url.trim_end_matches('/').to_owned()
    }
}
/// The spec's first server, `{apiRoot}/webrtc-call-handling/vwip`, with its variables filled in.
pub fn server_url(api_root: &str) -> String {
    ServerVariables {
        api_root: api_root.to_owned(),
    }
        .url()
}
/// Configures a [`Client`]: base URL, credentials, timeout, retries.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    inner: runtime::TransportBuilder,
}
impl Default for ClientBuilder {
    fn default() -> Self {
        Self::new()
    }
}
impl ClientBuilder {
    /// Defaults: [`DEFAULT_BASE_URL`], a 60 s timeout per attempt
    /// ([`DEFAULT_TIMEOUT`](runtime::DEFAULT_TIMEOUT)),
    /// [`RetryPolicy::default`](runtime::RetryPolicy::default) (2 retries of idempotent
    /// operations on connection failures, timeouts and 408, 429, 502, 503, 504), and a
    /// `User-Agent` naming this crate and its version.
    pub fn new() -> Self {
        ClientBuilder {
            inner: runtime::TransportBuilder::new(
                DEFAULT_BASE_URL,
                concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
            ),
        }
    }
    /// Sends requests to this base URL instead of the default. Without a scheme,
    /// `https://` is assumed; plain `http://` needs a loopback host or
    /// [`allow_insecure_http`](Self::allow_insecure_http).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.inner = self.inner.base_url(url);
        self
    }
    /// Sends requests to the spec's first server with these variables
    /// (`ServerVariables { api_root: "https://api.example.com".into(), ..Default::default() }`).
    pub fn server(self, variables: ServerVariables) -> Self {
        self.base_url(variables.url())
    }
    /// The timeout of each attempt (default 60 s).
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// The retry policy for every request (each request may override it).
    pub fn retry(mut self, retry: runtime::RetryPolicy) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Allows a plain `http://` base URL that is not loopback.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.inner = self.inner.allow_insecure_http(allow);
        self
    }
    /// Replaces the default `User-Agent`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.inner = self.inner.user_agent(user_agent);
        self
    }
    /// Uses a preconfigured `reqwest::Client` (proxies, TLS settings).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.inner = self.inner.http_client(client);
        self
    }
    /// Credentials for the `openId` security scheme.
    ///
    /// OpenID Connect. The client sends an access token as
    /// `Authorization: Bearer <token>`; the token must carry the scope the
    /// operation requires.
    /// Sent as `Authorization: Bearer <token>`.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.inner = self
            .inner
            .credential(0usize, runtime::Credential::Token(runtime::Secret::new(token)));
        self
    }
    /// A provider asked for a bearer token before every request (token refresh, OAuth 2 flows).
    pub fn token_provider(
        mut self,
        provider: impl runtime::TokenProvider + 'static,
    ) -> Self {
        self.inner = self
            .inner
            .credential(
                0usize,
                runtime::Credential::TokenProvider(::std::sync::Arc::new(provider)),
            );
        self
    }
    /// Builds the client; fails on an invalid or insecure base URL.
    pub fn build(self) -> Result<Client, String> {
        Ok(Client {
            transport: self.inner.build(SCHEMES)?,
        })
    }
}
/// The API client. Cheap to clone; clones share connections.
#[derive(Debug, Clone)]
pub struct Client {
    transport: runtime::Transport,
}
impl Client {
    /// Starts configuring a client for the spec's default server.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        self.transport.base_url()
    }
    /// Creates voice and/or video session
    ///
    /// `POST /sessions` (operationId `createSession`)
    ///
    /// Creates a voice and/or video media session from the device identified by
    /// `registrationId` to `receiverAddress`. The body carries the originator
    /// and receiver addresses and the SDP offer; `status` must not be sent. The
    /// created session, including its `mediaSessionId` and initial `status`, is
    /// returned with `201`.
    pub async fn create_session(
        &self,
        request: CreateSessionRequest,
    ) -> Result<Response<types::MediaSessionResponse>, Error<CreateSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "createSession",
            method: "POST",
            security: &[&[0usize]],
            idempotent: false,
        };
        let CreateSessionRequest { registration_id, x_correlator, body, options } = request;
        let mut path = String::new();
        path.push_str("/sessions");
        let mut parts = RequestParts::new(path);
        parts.header("registrationId", &registration_id);
        parts.header("x-correlator", &x_correlator);
        {
            let body = &body;
            parts.json("application/json", body);
        }
        let raw = self.transport.send(&META, parts, options).await?;
        decode_create_session(raw)
    }
    /// Get the information of a media session
    ///
    /// `GET /sessions/{mediaSessionId}` (operationId `getSessionInformation`)
    ///
    /// Returns the current information of the media session, including its status and SDP offer/answer.
    pub async fn get_session_information(
        &self,
        request: GetSessionInformationRequest,
    ) -> Result<
        Response<types::MediaSessionResponse>,
        Error<GetSessionInformationError>,
    > {
        const META: OperationMeta = OperationMeta {
            operation_id: "getSessionInformation",
            method: "GET",
            security: &[&[0usize]],
            idempotent: true,
        };
        let GetSessionInformationRequest {
            media_session_id,
            registration_id,
            x_correlator,
            options,
        } = request;
        let mut path = String::new();
        path.push_str("/sessions/");
        path.push_str(
            &runtime::path_param(
                    &media_session_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "mediaSessionId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        let mut parts = RequestParts::new(path);
        parts.header("registrationId", &registration_id);
        parts.header("x-correlator", &x_correlator);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_get_session_information(raw)
    }
    /// Terminate and delete a media session
    ///
    /// `DELETE /sessions/{mediaSessionId}` (operationId `deleteSession`)
    ///
    /// Terminates the media session (hanging up the call if it is in progress) and deletes it.
    pub async fn delete_session(
        &self,
        request: DeleteSessionRequest,
    ) -> Result<Response<()>, Error<DeleteSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "deleteSession",
            method: "DELETE",
            security: &[&[0usize]],
            idempotent: true,
        };
        let DeleteSessionRequest {
            media_session_id,
            registration_id,
            x_correlator,
            options,
        } = request;
        let mut path = String::new();
        path.push_str("/sessions/");
        path.push_str(
            &runtime::path_param(
                    &media_session_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "mediaSessionId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        let mut parts = RequestParts::new(path);
        parts.header("registrationId", &registration_id);
        parts.header("x-correlator", &x_correlator);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_delete_session(raw)
    }
    /// Update the status of a media session
    ///
    /// `PUT /sessions/{mediaSessionId}/status` (operationId `updateSessionStatus`)
    ///
    /// Changes the status of the media session, e.g. to accept (`Connected`
    /// with an SDP `answer`), put on `Hold`, `Resume`, or decline it. The
    /// server returns the updated session with `200`, or `204` with no body.
    pub async fn update_session_status(
        &self,
        request: UpdateSessionStatusRequest,
    ) -> Result<Response<UpdateSessionStatusResponse>, Error<UpdateSessionStatusError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "updateSessionStatus",
            method: "PUT",
            security: &[&[0usize]],
            idempotent: true,
        };
        let UpdateSessionStatusRequest {
            media_session_id,
            registration_id,
            x_correlator,
            body,
            options,
        } = request;
        let mut path = String::new();
        path.push_str("/sessions/");
        path.push_str(
            &runtime::path_param(
                    &media_session_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "mediaSessionId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        path.push_str("/status");
        let mut parts = RequestParts::new(path);
        parts.header("registrationId", &registration_id);
        parts.header("x-correlator", &x_correlator);
        {
            let body = &body;
            parts.json("application/json", body);
        }
        let raw = self.transport.send(&META, parts, options).await?;
        decode_update_session_status(raw)
    }
}
/// Every operation of the API, implemented by [`Client`]. Write code against this trait to substitute a fake in tests.
pub trait CamaraWebrtcApi {
    /// Creates voice and/or video session
    ///
    /// `POST /sessions` (operationId `createSession`)
    ///
    /// Creates a voice and/or video media session from the device identified by
    /// `registrationId` to `receiverAddress`. The body carries the originator
    /// and receiver addresses and the SDP offer; `status` must not be sent. The
    /// created session, including its `mediaSessionId` and initial `status`, is
    /// returned with `201`.
    fn create_session(
        &self,
        request: CreateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::MediaSessionResponse>, Error<CreateSessionError>>,
    > + Send;
    /// Get the information of a media session
    ///
    /// `GET /sessions/{mediaSessionId}` (operationId `getSessionInformation`)
    ///
    /// Returns the current information of the media session, including its status and SDP offer/answer.
    fn get_session_information(
        &self,
        request: GetSessionInformationRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<types::MediaSessionResponse>,
            Error<GetSessionInformationError>,
        >,
    > + Send;
    /// Terminate and delete a media session
    ///
    /// `DELETE /sessions/{mediaSessionId}` (operationId `deleteSession`)
    ///
    /// Terminates the media session (hanging up the call if it is in progress) and deletes it.
    fn delete_session(
        &self,
        request: DeleteSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<()>, Error<DeleteSessionError>>,
    > + Send;
    /// Update the status of a media session
    ///
    /// `PUT /sessions/{mediaSessionId}/status` (operationId `updateSessionStatus`)
    ///
    /// Changes the status of the media session, e.g. to accept (`Connected`
    /// with an SDP `answer`), put on `Hold`, `Resume`, or decline it. The
    /// server returns the updated session with `200`, or `204` with no body.
    fn update_session_status(
        &self,
        request: UpdateSessionStatusRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<UpdateSessionStatusResponse>,
            Error<UpdateSessionStatusError>,
        >,
    > + Send;
}
impl CamaraWebrtcApi for Client {
    fn create_session(
        &self,
        request: CreateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::MediaSessionResponse>, Error<CreateSessionError>>,
    > + Send {
        Client::create_session(self, request)
    }
    fn get_session_information(
        &self,
        request: GetSessionInformationRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<types::MediaSessionResponse>,
            Error<GetSessionInformationError>,
        >,
    > + Send {
        Client::get_session_information(self, request)
    }
    fn delete_session(
        &self,
        request: DeleteSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<()>, Error<DeleteSessionError>>,
    > + Send {
        Client::delete_session(self, request)
    }
    fn update_session_status(
        &self,
        request: UpdateSessionStatusRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<UpdateSessionStatusResponse>,
            Error<UpdateSessionStatusError>,
        >,
    > + Send {
        Client::update_session_status(self, request)
    }
}
fn decode_create_session(
    raw: RawResponse,
) -> Result<Response<types::MediaSessionResponse>, Error<CreateSessionError>> {
    match raw.status.as_u16() {
        201u16 => {
            let body = raw.json::<types::MediaSessionResponse>();
            raw.success(body)
        }
        400u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INVALID_ARGUMENT") => {
                            CreateSessionError::InvalidArgument(body)
                        }
                        Some("OUT_OF_RANGE") => CreateSessionError::OutOfRange(body),
                        _ => CreateSessionError::BadRequestOther(body),
                    })
            };
            raw.failure(error)
        }
        401u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAUTHENTICATED") => {
                            CreateSessionError::Unauthenticated(body)
                        }
                        _ => CreateSessionError::UnauthorizedOther(body),
                    })
            };
            raw.failure(error)
        }
        403u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("PERMISSION_DENIED") => {
                            CreateSessionError::PermissionDenied(body)
                        }
                        Some("INVALID_TOKEN_CONTEXT") => {
                            CreateSessionError::InvalidTokenContext(body)
                        }
                        _ => CreateSessionError::ForbiddenOther(body),
                    })
            };
            raw.failure(error)
        }
        429u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("QUOTA_EXCEEDED") => CreateSessionError::QuotaExceeded(body),
                        Some("TOO_MANY_REQUESTS") => {
                            CreateSessionError::TooManyRequests(body)
                        }
                        _ => CreateSessionError::TooManyRequestsOther(body),
                    })
            };
            raw.failure(error)
        }
        500u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INTERNAL") => CreateSessionError::Internal(body),
                        _ => CreateSessionError::InternalServerErrorOther(body),
                    })
            };
            raw.failure(error)
        }
        501u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("CALLTYPE_EMERGENCY_NOT_SUPPORTED") => {
                            CreateSessionError::CalltypeEmergencyNotSupported(body)
                        }
                        _ => CreateSessionError::NotImplementedOther(body),
                    })
            };
            raw.failure(error)
        }
        503u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAVAILABLE") => CreateSessionError::Unavailable(body),
                        _ => CreateSessionError::ServiceUnavailableOther(body),
                    })
            };
            raw.failure(error)
        }
        504u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("TIMEOUT") => CreateSessionError::Timeout(body),
                        _ => CreateSessionError::GatewayTimeoutOther(body),
                    })
            };
            raw.failure(error)
        }
        _ => {
            let error = CreateSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_get_session_information(
    raw: RawResponse,
) -> Result<Response<types::MediaSessionResponse>, Error<GetSessionInformationError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::MediaSessionResponse>();
            raw.success(body)
        }
        400u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INVALID_ARGUMENT") => {
                            GetSessionInformationError::InvalidArgument(body)
                        }
                        Some("OUT_OF_RANGE") => {
                            GetSessionInformationError::OutOfRange(body)
                        }
                        _ => GetSessionInformationError::BadRequestOther(body),
                    })
            };
            raw.failure(error)
        }
        401u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAUTHENTICATED") => {
                            GetSessionInformationError::Unauthenticated(body)
                        }
                        _ => GetSessionInformationError::UnauthorizedOther(body),
                    })
            };
            raw.failure(error)
        }
        403u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("PERMISSION_DENIED") => {
                            GetSessionInformationError::PermissionDenied(body)
                        }
                        Some("INVALID_TOKEN_CONTEXT") => {
                            GetSessionInformationError::InvalidTokenContext(body)
                        }
                        _ => GetSessionInformationError::ForbiddenOther(body),
                    })
            };
            raw.failure(error)
        }
        404u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("NOT_FOUND") => GetSessionInformationError::NotFound(body),
                        _ => GetSessionInformationError::NotFoundOther(body),
                    })
            };
            raw.failure(error)
        }
        500u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INTERNAL") => GetSessionInformationError::Internal(body),
                        _ => GetSessionInformationError::InternalServerErrorOther(body),
                    })
            };
            raw.failure(error)
        }
        503u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAVAILABLE") => {
                            GetSessionInformationError::Unavailable(body)
                        }
                        _ => GetSessionInformationError::ServiceUnavailableOther(body),
                    })
            };
            raw.failure(error)
        }
        504u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("TIMEOUT") => GetSessionInformationError::Timeout(body),
                        _ => GetSessionInformationError::GatewayTimeoutOther(body),
                    })
            };
            raw.failure(error)
        }
        _ => {
            let error = GetSessionInformationError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_delete_session(
    raw: RawResponse,
) -> Result<Response<()>, Error<DeleteSessionError>> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INVALID_ARGUMENT") => {
                            DeleteSessionError::InvalidArgument(body)
                        }
                        Some("OUT_OF_RANGE") => DeleteSessionError::OutOfRange(body),
                        _ => DeleteSessionError::BadRequestOther(body),
                    })
            };
            raw.failure(error)
        }
        401u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAUTHENTICATED") => {
                            DeleteSessionError::Unauthenticated(body)
                        }
                        _ => DeleteSessionError::UnauthorizedOther(body),
                    })
            };
            raw.failure(error)
        }
        403u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("PERMISSION_DENIED") => {
                            DeleteSessionError::PermissionDenied(body)
                        }
                        Some("INVALID_TOKEN_CONTEXT") => {
                            DeleteSessionError::InvalidTokenContext(body)
                        }
                        _ => DeleteSessionError::ForbiddenOther(body),
                    })
            };
            raw.failure(error)
        }
        404u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("NOT_FOUND") => DeleteSessionError::NotFound(body),
                        _ => DeleteSessionError::NotFoundOther(body),
                    })
            };
            raw.failure(error)
        }
        500u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INTERNAL") => DeleteSessionError::Internal(body),
                        _ => DeleteSessionError::InternalServerErrorOther(body),
                    })
            };
            raw.failure(error)
        }
        503u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAVAILABLE") => DeleteSessionError::Unavailable(body),
                        _ => DeleteSessionError::ServiceUnavailableOther(body),
                    })
            };
            raw.failure(error)
        }
        504u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("TIMEOUT") => DeleteSessionError::Timeout(body),
                        _ => DeleteSessionError::GatewayTimeoutOther(body),
                    })
            };
            raw.failure(error)
        }
        _ => {
            let error = DeleteSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_update_session_status(
    raw: RawResponse,
) -> Result<Response<UpdateSessionStatusResponse>, Error<UpdateSessionStatusError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw
                .json::<types::MediaSessionResponse>()
                .map(UpdateSessionStatusResponse::Ok);
            raw.success(body)
        }
        204u16 => {
            let body = Ok(UpdateSessionStatusResponse::NoContent);
            raw.success(body)
        }
        400u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INVALID_ARGUMENT") => {
                            UpdateSessionStatusError::InvalidArgument(body)
                        }
                        Some("OUT_OF_RANGE") => {
                            UpdateSessionStatusError::OutOfRange(body)
                        }
                        _ => UpdateSessionStatusError::BadRequestOther(body),
                    })
            };
            raw.failure(error)
        }
        401u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAUTHENTICATED") => {
                            UpdateSessionStatusError::Unauthenticated(body)
                        }
                        _ => UpdateSessionStatusError::UnauthorizedOther(body),
                    })
            };
            raw.failure(error)
        }
        403u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("PERMISSION_DENIED") => {
                            UpdateSessionStatusError::PermissionDenied(body)
                        }
                        Some("INVALID_TOKEN_CONTEXT") => {
                            UpdateSessionStatusError::InvalidTokenContext(body)
                        }
                        _ => UpdateSessionStatusError::ForbiddenOther(body),
                    })
            };
            raw.failure(error)
        }
        404u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("NOT_FOUND") => UpdateSessionStatusError::NotFound(body),
                        _ => UpdateSessionStatusError::NotFoundOther(body),
                    })
            };
            raw.failure(error)
        }
        500u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INTERNAL") => UpdateSessionStatusError::Internal(body),
                        _ => UpdateSessionStatusError::InternalServerErrorOther(body),
                    })
            };
            raw.failure(error)
        }
        503u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAVAILABLE") => {
                            UpdateSessionStatusError::Unavailable(body)
                        }
                        _ => UpdateSessionStatusError::ServiceUnavailableOther(body),
                    })
            };
            raw.failure(error)
        }
        504u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("TIMEOUT") => UpdateSessionStatusError::Timeout(body),
                        _ => UpdateSessionStatusError::GatewayTimeoutOther(body),
                    })
            };
            raw.failure(error)
        }
        _ => {
            let error = UpdateSessionStatusError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
