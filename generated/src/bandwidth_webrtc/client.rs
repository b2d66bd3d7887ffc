// @generated from specs/bandwidth_webrtc.yaml by `cargo xtask generate`.
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
        name: "basicAuth",
        kind: runtime::SchemeKind::Basic,
        env: None,
    },
];
/// The spec's first server: `https://api.webrtc.bandwidth.com/v1`.
///
/// Bandwidth WebRTC production environment.
pub const DEFAULT_BASE_URL: &str = "https://api.webrtc.bandwidth.com/v1";
/// Every server URL template the spec lists; variables (`{name}`) of servers after
/// the first are left for you to fill in.
pub const SERVERS: &[&str] = &["https://api.webrtc.bandwidth.com/v1"];
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
    /// Credentials for the `basicAuth` security scheme.
    ///
    /// HTTP Basic authentication with the Bandwidth Dashboard API user name and password.
    pub fn basic_auth(
        mut self,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        self.inner = self
            .inner
            .credential(
                0usize,
                runtime::Credential::Basic {
                    username: username.into(),
                    password: runtime::Secret::new(password),
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
    /// Create a new session
    ///
    /// `POST /accounts/{accountId}/sessions` (operationId `createSession`)
    ///
    /// Creates a new session on the account.
    ///
    /// Sessions are idempotent, so relevant parameters (such as `tag`) must be
    /// set in this call if desired. Because of that the operation is marked
    /// with the vendor extension `x-idempotent: true`, which tells the client
    /// that it may safely retry it. The request body is optional; without one
    /// an untagged session is created.
    ///
    /// Marked idempotent by the spec (`x-idempotent`): retried like GET, PUT and DELETE.
    pub async fn create_session(
        &self,
        request: CreateSessionRequest,
    ) -> Result<Response<types::Session>, Error<CreateSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "createSession",
            method: "POST",
            security: &[&[0usize]],
            idempotent: true,
        };
        let CreateSessionRequest { account_id, body, options } = request;
        let mut path = String::new();
        path.push_str("/accounts/");
        path.push_str(
            &runtime::path_param(
                    &account_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "accountId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        path.push_str("/sessions");
        let mut parts = RequestParts::new(path);
        if let Some(body) = &body {
            parts.json("application/json", body);
        }
        let raw = self.transport.send(&META, parts, options).await?;
        decode_create_session(raw)
    }
    /// Get a session
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}` (operationId `getSession`)
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
        let GetSessionRequest { account_id, session_id, options } = request;
        let mut path = String::new();
        path.push_str("/accounts/");
        path.push_str(
            &runtime::path_param(
                    &account_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "accountId",
                )
                .map_err(Error::InvalidRequest)?,
        );
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
    /// Delete a session
    ///
    /// `DELETE /accounts/{accountId}/sessions/{sessionId}` (operationId `deleteSession`)
    ///
    /// Deletes the session with the given id. Participants in the session are
    /// removed from it but are not deleted.
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
        let DeleteSessionRequest { account_id, session_id, options } = request;
        let mut path = String::new();
        path.push_str("/accounts/");
        path.push_str(
            &runtime::path_param(
                    &account_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "accountId",
                )
                .map_err(Error::InvalidRequest)?,
        );
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
        decode_delete_session(raw)
    }
    /// List participants in a session
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}/participants` (operationId `listParticipants`)
    ///
    /// Lists the participants currently in the session. Returns `204` with no
    /// body when the session has no participants.
    pub async fn list_participants(
        &self,
        request: ListParticipantsRequest,
    ) -> Result<Response<ListParticipantsResponse>, Error<ListParticipantsError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "listParticipants",
            method: "GET",
            security: &[&[0usize]],
            idempotent: true,
        };
        let ListParticipantsRequest { account_id, session_id, options } = request;
        let mut path = String::new();
        path.push_str("/accounts/");
        path.push_str(
            &runtime::path_param(
                    &account_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "accountId",
                )
                .map_err(Error::InvalidRequest)?,
        );
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
        path.push_str("/participants");
        let parts = RequestParts::new(path);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_list_participants(raw)
    }
    /// Add a participant to a session
    ///
    /// `PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}` (operationId `addParticipantToSession`)
    ///
    /// Adds the participant to the session. The optional body sets the
    /// participant's subscriptions within the session; without a body the
    /// participant subscribes to everyone in the session.
    pub async fn add_participant_to_session(
        &self,
        request: AddParticipantToSessionRequest,
    ) -> Result<Response<()>, Error<AddParticipantToSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "addParticipantToSession",
            method: "PUT",
            security: &[&[0usize]],
            idempotent: true,
        };
        let AddParticipantToSessionRequest {
            account_id,
            session_id,
            participant_id,
            body,
            options,
        } = request;
        let mut path = String::new();
        path.push_str("/accounts/");
        path.push_str(
            &runtime::path_param(
                    &account_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "accountId",
                )
                .map_err(Error::InvalidRequest)?,
        );
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
        path.push_str("/participants/");
        path.push_str(
            &runtime::path_param(
                    &participant_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "participantId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        let mut parts = RequestParts::new(path);
        if let Some(body) = &body {
            parts.json("application/json", body);
        }
        let raw = self.transport.send(&META, parts, options).await?;
        decode_add_participant_to_session(raw)
    }
    /// Remove a participant from a session
    ///
    /// `DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}` (operationId `removeParticipantFromSession`)
    ///
    /// Removes the participant from the session. The participant itself is not deleted.
    pub async fn remove_participant_from_session(
        &self,
        request: RemoveParticipantFromSessionRequest,
    ) -> Result<Response<()>, Error<RemoveParticipantFromSessionError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "removeParticipantFromSession",
            method: "DELETE",
            security: &[&[0usize]],
            idempotent: true,
        };
        let RemoveParticipantFromSessionRequest {
            account_id,
            session_id,
            participant_id,
            options,
        } = request;
        let mut path = String::new();
        path.push_str("/accounts/");
        path.push_str(
            &runtime::path_param(
                    &account_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "accountId",
                )
                .map_err(Error::InvalidRequest)?,
        );
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
        path.push_str("/participants/");
        path.push_str(
            &runtime::path_param(
                    &participant_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "participantId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        let parts = RequestParts::new(path);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_remove_participant_from_session(raw)
    }
    /// Create a participant
    ///
    /// `POST /accounts/{accountId}/participants` (operationId `createParticipant`)
    ///
    /// Creates a new participant on the account and returns it together with
    /// the device token the participant's client uses to connect.
    pub async fn create_participant(
        &self,
        request: CreateParticipantRequest,
    ) -> Result<
        Response<types::AccountsParticipantsResponse>,
        Error<CreateParticipantError>,
    > {
        const META: OperationMeta = OperationMeta {
            operation_id: "createParticipant",
            method: "POST",
            security: &[&[0usize]],
            idempotent: false,
        };
        let CreateParticipantRequest { account_id, body, options } = request;
        let mut path = String::new();
        path.push_str("/accounts/");
        path.push_str(
            &runtime::path_param(
                    &account_id,
                    runtime::ParamStyle::Simple,
                    false,
                    "accountId",
                )
                .map_err(Error::InvalidRequest)?,
        );
        path.push_str("/participants");
        let mut parts = RequestParts::new(path);
        if let Some(body) = &body {
            parts.json("application/json", body);
        }
        let raw = self.transport.send(&META, parts, options).await?;
        decode_create_participant(raw)
    }
}
/// Every operation of the API, implemented by [`Client`]. Write code against this trait to substitute a fake in tests.
pub trait BandwidthWebrtcApi {
    /// Create a new session
    ///
    /// `POST /accounts/{accountId}/sessions` (operationId `createSession`)
    ///
    /// Creates a new session on the account.
    ///
    /// Sessions are idempotent, so relevant parameters (such as `tag`) must be
    /// set in this call if desired. Because of that the operation is marked
    /// with the vendor extension `x-idempotent: true`, which tells the client
    /// that it may safely retry it. The request body is optional; without one
    /// an untagged session is created.
    ///
    /// Marked idempotent by the spec (`x-idempotent`): retried like GET, PUT and DELETE.
    fn create_session(
        &self,
        request: CreateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<CreateSessionError>>,
    > + Send;
    /// Get a session
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}` (operationId `getSession`)
    ///
    /// Returns the session with the given id.
    fn get_session(
        &self,
        request: GetSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<GetSessionError>>,
    > + Send;
    /// Delete a session
    ///
    /// `DELETE /accounts/{accountId}/sessions/{sessionId}` (operationId `deleteSession`)
    ///
    /// Deletes the session with the given id. Participants in the session are
    /// removed from it but are not deleted.
    fn delete_session(
        &self,
        request: DeleteSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<()>, Error<DeleteSessionError>>,
    > + Send;
    /// List participants in a session
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}/participants` (operationId `listParticipants`)
    ///
    /// Lists the participants currently in the session. Returns `204` with no
    /// body when the session has no participants.
    fn list_participants(
        &self,
        request: ListParticipantsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<ListParticipantsResponse>, Error<ListParticipantsError>>,
    > + Send;
    /// Add a participant to a session
    ///
    /// `PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}` (operationId `addParticipantToSession`)
    ///
    /// Adds the participant to the session. The optional body sets the
    /// participant's subscriptions within the session; without a body the
    /// participant subscribes to everyone in the session.
    fn add_participant_to_session(
        &self,
        request: AddParticipantToSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<()>, Error<AddParticipantToSessionError>>,
    > + Send;
    /// Remove a participant from a session
    ///
    /// `DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}` (operationId `removeParticipantFromSession`)
    ///
    /// Removes the participant from the session. The participant itself is not deleted.
    fn remove_participant_from_session(
        &self,
        request: RemoveParticipantFromSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<()>, Error<RemoveParticipantFromSessionError>>,
    > + Send;
    /// Create a participant
    ///
    /// `POST /accounts/{accountId}/participants` (operationId `createParticipant`)
    ///
    /// Creates a new participant on the account and returns it together with
    /// the device token the participant's client uses to connect.
    fn create_participant(
        &self,
        request: CreateParticipantRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<types::AccountsParticipantsResponse>,
            Error<CreateParticipantError>,
        >,
    > + Send;
}
impl BandwidthWebrtcApi for Client {
    fn create_session(
        &self,
        request: CreateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<CreateSessionError>>,
    > + Send {
        Client::create_session(self, request)
    }
    fn get_session(
        &self,
        request: GetSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Session>, Error<GetSessionError>>,
    > + Send {
        Client::get_session(self, request)
    }
    fn delete_session(
        &self,
        request: DeleteSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<()>, Error<DeleteSessionError>>,
    > + Send {
        Client::delete_session(self, request)
    }
    fn list_participants(
        &self,
        request: ListParticipantsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<ListParticipantsResponse>, Error<ListParticipantsError>>,
    > + Send {
        Client::list_participants(self, request)
    }
    fn add_participant_to_session(
        &self,
        request: AddParticipantToSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<()>, Error<AddParticipantToSessionError>>,
    > + Send {
        Client::add_participant_to_session(self, request)
    }
    fn remove_participant_from_session(
        &self,
        request: RemoveParticipantFromSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<()>, Error<RemoveParticipantFromSessionError>>,
    > + Send {
        Client::remove_participant_from_session(self, request)
    }
    fn create_participant(
        &self,
        request: CreateParticipantRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            Response<types::AccountsParticipantsResponse>,
            Error<CreateParticipantError>,
        >,
    > + Send {
        Client::create_participant(self, request)
    }
}
fn decode_create_session(
    raw: RawResponse,
) -> Result<Response<types::Session>, Error<CreateSessionError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::Session>();
            raw.success(body)
        }
        400u16 => {
            let error = raw.json::<types::Error>().map(CreateSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(CreateSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(CreateSessionError::Forbidden);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw.json::<types::Error>().map(CreateSessionError::ServerError);
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
fn decode_get_session(
    raw: RawResponse,
) -> Result<Response<types::Session>, Error<GetSessionError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::Session>();
            raw.success(body)
        }
        400u16 => {
            let error = raw.json::<types::Error>().map(GetSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(GetSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(GetSessionError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw.json::<types::Error>().map(GetSessionError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw.json::<types::Error>().map(GetSessionError::ServerError);
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
fn decode_delete_session(
    raw: RawResponse,
) -> Result<Response<()>, Error<DeleteSessionError>> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = raw.json::<types::Error>().map(DeleteSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(DeleteSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(DeleteSessionError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw.json::<types::Error>().map(DeleteSessionError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw.json::<types::Error>().map(DeleteSessionError::ServerError);
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
fn decode_list_participants(
    raw: RawResponse,
) -> Result<Response<ListParticipantsResponse>, Error<ListParticipantsError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw
                .json::<Vec<types::Participant>>()
                .map(ListParticipantsResponse::Ok);
            raw.success(body)
        }
        204u16 => {
            let body = Ok(ListParticipantsResponse::NoContent);
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<types::Error>()
                .map(ListParticipantsError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(ListParticipantsError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(ListParticipantsError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw.json::<types::Error>().map(ListParticipantsError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<types::Error>()
                .map(ListParticipantsError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = ListParticipantsError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_add_participant_to_session(
    raw: RawResponse,
) -> Result<Response<()>, Error<AddParticipantToSessionError>> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<types::Error>()
                .map(AddParticipantToSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(AddParticipantToSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(AddParticipantToSessionError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<types::Error>()
                .map(AddParticipantToSessionError::NotFound);
            raw.failure(error)
        }
        409u16 => {
            let error = raw
                .json::<types::Error>()
                .map(AddParticipantToSessionError::Conflict);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<types::Error>()
                .map(AddParticipantToSessionError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = AddParticipantToSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_remove_participant_from_session(
    raw: RawResponse,
) -> Result<Response<()>, Error<RemoveParticipantFromSessionError>> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<types::Error>()
                .map(RemoveParticipantFromSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(RemoveParticipantFromSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(RemoveParticipantFromSessionError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<types::Error>()
                .map(RemoveParticipantFromSessionError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<types::Error>()
                .map(RemoveParticipantFromSessionError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = RemoveParticipantFromSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_create_participant(
    raw: RawResponse,
) -> Result<
    Response<types::AccountsParticipantsResponse>,
    Error<CreateParticipantError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::AccountsParticipantsResponse>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<types::Error>()
                .map(CreateParticipantError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(CreateParticipantError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<types::AccessDenied>()
                .map(CreateParticipantError::Forbidden);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<types::Error>()
                .map(CreateParticipantError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = CreateParticipantError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
