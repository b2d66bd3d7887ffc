//! Paths, operations, parameters, bodies, responses, servers and security schemes.

use std::collections::BTreeMap;

use openapiv3::{
    APIKeyLocation, Operation as SpecOperation, Parameter, ParameterSchemaOrContent, PathItem, QueryStyle,
    ReferenceOr, RequestBody as SpecRequestBody, Response, SecurityScheme as SpecScheme, StatusCode,
};

use super::schema::schema_docs;
use super::{Lowerer, docs};
use crate::diagnostics::{Kind, escape_segment};
use crate::model::{
    ApiKeyLocation, BodyVariant, Docs, Media, Narrowing, Operation, Param, ParamLocation, ParamStyle, PathPart,
    RequestBody, ResponseCase, ResponseHeader, SecurityKind, SecurityScheme, Server, ServerVariable, StatusMatch,
    TypeRef,
};
use crate::names::{self, Namer};

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Names in an API's module (`client.rs`, `operations.rs`) that operations must not take.
const OPERATION_RESERVED: &[&str] = &["Client", "ClientBuilder", "Server", "ServerVariables"];

impl<'a> Lowerer<'a> {
    pub(super) fn servers(&mut self) -> Vec<Server> {
        let servers = self.spec.doc.servers.clone();
        let mut out: Vec<Server> = servers
            .iter()
            .map(|s| {
                let mut namer = Namer::default();
                let variables = s
                    .variables
                    .iter()
                    .flatten()
                    .map(|(k, v)| ServerVariable {
                        wire_name: k.clone(),
                        rust_name: namer.claim(names::snake(k)),
                        default: v.default.clone(),
                        allowed: v.enumeration.clone(),
                        description: v.description.clone(),
                    })
                    .collect();
                Server { url: s.url.clone(), description: s.description.clone(), variables }
            })
            .collect();
        if out.is_empty() {
            out.push(Server { url: "/".into(), description: None, variables: Vec::new() });
        }
        out
    }

    pub(super) fn security_schemes(&mut self) -> Vec<SecurityScheme> {
        let Some(components) = self.spec.doc.components.clone() else { return Vec::new() };
        let mut namer = Namer::default();
        let mut out = Vec::new();
        for (name, scheme) in &components.security_schemes {
            let at = format!("#/components/securitySchemes/{}", escape_segment(name));
            let Some((scheme, _)) = self.item(scheme, &at) else { continue };
            let (kind, description) = match scheme {
                SpecScheme::HTTP { scheme, description, .. } => (
                    match scheme.to_ascii_lowercase().as_str() {
                        "basic" => SecurityKind::Basic,
                        "bearer" => SecurityKind::Bearer,
                        _ => SecurityKind::OtherHttp { scheme: scheme.clone() },
                    },
                    description,
                ),
                SpecScheme::APIKey { location, name: key_name, description, extensions } => (
                    SecurityKind::ApiKey {
                        location: match location {
                            APIKeyLocation::Header => ApiKeyLocation::Header,
                            APIKeyLocation::Query => ApiKeyLocation::Query,
                            APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                        },
                        name: key_name,
                        prefix: extensions.get("x-api-key-prefix").and_then(|v| v.as_str()).unwrap_or_default().to_owned(),
                    },
                    description,
                ),
                SpecScheme::OAuth2 { description, .. } | SpecScheme::OpenIDConnect { description, .. } => {
                    (SecurityKind::Bearer, description)
                }
            };
            out.push(SecurityScheme { wire_name: name.clone(), rust_name: namer.claim(names::snake(name)), kind, description });
        }
        out
    }

