//! `cargo xtask bench`: how long generating a crate takes and how much memory it needs, set
//! against the parse floor (only reading the spec into `openapiv3::OpenAPI`), per spec of the
//! corpus, GitHub's API from the APIs.guru directory and our own `specs/`.
//!
//! The figures come from a release build: the task runs `cargo build --release -p xtask`
//! and then that binary once per measured run, as a child process (`xtask bench-generate
//! SPEC OUT`, `xtask bench-parse SPEC`), so every run starts cold, like a user's
//! `cargo xtask generate --spec`, and each run's peak RSS is the kernel's own count. The
//! table is printed and written as TSV to `target/bench/bench-<date>.tsv` and
//! `target/bench/latest.tsv`; `--compare OLD.tsv` sets each figure against an older table.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

pub const USAGE: &str = "usage: cargo xtask bench [--runs N] [--spec FILE]... [--only TEXT,...] [--dir DIR]
                         [--check] [--check-runs N] [--by-tag F,...] [--compare OLD.tsv] [--work DIR]
                         [--no-release]

Times `generate` (load, lower, emit, format and write a standalone crate, as
`cargo xtask generate --spec FILE --out DIR` does) against the parse floor (read the file and
deserialize it into `openapiv3::OpenAPI` with serde_json or serde_yaml, nothing else), each run
a process of its own, and reads each run's peak RSS from the OS.

The generator timed is a release build: the task first runs `cargo build --release -p xtask`
and then runs target/release/xtask (hidden tasks `bench-generate SPEC OUT` and
`bench-parse SPEC`) once per measured run.

  --runs N          runs per spec and figure; the median time and the highest peak (default 5)
  --spec FILE       bench only this spec (repeatable); default: every spec of --dir, GitHub's
                    api.github.com.json from ../shared/directory, and specs/
  --only TEXT,...   only the specs whose name contains one of these
  --dir DIR         the corpus folder (default ../shared/corpus/specs)
  --check           also time `cargo check` of each generated crate alone (its dependencies
                    built first, in one shared target dir), and of generated/
  --check-runs N    timed `cargo check` runs per crate, after the warm-up (default 1)
  --by-tag F,...    with --check, also generate each spec with --features-by-tag and time
                    `cargo check --no-default-features --features F,...` of that crate
                    (an empty list: no tag at all); a row of its own, `SPEC --by-tag F,...`
  --compare OLD.tsv print each figure as a ratio to the same spec's figure in OLD.tsv
  --work DIR        where the crates, the TSVs and the check target dir go (default target/bench)
  --no-release      for the tests only: time this very binary (a debug build) instead of
                    building a release one; its figures are not the ones users see";

/// The columns of the TSV, in order.
pub const TSV_HEADER: &str =
    "spec\tsize_kib\tops\tgen_s\tfloor_s\tratio\tgen_peak_mib\tfloor_peak_mib\tlines\tfloor\tcheck_s\tstatus";

pub struct Options {
    runs: usize,
    check_runs: usize,
    specs: Vec<PathBuf>,
    only: Vec<String>,
    dir: Option<PathBuf>,
    check: bool,
    compare: Option<PathBuf>,
    work: Option<PathBuf>,
    no_release: bool,
    /// `--by-tag FEATURES`: with `--check`, also check each crate generated with
    /// `--features-by-tag` and only these features on.
    by_tag: Option<String>,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options {
            runs: 5,
            check_runs: 1,
            specs: Vec::new(),
            only: Vec::new(),
            dir: None,
            check: false,
            compare: None,
            work: None,
            no_release: false,
            by_tag: None,
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = |flag: &str| it.next().cloned().ok_or_else(|| format!("{flag} needs a value"));
            let count = |flag: &str, v: String| match v.parse::<usize>() {
                Ok(n) if n > 0 => Ok(n),
                _ => Err(format!("{flag} needs a number above 0, not `{v}`")),
            };
            match a.as_str() {
                "--runs" => o.runs = count("--runs", value("--runs")?)?,
                "--check-runs" => o.check_runs = count("--check-runs", value("--check-runs")?)?,
                "--spec" => o.specs.push(value("--spec")?.into()),
                "--only" => o.only = value("--only")?.split(',').map(str::to_owned).collect(),
                "--dir" => o.dir = Some(value("--dir")?.into()),
                "--check" => o.check = true,
                "--compare" => o.compare = Some(value("--compare")?.into()),
                "--work" => o.work = Some(value("--work")?.into()),
                "--no-release" => o.no_release = true,
                "--by-tag" => o.by_tag = Some(value("--by-tag")?),
                other => return Err(format!("unexpected argument `{other}`")),
            }
        }
        Ok(o)
    }
}

