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
pub mod client;
pub mod operations;
pub mod types;
pub use client::{Client, ClientBuilder, ZepSessionsApi, DEFAULT_BASE_URL, SERVERS};
pub use operations::*;
pub use crate::runtime::{
    ApiError, BoxError, DEFAULT_TIMEOUT, Error, RequestOptions, Response, RetryPolicy,
    TokenProvider,
};
