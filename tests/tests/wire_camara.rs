//! The generated CAMARA WebRTC call handling client against a real HTTP server on
//! 127.0.0.1: what goes on the wire (asserted on the server side), every documented status
//! and every error `code` of the seed as its own typed variant, and `x-correlator` echoes.

mod common;

use common::{assert_json_body, header, only_request, serve};
use session_apis::camara_webrtc::{
    Client, CreateSessionError, CreateSessionRequest, DeleteSessionByIdError, DeleteSessionByIdRequest, Error,
    GetSessionDetailsByIdError, GetSessionDetailsByIdRequest, RetryPolicy, UpdateSessionStatusRequest,
    UpdateSessionStatusResponse, server_url, types,
};
use session_apis::runtime::{BoxError, TokenProvider};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wiremock::MockServer;

// The JSON bodies of the seed (seeds/001_0d5d48f8637a55a2.txt), copied verbatim: the session
// (shown both as the curl body and as the 201 example) and the six create-session errors.
const SEED_SESSION: &str = r#"{
"originatorAddress": "tel:+17085852753",
"originatorName": "tel:+17085852753",
"receiverAddress": "tel:+17085854000",
"receiverName": "tel:+17085854000",
"offer": {
"sdp": "v=0\r\no=- 8066321617929821805 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 42988 RTP/SAVPF 102 113\r\nc=IN IP6 2001:e0:410:2448:7a05:9b11:66f2:c9e\r\nb=AS:64\r\na=rtcp:9 IN IP4 0.0.0.0\r\na=candidate:1645903805 1 udp 2122262783 2001:e0:410:2448:7a05:9b11:66f2:c9e 42988 typ host generation 0 network-id 3 network-cost 900\r\na=ice-ufrag:4eKp\r\na=ice-pwd:D4sF5Pv9vx9ggaqxBlHbAFMx\r\na=ice-options:trickle renomination\r\na=mid:audio\r\na=extmap:2 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01\r\na=sendrecv\r\na=rtcp-mux\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:Xm3YciqVIWFNSwy19e9MvfZ2YOdAZil7oT/tHjdf\r\na=rtpmap:102 AMR-WB/16000\r\na=fmtp:102 octet-align=0; mode-set=0,1,2; mode-change-capability=2\r\na=rtpmap:113 telephone-event/16000\r\n"
},
"status": "Initial",
"mediaSessionId": "0AEE1B58BAEEDA3EABA42B32EBB3DFE0DEAD3F90AE0CEB9EEB0C0F703E199FC00E7C6E648F50EE885FF0CE6C7E1CEE795EDD"
}"#;
const SEED_400_INVALID_ARGUMENT: &str = r#"{
"status": 400,
"code": "INVALID_ARGUMENT",
"message": "Client specified an invalid argument, request body or query param."
}"#;
const SEED_400_OUT_OF_RANGE: &str = r#"{
"status": 400,
"code": "OUT_OF_RANGE",
"message": "Client specified an invalid range."
}"#;
const SEED_401_UNAUTHENTICATED: &str = r#"{
"status": 401,
"code": "UNAUTHENTICATED",
"message": "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required."
}"#;
const SEED_403_PERMISSION_DENIED: &str = r#"{
"status": 403,
"code": "PERMISSION_DENIED",
"message": "Client does not have sufficient permissions to perform this action."
}"#;
const SEED_403_INVALID_TOKEN_CONTEXT: &str = r#"{
"status": 403,
"code": "INVALID_TOKEN_CONTEXT",
"message": "originator info is not consistent with access token."
}"#;
const SEED_501_CALLTYPE_EMERGENCY_NOT_SUPPORTED: &str = r#"{
"status": 501,
"code": "CALLTYPE_EMERGENCY_NOT_SUPPORTED",
"message": "Server does not support call type EMERGENCY."
}"#;

