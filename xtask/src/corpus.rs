//! `cargo xtask corpus`: every real spec of a folder into a crate that must compile, and
//! whose examples must decode without loss (the examples harness builds only the crate's
//! types).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use codegen::diagnostics::Kind;
use codegen::{CrateOptions, SpecInput};

pub(crate) fn default_dir() -> PathBuf {
    crate::repo_root().join("../shared/corpus/specs")
}

pub(crate) fn specs_in(dir: &Path, only: &[String]) -> Result<Vec<PathBuf>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "json")))
        .filter(|p| {
            only.is_empty()
                || only.iter().any(|o| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.contains(o.as_str())))
        })
        .collect();
    paths.sort();
    Ok(paths)
}

/// What happened to one spec.
struct Row {
    spec: String,
    operations: usize,
    types: usize,
    generate: String,
    generate_time: Duration,
    check: String,
    check_time: Duration,
    warnings: usize,
    /// The examples' outcome (`None` when the crate was not built).
    examples: Option<crate::examples::Outcome>,
    ok: bool,
}

pub fn run(dir: Option<&Path>, only: &[String]) -> ExitCode {
    let dir = dir.map(Path::to_path_buf).unwrap_or_else(default_dir);
    if !dir.is_dir() {
        println!(
            "corpus: {} does not exist; nothing to do (the corpus lives in ../shared, beside a CI checkout)",
            dir.display()
        );
        return ExitCode::SUCCESS;
    }
    let specs = match specs_in(&dir, only) {
        Ok(s) if s.is_empty() && !only.is_empty() => {
            eprintln!("error: no spec in {} matches --only {}", dir.display(), only.join(","));
            return ExitCode::from(2);
        }
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let root = crate::repo_root();
    let work = root.join("target/corpus");
    let target_dir = root.join("target/corpus-target");
    let lock = root.join("Cargo.lock");
    let mut rows = Vec::new();
    for path in &specs {
        let row = one(path, &work, &target_dir, &lock);
        let examples = row.examples.as_ref().map(|o| {
            let t = &o.tally;
            format!(
                "  examples {} decoded {} spec's {} ours {}, built in {:.1} s",
                t.found,
                t.decoded,
                t.spec_faults,
                t.ours,
                o.build.as_secs_f64()
            )
        });
        println!(
            "{:<40} {:>4} ops {:>5} types  generate {:<9} {:>6} ms  check {:<6} {:>6.1} s  {} warnings{}",
            row.spec,
            row.operations,
            row.types,
            row.generate,
            row.generate_time.as_millis(),
            row.check,
            row.check_time.as_secs_f64(),
            row.warnings,
            examples.unwrap_or_default()
        );
        if let Some(o) = &row.examples {
            crate::examples::print_failures(&row.spec, o, 3);
            let _ = std::fs::write(
                work.join(format!("{}.examples.txt", row.spec)),
                crate::examples::report_text(&row.spec, o),
            );
        }
        rows.push(row);
    }
    let table: Vec<(String, &crate::examples::Outcome)> =
        rows.iter().filter_map(|r| r.examples.as_ref().map(|o| (r.spec.clone(), o))).collect();
    println!("examples (full reports in {}):", work.display());
    crate::examples::print_table(&table);
    let failed: Vec<&Row> = rows.iter().filter(|r| !r.ok).collect();
    let compiled = rows.iter().filter(|r| r.check == "ok").count();
    let rejected = rows.iter().filter(|r| r.generate == "rejected").count();
    let warnings: usize = rows.iter().map(|r| r.warnings).sum();
    println!(
        "total: {} specs, {} generated and compiled, {} rejected as unsupported versions, {} failed, {} warnings, generate {} ms, check {:.1} s, examples {:.1} s",
        rows.len(),
        compiled,
        rejected,
        failed.len(),
        warnings,
        rows.iter().map(|r| r.generate_time.as_millis()).sum::<u128>(),
        rows.iter().map(|r| r.check_time.as_secs_f64()).sum::<f64>(),
        rows.iter().filter_map(|r| r.examples.as_ref()).map(|o| o.build.as_secs_f64()).sum::<f64>()
    );
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        for r in failed {
            eprintln!("failed: {} ({} / {})", r.spec, r.generate, r.check);
        }
        ExitCode::from(1)
    }
}

