// @generated from specs/zep_sessions.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Zep Memory Sessions API (version 2.0.0)
//!
//! Sessions of the Zep memory API (v2). A session is a conversation thread of
//! a user; its messages and derived facts make up the session's memory.
//!
//! Every operation is authenticated with the header
//! `Authorization: Api-Key <key>`. Errors carry an `ApiError` body
//! (`{ message }`).
//!
//! [`Client`] has a method per operation; [`types`] has the request and response types; each operation's request, response and error types are re-exported here.
//!
//! # Quick start
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use session_apis::zep_sessions::{Client, Error, ListSessionsOrderedError, ListSessionsOrderedRequest};
//!
//! let client = Client::builder()
//!     .api_key("key")
//!     .build()?;
//! let request = ListSessionsOrderedRequest::new();
//! match client.list_sessions_ordered(request).await {
//!     Ok(response) => println!("{:?}", response.body),
//!     Err(Error::Api { error: ListSessionsOrderedError::BadRequest(details), .. }) => println!("{details:?}"),
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The client's defaults (base URL, 60 s timeout, retries of idempotent calls) are on [`ClientBuilder`]; every method's page has an example like this one.
pub mod client;
pub mod operations;
pub mod types;
pub use client::{Client, ClientBuilder, ZepSessionsApi, DEFAULT_BASE_URL, SERVERS};
pub use operations::*;
pub use crate::runtime::{
    BoxError, BuildError, DEFAULT_TIMEOUT, Error, RequestOptions, Response, RetryPolicy,
    TokenProvider,
};
