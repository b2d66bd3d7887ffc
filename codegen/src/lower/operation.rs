//! Paths, operations, parameters, bodies, responses, servers and security schemes.

use std::collections::BTreeMap;

use openapiv3::{
    APIKeyLocation, Operation as SpecOperation, Parameter, ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr,
    RequestBody as SpecRequestBody, Response, SecurityScheme as SpecScheme, StatusCode,
};

use super::schema::schema_docs;
use super::{Lowerer, docs};
use crate::diagnostics::{Kind, escape_segment};
use crate::model::{
    ApiKeyLocation, BodyVariant, Docs, Media, Narrowing, Operation, Param, ParamLocation, ParamStyle, PathPart,
    RequestBody, ResponseCase, ResponseHeader, ResponseHeaders, SecurityKind, SecurityScheme, Server, ServerVariable,
    ServerVariableEnum, StatusMatch, TypeRef,
};
use crate::names::{self, Namer};

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The operations of the eight methods `openapiv3` reads, with their pointers under `at`.
pub(super) fn standard_operations(item: &PathItem, at: &str) -> Vec<(String, SpecOperation, String)> {
    let fields = [&item.get, &item.put, &item.post, &item.delete, &item.options, &item.head, &item.patch, &item.trace];
    METHODS
        .iter()
        .zip(fields)
        .filter_map(|(m, op)| op.as_ref().map(|op| (m.to_string(), op.clone(), format!("{at}/{m}"))))
        .collect()
}

