//! `cargo xtask diff`: exit codes, the human and JSON reports, `git:REV:path`, allowances,
//! and every spec the generator rejects giving the same located error, with no diff.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).current_dir(root()).env("NO_COLOR", "1").output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn pair(rule: &str) -> (String, String) {
    (format!("tests/diff/rules/{rule}/base.yaml"), format!("tests/diff/rules/{rule}/revision.yaml"))
}

fn diff(rule: &str, extra: &[&str]) -> Output {
    let (b, r) = pair(rule);
    let mut args = vec!["diff", "--base", &b, "--revision", &r];
    args.extend_from_slice(extra);
    xtask(&args)
}

#[test]
fn exit_codes_follow_the_worst_kind_and_fail_on() {
    // Breaking: 1. Warning: 0, or 1 with --fail-on warning. Info: 0, 1 with --fail-on info.
    assert_eq!(code(&diff("response-type-changed", &[])), 1);
    assert_eq!(code(&diff("error-status-added", &[])), 0);
    assert_eq!(code(&diff("error-status-added", &["--fail-on", "warning"])), 1);
    assert_eq!(code(&diff("response-enum-value-added", &["--fail-on", "warning"])), 0);
    assert_eq!(code(&diff("response-enum-value-added", &["--fail-on", "info"])), 1);
    // Rust-only changes fail only on their semver effect.
    assert_eq!(code(&diff("type-renamed", &["--fail-on", "info"])), 0);
    assert_eq!(code(&diff("type-renamed", &["--fail-on-semver", "major"])), 1);
    assert_eq!(code(&diff("request-parameter-added", &["--fail-on-semver", "major"])), 0);
    assert_eq!(code(&diff("request-parameter-added", &["--fail-on-semver", "minor"])), 1);
    // Bad usage: 2.
    for args in [
        vec!["diff"],
        vec!["diff", "--base", "specs/zep_sessions.yaml"],
        vec!["diff", "--base", "specs/zep_sessions.yaml", "--revision", "no/such.yaml"],
        vec!["diff", "--base", "a", "--revision", "b", "--fail-on", "sometimes"],
        vec!["diff", "--frob"],
        vec!["diff", "--base", "a", "--revision", "b", "--allow", "no-such-rule@#/paths"],
    ] {
        let o = xtask(&args);
        assert_eq!(code(&o), 2, "{args:?}: {}", err(&o));
        assert!(out(&o).is_empty(), "{args:?} printed a report: {}", out(&o));
    }
    let o = xtask(&["diff", "--help"]);
    assert_eq!(code(&o), 0);
    assert!(out(&o).contains("--fail-on"));
}

#[test]
fn the_human_report_shows_both_places_the_reason_and_the_semver_effect() {
    let o = diff("response-type-changed", &[]);
    let text = out(&o);
    let expected = "\
breaking[response-type-changed]: `Pet.weight` changes from integer to number; the client decodes it as `i64` and fails (`Error::Decode`) on a fraction such as `94.97`
  --> tests/diff/rules/response-type-changed/base.yaml:22:18
   |
22 |         weight: {type: integer}
   |                  ^^^^ #/components/schemas/Pet/properties/weight/type
   |
  ::: tests/diff/rules/response-type-changed/revision.yaml:22:18
   |
22 |         weight: {type: number}
   |                  ^^^^ #/components/schemas/Pet/properties/weight/type
   |
   = note: in `GET /pets/{id}` 200 response
   = semver: major: `types::Pet::weight`: `Option<i64>` becomes `Option<f64>`
   = help: this change fails the run
";
    assert!(text.starts_with(expected), "{text}");
    assert!(text.contains("1 breaking, 0 warning(s), 0 info"), "{text}");
    assert!(text.contains("semver major change"), "{text}");
}