fn one(path: &Path, work: &Path, target_dir: &Path, lock: &Path) -> Row {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned();
    let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or("spec");
    let mut row = Row {
        spec: name.clone(),
        operations: 0,
        types: 0,
        generate: String::new(),
        generate_time: Duration::ZERO,
        check: "-".into(),
        check_time: Duration::ZERO,
        warnings: 0,
        examples: None,
        ok: false,
    };
    let text = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            row.generate = format!("unreadable: {e}");
            return row;
        }
    };
    let crate_name = crate::crate_name_from(stem);
    let input_path = path.display().to_string();
    let input = SpecInput {
        display_path: input_path.clone(),
        text: text.clone(),
        module: codegen::module_names([stem]).remove(0),
        base_dir: path.parent().map(Path::to_path_buf),
    };
    let out = work.join(&crate_name);
    let opts = CrateOptions {
        crate_name,
        module_per_spec: false,
        deny_warnings: false,
        command: format!("cargo xtask generate --spec {} --out {}", path.display(), out.display()),
        standalone: true,
        doctests: false,
        keep_unknown_properties: false,
        features_by_tag: false,
        serde_by_use: false,
    };
    let start = Instant::now();
    let result = codegen::generate_crate(&[input], &opts);
    row.generate_time = start.elapsed();
    let krate = match result {
        Ok(k) => k,
        Err(diags) => {
            if diags.iter().any(|d| d.kind == Kind::UnsupportedVersion) {
                row.generate = "rejected".into();
                row.ok = true;
                if let Some(d) = diags.first() {
                    row.check = String::new();
                    println!("  {}: {}", name, d.message);
                }
            } else {
                row.generate = "FAILED".into();
                for d in diags.iter().take(5) {
                    eprintln!("  {d}");
                }
            }
            return row;
        }
    };
    row.operations = krate.summaries.iter().map(|s| s.operations).sum();
    row.types = krate.summaries.iter().map(|s| s.types).sum();
    row.generate = if krate.warnings.is_empty() { "ok".into() } else { format!("ok ({}w)", krate.warnings.len()) };
    // Beside the crate, a binary that imports its root and its types with globs (issue 13:
    // no two items a user imports together share a name).
    let mut files = krate.files.clone();
    files.insert("src/bin/glob_imports.rs".into(), crate::glob_check::source(&opts.crate_name, &krate.files));
    if let Err(e) = crate::write::write_tree(&out, &files) {
        row.generate = format!("write failed: {e}");
        return row;
    }
    // Same dependency versions as the workspace, so that the shared target dir is reused.
    let _ = std::fs::copy(lock, out.join("Cargo.lock"));
    let start = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--quiet", "--message-format=json"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", target_dir)
        .output();
    row.check_time = start.elapsed();
    match output {
        Ok(o) => {
            let stdout = String::from_utf8_lossy(&o.stdout);
            row.warnings = stdout
                .lines()
                .filter(|l| l.contains("\"reason\":\"compiler-message\"") && l.contains("\"level\":\"warning\""))
                .count();
            if o.status.success() {
                row.check = "ok".into();
                row.ok = row.warnings == 0;
            } else {
                row.check = "FAILED".into();
                let errors: Vec<&str> = stdout.lines().filter(|l| l.contains("\"level\":\"error\"")).take(3).collect();
                for e in errors {
                    let v: serde_json::Value = serde_json::from_str(e).unwrap_or_default();
                    let rendered = v["message"]["rendered"].as_str().unwrap_or(e);
                    eprintln!("{}", rendered.lines().take(12).collect::<Vec<_>>().join("\n"));
                }
                eprintln!("{}", String::from_utf8_lossy(&o.stderr).lines().take(10).collect::<Vec<_>>().join("\n"));
                return row;
            }
        }
        Err(e) => {
            row.check = format!("cannot run cargo: {e}");
            return row;
        }
    }
    // The examples: decoded by a harness that compiles only the crate's types.
    let module = codegen::module_names([stem]).remove(0);
    let options = codegen::lower::LowerOptions::default();
    let harness = match codegen::examples_harness(&input_path, &text, &module, path.parent(), &options) {
        Ok(h) => h,
        Err(diags) => {
            row.check = format!("examples: {}", diags.first().map(|d| d.message.clone()).unwrap_or_default());
            row.ok = false;
            return row;
        }
    };
    let harness_dir = work.join(format!("{}-examples", opts.crate_name));
    let outcome = crate::examples::check_crate(&harness_dir, &opts.crate_name, &harness, target_dir, lock);
    row.ok &= outcome.broken.is_none() && outcome.tally.ours == 0;
    row.examples = Some(outcome);
    row
}
