//! Stage 2, lower: `openapiv3::OpenAPI` -> [`model::Api`](crate::model::Api).
//!
//! Resolves every `$ref`, names every inline schema from its path, detects cycles and turns
//! spec names into Rust names, once. Most decisions of the generator live here.

mod cycles;
mod operation;
mod schema;
mod webhooks;

pub(crate) use operation::media_kind;

use std::collections::BTreeMap;

use openapiv3::ReferenceOr;
use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, Kind};
use crate::load::LoadedSpec;
use crate::model::{self, Api, Docs, TypeDef, TypeId};
use crate::names::{self, Namer};

/// Lowers a loaded spec. `module_name` (snake_case) names the API's module and traits.
/// Returns the model and the warnings, or every error found.
pub fn lower(spec: &LoadedSpec, module_name: &str) -> Result<(Api, Vec<Diagnostic>), Vec<Diagnostic>> {
    lower_with(spec, module_name, &LowerOptions::default())
}

/// Choices of lowering a user makes.
#[derive(Debug, Clone, Default)]
pub struct LowerOptions {
    /// Objects whose `additionalProperties` is absent (so extra properties are allowed)
    /// keep what they do not declare in a flattened `additional_properties` map of JSON
    /// values, instead of dropping it on decode.
    pub keep_unknown_properties: bool,
    /// Each operation behind a cargo feature named after its first tag (or, untagged, its
    /// path's first segment), and each type behind the features of the operations that use
    /// it: see [`crate::features`].
    pub features_by_tag: bool,
    /// `Serialize` only on the structs a request sends and `Deserialize` only on those a
    /// response returns: see [`crate::features::plan_serde`].
    pub serde_by_use: bool,
}

/// [`lower`] with options.
pub fn lower_with(
    spec: &LoadedSpec,
    module_name: &str,
    options: &LowerOptions,
) -> Result<(Api, Vec<Diagnostic>), Vec<Diagnostic>> {
    // One namespace for every type an API has: a user who imports both `api::*` and
    // `api::types::*` must get no clash. The Rust prelude, the client's own items, the
    // runtime's re-exports and the API trait are taken first; then the component schemas
    // (the owner's names), the server variables' enums and the operations' types (ours),
    // each stepping aside for what came before with a number.
    let trait_name = format!("{}Api", names::camel(names::bare_snake(module_name)));
    let reserved: Vec<&str> = names::PRELUDE_TYPES
        .iter()
        .chain(model::CLIENT_ITEMS)
        .chain(model::RUNTIME_REEXPORTS)
        .copied()
        .chain([trait_name.as_str()])
        .collect();
    let mut cx = Lowerer::new(spec, &reserved);
    cx.options = options.clone();
    cx.preallocate_component_schemas();
    let servers = cx.servers();
    let security_schemes = cx.security_schemes();
    let operations = cx.operations(&security_schemes);
    cx.define_component_schemas();
    cx.webhooks();
    let types = cx.finish_types();
    let mut api = Api {
        title: spec.doc.info.title.clone(),
        version: spec.doc.info.version.clone(),
        description: spec.doc.info.description.clone(),
        trait_name,
        servers,
        security_schemes,
        types,
        operations,
        doc_path: None,
        name_notes: std::mem::take(&mut cx.derived_notes),
        schema_uses: cx.finish_schema_uses(),
    };
    cx.diags.extend(cycles::check_alias_cycles(&api));
    cycles::break_alias_recursion(&mut api);
    cycles::insert_boxes(&mut api);
    operation::error_texts(&mut api);
    if options.features_by_tag {
        crate::features::plan(&mut api);
    }
    if options.serde_by_use {
        crate::features::plan_serde(&mut api);
    }
    let mut diags = cx.diags;
    for d in &mut diags {
        d.file = spec.file.clone();
    }
    if diags.iter().any(Diagnostic::is_error) { Err(diags) } else { Ok((api, diags)) }
}

pub(crate) struct Lowerer<'a> {
    spec: &'a LoadedSpec,
    /// Slots for every named type; `None` until defined.
    types: Vec<Option<TypeDef>>,
    type_names: Namer,
    /// Types whose name is not the one their schema asked for, and why (for their docs).
    renamed: Vec<(TypeId, String)>,
    /// The same for operations' types (`UpdateSessionCall`), by name.
    pub(crate) derived_notes: BTreeMap<String, String>,
    /// Where a schema is (a `$ref` target, or the place of an inline schema) -> its type.
    ref_ids: BTreeMap<String, TypeId>,
    /// Types whose definition is under way, inside one another: `$ref` targets defined on
    /// first use and inline schemas. Bounds the recursion of lowering.
    defining: Vec<String>,
    /// What each schema place became (see [`model::Api::schema_uses`]).
    schema_uses: BTreeMap<String, model::SchemaUse>,
    /// Uses of shared components: (prefix of the use's pointers, prefix of the component's).
    use_aliases: Vec<(String, String)>,
    /// Whether the schema a `$ref` points at allows `null`, once worked out.
    nullable_refs: BTreeMap<String, bool>,
    options: LowerOptions,
    /// How many property declarations are being merged inside one another.
    merge_depth: usize,
    pub(crate) diags: Vec<Diagnostic>,
}

