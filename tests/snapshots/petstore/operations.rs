//! Per operation: the request (parameters and body), the response when it has
//! several shapes, and the typed error.
//!
//! Nothing is imported here: every item outside this file is named by its full path,
//! so no name from the spec can shadow what the generated code means.
/// The request of [`listPets`](super::Client::list_pets): `GET /pets`.
///
/// List pets
#[derive(Debug, Clone, Default)]
pub struct ListPetsRequest {
    /// How many pets to return at most.
    ///
    /// Sent as the query parameter `limit`.
    /// Constraints: minimum 1, maximum 100.
    pub limit: Option<i32>,
    /// Sent as the query parameter `kind`.
    pub kind: Option<super::types::Kind>,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl ListPetsRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new() -> Self {
        ListPetsRequest {
            limit: None,
            kind: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `limit`.
    pub fn with_limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `kind`.
    pub fn with_kind(mut self, value: super::types::Kind) -> Self {
        self.kind = Some(value);
        self
    }
    /// Overrides the client's timeout for this request.
    pub fn with_timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn with_retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request (replacing one the request would send under
    /// the same name).
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The error responses of `listPets`: a variant per status the spec documents for it, named by its reason phrase (`NotFound`, `ClientError` for `4XX`, `DefaultError` for `default`), holding the typed body.
///
/// Where the spec narrows an error body's code per status (as CAMARA does), each code has its own variant (`OutOfRange`) and `<Status>Other` takes any other code. A status the spec does not document arrives as `Unexpected`.
///
/// `Display` reads like a sentence: `OUT_OF_RANGE: Client specified an invalid range.` (the error's own `Display` puts the status first).
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsError {
    /// `400`: A problem.
    BadRequest(super::types::Problem),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for ListPetsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                crate::runtime::write_error(
                    f,
                    "Bad Request",
                    None,
                    crate::runtime::ErrorText::error_text(&body.message),
                )
            }
            Self::Unexpected { body, .. } => crate::runtime::write_unexpected(f, body),
        }
    }
}
impl ::std::error::Error for ListPetsError {}
/// The request of [`createPet`](super::Client::create_pet): `POST /pets`.
///
/// Create a pet
#[derive(Debug, Clone, Default)]
pub struct CreatePetRequest {
    /// The request body.
    pub body: Option<super::types::NewPet>,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl CreatePetRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new() -> Self {
        CreatePetRequest {
            body: None,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Sets `body`.
    pub fn with_body(mut self, value: super::types::NewPet) -> Self {
        self.body = Some(value);
        self
    }
    /// Overrides the client's timeout for this request.
    pub fn with_timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn with_retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request (replacing one the request would send under
    /// the same name).
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The error responses of `createPet`: a variant per status the spec documents for it, named by its reason phrase (`NotFound`, `ClientError` for `4XX`, `DefaultError` for `default`), holding the typed body.
///
/// Where the spec narrows an error body's code per status (as CAMARA does), each code has its own variant (`OutOfRange`) and `<Status>Other` takes any other code. A status the spec does not document arrives as `Unexpected`.
///
/// `Display` reads like a sentence: `OUT_OF_RANGE: Client specified an invalid range.` (the error's own `Display` puts the status first).
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePetError {
    /// `400`: A problem.
    BadRequest(super::types::Problem),
    /// `409`: A problem.
    Conflict(super::types::Problem),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for CreatePetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                crate::runtime::write_error(
                    f,
                    "Bad Request",
                    None,
                    crate::runtime::ErrorText::error_text(&body.message),
                )
            }
            Self::Conflict(body) => {
                crate::runtime::write_error(
                    f,
                    "Conflict",
                    None,
                    crate::runtime::ErrorText::error_text(&body.message),
                )
            }
            Self::Unexpected { body, .. } => crate::runtime::write_unexpected(f, body),
        }
    }
}
impl ::std::error::Error for CreatePetError {}
/// The request of [`getPet`](super::Client::get_pet): `GET /pets/{petId}`.
#[derive(Debug, Clone)]
pub struct GetPetRequest {
    /// Sent as the path parameter `petId`.
    pub pet_id: String,
    /// Per-request settings: timeout, retries, extra headers.
    pub options: crate::runtime::RequestOptions,
}
impl GetPetRequest {
    /// A request with the required parameters set and the optional ones empty.
    pub fn new(pet_id: impl Into<String>) -> Self {
        GetPetRequest {
            pet_id: pet_id.into(),
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Overrides the client's timeout for this request.
    pub fn with_timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this request.
    pub fn with_retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }
    /// Sends an extra header with this request (replacing one the request would send under
    /// the same name).
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
}
/// The error responses of `getPet`: a variant per status the spec documents for it, named by its reason phrase (`NotFound`, `ClientError` for `4XX`, `DefaultError` for `default`), holding the typed body.
///
/// Where the spec narrows an error body's code per status (as CAMARA does), each code has its own variant (`OutOfRange`) and `<Status>Other` takes any other code. A status the spec does not document arrives as `Unexpected`.
///
/// `Display` reads like a sentence: `OUT_OF_RANGE: Client specified an invalid range.` (the error's own `Display` puts the status first).
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetError {
    /// `404`: A problem.
    NotFound(super::types::Problem),
    /// A status the spec does not document for this operation, with its raw body.
    Unexpected { status: crate::runtime::StatusCode, body: Vec<u8> },
}
impl ::std::fmt::Display for GetPetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                crate::runtime::write_error(
                    f,
                    "Not Found",
                    None,
                    crate::runtime::ErrorText::error_text(&body.message),
                )
            }
            Self::Unexpected { body, .. } => crate::runtime::write_unexpected(f, body),
        }
    }
}
impl ::std::error::Error for GetPetError {}
