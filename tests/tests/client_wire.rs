//! What goes on the wire and what comes back: User-Agent, per-request headers, status and
//! headers on successes and errors, typed response headers, servers and their variables,
//! and the safety checks (CR/LF, path and query encoding, plain http).

mod client_support;

use client_support::{header, only_request, received};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use session_apis::{bandwidth_webrtc as bw, camara_webrtc as camara, zep_sessions as zep};
use session_apis_tests::client_auth as fixture;

async fn server_answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(template).mount(&server).await;
    server
}

fn zep_client(server: &MockServer) -> zep::Client {
    zep::Client::builder().base_url(server.uri()).api_key("k").build().unwrap()
}

fn media_session() -> serde_json::Value {
    json!({
        "originatorAddress": "tel:+17085852753",
        "receiverAddress": "tel:+17085854000",
        "status": "Initial",
        "offer": { "sdp": "v=0" },
        "mediaSessionId": "m-1"
    })
}

fn camara_create(registration_id: &str) -> camara::CreateSessionRequest {
    let body = camara::types::MediaSessionCreate::new(
        "tel:+17085852753".to_owned(),
        "tel:+17085854000".to_owned(),
        camara::types::WrtcSdpDescriptor::new().with_sdp("v=0"),
    );
    camara::CreateSessionRequest::new(registration_id, body)
}

// --- User-Agent and per-request headers -------------------------------------------------

#[tokio::test]
async fn the_user_agent_names_the_crate_and_its_version() {
    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    zep_client(&server).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    let req = only_request(&server).await;
    let agents: Vec<_> = req.headers.get_all("user-agent").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    assert_eq!(agents, ["session-apis/0.1.0"]);
}

#[tokio::test]
async fn per_request_headers_are_sent_and_replace_defaults() {
    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    let request = zep::GetSessionRequest::new("s-1").header("x-trace-id", "trace-1").header("User-Agent", "my-app/2.0");
    zep_client(&server).get_session(request).await.unwrap();
    let req = only_request(&server).await;
    assert_eq!(header(&req, "x-trace-id"), Some("trace-1"));
    let agents: Vec<_> = req.headers.get_all("user-agent").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    assert_eq!(agents, ["my-app/2.0"], "replaced, not repeated");

    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    let client = zep::Client::builder().base_url(server.uri()).api_key("k").user_agent("acme/1").build().unwrap();
    client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    assert_eq!(header(&only_request(&server).await, "user-agent"), Some("acme/1"));
}

// --- Raw access --------------------------------------------------------------------------

#[tokio::test]
async fn status_and_headers_come_with_every_success_and_error() {
    let ok =
        ResponseTemplate::new(200).insert_header("x-request-id", "r-1").set_body_json(json!({"session_id": "s-1"}));
    let server = server_answering(ok).await;
    let resp = zep_client(&server).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(resp.header("x-request-id"), Some("r-1"));

    let not_found = ResponseTemplate::new(404)
        .insert_header("x-request-id", "r-2")
        .set_body_json(json!({"message": "no such session"}));
    let server = server_answering(not_found).await;
    let err = zep_client(&server).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.headers().and_then(|h| h.get("x-request-id")).and_then(|v| v.to_str().ok()), Some("r-2"));
    match &err {
        zep::Error::Api(e) => {
            assert_eq!(e.header("x-request-id"), Some("r-2"));
            assert!(
                matches!(&e.error, zep::GetSessionError::NotFound(b) if b.message.as_deref() == Some("no such session"))
            );
        }
        other => panic!("expected an API error, got {other:?}"),
    }

    // A status the spec does not document: raw status and body.
    let server = server_answering(ResponseTemplate::new(418).set_body_string("teapot")).await;
    let err = zep_client(&server).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    assert!(
        matches!(err.api_error(), Some(zep::GetSessionError::Unexpected { status, body }) if status.as_u16() == 418 && body == b"teapot"),
        "{err:?}"
    );
}

