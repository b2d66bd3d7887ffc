//! `cargo xtask bench` on one small spec: the TSV it writes has the columns a later run
//! compares against and a row of positive figures. No timing is asserted.
//!
//! The test times this debug binary (`--no-release`, a test-only escape hatch) rather than
//! building a release xtask inside the test run.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

const HEADER: &str =
    "spec\tsize_kib\tops\tgen_s\tfloor_s\tratio\tgen_peak_mib\tfloor_peak_mib\tlines\tfloor\tcheck_s\tstatus";

#[test]
fn bench_writes_a_tsv_row_of_positive_figures() {
    let work = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["bench", "--spec", "specs/zep_sessions.yaml", "--runs", "1", "--no-release", "--work"])
            .arg(&work)
            .args(extra)
            .current_dir(root())
            .output()
            .unwrap()
    };
    let out = run(&[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let tsv = std::fs::read_to_string(work.join("latest.tsv")).unwrap();
    let lines: Vec<&str> = tsv.lines().collect();
    assert_eq!(lines.len(), 2, "{tsv}");
    assert_eq!(lines[0], HEADER);
    let cells: Vec<&str> = lines[1].split('\t').collect();
    let header: Vec<&str> = HEADER.split('\t').collect();
    assert_eq!(cells.len(), header.len(), "{tsv}");
    let cell = |name: &str| cells[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(cell("spec"), "zep_sessions.yaml");
    for name in ["size_kib", "ops", "gen_s", "floor_s", "ratio", "gen_peak_mib", "floor_peak_mib", "lines"] {
        let v: f64 = cell(name).parse().unwrap_or_else(|_| panic!("{name} is `{}`", cell(name)));
        assert!(v > 0.0, "{name} is {v}");
    }
    assert_eq!(cell("floor"), "serde");
    assert_eq!(cell("check_s"), "-");
    assert_eq!(cell("status"), "ok");
    // A dated copy beside it, and a comparison with it.
    let dated = std::fs::read_dir(&work)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with("bench-"))
        .unwrap();
    assert_eq!(std::fs::read_to_string(&dated).unwrap(), tsv);
    let again = run(&["--compare", dated.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(again.status.success(), "{stdout}");
    assert!(stdout.contains("compared with") && stdout.contains("geometric mean"), "{stdout}");
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn bench_refuses_bad_flags() {
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).output().unwrap();
    assert_eq!(run(&["bench", "--runs", "0"]).status.code(), Some(2));
    assert_eq!(run(&["bench", "--frob"]).status.code(), Some(2));
    assert_eq!(run(&["bench", "--spec", "no/such/file.yaml", "--no-release"]).status.code(), Some(2));
    assert!(run(&["bench", "--help"]).status.success());
}