/// One measured child process.
#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    /// Peak resident set size in KiB, when the OS tells.
    peak_kib: Option<u64>,
    /// The exit code (`None`: ended by a signal).
    code: Option<i32>,
}

/// Median time and highest peak of a figure's runs.
#[derive(Clone, Copy)]
struct Stats {
    median_s: f64,
    peak_mib: Option<f64>,
}

impl Stats {
    fn of(runs: &[Run]) -> Stats {
        let mut times: Vec<f64> = runs.iter().map(|r| r.wall.as_secs_f64()).collect();
        Stats {
            median_s: median(&mut times),
            peak_mib: runs.iter().filter_map(|r| r.peak_kib).max().map(|k| k as f64 / 1024.0),
        }
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// One spec's figures.
struct Row {
    spec: String,
    size_kib: u64,
    ops: Option<usize>,
    generate: Option<Stats>,
    floor: Option<Stats>,
    /// `serde` (the spec read straight into `openapiv3`), `loader` (a 3.1 document that
    /// `openapiv3` cannot read: codegen's loader up to the `openapiv3` value), or `-`.
    floor_kind: String,
    /// Why `openapiv3` could not read the file as it is, for `loader`.
    floor_note: String,
    lines: Option<usize>,
    check_s: Option<f64>,
    /// `ok`, or what went wrong.
    status: String,
}

impl Row {
    fn ratio(&self) -> Option<f64> {
        match (self.generate, self.floor) {
            (Some(g), Some(f)) if f.median_s > 0.0 => Some(g.median_s / f.median_s),
            _ => None,
        }
    }

    fn tsv(&self) -> String {
        let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
        [
            self.spec.clone(),
            self.size_kib.to_string(),
            opt(self.ops.map(|n| n.to_string())),
            opt(self.generate.map(|s| format!("{:.4}", s.median_s))),
            opt(self.floor.map(|s| format!("{:.4}", s.median_s))),
            opt(self.ratio().map(|r| format!("{r:.2}"))),
            opt(self.generate.and_then(|s| s.peak_mib).map(|m| format!("{m:.1}"))),
            opt(self.floor.and_then(|s| s.peak_mib).map(|m| format!("{m:.1}"))),
            opt(self.lines.map(|n| n.to_string())),
            self.floor_kind.clone(),
            opt(self.check_s.map(|s| format!("{s:.2}"))),
            self.status.replace(['\t', '\n'], " "),
        ]
        .join("\t")
    }
}

pub fn run(opts: &Options) -> ExitCode {
    let root = crate::repo_root();
    let work = opts.work.clone().unwrap_or_else(|| root.join("target/bench"));
    if let Err(e) = std::fs::create_dir_all(work.join("crates")) {
        eprintln!("error: cannot create {}: {e}", work.display());
        return ExitCode::from(1);
    }
    let specs = match choose_specs(&root, &work, opts) {
        Ok(s) => s,
        Err((e, code)) => {
            eprintln!("error: {e}");
            return ExitCode::from(code);
        }
    };
    let exe = if opts.no_release {
        match std::env::current_exe() {
            Ok(e) => {
                println!("bench: --no-release: timing {} itself (test use only)", e.display());
                e
            }
            Err(e) => {
                eprintln!("error: cannot find this program: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        match build_release(&root) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(1);
            }
        }
    };
    println!(
        "bench: {} spec(s), {} run(s) each{}; generator {}",
        specs.len(),
        opts.runs,
        if opts.check { format!(", cargo check {} timed run(s) after a warm-up", opts.check_runs) } else { "".into() },
        exe.display()
    );
    let check_target = work.join("check-target");
    let lock = root.join("Cargo.lock");
    let mut rows = Vec::new();
    for (label, path) in &specs {
        let mut row = bench_one(&exe, label, path, &work, opts.runs);
        if opts.check && row.status == "ok" {
            let krate = work.join("crates").join(crate_dir_name(label));
            let _ = std::fs::copy(&lock, krate.join("Cargo.lock"));
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
            let ident = crate::crate_name_from(stem).replace('-', "_");
            match time_check(&krate, &[], &ident, &check_target, opts.check_runs) {
                Ok(s) => row.check_s = Some(s),
                Err(e) => {
                    eprintln!("  {label}: {e}");
                    row.status = "check failed".into();
                }
            }
        }
        println!("  {}", one_line(&row));
        let checked = opts.check && row.status == "ok";
        rows.push(row);
        if let (true, Some(features)) = (checked, &opts.by_tag) {
            let row = check_by_tag(&exe, label, path, &work, &lock, features, &check_target, opts.check_runs);
            println!("  {}", one_line(&row));
            rows.push(row);
        }
    }
    if opts.check {
        // The crate of our three specs, a member of this workspace.
        let mut row = Row {
            spec: "generated/ (session-apis)".into(),
            size_kib: 0,
            ops: None,
            generate: None,
            floor: None,
            floor_kind: "-".into(),
            floor_note: String::new(),
            lines: Some(count_lines(&root.join("generated"))),
            check_s: None,
            status: "ok".into(),
        };
        let args = ["-p", "session-apis"];
        match time_check_in(&root, &root.join("generated"), &args, "session_apis", &check_target, opts.check_runs) {
            Ok(s) => row.check_s = Some(s),
            Err(e) => {
                eprintln!("  generated/: {e}");
                row.status = "check failed".into();
            }
        }
        println!("  {}", one_line(&row));
        rows.push(row);
    }
    println!();
    print!("{}", table(&rows, opts.check));
    let tsv = format!("{TSV_HEADER}\n{}", rows.iter().map(|r| r.tsv() + "\n").collect::<String>());
    let dated = work.join(format!("bench-{}.tsv", stamp()));
    for path in [&dated, &work.join("latest.tsv")] {
        if let Err(e) = std::fs::write(path, &tsv) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    println!("bench: table in {} and latest.tsv beside it", dated.display());
    if let Some(old) = &opts.compare {
        match std::fs::read_to_string(old) {
            Ok(text) => print!("{}", compare(&tsv, &text, old)),
            Err(e) => {
                eprintln!("error: --compare {}: {e}", old.display());
                return ExitCode::from(2);
            }
        }
    }
    if rows.iter().all(|r| r.status == "ok") {
        ExitCode::SUCCESS
    } else {
        eprintln!("bench: {} spec(s) did not generate or check", rows.iter().filter(|r| r.status != "ok").count());
        ExitCode::from(1)
    }
}

/// The specs to bench, each with the name its row gets; `Err` with the exit code.
fn choose_specs(root: &Path, work: &Path, opts: &Options) -> Result<Vec<(String, PathBuf)>, (String, u8)> {
    let mut specs: Vec<(String, PathBuf)> = Vec::new();
    let name = |p: &Path| p.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned();
    if !opts.specs.is_empty() {
        for p in &opts.specs {
            if !p.is_file() {
                return Err((format!("--spec {}: no such file", p.display()), 2));
            }
            specs.push((name(p), p.clone()));
        }
    } else {
        let dir = opts.dir.clone().unwrap_or_else(crate::corpus::default_dir);
        if dir.is_dir() {
            let paths = crate::corpus::specs_in(&dir, &[]).map_err(|e| (e, 1))?;
            specs.extend(paths.iter().map(|p| (name(p), p.clone())));
        } else {
            println!(
                "bench: {} does not exist (the corpus lives in ../shared, beside a CI checkout); \
                 benching specs/ only",
                dir.display()
            );
        }
        match github_spec(root, work) {
            Ok(Some(p)) => specs.push(("github__api.github.com.json".into(), p)),
            Ok(None) => println!("bench: no ../shared/directory archive; GitHub's API is left out"),
            Err(e) => println!("bench: GitHub's API is left out: {e}"),
        }
        let own = crate::corpus::specs_in(&root.join("specs"), &[]).map_err(|e| (e, 1))?;
        specs.extend(own.iter().map(|p| (format!("specs/{}", name(p)), p.clone())));
    }
    if !opts.only.is_empty() {
        specs.retain(|(label, _)| opts.only.iter().any(|o| label.contains(o.as_str())));
        if specs.is_empty() {
            return Err((format!("no spec matches --only {}", opts.only.join(",")), 2));
        }
    }
    Ok(specs)
}

/// GitHub's `api.github.com.json` from the APIs.guru archive: the copy `cargo xtask
/// directory` unpacked, or that one file extracted from the archive into `work/github`.
fn github_spec(root: &Path, work: &Path) -> Result<Option<PathBuf>, String> {
    const MEMBER: &str = "package/api/github.com/api.github.com.json";
    let unpacked = root.join("target/directory").join(MEMBER);
    if unpacked.is_file() {
        return Ok(Some(unpacked));
    }
    let into = work.join("github");
    let extracted = into.join(MEMBER);
    if extracted.is_file() {
        return Ok(Some(extracted));
    }
    let Some(archive) = crate::directory::find_archive(root) else { return Ok(None) };
    std::fs::create_dir_all(&into).map_err(|e| format!("cannot create {}: {e}", into.display()))?;
    println!("bench: extracting {MEMBER} from {} (once)", archive.display());
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&archive)
        .arg("-C")
        .arg(&into)
        .arg(MEMBER)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if !status.success() || !extracted.is_file() {
        return Err(format!("tar could not extract {MEMBER} from {} ({status})", archive.display()));
    }
    Ok(Some(extracted))
}

/// Builds the release xtask and returns its path (from cargo's own report of the binary).
fn build_release(root: &Path) -> Result<PathBuf, String> {
    println!("bench: cargo build --release -p xtask");
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--release", "-p", "xtask", "--message-format=json-render-diagnostics"])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        return Err("cargo build --release -p xtask failed".into());
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["reason"] == "compiler-artifact" && v["target"]["name"] == "xtask")
        .find_map(|v| v["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo build --release -p xtask named no xtask binary".into())
}

/// The stem a spec's crate is named after (`specs/zep_sessions.yaml` -> `zep_sessions`).
fn crate_stem(label: &str) -> String {
    let file = label.rsplit('/').next().unwrap_or(label);
    file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file).to_owned()
}

fn crate_dir_name(label: &str) -> String {
    crate::crate_name_from(&crate_stem(label))
}

fn bench_one(exe: &Path, label: &str, path: &Path, work: &Path, runs: usize) -> Row {
    let mut row = Row {
        spec: label.to_owned(),
        size_kib: std::fs::metadata(path).map(|m| m.len().div_ceil(1024)).unwrap_or(0),
        ops: None,
        generate: None,
        floor: None,
        floor_kind: "serde".into(),
        floor_note: String::new(),
        lines: None,
        check_s: None,
        status: "ok".into(),
    };
    let logs = work.join("logs");
    let _ = std::fs::create_dir_all(&logs);
    let log = logs.join(crate_dir_name(label));
    // The parse floor. The first run tells whether `openapiv3` reads the file as it is.
    let mut floor_runs = Vec::new();
    let mut loader = false;
    while floor_runs.len() < runs {
        let mut args = vec!["bench-parse".into(), path.as_os_str().to_owned()];
        if loader {
            args.push("--loader".into());
        }
        match measure(exe, &args, &log) {
            Ok((run, _)) if run.code == Some(0) => floor_runs.push(run),
            Ok((run, stderr)) if run.code == Some(FLOOR_NEEDS_LOADER) && !loader => {
                loader = true;
                row.floor_kind = "loader".into();
                row.floor_note = tail(&stderr);
            }
            Ok((run, stderr)) => {
                row.floor_kind = "-".into();
                eprintln!("  {label}: bench-parse failed ({}): {}", describe(&run), tail(&stderr));
                break;
            }
            Err(e) => {
                row.floor_kind = "-".into();
                eprintln!("  {label}: {e}");
                break;
            }
        }
    }
    if floor_runs.len() == runs {
        row.floor = Some(Stats::of(&floor_runs));
    }
    // Generate: a fresh folder each run, so that every file is written.
    let out = work.join("crates").join(crate_dir_name(label));
    let mut gen_runs = Vec::new();
    let mut stdout = String::new();
    for _ in 0..runs {
        if out.exists()
            && let Err(e) = std::fs::remove_dir_all(&out)
        {
            row.status = format!("cannot clear {}: {e}", out.display());
            return row;
        }
        let args = vec!["bench-generate".into(), path.as_os_str().to_owned(), out.as_os_str().to_owned()];
        match measure(exe, &args, &log) {
            Ok((run, _)) if run.code == Some(0) => {
                gen_runs.push(run);
                stdout = std::fs::read_to_string(log.with_extension("out")).unwrap_or_default();
            }
            Ok((run, stderr)) => {
                row.status = format!("generate failed ({})", describe(&run));
                eprintln!("  {label}: {}: {}", row.status, tail(&stderr));
                return row;
            }
            Err(e) => {
                row.status = e;
                return row;
            }
        }
    }
    row.generate = Some(Stats::of(&gen_runs));
    row.lines = Some(count_lines(&out));
    // `SPEC: N operations, T types, ...`, as `cargo xtask generate` prints it.
    row.ops = stdout.lines().find_map(|l| {
        let (_, rest) = l.rsplit_once(": ")?;
        rest.split_once(" operations, ")?.0.parse().ok()
    });
    row
}

fn describe(run: &Run) -> String {
    match run.code {
        Some(c) => format!("exit {c}"),
        None => "killed by a signal".into(),
    }
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(3)..].join(" | ")
}

/// Runs `exe args` with its output in `log.out` and `log.err`; its wall time, exit code
/// and peak RSS. Returns the stderr too.
fn measure(exe: &Path, args: &[std::ffi::OsString], log: &Path) -> Result<(Run, String), String> {
    let (out_path, err_path) = (log.with_extension("out"), log.with_extension("err"));
    let out = File::create(&out_path).map_err(|e| format!("cannot create {}: {e}", out_path.display()))?;
    let err = File::create(&err_path).map_err(|e| format!("cannot create {}: {e}", err_path.display()))?;
    let start = Instant::now();
    let child = Command::new(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let (code, maxrss_kib) = wait_with_rusage(child)?;
    let wall = start.elapsed();
    let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
    let stdout = std::fs::read_to_string(&out_path).unwrap_or_default();
    let own = stdout.lines().find_map(|l| l.strip_prefix(PEAK_LINE)?.trim().parse::<u64>().ok());
    Ok((Run { wall, peak_kib: own.or(maxrss_kib), code }, stderr))
}

/// How a child reports its own peak RSS on its last line of output.
const PEAK_LINE: &str = "xtask-bench-peak-kib ";

/// The peak RSS of this process in KiB, as the kernel counts it for its address space since
/// `exec` (`VmHWM` in `/proc/self/status`); `None` where there is no such file.
///
/// Why not only `wait4`'s `ru_maxrss`: on Linux a child's `ru_maxrss` starts from its
/// parent's peak at the spawn (the kernel carries the old address space's high-water mark
/// over `exec`), so every small spec showed the parent's 20 to 30 MiB. `VmHWM` is the
/// child's own; `ru_maxrss` is the fallback.
fn own_peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().ok()
}

/// Ends a measured run: prints the child's own peak RSS for the parent to read.
pub fn report_peak(code: ExitCode) -> ExitCode {
    if let Some(kib) = own_peak_kib() {
        println!("{PEAK_LINE}{kib}");
    }
    code
}

/// Waits for the child with `wait4`, which also gives its resource usage: `ru_maxrss` is
/// its peak RSS (KiB on Linux, bytes on macOS), but see [`own_peak_kib`].
#[cfg(unix)]
fn wait_with_rusage(child: std::process::Child) -> Result<(Option<i32>, Option<u64>), String> {
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain data, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: both pointers are to live locals of the right types; `pid` is our child,
        // not yet waited for (`Child` is dropped without waiting).
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4 failed: {e}"));
        }
    }
    drop(child);
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    let maxrss = usage.ru_maxrss.max(0) as u64;
    let kib = if cfg!(target_os = "macos") { maxrss / 1024 } else { maxrss };
    Ok((code, Some(kib)))
}

