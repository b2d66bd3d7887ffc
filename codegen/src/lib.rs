//! OpenAPI 3.0, 3.1 and 3.2 -> Rust client crate.
//!
//! The generator is a pipeline, a module per stage (3.1 and 3.2 documents are rewritten into
//! the 3.0 form while loading, by [`normalize`], so that later stages see one model):
//!
//! ```text
//! load -> lower -> emit -> format -> (write, in xtask)
//! spec    model    tokens  text
//! ```
//!
//! [`generate_crate`] runs it for a set of specs and returns every file of the crate in
//! memory; nothing is written unless every spec succeeded.

// Diagnostics are large and only ever on the cold path.
#![allow(clippy::result_large_err)]

pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod examples;
pub mod features;
pub mod format;
pub mod load;
pub mod locate;
pub mod lower;
pub mod model;
pub mod names;
pub mod normalize;
pub mod repair;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use diagnostics::{Diagnostic, Kind};

/// One spec to generate from.
#[derive(Debug, Clone)]
pub struct SpecInput {
    /// The path shown in headers and diagnostics (`specs/zep_sessions.yaml`).
    pub display_path: String,
    pub text: String,
    /// snake_case module name for the API: a valid identifier (a keyword as a raw
    /// identifier, `r#type`), unique among the specs of a crate and not a module the crate
    /// has anyway (`runtime`); [`module_names`] makes such names from file stems.
    pub module: String,
    /// The folder relative `$ref`s to other files are resolved against.
    pub base_dir: Option<std::path::PathBuf>,
}

/// How the crate is laid out.
#[derive(Debug, Clone, Default)]
pub struct CrateOptions {
    /// The package name (`session-apis`).
    pub crate_name: String,
    /// One module per spec (`crate::zep_sessions::Client`) when true; with a single spec and
    /// false, the API is the crate root (`crate::Client`).
    pub module_per_spec: bool,
    /// `#![deny(warnings)]` in `lib.rs`.
    pub deny_warnings: bool,
    /// The command that regenerates the crate, named in every file's header.
    pub command: String,
    /// An empty `[workspace]` in `Cargo.toml`, so the crate builds on its own even inside
    /// another workspace's folder.
    pub standalone: bool,
    /// Compile the usage examples of the documentation as (`no_run`) doctests. Off, they are
    /// still in the docs, and a crate the size of Stripe's does not pay for compiling them.
    pub doctests: bool,
    /// Structs of objects that allow properties they do not declare (`additionalProperties`
    /// absent) keep those in a flattened `additional_properties` map instead of dropping
    /// them on decode (see [`lower::LowerOptions`]).
    pub keep_unknown_properties: bool,
    /// A cargo feature per tag, on by default through `full`: each operation and the types
    /// only its tag's operations use are behind it, so a user of a few operations of a big
    /// API compiles only those (see [`features`]).
    pub features_by_tag: bool,
    /// `Serialize` only on the structs requests send, `Deserialize` only on those responses
    /// return (see [`features::plan_serde`]): less for the compiler, but a response type
    /// cannot be encoded again.
    pub serde_by_use: bool,
}

impl CrateOptions {
    fn lower_options(&self) -> lower::LowerOptions {
        lower::LowerOptions {
            keep_unknown_properties: self.keep_unknown_properties,
            features_by_tag: self.features_by_tag,
            serde_by_use: self.serde_by_use,
        }
    }
}

/// Figures for one spec, for the one-line summaries.
#[derive(Debug, Clone)]
pub struct SpecSummary {
    pub display_path: String,
    pub operations: usize,
    pub types: usize,
    pub files: usize,
    pub elapsed: Duration,
}

/// A generated crate, in memory.
#[derive(Debug, Clone)]
pub struct GeneratedCrate {
    /// Relative path (`src/lib.rs`) -> contents.
    pub files: BTreeMap<String, String>,
    pub summaries: Vec<SpecSummary>,
    pub warnings: Vec<Diagnostic>,
}

/// The runtime support copied into every generated crate.
const RUNTIME: &[(&str, &str)] = &[
    ("mod.rs", include_str!("../runtime/mod.rs")),
    ("params.rs", include_str!("../runtime/params.rs")),
    ("transport.rs", include_str!("../runtime/transport.rs")),
    ("untagged.rs", include_str!("../runtime/untagged.rs")),
];

