//! `cargo xtask diff`: the changes between two revisions of a spec, for CI.
//!
//! - `--base OLD --revision NEW`: files, or `git:REV:path` read from the repository's
//!   history (`git show REV:path`, run in the repository root).
//! - `--specs [--main REF]`: each spec under `specs/` against its version on the merge base
//!   of `HEAD` and `main`; a breaking change without a new `info.version` fails.
//! - `--rules`: the rules, as the README's table.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use codegen::diff::{Change, Input, Kind, Policy, Report, Semver, Verdict, parse_allowances, rules::RULES};

use crate::report;

pub const USAGE: &str = "usage:
  cargo xtask diff --base OLD --revision NEW [--format human|json] [--fail-on breaking|warning|info]
                   [--fail-on-semver major|minor|patch] [--fail-on-rule RULE]...
                   [--allow RULE@POINTER]... [--allow-file FILE] [--module NAME]
  cargo xtask diff --specs [--main REF] [--format human|json] [--repo DIR]
  cargo xtask diff --rules

OLD and NEW are spec files, or git:REV:path (read with `git show REV:path` in the repository root,
or in --repo DIR). --specs compares each spec of specs/ with its version on the merge base of HEAD
and main (or origin/main, or --main REF); a breaking change fails unless info.version changed.
A change fails the run when its kind is at least --fail-on (default breaking; `api` changes, which
only touch the generated Rust API, fail only with --fail-on-semver), or its semver effect is at
least --fail-on-semver, or its rule is a --fail-on-rule, and no --allow matches it (`*` in
POINTER matches one segment; an --allow-file has one `RULE POINTER` a line, `# ` comments).

exit codes: 0 nothing fails; 1 a change fails (or an allowance matches nothing); 2 bad usage, or a
spec that does not load";

