//! Retries through the generated clients: which operations and statuses are retried, how
//! often, how long `Retry-After` makes them wait, and the per-request override.

mod client_support;

use std::time::{Duration, Instant, SystemTime};

use client_support::{RawServer, closed_port, fast_retries, received};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use session_apis::{bandwidth_webrtc as bw, zep_sessions as zep};

/// A server that answers `first` to the first `times` requests and `then` afterwards.
async fn flaky(first: ResponseTemplate, times: u64, then: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(first).up_to_n_times(times).with_priority(1).mount(&server).await;
    Mock::given(any()).respond_with(then).with_priority(2).mount(&server).await;
    server
}

fn session_ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({ "session_id": "s-1" }))
}

fn zep_client(server: &MockServer, retry: zep::RetryPolicy) -> zep::Client {
    zep::Client::builder().base_url(server.uri()).api_key("k").retry(retry).build().unwrap()
}

#[tokio::test]
async fn get_503_then_200_succeeds_after_one_retry() {
    let server = flaky(ResponseTemplate::new(503), 1, session_ok()).await;
    let resp = zep_client(&server, fast_retries()).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(resp.body.session_id.as_deref(), Some("s-1"));
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn retries_stop_after_max_retries_with_the_last_answer() {
    let server = flaky(ResponseTemplate::new(502), 100, session_ok()).await;
    let retry = zep::RetryPolicy { max_retries: 3, ..fast_retries() };
    let err = zep_client(&server, retry).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(received(&server).await, 4);
}

#[tokio::test]
async fn statuses_outside_the_policy_are_not_retried() {
    let server = flaky(ResponseTemplate::new(500).set_body_json(json!({"message": "boom"})), 1, session_ok()).await;
    let err = zep_client(&server, fast_retries()).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    assert!(matches!(err.api_error(), Some(zep::GetSessionError::InternalServerError(_))), "{err:?}");
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn retry_after_in_seconds_is_waited_for() {
    let server = flaky(ResponseTemplate::new(429).insert_header("retry-after", "1"), 1, session_ok()).await;
    let start = Instant::now();
    zep_client(&server, fast_retries()).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    let waited = start.elapsed();
    assert!(waited >= Duration::from_secs(1), "retried after {waited:?}, before Retry-After: 1");
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_waited_for() {
    // Two seconds ahead; HTTP dates have whole seconds, so at least one second remains.
    let when = httpdate_in(Duration::from_secs(2));
    let server = flaky(ResponseTemplate::new(503).insert_header("retry-after", when.as_str()), 1, session_ok()).await;
    let start = Instant::now();
    zep_client(&server, fast_retries()).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap();
    let waited = start.elapsed();
    assert!(waited >= Duration::from_millis(950), "retried after {waited:?}, before Retry-After: {when}");
    assert_eq!(received(&server).await, 2);
}

/// An IMF-fixdate `ahead` from now.
fn httpdate_in(ahead: Duration) -> String {
    httpdate::fmt_http_date(SystemTime::now() + ahead)
}

#[tokio::test]
async fn a_retry_after_beyond_the_cap_is_returned_not_waited_for() {
    let server = flaky(ResponseTemplate::new(429).insert_header("retry-after", "120"), 1, session_ok()).await;
    let retry = zep::RetryPolicy { max_retry_after: Duration::from_secs(1), ..fast_retries() };
    let start = Instant::now();
    let err = zep_client(&server, retry).get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(err.headers().and_then(|h| h.get("retry-after")).map(|v| v.as_bytes()), Some(&b"120"[..]));
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn a_plain_post_that_fails_is_not_retried() {
    let server = flaky(ResponseTemplate::new(503), 1, session_ok()).await;
    let body = zep::types::CreateSessionRequest::new("s-1", "u-1");
    let err = zep_client(&server, fast_retries()).add_session(zep::AddSessionRequest::new(body)).await.unwrap_err();
    assert!(
        matches!(err.api_error(), Some(zep::AddSessionError::Unexpected { status, .. }) if status.as_u16() == 503),
        "{err:?}"
    );
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn a_post_the_spec_marks_idempotent_is_retried() {
    // Bandwidth's createSession is a POST marked `x-idempotent: true`.
    let server =
        flaky(ResponseTemplate::new(503), 1, ResponseTemplate::new(200).set_body_json(json!({"id": "s-9"}))).await;
    let client =
        bw::Client::builder().base_url(server.uri()).basic_auth("u", "p").retry(fast_retries()).build().unwrap();
    let resp = client.create_session(bw::CreateSessionRequest::new("9900000")).await.unwrap();
    assert_eq!(resp.body.id.as_deref(), Some("s-9"));
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn the_client_policy_may_allow_retrying_any_post() {
    let server = flaky(ResponseTemplate::new(503), 1, ResponseTemplate::new(201).set_body_json(json!({}))).await;
    let retry = zep::RetryPolicy { retry_non_idempotent: true, ..fast_retries() };
    let body = zep::types::CreateSessionRequest::new("s-1", "u-1");
    zep_client(&server, retry).add_session(zep::AddSessionRequest::new(body)).await.unwrap();
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn a_request_overrides_the_client_policy() {
    // Client retries, this request does not.
    let server = flaky(ResponseTemplate::new(503), 1, session_ok()).await;
    let request = zep::GetSessionRequest::new("s-1").with_retry(zep::RetryPolicy::none());
    let err = zep_client(&server, fast_retries()).get_session(request).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(received(&server).await, 1);

    // Client does not retry, this request does.
    let server = flaky(ResponseTemplate::new(503), 1, session_ok()).await;
    let request = zep::GetSessionRequest::new("s-1").with_retry(fast_retries());
    zep_client(&server, zep::RetryPolicy::none()).get_session(request).await.unwrap();
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn connection_failures_are_retried_for_idempotent_operations_only() {
    let url = closed_port().await;
    let client = zep::Client::builder().base_url(url).api_key("k").retry(fast_retries()).build().unwrap();
    match client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err() {
        zep::Error::Transport(e) => assert_eq!((e.attempts, e.timed_out), (3, false)),
        other => panic!("expected a transport error, got {other:?}"),
    }
    let body = zep::types::CreateSessionRequest::new("s-1", "u-1");
    match client.add_session(zep::AddSessionRequest::new(body)).await.unwrap_err() {
        zep::Error::Transport(e) => assert_eq!(e.attempts, 1),
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_connection_cut_mid_response_is_retried_when_idempotent() {
    let server = RawServer::cut_short().await;
    let client = zep::Client::builder().base_url(server.url()).api_key("k").retry(fast_retries()).build().unwrap();
    let err = client.get_session(zep::GetSessionRequest::new("s-1")).await.unwrap_err();
    assert!(matches!(&err, zep::Error::Transport(e) if e.attempts == 3), "{err:?}");
    assert_eq!(server.connections(), 3);
}