#[cfg(not(unix))]
fn wait_with_rusage(mut child: std::process::Child) -> Result<(Option<i32>, Option<u64>), String> {
    let status = child.wait().map_err(|e| format!("cannot wait for the child: {e}"))?;
    Ok((status.code(), None))
}

/// Lines of every file under `dir` (the generated crate: manifest, sources, README).
fn count_lines(dir: &Path) -> usize {
    let mut lines = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let name = e.file_name();
            if name == "target" || name == "Cargo.lock" {
                continue;
            }
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                lines += bytecount(&bytes);
            }
        }
    }
    lines
}

fn bytecount(bytes: &[u8]) -> usize {
    let n = bytes.iter().filter(|&&b| b == b'\n').count();
    if bytes.last().is_some_and(|&b| b != b'\n') { n + 1 } else { n }
}

/// The row of `--by-tag`: the spec generated with `--features-by-tag` (by the release
/// generator, once, untimed) and `cargo check --no-default-features --features FEATURES` of
/// that crate timed as [`time_check_in`] does.
#[allow(clippy::too_many_arguments)]
fn check_by_tag(
    exe: &Path,
    label: &str,
    path: &Path,
    work: &Path,
    lock: &Path,
    features: &str,
    target: &Path,
    runs: usize,
) -> Row {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let name = format!("{}-by-tag", crate::crate_name_from(stem));
    let mut row = Row {
        spec: format!("{label} --by-tag {features}"),
        size_kib: 0,
        ops: None,
        generate: None,
        floor: None,
        floor_kind: "-".into(),
        floor_note: String::new(),
        lines: None,
        check_s: None,
        status: "ok".into(),
    };
    let out = work.join("crates").join(format!("{}-by-tag", crate_dir_name(label)));
    let _ = std::fs::remove_dir_all(&out);
    let generated = Command::new(exe)
        .arg("generate")
        .arg("--spec")
        .arg(path)
        .arg("--out")
        .arg(&out)
        .args(["--name", &name, "--features-by-tag"])
        .stdin(Stdio::null())
        .output();
    match generated {
        Ok(o) if o.status.success() => {}
        Ok(o) => {
            row.status = format!("generate --features-by-tag failed: {}", tail(&String::from_utf8_lossy(&o.stderr)));
            return row;
        }
        Err(e) => {
            row.status = format!("cannot run {}: {e}", exe.display());
            return row;
        }
    }
    let _ = std::fs::copy(lock, out.join("Cargo.lock"));
    row.lines = Some(count_lines(&out));
    let mut args = vec!["--no-default-features"];
    if !features.is_empty() {
        args.extend(["--features", features]);
    }
    match time_check(&out, &args, &name.replace('-', "_"), target, runs) {
        Ok(s) => row.check_s = Some(s),
        Err(e) => {
            eprintln!("  {label} --by-tag: {e}");
            row.status = "check failed".into();
        }
    }
    row
}