#[tokio::test]
async fn camara_x_correlator_is_a_typed_response_header_on_successes_and_errors() {
    let created = ResponseTemplate::new(201).insert_header("x-correlator", "corr-1").set_body_json(media_session());
    let server = server_answering(created).await;
    let client =
        camara::Client::builder().base_url(camara::server_url(&server.uri())).bearer_token("t").build().unwrap();
    let resp = client.create_session(camara_create("reg-1").with_x_correlator("corr-1".to_owned())).await.unwrap();
    let headers: camara::CreateSessionResponseHeaders = resp.typed_headers();
    assert_eq!(headers.x_correlator.as_deref(), Some("corr-1"));
    assert_eq!(header(&only_request(&server).await, "x-correlator"), Some("corr-1"));

    let denied = ResponseTemplate::new(403)
        .insert_header("x-correlator", "corr-2")
        .set_body_json(json!({"status": 403, "code": "PERMISSION_DENIED", "message": "no"}));
    let server = server_answering(denied).await;
    let client =
        camara::Client::builder().base_url(camara::server_url(&server.uri())).bearer_token("t").build().unwrap();
    match client.create_session(camara_create("reg-1")).await.unwrap_err() {
        camara::Error::Api(e) => {
            assert!(matches!(e.error, camara::CreateSessionError::PermissionDenied(_)), "{:?}", e.error);
            let headers = e.typed_headers::<camara::CreateSessionResponseHeaders>();
            assert_eq!(headers.x_correlator.as_deref(), Some("corr-2"));
        }
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn typed_response_headers_parse_numbers_and_tolerate_junk() {
    let ok = ResponseTemplate::new(200)
        .insert_header("x-rate-limit-remaining", "42")
        .insert_header("x-request-id", "r-9")
        .set_body_json(json!({"id": "i-1"}));
    let server = server_answering(ok).await;
    let client = fixture_client(&server);
    let resp = client.get_item(fixture::GetItemRequest::new("i-1")).await.unwrap();
    let expected =
        fixture::GetItemResponseHeaders { x_rate_limit_remaining: Some(42), x_request_id: Some("r-9".into()) };
    assert_eq!(resp.typed_headers::<fixture::GetItemResponseHeaders>(), expected);

    let junk =
        ResponseTemplate::new(200).insert_header("x-rate-limit-remaining", "many").set_body_json(json!({"id": "i-1"}));
    let server = server_answering(junk).await;
    let resp = fixture_client(&server).get_item(fixture::GetItemRequest::new("i-1")).await.unwrap();
    assert_eq!(resp.typed_headers::<fixture::GetItemResponseHeaders>(), fixture::GetItemResponseHeaders::default());
}

// --- Servers -----------------------------------------------------------------------------

fn fixture_client(server: &MockServer) -> fixture::Client {
    fixture::Client::builder()
        .server(fixture::ServerVariables { origin: server.uri(), region: fixture::Region::UsEast })
        .header_key_api_key("hk")
        .build()
        .unwrap()
}

#[tokio::test]
async fn servers_come_from_the_spec() {
    assert_eq!(zep::DEFAULT_BASE_URL, "https://api.getzep.com/api/v2");
    assert_eq!(bw::DEFAULT_BASE_URL, "https://api.webrtc.bandwidth.com/v1");
    assert_eq!(camara::DEFAULT_BASE_URL, "http://localhost:9091/webrtc-call-handling/vwip");
    assert_eq!(camara::ServerVariables::default().url(), camara::DEFAULT_BASE_URL);
    assert_eq!(camara::server_url("https://api.example.com/"), "https://api.example.com//webrtc-call-handling/vwip");
    assert_eq!(camara::server_url("https://api.example.com"), "https://api.example.com/webrtc-call-handling/vwip");
    assert_eq!(zep::Client::builder().build().unwrap().base_url(), zep::DEFAULT_BASE_URL);
    // CAMARA describes apiRoot as `api.example.com`: a base URL without a scheme gets https.
    let client = camara::Client::builder()
        .server(camara::ServerVariables { api_root: "api.example.com/somepath".into() })
        .build()
        .unwrap();
    assert_eq!(client.base_url(), "https://api.example.com/somepath/webrtc-call-handling/vwip");

    // Enumerated variables are enums, defaulting to the spec's default.
    assert_eq!(fixture::DEFAULT_BASE_URL, "https://fixture.example.com/eu-west/api");
    assert_eq!(fixture::ServerVariables::default().region, fixture::Region::EuWest);
    assert_eq!(fixture::server_url("https://x.example", fixture::Region::UsEast), "https://x.example/us-east/api");
    assert_eq!(fixture::Region::UsEast.to_string(), "us-east");
    assert_eq!(fixture::SERVERS, ["{origin}/{region}/api", "https://sandbox.fixture.example.com/api"]);
}

#[tokio::test]
async fn server_variables_decide_where_requests_go() {
    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({"id": "i-1"}))).await;
    fixture_client(&server).get_item(fixture::GetItemRequest::new("i-1")).await.unwrap();
    assert_eq!(only_request(&server).await.url.path(), "/us-east/api/items/i-1");

    let server = server_answering(ResponseTemplate::new(200).set_body_json(media_session())).await;
    let client = camara::Client::builder()
        .server(camara::ServerVariables { api_root: format!("{}/operator-x", server.uri()) })
        .bearer_token("t")
        .build()
        .unwrap();
    client.get_session_details_by_id(camara::GetSessionDetailsByIdRequest::new("m-1")).await.unwrap();
    assert_eq!(only_request(&server).await.url.path(), "/operator-x/webrtc-call-handling/vwip/sessions/m-1");
}

