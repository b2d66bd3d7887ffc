//! The intermediate model: plain data describing one API, produced by `lower` and consumed
//! by `emit`. No tokens and no Rust source here; every name is already a valid, unique Rust
//! identifier, and every wire name is kept beside it.

/// The runtime items every API module re-exports at its root, beside the client's own.
pub const RUNTIME_REEXPORTS: &[&str] = &[
    "BoxError",
    "BuildError",
    "DEFAULT_TIMEOUT",
    "Error",
    "RequestOptions",
    "Response",
    "RetryPolicy",
    "TokenProvider",
];

/// The items `client.rs` defines whatever the spec says, re-exported at the API module's
/// root. Names derived from the spec (operations' types, server variable enums) are claimed
/// after these, so they step aside.
pub const CLIENT_ITEMS: &[&str] =
    &["Client", "ClientBuilder", "DEFAULT_BASE_URL", "SERVERS", "ServerVariables", "server_url"];

/// The methods `Client` has beside one per operation.
pub const CLIENT_METHODS: &[&str] = &["builder", "base_url"];

/// The modules of a generated crate's root besides one per API.
pub const CRATE_MODULES: &[&str] = &["runtime"];

/// One API: what one spec describes.
#[derive(Debug, Clone)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// Rust name stem for API-wide items (`BandwidthWebrtc` -> `BandwidthWebrtcApi`).
    pub trait_name: String,
    pub servers: Vec<Server>,
    pub security_schemes: Vec<SecurityScheme>,
    /// All named types, indexed by [`TypeId`].
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    /// The path users name this API by (`session_apis::zep_sessions`), for the usage
    /// examples in its documentation; none, no examples.
    pub doc_path: Option<String>,
    /// Why an operation's type has the name it has, when it is not the usual one
    /// (`UpdateSessionCall`: the spec has a schema `UpdateSessionRequest`), by type name.
    pub name_notes: std::collections::BTreeMap<String, String>,
    /// What every schema lowering met became, by the JSON pointer of the schema (a
    /// component, a property, a body's or a parameter's `schema`, ...): the generator's own
    /// record of which type holds a value of that schema, read by `cargo xtask examples`.
    pub schema_uses: std::collections::BTreeMap<String, SchemaUse>,
}

/// The type a schema became where it is used.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaUse {
    /// The type of a non-null value.
    pub ty: TypeRef,
    /// `null` is a valid value too (`nullable: true` on the schema, on what its `$ref`
    /// points at, or on the single member of a composition).
    pub nullable: bool,
}

impl Api {
    pub fn type_def(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }

    /// A string type, or an alias of one.
    pub fn is_string(&self, t: &TypeRef) -> bool {
        let mut t = t;
        for _ in 0..16 {
            match t {
                TypeRef::String => return true,
                TypeRef::Named(id) => match &self.type_def(*id).kind {
                    TypeKind::Alias(next) => t = next,
                    _ => return false,
                },
                _ => return false,
            }
        }
        false
    }
}

/// Index into [`Api::types`]. Assigned before any schema is converted, so references
/// (forward, recursive) always resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

/// Documentation carried from the spec into doc comments.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Docs {
    pub title: Option<String>,
    pub description: Option<String>,
    /// Extra lines the generator adds (constraints, defaults, examples), already prose.
    pub notes: Vec<String>,
    pub deprecated: bool,
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    /// JSON pointer of the schema this type came from.
    pub origin: String,
    pub docs: Docs,
    pub kind: TypeKind,
    /// With `--features-by-tag`: the cargo features any of which turns the type on (those
    /// of the operations that use it); `None` when it is always there.
    pub features: Option<Vec<String>>,
    /// Whether the type implements `Serialize` and `Deserialize` (both, unless
    /// `--serde-by-use` finds it only sent or only received).
    pub serde: Serde,
}

/// The serde traits a type implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Serde {
    pub serialize: bool,
    pub deserialize: bool,
}

impl Default for Serde {
    fn default() -> Self {
        Serde { serialize: true, deserialize: true }
    }
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct(StructDef),
    Enum(EnumDef),
    Union(UnionDef),
    /// `pub type Name = ...;`
    Alias(TypeRef),
    /// `pub struct Name(pub ...);`, serialized as its content: an alias that would contain
    /// itself (`Tree = Vec<Tree>`), which Rust's type aliases cannot express.
    Newtype(TypeRef),
}

