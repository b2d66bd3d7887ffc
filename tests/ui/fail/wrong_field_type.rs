// Field types follow the spec: Zep's session `id` is an integer, CAMARA coordinates are numbers.
use session_apis::{camara_webrtc as camara, zep_sessions as zep};

fn main() {
    let _ = zep::types::Session {
        id: Some("1".to_owned()),
        ..Default::default()
    };
    let _ = camara::types::CircleCoordinates::new("41.8781", -87.6298, 50.0);
}