/// `cargo check` of a standalone crate in `dir`.
fn time_check(dir: &Path, args: &[&str], ident: &str, target: &Path, runs: usize) -> Result<f64, String> {
    time_check_in(dir, dir, args, ident, target, runs)
}

/// `cargo check ARGS` run in `cwd` with `target` as the target dir: one warm-up (which
/// builds the dependencies once for all crates), then `runs` timed checks, each after the
/// crate's incremental cache is removed and the sources under `sources` touched, so that
/// only this crate is checked again, from scratch. The median in seconds.
fn time_check_in(
    cwd: &Path,
    sources: &Path,
    args: &[&str],
    ident: &str,
    target: &Path,
    runs: usize,
) -> Result<f64, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let check = || -> Result<Duration, String> {
        let start = Instant::now();
        let out = Command::new(&cargo)
            .args(["check", "--quiet"])
            .args(args)
            .current_dir(cwd)
            .env("CARGO_TARGET_DIR", target)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        let elapsed = start.elapsed();
        if out.status.success() {
            Ok(elapsed)
        } else {
            Err(format!("cargo check failed: {}", tail(&String::from_utf8_lossy(&out.stderr))))
        }
    };
    check()?;
    let mut times = Vec::new();
    for _ in 0..runs {
        let incremental = target.join("debug/incremental");
        if let Ok(entries) = std::fs::read_dir(&incremental) {
            for e in entries.flatten() {
                if e.file_name().to_str().is_some_and(|n| n.starts_with(&format!("{ident}-"))) {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        touch_sources(&sources.join("src"))?;
        times.push(check()?.as_secs_f64());
    }
    Ok(median(&mut times))
}

fn touch_sources(dir: &Path) -> Result<(), String> {
    let now = std::time::SystemTime::now();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                File::options()
                    .append(true)
                    .open(&p)
                    .and_then(|f| f.set_modified(now))
                    .map_err(|e| format!("cannot touch {}: {e}", p.display()))?;
            }
        }
    }
    Ok(())
}

