//! A user of the Bandwidth WebRTC client: every operation, through `Client` and through
//! code generic over `impl BandwidthWebrtcApi`, with every error variant matched by name.
#![deny(warnings)]

use session_apis::bandwidth_webrtc::{
    AddParticipantToSessionRequest, BandwidthWebrtcApi, Client, CreateParticipantRequest,
    CreateSessionError, CreateSessionRequest, DeleteParticipantRequest, DeleteSessionRequest, Error,
    GetParticipantRequest, GetParticipantSubscriptionsRequest, GetParticipantSubscriptionsResponse,
    GetSessionError, GetSessionRequest, ListSessionParticipantsRequest,
    ListSessionParticipantsResponse, RemoveParticipantFromSessionRequest, RetryPolicy,
    UpdateParticipantSubscriptionsRequest, types,
};
use std::time::Duration;

/// Application code written against the trait, so that tests can pass a fake.
async fn start_session(
    api: &impl BandwidthWebrtcApi,
    account: &str,
    tag: &str,
) -> Result<String, String> {
    let body = types::Session {
        tag: Some(tag.to_owned()),
        ..Default::default()
    };
    match api
        .create_session(CreateSessionRequest::new(account).with_body(body))
        .await
    {
        Ok(resp) => Ok(resp.body.id.unwrap_or_default()),
        // No `_` arm: a new documented status in the spec is a compile error here.
        Err(Error::Api(e)) => Err(match e.error {
            CreateSessionError::BadRequest(b) => format!("400 {:?} {:?}", b.error, b.request_id),
            CreateSessionError::Unauthorized(b) => format!("401 {:?}", b.message),
            CreateSessionError::Forbidden(b) => format!("403 {:?}", b.message),
            CreateSessionError::ServerError(b) => {
                format!("{} {:?} {:?}", e.status, b.error, b.request_id)
            }
            CreateSessionError::Unexpected { status, body } => {
                format!("{status} {} bytes", body.len())
            }
        }),
        Err(Error::Decode(e)) => Err(format!("{} {} {:?}", e.status, e.message, e.body)),
        Err(Error::Transport(e)) => Err(format!(
            "timed out: {} after {} attempts",
            e.timed_out, e.attempts
        )),
        Err(Error::InvalidRequest(m)) => Err(m),
    }
}

fn describe_get_error(e: &GetSessionError) -> String {
    match e {
        GetSessionError::BadRequest(b) => format!("{:?}", b.error),
        GetSessionError::Unauthorized(b) | GetSessionError::Forbidden(b) => {
            format!("{:?}", b.message)
        }
        GetSessionError::NotFound(b) | GetSessionError::ServerError(b) => {
            format!("{:?}", b.request_id)
        }
        GetSessionError::Unexpected { status, .. } => status.to_string(),
    }
}

/// Every operation, through the trait.
async fn every_operation(
    api: &impl BandwidthWebrtcApi,
) -> Result<usize, Box<dyn std::error::Error + Send + Sync>> {
    let session = api
        .create_session(CreateSessionRequest::new("9900000"))
        .await?
        .into_body();
    let id = session.id.unwrap_or_default();
    let fetched = api
        .get_session(GetSessionRequest::new("9900000", &id))
        .await;
    if let Err(e) = &fetched {
        if let Some(api_error) = e.api_error() {
            println!("{}", describe_get_error(api_error));
        }
    }
    let participant = types::CreateParticipantRequest::new()
        .with_publish_permissions(vec![
            types::PublishPermission::Audio,
            types::PublishPermission::Video,
        ])
        .with_device_api_version(types::DeviceApiVersion::V3)
        .with_callback_url("https://example.com/cb");
    let created = api
        .create_participant(CreateParticipantRequest::new("9900000", participant))
        .await?;
    let token: Option<String> = created.body.token;
    let participant_id = created
        .body
        .participant
        .and_then(|p| p.id)
        .unwrap_or_default();
    let subscriptions = types::Subscriptions {
        session_id: Some(id.clone()),
        participants: Some(vec![types::ParticipantSubscription::new(&participant_id)]),
    };
    api.add_participant_to_session(
        AddParticipantToSessionRequest::new("9900000", &id, &participant_id)
            .with_body(subscriptions),
    )
    .await?;
    let listed = api
        .list_session_participants(ListSessionParticipantsRequest::new("9900000", &id))
        .await?;
    let count = match listed.body {
        ListSessionParticipantsResponse::Ok(list) => list.len(),
        ListSessionParticipantsResponse::NoContent => 0,
    };
    api.remove_participant_from_session(RemoveParticipantFromSessionRequest::new(
        "9900000",
        &id,
        &participant_id,
    ))
    .await?;
    let subscribed = api
        .get_participant_subscriptions(GetParticipantSubscriptionsRequest::new(
            "9900000",
            &id,
            &participant_id,
        ))
        .await?;
    if let GetParticipantSubscriptionsResponse::Ok(current) = subscribed.body {
        api.update_participant_subscriptions(UpdateParticipantSubscriptionsRequest::new(
            "9900000",
            &id,
            &participant_id,
            current,
        ))
        .await?;
    }
    let fetched: types::Participant = api
        .get_participant(GetParticipantRequest::new("9900000", &participant_id))
        .await?
        .into_body();
    println!("{:?}", fetched.sessions);
    api.delete_participant(DeleteParticipantRequest::new("9900000", &participant_id))
        .await?;
    let deleted: session_apis::bandwidth_webrtc::Response<()> = api
        .delete_session(DeleteSessionRequest::new("9900000", &id))
        .await?;
    println!("{} {:?}", deleted.status, token);
    Ok(count)
}

/// The same calls on `Client` itself, with per-request options.
async fn with_client(client: &Client) -> Option<String> {
    let request = GetSessionRequest::new("9900000", "sess-1")
        .timeout(Duration::from_secs(5))
        .retry(RetryPolicy {
            max_retries: 1,
            ..RetryPolicy::default()
        })
        .header("x-request-id", "42");
    let resp = client.get_session(request).await.ok()?;
    println!("{} {:?}", resp.status, resp.header("content-type"));
    resp.body.tag
}

/// The futures are `Send`, so users can spawn them.
fn spawnable<F: std::future::Future + Send>(future: F) -> F {
    future
}

fn main() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9/v1")
        .basic_auth("api-user", "password")
        .timeout(Duration::from_secs(1))
        .retry(RetryPolicy::none())
        .build()
        .expect("loopback http is allowed");
    assert_eq!(client.base_url(), "http://127.0.0.1:9/v1");
    // Built, not polled: this file checks that user code type-checks, not the network.
    let _ = spawnable(start_session(&client, "9900000", "tag"));
    let _ = spawnable(every_operation(&client));
    let _ = spawnable(with_client(&client));
    assert_eq!(
        session_apis::bandwidth_webrtc::DEFAULT_BASE_URL,
        "https://api.webrtc.bandwidth.com/v1"
    );
}
