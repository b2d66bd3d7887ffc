// A required header parameter (CAMARA `registrationId`) and a required body (Zep addSession)
// must be given: in a struct literal and in `new`.
use session_apis::{camara_webrtc as camara, zep_sessions as zep};

fn body() -> camara::types::MediaSessionCreate {
    camara::types::MediaSessionCreate::new(
        "tel:+17085852753".to_owned(),
        "tel:+17085854000".to_owned(),
        camara::types::WrtcSdpDescriptor::new().with_sdp("v=0\r\n"),
    )
}

fn main() {
    // No `registration_id`.
    let _ = camara::CreateSessionRequest {
        x_correlator: None,
        body: body(),
        options: Default::default(),
    };
    let _ = zep::AddSessionRequest::new();
}
