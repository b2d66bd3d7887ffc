// @generated from specs/bandwidth_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Per operation: the request (parameters and body), the response when it has
//! several shapes, and the typed error.
//!
//! Nothing is imported here: every item outside this file is named by its full path,
//! so no name from the spec can shadow what the generated code means.
/// The request of [`createSession`](super::Client::create_session): `POST /accounts/{accountId}/sessions`.
///
/// Create a new session
#[derive(Debug, Clone)]
pub struct CreateSessionRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The session to create; only `tag` is meaningful on create.
    pub body: Option<super::types::Session>,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl CreateSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(account_id: impl Into<String>) -> Self {
        CreateSessionRequest {
            account_id: account_id.into(),
            body: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `body`.
    pub fn with_body(mut self, value: super::types::Session) -> Self {
        self.body = Some(value);
        self
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `createSession`.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateSessionError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for CreateSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for CreateSessionError {}
/// The request of [`getSession`](super::Client::get_session): `GET /accounts/{accountId}/sessions/{sessionId}`.
///
/// Get a session
#[derive(Debug, Clone)]
pub struct GetSessionRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the session.
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    pub session_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl GetSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(account_id: impl Into<String>, session_id: impl Into<String>) -> Self {
        GetSessionRequest {
            account_id: account_id.into(),
            session_id: session_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `getSession`.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSessionError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for GetSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for GetSessionError {}
/// The request of [`deleteSession`](super::Client::delete_session): `DELETE /accounts/{accountId}/sessions/{sessionId}`.
///
/// Delete a session
#[derive(Debug, Clone)]
pub struct DeleteSessionRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the session.
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    pub session_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl DeleteSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(account_id: impl Into<String>, session_id: impl Into<String>) -> Self {
        DeleteSessionRequest {
            account_id: account_id.into(),
            session_id: session_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `deleteSession`.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteSessionError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for DeleteSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for DeleteSessionError {}
/// The request of [`listSessionParticipants`](super::Client::list_session_participants): `GET /accounts/{accountId}/sessions/{sessionId}/participants`.
///
/// List participants in a session
#[derive(Debug, Clone)]
pub struct ListSessionParticipantsRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the session.
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    pub session_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl ListSessionParticipantsRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(account_id: impl Into<String>, session_id: impl Into<String>) -> Self {
        ListSessionParticipantsRequest {
            account_id: account_id.into(),
            session_id: session_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The successful responses of `listSessionParticipants`.
#[derive(Debug, Clone, PartialEq)]
pub enum ListSessionParticipantsResponse {
    /// `200`: The participants in the session.
    Ok(Vec<super::types::Participant>),
    /// `204`: The session has no participants.
    NoContent,
}
/// The documented error responses of `listSessionParticipants`.
#[derive(Debug, Clone, PartialEq)]
pub enum ListSessionParticipantsError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for ListSessionParticipantsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for ListSessionParticipantsError {}
/// The request of [`addParticipantToSession`](super::Client::add_participant_to_session): `PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}`.
///
/// Add a participant to a session
#[derive(Debug, Clone)]
pub struct AddParticipantToSessionRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the session.
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    pub session_id: String,
    /// The id of the participant.
    ///
    /// Sent as the path parameter `participantId`.
    /// Example: `"320e2af6-13ec-498d-8b51-daba52c37853"`.
    pub participant_id: String,
    /// The subscriptions of the participant within the session.
    pub body: Option<super::types::Subscriptions>,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl AddParticipantToSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        account_id: impl Into<String>,
        session_id: impl Into<String>,
        participant_id: impl Into<String>,
    ) -> Self {
        AddParticipantToSessionRequest {
            account_id: account_id.into(),
            session_id: session_id.into(),
            participant_id: participant_id.into(),
            body: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `body`.
    pub fn with_body(mut self, value: super::types::Subscriptions) -> Self {
        self.body = Some(value);
        self
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `addParticipantToSession`.
#[derive(Debug, Clone, PartialEq)]
pub enum AddParticipantToSessionError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `409`: Conflict. The request conflicts with the current state of the session or participant.
    Conflict(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for AddParticipantToSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::Conflict(_) => f.write_str("409 Conflict"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for AddParticipantToSessionError {}
/// The request of [`removeParticipantFromSession`](super::Client::remove_participant_from_session): `DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}`.
///
/// Remove a participant from a session
#[derive(Debug, Clone)]
pub struct RemoveParticipantFromSessionRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the session.
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    pub session_id: String,
    /// The id of the participant.
    ///
    /// Sent as the path parameter `participantId`.
    /// Example: `"320e2af6-13ec-498d-8b51-daba52c37853"`.
    pub participant_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl RemoveParticipantFromSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        account_id: impl Into<String>,
        session_id: impl Into<String>,
        participant_id: impl Into<String>,
    ) -> Self {
        RemoveParticipantFromSessionRequest {
            account_id: account_id.into(),
            session_id: session_id.into(),
            participant_id: participant_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `removeParticipantFromSession`.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveParticipantFromSessionError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for RemoveParticipantFromSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for RemoveParticipantFromSessionError {}
/// The request of [`getParticipantSubscriptions`](super::Client::get_participant_subscriptions): `GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions`.
///
/// Get a participant's subscriptions
#[derive(Debug, Clone)]
pub struct GetParticipantSubscriptionsRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the session.
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    pub session_id: String,
    /// The id of the participant.
    ///
    /// Sent as the path parameter `participantId`.
    /// Example: `"320e2af6-13ec-498d-8b51-daba52c37853"`.
    pub participant_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl GetParticipantSubscriptionsRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        account_id: impl Into<String>,
        session_id: impl Into<String>,
        participant_id: impl Into<String>,
    ) -> Self {
        GetParticipantSubscriptionsRequest {
            account_id: account_id.into(),
            session_id: session_id.into(),
            participant_id: participant_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The successful responses of `getParticipantSubscriptions`.
#[derive(Debug, Clone, PartialEq)]
pub enum GetParticipantSubscriptionsResponse {
    /// `200`: The participant's subscriptions in the session.
    Ok(super::types::Subscriptions),
    /// `204`: The participant has no subscriptions in the session.
    NoContent,
}
/// The documented error responses of `getParticipantSubscriptions`.
#[derive(Debug, Clone, PartialEq)]
pub enum GetParticipantSubscriptionsError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for GetParticipantSubscriptionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for GetParticipantSubscriptionsError {}
/// The request of [`updateParticipantSubscriptions`](super::Client::update_participant_subscriptions): `PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions`.
///
/// Update a participant's subscriptions
#[derive(Debug, Clone)]
pub struct UpdateParticipantSubscriptionsRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the session.
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    pub session_id: String,
    /// The id of the participant.
    ///
    /// Sent as the path parameter `participantId`.
    /// Example: `"320e2af6-13ec-498d-8b51-daba52c37853"`.
    pub participant_id: String,
    /// The new subscriptions of the participant within the session.
    pub body: super::types::Subscriptions,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl UpdateParticipantSubscriptionsRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        account_id: impl Into<String>,
        session_id: impl Into<String>,
        participant_id: impl Into<String>,
        body: super::types::Subscriptions,
    ) -> Self {
        UpdateParticipantSubscriptionsRequest {
            account_id: account_id.into(),
            session_id: session_id.into(),
            participant_id: participant_id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `updateParticipantSubscriptions`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateParticipantSubscriptionsError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for UpdateParticipantSubscriptionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for UpdateParticipantSubscriptionsError {}
/// The request of [`createParticipant`](super::Client::create_participant): `POST /accounts/{accountId}/participants`.
///
/// Create a participant
#[derive(Debug, Clone)]
pub struct CreateParticipantRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The participant to create.
    pub body: super::types::CreateParticipantRequest,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl CreateParticipantRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        account_id: impl Into<String>,
        body: super::types::CreateParticipantRequest,
    ) -> Self {
        CreateParticipantRequest {
            account_id: account_id.into(),
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `createParticipant`.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateParticipantError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for CreateParticipantError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for CreateParticipantError {}
/// The request of [`getParticipant`](super::Client::get_participant): `GET /accounts/{accountId}/participants/{participantId}`.
///
/// Get a participant
#[derive(Debug, Clone)]
pub struct GetParticipantRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the participant.
    ///
    /// Sent as the path parameter `participantId`.
    /// Example: `"320e2af6-13ec-498d-8b51-daba52c37853"`.
    pub participant_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl GetParticipantRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        account_id: impl Into<String>,
        participant_id: impl Into<String>,
    ) -> Self {
        GetParticipantRequest {
            account_id: account_id.into(),
            participant_id: participant_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `getParticipant`.
#[derive(Debug, Clone, PartialEq)]
pub enum GetParticipantError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for GetParticipantError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for GetParticipantError {}
/// The request of [`deleteParticipant`](super::Client::delete_participant): `DELETE /accounts/{accountId}/participants/{participantId}`.
///
/// Delete a participant
#[derive(Debug, Clone)]
pub struct DeleteParticipantRequest {
    /// The Bandwidth account id.
    ///
    /// Sent as the path parameter `accountId`.
    /// Example: `"9900000"`.
    pub account_id: String,
    /// The id of the participant.
    ///
    /// Sent as the path parameter `participantId`.
    /// Example: `"320e2af6-13ec-498d-8b51-daba52c37853"`.
    pub participant_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl DeleteParticipantRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        account_id: impl Into<String>,
        participant_id: impl Into<String>,
    ) -> Self {
        DeleteParticipantRequest {
            account_id: account_id.into(),
            participant_id: participant_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The documented error responses of `deleteParticipant`.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteParticipantError {
    /// `400`: Bad Request. The request was malformed or had invalid parameters.
    BadRequest(super::types::Error),
    /// `401`: Unauthorized. Credentials are missing or invalid.
    Unauthorized(super::types::AccessDenied),
    /// `403`: Access Denied. The credentials are not allowed to perform this action.
    Forbidden(super::types::AccessDenied),
    /// `404`: Not Found. The session or participant does not exist on the account.
    NotFound(super::types::Error),
    /// `5XX`: Unexpected Error. Any server error (the documentation's `50x`).
    ServerError(super::types::Error),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for DeleteParticipantError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::Unauthorized(_) => f.write_str("401 Unauthorized"),
            Self::Forbidden(_) => f.write_str("403 Forbidden"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::ServerError(_) => f.write_str("5XX ServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for DeleteParticipantError {}
