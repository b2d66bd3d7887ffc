//! The generated Bandwidth WebRTC client against a real HTTP server on 127.0.0.1: what goes
//! on the wire (asserted on the server side) and how every documented answer comes back.

mod common;

use common::{assert_json_body, header, only_request, serve};
use session_apis::bandwidth_webrtc::{
    AddParticipantToSessionError, AddParticipantToSessionRequest, Client, CreateParticipantRequest, CreateSessionError,
    CreateSessionRequest, DeleteParticipantError, DeleteParticipantRequest, DeleteSessionRequest, Error,
    GetParticipantError, GetParticipantRequest, GetParticipantSubscriptionsRequest,
    GetParticipantSubscriptionsResponse, GetSessionError, GetSessionRequest, ListSessionParticipantsRequest,
    ListSessionParticipantsResponse, RemoveParticipantFromSessionRequest, RetryPolicy,
    UpdateParticipantSubscriptionsError, UpdateParticipantSubscriptionsRequest, types,
};
use wiremock::MockServer;

/// `Authorization: Basic base64("api-user:s3cr:t pass")`, computed outside the code under test
/// (`echo -n 'api-user:s3cr:t pass' | base64`). The password has a colon and a space on purpose.
const BASIC: &str = "Basic YXBpLXVzZXI6czNjcjp0IHBhc3M=";

/// The session as the seed describes it (`id`, `participants`, `tag`).
const SESSION_WITH_PARTICIPANTS: &str = r#"{
  "id": "75c21163-e110-41bc-bd76-1bb428ec85d5",
  "participants": ["320e2af6-13ec-498d-8b51-daba52c37853", "568749d5-04d5-483d-adf5-deac7dd3d521"],
  "tag": "session1"
}"#;
/// The session as the owner's current definition returns it (`id` and `tag` only).
const SESSION_ID_AND_TAG: &str = r#"{"id": "75c21163-e110-41bc-bd76-1bb428ec85d5", "tag": "session1"}"#;
const BAD_REQUEST: &str = r#"{"error": "tag must be a string", "requestId": "a3f1c9e2-0b4d-4a6e-9c1f-5d7e8b2a4c60"}"#;
const UNAUTHORIZED: &str = r#"{"message": "Unauthorized"}"#;
const FORBIDDEN: &str = r#"{"message": "Missing Authentication Token"}"#;
const SERVER_ERROR: &str = r#"{"error": "Unexpected error", "requestId": "0c5e7d1a-88f2-4b3e-a0d9-6f1b2c3d4e5f"}"#;
const NOT_FOUND: &str = r#"{"error": "Session not found", "requestId": "77b0c0de-1d2e-4f30-9a8b-c7d6e5f4a3b2"}"#;
const CONFLICT: &str =
    r#"{"error": "Participant is already in the session", "requestId": "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170"}"#;

/// A client for `server` whose base URL has the spec's `/v1` prefix, with retries off so that
/// every status is seen exactly once.
fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .basic_auth("api-user", "s3cr:t pass")
        .retry(RetryPolicy::none())
        .build()
        .expect("loopback http is allowed")
}

fn session(id: &str, tag: &str, participants: Option<&[&str]>) -> types::Session {
    types::Session {
        id: Some(id.to_owned()),
        tag: Some(tag.to_owned()),
        participants: participants.map(|p| p.iter().map(|s| (*s).to_owned()).collect()),
    }
}

fn bw_error(error: &str, request_id: &str) -> types::Error {
    types::Error { error: Some(error.to_owned()), request_id: Some(request_id.to_owned()) }
}

fn access_denied(message: &str) -> types::AccessDenied {
    types::AccessDenied { message: Some(message.to_owned()) }
}

