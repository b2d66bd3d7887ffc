//! `cargo xtask generate --spec`: exit codes, rustc-style messages for every bad spec of
//! `tests/hostile/`, and all-or-nothing writes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Runs xtask from the repository root (so that paths print as `tests/hostile/...`).
fn xtask(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh scratch folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("xtask-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every file and folder under `dir` with its bytes (folders as `None`).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(dir).unwrap().to_path_buf();
            if p.is_dir() {
                out.insert(rel, None);
                stack.push(p);
            } else {
                out.insert(rel, Some(std::fs::read(&p).unwrap()));
            }
        }
    }
    out
}

#[test]
fn exit_codes_say_success_spec_errors_or_bad_usage() {
    let out = Scratch::new("codes");
    let o = out.path();
    assert_eq!(code(&xtask(&[])), 2);
    assert_eq!(code(&xtask(&["frobnicate"])), 2);
    assert_eq!(code(&xtask(&["generate", "--frob"])), 2);
    assert_eq!(code(&xtask(&["generate", "--spec", "tests/hostile/names.yaml"])), 2);
    assert_eq!(code(&xtask(&["generate", "--spec"])), 2);
    let missing = xtask(&["generate", "--spec", "tests/hostile/no_such_file.yaml", "--out", o]);
    assert_eq!(code(&missing), 2, "{}", stderr(&missing));
    assert!(stderr(&missing).contains("no such file"), "{}", stderr(&missing));

    assert_eq!(code(&xtask(&["generate", "--spec", "tests/hostile/missing_ref.yaml", "--out", o])), 1);
    let ok = xtask(&["generate", "--spec", "tests/hostile/names.yaml", "--out", o]);
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));

    // Warnings are shown but do not fail, unless denied.
    for (spec, kind) in [
        ("tests/hostile/warning.yaml", "degraded"),
        ("tests/hostile/undeclared_path_param.yaml", "undeclared-path-param"),
    ] {
        let warned = xtask(&["generate", "--spec", spec, "--out", o]);
        assert_eq!(code(&warned), 0, "{}", stderr(&warned));
        assert!(stderr(&warned).contains(&format!("warning[{kind}]")), "{}", stderr(&warned));
        let denied = xtask(&["generate", "--spec", spec, "--out", o, "--deny-warnings"]);
        assert_eq!(code(&denied), 1, "{}", stderr(&denied));
        assert!(stderr(&denied).contains("warnings are denied"), "{}", stderr(&denied));
    }
}

