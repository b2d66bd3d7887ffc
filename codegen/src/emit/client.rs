//! `client.rs`: the client, its builder, the API trait, and per operation the code that
//! puts the request on the wire and reads the response off it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::operations::success_type;
use super::{TypesPath, bare, doc_attrs, doc_lines, ident, type_tokens};
use crate::model::{
    Api, ApiKeyLocation, BodyVariant, Media, Operation, ParamLocation, ParamStyle, PathPart, ResponseCase,
    SecurityKind, Server, ServerVariable, StatusMatch,
};
use crate::names;

pub fn emit_client(api: &Api) -> TokenStream {
    let trait_name = ident(&api.trait_name);
    let schemes = emit_schemes(api);
    let servers = emit_servers(api);
    let builder = emit_builder(api);
    // Each of these is one item (a method, a function), so its `cfg` goes in front of it.
    let methods = api.operations.iter().map(|op| {
        let cfg = super::op_cfg(op);
        let method = emit_method(api, op);
        quote!(#cfg #method)
    });
    let decoders = api.operations.iter().map(|op| {
        let cfg = super::op_cfg(op);
        let decoder = emit_decoder(api, op);
        quote!(#cfg #decoder)
    });
    let trait_methods = api.operations.iter().map(|op| {
        let sig = signature(api, op);
        let doc = format!(" [`Client::{}`]: `{} {}`.", bare(&op.fn_name), op.method, op.path.replace('`', "'"));
        let summary = op.summary.as_ref().map(|s| doc_lines(std::slice::from_ref(s))).unwrap_or_default();
        let cfg = super::op_cfg(op);
        quote!(#summary #[doc = #doc] #cfg #sig;)
    });
    let trait_impls = api.operations.iter().map(|op| {
        let f = ident(&op.fn_name);
        let sig = signature(api, op);
        let cfg = super::op_cfg(op);
        quote!(#cfg #sig { Client::#f(self, request) })
    });
    let trait_doc = " Every operation of the API, implemented by [`Client`]. Write code against this trait \
                     to substitute a fake in tests.";
    quote! {
        //! The client: one method per operation.
        //!
        //! Nothing is imported here: every item outside this file is named by its full path,
        //! so no name from the spec can shadow what the generated code means.

        #schemes
        #servers
        #builder

        /// The API client. Cheap to clone; clones share connections.
        #[derive(Debug, Clone)]
        pub struct Client {
            transport: crate::runtime::Transport,
        }

        // Methods are named after the spec's operationIds (`new`, `fromTemplate`), which need
        // not follow clippy's naming conventions for methods.
        #[allow(clippy::new_ret_no_self, clippy::wrong_self_convention)]
        impl Client {
            /// Starts configuring a client for the spec's default server.
            pub fn builder() -> ClientBuilder {
                ClientBuilder::new()
            }

            /// The base URL requests go to.
            pub fn base_url(&self) -> &str {
                self.transport.base_url()
            }

            #(#methods)*
        }

        #[doc = #trait_doc]
        #[allow(clippy::new_ret_no_self, clippy::wrong_self_convention)]
        pub trait #trait_name {
            #(#trait_methods)*
        }

        impl #trait_name for Client {
            #(#trait_impls)*
        }

        #(#decoders)*
    }
}

fn emit_schemes(api: &Api) -> TokenStream {
    let items = api.security_schemes.iter().map(|s| {
        let name = &s.wire_name;
        let mut env = quote!(None);
        let kind = match &s.kind {
            SecurityKind::Basic => quote!(crate::runtime::SchemeKind::Basic),
            SecurityKind::Bearer => quote!(crate::runtime::SchemeKind::Bearer),
            SecurityKind::OtherHttp { .. } => quote!(crate::runtime::SchemeKind::OtherHttp),
            SecurityKind::ApiKey { location, name: key, prefix, env: var } => {
                let loc = match location {
                    ApiKeyLocation::Header => quote!(Header),
                    ApiKeyLocation::Query => quote!(Query),
                    ApiKeyLocation::Cookie => quote!(Cookie),
                };
                if let Some(var) = var {
                    env = quote!(Some(#var));
                }
                quote!(crate::runtime::SchemeKind::ApiKey { location: crate::runtime::ApiKeyLocation::#loc, name: #key, prefix: #prefix })
            }
        };
        quote!(crate::runtime::SchemeSpec { name: #name, kind: #kind, env: #env },)
    });
    quote! {
        /// The spec's security schemes, in order; operations refer to them by index.
        static SCHEMES: &[crate::runtime::SchemeSpec] = &[#(#items)*];
    }
}

/// A server URL template split into literal text and variables (indices into the server's
/// variables). `{name}` that is not a declared variable stays literal text.
enum UrlPiece<'a> {
    Text(&'a str),
    Var(usize),
}

fn url_pieces(server: &Server) -> Vec<UrlPiece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = server.url.as_str();
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        let name = &rest[open + 1..open + len];
        match server.variables.iter().position(|v| v.wire_name == name) {
            Some(i) => {
                pieces.push(UrlPiece::Text(&rest[..open]));
                pieces.push(UrlPiece::Var(i));
            }
            None => pieces.push(UrlPiece::Text(&rest[..open + len + 1])),
        }
        rest = &rest[open + len + 1..];
    }
    pieces.push(UrlPiece::Text(rest));
    pieces
}

/// The value a variable takes by default (for an enum whose spec default is not one of its
/// values, the first value: lowering warned about it).
fn variable_default(v: &ServerVariable) -> &str {
    match &v.enum_type {
        Some(e) => &v.allowed[e.default],
        None => &v.default,
    }
}

fn emit_servers(api: &Api) -> TokenStream {
    let first = &api.servers[0];
    let default: String = url_pieces(first)
        .iter()
        .map(|p| match p {
            UrlPiece::Text(t) => *t,
            UrlPiece::Var(i) => variable_default(&first.variables[*i]),
        })
        .collect();
    let default = default.trim_end_matches('/').to_owned();
    let mut doc_lines_v = vec![format!("The spec's first server: `{}`.", first.url.replace('`', "'"))];
    if let Some(d) = &first.description {
        doc_lines_v.push(String::new());
        doc_lines_v.extend(d.lines().map(str::to_owned));
    }
    let default_doc = doc_lines(&doc_lines_v);
    let templates: Vec<&String> = api.servers.iter().map(|s| &s.url).collect();
    let consts = quote! {
        #default_doc
        pub const DEFAULT_BASE_URL: &str = #default;

        /// Every server URL template the spec lists; variables (`{name}`) of servers after
        /// the first are left for you to fill in.
        pub const SERVERS: &[&str] = &[#(#templates),*];
    };
    if first.variables.is_empty() {
        return consts;
    }

    let enums = first.variables.iter().filter_map(|v| {
        let e = v.enum_type.as_ref()?;
        let name = ident(&e.name);
        let mut d = vec![format!("The values of the server variable `{}`.", v.wire_name.replace('`', "'"))];
        if let Some(desc) = &v.description {
            d.push(String::new());
            d.extend(desc.lines().map(str::to_owned));
        }
        let d = doc_lines(&d);
        let variants: Vec<_> = e.variants.iter().map(|n| ident(n)).collect();
        let decls = variants.iter().zip(&v.allowed).enumerate().map(|(i, (n, value))| {
            let doc = format!(" `{}`", value.replace('`', "'"));
            let default = if i == e.default { quote!(#[default]) } else { quote!() };
            quote!(#[doc = #doc] #default #n,)
        });
        let values = &v.allowed;
        Some(quote! {
            #d
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
            pub enum #name {
                #(#decls)*
            }

            impl #name {
                /// The value as it goes into the URL.
                pub fn as_str(&self) -> &'static str {
                    match self {
                        #(Self::#variants => #values,)*
                    }
                }
            }

            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        })
    });

    let field_ty = |v: &ServerVariable| match &v.enum_type {
        Some(e) => {
            let t = ident(&e.name);
            quote!(#t)
        }
        None => quote!(String),
    };
    let fields = first.variables.iter().map(|v| {
        let n = ident(&v.rust_name);
        let t = field_ty(v);
        let mut d =
            vec![format!("`{}` (default `{}`)", v.wire_name.replace('`', "'"), variable_default(v).replace('`', "'"))];
        if let Some(desc) = &v.description {
            d.push(String::new());
            d.extend(desc.lines().map(str::to_owned));
        }
        let d = doc_lines(&d);
        quote!(#d pub #n: #t,)
    });
    let inits = first.variables.iter().map(|v| {
        let n = ident(&v.rust_name);
        match &v.enum_type {
            Some(e) => {
                let t = ident(&e.name);
                quote!(#n: #t::default())
            }
            None => {
                let value = &v.default;
                quote!(#n: #value.to_owned())
            }
        }
    });
    let pushes: Vec<TokenStream> = url_pieces(first)
        .into_iter()
        .filter(|p| !matches!(p, UrlPiece::Text("")))
        .map(|p| match p {
            UrlPiece::Text(t) => match t.chars().collect::<Vec<_>>().as_slice() {
                [c] => quote!(url.push(#c);),
                _ => quote!(url.push_str(#t);),
            },
            UrlPiece::Var(i) => {
                let v = &first.variables[i];
                let n = ident(&v.rust_name);
                if v.enum_type.is_some() {
                    quote!(url.push_str(self.#n.as_str());)
                } else {
                    quote!(url.push_str(&self.#n);)
                }
            }
        })
        .collect();
    let args = first.variables.iter().map(|v| {
        let n = ident(&v.rust_name);
        match &v.enum_type {
            Some(_) => {
                let t = field_ty(v);
                quote!(#n: #t)
            }
            None => quote!(#n: &str),
        }
    });
    let arg_inits = first.variables.iter().map(|v| {
        let n = ident(&v.rust_name);
        if v.enum_type.is_some() { quote!(#n) } else { quote!(#n: #n.to_owned()) }
    });
    let struct_doc = format!(
        " The variables of the spec's first server, `{}`. `Default` holds the spec's defaults; \
         [`ClientBuilder::server`] sends requests to the URL they make.",
        first.url.replace('`', "'")
    );
    let many_args = if first.variables.len() > 7 { quote!(#[allow(clippy::too_many_arguments)]) } else { quote!() };
    let fn_doc = format!(" The spec's first server, `{}`, with its variables filled in.", first.url.replace('`', "'"));
    // A URL without any text (an empty `url`) has nothing to build.
    let url_body = if pushes.is_empty() {
        quote!(String::new())
    } else {
        quote! {
            let mut url = String::new();
            #(#pushes)*
            url.trim_end_matches('/').to_owned()
        }
    };
    quote! {
        #consts

        #(#enums)*

        #[doc = #struct_doc]
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct ServerVariables {
            #(#fields)*
        }

        impl Default for ServerVariables {
            fn default() -> Self {
                ServerVariables { #(#inits,)* }
            }
        }

        impl ServerVariables {
            /// The server URL with these values, without a trailing `/`.
            pub fn url(&self) -> String {
                #url_body
            }
        }

        #[doc = #fn_doc]
        #many_args
        pub fn server_url(#(#args),*) -> String {
            ServerVariables { #(#arg_inits,)* }.url()
        }
    }
}

/// The name of a builder setter for scheme `i`: `base` (`basic_auth`) when the scheme is the
/// API's only one of its kind, else the scheme's name in front (`query_key_api_key`).
pub(crate) fn scheme_setter(api: &Api, i: usize, base: &str) -> String {
    let s = &api.security_schemes[i];
    let same_kind = api
        .security_schemes
        .iter()
        .filter(|x| std::mem::discriminant(&x.kind) == std::mem::discriminant(&s.kind))
        .count();
    // `self_` (a keyword made an identifier) + `basic_auth` must not give `self__basic_auth`.
    // (A leading `_`, before a digit, stays.)
    let prefix = names::bare_snake(&s.rust_name).trim_end_matches('_');
    if same_kind == 1 { base.to_owned() } else { format!("{prefix}_{base}") }
}

fn emit_builder(api: &Api) -> TokenStream {
    let setters = api.security_schemes.iter().enumerate().map(|(i, s)| {
        let stem = |base: &str| format_ident!("{}", scheme_setter(api, i, base));
        let wire = &s.wire_name;
        let mut d = vec![format!("Credentials for the `{wire}` security scheme.")];
        if let Some(desc) = &s.description {
            d.push(String::new());
            d.extend(desc.lines().map(str::to_owned));
        }
        let d = doc_lines(&d);
        match &s.kind {
            SecurityKind::Basic => {
                let f = stem("basic_auth");
                quote! {
                    #d
                    pub fn #f(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
                        self.inner = self.inner.credential(#i, crate::runtime::Credential::Basic { username: username.into(), password: crate::runtime::Secret::new(password) });
                        self
                    }
                }
            }
            SecurityKind::Bearer => {
                let f = stem("bearer_token");
                let p = stem("token_provider");
                quote! {
                    #d
                    /// Sent as `Authorization: Bearer <token>`.
                    pub fn #f(mut self, token: impl Into<String>) -> Self {
                        self.inner = self.inner.credential(#i, crate::runtime::Credential::Token(crate::runtime::Secret::new(token)));
                        self
                    }

                    /// A provider asked for a bearer token before every request (token refresh, OAuth 2 flows).
                    pub fn #p(mut self, provider: impl crate::runtime::TokenProvider + 'static) -> Self {
                        self.inner = self.inner.credential(#i, crate::runtime::Credential::TokenProvider(::std::sync::Arc::new(provider)));
                        self
                    }
                }
            }
            SecurityKind::ApiKey { prefix, name, location, env } => {
                let f = stem("api_key");
                let fp = stem("api_key_with_prefix");
                let place = match location {
                    ApiKeyLocation::Header => "header",
                    ApiKeyLocation::Query => "query parameter",
                    ApiKeyLocation::Cookie => "cookie",
                };
                let mut doc = vec![if prefix.is_empty() {
                    format!("Sent in the {place} `{name}`.")
                } else {
                    format!("Sent in the {place} `{name}` as `{prefix}<key>`.")
                }];
                if let Some(var) = env {
                    doc.push(format!("Without one, [`build`](Self::build) reads the key from the environment variable `{var}`."));
                }
                let doc = doc_lines(&doc);
                quote! {
                    #d
                    #[doc = ""]
                    #doc
                    pub fn #f(mut self, key: impl Into<String>) -> Self {
                        self.inner = self.inner.credential(#i, crate::runtime::Credential::ApiKey { key: crate::runtime::Secret::new(key), prefix: None });
                        self
                    }

                    /// The API key with a prefix other than the spec's.
                    pub fn #fp(mut self, key: impl Into<String>, prefix: impl Into<String>) -> Self {
                        self.inner = self.inner.credential(#i, crate::runtime::Credential::ApiKey { key: crate::runtime::Secret::new(key), prefix: Some(prefix.into()) });
                        self
                    }
                }
            }
            SecurityKind::OtherHttp { scheme } => {
                let f = stem("authorization");
                let doc = format!(" The whole `Authorization` header value for the `{scheme}` scheme.");
                quote! {
                    #d
                    #[doc = #doc]
                    pub fn #f(mut self, value: impl Into<String>) -> Self {
                        self.inner = self.inner.credential(#i, crate::runtime::Credential::Authorization(crate::runtime::Secret::new(value)));
                        self
                    }
                }
            }
        }
    });
    let server = if api.servers[0].variables.is_empty() {
        quote!()
    } else {
        quote! {
            /// Sends requests to the spec's first server with these variables
            /// (`ServerVariables { api_root: "https://api.example.com".into(), ..Default::default() }`).
            pub fn server(self, variables: ServerVariables) -> Self {
                self.base_url(variables.url())
            }
        }
    };
    quote! {
        /// Configures a [`Client`]: base URL, credentials, timeout, retries.
        #[derive(Debug, Clone)]
        pub struct ClientBuilder {
            inner: crate::runtime::TransportBuilder,
        }

        impl Default for ClientBuilder {
            fn default() -> Self {
                Self::new()
            }
        }

        impl ClientBuilder {
            /// Defaults: [`DEFAULT_BASE_URL`], a 60 s timeout per attempt
            /// ([`DEFAULT_TIMEOUT`](crate::runtime::DEFAULT_TIMEOUT)),
            /// [`RetryPolicy::default`](crate::runtime::RetryPolicy::default) (2 retries of idempotent
            /// operations on connection failures, timeouts and 408, 429, 502, 503, 504), and a
            /// `User-Agent` naming this crate and its version.
            pub fn new() -> Self {
                ClientBuilder {
                    inner: crate::runtime::TransportBuilder::new(
                        DEFAULT_BASE_URL,
                        concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                    ),
                }
            }

            /// Sends requests to this base URL instead of the default. Without a scheme,
            /// `https://` is assumed; plain `http://` needs a loopback host or
            /// [`allow_insecure_http`](Self::allow_insecure_http).
            pub fn base_url(mut self, url: impl Into<String>) -> Self {
                self.inner = self.inner.base_url(url);
                self
            }

            #server

            /// The timeout of each attempt (default 60 s).
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.inner = self.inner.timeout(timeout);
                self
            }

            /// The retry policy for every request (each request may override it).
            pub fn retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
                self.inner = self.inner.retry(retry);
                self
            }

            /// Allows a plain `http://` base URL that is not loopback.
            pub fn allow_insecure_http(mut self, allow: bool) -> Self {
                self.inner = self.inner.allow_insecure_http(allow);
                self
            }

            /// Replaces the default `User-Agent`.
            pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
                self.inner = self.inner.user_agent(user_agent);
                self
            }

            /// Uses a preconfigured `reqwest::Client` (proxies, TLS settings).
            pub fn http_client(mut self, client: ::reqwest::Client) -> Self {
                self.inner = self.inner.http_client(client);
                self
            }

            #(#setters)*

            /// Builds the client; fails, naming the setting, on an invalid or insecure base URL.
            pub fn build(self) -> Result<Client, crate::runtime::BuildError> {
                Ok(Client { transport: self.inner.build(SCHEMES)? })
            }
        }
    }
}

fn method_docs(api: &Api, op: &Operation) -> TokenStream {
    let mut lines = Vec::new();
    if let Some(s) = &op.summary {
        lines.push(s.clone());
        lines.push(String::new());
    }
    lines.push(format!(
        "`{} {}` (operationId `{}`)",
        op.method,
        op.path.replace('`', "'"),
        op.operation_id.replace('`', "'")
    ));
    let mut d = op.docs.clone();
    d.title = None;
    let rest = doc_attrs(&d);
    let head = doc_lines(&lines);
    let docs = if d.description.is_some() || !d.notes.is_empty() || d.deprecated {
        quote!(#head #[doc = ""] #rest)
    } else {
        head
    };
    let example = super::examples::method_example(api, op);
    if example.is_empty() {
        docs
    } else {
        let example = super::code_doc_lines(&example);
        quote!(#docs #[doc = ""] #example)
    }
}

/// An operation-derived item, named from the client module (`super::operations::X`).
fn op_item(name: &str) -> TokenStream {
    let name = ident(name);
    quote!(super::operations::#name)
}

/// `Result<Response<Ok>, Error<OpError>>`, the result of a call.
fn call_result(api: &Api, op: &Operation) -> TokenStream {
    let err = op_item(&op.error_name);
    let ok = success_type(api, op, TypesPath::Module);
    quote!(Result<crate::runtime::Response<#ok>, crate::runtime::Error<#err>>)
}

fn signature(api: &Api, op: &Operation) -> TokenStream {
    let f = ident(&op.fn_name);
    let req = op_item(&op.request_name);
    let result = call_result(api, op);
    quote! {
        fn #f(&self, request: #req) -> impl ::std::future::Future<Output = #result> + Send
    }
}

fn style_tokens(s: ParamStyle) -> TokenStream {
    match s {
        ParamStyle::Simple => quote!(crate::runtime::ParamStyle::Simple),
        ParamStyle::Form => quote!(crate::runtime::ParamStyle::Form),
        ParamStyle::SpaceDelimited => quote!(crate::runtime::ParamStyle::SpaceDelimited),
        ParamStyle::PipeDelimited => quote!(crate::runtime::ParamStyle::PipeDelimited),
        ParamStyle::DeepObject => quote!(crate::runtime::ParamStyle::DeepObject),
        ParamStyle::Label => quote!(crate::runtime::ParamStyle::Label),
        ParamStyle::Matrix => quote!(crate::runtime::ParamStyle::Matrix),
    }
}

fn location_tokens(l: ParamLocation) -> TokenStream {
    match l {
        ParamLocation::Path => quote!(crate::runtime::ParamLocation::Path),
        ParamLocation::Query => quote!(crate::runtime::ParamLocation::Query),
        ParamLocation::Header => quote!(crate::runtime::ParamLocation::Header),
        ParamLocation::Cookie => quote!(crate::runtime::ParamLocation::Cookie),
    }
}

fn decoder_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("decode_{}", names::bare_snake(&op.fn_name).trim_start_matches('_'))
}

/// A client method. The operation is static data (method, path template, parameters,
/// security) that the runtime interprets; the method only hands over the request's values.
/// No name from the spec becomes a local variable: the request's fields are read through
/// `request`, so a parameter called `path`, `params` or `raw` cannot shadow anything.
///
/// ```text
/// pub async fn get_session(&self, request: GetSessionRequest) -> Result<Response<Session>, Error<GetSessionError>> {
///     const META: OperationMeta = OperationMeta { operation_id: "getSession", method: "GET", path: &[..], params: &[..], .. };
///     let params = [crate::runtime::param(&request.account_id), crate::runtime::param(&request.session_id)];
///     let raw = self.transport.send(&META, &params, None, request.options).await?;
///     decode_get_session(raw)
/// }
/// ```
fn emit_method(api: &Api, op: &Operation) -> TokenStream {
    let f = ident(&op.fn_name);
    let req = op_item(&op.request_name);
    let result = call_result(api, op);
    let d = method_docs(api, op);
    let op_id = &op.operation_id;
    let method = &op.method;
    let idempotent = op.idempotent;
    let security = op.security.iter().map(|alt| {
        let alt = alt.iter().map(|i| proc_macro2::Literal::usize_unsuffixed(*i));
        quote!(&[#(#alt),*])
    });
    let path: String = op
        .path_parts
        .iter()
        .map(|part| match part {
            PathPart::Literal(s) => s.replace('{', "{{").replace('}', "}}"),
            PathPart::Param(i) => format!("{{{i}}}"),
        })
        .collect();
    let specs = op.params.iter().map(|p| {
        let wire = &p.wire_name;
        match (p.location, p.style, p.explode) {
            (ParamLocation::Path, ParamStyle::Simple, false) => quote!(crate::runtime::ParamSpec::path(#wire)),
            (ParamLocation::Header, ParamStyle::Simple, false) => quote!(crate::runtime::ParamSpec::header(#wire)),
            (ParamLocation::Cookie, ParamStyle::Form, true) => quote!(crate::runtime::ParamSpec::cookie(#wire)),
            (ParamLocation::Query, style, explode) => {
                let style = style_tokens(style);
                quote!(crate::runtime::ParamSpec::query(#wire, #style, #explode))
            }
            (location, style, explode) => {
                let location = location_tokens(location);
                let style = style_tokens(style);
                quote!(crate::runtime::ParamSpec { name: #wire, location: #location, style: #style, explode: #explode })
            }
        }
    });
    let values = op.params.iter().map(|p| {
        let n = ident(&p.rust_name);
        quote!(crate::runtime::param(&request.#n))
    });
    let body = match &op.body {
        None => quote!(None),
        Some(b) => {
            let put = |v: &BodyVariant, value: TokenStream| {
                let ct = &v.content_type;
                match v.media {
                    Media::Json => quote!(crate::runtime::Body::json(#ct, #value)),
                    Media::Form => quote!(crate::runtime::Body::form(#ct, #value)),
                    Media::Multipart => quote!(crate::runtime::Body::multipart(#value)),
                    Media::Text => quote!(crate::runtime::Body::text(#ct, #value)),
                    Media::Bytes => quote!(crate::runtime::Body::bytes(#ct, #value)),
                }
            };
            let send = |value: TokenStream| match &b.enum_name {
                None => put(&b.variants[0], value),
                Some(name) => {
                    let name = op_item(name);
                    let arms = b.variants.iter().map(|v| {
                        let vn = ident(&v.rust_name);
                        let s = put(v, quote!(value));
                        quote!(#name::#vn(value) => #s,)
                    });
                    quote!(match #value { #(#arms)* })
                }
            };
            if b.required {
                let s = send(quote!(&request.body));
                quote!(Some(#s))
            } else {
                let s = send(quote!(body));
                quote!(request.body.as_ref().map(|body| #s))
            }
        }
    };
    let decode = decoder_name(op);
    quote! {
        #d
        pub async fn #f(&self, request: #req) -> #result {
            const META: crate::runtime::OperationMeta = crate::runtime::OperationMeta {
                operation_id: #op_id,
                method: #method,
                path: #path,
                params: &[#(#specs),*],
                security: &[#(#security),*],
                idempotent: #idempotent,
            };
            let params = [#(#values),*];
            let raw = self.transport.send(&META, &params, #body, request.options).await?;
            #decode(raw)
        }
    }
}

fn decode_body(api: &Api, case: &ResponseCase) -> TokenStream {
    match &case.body {
        None => quote!(Ok(())),
        Some(b) => match b.media {
            Media::Json => {
                let t = type_tokens(api, &b.ty, TypesPath::Module);
                quote!(raw.json::<#t>())
            }
            Media::Text => quote!(raw.text()),
            _ => quote!(Ok(raw.bytes())),
        },
    }
}

fn status_pattern(s: StatusMatch) -> TokenStream {
    match s {
        StatusMatch::Code(c) => quote!(#c),
        StatusMatch::Range(r) => {
            let lo = r * 100;
            let hi = r * 100 + 99;
            quote!(#lo..=#hi)
        }
        StatusMatch::Default => quote!(_),
    }
}

fn emit_decoder(api: &Api, op: &Operation) -> TokenStream {
    let name = decoder_name(op);
    let err = op_item(&op.error_name);
    let result = call_result(api, op);
    let mut arms = Vec::new();
    for c in &op.success {
        let pat = status_pattern(c.status);
        let body = decode_body(api, c);
        let value = match &op.success_enum {
            Some(e) => {
                let e = op_item(e);
                let v = ident(&c.rust_name);
                if c.body.is_some() { quote!(#body.map(#e::#v)) } else { quote!(Ok(#e::#v)) }
            }
            None => body,
        };
        arms.push(quote!(#pat => { let body = #value; raw.success(body) }));
    }
    if op.success.is_empty() {
        arms.push(quote!(200..=299 => { raw.success(Ok(())) }));
    }
    let mut has_default = false;
    for c in &op.errors {
        let pat = status_pattern(c.status);
        has_default |= c.status == StatusMatch::Default;
        let v = ident(&c.rust_name);
        let value = match (&c.body, &c.narrowed) {
            (None, _) => quote!(Ok(#err::#v)),
            (Some(_), None) => {
                let body = decode_body(api, c);
                quote!(#body.map(#err::#v))
            }
            (Some(_), Some(n)) => {
                let body = decode_body(api, c);
                let field = &n.wire_field;
                let values = n.values.iter().map(|(value, _)| value);
                let variants = n.values.iter().map(|(_, vname)| ident(vname));
                quote! {{
                    let field = raw.json_field(#field);
                    #body.map(|body| match field.as_deref() {
                        #(Some(#values) => #err::#variants(body),)*
                        _ => #err::#v(body),
                    })
                }}
            }
        };
        arms.push(quote!(#pat => { let error = #value; raw.failure(error) }));
    }
    if !has_default {
        arms.push(quote!(_ => {
            let error = #err::Unexpected { status: raw.status, body: raw.bytes() };
            raw.failure(Ok(error))
        }));
    }
    quote! {
        fn #name(raw: crate::runtime::RawResponse) -> #result {
            match raw.status.as_u16() {
                #(#arms)*
            }
        }
    }
}
