//! `codegen::diff` rule by rule. Each rule of the catalogue has a fixture pair in
//! `tests/diff/rules/<rule>/` (`base.yaml`, `revision.yaml`) that differs in one thing; the
//! diff must report exactly that change, with its kind, both places (JSON pointer and line)
//! and the semver effect on the generated API. `tests/diff/same/` holds pairs that are the
//! same API written differently (a schema moved behind a `$ref`, everything reordered).

use codegen::diff::{Change, Input, Kind, Report, Semver, rules::RULES};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Diffs `<dir>/base.yaml` against `<dir>/revision.yaml` (paths shown from the repository root).
fn diff_pair(dir: &str) -> Report {
    let read = |name: &str| {
        let rel = format!("{dir}/{name}");
        let text = std::fs::read_to_string(root().join(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        (rel, text)
    };
    let (bf, bt) = read("base.yaml");
    let (rf, rt) = read("revision.yaml");
    let base = Input { file: &bf, text: &bt, base_dir: None };
    let revision = Input { file: &rf, text: &rt, base_dir: None };
    codegen::diff::diff(base, revision, "pets").unwrap_or_else(|d| panic!("{dir}: {d:#?}"))
}

struct Case {
    rule: &'static str,
    kind: Kind,
    base: (&'static str, usize),
    revision: (&'static str, usize),
    semver: Semver,
}

const fn case(
    rule: &'static str,
    kind: Kind,
    base: (&'static str, usize),
    revision: (&'static str, usize),
    semver: Semver,
) -> Case {
    Case { rule, kind, base, revision, semver }
}

use Kind::{Api, Breaking, Info, Warning};
use Semver::{Major, Minor, Patch};
const NONE: Semver = Semver::None;

/// Rule, kind, (pointer, line) in the base and in the revision, semver of regenerating.
const CASES: &[Case] = &[
    case(
        "error-code-added",
        Warning,
        ("#/paths/~1pets~1{id}/get/responses/404/content/application~1json/schema/allOf/1/properties/code/enum", 21),
        ("#/paths/~1pets~1{id}/get/responses/404/content/application~1json/schema/allOf/1/properties/code/enum/1", 21),
        Major,
    ),
    case(
        "error-code-removed",
        Info,
        ("#/paths/~1pets~1{id}/get/responses/404/content/application~1json/schema/allOf/1/properties/code/enum/1", 21),
        ("#/paths/~1pets~1{id}/get/responses/404/content/application~1json/schema/allOf/1/properties/code/enum", 21),
        Major,
    ),
    case(
        "error-status-added",
        Warning,
        ("#/paths/~1pets/get/responses", 7),
        ("#/paths/~1pets/get/responses/404", 13),
        Major,
    ),
    case(
        "error-status-removed",
        Info,
        ("#/paths/~1pets/get/responses/404", 13),
        ("#/paths/~1pets/get/responses", 7),
        Major,
    ),
    case("operation-added", Info, ("#/paths", 3), ("#/paths/~1pets~1{id}/delete", 10), Major),
    case(
        "operation-deprecated",
        Warning,
        ("#/paths/~1pets~1{id}/delete", 10),
        ("#/paths/~1pets~1{id}/delete/deprecated", 12),
        Patch,
    ),
    case(
        "operation-id-changed",
        Api,
        ("#/paths/~1pets~1{id}/delete/operationId", 11),
        ("#/paths/~1pets~1{id}/delete/operationId", 11),
        Major,
    ),
    case("operation-removed", Breaking, ("#/paths/~1pets~1{id}/delete", 10), ("#/paths", 3), Major),
    case("request-body-added", Info, ("#/paths/~1pets/post", 5), ("#/paths/~1pets/post/requestBody", 7), Minor),
    case(
        "request-body-added-required",
        Breaking,
        ("#/paths/~1pets/post", 5),
        ("#/paths/~1pets/post/requestBody", 7),
        Major,
    ),
    case(
        "request-body-became-optional",
        Info,
        ("#/paths/~1pets/post/requestBody/required", 8),
        ("#/paths/~1pets/post/requestBody", 7),
        Major,
    ),
    case(
        "request-body-became-required",
        Breaking,
        ("#/paths/~1pets/post/requestBody", 7),
        ("#/paths/~1pets/post/requestBody/required", 8),
        Major,
    ),
    case("request-body-removed", Warning, ("#/paths/~1pets/post/requestBody", 7), ("#/paths/~1pets/post", 5), Major),
    case(
        "request-constraint-tightened",
        Warning,
        ("#/components/schemas/NewPet/properties/name/maxLength", 20),
        ("#/components/schemas/NewPet/properties/name/maxLength", 20),
        Patch,
    ),
    case(
        "request-enum-added",
        Breaking,
        ("#/components/schemas/NewPet/properties/kind", 19),
        ("#/components/schemas/NewPet/properties/kind/enum", 19),
        Major,
    ),
    case(
        "request-enum-value-added",
        Info,
        ("#/components/schemas/NewPet/properties/kind/enum", 19),
        ("#/components/schemas/NewPet/properties/kind/enum/2", 19),
        Major,
    ),
    case(
        "request-enum-value-removed",
        Breaking,
        ("#/components/schemas/NewPet/properties/kind/enum/1", 19),
        ("#/components/schemas/NewPet/properties/kind/enum", 19),
        Major,
    ),
    case(
        "request-format-added",
        Warning,
        ("#/components/schemas/NewPet/properties/born", 19),
        ("#/components/schemas/NewPet/properties/born/format", 19),
        Major,
    ),
    case(
        "request-format-changed",
        Breaking,
        ("#/components/schemas/NewPet/properties/born/format", 19),
        ("#/components/schemas/NewPet/properties/born/format", 19),
        Major,
    ),
    case(
        "request-media-type-added",
        Info,
        ("#/paths/~1pets/post/requestBody/content", 9),
        ("#/paths/~1pets/post/requestBody/content/text~1plain", 15),
        Major,
    ),
    case(
        "request-media-type-removed",
        Breaking,
        ("#/paths/~1pets/post/requestBody/content/application~1json", 10),
        ("#/paths/~1pets/post/requestBody/content", 9),
        Major,
    ),
    case(
        "request-null-not-allowed",
        Breaking,
        ("#/components/schemas/NewPet/properties/name", 20),
        ("#/components/schemas/NewPet/properties/name", 20),
        Major,
    ),
    case("request-parameter-added", Info, ("#/paths/~1pets/get", 5), ("#/paths/~1pets/get/parameters/1", 9), Minor),
    case(
        "request-parameter-added-required",
        Breaking,
        ("#/paths/~1pets/get", 5),
        ("#/paths/~1pets/get/parameters/1", 9),
        Major,
    ),
    case(
        "request-parameter-became-optional",
        Info,
        ("#/paths/~1pets/get/parameters/0/required", 8),
        ("#/paths/~1pets/get/parameters/0", 8),
        Major,
    ),
    case(
        "request-parameter-became-required",
        Breaking,
        ("#/paths/~1pets/get/parameters/0", 8),
        ("#/paths/~1pets/get/parameters/0/required", 8),
        Major,
    ),
    case(
        "request-parameter-deprecated",
        Warning,
        ("#/paths/~1pets/get/parameters/0", 8),
        ("#/paths/~1pets/get/parameters/0/deprecated", 8),
        Patch,
    ),
    case("request-parameter-removed", Info, ("#/paths/~1pets/get/parameters/1", 9), ("#/paths/~1pets/get", 5), Major),
    case(
        "request-parameter-renamed",
        Api,
        ("#/paths/~1pets~1{id}/get/parameters/0/name", 8),
        ("#/paths/~1pets~1{petId}/get/parameters/0/name", 8),
        Major,
    ),
    case(
        "request-parameter-style-changed",
        Breaking,
        ("#/paths/~1pets/get/parameters/0", 8),
        ("#/paths/~1pets/get/parameters/0/style", 8),
        NONE,
    ),
    case(
        "request-property-added",
        Info,
        ("#/components/schemas/NewPet/properties", 19),
        ("#/components/schemas/NewPet/properties/chip", 23),
        Minor,
    ),
    case(
        "request-property-added-required",
        Breaking,
        ("#/components/schemas/NewPet/properties", 19),
        ("#/components/schemas/NewPet/properties/owner", 23),
        Major,
    ),
    case(
        "request-property-became-optional",
        Info,
        ("#/components/schemas/NewPet/properties/name", 20),
        ("#/components/schemas/NewPet/properties/name", 20),
        Major,
    ),
    case(
        "request-property-became-required",
        Breaking,
        ("#/components/schemas/NewPet/properties/nickname", 21),
        ("#/components/schemas/NewPet/properties/nickname", 21),
        Major,
    ),
    case(
        "request-property-not-allowed",
        Breaking,
        ("#/components/schemas/NewPet/properties/nickname", 21),
        ("#/components/schemas/NewPet", 16),
        Major,
    ),
    case(
        "request-property-removed",
        Info,
        ("#/components/schemas/NewPet/properties/nickname", 21),
        ("#/components/schemas/NewPet", 16),
        Major,
    ),
    case(
        "request-type-changed",
        Breaking,
        ("#/components/schemas/NewPet/properties/weight/type", 19),
        ("#/components/schemas/NewPet/properties/weight/type", 19),
        Major,
    ),
    case(
        "request-type-widened",
        Info,
        ("#/components/schemas/NewPet/properties/weight/type", 19),
        ("#/components/schemas/NewPet/properties/weight/type", 19),
        Major,
    ),
    case(
        "request-union-member-added",
        Info,
        ("#/components/schemas/NewPet/properties/shape", 19),
        ("#/components/schemas/NewPet/properties/shape/oneOf/2", 23),
        Major,
    ),
    case(
        "request-union-member-removed",
        Breaking,
        ("#/components/schemas/NewPet/properties/shape/oneOf/2", 23),
        ("#/components/schemas/NewPet/properties/shape", 19),
        Major,
    ),
    case(
        "response-became-nullable",
        Breaking,
        ("#/components/schemas/Pet/properties/name", 22),
        ("#/components/schemas/Pet/properties/name", 22),
        Major,
    ),
    case(
        "response-body-added",
        Info,
        ("#/paths/~1pets/get/responses/200", 8),
        ("#/paths/~1pets/get/responses/200/content", 10),
        Major,
    ),
    case(
        "response-body-removed",
        Breaking,
        ("#/paths/~1pets/get/responses/200/content/application~1json", 11),
        ("#/paths/~1pets/get/responses/200", 8),
        Major,
    ),
    case(
        "response-enum-value-added",
        Info,
        ("#/components/schemas/Pet/properties/status/enum", 24),
        ("#/components/schemas/Pet/properties/status/enum/2", 24),
        Major,
    ),
    case(
        "response-enum-value-removed",
        Info,
        ("#/components/schemas/Pet/properties/status/enum/1", 24),
        ("#/components/schemas/Pet/properties/status/enum", 24),
        Major,
    ),
    case(
        "response-format-changed",
        Breaking,
        ("#/components/schemas/Pet/properties/born/format", 22),
        ("#/components/schemas/Pet/properties/born", 22),
        Major,
    ),
    case(
        "response-header-added",
        Info,
        ("#/paths/~1pets/get/responses/200", 8),
        ("#/paths/~1pets/get/responses/200/headers/x-rate-limit", 11),
        Minor,
    ),
    case(
        "response-header-removed",
        Info,
        ("#/paths/~1pets/get/responses/200/headers/x-rate-limit", 11),
        ("#/paths/~1pets/get/responses/200", 8),
        Major,
    ),
    case(
        "response-integer-range-widened",
        Breaking,
        ("#/components/schemas/Pet/properties/id/format", 21),
        ("#/components/schemas/Pet/properties/id/format", 21),
        Major,
    ),
    case(
        "response-media-type-added",
        Info,
        ("#/paths/~1pets/get/responses/200/content", 10),
        ("#/paths/~1pets/get/responses/200/content/application~1xml", 13),
        NONE,
    ),
    case(
        "response-media-type-changed",
        Breaking,
        ("#/paths/~1pets/get/responses/200/content/application~1json", 11),
        ("#/paths/~1pets/get/responses/200/content", 10),
        Major,
    ),
    case(
        "response-optional-property-removed",
        Info,
        ("#/components/schemas/Pet/properties/nickname", 23),
        ("#/components/schemas/Pet", 17),
        Major,
    ),
    case(
        "response-property-added",
        Info,
        ("#/components/schemas/Pet/properties", 20),
        ("#/components/schemas/Pet/properties/born", 24),
        Minor,
    ),
    case(
        "response-property-became-optional",
        Breaking,
        ("#/components/schemas/Pet/properties/name", 22),
        ("#/components/schemas/Pet/properties/name", 22),
        Major,
    ),
    case(
        "response-property-became-required",
        Info,
        ("#/components/schemas/Pet/properties/nickname", 23),
        ("#/components/schemas/Pet/properties/nickname", 23),
        Major,
    ),
    case(
        "response-property-removed",
        Breaking,
        ("#/components/schemas/Pet/properties/name", 22),
        ("#/components/schemas/Pet", 17),
        Major,
    ),
    case(
        "response-type-changed",
        Breaking,
        ("#/components/schemas/Pet/properties/weight/type", 22),
        ("#/components/schemas/Pet/properties/weight/type", 22),
        Major,
    ),
    case(
        "response-type-narrowed",
        Info,
        ("#/components/schemas/Pet/properties/weight/type", 22),
        ("#/components/schemas/Pet/properties/weight/type", 22),
        Major,
    ),
    case(
        "response-union-member-added",
        Breaking,
        ("#/components/schemas/Pet/properties/shape", 22),
        ("#/components/schemas/Pet/properties/shape/oneOf/2", 26),
        Major,
    ),
    case(
        "response-union-member-removed",
        Info,
        ("#/components/schemas/Pet/properties/shape/oneOf/2", 26),
        ("#/components/schemas/Pet/properties/shape", 22),
        Major,
    ),
    case(
        "response-union-tag-added",
        Info,
        ("#/components/schemas/Pet/properties/toy", 22),
        ("#/components/schemas/Pet/properties/toy/oneOf/2", 26),
        Major,
    ),
    case("rust-api-changed", Api, ("#/components/schemas/Owner", 24), ("#/components/schemas", 16), Major),
    case("security-added", Breaking, ("#/paths/~1pets/get", 5), ("#/paths/~1pets/get/security", 7), NONE),
    case("security-changed", Breaking, ("#/paths/~1pets/get/security", 7), ("#/paths/~1pets/get/security", 7), NONE),
    case("security-removed", Info, ("#/paths/~1pets/get/security", 7), ("#/paths/~1pets/get", 5), NONE),
    case(
        "security-scopes-changed",
        Warning,
        ("#/paths/~1pets/get/security", 7),
        ("#/paths/~1pets/get/security", 7),
        NONE,
    ),
    case("server-url-changed", Warning, ("#/servers/0/url", 4), ("#/servers/0/url", 4), Patch),
    case(
        "success-status-added",
        Warning,
        ("#/paths/~1pets/get/responses", 7),
        ("#/paths/~1pets/get/responses/206", 13),
        NONE,
    ),
    case(
        "success-status-changed",
        Breaking,
        ("#/paths/~1pets/get/responses/200", 8),
        ("#/paths/~1pets/get/responses/201", 8),
        NONE,
    ),
    case(
        "success-status-removed",
        Info,
        ("#/paths/~1pets/get/responses/204", 13),
        ("#/paths/~1pets/get/responses", 7),
        Major,
    ),
    case("type-renamed", Api, ("#/components/schemas/Pet", 17), ("#/components/schemas/Animal", 17), Major),
];

fn show(r: &Report) -> String {
    r.changes
        .iter()
        .map(|c| format!("{}[{}] {} ({} -> {})", c.kind, c.rule, c.message, c.base.pointer, c.revision.pointer))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_rule_is_shown_alone_by_its_fixture_pair() {
    let mut failures = Vec::new();
    for c in CASES {
        let report = diff_pair(&format!("tests/diff/rules/{}", c.rule));
        let [change] = report.changes.as_slice() else {
            failures.push(format!("{}: expected one change, got:\n{}", c.rule, show(&report)));
            continue;
        };
        let got = (
            change.rule,
            change.kind,
            (change.base.pointer.as_str(), change.base.line_col.map(|(l, _)| l).unwrap_or(0)),
            (change.revision.pointer.as_str(), change.revision.line_col.map(|(l, _)| l).unwrap_or(0)),
            change.semver,
        );
        let want = (c.rule, c.kind, c.base, c.revision, c.semver);
        if got != want {
            failures.push(format!("{}:\n  got  {got:?}\n  want {want:?}\n  {}", c.rule, change.message));
        }
        assert!(change.base.file.ends_with("base.yaml") && change.revision.file.ends_with("revision.yaml"));
        // The report's verdict is the largest of its items.
        assert!(report.semver >= c.semver, "{}", c.rule);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_rule_of_the_catalogue_has_a_case_with_its_kind() {
    for r in RULES {
        let c = CASES.iter().find(|c| c.rule == r.id).unwrap_or_else(|| panic!("no fixture case for `{}`", r.id));
        assert_eq!(c.kind, r.kind, "{}", r.id);
    }
    assert_eq!(CASES.len(), RULES.len());
}

/// The reason names what the generated client does with the change.
#[test]
fn reasons_say_what_the_client_tolerates() {
    let reason = |rule: &str| -> Change {
        let r = diff_pair(&format!("tests/diff/rules/{rule}"));
        r.changes.into_iter().next().unwrap()
    };
    let expect = [
        ("response-enum-value-added", "`types::PetStatus::Unknown`"),
        ("response-type-changed", "`i64`"),
        ("error-status-added", "`ListPetsError::Unexpected`"),
        ("error-code-added", "`GetPetError::NotFoundOther`"),
        ("response-property-added", "ignores fields it does not know"),
        ("response-optional-property-removed", "reads `None`"),
        ("response-union-tag-added", "`PetToy::Unknown`"),
        ("request-property-became-required", "`Option`"),
        ("server-url-changed", "`DEFAULT_BASE_URL`"),
    ];
    for (rule, text) in expect {
        let c = reason(rule);
        assert!(c.message.contains(text), "{rule}: {}", c.message);
    }
    let renamed = reason("type-renamed");
    assert!(renamed.rust.iter().any(|r| r.item == "types::Pet" && r.semver == Major), "{:?}", renamed.rust);
    assert!(renamed.rust.iter().any(|r| r.item == "types::Animal" && r.semver == Minor), "{:?}", renamed.rust);
    // A new required field is a new `new()` argument: major, named.
    let required = reason("request-property-added-required");
    assert!(
        required.rust.iter().any(|r| r.item == "types::NewPet::new" && r.change.contains("owner: impl Into<String>")),
        "{:?}",
        required.rust
    );
}

#[test]
fn a_schema_moved_behind_a_ref_and_a_reordered_document_are_no_change() {
    // An optional response field that may be `null` now is no change either: the client's
    // `Option` reads `null` as `None`.
    // And a document against itself, with constructs the generated client reads more strictly
    // than the schema allows them (a difference must be between the documents).
    for dir in [
        "tests/diff/same/ref-moved",
        "tests/diff/same/reordered",
        "tests/diff/same/optional-became-nullable",
        "tests/diff/same/generator-gaps",
    ] {
        let r = diff_pair(dir);
        assert!(r.changes.is_empty(), "{dir}:\n{}", show(&r));
        assert_eq!(r.semver, NONE, "{dir}: {:?}", r.items);
    }
    // Moved under another name: nothing on the wire, the Rust type is renamed.
    let r = diff_pair("tests/diff/same/ref-moved-renamed");
    let [c] = r.changes.as_slice() else { panic!("{}", show(&r)) };
    assert_eq!((c.rule, c.kind, c.semver), ("type-renamed", Api, Major));
    assert_eq!(c.base.pointer, "#/components/schemas/Pet/properties/owner");
    assert_eq!(c.revision.pointer, "#/components/schemas/Owner");
}

/// Required properties in another order are the same wire, but `new()` takes its
/// arguments in the new order: major, and the report says that same-typed calls compile.
#[test]
fn reordered_required_properties_reorder_the_constructor() {
    let r = diff_pair("tests/diff/same/required-reordered");
    let [c] = r.changes.as_slice() else { panic!("{}", show(&r)) };
    assert_eq!((c.rule, c.kind, c.semver), ("rust-api-changed", Api, Major));
    assert_eq!(c.rust[0].item, "types::Pet::new");
    assert!(c.rust[0].change.contains("only reordered"), "{}", c.rust[0].change);
}
