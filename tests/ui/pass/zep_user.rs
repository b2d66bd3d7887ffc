//! A user of the Zep sessions client: every operation, through `Client` and through code
//! generic over `impl ZepSessionsApi`, with every error variant of two operations matched by
//! name and the request options used.
#![deny(warnings)]

use session_apis::zep_sessions::{
    AddSessionError, AddSessionRequest, Client, DeleteSessionMemoryRequest, EndSessionRequest,
    Error, GetSessionRequest, ListSessionsOrderedRequest, RetryPolicy, UpdateSessionCall,
    UpdateSessionError, ZepSessionsApi, types,
};
use std::time::Duration;

/// No `_` arms: a new documented status is a compile error here.
fn explain_add(e: &AddSessionError) -> String {
    match e {
        AddSessionError::BadRequest(body) => format!("rejected: {:?}", body.message),
        AddSessionError::InternalServerError(body) => format!("server: {:?}", body.message),
        AddSessionError::Unexpected { status, body } => format!("{status} ({} bytes)", body.len()),
    }
}

fn explain_update(e: &UpdateSessionError) -> String {
    match e {
        UpdateSessionError::BadRequest(b) => format!("400 {:?}", b.message),
        UpdateSessionError::NotFound(b) => format!("404 {:?}", b.message),
        UpdateSessionError::Conflict(b) => format!("409 {:?}", b.message),
        UpdateSessionError::InternalServerError(b) => format!("500 {:?}", b.message),
        UpdateSessionError::Unexpected { status, .. } => status.to_string(),
    }
}

/// Application code written against the trait.
async fn open_session(api: &impl ZepSessionsApi, user: &str) -> Result<String, String> {
    // Body types have the shape requests have: required fields in `new`, setters for the rest.
    let body = types::CreateSessionRequest::new(format!("{user}-chat"), user)
        .with_metadata(serde_json::json!({"channel": "web"}).as_object().cloned().unwrap())
        .with_fact_rating_instruction(
            types::FactRatingInstruction::new()
                .with_instruction("Rate by relevance")
                .with_examples(types::FactRatingExamples::new().with_high("h")),
        );
    let request = AddSessionRequest::new(body)
        .with_timeout(Duration::from_secs(10))
        .with_retry(RetryPolicy::none())
        .with_header("x-trace", "abc");
    match api.add_session(request).await {
        Ok(resp) => Ok(resp.body.uuid.unwrap_or_default()),
        // One arm reaches a typed body.
        Err(Error::Api { error: AddSessionError::BadRequest(body), .. }) => {
            Err(format!("rejected: {:?}", body.message))
        }
        Err(Error::Api { error, status, .. }) => Err(format!("{status}: {}", explain_add(&error))),
        Err(Error::Decode(e)) => Err(e.message),
        Err(Error::Transport(e)) => Err(e.source.to_string()),
        Err(Error::InvalidRequest(m)) => Err(m),
    }
}

/// The other operations, through the trait.
async fn tidy_up(
    api: &impl ZepSessionsApi,
    session_id: &str,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let session: types::Session = api
        .get_session(GetSessionRequest::new(session_id))
        .await?
        .body;
    let mut metadata = session.metadata.unwrap_or_default();
    metadata.insert("archived".to_owned(), serde_json::Value::Bool(true));
    if let Err(e) = api
        .update_session(UpdateSessionCall::new(
            session_id,
            types::UpdateSessionRequest::new(metadata),
        ))
        .await
    {
        match e.api_error() {
            Some(api_error) => println!("{}", explain_update(api_error)),
            None => return Err(e.into()),
        }
    }
    let page = api
        .list_sessions_ordered(
            ListSessionsOrderedRequest::new()
                .with_page_number(1)
                .with_page_size(20)
                .with_order_by("created_at")
                .with_asc(true),
        )
        .await?;
    println!(
        "{:?} of {:?}",
        page.body.response_count, page.body.total_count
    );
    let ended: types::EndSessionResponse = api
        .end_session(EndSessionRequest::new(session_id))
        .await?
        .into_body();
    println!("{:?}", ended.classification.and_then(|c| c.label));
    let deleted = api
        .delete_session_memory(DeleteSessionMemoryRequest::new(session_id))
        .await?;
    println!("{:?}", deleted.body.message);
    Ok(())
}

fn spawnable<F: std::future::Future + Send>(future: F) -> F {
    future
}

fn main() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9/api/v2")
        .api_key("z_key")
        .timeout(Duration::from_secs(1))
        .build()
        .expect("loopback http is allowed");
    let other = Client::builder()
        .api_key_with_prefix("key", "Bearer ")
        .build()
        .expect("https default");
    assert_eq!(
        other.base_url(),
        session_apis::zep_sessions::DEFAULT_BASE_URL
    );
    let _ = spawnable(open_session(&client, "user-1"));
    let _ = spawnable(tidy_up(&client, "user-1-chat"));
    // Directly on the client.
    let _ = spawnable(client.list_sessions_ordered(ListSessionsOrderedRequest::default()));
}
