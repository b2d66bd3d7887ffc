//! Issue 8's reference check, through `cargo xtask diff`'s library: our CAMARA spec
//! against the owner's definition (`../shared/reference/`). The client is generated from our
//! spec and the real servers follow the owner's, so ours is the base and the owner's the
//! revision. Any difference on the wire fails (`--fail-on info`), and so does an operation
//! name that is not the owner's; the deliberate differences are allowed by name in
//! `tests/diff/camara_reference.allow`, where each says why it cannot break the client.

use std::path::{Path, PathBuf};

use codegen::diff::{Input, Kind, Policy, Report, Verdict, parse_allowances};

const REFERENCE: &str = "../shared/reference/camara-webrtc-call-handling.yaml";
const ALLOW: &str = "tests/diff/camara_reference.allow";
/// Our spec before issue 8's fixes (the commit the fixes started from).
const BEFORE: &str = "8a66157";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn reference() -> Option<String> {
    let text = std::fs::read_to_string(root().join(REFERENCE));
    if text.is_err() {
        eprintln!("SKIPPED: {REFERENCE} is absent (a clone without ../shared), so the reference check cannot run");
    }
    text.ok()
}

/// What CI runs: `--fail-on info --fail-on-rule operation-id-changed --allow-file ...`.
fn policy() -> Policy {
    let text = std::fs::read_to_string(root().join(ALLOW)).unwrap();
    Policy {
        fail_on: Kind::Info,
        fail_on_rules: vec!["operation-id-changed".into()],
        allow: parse_allowances(&text).unwrap(),
        ..Policy::default()
    }
}

fn check(ours: &str, file: &str, reference: &str) -> (Report, Verdict) {
    let report = codegen::diff::diff(
        Input { file, text: ours, base_dir: None },
        Input { file: REFERENCE, text: reference, base_dir: None },
        "camara_webrtc",
    )
    .unwrap_or_else(|d| panic!("{d:#?}"));
    let verdict = policy().judge(&report);
    (report, verdict)
}

fn failing(report: &Report, verdict: &Verdict) -> Vec<String> {
    report
        .changes
        .iter()
        .zip(&verdict.outcome)
        .filter(|(_, (f, _))| *f)
        .map(|(c, _)| format!("{}[{}] {} ({} -> {})", c.kind, c.rule, c.message, c.base.pointer, c.revision.pointer))
        .collect()
}

#[test]
fn our_camara_spec_agrees_with_the_owner_s_definition() {
    let Some(reference) = reference() else { return };
    let ours = std::fs::read_to_string(root().join("specs/camara_webrtc.yaml")).unwrap();
    let (report, verdict) = check(&ours, "specs/camara_webrtc.yaml", &reference);
    let unused: Vec<String> = verdict.unused.iter().map(|i| format!("{ALLOW}:{}", policy().allow[*i].line)).collect();
    assert!(
        !verdict.fails(),
        "specs/camara_webrtc.yaml differs from the owner's definition:\n{}\nallowances that match nothing: {unused:?}\n\
         (run `cargo xtask diff --base specs/camara_webrtc.yaml --revision {REFERENCE} --fail-on info \
         --fail-on-rule operation-id-changed --allow-file {ALLOW}` for the full report)",
        failing(&report, &verdict).join("\n")
    );
}

/// The check is able to fail: our spec as it was before issue 8 fails it, on each of the
/// differences the issue found.
#[test]
fn the_spec_before_issue_8_fails_the_check_on_each_finding() {
    let Some(reference) = reference() else { return };
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(root())
        .args(["show", &format!("{BEFORE}:specs/camara_webrtc.yaml")])
        .output();
    let Some(before) = out.ok().filter(|o| o.status.success()).map(|o| String::from_utf8(o.stdout).unwrap()) else {
        eprintln!("SKIPPED: commit {BEFORE} is not in this clone (shallow, or no git), so the old spec cannot be read");
        return;
    };
    let (report, verdict) = check(&before, "before.yaml", &reference);
    let failing = failing(&report, &verdict);
    let found = |rule: &str, at: &str| failing.iter().any(|f| f.contains(&format!("[{rule}]")) && f.contains(at));
    let findings = [
        // confidence.value is a number (a percentage such as 94.97).
        ("response-type-changed", "#/components/schemas/LocationDetails/properties/confidence/properties/value/type"),
        // 404 also carries IDENTIFIER_NOT_FOUND.
        ("error-code-added", "IDENTIFIER_NOT_FOUND"),
        // registrationId is a header of create only.
        ("request-parameter-removed", "#/paths/~1sessions~1{mediaSessionId}/get/parameters"),
        ("request-parameter-removed", "#/paths/~1sessions~1{mediaSessionId}/delete/parameters"),
        ("request-parameter-removed", "#/paths/~1sessions~1{mediaSessionId}~1status/put/parameters"),
        // The update scope is `:sessions:write`.
        ("security-scopes-changed", "sessions:write"),
        // WrtcSdpDescriptor.sdp is optional.
        ("response-property-became-optional", "#/components/schemas/SDPDescriptor/properties/sdp"),
        // The owner's operationIds.
        ("operation-id-changed", "getSessionDetailsById"),
        ("operation-id-changed", "deleteSessionById"),
    ];
    for (rule, at) in findings {
        assert!(found(rule, at), "the check misses {rule} at {at}; it failed on:\n{}", failing.join("\n"));
    }
    // The allowed statuses are reported too, and accepted.
    let allowed = verdict.outcome.iter().filter(|(_, a)| a.is_some()).count();
    assert!(allowed >= 10, "{allowed} changes allowed");
}
