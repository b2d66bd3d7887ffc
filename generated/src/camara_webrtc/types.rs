// @generated from specs/camara_webrtc.yaml by `cargo xtask generate`.
// Do not edit: change the spec or the generator and run the command again.

//! Request and response types: one per schema of the spec.
/// Correlation id for the different services.
///
/// Constraints: at most 256 characters, matches `^[a-zA-Z0-9-_:;.\/<>{}]{0,256}$`.
/// Example: `"b4333c46-49c0-4f62-80d7-f0ef930f1c46"`.
pub type XCorrelator = String;
/// The address of a party: a `tel:` URI with an E.164 number (e.g.
/// `tel:+17085852753`), a `sip:` URI (e.g. `sip:alice@example.com`), an
/// emergency service URN (`urn:service:sos`, e.g. `urn:service:sos.police`),
/// or `sip:anonymous@anonymous.invalid` for an anonymous party.
///
/// Constraints: at most 256 characters, matches `^(tel:\+[1-9][0-9]{4,14}|tel:[0-9*#]{1,15};phone-context=(?:\+[1-9][0-9]{0,14}|[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+)|sip:[A-Za-z0-9_.!%+\-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|sip:[0-9*#]{1,15};phone-context=(?:\+[1-9][0-9]{0,14}|[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,};user=phone|urn:service:sos(?:\.[a-z0-9](?:[a-z0-9\-]{0,30}[a-z0-9])?)*|sip:anonymous@anonymous\.invalid)$`.
/// Example: `"tel:+17085852753"`.
pub type Address = String;
/// A Session Description Protocol (SDP) offer or answer. `sdp` may be
/// absent (an answer that is not there yet).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WrtcSdpDescriptor {
    /// The SDP document, lines separated by CRLF.
    ///
    /// Constraints: at most 65536 characters.
    /// Example: `"v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 50000 RTP/SAVPF 102\r\nc=IN IP4 198.51.100.20\r\na=rtpmap:102 AMR-WB/16000\r\n"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdp: Option<String>,
}
impl WrtcSdpDescriptor {
    /// A value with every field empty.
    pub fn new() -> Self {
        WrtcSdpDescriptor { sdp: None }
    }
    /// Sets `sdp`.
    pub fn with_sdp(mut self, value: impl Into<String>) -> Self {
        self.sdp = Some(value.into());
        self
    }
}
/// The type of call: `REGULAR` for an ordinary call, `EMERGENCY` for a call
/// to emergency services (servers that do not support it answer 501
/// CALLTYPE_EMERGENCY_NOT_SUPPORTED).
///
/// Default: `"REGULAR"`.
/// Example: `"REGULAR"`.
///
/// Values the spec does not list are kept in `Unknown`, so a server that learns a new
/// value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum CallType {
    /// `REGULAR`
    #[default]
    Regular,
    /// `EMERGENCY`
    Emergency,
    /// A value the spec does not list, as received.
    Unknown(String),
}
impl CallType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Regular => "REGULAR",
            Self::Emergency => "EMERGENCY",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for CallType {
    fn from(value: &str) -> Self {
        match value {
            "REGULAR" => Self::Regular,
            "EMERGENCY" => Self::Emergency,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for CallType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CallType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CallType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
/// The status of a media session:
/// `Initial` (created, not yet signalled), `InProgress` (being set up),
/// `Ringing` (the receiver is alerted), `Proceeding` (the network is
/// processing the call), `Connected` (answered, media flowing),
/// `Terminated` (ended), `Hold` (put on hold), `Resume` (resumed from
/// hold), `SessionCancelled` (cancelled by the originator before answer),
/// `Declined` (rejected by the receiver), `Failed` (could not be
/// established), `Waiting` (call waiting), `NoAnswer` (not answered),
/// `NotReachable` (the receiver cannot be reached), `Busy` (the receiver
/// is busy).
///
/// Example: `"Initial"`.
///
/// Values the spec does not list are kept in `Unknown`, so a server that learns a new
/// value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionStatus {
    /// `Initial`
    Initial,
    /// `InProgress`
    InProgress,
    /// `Ringing`
    Ringing,
    /// `Proceeding`
    Proceeding,
    /// `Connected`
    Connected,
    /// `Terminated`
    Terminated,
    /// `Hold`
    Hold,
    /// `Resume`
    Resume,
    /// `SessionCancelled`
    SessionCancelled,
    /// `Declined`
    Declined,
    /// `Failed`
    Failed,
    /// `Waiting`
    Waiting,
    /// `NoAnswer`
    NoAnswer,
    /// `NotReachable`
    NotReachable,
    /// `Busy`
    Busy,
    /// A value the spec does not list, as received.
    Unknown(String),
}
impl SessionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Initial => "Initial",
            Self::InProgress => "InProgress",
            Self::Ringing => "Ringing",
            Self::Proceeding => "Proceeding",
            Self::Connected => "Connected",
            Self::Terminated => "Terminated",
            Self::Hold => "Hold",
            Self::Resume => "Resume",
            Self::SessionCancelled => "SessionCancelled",
            Self::Declined => "Declined",
            Self::Failed => "Failed",
            Self::Waiting => "Waiting",
            Self::NoAnswer => "NoAnswer",
            Self::NotReachable => "NotReachable",
            Self::Busy => "Busy",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for SessionStatus {
    fn from(value: &str) -> Self {
        match value {
            "Initial" => Self::Initial,
            "InProgress" => Self::InProgress,
            "Ringing" => Self::Ringing,
            "Proceeding" => Self::Proceeding,
            "Connected" => Self::Connected,
            "Terminated" => Self::Terminated,
            "Hold" => Self::Hold,
            "Resume" => Self::Resume,
            "SessionCancelled" => Self::SessionCancelled,
            "Declined" => Self::Declined,
            "Failed" => Self::Failed,
            "Waiting" => Self::Waiting,
            "NoAnswer" => Self::NoAnswer,
            "NotReachable" => Self::NotReachable,
            "Busy" => Self::Busy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for SessionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SessionStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SessionStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
/// A circular area around a point.
///
/// Example: `{"latitude":41.8781,"longitude":-87.6298,"radius":50}`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CircleCoordinates {
    /// Latitude of the centre, in decimal degrees.
    ///
    /// Constraints: minimum -90, maximum 90.
    /// Example: `41.8781`.
    pub latitude: f32,
    /// Longitude of the centre, in decimal degrees.
    ///
    /// Constraints: minimum -180, maximum 180.
    /// Example: `-87.6298`.
    pub longitude: f32,
    /// Radius of the circle, in metres.
    ///
    /// Constraints: minimum 0.
    /// Example: `50`.
    pub radius: f32,
}
impl CircleCoordinates {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(latitude: f32, longitude: f32, radius: f32) -> Self {
        CircleCoordinates {
            latitude,
            longitude,
            radius,
        }
    }
}
/// An ellipsoidal volume around a point.
///
/// Example: `{"latitude":41.8781,"longitude":-87.6298,"zAxis":180.5,"semiMajorAxis":60,"semiMinorAxis":30,"verticalAxis":10,"orientation":45}`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EllipsoidCoordinates {
    /// Latitude of the centre, in decimal degrees.
    ///
    /// Constraints: minimum -90, maximum 90.
    /// Example: `41.8781`.
    pub latitude: f32,
    /// Longitude of the centre, in decimal degrees.
    ///
    /// Constraints: minimum -180, maximum 180.
    /// Example: `-87.6298`.
    pub longitude: f32,
    /// Altitude of the centre, in metres.
    ///
    /// Example: `180.5`.
    #[serde(rename = "zAxis")]
    pub z_axis: f32,
    /// Length of the semi-major axis, in metres.
    ///
    /// Constraints: minimum 0.
    /// Example: `60`.
    #[serde(rename = "semiMajorAxis")]
    pub semi_major_axis: f64,
    /// Length of the semi-minor axis, in metres.
    ///
    /// Constraints: minimum 0.
    /// Example: `30`.
    #[serde(rename = "semiMinorAxis")]
    pub semi_minor_axis: f64,
    /// Length of the vertical axis, in metres.
    ///
    /// Constraints: minimum 0.
    /// Example: `10`.
    #[serde(rename = "verticalAxis")]
    pub vertical_axis: f64,
    /// Orientation of the semi-major axis, in degrees clockwise from north.
    ///
    /// Constraints: minimum 0, maximum 360.
    /// Example: `45`.
    pub orientation: f64,
}
impl EllipsoidCoordinates {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(
        latitude: f32,
        longitude: f32,
        z_axis: f32,
        semi_major_axis: f64,
        semi_minor_axis: f64,
        vertical_axis: f64,
        orientation: f64,
    ) -> Self {
        EllipsoidCoordinates {
            latitude,
            longitude,
            z_axis,
            semi_major_axis,
            semi_minor_axis,
            vertical_axis,
            orientation,
        }
    }
}
/// The location of the originator, used for emergency calls.
///
/// Example: `{"shape":"Circle","coordinates":{"latitude":41.8781,"longitude":-87.6298,"radius":50},"method":"GPS","confidence":{"pdf":"normal","value":94.97},"timestamp":"2024-05-01T12:30:00Z"}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LocationDetails {
    /// The shape of `coordinates`.
    ///
    /// Example: `"Circle"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shape: Option<LocationDetailsShape>,
    /// The location area, a Circle or an Ellipsoid (matching `shape`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<LocationDetailsCoordinates>,
    /// How the location was determined: `GPS`, `DBH` (device based hybrid),
    /// `DBH_HELO` (device based hybrid, HELO) or `Other`.
    ///
    /// Example: `"GPS"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<LocationDetailsMethod>,
    /// The confidence of the location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<LocationDetailsConfidence>,
    /// When the location was determined.
    ///
    /// Example: `"2024-05-01T12:30:00Z"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<::chrono::DateTime<::chrono::Utc>>,
}
impl LocationDetails {
    /// A value with every field empty.
    pub fn new() -> Self {
        LocationDetails {
            shape: None,
            coordinates: None,
            method: None,
            confidence: None,
            timestamp: None,
        }
    }
    /// Sets `shape`.
    pub fn with_shape(mut self, value: LocationDetailsShape) -> Self {
        self.shape = Some(value);
        self
    }
    /// Sets `coordinates`.
    pub fn with_coordinates(mut self, value: LocationDetailsCoordinates) -> Self {
        self.coordinates = Some(value);
        self
    }
    /// Sets `method`.
    pub fn with_method(mut self, value: LocationDetailsMethod) -> Self {
        self.method = Some(value);
        self
    }
    /// Sets `confidence`.
    pub fn with_confidence(mut self, value: LocationDetailsConfidence) -> Self {
        self.confidence = Some(value);
        self
    }
    /// Sets `timestamp`.
    pub fn with_timestamp(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.timestamp = Some(value);
        self
    }
}
/// The information of a media session.
///
/// Example: `{"originatorAddress":"tel:+17085852753","originatorName":"tel:+17085852753","receiverAddress":"tel:+17085854000","receiverName":"tel:+17085854000","callType":"REGULAR"}`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MediaSessionInformation {
    /// The address of the originator of the session.
    #[serde(rename = "originatorAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub originator_address: Option<Address>,
    /// The display name of the originator.
    ///
    /// Constraints: at most 256 characters.
    /// Example: `"tel:+17085852753"`.
    #[serde(rename = "originatorName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub originator_name: Option<String>,
    /// The address of the receiver of the session.
    #[serde(rename = "receiverAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_address: Option<Address>,
    /// The display name of the receiver.
    ///
    /// Constraints: at most 256 characters.
    /// Example: `"tel:+17085854000"`.
    #[serde(rename = "receiverName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_name: Option<String>,
    /// The status of the session; set by the server, must not be sent on create.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SessionStatus>,
    /// The SDP offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<WrtcSdpDescriptor>,
    /// The SDP answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<WrtcSdpDescriptor>,
    /// The type of call; REGULAR when omitted.
    #[serde(rename = "callType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_type: Option<CallType>,
    /// The location of the originator, for emergency calls.
    #[serde(rename = "locationDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_details: Option<LocationDetails>,
}
impl MediaSessionInformation {
    /// A value with every field empty.
    pub fn new() -> Self {
        MediaSessionInformation {
            originator_address: None,
            originator_name: None,
            receiver_address: None,
            receiver_name: None,
            status: None,
            offer: None,
            answer: None,
            call_type: None,
            location_details: None,
        }
    }
    /// Sets `originator_address`.
    pub fn with_originator_address(mut self, value: impl Into<String>) -> Self {
        self.originator_address = Some(value.into());
        self
    }
    /// Sets `originator_name`.
    pub fn with_originator_name(mut self, value: impl Into<String>) -> Self {
        self.originator_name = Some(value.into());
        self
    }
    /// Sets `receiver_address`.
    pub fn with_receiver_address(mut self, value: impl Into<String>) -> Self {
        self.receiver_address = Some(value.into());
        self
    }
    /// Sets `receiver_name`.
    pub fn with_receiver_name(mut self, value: impl Into<String>) -> Self {
        self.receiver_name = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: SessionStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `offer`.
    pub fn with_offer(mut self, value: WrtcSdpDescriptor) -> Self {
        self.offer = Some(value);
        self
    }
    /// Sets `answer`.
    pub fn with_answer(mut self, value: WrtcSdpDescriptor) -> Self {
        self.answer = Some(value);
        self
    }
    /// Sets `call_type`.
    pub fn with_call_type(mut self, value: CallType) -> Self {
        self.call_type = Some(value);
        self
    }
    /// Sets `location_details`.
    pub fn with_location_details(mut self, value: LocationDetails) -> Self {
        self.location_details = Some(value);
        self
    }
}
/// The body of createSession; a MediaSessionInformation with the originator, receiver and offer required.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MediaSessionCreate {
    /// The address of the originator of the session.
    #[serde(rename = "originatorAddress")]
    pub originator_address: Address,
    /// The display name of the originator.
    ///
    /// Constraints: at most 256 characters.
    /// Example: `"tel:+17085852753"`.
    #[serde(rename = "originatorName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub originator_name: Option<String>,
    /// The address of the receiver of the session.
    #[serde(rename = "receiverAddress")]
    pub receiver_address: Address,
    /// The display name of the receiver.
    ///
    /// Constraints: at most 256 characters.
    /// Example: `"tel:+17085854000"`.
    #[serde(rename = "receiverName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_name: Option<String>,
    /// The status of the session; set by the server, must not be sent on create.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SessionStatus>,
    /// The SDP offer.
    pub offer: WrtcSdpDescriptor,
    /// The SDP answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<WrtcSdpDescriptor>,
    /// The type of call; REGULAR when omitted.
    #[serde(rename = "callType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_type: Option<CallType>,
    /// The location of the originator, for emergency calls.
    #[serde(rename = "locationDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_details: Option<LocationDetails>,
}
impl MediaSessionCreate {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(
        originator_address: impl Into<String>,
        receiver_address: impl Into<String>,
        offer: WrtcSdpDescriptor,
    ) -> Self {
        MediaSessionCreate {
            originator_address: originator_address.into(),
            originator_name: None,
            receiver_address: receiver_address.into(),
            receiver_name: None,
            status: None,
            offer,
            answer: None,
            call_type: None,
            location_details: None,
        }
    }
    /// Sets `originator_name`.
    pub fn with_originator_name(mut self, value: impl Into<String>) -> Self {
        self.originator_name = Some(value.into());
        self
    }
    /// Sets `receiver_name`.
    pub fn with_receiver_name(mut self, value: impl Into<String>) -> Self {
        self.receiver_name = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: SessionStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `answer`.
    pub fn with_answer(mut self, value: WrtcSdpDescriptor) -> Self {
        self.answer = Some(value);
        self
    }
    /// Sets `call_type`.
    pub fn with_call_type(mut self, value: CallType) -> Self {
        self.call_type = Some(value);
        self
    }
    /// Sets `location_details`.
    pub fn with_location_details(mut self, value: LocationDetails) -> Self {
        self.location_details = Some(value);
        self
    }
}
/// A media session as returned by the server, with its id and status.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MediaSessionResponse {
    /// The address of the originator of the session.
    #[serde(rename = "originatorAddress")]
    pub originator_address: Address,
    /// The display name of the originator.
    ///
    /// Constraints: at most 256 characters.
    /// Example: `"tel:+17085852753"`.
    #[serde(rename = "originatorName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub originator_name: Option<String>,
    /// The address of the receiver of the session.
    #[serde(rename = "receiverAddress")]
    pub receiver_address: Address,
    /// The display name of the receiver.
    ///
    /// Constraints: at most 256 characters.
    /// Example: `"tel:+17085854000"`.
    #[serde(rename = "receiverName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_name: Option<String>,
    /// The status of the session; set by the server, must not be sent on create.
    pub status: SessionStatus,
    /// The SDP offer.
    pub offer: WrtcSdpDescriptor,
    /// The SDP answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<WrtcSdpDescriptor>,
    /// The type of call; REGULAR when omitted.
    #[serde(rename = "callType")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_type: Option<CallType>,
    /// The location of the originator, for emergency calls.
    #[serde(rename = "locationDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_details: Option<LocationDetails>,
    /// The id of the media session.
    ///
    /// Constraints: at most 256 characters.
    /// Example: `"0AEE1B58BAEEDA3EABA42B32EBB3DFE0DEAD3F90AE0CEB9EEB0C0F703E199FC00E7C6E648F50EE885FF0CE6C7E1CEE795EDD"`.
    #[serde(rename = "mediaSessionId")]
    pub media_session_id: String,
}
impl MediaSessionResponse {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(
        originator_address: impl Into<String>,
        receiver_address: impl Into<String>,
        status: SessionStatus,
        offer: WrtcSdpDescriptor,
        media_session_id: impl Into<String>,
    ) -> Self {
        MediaSessionResponse {
            originator_address: originator_address.into(),
            originator_name: None,
            receiver_address: receiver_address.into(),
            receiver_name: None,
            status,
            offer,
            answer: None,
            call_type: None,
            location_details: None,
            media_session_id: media_session_id.into(),
        }
    }
    /// Sets `originator_name`.
    pub fn with_originator_name(mut self, value: impl Into<String>) -> Self {
        self.originator_name = Some(value.into());
        self
    }
    /// Sets `receiver_name`.
    pub fn with_receiver_name(mut self, value: impl Into<String>) -> Self {
        self.receiver_name = Some(value.into());
        self
    }
    /// Sets `answer`.
    pub fn with_answer(mut self, value: WrtcSdpDescriptor) -> Self {
        self.answer = Some(value);
        self
    }
    /// Sets `call_type`.
    pub fn with_call_type(mut self, value: CallType) -> Self {
        self.call_type = Some(value);
        self
    }
    /// Sets `location_details`.
    pub fn with_location_details(mut self, value: LocationDetails) -> Self {
        self.location_details = Some(value);
        self
    }
}
/// A change of the status of a media session.
///
/// Example: `{"status":"Hold"}`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MediaSessionStatusChange {
    /// The new status.
    pub status: SessionStatus,
    /// A new SDP offer, e.g. when resuming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<WrtcSdpDescriptor>,
    /// The SDP answer, e.g. when accepting with Connected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<WrtcSdpDescriptor>,
    /// An updated location of the originator.
    #[serde(rename = "locationDetails")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_details: Option<LocationDetails>,
}
impl MediaSessionStatusChange {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(status: SessionStatus) -> Self {
        MediaSessionStatusChange {
            status,
            offer: None,
            answer: None,
            location_details: None,
        }
    }
    /// Sets `offer`.
    pub fn with_offer(mut self, value: WrtcSdpDescriptor) -> Self {
        self.offer = Some(value);
        self
    }
    /// Sets `answer`.
    pub fn with_answer(mut self, value: WrtcSdpDescriptor) -> Self {
        self.answer = Some(value);
        self
    }
    /// Sets `location_details`.
    pub fn with_location_details(mut self, value: LocationDetails) -> Self {
        self.location_details = Some(value);
        self
    }
}
/// The body of every error response.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorInfo {
    /// The HTTP status code.
    ///
    /// Constraints: minimum 100, maximum 599.
    /// Example: `400`.
    pub status: i32,
    /// A code identifying the error.
    ///
    /// Constraints: at most 96 characters.
    /// Example: `"INVALID_ARGUMENT"`.
    pub code: String,
    /// A human readable description of the error.
    ///
    /// Constraints: at most 512 characters.
    /// Example: `"Client specified an invalid argument, request body or query param."`.
    pub message: String,
}
impl ErrorInfo {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(
        status: i32,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        ErrorInfo {
            status,
            code: code.into(),
            message: message.into(),
        }
    }
}
/// The shape of `coordinates`.
///
/// Example: `"Circle"`.
///
/// Values the spec does not list are kept in `Unknown`, so a server that learns a new
/// value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocationDetailsShape {
    /// `Circle`
    Circle,
    /// `Ellipsoid`
    Ellipsoid,
    /// A value the spec does not list, as received.
    Unknown(String),
}
impl LocationDetailsShape {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Circle => "Circle",
            Self::Ellipsoid => "Ellipsoid",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for LocationDetailsShape {
    fn from(value: &str) -> Self {
        match value {
            "Circle" => Self::Circle,
            "Ellipsoid" => Self::Ellipsoid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for LocationDetailsShape {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for LocationDetailsShape {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for LocationDetailsShape {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
/// The location area, a Circle or an Ellipsoid (matching `shape`).
///
/// Decoded as the variant that fits the value best: the first, in an order led by
/// the variants whose listed values it does not contradict and that declare most of
/// its properties, that gives the whole value back when encoded, else the one that
/// gives back the most of it.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum LocationDetailsCoordinates {
    EllipsoidCoordinates(EllipsoidCoordinates),
    CircleCoordinates(CircleCoordinates),
}
impl<'de> ::serde::Deserialize<'de> for LocationDetailsCoordinates {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        const SHAPES: &[Option<crate::runtime::ObjectShape>] = &[
            Some(crate::runtime::ObjectShape {
                properties: &[
                    "latitude",
                    "longitude",
                    "zAxis",
                    "semiMajorAxis",
                    "semiMinorAxis",
                    "verticalAxis",
                    "orientation",
                ],
                open: false,
                enums: &[],
            }),
            Some(crate::runtime::ObjectShape {
                properties: &["latitude", "longitude", "radius"],
                open: false,
                enums: &[],
            }),
        ];
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let whole = crate::runtime::size(&value);
        let mut best: Option<(usize, Self)> = None;
        for i in crate::runtime::untagged_order(&value, SHAPES) {
            let decoded = match i {
                0usize => {
                    ::serde_json::from_value::<EllipsoidCoordinates>(value.clone())
                        .map(Self::EllipsoidCoordinates)
                }
                1usize => {
                    ::serde_json::from_value::<CircleCoordinates>(value.clone())
                        .map(Self::CircleCoordinates)
                }
                _ => continue,
            };
            let Ok(v) = decoded else { continue };
            let kept = crate::runtime::kept(&value, &v);
            if kept == whole {
                return Ok(v);
            }
            if best.as_ref().is_none_or(|(most, _)| kept > *most) {
                best = Some((kept, v));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches no variant of LocationDetailsCoordinates",
            ))
    }
}
/// How the location was determined: `GPS`, `DBH` (device based hybrid),
/// `DBH_HELO` (device based hybrid, HELO) or `Other`.
///
/// Example: `"GPS"`.
///
/// Values the spec does not list are kept in `Unknown`, so a server that learns a new
/// value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocationDetailsMethod {
    /// `GPS`
    Gps,
    /// `DBH`
    Dbh,
    /// `DBH_HELO`
    DbhHelo,
    /// `Other`
    Other,
    /// A value the spec does not list, as received.
    Unknown(String),
}
impl LocationDetailsMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gps => "GPS",
            Self::Dbh => "DBH",
            Self::DbhHelo => "DBH_HELO",
            Self::Other => "Other",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for LocationDetailsMethod {
    fn from(value: &str) -> Self {
        match value {
            "GPS" => Self::Gps,
            "DBH" => Self::Dbh,
            "DBH_HELO" => Self::DbhHelo,
            "Other" => Self::Other,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for LocationDetailsMethod {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for LocationDetailsMethod {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for LocationDetailsMethod {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
/// The confidence of the location.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LocationDetailsConfidence {
    /// The probability density function of the confidence.
    ///
    /// Example: `"normal"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf: Option<LocationDetailsConfidencePdf>,
    /// The confidence, in percent, with a fraction (e.g. 94.97).
    ///
    /// Constraints: minimum 0, maximum 100.
    /// Example: `94.97`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}
impl LocationDetailsConfidence {
    /// A value with every field empty.
    pub fn new() -> Self {
        LocationDetailsConfidence {
            pdf: None,
            value: None,
        }
    }
    /// Sets `pdf`.
    pub fn with_pdf(mut self, value: LocationDetailsConfidencePdf) -> Self {
        self.pdf = Some(value);
        self
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: f64) -> Self {
        self.value = Some(value);
        self
    }
}
/// The probability density function of the confidence.
///
/// Example: `"normal"`.
///
/// Values the spec does not list are kept in `Unknown`, so a server that learns a new
/// value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocationDetailsConfidencePdf {
    /// `normal`
    Normal,
    /// `uniform`
    Uniform,
    /// A value the spec does not list, as received.
    Unknown(String),
}
impl LocationDetailsConfidencePdf {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "normal",
            Self::Uniform => "uniform",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for LocationDetailsConfidencePdf {
    fn from(value: &str) -> Self {
        match value {
            "normal" => Self::Normal,
            "uniform" => Self::Uniform,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for LocationDetailsConfidencePdf {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for LocationDetailsConfidencePdf {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for LocationDetailsConfidencePdf {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