/// The `sdp` of the seed as a Rust string: the JSON escapes `\r\n` are real CR LF here.
const SEED_SDP: &str = "v=0\r\no=- 8066321617929821805 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 42988 RTP/SAVPF 102 113\r\nc=IN IP6 2001:e0:410:2448:7a05:9b11:66f2:c9e\r\nb=AS:64\r\na=rtcp:9 IN IP4 0.0.0.0\r\na=candidate:1645903805 1 udp 2122262783 2001:e0:410:2448:7a05:9b11:66f2:c9e 42988 typ host generation 0 network-id 3 network-cost 900\r\na=ice-ufrag:4eKp\r\na=ice-pwd:D4sF5Pv9vx9ggaqxBlHbAFMx\r\na=ice-options:trickle renomination\r\na=mid:audio\r\na=extmap:2 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01\r\na=sendrecv\r\na=rtcp-mux\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:Xm3YciqVIWFNSwy19e9MvfZ2YOdAZil7oT/tHjdf\r\na=rtpmap:102 AMR-WB/16000\r\na=fmtp:102 octet-align=0; mode-set=0,1,2; mode-change-capability=2\r\na=rtpmap:113 telephone-event/16000\r\n";

const TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.camara-access-token";
const REGISTRATION_ID: &str = "7c2a9f3e-5b1d-4e8a-9f60-3d2c1b0a9e8f";
const CORRELATOR: &str = "b4333c46-49c0-4f62-80d7-f0ef930f1c46";
const MEDIA_SESSION_ID: &str =
    "0AEE1B58BAEEDA3EABA42B32EBB3DFE0DEAD3F90AE0CEB9EEB0C0F703E199FC00E7C6E648F50EE885FF0CE6C7E1CEE795EDD";

/// A client for `server` at the spec's server URL (`{apiRoot}/webrtc-call-handling/vwip`),
/// with retries off so that every status is seen exactly once.
fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server_url(&server.uri()))
        .bearer_token(TOKEN)
        .retry(RetryPolicy::none())
        .build()
        .expect("loopback http is allowed")
}

/// The seed's session as a create body: the caller sets addresses, names and the offer.
fn seed_create_body() -> types::MediaSessionCreate {
    types::MediaSessionCreate {
        originator_name: Some("tel:+17085852753".to_owned()),
        receiver_name: Some("tel:+17085854000".to_owned()),
        ..types::MediaSessionCreate::new(
            "tel:+17085852753".to_owned(),
            "tel:+17085854000".to_owned(),
            types::WrtcSdpDescriptor::new().with_sdp(SEED_SDP),
        )
    }
}

/// The seed's session as the typed response, built field by field.
fn seed_session() -> types::MediaSessionResponse {
    types::MediaSessionResponse {
        originator_name: Some("tel:+17085852753".to_owned()),
        receiver_name: Some("tel:+17085854000".to_owned()),
        ..types::MediaSessionResponse::new(
            "tel:+17085852753".to_owned(),
            "tel:+17085854000".to_owned(),
            types::SessionStatus::Initial,
            types::WrtcSdpDescriptor::new().with_sdp(SEED_SDP),
            MEDIA_SESSION_ID,
        )
    }
}

fn error_info(status: i32, code: &str, message: &str) -> types::ErrorInfo {
    types::ErrorInfo::new(status, code, message)
}

#[tokio::test]
async fn create_session_wire_and_seed_201() {
    let server = serve(201, SEED_SESSION, &[("x-correlator", CORRELATOR)]).await;
    let resp = client(&server)
        .create_session(
            CreateSessionRequest::new(REGISTRATION_ID, seed_create_body()).with_x_correlator(CORRELATOR.to_owned()),
        )
        .await
        .expect("201 is a success");

    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/webrtc-call-handling/vwip/sessions");
    assert_eq!(req.url.query(), None);
    assert_eq!(header(&req, "authorization"), format!("Bearer {TOKEN}"));
    assert_eq!(header(&req, "registrationId"), REGISTRATION_ID);
    assert_eq!(header(&req, "x-correlator"), CORRELATOR);
    assert_eq!(header(&req, "content-type"), "application/json");
    // What the client sends is the seed's curl body without the two fields the server sets.
    let mut expected: serde_json::Value = serde_json::from_str(SEED_SESSION).unwrap();
    let fields = expected.as_object_mut().unwrap();
    assert!(fields.remove("status").is_some() && fields.remove("mediaSessionId").is_some());
    assert_json_body(&req, &expected.to_string());

    assert_eq!(resp.status.as_u16(), 201);
    assert_eq!(resp.header("x-correlator"), Some(CORRELATOR));
    assert_eq!(resp.body, seed_session());
    // The full SDP survives, CR LF included.
    let sdp = resp.body.offer.sdp.as_deref().expect("the seed's offer has an sdp");
    assert_eq!(sdp.len(), SEED_SDP.len());
    assert!(sdp.starts_with("v=0\r\no=- 8066321617929821805 2 IN IP4 127.0.0.1\r\n"));
    assert!(sdp.ends_with("a=rtpmap:113 telephone-event/16000\r\n"));
}

