//! `cargo xtask`: the project's tasks.
//!
//! - `cargo xtask generate`: regenerates `generated/` from `specs/`.
//! - `cargo xtask generate --spec FILE --out DIR [--name CRATE]`: any spec into a standalone crate.
//! - `cargo xtask check`: fails with a diff when `generated/` is stale.
//! - `cargo xtask corpus [--dir DIR]`: generates and compiles every spec of a folder.
//! - `cargo xtask examples [--spec FILE]...`: decodes every example of a spec (by default,
//!   of `specs/`) into its generated type and checks nothing declared is lost.
//! - `cargo xtask bench [--runs N] [--spec FILE]... [--check] [--compare OLD.tsv]`: times a
//!   release build of the generator, and its peak memory, against the parse floor.
//! - `cargo xtask directory [--sample N] [--seed S] [--jobs J] [--check N|all]`: generates
//!   every spec of the APIs.guru directory and compiles a seeded sample.
//! - `cargo xtask diff --base OLD --revision NEW`: the changes between two revisions of a spec.

mod bench;
mod corpus;
mod diff;
mod directory;
mod examples;
mod glob_check;
mod report;
mod write;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use codegen::{CrateOptions, GeneratedCrate, SpecInput};

/// Exit codes: 0 success, 1 the spec has errors (or the check failed, or a file could not
/// be written), 2 bad usage (unknown task or flag, a missing value, no such --spec file).
const USAGE: &str = "usage:
  cargo xtask generate [--deny-warnings]
  cargo xtask generate --spec FILE --out DIR [--name CRATE] [--deny-warnings] [--keep-unknown]
                       [--features-by-tag] [--serde-by-use]
  cargo xtask check
  cargo xtask examples [--spec FILE]... [--keep-unknown]
  cargo xtask corpus [--dir DIR] [--only NAME,...]
  cargo xtask bench [--runs N] [--spec FILE]... [--only TEXT,...] [--check] [--compare OLD.tsv] [...]
                    (see `cargo xtask bench --help`; times a release build it makes first)
  cargo xtask directory [--sample N] [--seed S] [--jobs J] [--check N|all] [--timeout SECS]
                        [--only TEXT,...] [--archive FILE] [--work DIR] [--list]
  cargo xtask diff --base OLD --revision NEW [...]   (see `cargo xtask diff --help`)