impl<'a> Lowerer<'a> {
    fn new(spec: &'a LoadedSpec, reserved_type_names: &[&str]) -> Self {
        Lowerer {
            spec,
            types: Vec::new(),
            type_names: Namer::with_reserved(reserved_type_names),
            renamed: Vec::new(),
            derived_notes: BTreeMap::new(),
            ref_ids: BTreeMap::new(),
            defining: Vec::new(),
            schema_uses: BTreeMap::new(),
            nullable_refs: BTreeMap::new(),
            use_aliases: Vec::new(),
            options: LowerOptions::default(),
            merge_depth: 0,
            diags: Vec::new(),
        }
    }

    fn warn(&mut self, pointer: &str, message: impl Into<String>, help: impl Into<String>) {
        self.diags.push(Diagnostic::warning(pointer, message).help(help));
    }

    fn error(&mut self, kind: Kind, pointer: &str, message: impl Into<String>, help: impl Into<String>) {
        self.diags.push(Diagnostic::error(kind, pointer, message).help(help));
    }

    /// Reserves a slot and a unique name for a type defined later.
    fn allocate(&mut self, name_hint: &str) -> TypeId {
        let wanted = names::type_name(name_hint);
        let name = self.type_names.claim(wanted.clone());
        if name != wanted {
            let why = if names::PRELUDE_TYPES.contains(&wanted.as_str()) {
                "a name of the Rust prelude"
            } else if model::CLIENT_ITEMS.contains(&wanted.as_str())
                || model::RUNTIME_REEXPORTS.contains(&wanted.as_str())
            {
                "a name of the client's own"
            } else {
                "taken by another type of this API"
            };
            self.renamed.push((TypeId(self.types.len()), format!("Named `{name}` because `{wanted}` is {why}.")));
        }
        self.types.push(Some(TypeDef {
            name,
            origin: String::new(),
            docs: Docs::default(),
            kind: model::TypeKind::Alias(model::TypeRef::Json),
            features: None,
            serde: model::Serde::default(),
        }));
        TypeId(self.types.len() - 1)
    }

    fn set_type(&mut self, id: TypeId, origin: &str, docs: Docs, kind: model::TypeKind) {
        let slot = self.types[id.0].as_mut().expect("allocated types have a slot");
        slot.origin = origin.to_owned();
        slot.docs = docs;
        slot.kind = kind;
    }

    fn finish_types(&mut self) -> Vec<TypeDef> {
        let mut types: Vec<TypeDef> =
            std::mem::take(&mut self.types).into_iter().map(|t| t.expect("every slot is filled")).collect();
        for (id, note) in std::mem::take(&mut self.renamed) {
            types[id.0].docs.notes.push(note);
        }
        types
    }

    /// Resolves a `$ref` to a component of any kind and deserializes it as `T`, following
    /// chains of `$ref`s. Reports and returns `None` when it cannot.
    fn resolve<T: DeserializeOwned>(&mut self, reference: &str, at: &str) -> Option<(T, String)> {
        let mut target = reference.to_owned();
        for _ in 0..32 {
            let value = self.lookup(&target, at)?;
            if let Some(next) = value.get("$ref").and_then(|r| r.as_str()) {
                target = next.to_owned();
                continue;
            }
            return match serde_json::from_value::<T>(value.clone()) {
                Ok(t) => Some((t, target)),
                Err(e) => {
                    self.error(
                        Kind::Invalid,
                        &target,
                        format!(
                            "`$ref` target is not a valid {}: {e}",
                            std::any::type_name::<T>().rsplit("::").next().unwrap_or("object").trim_end_matches('>')
                        ),
                        "point the `$ref` at an object of the right kind",
                    );
                    None
                }
            };
        }
        self.error(
            Kind::RefCycle,
            at,
            format!("`$ref` chain starting at `{reference}` never ends"),
            "break the cycle of `$ref`s",
        );
        None
    }

    fn lookup(&mut self, reference: &str, at: &str) -> Option<&'a serde_json::Value> {
        if !reference.starts_with('#') {
            // External references were bundled by `load`; what is left could not be read.
            let message = if reference.trim().is_empty() {
                "`$ref` is empty".to_owned()
            } else {
                format!("`$ref` `{reference}` is not a local `#/...` pointer and was not resolved as a file")
            };
            self.error(
                Kind::UnresolvedRef,
                at,
                message,
                "use `#/components/...` or `file.yaml#/Name` relative to this spec",
            );
            return None;
        }
        let found = crate::load::resolve_pointer(&self.spec.raw, reference);
        if found.is_none() {
            self.error(
                Kind::UnresolvedRef,
                at,
                format!("`$ref` points at `{reference}`, which does not exist"),
                "define the component, or fix the reference",
            );
        }
        found
    }

    /// The item itself, or what its `$ref` points at.
    fn item<T: DeserializeOwned + Clone>(&mut self, r: &ReferenceOr<T>, at: &str) -> Option<(T, String)> {
        match r {
            ReferenceOr::Item(t) => Some((t.clone(), at.to_owned())),
            ReferenceOr::Reference { reference } => self.resolve(reference, at),
        }
    }
}

/// Docs from a description and title.
fn docs(title: Option<&String>, description: Option<&String>) -> Docs {
    Docs {
        title: title.filter(|t| !t.trim().is_empty()).cloned(),
        description: description.filter(|d| !d.trim().is_empty()).cloned(),
        notes: Vec::new(),
        deprecated: false,
    }
}
