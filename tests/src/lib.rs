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

/// A generated crate written to a scratch folder and built there by cargo, outside the
/// workspace, with its dependencies built once into one target folder for every such crate.
pub mod scratch {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};
    use std::process::Output;

    /// The generated crate's files (and `extra` ones, such as tests) in a fresh folder of
    /// the temporary directory, named `name` and the process id. The workspace's lock file
    /// goes with them, so the dependencies are the versions the workspace builds.
    pub fn write_crate(name: &str, files: &BTreeMap<String, String>, extra: &[(&str, &str)]) -> PathBuf {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is in the workspace");
        let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let extra = extra.iter().map(|(p, t)| (p.to_string(), t.to_string()));
        for (rel, text) in files.iter().map(|(p, t)| (p.clone(), t.clone())).chain(extra) {
            let p = dir.join(rel);
            std::fs::create_dir_all(p.parent().expect("a file has a folder")).expect("scratch folder");
            std::fs::write(&p, text).expect("scratch file");
        }
        // Outside any workspace.
        let manifest = dir.join("Cargo.toml");
        let mut cargo_toml = std::fs::read_to_string(&manifest).expect("a generated crate has a manifest");
        if !cargo_toml.contains("[workspace]") {
            cargo_toml.push_str("\n[workspace]\n");
        }
        std::fs::write(&manifest, cargo_toml).expect("manifest");
        std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
        dir
    }

    /// `cargo ARGS` in `dir`, its target folder `target/hostile` of the workspace (or of
    /// `CARGO_TARGET_DIR`), shared by every scratch crate.
    pub fn cargo(dir: &Path, args: &[&str]) -> Output {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is in the workspace");
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace.join("target"))
            .join("hostile");
        std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(args)
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .expect("cargo runs")
    }
}