--keep-unknown: structs keep the properties a spec allows but does not declare in a
flattened `additional_properties` map.
--features-by-tag: a cargo feature per tag (an untagged operation: its path's first segment),
each with its operations and the types only they use; `full`, the default, is all of them.
--serde-by-use: structs derive Serialize only when a request sends them and Deserialize only
when a response returns them (a response type cannot be encoded again).

exit codes: 0 success; 1 the spec has errors (or warnings with --deny-warnings), or
generated/ is stale, or an example the generator got wrong; 2 bad command-line usage";

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if cmd == "diff" {
        if rest.iter().any(|a| a == "--help" || a == "-h") {
            println!("{}", diff::USAGE);
            return ExitCode::SUCCESS;
        }
        return diff::run(rest);
    }
    // The directory and bench tasks have flags of their own.
    match cmd.as_str() {
        "bench" if rest.iter().any(|a| a == "--help" || a == "-h") => {
            println!("{}", bench::USAGE);
            return ExitCode::SUCCESS;
        }
        "bench" => {
            return match bench::Options::parse(rest) {
                Ok(o) => bench::run(&o),
                Err(e) => {
                    eprintln!("error: {e}\n\n{}", bench::USAGE);
                    ExitCode::from(2)
                }
            };
        }
        // One measured run of `bench`, in a process of its own: what `generate --spec FILE
        // --out DIR` does, and the parse floor.
        "bench-generate" if rest.len() == 2 => {
            let code = generate_one(Path::new(&rest[0]), Path::new(&rest[1]), None, false, Flags::default());
            return bench::report_peak(code);
        }
        "bench-parse" => return bench::report_peak(bench::parse_floor(rest)),
        "directory" => {
            return match directory::Options::parse(rest) {
                Ok(o) => directory::run(&o),
                Err(e) => {
                    eprintln!("error: {e}\n\n{USAGE}");
                    ExitCode::from(2)
                }
            };
        }
        // One spec, run by `directory` in a process of its own.
        "directory-one" if rest.len() == 1 => return directory::one(Path::new(&rest[0]), None),
        "directory-one" if rest.len() == 3 => {
            return directory::one(Path::new(&rest[0]), Some((Path::new(&rest[1]), &rest[2])));
        }
        _ => {}
    }
    let opts = match Options::parse(rest) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match cmd.as_str() {
        "generate" => match (&opts.spec, &opts.out) {
            (Some(spec), Some(out)) => generate_one(
                spec,
                out,
                opts.name.as_deref(),
                opts.deny_warnings,
                Flags {
                    keep_unknown: opts.keep_unknown,
                    features_by_tag: opts.features_by_tag,
                    serde_by_use: opts.serde_by_use,
                },
            ),
            (None, None) => generate_workspace(opts.deny_warnings),
            _ => {
                eprintln!("error: --spec and --out go together\n\n{USAGE}");
                ExitCode::from(2)
            }
        },
        "check" => check(),
        "examples" => examples::run(&opts.specs, opts.keep_unknown),
        "corpus" => corpus::run(opts.dir.as_deref(), &opts.only),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("error: unknown task `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[derive(Default)]
struct Options {
    spec: Option<PathBuf>,
    out: Option<PathBuf>,
    name: Option<String>,
    dir: Option<PathBuf>,
    only: Vec<String>,
    deny_warnings: bool,
    /// Every `--spec` given, in order (`examples` takes several).
    specs: Vec<PathBuf>,
    keep_unknown: bool,
    features_by_tag: bool,
    serde_by_use: bool,
}

/// The choices of `generate --spec` that shape the code.
#[derive(Default, Clone, Copy)]
struct Flags {
    keep_unknown: bool,
    features_by_tag: bool,
    serde_by_use: bool,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options::default();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = |flag: &str| it.next().cloned().ok_or_else(|| format!("{flag} needs a value"));
            match a.as_str() {
                "--spec" => {
                    let spec: PathBuf = value("--spec")?.into();
                    o.specs.push(spec.clone());
                    o.spec = Some(spec);
                }
                "--out" => o.out = Some(value("--out")?.into()),
                "--name" => o.name = Some(value("--name")?),
                "--dir" => o.dir = Some(value("--dir")?.into()),
                "--only" => o.only = value("--only")?.split(',').map(str::to_owned).collect(),
                "--deny-warnings" => o.deny_warnings = true,
                "--keep-unknown" => o.keep_unknown = true,
                "--features-by-tag" => o.features_by_tag = true,
                "--serde-by-use" => o.serde_by_use = true,
                other => return Err(format!("unexpected argument `{other}`")),
            }
        }
        Ok(o)
    }
}

/// The repository root (xtask lives one level below it).
pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask is inside the repository").to_path_buf()
}

/// The specs under `specs/`, sorted, each with its module name.
fn workspace_specs(root: &Path) -> Result<Vec<SpecInput>, String> {
    let dir = root.join("specs");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "json")))
        .collect();
    paths.sort();
    let modules = codegen::module_names(paths.iter().map(|p| p.file_stem().and_then(|s| s.to_str()).unwrap_or("api")));
    paths
        .into_iter()
        .zip(modules)
        .map(|(p, module)| {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            Ok(SpecInput {
                display_path: format!("specs/{}", p.file_name().and_then(|n| n.to_str()).unwrap_or_default()),
                text,
                module,
                base_dir: Some(dir.clone()),
            })
        })
        .collect()
}

fn workspace_options() -> CrateOptions {
    CrateOptions {
        crate_name: "session-apis".into(),
        module_per_spec: true,
        deny_warnings: true,
        command: "cargo xtask generate".into(),
        standalone: false,
        doctests: true,
        keep_unknown_properties: false,
        features_by_tag: false,
        serde_by_use: false,
    }
}

/// Generates in memory; prints diagnostics (all of them, in file and line order) and
/// summaries. `None` when a spec has errors, or warnings while they are denied.
fn generate(specs: &[SpecInput], opts: &CrateOptions, deny_warnings: bool) -> Option<GeneratedCrate> {
    let sources: Vec<(String, String)> = specs.iter().map(|s| (s.display_path.clone(), s.text.clone())).collect();
    let print = |diags: &[codegen::diagnostics::Diagnostic]| {
        let mut sorted: Vec<_> = diags.iter().collect();
        sorted.sort_by(|a, b| {
            (&a.file, a.line_col.is_none(), a.line_col).cmp(&(&b.file, b.line_col.is_none(), b.line_col))
        });
        for d in sorted {
            eprintln!("{}\n", report::render(d, &sources));
        }
    };
    match codegen::generate_crate(specs, opts) {
        Ok(krate) => {
            print(&krate.warnings);
            for s in &krate.summaries {
                println!(
                    "{}: {} operations, {} types, {} files, {} ms",
                    s.display_path,
                    s.operations,
                    s.types,
                    s.files,
                    s.elapsed.as_millis()
                );
            }
            if deny_warnings && !krate.warnings.is_empty() {
                eprintln!(
                    "error: {} warning(s), and warnings are denied (--deny-warnings); nothing was written",
                    krate.warnings.len()
                );
                return None;
            }
            Some(krate)
        }
        Err(diags) => {
            print(&diags);
            let errors = diags.iter().filter(|d| d.is_error()).count();
            let warnings = diags.len() - errors;
            eprintln!("error: {errors} error(s), {warnings} warning(s); nothing was written");
            None
        }
    }
}

