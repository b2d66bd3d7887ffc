//! The example at the top of README.md, kept compiling: if this file changes, change the
//! README's "Using the generated client" section with it.
#![deny(warnings)]

use session_apis::zep_sessions::{AddSessionError, AddSessionRequest, Client, Error, types};

async fn start(api_key: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .api_key(api_key) // sent as `Authorization: Api-Key <key>`
        .timeout(std::time::Duration::from_secs(10))
        .build()?;
    let body = types::CreateSessionRequest::new("session-1", "user-1");
    match client.add_session(AddSessionRequest::new(body)).await {
        Ok(resp) => println!("{} created as {:?}", resp.status, resp.body.uuid),
        Err(Error::Api(e)) => match &e.error {
            AddSessionError::BadRequest(body) => println!("rejected: {:?}", body.message),
            AddSessionError::InternalServerError(_) => println!("server error"),
            AddSessionError::Unexpected { status, .. } => println!("unexpected {status}"),
        },
        Err(other) => return Err(other.into()),
    }
    Ok(())
}

fn main() {
    // Built, not run against a server: the future is created and dropped.
    drop(start("zk_example"));
}
