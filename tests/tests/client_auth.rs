//! Authentication as it appears on the wire, for every kind of security scheme: the three
//! session APIs (basic, OpenID Connect bearer, apiKey header with a prefix) and the fixture
//! API `tests/fixtures/client_auth.yaml` (apiKey in query and cookie, oauth2, schemes
//! required together, alternatives, optional auth, `security: []`). And credentials never
//! showing in `Debug` output or error messages.

mod client_support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use client_support::{closed_port, header, only_request, received};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use session_apis::{bandwidth_webrtc as bw, camara_webrtc as camara, zep_sessions as zep};
use session_apis_tests::client_auth as fixture;

async fn server_answering(status: u16, body: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(ResponseTemplate::new(status).set_body_json(body)).mount(&server).await;
    server
}

async fn no_content_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    server
}

fn media_session() -> serde_json::Value {
    json!({
        "originatorAddress": "tel:+17085852753",
        "receiverAddress": "tel:+17085854000",
        "status": "Connected",
        "offer": { "sdp": "v=0" },
        "mediaSessionId": "m-1"
    })
}

#[tokio::test]
async fn bandwidth_sends_http_basic() {
    let server = server_answering(200, json!({ "id": "s-1" })).await;
    let client = bw::Client::builder().base_url(server.uri()).basic_auth("user", "pass").build().unwrap();
    let resp = client.get_session(bw::GetSessionRequest::new("9900000", "s-1")).await.unwrap();
    assert_eq!(resp.body.id.as_deref(), Some("s-1"));
    let req = only_request(&server).await;
    // base64("user:pass")
    assert_eq!(header(&req, "authorization"), Some("Basic dXNlcjpwYXNz"));
}

#[tokio::test]
async fn camara_sends_a_bearer_token() {
    let server = server_answering(200, media_session()).await;
    let client = camara::Client::builder()
        .server(camara::ServerVariables { api_root: server.uri() })
        .bearer_token("access-token-1")
        .build()
        .unwrap();
    client.get_session_details_by_id(camara::GetSessionDetailsByIdRequest::new("m-1")).await.unwrap();
    let req = only_request(&server).await;
    assert_eq!(header(&req, "authorization"), Some("Bearer access-token-1"));
    assert_eq!(req.url.path(), "/webrtc-call-handling/vwip/sessions/m-1");
}

#[tokio::test]
async fn camara_asks_the_token_provider_before_every_request() {
    let server = server_answering(200, media_session()).await;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let client = camara::Client::builder()
        .base_url(camara::server_url(&server.uri()))
        .token_provider(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
            async move { Ok::<_, camara::BoxError>(format!("token-{n}")) }
        })
        .build()
        .unwrap();
    for _ in 0..2 {
        client.get_session_details_by_id(camara::GetSessionDetailsByIdRequest::new("m-1")).await.unwrap();
    }
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    let requests = server.received_requests().await.unwrap();
    let tokens: Vec<_> = requests.iter().map(|r| header(r, "authorization").unwrap_or_default()).collect();
    assert_eq!(tokens, ["Bearer token-1", "Bearer token-2"]);
}

#[tokio::test]
async fn a_failing_token_provider_stops_the_request() {
    let server = server_answering(200, media_session()).await;
    let client = camara::Client::builder()
        .base_url(camara::server_url(&server.uri()))
        .token_provider(|| async { Err::<String, camara::BoxError>("identity provider unreachable".into()) })
        .build()
        .unwrap();
    let err = client.get_session_details_by_id(camara::GetSessionDetailsByIdRequest::new("m-1")).await.unwrap_err();
    assert!(matches!(&err, camara::Error::InvalidRequest(m) if m.contains("identity provider unreachable")), "{err}");
    assert_eq!(received(&server).await, 0);
}

