//! The generated Zep sessions (API v2) client against a real HTTP server on 127.0.0.1: what
//! goes on the wire (asserted on the server side) and how every documented answer comes back.

mod common;

use common::{assert_json_body, header, only_request, serve};
use session_apis::zep_sessions::{
    AddSessionError, AddSessionRequest, Client, DeleteSessionMemoryRequest, EndSessionRequest, Error, GetSessionError,
    GetSessionRequest, ListSessionsOrderedError, ListSessionsOrderedRequest, RetryPolicy, UpdateSessionCall,
    UpdateSessionError, types,
};
use wiremock::MockServer;

/// The request body of the seed's curl line (seeds/002_77ec36adc4788511.txt), verbatim.
const SEED_ADD_SESSION_BODY: &str = r#"{
  "session_id": "session_id",
  "user_id": "user_id"
}"#;
/// The seed's second curl body, verbatim.
const SEED_ADD_SESSION_BODY_STRINGS: &str = r#"{
  "session_id": "string",
  "user_id": "string"
}"#;

/// A session with every field the API documents.
const SESSION: &str = r#"{
  "id": 1,
  "uuid": "3d7b1c52-8f0e-4a4b-9a6e-2c5f1e0d9b7a",
  "session_id": "session_id",
  "user_id": "user_id",
  "project_uuid": "8e2f4a61-0c3b-4d9e-a7f5-6b1c2d3e4f50",
  "created_at": "2024-05-01T12:30:00.123456Z",
  "updated_at": "2024-05-01T12:31:00.5Z",
  "deleted_at": null,
  "ended_at": "2024-05-01T13:00:00Z",
  "metadata": {"channel": "web", "priority": 2, "tags": ["a"], "nested": {"x": null}},
  "classifications": {"intent": "support"},
  "facts": ["The user prefers email."],
  "fact_rating_instruction": {
    "instruction": "Rate facts by relevance to support.",
    "examples": {"high": "billing problem", "medium": "likes email", "low": "weather"}
  }
}"#;

const KEY: &str = "z_1dWlkIjoiMmE0YzM3NzctYmY0NC00ZjU5LWJlOTItNWM3ZGVhOTdkYzNkIn0";

/// A client for `server` at the spec's `/api/v2` prefix, with retries off.
fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/api/v2", server.uri()))
        .api_key(KEY)
        .retry(RetryPolicy::none())
        .build()
        .expect("loopback http is allowed")
}

fn api_error(message: &str) -> types::ApiError {
    types::ApiError { message: Some(message.to_owned()) }
}

fn expected_session() -> types::Session {
    let metadata = serde_json::json!({"channel": "web", "priority": 2, "tags": ["a"], "nested": {"x": null}});
    types::Session {
        id: Some(1),
        uuid: Some("3d7b1c52-8f0e-4a4b-9a6e-2c5f1e0d9b7a".to_owned()),
        session_id: Some("session_id".to_owned()),
        user_id: Some("user_id".to_owned()),
        project_uuid: Some("8e2f4a61-0c3b-4d9e-a7f5-6b1c2d3e4f50".to_owned()),
        created_at: Some("2024-05-01T12:30:00.123456Z".to_owned()),
        updated_at: Some("2024-05-01T12:31:00.5Z".to_owned()),
        deleted_at: None,
        ended_at: Some("2024-05-01T13:00:00Z".to_owned()),
        metadata: metadata.as_object().cloned(),
        classifications: Some([("intent".to_owned(), "support".to_owned())].into_iter().collect()),
        facts: Some(vec!["The user prefers email.".to_owned()]),
        fact_rating_instruction: Some(types::FactRatingInstruction {
            instruction: Some("Rate facts by relevance to support.".to_owned()),
            examples: Some(types::FactRatingExamples {
                high: Some("billing problem".to_owned()),
                medium: Some("likes email".to_owned()),
                low: Some("weather".to_owned()),
            }),
        }),
    }
}

#[tokio::test]
async fn add_session_sends_api_key_and_the_seed_body() {
    let server = serve(201, SESSION, &[]).await;
    let resp = client(&server)
        .add_session(AddSessionRequest::new(types::CreateSessionRequest::new("session_id", "user_id")))
        .await
        .expect("201 is a success");

    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/api/v2/sessions");
    assert_eq!(req.url.query(), None);
    assert_eq!(header(&req, "authorization"), format!("Api-Key {KEY}"));
    assert_eq!(header(&req, "content-type"), "application/json");
    assert_json_body(&req, SEED_ADD_SESSION_BODY);

    assert_eq!(resp.status.as_u16(), 201);
    assert_eq!(resp.body, expected_session());
}

