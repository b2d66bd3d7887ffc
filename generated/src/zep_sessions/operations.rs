// @generated from specs/zep_sessions.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Per operation: the request (parameters and body), the response when it has
//! several shapes, and the typed error.
//!
//! Nothing is imported here: every item outside this file is named by its full path,
//! so no name from the spec can shadow what the generated code means.
/// The request of [`addSession`](super::Client::add_session): `POST /sessions`.
///
/// Add Session
#[derive(Debug, Clone)]
pub struct AddSessionRequest {
    /// The session to create.
    pub body: super::types::CreateSessionRequest,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl AddSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(body: super::types::CreateSessionRequest) -> Self {
        AddSessionRequest {
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
/// The documented error responses of `addSession`.
#[derive(Debug, Clone, PartialEq)]
pub enum AddSessionError {
    /// `400`: Bad Request.
    BadRequest(super::types::ApiError),
    /// `500`: Internal Server Error.
    InternalServerError(super::types::ApiError),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for AddSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::InternalServerError(_) => f.write_str("500 InternalServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for AddSessionError {}
/// The request of [`getSession`](super::Client::get_session): `GET /sessions/{sessionId}`.
///
/// Get Session
#[derive(Debug, Clone)]
pub struct GetSessionRequest {
    /// The id of the session (the caller-chosen `session_id`).
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"session_id"`.
    pub session_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl GetSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(session_id: impl Into<String>) -> Self {
        GetSessionRequest {
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
    /// `404`: Not Found. The session does not exist.
    NotFound(super::types::ApiError),
    /// `500`: Internal Server Error.
    InternalServerError(super::types::ApiError),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for GetSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::InternalServerError(_) => f.write_str("500 InternalServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for GetSessionError {}
/// The request of [`updateSession`](super::Client::update_session): `PATCH /sessions/{sessionId}`.
///
/// Update Session
#[derive(Debug, Clone)]
pub struct UpdateSessionRequest {
    /// The id of the session (the caller-chosen `session_id`).
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"session_id"`.
    pub session_id: String,
    /// The new session metadata.
    pub body: super::types::UpdateSessionRequest,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl UpdateSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        session_id: impl Into<String>,
        body: super::types::UpdateSessionRequest,
    ) -> Self {
        UpdateSessionRequest {
            session_id: session_id.into(),
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
/// The documented error responses of `updateSession`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSessionError {
    /// `400`: Bad Request.
    BadRequest(super::types::ApiError),
    /// `404`: Not Found. The session does not exist.
    NotFound(super::types::ApiError),
    /// `409`: Conflict. The session was modified concurrently or has been deleted.
    Conflict(super::types::ApiError),
    /// `500`: Internal Server Error.
    InternalServerError(super::types::ApiError),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for UpdateSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::Conflict(_) => f.write_str("409 Conflict"),
            Self::InternalServerError(_) => f.write_str("500 InternalServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for UpdateSessionError {}
/// The request of [`listSessionsOrdered`](super::Client::list_sessions_ordered): `GET /sessions-ordered`.
///
/// Get all sessions with optional page number, page size, order by field and order direction
#[derive(Debug, Clone, Default)]
pub struct ListSessionsOrderedRequest {
    /// The page to return, starting at 1.
    ///
    /// Sent as the query parameter `page_number`.
    /// Example: `1`.
    pub page_number: Option<i64>,
    /// The number of sessions per page.
    ///
    /// Sent as the query parameter `page_size`.
    /// Example: `20`.
    pub page_size: Option<i64>,
    /// The field to order by, e.g. `created_at` or `updated_at`.
    ///
    /// Sent as the query parameter `order_by`.
    /// Example: `"updated_at"`.
    pub order_by: Option<String>,
    /// Order ascending when true, descending when false.
    ///
    /// Sent as the query parameter `asc`.
    /// Example: `false`.
    pub asc: Option<bool>,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl ListSessionsOrderedRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new() -> Self {
        ListSessionsOrderedRequest {
            page_number: None,
            page_size: None,
            order_by: None,
            asc: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `page_number`.
    pub fn with_page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `page_size`.
    pub fn with_page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `order_by`.
    pub fn with_order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets `asc`.
    pub fn with_asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
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
/// The documented error responses of `listSessionsOrdered`.
#[derive(Debug, Clone, PartialEq)]
pub enum ListSessionsOrderedError {
    /// `400`: Bad Request.
    BadRequest(super::types::ApiError),
    /// `500`: Internal Server Error.
    InternalServerError(super::types::ApiError),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for ListSessionsOrderedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(_) => f.write_str("400 BadRequest"),
            Self::InternalServerError(_) => f.write_str("500 InternalServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for ListSessionsOrderedError {}
/// The request of [`endSession`](super::Client::end_session): `POST /sessions/{sessionId}/end`.
///
/// End Session
#[derive(Debug, Clone)]
pub struct EndSessionRequest {
    /// The id of the session (the caller-chosen `session_id`).
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"session_id"`.
    pub session_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl EndSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(session_id: impl Into<String>) -> Self {
        EndSessionRequest {
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
/// The documented error responses of `endSession`.
#[derive(Debug, Clone, PartialEq)]
pub enum EndSessionError {
    /// `404`: Not Found. The session does not exist.
    NotFound(super::types::ApiError),
    /// `500`: Internal Server Error.
    InternalServerError(super::types::ApiError),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for EndSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::InternalServerError(_) => f.write_str("500 InternalServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for EndSessionError {}
/// The request of [`deleteSessionMemory`](super::Client::delete_session_memory): `DELETE /sessions/{sessionId}/memory`.
///
/// Delete Session
#[derive(Debug, Clone)]
pub struct DeleteSessionMemoryRequest {
    /// The id of the session (the caller-chosen `session_id`).
    ///
    /// Sent as the path parameter `sessionId`.
    /// Example: `"session_id"`.
    pub session_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl DeleteSessionMemoryRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(session_id: impl Into<String>) -> Self {
        DeleteSessionMemoryRequest {
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
/// The documented error responses of `deleteSessionMemory`.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteSessionMemoryError {
    /// `404`: Not Found. The session does not exist.
    NotFound(super::types::ApiError),
    /// `500`: Internal Server Error.
    InternalServerError(super::types::ApiError),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for DeleteSessionMemoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::NotFound(_) => f.write_str("404 NotFound"),
            Self::InternalServerError(_) => f.write_str("500 InternalServerError"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for DeleteSessionMemoryError {}