/// The files of one API module, formatted, without headers.
#[derive(Debug, Clone)]
pub struct ApiFiles {
    /// Module docs and re-exports (`mod.rs`).
    pub root: String,
    /// The same as tokens (inner doc attributes, items), for a crate whose root is the API.
    pub root_tokens: (proc_macro2::TokenStream, proc_macro2::TokenStream),
    pub types: String,
    pub operations: String,
    pub client: String,
    pub operation_count: usize,
    pub type_count: usize,
    /// The cargo features of `--features-by-tag` ([`features`]), sorted; empty without it.
    pub features: Vec<String>,
}

/// Load, lower, emit and format one spec given as text. External `$ref`s (to other files)
/// are errors here, as there is no folder to read them from: see [`generate_api_with_base`].
///
/// Errors and warnings come with their file, JSON pointer and, where the pointer can be
/// found in the source, line and column.
pub fn generate_api(file: &str, text: &str, module: &str) -> Result<(ApiFiles, Vec<Diagnostic>), Vec<Diagnostic>> {
    generate_api_with_base(file, text, module, None)
}

/// [`generate_api`] for a spec whose relative external `$ref`s (`other.yaml#/Foo`) are read
/// from `base_dir`, the folder of the spec file.
pub fn generate_api_with_base(
    file: &str,
    text: &str,
    module: &str,
    base_dir: Option<&std::path::Path>,
) -> Result<(ApiFiles, Vec<Diagnostic>), Vec<Diagnostic>> {
    generate_api_with_options(file, text, module, base_dir, &lower::LowerOptions::default())
}

/// [`generate_api_with_base`] with the choices of [`lower::LowerOptions`].
pub fn generate_api_with_options(
    file: &str,
    text: &str,
    module: &str,
    base_dir: Option<&std::path::Path>,
    options: &lower::LowerOptions,
) -> Result<(ApiFiles, Vec<Diagnostic>), Vec<Diagnostic>> {
    generate_api_at(file, text, module, base_dir, options, None)
}

/// [`generate_api_with_options`] for an API users reach at `doc_path` (`session_apis::zep`),
/// which its documentation's usage examples name.
fn generate_api_at(
    file: &str,
    text: &str,
    module: &str,
    base_dir: Option<&std::path::Path>,
    options: &lower::LowerOptions,
    doc_path: Option<String>,
) -> Result<(ApiFiles, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (texts, api, warnings) =
        on_own_stack(file, || generate_api_here(file, text, module, base_dir, options, doc_path))?;
    // Tokens cannot cross threads; the module root's are shallow, so made here.
    let files = ApiFiles {
        root: texts.root,
        root_tokens: emit::emit_root(&api),
        types: texts.types,
        operations: texts.operations,
        client: texts.client,
        operation_count: api.operations.len(),
        type_count: api.types.len(),
        features: api
            .operations
            .iter()
            .filter_map(|op| op.feature.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect(),
    };
    Ok((files, warnings))
}

/// The formatted files of one API, as made on the generator's thread.
struct Texts {
    root: String,
    types: String,
    operations: String,
    client: String,
}

/// Stack for generating one spec. Every stage recurses on the document's nesting (which
/// the loader caps at 128 levels) and on chains of `$ref`s (which lowering caps); at those
/// caps a debug build needs a few MiB, more than a test thread's 2 MiB. Only the pages
/// used are ever committed.
const STACK_SIZE: usize = 64 << 20;

/// Runs `f` on a thread of its own with [`STACK_SIZE`] of stack; a panic (a bug in the
/// generator) comes back as an internal-error diagnostic instead of unwinding into the
/// caller.
pub(crate) fn on_own_stack<T: Send>(
    file: &str,
    f: impl FnOnce() -> Result<T, Vec<Diagnostic>> + Send,
) -> Result<T, Vec<Diagnostic>> {
    let internal = |message: String| {
        let mut d = Diagnostic::error(Kind::Internal, "", message)
            .help("this is a bug in the generator; please report it with the spec");
        d.file = file.to_owned();
        vec![d]
    };
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new().name("codegen".into()).stack_size(STACK_SIZE).spawn_scoped(scope, f);
        match worker.map(|w| w.join()) {
            Ok(Ok(result)) => result,
            Ok(Err(panic)) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                Err(internal(format!("the generator panicked: {what}")))
            }
            Err(e) => Err(internal(format!("cannot start the generator's thread: {e}"))),
        }
    })
}

