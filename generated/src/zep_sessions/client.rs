// @generated from specs/zep_sessions.yaml by `cargo xtask generate`.
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
        name: "apiKeyAuth",
        kind: runtime::SchemeKind::ApiKey {
            location: runtime::ApiKeyLocation::Header,
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
                runtime::Credential::ApiKey {
                    key: runtime::Secret::new(key),
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
                runtime::Credential::ApiKey {
                    key: runtime::Secret::new(key),
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
    /// Add Session
    ///
    /// `POST /sessions` (operationId `addSession`)
    ///
    /// Creates a new session for a user.
    pub async fn add_session(
        &self,
        request: AddSessionRequest,
    ) -> Result<Response<types::Session>, Error<AddSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "addSession",
            method: "POST",
            security: &[&[0usize]],
            idempotent: false,
        };
        let AddSessionRequest { body, options } = request;
        let mut path = String::new();
        path.push_str("/sessions");
        let mut parts = RequestParts::new(path);
        {
            let body = &body;
            parts.json("application/json", body);
        }
        let raw = self.transport.send(&META, parts, options).await?;
        decode_add_session(raw)
    }
    /// Get Session
    ///
    /// `GET /sessions/{sessionId}` (operationId `getSession`)
    ///
    /// Returns the session with the given id.
    pub async fn get_session(
        &self,
        request: GetSessionRequest,
    ) -> Result<Response<types::Session>, Error<GetSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "getSession",
            method: "GET",
            security: &[&[0usize]],
            idempotent: true,
        };
        let GetSessionRequest { session_id, options } = request;
        let mut path = String::new();
        path.push_str("/sessions/");
        path.push_str(
            &runtime::path_param(
                    &session_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "sessionId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        let parts = RequestParts::new(path);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_get_session(raw)
    }
    /// Update Session
    ///
    /// `PATCH /sessions/{sessionId}` (operationId `updateSession`)
    ///
    /// Updates the metadata (and optionally the fact rating instruction) of the session.
    pub async fn update_session(
        &self,
        request: UpdateSessionRequest,
    ) -> Result<Response<types::Session>, Error<UpdateSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "updateSession",
            method: "PATCH",
            security: &[&[0usize]],
            idempotent: false,
        };
        let UpdateSessionRequest { session_id, body, options } = request;
        let mut path = String::new();
        path.push_str("/sessions/");
        path.push_str(
            &runtime::path_param(
                    &session_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "sessionId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        let mut parts = RequestParts::new(path);
        {
            let body = &body;
            parts.json("application/json", body);
        }
        let raw = self.transport.send(&META, parts, options).await?;
        decode_update_session(raw)
    }
    /// Get all sessions with optional page number, page size, order by field and order direction
    ///
    /// `GET /sessions-ordered` (operationId `listSessionsOrdered`)
    ///
    /// Lists the sessions of the project, paginated and ordered.
    pub async fn list_sessions_ordered(
        &self,
        request: ListSessionsOrderedRequest,
    ) -> Result<Response<types::SessionListResponse>, Error<ListSessionsOrderedError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "listSessionsOrdered",
            method: "GET",
            security: &[&[0usize]],
            idempotent: true,
        };
        let ListSessionsOrderedRequest {
            page_number,
            page_size,
            order_by,
            asc,
            options,
        } = request;
        let mut path = String::new();
        path.push_str("/sessions-ordered");
        let mut parts = RequestParts::new(path);
        parts.query("page_number", &page_number, runtime::ParamStyle::Form, true);
        parts.query("page_size", &page_size, runtime::ParamStyle::Form, true);
        parts.query("order_by", &order_by, runtime::ParamStyle::Form, true);
        parts.query("asc", &asc, runtime::ParamStyle::Form, true);
        let raw = self.transport.send(&META, parts, options).await?;
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
        request: EndSessionRequest,
    ) -> Result<Response<types::EndSessionResponse>, Error<EndSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "endSession",
            method: "POST",
            security: &[&[0usize]],
            idempotent: false,
        };
        let EndSessionRequest { session_id, options } = request;
        let mut path = String::new();
        path.push_str("/sessions/");
        path.push_str(
            &runtime::path_param(
                    &session_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "sessionId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        path.push_str("/end");
        let parts = RequestParts::new(path);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_end_session(raw)
    }
    /// Delete Session
    ///
    /// `DELETE /sessions/{sessionId}/memory` (operationId `deleteSessionMemory`)
    ///
    /// Deletes the session and its memory (messages and derived data).
    pub async fn delete_session_memory(
        &self,
        request: DeleteSessionMemoryRequest,
    ) -> Result<Response<types::SuccessResponse>, Error<DeleteSessionMemoryError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "deleteSessionMemory",
            method: "DELETE",
            security: &[&[0usize]],
            idempotent: true,
        };
        let DeleteSessionMemoryRequest { session_id, options } = request;
        let mut path = String::new();
        path.push_str("/sessions/");
        path.push_str(
            &runtime::path_param(
                    &session_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "sessionId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        path.push_str("/memory");
        let parts = RequestParts::new(path);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_delete_session_memory(raw)
    }
}
/// Every operation of the API, implemented by [`Client`]. Write code against this trait to substitute a fake in tests.
pub trait ZepSessionsApi {
    /// Add Session
    ///
    /// `POST /sessions` (operationId `addSession`)
    ///
    /// Creates a new session for a user.
    fn add_session(
        &self,
        request: AddSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<AddSessionError>>,
    > + Send;
    /// Get Session
    ///
    /// `GET /sessions/{sessionId}` (operationId `getSession`)
    ///
    /// Returns the session with the given id.
    fn get_session(
        &self,
        request: GetSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<GetSessionError>>,
    > + Send;
    /// Update Session
    ///
    /// `PATCH /sessions/{sessionId}` (operationId `updateSession`)
    ///
    /// Updates the metadata (and optionally the fact rating instruction) of the session.
    fn update_session(
        &self,
        request: UpdateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<UpdateSessionError>>,
    > + Send;
    /// Get all sessions with optional page number, page size, order by field and order direction
    ///
    /// `GET /sessions-ordered` (operationId `listSessionsOrdered`)
    ///
    /// Lists the sessions of the project, paginated and ordered.
    fn list_sessions_ordered(
        &self,
        request: ListSessionsOrderedRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<types::SessionListResponse>,
            Error<ListSessionsOrderedError>,
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
        request: EndSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::EndSessionResponse>, Error<EndSessionError>>,
    > + Send;
    /// Delete Session
    ///
    /// `DELETE /sessions/{sessionId}/memory` (operationId `deleteSessionMemory`)
    ///
    /// Deletes the session and its memory (messages and derived data).
    fn delete_session_memory(
        &self,
        request: DeleteSessionMemoryRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<types::SuccessResponse>,
            Error<DeleteSessionMemoryError>,
        >,
    > + Send;
}
impl ZepSessionsApi for Client {
    fn add_session(
        &self,
        request: AddSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<AddSessionError>>,
    > + Send {
        Client::add_session(self, request)
    }
    fn get_session(
        &self,
        request: GetSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<GetSessionError>>,
    > + Send {
        Client::get_session(self, request)
    }
    fn update_session(
        &self,
        request: UpdateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<UpdateSessionError>>,
    > + Send {
        Client::update_session(self, request)
    }
    fn list_sessions_ordered(
        &self,
        request: ListSessionsOrderedRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<types::SessionListResponse>,
            Error<ListSessionsOrderedError>,
        >,
    > + Send {
        Client::list_sessions_ordered(self, request)
    }
    fn end_session(
        &self,
        request: EndSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::EndSessionResponse>, Error<EndSessionError>>,
    > + Send {
        Client::end_session(self, request)
    }
    fn delete_session_memory(
        &self,
        request: DeleteSessionMemoryRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<types::SuccessResponse>,
            Error<DeleteSessionMemoryError>,
        >,
    > + Send {
        Client::delete_session_memory(self, request)
    }
}
fn decode_add_session(
    raw: RawResponse,
) -> Result<Response<types::Session>, Error<AddSessionError>> {
    match raw.status.as_u16() {
        201u16 => {
            let body = raw.json::<types::Session>();
            raw.success(body)
        }
        400u16 => {
            let error = raw.json::<types::ApiError>().map(AddSessionError::BadRequest);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(AddSessionError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = AddSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_get_session(
    raw: RawResponse,
) -> Result<Response<types::Session>, Error<GetSessionError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::Session>();
            raw.success(body)
        }
        404u16 => {
            let error = raw.json::<types::ApiError>().map(GetSessionError::NotFound);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(GetSessionError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = GetSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_update_session(
    raw: RawResponse,
) -> Result<Response<types::Session>, Error<UpdateSessionError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::Session>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(UpdateSessionError::BadRequest);
            raw.failure(error)
        }
        404u16 => {
            let error = raw.json::<types::ApiError>().map(UpdateSessionError::NotFound);
            raw.failure(error)
        }
        409u16 => {
            let error = raw.json::<types::ApiError>().map(UpdateSessionError::Conflict);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(UpdateSessionError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = UpdateSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_list_sessions_ordered(
    raw: RawResponse,
) -> Result<Response<types::SessionListResponse>, Error<ListSessionsOrderedError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::SessionListResponse>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(ListSessionsOrderedError::BadRequest);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(ListSessionsOrderedError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = ListSessionsOrderedError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_end_session(
    raw: RawResponse,
) -> Result<Response<types::EndSessionResponse>, Error<EndSessionError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::EndSessionResponse>();
            raw.success(body)
        }
        404u16 => {
            let error = raw.json::<types::ApiError>().map(EndSessionError::NotFound);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(EndSessionError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = EndSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_delete_session_memory(
    raw: RawResponse,
) -> Result<Response<types::SuccessResponse>, Error<DeleteSessionMemoryError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::SuccessResponse>();
            raw.success(body)
        }
        404u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(DeleteSessionMemoryError::NotFound);
            raw.failure(error)
        }
        500u16 => {
            let error = raw
                .json::<types::ApiError>()
                .map(DeleteSessionMemoryError::InternalServerError);
            raw.failure(error)
        }
        _ => {
            let error = DeleteSessionMemoryError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