#[derive(Debug, Clone)]
pub struct StructDef {
    pub fields: Vec<Field>,
    /// `additionalProperties` beside declared properties, kept in a flattened map.
    pub additional: Option<TypeRef>,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub rust_name: String,
    pub wire_name: String,
    pub ty: TypeRef,
    /// Required and not read-only: a constructor argument, never `Option`.
    pub required: bool,
    /// `null` is a valid value.
    pub nullable: bool,
    /// Needs a `Box` to break a cycle of types containing each other.
    pub boxed: bool,
    pub docs: Docs,
}

#[derive(Debug, Clone)]
pub struct EnumDef {
    pub variants: Vec<EnumVariant>,
    /// Integer enums are written as JSON numbers, string enums as strings.
    pub integer: bool,
    /// The spec's `default`, as an index into `variants`: the enum implements `Default`.
    pub default: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct EnumVariant {
    pub rust_name: String,
    pub value: EnumValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EnumValue {
    Str(String),
    Int(i64),
}

/// oneOf / anyOf: one of several shapes.
#[derive(Debug, Clone)]
pub struct UnionDef {
    pub variants: Vec<UnionVariant>,
    /// Property whose value says which variant a value is (`discriminator.propertyName`).
    pub discriminator: Option<String>,
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub rust_name: String,
    pub ty: TypeRef,
    /// Discriminator values that select this variant.
    pub tags: Vec<String>,
    pub boxed: bool,
}

/// A use of a type.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeRef {
    Named(TypeId),
    String,
    /// `i32`, `i64`, ...
    Integer(IntKind),
    Float(FloatKind),
    Boolean,
    DateTime,
    Date,
    Uuid,
    /// Raw bytes (`format: binary`).
    Bytes,
    /// Any JSON value.
    Json,
    /// A JSON object with no declared properties.
    JsonObject,
    Array(Box<TypeRef>),
    /// Object with `additionalProperties` only.
    Map(Box<TypeRef>),
    /// `Option<T>`: an array item or a map value whose schema allows `null`. Fields say
    /// so with [`Field::nullable`] instead.
    Nullable(Box<TypeRef>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntKind {
    I32,
    I64,
    U32,
    U64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatKind {
    F32,
    F64,
}

#[derive(Debug, Clone)]
pub struct Server {
    /// URL template with `{variables}`.
    pub url: String,
    pub description: Option<String>,
    pub variables: Vec<ServerVariable>,
}

#[derive(Debug, Clone)]
pub struct ServerVariable {
    pub wire_name: String,
    pub rust_name: String,
    pub default: String,
    pub allowed: Vec<String>,
    pub description: Option<String>,
    /// For an enumerated variable (`enum:` in the spec), the Rust enum that holds it and a
    /// variant name per allowed value (in the order of `allowed`).
    pub enum_type: Option<ServerVariableEnum>,
}

#[derive(Debug, Clone)]
pub struct ServerVariableEnum {
    pub name: String,
    pub variants: Vec<String>,
    /// Index into `variants` of the spec's default.
    pub default: usize,
}

#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// The name under `components/securitySchemes`.
    pub wire_name: String,
    /// snake_case stem for setter names.
    pub rust_name: String,
    pub kind: SecurityKind,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SecurityKind {
    Basic,
    /// `Authorization: Bearer <token>`: http bearer, oauth2, openIdConnect.
    Bearer,
    /// `prefix` comes from `x-api-key-prefix` (Zep's `Api-Key `); `env` from
    /// `x-api-key-env`, the environment variable read when the user gives no key.
    ApiKey {
        location: ApiKeyLocation,
        name: String,
        prefix: String,
        env: Option<String>,
    },
    /// An http scheme we do not know (`digest`, ...): the user supplies the whole header value.
    OtherHttp {
        scheme: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    Header,
    Query,
    Cookie,
}

#[derive(Debug, Clone)]
pub struct Operation {
    /// The spec's operationId (or one made from method and path).
    pub operation_id: String,
    /// snake_case method name.
    pub fn_name: String,
    /// UpperCamel stem for the operation's types (`CreateSession`).
    pub type_stem: String,
    /// The request struct (`CreateSessionRequest`).
    pub request_name: String,
    /// The per-operation error enum (`CreateSessionError`).
    pub error_name: String,
    /// Set when the success cases carry different bodies: the name of the enum with a
    /// variant per success status (`ListParticipantsResponse`).
    pub success_enum: Option<String>,
    /// Uppercase HTTP method.
    pub method: String,
    /// The path template as in the spec.
    pub path: String,
    pub path_parts: Vec<PathPart>,
    pub docs: Docs,
    pub summary: Option<String>,
    pub params: Vec<Param>,
    pub body: Option<RequestBody>,
    pub success: Vec<ResponseCase>,
    pub errors: Vec<ResponseCase>,
    /// Alternatives, each a set of scheme names (indices into `Api::security_schemes`) that
    /// must all be applied. Empty: no auth.
    pub security: Vec<Vec<usize>>,
    /// Safe to retry: an idempotent method, or marked `x-idempotent: true`.
    pub idempotent: bool,
    /// Every response header any of the operation's responses declares (once per name), and
    /// the name of the struct that reads them; `None` when no response declares one.
    pub response_headers: Option<ResponseHeaders>,
    /// The spec's tags of the operation, in order.
    pub tags: Vec<String>,
    /// With `--features-by-tag`: the cargo feature that turns the operation on.
    pub feature: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ResponseHeaders {
    /// The struct's name (`CreateSessionResponseHeaders`).
    pub name: String,
    pub headers: Vec<ResponseHeader>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PathPart {
    Literal(String),
    /// Index into `Operation::params`.
    Param(usize),
}

#[derive(Debug, Clone)]
pub struct Param {
    pub rust_name: String,
    pub wire_name: String,
    pub location: ParamLocation,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Docs,
    /// `explode` (defaults per style).
    pub explode: bool,
    pub style: ParamStyle,
    /// The spec's example value when it is a string (for usage examples in the docs).
    pub example: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParamLocation {
    /// The spec's name for it, the value of a parameter's `in`.
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    Simple,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Label,
    Matrix,
}

#[derive(Debug, Clone)]
pub struct RequestBody {
    pub required: bool,
    pub docs: Docs,
    /// One per media type. With several, the body is an enum with a variant per media type.
    pub variants: Vec<BodyVariant>,
    /// Rust name of the body enum when there are several media types.
    pub enum_name: Option<String>,
}

#[derive(Debug, Clone)]
pub struct BodyVariant {
    pub rust_name: String,
    pub media: Media,
    /// The content type sent or expected (`application/json`).
    pub content_type: String,
    pub ty: TypeRef,
}

/// How a body is put on and read off the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    Json,
    Text,
    Bytes,
    Form,
    Multipart,
}

/// Which statuses a response case covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StatusMatch {
    Code(u16),
    /// `4XX` is `Range(4)`.
    Range(u16),
    Default,
}

#[derive(Debug, Clone)]
pub struct ResponseCase {
    pub status: StatusMatch,
    pub rust_name: String,
    pub docs: Docs,
    /// `None`: no body (or one that is ignored).
    pub body: Option<BodyVariant>,
    /// Declared response headers.
    pub headers: Vec<ResponseHeader>,
    /// Error bodies whose string field is narrowed to a set of values per status (CAMARA's
    /// `code`): a variant per value.
    pub narrowed: Option<Narrowing>,
    /// For an error body that is an object: the fields its `Display` shows.
    pub text: ErrorText,
}

/// The string fields (Rust names) of an error body that say what went wrong, shown by the
/// error's `Display` as `CODE: message`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorText {
    pub code: Option<String>,
    pub message: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Narrowing {
    pub wire_field: String,
    /// (value, variant name)
    pub values: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct ResponseHeader {
    /// Lowercase, as `HeaderMap` keys are.
    pub wire_name: String,
    pub rust_name: String,
    /// The header's schema; values are read as this type (strings as they are, numbers and
    /// booleans parsed).
    pub ty: TypeRef,
    pub docs: Docs,
}
