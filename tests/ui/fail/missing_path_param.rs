// Path parameters are required arguments: a request without them does not build.
use session_apis::{bandwidth_webrtc as bw, zep_sessions as zep};

fn main() {
    // Bandwidth's getSession needs `accountId` and `sessionId`.
    let _ = bw::GetSessionRequest::new();
    let _ = bw::GetSessionRequest::new("9900000");
    // Zep's getSession needs `sessionId`, in a struct literal too.
    let _ = zep::GetSessionRequest {
        options: Default::default(),
    };
}
