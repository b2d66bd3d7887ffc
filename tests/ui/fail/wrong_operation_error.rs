// Each operation has its own error enum: a variant of another operation's errors cannot be
// matched against this one's result.
use session_apis::zep_sessions::{AddSessionError, Error, GetSessionError};

fn main() {
    let e: Error<AddSessionError> = Error::InvalidRequest(String::new());
    match e {
        Error::Api { error: GetSessionError::NotFound(_), .. } => {}
        _ => {}
    }
}
