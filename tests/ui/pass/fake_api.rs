//! A user's own fake of `ZepSessionsApi`, standing in for the real client in the user's
//! tests: application code generic over the trait runs against it (this `main` runs).
#![deny(warnings)]

use session_apis::runtime::{HeaderMap, StatusCode};
use session_apis::zep_sessions::{
    AddSessionError, AddSessionRequest, DeleteSessionMemoryError,
    DeleteSessionMemoryRequest, EndSessionError, EndSessionRequest, Error, GetSessionError,
    GetSessionRequest, ListSessionsOrderedError, ListSessionsOrderedRequest, Response,
    UpdateSessionCall, UpdateSessionError, ZepSessionsApi, types,
};
use std::sync::Mutex;

/// Remembers sessions in memory; refuses duplicates with the API's own 400.
#[derive(Default)]
struct FakeZep {
    sessions: Mutex<Vec<types::Session>>,
}

fn ok<T>(status: u16, body: T) -> Response<T> {
    Response {
        status: StatusCode::from_u16(status).expect("valid status"),
        headers: HeaderMap::new(),
        body,
    }
}

fn api_error<E>(status: u16, error: E) -> Error<E> {
    Error::api(StatusCode::from_u16(status).expect("valid status"), error)
}

fn not_found() -> types::ApiError {
    types::ApiError {
        message: Some("not found".to_owned()),
    }
}

impl FakeZep {
    fn find(&self, id: &str) -> Option<types::Session> {
        self.sessions
            .lock()
            .unwrap()
            .iter()
            .find(|s| s.session_id.as_deref() == Some(id))
            .cloned()
    }
}

impl ZepSessionsApi for FakeZep {
    async fn add_session(
        &self,
        request: AddSessionRequest,
    ) -> Result<Response<types::Session>, Error<AddSessionError>> {
        if self.find(&request.body.session_id).is_some() {
            let body = types::ApiError {
                message: Some("session already exists".to_owned()),
            };
            return Err(api_error(400, AddSessionError::BadRequest(body)));
        }
        let session = types::Session {
            session_id: Some(request.body.session_id),
            user_id: Some(request.body.user_id),
            metadata: request.body.metadata,
            ..types::Session::new()
        };
        self.sessions.lock().unwrap().push(session.clone());
        Ok(ok(201, session))
    }

    async fn get_session(
        &self,
        request: GetSessionRequest,
    ) -> Result<Response<types::Session>, Error<GetSessionError>> {
        match self.find(&request.session_id) {
            Some(s) => Ok(ok(200, s)),
            None => Err(api_error(404, GetSessionError::NotFound(not_found()))),
        }
    }

    async fn update_session(
        &self,
        request: UpdateSessionCall,
    ) -> Result<Response<types::Session>, Error<UpdateSessionError>> {
        let mut sessions = self.sessions.lock().unwrap();
        match sessions
            .iter_mut()
            .find(|s| s.session_id.as_deref() == Some(request.session_id.as_str()))
        {
            Some(s) => {
                s.metadata = Some(request.body.metadata);
                Ok(ok(200, s.clone()))
            }
            None => Err(api_error(404, UpdateSessionError::NotFound(not_found()))),
        }
    }

    async fn list_sessions_ordered(
        &self,
        request: ListSessionsOrderedRequest,
    ) -> Result<Response<types::SessionListResponse>, Error<ListSessionsOrderedError>> {
        let all = self.sessions.lock().unwrap().clone();
        let size = request.page_size.unwrap_or(10).max(1) as usize;
        let page: Vec<_> = all.iter().take(size).cloned().collect();
        Ok(ok(
            200,
            types::SessionListResponse {
                response_count: Some(page.len() as i64),
                total_count: Some(all.len() as i64),
                sessions: Some(page),
            },
        ))
    }

    async fn end_session(
        &self,
        request: EndSessionRequest,
    ) -> Result<Response<types::EndSessionResponse>, Error<EndSessionError>> {
        match self.find(&request.session_id) {
            Some(s) => Ok(ok(
                200,
                types::EndSessionResponse {
                    session: Some(s),
                    classification: None,
                },
            )),
            None => Err(api_error(404, EndSessionError::NotFound(not_found()))),
        }
    }

    async fn delete_session_memory(
        &self,
        request: DeleteSessionMemoryRequest,
    ) -> Result<Response<types::SuccessResponse>, Error<DeleteSessionMemoryError>> {
        match self.find(&request.session_id) {
            Some(_) => Ok(ok(
                200,
                types::SuccessResponse {
                    message: Some("Deleted".to_owned()),
                },
            )),
            None => Err(api_error(
                404,
                DeleteSessionMemoryError::NotFound(not_found()),
            )),
        }
    }
}

/// Application code, written against the trait: opens a session unless it exists.
async fn ensure_session(
    api: &impl ZepSessionsApi,
    session_id: &str,
    user_id: &str,
) -> Result<bool, String> {
    match api
        .add_session(AddSessionRequest::new(types::CreateSessionRequest::new(
            session_id, user_id,
        )))
        .await
    {
        Ok(_) => Ok(true),
        Err(Error::Api { error: AddSessionError::BadRequest(_), .. }) => Ok(false),
        Err(Error::Api { error: AddSessionError::InternalServerError(b), .. }) => Err(format!("{:?}", b.message)),
        Err(e @ Error::Api { .. }) => Err(e.to_string()),
        Err(other) => Err(other.to_string()),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let fake = FakeZep::default();
    assert_eq!(ensure_session(&fake, "s-1", "u-1").await, Ok(true));
    assert_eq!(ensure_session(&fake, "s-1", "u-1").await, Ok(false));
    assert_eq!(ensure_session(&fake, "s-2", "u-1").await, Ok(true));

    let got = fake
        .get_session(GetSessionRequest::new("s-1"))
        .await
        .expect("exists");
    assert_eq!(got.status.as_u16(), 200);
    assert_eq!(got.body.user_id.as_deref(), Some("u-1"));
    let missing = fake
        .get_session(GetSessionRequest::new("nope"))
        .await
        .expect_err("missing");
    assert_eq!(missing.status().map(|s| s.as_u16()), Some(404));
    assert!(matches!(
        missing.api_error(),
        Some(GetSessionError::NotFound(_))
    ));

    let metadata = serde_json::json!({"k": 1}).as_object().cloned().unwrap();
    let updated = fake
        .update_session(UpdateSessionCall::new(
            "s-2",
            types::UpdateSessionRequest::new(metadata.clone()),
        ))
        .await;
    assert_eq!(updated.expect("exists").body.metadata, Some(metadata));
    let page = fake
        .list_sessions_ordered(ListSessionsOrderedRequest::new().with_page_size(1))
        .await
        .expect("list");
    assert_eq!(
        (page.body.response_count, page.body.total_count),
        (Some(1), Some(2))
    );
    assert!(
        fake.end_session(EndSessionRequest::new("s-1"))
            .await
            .is_ok()
    );
    assert!(
        fake.delete_session_memory(DeleteSessionMemoryRequest::new("zzz"))
            .await
            .is_err()
    );
}