#[derive(Default)]
struct Options {
    base: Option<String>,
    revision: Option<String>,
    json: bool,
    policy: Policy,
    /// Where each allowance was given, for messages.
    allow_sources: Vec<String>,
    module: Option<String>,
    specs: bool,
    main: Option<String>,
    repo: Option<PathBuf>,
    rules: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |flag: &str| it.next().cloned().ok_or_else(|| format!("{flag} needs a value"));
        match a.as_str() {
            "--base" => o.base = Some(value("--base")?),
            "--revision" => o.revision = Some(value("--revision")?),
            "--format" => match value("--format")?.as_str() {
                "human" => o.json = false,
                "json" => o.json = true,
                other => return Err(format!("--format: `{other}` is not human or json")),
            },
            "--fail-on" => {
                let v = value("--fail-on")?;
                o.policy.fail_on =
                    Kind::parse(&v).ok_or_else(|| format!("--fail-on: `{v}` is not breaking, warning or info"))?;
            }
            "--fail-on-semver" => {
                o.policy.fail_on_semver = Some(match value("--fail-on-semver")?.as_str() {
                    "major" => Semver::Major,
                    "minor" => Semver::Minor,
                    "patch" => Semver::Patch,
                    other => return Err(format!("--fail-on-semver: `{other}` is not major, minor or patch")),
                })
            }
            "--allow" => {
                let v = value("--allow")?;
                let line = v.replacen('@', " ", 1);
                let mut found = parse_allowances(&line)
                    .map_err(|e| format!("--allow {v}: {}", e.trim_start_matches("line 1: ")))?;
                if found.is_empty() {
                    return Err(format!("--allow {v}: expected RULE@POINTER"));
                }
                o.allow_sources.push(format!("--allow {v}"));
                o.policy.allow.append(&mut found);
            }
            "--allow-file" => {
                let path = value("--allow-file")?;
                let text = std::fs::read_to_string(&path).map_err(|e| format!("--allow-file {path}: {e}"))?;
                let found = parse_allowances(&text).map_err(|e| format!("{path}: {e}"))?;
                for a in found {
                    o.allow_sources.push(format!("{path}:{}", a.line));
                    o.policy.allow.push(a);
                }
            }
            "--fail-on-rule" => {
                let v = value("--fail-on-rule")?;
                if codegen::diff::rules::rule_by_id(&v).is_none() {
                    return Err(format!("--fail-on-rule: `{v}` is not a rule (see `cargo xtask diff --rules`)"));
                }
                o.policy.fail_on_rules.push(v);
            }
            "--module" => o.module = Some(value("--module")?),
            "--specs" => o.specs = true,
            "--main" => o.main = Some(value("--main")?),
            "--repo" => o.repo = Some(value("--repo")?.into()),
            "--rules" => o.rules = true,
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(o)
}

fn usage_error(e: &str) -> ExitCode {
    eprintln!("error: {e}\n\n{USAGE}");
    ExitCode::from(2)
}

pub fn run(args: &[String]) -> ExitCode {
    let o = match parse(args) {
        Ok(o) => o,
        Err(e) => return usage_error(&e),
    };
    if o.rules {
        print!("{}", rules_table());
        return ExitCode::SUCCESS;
    }
    if o.specs {
        if o.base.is_some() || o.revision.is_some() {
            return usage_error("--specs compares specs/ with the merge base; it takes no --base or --revision");
        }
        return specs(&o);
    }
    let (Some(base), Some(revision)) = (&o.base, &o.revision) else {
        return usage_error("--base and --revision are both needed");
    };
    let root = o.repo.clone().unwrap_or_else(crate::repo_root);
    let (b, r) = match (Source::read(base, &root), Source::read(revision, &root)) {
        (Ok(b), Ok(r)) => (b, r),
        (b, r) => {
            for e in [b.err(), r.err()].into_iter().flatten() {
                eprintln!("{e}");
            }
            return ExitCode::from(2);
        }
    };
    let module = o.module.clone().unwrap_or_else(|| b.module());
    match compare(&b, &r, &module) {
        Ok(report) => {
            let verdict = judge(&report, &o);
            if o.json {
                println!("{}", json(&report, &b, &r, &verdict, &o));
            } else {
                print_human(&report, &b, &r, &verdict, &o);
            }
            if verdict.fails() { ExitCode::from(1) } else { ExitCode::SUCCESS }
        }
        Err(code) => code,
    }
}

/// A spec read from a file or from git.
struct Source {
    display: String,
    text: String,
    base_dir: Option<PathBuf>,
    /// A folder holding the spec's folder as of a git revision, removed when dropped.
    _checkout: Option<Checkout>,
}

struct Checkout(PathBuf);

impl Drop for Checkout {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Source {
    fn read(spec: &str, root: &Path) -> Result<Source, String> {
        if let Some(rest) = spec.strip_prefix("git:") {
            let Some((rev, path)) = rest.split_once(':').filter(|(r, p)| !r.is_empty() && !p.is_empty()) else {
                return Err(format!("error: `{spec}`: expected git:REV:path (e.g. git:main:specs/camara_webrtc.yaml)"));
            };
            let text = git(root, &["show", &format!("{rev}:{path}")])
                .map_err(|e| format!("error: cannot read `{spec}` from the repository's history: {e}"))?;
            // A spec with `$ref`s to other files needs its folder as it was at `rev`.
            let checkout = if has_external_refs(&text) {
                Some(checkout(root, rev, path).map_err(|e| format!("error: {e}"))?)
            } else {
                None
            };
            let base_dir = checkout.as_ref().map(|c| c.0.join(Path::new(path).parent().unwrap_or(Path::new(""))));
            return Ok(Source { display: spec.to_owned(), text, base_dir, _checkout: checkout });
        }
        let path = Path::new(spec);
        if !path.is_file() {
            return Err(format!("error: `{spec}`: no such file"));
        }
        let text = match codegen::load::read_text(path, spec) {
            Ok(t) => t,
            Err(d) => return Err(format!("{}\n\nerror: 1 error(s); nothing was compared", report::render(&d, &[]))),
        };
        Ok(Source { display: spec.to_owned(), text, base_dir: path.parent().map(Path::to_path_buf), _checkout: None })
    }