/// The pipeline for one spec, on the generator's own thread: the formatted files and the
/// model they were made from.
fn generate_api_here(
    file: &str,
    text: &str,
    module: &str,
    base_dir: Option<&std::path::Path>,
    options: &lower::LowerOptions,
    doc_path: Option<String>,
) -> Result<(Texts, model::Api, Vec<Diagnostic>), Vec<Diagnostic>> {
    let spec = load::load_str_with_base(file, text, base_dir)?;
    let mut warnings = spec.warnings.clone();
    let (api, mut lower_warnings) = lower::lower_with(&spec, module, options).map_err(|mut diags| {
        spec.place(&mut diags);
        diags
    })?;
    spec.place(&mut lower_warnings);
    warnings.extend(lower_warnings);
    let mut api = api;
    api.doc_path = doc_path;
    let texts = format_files(&api, file)?;
    Ok((texts, api, warnings))
}

/// One piece of a generated file, emitted and formatted on its own.
#[derive(Clone, Copy)]
enum Piece {
    Root,
    /// The named types `api.types[from..to]`; the first piece carries the file's docs.
    Types {
        from: usize,
        to: usize,
    },
    /// The operations' items `api.operations[from..to]`, the same way.
    Operations {
        from: usize,
        to: usize,
    },
    Client,
}

