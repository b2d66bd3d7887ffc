//! The client: one method per operation.
#[allow(unused_imports)]
use super::types;
#[allow(unused_imports)]
use super::operations::*;
use crate::runtime::{self, Error, OperationMeta, RawResponse, RequestParts, Response};
/// The spec's security schemes, in order; operations refer to them by index.
static SCHEMES: &[runtime::SchemeSpec] = &[
    runtime::SchemeSpec {
        name: "bearerAuth",
        kind: runtime::SchemeKind::Bearer,
        env: None,
    },
];
/// The spec's first server: `https://pets.example.com/v1`.
pub const DEFAULT_BASE_URL: &str = "https://pets.example.com/v1";
/// Every server URL template the spec lists; variables (`{name}`) of servers after
/// the first are left for you to fill in.
pub const SERVERS: &[&str] = &["https://pets.example.com/v1"];
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
    /// Credentials for the `bearerAuth` security scheme.
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
    /// List pets
    ///
    /// `GET /pets` (operationId `listPets`)
    pub async fn list_pets(
        &self,
        request: ListPetsRequest,
    ) -> Result<Response<Vec<types::Pet>>, Error<ListPetsError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "listPets",
            method: "GET",
            security: &[&[0usize]],
            idempotent: true,
        };
        let ListPetsRequest { limit, kind, options } = request;
        let mut path = String::new();
        path.push_str("/pets");
        let mut parts = RequestParts::new(path);
        parts.query("limit", &limit, runtime::ParamStyle::Form, true);
        parts.query("kind", &kind, runtime::ParamStyle::Form, true);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_list_pets(raw)
    }
    /// Create a pet
    ///
    /// `POST /pets` (operationId `createPet`)
    pub async fn create_pet(
        &self,
        request: CreatePetRequest,
    ) -> Result<Response<types::Pet>, Error<CreatePetError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "createPet",
            method: "POST",
            security: &[&[0usize]],
            idempotent: false,
        };
        let CreatePetRequest { body, options } = request;
        let mut path = String::new();
        path.push_str("/pets");
        let mut parts = RequestParts::new(path);
        if let Some(body) = &body {
            parts.json("application/json", body);
        }
        let raw = self.transport.send(&META, parts, options).await?;
        decode_create_pet(raw)
    }
    /// `GET /pets/{petId}` (operationId `getPet`)
    pub async fn get_pet(
        &self,
        request: GetPetRequest,
    ) -> Result<Response<types::Pet>, Error<GetPetError>> {
        const META: OperationMeta = OperationMeta {
            operation_id: "getPet",
            method: "GET",
            security: &[&[0usize]],
            idempotent: true,
        };
        let GetPetRequest { pet_id, options } = request;
        let mut path = String::new();
        path.push_str("/pets/");
        path.push_str(
            &runtime::path_param(&pet_id, runtime::ParamStyle::Simple, false, "petId")
                .map_err(Error::InvalidRequest)?,
        );
        let parts = RequestParts::new(path);
        let raw = self.transport.send(&META, parts, options).await?;
        decode_get_pet(raw)
    }
}
/// Every operation of the API, implemented by [`Client`]. Write code against this trait to substitute a fake in tests.
pub trait PetstoreApi {
    /// List pets
    ///
    /// `GET /pets` (operationId `listPets`)
    fn list_pets(
        &self,
        request: ListPetsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<Vec<types::Pet>>, Error<ListPetsError>>,
    > + Send;
    /// Create a pet
    ///
    /// `POST /pets` (operationId `createPet`)
    fn create_pet(
        &self,
        request: CreatePetRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Pet>, Error<CreatePetError>>,
    > + Send;
    /// `GET /pets/{petId}` (operationId `getPet`)
    fn get_pet(
        &self,
        request: GetPetRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Pet>, Error<GetPetError>>,
    > + Send;
}
impl PetstoreApi for Client {
    fn list_pets(
        &self,
        request: ListPetsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<Vec<types::Pet>>, Error<ListPetsError>>,
    > + Send {
        Client::list_pets(self, request)
    }
    fn create_pet(
        &self,
        request: CreatePetRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Pet>, Error<CreatePetError>>,
    > + Send {
        Client::create_pet(self, request)
    }
    fn get_pet(
        &self,
        request: GetPetRequest,
    ) -> impl ::std::future::Future<
        Output = Result<Response<types::Pet>, Error<GetPetError>>,
    > + Send {
        Client::get_pet(self, request)
    }
}
fn decode_list_pets(
    raw: RawResponse,
) -> Result<Response<Vec<types::Pet>>, Error<ListPetsError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<Vec<types::Pet>>();
            raw.success(body)
        }
        400u16 => {
            let error = raw.json::<types::Problem>().map(ListPetsError::BadRequest);
            raw.failure(error)
        }
        _ => {
            let error = ListPetsError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_create_pet(
    raw: RawResponse,
) -> Result<Response<types::Pet>, Error<CreatePetError>> {
    match raw.status.as_u16() {
        201u16 => {
            let body = raw.json::<types::Pet>();
            raw.success(body)
        }
        400u16 => {
            let error = raw.json::<types::Problem>().map(CreatePetError::BadRequest);
            raw.failure(error)
        }
        409u16 => {
            let error = raw.json::<types::Problem>().map(CreatePetError::Conflict);
            raw.failure(error)
        }
        _ => {
            let error = CreatePetError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_get_pet(raw: RawResponse) -> Result<Response<types::Pet>, Error<GetPetError>> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<types::Pet>();
            raw.success(body)
        }
        404u16 => {
            let error = raw.json::<types::Problem>().map(GetPetError::NotFound);
            raw.failure(error)
        }
        _ => {
            let error = GetPetError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
