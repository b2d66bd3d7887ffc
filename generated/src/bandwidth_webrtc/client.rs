// @generated from specs/bandwidth_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! The client: one method per operation.
//!
//! Nothing is imported here: every item outside this file is named by its full path,
//! so no name from the spec can shadow what the generated code means.
/// The spec's security schemes, in order; operations refer to them by index.
static SCHEMES: &[crate::runtime::SchemeSpec] = &[
    crate::runtime::SchemeSpec {
        name: "basicAuth",
        kind: crate::runtime::SchemeKind::Basic,
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
                crate::runtime::Credential::Basic {
                    username: username.into(),
                    password: crate::runtime::Secret::new(password),
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
        request: super::operations::CreateSessionRequest,
    ) -> Result<
        crate::runtime::Response<super::types::Session>,
        crate::runtime::Error<super::operations::CreateSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "createSession",
            method: "POST",
            path: "/accounts/{0}/sessions",
            params: &[crate::runtime::ParamSpec::path("accountId")],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [crate::runtime::param(&request.account_id)];
        let raw = self
            .transport
            .send(
                &META,
                &params,
                request
                    .body
                    .as_ref()
                    .map(|body| crate::runtime::Body::json("application/json", body)),
                request.options,
            )
            .await?;
        decode_create_session(raw)
    }
    /// Get a session
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}` (operationId `getSession`)
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
            path: "/accounts/{0}/sessions/{1}",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("sessionId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.session_id),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
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
        request: super::operations::DeleteSessionRequest,
    ) -> Result<
        crate::runtime::Response<()>,
        crate::runtime::Error<super::operations::DeleteSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "deleteSession",
            method: "DELETE",
            path: "/accounts/{0}/sessions/{1}",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("sessionId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.session_id),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_delete_session(raw)
    }
    /// List participants in a session
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}/participants` (operationId `listSessionParticipants`)
    ///
    /// Lists the participants currently in the session. Returns `204` with no
    /// body when the session has no participants.
    pub async fn list_session_participants(
        &self,
        request: super::operations::ListSessionParticipantsRequest,
    ) -> Result<
        crate::runtime::Response<super::operations::ListSessionParticipantsResponse>,
        crate::runtime::Error<super::operations::ListSessionParticipantsError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "listSessionParticipants",
            method: "GET",
            path: "/accounts/{0}/sessions/{1}/participants",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("sessionId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.session_id),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_list_session_participants(raw)
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
        request: super::operations::AddParticipantToSessionRequest,
    ) -> Result<
        crate::runtime::Response<()>,
        crate::runtime::Error<super::operations::AddParticipantToSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "addParticipantToSession",
            method: "PUT",
            path: "/accounts/{0}/sessions/{1}/participants/{2}",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("sessionId"),
                crate::runtime::ParamSpec::path("participantId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.session_id),
            crate::runtime::param(&request.participant_id),
        ];
        let raw = self
            .transport
            .send(
                &META,
                &params,
                request
                    .body
                    .as_ref()
                    .map(|body| crate::runtime::Body::json("application/json", body)),
                request.options,
            )
            .await?;
        decode_add_participant_to_session(raw)
    }
    /// Remove a participant from a session
    ///
    /// `DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}` (operationId `removeParticipantFromSession`)
    ///
    /// Removes the participant from the session. The participant itself is not deleted.
    pub async fn remove_participant_from_session(
        &self,
        request: super::operations::RemoveParticipantFromSessionRequest,
    ) -> Result<
        crate::runtime::Response<()>,
        crate::runtime::Error<super::operations::RemoveParticipantFromSessionError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "removeParticipantFromSession",
            method: "DELETE",
            path: "/accounts/{0}/sessions/{1}/participants/{2}",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("sessionId"),
                crate::runtime::ParamSpec::path("participantId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.session_id),
            crate::runtime::param(&request.participant_id),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_remove_participant_from_session(raw)
    }
    /// Get a participant's subscriptions
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions` (operationId `getParticipantSubscriptions`)
    ///
    /// Returns the subscriptions of the participant within the session.
    /// Returns `204` with no body when the participant has none.
    pub async fn get_participant_subscriptions(
        &self,
        request: super::operations::GetParticipantSubscriptionsRequest,
    ) -> Result<
        crate::runtime::Response<super::operations::GetParticipantSubscriptionsResponse>,
        crate::runtime::Error<super::operations::GetParticipantSubscriptionsError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "getParticipantSubscriptions",
            method: "GET",
            path: "/accounts/{0}/sessions/{1}/participants/{2}/subscriptions",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("sessionId"),
                crate::runtime::ParamSpec::path("participantId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.session_id),
            crate::runtime::param(&request.participant_id),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_get_participant_subscriptions(raw)
    }
    /// Update a participant's subscriptions
    ///
    /// `PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions` (operationId `updateParticipantSubscriptions`)
    ///
    /// Replaces the subscriptions of the participant within the session. The
    /// participant must already be in the session.
    pub async fn update_participant_subscriptions(
        &self,
        request: super::operations::UpdateParticipantSubscriptionsRequest,
    ) -> Result<
        crate::runtime::Response<()>,
        crate::runtime::Error<super::operations::UpdateParticipantSubscriptionsError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "updateParticipantSubscriptions",
            method: "PUT",
            path: "/accounts/{0}/sessions/{1}/participants/{2}/subscriptions",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("sessionId"),
                crate::runtime::ParamSpec::path("participantId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.session_id),
            crate::runtime::param(&request.participant_id),
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
        decode_update_participant_subscriptions(raw)
    }
    /// Create a participant
    ///
    /// `POST /accounts/{accountId}/participants` (operationId `createParticipant`)
    ///
    /// Creates a new participant on the account and returns it together with
    /// the device token the participant's client uses to connect.
    pub async fn create_participant(
        &self,
        request: super::operations::CreateParticipantRequest,
    ) -> Result<
        crate::runtime::Response<super::types::AccountsParticipantsResponse>,
        crate::runtime::Error<super::operations::CreateParticipantError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "createParticipant",
            method: "POST",
            path: "/accounts/{0}/participants",
            params: &[crate::runtime::ParamSpec::path("accountId")],
            security: &[&[0]],
            idempotent: false,
        };
        let params = [crate::runtime::param(&request.account_id)];
        let raw = self
            .transport
            .send(
                &META,
                &params,
                Some(crate::runtime::Body::json("application/json", &request.body)),
                request.options,
            )
            .await?;
        decode_create_participant(raw)
    }
    /// Get a participant
    ///
    /// `GET /accounts/{accountId}/participants/{participantId}` (operationId `getParticipant`)
    ///
    /// Returns the participant with the given id.
    pub async fn get_participant(
        &self,
        request: super::operations::GetParticipantRequest,
    ) -> Result<
        crate::runtime::Response<super::types::Participant>,
        crate::runtime::Error<super::operations::GetParticipantError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "getParticipant",
            method: "GET",
            path: "/accounts/{0}/participants/{1}",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("participantId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.participant_id),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_get_participant(raw)
    }
    /// Delete a participant
    ///
    /// `DELETE /accounts/{accountId}/participants/{participantId}` (operationId `deleteParticipant`)
    ///
    /// Deletes the participant with the given id, removing it from every session it is in.
    pub async fn delete_participant(
        &self,
        request: super::operations::DeleteParticipantRequest,
    ) -> Result<
        crate::runtime::Response<()>,
        crate::runtime::Error<super::operations::DeleteParticipantError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "deleteParticipant",
            method: "DELETE",
            path: "/accounts/{0}/participants/{1}",
            params: &[
                crate::runtime::ParamSpec::path("accountId"),
                crate::runtime::ParamSpec::path("participantId"),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.account_id),
            crate::runtime::param(&request.participant_id),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_delete_participant(raw)
    }
}
/// Every operation of the API, implemented by [`Client`]. Write code against this trait to substitute a fake in tests.
#[allow(clippy::new_ret_no_self, clippy::wrong_self_convention)]
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
        request: super::operations::CreateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Session>,
            crate::runtime::Error<super::operations::CreateSessionError>,
        >,
    > + Send;
    /// Get a session
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}` (operationId `getSession`)
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
    /// Delete a session
    ///
    /// `DELETE /accounts/{accountId}/sessions/{sessionId}` (operationId `deleteSession`)
    ///
    /// Deletes the session with the given id. Participants in the session are
    /// removed from it but are not deleted.
    fn delete_session(
        &self,
        request: super::operations::DeleteSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::DeleteSessionError>,
        >,
    > + Send;
    /// List participants in a session
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}/participants` (operationId `listSessionParticipants`)
    ///
    /// Lists the participants currently in the session. Returns `204` with no
    /// body when the session has no participants.
    fn list_session_participants(
        &self,
        request: super::operations::ListSessionParticipantsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::operations::ListSessionParticipantsResponse>,
            crate::runtime::Error<super::operations::ListSessionParticipantsError>,
        >,
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
        request: super::operations::AddParticipantToSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::AddParticipantToSessionError>,
        >,
    > + Send;
    /// Remove a participant from a session
    ///
    /// `DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}` (operationId `removeParticipantFromSession`)
    ///
    /// Removes the participant from the session. The participant itself is not deleted.
    fn remove_participant_from_session(
        &self,
        request: super::operations::RemoveParticipantFromSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::RemoveParticipantFromSessionError>,
        >,
    > + Send;
    /// Get a participant's subscriptions
    ///
    /// `GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions` (operationId `getParticipantSubscriptions`)
    ///
    /// Returns the subscriptions of the participant within the session.
    /// Returns `204` with no body when the participant has none.
    fn get_participant_subscriptions(
        &self,
        request: super::operations::GetParticipantSubscriptionsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<
                super::operations::GetParticipantSubscriptionsResponse,
            >,
            crate::runtime::Error<super::operations::GetParticipantSubscriptionsError>,
        >,
    > + Send;
    /// Update a participant's subscriptions
    ///
    /// `PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions` (operationId `updateParticipantSubscriptions`)
    ///
    /// Replaces the subscriptions of the participant within the session. The
    /// participant must already be in the session.
    fn update_participant_subscriptions(
        &self,
        request: super::operations::UpdateParticipantSubscriptionsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::UpdateParticipantSubscriptionsError>,
        >,
    > + Send;
    /// Create a participant
    ///
    /// `POST /accounts/{accountId}/participants` (operationId `createParticipant`)
    ///
    /// Creates a new participant on the account and returns it together with
    /// the device token the participant's client uses to connect.
    fn create_participant(
        &self,
        request: super::operations::CreateParticipantRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::AccountsParticipantsResponse>,
            crate::runtime::Error<super::operations::CreateParticipantError>,
        >,
    > + Send;
    /// Get a participant
    ///
    /// `GET /accounts/{accountId}/participants/{participantId}` (operationId `getParticipant`)
    ///
    /// Returns the participant with the given id.
    fn get_participant(
        &self,
        request: super::operations::GetParticipantRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Participant>,
            crate::runtime::Error<super::operations::GetParticipantError>,
        >,
    > + Send;
    /// Delete a participant
    ///
    /// `DELETE /accounts/{accountId}/participants/{participantId}` (operationId `deleteParticipant`)
    ///
    /// Deletes the participant with the given id, removing it from every session it is in.
    fn delete_participant(
        &self,
        request: super::operations::DeleteParticipantRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::DeleteParticipantError>,
        >,
    > + Send;
}
impl BandwidthWebrtcApi for Client {
    fn create_session(
        &self,
        request: super::operations::CreateSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Session>,
            crate::runtime::Error<super::operations::CreateSessionError>,
        >,
    > + Send {
        Client::create_session(self, request)
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
    fn delete_session(
        &self,
        request: super::operations::DeleteSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::DeleteSessionError>,
        >,
    > + Send {
        Client::delete_session(self, request)
    }
    fn list_session_participants(
        &self,
        request: super::operations::ListSessionParticipantsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::operations::ListSessionParticipantsResponse>,
            crate::runtime::Error<super::operations::ListSessionParticipantsError>,
        >,
    > + Send {
        Client::list_session_participants(self, request)
    }
    fn add_participant_to_session(
        &self,
        request: super::operations::AddParticipantToSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::AddParticipantToSessionError>,
        >,
    > + Send {
        Client::add_participant_to_session(self, request)
    }
    fn remove_participant_from_session(
        &self,
        request: super::operations::RemoveParticipantFromSessionRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::RemoveParticipantFromSessionError>,
        >,
    > + Send {
        Client::remove_participant_from_session(self, request)
    }
    fn get_participant_subscriptions(
        &self,
        request: super::operations::GetParticipantSubscriptionsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<
                super::operations::GetParticipantSubscriptionsResponse,
            >,
            crate::runtime::Error<super::operations::GetParticipantSubscriptionsError>,
        >,
    > + Send {
        Client::get_participant_subscriptions(self, request)
    }
    fn update_participant_subscriptions(
        &self,
        request: super::operations::UpdateParticipantSubscriptionsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::UpdateParticipantSubscriptionsError>,
        >,
    > + Send {
        Client::update_participant_subscriptions(self, request)
    }
    fn create_participant(
        &self,
        request: super::operations::CreateParticipantRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::AccountsParticipantsResponse>,
            crate::runtime::Error<super::operations::CreateParticipantError>,
        >,
    > + Send {
        Client::create_participant(self, request)
    }
    fn get_participant(
        &self,
        request: super::operations::GetParticipantRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Participant>,
            crate::runtime::Error<super::operations::GetParticipantError>,
        >,
    > + Send {
        Client::get_participant(self, request)
    }
    fn delete_participant(
        &self,
        request: super::operations::DeleteParticipantRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<()>,
            crate::runtime::Error<super::operations::DeleteParticipantError>,
        >,
    > + Send {
        Client::delete_participant(self, request)
    }
}
fn decode_create_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::Session>,
    crate::runtime::Error<super::operations::CreateSessionError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::Session>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::CreateSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::CreateSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::CreateSessionError::Forbidden);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::CreateSessionError::ServerError);
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
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::GetSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::GetSessionError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetSessionError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetSessionError::ServerError);
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
fn decode_delete_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<()>,
    crate::runtime::Error<super::operations::DeleteSessionError>,
> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::DeleteSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::DeleteSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::DeleteSessionError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::DeleteSessionError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::DeleteSessionError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::DeleteSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_list_session_participants(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::operations::ListSessionParticipantsResponse>,
    crate::runtime::Error<super::operations::ListSessionParticipantsError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw
                .json::<Vec<super::types::Participant>>()
                .map(super::operations::ListSessionParticipantsResponse::Ok);
            raw.success(body)
        }
        204u16 => {
            let body = Ok(super::operations::ListSessionParticipantsResponse::NoContent);
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::ListSessionParticipantsError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::ListSessionParticipantsError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::ListSessionParticipantsError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::ListSessionParticipantsError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::ListSessionParticipantsError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::ListSessionParticipantsError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_add_participant_to_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<()>,
    crate::runtime::Error<super::operations::AddParticipantToSessionError>,
> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::AddParticipantToSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::AddParticipantToSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::AddParticipantToSessionError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::AddParticipantToSessionError::NotFound);
            raw.failure(error)
        }
        409u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::AddParticipantToSessionError::Conflict);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::AddParticipantToSessionError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::AddParticipantToSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_remove_participant_from_session(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<()>,
    crate::runtime::Error<super::operations::RemoveParticipantFromSessionError>,
> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::RemoveParticipantFromSessionError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::RemoveParticipantFromSessionError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::RemoveParticipantFromSessionError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::RemoveParticipantFromSessionError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::RemoveParticipantFromSessionError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::RemoveParticipantFromSessionError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_get_participant_subscriptions(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::operations::GetParticipantSubscriptionsResponse>,
    crate::runtime::Error<super::operations::GetParticipantSubscriptionsError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw
                .json::<super::types::Subscriptions>()
                .map(super::operations::GetParticipantSubscriptionsResponse::Ok);
            raw.success(body)
        }
        204u16 => {
            let body = Ok(
                super::operations::GetParticipantSubscriptionsResponse::NoContent,
            );
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetParticipantSubscriptionsError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::GetParticipantSubscriptionsError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::GetParticipantSubscriptionsError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetParticipantSubscriptionsError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetParticipantSubscriptionsError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::GetParticipantSubscriptionsError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_update_participant_subscriptions(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<()>,
    crate::runtime::Error<super::operations::UpdateParticipantSubscriptionsError>,
> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::UpdateParticipantSubscriptionsError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(
                    super::operations::UpdateParticipantSubscriptionsError::Unauthorized,
                );
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::UpdateParticipantSubscriptionsError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::UpdateParticipantSubscriptionsError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(
                    super::operations::UpdateParticipantSubscriptionsError::ServerError,
                );
            raw.failure(error)
        }
        _ => {
            let error = super::operations::UpdateParticipantSubscriptionsError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_create_participant(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::AccountsParticipantsResponse>,
    crate::runtime::Error<super::operations::CreateParticipantError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::AccountsParticipantsResponse>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::CreateParticipantError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::CreateParticipantError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::CreateParticipantError::Forbidden);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::CreateParticipantError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::CreateParticipantError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_get_participant(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::Participant>,
    crate::runtime::Error<super::operations::GetParticipantError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::Participant>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetParticipantError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::GetParticipantError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::GetParticipantError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetParticipantError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::GetParticipantError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::GetParticipantError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_delete_participant(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<()>,
    crate::runtime::Error<super::operations::DeleteParticipantError>,
> {
    match raw.status.as_u16() {
        204u16 => {
            let body = Ok(());
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::DeleteParticipantError::BadRequest);
            raw.failure(error)
        }
        401u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::DeleteParticipantError::Unauthorized);
            raw.failure(error)
        }
        403u16 => {
            let error = raw
                .json::<super::types::AccessDenied>()
                .map(super::operations::DeleteParticipantError::Forbidden);
            raw.failure(error)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::DeleteParticipantError::NotFound);
            raw.failure(error)
        }
        500u16..=599u16 => {
            let error = raw
                .json::<super::types::Error>()
                .map(super::operations::DeleteParticipantError::ServerError);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::DeleteParticipantError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