    pub(super) fn operations(&mut self, schemes: &[SecurityScheme]) -> Vec<Operation> {
        let paths = self.spec.doc.paths.paths.clone();
        let mut fn_names = Namer::default();
        let mut type_names = Namer::with_reserved(OPERATION_RESERVED);
        let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
        let mut out = Vec::new();
        for (path, item) in &paths {
            let path_at = format!("#/paths/{}", escape_segment(path));
            let Some((item, _)) = self.item::<PathItem>(item, &path_at) else { continue };
            for method in METHODS {
                let op = match *method {
                    "get" => &item.get,
                    "put" => &item.put,
                    "post" => &item.post,
                    "delete" => &item.delete,
                    "options" => &item.options,
                    "head" => &item.head,
                    "patch" => &item.patch,
                    _ => &item.trace,
                };
                let Some(op) = op else { continue };
                let at = format!("{path_at}/{method}");
                if let Some(id) = &op.operation_id {
                    if let Some(first) = seen_ids.insert(id.clone(), at.clone()) {
                        self.error(
                            Kind::DuplicateOperationId,
                            &format!("{at}/operationId"),
                            format!("operationId `{id}` is already used at {first}"),
                            "give every operation a unique operationId",
                        );
                        continue;
                    }
                }
                if let Some(lowered) =
                    self.operation(path, method, op, &item.parameters, schemes, &at, &mut fn_names, &mut type_names)
                {
                    out.push(lowered);
                }
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        path: &str,
        method: &str,
        op: &SpecOperation,
        path_params: &[ReferenceOr<Parameter>],
        schemes: &[SecurityScheme],
        at: &str,
        fn_names: &mut Namer,
        type_names: &mut Namer,
    ) -> Option<Operation> {
        let operation_id = op.operation_id.clone().unwrap_or_else(|| format!("{method} {path}"));
        let fn_name = fn_names.claim(names::snake(&operation_id));
        // `Self_` is an identifier, but `Self_Request` is not UpperCamelCase: derived names
        // start from the name without the keyword's underscore.
        let stem = names::camel(&operation_id);
        let stem = stem.strip_suffix('_').filter(|s| !s.is_empty()).map(str::to_owned).unwrap_or(stem);
        let mut stem_claim = stem.clone();
        // The stem must leave room for its derived names.
        let mut n = 1;
        while ["Request", "Error", "Response", "Body"].iter().any(|s| type_names.is_taken(&format!("{stem_claim}{s}"))) {
            n += 1;
            stem_claim = format!("{stem}{n}");
        }
        let type_stem = stem_claim;
        let request_name = type_names.claim(format!("{type_stem}Request"));
        let error_name = type_names.claim(format!("{type_stem}Error"));

        // Parameters: path-level first, overridden by operation-level with the same name and place.
        let mut specs: Vec<(Parameter, String)> = Vec::new();
        for (i, p) in path_params.iter().enumerate() {
            let p_at = format!("{}/parameters/{i}", at.rsplit_once('/').map(|(a, _)| a).unwrap_or(at));
            if let Some((p, _)) = self.item(p, &p_at) {
                specs.push((p, p_at));
            }
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let p_at = format!("{at}/parameters/{i}");
            if let Some((p, _)) = self.item(p, &p_at) {
                let key = (p.parameter_data_ref().name.clone(), location_of(&p));
                specs.retain(|(q, _)| (q.parameter_data_ref().name.clone(), location_of(q)) != key);
                specs.push((p, p_at));
            }
        }
        let mut field_names = Namer::with_reserved(&["body", "options"]);
        let mut params = Vec::new();
        for (p, p_at) in &specs {
            params.push(self.param(p, p_at, &type_stem, &mut field_names));
        }

        let path_parts = self.path_parts(path, &mut params, at)?;
        let body = match &op.request_body {
            Some(rb) => self.request_body(rb, &format!("{at}/requestBody"), &type_stem, type_names),
            None => None,
        };

        let (success, errors) = self.responses(op, &type_stem, at);
        let success_enum = success_needs_enum(&success).then(|| type_names.claim(format!("{type_stem}Response")));

        let security = self.operation_security(op, schemes, at);
        let marked = op.extensions.get("x-idempotent").and_then(|v| v.as_bool()).unwrap_or(false);
        let idempotent = marked || matches!(method, "get" | "head" | "put" | "delete" | "options" | "trace");

        let mut d = docs(None, op.description.as_ref());
        d.deprecated = op.deprecated;
        if marked {
            d.notes.push("Marked idempotent by the spec (`x-idempotent`): retried like GET, PUT and DELETE.".into());
        }
        Some(Operation {
            operation_id,
            fn_name,
            type_stem,
            request_name,
            error_name,
            success_enum,
            method: method.to_ascii_uppercase(),
            path: path.to_owned(),
            path_parts,
            docs: d,
            summary: op.summary.clone().filter(|s| !s.trim().is_empty()),
            params,
            body,
            success,
            errors,
            security,
            idempotent,
        })
    }

    fn param(&mut self, p: &Parameter, at: &str, stem: &str, field_names: &mut Namer) -> Param {
        let data = p.parameter_data_ref();
        let (location, style, explode_default) = match p {
            Parameter::Path { .. } => (ParamLocation::Path, ParamStyle::Simple, false),
            Parameter::Header { .. } => (ParamLocation::Header, ParamStyle::Simple, false),
            Parameter::Cookie { .. } => (ParamLocation::Cookie, ParamStyle::Form, true),
            Parameter::Query { style, .. } => (
                ParamLocation::Query,
                match style {
                    QueryStyle::Form => ParamStyle::Form,
                    QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                    QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                    QueryStyle::DeepObject => ParamStyle::DeepObject,
                },
                true,
            ),
        };
        let style = match (p, style) {
            (Parameter::Path { style: openapiv3::PathStyle::Label, .. }, _) => ParamStyle::Label,
            (Parameter::Path { style: openapiv3::PathStyle::Matrix, .. }, _) => ParamStyle::Matrix,
            (_, s) => s,
        };
        let hint = format!("{stem}{}", names::camel(&data.name));
        let (ty, mut d) = match &data.format {
            ParameterSchemaOrContent::Schema(s) => {
                let d = match s {
                    ReferenceOr::Item(s) => schema_docs(s),
                    ReferenceOr::Reference { .. } => Docs::default(),
                };
                (self.schema_type(s, &hint, &format!("{at}/schema")), d)
            }
            ParameterSchemaOrContent::Content(content) => match content.iter().next() {
                Some((media, m)) => {
                    let key = escape_segment(media);
                    let ty = match &m.schema {
                        Some(s) => self.schema_type(s, &hint, &format!("{at}/content/{key}/schema")),
                        None => TypeRef::String,
                    };
                    (ty, Docs::default())
                }
                None => (TypeRef::String, Docs::default()),
            },
        };
        let own = docs(None, data.description.as_ref());
        d.description = own.description.or(d.description);
        d.deprecated |= data.deprecated.unwrap_or(false);
        Param {
            rust_name: field_names.claim(names::snake(&data.name)),
            wire_name: data.name.clone(),
            location,
            ty,
            required: data.required || location == ParamLocation::Path,
            docs: d,
            explode: data.explode.unwrap_or(explode_default),
            style,
        }
    }

    /// Splits `/a/{b}.{c}` into literals and parameters; every `{name}` must be declared.
    fn path_parts(&mut self, path: &str, params: &mut Vec<Param>, at: &str) -> Option<Vec<PathPart>> {
        let mut parts = Vec::new();
        let mut rest = path;
        let mut used = Vec::new();
        let mut ok = true;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                parts.push(PathPart::Literal(rest[..open].to_owned()));
            }
            let Some(close) = rest[open..].find('}') else {
                self.error(Kind::Invalid, at, format!("path `{path}` has an unclosed `{{`"), "close the template expression with `}`");
                return None;
            };
            let name = &rest[open + 1..open + close];
            match params.iter().position(|p| p.location == ParamLocation::Path && p.wire_name == name) {
                Some(i) => {
                    parts.push(PathPart::Param(i));
                    used.push(i);
                }
                None => {
                    self.error(
                        Kind::UndeclaredPathParam,
                        at,
                        format!("path template parameter `{{{name}}}` has no declaration"),
                        format!("add a parameter with `name: {name}` and `in: path` to the operation or its path item"),
                    );
                    ok = false;
                }
            }
            rest = &rest[open + close + 1..];
        }
        if !rest.is_empty() {
            parts.push(PathPart::Literal(rest.to_owned()));
        }
        // Declared path parameters that the template does not use cannot be sent anywhere.
        let unused: Vec<String> = params
            .iter()
            .enumerate()
            .filter(|(i, p)| p.location == ParamLocation::Path && !used.contains(i))
            .map(|(_, p)| p.wire_name.clone())
            .collect();
        for name in unused {
            self.warn(at, format!("path parameter `{name}` does not appear in the path `{path}`; it is ignored"), "remove the parameter or add `{name}` to the path");
            let idx = params.iter().position(|p| p.location == ParamLocation::Path && p.wire_name == name)?;
            params.remove(idx);
            for part in parts.iter_mut() {
                if let PathPart::Param(i) = part {
                    if *i > idx {
                        *i -= 1;
                    }
                }
            }
        }
        ok.then_some(parts)
    }