/// A row as printed while the run goes on.
fn one_line(r: &Row) -> String {
    let s = |v: Option<f64>, d: usize| v.map(|x| format!("{x:.d$}")).unwrap_or_else(|| "-".into());
    format!(
        "{}: generate {} s, floor {} s ({}), ratio {}, peak {} / {} MiB, {} lines{}{}",
        r.spec,
        s(r.generate.map(|g| g.median_s), 3),
        s(r.floor.map(|f| f.median_s), 3),
        r.floor_kind,
        s(r.ratio(), 1),
        s(r.generate.and_then(|g| g.peak_mib), 0),
        s(r.floor.and_then(|f| f.peak_mib), 0),
        r.lines.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
        r.check_s.map(|c| format!(", check {c:.1} s")).unwrap_or_default(),
        if r.status == "ok" { String::new() } else { format!("  [{}]", r.status) }
    )
}

fn table(rows: &[Row], check: bool) -> String {
    let s = |v: Option<f64>, d: usize| v.map(|x| format!("{x:.d$}")).unwrap_or_else(|| "-".into());
    let mut out = format!(
        "{:<40} {:>5} {:>9} {:>9} {:>7} {:>8} {:>8} {:>9}{}\n",
        "spec",
        "ops",
        "gen s",
        "floor s",
        "ratio",
        "gen MiB",
        "flr MiB",
        "lines",
        if check { format!(" {:>8}", "check s") } else { String::new() }
    );
    for r in rows {
        let floor = match r.floor_kind.as_str() {
            "loader" => format!("{}*", s(r.floor.map(|f| f.median_s), 3)),
            _ => s(r.floor.map(|f| f.median_s), 3),
        };
        out.push_str(&format!(
            "{:<40} {:>5} {:>9} {:>9} {:>7} {:>8} {:>8} {:>9}{}{}\n",
            r.spec,
            r.ops.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
            s(r.generate.map(|g| g.median_s), 3),
            floor,
            s(r.ratio(), 1),
            s(r.generate.and_then(|g| g.peak_mib), 0),
            s(r.floor.and_then(|f| f.peak_mib), 0),
            r.lines.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
            if check { format!(" {:>8}", s(r.check_s, 1)) } else { String::new() },
            if r.status == "ok" { String::new() } else { format!("  [{}]", r.status) }
        ));
    }
    let loaders: Vec<&Row> = rows.iter().filter(|r| r.floor_kind == "loader").collect();
    if !loaders.is_empty() {
        out.push_str(
            "* openapiv3 cannot read the file as it is, so the floor is codegen's loader up to the \
             openapiv3 value (parse, 3.1 rewritten to 3.0, repairs, deserialize):\n",
        );
        for r in loaders {
            let note: String = r.floor_note.chars().take(150).collect();
            out.push_str(&format!("  {}: {note}\n", r.spec));
        }
    }
    out
}

