//! Generates the fixture clients of `fixtures/*.yaml` into `OUT_DIR`, so that the client
//! tests can call a generated client for security schemes and server variables the three
//! session specs do not have. Each becomes one file of inline modules, included by
//! `src/lib.rs`; its runtime is `session_apis::runtime`, re-exported there as `crate::runtime`.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let fixtures = root.join("fixtures");
    println!("cargo:rerun-if-changed={}", fixtures.display());
    // (module, fixture, keep undeclared properties)
    let fixtures_used = [
        ("client_auth", "client_auth", false),
        ("features", "features", false),
        ("regressions", "regressions", false),
        ("regressions_open", "regressions", true),
    ];
    for (name, fixture, keep_unknown_properties) in fixtures_used {
        let path = fixtures.join(format!("{fixture}.yaml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let display = format!("tests/fixtures/{fixture}.yaml");
        let options = codegen::lower::LowerOptions { keep_unknown_properties };
        let generated = codegen::generate_api_with_options(&display, &text, name, None, &options);
        let (files, _warnings) = generated.unwrap_or_else(|diags| {
            let shown: Vec<String> = diags.iter().map(|d| format!("{d:?}")).collect();
            panic!("{display} does not generate:\n{}", shown.join("\n"))
        });
        let modules = [("client", &files.client), ("operations", &files.operations), ("types", &files.types)];
        let mut out = String::new();
        let mut inlined = 0;
        for line in files.root.lines() {
            // File-level inner docs are not allowed in an `include!`d file.
            if line.starts_with("//!") {
                continue;
            }
            match modules.iter().find(|(m, _)| line.trim() == format!("pub mod {m};")) {
                Some((m, body)) => {
                    out.push_str(&format!("pub mod {m} {{\n{body}\n}}\n"));
                    inlined += 1;
                }
                None => {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        assert_eq!(
            inlined,
            modules.len(),
            "the module root of {display} no longer declares client, operations and types"
        );
        std::fs::write(Path::new(&out_dir).join(format!("{name}.rs")), out).expect("OUT_DIR is writable");
    }
}