    /// The API's module name, as `cargo xtask generate` names it from the file.
    fn module(&self) -> String {
        let name = self.display.rsplit([':', '/']).next().unwrap_or("api");
        let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
        codegen::names::bare_snake(&codegen::names::snake(stem)).to_owned()
    }

    fn input(&self) -> Input<'_> {
        Input { file: &self.display, text: &self.text, base_dir: self.base_dir.as_deref() }
    }
}

/// Does a spec's text have a `$ref` to another file?
fn has_external_refs(text: &str) -> bool {
    text.match_indices("$ref").any(|(i, _)| {
        let rest = text[i + 4..].trim_start_matches(['"', '\'']).trim_start();
        let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start().trim_start_matches(['"', '\'']);
        !rest.starts_with('#')
    })
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git ({e}); is it installed?"))?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr).trim().to_owned();
        return Err(if why.is_empty() { format!("git {} failed", args.join(" ")) } else { why });
    }
    String::from_utf8(out.stdout).map_err(|_| "the file is not UTF-8 text".to_owned())
}

/// The spec's folder as of `rev`, in a temporary folder.
fn checkout(root: &Path, rev: &str, path: &str) -> Result<Checkout, String> {
    const MAX_FILES: usize = 1000;
    let dir = Path::new(path).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let listing = git(root, &["ls-tree", "-r", "--name-only", rev, "--", if dir.is_empty() { "." } else { &dir }])
        .map_err(|e| format!("cannot list `{dir}` at `{rev}`: {e}"))?;
    let target =
        std::env::temp_dir().join(format!("xtask-diff-{}-{}", std::process::id(), rev.replace(['/', '~', '^'], "_")));
    let _ = std::fs::remove_dir_all(&target);
    let co = Checkout(target.clone());
    for file in
        listing.lines().filter(|f| f.ends_with(".yaml") || f.ends_with(".yml") || f.ends_with(".json")).take(MAX_FILES)
    {
        let text = git(root, &["show", &format!("{rev}:{file}")])
            .map_err(|e| format!("cannot read `{file}` at `{rev}`: {e}"))?;
        let to = target.join(file);
        std::fs::create_dir_all(to.parent().unwrap_or(&target)).map_err(|e| format!("{}: {e}", to.display()))?;
        std::fs::write(&to, text).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(co)
}

/// Diffs two sources; a spec that does not load is shown as `cargo xtask generate` shows it.
fn compare(b: &Source, r: &Source, module: &str) -> Result<Report, ExitCode> {
    codegen::diff::diff(b.input(), r.input(), module).map_err(|diags| {
        let sources = vec![(b.display.clone(), b.text.clone()), (r.display.clone(), r.text.clone())];
        let mut sorted: Vec<_> = diags.iter().collect();
        sorted.sort_by(|a, b| {
            (&a.file, a.line_col.is_none(), a.line_col).cmp(&(&b.file, b.line_col.is_none(), b.line_col))
        });
        for d in sorted {
            eprintln!("{}\n", report::render(d, &sources));
        }
        eprintln!("error: {} error(s); nothing was compared", diags.len());
        ExitCode::from(2)
    })
}

fn judge(report: &Report, o: &Options) -> Verdict {
    o.policy.judge(report)
}

fn sources(b: &Source, r: &Source) -> Vec<(String, String)> {
    vec![(b.display.clone(), b.text.clone()), (r.display.clone(), r.text.clone())]
}

fn print_human(report: &Report, b: &Source, r: &Source, verdict: &Verdict, o: &Options) {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let srcs = sources(b, r);
    for (c, (fails, allowed)) in report.changes.iter().zip(&verdict.outcome) {
        let note = match (fails, allowed) {
            (_, Some(i)) => Some(format!("allowed by {}", o.allow_sources[*i])),
            (true, None) => Some("this change fails the run".to_owned()),
            _ => None,
        };
        println!("{}\n", report::render_change(c, &srcs, note.as_deref(), color));
    }
    for u in &verdict.unused {
        println!("error: the allowance at {} matches no change; remove it\n", o.allow_sources[*u]);
    }
    println!("{}", summary(report, b, r, verdict));
}

fn summary(report: &Report, b: &Source, r: &Source, verdict: &Verdict) -> String {
    let n = |k| report.count(k);
    let mut s = format!(
        "{} -> {}: {} breaking, {} warning(s), {} info, {} Rust-only change(s)",
        b.display,
        r.display,
        n(Kind::Breaking),
        n(Kind::Warning),
        n(Kind::Info),
        n(Kind::Api)
    );
    if report.docs_changes > 0 {
        s.push_str(&format!(", and {} item(s) whose documentation changes", report.docs_changes));
    }
    let majors = report.items.iter().filter(|i| i.semver == Semver::Major).count();
    s.push_str(&format!(
        "\nregenerating the crate is a semver {} change ({} item(s) change, {majors} of them major); info.version {} -> {}",
        report.semver,
        report.items.len(),
        report.base_version,
        report.revision_version
    ));
    let failing = verdict.failing();
    let allowed = verdict.outcome.iter().filter(|(_, a)| a.is_some()).count();
    if allowed > 0 {
        s.push_str(&format!("\n{allowed} change(s) allowed by name"));
    }
    if failing > 0 {
        s.push_str(&format!("\nerror: {failing} change(s) fail the run"));
    }
    s
}

fn location_json(l: &codegen::diff::Location) -> serde_json::Value {
    serde_json::json!({
        "file": l.file,
        "pointer": l.pointer,
        "line": l.line_col.map(|(l, _)| l),
        "column": l.line_col.map(|(_, c)| c),
    })
}

fn change_json(c: &Change, fails: bool, allowed: Option<&String>) -> serde_json::Value {
    serde_json::json!({
        "rule": c.rule,
        "kind": c.kind.as_str(),
        "message": c.message,
        "base": location_json(&c.base),
        "revision": location_json(&c.revision),
        "context": c.context,
        "semver": c.semver.as_str(),
        "items_elsewhere": c.items_elsewhere,
        "rust": c.rust.iter().map(|r| serde_json::json!({"item": r.item, "change": r.change, "semver": r.semver.as_str()})).collect::<Vec<_>>(),
        "fails": fails,
        "allowed_by": allowed,
    })
}

fn json(report: &Report, b: &Source, r: &Source, verdict: &Verdict, o: &Options) -> String {
    let value = serde_json::json!({
        "base": {"file": b.display, "version": report.base_version},
        "revision": {"file": r.display, "version": report.revision_version},
        "summary": {
            "breaking": report.count(Kind::Breaking),
            "warning": report.count(Kind::Warning),
            "info": report.count(Kind::Info),
            "api": report.count(Kind::Api),
            "docs_changes": report.docs_changes,
            "semver": report.semver.as_str(),
            "fails": verdict.fails(),
            "unused_allowances": verdict.unused.iter().map(|i| &o.allow_sources[*i]).collect::<Vec<_>>(),
        },
        "changes": report
            .changes
            .iter()
            .zip(&verdict.outcome)
            .map(|(c, (f, a))| change_json(c, *f, a.map(|i| &o.allow_sources[i])))
            .collect::<Vec<_>>(),
        "items": report.items.iter().map(|r| serde_json::json!({"item": r.item, "change": r.change, "semver": r.semver.as_str()})).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// The README's table of rules.
pub fn rules_table() -> String {
    let mut s = String::from("| rule | kind | example |\n|---|---|---|\n");
    for r in RULES {
        s.push_str(&format!("| `{}` | {} | {} |\n", r.id, r.kind, r.example));
    }
    s
}

/// `--specs`: every spec of `specs/` against its version on the merge base with main.
fn specs(o: &Options) -> ExitCode {
    let root = o.repo.clone().unwrap_or_else(crate::repo_root);
    let candidates: Vec<String> = match &o.main {
        Some(m) => vec![m.clone()],
        None => vec!["main".into(), "origin/main".into()],
    };
    let Some(main) = candidates
        .iter()
        .find(|c| git(&root, &["rev-parse", "--verify", "--quiet", &format!("{c}^{{commit}}")]).is_ok())
    else {
        println!(
            "skipped: no {} branch is visible in this clone, so there is no merge base to compare specs/ with (pass --main REF)",
            candidates.join(" or ")
        );
        return ExitCode::SUCCESS;
    };
    let head = git(&root, &["rev-parse", "HEAD"]).map(|s| s.trim().to_owned());
    let base = git(&root, &["merge-base", "HEAD", main]).map(|s| s.trim().to_owned());
    let (head, base) = match (head, base) {
        (Ok(h), Ok(b)) => (h, b),
        (h, b) => {
            eprintln!(
                "error: cannot find the merge base of HEAD and `{main}`: {}",
                h.err().or(b.err()).unwrap_or_default()
            );
            return ExitCode::from(2);
        }
    };
    if head == base {
        let clean = git(&root, &["status", "--porcelain", "--", "specs"]).is_ok_and(|s| s.trim().is_empty());
        if clean {
            println!(
                "skipped: HEAD is `{main}` itself ({}) and specs/ has no uncommitted change, so there is nothing to compare",
                &head[..head.len().min(12)]
            );
            return ExitCode::SUCCESS;
        }
        println!("HEAD is `{main}` itself: comparing the uncommitted changes of specs/ with it");
    }
    let short = &base[..base.len().min(12)];
    let inputs = match crate::workspace_specs(&root) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    for spec in &inputs {
        let old_spec = format!("git:{base}:{}", spec.display_path);
        let old = match Source::read(&old_spec, &root) {
            Ok(s) => Source { display: format!("git:{short}:{}", spec.display_path), ..s },
            Err(_) => {
                println!("{}: new since the merge base {short}; nothing to compare", spec.display_path);
                continue;
            }
        };
        let new = Source {
            display: spec.display_path.clone(),
            text: spec.text.clone(),
            base_dir: spec.base_dir.clone(),
            _checkout: None,
        };
        let report = match compare(&old, &new, &spec.module) {
            Ok(r) => r,
            Err(code) => return code,
        };
        let verdict = judge(&report, o);
        let bumped = report.base_version != report.revision_version;
        let breaking = verdict.failing() > 0;
        if o.json {
            println!("{}", json(&report, &old, &new, &verdict, o));
        } else if !report.changes.is_empty() {
            print_human(&report, &old, &new, &verdict, o);
        } else {
            println!("{}: no changes since the merge base {short}", spec.display_path);
        }
        if breaking && !bumped {
            eprintln!(
                "error: {} has breaking changes since the merge base {short} but info.version is still `{}`; bump it",
                spec.display_path, report.revision_version
            );
            failed = true;
        } else if breaking {
            println!(
                "{}: breaking changes, and info.version moved {} -> {}: accepted",
                spec.display_path, report.base_version, report.revision_version
            );
        }
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_refs_are_told_from_local_ones() {
        assert!(!has_external_refs("a:\n  $ref: '#/components/schemas/A'\n"));
        assert!(!has_external_refs("{\"$ref\": \"#/x\"}"));
        assert!(has_external_refs("a:\n  $ref: common.yaml#/Pet\n"));
        assert!(has_external_refs("{\"$ref\": \"other.json\"}"));
    }
}