#[test]
fn seed_bodies_decode_into_the_generated_types() {
    for (body, id) in [(SEED_ADD_SESSION_BODY, "session_id"), (SEED_ADD_SESSION_BODY_STRINGS, "string")] {
        let parsed: types::CreateSessionRequest = serde_json::from_str(body).unwrap();
        assert_eq!(parsed.session_id, id);
        assert_eq!(parsed.user_id, if id == "string" { "string" } else { "user_id" });
        assert_eq!((parsed.metadata, parsed.fact_rating_instruction), (None, None));
    }
    // A session is all optional: an empty object decodes too.
    assert_eq!(serde_json::from_str::<types::Session>("{}").unwrap(), types::Session::new());
}

#[tokio::test]
async fn add_session_optional_fields_are_sent_only_when_set() {
    let server = serve(201, "{}", &[]).await;
    let mut body = types::CreateSessionRequest::new("s-1", "u-1");
    body.metadata = serde_json::json!({"plan": "pro"}).as_object().cloned();
    body.fact_rating_instruction =
        Some(types::FactRatingInstruction { instruction: Some("be brief".to_owned()), examples: None });
    client(&server).add_session(AddSessionRequest::new(body)).await.expect("201");
    assert_json_body(
        &only_request(&server).await,
        r#"{"session_id": "s-1", "user_id": "u-1", "metadata": {"plan": "pro"},
            "fact_rating_instruction": {"instruction": "be brief"}}"#,
    );
}

