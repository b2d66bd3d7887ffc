// Only the spec's enum values exist as variants (unknown values are kept at run time in
// `Unknown(String)`, but cannot be written as if they were documented).
use session_apis::{bandwidth_webrtc as bw, camara_webrtc as camara};

fn main() {
    let _ = camara::types::CallType::Urgent;
    let _ = vec![bw::types::PublishPermission::Screen];
}
