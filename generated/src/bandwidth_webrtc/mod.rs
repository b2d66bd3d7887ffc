// @generated from specs/bandwidth_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Bandwidth WebRTC Sessions API (version 1.0.0)
//!
//! Sessions and participants of the Bandwidth WebRTC platform.
//!
//! A session is a container for participants; participants joined to the same
//! session can publish and subscribe to each other's media streams. Every
//! operation is authenticated with HTTP Basic authentication using the
//! Bandwidth Dashboard API credentials (API user and password).
//!
//! Errors: `400`, `404`, `409` and every server error (`5XX`) carry an
//! `Error` body (`{ error, requestId }`); `401` and `403` carry an
//! `AccessDenied` body (`{ message }`).
//!
//! [`Client`] has a method per operation; [`types`] has the request and response types; each operation's request, response and error types are re-exported here.
//!
//! # Quick start
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use session_apis::bandwidth_webrtc::{Client, Error, GetSessionError, GetSessionRequest};
//!
//! let client = Client::builder()
//!     .basic_auth("user", "password")
//!     .build()?;
//! let request = GetSessionRequest::new("9900000", "75c21163-e110-41bc-bd76-1bb428ec85d5");
//! match client.get_session(request).await {
//!     Ok(response) => println!("{:?}", response.body),
//!     Err(Error::Api { error: GetSessionError::NotFound(details), .. }) => println!("{details:?}"),
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
pub use client::{Client, ClientBuilder, BandwidthWebrtcApi, DEFAULT_BASE_URL, SERVERS};
pub use operations::*;
pub use crate::runtime::{
    BoxError, BuildError, DEFAULT_TIMEOUT, Error, RequestOptions, Response, RetryPolicy,
    TokenProvider,
};
