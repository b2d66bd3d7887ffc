//! Zep's API key from the environment (`x-api-key-env: ZEP_API_KEY` in the spec), as Zep's
//! own SDKs do. Its own test binary with a single test: it changes the process environment.

mod client_support;

use client_support::{header, received};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use session_apis::zep_sessions as zep;

#[tokio::test]
async fn zep_reads_its_api_key_from_the_environment_when_none_is_given() {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))).mount(&server).await;
    let call = |client: zep::Client| async move { client.get_session(zep::GetSessionRequest::new("s-1")).await };

    // SAFETY: this binary has a single test, so nothing else reads the environment meanwhile.
    unsafe { std::env::set_var("ZEP_API_KEY", "zk-from-env") };
    call(zep::Client::builder().base_url(server.uri()).build().unwrap()).await.unwrap();
    // A key given to the builder wins over the environment.
    call(zep::Client::builder().base_url(server.uri()).api_key("zk-given").build().unwrap()).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let keys: Vec<_> = requests.iter().map(|r| header(r, "authorization").unwrap_or_default()).collect();
    assert_eq!(keys, ["Api-Key zk-from-env", "Api-Key zk-given"]);

    // Neither: refused before sending, naming the scheme.
    // SAFETY: as above.
    unsafe { std::env::remove_var("ZEP_API_KEY") };
    let err = call(zep::Client::builder().base_url(server.uri()).build().unwrap()).await.unwrap_err();
    assert!(matches!(&err, zep::Error::InvalidRequest(m) if m.contains("apiKeyAuth")), "{err:?}");
    assert_eq!(received(&server).await, 2);
}
