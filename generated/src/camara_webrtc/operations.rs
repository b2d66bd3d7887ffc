// @generated from specs/camara_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Per operation: the request (parameters and body), the response when it has
//! several shapes, and the typed error.
//!
//! Nothing is imported here: every item outside this file is named by its full path,
//! so no name from the spec can shadow what the generated code means.
/// The request of [`createSession`](super::Client::create_session): `POST /sessions`.
///
/// Creates voice and/or video session
#[derive(Debug, Clone)]
pub struct CreateSessionRequest {
    /// The registration id of the device, assigned by the network when the device registered.
    ///
    /// Sent as the header parameter `registrationId`.
    /// Constraints: at most 256 characters.
    /// Example: `"7c2a9f3e-5b1d-4e8a-9f60-3d2c1b0a9e8f"`.
    pub registration_id: String,
    /// Correlation id for the different services; echoed in the `x-correlator` response header.
    ///
    /// Sent as the header parameter `x-correlator`.
    pub x_correlator: Option<super::types::XCorrelator>,
    /// The media session to create.
    pub body: super::types::MediaSessionCreate,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl CreateSessionRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        registration_id: impl Into<String>,
        body: super::types::MediaSessionCreate,
    ) -> Self {
        CreateSessionRequest {
            registration_id: registration_id.into(),
            x_correlator: None,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `x_correlator`.
    pub fn with_x_correlator(mut self, value: impl Into<String>) -> Self {
        self.x_correlator = Some(value.into());
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
    /// `400` with `code` = `INVALID_ARGUMENT`.
    InvalidArgument(super::types::ErrorInfo),
    /// `400` with `code` = `OUT_OF_RANGE`.
    OutOfRange(super::types::ErrorInfo),
    /// `400`: Bad Request. The request has an invalid argument or a value out of range.
    ///
    /// Any other `code`.
    BadRequestOther(super::types::ErrorInfo),
    /// `401` with `code` = `UNAUTHENTICATED`.
    Unauthenticated(super::types::ErrorInfo),
    /// `401`: Unauthorized. The request is not authenticated.
    ///
    /// Any other `code`.
    UnauthorizedOther(super::types::ErrorInfo),
    /// `403` with `code` = `PERMISSION_DENIED`.
    PermissionDenied(super::types::ErrorInfo),
    /// `403` with `code` = `INVALID_TOKEN_CONTEXT`.
    InvalidTokenContext(super::types::ErrorInfo),
    /// `403`: Forbidden. The client lacks permission, or the request is inconsistent with the access token.
    ///
    /// Any other `code`.
    ForbiddenOther(super::types::ErrorInfo),
    /// `429` with `code` = `QUOTA_EXCEEDED`.
    QuotaExceeded(super::types::ErrorInfo),
    /// `429` with `code` = `TOO_MANY_REQUESTS`.
    TooManyRequests(super::types::ErrorInfo),
    /// `429`: Too Many Requests. Out of quota or rate limited.
    ///
    /// Any other `code`.
    TooManyRequestsOther(super::types::ErrorInfo),
    /// `500` with `code` = `INTERNAL`.
    Internal(super::types::ErrorInfo),
    /// `500`: Internal Server Error.
    ///
    /// Any other `code`.
    InternalServerErrorOther(super::types::ErrorInfo),
    /// `501` with `code` = `CALLTYPE_EMERGENCY_NOT_SUPPORTED`.
    CalltypeEmergencyNotSupported(super::types::ErrorInfo),
    /// `501`: Not Implemented. The server does not support emergency calls.
    ///
    /// Any other `code`.
    NotImplementedOther(super::types::ErrorInfo),
    /// `503` with `code` = `UNAVAILABLE`.
    Unavailable(super::types::ErrorInfo),
    /// `503`: Service Unavailable.
    ///
    /// Any other `code`.
    ServiceUnavailableOther(super::types::ErrorInfo),
    /// `504` with `code` = `TIMEOUT`.
    Timeout(super::types::ErrorInfo),
    /// `504`: Gateway Timeout.
    ///
    /// Any other `code`.
    GatewayTimeoutOther(super::types::ErrorInfo),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for CreateSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidArgument(_) => f.write_str("400 INVALID_ARGUMENT"),
            Self::OutOfRange(_) => f.write_str("400 OUT_OF_RANGE"),
            Self::BadRequestOther(_) => f.write_str("400 BadRequestOther"),
            Self::Unauthenticated(_) => f.write_str("401 UNAUTHENTICATED"),
            Self::UnauthorizedOther(_) => f.write_str("401 UnauthorizedOther"),
            Self::PermissionDenied(_) => f.write_str("403 PERMISSION_DENIED"),
            Self::InvalidTokenContext(_) => f.write_str("403 INVALID_TOKEN_CONTEXT"),
            Self::ForbiddenOther(_) => f.write_str("403 ForbiddenOther"),
            Self::QuotaExceeded(_) => f.write_str("429 QUOTA_EXCEEDED"),
            Self::TooManyRequests(_) => f.write_str("429 TOO_MANY_REQUESTS"),
            Self::TooManyRequestsOther(_) => f.write_str("429 TooManyRequestsOther"),
            Self::Internal(_) => f.write_str("500 INTERNAL"),
            Self::InternalServerErrorOther(_) => {
                f.write_str("500 InternalServerErrorOther")
            }
            Self::CalltypeEmergencyNotSupported(_) => {
                f.write_str("501 CALLTYPE_EMERGENCY_NOT_SUPPORTED")
            }
            Self::NotImplementedOther(_) => f.write_str("501 NotImplementedOther"),
            Self::Unavailable(_) => f.write_str("503 UNAVAILABLE"),
            Self::ServiceUnavailableOther(_) => {
                f.write_str("503 ServiceUnavailableOther")
            }
            Self::Timeout(_) => f.write_str("504 TIMEOUT"),
            Self::GatewayTimeoutOther(_) => f.write_str("504 GatewayTimeoutOther"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for CreateSessionError {}
/// The response headers `createSession` declares, typed; each is `None` when absent or not a valid value. Read them from a success or an error: `resp.typed_headers::<CreateSessionResponseHeaders>()`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateSessionResponseHeaders {
    /// Correlation id for the different services; echoes the request's `x-correlator`.
    ///
    /// The `x-correlator` header, declared for 201, 400, 401, 403, 429, 500, 501, 503, 504.
    pub x_correlator: Option<super::types::XCorrelator>,
}
impl From<&crate::runtime::HeaderMap> for CreateSessionResponseHeaders {
    fn from(headers: &crate::runtime::HeaderMap) -> Self {
        CreateSessionResponseHeaders {
            x_correlator: crate::runtime::typed_header(headers, "x-correlator"),
        }
    }
}
/// The request of [`getSessionDetailsById`](super::Client::get_session_details_by_id): `GET /sessions/{mediaSessionId}`.
///
/// Get the information of a media session
#[derive(Debug, Clone)]
pub struct GetSessionDetailsByIdRequest {
    /// The id of the media session, as returned by createSession.
    ///
    /// Sent as the path parameter `mediaSessionId`.
    /// Constraints: at most 256 characters.
    /// Example: `"0AEE1B58BAEEDA3EABA42B32EBB3DFE0DEAD3F90AE0CEB9EEB0C0F703E199FC00E7C6E648F50EE885FF0CE6C7E1CEE795EDD"`.
    pub media_session_id: String,
    /// Correlation id for the different services; echoed in the `x-correlator` response header.
    ///
    /// Sent as the header parameter `x-correlator`.
    pub x_correlator: Option<super::types::XCorrelator>,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl GetSessionDetailsByIdRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(media_session_id: impl Into<String>) -> Self {
        GetSessionDetailsByIdRequest {
            media_session_id: media_session_id.into(),
            x_correlator: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `x_correlator`.
    pub fn with_x_correlator(mut self, value: impl Into<String>) -> Self {
        self.x_correlator = Some(value.into());
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
/// The documented error responses of `getSessionDetailsById`.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSessionDetailsByIdError {
    /// `400` with `code` = `INVALID_ARGUMENT`.
    InvalidArgument(super::types::ErrorInfo),
    /// `400` with `code` = `OUT_OF_RANGE`.
    OutOfRange(super::types::ErrorInfo),
    /// `400`: Bad Request. The request has an invalid argument or a value out of range.
    ///
    /// Any other `code`.
    BadRequestOther(super::types::ErrorInfo),
    /// `401` with `code` = `UNAUTHENTICATED`.
    Unauthenticated(super::types::ErrorInfo),
    /// `401`: Unauthorized. The request is not authenticated.
    ///
    /// Any other `code`.
    UnauthorizedOther(super::types::ErrorInfo),
    /// `403` with `code` = `PERMISSION_DENIED`.
    PermissionDenied(super::types::ErrorInfo),
    /// `403` with `code` = `INVALID_TOKEN_CONTEXT`.
    InvalidTokenContext(super::types::ErrorInfo),
    /// `403`: Forbidden. The client lacks permission, or the request is inconsistent with the access token.
    ///
    /// Any other `code`.
    ForbiddenOther(super::types::ErrorInfo),
    /// `404` with `code` = `NOT_FOUND`.
    NotFound(super::types::ErrorInfo),
    /// `404` with `code` = `IDENTIFIER_NOT_FOUND`.
    IdentifierNotFound(super::types::ErrorInfo),
    /// `404`: Not Found. The media session, or an identifier in the request, does not exist.
    ///
    /// Any other `code`.
    NotFoundOther(super::types::ErrorInfo),
    /// `500` with `code` = `INTERNAL`.
    Internal(super::types::ErrorInfo),
    /// `500`: Internal Server Error.
    ///
    /// Any other `code`.
    InternalServerErrorOther(super::types::ErrorInfo),
    /// `503` with `code` = `UNAVAILABLE`.
    Unavailable(super::types::ErrorInfo),
    /// `503`: Service Unavailable.
    ///
    /// Any other `code`.
    ServiceUnavailableOther(super::types::ErrorInfo),
    /// `504` with `code` = `TIMEOUT`.
    Timeout(super::types::ErrorInfo),
    /// `504`: Gateway Timeout.
    ///
    /// Any other `code`.
    GatewayTimeoutOther(super::types::ErrorInfo),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for GetSessionDetailsByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidArgument(_) => f.write_str("400 INVALID_ARGUMENT"),
            Self::OutOfRange(_) => f.write_str("400 OUT_OF_RANGE"),
            Self::BadRequestOther(_) => f.write_str("400 BadRequestOther"),
            Self::Unauthenticated(_) => f.write_str("401 UNAUTHENTICATED"),
            Self::UnauthorizedOther(_) => f.write_str("401 UnauthorizedOther"),
            Self::PermissionDenied(_) => f.write_str("403 PERMISSION_DENIED"),
            Self::InvalidTokenContext(_) => f.write_str("403 INVALID_TOKEN_CONTEXT"),
            Self::ForbiddenOther(_) => f.write_str("403 ForbiddenOther"),
            Self::NotFound(_) => f.write_str("404 NOT_FOUND"),
            Self::IdentifierNotFound(_) => f.write_str("404 IDENTIFIER_NOT_FOUND"),
            Self::NotFoundOther(_) => f.write_str("404 NotFoundOther"),
            Self::Internal(_) => f.write_str("500 INTERNAL"),
            Self::InternalServerErrorOther(_) => {
                f.write_str("500 InternalServerErrorOther")
            }
            Self::Unavailable(_) => f.write_str("503 UNAVAILABLE"),
            Self::ServiceUnavailableOther(_) => {
                f.write_str("503 ServiceUnavailableOther")
            }
            Self::Timeout(_) => f.write_str("504 TIMEOUT"),
            Self::GatewayTimeoutOther(_) => f.write_str("504 GatewayTimeoutOther"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for GetSessionDetailsByIdError {}
/// The response headers `getSessionDetailsById` declares, typed; each is `None` when absent or not a valid value. Read them from a success or an error: `resp.typed_headers::<GetSessionDetailsByIdResponseHeaders>()`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetSessionDetailsByIdResponseHeaders {
    /// Correlation id for the different services; echoes the request's `x-correlator`.
    ///
    /// The `x-correlator` header, declared for 200, 400, 401, 403, 404, 500, 503, 504.
    pub x_correlator: Option<super::types::XCorrelator>,
}
impl From<&crate::runtime::HeaderMap> for GetSessionDetailsByIdResponseHeaders {
    fn from(headers: &crate::runtime::HeaderMap) -> Self {
        GetSessionDetailsByIdResponseHeaders {
            x_correlator: crate::runtime::typed_header(headers, "x-correlator"),
        }
    }
}
/// The request of [`deleteSessionById`](super::Client::delete_session_by_id): `DELETE /sessions/{mediaSessionId}`.
///
/// Terminate and delete a media session
#[derive(Debug, Clone)]
pub struct DeleteSessionByIdRequest {
    /// The id of the media session, as returned by createSession.
    ///
    /// Sent as the path parameter `mediaSessionId`.
    /// Constraints: at most 256 characters.
    /// Example: `"0AEE1B58BAEEDA3EABA42B32EBB3DFE0DEAD3F90AE0CEB9EEB0C0F703E199FC00E7C6E648F50EE885FF0CE6C7E1CEE795EDD"`.
    pub media_session_id: String,
    /// Correlation id for the different services; echoed in the `x-correlator` response header.
    ///
    /// Sent as the header parameter `x-correlator`.
    pub x_correlator: Option<super::types::XCorrelator>,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl DeleteSessionByIdRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(media_session_id: impl Into<String>) -> Self {
        DeleteSessionByIdRequest {
            media_session_id: media_session_id.into(),
            x_correlator: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `x_correlator`.
    pub fn with_x_correlator(mut self, value: impl Into<String>) -> Self {
        self.x_correlator = Some(value.into());
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
/// The documented error responses of `deleteSessionById`.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteSessionByIdError {
    /// `400` with `code` = `INVALID_ARGUMENT`.
    InvalidArgument(super::types::ErrorInfo),
    /// `400` with `code` = `OUT_OF_RANGE`.
    OutOfRange(super::types::ErrorInfo),
    /// `400`: Bad Request. The request has an invalid argument or a value out of range.
    ///
    /// Any other `code`.
    BadRequestOther(super::types::ErrorInfo),
    /// `401` with `code` = `UNAUTHENTICATED`.
    Unauthenticated(super::types::ErrorInfo),
    /// `401`: Unauthorized. The request is not authenticated.
    ///
    /// Any other `code`.
    UnauthorizedOther(super::types::ErrorInfo),
    /// `403` with `code` = `PERMISSION_DENIED`.
    PermissionDenied(super::types::ErrorInfo),
    /// `403` with `code` = `INVALID_TOKEN_CONTEXT`.
    InvalidTokenContext(super::types::ErrorInfo),
    /// `403`: Forbidden. The client lacks permission, or the request is inconsistent with the access token.
    ///
    /// Any other `code`.
    ForbiddenOther(super::types::ErrorInfo),
    /// `404` with `code` = `NOT_FOUND`.
    NotFound(super::types::ErrorInfo),
    /// `404` with `code` = `IDENTIFIER_NOT_FOUND`.
    IdentifierNotFound(super::types::ErrorInfo),
    /// `404`: Not Found. The media session, or an identifier in the request, does not exist.
    ///
    /// Any other `code`.
    NotFoundOther(super::types::ErrorInfo),
    /// `500` with `code` = `INTERNAL`.
    Internal(super::types::ErrorInfo),
    /// `500`: Internal Server Error.
    ///
    /// Any other `code`.
    InternalServerErrorOther(super::types::ErrorInfo),
    /// `503` with `code` = `UNAVAILABLE`.
    Unavailable(super::types::ErrorInfo),
    /// `503`: Service Unavailable.
    ///
    /// Any other `code`.
    ServiceUnavailableOther(super::types::ErrorInfo),
    /// `504` with `code` = `TIMEOUT`.
    Timeout(super::types::ErrorInfo),
    /// `504`: Gateway Timeout.
    ///
    /// Any other `code`.
    GatewayTimeoutOther(super::types::ErrorInfo),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for DeleteSessionByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidArgument(_) => f.write_str("400 INVALID_ARGUMENT"),
            Self::OutOfRange(_) => f.write_str("400 OUT_OF_RANGE"),
            Self::BadRequestOther(_) => f.write_str("400 BadRequestOther"),
            Self::Unauthenticated(_) => f.write_str("401 UNAUTHENTICATED"),
            Self::UnauthorizedOther(_) => f.write_str("401 UnauthorizedOther"),
            Self::PermissionDenied(_) => f.write_str("403 PERMISSION_DENIED"),
            Self::InvalidTokenContext(_) => f.write_str("403 INVALID_TOKEN_CONTEXT"),
            Self::ForbiddenOther(_) => f.write_str("403 ForbiddenOther"),
            Self::NotFound(_) => f.write_str("404 NOT_FOUND"),
            Self::IdentifierNotFound(_) => f.write_str("404 IDENTIFIER_NOT_FOUND"),
            Self::NotFoundOther(_) => f.write_str("404 NotFoundOther"),
            Self::Internal(_) => f.write_str("500 INTERNAL"),
            Self::InternalServerErrorOther(_) => {
                f.write_str("500 InternalServerErrorOther")
            }
            Self::Unavailable(_) => f.write_str("503 UNAVAILABLE"),
            Self::ServiceUnavailableOther(_) => {
                f.write_str("503 ServiceUnavailableOther")
            }
            Self::Timeout(_) => f.write_str("504 TIMEOUT"),
            Self::GatewayTimeoutOther(_) => f.write_str("504 GatewayTimeoutOther"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for DeleteSessionByIdError {}
/// The response headers `deleteSessionById` declares, typed; each is `None` when absent or not a valid value. Read them from a success or an error: `resp.typed_headers::<DeleteSessionByIdResponseHeaders>()`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteSessionByIdResponseHeaders {
    /// Correlation id for the different services; echoes the request's `x-correlator`.
    ///
    /// The `x-correlator` header, declared for 204, 400, 401, 403, 404, 500, 503, 504.
    pub x_correlator: Option<super::types::XCorrelator>,
}
impl From<&crate::runtime::HeaderMap> for DeleteSessionByIdResponseHeaders {
    fn from(headers: &crate::runtime::HeaderMap) -> Self {
        DeleteSessionByIdResponseHeaders {
            x_correlator: crate::runtime::typed_header(headers, "x-correlator"),
        }
    }
}
/// The request of [`updateSessionStatus`](super::Client::update_session_status): `PUT /sessions/{mediaSessionId}/status`.
///
/// Update the status of a media session
#[derive(Debug, Clone)]
pub struct UpdateSessionStatusRequest {
    /// The id of the media session, as returned by createSession.
    ///
    /// Sent as the path parameter `mediaSessionId`.
    /// Constraints: at most 256 characters.
    /// Example: `"0AEE1B58BAEEDA3EABA42B32EBB3DFE0DEAD3F90AE0CEB9EEB0C0F703E199FC00E7C6E648F50EE885FF0CE6C7E1CEE795EDD"`.
    pub media_session_id: String,
    /// Correlation id for the different services; echoed in the `x-correlator` response header.
    ///
    /// Sent as the header parameter `x-correlator`.
    pub x_correlator: Option<super::types::XCorrelator>,
    /// The new status, and optionally a new SDP offer/answer and location.
    pub body: super::types::MediaSessionStatusChange,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl UpdateSessionStatusRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(
        media_session_id: impl Into<String>,
        body: super::types::MediaSessionStatusChange,
    ) -> Self {
        UpdateSessionStatusRequest {
            media_session_id: media_session_id.into(),
            x_correlator: None,
            body,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `x_correlator`.
    pub fn with_x_correlator(mut self, value: impl Into<String>) -> Self {
        self.x_correlator = Some(value.into());
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
/// The successful responses of `updateSessionStatus`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSessionStatusResponse {
    /// `200`: OK. The status was changed; the updated media session is returned.
    Ok(super::types::MediaSessionResponse),
    /// `204`: No Content. The status was changed.
    NoContent,
}
/// The documented error responses of `updateSessionStatus`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSessionStatusError {
    /// `400` with `code` = `INVALID_ARGUMENT`.
    InvalidArgument(super::types::ErrorInfo),
    /// `400` with `code` = `OUT_OF_RANGE`.
    OutOfRange(super::types::ErrorInfo),
    /// `400`: Bad Request. The request has an invalid argument or a value out of range.
    ///
    /// Any other `code`.
    BadRequestOther(super::types::ErrorInfo),
    /// `401` with `code` = `UNAUTHENTICATED`.
    Unauthenticated(super::types::ErrorInfo),
    /// `401`: Unauthorized. The request is not authenticated.
    ///
    /// Any other `code`.
    UnauthorizedOther(super::types::ErrorInfo),
    /// `403` with `code` = `PERMISSION_DENIED`.
    PermissionDenied(super::types::ErrorInfo),
    /// `403` with `code` = `INVALID_TOKEN_CONTEXT`.
    InvalidTokenContext(super::types::ErrorInfo),
    /// `403`: Forbidden. The client lacks permission, or the request is inconsistent with the access token.
    ///
    /// Any other `code`.
    ForbiddenOther(super::types::ErrorInfo),
    /// `404` with `code` = `NOT_FOUND`.
    NotFound(super::types::ErrorInfo),
    /// `404` with `code` = `IDENTIFIER_NOT_FOUND`.
    IdentifierNotFound(super::types::ErrorInfo),
    /// `404`: Not Found. The media session, or an identifier in the request, does not exist.
    ///
    /// Any other `code`.
    NotFoundOther(super::types::ErrorInfo),
    /// `500` with `code` = `INTERNAL`.
    Internal(super::types::ErrorInfo),
    /// `500`: Internal Server Error.
    ///
    /// Any other `code`.
    InternalServerErrorOther(super::types::ErrorInfo),
    /// `503` with `code` = `UNAVAILABLE`.
    Unavailable(super::types::ErrorInfo),
    /// `503`: Service Unavailable.
    ///
    /// Any other `code`.
    ServiceUnavailableOther(super::types::ErrorInfo),
    /// `504` with `code` = `TIMEOUT`.
    Timeout(super::types::ErrorInfo),
    /// `504`: Gateway Timeout.
    ///
    /// Any other `code`.
    GatewayTimeoutOther(super::types::ErrorInfo),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for UpdateSessionStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidArgument(_) => f.write_str("400 INVALID_ARGUMENT"),
            Self::OutOfRange(_) => f.write_str("400 OUT_OF_RANGE"),
            Self::BadRequestOther(_) => f.write_str("400 BadRequestOther"),
            Self::Unauthenticated(_) => f.write_str("401 UNAUTHENTICATED"),
            Self::UnauthorizedOther(_) => f.write_str("401 UnauthorizedOther"),
            Self::PermissionDenied(_) => f.write_str("403 PERMISSION_DENIED"),
            Self::InvalidTokenContext(_) => f.write_str("403 INVALID_TOKEN_CONTEXT"),
            Self::ForbiddenOther(_) => f.write_str("403 ForbiddenOther"),
            Self::NotFound(_) => f.write_str("404 NOT_FOUND"),
            Self::IdentifierNotFound(_) => f.write_str("404 IDENTIFIER_NOT_FOUND"),
            Self::NotFoundOther(_) => f.write_str("404 NotFoundOther"),
            Self::Internal(_) => f.write_str("500 INTERNAL"),
            Self::InternalServerErrorOther(_) => {
                f.write_str("500 InternalServerErrorOther")
            }
            Self::Unavailable(_) => f.write_str("503 UNAVAILABLE"),
            Self::ServiceUnavailableOther(_) => {
                f.write_str("503 ServiceUnavailableOther")
            }
            Self::Timeout(_) => f.write_str("504 TIMEOUT"),
            Self::GatewayTimeoutOther(_) => f.write_str("504 GatewayTimeoutOther"),
            Self::Unexpected { status, .. } => write!(f, "unexpected status {status}"),
        }
    }
}
impl ::std::error::Error for UpdateSessionStatusError {}
/// The response headers `updateSessionStatus` declares, typed; each is `None` when absent or not a valid value. Read them from a success or an error: `resp.typed_headers::<UpdateSessionStatusResponseHeaders>()`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateSessionStatusResponseHeaders {
    /// Correlation id for the different services; echoes the request's `x-correlator`.
    ///
    /// The `x-correlator` header, declared for 200, 204, 400, 401, 403, 404, 500, 503, 504.
    pub x_correlator: Option<super::types::XCorrelator>,
}
impl From<&crate::runtime::HeaderMap> for UpdateSessionStatusResponseHeaders {
    fn from(headers: &crate::runtime::HeaderMap) -> Self {
        UpdateSessionStatusResponseHeaders {
            x_correlator: crate::runtime::typed_header(headers, "x-correlator"),
        }
    }
}
