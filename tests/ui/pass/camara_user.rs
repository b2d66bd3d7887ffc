//! A user of the CAMARA WebRTC client: every operation, through `Client` and through code
//! generic over `impl CamaraWebrtcApi`; every createSession error variant (one per
//! documented `code`) matched by name; `x-correlator` read from responses and errors.
#![deny(warnings)]

use session_apis::camara_webrtc::{
    CamaraWebrtcApi, Client, CreateSessionError, CreateSessionRequest, DeleteSessionByIdRequest, Error,
    GetSessionDetailsByIdRequest, UpdateSessionStatusError, UpdateSessionStatusRequest,
    UpdateSessionStatusResponse, server_url, types,
};
use session_apis::runtime::{BoxError, TokenProvider};
use std::future::Future;
use std::pin::Pin;

/// What the user interface shows for each documented error. No `_` arm: a new code in the
/// spec is a compile error here.
fn explain(e: &CreateSessionError) -> String {
    use CreateSessionError as E;
    match e {
        E::InvalidArgument(info) => format!("invalid argument: {}", info.message),
        E::OutOfRange(info) => format!("out of range: {}", info.message),
        E::BadRequestOther(info) => format!("bad request {}: {}", info.code, info.message),
        E::Unauthenticated(info) => format!("log in again: {}", info.message),
        E::UnauthorizedOther(info) => format!("unauthorized {}", info.code),
        E::PermissionDenied(info) => format!("not allowed: {}", info.message),
        E::InvalidTokenContext(info) => format!("wrong originator: {}", info.message),
        E::ForbiddenOther(info) => format!("forbidden {}", info.code),
        E::QuotaExceeded(info) => format!("quota: {}", info.message),
        E::TooManyRequests(info) => format!("slow down: {}", info.message),
        E::TooManyRequestsOther(info) => format!("429 {}", info.code),
        E::Internal(info) => format!("server: {}", info.message),
        E::InternalServerErrorOther(info) => format!("500 {}", info.code),
        E::CalltypeEmergencyNotSupported(info) => {
            format!("no emergency calls here: {}", info.message)
        }
        E::NotImplementedOther(info) => format!("501 {}", info.code),
        E::Unavailable(info) => format!("unavailable: {}", info.message),
        E::ServiceUnavailableOther(info) => format!("503 {}", info.code),
        E::Timeout(info) => format!("timeout: {}", info.message),
        E::GatewayTimeoutOther(info) => format!("504 {}", info.code),
        E::Unexpected { status, body } => format!("{status}: {}", String::from_utf8_lossy(body)),
    }
}

fn emergency_call(sdp: &str) -> types::MediaSessionCreate {
    let location = types::LocationDetails {
        shape: Some(types::LocationDetailsShape::Ellipsoid),
        coordinates: Some(types::LocationDetailsCoordinates::EllipsoidCoordinates(
            types::EllipsoidCoordinates::new(41.8781, -87.6298, 180.5, 60.0, 30.0, 10.0, 45.0),
        )),
        method: Some(types::LocationDetailsMethod::Gps),
        confidence: Some(types::LocationDetailsConfidence {
            pdf: Some(types::LocationDetailsConfidencePdf::Uniform),
            value: Some(80.5),
        }),
        // The field's type (a chrono UTC time) is inferred; users need not name it.
        timestamp: serde_json::from_str("\"2024-05-01T12:30:00Z\"").ok(),
    };
    types::MediaSessionCreate {
        call_type: Some(types::CallType::Emergency),
        location_details: Some(location),
        originator_name: Some("Alice".to_owned()),
        ..types::MediaSessionCreate::new(
            "tel:+17085852753".to_owned(),
            "urn:service:sos".to_owned(),
            types::WrtcSdpDescriptor::new().with_sdp(sdp),
        )
    }
}

/// Application code written against the trait.
async fn call(api: &impl CamaraWebrtcApi, registration_id: &str) -> Result<String, String> {
    let request = CreateSessionRequest::new(registration_id, emergency_call("v=0\r\n"))
        .with_x_correlator("b4333c46-49c0-4f62-80d7-f0ef930f1c46".to_owned());
    match api.create_session(request).await {
        Ok(resp) => {
            let echoed: Option<&str> = resp.header("x-correlator");
            println!("{echoed:?} {}", resp.body.status);
            Ok(resp.body.media_session_id)
        }
        Err(Error::Api(e)) => {
            let echoed: Option<&str> = e.header("x-correlator");
            Err(format!("{} {echoed:?} {}", e.status, explain(&e.error)))
        }
        Err(other) => Err(other.to_string()),
    }
}

/// The remaining operations, through the trait.
async fn follow_up(api: &impl CamaraWebrtcApi, id: &str) -> Result<(), Box<dyn std::error::Error>> {
    let info = api.get_session_details_by_id(GetSessionDetailsByIdRequest::new(id)).await?;
    let status: types::SessionStatus = info.body.status;
    let change = types::MediaSessionStatusChange {
        answer: info.body.answer,
        ..types::MediaSessionStatusChange::new(match status {
            types::SessionStatus::Hold => types::SessionStatus::Resume,
            _ => types::SessionStatus::Hold,
        })
    };
    match api
        .update_session_status(UpdateSessionStatusRequest::new(id, change))
        .await
    {
        Ok(resp) => match resp.body {
            UpdateSessionStatusResponse::Ok(session) => println!("now {}", session.status),
            UpdateSessionStatusResponse::NoContent => println!("changed"),
        },
        Err(Error::Api(e)) if matches!(e.error, UpdateSessionStatusError::NotFound(_)) => {
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    }
    api.delete_session_by_id(DeleteSessionByIdRequest::new(id).with_x_correlator("c-1".to_owned()))
        .await?;
    Ok(())
}

/// Tokens from the user's own OAuth code.
struct MyTokens;
impl TokenProvider for MyTokens {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<String, BoxError>> + Send + '_>> {
        Box::pin(async { Ok("fresh-token".to_owned()) })
    }
}

fn spawnable<F: Future + Send>(future: F) -> F {
    future
}

fn main() {
    let base = server_url("http://127.0.0.1:9");
    assert_eq!(base, "http://127.0.0.1:9/webrtc-call-handling/vwip");
    let with_token = Client::builder()
        .base_url(&base)
        .bearer_token("t")
        .build()
        .expect("loopback");
    let with_provider = Client::builder()
        .base_url(&base)
        .token_provider(MyTokens)
        .build()
        .expect("loopback");
    let _ = spawnable(call(&with_token, "7c2a9f3e"));
    let _ = follow_up(&with_provider, "id");
    // Directly on the client.
    let _ = spawnable(
        with_token.get_session_details_by_id(GetSessionDetailsByIdRequest::new("id")),
    );
    assert_eq!(
        session_apis::camara_webrtc::SERVERS,
        ["{apiRoot}/webrtc-call-handling/vwip"]
    );
    assert!(
        explain(&CreateSessionError::CalltypeEmergencyNotSupported(
            types::ErrorInfo::new(
                501,
                "CALLTYPE_EMERGENCY_NOT_SUPPORTED",
                "Server does not support call type EMERGENCY."
            )
        ))
        .starts_with("no emergency calls here")
    );
}
