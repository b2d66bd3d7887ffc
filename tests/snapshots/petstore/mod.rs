//! Snapshot Pet Store (version 1.0.0)
//!
//! A pet store, small enough to read its generated code in full.
//!
//! [`Client`] has a method per operation; [`types`] has the request and response types; each operation's request, response and error types are re-exported here.
pub mod client;
pub mod operations;
pub mod types;
pub use client::{Client, ClientBuilder, PetstoreApi, DEFAULT_BASE_URL, SERVERS};
pub use operations::*;
pub use crate::runtime::{
    BoxError, BuildError, DEFAULT_TIMEOUT, Error, RequestOptions, Response, RetryPolicy,
    TokenProvider,
};
