//! `cargo xtask corpus` and `cargo xtask bench`.

use std::path::Path;
use std::process::ExitCode;

pub fn run(dir: Option<&Path>, only: &[String]) -> ExitCode {
    let _ = (dir, only);
    eprintln!("corpus: not implemented yet");
    ExitCode::from(1)
}

pub fn bench(dir: Option<&Path>) -> ExitCode {
    let _ = dir;
    eprintln!("bench: not implemented yet");
    ExitCode::from(1)
}
