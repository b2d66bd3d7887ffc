//! The generator faults that real specs' examples found (issue 9), one test per class,
//! through the types generated from `tests/fixtures/regressions.yaml`: the spec's own
//! examples decode, keep every declared property, and encode back to what they were.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use session_apis_tests::regressions::types;
use session_apis_tests::regressions_open::types as open;

/// The examples of the fixture, by pointer.
fn example(pointer: &str) -> Value {
    let text = include_str!("../fixtures/regressions.yaml");
    let spec = codegen::load::load_str("regressions.yaml", text).expect("the fixture loads");
    codegen::examples::collect(&spec.raw)
        .into_iter()
        .find(|e| e.pointer == pointer)
        .and_then(|e| e.value)
        .unwrap_or_else(|| panic!("no example at {pointer}"))
}

/// Decodes, and checks that encoding gives the value back.
fn round_trip<T: DeserializeOwned + Serialize>(value: &Value) -> T {
    let decoded: T = serde_json::from_value(value.clone()).expect("the example decodes");
    assert_eq!(&serde_json::to_value(&decoded).expect("encodes"), value, "nothing is lost");
    decoded
}

#[test]
fn nullable_components_used_through_ref_take_null() {
    let fine = example("#/paths/~1accounts~1{id}/get/responses/200/content/application~1json/examples/fine/value");
    let account: types::Account = serde_json::from_value(fine).expect("nulls decode");
    assert_eq!(account.error, None);
    assert_eq!(account.code, None);
    assert_eq!(account.income, None);
    assert_eq!(account.codes, Some(vec![None, Some("A1".to_owned())]));
    let failed: types::Account = round_trip(&example("#/components/examples/failedAccount/value"));
    assert_eq!(failed.error.and_then(|e| e.error_code).as_deref(), Some("ITEM_LOGIN_REQUIRED"));
    assert_eq!(failed.income.and_then(|i| i.yield_rate), Some(1.5));
    // Required and nullable: sent as null, not left out.
    let wire = serde_json::to_value(types::Account::new("acc-3", None, None)).expect("encodes");
    assert_eq!(wire, json!({ "id": "acc-3", "error": null, "code": null }));
}

#[test]
fn untagged_members_are_chosen_by_the_keys_a_value_has() {
    let service: types::Service =
        round_trip(&example("#/paths/~1services~1{id}/get/responses/200/content/application~1json/example"));
    let config = service.grouping.and_then(|g| g.config);
    assert!(
        matches!(&config, Some(types::GroupingConfig::TimeGrouping(t)) if t.timeout == Some(2)),
        "{{timeout}} is a time grouping: {config:?}"
    );
    assert!(matches!(
        service.content_grouping,
        Some(types::GroupingConfig::ContentGrouping(c)) if c.time_window == Some(300) && c.fields == Some(vec!["summary".to_owned()])
    ));
}

#[test]
fn untagged_members_that_differ_below_the_top_are_chosen_by_what_they_keep() {
    let variable: types::CacheVariable = round_trip(&example("#/components/schemas/CacheVariable/example"));
    assert!(
        matches!(&variable, types::CacheVariable::ExternalData(e) if e.configuration.as_ref().and_then(|c| c.ttl_seconds) == Some(300)),
        "{variable:?}"
    );
}

#[test]
fn a_property_declared_by_two_all_of_members_keeps_both_declarations() {
    let service: types::Service =
        round_trip(&example("#/paths/~1services~1{id}/get/responses/200/content/application~1json/example"));
    let path = service.orchestration_path.expect("declared");
    assert_eq!(path.r#type.as_deref(), Some("service"));
    assert_eq!(path.migrated_by.and_then(|m| m.id).as_deref(), Some("P1"));
    assert_eq!(path.migrated_at.map(|t| t.to_rfc3339()).as_deref(), Some("2024-01-02T03:04:05+00:00"));
}

#[test]
fn properties_beside_a_constraining_one_of_are_all_kept() {
    let freeport: types::NiCategory = round_trip(&example(
        "#/paths/~1employees~1{id}~1ni-category/get/responses/200/content/application~1json/examples/freeport/value",
    ));
    assert_eq!(freeport.workplace_postcode.as_deref(), Some("PL1 1AA"));
    assert_eq!(freeport.start_date.map(|d| d.to_string()).as_deref(), Some("2024-04-06"));
    // Members that add a property: each variant has the common properties too.
    let director: types::Worker = round_trip(&example("#/components/schemas/Worker/example"));
    assert!(matches!(director, types::Worker::Director(d) if d.director_since.to_string() == "2020-01-01"));
}

#[test]
fn undeclared_properties_are_kept_only_when_asked_for() {
    let value = json!({ "tag": "x", "colour": "red", "nested": { "a": [1, 2] } });
    let dropped: types::Tagged = serde_json::from_value(value.clone()).expect("decodes");
    assert_eq!(serde_json::to_value(&dropped).expect("encodes"), json!({ "tag": "x" }));
    let kept: open::Tagged = round_trip(&value);
    assert_eq!(kept.additional_properties.get("colour"), Some(&json!("red")));
}

#[test]
fn required_beside_or_inside_an_all_of_is_required() {
    // Required fields are constructor arguments, not options.
    let beside = types::RequiredBeside::new("n-1");
    assert_eq!(beside.id, "n-1");
    assert_eq!(beside.label, None);
    let inside = types::RequiredInside::new("second");
    assert_eq!(inside.label, "second");
    assert_eq!(inside.id, None);
    let decoded: types::RequiredBeside = round_trip(&example("#/components/schemas/RequiredBeside/example"));
    assert_eq!(decoded.note.as_deref(), Some("first"));
    let _: types::RequiredInside = round_trip(&example("#/components/schemas/RequiredInside/example"));
    // A value without the required property is refused.
    assert!(serde_json::from_value::<types::RequiredBeside>(json!({ "note": "x" })).is_err());
}

#[test]
fn inline_members_of_a_discriminated_union_are_chosen_by_their_own_value() {
    let card: types::Payment = round_trip(&example("#/components/schemas/Payment/example"));
    assert!(matches!(&card, types::Payment::Card(c) if c.last4.as_deref() == Some("4242")), "{card:?}");
    let cash: types::Payment = round_trip(&json!({ "kind": "cash", "amount": 5 }));
    assert!(matches!(&cash, types::Payment::Cash(c) if c.amount == Some(5)), "{cash:?}");
}
