//! `operations.rs`: per operation, the request struct, the body and response enums where
//! needed, and the error enum.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{TypesPath, doc_attrs, doc_lines, ident, is_string, type_tokens};
use crate::model::{Api, Operation, ResponseCase, StatusMatch};

pub fn emit_operations(api: &Api) -> TokenStream {
    emit_operations_range(api, 0, api.operations.len())
}

/// The items of `api.operations[from..to]`, as [`emit_operations`] writes them: the file's
/// docs come with the piece that starts at the first operation.
pub fn emit_operations_range(api: &Api, from: usize, to: usize) -> TokenStream {
    let items = api.operations[from..to].iter().map(|op| super::gate(emit_operation(api, op), super::op_cfg(op)));
    if from > 0 {
        return quote!(#(#items)*);
    }
    quote! {
        //! Per operation: the request (parameters and body), the response when it has
        //! several shapes, and the typed error.
        //!
        //! Nothing is imported here: every item outside this file is named by its full path,
        //! so no name from the spec can shadow what the generated code means.
        #(#items)*
    }
}

/// The Rust type of an operation's body field (the enum when there are several media types).
pub(crate) fn body_type(api: &Api, op: &Operation) -> Option<TokenStream> {
    let body = op.body.as_ref()?;
    Some(match &body.enum_name {
        Some(name) => {
            let name = ident(name);
            quote!(#name)
        }
        None => type_tokens(api, &body.variants[0].ty, TypesPath::Module),
    })
}

/// The success type of an operation, named from `operations.rs` itself or, with
/// `TypesPath::Module`, from a sibling file of the API module.
pub(crate) fn success_type(api: &Api, op: &Operation, from: TypesPath) -> TokenStream {
    if let Some(name) = &op.success_enum {
        let name = ident(name);
        return match from {
            TypesPath::Local => quote!(#name),
            TypesPath::Module => quote!(super::operations::#name),
        };
    }
    match op.success.iter().find_map(|c| c.body.as_ref()) {
        Some(b) => type_tokens(api, &b.ty, TypesPath::Module),
        None => quote!(()),
    }
}

fn status_text(s: StatusMatch) -> String {
    match s {
        StatusMatch::Code(c) => c.to_string(),
        StatusMatch::Range(r) => format!("{r}XX"),
        StatusMatch::Default => "default".to_owned(),
    }
}

fn case_docs(case: &ResponseCase) -> TokenStream {
    let mut lines = vec![format!(
        "`{}`: {}",
        status_text(case.status),
        case.docs.description.as_deref().unwrap_or("").lines().next().unwrap_or("")
    )];
    let more: Vec<String> = case.docs.description.as_deref().unwrap_or("").lines().skip(1).map(str::to_owned).collect();
    lines.extend(more);
    doc_lines(&lines)
}

fn emit_operation(api: &Api, op: &Operation) -> TokenStream {
    let request = emit_request(api, op);
    let body_enum = emit_body_enum(api, op);
    let success_enum = emit_success_enum(api, op);
    let error_enum = emit_error_enum(api, op);
    let headers = emit_response_headers(api, op);
    quote! {
        #request
        #body_enum
        #success_enum
        #error_enum
        #headers
    }
}

/// The headers the operation's responses declare, as a struct read from a `HeaderMap`:
///
/// ```text
/// pub struct CreateSessionResponseHeaders { pub x_correlator: Option<types::XCorrelator> }
/// impl From<&HeaderMap> for CreateSessionResponseHeaders { ... }
/// ```
fn emit_response_headers(api: &Api, op: &Operation) -> TokenStream {
    let Some(rh) = &op.response_headers else { return quote!() };
    let name = ident(&rh.name);
    let fields = rh.headers.iter().map(|h| {
        let n = ident(&h.rust_name);
        let ty = type_tokens(api, &h.ty, TypesPath::Module);
        let statuses: Vec<String> = op
            .success
            .iter()
            .chain(&op.errors)
            .filter(|c| c.headers.iter().any(|x| x.wire_name == h.wire_name))
            .map(|c| status_text(c.status))
            .collect();
        let mut d = h.docs.clone();
        d.notes.insert(
            0,
            format!("The `{}` header, declared for {}.", h.wire_name.replace('`', "'"), statuses.join(", ")),
        );
        let d = doc_attrs(&d);
        quote!(#d pub #n: Option<#ty>,)
    });
    let reads = rh.headers.iter().map(|h| {
        let n = ident(&h.rust_name);
        let wire = &h.wire_name;
        quote!(#n: crate::runtime::typed_header(headers, #wire),)
    });
    let doc = format!(
        " The response headers `{}` declares, typed; each is `None` when absent or not a valid value. \
         Read them from a success or an error: `resp.typed_headers::<{}>()`.",
        op.operation_id.replace('`', "'"),
        rh.name
    );
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

        impl From<&crate::runtime::HeaderMap> for #name {
            fn from(headers: &crate::runtime::HeaderMap) -> Self {
                #name { #(#reads)* }
            }
        }
    }
}

fn emit_request(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.request_name);
    let fn_name = &op.fn_name;
    let doc = format!(
        " The request of [`{}`](super::Client::{}): `{} {}`.",
        op.operation_id.replace('`', "'"),
        super::bare(fn_name),
        op.method,
        op.path.replace('`', "'")
    );
    let summary = op.summary.as_ref().map(|s| doc_lines(&[String::new(), s.clone()])).unwrap_or_default();
    let note = api.name_notes.get(&op.request_name).map(|n| doc_lines(&[String::new(), n.clone()])).unwrap_or_default();

    struct F {
        name: proc_macro2::Ident,
        ty: TokenStream,
        inner: TokenStream,
        required: bool,
        string: bool,
        docs: TokenStream,
    }
    let mut fields: Vec<F> = op
        .params
        .iter()
        .map(|p| {
            let inner = type_tokens(api, &p.ty, TypesPath::Module);
            let place = p.location.as_str();
            let mut d = p.docs.clone();
            d.notes.insert(0, format!("Sent as the {place} parameter `{}`.", p.wire_name.replace('`', "'")));
            F {
                name: ident(&p.rust_name),
                ty: if p.required { inner.clone() } else { quote!(Option<#inner>) },
                inner,
                required: p.required,
                string: is_string(api, &p.ty),
                docs: doc_attrs(&d),
            }
        })
        .collect();
    if let (Some(body), Some(ty)) = (&op.body, body_type(api, op)) {
        let mut d = body.docs.clone();
        if d.description.is_none() {
            d.description = Some("The request body.".into());
        }
        let string = body.enum_name.is_none() && is_string(api, &body.variants[0].ty);
        fields.push(F {
            name: format_ident!("body"),
            ty: if body.required { ty.clone() } else { quote!(Option<#ty>) },
            inner: ty,
            required: body.required,
            string,
            docs: doc_attrs(&d),
        });
    }
    let decls = fields.iter().map(|f| {
        let (n, t, d) = (&f.name, &f.ty, &f.docs);
        quote!(#d pub #n: #t,)
    });
    let required: Vec<&F> = fields.iter().filter(|f| f.required).collect();
    let args = required.iter().map(|f| {
        let n = &f.name;
        if f.string {
            quote!(#n: impl Into<String>)
        } else {
            let t = &f.ty;
            quote!(#n: #t)
        }
    });
    let inits = fields.iter().map(|f| {
        let n = &f.name;
        if !f.required {
            quote!(#n: None)
        } else if f.string {
            quote!(#n: #n.into())
        } else {
            quote!(#n)
        }
    });
    let setters = fields.iter().filter(|f| !f.required).map(|f| {
        let n = &f.name;
        let setter = super::setter_name(&n.to_string());
        let inner = &f.inner;
        let doc = format!(" Sets `{}`.", super::bare(&n.to_string()));
        if f.string {
            quote! {
                #[doc = #doc]
                pub fn #setter(mut self, value: impl Into<String>) -> Self {
                    self.#n = Some(value.into());
                    self
                }
            }
        } else {
            quote! {
                #[doc = #doc]
                pub fn #setter(mut self, value: #inner) -> Self {
                    self.#n = Some(value);
                    self
                }
            }
        }
    });
    let allow = if required.len() > 7 { quote!(#[allow(clippy::too_many_arguments)]) } else { quote!() };
    let default = if required.is_empty() { quote!(Default,) } else { quote!() };
    quote! {
        #[doc = #doc]
        #summary
        #note
        #[derive(Debug, Clone, #default)]
        pub struct #name {
            #(#decls)*
            /// Per-request settings: timeout, retries, extra headers.
            pub options: crate::runtime::RequestOptions,
        }

        impl #name {
            /// A request with the required parameters set and the optional ones empty.
            #allow
            pub fn new(#(#args),*) -> Self {
                #name {
                    #(#inits,)*
                    options: crate::runtime::RequestOptions::default(),
                }
            }

            #(#setters)*

            /// Overrides the client's timeout for this request.
            pub fn with_timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.options.timeout = Some(timeout);
                self
            }

            /// Overrides the client's retry policy for this request.
            pub fn with_retry(mut self, retry: crate::runtime::RetryPolicy) -> Self {
                self.options.retry = Some(retry);
                self
            }

            /// Sends an extra header with this request (replacing one the request would send under
            /// the same name).
            pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.options.headers.push((name.into(), value.into()));
                self
            }
        }
    }
}

fn emit_body_enum(api: &Api, op: &Operation) -> TokenStream {
    let Some(body) = &op.body else { return quote!() };
    let Some(name) = &body.enum_name else { return quote!() };
    let name = ident(name);
    let variants = body.variants.iter().map(|v| {
        let vname = ident(&v.rust_name);
        let ty = type_tokens(api, &v.ty, TypesPath::Module);
        let doc = format!(" Sent as `{}`.", v.content_type.replace('`', "'"));
        quote!(#[doc = #doc] #vname(#ty),)
    });
    let doc = format!(" The body of `{}`, in one of the media types it accepts.", op.operation_id.replace('`', "'"));
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn emit_success_enum(api: &Api, op: &Operation) -> TokenStream {
    let Some(name) = &op.success_enum else { return quote!() };
    let name = ident(name);
    let variants = op.success.iter().map(|c| {
        let vname = ident(&c.rust_name);
        let d = case_docs(c);
        match &c.body {
            Some(b) => {
                let ty = type_tokens(api, &b.ty, TypesPath::Module);
                quote!(#d #vname(#ty),)
            }
            None => quote!(#d #vname,),
        }
    });
    let doc = format!(" The successful responses of `{}`.", op.operation_id.replace('`', "'"));
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    }
}

/// What an error without a readable body says: the reason phrase of its status.
fn reason(case: &ResponseCase) -> String {
    match case.status {
        StatusMatch::Code(_) if !case.rust_name.starts_with("Status") => {
            // `NotFound` -> `Not Found`; `BadRequestOther` keeps its status' words.
            let word = case.rust_name.trim_end_matches(char::is_numeric);
            let word = word.strip_suffix("Other").unwrap_or(word);
            let mut out = String::new();
            for c in word.chars() {
                if c.is_ascii_uppercase() && !out.is_empty() {
                    out.push(' ');
                }
                out.push(c);
            }
            out
        }
        StatusMatch::Range(1) => "informational".into(),
        StatusMatch::Range(3) => "redirection".into(),
        StatusMatch::Range(4) => "client error".into(),
        StatusMatch::Range(5) => "server error".into(),
        _ => "error".into(),
    }
}

/// The `Display` arm of one error variant: `CODE: message` from the body where it has
/// them, else the reason phrase.
fn display_arm(case: &ResponseCase, variant: &proc_macro2::Ident, code: Option<&str>) -> TokenStream {
    let fallback = reason(case);
    let text = |field: &Option<String>| match field {
        Some(f) => {
            let f = ident(f);
            quote!(crate::runtime::ErrorText::error_text(&body.#f))
        }
        None => quote!(None),
    };
    match &case.body {
        None => quote!(Self::#variant => f.write_str(#fallback),),
        Some(b) if b.media == crate::model::Media::Text => {
            quote!(Self::#variant(body) => crate::runtime::write_error(f, #fallback, None, crate::runtime::ErrorText::error_text(body)),)
        }
        Some(_) if case.text.code.is_none() && case.text.message.is_none() && code.is_none() => {
            quote!(Self::#variant(_) => f.write_str(#fallback),)
        }
        Some(_) => {
            let code = match code {
                Some(value) => quote!(Some(#value)),
                None => text(&case.text.code),
            };
            let message = text(&case.text.message);
            quote!(Self::#variant(body) => crate::runtime::write_error(f, #fallback, #code, #message),)
        }
    }
}

fn emit_error_enum(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.error_name);
    let mut variants = Vec::new();
    let mut display_arms = Vec::new();
    for c in &op.errors {
        let d = case_docs(c);
        let ty = c.body.as_ref().map(|b| type_tokens(api, &b.ty, TypesPath::Module));
        if let Some(n) = &c.narrowed {
            for (value, vname) in &n.values {
                let v = ident(vname);
                let doc = format!(
                    " `{}` with `{}` = `{}`.",
                    status_text(c.status),
                    n.wire_field.replace('`', "'"),
                    value.replace('`', "'")
                );
                variants.push(quote!(#[doc = #doc] #v(#ty),));
                display_arms.push(display_arm(c, &v, Some(value)));
            }
        }
        let v = ident(&c.rust_name);
        let extra_doc = c.narrowed.as_ref().map(|n| {
            let t = format!(" Any other `{}`.", n.wire_field.replace('`', "'"));
            quote!(#[doc = ""] #[doc = #t])
        });
        display_arms.push(display_arm(c, &v, None));
        match ty {
            Some(ty) => variants.push(quote!(#d #extra_doc #v(#ty),)),
            None => variants.push(quote!(#d #extra_doc #v,)),
        }
    }
    let doc = doc_lines(&[
        format!("The error responses of `{}`: a variant per status the spec documents for it, named by its reason phrase (`NotFound`, `ClientError` for `4XX`, `DefaultError` for `default`), holding the typed body.", op.operation_id.replace('`', "'")),
        String::new(),
        "Where the spec narrows an error body's code per status (as CAMARA does), each code has its own variant (`OutOfRange`) and `<Status>Other` takes any other code. A status the spec does not document arrives as `Unexpected`.".to_owned(),
        String::new(),
        "`Display` reads like a sentence: `OUT_OF_RANGE: Client specified an invalid range.` (the error's own `Display` puts the status first).".to_owned(),
    ]);
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
            /// A status the spec does not document for this operation, with its raw body.
            Unexpected {
                status: crate::runtime::StatusCode,
                body: Vec<u8>,
            },
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    #(#display_arms)*
                    Self::Unexpected { body, .. } => crate::runtime::write_unexpected(f, body),
                }
            }
        }

        impl ::std::error::Error for #name {}
    }
}