#[test]
fn the_json_report_is_for_bots() {
    let o = diff("error-code-added", &["--format", "json"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["summary"]["warning"], 1);
    assert_eq!(v["summary"]["semver"], "major");
    let c = &v["changes"][0];
    assert_eq!(c["rule"], "error-code-added");
    assert_eq!(c["kind"], "warning");
    assert_eq!(c["revision"]["line"], 21);
    assert_eq!(c["revision"]["file"], "tests/diff/rules/error-code-added/revision.yaml");
    assert!(
        c["rust"].as_array().unwrap().iter().any(|r| r["item"] == "GetPetError::Gone" && r["semver"] == "major"),
        "{c}"
    );
    assert_eq!(c["fails"], false);
}

#[test]
fn allowances_accept_changes_by_name_and_stale_ones_fail() {
    let o = diff("operation-removed", &["--allow", "operation-removed@#/paths/*/delete"]);
    assert_eq!(code(&o), 0, "{}", out(&o));
    assert!(out(&o).contains("allowed by --allow operation-removed@#/paths/*/delete"), "{}", out(&o));
    // An allowance that matches nothing is stale.
    let o = diff(
        "operation-removed",
        &["--allow", "operation-removed@#/paths/*/delete", "--allow", "operation-added@#/paths"],
    );
    assert_eq!(code(&o), 1);
    assert!(out(&o).contains("matches no change"), "{}", out(&o));
    // The same rule elsewhere is not accepted.
    let o = diff("operation-removed", &["--allow", "operation-removed@#/paths/*/get"]);
    assert_eq!(code(&o), 1);
}

fn in_git() -> bool {
    Command::new("git")
        .args(["-C", root().to_str().unwrap(), "rev-parse", "HEAD"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn old_revisions_are_read_from_git() {
    if !in_git() {
        eprintln!("SKIPPED: not a git checkout (or no git), so git:REV:path cannot be tried");
        return;
    }
    // The committed file against itself.
    let o = xtask(&[
        "diff",
        "--base",
        "git:HEAD:specs/camara_webrtc.yaml",
        "--revision",
        "git:HEAD:specs/camara_webrtc.yaml",
    ]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(
        out(&o).contains("git:HEAD:specs/camara_webrtc.yaml -> git:HEAD:specs/camara_webrtc.yaml: 0 breaking"),
        "{}",
        out(&o)
    );
    // A spec with `$ref`s to other files gets them as of the same revision.
    let o =
        xtask(&["diff", "--base", "git:HEAD:tests/hostile/ext/main.yaml", "--revision", "tests/hostile/ext/main.yaml"]);
    assert_eq!(code(&o), 0, "{}{}", out(&o), err(&o));
    // A change between a revision and a file is located in both.
    let (_, r) = pair("operation-removed");
    let o = xtask(&["diff", "--base", "git:HEAD:tests/diff/rules/operation-removed/base.yaml", "--revision", &r]);
    assert_eq!(code(&o), 1);
    assert!(out(&o).contains("--> git:HEAD:tests/diff/rules/operation-removed/base.yaml:10:"), "{}", out(&o));
    // Missing revisions and paths are bad usage, said plainly.
    for (spec, why) in [
        ("git:no-such-revision-here:specs/camara_webrtc.yaml", "no-such-revision-here"),
        ("git:HEAD:specs/no_such_spec.yaml", "no_such_spec.yaml"),
        ("git:HEAD", "expected git:REV:path"),
    ] {
        let o = xtask(&["diff", "--base", spec, "--revision", "specs/camara_webrtc.yaml"]);
        assert_eq!(code(&o), 2, "{spec}: {}", err(&o));
        assert!(err(&o).contains(why), "{spec}: {}", err(&o));
        assert!(out(&o).is_empty());
    }
}

/// The diagnostics of a failed run, without the closing count line.
fn diagnostics(stderr: &str) -> String {
    stderr.lines().filter(|l| !l.starts_with("error: ") || l.starts_with("error[")).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_spec_the_generator_rejects_gives_its_error_here_and_no_diff() {
    let dir = root().join("tests/hostile");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .chain(std::fs::read_dir(dir.join("ext")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    let scratch = std::env::temp_dir().join(format!("xtask-diff-hostile-{}", std::process::id()));
    let mut checked = 0;
    for spec in specs {
        let rel = spec.strip_prefix(root()).unwrap().to_str().unwrap().to_owned();
        let generated = xtask(&["generate", "--spec", &rel, "--out", scratch.to_str().unwrap()]);
        if code(&generated) == 0 {
            continue;
        }
        for args in [
            ["diff", "--base", rel.as_str(), "--revision", "specs/zep_sessions.yaml"],
            ["diff", "--base", "specs/zep_sessions.yaml", "--revision", rel.as_str()],
        ] {
            let o = xtask(&args);
            assert_eq!(code(&o), 2, "{rel}: {}", err(&o));
            assert!(out(&o).is_empty(), "{rel}: a diff was printed:\n{}", out(&o));
            assert_eq!(diagnostics(&err(&o)), diagnostics(&err(&generated)), "{rel}");
            assert!(err(&o).contains(&format!("--> {rel}")), "{rel}: {}", err(&o));
        }
        checked += 1;
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(checked >= 12, "only {checked} rejected specs");
}

#[test]
fn the_rules_table_is_the_readme_s() {
    let o = xtask(&["diff", "--rules"]);
    assert_eq!(code(&o), 0);
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(
        readme.contains(&out(&o)),
        "README.md's table of diff rules differs from `cargo xtask diff --rules`; paste its output:\n{}",
        out(&o)
    );
}

fn git_in(dir: &Path, args: &[&str]) {
    let o = Command::new("git").arg("-C").arg(dir).args(args).output().unwrap();
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
}

/// `--specs` on a scratch repository: main with a spec, a branch that changes it.
#[test]
fn specs_need_a_version_bump_for_a_breaking_change() {
    if !in_git() {
        eprintln!("SKIPPED: no git, so --specs cannot be tried");
        return;
    }
    let repo = std::env::temp_dir().join(format!("xtask-diff-specs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&repo);
    std::fs::create_dir_all(repo.join("specs")).unwrap();
    let (base, _) = pair("operation-removed");
    let spec = repo.join("specs/pets.yaml");
    std::fs::copy(root().join(&base), &spec).unwrap();
    let repo_s = repo.to_str().unwrap();
    git_in(&repo, &["init", "-q", "-b", "main"]);
    git_in(&repo, &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "empty"]);
    git_in(&repo, &["add", "."]);
    git_in(&repo, &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "spec"]);
    // On main itself there is nothing to compare with.
    let o = xtask(&["diff", "--specs", "--repo", repo_s]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(out(&o).contains("skipped: HEAD is `main` itself"), "{}", out(&o));
    // A change not yet committed is compared with HEAD.
    let (_, revision) = pair("operation-removed");
    std::fs::copy(root().join(&revision), &spec).unwrap();
    let o = xtask(&["diff", "--specs", "--repo", repo_s]);
    assert_eq!(code(&o), 1, "{}{}", out(&o), err(&o));
    std::fs::copy(root().join(&base), &spec).unwrap();
    let o = xtask(&["diff", "--specs", "--repo", repo_s, "--main", "trunk"]);
    assert_eq!(code(&o), 0);
    assert!(out(&o).contains("skipped: no trunk branch is visible"), "{}", out(&o));
    // A branch that removes an operation without a new version fails; with one it passes.
    git_in(&repo, &["checkout", "-q", "-b", "change"]);
    std::fs::copy(root().join(&revision), &spec).unwrap();
    git_in(&repo, &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-am", "remove"]);
    let o = xtask(&["diff", "--specs", "--repo", repo_s]);
    assert_eq!(code(&o), 1, "{}{}", out(&o), err(&o));
    assert!(err(&o).contains("specs/pets.yaml has breaking changes since the merge base"), "{}", err(&o));
    assert!(out(&o).contains("breaking[operation-removed]"), "{}", out(&o));
    let bumped = std::fs::read_to_string(&spec).unwrap().replace("version: '1.0'", "version: '2.0'");
    std::fs::write(&spec, bumped).unwrap();
    let o = xtask(&["diff", "--specs", "--repo", repo_s]);
    assert_eq!(code(&o), 0, "{}{}", out(&o), err(&o));
    assert!(out(&o).contains("info.version moved 1.0 -> 2.0: accepted"), "{}", out(&o));
    let _ = std::fs::remove_dir_all(&repo);
}
