//! Stage 3, emit: model -> `proc_macro2::TokenStream`, one function per kind of item.
//! The only place that knows Rust syntax. Spec text only ever enters the output as string
//! literals (`#[doc = "..."]`, `#[serde(rename = "...")]`, match patterns), never as code.

mod client;
mod examples;
mod operations;
mod types;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Api, Docs, FloatKind, IntKind, TypeRef};

pub use client::emit_client;
pub use operations::{emit_operations, emit_operations_range};
pub(crate) use types::decodes_by_comparing;
pub use types::{emit_types, emit_types_of, emit_types_range};

/// An identifier from a model name (`r#type` becomes a raw identifier).
pub(crate) fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// The name as it appears to serde (raw identifiers without `r#`).
pub(crate) fn bare(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// The setter of an optional field: `with_` and the field's name (`_1st`, a name that began
/// with a digit, gives `with_1st`, not `with__1st`). Field names are unique in their struct
/// and never start with `with_` and an underscore, so setter names are unique too.
pub(crate) fn setter_name(field: &str) -> Ident {
    quote::format_ident!("with_{}", bare(field).trim_start_matches('_'))
}

/// `#[doc = "..."]` lines from docs. Code fences are marked `text` so that no spec text is
/// ever compiled as a doctest.
pub(crate) fn doc_attrs(d: &Docs) -> TokenStream {
    let mut lines: Vec<String> = Vec::new();
    if let Some(t) = &d.title {
        lines.push(t.clone());
    }
    if let Some(desc) = d.description.as_ref().filter(|desc| d.title.as_deref() != Some(desc.as_str())) {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        push_prose(&mut lines, desc);
    }
    let notes: Vec<&String> = d.notes.iter().collect();
    if !notes.is_empty() || d.deprecated {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        if d.deprecated {
            lines.push("**Deprecated** in the spec.".to_owned());
        }
        for n in notes {
            lines.push(n.clone());
        }
    }
    doc_lines(&lines)
}

/// Appends spec prose line by line, closing a code fence it leaves open, so that what the
/// generator adds after it is not swallowed by the fence.
pub(crate) fn push_prose(lines: &mut Vec<String>, text: &str) {
    let mut open: Option<&str> = None;
    for line in text.lines() {
        let t = line.trim_start();
        for fence in ["```", "~~~"] {
            if t.starts_with(fence) {
                open = match open {
                    Some(f) if f == fence => None,
                    None => Some(fence),
                    other => other,
                };
            }
        }
        lines.push(line.to_owned());
    }
    if let Some(fence) = open {
        lines.push(fence.to_owned());
    }
}

/// `#[doc]` attributes for lines the generator writes itself (examples with code fences that
/// rustdoc compiles), without the fence rewriting [`doc_lines`] gives spec prose.
pub(crate) fn code_doc_lines(lines: &[String]) -> TokenStream {
    lines
        .iter()
        .map(|l| {
            let text = if l.is_empty() { String::new() } else { format!(" {l}") };
            quote!(#[doc = #text])
        })
        .collect()
}

/// `#[doc]` attributes for literal lines.
pub(crate) fn doc_lines(lines: &[String]) -> TokenStream {
    let mut in_fence = false;
    let docs = lines.iter().map(|line| {
        let clean: String = line.replace('\r', "").replace('\t', "    ");
        let trimmed = clean.trim_start();
        let text = if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            let fence = &trimmed[..3];
            if in_fence { format!("{fence}text") } else { fence.to_owned() }
        } else {
            clean.trim_end().to_owned()
        };
        let text = if text.is_empty() { String::new() } else { format!(" {text}") };
        quote!(#[doc = #text])
    });
    let mut out: TokenStream = docs.collect();
    if in_fence {
        out.extend(quote!(#[doc = " ```"]));
    }
    out
}

/// `#[cfg(feature = "..")]` for an item behind features (any of them turns it on); nothing
/// for an item that is always there.
pub(crate) fn cfg_attr(features: Option<&[String]>) -> TokenStream {
    match features {
        None => quote!(),
        Some([one]) => quote!(#[cfg(feature = #one)]),
        Some(many) => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

/// The operation's `cfg` attribute (see [`cfg_attr`]).
pub(crate) fn op_cfg(op: &crate::model::Operation) -> TokenStream {
    cfg_attr(op.feature.as_ref().map(std::slice::from_ref))
}

/// The items of `tokens`, each with `cfg` in front: for what emit writes as several items
/// of one schema or operation (a struct and its `impl`s). Without a `cfg`, the tokens as
/// they are.
pub(crate) fn gate(tokens: TokenStream, cfg: TokenStream) -> TokenStream {
    if cfg.is_empty() {
        return tokens;
    }
    // Emit writes only these items (no macros): each gets the attribute in front, where
    // every item may have one.
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => {
            let items = file.items.into_iter().map(|item| quote!(#cfg #item));
            quote!(#(#items)*)
        }
        // Left for `format` to report with its context.
        Err(_) => tokens,
    }
}

/// Where named types live relative to the code being emitted.
#[derive(Clone, Copy)]
pub(crate) enum TypesPath {
    /// Inside `types.rs`: bare names.
    Local,
    /// Elsewhere in the API module (`operations.rs`, `client.rs`): `super::types::Name`.
    Module,
}

/// Tokens for a use of a type.
pub(crate) fn type_tokens(api: &Api, t: &TypeRef, at: TypesPath) -> TokenStream {
    match t {
        TypeRef::Named(id) => {
            let name = ident(&api.type_def(*id).name);
            match at {
                TypesPath::Local => quote!(#name),
                TypesPath::Module => quote!(super::types::#name),
            }
        }
        TypeRef::String => quote!(String),
        TypeRef::Integer(IntKind::I32) => quote!(i32),
        TypeRef::Integer(IntKind::I64) => quote!(i64),
        TypeRef::Integer(IntKind::U32) => quote!(u32),
        TypeRef::Integer(IntKind::U64) => quote!(u64),
        TypeRef::Float(FloatKind::F32) => quote!(f32),
        TypeRef::Float(FloatKind::F64) => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::DateTime => quote!(::chrono::DateTime<::chrono::Utc>),
        TypeRef::Date => quote!(::chrono::NaiveDate),
        TypeRef::Uuid => quote!(::uuid::Uuid),
        TypeRef::Bytes => quote!(Vec<u8>),
        TypeRef::Json => quote!(::serde_json::Value),
        TypeRef::JsonObject => quote!(::serde_json::Map<String, ::serde_json::Value>),
        TypeRef::Array(inner) => {
            let inner = type_tokens(api, inner, at);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(api, inner, at);
            quote!(::std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(api, inner, at);
            quote!(Option<#inner>)
        }
    }
}

/// A use of a type as written outside the API's `types` module, where `types` names it
/// (`Vec<types::Session>`): what a harness that decodes values of the type writes.
pub fn type_expression(api: &Api, t: &TypeRef) -> String {
    // Names are identifiers: `super :: types ::` is only ever the path emit writes.
    type_tokens(api, t, TypesPath::Module).to_string().replace("super :: types ::", "types ::")
}

/// A string type, or an alias of one: constructor arguments take `impl Into<String>`.
pub(crate) fn is_string(api: &Api, t: &TypeRef) -> bool {
    api.is_string(t)
}

/// The API module's root: its documentation (inner attributes) and its items.
pub fn emit_root(api: &Api) -> (TokenStream, TokenStream) {
    let mut lines = vec![format!("{} (version {})", api.title, api.version)];
    if let Some(d) = &api.description {
        lines.push(String::new());
        push_prose(&mut lines, d);
    }
    lines.push(String::new());
    lines.push("[`Client`] has a method per operation; [`types`] has the request and response types; each operation's request, response and error types are re-exported here.".into());
    let mut docs = inner_doc_lines(&lines);
    let start = examples::quick_start(api);
    if !start.is_empty() {
        let start = inner(code_doc_lines(&[vec![String::new()], start].concat()));
        docs.extend(start);
    }
    let trait_name = ident(&api.trait_name);
    let first = &api.servers[0];
    let server_items = if first.variables.is_empty() {
        quote!()
    } else {
        let enums = first.variables.iter().filter_map(|v| v.enum_type.as_ref()).map(|e| ident(&e.name));
        quote!(, server_url, ServerVariables #(, #enums)*)
    };
    // A glob of an empty module is an unused import.
    let operations = if api.operations.is_empty() {
        quote!()
    } else if api.operations.iter().any(|op| op.feature.is_some()) {
        // Behind features, the module may have nothing on (`default-features = false`).
        quote!(
            #[allow(unused_imports)]
            pub use operations::*;
        )
    } else {
        quote!(
            pub use operations::*;
        )
    };
    let reexports = crate::model::RUNTIME_REEXPORTS.iter().map(|n| ident(n));
    let items = quote! {
        pub mod client;
        pub mod operations;
        pub mod types;

        pub use client::{Client, ClientBuilder, #trait_name, DEFAULT_BASE_URL, SERVERS #server_items};
        #operations
        pub use crate::runtime::{#(#reexports),*};
    };
    (docs, items)
}

/// `lib.rs`: lints, the runtime module and a module per API (or the single API's root).
pub fn emit_lib(
    modules: &[(String, String)],
    single: Option<(TokenStream, TokenStream)>,
    deny_warnings: bool,
) -> TokenStream {
    let deny = if deny_warnings { quote!(#![deny(warnings)]) } else { quote!() };
    let (root_docs, root_items) = single.unwrap_or_default();
    let crate_docs = if modules.len() > 1 || root_docs.is_empty() {
        let list: Vec<String> = modules.iter().map(|(m, spec)| format!("- [`{m}`]: generated from `{spec}`")).collect();
        let mut lines =
            vec!["Typed async clients for HTTP APIs, generated from their OpenAPI specs.".to_owned(), String::new()];
        lines.extend(list);
        inner_doc_lines(&lines)
    } else {
        root_docs
    };
    let mods = if root_items.is_empty() {
        let idents = modules.iter().map(|(m, _)| ident(m));
        quote!(#(pub mod #idents;)*)
    } else {
        root_items
    };
    quote! {
        #crate_docs
        #deny
        // Spec prose is not written for rustdoc or clippy: links, HTML and list layout in
        // descriptions are kept as they are.
        #![allow(rustdoc::bare_urls, rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags, rustdoc::invalid_rust_codeblocks)]
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::large_enum_variant)]

        pub mod runtime;
        #mods
    }
}

/// `#![doc]` attributes, with the same fence handling as [`doc_lines`].
fn inner_doc_lines(lines: &[String]) -> TokenStream {
    inner(doc_lines(lines))
}

/// `#[doc]` attributes made inner (`#![doc]`).
fn inner(outer: TokenStream) -> TokenStream {
    outer
        .into_iter()
        .flat_map(|tt| match tt {
            proc_macro2::TokenTree::Punct(p) if p.as_char() == '#' => {
                vec![
                    proc_macro2::TokenTree::Punct(p),
                    proc_macro2::TokenTree::Punct(proc_macro2::Punct::new('!', proc_macro2::Spacing::Alone)),
                ]
            }
            other => vec![other],
        })
        .collect()
}