/// Each figure of `new` as a ratio to the same spec's figure in `old` (both TSV tables).
fn compare(new: &str, old: &str, old_path: &Path) -> String {
    let parse = |text: &str| -> (Vec<String>, BTreeMap<String, Vec<String>>) {
        let mut lines = text.lines();
        let header: Vec<String> = lines.next().unwrap_or_default().split('\t').map(str::to_owned).collect();
        let rows = lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let cells: Vec<String> = l.split('\t').map(str::to_owned).collect();
                (cells[0].clone(), cells)
            })
            .collect();
        (header, rows)
    };
    let (new_header, new_rows) = parse(new);
    let (old_header, old_rows) = parse(old);
    let columns = ["gen_s", "floor_s", "ratio", "gen_peak_mib", "floor_peak_mib", "lines", "check_s"];
    let value = |header: &[String], cells: &[String], col: &str| -> Option<f64> {
        let i = header.iter().position(|h| h == col)?;
        cells.get(i)?.parse::<f64>().ok()
    };
    let mut out = format!("\ncompared with {} (new / old; below 1 is less):\n", old_path.display());
    out.push_str(&format!("{:<40}", "spec"));
    for c in columns {
        out.push_str(&format!(" {c:>14}"));
    }
    out.push('\n');
    let mut logs: Vec<Vec<f64>> = vec![Vec::new(); columns.len()];
    for (spec, cells) in &new_rows {
        let Some(old_cells) = old_rows.get(spec) else {
            out.push_str(&format!("{spec:<40} (not in the old table)\n"));
            continue;
        };
        out.push_str(&format!("{spec:<40}"));
        for (i, c) in columns.iter().enumerate() {
            match (value(&new_header, cells, c), value(&old_header, old_cells, c)) {
                (Some(n), Some(o)) if o > 0.0 && n > 0.0 => {
                    logs[i].push((n / o).ln());
                    out.push_str(&format!(" {:>14.2}", n / o));
                }
                _ => out.push_str(&format!(" {:>14}", "-")),
            }
        }
        out.push('\n');
    }
    out.push_str(&format!("{:<40}", "geometric mean"));
    for l in &logs {
        if l.is_empty() {
            out.push_str(&format!(" {:>14}", "-"));
        } else {
            out.push_str(&format!(" {:>14.2}", (l.iter().sum::<f64>() / l.len() as f64).exp()));
        }
    }
    out.push('\n');
    out
}