/// Emits and formats the API's files, their pieces spread over the machine's cores.
///
/// Emitting and formatting (`syn` parsing the tokens back, `prettyplease` printing them) are
/// most of a big spec's time, and `types.rs` most of that (three quarters of Stripe's
/// text), so it is cut into pieces of whole items. A file printed as pieces is the same text
/// as printed whole: `prettyplease` prints the items of a file one after another, each on
/// its own lines, with nothing between them that depends on its neighbours. Tokens cannot
/// cross threads, so each piece is emitted on the thread that formats it; the pieces' order
/// is fixed, so the output does not depend on which thread ran first.
fn format_files(api: &model::Api, file: &str) -> Result<Texts, Vec<Diagnostic>> {
    let n = api.types.len();
    // A small API is done before threads would pay for themselves.
    let workers = if n + api.operations.len() < 300 {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8)
    };
    // Pieces of some 250 types (and 50 operations): more pieces than workers, so that the
    // load evens out, and small ones, so that what is held at once (each piece's tokens and
    // syntax tree) stays small.
    let type_pieces = if n < 200 { 1 } else { (n / 250).max(2 * workers) };
    let mut pieces = Vec::new();
    for i in 0..type_pieces {
        pieces.push(Piece::Types { from: i * n / type_pieces, to: (i + 1) * n / type_pieces });
    }
    pieces.push(Piece::Client);
    let m = api.operations.len();
    let op_pieces = if m < 100 { 1 } else { m / 50 };
    for i in 0..op_pieces {
        pieces.push(Piece::Operations { from: i * m / op_pieces, to: (i + 1) * m / op_pieces });
    }
    pieces.push(Piece::Root);
    let run = |piece: Piece| -> Result<String, String> {
        let (what, tokens) = match piece {
            Piece::Root => ("module root", {
                let (docs, items) = emit::emit_root(api);
                quote::quote!(#docs #items)
            }),
            Piece::Types { from, to } => ("types.rs", emit::emit_types_range(api, from, to)),
            Piece::Operations { from, to } => ("operations.rs", emit::emit_operations_range(api, from, to)),
            Piece::Client => ("client.rs", emit::emit_client(api)),
        };
        format::format_file(tokens).map_err(|e| format!("generated {what} does not parse: {e}"))
    };
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Result<String, String>>>> =
        pieces.iter().map(|_| std::sync::Mutex::new(None)).collect();
    let work = || {
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(piece) = pieces.get(i) else { break };
            let out = run(*piece);
            *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(out);
        }
    };
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers.min(pieces.len()))
            .filter_map(|k| {
                std::thread::Builder::new()
                    .name(format!("codegen-{k}"))
                    .stack_size(STACK_SIZE)
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        work();
        for h in helpers {
            // A panic in a helper is re-raised here, where `on_own_stack` turns it into a
            // diagnostic.
            if let Err(panic) = h.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
    let mut texts =
        Texts { root: String::new(), types: String::new(), operations: String::new(), client: String::new() };
    for (piece, result) in pieces.iter().zip(results) {
        let text = result
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .unwrap_or_else(|| Err("a piece of the output was not formatted".to_owned()));
        let text = text.map_err(|e| {
            let mut d = Diagnostic::error(Kind::Internal, "", e)
                .help("this is a bug in the generator; please report it with the spec");
            d.file = file.to_owned();
            vec![d]
        })?;
        match piece {
            Piece::Root => texts.root = text,
            Piece::Types { .. } => texts.types.push_str(&text),
            Piece::Operations { .. } => texts.operations.push_str(&text),
            Piece::Client => texts.client = text,
        }
    }
    Ok(texts)
}

/// What a harness needs to decode a spec's examples into its generated types: the examples
/// with their types, the spec's document, and a `types.rs` with just the types those need
/// (the same items as the crate's, so a harness compiles far less than the whole crate).
#[derive(Debug, Clone)]
pub struct ExamplesHarness {
    pub targets: Vec<examples::ExampleTarget>,
    /// The loaded document (external `$ref`s bundled in), for reading the schemas.
    pub document: serde_json::Value,
    /// The types the examples decode as, and every type those contain.
    pub types_rs: String,
    /// `runtime/untagged.rs`, which unions use (`crate::runtime::{ObjectShape, untagged_order}`).
    pub untagged_rs: &'static str,
}

/// Loads and lowers one spec as [`generate_api_with_options`] does, for its examples.
pub fn examples_harness(
    file: &str,
    text: &str,
    module: &str,
    base_dir: Option<&std::path::Path>,
    options: &lower::LowerOptions,
) -> Result<ExamplesHarness, Vec<Diagnostic>> {
    on_own_stack(file, || {
        let spec = load::load_str_with_base(file, text, base_dir)?;
        let (api, _) = lower::lower_with(&spec, module, options)?;
        let targets = examples::targets(&spec.raw, &api);
        let needed = examples::needed_types(&api, &targets);
        let types_rs = format::format_file(emit::emit_types_of(&api, &needed))
            .map_err(|e| vec![Diagnostic::error(Kind::Internal, "", format!("generated types do not parse: {e}"))])?;
        Ok(ExamplesHarness {
            targets,
            document: spec.raw,
            types_rs,
            untagged_rs: include_str!("../runtime/untagged.rs"),
        })
    })
}

fn header(comment: &str, source: &str, command: &str) -> String {
    format!(
        "{comment} @generated from {source} by `{command}`.\n{comment} Do not edit: change the spec or the generator and run the command again.\n\n"
    )
}

/// Module names for specs from their file stems (`zep-sessions` -> `zep_sessions`): valid
/// identifiers, unique, and never a module the crate has anyway (`runtime`).
pub fn module_names<'a>(stems: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut namer = names::Namer::with_reserved(model::CRATE_MODULES);
    stems.into_iter().map(|stem| namer.claim(names::snake(stem))).collect()
}

/// A module name that [`generate_crate`] cannot use, as an error naming the spec.
fn check_module(spec: &SpecInput, seen: &mut Vec<String>) -> Option<Diagnostic> {
    let bare = names::bare_snake(&spec.module).to_owned();
    let problem = if names::snake(&bare) != spec.module {
        "is not a snake_case identifier"
    } else if model::CRATE_MODULES.contains(&bare.as_str()) {
        "is a module every generated crate has"
    } else if seen.contains(&bare) {
        "is used by another spec of the crate"
    } else {
        seen.push(bare);
        return None;
    };
    let mut d = Diagnostic::error(Kind::Invalid, "", format!("module name `{}` {problem}", spec.module))
        .help("name the module with `codegen::module_names`, or rename the spec file");
    d.file = spec.display_path.clone();
    Some(d)
}

/// Generates a whole crate from specs. Every spec is tried, so that all errors are reported
/// at once; any error means no files.
pub fn generate_crate(specs: &[SpecInput], opts: &CrateOptions) -> Result<GeneratedCrate, Vec<Diagnostic>> {
    let mut seen = Vec::new();
    let bad_modules: Vec<Diagnostic> = if opts.module_per_spec {
        specs.iter().filter_map(|s| check_module(s, &mut seen)).collect()
    } else {
        Vec::new()
    };
    if !bad_modules.is_empty() {
        return Err(bad_modules);
    }
    let mut files = BTreeMap::new();
    let mut summaries = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let mut modules = Vec::new();
    let mut features = std::collections::BTreeSet::new();
    let lower_options = opts.lower_options();
    for spec in specs {
        let start = Instant::now();
        let crate_path = opts.crate_name.replace('-', "_");
        let doc_path = if opts.module_per_spec { format!("{crate_path}::{}", spec.module) } else { crate_path };
        match generate_api_at(
            &spec.display_path,
            &spec.text,
            &spec.module,
            spec.base_dir.as_deref(),
            &lower_options,
            Some(doc_path),
        ) {
            Ok((api, w)) => {
                warnings.extend(w);
                features.extend(api.features.iter().cloned());
                let h = header("//", &spec.display_path, &opts.command);
                let mut n = 0;
                let mut put = |path: String, body: &str| {
                    files.insert(path, format!("{h}{body}"));
                    n += 1;
                };
                let dir = if opts.module_per_spec {
                    format!("src/{}", names::bare_snake(&spec.module))
                } else {
                    "src".to_owned()
                };
                if opts.module_per_spec {
                    put(format!("{dir}/mod.rs"), &api.root);
                }
                put(format!("{dir}/types.rs"), &api.types);
                put(format!("{dir}/operations.rs"), &api.operations);
                put(format!("{dir}/client.rs"), &api.client);
                modules.push((spec, api.root_tokens.clone()));
                summaries.push(SpecSummary {
                    display_path: spec.display_path.clone(),
                    operations: api.operation_count,
                    types: api.type_count,
                    files: n,
                    elapsed: start.elapsed(),
                });
            }
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let sources: Vec<&str> = specs.iter().map(|s| s.display_path.as_str()).collect();
    let all = sources.join(", ");
    for (name, text) in RUNTIME {
        let h =
            header("//", &format!("the generator's runtime (codegen/runtime/{name}), shared by {all}"), &opts.command);
        files.insert(format!("src/runtime/{name}"), format!("{h}{text}"));
    }
    let single = if opts.module_per_spec { None } else { modules.first().map(|(_, root)| root.clone()) };
    let lib = emit::emit_lib(
        &modules.iter().map(|(s, _)| (s.module.clone(), s.display_path.clone())).collect::<Vec<_>>(),
        single,
        opts.deny_warnings,
    );
    let lib = format::format_file(lib)
        .map_err(|e| vec![Diagnostic::error(Kind::Internal, "", format!("lib.rs does not parse: {e}"))])?;
    files.insert("src/lib.rs".into(), format!("{}{lib}", header("//", &all, &opts.command)));
    let mut manifest = cargo_toml(&opts.crate_name, opts.doctests, &features.into_iter().collect::<Vec<_>>());
    if opts.standalone {
        manifest.push_str("\n# Not part of any enclosing workspace.\n[workspace]\n");
    }
    files.insert("Cargo.toml".into(), format!("{}{manifest}", header("#", &all, &opts.command)));
    // `cargo fmt` in a workspace that holds the crate must leave it as generated, or the
    // next `cargo xtask check` would call it stale.
    files.insert(
        "rustfmt.toml".into(),
        format!(
            "{}# The code is formatted by the generator (prettyplease).\ndisable_all_formatting = true\n",
            header("#", &all, &opts.command)
        ),
    );
    Ok(GeneratedCrate { files, summaries, warnings })
}

/// The generated crate's manifest: crates.io dependencies only, so it builds anywhere.
fn cargo_toml(name: &str, doctests: bool, features: &[String]) -> String {
    let lib = if doctests {
        "[lib]\n# The usage examples in the docs are compiled (`no_run`); the spec's own text is marked `text`.\ndoctest = true\n"
    } else {
        "[lib]\n# The usage examples in the docs are not compiled (turn on with the generator's doctests option).\ndoctest = false\n"
    };
    let tags = if features.is_empty() {
        String::new()
    } else {
        let quoted: Vec<String> = features.iter().map(|f| format!("\"{f}\"")).collect();
        let mut out = String::from(
            "\n# A feature per tag (--features-by-tag): its operations, and the types only they use.\n\
             # `full` is every tag; with `default-features = false`, turn on the tags you call.\n\
             default = [\"full\"]\n",
        );
        out.push_str(&format!("full = [{}]\n", quoted.join(", ")));
        for f in features {
            out.push_str(&format!("{f} = []\n"));
        }
        out
    };
    format!(
        r#"[package]
name = "{name}"
version = "0.1.0"
edition = "2024"
rust-version = "1.88"
publish = false
description = "Typed async clients generated from OpenAPI specs."

{lib}
[dependencies]
base64 = "0.22"
chrono = {{ version = "0.4", default-features = false, features = ["serde", "std"] }}
fastrand = "2"
httpdate = "1"
percent-encoding = "2"
reqwest = {{ version = "0.13", default-features = false, features = ["rustls", "http2"] }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"
tokio = {{ version = "1", features = ["time"] }}
tracing = {{ version = "0.1", default-features = false, features = ["std"], optional = true }}
url = "2"
uuid = {{ version = "1", features = ["serde"] }}

[features]
# A span per call (operation, method, server, path template; status, attempts, duration) and
# an event per attempt and retry. Never parameter values or credentials.
tracing = ["dep:tracing"]
{tags}
[dev-dependencies]
tokio = {{ version = "1", features = ["macros", "rt-multi-thread"] }}
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A spec of `types` object schemas, each holding the next, and `ops` operations.
    fn big_spec(types: usize, ops: usize) -> String {
        let mut s =
            String::from("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"big\", \"version\": \"1\"}, \"paths\": {");
        for i in 0..ops {
            let comma = if i + 1 < ops { "," } else { "" };
            s.push_str(&format!(
                "\"/things{i}/{{id}}\": {{\"get\": {{\"operationId\": \"getThing{i}\", \"parameters\": [{{\"name\": \"id\", \"in\": \"path\", \"required\": true, \"schema\": {{\"type\": \"string\"}}}}], \"responses\": {{\"200\": {{\"description\": \"ok\", \"content\": {{\"application/json\": {{\"schema\": {{\"$ref\": \"#/components/schemas/T{}\"}}}}}}}}, \"404\": {{\"description\": \"no\"}}}}}}}}{comma}",
                i % types
            ));
        }
        s.push_str("}, \"components\": {\"schemas\": {");
        for i in 0..types {
            let comma = if i + 1 < types { "," } else { "" };
            s.push_str(&format!(
                "\"T{i}\": {{\"description\": \"Thing {i}.\", \"type\": \"object\", \"required\": [\"id\"], \"properties\": {{\"id\": {{\"type\": \"string\"}}, \"next\": {{\"$ref\": \"#/components/schemas/T{}\"}}, \"kind\": {{\"type\": \"string\", \"enum\": [\"a\", \"b\"]}}}}}}{comma}",
                (i + 1) % types
            ));
        }
        s.push_str("}}}");
        s
    }

    #[test]
    fn files_formatted_in_pieces_on_several_threads_are_the_files_formatted_whole() {
        let text = big_spec(700, 160);
        let spec = load::load_str_with_base("big.json", &text, None).unwrap();
        let (api, _) = lower::lower_with(&spec, "big", &lower::LowerOptions::default()).unwrap();
        assert!(api.types.len() >= 1000 && api.operations.len() == 160, "{} types", api.types.len());
        let texts = format_files(&api, "big.json").unwrap();
        assert_eq!(texts.types, format::format_file(emit::emit_types(&api)).unwrap());
        assert_eq!(texts.operations, format::format_file(emit::emit_operations(&api)).unwrap());
        assert_eq!(texts.client, format::format_file(emit::emit_client(&api)).unwrap());
        assert!(texts.types.starts_with("//! Request and response types"), "the docs lead the file");
    }

    #[test]
    fn module_names_are_identifiers_unique_and_never_the_runtime() {
        assert_eq!(
            module_names(["runtime", "a-b", "a_b", "type", "zep sessions"]),
            ["runtime2", "a_b", "a_b2", "r#type", "zep_sessions"]
        );
        let spec = |module: &str| SpecInput {
            display_path: format!("specs/{module}.yaml"),
            text: "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n".into(),
            module: module.into(),
            base_dir: None,
        };
        let opts = CrateOptions { crate_name: "c".into(), module_per_spec: true, ..Default::default() };
        // A keyword is a raw identifier in code and a plain folder name on disk.
        let krate = generate_crate(&[spec("r#type")], &opts).unwrap();
        assert!(krate.files.contains_key("src/type/mod.rs"));
        assert!(krate.files["src/lib.rs"].contains("pub mod r#type;"));
        for bad in [vec![spec("runtime")], vec![spec("a"), spec("a")], vec![spec("A-b")]] {
            let errors = generate_crate(&bad, &opts).unwrap_err();
            assert!(errors.iter().all(|d| d.kind == Kind::Invalid && d.message.contains("module name")), "{errors:?}");
        }
    }
}
