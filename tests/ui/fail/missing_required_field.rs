// Required body fields cannot be left out: neither in a struct literal nor in `new`.
use session_apis::{camara_webrtc as camara, zep_sessions as zep};

fn main() {
    // `user_id` is required by the spec.
    let _ = zep::types::CreateSessionRequest {
        session_id: "session_id".to_owned(),
        metadata: None,
        fact_rating_instruction: None,
    };
    // `offer` is required on create.
    let _ = camara::types::MediaSessionCreate::new(
        "tel:+17085852753".to_owned(),
        "tel:+17085854000".to_owned(),
    );
}
