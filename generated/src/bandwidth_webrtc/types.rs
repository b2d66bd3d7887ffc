// @generated from specs/bandwidth_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Request and response types: one per schema of the spec.
/// A WebRTC session. On create only `tag` is meaningful. Older API versions
/// returned the participant list (`participants`, participant ids) in
/// session responses; current versions return only `id` and `tag`, so
/// `participants` is optional.
///
/// Example: `{"id":"75c21163-e110-41bc-bd76-1bb428ec85d5","tag":"session1"}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Session {
    /// The unique id of the session (a UUID); assigned by the server.
    ///
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// User defined tag to associate with the session.
    ///
    /// Example: `"session1"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// The list of participants associated with this session, as
    /// participant ids. Returned by older API versions only; current
    /// versions omit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<String>>,
}
impl Session {
    /// A value with every field empty.
    pub fn new() -> Self {
        Session {
            id: None,
            tag: None,
            participants: None,
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `tag`.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
    /// Sets `participants`.
    pub fn with_participants(mut self, value: Vec<String>) -> Self {
        self.participants = Some(value);
        self
    }
}
/// A participant that can be added to sessions to publish and subscribe to media.
///
/// Example: `{"id":"320e2af6-13ec-498d-8b51-daba52c37853","callbackUrl":"https://example.com/callback","publishPermissions":["AUDIO","VIDEO"],"sessions":["75c21163-e110-41bc-bd76-1bb428ec85d5"],"tag":"participant1...`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Participant {
    /// The unique id of the participant; assigned by the server.
    ///
    /// Example: `"320e2af6-13ec-498d-8b51-daba52c37853"`.
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Full callback URL to use for notifications about this participant.
    ///
    /// Example: `"https://example.com/callback"`.
    #[serde(rename = "callbackUrl")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Defines if this participant can publish audio or video.
    ///
    /// Constraints: items are unique.
    /// Example: `["AUDIO","VIDEO"]`.
    #[serde(rename = "publishPermissions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish_permissions: Option<Vec<PublishPermission>>,
    /// List of session ids this participant is associated with.
    ///
    /// Example: `["75c21163-e110-41bc-bd76-1bb428ec85d5"]`.
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<String>>,
    /// The participant's subscriptions to other participants' streams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Subscriptions>,
    /// User defined tag to associate with the participant.
    ///
    /// Example: `"participant1"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// The device API version of the participant's client; V3 when omitted.
    #[serde(rename = "deviceApiVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_api_version: Option<DeviceApiVersion>,
}
impl Participant {
    /// A value with every field empty.
    pub fn new() -> Self {
        Participant {
            id: None,
            callback_url: None,
            publish_permissions: None,
            sessions: None,
            subscriptions: None,
            tag: None,
            device_api_version: None,
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `callback_url`.
    pub fn with_callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `publish_permissions`.
    pub fn with_publish_permissions(mut self, value: Vec<PublishPermission>) -> Self {
        self.publish_permissions = Some(value);
        self
    }
    /// Sets `sessions`.
    pub fn with_sessions(mut self, value: Vec<String>) -> Self {
        self.sessions = Some(value);
        self
    }
    /// Sets `subscriptions`.
    pub fn with_subscriptions(mut self, value: Subscriptions) -> Self {
        self.subscriptions = Some(value);
        self
    }
    /// Sets `tag`.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
    /// Sets `device_api_version`.
    pub fn with_device_api_version(mut self, value: DeviceApiVersion) -> Self {
        self.device_api_version = Some(value);
        self
    }
}
/// The body of createParticipant: the settable fields of a participant.
/// The server assigns `id` and tracks `sessions` itself.
///
/// Example: `{"callbackUrl":"https://example.com/callback","publishPermissions":["AUDIO","VIDEO"],"tag":"participant1","deviceApiVersion":"V3"}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateParticipantRequest {
    /// Full callback URL to use for notifications about this participant.
    ///
    /// Example: `"https://example.com/callback"`.
    #[serde(rename = "callbackUrl")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Defines if this participant can publish audio or video.
    ///
    /// Constraints: items are unique.
    /// Example: `["AUDIO","VIDEO"]`.
    #[serde(rename = "publishPermissions")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish_permissions: Option<Vec<PublishPermission>>,
    /// User defined tag to associate with the participant.
    ///
    /// Example: `"participant1"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// The device API version of the participant's client; V3 when omitted.
    #[serde(rename = "deviceApiVersion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_api_version: Option<DeviceApiVersion>,
}
impl CreateParticipantRequest {
    /// A value with every field empty.
    pub fn new() -> Self {
        CreateParticipantRequest {
            callback_url: None,
            publish_permissions: None,
            tag: None,
            device_api_version: None,
        }
    }
    /// Sets `callback_url`.
    pub fn with_callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Sets `publish_permissions`.
    pub fn with_publish_permissions(mut self, value: Vec<PublishPermission>) -> Self {
        self.publish_permissions = Some(value);
        self
    }
    /// Sets `tag`.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
    /// Sets `device_api_version`.
    pub fn with_device_api_version(mut self, value: DeviceApiVersion) -> Self {
        self.device_api_version = Some(value);
        self
    }
}
/// A kind of media a participant may publish.
///
/// Example: `"AUDIO"`.
///
/// Values the spec does not list are kept in `Unknown`, so a server that learns a new
/// value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PublishPermission {
    /// `AUDIO`
    Audio,
    /// `VIDEO`
    Video,
    /// A value the spec does not list, as received.
    Unknown(String),
}
impl PublishPermission {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "AUDIO",
            Self::Video => "VIDEO",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for PublishPermission {
    fn from(value: &str) -> Self {
        match value {
            "AUDIO" => Self::Audio,
            "VIDEO" => Self::Video,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for PublishPermission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PublishPermission {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PublishPermission {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
/// The device API version the participant's client uses.
///
/// Default: `"V3"`.
/// Example: `"V3"`.
///
/// Values the spec does not list are kept in `Unknown`, so a server that learns a new
/// value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum DeviceApiVersion {
    /// `V3`
    #[default]
    V3,
    /// `V2`
    V2,
    /// A value the spec does not list, as received.
    Unknown(String),
}
impl DeviceApiVersion {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V3 => "V3",
            Self::V2 => "V2",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for DeviceApiVersion {
    fn from(value: &str) -> Self {
        match value {
            "V3" => Self::V3,
            "V2" => Self::V2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for DeviceApiVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DeviceApiVersion {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DeviceApiVersion {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
/// The subscriptions of a participant. If `sessionId` is set the
/// participant subscribes to everyone in that session; `participants`
/// lists individual participants (and optionally their stream aliases) to
/// subscribe to.
///
/// Example: `{"sessionId":"75c21163-e110-41bc-bd76-1bb428ec85d5","participants":[{"participantId":"568749d5-04d5-483d-adf5-deac7dd3d521","streamAliases":["alias_1"]}]}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Subscriptions {
    /// Subscribe to all participants in this session.
    ///
    /// Example: `"75c21163-e110-41bc-bd76-1bb428ec85d5"`.
    #[serde(rename = "sessionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Individual participants to subscribe to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<ParticipantSubscription>>,
}
impl Subscriptions {
    /// A value with every field empty.
    pub fn new() -> Self {
        Subscriptions {
            session_id: None,
            participants: None,
        }
    }
    /// Sets `session_id`.
    pub fn with_session_id(mut self, value: impl Into<String>) -> Self {
        self.session_id = Some(value.into());
        self
    }
    /// Sets `participants`.
    pub fn with_participants(mut self, value: Vec<ParticipantSubscription>) -> Self {
        self.participants = Some(value);
        self
    }
}
/// A subscription to one participant's streams.
///
/// Example: `{"participantId":"568749d5-04d5-483d-adf5-deac7dd3d521","streamAliases":["alias_1"]}`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParticipantSubscription {
    /// The id of the participant to subscribe to.
    ///
    /// Example: `"568749d5-04d5-483d-adf5-deac7dd3d521"`.
    #[serde(rename = "participantId")]
    pub participant_id: String,
    /// The stream aliases of that participant to subscribe to; all streams when omitted.
    ///
    /// Example: `["alias_1"]`.
    #[serde(rename = "streamAliases")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_aliases: Option<Vec<String>>,
}
impl ParticipantSubscription {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(participant_id: impl Into<String>) -> Self {
        ParticipantSubscription {
            participant_id: participant_id.into(),
            stream_aliases: None,
        }
    }
    /// Sets `stream_aliases`.
    pub fn with_stream_aliases(mut self, value: Vec<String>) -> Self {
        self.stream_aliases = Some(value);
        self
    }
}
/// The result of creating a participant.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsParticipantsResponse {
    /// The created participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<Participant>,
    /// Auth token for the returned participant, used by the participant's client to connect.
    ///
    /// Example: `"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzMjBlMmFmNi0xM2VjLTQ5OGQtOGI1MS1kYWJhNTJjMzc4NTMifQ.4Pp0dB3bBkA1gqKj9Vq9kZp8rL4uCqz8oP3wYh6Vx1E"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
impl AccountsParticipantsResponse {
    /// A value with every field empty.
    pub fn new() -> Self {
        AccountsParticipantsResponse {
            participant: None,
            token: None,
        }
    }
    /// Sets `participant`.
    pub fn with_participant(mut self, value: Participant) -> Self {
        self.participant = Some(value);
        self
    }
    /// Sets `token`.
    pub fn with_token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
}
/// Error body of 400, 404, 409 and server (5XX) responses.
///
/// Example: `{"error":"Invalid request body","requestId":"6a8b7c0e-2f4d-4a1b-9c3e-5d7f1a2b3c4d"}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Error {
    /// Human readable description of the error.
    ///
    /// Example: `"Invalid request body"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The id of the failed request, for support.
    ///
    /// Example: `"6a8b7c0e-2f4d-4a1b-9c3e-5d7f1a2b3c4d"`.
    #[serde(rename = "requestId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}
impl Error {
    /// A value with every field empty.
    pub fn new() -> Self {
        Error {
            error: None,
            request_id: None,
        }
    }
    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `request_id`.
    pub fn with_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
/// Error body of 401 and 403 responses.
///
/// Example: `{"message":"Missing Authentication Token"}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDenied {
    /// Human readable reason the request was denied.
    ///
    /// Example: `"Missing Authentication Token"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl AccessDenied {
    /// A value with every field empty.
    pub fn new() -> Self {
        AccessDenied { message: None }
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}
