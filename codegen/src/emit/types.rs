//! `types.rs`: a Rust item per named schema.

use proc_macro2::TokenStream;
use quote::quote;

use super::{TypesPath, bare, doc_attrs, ident, is_string, type_tokens};
use crate::model::{Api, EnumDef, EnumValue, Field, StructDef, TypeDef, TypeKind, TypeRef, UnionDef};

/// Every named type of the API.
pub fn emit_types(api: &Api) -> TokenStream {
    emit_types_range(api, 0, api.types.len())
}

/// The named types `api.types[from..to]`, as [`emit_types`] writes them: the file's docs
/// come with the piece that starts at the first type. Printed one after another, the
/// pieces of `0..n` are the text of the whole file.
pub fn emit_types_range(api: &Api, from: usize, to: usize) -> TokenStream {
    let items =
        api.types[from..to].iter().map(|t| super::gate(emit_type(api, t), super::cfg_attr(t.features.as_deref())));
    if from == 0 {
        quote! {
            //! Request and response types: one per schema of the spec.
            #(#items)*
        }
    } else {
        quote!(#(#items)*)
    }
}

/// The named types of `ids` only, as [`emit_types`] writes them.
pub fn emit_types_of(api: &Api, ids: &std::collections::BTreeSet<crate::model::TypeId>) -> TokenStream {
    let items = ids.iter().map(|id| emit_type(api, api.type_def(*id)));
    quote! {
        //! Request and response types: those a harness needs.
        #(#items)*
    }
}

fn emit_type(api: &Api, t: &TypeDef) -> TokenStream {
    let docs = doc_attrs(&t.docs);
    let name = ident(&t.name);
    match &t.kind {
        TypeKind::Alias(target) => {
            let target = type_tokens(api, target, TypesPath::Local);
            quote! {
                #docs
                pub type #name = #target;
            }
        }
        TypeKind::Newtype(inner) => {
            let inner = type_tokens(api, inner, TypesPath::Local);
            let (ser, de) = serde_derives(t.serde);
            quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, Default, #ser #de)]
                #[serde(transparent)]
                pub struct #name(pub #inner);
            }
        }
        TypeKind::Struct(s) => emit_struct(api, &docs, &name, s, t.serde),
        TypeKind::Enum(e) => emit_enum(&docs, &name, e),
        TypeKind::Union(u) => emit_union(api, &docs, &name, u, t.serde),
    }
}

