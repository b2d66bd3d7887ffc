//! Helpers shared by the wire tests: a loopback server that answers every request with one
//! canned response and records what it received, so the tests assert on the server side.

use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A server on 127.0.0.1 answering every request with `status`, the raw `body` (sent as
/// `application/json` when not empty) and the extra `headers`.
pub async fn serve(status: u16, body: &str, headers: &[(&str, &str)]) -> MockServer {
    let server = MockServer::start().await;
    let mut template = ResponseTemplate::new(status);
    if !body.is_empty() {
        template = template.set_body_raw(body.as_bytes().to_vec(), "application/json");
    }
    for (name, value) in headers {
        template = template.insert_header(*name, *value);
    }
    Mock::given(any()).respond_with(template).mount(&server).await;
    server
}

/// The one request the server received; fails the test if there were none or several.
pub async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.expect("request recording is on");
    assert_eq!(requests.len(), 1, "expected exactly one request, got {requests:#?}");
    requests.remove(0)
}

/// The value of a request header, which must be present exactly once and be valid UTF-8.
pub fn header<'r>(request: &'r Request, name: &str) -> &'r str {
    let values: Vec<_> = request.headers.get_all(name).iter().collect();
    assert_eq!(values.len(), 1, "header `{name}`: expected one value, got {values:?}");
    values[0].to_str().expect("header value is UTF-8")
}

/// Asserts that the request body is JSON equal to `expected` (compared parsed, so key order and
/// whitespace do not matter).
pub fn assert_json_body(request: &Request, expected: &str) {
    let sent: serde_json::Value = serde_json::from_slice(&request.body)
        .unwrap_or_else(|e| panic!("request body is not JSON ({e}): {:?}", String::from_utf8_lossy(&request.body)));
    let expected: serde_json::Value = serde_json::from_str(expected).expect("expected body is JSON");
    assert_eq!(sent, expected);
}