impl<'a> Lowerer<'a> {
    /// The spec's servers. The first server's enumerated variables get an enum type each
    /// (named after the variable) in the API's one namespace of types.
    pub(super) fn servers(&mut self) -> Vec<Server> {
        let servers = self.spec.doc.servers.clone();
        let mut out = Vec::new();
        for (i, s) in servers.iter().enumerate() {
            let mut namer = Namer::default();
            let mut variables = Vec::new();
            for (k, v) in s.variables.iter().flatten() {
                let enum_type = if i == 0 && !v.enumeration.is_empty() {
                    let default = match v.enumeration.iter().position(|a| *a == v.default) {
                        Some(d) => d,
                        None => {
                            self.warn(
                                &format!("#/servers/{i}/variables/{}", escape_segment(k)),
                                format!("the default `{}` of server variable `{k}` is not one of its `enum` values; the first value is the default", v.default),
                                "make `default` one of the `enum` values",
                            );
                            0
                        }
                    };
                    let mut variant_names = Namer::default();
                    Some(ServerVariableEnum {
                        name: self.type_names.claim(names::type_name(k)),
                        variants: v.enumeration.iter().map(|a| variant_names.claim(names::camel(a))).collect(),
                        default,
                    })
                } else {
                    None
                };
                variables.push(ServerVariable {
                    wire_name: k.clone(),
                    rust_name: namer.claim(names::snake(k)),
                    default: v.default.clone(),
                    allowed: v.enumeration.clone(),
                    description: v.description.clone(),
                    enum_type,
                });
            }
            out.push(Server { url: s.url.clone(), description: s.description.clone(), variables });
        }
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
                        prefix: extensions
                            .get("x-api-key-prefix")
                            .and_then(|v| v.as_str())
                            .unwrap_or_default()
                            .to_owned(),
                        env: extensions
                            .get("x-api-key-env")
                            .and_then(|v| v.as_str())
                            .filter(|v| !v.is_empty())
                            .map(str::to_owned),
                    },
                    description,
                ),
                SpecScheme::OAuth2 { description, .. } | SpecScheme::OpenIDConnect { description, .. } => {
                    (SecurityKind::Bearer, description)
                }
            };
            out.push(SecurityScheme {
                wire_name: name.clone(),
                rust_name: namer.claim(names::snake(name)),
                kind,
                description,
            });
        }
        out
    }

    /// Operations' types (`XRequest`, `XError`, ...) are claimed in the API's one namespace of
    /// types, after the component schemas and the server variables' enums.
    pub(super) fn operations(&mut self, schemes: &[SecurityScheme]) -> Vec<Operation> {
        let paths = self.spec.doc.paths.paths.clone();
        // Operations' methods sit beside the client's own.
        let mut fn_names = Namer::with_reserved(crate::model::CLIENT_METHODS);
        let mut stems = Namer::default();
        let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
        let mut out = Vec::new();
        for (path, item) in &paths {
            let path_at = format!("#/paths/{}", escape_segment(path));
            let Some((item, item_at)) = self.item::<PathItem>(item, &path_at) else { continue };
            let mut ops = standard_operations(&item, &path_at);
            ops.extend(self.added_operations(&item_at, &path_at));
            for (method, op, at) in &ops {
                if let Some(id) = &op.operation_id
                    && let Some(first) = seen_ids.insert(id.clone(), at.clone())
                {
                    self.error(
                        Kind::DuplicateOperationId,
                        &format!("{at}/operationId"),
                        format!("operationId `{id}` is already used at {first}"),
                        "give every operation a unique operationId",
                    );
                    continue;
                }
                if let Some(lowered) =
                    self.operation(path, method, op, &item.parameters, schemes, at, &mut fn_names, &mut stems)
                {
                    out.push(lowered);
                }
            }
        }
        out
    }

    /// The operations of a path item beyond the eight of OpenAPI 3.0, which `openapiv3`
    /// does not read: 3.2's `query` and `additionalOperations` (any method by name), and
    /// `x-oai-additionalOperations`, the same for earlier versions. `item_at` is where the
    /// path item is; `at` where its operations are reported.
    pub(super) fn added_operations(&mut self, item_at: &str, at: &str) -> Vec<(String, SpecOperation, String)> {
        let spec = self.spec;
        let Some(raw) = crate::load::resolve_pointer(&spec.raw, item_at) else { return Vec::new() };
        let mut found: Vec<(String, &serde_json::Value, String)> = Vec::new();
        if let Some(op) = raw.get("query") {
            found.push(("query".into(), op, format!("{at}/query")));
        }
        for key in ["additionalOperations", "x-oai-additionalOperations"] {
            for (method, op) in raw.get(key).and_then(|v| v.as_object()).into_iter().flatten() {
                let op_at = format!("{at}/{key}/{}", escape_segment(method));
                let is_token = !method.is_empty()
                    && method.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
                if !is_token || METHODS.iter().chain(&["query"]).any(|m| m.eq_ignore_ascii_case(method)) {
                    self.error(
                        Kind::Invalid,
                        &op_at,
                        format!("`{key}` names `{method}`, which is not an HTTP method outside the path item's own fields"),
                        "name the method as it is sent (`COPY`, `LINK`); get, put, post, delete, options, head, patch, trace and query have their own fields",
                    );
                    continue;
                }
                found.push((method.clone(), op, op_at));
            }
        }
        let mut out = Vec::new();
        for (method, value, op_at) in found {
            match serde_path_to_error::deserialize::<_, SpecOperation>(value) {
                Ok(op) => out.push((method, op, op_at)),
                Err(e) => {
                    let inner: String = e
                        .path()
                        .iter()
                        .filter_map(|seg| match seg {
                            serde_path_to_error::Segment::Seq { index } => Some(format!("/{index}")),
                            serde_path_to_error::Segment::Map { key } => Some(format!("/{}", escape_segment(key))),
                            _ => None,
                        })
                        .collect();
                    self.error(
                        Kind::Invalid,
                        &format!("{op_at}{inner}"),
                        format!("not a valid OpenAPI operation: {}", e.inner()),
                        "fix the value at this location so that it matches the OpenAPI specification",
                    );
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
        stems: &mut Namer,
    ) -> Option<Operation> {
        let operation_id = op.operation_id.clone().unwrap_or_else(|| format!("{method} {path}"));
        let fn_name = fn_names.claim(names::snake(&operation_id));
        // `Self_` is an identifier, but `Self_Request` is not UpperCamelCase: derived names
        // start from the name without the keyword's underscore.
        let stem = names::camel(&operation_id);
        let stem = stem.strip_suffix('_').filter(|s| !s.is_empty()).map(str::to_owned).unwrap_or(stem);
        // One stem per operation (`GetX`, `GetX2`); each derived name then steps aside on
        // its own for a type of the spec: a body schema is often named `{Op}Request`
        // (Zep's `UpdateSessionRequest`), and the request then is `{Op}Call`.
        let type_stem = stems.claim(stem);
        let request_name = self.claim_derived(&type_stem, &["Request", "Call"]);
        let error_name = self.claim_derived(&type_stem, &["Error"]);

        // Parameters: path-level first, overridden by operation-level with the same name and
        // place. The same one twice on one level is a mistake in the spec: the first is used.
        let path_item_at = at.rsplit_once('/').map(|(a, _)| a).unwrap_or(at).to_owned();
        let levels = [(path_params, path_item_at.as_str(), false), (&op.parameters[..], at, true)];
        let mut specs: Vec<(Parameter, String, bool)> = Vec::new();
        for (list, level_at, op_level) in levels {
            for (i, p) in list.iter().enumerate() {
                let p_at = format!("{level_at}/parameters/{i}");
                let Some((p, p_target)) = self.item(p, &p_at) else { continue };
                // A shared parameter's schema is lowered where it is used; its examples
                // are found where it is declared.
                self.declared_at(&p_at, &p_target);
                let key = param_key(&p);
                if let Some(pos) = specs.iter().position(|(q, _, _)| param_key(q) == key) {
                    if specs[pos].2 == op_level {
                        self.warn(
                            &p_at,
                            format!(
                                "parameter `{}` (in: {}) is declared twice here; the first declaration is used",
                                key.0,
                                key.1.as_str()
                            ),
                            "remove one of the declarations",
                        );
                        continue;
                    }
                    specs.remove(pos);
                }
                specs.push((p, p_at, op_level));
            }
        }
        // The request's own fields, and the fields whose setters would be named like its
        // option setters (`with_timeout`, `with_retry`, `with_header`).
        let mut field_names = Namer::with_reserved(&["body", "options", "timeout", "retry", "header"]);
        let mut params = Vec::new();
        for (p, p_at, _) in &specs {
            params.push(self.param(p, p_at, &type_stem, &mut field_names));
        }

        let path_parts = self.path_parts(path, &mut params, &mut field_names, at)?;
        let body = match &op.request_body {
            Some(rb) => self.request_body(rb, &format!("{at}/requestBody"), &type_stem),
            None => None,
        };

        let (success, errors) = self.responses(op, &type_stem, at);
        let response_headers = response_header_union(&success, &errors)
            .map(|headers| ResponseHeaders { name: self.claim_derived(&type_stem, &["ResponseHeaders"]), headers });
        let success_enum = success_needs_enum(&success).then(|| self.claim_derived(&type_stem, &["Response"]));

        let security = self.operation_security(op, schemes, at);
        let marked = op.extensions.get("x-idempotent").and_then(|v| v.as_bool()).unwrap_or(false);
        let idempotent = marked || matches!(method, "get" | "head" | "put" | "delete" | "options" | "trace" | "query");

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
            // The fields' names are lowercase; methods in `additionalOperations` are written
            // as they are sent.
            method: if METHODS.contains(&method) || method == "query" {
                method.to_ascii_uppercase()
            } else {
                method.to_owned()
            },
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
            response_headers,
            tags: op.tags.clone(),
            feature: None,
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
        let schema_example = match &data.format {
            ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) => s.schema_data.example.as_ref(),
            _ => None,
        };
        let example = data.example.as_ref().or(schema_example).and_then(|v| v.as_str()).map(str::to_owned);
        Param {
            rust_name: field_names.claim(names::snake(&data.name)),
            wire_name: data.name.clone(),
            location,
            ty,
            required: data.required || location == ParamLocation::Path,
            docs: d,
            explode: data.explode.unwrap_or(explode_default),
            style,
            example,
        }
    }

    /// Splits `/a/{b}.{c}` into literals and parameters; every `{name}` must be declared.
    /// A spec that names a parameter differently in the template and in its declaration
    /// (OpenAI's `{certificate_id}` declared as `cert_id`) gets them paired, with a warning.
    fn path_parts(
        &mut self,
        path: &str,
        params: &mut Vec<Param>,
        field_names: &mut Namer,
        at: &str,
    ) -> Option<Vec<PathPart>> {
        // Literal pieces and template names, in order.
        let mut pieces: Vec<Result<String, String>> = Vec::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                pieces.push(Ok(rest[..open].to_owned()));
            }
            let Some(close) = rest[open..].find('}') else {
                self.error(
                    Kind::Invalid,
                    at,
                    format!("path `{path}` has an unclosed `{{`"),
                    "close the template expression with `}`",
                );
                return None;
            };
            pieces.push(Err(rest[open + 1..open + close].to_owned()));
            rest = &rest[open + close + 1..];
        }
        if !rest.is_empty() {
            pieces.push(Ok(rest.to_owned()));
        }
        let declared = |params: &Vec<Param>, name: &str| {
            params.iter().position(|p| p.location == ParamLocation::Path && p.wire_name == name)
        };
        // Each name once, however often the template repeats it (`/{a}/x/{a}`): one parameter.
        let mut undeclared: Vec<String> = Vec::new();
        for name in pieces.iter().filter_map(|p| p.as_ref().err()) {
            if declared(params, name).is_none() && !undeclared.contains(name) {
                undeclared.push(name.clone());
            }
        }
        let unused: Vec<usize> = params
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.location == ParamLocation::Path && !pieces.iter().any(|x| x.as_ref().err() == Some(&p.wire_name))
            })
            .map(|(i, _)| i)
            .collect();
        let mut renamed: Vec<(String, usize)> = Vec::new();
        if !undeclared.is_empty() && undeclared.len() == unused.len() {
            for (name, i) in undeclared.iter().zip(&unused) {
                self.warn(
                    at,
                    format!("path template parameter `{{{name}}}` has no declaration; using the unused path parameter `{}` for it", params[*i].wire_name),
                    format!("rename the parameter `{}` to `{name}`", params[*i].wire_name),
                );
                renamed.push((name.clone(), *i));
            }
        } else {
            // Real specs have this mistake (OpenAI's); the operation is kept with a string
            // parameter, and the warning fails `--deny-warnings` runs.
            for name in &undeclared {
                let mut d = crate::diagnostics::Diagnostic::warning(
                    at,
                    format!("path template parameter `{{{name}}}` has no declaration; it is sent as a required string"),
                )
                .help(format!("add a parameter with `name: {name}` and `in: path` to the operation or its path item"));
                d.kind = Kind::UndeclaredPathParam;
                self.diags.push(d);
                params.push(Param {
                    rust_name: field_names.claim(names::snake(name)),
                    wire_name: name.clone(),
                    location: ParamLocation::Path,
                    ty: TypeRef::String,
                    required: true,
                    docs: Docs::default(),
                    explode: false,
                    style: ParamStyle::Simple,
                    example: None,
                });
            }
            // Declared path parameters that the template does not use cannot be sent anywhere.
            for i in unused.iter().rev() {
                self.warn(
                    at,
                    format!(
                        "path parameter `{}` does not appear in the path `{path}`; it is ignored",
                        params[*i].wire_name
                    ),
                    "remove the parameter or add it to the path",
                );
                params.remove(*i);
            }
        }
        let parts = pieces
            .into_iter()
            .map(|p| match p {
                Ok(lit) => PathPart::Literal(lit),
                Err(name) => PathPart::Param(
                    declared(params, &name)
                        .or_else(|| renamed.iter().find(|(n, _)| *n == name).map(|(_, i)| *i))
                        .unwrap_or_default(),
                ),
            })
            .collect();
        Some(parts)
    }

    fn request_body(&mut self, rb: &ReferenceOr<SpecRequestBody>, at: &str, stem: &str) -> Option<RequestBody> {
        let (rb, rb_at) = self.item(rb, at)?;
        let mut namer = Namer::default();
        let mut variants = Vec::new();
        for (content_type, media) in &rb.content {
            let m = media_kind(content_type);
            let schema_at = format!("{rb_at}/content/{}/schema", escape_segment(content_type));
            let ty = match (&media.schema, m) {
                (_, Media::Bytes) => TypeRef::Bytes,
                (_, Media::Text) => TypeRef::String,
                (Some(s), _) => {
                    let hint = component_stem(&rb_at, "requestBodies", "Body").unwrap_or_else(|| format!("{stem}Body"));
                    self.schema_type(s, &hint, &schema_at)
                }
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
        let enum_name = (variants.len() > 1).then(|| self.claim_derived(stem, &["Body"]));
        Some(RequestBody { required: rb.required, docs: docs(None, rb.description.as_ref()), variants, enum_name })
    }

    fn responses(&mut self, op: &SpecOperation, stem: &str, at: &str) -> (Vec<ResponseCase>, Vec<ResponseCase>) {
        let mut success = Vec::new();
        let mut errors = Vec::new();
        let mut success_names = Namer::default();
        let mut error_names = Namer::with_reserved(&["Unexpected"]);
        // A header's type is lowered once per operation, however many responses declare it.
        let mut header_types: BTreeMap<String, TypeRef> = BTreeMap::new();
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
            let hint = component_stem(&resp_at, "responses", "Response")
                .unwrap_or_else(|| format!("{stem}{}", status_word(status, is_success)));
            let body = self.response_body(&resp, &resp_at, &hint);
            let headers = self.response_headers(&resp, &resp_at, stem, &mut header_types);
            let narrowed = if is_success { None } else { self.response_narrowing(&resp, &resp_at, &mut error_names) };
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
                text: Default::default(),
            };
            if is_success { success.push(case) } else { errors.push(case) }
        }
        (success, errors)
    }

    fn response_body(&mut self, resp: &Response, at: &str, hint: &str) -> Option<BodyVariant> {
        // Prefer JSON when several media types are offered: it is what we can type.
        let (content_type, media) =
            resp.content.iter().find(|(ct, _)| media_kind(ct) == Media::Json).or_else(|| resp.content.iter().next())?;
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

    fn response_headers(
        &mut self,
        resp: &Response,
        at: &str,
        stem: &str,
        types: &mut BTreeMap<String, TypeRef>,
    ) -> Vec<ResponseHeader> {
        let mut namer = Namer::default();
        let mut out = Vec::new();
        for (name, h) in &resp.headers {
            // OpenAPI: a response header named Content-Type is ignored.
            if name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let h_at = format!("{at}/headers/{}", escape_segment(name));
            let Some((h, h_at)) = self.item(h, &h_at) else { continue };
            let wire_name = name.to_ascii_lowercase();
            let ty = match types.get(&wire_name) {
                Some(t) => t.clone(),
                None => {
                    let t = match &h.format {
                        ParameterSchemaOrContent::Schema(s) => {
                            let hint = component_stem(&h_at, "headers", "Header")
                                .unwrap_or_else(|| format!("{stem}{}Header", names::camel(name)));
                            self.schema_type(s, &hint, &format!("{h_at}/schema"))
                        }
                        ParameterSchemaOrContent::Content(_) => TypeRef::String,
                    };
                    types.insert(wire_name.clone(), t.clone());
                    t
                }
            };
            out.push(ResponseHeader {
                wire_name,
                rust_name: namer.claim(names::snake(name)),
                ty,
                docs: docs(None, h.description.as_ref()),
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
        'alternatives: for req in reqs {
            let mut set = Vec::new();
            for name in req.keys() {
                match schemes.iter().position(|s| &s.wire_name == name) {
                    Some(i) => set.push(i),
                    None => {
                        self.warn(
                            &format!("{at}/security"),
                            format!("security requirement names `{name}`, which is not in components/securitySchemes; this alternative is ignored"),
                            "declare the scheme under components/securitySchemes or fix the name",
                        );
                        continue 'alternatives;
                    }
                }
            }
            out.push(set);
        }
        out
    }
}

impl Lowerer<'_> {
    /// The first of `{stem}{suffix}` that is free in the API's namespace of types, else the
    /// first suffix numbered; a name other than the first gets a note in the docs.
    fn claim_derived(&mut self, stem: &str, suffixes: &[&str]) -> String {
        let wanted = format!("{stem}{}", suffixes[0]);
        let name = suffixes
            .iter()
            .map(|s| format!("{stem}{s}"))
            .find(|n| !self.type_names.is_taken(n))
            .unwrap_or_else(|| wanted.clone());
        let name = self.type_names.claim(name);
        if name != wanted {
            self.derived_notes
                .insert(name.clone(), format!("Named `{name}` because `{wanted}` is taken by a type of the spec."));
        }
        name
    }
}

/// What makes a parameter itself: its name (any case, for headers) and where it goes.
fn param_key(p: &Parameter) -> (String, ParamLocation) {
    let name = &p.parameter_data_ref().name;
    match location_of(p) {
        ParamLocation::Header => (name.to_ascii_lowercase(), ParamLocation::Header),
        loc => (name.clone(), loc),
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

/// Every header the responses declare, once per (lowercase) name, in order of first
/// appearance, with field names unique in the struct that holds them.
fn response_header_union(success: &[ResponseCase], errors: &[ResponseCase]) -> Option<Vec<ResponseHeader>> {
    let mut namer = Namer::with_reserved(&["headers"]);
    let mut out: Vec<ResponseHeader> = Vec::new();
    for h in success.iter().chain(errors).flat_map(|c| &c.headers) {
        if !out.iter().any(|o| o.wire_name == h.wire_name) {
            out.push(ResponseHeader { rust_name: namer.claim(h.rust_name.clone()), ..h.clone() });
        }
    }
    (!out.is_empty()).then_some(out)
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

/// The name of the component `at` is, when it is one of `kind` itself
/// (`#/components/responses/Forbidden` -> `ForbiddenResponse`). A schema inside it is one
/// type shared by every operation that refers to it, so it is named after the component
/// rather than after whichever operation met it first.
fn component_stem(at: &str, kind: &str, suffix: &str) -> Option<String> {
    let name = at.strip_prefix("#/components/")?.strip_prefix(kind)?.strip_prefix('/')?;
    if name.is_empty() || name.contains('/') {
        return None;
    }
    let name = names::camel(&name.replace("~1", "/").replace("~0", "~"));
    Some(if name.ends_with(suffix) { name } else { format!("{name}{suffix}") })
}

/// Wire names (lowercase, without `_` and `-`) of error body fields that carry a code, and
/// of those that carry a message, in order of preference.
const CODE_FIELDS: &[&str] = &["code", "errorcode"];
const MESSAGE_FIELDS: &[&str] =
    &["message", "detail", "errormessage", "errordescription", "error", "title", "description", "msg", "reason"];

/// Finds, for every error response with an object body, the string fields its `Display`
/// shows: the narrowed field or a `code`, and a `message`-like field. Runs once every type is
/// defined.
pub(super) fn error_texts(api: &mut crate::model::Api) {
    use crate::model::{ErrorText, TypeKind};
    let mut found = Vec::new();
    for (o, op) in api.operations.iter().enumerate() {
        for (c, case) in op.errors.iter().enumerate() {
            let Some(BodyVariant { media: Media::Json, ty, .. }) = &case.body else { continue };
            let mut ty = ty;
            let mut def = None;
            for _ in 0..16 {
                match ty {
                    TypeRef::Named(id) => match &api.type_def(*id).kind {
                        TypeKind::Alias(next) => ty = next,
                        TypeKind::Struct(s) => {
                            def = Some(s);
                            break;
                        }
                        _ => break,
                    },
                    _ => break,
                }
            }
            let Some(def) = def else { continue };
            let key = |wire: &str| wire.to_ascii_lowercase().replace(['_', '-'], "");
            let text_field = |f: &&crate::model::Field| api.is_string(&f.ty);
            let pick = |wanted: &[&str], not: Option<&String>| {
                wanted.iter().find_map(|w| {
                    def.fields
                        .iter()
                        .filter(text_field)
                        .find(|f| key(&f.wire_name) == *w && Some(&f.rust_name) != not)
                        .map(|f| f.rust_name.clone())
                })
            };
            let code = match &case.narrowed {
                Some(n) => def
                    .fields
                    .iter()
                    .find(|f| f.wire_name == n.wire_field)
                    .filter(text_field)
                    .map(|f| f.rust_name.clone()),
                None => pick(CODE_FIELDS, None),
            };
            let message = pick(MESSAGE_FIELDS, code.as_ref());
            found.push((o, c, ErrorText { code, message }));
        }
    }
    for (o, c, text) in found {
        api.operations[o].errors[c].text = text;
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Api, ApiKeyLocation, IntKind, SecurityKind, TypeRef};

    fn lower(yaml: &str) -> (Api, Vec<String>) {
        let spec = crate::load::load_str("t.yaml", yaml).expect("loads");
        let (api, warnings) = super::super::lower(&spec, "t").expect("lowers");
        (api, warnings.into_iter().map(|d| d.message).collect())
    }

    #[test]
    fn enumerated_server_variables_get_enums_named_apart_from_operations() {
        let (api, warnings) = lower(
            r#"
openapi: 3.0.3
info: { title: t, version: "1" }
servers:
  - url: "https://{region}.example.com/{basePath}/{regionRequest}"
    variables:
      region: { default: eu, enum: [eu, us-east] }
      basePath: { default: v1 }
      regionRequest: { default: a, enum: [a] }
  - url: "https://{other}.example.com"
    variables:
      other: { default: x, enum: [x, y] }
paths:
  /r:
    get:
      operationId: region
      responses: { '204': { description: ok } }
"#,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let vars = &api.servers[0].variables;
        let e = vars[0].enum_type.as_ref().expect("region is enumerated");
        assert_eq!((e.name.as_str(), e.variants.clone(), e.default), ("Region", vec!["Eu".into(), "UsEast".into()], 0));
        assert!(vars[1].enum_type.is_none());
        // Only the first server's variables become types.
        assert!(api.servers[1].variables[0].enum_type.is_none());
        // The operation's request steps aside for the enum `RegionRequest`.
        assert_eq!(vars[2].enum_type.as_ref().map(|e| e.name.as_str()), Some("RegionRequest"));
        assert_eq!(api.operations[0].request_name, "RegionCall");

        let (_, warnings) = lower(
            r#"
openapi: 3.0.3
info: { title: t, version: "1" }
servers:
  - url: "https://{region}.example.com"
    variables:
      region: { default: mars, enum: [eu, us] }
paths: {}
"#,
        );
        assert!(warnings.iter().any(|w| w.contains("not one of its `enum` values")), "{warnings:?}");
    }

    #[test]
    fn api_key_extensions_and_typed_response_headers() {
        let (api, _) = lower(
            r#"
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /x:
    get:
      operationId: getX
      security: [ { key: [] } ]
      responses:
        '200':
          description: ok
          headers:
            X-Remaining: { schema: { type: integer, format: int64 } }
            Content-Type: { schema: { type: string } }
            X-Id: { schema: { type: string } }
        '404':
          description: missing
          headers:
            x-id: { schema: { type: string } }
            X-Retry: { schema: { type: boolean } }
  /y:
    get:
      operationId: getY
      security: []
      responses: { '204': { description: ok } }
components:
  securitySchemes:
    key: { type: apiKey, in: cookie, name: sid, x-api-key-prefix: "K ", x-api-key-env: T_KEY }
"#,
        );
        assert_eq!(
            api.security_schemes[0].kind,
            SecurityKind::ApiKey {
                location: ApiKeyLocation::Cookie,
                name: "sid".into(),
                prefix: "K ".into(),
                env: Some("T_KEY".into())
            }
        );
        let x = &api.operations[0];
        assert_eq!(x.security, vec![vec![0]]);
        let rh = x.response_headers.as_ref().expect("declared headers");
        assert_eq!(rh.name, "GetXResponseHeaders");
        let got: Vec<(&str, &str, &TypeRef)> =
            rh.headers.iter().map(|h| (h.wire_name.as_str(), h.rust_name.as_str(), &h.ty)).collect();
        assert_eq!(
            got,
            vec![
                ("x-remaining", "x_remaining", &TypeRef::Integer(IntKind::I64)),
                ("x-id", "x_id", &TypeRef::String),
                ("x-retry", "x_retry", &TypeRef::Boolean),
            ]
        );
        let y = &api.operations[1];
        assert!(y.security.is_empty() && y.response_headers.is_none());
    }
}