#[tokio::test]
async fn zep_sends_its_api_key_with_the_prefix_from_the_spec() {
    let server = server_answering(200, json!({ "session_id": "s-1" })).await;
    let client = zep::Client::builder().base_url(server.uri()).api_key("zk-secret-1").build().unwrap();
    client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    assert_eq!(header(&only_request(&server).await, "authorization"), Some("Api-Key zk-secret-1"));

    let server = server_answering(200, json!({ "session_id": "s-1" })).await;
    let client =
        zep::Client::builder().base_url(server.uri()).api_key_with_prefix("zk-secret-2", "Token ").build().unwrap();
    client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    assert_eq!(header(&only_request(&server).await, "authorization"), Some("Token zk-secret-2"));
}

/// A fixture client for `server` with the given credentials.
fn fixture_client(
    server: &MockServer,
    set: impl FnOnce(fixture::ClientBuilder) -> fixture::ClientBuilder,
) -> fixture::Client {
    let vars = fixture::ServerVariables { origin: server.uri(), ..Default::default() };
    set(fixture::Client::builder().server(vars)).build().unwrap()
}

/// Every credential the fixture API knows.
fn all_credentials(b: fixture::ClientBuilder) -> fixture::ClientBuilder {
    b.header_key_api_key("hk").query_key_api_key("qk").cookie_key_api_key("ck").basic_auth("u", "p").bearer_token("bt")
}

fn auth_parts(req: &wiremock::Request) -> (Option<String>, Option<String>, Option<String>, Option<String>) {
    let query_key = req.url.query_pairs().find(|(k, _)| k == "api_key").map(|(_, v)| v.into_owned());
    (
        header(req, "authorization").map(str::to_owned),
        header(req, "x-api-key").map(str::to_owned),
        query_key,
        header(req, "cookie").map(str::to_owned),
    )
}

#[tokio::test]
async fn api_key_in_the_query() {
    let server = no_content_server().await;
    let client = fixture_client(&server, all_credentials);
    client.get_with_query_key(fixture::GetWithQueryKeyRequest::new().with_q("a b")).await.unwrap();
    let req = only_request(&server).await;
    assert_eq!(req.url.path(), "/eu-west/api/query");
    assert_eq!(req.url.query(), Some("q=a+b&api_key=qk"));
    assert_eq!(auth_parts(&req), (None, None, Some("qk".into()), None));
}

#[tokio::test]
async fn api_key_in_a_cookie_beside_cookie_parameters() {
    let server = no_content_server().await;
    let client = fixture_client(&server, all_credentials);
    client.get_with_cookie_key(fixture::GetWithCookieKeyRequest::new().with_theme("dark")).await.unwrap();
    let req = only_request(&server).await;
    assert_eq!(auth_parts(&req), (None, None, None, Some("theme=dark; session_token=ck".into())));
}

#[tokio::test]
async fn oauth2_sends_the_bearer_token() {
    let server = no_content_server().await;
    let client = fixture_client(&server, all_credentials);
    client.get_with_oauth(fixture::GetWithOauthRequest::new()).await.unwrap();
    assert_eq!(auth_parts(&only_request(&server).await), (Some("Bearer bt".into()), None, None, None));
}

#[tokio::test]
async fn security_empty_sends_no_credentials_even_when_configured() {
    let server = no_content_server().await;
    let client = fixture_client(&server, all_credentials);
    client.get_public(fixture::GetPublicRequest::new()).await.unwrap();
    assert_eq!(auth_parts(&only_request(&server).await), (None, None, None, None));
}

#[tokio::test]
async fn schemes_required_together_are_all_sent() {
    let server = no_content_server().await;
    let client = fixture_client(&server, all_credentials);
    client.get_with_both(fixture::GetWithBothRequest::new()).await.unwrap();
    assert_eq!(auth_parts(&only_request(&server).await), (None, Some("hk".into()), Some("qk".into()), None));
}

