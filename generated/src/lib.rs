// @generated from specs/bandwidth_webrtc.yaml, specs/camara_webrtc.yaml, specs/zep_sessions.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Typed async clients for HTTP APIs, generated from their OpenAPI specs.
//!
//! - [`bandwidth_webrtc`]: generated from `specs/bandwidth_webrtc.yaml`
//! - [`camara_webrtc`]: generated from `specs/camara_webrtc.yaml`
//! - [`zep_sessions`]: generated from `specs/zep_sessions.yaml`
#![deny(warnings)]
#![allow(
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags,
    rustdoc::invalid_rust_codeblocks
)]
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::large_enum_variant
)]
pub mod runtime;
pub mod bandwidth_webrtc;
pub mod camara_webrtc;
pub mod zep_sessions;