    fn request_body(
        &mut self,
        rb: &ReferenceOr<SpecRequestBody>,
        at: &str,
        stem: &str,
        type_names: &mut Namer,
    ) -> Option<RequestBody> {
        let (rb, rb_at) = self.item(rb, at)?;
        let mut namer = Namer::default();
        let mut variants = Vec::new();
        for (content_type, media) in &rb.content {
            let m = media_kind(content_type);
            let schema_at = format!("{rb_at}/content/{}/schema", escape_segment(content_type));
            let ty = match (&media.schema, m) {
                (_, Media::Bytes) => TypeRef::Bytes,
                (_, Media::Text) => TypeRef::String,
                (Some(s), _) => self.schema_type(s, &format!("{stem}Body"), &schema_at),
                (None, _) => TypeRef::Json,
            };
            let rust_name = namer.claim(names::camel(match m {
                Media::Json => "Json",
                Media::Text => "Text",
                Media::Bytes => "Bytes",
                Media::Form => "Form",
                Media::Multipart => "Multipart",
            }));
            variants.push(BodyVariant { rust_name, media: m, content_type: content_type.clone(), ty });
        }
        if variants.is_empty() {
            return None;
        }
        let enum_name = (variants.len() > 1).then(|| type_names.claim(format!("{stem}Body")));
        Some(RequestBody { required: rb.required, docs: docs(None, rb.description.as_ref()), variants, enum_name })
    }