/// The repository root and its specs, or the exit code after saying why not.
fn load_workspace() -> Result<(PathBuf, Vec<SpecInput>), ExitCode> {
    let root = repo_root();
    match workspace_specs(&root) {
        Ok(specs) => Ok((root, specs)),
        Err(e) => {
            eprintln!("error: {e}");
            Err(ExitCode::from(1))
        }
    }
}

fn generate_workspace(deny_warnings: bool) -> ExitCode {
    let start = Instant::now();
    let (root, specs) = match load_workspace() {
        Ok(w) => w,
        Err(code) => return code,
    };
    let Some(krate) = generate(&specs, &workspace_options(), deny_warnings) else { return ExitCode::from(1) };
    match write::write_tree(&root.join("generated"), &krate.files) {
        Ok(changed) => {
            println!("generated/: {changed} file(s) changed, {} ms in all", start.elapsed().as_millis());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn generate_one(spec: &Path, out: &Path, name: Option<&str>, deny_warnings: bool, flags: Flags) -> ExitCode {
    let start = Instant::now();
    if !spec.is_file() {
        eprintln!("error: --spec {}: no such file\n\n{USAGE}", spec.display());
        return ExitCode::from(2);
    }
    let display = spec.display().to_string();
    let text = match codegen::load::read_text(spec, &display) {
        Ok(text) => text,
        Err(d) => {
            eprintln!("{}\n", report::render(&d, &[]));
            eprintln!("error: 1 error(s); nothing was written");
            return ExitCode::from(1);
        }
    };
    let stem = spec.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let crate_name = name.map(str::to_owned).unwrap_or_else(|| crate_name_from(stem));
    let input = SpecInput {
        display_path: spec.display().to_string(),
        text,
        module: codegen::module_names([stem]).remove(0),
        base_dir: spec.parent().map(Path::to_path_buf),
    };
    let opts = CrateOptions {
        crate_name,
        module_per_spec: false,
        deny_warnings: false,
        command: format!(
            "cargo xtask generate --spec {} --out {}{}{}{}",
            spec.display(),
            out.display(),
            if flags.keep_unknown { " --keep-unknown" } else { "" },
            if flags.features_by_tag { " --features-by-tag" } else { "" },
            if flags.serde_by_use { " --serde-by-use" } else { "" },
        ),
        standalone: true,
        doctests: false,
        keep_unknown_properties: flags.keep_unknown,
        features_by_tag: flags.features_by_tag,
        serde_by_use: flags.serde_by_use,
    };
    let Some(krate) = generate(&[input], &opts, deny_warnings) else { return ExitCode::from(1) };
    match write::write_tree(out, &krate.files) {
        Ok(changed) => {
            println!("{}: {changed} file(s) changed, {} ms in all", out.display(), start.elapsed().as_millis());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// A valid package name from a file stem.
pub(crate) fn crate_name_from(stem: &str) -> String {
    let s: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let mut s = s.trim_matches('-').to_owned();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) { format!("api-{s}") } else { s }
}

fn check() -> ExitCode {
    let (root, specs) = match load_workspace() {
        Ok(w) => w,
        Err(code) => return code,
    };
    // Our own specs must not need any degraded construct.
    let Some(krate) = generate(&specs, &workspace_options(), true) else { return ExitCode::from(1) };
    let stale = write::diff_tree(&root.join("generated"), &krate.files);
    if stale.is_empty() {
        println!("generated/ is up to date");
        ExitCode::SUCCESS
    } else {
        for s in &stale {
            eprintln!("{s}");
        }
        eprintln!(
            "error: {} file(s) in generated/ differ from what specs/ produce; run `cargo xtask generate`",
            stale.len()
        );
        ExitCode::from(1)
    }
}
