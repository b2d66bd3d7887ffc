// @generated from specs/camara_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! CAMARA WebRTC Call Handling (version wip)
//!
//! Creates and manages voice and/or video media sessions between a WebRTC
//! device registered on the network and other parties (tel: or sip:
//! addresses, or emergency services).
//!
//! Creating a session requires the `registrationId` header, the registration
//! id the network assigned to the device. Every operation accepts an optional
//! `x-correlator` header; the server echoes it in an `x-correlator` response
//! header on every response, errors included.
//!
//! Authentication uses OpenID Connect: an access token sent as
//! `Authorization: Bearer <token>`, with a scope per operation
//! (`webrtc-call-handling:sessions:create`, `:sessions:read`,
//! `:sessions:write`, `:sessions:delete`).
//!
//! Operation ids, schema names, paths, statuses and error codes follow the
//! owner's definition (CAMARA WebRTC, `webrtc-call-handling.yaml`). Beyond it,
//! this spec documents the statuses of CAMARA's common error model (429, 500,
//! 503, 504), so that a client decodes them as typed errors.
//!
//! Errors carry an `ErrorInfo` body `{ status, code, message }`; for each
//! HTTP status the allowed `code` values are narrowed by the response schema.
//!
//! [`Client`] has a method per operation; [`types`] has the request and response types; each operation's request, response and error types are re-exported here.
pub mod client;
pub mod operations;
pub mod types;
pub use client::{
    Client, ClientBuilder, CamaraWebrtcApi, DEFAULT_BASE_URL, SERVERS, server_url,
    ServerVariables,
};
pub use operations::*;
pub use crate::runtime::{
    ApiError, BoxError, DEFAULT_TIMEOUT, Error, RequestOptions, Response, RetryPolicy,
    TokenProvider,
};