#[tokio::test]
async fn create_session_without_x_correlator_sends_no_such_header() {
    let server = serve(201, SEED_SESSION, &[]).await;
    let resp = client(&server)
        .create_session(CreateSessionRequest::new(REGISTRATION_ID, seed_create_body()))
        .await
        .expect("201");
    let req = only_request(&server).await;
    assert!(req.headers.get("x-correlator").is_none());
    assert_eq!(header(&req, "registrationId"), REGISTRATION_ID);
    assert_eq!(resp.header("x-correlator"), None);
}

#[test]
fn every_seed_body_decodes_into_the_generated_types() {
    // The seed shows the session as the curl body: it decodes as the create body (the server's
    // fields are ignored there) and as the response.
    let create: types::MediaSessionCreate = serde_json::from_str(SEED_SESSION).unwrap();
    assert_eq!(create.status, Some(types::SessionStatus::Initial));
    assert_eq!(create.offer.sdp.as_deref(), Some(SEED_SDP));
    assert_eq!(serde_json::from_str::<types::MediaSessionResponse>(SEED_SESSION).unwrap(), seed_session());
    let info: types::MediaSessionInformation = serde_json::from_str(SEED_SESSION).unwrap();
    assert_eq!(info.offer.and_then(|o| o.sdp).as_deref(), Some(SEED_SDP));
    for (body, status, code) in [
        (SEED_400_INVALID_ARGUMENT, 400, "INVALID_ARGUMENT"),
        (SEED_400_OUT_OF_RANGE, 400, "OUT_OF_RANGE"),
        (SEED_401_UNAUTHENTICATED, 401, "UNAUTHENTICATED"),
        (SEED_403_PERMISSION_DENIED, 403, "PERMISSION_DENIED"),
        (SEED_403_INVALID_TOKEN_CONTEXT, 403, "INVALID_TOKEN_CONTEXT"),
        (SEED_501_CALLTYPE_EMERGENCY_NOT_SUPPORTED, 501, "CALLTYPE_EMERGENCY_NOT_SUPPORTED"),
    ] {
        let e: types::ErrorInfo = serde_json::from_str(body).unwrap();
        assert_eq!((e.status, e.code.as_str()), (status, code));
        assert!(!e.message.is_empty());
    }
}

#[tokio::test]
async fn each_seed_error_code_is_its_own_variant_with_x_correlator() {
    use CreateSessionError as E;
    let cases: [(u16, &str, E); 6] = [
        (
            400,
            SEED_400_INVALID_ARGUMENT,
            E::InvalidArgument(error_info(
                400,
                "INVALID_ARGUMENT",
                "Client specified an invalid argument, request body or query param.",
            )),
        ),
        (
            400,
            SEED_400_OUT_OF_RANGE,
            E::OutOfRange(error_info(400, "OUT_OF_RANGE", "Client specified an invalid range.")),
        ),
        (
            401,
            SEED_401_UNAUTHENTICATED,
            E::Unauthenticated(error_info(
                401,
                "UNAUTHENTICATED",
                "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required.",
            )),
        ),
        (
            403,
            SEED_403_PERMISSION_DENIED,
            E::PermissionDenied(error_info(
                403,
                "PERMISSION_DENIED",
                "Client does not have sufficient permissions to perform this action.",
            )),
        ),
        (
            403,
            SEED_403_INVALID_TOKEN_CONTEXT,
            E::InvalidTokenContext(error_info(
                403,
                "INVALID_TOKEN_CONTEXT",
                "originator info is not consistent with access token.",
            )),
        ),
        (
            501,
            SEED_501_CALLTYPE_EMERGENCY_NOT_SUPPORTED,
            E::CalltypeEmergencyNotSupported(error_info(
                501,
                "CALLTYPE_EMERGENCY_NOT_SUPPORTED",
                "Server does not support call type EMERGENCY.",
            )),
        ),
    ];
    for (status, body, expected) in cases {
        let server = serve(status, body, &[("x-correlator", CORRELATOR)]).await;
        let err = client(&server)
            .create_session(
                CreateSessionRequest::new(REGISTRATION_ID, seed_create_body()).with_x_correlator(CORRELATOR.to_owned()),
            )
            .await
            .expect_err("an error status");
        let Error::Api(api) = err else { panic!("status {status}: expected Error::Api, got {err:?}") };
        assert_eq!(api.status.as_u16(), status);
        assert_eq!(api.header("x-correlator"), Some(CORRELATOR), "status {status}");
        assert_eq!(api.error, expected);
    }
}