// --- Safety ------------------------------------------------------------------------------

#[tokio::test]
async fn header_values_with_cr_or_lf_are_refused_before_anything_is_sent() {
    let server = server_answering(ResponseTemplate::new(201).set_body_json(media_session())).await;
    let client =
        camara::Client::builder().base_url(camara::server_url(&server.uri())).bearer_token("t").build().unwrap();
    let attempts = [
        ("header parameter", camara_create("reg-1\r\nx-injected: 1")),
        ("optional header parameter", camara_create("reg-1").with_x_correlator("c\nx-injected: 1".to_owned())),
        ("per-request header", camara_create("reg-1").header("x-trace", "t\r\n\r\nGET / HTTP/1.1")),
        ("per-request header name", camara_create("reg-1").header("x-bad\r\nname", "v")),
    ];
    for (what, request) in attempts {
        let err = client.create_session(request).await.unwrap_err();
        assert!(matches!(err, camara::Error::InvalidRequest(_)), "{what}: {err:?}");
    }
    let client = camara::Client::builder()
        .base_url(camara::server_url(&server.uri()))
        .bearer_token("t\r\nx: 1")
        .build()
        .unwrap();
    let err = client.create_session(camara_create("reg-1")).await.unwrap_err();
    assert!(matches!(err, camara::Error::InvalidRequest(_)), "credential: {err:?}");
    assert_eq!(received(&server).await, 0, "nothing may reach the server");
}

#[tokio::test]
async fn path_parameters_cannot_change_the_path() {
    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    let client = zep_client(&server);
    client.get_session(zep::GetSessionRequest::new("../admin/x?y=1#z")).await.unwrap();
    client.get_session(zep::GetSessionRequest::new("a/b")).await.unwrap();
    client.get_session(zep::GetSessionRequest::new("%2e%2e")).await.unwrap();
    let paths: Vec<String> =
        server.received_requests().await.unwrap().iter().map(|r| r.url.path().to_owned()).collect();
    assert_eq!(paths, ["/sessions/..%2Fadmin%2Fx%3Fy%3D1%23z", "/sessions/a%2Fb", "/sessions/%252e%252e"]);
    assert!(server.received_requests().await.unwrap().iter().all(|r| r.url.query().is_none()));

    // `..` and `.` on their own would be a move up the path: refused.
    for value in ["..", "."] {
        let err = client.get_session(zep::GetSessionRequest::new(value)).await.unwrap_err();
        assert!(matches!(err, zep::Error::InvalidRequest(_)), "{value}: {err:?}");
    }
    let bw_client = bw::Client::builder().base_url(server.uri()).basic_auth("u", "p").build().unwrap();
    let err = bw_client.get_session(bw::GetSessionRequest::new("..", "s-1")).await.unwrap_err();
    assert!(matches!(err, bw::Error::InvalidRequest(_)), "{err:?}");
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn query_values_are_encoded() {
    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    let request = zep::ListSessionsOrderedRequest::new().with_order_by("a&page_size=1000#x y").with_page_size(5);
    zep_client(&server).list_sessions_ordered(request).await.unwrap();
    let req = only_request(&server).await;
    let pairs: Vec<(String, String)> = req.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    assert_eq!(
        pairs,
        [("page_size".to_owned(), "5".to_owned()), ("order_by".to_owned(), "a&page_size=1000#x y".to_owned())]
    );
    assert_eq!(req.url.query(), Some("page_size=5&order_by=a%26page_size%3D1000%23x+y"));
}

#[tokio::test]
async fn plain_http_only_for_loopback_or_when_asked() {
    let err = zep::Client::builder().base_url("http://api.getzep.com/api/v2").build().unwrap_err();
    assert!(err.contains("allow_insecure_http"), "{err}");
    let client = zep::Client::builder().base_url("http://api.getzep.com/api/v2").allow_insecure_http(true).build();
    assert!(client.is_ok());
    for loopback in ["http://127.0.0.1:8080", "http://localhost:8080/v2", "http://[::1]:8080"] {
        assert!(zep::Client::builder().base_url(loopback).build().is_ok(), "{loopback}");
    }
    assert!(zep::Client::builder().base_url("ftp://api.getzep.com").build().is_err());
    assert!(zep::Client::builder().base_url("https://").build().is_err());

    // And on the wire: loopback over plain http works without asking.
    let server = server_answering(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    assert!(server.uri().starts_with("http://127.0.0.1:"));
    zep_client(&server).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    assert_eq!(received(&server).await, 1);
}