/// The field's type as declared in the struct.
fn field_type(api: &Api, f: &Field) -> TokenStream {
    let inner = type_tokens(api, &f.ty, TypesPath::Local);
    let inner = if f.boxed { quote!(Box<#inner>) } else { inner };
    if f.required && !f.nullable { inner } else { quote!(Option<#inner>) }
}

fn emit_struct(
    api: &Api,
    docs: &TokenStream,
    name: &proc_macro2::Ident,
    s: &StructDef,
    serde: crate::model::Serde,
) -> TokenStream {
    // Required fields are constructor arguments; with none, `Default` builds the value.
    let required: Vec<&Field> = s.fields.iter().filter(|f| f.required).collect();
    let derive_default = if required.is_empty() { quote!(Default,) } else { quote!() };
    let fields = s.fields.iter().map(|f| {
        let fdocs = doc_attrs(&f.docs);
        let fname = ident(&f.rust_name);
        let ty = field_type(api, f);
        let wire = &f.wire_name;
        let rename = if bare(&f.rust_name) != wire { quote!(#[serde(rename = #wire)]) } else { quote!() };
        // Optional fields are left out when empty; required nullable ones are sent as null.
        let skip = if !f.required {
            quote!(#[serde(default, skip_serializing_if = "Option::is_none")])
        } else if f.nullable {
            quote!(#[serde(default)])
        } else {
            quote!()
        };
        quote! {
            #fdocs
            #rename
            #skip
            pub #fname: #ty,
        }
    });
    let additional = s.additional.as_ref().map(|t| {
        let t = type_tokens(api, t, TypesPath::Local);
        quote! {
            /// Properties beyond the declared ones (`additionalProperties`).
            #[serde(flatten)]
            pub additional_properties: ::std::collections::BTreeMap<String, #t>,
        }
    });
    let args = required.iter().map(|f| {
        let fname = ident(&f.rust_name);
        let ty = if is_string(api, &f.ty) && !f.nullable {
            quote!(impl Into<String>)
        } else if f.nullable {
            field_type(api, f)
        } else {
            type_tokens(api, &f.ty, TypesPath::Local)
        };
        quote!(#fname: #ty)
    });
    let inits = s.fields.iter().map(|f| {
        let fname = ident(&f.rust_name);
        if !f.required {
            quote!(#fname: None)
        } else if is_string(api, &f.ty) && !f.nullable {
            quote!(#fname: #fname.into())
        } else if f.boxed && !f.nullable {
            quote!(#fname: Box::new(#fname))
        } else {
            quote!(#fname)
        }
    });
    let additional_init =
        s.additional.as_ref().map(|_| quote!(additional_properties: ::std::collections::BTreeMap::new(),));
    let allow = if required.len() > 7 { quote!(#[allow(clippy::too_many_arguments)]) } else { quote!() };
    let setters = s.fields.iter().filter(|f| !f.required).map(|f| {
        let fname = ident(&f.rust_name);
        let setter = super::setter_name(&f.rust_name);
        let doc = format!(" Sets `{}`.", bare(&f.rust_name));
        let (arg, value) = if is_string(api, &f.ty) {
            (quote!(impl Into<String>), quote!(value.into()))
        } else {
            (type_tokens(api, &f.ty, TypesPath::Local), quote!(value))
        };
        let value = if f.boxed { quote!(Box::new(#value)) } else { value };
        quote! {
            #[doc = #doc]
            pub fn #setter(mut self, value: #arg) -> Self {
                self.#fname = Some(#value);
                self
            }
        }
    });
    let (ser, de) = serde_derives(serde);
    let ctor_doc = if required.is_empty() {
        " A value with every field empty."
    } else {
        " A value with the required fields set and the optional ones empty."
    };
    // A schema named `New` has a constructor named like itself.
    let self_named = if name == "New" { quote!(#[allow(clippy::self_named_constructors)]) } else { quote!() };
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #derive_default #ser #de)]
        pub struct #name {
            #(#fields)*
            #additional
        }

        #self_named
        impl #name {
            #[doc = #ctor_doc]
            #allow
            pub fn new(#(#args),*) -> Self {
                #name {
                    #(#inits,)*
                    #additional_init
                }
            }

            #(#setters)*
        }
    }
}

fn emit_enum(docs: &TokenStream, name: &proc_macro2::Ident, e: &EnumDef) -> TokenStream {
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.rust_name)).collect();
    // The spec's `default` is the `Default` variant.
    let derive_default = if e.default.is_some() { quote!(Default,) } else { quote!() };
    let default_attrs: Vec<TokenStream> =
        (0..e.variants.len()).map(|i| if e.default == Some(i) { quote!(#[default]) } else { quote!() }).collect();
    let variant_docs = e.variants.iter().map(|v| {
        let text = match &v.value {
            EnumValue::Str(s) => format!(" `{}`", s.replace('`', "'")),
            EnumValue::Int(i) => format!(" `{i}`"),
        };
        quote!(#[doc = #text])
    });
    if e.integer {
        let values: Vec<i64> = e
            .variants
            .iter()
            .map(|v| match v.value {
                EnumValue::Int(i) => i,
                EnumValue::Str(_) => 0,
            })
            .collect();
        return quote! {
            #docs
            ///
            /// Values the spec does not list are kept in `Unknown`.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, #derive_default)]
            pub enum #name {
                #(#variant_docs #default_attrs #variants,)*
                /// A value the spec does not list, as received.
                Unknown(i64),
            }

            impl #name {
                /// The value as sent on the wire.
                pub fn value(&self) -> i64 {
                    match self {
                        #(Self::#variants => #values,)*
                        Self::Unknown(v) => *v,
                    }
                }
            }

            impl From<i64> for #name {
                fn from(value: i64) -> Self {
                    match value {
                        #(#values => Self::#variants,)*
                        other => Self::Unknown(other),
                    }
                }
            }

            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    write!(f, "{}", self.value())
                }
            }

            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    serializer.serialize_i64(self.value())
                }
            }

            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
                }
            }
        };
    }
    let values: Vec<String> = e
        .variants
        .iter()
        .map(|v| match &v.value {
            EnumValue::Str(s) => s.clone(),
            EnumValue::Int(i) => i.to_string(),
        })
        .collect();
    quote! {
        #docs
        ///
        /// Values the spec does not list are kept in `Unknown`, so a server that learns a new
        /// value does not break decoding.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, #derive_default)]
        pub enum #name {
            #(#variant_docs #default_attrs #variants,)*
            /// A value the spec does not list, as received.
            Unknown(String),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #values,)*
                    Self::Unknown(v) => v.as_str(),
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#values => Self::#variants,)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }
    }
}

/// For a variant that is a struct (through aliases), what it declares, as a
/// `runtime::ObjectShape` expression.
/// Whether a union without a discriminator is decoded by comparing candidates (which
/// encodes them again, so the union and its members need `Serialize` to be decoded).
pub(crate) fn decodes_by_comparing(api: &Api, u: &UnionDef) -> bool {
    u.discriminator.is_none() && u.variants.iter().filter(|v| object_shape(api, &v.ty).is_some()).count() >= 2
}

/// `Serialize` and `Deserialize` as the type needs them, each followed by a comma.
fn serde_derives(serde: crate::model::Serde) -> (TokenStream, TokenStream) {
    let ser = if serde.serialize { quote!(::serde::Serialize,) } else { quote!() };
    let de = if serde.deserialize { quote!(::serde::Deserialize,) } else { quote!() };
    (ser, de)
}

fn object_shape(api: &Api, t: &TypeRef) -> Option<TokenStream> {
    let mut t = t;
    for _ in 0..16 {
        let TypeRef::Named(id) = t else { return None };
        match &api.type_def(*id).kind {
            TypeKind::Alias(next) => t = next,
            TypeKind::Struct(s) => {
                let properties = s.fields.iter().map(|f| f.wire_name.as_str());
                let open = s.additional.is_some();
                let enums = s.fields.iter().filter_map(|f| {
                    let TypeRef::Named(e) = &f.ty else { return None };
                    let TypeKind::Enum(e) = &api.type_def(*e).kind else { return None };
                    if e.integer {
                        return None;
                    }
                    let wire = &f.wire_name;
                    let values = e.variants.iter().filter_map(|v| match &v.value {
                        EnumValue::Str(s) => Some(s.as_str()),
                        EnumValue::Int(_) => None,
                    });
                    Some(quote!((#wire, &[#(#values),*])))
                });
                return Some(quote! {
                    crate::runtime::ObjectShape { properties: &[#(#properties),*], open: #open, enums: &[#(#enums),*] }
                });
            }
            _ => return None,
        }
    }
    None
}

fn emit_union(
    api: &Api,
    docs: &TokenStream,
    name: &proc_macro2::Ident,
    u: &UnionDef,
    serde: crate::model::Serde,
) -> TokenStream {
    let (ser, de) = serde_derives(serde);
    // `#[serde]` is an attribute of serde's derives: only with one of them.
    let untagged = if serde.serialize || serde.deserialize { quote!(#[serde(untagged)]) } else { quote!() };
    let serialize_only_untagged = if serde.serialize { quote!(#[serde(untagged)]) } else { quote!() };
    let variants: Vec<_> = u.variants.iter().map(|v| ident(&v.rust_name)).collect();
    let tys: Vec<TokenStream> = u
        .variants
        .iter()
        .map(|v| {
            let t = type_tokens(api, &v.ty, TypesPath::Local);
            if v.boxed { quote!(Box<#t>) } else { t }
        })
        .collect();
    let Some(prop) = &u.discriminator else {
        let shapes: Vec<Option<TokenStream>> = u.variants.iter().map(|v| object_shape(api, &v.ty)).collect();
        if shapes.iter().filter(|s| s.is_some()).count() < 2 {
            return quote! {
                #docs
                ///
                /// Decoded as the first variant the value matches.
                #[derive(Debug, Clone, PartialEq, #ser #de)]
                #untagged
                pub enum #name {
                    #(#variants(#tys),)*
                }
            };
        }
        // Several object variants: the value's keys say which to try first.
        let shapes = shapes.iter().map(|s| match s {
            Some(s) => quote!(Some(#s)),
            None => quote!(None),
        });
        let arms = u.variants.iter().zip(&variants).enumerate().map(|(i, (v, vname))| {
            let inner = type_tokens(api, &v.ty, TypesPath::Local);
            let build = if v.boxed { quote!(|v| Self::#vname(Box::new(v))) } else { quote!(Self::#vname) };
            quote!(#i => ::serde_json::from_value::<#inner>(value.clone()).map(#build),)
        });
        let message = format!("the value matches no variant of {name}");
        let decode_impl = if !serde.deserialize {
            quote!()
        } else {
            quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    const SHAPES: &[Option<crate::runtime::ObjectShape>] = &[#(#shapes),*];
                    let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                    // The first variant that gives the whole value back wins; else the one
                    // that gives back the most of it.
                    let whole = crate::runtime::size(&value);
                    let mut best: Option<(usize, Self)> = None;
                    for i in crate::runtime::untagged_order(&value, SHAPES) {
                        let decoded = match i {
                            #(#arms)*
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
                    best.map(|(_, v)| v).ok_or_else(|| ::serde::de::Error::custom(#message))
                }
            }
            }
        };
        return quote! {
            #docs
            ///
            /// Decoded as the variant that fits the value best: the first, in an order led by
            /// the variants whose listed values it does not contradict and that declare most of
            /// its properties, that gives the whole value back when encoded, else the one that
            /// gives back the most of it.
            #[derive(Debug, Clone, PartialEq, #ser)]
            #serialize_only_untagged
            pub enum #name {
                #(#variants(#tys),)*
            }

            #decode_impl
        };
    };
    let arms = u.variants.iter().zip(&variants).zip(&tys).filter(|((v, _), _)| !v.tags.is_empty()).map(|((v, vname), ty)| {
        let tags = &v.tags;
        let build = if v.boxed { quote!(|v| Self::#vname(Box::new(v))) } else { quote!(Self::#vname) };
        let inner = if v.boxed { type_tokens(api, &v.ty, TypesPath::Local) } else { ty.clone() };
        quote! {
            #(Some(#tags))|* => ::serde_json::from_value::<#inner>(value).map(#build).map_err(::serde::de::Error::custom),
        }
    });
    let doc = format!(" The `{prop}` property says which variant a value is; unknown values are kept in `Unknown`.");
    let decode_impl = if !serde.deserialize {
        quote!()
    } else {
        quote! {
        // `__D`: the variants' types are named by the spec and may be `D`.
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<Self, __D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#prop).and_then(|t| t.as_str()).map(str::to_owned);
                match tag.as_deref() {
                    #(#arms)*
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
        }
    };
    quote! {
        #docs
        ///
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, #ser)]
        #serialize_only_untagged
        pub enum #name {
            #(#variants(#tys),)*
            /// A value whose discriminator the spec does not list, as received.
            Unknown(::serde_json::Value),
        }

        #decode_impl
    }
}