#[tokio::test]
async fn create_session_every_documented_status_and_code() {
    use CreateSessionError as E;
    fn body(status: u16, code: &str) -> String {
        format!(r#"{{"status": {status}, "code": "{code}", "message": "m"}}"#)
    }
    let info = |status: u16, code: &str| error_info(i32::from(status), code, "m");
    // Every (status, code) the spec documents for createSession, and one undocumented code per
    // status, which lands in that status's `...Other` variant.
    let cases: Vec<(u16, &str, E)> = vec![
        (400, "INVALID_ARGUMENT", E::InvalidArgument(info(400, "INVALID_ARGUMENT"))),
        (400, "OUT_OF_RANGE", E::OutOfRange(info(400, "OUT_OF_RANGE"))),
        (400, "SOMETHING_NEW", E::BadRequestOther(info(400, "SOMETHING_NEW"))),
        (401, "UNAUTHENTICATED", E::Unauthenticated(info(401, "UNAUTHENTICATED"))),
        (401, "SOMETHING_NEW", E::UnauthorizedOther(info(401, "SOMETHING_NEW"))),
        (403, "PERMISSION_DENIED", E::PermissionDenied(info(403, "PERMISSION_DENIED"))),
        (403, "INVALID_TOKEN_CONTEXT", E::InvalidTokenContext(info(403, "INVALID_TOKEN_CONTEXT"))),
        (403, "SOMETHING_NEW", E::ForbiddenOther(info(403, "SOMETHING_NEW"))),
        (429, "QUOTA_EXCEEDED", E::QuotaExceeded(info(429, "QUOTA_EXCEEDED"))),
        (429, "TOO_MANY_REQUESTS", E::TooManyRequests(info(429, "TOO_MANY_REQUESTS"))),
        (429, "SOMETHING_NEW", E::TooManyRequestsOther(info(429, "SOMETHING_NEW"))),
        (500, "INTERNAL", E::Internal(info(500, "INTERNAL"))),
        (500, "SOMETHING_NEW", E::InternalServerErrorOther(info(500, "SOMETHING_NEW"))),
        (
            501,
            "CALLTYPE_EMERGENCY_NOT_SUPPORTED",
            E::CalltypeEmergencyNotSupported(info(501, "CALLTYPE_EMERGENCY_NOT_SUPPORTED")),
        ),
        (501, "SOMETHING_NEW", E::NotImplementedOther(info(501, "SOMETHING_NEW"))),
        (503, "UNAVAILABLE", E::Unavailable(info(503, "UNAVAILABLE"))),
        (503, "SOMETHING_NEW", E::ServiceUnavailableOther(info(503, "SOMETHING_NEW"))),
        (504, "TIMEOUT", E::Timeout(info(504, "TIMEOUT"))),
        (504, "SOMETHING_NEW", E::GatewayTimeoutOther(info(504, "SOMETHING_NEW"))),
    ];
    for (status, code, expected) in cases {
        let server = serve(status, &body(status, code), &[("x-correlator", CORRELATOR)]).await;
        let err = client(&server)
            .create_session(CreateSessionRequest::new(REGISTRATION_ID, seed_create_body()))
            .await
            .expect_err("an error status");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.api_error(), Some(&expected), "{status} {code}");
        let Error::Api(api) = &err else { unreachable!("api_error() was Some") };
        assert_eq!(api.header("x-correlator"), Some(CORRELATOR));
    }
}

#[tokio::test]
async fn undocumented_status_is_unexpected_with_the_raw_body() {
    let raw = r#"{"status": 418, "code": "TEAPOT", "message": "short and stout"}"#;
    let server = serve(418, raw, &[("x-correlator", CORRELATOR)]).await;
    let err = client(&server)
        .create_session(CreateSessionRequest::new(REGISTRATION_ID, seed_create_body()))
        .await
        .expect_err("418");
    let Error::Api(api) = err else { panic!("expected Error::Api, got {err:?}") };
    assert_eq!(api.header("x-correlator"), Some(CORRELATOR));
    match api.error {
        CreateSessionError::Unexpected { status, body } => {
            assert_eq!(status.as_u16(), 418);
            assert_eq!(body, raw.as_bytes());
        }
        other => panic!("expected Unexpected, got {other:?}"),
    }
}

