//! The README's Rust examples compile: every ```` ```rust ```` block of `README.md` becomes a
//! module of a scratch crate that depends on the generated `session-apis` crate, checked
//! with warnings denied (unused items aside: the examples are fragments). Dependencies are
//! built once into `target/hostile`, which the hostile-names test shares.

use std::path::{Path, PathBuf};

/// The Rust code blocks of a Markdown text, with the line each starts on.
fn rust_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in markdown.lines().enumerate() {
        match (&mut current, line.trim_start()) {
            (None, "```rust") => current = Some((n + 1, String::new())),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some((_, code)), _) => {
                code.push_str(line);
                code.push('\n');
            }
            _ => {}
        }
    }
    blocks
}

#[test]
fn every_rust_example_of_the_readme_compiles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let blocks = rust_blocks(&readme);
    assert!(blocks.len() >= 5, "only {} Rust blocks found in README.md", blocks.len());
    let mut lib = String::from("#![deny(warnings)]\n#![allow(dead_code, unused_imports)]\n");
    for (i, (line, code)) in blocks.iter().enumerate() {
        lib.push_str(&format!("\n/// README.md line {line}\nmod block_{i} {{\n{code}}}\n"));
    }
    let dir = std::env::temp_dir().join(format!("readme-examples-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), lib).unwrap();
    let generated = root.join("generated").display().to_string().replace('\\', "/");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            r#"[package]
name = "readme-examples"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
session-apis = {{ path = "{generated}", features = ["tracing"] }}
tokio = {{ version = "1", features = ["macros", "rt-multi-thread"] }}
serde_json = "1"
tracing = "0.1"
tracing-subscriber = {{ version = "0.3", default-features = false, features = ["fmt", "std"] }}

[workspace]
"#
        ),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target")).join("hostile");
    let out = std::process::Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--message-format=short"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.success() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    assert!(out.status.success(), "README.md's examples (kept in {}) do not compile:\n{stderr}", dir.display());
}