/// `2025-06-01T14-05-09`, UTC, for the dated TSV's name.
fn stamp() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    chrono::DateTime::from_timestamp(secs as i64, 0)
        .map(|t| t.format("%Y-%m-%dT%H-%M-%S").to_string())
        .unwrap_or_else(|| secs.to_string())
}

/// `bench-parse` exits with this when `openapiv3` cannot read the document as it is.
const FLOOR_NEEDS_LOADER: i32 = 3;

/// `xtask bench-parse SPEC [--loader]`, the parse floor: the file read and deserialized into
/// `openapiv3::OpenAPI` (serde_json for `.json`, serde_yaml otherwise), nothing else. With
/// `--loader` (for 3.1 documents, which `openapiv3` cannot read as they are): codegen's
/// loader, which stops at the `openapiv3` value.
pub fn parse_floor(args: &[String]) -> ExitCode {
    let (path, loader) = match args {
        [p] => (Path::new(p), false),
        [p, flag] if flag == "--loader" => (Path::new(p), true),
        _ => {
            eprintln!("usage: xtask bench-parse SPEC [--loader]");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", path.display());
            return ExitCode::from(1);
        }
    };
    if loader {
        return match codegen::load::load_str_with_base(&path.display().to_string(), &text, path.parent()) {
            Ok(spec) => {
                std::hint::black_box(&spec.doc);
                ExitCode::SUCCESS
            }
            Err(diags) => {
                for d in diags.iter().take(3) {
                    eprintln!("{d}");
                }
                ExitCode::from(1)
            }
        };
    }
    let result = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str::<openapiv3::OpenAPI>(&text).map_err(|e| e.to_string())
    } else {
        serde_yaml::from_str::<openapiv3::OpenAPI>(&text).map_err(|e| e.to_string())
    };
    match result {
        Ok(doc) => {
            std::hint::black_box(&doc);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("openapiv3 cannot read it as it is: {e}");
            ExitCode::from(FLOOR_NEEDS_LOADER as u8)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
    }

    #[test]
    fn compare_divides_matching_rows() {
        let old = format!("{TSV_HEADER}\na\t1\t2\t2.0\t1.0\t2.00\t10.0\t5.0\t100\tserde\t-\tok\n");
        let new = format!(
            "{TSV_HEADER}\na\t1\t2\t1.0\t1.0\t1.00\t20.0\t5.0\t100\tserde\t-\tok\nb\t1\t1\t1\t1\t1\t1\t1\t1\tserde\t-\tok\n"
        );
        let text = compare(&new, &old, Path::new("old.tsv"));
        let a = text.lines().find(|l| l.starts_with("a ")).unwrap();
        let cells: Vec<&str> = a.split_whitespace().collect();
        assert_eq!(&cells[1..], ["0.50", "1.00", "0.50", "2.00", "1.00", "1.00", "-"]);
        assert!(text.contains("b") && text.contains("not in the old table"));
    }

    #[test]
    fn crate_names_follow_the_file_stem() {
        assert_eq!(crate_stem("specs/zep_sessions.yaml"), "zep_sessions");
        assert_eq!(crate_dir_name("github__api.github.com.json"), "github-api-github-com");
    }
}