#[tokio::test]
async fn create_session_sends_basic_auth_path_and_json_body() {
    let server = serve(200, SESSION_WITH_PARTICIPANTS, &[]).await;
    let body = types::Session { tag: Some("session1".to_owned()), ..Default::default() };
    let resp = client(&server)
        .create_session(CreateSessionRequest::new("9900000").with_body(body))
        .await
        .expect("200 is a success");

    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/v1/accounts/9900000/sessions");
    assert_eq!(req.url.query(), None);
    assert_eq!(header(&req, "authorization"), BASIC);
    assert_eq!(header(&req, "content-type"), "application/json");
    assert_json_body(&req, r#"{"tag": "session1"}"#);

    assert_eq!(resp.status.as_u16(), 200);
    assert_eq!(
        resp.body,
        session(
            "75c21163-e110-41bc-bd76-1bb428ec85d5",
            "session1",
            Some(&["320e2af6-13ec-498d-8b51-daba52c37853", "568749d5-04d5-483d-adf5-deac7dd3d521"]),
        )
    );
}

#[tokio::test]
async fn create_session_without_body_sends_no_body_and_no_content_type() {
    let server = serve(200, SESSION_ID_AND_TAG, &[]).await;
    let resp = client(&server).create_session(CreateSessionRequest::new("9900000")).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "POST");
    assert!(req.body.is_empty(), "unexpected body {:?}", String::from_utf8_lossy(&req.body));
    assert!(req.headers.get("content-type").is_none());
    assert_eq!(header(&req, "authorization"), BASIC);
    // The owner's current shape (no `participants`) decodes too.
    assert_eq!(resp.body, session("75c21163-e110-41bc-bd76-1bb428ec85d5", "session1", None));
}

#[tokio::test]
async fn path_parameters_are_percent_encoded_as_one_segment() {
    let server = serve(200, SESSION_ID_AND_TAG, &[]).await;
    client(&server).get_session(GetSessionRequest::new("acc 1/x", "s?id=1#frag%")).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/v1/accounts/acc%201%2Fx/sessions/s%3Fid%3D1%23frag%25");
    assert_eq!(req.url.query(), None);
    assert!(req.body.is_empty());
}