    fn responses(&mut self, op: &SpecOperation, stem: &str, at: &str) -> (Vec<ResponseCase>, Vec<ResponseCase>) {
        let mut success = Vec::new();
        let mut errors = Vec::new();
        let mut success_names = Namer::default();
        let mut error_names = Namer::with_reserved(&["Unexpected"]);
        let mut entries: Vec<(StatusMatch, &ReferenceOr<Response>, String)> = op
            .responses
            .responses
            .iter()
            .map(|(code, r)| {
                let status = match code {
                    StatusCode::Code(c) => StatusMatch::Code(*c),
                    StatusCode::Range(r) => StatusMatch::Range(*r),
                };
                (status, r, format!("{at}/responses/{code}"))
            })
            .collect();
        if let Some(d) = &op.responses.default {
            entries.push((StatusMatch::Default, d, format!("{at}/responses/default")));
        }
        // Exact codes before ranges before default, as the spec requires when matching.
        entries.sort_by_key(|(s, _, _)| *s);
        for (status, r, r_at) in entries {
            let Some((resp, resp_at)) = self.item(r, &r_at) else { continue };
            let is_success = match status {
                StatusMatch::Code(c) => (200..300).contains(&c),
                StatusMatch::Range(r) => r == 2,
                StatusMatch::Default => false,
            };
            let hint = format!("{stem}{}", status_word(status, is_success));
            let body = self.response_body(&resp, &resp_at, &hint);
            let headers = self.response_headers(&resp);
            let narrowed = if is_success {
                None
            } else {
                self.response_narrowing(&resp, &resp_at, &mut error_names)
            };
            let names = if is_success { &mut success_names } else { &mut error_names };
            // With a variant per narrowed value, the status's own variant takes the rest.
            let word = status_word(status, is_success);
            let word = if narrowed.is_some() { format!("{word}Other") } else { word };
            let case = ResponseCase {
                status,
                rust_name: names.claim(word),
                docs: docs(None, Some(&resp.description)),
                body,
                headers,
                narrowed,
            };
            if is_success { success.push(case) } else { errors.push(case) }
        }
        (success, errors)
    }

    fn response_body(&mut self, resp: &Response, at: &str, hint: &str) -> Option<BodyVariant> {
        // Prefer JSON when several media types are offered: it is what we can type.
        let (content_type, media) = resp
            .content
            .iter()
            .find(|(ct, _)| media_kind(ct) == Media::Json)
            .or_else(|| resp.content.iter().next())?;
        let m = match media_kind(content_type) {
            Media::Form | Media::Multipart => Media::Bytes,
            m => m,
        };
        let ty = match (&media.schema, m) {
            (Some(s), Media::Json) => {
                self.schema_type(s, hint, &format!("{at}/content/{}/schema", escape_segment(content_type)))
            }
            (None, Media::Json) => TypeRef::Json,
            (_, Media::Text) => TypeRef::String,
            _ => TypeRef::Bytes,
        };
        Some(BodyVariant { rust_name: String::new(), media: m, content_type: content_type.clone(), ty })
    }

    fn response_headers(&mut self, resp: &Response) -> Vec<ResponseHeader> {
        let mut namer = Namer::default();
        let mut out = Vec::new();
        for (name, h) in &resp.headers {
            let description = match h {
                ReferenceOr::Item(h) => h.description.clone(),
                ReferenceOr::Reference { reference } => self
                    .resolve::<openapiv3::Header>(reference, reference)
                    .and_then(|(h, _)| h.description),
            };
            out.push(ResponseHeader {
                wire_name: name.to_ascii_lowercase(),
                rust_name: namer.claim(names::snake(name)),
                docs: docs(None, description.as_ref()),
            });
        }
        out
    }