#[tokio::test]
async fn add_session_every_documented_status_comes_back_typed() {
    let cases = [
        (
            400,
            r#"{"message": "session_id is required"}"#,
            AddSessionError::BadRequest(api_error("session_id is required")),
        ),
        (500, r#"{"message": "internal error"}"#, AddSessionError::InternalServerError(api_error("internal error"))),
        // `message` is optional in ApiError.
        (400, "{}", AddSessionError::BadRequest(types::ApiError::new())),
    ];
    for (status, body, expected) in cases {
        let server = serve(status, body, &[]).await;
        let err = client(&server)
            .add_session(AddSessionRequest::new(types::CreateSessionRequest::new("s", "u")))
            .await
            .expect_err("an error status");
        // What a user prints: the status, then the body's message.
        let message = match &expected {
            AddSessionError::BadRequest(b) | AddSessionError::InternalServerError(b) => b.message.clone(),
            _ => None,
        };
        let reason = if status == 400 { "Bad Request" } else { "Internal Server Error" };
        assert_eq!(err.to_string(), format!("{status} {}", message.as_deref().unwrap_or(reason)));
        let Error::Api { status: got, error, .. } = err else {
            panic!("status {status}: expected Error::Api, got {err:?}")
        };
        assert_eq!(got.as_u16(), status);
        assert_eq!(error, expected);
    }
}

#[tokio::test]
async fn undocumented_status_is_unexpected_with_the_raw_body() {
    let raw = r#"{"message": "teapot"}"#;
    let server = serve(418, raw, &[]).await;
    let err = client(&server)
        .add_session(AddSessionRequest::new(types::CreateSessionRequest::new("s", "u")))
        .await
        .expect_err("418");
    assert_eq!(
        err.api_error(),
        Some(&AddSessionError::Unexpected { status: 418.try_into().unwrap(), body: raw.as_bytes().to_vec() })
    );
}

#[tokio::test]
async fn get_session_percent_encodes_the_id() {
    let server = serve(200, SESSION, &[]).await;
    let resp = client(&server).get_session(GetSessionRequest::new("team a/b")).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/api/v2/sessions/team%20a%2Fb");
    assert_eq!(header(&req, "authorization"), format!("Api-Key {KEY}"));
    assert_eq!(resp.body, expected_session());

    for (status, expected) in [
        (404, GetSessionError::NotFound(api_error("not found"))),
        (500, GetSessionError::InternalServerError(api_error("not found"))),
    ] {
        let server = serve(status, r#"{"message": "not found"}"#, &[]).await;
        let err = client(&server).get_session(GetSessionRequest::new("x")).await.expect_err("error");
        assert_eq!(err.api_error(), Some(&expected));
    }
}

#[tokio::test]
async fn update_session_sends_patch_with_metadata() {
    let server = serve(200, SESSION, &[]).await;
    let metadata = serde_json::json!({"channel": "web", "priority": 2}).as_object().cloned().unwrap();
    let resp = client(&server)
        .update_session(UpdateSessionCall::new("session_id", types::UpdateSessionRequest::new(metadata)))
        .await
        .expect("200");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "PATCH");
    assert_eq!(req.url.path(), "/api/v2/sessions/session_id");
    assert_eq!(header(&req, "authorization"), format!("Api-Key {KEY}"));
    assert_eq!(header(&req, "content-type"), "application/json");
    assert_json_body(&req, r#"{"metadata": {"channel": "web", "priority": 2}}"#);
    assert_eq!(resp.body, expected_session());

    for (status, expected) in [
        (400, UpdateSessionError::BadRequest(api_error("e"))),
        (404, UpdateSessionError::NotFound(api_error("e"))),
        (409, UpdateSessionError::Conflict(api_error("e"))),
        (500, UpdateSessionError::InternalServerError(api_error("e"))),
    ] {
        let server = serve(status, r#"{"message": "e"}"#, &[]).await;
        let err = client(&server)
            .update_session(UpdateSessionCall::new("s", types::UpdateSessionRequest::new(Default::default())))
            .await
            .expect_err("error");
        assert_eq!(err.api_error(), Some(&expected), "status {status}");
    }
}

#[tokio::test]
async fn list_sessions_ordered_sends_only_the_query_parameters_set() {
    let listed = format!(r#"{{"sessions": [{SESSION}], "response_count": 1, "total_count": 31}}"#);
    let server = serve(200, &listed, &[]).await;
    let resp = client(&server)
        .list_sessions_ordered(
            ListSessionsOrderedRequest::new()
                .with_page_number(2)
                .with_page_size(10)
                .with_order_by("updated_at desc&x=1")
                .with_asc(false),
        )
        .await
        .expect("200");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/api/v2/sessions-ordered");
    let query: Vec<(String, String)> = req.url.query_pairs().into_owned().collect();
    let expected = [("page_number", "2"), ("page_size", "10"), ("order_by", "updated_at desc&x=1"), ("asc", "false")];
    assert_eq!(query, expected.map(|(k, v)| (k.to_owned(), v.to_owned())));
    assert_eq!(header(&req, "authorization"), format!("Api-Key {KEY}"));
    assert_eq!(resp.body.sessions, Some(vec![expected_session()]));
    assert_eq!((resp.body.response_count, resp.body.total_count), (Some(1), Some(31)));

    let server = serve(200, "{}", &[]).await;
    client(&server).list_sessions_ordered(ListSessionsOrderedRequest::new()).await.expect("200");
    assert_eq!(only_request(&server).await.url.query(), None);

    let server = serve(400, r#"{"message": "bad order_by"}"#, &[]).await;
    let err = client(&server).list_sessions_ordered(ListSessionsOrderedRequest::new()).await.expect_err("400");
    assert_eq!(err.api_error(), Some(&ListSessionsOrderedError::BadRequest(api_error("bad order_by"))));
}

#[tokio::test]
async fn end_session_and_delete_memory() {
    let ended = format!(r#"{{"session": {SESSION}, "classification": {{"class": "support", "label": "intent"}}}}"#);
    let server = serve(200, &ended, &[]).await;
    let resp = client(&server).end_session(EndSessionRequest::new("session_id")).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("POST", "/api/v2/sessions/session_id/end"));
    assert_eq!(header(&req, "authorization"), format!("Api-Key {KEY}"));
    assert_eq!(resp.body.session, Some(expected_session()));
    assert_eq!(
        resp.body.classification,
        Some(types::SessionClassification { class: Some("support".to_owned()), label: Some("intent".to_owned()) })
    );

    let server = serve(200, r#"{"message": "Deleted"}"#, &[]).await;
    let resp = client(&server).delete_session_memory(DeleteSessionMemoryRequest::new("session_id")).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("DELETE", "/api/v2/sessions/session_id/memory"));
    assert_eq!(header(&req, "authorization"), format!("Api-Key {KEY}"));
    assert_eq!(resp.body.message.as_deref(), Some("Deleted"));
}