#[tokio::test]
async fn create_session_every_documented_status_comes_back_typed() {
    // (status, body, the error the client must return)
    let cases: Vec<(u16, &str, CreateSessionError)> = vec![
        (
            400,
            BAD_REQUEST,
            CreateSessionError::BadRequest(bw_error("tag must be a string", "a3f1c9e2-0b4d-4a6e-9c1f-5d7e8b2a4c60")),
        ),
        (401, UNAUTHORIZED, CreateSessionError::Unauthorized(access_denied("Unauthorized"))),
        (403, FORBIDDEN, CreateSessionError::Forbidden(access_denied("Missing Authentication Token"))),
        // The seed's "50x": every 5XX status is the server error, not only 500.
        (
            500,
            SERVER_ERROR,
            CreateSessionError::ServerError(bw_error("Unexpected error", "0c5e7d1a-88f2-4b3e-a0d9-6f1b2c3d4e5f")),
        ),
        (
            502,
            SERVER_ERROR,
            CreateSessionError::ServerError(bw_error("Unexpected error", "0c5e7d1a-88f2-4b3e-a0d9-6f1b2c3d4e5f")),
        ),
        (
            503,
            SERVER_ERROR,
            CreateSessionError::ServerError(bw_error("Unexpected error", "0c5e7d1a-88f2-4b3e-a0d9-6f1b2c3d4e5f")),
        ),
        (
            599,
            SERVER_ERROR,
            CreateSessionError::ServerError(bw_error("Unexpected error", "0c5e7d1a-88f2-4b3e-a0d9-6f1b2c3d4e5f")),
        ),
    ];
    for (status, body, expected) in cases {
        let server = serve(status, body, &[]).await;
        let err =
            client(&server).create_session(CreateSessionRequest::new("9900000")).await.expect_err("an error status");
        match err {
            Error::Api(e) => {
                assert_eq!(e.status.as_u16(), status);
                assert_eq!(e.error, expected, "status {status}");
            }
            other => panic!("status {status}: expected Error::Api, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn undocumented_status_is_unexpected_with_the_raw_body() {
    let raw = "I'm a teapot; not JSON at all";
    let server = serve(418, raw, &[]).await;
    let err = client(&server).create_session(CreateSessionRequest::new("9900000")).await.expect_err("418");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(418));
    match err.api_error() {
        Some(CreateSessionError::Unexpected { status, body }) => {
            assert_eq!(status.as_u16(), 418);
            assert_eq!(body.as_slice(), raw.as_bytes());
        }
        other => panic!("expected Unexpected, got {other:?}"),
    }
}

#[tokio::test]
async fn a_success_body_that_does_not_match_is_a_decode_error() {
    let server = serve(200, r#"{"id": 42}"#, &[]).await;
    let err = client(&server).create_session(CreateSessionRequest::new("9900000")).await.expect_err("bad body");
    match err {
        Error::Decode(e) => {
            assert_eq!(e.status.as_u16(), 200);
            assert_eq!(e.body, br#"{"id": 42}"#);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn get_and_delete_session() {
    let server = serve(200, SESSION_ID_AND_TAG, &[]).await;
    let resp = client(&server).get_session(GetSessionRequest::new("9900000", "sess-1")).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("GET", "/v1/accounts/9900000/sessions/sess-1"));
    assert_eq!(header(&req, "authorization"), BASIC);
    assert_eq!(resp.body, session("75c21163-e110-41bc-bd76-1bb428ec85d5", "session1", None));

    let server = serve(404, NOT_FOUND, &[]).await;
    let err = client(&server).get_session(GetSessionRequest::new("9900000", "nope")).await.expect_err("404");
    assert_eq!(
        err.api_error(),
        Some(&GetSessionError::NotFound(bw_error("Session not found", "77b0c0de-1d2e-4f30-9a8b-c7d6e5f4a3b2")))
    );

    let server = serve(204, "", &[]).await;
    let resp = client(&server).delete_session(DeleteSessionRequest::new("9900000", "sess-1")).await.expect("204");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("DELETE", "/v1/accounts/9900000/sessions/sess-1"));
    assert_eq!(header(&req, "authorization"), BASIC);
    assert_eq!(resp.status.as_u16(), 204);
}

#[tokio::test]
async fn list_session_participants_200_and_204() {
    let listed = r#"[{
      "id": "320e2af6-13ec-498d-8b51-daba52c37853",
      "callbackUrl": null,
      "publishPermissions": ["AUDIO", "VIDEO"],
      "sessions": ["75c21163-e110-41bc-bd76-1bb428ec85d5"],
      "subscriptions": {"sessionId": "75c21163-e110-41bc-bd76-1bb428ec85d5"},
      "tag": "participant1",
      "deviceApiVersion": "V3"
    }]"#;
    let server = serve(200, listed, &[]).await;
    let resp = client(&server)
        .list_session_participants(ListSessionParticipantsRequest::new("9900000", "sess-1"))
        .await
        .expect("200");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("GET", "/v1/accounts/9900000/sessions/sess-1/participants"));
    assert_eq!(header(&req, "authorization"), BASIC);
    let expected = types::Participant {
        id: Some("320e2af6-13ec-498d-8b51-daba52c37853".to_owned()),
        callback_url: None,
        publish_permissions: Some(vec![types::PublishPermission::Audio, types::PublishPermission::Video]),
        sessions: Some(vec!["75c21163-e110-41bc-bd76-1bb428ec85d5".to_owned()]),
        subscriptions: Some(types::Subscriptions {
            session_id: Some("75c21163-e110-41bc-bd76-1bb428ec85d5".to_owned()),
            participants: None,
        }),
        tag: Some("participant1".to_owned()),
        device_api_version: Some(types::DeviceApiVersion::V3),
    };
    assert_eq!(resp.body, ListSessionParticipantsResponse::Ok(vec![expected]));

    let server = serve(204, "", &[]).await;
    let resp = client(&server)
        .list_session_participants(ListSessionParticipantsRequest::new("9900000", "sess-1"))
        .await
        .expect("204");
    assert_eq!(resp.body, ListSessionParticipantsResponse::NoContent);
}

#[tokio::test]
async fn add_and_remove_participant() {
    let server = serve(204, "", &[]).await;
    let subscriptions = types::Subscriptions {
        session_id: Some("75c21163-e110-41bc-bd76-1bb428ec85d5".to_owned()),
        participants: Some(vec![types::ParticipantSubscription {
            participant_id: "568749d5-04d5-483d-adf5-deac7dd3d521".to_owned(),
            stream_aliases: Some(vec!["alias_1".to_owned()]),
        }]),
    };
    client(&server)
        .add_participant_to_session(
            AddParticipantToSessionRequest::new("9900000", "sess-1", "part-1").with_body(subscriptions),
        )
        .await
        .expect("204");
    let req = only_request(&server).await;
    assert_eq!(
        (req.method.as_str(), req.url.path()),
        ("PUT", "/v1/accounts/9900000/sessions/sess-1/participants/part-1")
    );
    assert_eq!(header(&req, "authorization"), BASIC);
    assert_eq!(header(&req, "content-type"), "application/json");
    assert_json_body(
        &req,
        r#"{"sessionId": "75c21163-e110-41bc-bd76-1bb428ec85d5",
            "participants": [{"participantId": "568749d5-04d5-483d-adf5-deac7dd3d521", "streamAliases": ["alias_1"]}]}"#,
    );

    let server = serve(409, CONFLICT, &[]).await;
    let err = client(&server)
        .add_participant_to_session(AddParticipantToSessionRequest::new("9900000", "sess-1", "part-1"))
        .await
        .expect_err("409");
    assert_eq!(
        err.api_error(),
        Some(&AddParticipantToSessionError::Conflict(bw_error(
            "Participant is already in the session",
            "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170"
        )))
    );

    let server = serve(204, "", &[]).await;
    client(&server)
        .remove_participant_from_session(RemoveParticipantFromSessionRequest::new("9900000", "sess-1", "part-1"))
        .await
        .expect("204");
    let req = only_request(&server).await;
    assert_eq!(
        (req.method.as_str(), req.url.path()),
        ("DELETE", "/v1/accounts/9900000/sessions/sess-1/participants/part-1")
    );
    assert_eq!(header(&req, "authorization"), BASIC);
}