#[tokio::test]
async fn alternatives_use_the_first_one_configured() {
    // Basic is listed first; with both configured it wins.
    let server = no_content_server().await;
    let client = fixture_client(&server, all_credentials);
    client.get_with_either(fixture::GetWithEitherRequest::new()).await.unwrap();
    assert_eq!(auth_parts(&only_request(&server).await).0.as_deref(), Some("Basic dTpw"));
    // With only the token, the second alternative is used.
    let server = no_content_server().await;
    let client = fixture_client(&server, |b| b.bearer_token("bt"));
    client.get_with_either(fixture::GetWithEitherRequest::new()).await.unwrap();
    assert_eq!(auth_parts(&only_request(&server).await).0.as_deref(), Some("Bearer bt"));
}

#[tokio::test]
async fn optional_auth_is_sent_when_configured_and_skipped_when_not() {
    let server = no_content_server().await;
    let client = fixture_client(&server, |b| b);
    client.get_optional(fixture::GetOptionalRequest::new()).await.unwrap();
    assert_eq!(auth_parts(&only_request(&server).await), (None, None, None, None));

    let server = no_content_server().await;
    let client = fixture_client(&server, |b| b.header_key_api_key("hk"));
    client.get_optional(fixture::GetOptionalRequest::new()).await.unwrap();
    assert_eq!(auth_parts(&only_request(&server).await), (None, Some("hk".into()), None, None));
}

#[tokio::test]
async fn missing_credentials_are_refused_before_sending() {
    let server = no_content_server().await;
    let client = fixture_client(&server, |b| b.bearer_token("bt"));
    let err = client.get_with_query_key(fixture::GetWithQueryKeyRequest::new()).await.unwrap_err();
    match &err {
        fixture::Error::InvalidRequest(m) => assert!(m.contains("queryKey"), "{m}"),
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert_eq!(received(&server).await, 0);
}

#[tokio::test]
async fn credentials_stay_out_of_debug_output() {
    let builder = fixture::Client::builder()
        .header_key_api_key("secret-hk")
        .query_key_api_key("secret-qk")
        .cookie_key_api_key("secret-ck")
        .basic_auth("secret-user", "secret-pass")
        .bearer_token("secret-bt");
    let client = builder.clone().build().unwrap();
    let zep_client = zep::Client::builder().api_key("secret-zep").build().unwrap();
    let bw_client = bw::Client::builder().basic_auth("secret-user", "secret-pass").build().unwrap();
    let request = zep::GetSessionRequest::new("s-1").header("Authorization", "Api-Key secret-header");
    let shown = format!("{builder:?} {client:?} {zep_client:?} {bw_client:?} {request:?}");
    for secret in [
        "secret-hk",
        "secret-qk",
        "secret-ck",
        "secret-user",
        "secret-pass",
        "secret-bt",
        "secret-zep",
        "secret-header",
    ] {
        assert!(!shown.contains(secret), "`{secret}` shows in {shown}");
    }
    // What is there is still useful.
    assert!(shown.contains("https://api.getzep.com/api/v2"), "{shown}");
}

#[tokio::test]
async fn credentials_stay_out_of_error_messages() {
    // A transport error for a request whose URL carries the key in its query.
    let origin = closed_port().await;
    let client = fixture::Client::builder()
        .server(fixture::ServerVariables { origin, ..Default::default() })
        .query_key_api_key("secret-qk")
        .retry(fixture::RetryPolicy::none())
        .build()
        .unwrap();
    let err = client.get_with_query_key(fixture::GetWithQueryKeyRequest::new()).await.unwrap_err();
    assert!(matches!(err, fixture::Error::Transport(_)), "{err:?}");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("secret-qk"), "{shown}");
    assert!(shown.contains("/eu-west/api/query"), "the message names the request: {shown}");

    // A credential that cannot be a header value.
    let server = no_content_server().await;
    let client = zep::Client::builder().base_url(server.uri()).api_key("secret\r\nx-evil: 1").build().unwrap();
    let err = client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    assert!(matches!(err, zep::Error::InvalidRequest(_)), "{err:?}");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("secret") && !shown.contains("evil"), "{shown}");
    assert_eq!(received(&server).await, 0);
}
