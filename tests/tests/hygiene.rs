//! No name in a spec can shadow a name the generated code uses for itself.
//!
//! `tests/build.rs` collects every identifier the emitter writes on its own (locals such as
//! `path`, `params` and `raw`, prelude and runtime names such as `Option`, `Result`, `Error`
//! and `Response`, modules such as `types`, `runtime` and `serde`, methods, fields) and builds
//! a spec that uses each one as a parameter in every location, a property, a schema name, an
//! enum value, an operationId, a server variable and a security scheme name. That client is
//! part of this package (`session_apis_tests::emitter_names`), compiled with clippy's warnings
//! denied in CI; here it runs against a real server on 127.0.0.1, and every parameter's value
//! must arrive where the spec puts it.

#[allow(dead_code)] // the shared helpers this file does not need
mod common;

use common::{assert_json_body, only_request, serve};
use session_apis_tests::emitter_names::{Client, ZqPropertiesRequest, calls, types};
use session_apis_tests::vocabulary::EMITTER_IDENTS;
use wiremock::MockServer;

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .accepted_api_key("k")
        .retry(session_apis_tests::runtime::RetryPolicy::none())
        .build()
        .unwrap()
}

/// The names the hygiene spec was built from are the emitter's vocabulary, and it is not
/// trivially small (a broken harvest would make this whole test vacuous).
#[test]
fn the_hygiene_spec_uses_every_identifier_the_emitter_writes() {
    assert_eq!(calls::NAMES, EMITTER_IDENTS);
    for name in [
        "path",
        "params",
        "raw",
        "request",
        "options",
        "body",
        "META",
        "Option",
        "Result",
        "String",
        "Vec",
        "Box",
        "Error",
        "Response",
        "Client",
        "Serialize",
        "types",
        "runtime",
        "serde",
        "std",
        "self",
        "Self",
        "super",
        "crate",
    ] {
        assert!(EMITTER_IDENTS.contains(&name), "`{name}` is not in the harvested vocabulary: {EMITTER_IDENTS:?}");
    }
}

#[tokio::test]
async fn every_path_parameter_fills_its_own_segment() {
    let server = serve(204, "", &[]).await;
    client(&server).zq_path_params(calls::zq_path_params_request()).await.expect("204");
    let req = only_request(&server).await;
    let segments: Vec<String> = req
        .url
        .path_segments()
        .unwrap()
        .skip(1)
        .map(|s| percent_encoding::percent_decode_str(s).decode_utf8().unwrap().into_owned())
        .collect();
    assert_eq!(segments, calls::NAMES);
}

#[tokio::test]
async fn every_query_parameter_is_sent_under_its_name() {
    let server = serve(204, "", &[]).await;
    client(&server).zq_query_params(calls::zq_query_params_request()).await.expect("204");
    let req = only_request(&server).await;
    let pairs: Vec<(String, String)> = req.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let expected: Vec<(String, String)> = calls::NAMES.iter().map(|n| (n.to_string(), n.to_string())).collect();
    assert_eq!(pairs, expected);
}

#[tokio::test]
async fn every_header_parameter_is_sent_under_its_name() {
    let server = serve(204, "", &[]).await;
    calls::send_header_requests(&client(&server)).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut checked = 0;
    for name in calls::NAMES.iter().filter(|n| seen.insert(n.to_ascii_lowercase())) {
        // Each declared header arrives once, with its own value, in one of the requests.
        let values: Vec<&str> =
            requests.iter().flat_map(|r| r.headers.get_all(*name).iter().map(|v| v.to_str().unwrap())).collect();
        assert_eq!(values, [*name], "header `{name}`");
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
}

#[tokio::test]
async fn every_cookie_parameter_is_sent_under_its_name() {
    let server = serve(204, "", &[]).await;
    client(&server).zq_cookie_params(calls::zq_cookie_params_request()).await.expect("204");
    let req = only_request(&server).await;
    let cookie = req.headers.get("cookie").expect("a Cookie header").to_str().unwrap();
    let pairs: Vec<&str> = cookie.split("; ").collect();
    let expected: Vec<String> = calls::NAMES.iter().map(|n| format!("{n}={n}")).collect();
    assert_eq!(pairs, expected);
}

#[tokio::test]
async fn every_property_round_trips_under_its_wire_name() {
    let object: serde_json::Map<String, serde_json::Value> =
        calls::NAMES.iter().map(|n| (n.to_string(), serde_json::Value::String(format!("value of {n}")))).collect();
    let json = serde_json::Value::Object(object).to_string();
    let server = serve(200, &json, &[]).await;
    let body: types::ZqAll = serde_json::from_str(&json).unwrap();
    let resp = client(&server).zq_properties(ZqPropertiesRequest::new(body)).await.expect("200");
    assert_json_body(&only_request(&server).await, &json);
    // Every property is required in the answer: decoding fails if one went astray.
    assert_eq!(serde_json::to_string(&resp.body).unwrap(), json);
}

#[test]
fn every_enum_value_round_trips() {
    for name in calls::NAMES {
        let value: types::ZqEnumAll = serde_json::from_value(serde_json::json!(name)).unwrap();
        assert!(!matches!(value, types::ZqEnumAll::Unknown(_)), "`{name}` decoded as Unknown");
        assert_eq!(value.as_str(), *name);
    }
}

#[tokio::test]
async fn operations_named_like_the_emitters_locals_call_their_own_path() {
    // The operation with operationId `raw` returns the schema named `raw`, whose property
    // `raw` becomes a field: all three are names of the client method's own locals.
    let server = serve(200, r#"{"raw": "r", "zq": "params"}"#, &[]).await;
    let i = calls::NAMES.iter().position(|n| *n == "raw").unwrap();
    let resp = client(&server).raw(session_apis_tests::emitter_names::RawRequest::new()).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!(req.url.path(), format!("/op/{i}"));
    assert_eq!(req.headers.get("x-key-0").unwrap(), "k");
    assert_eq!(resp.body.raw.as_deref(), Some("r"));
    assert_eq!(resp.body.zq, Some(types::ZqEnumAll::Params));
}
