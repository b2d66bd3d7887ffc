// @generated from specs/camara_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! The client: one method per operation.
//!
//! Nothing is imported here: every item outside this file is named by its full path,
//! so no name from the spec can shadow what the generated code means.
/// The spec's security schemes, in order; operations refer to them by index.
static SCHEMES: &[crate::runtime::SchemeSpec] = &[
    crate::runtime::SchemeSpec {
        name: "openId",
        kind: crate::runtime::SchemeKind::Bearer,
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
    inner: crate::runtime::TransportBuilder,
}
impl Default for ClientBuilder {
    fn default() -> Self {
        Self::new()
    }
}
impl ClientBuilder {
    /// Defaults: [`DEFAULT_BASE_URL`], a 60 s timeout per attempt
    /// ([`DEFAULT_TIMEOUT`](crate::runtime::DEFAULT_TIMEOUT)),
    /// [`RetryPolicy::default`](crate::runtime::RetryPolicy::default) (2 retries of idempotent
    /// operations on connection failures, timeouts and 408, 429, 502, 503, 504), and a
    /// `User-Agent` naming this crate and its version.
    pub fn new() -> Self {
        ClientBuilder {
            inner: crate::runtime::TransportBuilder::new(
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
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
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
    pub fn http_client(mut self, client: ::reqwest::Client) -> Self {
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
            .credential(
                0usize,
                crate::runtime::Credential::Token(crate::runtime::Secret::new(token)),
            );
        self
    }
    /// A provider asked for a bearer token before every request (token refresh, OAuth 2 flows).
    pub fn token_provider(
        mut self,
        provider: impl crate::runtime::TokenProvider + 'static,
    ) -> Self {
        self.inner = self
            .inner
            .credential(
                0usize,
                crate::runtime::Credential::TokenProvider(
                    ::std::sync::Arc::new(provider),
                ),
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
    transport: crate::runtime::Transport,
}
#[allow(clippy::new_ret_no_self, clippy::wrong_self_convention)]
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
        request: super::operations::CreateSessionRequest,
    ) -> Result<
        crate::runtime::Response<super::types::MediaSessionResponse>,
        crate::runtime::Error<super::operations::CreateSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "createSession",
            method: "POST",
            path: "/sessions",
            params: &[
                crate::runtime::ParamSpec::header("registrationId"),
                crate::runtime::ParamSpec::header("x-correlator"),
            ],
            security: &[&[0]],
            idempotent: false,
        };
        let params = [
            crate::runtime::param(&request.registration_id),
            crate::runtime::param(&request.x_correlator),
        ];
        let raw = self
            .transport
            .send(
                &META,
                &params,
                Some(crate::runtime::Body::json("application/json", &request.body)),
                request.options,
            )
            .await?;
        decode_create_session(raw)
    }
    /// Get the information of a media session
    ///
    /// `GET /sessions/{mediaSessionId}` (operationId `getSessionDetailsById`)
    ///
    /// Returns the current information of the media session, including its status and SDP offer/answer.
    pub async fn get_session_details_by_id(
        &self,
        request: super::operations::GetSessionDetailsByIdRequest,
    ) -> Result<
        crate::runtime::Response<super::types::MediaSessionResponse>,
        crate::runtime::Error<super::operations::GetSessionDetailsByIdError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "getSessionDetailsById",
            method: "GET",
            path: "/sessions/{0}",
            params: &[
                crate::runtime::ParamSpec::path("mediaSessionId"),
                crate::runtime::ParamSpec::header("x-correlator"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.media_session_id),
            crate::runtime::param(&request.x_correlator),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_get_session_details_by_id(raw)
    }
    /// Terminate and delete a media session
    ///
    /// `DELETE /sessions/{mediaSessionId}` (operationId `deleteSessionById`)
    ///
    /// Terminates the media session (hanging up the call if it is in progress) and deletes it.
    pub async fn delete_session_by_id(
        &self,
        request: super::operations::DeleteSessionByIdRequest,
    ) -> Result<
        crate::runtime::Response<()>,
        crate::runtime::Error<super::operations::DeleteSessionByIdError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "deleteSessionById",
            method: "DELETE",
            path: "/sessions/{0}",
            params: &[
                crate::runtime::ParamSpec::path("mediaSessionId"),
                crate::runtime::ParamSpec::header("x-correlator"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.media_session_id),
            crate::runtime::param(&request.x_correlator),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_delete_session_by_id(raw)
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
        request: super::operations::UpdateSessionStatusRequest,
    ) -> Result<
        crate::runtime::Response<super::operations::UpdateSessionStatusResponse>,
        crate::runtime::Error<super::operations::UpdateSessionStatusError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "updateSessionStatus",
            method: "PUT",
            path: "/sessions/{0}/status",
            params: &[
                crate::runtime::ParamSpec::path("mediaSessionId"),
                crate::runtime::ParamSpec::header("x-correlator"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.media_session_id),
            crate::runtime::param(&request.x_correlator),
        ];
        let raw = self
            .transport
            .send(
                &META,
                &params,
                Some(crate::runtime::Body::json("application/json", &request.body)),
                request.options,
            )
            .await?;
        decode_update_session_status(raw)
    }
}
/// Every operation of the API, implemented by [`Client`]. Write code against this trait to substitute a fake in tests.
#[allow(clippy::new_ret_no_self, clippy::wrong_self_convention)]
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
        request: super::operations::CreateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::MediaSessionResponse>,
            crate::runtime::Error<super::operations::CreateSessionError>,
        >,
    > + Send;
    /// Get the information of a media session
    ///
    /// `GET /sessions/{mediaSessionId}` (operationId `getSessionDetailsById`)
    ///
    /// Returns the current information of the media session, including its status and SDP offer/answer.
    fn get_session_details_by_id(
        &self,
        request: super::operations::GetSessionDetailsByIdRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::MediaSessionResponse>,
            crate::runtime::Error<super::operations::GetSessionDetailsByIdError>,
        >,
    > + Send;
    /// Terminate and delete a media session
    ///
    /// `DELETE /sessions/{mediaSessionId}` (operationId `deleteSessionById`)
    ///
    /// Terminates the media session (hanging up the call if it is in progress) and deletes it.
    fn delete_session_by_id(
        &self,
        request: super::operations::DeleteSessionByIdRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::DeleteSessionByIdError>,
        >,
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
        request: super::operations::UpdateSessionStatusRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::operations::UpdateSessionStatusResponse>,
            crate::runtime::Error<super::operations::UpdateSessionStatusError>,
        >,
    > + Send;
}
impl CamaraWebrtcApi for Client {
    fn create_session(
        &self,
        request: super::operations::CreateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::MediaSessionResponse>,
            crate::runtime::Error<super::operations::CreateSessionError>,
        >,
    > + Send {
        Client::create_session(self, request)
    }
    fn get_session_details_by_id(
        &self,
        request: super::operations::GetSessionDetailsByIdRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::MediaSessionResponse>,
            crate::runtime::Error<super::operations::GetSessionDetailsByIdError>,
        >,
    > + Send {
        Client::get_session_details_by_id(self, request)
    }
    fn delete_session_by_id(
        &self,
        request: super::operations::DeleteSessionByIdRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::DeleteSessionByIdError>,
        >,
    > + Send {
        Client::delete_session_by_id(self, request)
    }
    fn update_session_status(
        &self,
        request: super::operations::UpdateSessionStatusRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::operations::UpdateSessionStatusResponse>,
            crate::runtime::Error<super::operations::UpdateSessionStatusError>,
        >,
    > + Send {
        Client::update_session_status(self, request)
    }
}
fn decode_create_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::MediaSessionResponse>,
    crate::runtime::Error<super::operations::CreateSessionError>,
> {
    match raw.status.as_u16() {
        201u16 => {
            let body = raw.json::<super::types::MediaSessionResponse>();
            raw.success(body)
        }
        400u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INVALID_ARGUMENT") => {
                            super::operations::CreateSessionError::InvalidArgument(body)
                        }
                        Some("OUT_OF_RANGE") => {
                            super::operations::CreateSessionError::OutOfRange(body)
                        }
                        _ => super::operations::CreateSessionError::BadRequestOther(body),
                    })
            };
            raw.failure(error)
        }
        401u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAUTHENTICATED") => {
                            super::operations::CreateSessionError::Unauthenticated(body)
                        }
                        _ => {
                            super::operations::CreateSessionError::UnauthorizedOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        403u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("PERMISSION_DENIED") => {
                            super::operations::CreateSessionError::PermissionDenied(body)
                        }
                        Some("INVALID_TOKEN_CONTEXT") => {
                            super::operations::CreateSessionError::InvalidTokenContext(
                                body,
                            )
                        }
                        _ => super::operations::CreateSessionError::ForbiddenOther(body),
                    })
            };
            raw.failure(error)
        }
        429u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("QUOTA_EXCEEDED") => {
                            super::operations::CreateSessionError::QuotaExceeded(body)
                        }
                        Some("TOO_MANY_REQUESTS") => {
                            super::operations::CreateSessionError::TooManyRequests(body)
                        }
                        _ => {
                            super::operations::CreateSessionError::TooManyRequestsOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        500u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INTERNAL") => {
                            super::operations::CreateSessionError::Internal(body)
                        }
                        _ => {
                            super::operations::CreateSessionError::InternalServerErrorOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        501u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("CALLTYPE_EMERGENCY_NOT_SUPPORTED") => {
                            super::operations::CreateSessionError::CalltypeEmergencyNotSupported(
                                body,
                            )
                        }
                        _ => {
                            super::operations::CreateSessionError::NotImplementedOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        503u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAVAILABLE") => {
                            super::operations::CreateSessionError::Unavailable(body)
                        }
                        _ => {
                            super::operations::CreateSessionError::ServiceUnavailableOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        504u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("TIMEOUT") => {
                            super::operations::CreateSessionError::Timeout(body)
                        }
                        _ => {
                            super::operations::CreateSessionError::GatewayTimeoutOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        _ => {
            let error = super::operations::CreateSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_get_session_details_by_id(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::MediaSessionResponse>,
    crate::runtime::Error<super::operations::GetSessionDetailsByIdError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::MediaSessionResponse>();
            raw.success(body)
        }
        400u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INVALID_ARGUMENT") => {
                            super::operations::GetSessionDetailsByIdError::InvalidArgument(
                                body,
                            )
                        }
                        Some("OUT_OF_RANGE") => {
                            super::operations::GetSessionDetailsByIdError::OutOfRange(
                                body,
                            )
                        }
                        _ => {
                            super::operations::GetSessionDetailsByIdError::BadRequestOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        401u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAUTHENTICATED") => {
                            super::operations::GetSessionDetailsByIdError::Unauthenticated(
                                body,
                            )
                        }
                        _ => {
                            super::operations::GetSessionDetailsByIdError::UnauthorizedOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        403u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("PERMISSION_DENIED") => {
                            super::operations::GetSessionDetailsByIdError::PermissionDenied(
                                body,
                            )
                        }
                        Some("INVALID_TOKEN_CONTEXT") => {
                            super::operations::GetSessionDetailsByIdError::InvalidTokenContext(
                                body,
                            )
                        }
                        _ => {
                            super::operations::GetSessionDetailsByIdError::ForbiddenOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        404u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("NOT_FOUND") => {
                            super::operations::GetSessionDetailsByIdError::NotFound(body)
                        }
                        Some("IDENTIFIER_NOT_FOUND") => {
                            super::operations::GetSessionDetailsByIdError::IdentifierNotFound(
                                body,
                            )
                        }
                        _ => {
                            super::operations::GetSessionDetailsByIdError::NotFoundOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        500u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INTERNAL") => {
                            super::operations::GetSessionDetailsByIdError::Internal(body)
                        }
                        _ => {
                            super::operations::GetSessionDetailsByIdError::InternalServerErrorOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        503u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAVAILABLE") => {
                            super::operations::GetSessionDetailsByIdError::Unavailable(
                                body,
                            )
                        }
                        _ => {
                            super::operations::GetSessionDetailsByIdError::ServiceUnavailableOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        504u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("TIMEOUT") => {
                            super::operations::GetSessionDetailsByIdError::Timeout(body)
                        }
                        _ => {
                            super::operations::GetSessionDetailsByIdError::GatewayTimeoutOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        _ => {
            let error = super::operations::GetSessionDetailsByIdError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_delete_session_by_id(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<()>,
    crate::runtime::Error<super::operations::DeleteSessionByIdError>,
> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INVALID_ARGUMENT") => {
                            super::operations::DeleteSessionByIdError::InvalidArgument(
                                body,
                            )
                        }
                        Some("OUT_OF_RANGE") => {
                            super::operations::DeleteSessionByIdError::OutOfRange(body)
                        }
                        _ => {
                            super::operations::DeleteSessionByIdError::BadRequestOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        401u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAUTHENTICATED") => {
                            super::operations::DeleteSessionByIdError::Unauthenticated(
                                body,
                            )
                        }
                        _ => {
                            super::operations::DeleteSessionByIdError::UnauthorizedOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        403u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("PERMISSION_DENIED") => {
                            super::operations::DeleteSessionByIdError::PermissionDenied(
                                body,
                            )
                        }
                        Some("INVALID_TOKEN_CONTEXT") => {
                            super::operations::DeleteSessionByIdError::InvalidTokenContext(
                                body,
                            )
                        }
                        _ => {
                            super::operations::DeleteSessionByIdError::ForbiddenOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        404u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("NOT_FOUND") => {
                            super::operations::DeleteSessionByIdError::NotFound(body)
                        }
                        Some("IDENTIFIER_NOT_FOUND") => {
                            super::operations::DeleteSessionByIdError::IdentifierNotFound(
                                body,
                            )
                        }
                        _ => {
                            super::operations::DeleteSessionByIdError::NotFoundOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        500u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INTERNAL") => {
                            super::operations::DeleteSessionByIdError::Internal(body)
                        }
                        _ => {
                            super::operations::DeleteSessionByIdError::InternalServerErrorOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        503u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAVAILABLE") => {
                            super::operations::DeleteSessionByIdError::Unavailable(body)
                        }
                        _ => {
                            super::operations::DeleteSessionByIdError::ServiceUnavailableOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        504u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("TIMEOUT") => {
                            super::operations::DeleteSessionByIdError::Timeout(body)
                        }
                        _ => {
                            super::operations::DeleteSessionByIdError::GatewayTimeoutOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        _ => {
            let error = super::operations::DeleteSessionByIdError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_update_session_status(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::operations::UpdateSessionStatusResponse>,
    crate::runtime::Error<super::operations::UpdateSessionStatusError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw
                .json::<super::types::MediaSessionResponse>()
                .map(super::operations::UpdateSessionStatusResponse::Ok);
            raw.success(body)
        }
        204u16 => {
            let body = Ok(super::operations::UpdateSessionStatusResponse::NoContent);
            raw.success(body)
        }
        400u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INVALID_ARGUMENT") => {
                            super::operations::UpdateSessionStatusError::InvalidArgument(
                                body,
                            )
                        }
                        Some("OUT_OF_RANGE") => {
                            super::operations::UpdateSessionStatusError::OutOfRange(body)
                        }
                        _ => {
                            super::operations::UpdateSessionStatusError::BadRequestOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        401u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAUTHENTICATED") => {
                            super::operations::UpdateSessionStatusError::Unauthenticated(
                                body,
                            )
                        }
                        _ => {
                            super::operations::UpdateSessionStatusError::UnauthorizedOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        403u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("PERMISSION_DENIED") => {
                            super::operations::UpdateSessionStatusError::PermissionDenied(
                                body,
                            )
                        }
                        Some("INVALID_TOKEN_CONTEXT") => {
                            super::operations::UpdateSessionStatusError::InvalidTokenContext(
                                body,
                            )
                        }
                        _ => {
                            super::operations::UpdateSessionStatusError::ForbiddenOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        404u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("NOT_FOUND") => {
                            super::operations::UpdateSessionStatusError::NotFound(body)
                        }
                        Some("IDENTIFIER_NOT_FOUND") => {
                            super::operations::UpdateSessionStatusError::IdentifierNotFound(
                                body,
                            )
                        }
                        _ => {
                            super::operations::UpdateSessionStatusError::NotFoundOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        500u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("INTERNAL") => {
                            super::operations::UpdateSessionStatusError::Internal(body)
                        }
                        _ => {
                            super::operations::UpdateSessionStatusError::InternalServerErrorOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        503u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("UNAVAILABLE") => {
                            super::operations::UpdateSessionStatusError::Unavailable(
                                body,
                            )
                        }
                        _ => {
                            super::operations::UpdateSessionStatusError::ServiceUnavailableOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        504u16 => {
            let error = {
                let field = raw.json_field("code");
                raw.json::<super::types::ErrorInfo>()
                    .map(|body| match field.as_deref() {
                        Some("TIMEOUT") => {
                            super::operations::UpdateSessionStatusError::Timeout(body)
                        }
                        _ => {
                            super::operations::UpdateSessionStatusError::GatewayTimeoutOther(
                                body,
                            )
                        }
                    })
            };
            raw.failure(error)
        }
        _ => {
            let error = super::operations::UpdateSessionStatusError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