#[tokio::test]
async fn create_participant() {
    let created = r#"{
      "participant": {
        "id": "320e2af6-13ec-498d-8b51-daba52c37853",
        "callbackUrl": "https://example.com/callback",
        "publishPermissions": ["AUDIO"],
        "sessions": [],
        "tag": "participant1",
        "deviceApiVersion": "V3"
      },
      "token": "eyJhbGciOiJIUzI1NiJ9.e30.sig"
    }"#;
    let server = serve(200, created, &[]).await;
    // The owner's createParticipant body: only what a caller may set (no `id`, no `sessions`).
    let body = types::CreateParticipantRequest::new()
        .with_callback_url("https://example.com/callback")
        .with_publish_permissions(vec![types::PublishPermission::Audio])
        .with_tag("participant1")
        .with_device_api_version(types::DeviceApiVersion::V2);
    let resp = client(&server).create_participant(CreateParticipantRequest::new("9900000", body)).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("POST", "/v1/accounts/9900000/participants"));
    assert_eq!(header(&req, "authorization"), BASIC);
    assert_eq!(header(&req, "content-type"), "application/json");
    assert_json_body(
        &req,
        r#"{"callbackUrl": "https://example.com/callback", "publishPermissions": ["AUDIO"],
            "tag": "participant1", "deviceApiVersion": "V2"}"#,
    );
    let expected = types::Participant {
        id: Some("320e2af6-13ec-498d-8b51-daba52c37853".to_owned()),
        callback_url: Some("https://example.com/callback".to_owned()),
        publish_permissions: Some(vec![types::PublishPermission::Audio]),
        sessions: Some(vec![]),
        tag: Some("participant1".to_owned()),
        device_api_version: Some(types::DeviceApiVersion::V3),
        ..Default::default()
    };
    assert_eq!(resp.body.participant, Some(expected));
    assert_eq!(resp.body.token.as_deref(), Some("eyJhbGciOiJIUzI1NiJ9.e30.sig"));
}

#[tokio::test]
async fn get_and_delete_participant() {
    let participant = r#"{"id": "part-1", "callbackUrl": null, "publishPermissions": ["VIDEO"],
                          "sessions": ["sess-1"], "tag": "p", "deviceApiVersion": "V2"}"#;
    let server = serve(200, participant, &[]).await;
    let resp = client(&server).get_participant(GetParticipantRequest::new("9900000", "part-1")).await.expect("200");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("GET", "/v1/accounts/9900000/participants/part-1"));
    assert_eq!(header(&req, "authorization"), BASIC);
    assert!(req.body.is_empty());
    let expected = types::Participant {
        id: Some("part-1".to_owned()),
        publish_permissions: Some(vec![types::PublishPermission::Video]),
        sessions: Some(vec!["sess-1".to_owned()]),
        tag: Some("p".to_owned()),
        device_api_version: Some(types::DeviceApiVersion::V2),
        ..Default::default()
    };
    assert_eq!(resp.body, expected);

    let server = serve(404, NOT_FOUND, &[]).await;
    let err = client(&server).get_participant(GetParticipantRequest::new("9900000", "gone")).await.expect_err("404");
    assert_eq!(
        err.api_error(),
        Some(&GetParticipantError::NotFound(bw_error("Session not found", "77b0c0de-1d2e-4f30-9a8b-c7d6e5f4a3b2")))
    );

    let server = serve(204, "", &[]).await;
    let resp =
        client(&server).delete_participant(DeleteParticipantRequest::new("9900000", "part-1")).await.expect("204");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("DELETE", "/v1/accounts/9900000/participants/part-1"));
    assert_eq!(header(&req, "authorization"), BASIC);
    assert_eq!(resp.status.as_u16(), 204);

    let server = serve(503, SERVER_ERROR, &[]).await;
    let err =
        client(&server).delete_participant(DeleteParticipantRequest::new("9900000", "part-1")).await.expect_err("503");
    assert_eq!(
        err.api_error(),
        Some(&DeleteParticipantError::ServerError(bw_error(
            "Unexpected error",
            "0c5e7d1a-88f2-4b3e-a0d9-6f1b2c3d4e5f"
        )))
    );
}

