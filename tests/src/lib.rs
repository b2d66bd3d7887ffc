//! Tests of the generator and of the generated crate live under `tests/`. This library
//! holds only the fixture clients that `build.rs` generates from `fixtures/*.yaml`.

/// The runtime the fixture clients use (their code refers to `crate::runtime`).
pub use session_apis::runtime;

/// Generated from `tests/fixtures/client_auth.yaml`: every kind of security scheme and
/// requirement, enumerated server variables, typed response headers.
#[allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::large_enum_variant)]
pub mod client_auth {
    include!(concat!(env!("OUT_DIR"), "/client_auth.rs"));
}

/// Generated from `tests/fixtures/features.yaml`: the constructs of real specs (several
/// response bodies, status ranges, media types, compositions, recursion, odd names).
#[allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::large_enum_variant)]
pub mod features {
    include!(concat!(env!("OUT_DIR"), "/features.rs"));
}

/// Generated from `tests/fixtures/regressions.yaml`: a schema per class of fault that real
/// specs' examples found (nullable through `$ref`, untagged unions of optional members,
/// properties beside a oneOf, a property declared by two allOf members).
#[allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::large_enum_variant)]
pub mod regressions {
    include!(concat!(env!("OUT_DIR"), "/regressions.rs"));
}

/// The same spec generated with `keep_unknown_properties`: structs keep undeclared
/// properties.
#[allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::large_enum_variant)]
pub mod regressions_open {
    include!(concat!(env!("OUT_DIR"), "/regressions_open.rs"));
}

/// Generated from the hygiene spec `tests/build.rs` builds: every identifier the emitter
/// writes on its own, as parameters, properties, schemas, enum values, operations, server
/// variables and security schemes (see `tests/tests/hygiene.rs`).
#[allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::large_enum_variant)]
pub mod emitter_names {
    include!(concat!(env!("OUT_DIR"), "/emitter_names.rs"));

    /// Requests of the hygiene spec with every parameter set to its own name.
    pub mod calls {
        include!(concat!(env!("OUT_DIR"), "/emitter_names_calls.rs"));
    }
}

/// The identifiers the emitter writes on its own (a name pool for the property test).
pub mod vocabulary {
    include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
}

/// Generated from `tests/fixtures/utoipa_sessions.json`, the OpenAPI 3.1 document utoipa
/// writes for the axum service of `tests/utoipa_roundtrip.rs`.
#[allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::large_enum_variant)]
pub mod utoipa_sessions {
    include!(concat!(env!("OUT_DIR"), "/utoipa_sessions.rs"));
}
