//! Our CAMARA client against the owner's own definition
//! (`../shared/reference/camara-webrtc-call-handling.yaml`): every example the owner publishes,
//! a response served by a real HTTP server on 127.0.0.1 or a request body, must decode into our
//! generated types through the client, keep every value it carries, and an error example must
//! come back as the typed variant of its `code`.
//!
//! Skips, saying so, when `../shared` is not beside the repository (a user's fresh clone).

#[allow(dead_code)] // the shared helpers this file does not need
mod common;

use std::path::PathBuf;

use common::serve;
use serde_json::Value;
use session_apis::camara_webrtc::{
    Client, CreateSessionRequest, DeleteSessionByIdRequest, Error, GetSessionDetailsByIdRequest, RetryPolicy,
    UpdateSessionStatusRequest, UpdateSessionStatusResponse, types,
};
use session_apis::runtime::Response;
use wiremock::MockServer;

fn reference() -> Option<Value> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/camara-webrtc-call-handling.yaml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not there (../shared sits beside a CI checkout)", path.display());
        return None;
    };
    Some(serde_yaml::from_str(&text).expect("the owner's definition is YAML"))
}

/// Follows a local `$ref` (`#/components/examples/x`) to what it points at.
fn deref<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap_or_else(|| panic!("dangling $ref {r}")),
        None => v,
    }
}

/// Every `(name, value)` of a media type's `examples`, `$ref`s followed.
fn examples<'a>(doc: &'a Value, media: &'a Value) -> Vec<(String, &'a Value)> {
    let mut out = Vec::new();
    if let Some(map) = media.get("examples").and_then(Value::as_object) {
        for (name, e) in map {
            out.push((name.clone(), &deref(doc, e)["value"]));
        }
    }
    if let Some(e) = media.get("example") {
        out.push(("example".to_owned(), e));
    }
    out
}

/// True when every value in `expected` is in `actual` (objects by key, recursively; numbers by
/// value, so that `50` and `50.0` agree): nothing the example carries is lost.
fn keeps(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().all(|(k, v)| a.get(k).is_some_and(|av| keeps(v, av))),
        (Value::Array(e), Value::Array(a)) => e.len() == a.len() && e.iter().zip(a).all(|(x, y)| keeps(x, y)),
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (e.as_f64().unwrap(), a.as_f64().unwrap());
            // f32 fields (`format: float`) keep about 7 significant digits.
            (e - a).abs() <= 1e-6 * e.abs().max(1.0)
        }
        _ => expected == actual,
    }
}

/// The names of the properties a schema declares, through `$ref`s and `allOf`.
fn declared_properties(doc: &Value, schema: &Value, out: &mut Vec<String>) {
    let schema = deref(doc, schema);
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        out.extend(props.keys().cloned());
    }
    for member in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        declared_properties(doc, member, out);
    }
}

/// `IDENTIFIER_NOT_FOUND` -> `IdentifierNotFound`, the variant an error code becomes.
fn variant_of(code: &str) -> String {
    code.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase()).unwrap_or_default()
        })
        .collect()
}

/// What a call gave: a success body as JSON, or a typed error as its `Debug` text.
enum Outcome {
    Ok(Value),
    Api(String),
    Other(String),
}

fn outcome<T: serde::Serialize, E: std::fmt::Debug>(r: Result<Response<T>, Error<E>>) -> Outcome {
    outcome_as(r, |body| serde_json::to_value(body).unwrap())
}

fn outcome_as<T, E: std::fmt::Debug>(r: Result<Response<T>, Error<E>>, json: impl Fn(&T) -> Value) -> Outcome {
    match r {
        Ok(resp) => Outcome::Ok(json(&resp.body)),
        Err(Error::Api(e)) => Outcome::Api(format!("{:?}", e.error)),
        Err(other) => Outcome::Other(format!("{other:?}")),
    }
}

fn client(server: &MockServer) -> Client {
    let base = session_apis::camara_webrtc::server_url(&server.uri());
    Client::builder().base_url(base).bearer_token("t").retry(RetryPolicy::none()).build().unwrap()
}

/// Calls the operation the owner names `operation_id` through our client.
async fn call(client: &Client, operation_id: &str) -> Outcome {
    let offer = types::WrtcSdpDescriptor::new().with_sdp("v=0\r\n");
    match operation_id {
        "createSession" => {
            let body = types::MediaSessionCreate::new("tel:+17085852753", "tel:+17085854000", offer);
            outcome(client.create_session(CreateSessionRequest::new("reg-1", body)).await)
        }
        "getSessionDetailsById" => {
            outcome(client.get_session_details_by_id(GetSessionDetailsByIdRequest::new("m-1")).await)
        }
        "deleteSessionById" => outcome(client.delete_session_by_id(DeleteSessionByIdRequest::new("m-1")).await),
        "updateSessionStatus" => {
            let change = types::MediaSessionStatusChange::new(types::SessionStatus::Hold);
            let r = client.update_session_status(UpdateSessionStatusRequest::new("m-1", change)).await;
            outcome_as(r, |body| match body {
                UpdateSessionStatusResponse::Ok(session) => serde_json::to_value(session).unwrap(),
                UpdateSessionStatusResponse::NoContent => Value::Null,
            })
        }
        other => panic!("the owner's definition has operation `{other}`, which our client lacks"),
    }
}