#[test]
fn every_bad_spec_of_the_suite_gets_a_rustc_style_message() {
    let out = Scratch::new("messages");
    let dir = root().join("tests/hostile");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .chain(std::fs::read_dir(dir.join("ext")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    // These generate (`warning.yaml`, `undeclared_path_param.yaml` and `doc_keyword.yaml`
    // with a warning).
    let good = [
        "names.yaml",
        "main.yaml",
        "merges_own_container.yaml",
        "openapi31.yaml",
        "openapi31_defs.yaml",
        "openapi31_types.yaml",
        "callback_ref.yaml",
        "warning.yaml",
        "undeclared_path_param.yaml",
        "doc_keyword.yaml",
    ];
    let mut checked = 0;
    for spec in specs {
        let name = spec.file_name().unwrap().to_str().unwrap();
        if good.contains(&name) {
            continue;
        }
        let rel = spec.strip_prefix(root()).unwrap().to_str().unwrap().to_owned();
        let o = xtask(&["generate", "--spec", &rel, "--out", out.path()]);
        let text = stderr(&o);
        assert_eq!(code(&o), 1, "{rel}:\n{text}");
        assert!(text.starts_with("error[") || text.starts_with("warning["), "{rel}:\n{text}");
        assert!(text.starts_with("error[") || text.contains("\nerror["), "{rel}:\n{text}");
        assert!(text.contains(&format!("--> {rel}")), "{rel}:\n{text}");
        assert!(text.contains("= help: "), "{rel}:\n{text}");
        assert!(text.contains("nothing was written"), "{rel}:\n{text}");
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} bad specs found");
    assert!(std::fs::read_dir(out.path()).unwrap().next().is_none(), "a failed run wrote into --out");

    // The snippet shows the line, underlines the spot and labels it with the pointer.
    let o = xtask(&["generate", "--spec", "tests/hostile/missing_ref.yaml", "--out", out.path()]);
    let expected = "\
error[unresolved-ref]: `$ref` points at `#/components/schemas/Owner`, which does not exist
  --> tests/hostile/missing_ref.yaml:14:11
   |
14 |           $ref: '#/components/schemas/Owner'
   |           ^^^^ #/components/schemas/Pet/properties/owner
   |
   = help: define the component, or fix the reference
";
    assert!(stderr(&o).starts_with(expected), "{}", stderr(&o));
}

#[test]
fn a_failed_run_leaves_the_output_folder_as_it_was() {
    let out = Scratch::new("atomic");
    let o = out.path();
    let first = xtask(&["generate", "--spec", "tests/hostile/names.yaml", "--out", o]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    // A hand-made file beside the generated ones.
    std::fs::write(out.0.join("NOTES.md"), "mine\n").unwrap();
    let before = snapshot(&out.0);
    assert!(before.len() > 8, "{before:?}");

    // A spec with errors: nothing is touched.
    let bad = xtask(&["generate", "--spec", "tests/hostile/many_errors.yaml", "--out", o]);
    assert_eq!(code(&bad), 1);
    assert_eq!(snapshot(&out.0), before);

    // A good spec whose writing fails half way (a file stands where the `src/runtime`
    // folder must go, after `Cargo.toml`, `src/client.rs`, `src/lib.rs` and
    // `src/operations.rs` have been replaced): every replaced file is put back.
    std::fs::remove_dir_all(out.0.join("src/runtime")).unwrap();
    std::fs::write(out.0.join("src/runtime"), "in the way\n").unwrap();
    let before = snapshot(&out.0);
    let failed = xtask(&["generate", "--spec", "tests/hostile/ext/main.yaml", "--out", o]);
    assert_eq!(code(&failed), 1, "{}", stderr(&failed));
    assert!(stderr(&failed).contains("nothing was changed"), "{}", stderr(&failed));
    assert_eq!(snapshot(&out.0), before);

    // With the obstacle gone the same run succeeds and leaves no staging folder behind.
    std::fs::remove_file(out.0.join("src/runtime")).unwrap();
    let ok = xtask(&["generate", "--spec", "tests/hostile/ext/main.yaml", "--out", o]);
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));
    let after = snapshot(&out.0);
    assert!(after.contains_key(Path::new("src/runtime/mod.rs")));
    assert!(!after.keys().any(|k| k.to_string_lossy().contains(".tmp-")), "{after:?}");
}

#[test]
fn cargo_fmt_leaves_a_generated_crate_as_it_was_generated() {
    // A user's project with its own style, holding the generated crate.
    let project = Scratch::new("fmt");
    std::fs::write(project.0.join("rustfmt.toml"), "max_width = 120\nuse_small_heuristics = \"Max\"\n").unwrap();
    let dir = project.0.join("client");
    let ok = xtask(&["generate", "--spec", "tests/hostile/names.yaml", "--out", dir.to_str().unwrap()]);
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));
    let before = snapshot(&dir);
    let manifest = format!("{}/Cargo.toml", dir.display());
    let fmt = Command::new(env!("CARGO")).args(["fmt", "--manifest-path", &manifest]).output().unwrap();
    let why = String::from_utf8_lossy(&fmt.stderr);
    if !fmt.status.success() && (why.contains("not installed") || why.contains("no such command")) {
        eprintln!("SKIPPED: rustfmt is not installed, so `cargo fmt` cannot be tried");
        return;
    }
    assert!(fmt.status.success(), "{}", String::from_utf8_lossy(&fmt.stderr));
    // prettyplease and rustfmt disagree on layout; the crate's rustfmt.toml keeps the former.
    assert_eq!(snapshot(&dir), before, "cargo fmt changed the generated crate");
}

/// `cargo xtask examples`: an example the generator gets wrong fails the run and is named
/// with its pointer; one that breaks its own schema is the spec's and does not.
#[test]
fn examples_blame_the_generator_or_the_spec_and_exit_accordingly() {
    let dir = Scratch::new("examples");
    let spec = dir.0.join("blame.yaml");
    std::fs::write(
        &spec,
        r#"openapi: 3.0.3
info: { title: blame, version: "1" }
paths: {}
components:
  schemas:
    Reading:
      type: object
      properties:
        count: { type: integer, example: "three" }
        # An f32 cannot hold 1e300: the value comes back as null, and the example is valid.
        level: { type: number, format: float, example: 1.0e300 }
        label: { type: string, example: ok }
"#,
    )
    .unwrap();
    let out = xtask(&["examples", "--spec", spec.to_str().unwrap()]);
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert_eq!(code(&out), 1, "{stdout}\n{stderr}");
    assert!(stderr.contains("OURS #/components/schemas/Reading/properties/level/example"), "{stderr}");
    assert!(stderr.contains("spec's #/components/schemas/Reading/properties/count/example"), "{stderr}");
    // examples 3, decoded 1 (the label), the spec's 1, ours 1.
    let row = stdout.lines().find(|l| l.starts_with("blame.yaml")).unwrap_or_default();
    let figures: Vec<&str> = row.split_whitespace().skip(1).take(6).collect();
    assert_eq!(figures, ["3", "0", "1", "1", "1", "1"], "{stdout}");
}
