// @generated from specs/zep_sessions.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! The client: one method per operation.
//!
//! Nothing is imported here: every item outside this file is named by its full path,
//! so no name from the spec can shadow what the generated code means.
/// The spec's security schemes, in order; operations refer to them by index.
static SCHEMES: &[crate::runtime::SchemeSpec] = &[
    crate::runtime::SchemeSpec {
        name: "apiKeyAuth",
        kind: crate::runtime::SchemeKind::ApiKey {
            location: crate::runtime::ApiKeyLocation::Header,
            name: "Authorization",
            prefix: "Api-Key ",
        },
        env: Some("ZEP_API_KEY"),
    },
];
/// The spec's first server: `https://api.getzep.com/api/v2`.
///
/// Zep Cloud.
pub const DEFAULT_BASE_URL: &str = "https://api.getzep.com/api/v2";
/// Every server URL template the spec lists; variables (`{name}`) of servers after
/// the first are left for you to fill in.
pub const SERVERS: &[&str] = &["https://api.getzep.com/api/v2"];
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
    /// Credentials for the `apiKeyAuth` security scheme.
    ///
    /// The Zep project API key in the `Authorization` header, prefixed with
    /// `Api-Key ` (note the trailing space): `Authorization: Api-Key <key>`.
    /// The vendor extension `x-api-key-prefix` carries that prefix so the
    /// client adds it to the bare key; `x-api-key-env` names the environment
    /// variable the client reads the key from when none is given, as Zep's
    /// own SDKs do.
    ///
    /// Sent in the header `Authorization` as `Api-Key <key>`.
    /// Without one, [`build`](Self::build) reads the key from the environment variable `ZEP_API_KEY`.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.inner = self
            .inner
            .credential(
                0usize,
                crate::runtime::Credential::ApiKey {
                    key: crate::runtime::Secret::new(key),
                    prefix: None,
                },
            );
        self
    }
    /// The API key with a prefix other than the spec's.
    pub fn api_key_with_prefix(
        mut self,
        key: impl Into<String>,
        prefix: impl Into<String>,
    ) -> Self {
        self.inner = self
            .inner
            .credential(
                0usize,
                crate::runtime::Credential::ApiKey {
                    key: crate::runtime::Secret::new(key),
                    prefix: Some(prefix.into()),
                },
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
    /// Add Session
    ///
    /// `POST /sessions` (operationId `addSession`)
    ///
    /// Creates a new session for a user.
    pub async fn add_session(
        &self,
        request: super::operations::AddSessionRequest,
    ) -> Result<
        crate::runtime::Response<super::types::Session>,
        crate::runtime::Error<super::operations::AddSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "addSession",
            method: "POST",
            path: "/sessions",
            params: &[],
            security: &[&[0]],
            idempotent: false,
        };
        let params = [];
        let raw = self
            .transport
            .send(
                &META,
                &params,
                Some(crate::runtime::Body::json("application/json", &request.body)),
                request.options,
            )
            .await?;
        decode_add_session(raw)
    }
    /// Get Session
    ///
    /// `GET /sessions/{sessionId}` (operationId `getSession`)
    ///
    /// Returns the session with the given id.
    pub async fn get_session(
        &self,
        request: super::operations::GetSessionRequest,
    ) -> Result<
        crate::runtime::Response<super::types::Session>,
        crate::runtime::Error<super::operations::GetSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "getSession",
            method: "GET",
            path: "/sessions/{0}",
            params: &[crate::runtime::ParamSpec::path("sessionId")],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [crate::runtime::param(&request.session_id)];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_get_session(raw)
    }
    /// Update Session
    ///
    /// `PATCH /sessions/{sessionId}` (operationId `updateSession`)
    ///
    /// Updates the metadata (and optionally the fact rating instruction) of the session.
    pub async fn update_session(
        &self,
        request: super::operations::UpdateSessionRequest,
    ) -> Result<
        crate::runtime::Response<super::types::Session>,
        crate::runtime::Error<super::operations::UpdateSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "updateSession",
            method: "PATCH",
            path: "/sessions/{0}",
            params: &[crate::runtime::ParamSpec::path("sessionId")],
            security: &[&[0]],
            idempotent: false,
        };
        let params = [crate::runtime::param(&request.session_id)];
        let raw = self
            .transport
            .send(
                &META,
                &params,
                Some(crate::runtime::Body::json("application/json", &request.body)),
                request.options,
            )
            .await?;
        decode_update_session(raw)
    }
    /// Get all sessions with optional page number, page size, order by field and order direction
    ///
    /// `GET /sessions-ordered` (operationId `listSessionsOrdered`)
    ///
    /// Lists the sessions of the project, paginated and ordered.
    pub async fn list_sessions_ordered(
        &self,
        request: super::operations::ListSessionsOrderedRequest,
    ) -> Result<
        crate::runtime::Response<super::types::SessionListResponse>,
        crate::runtime::Error<super::operations::ListSessionsOrderedError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "listSessionsOrdered",
            method: "GET",
            path: "/sessions-ordered",
            params: &[
                crate::runtime::ParamSpec::query(
                    "page_number",
                    crate::runtime::ParamStyle::Form,
                    true,
                ),
                crate::runtime::ParamSpec::query(
                    "page_size",
                    crate::runtime::ParamStyle::Form,
                    true,
                ),
                crate::runtime::ParamSpec::query(
                    "order_by",
                    crate::runtime::ParamStyle::Form,
                    true,
                ),
                crate::runtime::ParamSpec::query(
                    "asc",
                    crate::runtime::ParamStyle::Form,
                    true,
                ),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.page_number),
            crate::runtime::param(&request.page_size),
            crate::runtime::param(&request.order_by),
            crate::runtime::param(&request.asc),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_list_sessions_ordered(raw)
    }
    /// End Session
    ///
    /// `POST /sessions/{sessionId}/end` (operationId `endSession`)
    ///
    /// Ends the session. Returns the ended session (with `ended_at` set) and,
    /// when the session was classified on end, the classification.
    pub async fn end_session(
        &self,
        request: super::operations::EndSessionRequest,
    ) -> Result<
        crate::runtime::Response<super::types::EndSessionResponse>,
        crate::runtime::Error<super::operations::EndSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "endSession",
            method: "POST",
            path: "/sessions/{0}/end",
            params: &[crate::runtime::ParamSpec::path("sessionId")],
            security: &[&[0]],
            idempotent: false,
        };
        let params = [crate::runtime::param(&request.session_id)];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_end_session(raw)
    }
    /// Delete Session
    ///
    /// `DELETE /sessions/{sessionId}/memory` (operationId `deleteSessionMemory`)
    ///
    /// Deletes the session and its memory (messages and derived data).
    pub async fn delete_session_memory(
        &self,
        request: super::operations::DeleteSessionMemoryRequest,
    ) -> Result<
        crate::runtime::Response<super::types::SuccessResponse>,
        crate::runtime::Error<super::operations::DeleteSessionMemoryError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "deleteSessionMemory",
            method: "DELETE",
            path: "/sessions/{0}/memory",
            params: &[crate::runtime::ParamSpec::path("sessionId")],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [crate::runtime::param(&request.session_id)];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_delete_session_memory(raw)
    }
}
/// Every operation of the API, implemented by [`Client`]. Write code against this trait to substitute a fake in tests.
#[allow(clippy::new_ret_no_self, clippy::wrong_self_convention)]
pub trait ZepSessionsApi {
    /// Add Session
    ///
    /// `POST /sessions` (operationId `addSession`)
    ///
    /// Creates a new session for a user.
    fn add_session(
        &self,
        request: super::operations::AddSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Session>,
            crate::runtime::Error<super::operations::AddSessionError>,
        >,
    > + Send;
    /// Get Session
    ///
    /// `GET /sessions/{sessionId}` (operationId `getSession`)
    ///
    /// Returns the session with the given id.
    fn get_session(
        &self,
        request: super::operations::GetSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Session>,
            crate::runtime::Error<super::operations::GetSessionError>,
        >,
    > + Send;
    /// Update Session
    ///
    /// `PATCH /sessions/{sessionId}` (operationId `updateSession`)
    ///
    /// Updates the metadata (and optionally the fact rating instruction) of the session.
    fn update_session(
        &self,
        request: super::operations::UpdateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Session>,
            crate::runtime::Error<super::operations::UpdateSessionError>,
        >,
    > + Send;
    /// Get all sessions with optional page number, page size, order by field and order direction
    ///
    /// `GET /sessions-ordered` (operationId `listSessionsOrdered`)
    ///
    /// Lists the sessions of the project, paginated and ordered.
    fn list_sessions_ordered(
        &self,
        request: super::operations::ListSessionsOrderedRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::SessionListResponse>,
            crate::runtime::Error<super::operations::ListSessionsOrderedError>,
        >,
    > + Send;
    /// End Session
    ///
    /// `POST /sessions/{sessionId}/end` (operationId `endSession`)
    ///
    /// Ends the session. Returns the ended session (with `ended_at` set) and,
    /// when the session was classified on end, the classification.
    fn end_session(
        &self,
        request: super::operations::EndSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::EndSessionResponse>,
            crate::runtime::Error<super::operations::EndSessionError>,
        >,
    > + Send;
    /// Delete Session
    ///
    /// `DELETE /sessions/{sessionId}/memory` (operationId `deleteSessionMemory`)
    ///
    /// Deletes the session and its memory (messages and derived data).
    fn delete_session_memory(
        &self,
        request: super::operations::DeleteSessionMemoryRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::SuccessResponse>,
            crate::runtime::Error<super::operations::DeleteSessionMemoryError>,
        >,
    > + Send;
}
impl ZepSessionsApi for Client {
    fn add_session(
        &self,
        request: super::operations::AddSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Session>,
            crate::runtime::Error<super::operations::AddSessionError>,
        >,
    > + Send {
        Client::add_session(self, request)
    }
    fn get_session(
        &self,
        request: super::operations::GetSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Session>,
            crate::runtime::Error<super::operations::GetSessionError>,
        >,
    > + Send {
        Client::get_session(self, request)
    }
    fn update_session(
        &self,
        request: super::operations::UpdateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Session>,
            crate::runtime::Error<super::operations::UpdateSessionError>,
        >,
    > + Send {
        Client::update_session(self, request)
    }
    fn list_sessions_ordered(
        &self,
        request: super::operations::ListSessionsOrderedRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::SessionListResponse>,
            crate::runtime::Error<super::operations::ListSessionsOrderedError>,
        >,
    > + Send {
        Client::list_sessions_ordered(self, request)
    }
    fn end_session(
        &self,
        request: super::operations::EndSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::EndSessionResponse>,
            crate::runtime::Error<super::operations::EndSessionError>,
        >,
    > + Send {
        Client::end_session(self, request)
    }
    fn delete_session_memory(
        &self,
        request: super::operations::DeleteSessionMemoryRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::SuccessResponse>,
            crate::runtime::Error<super::operations::DeleteSessionMemoryError>,
        >,
    > + Send {
        Client::delete_session_memory(self, request)
    }
}
fn decode_add_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::Session>,
    crate::runtime::Error<super::operations::AddSessionError>,
> {
    match raw.status.as_u16() {
        201u16 => {
            let body = raw.json::<super::types::Session>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::AddSessionError::BadRequest);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::AddSessionError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::AddSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_get_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::Session>,
    crate::runtime::Error<super::operations::GetSessionError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::Session>();
            raw.success(body)
        }
        404u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::GetSessionError::NotFound);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::GetSessionError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::GetSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_update_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::Session>,
    crate::runtime::Error<super::operations::UpdateSessionError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::Session>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::UpdateSessionError::BadRequest);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::UpdateSessionError::NotFound);
            raw.failure(error)
        }
        409u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::UpdateSessionError::Conflict);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::UpdateSessionError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::UpdateSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_list_sessions_ordered(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::SessionListResponse>,
    crate::runtime::Error<super::operations::ListSessionsOrderedError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::SessionListResponse>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::ListSessionsOrderedError::BadRequest);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::ListSessionsOrderedError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::ListSessionsOrderedError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_end_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::EndSessionResponse>,
    crate::runtime::Error<super::operations::EndSessionError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::EndSessionResponse>();
            raw.success(body)
        }
        404u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::EndSessionError::NotFound);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::EndSessionError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::EndSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_delete_session_memory(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::SuccessResponse>,
    crate::runtime::Error<super::operations::DeleteSessionMemoryError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::SuccessResponse>();
            raw.success(body)
        }
        404u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::DeleteSessionMemoryError::NotFound);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<super::types::ApiError>()
                .map(super::operations::DeleteSessionMemoryError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::DeleteSessionMemoryError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
