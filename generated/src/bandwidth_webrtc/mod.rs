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
pub mod client;
pub mod operations;
pub mod types;
pub use client::{Client, ClientBuilder, BandwidthWebrtcApi, DEFAULT_BASE_URL, SERVERS};
pub use operations::*;
pub use crate::runtime::{
    ApiError, BoxError, DEFAULT_TIMEOUT, Error, RequestOptions, Response, RetryPolicy,
    TokenProvider,
};
