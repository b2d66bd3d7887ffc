//! The client: one method per operation.
//!
//! Nothing is imported here: every item outside this file is named by its full path,
//! so no name from the spec can shadow what the generated code means.
/// The spec's security schemes, in order; operations refer to them by index.
static SCHEMES: &[crate::runtime::SchemeSpec] = &[
    crate::runtime::SchemeSpec {
        name: "bearerAuth",
        kind: crate::runtime::SchemeKind::Bearer,
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
    /// Credentials for the `bearerAuth` security scheme.
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
    /// Builds the client; fails, naming the setting, on an invalid or insecure base URL.
    pub fn build(self) -> Result<Client, crate::runtime::BuildError> {
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
    /// List pets
    ///
    /// `GET /pets` (operationId `listPets`)
    pub async fn list_pets(
        &self,
        request: super::operations::ListPetsRequest,
    ) -> Result<
        crate::runtime::Response<Vec<super::types::Pet>>,
        crate::runtime::Error<super::operations::ListPetsError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "listPets",
            method: "GET",
            path: "/pets",
            params: &[
                crate::runtime::ParamSpec::query(
                    "limit",
                    crate::runtime::ParamStyle::Form,
                    true,
                ),
                crate::runtime::ParamSpec::query(
                    "kind",
                    crate::runtime::ParamStyle::Form,
                    true,
                ),
            ],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [
            crate::runtime::param(&request.limit),
            crate::runtime::param(&request.kind),
        ];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_list_pets(raw)
    }
    /// Create a pet
    ///
    /// `POST /pets` (operationId `createPet`)
    pub async fn create_pet(
        &self,
        request: super::operations::CreatePetRequest,
    ) -> Result<
        crate::runtime::Response<super::types::Pet>,
        crate::runtime::Error<super::operations::CreatePetError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "createPet",
            method: "POST",
            path: "/pets",
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
                request
                    .body
                    .as_ref()
                    .map(|body| crate::runtime::Body::json("application/json", body)),
                request.options,
            )
            .await?;
        decode_create_pet(raw)
    }
    /// `GET /pets/{petId}` (operationId `getPet`)
    pub async fn get_pet(
        &self,
        request: super::operations::GetPetRequest,
    ) -> Result<
        crate::runtime::Response<super::types::Pet>,
        crate::runtime::Error<super::operations::GetPetError>,
    > {
        const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
            operation_id: "getPet",
            method: "GET",
            path: "/pets/{0}",
            params: &[crate::runtime::ParamSpec::path("petId")],
            security: &[&[0]],
            idempotent: true,
        };
        let params = [crate::runtime::param(&request.pet_id)];
        let raw = self.transport.send(&META, &params, None, request.options).await?;
        decode_get_pet(raw)
    }
}
/// Every operation of the API, implemented by [`Client`]. Write code against this trait to substitute a fake in tests.
#[allow(clippy::new_ret_no_self, clippy::wrong_self_convention)]
pub trait PetstoreApi {
    /// List pets
    /// [`Client::list_pets`]: `GET /pets`.
    fn list_pets(
        &self,
        request: super::operations::ListPetsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<Vec<super::types::Pet>>,
            crate::runtime::Error<super::operations::ListPetsError>,
        >,
    > + Send;
    /// Create a pet
    /// [`Client::create_pet`]: `POST /pets`.
    fn create_pet(
        &self,
        request: super::operations::CreatePetRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Pet>,
            crate::runtime::Error<super::operations::CreatePetError>,
        >,
    > + Send;
    /// [`Client::get_pet`]: `GET /pets/{petId}`.
    fn get_pet(
        &self,
        request: super::operations::GetPetRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Pet>,
            crate::runtime::Error<super::operations::GetPetError>,
        >,
    > + Send;
}
impl PetstoreApi for Client {
    fn list_pets(
        &self,
        request: super::operations::ListPetsRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<Vec<super::types::Pet>>,
            crate::runtime::Error<super::operations::ListPetsError>,
        >,
    > + Send {
        Client::list_pets(self, request)
    }
    fn create_pet(
        &self,
        request: super::operations::CreatePetRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Pet>,
            crate::runtime::Error<super::operations::CreatePetError>,
        >,
    > + Send {
        Client::create_pet(self, request)
    }
    fn get_pet(
        &self,
        request: super::operations::GetPetRequest,
    ) -> impl ::std::future::Future<
        Output = Result<
            crate::runtime::Response<super::types::Pet>,
            crate::runtime::Error<super::operations::GetPetError>,
        >,
    > + Send {
        Client::get_pet(self, request)
    }
}
fn decode_list_pets(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<Vec<super::types::Pet>>,
    crate::runtime::Error<super::operations::ListPetsError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<Vec<super::types::Pet>>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Problem>()
                .map(super::operations::ListPetsError::BadRequest);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::ListPetsError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_create_pet(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::Pet>,
    crate::runtime::Error<super::operations::CreatePetError>,
> {
    match raw.status.as_u16() {
        201u16 => {
            let body = raw.json::<super::types::Pet>();
            raw.success(body)
        }
        400u16 => {
            let error = raw
                .json::<super::types::Problem>()
                .map(super::operations::CreatePetError::BadRequest);
            raw.failure(error)
        }
        409u16 => {
            let error = raw
                .json::<super::types::Problem>()
                .map(super::operations::CreatePetError::Conflict);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::CreatePetError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
fn decode_get_pet(
    raw: crate::runtime::RawResponse,
) -> Result<
    crate::runtime::Response<super::types::Pet>,
    crate::runtime::Error<super::operations::GetPetError>,
> {
    match raw.status.as_u16() {
        200u16 => {
            let body = raw.json::<super::types::Pet>();
            raw.success(body)
        }
        404u16 => {
            let error = raw
                .json::<super::types::Problem>()
                .map(super::operations::GetPetError::NotFound);
            raw.failure(error)
        }
        _ => {
            let error = super::operations::GetPetError::Unexpected {
                status: raw.status,
                body: raw.bytes(),
            };
            raw.failure(Ok(error))
        }
    }
}