#[tokio::test]
async fn an_error_body_that_is_not_error_info_is_a_decode_error() {
    let server = serve(400, "<html>Bad Request</html>", &[]).await;
    let err = client(&server)
        .create_session(CreateSessionRequest::new(REGISTRATION_ID, seed_create_body()))
        .await
        .expect_err("400");
    match err {
        Error::Decode(e) => {
            assert_eq!(e.status.as_u16(), 400);
            assert_eq!(e.body, b"<html>Bad Request</html>");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn get_session_details_by_id_percent_encodes_the_id() {
    let server = serve(200, SEED_SESSION, &[("x-correlator", CORRELATOR)]).await;
    let resp = client(&server)
        .get_session_details_by_id(GetSessionDetailsByIdRequest::new("a b/c").with_x_correlator(CORRELATOR.to_owned()))
        .await
        .expect("200");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/webrtc-call-handling/vwip/sessions/a%20b%2Fc");
    assert_eq!(header(&req, "authorization"), format!("Bearer {TOKEN}"));
    assert!(req.headers.get("registrationId").is_none(), "registrationId is a header of createSession only");
    assert_eq!(header(&req, "x-correlator"), CORRELATOR);
    assert!(req.body.is_empty());
    assert_eq!(resp.body, seed_session());
    assert_eq!(resp.header("x-correlator"), Some(CORRELATOR));

    let not_found = r#"{"status": 404, "code": "NOT_FOUND", "message": "The specified resource is not found."}"#;
    let server = serve(404, not_found, &[]).await;
    let err =
        client(&server).get_session_details_by_id(GetSessionDetailsByIdRequest::new("gone")).await.expect_err("404");
    assert_eq!(
        err.api_error(),
        Some(&GetSessionDetailsByIdError::NotFound(error_info(
            404,
            "NOT_FOUND",
            "The specified resource is not found."
        )))
    );
}

#[tokio::test]
async fn delete_session_by_id() {
    let server = serve(204, "", &[("x-correlator", CORRELATOR)]).await;
    let resp =
        client(&server).delete_session_by_id(DeleteSessionByIdRequest::new(MEDIA_SESSION_ID)).await.expect("204");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "DELETE");
    assert_eq!(req.url.path(), format!("/webrtc-call-handling/vwip/sessions/{MEDIA_SESSION_ID}"));
    assert_eq!(header(&req, "authorization"), format!("Bearer {TOKEN}"));
    assert!(req.headers.get("registrationId").is_none(), "registrationId is a header of createSession only");
    assert_eq!(resp.status.as_u16(), 204);
    assert_eq!(resp.header("x-correlator"), Some(CORRELATOR));

    let server = serve(503, r#"{"status": 503, "code": "UNAVAILABLE", "message": "Service unavailable."}"#, &[]).await;
    let err =
        client(&server).delete_session_by_id(DeleteSessionByIdRequest::new(MEDIA_SESSION_ID)).await.expect_err("503");
    assert_eq!(
        err.api_error(),
        Some(&DeleteSessionByIdError::Unavailable(error_info(503, "UNAVAILABLE", "Service unavailable.")))
    );
}

#[tokio::test]
async fn update_session_status_200_and_204() {
    let mut held: serde_json::Value = serde_json::from_str(SEED_SESSION).unwrap();
    held["status"] = "Hold".into();
    let server = serve(200, &held.to_string(), &[]).await;
    let resp = client(&server)
        .update_session_status(UpdateSessionStatusRequest::new(
            MEDIA_SESSION_ID,
            types::MediaSessionStatusChange::new(types::SessionStatus::Hold),
        ))
        .await
        .expect("200");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "PUT");
    assert_eq!(req.url.path(), format!("/webrtc-call-handling/vwip/sessions/{MEDIA_SESSION_ID}/status"));
    assert_eq!(header(&req, "authorization"), format!("Bearer {TOKEN}"));
    assert!(req.headers.get("registrationId").is_none(), "registrationId is a header of createSession only");
    assert_eq!(header(&req, "content-type"), "application/json");
    assert_json_body(&req, r#"{"status": "Hold"}"#);
    let expected = types::MediaSessionResponse { status: types::SessionStatus::Hold, ..seed_session() };
    assert_eq!(resp.body, UpdateSessionStatusResponse::Ok(expected));

    let server = serve(204, "", &[]).await;
    let answer = types::MediaSessionStatusChange {
        answer: Some(types::WrtcSdpDescriptor::new().with_sdp("v=0\r\n")),
        ..types::MediaSessionStatusChange::new(types::SessionStatus::Connected)
    };
    let resp = client(&server)
        .update_session_status(UpdateSessionStatusRequest::new(MEDIA_SESSION_ID, answer))
        .await
        .expect("204");
    assert_json_body(&only_request(&server).await, r#"{"status": "Connected", "answer": {"sdp": "v=0\r\n"}}"#);
    assert_eq!(resp.body, UpdateSessionStatusResponse::NoContent);
}

#[tokio::test]
async fn emergency_call_with_location_is_sent_as_the_spec_names_it() {
    let server = serve(201, SEED_SESSION, &[]).await;
    let location = types::LocationDetails {
        shape: Some(types::LocationDetailsShape::Circle),
        coordinates: Some(types::LocationDetailsCoordinates::CircleCoordinates(types::CircleCoordinates::new(
            41.5, -87.25, 50.0,
        ))),
        method: Some(types::LocationDetailsMethod::DbhHelo),
        confidence: Some(types::LocationDetailsConfidence {
            pdf: Some(types::LocationDetailsConfidencePdf::Normal),
            value: Some(94.97),
        }),
        timestamp: None,
    };
    let body = types::MediaSessionCreate {
        call_type: Some(types::CallType::Emergency),
        location_details: Some(location),
        ..types::MediaSessionCreate::new(
            "tel:+17085852753".to_owned(),
            "urn:service:sos".to_owned(),
            types::WrtcSdpDescriptor::new().with_sdp("v=0\r\n"),
        )
    };
    client(&server).create_session(CreateSessionRequest::new(REGISTRATION_ID, body)).await.expect("201");
    assert_json_body(
        &only_request(&server).await,
        r#"{"originatorAddress": "tel:+17085852753", "receiverAddress": "urn:service:sos",
            "offer": {"sdp": "v=0\r\n"}, "callType": "EMERGENCY",
            "locationDetails": {"shape": "Circle", "coordinates": {"latitude": 41.5, "longitude": -87.25, "radius": 50.0},
                                "method": "DBH_HELO", "confidence": {"pdf": "normal", "value": 94.97}}}"#,
    );
}

/// A token provider that hands out a fresh token per call, as a refreshing provider would.
struct CountingTokens(Arc<AtomicUsize>);

impl TokenProvider for CountingTokens {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<String, BoxError>> + Send + '_>> {
        let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        Box::pin(async move { Ok(format!("token-{n}")) })
    }
}

#[tokio::test]
async fn token_provider_is_asked_before_every_request() {
    let server = serve(204, "", &[]).await;
    let calls = Arc::new(AtomicUsize::new(0));
    let client = Client::builder()
        .base_url(server_url(&server.uri()))
        .token_provider(CountingTokens(calls.clone()))
        .build()
        .unwrap();
    for _ in 0..2 {
        client.delete_session_by_id(DeleteSessionByIdRequest::new("s1")).await.expect("204");
    }
    let requests = server.received_requests().await.unwrap();
    let auth: Vec<_> = requests.iter().map(|r| r.headers.get("authorization").unwrap().to_str().unwrap()).collect();
    assert_eq!(auth, ["Bearer token-1", "Bearer token-2"]);
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn requests_that_cannot_be_sent_safely_never_reach_the_server() {
    let server = serve(201, SEED_SESSION, &[]).await;
    // No credentials for an operation that requires them.
    let anonymous = Client::builder().base_url(server_url(&server.uri())).build().unwrap();
    let err = anonymous
        .create_session(CreateSessionRequest::new(REGISTRATION_ID, seed_create_body()))
        .await
        .expect_err("no credentials");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    // A header value with CR LF (header injection).
    let err = client(&server)
        .create_session(CreateSessionRequest::new("id\r\nx-evil: 1", seed_create_body()))
        .await
        .expect_err("CR LF in a header");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}
