//! A user who imports everything of an API and everything of its types at once: no name is
//! ambiguous, and each means what it says (the client's `Error` is not a schema, Zep's
//! `ApiError` schema is the 400 body, Bandwidth's `Error` schema is `Error2` and the request
//! of `createParticipant` is `CreateParticipantCall`, because the spec has a schema
//! `CreateParticipantRequest`).
#![deny(warnings)]

mod zep {
    use session_apis::zep_sessions::types::*;
    use session_apis::zep_sessions::*;

    pub fn rejected(e: Error<AddSessionError>) -> Option<ApiError> {
        match e {
            Error::Api { error: AddSessionError::BadRequest(body), .. } => Some(body),
            _ => None,
        }
    }

    pub fn request() -> AddSessionRequest {
        let body: CreateSessionRequest = CreateSessionRequest::new("s", "u");
        AddSessionRequest::new(body)
    }

    pub fn session(r: Response<Session>) -> Option<String> {
        r.body.session_id
    }

    pub fn client() -> Result<Client, BuildError> {
        Client::builder().api_key("k").build()
    }
}

mod bandwidth {
    use session_apis::bandwidth_webrtc::types::*;
    use session_apis::bandwidth_webrtc::*;

    pub fn call() -> CreateParticipantCall {
        let body: CreateParticipantRequest = CreateParticipantRequest::new().with_tag("t");
        CreateParticipantCall::new("acct", body)
    }

    pub fn not_found(e: &Error<GetSessionError>) -> Option<&Error2> {
        match e {
            Error::Api { error: GetSessionError::NotFound(body), .. } => Some(body),
            _ => None,
        }
    }
}

mod camara {
    use session_apis::camara_webrtc::types::*;
    use session_apis::camara_webrtc::*;

    pub fn code(e: &Error<GetSessionDetailsByIdError>) -> Option<&ErrorInfo> {
        match e {
            Error::Api { error: GetSessionDetailsByIdError::IdentifierNotFound(info), .. } => Some(info),
            _ => None,
        }
    }
}

fn main() {
    assert!(zep::rejected(session_apis::zep_sessions::Error::InvalidRequest("x".into())).is_none());
    assert_eq!(zep::request().body.user_id, "u");
    assert!(zep::client().is_ok());
    assert_eq!(bandwidth::call().body.tag.as_deref(), Some("t"));
    let missing = session_apis::bandwidth_webrtc::Error::api(
        session_apis::runtime::StatusCode::NOT_FOUND,
        session_apis::bandwidth_webrtc::GetSessionError::NotFound(Default::default()),
    );
    assert!(bandwidth::not_found(&missing).is_some());
    let _ = zep::session;
    let _ = camara::code;
}
