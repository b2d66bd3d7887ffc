// One naming rule for setters: a request's options are set with `with_timeout`, `with_retry`
// and `with_header`, like its fields; the old names do not exist.
use session_apis::zep_sessions::GetSessionRequest;

fn main() {
    let _ = GetSessionRequest::new("s").timeout(std::time::Duration::from_secs(1));
}
