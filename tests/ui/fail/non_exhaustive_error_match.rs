// Every documented error code is its own variant, so a match that forgets one does not build.
use session_apis::camara_webrtc::CreateSessionError;

fn explain(e: &CreateSessionError) -> &'static str {
    use CreateSessionError as E;
    match e {
        E::InvalidArgument(_) | E::OutOfRange(_) | E::BadRequestOther(_) => "bad request",
        E::Unauthenticated(_) | E::UnauthorizedOther(_) => "log in",
        E::PermissionDenied(_) | E::InvalidTokenContext(_) | E::ForbiddenOther(_) => "forbidden",
        E::QuotaExceeded(_) | E::TooManyRequests(_) | E::TooManyRequestsOther(_) => "slow down",
        E::Internal(_) | E::InternalServerErrorOther(_) => "server",
        E::NotImplementedOther(_) => "not implemented",
        E::Unavailable(_) | E::ServiceUnavailableOther(_) => "unavailable",
        E::Timeout(_) | E::GatewayTimeoutOther(_) => "timeout",
        E::Unexpected { .. } => "unexpected",
        // CalltypeEmergencyNotSupported forgotten.
    }
}

fn main() {
    let _ = explain;
}
