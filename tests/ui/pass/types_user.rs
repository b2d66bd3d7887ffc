//! A user building the generated types by hand: struct literals naming every field (so the
//! field names and types are what the spec says), enums with their wire names, and the
//! errors as standard error trait objects. This `main` runs.
#![deny(warnings)]

use session_apis::{bandwidth_webrtc as bw, camara_webrtc as camara, zep_sessions as zep};

fn camara_body() -> camara::types::MediaSessionCreate {
    camara::types::MediaSessionCreate {
        originator_address: "tel:+17085852753".to_owned(),
        originator_name: None,
        receiver_address: "sip:anonymous@anonymous.invalid".to_owned(),
        receiver_name: Some("Bob".to_owned()),
        status: None,
        offer: camara::types::WrtcSdpDescriptor {
            sdp: Some("v=0\r\n".to_owned()),
        },
        answer: None,
        call_type: Some(camara::types::CallType::Regular),
        location_details: Some(camara::types::LocationDetails {
            shape: Some(camara::types::LocationDetailsShape::Circle),
            coordinates: Some(camara::types::LocationDetailsCoordinates::CircleCoordinates(
                camara::types::CircleCoordinates {
                    latitude: 41.5,
                    longitude: -87.5,
                    radius: 50.0,
                },
            )),
            method: Some(camara::types::LocationDetailsMethod::Other),
            confidence: None,
            timestamp: None,
        }),
    }
}

fn zep_body() -> zep::types::CreateSessionRequest {
    zep::types::CreateSessionRequest {
        session_id: "session_id".to_owned(),
        user_id: "user_id".to_owned(),
        metadata: None,
        fact_rating_instruction: None,
    }
}

fn bandwidth_body() -> bw::types::Session {
    bw::types::Session {
        id: None,
        tag: Some("t".to_owned()),
        participants: Some(vec!["p1".to_owned()]),
    }
}

/// Errors convert into the usual boxed error with `?`.
fn boxed(
    e: zep::Error<zep::AddSessionError>,
) -> Result<(), Box<dyn std::error::Error + Send + Sync + 'static>> {
    Err(e)?
}

fn main() {
    let json = serde_json::to_value(camara_body()).expect("serializes");
    assert_eq!(json["callType"], "REGULAR");
    assert_eq!(json["locationDetails"]["method"], "Other");
    assert!(
        json.get("status").is_none(),
        "unset optional fields are not sent"
    );
    assert_eq!(
        serde_json::to_value(zep_body()).expect("serializes"),
        serde_json::json!({"session_id": "session_id", "user_id": "user_id"})
    );
    assert_eq!(
        serde_json::to_value(bandwidth_body()).expect("serializes")["participants"][0],
        "p1"
    );

    // Enums: wire names both ways, unknown values kept.
    assert_eq!(camara::types::SessionStatus::NoAnswer.as_str(), "NoAnswer");
    assert_eq!(
        camara::types::SessionStatus::from("Busy"),
        camara::types::SessionStatus::Busy
    );
    assert_eq!(
        camara::types::CallType::from("URGENT"),
        camara::types::CallType::Unknown("URGENT".to_owned())
    );
    assert_eq!(bw::types::PublishPermission::Video.to_string(), "VIDEO");

    // Typed errors are `std::error::Error` with a readable `Display`.
    let e = camara::CreateSessionError::OutOfRange(camara::types::ErrorInfo::new(
        400,
        "OUT_OF_RANGE",
        "m",
    ));
    let as_std: &dyn std::error::Error = &e;
    assert_eq!(as_std.to_string(), "400 OUT_OF_RANGE");
    let invalid: zep::Error<zep::AddSessionError> = zep::Error::InvalidRequest("no key".to_owned());
    assert_eq!(invalid.status(), None);
    assert!(
        boxed(invalid)
            .expect_err("an error")
            .to_string()
            .contains("no key")
    );
}