    fn response_narrowing(&mut self, resp: &Response, at: &str, names_in_enum: &mut Namer) -> Option<Narrowing> {
        let (ct, media) = resp.content.iter().find(|(ct, _)| media_kind(ct) == Media::Json)?;
        let schema = media.schema.as_ref()?;
        let (field, values) =
            self.narrowed_string_property(schema, &format!("{at}/content/{}/schema", escape_segment(ct)))?;
        let values = values.into_iter().map(|v| (v.clone(), names_in_enum.claim(names::camel(&v)))).collect();
        Some(Narrowing { wire_field: field, values })
    }

    fn operation_security(&mut self, op: &SpecOperation, schemes: &[SecurityScheme], at: &str) -> Vec<Vec<usize>> {
        let reqs = op.security.clone().or_else(|| self.spec.doc.security.clone()).unwrap_or_default();
        let mut out = Vec::new();
        for req in reqs {
            let mut set = Vec::new();
            for name in req.keys() {
                match schemes.iter().position(|s| &s.wire_name == name) {
                    Some(i) => set.push(i),
                    None => self.error(
                        Kind::UnresolvedRef,
                        &format!("{at}/security"),
                        format!("security requirement names `{name}`, which is not in components/securitySchemes"),
                        "declare the scheme under components/securitySchemes or fix the name",
                    ),
                }
            }
            out.push(set);
        }
        out
    }
}

fn location_of(p: &Parameter) -> ParamLocation {
    match p {
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

/// How a media type is written and read.
pub(crate) fn media_kind(content_type: &str) -> Media {
    let ct = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if ct == "application/json" || ct.ends_with("+json") || ct.ends_with("/json") {
        Media::Json
    } else if ct == "application/x-www-form-urlencoded" {
        Media::Form
    } else if ct.starts_with("multipart/") {
        Media::Multipart
    } else if ct.starts_with("text/") {
        Media::Text
    } else {
        Media::Bytes
    }
}

/// Several success statuses with different bodies need an enum; one body type does not.
fn success_needs_enum(cases: &[ResponseCase]) -> bool {
    let mut bodies = cases.iter().map(|c| c.body.as_ref().map(|b| (&b.ty, b.media)));
    match bodies.next() {
        None => false,
        Some(first) => bodies.any(|b| b != first),
    }
}

/// The variant name for a status: its reason phrase.
fn status_word(status: StatusMatch, is_success: bool) -> String {
    let word = match status {
        StatusMatch::Code(c) => match c {
            200 => "Ok",
            201 => "Created",
            202 => "Accepted",
            203 => "NonAuthoritativeInformation",
            204 => "NoContent",
            205 => "ResetContent",
            206 => "PartialContent",
            207 => "MultiStatus",
            300 => "MultipleChoices",
            301 => "MovedPermanently",
            302 => "Found",
            303 => "SeeOther",
            304 => "NotModified",
            307 => "TemporaryRedirect",
            308 => "PermanentRedirect",
            400 => "BadRequest",
            401 => "Unauthorized",
            402 => "PaymentRequired",
            403 => "Forbidden",
            404 => "NotFound",
            405 => "MethodNotAllowed",
            406 => "NotAcceptable",
            408 => "RequestTimeout",
            409 => "Conflict",
            410 => "Gone",
            411 => "LengthRequired",
            412 => "PreconditionFailed",
            413 => "PayloadTooLarge",
            415 => "UnsupportedMediaType",
            416 => "RangeNotSatisfiable",
            417 => "ExpectationFailed",
            422 => "UnprocessableEntity",
            423 => "Locked",
            424 => "FailedDependency",
            425 => "TooEarly",
            428 => "PreconditionRequired",
            429 => "TooManyRequests",
            431 => "RequestHeaderFieldsTooLarge",
            451 => "UnavailableForLegalReasons",
            500 => "InternalServerError",
            501 => "NotImplemented",
            502 => "BadGateway",
            503 => "ServiceUnavailable",
            504 => "GatewayTimeout",
            507 => "InsufficientStorage",
            _ => return format!("Status{c}"),
        },
        StatusMatch::Range(1) => "Informational",
        StatusMatch::Range(2) => "Success",
        StatusMatch::Range(3) => "Redirection",
        StatusMatch::Range(4) => "ClientError",
        StatusMatch::Range(5) => "ServerError",
        StatusMatch::Range(r) => return format!("Status{r}xx"),
        StatusMatch::Default => {
            if is_success {
                "Default"
            } else {
                "DefaultError"
            }
        }
    };
    word.to_owned()
}