#[tokio::test]
async fn every_response_example_of_the_owner_decodes_through_our_client() {
    let Some(doc) = reference() else { return };
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let operation_id = op["operationId"].as_str().unwrap();
            for (status, response) in op["responses"].as_object().unwrap() {
                let response = deref(&doc, response);
                let Some(media) = response.pointer("/content/application~1json") else { continue };
                for (name, example) in examples(&doc, media) {
                    let at = format!("{method} {path} {status} example `{name}`");
                    let server = serve(status.parse().unwrap(), &example.to_string(), &[]).await;
                    match call(&client(&server), operation_id).await {
                        Outcome::Ok(body) => {
                            assert!(status.starts_with('2'), "{at}: decoded as a success");
                            assert!(keeps(example, &body), "{at}: values lost\n  sent: {example}\n  kept: {body}");
                        }
                        Outcome::Api(error) => {
                            let code = example["code"].as_str().unwrap();
                            let info: types::ErrorInfo = serde_json::from_value(example.clone()).unwrap();
                            assert_eq!(error, format!("{}({info:?})", variant_of(code)), "{at}");
                        }
                        Outcome::Other(e) => panic!("{at}: {e}"),
                    }
                    checked += 1;
                }
            }
        }
    }
    // The owner's document has 1 create, 7 update and 10 error examples (6 shared, 1 inline
    // 501, 2 404 codes, ... counted per operation that refers to them).
    assert!(checked >= 30, "only {checked} examples found: has the reference changed?");
}

#[test]
fn every_request_example_of_the_owner_is_a_body_our_client_can_send() {
    let Some(doc) = reference() else { return };
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(media) = op.pointer("/requestBody/content/application~1json") else { continue };
            for (name, example) in examples(&doc, media) {
                let at = format!("{method} {path} request example `{name}`");
                let sent = match op["operationId"].as_str().unwrap() {
                    "createSession" => serde_json::from_value::<types::MediaSessionCreate>(example.clone())
                        .map(|b| serde_json::to_value(b).unwrap()),
                    "updateSessionStatus" => serde_json::from_value::<types::MediaSessionStatusChange>(example.clone())
                        .map(|b| serde_json::to_value(b).unwrap()),
                    other => panic!("{at}: no body type known for `{other}`"),
                };
                let sent = sent.unwrap_or_else(|e| panic!("{at}: {e}"));
                // What the owner's schema declares must survive; the owner's examples also show
                // fields of the response (`mediaSessionId`) that a request body does not have.
                let schema = &media["schema"];
                let mut names = Vec::new();
                declared_properties(&doc, schema, &mut names);
                let declared: serde_json::Map<String, Value> = example
                    .as_object()
                    .unwrap()
                    .iter()
                    .filter(|(k, _)| names.contains(k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                assert!(!declared.is_empty(), "{at}: the example has none of the schema's properties");
                assert!(
                    keeps(&Value::Object(declared), &sent),
                    "{at}: values lost\n  example: {example}\n  sent: {sent}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 7, "only {checked} request examples found: has the reference changed?");
}

#[tokio::test]
async fn a_located_answer_with_a_fractional_confidence_and_no_sdp_decodes() {
    // The outage of issue 8: `confidence.value` is a percentage with a fraction, and an
    // `answer` may come without `sdp`.
    let body = r#"{"originatorAddress": "tel:+17085852753", "receiverAddress": "urn:service:sos",
        "status": "Connected", "offer": {"sdp": "v=0\r\n"}, "answer": {}, "mediaSessionId": "m-1",
        "locationDetails": {"shape": "Circle", "coordinates": {"latitude": 47.6062, "longitude": -122.3321, "radius": 35},
                            "method": "GPS", "confidence": {"pdf": "normal", "value": 94.97},
                            "timestamp": "2025-10-06T19:31:25Z"}}"#;
    let server = serve(200, body, &[]).await;
    let resp = client(&server).get_session_details_by_id(GetSessionDetailsByIdRequest::new("m-1")).await.unwrap();
    let location = resp.body.location_details.expect("location");
    assert_eq!(location.confidence.and_then(|c| c.value), Some(94.97));
    assert_eq!(resp.body.answer, Some(types::WrtcSdpDescriptor::new()));
}
