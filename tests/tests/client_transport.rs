//! Timeouts, broken connections and many requests at once, through the generated clients
//! against servers on 127.0.0.1.

mod client_support;

use std::time::{Duration, Instant};

use client_support::{RawServer, fast_retries};
use serde_json::json;
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use session_apis::{camara_webrtc as camara, zep_sessions as zep};

fn assert_timed_out<E: std::fmt::Debug>(err: &session_apis::runtime::Error<E>, attempts: u32) {
    match err {
        session_apis::runtime::Error::Transport(e) => {
            assert!(e.timed_out, "not a timeout: {e}");
            assert_eq!(e.attempts, attempts);
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn the_default_timeout_is_60_seconds() {
    assert_eq!(zep::DEFAULT_TIMEOUT, Duration::from_secs(60));
    let client = zep::Client::builder().build().unwrap();
    assert!(format!("{client:?}").contains("timeout: 60s"), "{client:?}");
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_within_the_client_timeout() {
    let server = RawServer::silent().await;
    let timeout = Duration::from_millis(300);
    let client = zep::Client::builder()
        .base_url(server.url())
        .api_key("k")
        .timeout(timeout)
        .retry(zep::RetryPolicy::none())
        .build()
        .unwrap();
    let start = Instant::now();
    let err = client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    let took = start.elapsed();
    assert_timed_out(&err, 1);
    assert!(took >= timeout && took < timeout + Duration::from_secs(2), "took {took:?}");
    assert!(err.to_string().contains("timed out"), "{err}");
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_request_timeout_overrides_the_client_timeout() {
    let server = RawServer::silent().await;
    // The client keeps the 60 s default; the request asks for 200 ms.
    let client = camara::Client::builder().base_url(server.url()).bearer_token("t").build().unwrap();
    let body = camara::types::MediaSessionCreate::new(
        "tel:+1".to_owned(),
        "tel:+2".to_owned(),
        camara::types::WrtcSdpDescriptor::new().with_sdp("v=0"),
    );
    let request = camara::CreateSessionRequest::new("reg-1", body).timeout(Duration::from_millis(200));
    let start = Instant::now();
    let err = client.create_session(request).await.unwrap_err();
    let took = start.elapsed();
    assert_timed_out(&err, 1);
    assert!(took >= Duration::from_millis(200) && took < Duration::from_secs(3), "took {took:?}");
}

#[tokio::test]
async fn each_retry_of_an_idempotent_request_gets_its_own_timeout() {
    let server = RawServer::silent().await;
    let timeout = Duration::from_millis(150);
    let client = zep::Client::builder()
        .base_url(server.url())
        .api_key("k")
        .timeout(timeout)
        .retry(fast_retries())
        .build()
        .unwrap();
    let start = Instant::now();
    let err = client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    let took = start.elapsed();
    assert_timed_out(&err, 3);
    // Three attempts, two short backoffs between them.
    assert!(took >= timeout * 3 && took < timeout * 3 + Duration::from_secs(3), "took {took:?}");
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn a_connection_closed_mid_response_is_a_transport_error() {
    let server = RawServer::cut_short().await;
    let client =
        zep::Client::builder().base_url(server.url()).api_key("k").retry(zep::RetryPolicy::none()).build().unwrap();
    let err = client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    match &err {
        zep::Error::Transport(e) => assert!(!e.timed_out && e.attempts == 1, "{e}"),
        other => panic!("expected a transport error, got {other:?}"),
    }
    assert_eq!(server.connections(), 1);
}

/// Answers `GET /sessions/{id}` with a session whose `session_id` is that id.
struct EchoSession;

impl Respond for EchoSession {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let id = request.url.path().rsplit('/').next().unwrap_or_default().to_owned();
        ResponseTemplate::new(200).set_body_json(json!({ "session_id": id, "user_id": "u" }))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_requests_through_one_client_all_complete() {
    const N: usize = 1000;
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path_regex("^/sessions/[^/]+$")).respond_with(EchoSession).mount(&server).await;
    let client = zep::Client::builder().base_url(server.uri()).api_key("k").build().unwrap();

    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..N {
        let client = client.clone();
        tasks.spawn(async move {
            let id = format!("session-{i}");
            let resp = client.get_session(zep::GetSessionRequest::new(id.clone())).await;
            (id, resp)
        });
    }
    let mut ok = 0;
    while let Some(joined) = tasks.join_next().await {
        let (id, resp) = joined.expect("task panicked");
        let resp = resp.unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(resp.body.session_id.as_deref(), Some(id.as_str()), "answer for another request");
        ok += 1;
    }
    let took = start.elapsed();
    assert_eq!(ok, N);
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(N));
    println!("{N} concurrent requests through one client: {took:?}, {:.0} requests/s", N as f64 / took.as_secs_f64());
}
