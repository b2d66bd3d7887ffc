// @generated from specs/zep_sessions.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Request and response types: one per schema of the spec.
/// The body of addSession.
///
/// Example: `{"session_id":"session_id","user_id":"user_id"}`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateSessionRequest {
    /// The unique identifier of the session, chosen by the caller.
    ///
    /// Example: `"session_id"`.
    pub session_id: String,
    /// The unique identifier of the user the session belongs to.
    ///
    /// Example: `"user_id"`.
    pub user_id: String,
    /// Deprecated. Arbitrary metadata of the session.
    ///
    /// **Deprecated** in the spec.
    /// Example: `{"channel":"web"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::serde_json::Map<String, ::serde_json::Value>>,
    /// Deprecated. Instruction for rating facts extracted from the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact_rating_instruction: Option<FactRatingInstruction>,
}
impl CreateSessionRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(session_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        CreateSessionRequest {
            session_id: session_id.into(),
            user_id: user_id.into(),
            metadata: None,
            fact_rating_instruction: None,
        }
    }
    /// Sets `metadata`.
    pub fn with_metadata(
        mut self,
        value: ::serde_json::Map<String, ::serde_json::Value>,
    ) -> Self {
        self.metadata = Some(value);
        self
    }
    /// Sets `fact_rating_instruction`.
    pub fn with_fact_rating_instruction(mut self, value: FactRatingInstruction) -> Self {
        self.fact_rating_instruction = Some(value);
        self
    }
}
/// An instruction, with examples, for rating the relevance of extracted facts.
///
/// Example: `{"instruction":"Rate the facts by how relevant they are to the user's travel plans.","examples":{"high":"The user is flying to Lisbon next week.","medium":"The user likes window seats.","low":"The use...`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FactRatingInstruction {
    /// A string describing how to rate facts as they apply to this use case.
    ///
    /// Example: `"Rate the facts by how relevant they are to the user's travel plans."`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instruction: Option<String>,
    /// Examples of facts of high, medium and low relevance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub examples: Option<FactRatingExamples>,
}
impl FactRatingInstruction {
    /// A value with every field empty.
    pub fn new() -> Self {
        FactRatingInstruction {
            instruction: None,
            examples: None,
        }
    }
    /// Sets `instruction`.
    pub fn with_instruction(mut self, value: impl Into<String>) -> Self {
        self.instruction = Some(value.into());
        self
    }
    /// Sets `examples`.
    pub fn with_examples(mut self, value: FactRatingExamples) -> Self {
        self.examples = Some(value);
        self
    }
}
/// Example facts of high, medium and low relevance.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FactRatingExamples {
    /// An example of a highly relevant fact.
    ///
    /// Example: `"The user is flying to Lisbon next week."`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<String>,
    /// An example of a moderately relevant fact.
    ///
    /// Example: `"The user likes window seats."`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    /// An example of a barely relevant fact.
    ///
    /// Example: `"The user's favourite colour is blue."`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<String>,
}
impl FactRatingExamples {
    /// A value with every field empty.
    pub fn new() -> Self {
        FactRatingExamples {
            high: None,
            medium: None,
            low: None,
        }
    }
    /// Sets `high`.
    pub fn with_high(mut self, value: impl Into<String>) -> Self {
        self.high = Some(value.into());
        self
    }
    /// Sets `medium`.
    pub fn with_medium(mut self, value: impl Into<String>) -> Self {
        self.medium = Some(value.into());
        self
    }
    /// Sets `low`.
    pub fn with_low(mut self, value: impl Into<String>) -> Self {
        self.low = Some(value.into());
        self
    }
}
/// A session. Every field is optional.
///
/// Example: `{"id":1,"uuid":"3d7b1c52-8f0e-4a4b-9a6e-2c5f1e0d9b7a","session_id":"session_id","user_id":"user_id","project_uuid":"8e2f4a61-0c3b-4d9e-a7f5-6b1c2d3e4f50","created_at":"2024-05-01T12:30:00.123456Z","up...`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Session {
    /// The internal numeric id of the session.
    ///
    /// Example: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The internal UUID of the session.
    ///
    /// Example: `"3d7b1c52-8f0e-4a4b-9a6e-2c5f1e0d9b7a"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The caller-chosen unique identifier of the session.
    ///
    /// Example: `"session_id"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The identifier of the user the session belongs to.
    ///
    /// Example: `"user_id"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The UUID of the project the session belongs to.
    ///
    /// Example: `"8e2f4a61-0c3b-4d9e-a7f5-6b1c2d3e4f50"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_uuid: Option<String>,
    /// When the session was created (an RFC 3339 timestamp).
    ///
    /// Example: `"2024-05-01T12:30:00.123456Z"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// When the session was last updated (an RFC 3339 timestamp).
    ///
    /// Example: `"2024-05-01T12:30:00.123456Z"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// When the session was deleted (an RFC 3339 timestamp); absent unless deleted.
    ///
    /// Example: `"2024-05-04T10:00:00Z"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<String>,
    /// When the session was ended (an RFC 3339 timestamp); absent unless ended.
    ///
    /// Example: `"2024-05-03T17:45:10Z"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<String>,
    /// Arbitrary metadata of the session.
    ///
    /// Example: `{"channel":"web"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::serde_json::Map<String, ::serde_json::Value>>,
    /// Classifications of the session, by classifier name.
    ///
    /// Example: `{"topic":"billing"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classifications: Option<::std::collections::BTreeMap<String, String>>,
    /// Facts extracted from the session.
    ///
    /// Example: `["The user prefers email over phone calls."]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<Vec<String>>,
    /// The instruction for rating facts extracted from the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact_rating_instruction: Option<FactRatingInstruction>,
}
impl Session {
    /// A value with every field empty.
    pub fn new() -> Self {
        Session {
            id: None,
            uuid: None,
            session_id: None,
            user_id: None,
            project_uuid: None,
            created_at: None,
            updated_at: None,
            deleted_at: None,
            ended_at: None,
            metadata: None,
            classifications: None,
            facts: None,
            fact_rating_instruction: None,
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }
    /// Sets `uuid`.
    pub fn with_uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Sets `session_id`.
    pub fn with_session_id(mut self, value: impl Into<String>) -> Self {
        self.session_id = Some(value.into());
        self
    }
    /// Sets `user_id`.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `project_uuid`.
    pub fn with_project_uuid(mut self, value: impl Into<String>) -> Self {
        self.project_uuid = Some(value.into());
        self
    }
    /// Sets `created_at`.
    pub fn with_created_at(mut self, value: impl Into<String>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `updated_at`.
    pub fn with_updated_at(mut self, value: impl Into<String>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Sets `deleted_at`.
    pub fn with_deleted_at(mut self, value: impl Into<String>) -> Self {
        self.deleted_at = Some(value.into());
        self
    }
    /// Sets `ended_at`.
    pub fn with_ended_at(mut self, value: impl Into<String>) -> Self {
        self.ended_at = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn with_metadata(
        mut self,
        value: ::serde_json::Map<String, ::serde_json::Value>,
    ) -> Self {
        self.metadata = Some(value);
        self
    }
    /// Sets `classifications`.
    pub fn with_classifications(
        mut self,
        value: ::std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.classifications = Some(value);
        self
    }
    /// Sets `facts`.
    pub fn with_facts(mut self, value: Vec<String>) -> Self {
        self.facts = Some(value);
        self
    }
    /// Sets `fact_rating_instruction`.
    pub fn with_fact_rating_instruction(mut self, value: FactRatingInstruction) -> Self {
        self.fact_rating_instruction = Some(value);
        self
    }
}
/// The body of updateSession.
///
/// Example: `{"metadata":{"channel":"mobile"}}`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateSessionRequest {
    /// The new metadata of the session; merged into the existing metadata.
    ///
    /// Example: `{"channel":"mobile"}`.
    pub metadata: ::serde_json::Map<String, ::serde_json::Value>,
    /// A new instruction for rating facts extracted from the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact_rating_instruction: Option<FactRatingInstruction>,
}
impl UpdateSessionRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(metadata: ::serde_json::Map<String, ::serde_json::Value>) -> Self {
        UpdateSessionRequest {
            metadata,
            fact_rating_instruction: None,
        }
    }
    /// Sets `fact_rating_instruction`.
    pub fn with_fact_rating_instruction(mut self, value: FactRatingInstruction) -> Self {
        self.fact_rating_instruction = Some(value);
        self
    }
}
/// One page of sessions.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionListResponse {
    /// The sessions on this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<Session>>,
    /// The number of sessions on this page.
    ///
    /// Example: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_count: Option<i64>,
    /// The total number of sessions.
    ///
    /// Example: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
impl SessionListResponse {
    /// A value with every field empty.
    pub fn new() -> Self {
        SessionListResponse {
            sessions: None,
            response_count: None,
            total_count: None,
        }
    }
    /// Sets `sessions`.
    pub fn with_sessions(mut self, value: Vec<Session>) -> Self {
        self.sessions = Some(value);
        self
    }
    /// Sets `response_count`.
    pub fn with_response_count(mut self, value: i64) -> Self {
        self.response_count = Some(value);
        self
    }
    /// Sets `total_count`.
    pub fn with_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }
}
/// The classification of a session, produced when the session is classified on end.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionClassification {
    /// The class the session was assigned to.
    ///
    /// Example: `"support"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// The label of the classification.
    ///
    /// Example: `"topic"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}
impl SessionClassification {
    /// A value with every field empty.
    pub fn new() -> Self {
        SessionClassification {
            class: None,
            label: None,
        }
    }
    /// Sets `class`.
    pub fn with_class(mut self, value: impl Into<String>) -> Self {
        self.class = Some(value.into());
        self
    }
    /// Sets `label`.
    pub fn with_label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
}
/// The result of ending a session.
///
/// Example: `{"session":{"session_id":"session_id","user_id":"user_id","ended_at":"2024-05-03T17:45:10Z"}}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndSessionResponse {
    /// The ended session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// The session's classification, present when it was classified on end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<SessionClassification>,
}
impl EndSessionResponse {
    /// A value with every field empty.
    pub fn new() -> Self {
        EndSessionResponse {
            session: None,
            classification: None,
        }
    }
    /// Sets `session`.
    pub fn with_session(mut self, value: Session) -> Self {
        self.session = Some(value);
        self
    }
    /// Sets `classification`.
    pub fn with_classification(mut self, value: SessionClassification) -> Self {
        self.classification = Some(value);
        self
    }
}
/// A generic success response.
///
/// Example: `{"message":"OK"}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SuccessResponse {
    /// A human readable message.
    ///
    /// Example: `"OK"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl SuccessResponse {
    /// A value with every field empty.
    pub fn new() -> Self {
        SuccessResponse { message: None }
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}
/// The body of every error response.
///
/// Example: `{"message":"internal server error"}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApiError {
    /// A human readable description of the error.
    ///
    /// Example: `"internal server error"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl ApiError {
    /// A value with every field empty.
    pub fn new() -> Self {
        ApiError { message: None }
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}