#[tokio::test]
async fn participant_subscriptions_200_204_and_update() {
    let path = "/v1/accounts/9900000/sessions/sess-1/participants/part-1/subscriptions";
    let listed = r#"{"sessionId": "sess-1", "participants": [{"participantId": "part-2", "streamAliases": ["a"]}]}"#;
    let server = serve(200, listed, &[]).await;
    let resp = client(&server)
        .get_participant_subscriptions(GetParticipantSubscriptionsRequest::new("9900000", "sess-1", "part-1"))
        .await
        .expect("200");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("GET", path));
    assert_eq!(header(&req, "authorization"), BASIC);
    let expected = types::Subscriptions::new().with_session_id("sess-1").with_participants(vec![
        types::ParticipantSubscription::new("part-2").with_stream_aliases(vec!["a".to_owned()]),
    ]);
    assert_eq!(resp.body, GetParticipantSubscriptionsResponse::Ok(expected));

    let server = serve(204, "", &[]).await;
    let resp = client(&server)
        .get_participant_subscriptions(GetParticipantSubscriptionsRequest::new("9900000", "sess-1", "part-1"))
        .await
        .expect("204");
    assert_eq!(resp.body, GetParticipantSubscriptionsResponse::NoContent);

    let server = serve(204, "", &[]).await;
    let body = types::Subscriptions::new().with_participants(vec![types::ParticipantSubscription::new("part-3")]);
    client(&server)
        .update_participant_subscriptions(UpdateParticipantSubscriptionsRequest::new(
            "9900000", "sess-1", "part-1", body,
        ))
        .await
        .expect("204");
    let req = only_request(&server).await;
    assert_eq!((req.method.as_str(), req.url.path()), ("PUT", path));
    assert_eq!(header(&req, "content-type"), "application/json");
    assert_json_body(&req, r#"{"participants": [{"participantId": "part-3"}]}"#);

    let server = serve(404, NOT_FOUND, &[]).await;
    let err = client(&server)
        .update_participant_subscriptions(UpdateParticipantSubscriptionsRequest::new(
            "9900000",
            "sess-1",
            "gone",
            types::Subscriptions::new(),
        ))
        .await
        .expect_err("404");
    assert_eq!(
        err.api_error(),
        Some(&UpdateParticipantSubscriptionsError::NotFound(bw_error(
            "Session not found",
            "77b0c0de-1d2e-4f30-9a8b-c7d6e5f4a3b2"
        )))
    );
}

#[tokio::test]
async fn unknown_enum_values_are_kept() {
    let body = r#"[{"publishPermissions": ["AUDIO", "SCREEN"], "deviceApiVersion": "V4"}]"#;
    let server = serve(200, body, &[]).await;
    let resp = client(&server)
        .list_session_participants(ListSessionParticipantsRequest::new("9900000", "sess-1"))
        .await
        .expect("200");
    let ListSessionParticipantsResponse::Ok(list) = resp.body else { panic!("expected a list") };
    assert_eq!(
        list[0].publish_permissions,
        Some(vec![types::PublishPermission::Audio, types::PublishPermission::Unknown("SCREEN".to_owned())])
    );
    assert_eq!(list[0].device_api_version, Some(types::DeviceApiVersion::Unknown("V4".to_owned())));
}
